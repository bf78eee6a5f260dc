/** @module ingest/date-stamp.test — the dates a page stamps on its story, read from the line that shows them. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { dateStampOf, firstPublished, stampEnding, stampsInParts } from './date-stamp.js'

describe('dateStampOf', () => {
  for (const [line, date] of [
    ['March 3, 2024', '2024-03-03'],
    ['3 March 2024', '2024-03-03'],
    ['Mar. 3, 2024 7:45 a.m. ET', '2024-03-03'],
    ['Published 3 March 2024', '2024-03-03'],
    ['Published: 2024-03-03', '2024-03-03'],
    ['Sun 3 Mar 2024 09.00 GMT', '2024-03-03'],
    ['Tuesday, March 5, 2024', '2024-03-05'],
    // The date as written, not moved to UTC.
    ['2024-03-03T23:30:00-05:00', '2024-03-03'],
    ['2024-03-03T09:00:00Z', '2024-03-03'],
    ['First published on Sun 3 Mar 2024 09.00 GMT', '2024-03-03'],
    // Day and month the same, or a day over 12: no ambiguity.
    ['Posted on 03/03/2024', '2024-03-03'],
    ['Posted on 13/03/2024', '2024-03-13'],
  ] as const) {
    test(`"${line}" → ${date}`, () => {
      const stamp = dateStampOf(line)
      assert.deepEqual(stamp && { date: stamp.date, updated: stamp.updated, start: stamp.start, end: stamp.end }, { date, updated: false, start: 0, end: line.length })
    })
  }

  test('an update stamp says so', () => {
    assert.deepEqual(dateStampOf('Updated: March 4, 2024, 10:02 AM'), { date: '2024-03-04', updated: true, start: 0, end: 32 })
    assert.equal(dateStampOf('Last modified on Mon 4 Mar 2024 11.32 GMT')?.updated, true)
  })

  for (const line of [
    // Day and month both 12 or under and different: the order is not known, so no date.
    'Posted on 03/04/2024',
    // No year, no day, or no date at all.
    'March 3', 'March 2024', 'Updated today', 'Monday',
    // A sentence holding a date is no stamp: it tells of an event.
    'On March 3, 2024, police said the ferry was back.', 'March 3, 2024 was a cold day',
    '2024-02-30',
  ]) {
    test(`"${line}" is no date stamp`, () => assert.equal(dateStampOf(line), undefined))
  }
})

describe('stampEnding', () => {
  test('the stamp closing a byline part, after a comma', () => {
    const part = 'By Jane Roe, Mar. 3, 2024 7:45 a.m. ET'
    const stamp = stampEnding(part)
    assert.equal(stamp?.date, '2024-03-03')
    assert.equal(part.slice(stamp!.start, stamp!.end), 'Mar. 3, 2024 7:45 a.m. ET')
  })

  test('with its label', () => {
    const part = 'By Jane Roe, Updated: March 4, 2024'
    assert.equal(part.slice(stampEnding(part)!.start), 'Updated: March 4, 2024')
  })

  test('not a date inside words', () => assert.equal(stampEnding('Police said on March 3, 2024'), undefined))
})

describe('stampsInParts', () => {
  test('the stamps of a meta line parted by bars or dots, at their offsets in the line', () => {
    const line = 'By Jane Roe, Reuters | Published: 2024-03-03 · Updated March 4, 2024'
    assert.deepEqual(stampsInParts(line).map((s) => [line.slice(s.start, s.end), s.date, s.updated]), [
      ['Published: 2024-03-03', '2024-03-03', false],
      ['Updated March 4, 2024', '2024-03-04', true],
    ])
  })
})

describe('stampsInParts, two stamps on one line', () => {
  test('a label after a stamp starts the next stamp, with no bar between them', () => {
    const line = 'Published 3 March 2024 Updated 4 March 2024'
    assert.deepEqual(stampsInParts(line).map((s) => [line.slice(s.start, s.end), s.date, s.updated]), [
      ['Published 3 March 2024', '2024-03-03', false],
      ['Updated 4 March 2024', '2024-03-04', true],
    ])
  })

  test('a time before the date, as the Daily Mail writes it', () => {
    const line = 'Published: 09:12 EDT, 3 March 2024 | Updated: 11:40 EDT, 3 March 2024'
    assert.deepEqual(stampsInParts(line).map((s) => [s.date, s.updated]), [['2024-03-03', false], ['2024-03-03', true]])
  })

  test('a label word that follows no stamp parts nothing', () => {
    assert.deepEqual(stampsInParts('The ferry was updated on 4 March 2024'), [])
  })
})

describe('firstPublished', () => {
  test('the first publication date, not the update, when both are given', () => {
    const stamps = [dateStampOf('Updated: March 4, 2024')!, dateStampOf('March 3, 2024')!]
    assert.equal(firstPublished(stamps)?.date, '2024-03-03')
  })

  test('the update date when that is all there is', () => {
    assert.equal(firstPublished([dateStampOf('Updated: March 4, 2024')!])?.date, '2024-03-04')
    assert.equal(firstPublished([]), undefined)
  })
})
