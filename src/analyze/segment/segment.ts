/**
 * @module analyze/segment — tokens, parts of speech, lemmas, sentences and paragraphs, by wink-nlp.
 *
 * wink-nlp reports token values, not offsets, so offsets are recovered by walking the text
 * once: each token is looked up from the end of the previous one (linear in the text).
 */
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import type { Article } from '../../model/schema.js'
import { spanIndexAt, textOf, type Span } from '../../model/span.js'
import { POS_TAGS, type Segmentation, type Stage } from '../layers.js'

type Nlp = ReturnType<typeof winkNLP>
/** wink-nlp, made on first use, and `newText`, called before each text: from then on, words learned from earlier texts count as never seen. */
let loaded: { readonly nlp: Nlp; readonly newText: () => void } | undefined

function engine(): { readonly nlp: Nlp; readonly newText: () => void } {
  if (!loaded) {
    const nlp = winkNLP(model)
    loaded = { nlp, newText: wordsOfEarlierTextsForgotten(nlp) }
  }
  return loaded
}

/** The part of wink-nlp's word cache its tokenizer consults and grows. */
interface WordCache {
  lookup(text: string): number[] | null
  add(text: string, category: number): number
  intrinsicSize(): number
  currentSize(): number
}

/**
 * wink-nlp's cache learns every out-of-vocabulary word it reads, and its tokenizer then takes a
 * learned word as known: once it has read "Trump’s" whole, it stops splitting it. So the tokens of
 * a text would depend on what the process read before it (60 of PTC's 371 articles read a second
 * time came out differently). Here the tokenizer's lookups answer a word learned from an earlier
 * text as one never seen, so a text gets the same tokens alone or in a batch; lookups while a new
 * word is being added (its part of speech) see everything, as they would in a fresh process.
 * Returns the function that marks the start of a new text.
 */
function wordsOfEarlierTextsForgotten(engine: Nlp): () => void {
  let cache: WordCache | undefined
  // wink-nlp hands its cache only to the mapper of an `as.text` read.
  const grab = (_: number, rdd: { cache: WordCache }): string => {
    cache = rdd.cache
    return ''
  }
  const asText = (engine.as as unknown as Record<string, unknown>)['text']
  engine.readDoc('a').tokens().out(grab as never, asText as never)
  if (!cache) throw new Error('wink-nlp did not expose its word cache: check the pinned wink-nlp version')
  const words = cache
  const intrinsic = words.intrinsicSize()
  let earlier = words.currentSize()
  let adding = false
  const lookup = words.lookup.bind(words)
  const add = words.add.bind(words)
  // Words of earlier texts this text has read again (and their lower-case forms, which `add` learns
  // too): known from then on, as in a fresh process.
  const readAgain = new Set<number>()
  words.add = (text, category) => {
    adding = true
    try {
      const index = add(text, category)
      readAgain.add(index)
      const lower = text.toLowerCase()
      const normal = lower === text ? undefined : lookup(lower)
      if (normal?.length === 1) readAgain.add(normal[0]!)
      return index
    } finally {
      adding = false
    }
  }
  words.lookup = (text) => {
    const found = lookup(text)
    const learnedEarlier = found?.length === 1 && found[0]! >= intrinsic && found[0]! <= earlier && !readAgain.has(found[0]!)
    return !adding && learnedEarlier ? null : found
  }
  return () => {
    earlier = words.currentSize()
    readAgain.clear()
  }
}

const POS_INDEX = new Map<string, number>(POS_TAGS.map((tag, i) => [tag, i]))

/** Segments `text` into tokens, sentences and paragraphs. Pure. */
export function segmentText(text: string): Segmentation {
  const { nlp, newText } = engine()
  const { its } = nlp
  newText()
  // Tokenised in a same-length copy with accented letters folded: wink-nlp splits a word at a
  // letter outside its alphabet ("Stefanović" → "Stefanovi" + "ć"); spans still index `text`.
  const read = withReadableTimes(foldedForTokens(text))
  const doc = nlp.readDoc(read)
  const values = doc.tokens().out(its.value) as string[]
  const tags = doc.tokens().out(its.pos) as string[]
  const lemmas = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[]
  const starts = new Uint32Array(values.length)
  const ends = new Uint32Array(values.length)
  const pos = new Uint8Array(values.length)
  let cursor = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    const at = read.indexOf(value, cursor)
    // wink-nlp may normalise a token (e.g. quotes); keep it where the cursor is if it cannot be found nearby.
    const start = at >= 0 && at - cursor < 64 ? at : cursor
    starts[i] = start
    ends[i] = Math.min(text.length, start + (at >= 0 && at - cursor < 64 ? value.length : 0))
    cursor = ends[i]!
    pos[i] = POS_INDEX.get(tags[i] ?? 'X') ?? POS_INDEX.get('X')!
  }
  retagPastFormsReadAsNouns(values, pos, lemmas)
  retagCompoundNouns(values, pos, lemmas)
  retagClaimsReadAsNouns(values, pos, lemmas)
  const sentenceTokenStart: number[] = []
  const sentenceTokenEnd: number[] = []
  const sentences: Span[] = []
  // Sentence token ranges, first and last token inclusive.
  // In text pasted a paragraph per line, a sentence ends with its line: wink-nlp reads on across a line with no
  // closing stop (a headline, a dateline). (Blank-line paragraphs are left to wink-nlp: the attribution tagger
  // was trained on its sentences there.)
  const perLine = hasParagraphPerLine(text)
  const paragraphs = findParagraphs(text, perLine)
  const furnitureCut = splitAtCuts(splitAfterLoneLetters(values, doc.sentences().out(its.span) as unknown as [number, number][]), values, starts, ends, furnitureEdges(text), true)
  const ranges = perLine ? splitAtCuts(furnitureCut, values, starts, ends, paragraphs.flatMap(({ start, end }) => [start, end]), false) : furnitureCut
  for (const [first, last] of ranges) {
    if (first > last || last >= values.length) continue
    // wink-nlp ends a sentence at an abbreviation's full stop ("Sen. Elizabeth Warren (D-Mass.) said"):
    // one that goes on in lower case on the same line is the same sentence, and so is a name after
    // a rank or title it does not know ("said Det. James Patterson").
    const previous = sentences.length - 1
    const before = sentences[previous]
    const goesOn = before !== undefined && !text.slice(before.end, starts[first]).includes('\n') && (
      (/^\p{Ll}/u.test(values[first]!) && /[.)]/u.test(text[before.end - 1] ?? '')) ||
      (/^\p{Lu}/u.test(values[first]!) && endsWithTitle(values, sentenceTokenStart[previous]!, sentenceTokenEnd[previous]!)))
    if (goesOn) {
      sentenceTokenEnd[previous] = last + 1
      sentences[previous] = { start: sentences[previous]!.start, end: ends[last]! }
      continue
    }
    sentenceTokenStart.push(first)
    sentenceTokenEnd.push(last + 1)
    sentences.push({ start: starts[first]!, end: ends[last]! })
  }
  return {
    starts, ends, pos, lemmas,
    sentences,
    sentenceTokenStart: Uint32Array.from(sentenceTokenStart),
    sentenceTokenEnd: Uint32Array.from(sentenceTokenEnd),
    paragraphs,
    quotes: findQuotes(text, paragraphs),
  }
}

/** Past forms wink-nlp tags as nouns after a subject ("The gunman shot two people"), with their verb's lemma. */
const PAST_FORMS_READ_AS_NOUNS: ReadonlyMap<string, string> = new Map([['shot', 'shoot']])
const tagsOf = (tags: readonly (typeof POS_TAGS)[number][]): ReadonlySet<number> => new Set(tags.map((tag) => POS_INDEX.get(tag)!))
/** A subject right before its verb; what can follow a verb of harm ("two people", "him", "at", "dead", "twice"); a noun phrase's words. */
const SUBJECT_TAGS = tagsOf(['NOUN', 'PROPN', 'PRON'])
const AFTER_VERB_TAGS = tagsOf(['DET', 'NUM', 'PRON', 'PROPN', 'ADP', 'ADJ', 'ADV'])
const NOUN_PHRASE_TAGS = tagsOf(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'])
const VERB_TAG = POS_INDEX.get('VERB')!
const NOUN_TAG = POS_INDEX.get('NOUN')!

/**
 * Nouns for who shoots, before "shot" as a verb; any other noun makes a compound ("a flu shot", "his mug shot"). A
 * name or a pronoun may shoot too.
 */
const SHOOTERS = new Set(['gunman', 'gunmen', 'man', 'men', 'woman', 'boy', 'teenager', 'suspect', 'suspects', 'shooter', 'attacker', 'attackers',
  'assailant', 'police', 'officer', 'officers', 'policeman', 'soldier', 'soldiers', 'troops', 'sniper', 'snipers', 'guard', 'guards', 'deputy',
  'deputies', 'trooper', 'troopers', 'agent', 'agents', 'militants', 'fighters', 'rebels',
  'forces', 'policemen', 'militiamen', 'militias', 'paramilitaries', 'guardsmen', 'marines', 'commandos', 'husband', 'wife', 'father', 'son', 'student', 'hunter'])
/** Words that may follow "shot" as a verb: its object or "dead"; not "every", "each" ("a flu shot every autumn"). */
const NOT_AFTER_SHOT = new Set(['every', 'each', 'per', 'this', 'that', 'from', 'of', 'in', 'for', 'with', 'on'])
/** Verbs of saying before a subject: "Police said the man shot two people" keeps the verb. */
const SAYING = new Set(['say', 'tell', 'claim', 'allege', 'add', 'report', 'confirm', 'believe', 'state'])

/**
 * Retags as verbs the past forms of `PAST_FORMS_READ_AS_NOUNS` that read as verbs: right after a pronoun, a name or a
 * noun for who shoots (`SHOOTERS`), before an object, "dead" or "at", and with no verb before that subject's noun
 * phrase but one of saying ("fired a warning shot at" keeps the noun). In place.
 */
function retagPastFormsReadAsNouns(values: readonly string[], pos: Uint8Array, lemmas: string[]): void {
  for (let t = 1; t + 1 < values.length; t++) {
    const verb = PAST_FORMS_READ_AS_NOUNS.get(values[t]!.toLowerCase())
    if (!verb || !SUBJECT_TAGS.has(pos[t - 1]!) || !AFTER_VERB_TAGS.has(pos[t + 1]!) || NOT_AFTER_SHOT.has(values[t + 1]!.toLowerCase())) continue
    if (pos[t - 1] === NOUN_TAG && !SHOOTERS.has(values[t - 1]!.toLowerCase())) continue
    const first = nounPhraseStart(pos, t - 1)
    if (first > 0 && pos[first - 1] === VERB_TAG && !SAYING.has(lemmas[first - 1] ?? '')) continue
    pos[t] = VERB_TAG
    lemmas[t] = verb
  }
}

/** Compound nouns whose first word wink-nlp reads as a verb ("a Brussels think | tank"), by their second word. */
const COMPOUND_FIRST_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['think', new Set(['tank', 'tanks'])]])

/** Retags as a noun the first word of a compound in `COMPOUND_FIRST_WORDS`, so the phrase it opens stays one noun phrase. In place. */
function retagCompoundNouns(values: readonly string[], pos: Uint8Array, lemmas: string[]): void {
  for (let t = 1; t + 1 < values.length; t++) {
    const word = values[t]!.toLowerCase()
    // "a Brussels | think tank", not "I | think tanks are loud".
    if (pos[t] !== VERB_TAG || !COMPOUND_FIRST_WORDS.get(word)?.has(values[t + 1]!.toLowerCase()) || !NOUN_PHRASE_TAGS.has(pos[t - 1]!)) continue
    pos[t] = NOUN_TAG
    lemmas[t] = word
  }
}

/** A subject pronoun, which opens the clause a verb of claiming reports right after it ("Russia claims it has …"). */
const CLAIMED_CLAUSE_OPENER = /^(?:he|she|it|they|we|i|you)$/iu
/** A word of approximation before a figure, which opens such a clause too ("claims around a dozen were hurt"). */
const APPROXIMATOR = /^(?:around|about|nearly|almost|some|roughly|approximately|over)$/iu
const NUMBER_TAG = POS_INDEX.get('NUM')!
const ADJECTIVE_TAG = POS_INDEX.get('ADJ')!
const NAME_OR_NOUN_TAGS = tagsOf(['NOUN', 'PROPN'])
const VERBISH_TAGS = tagsOf(['VERB', 'AUX'])
/** What may stand before a subject that opens its clause: nothing, a line break, punctuation or a conjunction. */
const BEFORE_CLAUSE_SUBJECT = /^(?:\s*|[.,;:!?"“”‘’()—–-]|and|but|while|as|because|after|when|since|though|although)$/iu
/** Organisation nouns wink-nlp reads as adjectives before "claims" ("The union claims"). */
const BODIES_READ_AS_ADJECTIVES = new Set(['union', 'government', 'company', 'ministry', 'army', 'military', 'police', 'party', 'opposition', 'council', 'campaign', 'group'])

/**
 * Retags as a verb "claims" (or "claim") that wink-nlp reads as a noun after the subject that opens its clause, when a clause
 * follows it: "The government claims that a dozen were hurt", "Russia claims it has taken the town", "The union claims around 12
 * were hurt". "Insurance claims that were rejected" (a verb after "that") and "his false claims" (an adjective or a possessive
 * before) keep the noun. In place.
 */
function retagClaimsReadAsNouns(values: readonly string[], pos: Uint8Array, lemmas: string[]): void {
  for (let t = 1; t + 2 < values.length; t++) {
    if (pos[t] !== NOUN_TAG || !/^claims?$/iu.test(values[t]!)) continue
    const before = pos[t - 1]!
    const bodyAsAdjective = before === ADJECTIVE_TAG && BODIES_READ_AS_ADJECTIVES.has(values[t - 1]!.toLowerCase())
    if (!NAME_OR_NOUN_TAGS.has(before) && !bodyAsAdjective) continue
    const first = nounPhraseStart(pos, t - 1)
    if (first > 0 && !BEFORE_CLAUSE_SUBJECT.test(values[first - 1]!)) continue
    const next = values[t + 1]!
    const opens = CLAIMED_CLAUSE_OPENER.test(next) || pos[t + 1] === NUMBER_TAG ||
      (/^that$/iu.test(next) && !VERBISH_TAGS.has(pos[t + 2]!)) || (APPROXIMATOR.test(next) && (pos[t + 2] === NUMBER_TAG || /^(?:a|an)$/iu.test(values[t + 2]!)))
    if (!opens) continue
    if (bodyAsAdjective) pos[t - 1] = NOUN_TAG
    pos[t] = VERB_TAG
    lemmas[t] = 'claim'
  }
}

/** Ranks and titles written abbreviated before a name, which wink-nlp may take for a sentence's end. */
const TITLE_ABBREVIATIONS = new Set([
  'Adm', 'Amb', 'Atty', 'Brig', 'Capt', 'Cmdr', 'Col', 'Const', 'Cpl', 'Det', 'Dr', 'Gen', 'Gov', 'Insp', 'Lt',
  'Maj', 'Mr', 'Mrs', 'Ms', 'Pres', 'Prof', 'Pvt', 'Rep', 'Rev', 'Sen', 'Sgt', 'Supt',
])

/** True when the tokens `[first, end)` close with a rank or title and its full stop ("… said Det."). Pure. */
function endsWithTitle(values: readonly string[], first: number, end: number): boolean {
  if (end - first < 2 || values[end - 1] !== '.') return false
  return TITLE_ABBREVIATIONS.has(values[end - 2]!)
}

/** Words that end a sentence's last phrase before a lone letter ("posted on X."). */
const BEFORE_LAST_LETTER = /^(?:on|in|at|of|from|by|to|for|with|about|into|plan|vitamin|grade|type|class|category|section|row|block|gate|level)$/u
/** Words that open a sentence, after a lone letter that ends the one before ("… on X. The"). */
const SENTENCE_OPENER = /^(?:the|a|an|this|that|these|those|he|she|it|they|we|you|there|in|on|at|but|yet|after|before|when|while|since|meanwhile|however|his|her|its|their|our|my)$/iu

/**
 * wink-nlp reads a capital letter and full stop as an initial and goes on ("posted on X. \"This
 * act …\""): after a word in lower case ("on X.", not "Malcolm X." or "George W. Bush") and before a
 * quotation mark or a capital after a preposition, it ends the sentence, and after any word before a
 * word that opens a sentence ("Plan B. The"); after a title in lower case the letter is an initial
 * ("chairman V. Raghunathan"). Returns the token ranges split there. Pure; linear.
 */
function splitAfterLoneLetters(values: readonly string[], ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const [first, last] of ranges) {
    let from = first
    for (let t = first + 1; t < last; t++) {
      const next = values[t + 1]!
      const afterLower = /^\p{Ll}/u.test(values[t - 1]!) && (/^["“‘]/u.test(next) || (/^\p{Lu}/u.test(next) && BEFORE_LAST_LETTER.test(values[t - 1]!)))
      if (/^\p{Lu}\.$/u.test(values[t]!) && (afterLower || (/^\p{Lu}/u.test(next) && SENTENCE_OPENER.test(next)))) {
        out.push([from, t])
        from = t + 1
      }
    }
    out.push([from, last])
  }
  return out
}

/**
 * The first token of the noun phrase that ends with token `last` ("the 34-year-old man"): back over determiners,
 * adjectives, numbers and nouns, and over the tokens `glued` says belong to a word (the hyphens of "34-year-old"). Pure.
 */
export function nounPhraseStart(pos: ArrayLike<number>, last: number, glued: (t: number) => boolean = () => false): number {
  let t = last
  while (t > 0 && (NOUN_PHRASE_TAGS.has(pos[t - 1]!) || glued(t - 1))) t--
  return t
}

/**
 * A line of page furniture pasted with the story ("Advertisement", "Photo: Jane Roe/Reuters", "Skip to
 * content"): only a whole line, so the same words inside a line of the story cut nothing.
 */
const FURNITURE_LINE = new RegExp(String.raw`^[ \t\u00a0]*(?:advertisement|(?:story|article) continues below(?: (?:this )?advertisement)?|skip to (?:main )?content|share this (?:article|story|page)|(?:photo|photograph|picture|image)(?: credit)?:[^\n]{1,120}|(?:image|media) (?:caption|copyright|source)\b[^\n]{0,300}|\([^()\n]{0,80}\b(?:getty images|ap photo|photo|credit)\b[^()\n]{0,80}\))[ \t\u00a0]*$`, 'gimu')

/**
 * Where furniture lines start and end (white space trimmed), in order: wink-nlp reads on across a line
 * with no closing stop, which would glue "Advertisement" to the quotation on the next line. Pure; linear.
 */
export function furnitureEdges(text: string): number[] {
  const edges: number[] = []
  for (const m of text.matchAll(FURNITURE_LINE)) {
    const line = m[0]
    edges.push(m.index + line.length - line.trimStart().length, m.index + line.trimEnd().length)
  }
  return edges
}

/**
 * Sentence token ranges (first and last inclusive) cut where an offset of `cuts` (ascending) falls
 * between two of their words; the line breaks wink-nlp gives as tokens stay with the words before.
 * With `breakAlone`, a line break opening a range is cut off as a range of its own at the range's
 * first cut (as furniture lines have always been cut: the framing model was trained on those
 * sentences); without it, a range holding no word yet is not cut. Pure; linear.
 */
function splitAtCuts(ranges: ReadonlyArray<readonly [number, number]>, values: readonly string[], starts: Uint32Array, ends: Uint32Array, cuts: readonly number[], breakAlone: boolean): Array<[number, number]> {
  if (cuts.length === 0) return ranges.map(([first, last]) => [first, last])
  const out: Array<[number, number]> = []
  let k = 0
  for (const [first, last] of ranges) {
    let from = first
    let wordEnd = ends[first]!
    let hasWord = breakAlone || values[first]!.trim() !== ''
    for (let t = first + 1; t <= last; t++) {
      if (values[t]!.trim() === '') continue
      while (k < cuts.length && cuts[k]! < wordEnd) k++
      if (k < cuts.length && cuts[k]! <= starts[t]! && hasWord) {
        out.push([from, t - 1])
        from = t
      }
      hasWord = true
      wordEnd = ends[t]!
    }
    out.push([from, last])
  }
  return out
}

/** Letters with no decomposition to an ASCII letter, written as one ("ł" → "l", "Đ" → "D"). */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŧ: 't', Ŧ: 'T', ø: 'o', Ø: 'O', ŀ: 'l', Ŀ: 'L', ƒ: 'f',
}
const folded = new Map<string, string>()

/** The ASCII letter a non-ASCII letter is written on ("ć" → "c", "Ş" → "S"), else the letter itself: one UTF-16 unit for one. */
function foldLetter(letter: string): string {
  let out = folded.get(letter)
  if (out === undefined) {
    const base = UNDECOMPOSED[letter] ?? letter.normalize('NFD').replace(/\p{M}+/gu, '')
    out = base.length === 1 && /^[A-Za-z]$/u.test(base) ? base : letter
    folded.set(letter, out)
  }
  return out
}

/** `text` with each accented Latin letter replaced by its ASCII base; the same length, so offsets carry over. Pure; linear. */
export function foldedForTokens(text: string): string {
  // Only BMP letters (one UTF-16 unit each), so the length cannot change.
  return text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/gu, foldLetter)
}

/** A clock time written with a full stop ("7.15pm") or closing a sentence ("at 7:50pm. Police"). */
const CLOCK_TIME = /\b(\d{1,2})[.:](\d{2})([ap]m)(\.(?=\s+["“‘]?\p{Lu}|\s*$))?/giu

/**
 * `text` with clock times as wink-nlp reads them, the same length: it splits "7.15pm" into a
 * sentence ending "at 7." and one opening "15pm", and glues the full stop after "7:50pm" to the
 * time, so the sentence runs on; "7:15pm", and "7:50pm!" before the next sentence, it reads
 * right. Offsets carry over; the text itself is untouched. Pure; linear.
 */
export function withReadableTimes(text: string): string {
  return text.replace(CLOCK_TIME, (_, hour: string, minutes: string, half: string, stop?: string) => `${hour}:${minutes}${half}${stop ? '!' : ''}`)
}

/** Paragraphs are separated by blank lines, or by a no-break space run that stands for one in flattened text. */
const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n|\u00a0[ \t]+(?=\S)|\n(?=[ \t]*[“"])/gu
/** A blank line: where a text has one, its single line breaks only wrap lines. */
const BLANK_LINE = /\n[ \t\u00a0]*\n/u
/** In text pasted a paragraph per line, every line break ends a paragraph. */
const LINE_BREAK = /\n|\u00a0[ \t]+(?=\S)/gu
/** The end of a line that ends a sentence. */
const SENTENCE_END_OF_LINE = /[.!?:"”’)][ \t\u00a0]*$/u

/**
 * True when `text` holds a paragraph per line: no blank line, and most of its lines before the last
 * end a sentence (a wrapped text's lines mostly end mid-sentence). Pure; linear.
 */
function hasParagraphPerLine(text: string): boolean {
  if (BLANK_LINE.test(text)) return false
  const lines = text.split('\n').filter((line) => line.trim() !== '').slice(0, -1)
  return lines.length > 0 && lines.filter((line) => SENTENCE_END_OF_LINE.test(line)).length * 2 >= lines.length
}

/**
 * Returns the paragraph spans of `text`, trimmed of white space. Text pasted a paragraph per line
 * (`hasParagraphPerLine`) has a paragraph per line, so a line opening with a quotation does not make
 * every later line part of its paragraph. Pure.
 */
export function findParagraphs(text: string, perLine = hasParagraphPerLine(text)): Span[] {
  const out: Span[] = []
  let start = 0
  const push = (s: number, e: number): void => {
    while (s < e && /\s/u.test(text[s] ?? '')) s++
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--
    if (e > s) out.push({ start: s, end: e })
  }
  for (const m of text.matchAll(perLine ? LINE_BREAK : PARAGRAPH_BREAK)) {
    push(start, m.index)
    start = m.index + m[0].length
  }
  push(start, text.length)
  return out
}

const OPEN = new Set(['“', '"', '«'])
const CLOSE_OF: Record<string, string> = { '“': '”', '"': '"', '«': '»' }

/**
 * Quote-free paragraphs a quotation may run through when a later one closes it: the text was
 * split into paragraphs mid-quote and the marks that would reopen it were never written.
 */
const MAX_QUOTE_FREE_PARAGRAPHS = 2

/**
 * Returns quoted passages: “curly”, "straight" and «guillemet» pairs within a paragraph. A quote
 * still open at its paragraph's end runs to that end, and if the next paragraph opens with a
 * quote mark it continues there (the newspaper convention for multi-paragraph quotes); if the next
 * paragraph opens without one but closes a quotation before opening any, the quote ran on into
 * it (text split into paragraphs mid-quote), also through up to `MAX_QUOTE_FREE_PARAGRAPHS`
 * paragraphs with no quote mark before the one that closes it. Pure; linear.
 */
export function findQuotes(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = []
  let carried = false
  for (let k = 0; k < paragraphs.length; k++) {
    if (carried) {
      const closing = quoteFreeRunClosed(text, paragraphs, k)
      for (; k < closing; k++) out.push(paragraphs[k]!)
    }
    const p = paragraphs[k]!
    let i = p.start
    const carriedClose = carried ? carriedQuoteEnd(text, p) : -1
    if (carriedClose > p.start) {
      out.push({ start: p.start, end: carriedClose })
      i = carriedClose + 1
    }
    let open = -1
    let close = ''
    for (; i < p.end; i++) {
      const ch = text[i] ?? ''
      if (open < 0) {
        if (OPEN.has(ch)) {
          open = i + 1
          close = CLOSE_OF[ch] ?? ch
        }
      } else if (ch === close) {
        if (i > open) out.push({ start: open, end: i })
        open = -1
      }
    }
    if (open >= 0 && p.end > open) out.push({ start: open, end: p.end })
    carried = open >= 0
  }
  return out
}

/**
 * The index of the paragraph that closes a quotation carried into paragraph `k` across quote-free
 * paragraphs, or `k` when paragraph `k` has a quote mark, or when no paragraph within
 * `MAX_QUOTE_FREE_PARAGRAPHS` closes it. Pure; bounded.
 */
function quoteFreeRunClosed(text: string, paragraphs: readonly Span[], k: number): number {
  for (let j = k; j < paragraphs.length && j <= k + MAX_QUOTE_FREE_PARAGRAPHS; j++) {
    const p = paragraphs[j]!
    if (!QUOTE_MARK.test(textOf(text, p))) continue
    return j > k && carriedQuoteEnd(text, p) > p.start ? j : k
  }
  return k
}

/** Any quotation mark, opening or closing. */
export const QUOTE_MARK = /[“”"«»]/u

/**
 * The offset of the mark closing a quotation carried into paragraph `p` from the one before, or
 * -1 when the paragraph opens a quotation first (or none at all). A straight quote mark closes
 * when it follows a word and is followed by a space, punctuation or the end. Pure.
 */
function carriedQuoteEnd(text: string, p: Span): number {
  for (let i = p.start; i < p.end; i++) {
    const ch = text[i] ?? ''
    if (ch === '”' || ch === '»') return i
    if (ch === '“' || ch === '«') return -1
    if (ch === '"') return /\S/u.test(text[i - 1] ?? '') && i > p.start && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '') ? i : -1
  }
  return -1
}

/** Returns the text of token `i`. Pure. */
export function tokenText(text: string, seg: Segmentation, i: number): string {
  return text.slice(seg.starts[i], seg.ends[i])
}

/** Returns the part-of-speech tag of token `i`. Pure. */
export function posOf(seg: Segmentation, i: number): string {
  return POS_TAGS[seg.pos[i] ?? 16] ?? 'X'
}

/** Returns the index of the sentence holding character `offset`, or -1. Pure (binary search). */
export function sentenceAt(seg: Segmentation, offset: number): number {
  return spanIndexAt(seg.sentences, offset)
}

/** Whether `s` lies inside one quotation of `seg`. Pure (binary search). */
export function inQuotation(seg: Segmentation, s: Span): boolean {
  const q = seg.quotes[spanIndexAt(seg.quotes, s.start)]
  return q !== undefined && s.end <= q.end
}

export const segmentStage: Stage<'segments'> = {
  name: 'segment',
  requires: [],
  assigns: 'segments',
  rules: [],
  run: (article: Article) => segmentText(article.text),
}
