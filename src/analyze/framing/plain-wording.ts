/**
 * @module analyze/framing/plain-wording — wording the trained tagger takes for persuasion that is not.
 *
 * Two kinds, found once per article:
 * - set phrases (`data/plain-wording.json`): how a toll is stated ("put the death toll higher"),
 *   a patient's condition ("in a critical condition"), condolences ("deeply saddened"), graded
 *   diplomatic concern ("deeply concerned"), an authority's stock defence ("lawful and
 *   proportionate"), kinship similes ("like my own family");
 * - inscriptions: quoted words printed on an object (`a vest marked "PRESS"`, `signs reading
 *   "Resign"`, an all-caps `"POLICE"`), which are no one's label for anything.
 * A trained-tagger span mostly made of a set phrase, or touching an inscription, is dropped
 * (`isPlainWording`); the scare-quote rule skips inscriptions (`isInscription`).
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

/** Share of a tagged span that set phrases must cover for the span to be dropped. */
const SET_PHRASE_SHARE = 0.5

/** Set phrases and inscriptions of one article, each sorted by start. */
export interface PlainWording {
  readonly setPhrases: readonly Span[]
  readonly inscriptions: readonly Span[]
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

/** Finds the set phrases and inscriptions of the article. Pure; linear in the text. */
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
  return { setPhrases, inscriptions }
}

/**
 * True when set phrases cover at least half of `span`, or an inscription overlaps it and the
 * technique is not a slogan (a placard's slogan is one). Pure (binary search).
 */
export function isPlainWording(plain: PlainWording, span: Span, technique: Technique): boolean {
  if (technique !== 'slogans' && overlapsSorted(plain.inscriptions, span)) return true
  return coveredLength(plain.setPhrases, span) >= SET_PHRASE_SHARE * (span.end - span.start)
}
