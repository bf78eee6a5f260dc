/**
 * @module ingest/records — articles from JSON (an array, or `{articles: [...]}`), JSON Lines and
 * CSV/TSV with a header row. Field names follow the common corpus conventions:
 * `text`|`body`|`content` (a string or an array of paragraphs), `title`|`headline`,
 * `outlet`|`source`|`publisher`, `date`|`published`, `url`.
 */
import { parse as parseCsv } from 'csv-parse/sync'
import type { Skipped } from '../model/schema.js'
import { isoDate } from './html.js'

/** The article fields one record yields. */
export interface RecordArticle {
  readonly text: string
  readonly label: string
  readonly title?: string
  readonly outlet?: string
  /** Where `outlet` came from, when the record's fields do not simply name it ("the item's <source>"). */
  readonly outletNote?: string
  /** The site of the article's link: a guess at its outlet after the dateline's agency and the byline's credit, before the text's own cues ("told WION"). */
  readonly site?: string
  readonly published?: string
  readonly url?: string
  readonly byline?: string
}

/** Parses JSON or JSON Lines; bad records come back as skipped entries naming the record. Pure. */
export function parseRecords(name: string, text: string, lines: boolean): { articles: RecordArticle[]; skipped: Skipped[] } {
  const articles: RecordArticle[] = []
  const skipped: Skipped[] = []
  const take = (value: unknown, label: string): void => {
    const article = recordArticle(value, label)
    if (typeof article === 'string') skipped.push({ input: `${name}${label}`, code: 'E_INPUT_RECORD', reason: article })
    else articles.push(article)
  }
  const whole = lines ? undefined : tryParse(text)
  // A `.json` file that is really JSON Lines, or a `.jsonl` file that is one pretty-printed
  // document: read each the way its content shows, not the way its extension says.
  const byLines = lines ? !(firstLineFails(text) && tryParse(text).ok) : !whole?.ok && looksLikeJsonLines(text)
  if (byLines) {
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return
      const parsed = tryParse(line)
      if (parsed.ok) take(parsed.value, `#line ${i + 1}`)
      else skipped.push({ input: `${name}#line ${i + 1}`, code: 'E_INPUT_RECORD', reason: `invalid JSON: ${parsed.error}` })
    })
    return { articles, skipped }
  }
  const parsed = whole ?? tryParse(text)
  if (!parsed.ok) return { articles, skipped: [{ input: name, code: 'E_INPUT_FORMAT', reason: `invalid JSON: ${parsed.error}` }] }
  const data = parsed.value
  const list = Array.isArray(data) ? data : Array.isArray((data as Record<string, unknown> | null)?.['articles']) ? (data as { articles: unknown[] }).articles : [data]
  if (list.length === 0) return { articles, skipped: [{ input: name, code: 'E_INPUT_RECORD', reason: 'the JSON holds no records (an empty list)' }] }
  list.forEach((item, i) => take(item, list.length > 1 ? `#${i}` : ''))
  return { articles, skipped }
}

/** Delimiters a CSV file may use; the one its header line holds most of is taken. */
const DELIMITERS = [',', ';', '\t'] as const

/**
 * Parses CSV or TSV whose first row names the fields; a row that cannot be read (a stray quote,
 * too many cells) or holds no text comes back as skipped, naming the line it ends on. Pure.
 */
export function parseCsvRecords(name: string, text: string): { articles: RecordArticle[]; skipped: Skipped[] } {
  const header = text.replace(/^\uFEFF/u, '').split('\n', 1)[0] ?? ''
  const delimiter = DELIMITERS.reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), DELIMITERS[0] as string)
  const bad = new Map<number, string>()
  let rows: { record: Record<string, string>; info: { lines: number } }[]
  try {
    rows = parseCsv(text, {
      columns: (names: string[]) => names.map((n) => n.trim()), bom: true, delimiter, skip_empty_lines: true, info: true,
      skip_records_with_error: true,
      // One broken row can raise several errors: the first says best what is wrong.
      on_skip: (error: { lines?: number; message: string } | undefined) => {
        if (error && !bad.has(error.lines ?? 0)) bad.set(error.lines ?? 0, error.message)
      },
    }) as typeof rows
  } catch (error) {
    return { articles: [], skipped: [{ input: name, code: 'E_INPUT_FORMAT', reason: `invalid CSV: ${error instanceof Error ? error.message : String(error)}` }] }
  }
  const skipped: Skipped[] = [...bad].map(([line, message]) => ({ input: `${name}#line ${line}`, code: 'E_INPUT_RECORD', reason: `invalid CSV row: ${message}` }))
  const columns = Object.keys(rows[0]?.record ?? {})
  // A table with no text column would give one identical skip per row: say it once, for the file.
  if (columns.length > 0 && !columns.some((c) => TEXT_FIELDS.includes(c))) {
    return { articles: [], skipped: [{ input: name, code: 'E_INPUT_RECORD', reason: `no text column: expected one named ${EXPECTED_TEXT}; the columns are ${columns.join(', ')}` }] }
  }
  const articles: RecordArticle[] = []
  for (const { record, info } of rows) {
    const article = recordArticle(record, `#line ${info.lines}`)
    if (typeof article === 'string') skipped.push({ input: `${name}#line ${info.lines}`, code: 'E_INPUT_RECORD', reason: article })
    else articles.push(article)
  }
  if (rows.length === 0 && skipped.length === 0) skipped.push({ input: name, code: 'E_INPUT_RECORD', reason: 'the CSV has a header row but no records' })
  return { articles, skipped }
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string }

function tryParse(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

function firstLineFails(text: string): boolean {
  const first = text.split('\n').find((line) => line.trim() !== '')
  return first !== undefined && !tryParse(first).ok
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  return lines.length > 1 && lines.every((line) => /^\s*\{/u.test(line)) && lines.some((line) => tryParse(line).ok)
}

/** The fields a record's article text may be in, the first present wins. */
const TEXT_FIELDS: readonly string[] = ['text', 'body', 'content', 'body-paragraphs', 'paragraphs']
/** How messages name the usual text fields. */
const EXPECTED_TEXT = '"text", "body" or "content"'

/** One record's article, or why it has none. Pure. */
export function recordArticle(value: unknown, label: string): RecordArticle | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'a record must be a JSON object'
  const r = value as Record<string, unknown>
  const text = first(r, TEXT_FIELDS, paragraphs)
  if (!text) return `no article text: expected a ${EXPECTED_TEXT} field (a string or a list of paragraphs)`
  const outlet = first(r, ['outlet', 'source', 'publisher'], field)
  const title = first(r, ['title', 'headline'], field)
  const published = first(r, ['date', 'published', 'publishedAt', 'pubDate', 'publication_date', 'datePublished'], dateField)
  const url = first(r, ['url', 'link'], field)
  const byline = first(r, ['byline', 'author'], field)
  return {
    text, label,
    ...(title ? { title } : {}), ...(outlet ? { outlet } : {}), ...(published ? { published } : {}),
    ...(url ? { url } : {}), ...(byline ? { byline } : {}),
  }
}

/** The first of `keys` whose value `read` accepts: `{"text": "", "body": "..."}` still has a body. */
function first(r: Record<string, unknown>, keys: readonly string[], read: (v: unknown) => string | undefined): string | undefined {
  for (const key of keys) {
    const value = read(r[key])
    if (value) return value
  }
  return undefined
}

function paragraphs(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined
  if (Array.isArray(v)) {
    const joined = v.flat(2).filter((p): p is string => typeof p === 'string').map((p) => p.trim()).filter(Boolean).join('\n\n')
    return joined || undefined
  }
  return undefined
}

function field(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined
  if (Array.isArray(v)) return field(v[0])
  if (v && typeof v === 'object' && typeof (v as Record<string, unknown>)['name'] === 'string') return field((v as Record<string, unknown>)['name'])
  return undefined
}

/** A date string, or a Unix time in seconds or milliseconds, as `YYYY-MM-DD`. */
function dateField(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return new Date(v < 1e11 ? v * 1000 : v).toISOString().slice(0, 10)
  return isoDate(field(v))
}
