/**
 * @module analyze/mentions/police-officers — bare "Officers" as a clause's subject ("Officers moved
 * in to clear the square"): in an article about the police, the police named before, as news
 * writing calls the force's members once it has named the force; elsewhere, or as officers "from the
 * army", no one.
 */
import type { Actor, Mention } from '../../model/schema.js'

/**
 * "Officers" with nothing qualifying it before, opening a sentence or a clause after a conjunction or comma, before a word in lower
 * case (its verb, or "from"/"of" naming their body, which must then be the police: `OFFICERS_OF`).
 */
const BARE_OFFICERS = /(?:^|[.!?]["”’]?\s+|\n\s*|(?:,|\b(?:and|but|then|as|while|when|before|after|until))\s+)([Oo]fficers)(?=\s+\p{Ll})/gu

/** "Officers from the army", "officers of the navy": members of a body named after them, the police only where it says so. */
const OFFICERS_OF = /^\s+(?:from|of|with|at)\s+([^.,;:!?]{0,40})/u
/** A body's name or noun after "officers from": not a place ("officers at the scene" are still the police). */
const BODY = /\p{Lu}\p{Ll}|\b(?:army|navy|military|air\s+force|marines?|coast\s*guard|guards?|ministry|department|agency|service|bureau|office|forces?|units?|regiment|corps|company|firm|bank)\b/u

/** Whether an actor is a police force: "police", "the Varna police", "Metropolitan Police". */
const isPolice = (a: Actor | undefined): boolean => a?.kind === 'organisation' && /\bpolice\b/iu.test(a.role ?? a.name)

/** Mentions of bare "Officers" no mention covers, linked to the police force mentioned last before each. `mentions` are in text order. Pure. */
export function officersOfPolice(text: string, mentions: readonly Mention[], actors: readonly Actor[]): Mention[] {
  const byId = new Map(actors.map((a) => [a.id, a]))
  const added: Mention[] = []
  for (const m of text.matchAll(BARE_OFFICERS)) {
    const start = m.index + m[0].length - m[1]!.length
    const span = { start, end: start + m[1]!.length }
    if (mentions.some((x) => x.span.start < span.end && span.start < x.span.end)) continue
    const body = OFFICERS_OF.exec(text.slice(span.end, span.end + 50))?.[1]
    if (body !== undefined && BODY.test(body) && !/\bpolice\b/iu.test(body)) continue
    const police = mentions.findLast((x) => x.span.end <= start && isPolice(byId.get(x.actor)))
    if (police) added.push({ span, actor: police.actor, how: 'description' })
  }
  return added
}
