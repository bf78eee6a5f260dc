/** @module analyze/facets/count — counts written in words or digits, as comparable ranges. */

/** A count as a comparable value: "1", "2", "12+" (at least twelve), "1+" (some), "<18000" (fewer than 18,000). */
export interface Count {
  readonly value: string
  readonly label: string
  readonly min: number
  readonly max: number
}

/** Words that name a number below a hundred on their own; a ten also takes a unit after a hyphen ("forty-one"). */
const BELOW_HUNDRED: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}
const WORDS: Readonly<Record<string, number>> = {
  ...BELOW_HUNDRED, a: 1, an: 1, another: 1, dozens: 24, scores: 40, hundreds: 200, 'several hundred': 300, 'a few hundred': 200,
  thousands: 2000, 'tens of thousands': 20000, 'hundreds of thousands': 200000, several: 3, 'a few': 2, others: 1,
}
/** Words whose number is a lower bound rather than an exact figure. */
const AT_LEAST = new Set(['others'])
/** Words of vague size, up to the next order: "dozens" is not a hundred, "several" not ten; "several thousand" not ten thousand. */
const VAGUE_MAX: Readonly<Record<string, number>> = {
  dozens: 99, scores: 99, hundreds: 999, 'several hundred': 999, 'a few hundred': 999, thousands: 9999,
  'tens of thousands': 99999, 'hundreds of thousands': 999999, several: 9, 'a few': 9,
}

/** The words below a hundred as a regex alternation, longer words before their prefixes ("seventy", "seventeen" before "seven"). */
export const BELOW_HUNDRED_WORD = (() => {
  const byLength = Object.keys(BELOW_HUNDRED).sort((a, b) => b.length - a.length)
  const units = byLength.filter((w) => BELOW_HUNDRED[w]! < 10).join('|')
  const tens = byLength.filter((w) => BELOW_HUNDRED[w]! >= 20).join('|')
  return `(?:${tens})(?:-(?:${units})\\b)?|${byLength.filter((w) => BELOW_HUNDRED[w]! < 20).join('|')}`
})()
/**
 * Counts in words that `parseCount` reads, as a regex alternation, longer forms first: "two hundred
 * and fifty", "twelve hundred", "several hundred", "three dozen", "a few", "forty-one", "tens of thousands", "dozens".
 * The casualty patterns try it at every word: the number word is read once before its "hundred" or
 * "dozen", and a look at the first letter (the letters these words start with) rejects most words at
 * once; the facets stage ran a third slower with the alternation spelled out. Matches as that did.
 */
export const COUNT_IN_WORDS = String.raw`(?=[adefhnost])(?:(?:${BELOW_HUNDRED_WORD})(?:\s+hundred(?:\s+and\s+(?:${BELOW_HUNDRED_WORD}))?|\s+dozen)?|an?\s+(?:hundred(?:\s+and\s+(?:${BELOW_HUNDRED_WORD}))?|dozen)|(?:several|a\s+few)(?:\s+hundred)?|tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands)`

/** Words that multiply the figure before them, and their short forms in money amounts ("$2bn", "£1.2m"). */
// South Asian amounts count in lakhs (100,000) and crores (10 million): "₹450 crore" is ₹4.5 billion.
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, m: 1e6, mn: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, bn: 1e9, trillion: 1e12 }
/** The keys of `SCALE` as a regex alternation, longer words before their prefixes ("mn" before "m"). */
export const SCALE_WORD = 'thousand|million|billion|trillion|crores|crore|lakhs|lakh|bn|mn|m|k'

/** Words that qualify a count ("at least 3", "more than a dozen"), as a regex alternation with single spaces. */
export const COUNT_QUALIFIER = 'fewer than|less than|at least|more than|more|over|about|around|roughly|nearly|almost|close to|as many as|up to|some'
/** Qualifiers that put a figure about the one written: "about 600", "close to 2,000". */
const APPROXIMATE = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'close to', 'as many as', 'some'])

/**
 * Parses "at least 3", "more than a dozen", "two", "others", "about 1.2 million" into a range;
 * undefined when it is no count. A scaled figure stands for every figure that rounds to it:
 * "3.4 million" is 3.35 to 3.45 million, so "13 million" and "13.3 million" agree. Pure.
 */
const COUNT_PHRASE = new RegExp(`^(?:(${COUNT_QUALIFIER}) )?(.+?)(?: ?(${SCALE_WORD}))?$`, 'u')

export function parseCount(raw: string): Count | undefined {
  const phrase = raw.toLowerCase().replace(/\s+of$/u, '').replace(/\s+/gu, ' ').trim()
  const spanned = SPANNED.exec(phrase)
  const span = spanned ? spannedCount(spanned, phrase) : undefined
  if (span) return span
  const m = COUNT_PHRASE.exec(phrase)
  if (!m) return undefined
  const [, qualifier, word = '', scale] = m
  const digits = /^\d[\d,]*(?:\.(\d+))?$/u.exec(word)
  const base = digits ? Number(word.replace(/,/gu, '')) : WORDS[word] ?? numberInWords(word)
  if (base === undefined || Number.isNaN(base)) return undefined
  const factor = scale === undefined ? 1 : SCALE[scale]!
  const n = scale === undefined ? base : Math.round(base * factor)
  const open = AT_LEAST.has(word) || qualifier === 'at least' || qualifier === 'more than' || qualifier === 'more' || qualifier === 'over'
  // "fewer than 18,000": an upper bound, kept as such ("<18000"), as "at least 17" keeps its lower one.
  if (qualifier === 'fewer than' || qualifier === 'less than') return { value: `<${n}`, label: phrase, min: 0, max: n - 1 }
  const approximate = qualifier !== undefined && APPROXIMATE.has(qualifier)
  const vague = qualifier === undefined ? VAGUE_MAX[word] : undefined
  // "several thousand" is vague in thousands: 3,000 to 9,999, not "3 thousand" rounded.
  const rounding = qualifier === undefined && scale !== undefined && vague === undefined ? Math.round(0.5 * factor / 10 ** (digits?.[1]?.length ?? 0)) : 0
  const about = approximate ? aboutRange(n) : undefined
  // "up to 3,000" is about 3,000 at most, not any figure from none, which would agree with "about 1,500".
  const min = qualifier === 'more than' || qualifier === 'more' || qualifier === 'over' ? n + 1 : about ? about.min : qualifier === 'up to' ? Math.floor(n * 0.8) : n - rounding
  const max = open ? Number.POSITIVE_INFINITY : vague !== undefined ? (vague + 1) * factor - 1 : about ? about.max : n + rounding
  return countOf(phrase, min, max)
}

/**
 * The figures "about N" stands for: N rounded, a twentieth either side and at least one ("about 600" is 570 to 630,
 * "about 10" 9 to 11), as an "about" area or sum is. Wider, "about 600" would agree with "more than 700", and
 * "about 9,000" with "about 11,000": a reader takes those for two figures. Pure.
 */
export function aboutRange(n: number): { min: number; max: number } {
  // n / 20, not n * 0.05, which leaves a floating-point remainder that the ceiling would round up ("about 600" to 631).
  return { min: Math.floor(n - n / 20), max: Math.ceil(n + n / 20) }
}

/** A range as a facet value: "12+" when open-ended, "7", "7-9". Pure. */
export function rangeValue({ min, max }: { min: number; max: number }): string {
  return max === Number.POSITIVE_INFINITY ? `${min}+` : min === max ? String(min) : `${min}-${max}`
}

function countOf(label: string, min: number, max: number): Count {
  return { value: rangeValue({ min, max }), label, min, max }
}

/** A span of figures ("between 120 and 130", "120 to 130") or an open one ("50 or more"). */
const SPANNED = /^(?:between )?(?<low>[\d,]+|[a-z]+(?:-[a-z]+)?) (?:(?:and|to) (?<high>[\d,]+|[a-z]+(?:-[a-z]+)?)|(?<open>or more))$/u

/** The range of a span of figures; undefined when its ends are no counts or out of order. Pure. */
function spannedCount(m: RegExpExecArray, phrase: string): Count | undefined {
  const { low = '', high, open } = m.groups ?? {}
  const min = parseCount(low)
  if (!min || min.min !== min.max) return undefined
  if (open) return countOf(phrase, min.min, Number.POSITIVE_INFINITY)
  const max = parseCount(high ?? '')
  if (!max || max.min !== max.max || max.max <= min.min) return undefined
  return countOf(phrase, min.min, max.max)
}

/** A number below a hundred in words: "a", "seven", "twelve", "forty-one" (tens and a unit joined by a hyphen). Pure. */
function belowHundred(word: string): number | undefined {
  if (word === 'a' || word === 'an') return 1
  const [tens = '', unit, extra] = word.split('-')
  const t = BELOW_HUNDRED[tens]
  if (unit === undefined) return t
  const u = BELOW_HUNDRED[unit]
  return extra === undefined && t !== undefined && t >= 20 && u !== undefined && u <= 9 ? t + u : undefined
}

/** A number in words: "forty-one" 41, "two hundred and fifty" 250, "twelve hundred" 1200, "three dozen" 36. Pure. */
function numberInWords(word: string): number | undefined {
  const times = /^(.+) (hundred|dozen)(?: and (.+))?$/u.exec(word)
  if (!times) return belowHundred(word)
  const [, multiple = '', unit, rest] = times
  const n = belowHundred(multiple)
  const plus = rest === undefined ? 0 : unit === 'hundred' ? belowHundred(rest) : undefined
  return n === undefined || plus === undefined ? undefined : n * (unit === 'hundred' ? 100 : 12) + plus
}

/** Parses a value written by `parseCount` back into its range. Pure. */
export function rangeOf(value: string): { min: number; max: number } | undefined {
  let m = /^(\d+)\+$/u.exec(value)
  if (m) return { min: Number(m[1]), max: Number.POSITIVE_INFINITY }
  m = /^<(\d+)$/u.exec(value)
  if (m) return { min: 0, max: Number(m[1]) - 1 }
  m = /^(\d+)-(\d+)$/u.exec(value)
  if (m) return { min: Number(m[1]), max: Number(m[2]) }
  m = /^(\d+)$/u.exec(value)
  return m ? { min: Number(m[1]), max: Number(m[1]) } : undefined
}

/**
 * The range a reader takes a count value to state. "At least 17" gives 17 as the toll confirmed so
 * far: it agrees with "17" or "18" (a toll being counted may rise a little), but a source giving
 * 31, or "at least 31", disputes it, whatever the logic of "at least" allows. "Some" (1+) states no figure. Pure.
 */
export function statedRange(value: string): { min: number; max: number } | undefined {
  const range = rangeOf(value)
  // "Fewer than 18,000" states a figure a little under 18,000, as "at least 17" one a little over 17.
  if (range && value.startsWith('<')) return { min: Math.floor((range.max + 1) / 1.2), max: range.max }
  if (!range || range.max !== Number.POSITIVE_INFINITY || range.min <= 1) return range
  return { min: range.min, max: Math.ceil(range.min * 1.2) }
}

/**
 * The range a level written as a percentage stands for: "6.1" is every figure that rounds to it
 * (6.05 to 6.15), so "6%" and "6.4%" agree and "6.1%" and "6.4%" do not; "6.1+" is above 6.1 and
 * "<6.1" below it. Pure.
 */
export function levelRange(value: string): { min: number; max: number } | undefined {
  const m = /^(<)?(-?\d+(?:\.(\d+))?)(\+)?$/u.exec(value)
  if (!m) return undefined
  const n = Number(m[2])
  if (m[1]) return { min: Number.NEGATIVE_INFINITY, max: n }
  if (m[4]) return { min: n, max: Number.POSITIVE_INFINITY }
  // In units of the last decimal written, so that 6.1 is 6.05 to 6.15 without a floating-point remainder.
  const unit = 10 ** (m[3]?.length ?? 0)
  return { min: (Math.round(n * unit) - 0.5) / unit, max: (Math.round(n * unit) + 0.5) / unit }
}

/** A figure with the noun it counts or measures: "about 5,000 protesters", "a 7.2 magnitude quake", "magnitude 6.8". */
export interface Quantity {
  /**
   * What is counted: the noun, singular and lower case ("protester", "magnitude"), and what befell those counted when
   * the words say ("people killed", "soldier injured"): three dead and five injured are no two accounts of one figure.
   */
  readonly head: string
  readonly min: number
  readonly max: number
  /** Offsets of the figure and its noun in the text given. */
  readonly start: number
  readonly end: number
  /** True for a figure of change ("lost nearly 60 seats", "picked up six seats"), which no level ("holds 240 seats") disputes. */
  readonly change: boolean
}

const QUALIFIER = String.raw`(?:(at\s+least|more\s+than|over|about|around|roughly|nearly|almost|close\s+to|up\s+to|some)\s+)?`
const FIGURE = String.raw`(?<![\d.,$£€¥/])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion))?`
/**
 * A figure before its noun ("50,000 protesters", "6.8-magnitude"), or a measure before its figure
 * ("magnitude 7.2"). The noun is looked ahead at, so a skipped figure ("in 2019 about 5,000") does not consume the next one.
 */
const QUANTITY = new RegExp(String.raw`\b${QUALIFIER}${FIGURE}(?=([\s-]+)([a-z][a-z-]*))|\b(magnitude)[\s-]+${QUALIFIER}${FIGURE}`, 'giu')
/** Words after a figure that are no noun it counts, or that count time, where two figures are seldom one fact. */
const NOT_A_HEAD = new Set([
  'of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'per', 'from', 'with', 'as', 'than', 'the', 'a', 'an', 'was', 'were',
  'is', 'are', 'has', 'have', 'had', 'will', 'would', 'am', 'pm', 'a-m', 'p-m', 'times', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second',
])

/** A month's name or its abbreviation, capitalised: a figure next to one is the day of a date ("Sept. 11 hijackers", "19 Sept."). */
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
/**
 * A month just before a figure, with the word before it when that word makes the month a time ("In
 * March 12 people died"); "since", "by" and "until" take a date ("Since March 12 protesters have").
 */
const MONTH_BEFORE = new RegExp(String.raw`(?:\b([Ii]n|[Ll]ast|[Tt]his|[Nn]ext)\s+)?\b${MONTH}\.?\s+$`, 'u')
const MONTH_WORD = new RegExp(String.raw`^${MONTH}$`, 'u')

/** Words before a figure that make it a change, not a level: "lost", "picked up just", "rose by", "fell", "was down". */
const CHANGE_BEFORE = /\b(?:lost|lose|loses|losing|gained|gain|gains|gaining|(?:picked|pick|picks|picking)\s+up|added|adds|adding|shed|sheds|shedding|flipped|flips|flipping|(?:rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|climbed|declined)(?:\s+by)?|(?:up|down)\s+by|(?:is|was|are|were|been)\s+(?:up|down)|another|a\s+further|an\s+additional|an\s+extra)\s+(?:(?:just|only)\s+)?$/iu

/** The figures in `text` with the noun each counts; years, days of dates ("9/11 victims", "the Sept. 11 attacks") and money are left out. Pure. */
export function quantitiesIn(text: string): Quantity[] {
  const out: Quantity[] = []
  for (const m of text.matchAll(QUANTITY)) {
    const [, qualifier, digits = '', scale, gap = '', noun = '', measure, qualifierAfter, digitsAfter, scaleAfter] = m
    const head = singular(measure ?? noun)
    const figure = measure ? digitsAfter ?? '' : digits
    if (NOT_A_HEAD.has(head) || (/^(?:19|20)\d\d$/u.test(figure) && !measure)) continue
    const scaleWord = scale ?? scaleAfter ?? ''
    if (!measure && (MONTH_WORD.test(noun) || isDayAfterMonth(text.slice(Math.max(0, m.index - 24), m.index), figure, scaleWord))) continue
    const written = parseCount(`${qualifier ?? qualifierAfter ?? ''} ${figure} ${scaleWord}`.trim())
    if (!written) continue
    const count = APPROXIMATE.has((qualifier ?? qualifierAfter ?? '').toLowerCase().replace(/\s+/gu, ' ')) ? hedgedRange(figure, scaleWord, written) : written
    // "More than 1,200" may be the same count another outlet rounds to "1,200": the figure itself stays in.
    const min = Math.min(count.min, Number(figure.replace(/,/gu, '')) * (SCALE[scaleWord] ?? 1))
    const change = CHANGE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))
    const end = m.index + m[0].length + gap.length + noun.length
    const fate = measure ? undefined : fateAround(text, m.index, end)
    out.push({ head: fate ? `${head} ${fate}` : head, min, max: count.max, start: m.index, end, change })
  }
  return out
}

/** The most a hedge widens a figure by, as a share of it: "about 10" is no 6. */
export const MOST_HEDGED = 0.25

/**
 * The figures a hedged figure ("around 2 million", "about 600") stands for: all that round to it at
 * the precision written (half its last significant digit: 1.5 to 2.5 million, 550 to 650), up to a
 * quarter of it, and never less than its twentieth either side (`aboutRange`). A writer rounds 1.8
 * million to "around 2 million"; an exact "2.4 million" is no 1.8 million. Pure.
 */
function hedgedRange(figure: string, scaleWord: string, about: { min: number; max: number }): { min: number; max: number } {
  const plain = figure.replace(/,/gu, '')
  const n = Number(plain) * (SCALE[scaleWord] ?? 1)
  const decimals = /\.(\d+)$/u.exec(plain)?.[1]?.length ?? 0
  const zeros = decimals > 0 ? 0 : /0*$/u.exec(plain)?.[0].length ?? 0
  const half = Math.min((10 ** (zeros - decimals) * (SCALE[scaleWord] ?? 1)) / 2, n * MOST_HEDGED)
  return { min: Math.min(about.min, n - half), max: Math.max(about.max, n + half) }
}

/** What can befall people counted, by the words that tell it: "killing", "were wounded", "left … dead". */
const FATES: ReadonlyArray<readonly [string, RegExp]> = [
  ['killed', /^(?:kill(?:s|ed|ing)?|dead|die[sd]?|dying|slain|murdered|perished)$/u],
  ['injured', /^(?:injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|hurt)$/u],
  ['arrested', /^(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|jailed|apprehended)$/u],
  ['missing', /^missing$/u],
  ['evacuated', /^(?:evacuat(?:e|es|ed|ing)|displaced)$/u],
  ['rescued', /^(?:rescu(?:e|es|ed|ing)|freed|released)$/u],
]
/** The verb right before a figure ("killed at least 3 people"): group 1. */
const VERB_BEFORE_FIGURE = /\b([a-z]+)\s+$/iu
/** The word after a counted noun, past auxiliaries ("3 people were killed", "7 villagers dead"): group 1. */
const WORD_AFTER_NOUN = /^\s+(?:(?:were|was|are|is|have|has|had|been|being|reportedly|also|later|still|all)\s+)*([a-z]+)/iu

/** What befell those a figure counts, from the verb before it or the word after its noun; undefined when neither tells. Pure. */
function fateAround(text: string, start: number, end: number): string | undefined {
  const words = [VERB_BEFORE_FIGURE.exec(text.slice(Math.max(0, start - 20), start))?.[1], WORD_AFTER_NOUN.exec(text.slice(end, end + 40))?.[1]]
  for (const word of words) {
    const fate = word && FATES.find(([, pattern]) => pattern.test(word.toLowerCase()))
    if (fate) return fate[0]
  }
  return undefined
}

/**
 * Whether `figure`, right after `before`, is the day of a date ("the March 12 protesters"): only a whole number
 * from 1 to 31 after a month can be ("By March 2,000 troops" counts), and not when the month is a time ("In March 12 people died").
 */
function isDayAfterMonth(before: string, figure: string, scaleWord: string): boolean {
  if (scaleWord || !/^(?:[1-9]|[12]\d|3[01])$/u.test(figure)) return false
  const month = MONTH_BEFORE.exec(before)
  return month !== null && month[1] === undefined
}

/** A noun's singular, lower case, by its regular ending ("nurses" → "nurse", "taxes" → "tax", "companies" → "company"). Pure. */
export function singular(word: string): string {
  const w = word.toLowerCase()
  if (SAME_IN_PLURAL.has(w)) return w
  if (/(?:ch|sh|x|ss)es$/u.test(w)) return w.slice(0, -2)
  if (/\wies$/u.test(w)) return `${w.slice(0, -3)}y`
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w
}

/** Nouns whose plural is their singular: "two series", "40 species". */
const SAME_IN_PLURAL = new Set(['series', 'species'])

/** Currency symbols and names by ISO code; a name not listed stands for itself ("rupee", "franc"). */
const CURRENCIES: Record<string, string> = {
  '$': 'USD', 'us$': 'USD', dollar: 'USD', '€': 'EUR', euro: 'EUR', '£': 'GBP', pound: 'GBP', 'pound sterling': 'GBP',
  '¥': 'JPY', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', '₹': 'INR', rs: 'INR', 'rs.': 'INR', zł: 'PLN', zloty: 'PLN', złoty: 'PLN',
  rouble: 'RUB', ruble: 'RUB', '₽': 'RUB', lira: 'TRY', hryvnia: 'UAH', forint: 'HUF', koruna: 'CZK', won: 'KRW',
}

/** The currency a symbol, code or name writes: "$" and "dollars" → "USD", "złoty" → "PLN", "PLN" → "PLN". Pure. */
export function currencyOf(written: string): string {
  const w = written.trim()
  if (/^[A-Z]{3}$/u.test(w)) return w
  const lower = w.toLowerCase()
  const one = singular(lower)
  return CURRENCIES[lower] ?? CURRENCIES[one] ?? one
}
