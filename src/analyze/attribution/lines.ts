/**
 * @module analyze/attribution/lines — attributions made by the shape of a paragraph, with no
 * reporting verb: transcript turns and quotations signed with a dash.
 *
 * - `PENCE: Well, the question really should be …` — a speaker label in capitals and a colon
 *   open the paragraph (after a quotation mark, when the whole transcript is quoted); the colon
 *   is the cue, the rest of the paragraph the content. A label in ordinary case (`Alvarez: I'd
 *   say …`) is a turn only when it names a person the article introduced (`named`, checked by
 *   the caller against the mentions); `Q:` and `A:` (or `Q.` and `A.`) are the interviewer's
 *   questions and the interviewee's answers, read only in an article that has questions and answers
 *   (or named turns).
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
  /** What the label is: a name in capitals, a name in ordinary case (a turn only if it names a known person), a question or an answer. */
  readonly label?: 'capitals' | 'named' | 'question' | 'answer'
}

/**
 * One to three words in capitals (initials, apostrophes and hyphens allowed), then a colon; a
 * transcript printed as one long quotation opens each paragraph with a quotation mark first.
 */
const TRANSCRIPT_TURN = /^\s*["“]?((?:MR\.|MS\.|MRS\.|DR\.|SEN\.|REP\.|GOV\.)?\s?[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})\s*(:)\s+(?=\S)/du
/** One to three capitalised words in ordinary case, an abbreviated title allowed, then a colon: `Alvarez: I'd say …`. */
const NAMED_TURN = /^\s*["“]?((?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.\s)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*(:)\s+(?=\S)/du
/** An interview's question or answer label: `Q:`, `A:`, `Q.`, `A.`. */
const QA_TURN = /^\s*["“]?([QA])\s*([:.])\s+(?=\S)/du
/** Labels in capitals that introduce something other than a speaker's words. */
const NOT_SPEAKERS = new Set(['UPDATE', 'NOTE', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'RELATED', 'READ MORE', 'WATCH', 'PHOTO', 'PHOTOS', 'VIDEO', 'SOURCE', 'CORRECTION', 'CLARIFICATION', 'BREAKING'])
/** A closing quotation mark, a dash, and one to five capitalised words ending the paragraph. */
const SIGNED_QUOTE = /([”"’])\s*([―—–]|--)\s*([A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,4})[\s.]*$/du

/** A span from regex match indices relative to `offset`. */
const at = (offset: number, [start, end]: [number, number]): Span => ({ start: offset + start, end: offset + end })

/** Returns the transcript turns and signed quotations of the article, in order. Pure; linear. */
export function findLineAttributions(text: string, seg: Pick<Segmentation, 'paragraphs'>): LineAttribution[] {
  const out: LineAttribution[] = []
  for (const p of seg.paragraphs) {
    const paragraph = text.slice(p.start, p.end)
    const qa = QA_TURN.exec(paragraph)
    if (qa?.indices) {
      out.push(turnOf(text, p, qa, qa[1] === 'Q' ? 'question' : 'answer'))
      continue
    }
    const capitals = TRANSCRIPT_TURN.exec(paragraph)
    const turn = capitals ?? NAMED_TURN.exec(paragraph)
    if (turn?.indices && !NOT_SPEAKERS.has(turn[1]!.trim().toUpperCase()) && /\s\S+\s\S/u.test(paragraph.slice(turn[0].length))) {
      out.push(turnOf(text, p, turn, capitals ? 'capitals' : 'named'))
      continue
    }
    const signed = SIGNED_QUOTE.exec(paragraph)
    if (!signed?.indices) continue
    const open = openingQuote(paragraph.slice(0, signed.index), signed[1]!)
    if (open < 0) continue
    const [nameStart, nameEnd] = signed.indices[3]!
    out.push({ source: at(p.start, [nameStart, nameEnd - (signed[3]!.endsWith('.') ? 1 : 0)]), cue: at(p.start, signed.indices[2]!), content: { start: p.start + open + 1, end: p.start + signed.index } })
  }
  // "Q." and "A." open other paragraphs too (initials, lists): an interview has questions, and answers or named turns.
  const asked = out.some((l) => l.label === 'question')
  const answered = out.some((l) => l.label === 'answer' || l.label === 'named' || l.label === 'capitals')
  return asked && answered ? out : out.filter((l) => l.label !== 'question' && l.label !== 'answer')
}

/** A turn: the label is the source, its colon the cue, the rest of the paragraph the content. */
function turnOf(text: string, p: Span, turn: RegExpExecArray, label: NonNullable<LineAttribution['label']>): LineAttribution {
  const words = trimSpan(text, { start: p.start + turn[0].length, end: p.end })
  // In a quoted transcript the last turn also closes the quotation.
  const closes = /^\s*["“]/u.test(turn[0]) && /["”]/u.test(text[words.end - 1] ?? '')
  const content = closes ? { start: words.start, end: words.end - 1 } : words
  return { source: at(p.start, turn.indices![1]!), cue: at(p.start, turn.indices![2]!), content, label }
}

/** The offset of the quotation mark opening the paragraph's last quotation, or -1. Pure. */
function openingQuote(before: string, closing: string): number {
  const opening = closing === '”' ? '“' : closing === '’' ? '‘' : '"'
  const index = before.lastIndexOf(opening)
  return index >= 0 && before.length - index > 3 ? index : -1
}
