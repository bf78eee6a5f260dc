/** @module serve/app.test — the HTTP API and the form's endpoint, through Hono's request handling. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseHTML } from 'linkedom'
import { AnalysisResultSchema, type AnalysisResult } from '../model/schema.js'
import { Store } from '../store/store.js'
import { createApp, MAX_URLS } from './app.js'

const OSLO = 'date 2024-03-01\nA gunman attacked the Danish embassy in Oslo on February 27, killing two guards. Norwegian police said the attack was not terrorism.'
const BERGEN = 'date 2024-03-02\nA man opened fire at the Danish embassy in Oslo on February 27, killing two guards, police said. The <script>alert(1)</script> minister called it an act of terror.'
const GERMAN = 'Der Bundeskanzler hat am Montag in Berlin eine neue Regierung vorgestellt. Die Opposition kritisierte die Entscheidung scharf.'

const app = createApp({ maxBytes: 64 * 1024 })
const post = (path: string, body: unknown): Promise<Response> =>
  Promise.resolve(app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) }))

describe('GET', () => {
  test('/ is the form, under a policy that loads nothing and posts only back to the server', async () => {
    const res = await app.request('/')
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
    const { document } = parseHTML(await res.text())
    const form = document.querySelector('form')!
    assert.equal(form.getAttribute('action'), '/report')
    assert.deepEqual([...form.querySelectorAll('textarea, input, select')].map((e) => e.getAttribute('name')), ['text', 'files', 'urls', 'split', 'format'])
    assert.equal(document.querySelectorAll('script').length, 0)
  })

  test('/api/health and /api/schema', async () => {
    assert.deepEqual(await (await app.request('/api/health')).json(), { ok: true, version: '0.1.0' })
    const schema = await (await app.request('/api/schema')).json() as { $id: string }
    assert.match(schema.$id, /^urn:rashomon:schema:analysis:/u)
  })

  test('an unknown path is 404: JSON under /api/, a page elsewhere', async () => {
    const api = await app.request('/api/nope')
    assert.equal(api.status, 404)
    assert.deepEqual(await api.json(), { error: 'no such page: GET /api/nope', status: 404 })
    const page = await app.request('/nope')
    assert.equal(page.status, 404)
    assert.match(await page.text(), /<a href="\/">Back to the form<\/a>/u)
  })
})

describe('other sites', () => {
  const local = createApp({ allowedHosts: ['127.0.0.1', 'localhost', '::1'] })

  test('a host name the server does not answer to is refused (DNS rebinding)', async () => {
    assert.equal((await local.request('http://127.0.0.1:8080/api/health')).status, 200)
    const rebound = await local.request('http://evil.example:8080/api/health')
    assert.equal(rebound.status, 403)
    assert.match(((await rebound.json()) as { error: string }).error, /does not answer to the host name evil\.example/u)
  })

  test('a post from another site\'s page is refused; the server\'s own pages and scripts pass', async () => {
    const post = (headers: Record<string, string>): Promise<Response> =>
      Promise.resolve(local.request('http://127.0.0.1:8080/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ texts: [{ text: OSLO }] }) }))
    assert.equal((await post({ origin: 'https://evil.example' })).status, 403)
    assert.equal((await post({ 'sec-fetch-site': 'cross-site' })).status, 403)
    assert.equal((await post({ origin: 'not a url' })).status, 403)
    assert.equal((await post({ origin: 'http://127.0.0.1:8080' })).status, 200)
    assert.equal((await post({})).status, 200)
  })

  test('the API takes JSON only, so a form or text post from elsewhere cannot set it to work', async () => {
    const res = await app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ texts: [{ text: OSLO }] }) })
    assert.equal(res.status, 415)
  })
})

describe('POST /api/analyze', () => {
  test('compares the texts and answers the result as the schema describes it', async () => {
    const res = await post('/api/analyze', { texts: [{ name: 'oslo.txt', text: OSLO }, { name: 'bergen.txt', text: BERGEN }], split: 'files' })
    assert.equal(res.status, 200)
    const result = AnalysisResultSchema.parse(await res.json()) as AnalysisResult
    assert.deepEqual(result.articles.map((a) => a.article.provenance[0]?.input), ['oslo.txt', 'bergen.txt'])
    assert.equal(result.stories.length, 1)
  })

  test('answers a report in another format on request', async () => {
    const res = await post('/api/analyze', { texts: [{ text: OSLO }], format: 'md' })
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-type'), 'text/markdown; charset=utf-8')
    assert.match(await res.text(), /^# rashomon: 1 article\(s\) compared/u)
  })

  test('a request that does not fit is 400 with the reason', async () => {
    for (const [body, reason] of [
      ['{"texts": [', /the body is not JSON/u],
      [{ texts: 'one' }, /texts/u],
      [{ texts: [{ text: OSLO }], format: 'pdf' }, /format/u],
      [{ text: OSLO }, /Unrecognized key: "text"/u],
      [{ urls: Array.from({ length: MAX_URLS + 1 }, (_, i) => `https://example.org/${i}`) }, /urls/u],
      [{}, /nothing to compare/u],
      [{ urls: ['/etc/passwd'] }, /"\/etc\/passwd" is not an http or https URL/u],
      [{ urls: ['file:///etc/passwd'] }, /not an http or https URL/u],
    ] as const) {
      const res = await post('/api/analyze', body)
      assert.equal(res.status, 400, JSON.stringify(body))
      assert.match(((await res.json()) as { error: string }).error, reason)
    }
  })

  test('nothing analysable is 422, with each input\'s reason; a private URL is refused', async () => {
    const res = await post('/api/analyze', { texts: [{ name: 'de.txt', text: GERMAN }], urls: ['http://127.0.0.1:1/admin'] })
    assert.equal(res.status, 422)
    const result = await res.json() as AnalysisResult
    assert.deepEqual(result.skipped.map((s) => [s.input, s.code]), [['http://127.0.0.1:1/admin', 'E_INPUT_URL'], ['de.txt', 'E_LANGUAGE_UNSUPPORTED']])
  })

  test('a body over the limit is 413', async () => {
    const res = await post('/api/analyze', { texts: [{ text: 'x'.repeat(70 * 1024) }] })
    assert.equal(res.status, 413)
    assert.match(((await res.json()) as { error: string }).error, /over the 65536-byte limit/u)
  })
})

describe('POST /report', () => {
  const form = (fields: Record<string, string | Blob>, files: Array<[string, string]> = []): FormData => {
    const data = new FormData()
    for (const [name, value] of Object.entries(fields)) data.append(name, value)
    for (const [name, text] of files) data.append('files', new File([text], name, { type: 'text/plain' }))
    return data
  }

  test('pasted text and an uploaded file become articles of one HTML report, their markup escaped', async () => {
    const res = await app.request('/report', { method: 'POST', body: form({ text: BERGEN, split: 'files' }, [['oslo.txt', OSLO]]) })
    assert.equal(res.status, 200)
    const html = await res.text()
    const { document } = parseHTML(html)
    assert.equal(document.querySelectorAll('article').length, 2)
    assert.match(document.querySelector('#article-A .details')?.textContent ?? '', /from oslo\.txt/u)
    assert.match(document.querySelector('#article-B .details')?.textContent ?? '', /from pasted text/u)
    assert.doesNotMatch(html, /<script>alert/u)
  })

  test('an empty form is 400, a bad option is 400, and so is a path given as a URL', async () => {
    assert.equal((await app.request('/report', { method: 'POST', body: form({ text: '  ' }) })).status, 400)
    const path = await app.request('/report', { method: 'POST', body: form({ urls: 'https://example.org/a\n../../etc/passwd' }) })
    assert.equal(path.status, 400)
    assert.match(await path.text(), /&#34;..\/..\/etc\/passwd&#34; is not an http or https URL/u)
    assert.equal((await app.request('/report', { method: 'POST', body: form({ text: OSLO, format: 'pdf' }) })).status, 400)
  })
})

describe('with a corpus', () => {
  const store = new Store(':memory:')
  const kept = createApp({ store })
  const keepForm = (text: string): FormData => {
    const data = new FormData()
    data.append('text', text)
    data.append('keep', 'on')
    return data
  }

  test('the form offers to keep; without a store there is no corpus', async () => {
    assert.match(await (await kept.request('/')).text(), /name="keep"/u)
    assert.doesNotMatch(await (await app.request('/')).text(), /name="keep"/u)
    assert.equal((await app.request('/corpus')).status, 404)
  })

  test('kept articles are listed, searched and compared again', async () => {
    assert.equal((await kept.request('/report', { method: 'POST', body: keepForm(OSLO) })).status, 200)
    assert.equal((await kept.request('/report', { method: 'POST', body: keepForm(BERGEN) })).status, 200)
    assert.equal(store.count(), 2)
    const listed = parseHTML(await (await kept.request('/corpus')).text()).document
    assert.equal(listed.querySelectorAll('.found li').length, 2)
    const found = parseHTML(await (await kept.request('/corpus?q=gunman')).text()).document
    assert.equal(found.querySelectorAll('.found li').length, 1)
    assert.equal(found.querySelector('.passage mark')?.textContent, 'gunman')
    const searched = await (await kept.request('/api/articles?q=gunman')).json() as { articles: Array<{ passage: string; matches: Array<{ start: number; end: number }> }> }
    const [hit] = searched.articles
    assert.ok(hit && !/[\u{E000}\u{E001}«»]/u.test(hit.passage), 'the JSON passage is plain text')
    assert.deepEqual(hit.matches.map((m) => hit.passage.slice(m.start, m.end)), ['gunman'])
    assert.equal(found.querySelector('a[href^="/corpus/report"]')?.getAttribute('href'), '/corpus/report?q=gunman')
    const report = parseHTML(await (await kept.request('/corpus/report')).text()).document
    assert.equal(report.querySelectorAll('article').length, 2)
    const api = await (await kept.request('/api/articles?since=2024-03-02')).json() as { kept: number; total: number; articles: Array<{ published: string }> }
    assert.deepEqual([api.kept, api.total, api.articles.map((a) => a.published)], [2, 1, ['2024-03-02']])
  })

  test('a selection the store cannot read is 400, an empty one 404', async () => {
    assert.equal((await kept.request('/corpus?since=last+week')).status, 400)
    assert.equal((await kept.request('/api/articles?until=2023-13-40')).status, 400)
    assert.equal((await kept.request('/corpus/report?q=zeppelin')).status, 404)
  })
})
