/**
 * @module analyze/layers — what the per-article stages read and write.
 *
 * Each stage returns one new layer; the runner attaches it to a fresh `Layers` object, so no
 * stage ever mutates what an earlier stage produced.
 */
import type { Article, Actor, Attribution, Claim, Event, FacetValue, Finding, Genre, Mention, Portrayal } from '../model/schema.js'
import { contains, type Span } from '../model/span.js'

/**
 * Tokens, sentences and paragraphs as flat arrays.
 *
 * Token `i` covers `text.slice(starts[i], ends[i])`; its part of speech is `POS_TAGS[pos[i]]`
 * and its lemma `lemmas[i]`. Sentence `s` covers tokens `[sentenceTokenStart[s], sentenceTokenEnd[s])`
 * and characters `sentences[s]`.
 */
export interface Segmentation {
  readonly starts: Uint32Array
  readonly ends: Uint32Array
  readonly pos: Uint8Array
  readonly lemmas: readonly string[]
  readonly sentences: readonly Span[]
  readonly sentenceTokenStart: Uint32Array
  readonly sentenceTokenEnd: Uint32Array
  readonly paragraphs: readonly Span[]
  /** Quoted passages, quote marks excluded, sorted; a quote left open runs to its paragraph's end. */
  readonly quotes: readonly Span[]
}

/** The index of the first token starting at or after `offset` (binary search). Pure. */
export function firstTokenAtOrAfter(seg: Pick<Segmentation, 'starts'>, offset: number): number {
  let lo = 0
  let hi = seg.starts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (seg.starts[mid]! < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The index of the first mention starting at or after `offset`; mentions are sorted by start. Pure. */
export function firstMentionAtOrAfter(mentions: readonly Mention[], offset: number): number {
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (mentions[mid]!.span.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The mentions starting in [from, to), found by binary search; mentions are sorted by start. Pure. */
export function mentionsStartingIn(mentions: readonly Mention[], from: number, to: number): Mention[] {
  const out: Mention[] = []
  for (let i = firstMentionAtOrAfter(mentions, from); i < mentions.length && mentions[i]!.span.start < to; i++) out.push(mentions[i]!)
  return out
}

/** The mentions that lie outside every dateline ("KYIV, Ukraine (AP) —"): a dateline's names file the story. Pure. */
export function outsideDatelines(mentions: readonly Mention[], datelines: readonly Span[]): Mention[] {
  return mentions.filter((m) => !datelines.some((d) => contains(d, m.span)))
}

/** The Universal Dependencies part-of-speech tags wink-nlp emits, in a fixed order. */
export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE',
] as const
export type PosTag = (typeof POS_TAGS)[number]

/** Actors and their mentions in one article. */
export interface MentionLayer {
  readonly actors: readonly Actor[]
  /** Sorted by span start. */
  readonly mentions: readonly Mention[]
}

/** The attributions of one article and the text left in the outlet's own voice. */
export interface AttributionLayer {
  readonly attributions: readonly Attribution[]
  readonly outletVoice: readonly Span[]
  /** Speakers no mention named ("voters", "Republicans"), and their sources as mentions. */
  readonly speakers?: { readonly actors: readonly Actor[]; readonly mentions: readonly Mention[] }
}

/** Framing findings and the article's genre. */
export interface FramingLayer {
  readonly findings: readonly Finding[]
  readonly genre: Genre
}

/** Every layer a stage can produce, by name. */
export interface LayerMap {
  readonly segments: Segmentation
  readonly mentions: MentionLayer
  readonly attributions: AttributionLayer
  readonly facets: readonly FacetValue[]
  readonly claims: readonly Claim[]
  readonly framing: FramingLayer
  readonly portrayals: readonly Portrayal[]
  readonly events: readonly Event[]
}
export type LayerName = keyof LayerMap
export type Layers = Partial<LayerMap>

/** A rule a stage can emit, declared once in the stage's catalog. */
export interface RuleInfo {
  readonly id: string
  readonly technique: string
  readonly description: string
}

/** A per-article analysis stage: declares what it reads and writes, and computes one layer. */
export interface Stage<K extends LayerName = LayerName> {
  readonly name: string
  readonly requires: readonly LayerName[]
  readonly assigns: K
  readonly rules: readonly RuleInfo[]
  /** Pure: reads the article and earlier layers, returns the new layer. */
  readonly run: (article: Article, layers: Layers) => LayerMap[K]
}

/** Returns a layer an earlier stage must have produced; the runner guarantees it. */
export function need<K extends LayerName>(layers: Layers, name: K): LayerMap[K] {
  const layer = layers[name]
  if (layer === undefined) throw new Error(`layer "${name}" is missing: the stage did not declare it in requires`)
  return layer as LayerMap[K]
}
