/**
 * @module bench/lib-framing-score — span scoring shared by the framing and bias benchmarks.
 *
 * Spans are half-open character ranges within one article. Scores follow SemEval-2020 Task 11:
 * span identification gives partial credit by overlap (precision sums, over predicted spans,
 * the share of each covered by gold spans; recall the reverse), after overlapping spans of the
 * same side are merged, as the task's SI gold is.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

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

/** One PTC article: its id, text and gold technique spans. */
export interface PtcArticle {
  readonly id: string
  readonly text: string
  readonly gold: readonly LabelledSpan[]
}

/**
 * Reads a folder laid out like PTC: `train-articles/article<ID>.txt` and
 * `train-task-flc-tc.labels` (`article_id TAB technique TAB start TAB end`). Articles are sorted
 * by id, so folds and training runs see them in one fixed order.
 */
export function readPtc(dir: string): PtcArticle[] {
  const labelsPath = join(dir, 'train-task-flc-tc.labels')
  const articlesDir = join(dir, 'train-articles')
  if (!existsSync(labelsPath) || !existsSync(articlesDir)) {
    throw new Error(`${dir} is not laid out like PTC: expected train-articles/ and train-task-flc-tc.labels (pass --data ../shared/data/ptc)`)
  }
  const gold = new Map<string, LabelledSpan[]>()
  for (const line of readFileSync(labelsPath, 'utf8').split('\n')) {
    const [article, label, start, end] = line.trim().split('\t')
    if (article && label && start && end) gold.set(article, [...(gold.get(article) ?? []), { article, label, start: Number(start), end: Number(end) }])
  }
  return readdirSync(articlesDir).filter((f) => /^article.+\.txt$/.test(f)).sort().map((file) => {
    const id = file.slice('article'.length, -'.txt'.length)
    return { id, text: readFileSync(join(articlesDir, file), 'utf8'), gold: gold.get(id) ?? [] }
  })
}

/** Splits `n` items into `k` folds by position (item `i` goes to fold `i mod k`); returns each item's fold. Pure. */
export function foldsOf(n: number, k: number): number[] {
  return Array.from({ length: n }, (_, i) => i % k)
}

/** Technique classification as in SemEval-2020 Task 11. */
export interface TcScore {
  /** Gold span instances classified (a span with two gold techniques counts twice). */
  readonly instances: number
  readonly correct: number
  /** Micro-F1: with one prediction per gold instance, precision = recall = accuracy. */
  readonly microF1: number
  /** Per gold label: instances and correct. */
  readonly perLabel: Readonly<Record<string, { gold: number; correct: number; predicted: number }>>
}

/**
 * Scores technique classification on the gold spans. `rank(span)` returns labels best first;
 * a span that carries `k` gold instances (the same extent labelled with several techniques)
 * gets the first `k` distinct labels, matched to the gold labels as multisets, as the task's
 * scorer matches repeated spans regardless of order. Pure.
 */
export function scoreTechniques(gold: readonly LabelledSpan[], rank: (span: LabelledSpan) => readonly string[]): TcScore {
  const groups = new Map<string, LabelledSpan[]>()
  for (const g of gold) {
    const key = `${g.article}\u0000${g.start}\u0000${g.end}`
    groups.set(key, [...(groups.get(key) ?? []), g])
  }
  const perLabel: Record<string, { gold: number; correct: number; predicted: number }> = {}
  const entry = (l: string): { gold: number; correct: number; predicted: number } => (perLabel[l] ??= { gold: 0, correct: 0, predicted: 0 })
  let correct = 0
  for (const group of groups.values()) {
    const ranked = [...new Set(rank(group[0]!))]
    const predicted = Array.from({ length: group.length }, (_, i) => ranked[Math.min(i, ranked.length - 1)] ?? '')
    const left = new Map<string, number>()
    for (const g of group) {
      entry(g.label).gold++
      left.set(g.label, (left.get(g.label) ?? 0) + 1)
    }
    for (const p of predicted) {
      entry(p).predicted++
      const n = left.get(p) ?? 0
      if (n > 0) {
        left.set(p, n - 1)
        entry(p).correct++
        correct++
      }
    }
  }
  return { instances: gold.length, correct, microF1: gold.length === 0 ? 0 : correct / gold.length, perLabel }
}
