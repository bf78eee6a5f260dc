/**
 * @module analyze/framing/questions — questions asked in running text, which suggest rather than report.
 *
 * Every sentence ending in a question mark (before any closing quotation mark) is a candidate,
 * except a question put to be answered (`FramingContext.answeredQuestions`): an interviewer's, or
 * one another speaker answers next. The stage lowers confidence when the question is a quoted
 * speaker's, as for every rule.
 */
import { trimSpan } from '../../model/span.js'
import { quote, type FramingContext, type Hit } from './context.js'
import { asksQuestion } from './transcript.js'

/** Returns rhetorical-question hits, one per question sentence not put to be answered. Pure. */
export function findRhetoricalQuestions(ctx: FramingContext): Hit[] {
  const hits: Hit[] = []
  for (let s = 0; s < ctx.seg.sentences.length; s++) {
    const sentence = trimSpan(ctx.text, ctx.seg.sentences[s]!)
    if (!asksQuestion(ctx.text, sentence) || ctx.answeredQuestions.has(s)) continue
    const lead = { start: sentence.start, end: Math.min(sentence.end, firstWordsEnd(ctx.text, sentence.start, sentence.end, 6)) }
    hits.push({ ruleId: 'framing/rhetorical-question', span: sentence, confidence: 0.35,
      explanation: `Question \`${quote(ctx.text, lead)}\` suggests an answer instead of reporting one` })
  }
  return hits
}

/** Offset after the first `n` words of `text[start, end)`. Pure. */
function firstWordsEnd(text: string, start: number, end: number, n: number): number {
  const re = /\S+/gu
  re.lastIndex = start
  let last = start
  for (let k = 0; k < n; k++) {
    const m = re.exec(text)
    if (!m || m.index >= end) break
    last = Math.min(end, m.index + m[0].length)
  }
  return last
}
