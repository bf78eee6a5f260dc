/**
 * @module compare/measures — figures that measure a named thing in a unit no fact category
 * covers: a span of time ("16 weeks of severance pay", "12 weeks' severance", "the repair will
 * take 18 months") and a percentage that sizes a noun ("a 3 percent pay rise", "a 5% raise").
 *
 * Only the words that tie the figure to its thing are read, so that a reader can check them:
 * "weeks of X", "weeks' X", "X will be N weeks", "an N-week X", "will take N months" (the act
 * of the claim), "a N percent X". A figure in any other frame ("for two years after the repair",
 * "18 months ago", "5 percent of voters") is no measure: missing a dispute costs less than
 * inventing one.
 */
import { BELOW_HUNDRED_WORD, COUNT_QUALIFIER, parseCount, singular } from '../analyze/facets/count.js'
import { CALENDAR } from '../analyze/mentions/mentions.js'
import { termOf } from '../analyze/claims/terms.js'

/** A figure that measures a thing, as a range in its dimension's base unit (days; percentage points). */
export interface Measure {
  readonly dimension: 'duration' | 'percent'
  /** The words naming what is measured ("severance pay", "pay rise"), lower case; ["take"] for how long an act takes. */
  readonly thing: readonly string[]
  readonly min: number
  readonly max: number
  /** The unit as written ("week", "month", "percent"): figures in one unit are compared without tolerance. */
  readonly unit: string
  /** Who gets it, when the words say: "for nurses" after it, or "executives will receive" before it; singular, staff for any word of a workforce. */
  readonly recipient: string | undefined
  /** What it is of, when the words right after it say: "a 5 percent stake in Beta" → "beta". */
  readonly of: string | undefined
  /** The name written last before it in its sentence, not opening it, lower case: "after Jeb Bush released 33 years of returns" → "jeb bush". */
  readonly named: string | undefined
  /** Offsets of the figure and its thing in the text given. */
  readonly start: number
  readonly end: number
}

/** Days in each unit of time. */
const DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 365.25 / 12, year: 365.25 }

const FIGURE = String.raw`(?:(?:${COUNT_QUALIFIER.replace(/ /gu, String.raw`\s+`)})\s+)?(?:\d+(?:\.\d+)?|(?:${BELOW_HUNDRED_WORD}))`
const UNIT = String.raw`(?<unit>day|week|month|year)s?`
/** Words that end the name of a thing: function words, auxiliaries and verbs' usual companions. */
const NOT_THING = new Set([
  'for', 'to', 'in', 'on', 'at', 'by', 'of', 'with', 'from', 'as', 'and', 'or', 'but', 'than', 'after', 'before', 'since',
  'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'has', 'have', 'had', 'the', 'a', 'an', 'its', 'their', 'his', 'her',
  'that', 'this', 'which', 'who', 'if', 'when', 'while', 'ago', 'later', 'earlier', 'more', 'less', 'each', 'per', 'every',
  'under', 'over', 'about', 'into', 'through', 'across', 'against', 'between', 'during', 'without', 'within', 'amid', 'despite',
  'including', 'above', 'below', 'next', 'last', 'so', 'then', 'now', 'not', 'only', 'also', 'it', 'they', 'he', 'she', 'we',
])
/** Up to two words naming a thing, after the figure: group `thing`. */
const THING_AFTER = String.raw`(?<thing>[a-z]+(?:\s+[a-z]+)?)`

/** "16 weeks of severance pay", "12 weeks' severance". */
const DURATION_OF = new RegExp(String.raw`\b(?<figure>${FIGURE})[\s-]+${UNIT}(?:\s+of|['’])\s+${THING_AFTER}`, 'giu')
/** "a 16-week severance", "the six-month review". */
const HYPHENED_DURATION = new RegExp(String.raw`\b(?:an?|the)\s+(?<figure>\d+|${BELOW_HUNDRED_WORD})-${UNIT}\s+${THING_AFTER}`, 'giu')
/** "severance will be 12 weeks", "a severance of 12 weeks": group `before` is the thing. */
const THING_IS_DURATION = new RegExp(String.raw`\b(?<before>[a-z]+)\s+(?:of|will\s+be|would\s+be|is|was)\s+(?<figure>${FIGURE})[\s-]+${UNIT}\b(?!\s+(?:ago|old|later|earlier|before|after|since))`, 'giu')
/** "will take 18 months", "would last two years": how long the act the claim tells of takes. */
const ACT_TAKES = new RegExp(String.raw`\b(?:will|would|to|could|should)\s+(?:take|last)\s+(?<figure>${FIGURE})[\s-]+${UNIT}\b(?!\s+(?:ago|old|later|earlier))`, 'giu')
/** "a 3 percent pay rise", "a 5% raise", "a 2.5 per cent cut". */
const PERCENT_THING = new RegExp(String.raw`\b(?:an?|the)\s+(?<figure>(?:${COUNT_QUALIFIER.replace(/ /gu, String.raw`\s+`)})\s+)?(?<digits>\d+(?:\.\d+)?)(?:\s*%|\s+percent|\s+per\s+cent)\s+${THING_AFTER}`, 'giu')
/** Who gets the thing, or what it is of ("in Beta", "of the plant"), right after it: groups 1 and 2. */
const AFTER_THING = /^\s+(?:(for|to)|in|of|on)\s+(?:the\s+|its\s+|their\s+|all\s+|most\s+)?([a-z]+)/iu
/** Who gets it, right before the verb of getting: "executives will receive", "staff were offered". */
const RECIPIENT_BEFORE = /\b([a-z]+)\s+(?:(?:will|would|could|should|are\s+to|is\s+to)\s+)?(?:(?:be|were|was)\s+)?(?:receive[sd]?|get|gets|got|offered|given|granted|awarded)\s+(?:(?:only|just)\s+)?$/iu
/** Words for the staff of an employer: one recipient. */
const WORKFORCE = new Set(['staff', 'staffer', 'worker', 'employee', 'workforce', 'personnel'])

/** The words of a thing up to the first that ends it, lower case; empty when the first does. Pure. */
function thingWords(words: string): string[] {
  const out: string[] = []
  for (const word of words.toLowerCase().split(/\s+/u)) {
    if (NOT_THING.has(word)) break
    out.push(word)
  }
  return out
}

/** Runs of capitalised words: a name. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu

/**
 * The last name written in the sentence of `before` (its end), lower case: "after Republican candidate Jeb Bush released"
 * → "jeb bush". A capital opening the sentence says nothing ("Staff will receive"), nor a day or month. Pure.
 */
function nameBefore(before: string): string | undefined {
  const sentence = before.slice(Math.max(0, before.search(/[^.!?]*$/u)))
  let name: string | undefined
  for (const m of sentence.matchAll(CAPITALISED_RUN)) {
    // A run opening the sentence loses its first word, which any sentence capitalises.
    const words = m[0].split(/\s+/u).slice(sentence.slice(0, m.index).trim() === '' ? 1 : 0).filter((w) => !CALENDAR.test(w))
    if (words.length > 0) name = words.join(' ').toLowerCase()
  }
  return name
}

/** Who gets a measure of `text` from `start` to `end`, what it is of and the name before it, when the words around it say. Pure. */
function partiesAround(text: string, start: number, end: number): Pick<Measure, 'recipient' | 'of' | 'named'> {
  const after = AFTER_THING.exec(text.slice(end, end + 40))
  const word = (raw: string | undefined): string | undefined => {
    const one = raw === undefined ? undefined : singular(raw)
    return one !== undefined && WORKFORCE.has(one) ? 'staff' : one
  }
  const recipient = after?.[1] ? after[2] : RECIPIENT_BEFORE.exec(text.slice(Math.max(0, start - 50), start))?.[1]
  return { recipient: word(recipient), of: after && !after[1] ? word(after[2]) : undefined, named: nameBefore(text.slice(0, start)) }
}

/**
 * The range a figure of `words` ("at least 16", "two", "2.5") stands for, in its unit; undefined when it is none.
 * A percentage stands for all that round to it, as a level does: "3 percent" is 2.5 to 3.5, so "3%" and "3.4%" agree. Pure.
 */
function figureRange(words: string, rounded: boolean): { min: number; max: number } | undefined {
  const m = /^(?:(.*) )?(\d+)\.(\d+)$|^(?:(.*) )?(\d+)$/u.exec(words.replace(/\s+/gu, ' ').trim())
  if (!m || !rounded) {
    const count = parseCount(words)
    return count ? { min: count.min, max: count.max } : undefined
  }
  const [qualifier, whole, fraction] = m[2] !== undefined ? [m[1], m[2], m[3]!] : [m[4], m[5]!, '']
  const count = parseCount(`${qualifier ? `${qualifier} ` : ''}${whole}`)
  if (!count) return undefined
  const [part, half] = [Number(`0.${fraction || '0'}`), 0.5 / 10 ** fraction.length]
  return { min: count.min + part - half, max: count.max + part + half }
}

/** The measures in `text`, each once, in text order. Pure. */
export function measuresIn(text: string): Measure[] {
  const out: Measure[] = []
  const add = (dimension: Measure['dimension'], figure: string, unit: string, thing: string[], start: number, end: number): void => {
    const range = figureRange(figure, dimension === 'percent')
    if (!range || thing.length === 0 || out.some((m) => m.start < end && start < m.end)) return
    const scale = dimension === 'duration' ? DAYS[unit]! : 1
    out.push({ dimension, thing, min: range.min * scale, max: range.max * scale, unit, ...partiesAround(text, start, end), start, end })
  }
  for (const m of [...text.matchAll(DURATION_OF), ...text.matchAll(HYPHENED_DURATION)]) {
    const { figure = '', unit = '', thing = '' } = m.groups ?? {}
    const words = thingWords(thing)
    add('duration', figure, unit.toLowerCase(), words, m.index, m.index + m[0].length - thing.length + words.join(' ').length)
  }
  for (const m of text.matchAll(THING_IS_DURATION)) {
    const { before = '', figure = '', unit = '' } = m.groups ?? {}
    add('duration', figure, unit.toLowerCase(), thingWords(before), m.index, m.index + m[0].length)
  }
  for (const m of text.matchAll(ACT_TAKES)) add('duration', m.groups?.figure ?? '', (m.groups?.unit ?? '').toLowerCase(), ['take'], m.index, m.index + m[0].length)
  for (const m of text.matchAll(PERCENT_THING)) {
    const { figure = '', digits = '', thing = '' } = m.groups ?? {}
    const words = thingWords(thing)
    add('percent', `${figure}${digits}`, 'percent', words, m.index, m.index + m[0].length - thing.length + words.join(' ').length)
  }
  return out.sort((a, b) => a.start - b.start)
}

/** A word's comparable form: its synonym class ("raise" and "rise" are "increase"), singular. Pure. */
const comparable = (word: string): string => termOf(word, singular(word)) ?? word

/**
 * True when two measures measure one thing: of one dimension, with one head word ("severance
 * pay" and "severance pay"; "pay rise" and "raise", one increase) and no two different words
 * before it ("pay rise" is no "price rise"), or the one-word thing of one within the other's
 * ("severance" in "severance pay"); and not for two different recipients or of two different things ("in Beta", "in Delta"). Pure.
 */
export function sameThing(a: Measure, b: Measure): boolean {
  if (a.dimension !== b.dimension) return false
  const differ = (x: string | undefined, y: string | undefined): boolean => x !== undefined && y !== undefined && x !== y
  if (differ(a.recipient, b.recipient) || differ(a.of, b.of)) return false
  const [x, y] = [a.thing.map(comparable), b.thing.map(comparable)]
  if (x.length === 1 && y.includes(x[0]!)) return true
  if (y.length === 1 && x.includes(y[0]!)) return true
  return x[x.length - 1] === y[y.length - 1] && x.slice(0, -1).join(' ') === y.slice(0, -1).join(' ')
}

/** What a measure measures, as an explanation names it. Pure. */
export const measured = (m: Measure): string => (m.thing[0] === 'take' && m.thing.length === 1 ? 'how long it takes' : m.thing.join(' '))

/** Share by which two figures in different units may differ and still be one ("12 weeks" and "three months"). */
const UNIT_TOLERANCE = 0.1

/** True when two measures of one thing cannot both be true. Pure. */
export function measuresClash(a: Measure, b: Measure): boolean {
  const slack = a.unit === b.unit ? 0 : UNIT_TOLERANCE
  return a.max * (1 + slack) < b.min || b.max * (1 + slack) < a.min
}
