/**
 * @module analyze/attribution/tagger — runs the trained attribution tagger over one article.
 *
 * The models (`models/attribution.json` and `models/attribution-stacked.json`, made by
 * `npm run train -- attribution`) are averaged structured perceptrons over the features of
 * `features.ts`, read once, on first use. The first labels each paragraph in one Viterbi pass;
 * the second labels it again, reading the first's labels of the whole article as extra features
 * (`stackedFeatures`). `decode.ts` joins the labelled runs into relations.
 */
import { assertSameWordClasses } from '../../knowledge/word-clusters.js'
import { readModel } from '../../learn/model-file.js'
import { loadTagger, viterbi, type LoadedTagger, type TaggerWeights } from '../../learn/perceptron.js'
import type { Actor, Attribution, Mention } from '../../model/schema.js'
import { POS_TAGS, type Segmentation } from '../layers.js'
import { joinRuns, runsOf, type Run, type TokenRelation } from './decode.js'
import { CUE_WORD_RATE, cueWordOf, featureName, LABELS, paragraphRanges, ruleRoles, stackedFeaturesAs, tokenFeaturesAs, type FeatureTag, type FeatureValue } from './features.js'

/** The committed model files: the first pass and the second, stacked on the first's labels. */
export const MODEL_FILES = { first: 'attribution.json', second: 'attribution-stacked.json' } as const

/**
 * Added to the first pass's `B-C` score at every token at run time, in the weights' units
 * (perceptron updates under the committed training options). The tagger finds too few cues
 * (precision well above recall); a first pass that proposes more cue candidates lets the second,
 * which reads them, keep the real ones. Training labels the second pass's input without it: a
 * second pass trained on biased labels trusts them less and gains nothing. Chosen on held-out
 * training folds 9 and 8 (`--holdout 10`, with the clause features of `features.ts`): from 75 to
 * 500 overlap F1 rose on both (fold 9 cue .723 → .741, fold 8 .761 → .767), 500 to 800 score
 * alike on fold 8, and fold 9 falls from 700 on; a bias that makes every token a candidate loses
 * (fold 9 cue .719).
 */
export const FIRST_PASS_CUE_BIAS = 500

export { CUE_WORD_RATE }

/**
 * The two passes of the tagger. The second's features are the first's plus the stacked ones;
 * `secondRowOfFirst` maps a first-pass feature row to the second's (-1 when the second has no
 * weight for it), so each feature name is looked up once. `firstRow` and `secondRow` make each
 * pass's features straight as weight rows (`rowTag`). `cueRates` are the cue words
 * (`CUE_WORD_RATE`) with the share of their occurrences marked as cues in training, which the
 * features read as a prior (`cueRateBucket`).
 */
export interface AttributionTaggers {
  readonly first: LoadedTagger
  readonly second: LoadedTagger
  readonly secondRowOfFirst: Int32Array
  readonly firstRow: FeatureTag<number>
  readonly secondRow: FeatureTag<number>
  readonly cueRates: ReadonlyMap<string, number>
}

/** Per-label score added in the first pass: `FIRST_PASS_CUE_BIAS` on `B-C`. */
const FIRST_PASS_BIAS = Float64Array.from(LABELS, (label) => (label === 'B-C' ? FIRST_PASS_CUE_BIAS : 0))

/** Pairs the two passes with the cue rates; rates below `CUE_WORD_RATE` are left out. Pure. */
export function pairTaggers(first: LoadedTagger, second: LoadedTagger, cueRates: Readonly<Record<string, number>>): AttributionTaggers {
  const secondRowOfFirst = new Int32Array(first.weights.rows).fill(-1)
  for (const [name, row] of first.rowOf) secondRowOfFirst[row] = second.rowOf.get(name) ?? -1
  return {
    first, second, secondRowOfFirst, firstRow: rowTag(first.rowOf), secondRow: rowTag(second.rowOf),
    cueRates: new Map(Object.entries(cueRates).filter(([, rate]) => rate >= CUE_WORD_RATE)),
  }
}

/** Cached rows of one feature template: by its first value, then its second, then its third. */
type RowCache = Map<FeatureValue | undefined, number | RowCache>

/** Most rows `rowTag` caches before it starts afresh, which bounds its memory in a long-running process. */
const MAX_CACHED_ROWS = 1 << 18

/**
 * Returns a `FeatureTag` that gives a feature's row in `rowOf` (-1 when it has none). Building
 * and hashing some 60 feature names per token cost most of the tagger's time; the rows are cached
 * instead by the template (its call site) and its values, which are mostly strings shared by
 * many features (words, tags, buckets) whose hash is computed once. Only a new combination of
 * values builds its name. Its answers depend on `rowOf` only.
 */
export function rowTag(rowOf: ReadonlyMap<string, number>): FeatureTag<number> {
  const templates = new Map<TemplateStringsArray, RowCache>()
  let cached = 0
  const below = (cache: RowCache, value: FeatureValue | undefined): RowCache => {
    let next = cache.get(value) as RowCache | undefined
    if (next === undefined) cache.set(value, (next = new Map()))
    return next
  }
  return (parts, a, b, c) => {
    let cache = templates.get(parts)
    if (cache === undefined) templates.set(parts, (cache = new Map()))
    const arity = parts.length - 1
    let last = a
    if (arity >= 2) {
      cache = below(cache, a)
      last = b
    }
    if (arity >= 3) {
      cache = below(cache, b)
      last = c
    }
    let row = cache.get(last) as number | undefined
    if (row === undefined) {
      row = rowOf.get(featureName(parts, a, b, c)) ?? -1
      if (++cached > MAX_CACHED_ROWS) {
        templates.clear()
        cached = 0
      }
      cache.set(last, row)
    }
    return row
  }
}

let loaded: AttributionTaggers | undefined

/** Returns the committed taggers, read on first use. Throws with the path when a file is missing or malformed. */
export function attributionTaggers(): AttributionTaggers {
  if (!loaded) {
    const first = readModel(MODEL_FILES.first)
    const second = readModel(MODEL_FILES.second) as { cueRates?: unknown } | null
    const cueRates = second?.cueRates
    if (typeof cueRates !== 'object' || cueRates === null || !Object.values(cueRates).every((rate) => typeof rate === 'number')) throw new Error(`${MODEL_FILES.second} has no cue rates`)
    for (const [model, file] of [[first, MODEL_FILES.first], [second, MODEL_FILES.second]] as const) assertSameWordClasses(model, file, 'npm run train -- attribution --data ../shared/data/polnear')
    loaded = pairTaggers(taggerOf(first, MODEL_FILES.first), taggerOf(second, MODEL_FILES.second), cueRates as Record<string, number>)
  }
  return loaded
}

function taggerOf(model: unknown, file: string): LoadedTagger {
  const tagger = loadTagger((model as { tagger?: unknown } | null)?.tagger)
  if (tagger.weights.labels.join(' ') !== LABELS.join(' ')) throw new Error(`${file} has labels ${tagger.weights.labels.join(' ')}, expected ${LABELS.join(' ')}`)
  return tagger
}

/** The kind of an actor mention, as the features name it (`name:person`). */
export function mentionKindOf(actors: readonly Actor[]): (m: Mention) => string {
  const kind = new Map(actors.map((a) => [a.id, a.kind]))
  return (m) => `${m.how}:${kind.get(m.actor) ?? '?'}`
}

/** Returns the feature rows of every token, unknown features left out. Pure given the tagger. */
export function featureRows(features: readonly string[][], rowOf: ReadonlyMap<string, number>): Int32Array[] {
  return knownRows(features.map((names) => names.map((name) => rowOf.get(name) ?? -1)))
}

/**
 * Returns the rows of every token without the unknown ones (-1), as `labelTokens` reads them:
 * views into one buffer, as a typed array per token costs more to make than its rows. Pure.
 */
export function knownRows(rows: readonly number[][]): Int32Array[] {
  const buffer = new Int32Array(rows.reduce((sum, all) => sum + all.length, 0))
  let k = 0
  return rows.map((all) => {
    const start = k
    for (const row of all) if (row >= 0) buffer[k++] = row
    return buffer.subarray(start, k)
  })
}

/** Returns the label of every token (indexes into `LABELS`); tokens outside paragraphs are `O`. Pure given the weights. */
export function labelTokens(weights: TaggerWeights, seg: Segmentation, rows: readonly Int32Array[], labelBias?: Float64Array): Uint8Array {
  const labels = new Uint8Array(seg.starts.length)
  for (const range of paragraphRanges(seg)) labels.set(viterbi(weights, rows.slice(range.first, range.end), labelBias), range.first)
  return labels
}

/**
 * Returns the labels of both passes: the first's, then the second's, which reads the first's as
 * features. `firstRows` are the first pass's feature rows of every token. Pure given the taggers.
 */
export function labelTwice(taggers: AttributionTaggers, seg: Segmentation, firstRows: readonly Int32Array[]): Uint8Array {
  const first = labelTokens(taggers.first.weights, seg, firstRows, FIRST_PASS_BIAS)
  const stackedRows = knownRows(stackedFeaturesAs(taggers.secondRow, seg, first))
  // One buffer for all tokens, as in `knownRows`.
  const buffer = new Int32Array(firstRows.reduce((sum, rows, t) => sum + rows.length + stackedRows[t]!.length, 0))
  let k = 0
  const secondRows = firstRows.map((rows, t) => {
    const start = k
    for (const row of rows) {
      const second = taggers.secondRowOfFirst[row]!
      if (second >= 0) buffer[k++] = second
    }
    const stacked = stackedRows[t]!
    buffer.set(stacked, k)
    k += stacked.length
    return buffer.subarray(start, k)
  })
  return labelTokens(taggers.second.weights, seg, secondRows)
}

/** Returns the sentence index of each token (-1 outside every sentence). Pure; linear. */
export function tokenSentences(seg: Segmentation): Int32Array {
  const out = new Int32Array(seg.starts.length).fill(-1)
  for (let s = 0; s < seg.sentences.length; s++) out.fill(s, seg.sentenceTokenStart[s]!, seg.sentenceTokenEnd[s]!)
  return out
}

const VERB = POS_TAGS.indexOf('VERB')
const ADVERB = POS_TAGS.indexOf('ADV')
/** Participles that name the subject's own state of mind ("are worried about", "was impressed by"): the subject holds the view. */
const STATE_PARTICIPLES = new Set(['alarm', 'anger', 'commit', 'concern', 'confuse', 'convince', 'delight', 'determine', 'disappoint', 'divide', 'encourage', 'excite', 'frustrate', 'impress', 'interest', 'oppose', 'please', 'poise', 'prepare', 'relieve', 'satisfy', 'scare', 'shock', 'surprise', 'terrify', 'trouble', 'upset', 'worry'])

/**
 * True when the cue is a passive: a form of "be", maybe adverbs, then a participle that is not an
 * "-ing" form and not a state of mind ("was criticized", "is widely expected", not "are worried").
 * Pure.
 */
export function isPassiveCue(text: string, seg: Segmentation, cue: Run): boolean {
  for (let t = cue.first; t < cue.last; t++) {
    if (seg.lemmas[t] !== 'be') continue
    let v = t + 1
    while (v < cue.last && seg.pos[v] === ADVERB) v++
    if (seg.pos[v] === VERB && !/ing$/iu.test(text.slice(seg.starts[v], seg.ends[v])) && !STATE_PARTICIPLES.has(seg.lemmas[v] ?? '')) return true
  }
  return false
}

/** Words and marks that join two clauses: a source past them is no subject of the clause before. */
const CLAUSE_JOINT = /^(?:but|and|yet|while|whereas|although|though|;)$/iu

/** Tags one article and returns its relations in token terms; `taggers` default to the committed models. Pure given the taggers. */
export function tagRelations(
  text: string, seg: Segmentation, mentions: readonly Mention[], actors: readonly Actor[], rules: readonly Attribution[], taggers: AttributionTaggers = attributionTaggers(),
): TokenRelation[] {
  const firstRows = knownRows(tokenFeaturesAs(taggers.firstRow, text, seg, mentions, mentionKindOf(actors), ruleRoles(seg, rules), (word) => taggers.cueRates.get(word) ?? 0))
  const labels = labelTwice(taggers, seg, firstRows)
  const sentences = tokenSentences(seg)
  const punctuation = POS_TAGS.indexOf('PUNCT')
  const paragraphs = new Int32Array(seg.starts.length).fill(-1)
  paragraphRanges(seg).forEach((range, p) => paragraphs.fill(p, range.first, range.end))
  const knownCue = (run: Run): boolean => {
    for (let t = run.first; t <= run.last; t++) if (taggers.cueRates.has(cueWordOf(text, seg, t))) return true
    return false
  }
  // Dropped after joining, so that the words such a cue took are not handed to another cue.
  return joinRuns(runsOf(labels, LABELS), {
    sentenceOf: (t) => sentences[t] ?? -1,
    paragraphOf: (t) => paragraphs[t] ?? -1,
    sentenceRange: (s) => ({ first: seg.sentenceTokenStart[s]!, end: seg.sentenceTokenEnd[s]! }),
    isPunctuation: (t) => seg.pos[t] === punctuation,
    isClauseJoint: (t) => CLAUSE_JOINT.test(text.slice(seg.starts[t], seg.ends[t])),
    isPassive: (cue) => isPassiveCue(text, seg, cue),
  }).filter((relation) => knownCue(relation.cue))
}
