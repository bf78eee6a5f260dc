/**
 * @module bench/lib-score — span matching and precision/recall/F1 for the attribution benchmark.
 *
 * An item is one role of one relation: a list of fragments (gold spans may be discontinuous; the
 * system's are one fragment). Items are normalised first (`normalizeItem`), then matched one to one:
 * - exact: same start and end of the outer extent (first fragment start, last fragment end);
 * - overlap: at least one shared character, each item matched at most once, greedily by the
 *   largest number of shared characters.
 * Every function here is pure.
 */
import type { Attribution } from '../src/model/schema.js'
import type { Span } from '../src/model/span.js'
import { ROLES, type BratRelation, type Role } from './lib-brat.js'

/** One role of one relation: sorted, non-overlapping fragments. */
export type Item = readonly Span[]

/** Matched pairs `[goldIndex, predIndex]`, and what was left over on each side. */
export interface Matching {
  readonly pairs: ReadonlyArray<readonly [number, number]>
  readonly missedGold: readonly number[]
  readonly spuriousPred: readonly number[]
}

/** True-positive, false-positive and false-negative counts. */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Precision, recall and F1 in [0, 1]; `null` when undefined (nothing predicted, nothing in gold, or neither). */
export interface Prf {
  readonly p: number | null
  readonly r: number | null
  readonly f1: number | null
}

/** White space, the fallback trim for items made only of punctuation. */
const SPACE = /\s/u
/** Characters trimmed from both ends: white space and quotation marks. */
const EDGE = /[\s"'“”‘’«»„‟‹›`]/u
/** Characters also trimmed from the end: sentence punctuation and dashes. */
const TRAILING = /[\s"'“”‘’«»„‟‹›`.,;:!?…—–-]/u

/**
 * Returns the item with white space and quotation marks trimmed from both ends of each fragment,
 * and punctuation from the end; fragments left empty are dropped. Both gold and system items go
 * through this, so `said,` and `said` or `“We won.”` and `We won` count as the same span. An item
 * made only of punctuation (PolNeAR marks a colon as the cue of `Trump: …`) keeps its punctuation
 * and loses only white space, rather than vanishing. Pure.
 */
export function normalizeItem(text: string, item: Item): Span[] {
  const trimmed = trimFragments(text, item, EDGE, TRAILING)
  return trimmed.length > 0 ? trimmed : trimFragments(text, item, SPACE, SPACE)
}

function trimFragments(text: string, item: Item, leading: RegExp, trailing: RegExp): Span[] {
  const out: Span[] = []
  for (const f of item) {
    let { start, end } = f
    while (start < end && leading.test(text[start] ?? '')) start++
    while (end > start && trailing.test(text[end - 1] ?? '')) end--
    if (end > start) out.push({ start, end })
  }
  return out
}

/** Returns the outer extent of a non-empty item, or `undefined` for an empty one. Pure. */
export function extentOf(item: Item): Span | undefined {
  const first = item[0]
  const last = item[item.length - 1]
  return first && last ? { start: first.start, end: last.end } : undefined
}

/** Returns how many characters two items share. Pure. */
export function sharedCharacters(a: Item, b: Item): number {
  let shared = 0
  for (const x of a) {
    for (const y of b) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start))
  }
  return shared
}

/**
 * Matches items one to one, greedily: the pair with the highest positive score first, ties broken
 * by gold index, then prediction index, so the result never depends on sort stability. Pure.
 */
export function matchGreedy(goldCount: number, predCount: number, score: (g: number, p: number) => number): Matching {
  const candidates: Array<[number, number, number]> = []
  for (let g = 0; g < goldCount; g++) {
    for (let p = 0; p < predCount; p++) {
      const s = score(g, p)
      if (s > 0) candidates.push([s, g, p])
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
  const goldUsed = new Uint8Array(goldCount)
  const predUsed = new Uint8Array(predCount)
  const pairs: Array<[number, number]> = []
  for (const [, g, p] of candidates) {
    if (goldUsed[g] || predUsed[p]) continue
    goldUsed[g] = 1
    predUsed[p] = 1
    pairs.push([g, p])
  }
  pairs.sort((a, b) => a[0] - b[0])
  return { pairs, missedGold: unused(goldUsed), spuriousPred: unused(predUsed) }
}

/** Matches items whose outer extents are identical, one to one. Pure. */
export function matchExact(gold: readonly Item[], pred: readonly Item[]): Matching {
  const key = (item: Item): string => {
    const e = extentOf(item)
    return e ? `${e.start}:${e.end}` : ''
  }
  const goldKeys = gold.map(key)
  const predKeys = pred.map(key)
  return matchGreedy(gold.length, pred.length, (g, p) => (goldKeys[g] !== '' && goldKeys[g] === predKeys[p] ? 1 : 0))
}

/** Matches items sharing at least one character, one to one, largest overlap first. Pure. */
export function matchOverlap(gold: readonly Item[], pred: readonly Item[]): Matching {
  return matchGreedy(gold.length, pred.length, (g, p) => sharedCharacters(gold[g]!, pred[p]!))
}

/** Returns the counts of a matching. Pure. */
export function countsOf(m: Matching): Counts {
  return { tp: m.pairs.length, fp: m.spuriousPred.length, fn: m.missedGold.length }
}

/** Adds `b` into `a` and returns `a` (the only mutating helper: it accumulates totals). */
export function addCounts(a: Counts, b: Counts): Counts {
  a.tp += b.tp
  a.fp += b.fp
  a.fn += b.fn
  return a
}

/** Returns precision, recall and F1 of the counts; F1 is `2tp / (2tp + fp + fn)`. Pure. */
export function prfOf(c: Counts): Prf {
  const predicted = c.tp + c.fp
  const gold = c.tp + c.fn
  return {
    p: predicted > 0 ? c.tp / predicted : null,
    r: gold > 0 ? c.tp / gold : null,
    f1: predicted + gold > 0 ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : null,
  }
}

/** Returns the mean of the defined values and how many there were. Pure. */
export function meanOf(values: ReadonlyArray<number | null>): { mean: number | null; n: number } {
  let sum = 0
  let n = 0
  for (const v of values) {
    if (v === null) continue
    sum += v
    n++
  }
  return { mean: n > 0 ? sum / n : null, n }
}

function unused(used: Uint8Array): number[] {
  const out: number[] = []
  for (let i = 0; i < used.length; i++) if (!used[i]) out.push(i)
  return out
}

/** The two ways a predicted span can match a gold one. */
export const MODES = ['exact', 'overlap'] as const
export type Mode = (typeof MODES)[number]

/** Per-role items of one article's relations: `undefined` where a relation lacks the role or it is empty after trimming. */
export type RoleItems = Record<Role, Array<Item | undefined>>

/** Per-role counts of one annotation file, by mode, plus the relation-level counts. */
export interface FileScore {
  readonly byMode: Record<Mode, Record<Role, Counts>>
  readonly relation: Counts
}

/**
 * The system's items for each role of each attribution; spans out of the text's bounds count as
 * missing. A continuation (`continues`) adds its content as one more fragment to the statement it
 * resumes, the one before it with the same cue, as gold marks a resumed quotation: one relation
 * with a discontinuous content. Pure.
 */
export function predictedItems(text: string, attributions: ReadonlyArray<Pick<Attribution, 'source' | 'cue' | 'content' | 'continues'>>): RoleItems {
  const inBounds = (s: Span): boolean => s.start >= 0 && s.start <= s.end && s.end <= text.length
  const item = (spans: readonly Span[]): Item | undefined => {
    const n = normalizeItem(text, spans.filter(inBounds))
    return n.length > 0 ? n : undefined
  }
  const statements: Array<{ cue: Span; source: Span | undefined; content: Span[] }> = []
  const byCue = new Map<string, (typeof statements)[number]>()
  for (const a of attributions) {
    const key = `${a.cue.start}:${a.cue.end}`
    const resumed = a.continues ? byCue.get(key) : undefined
    if (resumed) {
      resumed.content.push(a.content)
      continue
    }
    const statement = { cue: a.cue, source: a.source, content: [a.content] }
    statements.push(statement)
    byCue.set(key, statement)
  }
  return {
    source: statements.map((s) => (s.source ? item([s.source]) : undefined)),
    cue: statements.map((s) => item([s.cue])),
    content: statements.map((s) => item([...s.content].sort((a, b) => a.start - b.start))),
  }
}

/** The gold items for each role of each relation. Pure. */
export function goldItems(text: string, relations: readonly BratRelation[]): RoleItems {
  const item = (frags: readonly Span[] | undefined): Item | undefined => {
    const n = frags ? normalizeItem(text, frags) : []
    return n.length > 0 ? n : undefined
  }
  return {
    source: relations.map((r) => item(r.source)),
    cue: relations.map((r) => item(r.cue)),
    content: relations.map((r) => item(r.content)),
  }
}

const defined = (items: ReadonlyArray<Item | undefined>): Item[] => items.filter((i): i is Item => i !== undefined)

/**
 * Scores one annotation file against the predictions for its article, per role and mode, and at
 * relation level: a gold relation with a cue and a content is found by one prediction that
 * overlaps both, and its source too when gold names one (one to one, largest overlap first). Pure.
 */
export function scoreFile(gold: RoleItems, pred: RoleItems): FileScore {
  const byMode = { exact: {}, overlap: {} } as Record<Mode, Record<Role, Counts>>
  for (const role of ROLES) {
    const g = defined(gold[role])
    const p = defined(pred[role])
    byMode.exact[role] = countsOf(matchExact(g, p))
    byMode.overlap[role] = countsOf(matchOverlap(g, p))
  }
  const goldRel = gold.cue.flatMap((cue, i) => (cue && gold.content[i] ? [i] : []))
  const overlap = (a: Item | undefined, b: Item | undefined): number => (a && b ? sharedCharacters(a, b) : 0)
  const relation = countsOf(matchGreedy(goldRel.length, pred.cue.length, (gi, p) => {
    const g = goldRel[gi]!
    const cue = overlap(gold.cue[g], pred.cue[p])
    const content = overlap(gold.content[g], pred.content[p])
    const source = gold.source[g] ? overlap(gold.source[g], pred.source[p]) : 1
    return cue > 0 && content > 0 && source > 0 ? cue + content + source : 0
  }))
  return { byMode, relation }
}

/** Returns P/R/F1 averaged over files (each file scored on its own; undefined values left out). Pure. */
export function meanPrfOf(files: readonly FileScore[], pick: (f: FileScore) => Counts): Prf {
  const all = files.map((f) => prfOf(pick(f)))
  return { p: meanOf(all.map((x) => x.p)).mean, r: meanOf(all.map((x) => x.r)).mean, f1: meanOf(all.map((x) => x.f1)).mean }
}
