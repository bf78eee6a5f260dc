/**
 * @module compare/verdicts — agreed, contested and single-source findings across articles.
 *
 * Facet values are grouped by topic (the facet; for tolls, the facet and the victims' group when
 * named; for responses, the action and the party that took it). Within a topic, values are compared as values (dates by their known parts,
 * counts as ranges, characterisations by stance), not as strings. A topic is *contested* when
 * two values cannot both be true, whoever says them; *agreed* when independent articles give
 * compatible values; *single-source* when only one article (or one syndicated text) gives it.
 */
import type { AnalyzedArticle, FacetValue, Verdict, VoicedEvidence } from '../model/schema.js'
import { overlaps, type Span } from '../model/span.js'
import type { ActorIndex } from './actors.js'
import { voiceKey } from './voices.js'
import { aboutRange, levelRange, statedRange } from '../analyze/facets/count.js'
import { COUNTED_FACETS } from '../analyze/facets/facets.js'
import { AXIS_OF_VALUE } from '../analyze/facets/characterisation.js'
import { TOLL_FACETS } from '../analyze/facets/patterns.js'
import { namesOfDemonym } from '../analyze/mentions/article-countries.js'
import { eventDateOf, MONTH_NAMES, readDates } from '../analyze/events/dates.js'

export interface Voiced { readonly article: AnalyzedArticle; readonly value: FacetValue; readonly speaker: string }

/** Returns the verdicts for all topics, ordered contested, agreed, single-source, then by topic. Pure. */
export function verdicts(articles: readonly AnalyzedArticle[], actors: ActorIndex, syndicate: (articleId: string) => string): Verdict[] {
  const topics = new Map<string, Voiced[]>()
  const eventCountry = eventCountryOf(articles)
  const side = sideNames(articles)
  for (const article of articles) {
    for (const value of article.facets) {
      const speaker = actors.voiceOf(article.article.id, value.voice)
      const topic = topicOf(value.victims ? { ...value, victims: side(value.victims) } : value, article.article.id, actors, eventCountry)
      const list = topics.get(topic) ?? []
      list.push({ article, value, speaker })
      topics.set(topic, list)
    }
  }
  mergeUnnamed(topics)
  addPlaceMentions(topics.get('where'), articles, actors)
  const liveBlogs = new Set(articles.filter(isLiveBlog))
  const asOf = asOfDates()
  const out: Verdict[] = []
  const named = (v: Voiced): string => (v.speaker.startsWith('outlet:') ? `article ${v.article.article.id}` : actors.byId(v.speaker)?.name ?? v.speaker.split(':').at(-1)!)
  for (const [topic, voiced] of topics) out.push(judge(topic, voiced, articles, syndicate, liveBlogs, asOf, named))
  const order = { contested: 0, agreed: 1, 'single-source': 2 } as const
  return withoutAgreedOccurrences(out).sort((a, b) => order[a.status] - order[b.status] || a.topic.localeCompare(b.topic))
}

/**
 * Victims with their side keyed as the country any article names it by: "Belstani", a demonym its article keeps as
 * written when it never names Belstan, is the side another article calls "Belstan", whose demonyms `namesOfDemonym`
 * reads back ("Belstani" → "Belstan"); another country's ("Kelsar") never. Pure.
 */
function sideNames(articles: readonly AnalyzedArticle[]): (victims: string) => string {
  const parts = (victims: string): string[] => victims.split(', ')
  const names = new Set(articles.flatMap((a) => [...a.facets.flatMap((v) => (v.victims ? parts(v.victims) : [])), ...a.actors.flatMap((x) => (x.kind === 'country' && x.country ? [x.country] : []))]))
  const countryOf = (part: string): string => (/^\p{Lu}/u.test(part) && namesOfDemonym(part).find((name) => names.has(name))) || part
  return (victims) => parts(victims).map(countryOf).join(', ')
}

/** The facet that counts what a bare-occurrence facet says happened: "arrested" (38 people) for "arrest" (arrested). */
const COUNT_OF_OCCURRENCE: Readonly<Record<string, string>> = { arrest: 'arrested' }

/**
 * Leaves out an agreed bare occurrence ("arrested") whose every word is in a contested count of it
 * ("arrested 38 people" / "41 suspects have been arrested"): listed as agreed, it reads as an
 * agreement the counts deny. Pure.
 */
function withoutAgreedOccurrences(all: readonly Verdict[]): Verdict[] {
  const contested = new Map<string, VoicedEvidence[]>()
  for (const v of all) if (v.status === 'contested') contested.set(v.facet, [...(contested.get(v.facet) ?? []), ...v.sides.flatMap((s) => s.evidence)])
  const covered = (e: VoicedEvidence, counts: readonly VoicedEvidence[]): boolean =>
    counts.some((c) => c.articleId === e.articleId && overlaps(c, e))
  return all.filter((v) => {
    const counts = contested.get(COUNT_OF_OCCURRENCE[v.facet] ?? '')
    return !(v.status === 'agreed' && counts && v.sides.every((s) => s.evidence.every((e) => covered(e, counts))))
  })
}

const UNSPECIFIED = 'unspecified'
/** Topics of a person's age begin so. */
export const AGE_TOPIC = 'age of '
/** Topics of indicator levels begin so; the level of no stated period is the latest, which the one period the articles name is. */
const LEVEL_TOPIC = 'level: '
/** What sets a topic of values asked for or projected apart from values reported. */
const QUALIFIED_TOPIC = / \((?:demanded|projected)\)$/u

function topicOf(value: FacetValue, articleId: string, actors: ActorIndex, eventCountry: string | undefined): string {
  // An arrest, a response or compensation asked for is not one made: demands agree only with demands.
  // A projection ("40,000 firms could close", "inflation is expected to reach 5%") is compared with projections only.
  const asked = value.modality === 'demanded' ? ' (demanded)' : value.modality === 'predicted' ? ' (projected)' : ''
  if (value.facet === 'motive') return 'characterisation'
  // Whether the vote was rigged is another question than whether the protests were violent, or the attack terrorism.
  const axis = value.facet === 'characterisation' ? AXIS_OF_VALUE.get(value.value) : undefined
  if (axis) return `characterisation of ${axis}`
  // An age is one person's: "Okafor, 23" disputes only Okafor's other ages.
  if (value.facet === 'age') return `${AGE_TOPIC}${value.actor ? actors.canonical(articleId, value.actor) ?? value.label : value.label}`
  if (value.facet === 'indicator') {
    const owner = ownerOf(value, articleId, actors)
    return `${LEVEL_TOPIC}${value.measure ?? 'unnamed'}${value.unit ? ` [${value.unit}]` : ''}${owner ? ` (${owner})` : ''}${value.period ? ` in ${value.period}` : ''}${asked}`
  }
  // Tolls of different groups ("12 soldiers", "30 militants") count different people: never one topic.
  // A toll of one building or one family is a part of the event's toll: it disputes no total.
  if (COUNTED_FACETS.has(value.facet) && value.part) return `${value.facet} (part: ${value.part.toLowerCase()})`
  if (COUNTED_FACETS.has(value.facet) && value.victims) return `${value.facet} (${value.victims})${asked}`
  // One side's dead are not the other's: "Indian soldiers" and "Pakistani soldiers" agree on nothing.
  if (value.facet === 'victim' && value.victims) return `victim (${value.victims})`
  // "records" are not "customers", zlotys not dollars: counts of different units are different topics.
  if (COUNTED_FACETS.has(value.facet) && value.unit) return `${value.facet} (${value.unit})${asked}`
  if (value.facet !== 'response') return `${value.facet}${asked}`
  const canonical = value.actor ? actors.canonical(articleId, value.actor) : undefined
  // "local police", "local authorities": the institutions of the place where the event happened.
  const local = canonical && eventCountry && !actors.byId(canonical)?.country && /^local\b/iu.test(actors.byId(canonical)?.name ?? '')
  const party = local ? `country:${eventCountry}` : canonical ? responseParty(canonical, actors) : value.agent ? `unnamed:${value.agent.toLowerCase().replace(/\s+/gu, ' ')}` : UNSPECIFIED
  return `response: ${value.value}${asked} by ${party}`
}

/** Roles of people who answer for themselves, not for their country's government: a senator's demand is no state's. */
const OWN_VOICE_ROLES = /^(?:senator|representative|congress(?:man|woman)|lawmaker|legislator|mp|member of parliament|governor|mayor|opposition leader)$/iu

/** The party a response is by: the actor's country, unless the actor is a person who answers for themselves. */
function responseParty(canonical: string, actors: ActorIndex): string {
  const actor = actors.byId(canonical)
  return actor?.kind === 'person' && OWN_VOICE_ROLES.test(actor.role ?? '') ? canonical : actors.party(canonical)
}

/**
 * Whose level an indicator is: a place's is its country's ("Bavaria's economy" aside); a party's or
 * a candidate's share is theirs alone, never their country's, so that two parties' shares never
 * meet; a holder no mention names is matched by name against the actors other articles name.
 */
function ownerOf(value: FacetValue, articleId: string, actors: ActorIndex): string | undefined {
  const canonical = value.actor ? actors.canonical(articleId, value.actor) : undefined
  if (canonical) return actors.byId(canonical)?.kind === 'place' || !value.agent ? actors.party(canonical) : canonical
  if (!value.agent) return undefined
  return actors.byName(value.agent) ?? `name:${value.agent.toLowerCase()}`
}

/**
 * A "where" value's country: the code before "/" ("NOR/Oslo", or an article's own country by name,
 * "Durovia/Korvath"), or a country's ISO code alone ("NOR").
 */
const WHERE_COUNTRY = /^(?:([^/]+)\/|([A-Z]{3})$)/u

/** The country most "where" values name, when the articles name one. Exported for tests. */
export function eventCountryOf(articles: readonly AnalyzedArticle[]): string | undefined {
  const counts = new Map<string, number>()
  for (const a of articles) for (const f of a.facets) {
    const match = f.facet === 'where' ? WHERE_COUNTRY.exec(f.value) : null
    const country = match?.[1] ?? match?.[2]
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1)
  }
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0]
}

/** The topic of a cost that says only its currency: "cost (GBP)". */
const COST_OF_NOTHING = /^cost \([A-Z]{3}\)$/u

/**
 * Demands differ by what they ask for ("an inquiry", "calm"): one by no one named is not the one
 * party's, nor is a demand urged on no one named ("response: demand (demanded) by").
 */
const DEMAND_TOPIC = /^response: demand (?:\([a-z]+\) )?by /u

/**
 * A topic that names no one joins the one topic that does, when exactly one does; otherwise it
 * stays a topic of its own. "Investigation into the attack is underway" joins the one party said
 * to investigate; "left one dead" joins the one group said to be killed; a cost of nothing named, the one cost of its currency. "14 people detained" does
 * not join "two journalists detained": those arrested are often a part of the total, not all of it; nor does a toll
 * above all of the group's ("31 people wounded", "two soldiers wounded"), for the same reason.
 */
function mergeUnnamed(topics: Map<string, Voiced[]>): void {
  const unnamed: [string, string][] = [...topics.keys()].flatMap((topic): [string, string][] =>
    topic.endsWith(` by ${UNSPECIFIED}`) && !DEMAND_TOPIC.test(topic) ? [[topic, topic.slice(0, -UNSPECIFIED.length)]] : TOLL_FACETS.has(topic) || topic === 'victim' ? [[topic, `${topic} (`]]
    // "the one-off cost at £40 million" joins the one cost in pounds that says what it is for.
    : COST_OF_NOTHING.test(topic) ? [[topic, `${topic.slice(0, -1)} for `]]
    : isUndatedLevel(topic) ? [[topic, `${topic} `]] : [])
  for (const [topic, prefix] of unnamed) {
    const named = [...topics.keys()].filter((t) => t !== topic && t.startsWith(prefix) && !t.startsWith(`${prefix}part:`) && !QUALIFIED_TOPIC.test(t))
    if (named.length !== 1 || (TOLL_FACETS.has(topic) && totalAbove(topics.get(topic)!, topics.get(named[0]!)!))) continue
    if (isUndatedLevel(topic) && onlyComparedWith(topics.get(named[0]!)!, topics.get(topic)!)) continue
    topics.get(named[0]!)!.push(...topics.get(topic)!)
    topics.delete(topic)
  }
  mergeSideTotals(topics)
}

/**
 * A side's toll that names no group ("put Indian losses at 30 dead") joins the one group of that
 * side a toll names ("12 Indian soldiers"): the same side's dead, counted by two voices, are one
 * dispute. Only one voice giving both, the larger first, tells a total and a part of it.
 */
function mergeSideTotals(topics: Map<string, Voiced[]>): void {
  for (const topic of [...topics.keys()]) {
    const m = SIDE_ONLY_TOLL.exec(topic)
    if (!m || !TOLL_FACETS.has(m[1]!)) continue
    const named = [...topics.keys()].filter((t) => t.startsWith(`${m[1]} (`) && t.endsWith(`, ${m[2]})`))
    if (named.length !== 1) continue
    const [side, group] = [topics.get(topic)!, topics.get(named[0]!)!]
    const speakers = new Set(group.map((v) => voiceKey(v.speaker, v.article.article.id)))
    if (totalAbove(side, group) && side.some((v) => speakers.has(voiceKey(v.speaker, v.article.article.id)))) continue
    group.push(...side)
    topics.delete(topic)
  }
}

/** A toll topic with one parenthesised word list and no comma: the facet and a side, or a group ("killed (India)"). */
const SIDE_ONLY_TOLL = /^(\w+) \(([^,()]+)\)$/u

/**
 * True when every toll of no named group is above every toll of the one group named: "31 people were wounded" may hold
 * "two soldiers wounded", so it is another count, not a dispute of it. Pure.
 */
function totalAbove(totals: readonly Voiced[], group: readonly Voiced[]): boolean {
  const ranges = (list: readonly Voiced[]): Array<{ min: number; max: number } | undefined> => list.map((v) => statedRange(v.value.value))
  const [top, part] = [ranges(totals), ranges(group)]
  return top.every((t) => t !== undefined && part.every((p) => p !== undefined && t.min > p.max))
}

/**
 * An article that gives no "where" of its own but names a place the others give ("clashes in some
 * Lusaka townships") does not leave it out: its first mention of the place joins the topic, in the
 * article's own voice. Mutates `voiced`; linear in the mentions.
 */
function addPlaceMentions(voiced: Voiced[] | undefined, articles: readonly AnalyzedArticle[], actors: ActorIndex): void {
  if (!voiced) return
  const places = new Map<string, FacetValue>()
  // A mention's words name the place even where it is taken for some other actor ("some Lusaka townships").
  const byWords = new Map<string, string>()
  for (const { article, value } of voiced) {
    const mention = article.mentions.find((m) => m.span.start === value.span.start)
    const place = mention ? actors.canonical(article.article.id, mention.actor) : undefined
    if (!place || places.has(place)) continue
    places.set(place, value)
    byWords.set(value.label.toLowerCase(), place)
  }
  const reporting = new Set(voiced.map((v) => v.article))
  for (const article of articles) {
    if (reporting.has(article)) continue
    // The first mention of each place, or the first one saying that something happened there ("violence in some Lusaka townships").
    const chosen = new Map<string, Span>()
    const locative = (span: Span): boolean => LOCATIVE_BEFORE.test(article.article.text.slice(Math.max(0, span.start - 30), span.start))
    for (const mention of article.mentions) {
      const canonical = actors.canonical(article.article.id, mention.actor) ?? ''
      const place = places.has(canonical) ? canonical : byWords.get(article.article.text.slice(mention.span.start, mention.span.end).toLowerCase())
      if (!place) continue
      const first = chosen.get(place)
      if (!first || (!locative(first) && locative(mention.span))) chosen.set(place, mention.span)
    }
    for (const [place, span] of chosen) {
      voiced.push({ article, value: { ...places.get(place)!, span, voice: 'outlet', modality: 'asserted' }, speaker: `outlet:${article.article.id}` })
    }
  }
}

/** A preposition of place, with up to two words, right before a name: "in", "near the", "in some". */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|across|around|throughout)\s+(?:[\p{L}-]+\s+){0,2}$/iu

/**
 * True when every level of a period is told in a sentence that gives the undated level too, by the same voice
 * ("Turnout was 61 percent, down from 68 percent in 2021"): that period is the one compared with, not the level's own. Pure.
 */
function onlyComparedWith(period: readonly Voiced[], undated: readonly Voiced[]): boolean {
  const sentence = (v: Voiced): Span | undefined => v.article.sentences.find((s) => s.start <= v.value.span.start && v.value.span.start < s.end)
  return period.every((p) => {
    const own = sentence(p)
    return own !== undefined && undated.some((u) => u.article === p.article && u.speaker === p.speaker && sentence(u) === own)
  })
}

/** True for the topic of an indicator's level with no period stated nor asked for nor projected: "level: inflation", "now running at 6.4%". Pure. */
function isUndatedLevel(topic: string): boolean {
  return topic.startsWith(LEVEL_TOPIC) && !topic.includes(' in ') && !QUALIFIED_TOPIC.test(topic)
}

/** The comparable form of a value: what two values must share to agree. */
function stance(v: FacetValue): string {
  if (v.facet === 'characterisation' && !AXIS_OF_VALUE.has(v.value)) return v.value === 'terrorism' ? 'terrorist act' : 'not a terrorist act'
  if (v.facet === 'motive') return v.value === 'organised' ? 'terrorist act' : 'not a terrorist act'
  if (v.facet === 'response') return v.polarity === 'negative' ? `no ${v.value}` : v.value
  return v.value
}

/** True when two comparable values can both be true. Pure. */
export function compatible(facet: string, a: string, b: string): boolean {
  if (a === b) return true
  switch (facet) {
    case 'when': {
      // A day of unknown year takes the other's year; a range ("last weekend": "2026-06-13..2026-06-14") agrees with any day in it.
      const [fromA, toA = fromA] = a.split('..') as [string, string?]
      const [fromB, toB = fromB] = b.split('..') as [string, string?]
      const year = [fromA, fromB].find((d) => !d.startsWith('????'))?.slice(0, 4) ?? '????'
      const known = (d: string): string => d.replace(/^\?{4}/u, year)
      return known(fromA) <= known(toB) && known(fromB) <= known(toA)
    }
    case 'where': return samePlaceSpelling(a, b) || a.startsWith(`${b}/`) || b.startsWith(`${a}/`)
    case 'indicator': case 'containment': return meet(levelRange(a), levelRange(b))
    case 'arrest': return a === 'arrested' || b === 'arrested'
    // Causes agree when they share a head ("wind" and "power line + wind"): each voice may name only a part.
    case 'cause': return a.split(' + ').some((head) => b.split(' + ').includes(head))
    // Soldiers and militants, guards and bystanders can all have died: naming one group denies no other.
    case 'victim': return true
    default: return COUNTED_FACETS.has(facet) && meet(statedRange(a), statedRange(b))
  }
}

/**
 * True when two place values differ only in how a name is romanised: an apostrophe, a hyphen, a
 * space, an accent or a doubled letter ("Sana'a", "Sanaa", "Sana"; "Ras al-Hadd", "Ras al Hadd"). Pure.
 */
function samePlaceSpelling(a: string, b: string): boolean {
  const key = (v: string): string => v.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’ʼ`‘\s-]+/gu, '').replace(/(\p{L})\1+/gu, '$1')
  return key(a) === key(b)
}

/** True when both ranges are known and overlap. */
function meet(a: { readonly min: number; readonly max: number } | undefined, b: { readonly min: number; readonly max: number } | undefined): boolean {
  return !!a && !!b && a.min <= b.max && b.min <= a.max
}

/** Victim classes that deny each other when two voices give them for the same dead: "27 civilians" against "40 terrorists". */
const OPPOSED_VICTIMS: readonly (readonly [string, string])[] = [['civilian', 'militant']]

/**
 * True when one voice says the dead were of one class and other voices, none of them saying so
 * too, that they were of the opposed class: who the dead were is then the dispute. One voice
 * naming both ("12 soldiers and 30 militants were killed") reports a clash, not a dispute. Pure.
 */
function opposedVictims(sides: ReadonlyMap<string, { readonly evidence: readonly VoicedEvidence[] }>): boolean {
  const voices = (value: string): Set<string> => new Set(sides.get(value)?.evidence.map((e) => e.speaker) ?? [])
  return OPPOSED_VICTIMS.some(([a, b]) => {
    const [va, vb] = [voices(a), voices(b)]
    return va.size > 0 && vb.size > 0 && ![...va].some((v) => vb.has(v))
  })
}

/**
 * True when two places contest where it happened, two causes why, or two poles what it was ("rigged", "fair"): one
 * voice names the first and nothing compatible with the second, another the reverse. A voice naming both ("sued by Nebraska and Oklahoma", "blamed
 * on wind or a power line") tells both, and a voice naming one of them leaves the other out without denying it.
 * Pure; quadratic in the values of one topic, which are few.
 */
function voicesDisputed(facet: 'where' | 'cause' | 'characterisation', sides: ReadonlyMap<string, { readonly evidence: readonly VoicedEvidence[] }>): boolean {
  const values = [...sides].map(([value, s]) => ({ value, voices: new Set(s.evidence.map((e) => voiceKey(e.speaker, e.articleId))) }))
  const names = (voice: string, value: string): boolean => values.some((p) => p.voices.has(voice) && compatible(facet, p.value, value))
  const onlyFirst = (a: typeof values[number], b: typeof values[number]): boolean => [...a.voices].some((v) => !names(v, b.value))
  return values.some((a, i) => values.slice(i + 1).some((b) => !compatible(facet, a.value, b.value) && onlyFirst(a, b) && onlyFirst(b, a)))
}

function judge(topic: string, voiced: readonly Voiced[], articles: readonly AnalyzedArticle[], syndicate: (id: string) => string, liveBlogs: ReadonlySet<AnalyzedArticle>, asOf: (v: Voiced) => string | undefined, named: (v: Voiced) => string): Verdict {
  const facet = voiced[0]!.value.facet === 'motive' ? 'characterisation' : voiced[0]!.value.facet
  const sides = new Map<string, { label: string; values: string[]; evidence: VoicedEvidence[] }>()
  const { current, earlier } = COUNTED_FACETS.has(facet) ? updatedFigures(facet, latestFigures(facet, voiced, liveBlogs), asOf) : { current: voiced, earlier: new Map<Voiced, Voiced[]>() }
  const evidenceOf = ({ article, value, speaker }: Voiced): VoicedEvidence => ({ articleId: article.article.id, start: value.span.start, end: value.span.end, speaker, modality: value.modality })
  for (const v of current) {
    const { value } = v
    const key = stance(value)
    const superseded = earlier.get(v) ?? []
    // "14 → 16": the voice's earlier figures, then the one that stands.
    const label = [...new Set([...superseded.map((e) => sideLabel(e.value, stance(e.value))), sideLabel(value, key)])].join(' → ')
    // "At least 17" and "17" are one account of a toll: a count joins the side whose every value it agrees with;
    // so does a place spelt another way ("Sanaa", "Sana'a").
    const joins = (x: string): boolean => COUNTED_FACETS.has(facet) ? compatible(facet, x, key) : facet === 'where' && samePlaceSpelling(x, key)
    const joined = !sides.has(key) ? [...sides].find(([, s]) => s.values.every(joins)) : undefined
    const existing = joined?.[1] ?? sides.get(key)
    const side = existing ?? { label, values: [key], evidence: [] }
    if (joined) side.values.push(key)
    // A value joining its own figure's side adds nothing to read; one of another figure, or an update, does.
    if (joined || (existing && superseded.length > 0)) side.label = withLabel(side.label, label)
    side.evidence.push(...superseded.map(evidenceOf), evidenceOf(v))
    sides.set(joined?.[0] ?? key, side)
  }
  const values = [...sides.values()].flatMap((s) => s.values)
  // One article giving two levels of one measure mostly tells two polls, places or times it does not name apart: no dispute.
  const conflict = facet === 'indicator'
    ? voiced.some((a, i) => voiced.slice(i + 1).some((b) => a.article !== b.article && !compatible(facet, stance(a.value), stance(b.value))))
    // "Rigged" and "fair" from one voice ("not rigged", quoting a claim) are no dispute: two voices must hold the two poles.
    : facet === 'where' || facet === 'cause' || (facet === 'characterisation' && AXIS_OF_VALUE.has(values[0] ?? '')) ? voicesDisputed(facet, sides)
    : values.some((a, i) => values.slice(i + 1).some((b) => !compatible(facet, a, b))) || (facet === 'victim' && opposedVictims(sides))
  const reporting = new Set(voiced.map((v) => v.article.article.id))
  const independent = new Set([...reporting].map(syndicate))
  // One speaker quoted by several outlets is one source, however many articles carry the words: agreement takes two voices.
  const voices = new Set(voiced.map((v) => voiceKey(v.speaker, syndicate(v.article.article.id))))
  const status: Verdict['status'] = conflict ? 'contested' : independent.size >= 2 && voices.size >= 2 ? 'agreed' : 'single-source'
  const sideList = [...sides.entries()]
    .map(([value, s]) => ({ value, label: facet === 'victim' ? victimsLabel(value, voiced.filter((v) => stance(v.value) === value)) : s.label, evidence: s.evidence }))
    .sort((a, b) => b.evidence.length - a.evidence.length || a.value.localeCompare(b.value))
  // Several articles are one source through one speaker they all quote, or by being copies of one text, whoever it quotes.
  const speakers = new Set(sideList.flatMap((s) => s.evidence.map((e) => e.speaker)))
  const oneVoice = status === 'single-source' && reporting.size > 1 && speakers.size === 1 ? [...speakers][0]! : undefined
  return {
    facet, topic, status,
    explanation: [explain(status, topic, sideList, reporting, independent.size, oneVoice), ...updateNotes(current, earlier, asOf, named)].join(' '),
    sides: sideList,
    missingFrom: articles.map((a) => a.article.id).filter((id) => !reporting.has(id)),
    ...(oneVoice ? { oneVoice } : {}),
  }
}

/**
 * How each standing figure was reached, for the reader to check: "Updated: 2 (14 Aug, Mark Dale) → 3 (15 Aug,
 * article B)." Each figure is dated by its article's publication, else by the day it is given as of. Pure.
 */
function updateNotes(current: readonly Voiced[], earlier: ReadonlyMap<Voiced, Voiced[]>, asOf: (v: Voiced) => string | undefined, named: (v: Voiced) => string): string[] {
  const day = (v: Voiced): string => {
    const date = /^\d{4}-(\d{2})-(\d{2})/u.exec(v.article.article.published?.date ?? asOf(v) ?? '')
    return date ? `${Number(date[2])} ${MONTH_NAMES[Number(date[1]) - 1]?.slice(0, 3) ?? ''}, ` : ''
  }
  return current.filter((v) => earlier.has(v)).map((v) => `Updated: ${[...earlier.get(v)!, v].map((x) => `${figureLabel(x.value)} (${day(x)}${named(x)})`).join(' → ')}.`)
}

/**
 * A class of victims as its voices word it: "firefighters" when all use that word, else the class with their words,
 * "worker (miners, workers)"; the class alone reads as a category, not as who died. Pure.
 */
function victimsLabel(victimsClass: string, members: readonly Voiced[]): string {
  const roles = [...new Set(members.map((v) => v.value.label.toLowerCase().replace(/\s+/gu, ' ')))]
  return roles.length === 1 ? roles[0]! : `${victimsClass} (${roles.join(', ')})`
}

/** Lines that open with a time ("08:00", "14:05 —"): two or more make the article a live blog of timed updates. */
const TIMED_UPDATE = /^[ \t]*\d{1,2}[:.]\d{2}\b/gmu

/**
 * One voice's counts in one article that disagree are a figure updated, not a dispute: "at least
 * 12 had died" early and "the toll rose to 16" later. In a live blog every update is the outlet's
 * account of the moment, whoever it cites. The largest figure, the latest of a rising count, stands
 * for the voice; the figures it supersedes are left out. Pure.
 */
function latestFigures(facet: string, voiced: readonly Voiced[], liveBlogs: ReadonlySet<AnalyzedArticle>): Voiced[] {
  const voices = new Map<string, Voiced[]>()
  for (const v of voiced) {
    const key = `${v.article.article.id}\u0000${liveBlogs.has(v.article) ? '' : v.speaker}`
    const list = voices.get(key)
    if (list) list.push(v)
    else voices.set(key, [v])
  }
  return [...voices.values()].flatMap((list) => {
    const lowest = (v: Voiced): number => statedRange(stance(v.value))?.min ?? 0
    const latest = list.reduce((a, b) => (lowest(b) > lowest(a) ? b : a))
    return list.filter((v) => compatible(facet, stance(v.value), stance(latest.value)))
  })
}

/**
 * A voice's figure at a later date updates its earlier one, across articles: the ministry's "14
 * dead" on Wednesday and its "16" as of Friday are one count rising, not a dispute. Each voice's
 * figures of its latest date stand; the earlier ones are kept apart, under the figure that
 * updates them. The article's own voice is one per article, so it never updates another's. Pure.
 */
function updatedFigures(facet: string, voiced: readonly Voiced[], asOfDate: (v: Voiced) => string | undefined): { readonly current: Voiced[]; readonly earlier: Map<Voiced, Voiced[]> } {
  const dated = voiced.map((v) => datedFigure(v, asOfDate))
  const earlier = new Map<Voiced, Voiced[]>()
  const current = dated.filter((d) => {
    const later = dated.filter((o) => updates(facet, o, d))
    const latest = later.reduce<typeof later[number] | undefined>((a, b) => (a && a.asOf! >= b.asOf! ? a : b), undefined)
    if (latest) earlier.set(latest.v, [...(earlier.get(latest.v) ?? []), d.v])
    return !latest
  }).map(({ v }) => v)
  return { current, earlier }
}

interface DatedFigure { readonly v: Voiced; readonly asOf: string | undefined; readonly cue: 'rise' | 'earlier' | undefined; readonly range: { min: number; max: number } | undefined }

const datedFigure = (v: Voiced, asOfDate: (v: Voiced) => string | undefined): DatedFigure => ({ v, asOf: asOfDate(v), cue: figureCue(v), range: figureRange(v.value) })

/** The range a figure states: a containment is a percentage ("5.5"), every other figure a count (`statedRange`). Pure. */
function figureRange(value: FacetValue): { min: number; max: number } | undefined {
  return value.facet === 'containment' ? levelRange(stance(value)) : statedRange(stance(value))
}

/**
 * Figures that only grow while an event goes on, whoever gives them: the people evacuated and rescued, a fire's
 * containment. A higher one as of a later day is the next report, not a dispute ("5 percent contained" on Monday, "10
 * percent" on Tuesday).
 */
const ACCUMULATING: ReadonlySet<string> = new Set(['displaced', 'rescued', 'containment'])

/**
 * Tolls, arrests and homes destroyed only grow too, but their sentences mostly date the event ("killed on Tuesday"),
 * not the count: a higher one (exact, or a lower bound above it) updates a lower one only when its article was published on a later day. Two
 * articles of one day, or a later one giving the lower figure, still dispute.
 */
const GROWS_BY_REPORT: ReadonlySet<string> = new Set(['killed', 'injured', 'arrested', 'destroyed'])

/**
 * True when figure `o` updates figure `d` of one facet: a risen count ("the toll rose to 15") updates every lower one
 * given as of no later a day, or said to be earlier ("police had earlier said 12"), whoever gave it, and so does a higher
 * count than a lower bound ("at least 25") or than a figure that only grows (`ACCUMULATING`) given as of a later day, or of its
 * day in an article published later, and any count than a toll of none reported in an earlier article (not a denial of
 * knowing of any, `deniesKnowing`); a voice's figure
 * as of a later day updates its own other one of another article. Pure.
 */
function updates(facet: string, o: DatedFigure, d: DatedFigure): boolean {
  const higher = !!o.range && !!d.range && o.range.min > d.range.max
  const rises = o.cue === 'rise' && higher && (d.cue === 'earlier' || (!!d.asOf && !!o.asOf && o.asOf >= d.asOf))
  // "at least 25 homes" on Monday leaves room for Tuesday's 140, whoever counts them, and so does the day's first report for its next.
  const laterDay = !!d.asOf && !!o.asOf && (o.asOf > d.asOf || (o.asOf === d.asOf && publishedBefore(d.v, o.v)))
  const boundRaised = higher && (stance(d.v.value).endsWith('+') || ACCUMULATING.has(facet)) && laterDay
  const reportedLater = higher && GROWS_BY_REPORT.has(facet) && o.cue !== 'earlier' && stance(d.v.value) !== '0' && publishedBefore(d.v, o.v)
  // "No injuries had been reported" is the count so far: an article published later that reports one updates it.
  const noneYet = higher && stance(d.v.value) === '0' && publishedBefore(d.v, o.v) && !deniesKnowing(d.v)
  // ... and never updates what is reported after it, whatever day the injury is dated ("suffered minor burns on Monday").
  if (stance(o.v.value) === '0' && publishedBefore(o.v, d.v)) return false
  return rises || boundRaised || reportedLater || noneYet || (o.v.speaker === d.v.speaker && o.v.article !== d.v.article && !!d.asOf && !!o.asOf && o.asOf > d.asOf && !compatible(facet, stance(o.v.value), stance(d.v.value)))
}

/** "was not aware of any deaths": a party's denial that it knows of any, which a later count disputes rather than updates. */
const UNAWARE = /\b(?:not\s+aware|unaware)\s+of\b/iu
const deniesKnowing = ({ article, value }: Voiced): boolean => UNAWARE.test(article.article.text.slice(value.sentence.start, value.sentence.end))

/** True when the article of `a` was published on an earlier day than that of `b`. Pure. */
function publishedBefore(a: Voiced, b: Voiced): boolean {
  const [from, to] = [a, b].map((v) => v.article.article.published?.date)
  return !!from && !!to && from < to
}

/** True when the figure `later` gives updates the one `earlier` gives, as the verdicts read it (`updates`). Pure. */
export function updatesFigure(later: Voiced, earlier: Voiced): boolean {
  const asOf = ({ article, value }: Voiced): string | undefined => readAsOf(article, value.sentence)
  return later.value.facet === earlier.value.facet && updates(later.value.facet, datedFigure(later, asOf), datedFigure(earlier, asOf))
}

/** A count given as risen to ("the toll rose to 15", "the number of dead reached 50", "bringing the death toll to 70"), ending at the figure. */
const RISEN_TO = /\b(?:(?:rose|rises|rising|risen|climbed|climbs|jumped|increased|grew|mounted)\s+to|reached|(?:bringing|brings|brought|taking|pushing)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:toll|total|tally|number)\s+to)\b[^.;]{0,30}$/iu
/** A count given as the latest in its sentence: "Four workers are now confirmed dead", "… has now risen". */
const NOW_COUNTED = /\b(?:is|are|has|have)\s+now\s+(?:been\s+)?(?:confirmed|known|reported|believed|feared|risen)\b/iu
/** A figure said to have been given before ("police had earlier said 12", "initially reported"). */
const EARLIER_FIGURE = /\b(?:earlier|initially|previously|originally|at\s+first)\b/iu

/** How a figure's own sentence dates it against others: risen to, given earlier, or neither. Pure. */
function figureCue({ article, value }: Voiced): 'rise' | 'earlier' | undefined {
  const text = article.article.text
  if (RISEN_TO.test(text.slice(value.sentence.start, value.span.end)) || NOW_COUNTED.test(text.slice(value.sentence.start, value.sentence.end))) return 'rise'
  return EARLIER_FIGURE.test(text.slice(value.sentence.start, value.span.start)) ? 'earlier' : undefined
}

/**
 * The day a figure is given as of: the date in its sentence ("reported 16 deaths on Friday"), else
 * the publication date. Each sentence's dates are read once, however many figures it gives.
 */
function asOfDates(): (v: Voiced) => string | undefined {
  const bySentence = new Map<AnalyzedArticle, Map<number, string | undefined>>()
  return ({ article, value }) => {
    const known = bySentence.get(article) ?? new Map<number, string | undefined>()
    bySentence.set(article, known)
    if (known.has(value.sentence.start)) return known.get(value.sentence.start)
    const asOf = readAsOf(article, value.sentence)
    known.set(value.sentence.start, asOf)
    return asOf
  }
}

/**
 * The last day `sentence` of `article` names, else the publication date: a figure is given as of
 * the latest time its sentence tells ("the toll from Wednesday's quake has risen to 127, the agency
 * said on Thursday" is Thursday's count). Pure.
 */
function readAsOf(article: AnalyzedArticle, sentence: Span): string | undefined {
  const published = article.article.published?.date
  const readings = readDates(article.article.text.slice(sentence.start, sentence.end), published)
  const days = readings.map((r) => eventDateOf(r, sentence.start)).filter((d) => d?.precision === 'day').map((d) => d!.value)
  return days.length > 0 ? days.reduce((a, b) => (b > a ? b : a)) : published
}

/** True when the article is a live blog: two or more lines open with a time. Pure. */
function isLiveBlog(article: AnalyzedArticle): boolean {
  return (article.article.text.match(TIMED_UPDATE)?.length ?? 0) >= 2
}

/**
 * A side's label with one more value's: listed after the others ("17 / at least 17"), or in place
 * of the figure it updates to ("16" becomes "14 → 16", how one voice reached it). Pure.
 */
function withLabel(current: string, label: string): string {
  const parts = current.split(' / ')
  if (parts.includes(label)) return current
  const reached = label.split(' → ').at(-1)
  return [...parts.filter((p) => p !== reached), label].join(' / ')
}

/** A figure as a side of its verdict reads it ("40+", "about 1.2 million"). Pure. */
export const figureLabel = (value: FacetValue): string => sideLabel(value, stance(value))

function sideLabel(value: FacetValue, key: string): string {
  if (value.facet === 'characterisation' || value.facet === 'motive' || value.facet === 'response') return key
  // Tolls read well as their ranges ("17+"), but "more than 400" as written, not "401+"; other figures are larger and read better as written ("about 1.2 million").
  const moreThan = /^(\d+)\+$/u.exec(key)
  if (moreThan && TOLL_FACETS.has(value.facet) && MORE_THAN.test(value.label)) return `more than ${Number(moreThan[1]) - 1}`
  const fewerThan = /^<(\d+)$/u.exec(key)
  if (fewerThan && TOLL_FACETS.has(value.facet)) return `fewer than ${fewerThan[1]}`
  return value.facet === 'when' || value.facet === 'where' || value.facet === 'indicator' || (COUNTED_FACETS.has(value.facet) && !TOLL_FACETS.has(value.facet)) ? value.label : aboutLabel(key)
}

/** Words that put a toll above its figure: "more than 400", "over 30". */
const MORE_THAN = /\b(?:more\s+than|over|above|in\s+excess\s+of|upwards\s+of)\s+\d/iu

/** "about 40" for the range "38-42" that "about 40" reads as (`aboutRange`); any other range as it is. Pure. */
export function aboutLabel(key: string): string {
  const range = /^(\d+)-(\d+)$/u.exec(key)
  if (!range) return key
  const [min, max] = [Number(range[1]), Number(range[2])]
  const n = Math.round((min + max) / 2)
  const about = aboutRange(n)
  return about.min === min && about.max === max ? `about ${n}` : key
}

function explain(status: Verdict['status'], topic: string, sides: readonly { label: string; evidence: readonly VoicedEvidence[] }[], reporting: ReadonlySet<string>, independent: number, oneVoice: string | undefined): string {
  const articles = [...reporting].sort().join(', ')
  if (status === 'contested') {
    return `${topic}: the accounts disagree — ${sides.map((s) => `"${s.label}" (${[...new Set(s.evidence.map((e) => e.speaker))].length} voice(s))`).join(' vs ')}.`
  }
  if (status === 'agreed') return `${topic}: ${independent} independent articles (${articles}) give compatible values: ${sides.map((s) => `"${s.label}"`).join(', ')}.`
  if (oneVoice) return `${topic}: one voice (${oneVoice}), quoted by articles ${articles}: not independent sources agreeing.`
  const value = sides.length > 0 ? ` ("${sides[0]!.label}")` : ''
  if (reporting.size > 1) return `${topic}: only one text, syndicated as articles ${articles}, reports this${value}.`
  return `${topic}: only article ${articles} reports this${value}.`
}
