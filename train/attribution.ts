/**
 * @module train/attribution — trains the attribution tagger on PolNeAR-style brat data and writes
 * `models/attribution.json`.
 *
 * `npm run train -- attribution --data ../shared/data/polnear [--split train] [--epochs N] [--min-count N] [--holdout K]`
 *
 * Every article of the split is segmented and its mentions and rule attributions found, exactly as
 * at run time; each annotation file then gives one gold labelling of the article's tokens (several
 * annotators = several labellings). An averaged structured perceptron learns the BIO labels,
 * paragraph by paragraph, visiting paragraphs in a seeded order, so the output is the same on every
 * run. Features seen fewer than `--min-count` times are left out, and weights are rounded to
 * 1/`SCALE` and dropped when they round to zero, to keep the model file small.
 *
 * `--holdout K` is for choosing options: it trains on all articles but every K-th (by name order),
 * prints the benchmark's figures on the held-out ones, and writes nothing. Held-out articles come
 * from the training split, so the dev split stays unseen.
 */
import { findAttributions, findRuleAttributions } from '../src/analyze/attribution/attribution.js'
import { LABELS, labelsFromSpans, paragraphRanges, ruleRoles, tokenFeatures } from '../src/analyze/attribution/features.js'
import { mentionKindOf } from '../src/analyze/attribution/tagger.js'
import type { Segmentation, MentionLayer } from '../src/analyze/layers.js'
import { findMentions } from '../src/analyze/mentions/mentions.js'
import { segmentText } from '../src/analyze/segment/segment.js'
import { writeModel } from '../src/learn/model-file.js'
import { loadTagger, storeTagger, trainTagger, type TrainingSequence } from '../src/learn/perceptron.js'
import { DataFolderError, loadBratSplit, ROLES } from '../bench/lib-brat.js'
import { goldItems, meanPrfOf, MODES, predictedItems, scoreFile, type FileScore } from '../bench/lib-score.js'

const USAGE = 'usage: npm run train -- attribution --data <folder> [--split train] [--epochs N] [--min-count N] [--holdout K]'
/** Weights are stored as integers in units of 1/SCALE. */
const SCALE = 10
/** Default passes over the data and least feature count, chosen with `--holdout 10` (train only). */
const EPOCHS = 20
const MIN_COUNT = 8
/** Seed of the order in which paragraphs are visited. */
const SEED = 20160101

interface Options { data: string; split: string; epochs: number; minCount: number; holdout: number }

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
  const options: Options = { data: '', split: 'train', epochs: EPOCHS, minCount: MIN_COUNT, holdout: 0 }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = inline ?? args[++i]
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value; ${USAGE}`)
    if (flag === '--data') options.data = value
    else if (flag === '--split') options.split = value
    else if (flag === '--epochs' && /^\d+$/.test(value)) options.epochs = Number(value)
    else if (flag === '--min-count' && /^\d+$/.test(value)) options.minCount = Number(value)
    else if (flag === '--holdout' && /^\d+$/.test(value)) options.holdout = Number(value)
    else throw new UsageError(`unknown or malformed option ${arg}; ${USAGE}`)
  }
  if (options.data === '') throw new UsageError(`no data folder given; ${USAGE}`)
  return options
}

interface Prepared { readonly text: string; readonly seg: Segmentation; readonly mentions: MentionLayer; readonly rows: Int32Array[] }

function train(options: Options): void {
  const t0 = performance.now()
  const split = loadBratSplit(options.data, options.split)
  const heldOut = (i: number): boolean => options.holdout > 0 && i % options.holdout === options.holdout - 1
  // Feature names → ids, with how many tokens of the training articles carry each.
  const ids = new Map<string, number>()
  const counts: number[] = []
  const prepared = new Map<string, Prepared>()
  split.articles.forEach((article, i) => {
    const seg = segmentText(article.text)
    const mentions = findMentions(article.text, seg)
    const rules = findRuleAttributions(article.text, seg, mentions).attributions
    const features = tokenFeatures(article.text, seg, mentions.mentions, mentionKindOf(mentions.actors), ruleRoles(seg, rules))
    const rows = heldOut(i) ? [] : features.map((names) => Int32Array.from(names, (name) => {
      let id = ids.get(name)
      if (id === undefined) {
        id = counts.length
        ids.set(name, id)
        counts.push(0)
      }
      counts[id]!++
      return id
    }))
    prepared.set(article.name, { text: article.text, seg, mentions, rows })
  })
  // Drop rare features: renumber the kept ones densely.
  const names: string[] = []
  const newId = new Int32Array(counts.length).fill(-1)
  for (const [name, id] of ids) {
    if (counts[id]! < options.minCount) continue
    newId[id] = names.length
    names.push(name)
  }
  for (const p of prepared.values()) {
    for (let t = 0; t < p.rows.length; t++) p.rows[t] = Int32Array.from([...p.rows[t]!].map((id) => newId[id]!).filter((id) => id >= 0))
  }
  const heldOutNames = new Set(split.articles.filter((_, i) => heldOut(i)).map((a) => a.name))
  const sequences: TrainingSequence[] = []
  let trainingFiles = 0
  for (const file of split.files) {
    if (heldOutNames.has(file.article)) continue
    const p = prepared.get(file.article)!
    trainingFiles++
    const gold = labelsFromSpans(p.seg, file.relations)
    for (const range of paragraphRanges(p.seg)) {
      const labels = gold.slice(range.first, range.end)
      // A paragraph opening inside a span starts it afresh.
      const first = LABELS[labels[0] ?? 0]!
      if (first.startsWith('I-')) labels[0] = LABELS.indexOf(`B-${first.slice(2)}` as (typeof LABELS)[number])
      sequences.push({ features: p.rows.slice(range.first, range.end), gold: labels })
    }
  }
  const prepSeconds = (performance.now() - t0) / 1000
  console.log(`prepared ${split.articles.length - heldOutNames.size} articles, ${trainingFiles} annotation files, ${sequences.length} paragraphs, ${names.length} features (seen ≥ ${options.minCount} times) in ${prepSeconds.toFixed(1)} s`)
  const weights = trainTagger(LABELS, names.length, sequences, {
    epochs: options.epochs, seed: SEED,
    onEpoch: (epoch, errors, tokens) => console.log(`epoch ${epoch}: ${errors} of ${tokens} tokens mislabelled (${((100 * errors) / tokens).toFixed(2)}%)`),
  })
  const stored = storeTagger(weights, names, SCALE)
  const seconds = (performance.now() - t0) / 1000
  console.log(`trained in ${seconds.toFixed(1)} s; ${Object.keys(stored.features).length} features kept after rounding`)

  if (options.holdout > 0) {
    const tagger = loadTagger(stored)
    const perFile: FileScore[] = []
    for (const file of split.files) {
      if (!heldOutNames.has(file.article)) continue
      const p = prepared.get(file.article)!
      const found = findAttributions(p.text, p.seg, p.mentions, tagger).attributions
      perFile.push(scoreFile(goldItems(p.text, file.relations), predictedItems(p.text, found)))
    }
    const figures: Record<string, unknown> = { heldOutArticles: heldOutNames.size, heldOutFiles: perFile.length, epochs: options.epochs, minCount: options.minCount }
    for (const mode of MODES) {
      for (const role of ROLES) {
        const prf = meanPrfOf(perFile, (f) => f.byMode[mode][role])
        figures[`${mode}.${role}`] = prf.f1 === null ? null : Math.round(prf.f1 * 1000) / 1000
        console.log(`held out ${mode.padEnd(7)} ${role.padEnd(7)} P ${fmt(prf.p)} R ${fmt(prf.r)} F1 ${fmt(prf.f1)}`)
      }
    }
    console.log(JSON.stringify({ train: 'attribution', mode: 'holdout', ...figures }))
    return
  }

  const model = {
    name: 'attribution',
    description: 'Averaged structured perceptron (first-order, Viterbi) over BIO labels for source (S), cue (C) and content (N) tokens; features in src/analyze/attribution/features.ts.',
    trainedOn: {
      data: options.data, split: options.split, articles: split.articles.length, annotationFiles: trainingFiles,
      epochs: options.epochs, minCount: options.minCount, seed: SEED, features: Object.keys(stored.features).length,
      scale: SCALE, date: new Date().toISOString().slice(0, 10),
      command: `npm run train -- attribution --data ${options.data}${options.split !== 'train' ? ` --split ${options.split}` : ''}${options.epochs !== EPOCHS ? ` --epochs ${options.epochs}` : ''}${options.minCount !== MIN_COUNT ? ` --min-count ${options.minCount}` : ''}`,
    },
    tagger: stored,
  }
  const path = writeModel('attribution.json', model)
  console.log(`wrote ${path}`)
  console.log(JSON.stringify({ train: 'attribution', ...model.trainedOn }))
}

const fmt = (x: number | null): string => (x === null ? '  –  ' : (100 * x).toFixed(1).padStart(5))
