/**
 * @module ingest/ingest — from the user's inputs (text, HTML, JSON, CSV, feeds) to `Article`s, with every boundary explained
 * and every input that could not be used listed with its reason.
 */
import type { Article, Boundary, Evidence, Skipped } from '../model/schema.js'
import type { Span } from '../model/span.js'
import { knownNotMedia } from '../knowledge/gazetteer.js'
import { isoDate, parseHtmlArticle } from './html.js'
import { detectLanguage, languageName } from './language.js'
import { expandOutletCode, looksLikeOutlet, outletFromText, type OutletGuess } from './outlet.js'
import { parseFeed } from './feeds.js'
import { readInputs, type DecodedInput, type Input, type InputKind } from './read-input.js'
import { parseCsvRecords, parseRecords, type RecordArticle } from './records.js'
import { splitStream, type SplitMode, type StreamArticle, type TextInput } from './stream.js'
import { topLinesOf, type NamedOutlet } from './top-lines.js'
import { firstPublished, stampsInParts, type DateStamp } from './date-stamp.js'
import { bylineLineOf, creditTrailer, findDatelines, type Byline, type HeaderMatch } from './text-signals.js'
import { reasonOf } from '../model/errors.js'

/** Options for reading inputs. */
export interface IngestOptions {
  /** How plain-text inputs are cut into articles. @default 'auto' */
  readonly split?: SplitMode
  /** Largest input file (or fetched page) read, in bytes. */
  readonly maxBytes?: number
  /** Fetch URLs on loopback and private-network addresses too (refused by default). */
  readonly allowPrivateUrls?: boolean
}

/** The articles ingest produced and what it could not use. */
export interface IngestResult {
  readonly articles: Article[]
  readonly boundaries: Boundary[]
  readonly skipped: Skipped[]
  readonly warnings: Skipped[]
}

/** Reads files, folders, URLs and files' bytes into articles. Never throws for a bad input: it is listed in `skipped`. */
export async function ingest(inputs: readonly Input[], options: IngestOptions = {}): Promise<IngestResult> {
  const read = await readInputs(inputs, options)
  const result = ingestDecoded(read.inputs, options.split ?? 'auto')
  return { ...result, skipped: [...read.skipped, ...result.skipped], warnings: [...read.warnings, ...result.warnings] }
}

/** Turns in-memory texts (treated as plain-text inputs) into articles. Pure. */
export function ingestTexts(texts: readonly TextInput[], split: SplitMode = 'auto'): IngestResult {
  return ingestDecoded(texts.map((t) => ({ ...t, kind: 'text' as const })), split)
}

/** What a record-like input's boundary says about where its article came from. */
const RECORD_EVIDENCE: Readonly<Record<Exclude<InputKind, 'text' | 'html'>, string>> = {
  json: 'one JSON record', jsonl: 'one JSON record', csv: 'one CSV row', feed: 'one feed item',
}

/** A page's own URL (canonical link, `og:url`), made absolute against the address it was fetched from. */
function pageUrl(declared: string | undefined, fetchedFrom: string | undefined): string | undefined {
  if (!fetchedFrom) return declared
  try {
    return new URL(declared ?? fetchedFrom, fetchedFrom).href
  } catch {
    return fetchedFrom
  }
}

/** A draft article before ids, language and outlet are settled. */
interface Draft {
  readonly stream: StreamArticle
  readonly input: string
  readonly outlet?: string | undefined
  readonly outletNote?: string | undefined
  readonly site?: string | undefined
  readonly published?: string | undefined
  readonly byline?: string | undefined
  readonly url?: string | undefined
  readonly title?: string | undefined
  readonly via: 'text' | 'html' | 'record'
}

function ingestDecoded(inputs: readonly DecodedInput[], split: SplitMode): IngestResult {
  const drafts: Draft[] = []
  const boundaries: Boundary[] = []
  const skipped: Skipped[] = []
  const warnings: Skipped[] = []
  const texts = inputs.filter((i) => i.kind === 'text')
  if (texts.length > 0) {
    const cut = splitStream(texts, split)
    boundaries.push(...cut.boundaries)
    for (const j of cut.joined) {
      warnings.push({
        input: j.input, code: 'E_INPUT_JOINED',
        reason: `runs on from ${j.after} as one article: the text shows no article boundary (headline, dateline, metadata header or licence footer) where it starts; pass --split files if each file is one article`,
      })
    }
    cut.articles.forEach((stream, i) => drafts.push({ stream, input: cut.boundaries[i]?.input ?? texts[0]!.name, via: 'text' }))
  }
  for (const input of inputs) {
    if (input.kind === 'html') {
      try {
        const page = parseHtmlArticle(input.text)
        drafts.push({ stream: single(input.name, page.text, 'html'), input: input.name, via: 'html', ...page, url: pageUrl(page.url, input.url) })
        boundaries.push({ input: input.name, inputOffset: 0, reason: 'record', evidence: 'one HTML page' })
      } catch (error) {
        skipped.push({ input: input.name, code: 'E_INPUT_HTML', reason: reasonOf(error) })
      }
    } else if (input.kind !== 'text') {
      let parsed: { articles: RecordArticle[]; skipped: Skipped[]; warnings?: Skipped[] }
      try {
        parsed = input.kind === 'feed' ? parseFeed(input.name, input.text)
          : input.kind === 'csv' ? parseCsvRecords(input.name, input.text)
          : parseRecords(input.name, input.text, input.kind === 'jsonl')
      } catch (error) {
        skipped.push({ input: input.name, code: 'E_INPUT_FORMAT', reason: reasonOf(error) })
        continue
      }
      skipped.push(...parsed.skipped)
      warnings.push(...(parsed.warnings ?? []))
      for (const record of parsed.articles) {
        const name = `${input.name}${record.label}`
        drafts.push({ stream: single(name, record.text, 'record'), input: name, via: 'record', ...record })
        boundaries.push({ input: name, inputOffset: 0, reason: 'record', evidence: RECORD_EVIDENCE[input.kind] })
      }
    }
  }
  const articles: Article[] = []
  for (const draft of drafts.map(withoutCredits)) {
    if (draft.stream.text.trim() === '') {
      skipped.push({ input: inputsOf(draft), code: 'E_INPUT_EMPTY', reason: 'no article text (only metadata or white space)' })
      continue
    }
    const language = detectLanguage(draft.stream.text)
    if (language !== 'eng' && language !== 'und') {
      skipped.push({
        input: inputsOf(draft), code: 'E_LANGUAGE_UNSUPPORTED',
        reason: `the text is in ${languageName(language)} (${language}); only English is analysed`,
      })
      continue
    }
    articles.push(toArticle(draft, articleId(articles.length), language))
  }
  return { articles, boundaries, skipped, warnings }
}

/** Every input a draft's text came from ("a.txt + b.txt" when a plain-text stream ran on across files), so a skip loses none of them. Pure. */
function inputsOf(draft: Draft): string {
  const names = [...new Set(draft.stream.provenance.map((p) => p.input))]
  return names.length > 1 ? names.join(' + ') : draft.input
}

/**
 * The draft without the wire credits its text ends with ("(Reporting by A; Editing by B)"), so their
 * names are not read as people in the story; the reporters become the byline when there is none. Pure.
 */
function withoutCredits(draft: Draft): Draft {
  const trailer = creditTrailer(draft.stream.text)
  if (!trailer) return draft
  const { footer, ...stream } = draft.stream
  const end = stream.text.slice(0, trailer.start).trimEnd().length
  const text = stream.text.slice(0, end)
  const provenance = stream.provenance.filter((p) => p.start < end).map((p) => (p.end > end ? { ...p, end } : p))
  return {
    ...draft,
    stream: { ...stream, text, provenance, ...(footer && footer.end <= end ? { footer } : {}) },
    ...(draft.byline === undefined && trailer.reporters ? { byline: trailer.reporters } : {}),
  }
}

function single(name: string, text: string, via: 'html' | 'record'): StreamArticle {
  return { text, provenance: [{ start: 0, end: text.length, input: name, inputOffset: 0, via }], headers: [] }
}

/** Lines that may stand above the dateline: a headline, a byline. */
const MAX_LINES_BEFORE_DATELINE = 3

/**
 * The agency of the dateline that opens the story ("LONDON (Reuters) -"), as the outlet; only a
 * headline or byline of a few lines may come before it, so an agency quoted deep in the text is no
 * outlet. Pure.
 */
function datelineAgency(text: string): OutletGuess | undefined {
  // The first dateline with an agency: an all-caps headline ("EXCLUSIVE - …") may match first.
  const dateline = findDatelines(text.slice(0, 400)).find((d) => d.agency)
  if (!dateline?.agency) return undefined
  if (text.slice(0, dateline.start).split('\n').filter((line) => line.trim() !== '').length > MAX_LINES_BEFORE_DATELINE) return undefined
  const start = text.indexOf(dateline.agency, dateline.start)
  return { name: dateline.agency, evidence: { how: 'text', span: { start, end: start + dateline.agency.length }, note: 'the agency named in the dateline' } }
}

/**
 * The article's outlet, strongest evidence first: given metadata, the licence holder, the agency in the
 * dateline, the outlet the byline credits, the outlet a top line names with the date ("The Harbour Voice,
 * 3 March 2024"), the site the record links to, then the text's own cues ("told WION"). Pure.
 */
function outletOf(draft: Draft, headerOutlet: string | undefined, bylineOutlet: string | undefined, topOutlet: NamedOutlet | undefined, given: Evidence): OutletGuess | undefined {
  const { stream } = draft
  const footer = stream.footer
  const named = headerOutlet ?? draft.outlet
  if (named) {
    const expanded = expandOutletCode(named)
    const note = expanded === named ? (headerOutlet ? undefined : draft.outletNote) : `expanded from the code "${named}"`
    return { name: expanded, evidence: note ? { ...given, note } : given }
  }
  if (footer?.holder && looksLikeOutlet(footer.holder)) return { name: footer.holder, evidence: { how: 'licence', span: { start: footer.start, end: footer.end } } }
  const site = draft.site === undefined ? undefined : { name: expandOutletCode(draft.site), evidence: { ...given, note: 'the site the article links to' } }
  const credit = bylineOutlet === undefined ? undefined : { name: expandOutletCode(bylineOutlet), evidence: { how: 'byline' as const, note: 'the outlet the byline credits' } }
  const top = topOutlet && { name: topOutlet.name, evidence: { how: 'text' as const, span: { start: topOutlet.start, end: topOutlet.end }, note: 'the outlet named with the date at the top' } }
  return datelineAgency(stream.text) ?? credit ?? top ?? site ?? outletFromText(stream.text, knownNotMedia)
}

/** A byline as given ("Jane Doe, Health correspondent") read like a "By …" line: its author(s), and the outlet it credits. Pure. */
function creditedByline(given: string | undefined): Byline | undefined {
  if (!given) return undefined
  return bylineLineOf(/^by\s/iu.test(given) ? given : `By ${given}`) ?? { names: given }
}

/** A date the top of an article shows: the stamp, and where it stands. */
interface ShownDate {
  readonly stamp: Pick<DateStamp, 'date' | 'updated'>
  readonly how: 'metadata' | 'byline' | 'text'
  readonly where: string
  readonly span?: Span
}

/** The dates the article's header lines show (date lines and byline lines, in text order), then the one its top lines show. Pure. */
function shownDates(headers: readonly HeaderMatch[], top: DateStamp | undefined): ShownDate[] {
  const shown: ShownDate[] = []
  for (const h of headers) {
    if (h.key === 'date' && h.unkeyed) shown.push({ stamp: { date: h.value, updated: h.updated === true }, how: 'metadata', where: 'on the date line over the story' })
    if (h.key === 'byline' && h.dated) shown.push({ stamp: h.dated, how: 'byline', where: 'on the byline line' })
  }
  if (top) shown.push({ stamp: top, how: 'text', where: 'at the top of the text', span: { start: top.start, end: top.end } })
  return shown
}

/**
 * The publication date: a date given as metadata (a keyed header, the data's own field), else the
 * first date shown at the top that dates the publication, else an update date, the note saying so. Pure.
 */
function publishedOf(given: string | undefined, evidence: Evidence, shown: readonly ShownDate[]): Article['published'] {
  if (given) return { date: given, evidence }
  const pick = shown.find((s) => !s.stamp.updated) ?? shown[0]
  if (!pick) return undefined
  const note = pick.stamp.updated ? `the date it was last updated, the only date ${pick.where}` : `the date ${pick.where}`
  return { date: pick.stamp.date, evidence: { how: pick.how, ...(pick.span ? { span: pick.span } : {}), note } }
}

/**
 * The date a keyed date header gives: its value as one date, else its first publication stamp, as when
 * the line goes on with an update ("Published: 09:12 EDT, 3 March 2024 | Updated: 11:40 EDT, 3 March 2024"). Pure.
 */
function keyedDateOf(value: string | undefined): string | undefined {
  return value === undefined ? undefined : isoDate(value) ?? firstPublished(stampsInParts(value))?.date
}

/** Returns "A", "B", ..., "Z", "AA", ...: short ids a reader can say aloud. Pure. */
export function articleId(index: number): string {
  let id = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) id = String.fromCharCode(65 + ((n - 1) % 26)) + id
  return id
}

function toArticle(draft: Draft, id: string, language: string): Article {
  const { stream } = draft
  const header = (key: string): string | undefined => stream.headers.find((h) => h.key === key)?.value
  const given: Evidence = { how: draft.via === 'text' ? 'metadata' : draft.via === 'html' ? 'html' : 'record' }
  const footer = stream.footer
  const title = header('title') ?? draft.title ?? stream.title
  const url = header('url') ?? draft.url
  const bylineHeader = stream.headers.find((h) => h.key === 'byline')
  const top = topLinesOf(stream.text)
  const credited = creditedByline(bylineHeader?.value ?? draft.byline) ?? top.byline
  const byline = credited?.names
  const keyedDate = stream.headers.find((h) => h.key === 'date' && !h.unkeyed)?.value
  const published = publishedOf(keyedDateOf(keyedDate) ?? draft.published, given, shownDates(stream.headers, top.published))
  const outlet = outletOf(draft, header('outlet'), bylineHeader?.outlet ?? credited?.outlet, top.outlet, given)
  return {
    id,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(byline ? { byline } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published } : {}),
    ...(footer?.licence
      ? { licence: { name: footer.licence, ...(footer.holder ? { holder: footer.holder } : {}), evidence: { how: 'licence' as const, span: { start: footer.start, end: footer.end } } } }
      : {}),
    language: { code: language, supported: true },
    text: stream.text,
    provenance: stream.provenance,
  }
}
