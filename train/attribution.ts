/**
 * @module train/attribution — trains the attribution tagger on PolNeAR-style brat data and writes
 * `models/attribution.json` (first pass) and `models/attribution-stacked.json` (second pass).
 *
 * `npm run train -- attribution --data ../shared/data/polnear [--split train] [--epochs N] [--min-count N] [--seed N] [--holdout K [--fold F] [--keep FILE]]`
 *
 * Every article of the split is segmented and its mentions and rule attributions found, exactly as
 * at run time; each annotation file then gives one gold labelling of the article's tokens (several
 * annotators = several labellings). An averaged structured perceptron learns the BIO labels,
 * paragraph by paragraph, visiting paragraphs in a seeded order, so the output is the same on every
 * run. A second perceptron then learns the same labels from the same features plus the first
 * pass's labels (`stackedFeatures`); so that it learns from first-pass labels as good as those it
 * will see at run time, each article's first-pass labels come from a first pass trained on the
 * other folds (`FOLDS`-fold cross-labelling). Both are written: `attribution.json` and
 * `attribution-stacked.json`. Features seen fewer than `--min-count` times are left out, and weights are rounded to
 * 1/`SCALE` and dropped when they round to zero, to keep the model file small.
 *
 * `--holdout K` is for choosing options: it trains on all articles but every K-th (by name order;
 * `--fold F` picks which: those at positions F, F + K, …, by default K - 1, so that K runs make a
 * K-fold cross-validation of the training split),
 * prints the benchmark's figures on the held-out ones, and writes nothing. Held-out articles come
 * from the training split, so the dev split stays unseen. `--keep FILE` also writes the held-out
 * taggers to FILE, so that changes after tagging can be compared on the held-out articles without
 * training again (`train/attribution-rescore.ts`).
 */
import { findAttributions, findRuleAttributions } from '../src/analyze/attribution/attribution.js'
import { cueWordOf, LABELS, labelsFromSpans, paragraphRanges, ruleRoles, stackedFeatures, tokenFeatures } from '../src/analyze/attribution/features.js'
import { CUE_WORD_RATE, featureRows, labelTokens, mentionKindOf, MODEL_FILES, pairTaggers } from '../src/analyze/attribution/tagger.js'
import type { Segmentation, MentionLayer } from '../src/analyze/layers.js'
import { findMentions } from '../src/analyze/mentions/mentions.js'
import { segmentText } from '../src/analyze/segment/segment.js'
import { wordClassesSignature } from '../src/knowledge/word-clusters.js'
import { writeModel } from '../src/learn/model-file.js'
import { loadTagger, storeTagger, trainTagger, type StoredTagger, type TaggerWeights, type TrainingSequence } from '../src/learn/perceptron.js'
import { DataFolderError, loadBratSplit, ROLES, type BratSplit } from '../bench/lib-brat.js'
import { writeFileSync } from 'node:fs'
import { goldItems, meanPrfOf, MODES, predictedItems, scoreFile, type FileScore } from '../bench/lib-score.js'

const USAGE = 'usage: npm run train -- attribution --data <folder> [--split train] [--epochs N] [--min-count N] [--seed N] [--holdout K [--fold F] [--keep FILE]]'
/** Weights are stored as integers in units of 1/SCALE. */
const SCALE = 10
/** Default passes over the data and least feature count, chosen with `--holdout 10` (train only). */
const EPOCHS = 20
const MIN_COUNT = 8
/** Seed of the order in which paragraphs are visited. */
const SEED = 20160101
/** Folds of the cross-labelling that gives the second pass its training input. */
const FOLDS = 5
/** Occurrences added to a word's count when its cue rate is taken, so that a word seen once as a cue does not read as always one. */
const CUE_RATE_SMOOTHING = 2

interface Options { data: string; split: string; epochs: number; minCount: number; seed: number; holdout: number; fold: number; keep: string }

/** Trains the tagger and writes the model (or, with `--holdout`, prints held-out figures). */
export function run(args: string[]): Promise<void> {
  let options: Options
  try {
    options = parseOptions(args)
    train(options)
  } catch (error) {
    if (error instanceof DataFolderError || error instanceof UsageError) {
      console.error(`train attribution: ${error.message}${error instanceof DataFolderError ? `\n  ${error.hint}` : ''}`)
      process.exitCode = 2
      return Promise.resolve()
    }
    return Promise.reject(error)
  }
  return Promise.resolve()
}

class UsageError extends Error {}

function parseOptions(args: readonly string[]): Options {
  const options: Options = { data: '', split: 'train', epochs: EPOCHS, minCount: MIN_COUNT, seed: SEED, holdout: 0, fold: -1, keep: '' }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = inline ?? args[++i]
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value; ${USAGE}`)
    if (flag === '--data') options.data = value
    else if (flag === '--split') options.split = value
    else if (flag === '--epochs' && /^\d+$/.test(value)) options.epochs = Number(value)
    else if (flag === '--min-count' && /^\d+$/.test(value)) options.minCount = Number(value)
    else if (flag === '--seed' && /^\d+$/.test(value)) options.seed = Number(value)
    else if (flag === '--holdout' && /^\d+$/.test(value)) options.holdout = Number(value)
    else if (flag === '--fold' && /^\d+$/.test(value)) options.fold = Number(value)
    else if (flag === '--keep') options.keep = value
    else throw new UsageError(`unknown or malformed option ${arg}; ${USAGE}`)
  }
  if (options.data === '') throw new UsageError(`no data folder given; ${USAGE}`)
  if ((options.keep !== '' || options.fold >= 0) && options.holdout === 0) throw new UsageError(`--keep and --fold need --holdout; ${USAGE}`)
  if (options.fold >= options.holdout) throw new UsageError(`--fold must be below --holdout; ${USAGE}`)
  if (options.fold < 0) options.fold = options.holdout - 1
  return options
}

export interface Prepared { readonly text: string; readonly seg: Segmentation; readonly mentions: MentionLayer }

/** The two passes of a tagger trained without the held-out articles, as `--keep` writes them. */
export interface HeldOutTaggers {
  readonly holdout: number
  readonly fold: number
  readonly first: StoredTagger
  readonly second: StoredTagger
  readonly cueRates: Readonly<Record<string, number>>
}

/** The names of the held-out articles: every K-th of the split by name order, from position `fold`. */
export function heldOutArticles(split: BratSplit, holdout: number, fold = holdout - 1): Set<string> {
  return new Set(split.articles.filter((_, i) => holdout > 0 && i % holdout === fold).map((a) => a.name))
}

/** Prints and returns the benchmark's mean figures (F1 per mode and role) over the held-out articles' annotation files. */
export function scoreHeldOut(split: BratSplit, heldOut: ReadonlySet<string>, prepared: ReadonlyMap<string, Prepared>, kept: Omit<HeldOutTaggers, 'holdout' | 'fold'>): Record<string, number | null> {
  const taggers = pairTaggers(loadTagger(kept.first), loadTagger(kept.second), kept.cueRates)
  const perFile: FileScore[] = []
  for (const file of split.files) {
    const p = heldOut.has(file.article) ? prepared.get(file.article) : undefined
    if (!p) continue
    const found = findAttributions(p.text, p.seg, p.mentions, taggers).attributions
    perFile.push(scoreFile(goldItems(p.text, file.relations), predictedItems(p.text, found)))
  }
  const figures: Record<string, number | null> = { heldOutFiles: perFile.length }
  for (const mode of MODES) {
    for (const role of ROLES) {
      const prf = meanPrfOf(perFile, (f) => f.byMode[mode][role])
      figures[`${mode}.${role}`] = prf.f1 === null ? null : Math.round(prf.f1 * 1000) / 1000
      console.log(`held out ${mode.padEnd(7)} ${role.padEnd(7)} P ${fmt(prf.p)} R ${fmt(prf.r)} F1 ${fmt(prf.f1)}`)
    }
  }
  return figures
}

/** Feature names → dense ids, counting how many tokens carry each; `freeze` keeps those seen at least `minCount` times. */
class FeatureIndex {
  private readonly ids = new Map<string, number>()
  private readonly counts: number[] = []
  count(names: readonly string[]): void {
    for (const name of names) {
      const id = this.ids.get(name)
      if (id === undefined) {
        this.ids.set(name, this.counts.length)
        this.counts.push(1)
      } else this.counts[id]!++
    }
  }
  freeze(minCount: number): { names: string[]; rowOf: Map<string, number> } {
    const names = [...this.ids.keys()].filter((name) => this.counts[this.ids.get(name)!]! >= minCount)
    return { names, rowOf: new Map(names.map((name, row) => [name, row])) }
  }
}

/** One annotation file's gold labels of its article, paragraph by paragraph. */
function goldSequences(seg: Segmentation, gold: Uint8Array, rows: readonly Int32Array[]): TrainingSequence[] {
  return paragraphRanges(seg).map((range) => {
    const labels = gold.slice(range.first, range.end)
    // A paragraph opening inside a span starts it afresh.
    const first = LABELS[labels[0] ?? 0]!
    if (first.startsWith('I-')) labels[0] = LABELS.indexOf(`B-${first.slice(2)}` as (typeof LABELS)[number])
    return { features: rows.slice(range.first, range.end), gold: labels }
  })
}

interface CueCount { cue: number; all: number }

/** Adds to `counts` how often each word of the article occurs and how often inside a gold cue. */
function countCues({ text, seg }: Prepared, gold: Uint8Array, counts: Map<string, CueCount>): void {
  gold.forEach((label, t) => {
    const word = cueWordOf(text, seg, t)
    const count = counts.get(word) ?? { cue: 0, all: 0 }
    count.all++
    if (LABELS[label]!.endsWith('-C')) count.cue++
    counts.set(word, count)
  })
}

/** The smoothed cue rate of every word the counts make a cue word (`CUE_WORD_RATE`), rounded to 0.001. */
function cueRatesOf(counts: ReadonlyArray<ReadonlyMap<string, CueCount>>): Record<string, number> {
  const total = new Map<string, CueCount>()
  for (const part of counts) {
    for (const [word, c] of part) {
      const sum = total.get(word) ?? { cue: 0, all: 0 }
      total.set(word, { cue: sum.cue + c.cue, all: sum.all + c.all })
    }
  }
  const rates: Record<string, number> = {}
  for (const [word, c] of [...total].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const rate = c.cue / (c.all + CUE_RATE_SMOOTHING)
    if (rate >= CUE_WORD_RATE) rates[word] = Math.round(rate * 1000) / 1000
  }
  return rates
}

function train(options: Options): void {
  const t0 = performance.now()
  const split = loadBratSplit(options.data, options.split)
  const heldOutNames = heldOutArticles(split, options.holdout, options.fold)
  const prepared = new Map<string, Prepared>()
  const rulesOf = new Map<string, Uint8Array>()
  for (const article of split.articles) {
    const seg = segmentText(article.text)
    const mentions = findMentions(article.text, seg)
    rulesOf.set(article.name, ruleRoles(seg, findRuleAttributions(article.text, seg, mentions).attributions))
    prepared.set(article.name, { text: article.text, seg, mentions })
  }
  const trainingFiles = split.files.filter((file) => !heldOutNames.has(file.article))
  const trainingArticles = [...new Set(trainingFiles.map((file) => file.article))]
  const goldOf = new Map(trainingFiles.map((file) => [file, labelsFromSpans(prepared.get(file.article)!.seg, file.relations)]))
  const foldOf = new Map(trainingArticles.map((name, i) => [name, i % FOLDS]))
  // Cue rates: a training article's features read the rates of the other folds, as an unseen article reads them all.
  const cueCounts = Array.from({ length: FOLDS }, () => new Map<string, CueCount>())
  for (const file of trainingFiles) countCues(prepared.get(file.article)!, goldOf.get(file)!, cueCounts[foldOf.get(file.article)!]!)
  const cueRates = cueRatesOf(cueCounts)
  const foldCueRates = cueCounts.map((_, fold) => cueRatesOf(cueCounts.filter((__, other) => other !== fold)))
  const featuresOf = new Map<string, string[][]>()
  const firstIndex = new FeatureIndex()
  for (const article of split.articles) {
    const { text, seg, mentions } = prepared.get(article.name)!
    const fold = foldOf.get(article.name)
    const rates = fold === undefined ? cueRates : foldCueRates[fold]!
    const features = tokenFeatures(text, seg, mentions.mentions, mentionKindOf(mentions.actors), rulesOf.get(article.name)!, (word) => rates[word] ?? 0)
    if (!heldOutNames.has(article.name)) features.forEach((names) => firstIndex.count(names))
    featuresOf.set(article.name, features)
  }
  const firstSpace = firstIndex.freeze(options.minCount)
  const firstRows = new Map(trainingArticles.map((name) => [name, featureRows(featuresOf.get(name)!, firstSpace.rowOf)]))
  const sequencesOf = (files: typeof trainingFiles, rows: ReadonlyMap<string, Int32Array[]>): TrainingSequence[] =>
    files.flatMap((file) => goldSequences(prepared.get(file.article)!.seg, goldOf.get(file)!, rows.get(file.article)!))
  console.log(`prepared ${trainingArticles.length} articles, ${trainingFiles.length} annotation files, ${firstSpace.names.length} first-pass features (seen ≥ ${options.minCount} times) in ${seconds(t0)} s`)
  const trainOnce = (what: string, names: readonly string[], sequences: TrainingSequence[]): TaggerWeights => {
    const weights = trainTagger(LABELS, names.length, sequences, { epochs: options.epochs, seed: options.seed })
    console.log(`${what}: trained on ${sequences.length} paragraphs (${seconds(t0)} s)`)
    return weights
  }

  // The second pass learns from first-pass labels the first pass did not see in training: each
  // fold's articles are labelled by a first pass trained on the other folds.
  const firstLabels = new Map<string, Uint8Array>()
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (name: string): boolean => foldOf.get(name) === fold
    const weights = trainOnce(`fold ${fold + 1} of ${FOLDS}`, firstSpace.names, sequencesOf(trainingFiles.filter((file) => !inFold(file.article)), firstRows))
    for (const name of trainingArticles.filter(inFold)) firstLabels.set(name, labelTokens(weights, prepared.get(name)!.seg, firstRows.get(name)!))
  }
  const first = storeTagger(trainOnce('first pass', firstSpace.names, sequencesOf(trainingFiles, firstRows)), firstSpace.names, SCALE)

  // The second pass reads the first's features (those the stored first pass kept, so that at run time
  // each name is looked up once) and the stacked ones.
  const stacked = new Map(trainingArticles.map((name) => [name, stackedFeatures(prepared.get(name)!.seg, firstLabels.get(name)!)]))
  const stackedIndex = new FeatureIndex()
  for (const features of stacked.values()) features.forEach((names) => stackedIndex.count(names))
  const secondNames = [...Object.keys(first.features), ...stackedIndex.freeze(options.minCount).names]
  const secondRowOf = new Map(secondNames.map((name, row) => [name, row]))
  const secondRows = new Map(trainingArticles.map((name) => [name, featureRows(featuresOf.get(name)!.map((names, t) => names.concat(stacked.get(name)![t]!)), secondRowOf)]))
  const second = storeTagger(trainOnce('second pass', secondNames, sequencesOf(trainingFiles, secondRows)), secondNames, SCALE)
  console.log(`kept ${Object.keys(first.features).length} + ${Object.keys(second.features).length} features after rounding`)

  if (options.holdout > 0) {
    if (options.keep !== '') {
      const kept: HeldOutTaggers = { holdout: options.holdout, fold: options.fold, first, second, cueRates }
      writeFileSync(options.keep, JSON.stringify(kept))
      console.log(`wrote the held-out taggers to ${options.keep}`)
    }
    const figures = scoreHeldOut(split, heldOutNames, prepared, { first, second, cueRates })
    console.log(JSON.stringify({ train: 'attribution', mode: 'holdout', fold: options.fold, heldOutArticles: heldOutNames.size, epochs: options.epochs, minCount: options.minCount, seed: options.seed, ...figures }))
    return
  }

  const trainedOn = {
    data: options.data, split: options.split, articles: trainingArticles.length, annotationFiles: trainingFiles.length,
    epochs: options.epochs, minCount: options.minCount, folds: FOLDS, seed: options.seed, scale: SCALE, wordClasses: wordClassesSignature(), date: new Date().toISOString().slice(0, 10),
    command: `npm run train -- attribution --data ${options.data}${options.split !== 'train' ? ` --split ${options.split}` : ''}${options.epochs !== EPOCHS ? ` --epochs ${options.epochs}` : ''}${options.minCount !== MIN_COUNT ? ` --min-count ${options.minCount}` : ''}${options.seed !== SEED ? ` --seed ${options.seed}` : ''}`,
  }
  const description = 'Averaged structured perceptron (first-order, Viterbi) over BIO labels for source (S), cue (C) and content (N) tokens; features in src/analyze/attribution/features.ts.'
  for (const [file, tagger, pass] of [[MODEL_FILES.first, first, 'First pass.'], [MODEL_FILES.second, second, `Second pass: also reads the first pass's labels (stackedFeatures), trained on labels from ${FOLDS}-fold cross-labelling. cueRates: the lemmas annotators marked inside a cue at least ${CUE_WORD_RATE * 100}% of the time, with that share (smoothed: cues / (occurrences + ${CUE_RATE_SMOOTHING})), read as a feature; a predicted cue with none of them is dropped.`]] as const) {
    const model = {
      name: file.replace(/\.json$/u, ''), description: `${description} ${pass}`, trainedOn: { ...trainedOn, features: Object.keys(tagger.features).length },
      ...(file === MODEL_FILES.second ? { cueRates } : {}), tagger,
    }
    console.log(`wrote ${writeModel(file, model)}`)
  }
  console.log(JSON.stringify({ train: 'attribution', ...trainedOn }))
}

const seconds = (t0: number): string => ((performance.now() - t0) / 1000).toFixed(1)
const fmt = (x: number | null): string => (x === null ? '  –  ' : (100 * x).toFixed(1).padStart(5))
