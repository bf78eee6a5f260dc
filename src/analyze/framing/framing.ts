/**
 * @module analyze/framing/framing — the framing stage: persuasion techniques with spans, and the genre.
 *
 * Findings in quoted speech (outside `outletVoice`) are kept, so a reader sees every technique,
 * but their confidence is halved and their explanation ends "in a quoted speaker's words", so the
 * outlet's own framing stays distinguishable. Only outlet-voice findings count for the genre.
 */
import type { Finding } from '../../model/schema.js'
import { need, type AttributionLayer, type FramingLayer, type Segmentation, type Stage } from '../layers.js'
import { createContext, inOutletVoice, type Hit } from './context.js'
import { classifyGenre } from './genre.js'
import { findLexicalHits } from './lexical.js'
import { findRhetoricalQuestions } from './questions.js'
import { findRepetitions } from './repetition.js'
import { RULES, ruleInfo } from './rules.js'
import { findScareQuotes } from './scare-quotes.js'
import { findWhataboutism } from './whataboutism.js'

/** Factor applied to the confidence of a finding in quoted speech. */
export const QUOTED_SPEECH_FACTOR = 0.5

/** Runs every framing rule over one article and decides its genre. Pure. */
export function analyzeFraming(text: string, seg: Segmentation, attributions: AttributionLayer): FramingLayer {
  const ctx = createContext(text, seg, attributions.outletVoice, attributions.attributions)
  const lexical = findLexicalHits(ctx)
  const hits: Hit[] = [
    ...lexical,
    ...findRepetitions(ctx, lexical),
    ...findWhataboutism(ctx),
    ...findScareQuotes(ctx),
    ...findRhetoricalQuestions(ctx),
  ]
  const byKey = new Map<string, Finding>()
  const outlet = new Set<string>()
  for (const h of hits) {
    const start = Math.max(0, Math.min(h.span.start, text.length))
    const end = Math.max(start, Math.min(h.span.end, text.length))
    if (end === start) continue
    const own = inOutletVoice(ctx, h.voiceAt ?? start)
    const confidence = Math.round(Math.min(1, h.confidence) * (own ? 1 : QUOTED_SPEECH_FACTOR) * 100) / 100
    const key = `${start}-${end}-${h.ruleId}`
    const prior = byKey.get(key)
    if (prior && prior.confidence >= confidence) continue
    byKey.set(key, {
      ruleId: h.ruleId,
      technique: ruleInfo(h.ruleId).technique,
      span: { start, end },
      explanation: own ? `${h.explanation}.` : `${h.explanation}, in a quoted speaker's words.`,
      confidence,
    })
    if (own) outlet.add(key)
    else outlet.delete(key)
  }
  const findings = [...byKey.values()].sort(byFinding)
  const outletFindings = findings.filter((f) => outlet.has(`${f.span.start}-${f.span.end}-${f.ruleId}`))
  return { findings, genre: classifyGenre(ctx, outletFindings) }
}

/** Orders findings by (start, end, ruleId). Pure comparator. */
export function byFinding(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
}

/** The framing stage: reads segments and attributions, assigns the framing layer. */
export const framingStage: Stage<'framing'> = {
  name: 'framing',
  requires: ['segments', 'attributions'],
  assigns: 'framing',
  rules: RULES,
  run: (article, layers) => analyzeFraming(article.text, need(layers, 'segments'), need(layers, 'attributions')),
}
