/**
 * @module bench/lib-errors — what the attribution benchmark's misses and false alarms are made of.
 *
 * Cues are matched as the overlap score matches them (`matchOverlap`). A gold cue left unmatched
 * is a missed cue, a predicted one a spurious cue; each is put in a class by the words it covers
 * (a reporting verb of the lexicon, another verb, a noun, "according to", punctuation such as
 * PolNeAR's colon cue). For each matched cue the source and content of the two relations are
 * compared: missing, not annotated, not overlapping, or overlapping with other boundaries. These
 * are counts for reading, not scores: nothing is tuned on them.
 */
import { firstTokenAtOrAfter, POS_TAGS, type Segmentation } from '../src/analyze/layers.js'
import { BELIEF_VERBS, SPEECH_VERBS } from '../src/analyze/attribution/cues.js'
import { extentOf, matchOverlap, sharedCharacters, type Item, type RoleItems } from './lib-score.js'

export const CUE_CLASSES = ['lexicon verb', 'other verb', 'noun', 'according to', 'punctuation', 'other'] as const
export type CueClass = (typeof CUE_CLASSES)[number]

/** How a matched relation's source or content differs from gold. */
export const PART_ERRORS = ['missing', 'not annotated', 'no overlap', 'other boundaries'] as const
export type PartError = (typeof PART_ERRORS)[number]

/** Error counts summed over annotation files. */
export interface ErrorTally {
  readonly missedCues: Record<CueClass, number>
  readonly spuriousCues: Record<CueClass, number>
  /** Lower-cased words of missed and spurious cues, with how often. */
  readonly missedWords: Map<string, number>
  readonly spuriousWords: Map<string, number>
  /** Cue pairs matched, and how their sources and contents differ. */
  matchedCues: number
  readonly source: Record<PartError, number>
  readonly content: Record<PartError, number>
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>

export function emptyTally(): ErrorTally {
  return {
    missedCues: zeros(CUE_CLASSES), spuriousCues: zeros(CUE_CLASSES), missedWords: new Map(), spuriousWords: new Map(),
    matchedCues: 0, source: zeros(PART_ERRORS), content: zeros(PART_ERRORS),
  }
}

/** The class of a cue from the tokens it covers: a lexicon reporting verb wins over any other verb, a verb over a noun. Pure. */
export function cueClassOf(text: string, seg: Segmentation, item: Item): CueClass {
  const extent = extentOf(item)
  if (!extent) return 'other'
  if (/\baccording\s+to\b/iu.test(text.slice(extent.start, extent.end))) return 'according to'
  let best: CueClass = 'punctuation'
  for (let t = firstTokenAtOrAfter(seg, extent.start); t < seg.starts.length && seg.starts[t]! < extent.end; t++) {
    const pos = POS_TAGS[seg.pos[t] ?? 16]
    const lemma = seg.lemmas[t] ?? ''
    if (pos === 'VERB' && (SPEECH_VERBS.has(lemma) || BELIEF_VERBS.has(lemma))) return 'lexicon verb'
    if (pos === 'VERB' || pos === 'AUX') best = 'other verb'
    else if ((pos === 'NOUN' || pos === 'PROPN') && best !== 'other verb') best = 'noun'
    else if (pos !== 'PUNCT' && best === 'punctuation') best = 'other'
  }
  return best
}

/** How a predicted part differs from the gold one (`undefined`: they match exactly). Pure. */
export function partError(gold: Item | undefined, pred: Item | undefined): PartError | undefined {
  if (!gold) return pred ? 'not annotated' : undefined
  if (!pred) return 'missing'
  if (sharedCharacters(gold, pred) === 0) return 'no overlap'
  const g = extentOf(gold)!
  const p = extentOf(pred)!
  return g.start === p.start && g.end === p.end ? undefined : 'other boundaries'
}

/** Counts one more `key` in `map`. */
export const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1)
}

/** Adds one annotation file's errors against the article's predictions into `tally`. */
export function tallyErrors(tally: ErrorTally, text: string, seg: Segmentation, gold: RoleItems, pred: RoleItems): void {
  const goldIndex = gold.cue.flatMap((c, i) => (c ? [i] : []))
  const predIndex = pred.cue.flatMap((c, i) => (c ? [i] : []))
  const matching = matchOverlap(goldIndex.map((i) => gold.cue[i]!), predIndex.map((i) => pred.cue[i]!))
  const words = (item: Item): string => item.map((f) => text.slice(f.start, f.end)).join(' … ').toLowerCase().replace(/\s+/gu, ' ')
  for (const g of matching.missedGold) {
    const item = gold.cue[goldIndex[g]!]!
    tally.missedCues[cueClassOf(text, seg, item)]++
    bump(tally.missedWords, words(item))
  }
  for (const p of matching.spuriousPred) {
    const item = pred.cue[predIndex[p]!]!
    tally.spuriousCues[cueClassOf(text, seg, item)]++
    bump(tally.spuriousWords, words(item))
  }
  for (const [g, p] of matching.pairs) {
    tally.matchedCues++
    const gi = goldIndex[g]!
    const pi = predIndex[p]!
    const source = partError(gold.source[gi], pred.source[pi])
    if (source) tally.source[source]++
    const content = partError(gold.content[gi], pred.content[pi])
    if (content) tally.content[content]++
  }
}

/** The `n` most frequent entries, most frequent first, ties by key. Pure. */
export function topEntries(map: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n)
}
