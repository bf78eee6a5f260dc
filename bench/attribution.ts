/**
 * @module bench/attribution — precision, recall and F1 of the attribution engine on PolNeAR-style brat data.
 *
 * `npm run bench -- attribution --data ../shared/data/polnear --split dev [--limit N] [--speed-split train|none]`
 *
 * The data folder holds `<split>/text/<article>.txt` and `<split>/attributions/<article>_<annotator>.ann`.
 * Each annotation file is scored on its own against the system's output for its article, for each
 * role (source, cue, content), by exact and by overlap match (see `lib-score.ts`). The headline
 * figures are the mean over annotation files; micro figures sum the counts over all files. A
 * relation-level figure also asks that cue, content and (when gold has one) source overlap in one
 * predicted attribution. Only `analyzeText` is timed; reading and scoring are not. The attribution
 * stage is then timed alone over all of `--speed-split` (default `train`; `none` skips it). Nothing
 * is trained or tuned here: the tagger's weights come from the committed `models/attribution.json`
 * and `models/attribution-stacked.json`.
 */
import { analyzeText } from '../src/analyze/pipeline.js'
import { findAttributions } from '../src/analyze/attribution/attribution.js'
import { findMentions } from '../src/analyze/mentions/mentions.js'
import { segmentText } from '../src/analyze/segment/segment.js'
import type { Segmentation } from '../src/analyze/layers.js'
import { RashomonError, reasonOf } from '../src/model/errors.js'
import type { Attribution } from '../src/model/schema.js'
import { DataFolderError, loadBratSplit, ROLES, type BratSplit, type Role } from './lib-brat.js'
import {
  addCounts, goldItems, meanPrfOf, MODES, predictedItems, prfOf, scoreFile,
  type Counts, type FileScore, type Mode, type Prf, type RoleItems,
} from './lib-score.js'
import { CUE_CLASSES, emptyTally, PART_ERRORS, tallyErrors, topEntries, type ErrorTally } from './lib-errors.js'

const USAGE = 'usage: npm run bench -- attribution --data <folder> [--split dev|train|…] [--limit N] [--speed-split train|none]'

interface Options { data: string; split: string; limit: number; speedSplit: string }

/** Runs the benchmark; prints a table and ends with one JSON line. Errors in the arguments or the data folder are printed, not thrown. */
export function run(args: string[]): Promise<void> {
  try {
    runBench(parseOptions(args))
  } catch (error) {
    if (error instanceof DataFolderError) {
      console.error(`attribution: ${error.message}\n  ${error.hint}`)
      process.exitCode = 2
      return Promise.resolve()
    }
    if (!(error instanceof RashomonError)) return Promise.reject(error)
    console.error(`attribution: ${reasonOf(error)}`)
    process.exitCode = 2
  }
  return Promise.resolve()
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = { data: '', split: 'dev', limit: Infinity, speedSplit: 'train' }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = inline ?? args[++i]
    if (value === undefined || value === '') throw new RashomonError('E_USAGE', `${flag} needs a value`, USAGE)
    if (flag === '--data') options.data = value
    else if (flag === '--split') options.split = value
    else if (flag === '--speed-split') options.speedSplit = value
    else if (flag === '--limit' && /^\d+$/.test(value)) options.limit = Number(value)
    else throw new RashomonError('E_USAGE', `unknown or malformed option ${arg}`, USAGE)
  }
  if (options.data === '') throw new RashomonError('E_USAGE', 'no data folder given', `${USAGE} (e.g. --data ../shared/data/polnear)`)
  return options
}

/**
 * Times the attribution stage alone over every article of a split: segments and mentions are
 * computed first, untimed, then `findAttributions` runs on each article once.
 */
function attributionSpeed(split: BratSplit): { articles: number; seconds: number; articlesPerSecond: number | null } {
  const prepared = split.articles.map((a) => {
    const seg = segmentText(a.text)
    return { text: a.text, seg, mentions: findMentions(a.text, seg) }
  })
  findAttributions('Warm-up, the benchmark said.', segmentText('Warm-up, the benchmark said.'), { actors: [], mentions: [] })
  const t0 = performance.now()
  for (const p of prepared) findAttributions(p.text, p.seg, p.mentions)
  const seconds = (performance.now() - t0) / 1000
  return { articles: prepared.length, seconds, articlesPerSecond: seconds > 0 ? prepared.length / seconds : null }
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 })
const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 10000) / 10000)
const rounded = (x: Prf): Prf => ({ p: round(x.p), r: round(x.r), f1: round(x.f1) })
const pct = (x: number | null): string => (x === null ? '   –  ' : (100 * x).toFixed(1).padStart(6))

function runBench(options: Options): void {
  const split = loadBratSplit(options.data, options.split, options.limit)
  const { root, articles, files, notes } = split

  // Only the analysis is timed, after one untimed call that loads the language model. A failure
  // counts as "no attributions" for that article.
  try {
    analyzeText('Warm-up text, the benchmark said.')
  } catch {
    // the real articles will report the failure
  }
  const predictions = new Map<string, RoleItems>()
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
  const errors = emptyTally()
  const segOf = new Map<string, Segmentation>()
  let goldRelations = 0
  for (const file of files) {
    const text = textOf.get(file.article)!
    const gold = goldItems(text, file.relations)
    const score = scoreFile(gold, predictions.get(file.article)!)
    if (!segOf.has(file.article)) segOf.set(file.article, segmentText(text))
    tallyErrors(errors, text, segOf.get(file.article)!, gold, predictions.get(file.article)!)
    perFile.push(score)
    goldRelations += file.relations.length
    for (const mode of MODES) for (const role of ROLES) addCounts(micro[mode][role], score.byMode[mode][role])
    addCounts(microRelation, score.relation)
  }

  const meanPrf = (pick: (f: FileScore) => Counts): Prf => meanPrfOf(perFile, pick)
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
  printErrors(errors)
  console.log(`\nanalysis speed: ${articles.length} articles in ${seconds.toFixed(2)} s = ${articlesPerSecond === null ? '–' : articlesPerSecond.toFixed(1)} articles/s (analyzeText only, after one warm-up call; reading and scoring excluded)`)
  if (failures.length > 0) console.log(`analysis failures (${failures.length}, scored as no attributions):\n  ${failures.slice(0, 10).join('\n  ')}`)
  if (textChanged > 0) console.log(`warning: analyzeText returned a different article text for ${textChanged} article(s); their spans may not line up with the gold offsets.`)
  let speed: ReturnType<typeof attributionSpeed> | undefined
  if (options.speedSplit !== 'none') {
    speed = options.speedSplit === options.split && !Number.isFinite(options.limit) ? attributionSpeed(split) : attributionSpeed(loadBratSplit(options.data, options.speedSplit))
    console.log(`attribution stage alone: ${speed.articles} articles of split "${options.speedSplit}" in ${speed.seconds.toFixed(2)} s = ${speed.articlesPerSecond === null ? '–' : speed.articlesPerSecond.toFixed(1)} articles/s on one core (segments and mentions computed first, untimed)`)
  }
  const agreement = annotatorAgreement(split)
  if (agreement) {
    const f1s = (mode: Mode): string => ROLES.map((role) => `${role} ${pct(agreement.byMode[mode][role].f1).trim()}`).join(', ')
    console.log(`annotator agreement (${agreement.articles} articles with several annotation files, ${agreement.pairs} ordered pairs, one annotator's file scored against another's, micro F1): overlap ${f1s('overlap')}; exact ${f1s('exact')}`)
  }
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
    attributionSpeed: speed ? { split: options.speedSplit, articles: speed.articles, articlesPerSecond: speed.articlesPerSecond === null ? null : Math.round(speed.articlesPerSecond * 10) / 10 } : null,
    failures: failures.length,
    annotatorAgreement: agreement,
    errorClasses: {
      missedCues: errors.missedCues, spuriousCues: errors.spuriousCues, matchedCues: errors.matchedCues,
      source: errors.source, content: errors.content,
    },
  }))
}

/**
 * How far the annotators agree with each other, the ceiling any system's figures are read against: in
 * every article with several annotation files, each file scored as a prediction against each other
 * file as gold (ordered pairs, so precision and recall are symmetric), counts summed (micro). Null
 * when no article has two files. Pure given the split.
 */
export function annotatorAgreement(split: BratSplit): { articles: number; pairs: number; byMode: Record<Mode, Record<Role, Prf>> } | null {
  const textOf = new Map(split.articles.map((a) => [a.name, a.text]))
  const filesOf = new Map<string, RoleItems[]>()
  for (const file of split.files) filesOf.set(file.article, [...(filesOf.get(file.article) ?? []), goldItems(textOf.get(file.article)!, file.relations)])
  const counts = { exact: {}, overlap: {} } as Record<Mode, Record<Role, Counts>>
  for (const mode of MODES) for (const role of ROLES) counts[mode][role] = zero()
  let articles = 0
  let pairs = 0
  for (const items of filesOf.values()) {
    if (items.length < 2) continue
    articles++
    items.forEach((gold, i) => items.forEach((other, j) => {
      if (i === j) return
      pairs++
      const score = scoreFile(gold, other)
      for (const mode of MODES) for (const role of ROLES) addCounts(counts[mode][role], score.byMode[mode][role])
    }))
  }
  if (pairs === 0) return null
  const byMode = { exact: {}, overlap: {} } as Record<Mode, Record<Role, Prf>>
  for (const mode of MODES) for (const role of ROLES) byMode[mode][role] = rounded(prfOf(counts[mode][role]))
  return { articles, pairs, byMode }
}

/** Prints what the misses and false alarms are made of (micro counts over all annotation files). */
function printErrors(errors: ErrorTally): void {
  const classes = (counts: Record<string, number>, keys: readonly string[]): string => keys.map((k) => `${k} ${counts[k]}`).join(', ')
  const words = (map: ReadonlyMap<string, number>): string => topEntries(map, 12).map(([w, n]) => `${w} ${n}`).join(', ')
  const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0)
  console.log('\nerror classes (micro, summed over annotation files; cues matched by overlap):')
  console.log(`  missed gold cues ${total(errors.missedCues)}: ${classes(errors.missedCues, CUE_CLASSES)}`)
  console.log(`    most missed: ${words(errors.missedWords)}`)
  console.log(`  spurious cues ${total(errors.spuriousCues)}: ${classes(errors.spuriousCues, CUE_CLASSES)}`)
  console.log(`    most spurious: ${words(errors.spuriousWords)}`)
  console.log(`  of ${errors.matchedCues} matched cues, source: ${classes(errors.source, PART_ERRORS)}`)
  console.log(`  of ${errors.matchedCues} matched cues, content: ${classes(errors.content, PART_ERRORS)}`)
}
