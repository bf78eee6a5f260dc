/** @module ingest/read-input.test — reading paths into decoded inputs, and every way that can fail. */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { RashomonError } from '../model/errors.js'
import { tempDir } from './fixtures/helpers.js'
import { decode, decodeWindows1252, readInputs } from './read-input.js'

const STORY = 'Engineers closed the old river bridge on Tuesday. The city said it would stay shut.'
/** The first 16 bytes of a PNG file: signature, then the IHDR chunk header with its NUL bytes. */
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : []
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (order === 'le') bytes.push(unit & 0xff, unit >> 8)
    else bytes.push(unit >> 8, unit & 0xff)
  }
  return Uint8Array.from(bytes)
}

describe('decode', () => {
  test('reads UTF-8 and drops a UTF-8 byte-order mark', () => {
    assert.deepEqual(decode(new TextEncoder().encode('Baku – Tehran ’talks’')), { text: 'Baku – Tehran ’talks’' })
    assert.deepEqual(decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x48, 0x69])), { text: 'Hi' })
  })

  test('reads UTF-16 with a byte-order mark, both byte orders, without a warning', () => {
    assert.deepEqual(decode(utf16('Café in Baku', 'le', true)), { text: 'Café in Baku' })
    assert.deepEqual(decode(utf16('Café in Baku', 'be', true)), { text: 'Café in Baku' })
  })

  test('reads UTF-16 without a byte-order mark from its NUL pattern, with a warning', () => {
    assert.deepEqual(decode(utf16(STORY, 'le', false)), { text: STORY, warning: 'no byte-order mark; decoded as UTF-16LE' })
    assert.equal(decode(utf16(STORY, 'be', false)).text, STORY)
  })

  test('reads invalid UTF-8 as Windows-1252 with a warning, so no character is lost', () => {
    // "Café “new”" in Windows-1252: é = 0xE9, curly quotes = 0x93/0x94.
    const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6e, 0x65, 0x77, 0x94])
    assert.deepEqual(decode(bytes), { text: 'Café “new”', warning: 'not valid UTF-8; decoded as Windows-1252' })
  })

  test('maps the Windows-1252 range 0x80–0x9F to the characters it stands for', () => {
    assert.equal(decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x96, 0x97, 0x99, 0xe9, 0x41])), '€…‘’–—™éA')
  })

  test('rejects binary data: NUL bytes, or many control bytes', () => {
    for (const bytes of [PNG, Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 65, 66])]) {
      assert.throws(() => decode(bytes), (error: unknown) => error instanceof RashomonError && error.code === 'E_INPUT_BINARY')
    }
  })

  test('an empty buffer decodes to empty text (the caller reports it as empty)', () => {
    assert.deepEqual(decode(new Uint8Array(0)), { text: '' })
  })
})

describe('readInputs', () => {
  let dir = ''
  let cleanup: () => Promise<void> = async () => {}
  const at = (name: string): string => join(dir, name)

  before(async () => {
    ;({ dir, cleanup } = await tempDir())
    await writeFile(at('story.txt'), STORY)
    await writeFile(at('empty.txt'), '')
    await writeFile(at('blank.txt'), ' \n\t \r\n')
    await writeFile(at('image.png'), PNG)
    await writeFile(at('big.txt'), `${STORY}\n`.repeat(50))
    await writeFile(at('latin1.txt'), Uint8Array.from([...new TextEncoder().encode('The caf'), 0xe9, ...new TextEncoder().encode(' reopened.')]))
    await writeFile(at('utf16.txt'), utf16(STORY, 'le', true))
    await writeFile(at('page'), `<!doctype html><html><body><p>${STORY}</p></body></html>`)
    await writeFile(at('fragment.txt'), `<article><p>${STORY}</p></article>`)
    await writeFile(at('data.json'), '[]')
    await writeFile(at('data.ndjson'), '{}')
    await mkdir(at('empty-folder'))
    await mkdir(at('folder/sub'), { recursive: true })
    await writeFile(at('folder/b.txt'), 'B story. It is short.')
    await writeFile(at('folder/a.txt'), 'A story. It is short.')
    await writeFile(at('folder/.hidden.txt'), 'Not read.')
    await writeFile(at('folder/sub/c.txt'), 'C story. It is short.')
    await symlink(at('folder'), at('folder/sub/loop'))
  })
  after(() => cleanup())

  test('a missing path is skipped with E_INPUT_MISSING and the rest is read', async () => {
    const read = await readInputs([at('nope.txt'), at('story.txt')])
    assert.deepEqual(read.skipped, [{ input: at('nope.txt'), code: 'E_INPUT_MISSING', reason: 'no such file or folder' }])
    assert.deepEqual(read.inputs, [{ name: at('story.txt'), kind: 'text', text: STORY }])
  })

  test('empty and white-space-only files are skipped with E_INPUT_EMPTY', async () => {
    const read = await readInputs([at('empty.txt'), at('blank.txt')])
    assert.deepEqual(read.skipped.map((s) => `${s.code} ${s.reason}`), [
      'E_INPUT_EMPTY the file is empty or only white space',
      'E_INPUT_EMPTY the file is empty or only white space',
    ])
    assert.equal(read.inputs.length, 0)
  })

  test('an empty folder is skipped with E_INPUT_EMPTY', async () => {
    const read = await readInputs([at('empty-folder')])
    assert.deepEqual(read.skipped, [{ input: at('empty-folder'), code: 'E_INPUT_EMPTY', reason: 'the folder is empty' }])
  })

  test('a binary file is skipped with E_INPUT_BINARY, naming its format when its first bytes show it', async () => {
    const read = await readInputs([at('image.png')])
    assert.equal(read.skipped[0]?.code, 'E_INPUT_BINARY')
    assert.equal(read.skipped[0]!.reason, 'the file is a PNG image (binary), not text')
  })

  test('a page asset that is text (an SVG image, a style sheet, a script) is skipped, not read as an article', async () => {
    await mkdir(at('page_files'))
    await writeFile(at('page_files/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><text>Daily News</text></svg>')
    await writeFile(at('page_files/site.css'), 'body { color: black; }')
    const read = await readInputs([at('page_files')])
    assert.deepEqual(read.skipped.map((s) => `${s.code} ${s.reason}`), ['E_INPUT_FORMAT the file is an SVG image, not an article', 'E_INPUT_FORMAT the file is a style sheet, not an article'])
    assert.equal(read.inputs.length, 0)
  })

  test('a file over maxBytes is skipped with E_INPUT_TOO_LARGE naming the limit', async () => {
    const read = await readInputs([at('big.txt'), at('story.txt')], { maxBytes: 1000 })
    assert.equal(read.skipped[0]?.code, 'E_INPUT_TOO_LARGE')
    assert.match(read.skipped[0]!.reason, /over the 1000-byte limit/)
    assert.equal(read.inputs.length, 1)
  })

  test('invalid UTF-8 is read as Windows-1252 with a warning; UTF-16 with a BOM is read as is', async () => {
    const read = await readInputs([at('latin1.txt'), at('utf16.txt')])
    assert.deepEqual(read.inputs.map((i) => i.text), ['The café reopened.', STORY])
    assert.deepEqual(read.warnings, [{ input: at('latin1.txt'), code: 'E_INPUT_ENCODING', reason: 'not valid UTF-8; decoded as Windows-1252' }])
    assert.deepEqual(read.skipped, [])
  })

  test('picks the parser from the extension, or from the first tag when there is none', async () => {
    const read = await readInputs([at('page'), at('fragment.txt'), at('data.json'), at('data.ndjson'), at('story.txt')])
    assert.deepEqual(read.inputs.map((i) => i.kind), ['html', 'html', 'json', 'jsonl', 'text'])
  })

  test('walks folders in sorted order, skips hidden files, and reads a symlinked loop once', async () => {
    const read = await readInputs([at('folder')])
    assert.deepEqual(read.inputs.map((i) => i.text), ['A story. It is short.', 'B story. It is short.', 'C story. It is short.'])
    assert.deepEqual(read.skipped, [])
    assert.equal(read.warnings.length, 1)
    assert.match(read.warnings[0]!.reason, /already read/)
  })

  test('something that is not a regular file is skipped with E_INPUT_UNREADABLE', async (t) => {
    if (!existsSync('/dev/null')) {
      t.skip('no /dev/null on this system')
      return
    }
    const read = await readInputs(['/dev/null'])
    assert.deepEqual(read.skipped, [{ input: '/dev/null', code: 'E_INPUT_UNREADABLE', reason: 'not a regular file' }])
  })

  test('an unreadable file is skipped with E_INPUT_UNREADABLE', async (t) => {
    if (process.getuid?.() === 0) {
      t.skip('running as root, where chmod 000 does not stop reading')
      return
    }
    const path = at('locked.txt')
    await writeFile(path, STORY)
    await chmod(path, 0o000)
    const read = await readInputs([path, at('story.txt')])
    assert.deepEqual(read.skipped, [{ input: path, code: 'E_INPUT_UNREADABLE', reason: 'permission denied' }])
    assert.equal(read.inputs.length, 1)
  })
})

describe('readInputs on files given as bytes', () => {
  test('a page that is not UTF-8 is decoded by the charset its <meta> tag declares', async () => {
    // "Москва" in windows-1251.
    const cyrillic = [0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]
    const bytes = Uint8Array.from([...new TextEncoder().encode('<html><head><meta charset="windows-1251"></head><body><p>'), ...cyrillic, ...new TextEncoder().encode('</p></body></html>')])
    const read = await readInputs([{ name: 'page.html', bytes }])
    assert.match(read.inputs[0]!.text, /<p>Москва<\/p>/u)
    assert.deepEqual(read.warnings.map((w) => w.reason), ['not valid UTF-8; decoded as windows-1251, the charset its <meta> tag declares'])
  })

  test('a page whose <meta> tag declares UTF-8 is read as UTF-8 despite a stray byte, not as Windows-1252', async () => {
    const encode = (s: string): number[] => [...new TextEncoder().encode(s)]
    const bytes = Uint8Array.from([...encode('<html><head><meta charset="utf-8"></head><body><p>“Café” reopened '), 0xff, ...encode('</p></body></html>')])
    const read = await readInputs([{ name: 'page.html', bytes }])
    assert.match(read.inputs[0]!.text, /<p>“Café” reopened \uFFFD<\/p>/u)
    assert.deepEqual(read.warnings.map((w) => w.reason), ['not valid UTF-8, which its <meta> tag declares; decoded as UTF-8, bytes that are not replaced by U+FFFD'])
  })

  test('are read as files of that name: parser by name and text, size limit, binary and empty checks', async () => {
    const encode = (s: string): Uint8Array => new TextEncoder().encode(s)
    const read = await readInputs([
      { name: 'upload.html', bytes: encode(`<p>${STORY}</p>`) }, { name: 'photo.png', bytes: PNG },
      { name: 'big.txt', bytes: encode(STORY.repeat(20)) }, { name: 'blank.txt', bytes: encode('  ') }, { name: 'pasted text', bytes: encode(STORY) },
    ], { maxBytes: 1000 })
    assert.deepEqual(read.inputs.map((i) => [i.name, i.kind]), [['upload.html', 'html'], ['pasted text', 'text']])
    assert.deepEqual(read.skipped.map((s) => [s.input, s.code]), [['photo.png', 'E_INPUT_BINARY'], ['big.txt', 'E_INPUT_TOO_LARGE'], ['blank.txt', 'E_INPUT_EMPTY']])
  })
})

describe('readInputs on URLs', () => {
  let server: Server
  let base = ''
  let dir = ''
  let cleanup: () => Promise<void> = async () => {}
  const pages: Record<string, readonly [string, Uint8Array | string]> = {
    '/story': ['text/html; charset=utf-8', `<html><body><p>${STORY}</p></body></html>`],
    '/photo': ['image/png', PNG],
    '/latin': ['text/plain; charset=iso-8859-1', Uint8Array.from([...new TextEncoder().encode('The caf'), 0xe9, ...new TextEncoder().encode(' reopened.')])],
    '/mislabelled': ['text/plain; charset=iso-8859-1', 'The café reopened.'],
    '/feed': ['text/plain', '<?xml version="1.0"?><rss><channel><title>Desk</title></channel></rss>'],
    // "Москва" in windows-1251, under a <meta> tag that says so.
    '/cyrillic': ['text/html', Uint8Array.from([...new TextEncoder().encode('<meta charset="windows-1251"><p>'), 0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, ...new TextEncoder().encode('</p>')])],
    '/cyrillic-as-utf8': ['text/html; charset=utf-8', Uint8Array.from([...new TextEncoder().encode('<meta charset="windows-1251"><p>'), 0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, ...new TextEncoder().encode('</p>')])],
    '/cyrillic-declared': ['text/html; charset=windows-1251', Uint8Array.from([...new TextEncoder().encode('<meta charset="utf-8"><p>'), 0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, ...new TextEncoder().encode('</p>')])],
  }
  before(async () => {
    server = createServer((req, res) => {
      const page = pages[req.url ?? '']
      if (page) res.writeHead(200, { 'content-type': page[0] }).end(page[1])
      else res.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    ;({ dir, cleanup } = await tempDir())
    await writeFile(join(dir, 'story.txt'), STORY)
  })
  after(async () => {
    server.close()
    await cleanup()
  })

  test('a fetched page is read with the parser its media type names, and keeps its address', async () => {
    const read = await readInputs([`${base}/story`, `${base}/feed`], { allowPrivateUrls: true })
    assert.deepEqual(read.inputs.map((i) => [i.kind, i.url]), [['html', `${base}/story`], ['feed', `${base}/feed`]])
    assert.deepEqual(read.skipped, [])
  })

  test('a URL on this machine is refused by default, and the batch goes on', async () => {
    const read = await readInputs([`${base}/story`, join(dir, 'story.txt')])
    assert.deepEqual(read.skipped.map((s) => [s.input, s.code, s.reason]), [[`${base}/story`, 'E_INPUT_URL', '127.0.0.1 is a loopback address; not fetched (--allow-private-urls fetches from your own network)']])
    assert.deepEqual(read.inputs.map((i) => i.text), [STORY])
  })

  test('the charset a server declares outranks the page\'s <meta> tag, as in a browser; the <meta> tag decides when the server names none', async () => {
    const read = await readInputs([`${base}/cyrillic`, `${base}/cyrillic-declared`, `${base}/cyrillic-as-utf8`], { allowPrivateUrls: true })
    assert.deepEqual(read.inputs.map((i) => i.text), ['<meta charset="windows-1251"><p>Москва</p>', '<meta charset="utf-8"><p>Москва</p>', '<meta charset="windows-1251"><p>\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD</p>'])
    // A server that declares UTF-8 for bytes that are not is followed, and the user told.
    assert.deepEqual(read.warnings.map((w) => [w.input, w.reason]), [
      [`${base}/cyrillic`, 'not valid UTF-8; decoded as windows-1251, the charset its <meta> tag declares'],
      [`${base}/cyrillic-as-utf8`, 'not valid UTF-8, which the server declares; decoded as UTF-8, bytes that are not replaced by U+FFFD'],
    ])
  })

  test('an image is no article; a declared Latin charset decodes only a body that is not UTF-8', async () => {
    const read = await readInputs([`${base}/photo`, `${base}/latin`, `${base}/mislabelled`], { allowPrivateUrls: true })
    assert.deepEqual(read.skipped.map((s) => [s.code, s.reason]), [['E_INPUT_FORMAT', 'the URL serves image/png, not an article']])
    assert.deepEqual(read.inputs.map((i) => i.text), ['The café reopened.', 'The café reopened.'])
    assert.deepEqual(read.warnings, [])
  })
})
