/**
 * @module analyze/facets/characterisation — the words a story is fought over, beyond "terrorism": whether the vote was
 * rigged or fair, whether the police used excessive or proportionate force, whether the protests were violent or
 * peaceful. Each axis has a lexicon of both poles, and a pole counts only said of the axis's target in its clause
 * ("the count was transparent", not "a fair question" nor "violent storms").
 */
import { NEGATED_BEFORE, DEMANDED_BEFORE } from './patterns.js'

interface Pole { readonly value: string; readonly words: RegExp }
/** One thing a story is fought over: what it is said of (`target`), named so in its topic (`name`), and its two poles. */
interface Axis { readonly name: string; readonly target: RegExp; readonly poles: readonly [Pole, Pole] }

const words = (alternation: string): RegExp => new RegExp(String.raw`\b(?:${alternation})\b`, 'giu')

const AXES: readonly Axis[] = [
  {
    name: 'the vote',
    // "As a result" is no vote's result, "a fraud count" a charge; "polls" is not "pollster".
    target: words(String.raw`votes?|voting|elections?|polls|(?<!\bas\s+a\s+)results?|(?<!\b(?:fraud|theft|felony|criminal|corruption|bribery|conspiracy)\s+)count|counting|recount|referendum|ballots?`),
    poles: [
      // "voter fraud", "election fraud": the crime's name, a subject of debate, not said of this vote.
      { value: 'rigged', words: words(String.raw`rigged|rigging|fraudulent|(?<!\b(?:voter|voting|election|electoral|ballot)\s+)fraud|stolen|theft|sham|farce|travesty|manipulated|falsified|illegitimate`) },
      { value: 'fair', words: words(String.raw`(?:free\s+and\s+)?fair|transparent|credible|legitimate|clean|honest`) },
    ],
  },
  {
    name: 'the police\'s force',
    target: words(String.raw`police|policemen|officers|force|forces|crackdown|response|operation|troops`),
    poles: [
      { value: 'excessive force', words: words(String.raw`excessive|disproportionate|brutal|brutally|brutality|heavy-handed|indiscriminate|indiscriminately|unprovoked|unjustified`) },
      { value: 'proportionate force', words: words(String.raw`proportionate|proportional|restraint|restrained|lawful|justified`) },
    ],
  },
  {
    name: 'the protests',
    // Not "march", which is also the month.
    target: words(String.raw`protests?|protesters?|protestors?|demonstrations?|demonstrators?|rall(?:y|ies)|marchers|marches|rioters|riots|crowds?|mob|sit-ins?`),
    poles: [
      { value: 'violent', words: words(String.raw`violent|violently|rioting|rioted|thugs|hooligans`) },
      { value: 'peaceful', words: words(String.raw`peaceful|peacefully|non-?violent`) },
    ],
  },
]

/** The axis a characterisation's value belongs to ("rigged" → "the vote"); terrorism's values belong to none. */
export const AXIS_OF_VALUE: ReadonlyMap<string, string> = new Map(AXES.flatMap((axis) => axis.poles.map((p) => [p.value, axis.name] as const)))

/** Where a clause ends: a semicolon, a colon, a dash, a contrasting conjunction. */
const CLAUSE_BREAK = /[;:—–()]|\s-\s|\b(?:but|while|whereas|although|though|yet)\b/giu
/**
 * Where the words said begin ("by saying the system is rigged", "told supporters the result was", "arguing that"): a target
 * before it is not what the words after it are said of.
 */
const REPORT_BREAK = /\b(?:say|says|said|saying|told|tells|telling|because|if|whether)\b|(?<=\p{L}(?:ing|ed)\s+)that\b/giu
/** The most words between a pole and its target: "the result was a theft", "the officers had acted with restraint". */
const MAX_GAP_WORDS = 6
/**
 * A pole said of what may yet be, asked for, or feared ("must be free and fair", "is going to be rigged", "to ensure a
 * fair vote", "concern about fraud") characterises nothing that happened.
 */
const NOT_YET = new RegExp(String.raw`\b(?:will|would|must|should|could|may|might|shall|(?:is|are|was|were)\s+going\s+to)\s+(?:not\s+)?(?:be|have\s+been)\s+(?:[\p{L}-]+\s+){0,2}$|` +
  String.raw`\b(?:ensur\w*|guarantee\w*|promis\w*|pledg\w*|vow\w*|hop(?:e|es|ed|ing)|possib\w+|risk|danger|concerns?|worr\w+|fears?|feared|potential|prevent\w*|combat\w*)\s+(?:[\p{L},'’-]+\s+){0,4}$`, 'iu')
/** A denial with a longer reach than `NEGATED_BEFORE`'s: "rejected claims that the vote was rigged". */
const DENIED_BEFORE = /\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\b[^,.;]{0,50}$/iu
/** A pole the words report as someone's claim ("allegations that the vote was rigged"): only that someone states it. */
const ALLEGED_BEFORE = /\b(?:claims?|allegations?|accusations?|charges?|suggestions?|fears?)\s+(?:of|that)\b[^.;]{0,50}$/iu

export interface Characterisation {
  readonly value: string
  readonly label: string
  /** Character offsets in the sentence. */
  readonly start: number
  readonly end: number
  readonly negated: boolean
  /** Reported as a claim ("allegations that"): stated only in the voice of whoever the words quote. */
  readonly alleged: boolean
}

/**
 * The characterisations of sentence `s`, at most one per axis and clause. `isNounAfter(i)` says whether a noun starts at
 * offset `i` of `s`: a pole right before a noun other than its target qualifies that noun ("a fair question"). Pure.
 */
export function findAxisCharacterisations(s: string, isNounAfter: (offset: number) => boolean): Characterisation[] {
  // "Was the vote fair?": a question states nothing.
  if (/\?\s*["'”’]?\s*$/u.test(s)) return []
  const out: Characterisation[] = []
  for (const [from, to] of clauses(s)) {
    const clause = s.slice(from, to)
    for (const axis of AXES) {
      const found = axis.poles.flatMap((pole, i) => [...clause.matchAll(pole.words)].map((m) => ({ m, i })))
        .sort((a, b) => a.m.index - b.m.index)
        .find(({ m }) => saidOfTarget(clause, m.index, m.index + m[0].length, axis.target, from, isNounAfter))
      if (!found) continue
      const { m, i } = found
      const before = clause.slice(0, m.index)
      if (DEMANDED_BEFORE.test(before) || NOT_YET.test(before)) continue
      // A pole denied is the other pole: "was not rigged" is fair, "had not been violent" peaceful.
      const negated = NEGATED_BEFORE.test(before) || DENIED_BEFORE.test(before)
      const pole = axis.poles[negated ? 1 - i : i]!
      out.push({ value: pole.value, label: negated ? `not ${m[0]}` : m[0], start: from + m.index, end: from + m.index + m[0].length, negated, alleged: ALLEGED_BEFORE.test(before) })
    }
  }
  return out
}

/** The clauses of `s` as [start, end) offsets (`CLAUSE_BREAK`). Pure. */
function clauses(s: string, breaks = CLAUSE_BREAK): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = 0
  for (const m of s.matchAll(breaks)) {
    out.push([from, m.index])
    from = m.index + m[0].length
  }
  out.push([from, s.length])
  return out
}

/**
 * True when the pole at [start, end) of `clause` is said of the axis's target: a target within `MAX_GAP_WORDS` words and
 * on the same side of a report's verb (`REPORT_BREAK`),
 * and the pole not qualifying another noun right after it ("a fair question", "violent storms"). Pure.
 */
function saidOfTarget(clause: string, start: number, end: number, target: RegExp, offset: number, isNounAfter: (offset: number) => boolean): boolean {
  const [from, to] = clauses(clause, REPORT_BREAK).find(([a, b]) => a <= start && end <= b) ?? [0, clause.length]
  const targets = [...clause.slice(from, to).matchAll(target)].map((t) => ({ index: from + t.index, length: t[0].length }))
  const next = /^[\s-]+(?=\p{L})/u.exec(clause.slice(end))
  if (next && isNounAfter(offset + end + next[0].length) && !targets.some((t) => t.index === end + next[0].length)) return false
  const gap = (a: number, b: number): number => clause.slice(a, b).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length
  return targets.some((t) => (t.index >= end ? gap(end, t.index) : gap(t.index + t.length, start)) <= MAX_GAP_WORDS)
}
