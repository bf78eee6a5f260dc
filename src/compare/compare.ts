/** @module compare — the cross-article comparison: canonical actors, verdicts and voices. */
import type { AnalyzedArticle, Comparison } from '../model/schema.js'
import { canonicalActors } from './actors.js'
import { syndicationGroups } from './syndication.js'
import { verdicts } from './verdicts.js'
import { voices } from './voices.js'

/** Compares analysed articles about one event. Pure. */
export function compare(articles: readonly AnalyzedArticle[]): Comparison {
  const actors = canonicalActors(articles)
  return {
    actors: actors.actors,
    verdicts: verdicts(articles, actors, syndicationGroups(articles)),
    voices: voices(articles, actors),
  }
}
