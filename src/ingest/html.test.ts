/** @module ingest/html.test — the article, and its metadata, in an HTML page. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { RashomonError } from '../model/errors.js'
import { fixture } from './fixtures/helpers.js'
import { isoDate, parseHtmlArticle } from './html.js'

const PARAGRAPHS = [
  'The island ferry returned to service on Monday after storms kept it in port for a week, leaving shops short of fresh food and fuel.',
  'Operators said extra sailings would clear the backlog of freight by Friday, and that passengers with cancelled tickets could travel on any crossing this month.',
  '“We are grateful for the patience of everyone on the island,” the harbour master told reporters as the first lorries rolled off the ramp.',
]

/** A minimal page: the given head, then the paragraphs in an <article>. */
const page = (head: string, paragraphs: readonly string[] = PARAGRAPHS): string =>
  `<!doctype html><html><head>${head}</head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`

describe('parseHtmlArticle', () => {
  test('a full page: one complete result, JSON-LD first, navigation and footer left out', () => {
    assert.deepEqual(parseHtmlArticle(readFileSync(fixture('page.html'), 'utf8')), {
      text: PARAGRAPHS.join('\n\n'),
      title: 'Ferry returns after week of storms',
      byline: 'Mara Lind and Olle Berg',
      outlet: 'Island Wire News Agency',
      published: '2024-03-04',
      url: 'https://example.org/2024/03/ferry-back',
    })
  })

  test('meta tags alone: og:title, og:site_name, article:published_time, author', () => {
    const head = '<meta property="og:title" content="Ferry back"><meta property="og:site_name" content="Island Wire News">' +
      '<meta property="article:published_time" content="2024-03-05T07:45:00+01:00"><meta name="author" content="Mara Lind">'
    const article = parseHtmlArticle(page(head))
    assert.equal(article.title, 'Ferry back')
    assert.equal(article.outlet, 'Island Wire News')
    // The publisher's own calendar day, not the UTC one (06:45Z is the same day here, 00:30+01:00 would not be).
    assert.equal(article.published, '2024-03-05')
    assert.equal(article.byline, 'Mara Lind')
  })

  test('JSON-LD publisher and author as plain strings, and datePublished', () => {
    const ld = { '@type': 'NewsArticle', headline: 'Ferry back', datePublished: '2024-03-05', publisher: 'Island Wire News', author: 'Mara Lind' }
    const article = parseHtmlArticle(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`))
    assert.equal(article.outlet, 'Island Wire News')
    assert.equal(article.byline, 'Mara Lind')
    assert.equal(article.published, '2024-03-05')
  })

  test('paragraphs are separated by one blank line, with inner white space collapsed', () => {
    const article = parseHtmlArticle(page('', [`  ${PARAGRAPHS[0]!.replace(/ /gu, ' \n ')}  `, PARAGRAPHS[1]!]))
    assert.equal(article.text, `${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`)
  })

  test('metadata lines above the story are not text: a date, "name · date", "By … · date", a kicker, which labels the title when it is a comment label', () => {
    const head = '<title>Ferry back</title>'
    for (const top of [['5 October 2026'], ['Mara Lind · Tuesday 6 October 2026'], ['Analysis', 'By Mara Lind · 7 October 2026']]) {
      const article = parseHtmlArticle(page(head, [...top, ...PARAGRAPHS]))
      assert.equal(article.text, PARAGRAPHS.join('\n\n'), top.join(' / '))
      assert.equal(article.byline, top.length === 1 && top[0]!.startsWith('5') ? undefined : 'Mara Lind', top.join(' / '))
    }
    assert.equal(parseHtmlArticle(page(head, ['Analysis', ...PARAGRAPHS])).title, 'Analysis: Ferry back')
    assert.equal(parseHtmlArticle(page(head, ['Exclusive', ...PARAGRAPHS])).title, 'Ferry back')
    // A sentence that names a date is story.
    assert.ok(parseHtmlArticle(page(head, ['On 5 October 2026 the ferry sailed.', ...PARAGRAPHS])).text.startsWith('On 5 October'))
  })

  test('a "By ..." line above the story is taken as the byline, not as text', () => {
    const article = parseHtmlArticle(page('', ['By Olle Berg and Mara Lind', ...PARAGRAPHS]))
    assert.equal(article.byline, 'Olle Berg and Mara Lind')
    assert.equal(article.text, PARAGRAPHS.join('\n\n'))
  })

  test('page furniture inside the article is left out: caption, cookie banner, call-out, time stamp, closing desk slug', () => {
    const html = `<!doctype html><html><head><title>Ferry back | Island Wire</title><meta property="og:site_name" content="Island Wire"></head><body>
      <div class="cookie-banner"><p>This site uses cookies to improve your experience.</p></div>
      <article><div class="timestamp">Updated on 05/03/2024 at 07:45 GMT</div>
      <figure><img src="f.jpg"><figcaption>The ferry at the quay on Monday. Photo: Ann Holm</figcaption></figure>
      ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
      <p class="editor-note">Were you on the crossing? Contact our newsroom.</p><p>ab-cd/ef</p></article></body></html>`
    const article = parseHtmlArticle(html)
    assert.equal(article.text, PARAGRAPHS.join('\n\n'))
    // The title loses the " | Site" suffix that only repeats the outlet.
    assert.equal(article.title, 'Ferry back')
  })

  test('donation, newsletter and subscription appeals are left out: by their class or id, and by their wording at the end', () => {
    const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')
    const boxes = [
      '<div class="donate-box">Independent journalism needs your support. <a href="/donate">Donate today</a></div>',
      '<aside id="newsletter-signup"><p>Get the Morning Briefing.</p><button>Sign up</button></aside>',
      '<section class="support-us"><p>We rely on readers like you.</p></section>',
      '<div class="subscribe-cta"><p>Read more stories like this.</p></div>',
    ]
    for (const box of boxes) assert.equal(parseHtmlArticle(`<html><body><article>${body}${box}</article></body></html>`).text, PARAGRAPHS.join('\n\n'), box)
    // No telling class: the wording of the closing blocks shows them.
    const appeals = ['<p>Independent journalism needs your support. Donate today</p>', '<p>Sign up for our free newsletter and never miss a story.</p>']
    assert.equal(parseHtmlArticle(page('', [...PARAGRAPHS, ...appeals])).text, PARAGRAPHS.join('\n\n'))
    // A story's own words about giving, or a quoted appeal, are story.
    const story = ['The charity asked people to donate blankets.', '“Please donate today,” the organiser said.']
    assert.equal(parseHtmlArticle(page('', [...PARAGRAPHS, ...story])).text, [...PARAGRAPHS, ...story].join('\n\n'))
  })

  test('a class that frames the whole page ("<body class=\'has-newsletter\'>") is no furniture', () => {
    const html = `<html><body class="has-newsletter"><div id="subscribe-wall"><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></div></body></html>`
    assert.equal(parseHtmlArticle(html).text, PARAGRAPHS.join('\n\n'))
  })

  test('the whole meta line goes, reading time included, and its byline and date are kept as metadata', () => {
    const meta = (line: string): string =>
      `<html><head><title>Ferry back</title></head><body><article><h1>Ferry back</h1><div class="meta">${line}</div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const article = parseHtmlArticle(meta('By Mara Lind · <time datetime="2026-11-10">November 10, 2026</time> · 4 min read'))
    assert.equal(article.text, PARAGRAPHS.join('\n\n'))
    assert.equal(article.byline, 'Mara Lind')
    assert.equal(article.published, '2026-11-10')
    // Readability takes the byline element away and leaves the rest of the line: "· November 11, 2026 · 4 min read".
    const rest = parseHtmlArticle(meta('<span class="byline">By Mara Lind</span> · <time>November 11, 2026</time> · 6-minute read'))
    assert.equal(rest.text, PARAGRAPHS.join('\n\n'))
    assert.equal(rest.byline, 'Mara Lind')
    assert.equal(rest.published, '2026-11-11')
  })

  test('a line break parts the words on either side of it', () => {
    const html = `<html><body><article></article>${PARAGRAPHS[0]}<br>${PARAGRAPHS[1]}</body></html>`
    assert.equal(parseHtmlArticle(html).text, `${PARAGRAPHS[0]} ${PARAGRAPHS[1]}`)
  })

  test('every JSON-LD author is named', () => {
    const ld = { '@type': 'NewsArticle', author: [{ name: 'Mara Lind' }, { name: 'Olle Berg' }, { name: 'Ina Falk' }] }
    assert.equal(parseHtmlArticle(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).byline, 'Mara Lind, Olle Berg and Ina Falk')
  })

  test('broken HTML (unclosed tags, broken JSON-LD) with real paragraphs is still read', () => {
    const article = parseHtmlArticle(readFileSync(fixture('broken.html'), 'utf8'))
    const paragraphs = article.text.split('\n\n')
    assert.ok(paragraphs.length >= 3)
    assert.match(paragraphs[0]!, /^A strong earthquake shook the northern coast/)
    assert.match(paragraphs[1]!, /^Emergency teams reached/)
    assert.match(paragraphs[2]!, /^Schools in the region will stay closed/)
    assert.equal(article.title, 'Quake shakes northern coast')
    assert.equal(article.outlet, 'Coastline Radio')
    assert.equal(article.published, '2024-03-05')
  })

  test('a short page with one or two sentences is still read', () => {
    assert.equal(parseHtmlArticle(page('', ['Police closed the bridge on Monday.', 'It reopens next week.'])).text,
      'Police closed the bridge on Monday.\n\nIt reopens next week.')
  })

  test('nested blocks are read once each, in page order: a paragraph in a quotation or a list item, a block opened in an unclosed paragraph', () => {
    const [first, second, third] = PARAGRAPHS as [string, string, string]
    const pages: ReadonlyArray<readonly [string, string]> = [
      ['a blockquote of paragraphs', `<article><p>${first}</p><blockquote><p>${third}</p></blockquote><p>${second}</p></article>`],
      ['a list item holding a paragraph', `<article><p>${first}</p><ul><li><p>${third}</p></li></ul><p>${second}</p></article>`],
      ['a div inside an unclosed paragraph', `<article><p>${first} <b>Update: <div>${third}</div><p>${second}</p></article>`],
    ]
    for (const [why, html] of pages) {
      const paragraphs = parseHtmlArticle(html).text.split('\n\n')
      for (const paragraph of PARAGRAPHS) assert.equal(paragraphs.filter((p) => p.includes(paragraph)).length, 1, `${why}: ${paragraph.slice(0, 30)}`)
      assert.ok(paragraphs.findIndex((p) => p.includes(third)) < paragraphs.findIndex((p) => p.includes(second)), why)
    }
  })

  test('text in a container beside its blocks is kept as a block of its own', () => {
    const text = parseHtmlArticle(`<article><div>${PARAGRAPHS[0]}<p>${PARAGRAPHS[1]}</p>${PARAGRAPHS[2]}</div></article>`).text
    assert.equal(text, PARAGRAPHS.join('\n\n'))
  })

  test('a fragment without <html> or <body> is read too', () => {
    assert.equal(parseHtmlArticle(`<article><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p></article>`).text, PARAGRAPHS.slice(0, 2).join('\n\n'))
  })

  // Pages with nothing to read: each must fail with E_INPUT_HTML, not return empty text.
  const empty: ReadonlyArray<readonly [string, string]> = [
    ['an empty string', ''],
    ['a script-built shell', '<html><head><title>App</title></head><body><div id="root"></div><script>render()</script></body></html>'],
    ['only white space in the body', '<html><body>  \n <div> </div></body></html>'],
  ]
  for (const [why, html] of empty) {
    test(`throws E_INPUT_HTML for ${why}`, () => {
      assert.throws(() => parseHtmlArticle(html), (error: unknown) => {
        assert.ok(error instanceof RashomonError)
        assert.equal(error.code, 'E_INPUT_HTML')
        return true
      })
    })
  }
})

describe('isoDate', () => {
  const cases: ReadonlyArray<readonly [string | undefined, string | undefined]> = [
    ['2023-02-18', '2023-02-18'],
    // The date as written, whatever the offset: the publisher's calendar day.
    ['2023-02-18T23:30:00-05:00', '2023-02-18'],
    ['Feb 18, 2023', '2023-02-18'],
    ['18 February 2023', '2023-02-18'],
    ['Sat, 18 Feb 2023 23:30:00 GMT', '2023-02-18'],
    // Not a full, valid date: no guess.
    ['2023', undefined],
    ['March 2023', undefined],
    ['2023-02-30', undefined],
    ['2023-13-01', undefined],
    ['Friday', undefined],
    ['', undefined],
    [undefined, undefined],
  ]
  for (const [input, expected] of cases) test(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(isoDate(input), expected))
})
