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

/**
 * Given names common in world news that the English lists lack or give no agreed gender to ("Novak",
 * "Recep", "Narendra", "Olaf"): first names all the same, of a gender not told here. None is a place
 * in the gazetteer or an English word.
 */
const WORLD_FIRST_NAMES: ReadonlySet<string> = new Set([
  'Abdullah', 'Abiy', 'Ahmet', 'Alassane', 'Aleksandar', 'Alexey', 'Alvaro', 'Amit', 'Andriy', 'Andrzej', 'Annalena', 'Anura',
  'Anwar', 'Arseniy', 'Arvind', 'Aryna', 'Asif', 'Atiku', 'Ayman', 'Bashar', 'Bezalel', 'Bilawal', 'Binali', 'Bogdan', 'Bola',
  'Carles', 'Daniil', 'Dilma', 'Dmitry', 'Dragan', 'Ebrahim', 'Edgars', 'Egils', 'Ehud', 'Ekrem', 'Emmerson', 'Emomali',
  'Erling', 'Evo', 'Faisal', 'Faure', 'Filipe', 'Fumio', 'Geert', 'Gitanas', 'Goodluck', 'Gotabaya', 'Gurbanguly', 'Hafez',
  'Hage', 'Haider', 'Hakan', 'Hamad', 'Hassan', 'Holger', 'Hosni', 'Hossein', 'Humza', 'Iga', 'Ilham', 'Imran', 'Inacio',
  'Irakli', 'Ismail', 'Itamar', 'Jair', 'Janez', 'Jannik', 'Jaroslaw', 'Javad', 'Jiri', 'Joko', 'Josep', 'Kais', 'Kassym',
  'Kemal', 'Kemi', 'Kersti', 'Khalid', 'Krisjanis', 'Krzysztof', 'Kwasi', 'Kylian', 'Luiz', 'Luka', 'Macky', 'Magnus', 'Mahinda',
  'Mamata', 'Mariano', 'Maryam', 'Masoud', 'Massoud', 'Mateusz', 'Mehmet', 'Mette', 'Mevlut', 'Mikhail', 'Mikheil', 'Milos',
  'Mohamed', 'Mohammad', 'Muhammadu', 'Mustafa', 'Mykola', 'Nabil', 'Nadhim', 'Naftali', 'Narendra', 'Nawaz', 'Nayib',
  'Nechirvan', 'Nenad', 'Neymar', 'Nikol', 'Nitish', 'Nouri', 'Novak', 'Nursultan', 'Olaf', 'Oleg', 'Oleksandr', 'Olena',
  'Olusegun', 'Ousmane', 'Paetongtarn', 'Petro', 'Petteri', 'Prabowo', 'Prayuth', 'Priti', 'Radoslaw', 'Rahul', 'Raila',
  'Rajnath', 'Ranil', 'Recep', 'Rishi', 'Sadiq', 'Sadyr', 'Sahra', 'Salman', 'Samia', 'Sanna', 'Sauli', 'Serdar', 'Sergey',
  'Sergiy', 'Shavkat', 'Shehbaz', 'Shimon', 'Shinzo', 'Slobodan', 'Srettha', 'Stefanos', 'Suella', 'Tamim', 'Taras', 'Tayyip',
  'Thabo', 'Thaksin', 'Uhuru', 'Ulf', 'Vaclav', 'Vasyl', 'Viktor', 'Vinicius', 'Vitali', 'Vitaly', 'Volodymyr', 'Wojciech',
  'Ximena', 'Xiomara', 'Yahya', 'Yair', 'Yasser', 'Yitzhak', 'Yoav', 'Yoshihide', 'Yoweri', 'Yulia', 'Yuri', 'Yuriy', 'Zbigniew',
  'Zoran'
])

/** True when `word` is a first name: one of either gender, or a world news name whose gender is left unknown. */
export function isFirstName(word: string): boolean {
  return firstNameGender(word) !== undefined || WORLD_FIRST_NAMES.has(word)
}

/**
 * English familiar forms of first names and the formal names they shorten ("Dick Durbin" is
 * "Richard J. Durbin" in another outlet's style). Only forms news writes as a public figure's
 * name; a form that shortens several names lists them all, and matches any.
 */
const FORMAL_FIRST_NAMES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  Abe: ['Abraham'], Al: ['Albert', 'Alan', 'Alfred'], Alex: ['Alexander', 'Alexandra'], Andy: ['Andrew'], Barb: ['Barbara'],
  Ben: ['Benjamin'], Bernie: ['Bernard'], Beth: ['Elizabeth'], Betsy: ['Elizabeth'], Bill: ['William'], Billy: ['William'],
  Bob: ['Robert'], Bobby: ['Robert'], Cathy: ['Catherine'], Charlie: ['Charles'], Chris: ['Christopher', 'Christine', 'Christina'],
  Chuck: ['Charles'], Dan: ['Daniel'], Danny: ['Daniel'], Dave: ['David'], Deb: ['Deborah'], Debbie: ['Deborah'], Dick: ['Richard'],
  Don: ['Donald'], Doug: ['Douglas'], Ed: ['Edward'], Eddie: ['Edward'], Fred: ['Frederick'], Frank: ['Francis'], Gene: ['Eugene'],
  Greg: ['Gregory'], Hank: ['Henry'], Harry: ['Henry', 'Harold'], Jake: ['Jacob'], Jeff: ['Jeffrey'], Jerry: ['Gerald'],
  Jim: ['James'], Jimmy: ['James'], Joe: ['Joseph'], Jon: ['Jonathan'], Kate: ['Katherine', 'Catherine'], Kathy: ['Kathleen', 'Katherine'],
  Ken: ['Kenneth'], Larry: ['Lawrence'], Liz: ['Elizabeth'], Matt: ['Matthew'], Mike: ['Michael'], Mitch: ['Mitchell'],
  Nick: ['Nicholas'], Pat: ['Patrick', 'Patricia'], Peggy: ['Margaret'], Pete: ['Peter'], Phil: ['Philip'], Ray: ['Raymond'],
  Rich: ['Richard'], Rick: ['Richard'], Rob: ['Robert'], Ron: ['Ronald'], Sam: ['Samuel'], Sandy: ['Sandra'], Steve: ['Stephen', 'Steven'],
  Sue: ['Susan'], Ted: ['Edward', 'Theodore'], Tim: ['Timothy'], Tom: ['Thomas'], Tony: ['Anthony'], Will: ['William'],
}))

/** True when two first names may name one person: the same, or one a familiar form of the other ("Dick" ~ "Richard", "Bob" ~ "Rob"). */
export function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true
  const formsOf = (name: string): readonly string[] => [name, ...(FORMAL_FIRST_NAMES.get(name) ?? [])]
  const formsOfB = formsOf(b)
  return formsOf(a).some((form) => formsOfB.includes(form))
}
