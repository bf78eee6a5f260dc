/** @module analyze/framing/genre.test — news report, interview or opinion. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { frame, outletOnly, quoteAttributions } from './testing.js'
import { analyzeFraming } from './framing.js'
import { createContext } from './context.js'
import { densityLabel, GENRE_THRESHOLDS, genreFigures } from './genre.js'
import type { Finding } from '../../model/schema.js'
import { segmentText } from '../segment/segment.js'

test('an interview: the outlet spoke with someone and one speaker holds most quoted text, again and again', () => {
  const text = 'The Daily Planet spoke with Mayor Ana Lind on Monday. "We will rebuild the port, and we will rebuild it better," she said. ' +
    '"It takes time," she told the Daily Planet in an interview. "The insurers have paid, the builders are ready and the council agrees," she added.'
  const genre = frame(text, quoteAttributions(text, ['lind'])).genre
  assert.equal(genre.label, 'interview')
  assert.deepEqual(genre.evidence.map((s) => text.slice(s.start, s.end)), ['spoke with', 'in an interview'])
  assert.match(genre.explanation, /100% of the quoted text, in 3 attributions/)
})

test('an interview of someone else than the speaker quoted most makes no interview', () => {
  const text = 'The coach wept while being interviewed by a radio station. The crowd cheered. The mayor opened the port on Monday. ' +
    '"We will rebuild the port, and we will rebuild it better," she said. "It takes time," she said. "The insurers have paid," she added.'
  assert.equal(frame(text, quoteAttributions(text, ['lind'])).genre.label, 'news-report')
})

test('a report built on one interview: words "told the Ledger" or the outlet\'s own question answered, one speaker quoted again and again', () => {
  const quotes = ['"I ate what they ate," Lind told the Ledger.', '"Nobody asked me," she said.', '"Nobody asked the cook," she said.',
    '"I trained with her for years," she said.', '"She is tired," she said.', '"We will appeal," she said.']
  const told = `The coach sat in her kitchen on Wednesday. ${quotes.join(' ')}`
  const genre = frame(told, quoteAttributions(told, ['lind'])).genre
  assert.equal(genre.label, 'interview')
  assert.deepEqual(genre.evidence.map((s) => told.slice(s.start, s.end)), ['told the Ledger'])
  const asked = `The coach sat in her kitchen on Wednesday. Was she surprised by the verdict? ${quotes.slice(1).join(' ')} "It hurts," she said.`
  // Each quotation's reporting verb ("said") is the cue, so the question reads as answered.
  const layer = quoteAttributions(asked, ['lind'])
  const saying = { ...layer, attributions: layer.attributions.map((a) => ({ ...a, cue: { start: a.content.end + 5, end: a.content.end + 9 } })) }
  assert.equal(frame(asked, saying).genre.label, 'interview')
  // One cue and a speaker quoted twice is a news report that quotes someone.
  const brief = 'The council met on Tuesday. "We will rebuild," Lind told the Ledger. "Soon," she said. The bridge reopens in May after repairs.'
  assert.equal(frame(brief, quoteAttributions(brief, ['lind'])).genre.label, 'news-report')
})

test('one remark from people the outlet interviewed is reporting, not an interview; an unresolved speaker is nobody in particular', () => {
  const witnesses = 'Three witnesses interviewed by the Courier said "we did not see a gun" and left.'
  assert.equal(frame(witnesses, quoteAttributions(witnesses, ['witnesses'])).genre.label, 'news-report')
  const staff = 'Hospital staff, who spoke to me on condition that their names not be used, describe wards without gloves. ' +
    'One doctor said "we reuse masks". "We are not fighting a virus," a nurse said. "We are fighting the ministry," another said.'
  assert.equal(frame(staff, quoteAttributions(staff, ['unknown'])).genre.label, 'news-report')
})

test('"spoke to reporters" is not an interview cue, and balanced quotes are not an interview', () => {
  const text = 'The mayor spoke with residents. "We will rebuild," the mayor said. "We doubt it," a resident said.'
  assert.equal(frame(text, quoteAttributions(text, ['mayor', 'resident'])).genre.label, 'news-report')
  const text2 = 'The mayor spoke to reporters. "We will rebuild," she said.'
  assert.equal(frame(text2, quoteAttributions(text2, ['mayor'])).genre.label, 'news-report')
})

test('opinion: dense evaluative framing in the outlet\'s own voice, with the strongest findings as evidence', () => {
  const text = 'The regime\'s shameless, brutal crackdown is a disgrace. Pundits believe its so-called reforms are a sham.'
  const genre = frame(text, outletOnly(text)).genre
  assert.equal(genre.label, 'opinion')
  assert.ok(genre.evidence.length > 0 && genre.evidence.length <= 8)
})

test('the same words in quoted speech do not make the outlet\'s article an opinion piece', () => {
  const text = 'The senator spoke on Friday. "The regime\'s shameless, brutal crackdown is a disgrace and its so-called reforms are a sham," she said.'
  assert.equal(frame(text, quoteAttributions(text, ['senator'])).genre.label, 'news-report')
})

test('a plain report is a news report with no evidence', () => {
  const text = 'The council voted on Tuesday to reopen the bridge in May. Repairs will cost 2 million euros.'
  assert.deepEqual(frame(text, outletOnly(text)).genre.evidence, [])
  assert.equal(frame(text, outletOnly(text)).genre.label, 'news-report')
})

test('an interview printed as questions and answers is an interview, and its questions make it no opinion piece', () => {
  const text = 'Gov. Ana Lind spoke with the Herald about the drought.\n\nQ: Critics say the plan is a disaster. Is it?\n\nLind: No. We have a plan.\n\n' +
    'Q: Will you run for president? Are you worried about the polls?\n\nLind: I have a state to run.'
  const genre = frame(text, quoteAttributions(text)).genre
  assert.equal(genre.label, 'interview')
  assert.match(genre.explanation, /2 questions and 2 answers/)
})

test('the editor\'s note of a question-and-answer transcript is an interview cue', () => {
  const text = 'The actress tells her story in a memoir. Questions and answers have been edited for length and clarity.\n\n' +
    'Q: What did you find?\n\nA: My parents were gone.\n\nQ: Did anyone help you?\n\nA: No one did.'
  assert.deepEqual(frame(text, outletOnly(text)).genre.evidence.map((s) => text.slice(s.start, s.end)), ['Questions and answers have been edited'])
  assert.equal(frame(text, outletOnly(text)).genre.label, 'interview')
})

test('vivid wording that argues nothing counts at reduced weight: a match report is a news report', () => {
  const report = 'Lena Park produced a stunning display to beat Mia Holt 6-3, 6-4 on Friday and reach the final in Madrid. ' +
    'Park broke serve four times in a ruthless one-hour match on the centre court. Holt, the fifth seed, lost nine points in a row ' +
    'during a disastrous second set and left the court without speaking to reporters. Park will play the winner of the second ' +
    'semi-final between Ana Ruiz and Eva Berg on Sunday. The two met in last year\'s epic final, which Park won in three sets.'
  const figures = genreFigures(createContext(report, segmentText(report), outletOnly(report).outletVoice, []), frame(report, outletOnly(report)).findings)
  assert.equal(figures.descriptiveOnly, true)
  assert.equal(frame(report, outletOnly(report)).genre.label, 'news-report')
  const argued = `${report} Clearly, the federation has failed her.`
  assert.equal(frame(argued, outletOnly(argued)).genre.label, 'opinion')
})

test('a short text with a finding or two is a news report, and the explanation says too few findings, not "below" a density it passes', () => {
  const text = 'The shameless council voted to reopen the bridge.'
  const genre = frame(text, outletOnly(text)).genre
  assert.equal(genre.label, 'news-report')
  assert.match(genre.explanation, /only 1 framing finding \(3 are needed/)
})

test('an interview printed as prose, questions and answer paragraphs with no labels, is an interview', () => {
  const text = 'Ana Lind, a surgeon, spoke to us on Sunday.\n\nWhen did the patients arrive?\n\nThe first came at two. We had nine by six.\n\n' +
    'What do you say to the council?\n\nI was not there, so I will not argue.'
  const genre = frame(text, outletOnly(text)).genre
  assert.equal(genre.label, 'interview')
  assert.match(genre.explanation, /2 questions and 2 answers/)
})

test('a title the outlet labels "Analysis:" or "Opinion |" makes the piece opinion, whatever its density', () => {
  const text = 'The council voted on Tuesday to reopen the bridge in May. Repairs will cost 2 million euros.'
  const withTitle = (title: string): string => analyzeFraming(text, segmentText(text), outletOnly(text), { model: null }, title).genre!.label
  assert.equal(withTitle('Analysis: Why the bridge vote matters'), 'opinion')
  assert.equal(withTitle('OPINION | The bridge can wait'), 'opinion')
  assert.equal(withTitle('Bridge analysis shows cracks'), 'news-report')
  assert.match(analyzeFraming(text, segmentText(text), outletOnly(text), { model: null }, 'Comment: A bridge too far').genre!.explanation, /labels the piece "Comment"/)
})

test('an explainer laid out by question subheadings is a news report with the subheadings as evidence, not opinion', () => {
  const text = 'What we know about the fever\n\nWhat is the disease?\n\nTests show it is a filovirus.\n\nHow many people are ill?\n\n' +
    'The ministry reported 68 cases.\n\nIs the government covering it up?\n\nThe ministry denies it.\n\nWhat happens next?\n\nA team will visit on Monday.'
  const genre = frame(text, outletOnly(text)).genre
  assert.equal(genre.label, 'news-report')
  assert.match(genre.explanation, /laid out as an explainer, by 4 Q&A subheadings/)
  assert.deepEqual(genre.evidence.map((s) => text.slice(s.start, s.end)), ['What is the disease?', 'How many people are ill?', 'Is the government covering it up?', 'What happens next?'])
})

test('an explainer\'s subheadings are the outlet\'s own questions answered by itself, no cue of an interview, however often one expert is quoted', () => {
  const text = 'Explainer: What we know about the fever\n\nWhat is the disease?\n\nTests show it is a filovirus. "It spreads by touch and it spreads fast in the wards," Dr Lind said.\n\n' +
    'How many people are ill?\n\nThe ministry reported 68 cases. "More will come before the rains end in the north," Dr Lind said. "We are testing every village we can reach," she said.\n\n' +
    'What happens next?\n\nA team will visit. "We need beds and we need them this week," she said. "And gloves, thousands of gloves," she said. "Soon, or it is too late," she said.'
  const genre = frame(text, quoteAttributions(text, ['lind'])).genre
  assert.equal(genre.label, 'news-report')
  assert.match(genre.explanation, /laid out as an explainer, by 3 Q&A subheadings/)
})

test('a density below the threshold never reads as the threshold: 5.96 is "5.9 (below 6)", not "6.0"', () => {
  assert.equal(densityLabel(5.96, 6), '5.9')
  assert.equal(densityLabel(5.96), '6.0')
  assert.equal(densityLabel(6.04, 6), '6.0')
  assert.equal(densityLabel(0.7, 12), '0.7')
  // Below the threshold but not next to it, the density is rounded as usual.
  assert.equal(densityLabel(4.38, 6), '4.4')
})

test('findings that overlap are one piece of framing: a rule\'s word and the tagger\'s phrase around it count once, at the surer', () => {
  const text = 'The council drew fierce criticism from residents on Monday. The bridge reopens in May after repairs, officials said.'
  const ctx = createContext(text, segmentText(text), outletOnly(text).outletVoice, [])
  const at = (words: string, confidence: number, ruleId: string): Finding => {
    const start = text.indexOf(words)
    return { technique: 'loaded-language', ruleId, span: { start, end: start + words.length }, confidence, explanation: words }
  }
  const word = at('fierce', 0.5, 'framing/loaded-term')
  const phrase = at('fierce criticism', 0.8, 'framing/learned-loaded-language')
  const other = at('reopens', 0.3, 'framing/loaded-term')
  const figures = genreFigures(ctx, [other, word, phrase])
  assert.deepEqual(figures.framing, [phrase, other])
  assert.equal(figures.outletFindings, 3)
  assert.equal(figures.density, ((0.8 + 0.3) * GENRE_THRESHOLDS.descriptiveWeight * 1000) / figures.outletWords)
  // The rule's words inside the tagger's long span stand for it, each one counted.
  const long = at('The council drew fierce criticism from residents on Monday', 0.6, 'framing/learned-loaded-language')
  assert.deepEqual(genreFigures(ctx, [word, long]).framing, [word])
  const residents = at('residents', 0.5, 'framing/loaded-term')
  assert.deepEqual(genreFigures(ctx, [word, long, residents]).framing, [word, residents])
})

test('a note that a claim rests on an unnamed source is routine reporting and does not count toward opinion', () => {
  const text = 'The disaster exposed shameful neglect. According to a source close to the inquiry, photographs show a broken rail.'
  const ctx = createContext(text, segmentText(text), outletOnly(text).outletVoice, [])
  const note: Finding = { technique: 'appeal-to-authority', ruleId: 'framing/unnamed-authority', span: { start: text.indexOf('a source'), end: text.indexOf(' the inquiry') }, confidence: 0.2, explanation: 'Sourcing note: the claim rests on an unnamed source' }
  const word: Finding = { technique: 'loaded-language', ruleId: 'framing/loaded-term', span: { start: text.indexOf('shameful'), end: text.indexOf(' neglect') }, confidence: 0.6, explanation: 'shameful' }
  assert.deepEqual(genreFigures(ctx, [word, note]).framing, [word])
})
