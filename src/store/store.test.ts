/** @module store/store.test — the SQLite store: adding over time, once per text, searching, and reading back to compare. */
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import Database from 'better-sqlite3'
import { tempDir } from '../ingest/fixtures/helpers.js'
import { RashomonError } from '../model/errors.js'
import { analyzeTexts, compareBatch } from '../rashomon.js'
import { Store, textHash } from './store.js'

const OSLO = 'date 2024-03-01\nA gunman attacked the Danish embassy in Oslo on February 27, killing two guards. Norwegian police said the attack was not terrorism.'
const BERGEN = 'date 2024-03-05\nA man opened fire at the Danish embassy in Oslo on February 27, killing two guards. The minister said it was "an act of terror".'
const FLOOD = 'date 2023-11-20\nFloods closed the coastal road near Bergen on Sunday. The council said repairs would take a month.'
const articlesOf = (...texts: string[]) => analyzeTexts(texts.map((text, i) => ({ name: `t${i}.txt`, text })), { split: 'files' }).articles

describe('Store', () => {
  let store: Store
  before(() => {
    store = new Store(':memory:')
  })
  after(() => store.close())

  test('adds articles once per text, however it is spaced, and reports the repeats', () => {
    const first = store.add(articlesOf(OSLO, FLOOD), '0.1.0', new Date('2025-01-01T00:00:00Z'))
    assert.deepEqual(first.added.map((a) => [a.id, a.published, a.added]), [[1, '2024-03-01', '2025-01-01T00:00:00.000Z'], [2, '2023-11-20', '2025-01-01T00:00:00.000Z']])
    const again = store.add(articlesOf(OSLO.replace(' two ', '  two  '), BERGEN), '0.1.0')
    assert.deepEqual(again.added.map((a) => a.id), [3])
    assert.deepEqual(again.repeated, [{ input: 't0.txt', id: 1 }])
    assert.equal(store.count(), 3)
    assert.equal(textHash('a  b\n'), textHash('a b'))
  })

  test('lists oldest first, and selects by date at the precision given', () => {
    assert.deepEqual(store.list().map((a) => a.id), [2, 1, 3])
    assert.deepEqual(store.list({ since: '2024' }).map((a) => a.id), [1, 3])
    assert.deepEqual(store.list({ until: '2024-03-01' }).map((a) => a.id), [2, 1])
    assert.deepEqual(store.list({ since: '2024-03', until: '2024-03' }).map((a) => a.id), [1, 3])
    assert.throws(() => store.list({ since: 'March 2024' }), (e: RashomonError) => e.code === 'E_USAGE' && /YYYY-MM-DD/u.test(e.message))
    assert.throws(() => store.list({ until: '2023-13-99' }), (e: RashomonError) => e.code === 'E_USAGE')
    assert.equal(store.count({ since: '2024' }), 2)
  })

  test('searches texts by stem, phrases, and what speakers are quoted saying', () => {
    assert.deepEqual(store.search('embassy guard').map((h) => h.id).sort(), [1, 3])
    assert.deepEqual(store.search('"coastal road"').map((h) => h.id), [2])
    const repair = store.search('repair')[0]!
    assert.deepEqual(repair.matches.map((m) => repair.passage.slice(m.start, m.end)), ['repairs'])
    assert.deepEqual(store.search('quotes:terror').map((h) => h.id).sort(), [1, 3])
    assert.deepEqual(store.search('quotes:act').map((h) => h.id), [3])
    assert.deepEqual(store.search('embassy', { until: '2024-03-01' }).map((h) => h.id), [1])
    // Not FTS5 syntax, read as plain words: an apostrophe, a hyphen, an unbalanced quote.
    assert.deepEqual(store.search("Oslo's embassy").map((h) => h.id).sort(), [1, 3])
    assert.deepEqual(store.search('coastal-road').map((h) => h.id), [2])
    assert.deepEqual(store.search('"coastal').map((h) => h.id), [2])
    assert.equal(store.count({ match: "council's" }), 1)
  })

  test('a passage is plain text, its matched words given as offsets, whatever marks the text itself holds', () => {
    const own = new Store(':memory:')
    // Private-use characters (the marks FTS5 is given) and guillemets in the text are text, not matches.
    own.add(articlesOf('The quay \u{E000}crane\u{E001} and the «harbour» gate were shut on Monday after the harbour flooded.'), '0.1.0')
    const [hit] = own.search('harbour')
    assert.ok(hit && !/[\u{E000}\u{E001}]/u.test(hit.passage), hit?.passage)
    assert.match(hit.passage, /The quay\s+crane\s+and the «harbour» gate/u)
    assert.deepEqual(hit.matches.map((m) => hit.passage.slice(m.start, m.end)), ['harbour', 'harbour'])
    own.close()
  })

  test('reads analyses back with fresh ids, oldest first, to compare again', () => {
    const { articles } = store.read({ match: 'embassy' })
    assert.deepEqual(articles.map((a) => [a.article.id, a.article.published?.date]), [['A', '2024-03-01'], ['B', '2024-03-05']])
    const result = compareBatch({ boundaries: [], skipped: [], warnings: [], articles })
    const killed = result.stories[0]!.comparison.verdicts.find((v) => v.topic.startsWith('killed'))
    assert.equal(killed?.status, 'agreed')
    assert.deepEqual(store.read({ limit: 1 }).articles.map((a) => a.article.published?.date), ['2023-11-20'])
  })
})

describe('Store files', () => {
  let dir = ''
  let cleanup: () => Promise<void> = async () => {}
  before(async () => {
    ;({ dir, cleanup } = await tempDir())
  })
  after(() => cleanup())

  test('keeps a wire text once per outlet and headline that runs it', () => {
    const wire = new Store(':memory:')
    const [copy] = articlesOf(FLOOD)
    const other = { ...copy!, article: { ...copy!.article, outlet: { name: 'Coast Daily', evidence: { how: 'metadata' as const } }, title: 'Road shut' } }
    assert.deepEqual([wire.add([copy!], '0.1.0').added.length, wire.add([other], '0.1.0').added.length, wire.add([other], '0.1.0').added.length], [1, 1, 0])
    wire.close()
  })

  test('an analysis kept by another version is made again from its article, or skipped with the reason', () => {
    const path = join(dir, 'old.db')
    const old = new Store(path)
    old.add(articlesOf(OSLO, FLOOD), '0.0.9')
    old.close()
    const db = new Database(path)
    db.prepare(`UPDATE articles SET analysis = json_set(analysis, '$.claims', 'not a list') WHERE id = 1`).run()
    db.prepare(`UPDATE articles SET analysis = '{"article": 7}' WHERE id = 2`).run()
    db.close()
    const reopened = new Store(path)
    const { articles, skipped } = reopened.read()
    assert.deepEqual(articles.map((a) => [a.article.id, a.claims.length > 0]), [['A', true]])
    assert.deepEqual(skipped, [{ input: '#2', code: 'E_STORE', reason: 'kept by rashomon 0.0.9 in a form this version cannot read, even its article; make a new store for it' }])
    reopened.close()
    // The analysis made again is kept: the next read finds it readable.
    const db2 = new Database(path)
    assert.equal(db2.prepare('SELECT tool FROM articles WHERE id = 1').pluck().get(), '0.0.9 (re-analysed)')
    db2.close()
  })

  test('keeps what was added across openings', () => {
    const path = join(dir, 'kept.db')
    const first = new Store(path)
    first.add(articlesOf(FLOOD), '0.1.0')
    first.close()
    const second = new Store(path)
    assert.equal(second.count(), 1)
    second.close()
  })

  test('refuses a file that is no SQLite database, and a store of another layout', async () => {
    const text = join(dir, 'notes.db')
    await writeFile(text, 'not a database at all, just some words to fill the header page')
    assert.throws(() => new Store(text), (e: RashomonError) => e.code === 'E_STORE' && /cannot open the store/u.test(e.message))
    const other = join(dir, 'other.db')
    const db = new Database(other)
    db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('layout', '99')")
    db.close()
    assert.throws(() => new Store(other), (e: RashomonError) => e.code === 'E_STORE' && /layout 99/u.test(e.message))
  })
})
