/** @module ingest/feeds.test — articles from RSS and Atom feeds, and feeds that are broken. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { looksLikeFeed, parseFeed } from './feeds.js'

const FERRY = 'The island ferry returned to service on Monday after storms kept it in port for a week. ' +
  'Operators said extra sailings would clear the backlog of freight by Friday, and that fares would not rise this year. ' +
  'Passengers who missed crossings can claim a refund at the harbour office until the end of the month.'
const BRIDGE = 'Engineers closed the old river bridge on Tuesday after finding a crack in one of its piers. ' +
  'The city said the bridge would stay shut until repairs were finished, which could take until the spring. ' +
  'Buses will run a detour through the northern district, adding about ten minutes to the trip.'

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Island Wire News</title>
  <link>https://example.org/</link>
  <item>
    <title>Ferry back in service</title>
    <link>https://example.org/ferry</link>
    <pubDate>Tue, 05 Mar 2024 07:45:00 GMT</pubDate>
    <dc:creator>Mara Lind</dc:creator>
    <description>A short teaser.</description>
    <content:encoded><![CDATA[<p>${FERRY}</p><p>More &amp; later.</p>]]></content:encoded>
  </item>
  <item>
    <title>Bridge shut</title>
    <description>&lt;p&gt;${BRIDGE}&lt;/p&gt;</description>
  </item>
  <item><title>Only a title</title><link>https://example.org/t</link></item>
</channel>
</rss>
`

describe('parseFeed', () => {
  test('RSS 2.0: the fullest body (content:encoded over the teaser), read as HTML, with title, link, date, author and the feed title as outlet', () => {
    const feed = parseFeed('f.xml', RSS)
    assert.deepEqual(feed.articles[0], {
      text: `${FERRY}\n\nMore & later.`, label: '#item 1', title: 'Ferry back in service', outlet: 'Island Wire News', outletNote: "the feed's title (a single-publisher feed)",
      published: '2024-03-05', url: 'https://example.org/ferry', byline: 'Mara Lind',
    })
    // An escaped HTML description is read as HTML too.
    assert.deepEqual(feed.articles.map((a) => a.text), [`${FERRY}\n\nMore & later.`, BRIDGE])
  })

  test('an item with no text is skipped by its number and title; the feed is complete, so no warning', () => {
    const feed = parseFeed('f.xml', RSS)
    assert.deepEqual(feed.skipped.map((s) => `${s.input} ${s.code}`), ['f.xml#item 3 E_INPUT_FEED'])
    assert.match(feed.skipped[0]!.reason, /no article text in the item "Only a title"/)
    assert.deepEqual(feed.warnings, [])
  })

  test('a plain-text body keeps its paragraph breaks; white space inside a paragraph is collapsed', () => {
    const rss = `<rss version="2.0"><channel><title>Harbour Post</title><item><title>Ferry</title>
      <description>${FERRY}

        ${BRIDGE.replace('. ', '.\n   ')}</description></item></channel></rss>`
    assert.deepEqual(parseFeed('p.xml', rss).articles.map((a) => a.text), [`${FERRY}\n\n${BRIDGE}`])
  })

  test('Atom: entries with escaped HTML content, the link from its href, the date from published', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Radio</title>
      <entry><title>Bridge shut</title><link rel="alternate" href="https://example.org/b"/><published>2024-03-06T09:00:00Z</published>
      <author><name>Jon Berg</name></author><content type="html">&lt;p&gt;${BRIDGE}&lt;/p&gt;</content></entry></feed>`
    assert.deepEqual(parseFeed('a.atom', atom), {
      articles: [{ text: BRIDGE, label: '#item 1', title: 'Bridge shut', outlet: 'Valley Radio', outletNote: "the feed's title (a single-publisher feed)", published: '2024-03-06', url: 'https://example.org/b', byline: 'Jon Berg' }],
      skipped: [], warnings: [],
    })
  })

  test("an aggregator's feed: each item's own <source> (RSS) or <source><title> (Atom) is its outlet, never the feed's title", () => {
    const rss = `<rss version="2.0"><channel><title>Harbour Digest - aggregated</title><link>https://digest.example.org</link>
      <item><title>Ferry</title><link>https://news.ferrywire.com/a</link><source url="https://ferrywire.com">Ferry Wire</source><description>${FERRY}</description></item>
      <item><title>Bridge</title><link>https://www.valleyradio.co.uk/b</link><description>${BRIDGE}</description></item>
      <item><title>Bridge again</title><link>https://digest.example.org/c</link><description>${BRIDGE}</description></item>
    </channel></rss>`
    // The second item names no source: its link's site is a guess (ingest ranks it, before the text's cues); the
    // third links to the aggregator's own site, which says nothing of its publisher.
    assert.deepEqual(parseFeed('g.xml', rss).articles.map((a) => [a.outlet, a.outletNote, a.site]), [
      ['Ferry Wire', "the item's <source>", undefined], [undefined, undefined, 'valleyradio.co.uk'], [undefined, undefined, undefined],
    ])
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Digest</title>
      <entry><title>Bridge</title><source><id>x</id><title>Valley Radio</title></source><content type="html">&lt;p&gt;${BRIDGE}&lt;/p&gt;</content></entry></feed>`
    assert.equal(parseFeed('a.atom', atom).articles[0]!.outlet, 'Valley Radio')
  })

  test('a single-publisher feed whose items link to its sections keeps its title as their outlet', () => {
    const rss = `<rss><channel><title>Valley Radio</title><link>https://www.valleyradio.com/</link>
      <item><title>Ferry</title><link>https://news.valleyradio.com/a</link><description>${FERRY}</description></item>
      <item><title>Bridge</title><link>https://sport.valleyradio.com/b</link><description>${BRIDGE}</description></item></channel></rss>`
    assert.deepEqual(parseFeed('v.xml', rss).articles.map((a) => a.outlet), ['Valley Radio', 'Valley Radio'])
  })

  test('a short name under a country\'s domain is the site ("edition.cnn.de" and "www.cnn.de" are one); "co.uk" is a suffix', () => {
    const feed = (a: string, b: string): string => `<rss><channel><title>CNN Deutschland</title>
      <item><title>Ferry</title><link>${a}</link><description>${FERRY}</description></item>
      <item><title>Bridge</title><link>${b}</link><description>${BRIDGE}</description></item></channel></rss>`
    assert.deepEqual(parseFeed('c.xml', feed('https://edition.cnn.de/a', 'https://www.cnn.de/b')).articles.map((a) => a.outlet), ['CNN Deutschland', 'CNN Deutschland'])
    assert.deepEqual(parseFeed('c.xml', feed('https://news.bbc.co.uk/a', 'https://www.itv.co.uk/b')).articles.map((a) => a.site), ['bbc.co.uk', 'itv.co.uk'])
  })

  test('a teaser-only item is read, with a warning that the full article is elsewhere', () => {
    const feed = parseFeed('f.rss', `<rss><channel><item><title>T</title><link>https://example.org/x</link><description>Storms closed the port.</description></item></channel></rss>`)
    assert.equal(feed.articles.length, 1)
    assert.match(feed.warnings[0]!.reason, /only a 4-word summary in the feed; the full article is at https:\/\/example.org\/x/)
  })

  test('broken feeds: cut off, no items, not a feed at all: each said, never thrown', () => {
    const cut = parseFeed('f.xml', RSS.slice(0, RSS.indexOf('<item><title>Only')))
    assert.equal(cut.articles.length, 2)
    assert.match(cut.warnings[0]!.reason, /the feed is cut off \(no closing <\/rss>\): 2 item\(s\) read/)
    assert.match(parseFeed('f.xml', '<rss><channel><title>Empty</title></channel></rss>').skipped[0]!.reason, /no items/)
    assert.match(parseFeed('f.xml', '<?xml version="1.0"?><catalog><book/></catalog>').skipped[0]!.reason, /not an RSS or Atom feed: its root element is <catalog>/)
    assert.match(parseFeed('f.xml', 'just words').skipped[0]!.reason, /not an RSS or Atom feed/)
    assert.match(parseFeed('f.xml', '').skipped[0]!.reason, /not an RSS or Atom feed/)
  })

  test('an item whose CDATA never closes is skipped, saying which items it swallowed; the items before it are read', () => {
    const item = (title: string, body: string): string => `<item><title>${title}</title><description>${body}</description></item>`
    const xml = `<rss><channel><title>Island Wire News</title>${item('Ferry', FERRY)}${item('Broken', '<![CDATA[<p>Half a')}${item('Bridge', BRIDGE)}</channel></rss>`
    const feed = parseFeed('f.xml', xml)
    assert.deepEqual(feed.articles.map((a) => a.title), ['Ferry'])
    assert.deepEqual(feed.skipped, [{
      input: 'f.xml#item 2', code: 'E_INPUT_FEED',
      reason: "the item's text never closes (an unterminated CDATA section) and runs on to the end of the feed, taking the 1 item(s) after it; repair the feed to read them",
    }])
  })

  test('looksLikeFeed: RSS, Atom and RDF roots after a declaration or comment; HTML and prose are not feeds', () => {
    assert.ok(looksLikeFeed(RSS))
    assert.ok(looksLikeFeed('<!-- saved --><feed xmlns="http://www.w3.org/2005/Atom">'))
    assert.ok(looksLikeFeed('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="x">'))
    assert.ok(!looksLikeFeed('<!doctype html><html><body><p>Feed the birds</p></body></html>'))
    assert.ok(!looksLikeFeed('The feed was cut.'))
  })
})
