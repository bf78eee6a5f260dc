/**
 * @module compare/headline-figures — a headline's count that a body gives otherwise.
 *
 * "Thousands of operations cancelled" over a body that says "1,200 planned operations had to be postponed": the
 * body shares the headline's words, not its figure. A count is a figure and the plural noun it counts, up to two
 * words apart ("1,200 planned operations"); the body gives the headline's count otherwise when every count it has of
 * that noun falls outside the headline's figure. A vague figure ("thousands") bounds only from below: "thousands"
 * loosely covers 41,000, not 1,200.
 */
import { COUNT_IN_WORDS, COUNT_QUALIFIER, parseCount, SCALE_WORD } from '../analyze/facets/count.js'
import { stemOf } from './stories.js'

/** A count in a text: its words as written, the stem of what it counts, and the range its figure stands for. */
interface Counted { readonly words: string; readonly stem: string; readonly min: number; readonly max: number; readonly vague: boolean }

const QUALIFIER = COUNT_QUALIFIER.replace(/ /gu, String.raw`\s+`)
/** A figure, up to two modifiers and the plural noun it counts: "more than 6,500 operations", "hundreds of flights". */
const COUNTED = new RegExp(String.raw`\b(?<figure>(?:(?:${QUALIFIER})\s+)?(?:\d[\d,]*(?:\.\d+)?(?:\s*(?:${SCALE_WORD})\b)?|${COUNT_IN_WORDS}))(?:\s+of)?\s+(?:(?:the|their|its)\s+)?(?<mods>(?:[\p{Ll}-]+\s+){0,2}?)(?<thing>\p{Ll}+s)\b`, 'giu')
/** Plurals that measure rather than count things: "six years", "3 percent". */
const UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'times', 'percent', 'cents', 'dollars', 'pounds', 'euros', 'points', 'miles', 'kilometres', 'kilometers', 'metres', 'meters', 'tons', 'tonnes', 'litres', 'liters'])
/** Words of vague size: a floor, not a figure. */
const VAGUE = /^(?:dozens|scores|hundreds|thousands|millions|tens\s+of\s+thousands|hundreds\s+of\s+thousands|several|a\s+few)\b/iu
/** A ceiling before a figure: "fewer than 18,000", "up to 300". */
const CEILING_BEFORE = /\b(?:fewer|less)\s+than\s+$|\b(?:under|below|up\s+to)\s+$/iu
/** Share by which two exact figures may differ and still be one count (rounding, a late update). */
const SLACK = 0.1

/** The counts in `text`. Pure; one pass of one regex. */
function countsIn(text: string): Counted[] {
  const out: Counted[] = []
  for (const m of text.matchAll(COUNTED)) {
    const { figure = '', thing = '' } = m.groups ?? {}
    if (UNITS.has(thing.toLowerCase())) continue
    const count = parseCount(figure)
    if (!count) continue
    const ceiling = CEILING_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))
    out.push({ words: m[0], stem: stemOf(thing), min: ceiling ? 0 : count.min, max: count.max, vague: VAGUE.test(figure) })
  }
  return out
}

/** True when the body's count cannot be the headline's: below a vague floor, or apart from an exact figure. Pure. */
function differs(head: Counted, body: Counted): boolean {
  if (head.vague) return body.max * (1 + SLACK) < head.min
  return head.max * (1 + SLACK) < body.min || body.max * (1 + SLACK) < head.min
}

/**
 * The first count of `headline` that `body` gives otherwise, as both word it ({ headline: "thousands of operations",
 * body: "1,200 planned operations" }); undefined when the body counts none of the headline's things, or gives one
 * figure that fits. Pure.
 */
export function differingCount(headline: string, body: string): { headline: string; body: string } | undefined {
  const told = countsIn(body)
  for (const head of countsIn(headline)) {
    const same = told.filter((b) => b.stem === head.stem)
    if (same.length > 0 && same.every((b) => differs(head, b))) return { headline: head.words, body: same[0]!.words }
  }
  return undefined
}
