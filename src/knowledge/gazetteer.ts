/**
 * @module knowledge/gazetteer — countries, their capitals and demonyms (from the maintained
 * `world-countries` package), their first-level subdivisions (states, provinces, regions: ISO
 * 3166-2 from `iso-3166`), their major cities (`models/cities.json`), major international organisations, pollsters, platforms and news media
 * (`data/organisations.json`),
 * indexed once by surface form for longest-match lookup over token sequences.
 */
import { iso31662 } from 'iso-3166'
import { createRequire } from 'node:module'
import type { Country } from 'world-countries'
import { majorCities } from './cities.js'
import { firstNameGender } from './first-names.js'
import organisations from './data/organisations.json' with { type: 'json' }

/** What a gazetteer name stands for. */
export interface GazetteerEntry {
  /** A capital speaks for its country ("Taipei said"); a region or a city is only a place ("Istanbul said" is not Turkey speaking). */
  readonly kind: 'country' | 'capital' | 'region' | 'city' | 'demonym' | 'organisation'
  /** Canonical name: the country's common name, the capital's, region's or city's name, or the organisation's name. */
  readonly name: string
  /**
   * ISO 3166 alpha-3 code of the country, for countries, capitals, cities, demonyms, the subdivisions of `FIRST_SUBDIVISIONS` and seats of government ("Kremlin");
   * for a country an article introduces itself (`withArticleNames`: "Durovia", "Durovian"), its name.
   */
  readonly country?: string
  /**
   * The country of a subdivision English-language news seldom covers, which names that country only
   * where the article names it too: "Savannah" is a Ghanaian region and a US city.
   */
  readonly within?: string
  /** A news organisation: an agency, broadcaster or newspaper, which may be an article's outlet. */
  readonly media?: true
  /** What an organisation is when its name does not tell ("Google" a company, "Kremlin" a government seat). */
  readonly type?: string
  /** A demonym that is only a noun for people of the country: one ("Spaniard") or several ("Spaniards", "Frenchmen"). */
  readonly people?: 'one' | 'many'
}

interface OrganisationFile { organisations: { name: string; aliases: string[]; type?: string; country?: string }[]; newsMedia: { name: string; aliases: string[] }[] }

const require = createRequire(import.meta.url)
const { organisations: ORGANISATIONS, newsMedia: NEWS_MEDIA }: OrganisationFile = organisations
// The package is CommonJS with a default-export typing that ESM interop does not honour.
/** States that are no UN member but whose capital speaks for them ("Taipei said"). */
const STATES_OUTSIDE_UN = new Set(['TWN', 'UNK', 'PSE', 'VAT'])
/** Sovereign states first: a territory shares its state's demonym ("French", "Dutch") and must not win it. */
const countries = [...(require('world-countries') as readonly Country[])].sort((a, b) => standing(b) - standing(a))
function standing(c: Country): number {
  return (c.unMember ? 2 : 0) + (c.independent ? 1 : 0)
}

/** Country names news writing uses that the data package does not list as spellings. */
const EXTRA_COUNTRY_NAMES: Record<string, readonly string[]> = {
  USA: ['US', 'U.S.', 'U.S.A.', 'America', 'United States of America'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  KOR: ['South Korea'], PRK: ['North Korea'], RUS: ['Russian Federation'], CZE: ['Czech Republic'], BIH: ['Bosnia'],
}
/** Capitals news names by a shorter form than the data's ("Washington" for "Washington D.C."). */
const EXTRA_CAPITALS: Record<string, readonly string[]> = { USA: ['Washington', 'Washington, D.C.', 'D.C.'] }
/**
 * Countries whose subdivisions go in first where names clash ("Florida", "Maryland" are US states
 * before they are a Uruguayan or Liberian department): those English-language news covers most.
 */
const FIRST_SUBDIVISIONS = ['US', 'CA', 'GB', 'AU', 'IN', 'NZ', 'IE', 'ZA']
/** Words that make up generic subdivision names ("Central", "North East"), which name no one place in running text. */
const GENERIC_PLACE_WORDS = new Set([
  'central', 'centre', 'center', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'nord', 'sud',
  'est', 'ouest', 'upper', 'lower', 'middle', 'capital', 'coast', 'coastal', 'lakes', 'lake', 'islands', 'island', 'river',
  'rivers', 'valley', 'highlands', 'lowlands', 'interior', 'region', 'district', 'city', 'province', 'state', 'border',
  'mountain', 'mountains', 'littoral', 'plateau', 'plateaux', 'savanes', 'saint', 'national', 'federal', 'territory',
])
/** Demonyms that go in before the data's own, which gives "American" to several territories. */
const EXTRA_DEMONYMS: Record<string, readonly string[]> = {
  GBR: ['UK'], USA: ['American', 'U.S.', 'US'], BIH: ['Bosnian'],
  // The country data gives the Soviet-era spellings ("Kirghiz", "Tadzhik"); news writes these.
  KGZ: ['Kyrgyz'], TJK: ['Tajik'], UZB: ['Uzbek'], KAZ: ['Kazakh'],
}

/**
 * Nouns for a country's people that its adjective is not ("Spaniard" beside "Spanish"), with their
 * plurals: "the Spaniard said", "two Danes were hurt". Not those that are also common first names or
 * words ("Finn", "Pole", "Brit").
 */
const DEMONYM_NOUNS: Record<string, readonly string[]> = {
  GBR: ['Briton', 'Englishman', 'Englishwoman', 'Scot', 'Welshman', 'Welshwoman'], ESP: ['Spaniard'], SWE: ['Swede'], DNK: ['Dane'],
  TUR: ['Turk'], FRA: ['Frenchman', 'Frenchwoman'], IRL: ['Irishman', 'Irishwoman'], NLD: ['Dutchman', 'Dutchwoman'],
  ISL: ['Icelander'], NZL: ['New Zealander'], LUX: ['Luxembourger'],
}

/** A surface-form index of countries, capitals, demonyms and organisations. */
export interface Gazetteer {
  /** Entries by exact surface form ("Azerbaijan", "Azerbaijani", "Baku", "NATO"). */
  readonly byName: ReadonlyMap<string, GazetteerEntry>
  /** Longest surface form, in words, for bounding longest-match scans. */
  readonly maxWords: number
  /** Country common name by alpha-3 code. */
  readonly countryName: ReadonlyMap<string, string>
  /**
   * Subdivisions whose name a country or capital took, by that name: the US state "Georgia", the
   * Australian state "Victoria" (the capital of the Seychelles), for the mentions stage to prefer by context.
   */
  readonly shadowed: ReadonlyMap<string, GazetteerEntry>
}

let cached: Gazetteer | undefined
/** The gazetteer with one article's own names (`withArticleNames`) while that article is read, else unset. */
let article: Gazetteer | undefined

/** Returns the gazetteer, built once per process, with the names of the article being read (`withArticleNames`). */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer()
  return article ?? cached
}

/**
 * Runs `read` with the names `namesOf` gives (countries an article introduces itself: "Durovia", "Durovian") known to
 * `gazetteer()` beside its own, and forgotten after. The analysis is synchronous, so no other article sees them.
 * Inside another article's names (the pipeline's, around its mentions stage) `namesOf` is not called: they are these.
 */
export function withArticleNames<T>(namesOf: () => ReadonlyMap<string, GazetteerEntry>, read: () => T): T {
  if (article) return read()
  const names = namesOf()
  if (names.size === 0) return read()
  const base = gazetteer()
  const countryName = new Map([...names.values()].flatMap((e) => (e.kind === 'country' && e.country ? [[e.country, e.name] as const] : [])))
  article = { ...base, byName: new Overlay(base.byName, names), countryName: new Overlay(base.countryName, countryName) }
  try {
    return read()
  } finally {
    article = undefined
  }
}

/** A read-only map that looks in `extra` before `base`, without copying `base`. */
class Overlay<V> implements ReadonlyMap<string, V> {
  constructor(private readonly base: ReadonlyMap<string, V>, private readonly extra: ReadonlyMap<string, V>) {}
  get(key: string): V | undefined {
    return this.extra.get(key) ?? this.base.get(key)
  }
  has(key: string): boolean {
    return this.extra.has(key) || this.base.has(key)
  }
  get size(): number {
    return [...this.keys()].length
  }
  *entries(): MapIterator<[string, V]> {
    yield* this.extra
    for (const [key, value] of this.base) if (!this.extra.has(key)) yield [key, value]
  }
  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key
  }
  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value
  }
  forEach(each: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) each(value, key, this)
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries()
  }
}

function buildGazetteer(): Gazetteer {
  const byName = new Map<string, GazetteerEntry>()
  const countryName = new Map<string, string>()
  const shadowed = new Map<string, GazetteerEntry>()
  // Earlier additions win, so countries go in before capitals and demonyms.
  const add = (surface: string, entry: GazetteerEntry): void => {
    const key = surface.trim()
    const taken = byName.get(key)
    if (entry.kind === 'region' && (taken?.kind === 'country' || taken?.kind === 'capital') && !shadowed.has(key)) shadowed.set(key, entry)
    if (key.length < 2 || taken) return
    byName.set(key, entry)
  }
  for (const c of countries) {
    const entry: GazetteerEntry = { kind: 'country', name: c.name.common, country: c.cca3 }
    countryName.set(c.cca3, c.name.common)
    add(c.name.common, entry)
    add(c.name.official, entry)
    add(`the ${c.name.official}`, entry)
    for (const alt of c.altSpellings) if (alt.length > 3 || /^[A-Z]\.?[A-Z]\.?[A-Z]?\.?$/u.test(alt) && alt.length > 2) add(alt, entry)
    for (const alt of EXTRA_COUNTRY_NAMES[c.cca3] ?? []) add(alt, entry)
  }
  const addDemonyms = (c: (typeof countries)[number], given: readonly (string | undefined)[]): void => {
    const forms = new Set(given.filter((f): f is string => !!f))
    for (const form of [...forms]) if (/[^s]$/u.test(form) && !/ese$/u.test(form) && !/^[A-Z.]+$/u.test(form)) forms.add(`${form}s`)
    for (const form of forms) add(form, { kind: 'demonym', name: c.name.common, country: c.cca3 })
  }
  for (const c of countries) addDemonyms(c, EXTRA_DEMONYMS[c.cca3] ?? [])
  for (const c of countries) {
    for (const one of DEMONYM_NOUNS[c.cca3] ?? []) {
      add(one, { kind: 'demonym', name: c.name.common, country: c.cca3, people: 'one' })
      add(one.endsWith('man') ? `${one.slice(0, -3)}men` : `${one}s`, { kind: 'demonym', name: c.name.common, country: c.cca3, people: 'many' })
    }
  }
  for (const c of countries) {
    // A dependency's capital is more often a surname than that town ("Hamilton", "Stanley", "Douglas").
    if (c.unMember || STATES_OUTSIDE_UN.has(c.cca3)) for (const capital of c.capital) add(capital, { kind: 'capital', name: capital, country: c.cca3 })
    addDemonyms(c, [c.demonyms?.['eng']?.m, c.demonyms?.['eng']?.f])
  }
  for (const c of countries) for (const capital of EXTRA_CAPITALS[c.cca3] ?? []) add(capital, { kind: 'capital', name: c.capital[0] ?? capital, country: c.cca3 })
  // The subdivisions of the well-covered countries first, then cities, then the other subdivisions:
  // "Savannah" is a US city before it is a Ghanaian region.
  const regions = subdivisions()
  for (const region of regions.filter((r) => r.entry.country)) add(region.name, region.entry)
  for (const city of majorCities()) {
    const entry: GazetteerEntry = { kind: 'city', name: city.name, country: city.country }
    for (const spelling of [city.name, ...city.spellings]) {
      add(spelling, entry)
      add(withoutDiacritics(spelling), entry)
    }
  }
  for (const region of regions.filter((r) => !r.entry.country)) add(region.name, region.entry)
  for (const [org, media] of [...ORGANISATIONS.map((o) => [o, false] as const), ...NEWS_MEDIA.map((o) => [o, true] as const)]) {
    const type = 'type' in org ? org.type : undefined
    // A seat of government ("the Kremlin", "Downing Street") is its country's.
    const country = 'country' in org ? org.country : undefined
    const entry: GazetteerEntry = { kind: 'organisation', name: org.name, ...(media ? { media } : {}), ...(type ? { type } : {}), ...(country ? { country } : {}) }
    add(org.name, entry)
    add(`the ${org.name}`, entry)
    for (const alias of org.aliases) add(alias, entry)
  }
  let maxWords = 1
  for (const key of byName.keys()) maxWords = Math.max(maxWords, key.split(/\s+/u).length)
  return { byName, maxWords, countryName, shadowed }
}

/**
 * First-level subdivisions with names that can stand for one place: parenthesised, generic
 * ("Central") and short names are left out, and outside the countries of `FIRST_SUBDIVISIONS` so
 * are names that are also common first names ("Angus"); there a name gives its country only as
 * `within`. Names with diacritics also go in without.
 */
function subdivisions(): { name: string; entry: GazetteerEntry }[] {
  const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3]))
  const rank = (parent: string): number => {
    const at = FIRST_SUBDIVISIONS.indexOf(parent)
    return at < 0 ? FIRST_SUBDIVISIONS.length : at
  }
  const out: { name: string; entry: GazetteerEntry }[] = []
  for (const s of [...iso31662].sort((a, b) => rank(a.parent) - rank(b.parent))) {
    const words = s.name.toLowerCase().split(/[\s-]+/u)
    if (/[(),/]/u.test(s.name) || s.name.length < 4 || words.every((w) => GENERIC_PLACE_WORDS.has(w) || w.length <= 2)) continue
    const outlying = rank(s.parent) === FIRST_SUBDIVISIONS.length
    if (outlying && words.length === 1 && firstNameGender(s.name) !== undefined) continue
    const country = alpha3.get(s.parent)
    const plain = withoutDiacritics(s.name)
    const entry: GazetteerEntry = { kind: 'region', name: plain, ...(country ? (outlying ? { within: country } : { country }) : {}) }
    out.push({ name: s.name, entry })
    if (plain !== s.name) out.push({ name: plain, entry })
  }
  return out
}

/** True when the entry names a place inside a country: its capital, a region or a city. Pure. */
export function isPlaceWithin(entry: GazetteerEntry | undefined): boolean {
  return entry?.kind === 'capital' || entry?.kind === 'region' || entry?.kind === 'city'
}

/** A name without its diacritics, as the gazetteer also looks it up ("Cordoba" for "Córdoba"). Pure. */
export function withoutDiacritics(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '')
}

/**
 * The country a gazetteer entry names: its own, or for a seldom-covered subdivision its country when
 * `named` (the countries the article names otherwise) holds it. Pure.
 */
export function countryNamedBy(entry: GazetteerEntry | undefined, named: ReadonlySet<string>): string | undefined {
  return entry?.country ?? (entry?.within !== undefined && named.has(entry.within) ? entry.within : undefined)
}

/** True when the gazetteer knows `name` as something other than a news organisation (a country, a capital, the UN): never an article's outlet. */
export function knownNotMedia(name: string): boolean {
  const known = gazetteer().byName.get(name)
  return known !== undefined && !known.media
}
