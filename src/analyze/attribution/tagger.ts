/**
 * @module analyze/attribution/tagger — runs the trained attribution tagger over one article.
 *
 * The model (`models/attribution.json`, made by `npm run train -- attribution`) is an averaged
 * structured perceptron over the features of `features.ts`. It is read once, on first use.
 * Each paragraph is labelled in one Viterbi pass; `decode.ts` joins the labelled runs into
 * relations.
 */
import { readModel } from '../../learn/model-file.js'
import { loadTagger, viterbi, type LoadedTagger } from '../../learn/perceptron.js'
import type { Actor, Attribution, Mention } from '../../model/schema.js'
import { POS_TAGS, type Segmentation } from '../layers.js'
import { joinRuns, runsOf, type TokenRelation } from './decode.js'
import { LABELS, paragraphRanges, ruleRoles, tokenFeatures } from './features.js'

/** The committed model file. */
export const MODEL_FILE = 'attribution.json'

let loaded: LoadedTagger | undefined

/** Returns the committed tagger, read on first use. Throws with the path when the file is missing or malformed. */
export function attributionTagger(): LoadedTagger {
  if (!loaded) {
    const model = readModel(MODEL_FILE) as { tagger?: unknown } | null
    const tagger = loadTagger(model?.tagger)
    if (tagger.weights.labels.join(' ') !== LABELS.join(' ')) throw new Error(`${MODEL_FILE} has labels ${tagger.weights.labels.join(' ')}, expected ${LABELS.join(' ')}`)
    loaded = tagger
  }
  return loaded
}

/** The kind of an actor mention, as the features name it (`name:person`). */
export function mentionKindOf(actors: readonly Actor[]): (m: Mention) => string {
  const kind = new Map(actors.map((a) => [a.id, a.kind]))
  return (m) => `${m.how}:${kind.get(m.actor) ?? '?'}`
}

/** Returns the feature rows of every token, unknown features left out. Pure given the tagger. */
export function featureRows(features: readonly string[][], rowOf: ReadonlyMap<string, number>): Int32Array[] {
  return features.map((names) => {
    const rows: number[] = []
    for (const name of names) {
      const row = rowOf.get(name)
      if (row !== undefined) rows.push(row)
    }
    return Int32Array.from(rows)
  })
}

/** Returns the label of every token (indexes into `LABELS`); tokens outside paragraphs are `O`. Pure given the tagger. */
export function labelTokens(tagger: LoadedTagger, seg: Segmentation, rows: readonly Int32Array[]): Uint8Array {
  const labels = new Uint8Array(seg.starts.length)
  for (const range of paragraphRanges(seg)) labels.set(viterbi(tagger.weights, rows.slice(range.first, range.end)), range.first)
  return labels
}

/** Returns the sentence index of each token (-1 outside every sentence). Pure; linear. */
export function tokenSentences(seg: Segmentation): Int32Array {
  const out = new Int32Array(seg.starts.length).fill(-1)
  for (let s = 0; s < seg.sentences.length; s++) out.fill(s, seg.sentenceTokenStart[s]!, seg.sentenceTokenEnd[s]!)
  return out
}

/** Tags one article and returns its relations in token terms; `tagger` defaults to the committed model. Pure given the tagger. */
export function tagRelations(
  text: string, seg: Segmentation, mentions: readonly Mention[], actors: readonly Actor[], rules: readonly Attribution[], tagger: LoadedTagger = attributionTagger(),
): TokenRelation[] {
  const features = tokenFeatures(text, seg, mentions, mentionKindOf(actors), ruleRoles(seg, rules))
  const labels = labelTokens(tagger, seg, featureRows(features, tagger.rowOf))
  const sentences = tokenSentences(seg)
  const punctuation = POS_TAGS.indexOf('PUNCT')
  const paragraphs = new Int32Array(seg.starts.length).fill(-1)
  paragraphRanges(seg).forEach((range, p) => paragraphs.fill(p, range.first, range.end))
  return joinRuns(runsOf(labels, LABELS), {
    sentenceOf: (t) => sentences[t] ?? -1,
    paragraphOf: (t) => paragraphs[t] ?? -1,
    sentenceRange: (s) => ({ first: seg.sentenceTokenStart[s]!, end: seg.sentenceTokenEnd[s]! }),
    isPunctuation: (t) => seg.pos[t] === punctuation,
  })
}
