/**
 * @module ingest/text-signals — the marks in running text that show where a news article
 * begins or ends: licence and copyright footers, metadata headers and datelines.
 *
 * Each finder scans the whole stream once with a global regex (linear in its length) and
 * returns offsets into it; `stream.ts` decides which of them become article boundaries.
 */
import type { Span } from '../model/span.js'
import { dateStampOf, firstPublished, partsOf, stampEnding, stampsInParts, type DateStamp } from './date-stamp.js'
import { looksLikeOutlet, namesMedia } from './outlet.js'

/** A footer that closes an article, with the licence and its holder when the footer names them. */
export interface FooterMatch {
  readonly start: number
  readonly end: number
  readonly holder?: string
  readonly licence?: string
}

/** A `key value` metadata line such as `date 2023-02-18` or `title: ...`. */
export interface HeaderMatch {
  readonly start: number
  readonly end: number
  readonly key: 'date' | 'title' | 'url' | 'outlet' | 'byline'
  readonly value: string
  /** Read from the shape of its line (a headline, a "By …" line), not from a key. */
  readonly unkeyed?: true
  /** The outlet a byline line credits its author to ("By Jane Doe, Valley Courier"). */
  readonly outlet?: string
  /** The date a byline line gives ("By Jane Doe | March 3, 2024"), at its place in the text. */
  readonly dated?: DateStamp
  /** A date line that dates an update ("Updated: March 4, 2024"), not the publication. */
  readonly updated?: true
}

/** A dateline such as `TEHRAN –` or `LONDON (Reuters) -` that opens an article. */
export interface DatelineMatch {
  readonly start: number
  readonly end: number
  readonly place: string
  readonly agency?: string
}

const LICENSED =
  /\bAll\s+(?:content|contents|material|materials|articles|text)\s+(?:by|from|of|on)\s+([^\n.]{2,80}?)\s+(?:is|are)\s+licensed\s+under\s+(?:a\s+|the\s+)?([^\n]{3,120}?\b(?:License|Licence))\b\.?/giu
const RIGHTS_RESERVED =
  /(?:©|\(c\)|\bCopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([^\n.©]{2,80}?)\.?\s+All\s+rights\s+reserved\b\.?/giu
const REPORTING_BY = /\((?:Reporting|Writing|Additional reporting) by [^)\n]{3,200}\)/gu
/** A wire's credits closing the text: "(Reporting by A and B; additional reporting by C; Editing by D)". */
const CREDIT_TRAILER = /\((?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled) by [^()\n]{3,500}\)\s*$/u
const TRAILER_REACH = 520
/** "in Kyiv" after a reporter's name: where they reported from, no part of the name. */
const REPORTED_FROM = /\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu

/** A credit trailer ending `text`: where it starts, and the reporters it names first ("A and B"), if it names any. */
export interface CreditTrailer {
  readonly start: number
  readonly reporters?: string
}

/** The wire credits that end `text` ("…(Reporting by A; Editing by B)"), metadata and no part of the story; undefined if none. Pure. */
export function creditTrailer(text: string): CreditTrailer | undefined {
  // A trailer fits in its 500 characters: the regex reads no further back.
  const m = CREDIT_TRAILER.exec(text.slice(-TRAILER_REACH))
  const start = Math.max(0, text.length - TRAILER_REACH) + (m?.index ?? 0)
  // On its own line or after the last sentence; not a parenthesis inside one.
  if (!m || !endsSentenceBefore(text, start)) return undefined
  const reporters = /^\((?:Reporting|Writing) by ([^;)]+)/u.exec(m[0])?.[1]?.replace(REPORTED_FROM, '').trim()
  return { start, ...(reporters ? { reporters } : {}) }
}

/** Returns every licence or copyright footer in `text`, in order. Pure. */
export function findFooters(text: string): FooterMatch[] {
  const found: FooterMatch[] = []
  for (const m of text.matchAll(LICENSED)) {
    found.push({ start: m.index, end: m.index + m[0].length, holder: collapseSpace(m[1] ?? ''), licence: normaliseLicence(m[2] ?? '') })
  }
  for (const m of text.matchAll(RIGHTS_RESERVED)) {
    found.push({ start: m.index, end: m.index + m[0].length, holder: collapseSpace(m[1] ?? ''), licence: 'All rights reserved' })
  }
  for (const m of text.matchAll(REPORTING_BY)) found.push({ start: m.index, end: m.index + m[0].length })
  return found.sort((a, b) => a.start - b.start)
}

const CC_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/Attribution[- ]NonCommercial[- ]ShareAlike/i, 'CC BY-NC-SA'],
  [/Attribution[- ]NonCommercial[- ]NoDerivs|Attribution[- ]NonCommercial[- ]NoDerivatives/i, 'CC BY-NC-ND'],
  [/Attribution[- ]NonCommercial/i, 'CC BY-NC'],
  [/Attribution[- ]ShareAlike/i, 'CC BY-SA'],
  [/Attribution[- ]NoDerivs|Attribution[- ]NoDerivatives/i, 'CC BY-ND'],
  [/Attribution/i, 'CC BY'],
]

/** Returns a short licence name ("CC BY 4.0") for a Creative Commons licence title, else the title. Pure. */
export function normaliseLicence(title: string): string {
  const t = collapseSpace(title)
  if (!/Creative\s+Commons/i.test(t)) return t
  const kind = CC_KINDS.find(([re]) => re.test(t))?.[1] ?? 'CC'
  const version = /\b(\d\.\d)\b/.exec(t)?.[1]
  return version ? `${kind} ${version}` : kind
}

// A header key must stand at a line start or right after the end of a sentence or footer:
// `(?<=^|\n|[.!?"”]\s{0,4})`. `date` needs an ISO date so that the word "date" in prose never matches,
// and a time after it needs a colon ("12:30") so that "date 2023-02-18 12 people..." keeps its number.
// With a colon, a date in words ("Published: March 4, 2025") fills the rest of its line.
const HEADER =
  /(?<=^|\n|[.!?"”)]\s{0,4}|^\s{1,4})[ \t\u00a0]*(?:(date|published|pubdate)\s*[:=]?\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|(title|headline|url|link|source|outlet|publisher|author|byline|date|published|pubdate)\s*[:=]\s*([^\n]{1,300}?)(?=[ \t\r]*(?:\n|$)))/giu

const HEADER_KEYS: Record<string, HeaderMatch['key']> = {
  date: 'date', published: 'date', pubdate: 'date', title: 'title', headline: 'title', url: 'url', link: 'url',
  source: 'outlet', outlet: 'outlet', publisher: 'outlet', author: 'byline', byline: 'byline',
}

// A date in words needs a year and a month name: "Date: to be confirmed" is no header.
const DATE_IN_WORDS =
  /^(?=.*\b(?:19|20)\d{2}\b).*\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu

// A byline line: "By Jane Doe", "By Jane Doe and John Roe in Dhaka", "BY ANA DIAZ, Reuters", or a
// staff credit, "Staff Correspondent, Gazipur". Group 1 holds the names, group 2 what follows them
// (a job title, the outlet, a date), group 3 a staff credit.
const NAME_WORD = String.raw`[ \t]+(?:\p{Lu}[\p{L}\p{M}.'’-]*|(?:al|bin|da|de|del|der|di|du|el|ibn|la|le|van|von)(?=[ \t]))`
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:${NAME_WORD}){0,4}`
// After a comma, a one-word name is the outlet ("By Ana Diaz, Reuters"), not a second author.
const FULL_NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:${NAME_WORD}){1,4}`
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}`
// Either case: "By staff reporter", "By our correspondent".
const CREDIT = String.raw`(?:[Ss]taff|[Ss]pecial|[Ss]enior|[Cc]hief|[Oo]ur|[Oo]wn|[Ff]oreign|[Dd]iplomatic|[Pp]olitical|[Bb]usiness|[Ss]ports|[Cc]ity)[ \t]+(?:[Cc]orrespondent|[Rr]eporter|[Ww]riter)s?`
const BYLINE_BODY = String.raw`[ \t\u00a0]*(?:[Bb][Yy][ \t]+(${NAME}(?:[ \t]*,[ \t]+${FULL_NAME}|(?:,?[ \t]+and|[ \t]*&)[ \t]+${NAME}){0,3})(?:[ \t]+in[ \t]+${PLACE})?(?:[ \t]*[,|–—·][ \t]*([^\n.!?]{1,59}[^\n.!?:]))?|(?:[Bb][Yy][ \t]+)?(${CREDIT})(?:[ \t]*,[ \t]*${PLACE}|[ \t]+in[ \t]+${PLACE})?)[ \t\r]*`
const BYLINE_LINE = new RegExp(`^${BYLINE_BODY}$`, 'u')
const BYLINE_LINES = new RegExp(`^${BYLINE_BODY}$`, 'gmu')
/** A line short enough to be a date line ("Updated: Mon 4 Mar 2024 11.32 GMT", "By Jane Roe | Mar. 3, 2024 7:45 a.m. ET"). */
const DATED_LINES = /^[^\n]{4,100}$/gmu
/**
 * Only a line naming a year in full and ending as a stamp does (a figure, "a.m.", a time zone, "min read"),
 * not with a stop, may be one: the date reader sees few lines of a story.
 */
const FULL_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u
const STAMP_END = /(?:\d|\b[AaPp]\.?[Mm]\.?|\b\p{Lu}{2,4}|\b[Rr]ead)[ \t\r]*$/u

/** What a byline line says: its author(s), and the outlet it credits them to, if it names one. */
export interface Byline {
  readonly names: string
  readonly outlet?: string
}

/** The author(s) a byline line names ("By Jane Doe in Dhaka" → "Jane Doe"), if `line` is one. Pure. */
export function bylineOf(line: string): string | undefined {
  return bylineLineOf(line)?.names
}

/** The author(s) and outlet of a byline line ("By Jane Doe, Crime Reporter, Valley Courier"), if `line` is one. Pure. */
export function bylineLineOf(line: string): Byline | undefined {
  const m = BYLINE_LINE.exec(line)
  return m ? bylineOfMatch(m) : undefined
}

/** A job title closing a byline's part ("Crime Reporter", "Health correspondent", "Staff"). */
const JOB_TITLE = /(?:^|\s)(?:reporter|correspondent|editor|writer|columnist|producer|contributor|analyst|journalist|photographer|chief|staff)s?$/iu
/** "Valley Courier staff": the outlet whose staff the author is. */
const STAFF_OF = /^(\p{Lu}.*?)\s+[Ss]taff(?:\s+(?:[Ww]riter|[Rr]eporter)s?)?$/u
/** "The Northern Ledger": a capitalised name after "The" names a title, never a person, so a byline part of that shape is the outlet. */
const TITLED_NAME = /^The\s+\p{Lu}/u

/**
 * A byline match's author(s) and outlet. The names are the parts before any job title or outlet
 * ("Jake Thornbury, Crime Reporter, Valley Courier" → "Jake Thornbury"); the outlet is the first part
 * that reads as one ("Reuters", "Valley Courier staff"), never the first name. Pure.
 */
function bylineOfMatch(m: RegExpExecArray): Byline | undefined {
  if (m[3]) return { names: m[3].trim() }
  const [first = '', ...others] = (m[1] ?? '').split(',').map((part) => part.trim())
  const rest = (m[2] ?? '').split(/[,|–—·]/u).map((part) => part.trim())
  const names = [first]
  let outlet: string | undefined
  let credited = false
  // Only the names group holds more authors ("By A, B and C"); a part after a title or an outlet credits them.
  for (const { part, mayName } of [...others.map((part) => ({ part, mayName: true })), ...rest.map((part) => ({ part, mayName: false }))]) {
    const staff = STAFF_OF.exec(part)?.[1]
    const isOutlet = staff !== undefined || looksLikeOutlet(part) || TITLED_NAME.test(part)
    const title = JOB_TITLE.test(part)
    if (isOutlet) outlet ??= staff ?? part
    else if (mayName && !credited && !title) names.push(part)
    credited ||= isOutlet || title
  }
  return first ? { names: names.join(', '), ...(outlet ? { outlet } : {}) } : undefined
}

/** What a meta line holds: its stamps (offsets into the line) and the byline it names, if any. */
export interface MetaLine {
  readonly stamps: DateStamp[]
  readonly byline?: Byline
}

/** A desk credited instead of an author: "Health Desk", "Web Team", "Newsroom". */
const DESK_CREDIT = /^(?:(?:The|Our)\s+)?(?:\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:Desk|Team|Bureau|Newsroom|Staff)$/u

/**
 * The stamps and byline of a line made only of them and reading times, parted by bars or dots
 * ("By Jane Roe | Mar. 3, 2024 7:45 a.m. ET · 4 min read", "Published 3 March 2024"); undefined for
 * any other line. Pure.
 */
export function metaLineOf(line: string): MetaLine | undefined {
  const stamps: DateStamp[] = []
  let byline: Byline | undefined
  for (const { part, at } of partsOf(line)) {
    const stamp = dateStampOf(part)
    if (stamp) {
      stamps.push({ ...stamp, start: stamp.start + at, end: stamp.end + at })
      continue
    }
    if (READING_TIME.test(part.trim()) || CLOCK_TIME.test(part.trim()) || DESK_CREDIT.test(part.trim())) continue
    // "By Jane Roe, Mar. 3, 2024": a byline with its date after a comma.
    const tail = stampEnding(part)
    const credit = bylineLineOf(tail ? part.slice(0, tail.start).replace(/[\s,–—-]+$/u, '') : part)
    if (!credit) return undefined
    byline ??= credit
    if (tail) stamps.push({ ...tail, start: tail.start + at, end: tail.end + at })
  }
  return stamps.length > 0 || byline ? { stamps, ...(byline ? { byline } : {}) } : undefined
}

/**
 * Returns every metadata header in `text`, in order: `key: value` lines, and the lines of a header
 * block that carry no key: a byline or date line under a headline or header ("By Jane Doe",
 * "Mar. 3, 2024 7:45 a.m. ET"), and the short line right above a date or byline header
 * ("Headline\nPublished: 2025-03-04"), which is the headline. Pure.
 */
export function findHeaders(text: string): HeaderMatch[] {
  const keyed: HeaderMatch[] = []
  for (const m of text.matchAll(HEADER)) {
    const rawKey = (m[1] ?? m[3] ?? '').toLowerCase()
    const key = HEADER_KEYS[rawKey]
    const value = (m[2] ?? m[4] ?? '').trim()
    if (!key || !value || (m[4] !== undefined && key === 'date' && !DATE_IN_WORDS.test(value))) continue
    // Keep the leading white space out of the match so offsets point at the key.
    const lead = /^[\s\u00a0]*/.exec(m[0])?.[0].length ?? 0
    keyed.push({ start: m.index + lead, end: m.index + m[0].length, key, value })
  }
  return withHeaderBlocks(text, keyed)
}

/** A line of a header block, keyed or not, and the offset its line starts at. */
interface BlockLine { readonly header: HeaderMatch; readonly lineStart: number }

/**
 * Adds the unkeyed lines of each header block to `keyed` (sorted). A block is a run of lines that
 * each hold one header and nothing else, blank lines allowed between them. Its byline and date lines
 * count when the block has a keyed header or a headline, or opens the text; its headline is the line
 * right above it when the block names a date or an author (over date lines alone, only a line that
 * opens the text). Linear: one scan for byline lines, one
 * for date lines (only short lines naming a year go to the date reader), and each block looks at
 * one line above it.
 */
/** A line of a few capitalised words after a byline's line: "BBC News", "The Denver Post". */
const OUTLET_LINE = /\n[ \t\u00a0]*(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3})[ \t\u00a0]*(?=\n|$)/uy

/** The outlet named alone on the line right after a byline line ending at `end` ("By Jane Roe\nBBC News"), as a header line. Pure. */
function outletLineAfter(text: string, end: number): BlockLine | undefined {
  OUTLET_LINE.lastIndex = end
  const m = OUTLET_LINE.exec(text)
  if (!m || !namesMedia(m[1]!)) return undefined
  const start = m.index + m[0].indexOf(m[1]!)
  return { header: { start, end: start + m[1]!.length, key: 'outlet', value: m[1]!, unkeyed: true }, lineStart: m.index + 1 }
}

function withHeaderBlocks(text: string, keyed: readonly HeaderMatch[]): HeaderMatch[] {
  const lines: BlockLine[] = []
  // The lines already read as a keyed header or byline: a date line is read only from the others.
  const taken = new Set<number>()
  for (const header of keyed) {
    const lineStart = text.lastIndexOf('\n', header.start - 1) + 1
    taken.add(lineStart)
    if (text.slice(lineStart, header.start).trim() === '' && restOfLineBlank(text, header.end)) lines.push({ header, lineStart })
  }
  for (const m of text.matchAll(BYLINE_LINES)) {
    const byline = bylineOfMatch(m)
    if (byline) {
      taken.add(m.index)
      lines.push({ header: bylineHeader(m[0], m.index, byline, firstPublished(stampsInParts(m[0]))), lineStart: m.index })
      const outlet = byline.outlet === undefined ? outletLineAfter(text, m.index + m[0].length) : undefined
      if (outlet) {
        taken.add(outlet.lineStart)
        lines.push(outlet)
      }
    }
  }
  for (const m of text.matchAll(DATED_LINES)) {
    if (taken.has(m.index) || !STAMP_END.test(m[0]) || !FULL_YEAR.test(m[0])) continue
    const meta = metaLineOf(m[0])
    const dated = meta && firstPublished(meta.stamps)
    if (!dated) continue
    const lead = /^[ \t\u00a0]*/u.exec(m[0])?.[0].length ?? 0
    const header: HeaderMatch = meta.byline
      ? bylineHeader(m[0], m.index, meta.byline, dated)
      : { start: m.index + lead, end: m.index + m[0].trimEnd().length, key: 'date', value: dated.date, unkeyed: true, ...(dated.updated ? { updated: true as const } : {}) }
    lines.push({ header, lineStart: m.index })
  }
  lines.sort((a, b) => a.header.start - b.header.start)
  const textStart = text.search(/\S/u)
  const added: HeaderMatch[] = []
  for (let i = 0; i < lines.length;) {
    let j = i + 1
    while (j < lines.length && text.slice(lines[j - 1]!.header.end, lines[j]!.header.start).trim() === '') j++
    const block = lines.slice(i, j).map((l) => l.header)
    const above = block.some((h) => h.key === 'date' || h.key === 'byline') && !block.some((h) => h.key === 'title')
      ? headlineAbove(text, lines[i]!.lineStart, block.some((h) => !h.unkeyed))
      : undefined
    // Over date lines alone, a short line in the text is as often a timeline's subhead: only the text's own headline counts.
    const headline = above && (above.start <= textStart || !block.every((h) => h.key === 'date' && h.unkeyed)) ? above : undefined
    if (headline) added.push(headline)
    if (headline || block.some((h) => !h.unkeyed) || block[0]!.start <= textStart) added.push(...block.filter((h) => h.unkeyed))
    i = j
  }
  return added.length === 0 ? [...keyed] : [...keyed, ...added].sort((a, b) => a.start - b.start)
}

/** The header of a byline line standing at `lineStart`: its names, the outlet it credits and the date it gives (offsets made the text's). Pure. */
function bylineHeader(line: string, lineStart: number, byline: Byline, dated: DateStamp | undefined): HeaderMatch {
  const lead = /^[ \t\u00a0]*/u.exec(line)?.[0].length ?? 0
  return {
    start: lineStart + lead, end: lineStart + line.trimEnd().length, key: 'byline', value: byline.names, unkeyed: true,
    ...(byline.outlet ? { outlet: byline.outlet } : {}),
    ...(dated ? { dated: { ...dated, start: dated.start + lineStart, end: dated.end + lineStart } } : {}),
  }
}

function restOfLineBlank(text: string, offset: number): boolean {
  const end = text.indexOf('\n', offset)
  return text.slice(offset, end < 0 ? text.length : end).trim() === ''
}

/**
 * The headline standing right above a header block that starts its line at `lineStart`: a short line
 * after a finished sentence (or at the start). It may end with a full stop ("Gazipur was not an
 * accident. It was a choice.") only when no blank line parts it from a block with a keyed header
 * (`Published: …`): a last short sentence of the text before is parted by one, and a sentence over
 * a bare "By" line is as often a pasted excerpt as a new article.
 */
function headlineAbove(text: string, lineStart: number, keyedBlock: boolean): HeaderMatch | undefined {
  let end = lineStart
  while (end > 0 && /\s/u.test(text[end - 1] ?? '')) end--
  if (end === 0) return undefined
  const start = text.lastIndexOf('\n', end - 1) + 1
  const raw = text.slice(start, end)
  const lead = raw.length - raw.trimStart().length
  const line = raw.trim()
  const stopAllowed = keyedBlock && !/\n[^\n]*\n/u.test(text.slice(end, lineStart))
  if (!looksLikeHeadline(line, stopAllowed) || bylineOf(line) || !endsSentenceBefore(text, start)) return undefined
  return { start: start + lead, end, key: 'title', value: line, unkeyed: true }
}

/** A headline is a short line of words, without a closing stop unless `stopAllowed`, nor the dash a dateline ends with. Pure. */
export function looksLikeHeadline(line: string, stopAllowed = false): boolean {
  const words = line.trim().split(/\s+/u)
  return words.length >= 2 && words.length <= 20 && !(stopAllowed ? /[,;:–—-]$/u : /[.,;:–—-]$/u).test(line.trim()) && /^[\p{Lu}\p{N}"“‘']/u.test(line.trim())
}

// An upper-case place or two ("YEREVAN/BAKU"), up to two of ", Region" and ", Date" (the year after
// it, or a day first: "April 24, 2024", "12 March 2025"), an optional "(Agency)", then a dash, all on one
// line: "TEHRAN –", "WASHINGTON (Reuters) -", "KYIV, Ukraine —", "BRAȘOV, Romania, April 8 (Reuters) -",
// "LONDON, 12 March 2025 (Meridian Wire) —", the dash maybe ending its line; a place in mixed case only with an agency ("Sydney (AFP) -"),
// which `isDateline` checks. One pattern for every reader of datelines: ingest (outlet, article
// starts), attribution (kept out of contents).
const DATELINE_BODY =
  /(\p{Lu}[\p{L}'’.-]+(?:[ /]\p{Lu}[\p{L}'’.-]+){0,3})(?:,[ \t\u00a0]*(?:\p{Lu}[\p{L}.'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}.'’-]*){0,2}(?:[ \t\u00a0]+\d{1,2}(?:,?[ \t\u00a0]+(?:19|20)\d{2})?)?|\d{1,2}[ \t\u00a0]+\p{Lu}\p{L}+\.?[ \t\u00a0]+(?:19|20)\d{2})){0,2}[ \t\u00a0]*(?:\((\p{Lu}[\p{L}&. ]{1,30})\)[ \t\u00a0]*)?[–—-]{1,2}(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)(?=[\p{Lu}"“‘'])/u
const DATELINE = new RegExp(`(?<=^|\\n[ \\t\\u00a0]*|\\n\\s*\\n\\s*)${DATELINE_BODY.source}`, 'gu')
const DATELINE_AT = new RegExp(DATELINE_BODY.source, 'uy')

/** The length of the dateline starting exactly at `offset` (its dash and the space after it included), or 0. Pure. */
export function datelineLengthAt(text: string, offset: number): number {
  DATELINE_AT.lastIndex = offset
  const m = DATELINE_AT.exec(text)
  return m && isDateline(m[1]!, m[2]) ? m[0].length : 0
}

/** A dateline's place has three letters or more, and is in capitals unless an agency follows it ("Sydney (AFP) -"). */
function isDateline(place: string, agency: string | undefined): boolean {
  return place.length >= 3 && (agency !== undefined || place === place.toUpperCase())
}

/** Returns every dateline that opens a line in `text`, in order. Pure. */
export function findDatelines(text: string): DatelineMatch[] {
  const found: DatelineMatch[] = []
  for (const m of text.matchAll(DATELINE)) {
    const place = m[1] ?? ''
    if (!isDateline(place, m[2])) continue
    found.push({ start: m.index, end: m.index + m[0].length, place, ...(m[2] ? { agency: m[2] } : {}) })
  }
  return found
}

/** Where the words of `sentence` start: after the dateline of `datelines` that opens it, if any. Pure. */
export function afterDateline(datelines: readonly Span[], sentence: Span): number {
  return datelines.find((d) => d.start >= sentence.start && d.start < sentence.end)?.end ?? sentence.start
}

/** True when `text` ends a sentence before `offset` (ignoring white space): a place an article may end. Pure. */
export function endsSentenceBefore(text: string, offset: number): boolean {
  let i = offset - 1
  while (i >= 0 && /\s/u.test(text[i] ?? '')) i--
  return i < 0 || /[.!?"”’')\]]/u.test(text[i] ?? '')
}

/** A reading-time stamp in a meta line: "4 min read", "6-minute read", "Reading time: 3 minutes". */
/** A time of day standing as an item of its own after a date ("14 March 2024 • 7:02pm", "· 09.00 GMT"). */
const CLOCK_TIME = /^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/iu
export const READING_TIME = /^(?:\d{1,3}[\s-]?min(?:ute)?s?\.?(?:\s+read)?|read(?:ing)?\s+time:?\s*\d{1,3}\s*min(?:ute)?s?\.?)$/iu

/** The labels an outlet gives its own comment pieces, in a title ("Analysis: …") or a kicker over it; genre reads them. */
export const OPINION_LABELS: readonly string[] = ['analysis', 'opinion', 'comment', 'commentary', 'editorial', 'op-ed', 'column', 'viewpoint', 'perspective']

/** White space runs as one space, ends trimmed. Pure. */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim()
}
