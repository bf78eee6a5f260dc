/**
 * @module analyze/events/dates — the dates a sentence gives, as precise as it gives them.
 *
 * chrono-node reads the expressions ("on Friday", "January 27", "yesterday"); a weekday or
 * "yesterday" is resolved against the publication date and is left out without one. A year
 * on its own ("in 2015") is read here, as chrono does not take bare years. Dates used as
 * names of other events ("the 9/11 hijackers", "the July 7 bombings' anniversary") are no dates.
 */
import * as chrono from 'chrono-node'
import type { EventDate } from '../../model/schema.js'
import { isFirstName } from '../../knowledge/first-names.js'
import { matchesOf } from '../facets/matches.js'

/** A date expression in a string: offsets in that string and the parts it fixes. */
export interface DateReading {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly year?: number
  readonly month?: number
  readonly day?: number
  /** Resolved against the publication date (a weekday, "yesterday"), not written out. */
  readonly relative: boolean
  /** A date something is due by ("by next Tuesday"); read only when asked for. */
  readonly deadline?: true
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

/** Words after a date that make it part of a name: the date of another, well-known event. */
const DATE_AS_NAME = /^[\s’'s]*(?:terror(?:ist)?\s+)?(?:attacks?|victims?|families|hijackers?|commission|anniversary|memorial|bombings?|era|generation|truthers?|responders?)\b/iu
const COUNTED_FROM_NOW = /\b(?:years?|months?|weeks?|days?|hours?|decades?)\s+(?:ago|from\s+now|hence)\b|\bin\s+\d+\s+(?:years?|months?|weeks?|days?|hours?)\b/iu
const MONTH_NAME = new RegExp(`\\d|${MONTH_NAMES.join('|')}`, 'iu')
/** "joined the march", "may": a month's name in lower case is another word. */
const LOWER_CASE_MONTH = new RegExp(`\\b(?:${MONTH_NAMES.map((m) => m.toLowerCase()).join('|')})\\b`, 'u')
/** "in 2015", "during 2019"; not "since 2012", which starts a span of time rather than dating an act, nor "by 2030", a deadline. */
const BARE_YEAR = /\b(?:in|of|during)\s+((?:19|20)\d\d)\b(?![-–/]\d)/gu
/** Words before a date that make it a deadline ("by the end of next year", "until March"), not the time of an act. */
const DEADLINE = /\b(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+)?(?:(?:end|close|middle|start|beginning)\s+of\s+(?:the\s+)?)?$/iu
/** A clause that looks ahead: a date in it may lie after the publication date. A promise is of what is to come, and so is "arrives tomorrow". */
// A threat, a vow or a warning of an act ("threatened further strikes", "vowed to march", "warned of new blockades") looks
// ahead to it; not one dated right after its verb ("threatened in May to walk out"), nor a warning to people ("warned residents").
const FUTURE = /\b(?:will|would|shall|going\s+to|next|scheduled|due|plan(?:s|ned|ning)?|expected|upcoming|set\s+to|to\s+be|promis(?:e|es|ed)|tomorrow)\b|'ll\b|\b(?:threat(?:en|ens|ened|ening)|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|warn(?:s|ed|ing)?|intend(?:s|ed|ing)?)\s+(?:to\s+\p{L}+|of|more|further|new|fresh|another|renewed|(?:an?\s+)?(?:strikes?|walkouts?|action|protests?|boycotts?))\b/iu
/**
 * Irregular past participles, a closed class of English verbs; not those spelt like the verb's base form ("will cut on
 * Monday", "will run on Monday" look ahead), nor the verbs of saying, whose day is the report's.
 */
const IRREGULAR_PARTICIPLE = String.raw`(?:arisen|awoken|beaten|begun|bitten|bled|blown|borne|bought|bred|broken|brought|built|burnt|caught|chosen|clung|dealt|done|drawn|driven|dug|eaten|fallen|fed|felt|fled|flown|flung|forbidden|forgiven|forgotten|fought|found|frozen|given|gone|grown|held|hidden|hung|kept|known|laid|led|left|lent|lost|made|meant|met|paid|ridden|risen|sought|seen|sold|sent|shaken|shot|shown|shrunk|slain|slid|spent|spoken|sprung|stolen|stood|struck|stuck|stung|sunk|swept|sworn|swung|taken|taught|thought|thrown|torn|understood|withdrawn|won|woken|worn|written|handed\s+down)`
/** "-eed" is a participle only of a verb in "-ee" ("agreed", "freed"); "speed", "proceed", "succeed" are no participles. */
const EE_VERB_PARTICIPLE = '(?:(?:dis)?agreed|freed|decreed|guaranteed|refereed)'
/** A regular participle: a lower-case "-ed" word of two letters or more before the ending, not a noun in "-eed" or "shed", "sled". */
const REGULAR_PARTICIPLE = String.raw`(?!(?:shed|sled)\b)\p{Ll}{2,}(?<!e)ed`
/**
 * "a ban imposed on Monday", "the fine announced last Tuesday", "residents who fled on Monday": a past participle right before
 * a day names the day its own act was done, even where the clause looks ahead ("will appeal against …"); not a future passive
 * ("will be announced on Monday") nor a participle of what is to come ("scheduled on Monday"). Lower case, so that a name
 * ("meet Mohammed on") is none; group 1 is the participle. Group 2 is one that opens a sentence ("Imposed on Monday, the
 * ban …"), taken only before a comma and when no first name.
 */
const PARTICIPLE_BEFORE = new RegExp(String.raw`(?<!\b(?:be|being)\s+(?:\p{L}+ly\s+)?)\b(?!(?:scheduled|planned|expected|promised|proposed|slated|pencilled|penciled|set)\b)(?:(${REGULAR_PARTICIPLE}|${EE_VERB_PARTICIPLE}|${IRREGULAR_PARTICIPLE})|(?<=(?:^|[.!?]["”’]?\s+))(\p{Lu}\p{Ll}+(?<!e)ed))\s+(?:(?:on|last|this|early|late)\s+)*$`, 'u')
/** Where a sentence ends: a participle right after it opens the next one. */
const SENTENCE_END_BEFORE = /(?:^|[.!?]["”’]?\s+)$/u

/**
 * Where the past participle whose act the date at `start`..`end` of `s` dates lies, if one stands right before it. A
 * participle that opens the sentence is one only when a comma follows the date. Pure.
 */
export function participleBefore(s: string, start: number, end: number): { start: number, end: number } | undefined {
  const from = Math.max(0, start - 40)
  const m = PARTICIPLE_BEFORE.exec(s.slice(from, start))
  if (!m) return undefined
  const at = from + m.index
  const word = m[1] ?? m[2]!
  if (m[2] !== undefined && (!/^\s*,/u.test(s.slice(end, end + 3)) || isFirstName(word) || !SENTENCE_END_BEFORE.test(s.slice(Math.max(0, at - 4), at)))) return undefined
  return { start: at, end: at + word.length }
}

/** "Since March": the start of a span up to now, so in the past. */
const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid)[\s-]+)?$/iu
/** "promised for Saturday", "a vote set for Friday": the day something is planned for. */
const FOR_BEFORE = /\bfor\s+$/iu
const NEXT_WEEK = /^(?:next|the\s+coming)\s+week$/iu
/** "last Saturday", "this Monday": a weekday whose direction the text gives. */
const RELATIVE_WORD = /\b(?:last|next|this|past|coming)\b/iu
/**
 * "for two years", "over the past three months", "within 10 days": a stretch of time, which
 * dates no act ("two years ago", "in two weeks" do).
 */
const DURATION = /\b(?:for|within|over|during|throughout|past|last|previous|next|coming)\s+(?:the\s+)?(?:(?:past|last|previous|next|coming)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|couple\s+of)\s+(?:years?|months?|weeks?|days?|hours?|decades?)\b(?!\s+(?:ago|later|earlier|before|after|from\s+now)\b)/giu
/** "this morning", "this evening": the day of publication, though chrono fixes no part of it. */
const THIS_PART_OF_DAY = /\bthis\s+(?:morning|afternoon|evening)\b/iu
/** A clause told in the past tense. */
const PAST = /\b(?:was|were|had|did|\w{2,}ed|began|came|went|took|fell|won|lost|held|left|made|met|said|told|struck|hit|broke|ran|shot|fled|rose|led|saw)\b/iu

/** A day named with a weekday, which dates nothing: "Black Saturday", "Bloody Sunday", "Good Friday". */
const NAMED_DAY = /\b(?!(?:On|Last|Next|This|Since|Until|By|From|Before|After|Early|Late|Every|That|Each|Through|And|But|Or)\b)\p{Lu}\p{Ll}+\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu

/** A month's year written after it, relative to the publication: "in April last year", "March of next year". */
const YEAR_AFTER_MONTH = /^\s+(?:of\s+)?(last|this|next)\s+year\b/iu
const YEAR_OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 }

/** Reads the date expressions of `s`; `published` ("YYYY-MM-DD") anchors relative ones; deadlines ("by next Tuesday") only when `deadlines`. Pure. */
export function readDates(s: string, published?: string, deadlines = false): DateReading[] {
  const ref = published ? new Date(`${published}T12:00:00Z`) : undefined
  const out: DateReading[] = []
  // Named days are blanked out, keeping every offset.
  const unnamed = s.replace(NAMED_DAY, (name) => ' '.repeat(name.length))
  // Where a month's year written after it ("April last year") ends: chrono reads the two apart.
  let yearTaken = -1
  for (const r of chrono.parse(unnamed, ref ?? new Date(0), { forwardDate: false })) {
    const c = r.start
    if (r.index < yearTaken) continue
    // chrono keeps a comma after the date ("on Saturday,"), which would reach into the next clause.
    const dateText = r.text.replace(/[\s,;:.]+$/u, '')
    // A month without its year, which the words after it or the publication date give.
    const yearless = ref !== undefined && c.isCertain('month') && !c.isCertain('year')
    const yearAfter = yearless ? YEAR_AFTER_MONTH.exec(s.slice(r.index + dateText.length)) : null
    const text = yearAfter ? dateText + yearAfter[0] : dateText
    const end = r.index + text.length
    if (yearAfter) yearTaken = end
    const bare = text.trim()
    if (LOWER_CASE_MONTH.test(text)) continue
    if (DATE_AS_NAME.test(s.slice(end, end + 40))) continue
    // A bare "9/11" names the 2001 attacks, unless "on" makes it a date; "9/11" with no year always does.
    if (/^\d{1,2}\/\d{1,2}$/u.test(bare) && !/\bon\s+$/iu.test(s.slice(Math.max(0, r.index - 4), r.index))) continue
    if (bare === '9/11') continue
    // "until now", "currently": the time of writing, not of an act.
    if (/^(?:now|currently|right\s+now)$/iu.test(bare)) continue
    // "a day after", "two weeks later": counted from another event, not from the publication date.
    if (/\b(?:after|later|before|earlier)$/iu.test(bare)) continue
    // "after a months-long inquiry", "after two weeks of talks": a length of time, counted from another act if at all.
    if (/^(?:after|following)\s/iu.test(bare) || /^-\p{L}/u.test(s.slice(r.index + r.text.length))) continue
    // "Friday", "yesterday": no digit and no month name, so only the publication date places them.
    // "22 months ago", "in 3 weeks": counted from the publication date, digits or not.
    const relative = !MONTH_NAME.test(text) || COUNTED_FROM_NOW.test(text)
    if (!ref && relative) continue
    const deadline = DEADLINE.test(s.slice(Math.max(0, r.index - 40), r.index))
    if (deadline && !deadlines) continue
    if (isDuration(s, r.index, end)) continue
    // "the evening market", "at 9:30pm": a time of day with no day fixes no date.
    const today = ref !== undefined && THIS_PART_OF_DAY.test(text)
    if (!today && !(['year', 'month', 'day', 'weekday'] as const).some((part) => c.isCertain(part))) continue
    const d = c.date()
    if (yearAfter && ref) d.setUTCFullYear(ref.getUTCFullYear() + YEAR_OFFSET[yearAfter[1]!.toLowerCase()]!)
    const day = (): string => d.toISOString().slice(0, 10)
    // "Since March": a span that runs up to now started in the past.
    const past = (): boolean => SINCE_BEFORE.test(s.slice(Math.max(0, r.index - 16), r.index)) || participleBefore(s, r.index, end) !== undefined || isPastClause(s, r.index, end)
    // "A collapse in November killed 16" in June: a past act in a month with no year is the last such month, not the next.
    // A clock time stays in the week of publication; a deadline lies ahead.
    if (!deadline && !yearAfter && yearless && day() > published! && past()) d.setUTCFullYear(d.getUTCFullYear() - 1)
    // A bare weekday is the nearest one in the clause's direction: "was shot on Saturday" looks back,
    // "promised for Saturday" and "will meet on Monday" look ahead.
    if (ref && c.isCertain('weekday') && !c.isCertain('day') && !RELATIVE_WORD.test(text)) {
      if (readsAhead(s, r.index, end)) {
        if (day() < published!) d.setUTCDate(d.getUTCDate() + 7)
      } else if (day() > published! && past()) d.setUTCDate(d.getUTCDate() - 7)
    }
    // "next week" is the next calendar week, whose days the text leaves open: the month of its Monday.
    const nextWeek = ref !== undefined && NEXT_WEEK.test(bare)
    if (nextWeek) {
      d.setTime(ref.getTime())
      d.setUTCDate(d.getUTCDate() + ((8 - ref.getUTCDay()) % 7 || 7))
    }
    const knownDay = !nextWeek && (c.isCertain('day') || (ref !== undefined && c.isCertain('weekday')) || today)
    out.push({
      start: r.index, end, text,
      ...(c.isCertain('year') || ref ? { year: d.getUTCFullYear() } : {}),
      ...(c.isCertain('month') || (ref && knownDay) ? { month: d.getUTCMonth() + 1 } : {}),
      ...(knownDay ? { day: d.getUTCDate() } : {}),
      relative, ...(deadline ? { deadline: true as const } : {}),
    })
  }
  for (const m of s.matchAll(BARE_YEAR)) {
    const start = m.index + m[0].length - 4
    if (out.some((r) => r.start <= start && start < r.end)) continue
    out.push({ start, end: start + 4, text: m[1]!, year: Number(m[1]), relative: false })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** True when a duration of `s` overlaps [start, end): chrono reads "for two years" as two years from now. Pure. */
function isDuration(s: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 25)
  for (const m of s.slice(from, end + 12).matchAll(DURATION)) if (from + m.index < end && from + m.index + m[0].length > start) return true
  return false
}

/** Where the clause of `s` around [start, end) starts: after the last comma or semicolon before it. Pure. */
export function clauseStart(s: string, start: number): number {
  return Math.max(s.lastIndexOf(',', start), s.lastIndexOf(';', start)) + 1
}

/** True when the clause around [start, end) of `s` tells of the past and does not look ahead. Pure. */
function isPastClause(s: string, start: number, end: number): boolean {
  const next = s.slice(end).search(/[,;]/u)
  const clause = s.slice(clauseStart(s, start), next < 0 ? s.length : end + next)
  return PAST.test(clause) && !FUTURE.test(clause)
}

/**
 * True when the date at [start, end) of sentence `s` looks ahead: "will visit on Monday", "the
 * hospital promised for Saturday"; its clause up to it says so ("agreed on Thursday to withdraw by
 * next Tuesday" looks back), unless a past participle dates it ("will appeal a ban imposed on Monday"). Pure.
 */
export function readsAhead(s: string, start: number, end: number): boolean {
  return FOR_BEFORE.test(s.slice(Math.max(0, start - 5), start)) || (participleBefore(s, start, end) === undefined && FUTURE.test(s.slice(clauseStart(s, start), end)))
}

/** "last weekend", "this weekend": Saturday and Sunday. */
export const WEEKEND = /\bweekend\b/iu

/** The Saturday and the Sunday of the weekend a day of it is in ("last weekend" read as either). Pure. */
export function weekendOf(day: string): readonly [saturday: string, sunday: string] {
  const saturday = new Date(`${day}T12:00:00Z`).getUTCDay() === 0 ? shiftDate(day, -1) : day
  return [saturday, shiftDate(saturday, 1)]
}

/** The event date of a reading, or undefined when it fixes no year; "last weekend" spans its two days. Pure. */
export function eventDateOf(r: DateReading, offset: number): EventDate | undefined {
  if (r.year === undefined) return undefined
  const span = { start: offset + r.start, end: offset + r.end }
  const how = r.relative ? 'relative' : 'absolute'
  const due = r.deadline ? { deadline: true as const } : {}
  if (r.month === undefined) return { value: String(r.year), precision: 'year', span, how, ...due }
  const month = `${r.year}-${String(r.month).padStart(2, '0')}`
  if (r.day === undefined) return { value: month, precision: 'month', span, how, ...due }
  const day = `${month}-${String(r.day).padStart(2, '0')}`
  if (WEEKEND.test(r.text)) {
    const [saturday, sunday] = weekendOf(day)
    return { value: saturday, precision: 'day', span, how, ...due, to: sunday }
  }
  return { value: day, precision: 'day', span, how, ...due }
}

/** Moves a day-precision date by `days`. Pure. */
export function shiftDate(value: string, days: number): string {
  const d = new Date(`${value}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

const WORD_NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }
/** A small number, in figures or words: "2", "a", "two". */
const SMALL_NUMBER = String.raw`\d{1,2}|${Object.keys(WORD_NUMBERS).join('|')}`

/** The value of a `SMALL_NUMBER`. Pure. */
function smallNumber(n: string): number | undefined {
  return /^\d+$/u.test(n) ? Number(n) : WORD_NUMBERS[n.toLowerCase()]
}

/** A count of days or weeks from another act: "two days after", "a week before". */
const INTERVAL = new RegExp(String.raw`\b(${SMALL_NUMBER})\s+(days?|weeks?)\s+(after|before)\s+[^,;.]{0,80}$`, 'iu')

/**
 * "resigned on Thursday, two days after a newspaper published": the days from the date told before
 * the words "N days after" to the act they lead to (-2), and where those words start in `s`, the
 * text before that act; undefined when they are not there. Pure.
 */
export function intervalBefore(s: string): { readonly days: number; readonly at: number } | undefined {
  const m = INTERVAL.exec(s)
  if (!m) return undefined
  const n = smallNumber(m[1]!)!
  const days = /^week/iu.test(m[2]!) ? 7 * n : n
  return { days: /^after$/iu.test(m[3]!) ? -days : days, at: m.index }
}

/** "overnight" as an adverb ("an air strike overnight killed 14"), not before a noun it qualifies ("an overnight stay"). */
const OVERNIGHT = /\bovernight\b(?!\s+(?!(?:on|in|into|at|to|from|near|and|but|as|after|before|when|while|the|a|an|with|across|outside|\p{L}+ed)\b)\p{Ll})/giu

/**
 * "overnight": the night that ended on the publication day, as the span of its two days, where no
 * other date of `readings` is next to it ("overnight on Saturday" is Saturday's) and the clause
 * does not look ahead. Offsets are moved by `offset`. Pure.
 */
export function overnightDates(s: string, published: string | undefined, readings: readonly DateReading[], offset: number): EventDate[] {
  if (!published) return []
  const out: EventDate[] = []
  for (const m of matchesOf(OVERNIGHT, s)) {
    const start = m.index
    const end = start + m[0].length
    if (readings.some((r) => r.end >= start - 12 && r.start <= end + 12) || readsAhead(s, start, end)) continue
    out.push({ value: shiftDate(published, -1), precision: 'day', span: { start: offset + start, end: offset + end }, how: 'relative', to: published })
  }
  return out
}

/** The day a dated dateline ("KYIV, May 13 (Reuters) -") says the story was filed, its year from the publication date if unwritten. Pure. */
export function datelineDay(dateline: string, published: string | undefined): string | undefined {
  return readDates(dateline, published).filter((r) => !r.relative).map((r) => eventDateOf(r, 0)).find((d) => d?.precision === 'day')?.value
}

/** "two days later", "after two days". */
const DAYS_LATER = new RegExp(String.raw`\b(?:(${SMALL_NUMBER})\s+days\s+later|after\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+days)\b`, 'iu')

/**
 * Days from the previous dated event that a sentence states: "the next day" 1, "two days
 * later" 2, "on the same day" 0, "the day before" -1; undefined when it states none. Pure.
 */
export function daysAfterPrevious(s: string): number | undefined {
  if (/\b(?:on\s+)?(?:the\s+same\s+day|that\s+(?:same\s+)?day|later\s+that\s+day|earlier\s+that\s+day|the\s+same\s+(?:morning|evening|night))\b/iu.test(s)) return 0
  if (/\b(?:the\s+(?:next|following)\s+(?:day|morning)|a\s+day\s+later)\b/iu.test(s)) return 1
  if (/\b(?:the\s+(?:day|night)\s+before|the\s+previous\s+day|a\s+day\s+earlier)\b/iu.test(s)) return -1
  const later = DAYS_LATER.exec(s)
  return later ? smallNumber(later[1] ?? later[2] ?? '') : undefined
}

/** "27 January 2023", "January 2023", "2023"; "due 24 February 2026" for a deadline; "by 9 March 2026" for an upper bound; "13 June 2026 – 14 June 2026" for a span. Pure. */
export function dateLabel(d: Pick<EventDate, 'value' | 'precision' | 'deadline' | 'notAfter' | 'to'>): string {
  const { to, ...first } = d
  if (to) return `${dateLabel(first)} – ${dateLabel({ value: to, precision: 'day' })}`
  const [year, month, day] = d.value.split('-')
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined
  return [d.deadline ? 'due' : d.notAfter ? 'by' : undefined, day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(' ')
}

/** A stretch of time back from the event ("15 years after the attacks that killed …", "a decade ago", "last year", "a previous fire"). */
const LOOKING_BACK = /\b(?:\d+|[a-z]+)\s+(?:years?|decades?)\s+(?:after|since|ago)\b|\b(?:anniversary|years\s+ago|last\s+(?:year|decade)|previous|since\s+(?:(?:19|20)\d\d|then))\b/iu
/** A year that dates what follows it: "in 2013", "the 2013 collapse". */
const DATING_YEAR = /\b(?:in|of|since|during|the|a|an)\s+((?:19|20)\d\d)\b/giu

/** The clause of sentence `s` a toll at [at, end) is told in: back to the sentence start or a semicolon, on to the next stop. Pure. */
export function tollClause(s: string, at: number, end: number): string {
  const next = s.slice(end).search(/[,;:]/u)
  return s.slice(s.lastIndexOf(';', at) + 1, next < 0 ? s.length : end + next)
}

/**
 * True when the toll at [at, end) of sentence `s` (its words after any dateline, whose date is the
 * filing's) is that of an earlier event: its clause (back to
 * the sentence start or a semicolon, on to the next comma) looks back years, names a year before
 * the publication year, or dates its act two months or more before publication ("a collapse in
 * November killed 16", in a June article), unless it also gives a recent date. Pure.
 */
export function isPastToll(s: string, at: number, end: number, published: string | undefined): boolean {
  const clause = tollClause(s, at, end)
  if (!published) return LOOKING_BACK.test(clause)
  const year = Number(published.slice(0, 4))
  const month = year * 12 + Number(published.slice(5, 7))
  const monthsBack = readDates(clause, published).flatMap((r) => (r.year !== undefined && r.month !== undefined ? [month - (r.year * 12 + r.month)] : []))
  // "The fire on Monday, the worst since 2013, killed 17": a recent date ties the toll to this event.
  if (monthsBack.some((n) => n < 2)) return false
  return LOOKING_BACK.test(clause) || monthsBack.length > 0 || matchesOf(DATING_YEAR, clause).some((m) => Number(m[1]) < year)
}
