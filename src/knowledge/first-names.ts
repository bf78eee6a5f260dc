/**
 * @module knowledge/first-names — the gender an English first name usually has, so that "she"
 * is not taken for the man mentioned last when a woman spoke before him ("Hillary Clinton urged
 * Rep. Jeff Duncan … she said").
 *
 * `models/first-names.json` (made by `npm run train -- first-names`, see `train/first-names.ts`)
 * keeps only names two independent lists agree on, so a name of one gender in one language and
 * the other in another is left out rather than guessed.
 */
import { readModel } from '../learn/model-file.js'

export const FIRST_NAMES_FILE = 'first-names.json'

/** The model file: names of each gender, separated by single spaces. */
export interface SavedFirstNames {
  readonly model: 'first-names'
  readonly trainedOn: Readonly<Record<string, unknown>>
  readonly female: string
  readonly male: string
}

let committed: ReadonlyMap<string, 'f' | 'm'> | undefined

function load(): ReadonlyMap<string, 'f' | 'm'> {
  if (!committed) {
    const v = readModel(FIRST_NAMES_FILE) as Partial<SavedFirstNames> | null
    if (v?.model !== 'first-names' || typeof v.female !== 'string' || typeof v.male !== 'string') {
      throw new Error(`models/${FIRST_NAMES_FILE} is not a first-name file: run \`npm run train -- first-names\``)
    }
    const map = new Map<string, 'f' | 'm'>()
    for (const name of v.female.split(' ')) map.set(name, 'f')
    for (const name of v.male.split(' ')) map.set(name, 'm')
    committed = map
  }
  return committed
}

/** The usual gender of a first name ("Hillary" → f), or undefined when the lists do not agree on one. */
export function firstNameGender(firstName: string): 'f' | 'm' | undefined {
  return load().get(firstName)
}
