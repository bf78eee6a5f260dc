/**
 * @module bench/lib-framing-score — span scoring shared by the framing and bias benchmarks.
 *
 * Spans are half-open character ranges within one article. Scores follow SemEval-2020 Task 11:
 * span identification gives partial credit by overlap (precision sums, over predicted spans,
 * the share of each covered by gold spans; recall the reverse), after overlapping spans of the
 * same side are merged, as the task's SI gold is.
 */
import { resolve } from 'node:path'

/** A span of one article, optionally with a label. */
export interface LabelledSpan {
  readonly article: string
  readonly start: number
  readonly end: number
  readonly label: string
}

/** Precision, recall and F1, with the counts behind them. */
export interface Prf {
  readonly precision: number
  readonly recall: number
  readonly f1: number
  readonly predicted: number
  readonly gold: number
}

/** Returns `--name value` from `args`, or `fallback`. Pure. */
export function option(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback
}

/** Resolves the `--data` folder against the working directory, as `npm run bench` users expect. */
export function dataFolder(args: readonly string[], fallback: string): string {
  return resolve(process.cwd(), option(args, 'data', fallback))
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

/** Groups spans by article, each group sorted and with overlapping spans merged. Pure. */
export function mergeByArticle(spans: readonly LabelledSpan[]): Map<string, { start: number; end: number }[]> {
  const by = new Map<string, { start: number; end: number }[]>()
  for (const s of spans) {
    if (s.end <= s.start) continue
    const list = by.get(s.article) ?? []
    list.push({ start: s.start, end: s.end })
    by.set(s.article, list)
  }
  for (const [k, list] of by) {
    list.sort((a, b) => a.start - b.start || a.end - b.end)
    const merged: { start: number; end: number }[] = []
    for (const s of list) {
      const last = merged[merged.length - 1]
      if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
      else merged.push({ ...s })
    }
    by.set(k, merged)
  }
  return by
}

/** Sum over `a` spans of the share of each covered by `b` spans (both sorted, merged). Linear merge. */
function coveredShare(a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): number {
  let total = 0
  let j = 0
  for (const s of a) {
    while (j < b.length && b[j]!.end <= s.start) j++
    let covered = 0
    for (let k = j; k < b.length && b[k]!.start < s.end; k++) covered += Math.min(s.end, b[k]!.end) - Math.max(s.start, b[k]!.start)
    total += covered / (s.end - s.start)
  }
  return total
}

/** Span identification with partial-overlap credit (SemEval-2020 Task 11 SI). Pure. */
export function scoreSpans(predicted: readonly LabelledSpan[], gold: readonly LabelledSpan[]): Prf {
  const p = mergeByArticle(predicted)
  const g = mergeByArticle(gold)
  let nPred = 0
  let nGold = 0
  let pSum = 0
  let rSum = 0
  for (const [article, spans] of p) { nPred += spans.length; pSum += coveredShare(spans, g.get(article) ?? []) }
  for (const [article, spans] of g) { nGold += spans.length; rSum += coveredShare(spans, p.get(article) ?? []) }
  const precision = nPred === 0 ? 0 : pSum / nPred
  const recall = nGold === 0 ? 0 : rSum / nGold
  return { precision, recall, f1: f1(precision, recall), predicted: nPred, gold: nGold }
}

/**
 * Overlap matching: a predicted span counts when it overlaps a gold span of the same article
 * (and the same label when `sameLabel`); a gold span is found when some prediction overlaps it
 * that way. Duplicate predictions (same article, span and label) count once. Pure.
 */
export function scoreOverlap(predicted: readonly LabelledSpan[], gold: readonly LabelledSpan[], sameLabel: boolean): Prf {
  const key = (s: LabelledSpan): string => `${s.article}\u0000${sameLabel ? s.label : ''}`
  const unique = [...new Map(predicted.map((s) => [`${key(s)}\u0000${s.start}-${s.end}`, s])).values()]
  const goldBy = new Map<string, LabelledSpan[]>()
  for (const s of gold) goldBy.set(key(s), [...(goldBy.get(key(s)) ?? []), s])
  const predBy = new Map<string, LabelledSpan[]>()
  for (const s of unique) predBy.set(key(s), [...(predBy.get(key(s)) ?? []), s])
  const hits = (s: LabelledSpan, pool: readonly LabelledSpan[] | undefined): boolean => (pool ?? []).some((t) => s.start < t.end && t.start < s.end)
  const tpPred = unique.filter((s) => hits(s, goldBy.get(key(s)))).length
  const tpGold = gold.filter((s) => hits(s, predBy.get(key(s)))).length
  const precision = unique.length === 0 ? 0 : tpPred / unique.length
  const recall = gold.length === 0 ? 0 : tpGold / gold.length
  return { precision, recall, f1: f1(precision, recall), predicted: unique.length, gold: gold.length }
}

/** Formats a score line. Pure. */
export function formatPrf(name: string, s: Prf): string {
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(5)
  return `${name.padEnd(34)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (${s.predicted} predicted, ${s.gold} gold)`
}

/** Rounds a figure for the JSON line. Pure. */
export function round(x: number, digits = 4): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}
