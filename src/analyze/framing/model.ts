/**
 * @module analyze/framing/model — the trained span tagger and technique classifier, and how they are decoded.
 *
 * `models/framing.json` (made by `npm run train -- framing`, see `train/framing.ts`) holds four
 * hashed logistic models: a tagger giving each token the probability that it lies in a
 * persuasive span, a sentence classifier giving each sentence the probability that it holds one
 * (it reads the whole sentence, where the tagger reads a few words: most wrong spans lie in
 * sentences with none), a smoother that revises each token's probability from both around the
 * token (stacking: it was trained on out-of-fold output of the other two), and a classifier
 * giving a span one of the 14 PTC techniques. Spans are runs of tokens whose probability reaches `threshold`, within
 * one sentence, bridging gaps of at most `gap` tokens; a run is kept only when one of its tokens
 * reaches the higher `seed` (hysteresis: a low threshold gives whole spans, the seed keeps
 * only runs with a confident core); a kept run is then trimmed at both ends to the tokens that
 * reach `trim` times its peak probability. The four options were chosen by the training script on
 * articles held out from the fit, for the stage's whole persuasion output (these spans together
 * with the rules').
 */
import { featureWeight, hashFeature, hashFeatures, isSavedLogistic, loadLogistic, probabilities, type LogisticModel, type SavedLogistic } from '../../learn/logistic.js'
import { readModel } from '../../learn/model-file.js'
import { assertSameWordClasses } from '../../knowledge/word-clusters.js'
import { POS_TAGS } from '../layers.js'
import { emitSentenceFeatures, emitSmoothingFeatures, emitTokenFeatures, hashSink, PUNCT_TAG, scoreSink, SPAN_WORD, sentenceStats, spanFeatures, type FeatureView } from './features.js'
import type { Technique } from './rules.js'

/** The PTC technique labels, in the classifier's class order. */
export const PTC_TECHNIQUES = [
  'Loaded_Language', 'Name_Calling,Labeling', 'Repetition', 'Doubt', 'Exaggeration,Minimisation', 'Appeal_to_fear-prejudice',
  'Flag-Waving', 'Causal_Oversimplification', 'Appeal_to_Authority', 'Slogans', 'Whataboutism,Straw_Men,Red_Herring',
  'Black-and-White_Fallacy', 'Thought-terminating_Cliches', 'Bandwagon,Reductio_ad_hitlerum',
] as const
export type PtcTechnique = (typeof PTC_TECHNIQUES)[number]

/** rashomon technique of each PTC label. */
export const TECHNIQUE_OF_PTC: Readonly<Record<PtcTechnique, Technique>> = {
  'Loaded_Language': 'loaded-language',
  'Name_Calling,Labeling': 'name-calling',
  'Repetition': 'repetition',
  'Doubt': 'doubt',
  'Exaggeration,Minimisation': 'exaggeration',
  'Appeal_to_fear-prejudice': 'appeal-to-fear',
  'Flag-Waving': 'flag-waving',
  'Causal_Oversimplification': 'causal-oversimplification',
  'Appeal_to_Authority': 'appeal-to-authority',
  'Slogans': 'slogans',
  'Whataboutism,Straw_Men,Red_Herring': 'whataboutism',
  'Black-and-White_Fallacy': 'black-and-white',
  'Thought-terminating_Cliches': 'thought-terminating-cliche',
  'Bandwagon,Reductio_ad_hitlerum': 'bandwagon',
}

/** How tagged tokens become spans. */
export interface SpanDecoding {
  /** Token probability a span's tokens must reach. */
  readonly threshold: number
  /** Longest run of tokens below the threshold bridged inside one span. */
  readonly gap: number
  /** Probability at least one token of a kept span must reach (at least `threshold`). */
  readonly seed: number
  /**
   * Share of a kept span's peak probability its first and last tokens must reach: the run is
   * trimmed to its loaded core, as the low threshold that finds whole spans also takes in the
   * plain words around them (SemEval's SI precision credits a span by the share of it that is gold).
   */
  readonly trim: number
}

/** Span decoding, and how far the model must back a rule's hit for the stage to report it. */
export interface DecodeOptions extends SpanDecoding {
  /**
   * Least tagger probability, at some token of a persuasion rule's hit, for the hit to be
   * reported when the model runs: a rule matches words out of context, the tagger reads them in it.
   */
  readonly ruleSupport: number
}

/** The loaded framing model. */
export interface FramingModel {
  /** First stage: token features → probability in a span. */
  readonly tagger: LogisticModel
  /** First stage too: a sentence's features → probability it holds a persuasive span. */
  readonly sentences: LogisticModel
  /** Second stage: the first stage's probabilities around a token → probability in a span. */
  readonly smoother: LogisticModel
  readonly classifier: LogisticModel
  readonly decode: DecodeOptions
}

/** The model file: both models, the decoding options, and how it was made. */
export interface SavedFramingModel {
  readonly model: 'framing'
  readonly version: 4
  readonly trainedOn: Readonly<Record<string, unknown>>
  readonly labels: readonly string[]
  readonly decode: DecodeOptions
  readonly tagger: SavedLogistic
  readonly sentences: SavedLogistic
  readonly smoother: SavedLogistic
  readonly classifier: SavedLogistic
}

/** Decodes a model file; throws naming the fix when its shape is wrong. */
export function loadFramingModel(value: unknown): FramingModel {
  const v = value as Partial<SavedFramingModel> | null
  const ok = v !== null && typeof v === 'object' && v.model === 'framing' && v.version === 4 && isSavedLogistic(v.tagger) && isSavedLogistic(v.sentences) && isSavedLogistic(v.smoother) && isSavedLogistic(v.classifier) &&
    Array.isArray(v.labels) && v.labels.join('\n') === PTC_TECHNIQUES.join('\n') && typeof v.decode?.threshold === 'number' && typeof v.decode.gap === 'number' && typeof v.decode.seed === 'number' && typeof v.decode.trim === 'number' && typeof v.decode.ruleSupport === 'number'
  if (!ok) throw new Error('models/framing.json is not a framing model of this version: run `npm run train -- framing --data ../shared/data/ptc`')
  return { tagger: loadLogistic(v.tagger), sentences: loadLogistic(v.sentences), smoother: loadLogistic(v.smoother), classifier: loadLogistic(v.classifier), decode: v.decode }
}

let committed: FramingModel | undefined

/** The committed model, read once from `models/framing.json`. */
export function committedFramingModel(): FramingModel {
  if (!committed) {
    const value = readModel('framing.json')
    assertSameWordClasses(value, 'framing.json', 'npm run train -- framing --data ../shared/data/ptc')
    committed = loadFramingModel(value)
  }
  return committed
}

/** Hashed span-tagger features of every token. Pure; linear in tokens. */
export function tokenFeatureRows(view: FeatureView, buckets: number): Int32Array[] {
  const sink = hashSink(buckets)
  return Array.from({ length: view.ctx.seg.starts.length }, (_, i) => {
    emitTokenFeatures(view, i, sink)
    return sink.take()
  })
}

/** First-stage probability, for every token, that it lies in a persuasive span. Pure; linear in tokens. */
export function firstStageProbabilities(rows: readonly Int32Array[], tagger: LogisticModel): Float32Array {
  const out = new Float32Array(rows.length)
  const probs = new Float64Array(2)
  rows.forEach((f, i) => { out[i] = probabilities(tagger, f, probs)[1]! })
  return out
}

/** Hashed sentence-classifier features of every sentence. Pure; linear in tokens. */
export function sentenceFeatureRows(view: FeatureView, buckets: number): Int32Array[] {
  const sink = hashSink(buckets)
  return Array.from({ length: view.ctx.seg.sentences.length }, (_, s) => {
    emitSentenceFeatures(view, s, sink)
    return sink.take()
  })
}

/** The sentence classifier's probability, for every sentence (`rows` from `sentenceFeatureRows`), that it holds a persuasive span. Pure; linear in the rows. */
export function sentenceProbabilities(rows: readonly Int32Array[], classifier: LogisticModel): Float32Array {
  const out = new Float32Array(rows.length)
  const probs = new Float64Array(2)
  rows.forEach((f, s) => { out[s] = probabilities(classifier, f, probs)[1]! })
  return out
}

/** Second-stage probabilities from first-stage ones (token and sentence). Pure; linear in tokens. */
export function smoothedProbabilities(view: FeatureView, first: Float32Array, sentenceProb: Float32Array, smoother: LogisticModel): Float32Array {
  const stats = sentenceStats(view, first, sentenceProb)
  const sink = scoreSink(smoother)
  return Float32Array.from(first, (_, i) => {
    emitSmoothingFeatures(view, first, stats, i, sink)
    return sink.probability()
  })
}

/**
 * Probability, for every token, that it lies in a persuasive span: both stages. Each model scores
 * the features as they are emitted (`scoreSink`): the same figures as `firstStageProbabilities`
 * over `tokenFeatureRows`, without the rows. Pure; linear in tokens.
 */
export function tokenProbabilities(view: FeatureView, model: Pick<FramingModel, 'tagger' | 'sentences' | 'smoother'>): Float32Array {
  const tagger = scoreSink(model.tagger)
  const first = Float32Array.from({ length: view.ctx.seg.starts.length }, (_, i) => {
    emitTokenFeatures(view, i, tagger)
    return tagger.probability()
  })
  const sentences = scoreSink(model.sentences)
  const sentenceProb = Float32Array.from({ length: view.ctx.seg.sentences.length }, (_, s) => {
    emitSentenceFeatures(view, s, sentences)
    return sentences.probability()
  })
  return smoothedProbabilities(view, first, sentenceProb, model.smoother)
}

/** A decoded span: tokens `[a, b)` and the mean probability of its tokens. */
export interface TaggedSpan {
  readonly a: number
  readonly b: number
  readonly score: number
}

/** Turns token probabilities into spans (see the module comment). Pure; linear in tokens. */
export function decodeSpans(view: FeatureView, probs: Float32Array, decode: SpanDecoding): TaggedSpan[] {
  const { seg } = view.ctx
  const out: TaggedSpan[] = []
  for (let s = 0; s < seg.sentences.length; s++) {
    const from = seg.sentenceTokenStart[s] ?? 0
    const to = seg.sentenceTokenEnd[s] ?? 0
    let a = -1
    let last = -1
    let peak = 0
    const close = (): void => {
      let b = last + 1
      let start = a
      const core = peak * decode.trim
      while (start < b && (seg.pos[start] === PUNCT_TAG || probs[start]! < core)) start++
      while (b > start && (seg.pos[b - 1] === PUNCT_TAG || probs[b - 1]! < core)) b--
      // A span holds whole words: "'s" of "Let's", "old" of "34-year-old" take the rest of their word.
      while (start > from && b > start && gluedWord(view, start - 1, start)) start--
      while (b < to && b > start && gluedWord(view, b, b - 1)) b++
      if (b > start && peak >= decode.seed) {
        let sum = 0
        for (let i = start; i < b; i++) sum += probs[i]!
        out.push({ a: start, b, score: sum / (b - start) })
      }
      a = -1
      peak = 0
    }
    for (let i = from; i < to; i++) {
      if (probs[i]! < decode.threshold) continue
      if (a >= 0 && i - last - 1 > decode.gap) close()
      if (a < 0) a = i
      last = i
      peak = Math.max(peak, probs[i]!)
    }
    if (a >= 0) close()
  }
  return out
}

/** True when token `t` is part of the same written word as its neighbour `next` (no space between), and no quotation mark, bracket or stop. */
function gluedWord(view: FeatureView, t: number, next: number): boolean {
  const { seg, text } = view.ctx
  const touching = t < next ? seg.ends[t] === seg.starts[next] : seg.ends[next] === seg.starts[t]
  return touching && !/^[\s"“”‘’'«»()[\]{}.,;:!?…]+$/u.test(text.slice(seg.starts[t], seg.ends[t]))
}

/** Highest probability among the tokens `[a, b)` (0 when empty). Pure. */
export function peakProbability(probs: Float32Array, a: number, b: number): number {
  return a < b ? probs[peakToken(probs, a, b)]! : 0
}

/** The token of `[a, b)` (non-empty) the tagger is surest of; the first on a tie. Pure. */
export function peakToken(probs: Float32Array, a: number, b: number): number {
  let peak = a
  for (let i = a + 1; i < b; i++) if (probs[i]! > probs[peak]!) peak = i
  return peak
}

/** Class probabilities of the span `[a, b)` in `PTC_TECHNIQUES` order. Pure. */
export function classifySpan(view: FeatureView, classifier: LogisticModel, a: number, b: number): Float64Array {
  return probabilities(classifier, hashFeatures(spanFeatures(view, a, b), classifier.buckets))
}

const CUE_POS = new Set(['ADJ', 'ADV', 'NOUN', 'VERB', 'INTJ'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])))

/** Up to `max` distinct content words of `[a, b)` whose features weigh most for `label`, most first. Pure. */
export function triggerWords(view: FeatureView, classifier: LogisticModel, a: number, b: number, label: number, max: number): string[] {
  const scored = new Map<string, number>()
  for (let i = a; i < b; i++) {
    const word = view.ctx.lower[i] ?? ''
    if (!CUE_POS.has(view.ctx.seg.pos[i] ?? 16) || scored.has(word)) continue
    scored.set(word, featureWeight(classifier, hashFeature(SPAN_WORD + word, classifier.buckets), label))
  }
  return [...scored].filter(([, w]) => w > 0).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, max).map(([w]) => w)
}
