/** @module cli/store-command.test — `rashomon store` end to end on a database file. */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { SEEDS, tempDir } from '../ingest/fixtures/helpers.js'
import { run } from './fixtures/run.js'

describe('rashomon store', () => {
  let dir = ''
  let db = ''
  let cleanup: () => Promise<void> = async () => {}
  before(async () => {
    ;({ dir, cleanup } = await tempDir())
    db = join(dir, 'corpus.db')
  })
  after(() => cleanup())

  test('add keeps new articles and names those kept already', async () => {
    const first = await run('store', 'add', ...SEEDS, '--db', db)
    assert.equal(first.code, 0)
    assert.match(first.out, /^stored 2 new article\(s\) in .+corpus\.db, which now holds 2\n {2}#1 · Mehr News Agency · undated/u)
    const again = await run('store', 'add', SEEDS[0]!, SEEDS[1]!, join(dir, 'missing.txt'), '--db', db)
    assert.equal(again.code, 0)
    assert.match(again.out, /stored 0 new article\(s\).+\n {2}already stored: .+000_.+ \(the text of #1\)/u)
    assert.match(again.err, /skipped .+missing\.txt: no such file or folder \[E_INPUT_MISSING\]/u)
  })

  test('list, search and report', async () => {
    assert.match((await run('store', 'list', '--since', '2023-02', '--db', db)).out, /^ {2}#2 · WION · 2023-02-18/u)
    const search = await run('store', 'search', 'confessions', 'assailant', '--db', db)
    assert.match(search.out, /#1 · Mehr News Agency[^\n]*\n {6}…[^\n]*«confessions» by the «assailant»/u)
    const report = await run('store', 'report', '--format', 'html', '--db', db)
    assert.equal(report.code, 0)
    assert.match(report.out, /^<!doctype html>[\s\S]*<article id="article-A">[\s\S]*WION/u)
  })

  test('a search that is not FTS5 syntax is read as plain words', async () => {
    const r = await run('store', 'search', '"Azerbaijan\'s', '--db', db)
    assert.equal(r.code, 0)
    assert.match(r.out, /«Azerbaijan»/u)
  })

  test('usage errors exit 2, an empty selection 1, each with the reason', async () => {
    for (const [args, status, reason] of [
      [['store', 'drop'], 2, /store needs add, list, search or report, not "drop"/u],
      [['store', 'add'], 2, /store add needs files/u],
      [['store', 'list', '--since', 'yesterday'], 2, /since must be a date as YYYY-MM-DD/u],
      [['store', 'report', '--match', 'zeppelin'], 1, /no article in .+ fits the selection \(the store holds 2\)/u],
    ] as const) {
      const r = await run(...args, '--db', db)
      assert.equal(r.code, status, args.join(' '))
      assert.match(r.err, reason)
    }
  })
})
