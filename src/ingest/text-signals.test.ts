/** @module ingest/text-signals.test — footers, metadata headers and datelines found in running text. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { afterDateline, bylineLineOf, bylineOf, creditTrailer, endsSentenceBefore, datelineLengthAt, findDatelines, findFooters, findHeaders, normaliseLicence } from './text-signals.js'

/** One line per match, `start-end key value`, easy to read in review. */
const headerLines = (text: string): string[] => findHeaders(text).map((h) => `${h.start}-${h.end} ${h.key} ${h.value}`)

describe('findFooters', () => {
  test('reads a Creative Commons licence line in full, with holder and short licence name', () => {
    const text = 'The port reopened on Monday. All Content by Harbour News Agency is licensed under a Creative Commons Attribution 4.0 International License.'
    const [footer, ...rest] = findFooters(text)
    assert.deepEqual(footer, {
      start: 29, end: text.length, holder: 'Harbour News Agency', licence: 'CC BY 4.0',
    })
    assert.equal(rest.length, 0)
  })

  test('reads "All rights reserved" copyright lines and Reuters-style reporting credits, in text order', () => {
    const text = 'Rain fell.\n(Reporting by Ana Ruiz; Editing by Tom Hale)\nMore text.\nCopyright 2024 The Valley Press. All rights reserved.'
    const found = findFooters(text)
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), [
      '(Reporting by Ana Ruiz; Editing by Tom Hale)',
      'Copyright 2024 The Valley Press. All rights reserved.',
    ])
    assert.equal(found[0]!.holder, undefined)
    assert.equal(found[1]!.holder, 'The Valley Press')
    assert.equal(found[1]!.licence, 'All rights reserved')
  })

  test('finds nothing in plain prose that mentions licences and rights', () => {
    assert.deepEqual(findFooters('The minister said all rights of the workers were protected under the new licence rules.'), [])
  })
})

describe('creditTrailer', () => {
  test('the wire credits that end a text, with the reporters they name first; not a parenthesis inside a sentence', () => {
    const text = 'Rain fell on Monday.\n\n(Reporting by Ana Ruiz in Dhaka and Tom Hale; additional reporting by Li Wei; Editing by Sam Roe)\n'
    assert.deepEqual(creditTrailer(text), { start: 22, reporters: 'Ana Ruiz and Tom Hale' })
    assert.deepEqual(creditTrailer('Rain fell. (Editing by Sam Roe)'), { start: 11 })
    assert.equal(creditTrailer('The report was compiled (Reporting by Ana Ruiz)'), undefined)
    assert.equal(creditTrailer('(Reporting by Ana Ruiz) More text followed.'), undefined)
  })
})

describe('normaliseLicence', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['Creative Commons Attribution 4.0 International License', 'CC BY 4.0'],
    ['Creative Commons Attribution-NonCommercial-ShareAlike 3.0 Unported License', 'CC BY-NC-SA 3.0'],
    ['Creative Commons Attribution-NoDerivatives 4.0 License', 'CC BY-ND 4.0'],
    ['Creative  Commons Attribution License', 'CC BY'],
    // Not Creative Commons: the title is kept, white space tidied.
    ['Open  Government Licence', 'Open Government Licence'],
  ]
  for (const [title, short] of cases) test(`"${title}" → "${short}"`, () => assert.equal(normaliseLicence(title), short))
})

describe('findHeaders', () => {
  test('reads date, title, url and source headers at line starts, without the line break', () => {
    const text = 'date 2023-02-18\ntitle: Ferry service resumes\r\nurl: https://example.org/ferry\nsource: Coastline Radio\nThe ferry sailed.'
    assert.deepEqual(headerLines(text), [
      '0-15 date 2023-02-18',
      '16-44 title Ferry service resumes',
      '46-76 url https://example.org/ferry',
      '77-100 outlet Coastline Radio',
    ])
  })

  test('finds a header right after a finished sentence on the same line, as where two files meet', () => {
    const text = 'International License. date 2023-02-18 An attack'
    assert.deepEqual(headerLines(text), ['23-38 date 2023-02-18'])
  })

  test('maps synonyms to one key: published, headline, link, publisher, author', () => {
    const text = 'published: 2024-01-05\nheadline: Dam opens\nlink: https://example.org/dam\npublisher: Delta Times\nauthor: Ina Falk\nText.'
    assert.deepEqual(findHeaders(text).map((h) => h.key), ['date', 'title', 'url', 'outlet', 'byline'])
  })

  test('keeps a time out of the text but leaves a number that follows the date alone', () => {
    assert.deepEqual(headerLines('date 2023-02-18T09:30:00Z Flights resumed.'), ['0-25 date 2023-02-18'])
    // "12" is the start of the article, not an hour.
    assert.deepEqual(headerLines('date 2023-02-18 12 people were hurt.'), ['0-15 date 2023-02-18'])
  })

  test('the word "date" in prose is not a header', () => {
    assert.deepEqual(findHeaders('To date, 12 people have been hurt.\nto date 40 homes were lost. The date was set.'), [])
    assert.deepEqual(findHeaders('Officials will update 2023-02-18 figures later.'), [])
  })

  test('a key in mid-sentence is not a header', () => {
    assert.deepEqual(findHeaders('He cited a source: a senior aide. The film title: none yet'), [])
  })
})

describe('findHeaders: header blocks without keys', () => {
  test('a headline line over a Published header is the title; a "By" line under it is the byline', () => {
    const text = 'Ferry back in service after storms\nPublished: 2025-03-04\n\nBy Ina Falk\n\nThe ferry sailed.'
    assert.deepEqual(headerLines(text), [
      '0-34 title Ferry back in service after storms',
      '35-56 date 2025-03-04',
      '58-69 byline Ina Falk',
    ])
  })

  test('a headline may end with a full stop when the header is on the very next line', () => {
    const text = 'The ferry sailed.\n\nOpinion: The ferry was late. It always is.\nDate: 2025-03-06\nText.'
    assert.deepEqual(findHeaders(text).map((h) => `${h.key}=${h.value}`), ['title=Opinion: The ferry was late. It always is.', 'date=2025-03-06'])
    // With a blank line between, a sentence ending in a stop is the last line of the text before.
    assert.deepEqual(findHeaders('The ferry sailed.\n\nIt was late.\n\nDate: 2025-03-06\nText.').map((h) => h.key), ['date'])
    // Over a bare "By" line, it is as often a pasted excerpt: not a headline.
    assert.deepEqual(findHeaders('The ferry sailed.\nIt was late.\nBy Ina Falk\nText.'), [])
  })

  test('a byline line with a date carries it, at its place in the text', () => {
    const text = 'Ferry back in service\nBy Jane Roe | Updated March 4, 2024 · March 3, 2024\n\nThe ferry sailed.'
    const dated = findHeaders(text).find((h) => h.key === 'byline')?.dated
    assert.deepEqual([dated?.date, dated?.updated, text.slice(dated!.start, dated!.end)], ['2024-03-03', false, 'March 3, 2024'])
  })

  test('a date line is a line of the header block, like a "By" line: under a headline, or opening the text', () => {
    assert.deepEqual(headerLines('Ferry back in service\nMarch 3, 2024\nBy Jane Roe\n\nThe ferry sailed.'), [
      '0-21 title Ferry back in service', '22-35 date 2024-03-03', '36-47 byline Jane Roe',
    ])
    assert.deepEqual(headerLines('Ferry back in service\nMar. 3, 2024 7:45 a.m. ET\n\nThe ferry sailed.'), ['0-21 title Ferry back in service', '22-47 date 2024-03-03'])
    assert.deepEqual(headerLines('Published 3 March 2024\n\nThe ferry sailed.'), ['0-22 date 2024-03-03'])
    const dates = findHeaders('Ferry back\nUpdated: March 4, 2024\nPublished 3 March 2024\n\nText.').filter((h) => h.key === 'date')
    assert.deepEqual(dates.map((h) => [h.value, h.updated]), [['2024-03-04', true], ['2024-03-03', undefined]])
  })

  test('a date line in the story, or a sentence holding a date, is no header', () => {
    assert.deepEqual(headerLines('The bridge shut.\n\nMarch 3, 2024\n\nThe ferry sailed.'), [])
    // A subhead over dates alone, in a timeline, is as likely as a new article: only the text's own headline counts.
    assert.deepEqual(headerLines('The bridge shut.\n\nKey dates\nMarch 3, 2024\n\nThe ferry sailed.'), [])
    assert.deepEqual(headerLines('The bridge shut.\n\nFerry back\nMarch 3, 2024\nBy Jane Roe\n\nThe ferry sailed.').length, 3)
    assert.deepEqual(headerLines('Ferry back in service\nOn March 3, 2024, the ferry sailed.'), [])
  })

  test('a headline needs a date or byline under it, and a finished sentence (or nothing) above it', () => {
    assert.deepEqual(findHeaders('Ferry back in service\nsource: Island Wire\nText.').map((h) => h.key), ['outlet'])
    assert.deepEqual(findHeaders('The ferry of\nthe island sailed\nPublished: 2025-03-04\nText.').map((h) => h.key), ['date'])
  })

  test('a "By" line counts only in a header block or at the start, never in the body', () => {
    assert.deepEqual(headerLines('By Ina Falk\nThe ferry sailed.'), ['0-11 byline Ina Falk'])
    assert.deepEqual(findHeaders('The ferry sailed.\n\nBy Ina Falk\n\nIt was late.'), [])
    assert.deepEqual(findHeaders('title: Ferry\nStaff Correspondent, Gazipur\nText.').map((h) => `${h.key}=${h.value}`), ['title=Ferry', 'byline=Staff Correspondent'])
  })

  test('a date in words with a colon is a header; a colon without a date is not', () => {
    assert.deepEqual(findHeaders('Published: March 4, 2025\nDate: to be confirmed\nText.').map((h) => `${h.key}=${h.value}`), ['date=March 4, 2025'])
  })

  test('the date header of the seeds, followed by text on its line, makes no block', () => {
    assert.deepEqual(headerLines('It rained.\nShort last line\n date 2023-02-18 An attack'), ['28-43 date 2023-02-18'])
  })
})

describe('bylineOf', () => {
  const cases: ReadonlyArray<readonly [string, string | undefined]> = [
    ['By Taslima Begum', 'Taslima Begum'],
    ['By Jane Doe and John Roe in Dhaka', 'Jane Doe and John Roe'],
    ['BY ANA DIAZ, Reuters', 'ANA DIAZ'],
    ['By Ana Diaz, Omar Haddad and Li Wei | Reuters', 'Ana Diaz, Omar Haddad and Li Wei'],
    ['By Pieter De Smet, Laura Chen & Ola van der Berg', 'Pieter De Smet, Laura Chen & Ola van der Berg'],
    ['Staff Correspondent, Gazipur', 'Staff Correspondent'],
    ['By staff reporter', 'staff reporter'],
    ['By our correspondent in Nairobi', 'our correspondent'],
    ['By Monday, the toll had risen to 40.', undefined],
    ['By the time police arrived', undefined],
    ['By Ina Falk, Island Wire November 15, 2018:', undefined],
  ]
  for (const [line, names] of cases) test(`"${line}" → ${names ?? 'none'}`, () => assert.equal(bylineOf(line), names))
})

describe('bylineLineOf', () => {
  test('a job title or a staff credit ends the names; the outlet credited is kept apart', () => {
    assert.deepEqual(bylineLineOf('By Jake Thornbury, Crime Reporter, Valley Courier'), { names: 'Jake Thornbury', outlet: 'Valley Courier' })
    assert.deepEqual(bylineLineOf('By Helen Park, Valley Courier staff'), { names: 'Helen Park', outlet: 'Valley Courier' })
    assert.deepEqual(bylineLineOf('By Naomi Castell, Health correspondent'), { names: 'Naomi Castell' })
    assert.deepEqual(bylineLineOf('By Ana Diaz, Omar Haddad and Li Wei | Reuters'), { names: 'Ana Diaz, Omar Haddad and Li Wei', outlet: 'Reuters' })
    assert.deepEqual(bylineLineOf('By Ina Falk · 7 October 2026'), { names: 'Ina Falk' })
  })

  test('"By NAME, The Title" credits the outlet: a capitalised name after "The" is no second author', () => {
    assert.deepEqual(bylineLineOf('By Rhea Moss, The Northern Ledger'), { names: 'Rhea Moss', outlet: 'The Northern Ledger' })
    assert.deepEqual(bylineLineOf('By Rhea Moss, Tom Hale and Ida Ek'), { names: 'Rhea Moss, Tom Hale and Ida Ek' })
  })
})

describe('findDatelines', () => {
  test('reads the place and the agency of datelines that open a line', () => {
    const text = 'LONDON (Reuters) - Britain said.\nKYIV, Ukraine — The city woke.\nTEHRAN – In its latest move.'
    assert.deepEqual(findDatelines(text).map((d) => `${d.start}-${d.end} ${d.place} ${d.agency ?? '-'}`), [
      '0-19 LONDON Reuters',
      '33-49 KYIV -',
      '64-73 TEHRAN -',
    ])
  })

  test('a dateline with both a region and a date: "BRAȘOV, Romania, April 8 (Reuters) -"', () => {
    const text = 'BRAȘOV, Romania, April 8 (Reuters) - A train left the rails.'
    assert.deepEqual(findDatelines(text).map((d) => `${d.end} ${d.place} ${d.agency ?? '-'}`), [`${'BRAȘOV, Romania, April 8 (Reuters) - '.length} BRAȘOV Reuters`])
  })

  test('a dateline may give the date with its year: "HARBOURTON, Maine, March 3, 2024 —", "LONDON, 3 March 2024 (Island Wire) —"', () => {
    const text = 'HARBOURTON, Maine, March 3, 2024 — A ferry sailed.\nHARBOURTON, March 3, 2024 — It sailed.\nLONDON, 3 March 2024 (Island Wire) — Rates held.\nHarbour Town, 3 March 2024 (Island Wire) — It rained.'
    assert.deepEqual(findDatelines(text).map((d) => `${text.slice(d.start, d.end)}|${d.place} ${d.agency ?? '-'}`), [
      'HARBOURTON, Maine, March 3, 2024 — |HARBOURTON -',
      'HARBOURTON, March 3, 2024 — |HARBOURTON -',
      'LONDON, 3 March 2024 (Island Wire) — |LONDON Island Wire',
      'Harbour Town, 3 March 2024 (Island Wire) — |Harbour Town Island Wire',
    ])
  })

  test('ignores upper-case words inside a line and dashes not followed by a capital', () => {
    assert.deepEqual(findDatelines('He visited LONDON - Then left.\nPARIS - and more'), [])
  })

  test('a place in mixed case is a dateline only with an agency; a dateline never spans a line break', () => {
    const text = 'Perth (AFP) - Crews worked on.\nPerth - A line.\n\nWHAT HAPPENS NEXT\n- The appeal is due in May'
    assert.deepEqual(findDatelines(text).map((d) => `${d.start} ${d.place} ${d.agency ?? '-'}`), ['0 Perth AFP'])
  })

  test('a dateline may end its line, the story opening on the next one: "PORT ELLIS, Maine (WPEX) -⏎A ferry…"', () => {
    const text = 'PORT ELLIS, Maine (WPEX) -\nA ferry ran aground.\n\nHARBOURTON —\nThe tide turned.'
    assert.deepEqual(findDatelines(text).map((d) => `${text.slice(d.start, d.end)}|${d.place} ${d.agency ?? '-'}`), [
      'PORT ELLIS, Maine (WPEX) -\n|PORT ELLIS WPEX',
      'HARBOURTON —\n|HARBOURTON -',
    ])
  })

  test('datelineLengthAt measures a dateline right at an offset, two places and a region included', () => {
    const text = 'Intro.\n\nYEREVAN/BAKU (Reuters) - Troops clashed.\nST. LOUIS, Missouri — Police said.'
    assert.equal(datelineLengthAt(text, 8), 'YEREVAN/BAKU (Reuters) - '.length)
    assert.equal(datelineLengthAt(text, text.indexOf('ST.')), 'ST. LOUIS, Missouri — '.length)
    assert.equal(datelineLengthAt(text, text.indexOf('Troops')), 0)
    assert.equal(datelineLengthAt(text, 0), 0)
  })

  test('afterDateline: a sentence’s words start after the dateline that opens it, else at the sentence start', () => {
    const text = 'Intro here.\nTEHRAN – Talks resumed. They ended.'
    const datelines = findDatelines(text)
    const opened = { start: 12, end: text.indexOf(' They') }
    assert.equal(afterDateline(datelines, opened), text.indexOf('Talks'))
    assert.equal(afterDateline(datelines, { start: 0, end: 11 }), 0)
    assert.equal(afterDateline(datelines, { start: opened.end + 1, end: text.length }), opened.end + 1)
  })
})

describe('endsSentenceBefore', () => {
  test('is true after a stop, a closing quote or bracket, or at the very start', () => {
    assert.equal(endsSentenceBefore('He left.  \n', 11), true)
    assert.equal(endsSentenceBefore('"We stay,” he said.”\n', 21), true)
    assert.equal(endsSentenceBefore('(Editing by Tom Hale)', 21), true)
    assert.equal(endsSentenceBefore('anything', 0), true)
  })

  test('is false in mid-sentence or mid-word', () => {
    assert.equal(endsSentenceBefore('The minister said', 17), false)
    assert.equal(endsSentenceBefore('The minis', 9), false)
  })
})
