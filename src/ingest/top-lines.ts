/**
 * @module ingest/top-lines — what a pasted article shows above its story: the date line ("March 3, 2024",
 * "Published 3 March 2024") and the byline line ("By Jane Roe | Mar. 3, 2024 7:45 a.m. ET") around its
 * headline. Only the first lines count: a date further down, or in a sentence, dates an event.
 */
import { firstPublished, type DateStamp } from './date-stamp.js'
import { looksLikeHeadline, metaLineOf, type Byline } from './text-signals.js'

/** How many non-blank lines at the top of the text may be headline, kicker, date and byline. */
const TOP_LINES = 5
/** A one-word kicker over the headline ("Analysis", "Exclusive"). */
const KICKER = /^\p{Lu}[\p{L}-]+$/u

/** The publication date (offsets into the text) and the byline the top lines show. */
export interface TopLines {
  readonly published?: DateStamp
  readonly byline?: Byline
}

/**
 * The date and byline in the top lines of `text`: the lines of dates, bylines and reading times among
 * the headline and kicker lines it opens with, up to the first line of the story. Right under the
 * headline, one line of any length (a standfirst) may stand over a date or byline line. Pure.
 */
export function topLinesOf(text: string): TopLines {
  const stamps: DateStamp[] = []
  let byline: Byline | undefined
  const lines = linesOf(text).filter(({ line }) => line.trim() !== '').slice(0, TOP_LINES)
  for (const [i, { line, at }] of lines.entries()) {
    const meta = metaLineOf(line)
    if (meta) {
      stamps.push(...meta.stamps.map((s) => ({ ...s, start: s.start + at, end: s.end + at })))
      byline ??= meta.byline
    // Only the first line may end with a full stop as a headline: further down, such a line is the story's first sentence.
    } else if (!looksLikeHeadline(line, i === 0) && !KICKER.test(line.trim()) && !(i === 1 && standsOverMeta(lines[2]?.line))) break
  }
  const published = firstPublished(stamps)
  return { ...(published ? { published } : {}), ...(byline ? { byline } : {}) }
}

/** Whether the line under a standfirst candidate is a date or byline line: a story's first paragraph has none under it. Pure. */
function standsOverMeta(next: string | undefined): boolean {
  return next !== undefined && metaLineOf(next) !== undefined
}

/** Each line of `text` with the offset it starts at. Pure. */
function linesOf(text: string): Array<{ line: string; at: number }> {
  const lines: Array<{ line: string; at: number }> = []
  let at = 0
  for (const line of text.split('\n')) {
    lines.push({ line, at })
    at += line.length + 1
  }
  return lines
}
