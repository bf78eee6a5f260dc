/**
 * @module ingest/fetch-url — fetch one http(s) URL a user gave, with the checks a tool that runs on
 * someone's network owes them: only http and https; no loopback, private, link-local or other
 * non-public address unless asked (checked on every address a host name resolves to, at connect
 * time, so a name cannot resolve to a public address for the check and a private one for the
 * connection); at most `MAX_REDIRECTS` redirects, each checked again; one deadline for the whole
 * fetch; and no more than `maxBytes` read, compressed or not. Every failure is a `RashomonError`
 * (`E_INPUT_URL`, or `E_INPUT_TOO_LARGE` / `E_INPUT_EMPTY`) whose message says what happened.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { BlockList, isIP } from 'node:net'
import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { RashomonError } from '../model/errors.js'

/** How a URL is fetched. */
export interface FetchOptions {
  /** Most bytes of the body read (after decompression). */
  readonly maxBytes: number
  /** Milliseconds the whole fetch, redirects included, may take. @default 20000 */
  readonly timeoutMs?: number
  /** Fetch loopback and private-network addresses too (a local server, an intranet). @default false */
  readonly allowPrivate?: boolean
}

/** A fetched body and what the server said it is. */
export interface FetchedUrl {
  /** The URL the body came from, after redirects. */
  readonly url: string
  /** The media type, lower case, without parameters ("text/html"); "" when the server sent none. */
  readonly mediaType: string
  /** The `charset` parameter of the content type, lower case, when given. */
  readonly charset?: string
  readonly bytes: Uint8Array
}

/** One deadline for a whole fetch: its signal, and its length for the message when it passes. */
interface Deadline {
  readonly signal: AbortSignal
  readonly ms: number
}

/** Redirects followed before giving up: browsers allow about 20, news pages need 2 or 3. */
export const MAX_REDIRECTS = 5
const DEFAULT_TIMEOUT_MS = 20_000
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const URL_HINT = 'Check the address, or save the page and pass the file.'
const PRIVATE_HINT = 'Save the page and pass the file.'
/** Said in the message itself: a skipped input's report keeps the message, not the hint. */
const NOT_FETCHED = 'not fetched (--allow-private-urls fetches from your own network)'

/** Address ranges that are not the public internet, each with what it is (RFC 6890 and its IPv6 kin). */
const NON_PUBLIC_RANGES: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, number, 'ipv4' | 'ipv6']>]> = [
  ['a loopback address', [['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']]],
  ['a private-network address', [['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['fc00::', 7, 'ipv6'], ['fec0::', 10, 'ipv6']]],
  ['a link-local address', [['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']]],
  ['a carrier-grade NAT address', [['100.64.0.0', 10, 'ipv4']]],
  ['a multicast address', [['224.0.0.0', 4, 'ipv4'], ['ff00::', 8, 'ipv6']]],
  ['a reserved address', [
    ['0.0.0.0', 8, 'ipv4'], ['192.0.0.0', 24, 'ipv4'], ['192.0.2.0', 24, 'ipv4'], ['198.18.0.0', 15, 'ipv4'], ['198.51.100.0', 24, 'ipv4'],
    ['203.0.113.0', 24, 'ipv4'], ['240.0.0.0', 4, 'ipv4'], ['::', 128, 'ipv6'], ['100::', 64, 'ipv6'], ['64:ff9b:1::', 48, 'ipv6'], ['2001::', 32, 'ipv6'], ['2001:db8::', 32, 'ipv6'],
  ]],
]
const NON_PUBLIC: ReadonlyArray<readonly [string, BlockList]> = NON_PUBLIC_RANGES.map(([what, ranges]) => {
  const list = new BlockList()
  for (const [network, prefix, family] of ranges) list.addSubnet(network, prefix, family)
  return [what, list] as const
})

/**
 * Returns what kind of non-public address an IP address is ("a loopback address"), or `undefined`
 * for a public one. An IPv6 address that carries an IPv4 address (mapped `::ffff:10.0.0.1`,
 * compatible `::10.0.0.1`, translated `::ffff:0:a00:1`, NAT64 `64:ff9b::a00:1`, 6to4 `2002:a00:1::`) is also judged by the
 * IPv4 address it carries, which is where a packet to it may end up. Pure.
 */
export function nonPublicAddress(address: string): string | undefined {
  if (isIP(address) === 4) return NON_PUBLIC.find(([, list]) => list.check(address, 'ipv4'))?.[0]
  if (isIP(address) !== 6) return undefined
  const own = NON_PUBLIC.find(([, list]) => list.check(address, 'ipv6'))?.[0]
  const carried = carriedIpv4(address)
  return own ?? (carried ? NON_PUBLIC.find(([, list]) => list.check(carried, 'ipv4'))?.[0] : undefined)
}

/** The IPv4 address an IPv6 address carries by one of the standard embeddings, if any. Pure. */
function carriedIpv4(address: string): string | undefined {
  const groups = ipv6Groups(address)
  if (!groups) return undefined
  const quad = (hi: number, lo: number): string => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.')
  const zeros = (from: number, to: number): boolean => groups.slice(from, to).every((g) => g === 0)
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) and ::ffff:0:a.b.c.d (translated): the last 32 bits.
  if (zeros(0, 5) && (groups[5] === 0xffff || groups[5] === 0)) return quad(groups[6]!, groups[7]!)
  if (zeros(0, 4) && groups[4] === 0xffff && groups[5] === 0) return quad(groups[6]!, groups[7]!)
  // 64:ff9b::/96 (NAT64): the last 32 bits.
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return quad(groups[6]!, groups[7]!)
  // 2002::/16 (6to4): bits 16 to 47.
  if (groups[0] === 0x2002) return quad(groups[1]!, groups[2]!)
  return undefined
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted quad allowed), or undefined. Pure. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/u, '')
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/u.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const part = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)))
  const left = part(head)
  const right = tail === undefined ? [] : part(tail)
  const groups = tail === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right]
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined
}

/** Fetches `address` (http or https), following redirects. Throws `RashomonError` on any failure. */
export async function fetchUrl(address: string, options: FetchOptions): Promise<FetchedUrl> {
  const ms = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const deadline: Deadline = { signal: AbortSignal.timeout(ms), ms }
  let url = parseUrl(address)
  for (let redirects = 0; ; redirects++) {
    checkLiteralHost(url, options)
    const response = await get(url, options, deadline)
    const location = response.headers.location
    if (REDIRECT_STATUSES.has(response.statusCode ?? 0) && location) {
      response.destroy()
      if (redirects === MAX_REDIRECTS) throw new RashomonError('E_INPUT_URL', `more than ${MAX_REDIRECTS} redirects (the last to ${location})`, URL_HINT)
      url = parseUrl(new URL(location, url).href)
      continue
    }
    const status = response.statusCode ?? 0
    if (status < 200 || status >= 300) {
      response.destroy()
      throw new RashomonError('E_INPUT_URL', `the server answered ${status} ${response.statusMessage ?? ''}`.trimEnd(), URL_HINT)
    }
    const [mediaType = '', ...parameters] = (response.headers['content-type'] ?? '').toLowerCase().split(';').map((s) => s.trim())
    const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/^"|"$/gu, '')
    const bytes = await readBody(response, options.maxBytes, deadline)
    if (bytes.length === 0) throw new RashomonError('E_INPUT_EMPTY', 'the server sent an empty page', URL_HINT)
    return { url: url.href, mediaType, ...(charset ? { charset } : {}), bytes }
  }
}

function parseUrl(address: string): URL {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    throw new RashomonError('E_INPUT_URL', 'not a valid URL', URL_HINT)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RashomonError('E_INPUT_URL', `only http and https URLs are fetched, not ${url.protocol.slice(0, -1)}`, URL_HINT)
  }
  return url
}

/** A host written as an IP address is connected to without a look-up, so it is checked here. */
function checkLiteralHost(url: URL, options: FetchOptions): void {
  const host = url.hostname.replace(/^\[|\]$/gu, '')
  const what = isIP(host) ? nonPublicAddress(host) : undefined
  if (what && !options.allowPrivate) throw new RashomonError('E_INPUT_URL', `${host} is ${what}; ${NOT_FETCHED}`, PRIVATE_HINT)
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/** A DNS look-up that refuses a host name with any non-public address, unless private addresses are allowed. */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, lookupOptions: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, [])
      const refused = allowPrivate ? undefined : addresses.map((a) => [a.address, nonPublicAddress(a.address)] as const).find(([, what]) => what)
      if (refused) {
        return callback(new RashomonError('E_INPUT_URL', `${hostname} resolves to ${refused[0]}, ${refused[1]}; ${NOT_FETCHED}`, PRIVATE_HINT) as NodeJS.ErrnoException, [])
      }
      if (lookupOptions.all) return callback(null, addresses)
      const first = addresses[0]
      return first ? callback(null, first.address, first.family) : callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), [])
    })
  }
}

function get(url: URL, options: FetchOptions, deadline: Deadline): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const req = request(url, {
      signal: deadline.signal,
      // A fresh connection each time: a pooled one would skip the look-up, and with it the address check.
      agent: false,
      lookup: guardedLookup(options.allowPrivate ?? false) as never,
      headers: {
        'user-agent': 'rashomon (news comparison; +https://github.com/rashomon)',
        accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5',
        'accept-language': 'en',
        'accept-encoding': 'gzip, deflate, br',
      },
    }, resolve)
    req.on('error', (error) => reject(fetchError(url, error, deadline)))
    req.end()
  })
}

/**
 * Reads a response's body, decompressed, up to `maxBytes`. Settles once: with the body, or with
 * an error as soon as the limit is passed, the deadline passes, the body cannot be decompressed,
 * or the server closes the connection before the body is complete.
 */
function readBody(response: IncomingMessage, maxBytes: number, deadline: Deadline): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length'])
  const encoding = (response.headers['content-encoding'] ?? '').toLowerCase().trim()
  if (encoding === '' && declared > maxBytes) {
    response.destroy()
    return Promise.reject(tooLarge(maxBytes))
  }
  const body: Readable = encoding === 'gzip' || encoding === 'x-gzip' ? response.pipe(createGunzip())
    : encoding === 'deflate' ? response.pipe(createInflate())
    : encoding === 'br' ? response.pipe(createBrotliDecompress())
    : response
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const settle = (error: Error | undefined): void => {
      if (settled) return
      settled = true
      deadline.signal.removeEventListener('abort', onAbort)
      if (!error) return resolve(Buffer.concat(chunks))
      response.destroy()
      body.destroy()
      reject(error)
    }
    const onAbort = (): void => settle(timedOut(deadline))
    deadline.signal.addEventListener('abort', onAbort, { once: true })
    body.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) settle(tooLarge(maxBytes))
      else chunks.push(chunk)
    })
    body.on('error', (error) => settle(new RashomonError('E_INPUT_URL', `the page could not be read: ${error.message}`, URL_HINT)))
    body.on('end', () => settle(undefined))
    // A connection closed before the body ended: the decompressor would wait for more for ever.
    response.on('close', () => {
      if (!response.complete) settle(new RashomonError('E_INPUT_URL', 'the server closed the connection before the page was complete', URL_HINT))
    })
  })
}

const tooLarge = (maxBytes: number): RashomonError =>
  new RashomonError('E_INPUT_TOO_LARGE', `the page is over the ${maxBytes}-byte limit`, 'Raise the limit with --max-bytes, or save the part you need.')
const timedOut = (deadline: Deadline): RashomonError =>
  new RashomonError('E_INPUT_URL', `no complete answer within ${deadline.ms / 1000} s`, URL_HINT)

/** Turns a connection error into a `RashomonError` that says what happened in words. */
function fetchError(url: URL, error: Error, deadline: Deadline): RashomonError {
  if (error instanceof RashomonError) return error
  const code = (error as NodeJS.ErrnoException).code ?? ''
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return timedOut(deadline)
  const host = url.host
  const reason = code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? `the host ${url.hostname} could not be found (no such name, or no network)`
    : code === 'ECONNREFUSED' ? `${host} refused the connection`
    : code === 'ECONNRESET' ? `${host} closed the connection`
    : code === 'EHOSTUNREACH' || code === 'ENETUNREACH' ? `${host} cannot be reached from here`
    : /CERT|SSL|TLS/u.test(code) ? `the secure connection to ${host} failed (${code})`
    : `the request to ${host} failed: ${error.message}`
  return new RashomonError('E_INPUT_URL', reason, URL_HINT, { cause: error })
}
