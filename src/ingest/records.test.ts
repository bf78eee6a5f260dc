/** @module ingest/records.test — articles from JSON, JSON Lines and CSV corpora. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseCsvRecords, parseRecords } from './records.js'

const FERRY = 'The island ferry returned to service on Monday.'
const BRIDGE = 'Engineers closed the old river bridge on Tuesday.'

/** `label text` per article, easy to read in review. */
const labels = (result: ReturnType<typeof parseRecords>): string[] => result.articles.map((a) => `${a.label || '(one)'} ${a.text}`)

describe('parseRecords: shapes', () => {
  test('one full record: every field read, under its common names', () => {
    const record = { headline: 'Ferry back', body: FERRY, source: { name: 'Island Wire News' }, published: '2024-03-05T07:45:00Z', link: 'https://example.org/f', author: 'Mara Lind' }
    assert.deepEqual(parseRecords('c.json', JSON.stringify(record), false), {
      articles: [{ text: FERRY, label: '', title: 'Ferry back', outlet: 'Island Wire News', published: '2024-03-05', url: 'https://example.org/f', byline: 'Mara Lind' }],
      skipped: [],
    })
  })

  test('a JSON array: each record labelled by its index', () => {
    const result = parseRecords('c.json', JSON.stringify([{ text: FERRY }, { content: BRIDGE }]), false)
    assert.deepEqual(labels(result), [`#0 ${FERRY}`, `#1 ${BRIDGE}`])
  })

  test('an {articles: [...]} wrapper', () => {
    const result = parseRecords('c.json', JSON.stringify({ articles: [{ text: FERRY }, { text: BRIDGE }] }), false)
    assert.deepEqual(labels(result), [`#0 ${FERRY}`, `#1 ${BRIDGE}`])
  })

  test('JSON Lines: each line a record, labelled by line number; blank lines ignored', () => {
    const text = `${JSON.stringify({ text: FERRY })}\n\n${JSON.stringify({ text: BRIDGE })}\r\n`
    assert.deepEqual(labels(parseRecords('c.jsonl', text, true)), [`#line 1 ${FERRY}`, `#line 3 ${BRIDGE}`])
  })
})

describe('parseRecords: fields', () => {
  test('text as a list of paragraphs is joined with blank lines', () => {
    const [article] = parseRecords('c.json', JSON.stringify({ body: [' First paragraph. ', '', 'Second paragraph.', 7] }), false).articles
    assert.equal(article?.text, 'First paragraph.\n\nSecond paragraph.')
  })

  test('an empty "text" does not hide a "body" next to it', () => {
    assert.equal(parseRecords('c.json', JSON.stringify({ text: '', body: FERRY }), false).articles[0]?.text, FERRY)
  })

  const outlets: ReadonlyArray<readonly [string, unknown]> = [
    ['outlet', 'Island Wire News'], ['source', 'Island Wire News'], ['publisher', { name: 'Island Wire News' }], ['publisher', ['Island Wire News']],
  ]
  for (const [key, value] of outlets) {
    test(`outlet from "${key}": ${JSON.stringify(value)}`, () => {
      assert.equal(parseRecords('c.json', JSON.stringify({ text: FERRY, [key]: value }), false).articles[0]?.outlet, 'Island Wire News')
    })
  }

  const dates: ReadonlyArray<readonly [string, unknown, string | undefined]> = [
    ['date', '2024-03-05', '2024-03-05'],
    ['published', 'March 5, 2024', '2024-03-05'],
    ['date', 1709596800, '2024-03-05'],
    ['date', 1709596800000, '2024-03-05'],
    ['date', 'last week', undefined],
  ]
  for (const [key, value, expected] of dates) {
    test(`published from "${key}": ${JSON.stringify(value)} → ${expected}`, () => {
      assert.equal(parseRecords('c.json', JSON.stringify({ text: FERRY, [key]: value }), false).articles[0]?.published, expected)
    })
  }
})

describe('parseRecords: bad records', () => {
  test('JSON Lines with one invalid line: that line is skipped by number, the others kept', () => {
    const text = [JSON.stringify({ text: FERRY }), '{"text": "unterminated', JSON.stringify({ text: BRIDGE })].join('\n')
    const result = parseRecords('c.jsonl', text, true)
    assert.deepEqual(labels(result), [`#line 1 ${FERRY}`, `#line 3 ${BRIDGE}`])
    assert.equal(result.skipped.length, 1)
    assert.equal(result.skipped[0]!.input, 'c.jsonl#line 2')
    assert.equal(result.skipped[0]!.code, 'E_INPUT_RECORD')
    assert.match(result.skipped[0]!.reason, /^invalid JSON: /)
  })

  test('a record without text is skipped with E_INPUT_RECORD, naming the fields it looked for', () => {
    const result = parseRecords('c.json', JSON.stringify([{ title: 'No body here' }, { text: FERRY }]), false)
    assert.deepEqual(labels(result), [`#1 ${FERRY}`])
    assert.deepEqual(result.skipped.map((s) => `${s.input} ${s.code}`), ['c.json#0 E_INPUT_RECORD'])
    assert.match(result.skipped[0]!.reason, /"text", "body" or "content"/)
  })

  test('records that are not objects are skipped', () => {
    const result = parseRecords('c.json', JSON.stringify([FERRY, null, [1], { text: BRIDGE }]), false)
    assert.deepEqual(result.skipped.map((s) => `${s.input}: ${s.reason}`), [
      'c.json#0: a record must be a JSON object', 'c.json#1: a record must be a JSON object', 'c.json#2: a record must be a JSON object',
    ])
    assert.equal(result.articles.length, 1)
  })

  test('invalid JSON is one E_INPUT_FORMAT skip for the file', () => {
    const result = parseRecords('c.json', '{"text": ', false)
    assert.deepEqual(result.articles, [])
    assert.deepEqual(result.skipped.map((s) => `${s.input} ${s.code}`), ['c.json E_INPUT_FORMAT'])
  })

  test('an empty list is reported, not silently dropped', () => {
    assert.deepEqual(parseRecords('c.json', '{"articles": []}', false).skipped.map((s) => s.code), ['E_INPUT_RECORD'])
  })

  test('content that disagrees with the extension is read the way it is written', () => {
    // JSON Lines saved as .json, and one pretty-printed JSON array saved as .jsonl.
    const lines = `${JSON.stringify({ text: FERRY })}\n${JSON.stringify({ text: BRIDGE })}\n`
    assert.deepEqual(labels(parseRecords('c.json', lines, false)), [`#line 1 ${FERRY}`, `#line 2 ${BRIDGE}`])
    const pretty = JSON.stringify([{ text: FERRY }, { text: BRIDGE }], null, 2)
    assert.deepEqual(labels(parseRecords('c.jsonl', pretty, true)), [`#0 ${FERRY}`, `#1 ${BRIDGE}`])
  })
})

describe('parseCsvRecords: corpora as CSV or TSV with a header row', () => {
  test('every field read under its common names; quoted cells keep commas, quotes and line breaks (a row is named by the line it ends on)', () => {
    const csv = `title,text,source,date,url\n"Ferry back","${FERRY} Operators said: ""extra sailings, soon"".\nMore later.",Island Wire News,2024-03-05,https://example.org/f\n`
    assert.deepEqual(parseCsvRecords('c.csv', csv), {
      articles: [{
        text: `${FERRY} Operators said: "extra sailings, soon".\nMore later.`, label: '#line 3',
        title: 'Ferry back', outlet: 'Island Wire News', published: '2024-03-05', url: 'https://example.org/f',
      }],
      skipped: [],
    })
  })

  test('the delimiter is the one the header line holds most of: semicolons and tabs too', () => {
    assert.deepEqual(parseCsvRecords('c.csv', `headline;body\nFerry;${FERRY}\n`).articles.map((a) => `${a.title}|${a.text}`), [`Ferry|${FERRY}`])
    assert.deepEqual(parseCsvRecords('c.tsv', `title\ttext\nBridge, closed\t${BRIDGE}\n`).articles.map((a) => `${a.title}|${a.text}`), [`Bridge, closed|${BRIDGE}`])
  })

  test('a broken row or a row with no text is skipped by its line; the other rows are kept', () => {
    const csv = `title,text\nOne,${FERRY}\nTwo,"a stray "quote" here"\nThree,\nFour,${BRIDGE}\nFive,extra,cell\n`
    const result = parseCsvRecords('c.csv', csv)
    assert.deepEqual(labels(result), [`#line 2 ${FERRY}`, `#line 5 ${BRIDGE}`])
    assert.deepEqual(result.skipped.map((s) => `${s.input} ${s.code}`), ['c.csv#line 3 E_INPUT_RECORD', 'c.csv#line 6 E_INPUT_RECORD', 'c.csv#line 4 E_INPUT_RECORD'])
    assert.match(result.skipped[0]!.reason, /invalid CSV row: Invalid Closing Quote/)
    assert.match(result.skipped[2]!.reason, /no article text/)
  })

  test('a table with no text column is skipped once, naming its columns, not once per row', () => {
    const result = parseCsvRecords('c.csv', `title,summary\nOne,${FERRY}\nTwo,${BRIDGE}\n`)
    assert.deepEqual(result.articles, [])
    assert.deepEqual(result.skipped.map((s) => `${s.input} ${s.code}`), ['c.csv E_INPUT_RECORD'])
    assert.match(result.skipped[0]!.reason, /no text column: .*the columns are title, summary/)
  })

  test('a header with no rows is reported, not silently empty', () => {
    assert.deepEqual(parseCsvRecords('c.csv', 'title,text\n').skipped.map((s) => s.reason), ['the CSV has a header row but no records'])
  })
})
