/**
 * @module analyze/framing/dilemmas — false dilemmas worded freely, beyond the lexicon's fixed phrases.
 *
 * Three constructions present two alternatives as the only ones:
 * - "either ... or" where "either" opens a clause or follows "is", "are" or a subject pronoun ("Either we build
 *   the wall or we lose the country", "It is either reform or ruin", "We either act now or pay later"); not
 *   "either way", "either of", and not "either" after another verb ("pay either online or at the town hall"),
 *   which lists the ways of doing one thing;
 * - "can have X or ... Y, not both" and "can't have both";
 * - a choice called simple, stark or binary and then spelled out ("Voters face a simple choice: X or Y", "The choice
 *   is clear: jobs or welfare"); not "a choice between two candidates", which reports one.
 * The span is the sentence: the device is the whole framing of the alternatives. A sentence the black-and-white
 * lexicon already marks gives no second finding.
 */
import { sentenceAt } from '../segment/segment.js'
import { quote, type FramingContext, type Hit } from './context.js'

/** "either" opening a clause (or after a copula or a subject pronoun), then "or" in the same clause. */
const EITHER_OR = /(?<=(?:^|[.!?:;,—–(]\s*|["“‘]|\b(?:is|are|was|were|be|we|you|they)\s+))either\s+(?!(?:way|of|side|one|end)\b)[^.!?;]{1,120}?\bor\b/giu
/** "You can have lower taxes or you can have good schools — not both", "you can't have both". */
const NOT_BOTH = /\bcan\s+(?:either\s+)?have\b[^.!?;]{1,80}?\bor\b[^.!?;]{1,80}?\bnot\s+both\b|\bcan(?:not|['’]t|\s+not)\s+have\s+(?:it\s+)?both\b/giu
/** A choice called simple, then spelled out: "a simple choice: X or Y", "a stark choice between X and Y", "the choice is clear: X or Y". */
const STARK_CHOICE = /\b(?:(?:a|the)\s+(?:simple|stark|clear|binary|basic)\s+choice\b[^.!?;]{0,30}?(?:[:—–]|\bbetween\b)|\bthe\s+choice\s+(?:is|was)\s+(?:simple|clear|stark|binary)\s*[:—–,]?)[^.!?;]{1,100}?\b(?:or|and)\b/giu

const CONSTRUCTIONS = [EITHER_OR, NOT_BOTH, STARK_CHOICE] as const

/** Returns one black-and-white hit per sentence that words a false dilemma, outside sentences `marked` already holds. Pure; one pass per pattern. */
export function findFalseDilemmas(ctx: FramingContext, marked: readonly Hit[]): Hit[] {
  const { text, seg } = ctx
  const taken = new Set(marked.filter((h) => h.ruleId === 'framing/black-and-white').map((h) => sentenceAt(seg, h.span.start)))
  const hits: Hit[] = []
  for (const re of CONSTRUCTIONS) {
    for (const m of text.matchAll(re)) {
      const s = sentenceAt(seg, m.index)
      const sentence = seg.sentences[s]
      if (!sentence || taken.has(s) || m.index + m[0].length > sentence.end) continue
      taken.add(s)
      const cue = { start: m.index, end: m.index + m[0].length }
      hits.push({
        ruleId: 'framing/black-and-white',
        span: sentence,
        explanation: `Wording \`${quote(text, cue)}\` presents only two alternatives`,
        confidence: 0.5,
        voiceAt: cue.start,
      })
    }
  }
  return hits
}
