/**
 * @module bench/lib-fnc — reads FNC-1 (Fake News Challenge) stance data and scores stance predictions.
 *
 * A set is two CSV files in one folder: `<set>_stances.csv` (columns Headline, Body_ID, Stance) and
 * `<set>_bodies.csv` (Body_ID, articleBody); FNC's own release names them `train_*` and
 * `competition_test_*`. Stance is a word (agree, disagree, discuss, unrelated) in the original
 * release and a digit 0–3 in the same order in some copies; both are read. `loadFncSet` is the only
 * I/O of this module; everything else is pure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { unionFind } from '../src/compare/union-find.js'
import { STANCES, type Stance } from '../src/model/schema.js'
import { fnv, FNV_OFFSET } from '../src/learn/logistic.js'
import { DataFolderError } from './lib-brat.js'

const QUOTE = 0x22
const COMMA = 0x2c
const LF = 0x0a
const CR = 0x0d

const isFieldEnd = (c: number): boolean => c === COMMA || c === LF || c === CR

/** 1-based line of offset `at`, counting CRLF, LF and a lone CR as one break each. Pure. */
function lineAt(text: string, at: number): number {
  let line = 1
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i)
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++
  }
  return line
}

/**
 * Parses RFC 4180 CSV into records of fields: quoted fields may hold commas, line breaks and `""`
 * for a quote; records end at CRLF, LF or CR; a leading BOM is dropped and blank lines are skipped.
 * Like Python's csv module, text between a closing quote and the next comma is kept. Linear in the
 * text. Throws an Error naming the line where an unterminated quoted field starts. Pure.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (;;) {
    const quoted = text.charCodeAt(i) === QUOTE
    let value = ''
    if (quoted) {
      let from = i + 1
      for (;;) {
        const close = text.indexOf('"', from)
        if (close < 0) throw new Error(`CSV: quoted field starting on line ${lineAt(text, i)} is never closed`)
        if (text.charCodeAt(close + 1) !== QUOTE) {
          value += text.slice(from, close)
          i = close + 1
          break
        }
        value += text.slice(from, close + 1) // `""` stands for one quote
        from = close + 2
      }
    }
    const start = i
    while (i < text.length && !isFieldEnd(text.charCodeAt(i))) i++
    record.push(value + text.slice(start, i))
    const c = text.charCodeAt(i)
    if (c === COMMA) {
      i++
      continue
    }
    if (quoted || record.length > 1 || record[0] !== '') records.push(record)
    record = []
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
    if (i >= text.length) return records
  }
}

/** One headline paired with one article body, and the headline's gold stance towards it. */
export interface FncPair {
  readonly headline: string
  readonly bodyId: string
  readonly stance: Stance
}

/** One FNC-1 set: its pairs in file order, and the article bodies by Body_ID. */
export interface FncSet {
  readonly name: string
  readonly pairs: readonly FncPair[]
  readonly bodies: ReadonlyMap<string, string>
}

const STANCES_SUFFIX = '_stances.csv'
const BODIES_SUFFIX = '_bodies.csv'

/** Reads a stance label: one of STANCES in any case, or its index as a digit. Undefined otherwise. Pure. */
export function parseStance(label: string): Stance | undefined {
  const key = label.trim().toLowerCase()
  return /^[0-3]$/.test(key) ? STANCES[Number(key)] : STANCES.find((s) => s === key)
}

/** A parsed CSV file with its data records and the index of each needed column, found by header name. */
interface Table {
  readonly path: string
  readonly rows: readonly string[][]
  readonly columns: readonly number[]
}

/** Rows are numbered as records, the header being row 1 (a quoted field can span several lines). */
const rowNumber = (dataIndex: number): number => dataIndex + 2

function readTable(path: string, columnNames: readonly string[]): Table {
  let records: string[][]
  try {
    records = parseCsv(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new DataFolderError(`${basename(path)} is not valid CSV: ${(error as Error).message}`, `Fix or re-download ${path}.`)
  }
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase())
  const columns = columnNames.map((name) => header.indexOf(name.toLowerCase()))
  const missing = columnNames.filter((_, k) => columns[k] === -1)
  if (missing.length > 0) {
    throw new DataFolderError(`${basename(path)} has no ${missing.join(', ')} column`,
      `${path} row 1 must be a header naming the columns ${columnNames.join(', ')} (any order, any case, extra columns allowed).`)
  }
  return { path, rows: records.slice(1), columns }
}

/** The needed fields of data row `index`, in the order of `table.columns`; throws when the row is short. */
function fieldsOf(table: Table, index: number): string[] {
  const row = table.rows[index] ?? []
  return table.columns.map((column) => {
    const field = row[column]
    if (field === undefined) {
      throw new DataFolderError(`${basename(table.path)} row ${rowNumber(index)} has only ${row.length} fields`,
        `${table.path} row ${rowNumber(index)}: every record needs as many fields as the header.`)
    }
    return field
  })
}

/** The set names (file-name prefixes) of the `<set>_stances.csv` files in `root`, sorted. */
function setNamesIn(root: string): string[] {
  return readdirSync(root).filter((f) => f.endsWith(STANCES_SUFFIX)).map((f) => f.slice(0, -STANCES_SUFFIX.length)).sort()
}

function chooseSet(root: string, set: string | undefined): string {
  const names = setNamesIn(root)
  const available = names.length > 0 ? `Sets in ${root}: ${names.join(', ')}.` : `${root} holds no <set>${STANCES_SUFFIX} file.`
  if (set === undefined) {
    if (names.length === 1 && names[0] !== undefined) return names[0]
    if (names.length === 0) throw new DataFolderError(`no *${STANCES_SUFFIX} file in ${root}`, 'Expected <set>_stances.csv and <set>_bodies.csv, as in the FNC-1 release.')
    throw new DataFolderError(`${root} holds several sets: ${names.join(', ')}`, 'Pass --set NAME to choose one.')
  }
  for (const file of [set + STANCES_SUFFIX, set + BODIES_SUFFIX]) {
    if (!existsSync(join(root, file))) throw new DataFolderError(`set "${set}" not found: ${join(root, file)} does not exist`, available)
  }
  return set
}

/**
 * Reads `<folder>/<set>_stances.csv` and `<folder>/<set>_bodies.csv` as UTF-8. Without `set`, the
 * folder must hold exactly one `*_stances.csv`. Throws `DataFolderError` when the folder or a file is
 * missing, a header lacks a needed column, a stance label is unknown, a Body_ID is repeated in the
 * bodies or a pair's Body_ID has no body; the hint names the file and row.
 */
export function loadFncSet(folder: string, set?: string): FncSet {
  const root = resolve(process.cwd(), folder)
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new DataFolderError(`data folder ${root} does not exist or is not a folder`,
      'Pass --data pointing at a folder laid out like ../shared/data/fnc1 (<set>_stances.csv and <set>_bodies.csv).')
  }
  const name = chooseSet(root, set)

  const bodyTable = readTable(join(root, name + BODIES_SUFFIX), ['Body_ID', 'articleBody'])
  const bodies = new Map<string, string>()
  bodyTable.rows.forEach((_, index) => {
    const [rawId = '', body = ''] = fieldsOf(bodyTable, index)
    const id = rawId.trim()
    if (bodies.has(id)) {
      throw new DataFolderError(`${basename(bodyTable.path)}: Body_ID ${id} appears twice`, `${bodyTable.path} row ${rowNumber(index)} repeats Body_ID ${id}.`)
    }
    bodies.set(id, body)
  })

  const stanceTable = readTable(join(root, name + STANCES_SUFFIX), ['Headline', 'Body_ID', 'Stance'])
  const pairs = stanceTable.rows.map((_, index): FncPair => {
    const [headline = '', rawId = '', label = ''] = fieldsOf(stanceTable, index)
    const where = `${stanceTable.path} row ${rowNumber(index)}`
    const stance = parseStance(label)
    if (stance === undefined) {
      throw new DataFolderError(`${basename(stanceTable.path)}: unknown stance "${label}"`,
        `${where}: Stance must be agree, disagree, discuss or unrelated, or the digit 0, 1, 2 or 3.`)
    }
    const bodyId = rawId.trim()
    if (!bodies.has(bodyId)) {
      throw new DataFolderError(`${basename(stanceTable.path)}: Body_ID ${bodyId} has no body`, `${where} names Body_ID ${bodyId}, which ${basename(bodyTable.path)} lacks.`)
    }
    return { headline, bodyId, stance }
  })
  return { name, pairs, bodies }
}

function assertSameLength(gold: readonly Stance[], predicted: readonly Stance[]): void {
  if (gold.length !== predicted.length) throw new Error(`${gold.length} gold stances but ${predicted.length} predictions`)
}

const isRelated = (stance: Stance): boolean => stance !== 'unrelated'

/** FNC-1 credit for one pair: 0.25 for the related/unrelated call, 0.75 more for the exact related stance. */
function pairScore(gold: Stance, predicted: Stance): number {
  let score = isRelated(gold) === isRelated(predicted) ? 0.25 : 0
  if (isRelated(gold) && predicted === gold) score += 0.75
  return score
}

/** The official FNC-1 weighted score, its maximum (gold against itself) and their ratio (0 when max is 0). Pure. */
export function fncScore(gold: readonly Stance[], predicted: readonly Stance[]): { score: number; max: number; relative: number } {
  assertSameLength(gold, predicted)
  let score = 0
  let max = 0
  for (let i = 0; i < gold.length; i++) {
    score += pairScore(gold[i]!, predicted[i]!)
    max += pairScore(gold[i]!, gold[i]!)
  }
  return { score, max, relative: max === 0 ? 0 : score / max }
}

/** 4×4 counts, `[gold][predicted]`, rows and columns in STANCES order. Pure. */
export function confusion(gold: readonly Stance[], predicted: readonly Stance[]): number[][] {
  assertSameLength(gold, predicted)
  const matrix = STANCES.map(() => STANCES.map(() => 0))
  for (let i = 0; i < gold.length; i++) matrix[STANCES.indexOf(gold[i]!)]![STANCES.indexOf(predicted[i]!)]! += 1
  return matrix
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole)

/**
 * Per-class precision, recall and F1, and their macro F1: the unweighted mean of the four F1s, as
 * in the macro-F1 commonly published for FNC-1. A ratio with a zero denominator counts as 0, so a
 * class with neither gold nor predicted pairs has F1 0 and still counts in the mean (it pulls the
 * macro down rather than being dropped, which keeps figures comparable across sets). Pure.
 */
export function macroF1(gold: readonly Stance[], predicted: readonly Stance[]): {
  perClass: Record<Stance, { p: number; r: number; f1: number }>
  macro: number
} {
  const matrix = confusion(gold, predicted)
  const cell = (g: number, p: number): number => matrix[g]?.[p] ?? 0
  const entries = STANCES.map((stance, k) => {
    const truePositives = cell(k, k)
    const goldCount = STANCES.reduce((sum, _, p) => sum + cell(k, p), 0)
    const predictedCount = STANCES.reduce((sum, _, g) => sum + cell(g, k), 0)
    const p = ratio(truePositives, predictedCount)
    const r = ratio(truePositives, goldCount)
    return [stance, { p, r, f1: ratio(2 * p * r, p + r) }] as const
  })
  const perClass = Object.fromEntries(entries) as Record<Stance, { p: number; r: number; f1: number }>
  return { perClass, macro: entries.reduce((sum, [, scores]) => sum + scores.f1, 0) / STANCES.length }
}

/**
 * Assigns each pair a fold in 0..k-1 by FNV-1a hash of its Body_ID, so all pairs of one body share a
 * fold (FNC's own train/test split is body-disjoint) and the split is the same on every run. Pure.
 */
export function bodyFolds(pairs: readonly FncPair[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new Error(`fold count must be a positive integer, got ${k}`)
  return pairs.map((pair) => (fnv(FNV_OFFSET, pair.bodyId) >>> 0) % k)
}

/**
 * Fold index per pair such that whole topics share a fold: bodies and headlines joined by a
 * related (not `unrelated`) pair are one topic, as FNC-1 built its rows from one claim's bodies
 * and headlines and paired the rest at random. Each pair goes with its body's topic. Topics are
 * dealt, largest first, to the fold with the fewest pairs so far, so folds are about equal and
 * the result is deterministic. Stricter than `bodyFolds`: a headline is never seen in training
 * with a body of its own claim, as in FNC-1's competition test (it may be, paired at random with
 * another claim's body as `unrelated`). Pure; near-linear.
 */
export function topicFolds(pairs: readonly FncPair[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new Error(`fold count must be a positive integer, got ${k}`)
  const ids = new Map<string, number>()
  const id = (key: string): number => {
    let i = ids.get(key)
    if (i === undefined) ids.set(key, (i = ids.size))
    return i
  }
  const bodyNode = pairs.map((p) => id(`b\u0000${p.bodyId}`))
  const headNode = pairs.map((p) => id(`h\u0000${p.headline}`))
  const sets = unionFind(ids.size)
  pairs.forEach((p, i) => { if (p.stance !== 'unrelated') sets.union(bodyNode[i]!, headNode[i]!) })
  const size = new Map<number, number>()
  for (const node of bodyNode) size.set(sets.find(node), (size.get(sets.find(node)) ?? 0) + 1)
  const load = new Array<number>(k).fill(0)
  const foldOf = new Map<number, number>()
  for (const [topic, n] of [...size].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    const fold = load.indexOf(Math.min(...load))
    foldOf.set(topic, fold)
    load[fold]! += n
  }
  return bodyNode.map((node) => foldOf.get(sets.find(node))!)
}
