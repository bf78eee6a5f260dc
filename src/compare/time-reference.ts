/**
 * @module compare/time-reference — when a claim puts the act it negates or asserts.
 *
 * "We will not raid the pension fund" denies an act to come; "the office had raided the fund"
 * tells of one done. A promise of what one will not do says nothing of what one did, so the two
 * are no contest. A denial in the present ("we are not raiding the fund", "Israel is not targeting
 * civilians") is the usual rebuttal of a claim that it was done, so its time is left unknown. Only
 * the verb the negation governs is read, from its auxiliaries and ending; an irregular form or a
 * verb group that does not say its time leaves the time unknown, and an unknown time clashes with none.
 */

/** An act done, or one to come. */
export type TimeReference = 'past' | 'ahead'

const ADVERB = String.raw`(?:\p{L}+ly\s+)?`
/** "isn't going to raid", "will not raid", "won't raid": group 1 or 2 is the verb. */
const NEGATED_AHEAD = new RegExp(String.raw`\b(?:(?:am|is|are|'re|'m)\s+not|isn't|aren't)\s+${ADVERB}going\s+to\s+(\p{L}+)|\b(?:(?:will|shall|'ll)\s+not|won't|shan't)\s+${ADVERB}(\p{L}+)`, 'iu')
/** "did not raid", "had not raided", "wasn't raiding": group 1 is the verb. */
const NEGATED_PAST = new RegExp(String.raw`\b(?:(?:did|had|has|have|was|were)\s+not|didn't|hadn't|hasn't|haven't|wasn't|weren't)\s+${ADVERB}(?:been\s+)?(\p{L}+)`, 'iu')
/** Verbs that carry no act of their own ("will not be", "has not had"). */
const AUXILIARIES = new Set(['be', 'been', 'being', 'have', 'had', 'do', 'done', 'get', 'got'])

/** Auxiliaries right before a base form that put it ahead ("is raiding" is left unknown, as a present denial is). */
const AHEAD_BEFORE = /\b(?:will|shall|'ll|going\s+to|plans?\s+to|intends?\s+to)\s+(?:\p{L}+ly\s+)?$/iu
/** Auxiliaries right before a verb form that put it in the past, by the form's ending. */
const PAST_BEFORE = {
  ing: /\b(?:was|were)\s+(?:\p{L}+ly\s+)?$/iu,
  base: /\bdid\s+(?:\p{L}+ly\s+)?$/iu,
} as const
/** A participle after these is no past: "is raided every year", "will be raided". */
const NOT_PAST_BEFORE = /\b(?:am|is|are|be|'re|'m)\s+(?:\p{L}+ly\s+)?$/iu

/** Typographic apostrophes as plain ones, so contractions read alike. */
const plain = (text: string): string => text.replace(/[’‘]/gu, "'")

/** "raiding" → "raid", "stopped" → "stop", "raid" → "raid": the stem a verb's forms share. Pure. */
export function stemOf(verb: string): string {
  const word = verb.toLowerCase()
  const bare = word.replace(/(?:ing|ed)$/u, '')
  if (bare === word) return word
  // "stopped", "planning": a doubled final consonant is the ending's.
  return /([^aeiou])\1$/u.test(bare) ? bare.slice(0, -1) : bare
}

/** The time and the verb of the act a negation governs ("are not raiding": ahead, "raiding"); undefined when it does not say. Pure. */
export function negatedAct(text: string): { readonly time: TimeReference; readonly verb: string } | undefined {
  const words = plain(text)
  const ahead = NEGATED_AHEAD.exec(words)
  const past = NEGATED_PAST.exec(words)
  const first = ahead && (!past || ahead.index < past.index) ? ahead : past
  const verb = first?.slice(1).find((group) => group !== undefined)
  if (!first || !verb || AUXILIARIES.has(verb.toLowerCase())) return undefined
  return { time: first === ahead ? 'ahead' : 'past', verb }
}

/**
 * The time the first form of the verb with `stem` in `text` puts its act at: "had raided",
 * "raided", "was raiding", "did raid" are past; "will raid" ahead; undefined when no
 * form is found or its auxiliaries do not say. Pure.
 */
export function timeOfVerb(text: string, stem: string): TimeReference | undefined {
  const words = plain(text)
  // A stem of a letter or two ("go", "be") would match too many words.
  if (stem.length < 3) return undefined
  // "raid", "raided", "raiding"; "stopped"; "take" from "taking".
  const forms = new RegExp(String.raw`\b${stem}(?:${stem.slice(-1)}|e)?(ing|ed|d|e?s)?\b`, 'giu')
  for (const m of words.matchAll(forms)) {
    const before = words.slice(Math.max(0, m.index - 40), m.index)
    const ending = m[1]?.toLowerCase()
    if (ending === 'ing') {
      if (PAST_BEFORE.ing.test(before)) return 'past'
    } else if (ending === 'ed' || ending === 'd') {
      if (!NOT_PAST_BEFORE.test(before)) return 'past'
    } else if (ending === undefined) {
      if (AHEAD_BEFORE.test(before)) return 'ahead'
      if (PAST_BEFORE.base.test(before)) return 'past'
    }
  }
  return undefined
}

/**
 * True when a negated claim denies an act at another time than the claim it would answer asserts
 * it: "we will not raid the fund" against "the office had raided the fund". Pure.
 */
export function timesClash(negated: string, asserted: string): boolean {
  const act = negatedAct(negated)
  if (!act) return false
  const time = timeOfVerb(asserted, stemOf(act.verb))
  return time !== undefined && time !== act.time
}
