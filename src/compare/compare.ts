/** @module compare — the cross-article comparison: canonical actors, verdicts, voices, the timeline and how each body stands toward the other headlines. */
import type { AnalyzedArticle, ClaimGroup, Comparison, Verdict } from '../model/schema.js'
import { canonicalActors } from './actors.js'
import { alignClaims } from './claims.js'
import { headlineStances, type ContestedBetween } from './stance.js'
import { syndicationGroups } from './syndication.js'
import { timeline } from './timeline.js'
import { verdicts } from './verdicts.js'
import { voices } from './voices.js'

/** Compares analysed articles about one event. Pure. */
export function compare(articles: readonly AnalyzedArticle[]): Comparison {
  const actors = canonicalActors(articles)
  const syndicate = syndicationGroups(articles)
  const found = verdicts(articles, actors, syndicate)
  const claims = alignClaims(articles, actors, syndicate)
  return {
    actors: actors.actors,
    verdicts: found,
    claims,
    voices: voices(articles, actors),
    timeline: timeline(articles, actors),
    headlineStances: headlineStances(articles, undefined, actors, contestedBetween(found, claims)),
  }
}

/**
 * What two articles contest: a contested topic one gives one value of and the other another
 * (`injured ("41" vs "38")`), or a contested statement both carry, each its own way. Pure.
 */
function contestedBetween(found: readonly Verdict[], claims: readonly ClaimGroup[]): ContestedBetween {
  const contestedTopics = found.filter((x) => x.status === 'contested')
  const contestedGroups = claims.filter((x) => x.status === 'contested' && x.dispute !== undefined)
  return (a, b) => {
    const out: string[] = []
    for (const v of contestedTopics) {
      const only = (id: string, other: string) => v.sides.find((s) => s.evidence.some((e) => e.articleId === id) && !s.evidence.some((e) => e.articleId === other))
      const [x, y] = [only(a, b), only(b, a)]
      // x has evidence from a but not b, y the reverse: never the same side.
      if (x && y) out.push(`${v.topic} ("${x.label}" vs "${y.label}")`)
    }
    for (const g of contestedGroups) {
      const of = (id: string) => g.claims.filter((c) => c.articleId === id)
      const [x, y] = [of(a), of(b)]
      // Both carry it, and not alike: one asserts what the other negates, or they differ in roles or figures.
      const alike = x.every((c) => y.every((d) => c.polarity === d.polarity && c.modality === d.modality))
      if (x.length > 0 && y.length > 0 && (g.dispute !== 'negation' || !alike)) out.push(`a statement (${g.dispute})`)
    }
    return out
  }
}
