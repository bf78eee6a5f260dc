/**
 * @module analyze/framing/testing — builds the layers the framing stage reads, for tests and benchmarks.
 *
 * The attribution layer is hand-built from quotation marks: every quoted passage is one direct
 * attribution to the speaker given for it, and the outlet's voice is everything else. This is
 * deliberately simple; the real attribution stage does much more.
 */
import type { Attribution, Finding } from '../../model/schema.js'
import type { Span } from '../../model/span.js'
import type { AttributionLayer, FramingLayer } from '../layers.js'
import { segmentText } from '../segment/segment.js'
import { analyzeFraming, type FramingOptions } from './framing.js'

const QUOTATION = /“[^“”]*”|"[^"]*"/gu

/** Returns the quoted passages of `text`, marks included. Pure. */
export function quotedPassages(text: string): Span[] {
  return [...text.matchAll(QUOTATION)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/**
 * Returns an attribution layer where passage `i` is said by `speakers[i]` (the last speaker
 * repeats when the list is short) and the outlet's voice is the rest of the text. Pure.
 */
export function quoteAttributions(text: string, speakers: readonly string[] = ['speaker']): AttributionLayer {
  const passages = quotedPassages(text)
  const attributions: Attribution[] = passages.map((p, i) => ({
    kind: 'direct', speaker: speakers[Math.min(i, speakers.length - 1)] ?? 'speaker', cue: { start: p.end, end: p.end }, content: p,
  }))
  return { attributions, outletVoice: complement(text.length, passages) }
}

/** The whole text as the outlet's voice, with no attributions: what the benchmarks use. Pure. */
export function outletOnly(text: string): AttributionLayer {
  return { attributions: [], outletVoice: text.length === 0 ? [] : [{ start: 0, end: text.length }] }
}

function complement(length: number, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  let at = 0
  for (const s of spans) {
    if (s.start > at) out.push({ start: at, end: s.start })
    at = Math.max(at, s.end)
  }
  if (at < length) out.push({ start: at, end: length })
  return out
}

/** Renders findings as one-line `start-end ruleId actual` strings, the form tests compare. Pure. */
export function findingLines(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.span.start}-${f.span.end} ${f.ruleId} ${text.slice(f.span.start, f.span.end).replace(/\s+/g, ' ')}`)
}

/**
 * Segments `text` and runs the framing stage with the given (default: quote-built) attribution
 * layer. By default the hand-written rules run alone (`model: null`), so a rule's test does not
 * move when the model is retrained; pass `{}` for the stage as shipped, with the committed model.
 */
export function frame(text: string, layer: AttributionLayer = quoteAttributions(text), options: FramingOptions = { model: null }): FramingLayer {
  return analyzeFraming(text, segmentText(text), layer, options)
}
