/**
 * @module analyze/framing/lexicon — phrase lexicons compiled once into maps, matched over tokens.
 *
 * A phrase is a space-separated list of slots. A slot is one word, alternatives `a|b|c`, or `*`
 * (any word); a trailing `?` makes a slot optional (the first too). Words match a token's
 * lower-cased text or its lemma, so `ratchet up tensions` also matches "ratcheted up tensions".
 * Phrases are split like the segmenter splits text: hyphens, apostrophe suffixes and
 * punctuation are tokens of their own ("so-called" is `so - called`).
 *
 * Whatever the list, a match that is part of an institution's name is no match: a capitalised
 * name ("the Disaster and Emergency Management Authority") or the generic name of an agency
 * ("the disaster agency", "the threat assessment centre") names a body, it does not judge.
 */
import type { FramingContext } from './context.js'
import { POS_TAGS } from '../layers.js'
import { tokenText } from '../segment/segment.js'

/** One list of a lexicon file: phrases sharing a source, a confidence and optionally a POS filter. */
export interface LexiconList {
  readonly name: string
  readonly source: string
  readonly confidence: number
  readonly note?: string
  /** Explanation template for this list, overriding the file's. */
  readonly explain?: string
  /** A match negated just before ("no ongoing threat", "does not pose a danger") is no match: it reassures. */
  readonly negationCancels?: boolean
  /**
   * A match before a proper name and the kind of thing it names ("the so-called Renault
   * procedure") means "known as": no match. A quoted or lower-case label after it still matches.
   */
  readonly notBeforeNamedThing?: boolean
  /**
   * A match after another match of the same file in the sentence is dropped: "A person familiar
   * with the talks, who asked not to be identified" is one unnamed source, one finding.
   */
  readonly notAfterSameFile?: boolean
  /** Words (lower-cased) that cancel a match right after them: "kind of" after "what" is a noun, not a hedge. */
  readonly notAfter?: readonly string[]
  /** Words (lower-cased) that cancel a match right before them: "possibly" before "carcinogenic" grades a risk, it does not hedge. */
  readonly notBefore?: readonly string[]
  /** A match right before a number ("roughly 7 percent") approximates a quantity: no match. */
  readonly notBeforeNumber?: boolean
  /**
   * Wording PTC's articles hardly hold (state media's euphemisms for death in the nation's cause):
   * the PTC-trained tagger has no ground to veto it, as for the rules marked `beyondPtc` in `rules.ts`.
   */
  readonly beyondPtc?: boolean
  /**
   * Words of register, not of view ("cops"): in a speaker's quoted words they are how people talk,
   * in the outlet's own voice or its paraphrase of a speaker its slant, so only the outlet's wording is a match.
   */
  readonly outletVoiceOnly?: boolean
  /** A question the next sentence answers with the question's own verb ("Where does it end? It ends at the lake") is asked in earnest: no match. */
  readonly unlessAnswered?: boolean
  /** Universal POS tags the first matched token must carry; any when absent. */
  readonly pos?: readonly string[]
  readonly phrases: readonly string[]
}

/** A lexicon file as stored in `data/*.json`. */
export interface LexiconFile {
  readonly rule: string
  readonly description: string
  /** Explanation template; `{}` stands for the matched words in backticks. */
  readonly explain: string
  readonly lists: readonly LexiconList[]
}

/** Checks the shape of a lexicon file read from JSON; throws naming the file and the fix. */
export function asLexiconFile(value: unknown, name: string): LexiconFile {
  const v = value as Partial<LexiconFile> | null
  const ok = v !== null && typeof v === 'object' && typeof v.rule === 'string' && typeof v.explain === 'string' && Array.isArray(v.lists) &&
    v.lists.every((l: Partial<LexiconList>) => typeof l.source === 'string' && /^https?:\/\//.test(l.source) && typeof l.confidence === 'number' && Array.isArray(l.phrases))
  if (!ok) throw new Error(`lexicon ${name} is malformed: each file needs rule, explain and lists of {source URL, confidence, phrases}`)
  return v as LexiconFile
}

/** A compiled phrase: one set of accepted words per slot (`null` = any word). */
interface Pattern {
  readonly slots: readonly (ReadonlySet<string> | null)[]
  readonly list: number
  readonly phrase: string
}

/** A compiled lexicon: patterns indexed by each word their first slot accepts, longest first. */
export interface Lexicon {
  readonly rule: string
  readonly lists: readonly LexiconList[]
  readonly byFirst: ReadonlyMap<string, readonly Pattern[]>
  /** POS filters per list, as sets of tag indexes into `POS_TAGS`. */
  readonly posSets: readonly (ReadonlySet<number> | null)[]
  /** `notAfter` words per list, as sets. */
  readonly notAfterSets: readonly (ReadonlySet<string> | null)[]
  /** `notBefore` words per list, as sets. */
  readonly notBeforeSets: readonly (ReadonlySet<string> | null)[]
}

/** A lexicon match: tokens `[startToken, endToken)` and the list that matched. */
export interface LexiconMatch {
  readonly startToken: number
  readonly endToken: number
  readonly list: LexiconList
  readonly phrase: string
}

const WORD = /\p{L}+(?=n't)|n't|'\p{L}+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu

const HYPHENATED = /^\p{L}+(?:-\p{L}+)+$/u
const NUM_TAG = POS_TAGS.indexOf('NUM')

/**
 * Splits one lexicon slot list into words the way the segmenter splits text. Pure.
 * With `wholeHyphenated`, a hyphenated slot word stays one word: the tokenizer keeps a word with
 * a prefix it knows whole ("anti-American", "neo-Nazi") and splits others ("far - right").
 */
function splitWords(phrase: string, wholeHyphenated: boolean): string[][] {
  // Slots are separated by spaces; inside a slot, alternatives by `|`. A slot word with a hyphen
  // or apostrophe becomes several slots, so alternatives must not contain them.
  const slots: string[][] = []
  for (const raw of phrase.trim().split(/\s+/)) {
    const optional = raw.length > 1 && raw.endsWith('?') ? '?' : ''
    const body = optional ? raw.slice(0, -1) : raw
    const alternatives = body.split('|')
    if (alternatives.length > 1 || body === '*') {
      slots.push([...alternatives.map((a) => a.toLowerCase()), optional])
      continue
    }
    const lower = body.toLowerCase().replace(/’/g, "'")
    const parts = wholeHyphenated && HYPHENATED.test(lower) ? [lower] : lower.match(WORD) ?? []
    parts.forEach((p, i) => slots.push([p, i === parts.length - 1 ? optional : '']))
  }
  return slots
}

/** Expands optional slots into every variant (phrases keep few of them). Pure. */
function expand(slots: string[][]): string[][][] {
  let variants: string[][][] = [[]]
  for (const slot of slots) {
    const optional = slot[slot.length - 1] === '?'
    const words = slot.slice(0, -1)
    const next: string[][][] = []
    for (const v of variants) {
      next.push([...v, words])
      if (optional) next.push(v)
    }
    variants = next
  }
  return variants
}

/** Compiles a lexicon file into maps; call once, when the stage is created. Pure. */
export function compileLexicon(file: LexiconFile): Lexicon {
  const byFirst = new Map<string, Pattern[]>()
  file.lists.forEach((list, li) => {
    for (const phrase of list.phrases) {
      // A hyphenated word is compiled both whole and split, as the tokenizer may give either.
      const splits = phrase.includes('-') ? [splitWords(phrase, false), splitWords(phrase, true)] : [splitWords(phrase, false)]
      for (const variant of splits.flatMap(expand)) {
        const slots = variant.map((words) => (words.length === 1 && words[0] === '*' ? null : new Set(words)))
        const first = slots[0]
        if (!first) continue // a leading wildcard would match everywhere
        for (const w of first) {
          const bucket = byFirst.get(w) ?? []
          bucket.push({ slots, list: li, phrase })
          byFirst.set(w, bucket)
        }
      }
    }
  })
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.slots.length - a.slots.length)
  const posIndex = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]))
  const posSets = file.lists.map((l) => (l.pos ? new Set(l.pos.map((p) => posIndex.get(p) ?? -1)) : null))
  const notAfterSets = file.lists.map((l) => (l.notAfter ? new Set(l.notAfter) : null))
  const notBeforeSets = file.lists.map((l) => (l.notBefore ? new Set(l.notBefore) : null))
  return { rule: file.rule, lists: file.lists, byFirst, posSets, notAfterSets, notBeforeSets }
}

function accepts(ctx: FramingContext, slot: ReadonlySet<string> | null, i: number): boolean {
  if (slot === null) return /[\p{L}\p{N}]/u.test(ctx.lower[i] ?? '')
  return slot.has(ctx.lower[i] ?? '') || slot.has(ctx.lemma[i] ?? '')
}

/**
 * Appends the longest non-overlapping matches of `lex` in tokens `[from, to)` to `out`.
 * Linear in the number of tokens times the (small) number of patterns sharing a first word.
 * `mayStart`, when given, says at which tokens a phrase of `lex` may start (`LexiconIndex`), so
 * the others are skipped without a lookup.
 */
export function matchLexicon(ctx: FramingContext, lex: Lexicon, from: number, to: number, out: LexiconMatch[], mayStart?: (i: number) => boolean): void {
  for (let i = from; i < to; ) {
    const best = mayStart === undefined || mayStart(i) ? longestAt(ctx, lex, i, from, to) : undefined
    if (best) {
      out.push(best)
      i = best.endToken
    } else i++
  }
}

/** The longest match of `lex` starting at token `i`, trying the patterns of its word, then of its lemma. */
function longestAt(ctx: FramingContext, lex: Lexicon, i: number, from: number, to: number): LexiconMatch | undefined {
  const word = ctx.lower[i] ?? ''
  const lemma = ctx.lemma[i] ?? ''
  const best = longestOf(ctx, lex, lex.byFirst.get(word), i, from, to, undefined)
  return lemma === word ? best : longestOf(ctx, lex, lex.byFirst.get(lemma), i, from, to, best)
}

/** The longest of `patterns` (longest first) matching at token `i` that is longer than `best`, else `best`. */
function longestOf(ctx: FramingContext, lex: Lexicon, patterns: readonly Pattern[] | undefined, i: number, from: number, to: number, best: LexiconMatch | undefined): LexiconMatch | undefined {
  for (const p of patterns ?? []) {
    if (best && best.endToken - best.startToken >= p.slots.length) break
    if (i + p.slots.length > to) continue
    const posSet = lex.posSets[p.list]
    if (posSet && p.slots.length === 1 && !posSet.has(ctx.seg.pos[i] ?? -1)) continue
    let ok = true
    for (let k = 1; k < p.slots.length && ok; k++) ok = accepts(ctx, p.slots[k] ?? null, i + k)
    if (ok && i > from && lex.notAfterSets[p.list]?.has(ctx.lower[i - 1] ?? '')) ok = false
    if (ok && i + p.slots.length < to && lex.notBeforeSets[p.list]?.has(ctx.lower[i + p.slots.length] ?? '')) ok = false
    if (ok && lex.lists[p.list]!.negationCancels && negatedBefore(ctx, i, from)) ok = false
    if (ok && lex.lists[p.list]!.notBeforeNamedThing && namesThingAt(ctx, i + p.slots.length, to)) ok = false
    if (ok && lex.lists[p.list]!.notBeforeNumber && i + p.slots.length < to && ctx.seg.pos[i + p.slots.length] === NUM_TAG) ok = false
    if (ok && inInstitutionName(ctx, i, i + p.slots.length, from, to)) ok = false
    if (ok) best = { startToken: i, endToken: i + p.slots.length, list: lex.lists[p.list]!, phrase: p.phrase }
  }
  return best
}

/** The first words of several lexicons, each with a bit per lexicon (at most 32) whose phrases it may start. */
export type LexiconIndex = ReadonlyMap<string, number>

/** Indexes the first words of `lexicons`, bit `k` standing for `lexicons[k]`. Pure. */
export function indexLexicons(lexicons: readonly Lexicon[]): LexiconIndex {
  if (lexicons.length > 32) throw new Error('indexLexicons takes at most 32 lexicons')
  const index = new Map<string, number>()
  lexicons.forEach((lex, k) => {
    for (const word of lex.byFirst.keys()) index.set(word, (index.get(word) ?? 0) | (1 << k))
  })
  return index
}

/** For every token, the bits of the lexicons in `index` a phrase of which may start there (by its word or lemma). Pure; linear in tokens. */
export function startMasks(ctx: FramingContext, index: LexiconIndex): Uint32Array {
  return Uint32Array.from(ctx.lower, (word, i) => (index.get(word) ?? 0) | (index.get(ctx.lemma[i] ?? '') ?? 0))
}

const NEGATORS = new Set(['no', 'not', "n't", 'never', 'nor'])
const NOT_NEGATING_AFTER = new Set(['only', 'just', 'merely'])

/** True when one of the three tokens before `i` (not before `from`, the sentence start) negates it; "not only" does not. Pure. */
function negatedBefore(ctx: FramingContext, i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 3); k--) {
    if (NEGATORS.has(ctx.lower[k] ?? '') && !NOT_NEGATING_AFTER.has(ctx.lower[k + 1] ?? '')) return true
  }
  return false
}

/** Kinds of thing a proper name names as a term of art: "the Renault procedure", "the Dublin rules", "the Article 7 process". */
const NAMED_KINDS = new Set([
  'procedure', 'process', 'law', 'act', 'rule', 'clause', 'doctrine', 'principle', 'effect', 'mechanism', 'method', 'model', 'agreement',
  'accord', 'treaty', 'protocol', 'directive', 'regulation', 'convention', 'formula', 'test', 'index', 'system', 'scheme', 'format',
  'criterion', 'criteria', 'syndrome', 'paradox', 'curve', 'zone', 'bill', 'package', 'amendment', 'exemption', 'tax', 'levy', 'fund',
  'programme', 'program', 'round', 'framework', 'strategy', 'initiative', 'deal', 'pact', 'corridor', 'option', 'list', 'plan',
])
/** Longest proper name read before its kind noun. */
const MAX_NAME_TOKENS = 4

/** True when tokens from `i` (before `to`) are a capitalised name, then a lower-case kind of thing it names. Pure. */
function namesThingAt(ctx: FramingContext, i: number, to: number): boolean {
  const { seg, text } = ctx
  let k = i
  while (k < to && k - i < MAX_NAME_TOKENS && /^[\p{Lu}\p{N}]/u.test(tokenText(text, seg, k))) k++
  if (k === i || k >= to) return false
  return /^\p{Ll}/u.test(tokenText(text, seg, k)) && (NAMED_KINDS.has(ctx.lower[k] ?? '') || NAMED_KINDS.has(ctx.lemma[k] ?? ''))
}

/** Head nouns of a public body's name, capitalised or generic: "Disaster Management Authority", "the disaster agency". */
const INSTITUTION_HEADS = new Set([
  'agency', 'agencies', 'authority', 'authorities', 'ministry', 'department', 'office', 'service', 'services', 'centre', 'center',
  'court', 'courts', 'tribunal', 'unit', 'committee', 'commission', 'council', 'board', 'bureau', 'directorate', 'administration',
  'institute', 'squad', 'fund',
])
/** Further heads that make a capitalised run the name of an organisation, a law or a place of work ("the Patriot Act"). */
const ORGANISATION_HEADS = new Set([
  'organisation', 'organization', 'group', 'movement', 'party', 'front', 'foundation', 'association', 'society', 'union', 'league',
  'alliance', 'coalition', 'network', 'corps', 'army', 'brigade', 'brigades', 'watch', 'project', 'trust', 'company', 'corporation',
  'bank', 'university', 'college', 'school', 'hospital', 'museum', 'club', 'federation', 'initiative', 'campaign', 'act',
])
/** Lower-case words inside a capitalised name: "Disaster and Emergency Management Authority", "Office for Disaster Risk Reduction". */
const NAME_LINKS = new Set(['and', 'of', 'for', 'the', '&'])
/** Lower-case nouns read between a matched word and a generic head ("disaster response agency"). */
const MAX_GENERIC_MODIFIERS = 2
/** Tokens of a capitalised name read on each side of a match: names are short, and the read stays bounded. */
const MAX_NAME_SIDE = 8

const NOUN_TAG = POS_TAGS.indexOf('NOUN')

/**
 * True when tokens `[start, end)` (within the sentence `[from, to)`) are part of a body's name:
 * a noun followed by lower-case nouns ending in a generic head ("disaster agency", "disaster relief
 * fund"), or capitalised in a capitalised run with a head after them, or a head and a link
 * before them ("Office for Disaster Risk Reduction"). A run spanning the whole sentence is a
 * title-case headline, no name. Pure; reads a bounded run around the match.
 */
function inInstitutionName(ctx: FramingContext, start: number, end: number, from: number, to: number): boolean {
  const { seg, text } = ctx
  const isHead = (k: number, heads: ReadonlySet<string>): boolean => heads.has(ctx.lower[k] ?? '') || heads.has(ctx.lemma[k] ?? '')
  // A noun names the body's remit ("disaster agency"); an adjective judges it ("the shameless council").
  for (let k = end; seg.pos[end - 1] === NOUN_TAG && k < to && k <= end + MAX_GENERIC_MODIFIERS; k++) {
    if (!/^\p{Ll}/u.test(tokenText(text, seg, k))) break
    if (isHead(k, INSTITUTION_HEADS)) return true
    if (seg.pos[k] !== NOUN_TAG) break
  }
  const capitalised = (k: number): boolean => /^\p{Lu}/u.test(tokenText(text, seg, k))
  for (let k = start; k < end; k++) if (!capitalised(k) && /\p{L}/u.test(tokenText(text, seg, k))) return false
  const inRun = (k: number): boolean => capitalised(k) || NAME_LINKS.has(ctx.lower[k] ?? '')
  const nameHead = (k: number): boolean => capitalised(k) && (isHead(k, INSTITUTION_HEADS) || isHead(k, ORGANISATION_HEADS))
  let first = start
  while (first > Math.max(from, start - MAX_NAME_SIDE) && inRun(first - 1)) first--
  let last = end
  while (last < Math.min(to, end + MAX_NAME_SIDE) && inRun(last)) last++
  while (first < start && !capitalised(first)) first++
  while (last > end && !capitalised(last - 1)) last--
  const wholeSentence = first === from && !/[\p{L}\p{N}]/u.test(text.slice(seg.ends[last - 1], seg.ends[to - 1]))
  if (wholeSentence) return false
  for (let k = end; k < last; k++) if (nameHead(k)) return true
  for (let k = first; k + 1 < start; k++) if (nameHead(k) && NAME_LINKS.has(ctx.lower[k + 1] ?? '')) return true
  return false
}
