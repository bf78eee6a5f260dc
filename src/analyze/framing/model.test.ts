/** @module analyze/framing/model.test — decoding tagged tokens into spans, the model file check, and the committed model. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createContext } from './context.js'
import { buildFeatureView, countOccurrences, hashSink, overlappingTokens, scoreSink, sentenceStats, smoothingFeatures, tokenFeatures, emitTokenFeatures } from './features.js'
import { findRuleHits } from './framing.js'
import { committedFramingModel, decodeSpans, loadFramingModel, peakProbability, PTC_TECHNIQUES, TECHNIQUE_OF_PTC, tokenProbabilities, triggerWords } from './model.js'
import { RULE_BY_ID } from './rules.js'
import { segmentText } from '../segment/segment.js'
import { hashFeatures, probabilities } from '../../learn/logistic.js'

function viewOf(text: string): ReturnType<typeof buildFeatureView> {
  const ctx = createContext(text, segmentText(text), [{ start: 0, end: text.length }], [])
  return buildFeatureView(ctx, findRuleHits(ctx))
}

const TEXT = 'The brutal regime lied again. Officials met on Monday. Pundits believe the corrupt elites lied.'

test('decodeSpans keeps runs inside one sentence, bridges short gaps and trims punctuation', () => {
  const view = viewOf(TEXT)
  const words = (spans: ReturnType<typeof decodeSpans>): string[] =>
    spans.map((s) => TEXT.slice(view.ctx.seg.starts[s.a], view.ctx.seg.ends[s.b - 1]))
  const probs = new Float32Array(view.ctx.seg.starts.length)
  // tokens: The brutal regime lied again . | Officials met on Monday . | Pundits believe the corrupt elites lied .
  for (const i of [1, 2, 4, 5, 14, 16]) probs[i] = 0.9
  assert.deepEqual(words(decodeSpans(view, probs, { threshold: 0.5, gap: 0, seed: 0.5, trim: 0 })), ['brutal regime', 'again', 'corrupt', 'lied'])
  assert.deepEqual(words(decodeSpans(view, probs, { threshold: 0.5, gap: 1, seed: 0.5, trim: 0 })), ['brutal regime lied again', 'corrupt elites lied'])
  assert.deepEqual(decodeSpans(view, new Float32Array(probs.length), { threshold: 0.5, gap: 3, seed: 0.5, trim: 0 }), [])
})

test('decodeSpans gives whole words: a run that starts or ends inside a written word takes the rest of it, not its quotation marks', () => {
  const text = 'Let\'s face the "so-called" reform.'
  const view = viewOf(text)
  const { seg } = view.ctx
  const at = (word: string): number => [...seg.starts].findIndex((start, i) => text.slice(start, seg.ends[i]) === word)
  const probs = new Float32Array(seg.starts.length)
  for (const word of ["'s", 'face', 'so']) probs[at(word)] = 0.9
  const spans = decodeSpans(view, probs, { threshold: 0.5, gap: 1, seed: 0.5, trim: 0 })
  assert.deepEqual(spans.map((s) => text.slice(seg.starts[s.a], seg.ends[s.b - 1])), ["Let's face", 'so-called'])
})

test('the smoother reads the previous and next sentences\' peak probabilities, and marks the article\'s ends', () => {
  const view = viewOf(TEXT)
  const probs = new Float32Array(view.ctx.seg.starts.length)
  probs[1] = 0.95 // "brutal", first sentence
  probs[15] = 0.45 // "corrupt", third sentence
  const stats = sentenceStats(view, probs)
  const of = (i: number): string[] => smoothingFeatures(view, probs, stats, i).filter((f) => /^(prev|next)max=/.test(f))
  assert.deepEqual(of(1), ['prevmax=S', 'nextmax=0'])
  assert.deepEqual(of(7), ['prevmax=9', 'nextmax=4']) // "met", between them
  assert.deepEqual(of(15), ['prevmax=0', 'nextmax=E'])
})

test('decodeSpans keeps a run only when one of its tokens reaches the seed', () => {
  const view = viewOf(TEXT)
  const probs = new Float32Array(view.ctx.seg.starts.length)
  for (const i of [1, 2]) probs[i] = 0.4 // "brutal regime": weak throughout, dropped
  for (const i of [14, 16]) probs[i] = 0.4
  probs[15] = 0.8 // "corrupt elites lied": a confident core, kept whole
  const spans = decodeSpans(view, probs, { threshold: 0.3, gap: 0, seed: 0.7, trim: 0 })
  assert.deepEqual(spans.map((s) => TEXT.slice(view.ctx.seg.starts[s.a], view.ctx.seg.ends[s.b - 1])), ['corrupt elites lied'])
})

test('decodeSpans trims a kept run to the tokens that reach the trim share of its peak', () => {
  const view = viewOf(TEXT)
  const probs = new Float32Array(view.ctx.seg.starts.length)
  for (const i of [11, 12, 13, 15, 16]) probs[i] = 0.3 // "Pundits believe the" and "elites lied": taken in by the low threshold
  probs[14] = 0.8 // "corrupt"
  const words = (trim: number): string[] => decodeSpans(view, probs, { threshold: 0.25, gap: 1, seed: 0.7, trim }).map((s) => TEXT.slice(view.ctx.seg.starts[s.a], view.ctx.seg.ends[s.b - 1]))
  assert.deepEqual(words(0), ['Pundits believe the corrupt elites lied'])
  assert.deepEqual(words(0.5), ['corrupt'])
})

test('a rule hit is judged by the most confident of the tokens it overlaps', () => {
  const view = viewOf(TEXT)
  const probs = new Float32Array(view.ctx.seg.starts.length)
  probs[2] = 0.3
  const regime = TEXT.indexOf('regime')
  // "egim" lies inside the token "regime"; "brutal regime" covers tokens 1 and 2.
  assert.deepEqual(overlappingTokens(view, regime + 1, regime + 5), [2, 3])
  assert.deepEqual(overlappingTokens(view, TEXT.indexOf('brutal'), regime + 6), [1, 3])
  assert.equal(peakProbability(probs, ...overlappingTokens(view, TEXT.indexOf('brutal'), regime + 6)), probs[2])
  assert.equal(peakProbability(probs, 0, 0), 0)
})

test('the hash sink puts every feature in the bucket its name hashes to', () => {
  const view = viewOf(TEXT)
  const sink = hashSink(1 << 12)
  for (let i = 0; i < view.ctx.seg.starts.length; i++) {
    emitTokenFeatures(view, i, sink)
    assert.deepEqual(sink.take(), hashFeatures(tokenFeatures(view, i), 1 << 12))
  }
  assert.ok(tokenFeatures(view, 1).includes('r=framing/loaded-term'), 'rule hits are features of the tokens they cover')
})

test('the scoring sink gives the probability the model gives the hashed features, and starts afresh after each token', () => {
  const view = viewOf(TEXT)
  const { tagger } = committedFramingModel()
  const hashed = hashSink(tagger.buckets)
  const scored = scoreSink(tagger)
  for (let i = 0; i < view.ctx.seg.starts.length; i++) {
    emitTokenFeatures(view, i, hashed)
    emitTokenFeatures(view, i, scored)
    assert.equal(scored.probability(), probabilities(tagger, hashed.take())[1])
  }
  assert.throws(() => scoreSink(committedFramingModel().classifier), /two-class/)
})

test('countOccurrences counts non-overlapping repeats of a span', () => {
  const text = 'lied, lied and lied'
  assert.equal(countOccurrences(text, 0, 4, 6), 3)
  assert.equal(countOccurrences(text, 0, 4, 2), 2)
  assert.equal(countOccurrences(text, 3, 3, 6), 0)
})

test('every PTC technique maps to a learned rule in the catalog', () => {
  for (const label of PTC_TECHNIQUES) assert.ok(RULE_BY_ID.has(`framing/learned-${TECHNIQUE_OF_PTC[label]}`), label)
})

test('a malformed model file is refused with the command that rebuilds it', () => {
  assert.throws(() => loadFramingModel({ model: 'framing', version: 1 }), /npm run train -- framing/)
  assert.throws(() => loadFramingModel(null), /npm run train -- framing/)
})

test('the committed model gives probabilities in [0, 1] and names content words as cues', () => {
  const model = committedFramingModel()
  const view = viewOf(TEXT)
  const probs = tokenProbabilities(view, model)
  assert.equal(probs.length, view.ctx.seg.starts.length)
  assert.ok(probs.every((p) => p >= 0 && p <= 1))
  const cues = triggerWords(view, model.classifier, 0, 5, 0, 3)
  assert.ok(cues.every((w) => /^\p{L}+$/u.test(w) && w !== 'the'))
})

test('a hit of a lexicon list PTC hardly holds is no feature of the tagger; the usual rules\' hits are', () => {
  const view = viewOf('The governor pocketed a fee. The brutal regime lied.')
  const bitsAt = (word: string): number => view.tokenRules[view.ctx.lower.indexOf(word)]!
  assert.equal(bitsAt('pocketed'), 0)
  assert.equal(view.sentenceRules[0], 0)
  assert.notEqual(bitsAt('brutal'), 0)
})
