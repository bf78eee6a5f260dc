/**
 * @module ingest/top-lines — what a pasted article shows above its story: the date line ("March 3, 2024",
 * "Published 3 March 2024") and the byline line ("By Jane Roe | Mar. 3, 2024 7:45 a.m. ET") around its
 * headline. Only the first lines count: a date further down, or in a sentence, dates an event.
 */
import { firstPublished, partsOf, stampEnding, type DateStamp } from './date-stamp.js'
import { looksLikeOutlet } from './outlet.js'
import { datelineLengthAt, looksLikeHeadline, metaLineOf, OPINION_LABELS, type Byline, type MetaLine } from './text-signals.js'

/** How many non-blank lines at the top of the text may be headline, kicker, date and byline. */
const TOP_LINES = 5
/** A one-word kicker over the headline ("Analysis", "Exclusive"). */
const KICKER = /^\p{Lu}[\p{L}-]+$/u

/** An outlet's name as written, and where it stands. */
export interface NamedOutlet {
  readonly name: string
  readonly start: number
  readonly end: number
}

/** The publication date (offsets into the text), the byline, and the outlet a line with no "By" names, that the top lines show. */
export interface TopLines {
  readonly published?: DateStamp
  readonly byline?: Byline
  readonly outlet?: NamedOutlet
}

/**
 * The date and byline in the top lines of `text`: the lines of dates, bylines and reading times among
 * the headline and kicker lines it opens with, up to the first line of the story. Right under the
 * headline, one line of any length (a standfirst) may stand over a date or byline line. Pure.
 */
export function topLinesOf(text: string): TopLines {
  const stamps: DateStamp[] = []
  let byline: Byline | undefined
  let outlet: NamedOutlet | undefined
  const lines = linesOf(text).filter(({ line }) => line.trim() !== '').slice(0, TOP_LINES)
  for (const [i, { line, at }] of lines.entries()) {
    const meta: (MetaLine & { readonly outlet?: NamedOutlet }) | undefined = metaLineOf(line) ?? outletLineOf(line)
    const dated = meta ? undefined : datelineStampOf(line)
    if (meta) {
      stamps.push(...meta.stamps.map((s) => ({ ...s, start: s.start + at, end: s.end + at })))
      byline ??= meta.byline
      if (meta.outlet) outlet ??= { ...meta.outlet, start: meta.outlet.start + at, end: meta.outlet.end + at }
    } else if (dated) {
      stamps.push({ ...dated, start: dated.start + at, end: dated.end + at })
      // A dateline with its dash opens the story: no top line comes after it.
      if (datelineLengthAt(line, 0) > 0) break
    // Only the first line may end with a full stop as a headline: further down, such a line is the story's first sentence.
    } else if (!looksLikeHeadline(line, i === 0) && !KICKER.test(line.trim()) && !(i === 1 && standsOverMeta(lines[2]?.line))) break
  }
  const published = firstPublished(stamps)
  return { ...(published ? { published } : {}), ...(byline ? { byline } : {}), ...(outlet ? { outlet } : {}) }
}

/** The end of a dateline after its date: the agency, the dash and the space after it ("(Island Wire) — "). */
const DATELINE_END = /\s*(?:\([^)\n]*\)\s*)?[–—-]{1,2}\s*$/u
/** A place in capitals and up to two regions, all a line holds before its date: "HARTFORD, Connecticut". */
const PLACE_IN_CAPITALS = /^\s*\p{Lu}[\p{Lu}'’.-]+(?:[ /]\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}){0,2}$/u

/**
 * The date of the dateline that opens `line` ("HARTFORD, April 24, 2024 —", "LONDON, 12 March 2025 (Meridian Wire) —"),
 * or of a line that is only a place in capitals and a date ("HARTFORD, Connecticut, April 24, 2024"); offsets are the
 * line's. Undefined when it names no year. Pure.
 */
function datelineStampOf(line: string): DateStamp | undefined {
  const length = datelineLengthAt(line, 0)
  const head = length > 0 ? line.slice(0, length).replace(DATELINE_END, '') : line.trimEnd()
  const stamp = stampEnding(head)
  return stamp && (length > 0 || PLACE_IN_CAPITALS.test(head.slice(0, stamp.start).replace(/[\s,]+$/u, ''))) ? stamp : undefined
}

/** A section label between an outlet's name and the date: "Editorial", "Comment". */
const SECTION_LABELS = new Set(OPINION_LABELS)
/** The dash that parts an outlet's name from its section label: "The Valley Sentinel — Editorial". */
const SECTION_DASH = /\s+[–—-]\s+/u

/**
 * The outlet and the date stamps of a line naming them with no "By", its items parted by bars, dots or
 * dashes ("The Harbour Voice, 3 March 2024", "The Valley Sentinel — Editorial, 3 March 2024", "Island Daily Post |
 * Comment | 3 March 2024"): undefined unless it names an outlet and a date and nothing else but section labels.
 * Offsets are the line's. Pure.
 */
function outletLineOf(line: string): (MetaLine & { readonly outlet: NamedOutlet }) | undefined {
  const stamps: DateStamp[] = []
  let outlet: NamedOutlet | undefined
  for (const { part, at } of partsOf(line)) {
    const stamp = stampEnding(part)
    if (stamp) stamps.push({ ...stamp, start: stamp.start + at, end: stamp.end + at })
    const [name = '', ...labels] = (stamp ? part.slice(0, stamp.start) : part).replace(/[\s,]+$/u, '').trim().split(SECTION_DASH)
    if (name !== '' && !SECTION_LABELS.has(name.toLowerCase())) {
      if (outlet || !looksLikeOutlet(name)) return undefined
      const start = at + part.indexOf(name)
      outlet = { name, start, end: start + name.length }
    }
    if (!labels.every((label) => SECTION_LABELS.has(label.toLowerCase()))) return undefined
  }
  return outlet && stamps.length > 0 ? { stamps, outlet } : undefined
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
