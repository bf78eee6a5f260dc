/** @module compare/voices — who each article quotes, how much, and whom it never quotes. */
import type { AnalyzedArticle, VoiceShare } from '../model/schema.js'
import type { ActorIndex } from './actors.js'

/** Returns each article's speakers with their share of the text, and parties others quote but it does not. Pure. */
export function voices(articles: readonly AnalyzedArticle[], actors: ActorIndex): VoiceShare[] {
  const quotedBy = new Map<string, Set<string>>()
  const shares = articles.map((a) => {
    const length = Math.max(1, a.article.text.length)
    const speakers = new Map<string, { attributions: number; characters: number }>()
    let ownWords = 0
    for (const at of a.attributions) {
      const id = actors.canonical(a.article.id, at.speaker) ?? 'unknown'
      // The author's "I said" is the outlet's own voice.
      if (id.startsWith('outlet:')) {
        ownWords += at.content.end - at.content.start
        continue
      }
      const s = speakers.get(id) ?? { attributions: 0, characters: 0 }
      // A resumed quotation is the same statement, counted once.
      if (!at.continues) s.attributions++
      s.characters += at.content.end - at.content.start
      speakers.set(id, s)
      const set = quotedBy.get(id) ?? new Set<string>()
      set.add(a.article.id)
      quotedBy.set(id, set)
    }
    const outlet = ownWords + a.outletVoice.reduce((sum, s) => sum + s.end - s.start, 0)
    return {
      articleId: a.article.id,
      speakers: [...speakers.entries()]
        .map(([actor, s]) => ({ actor, ...s, share: round(s.characters / length) }))
        .sort((x, y) => y.characters - x.characters || x.actor.localeCompare(y.actor)),
      outletShare: round(outlet / length),
      neverQuoted: [] as string[],
    }
  })
  for (const share of shares) {
    share.neverQuoted = [...quotedBy.entries()]
      .filter(([id, by]) => id !== 'unknown' && !by.has(share.articleId) && actors.byId(id)?.kind !== 'unnamed')
      .map(([id]) => id)
      .sort()
  }
  return shares
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
