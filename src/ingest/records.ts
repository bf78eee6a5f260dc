/**
 * @module ingest/records — articles from JSON (an array, or `{articles: [...]}`) and JSON Lines.
 * Field names follow the common corpus conventions: `text`|`body`|`content` (a string or an
 * array of paragraphs), `title`|`headline`, `outlet`|`source`|`publisher`, `date`|`published`, `url`.
 */
import type { Skipped } from '../model/schema.js'
import { isoDate } from './html.js'

/** The article fields one record yields. */
export interface RecordArticle {
  readonly text: string
  readonly label: string
  readonly title?: string
  readonly outlet?: string
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
  if (lines) {
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return
      try {
        take(JSON.parse(line), `#line ${i + 1}`)
      } catch (error) {
        skipped.push({ input: `${name}#line ${i + 1}`, code: 'E_INPUT_RECORD', reason: `invalid JSON: ${(error as Error).message}` })
      }
    })
    return { articles, skipped }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { articles, skipped: [{ input: name, code: 'E_INPUT_FORMAT', reason: `invalid JSON: ${(error as Error).message}` }] }
  }
  const list = Array.isArray(data) ? data : Array.isArray((data as Record<string, unknown>)?.['articles']) ? (data as { articles: unknown[] }).articles : [data]
  list.forEach((item, i) => take(item, list.length > 1 ? `#${i}` : ''))
  return { articles, skipped }
}

function recordArticle(value: unknown, label: string): RecordArticle | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'a record must be a JSON object'
  const r = value as Record<string, unknown>
  const text = paragraphs(r['text'] ?? r['body'] ?? r['content'] ?? r['body-paragraphs'] ?? r['paragraphs'])
  if (!text) return 'no article text: expected a "text", "body" or "content" field'
  const outlet = field(r['outlet'] ?? r['source'] ?? r['publisher'])
  const title = field(r['title'] ?? r['headline'])
  const published = isoDate(field(r['date'] ?? r['published'] ?? r['publishedAt'] ?? r['pubDate'] ?? r['publication_date']))
  const url = field(r['url'] ?? r['link'])
  const byline = field(r['byline'] ?? r['author'])
  return {
    text, label,
    ...(title ? { title } : {}), ...(outlet ? { outlet } : {}), ...(published ? { published } : {}),
    ...(url ? { url } : {}), ...(byline ? { byline } : {}),
  }
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
  if (v && typeof v === 'object' && typeof (v as Record<string, unknown>)['name'] === 'string') return field((v as Record<string, unknown>)['name'])
  return undefined
}
