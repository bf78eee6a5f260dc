/**
 * @module analyze/framing/whataboutism — one side's conduct set against the other's.
 *
 * Cues, strongest first: a sentence opening "This is while ..." (a contrast construction common
 * in translated state media), a comparison "compared X's measures to those of Y", a sentence
 * opening "While/Whereas <actor> ..., <other actor> ..." that contrasts two named actors, a
 * deflection to what others failed to do ("nobody asks why ...", "where was the outrage when ..."), a "Yet" or "But"
 * turning to a party's own people or record ("Yet the charity's own chief executive is paid ..."),
 * and the explicit "double standard(s)" / "what about" another actor or event (not in a question put to be answered,
 * `FramingContext.answeredQuestions`: "Q: What about the deficit?"). The span is the whole sentence: the
 * technique is the comparison, not one word.
 */
import { posOf, sentenceAt } from '../segment/segment.js'
import { quote, type FramingContext, type Hit } from './context.js'
import type { Span } from '../../model/span.js'

const THIS_IS_WHILE = /\s*((?:this|that|it)\s+(?:is|was|comes|came)\s+(?:while|whereas|even though)\b)/iy
const COMPARED = /\bcompar(?:e|ed|es|ing)\b[^.!?]{0,120}?\b(?:to|with)\s+(?:those|that|the\s+(?:ones?|actions?|conduct|measures|response|behaviou?r|treatment|policies|record))\s+of\b/giu
const DOUBLE_STANDARD = /\bdouble standards?\b/giu
/**
 * "What about …?" pointing to another actor or event: a name ("what about Tarvia?", "what about the
 * Americans?"), someone's own record ("what about their own", "what about Iran's"), what a party did ("what about
 * the billions it wasted?"), an earlier time
 * ("what about when …", "what about the time …") or the others ("what about the opposition?"). "So
 * what about the gun?" asks after the story's own object and deflects nowhere. Not in a question
 * put to be answered either (an interviewer's next question).
 */
const WHAT_ABOUT = /\b[Ww]hat\s+about\s+(?:when\b|the\s+(?:times?|days?|years?)\s+(?:when|that)\b|(?:their|his|her|its|our|your)\s+own\b|(?:the\s+)?(?:other\s+side|others|opposition|rest\s+of\s+(?:them|us|the\s+world))\b|(?:the\s+)?\p{Lu}[\p{L}.'’-]*|(?:the\s+)?(?:\p{L}+\s+){0,2}\p{L}+['’]s\b|(?:the\s+)?\p{L}+\s+(?:that\s+|which\s+)?(?:it|they|he|she|we|you)\s+(?:\p{L}+ed|did|had|spent|made|paid|took|gave|let|lost)\b)/gu
// A deflection to what others did or failed to do: "nobody asks why the opposition did nothing",
// "Where was the outrage when ...", "what about the last election, when his party demanded ..."; not "Nobody asked why.", which names no conduct.
const DEFLECTION = /\b(?:[Ww]hat\s+about\s+(?:the\s+)?(?:\p{L}+\s+){0,3}?\p{L}+,?\s+when\s+(?:[\p{L}'’]+\s+){0,4}?(?:\p{L}+ed|did|had|was|were|said|made|took|gave|let|lost|sat)|(?:nobody|no\s+one|few)\s+(?:ever\s+)?(?:asks?|asked|mentions?|mentioned|remembers?|wonders?|talks?\s+about)\s+(?:why|how|what)(?=\s+\p{L})|where\s+(?:was|were)\s+(?:the\s+|their\s+|this\s+|these\s+|those\s+|all\s+(?:the|these|those)\s+)?(?:outrage|condemnation|concern|criticism|protests?|indignation|critics|silence)\b[^.!?]{0,100}?\bwhen)\b/giu

/**
 * Tu quoque: a sentence that opens with "Yet" or "But" and turns to a party's own people or conduct, the critic's as a rule
 * ("Yet the charity's own chief executive is paid £150,000", "But their own leaders flew in by private jet"). Its own
 * figures, report or data are evidence against it, not a deflection ("But the ministry's own figures show …"), and so
 * is what its own people say or vote ("Yet the government's own officials warned …").
 */
const OWN_CONDUCT = /(?<![\p{L}\p{N},;:] *)(?:(?:and\s+)?yet|but)\b,?\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:[\p{L}-]+['’]s?|their|its|his|her|our)\s+own\s+(?:record|conduct|history|behaviou?r|past|hypocrisy|failures?|abuses|crimes|scandals?|leaders?|leadership|chief\s+executives?|bosses|boss|executives|directors?|staff|members|officials|ministers|MPs|lawmakers|troops|soldiers|forces|police|government|party|founder|president|chairman|chair)\b(?![^.;!?]{0,50}?\b(?:said|say|says|warned|warn|warns|told|voted|vote|votes|argued|admitted|wrote|found|concluded|believed?|believes|opposed?|opposes|testified|reported|predicted|agreed|complained|critici[sz]ed|questioned|doubted|estimated|acknowledged|conceded|confirmed)\b)/giu

/** Returns whataboutism hits, one scan per sentence. Pure. */
export function findWhataboutism(ctx: FramingContext): Hit[] {
  const hits: Hit[] = []
  const { text, seg } = ctx
  const thisIsWhile = new RegExp(THIS_IS_WHILE.source, THIS_IS_WHILE.flags)
  for (let s = 0; s < seg.sentences.length; s++) {
    const sentence = seg.sentences[s]!
    thisIsWhile.lastIndex = sentence.start
    const m = thisIsWhile.exec(text)
    if (m && m.index + m[0].length <= sentence.end) {
      const cue = { start: sentence.start + m[0].length - m[1]!.length, end: sentence.start + m[0].length }
      hits.push(hit(ctx, sentence, cue, 0.6, 'Contrast'))
      continue
    }
    const opener = contrastingActors(ctx, s)
    if (opener) hits.push(hit(ctx, sentence, opener, 0.45, 'Contrast'))
  }
  // One pass over the whole text per pattern; each match is placed in its sentence by binary search.
  // A deflection is worded too plainly for the PTC-trained tagger to back it, and too pointedly to need it.
  const patterns = [[COMPARED, 0.55, 'Comparison', false], [DEFLECTION, 0.5, 'Deflection', true], [OWN_CONDUCT, 0.4, 'Tu quoque', true], [DOUBLE_STANDARD, 0.4, 'Wording', false], [WHAT_ABOUT, 0.4, 'Wording', false]] as const
  for (const [re, confidence, what, beyondPtc] of patterns) {
    for (const m of text.matchAll(re)) {
      const s = sentenceAt(seg, m.index)
      const sentence = seg.sentences[s]
      if (re === WHAT_ABOUT && ctx.answeredQuestions.has(s)) continue
      if (sentence && m.index + m[0].length <= sentence.end && !thisIsWhileAt(text, sentence, thisIsWhile)) {
        hits.push(hit(ctx, sentence, { start: m.index, end: m.index + m[0].length }, confidence, what, beyondPtc))
      }
    }
  }
  return hits
}

function thisIsWhileAt(text: string, sentence: Span, re: RegExp): boolean {
  re.lastIndex = sentence.start
  const m = re.exec(text)
  return m !== null && m.index + m[0].length <= sentence.end
}

function hit(ctx: FramingContext, sentence: Span, cue: Span, confidence: number, what: string, beyondPtc = false): Hit {
  return {
    ruleId: 'framing/whataboutism',
    span: sentence,
    explanation: `${what} \`${quote(ctx.text, cue)}\` sets one side's conduct against the other side's`,
    confidence,
    voiceAt: cue.start,
    ...(beyondPtc ? { beyondPtc } : {}),
  }
}

/** Sentence `s` opens "While|Whereas <PROPN> ..., <PROPN> ..." with two different named actors: returns the cue span. */
function contrastingActors(ctx: FramingContext, s: number): Span | undefined {
  const { seg, lower } = ctx
  const first = seg.sentenceTokenStart[s] ?? 0
  const end = seg.sentenceTokenEnd[s] ?? 0
  if (first + 4 >= end || (lower[first] !== 'while' && lower[first] !== 'whereas')) return undefined
  // Returns the token index of the actor (a proper noun, after an optional determiner) at `i`.
  const actorAt = (i: number): number => {
    const j = posOf(seg, i) === 'DET' ? i + 1 : i
    return posOf(seg, j) === 'PROPN' ? j : -1
  }
  const a = actorAt(first + 1)
  if (a < 0) return undefined
  for (let i = first + 2; i < end - 1; i++) {
    if (lower[i] !== ',') continue
    const b = actorAt(i + 1)
    if (b >= 0 && lower[b] !== lower[a]) return { start: seg.starts[first] ?? 0, end: seg.ends[a] ?? 0 }
    return undefined
  }
  return undefined
}
