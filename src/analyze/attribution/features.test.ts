/** @module analyze/attribution/features.test — token features and gold labels on short sentences written for the test. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { segmentText } from '../segment/segment.js'
import { cueRateBucket, featureName, LABELS, labelsFromSpans, paragraphRanges, ruleRoles, stackedFeatures, tokenFeatures } from './features.js'

const TEXT = 'The mayor said taxes will fall.\n\n"We won," she said.'

/** The labels of each token as `word/LABEL`, for readable comparison. */
function tagged(text: string, labels: Uint8Array): string {
  const seg = segmentText(text)
  return [...labels].map((l, t) => `${text.slice(seg.starts[t], seg.ends[t])}/${LABELS[l]}`).join(' ')
}

test('paragraphRanges gives the token range of each paragraph', () => {
  const seg = segmentText(TEXT)
  const ranges = paragraphRanges(seg)
  assert.equal(ranges.length, 2)
  assert.equal(ranges[0]!.first, 0)
  assert.equal(ranges[1]!.end, seg.starts.length)
  assert.equal(TEXT.slice(seg.starts[ranges[1]!.first]), '"We won," she said.')
})

test('labelsFromSpans marks B and I per fragment; a cue wins over a content it overlaps', () => {
  const text = 'The mayor said taxes will fall.'
  const seg = segmentText(text)
  const labels = labelsFromSpans(seg, [{ source: [{ start: 0, end: 9 }], cue: [{ start: 10, end: 14 }], content: [{ start: 10, end: 30 }] }])
  assert.equal(tagged(text, labels), 'The/B-S mayor/I-S said/B-C taxes/B-N will/I-N fall/I-N ./O')
})

test('tokenFeatures names the word, the lexicon, quotes and the rules\' role of each token', () => {
  const seg = segmentText(TEXT)
  const said = 2
  const roles = ruleRoles(seg, [{ kind: 'indirect', speaker: 'x', cue: { start: 10, end: 14 }, content: { start: 15, end: 30 } }])
  const features = tokenFeatures(TEXT, seg, [], () => 'name:person', roles, () => 0)
  assert.equal(features.length, seg.starts.length)
  assert.ok(features[said]!.includes('w=said'))
  assert.ok(features[said]!.includes('lex=speech|VERB'))
  assert.ok(features[said]!.includes('r=C'))
  const we = seg.starts.findIndex((s) => TEXT.slice(s, s + 2) === 'We')
  assert.ok(features[we]!.includes('q=q'), 'a quoted token says so')
  // One list per token, the same on every run.
  assert.deepEqual(tokenFeatures(TEXT, seg, [], () => 'name:person', roles, () => 0), features)
})

test('a transcript turn opens its paragraph with a speaker label, after a quotation mark when the transcript is quoted', () => {
  const text = 'The interview follows.\n\n"HOST: Will the bridge reopen?\n\nBERG: It will reopen in May.\n\n"It will," she said.'
  const seg = segmentText(text)
  const features = tokenFeatures(text, seg, [], () => 'name:person', new Uint8Array(seg.starts.length), () => 0)
  const shapeOf = (word: string): string | undefined => features[seg.starts.findIndex((s) => text.startsWith(word, s))]!.find((f) => f.startsWith('para='))?.split('|')[0]
  assert.equal(shapeOf('HOST'), 'para=t1')
  assert.equal(shapeOf('BERG'), 'para=t1')
  assert.equal(shapeOf('she'), 'para=q1')
})

/** The features of the first token spelled `word` that start with `prefix`. */
function featuresOfWord(text: string, word: string, prefix: string, cueRate: (word: string) => number = () => 0): string[] {
  const seg = segmentText(text)
  const features = tokenFeatures(text, seg, [], () => 'name:person', new Uint8Array(seg.starts.length), cueRate)
  return features[seg.starts.findIndex((s) => text.startsWith(word, s))]!.filter((f) => f.startsWith(prefix))
}

test('cue rates are read in buckets: below 2%, then from 2, 5, 15 and 40%', () => {
  assert.deepEqual([0, 0.019, 0.02, 0.049, 0.05, 0.15, 0.39, 0.4, 1].map(cueRateBucket), [0, 0, 1, 1, 2, 3, 3, 4, 4])
  const rate = (word: string): number => (word === 'echo' ? 0.2 : 0)
  assert.ok(featuresOfWord('The mayor echoed the plan.', 'echoed', 'cr=', rate).includes('cr=3|VERB'), 'the lemma\'s rate')
  assert.ok(featuresOfWord('The mayor echoed the plan.', 'mayor', 'cr=', rate).includes('cr=0|NOUN'))
})

test('a word reads who comes before it and what its clause goes on with', () => {
  const text = 'Senator Ruth Kane has also argued on Monday that the bridge is late. Her gripes: "Too slow."'
  const seg = segmentText(text)
  const kane = { span: { start: 0, end: 17 }, actor: 'a1', how: 'title' as const }
  const features = tokenFeatures(text, seg, [kane], (m) => `${m.how}:person`, new Uint8Array(seg.starts.length), () => 0)
  const of = (word: string): string[] => features[seg.starts.findIndex((s) => text.startsWith(word, s))]!.filter((f) => f.startsWith('cl='))
  assert.deepEqual(of('argued'), ['cl=title:person|that|VERB'], 'a person before it, past auxiliaries and adverbs; a that-clause within a few words')
  assert.deepEqual(of('gripes'), ['cl=poss|colon|NOUN'])
  assert.deepEqual(of('bridge'), ['cl=-|-|NOUN'], 'a determiner is no subject; the full stop ends the look ahead')
})

test('stackedFeatures reads the first pass: neighbouring labels, the sentence\'s roles, the nearest cue and the paragraph before', () => {
  const seg = segmentText(TEXT)
  // First pass: "The mayor said taxes will fall." as source, cue, content; the second paragraph unlabelled.
  const first = labelsFromSpans(seg, [{ source: [{ start: 0, end: 9 }], cue: [{ start: 10, end: 14 }], content: [{ start: 15, end: 30 }] }])
  const features = stackedFeatures(seg, first)
  assert.equal(features.length, seg.starts.length)
  const taxes = 3
  assert.ok(features[taxes]!.includes('y=B-N'))
  assert.ok(features[taxes]!.includes('y-1y=B-C|B-N'))
  assert.ok(features[taxes]!.includes('ys=N|SCN|1'), 'the sentence holds all three roles and one cue')
  assert.ok(features[taxes]!.includes('yc=N|1|none'), 'the cue is one token to the left')
  assert.ok(features[2]!.includes('yl=C|say'), 'a cue names its lemma')
  const we = seg.starts.findIndex((s) => TEXT.slice(s, s + 2) === 'We')
  assert.ok(features[we]!.includes('yp=-|Nc|none'), 'the paragraph before ends in a content and holds a cue')
})

test('featureName spells a feature as the untagged template literal would', () => {
  const word = 'said'
  const bucket = 3
  assert.equal(featureName`b`, 'b')
  assert.equal(featureName`w=${word}`, 'w=said')
  assert.equal(featureName`cr=${bucket}|${word}`, 'cr=3|said')
  assert.equal(featureName`r=${'-'}${'C'}${'-'}`, 'r=-C-')
})

test('empty text has no tokens, no ranges and no features', () => {
  const seg = segmentText('')
  assert.deepEqual(paragraphRanges(seg), [])
  assert.deepEqual(tokenFeatures('', seg, [], () => '', new Uint8Array(0), () => 0), [])
  assert.equal(labelsFromSpans(seg, []).length, 0)
  assert.deepEqual(stackedFeatures(seg, new Uint8Array(0)), [])
})
