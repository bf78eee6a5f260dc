/** @module compare/voices — who each article quotes, how much, and whom it never quotes. */
import type { AnalyzedArticle, Attribution, VoiceShare } from '../model/schema.js'
import type { ActorIndex } from './actors.js'

/**
 * Who a statement's voice is, for telling voices apart across articles: a named speaker is the
 * same voice wherever quoted; the outlet's own voice, an unresolved speaker and an unnamed one
 * ("a senior official") are each article's own (`articleKey`: the article, or its syndicate). Pure.
 */
export function voiceKey(speaker: string, articleKey: string): string {
  return /^(?:outlet:|unnamed:|unknown$)/u.test(speaker) ? `${speaker.replace(/^outlet:.*/u, 'outlet')}@${articleKey}` : speaker
}

/** Returns each article's speakers with their share of the text, and parties others quote but it does not. Pure. */
export function voices(articles: readonly AnalyzedArticle[], actors: ActorIndex): VoiceShare[] {
  const quotedBy = new Map<string, Set<string>>()
  const voicedThroughMember = new Map<string, Set<string>>()
  const shares = articles.map((a) => {
    const length = Math.max(1, a.article.text.length)
    const speakers = new Map<string, { attributions: number; characters: number }>()
    const painted = paintInnermost(a.article.text.length, a.attributions)
    a.attributions.forEach((at, i) => {
      const id = actors.canonical(a.article.id, at.speaker) ?? 'unknown'
      // The author's "I said" is the outlet's own voice, counted with it below.
      if (id.startsWith('outlet:')) return
      const s = speakers.get(id) ?? { attributions: 0, characters: 0 }
      // A resumed quotation is the same statement, counted once.
      if (!at.continues) s.attributions++
      s.characters += painted[i]!
      speakers.set(id, s)
      addTo(quotedBy, id, a.article.id)
      // Quoting an organisation's spokesperson or officer gives the organisation a voice.
      const employer = actors.byId(id)?.affiliation
      if (employer) addTo(voicedThroughMember, employer, a.article.id)
      // Quoting a state's ministry or minister gives the state a voice, and quoting the state its institutions.
      const state = stateOf(id, actors, true)
      if (state) addTo(voicedThroughMember, state, a.article.id)
    })
    // The outlet's voice is the text outside every other speaker's content, so the shares add up to at most one.
    const outlet = a.outletVoice.reduce((sum, s) => sum + s.end - s.start, 0)
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
      .filter(([id, by]) => id !== 'unknown' && !by.has(share.articleId) && !voicedThroughMember.get(id)?.has(share.articleId)
        && !voicedThroughMember.get(stateOf(id, actors, false) ?? '')?.has(share.articleId) && actors.byId(id)?.kind !== 'unnamed')
      .map(([id]) => id)
      .sort()
  }
  return shares
}

/** Institutions that speak for their state; the police or a court do not. */
const STATE_ORGAN = /\b(?:ministry|government|cabinet|foreign office|presidency|army|armed forces|military)$/u
/** People who speak for their state; a named person is otherwise a voice of their own. */
const OFFICIAL = /\b(?:president|minister|ambassador|spokes(?:man|woman|person)|chancellor|envoy)$/u

/**
 * The state an actor speaks for: a country is its own; so is its ministry or army ("Chile's defence
 * ministry"), and, when `withOfficials`, its president or a minister. Pure.
 */
function stateOf(id: string, actors: ActorIndex, withOfficials: boolean): string | undefined {
  const actor = actors.byId(id)
  if (!actor?.country) return undefined
  const organ = actor.kind === 'country' || (actor.kind !== 'person' && STATE_ORGAN.test(actor.role ?? ''))
    || (withOfficials && actor.kind === 'person' && OFFICIAL.test(actor.role ?? ''))
  return organ ? `country:${actor.country}` : undefined
}

/**
 * Returns how many characters of each attribution's content are its own: each character counts
 * once, for the innermost content holding it, so a quotation inside a speaker's statement, or
 * two readings of the same words, are not counted twice. Pure; each character is painted once
 * (a next-unpainted pointer skips painted runs), so near-linear in the text.
 */
function paintInnermost(textLength: number, attributions: readonly Attribution[]): number[] {
  const counts = attributions.map(() => 0)
  const next = new Int32Array(textLength + 1).map((_, i) => i)
  const unpainted = (i: number): number => {
    let root = i
    while (next[root] !== root) root = next[root]!
    while (next[i] !== root) [i, next[i]] = [next[i]!, root]
    return root
  }
  const order = attributions.map((_, i) => i).sort((x, y) => width(attributions[x]!) - width(attributions[y]!) || x - y)
  for (const i of order) {
    const { start, end } = attributions[i]!.content
    for (let c = unpainted(Math.max(0, start)); c < Math.min(end, textLength); c = unpainted(c)) {
      counts[i]!++
      next[c] = c + 1
    }
  }
  return counts
}

function addTo(map: Map<string, Set<string>>, key: string, member: string): void {
  map.set(key, (map.get(key) ?? new Set<string>()).add(member))
}

const width = (a: Attribution): number => a.content.end - a.content.start

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
