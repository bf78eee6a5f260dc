/**
 * @module analyze/mentions/police-officers — bare "Officers" as a clause's subject ("Officers moved
 * in to clear the square"): in an article about the police, the police named before, as news
 * writing calls the force's members once it has named the force; elsewhere, or as officers "from the
 * army", no one.
 */
import type { Actor, Mention } from '../../model/schema.js'
import type { Span } from '../../model/span.js'
import { firstTokenAtOrAfter, type Segmentation } from '../layers.js'
import { posOf } from '../segment/segment.js'

/**
 * "Officers" with nothing qualifying it before, opening a sentence or a clause after a conjunction or comma, before a word in lower
 * case (its verb, or "from"/"of" naming their body, which must then be the police: `OFFICERS_OF`).
 */
const BARE_OFFICERS = /(?:^|[.!?]["”’]?\s+|\n\s*|(?:,|\b(?:and|but|then|as|while|when|before|after|until))\s+)([Oo]fficers)(?=\s+\p{Ll})/gu

/** Prepositions naming the body officers belong to or the place they are at: "from the army", "at the scene". */
const OFFICERS_OF = new Set(['from', 'of', 'with', 'at'])
/** Parts of the noun phrase after such a preposition ("the country's border service"); a verb or a preposition ends it. */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'])
/** A noun that makes a phrase a body ("the army", "the Interior Ministry"); a place ("Varna", "the scene") is none. */
const BODY = /\b(?:army|navy|military|force|forces|marines?|guards?|ministry|department|agency|service|bureau|office|units?|regiment|corps|company|firm|bank)\b/iu

/**
 * The noun phrase right after "Officers from/of/with/at", or undefined: only it names their body, not a
 * capitalised word later in the clause ("Officers at the scene arrested Ivan Petrov"). Pure.
 */
function phraseAfter(text: string, seg: Segmentation, end: number): Span | undefined {
  const i = firstTokenAtOrAfter(seg, end)
  if (!OFFICERS_OF.has(text.slice(seg.starts[i], seg.ends[i]).toLowerCase())) return undefined
  let j = i + 1
  while (j < seg.starts.length && PHRASE_TAGS.has(posOf(seg, j))) j++
  return j > i + 1 ? { start: seg.starts[i + 1]!, end: seg.ends[j - 1]! } : undefined
}

/** Whether an actor is a police force: "police", "the Varna police", "Metropolitan Police". */
const isPolice = (a: Actor | undefined): boolean => a?.kind === 'organisation' && /\bpolice\b/iu.test(a.role ?? a.name)

/** Whether a noun phrase names a body: a body noun in it, or an organisation the mentions stage found in it. */
function namesBody(text: string, phrase: Span, mentions: readonly Mention[], byId: ReadonlyMap<string, Actor>): boolean {
  return BODY.test(text.slice(phrase.start, phrase.end)) ||
    mentions.some((m) => phrase.start <= m.span.start && m.span.end <= phrase.end && byId.get(m.actor)?.kind === 'organisation')
}

/** Mentions of bare "Officers" no mention covers, linked to the police force mentioned last before each. `mentions` are in text order. Pure. */
export function officersOfPolice(text: string, seg: Segmentation, mentions: readonly Mention[], actors: readonly Actor[]): Mention[] {
  const byId = new Map(actors.map((a) => [a.id, a]))
  const added: Mention[] = []
  for (const m of text.matchAll(BARE_OFFICERS)) {
    const start = m.index + m[0].length - m[1]!.length
    const span = { start, end: start + m[1]!.length }
    if (mentions.some((x) => x.span.start < span.end && span.start < x.span.end)) continue
    const phrase = phraseAfter(text, seg, span.end)
    if (phrase && !/\bpolice\b/iu.test(text.slice(phrase.start, phrase.end)) && namesBody(text, phrase, mentions, byId)) continue
    const police = mentions.findLast((x) => x.span.end <= start && isPolice(byId.get(x.actor)))
    if (police) added.push({ span, actor: police.actor, how: 'description' })
  }
  return added
}
