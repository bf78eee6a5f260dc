/**
 * @module bench/stance — the headline-stance model on FNC-1-style data: the FNC-1 weighted score and macro-F1.
 *
 * `npm run bench -- stance --data ../shared/data/fnc1 [--set NAME] [--cv K [--folds topics|bodies]]`
 *
 * The folder holds `<set>_stances.csv` (Headline, Body_ID, Stance) and `<set>_bodies.csv`
 * (Body_ID, articleBody), as FNC-1 ships them (`train`, `competition_test`). Without `--cv`, the
 * committed `models/stance.json` reads every row and is scored; nothing is trained. When the set
 * is the one the model was trained on, the figures are measured on training data and the output
 * says so. With `--cv K`, the rows are cut into K folds and each fold is read by a model fitted on
 * the others with the committed options: a figure on rows the model never saw. Folds keep whole
 * topics apart by default (a claim's bodies and headlines, `topicFolds`), as FNC-1's competition
 * test has claims unseen in training; `--folds bodies` keeps only bodies apart, as FNC-1's own
 * train/dev split does, which lets a claim's headlines be learned. With `--cv`, it also prints how
 * often an "agrees" or "disputes" reading is right at each floor on its probability (`SIDE_FLOORS`,
 * below which the report shows a discussion). Ends with one JSON line.
 */
import { readModel } from '../src/learn/model-file.js'
import { probabilities } from '../src/learn/logistic.js'
import { SIDE_FLOORS, mostLikely, readStance, shownStance, STANCE_MODEL_FILE, stanceModel, type BodyIndex } from '../src/compare/stance.js'
import { STANCES, type Stance } from '../src/model/schema.js'
import { fitStance, indexBodies, pairExamples } from '../train/stance.js'
import { bodyFolds, topicFolds, confusion, fncScore, loadFncSet, macroF1, type FncSet } from './lib-fnc.js'
import { DataFolderError } from './lib-brat.js'
import { dataFolder, option } from './lib-framing-score.js'

/** Runs the benchmark; a data-folder problem is printed, not thrown. */
export function run(args: string[]): Promise<void> {
  let set: FncSet
  try {
    set = loadFncSet(dataFolder(args, '../shared/data/fnc1'), option(args, 'set', '') || undefined)
  } catch (error) {
    if (!(error instanceof DataFolderError)) return Promise.reject(error)
    console.error(`stance: ${error.message}\n  ${error.hint}`)
    process.exitCode = 2
    return Promise.resolve()
  }
  const folds = Number(option(args, 'cv', '0'))
  const split = option(args, 'folds', 'topics')
  if (split !== 'topics' && split !== 'bodies') {
    console.error('stance: --folds takes topics or bodies')
    process.exitCode = 2
    return Promise.resolve()
  }
  const gold = set.pairs.map((p) => p.stance)
  const t0 = performance.now()
  const bodies = indexBodies(set)
  const readings = folds > 1 ? crossValidated(set, bodies, (split === 'topics' ? topicFolds : bodyFolds)(set.pairs, folds)) : committedReadings(set, bodies)
  const predicted = readings.map((p) => STANCES[mostLikely(p)]!)
  const seconds = (performance.now() - t0) / 1000
  const trainedOn = folds > 1 ? undefined : (readModel(STANCE_MODEL_FILE) as { trainedOn?: { set?: string; pairs?: number } }).trainedOn
  const onTrainingData = trainedOn?.set === set.name && trainedOn.pairs === set.pairs.length
  if (folds > 1) sideFloors(gold, readings)
  report(set, gold, predicted, folds > 1 ? `${folds}-fold cross-validation, ${split === 'topics' ? 'folds keep topics (a claim\'s bodies and headlines) apart, as FNC-1\'s competition test does' : 'folds keep bodies apart'}` : onTrainingData ? 'the committed model on the data it was trained on (NOT a held-out figure; use --cv 5)' : 'the committed model', folds, seconds, split)
  return Promise.resolve()
}

/** Each pair's stance probabilities, in `STANCES` order. */
type Readings = ReadonlyArray<readonly number[]>

function committedReadings(set: FncSet, bodies: ReadonlyMap<string, BodyIndex>): Readings {
  const model = stanceModel()
  return set.pairs.map((p) => readStance(p.headline, bodies.get(p.bodyId)!, model).probabilities)
}

function crossValidated(set: FncSet, bodies: ReadonlyMap<string, BodyIndex>, fold: readonly number[]): Readings {
  const examples = pairExamples(set, bodies)
  const k = Math.max(...fold) + 1
  const out = new Array<readonly number[]>(set.pairs.length)
  for (let f = 0; f < k; f++) {
    const model = fitStance(examples.filter((_, i) => fold[i] !== f))
    examples.forEach((e, i) => { if (fold[i] === f) out[i] = [...probabilities(model, e.features)] })
    console.error(`fold ${f + 1} of ${k} done`)
  }
  return out
}

/**
 * How often an "agrees" or "disputes" reading is right when it is asserted only at or above a floor
 * on its probability, and shown as "discusses" below it (`shownStance`); with the FNC-1 score of
 * what is shown. On held-out folds only: the committed model's figures on its own training data
 * would flatter every floor.
 */
function sideFloors(gold: readonly Stance[], readings: Readings): void {
  for (const side of ['agree', 'disagree'] as const) {
    console.log(`"${side}" asserted at a floor on its probability (below it: "discusses"); the committed floor is ${SIDE_FLOORS[side]}`)
    console.log('floor  asserted  right  precision  recall  FNC-1 score shown')
    const total = gold.filter((g) => g === side).length
    for (const floor of [0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9]) {
      const shown = readings.map((p) => STANCES[shownStance(p, { ...SIDE_FLOORS, [side]: floor }).index]!)
      const asserted = shown.filter((s) => s === side).length
      const right = shown.filter((s, i) => s === side && gold[i] === side).length
      const relative = fncScore(gold, shown).relative
      console.log(`${floor.toFixed(2).padStart(5)}  ${String(asserted).padStart(8)}  ${String(right).padStart(5)}  ${(asserted ? right / asserted : 0).toFixed(3).padStart(9)}  ${(right / Math.max(1, total)).toFixed(3).padStart(6)}  ${(100 * relative).toFixed(2).padStart(16)}%`)
    }
  }
}

function report(set: FncSet, gold: readonly Stance[], predicted: readonly Stance[], how: string, folds: number, seconds: number, split: string): void {
  const score = fncScore(gold, predicted)
  const f1 = macroF1(gold, predicted)
  const table = confusion(gold, predicted)
  console.log(`stance benchmark: set "${set.name}", ${set.pairs.length} headline/body pairs, ${set.bodies.size} bodies; ${how}`)
  console.log(`FNC-1 score ${score.score.toFixed(2)} of ${score.max.toFixed(2)} = ${(100 * score.relative).toFixed(2)}%; macro-F1 ${f1.macro.toFixed(3)}`)
  console.log(`class       P      R      F1  | predicted as: ${STANCES.map((s) => s.padStart(10)).join('')}`)
  STANCES.forEach((s, i) => {
    const c = f1.perClass[s]
    console.log(`${s.padEnd(10)} ${c.p.toFixed(3)}  ${c.r.toFixed(3)}  ${c.f1.toFixed(3)} | ${''.padStart(14)}${table[i]!.map((n) => String(n).padStart(10)).join('')}`)
  })
  console.log(`${(set.pairs.length / seconds).toFixed(0)} pairs/s (bodies indexed once${folds > 1 ? ', training included' : ''})`)
  console.log(JSON.stringify({
    bench: 'stance', set: set.name, pairs: set.pairs.length, bodies: set.bodies.size, cv: folds > 1 ? folds : null, folds: folds > 1 ? split : null, measuredOn: how,
    fncScore: Number(score.score.toFixed(2)), fncMax: Number(score.max.toFixed(2)), fncRelative: Number(score.relative.toFixed(4)), macroF1: Number(f1.macro.toFixed(4)),
    perClassF1: Object.fromEntries(STANCES.map((s) => [s, Number(f1.perClass[s].f1.toFixed(4))])), confusion: table,
    pairsPerSecond: Math.round(set.pairs.length / seconds),
  }))
}
