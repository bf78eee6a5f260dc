/**
 * @module knowledge/cities — major cities that are not capitals, with their country, so that
 * "a fire in an Istanbul market" places the story in Turkey though the article never names it.
 *
 * `models/cities.json` (made by `npm run train -- cities`, see `train/cities.ts`) keeps only names
 * that stand for one city: no name two countries' large cities share, no common word, no first
 * name of a smaller city.
 */
import { readModel } from '../learn/model-file.js'

export const CITIES_FILE = 'cities.json'

/** The model file: by ISO 3166 alpha-3 code, the country's cities, each its spellings joined by `|`, the one news uses most first ("Odesa|Odessa"). */
export interface SavedCities {
  readonly model: 'cities'
  readonly trainedOn: Readonly<Record<string, unknown>>
  readonly cities: Readonly<Record<string, readonly string[]>>
}

/** A major city: its name, the other spellings it goes by, and its country's alpha-3 code. */
export interface City {
  readonly name: string
  readonly spellings: readonly string[]
  readonly country: string
}

/** The committed cities, read from the model file. */
export function majorCities(): City[] {
  const v = readModel(CITIES_FILE) as Partial<SavedCities> | null
  if (v?.model !== 'cities' || typeof v.cities !== 'object') {
    throw new Error(`models/${CITIES_FILE} is not a city file: run \`npm run train -- cities\``)
  }
  return Object.entries(v.cities).flatMap(([country, cities]) => cities.map((joined) => {
    const [name = '', ...spellings] = joined.split('|')
    return { name, spellings, country }
  }))
}
