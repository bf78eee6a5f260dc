/**
 * @module ingest/outlet — which news organisation published an article, from what the text says.
 *
 * Sources, strongest first (ingest ranks them): a metadata header or the feed item's source, the
 * licence or copyright holder, an agency in the dateline, the outlet a byline credits, the site the
 * article links to, then the text itself. The text names the publisher first where it speaks of
 * itself in its own voice ("The Daily Mail understands", "CNN has learned", "WION spoke with the
 * minister", "WION has reached out to"); else where it names one outlet as the interviewer at least
 * twice ("told WION", "speaking exclusively to WION", "in an interview with the BBC"). Named once,
 * even in an exclusive ("told the Daily Mail in an exclusive interview"), it is as often another
 * outlet's interview cited, so it names no publisher. A name only
 * counts as an outlet when it looks like one: an upper-case acronym, a name with a media word
 * (News, Agency, Times...) or one ending with a newspaper's head word (Star, Voice, Ledger...); one that spoke with someone, or an interviewer, needs the media word or to be a known outlet.
 */
import type { Evidence } from '../model/schema.js'

/** An outlet name with how it was found. */
export interface OutletGuess {
  readonly name: string
  readonly evidence: Evidence
}

const MEDIA_WORD =
  /\b(?:News|Agency|Times|Post|Press|Journal|Herald|Tribune|Telegraph|Guardian|Gazette|Television|TV|Radio|Broadcasting|Broadcaster|Online|Daily|Weekly|Express|Observer|Chronicle|Wire|Media|Channel|Magazine|Review|Courier|Newswire|Reuters|Bloomberg|Xinhua|Tass|Sputnik|Al Jazeera|Associated Press)\b/u
/**
 * Words that head a newspaper's name only as its last word ("Toronto Star", "Oregon Voice", "Northern Ledger"):
 * inside a name they name something else ("Independent Commission", "Star Alliance", "Standard Chartered").
 */
const OUTLET_HEAD =
  /\b(?:Globe|Star|Examiner|Bee|Inquirer|Enquirer|Dispatch|Register|Courant|Voice|Ledger|Bulletin|Sentinel|Record|Mirror|Standard|Independent|Monitor|Advertiser|Sun|Mail)$/u
// Words of a name stay on one line and carry no full stop, so "WION.\n\nAnd" stops at "WION".
const NAME = String.raw`((?:the[ \t]+)?[A-Z][A-Za-z&'-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][A-Za-z&'-]*){0,4})`
/**
 * What only the publishing outlet says of itself: "The Daily Mail understands", "CNN has learned",
 * "WION spoke with", "The Post talked to"; not an interview given to it ("told WION").
 */
const SELF_REPORT = new RegExp(String.raw`${NAME}\s+(?:understands|has\s+learn(?:ed|t)|can\s+(?:reveal|confirm)|has\s+(?:reached\s+out|contacted|asked)|reached\s+out|((?:spoke|talked)\s+(?:exclusively\s+)?(?:with|to)))\b`, 'gu')

/** Where someone gives an outlet an interview: "told WION", "speaking (exclusively) to CNN", "in an (exclusive) interview with the BBC". */
const INTERVIEWER = new RegExp(String.raw`\b(?:told|[Ss]peaking\s+(?:exclusively\s+)?(?:to|with)|[Ii]n\s+an?\s+(?:exclusive\s+)?interview\s+with)\s+${NAME}`, 'gu')
/** How often the text must name an outlet as the interviewer for it to be the publisher. */
const INTERVIEWS_NAMING_PUBLISHER = 2

/** Short codes and domains corpora use for well-known outlets ("nyt", "foxnews.com"), with the outlet's name. */
const KNOWN_OUTLETS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['The New York Times', ['nyt', 'nytimes', 'nytimes.com']],
  ['Fox News', ['fox', 'foxnews', 'foxnews.com']],
  ['HuffPost', ['hpo', 'huffpost', 'huffingtonpost', 'huffpost.com', 'huffingtonpost.com']],
  ['The Washington Post', ['wapo', 'wpo', 'washingtonpost', 'washingtonpost.com']],
  ['The Wall Street Journal', ['wsj', 'wsj.com']],
  ['CNN', ['cnn', 'cnn.com']],
  ['BBC News', ['bbc', 'bbc.com', 'bbc.co.uk']],
  ['Reuters', ['reuters', 'reuters.com']],
  ['Associated Press', ['ap', 'apnews', 'apnews.com']],
  ['The Guardian', ['guardian', 'theguardian.com']],
  ['Breitbart News', ['breitbart', 'breitbart.com']],
  ['NPR', ['npr', 'npr.org']],
  ['Al Jazeera', ['aljazeera', 'aljazeera.com']],
  ['WION', ['wion', 'wionews.com']],
  ['NDTV', ['ndtv', 'ndtv.com']],
  ['CNBC', ['cnbc', 'cnbc.com']],
  ['MSNBC', ['msnbc', 'msnbc.com']],
  ['CBS News', ['cbs', 'cbsnews.com']],
  ['NBC News', ['nbc', 'nbcnews.com']],
  ['PBS', ['pbs', 'pbs.org']],
  ['Agence France-Presse', ['afp', 'afp.com']],
]
const BY_CODE = new Map(KNOWN_OUTLETS.flatMap(([name, codes]) => codes.map((code) => [code, name] as const)))

/** The outlet's name for a short code or domain a corpus gives ("hpo" → "HuffPost"); other names unchanged. Pure. */
export function expandOutletCode(given: string): string {
  return BY_CODE.get(given.trim().toLowerCase().replace(/^www\./u, '')) ?? given
}

/** Returns true when `name` is a well-known outlet's name or short code ("CNN", "The Guardian"). Pure. */
function isKnownOutlet(name: string): boolean {
  const bare = name.replace(/^the\s+/iu, '').toLowerCase()
  return BY_CODE.has(bare) || KNOWN_OUTLETS.some(([known]) => known.replace(/^the\s+/iu, '').toLowerCase() === bare)
}

/**
 * Returns true when `name` surely names a news organisation, not any body that speaks with people or is told things
 * ("The NTSB spoke with", "told the SEC"): it has a media word or is a known outlet. Pure.
 */
export function namesMedia(name: string): boolean {
  return MEDIA_WORD.test(name) || isKnownOutlet(name)
}

/** Returns true when `name` reads like a news organisation's name. Pure. */
export function looksLikeOutlet(name: string): boolean {
  const bare = name.replace(/^the\s+/iu, '')
  return MEDIA_WORD.test(bare) || OUTLET_HEAD.test(bare) || /^[A-Z]{2,6}(?:\s?\d{1,2})?$/u.test(bare)
}

/** The outlet `raw` names ("the BBC" → "BBC"), or undefined when it names no outlet or something known to be else. Pure. */
function outletNameIn(raw: string, notOutlets: (name: string) => boolean): string | undefined {
  const name = raw.replace(/^the\s+/iu, '').replace(/[.'-]+$/u, '')
  return looksLikeOutlet(name) && !notOutlets(name) && !notOutlets(raw) ? name : undefined
}

/**
 * Returns the outlet the text names as its publisher: the first that speaks of itself in the text's
 * own voice (`SELF_REPORT`), else the one named most often, and at least twice, as the interviewer
 * (`INTERVIEWER`; ties go to the one named first), or undefined. `notOutlets` holds names known to be
 * something else (countries, organisations). Pure.
 */
export function outletFromText(text: string, notOutlets: (name: string) => boolean): OutletGuess | undefined {
  for (const m of text.matchAll(SELF_REPORT)) {
    const raw = m[1] ?? ''
    const name = outletNameIn(raw, notOutlets)
    if (name === undefined) continue
    // Any body speaks with people ("The NTSB spoke with the pilots"): there an acronym must be a known outlet's.
    if (m[2] !== undefined && !namesMedia(name)) continue
    const start = m.index + m[0].indexOf(raw)
    return { name, evidence: { how: 'text', span: { start, end: start + raw.length }, note: `names itself in its own voice ("${m[0].replace(/\s+/gu, ' ')}")` } }
  }
  const interviews = new Map<string, { count: number; span: { start: number; end: number } }>()
  for (const m of text.matchAll(INTERVIEWER)) {
    const raw = m[1] ?? ''
    const name = outletNameIn(raw, notOutlets)
    // Any body is told things ("told the SEC"): an interviewer must be surely an outlet.
    if (name === undefined || !namesMedia(name)) continue
    const start = m.index + m[0].length - raw.length
    const seen = interviews.get(name)
    if (seen) seen.count++
    else interviews.set(name, { count: 1, span: { start, end: start + raw.length } })
  }
  let best: [string, { count: number; span: { start: number; end: number } }] | undefined
  for (const entry of interviews) if (!best || entry[1].count > best[1].count) best = entry
  if (!best || best[1].count < INTERVIEWS_NAMING_PUBLISHER) return undefined
  return { name: best[0], evidence: { how: 'text', span: best[1].span, note: `named as the interviewing outlet ${best[1].count} time(s)` } }
}
