/**
 * @module compare/actors — one canonical actor for every name variant across articles
 * ("Aliyev", "Azerbaijan President Ilham Aliyev", "the Azerbaijani president").
 *
 * Each article-local actor gets a key from what identifies it: a country code, a person's
 * surname, an institution's country and role, an organisation's name. Actors with one key
 * are one canonical actor, whose id is the key (readable and stable across runs).
 */
import type { Actor, AnalyzedArticle, CanonicalActor } from '../model/schema.js'
import { TITLE_SET } from '../analyze/mentions/lexicon.js'
import { ACRONYM, personNameParts, samePerson, surnameKey, surnameOf } from '../analyze/mentions/mentions.js'

/** Canonical actors, and a lookup from (article, local actor id) to canonical id. */
export interface ActorIndex {
  readonly actors: CanonicalActor[]
  /** Canonical id of an article-local actor; undefined for unknown ids. */
  canonical(articleId: string, localId: string): string | undefined
  /** Canonical id of a voice: `outlet:<articleId>` for the outlet's own, else its speaker's, else `unknown`. */
  voiceOf(articleId: string, voice: string): string
  /** The party an actor speaks or acts for: its country when it has one, else itself. */
  party(canonicalId: string): string
  byId(canonicalId: string): CanonicalActor | undefined
  /** Canonical id of the actor one of whose names is `name`, case aside. */
  byName(name: string): string | undefined
}

/** Returns the identifying key of an article-local actor. Pure. */
export function actorKey(actor: Actor): string {
  const role = actor.role ?? ''
  switch (actor.kind) {
    case 'country': return `country:${actor.country ?? actor.name}`
    case 'person': {
      if (role === 'perpetrator') return 'perpetrator'
      // The surname as mentions compare it (case and particles aside: "Erik Ten Hag" ~ "Erik ten Hag"),
      // with any suffix: "Donald Trump Jr." is not "Donald Trump".
      const { words, suffix } = personNameParts(actor.name)
      const surname = [surnameKey(words[words.length - 1] ?? actor.name), suffix.toLowerCase()].filter(Boolean).join(' ')
      // A role-only person ("Azerbaijan president") keys by country and role.
      return /\b(?:president|minister|ambassador|counterpart|leader|spokes\w+)$/u.test(actor.name) && actor.country ? `role:${actor.country}:${role}` : `person:${surname}`
    }
    case 'organisation':
    case 'group':
      return role && actor.country ? `inst:${actor.country}:${role}` : `org:${actor.name.toLowerCase()}`
    case 'unnamed': return `unnamed:${actor.country ?? ''}:${role || actor.name}`
    default: return `${actor.kind}:${actor.name.toLowerCase()}`
  }
}

/** An actor without its affiliation, an article-local id that canonical actors replace with a canonical one. Pure. */
function withoutAffiliation(actor: Actor): Actor {
  const copy = { ...actor }
  delete copy.affiliation
  return copy
}

/** The name the mentions stage gives a perpetrator an article calls only by a judging label ("the terrorist"). */
const GENERIC_PERPETRATOR = /^the\s+perpetrators?$/u
/** An organisation or a group: the kinds acronyms and short names link. */
const isOrganisation = (actor: Actor): boolean => actor.kind === 'organisation' || actor.kind === 'group'

/** The initials of a name's capitalised words: "Electoral Commission of Zambia" → "ECZ"; undefined under two. Pure. */
function initials(name: string): string | undefined {
  const letters = name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('')
  return letters.length >= 2 ? letters : undefined
}

/**
 * Returns links from the key of an organisation named by a bare acronym in one article ("UDA said")
 * to the key of the organisation another article spells out ("United Democratic Alliance (UDA)"),
 * as [from, to] pairs. Organisations that carry the acronym as an alias (they define it in the text)
 * are one organisation; without any, the one whose initials form it, if only one does. Pure.
 */
function acronymLinks(articles: readonly AnalyzedArticle[]): Array<[string, string]> {
  const bare = new Map<string, Set<string>>()
  const defined = new Map<string, Set<string>>()
  const spelled = new Map<string, Set<string>>()
  const add = (map: Map<string, Set<string>>, acronym: string, key: string): void => {
    map.set(acronym, (map.get(acronym) ?? new Set<string>()).add(key))
  }
  for (const a of articles) for (const actor of a.actors) {
    const key = actorKey(actor)
    // A bare acronym read as a person ("TRE denied") is the organisation too.
    if (ACRONYM.test(actor.name) && actor.kind !== 'country') {
      add(bare, actor.name, key)
      continue
    }
    if (!isOrganisation(actor)) continue
    for (const alias of actor.aliases) if (ACRONYM.test(alias)) add(defined, alias, key)
    const own = initials(actor.name)
    if (own) add(spelled, own, key)
  }
  const links: Array<[string, string]> = []
  for (const acronym of new Set([...bare.keys(), ...defined.keys()])) {
    const bareKeys = bare.get(acronym) ?? []
    const definers = [...(defined.get(acronym) ?? [])]
    const spellers = [...(spelled.get(acronym) ?? [])]
    const targets = definers.length ? definers : spellers.length === 1 ? spellers : []
    const [target, ...others] = targets
    if (!target) continue
    for (const key of [...bareKeys, ...others]) if (key !== target) links.push([key, target])
  }
  return links
}

/**
 * Returns links from the key of an organisation one article names by a short name ("Veltrane") to
 * the organisation another article names in full and gives that short name as an alias ("Veltrane
 * Pharma … Veltrane said"), as [from, to] pairs; a short name two organisations share links
 * nothing. Pure.
 */
function shortNameLinks(articles: readonly AnalyzedArticle[]): Array<[string, string]> {
  const owners = new Map<string, Set<string>>()
  for (const a of articles) for (const actor of a.actors.filter(isOrganisation)) {
    for (const alias of actor.aliases) {
      if (!/^\p{Lu}/u.test(alias) || alias.toLowerCase() === actor.name.toLowerCase()) continue
      owners.set(alias.toLowerCase(), (owners.get(alias.toLowerCase()) ?? new Set<string>()).add(actorKey(actor)))
    }
  }
  const links: Array<[string, string]> = []
  for (const a of articles) for (const actor of a.actors.filter(isOrganisation)) {
    const [owner, ...others] = owners.get(actor.name.toLowerCase()) ?? []
    const key = actorKey(actor)
    if (owner && others.length === 0 && owner !== key) links.push([key, owner])
  }
  return links
}

/**
 * Returns links from the key of a person named with a suffix in some articles ("Paul R. Denton Jr.")
 * to the key of the person others name without it ("Paul Denton"), as [from, to] pairs: news drops a
 * suffix as it drops a middle initial. Not when an article names both (a son beside his father:
 * "Donald Trump Jr." and "Donald Trump"), nor when the names differ otherwise ("Mark Denton Jr."). Pure.
 */
function suffixLinks(articles: readonly AnalyzedArticle[], keyOf: (articleId: string, actor: Actor) => string): Array<[string, string]> {
  const namesByKey = new Map<string, string[]>()
  const told = new Set<string>()
  for (const a of articles) {
    const keys = new Set<string>()
    for (const actor of a.actors.filter((x) => x.kind === 'person')) {
      const key = keyOf(a.article.id, actor)
      keys.add(key)
      namesByKey.set(key, [...(namesByKey.get(key) ?? []), withoutTitles(actor.name)])
    }
    for (const key of keys) for (const other of keys) told.add(`${key}\u0000${other}`)
  }
  const links: Array<[string, string]> = []
  for (const [key, names] of namesByKey) {
    // Only a name written out in full, with a middle name or initial ("Eric H. Holder Jr."), is the style some outlets
    // keep and others drop; "Donald Trump Jr." is how every outlet names him, and the bare name is his father.
    const suffixed = names.filter((n) => personNameParts(n).suffix && personNameParts(n).words.length >= 3)
    const plain = suffixed.length > 0 ? `person:${surnameKey(surnameOf(suffixed[0]!))}` : undefined
    if (!plain || plain === key || told.has(`${key}\u0000${plain}`)) continue
    const withoutSuffix = (n: string): string => personNameParts(n).words.join(' ')
    const others = namesByKey.get(plain)
    if (others && others.every((n) => suffixed.every((s) => samePerson(withoutSuffix(s), n)))) links.push([key, plain])
  }
  return links
}

/**
 * Returns links from the key of an institution an article names without its country ("the defence ministry said") to
 * the one institution of that role other articles name with it ("Azerbaijan's defence ministry"), as [from, to]
 * pairs: outlets drop the country their story is about. Only when one country's institution of that role is named in
 * all the articles, and every article naming the bare one names that country too. Pure.
 */
function countryOmittedLinks(articles: readonly AnalyzedArticle[]): Array<[string, string]> {
  const countries = new Map<string, Set<string>>()
  for (const a of articles) for (const actor of a.actors.filter(isOrganisation)) {
    if (actor.role && actor.country) countries.set(actor.role, (countries.get(actor.role) ?? new Set<string>()).add(actor.country))
  }
  const bare = new Map<string, { role: string; articles: AnalyzedArticle[] }>()
  for (const a of articles) for (const actor of a.actors.filter(isOrganisation)) {
    if (!actor.role || actor.country) continue
    const key = actorKey(actor)
    bare.set(key, { role: actor.role, articles: [...(bare.get(key)?.articles ?? []), a] })
  }
  const links: Array<[string, string]> = []
  for (const [key, { role, articles: naming }] of bare) {
    const [country, ...others] = countries.get(role) ?? []
    if (!country || others.length > 0) continue
    if (naming.every((a) => a.actors.some((x) => x.country === country))) links.push([key, `inst:${country}:${role}`])
  }
  return links
}

/** Titles as news abbreviates them before a name ("Supt Delaney", "Cllr Roe"), besides `PERSON_TITLES` with or without their full stop. */
const ABBREVIATED_TITLE = /^(?:supt|det|insp|cllr|prof|rev|fr|sr|cpl|pte|cmdr|cdr|mx)\.?$/iu

/** A first name written as its initial: "J.", "J". */
const INITIAL = /^\p{Lu}\.?$/u

/** True when `word` is a title before a name ("Sen.", "Supt"). Pure. */
function isTitle(word: string): boolean {
  return ABBREVIATED_TITLE.test(word) || TITLE_SET.has(word.toLowerCase()) || TITLE_SET.has(`${word.toLowerCase()}.`)
}

/** A person's name without the titles before it: "Sen. Dick Marlow" → "Dick Marlow". Pure. */
function withoutTitles(name: string): string {
  const words = name.trim().split(/\s+/u)
  const at = words.findIndex((w) => !isTitle(w))
  return at > 0 ? words.slice(at).join(' ') : name
}

/** The first name of a person's name, titles aside, or undefined when it has none ("Okafor", "Supt Delaney"). Pure. */
function firstName(name: string): string | undefined {
  const { words } = personNameParts(withoutTitles(name))
  return words.length > 1 ? words[0] : undefined
}

/**
 * Returns the key of every article-local person (by `article\0actor` id) whose surname key several
 * different people share across the articles ("Terrence Okafor", "Gloria Okafor"): the key with
 * the person's first name added, one per person (`samePerson`: "J. Smith" ~ "John Smith"). A lone
 * surname of such a person, or an initial that fits several, is left on the surname key, which then names neither. Pure; linear in
 * actors times the few people one surname names.
 */
function namesakeKeys(articles: readonly AnalyzedArticle[]): Map<string, string> {
  const people = new Map<string, Array<{ id: string; name: string; first: string }>>()
  for (const a of articles) for (const actor of a.actors) {
    const first = actor.kind === 'person' ? firstName(actor.name) : undefined
    if (first === undefined) continue
    const key = actorKey(actor)
    if (!key.startsWith('person:')) continue
    const named = people.get(key) ?? []
    named.push({ id: `${a.article.id}\u0000${actor.id}`, name: withoutTitles(actor.name), first })
    people.set(key, named)
  }
  const out = new Map<string, string>()
  for (const [key, named] of people) {
    const persons: Array<{ name: string; first: string; ids: string[] }> = []
    // Whole first names before initials, the fullest name first: the same people in any order of the articles.
    const ordered = [...named].sort((a, b) => Number(INITIAL.test(a.first)) - Number(INITIAL.test(b.first)) || b.name.length - a.name.length || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    for (const { id, name, first } of ordered) {
      const same = persons.filter((p) => samePerson(p.name, name))
      if (same.length === 1) same[0]!.ids.push(id)
      else if (same.length === 0) persons.push({ name, first, ids: [id] })
      // "J. Smith" beside "John Smith" and "Jane Smith" could be either: left on the surname key, as a lone surname is.
    }
    if (persons.length < 2) continue
    // Keyed by the first name of the person's fullest name: "Sen. Dick Marlow" joins "Richard Marlow" by `samePerson` above.
    for (const p of persons) for (const id of p.ids) out.set(id, `${key}:${p.first.toLowerCase()}`)
  }
  return out
}

/** Builds canonical actors over all articles. Pure. */
export function canonicalActors(articles: readonly AnalyzedArticle[]): ActorIndex {
  const byKey = new Map<string, CanonicalActor>()
  const namesakes = namesakeKeys(articles)
  // The key of an actor of article `articleId`: its namesake key where several people share its surname.
  const keyOf = (articleId: string, actor: Actor): string => namesakes.get(`${articleId}\u0000${actor.id}`) ?? actorKey(actor)
  const local = new Map<string, string>()
  // A role-only person ("the Azerbaijani president") joins the named person with that role and country.
  const named = new Map<string, string>()
  // A lone name read as a person in one article ("Nordvik denied") is the organisation another names so ("Swedish truckmaker Nordvik AB").
  const organisations = new Map<string, string>()
  for (const a of articles) for (const actor of a.actors) {
    const key = keyOf(a.article.id, actor)
    if (actor.kind === 'person' && actor.role && actor.country && !key.startsWith('role:')) named.set(`role:${actor.country}:${actor.role}`, key)
    if (actor.kind === 'organisation') organisations.set(actor.name.toLowerCase(), key)
  }
  for (const a of articles) for (const actor of a.actors) {
    const organisation = actor.kind === 'person' && !/\s/u.test(actor.name.trim()) ? organisations.get(actor.name.toLowerCase()) : undefined
    if (organisation) named.set(actorKey(actor), organisation)
  }
  for (const [from, to] of [...acronymLinks(articles), ...shortNameLinks(articles), ...suffixLinks(articles, keyOf), ...countryOmittedLinks(articles)]) if (!named.has(from)) named.set(from, named.get(to) ?? to)
  for (const a of articles) {
    for (const actor of a.actors.map(withoutAffiliation)) {
      // Each article's writer ("I" outside quotations) speaks in the outlet's own voice: keyed as that
      // voice (`outlet:<articleId>`, never merged across articles), named by the byline where there is one.
      const author = actor.kind === 'outlet'
      let key = author ? `outlet:${a.article.id}` : keyOf(a.article.id, actor)
      key = named.get(key) ?? key
      local.set(`${a.article.id}\u0000${actor.id}`, key)
      const existing = byKey.get(key)
      if (!existing) {
        const name = author ? a.article.byline ?? `${actor.name} of ${a.article.outlet?.name ?? a.article.id}` : actor.name
        byKey.set(key, { ...actor, id: key, name, aliases: [...actor.aliases], members: [{ articleId: a.article.id, actor: actor.id }] })
        continue
      }
      existing.members.push({ articleId: a.article.id, actor: actor.id })
      // The longest name is the fullest ("Ilham Aliyev" over "Aliyev"); the rest become aliases.
      const names = new Set([existing.name, ...existing.aliases, actor.name, ...actor.aliases])
      // A proper name ("Ilham Aliyev") beats a description ("Azerbaijani president"); then the longest.
      const proper = (n: string): number => (/^\p{Lu}[\p{L}'’.-]*(?:\s(?:(?:of|and|for|the|de)\s)?\p{Lu}[\p{L}'’.-]*)*$/u.test(n) ? 1 : 0)
      const name = [...names].sort((x, y) => proper(y) - proper(x) || y.length - x.length || x.localeCompare(y))[0] ?? existing.name
      const merged: CanonicalActor = {
        ...existing,
        // The perpetrator keeps a plain name, the first an article gives ("the gunman"), over the generic "the perpetrator";
        // descriptions ("the terrorist") stay aliases.
        name: key === 'perpetrator' ? (GENERIC_PERPETRATOR.test(existing.name) ? actor.name : existing.name)
          : actor.kind === existing.kind && name.split(/\s+/u).length <= 5 ? name : existing.name,
        ...(existing.country ?? actor.country ? { country: existing.country ?? actor.country } : {}),
        ...(existing.role ?? actor.role ? { role: existing.role ?? actor.role } : {}),
        aliases: [],
      }
      merged.aliases.push(...[...names].filter((n) => n !== merged.name).sort())
      byKey.set(key, merged)
    }
  }
  // A person's affiliation, from the first article that names one, as the organisation's canonical id.
  for (const a of articles) for (const actor of a.actors) {
    const person = byKey.get(local.get(`${a.article.id}\u0000${actor.id}`) ?? '')
    const employer = actor.affiliation ? local.get(`${a.article.id}\u0000${actor.affiliation}`) : undefined
    if (person && employer && !person.affiliation && employer !== person.id) person.affiliation = employer
  }
  const actors = [...byKey.values()].sort((x, y) => x.id.localeCompare(y.id))
  const names = new Map<string, string>()
  for (const actor of actors) for (const name of [actor.name, ...actor.aliases]) if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), actor.id)
  return {
    actors,
    canonical: (articleId, localId) => local.get(`${articleId}\u0000${localId}`),
    voiceOf: (articleId, voice) => (voice === 'outlet' ? `outlet:${articleId}` : local.get(`${articleId}\u0000${voice}`) ?? 'unknown'),
    party: (id) => {
      const actor = byKey.get(id)
      return actor?.country && actor.kind !== 'country' ? `country:${actor.country}` : id
    },
    byId: (id) => byKey.get(id),
    byName: (name) => names.get(name.toLowerCase()),
  }
}
