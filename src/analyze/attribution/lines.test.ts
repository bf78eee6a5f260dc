/** @module analyze/attribution/lines.test — transcript turns and signed quotations, on sentences written for the tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyzeText } from '../pipeline.js'
import { findLineAttributions, findProseInterview } from './lines.js'

/** Paragraph spans of a text whose paragraphs are separated by blank lines. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (const m of text.matchAll(/[^\n]+/gu)) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

const render = (text: string): string[] =>
  findLineAttributions(text, { paragraphs: paragraphsOf(text) }).map((a) => `${a.source ? text.slice(a.source.start, a.source.end) : '-'} | ${text.slice(a.cue.start, a.cue.end)} | ${text.slice(a.content.start, a.content.end)}`)

test('a speaker label in capitals opens a transcript turn', () => {
  const text = 'HOST: Governor, will you debate him again?\n\nMR. SMITH: We will see what the voters want.'
  assert.deepEqual(render(text), ['HOST | : | Governor, will you debate him again?', 'MR. SMITH | : | We will see what the voters want.'])
})

test('a transcript printed as one quotation opens each turn with a quotation mark', () => {
  const text = 'Part of the interview follows.\n\n"HOST: Governor, will you debate him again?\n\n“SMITH: We will see what the voters want.”'
  assert.deepEqual(render(text), ['HOST | : | Governor, will you debate him again?', 'SMITH | : | We will see what the voters want.'])
})

test('labels that introduce no speaker, and a turn of one word, are not turns', () => {
  assert.deepEqual(render('UPDATE: The vote was moved to Friday.\n\nQ: Why?\n\nMAYOR: Yes.'), [])
})

test('a quotation signed with a dash and a name', () => {
  const text = 'Readers wrote in.\n\n“We can build a better city than this.” ― Ana Lima\n\n"Not again." -- Tom Reed.'
  assert.deepEqual(render(text), ['Ana Lima | ― | We can build a better city than this.', 'Tom Reed | -- | Not again.'])
})

test('in the pipeline, a turn keeps to its paragraph and a dispatch dateline is no speaker', () => {
  const text = 'Anna Berg spoke to Paul Krantz on Sunday.\n\nKRANTZ: Will the bridge reopen this year?\n\nBERG: It will reopen in May, and every driver will feel the difference.\n\nLONDON: The council met on Monday to approve the budget for next year.'
  const a = analyzeText(text)
  const turns = a.attributions.filter((x) => text.slice(x.cue.start, x.cue.end) === ':').map((x) => `${text.slice(x.source!.start, x.source!.end)}: ${text.slice(x.content.start, x.content.end)}`)
  assert.deepEqual(turns, ['KRANTZ: Will the bridge reopen this year?', 'BERG: It will reopen in May, and every driver will feel the difference.'])
  assert.ok(a.outletVoice.some((s) => text.slice(s.start, s.end).includes('The council met on Monday')))
})

test('a label in ordinary case is a candidate turn; Q and A are turns only in an article that has both', () => {
  const text = 'Alvarez: I would say look outside.\n\nQ: Will you run again?\n\nA. I have not decided.'
  const labels = findLineAttributions(text, { paragraphs: paragraphsOf(text) }).map((a) => `${a.source ? text.slice(a.source.start, a.source.end) : '-'} ${a.label ?? ''}`)
  assert.deepEqual(labels, ['Alvarez named', 'Q question', 'A answer'])
  assert.deepEqual(render('A. Smith and B. Jones wrote the report.\n\nThe mayor spoke.'), [])
})

test('in the pipeline, a named label is the person the article introduced, ALVAREZ is Gov. Maria Alvarez, A: is the interviewee and Q: the outlet\'s voice', () => {
  const turns = (text: string): string[] => {
    const a = analyzeText(text)
    return a.attributions.filter((x) => /^[:.]$/u.test(text.slice(x.cue.start, x.cue.end))).map((x) => {
      const actor = a.actors.find((y) => y.id === x.speaker)
      return `${actor?.name ?? x.speaker} (${actor?.kind ?? '-'}): ${text.slice(x.content.start, x.content.end)}`
    })
  }
  assert.deepEqual(turns('Gov. Maria Alvarez spoke about the floods.\n\nAlvarez: I would say look outside. We had three storms in a week.\n\nUpdate: The storm has passed over the city.'),
    ['Maria Alvarez (person): I would say look outside. We had three storms in a week.'])
  assert.deepEqual(turns('Gov. Maria Alvarez spoke about the floods.\n\nALVAREZ: I would say look outside.'), ['Maria Alvarez (person): I would say look outside.'])
  // A surname with a particle is matched as the mentions stage keys it: "ASSAD" is "al-Assad", "TEN HAG" is "ten Hag".
  assert.deepEqual(turns('Reporters met President Bashar al-Assad in Damascus.\n\nASSAD: We will not leave the city.'), ['Bashar al-Assad (person): We will not leave the city.'])
  assert.deepEqual(turns('Reporters met coach Erik ten Hag on Sunday.\n\nTEN HAG: We will not change the team.'), ['Erik ten Hag (person): We will not change the team.'])
  const qa = 'The Tribune interviewed Gov. Maria Alvarez on Tuesday.\n\nQ: Will you run again?\n\nA: I have not decided. My family comes first.'
  assert.deepEqual(turns(qa), ['Maria Alvarez (person): I have not decided. My family comes first.'])
  const a = analyzeText(qa)
  assert.ok(a.outletVoice.some((s) => qa.slice(s.start, s.end).includes('Will you run again?')), 'the questions are the outlet\'s voice')
})

/** A prose interview written for the tests: an intro naming the interviewee, questions, a statement put to her, a closing note. */
const PROSE_INTERVIEW = [
  'Dr. Ana Lind, a surgeon at the city hospital, was on duty when the bus crashed. She spoke to us by phone on Sunday.',
  'When did the first patients arrive?',
  'The first ambulance came at two in the morning. By six o\'clock we had received nine patients, as the law requires.',
  'The council says the road was safe. What do you say to that?',
  'I was not there. I think the road was never safe.',
  'My colleague Tom Berg drove all night. Berg has not slept, and Berg will not stop.',
  'The council says the hospital was warned.',
  'We were never warned, and we will say so in court.',
  'The council did not respond to our questions. The road reopened on Monday.',
].join('\n\n')

test('an interview printed as prose: short paragraphs ending with a question mark, or a statement between answers, are the interviewer\'s; answers run on in the first person', () => {
  const text = PROSE_INTERVIEW
  const prose = findProseInterview(text, paragraphsOf(text))
  assert.deepEqual(prose.questions.map((q) => text.slice(q.start, q.end)),
    ['When did the first patients arrive?', 'The council says the road was safe. What do you say to that?', 'The council says the hospital was warned.'])
  assert.deepEqual(prose.asked.map((q) => text.slice(q.start, q.end)), ['When did the first patients arrive', 'What do you say to that'])
  assert.deepEqual(prose.answers.map((a) => `${text.slice(a.cue.start, a.cue.end)} ${text.slice(a.content.start, a.content.start + 20)}`),
    ['? The first ambulance ', '? I was not there. I t', '? My colleague Tom Ber', '. We were never warned'])
  assert.deepEqual(findLineAttributions(text, { paragraphs: paragraphsOf(text) }).map((a) => a.label), ['question', 'answer', 'question', 'answer', 'answer', 'answer'])
})

test('no prose interview without an intro saying the outlet interviewed someone, nor when the questions are quoted ones', () => {
  const noIntro = PROSE_INTERVIEW.replace('She spoke to us by phone on Sunday.', 'She was tired.')
  assert.deepEqual(findProseInterview(noIntro, paragraphsOf(noIntro)).answers, [])
  const quoted = 'We spoke to Ana Lind on Sunday.\n\nA nurse asked her, "Where do we put them?"\n\nWe put them in the hall.\n\nHe then asked, "Can you stay?"\n\nI stayed all night.'
  assert.deepEqual(findProseInterview(quoted, paragraphsOf(quoted)).answers, [])
})

test('in the pipeline, a prose interview\'s answers are the interviewee\'s, whole, her "I" hers, and the questions the outlet\'s voice with no report in them', () => {
  const text = PROSE_INTERVIEW
  const a = analyzeText(text)
  const name = (id: string): string => a.actors.find((x) => x.id === id)?.name ?? id
  const lines = a.attributions.map((x) => `${name(x.speaker)} | ${text.slice(x.cue.start, x.cue.end)} | ${text.slice(x.content.start, x.content.end)}`)
  assert.ok(lines.includes('Ana Lind | ? | The first ambulance came at two in the morning. By six o\'clock we had received nine patients, as the law requires.'), lines.join('\n'))
  assert.ok(lines.includes('Ana Lind | . | We were never warned, and we will say so in court.'), lines.join('\n'))
  // Tom Berg is mentioned more, but only in her answers: the interviewee is the person introduced before them.
  assert.ok(lines.includes('Ana Lind | ? | My colleague Tom Berg drove all night. Berg has not slept, and Berg will not stop.'), lines.join('\n'))
  assert.ok(!a.attributions.some((x) => a.actors.find((y) => y.id === x.speaker)?.kind === 'outlet'), 'the interviewee\'s "I" and "we" are hers, not the author\'s')
  assert.ok(!lines.some((l) => / \| say \| to that/u.test(l)), 'the interviewer asks "what do you say", which reports nothing')
  const voice = a.outletVoice.map((s) => text.slice(s.start, s.end)).join(' ')
  assert.match(voice, /What do you say to that\?/u)
  assert.match(voice, /did not respond to our questions/u)
  assert.doesNotMatch(voice, /I think the road/u)
})
