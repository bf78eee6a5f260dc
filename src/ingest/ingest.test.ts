/** @module ingest/ingest.test — from paths to articles: the seeds, every kind of input, and bad input. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { ArticleSchema, BoundarySchema, SkippedSchema, type Article } from '../model/schema.js'
import { fixture, SEEDS, tempDir } from './fixtures/helpers.js'
import { articleId, ingest, ingestTexts, type IngestResult } from './ingest.js'

const FERRY = 'The island ferry returned to service on Monday after storms kept it in port for a week. ' +
  'Operators said extra sailings would clear the backlog of freight by Friday.'
const BRIDGE = 'Engineers closed the old river bridge on Tuesday after finding a crack in one of its piers. ' +
  'The city said the bridge would stay shut until repairs were finished.'
const GERMAN = 'Die Polizei hat am Montag die alte Brücke gesperrt, nachdem ein Riss entdeckt worden war. ' +
  'Die Stadt will das Bauwerk in der kommenden Woche prüfen lassen. Anwohner müssen bis dahin einen Umweg fahren.'

/** Every provenance piece maps article text back to the same characters of its decoded input. */
function assertProvenance(article: Article, decoded: (input: string) => string): void {
  let covered = 0
  for (const p of article.provenance) {
    assert.equal(p.start, covered)
    assert.equal(article.text.slice(p.start, p.end), decoded(p.input).slice(p.inputOffset, p.inputOffset + (p.end - p.start)))
    covered = p.end
  }
  assert.equal(covered, article.text.length)
}

/** Every result must satisfy the published schema, whatever the input. */
function assertSchema(result: IngestResult): void {
  for (const a of result.articles) ArticleSchema.parse(a)
  for (const b of result.boundaries) BoundarySchema.parse(b)
  for (const s of [...result.skipped, ...result.warnings]) SkippedSchema.parse(s)
}

describe('ingest: the seeds', () => {
  let result: IngestResult
  const decoded = (path: string): string => readFileSync(path, 'utf8')
  before(async () => {
    result = await ingest(SEEDS)
  })

  test('two articles, nothing skipped', () => {
    assert.equal(result.articles.length, 2)
    assert.deepEqual(result.skipped, [])
    assert.deepEqual(result.warnings, [])
    assertSchema(result)
  })

  test('A: the Mehr News Agency article, CC BY 4.0 from its licence line, no date', () => {
    const a = result.articles[0]!
    assert.equal(a.id, 'A')
    assert.equal(a.licence?.name, 'CC BY 4.0')
    assert.equal(a.licence?.holder, 'Mehr News Agency')
    assert.deepEqual(a.outlet?.name, 'Mehr News Agency')
    assert.equal(a.outlet?.evidence.how, 'licence')
    const span = a.licence!.evidence.span!
    assert.equal(a.text.slice(span.start, span.end), 'All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License.')
    assert.equal(a.published, undefined)
    assert.ok(a.text.startsWith('TEHRAN – In its latest inconceivable move'))
    assert.deepEqual(a.language, { code: 'eng', supported: true })
  })

  test('B: WION from the text, dated 2023-02-18 by its header, which is not part of the text', () => {
    const b = result.articles[1]!
    assert.equal(b.id, 'B')
    assert.equal(b.outlet?.name, 'WION')
    assert.equal(b.outlet?.evidence.how, 'text')
    assert.deepEqual(b.published, { date: '2023-02-18', evidence: { how: 'metadata' } })
    assert.ok(b.text.startsWith("An attack on Azerbaijan's embassy"))
    assert.ok(!b.text.includes('date 2023-02-18'))
    assert.ok(decoded(SEEDS[1]!).trimEnd().endsWith(b.text.slice(-200)))
    assert.ok(b.text.endsWith('Raisi was quoted as saying on his official website.'))
    assert.equal(b.licence, undefined)
  })

  test('provenance maps every character back to the decoded input', () => {
    for (const article of result.articles) assertProvenance(article, decoded)
    assert.equal(result.articles[1]!.provenance[0]!.input, SEEDS[1])
  })

  test('boundaries say why each article starts: input start, then the licence footer', () => {
    assert.deepEqual(result.boundaries.map((b) => `${b.reason} ${b.inputOffset}`), ['input-start 0', 'licence-footer 0'])
    assert.match(result.boundaries[1]!.evidence, /^All Content by Mehr News Agency is licensed/)
    assert.equal(result.boundaries[1]!.input, SEEDS[1])
  })

  test('split "files" gives the same two articles here; "stream" too, as the licence line still cuts', async () => {
    for (const split of ['files', 'stream'] as const) {
      const other = await ingest(SEEDS, { split })
      assert.deepEqual(other.articles.map((a) => `${a.id} ${a.outlet?.name} ${a.published?.date}`), ['A Mehr News Agency undefined', 'B WION 2023-02-18'], split)
      assert.deepEqual(other.articles.map((a) => a.text), result.articles.map((a) => a.text), split)
    }
  })
})

describe('ingest: a folder of one-article-per-file texts', () => {
  test('auto splits per file at each headline and takes the titles; an exclusive interview given to an outlet does not make it the publisher', async () => {
    const result = await ingest([fixture('per-file')])
    assert.deepEqual(result.boundaries.map((b) => b.reason), ['input-start', 'headline', 'headline'])
    assert.deepEqual(result.articles.map((a) => `${a.id}: ${a.title} / ${a.outlet?.name}`), [
      'A: Ferry back in service after storms / undefined',
      'B: River bridge shut over crack in pier / undefined',
      'C: "Too few teachers": schools cut classes / undefined',
    ])
    assertSchema(result)
  })
})

describe('ingest: two files joined at a finished sentence', () => {
  const inputs = [{ name: 'ferry.txt', text: `${FERRY}\n` }, { name: 'bridge.txt', text: BRIDGE }]

  test('auto: one article, and a warning that says so and how to keep the files apart', () => {
    const { articles, warnings } = ingestTexts(inputs)
    assert.equal(articles.length, 1)
    assert.deepEqual(warnings.map((w) => `${w.input} ${w.code}`), ['bridge.txt E_INPUT_JOINED'])
    assert.match(warnings[0]!.reason, /runs on from ferry\.txt.*--split files/u)
  })

  test('stream and files: no warning (the user said how to cut)', () => {
    for (const split of ['stream', 'files'] as const) assert.deepEqual(ingestTexts(inputs, split).warnings, [], split)
  })
})

describe('ingest: one article cut into two files', () => {
  let dir = ''
  let cleanup: () => Promise<void> = async () => {}
  const cut = FERRY.indexOf('rms kept') // mid-word: "sto|rms"
  before(async () => {
    ;({ dir, cleanup } = await tempDir())
    await writeFile(join(dir, 'part-1.txt'), FERRY.slice(0, cut))
    await writeFile(join(dir, 'part-2.txt'), `${FERRY.slice(cut)}\n`)
  })
  after(() => cleanup())

  test('auto and stream: one article, the concatenation of both files', async () => {
    for (const split of ['auto', 'stream'] as const) {
      const { articles } = await ingest([dir], { split })
      assert.deepEqual(articles.map((a) => a.text), [FERRY], split)
      assert.deepEqual(articles[0]!.provenance.map((p) => `${p.start}-${p.end} @${p.inputOffset}`), [`0-${cut} @0`, `${cut}-${FERRY.length} @0`])
    }
  })

  test('a cut inside a sentence joins the files without a warning', async () => {
    assert.deepEqual((await ingest([dir])).warnings, [])
  })

  test('files: each file is an article', async () => {
    const { articles, boundaries } = await ingest([dir], { split: 'files' })
    assert.deepEqual(articles.map((a) => a.text), [FERRY.slice(0, cut), FERRY.slice(cut)])
    assert.deepEqual(boundaries.map((b) => b.reason), ['input-start', 'file-start'])
  })
})

describe('ingest: plain-text metadata', () => {
  test('title, url, source and date headers become the article fields', () => {
    const text = `title: Ferry back in service\nurl: https://example.org/ferry\nsource: Island Wire News\ndate 2024-03-05\n${FERRY}\n`
    const { articles } = ingestTexts([{ name: 'f.txt', text }])
    assert.equal(articles.length, 1)
    const { id, title, url, outlet, published, byline, licence } = articles[0]!
    assert.deepEqual({ id, title, url, outlet, published, byline, licence }, {
      id: 'A', title: 'Ferry back in service', url: 'https://example.org/ferry',
      outlet: { name: 'Island Wire News', evidence: { how: 'metadata' } },
      published: { date: '2024-03-05', evidence: { how: 'metadata' } },
      byline: undefined, licence: undefined,
    })
    assert.equal(articles[0]!.text, FERRY)
  })

  test('a plain headline, "Published:" and "By" lines become title, date and byline, and leave the text', () => {
    const text = `Ferry back in service after storms\nPublished: 2025-03-04\n\nBy Ina Falk and Ola Berg in Tromsø\n\n${FERRY}\n`
    const { articles } = ingestTexts([{ name: 'f.txt', text }])
    const { title, published, byline } = articles[0]!
    assert.deepEqual({ title, published, byline }, {
      title: 'Ferry back in service after storms', published: { date: '2025-03-04', evidence: { how: 'metadata' } }, byline: 'Ina Falk and Ola Berg',
    })
    assert.equal(articles[0]!.text, FERRY)
    assertProvenance(articles[0]!, () => text)
  })

  test('a date in words under a headline is read as the publication date', () => {
    const { articles } = ingestTexts([{ name: 'f.txt', text: `Ferry back in service\nDate: 4 March 2025\n${FERRY}` }])
    assert.equal(articles[0]?.published?.date, '2025-03-04')
  })

  test('a date line at the top of a pasted story is the publication date, its evidence pointing at it; one in the story is not', () => {
    // A kicker over the headline: the date line is no header, and is read from the text.
    const text = `Analysis\nFerry back in service\n\nMar. 3, 2024 7:45 a.m. ET\n\n${FERRY}`
    const [article] = ingestTexts([{ name: 'f.txt', text }]).articles
    const span = article!.published!.evidence.span!
    assert.deepEqual([article?.published?.date, article?.published?.evidence.how, article!.text.slice(span.start, span.end)], ['2024-03-03', 'text', 'Mar. 3, 2024 7:45 a.m. ET'])
    assert.equal(ingestTexts([{ name: 'e.txt', text: `Ferry back in service\n\nOn March 3, 2024, the island ferry returned. ${FERRY}` }]).articles[0]?.published, undefined)
  })

  test('an update date at the top is taken only when no publication date is given, and the note says so', () => {
    const both = ingestTexts([{ name: 'f.txt', text: `Ferry back in service\nUpdated: March 4, 2024, 10:02 AM\nMarch 3, 2024\n\n${FERRY}` }]).articles[0]
    assert.equal(both?.published?.date, '2024-03-03')
    const update = ingestTexts([{ name: 'u.txt', text: `Ferry back in service\nUpdated: March 4, 2024, 10:02 AM\n\n${FERRY}` }]).articles[0]
    assert.deepEqual([update?.published?.date, update?.published?.evidence.note], ['2024-03-04', 'the date it was last updated, the only date on the date line over the story'])
    // Read from the text when the date line is no header (the line above it is no headline).
    const inText = ingestTexts([{ name: 't.txt', text: `Analysis\nFerry back in service\n\nUpdated: March 4, 2024\n\n${FERRY}` }]).articles[0]
    assert.deepEqual([inText?.published?.date, inText?.published?.evidence.note], ['2024-03-04', 'the date it was last updated, the only date at the top of the text'])
  })

  test('a date line under a headline is a header: it starts an article in a stream and leaves the text', () => {
    const text = `${BRIDGE}\n\nFerry back in service\nMarch 3, 2024\nBy Jane Roe\n\n${FERRY}`
    const { articles } = ingestTexts([{ name: 's.txt', text }])
    assert.deepEqual(articles.map((a) => [a.title, a.byline, a.published?.date, a.text]), [
      [undefined, undefined, undefined, BRIDGE],
      ['Ferry back in service', 'Jane Roe', '2024-03-03', FERRY],
    ])
    assert.deepEqual(articles[1]?.published?.evidence, { how: 'metadata', note: 'the date on the date line over the story' })
    // A date line alone under a line in a story is no cut: timelines have subheads over dates.
    assert.equal(ingestTexts([{ name: 't.txt', text: `${BRIDGE}\n\nKey dates\nMarch 3, 2024\n\n${FERRY}` }]).articles.length, 1)
    // A file that opens with one still starts an article.
    const files = ingestTexts([{ name: 'a.txt', text: BRIDGE }, { name: 'b.txt', text: `Ferry back in service\nMarch 3, 2024\n\n${FERRY}` }]).articles
    assert.deepEqual(files.map((a) => [a.title, a.published?.date, a.text]), [[undefined, undefined, BRIDGE], ['Ferry back in service', '2024-03-03', FERRY]])
  })

  test('a date line over the headline is no title', () => {
    const [article] = ingestTexts([{ name: 'd.txt', text: `March 3, 2024\nFerry back in service\nBy Jane Roe\n\n${FERRY}` }]).articles
    assert.deepEqual([article?.title, article?.byline, article?.published?.date], ['Ferry back in service', 'Jane Roe', '2024-03-03'])
  })

  test('a byline line with a date gives both, read as a header or from the text', () => {
    const header = ingestTexts([{ name: 'h.txt', text: `Ferry back in service\nBy Jane Roe, Reuters | Published: 2024-03-03\n\n${FERRY}` }]).articles[0]
    assert.deepEqual([header?.byline, header?.outlet?.name, header?.published], ['Jane Roe', 'Reuters', { date: '2024-03-03', evidence: { how: 'byline', note: 'the date on the byline line' } }])
    const inText = ingestTexts([{ name: 't.txt', text: `Analysis\nFerry back in service\n\nBy Jane Roe | Mar. 3, 2024 7:45 a.m. ET\n\n${FERRY}` }]).articles[0]
    assert.deepEqual([inText?.byline, inText?.published?.date, inText?.published?.evidence.how], ['Jane Roe', '2024-03-03', 'text'])
  })

  test('a "Published: … | Updated: …" line, or both dates on one line, gives the publication date', () => {
    const mail = ingestTexts([{ name: 'm.txt', text: `Ferry back in service\nPublished: 09:12 EDT, 3 March 2024 | Updated: 11:40 EDT, 4 March 2024\n\n${FERRY}` }]).articles[0]
    assert.deepEqual([mail?.published?.date, mail?.text], ['2024-03-03', FERRY])
    const oneLine = ingestTexts([{ name: 'o.txt', text: `Ferry back in service\nPublished 3 March 2024 Updated 4 March 2024\n\n${FERRY}` }]).articles[0]
    assert.deepEqual([oneLine?.published?.date, oneLine?.text], ['2024-03-03', FERRY])
  })

  test('a standfirst under the headline does not hide the byline and date line under it', () => {
    const text = `Ferry back in service\nStorms had kept the island ferry in port for a week.\nBy Jane Roe\nMarch 3, 2024\n\n${FERRY}`
    const [article] = ingestTexts([{ name: 's.txt', text }]).articles
    assert.deepEqual([article?.title, article?.byline, article?.published?.date], ['Ferry back in service', 'Jane Roe', '2024-03-03'])
  })

  test('a "Published:" header outranks a date line', () => {
    const text = `Ferry back in service\nPublished: 2025-03-04\n\nMarch 3, 2024\n\n${FERRY}`
    assert.deepEqual(ingestTexts([{ name: 'f.txt', text }]).articles[0]?.published, { date: '2025-03-04', evidence: { how: 'metadata' } })
  })

  test('a corpus code or domain as the source is expanded to the outlet\'s name, and the note says so', () => {
    const { articles } = ingestTexts([{ name: 'f.txt', text: `source: hpo\n${FERRY}\n` }, { name: 'g.txt', text: `source: Valley Radio\n${BRIDGE}\n` }], 'files')
    assert.deepEqual(articles[0]?.outlet, { name: 'HuffPost', evidence: { how: 'metadata', note: 'expanded from the code "hpo"' } })
    assert.deepEqual(articles[1]?.outlet, { name: 'Valley Radio', evidence: { how: 'metadata' } })
  })

  test('an agency in the opening dateline names the outlet', () => {
    const { articles } = ingestTexts([{ name: 'r.txt', text: `LONDON (Reuters) - ${BRIDGE}` }])
    assert.equal(articles[0]?.outlet?.name, 'Reuters')
    const span = articles[0]!.outlet!.evidence.span!
    assert.equal(articles[0]!.text.slice(span.start, span.end), 'Reuters')
  })

  test('a dateline with its date and agency gives both the date and the outlet', () => {
    const [article] = ingestTexts([{ name: 'w.txt', text: `Bridge shut\n\nLONDON, 3 March 2024 (Island Wire) — ${BRIDGE}` }]).articles
    assert.deepEqual([article?.outlet?.name, article?.published?.date, article?.published?.evidence.how], ['Island Wire', '2024-03-03', 'text'])
  })

  test("a wire's closing credits are dropped from the text, in plain text and feeds alike; the reporters are the byline when there is none", () => {
    const text = `LONDON (Reuters) - ${BRIDGE}\n\n(Reporting by Ana Ruiz; Editing by Tom Hale)\n`
    const [article] = ingestTexts([{ name: 'r.txt', text }]).articles
    assert.equal(article?.text, `LONDON (Reuters) - ${BRIDGE}`)
    assert.equal(article?.byline, 'Ana Ruiz')
    assert.deepEqual(article?.provenance.map((p) => [p.start, p.end]), [[0, article.text.length]])
    const bylined = ingestTexts([{ name: 'b.txt', text: `By Mara Lind\n\n${text}` }]).articles[0]
    assert.equal(bylined?.byline, 'Mara Lind')
  })

  test('the outlet a byline credits is the outlet when the text has no stronger evidence; the byline keeps only the names', () => {
    const text = `Ferry back in service\nPublished: 2025-03-04\nBy Ina Falk, Harbour Reporter, Valley Courier\n\n${FERRY} The captain told the Courier on Monday that all was well.`
    const [article] = ingestTexts([{ name: 'c.txt', text }]).articles
    assert.equal(article?.byline, 'Ina Falk')
    assert.deepEqual(article?.outlet, { name: 'Valley Courier', evidence: { how: 'byline', note: 'the outlet the byline credits' } })
    // The agency in the dateline outranks it.
    const wire = ingestTexts([{ name: 'w.txt', text: `By Ina Falk, Valley Courier\n\nHARBOURTON (FW) - ${FERRY}` }]).articles[0]
    assert.equal(wire?.outlet?.name, 'FW')
  })

  test('a byline crediting an outlet by its head word ("Harbour Voice", "Northern Ledger") gives the outlet, and the date after it', () => {
    const voice = ingestTexts([{ name: 'v.txt', text: `Ferry back in service\n\nBy Ina Falk, Harbour Voice\nPublished March 3, 2024\n\n${FERRY}` }]).articles[0]
    assert.deepEqual([voice?.byline, voice?.outlet?.name, voice?.published?.date], ['Ina Falk', 'Harbour Voice', '2024-03-03'])
    const ledger = ingestTexts([{ name: 'l.txt', text: `Ferry back in service\n\nBy Ina Falk, Northern Ledger, 3 March 2024\n\n${FERRY}` }]).articles[0]
    assert.deepEqual([ledger?.byline, ledger?.outlet?.name, ledger?.published?.date], ['Ina Falk', 'Northern Ledger', '2024-03-03'])
    // A person's affiliation in a sentence of the story is no outlet.
    const story = ingestTexts([{ name: 's.txt', text: `Ferry back in service\n\n${FERRY} "We waited a week," said Ina Falk, of the Harbour Voice, a residents' group.` }]).articles[0]
    assert.equal(story?.outlet, undefined)
  })

  test('a top line naming the outlet and the date, with no "By", gives both; a byline\'s outlet outranks it', () => {
    const [article] = ingestTexts([{ name: 'o.txt', text: `Ferry back in service\n\nThe Harbour Voice — Editorial, 3 March 2024\n\n${FERRY}` }]).articles
    assert.deepEqual([article?.outlet?.name, article?.outlet?.evidence.how, article?.published?.date], ['The Harbour Voice', 'text', '2024-03-03'])
    const span = article!.outlet!.evidence.span!
    assert.equal(article!.text.slice(span.start, span.end), 'The Harbour Voice')
    const bylined = ingestTexts([{ name: 'b.txt', text: `Ferry back in service\n\nBy Ina Falk, Valley Courier\nThe Harbour Voice, 3 March 2024\n\n${FERRY}` }]).articles[0]
    assert.equal(bylined?.outlet?.name, 'Valley Courier')
  })

  test('an outlet alone on the line under the byline names the outlet and is no part of the story', () => {
    const [article] = ingestTexts([{ name: 'o.txt', text: `Ferry back in service\n\nBy Ina Falk\nValley Courier\n\n${FERRY}` }]).articles
    assert.equal(article?.outlet?.name, 'Valley Courier')
    assert.equal(article?.byline, 'Ina Falk')
    assert.ok(article?.text.startsWith(FERRY.slice(0, 20)), article?.text.slice(0, 60))
    // A line of the story under a byline is no outlet.
    const [story] = ingestTexts([{ name: 's.txt', text: `Ferry back in service\n\nBy Ina Falk\nHarbourton\n\n${FERRY}` }]).articles
    assert.notEqual(story?.outlet?.name, 'Harbourton')
  })

  test('an agency in the dateline under a headline names the outlet', () => {
    const { articles } = ingestTexts([{ name: 'h.txt', text: `Bridge reopens after storm\n\nKYIV, Ukraine (AP) — ${BRIDGE}` }])
    assert.equal(articles.length, 1)
    assert.equal(articles[0]?.outlet?.name, 'AP')
  })

  test('a dateline alone on the first line names the outlet and is no headline', () => {
    const { articles } = ingestTexts([{ name: 'd.txt', text: `PORT ELLIS, Maine (WPEX) -\n${BRIDGE}` }])
    assert.equal(articles.length, 1)
    assert.deepEqual([articles[0]?.outlet?.name, articles[0]?.outlet?.evidence.note, articles[0]?.title], ['WPEX', 'the agency named in the dateline', undefined])
  })

  test('an organisation after "told" is not taken as the outlet', () => {
    const text = `${BRIDGE} The mayor told the UN in a letter that help was needed. Azerbaijan told the United Nations the same.`
    assert.equal(ingestTexts([{ name: 't.txt', text }]).articles[0]?.outlet, undefined)
  })

  test('an invalid header date is not published as a date', () => {
    assert.equal(ingestTexts([{ name: 'd.txt', text: `date 2024-02-30\n${FERRY}` }]).articles[0]?.published, undefined)
  })

  test('a text of headers only is skipped as empty, not turned into an empty article', () => {
    const result = ingestTexts([{ name: 'h.txt', text: 'title: Nothing here\nsource: Island Wire News\n' }])
    assert.deepEqual(result.articles, [])
    assert.deepEqual(result.skipped.map((s) => `${s.input} ${s.code}`), ['h.txt E_INPUT_EMPTY'])
  })
})

describe('ingest: bad input, and the rest of the batch still read', () => {
  let dir = ''
  let cleanup: () => Promise<void> = async () => {}
  let result: IngestResult
  const at = (name: string): string => join(dir, name)
  const skip = (name: string): string[] => result.skipped.filter((s) => s.input.startsWith(at(name))).map((s) => s.code)

  before(async () => {
    ;({ dir, cleanup } = await tempDir())
    await writeFile(at('01-good.txt'), `${FERRY}\n`)
    await writeFile(at('02-empty.txt'), '')
    await writeFile(at('03-blank.txt'), '\n   \n')
    await writeFile(at('04-image.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))
    await writeFile(at('05-huge.txt'), `${BRIDGE}\n`.repeat(200))
    await writeFile(at('06-german.txt'), `${GERMAN}\n`)
    await writeFile(at('07-shell.html'), '<html><head><title>App</title></head><body><div id="app"></div><script>boot()</script></body></html>')
    await writeFile(at('08-page.html'), readFileSync(fixture('broken.html')))
    await writeFile(at('09-lines.jsonl'), [JSON.stringify({ text: BRIDGE, source: 'Valley Radio' }), '{not json', JSON.stringify({ body: [FERRY] })].join('\n'))
    await writeFile(at('10-no-text.json'), JSON.stringify({ title: 'Headline only', outlet: 'Island Wire News' }))
    await writeFile(at('11-latin1.txt'), Uint8Array.from([...new TextEncoder().encode('\nDate set. The caf'), 0xe9, ...new TextEncoder().encode(' on the quay reopened on Monday after the storm.\n')]))
    await mkdir(at('12-empty-folder'))
    result = await ingest([
      at('01-good.txt'), at('00-missing.txt'), at('02-empty.txt'), at('03-blank.txt'), at('04-image.png'), at('05-huge.txt'),
      at('06-german.txt'), at('07-shell.html'), at('08-page.html'), at('09-lines.jsonl'), at('10-no-text.json'),
      at('11-latin1.txt'), at('12-empty-folder'), 'http://10.1.2.3/news/1',
    ], { maxBytes: 4096, split: 'files' })
  })
  after(() => cleanup())

  test('each bad input is skipped with its own code', () => {
    assert.deepEqual(skip('00-missing.txt'), ['E_INPUT_MISSING'])
    assert.deepEqual(skip('02-empty.txt'), ['E_INPUT_EMPTY'])
    assert.deepEqual(skip('03-blank.txt'), ['E_INPUT_EMPTY'])
    assert.deepEqual(skip('04-image.png'), ['E_INPUT_BINARY'])
    assert.deepEqual(skip('05-huge.txt'), ['E_INPUT_TOO_LARGE'])
    assert.deepEqual(skip('07-shell.html'), ['E_INPUT_HTML'])
    assert.deepEqual(skip('10-no-text.json'), ['E_INPUT_RECORD'])
    assert.deepEqual(skip('12-empty-folder'), ['E_INPUT_EMPTY'])
    assert.deepEqual(result.skipped.filter((s) => s.input.startsWith('http:')).map((s) => [s.code, s.reason]), [['E_INPUT_URL', '10.1.2.3 is a private-network address; not fetched (--allow-private-urls fetches from your own network)']])
    assertSchema(result)
  })

  test('non-English text is skipped with E_LANGUAGE_UNSUPPORTED, naming the language', () => {
    const german = result.skipped.find((s) => s.input === at('06-german.txt'))
    assert.equal(german?.code, 'E_LANGUAGE_UNSUPPORTED')
    assert.match(german!.reason, /German \(deu\)/)
  })

  test('a skipped article read from a stream across files names every file its text came from', () => {
    const german = 'Der Bundeskanzler hat am Montag in Berlin eine neue Regierung vorgestellt. Die Opposition kritisierte die Entscheidung scharf.'
    const { skipped } = ingestTexts([{ name: 'de.txt', text: german }, { name: 'short.txt', text: 'Hi' }])
    assert.deepEqual(skipped.map((s) => `${s.input} ${s.code}`), ['de.txt + short.txt E_LANGUAGE_UNSUPPORTED'])
  })

  test('one invalid JSON line is skipped by its line number; the other lines are kept', () => {
    assert.deepEqual(result.skipped.filter((s) => s.input.includes('09-lines')).map((s) => s.input), [`${at('09-lines.jsonl')}#line 2`])
  })

  test('invalid UTF-8 is read as Windows-1252 with a warning, its text kept', () => {
    assert.deepEqual(result.warnings.map((w) => `${w.input} ${w.code}`), [`${at('11-latin1.txt')} E_INPUT_ENCODING`])
    assert.ok(result.articles.some((a) => a.text.includes('The café on the quay reopened')))
  })

  test('the good inputs are all there, in order: plain text, then HTML, then records', () => {
    assert.deepEqual(result.articles.map((a) => `${a.id} ${a.provenance[0]?.via} ${a.text.slice(0, 24)}`), [
      'A text The island ferry returne',
      'B text Date set. The café on th',
      'C html A strong earthquake shoo',
      'D record Engineers closed the old',
      'E record The island ferry returne',
    ])
    assert.equal(result.articles[2]!.outlet?.name, 'Coastline Radio')
    assert.equal(result.articles[3]!.outlet?.name, 'Valley Radio')
    assert.equal(result.articles[3]!.provenance[0]!.input, `${at('09-lines.jsonl')}#line 1`)
  })
})

describe('ingest: never throws', () => {
  test('no inputs at all give an empty result', async () => {
    assert.deepEqual(await ingest([]), { articles: [], boundaries: [], skipped: [], warnings: [] })
  })

  test('ingestTexts on white space, emoji and one very long sentence', () => {
    const long = `${'The ferry, '.repeat(5000)}sailed.`
    const result = ingestTexts([{ name: 'w.txt', text: ' \n ' }, { name: 'e.txt', text: '🚢🌊 ' }, { name: 'l.txt', text: long }], 'files')
    assertSchema(result)
    for (const a of result.articles) assertProvenance(a, (name) => ({ 'e.txt': '🚢🌊 ', 'l.txt': long } as Record<string, string>)[name] ?? '')
    assert.equal(result.articles.at(-1)?.text, long)
  })
})

describe('articleId', () => {
  test('A…Z, then AA, AB…', () => {
    assert.deepEqual([0, 1, 25, 26, 27, 51, 52, 701, 702].map(articleId), ['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA'])
  })
})

describe('ingest: feeds and CSV corpora', () => {
  test('an RSS feed (also saved as .txt) gives one article per item; a CSV one per row; a broken feed is said', async () => {
    const { dir, cleanup } = await tempDir()
    try {
      const rss = `<rss><channel><title>Island Wire News</title><item><title>Ferry back</title><pubDate>Tue, 05 Mar 2024 07:45:00 GMT</pubDate>` +
        `<description>&lt;p&gt;${FERRY}&lt;/p&gt;</description></item></channel></rss>`
      await writeFile(join(dir, 'a-feed.xml'), rss)
      await writeFile(join(dir, 'b-saved-feed.txt'), rss.replace('Ferry back', 'Ferry back again'))
      await writeFile(join(dir, 'c-corpus.csv'), `outlet,date,text\nValley Radio,2024-03-06,"${BRIDGE}"\n`)
      await writeFile(join(dir, 'd-broken.rss'), '<rss><channel><title>Nothing here</title>')
      const result = await ingest([dir])
      assert.deepEqual(result.articles.map((a) => `${a.title ?? '-'} | ${a.outlet?.name} | ${a.published?.date} | ${a.provenance[0]?.input.slice(dir.length + 1)}`), [
        'Ferry back | Island Wire News | 2024-03-05 | a-feed.xml#item 1',
        'Ferry back again | Island Wire News | 2024-03-05 | b-saved-feed.txt#item 1',
        '- | Valley Radio | 2024-03-06 | c-corpus.csv#line 2',
      ])
      assert.deepEqual(result.boundaries.map((b) => b.evidence), ['one feed item', 'one feed item', 'one CSV row'])
      assert.deepEqual(result.skipped.map((s) => `${s.input.slice(dir.length + 1)} ${s.code}`), ['d-broken.rss E_INPUT_FEED'])
      for (const a of result.articles) ArticleSchema.parse(a)
    } finally {
      await cleanup()
    }
  })

  test("an aggregator's item without a <source>: the dateline's agency, then its link's site, is its outlet, never the feed's title", async () => {
    const { dir, cleanup } = await tempDir()
    try {
      const item = (link: string, body: string): string => `<item><title>T</title><link>${link}</link><description>${body}</description></item>`
      await writeFile(join(dir, 'digest.xml'), `<rss><channel><title>Harbour Digest - aggregated</title><link>https://digest.example.org</link>` +
        item('https://ferrywire.com/a', `HARBOURTON (FW) - ${FERRY}`) + item('https://www.nytimes.com/b', BRIDGE) + `</channel></rss>`)
      const { articles } = await ingest([dir])
      assert.deepEqual(articles.map((a) => `${a.outlet?.name} ${a.outlet?.evidence.how}: ${a.outlet?.evidence.note}`), [
        'FW text: the agency named in the dateline', 'The New York Times record: the site the article links to',
      ])
    } finally {
      await cleanup()
    }
  })
})

describe('ingest of a URL', () => {
  test('a fetched page becomes an article with its canonical address, made absolute', async () => {
    const page = `<html><head><title>Ferry back</title><link rel="canonical" href="/news/ferry"></head><body><article><p>${FERRY}</p><p>${BRIDGE}</p></article></body></html>`
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const { articles, skipped } = await ingest([`${base}/story?id=7`], { allowPrivateUrls: true })
      assert.deepEqual(skipped, [])
      assert.equal(articles.length, 1)
      assert.equal(articles[0]?.url, `${base}/news/ferry`)
      assert.equal(articles[0]?.title, 'Ferry back')
      assert.match(articles[0]!.text, /^The island ferry returned/u)
    } finally {
      server.close()
    }
  })
})
