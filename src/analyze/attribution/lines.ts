/**
 * @module analyze/attribution/lines — attributions made by the shape of a paragraph, with no
 * reporting verb: transcript turns and quotations signed with a dash.
 *
 * - `PENCE: Well, the question really should be …` — a speaker label in capitals and a colon
 *   open the paragraph (after a quotation mark, when the whole transcript is quoted); the colon
 *   is the cue, the rest of the paragraph the content.
 * - `“Maybe we can build a wall around him.” ― Steve Quinlan` — a quotation followed by a dash
 *   and a name closes the paragraph; the dash is the cue.
 * Interviews, debate transcripts and reader roundups are written this way.
 */
import { trimSpan, type Span } from '../../model/span.js'
import type { Segmentation } from '../layers.js'

/** An attribution's spans, its speaker still to be resolved. */
export interface LineAttribution {
  readonly source: Span
  readonly cue: Span
  readonly content: Span
}

/**
 * One to three words in capitals (initials, apostrophes and hyphens allowed), then a colon; a
 * transcript printed as one long quotation opens each paragraph with a quotation mark first.
 */
const TRANSCRIPT_TURN = /^\s*["“]?((?:MR\.|MS\.|MRS\.|DR\.|SEN\.|REP\.|GOV\.)?\s?[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})\s*(:)\s+(?=\S)/du
/** Labels in capitals that introduce something other than a speaker's words. */
const NOT_SPEAKERS = new Set(['UPDATE', 'NOTE', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'RELATED', 'READ MORE', 'WATCH', 'PHOTO', 'PHOTOS', 'VIDEO', 'SOURCE', 'CORRECTION', 'CLARIFICATION', 'BREAKING', 'Q', 'A'])
/** A closing quotation mark, a dash, and one to five capitalised words ending the paragraph. */
const SIGNED_QUOTE = /([”"’])\s*([―—–]|--)\s*([A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,4})[\s.]*$/du

/** A span from regex match indices relative to `offset`. */
const at = (offset: number, [start, end]: [number, number]): Span => ({ start: offset + start, end: offset + end })

/** Returns the transcript turns and signed quotations of the article, in order. Pure; linear. */
export function findLineAttributions(text: string, seg: Pick<Segmentation, 'paragraphs'>): LineAttribution[] {
  const out: LineAttribution[] = []
  for (const p of seg.paragraphs) {
    const paragraph = text.slice(p.start, p.end)
    const turn = TRANSCRIPT_TURN.exec(paragraph)
    if (turn?.indices && !NOT_SPEAKERS.has(turn[1]!.trim()) && /\s\S+\s\S/u.test(paragraph.slice(turn[0].length))) {
      const words = trimSpan(text, { start: p.start + turn[0].length, end: p.end })
      // In a quoted transcript the last turn also closes the quotation.
      const closes = /^\s*["“]/u.test(turn[0]) && /["”]/u.test(text[words.end - 1] ?? '')
      const content = closes ? { start: words.start, end: words.end - 1 } : words
      out.push({ source: at(p.start, turn.indices[1]!), cue: at(p.start, turn.indices[2]!), content })
      continue
    }
    const signed = SIGNED_QUOTE.exec(paragraph)
    if (!signed?.indices) continue
    const open = openingQuote(paragraph.slice(0, signed.index), signed[1]!)
    if (open < 0) continue
    const [nameStart, nameEnd] = signed.indices[3]!
    out.push({ source: at(p.start, [nameStart, nameEnd - (signed[3]!.endsWith('.') ? 1 : 0)]), cue: at(p.start, signed.indices[2]!), content: { start: p.start + open + 1, end: p.start + signed.index } })
  }
  return out
}

/** The offset of the quotation mark opening the paragraph's last quotation, or -1. Pure. */
function openingQuote(before: string, closing: string): number {
  const opening = closing === '”' ? '“' : closing === '’' ? '‘' : '"'
  const index = before.lastIndexOf(opening)
  return index >= 0 && before.length - index > 3 ? index : -1
}
