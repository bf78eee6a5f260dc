/**
 * @module compare/timeline — the acts all articles report, merged and put in date order.
 *
 * Events that happened (not negated; planned only when the plan is the act: a promise) are
 * grouped by PLOVER type and the sides: a state's institutions act for the state ("Azerbaijan's
 * foreign ministry" and "Azerbaijan"), a person for themself. An event that names no actor or no recipient joins the
 * one group that fits what it does name, when exactly one does; one that names neither ("23 people were arrested"),
 * only when it tells nothing else of that group's sides and its date fits. A group whose parties are
 * known is one act, so two articles that date it differently are flagged; a group that names
 * no party at all ("the attack"), or that one article dates twice, is split by date instead,
 * since it may be several acts; so are its acts whose sides are told in words that share none
 * ("rebels attacked a police station", "gunmen attacked a bus"), even on one day. An act whose
 * doer no teller names ("an attack on the embassy on 27 January") is the act of that type and day
 * a named doer did, when just one fits its target and place.
 * A negated act ("no shelling took place") or one a speaker denies ("the army denied shelling")
 * is a denial: it joins the act it contradicts, which is flagged as contested when the denial
 * comes from another voice than the report; a denial of an act no one reports is left out.
 * Grouping is by key in a map: linear in the number of events.
 */
import type { AnalyzedArticle, Event, EventDate, TimelineEntry, VoicedEvidence } from '../model/schema.js'
import { dateLabel, MONTH_NAMES } from '../analyze/events/dates.js'
import { actKind } from '../analyze/events/lexicon.js'
import { NON_STATE_GROUPS } from '../analyze/mentions/lexicon.js'
import type { ActorIndex } from './actors.js'
import { readOnce } from './read-once.js'

interface Member {
  readonly article: AnalyzedArticle
  readonly event: Event
  readonly actor: string | undefined
  readonly recipient: string | undefined
  /** The canonical place named with it. */
  readonly place: string | undefined
  /** The event says the act did not happen. */
  readonly denies: boolean
}

type Dated = Pick<EventDate, 'value' | 'precision' | 'deadline' | 'notAfter' | 'to'>

/** A date's value, precision, deadline and upper-bound marks and last day, without its span. */
const datedOf = (d: Dated): Dated => ({
  value: d.value, precision: d.precision, ...(d.deadline ? { deadline: true as const } : {}), ...(d.notAfter ? { notAfter: true as const } : {}), ...(d.to ? { to: d.to } : {}),
})

/** A plan coded as the promise of it ("will send aid": AGREE, "future aid"). */
const isPromise = (e: Event): boolean => (e.type === 'AGREE' || e.type === 'CONCEDE') && (e.mode?.startsWith('future ') ?? false)

/** Builds the merged timeline. Pure. */
export function timeline(articles: readonly AnalyzedArticle[], actors: ActorIndex): TimelineEntry[] {
  const groups = new Map<string, Member[]>()
  const denials: { key: string; member: Member }[] = []
  for (const article of articles) {
    for (const event of article.events) {
      // A promise is an act (PLOVER's AGREE, CONCEDE, coded from the plan: "will send aid"); a planned attack is not one yet,
      // nor an apology someone "should" make. An act promised or demanded by a date is on the timeline at that date, as due.
      if (event.planned && !isPromise(event) && !event.date?.deadline) continue
      const actor = event.actor ? actors.canonical(article.article.id, event.actor) : undefined
      const recipient = event.recipient ? actors.canonical(article.article.id, event.recipient) : undefined
      const key = keyOf(actKind(event), actor && sideOf(actor, actors), recipient && sideOf(recipient, actors))
      // "Did not shell" denies the act; so does "denied shelling", and "denied it had not paid" reports it.
      const denies = (event.polarity === 'negative') !== (event.modality === 'denied')
      const place = event.place ? actors.canonical(article.article.id, event.place) : undefined
      const member = { article, event, actor, recipient, place, denies }
      if (denies) { denials.push({ key, member }); continue }
      const list = groups.get(key) ?? []
      list.push(member)
      groups.set(key, list)
    }
  }
  joinPartialKeys(groups)
  joinDenials(groups, denials, actors)
  const clusters: Member[][] = []
  for (const [key, members] of groups) {
    // A group that names no party, or whose dates disagree only within one article, is several acts.
    const several = key.endsWith('||') || datesDisagreeWithin(members)
    // Only a group that names no party is split by its words: a named party's acts of a day are one act told in many words.
    // Acts years apart are two ("the 2021 agreements" in background, Thursday's in the lead): no source misdates an act by years.
    clusters.push(...(several ? byDate(members).flatMap(byWords) : yearsApart(members) ? byDate(members, true) : [members]))
  }
  const entries: { entry: TimelineEntry; first: number }[] = []
  const order = new Map(articles.map((a, i) => [a.article.id, i]))
  for (const cluster of joinDoerless(joinBareHeads(clusters, actors), actors)) {
    const told = cluster.filter((m) => !m.denies)
    if (told.length === 0) continue
    const first = Math.min(...told.map((m) => (order.get(m.article.article.id) ?? 0) * 1e9 + m.event.trigger.start))
    entries.push({ entry: entryOf(told, cluster.filter((m) => m.denies), actors), first })
  }
  return entries
    .sort((a, b) => undatedLast(a.entry) - undatedLast(b.entry) || dateKey(a.entry).localeCompare(dateKey(b.entry)) || a.first - b.first)
    .map((e) => e.entry)
}

/**
 * Who stands on a side: a state's institutions and forces act for the state; a person, even an
 * official, for themself ("Trump" is not "Clinton"); so does a group that is not the state's ("Syrian rebels").
 */
function sideOf(id: string, actors: ActorIndex): string {
  const actor = actors.byId(id)
  return actor?.kind === 'person' || (actor?.kind === 'group' && NON_STATE_GROUPS.has(actor.role ?? '')) ? id : actors.party(id)
}

function keyOf(type: string, actorParty: string | undefined, recipientParty: string | undefined): string {
  return `${type}|${actorParty ?? ''}|${recipientParty ?? ''}`
}

/** The type and the two sides (empty when unnamed) of a `keyOf` key. Pure. */
function parseKey(key: string): readonly [type: string, actorParty: string, recipientParty: string] {
  return key.split('|') as [string, string, string]
}

/** An event naming one side only joins the single group that names that side and the other one; then the unnamed join. */
function joinPartialKeys(groups: Map<string, Member[]>): void {
  // An event naming neither side is left to joinUnnamed, which reads its words first.
  const targets = partialKeys(groups, (type, actor, recipient) => (actor && recipient ? [keyOf(type, actor, undefined), keyOf(type, undefined, recipient)] : []))
  for (const [key, list] of targets) {
    if (list.length !== 1 || !groups.has(key)) continue
    groups.get(list[0]!)!.push(...groups.get(key)!)
    groups.delete(key)
  }
  joinUnnamed(groups)
}

/** For each partial key, the keys of `groups` that name its sides and more. */
function partialKeys(groups: ReadonlyMap<string, Member[]>, partials: (type: string, actor: string, recipient: string) => string[]): Map<string, string[]> {
  const targets = new Map<string, string[]>()
  for (const key of groups.keys()) {
    const [type, actor, recipient] = parseKey(key)
    for (const partial of partials(type, actor, recipient)) {
      const list = targets.get(partial)
      if (list) list.push(key)
      else targets.set(partial, [key])
    }
  }
  return targets
}

/**
 * An act that names no party ("23 people were arrested") joins the one group of its type left
 * that names a side ("Police arrested 31 people"), when it says nothing else of that side (no
 * "bandits attacked"), its words for the other side share one with the group's, and its date fits.
 */
function joinUnnamed(groups: Map<string, Member[]>): void {
  for (const [key, list] of partialKeys(groups, (type, actor, recipient) => (actor || recipient ? [keyOf(type, undefined, undefined)] : []))) {
    const unnamed = groups.get(key)
    if (list.length !== 1 || !unnamed) continue
    const target = groups.get(list[0]!)!
    const [, actor, recipient] = parseKey(list[0]!)
    const targetWords = target.map(wordsOf)
    const dates = target.flatMap((m) => m.event.date ?? [])
    const places = placesOf(target)
    const fits = (m: Member): boolean => {
      const words = wordsOf(m)
      const date = m.event.date
      return (!actor || !words.actor) && (!recipient || !words.recipient) && targetWords.every((w) => wordsCompatible(words, w)) &&
        (date === undefined || dates.every((d) => compatible(d, date))) && fitsPlaces(places, m) && toldAlike(m, target)
    }
    const join: Member[] = []
    const stay: Member[] = []
    for (const m of unnamed) (fits(m) ? join : stay).push(m)
    if (join.length === 0) continue
    target.push(...join)
    if (stay.length > 0) groups.set(key, stay)
    else groups.delete(key)
  }
}

/**
 * A denial joins the group of its type that it does not contradict (no other party on a side both
 * name, no party of one side on the other, and words that fit where a side names no party) and whose dates it fits: the one naming most of its parties, then giving its date, when that one is unique.
 */
function joinDenials(groups: Map<string, Member[]>, denials: readonly { key: string; member: Member }[], actors: ActorIndex): void {
  // Each group's key, by its type's key naming no side.
  const byType = partialKeys(groups, (type) => [keyOf(type, undefined, undefined)])
  for (const { key, member } of denials) {
    const [type, actor, recipient] = parseKey(key)
    const date = member.event.date
    let best: string[] = []
    let bestScore = -1
    for (const candidate of byType.get(keyOf(type, undefined, undefined)) ?? []) {
      const [, a, r] = parseKey(candidate)
      if ((actor && a && actor !== a) || (recipient && r && recipient !== r)) continue
      // "its troops came under fire" denies no act of those troops ("troops opened fire"): a party on the other side is another act.
      if ((recipient && recipient === a) || (actor && actor === r)) continue
      const dates = groups.get(candidate)!.map((m) => m.event.date)
      if (date && !dates.some((d) => !d || compatible(d, date))) continue
      // "denied targeting civilians" does not deny "destroyed a command post": where a side names no party, its words must fit.
      const words = (['actor', 'recipient'] as const).map((side) => (side === 'actor' ? actor && a : recipient && r) ? 'named' : wordsFit([member], groups.get(candidate)!, side, actors))
      if (words.includes('apart')) continue
      // A party named on both sides counts most; then a date both give, or words both use for a side.
      const score = (actor && actor === a ? 2 : 0) + (recipient && recipient === r ? 2 : 0) + (date && dates.some((d) => d && compatible(d, date)) ? 1 : 0) + (words.includes('shared') ? 1 : 0)
      if (score > bestScore) { best = [candidate]; bestScore = score } else if (score === bestScore) best.push(candidate)
    }
    // A denial that shares nothing with an act but its type ("Iran refrained to blame Azerbaijan", "the attack was condemned by Iran") denies another act.
    if (best.length === 1 && bestScore > 0) groups.get(best[0]!)!.push(member)
  }
}

/** A dated telling's type-and-date key; empty when undated. Pure. */
function dayKey({ event }: Member): string {
  return event.date ? `${actKind(event)}|${event.date.value}|${event.date.to ?? ''}` : ''
}

/** The type-and-date keys of the acts a cluster's tellings date. */
function dayKeys(cluster: readonly Member[]): Set<string> {
  return new Set(cluster.flatMap((m) => (m.event.date && !m.denies ? [dayKey(m)] : [])))
}

/**
 * An act no teller gives a doer ("an attack on the embassy on 27 January left one dead") is the act
 * of its type and day that a named doer did ("the assailant stormed the embassy on 27 January"), when
 * exactly one such act fits its target, place and words; the two are then one act, with all their evidence.
 * Acts with a doer are indexed by type and day: linear in the number of acts.
 */
function joinDoerless(clusters: readonly Member[][], actors: ActorIndex): Member[][] {
  const withDoer = new Map<string, Member[][]>()
  for (const cluster of clusters) {
    if (!cluster.some((m) => m.actor)) continue
    for (const key of dayKeys(cluster)) {
      const list = withDoer.get(key)
      if (list) list.push(cluster)
      else withDoer.set(key, [cluster])
    }
  }
  const joined = new Set<Member[]>()
  for (const cluster of clusters) {
    if (cluster.some((m) => m.actor)) continue
    const keys = dayKeys(cluster)
    const candidates = new Set([...keys].flatMap((key) => withDoer.get(key) ?? []))
    // The tellings that date the act to that day say which act it is; the undated ones only followed them here.
    const dated = cluster.filter((m) => keys.has(dayKey(m)))
    const fitting = [...candidates].filter((c) => sidesFit(dated, c, actors) && placesFit(placesOf(dated), placesOf(c)))
    if (fitting.length !== 1) continue
    fitting[0]!.push(...cluster)
    joined.add(cluster)
  }
  return clusters.filter((c) => !joined.has(c))
}

/**
 * An act whose doer is named bare ("a court") is the act of a doer named with more words ending in
 * that name ("a Venezuelan court", "Azerbaijan's defence ministry") when they agree on type, target
 * and date and just one such act fits: the outlets name one doer in more or fewer words.
 * Acts are indexed by type, target and the doer's last word: linear in the number of acts.
 */
function joinBareHeads(clusters: readonly Member[][], actors: ActorIndex): Member[][] {
  const doerName = (c: readonly Member[]): string | undefined => {
    const id = mostCommon(c.map((m) => m.actor))
    return id && (actors.byId(id)?.name ?? id).toLowerCase()
  }
  const keyOfCluster = (c: readonly Member[], name: string): string | undefined => {
    const recipient = mostCommon(c.map((m) => m.recipient))
    return recipient && `${actKind(c[0]!.event)}|${recipient}|${name.split(' ').at(-1)}`
  }
  // Each cluster's doer name and key, read once.
  const named = clusters.flatMap((cluster) => {
    const name = doerName(cluster)
    const key = name && keyOfCluster(cluster, name)
    return name && key ? [{ cluster, name, key }] : []
  })
  const byKey = new Map<string, typeof named>()
  for (const n of named) byKey.set(n.key, [...(byKey.get(n.key) ?? []), n])
  const joined = new Set<Member[]>()
  for (const { cluster, name, key } of named) {
    const fuller = (byKey.get(key) ?? []).filter((c) => c.cluster !== cluster && !joined.has(c.cluster) && c.name.endsWith(` ${name}`) && sameDay(cluster, c.cluster))
    if (fuller.length !== 1) continue
    fuller[0]!.cluster.push(...cluster)
    joined.add(cluster)
  }
  return clusters.filter((c) => !joined.has(c))
}

/** True when both clusters are dated and every date of one fits every date of the other. Pure. */
function sameDay(a: readonly Member[], b: readonly Member[]): boolean {
  const dates = (c: readonly Member[]): Dated[] => c.flatMap((m) => m.event.date ?? [])
  const x = dates(a)
  const y = dates(b)
  return x.length > 0 && y.length > 0 && x.every((d) => y.every((e) => compatible(d, e)))
}

/** Two acts' places fit unless each names places and they share none. Pure. */
function placesFit(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === 0 || b.size === 0 || [...a].some((p) => b.has(p))
}

/**
 * True when the two clusters' words for each side fit: the words of the parties they name and their
 * own words where they name none share one, or either tells nothing of the side ("someone" attacked).
 */
function sidesFit(a: readonly Member[], b: readonly Member[], actors: ActorIndex): boolean {
  return (['actor', 'recipient'] as const).every((side) => wordsFit(a, b, side, actors) !== 'apart')
}

/** How two clusters' words for one side fit: they share one, either tells nothing of the side (`'untold'`), or neither (`'apart'`). */
function wordsFit(a: readonly Member[], b: readonly Member[], side: 'actor' | 'recipient', actors: ActorIndex): 'shared' | 'untold' | 'apart' {
  const x = clusterSideWords(a, side, actors)
  const y = clusterSideWords(b, side, actors)
  if (x.size === 0 || y.size === 0) return 'untold'
  return [...x].some((w) => y.has(w)) ? 'shared' : 'apart'
}

/** The words a cluster tells a side in: the names of the parties it resolves, its own words where it names none. */
function clusterSideWords(cluster: readonly Member[], side: 'actor' | 'recipient', actors: ActorIndex): Set<string> {
  const words = new Set<string>()
  for (const m of cluster) {
    const id = m[side]
    const told = id ? (actors.byId(id)?.name ?? id).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w && !EMPTY_WORD.test(w) && !END_WORD.test(w)) : sideWords(m, side) ?? []
    for (const w of told) words.add(w)
  }
  return words
}

/** True when some article dates the group's act twice, differently, and no two articles disagree. */
function datesDisagreeWithin(members: readonly Member[]): boolean {
  const dated = members.filter((m) => m.event.date)
  let within = false
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const a = dated[i]!
      const b = dated[j]!
      if (compatible(a.event.date!, b.event.date!)) continue
      if (a.article !== b.article) return false
      within = true
    }
  }
  return within
}

/** True when two members date the act in different years. Pure. */
function yearsApart(members: readonly Member[]): boolean {
  return new Set(members.flatMap((m) => (m.event.date ? [m.event.date.value.slice(0, 4)] : []))).size > 1
}

/** The places a group of members names. */
function placesOf(members: readonly Member[]): Set<string> {
  return new Set(members.flatMap((m) => m.place ?? []))
}

/** True unless the member names another place than `places`: "the strike on Tamsk" is not "the rocket attack on Hollin". Pure. */
function fitsPlaces(places: ReadonlySet<string>, m: Member): boolean {
  return !m.place || places.size === 0 || (places.size === 1 && places.has(m.place))
}

/**
 * Events split into one cluster per date; undated ones join the only dated cluster, if one, or
 * with `undatedToLatest` the latest (the story's own act: a background act is told with its year);
 * not one that names another place, as the act of another place is another act, nor one dated long
 * before the telling's article, a background act.
 */
function byDate(members: readonly Member[], undatedToLatest = false): Member[][] {
  const clusters: { date: Dated | undefined; members: Member[] }[] = []
  const undated: Member[] = []
  for (const m of members) {
    const date = m.event.date
    if (!date) { undated.push(m); continue }
    const cluster = clusters.find((c) => c.date && compatible(c.date, date))
    if (cluster) {
      cluster.members.push(m)
      if (date.value.length > cluster.date!.value.length) cluster.date = date
    } else {
      clusters.push({ date, members: [m] })
    }
  }
  const latest = undatedToLatest ? clusters.reduce<(typeof clusters)[number] | undefined>((a, c) => (!a || c.date!.value > a.date!.value ? c : a), undefined) : undefined
  const joined = latest ?? (clusters.length === 1 ? clusters[0] : undefined)
  const places = placesOf(joined?.members ?? [])
  const apart: Member[] = []
  for (const m of undated) (joined && fitsPlaces(places, m) && !longBefore(joined.date!, m) ? joined.members : apart).push(m)
  if (apart.length > 0) clusters.push({ date: undefined, members: apart })
  return clusters.map((c) => c.members)
}

/** How long before an article a dated act is background, which an undated telling does not tell of: its year names it ("the protests of 2009"). */
const BACKGROUND_MONTHS = 6

/** True when `date` ends over `BACKGROUND_MONTHS` before the member's article was published. Pure. */
function longBefore(date: Dated, m: Member): boolean {
  const published = m.article.article.published?.date
  if (!published) return false
  const [year, month = '12'] = (date.to ?? date.value).split('-')
  const months = (Number(published.slice(0, 4)) - Number(year)) * 12 + Number(published.slice(5, 7)) - Number(month)
  return months > BACKGROUND_MONTHS
}

/** Words that tell nothing of who or what: determiners, numbers, auxiliaries, time words. */
const EMPTY_WORD = new RegExp(String.raw`^(?:the|a|an|its|their|his|her|this|that|these|those|some|several|many|others|dozens|hundreds|scores|at|least|more|than|about|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|have|has|had|was|were|is|are|also|reportedly|allegedly|then|later|again|\p{L}+ly|today|yesterday|tonight|morning|afternoon|evening|night|week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|${MONTH_NAMES.join('|').toLowerCase()})$`, 'u')
/** An auxiliary next: after an act's word, it makes the act the subject of a verb of its own. */
const AUXILIARY_NEXT = /^\s+(?:was|were|is|are|has|have|had|will|would|could|should|may|might|must|can)\b/iu
/** Words that end a side's words: prepositions, conjunctions, relative pronouns. */
const END_WORD = /^(?:of|in|on|at|near|from|to|with|for|by|after|before|during|and|but|or|who|which|that|as|when|while|since|over|into|inside|outside|across|amid|despite|because|following|under|about|through|toward|towards|without|within|along|around|among|between|via|like|than)$/u

/**
 * A day's act named by a noun with its kind before it: "Saturday's housing march", "last week's
 * rocket attack". The words between tell what kind of act, not who did it; a verb after them
 * ("Saturday's students protested") has its subject there, and is told by its -ed.
 */
const DAY_POSSESSIVE_BEFORE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|weekend|week|night)['’]s\s+(?:[\p{L}-]+\s+){1,2}$/iu

/** Acts whose noun takes "at" for where they happened, not whom they hit. */
const PLACE_AT: ReadonlySet<string> = new Set(['ASSAULT', 'PROTEST'])

/** A member's words for a side it names no actor for: the subject words before a verb, the object words after the act. */
function sideWords(member: Member, side: 'actor' | 'recipient'): Set<string> | undefined {
  const { event } = member
  // What nature does is told apart by its mode and date: its subject is the fire ("a bushfire", "it"), not a side.
  if (member[side] || event.type === 'DISASTER') return undefined
  const text = member.article.article.text
  const before = text.slice(event.sentence.start, event.trigger.start)
  // "the attack", "Saturday's shelling", "Saturday's housing march": a noun names no subject before it, and its object follows "on", "of", "against".
  const noun = /(?:\b(?:the|a|an|this|that|its|their|his|her)|['’]s)\s+$/iu.test(before) || (DAY_POSSESSIVE_BEFORE.test(before) && !/ed$/iu.test(text.slice(event.trigger.start, event.trigger.end)))
  // "a boy was stabbed": the words before a passive tell of whom it was done to, not who did it; left unread.
  if (!noun && /\b(?:was|were|been|being|is|are|be)\s+(?:\p{L}+ly\s+)?$/iu.test(before)) return undefined
  let words: string[]
  if (side === 'actor') {
    if (noun) return undefined
    words = before.split(/\s+/u).reverse()
  } else {
    const after = text.slice(event.trigger.end, Math.min(event.sentence.end, event.trigger.end + 80))
    // "The terror attack was committed": an act followed by an auxiliary is its verb's subject, and no target follows.
    if (AUXILIARY_NEXT.test(after)) return undefined
    // "the shooting at a mall", "a protest at the embassy" tell where; "the attack on the embassy", "blame at Baku" tell whom.
    const lead = noun ? (PLACE_AT.has(event.type) ? /^\s+(?:on|against|of|upon|into|targeting)\s/iu : /^\s+(?:on|against|of|at|upon|into|targeting)\s/iu).exec(after) : /^/u.exec(after)
    if (!lead) return undefined
    words = after.slice(lead[0].length).split(/\s+/u)
  }
  const found = new Set<string>()
  for (const raw of words) {
    const word = raw.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    if (!word) continue
    // A word set off by punctuation on the far side ends the phrase: "On Monday, rebels attacked".
    if (END_WORD.test(word) || (side === 'actor' && /[,;:]$/u.test(raw))) break
    if (!EMPTY_WORD.test(word)) found.add(word)
    if (found.size === 3 || (side === 'recipient' && /[,.;:]$/u.test(raw))) break
  }
  return found.size > 0 ? found : undefined
}

/** Two members told in words for one side that share none tell of two acts. */
function wordsCompatible(a: SideWords, b: SideWords): boolean {
  return (['actor', 'recipient'] as const).every((side) => {
    const x = a[side]
    const y = b[side]
    return !x || !y || [...x].some((w) => y.has(w))
  })
}

type SideWords = Readonly<Record<'actor' | 'recipient', Set<string> | undefined>>

function wordsOf(m: Member): SideWords {
  return { actor: sideWords(m, 'actor'), recipient: sideWords(m, 'recipient') }
}

/** A cluster split into acts whose unresolved sides' words agree, first fit; each member's words read once. */
function byWords(cluster: readonly Member[]): Member[][] {
  const acts: { members: Member[]; words: SideWords[]; places: Set<string>; articles: Set<AnalyzedArticle> }[] = []
  for (const m of cluster) {
    const words = wordsOf(m)
    // Outlets name one act's sides in their own words ("a pinpoint strike on a weapons depot in Tamsk", "a strike on the
    // border town of Tamsk"): in another article, the same place on a fitting date is the same act.
    const act = acts.find((a) => (a.words.every((other) => wordsCompatible(words, other)) && toldAlike(m, a.members)) ||
      (m.place !== undefined && !a.articles.has(m.article) && a.places.size === 1 && a.places.has(m.place)))
    if (act) {
      act.members.push(m)
      act.words.push(words)
      if (m.place) act.places.add(m.place)
      act.articles.add(m.article)
    } else acts.push({ members: [m], words: [words], places: placesOf([m]), articles: new Set([m.article]) })
  }
  return acts.map((a) => a.members)
}

/**
 * True when a member naming no doer may join `members` as one act: one of them is of its article (and, when one of the two
 * is a denial and neither names a doer, of its verb: `verbOf`; an article's doerless tellings are mostly its one act told
 * in many words, but a denial is of the act it names only), or dated with it
 * (the day ties them), or told alike (`wordsAgree`). Undated doerless acts of two articles otherwise share only their
 * type: "police fired tear gas … four people were killed" and "rioters attacked officers" are two acts.
 */
function toldAlike(m: Member, members: readonly Member[]): boolean {
  return members.some((o) => (o.article === m.article && (!(m.denies || o.denies) || o.actor !== undefined || verbOf(o) === verbOf(m))) || (o.event.date !== undefined && m.event.date !== undefined) || wordsAgree(m, o, !m.denies && !o.denies))
}

/**
 * The stem of a telling's first word ("killed", "killing": "kill"): a denial of one article's doerless act told by one
 * verb ("had come under fire") is none of an act told by another ("were killed").
 */
const verbOf = readOnce(({ article, event }: Member): string => {
  const word = article.article.text.slice(event.trigger.start, event.trigger.end).toLowerCase().split(/[^\p{L}]+/u)[0] ?? ''
  return word.replace(/(?:ing|ed|es|s|e)$/u, '').replace(/(\p{L})\1$/u, '$1')
})

/**
 * Two tellings agree in words when they hit one target by one word or mode ("arrested hundreds of people",
 * "hundreds of people were arrested" in the other order), or, with `bySentence`, their sentences share two telling words:
 * not for a denial, whose sentence names the sides of the acts it does not deny ("a claim Belstani officials dismissed"). Pure.
 */
function wordsAgree(a: Member, b: Member, bySentence: boolean): boolean {
  const [x, y] = [a, b].map(recipientWords)
  const sameTarget = (a.recipient !== undefined && a.recipient === b.recipient) || (x !== undefined && y !== undefined && [...x].some((w) => y.has(w)))
  const trigger = (m: Member): string => m.article.article.text.slice(m.event.trigger.start, m.event.trigger.end).toLowerCase()
  if (sameTarget && (trigger(a) === trigger(b) || (a.event.mode !== undefined && a.event.mode === b.event.mode))) return true
  if (!bySentence) return false
  const words = sentenceWords(b)
  let shared = 0
  for (const w of sentenceWords(a)) if (words.has(w) && ++shared >= 2) return true
  return false
}

/** Words of a sentence that tell what happened: four letters or more, not empty, linking or reporting words. */
const sentenceWords = readOnce(({ article, event }: Member): Set<string> => {
  const words = article.article.text.slice(event.sentence.start, event.sentence.end).toLowerCase().split(/[^\p{L}]+/u)
  return new Set(words.filter((w) => w.length >= 4 && !EMPTY_WORD.test(w) && !END_WORD.test(w) && !REPORTING_WORD.test(w)))
})
/** The words that tell whom an act was done to, when no actor names it. */
const recipientWords = readOnce((m: Member) => sideWords(m, 'recipient'))

/** Words that report, not tell: every article's sentences share them. */
const REPORTING_WORD = /^(?:said|says|told|according|added|adding|reported|officials?|spokesman|spokeswoman|spokesperson)$/u

/** "Iran ACCUSE (allege) Israel", "someone ASSAULT", "DISASTER (deaths)": what nature does has no "someone" doing it. Pure. */
export function actLine(type: Event['type'], mode: string | undefined, actor: string | undefined, recipient: string | undefined): string {
  const who = actor ?? (type === 'DISASTER' ? undefined : 'someone')
  return `${who ? `${who} ` : ''}${type}${mode ? ` (${mode})` : ''}${recipient ? ` ${recipient}` : ''}`
}

/**
 * Two dates fit when one is the other made more precise ("2023-01" and "2023-01-27"), a span of days holds the other
 * ("last weekend" and Saturday), or one is an upper bound ("by Monday") the other does not start after. Pure.
 */
export function compatible(a: Dated, b: Dated): boolean {
  // A month or a day runs up to every date it is the start of.
  const last = (d: Dated): string => d.to ?? `${d.value}\uffff`
  if (a.notAfter && b.notAfter) return true
  if (a.notAfter || b.notAfter) return a.notAfter ? b.value <= last(a) : a.value <= last(b)
  if (!a.to && !b.to) return a.value.startsWith(b.value) || b.value.startsWith(a.value)
  return a.value <= last(b) && b.value <= last(a)
}

function voiced({ article, event }: Member, actors: ActorIndex): VoicedEvidence {
  return {
    articleId: article.article.id, start: event.trigger.start, end: event.trigger.end,
    speaker: actors.voiceOf(article.article.id, event.voice),
    modality: event.modality,
  }
}

/** The entry of the members that tell of the act, contested by the denials of voices that do not also tell of it. */
function entryOf(members: readonly Member[], denials: readonly Member[], actors: ActorIndex): TimelineEntry {
  const first = members[0]!.event
  const evidence = members.map((m) => voiced(m, actors))
  const tellers = new Set(evidence.map((e) => e.speaker))
  const denied = denials.map((m) => voiced(m, actors)).filter((e) => !tellers.has(e.speaker))
  const contested = denied.length > 0 ? { asserted: evidence, denied } : undefined
  const dates: (Dated & { evidence: VoicedEvidence[] })[] = []
  members.forEach(({ event }, i) => {
    if (!event.date) return
    const at = event.date.span ?? event.trigger
    const proof = { ...evidence[i]!, start: at.start, end: at.end }
    const same = dates.find((d) => d.value === event.date!.value && d.to === event.date!.to && d.notAfter === event.date!.notAfter)
    if (same) same.evidence.push(proof)
    else dates.push({ ...datedOf(event.date), evidence: [proof] })
  })
  dates.sort((a, b) => a.value.localeCompare(b.value))
  const conflict = dates.some((a, i) => dates.slice(i + 1).some((b) => !compatible(a, b)))
  // A day the act happened says more than a day it happened by; of the bounds, the earliest says most.
  const rank = (d: Dated): number => (d.notAfter ? 0 : 10) + d.value.length
  const precise = conflict ? undefined : dates.reduce<Dated | undefined>((best, d) => (!best || rank(d) > rank(best) ? d : best), undefined)
  const actor = mostCommon(members.map((m) => m.actor))
  const recipient = mostCommon(members.map((m) => m.recipient))
  const mode = mostCommon(members.map((m) => m.event.mode))
  const articleIds = [...new Set(members.map((m) => m.article.article.id))]
  const status: TimelineEntry['status'] = conflict ? 'conflicting-dates' : precise ? 'dated' : 'undated'
  const who = actLine(first.type, mode, actor && (actors.byId(actor)?.name ?? actor), recipient && (actors.byId(recipient)?.name ?? recipient))
  const explanation = explain(who, status, dates, articleIds) + (contested ? ` ${explainContest(contested, actors)}` : '')
  return {
    type: first.type, ...(mode ? { mode } : {}), ...(actor ? { actor } : {}), ...(recipient ? { recipient } : {}),
    ...(precise ? { date: datedOf(precise) } : {}),
    status, explanation,
    dates, evidence, ...(contested ? { contested } : {}),
    articles: [...new Set([...articleIds, ...denied.map((e) => e.articleId)])],
  }
}

/** "Contested: told as done by witnesses (A); denied by army (B)." */
function explainContest(contest: NonNullable<TimelineEntry['contested']>, actors: ActorIndex): string {
  const voices = (list: readonly VoicedEvidence[]): string => {
    const named = new Map<string, Set<string>>()
    for (const e of list) {
      const name = e.speaker.startsWith('outlet:') ? `article ${e.articleId} (own voice)` : actors.byId(e.speaker)?.name ?? e.speaker
      named.set(name, (named.get(name) ?? new Set()).add(e.articleId))
    }
    return [...named].map(([name, ids]) => (name.startsWith('article ') ? name : `${name} (${[...ids].join(', ')})`)).join(', ')
  }
  return `Contested: told as done by ${voices(contest.asserted)}; denied by ${voices(contest.denied)}.`
}

function explain(who: string, status: TimelineEntry['status'], dates: readonly (Dated & { evidence: readonly VoicedEvidence[] })[], articles: readonly string[]): string {
  const reported = `reported by ${articles.join(', ')}`
  if (status === 'undated') return `${who}: ${reported}; no article dates it.`
  const by = (d: (typeof dates)[number]): string => `${dateLabel(d)} (${[...new Set(d.evidence.map((e) => e.articleId))].join(', ')})`
  if (status === 'conflicting-dates') return `${who}: ${reported}; the dates disagree: ${dates.map(by).join(' vs ')}. Either the sources differ or these are separate acts.`
  // A deadline's label says "due" itself.
  return `${who}: ${reported}; ${dates.every((d) => d.deadline) ? '' : 'dated '}${dates.map(by).join(', ')}.`
}

function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>()
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
}

function undatedLast(e: TimelineEntry): number {
  return e.status === 'undated' ? 1 : 0
}

function dateKey(e: TimelineEntry): string {
  return e.date?.value ?? e.dates[0]?.value ?? ''
}

