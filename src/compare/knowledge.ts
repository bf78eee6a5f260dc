/**
 * @module compare/knowledge — who knew what when: "the minister knew in March" against "he learned
 * of it in June".
 *
 * A claim that someone knew, learned or was told of something, with a date after the verb, dates
 * that person's knowledge. Two voices dating one person's knowledge to different months (or years)
 * contest each other, though the claims are too unlike to align as wholes ("Ward had been briefed
 * in May" / "she had not been told about the breach until June"). Negated knowledge counts only
 * with "until" ("not told until June" is told in June); "had not known in March" dates nothing.
 */
import type { AnalyzedArticle, Claim } from '../model/schema.js'
import { mentionsStartingIn } from '../analyze/layers.js'
import { readDates } from '../analyze/events/dates.js'
import type { ActorIndex } from './actors.js'
import { voiceKey } from './voices.js'

/** How the explanation of a knowledge dispute opens. */
export const KNOWLEDGE_DISPUTE = 'Who knew when'

/** What this module needs of an aligned claim. */
export interface KnowledgeClaim {
  readonly article: AnalyzedArticle
  readonly claim: Claim
  readonly speaker: string
  readonly terms: ReadonlySet<string>
}

/** One claim's dating of someone's knowledge. */
export interface KnownAt<C extends KnowledgeClaim> {
  readonly entry: C
  readonly knower: string
  /** "2024-03", or "2024" when only the year is given. */
  readonly when: string
  /** The date as written ("in March"). */
  readonly words: string
  /** Whether the claim says what was known ("about the data breach", "of it"). */
  readonly object: boolean
}

/** Verbs of coming to know, or of having known. */
const KNEW = /\b(?:knew|(?:had\s+)?known|learn(?:ed|t)|found\s+out|became\s+aware|(?:was|were|had\s+been|been)\s+(?:told|briefed|informed|warned|made\s+aware))\b/iu
const NEGATION = /\b(?:not|never|no\s+one)\b|n['’]t\b/iu
/** What was known, right after the verb. */
const OBJECT_AFTER = /^\s+(?:about|of|that)\b/iu
/** Terms that say knowing, not what was known. */
const KNOWING_TERMS = new Set(['know', 'learn', 'tell', 'brief', 'inform', 'warn', 'aware', 'find', 'become', 'earlier', 'later'])
/** How far after the verb a date still dates the knowing. */
const DATE_REACH = 60

/** The dating of knowledge `entry` gives, if any: its subject, its verb, and a month or year after the verb. Pure. */
export function knownAt<C extends KnowledgeClaim>(entry: C, actors: ActorIndex): KnownAt<C> | undefined {
  const { article, claim } = entry
  const text = article.article.text.slice(claim.span.start, claim.span.end)
  const verb = KNEW.exec(text)
  if (!verb) return undefined
  const after = text.slice(verb.index + verb[0].length, verb.index + verb[0].length + DATE_REACH).split(/[;,]|\band\b/u)[0] ?? ''
  const negated = NEGATION.test(text.slice(0, verb.index))
  if (negated && !/\buntil\b/iu.test(after)) return undefined
  const date = readDates(after, article.article.published?.date, true).find((r) => r.year !== undefined)
  if (!date?.year) return undefined
  // The subject: the first actor the claim names before the verb, other than a place.
  const at = claim.span.start + verb.index
  const kinds = new Map(article.actors.map((a) => [a.id, a.kind]))
  const subject = mentionsStartingIn(article.mentions, claim.span.start, at).find((m) => m.span.end <= at && kinds.get(m.actor) !== 'place')
  const knower = subject ? actors.canonical(article.article.id, subject.actor) : undefined
  if (!knower) return undefined
  const when = date.month === undefined ? String(date.year) : `${date.year}-${String(date.month).padStart(2, '0')}`
  return { entry, knower, when, words: date.text, object: OBJECT_AFTER.test(text.slice(verb.index + verb[0].length)) }
}

/** True when two datings cannot both be true: one knower, dates apart at the precision both give. Pure. */
function disagree(a: KnownAt<KnowledgeClaim>, b: KnownAt<KnowledgeClaim>): boolean {
  const precision = Math.min(a.when.length, b.when.length)
  const voiceOf = (k: KnownAt<KnowledgeClaim>): string => voiceKey(k.entry.speaker, k.entry.article.article.id)
  return a.knower === b.knower && voiceOf(a) !== voiceOf(b) && a.when.slice(0, precision) !== b.when.slice(0, precision)
}

/** True when two claims can be about one thing known: they share a term of it, or one does not say what was known. */
function sameMatter(a: KnownAt<KnowledgeClaim>, b: KnownAt<KnowledgeClaim>, knowerName: string): boolean {
  if (!a.object || !b.object) return true
  const nameTerms = new Set(knowerName.toLowerCase().split(/\s+/u))
  for (const t of a.entry.terms) if (b.entry.terms.has(t) && !KNOWING_TERMS.has(t) && !nameTerms.has(t) && !/^\d/u.test(t) && !/^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/u.test(t)) return true
  return false
}

/**
 * Pairs of claims by different voices that date one person's knowledge of one matter to different
 * months or years, each pair once, in claim order. Linear in the claims plus the pairs of claims
 * about one knower.
 */
export function knowledgeDisputes<C extends KnowledgeClaim>(entries: readonly C[], actors: ActorIndex): Array<readonly [KnownAt<C>, KnownAt<C>]> {
  const byKnower = new Map<string, KnownAt<C>[]>()
  for (const entry of entries) {
    const known = knownAt(entry, actors)
    if (known) byKnower.set(known.knower, [...(byKnower.get(known.knower) ?? []), known])
  }
  const out: Array<readonly [KnownAt<C>, KnownAt<C>]> = []
  for (const [knower, list] of byKnower) {
    const name = actors.byId(knower)?.name ?? knower
    list.forEach((a, i) => {
      for (const b of list.slice(i + 1)) if (disagree(a, b) && sameMatter(a, b, name)) out.push([a, b])
    })
  }
  return out
}
