/**
 * @module ingest/feeds — articles from RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per
 * item or entry, its text from the fullest body the feed carries (`content:encoded`, Atom
 * `content`, then the description or summary), read as HTML; title, link, date and author kept as
 * metadata. The outlet is the item's own `<source>` (RSS) or `<source><title>` (Atom); the feed's title
 * only in a single-publisher feed. In an aggregator's feed (items with sources of their own, or links to
 * several sites) an item without a source has no outlet here: ingest takes the dateline's agency or the
 * byline's credit, then its link's host (`site`), then the text's own cues.
 */
import { DOMParser } from 'linkedom'
import type { Skipped } from '../model/schema.js'
import { htmlBlocks } from './html.js'
import { recordArticle, type RecordArticle } from './records.js'
import { collapseSpace } from './text-signals.js'

/** Root elements that make a document a feed. */
const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf'])
/** A feed's first element, after any XML declaration, comments and doctype. */
const FEED_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/iu

/** True when the text opens like an RSS or Atom feed. Pure. */
export function looksLikeFeed(text: string): boolean {
  return FEED_START.test(text.slice(0, 2048))
}

/** Fewest words an item's text needs to be read as an article rather than a teaser. */
const SUMMARY_WORDS = 40

/** The articles, the items that gave none and why, and caveats on the feed as a whole. */
export interface FeedArticles {
  readonly articles: RecordArticle[]
  readonly skipped: Skipped[]
  readonly warnings: Skipped[]
}

/** A DOM element as far as feeds need it. */
interface Node {
  readonly tagName: string
  readonly textContent: string | null
  readonly children: ArrayLike<Node>
  getAttribute(name: string): string | null
}

/** Parses a feed; never throws: a document that is no feed, or has no items, comes back as skipped. Pure. */
export function parseFeed(name: string, xml: string): FeedArticles {
  const none = (reason: string): FeedArticles => ({ articles: [], skipped: [{ input: name, code: 'E_INPUT_FEED', reason }], warnings: [] })
  const root = (new DOMParser().parseFromString(xml, 'text/xml') as { documentElement?: Node | null }).documentElement
  const rootName = root?.tagName.toLowerCase()
  if (!root || !rootName || !FEED_ROOTS.has(rootName)) {
    return none(rootName ? `not an RSS or Atom feed: its root element is <${root!.tagName}>` : 'not an RSS or Atom feed: no XML element found')
  }
  const channel = childrenOf(root).find((c) => tag(c) === 'channel')
  const feedTitle = text(childrenOf(channel ?? root).find((c) => tag(c) === 'title'))
  // RSS 2.0 nests its items in the channel; Atom and RSS 1.0 put them under the root.
  // Each item's fields, link and source, read once for the feed's tests and the item's article.
  const items: FeedItem[] = [...childrenOf(root), ...childrenOf(channel)].filter((c) => ['item', 'entry'].includes(tag(c))).map((item) => {
    const fields = childrenOf(item)
    return { fields, url: linkOf(fields), source: sourceOf(fields) }
  })
  if (items.length === 0) return none('the feed has no items (no <item> or <entry> elements)')
  const feedSite = siteOf(linkOf(childrenOf(channel ?? root)))
  const itemSites = new Set(items.map((item) => siteOf(item.url)).filter((site) => site !== undefined))
  // A feed that collects other publishers' items: its title names the collection, not their outlet.
  const aggregated = items.some((item) => item.source !== undefined) || itemSites.size > 1
  const out: FeedArticles = { articles: [], skipped: [], warnings: [] }
  // linkedom reads cut-off XML without complaint: the missing end tag is what shows it.
  if (!new RegExp(`</${root.tagName}\\s*>\\s*$`, 'iu').test(xml)) {
    out.warnings.push({ input: name, code: 'E_INPUT_FEED', reason: `the feed is cut off (no closing </${root.tagName}>): ${items.length} item(s) read, the last may be incomplete` })
  }
  items.forEach((item, i) => {
    const label = `#item ${i + 1}`
    const article = itemArticle(item, label, aggregated ? { feedSite } : { feedTitle })
    if (typeof article === 'string') out.skipped.push({ input: `${name}${label}`, code: 'E_INPUT_FEED', reason: article })
    else {
      const words = article.text.split(/\s+/u).length
      if (words < SUMMARY_WORDS) {
        out.warnings.push({ input: `${name}${label}`, code: 'E_INPUT_FEED', reason: `only a ${words}-word summary in the feed; the full article${article.url ? ` is at ${article.url}` : ' is not in it'}` })
      }
      out.articles.push(article)
    }
  })
  return out
}

/** An item's child elements, with its link and the publisher it names. */
interface FeedItem {
  readonly fields: readonly Node[]
  readonly url: string | undefined
  readonly source: string | undefined
}

/** What the feed as a whole says about its items' outlet: a single publisher's title, or an aggregator's own site (no item's outlet). */
type FeedOutlet = { readonly feedTitle: string | undefined } | { readonly feedSite: string | undefined }

/** The feed's own item tags inside an item's text: an unclosed CDATA section ran on, swallowing the rest of the feed. */
const ITEM_START = /<(?:item|entry)[\s>]/giu
const ITEM_END = /<\/(?:item|entry)\s*>/iu

function itemArticle({ fields, url, source }: FeedItem, label: string, feed: FeedOutlet): RecordArticle | string {
  const field = (...names: string[]): Node | undefined => {
    for (const n of names) {
      const found = fields.find((c) => tag(c) === n && text(c))
      if (found) return found
    }
    return undefined
  }
  const body = field('content:encoded', 'content', 'description', 'summary')?.textContent ?? ''
  if (ITEM_END.test(body)) {
    const lost = body.match(ITEM_START)?.length ?? 0
    return `the item's text never closes (an unterminated CDATA section) and runs on to the end of the feed${lost > 0 ? `, taking the ${lost} item(s) after it` : ''}; repair the feed to read ${lost > 0 ? 'them' : 'it'}`
  }
  const title = text(field('title'))
  const bodyText = bodyOf(body)
  if (!bodyText) return `no article text in the item${title ? ` "${title}"` : ''}: only ${fields.map(tag).join(', ') || 'nothing'}`
  const outlet = source ? { outlet: source, outletNote: "the item's <source>" }
    : 'feedTitle' in feed ? (feed.feedTitle ? { outlet: feed.feedTitle, outletNote: "the feed's title (a single-publisher feed)" } : {})
    : {}
  const site = !source && 'feedSite' in feed ? siteOf(url) : undefined
  // The shared record reader assembles the fields and reads the date, as for JSON and CSV corpora.
  const article = recordArticle({
    text: bodyText, title, url,
    date: text(field('pubdate', 'published', 'dc:date', 'updated')), byline: text(field('dc:creator', 'author')),
  }, label)
  // The aggregator's own site is no evidence of the item's publisher.
  return typeof article === 'string' ? article : { ...article, ...outlet, ...(site && 'feedSite' in feed && site !== feed.feedSite ? { site } : {}) }
}

/** The publisher an aggregated item names: RSS `<source url="…">Name</source>`, Atom `<source><title>Name</title></source>`. */
function sourceOf(fields: readonly Node[]): string | undefined {
  const source = fields.find((c) => tag(c) === 'source')
  if (!source) return undefined
  const title = childrenOf(source).find((c) => tag(c) === 'title')
  return childrenOf(source).length > 0 ? text(title) : text(source)
}

/**
 * The site a link is on: its host's registered domain ("https://edition.example.com/a" → "example.com",
 * "news.example.co.uk" → "example.co.uk"), so one publisher's sections count as one site; undefined for no URL.
 */
function siteOf(url: string | undefined): string | undefined {
  let host: string
  try {
    host = new URL(url ?? '').hostname
  } catch {
    return undefined
  }
  const labels = host.split('.').filter(Boolean)
  // A country's second level ("co.uk", "com.au", "ac.jp") is part of the suffix, not the name; a short
  // name under a country's domain ("cnn.de", "faz.net") is the name.
  const suffix = labels.length > 2 && labels.at(-1)!.length === 2 && COUNTRY_SECOND_LEVEL.has(labels.at(-2)!.toLowerCase()) ? 3 : 2
  return labels.slice(-suffix).join('.') || undefined
}

/** The second levels countries register names under: "bbc.co.uk", "abc.net.au", "yomiuri.co.jp". */
const COUNTRY_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'gob', 'gouv', 'govt', 'ac', 'edu', 'mil', 'ne', 'or', 'go', 'nic', 'ltd', 'plc', 'sch', 'nhs', 'info', 'biz', 'nom', 'web'])

/** The item's link: RSS's text, or the href of Atom's `<link/>` to the page itself (rel "alternate" or none). */
function linkOf(fields: readonly Node[]): string | undefined {
  for (const link of fields.filter((c) => tag(c) === 'link')) {
    const rel = link.getAttribute('rel')
    const url = text(link) ?? (rel === null || rel === 'alternate' ? link.getAttribute('href') : null)
    if (url) return url
  }
  return undefined
}

/** A body is HTML (escaped or in CDATA) in most feeds, plain text in some; a plain body keeps its blank-line paragraph breaks. */
function bodyOf(body: string): string {
  if (/<[a-z][^>]*>/iu.test(body)) return htmlBlocks(body).join('\n\n')
  return body.split(/\n\s*\n/u).map(collapseSpace).filter(Boolean).join('\n\n')
}

function childrenOf(node: Node | undefined): Node[] {
  return node ? Array.from(node.children) : []
}

function tag(node: Node): string {
  return node.tagName.toLowerCase()
}

/** The element's text, white space collapsed; undefined when there is none (Atom's `<link href="…"/>`). */
function text(node: Node | undefined): string | undefined {
  return collapseSpace(node?.textContent ?? '') || undefined
}
