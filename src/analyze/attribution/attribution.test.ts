/**
 * @module analyze/attribution/attribution.test — who said what, one fixture per kind of attribution.
 *
 * `fixtures/<case>.txt` is an article; `<case>.expected.txt` lists its attributions, one a line:
 * `kind speaker | source | cue | content`, each part the text its span covers (`-` for no source).
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { repoRoot } from '../../ingest/fixtures/helpers.js'
import type { AnalyzedArticle } from '../../model/schema.js'
import type { Span } from '../../model/span.js'
import { analyzeArticle, analyzeText } from '../pipeline.js'
import { segmentText } from '../segment/segment.js'
import { findMentions } from '../mentions/mentions.js'
import { asideSubject, attributionStage, complement, findAttributions, findRuleAttributions, firstPersonSpeakers, indexMentions, isFacedNoun, isFeelingPassive, participleSubject, passiveReport, relativeSubject, subjectBeforeVerb, UNKNOWN_SPEAKER, withWholeQuotation } from './attribution.js'
import { FIGURE_CUE, isOtherSense, PHRASE_CUES } from './cues.js'
import { nameUnnamedSources } from './unnamed.js'

const FIXTURES = join(repoRoot(), 'src', 'analyze', 'attribution', 'fixtures')
const CASES = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt')).map((f) => f.slice(0, -4)).sort()

/** The article text of a fixture, without the file's final newline. */
const readCase = (name: string): string => readFileSync(join(FIXTURES, `${name}.txt`), 'utf8').replace(/\n$/u, '')
const readExpected = (name: string): string[] => readFileSync(join(FIXTURES, `${name}.expected.txt`), 'utf8').split('\n').filter((l) => l.trim() !== '')

const slice = (text: string, s: Span | undefined): string => (s ? text.slice(s.start, s.end).replace(/\s+/gu, ' ') : '-')

/** Renders each attribution as `kind speaker | source | cue | content`. Pure. */
function lines(a: AnalyzedArticle): string[] {
  const text = a.article.text
  const name = (id: string): string => a.actors.find((x) => x.id === id)?.name ?? id
  return a.attributions.map((x) => `${x.continues ? 'continuing ' : ''}${x.kind} ${name(x.speaker)} | ${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
}

/** Outlet voice and attributed contents never overlap, and together cover every character but white space and commas. */
function assertOutletVoiceIsComplement(a: AnalyzedArticle): void {
  const text = a.article.text
  const owner = new Array<number>(text.length).fill(0)
  for (const c of a.attributions) for (let i = c.content.start; i < c.content.end; i++) owner[i] = 1
  for (const v of a.outletVoice) {
    assert.ok(v.start < v.end && v.end <= text.length)
    assert.doesNotMatch(text[v.start]!, /[\s,]/u, 'outlet voice spans are trimmed')
    assert.doesNotMatch(text[v.end - 1]!, /\s/u, 'outlet voice spans are trimmed')
    for (let i = v.start; i < v.end; i++) {
      assert.equal(owner[i], 0, `offset ${i} is both attributed and the outlet's voice`)
      owner[i] = 2
    }
  }
  owner.forEach((o, i) => {
    // `complement` trims white space, and commas left at the start of a piece ("…," she said).
    if (!/[\s,]/u.test(text[i]!)) assert.notEqual(o, 0, `offset ${i} (${text[i]}) is in no voice`)
  })
  const starts = a.outletVoice.map((v) => v.start)
  assert.deepEqual(starts, [...starts].sort((x, y) => x - y))
}

describe('attribution: fixtures', () => {
  test('there are fixtures to run', () => {
    assert.ok(CASES.length >= 10)
  })
  for (const name of CASES) {
    test(name, () => {
      const a = analyzeText(readCase(name))
      assert.deepEqual(a.failures, [])
      assert.deepEqual(lines(a), readExpected(name))
      assertOutletVoiceIsComplement(a)
    })
  }
})

describe('attribution: details', () => {
  test('one complete attribution, offsets included', () => {
    const text = '"The bridge will reopen in May," she said.'
    const prefixed = `Mayor Anna Berg visited the bridge on Monday. ${text}`
    const a = analyzeText(prefixed)
    const at = prefixed.indexOf(text)
    const berg = a.actors.find((x) => x.name === 'Anna Berg')
    assert.deepEqual(a.attributions, [{
      kind: 'direct',
      speaker: berg?.id,
      source: { start: at + 33, end: at + 36 },
      cue: { start: at + 37, end: at + 41 },
      content: { start: at + 1, end: at + 30 },
    }])
  })

  test('a source no mention names speaks as an actor named by its noun phrase, a lone surname as a person; a pronoun with no speaker before it stays unknown', () => {
    const a = analyzeText('They said it was over. A new poll shows that most drivers support the plan. Many party leaders, who spoke on condition of anonymity, said the vote would fail. Republicans say the plan is a disaster, a Republican view. The Associated Press reported that the bill passed. On Monday, Sanders said the vote was rigged.')
    // Who says each of these contents, and what kind of actor that is.
    const contents = ['it was over', 'most drivers support the plan', 'the vote would fail', 'the plan is a disaster', 'the bill passed', 'the vote was rigged']
    const speakers = contents.map((words) => {
      const x = a.attributions.find((y) => a.article.text.slice(y.content.start, y.content.end).includes(words))
      const actor = a.actors.find((y) => y.id === x?.speaker)
      return actor ? `${actor.name} (${actor.kind})` : x?.speaker
    })
    assert.deepEqual(speakers, [UNKNOWN_SPEAKER, 'poll (unnamed)', 'party leaders (unnamed)', 'Republicans (group)', 'Associated Press (organisation)', 'Sanders (person)'])
    assert.ok(a.mentions.some((m) => a.article.text.slice(m.span.start, m.span.end) === 'party leaders'), 'the source is a mention of its speaker')
  })

  test('"Georgia\'s opposition rejected": a country\'s opposition speaks, not the country; "The radical | opposition refused": a phrase cut before its noun takes it back from the cue', () => {
    const text = "Georgia's opposition rejected the results, saying the count was rigged. The radical opposition once again refused to accept the will of the voters."
    const a = analyzeText(text)
    const lines = a.attributions.map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker} | ${slice(text, x.source)} | ${slice(text, x.cue)}`)
    assert.ok(lines.every((l) => !l.startsWith('Georgia |')), lines.join('; '))
    assert.ok(lines.some((l) => l.includes('| The radical opposition | refused')), lines.join('; '))
  })

  test('"Their preliminary statement said" is the group\'s that spoke last, never the person before it', () => {
    const text = 'Opposition leader Nino Kapanadze said the vote was rigged. Observers from the OSCE said the vote was marred by pressure on voters. Their preliminary statement said counting was assessed negatively.'
    const a = analyzeText(text)
    const last = a.attributions.find((x) => slice(text, x.source) === 'Their preliminary statement')
    assert.equal(a.actors.find((y) => y.id === last?.speaker)?.name, 'observers')
  })

  test('a lone singular capitalised word opening a sentence before a verb of report is a name ("Meta said", "Toyota reported"); a plural or a pronoun there is not', () => {
    const speakerOf = (text: string): string => {
      const a = analyzeText(text)
      return a.actors.find((y) => y.id === a.attributions[0]?.speaker)?.name ?? String(a.attributions[0]?.speaker)
    }
    assert.equal(speakerOf('Meta said it would appeal the fine.'), 'Meta')
    assert.equal(speakerOf('Toyota reported higher profits on Tuesday.'), 'Toyota')
    assert.equal(speakerOf('Others said it would fail.'), 'others')
    assert.equal(speakerOf('One said it would fail.'), UNKNOWN_SPEAKER)
  })

  test('the speaker is the head of the source: not a possessor, a modifying country or the next sentence\'s name; an aside keeps the subject', () => {
    const a = analyzeText([
      "Thomas Benning was sentenced on Monday. Benning's attorney, Mark Salinas, argued that his client was innocent.",
      'An Israeli military official said the strike hit a weapons depot.',
      '"We are ready," said Xi Jinping. Narendra Modi said India agreed.',
      "Apple, the world's most valuable company, said it would appeal.",
      'Sen. Elizabeth Warren (D-Mass.) said the bill was a disgrace.',
    ].join('\n\n'))
    const contents = ['his client was innocent', 'the strike hit', 'We are ready', 'it would appeal', 'the bill was a disgrace']
    const speakers = contents.map((words) => {
      const x = a.attributions.find((y) => a.article.text.slice(y.content.start, y.content.end).includes(words))
      const actor = a.actors.find((y) => y.id === x?.speaker)
      return actor ? `${actor.name} (${actor.kind})` : x?.speaker
    })
    assert.deepEqual(speakers, ['Mark Salinas (person)', 'Israeli military official (unnamed)', 'Xi Jinping (person)', 'Apple (organisation)', 'Elizabeth Warren (person)'])
  })

  test('a possessor\'s kin, neighbour or critic speaks in their own voice, not the possessor\'s', () => {
    const a = analyzeText("Maria Rossi lost her house in the flood. Rossi's son said the family had lost everything. Rossi's lawyer said she would sue.")
    const speakerOf = (words: string): string | undefined => {
      const x = a.attributions.find((y) => slice(a.article.text, y.content).includes(words))
      return a.actors.find((y) => y.id === x?.speaker)?.name ?? x?.speaker
    }
    assert.notEqual(speakerOf('the family had lost everything'), 'Maria Rossi')
    assert.equal(speakerOf('she would sue'), 'Maria Rossi', 'a lawyer speaks for the client')
  })

  test('a place in an apposition of where someone is from ("Smith, of Worsley, Greater Manchester, said") is no speaker', () => {
    const text = 'Smith, of Worsley, Greater Manchester, said he was innocent.'
    const at = (words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
    const found = [{ kind: 'indirect' as const, speaker: UNKNOWN_SPEAKER, source: at('Greater Manchester'), cue: at('said'), content: at('he was innocent') }]
    const named = nameUnnamedSources(text, segmentText(text), found, [], [], UNKNOWN_SPEAKER)
    assert.equal(named.attributions[0]?.speaker, UNKNOWN_SPEAKER)
  })

  test('a bare common noun opening a sentence ("History tells us") is no speaker, though it is capitalised in a name elsewhere', () => {
    const text = 'History tells us that walls fail. The film aired on the History Channel.'
    const at = (words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
    const found = [{ kind: 'indirect' as const, speaker: UNKNOWN_SPEAKER, source: at('History'), cue: at('tells'), content: at('that walls fail') }]
    assert.equal(nameUnnamedSources(text, segmentText(text), found, [], [], UNKNOWN_SPEAKER).attributions[0]?.speaker, UNKNOWN_SPEAKER)
  })

  test('a collective noun on its own ("Staff said") is an unnamed speaker; an abstract one ("Research shows") is none; a participle before a noun stays in the name', () => {
    const speaker = (text: string): string | undefined => {
      const a = analyzeText(text)
      const x = a.attributions[0]
      return a.actors.find((y) => y.id === x?.speaker)?.name ?? x?.speaker
    }
    assert.equal(speaker('Staff said the office was closed.'), 'staff')
    assert.equal(speaker('Management said the plant would close.'), 'management')
    assert.equal(speaker('Research shows that walls fail.'), UNKNOWN_SPEAKER)
    // The naming step keeps a participle before a noun; where the tagger cuts the source ("groups") is the model's matter.
    const text = 'Bird watching groups said the lake was dry.'
    const at = (words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
    const found = [{ kind: 'indirect' as const, speaker: UNKNOWN_SPEAKER, source: at('Bird watching groups'), cue: at('said'), content: at('the lake was dry') }]
    const named = nameUnnamedSources(text, segmentText(text), found, [], [], UNKNOWN_SPEAKER)
    assert.equal(named.actors.find((x) => x.id === named.attributions[0]?.speaker)?.name, 'bird watching groups')
    assert.equal(speaker('Residents living nearby said the lake was dry.'), 'residents')
    // A plural noun for people opening the sentence is that group; a surname of the same shape ("Summers", "Peters") is not.
    for (const group of ['Customers', 'Passengers', 'Parents']) assert.equal(speaker(`${group} told the paper the fees were unfair.`), group.toLowerCase())
    for (const surname of ['Summers', 'Peters']) assert.equal(speaker(`${surname} told the paper the fees were unfair.`), UNKNOWN_SPEAKER)
  })

  test('"Families of passengers injured when a jet skidded … accused": a group noun, its "of" phrase and the participle clause that describes it are the source', () => {
    const rows = (text: string): string[] => {
      const a = analyzeText(text)
      return a.attributions.map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker} | ${slice(text, x.source)} | ${slice(text, x.cue)}`)
    }
    assert.deepEqual(rows('Relatives of miners trapped when a shaft collapsed at the Orlov pit on Monday accused the company of ignoring warnings.').map((x) => x.split(' | ').slice(1).join(' | ')),
      ['Relatives of miners trapped when a shaft collapsed at the Orlov pit on Monday | accused'])
    assert.notEqual(rows('Families of tenants evacuated after a fire gutted the block on Friday accused the council of ignoring complaints.')[0]?.split(' | ')[0], UNKNOWN_SPEAKER)
  })

  test('"according to a statement from the club", "a letter by the union": the maker of a statement or letter speaks, not the document', () => {
    const speakers = (text: string): string[] => {
      const a = analyzeText(text)
      return a.attributions.map((x) => a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker)
    }
    assert.deepEqual(speakers('The player tore a ligament, according to a statement from the club.'), ['club'])
    assert.deepEqual(speakers('According to a letter by the union, the plant will close.'), ['union'])
  })

  test('a people noun before an unmistakable verb of saying or thinking speaks: "forecasters warned", "doctors think"', () => {
    const speakers = (text: string): string[] => {
      const a = analyzeText(text)
      return a.attributions.map((x) => a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker)
    }
    assert.deepEqual(speakers('Rain will fall on Sunday, forecasters warned.'), ['forecasters'])
    assert.deepEqual(speakers('He will need surgery, doctors think.'), ['doctors'])
  })

  test('a name opening a sentence keeps its capital in the speaker\'s name ("Nice residents"); a common word loses it ("Senior officials")', () => {
    const name = (text: string, source: string): string | undefined => {
      const at = (words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
      const found = [{ kind: 'indirect' as const, speaker: UNKNOWN_SPEAKER, source: at(source), cue: at('said'), content: at('they were angry') }]
      const named = nameUnnamedSources(text, segmentText(text), found, [], [], UNKNOWN_SPEAKER)
      return named.actors.find((x) => x.id === named.attributions[0]?.speaker)?.name
    }
    assert.equal(name('Officials in Nice closed the beach. Nice residents said they were angry.', 'Nice residents'), 'Nice residents')
    assert.equal(name('The beach was closed. Senior officials said they were angry.', 'Senior officials'), 'senior officials')
  })

  test('"they" soon after an unnamed or group speaker goes on in its voice; "every Republican" is the group', () => {
    const a = analyzeText('Every Republican opposed the bill, which they called a reckless spree that would fuel inflation.')
    const names = a.attributions.map((x) => {
      const actor = a.actors.find((y) => y.id === x.speaker)
      return `${slice(a.article.text, x.cue)} → ${actor ? `${actor.name} (${actor.kind})` : x.speaker}`
    })
    assert.deepEqual(names, ['opposed → Republican (group)', 'called → Republican (group)'])
  })

  test('"they" is the plural subject named since the last report, or a plural actor named nearby, and never a person', () => {
    for (const [text, expected] of [
      ['Mayor Anna Berg said the plant would close in May. Hundreds of workers gathered outside the gates on Friday. They said they had not been warned.', 'workers'],
      ['The company said profits fell. Union leaders met on Monday and they said the cuts were unfair.', 'union leaders'],
      // A plural actor the mentions stage named, not a subject right before a verb.
      ['Residents of the town gathered outside the hall on Sunday. They said the water had been unsafe for weeks.', 'residents'],
      // The plural of a source head is one too; its "they" goes on in its voice.
      ['Ministers claim that the reform will unlock new homes. They said the same thing in 2015.', 'ministers'],
    ] as const) {
      const a = analyzeText(text)
      const they = a.attributions.find((x) => /^they$/iu.test(slice(a.article.text, x.source)))
      assert.equal(a.actors.find((y) => y.id === they?.speaker)?.name, expected, text)
    }
    const person = analyzeText('Mayor Anna Berg said the plant would close in May. On Friday they said they had not been warned.')
    assert.notEqual(person.actors.find((y) => y.id === person.attributions[1]?.speaker)?.kind, 'person')
  })

  test('"told reporters that A, but declined to say B": the told report keeps its content, which ends before "but"', () => {
    for (const [text, told] of [
      // The tagger reads "declined to say" as the cue of the told content.
      ['Mr. Smith told reporters on Monday that the company would appeal the ruling, but declined to say when.', 'the company would appeal the ruling'],
      // Without a comma the told content ran on over the second verb.
      ['The mayor told reporters on Monday that the breach was contained but declined to say whether a ransom was paid.', 'the breach was contained'],
    ] as const) {
      const a = analyzeText(text)
      const x = a.attributions.find((y) => slice(text, y.cue) === 'told')
      assert.equal(slice(text, x?.content).replace(/^that /u, ''), told, text)
    }
  })

  test('"he" right after an unnamed person introduced with "a" goes on in that voice, not the last person named', () => {
    const speakerOf = (text: string, cue: string): string | undefined => {
      const a = analyzeText(text)
      const x = a.attributions.find((y) => slice(text, y.cue) === cue)
      return a.actors.find((y) => y.id === x?.speaker)?.name
    }
    const lead = 'Prime Minister Piotr Kowal visited the plant. A senior official, who spoke on condition of anonymity, said the talks had failed.'
    assert.equal(speakerOf(`${lead} He added that new talks were planned.`, 'added'), 'senior official')
    // Named again since, or of the other gender in the official's own aside: the pronoun stays the person's.
    assert.equal(speakerOf(`${lead} Kowal met the unions. He added that new talks were planned.`, 'added'), 'Piotr Kowal')
    assert.equal(speakerOf('Maria Lopez, the mayor, spoke first. A police official, speaking on condition of anonymity because he was not authorized to talk, said three people were held. She added that the suspects were young.', 'added'), 'Maria Lopez')
  })

  test('a noun before a relative clause ending on its preposition reports nothing; a venue after a thing called for is no part of it', () => {
    assert.deepEqual(analyzeText('Six hours, two versions of events, and a decree that nobody in government wants to talk about').attributions, [])
    const text = 'President Joseph Mwale, 67, who is seeking a second term, called for calm in a televised address on Monday.'
    assert.deepEqual(analyzeText(text).attributions.map((x) => slice(text, x.content)), ['calm'])
  })

  test('"Supporters of the minister", "the UN refugee agency": those on someone\'s side and an agency speak, not the minister or the UN', () => {
    const text = 'Supporters of the minister say the figures are accurate. Defenders of the government will point out that others fared worse. The UN refugee agency said it was saddened.'
    const a = analyzeText(text)
    const speakers = a.attributions.map((x) => a.actors.find((y) => y.id === x.speaker))
    assert.deepEqual(speakers.map((x) => x?.name), ['supporters of the minister', 'defenders of the government', 'UN refugee agency'])
    assert.equal(a.actors.find((y) => y.id === speakers[0]?.affiliation)?.name, 'the minister')
  })

  test('every count a phrase cue finds ("counts 14", "puts the toll at") is a figure\'s cue, whose content is its figures', () => {
    const text = 'The coast guard now counts 14 dead. Local television put the toll at 12. The army tallied 35. '
      + 'Haldane put the damage at £85 million. The council estimates the damage at more than $140 million. Analysts valued the losses at $2 billion.'
    const cues = PHRASE_CUES.flatMap(({ pattern }) => [...text.matchAll(pattern)].map((m) => m[0]))
    assert.deepEqual(cues, ['put the toll at', 'put the damage at', 'estimates the damage at', 'valued the losses at', 'counts', 'tallied'])
    assert.ok(cues.every((c) => FIGURE_CUE.test(c)))
  })

  test('"put X at N" with any object gives a figure: the subject is the source, "put" the cue, the object and its figure the content', () => {
    const rows = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
    assert.deepEqual(rows('The interior ministry put Marovian losses at 40 dead but gave no names.'), ['The interior ministry | put | Marovian losses at 40 dead'])
    assert.deepEqual(rows('Police put the number of marchers at about 6,000.'), ['Police | put | the number of marchers at about 6,000'])
    assert.deepEqual(rows('Forbes pegs her fortune at $3.2 billion.'), ['Forbes | pegs | her fortune at $3.2 billion'])
    // No figure after "at": no report.
    assert.deepEqual(rows('The coach put his players at ease.'), [])
    assert.deepEqual(rows('The army placed Belstani losses at 30 dead.'), ['The army | placed | Belstani losses at 30 dead'])
    // An adjective "estimated", an object with a preposition other than "of", a place or a "put … on leave" after the figure: no figure given.
    const phraseCues = (text: string): string[] => PHRASE_CUES.flatMap(({ pattern }) => [...text.matchAll(pattern)].map((m) => m[0]))
    for (const text of ['An estimated 300 people gathered at 10 sites.', 'It put pressure on staff at two hospitals.', 'The company put staff at three plants on leave.', 'The firm put 40 workers at 2 of its depots on leave.']) {
      assert.deepEqual(phraseCues(text), [], text)
      assert.deepEqual(rows(text), [], text)
    }
  })

  test('"put the number of dead in the city at 40": a figure\'s noun keeps its place and time phrases; a clock time or a date after "at" is no figure', () => {
    const rows = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
    assert.deepEqual(rows('The ministry put the number of dead in the city at 40.'), ['The ministry | put | the number of dead in the city at 40'])
    assert.deepEqual(rows('Officials put the number of people killed during the clashes at 12.'), ['Officials | put | the number of people killed during the clashes at 12'])
    assert.deepEqual(rows('The agency put its losses from the floods at $2 billion.'), ['The agency | put | its losses from the floods at $2 billion'])
    // A figure followed by its day is no time phrase alone.
    assert.deepEqual(rows('The ministry put the toll at 12 on Monday.'), ['The ministry | put the toll at | 12 on Monday'])
    for (const text of ['The company placed the order at 9 pm.', 'The board put the meeting at 10.30am.', 'Organisers put the start at 3 May.', 'They put the children in the car at 8:15.']) assert.deepEqual(rows(text), [], text)
  })

  test('"Union officials have put the figure closer to 3,000, and one newspaper has reported …": a hedged figure is the officials\', the later report the newspaper\'s', () => {
    const text = 'The companies say about 2,400 positions will go. Union officials have put the figure closer to 3,000, counting contractors, and at least one local newspaper has reported that Dayton alone could lose 900 jobs.'
    const a = analyzeText(text)
    assert.deepEqual(a.attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`), [
      'The companies | say | about 2,400 positions will go',
      'Union officials | put the figure | closer to 3,000, counting contractors',
      'one local newspaper | has reported | that Dayton alone could lose 900 jobs',
    ])
  })

  test('"A WHO official, speaking on condition of anonymity, said …, while the WHO tally included …": the official speaks, the tally reports nothing', () => {
    const text = 'The World Health Organization said in a statement on Wednesday that it had been notified of 71 suspected cases. A WHO official, speaking on condition of anonymity because they were not authorized to discuss the matter, said the ministry counted only laboratory-confirmed cases, while the WHO tally included probable cases.'
    const a = analyzeText(text)
    assert.deepEqual(a.attributions.map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name} | ${slice(text, x.cue)}`), ['World Health Organization | said in a statement', 'WHO official | said'])
  })

  test('"Critics of Mayor Linda Farrow" speak as critics, and the mayor is named; "witnesses to" a shooting are witnesses; a noun "blamed for" something does not blame', () => {
    const text = 'Critics of Mayor Linda Farrow said she had moved too slowly.'
    const a = analyzeText(text)
    assert.deepEqual([a.actors.find((y) => y.id === a.attributions[0]?.speaker)?.name, a.actors.some((y) => y.name === 'Linda Farrow')], ['critics', true])
    // So does one of them: "a friend of Tom Hale" is not Hale.
    const friend = analyzeText('A friend of Dana Whitfield said she had left the city.')
    assert.equal(friend.actors.find((y) => y.id === friend.attributions[0]?.speaker)?.name, 'friend')
    // "The group, blamed for dozens of massacres, boasted": the group is blamed; it speaks only where it boasts.
    const blamed = 'The notorious Katiba Nour group, blamed for dozens of massacres, boasted that it had won a halt to air strikes.'
    const group = analyzeText(blamed)
    assert.deepEqual(group.attributions.filter((x) => x.speaker !== 'unknown').map((x) => slice(blamed, x.cue)), ['boasted'])
    // Nor are "witnesses to the shooting of Daniel Osei" Osei.
    const witnesses = analyzeText('Witnesses to the fatal police shooting of Daniel Osei in Leeds on Saturday say he was walking away from officers.')
    assert.notEqual(witnesses.actors.find((y) => y.id === witnesses.attributions[0]?.speaker)?.name, 'Daniel Osei')
  })

  test('an appeal against a ban or a ruling is a legal act, no report', () => {
    for (const text of ['Sprinter Amara Okoye has appealed against her four-year ban for doping.', 'The club launched a last-ditch appeal against the ruling on Monday.']) {
      assert.deepEqual(analyzeText(text).attributions.map((x) => slice(text, x.cue)), [], text)
    }
  })

  test('a ", saying" complement runs to the end of its clause', () => {
    const text = 'The ministry rejected the accusation, saying the first case was confirmed late last month.'
    const a = analyzeText(text)
    assert.equal(slice(text, a.attributions.find((x) => slice(text, x.cue) === 'saying')?.content), 'the first case was confirmed late last month')
    // Not over a relative clause on the participle's object.
    const crowning = 'President Ivo Marek has been re-elected with a clear and convincing mandate, the Electoral Commission of Tarvia announced on Sunday, crowning a peaceful and orderly election that has been praised by international observers.'
    assert.ok(!analyzeText(crowning).attributions.some((x) => slice(crowning, x.content).includes('praised by')))
  })

  test('a report still to come inside a reported clause is the reporter\'s content, not a second report', () => {
    const text = 'Interior Minister Rino Valli blamed smugglers. He told state television that the government would ask the European Union for more help to stop departures.'
    const a = analyzeText(text)
    assert.deepEqual(a.attributions.map((x) => slice(text, x.cue)), ['blamed', 'told'])
  })

  test('"a senior ministry source", "a source close to X": an unnamed member affiliated to X, whom "the source" names again', () => {
    const text = 'A senior interior ministry source told the Gazette that the alert had been "vague". "These people always point fingers," the source said. A source close to the prime minister said the plan was dead.'
    const a = analyzeText(text)
    const speakerOf = (words: string) => a.actors.find((y) => y.id === a.attributions.find((x) => slice(text, x.content).includes(words))?.speaker)
    const member = speakerOf('alert had been')
    assert.equal(member?.name, 'senior interior ministry source')
    assert.equal(member?.kind, 'unnamed')
    assert.equal(a.actors.find((y) => y.id === member?.affiliation)?.name, 'interior ministry')
    assert.equal(speakerOf('point fingers'), member)
    const close = speakerOf('plan was dead')
    assert.equal(close?.name, 'source close to the prime minister')
    assert.equal(a.actors.find((y) => y.id === close?.affiliation)?.name, 'the prime minister')
    const other = analyzeText('One EU official said the case would come up. A person familiar with the matter said talks had stalled.')
    assert.deepEqual(other.attributions.map((x) => other.actors.find((y) => y.id === x.speaker)?.name), ['one EU official', 'person familiar with the matter'])
  })

  test('an insider with a relative clause or a long modifier is still an unnamed member, not the body named in it', () => {
    const text = 'At least one GOP insider who had direct contact with Steele told the Post that the chairman would run. A handful of well-placed and influential RNC insiders said that Steele would quit.'
    const a = analyzeText(text)
    for (const words of ['chairman would run', 'Steele would quit']) {
      const speaker = a.attributions.find((x) => slice(text, x.content).includes(words))?.speaker
      assert.ok(!['GOP', 'RNC', 'Republican National Committee', 'Republican Party'].includes(a.actors.find((y) => y.id === speaker)?.name ?? ''), `${words}: ${speaker}`)
    }
  })

  test('a possessor\'s relatives or deputy speak as someone of the possessor\'s, not the possessor; a lawyer still for the client', () => {
    const a = analyzeText("Lena Brandt, 40, died in the crash. Ms Brandt's relatives said they were grateful. Otto Kessel spoke. Kessel's deputy said the plan had failed.")
    const speakerOf = (words: string): string | undefined => {
      const x = a.attributions.find((y) => slice(a.article.text, y.content).includes(words))
      return a.actors.find((y) => y.id === x?.speaker)?.name ?? x?.speaker
    }
    assert.equal(speakerOf('they were grateful'), 'relatives of Lena Brandt')
    assert.equal(speakerOf('the plan had failed'), 'deputy of Otto Kessel')
  })

  test('a possessor\'s allies, backers, loyalists or defenders speak as people of the possessor\'s, not the possessor', () => {
    for (const group of ['allies', 'backers', 'loyalists', 'defenders']) {
      const a = analyzeText(`Tom Ward lost the vote. Ward's ${group} said the count was flawed.`)
      const x = a.attributions.find((y) => slice(a.article.text, y.content).includes('the count was flawed'))
      assert.equal(a.actors.find((y) => y.id === x?.speaker)?.name, `${group} of Tom Ward`, group)
    }
  })

  test('"according to" a description and a name in apposition: both are the source, the content starts after them', () => {
    const text = 'Rivers burst their banks on Tuesday. According to the regional president, Stefano Bonaccini, damage could run to billions of euros.'
    const a = analyzeText(text)
    const x = a.attributions.find((y) => y.kind === 'according-to')
    assert.equal(slice(text, x?.source), 'the regional president, Stefano Bonaccini')
    assert.equal(slice(text, x?.content), 'damage could run to billions of euros')
    assert.equal(a.actors.find((y) => y.id === x?.speaker)?.name, 'Stefano Bonaccini')
  })

  test('"according to" a person of an organisation: the person speaks, the organisation is where they work', () => {
    const text = 'Rents are not rising that fast, according to economist Rui Matos of the Porto Housing Institute.'
    const a = analyzeText(text)
    const x = a.attributions.find((y) => y.kind === 'according-to')
    const speaker = a.actors.find((y) => y.id === x?.speaker)
    assert.equal(speaker?.name, 'Rui Matos')
    assert.equal(a.actors.find((y) => y.id === speaker?.affiliation)?.name, 'Porto Housing Institute')
    const report = analyzeText('Turnout fell, according to early figures from the Electoral Commission.')
    assert.equal(report.actors.find((y) => y.id === report.attributions[0]?.speaker)?.name, 'Electoral Commission', 'with no person named, the organisation still speaks')
  })

  test('"according to" inside a clause: the source is its noun phrase, the content the clause it interrupts or goes on with', () => {
    const roles = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
    assert.deepEqual(roles('The protest, which according to the organisers gathered some 40,000 people, was called on Sunday.'), ['the organisers | according to | gathered some 40,000 people'])
    assert.deepEqual(roles('The death toll, according to officials, rose to 40 on Monday.'), ['officials | according to | The death toll, according to officials, rose to 40 on Monday'])
    assert.deepEqual(roles('The grant for school repairs, according to figures released by the council, fell by a fifth in 2024.'),
      ['figures released by the council | according to | The grant for school repairs, according to figures released by the council, fell by a fifth in 2024'])
    assert.deepEqual(roles('Turnout was high, according to a poll released Tuesday.'), ['a poll released Tuesday | according to | Turnout was high'])
  })

  test('a passive reporting verb reports its subject: its agent is the source, with none no one is, and in a clause of time nothing is reported; "put the toll at" and "swears" report', () => {
    const text = 'The new rules were announced on Sunday.'
    const [passive] = analyzeText(text).attributions
    assert.equal(passive?.source, undefined)
    assert.equal(slice(text, passive?.content), 'The new rules')
    assert.deepEqual(analyzeText('The march was called after the results were announced on Sunday.').attributions, [])
    const agent = 'Her claims of electoral fraud were dismissed by the election commission on Monday.'
    assert.deepEqual(analyzeText(agent).attributions.filter((x) => slice(agent, x.cue) === 'were dismissed').map((x) => `${slice(agent, x.source)} | ${slice(agent, x.content)}`),
      ['the election commission | Her claims of electoral fraud'])
    const other = 'Organisers put the number at more than 40,000. The owner swears the gate was open.'
    assert.deepEqual(analyzeText(other).attributions.map((x) => slice(other, x.cue)), ['put the number at', 'swears'])
  })

  test('a source and cue set off by commas inside an unquoted sentence interrupt one content, taken whole', () => {
    const text = 'The economy, the minister said, would grow by 3% next year.'
    assert.deepEqual(analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.content)}`), ['the minister | The economy, the minister said, would grow by 3% next year'])
    // An adjunct opening ("On Monday, she said ...", "Speaking to reporters, she said, ...") is no interrupted content.
    for (const plain of ['On Monday, the minister said the economy would grow.', 'Speaking to reporters, the minister said, the economy would grow.']) {
      assert.deepEqual(analyzeText(plain).attributions.map((x) => slice(plain, x.content)), ['the economy would grow'])
    }
  })

  test('wire leads and asides: a postposed source before a contrast ends the content; a relative clause before the cue describes the subject; a colon dateline speaks for no one; a place after "in" only locates the speaker; "A," X said on X. "B." is all X\'s', () => {
    const speakers = (text: string): string[] => {
      const a = analyzeText(text)
      return a.attributions.map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker} | ${slice(text, x.source)} | ${slice(text, x.content)}`)
    }
    const lead = 'Warplanes struck targets in the province late on Thursday, killing at least 27 people, officials on both sides of the border said, but the two governments gave different accounts.'
    assert.deepEqual(speakers(lead).map((x) => x.split(' | ')[2]), ['Warplanes struck targets in the province late on Thursday, killing at least 27 people'])
    assert.deepEqual(speakers('The regulator fined Koszyk on Tuesday. Koszyk, which is listed on the Warsaw Stock Exchange, said it would appeal.').map((x) => x.split(' | ').slice(0, 2).join(' | ')), ['Koszyk | Koszyk'])
    const dateline = 'KARACHI: Jets struck hideouts late last night, killing 40 militants, security sources said.'
    assert.ok(analyzeText(dateline).attributions.every((x) => slice(dateline, x.cue) !== ':'))
    assert.deepEqual(speakers("The European Union's delegation in Belgrade said it was following the situation.").map((x) => x.split(' | ')[0]), ['European Union'])
    const post = 'The government said the jets hit a market. "The regime has violated our sovereignty," spokesman Hamid Zahir said in a post on X. "This act will not go unanswered."'
    assert.deepEqual(speakers(post).slice(1).map((x) => `${x.split(' | ')[0]} | ${x.split(' | ')[2]}`), ['Hamid Zahir | The regime has violated our sovereignty', 'Hamid Zahir | This act will not go unanswered.'])
  })

  test('a name in apposition before or after its cue is the speaker, with its description in the source', () => {
    const speakers = (text: string): string[] => {
      const a = analyzeText(text)
      return a.attributions.map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker} | ${slice(text, x.source)}`)
    }
    assert.deepEqual(speakers("Two men were hurt. The bar's owner, Pat O'Connell, said staff had tried to separate the men."), ["Pat O'Connell | The bar's owner, Pat O'Connell"])
    assert.deepEqual(speakers('A member of the committee, Swati Dhingra, warned that rates were too high.'), ['Swati Dhingra | A member of the committee, Swati Dhingra'])
    // The rules alone, which the tagger reads: the content of a postposed source is what came before it.
    const rules = (text: string): string[] => {
      const seg = segmentText(text)
      return findRuleAttributions(text, seg, findMentions(text, seg)).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.content)}`)
    }
    assert.deepEqual(rules('Inflation will stay high, said Swati Dhingra, a member of the Monetary Policy Committee.'), ['Swati Dhingra, a member of the Monetary Policy Committee | Inflation will stay high'])
    assert.deepEqual(rules('The finance minister, Ngozi Okonjo-Iweala, said the reforms would continue.'), ['The finance minister, Ngozi Okonjo-Iweala | the reforms would continue'])
    // A quotation closing a paragraph does not open the content of the next paragraph's speaker.
    assert.deepEqual(rules('Mayor Ann Jones spoke on Monday.\n\n"We are ready for anything that comes."\n\nTom Smith said the plan would fail.'), ['Tom Smith | the plan would fail'])
  })

  test('a name ending in an adverb-like word before the cue ("Fair Rent Now said") is the source, not part of the cue', () => {
    const text = 'Housing charity Fair Rent Now said the ruling showed the law was failing.'
    const seg = segmentText(text)
    const layer = findMentions(text, seg)
    const [report] = findRuleAttributions(text, seg, layer).attributions
    assert.deepEqual([slice(text, report?.cue), layer.actors.find((y) => y.id === report?.speaker)?.name], ['said', 'Fair Rent Now'])
  })

  test('"according to sources in the Peruvian delegation": the sources speak, not the country that locates them', () => {
    const text = 'According to sources in the Peruvian delegation, the talks failed overnight.'
    const seg = segmentText(text)
    const layer = findMentions(text, seg)
    const [report] = findRuleAttributions(text, seg, layer).attributions
    assert.equal(layer.actors.find((y) => y.id === report?.speaker)?.name, 'sources')
  })

  test('a news outlet whose name ends in a document\'s word ("The Morning Post understands") is its own speaker, not the last one\'s document', () => {
    const text = 'Judge Mary Holt told him he had betrayed trust. The Morning Post understands Smith will be eligible for release after two years.'
    const seg = segmentText(text)
    const layer = findMentions(text, seg)
    const belief = findRuleAttributions(text, seg, layer).attributions.find((x) => slice(text, x.cue) === 'understands')
    assert.equal(layer.actors.find((y) => y.id === belief?.speaker)?.name, 'Morning Post')
  })

  test('the outlet naming itself ("The Clarion can reveal" in The Daily Clarion, "…, and Novi Glas has maintained") speaks in its own voice', () => {
    const voices = (text: string, outlet: string): string[] => {
      const a = analyzeArticle({ id: 'A', text, language: { code: 'eng', supported: true }, provenance: [{ start: 0, end: text.length, input: '<text>', inputOffset: 0, via: 'text' }], outlet: { name: outlet, evidence: { how: 'byline' } } })
      return a.attributions.map((x) => `${a.actors.find((y) => y.id === x.speaker)?.kind ?? x.speaker} | ${slice(text, x.source)}`)
    }
    assert.deepEqual(voices('Ellie Marsden was banned on Tuesday. The Clarion can reveal the sample was taken in February.', 'The Daily Clarion'), ['outlet | The Clarion'])
    assert.deepEqual(voices('Anton Belic was freed. He has always denied the charges, and Novi Glas has maintained that he was doing his job.', 'Novi Glas'), ['person | He', 'outlet | Novi Glas'])
    // Another outlet is a third party.
    assert.deepEqual(voices('Ellie Marsden was banned on Tuesday. The Clarion can reveal the sample was taken in February.', 'The Northern Ledger').map((x) => x.split(' | ')[0]), ['organisation'])
  })

  test('"he" or "she" reporting after a speaker goes on in that voice, not the person named in what was said', () => {
    const speakerOf = (text: string, words: string): string | undefined => {
      const a = analyzeText(text)
      const x = a.attributions.find((y) => text.slice(y.content.start, y.content.end).includes(words))
      return a.actors.find((y) => y.id === x?.speaker)?.name
    }
    assert.equal(speakerOf('Maria Lopez said she had met Ana Garcia. "It was a good meeting," she said.', 'good meeting'), 'Maria Lopez')
    // The other gender, or the antecedent named again since, keeps the mentions' reading.
    assert.equal(speakerOf('Maria Lopez said she had met John Garcia. "It was a good meeting," he said.', 'good meeting'), 'John Garcia')
    assert.equal(speakerOf('Maria Lopez said she had met Ana Garcia. Then Garcia left. "It was a good meeting," she said.', 'good meeting'), 'Ana Garcia')
    // "He said: '…'" inside her quotation is the man she quotes, not herself.
    assert.equal(speakerOf('Anton Belic was freed. His wife Lidija Belic said he was tired. "He told me one thing," she said. "He said: \'I was never afraid.\'"', 'never afraid'), 'Anton Belic')
    // With two men named before, no guess; still not herself.
    assert.notEqual(speakerOf('Anton Belic was freed. Marko Ilic said he was glad. His wife Lidija Belic said he was tired. "He told me one thing," she said. "He said: \'I was never afraid.\'"', 'never afraid'), 'Lidija Belic')
    // A possessor in the last source ("Marsden's lawyer Priya Nandakumar") is not the one who spoke.
    assert.equal(speakerOf('Ellie Marsden was banned on Tuesday. Marsden\'s lawyer Priya Nandakumar said her client would appeal. "She is innocent," she said.', 'is innocent'), 'Priya Nandakumar')
  })

  test('"he" or "she" after a speaker given only by a description goes on in that voice, not a person named before', () => {
    const speakerOf = (text: string, words: string): string | undefined => {
      const a = analyzeText(text)
      const x = a.attributions.find((y) => text.slice(y.content.start, y.content.end).includes(words))
      return a.actors.find((y) => y.id === x?.speaker)?.name
    }
    const lead = 'Interior Minister Radu Stan says 40 homes were flooded.'
    assert.equal(speakerOf(`${lead} A woman from Arad said she had lost everything. "The water came at night," she said.`, 'water came'), 'a woman')
    assert.equal(speakerOf(`${lead} One man, who gave only his first name, said he had climbed onto the roof. "We waited for hours," he said.`, 'waited for hours')?.toLowerCase(), 'one man')
    // A body's spokesman speaks for the body; a gendered noun or first name rules out the other pronoun.
    assert.equal(speakerOf('Farmer Tom Reid, 60, lost his herd. "It is over," he told us. An Agriculture Ministry spokesman confirmed the payments. "We acted fast," he said.', 'acted fast'), 'Agriculture Ministry')
    assert.equal(speakerOf(`${lead} A woman from Deva said the dam held. "It was close," he said.`, 'was close'), 'Radu Stan')
    assert.equal(speakerOf('Mark Dunn, who leads a tenants group, said: "Nobody warned us." Green councillor Laura Finch, who chairs the Housing Committee, said she would ask for an inquiry. "Answers are owed," she said.', 'Answers are owed'), 'Laura Finch')
    // "The Florida senator" is mostly an epithet for someone named: the mentions' reading stands.
    assert.equal(speakerOf('Senator Ann Cole spoke in Tampa. While the senator refused to give details, she said a deal was close.', 'deal was close'), 'Ann Cole')
    // "The man", "the woman who runs the bakery": a plain noun for a person is no epithet; its voice goes on.
    const minister = 'Prime Minister Piotr Kowal toured the flooded town on Friday.'
    assert.equal(speakerOf(`${minister} The man says the footage shows the dam giving way. He then said the pumps had failed.`, 'pumps had failed'), 'man')
    assert.equal(speakerOf(`${minister} The woman who runs the bakery said the water rose within minutes. She added that nobody had warned residents.`, 'nobody had warned'), 'woman')
  })

  test('a body named by its common noun speaks: "The commission says …" in an interviewer\'s question', () => {
    const text = 'Tom Reed leads the city audit office. We spoke to him on Monday.\n\nWhat did you find?\n\nThe accounts were a mess.\n\nThe commission says your auditors were biased.\n\nThat is simply not true.'
    const a = analyzeText(text)
    const x = a.attributions.find((y) => slice(text, y.content) === 'your auditors were biased')
    assert.equal(a.actors.find((y) => y.id === x?.speaker)?.name, 'commission')
  })

  test('people of a place speak, not the place: "a woman from Arad", "families in Galati"', () => {
    for (const [text, speaker] of [['A woman from Arad said the water rose overnight.', 'a woman'], ['Families in Galati told reporters that the river rose overnight.', 'families']] as const) {
      const a = analyzeText(text)
      assert.equal(a.actors.find((y) => y.id === a.attributions[0]?.speaker)?.name.toLowerCase(), speaker, text)
    }
  })

  test('an apposition\'s complement does not speak: "Tom Hale, the lawyer for Senator Mary Stone", "The senator, a Democrat from Ohio"', () => {
    for (const [text, speaker] of [
      ['Tom Hale, the lawyer for Senator Mary Stone, said the case had no merit.', 'Tom Hale'],
      ['The senator, a Democrat from Ohio, said the bill would pass.', 'senator'],
      ['Mark Salinas, a lawyer representing Ann Lee, said she would appeal.', 'Mark Salinas'],
      // The body a speaker works for stays theirs; an unnamed spokeswoman's words are the body's, as "a ministry spokeswoman"'s are.
      ['Ann Lee, a spokeswoman for the Interior Ministry, said the talks would resume.', 'Ann Lee'],
      ['A spokeswoman for the Interior Ministry said the talks would resume.', 'interior ministry'],
      // Members named as examples are not the whole that speaks.
      ['Several groups, including the ACLU, said the rules were illegal.', 'groups'],
      ['Democrats, including Senator Mary Stone, said the rules were illegal.', 'Democrats'],
    ] as const) {
      const a = analyzeText(text)
      assert.equal(a.actors.find((y) => y.id === a.attributions[0]?.speaker)?.name, speaker, text)
    }
  })

  test('an unnamed lawyer or aide speaks, affiliated with whom they speak for, not that body or person on the record', () => {
    for (const [text, speaker, affiliation] of [
      ['A lawyer for Dana Whitfield said the charges had no merit.', 'lawyer for Dana Whitfield', 'Dana Whitfield'],
      ['An aide to Senator Mary Stone said she would vote against the bill.', 'aide to Senator Mary Stone', 'Mary Stone'],
      // A name in apposition is the speaker.
      ['A spokesman for the Transport Ministry, Ivan Petrov, said the line would reopen.', 'Ivan Petrov', 'Transport Ministry'],
    ] as const) {
      const a = analyzeText(text)
      const actor = a.actors.find((y) => y.id === a.attributions[0]?.speaker)
      assert.equal(actor?.name, speaker, text)
      assert.equal(a.actors.find((y) => y.id === actor?.affiliation)?.name, affiliation, text)
    }
  })

  test('a name in apposition that no mention took speaks, not the body its description heads: "The head of the WHO, Tedros Adhanom Ghebreyesus"', () => {
    const text = 'The director of the WHO, Kwame Osei-Bonsu Adjei, said the outbreak was slowing.'
    const a = analyzeText(text)
    const actor = a.actors.find((y) => y.id === a.attributions[0]?.speaker)
    assert.deepEqual([actor?.name, actor?.kind, a.actors.find((y) => y.id === actor?.affiliation)?.name], ['Kwame Osei-Bonsu Adjei', 'person', 'World Health Organization'])
  })

  test('a name in apposition that no mention took speaks, not the bare role it describes: "The bank\'s governor, Lee Min-jun"', () => {
    const text = 'The bank\'s governor, Lee Min-jun, told a news conference that exports remained weak.'
    const a = analyzeText(text)
    const actor = a.actors.find((y) => y.id === a.attributions[0]?.speaker)
    assert.deepEqual([actor?.name, actor?.kind], ['Lee Min-jun', 'person'])
  })

  test('a person named in apposition speaks, not the body her description names: "according to Rita Kaur, an analyst at Vortex Energy"', () => {
    const text = 'Oil prices rose on Monday. "The market was caught off guard," according to Rita Kaur, an analyst at Vortex Energy.'
    const a = analyzeText(text)
    const actor = a.actors.find((y) => y.id === a.attributions.find((x) => x.kind === 'according-to')?.speaker)
    assert.deepEqual([actor?.name, actor?.kind, a.actors.find((y) => y.id === actor?.affiliation)?.name], ['Rita Kaur', 'person', 'Vortex Energy'])
    // A body named again in apposition is still the body.
    const body = 'The company, Vortex Energy, said prices would rise.'
    const b = analyzeText(body)
    assert.equal(b.actors.find((y) => y.id === b.attributions[0]?.speaker)?.kind, 'organisation')
  })

  test('"X was quoted by the news agency as saying": the one quoted speaks, not who quoted them', () => {
    for (const [text, source, speaker] of [
      ['Peter Grant was quoted by the state news agency as saying the border would stay closed.', 'Peter Grant', 'Peter Grant'],
      ['The minister, a former judge, was cited by state media as saying that talks would resume.', 'The minister, a former judge', 'minister'],
      ['Ann Lee was quoted in the Times as saying the plan was dead.', 'Ann Lee', 'Ann Lee'],
    ] as const) {
      const a = analyzeText(text)
      const x = a.attributions.find((y) => slice(text, y.cue).endsWith('as saying'))
      assert.equal(slice(text, x?.source), source, text)
      assert.match(slice(text, x?.cue), /^was (?:quoted|cited) (?:by|in) .* as saying$/u, text)
      assert.equal(a.actors.find((y) => y.id === x?.speaker)?.name.toLowerCase().replace(/^the /u, ''), speaker.toLowerCase(), text)
    }
  })

  test('"the agency quoted X as saying": X speaks', () => {
    for (const [text, source, speaker] of [
      ['The news agency Nordwire quoted Interior Minister Ola Brekke as saying the border would stay closed.', 'Interior Minister Ola Brekke', 'Ola Brekke'],
      ['Local radio quoted a senior official as saying the deal was close.', 'a senior official', 'senior official'],
    ] as const) {
      const a = analyzeText(text)
      const x = a.attributions.find((y) => slice(text, y.cue) === 'as saying')
      assert.equal(slice(text, x?.source), source, text)
      assert.equal(a.actors.find((y) => y.id === x?.speaker)?.name, speaker, text)
    }
  })

  test('"he" or "she" stays with the mentions\' reading after a misread cue, a question, or someone else in the same sentence', () => {
    const speakerOf = (text: string, words: string): string | undefined => {
      const a = analyzeText(text)
      const x = a.attributions.find((y) => text.slice(y.content.start, y.content.end).includes(words))
      return a.actors.find((y) => y.id === x?.speaker)?.name
    }
    // The one asked replies.
    assert.equal(speakerOf('The host Paul Grant asked Tom Reed whether he would run. "I have not decided," he said.', 'not decided'), 'Tom Reed')
    // A report inside the last one's sentence is no turn of its own.
    assert.equal(speakerOf('Lucy Hart said the plan, which critics say Ben Ford wrote, would fail. "It is a mess," she said.', 'is a mess'), 'Lucy Hart')
  })

  test('"I" and "we" outside quotations are the author; inside an unattributed quotation they stay unknown', () => {
    const a = analyzeText('I said the plan would fail. "I think so," he said. We now know the vote was rigged.')
    const speakers = a.attributions.map((x) => a.actors.find((y) => y.id === x.speaker) ?? x.speaker)
    assert.deepEqual(speakers.map((x) => (typeof x === 'string' ? x : `${x.name} (${x.kind})`)), ['the author (outlet)', UNKNOWN_SPEAKER, 'the author (outlet)'])
  })

  test('"I" in a transcript turn, a single-quoted quotation or an embedded post is no author; the author\'s words stay the outlet\'s voice', () => {
    const unknownI = [
      'Hannity interviewed Carter.\nHANNITY: What did you find?\nCARTER: I believe that is true.',
      'The mayor spoke.\n\nQ. Did you know about the plan?\n\nA. No. I think it was a mistake.',
      "Mayor Jones spoke. 'I think the plan will fail,' she said.",
      'Fans were angry. I think this is a disgrace — Sam Lee (@samlee) December 1, 2017',
    ]
    for (const text of unknownI) {
      const a = analyzeText(text)
      assert.notEqual(a.attributions.length, 0, `"${text}" has an attribution`)
      assert.deepEqual(a.actors.filter((y) => y.kind === 'outlet'), [], text)
    }
    const column = analyzeText('I think the library closure is a mistake.')
    assert.equal(column.actors.find((y) => y.id === column.attributions[0]?.speaker)?.name, 'the author')
    assert.deepEqual(column.outletVoice, [{ start: 0, end: column.article.text.length }], 'the author speaks in the outlet\'s voice')
  })

  test('a weak cue with no named source is not an attribution', () => {
    // "called" and "added" are too common in other senses to count without someone speaking.
    const a = analyzeText('The storm added to the damage.')
    assert.deepEqual(a.attributions, [])
    assert.deepEqual(a.outletVoice, [{ start: 0, end: a.article.text.length }])
  })

  test('acts and naming phrases are no cues: detained, centred on, suspected of, so-called, declared a state of emergency, asked not to be named, signed', () => {
    for (const text of ['Police detained four migrants suspected of smuggling.', 'The dispute centred on a proposal to cut fees.', 'The regime\'s so-called "reforms" have changed little.',
      'The governor declared a state of emergency on Monday after floods swept the region.', 'The president declared a three-day national day of mourning.',
      'Two nurses, who asked not to be named, were on duty.', 'The union signed the accords and posed for photographs.']) {
      assert.deepEqual(analyzeText(text).attributions, [], text)
    }
    // Learning, convicting, representing, returning a result; a passive judgement; a sample given; a thing that "tells you"; no reply to a request for comment.
    for (const text of ['Lidija Belic learned that her husband would be freed.', 'Three nationals convicted of crimes against the state were pardoned.',
      'The union, which represents about 6,000 employees, was not consulted.', 'The 26-year-old returned an adverse finding in March.',
      'Marsden had been regarded as a medal contender.', 'A sample she gave on 12 March was found to contain trenbolone.',
      'Her coach did not respond to a request for comment.', 'Shares closed at $50. That gap tells you the market doubts the deal.']) {
      assert.deepEqual(analyzeText(text).attributions.map((x) => slice(text, x.cue)), [], text)
    }
    const claim = analyzeText('The general declared the war over on Friday.').attributions[0]
    assert.equal(claim?.cue.start, 12, 'a declaration that something is so still reports')
  })

  test('a question put to the speaker, a legal charge, a citation, a phone call and a criticised subject report nothing', () => {
    const reads = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
    assert.deepEqual(reads('Asked about the delays, the mayor said: "We are working on it."'), ['the mayor | said | We are working on it.'])
    assert.deepEqual(reads('When asked whether he would resign, Tom Hale said he had done nothing wrong.'), ['Tom Hale | said | he had done nothing wrong'])
    // A paragraph opening "Asked" (after a line break token) is a question put too.
    assert.deepEqual(reads('Ana Belic said she was happy.\n\nAsked whether Talmeria had paid, she said she did not know.').map((x) => x.split(' | ')[1]), ['said', 'said'])
    assert.deepEqual(reads('Reporters asked the mayor whether the bridge was safe.').map((x) => x.split(' | ')[1]), ['asked'], 'an asker still reports')
    for (const text of ['Prosecutors charged two bank clerks on Wednesday.', 'The club charged a large fee.', 'He was released after questioning, but the message was clear.',
      'The senator drew criticism for his remarks.', 'A fraudster called her.', 'A nurse, asking that her name not be used, was on duty.']) {
      assert.deepEqual(reads(text), [], text)
    }
    assert.deepEqual(reads('Critics charged that the plan was unfair.').map((x) => x.split(' | ')[0]), ['Critics'])
    // A noun the tagger took without its "drew"/"faced" still reports what the charge says.
    assert.deepEqual(reads('The senator faced accusations that he lied.').map((x) => x.split(' | ')[2]), ['that he lied'])
    // A quantifier ranging over the source names no one: "nobody from", "no one at", "none of".
    for (const text of ['Nobody from the ministry ever apologised to the families.', 'No one at the embassy commented on the arrests.', 'None of the officials said the vote was rigged.']) {
      assert.deepEqual(reads(text), [], text)
    }
    // The accused are not the ones who say it.
    assert.ok(reads('Two bank clerks have been charged with selling data.').every((x) => x.startsWith('- |')))
  })

  test('the subject speaks across a citing aside, a participle or an anonymity clause; an anonymous official is no institution on the record; a later clause\'s subject is no source', () => {
    const speakers = (text: string): string[] => {
      const a = analyzeText(text)
      return a.attributions.map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker} | ${slice(text, x.source)} | ${slice(text, x.cue)}`)
    }
    // "citing" is a cue of its own, as PolNeAR marks it.
    assert.deepEqual(speakers('Local newspaper Kent Daily, citing police sources, put the number of injured at 12.'), ['Kent Daily | Local newspaper Kent Daily | citing', 'Kent Daily | Local newspaper Kent Daily | put'])
    assert.deepEqual(speakers('Farmers interviewed by phone described flooded fields.').map((x) => x.split(' | ')[1]), ['Farmers interviewed by phone'])
    assert.deepEqual(speakers('A senior official at the Finance Ministry, who spoke on condition of anonymity, said the budget would be cut.').map((x) => x.split(' | ')[0]), ['senior official at the Finance Ministry'])
    assert.deepEqual(speakers('A Dutch security official, speaking on condition of anonymity, said the depot stored explosives.').map((x) => x.split(' | ')[1]), ['A Dutch security official'])
    assert.ok(speakers('Anna Berg learned that her data had been stolen when a fraudster phoned her.').every((x) => !x.includes('fraudster')))
  })

  test('a source read inside the first predicate stands for the subject when the cue opens a second one ("… after he won and said")', () => {
    const subjectFor = (text: string, inner: string, cue: string): string => {
      const seg = segmentText(text)
      const at = (words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
      return slice(text, participleSubject(text, seg, indexMentions(findMentions(text, seg).mentions), at(inner), seg.sentences[0]!, at(cue)))
    }
    assert.equal(subjectFor('Senator Ana Ruiz embraced the governor after he won, saying the race was over.', 'he', 'saying'), 'Senator Ana Ruiz')
    assert.equal(subjectFor('Senator Ana Ruiz embraced the governor on Monday and said the race was over.', 'the governor', 'said'), 'Senator Ana Ruiz')
    // A clause of time that opens the sentence holds no subject of the main clause's predicates.
    assert.equal(subjectFor('As Mayor Ana Ruiz spoke, the union leaders walked out, saying the talks were over.', 'Mayor Ana Ruiz', 'saying'), 'the union leaders')
    // A source read after the cue is part of what it reports: the subject comes before.
    assert.equal(subjectFor('Senator Ana Ruiz argued that voters were angry, but suggested the governor went too far.', 'the governor went too far', 'suggested'), 'Senator Ana Ruiz')
    // A clause joined after the source with its own subject holds the predicate the cue goes on.
    assert.equal(subjectFor('Tenants say the rents are too high, and the Housing Rights League has sued the landlord, saying the leases are void.', 'Tenants', 'saying'), 'the Housing Rights League')
    // An aside in commas may stand between the subject and its first predicate.
    assert.equal(subjectFor('Senate Democrats, angry at the long delay, seized the floor from Republicans on Monday and said they would stay.', 'Republicans', 'said'), 'Senate Democrats')
    // "after he won and said": "and" joins the subordinate clause's predicate, whose subject speaks.
    assert.equal(subjectFor('Voters rejected the plan after the governor vetoed it and warned of cuts.', 'the governor', 'warned'), 'the governor')
    // "that" opens a reported clause with its own subject.
    assert.equal(subjectFor('Senator Ana Ruiz said that the governor won and promised new pumps.', 'the governor', 'promised'), '-')
  })

  test('a source read inside a "speaking on condition of anonymity" aside stands for the subject before it', () => {
    const text = 'But staff at the depot, speaking on condition of anonymity, say the check was brief.'
    const seg = segmentText(text)
    const source = { start: text.indexOf('condition'), end: text.indexOf(', say') }
    const subject = relativeSubject(text, seg, source, seg.sentences[0]!, text.indexOf('say the'))
    assert.equal(slice(text, subject), 'staff at the depot')
  })

  test('"it" reports for the last organisation or body that was a subject before it, never a person; an empty "it" or a thing as subject leaves it unknown', () => {
    const speakers = (text: string): string[] => {
      const a = analyzeText(text)
      return a.attributions.filter((x) => /^it$/iu.test(slice(text, x.source))).map((x) => a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker)
    }
    assert.deepEqual(speakers('The tax office fined the retailer on Tuesday. It said the company had ignored warnings for months.'), ['tax office'])
    assert.deepEqual(speakers('The tax office fined Skyways Airlines over a breach that it said had exposed passengers.'), ['tax office'])
    assert.deepEqual(speakers('Lena Holm met the board of Skyways Airlines on Monday. It said the talks had gone well.'), [UNKNOWN_SPEAKER])
    // No subject found ("plans" read as a noun): the one organisation the sentence before names, not what "it" reports.
    assert.deepEqual(speakers('Orvex Motors plans cuts. Quarterly profit dropped by 38%, it said in a filing.'), ['Orvex Motors'])
    assert.deepEqual(speakers('Lena Holm, the mayor, said the bridge was safe. The new bridge opened in May. It says a lot about the town.'), [UNKNOWN_SPEAKER])
    // "It seems" names no one: no source at all.
    assert.deepEqual(speakers('Skyways Airlines said fares would rise. Lena Holm agreed. It seems that the fares will rise.'), [])
  })

  test('a sentence-opening noun phrase and its apposition are one source; a body named "called X" speaks; a number\'s comma does not end an aside', () => {
    const speakers = (text: string): string[] => {
      const a = analyzeText(text)
      return a.attributions.map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker} | ${slice(text, x.source)}`)
    }
    assert.deepEqual(speakers('The organisers, a network of student unions called Aula Libre, said 9,000 people marched.'), ['Aula Libre | The organisers, a network of student unions called Aula Libre'])
    assert.match(speakers('The organisers, a network of student unions, said 9,000 people marched.')[0] ?? '', /^organisers \| The organisers/u)
    assert.deepEqual(speakers('The union, which represents 4,000 nurses, said the strike would go ahead.'), ['union | The union'])
    // Past a participle's phrase that opens the sentence: the subject, not its apposition, speaks.
    assert.deepEqual(speakers('Speaking to reporters, the minister, a veteran of three cabinets, said the plan would fail.'), ['the minister | the minister, a veteran of three cabinets'])
  })

  test('"speaks for the coalition" is a role and a quantifier ("nobody", "everyone") no speaker: neither reports', () => {
    const cues = (text: string): string[] => analyzeText(text).attributions.map((x) => slice(text, x.cue))
    assert.deepEqual(cues('Ana Berg, who speaks for the coalition, denied that it had links to violent groups.'), ['denied'])
    assert.deepEqual(cues('Meanwhile, nobody asks why the council did nothing when it had the chance.'), [])
    assert.deepEqual(cues('Everyone knows that rents this high will hurt families.'), [])
  })

  test('a cue in a relative clause on "anyone" or "every X" sets a condition, no one reports: "Every citizen who cares about democracy should be alarmed"', () => {
    const cues = (text: string): string[] => analyzeText(text).attributions.map((x) => slice(text, x.cue))
    assert.deepEqual(cues('Every citizen who cares about democracy should be alarmed.'), [])
    assert.deepEqual(cues('Anyone who cares about the river can attend the meeting.'), [])
    // The verb of the main clause still reports.
    assert.deepEqual(cues('Every analyst who spoke to the paper said the plan would fail.'), ['said'])
  })

  test('a decision still to be made by a deadline reports nothing: "has ten days to decide whether"', () => {
    const cues = (text: string): string[] => analyzeText(text).attributions.map((x) => slice(text, x.cue))
    assert.deepEqual(cues('The Constitutional Court now has ten days to decide whether it is a court or a rubber stamp.'), [])
    assert.deepEqual(cues('Voters have two weeks to decide who should lead the party.'), [])
    assert.deepEqual(cues('The council decided that the road would close.'), ['decided'])
  })

  test('an appointment (a meeting, or a naming to a post) reports nothing', () => {
    const cues = (text: string): string[] => analyzeText(text).attributions.map((x) => slice(text, x.cue))
    assert.deepEqual(cues('Ask anyone waiting for a GP appointment whether they agree.'), [])
    assert.deepEqual(cues('Critics say the appointment was political.'), ['say'])
  })

  test('a content that opens a quotation inside it ends with its closing mark: said the evidence was “overwhelming”', () => {
    const contents = (text: string): string[] => analyzeText(text).attributions.map((x) => slice(text, x.content))
    assert.deepEqual(contents('In its ruling, the court said the evidence against him was “overwhelming”. Prosecutors were not available.'), ['the evidence against him was “overwhelming”'])
    assert.deepEqual(contents('The judge, Hugh Lind, called it "a book of enormous moral seriousness". The author was not there.'), ['it "a book of enormous moral seriousness"'])
    // A quotation that is the whole content keeps its marks outside it.
    assert.deepEqual(contents('"We were patient," said Tess Varley.'), ['We were patient'])
  })

  test('a quotation that ends its sentence before "She added that …" is no first part of that report', () => {
    const text = '"It\'s a remarkable result," said Ines Koster. "But we need more observations." She added that the telescope was booked.'
    const added = analyzeText(text).attributions.find((x) => slice(text, x.cue) === 'added')
    assert.equal(slice(text, added?.content), 'that the telescope was booked')
    // "A," she said, "B.": one statement around its cue, in two parts.
    const split = '"We were patient," Tess Varley said, "and it paid off."'
    assert.deepEqual(analyzeText(split).attributions.map((x) => `${x.continues ? '+' : ''}${slice(split, x.content)}`), ['We were patient', '+and it paid off.'])
  })

  test('"at least" after a cue opens the figure, as "up to" does: no part of the cue', () => {
    const text = 'The storm made landfall late on Thursday, bringing winds of up to 180 km/h. Officials said at least 14 people had died.'
    const a = analyzeText(text).attributions.find((x) => slice(text, x.source) === 'Officials')
    assert.deepEqual([slice(text, a?.cue), slice(text, a?.content)], ['said', 'at least 14 people had died'])
  })

  test('a content the tagger stopped on a word that leaves its clause open ("fear | that") runs on to the clause\'s end', () => {
    const text = 'Inflation fell in May. "The direction is clear," said Sophie Lambert, an economist. But some policymakers fear that cutting too early could reignite price rises.'
    const a = analyzeText(text).attributions.find((x) => slice(text, x.cue) === 'fear')
    assert.equal(slice(text, a?.content), 'that cutting too early could reignite price rises')
  })

  test('"writing for the majority" set off as an aside is a judge\'s role, no report; the judge\'s "said" is', () => {
    const text = 'The Supreme Court on Friday struck down a law that allowed the detention of journalists. Chief Justice Rajan Mehta, writing for the majority, said the law "strikes at the heart of a free press".'
    assert.deepEqual(analyzeText(text).attributions.filter((x) => x.source && slice(text, x.source).includes('Mehta')).map((x) => slice(text, x.cue)), ['said'])
  })

  test('a relative clause set off by commas reports up to its closing comma, before the main verb ("who denies wrongdoing, plans to appeal")', () => {
    const contents = (text: string): string[] => analyzeText(text).attributions.filter((x) => slice(text, x.cue) === 'denies').map((x) => slice(text, x.content))
    assert.deepEqual(contents('Maudit, who denies wrongdoing, plans to appeal, his lawyer said.'), ['wrongdoing'])
    assert.deepEqual(contents('The minister, who denies the charges, faces a vote on Friday.'), ['the charges'])
  })

  test('a quotation right before "according to" is its content without the marks and comma', () => {
    const text = 'Oil prices rose on Monday. "The market was caught off guard," according to Rita Kaur, an analyst at Vortex Energy.'
    assert.deepEqual(analyzeText(text).attributions.map((x) => slice(text, x.content)), ['The market was caught off guard'])
  })

  test('a player who "impressed on his debut" performed well; no one reports', () => {
    const text = 'Real Sociedad\'s new signing, Yuki Tanaka, impressed on his debut.'
    assert.deepEqual(analyzeText(text).attributions.map((x) => slice(text, x.cue)), [])
  })

  test('", a charge X denies" is X\'s denial of the clause before the comma, or of the content of the report that clause is; ", a figure X has not confirmed" too', () => {
    const reports = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
    assert.ok(reports('Vandor accuses Meridia of arming the rebels, a charge the Meridian government denies.').includes('the Meridian government | denies | Meridia of arming the rebels'))
    assert.ok(reports('The mayor said the contract was rigged, a claim that the builder\'s lawyers strongly dispute.').includes('the builder\'s lawyers | strongly dispute | the contract was rigged'))
    assert.ok(reports('Local radio said the dam had cracked, a report the water board denies.').includes('the water board | denies | the dam had cracked'))
    const dismissed = reports('Armenia\'s defence ministry claimed that its troops had only responded to fire, a claim Baku dismissed as a lie.')
    assert.ok(dismissed.includes('Baku | dismissed | that its troops had only responded to fire'), dismissed.join('; '))
    // The clause is no report: the denial takes it whole.
    assert.ok(reports('The dam had cracked, a claim the water board denies.').includes('the water board | denies | The dam had cracked'))
    const unconfirmed = reports('The union claims around a dozen of its members were injured, a figure police have not confirmed.')
    assert.deepEqual(unconfirmed.sort(), ['The union | claims | around a dozen of its members were injured', 'police | have not confirmed | around a dozen of its members were injured'].sort())
  })

  test('in a headline a semicolon joins two headlines: a report ends there; in running text it may run on', () => {
    const contents = (text: string): string[] => analyzeText(text).attributions.map((x) => slice(text, x.content))
    assert.deepEqual(contents('Delacroix re-elected as commission confirms victory; violent rioters clash with police'), ['victory'])
    assert.deepEqual(contents('The commission said the count was over; the results would follow on Monday.'), ['the count was over; the results would follow on Monday'])
  })

  test('"claims" read as a noun after the subject opening its clause reports its clause whole', () => {
    const reports = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
    assert.deepEqual(reports('The government claims that a dozen members were injured.'), ['The government | claims | that a dozen members were injured'])
    assert.deepEqual(reports('Russia claims it has taken the town.'), ['Russia | claims | it has taken the town'])
  })

  test('a figure\'s opening the tagger ran into the cue belongs to the content: "says around a dozen", "said at least 14"', () => {
    const reports = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.cue)} | ${slice(text, x.content)}`)
    assert.deepEqual(reports('The union says around a dozen of its members were injured.'), ['says | around a dozen of its members were injured'])
    assert.deepEqual(reports('Officials said at least 14 people died.'), ['said | at least 14 people died'])
  })

  test('"an estimated 5,000", "costing the economy an estimated €60 million": a participle of a figure after an article reports nothing', () => {
    assert.deepEqual(analyzeText('The blockade is costing the Dutch economy an estimated €60 million. An estimated 5,000 people marched.').attributions, [])
  })

  test('a headline ending "…, unions warn" reports its own clause, not the dateline under it', () => {
    const text = 'Fare rise will hurt commuters, unions warn\nPublished: 2026-05-08\nBy Ana Vidal\n\nThe company raised fares on Monday.'
    assert.deepEqual(analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.content)}`), ['unions | Fare rise will hurt commuters'])
  })

  test('a document\'s maker after "by" or "from" speaks, the outlet for "this newspaper"; a participle before "by" and the addressee of a passive "told" are no sources', () => {
    const speakers = (text: string): string[] => {
      const a = analyzeText(text)
      return a.attributions.map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker} (${a.actors.find((y) => y.id === x.speaker)?.kind ?? '-'}) | ${slice(text, x.source)}`)
    }
    assert.deepEqual(speakers('Ten houses had no permits, according to a survey by the Guild of Civil Surveyors.'), ['Guild of Civil Surveyors (organisation) | a survey by the Guild of Civil Surveyors'])
    assert.deepEqual(speakers('The boy was pulled from the river, according to footage broadcast by state television.'), ['state television (unnamed) | footage broadcast by state television'])
    assert.deepEqual(speakers('Prices rose 4 percent, according to data from the statistics office.'), ['statistics office (unnamed) | data from the statistics office'])
    assert.deepEqual(speakers('According to municipal records seen by this newspaper, ten houses had no permits.'), ['the author (outlet) | municipal records seen by this newspaper'])
    assert.deepEqual(speakers('After the flood, we were promised that the dam would be fixed. Residents were told that the water was safe.'), [`${UNKNOWN_SPEAKER} (-) | -`, `${UNKNOWN_SPEAKER} (-) | -`])
  })

  test('the addressees of a passive "told" the tagger cut from its auxiliary ("were only | told") are no speakers; a time phrase alone is no content', () => {
    const text = 'The tenants were only told about the leak on Friday, nine days later.'
    assert.ok(analyzeText(text).attributions.every((x) => !x.source || !slice(text, x.source).includes('tenants')), JSON.stringify(analyzeText(text).attributions))
    assert.deepEqual(analyzeText('The tenants were only told on Friday, nine days later.').attributions, [])
    assert.deepEqual(analyzeText('Hale refused to comment on Sunday night.').attributions, [])
  })

  test('"told reporters on Sunday": an addressee with only time and place phrases after it is no content; with words reported it stays', () => {
    const rows = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
    for (const text of ['Kast told reporters on Sunday.', 'The minister told reporters on Sunday after the meeting.', 'She told him in Brussels last week.', 'The mayor warned residents on Friday night.']) assert.deepEqual(rows(text), [], text)
    assert.deepEqual(rows('"We will appeal," Kast told reporters on Sunday.'), ['Kast | told | We will appeal'])
    assert.ok(rows('The minister told reporters on Sunday he would appeal.').some((r) => r.endsWith('| he would appeal')), rows('The minister told reporters on Sunday he would appeal.').join(' ; '))
  })

  test('a content stops at its paragraph, leaves out a dateline, and is never just the subject of its verb', () => {
    const contents = (text: string): string[] => analyzeText(text).attributions.map((x) => text.slice(x.content.start, x.content.end))
    const kyiv = contents('KYIV, Ukraine — Russian drones struck the capital overnight, officials said.')
    assert.ok(kyiv.includes('Russian drones struck the capital overnight') && kyiv.every((c) => !c.includes('KYIV')), kyiv.join(' | '))
    const grant = contents('Sen. Lisa Grant accused the opposition of having "no plan at all".\n\n"What about the thousands of families who are waiting?" she asked.')
    assert.ok(grant.every((c) => !c.includes('\n')), grant.join(' | '))
    assert.ok(grant.includes('What about the thousands of families who are waiting'), grant.join(' | '))
    assert.deepEqual(contents('John Smith said he had met Ana Garcia. Garcia was pleased.'), ['he had met Ana Garcia'])
  })

  test('where a statement was made belongs to the cue: a nightly video address, a televised speech, an interview with an outlet, a post on X', () => {
    const reads = (text: string): string[] => {
      const a = analyzeText(text)
      const name = (id: string): string => a.actors.find((x) => x.id === id)?.name ?? id
      return a.attributions.map((x) => `${name(x.speaker)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
    }
    assert.deepEqual(reads('Ukrainian President Volodymyr Zelenskiy said in his nightly video address that Ukraine needed the weapons.'),
      ['Volodymyr Zelenskiy | said in his nightly video address | that Ukraine needed the weapons'])
    assert.deepEqual(reads('The president said in a televised speech that the country would not surrender.').map((x) => x.split(' | ')[1]), ['said in a televised speech'])
    assert.deepEqual(reads('Mayor Ann Smith said in an interview with the BBC that she would resign.').map((x) => x.split(' | ')[1]), ['said in an interview with the BBC'])
    assert.deepEqual(reads('Senator Tom Hale said in a post on X that the bill was dead.').map((x) => x.split(' | ')[1]), ['said in a post on X'])
  })

  test('a content ends with its sentence and before the outlet\'s own clause; a modal clause and a quotation stay whole', () => {
    const contents = (text: string): string[] => analyzeText(text).attributions.map((x) => slice(text, x.content))
    assert.deepEqual(contents('Gov. Maria Alvarez spoke about the law.\n\nCritics say that\'s unrealistic. What do you say to them?'), ['the law', 'that\'s unrealistic'])
    assert.deepEqual(contents('The minister said the talks would resume next week, while protesters gathered outside the building.'), ['the talks would resume next week'])
    assert.deepEqual(contents('The army said it had repelled the attack, a day after the village was shelled.'), ['it had repelled the attack'])
    assert.deepEqual(contents('The ministry said the border would reopen, days after clashes killed four soldiers.'), ['the border would reopen'])
    assert.deepEqual(contents('He said prices would rise, while wages would fall.'), ['prices would rise, while wages would fall'])
    assert.deepEqual(contents('"We will not give up, as long as we have weapons," the commander said.'), ['We will not give up, as long as we have weapons'])
  })

  test('the addressee of "urged … to", "asked … to" is part of the content, not of the cue', () => {
    const reads = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.cue)} | ${slice(text, x.content)}`)
    assert.deepEqual(reads('Officials urged residents near the Taquari River to evacuate immediately.'), ['urged | residents near the Taquari River to evacuate immediately'])
    assert.deepEqual(reads('The mayor asked residents to stay indoors.'), ['asked | residents to stay indoors'])
    assert.deepEqual(reads('The spokesman told reporters at a briefing that no decision had been made.'), ['told | that no decision had been made'])
  })

  test('a headline signed with a source after a dash is that source\'s report, the dash its cue; an outlet after the dash is no source', () => {
    const text = 'Belstan Troops Fired First, Killing Four – Defence Minister\n\nDefence Minister Ana Rusu said on Monday that the border was calm.'
    const a = analyzeText(text)
    const headline = a.attributions.filter((x) => x.content.start < text.indexOf('\n'))
    assert.deepEqual(headline.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`), ['Defence Minister | – | Belstan Troops Fired First, Killing Four'])
    // The role is the person the body names in it.
    assert.equal(a.actors.find((y) => y.id === headline[0]?.speaker)?.name, 'Ana Rusu')
    const rates = 'Rates will stay high for longer – central bank chief\n\nThe bank met on Monday.'
    assert.deepEqual(analyzeText(rates).attributions.map((x) => `${slice(rates, x.source)} | ${slice(rates, x.cue)} | ${slice(rates, x.content)}`), ['central bank chief | – | Rates will stay high for longer'])
    for (const outlet of ['Storm Batters Coast – BBC News', 'Storm Batters Coast | Reuters', 'Storm batters coast - The Guardian', 'Storm Batters Coast – Opposition Leader Slams Minister']) {
      const body = `${outlet}\n\nThe storm hit the coast on Monday.`
      assert.deepEqual(analyzeText(body).attributions.filter((x) => x.content.start < outlet.length), [], outlet)
    }
  })

  test('a headline is read as a sentence: its reporting verb is the cue, the rest the content', () => {
    const text = 'Russia Warns West Over Missile Deliveries To Ukraine\n\nRussia warned on Monday that missiles would escalate the war.'
    const headline = analyzeText(text).attributions.find((x) => x.cue.start < text.indexOf('\n'))
    assert.equal(`${slice(text, headline?.source)} | ${slice(text, headline?.cue)} | ${slice(text, headline?.content)}`, 'Russia | Warns | West Over Missile Deliveries To Ukraine')
  })

  test('a short quote with no cue and no earlier speaker stays in the outlet voice', () => {
    const a = analyzeText('The sign read "closed for repairs" all week.')
    assert.deepEqual(a.attributions, [])
  })

  test('attributions are sorted by content start', () => {
    const a = analyzeText(readCase('continued-quote'))
    const starts = a.attributions.map((x) => x.content.start)
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y))
  })

  test('findAttributions reads only its layers and gives the same as the pipeline', () => {
    const text = readCase('document-source')
    const seg = segmentText(text)
    const layer = findAttributions(text, seg, findMentions(text, seg))
    const a = analyzeText(text)
    assert.deepEqual(layer.attributions, a.attributions)
    assert.deepEqual(layer.outletVoice, a.outletVoice)
  })

  test('the stage requires segments and mentions', () => {
    assert.equal(attributionStage.name, 'attribution')
    assert.deepEqual(attributionStage.requires, ['segments', 'mentions'])
    assert.equal(attributionStage.assigns, 'attributions')
  })
})

describe('attribution: complement', () => {
  test('returns the uncovered parts, trimmed of white space and commas at the start', () => {
    const text = 'aa bb, cc dd ee'
    assert.deepEqual(complement(text, [{ start: 3, end: 5 }]), [{ start: 0, end: 2 }, { start: 7, end: 15 }])
  })

  test('overlapping and unsorted spans are merged', () => {
    const text = '0123456789'
    assert.deepEqual(complement(text, [{ start: 6, end: 8 }, { start: 2, end: 5 }, { start: 4, end: 7 }]), [{ start: 0, end: 2 }, { start: 8, end: 10 }])
  })

  test('no spans: the whole text; whole text covered or empty text: nothing', () => {
    assert.deepEqual(complement(' text ', []), [{ start: 1, end: 5 }])
    assert.deepEqual(complement('text', [{ start: 0, end: 4 }]), [])
    assert.deepEqual(complement('', []), [])
  })
})

describe('attribution: first-person sources', () => {
  const text = '"And I think the critics have it upside down," Weaver said. I think so too.'
  const at = (s: string, from = 0): Span => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length })
  const outer = { kind: 'direct' as const, speaker: 'm1', source: at('Weaver'), cue: at('said'), content: at('And I think the critics have it upside down') }
  const nested = { kind: 'belief' as const, speaker: UNKNOWN_SPEAKER, source: at('I'), cue: at('think'), content: at('the critics have it upside down') }
  const outside = { kind: 'belief' as const, speaker: UNKNOWN_SPEAKER, source: at('I', 60), cue: at('think', 60), content: at('so too') }

  test('"I" reporting inside a speaker\'s words is that speaker; outside them it stays unknown', () => {
    const [, inner, alone] = firstPersonSpeakers(text, [outer, nested, outside])
    assert.equal(inner?.speaker, 'm1')
    assert.equal(alone?.speaker, UNKNOWN_SPEAKER)
  })
})

describe('attribution: wire leads', () => {
  test('"X happened, SOURCE said on DAY, as/while/-ing Y": the report is the lead, the trailing clause is the outlet\'s', () => {
    const leads = [
      ['Nine people were killed when a bus overturned late on Monday, the fire service said on Tuesday, as crews searched the ravine.', 'Nine people were killed when a bus overturned late on Monday'],
      ['The talks have collapsed, a senior diplomat said on Monday, while both sides traded blame.', 'The talks have collapsed'],
      ['At least 147 people have died in the heatwave, health officials said on Sunday, as rolling power cuts left hospitals without air conditioning.', 'At least 147 people have died in the heatwave'],
      ['The governor has won a second term, the election board announced on Sunday, ending a tense count.', 'The governor has won a second term'],
      ['Five people died in the fire, police said, as firefighters searched the building.', 'Five people died in the fire'],
    ]
    for (const [text, lead] of leads) assert.deepEqual(analyzeText(text!).attributions.map((a) => text!.slice(a.content.start, a.content.end)), [lead], text)
  })
})

describe('attribution: a subject with an age and a relative clause', () => {
  test('"Name, 67, who …, said/called for": the speaker is the name, not "who"', () => {
    const text = 'President Joseph Mwale won the vote. Mwale, 67, who is seeking a second term, called for calm on Monday. The opposition leader Grace Banda rejected the result. Banda, 52, who leads the alliance, said the count was rigged.'
    const a = analyzeText(text)
    const spoken = (words: string): string | undefined => {
      const x = a.attributions.find((y) => text.slice(y.content.start, y.content.end) === words)
      return `${a.actors.find((y) => y.id === x?.speaker)?.name} | ${slice(text, x?.source)}`
    }
    assert.equal(spoken('calm'), 'Joseph Mwale | Mwale')
    assert.equal(spoken('the count was rigged'), 'Grace Banda | Banda')
  })
})

describe('attribution: a quoted term in a postposed source\'s description', () => {
  test('`"A," said X, who kept her "buy" rating. "B."`: both quotations are X\'s', () => {
    const text = '"Demand has peaked," said Lena Ortiz, an analyst at Halden, who kept her "hold" rating on the shares. "The drug is a mature product. The question is Asia."'
    const a = analyzeText(text)
    const ortiz = a.actors.find((x) => x.name === 'Lena Ortiz')?.id
    const by = (words: string): string | undefined => a.attributions.find((x) => text.slice(x.content.start, x.content.end).startsWith(words))?.speaker
    assert.equal(by('Demand has peaked'), ortiz)
    assert.equal(by('The drug is a mature product'), ortiz)
  })
})

describe('attribution: reporting verbs in other senses', () => {
  const cues = (text: string): string[] => analyzeText(text).attributions.map((x) => slice(text, x.cue))

  test('denying access, recalling products or envoys and seeking office report nothing; denying and recalling a statement still do', () => {
    assert.deepEqual(cues('Reporters had been denied access to the court, the union said.'), ['said'])
    assert.deepEqual(cues('The border guards denied the families entry for three days.'), [])
    assert.deepEqual(cues('Carmakers in Japan recalled 40,000 vehicles in March.'), [])
    assert.deepEqual(cues('Tarovia recalled its ambassador on Friday.'), [])
    assert.deepEqual(cues('Harlan, 58, who is seeking a third term, called for calm on Monday.'), ['called for'])
    assert.deepEqual(cues('The company denied that it had hidden the data.'), ['denied'])
    assert.deepEqual(cues('Ms Ostrova recalled that the meeting had been tense.'), ['recalled'])
    assert.deepEqual(cues('"It was a mistake," recalled Tom Reyes, then ambassador to Chile.'), ['recalled'])
  })

  test('"it should be noted", a cue of time words and a participle after a quoted noun are the outlet\'s own words', () => {
    assert.deepEqual(cues('Several lawmakers, it must be said, have tried to stall the bill.'), [])
    assert.deepEqual(cues('It is worth noting that the mayor has tried this before.'), [])
    assert.deepEqual(cues('The so-called "inquiry" announced by the mayor is already a farce.'), [])
    assert.deepEqual(cues('The so-called "review" ordered by the minister is a whitewash.'), [])
    const sense = (text: string, cue: string): boolean => isOtherSense(text, { start: text.indexOf(cue), end: text.indexOf(cue) + cue.length })
    assert.ok(sense('In a brief note earlier today the firm said', 'earlier today'))
    assert.ok(!sense('The firm said on Monday that it would appeal', 'said on Monday'))
  })

  test('a participle of doubt before a noun ("two suspected smugglers", "the alleged victim") describes people, no belief', () => {
    const sense = (text: string, cue: string): boolean => isOtherSense(text, { start: text.indexOf(cue), end: text.indexOf(cue) + cue.length })
    assert.ok(sense('Police arrested two suspected smugglers on Thursday.', 'suspected'))
    assert.ok(sense('The alleged victim spoke to reporters.', 'alleged'))
    assert.ok(!sense('People suspected that Murphy was behind it.', 'suspected'))
    assert.ok(!sense('Police suspected smugglers of running the boat.', 'suspected'))
  })

  test('a content read beyond a contrast after the cue is another clause\'s: no report', () => {
    const text = 'The minister boasts of a record budget, but the state wasted more than that on a failed hospital IT system.'
    assert.ok(!analyzeText(text).attributions.some((a) => text.slice(a.content.start, a.content.end).includes('hospital')))
  })

  test('"According to X, the union had written to the firm": one report, by X; the act reported is no report of its own', () => {
    const text = 'According to Ana Ruiz, the union had written to the developer three times since April.'
    assert.deepEqual(analyzeText(text).attributions.map((a) => text.slice(a.cue.start, a.cue.end)), ['According to'])
  })

  test('an aside between a cue and "that" is no part of the content: "announced, with the smugness of a man who …, that he had won"', () => {
    const text = 'Ana Ruiz announced, with the smugness of a man who has never lost, that she had won the vote.'
    const [a] = analyzeText(text).attributions
    assert.equal(text.slice(a!.content.start, a!.content.end), 'that she had won the vote')
  })

  test('a person speaks, not the body named after a role in apposition: "said Ana Ruiz, spokeswoman for the fans\' group Les Amis du Port"', () => {
    const result = analyzeText('"The gate was shut," said Ana Ruiz, spokeswoman for the fans\' group Les Amis du Port.')
    const speaker = result.actors.find((a) => a.id === result.attributions[0]!.speaker)
    assert.equal(speaker?.name, 'Ana Ruiz')
  })

  test('a plural\'s possessive and "and" inside a capitalised name keep a speaker: "French farmers\' groups", "the Health and Safety Executive"', () => {
    const speakerName = (text: string): string | undefined => {
      const result = analyzeText(text)
      return result.actors.find((a) => a.id === result.attributions[0]?.speaker)?.name
    }
    assert.equal(speakerName('French farmers\' groups warned that the tariffs would hurt exports.'), 'French farmers\' groups')
    assert.equal(speakerName('The Health and Safety Executive said on Thursday that it had opened an investigation.'), 'Health and Safety Executive')
  })

  test('an economist at a think tank, in a relative clause\'s aside, is the source, not the tank', () => {
    const text = 'An economist at a Brussels think tank, who requested anonymity, estimated the cost at 3 billion euros.'
    const [a] = analyzeText(text).attributions
    assert.equal(text.slice(a!.source!.start, a!.source!.end), 'An economist at a Brussels think tank')
  })

  test('a content goes on through a reported clause joined by "and that": \'said this was "a flat lie" and that videos showed …\'', () => {
    const text = 'Ana Ruiz said this was "a flat lie" and that videos posted online showed the gate closed at 7.50pm.'
    const said = analyzeText(text).attributions.find((a) => text.slice(a.cue.start, a.cue.end) === 'said')!
    assert.equal(text.slice(said.content.start, said.content.end), 'this was "a flat lie" and that videos posted online showed the gate closed at 7.50pm')
  })

  test('a content read beyond ", and" after the cue is the next clause\'s: no report', () => {
    const text = 'Leave out the 2 percent that nurses were already promised, and the rise shrinks to 4 percent.'
    assert.ok(!analyzeText(text).attributions.some((a) => text.slice(a.content.start, a.content.end).includes('shrinks')))
  })

  test('"as X rightly pointed out" closing a sentence: X speaks, the adverb is no part of the source', () => {
    const one = (text: string): string[] => analyzeText(text).attributions.map((a) => [a.source, a.content].map((x) => (x ? text.slice(x.start, x.end) : '-')).join(' | '))
    assert.deepEqual(one('The offer shrinks to a miserly 4 percent, as union chief Ana Ruiz rightly pointed out.'), ['union chief Ana Ruiz | The offer shrinks to a miserly 4 percent'])
    assert.deepEqual(one('The offer was small, as Ana Ruiz rightly said.'), ['Ana Ruiz | The offer was small'])
  })

  test('staging a protest and walking out are acts, not reports, whatever words the cue takes with it', () => {
    const sense = (text: string, cue: string): boolean => isOtherSense(text, { start: text.indexOf(cue), end: text.indexOf(cue) + cue.length })
    assert.ok(sense('The law passed after opposition deputies staged a boycott of the vote.', 'opposition deputies staged'))
    assert.ok(sense('Union members stage a protest outside the ministry every week.', 'stage'))
    assert.ok(sense('Opposition lawmakers walked out of the chamber in protest.', 'walked out of'))
    assert.ok(sense('Delegates are walking out.', 'are walking out'))
    assert.ok(!sense('The minister said the opposition staged a boycott.', 'said'))
    assert.ok(!sense('She walked reporters through the figures.', 'walked'))
  })

  test('a toll confirmed, a demeanour shown, an event observed, evidence heard and a topic disclaimed report nothing', () => {
    const sense = (text: string, cue: string): boolean => isOtherSense(text, { start: text.indexOf(cue), end: text.indexOf(cue) + cue.length })
    assert.ok(sense('Three hikers have been confirmed dead after the storm.', 'have been confirmed'))
    assert.ok(sense('Four workers are now confirmed dead after the tower fell.', 'are now confirmed'))
    assert.ok(sense('The firm did not respond to our questions about the documents.', 'questions about'))
    assert.ok(sense('The carmaker finally recalled its dangerous Stratus SUVs on Monday.', 'recalled'))
    assert.ok(sense('The driver showed no emotion as the verdict was read.', 'showed no emotion'))
    assert.ok(sense('The driver showed little remorse in court.', 'showed'))
    assert.ok(sense('Envoys from states that observed the negotiations left early.', 'that observed'))
    assert.ok(sense('The crowd observed a minute\'s silence.', 'observed'))
    assert.ok(sense('The jury heard distressing evidence over two weeks.', 'heard'))
    assert.ok(sense('"It burns faster," said a forester, who was not speaking about this blaze.', 'was not speaking about'))
    assert.ok(!sense('The ministry confirmed that three hikers had died.', 'confirmed'))
    assert.ok(!sense('The figures showed that prices rose.', 'showed'))
    assert.ok(!sense('"It is odd," she observed.', 'observed'))
    assert.ok(!sense('The jury heard evidence that the driver was drunk.', 'heard'))
    assert.ok(!sense('The mayor was speaking about the budget.', 'was speaking about'))
  })

  test('a plea of guilty or not guilty is a legal act, no report: "pleaded guilty to fraud"; "pleaded with the court that" reports', () => {
    const cues = (text: string): string[] => analyzeText(text).attributions.map((x) => slice(text, x.cue))
    assert.deepEqual(cues('Former senator Dana Whitlow pleaded guilty on Tuesday to charges that she took bribes.'), [])
    assert.deepEqual(cues('He pleaded not guilty to two counts of fraud before Judge Ada Crane.'), [])
    assert.deepEqual(cues('His wife later pleads guilty to a charge of tax evasion.'), [])
    const sense = (text: string, cue: string): boolean => isOtherSense(text, { start: text.indexOf(cue), end: text.indexOf(cue) + cue.length })
    assert.ok(sense('The builder has pleaded no contest to the charge.', 'has pleaded'))
    assert.ok(sense('The builder has pleaded innocence to the charge.', 'has pleaded'))
    assert.ok(!sense('Her lawyer pleaded with the court that she was ill.', 'pleaded'))
  })

  test('"An earlier version of this story said" is the outlet\'s own superseded text, not an actor "version"', () => {
    const text = 'Correction: An earlier version of this article said the flood had covered 9,000 hectares.'
    const a = analyzeText(text)
    assert.deepEqual(a.attributions.map((x) => a.actors.find((y) => y.id === x.speaker)?.kind ?? x.speaker), ['outlet'])
  })

  test('"He was also ordered to pay": the subject of a passive order is its addressee, not its speaker', () => {
    const text = 'He was also ordered to pay the costs.'
    assert.deepEqual(analyzeText(text).attributions.map((x) => `${x.speaker} | ${slice(text, x.source)} | ${slice(text, x.cue)}`), [`${UNKNOWN_SPEAKER} | - | was also ordered`])
  })

  test('"Critics say X, and they are right": the writer\'s verdict is no part of what the critics say', () => {
    const text = 'Critics say the pattern is no accident, and they are right.'
    assert.equal(slice(text, analyzeText(text).attributions[0]?.content), 'the pattern is no accident')
  })

  test('a headline\'s "Varga Declared Winner" is no report of Varga\'s', () => {
    const text = 'Incumbent Varga Declared Winner as Opposition Seeks Recount\n\nThe commission said the count was over.'
    assert.deepEqual(analyzeText(text).attributions.map((x) => slice(text, x.cue)), ['said'])
  })

  test('an accusation ends with its charge: "accused the government of negligence yesterday as a wildfire burned" leaves the wildfire to the outlet', () => {
    const text = 'Critics accused the government of shocking negligence yesterday as a wildfire near Kavala burned for a third day. Rivals accused him of lying as the campaign entered its final week. She said prices rose as demand fell.'
    assert.deepEqual(analyzeText(text).attributions.map((x) => slice(text, x.content)), ['the government of shocking negligence', 'him of lying', 'prices rose as demand fell'])
  })

  test('a "she" with no one named is no group and no man described before: "Critics accused …", "A spokesman said …"', () => {
    const text = 'Critics accused the government of negligence. She said prices rose. A spokesman for the firm said it was sorry. He said staff were safe. She said more.'
    const a = analyzeText(text)
    const nameOf = (id: string): string => a.actors.find((x) => x.id === id)?.name ?? 'unknown'
    assert.deepEqual(a.attributions.map((x) => `${slice(text, x.source)} | ${nameOf(x.speaker)}`), ['Critics | critics', 'She | unknown', 'A spokesman for the firm | spokesman', 'He | spokesman', 'She | unknown'])
  })

  test('a content before its source that the tagger starts inside a relative aside takes the whole clause: "The research, which tracked 1.1 million women, suggested …, critics said"', () => {
    const text = 'The Swedish research, which tracked 1.1 million women, suggested a glass a day lifts breast cancer risk by just 9 per cent, critics said.'
    assert.deepEqual(analyzeText(text).attributions.filter((x) => slice(text, x.cue) === 'said').map((x) => slice(text, x.content)), ['The Swedish research, which tracked 1.1 million women, suggested a glass a day lifts breast cancer risk by just 9 per cent'])
  })

  test('a headline\'s bare participle, "Government blamed as fire rages", is said of its subject, not by it; "Critics blamed the government" reports', () => {
    const text = 'Greek government blamed as deadly fire rages for third day\n\nMinister accused over hospital delays\n\nCritics blamed the government for the delays.'
    assert.deepEqual(analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)}`), ['Critics | blamed'])
  })

  test('"X was declared the winner": X is named by someone unnamed, not the speaker', () => {
    const text = 'Governor Lena Okafor was declared the winner with 54 percent.'
    const a = analyzeText(text)
    assert.deepEqual(a.attributions.map((x) => `${x.speaker} | ${slice(text, x.source)} | ${slice(text, x.cue)}`), [`${UNKNOWN_SPEAKER} | - | was declared`])
  })
})

describe('attribution: a content around an aside or before a clause of time', () => {
  const reports = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.cue)} | ${slice(text, x.content)}`)

  test('a content ending a sentence stops before a quotation that is another report ("X." "Y," she said), and runs on into one that is not', () => {
    assert.deepEqual(reports('The mayor said the plan was "dead on arrival." "We will fight it," she said.'), ['said | the plan was "dead on arrival."', 'said | We will fight it'])
    assert.deepEqual(reports('The mayor said the plan was dead. "We will fight it. We will win."'), ['said | the plan was dead. "We will fight it. We will win."'])
  })

  test('"said the tally, compiled from X, showed Y", "says its candidate, NAME, won": the content is the whole clause, with no cue of its own inside', () => {
    assert.deepEqual(reports("Its treasurer, Olu Danjuma, said the party's own count, drawn from signed tally sheets, showed Okafor ahead by 4 points."),
      ["said | the party's own count, drawn from signed tally sheets, showed Okafor ahead by 4 points"])
    assert.deepEqual(reports('The vote was close; the alliance says its candidate, Ruth Amadi, won.'), ['says | its candidate, Ruth Amadi, won'])
  })

  test('`"…," X said as she announced Y`, "Nine died, X said as he visited": the report is the lead, not the clause of time', () => {
    assert.deepEqual(reports('"The count was fair and open," board chairman Tomas Ilves said as he announced the result late on Sunday.')[0], 'said | The count was fair and open')
    assert.deepEqual(reports('Nine people died in the blast, the governor said as he visited the site.'), ['said | Nine people died in the blast'])
    // The occasion after the day of the report, and a description before the name, are not in the content.
    const occasion = reports('The rebels have agreed to withdraw by 24 February, the foreign minister, Jane Doe, announced on Thursday following talks in Vienna.').find((r) => r.startsWith('announced'))
    assert.equal(occasion?.split(' | ')[1], 'The rebels have agreed to withdraw by 24 February')
    // Whether the day joins the cue is a coin toss in PolNeAR ("said on <day>": 48 of 105); the content is what matters.
    assert.ok(reports('The rebels have agreed to withdraw by 24 February, the foreign minister said on Thursday following talks in Vienna.').some((r) => /^said( on Thursday)? \| The rebels have agreed to withdraw by 24 February$/.test(r)))
  })

  test('"…, the Minister of X of Y, NAME, announced on DAY following talks": the long description and the name are the source, the lead the content', () => {
    const text = 'The rebels have agreed to withdraw by 24 February, the Minister of Foreign Affairs of the Republic of Tarovia, Jane Doe, announced on Thursday following talks in Vienna.'
    const a = analyzeText(text)
    const announced = a.attributions.filter((x) => slice(text, x.cue) !== 'have agreed').map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
    assert.deepEqual(announced, ['the Minister of Foreign Affairs of the Republic of Tarovia, Jane Doe | announced | The rebels have agreed to withdraw by 24 February'])
  })

  test('"…, officials said, as police investigated whether …": an act in the outlet\'s clause is no cue; a report there is by the clause\'s subject', () => {
    assert.deepEqual(reports('Four houses burned down in the valley, officials said Monday, as police investigated whether the fire was deliberately lit.'), ['said | Four houses burned down in the valley'])
    const text = 'A man has died in the flood, police confirmed on Monday, as residents returned to their homes and demanded to know why the dam failed.'
    const demanded = analyzeText(text).attributions.find((x) => slice(text, x.cue) === 'demanded')
    assert.notEqual(slice(text, demanded?.source), 'police')
  })
})

describe('attribution: contents around a relative clause, an aside and a second verb', () => {
  const reports = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)

  test('"X says Y did Z, which W denies": W denies only what "which" stands for', () => {
    assert.ok(reports('Tarovia says rebel forces shelled a clinic in the village of Ostra, which Melvia denies.').includes('Melvia | denies | rebel forces shelled a clinic in the village of Ostra'))
  })

  test('a report inside a relative clause set off by commas: its source leaves out the pronoun, its content ends with the clause', () => {
    assert.ok(reports('The minister said the blast, which local officials say killed seven people, was caused by a faulty missile.').includes('local officials | say | killed seven people'))
    assert.ok(reports('Ana Ruiz, who said she was tired, left the meeting early.').includes('who | said | she was tired'))
  })

  test('a report on the subject of the main clause: its content is the predicate after the cue, not the subject, and ends where the main clause resumes', () => {
    assert.deepEqual(reports('The fire, which witnesses said began in the kitchen, spread to three floors.'), ['witnesses | said | began in the kitchen'])
    assert.deepEqual(reports('The blast, which local officials say killed seven people, spread panic in the city.'), ['local officials | say | killed seven people'])
  })

  test('"X, she told the BBC": whom a verb of telling addresses is no content; the clause before the source is', () => {
    assert.deepEqual(reports('The talks failed, she told the BBC.'), ['she | told | The talks failed'])
    assert.deepEqual(reports('Prices will rise next year, the minister told reporters on Monday.'), ['the minister | told | Prices will rise next year'])
    assert.deepEqual(reports('"Prices will rise," he told reporters on Monday.'), ['he | told | Prices will rise'])
    assert.deepEqual(reports('Quarterly profit dropped by 38%, the company said in a filing.'), ['the company | said | Quarterly profit dropped by 38%'], 'a phrase of where it was said')
  })

  test('"according to X, more than …": a comment on the figure after the source is no part of it; "the 4,000 the company announced" reports nothing', () => {
    assert.deepEqual(reports('The firm plans to cut about 5,000 jobs, according to two people familiar with the plans, more than the 4,000 the company announced on Wednesday.'),
      ['two people familiar with the plans | according to | The firm plans to cut about 5,000 jobs'])
    assert.deepEqual(reports('The plan the minister announced has not been approved, the paper said.'), ['the paper | said | The plan the minister announced has not been approved'])
  })

  test('"A happened, one of the envoys said, and B": the content ends before the source', () => {
    assert.deepEqual(reports('The clause was removed shortly before dawn, one of the envoys said, and replaced with softer wording.'), ['one of the envoys | said | The clause was removed shortly before dawn'])
  })

  test('"His lawyers, A & B, said that … but declined to …": the firm in apposition is part of the source of "said"', () => {
    const said = reports('His solicitors, Marsh & Dunne, said on Monday that they had "found errors" but declined to specify them.').find((r) => r.split(' | ')[1] === 'said')
    assert.equal(said?.split(' | ')[0], 'His solicitors, Marsh & Dunne')
  })

  test('"the mission that X announced has not been approved": a verb whose object is the noun before "that" reports nothing; "the deadline that X says was agreed" still does', () => {
    assert.deepEqual(reports('The monitoring mission that Tarovia announced has not been approved by the alliance.'), [])
    assert.deepEqual(reports('The plan that the minister announced on Monday was dropped.'), [])
    assert.ok(reports('It matters, because the deadline that Tarovia says was agreed falls tomorrow.').some((r) => r.startsWith('Tarovia | says')))
    assert.ok(reports('The rule that the finance minister says was agreed starts today.').some((r) => r.startsWith('the finance minister | says')))
    // A verb of speech read as a noun is no antecedent: "Pew notes that the surveys they studied are …".
    assert.ok(reports('Pew notes that the surveys they studied are not monolithic.').some((r) => r.startsWith('Pew | notes')))
  })

  test('a clause-final "according to" covers the clause it closes, and the report it ends the sentence of stops before it', () => {
    assert.deepEqual(reports('Two advisers said the agency would focus on frozen pizza, where the company would hold 38% of sales according to the research firm Circana.'), [
      'Two advisers | said | the agency would focus on frozen pizza, where the company would hold 38% of sales',
      'the research firm Circana | according to | the company would hold 38% of sales',
    ])
    assert.deepEqual(reports('Spokeswoman Yulia Gromova said Moscow was ready to help, according to the agency TASS.'), [
      'the agency TASS | according to | Spokeswoman Yulia Gromova said Moscow was ready to help',
      'Spokeswoman Yulia Gromova | said | Moscow was ready to help',
    ])
  })

  test('"a deal that insiders say will cut jobs" inside a company\'s report is the insiders\' own report, and the company\'s content stops before it', () => {
    assert.deepEqual(reports('Cardell Group announced on Monday it is buying Brightwater Foods in a $7 billion deal that insiders say will wipe out 3,000 jobs.'), [
      'Cardell Group | announced | it is buying Brightwater Foods in a $7 billion deal',
      'insiders | say | will wipe out 3,000 jobs',
    ])
  })

  test('", a step consumer groups say will hurt …": a clause with no relative pronoun on a noun after a comma is its speakers\' own report, in or after another\'s content', () => {
    assert.deepEqual(reports('The government raised the fuel tax on Monday, a step consumer groups say will hurt poorer families.'), ['consumer groups | say | will hurt poorer families'])
    assert.deepEqual(reports('Harlow Foods announced a merger with Dalby Farms, a deal analysts say will cut 3,000 jobs.'), [
      'Harlow Foods | announced | a merger with Dalby Farms',
      'analysts | say | will cut 3,000 jobs',
    ])
    // The noun's own verb ("a charge Dalby Farms denies") answers the report before it, which stops at the comma.
    assert.ok(reports('Harlow Foods said the rival had cheated, a charge Dalby Farms denies.').includes('Harlow Foods | said | the rival had cheated'))
  })

  test('"The toll has risen to 127, the agency said on Thursday, with more than 900 people injured": both the clause before and the phrase of "with" are the agency\'s', () => {
    assert.deepEqual(reports('The death toll from the earthquake has risen to 127, the disaster agency said on Thursday, with more than 900 people injured.'), [
      'the disaster agency | said | The death toll from the earthquake has risen to 127',
      'the disaster agency | said | with more than 900 people injured',
    ])
  })

  test('"what it called a baseless decision", "what organisers called a peaceful march": the label is the namer\'s words; "it" is the sentence\'s named actor', () => {
    const text = 'Russia expelled three diplomats in response to what it called a baseless decision by Poland. Police broke up what organisers called a peaceful march. He said what the government called reform was theft.'
    const a = analyzeText(text)
    const called = a.attributions.filter((x) => /called/u.test(slice(text, x.cue))).map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker} | ${slice(text, x.source)} | ${slice(text, x.content)}`)
    assert.deepEqual(called, ['Russia | it | a baseless decision by Poland', 'organisers | organisers | a peaceful march', 'government | the government | reform'])
  })

  test('"a swap that critics called a capitulation": a noun\'s relative clause naming it gives the namer\'s label', () => {
    const text = 'The government agreed to a hostage swap that critics called a capitulation to terrorists. The reform, which unions have dubbed "a pay cut", passed.'
    const a = analyzeText(text)
    const called = a.attributions.filter((x) => /called|dubbed/u.test(slice(text, x.cue))).map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker} | ${slice(text, x.source)} | ${slice(text, x.content)}`)
    assert.deepEqual(called, ['critics | critics | a capitulation to terrorists', 'unions | unions | "a pay cut"'])
  })

  test('"…, a landing pilots described as flawless": an apposition\'s label with no "that" is the namer\'s, never the clause before it', () => {
    const rows = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
    const text = 'The ferry operator said the crew cleared the deck in four minutes, a feat rescue workers described as remarkable.'
    assert.deepEqual(rows(text), ['The ferry operator | said | the crew cleared the deck in four minutes', 'rescue workers | described as | remarkable'])
    assert.deepEqual(rows('The council closed the library, a decision residents called shameful.').filter((x) => x.includes('called')), ['residents | called | shameful'])
    // Adjectives before the apposition's noun: the namer is still only the words after the noun.
    assert.deepEqual(rows('The pilot set the plane down on the river, a stunning performance aviation experts described as textbook.'), ['aviation experts | described as | textbook'])
    assert.deepEqual(rows('The gymnast closed her routine, a near-perfect landing judges called flawless.'), ['judges | called | flawless'])
  })

  test('"has offered each passenger a payment of 2,000 euros": money offered is an act, no report', () => {
    for (const text of ['The ferry company has offered each traveller a payment of 500 euros.', 'The operator offered 1,500 dollars in compensation to every family.', 'The club offered fans a full refund.']) {
      assert.deepEqual(analyzeText(text).attributions.map((x) => slice(text, x.cue)), [], text)
    }
  })

  test('"had agreed a pay deal", "should vote no on the offer": a deal agreed or a ballot cast is an act, no report; "agreed that" still reports', () => {
    for (const text of ['The porters had agreed a new pay deal in May.', 'Both sides agreed the terms of a truce.']) {
      assert.deepEqual(analyzeText(text).attributions.map((x) => slice(text, x.cue)), [], text)
    }
    const vote = 'Porters should vote no on the offer next week.'
    assert.deepEqual(analyzeText(vote).attributions.map((x) => slice(vote, x.cue)), [], vote)
    const that = 'The porters agreed that the offer was fair.'
    assert.deepEqual(analyzeText(that).attributions.map((x) => slice(that, x.cue)), ['agreed'])
  })

  test('"The deadline (that) the ministry says was agreed has passed": the report on the subject ends where the main clause\'s verb comes', () => {
    assert.deepEqual(reports('The deadline the ministry says was agreed has passed, and talks resumed on Friday.'), ['the ministry | says | was agreed'])
    assert.deepEqual(reports('The deadline that the ministry says was agreed in March has now passed.'), ['the ministry | says | was agreed in March'])
    // A clause of its own inside the report is no main clause: "when the talks began".
    assert.deepEqual(reports('The fee the council says was set when the talks began will rise.'), ['the council | says | was set when the talks began'])
  })

  test('"beyond the date the companies have promised": a relative clause with no "that" ending on its cue reports only the noun phrase before it; "would push" is no report', () => {
    assert.deepEqual(reports('A second request would push the timetable beyond the "second half of 2027" the companies have promised.'), ['the companies | have promised | second half of 2027'])
  })

  test('"according to two lawyers who practise in the High Court": the court named in the relative clause does not speak', () => {
    const text = 'That ruling, according to three lawyers who practise in the High Court, will be hard to overturn.'
    const a = analyzeText(text)
    assert.notEqual(a.actors.find((x) => x.id === a.attributions[0]?.speaker)?.name, 'High Court')
  })
})

describe('attribution: a subject before an aside', () => {
  test('"A diplomat in X, speaking on condition of anonymity because …, said Y": the diplomat is the source, Y the content', () => {
    const text = 'A European diplomat in Tarvik, speaking on condition of anonymity because the talks were private, said a draft had included the deadline.'
    const a = analyzeText(text)
    assert.deepEqual(a.attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`), ['A European diplomat in Tarvik | said | a draft had included the deadline'])
  })

  test('"X, who took home $12m, tried to sweeten the pill, promising that …": a participle cue\'s source is the subject across the aside and its predicate', () => {
    const text = 'Cardell CEO Mara Quint, who took home $12 million last year, tried to sweeten the pill, promising that the company would be "fair to the people affected".'
    const a = analyzeText(text)
    assert.deepEqual(a.attributions.map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name} | ${slice(text, x.source)} | ${slice(text, x.cue)}`), ['Mara Quint | Cardell CEO Mara Quint | promising'])
  })

  test('"The woman, a French nurse, told …", "A Ukrainian soldier told …": a demonym before a person noun is no country speaking; the person is of that country', () => {
    for (const [text, name, country] of [['The woman, a French nurse, told reporters she had seen the crash.', 'woman', 'FRA'], ['A Ukrainian soldier told the BBC the town had fallen.', 'Ukrainian soldier', 'UKR']] as const) {
      const a = analyzeText(text)
      const speaker = a.actors.find((y) => y.id === a.attributions[0]?.speaker)
      assert.deepEqual([speaker?.name, speaker?.kind, speaker?.country], [name, 'unnamed', country], text)
    }
  })

  test('"Hours later, the president, speaking from X, said", "On Monday, the minister, a veteran of the party, said": a time or place opening the sentence is no part of the subject across an aside', () => {
    for (const [text, source, speaker] of [
      ['Hours later, the president, speaking from the Oval Office, said the troops would return.', 'the president', 'the president'],
      ['On Monday, the minister, a veteran of the party, said he would resign.', 'the minister, a veteran of the party', 'the minister'],
      ['In Paris, the minister, who leads the party, said talks would resume.', 'the minister', 'the minister'],
      ['Late Monday, the minister, a veteran of the party, said he would resign.', 'the minister, a veteran of the party', 'the minister'],
      ['In Paris the minister, a veteran of the party, said he would resign.', 'the minister, a veteran of the party', 'the minister'],
    ] as const) {
      const a = analyzeText(text)
      assert.deepEqual(a.attributions.map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name} | ${slice(text, x.source)}`), [`${speaker} | ${source}`], text)
    }
  })

  test('"Dan Rusu, a driver for twenty years, showed us the letters": a weak cue after an aside reports nothing', () => {
    assert.deepEqual(analyzeText('Dan Rusu, a driver for twenty years, showed us the letters.').attributions, [])
    // Showing someone a thing is an act, with or without an aside; what a report shows is reported.
    assert.deepEqual(analyzeText('The nurse showed them a photo of the ward.').attributions, [])
    assert.equal(analyzeText('The report showed the rise.').attributions.length, 1)
    // An attack on a thing is violence; an attack on someone for what they did is a report.
    assert.deepEqual(analyzeText('Gunmen attacked a checkpoint in Kabul on Monday.').attributions, [])
    assert.equal(analyzeText('Republicans attacked Clinton for ignoring the warnings.').attributions.length, 1)
  })

  test('an act verb with a plain thing object reports nothing ("sang songs", "campaigned against the plan", "ordered generators"); an order with a clause does', () => {
    assert.deepEqual(analyzeText('Fans sang old hymns outside the stadium.').attributions, [])
    assert.deepEqual(analyzeText('Residents have campaigned against the new runway for a decade.').attributions, [])
    assert.deepEqual(analyzeText('The council had ordered spare pumps for 12 schools.').attributions, [])
    assert.equal(analyzeText('The colonel ordered the troops to retreat.').attributions.length, 1)
    assert.equal(analyzeText('The judge ordered that the files be released.').attributions.length, 1)
    // An act ordered is demanded, goods are not.
    assert.equal(analyzeText('The election commission has ordered a recount in 12 precincts after the vote.').attributions.length, 1)
  })

  test('"thanked voters in a speech and promised to …": thanks to people report nothing; the cue is the verb after "and", not the venue before it', () => {
    const text = 'Moreau thanked supporters in a short speech and promised to "rebuild every bridge".'
    assert.deepEqual(analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`), ['Moreau | promised | to "rebuild every bridge"'])
    const tv = 'Ruiz thanked nurses in a televised address and vowed to "fund every ward".'
    assert.deepEqual(analyzeText(tv).attributions.map((x) => slice(tv, x.cue)), ['vowed'])
    assert.deepEqual(analyzeText('Moreau thanked supporters at the rally.').attributions, [])
    // In text pasted a paragraph per line, a line opening with a quotation is its own paragraph, not the opening of all later lines.
    const lines = `"We will not be held hostage," Garin said.\n${tv}\nTurnout was low.`
    assert.deepEqual(analyzeText(lines).attributions.map((x) => slice(lines, x.cue)), ['said', 'vowed'])
  })

  test('a quotation closed by a comma before "adding that" keeps all its words in the content', () => {
    const text = 'Ines Varo said the audit was "thorough, independent and final," adding that no recount was due.'
    const contents = analyzeText(text).attributions.map((x) => slice(text, x.content))
    assert.ok(contents.some((c) => c.includes('thorough, independent and final')), contents.join(' | '))
    assert.ok(contents.includes('that no recount was due'), contents.join(' | '))
  })

  test('refusing to concede or to say whether is an act or a silence, no report', () => {
    assert.deepEqual(analyzeText('The mayor took 41 percent of the vote but refused to concede.').attributions, [])
    assert.deepEqual(analyzeText('The rival candidate refused to concede defeat on Sunday.').attributions, [])
    assert.deepEqual(analyzeText('The minister refused to say whether the bridge would reopen.').attributions, [])
    // A refusal of a thing done is still read as the rules read it ("refused to accept the result").
    assert.equal(analyzeText('The rival candidate refused to accept the result.').attributions.length, 1)
  })

  test('"did not say what …", "would not say how many …": what was not said is no one\'s report; "did not say that …" still reports', () => {
    const cues = (text: string): string[] => analyzeText(text).attributions.map((x) => slice(text, x.cue))
    assert.deepEqual(cues('Lind called the cuts a disgrace, but he did not say what he would do instead.'), ['called'])
    for (const text of ['The minister would not say how many nurses would be hired.', 'The firm did not say whether the mill would close.', "The coach didn't immediately say when he would return.", 'Police have not said who fired first.']) {
      assert.deepEqual(cues(text), [], text)
    }
    assert.deepEqual(cues('The firm did not say that the mill would close.'), ['did not say'])
  })

  test('the "by"-agent of a passive report to its addressees is its source, the that-clause its content', () => {
    for (const text of ['Drivers were told by dispatchers that the depot would shut.', 'Drivers were first told by dispatchers that the depot would shut.']) {
      assert.deepEqual(analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.content)}`), ['dispatchers | that the depot would shut'])
    }
  })

  test('a quotation closed by a comma inside an indirect report ends the content after its closing mark', () => {
    const text = 'Auditor Ines Varo said the tally had been "thorough, independent and final," and rejected calls for a recount.'
    const contents = analyzeText(text).attributions.map((x) => slice(text, x.content))
    assert.ok(contents.includes('the tally had been "thorough, independent and final,"'), contents.join(' | '))
  })
})

describe('attribution: parties speaking together', () => {
  const speakers = (text: string): string[] => {
    const a = analyzeText(text)
    return a.attributions.map((x) => `${a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker} | ${slice(text, x.source)}`)
  }

  test('"X and Y agreed to …", "X, Y and Z said": the listed parties speak as one group, not the first named', () => {
    assert.deepEqual(speakers('Armenia and Georgia agreed on Thursday to extend a ceasefire along their border.'), ['Armenia and Georgia | Armenia and Georgia'])
    const text = 'Norway, Sweden and Finland said the border would reopen.'
    const a = analyzeText(text)
    const joint = a.actors.find((x) => x.id === a.attributions[0]?.speaker)
    assert.deepEqual([joint?.name, joint?.kind], ['Norway, Sweden and Finland', 'group'])
  })

  test('"The delegation handed X a file documenting what it called …": the file speaks for the delegation that handed it, not as "a file"', () => {
    const text = 'The Tarovian delegation handed the mediators a file documenting what it called "the deliberate shelling of villages".'
    const a = analyzeText(text)
    const documenting = a.attributions.find((x) => slice(text, x.cue) === 'documenting')
    assert.equal(a.actors.find((y) => y.id === documenting?.speaker)?.name ?? documenting?.speaker, 'Tarovian delegation')
  })

  test('"a joint statement said": the parties last named together issued it, not the last of them to speak', () => {
    assert.deepEqual(speakers('Armenia and Georgia met in Vienna on Thursday. Armenia said the talks went well. A joint statement said the ceasefire would hold.'),
      ['Armenia | Armenia', 'Armenia and Georgia | A joint statement'])
    assert.ok(!speakers('Armenia said the talks went well. The joint statement said the ceasefire would hold.').some((s) => s.startsWith('Armenia | The joint')))
  })

  test('a quotation closed at its paragraph\'s end is not handed to the cue that opens the next paragraph', () => {
    const text = 'Republicans released an ad on Tuesday.\n\n"Now, when you need it most, the governor has cut the pension.\n\nTo pay for his new stadium."\n\nCampaign spokeswoman Lis Smith said the ad was false.'
    const a = analyzeText(text)
    const smith = a.actors.find((y) => y.name === 'Lis Smith')?.id
    assert.ok(!a.attributions.some((x) => x.speaker === smith && slice(text, x.content).includes('pension')), a.attributions.map((x) => `${x.speaker} ${slice(text, x.content)}`).join(' / '))
  })

  test('"Of Obama, he said": the pronoun speaks for the last speaker, not for the one spoken of', () => {
    const text = '"I am only interested in the oil," Donald Trump said.\n\nHe said Barack Obama "has no doctrine."\n\nOf Obama, he said, "I want him to do well."'
    const a = analyzeText(text)
    const want = a.attributions.find((x) => slice(text, x.content).includes('want him'))
    assert.equal(a.actors.find((y) => y.id === want?.speaker)?.name, 'Donald Trump')
  })

  test('the one told, named right after "tell" with no "that", is no part of what was told', () => {
    const text = 'A handful of party insiders tell Fox News they expect Steele to quit. The minister told Reuters he would resign.'
    const a = analyzeText(text)
    assert.deepEqual(a.attributions.map((x) => slice(text, x.content)), ['they expect Steele to quit', 'he would resign'])
  })

  test('"A White House statement said": the body named in the document issued it, not the last speaker', () => {
    assert.deepEqual(speakers('The reporter Anna Berg said the video was authentic. A White House statement said the video was under review.'),
      ['Anna Berg | The reporter Anna Berg', 'White House | A White House statement'])
  })
})

describe('review9 attribution defects', () => {
  /** Each attribution as `speaker name | cue | content`. */
  const reports = (text: string): string[] => {
    const a = analyzeText(text)
    const name = (id: string): string => a.actors.find((x) => x.id === id)?.name ?? id
    return a.attributions.map((x) => `${name(x.speaker)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
  }

  test('a figure with its source ("puts the toll at", "now counts", "by X\'s count") is that source\'s, not the outlet\'s', () => {
    assert.deepEqual(reports('The WHO puts the toll at 21 deaths.'), ['World Health Organization | puts the toll at | 21 deaths'])
    assert.deepEqual(reports('The ministry now counts 14 dead and 20 missing.'), ['ministry | counts | 14 dead and 20 missing'])
    assert.deepEqual(reports("By the army's count, 35 soldiers were killed."), ['army | By | 35 soldiers were killed'])
    assert.deepEqual(reports("Fourteen died by the ministry's own count, nineteen by the agency's."), ['ministry | by | Fourteen died'])
  })

  test('a name of no known first name "of" a body is a person of it, not an organisation: "Zainab Korir of Oxfam said"', () => {
    const a = analyzeText('Zainab Korir of Oxfam called the cut a betrayal.')
    const speaker = a.actors.find((x) => x.id === a.attributions[0]?.speaker)
    assert.deepEqual([speaker?.name, speaker?.kind], ['Zainab Korir', 'person'])
    const firm = analyzeText('Northwind Logistics said sales fell.')
    assert.equal(firm.actors.find((x) => x.id === firm.attributions[0]?.speaker)?.kind, 'organisation')
  })

  test('"who" makes its antecedent people: "criticism from charities who warned that …" is the charities\' warning', () => {
    assert.deepEqual(reports('The cut drew criticism from charities who warned that the move would cost lives.'), ['charities | warned | that the move would cost lives'])
  })

  test('"A longtime friend of X", "a close ally of X", "a former colleague of X" speak for themselves, not for X', () => {
    for (const [text, speaker] of [['A longtime friend of Tom Hale said he was tired.', 'longtime friend'], ['A close ally of Vladimir Putin said the talks would fail.', 'close ally'],
      ['A former colleague of Dr Anna Patel said she was careful.', 'former colleague']] as const) {
      assert.equal(reports(text)[0]?.split(' | ')[0], speaker, text)
    }
  })

  test('"relatives of the hostages, who said": the relatives speak, not the hostages', () => {
    assert.deepEqual(reports('The minister met relatives of the hostages, who said they felt abandoned.').map((r) => r.split(' | ')[0]), ['relatives'])
  })

  test('an age set off by commas between a name and its "who" leaves the name the speaker: "Peter Cray, 61, who had denied …"', () => {
    assert.deepEqual(reports('Peter Cray, 61, who had denied all charges, showed no emotion.'), ['Peter Cray | had denied | all charges'])
  })

  test('the writer\'s "Let\'s be honest about …" and "what about …?" report nobody\'s words', () => {
    assert.deepEqual(reports('Let\'s be honest about what the government\'s "reform" really is.'), [])
    assert.deepEqual(reports('And what about the opposition?'), [])
    // After another sentence, where the tagger reads "'s" or "us" as the source.
    assert.deepEqual(reports('The council met on Monday. Let\'s be honest about what this "reform" really means.'), [])
    assert.deepEqual(reports('The council met. Let us not pretend that the "consultation" was real.'), [])
  })

  test('"said up to 40 people …": "up to" opens the figure reported, no particle of the cue', () => {
    assert.deepEqual(reports('Officials said up to 40 people were killed in the blast.'), ['officials | said | up to 40 people were killed in the blast'])
  })

  test('a relative or participle clause between the subject and its cue does not break the attribution', () => {
    assert.deepEqual(reports('Volunteers from the Red Cross, who are helping at the school, believe the number of missing is closer to 70.'),
      ['volunteers | believe | the number of missing is closer to 70'])
    assert.deepEqual(reports('Three witnesses interviewed by the Courier said they did not see a gun.'), ['three witnesses | said | they did not see a gun'])
  })

  test('a subject with a "that" relative clause ending on a pronoun object speaks, as with "who": "The teacher that found them said"', () => {
    for (const relative of ['that', 'who']) {
      for (const [subject, said, role] of [['The teacher', 'found them', 'teacher'], ['The nurse', 'looked after her', 'nurse']] as const) {
        const text = `${subject} ${relative} ${said} said the children were cold.`
        assert.deepEqual(reports(text), [`${role} | said | the children were cold`], text)
        const rules = findRuleAttributions(text, segmentText(text), findMentions(text, segmentText(text))).attributions
        assert.deepEqual(rules.map((a) => slice(text, a.source)), [`${subject} ${relative} ${said}`], `rules: ${text}`)
      }
    }
  })

  test('a subject with a relative clause naming someone speaks, not the one named: "The nurse that treated Ana Ruiz said", "The club that Ana Ruiz runs said"', () => {
    for (const [subject, role] of [['The nurse that treated Ana Ruiz', 'nurse'], ['The doctors that treated the miners at Rhodes Hospital', 'doctors'], ['The union that Ana Ruiz runs', 'union']] as const) {
      const text = `${subject} said the children were cold.`
      assert.deepEqual(reports(text), [`${role} | said | the children were cold`], text)
    }
  })

  test('a recording that "shows" or "tells a story" is evidence, not a speaker: what it shows stays in the outlet\'s voice', () => {
    const lead = 'SHOCKING footage shows the moment a reckless driver hit a cyclist.'
    assert.deepEqual(reports(lead), ['the author | shows | the moment a reckless driver hit a cyclist'])
    assert.ok(analyzeText(lead).outletVoice.some((s) => s.start === 0 && s.end >= lead.length - 1))
    assert.deepEqual(reports('The video, which begins with the camera already recording, shows the man walking away.'), ['the author | shows | the man walking away'])
    assert.ok(reports('But the video released yesterday tells a very different story.').every((r) => r.startsWith('the author |')))
  })

  test('"who" after where a person is from ("Karim, 19, from Aleppo, who asked") is the person, not the place', () => {
    const text = '"The boat sank at night," said Omar, 23, from Homs, who asked that his family name not be published.'
    assert.ok(reports(text).every((r) => r.startsWith('Omar |')))
  })

  test('a verb of a relative clause ("which operates the ship") is no cue', () => {
    const text = 'The charity Blue Harbour, which operates the rescue ship Aurora, said it had alerted the authorities.'
    assert.deepEqual(reports(text), ['Blue Harbour | said | it had alerted the authorities'])
  })

  test('a person\'s noun before a plain verb of saying ("One doctor told me") is an unnamed speaker', () => {
    assert.deepEqual(reports('One doctor told me she had been reusing the same mask for a week.'), ['one doctor | told | she had been reusing the same mask for a week'])
  })
})

describe('attribution: source edges', () => {
  test('a quotation ended by its cue is reported whole, from its first word, though the tagger left its opening out', () => {
    const text = '"For an hour the guards were not armed ...but they let them in," he said.'
    const at = (words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
    const quotes = segmentText(text).quotes
    const whole = withWholeQuotation(text, quotes, at('but they let them in'), at('said'))
    assert.equal(text.slice(whole.start, whole.end), 'For an hour the guards were not armed ...but they let them in')
    // A cue inside the quotation, or content outside one, leaves the content as it is.
    assert.deepEqual(withWholeQuotation(text, quotes, at('but they let them in'), at('armed')), at('but they let them in'))
    assert.deepEqual(withWholeQuotation(text, quotes, at('he said'), at('said')), at('he said'))
  })

  const sources = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)}`)

  test('a source after its cue takes its whole apposition, up to the end of the sentence', () => {
    const text = '"We need more buses," said Maria Ortiz, the director of a group that campaigns for cheaper fares.'
    assert.deepEqual(sources(text), ['Maria Ortiz, the director of a group that campaigns for cheaper fares | said'])
  })

  test('a postposed source stops before a relative clause that reports again, and a noun cue\'s source takes no apposition', () => {
    assert.deepEqual(sources('"We will win," said Bo Ruiz, who added that the vote was close.')[0], 'Bo Ruiz | said')
    assert.ok(!sources('Ms. Lee said the attack was a reaction to Smith\'s criticism - a claim Smith rejected.').some((x) => x.startsWith('Smith rejected')))
  })

  test('a time before the verb ("…, last year proposed") is no source: the subject before the aside is', () => {
    const text = 'Mayor Ana Ruiz spoke on Monday. Ruiz, whose plans have upset her party, last year proposed a toll on trucks, citing fears of gridlock.'
    // The source takes its relative clause, as annotators mark it more often than not.
    assert.deepEqual(sources(text), ['Ruiz, whose plans have upset her party | proposed', 'Ruiz | citing'])
  })

  test('a finite cue the tagger left without a source takes the subject right before it, not a time or an object', () => {
    assert.deepEqual(sources('Cleveland sets strict rules. Philadelphia is considering fines for marchers who block highways.'), ['Philadelphia | is considering'])
  })

  test('the subject right before a finite cue may open a paragraph, after its line breaks', () => {
    const subjectOf = (text: string, cue: string): string => {
      const seg = segmentText(text)
      const t = seg.starts.indexOf(text.indexOf(cue))
      return slice(text, subjectBeforeVerb(text, seg, indexMentions(findMentions(text, seg).mentions), t))
    }
    assert.equal(subjectOf('The vote is near.\n\nSenator Ana Ruiz has to remind the voters why she led.', 'has'), 'Senator Ana Ruiz')
    assert.equal(subjectOf('The vote is near.\n\nThe mayor wants a recount.', 'wants'), 'The mayor')
    // Still not an object of a verb.
    assert.equal(subjectOf('The vote is near.\n\nShe told the mayor wants a recount.', 'wants'), '-')
  })

  test('the subject across an aside may be a name no mention took, with its apposition or relative clause', () => {
    const subjectOf = (text: string, cue: string): string => {
      const seg = segmentText(text)
      const sentence = seg.sentences.find((x) => x.start <= text.indexOf(cue) && text.indexOf(cue) < x.end)!
      return slice(text, asideSubject(text, seg, indexMentions(findMentions(text, seg).mentions), sentence, text.indexOf(cue)))
    }
    assert.equal(subjectOf('The vote is near.\n\nDorn Halvik, the party chairman, this past week announced a website.', 'announced'), 'Dorn Halvik, the party chairman')
    assert.equal(subjectOf('The vote is near.\n\nT. Dorn Halvik, whose group has led the fight, predicted a walkout.', 'predicted'), 'T. Dorn Halvik, whose group has led the fight')
    // A participle aside is no part of the source.
    assert.equal(subjectOf('Dorn Halvik, speaking on Monday, predicted a walkout.', 'predicted'), 'Dorn Halvik')
    // Common words are no name.
    assert.equal(subjectOf('The storm, the worst in years, cut power.', 'cut'), '-')
  })

  /** The subject `asideSubject` finds for `cue` in a one-sentence text. */
  const asideSubjectOf = (text: string, cue: string): string => {
    const seg = segmentText(text)
    return slice(text, asideSubject(text, seg, indexMentions(findMentions(text, seg).mentions), seg.sentences[0]!, text.indexOf(cue)))
  }

  test('the subject may stand across several asides, not across an opening phrase of place', () => {
    assert.equal(asideSubjectOf('The other man, his cousin Jo Dale, 40, cited the senator\'s record.', 'cited'), 'The other man, his cousin Jo Dale, 40')
    assert.equal(asideSubjectOf('Outside the campaign, a number of voters, while still hopeful, are warning against it.', 'are'), '-')
  })

  test('the subject across an aside may carry a relative clause: "However, two engineers who worked on it, speaking …, said"', () => {
    assert.equal(asideSubjectOf('However, two engineers who worked on the mission, speaking on condition of anonymity, said a sensor had failed.', 'said'), 'two engineers who worked on the mission')
    // The relative clause must describe a noun that names someone.
    assert.equal(asideSubjectOf('However, the storm that hit the coast, the worst in years, cut power.', 'cut'), '-')
  })

  test('a time opening the sentence is no subject across asides: the subject follows it', () => {
    assert.equal(asideSubjectOf('Friday, the mayor, speaking at a briefing, said the roads were closed.', 'said'), 'the mayor')
    assert.equal(asideSubjectOf('In March 2023, the mayor, speaking at a briefing, said the roads were closed.', 'said'), 'the mayor')
  })

  test('the subject right before a finite cue may stand before the time of the act ("on Monday asked")', () => {
    const subjectOf = (text: string, cue: string): string => {
      const seg = segmentText(text)
      return slice(text, subjectBeforeVerb(text, seg, indexMentions(findMentions(text, seg).mentions), seg.starts.indexOf(text.indexOf(cue))))
    }
    assert.equal(subjectOf('Two senators on Monday asked the court to act.', 'asked'), 'Two senators')
    assert.equal(subjectOf('The mayor last week urged calm.', 'urged'), 'The mayor')
    assert.equal(subjectOf('The storm on Monday cut power to the town.', 'cut'), '-')
  })

  test('a participle cue closing a clause speaks for the sentence\'s subject, not for the subject of a clause of time inside it', () => {
    assert.deepEqual(sources('Judge Ann Bradley apologized for the columns after they came out, saying they were old.'), ['Judge Ann Bradley | apologized for', 'Judge Ann Bradley | saying'])
  })

  test('a cue opening a second predicate ("…, calling", "… and promised") speaks for the clause\'s subject', () => {
    assert.deepEqual(sources('Mayor Ana Ruiz went after the council on Monday, calling its budget a disgrace.'), ['Mayor Ana Ruiz | calling'])
    assert.deepEqual(sources('The mayor toured the flooded streets and promised new pumps.'), ['The mayor | promised'])
    assert.ok(sources('Governor Ana Ruiz praised the crews after they cleared the roads and promised new pumps.').includes('Governor Ana Ruiz | promised'))
    // A participle the tagger of parts of speech reads as a noun ("offering") opens a second predicate too.
    assert.ok(sources('More recently, Ruiz has shifted somewhat to match the mood, offering more dire warnings about crime.').some((x) => x.startsWith('Ruiz | offering')))
  })

  test('a noun cue that is the object of "face" ("Ruiz faced questions about") has its subject as its target, not its source', () => {
    const faced = (text: string, source: string, cue: string): boolean => {
      const at = (words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
      return isFacedNoun(text, segmentText(text), { kind: 'indirect', speaker: UNKNOWN_SPEAKER, source: at(source), cue: at(cue), content: at('her') })
    }
    assert.ok(faced('After the vote, Mayor Ruiz faced questions about her budget.', 'Mayor Ruiz', 'questions about'))
    assert.ok(faced('Ruiz has faced her own share of criticism over her budget.', 'Ruiz', 'criticism over'))
    assert.ok(!faced('Ruiz faced the crowd and questioned her rival.', 'Ruiz', 'questioned'))
    assert.ok(!faced('Ruiz raised questions about her rival.', 'Ruiz', 'questions about'))
  })

  test('a naming "called" after an object ("set up a website called …", "a group called …") has no source; a subject\'s "called" keeps it', () => {
    assert.deepEqual(sources('She is the founder of a group called Parents for Parks, which opposes the tower.').filter((x) => x.endsWith('| called')), ['- | called'])
    assert.deepEqual(sources('One lawmaker called the plan a disgrace.'), ['One lawmaker | called'])
  })

  test('a participle right after people ("featuring veterans telling … and criticizing") speaks for them, not for the sentence\'s subject', () => {
    const found = sources('Senator Ana Ruiz unveiled her first campaign ad, featuring veterans telling their stories and criticizing the governor\'s budget.')
    assert.ok(found.includes('veterans | telling') && found.includes('veterans | criticizing'), found.join('; '))
    // After a comma it opens a second predicate of the subject.
    assert.deepEqual(sources('Mayor Ana Ruiz met the striking workers on Monday, telling them the city would pay.'), ['Mayor Ana Ruiz | telling'])
  })

  test('a cue after "and" that joins a subordinate clause with its own subject speaks for that subject, not the sentence\'s', () => {
    const sourceOf = (text: string, cue: string): string | undefined => sources(text).find((x) => x.endsWith(`| ${cue}`))?.split(' | ')[0]
    assert.equal(sourceOf('Voters rejected the plan after the governor vetoed it and warned of cuts.', 'warned of'), 'the governor')
    assert.equal(sourceOf('The crowd cheered when Ruiz took the stage and said he would run.', 'said'), 'Ruiz')
    assert.equal(sourceOf('Lee was silent until Ruiz stood up and accused her of lying.', 'accused'), 'Ruiz')
    assert.equal(sourceOf('The mayor was booed because the council raised fares and promised new buses.', 'promised'), 'the council')
    // A subordinate clause closed by its comma before the main clause leaves the main subject.
    assert.equal(sourceOf('After Ruiz won, Lee rose and said the count was fair.', 'said'), 'Lee')
  })

  test('a passive of feeling ("have been startled by") is its subject\'s attitude: the subject is the source, not the agent', () => {
    assert.deepEqual(sources('Across Asia, policymakers have been startled by Trump’s isolationist foreign policy.'), ['policymakers | have been startled by'])
    assert.deepEqual(sources('Investors were worried by comments from Senator Ann Lee.').slice(0, 1).map((x) => x.split(' | ')[0]), ['Investors'])
    // The tagger's cue usually takes the agent's "by".
    for (const cue of ['were worried by', 'have been startled by', 'was not  impressed']) assert.ok(isFeelingPassive(cue), cue)
    assert.ok(!isFeelingPassive('were briefed by'))
    assert.deepEqual(sources('The voters were angered by the delay.'), ['The voters | were angered by'])
  })

  test('a passive cue whose source was read past its agent ("asked by host Bo Ruiz, who …") has the agent as its source', () => {
    const text = 'Lee was asked by host Bo Ruiz, who backs her, about the emails.'
    const seg = segmentText(text)
    const layer = findMentions(text, seg)
    const at = (words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
    const read = { kind: 'indirect' as const, speaker: UNKNOWN_SPEAKER, source: at('who'), cue: at('was asked'), content: at('about the emails') }
    const [report] = passiveReport(text, seg, indexMentions(layer.mentions), new Map(layer.actors.map((a) => [a.id, a])), read)
    assert.equal(slice(text, report?.source), 'host Bo Ruiz')
  })

  test('a passive cue with no subject read ("Ruiz was also endorsed the day before by …") has the agent as its source and the subject as its content', () => {
    const text = 'Ruiz was also endorsed the day before by former rival Ann Hale.'
    const seg = segmentText(text)
    const layer = findMentions(text, seg)
    const at = (words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
    const read = { kind: 'indirect' as const, speaker: UNKNOWN_SPEAKER, cue: at('was also endorsed'), content: at('the day') }
    const [report] = passiveReport(text, seg, indexMentions(layer.mentions), new Map(layer.actors.map((a) => [a.id, a])), read)
    assert.deepEqual([slice(text, report?.source), slice(text, report?.content)], ['former rival Ann Hale', 'Ruiz'])
  })

  test('a source read inside an aside before the cue stands for the subject the aside follows', () => {
    assert.deepEqual(sources('The poll, released on Monday by the Public Policy Institute, showed a tie.'), ['The poll | showed'])
  })

  test('a cue that is the verb of a clause of time speaks for that clause\'s subject', () => {
    assert.deepEqual(sources('The mayor smiled as the heckler yelled that she was a fraud.'), ['the heckler | yelled'])
    // Not for the main clause's verb after it.
    assert.deepEqual(sources('When Ruiz took the stage, Lee shouted that he was a fraud.'), ['Lee | shouted'])
  })

  test('a cue right after "who" has the relative pronoun as its source, not the noun before it', () => {
    assert.ok(sources('He treats his voters as fools who will believe anything he says.').includes('who | will believe'))
  })

  test('a source runs on through a participle clause describing it, up to its cue', () => {
    assert.deepEqual(sources('Exit polls taken in three states found that voters were angry.'), ['Exit polls taken in three states | found'])
  })

  test('"seems" names no one: its subject is part of what is reported', () => {
    assert.deepEqual(sources('The senator still seems unable to find a message that works.'), ['- | still seems'])
  })
})

describe('attribution: a participle of saying after an act', () => {
  const reports = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)

  test('"tweeted on Monday, saying: …": the quotation is the participle\'s alone; no cue reports the time or the words up to "saying"', () => {
    const text = '"It is close," said pollster Dan Ortiz. The senator tweeted on Monday, saying: "We will win this race."'
    const found = reports(text)
    assert.ok(found.every((x) => !x.includes(', saying:')), found.join('\n'))
    assert.ok(found.some((x) => x.startsWith('The senator |') && x.endsWith('| We will win this race.')), found.join('\n'))
  })

  test('an act\'s own object before ", saying" stays its content: "claimed victory in a statement, saying"', () => {
    const text = 'The mayor claimed victory in a statement, saying: "The voters have spoken."'
    const found = reports(text)
    assert.ok(found.every((x) => !x.includes(', saying:')), found.join('\n'))
    assert.ok(found.some((x) => x.endsWith('| The voters have spoken.')), found.join('\n'))
  })

  test('"…, saying" after a main clause speaks for its subject, not a name in an apposition to its object or after "by"', () => {
    for (const [text, source] of [
      ['The ACLU has sued the city and its mayor, Tom Hale, over the rules, saying they violate free speech.', 'The ACLU'],
      ['Lawmakers in Ohio rejected the plan proposed by Governor Tom Hale, saying it cost too much.', 'Lawmakers in Ohio'],
      // A relative clause on the object, and a time before the main verb.
      ['The ACLU on Tuesday sued the city over rules that Mayor Tom Hale signed, saying they violate free speech.', 'The ACLU'],
    ] as const) {
      const a = analyzeText(text)
      const x = a.attributions.find((y) => slice(text, y.cue) === 'saying')
      assert.equal(slice(text, x?.source), source, text)
    }
    // A source with its own verb before the participle keeps it.
    const text = '"We will fight," Tom Hale told reporters, adding that the rules were unfair.'
    assert.equal(slice(text, analyzeText(text).attributions.find((y) => slice(text, y.cue) === 'adding')?.source), 'Tom Hale')
  })

  test('a clause joined after a report, with its own subject, ends the report; its ", saying" speaks for that subject', () => {
    for (const [text, before, source] of [
      // A passive cue ("told") inside the first report does not carry it over the joined clause.
      ['Families say they were never told about the errors, and the trust has apologised, saying lessons had been learned.', 'they were never told about the errors', 'the trust'],
      ['Regulators fined the firm twice, while the company has denied any wrongdoing, saying it followed the rules.', undefined, 'the company'],
    ] as const) {
      const found = analyzeText(text).attributions
      if (before) assert.equal(slice(text, found.find((y) => slice(text, y.cue) === 'say')?.content), before, text)
      const saying = found.find((y) => slice(text, y.cue) === 'saying')
      assert.equal(slice(text, saying?.source), source, text)
    }
  })
})

describe('attribution: a body by its common noun', () => {
  test('"the hospital said" is the hospital named before, or an unnamed hospital; never an unknown speaker', () => {
    const speakers = (text: string): Array<string | undefined> => {
      const a = analyzeText(text)
      return a.attributions.map((x) => a.actors.find((y) => y.id === x.speaker)?.name)
    }
    assert.deepEqual(speakers('The Royal Free Hospital said the patient was stable. The hospital added that visits were suspended.'), ['Royal Free Hospital', 'Royal Free Hospital'])
    assert.deepEqual(speakers('Leeds Teaching Hospitals NHS Trust apologised. The trust said lessons had been learned.'), ['Leeds Teaching Hospitals NHS Trust'])
    assert.deepEqual(speakers('The club said the player would miss the match.'), ['club'])
  })
})

describe('attribution: a noun read as a cue inside a noun phrase of people', () => {
  test('"political figures and newspaper editorial writers": "editorial" names the writers, no report', () => {
    const text = 'The ruling drew sharp criticism from political figures and newspaper editorial writers across the country.'
    assert.deepEqual(analyzeText(text).attributions.map((x) => slice(text, x.cue)).filter((cue) => /editorial/u.test(cue)), [])
  })
})

describe('attribution: reports read from whole news sentences', () => {
  const speakerOf = (text: string, cue: string): string | undefined => {
    const a = analyzeText(text)
    const x = a.attributions.find((y) => slice(text, y.cue) === cue)
    return x && (a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker)
  }

  test('"The election commission on Tuesday declared": the day between subject and verb is no source', () => {
    const text = 'The national election commission on Tuesday declared President Tomas Varga the winner of the election.'
    assert.equal(slice(text, analyzeText(text).attributions.find((y) => slice(text, y.cue) === 'declared')?.source), 'The national election commission')
  })

  test('"Protesters gathered outside the meeting to demand …": the noun before an infinitive of purpose is no speaker', () => {
    const text = 'Protesters gathered outside the meeting to demand higher wages.'
    const a = analyzeText(text)
    assert.deepEqual(a.attributions.filter((y) => a.actors.find((x) => x.id === y.speaker)?.name === 'meeting'), [])
  })

  test('"the county sheriff said", "the fire chief said": officials by their office are unnamed speakers, not unknown ones', () => {
    assert.equal(speakerOf('The death toll rose to 19 on Tuesday, the county sheriff said.', 'said'), 'county sheriff')
    assert.equal(speakerOf('Two homes burned down, the fire chief said.', 'said'), 'fire chief')
  })

  test('"Pike had shown \\"a breathtaking betrayal\\"" inside the judge\'s report is what she says of him, not his report', () => {
    const text = 'Graham Pike, 58, was jailed on Monday. Judge Eleanor Marsh said Pike had shown "a breathtaking betrayal of trust" and had "not shown a flicker of remorse".'
    const found = analyzeText(text).attributions.map((x) => slice(text, x.cue))
    assert.deepEqual(found, ['said'])
  })

  test('"One officer, who was not authorised to speak publicly, said": the cue is "said" alone, and leave to speak is no report', () => {
    const text = 'One officer, who was not authorised to speak publicly, said the gate was locked.'
    assert.deepEqual(analyzeText(text).attributions.map((x) => slice(text, x.cue)), ['said'])
    assert.equal(speakerOf(text, 'said'), 'one officer')
    const nurses = 'Two nurses, who were not permitted to comment, said the ward was full.'
    assert.deepEqual(analyzeText(nurses).attributions.map((x) => slice(nurses, x.cue)), ['said'])
  })

  test('"Engineers at the grid operator, who asked not to be named, challenged …, saying": the engineers speak', () => {
    const text = 'Engineers at the national grid operator, who asked not to be named, challenged the official account, saying the fault began hours earlier.'
    assert.equal(speakerOf(text, 'challenged'), 'engineers')
    assert.equal(speakerOf(text, 'saying'), 'engineers')
  })

  test('"A High Court ruling that allows the airport to expand": "that" and a verb open a relative clause, no report; "a ruling that the ban was unlawful" is one', () => {
    const text = 'A High Court ruling that allows the airport to expand was welcomed by ministers.'
    assert.deepEqual(analyzeText(text).attributions.filter((x) => slice(text, x.cue) === 'ruling'), [])
    const report = 'The court issued a ruling that the ban was unlawful.'
    assert.equal(slice(report, analyzeText(report).attributions[0]?.content), 'that the ban was unlawful')
  })

  test('"The man accused of murder told the court": the bare passive describes the source; the verb after it reports', () => {
    const text = 'The man accused of arson told the court he was innocent.'
    const found = analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)
    assert.deepEqual(found.map((l) => l.split(' | ')[0]), ['The man accused of arson'])
    assert.match(found[0] ?? '', /\| told(?: the court)? \| he was innocent\.?$/u)
    assert.equal(speakerOf(text, 'told'), 'man')
    const said = 'A nurse accused of theft said she had done nothing wrong.'
    assert.deepEqual(analyzeText(said).attributions.map((x) => `${slice(said, x.source)} | ${slice(said, x.cue)}`), ['A nurse accused of theft | said'])
  })

  test('"Police fired tear gas at protesters": a weapon fired is no report', () => {
    for (const text of ['Police fired tear gas at protesters.', 'Troops fired rubber bullets at the crowd.', 'Guards fired shots into the air.', 'A soldier fired a warning shot.', 'Riot police fired into the crowd.']) {
      assert.deepEqual(analyzeText(text).attributions.map((x) => slice(text, x.cue)), [], text)
    }
  })

  test('"…, according to the ABV union, which called …": the relative clause is no part of the source, and the cue is no part of the content', () => {
    const text = 'At least nine people were hurt and 30 were detained, according to the ABV union, which called the raid "an attack on workers by the state".'
    const a = analyzeText(text).attributions.find((x) => slice(text, x.cue) === 'according to')
    assert.equal(slice(text, a?.source), 'the ABV union')
    assert.equal(slice(text, a?.content), 'At least nine people were hurt and 30 were detained')
  })

  test('"Boeing said … The company said": a company noun no named organisation fits is the lone name that spoke before', () => {
    const speakers = (text: string): string[] => {
      const a = analyzeText(text)
      return a.attributions.map((x) => a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker)
    }
    assert.deepEqual(speakers('Boeing said it would close two plants. The company said the closures would be made by March.'), ['Boeing', 'Boeing'])
    assert.deepEqual(speakers('Ryanair said it would drop 12 routes. The carrier said fares would rise.'), ['Ryanair', 'Ryanair'])
    // A body of another kind that spoke last is no company.
    const [ministry, company] = speakers('The health ministry said the plant was safe. The company said it would reopen.')
    assert.equal(ministry, 'health ministry')
    assert.notEqual(company, ministry)
  })

  test('"Minister Dilan Yesilgoz said X. "…," she told reporters": a quotation in the next sentence goes on in the one person who spoke, whatever the first-name list says', () => {
    const speakers = (text: string): string[] => {
      const a = analyzeText(text)
      return a.attributions.map((x) => a.actors.find((y) => y.id === x.speaker)?.name ?? x.speaker)
    }
    assert.deepEqual(speakers('Health Minister Dilan Kaya said the ward would reopen. "We will not wait," she told reporters.'), ['Dilan Kaya', 'Dilan Kaya'])
    // Not across a sentence, nor an indirect report, nor past another person.
    assert.notEqual(speakers('Health Minister Dilan Kaya said the ward would reopen. The plan costs little. "We will not wait," she told reporters.')[1], 'Dilan Kaya')
    assert.notEqual(speakers('Health Minister Dilan Kaya said the ward would reopen. She said the plan was cheap.')[1], 'Dilan Kaya')
    assert.notEqual(speakers('Health Minister Dilan Kaya said the nurse had left. A woman waved. "We will not wait," she told reporters.')[1], 'Dilan Kaya')
  })
})

describe('attribution: cue and content bounds in plain news reports', () => {
  /** `source | cue | content` of each attribution of `text`. */
  const triples = (text: string): string[] => analyzeText(text).attributions.map((x) => `${slice(text, x.source)} | ${slice(text, x.cue)} | ${slice(text, x.content)}`)

  test('"… said outside the station": a place after the cue of a closing quotation is no content, in the rules as in the result', () => {
    const one = '"The line is closed for good," Mr Haskett said outside the depot.'
    const seg = segmentText(one)
    const rules = findRuleAttributions(one, seg, findMentions(one, seg)).attributions
    assert.deepEqual(rules.map((x) => slice(one, x.content)), ['The line is closed for good'])
    const text = 'Drivers stayed home on Monday.\n\n"We did not want this. Our drivers are worn out and our buses are unsafe," Mr Haskett said outside St Brigid\'s Depot.'
    const a = analyzeText(text).attributions.find((x) => slice(text, x.cue) === 'said')
    assert.equal(slice(text, a?.content), 'We did not want this. Our drivers are worn out and our buses are unsafe')
    assert.equal(a?.kind, 'direct')
  })

  test('"X said A and B": the cue is the verb of saying, both joined clauses are its content', () => {
    assert.deepEqual(triples('Villagers said no alarm rang and no one came to warn them before the river burst its banks.'),
      ['Villagers | said | no alarm rang and no one came to warn them before the river burst its banks'])
  })
})

describe('attribution: a bare clause after an addressee, then "and that"', () => {
  test('"told the panel she had acted lawfully and that …": both clauses are the content', () => {
    const text = 'Mrs Quill told the panel she had acted lawfully and that the audit would clear her.'
    const a = analyzeText(text).attributions.find((x) => slice(text, x.cue) === 'told')
    assert.ok(slice(text, a?.content).startsWith('she had acted lawfully'), slice(text, a?.content))
    assert.ok(slice(text, a?.content).includes('the audit would clear her'))
  })
})

describe('attribution: an adverb between the cue and "that"', () => {
  test('"said privately that staff …", "said yesterday that pupils …": the adverb is no part of the content', () => {
    for (const [text, want] of [
      ['A council aide said privately that tenants expected the rent to rise.', 'that tenants expected the rent to rise'],
      ['A school governor said yesterday that pupils were frightened.', 'that pupils were frightened'],
    ] as const) {
      const a = analyzeText(text).attributions.find((x) => slice(text, x.cue).startsWith('said'))
      assert.equal(slice(text, a?.content), want)
    }
  })
})

describe('attribution: the outlet\'s "as" clause after a report', () => {
  test('"…, as the water rose to the roofs": a clause with an irregular past ends the content', () => {
    const text = 'The builder said on Monday it had warned the council weeks before the wall fell, as the flood water rose to the roofs.'
    const a = analyzeText(text).attributions.find((x) => slice(text, x.cue) === 'said')
    assert.equal(slice(text, a?.content), 'it had warned the council weeks before the wall fell')
  })
})

describe('attribution: acts of a court or a witness', () => {
  test('"testified against", "accepted evidence", "offered no evidence", "were given fines" report nothing', () => {
    const cues = (text: string): string[] => analyzeText(text).attributions.map((x) => slice(text, x.cue))
    assert.deepEqual(cues('Three clerks who forged the ledgers were given heavy fines after they testified against the mayor.'), [])
    assert.deepEqual(cues('The mayor was jailed after the jury accepted evidence from two clerks.'), [])
    assert.deepEqual(cues('Port officials claimed the trawler was fishing illegally, but have offered no evidence to back the claim.'), ['claimed'])
    // A witness who says something still reports it.
    assert.deepEqual(cues('The clerk testified that the mayor had forged the ledgers.'), ['testified'])
  })
})

describe('attribution: "according to figures" after a clause of the outlet', () => {
  test('figures cover the counted participle clause, not the scene the outlet sets before it', () => {
    const text = 'Commuters endured misery on Monday as train drivers stopped work, forcing operators to cancel more than 900 services, according to figures published by the transport department.'
    const a = analyzeText(text).attributions.find((x) => x.kind === 'according-to')
    assert.equal(slice(text, a?.content), 'forcing operators to cancel more than 900 services')
    const big = 'Travellers were stranded on Friday as pilots walked out, leaving airlines to scrap about 1,300 flights, according to data compiled by the aviation authority.'
    assert.equal(slice(big, analyzeText(big).attributions.find((x) => x.kind === 'according-to')?.content), 'leaving airlines to scrap about 1,300 flights')
  })
})
