/**
 * @module ingest/date-stamp — the dates a page stamps on its story ("March 3, 2024", "Published 3 March 2024",
 * "Updated: March 4, 2024, 10:02 AM", "Sun 3 Mar 2024 09.00 GMT"), read from a line that shows nothing else,
 * or from the end of a byline part ("By Jane Roe, Mar. 3, 2024"). chrono-node reads the date; this module
 * says when a piece of text is a stamp rather than a sentence that holds a date.
 */
import * as chrono from 'chrono-node'

/** A date stamp: the day as written (not moved to UTC), whether it dates an update, and where it stands (label included). */
export interface DateStamp {
  readonly date: string
  readonly updated: boolean
  readonly start: number
  readonly end: number
}

/** The label before a stamp, ending the text it is matched on: "Published", "First published on", "Updated:", "Posted at". */
const LABEL_BEFORE = /(?:^|\s)((?:(?:first|originally|last)\s+)?(published|posted|updated|modified|edited)(?:\s+(?:on|at))?\s*:?\s*)$/iu
const UPDATE_WORDS = new Set(['updated', 'modified', 'edited'])
/** What may part a stamp from what comes before it in a byline part: a comma, a dash, a bar or a dot. */
const PARTED = /(?:^|[,|–—·•-])\s*$/u
/** A stamp names its year in full: "today" or "March 3" dates nothing for certain. */
const FULL_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u
/** Day and month in figures ("03/04/2024"): the order differs between outlets (US outlets write the month first). */
const FIGURES = /^(\d{1,2})[/.](\d{1,2})[/.]\d{4}/u
/** The marks that part a meta line's items ("By Jane Doe · 10 November 2026 · 4 min read"). */
export const META_SEPARATOR = /\s*[·|•]\s*/u

/** The date stamp that closes `text` (white space aside), standing alone or after a comma, dash, bar or dot; undefined if none. Pure. */
export function stampEnding(text: string): DateStamp | undefined {
  const end = text.trimEnd().length
  // Most text names no year: no need to ask chrono.
  if (!FULL_YEAR.test(text)) return undefined
  const found = chrono.parse(text.slice(0, end), new Date(0), { forwardDate: false })
  const last = found[found.length - 1]
  if (!last || last.index + last.text.length !== end || !FULL_YEAR.test(last.text) || last.end) return undefined
  const { start: day } = last
  if (!day.isCertain('year') || !day.isCertain('month') || !day.isCertain('day') || ambiguousFigures(last.text)) return undefined
  const before = text.slice(0, last.index)
  const label = LABEL_BEFORE.exec(before)
  const start = label ? last.index - label[1]!.length : last.index
  if (!PARTED.test(text.slice(0, start))) return undefined
  const date = [day.get('year'), day.get('month'), day.get('day')].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-')
  return { date, updated: UPDATE_WORDS.has(label?.[2]?.toLowerCase() ?? ''), start, end }
}

/** The date stamp `text` is, with nothing else but white space around it; undefined if it is anything more. Pure. */
export function dateStampOf(text: string): DateStamp | undefined {
  const stamp = stampEnding(text)
  return stamp && text.slice(0, stamp.start).trim() === '' ? stamp : undefined
}

/** Day and month in figures that could be either way round ("03/04/2024"): no date is better than a wrong one. */
function ambiguousFigures(written: string): boolean {
  const m = FIGURES.exec(written)
  return m !== null && Number(m[1]) !== Number(m[2]) && Number(m[1]) <= 12 && Number(m[2]) <= 12
}

/** The stamps closing each part of a meta line parted by bars or dots ("By Jane Roe | Published: 2024-03-03"), at their offsets in `line`. Pure. */
export function stampsInParts(line: string): DateStamp[] {
  const stamps: DateStamp[] = []
  for (const { part, at } of partsOf(line)) {
    const stamp = stampEnding(part)
    if (stamp) stamps.push({ ...stamp, start: stamp.start + at, end: stamp.end + at })
  }
  return stamps
}

/** The items of a meta line and where each starts in it. Pure. */
export function partsOf(line: string): Array<{ part: string; at: number }> {
  const parts: Array<{ part: string; at: number }> = []
  const separators = new RegExp(META_SEPARATOR.source, 'gu')
  let at = 0
  for (const m of line.matchAll(separators)) {
    parts.push(...stampsApart(line.slice(at, m.index), at))
    at = m.index + m[0].length
  }
  parts.push(...stampsApart(line.slice(at), at))
  return parts.filter((p) => p.part.trim() !== '')
}

/** A label that may open a second stamp with only a space before it: "Published 3 March 2024 Updated 4 March 2024". */
const NEXT_LABEL = /\s+(?=(?:(?:first|originally|last)\s+)?(?:published|posted|updated|modified|edited)\b)/giu

/** `part` (starting at `at` in its line) cut before each label that follows a stamp. Pure; asks chrono only at a label. */
function stampsApart(part: string, at: number): Array<{ part: string; at: number }> {
  const parts: Array<{ part: string; at: number }> = []
  let from = 0
  for (const m of part.matchAll(NEXT_LABEL)) {
    if (!stampEnding(part.slice(from, m.index))) continue
    parts.push({ part: part.slice(from, m.index), at: at + from })
    from = m.index + m[0].length
  }
  parts.push({ part: part.slice(from), at: at + from })
  return parts
}

/** The first stamp that dates the publication, else the first update (the page gives no other date). Pure. */
export function firstPublished(stamps: readonly DateStamp[]): DateStamp | undefined {
  return stamps.find((s) => !s.updated) ?? stamps[0]
}
