/**
 * @module ingest/text-signals — the marks in running text that show where a news article
 * begins or ends: licence and copyright footers, metadata headers and datelines.
 *
 * Each finder scans the whole stream once with a global regex (linear in its length) and
 * returns offsets into it; `stream.ts` decides which of them become article boundaries.
 */

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

/** Returns every licence or copyright footer in `text`, in order. Pure. */
export function findFooters(text: string): FooterMatch[] {
  const found: FooterMatch[] = []
  for (const m of text.matchAll(LICENSED)) {
    found.push({ start: m.index, end: m.index + m[0].length, holder: clean(m[1] ?? ''), licence: normaliseLicence(m[2] ?? '') })
  }
  for (const m of text.matchAll(RIGHTS_RESERVED)) {
    found.push({ start: m.index, end: m.index + m[0].length, holder: clean(m[1] ?? ''), licence: 'All rights reserved' })
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
  const t = clean(title)
  if (!/Creative\s+Commons/i.test(t)) return t
  const kind = CC_KINDS.find(([re]) => re.test(t))?.[1] ?? 'CC'
  const version = /\b(\d\.\d)\b/.exec(t)?.[1]
  return version ? `${kind} ${version}` : kind
}

// A header key must stand at a line start or right after the end of a sentence or footer:
// `(?<=^|\n|[.!?"”]\s{0,4})`. `date` needs an ISO date so that the word "date" in prose never matches,
// and a time after it needs a colon ("12:30") so that "date 2023-02-18 12 people..." keeps its number.
const HEADER =
  /(?<=^|\n|[.!?"”)]\s{0,4}|^\s{1,4})[ \t\u00a0]*(?:(date|published|pubdate)\s*[:=]?\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|(title|headline|url|link|source|outlet|publisher|author|byline)\s*[:=]\s*([^\n]{1,300}?)(?=[ \t\r]*(?:\n|$)))/giu

const HEADER_KEYS: Record<string, HeaderMatch['key']> = {
  date: 'date', published: 'date', pubdate: 'date', title: 'title', headline: 'title', url: 'url', link: 'url',
  source: 'outlet', outlet: 'outlet', publisher: 'outlet', author: 'byline', byline: 'byline',
}

/** Returns every metadata header in `text`, in order. Pure. */
export function findHeaders(text: string): HeaderMatch[] {
  const found: HeaderMatch[] = []
  for (const m of text.matchAll(HEADER)) {
    const rawKey = (m[1] ?? m[3] ?? '').toLowerCase()
    const key = HEADER_KEYS[rawKey]
    const value = (m[2] ?? m[4] ?? '').trim()
    if (!key || !value) continue
    // Keep the leading white space out of the match so offsets point at the key.
    const lead = /^[\s\u00a0]*/.exec(m[0])?.[0].length ?? 0
    found.push({ start: m.index + lead, end: m.index + m[0].length, key, value })
  }
  return found
}

// An upper-case place or two ("YEREVAN/BAKU"), an optional ", Region" or date and "(Agency)",
// then a dash: "TEHRAN –", "WASHINGTON (Reuters) -", "KYIV, Ukraine —". One pattern for every
// reader of datelines: ingest (outlet, article starts), attribution (kept out of contents).
const DATELINE_BODY =
  /(\p{Lu}[\p{Lu}'’.-]+(?:[ /]\p{Lu}[\p{Lu}'’.-]+){0,3})(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:\s+\d{1,2})?)?\s*(?:\((\p{Lu}[\p{L}&. ]{1,30})\)\s*)?[–—-]{1,2}[ \t\u00a0]+(?=[\p{Lu}"“‘'])/u
const DATELINE = new RegExp(`(?<=^|\\n[ \\t\\u00a0]*|\\n\\s*\\n\\s*)${DATELINE_BODY.source}`, 'gu')
const DATELINE_AT = new RegExp(DATELINE_BODY.source, 'uy')

/** The length of the dateline starting exactly at `offset` (its dash and the space after it included), or 0. Pure. */
export function datelineLengthAt(text: string, offset: number): number {
  DATELINE_AT.lastIndex = offset
  const m = DATELINE_AT.exec(text)
  return m && m[1]!.length >= 3 ? m[0].length : 0
}

/** Returns every dateline that opens a line in `text`, in order. Pure. */
export function findDatelines(text: string): DatelineMatch[] {
  const found: DatelineMatch[] = []
  for (const m of text.matchAll(DATELINE)) {
    const place = m[1] ?? ''
    if (place.length < 3) continue
    found.push({ start: m.index, end: m.index + m[0].length, place, ...(m[2] ? { agency: m[2] } : {}) })
  }
  return found
}

/** True when `text` ends a sentence before `offset` (ignoring white space): a place an article may end. Pure. */
export function endsSentenceBefore(text: string, offset: number): boolean {
  let i = offset - 1
  while (i >= 0 && /\s/u.test(text[i] ?? '')) i--
  return i < 0 || /[.!?"”’')\]]/u.test(text[i] ?? '')
}

function clean(s: string): string {
  return s.replace(/\s+/gu, ' ').trim()
}
