/** @module analyze/facets/count — counts written in words or digits, as comparable ranges. */

/** A count as a comparable value: "1", "2", "12+" (at least twelve), "1+" (some). */
export interface Count {
  readonly value: string
  readonly label: string
  readonly min: number
  readonly max: number
}

const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, another: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, 'a dozen': 12, dozens: 24, scores: 40, hundreds: 200,
  thousands: 2000, several: 3, others: 1,
}
/** Words whose number is a lower bound rather than an exact figure. */
const AT_LEAST = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'several', 'others'])

/** Parses "at least 3", "more than a dozen", "two", "others" into a range; undefined when it is no count. Pure. */
export function parseCount(raw: string): Count | undefined {
  const phrase = raw.toLowerCase().replace(/\s+of$/u, '').replace(/\s+/gu, ' ').trim()
  const m = /^(?:(at least|more than|more|over|about|around|nearly|almost|up to|some) )?(.+)$/u.exec(phrase)
  if (!m) return undefined
  const [, qualifier, word = ''] = m
  const n = /^\d[\d,]*$/u.test(word) ? Number(word.replace(/,/gu, '')) : WORDS[word]
  if (n === undefined || Number.isNaN(n)) return undefined
  const open = AT_LEAST.has(word) || qualifier === 'at least' || qualifier === 'more than' || qualifier === 'more' || qualifier === 'over'
  const approximate = qualifier === 'about' || qualifier === 'around' || qualifier === 'nearly' || qualifier === 'almost' || qualifier === 'some'
  const min = qualifier === 'more than' || qualifier === 'more' || qualifier === 'over' ? n + 1 : approximate ? Math.floor(n * 0.8) : qualifier === 'up to' ? 0 : n
  const max = open ? Number.POSITIVE_INFINITY : approximate ? Math.ceil(n * 1.2) : n
  const value = open ? `${min}+` : min === max ? String(n) : `${min}-${max}`
  return { value, label: phrase, min, max }
}

/** Parses a value written by `parseCount` back into its range. Pure. */
export function rangeOf(value: string): { min: number; max: number } | undefined {
  let m = /^(\d+)\+$/u.exec(value)
  if (m) return { min: Number(m[1]), max: Number.POSITIVE_INFINITY }
  m = /^(\d+)-(\d+)$/u.exec(value)
  if (m) return { min: Number(m[1]), max: Number(m[2]) }
  m = /^(\d+)$/u.exec(value)
  return m ? { min: Number(m[1]), max: Number(m[1]) } : undefined
}
