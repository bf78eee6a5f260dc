/**
 * @module serve/app — `rashomon serve`: the HTTP API and the web app over `analyze` (Hono).
 *
 * - `GET /`: the form page (paste, upload, URLs); `POST /report` takes it and answers the report.
 * - `POST /api/analyze`: `{ texts: [{ name?, text }], urls: [], split, stories, format }` answers
 *   the result (JSON by default, following `GET /api/schema`), or the report in `format`.
 * - `GET /api/schema`, `GET /api/health`.
 * - With a store (`--db`): `GET /corpus` lists or searches the kept articles, `GET /corpus/report`
 *   compares a selection of them, `GET /api/articles` lists or searches as JSON; the form can
 *   keep what it analyses.
 *
 * Nothing is kept but what the form is asked to keep in the store. A request over the size limit
 * gets 413, a malformed one 400 with the reason, one where nothing could be analysed 422 with the
 * report saying why; an unexpected failure 500 with its reason and no stack. URLs are fetched from
 * the public web only, unless the server was started with `allowPrivateUrls`: a request cannot
 * make the server reach its own network. Other sites cannot use the server through a visitor's
 * browser: a request must name the server's own host (`allowedHosts`, against DNS rebinding), a
 * posted one must come from its own pages (Origin, Sec-Fetch-Site), and the API takes JSON only.
 */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import type { InputFile } from '../ingest/read-input.js'
import { RashomonError, reasonOf } from '../model/errors.js'
import { analysisJsonSchema, type AnalysisResult } from '../model/schema.js'
import { analyzeEach, compareBatch, VERSION } from '../rashomon.js'
import { REPORT_FORMATS } from '../report/formats.js'
import { esc } from '../report/html.js'
import type { SearchHit, Selection, Store, StoredArticle } from '../store/store.js'
import { corpusPage } from './corpus.js'
import { layout, PAGE_POLICY } from './layout.js'
import { formPage } from './page.js'

/** How the server reads requests. */
export interface AppOptions {
  /** Largest request body, in bytes (and the largest file or page read). @default SERVE_MAX_BYTES */
  readonly maxBytes?: number
  /** Fetch URLs on loopback and private-network addresses too. @default false */
  readonly allowPrivateUrls?: boolean
  /** A corpus to browse and add to; without one, nothing is kept. */
  readonly store?: Store
  /**
   * The host names requests may be addressed to (the Host header); any when absent. A server on
   * loopback takes only its loopback names, so a page whose name is made to resolve to 127.0.0.1
   * cannot read from it.
   */
  readonly allowedHosts?: readonly string[]
}

/**
 * The default request limit: a request is analysed while others wait (analysis takes the one
 * thread), and a few hundred articles' worth already takes tens of seconds.
 */
export const SERVE_MAX_BYTES = 2 * 1024 * 1024

/** Most articles a corpus page lists or a corpus comparison reads. */
export const CORPUS_PAGE_SIZE = 200

/** Most URLs one request may ask to fetch: each is fetched in turn, so many would tie the server up. */
export const MAX_URLS = 10

const FORMAT = z.enum(['json', 'html', 'md', 'text'])
const SPLIT = z.enum(['auto', 'files', 'stream'])
const STORIES = z.enum(['auto', 'one', 'group'])

/** The body of `POST /api/analyze`. */
export const AnalyzeRequestSchema = z.object({
  texts: z.array(z.object({ name: z.string().min(1).max(200).optional(), text: z.string() })).default([]),
  urls: z.array(z.string()).max(MAX_URLS).default([]),
  split: SPLIT.default('auto'),
  stories: STORIES.default('auto'),
  format: FORMAT.default('json'),
}).strict()

/** Builds the app. Pure: it listens nowhere (`listen` in `server.ts` does). */
export function createApp(options: AppOptions = {}): Hono {
  const maxBytes = options.maxBytes ?? SERVE_MAX_BYTES
  const allowPrivateUrls = options.allowPrivateUrls ?? false
  const { store } = options
  const app = new Hono()
  app.use('*', async (c, next) => {
    const refusal = crossSiteRefusal(c, options.allowedHosts)
    if (refusal) return withPolicy(problem(c, 403, refusal))
    await next()
    withPolicy(c.res)
  })
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => problem(c, 413, `the request is over the ${maxBytes}-byte limit`),
  })
  app.use('/report', limit)
  app.use('/api/*', limit)

  app.get('/', (c) => c.html(formPage(VERSION, maxBytes, allowPrivateUrls, !!store)))
  app.get('/api/health', (c) => c.json({ ok: true, version: VERSION }))
  app.get('/api/schema', (c) => c.json(analysisJsonSchema()))

  app.post('/report', async (c) => {
    let form: Record<string, string | File | (string | File)[]>
    try {
      form = await c.req.parseBody({ all: true })
    } catch (error) {
      return problem(c, 400, `the form could not be read: ${reasonOf(error)}`)
    }
    const field = (name: string): string => [form[name]].flat().find((v): v is string => typeof v === 'string') ?? ''
    const format = FORMAT.safeParse(field('format') || 'html')
    const split = SPLIT.safeParse(field('split') || 'auto')
    if (!format.success || !split.success) return problem(c, 400, 'format must be html, md, json or text, and split auto, files or stream')
    const files: InputFile[] = []
    for (const value of [form['files']].flat()) {
      // A file input with no file chosen sends an empty part with no name; an empty file that was chosen is kept, to be reported.
      if (value instanceof File && (value.name !== '' || value.size > 0)) files.push({ name: value.name || 'upload', bytes: new Uint8Array(await value.arrayBuffer()) })
    }
    const texts = [form['text']].flat().filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    texts.forEach((text, i) => files.push({ name: texts.length > 1 ? `pasted text ${i + 1}` : 'pasted text', bytes: new TextEncoder().encode(text) }))
    const urls = field('urls').split(/\s+/u).filter(Boolean)
    return answer(c, [...files, ...urls], { split: split.data, stories: 'auto', format: format.data, keep: field('keep') === 'on' })
  })

  app.post('/api/analyze', async (c) => {
    // JSON only: a form or text/plain post from another site's page could otherwise set the server to work.
    if (!/^application\/json\s*(?:;|$)/iu.test(c.req.header('content-type') ?? '')) return problem(c, 415, 'the body must be JSON (Content-Type: application/json)')
    let body: unknown
    try {
      body = await c.req.json()
    } catch {
      return problem(c, 400, 'the body is not JSON')
    }
    const request = AnalyzeRequestSchema.safeParse(body)
    if (!request.success) return problem(c, 400, `the request does not fit the API: ${z.prettifyError(request.error).replace(/\n/gu, '; ')}`)
    const { texts, urls, split, stories, format } = request.data
    const files = texts.map((t, i) => ({ name: t.name ?? `text ${i + 1}`, bytes: new TextEncoder().encode(t.text) }))
    return answer(c, [...files, ...urls], { split, stories, format, keep: false })
  })

  if (store) {
    const selection = (c: Context): Selection => {
      const q = (name: string): string | undefined => c.req.query(name)?.trim() || undefined
      const [match, since, until] = [q('q'), q('since'), q('until')]
      return { ...(match ? { match } : {}), ...(since ? { since } : {}), ...(until ? { until } : {}), limit: CORPUS_PAGE_SIZE }
    }
    /** The selected articles, best match first when searched, and how many the selection holds in all. */
    const found = (chosen: Selection): { articles: Array<StoredArticle | SearchHit>; total: number } => ({
      articles: chosen.match ? store.search(chosen.match, chosen) : store.list(chosen),
      total: store.count(chosen),
    })
    app.get('/corpus', (c) => corpusOr400(c, () => {
      const chosen = selection(c)
      const { articles, total } = found(chosen)
      return c.html(corpusPage(chosen, articles, total, store.count()))
    }))
    app.get('/api/articles', (c) => corpusOr400(c, () => {
      const { articles, total } = found(selection(c))
      return c.json({ kept: store.count(), total, articles })
    }))
    app.get('/corpus/report', (c) => corpusOr400(c, () => {
      const format = FORMAT.safeParse(c.req.query('format') ?? 'html')
      if (!format.success) return problem(c, 400, 'format must be html, md, json or text')
      const { articles, skipped } = store.read(selection(c))
      if (articles.length === 0) return problem(c, 404, 'no kept article fits the selection')
      const rendered = REPORT_FORMATS[format.data]
      return c.body(rendered.render(compareBatch({ boundaries: [], skipped, warnings: [], articles }), false), 200, { 'Content-Type': rendered.mediaType })
    }))
  }

  app.notFound((c) => problem(c, 404, `no such page: ${c.req.method} ${c.req.path}`))
  app.onError((error, c) => problem(c, 500, `the analysis failed: ${reasonOf(error)}`))
  return app

  /** Analyses the inputs and answers the report: 422 when nothing could be analysed, 400 when nothing was given. */
  async function answer(c: Context, inputs: Array<InputFile | string>, how: { split: z.infer<typeof SPLIT>; stories: z.infer<typeof STORIES>; format: z.infer<typeof FORMAT>; keep: boolean }): Promise<Response> {
    if (inputs.length === 0) return problem(c, 400, 'nothing to compare: paste a text, upload a file or give a URL')
    const urls = inputs.filter((i) => typeof i === 'string')
    if (urls.length > MAX_URLS) return problem(c, 400, `at most ${MAX_URLS} URLs at a time`)
    // `analyze` reads any other string as a path on this machine: a request may only name web addresses.
    const notUrl = urls.find((u) => !/^https?:\/\/[^\s/]/iu.test(u))
    if (notUrl !== undefined) return problem(c, 400, `"${notUrl.slice(0, 100)}" is not an http or https URL`)
    const options = { split: how.split, stories: how.stories, maxBytes, allowPrivateUrls }
    const batch = await analyzeEach(inputs, options)
    if (how.keep && store) store.add(batch.articles, VERSION)
    const result: AnalysisResult = compareBatch(batch, options)
    const format = REPORT_FORMATS[how.format]
    return c.body(format.render(result, false), result.articles.length > 0 ? 200 : 422, { 'Content-Type': format.mediaType })
  }
}

/** Runs a corpus request; a selection the store cannot read (a bad date or query) is 400 with the reason. */
function corpusOr400(c: Context, run: () => Response): Response {
  try {
    return run()
  } catch (error) {
    if (error instanceof RashomonError && error.code === 'E_USAGE') return problem(c, 400, error.message)
    throw error
  }
}

/** Sets the headers every answer carries: no loads, no framing, no sniffing, no referrer to other sites. */
function withPolicy(res: Response): Response {
  res.headers.set('Content-Security-Policy', PAGE_POLICY)
  res.headers.set('X-Content-Type-Options', 'nosniff')
  res.headers.set('X-Frame-Options', 'DENY')
  // Not "no-referrer": under it a browser sends "Origin: null" with the server's own form posts.
  res.headers.set('Referrer-Policy', 'same-origin')
  return res
}

/**
 * Why a request is refused as coming from another site, or `undefined`: a Host the server does not
 * answer to, or a post whose Origin (or Sec-Fetch-Site) names another site. A request with neither
 * header (curl, a script) is no browser's and passes.
 */
function crossSiteRefusal(c: Context, allowedHosts: readonly string[] | undefined): string | undefined {
  const host = new URL(c.req.url).hostname.replace(/^\[|\]$/gu, '')
  if (allowedHosts && !allowedHosts.includes(host)) return `this server does not answer to the host name ${host}`
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return undefined
  const origin = c.req.header('origin')
  if (origin && hostOf(origin) !== new URL(c.req.url).host) return `a post from ${origin} is refused: use this server's own pages`
  const site = c.req.header('sec-fetch-site')
  if (site === 'cross-site' || site === 'same-site') return 'a post from another site is refused: use this server\'s own pages'
  return undefined
}

/** The host of a URL, or undefined for a malformed one ("null"). Pure. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host
  } catch {
    return undefined
  }
}

/** An error answer: JSON for the API, a short page otherwise. */
function problem(c: Context, status: 400 | 403 | 404 | 413 | 415 | 500, reason: string): Response {
  if (c.req.path.startsWith('/api/')) return c.json({ error: reason, status }, status)
  return c.html(layout(`rashomon: ${status}`, `<h1>${status}</h1><p>${esc(reason)}</p><p><a href="/">Back to the form</a></p>`), status)
}
