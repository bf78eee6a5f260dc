/** @module compare — the cross-article comparison: canonical actors, verdicts, voices, the timeline and how each body stands toward the other headlines. */
import type { AnalyzedArticle, Comparison } from '../model/schema.js'
import { canonicalActors } from './actors.js'
import { alignClaims } from './claims.js'
import { headlineStances } from './stance.js'
import { syndicationGroups } from './syndication.js'
import { timeline } from './timeline.js'
import { verdicts } from './verdicts.js'
import { voices } from './voices.js'

/** Compares analysed articles about one event. Pure. */
export function compare(articles: readonly AnalyzedArticle[]): Comparison {
  const actors = canonicalActors(articles)
  const syndicate = syndicationGroups(articles)
  return {
    actors: actors.actors,
    verdicts: verdicts(articles, actors, syndicate),
    claims: alignClaims(articles, actors, syndicate),
    voices: voices(articles, actors),
    timeline: timeline(articles, actors),
    headlineStances: headlineStances(articles, undefined, actors),
  }
}
