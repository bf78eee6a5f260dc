/**
 * @module ingest/stream — split plain-text inputs, read in order as one stream, into articles.
 *
 * A file boundary alone is not an article boundary: the text has to show one. Boundaries come
 * from licence/copyright footers (the article ends after them), metadata headers (a new
 * article starts at them and they become its metadata; a headline line over a block of them
 * is one of them, `text-signals.ts` says when) and datelines at a paragraph start after
 * a finished sentence (or at the headline line just above such a dateline). In `auto` mode a file
 * that opens with a headline line after a finished sentence, or with its own header block after
 * anything at all, also starts an article; `stream`
 * ignores files; `files` makes every file one article and nothing else cuts (footers and headers
 * are still read as metadata). An article that opens with a headline line gets it as its title.
 */
import type { Boundary, Provenance } from '../model/schema.js'
import { detectLanguage, languageName } from './language.js'
import { bylineOf, endsSentenceBefore, findDatelines, findFooters, findHeaders, looksLikeHeadline, type FooterMatch, type HeaderMatch } from './text-signals.js'

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
  /**
   * Files that, in `auto` mode, run on an article from the file before although that file ends
   * with a finished sentence: either one article cut between sentences or two articles the text
   * shows no boundary between, so the user is told (and how to keep them apart).
   */
  readonly joined: ReadonlyArray<{ readonly input: string; readonly after: string }>
}

interface Piece { readonly name: string; readonly start: number; readonly end: number }
interface Cut { readonly at: number; readonly reason: Boundary['reason']; readonly evidence: string }

const HEADLINE = /^[ \t\u00a0]*([^\n]{3,140}?)[ \t\u00a0]*\n/u

/** Splits the inputs into articles and reports each boundary with its reason. Pure. */
export function splitStream(inputs: readonly TextInput[], mode: SplitMode): StreamSplit {
  const pieces: Piece[] = []
  // The header block each file after the first opens with, read in the file alone (offsets into the
  // stream): in the joined stream its headline may look like the last line of the file before.
  const opening: HeaderMatch[] = []
  let stream = ''
  for (const input of inputs) {
    if (input.text === '') continue
    const block = stream !== '' && (mode !== 'stream' || !stream.endsWith('\n')) ? openingBlock(input.text) : []
    // A file that opens with its own header block ("Headline\nPublished: …") starts a line even
    // when the file before it ends mid-line; the line break joins no file, so it is in no piece.
    if (stream !== '' && !stream.endsWith('\n') && block.length > 0) stream += '\n'
    const start = stream.length
    pieces.push({ name: input.name, start, end: start + input.text.length })
    if (mode !== 'stream') for (const h of block) opening.push({ ...h, start: h.start + start, end: h.end + start })
    stream += input.text
  }
  // Footers are found in every mode: in `files` mode they do not cut, but still name the licence.
  const footers = findFooters(stream)
  const headers = withOpeningHeaders(findHeaders(stream), opening)
  const cuts = findCuts(stream, pieces, footers, headers, opening, mode)

  const articles: StreamArticle[] = []
  const boundaries: Boundary[] = []
  // Footers are sorted and cuts ascend, so one forward pointer keeps the footer lookup linear.
  let f0 = 0
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i]!
    const end = cuts[i + 1]?.at ?? stream.length
    // The headers that open this article are its metadata, not its text.
    const own: HeaderMatch[] = []
    let textStart = cut.at
    for (let j = firstHeaderFrom(headers, cut.at); j < headers.length; j++) {
      const h = headers[j]!
      if (h.end > end || stream.slice(textStart, h.start).trim() !== '') break
      own.push(h)
      textStart = h.end
    }
    while (textStart < end && /\s/u.test(stream[textStart] ?? '')) textStart++
    let textEnd = end
    while (textEnd > textStart && /\s/u.test(stream[textEnd - 1] ?? '')) textEnd--
    // Only white space: no article. Only headers (a stream that holds nothing else) is kept, empty,
    // so that ingest can report it rather than lose it silently.
    if (textEnd <= textStart && own.length === 0) continue
    const at = locate(pieces, cut.at)
    // A short first line with no closing stop, followed by the body, is the article's headline.
    const title = headlineAt(stream, textStart, textEnd)
    boundaries.push({ input: at.name, inputOffset: at.offset, reason: cut.reason, evidence: cut.evidence })
    while (f0 < footers.length && footers[f0]!.start < textStart) f0++
    let footer: FooterMatch | undefined
    for (let j = f0; j < footers.length && footers[j]!.start < textEnd; j++) if (footers[j]!.end <= textEnd) footer = footers[j]!
    articles.push({
      text: stream.slice(textStart, textEnd),
      provenance: provenanceOf(pieces, textStart, textEnd),
      headers: own,
      ...(footer ? { footer: { ...footer, start: footer.start - textStart, end: footer.end - textStart } } : {}),
      ...(title ? { title } : {}),
    })
  }
  return { articles, boundaries, joined: mode === 'auto' ? joinedAtSentenceEnd(stream, pieces, cuts) : [] }
}

/** The files whose start no cut marks and that follow a finished sentence of the file before (`StreamSplit.joined`). */
function joinedAtSentenceEnd(stream: string, pieces: readonly Piece[], cuts: readonly Cut[]): StreamSplit['joined'] {
  const joined: Array<{ input: string; after: string }> = []
  let c = 0
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i]!
    while (c + 1 < cuts.length && cuts[c + 1]!.at <= p.start) c++
    // A cut in the file's leading white space or header block opens the next article there.
    const next = cuts[c + 1]?.at ?? stream.length
    const opensHere = cuts[c]!.at === p.start || stream.slice(p.start, Math.min(next, p.end)).trim() === ''
    if (!opensHere && endsSentenceBefore(stream, p.start)) joined.push({ input: p.name, after: pieces[i - 1]!.name })
  }
  return joined
}

function findCuts(stream: string, pieces: readonly Piece[], footers: readonly FooterMatch[], headers: readonly HeaderMatch[], opening: readonly HeaderMatch[], mode: SplitMode): Cut[] {
  const candidates: Cut[] = []
  if (mode === 'files') {
    for (const p of pieces.slice(1)) candidates.push({ at: p.start, reason: 'file-start', evidence: `start of ${p.name}` })
  } else {
    for (const f of footers) candidates.push({ at: f.end, reason: 'licence-footer', evidence: stream.slice(f.start, f.end) })
    const opensFile = new Set(opening.map((h) => h.start))
    for (const h of headers) {
      // A headline over a header block ("Headline\nPublished: …") opens the article it heads; so
      // does a file's own header block, whatever the file before ends with (a bullet list, a box).
      const reason = h.unkeyed && h.key === 'title' ? 'headline' : 'metadata-header'
      if (opensFile.has(h.start) || endsSentenceBefore(stream, h.start)) candidates.push({ at: h.start, reason, evidence: stream.slice(h.start, h.end).trim() })
    }
    for (const d of findDatelines(stream)) {
      const evidence = stream.slice(d.start, d.end).trim()
      if (endsSentenceBefore(stream, d.start)) {
        candidates.push({ at: d.start, reason: 'dateline', evidence })
        continue
      }
      // "…ended.\n\nHeadline\nLONDON (Reuters) - …": the article starts at its headline line.
      const line = lineBefore(stream, d.start)
      if (line && looksLikeHeadline(stream.slice(line.start, line.end)) && endsSentenceBefore(stream, line.start)) {
        candidates.push({ at: line.start, reason: 'dateline', evidence })
      }
    }
    if (mode === 'auto') {
      // Each file's language, told once and only when a file start asks for it.
      const languages: (string | undefined)[] = []
      const languageOf = (k: number): string => (languages[k] ??= detectLanguage(stream.slice(pieces[k]!.start, pieces[k]!.end)))
      pieces.slice(1).forEach((p, i) => {
        const title = endsSentenceBefore(stream, p.start) ? headlineAt(stream, p.start, p.end) : undefined
        if (title) {
          candidates.push({ at: p.start, reason: 'headline', evidence: title })
          return
        }
        // Text in another language is another article, even with no headline, so that ingest can
        // report it as unsupported rather than analyse it as part of an English one.
        const was = languageOf(i)
        const is = languageOf(i + 1)
        if (was !== 'und' && is !== 'und' && was !== is) {
          candidates.push({ at: p.start, reason: 'file-start', evidence: `${p.name} is in ${languageName(is)}, the file before it in ${languageName(was)}` })
        }
      })
    }
  }
  candidates.sort((a, b) => a.at - b.at)
  const cuts: Cut[] = [{ at: 0, reason: 'input-start', evidence: 'start of the first input' }]
  for (const c of candidates) {
    const last = cuts[cuts.length - 1]!
    // Nothing but white space or headers since the last cut: the same article still opens here.
    if (stream.slice(last.at, c.at).trim() === '' || onlyHeaders(stream, headers, last.at, c.at)) continue
    cuts.push(c)
  }
  // Headers with no text after them ("…said.\nsource: Reuters" at the very end) are a trailer of the
  // article before, not an article of their own: drop the cut so they stay in that article's text.
  const last = cuts[cuts.length - 1]!
  if (cuts.length > 1 && (stream.slice(last.at).trim() === '' || onlyHeaders(stream, headers, last.at, stream.length))) cuts.pop()
  return cuts
}

/** Returns the headline at `start` (a short line with no closing stop, then more text before `end`), if any. */
function headlineAt(stream: string, start: number, end: number): string | undefined {
  const window = stream.slice(start, Math.min(end, start + 200))
  const m = HEADLINE.exec(window)
  const line = m?.[1]
  // A byline ("By Jane Doe") opening the text is no headline.
  if (!m || !line || !looksLikeHeadline(line) || bylineOf(line)) return undefined
  // A headline needs a body after it, in the same file or article.
  return stream.slice(start + m[0].length, end).trim() === '' ? undefined : line.trim()
}

/** Returns the non-blank line that ends right before `offset` (white space between them allowed). */
function lineBefore(stream: string, offset: number): { start: number; end: number } | undefined {
  let end = offset
  while (end > 0 && /\s/u.test(stream[end - 1] ?? '')) end--
  if (end === 0 || !/\n/u.test(stream.slice(end, offset))) return undefined
  const start = stream.lastIndexOf('\n', end - 1) + 1
  const lead = /^[ \t\u00a0]*/u.exec(stream.slice(start, end))?.[0].length ?? 0
  return { start: start + lead, end }
}

/** True when `stream[from, to)` holds one or more headers and nothing else but white space. */
function onlyHeaders(stream: string, headers: readonly HeaderMatch[], from: number, to: number): boolean {
  let at = from
  for (let j = firstHeaderFrom(headers, from); j < headers.length && headers[j]!.start < to; j++) {
    const h = headers[j]!
    if (h.end > to) break
    if (stream.slice(at, h.start).trim() !== '') return false
    at = h.end
  }
  return at > from && stream.slice(at, to).trim() === ''
}

/** Index of the first header starting at or after `offset` (binary search; headers are sorted). */
function firstHeaderFrom(headers: readonly HeaderMatch[], offset: number): number {
  let lo = 0
  let hi = headers.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (headers[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

function locate(pieces: readonly Piece[], at: number): { name: string; offset: number } {
  const piece = pieces[Math.min(pieceAt(pieces, at), pieces.length - 1)]!
  return { name: piece.name, offset: at - piece.start }
}

/** Index of the first piece that ends after `offset` (binary search; pieces are in stream order). */
function pieceAt(pieces: readonly Piece[], offset: number): number {
  let lo = 0
  let hi = pieces.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (pieces[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

function provenanceOf(pieces: readonly Piece[], start: number, end: number): Provenance[] {
  const out: Provenance[] = []
  for (let i = pieceAt(pieces, start); i < pieces.length && pieces[i]!.start < end; i++) {
    const p = pieces[i]!
    const s = Math.max(start, p.start)
    const e = Math.min(end, p.end)
    if (s < e) out.push({ start: s - start, end: e - start, input: p.name, inputOffset: s - p.start, via: 'text' })
  }
  return out
}

/** How far into a file its header block may reach. */
const HEADER_REACH = 2000

/** The header block `text` opens with (a keyed line, or a headline above one, and the lines after it), or none. Pure; reads the first `HEADER_REACH` characters. */
function openingBlock(text: string): HeaderMatch[] {
  const head = text.slice(0, HEADER_REACH)
  const block: HeaderMatch[] = []
  let at = 0
  for (const h of findHeaders(head)) {
    if ((block.length === 0 && h.start !== 0) || head.slice(at, h.start).trim() !== '') break
    block.push(h)
    at = h.end
  }
  return block
}

/** The stream's headers with the files' opening blocks put in; a stream header overlapping one of them gives way. Pure; linear, both lists being sorted. */
function withOpeningHeaders(headers: readonly HeaderMatch[], opening: readonly HeaderMatch[]): HeaderMatch[] {
  if (opening.length === 0) return [...headers]
  let j = 0
  const kept = headers.filter((h) => {
    while (j < opening.length && opening[j]!.end <= h.start) j++
    const o = opening[j]
    return !(o && o.start < h.end)
  })
  return [...kept, ...opening].sort((a, b) => a.start - b.start)
}
