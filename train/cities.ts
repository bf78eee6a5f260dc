/**
 * @module train/cities — writes `models/cities.json`, the major cities whose name stands for one
 * city of one country, for the gazetteer (`src/knowledge/cities.ts`).
 *
 * `npm install --no-save city-timezones@1.3.4 && npm run train -- cities`
 *
 * The source: the populated places of `city-timezones` (MIT; Natural Earth and simplemaps data),
 * each with its population and country. A city is kept from `POPULATION_FLOOR` people: the cities
 * news names without their country, above the many towns whose names are surnames and words
 * ("Lincoln", "Mobile", "Flint"). Left out are names that another country's city of at least
 * `RIVAL_SHARE` of the population shares ("Birmingham", "Hyderabad", "Valencia"), names the
 * gazetteer already knows as a country, capital or demonym ("Kuwait", "Armenia"), the few names
 * that are more often a word or a surname (`NOT_CITIES`), and first names under
 * `FIRST_NAME_FLOOR`: a first-name city below that ("Aurora", "Gary") is more often a person,
 * while "Sydney", "Atlanta" or "Dallas" before a surname is read as a person by the mentions stage.
 */
import { createRequire } from 'node:module'
import type { Country } from 'world-countries'
import { writeModel } from '../src/learn/model-file.js'
import { CITIES_FILE, type SavedCities } from '../src/knowledge/cities.js'
import { firstNameGender } from '../src/knowledge/first-names.js'
import { withoutDiacritics } from '../src/knowledge/gazetteer.js'
import { installCommand, readPackageFile, type PinnedPackage } from './lib-package.js'

const SOURCE: PinnedPackage = { name: 'city-timezones', version: '1.3.4' }
const POPULATION_FLOOR = 250_000
const FIRST_NAME_FLOOR = 500_000
/** Another country's city of this share of the largest one's population makes a name ambiguous. */
const RIVAL_SHARE = 0.2
/** Names more often a word, a surname or another place: "Reading the report", "Batman", "Windsor Castle", "East London" in Britain. */
const NOT_CITIES = new Set(['Reading', 'Nice', 'Buffalo', 'Batman', 'Columbia', 'Mesa', 'Hue', 'Natal', 'Windsor', 'East London', 'General Santos', 'St. Paul', 'Hamilton', 'Hail', 'Americana'])
/**
 * Spellings English news uses for cities the data spells in an older or another transliteration, or
 * renamed: the entry written for the data's name, its spellings joined by `|`, the one news uses most first.
 */
const NEWS_SPELLINGS: Readonly<Record<string, string>> = {
  Odessa: 'Odesa|Odessa', Lvov: 'Lviv|Lvov', Dnipropetrovsk: 'Dnipro|Dnipropetrovsk', Sevastapol: 'Sevastopol', Zaporizhzhya: 'Zaporizhzhia|Zaporizhzhya',
  Mykolayiv: 'Mykolaiv|Mykolayiv', 'Kryvyy Rih': 'Kryvyi Rih|Kryvyy Rih', Vinnytsya: 'Vinnytsia|Vinnytsya', Khmelnytskyy: 'Khmelnytskyi|Khmelnytskyy',
  Rangoon: 'Yangon|Rangoon', Ujungpandang: 'Makassar', 'Sao Paulo': 'São Paulo|Sao Paulo', Bogota: 'Bogotá|Bogota', Medellin: 'Medellín|Medellin',
  'Ft. Worth': 'Fort Worth', Irbil: 'Erbil|Irbil', Hims: 'Homs', Hamah: 'Hama', 'Dayr az Zawr': 'Deir ez-Zor', 'Al Ladhiqiyah': 'Latakia',
  Banghazi: 'Benghazi', Misratah: 'Misrata', 'An Najaf': 'Najaf', 'Ar Ramadi': 'Ramadi', 'As Sulaymaniyah': 'Sulaymaniyah', 'Al Hudaydah': 'Hodeidah',
  Taizz: 'Taiz', Makkah: 'Mecca|Makkah', 'Ad Damman': 'Dammam', 'El Giza': 'Giza', 'Bur Said': 'Port Said', 'Tel Aviv-Yafo': 'Tel Aviv|Tel Aviv-Yafo',
  Antwerpen: 'Antwerp|Antwerpen', Gent: 'Ghent|Gent', Göteborg: 'Gothenburg|Göteborg', Nürnberg: 'Nuremberg|Nürnberg', Hannover: 'Hanover|Hannover',
  Piraiévs: 'Piraeus', Shenyeng: 'Shenyang', Shijianzhuang: 'Shijiazhuang', Mudangiang: 'Mudanjiang', Xian: "Xi'an|Xian", Icel: 'Mersin',
  Bengaluru: 'Bengaluru|Bangalore', Prayagraj: 'Prayagraj|Allahabad', 'Chhatrapati Sambhajinagar': 'Aurangabad|Chhatrapati Sambhajinagar',
  Haora: 'Howrah|Haora', Jullundur: 'Jalandhar|Jullundur', Sholapur: 'Solapur|Sholapur', Nasik: 'Nashik|Nasik', 'Dehra Dun': 'Dehradun|Dehra Dun',
  Bhubaneshwar: 'Bhubaneswar|Bhubaneshwar', Vishakhapatnam: 'Visakhapatnam|Vishakhapatnam',
}

interface Place { readonly city: string; readonly pop: number; readonly iso3: string }


/** The countries' alpha-3 codes, and the names the gazetteer takes for countries, capitals and demonyms before any city. */
function countryWords(): { codes: Set<string>; words: Set<string> } {
  const require = createRequire(import.meta.url)
  const codes = new Set<string>()
  const words = new Set<string>()
  for (const c of require('world-countries') as readonly Country[]) {
    codes.add(c.cca3)
    for (const w of [c.name.common, c.name.official, ...c.altSpellings, ...c.capital, c.demonyms?.['eng']?.m, c.demonyms?.['eng']?.f]) if (w) words.add(withoutDiacritics(w))
  }
  return { codes, words }
}

/** The largest of `places` (all those of one name, diacritics aside) when the name is kept for it. */
function keptCity(places: readonly Place[], known: ReturnType<typeof countryWords>): Place | undefined {
  const [largest, ...others] = [...places].sort((a, b) => b.pop - a.pop)
  if (!largest || largest.pop < POPULATION_FLOOR || !known.codes.has(largest.iso3) || known.words.has(withoutDiacritics(largest.city)) || NOT_CITIES.has(largest.city) || !/^\p{Lu}[^,]*$/u.test(largest.city)) return undefined
  if (others.some((p) => p.iso3 !== largest.iso3 && p.pop >= largest.pop * RIVAL_SHARE)) return undefined
  if (firstNameGender(withoutDiacritics(largest.city)) !== undefined && largest.pop < FIRST_NAME_FLOOR) return undefined
  return largest
}

/** Builds and writes the list; ends with one JSON line. */
export function run(): Promise<void> {
  const byName = new Map<string, Place[]>()
  for (const p of JSON.parse(readPackageFile(SOURCE, 'data/cityMap.json')) as Place[]) {
    const places = byName.get(withoutDiacritics(p.city)) ?? []
    places.push(p)
    byName.set(withoutDiacritics(p.city), places)
  }
  const known = countryWords()
  const cities: Record<string, string[]> = {}
  let count = 0
  for (const [, places] of [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const city = keptCity(places, known)
    if (!city) continue
    const list = (cities[city.iso3] ??= [])
    list.push(NEWS_SPELLINGS[city.city] ?? city.city)
    count++
  }
  const saved: SavedCities = {
    model: 'cities',
    trainedOn: {
      data: `${SOURCE.name}@${SOURCE.version} data/cityMap.json (MIT; Natural Earth and simplemaps populated places)`,
      method: `cities of at least ${POPULATION_FLOOR} people in a country world-countries knows (${FIRST_NAME_FLOOR} when the name is a first name) whose name no other country's city of ${RIVAL_SHARE * 100}% of that population shares, and that is no country, capital, demonym or listed word or surname; news spellings added`,
      command: `${installCommand([SOURCE])} && npm run train -- cities`,
    },
    cities: Object.fromEntries(Object.entries(cities).sort(([a], [b]) => (a < b ? -1 : 1))),
  }
  const path = writeModel(CITIES_FILE, saved)
  console.log(`wrote ${path}: ${count} cities of ${Object.keys(cities).length} countries`)
  console.log(JSON.stringify({ train: 'cities', cities: count }))
  return Promise.resolve()
}
