/** @module analyze/framing/framing.test — the framing stage end to end: findings, voice, order, genre, seeds. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import * as framing from './index.js'
import { analyzeFraming, createFramingStage, framingStage, type FramingOptions } from './framing.js'
import { genreFigures } from './genre.js'
import { createContext, inOutletVoice, quote } from './context.js'
import { buildFeatureView, overlappingTokens } from './features.js'
import { committedFramingModel } from './model.js'
import { findPlainWording, isPlainWording } from './plain-wording.js'
import { fitsTechnique } from './technique-fit.js'
import { RULES, type Technique } from './rules.js'
import { findingLines, frame, outletOnly, quoteAttributions } from './testing.js'
import { segmentText } from '../segment/segment.js'
import { analyzeArticle, analyzeText } from '../pipeline.js'
import type { FramingLayer } from '../layers.js'

// Tests run from dist/; the fixtures stay in src/ (tsc copies only .ts and imported .json).
const FIXTURES = new URL('../../../../src/analyze/framing/fixtures/', import.meta.url)
const read = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8')

const TAXONOMY = new Set(['loaded-language', 'name-calling', 'doubt', 'exaggeration', 'appeal-to-authority', 'whataboutism', 'flag-waving',
  'causal-oversimplification', 'repetition', 'appeal-to-fear', 'black-and-white', 'thought-terminating-cliche', 'slogans', 'bandwagon',
  'scare-quotes', 'hedge'])

/** Checks the invariants every framing layer must hold on `text`. */
function assertWellFormed(text: string, layer: FramingLayer): void {
  const ids = new Set<string>(RULES.map((r) => r.id))
  let prev: string | undefined
  for (const f of layer.findings) {
    assert.ok(ids.has(f.ruleId), `rule ${f.ruleId} is not in RULES`)
    assert.ok(f.span.start >= 0 && f.span.start < f.span.end && f.span.end <= text.length, `span ${f.span.start}-${f.span.end} out of bounds`)
    assert.ok(f.confidence > 0 && f.confidence <= 1)
    assert.match(f.explanation, /`[^`]+`/, 'explanation quotes its trigger in backticks')
    assert.match(f.explanation, /\.$/)
    const key = `${String(f.span.start).padStart(9, '0')}-${String(f.span.end).padStart(9, '0')}-${f.ruleId}`
    if (prev !== undefined) assert.ok(prev < key, `findings out of order at ${key}`)
    prev = key
  }
  for (const s of layer.genre.evidence) assert.ok(s.start >= 0 && s.end <= text.length)
}

test('the module exports the stage, the analysis function, the catalog and the genre helpers', () => {
  assert.deepEqual(Object.keys(framing).sort(), ['GENRE_THRESHOLDS', 'QUOTED_SPEECH_FACTOR', 'RULES', 'analyzeFraming', 'byFinding', 'classifyGenre', 'createFramingStage', 'framingStage', 'genreFigures'])
  assert.equal(framingStage.name, 'framing')
  assert.deepEqual(framingStage.requires, ['segments', 'attributions'])
  assert.equal(framingStage.assigns, 'framing')
})

test('one complete finding, offsets included', () => {
  const text = 'It was an inconceivable move.'
  assert.deepEqual(frame(text, outletOnly(text)).findings, [{
    ruleId: 'framing/loaded-term',
    technique: 'loaded-language',
    span: { start: 10, end: 23 },
    explanation: 'Loaded wording `inconceivable` judges rather than reports.',
    confidence: 0.6,
  }])
})

test('the stage reads its layers through need() and fails clearly without them', () => {
  const text = 'Pundits believe the talks failed.'
  const article = { id: 'a', text, language: { code: 'eng', supported: true }, provenance: [] }
  const layer = framingStage.run(article, { segments: segmentText(text), attributions: outletOnly(text) })
  assert.deepEqual(findingLines(text, layer.findings), ['0-15 framing/unnamed-authority Pundits believe'])
  assert.throws(() => framingStage.run(article, { segments: segmentText(text) }), /attributions/)
})

test('catalog: ids are unique, prefixed with the stage, and techniques follow the PTC taxonomy', () => {
  const ids = RULES.map((r) => r.id)
  assert.equal(new Set(ids).size, ids.length)
  for (const r of RULES) {
    assert.match(r.id, /^framing\/[a-z]+(?:-[a-z]+)*$/)
    assert.ok(TAXONOMY.has(r.technique), `${r.technique} is not a known technique`)
    assert.ok(r.description.length > 10)
  }
})

// Each fixtures/cases/<case>.txt is run with quotation marks as the only attributions and
// compared with <case>.expected.txt: first line the genre, then one finding per line.
for (const name of readdirSync(FIXTURES.pathname + 'cases').filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt')).sort()) {
  test(`fixture ${name}`, () => {
    const text = read(`cases/${name}`)
    const layer = frame(text)
    assertWellFormed(text, layer)
    const expected = read(`cases/${name.replace(/\.txt$/, '.expected.txt')}`).trimEnd().split('\n')
    assert.deepEqual([`genre ${layer.genre.label}`, ...findingLines(text, layer.findings)], expected)
  })
}

test('findings in quoted speech are kept with half the confidence and say whose words they are', () => {
  const text = 'The brutal raid ended. "It was a brutal raid," the mayor said.'
  const [outlet, quoted] = frame(text).findings
  assert.equal(outlet?.confidence, 0.6)
  assert.equal(outlet?.explanation, 'Loaded wording `brutal` judges rather than reports.')
  assert.equal(quoted?.confidence, 0.3)
  assert.equal(quoted?.explanation, "Loaded wording `brutal` judges rather than reports, in a quoted speaker's words.")
})

test('a reporting cue that casts doubt is the outlet\'s word, though the words after it are the speaker\'s', () => {
  const text = 'Police claimed to have arrested a suspect.'
  const contentStart = text.indexOf('to have')
  const layer = analyzeFraming(text, segmentText(text), {
    attributions: [{ kind: 'indirect', speaker: 'police', cue: { start: 7, end: 14 }, content: { start: contentStart, end: text.length - 1 } }],
    outletVoice: [{ start: 0, end: contentStart - 1 }, { start: text.length - 1, end: text.length }],
  }, { model: null })
  const doubt = layer.findings.find((f) => f.technique === 'doubt')
  assert.equal(text.slice(doubt?.span.start, doubt?.span.end), 'claimed to have')
  assert.equal(doubt?.explanation.includes('quoted'), false)
})

test('every emitted rule id is in the catalog, on every fixture', () => {
  const ids = new Set<string>(RULES.map((r) => r.id))
  for (const name of ['seed-a.txt', 'seed-b.txt', 'cases/editorial.txt', 'cases/contrast.txt']) {
    for (const f of frame(read(name)).findings) assert.ok(ids.has(f.ruleId), f.ruleId)
  }
})

// Edge cases every stage must survive: nothing to find, surrogate pairs and combining
// accents shifting offsets, and a sentence long enough to expose anything quadratic.
const EDGE_CASES: [string, string][] = [
  ['empty text', ''],
  ['white space only', ' \n\t \u00a0\n'],
  ['emoji and accents', 'Le régime 😀🇮🇷 a pris une décision. The brutal régime 👍 called it a “so-called” café naïve move; so-called 🙂 experts say it is clearly outrageous!'],
  ['one very long sentence', `${Array.from({ length: 3000 }, (_, i) => (i % 50 === 7 ? 'the brutal regime, pundits believe,' : `word${i}`)).join(' ')}.`],
  ['only quotation marks', '“” "" “'],
]
for (const [why, text] of EDGE_CASES) {
  test(`edge case: ${why}: spans in bounds, sorted, same on every run`, () => {
    const first = frame(text)
    assertWellFormed(text, first)
    assert.deepEqual(frame(text), first)
    assert.deepEqual(analyzeFraming(text, segmentText(text), outletOnly(text)), analyzeFraming(text, segmentText(text), outletOnly(text)))
  })
}

test('the long sentence is handled in linear time', () => {
  const text = `${Array.from({ length: 20000 }, (_, i) => (i % 40 === 3 ? 'a brutal move' : `w${i}`)).join(' ')}.`
  const seg = segmentText(text)
  const t0 = performance.now()
  const layer = analyzeFraming(text, seg, outletOnly(text))
  assert.ok(performance.now() - t0 < 2000)
  assert.ok(layer.findings.length > 0)
  const rulesOnly = analyzeFraming(text, seg, outletOnly(text), { model: null })
  assert.equal(rulesOnly.findings.filter((f) => f.ruleId === 'framing/loaded-term').length, 500)
})

test('the trained tagger may veto a rule hit it gives no support, but not the devices beyond PTC', () => {
  const text = 'Pundits believe it was an inconceivable move, and the "victims" wept.'
  const model = committedFramingModel()
  const rulesOf = (ruleSupport: number): string[] => analyzeFraming(text, segmentText(text), outletOnly(text), { model: { ...model, decode: { ...model.decode, ruleSupport } } })
    .findings.filter((f) => !f.ruleId.startsWith('framing/learned-')).map((f) => f.ruleId)
  assert.deepEqual(rulesOf(0), ['framing/unnamed-authority', 'framing/loaded-term', 'framing/scare-quotes'])
  assert.deepEqual(rulesOf(1.1), ['framing/unnamed-authority', 'framing/scare-quotes'])
  const shipped = analyzeFraming(text, segmentText(text), outletOnly(text)).findings.map((f) => f.ruleId)
  assert.ok(shipped.includes('framing/unnamed-authority') && shipped.includes('framing/scare-quotes'), 'the devices beyond PTC stay with the committed model')
})

test('wording PTC does not hold escapes the veto hit by hit: a euphemism of death and a foreign sponsor pinned on a group', () => {
  const text = 'Eleven soldiers embraced martyrdom in a raid on hideouts of the Indian-sponsored Fitna al Khawarij.'
  const model = committedFramingModel()
  const vetoAll = { model: { ...model, decode: { ...model.decode, ruleSupport: 1.1 } } }
  const lines = findingLines(text, analyzeFraming(text, segmentText(text), outletOnly(text), vetoAll).findings.filter((f) => !f.ruleId.startsWith('framing/learned-')))
  assert.deepEqual(lines, ['16-34 framing/flag-waving embraced martyrdom', '64-80 framing/name-calling Indian-sponsored'])
})

test('a sponsor is pinned on a named group or an armed label, not on talks, a resolution or a nation\'s rebels', () => {
  const labels = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/name-calling'))
  assert.deepEqual(labels('Iranian-sponsored proxies fired rockets.'), ['0-17 framing/name-calling Iranian-sponsored'])
  assert.deepEqual(labels('The UN-sponsored talks resumed.'), [])
  assert.deepEqual(labels('A US-sponsored resolution failed.'), [])
  assert.deepEqual(labels('US-sponsored Syrian rebels advanced.'), [])
})

test('the outlet voice lookup is a binary search over sorted spans', () => {
  const text = 'aaaa "bb" cccc'
  const ctx = createContext(text, segmentText(text), quoteAttributions(text).outletVoice, [])
  assert.deepEqual([0, 4, 5, 8, 9, 13, 14].map((o) => inOutletVoice(ctx, o)), [true, true, false, false, true, true, false])
})

// The seed articles: A (Iranian outlet, opinion-like) and B (an interview report). The
// attribution layer is hand-built from quotation marks, with the speakers read off the text.
const SEED_A = read('seed-a.txt')
const SEED_B = read('seed-b.txt')
const layerA = quoteAttributions(SEED_A, ['foreign-ministry', 'azerbaijan', 'foreign-ministry'])
const layerB = quoteAttributions(SEED_B, ['aliyev', 'aliyev', 'aliyev', 'aliyev', 'aliyev', 'aliyev', 'aliyev', 'raisi'])

test('seed A is an opinion piece with its loaded language, unnamed authorities, whataboutism and doubt found', () => {
  const result = frame(SEED_A, layerA, {}) // the stage as shipped: rules and the committed model
  assertWellFormed(SEED_A, result)
  assert.equal(result.genre.label, 'opinion')
  const lines = findingLines(SEED_A, result.findings)
  const has = (pattern: RegExp): void => assert.ok(lines.some((l) => pattern.test(l)), `no finding matches ${pattern}`)
  has(/ framing\/loaded-term inconceivable$/)
  has(/ framing\/loaded-term for no good reason$/)
  has(/ framing\/loaded-term ratchet up tensions$/)
  has(/ framing\/unnamed-authority Pundits believe$/)
  has(/ framing\/unnamed-authority Observers have compared$/)
  has(/ framing\/whataboutism This is while Iran has done everything/)
  has(/ framing\/whataboutism Observers have compared Azerbaijan’s measures to those of Iran/)
  has(/ framing\/scare-quotes “terror attack\.”$/)
  has(/ framing\/doubt insists on calling$/)
})

test('seed B is an interview, with far fewer outlet-voice findings per 1,000 words than A', () => {
  const b = frame(SEED_B, layerB, {})
  assertWellFormed(SEED_B, b)
  assert.equal(b.genre.label, 'interview')
  assert.deepEqual(b.genre.evidence.map((s) => SEED_B.slice(s.start, s.end)), ['spoke with', 'Speaking exclusively to'])
  const density = (text: string, layer: typeof layerA): number => {
    const result = analyzeFraming(text, segmentText(text), layer)
    const ctx = createContext(text, segmentText(text), layer.outletVoice, layer.attributions)
    const own = result.findings.filter((f) => !f.explanation.endsWith("in a quoted speaker's words."))
    return genreFigures(ctx, own).density
  }
  const [a, bDensity] = [density(SEED_A, layerA), density(SEED_B, layerB)]
  assert.ok(bDensity * 4 < a, `B ${bDensity.toFixed(1)} vs A ${a.toFixed(1)}`)
})

test('the committed model adds learned findings that name their technique, words and confidence', () => {
  const text = 'The radical left mob wants to destroy our great nation. Pundits believe the corrupt elites will never stop.'
  const learned = frame(text, outletOnly(text), {}).findings.filter((f) => f.ruleId.startsWith('framing/learned-'))
  assert.ok(learned.length > 0, 'the model marks nothing in an openly loaded text')
  for (const f of learned) {
    assert.equal(f.ruleId, `framing/learned-${f.technique}`)
    assert.match(f.explanation, /^Trained tagger marks `[^`]+` as [a-z ,-]+ \(\d+% sure of the technique\)/)
    assert.ok(f.confidence > 0 && f.confidence <= 1)
  }
  assertWellFormed(text, frame(text, outletOnly(text), {}))
})

test('a stage made with model null runs the rules alone', () => {
  const text = 'The radical left mob wants to destroy our great nation.'
  const article = { id: 'a', text, language: { code: 'eng', supported: true }, provenance: [] }
  const layer = createFramingStage({ model: null }).run(article, { segments: segmentText(text), attributions: outletOnly(text) })
  assert.ok(layer.findings.every((f) => !f.ruleId.startsWith('framing/learned-')))
})

for (const [why, text] of EDGE_CASES) {
  test(`edge case with the committed model: ${why}`, () => {
    const first = frame(text, outletOnly(text), {})
    assertWellFormed(text, first)
    assert.deepEqual(frame(text, outletOnly(text), {}), first)
  })
}

test('one device, one finding: the trained tagger does not repeat what a rule names, nor a question what a rule names in it', () => {
  const text = 'Is this really the best the ministry can do? Everyone knows it. Of course they do. But what about the billions it wasted on consultants?'
  const lines = findingLines(text, analyzeFraming(text, segmentText(text), outletOnly(text)).findings)
  // The retrained tagger may mark 'course they do' beyond the booster's 'Of course': not an echo.
  assert.deepEqual(lines.filter((l) => l.includes('framing/learned-') && /Everyone knows|what about|Is this really/.test(l)), [])
  // The tagger may veto the rule's hit in so short a text; if kept, it is the only finding there.
  assert.ok(lines.filter((l) => l.includes('what about')).every((l) => l === '83-136 framing/whataboutism But what about the billions it wasted on consultants?'))
})

test('one device, one finding: two rules on the same words give the finding of the longer, more specific span, else the stronger', () => {
  for (const text of ['Chaos as floods sweep through Lowton.', 'Fury as council shuts Lowton library.']) {
    const rules = findingLines(text, frame(text).findings).filter((l) => l.startsWith('0-'))
    assert.equal(rules.length, 1, rules.join('\n'))
    assert.match(rules[0]!, /framing\/loaded-term (?:Chaos|Fury) as$/u)
  }
  // A word-level finding inside a sentence-long one is another device, and stays.
  const text = 'Is this really the best the ministry can do with this catastrophe?'
  const kept = findingLines(text, frame(text).findings)
  assert.ok(kept.includes('54-65 framing/appeal-to-fear catastrophe'), kept.join('\n'))
})

test('loaded words in reported speech outside quotation marks are the outlet\'s paraphrase, not a quoted speaker\'s', () => {
  const text = 'Observers reported a media machine churning out propaganda. "It was propaganda," she said.'
  const contentEnd = text.indexOf('.')
  const quoted = { start: text.indexOf('"'), end: text.lastIndexOf('"') + 1 }
  const layer = analyzeFraming(text, segmentText(text), {
    attributions: [
      { kind: 'indirect', speaker: 'observers', cue: { start: 10, end: 18 }, content: { start: 19, end: contentEnd } },
      { kind: 'direct', speaker: 'she', cue: { start: quoted.end + 5, end: quoted.end + 9 }, content: quoted },
    ],
    outletVoice: [{ start: 0, end: 18 }, { start: contentEnd, end: quoted.start }, { start: quoted.end, end: text.length }],
  }, { model: null })
  const [paraphrased, quotedWord] = layer.findings.filter((f) => f.ruleId === 'framing/loaded-term')
  assert.match(paraphrased?.explanation ?? '', /in the outlet's paraphrase of a speaker\.$/)
  assert.match(quotedWord?.explanation ?? '', /in a quoted speaker's words\.$/)
  assert.ok((paraphrased?.confidence ?? 0) > (quotedWord?.confidence ?? 1))
})

test('an explanation quotes a long span cut at a blank, never inside an emoji', () => {
  const text = `${'word '.repeat(11)}a😀b and then some more words`
  const quoted = quote(text, { start: 0, end: text.length })
  assert.ok(quoted.endsWith('…') && quoted.length <= 60, quoted)
  assert.doesNotMatch(quoted, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u)
  assert.equal(quote('  short\n span ', { start: 0, end: 14 }), 'short span')
})

// The trained tagger reads "death", "family", "marked" or "saddened" as persuasion; set phrases
// and printed words are none. Each sentence drew a learned finding over the phrase before.
for (const [text, phrase] of <[string, string][]>[
  ['At least 17 workers died in the fire, officials said. Labour groups put the death toll higher. The federation said at least 31 had died.', 'death toll'],
  ['The owner said he would pay for treatment. "We are heartbroken," he said. "These workers are like my own family."', 'own family'],
  ['Videos show officers striking people on the ground. In one, a man in a yellow vest marked "PRESS" is hit on the head.', 'PRESS'],
  ['A spokesperson for one retailer said it was "deeply saddened" and had suspended orders.', 'saddened'],
]) {
  test(`no learned finding over a set phrase or printed words: ${phrase}`, () => {
    const at = text.indexOf(phrase)
    const learned = frame(text, quoteAttributions(text), {}).findings.filter((f) => f.ruleId.startsWith('framing/learned-') && f.span.start < at + phrase.length && at < f.span.end)
    assert.deepEqual(findingLines(text, learned), [])
  })
}

test('the name of a charge is the court\'s wording: "convicted of inciting hatred" is no loaded language; "was inciting the crowd" is', () => {
  const loaded = (text: string): string[] => frame(text, quoteAttributions(text), {}).findings.filter((f) => f.technique === 'loaded-language').map((f) => text.slice(f.span.start, f.span.end))
  assert.deepEqual(loaded('A court convicted the journalist of inciting hatred. He was charged with inciting violence and jailed on charges of treason.'), [])
  assert.deepEqual(loaded('The cleric was inciting the crowd to attack the embassy.'), ['inciting'])
  assert.deepEqual(loaded('A court sentenced the journalist to six years in prison for "inciting hatred" over his reporting.'), [])
})

test('set phrases cover a tagged span, printed words touch one; a placard\'s slogan stays a slogan', () => {
  const text = 'The ministry said "all actions of the police were lawful and proportionate." Crowds held signs reading "Stop the theft" there.'
  const plain = findPlainWording(createContext(text, segmentText(text), [], []))
  const at = (words: string): { start: number; end: number } => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
  assert.ok(isPlainWording(plain, at('lawful and proportionate'), 'name-calling'))
  assert.ok(!isPlainWording(plain, at('all actions of the police were lawful'), 'name-calling'))
  assert.ok(isPlainWording(plain, at('signs reading "Stop'), 'loaded-language'))
  assert.ok(!isPlainWording(plain, at('"Stop the theft"'), 'slogans'))
})

test('a patient\'s condition and a statement\'s graded concern are set phrases, not loaded language or hyperbole', () => {
  const text = 'Two patients are in a critical condition and one was critically injured. The envoy said he was deeply concerned by the reports.'
  const plain = findPlainWording(createContext(text, segmentText(text), [], []))
  const at = (words: string): { start: number; end: number } => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
  assert.ok(isPlainWording(plain, at('a critical condition'), 'loaded-language'))
  assert.ok(isPlainWording(plain, at('critically injured'), 'loaded-language'))
  assert.ok(isPlainWording(plain, at('deeply concerned'), 'exaggeration'))
  assert.ok(!isPlainWording(plain, at('the reports'), 'exaggeration'))
})

test('a learned repetition repeats, and flag-waving names the group, not only its demonym', () => {
  const fits = (text: string, words: string, technique: Technique): boolean => {
    const view = buildFeatureView(createContext(text, segmentText(text), [], []), [])
    const [a, b] = overlappingTokens(view, text.indexOf(words), text.indexOf(words) + words.length)
    return fitsTechnique(view, technique, a, b)
  }
  const mayor = '"Those who lose should respect the will of the people," the mayor said after the vote.'
  assert.ok(!fits(mayor, 'Those who lose should respect the will of the people', 'repetition'))
  assert.ok(fits('Build the wall. They chanted: build the wall!', 'build the wall', 'repetition'))
  const fine = 'The firm will appeal the fine. Will you pay the fine? We may reduce the fine or cancel it.'
  assert.ok(!fits(fine, 'the fine', 'repetition'), 'a plain noun phrase refers again, it does not repeat a device')
  const tariffs = 'The restructuring is a direct consequence of the American tariffs and nothing else.'
  assert.ok(!fits(tariffs, 'a direct consequence of the American tariffs and nothing else', 'flag-waving'))
  assert.ok(fits(tariffs, 'a direct consequence', 'loaded-language'))
  for (const [text, words] of <[string, string][]>[['Every American owes it to himself to read it.', 'Every American owes'], ['He vowed to protect America.', 'protect America'],
    ['The American people deserve better.', 'The American people'], ['They defend our way of life.', 'defend our way']]) {
    assert.ok(fits(text, words, 'flag-waving'), words)
  }
})

test('a denied label is not name-calling, and a short verdict with no alternative is not black-and-white', () => {
  const fits = (text: string, words: string, technique: Technique): boolean => {
    const view = buildFeatureView(createContext(text, segmentText(text), [], []), [])
    const [a, b] = overlappingTokens(view, text.indexOf(words), text.indexOf(words) + words.length)
    return fitsTechnique(view, technique, a, b)
  }
  assert.ok(!fits('He said: "She is not a cheat."', 'She is not a cheat.', 'name-calling'))
  assert.ok(!fits('He is no traitor.', 'He is no traitor', 'name-calling'))
  assert.ok(fits('She is a cheat.', 'She is a cheat', 'name-calling'))
  assert.ok(!fits('"Surprised is the wrong word," he said.', 'Surprised is the wrong word', 'black-and-white'))
  assert.ok(fits('You are with us or against us.', 'with us or against us', 'black-and-white'))
})

test('a diplomatic courtesy is a set phrase: "courage and good faith", "humanitarian goodwill"', () => {
  const text = 'The ministry said both sides had "shown courage and good faith". He called the pardons an act of "humanitarian goodwill".'
  const plain = findPlainWording(createContext(text, segmentText(text), [], []))
  const at = (words: string): { start: number; end: number } => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
  assert.ok(isPlainWording(plain, at('shown courage and good faith'), 'loaded-language'))
  assert.ok(isPlainWording(plain, at('humanitarian goodwill'), 'name-calling'))
  assert.ok(!isPlainWording(plain, at('both sides had'), 'loaded-language'))
})

test('words quoted in a headline are a speaker\'s, not the outlet\'s, though no reporting verb attributes them', () => {
  const text = '"We feel betrayed": workers react to job cuts\nThe company said it felt betrayed by the tariffs.'
  const [headline, body] = frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/loaded-term')
  assert.equal(text.slice(headline?.span.start, headline?.span.end), 'betrayed')
  assert.equal(headline?.explanation, "Loaded wording `betrayed` judges rather than reports, in a quoted speaker's words.")
  assert.equal(body?.explanation, 'Loaded wording `betrayed` judges rather than reports.')
})

test('a headline\'s words in straight single marks are a speaker\'s; an apostrophe opens no quotation', () => {
  const text = "Fury as 'shameless' landlord walks free\nTenants' anger grows at the shameless landlord."
  const found = frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/loaded-term')
  assert.deepEqual(found.map((f) => [text.slice(f.span.start, f.span.end), f.explanation.endsWith("in a quoted speaker's words.")]), [['Fury as', false], ['shameless', true], ['shameless', false]])
})

test('words in quotation marks are a speaker\'s even where no attribution covers them', () => {
  const text = 'The army said the strikes destroyed a depot, and killed "dozens of terrorists." It gave no figure. The terrorists fled.'
  const found = frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/name-calling')
  assert.deepEqual(found.map((f) => [text.slice(f.span.start, f.span.end), f.confidence]), [['terrorists', 0.18], ['terrorists', 0.35]])
  assert.match(found[0]?.explanation ?? '', /in a quoted speaker's words\.$/)
})

test('the reported event named again ("the disaster", "the crash") is no fear or loaded wording; a disaster to come still is', () => {
  const vivid = (text: string, options: FramingOptions = { model: null }): string[] => findingLines(text, frame(text, outletOnly(text), options).findings
    .filter((f) => f.technique === 'appeal-to-fear' || f.technique === 'loaded-language' || f.technique === 'exaggeration'))
  const quake = 'A strong earthquake struck the province on Monday, killing 40 people. The disaster destroyed 200 buildings, and the catastrophe left thousands homeless.'
  assert.deepEqual(vivid(quake), [])
  assert.deepEqual(vivid(quake, {}), [], 'nor does the trained tagger flag it')
  const crash = 'A plane crashed near Lagos on Tuesday. It was the country\'s deadliest air disaster since 2012.'
  assert.deepEqual(vivid(crash, {}), [])
  assert.deepEqual(vivid('The disaster destroyed 200 buildings.'), ['4-12 framing/appeal-to-fear disaster'], 'no event reported before')
  assert.deepEqual(vivid('An earthquake struck on Monday. Experts warn the looming disaster will be worse.'), ['49-56 framing/appeal-to-fear looming', '57-65 framing/appeal-to-fear disaster'])
  assert.deepEqual(vivid('An earthquake struck on Monday. Without new walls, an impending catastrophe awaits.'), ['64-75 framing/appeal-to-fear catastrophe'])
  assert.deepEqual(vivid('An earthquake struck on Monday. The disaster of the new law is worse.'), ['36-44 framing/appeal-to-fear disaster'], 'a judgement of something else')
})

test('an account reported with "claimed" beside another speaker\'s "said" is the outlet\'s doubt; "claimed" alone is not', () => {
  const text = 'Officer Kyle Brandt fired four shots on Saturday. Police claimed he turned toward officers. Witnesses said he was holding a phone.'
  assert.deepEqual(findingLines(text, analyzeText(text).findings.filter((f) => f.ruleId === 'framing/doubt')), ['57-64 framing/doubt claimed'])
  const alone = 'Officer Kyle Brandt fired four shots on Saturday. Police claimed he turned toward officers.'
  assert.deepEqual(analyzeText(alone).findings.filter((f) => f.ruleId === 'framing/doubt'), [])
  const lives = 'Officials said the embassy was closed. The attack claimed the lives of a dozen people.'
  assert.deepEqual(analyzeText(lives).findings.filter((f) => f.ruleId === 'framing/doubt'), [])
})

test('"claimed to have" beside another speaker\'s "said" is one doubt finding, the doubt wording\'s', () => {
  const text = 'Police claimed to have found a weapon in the car. Witnesses said the man was unarmed.'
  assert.deepEqual(findingLines(text, analyzeText(text).findings.filter((f) => f.ruleId === 'framing/doubt')), ['7-22 framing/doubt claimed to have'])
})

test('what footage "shows" is the outlet\'s own account: its wording is the outlet\'s, not a quoted speaker\'s', () => {
  const text = 'Footage shows the moment a trigger-happy officer shot a man as he walked away.'
  const [found] = analyzeText(text).findings.filter((f) => f.ruleId === 'framing/loaded-term')
  assert.equal(text.slice(found!.span.start, found!.span.end), 'trigger-happy')
  assert.equal(found!.confidence, 0.6)
  assert.doesNotMatch(found!.explanation, /speaker/)
})

test('what people "showed" is their account in the outlet\'s paraphrase, not evidence: only a recording shows (the attribution layer\'s test)', () => {
  const text = 'Party officials showed that the reckless plan failed. Witnesses said the man was unarmed.'
  const [found] = analyzeText(text).findings.filter((f) => f.ruleId === 'framing/loaded-term')
  assert.equal(text.slice(found!.span.start, found!.span.end), 'reckless')
  assert.equal(found!.confidence, 0.48)
  assert.match(found!.explanation, /paraphrase/)
})

test('an account reported with "admitted" beside another speaker\'s "said" is cast as a concession; a plea as entered is not', () => {
  const text = 'The minister admitted she had met the donor. Her aide said the meeting was routine.'
  assert.deepEqual(findingLines(text, analyzeText(text).findings.filter((f) => f.ruleId === 'framing/loaded-term')), ['13-21 framing/loaded-term admitted'])
  const plea = 'Smith admitted causing death by careless driving. His lawyer said he was sorry.'
  assert.deepEqual(analyzeText(plea).findings.filter((f) => f.ruleId === 'framing/loaded-term'), [])
  const letIn = 'Most refugees admitted to the country came from Syria. Officials said the plan was ready.'
  assert.deepEqual(analyzeText(letIn).findings.filter((f) => f.ruleId === 'framing/loaded-term'), [])
})

test('words in capitals for emphasis in the outlet\'s voice shout; acronyms, datelines and headlines in capitals do not', () => {
  const shouted = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings)
  assert.deepEqual(shouted('SHAMED Fiona Caldwell finally quit last night.'), ['0-6 framing/loaded-term SHAMED'])
  assert.deepEqual(shouted('She clung on for FIVE days after THAT message.'), ['4-12 framing/loaded-term clung on', '17-21 framing/exaggeration FIVE', '33-37 framing/exaggeration THAT'])
  assert.deepEqual(shouted('NATO and the FDA met in LONDON on the issue.'), [])
  assert.deepEqual(shouted('BEIJING (Reuters) - Officials met on the issue.'), [])
  assert.deepEqual(shouted('MINISTER QUITS OVER LEAKED MESSAGES'), [])
  assert.deepEqual(shouted('The briefing went on. TWO DEAD, 16 INJURED IN FLORIDA NIGHTCLUB SHOOTING Three people were held.'), [])
  assert.deepEqual(shouted('"We were THRILLED," she said of the result.'), [])
})

test('what trials "showed" and what the outlet "can reveal" are its own account; a headline kicker before a colon is no speaker', () => {
  const own = (text: string, word: string): string | undefined => analyzeText(text).findings.find((f) => text.slice(f.span.start, f.span.end) === word)?.explanation
  assert.doesNotMatch(own('The drug was approved after trials showed it slowed the cruel disease. A spokesman said it was safe.', 'cruel') ?? '', /speaker/)
  assert.doesNotMatch(own('The Courier can reveal that furious backbenchers had been plotting for weeks. An MP said so.', 'furious') ?? '', /speaker/)
  const title = 'MINISTER\'S CRONY SCANDAL: Disgraced Home Sec finally quits'
  const headline = analyzeArticle({ id: 'h', title, text: 'The minister resigned.', language: { code: 'eng', supported: true }, provenance: [{ start: 0, end: 22, input: '<t>', inputOffset: 0, via: 'text' }] })
  const disgraced = headline.headlineFindings.find((f) => title.slice(f.span.start, f.span.end) === 'Disgraced')
  assert.equal(disgraced?.explanation, 'Loaded wording `Disgraced` judges rather than reports.')
})

test('a headline has no speaker: its words outside quotation marks are the outlet\'s, though a verb in it reports', () => {
  const headline = (title: string, word: string): string | undefined => analyzeArticle({ id: 'h', title, text: 'The count ended.', language: { code: 'eng', supported: true }, provenance: [{ start: 0, end: 16, input: '<t>', inputOffset: 0, via: 'text' }] })
    .headlineFindings.find((f) => title.slice(f.span.start, f.span.end) === word)?.explanation
  assert.equal(headline('Board confirms result as violent thugs clash with police', 'thugs'), 'Label `thugs` names a person or group with contempt or fear.')
  assert.equal(headline('Mayor says thugs wrecked the park', 'thugs'), 'Label `thugs` names a person or group with contempt or fear.')
  assert.equal(headline('Mayor: "thugs" wrecked the park', 'thugs'), "Label `thugs` names a person or group with contempt or fear, in a quoted speaker's words.")
})

test('a hoax named as the topic of a fact-check is no loaded language; a hoax label on a claim still is', () => {
  const debunk = 'The singer is alive, despite another internet death hoax. The latest hoax claiming she had died spread fast. ' +
    'Are fans tired of celebrity death hoaxes? False reports of her death went viral.'
  const hoaxHits = (text: string): string[] => frame(text, quoteAttributions(text), {}).findings
    .filter((f) => /hoax|false/iu.test(text.slice(f.span.start, f.span.end)) && (f.technique === 'loaded-language' || f.technique === 'name-calling' || f.technique === 'repetition'))
    .map((f) => text.slice(f.span.start, f.span.end))
  assert.deepEqual(hoaxHits(debunk), [])
  assert.ok(hoaxHits('The senator called it the hoax of the century and said climate change is a hoax.').length > 0)
  // A dismissal of a report is a politician's label as often as a fact-check's finding: it stays loaded.
  const flagged = (text: string): boolean => frame(text, quoteAttributions(text), {}).findings.some((f) => /hoax|fake/iu.test(text.slice(f.span.start, f.span.end)))
  for (const dismissal of ['The governor said the pipeline story was a total hoax.', 'The news is fake.', 'The story was fake, the senator said.', 'He said the report was just a hoax.']) {
    assert.ok(flagged(dismissal), dismissal)
  }
})

test('a person\'s life said to be in danger and a time elapsed are plain statements, no appeal to fear or exaggeration', () => {
  const text = 'The aid worker, seized more than a year ago in the capital, said in a video that his life was in danger. ' +
    '"My life is in imminent danger," he said. Officials said the worker\'s life was in danger when the raid began.'
  const hits = frame(text, quoteAttributions(text), {}).findings
    .filter((f) => f.technique === 'appeal-to-fear' || f.technique === 'exaggeration' || f.technique === 'loaded-language')
    .map((f) => text.slice(f.span.start, f.span.end))
  assert.deepEqual(hits, [])
})

test('a legal idiom ("a chilling effect on"), a records check and a stated uncertainty are plain statements, no finding', () => {
  const text = 'Amnesty International said the law would have a chilling effect on rights groups and journalists. ' +
    'The coast guard said it had no record of such a call. "We do not know who to believe any more," the elder said.'
  const hits = findingLines(text, frame(text, quoteAttributions(text), {}).findings)
  assert.deepEqual(hits, [])
})

test('mockery in the outlet\'s voice is loaded language ("much-hyped", "fizzled out", "miserly", "boasts of"); a town that boasts a museum is not', () => {
  const loaded = (text: string): string[] => frame(text, quoteAttributions(text), {}).findings
    .filter((f) => f.technique === 'loaded-language').map((f) => text.slice(f.span.start, f.span.end))
  assert.ok(loaded('Its much-hyped rocket failed on Thursday.').includes('much-hyped'))
  assert.ok(loaded('The launch fizzled out over the sea.').includes('fizzled out'))
  assert.ok(loaded('Nurses were offered a miserly raise.').includes('miserly'))
  assert.ok(loaded('The minister boasts of a record budget.').includes('boasts of'))
  assert.deepEqual(loaded('The town boasts a fine museum and a river walk.'), [])
})

test('a political act called a show or a stunt is loaded language; a theatre or a stunt performer is not', () => {
  const loaded = (text: string): string[] => frame(text, quoteAttributions(text), {}).findings
    .filter((f) => f.technique === 'loaded-language').map((f) => text.slice(f.span.start, f.span.end))
  assert.deepEqual(loaded('The law passed after opposition deputies staged a theatrical boycott of the vote.'), ['theatrical boycott'])
  assert.deepEqual(loaded('The senator dismissed the hearing as a publicity stunt.'), ['publicity stunt'])
  assert.deepEqual(loaded('The city theatre staged a new play. A stunt performer was injured during filming.'), [])
})

test('every finding names the words that triggered it: its explanation quotes, in backticks, words of its own span', () => {
  const text = "Fury as PM's botched plan backfires. Yet another study says the boffins were left baffled, and the so-called experts agree. " +
    'What about the other side? Either we act now or we lose everything. The "reform" is a DISGRACE. ' +
    'Smith claimed the plan worked, while Jones said it failed. Is it any wonder? Clearly a disgrace, a disgrace! Reportedly, roughly half agreed.'
  for (const options of [{ model: null }, {}, { headline: true }]) {
    const { findings } = frame(text, outletOnly(text), options)
    assert.ok(findings.length >= 12, `${findings.length} findings`)
    for (const f of findings) {
      const named = /`([^`]+)`/.exec(f.explanation)?.[1]
      assert.ok(named !== undefined && text.slice(f.span.start, f.span.end).includes(named), `${f.ruleId}: ${f.explanation}`)
    }
  }
})

test('the words after "dismissed as", "described as", "branded" or "called" are the speaker\'s characterisation, not the outlet\'s judgement', () => {
  const voiceOf = (text: string, word: string): string | undefined => analyzeText(text).findings
    .find((f) => f.ruleId === 'framing/loaded-term' && text.slice(f.span.start, f.span.end) === word)?.explanation
  const speakers = [
    ['The ministry claimed its troops were fired on first, a claim officials dismissed as absurd.', 'absurd'],
    ['The union described the offer as insulting.', 'insulting'],
    ['Critics branded the scheme a disgraceful waste of money.', 'disgraceful'],
    ['The mayor has called the plan absurd.', 'absurd'],
    ['The plan was dismissed as absurd by the union.', 'absurd'],
  ] as const
  for (const [text, word] of speakers) assert.match(voiceOf(text, word) ?? '', /in a quoted speaker's words\.$/, text)
  // The outlet's own words around such a clause, past its end ("after"), and an imperative with no speaker are not a speaker's label.
  for (const [text, word] of [['The plan was absurd, and critics dismissed it as costly.', 'absurd'], ['Residents called the police after a brutal attack.', 'brutal'], ['Call it absurd if you like.', 'absurd']] as const) {
    assert.doesNotMatch(voiceOf(text, word) ?? 'not found', /quoted speaker|not found/, text)
  }
})

test('a headline ending on its source (", Belstan says", "– minister") gives its words to that speaker; a headline opening on a reporting verb stays the outlet\'s', () => {
  const headline = (title: string, word: string): string | undefined => analyzeArticle({ id: 'h', title, text: 'The count ended.', language: { code: 'eng', supported: true }, provenance: [{ start: 0, end: 16, input: '<t>', inputOffset: 0, via: 'text' }] })
    .headlineFindings.find((f) => title.slice(f.span.start, f.span.end) === word)?.explanation
  assert.match(headline('Troops kill 12 in unprovoked border attack, Belstan says', 'unprovoked') ?? '', /speaker/)
  assert.match(headline('Troops kill 12 in unprovoked border attack – minister', 'unprovoked') ?? '', /speaker/)
  assert.equal(headline('Belstan says troops killed 12 in unprovoked attack', 'unprovoked'), 'Loaded wording `unprovoked` judges rather than reports.')
  // The same headline as the first line of a plain text.
  const text = 'Troops kill 12 in unprovoked border attack, Belstan says\n\nTwelve soldiers were killed on Monday.'
  const found = analyzeText(text).findings.find((f) => text.slice(f.span.start, f.span.end) === 'unprovoked')
  assert.match(found?.explanation ?? '', /quoted speaker/)
})
