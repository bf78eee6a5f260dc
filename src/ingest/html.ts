/**
 * @module ingest/html — the article in an HTML page: main text by Mozilla Readability over a
 * linkedom DOM, and title, byline, outlet and date from meta tags and JSON-LD.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { RashomonError } from '../model/errors.js'

/** The article fields an HTML page yields. */
export interface HtmlArticle {
  readonly text: string
  readonly title?: string
  readonly byline?: string
  readonly outlet?: string
  readonly published?: string
  readonly url?: string
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption'

/** Extracts the article from an HTML page; throws E_INPUT_HTML when the page has no readable text. Pure. */
export function parseHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html)
  const meta = readMeta(document)
  // Readability mutates the DOM it reads, so it runs after the metadata has been taken.
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse()
  let text = ''
  if (parsed?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`)
    text = Array.from(body.querySelectorAll(BLOCKS) as ArrayLike<{ textContent: string | null }>)
      .map((el) => (el.textContent ?? '').replace(/\s+/gu, ' ').trim())
      .filter((line) => line !== '')
      .join('\n\n')
    if (text === '') text = (parsed.textContent ?? '').replace(/[ \t]+/gu, ' ').trim()
  }
  if (text === '') throw new RashomonError('E_INPUT_HTML', 'no readable article text in the HTML', 'Check that the page holds the article itself, not a script-built shell or an index page.')
  const title = meta.title ?? parsed?.title ?? undefined
  const byline = meta.byline ?? parsed?.byline ?? undefined
  const outlet = meta.outlet ?? parsed?.siteName ?? undefined
  return {
    text,
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    ...(outlet ? { outlet } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.url ? { url: meta.url } : {}),
  }
}

interface Meta { title?: string | undefined; byline?: string | undefined; outlet?: string | undefined; published?: string | undefined; url?: string | undefined }

type Doc = ReturnType<typeof parseHTML>['document']

function readMeta(document: Doc): Meta {
  const content = (selector: string): string | undefined => {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim()
    return value ? value : undefined
  }
  const meta: Meta = {}
  for (const ld of jsonLd(document)) {
    meta.title ??= str(ld['headline'])
    meta.published ??= isoDate(str(ld['datePublished']))
    meta.outlet ??= str((ld['publisher'] as Record<string, unknown> | undefined)?.['name'])
    const author = ld['author']
    meta.byline ??= str(Array.isArray(author) ? (author[0] as Record<string, unknown>)?.['name'] : (author as Record<string, unknown> | undefined)?.['name'])
  }
  meta.title ??= content('meta[property="og:title"]') ?? (document.querySelector('title')?.textContent?.trim() || undefined)
  meta.outlet ??= content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]')
  meta.byline ??= content('meta[name="author"]')
  meta.published ??= isoDate(content('meta[property="article:published_time"]') ?? content('meta[name="date"]') ??
    content('meta[name="pubdate"]') ?? content('meta[itemprop="datePublished"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined)
  meta.url ??= content('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined
  return meta
}

function jsonLd(document: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]') as ArrayLike<{ textContent: string | null }>)) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '')
      const items = Array.isArray(data) ? data : [data]
      for (const item of items) {
        if (item && typeof item === 'object') {
          const graph = (item as Record<string, unknown>)['@graph']
          if (Array.isArray(graph)) out.push(...graph.filter((g): g is Record<string, unknown> => !!g && typeof g === 'object'))
          else out.push(item as Record<string, unknown>)
        }
      }
    } catch {
      // A broken JSON-LD block is common on real pages; the meta tags are the fallback.
    }
  }
  return out
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}

/** Returns the `YYYY-MM-DD` part of a date string, or undefined when it has none. Pure. */
export function isoDate(v: string | undefined): string | undefined {
  if (!v) return undefined
  const m = /(\d{4})-(\d{2})-(\d{2})/u.exec(v)
  if (m) return `${m[1]}-${m[2]}-${m[3]}`
  const t = Date.parse(v)
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10)
}
