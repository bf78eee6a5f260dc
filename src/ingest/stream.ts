/**
 * @module ingest/stream — split plain-text inputs, read in order as one stream, into articles.
 *
 * A file boundary alone is not an article boundary: the text has to show one. Boundaries come
 * from licence/copyright footers (the article ends after them), metadata headers (a new
 * article starts at them and they become its metadata) and datelines at a paragraph start after
 * a finished sentence. In `auto` mode a file that opens with a headline line after a finished
 * sentence also starts an article; `files` makes every file an article; `stream` ignores files.
 */
import type { Boundary, Provenance } from '../model/schema.js'
import { endsSentenceBefore, findDatelines, findFooters, findHeaders, type FooterMatch, type HeaderMatch } from './text-signals.js'

/** How to cut plain-text inputs into articles. */
export type SplitMode = 'auto' | 'files' | 'stream'

/** One decoded plain-text input. */
export interface TextInput {
  readonly name: string
  readonly text: string
}

/** An article as cut from the stream, before language and outlet detection. */
export interface StreamArticle {
  readonly text: string
  readonly provenance: Provenance[]
  readonly headers: HeaderMatch[]
  /** Footer inside the article text (offsets into `text`). */
  readonly footer?: FooterMatch
  readonly title?: string
}

/** What splitting found: the articles and why each one starts where it does. */
export interface StreamSplit {
  readonly articles: StreamArticle[]
  readonly boundaries: Boundary[]
}

interface Piece { readonly name: string; readonly start: number; readonly end: number }
interface Cut { readonly at: number; readonly reason: Boundary['reason']; readonly evidence: string }

const HEADLINE = /^[ \t\u00a0]*([^\n]{3,140}?)[ \t\u00a0]*\n/u

/** Splits the inputs into articles and reports each boundary with its reason. Pure. */
export function splitStream(inputs: readonly TextInput[], mode: SplitMode): StreamSplit {
  const pieces: Piece[] = []
  let stream = ''
  for (const input of inputs) {
    pieces.push({ name: input.name, start: stream.length, end: stream.length + input.text.length })
    stream += input.text
  }
  const footers = mode === 'files' ? [] : findFooters(stream)
  const headers = findHeaders(stream)
  const cuts = findCuts(stream, pieces, footers, headers, mode)

  const articles: StreamArticle[] = []
  const boundaries: Boundary[] = []
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i]!
    const end = cuts[i + 1]?.at ?? stream.length
    // The headers that open this article are its metadata, not its text.
    const own: HeaderMatch[] = []
    let textStart = cut.at
    for (const h of headers) {
      if (h.start < textStart || h.end > end) continue
      if (stream.slice(textStart, h.start).trim() !== '') break
      own.push(h)
      textStart = h.end
    }
    while (textStart < end && /\s/u.test(stream[textStart] ?? '')) textStart++
    let textEnd = end
    while (textEnd > textStart && /\s/u.test(stream[textEnd - 1] ?? '')) textEnd--
    if (textEnd <= textStart && own.length === 0) continue
    const at = locate(pieces, cut.at)
    boundaries.push({ input: at.name, inputOffset: at.offset, reason: cut.reason, evidence: cut.evidence })
    const footer = footers.find((f) => f.start >= textStart && f.end <= textEnd)
    const headline = cut.reason === 'headline' ? HEADLINE.exec(stream.slice(cut.at, end))?.[1]?.trim() : undefined
    articles.push({
      text: stream.slice(textStart, textEnd),
      provenance: provenanceOf(pieces, textStart, textEnd),
      headers: own,
      ...(footer ? { footer: { ...footer, start: footer.start - textStart, end: footer.end - textStart } } : {}),
      ...(headline ? { title: headline } : {}),
    })
  }
  return { articles, boundaries }
}

function findCuts(stream: string, pieces: readonly Piece[], footers: readonly FooterMatch[], headers: readonly HeaderMatch[], mode: SplitMode): Cut[] {
  const cuts: Cut[] = [{ at: 0, reason: 'input-start', evidence: 'start of the first input' }]
  const add = (cut: Cut): void => {
    const last = cuts[cuts.length - 1]!
    // Nothing but white space or headers since the last cut: the same article still opens here.
    if (stream.slice(last.at, cut.at).trim() === '' || onlyHeaders(stream, headers, last.at, cut.at)) return
    cuts.push(cut)
  }
  const candidates: Cut[] = []
  for (const f of footers) candidates.push({ at: f.end, reason: 'licence-footer', evidence: stream.slice(f.start, f.end) })
  for (const h of headers) {
    if (endsSentenceBefore(stream, h.start)) candidates.push({ at: h.start, reason: 'metadata-header', evidence: stream.slice(h.start, h.end).trim() })
  }
  if (mode !== 'files') {
    for (const d of findDatelines(stream)) {
      if (endsSentenceBefore(stream, d.start)) candidates.push({ at: d.start, reason: 'dateline', evidence: stream.slice(d.start, d.end).trim() })
    }
  }
  for (const p of pieces.slice(1)) {
    if (mode === 'files') candidates.push({ at: p.start, reason: 'file-start', evidence: `start of ${p.name}` })
    else if (mode === 'auto' && endsSentenceBefore(stream, p.start)) {
      const line = HEADLINE.exec(stream.slice(p.start, Math.min(p.end, p.start + 200)))?.[1]
      if (line && looksLikeHeadline(line)) candidates.push({ at: p.start, reason: 'headline', evidence: line.trim() })
    }
  }
  candidates.sort((a, b) => a.at - b.at)
  for (const c of candidates) add(c)
  return cuts
}

function onlyHeaders(stream: string, headers: readonly HeaderMatch[], from: number, to: number): boolean {
  let at = from
  for (const h of headers) {
    if (h.start < at || h.end > to) continue
    if (stream.slice(at, h.start).trim() !== '') return false
    at = h.end
  }
  return at > from && stream.slice(at, to).trim() === ''
}

/** A headline is a short line of words without a closing full stop. */
function looksLikeHeadline(line: string): boolean {
  const words = line.trim().split(/\s+/u)
  return words.length >= 2 && words.length <= 20 && !/[.,;:]$/u.test(line.trim()) && /^[\p{Lu}\p{N}"“‘']/u.test(line.trim())
}

function locate(pieces: readonly Piece[], at: number): { name: string; offset: number } {
  const piece = pieces.find((p) => at >= p.start && at < p.end) ?? pieces[pieces.length - 1]!
  return { name: piece.name, offset: at - piece.start }
}

function provenanceOf(pieces: readonly Piece[], start: number, end: number): Provenance[] {
  const out: Provenance[] = []
  for (const p of pieces) {
    const s = Math.max(start, p.start)
    const e = Math.min(end, p.end)
    if (s < e) out.push({ start: s - start, end: e - start, input: p.name, inputOffset: s - p.start, via: 'text' })
  }
  return out
}
