/**
 * @module bench/stories — how well `groupStories` recovers the stories of a BASIL-style folder.
 *
 * `npm run bench -- stories --data ../shared/data/basil [--threshold X] [--held-out-from 2013] [--sweep]`
 *
 * Reads every `*.json` file under `<data>/articles/` (or under `<data>` when it has no `articles/`
 * folder) the way `rashomon` reads a JSON record (`parseRecords`): the grouping sees only the
 * title, the text and the date. The gold story of a file is its `triplet-uuid` field, or else the
 * part of its name before the last `_` (`<story>_<n>.json`); it is used for scoring only.
 *
 * Prints pairwise and B-cubed precision, recall and F1 and the time `groupStories` took (median of three runs after an untimed one), for the
 * whole folder and, when files sit in `<year>/` folders, separately for the years before
 * `--held-out-from` (where the default threshold was chosen) and from it on (held out): each part is
 * grouped on its own. `--sweep` prints B-cubed F1 over a range of thresholds on the tuning part
 * only. Ends with one JSON line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative, resolve, sep } from 'node:path'
import { groupStories, type StoryInput, type StoryOptions } from '../src/compare/stories.js'
import { parseRecords } from '../src/ingest/records.js'
import { RashomonError, reasonOf } from '../src/model/errors.js'

const USAGE = 'usage: npm run bench -- stories --data <folder> [--threshold X] [--held-out-from YEAR] [--sweep]'

interface Options { data: string; threshold: number | undefined; heldOutFrom: number; sweep: boolean }

/** One file: what grouping sees, the gold story, and the year folder it sits in. */
interface Item { readonly input: StoryInput; readonly gold: string; readonly year: number | undefined }

interface Scores {
  readonly articles: number
  readonly stories: { gold: number; predicted: number }
  readonly pairwise: { p: number; r: number; f1: number }
  readonly bcubed: { p: number; r: number; f1: number }
  readonly ms: number
}

/** Runs the benchmark; prints figures and ends with one JSON line. Errors in the arguments or the folder are printed, not thrown. */
export function run(args: string[]): Promise<void> {
  try {
    runBench(parseOptions(args))
  } catch (error) {
    if (!(error instanceof RashomonError)) return Promise.reject(error)
    console.error(`stories: ${reasonOf(error)}`)
    process.exitCode = 2
  }
  return Promise.resolve()
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = { data: '', threshold: undefined, heldOutFrom: 2013, sweep: false }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--sweep') {
      options.sweep = true
      continue
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = inline ?? args[++i]
    if (value === undefined || value === '') throw new RashomonError('E_USAGE', `${flag} needs a value`, USAGE)
    if (flag === '--data') options.data = value
    else if (flag === '--threshold' && Number.isFinite(Number(value))) options.threshold = Number(value)
    else if (flag === '--held-out-from' && /^\d{4}$/.test(value)) options.heldOutFrom = Number(value)
    else throw new RashomonError('E_USAGE', `unknown or malformed option ${arg}`, USAGE)
  }
  if (options.data === '') throw new RashomonError('E_USAGE', 'no data folder given', `${USAGE} (e.g. --data ../shared/data/basil)`)
  return options
}

function jsonFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...jsonFiles(path))
    else if (entry.endsWith('.json')) out.push(path)
  }
  return out
}

/** Reads the folder. The only I/O of the benchmark. */
function load(data: string): { items: Item[]; notes: string[] } {
  const root = resolve(process.cwd(), data)
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new RashomonError('E_INPUT_MISSING', `data folder ${root} does not exist or is not a folder`, 'Pass --data pointing at a folder laid out like ../shared/data/basil (run from the repository root, or give an absolute path).')
  }
  const dir = existsSync(join(root, 'articles')) ? join(root, 'articles') : root
  const items: Item[] = []
  const notes: string[] = []
  for (const path of jsonFiles(dir)) {
    const name = relative(dir, path)
    const raw = readFileSync(path, 'utf8')
    const parsed = parseRecords(name, raw, false)
    const record = parsed.articles[0]
    if (parsed.articles.length !== 1 || !record) {
      notes.push(`${name}: ${parsed.skipped[0]?.reason ?? `holds ${parsed.articles.length} records, expected one`}; skipped.`)
      continue
    }
    let gold: unknown
    try {
      gold = (JSON.parse(raw) as Record<string, unknown>)['triplet-uuid']
    } catch {
      gold = undefined
    }
    const story = typeof gold === 'string' && gold !== '' ? gold : /^(.+)_[^_]+\.json$/u.exec(basename(path))?.[1]
    if (story === undefined) {
      notes.push(`${name}: no "triplet-uuid" field and the name is not <story>_<n>.json; skipped.`)
      continue
    }
    const yearFolder = name.split(sep).slice(0, -1).find((part) => /^\d{4}$/u.test(part))
    items.push({
      input: { id: name, text: record.text, ...(record.title ? { title: record.title } : {}), ...(record.published ? { published: record.published } : {}) },
      gold: story,
      year: yearFolder === undefined ? undefined : Number(yearFolder),
    })
  }
  if (items.length === 0) throw new RashomonError('E_NOTHING_ANALYSED', `no usable JSON articles under ${dir}`, 'Expected articles/<year>/<story>_<n>.json files with title, date and body-paragraphs.')
  return { items, notes }
}

/** Pairwise and B-cubed scores of predicted clusters against gold labels. Pure. */
export function scoreClusters(gold: readonly string[], predicted: readonly number[]): Pick<Scores, 'pairwise' | 'bcubed'> {
  const n = gold.length
  const count = <K>(keys: readonly K[]): Map<K, number> => {
    const m = new Map<K, number>()
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1)
    return m
  }
  const both = count(gold.map((g, i) => `${g}\u0000${predicted[i]}`))
  const goldSize = count(gold)
  const predSize = count(predicted)
  const pairs = (m: Map<unknown, number>): number => [...m.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0)
  const tp = pairs(both)
  const pp = pairs(predSize)
  const gp = pairs(goldSize)
  let bp = 0
  let br = 0
  for (let i = 0; i < n; i++) {
    const shared = both.get(`${gold[i]}\u0000${predicted[i]}`)!
    bp += shared / predSize.get(predicted[i]!)!
    br += shared / goldSize.get(gold[i]!)!
  }
  const prf = (p: number, r: number): { p: number; r: number; f1: number } => ({ p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) })
  return {
    pairwise: prf(pp === 0 ? 1 : tp / pp, gp === 0 ? 1 : tp / gp),
    bcubed: prf(n === 0 ? 1 : bp / n, n === 0 ? 1 : br / n),
  }
}

function evaluate(items: readonly Item[], options: StoryOptions, timed = true): Scores & { errors: string[] } {
  const inputs = items.map((i) => i.input)
  // One untimed run pays for JIT warm-up; the time is the median of three runs after it.
  let stories = groupStories(inputs, options)
  const times: number[] = [0, 0, 0]
  for (let k = 0; timed && k < 3; k++) {
    const t0 = performance.now()
    stories = groupStories(inputs, options)
    times[k] = performance.now() - t0
  }
  const ms = times.sort((a, b) => a - b)[1]!
  const storyOf = new Map<string, number>()
  stories.forEach((s, k) => { for (const id of s.members) storyOf.set(id, k) })
  const gold = items.map((i) => i.gold)
  const predicted = items.map((i) => storyOf.get(i.input.id)!)
  const errors: string[] = []
  for (const s of stories) {
    const golds = new Set(s.members.map((id) => items.find((i) => i.input.id === id)!.gold))
    if (golds.size > 1) errors.push(`merged ${s.members.join(' + ')} (gold stories: ${golds.size}); terms ${s.terms.join(', ')}`)
  }
  const goldStories = new Map<string, Set<number>>()
  items.forEach((item, i) => goldStories.set(item.gold, (goldStories.get(item.gold) ?? new Set()).add(predicted[i]!)))
  for (const [g, parts] of goldStories) if (parts.size > 1) errors.push(`split ${g} into ${parts.size} groups`)
  return {
    articles: items.length, stories: { gold: goldStories.size, predicted: stories.length },
    ...scoreClusters(gold, predicted), ms, errors,
  }
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000
const pct = (x: number): string => (100 * x).toFixed(1).padStart(6)

function printRow(label: string, s: Scores): void {
  console.log(`${label.padEnd(28)} ${String(s.articles).padStart(5)} ${String(s.stories.gold).padStart(5)} ${String(s.stories.predicted).padStart(5)}`
    + `  ${pct(s.pairwise.p)} ${pct(s.pairwise.r)} ${pct(s.pairwise.f1)}  ${pct(s.bcubed.p)} ${pct(s.bcubed.r)} ${pct(s.bcubed.f1)}  ${s.ms.toFixed(1).padStart(7)}`)
}

function rounded(s: Scores): Scores {
  return {
    articles: s.articles, stories: s.stories, ms: Math.round(s.ms * 10) / 10,
    pairwise: { p: r4(s.pairwise.p), r: r4(s.pairwise.r), f1: r4(s.pairwise.f1) },
    bcubed: { p: r4(s.bcubed.p), r: r4(s.bcubed.r), f1: r4(s.bcubed.f1) },
  }
}

function runBench(options: Options): void {
  const { items, notes } = load(options.data)
  const storyOptions: StoryOptions = options.threshold === undefined ? {} : { threshold: options.threshold }
  const parts: Array<[string, Item[]]> = [['all', items]]
  const dated = items.every((i) => i.year !== undefined)
  const tune = items.filter((i) => i.year !== undefined && i.year < options.heldOutFrom)
  const held = items.filter((i) => i.year !== undefined && i.year >= options.heldOutFrom)
  if (dated && tune.length > 0 && held.length > 0) {
    parts.push([`tuning (< ${options.heldOutFrom})`, tune], [`held out (>= ${options.heldOutFrom})`, held])
  }
  console.log(`stories: ${items.length} articles from ${resolve(process.cwd(), options.data)}; threshold ${options.threshold ?? 'default'}`)
  for (const note of notes) console.log(`  note: ${note}`)
  console.log(`${'part'.padEnd(28)} ${'arts'.padStart(5)} ${'gold'.padStart(5)} ${'found'.padStart(5)}  ${'pair P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  ${'B3 P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  ${'ms'.padStart(7)}`)
  const results: Record<string, Scores> = {}
  let errors: string[] = []
  for (const [label, part] of parts) {
    const scores = evaluate(part, storyOptions)
    if (label === 'all') errors = scores.errors
    printRow(label, scores)
    results[label] = rounded(scores)
  }
  if (errors.length > 0) {
    console.log(`errors on the whole folder (${errors.length}):`)
    for (const e of errors) console.log(`  ${e}`)
  }
  const sweep: Array<{ threshold: number; bcubedF1: number }> = []
  if (options.sweep) {
    const on = tune.length > 0 ? tune : items
    console.log(`sweep on ${tune.length > 0 ? `the tuning part (< ${options.heldOutFrom})` : 'all articles (no tuning part)'}:`)
    for (let t = 0.05; t <= 0.5001; t += 0.025) {
      const s = evaluate(on, { threshold: t }, false)
      sweep.push({ threshold: r4(t), bcubedF1: r4(s.bcubed.f1) })
      console.log(`  threshold ${t.toFixed(3)}  B3 P ${pct(s.bcubed.p)} R ${pct(s.bcubed.r)} F1 ${pct(s.bcubed.f1)}  pair F1 ${pct(s.pairwise.f1)}`)
    }
  }
  console.log(JSON.stringify({ benchmark: 'stories', data: options.data, threshold: options.threshold ?? null, ...results, ...(options.sweep ? { sweep } : {}) }))
}
