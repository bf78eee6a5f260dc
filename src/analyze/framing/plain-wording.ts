/**
 * @module analyze/framing/plain-wording — wording the trained tagger takes for persuasion that is not.
 *
 * Two kinds, found once per article:
 * - set phrases (`data/plain-wording.json`): how a toll is stated ("put the death toll higher"),
 *   a patient's condition ("in a critical condition"), condolences ("deeply saddened"), graded
 *   diplomatic concern ("deeply concerned"), an authority's stock defence ("lawful and
 *   proportionate"), kinship similes ("like my own family");
 * - inscriptions: quoted words printed on an object (`a vest marked "PRESS"`, `signs reading
 *   "Resign"`, an all-caps `"POLICE"`), which are no one's label for anything;
 * - safety cautions: an action said to be dangerous ("stopping suddenly can be dangerous",
 *   "mixing the two is harmful"), which advises the reader what not to do rather than stirring fear of anyone.
 * A trained-tagger span mostly made of a set phrase or a caution, or touching an inscription, is dropped
 * (`isPlainWording`); so is a lexicon hit inside one (`framing.ts`); the scare-quote rule skips inscriptions (`isInscription`).
 */
import plainWordingFile from './data/plain-wording.json' with { type: 'json' }
import { coveredLength, overlapsSorted, type Span } from '../../model/span.js'
import type { FramingContext } from './context.js'
import type { Technique } from './rules.js'
import { asLexiconFile, compileLexicon, matchLexicon, type LexiconMatch } from './lexicon.js'

const SET_PHRASES = compileLexicon(asLexiconFile(plainWordingFile, 'plain-wording'))

/** Quoted passages of up to 60 characters on one line, marks included. */
export const SHORT_QUOTE = /[“"‘]([^“”"‘’\n]{1,60})[”"’]/gu

// What introduces printed words: a verb of marking ("marked", "reading", "emblazoned with") or
// a sign-like object that "says" them. Read on the words just before the opening mark.
const MARKING_CUE = /\b(?:reading|bearing|(?:marked|stamped|printed|emblazoned|inscribed)(?:\s+with)?|(?:with|bearing)\s+the\s+words?|(?:signs?|banners?|placards?|posters?|(?:t-)?shirts?|stickers?|graffiti)\s+(?:that\s+)?(?:say|says|said|saying|read|reads))\s*[:,]?\s*$/iu

/**
 * A gerund opening a clause (at the sentence start, after a reporting verb, "that" or a comma), a
 * few words, then "can|may|is … dangerous": the risk of an action ("says stopping suddenly can be dangerous").
 */
const SAFETY_CAUTION = /(?<=(?:^|[.!?:;"“]\s*|,\s+|\b(?:that|says|said|warns|warned|advises|advised|adds|added)\s+))\p{L}+ing(?:\s+[\p{L}-]+){0,3}?\s+(?:can|could|may|might|is|are|would\s+be|will\s+be)\s+(?:be\s+)?(?:very\s+|extremely\s+|potentially\s+)?(?:dangerous|harmful|unsafe|risky|hazardous)\b/gimu

/** Share of a tagged span that set phrases must cover for the span to be dropped. */
const SET_PHRASE_SHARE = 0.5

/** Set phrases and inscriptions of one article, each sorted by start. */
export interface PlainWording {
  readonly setPhrases: readonly Span[]
  readonly inscriptions: readonly Span[]
  readonly cautions: readonly Span[]
}

/**
 * True when the quoted words `inner` are printed text: introduced by a marking cue in `before`
 * (the sentence up to the opening mark), or written in capitals ("PRESS", "NO WAR"). Pure.
 */
export function isInscription(before: string, inner: string): boolean {
  const letters = inner.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 2 && !/\p{Ll}/u.test(letters)) return true
  return MARKING_CUE.test(before.slice(-60))
}

/** Finds the set phrases, inscriptions and safety cautions of the article. Pure; linear in the text. */
export function findPlainWording(ctx: FramingContext): PlainWording {
  const { seg, text } = ctx
  const matches: LexiconMatch[] = []
  for (let s = 0; s < seg.sentences.length; s++) matchLexicon(ctx, SET_PHRASES, seg.sentenceTokenStart[s] ?? 0, seg.sentenceTokenEnd[s] ?? 0, matches)
  const setPhrases = matches.map((m) => ({ start: seg.starts[m.startToken] ?? 0, end: seg.ends[m.endToken - 1] ?? 0 }))
  const inscriptions: Span[] = []
  let s = 0
  for (const m of text.matchAll(SHORT_QUOTE)) {
    while (s < seg.sentences.length && seg.sentences[s]!.end <= m.index) s++
    const sentenceStart = Math.min(seg.sentences[s]?.start ?? m.index, m.index)
    if (isInscription(text.slice(sentenceStart, m.index), m[1]!)) inscriptions.push({ start: m.index, end: m.index + m[0].length })
  }
  const cautions = [...text.matchAll(SAFETY_CAUTION)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  return { setPhrases, inscriptions, cautions }
}

/**
 * True when set phrases or cautions cover at least half of `span` or its `chief` token (the one the
 * tagger is surest of: a long span fired by "death" in "death hoax" fired on a set phrase), or an
 * inscription overlaps it and the technique is not a slogan (a placard's slogan is one). Pure (binary search).
 */
export function isPlainWording(plain: PlainWording, span: Span, technique: Technique, chief?: Span): boolean {
  if (technique !== 'slogans' && overlapsSorted(plain.inscriptions, span)) return true
  if (chief !== undefined && withinSetPhrase(plain, chief)) return true
  return coveredLength(plain.setPhrases, span) + coveredLength(plain.cautions, span) >= SET_PHRASE_SHARE * (span.end - span.start)
}

/** True when `span` lies wholly in set phrases or cautions: a lexicon word inside one ("stopping suddenly can be dangerous") is plain. Pure (binary search). */
export function withinSetPhrase(plain: PlainWording, span: Span): boolean {
  return coveredLength(plain.setPhrases, span) + coveredLength(plain.cautions, span) >= span.end - span.start
}
