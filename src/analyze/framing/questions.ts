/**
 * @module analyze/framing/questions — questions asked in running text, which suggest rather than report.
 *
 * Every sentence ending in a question mark (before any closing quotation mark) is a candidate,
 * except an interviewer's question in a transcript, which asks to be answered; the stage lowers
 * confidence when the question is a quoted speaker's, as for every rule.
 */
import { spanIndexAt, trimSpan } from '../../model/span.js'
import { quote, type FramingContext, type Hit } from './context.js'

const ENDS_WITH_QUESTION = /\?[\s"”’)]*$/u

/** Returns rhetorical-question hits, one per question sentence. Pure. */
export function findRhetoricalQuestions(ctx: FramingContext): Hit[] {
  const hits: Hit[] = []
  for (const untrimmed of ctx.seg.sentences) {
    const sentence = trimSpan(ctx.text, untrimmed)
    const tail = ctx.text.slice(Math.max(sentence.start, sentence.end - 6), sentence.end)
    if (!ENDS_WITH_QUESTION.test(tail) || spanIndexAt(ctx.interviewer.turns, sentence.end - 1) >= 0) continue
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
