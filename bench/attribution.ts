/**
 * @module bench/attribution — precision, recall and F1 of the attribution engine on PolNeAR-style brat data.
 *
 * `npm run bench -- attribution --data ../shared/data/polnear --split dev [--limit N]`
 *
 * The data folder holds `<split>/text/<article>.txt` and `<split>/attributions/<article>_<annotator>.ann`.
 * Each annotation file is scored on its own against the system's output for its article, for each
 * role (source, cue, content), by exact and by overlap match (see `lib-score.ts`). The headline
 * figures are the mean over annotation files; micro figures sum the counts over all files. A
 * relation-level figure also asks that cue, content and (when gold has one) source overlap in one
 * predicted attribution. Only `analyzeText` is timed; reading and scoring are not. Nothing is
 * trained or tuned here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { analyzeText } from '../src/analyze/pipeline.js'
import { RashomonError, reasonOf } from '../src/model/errors.js'
import type { Attribution } from '../src/model/schema.js'
import type { Span } from '../src/model/span.js'
import { ROLES, parseBrat, splitAnnotationName, type BratRelation, type Role } from './lib-brat.js'
import {
  addCounts, countsOf, matchExact, matchGreedy, matchOverlap, meanOf, normalizeItem, prfOf, sharedCharacters,
  type Counts, type Item, type Prf,
} from './lib-score.js'

const MODES = ['exact', 'overlap'] as const
type Mode = (typeof MODES)[number]
const USAGE = 'usage: npm run bench -- attribution --data <folder> [--split dev|train|…] [--limit N]'

interface Options { data: string; split: string; limit: number }

interface AnnotationFile { name: string; article: string; relations: readonly BratRelation[] }

interface Article { name: string; text: string }

/** Per-role counts of one file, by mode, plus the relation-level counts. */
interface FileScore {
  readonly byMode: Record<Mode, Record<Role, Counts>>
  readonly relation: Counts
}

/** Runs the benchmark; prints a table and ends with one JSON line. Errors in the arguments or the data folder are printed, not thrown. */
export function run(args: string[]): Promise<void> {
  try {
    runBench(parseOptions(args))
  } catch (error) {
    if (!(error instanceof RashomonError)) return Promise.reject(error)
    console.error(`attribution: ${reasonOf(error)}`)
    process.exitCode = 2
  }
  return Promise.resolve()
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = { data: '', split: 'dev', limit: Infinity }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = inline ?? args[++i]
    if (value === undefined || value === '') throw new RashomonError('E_USAGE', `${flag} needs a value`, USAGE)
    if (flag === '--data') options.data = value
    else if (flag === '--split') options.split = value
    else if (flag === '--limit' && /^\d+$/.test(value)) options.limit = Number(value)
    else throw new RashomonError('E_USAGE', `unknown or malformed option ${arg}`, USAGE)
  }
  if (options.data === '') throw new RashomonError('E_USAGE', 'no data folder given', `${USAGE} (e.g. --data ../shared/data/polnear)`)
  return options
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory()
}

/** Reads every annotation file of the split and the texts they annotate. The only I/O of the benchmark. */
function loadSplit(options: Options): { root: string; articles: Article[]; files: AnnotationFile[]; notes: string[] } {
  const root = resolve(process.cwd(), options.data)
  if (!isDirectory(root)) {
    throw new RashomonError('E_INPUT_MISSING', `data folder ${root} does not exist or is not a folder`, 'Pass --data pointing at a folder laid out like ../shared/data/polnear (run from the repository root, or give an absolute path).')
  }
  const splitDir = join(root, options.split)
  const textDir = join(splitDir, 'text')
  const annDir = join(splitDir, 'attributions')
  if (!isDirectory(textDir) || !isDirectory(annDir)) {
    const splits = readdirSync(root).filter((d) => isDirectory(join(root, d, 'attributions')) && isDirectory(join(root, d, 'text')))
    throw new RashomonError('E_INPUT_MISSING', `split "${options.split}" not found: ${splitDir} needs text/ and attributions/ folders`,
      splits.length > 0 ? `Available splits in ${root}: ${splits.join(', ')}.` : `${root} has no <split>/text and <split>/attributions folders.`)
  }
  const notes: string[] = []
  const texts = new Map<string, string>()
  const files: AnnotationFile[] = []
  let skippedLines = 0
  for (const fileName of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
    const parts = splitAnnotationName(fileName)
    if (!parts) {
      notes.push(`${fileName}: name is not <article>_<annotator>.ann; skipped.`)
      continue
    }
    let text = texts.get(parts.article)
    if (text === undefined) {
      if (texts.size >= options.limit) continue
      const textPath = join(textDir, `${parts.article}.txt`)
      if (!existsSync(textPath)) {
        notes.push(`${fileName}: no text/${parts.article}.txt; skipped.`)
        continue
      }
      text = readFileSync(textPath, 'utf8')
      texts.set(parts.article, text)
    }
    const doc = parseBrat(readFileSync(join(annDir, fileName), 'utf8'), text)
    skippedLines += doc.skippedLines
    for (const w of doc.warnings) notes.push(`${fileName}: ${w}`)
    files.push({ name: fileName, article: parts.article, relations: doc.relations })
  }
  if (skippedLines > 0) notes.push(`${skippedLines} continuation line(s) of multi-line annotated texts ignored.`)
  if (files.length === 0) {
    throw new RashomonError('E_NOTHING_ANALYSED', `no annotation files in ${annDir}`, 'Expected <article>_<annotator>.ann files next to text/<article>.txt.')
  }
  return { root, articles: [...texts].map(([name, text]) => ({ name, text })), files, notes }
}

/** The system's items for one role of each attribution; `undefined` where the role is missing or out of bounds. */
function predictedItems(text: string, attributions: readonly Attribution[]): Record<Role, Array<Item | undefined>> {
  const item = (s: Span | undefined): Item | undefined => {
    if (!s || !(s.start >= 0 && s.start <= s.end && s.end <= text.length)) return undefined
    const n = normalizeItem(text, [s])
    return n.length > 0 ? n : undefined
  }
  return {
    source: attributions.map((a) => item(a.source)),
    cue: attributions.map((a) => item(a.cue)),
    content: attributions.map((a) => item(a.content)),
  }
}

function goldItems(text: string, relations: readonly BratRelation[]): Record<Role, Array<Item | undefined>> {
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

/** Scores one annotation file against the predictions for its article. Pure. */
function scoreFile(gold: Record<Role, Array<Item | undefined>>, pred: Record<Role, Array<Item | undefined>>): FileScore {
  const byMode = { exact: {}, overlap: {} } as Record<Mode, Record<Role, Counts>>
  for (const role of ROLES) {
    const g = defined(gold[role])
    const p = defined(pred[role])
    byMode.exact[role] = countsOf(matchExact(g, p))
    byMode.overlap[role] = countsOf(matchOverlap(g, p))
  }
  // Relation level: a gold relation with a cue and a content is found by one prediction that overlaps
  // both, and its source too when gold names one; one to one, largest total overlap first.
  const goldRel = gold.cue.flatMap((cue, i) => (cue && gold.content[i] ? [i] : []))
  const predCount = pred.cue.length
  const overlap = (a: Item | undefined, b: Item | undefined): number => (a && b ? sharedCharacters(a, b) : 0)
  const relation = countsOf(matchGreedy(goldRel.length, predCount, (gi, p) => {
    const g = goldRel[gi]!
    const cue = overlap(gold.cue[g], pred.cue[p])
    const content = overlap(gold.content[g], pred.content[p])
    const source = gold.source[g] ? overlap(gold.source[g], pred.source[p]) : 1
    return cue > 0 && content > 0 && source > 0 ? cue + content + source : 0
  }))
  return { byMode, relation }
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 })
const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 10000) / 10000)
const rounded = (x: Prf): Prf => ({ p: round(x.p), r: round(x.r), f1: round(x.f1) })
const pct = (x: number | null): string => (x === null ? '   –  ' : (100 * x).toFixed(1).padStart(6))

function runBench(options: Options): void {
  const { root, articles, files, notes } = loadSplit(options)

  // Only the analysis is timed, after one untimed call that loads the language model. A failure
  // counts as "no attributions" for that article.
  try {
    analyzeText('Warm-up text, the benchmark said.')
  } catch {
    // the real articles will report the failure
  }
  const predictions = new Map<string, Record<Role, Array<Item | undefined>>>()
  const failures: string[] = []
  let textChanged = 0
  let predicted = 0
  let analysisMs = 0
  for (const article of articles) {
    const t0 = performance.now()
    let attributions: readonly Attribution[] = []
    let analysedText = article.text
    try {
      const result = analyzeText(article.text)
      attributions = result.attributions
      analysedText = result.article.text
    } catch (error) {
      failures.push(`${article.name}: ${reasonOf(error)}`)
    }
    analysisMs += performance.now() - t0
    if (analysedText !== article.text) textChanged++
    predicted += attributions.length
    predictions.set(article.name, predictedItems(article.text, attributions))
  }

  const micro = { exact: {}, overlap: {} } as Record<Mode, Record<Role, Counts>>
  for (const mode of MODES) for (const role of ROLES) micro[mode][role] = zero()
  const microRelation = zero()
  const perFile: FileScore[] = []
  const textOf = new Map(articles.map((a) => [a.name, a.text]))
  let goldRelations = 0
  for (const file of files) {
    const score = scoreFile(goldItems(textOf.get(file.article)!, file.relations), predictions.get(file.article)!)
    perFile.push(score)
    goldRelations += file.relations.length
    for (const mode of MODES) for (const role of ROLES) addCounts(micro[mode][role], score.byMode[mode][role])
    addCounts(microRelation, score.relation)
  }

  const meanPrf = (pick: (f: FileScore) => Counts): Prf => {
    const all = perFile.map((f) => prfOf(pick(f)))
    return { p: meanOf(all.map((x) => x.p)).mean, r: meanOf(all.map((x) => x.r)).mean, f1: meanOf(all.map((x) => x.f1)).mean }
  }
  const rows: Array<{ role: string; mode: string; mean: Prf; counts: Counts }> = []
  for (const role of ROLES) {
    for (const mode of MODES) rows.push({ role, mode, mean: meanPrf((f) => f.byMode[mode][role]), counts: micro[mode][role] })
  }
  rows.push({ role: 'relation', mode: 'overlap', mean: meanPrf((f) => f.relation), counts: microRelation })

  const seconds = analysisMs / 1000
  const articlesPerSecond = seconds > 0 ? articles.length / seconds : null
  console.log(`attribution benchmark: ${root}, split "${options.split}"`)
  console.log(`${articles.length} articles, ${files.length} annotation files (several files per article = several annotators), ${goldRelations} gold relations, ${predicted} predicted attributions`)
  console.log('"mean" = each annotation file scored on its own, then P/R/F1 averaged over files (where defined); "micro" = counts summed over all files.')
  console.log('exact = same start/end after trimming white space, quotes and end punctuation; overlap = shares a character, one-to-one, largest overlap first.')
  console.log('relation = one prediction overlaps the gold cue, content and (when gold has one) source.\n')
  console.log('role      match      mean P  mean R mean F1 | micro P micro R microF1 |   gold   pred     tp')
  for (const row of rows) {
    const c = row.counts
    console.log(`${row.role.padEnd(9)} ${row.mode.padEnd(8)} ${pct(row.mean.p)}  ${pct(row.mean.r)}  ${pct(row.mean.f1)} | ${pct(prfOf(c).p)}  ${pct(prfOf(c).r)}  ${pct(prfOf(c).f1)} | ${String(c.tp + c.fn).padStart(6)} ${String(c.tp + c.fp).padStart(6)} ${String(c.tp).padStart(6)}`)
  }
  console.log(`\nanalysis speed: ${articles.length} articles in ${seconds.toFixed(2)} s = ${articlesPerSecond === null ? '–' : articlesPerSecond.toFixed(1)} articles/s (analyzeText only, after one warm-up call; reading and scoring excluded)`)
  if (failures.length > 0) console.log(`analysis failures (${failures.length}, scored as no attributions):\n  ${failures.slice(0, 10).join('\n  ')}`)
  if (textChanged > 0) console.log(`warning: analyzeText returned a different article text for ${textChanged} article(s); their spans may not line up with the gold offsets.`)
  if (notes.length > 0) console.log(`data notes (${notes.length}):\n  ${notes.slice(0, 10).join('\n  ')}${notes.length > 10 ? `\n  … ${notes.length - 10} more` : ''}`)

  const byRole = <T>(pick: (role: Role) => T): Record<Role, T> => ({ source: pick('source'), cue: pick('cue'), content: pick('content') })
  const microOf = (c: Counts) => ({ ...rounded(prfOf(c)), ...c })
  console.log(JSON.stringify({
    bench: 'attribution', data: options.data, split: options.split, articles: articles.length, files: files.length,
    averaging: 'mean over annotation files', goldRelations, predicted,
    exact: byRole((role) => rounded(meanPrf((f) => f.byMode.exact[role]))),
    overlap: byRole((role) => rounded(meanPrf((f) => f.byMode.overlap[role]))),
    relation: rounded(meanPrf((f) => f.relation)),
    micro: {
      exact: byRole((role) => microOf(micro.exact[role])),
      overlap: byRole((role) => microOf(micro.overlap[role])),
      relation: microOf(microRelation),
    },
    articlesPerSecond: articlesPerSecond === null ? null : Math.round(articlesPerSecond * 10) / 10,
    failures: failures.length,
  }))
}
