/** @module compare/acts — the acts an article tells between two parties, for telling who did it to whom across articles. */
import type { AnalyzedArticle } from '../model/schema.js'
import { contains, type Span } from '../model/span.js'
import { gazetteer } from '../knowledge/gazetteer.js'
import type { ActorIndex } from './actors.js'

/** An act an article tells, by the parties that did it and had it done to them (`ActorIndex.party`), named. */
export interface PartyAct { readonly type: string; readonly doer: string; readonly target: string; readonly words: string; readonly articleId: string }

/** The acts whose trigger lies in `within` that the text says happened, between two different parties. Pure. */
export function partyActs(article: Pick<AnalyzedArticle, 'article' | 'events'>, actors: ActorIndex, within: Span): PartyAct[] {
  const { id, text } = article.article
  const name = (party: string): string => actors.byId(party)?.name ?? gazetteer().countryName.get(party.replace(/^country:/u, '')) ?? party
  return article.events.flatMap((ev) => {
    if (ev.polarity !== 'positive' || !ev.actor || !ev.recipient || !contains(within, ev.trigger)) return []
    const [doer, target] = [ev.actor, ev.recipient].map((local) => actors.canonical(id, local)).map((c) => (c ? actors.party(c) : undefined))
    return doer && target && doer !== target ? [{ type: ev.type, doer: name(doer), target: name(target), words: text.slice(ev.trigger.start, ev.trigger.end), articleId: id }] : []
  })
}

/** True when `b` tells `a`'s act with doer and target swapped. */
export const swapped = (a: PartyAct, b: PartyAct): boolean => a.type === b.type && a.doer === b.target && a.target === b.doer
