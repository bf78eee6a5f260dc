/**
 * @module ingest/html — the article in an HTML page: main text by Mozilla Readability over a
 * linkedom DOM, and title, byline, outlet and date from meta tags and JSON-LD.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { RashomonError } from '../model/errors.js'
import { META_SEPARATOR } from './date-stamp.js'
import { bylineOf, collapseSpace, OPINION_LABELS, READING_TIME } from './text-signals.js'

/** The article fields an HTML page yields. */
export interface HtmlArticle {
  readonly text: string
  readonly title?: string
  readonly byline?: string
  readonly outlet?: string
  readonly published?: string
  readonly url?: string
}

/** Elements whose text is one block of the story. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre'])
/** Elements that hold blocks: a block ends where one opens or closes. */
const CONTAINERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'figure', 'hr'])
/** Elements whose text is never read. */
const UNREAD = new Set(['script', 'style', 'noscript', 'template'])
/** Containers whose loose text (outside a block) is no story: a table's cells. */
const NO_LOOSE_TEXT = new Set(['table'])

/**
 * Page parts that are never the story: photo captions and credits, cookie and consent banners,
 * newsroom call-outs ("Do you have information? Contact …"), donation, newsletter and subscription
 * appeals, reading-time stamps. Readability keeps some of them when they sit inside the article
 * element, so they go before it reads the page.
 */
const FURNITURE = [
  'figcaption', 'figure', '[role="dialog"]', '[aria-modal="true"]',
  ...['caption', 'credit', 'cookie', 'consent', 'gdpr', 'callout', 'call-out', 'editor-note', 'newsletter', 'promo',
    'donate', 'donation', 'subscribe', 'subscription', 'signup', 'sign-up', 'support-us', 'supportus', 'membership', 'paywall',
    'reading-time', 'read-time', 'readtime'].flatMap((w) => [`[class*="${w}"]`, `[id*="${w}"]`]),
].join(', ')
/** A part of the page holding more than this share of its text frames the story ("<body class='has-newsletter'>"): it is never furniture. */
const FRAME_SHARE = 0.5

/**
 * A reader appeal: "Independent journalism needs your support. Donate today", "Sign up for our free
 * newsletter", "Become a member". Addressed to the reader, so a story's own sentence about a charity
 * ("The fund asked people to donate") does not read as one.
 */
const APPEAL =
  /\b(?:(?:needs|relies on|depends on) (?:your|readers['’]?) support|support (?:us|our (?:journalism|reporting|work|newsroom))|(?:donate|subscribe|join us|sign up) (?:today|now|here)|(?:make|give) a (?:donation|gift|contribution)|(?:subscribe|sign up|register) (?:for|to) (?:our|the) |our (?:free )?(?:daily |weekly |morning |evening )?(?:newsletter|briefing)|in your inbox|become a (?:member|supporter|subscriber|patron)|(?:independent|quality|local|public-interest) journalism (?:needs|depends|relies))/iu
/** Longest block read as an appeal, in words. */
const APPEAL_WORDS = 40

/** A block that only stamps the page's time ("Published on 12/01/2026 at 09:48 GMT", "Updated 5:05pm"). */
const TIMESTAMP = /^(?:(?:first |last )?(?:published|posted|updated|modified)\b(?: on)?:?\s*)[^.!?]{0,60}?\d{1,4}[^.!?]{0,40}$/iu
/** A wire desk slug closing a story ("lb-md/dab", "jm/rw"): lower-case initials joined by / or -. */
const DESK_SLUG = /^[a-z]{1,4}(?:[-/][a-z]{1,4}){1,5}$/u

/** How many blocks at the top of the story may be page metadata rather than story. */
const TOP_BLOCKS = 4
/** A date alone on its line: "5 October 2026", "Tuesday 6 October 2026", "Oct. 5, 2026, 9:40 a.m. BST". */
const DATE_LINE =
  /^(?:\p{L}+day,?\s+)?(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2},?)\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?$/iu
/** A person's name alone: two to four capitalised words ("Luca Marini"). */
const NAME_ONLY = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|van|von|al|bin|da|di|la|le)){1,3}$/u
/** A one-word kicker over the headline ("Analysis", "Exclusive"). */
const KICKER = /^\p{Lu}[\p{L}-]+$/u

/** What the metadata lines at the top of a story say, and which of the top blocks they are. */
interface PageMeta {
  readonly dropped: ReadonlySet<number>
  readonly byline?: string
  /** The date a meta line gives ("By Mara Lind · 7 October 2026" → 2026-10-07). */
  readonly published?: string
  /** A kicker that is the outlet's own label for the piece ("Analysis"). */
  readonly label?: string
}

/**
 * The page metadata among the first `TOP_BLOCKS` blocks, which is no part of the story: a meta line
 * of a byline, a name, a date and a reading time ("By Mara Lind · 7 October 2026 · 4 min read",
 * "Luca Marini · Tuesday 6 October 2026", or what is left of one when the page's byline element has
 * gone: "· 7 October 2026 · 4 min read"), and a one-word kicker. The last block always stays. Pure.
 */
function pageMetaAtTop(blocks: readonly string[]): PageMeta {
  const dropped = new Set<number>()
  let byline: string | undefined
  let published: string | undefined
  let label: string | undefined
  for (let i = 0; i < Math.min(TOP_BLOCKS, blocks.length - 1); i++) {
    const block = blocks[i]!
    const parts = block.split(META_SEPARATOR).filter((part) => part !== '')
    const names = parts.map((part) => bylineOf(part) ?? (NAME_ONLY.test(part) && parts.length > 1 ? part : undefined))
    const stamped = parts.map((part) => TIMESTAMP.test(part))
    const dates = parts.map((part, j) => (stamped[j] || DATE_LINE.test(part) ? isoDate(part) : undefined))
    const isMeta = parts.length > 0 && parts.every((part, j) => names[j] !== undefined || dates[j] !== undefined || stamped[j] || READING_TIME.test(part))
    if (isMeta) {
      byline ??= names.find((n) => n !== undefined)
      published ??= dates.find((d) => d !== undefined)
    } else if (KICKER.test(block)) {
      if (OPINION_LABELS.includes(block.toLowerCase())) label ??= block
    } else continue
    dropped.add(i)
  }
  return { dropped, ...(byline ? { byline } : {}), ...(published ? { published } : {}), ...(label ? { label } : {}) }
}

/** The blocks without the reader appeals that close the page ("Independent journalism needs your support. Donate today"). Pure. */
function withoutTrailingAppeals(blocks: readonly string[]): readonly string[] {
  let end = blocks.length
  // The first block always stays: a page that is all appeal is no article, and says so.
  while (end > 1 && isAppeal(blocks[end - 1]!)) end--
  return blocks.slice(0, end)
}

/** A short block addressed to the reader asking for money, a subscription or a sign-up, with no quotation in it. Pure. */
function isAppeal(block: string): boolean {
  return APPEAL.test(block) && !/["“”]/u.test(block) && block.split(' ').length <= APPEAL_WORDS
}

/** Extracts the article from an HTML page; throws E_INPUT_HTML when the page has no readable text. Pure. */
export function parseHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(asDocument(html))
  const meta = readMeta(document)
  removeFurniture(document)
  // Readability mutates the DOM it reads, so it runs after the metadata has been taken.
  let parsed: ReturnType<Readability['parse']>
  try {
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse()
  } catch (error) {
    throw new RashomonError('E_INPUT_HTML', `the HTML could not be read: ${error instanceof Error ? error.message : String(error)}`, 'Check that the file is an HTML page.', { cause: error })
  }
  let text = ''
  let top: PageMeta | undefined
  if (parsed?.content) {
    const blocks = withoutTrailingAppeals(htmlBlocks(parsed.content).filter((block, i, all) => !TIMESTAMP.test(block) && !(i === all.length - 1 && DESK_SLUG.test(block))))
    top = pageMetaAtTop(blocks)
    const dropped = top.dropped
    text = blocks.filter((_, i) => !dropped.has(i)).join('\n\n')
  }
  if (text === '') throw new RashomonError('E_INPUT_HTML', 'no readable article text in the HTML', 'Check that the page holds the article itself, not a script-built shell or an index page.')
  const outlet = meta.outlet ?? parsed?.siteName ?? undefined
  const pageTitle = withoutSiteName(meta.title ?? parsed?.title ?? undefined, outlet)
  // A kicker that labels the piece ("Analysis") says what its title would: genre reads it there.
  const label = top?.label
  const title = label && pageTitle && !pageTitle.toLowerCase().startsWith(label.toLowerCase()) ? `${label}: ${pageTitle}` : pageTitle
  const byline = meta.byline ?? (parsed?.byline ? bylineOf(parsed.byline) ?? parsed.byline : top?.byline)
  const published = meta.published ?? top?.published
  return {
    text,
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published } : {}),
    ...(meta.url ? { url: meta.url } : {}),
  }
}

/** An element as furniture removal needs it. */
interface Removable { readonly textContent: string | null; remove(): void }

/** Removes the page's furniture (`FURNITURE`), except a part that holds most of the page's text, which frames the story. */
function removeFurniture(document: Doc): void {
  const pageLength = (document.body as { textContent: string | null } | null)?.textContent?.length ?? 0
  for (const el of Array.from(document.querySelectorAll(FURNITURE) as ArrayLike<Removable>)) {
    if ((el.textContent?.length ?? 0) <= FRAME_SHARE * pageLength) el.remove()
  }
}

/**
 * Returns the text of each block (paragraph, heading, list item…) of an HTML fragment, in page
 * order, white space collapsed. A block inside another one (a paragraph in a quotation or a list
 * item, a block opened in an unclosed paragraph) is read once, as a block of its own; text in a
 * container beside its blocks is a block too, and a fragment with no blocks ("Hello <b>world</b>")
 * is one. A line break parts words ("court.<br>Officials" is "court. Officials"). Pure; linear.
 */
export function htmlBlocks(fragment: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`)
  for (const br of Array.from(document.querySelectorAll('br') as ArrayLike<{ replaceWith(node: unknown): void }>)) br.replaceWith(document.createTextNode('\n'))
  const blocks: string[] = []
  let text = ''
  const flush = (): void => {
    const line = collapseSpace(text)
    if (line !== '') blocks.push(line)
    text = ''
  }
  let inBlock = 0
  let quiet = 0
  // An explicit stack, not recursion: broken pages nest unclosed tags thousands deep.
  const stack: Array<{ node: HtmlNode; leaving: boolean }> = [{ node: document.body as unknown as HtmlNode, leaving: false }]
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!
    if (node.nodeType === TEXT_NODE) {
      if (inBlock > 0 || quiet === 0) text += node.textContent ?? ''
      continue
    }
    const tag = (node.localName ?? '').toLowerCase()
    if (node.nodeType !== ELEMENT_NODE || UNREAD.has(tag)) continue
    const block = BLOCKS.has(tag)
    if (block || CONTAINERS.has(tag)) flush()
    const depth = leaving ? -1 : 1
    if (block) inBlock += depth
    if (NO_LOOSE_TEXT.has(tag)) quiet += depth
    if (leaving) continue
    stack.push({ node, leaving: true })
    const children = Array.from(node.childNodes)
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false })
  }
  flush()
  return blocks
}

/** A DOM node as `htmlBlocks` walks it. */
interface HtmlNode { readonly nodeType: number; readonly localName?: string | null; readonly textContent: string | null; readonly childNodes: ArrayLike<HtmlNode> }
const ELEMENT_NODE = 1
const TEXT_NODE = 3

/** The page title without a trailing " | Site" or " - Site" naming the outlet. Pure. */
function withoutSiteName(title: string | undefined, outlet: string | undefined): string | undefined {
  if (!title || !outlet) return title
  const m = /^(.+?)\s+[|–—-]\s+([^|–—-]+)$/u.exec(title)
  return m && m[2]!.trim().toLowerCase() === outlet.trim().toLowerCase() ? m[1] : title
}

/**
 * linkedom builds no document element for a fragment ("<article><p>…") or empty input, and
 * Readability then refuses the document: wrap such input in a page of its own.
 */
function asDocument(html: string): string {
  if (/<html[\s>]/iu.test(html)) return html
  if (/<(?:head|body)[\s>]/iu.test(html)) return `<!doctype html><html>${html}</html>`
  return `<!doctype html><html><head></head><body>${html}</body></html>`
}

interface Meta { title?: string | undefined; byline?: string | undefined; outlet?: string | undefined; published?: string | undefined; url?: string | undefined }

type Doc = ReturnType<typeof parseHTML>['document']

function readMeta(document: Doc): Meta {
  const content = (selector: string): string | undefined => {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim()
    return value ? value : undefined
  }
  const meta: Meta = {}
  for (const ld of jsonLd(document)) {
    meta.title ??= str(ld['headline'])
    meta.published ??= isoDate(str(ld['datePublished']))
    meta.outlet ??= nameOf(ld['publisher'])
    meta.byline ??= authorsOf(ld['author'])
  }
  meta.title ??= content('meta[property="og:title"]') ?? (document.querySelector('title')?.textContent?.trim() || undefined)
  meta.outlet ??= content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]')
  meta.byline ??= content('meta[name="author"]')
  meta.published ??= isoDate(content('meta[property="article:published_time"]') ?? content('meta[name="date"]') ??
    content('meta[name="pubdate"]') ?? content('meta[itemprop="datePublished"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined)
  meta.url ??= content('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined
  return meta
}

function jsonLd(document: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]') as ArrayLike<{ textContent: string | null }>)) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '')
      const items = Array.isArray(data) ? data : [data]
      for (const item of items) {
        if (item && typeof item === 'object') {
          const graph = (item as Record<string, unknown>)['@graph']
          if (Array.isArray(graph)) out.push(...graph.filter((g): g is Record<string, unknown> => !!g && typeof g === 'object'))
          else out.push(item as Record<string, unknown>)
        }
      }
    } catch {
      // A broken JSON-LD block is common on real pages; the meta tags are the fallback.
    }
  }
  return out
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}

/** A JSON-LD person or organisation: a string, `{name}`, or a list of them (the first counts). */
function nameOf(v: unknown): string | undefined {
  if (Array.isArray(v)) return nameOf(v[0])
  if (v && typeof v === 'object') return str((v as Record<string, unknown>)['name'])
  return str(v)
}

/** JSON-LD authors: one, or a list of them all named ("A, B and C"). */
function authorsOf(v: unknown): string | undefined {
  if (!Array.isArray(v)) return nameOf(v)
  const names = v.map(nameOf).filter((n): n is string => n !== undefined)
  return names.length > 0 ? [names.slice(0, -1).join(', '), names[names.length - 1]].filter(Boolean).join(' and ') : undefined
}

/**
 * Returns the `YYYY-MM-DD` a date string names, or undefined when it names no full, valid date.
 * An ISO date is taken as written (the publisher's own calendar day, whatever its time zone);
 * other forms ("Feb 18, 2023", "Sat, 18 Feb 2023 10:00:00 GMT") go through `Date.parse`. Pure.
 */
export function isoDate(v: string | undefined): string | undefined {
  if (!v) return undefined
  const m = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u.exec(v)
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]))
  // A bare year or month ("2023", "March 2023") is not a publication date.
  if (!/\b\d{1,2}\b/u.test(v.replace(/\b\d{4}\b/gu, '')) || !/\b\d{4}\b/u.test(v)) return undefined
  const t = Date.parse(v)
  if (Number.isNaN(t)) return undefined
  const d = new Date(t)
  // Without a time, Date.parse reads the day at local midnight: read it back in local time, so the
  // day does not shift in time zones east or west of UTC. With a time, UTC is the common ground.
  return /\d:\d{2}/u.test(v)
    ? validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
    : validDate(d.getFullYear(), d.getMonth() + 1, d.getDate())
}

function validDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
