/**
 * @module ingest/fetch-url.test — fetching a URL from a real local HTTP server: redirects, limits,
 * compression, and the refusals that keep a fetch off a user's own network unless asked.
 */
import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { gzipSync } from 'node:zlib'
import { RashomonError } from '../model/errors.js'
import { fetchUrl, MAX_REDIRECTS, nonPublicAddress } from './fetch-url.js'

const PAGE = '<html><head><title>Bridge shut</title></head><body><p>Engineers closed the old river bridge on Tuesday.</p></body></html>'

/** The local test site: each path shows one way a server answers. */
function answer(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/'
  if (path === '/page') return void res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' }).end(PAGE)
  if (path === '/moved') return void res.writeHead(301, { location: '/page' }).end()
  if (path.startsWith('/loop')) return void res.writeHead(302, { location: `/loop${path.length}` }).end()
  if (path === '/gone') return void res.writeHead(404, 'Not Found').end('no such story')
  if (path === '/gzip') return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE))
  if (path === '/big') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5000))
  if (path === '/big-gzip') return void res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('x'.repeat(5000)))
  if (path === '/empty') return void res.writeHead(200, { 'content-type': 'text/html' }).end()
  if (path === '/slow') return void res.writeHead(200, { 'content-type': 'text/html' }).write('<p>first part')
  if (path === '/to-ftp') return void res.writeHead(302, { location: 'ftp://files.example/story.txt' }).end()
  if (path === '/gzip-cut') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
    return void res.write(gzipSync(PAGE.repeat(50)).subarray(0, 40), () => res.socket?.destroy())
  }
  res.writeHead(500).end()
}

describe('nonPublicAddress', () => {
  test('names loopback, private, link-local and reserved addresses, in IPv4, IPv6 and mapped form', () => {
    assert.equal(nonPublicAddress('127.0.0.1'), 'a loopback address')
    assert.equal(nonPublicAddress('::1'), 'a loopback address')
    assert.equal(nonPublicAddress('10.20.30.40'), 'a private-network address')
    assert.equal(nonPublicAddress('172.31.255.1'), 'a private-network address')
    assert.equal(nonPublicAddress('192.168.1.1'), 'a private-network address')
    assert.equal(nonPublicAddress('fd12:3456::1'), 'a private-network address')
    assert.equal(nonPublicAddress('169.254.169.254'), 'a link-local address')
    assert.equal(nonPublicAddress('0.0.0.0'), 'a reserved address')
    assert.equal(nonPublicAddress('::ffff:10.0.0.7'), 'a private-network address')
    assert.equal(nonPublicAddress('fec0::1'), 'a private-network address')
  })

  test('judges an IPv6 address by the IPv4 address it carries: compatible, NAT64, 6to4', () => {
    assert.equal(nonPublicAddress('::7f00:1'), 'a loopback address')
    assert.equal(nonPublicAddress('::127.0.0.1'), 'a loopback address')
    assert.equal(nonPublicAddress('64:ff9b::a9fe:a9fe'), 'a link-local address')
    assert.equal(nonPublicAddress('2002:a00:1::'), 'a private-network address')
    assert.equal(nonPublicAddress('64:ff9b::808:808'), undefined)
    assert.equal(nonPublicAddress('2002:808:808::1'), undefined)
    assert.equal(nonPublicAddress('::ffff:0:7f00:1'), 'a loopback address')
    assert.equal(nonPublicAddress('64:ff9b:1::1'), 'a reserved address')
  })

  test('leaves public addresses alone, including neighbours of the private ranges', () => {
    for (const address of ['8.8.8.8', '172.32.0.1', '11.0.0.1', '192.169.0.1', '2001:4860:4860::8888', '::ffff:8.8.4.4']) {
      assert.equal(nonPublicAddress(address), undefined, address)
    }
  })
})

describe('fetchUrl', () => {
  let server: Server
  let base = ''
  const open = { maxBytes: 1_000_000, allowPrivate: true }
  const failure = async (promise: Promise<unknown>): Promise<RashomonError> => {
    try {
      await promise
    } catch (error) {
      assert.ok(error instanceof RashomonError, String(error))
      return error
    }
    assert.fail('expected a RashomonError')
  }

  before(async () => {
    server = createServer(answer)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(() => {
    server.closeAllConnections()
    server.close()
  })

  test('reads a page with its media type and charset', async () => {
    const page = await fetchUrl(`${base}/page`, open)
    assert.equal(new TextDecoder().decode(page.bytes), PAGE)
    assert.equal(page.mediaType, 'text/html')
    assert.equal(page.charset, 'utf-8')
    assert.equal(page.url, `${base}/page`)
  })

  test('follows a redirect and reports where the page came from', async () => {
    const page = await fetchUrl(`${base}/moved`, open)
    assert.equal(page.url, `${base}/page`)
  })

  test('gives up after too many redirects, and on a redirect to another scheme', async () => {
    assert.match((await failure(fetchUrl(`${base}/loop`, open))).message, new RegExp(`more than ${MAX_REDIRECTS} redirects`, 'u'))
    assert.match((await failure(fetchUrl(`${base}/to-ftp`, open))).message, /only http and https URLs are fetched, not ftp/u)
  })

  test('says what the server answered when it is not a page', async () => {
    const error = await failure(fetchUrl(`${base}/gone`, open))
    assert.equal(error.code, 'E_INPUT_URL')
    assert.equal(error.message, 'the server answered 404 Not Found')
  })

  test('decompresses a gzip body', async () => {
    assert.equal(new TextDecoder().decode((await fetchUrl(`${base}/gzip`, open)).bytes), PAGE)
  })

  test('stops at the byte limit, compressed or not', async () => {
    assert.equal((await failure(fetchUrl(`${base}/big`, { ...open, maxBytes: 1000 }))).code, 'E_INPUT_TOO_LARGE')
    assert.equal((await failure(fetchUrl(`${base}/big-gzip`, { ...open, maxBytes: 1000 }))).code, 'E_INPUT_TOO_LARGE')
  })

  test('a server that hangs up mid-body is a clear failure at once, not a wait for the deadline', async () => {
    const started = Date.now()
    const error = await failure(fetchUrl(`${base}/gzip-cut`, { ...open, timeoutMs: 10_000 }))
    assert.match(error.message, /closed the connection before the page was complete|could not be read/u)
    assert.ok(Date.now() - started < 5000)
  })

  test('a connection is never reused, so a refused host stays refused after an allowed fetch', async () => {
    const named = `${base.replace('127.0.0.1', 'localhost')}/page`
    await fetchUrl(named, open)
    assert.match((await failure(fetchUrl(named, { maxBytes: 1000 }))).message, /a loopback address; not fetched/u)
  })

  test('an empty page and a page that never ends are clear failures', async () => {
    assert.equal((await failure(fetchUrl(`${base}/empty`, open))).code, 'E_INPUT_EMPTY')
    assert.match((await failure(fetchUrl(`${base}/slow`, { ...open, timeoutMs: 300 }))).message, /no complete answer within 0\.3 s/u)
  })

  test('refuses a private address unless allowed, before connecting', async () => {
    const literal = await failure(fetchUrl(`${base}/page`, { maxBytes: 1000 }))
    assert.equal(literal.code, 'E_INPUT_URL')
    assert.match(literal.message, /^127\.0\.0\.1 is a loopback address; not fetched \(--allow-private-urls fetches from your own network\)$/u)
        const named = await failure(fetchUrl(`${base.replace('127.0.0.1', 'localhost')}/page`, { maxBytes: 1000 }))
    assert.match(named.message, /^localhost resolves to (?:127\.0\.0\.1|::1), a loopback address; not fetched \(--allow-private-urls fetches from your own network\)$/u)
  })

  test('a closed port, a bad address and another scheme each say what went wrong', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    assert.match((await failure(fetchUrl(`http://127.0.0.1:${port}/`, open))).message, /refused the connection/u)
    assert.equal((await failure(fetchUrl('http://exa mple.org/', open))).message, 'not a valid URL')
    assert.match((await failure(fetchUrl('file:///etc/passwd', open))).message, /only http and https URLs are fetched, not file/u)
    // `.invalid` never resolves (RFC 2606); with no network at all the look-up may time out instead.
    const unknown = await failure(fetchUrl('http://no-such-host.invalid/story', { ...open, timeoutMs: 5000 }))
    assert.equal(unknown.code, 'E_INPUT_URL')
    assert.match(unknown.message, /^(?:the host no-such-host\.invalid could not be found|no complete answer within 5 s)/u)
  })
})
