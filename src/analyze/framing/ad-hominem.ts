/**
 * @module analyze/framing/ad-hominem — an argument dismissed by attacking whoever makes it.
 *
 * PTC has no ad-hominem class; its doubt ("questioning the credibility of someone") is the one an attack on the
 * arguer's standing fits, so these hits are doubt. A label pinned on the arguer ("a failed businessman like him") is
 * name calling instead, and lives in the name-calling lexicon. Three constructions, each to the end of its clause:
 * - "coming from" a person with a record, said of what they said: "This is coming from a man who has never held a
 *   job", "Coming from someone who dodged the draft, ...", "That's rich coming from a party that ..."; not "The letter
 *   is coming from a man in Ohio", which names where it came from;
 * - "What would she know about running a business?": competence denied over a field, not "what does he know about
 *   the case", which asks after facts (a determiner before the topic);
 * - critics' motives put in place of their case: "His critics are just jealous", "opponents are simply envious".
 * PTC's articles hold these constructions once in all, so the trained tagger may not veto them (`beyondPtc` in `rules.ts`).
 */
import { sentenceAt } from '../segment/segment.js'
import { quote, sentenceBodyStart, type FramingContext, type Hit } from './context.js'

/** "coming from <someone> who|whose|that", opening the sentence or after "this is" / "that's (rich)". */
const COMING_FROM = /(?:\b(?:this|that|which)(?:\s+is|\s+was|['’]s)\s+(?:(?:a\s+bit\s+|pretty\s+|rather\s+)?rich,?\s+)?)?\bcoming\s+from\s+(?:a|an|the|someone|somebody|people|those)\b(?:\s+[\p{L}'’-]+){0,3}?\s+(?:who|whose|that)\b/giu
/** "What would she know about <a field>": no determiner before the field. */
const WHAT_WOULD_KNOW = /\b[Ww]hat\s+(?:would|does|do|did|could|can)\s+(?:he|she|they|you|\p{Lu}[\p{L}'’-]+)\s+(?:(?:ever|really|even|possibly)\s+)?know\s+about\s+(?!(?:the|this|that|these|those|it|its|a|an)\b)/gu
/** Critics' motives for their case: "his critics are just jealous". */
const CRITICS_MOTIVE = /\b(?:critics|opponents|detractors|enemies|haters|accusers|naysayers)\s+(?:are|were|['’]re)\s+(?:(?:(?:just|simply|only|merely|all|clearly|obviously)\s+)?(?:jealous|envious)|(?:just|simply|only|merely)\s+bitter)\b/giu
/** Where a clause ends. */
const CLAUSE_END = /[,;:.!?—–]/u

/** Returns ad-hominem hits: one per construction matched, up to the end of its clause. Pure; one pass per pattern. */
export function findAdHominem(ctx: FramingContext): Hit[] {
  const { text, seg } = ctx
  const hits: Hit[] = []
  for (const re of [COMING_FROM, WHAT_WOULD_KNOW, CRITICS_MOTIVE]) {
    for (const m of text.matchAll(re)) {
      const s = sentenceAt(seg, m.index)
      const sentence = seg.sentences[s]
      if (!sentence || m.index + m[0].length > sentence.end || ctx.answeredQuestions.has(s)) continue
      // "coming from" alone must open its sentence ("Coming from someone who ..."); else it says where a thing came from.
      if (re === COMING_FROM && !/^(?:this|that|which)\b/iu.test(m[0]) && !/^[\s"“‘']*$/u.test(text.slice(sentenceBodyStart(text, sentence.start), m.index))) continue
      const tail = CLAUSE_END.exec(text.slice(m.index + m[0].length, sentence.end))
      const span = { start: m.index, end: tail ? m.index + m[0].length + tail.index : trimEnd(text, sentence.end) }
      hits.push({
        ruleId: 'framing/ad-hominem',
        span,
        explanation: `Wording \`${quote(text, span)}\` attacks the person instead of the argument (ad hominem), casting doubt on them`,
        confidence: 0.5,
        voiceAt: span.start,
      })
    }
  }
  return hits
}

/** The offset before trailing spaces and closing quotation marks. Pure. */
function trimEnd(text: string, end: number): number {
  let e = end
  while (e > 0 && /[\s"”’']/u.test(text[e - 1] ?? '')) e--
  return e
}
