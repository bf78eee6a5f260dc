/** @module ingest/top-lines.test — the date and byline a pasted article shows above its story. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { topLinesOf } from './top-lines.js'

const BODY = 'The island ferry returned to service on Monday after storms kept it in port for a week. ' +
  'Operators said extra sailings would clear the backlog of freight by Friday.'

/** The date found and the text its evidence points at, and the byline. */
function read(text: string): { date?: string; evidence?: string; updated?: boolean; byline?: string; outlet?: string } {
  const top = topLinesOf(text)
  const p = top.published
  return {
    ...(p ? { date: p.date, evidence: text.slice(p.start, p.end), updated: p.updated } : {}),
    ...(top.byline ? { byline: top.byline.names, ...(top.byline.outlet ? { outlet: top.byline.outlet } : {}) } : {}),
    ...(top.outlet ? { outlet: text.slice(top.outlet.start, top.outlet.end) } : {}),
  }
}

describe('topLinesOf', () => {
  for (const [top, evidence] of [
    ['Ferry back in service\nMarch 3, 2024\n\n', 'March 3, 2024'],
    ['Ferry back in service\n3 March 2024\n\n', '3 March 2024'],
    ['Ferry back in service\nPublished 3 March 2024\n\n', 'Published 3 March 2024'],
    ['Ferry back in service\nSun 3 Mar 2024 09.00 GMT\n\n', 'Sun 3 Mar 2024 09.00 GMT'],
    ['Ferry back in service\n2024-03-03T09:00:00Z\n\n', '2024-03-03T09:00:00Z'],
    ['Posted on 03/03/2024\nFerry back in service\n\n', 'Posted on 03/03/2024'],
    ['Analysis\nFerry back in service\n\nMarch 3, 2024\n\n', 'March 3, 2024'],
  ] as const) {
    test(`a date line: ${JSON.stringify(top)}`, () => assert.deepEqual(read(top + BODY), { date: '2024-03-03', evidence, updated: false }))
  }

  test('a desk credited with its date: "Health Desk | 3 March 2024"', () => {
    assert.deepEqual(read(`Ferry back in service\n\nHealth Desk | 3 March 2024\n\n${BODY}`), { date: '2024-03-03', evidence: '3 March 2024', updated: false })
  })

  test('a staff credit in lower case with its date: "By staff reporter | 15 August 2026"', () => {
    assert.deepEqual(read(`Ferry back in service\n\nBy staff reporter | 3 March 2024\n\n${BODY}`), { date: '2024-03-03', evidence: '3 March 2024', updated: false, byline: 'staff reporter' })
  })

  test('the first publication date, not the update, when both are given', () => {
    const text = `Ferry back in service\nUpdated: March 4, 2024, 10:02 AM\nPublished: March 3, 2024, 7:45 AM\n\n${BODY}`
    assert.deepEqual(read(text), { date: '2024-03-03', evidence: 'Published: March 3, 2024, 7:45 AM', updated: false })
  })

  test('one line with the publication and the update dates gives the publication date', () => {
    assert.deepEqual(read(`Ferry back in service\nPublished 3 March 2024 Updated 4 March 2024\n\n${BODY}`), { date: '2024-03-03', evidence: 'Published 3 March 2024', updated: false })
    const mail = `Ferry back in service\nPublished: 09:12 EDT, 3 March 2024 | Updated: 11:40 EDT, 3 March 2024\n\n${BODY}`
    assert.deepEqual(read(mail), { date: '2024-03-03', evidence: 'Published: 09:12 EDT, 3 March 2024', updated: false })
  })

  test('a standfirst between the headline and the date or byline line', () => {
    const standfirst = 'Storms had kept the island ferry in port for a week, and freight piled up on the quay.'
    assert.deepEqual(read(`Ferry back in service\n${standfirst}\nMarch 3, 2024\n\n${BODY}`), { date: '2024-03-03', evidence: 'March 3, 2024', updated: false })
    assert.deepEqual(read(`Ferry back in service\n\n${standfirst}\n\nBy Jane Roe | Mar. 3, 2024 7:45 a.m. ET\n\n${BODY}`), { date: '2024-03-03', evidence: 'Mar. 3, 2024 7:45 a.m. ET', updated: false, byline: 'Jane Roe' })
    // A second line of the story before the date line: the date is in the story.
    assert.deepEqual(read(`Ferry back in service\n${standfirst}\nThe operator apologised.\nMarch 3, 2024\n\n${BODY}`), {})
  })

  test('an update date alone is taken, and said to be one', () => {
    assert.deepEqual(read(`Ferry back in service\nUpdated: March 4, 2024, 10:02 AM\n\n${BODY}`), { date: '2024-03-04', evidence: 'Updated: March 4, 2024, 10:02 AM', updated: true })
  })

  test('a byline line gives the byline and its date', () => {
    assert.deepEqual(read(`Ferry back in service\nBy Jane Roe | Mar. 3, 2024 7:45 a.m. ET\n\n${BODY}`), { date: '2024-03-03', evidence: 'Mar. 3, 2024 7:45 a.m. ET', updated: false, byline: 'Jane Roe' })
    // A time of day as an item of its own after the date.
    assert.deepEqual(read(`Ferry back in service\nBy Jane Roe\n3 March 2024 • 7:02pm\n\n${BODY}`), { date: '2024-03-03', evidence: '3 March 2024', updated: false, byline: 'Jane Roe' })
    assert.deepEqual(read(`Ferry back in service\nBy Jane Roe, Reuters | Published: 2024-03-03 · 4 min read\n\n${BODY}`), { date: '2024-03-03', evidence: 'Published: 2024-03-03', updated: false, byline: 'Jane Roe', outlet: 'Reuters' })
    assert.deepEqual(read(`Ferry back in service\nMarch 3, 2024\nBy Jane Roe\n\n${BODY}`), { date: '2024-03-03', evidence: 'March 3, 2024', updated: false, byline: 'Jane Roe' })
  })

  test('a line naming the outlet and the date, with no "By", gives both; a section label may stand between them', () => {
    for (const [line, outlet, evidence] of [
      ['The Harbour Voice, 3 March 2024', 'The Harbour Voice', '3 March 2024'],
      ['The Valley Sentinel — Editorial, 3 March 2024', 'The Valley Sentinel', '3 March 2024'],
      ['Island Daily Post | Comment | 3 March 2024', 'Island Daily Post', '3 March 2024'],
    ] as const) assert.deepEqual(read(`Ferry back in service\n\n${line}\n\n${BODY}`), { date: '2024-03-03', evidence, updated: false, outlet }, line)
    // A name that is no outlet's, or words that are no section's, make no outlet line.
    assert.deepEqual(read(`Ferry back in service\n\nThe Harbour Trust, 3 March 2024\n\n${BODY}`), {})
    assert.deepEqual(read(`Ferry back in service\n\nThe Harbour Voice — ferry returns, 3 March 2024\n\n${BODY}`), {})
    // Only a top line: further down, it is the story's.
    assert.deepEqual(read(`${BODY}\n\nThe Harbour Voice, 3 March 2024\n\nMore followed.`), {})
  })

  test('a dateline with its year gives the date, opening the story or alone on its line under the headline', () => {
    for (const [top, evidence] of [
      ['HARBOURTON, Maine, March 3, 2024 — ', 'March 3, 2024'],
      ['HARBOURTON, March 3, 2024 — ', 'March 3, 2024'],
      ['Ferry back in service\n\nHARBOURTON, 3 March 2024 (Island Wire) — ', '3 March 2024'],
      ['Ferry back in service\n\nHARBOURTON, Maine, March 3, 2024\n\n', 'March 3, 2024'],
    ] as const) assert.deepEqual(read(top + BODY), { date: '2024-03-03', evidence, updated: false }, top)
    assert.deepEqual(read(`Ferry back in service\nHARBOURTON, March 3, 2024\nBy Jane Roe\n\n${BODY}`), { date: '2024-03-03', evidence: 'March 3, 2024', updated: false, byline: 'Jane Roe' })
    // No year, no date: "GENEVA, Oct 9 (Island Wire) -" dates nothing for certain.
    assert.deepEqual(read(`GENEVA, Oct 9 (Island Wire) - ${BODY}`), {})
    // A dateline deep in the story, or a place in mixed case with a date alone on its line, is no publication date.
    assert.deepEqual(read(`Ferry back\n\n${BODY}\n\nHARBOURTON, March 3, 2024 — More followed.`), {})
    assert.deepEqual(read(`Ferry back in service\n\nHarbourton Council, March 3, 2024\n\n${BODY}`), {})
  })

  test('a date in the story is an event date, not the publication date', () => {
    assert.deepEqual(read(`Ferry back in service\n\nOn March 3, 2024, police said the ferry was back. ${BODY}`), {})
    assert.deepEqual(read(`${BODY}\n\nMarch 3, 2024\n\nMore followed.`), {})
    // Only the first few lines are the header area.
    assert.deepEqual(read(`Ferry back\nOne\nTwo\nThree\nFour\nMarch 3, 2024\n\n${BODY}`), {})
    // Short one-sentence paragraphs under the headline are the story, not more headline lines.
    assert.deepEqual(read(`Ferry back\nThe ferry sailed again on Monday.\nStorms had kept it in port.\nMarch 3, 2024\n\n${BODY}`), {})
  })

  test('day and month in figures that could be either way round give no date', () => {
    assert.deepEqual(read(`Ferry back in service\nPosted on 03/04/2024\n\n${BODY}`), {})
  })
})
