/**
 * @module analyze/mentions/article-countries — countries an article introduces itself, which the
 * gazetteer does not know (new, small or invented states): "Durovia" beside "Durovian troops", or
 * "Velora's defence ministry". Read before the mentions, so "Durovia said" is the country speaking.
 */
import type { GazetteerEntry } from '../../knowledge/gazetteer.js'
import { gazetteer } from '../../knowledge/gazetteer.js'
import { isFirstName } from '../../knowledge/first-names.js'
import { titleCaseLines } from './headline-case.js'
import { TITLE_SET } from './lexicon.js'

/**
 * Nouns only a state has, after its name and "'s": no person's or company's ("Kaya's lawyer", "Skyvale's chief executive").
 * Not those a leader or a warlord also has ("Trump's ambassador", "Putin's troops", "Assad's army", "Trump's border wall"),
 * nor a company ("Amazon's army of workers").
 */
const STATE_BODY_AFTER = /^['’]s\s+(?:(?:(?:defen[cs]e|foreign|interior|finance|justice|health|home|prime|national)\s+)?(?:ministry|ministries|minister)|armed\s+forces|air\s+force|navy|parliament|embassy|territory)\b/u
/** Words a demonym qualifies only as a state's or a nation's: "Durovian troops", "Velorani officials", "the Durovian capital". */
const STATE_WORDS_AFTER = /^\s+(?:troops|soldiers|forces|army|military|navy|units|police|government|officials|authorities|ministry|defen[cs]e|foreign|interior|president|prime|minister|leader|parliament|capital|soil|territory|border|embassy|ambassador|diplomats?|citizens|nationals|people|state|media|villagers|refugees)\b/u
/** A state noun as a modifier of a company's business, no state's body: "Lockheed's army contract", "Boeing's air force deal". */
const BUSINESS_AFTER = /^\s+(?:contracts?|deals?|orders?|business|units?|divisions?|programmes?|programs?|sales|spending|budget|clients?|customers?)\b/u
/** Continents and regions whose demonyms qualify troops and officials, which are no state ("European officials", "Tibetan monks"). */
const REGIONS = new Set(['Europe', 'Asia', 'Africa', 'Arabia', 'Scandinavia', 'Siberia', 'Caucasus', 'Balkan', 'Crimea', 'Kashmir', 'Tibet',
  'Kurd', 'Kurdistan', 'Persia', 'Catalonia', 'Bavaria', 'Bengal', 'Darfur', 'Sahara', 'Patagonia', 'Flanders', 'Sicily', 'Corsica', 'Sparta', 'Rome', 'Soviet', 'Mesopotamia'])
/** A single capitalised word, not an acronym. */
const NAME_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}{3,}(?![\p{L}\p{N}-])/gu

/** The endings that make a demonym of a country's name X: X-n ("Durovian"), X-ian, X-an, X-i ("Velstani"), X-ese, X-ish. */
const DEMONYM_SUFFIXES = ['n', 'ian', 'an', 'i', 'ese', 'ish']
/** The endings that also make one of its stem without a last vowel ("Somalia", "Somali"). */
const STEM_DEMONYM_SUFFIXES = ['ian', 'i', 'ese']

/** The demonyms a country's name makes (`DEMONYM_SUFFIXES`, and `STEM_DEMONYM_SUFFIXES` of its stem). */
function demonymsOf(name: string): string[] {
  const stem = name.replace(/[aeiouy]$/u, '')
  return [...new Set([...DEMONYM_SUFFIXES.map((end) => name + end), ...STEM_DEMONYM_SUFFIXES.map((end) => stem + end)])].filter((d) => d !== name)
}

/** The names a demonym may be made from (`demonymsOf` read back): "Kelsani" → "Kelsan", "Dravonian" → "Dravonia". Pure. */
export function namesOfDemonym(demonym: string): string[] {
  const stripped = DEMONYM_SUFFIXES.flatMap((end) => (demonym.endsWith(end) ? [demonym.slice(0, -end.length)] : []))
  const candidates = stripped.flatMap((s) => [s, ...['a', 'e', 'i', 'o', 'u', 'y'].map((v) => s + v)])
  return [...new Set(candidates)].filter((name) => name.length > 2 && demonymsOf(name).includes(demonym))
}

/**
 * The countries `text` names that the gazetteer does not know, with their demonyms, as gazetteer
 * entries whose country code is the name itself. A name counts when a demonym shaped from it
 * qualifies troops, officials or the like, or when it owns a state's body; never when it is a first
 * name, or a surname (after a capitalised word or a title). Pure.
 */
export function articleCountries(text: string): Map<string, GazetteerEntry> {
  const known = gazetteer().byName
  const words = new Map<string, { stateOwner: boolean; stateWord: boolean; surname: boolean }>()
  for (const m of text.matchAll(NAME_WORD)) {
    const word = m[0]
    const seen = words.get(word) ?? { stateOwner: false, stateWord: false, surname: false }
    const after = text.slice(m.index + word.length, m.index + word.length + 40)
    const previous = /(\S+)(\s+)$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))
    const before = previous?.[1] ?? ''
    // Whether that word opens its sentence ("In Durovia", "The Durovian"), where any word is capitalised.
    const at = m.index - (previous?.[0].length ?? 0)
    const opensSentence = at <= 0 || /[.!?:"“”\n]\s*$/u.test(text.slice(Math.max(0, at - 4), at))
    const owned = STATE_BODY_AFTER.exec(after)
    seen.stateOwner ||= !!owned && !BUSINESS_AFTER.test(after.slice(owned[0].length))
    seen.stateWord ||= STATE_WORDS_AFTER.test(after)
    // "Selim Kaya", "President Kaya", "said Omar Kaya": a first name, a title or a capitalised word inside the sentence before it makes it a surname.
    seen.surname ||= TITLE_SET.has(before.toLowerCase()) || (/^\p{Lu}\p{Ll}*$/u.test(before) && (isFirstName(before) || (!opensSentence && !titleCaseLines(text)(m.index))))
    words.set(word, seen)
  }
  const found = new Map<string, GazetteerEntry>()
  for (const [name, seen] of words) {
    if (known.has(name) || REGIONS.has(name) || seen.surname || isFirstName(name)) continue
    const demonyms = demonymsOf(name).filter((d) => words.get(d)?.stateWord && !known.has(d) && !isFirstName(d))
    if (!seen.stateOwner && demonyms.length === 0) continue
    found.set(name, { kind: 'country', name, country: name })
    for (const d of demonyms) {
      found.set(d, { kind: 'demonym', name, country: name })
      // "Durovians", never "Velkishs" nor "Taiwaneses".
      if (!/(?:s|ese|ish)$/u.test(d)) found.set(`${d}s`, { kind: 'demonym', name, country: name })
    }
  }
  return found
}
