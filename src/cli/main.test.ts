/** @module cli/main.test — exit codes, output formats, --out, and bad inputs, through `main` with captured streams. */
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { SEEDS, tempDir } from '../ingest/fixtures/helpers.js'
import { AnalysisResultSchema, SCHEMA_VERSION, type AnalysisResult } from '../model/schema.js'
import { VERSION } from '../rashomon.js'
import { run } from './fixtures/run.js'

describe('cli: usage', () => {
  test('--help prints the usage and exits 0', async () => {
    const r = await run('--help')
    assert.equal(r.code, 0)
    assert.match(r.out, /^rashomon \S+: how different news outlets tell the same story\n/u)
    assert.match(r.out, /rashomon analyze <file\|folder\|url>\.\.\. \[options\]/u)
    assert.equal(r.err, '')
    assert.equal((await run('-h')).code, 0)
  })

  test('--version prints the version', async () => {
    assert.deepEqual(await run('--version'), { code: 0, out: `${VERSION}\n`, err: '' })
  })

  test('no command at all is a usage error', async () => {
    const r = await run()
    assert.equal(r.code, 2)
    assert.equal(r.out, '', 'a usage error writes nothing to standard output')
    assert.match(r.err, /Usage:/u)
  })

  test('an unknown command exits 2 and names it on stderr', async () => {
    const r = await run('frobnicate')
    assert.equal(r.code, 2)
    assert.equal(r.out, '')
    assert.match(r.err, /^rashomon: unknown command "frobnicate"\n/u)
  })

  test('an unknown option exits 2', async () => {
    const r = await run('analyze', '--bogus', SEEDS[0]!)
    assert.equal(r.code, 2)
    assert.match(r.err, /--bogus/u)
  })

  test('a bad --format exits 2 and lists the formats', async () => {
    const r = await run('analyze', '--format', 'xml', SEEDS[0]!)
    assert.equal(r.code, 2)
    assert.equal(r.out, '')
    assert.match(r.err, /--format must be text, json, md or html, not "xml"/u)
  })

  test('a bad --split, --stories or --max-bytes exits 2', async () => {
    assert.equal((await run('analyze', '--split', 'pages', SEEDS[0]!)).code, 2)
    const stories = await run('analyze', '--stories', 'many', SEEDS[0]!)
    assert.equal(stories.code, 2)
    assert.match(stories.err, /--stories must be auto, one or group/u)
    assert.equal((await run('analyze', '--max-bytes', '-5', SEEDS[0]!)).code, 2)
    assert.equal((await run('analyze', '--max-bytes', 'lots', SEEDS[0]!)).code, 2)
  })

  test('analyze with no inputs exits 2', async () => {
    const r = await run('analyze')
    assert.equal(r.code, 2)
    assert.equal(r.out, '')
    assert.match(r.err, /give at least one file, folder or URL/u)
  })
})

describe('cli: schema', () => {
  test('prints the JSON Schema with its $id', async () => {
    const r = await run('schema')
    assert.equal(r.code, 0)
    const schema = JSON.parse(r.out) as Record<string, unknown>
    assert.equal(schema['$id'], `urn:rashomon:schema:analysis:${SCHEMA_VERSION}`)
    assert.equal(schema['type'], 'object')
    assert.ok(Object.keys(schema['properties'] as object).includes('articles'))
  })
})

describe('cli: analyze', () => {
  let dir = ''
  let cleanup: () => Promise<void> = async () => {}
  before(async () => {
    ({ dir, cleanup } = await tempDir())
    await writeFile(join(dir, 'empty.txt'), '')
  })
  after(() => cleanup())

  test('the seeds as JSON: two articles, valid output, exit 0', async () => {
    const r = await run('analyze', '--format', 'json', ...SEEDS)
    assert.equal(r.code, 0)
    assert.equal(r.err, '')
    const result = AnalysisResultSchema.parse(JSON.parse(r.out)) as AnalysisResult
    assert.equal(result.articles.length, 2)
    assert.deepEqual(result.skipped, [])
    assert.equal(result.schemaVersion, SCHEMA_VERSION)
  })

  test('the seeds as HTML: one page with both articles', async () => {
    const r = await run('analyze', '--format', 'html', ...SEEDS)
    assert.equal(r.code, 0)
    assert.match(r.out, /^<!doctype html>/u)
    assert.match(r.out, /<article id="article-A">[\s\S]*<article id="article-B">/u)
  })

  test('--no-text leaves the article texts out of the JSON and says so; the spans stay', async () => {
    const full = AnalysisResultSchema.parse(JSON.parse((await run('analyze', '--format', 'json', ...SEEDS)).out)) as AnalysisResult
    const r = await run('analyze', '--format', 'json', '--no-text', ...SEEDS)
    assert.equal(r.code, 0)
    const bare = AnalysisResultSchema.parse(JSON.parse(r.out)) as AnalysisResult
    assert.equal(bare.textsOmitted, true)
    assert.deepEqual(bare.articles.map((a) => a.article.text), ['', ''])
    assert.deepEqual(bare.stories[0]!.comparison, full.stories[0]!.comparison)
    assert.equal(full.textsOmitted, undefined)
  })

  test('--no-text in Markdown quotes only the evidence words, never whole sentences', async () => {
    const full = (await run('analyze', '--format', 'md', ...SEEDS)).out
    const brief = (await run('analyze', '--format', 'md', '--no-text', ...SEEDS)).out
    // Evidence words are in bold; with --no-text nothing else of the article is quoted.
    const quotes = (md: string): string[] => [...md.matchAll(/\*\*([^*]+)\*\*/gu)].map((m) => m[1]!).filter((q) => !/^[A-Z] ·|^\S+ [+−]/u.test(q))
    assert.ok(quotes(brief).length > 10)
    for (const q of quotes(brief)) assert.ok(q.split(/\s+/u).length <= 13, `quotation too long: ${q}`)
    assert.ok(brief.length < full.length / 1.5, `${brief.length} vs ${full.length} characters`)
  })

  test('the default text format', async () => {
    const r = await run('analyze', ...SEEDS)
    assert.equal(r.code, 0)
    assert.match(r.out, /^rashomon: 2 article\(s\) compared/u)
  })

  test('--out writes the report to the file, not stdout', async () => {
    const file = join(dir, 'report.md')
    const r = await run('analyze', '--format', 'md', '--out', file, ...SEEDS)
    assert.equal(r.code, 0)
    assert.equal(r.out, '')
    assert.match(r.err, new RegExp(`wrote ${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u'))
    assert.match(await readFile(file, 'utf8'), /^# rashomon: 2 article\(s\) compared/u)
  })

  test('only bad inputs (missing, empty): exit 1, each reason on stderr', async () => {
    const missing = join(dir, 'missing.txt')
    const empty = join(dir, 'empty.txt')
    const r = await run('analyze', missing, empty)
    assert.equal(r.code, 1)
    assert.match(r.err, new RegExp(`skipped ${missing.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: .+ \\[E_INPUT_MISSING\\]`, 'u'))
    assert.match(r.err, new RegExp(`skipped ${empty.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: .+ \\[E_INPUT_EMPTY\\]`, 'u'))
    assert.match(r.err, /E_NOTHING_ANALYSED/u)
  })

  test('a URL on a private network is refused, naming the flag that allows it; --allow-private-urls is accepted', async () => {
    const refused = await run('analyze', 'http://192.168.0.10/story')
    assert.equal(refused.code, 1)
    assert.match(refused.err, /skipped http:\/\/192\.168\.0\.10\/story: 192\.168\.0\.10 is a private-network address; not fetched \(--allow-private-urls .+\) \[E_INPUT_URL\]/u)
    const allowed = await run('analyze', '--allow-private-urls', 'ftp://192.168.0.10/story')
    assert.equal(allowed.code, 1)
    assert.match(allowed.err, /only http and https URLs are fetched, not ftp \[E_INPUT_URL\]/u)
  })

  test('good and bad inputs mixed: exit 0, the skipped input listed', async () => {
    const missing = join(dir, 'missing.txt')
    const r = await run('analyze', '--format', 'json', SEEDS[0]!, missing)
    assert.equal(r.code, 0)
    assert.match(r.err, /\[E_INPUT_MISSING\]/u)
    assert.doesNotMatch(r.err, /E_NOTHING_ANALYSED/u)
    const result = JSON.parse(r.out) as AnalysisResult
    assert.equal(result.articles.length, 1)
    assert.deepEqual(result.skipped.map((s) => [s.input, s.code]), [[missing, 'E_INPUT_MISSING']])
  })
})
