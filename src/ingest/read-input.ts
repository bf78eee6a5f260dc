/**
 * @module ingest/read-input — turn the paths a user gave into decoded inputs, or a clear reason
 * why one cannot be read. Folders are walked recursively in sorted order; nothing is skipped
 * silently: every unreadable input comes back as a `Skipped` entry.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { RashomonError, reasonOf } from '../model/errors.js'
import type { Skipped } from '../model/schema.js'
import { looksLikeFeed } from './feeds.js'
import { fetchUrl } from './fetch-url.js'

/** What kind of parser an input needs. */
export type InputKind = 'text' | 'html' | 'json' | 'jsonl' | 'csv' | 'feed'

/** A decoded input, ready for its parser. */
export interface DecodedInput {
  readonly name: string
  readonly kind: InputKind
  readonly text: string
  /** The address a fetched input came from, after redirects. */
  readonly url?: string
}

/** How inputs are read. */
export interface ReadOptions {
  /** Largest input read, in bytes. @default DEFAULT_MAX_BYTES */
  readonly maxBytes?: number
  /** Fetch URLs on loopback and private-network addresses too. @default false */
  readonly allowPrivateUrls?: boolean
  /** Milliseconds one URL's fetch may take. @default 20000 */
  readonly fetchTimeoutMs?: number
}

/** The decoded inputs, and what could not be read or was read with a caveat. */
export interface ReadResult {
  readonly inputs: DecodedInput[]
  readonly skipped: Skipped[]
  readonly warnings: Skipped[]
}

/** Largest input read, in bytes: a news article is far smaller; a bigger file is almost surely not one. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

const KIND_BY_EXTENSION: Record<string, InputKind> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.csv': 'csv', '.tsv': 'csv', '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
}

/**
 * Page assets that are text but never an article, as a saved page's folder holds them ("page_files/"):
 * read as plain text they would become articles of markup or code.
 */
const ASSET_BY_EXTENSION: Record<string, string> = {
  '.svg': 'an SVG image', '.css': 'a style sheet', '.js': 'a script', '.mjs': 'a script', '.map': 'a source map',
}
/** What the file is, for binary formats a folder of page assets or downloads often holds, by their first bytes. */
const BINARY_SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]], ['a JPEG image', [0xff, 0xd8, 0xff]], ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]], ['a ZIP archive (or a Word or OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]], ['a gzip archive', [0x1f, 0x8b]],
]
const NOT_TEXT_HINT = 'Pass text, HTML, JSON, CSV or RSS/Atom files; convert PDFs and documents to text first.'

/** A file given as bytes rather than a path (an upload): read as a file of that name would be. */
export interface InputFile {
  readonly name: string
  readonly bytes: Uint8Array
}

/** What can be read: a path (file or folder), a URL, or a file's bytes. */
export type Input = string | InputFile

/**
 * Reads every input (URLs, files, folders walked recursively in sorted order, or files' bytes),
 * in the order given. Never throws for one bad input.
 */
export async function readInputs(inputs: readonly Input[], options: ReadOptions = {}): Promise<ReadResult> {
  const result: ReadResult = { inputs: [], skipped: [], warnings: [] }
  const folders = new Set<string>()
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  for (const input of inputs) {
    if (typeof input !== 'string') readFileBytes(input, maxBytes, result)
    else if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(input)) await readUrl(input, options, result)
    else await readPath(input, maxBytes, result, folders)
  }
  return result
}

/** Media types that are never an article, by their first part. */
const NOT_ARTICLE_MEDIA = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|octet-stream|msword|vnd\.)/u

async function readUrl(address: string, options: ReadOptions, result: ReadResult): Promise<void> {
  try {
    const fetched = await fetchUrl(address, {
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      allowPrivate: options.allowPrivateUrls ?? false,
      ...(options.fetchTimeoutMs ? { timeoutMs: options.fetchTimeoutMs } : {}),
    })
    if (NOT_ARTICLE_MEDIA.test(fetched.mediaType)) {
      throw new RashomonError('E_INPUT_FORMAT', `the URL serves ${fetched.mediaType}, not an article`, NOT_TEXT_HINT)
    }
    const { text, warning } = decodeAs(fetched.bytes, fetched.charset)
    if (warning) result.warnings.push({ input: address, code: 'E_INPUT_ENCODING', reason: warning })
    if (text.trim() === '') throw new RashomonError('E_INPUT_EMPTY', 'the page is empty or only white space', 'Pass a page with article text.')
    result.inputs.push({ name: address, kind: kindOfMedia(fetched.mediaType, new URL(fetched.url).pathname, text), text, url: fetched.url })
  } catch (error) {
    result.skipped.push(skippedFrom(address, error))
  }
}

/** Kinds by the media type a server declares; anything else is judged like a file, by its path and text. */
const KIND_BY_MEDIA: Record<string, InputKind> = {
  'text/html': 'html', 'application/xhtml+xml': 'html', 'application/json': 'json', 'application/x-ndjson': 'jsonl',
  'text/csv': 'csv', 'text/tab-separated-values': 'csv', 'application/rss+xml': 'feed', 'application/atom+xml': 'feed',
}

function kindOfMedia(mediaType: string, path: string, text: string): InputKind {
  if (looksLikeFeed(text)) return 'feed'
  return KIND_BY_MEDIA[mediaType] ?? kindOf(path, text)
}

/**
 * Decodes a fetched body, in the WHATWG order a browser follows: byte-order mark, then the charset
 * the server declares, then the page's `<meta>` tag. Servers often declare a Latin charset for pages
 * that are UTF-8, so a body that is valid UTF-8 (or a binary one) is read as a file is
 * (`decodeFile`); only a body that is not valid UTF-8 is decoded by the charset its server declared,
 * when the runtime knows it (UTF-8 too, as a browser would, bad bytes replaced and the user told).
 */
function decodeAs(bytes: Uint8Array, charset: string | undefined): { text: string; warning?: string } {
  const asFile = decodeFile(bytes)
  if (!asFile.warning || !charset) return asFile
  // Windows-1252 has its own table here: the runtime's maps 0x80–0x9F to control characters.
  if (LATIN.test(charset)) return { text: decodeWindows1252(bytes) }
  if (UTF8.test(charset)) return utf8Replacing(bytes, 'the server')
  try {
    return { text: new TextDecoder(charset).decode(bytes) }
  } catch {
    return { text: asFile.text, warning: `the server declared the unknown charset "${charset}"; ${asFile.warning}` }
  }
}

/** Charsets read as Windows-1252, their superset in practice. */
const LATIN = /^(?:windows-1252|cp1252|iso-8859-1|latin1|us-ascii)$/iu
/** A page's own charset declaration: `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?([\w.:-]+)/iu

const UTF8 = /^utf-?8$/iu

/** Bytes that are not all valid UTF-8, decoded as UTF-8 because `declarer` says they are: each bad byte becomes U+FFFD. */
function utf8Replacing(bytes: Uint8Array, declarer: string): { text: string; warning: string } {
  return { text: new TextDecoder('utf-8').decode(bytes), warning: `not valid UTF-8, which ${declarer} declares; decoded as UTF-8, bytes that are not replaced by U+FFFD` }
}

/**
 * Decodes a file's bytes (`decode`); a page that is not valid UTF-8 but declares its charset in a
 * `<meta>` tag ("windows-1251", or UTF-8 with a stray byte) is decoded by that charset instead of as Windows-1252.
 */
function decodeFile(bytes: Uint8Array): { text: string; warning?: string } {
  const decoded = decode(bytes)
  const declared = decoded.warning ? META_CHARSET.exec(decoded.text.slice(0, 4096))?.[1] : undefined
  if (!declared || LATIN.test(declared)) return decoded
  if (UTF8.test(declared)) return utf8Replacing(bytes, 'its <meta> tag')
  try {
    return { text: new TextDecoder(declared).decode(bytes), warning: `not valid UTF-8; decoded as ${declared.toLowerCase()}, the charset its <meta> tag declares` }
  } catch {
    return decoded
  }
}

async function readPath(path: string, maxBytes: number, result: ReadResult, folders: Set<string>): Promise<void> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) {
      // A symlink back to a parent folder would otherwise be walked until the path is too long.
      const real = await realpath(path)
      if (folders.has(real)) {
        result.warnings.push({ input: path, code: 'E_INPUT_UNREADABLE', reason: `the folder ${real} was already read (a symbolic link loop or a repeated path); read once` })
        return
      }
      folders.add(real)
      const entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort()
      if (entries.length === 0) result.skipped.push({ input: path, code: 'E_INPUT_EMPTY', reason: 'the folder is empty' })
      for (const entry of entries) await readPath(join(path, entry), maxBytes, result, folders)
      return
    }
    if (!info.isFile()) throw new RashomonError('E_INPUT_UNREADABLE', 'not a regular file', 'Pass files or folders.')
    checkFile(path, info.size, maxBytes)
    pushFile(path, await readFile(path), result)
  } catch (error) {
    result.skipped.push(skippedFrom(path, error))
  }
}

/** Reads a file given as bytes (an upload), as a file on disk with that name would be read. */
function readFileBytes(file: InputFile, maxBytes: number, result: ReadResult): void {
  try {
    checkFile(file.name, file.bytes.length, maxBytes)
    pushFile(file.name, file.bytes, result)
  } catch (error) {
    result.skipped.push(skippedFrom(file.name, error))
  }
}

/** Throws for a page asset or a file over the size limit, before it is read. */
function checkFile(name: string, size: number, maxBytes: number): void {
  const asset = ASSET_BY_EXTENSION[extname(name).toLowerCase()]
  if (asset) throw new RashomonError('E_INPUT_FORMAT', `the file is ${asset}, not an article`, NOT_TEXT_HINT)
  if (size > maxBytes) {
    throw new RashomonError('E_INPUT_TOO_LARGE', `the file is ${size} bytes, over the ${maxBytes}-byte limit`, 'Split it, or raise the limit with --max-bytes.')
  }
}

/** Decodes a file's bytes and adds it, with its parser chosen by its name and text. */
function pushFile(name: string, bytes: Uint8Array, result: ReadResult): void {
  const { text, warning } = decodeFile(bytes)
  if (warning) result.warnings.push({ input: name, code: 'E_INPUT_ENCODING', reason: warning })
  if (text.trim() === '') throw new RashomonError('E_INPUT_EMPTY', 'the file is empty or only white space', 'Pass a file with article text.')
  result.inputs.push({ name, kind: kindOf(name, text), text })
}

function skippedFrom(path: string, error: unknown): Skipped {
  if (error instanceof RashomonError) return { input: path, code: error.code, reason: error.message }
  const code = (error as { code?: string }).code
  if (code === 'ENOENT') return { input: path, code: 'E_INPUT_MISSING', reason: 'no such file or folder' }
  if (code === 'EACCES' || code === 'EPERM') return { input: path, code: 'E_INPUT_UNREADABLE', reason: 'permission denied' }
  return { input: path, code: 'E_INPUT_UNREADABLE', reason: reasonOf(error) }
}

function kindOf(path: string, text: string): InputKind {
  // A feed saved as `.txt` or with no extension is still a feed.
  if (looksLikeFeed(text)) return 'feed'
  const byExtension = KIND_BY_EXTENSION[extname(path).toLowerCase()]
  if (byExtension) return byExtension
  // Saved pages often lack the extension, and fragments lack `<html>`: look at the first tag.
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<(?:html|head|body|article|meta|title)[\s>])/iu.test(text.slice(0, 1024)) ? 'html' : 'text'
}

/**
 * Decodes bytes as UTF-8, or UTF-16 when a byte-order mark (or, with a warning, the pattern of
 * NUL bytes) shows it. Text that is not valid UTF-8 is decoded as Windows-1252, the usual
 * culprit, with a warning; binary data is rejected with E_INPUT_BINARY. Pure.
 */
export function decode(bytes: Uint8Array): { text: string; warning?: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) }
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), warning: `no byte-order mark; decoded as ${utf16.toUpperCase()}` }
  if (looksBinary(bytes)) {
    const format = BINARY_SIGNATURES.find(([, signature]) => signature.every((byte, i) => bytes[i] === byte))?.[0]
    throw new RashomonError('E_INPUT_BINARY', format ? `the file is ${format} (binary), not text` : 'the file looks binary (NUL or control bytes), not text', NOT_TEXT_HINT)
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) }
  } catch {
    return { text: decodeWindows1252(bytes), warning: 'not valid UTF-8; decoded as Windows-1252' }
  }
}

// Windows-1252 bytes 0x80–0x9F (the rest is Latin-1). Node's own TextDecoder('windows-1252')
// decodes these as C1 control characters, which turns curly quotes and dashes into garbage.
// Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 code, as the WHATWG table does.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** Decodes Windows-1252 bytes. Pure. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b)))
    out += chunk.join('')
  }
  return out
}

/** UTF-16 text without a BOM (mostly Latin script): every other byte is NUL, on one side only. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1
  if (n < 8) return undefined
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul / pairs > 0.9 && evenNul / pairs < 0.05) return 'utf-16le'
  if (evenNul / pairs > 0.9 && oddNul / pairs < 0.05) return 'utf-16be'
  return undefined
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return n > 0 && control / n > 0.1
}
