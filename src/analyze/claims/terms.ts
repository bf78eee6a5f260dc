/**
 * @module analyze/claims/terms — the comparable words of a claim.
 *
 * Two outlets rarely word one fact alike: "killed" / "dead" / "claimed the lives of", "gunman" /
 * "assailant" / "attacker", "Iranian" / "Iran". A claim's terms are its content-word lemmas
 * mapped onto one form per synonym class, numbers as digits and demonyms as their country, so
 * claims can be aligned by the terms they share.
 */
import { gazetteer, isPlaceWithin } from '../../knowledge/gazetteer.js'

/** The term of a labour strike, shared with "walkout". */
export const WALKOUT = 'walkout'

/** Synonym classes of general news vocabulary: the first word names the class. */
const SYNONYM_CLASSES: readonly (readonly string[])[] = [
  // "Casualties" counts the wounded too, but a report of none denies deaths as much as injuries.
  ['kill', 'dead', 'die', 'death', 'fatal', 'fatality', 'slay', 'murder', 'life', 'casualty'],
  ['injure', 'wound', 'hurt', 'injury', 'wounded', 'injured'],
  ['attacker', 'gunman', 'assailant', 'perpetrator', 'shooter', 'bomber', 'assassin', 'militant'],
  // A walkout's "strike" is told apart by its context (knowledge/strike-sense) and takes the walkout's term.
  ['attack', 'assault', 'storm', 'raid', 'strike', 'airstrike', 'shooting', 'bombing'],
  ['walkout', 'stoppage'],
  ['arrest', 'detain', 'apprehend', 'custody', 'capture', 'detention'],
  ['condemn', 'denounce', 'decry', 'condemnation', 'deplore'],
  ['investigate', 'investigation', 'probe', 'inquiry', 'enquiry'],
  ['terror', 'terrorist', 'terrorism'],
  ['evacuate', 'evacuation'],
  ['withdraw', 'recall', 'withdrawal'],
  ['ambassador', 'envoy'],
  ['president', 'leader'],
  ['government', 'administration', 'authorities', 'authority'],
  ['police', 'policeman', 'policemen'],
  ['election', 'poll', 'ballot'],
  ['criticize', 'criticise', 'criticism', 'critic', 'slam', 'blast'],
  ['explosion', 'explode', 'detonation', 'detonate'],
  ['resign', 'resignation'],
  ['ban', 'prohibit', 'bar', 'outlaw'],
  ['law', 'legislation', 'bill'],
  ['sue', 'lawsuit', 'suit'],
  ['protest', 'protester', 'demonstration', 'demonstrator', 'rally'],
  ['increase', 'rise', 'raise', 'grow', 'growth', 'hike'],
  ['decrease', 'fall', 'drop', 'decline', 'cut', 'reduce', 'reduction'],
  ['change', 'update', 'revise', 'alter', 'amend', 'modify', 'revision', 'amendment'],
  ['guidance', 'advice', 'guideline'],
  ['close', 'shut', 'closure', 'shutdown'],
  // A vehicle leaving its runway or road: "skidded off the runway" / "slid off a rain-soaked runway".
  ['skid', 'slide', 'veer', 'overshoot', 'overrun'],
  ['say', 'state', 'tell'],
]

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70',
  eighty: '80', ninety: '90', dozen: '12', hundred: '100', thousand: '1000', million: '1000000', billion: '1000000000',
}

/** Lemmas too common in news to tie two claims together, and the light verbs of an act ("carried out an airstrike"). */
const STOP = new Set([
  'be', 'have', 'do', 'say', 'tell', 'make', 'get', 'go', 'come', 'take', 'give', 'also', 'not', 'very', 'just', 'other',
  'new', 'more', 'most', 'many', 'much', 'such', 'own', 'same', 'last', 'first', 'year', 'day', 'time', 'people', 'thing',
  'way', 'week', 'month', 'mr', 'mrs', 'ms', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'which',
  'who', 'whom', 'this', 'that', 'these', 'those', 'there', 'here', 'then', 'now', 'well', 'even', 'still', 'only',
  'according', 'report', 'statement', 'add', 'note', 'carry', 'conduct', 'launch',
])

let canonicalForms: ReadonlyMap<string, string> | undefined

function canonical(): ReadonlyMap<string, string> {
  if (canonicalForms) return canonicalForms
  const map = new Map<string, string>()
  for (const cls of SYNONYM_CLASSES) for (const word of cls) if (!map.has(word)) map.set(word, cls[0]!)
  canonicalForms = map
  return map
}

/** The term of a place's or country's name ("Oslo", "Iranian", "New Jersey"), or undefined for other words. Pure. */
export function placeTerm(name: string): string | undefined {
  const place = gazetteer().byName.get(name)
  if (place && isPlaceWithin(place)) return `place:${place.name}`
  if (place?.country && place.kind !== 'organisation') return `country:${place.country}`
  return undefined
}

/**
 * The longest place name of several words that starts at word `from` (of those before `to`),
 * `wordAt(i)` giving word i and `gapBefore(i)` the text between it and the word before, as its
 * term and the index after its last word; undefined when none does. "New Mexico", "Northern
 * Ireland" and "West Virginia" are places of their own, not Mexico, Ireland and Virginia. Reads at
 * most the gazetteer's longest name in words. Pure.
 */
export function multiWordPlaceAt(wordAt: (i: number) => string, gapBefore: (i: number) => string, from: number, to: number): { term: string; next: number } | undefined {
  let name = wordAt(from)
  // A place's name opens with a capital: most words are looked up no further.
  if (!/^\p{Lu}/u.test(name)) return undefined
  let found: { term: string; next: number } | undefined
  for (let next = from + 1; next < to && next - from < gazetteer().maxWords; next++) {
    name += `${gapBefore(next)}${wordAt(next)}`
    const term = placeTerm(name)
    if (term) found = { term, next: next + 1 }
  }
  return found
}

/** Nouns whose class is not their verb's: "blasted the plan" criticises, "a bomb blast" explodes. */
const NOUN_SENSES: Readonly<Record<string, string>> = { blast: 'explosion' }

/** The comparable form of one token (`noun` when it is tagged one): synonym class, digit string or country code; undefined for stop words. Pure. */
export function termOf(surface: string, lemma: string, noun = false): string | undefined {
  const place = placeTerm(surface)
  if (place) return place
  // "Mr." is "mr", a title, and "A." an initial: no word a statement is made of.
  const word = lemma.toLowerCase().replace(/[’']s$/u, '').replace(/\.$/u, '')
  if (/^\d[\d,.]*$/u.test(word)) return word.replace(/,/gu, '')
  if (NUMBER_WORDS[word]) return NUMBER_WORDS[word]
  if (word.length < 2 || STOP.has(word) || !/\p{L}/u.test(word)) return undefined
  if (noun && NOUN_SENSES[word]) return NOUN_SENSES[word]
  return canonical().get(word) ?? canonical().get(surface.toLowerCase()) ?? word
}
