/**
 * @module analyze/framing/repetition — a loaded term or label used again and again.
 *
 * Works on the hits of the lexical rules: the second and later uses of the same loaded term,
 * label or slogan (compared lower-cased) are repetitions. One pass with a map: linear.
 */
import { foldToken, quote, type FramingContext, type Hit } from './context.js'

const REPEATABLE = new Set<string>(['framing/loaded-term', 'framing/name-calling', 'framing/slogan'])

/** Returns repetition hits for the repeated uses among `hits`. Pure. */
export function findRepetitions(ctx: FramingContext, hits: readonly Hit[]): Hit[] {
  const seen = new Map<string, number>()
  const out: Hit[] = []
  const candidates = hits.filter((h) => REPEATABLE.has(h.ruleId)).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
  for (const h of candidates) {
    const key = foldToken(ctx.text.slice(h.span.start, h.span.end)).replace(/\s+/g, ' ')
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    if (count < 2) continue
    out.push({ ruleId: 'framing/repetition', span: h.span, confidence: 0.35,
      explanation: `Loaded term \`${quote(ctx.text, h.span)}\` is repeated (use ${count})` })
  }
  return out
}
