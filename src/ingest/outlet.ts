/**
 * @module ingest/outlet — which news organisation published an article, from what the text says.
 *
 * Sources, strongest first (ingest ranks them): a metadata header or the feed item's source, the
 * licence or copyright holder, an agency in the dateline, the outlet a byline credits, the site the
 * article links to, then the text itself ("told WION", "speaking exclusively to CNN",
 * "in an interview with the BBC", "WION spoke with"). A name only counts as an outlet when
 * it looks like one: an upper-case acronym or a name with a media word (News, Agency, Times...),
 * and when the text names it as the interviewer twice or in an exclusive of its own: named once
 * ("in an interview with the BBC"), it is another outlet cited, not the publisher. An outlet that
 * speaks of itself in the text's own voice ("The Daily Mail understands", "CNN has learned",
 * "WION has reached out to") is the publisher before any interviewer.
 */
import type { Evidence } from '../model/schema.js'

/** An outlet name with how it was found. */
export interface OutletGuess {
  readonly name: string
  readonly evidence: Evidence
}

const MEDIA_WORD =
  /\b(?:News|Agency|Times|Post|Press|Journal|Herald|Tribune|Telegraph|Guardian|Gazette|Television|TV|Radio|Broadcasting|Daily|Weekly|Express|Observer|Chronicle|Wire|Media|Channel|Magazine|Review|Courier|Newswire|Reuters|Bloomberg|Xinhua|Tass|Sputnik|Al Jazeera|Associated Press)\b/u
// Words of a name stay on one line and carry no full stop, so "WION.\n\nAnd" stops at "WION".
const NAME = String.raw`((?:the[ \t]+)?[A-Z][A-Za-z&'-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][A-Za-z&'-]*){0,4})`
const TEXT_CUES: readonly RegExp[] = [
  new RegExp(String.raw`\b[Ss]peaking\s+(?:exclusively\s+)?(?:to|with)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`\btold\s+${NAME}(?=\s+(?:in|on|during|that|this|last|,|\.))`, 'gu'),
  new RegExp(String.raw`\b[Ii]n\s+an?\s+(?:exclusive\s+)?interview\s+with\s+${NAME}`, 'gu'),
  new RegExp(String.raw`${NAME}\s+(?:spoke|talked)\s+(?:exclusively\s+)?(?:with|to)\b`, 'gu'),
  new RegExp(String.raw`\btold\s+${NAME}`, 'gu'),
]
/**
 * A cue that names the reporting outlet by itself: an exclusive ("speaking exclusively to WION",
 * "in an exclusive interview with") or the outlet as the one who spoke with someone ("WION spoke
 * with"). Any other cue ("told CNN", "in an interview with the BBC") as often cites another
 * outlet's interview, so its outlet must be named so twice.
 */
const OWN_INTERVIEW = /\bexclusive(?:ly)?\b|\s(?:spoke|talked)\s/u
/** "told CNN in an exclusive interview": the exclusive after the outlet's name. */
const EXCLUSIVE_AFTER = /^\s+in\s+an?\s+exclusive\s+interview\b/u
const CITED_ONLY_ONCE = 1
/** What only the publishing outlet says of itself: "The Daily Mail understands", "CNN has learned". */
const SELF_REPORT = new RegExp(String.raw`${NAME}\s+(?:understands|has\s+learn(?:ed|t)|can\s+(?:reveal|confirm)|has\s+(?:reached\s+out|contacted|asked)|reached\s+out)\b`, 'gu')

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
]
const BY_CODE = new Map(KNOWN_OUTLETS.flatMap(([name, codes]) => codes.map((code) => [code, name] as const)))

/** The outlet's name for a short code or domain a corpus gives ("hpo" → "HuffPost"); other names unchanged. Pure. */
export function expandOutletCode(given: string): string {
  return BY_CODE.get(given.trim().toLowerCase().replace(/^www\./u, '')) ?? given
}

/** Returns true when `name` reads like a news organisation's name. Pure. */
export function looksLikeOutlet(name: string): boolean {
  const bare = name.replace(/^the\s+/iu, '')
  return MEDIA_WORD.test(bare) || /^[A-Z]{2,6}(?:\s?\d{1,2})?$/u.test(bare)
}

/**
 * Returns the outlet the text names as the one reporting (one that speaks of itself, see
 * `SELF_REPORT`; else the most frequent candidate, named twice or in a cue of its own interview:
 * see `OWN_INTERVIEW`), or undefined. `notOutlets` holds names known to be something else (countries, organisations). Pure.
 */
export function outletFromText(text: string, notOutlets: (name: string) => boolean): OutletGuess | undefined {
  const self = selfReport(text, notOutlets)
  if (self) return self
  const votes = new Map<string, { count: number; start: number; end: number; own: boolean }>()
  // Several cues can match the same words ("told CNN in"): each place in the text votes once.
  const seen = new Set<number>()
  for (const cue of TEXT_CUES) {
    for (const m of text.matchAll(cue)) {
      const raw = m[1] ?? ''
      const name = outletNameIn(raw, notOutlets)
      if (name === undefined) continue
      const start = m.index + m[0].indexOf(raw)
      if (seen.has(start)) continue
      seen.add(start)
      const own = OWN_INTERVIEW.test(m[0]) || EXCLUSIVE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
      const vote = votes.get(name)
      if (vote) Object.assign(vote, { count: vote.count + 1, own: vote.own || own })
      else votes.set(name, { count: 1, start, end: start + raw.length, own })
    }
  }
  let best: [string, { count: number; start: number; end: number }] | undefined
  // Ties go to the outlet named first in the text, not to whichever cue pattern ran first.
  for (const entry of votes) {
    if (entry[1].count <= CITED_ONLY_ONCE && !entry[1].own) continue
    if (!best || entry[1].count > best[1].count || (entry[1].count === best[1].count && entry[1].start < best[1].start)) best = entry
  }
  if (!best) return undefined
  const [name, vote] = best
  return { name, evidence: { how: 'text', span: { start: vote.start, end: vote.end }, note: `named as the interviewing outlet ${vote.count} time(s)` } }
}

/** The outlet `raw` names ("the BBC" → "BBC"), or undefined when it names no outlet or something known to be else. Pure. */
function outletNameIn(raw: string, notOutlets: (name: string) => boolean): string | undefined {
  const name = raw.replace(/^the\s+/iu, '').replace(/[.'-]+$/u, '')
  return looksLikeOutlet(name) && !notOutlets(name) && !notOutlets(raw) ? name : undefined
}

/** The first outlet that speaks of itself in the text's own voice (`SELF_REPORT`), if any. Pure. */
function selfReport(text: string, notOutlets: (name: string) => boolean): OutletGuess | undefined {
  for (const m of text.matchAll(SELF_REPORT)) {
    const raw = m[1] ?? ''
    const name = outletNameIn(raw, notOutlets)
    if (name === undefined) continue
    const start = m.index + m[0].indexOf(raw)
    return { name, evidence: { how: 'text', span: { start, end: start + raw.length }, note: `names itself in its own voice ("${m[0].replace(/\s+/gu, ' ')}")` } }
  }
  return undefined
}
