/**
 * @module analyze/framing/capitals — words set in capitals for emphasis in the outlet's own voice.
 *
 * A tabloid shouts its judgement or a figure in capitals inside a sentence set in lower case:
 * "SHAMED Fiona Caldwell", "clung on for FIVE days", "after THAT WhatsApp". Acronyms and names
 * in capitals ("NATO", "NICE", a dateline's "LONDON") are no emphasis, so a word counts only when
 * its form is an English participle or adjective ("SHAMED", "SHOCKING", "OUTRAGEOUS") or a
 * word of quantity or insistence ("FIVE", "MILLION", "NEVER", "THAT"), not a place name, and stands
 * alone: a run of words in capitals is a heading, a slogan or a name.
 */
import { gazetteer } from '../../knowledge/gazetteer.js'
import { contains } from '../../model/span.js'
import { tokenText } from '../segment/segment.js'
import { inOutletVoice, sentenceBodyStart, type FramingContext, type Hit } from './context.js'

/** Words of quantity or insistence a tabloid shouts ("FIVE days", "£45 MILLION", "NEVER again", "THAT photo"). */
const SHOUTED_AMOUNTS = new Set([
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds',
  'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'double', 'triple', 'twice', 'three', 'that',
  'never', 'every', 'again', 'still', 'only', 'nothing', 'nobody', 'everyone', 'everything', 'total', 'huge', 'massive', 'even',
])
/** Endings of participles and adjectives, which acronyms hardly have ("SHAMED", "SHOCKING", "OUTRAGEOUS", "DISGRACEFUL", "WORST"). */
const JUDGING_FORM = /^\p{Lu}{3,}(?:ED|ING|OUS|FUL|LESS|IBLE|ABLE|EST)$/u
/** Lower-case words a sentence needs before a capitalised word in it is emphasis, not a headline set in capitals. */
const MIN_LOWER_CASE_WORDS = 3

/**
 * Returns a hit on each word in capitals for emphasis in the outlet's voice that no lexicon hit of
 * `wording` already covers ("GROUNDBREAKING" is hype in its own right): a judging form is loaded
 * wording, an amount or insistence exaggerates. Pure; linear in tokens, times the hits of `wording` for each candidate word.
 */
export function findShoutedWords(ctx: FramingContext, wording: readonly Hit[]): Hit[] {
  const { seg, text } = ctx
  const hits: Hit[] = []
  for (let s = 0; s < seg.sentences.length; s++) {
    const from = seg.sentenceTokenStart[s] ?? 0
    const to = seg.sentenceTokenEnd[s] ?? 0
    let lowerCase = 0
    for (let i = from; i < to && lowerCase < MIN_LOWER_CASE_WORDS; i++) if (/^\p{Ll}/u.test(tokenText(text, seg, i))) lowerCase++
    if (lowerCase < MIN_LOWER_CASE_WORDS) continue
    const body = sentenceBodyStart(text, seg.sentences[s]!.start)
    for (let i = from; i < to; i++) {
      const word = tokenText(text, seg, i)
      const start = seg.starts[i] ?? 0
      const end = seg.ends[i] ?? 0
      if (start < body || !/^\p{Lu}{3,}$/u.test(word) || inCapitalRun(text, seg, i, from, to)) continue
      const amount = SHOUTED_AMOUNTS.has(ctx.lower[i] ?? '')
      if (!amount && (!JUDGING_FORM.test(word) || isPlaceName(word))) continue
      if (!inOutletVoice(ctx, start) || wording.some((h) => contains(h.span, { start, end }))) continue
      hits.push({
        ruleId: amount ? 'framing/exaggeration' : 'framing/loaded-term',
        span: { start, end },
        explanation: `Capitals \`${word}\` shout ${amount ? 'a figure or an insistence' : 'a judgement'} the plain words would report`,
        confidence: 0.45,
        beyondPtc: true,
      })
    }
  }
  return hits
}

/** True when a word beside token `i` in its sentence is in capitals too: a run of capitals is a heading, a slogan or a name ("TWO DEAD IN FLORIDA", "FAROOD SAYED"), not one word stressed. Pure. */
function inCapitalRun(text: string, seg: FramingContext['seg'], i: number, from: number, to: number): boolean {
  const capitals = (k: number): boolean => k >= from && k < to && /^\p{Lu}{2,}$/u.test(tokenText(text, seg, k))
  return capitals(i - 1) || capitals(i + 1)
}

/** True when the word in capitals is a place the gazetteer knows ("BEIJING", "READING"). Pure. */
function isPlaceName(word: string): boolean {
  return gazetteer().byName.has(word[0] + word.slice(1).toLowerCase())
}
