/**
 * @module bench/framing — persuasion techniques against the Propaganda Techniques Corpus (SemEval-2020 Task 11).
 *
 * `npm run bench -- framing --data ../shared/data/ptc [--cv 5]` reads a folder laid out like PTC
 * (`train-articles/article<ID>.txt`, `train-task-flc-tc.labels`) and runs segment + framing on
 * every article, with the whole text as the outlet's voice (the corpus has no attributions).
 *
 * Figures, as in the task:
 * - span identification (SI): the framing stage's persuasion spans (every finding but those of
 *   `NOT_PTC_SPANS`: hedges, boosters, and the doubt and unnamed-authority rules, whose words PTC
 *   marks on other words), against the gold spans merged, with partial-overlap credit (the official SI scorer);
 * - technique classification (TC): the classifier is given each GOLD span and names its
 *   technique; micro-F1 = share of gold span instances named right (a span with two gold
 *   techniques gets the classifier's two best). Also printed, labelled as such: the older
 *   "predicted span + technique overlaps a gold span of that technique" figure.
 *
 * Without `--cv`, the committed `models/framing.json` is scored; it was trained on every PTC
 * article, so these figures are optimistic (measured on training data). With `--cv K`, the
 * articles (sorted by id) are dealt into K folds; for each fold the model is trained on the
 * other folds with the committed training options (`train/framing.ts`), and scored on the fold.
 * The rules are hand-written and the same in both modes, but the stage reports a rule's hit only
 * when the model in use does not veto it (`ruleSupport`), so "rules only" counts the hits that
 * survive that model's veto. Nothing is written to `models/`.
 */
import { analyzeFraming } from '../src/analyze/framing/framing.js'
import { classifySpan, committedFramingModel, PTC_TECHNIQUES, TECHNIQUE_OF_PTC, type FramingModel } from '../src/analyze/framing/model.js'
import { isLearnedRule } from '../src/analyze/framing/rules.js'
import { outletOnly } from '../src/analyze/framing/testing.js'
import { segmentText } from '../src/analyze/segment/segment.js'
import type { Finding } from '../src/model/schema.js'
import { fitFramingModel, fitOptionsOf, NOT_PTC_SPANS, prepareArticle, type PreparedArticle } from '../train/framing.js'
import {
  dataFolder, foldsOf, formatPrf, option, readPtc, round, scoreOverlap, scoreSpans, scoreTechniques, type LabelledSpan, type Prf, type PtcArticle, type TcScore,
} from './lib-framing-score.js'

/** rashomon technique → PTC label, from the model's table; techniques without a PTC label (hedge) are not scored. */
export const PTC_LABEL: Readonly<Record<string, string>> = {
  ...Object.fromEntries(PTC_TECHNIQUES.map((l) => [TECHNIQUE_OF_PTC[l], l])),
  'scare-quotes': 'Doubt',
}

/**
 * Rules without a PTC technique: PTC has no label for certainty boosters, and its annotators
 * label quoted words by their own technique, never the quotation marks around them. Scare quotes
 * count for span identification (PTC often marks the quoted words), boosters and hedges do not
 * (`NOT_PTC_SPANS`); none counts for the technique-overlap figure. (Not the same list as
 * `beyondPtc` in `rules.ts`, which says whether the tagger may veto a rule's hits: doubt and
 * unnamed authorities have PTC techniques, though PTC's annotators seldom mark the words those rules match.)
 */
export const NOT_IN_PTC: ReadonlySet<string> = new Set(['framing/hedge', 'framing/booster', 'framing/scare-quotes'])

/** Which findings make the SI prediction: the whole stage, the trained model's, or the rules'. */
const SELECTIONS = {
  stage: (f: Finding): boolean => !NOT_PTC_SPANS.has(f.ruleId),
  model: (f: Finding): boolean => isLearnedRule(f.ruleId),
  rules: (f: Finding): boolean => !NOT_PTC_SPANS.has(f.ruleId) && !isLearnedRule(f.ruleId),
} as const
type Selection = keyof typeof SELECTIONS

/** What one scoring pass collects over a set of articles. */
interface Collected {
  readonly spans: Record<Selection, LabelledSpan[]>
  readonly withTechnique: LabelledSpan[]
  readonly gold: LabelledSpan[]
  readonly tcRank: Map<string, readonly string[]>
  framingMs: number
  segmentMs: number
  chars: number
  articles: number
}

function emptyCollected(): Collected {
  return { spans: { stage: [], model: [], rules: [] }, withTechnique: [], gold: [], tcRank: new Map(), framingMs: 0, segmentMs: 0, chars: 0, articles: 0 }
}

const spanKey = (s: LabelledSpan): string => `${s.article}\u0000${s.start}\u0000${s.end}`

/** Runs the stage with `model` on `articles` and classifies their gold spans; adds to `into`. */
function collect(articles: readonly PtcArticle[], prepared: readonly PreparedArticle[] | undefined, model: FramingModel, into: Collected): void {
  articles.forEach((article, k) => {
    const { text, id } = article
    const t0 = performance.now()
    const seg = segmentText(text)
    const t1 = performance.now()
    const layer = analyzeFraming(text, seg, outletOnly(text), { model })
    into.framingMs += performance.now() - t1
    into.segmentMs += t1 - t0
    into.chars += text.length
    into.articles++
    into.gold.push(...article.gold)
    for (const f of layer.findings) {
      const span = { article: id, label: '', start: f.span.start, end: f.span.end }
      for (const name of Object.keys(SELECTIONS) as Selection[]) if (SELECTIONS[name](f)) into.spans[name].push(span)
      const label = PTC_LABEL[f.technique]
      if (label !== undefined && !NOT_IN_PTC.has(f.ruleId)) into.withTechnique.push({ ...span, label })
    }
    const p = prepared?.[k] ?? prepareArticle(article, model.tagger.buckets)
    for (const s of p.spans) {
      const key = spanKey(s.gold)
      if (into.tcRank.has(key)) continue
      const probs = classifySpan(p.view, model.classifier, s.a, s.b)
      into.tcRank.set(key, [...PTC_TECHNIQUES.keys()].sort((x, y) => probs[y]! - probs[x]! || x - y).map((i) => PTC_TECHNIQUES[i]!))
    }
  })
}

interface Figures {
  readonly si: Record<Selection, Prf>
  readonly tc: TcScore
  readonly overlapTc: Prf
}

function figuresOf(c: Collected): Figures {
  const si = { stage: scoreSpans(c.spans.stage, c.gold), model: scoreSpans(c.spans.model, c.gold), rules: scoreSpans(c.spans.rules, c.gold) }
  const tc = scoreTechniques(c.gold, (s) => c.tcRank.get(spanKey(s)) ?? [])
  return { si, tc, overlapTc: scoreOverlap(c.withTechnique, c.gold, true) }
}

function printFigures(title: string, f: Figures): void {
  console.log(title)
  console.log(`  ${formatPrf('SI, framing stage (headline)', f.si.stage)}`)
  console.log(`  ${formatPrf('SI, trained model only', f.si.model)}`)
  console.log(`  ${formatPrf('SI, rules only (after the veto)', f.si.rules)}`)
  console.log(`  TC on gold spans (task definition): micro-F1 ${(f.tc.microF1 * 100).toFixed(1)}  (${f.tc.correct} of ${f.tc.instances} gold instances)`)
  console.log(`  ${formatPrf('span+technique overlap (not TC)', f.overlapTc)}`)
}

function printPerLabel(tc: TcScore): void {
  console.log('  TC per gold technique (recall = correct / gold; precision = correct / predicted):')
  for (const label of PTC_TECHNIQUES) {
    const e = tc.perLabel[label] ?? { gold: 0, correct: 0, predicted: 0 }
    const r = e.gold === 0 ? 0 : e.correct / e.gold
    const p = e.predicted === 0 ? 0 : e.correct / e.predicted
    console.log(`    ${label.padEnd(36)} gold ${String(e.gold).padStart(5)}  P ${(p * 100).toFixed(1).padStart(5)}  R ${(r * 100).toFixed(1).padStart(5)}`)
  }
}

const prfJson = (s: Prf): Record<string, number> => ({ precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) })
const figuresJson = (f: Figures): Record<string, unknown> => ({
  si: prfJson(f.si.stage), siModelOnly: prfJson(f.si.model), siRulesOnly: prfJson(f.si.rules),
  tcMicroF1: round(f.tc.microF1), tcSpanOverlap: prfJson(f.overlapTc),
})

/** Runs the benchmark; see the module comment for the options. */
export async function run(args: string[]): Promise<void> {
  const dir = dataFolder(args, '../shared/data/ptc')
  const folds = Number(option(args, 'cv', '0'))
  const articles = readPtc(dir)
  const goldCount = articles.reduce((n, a) => n + a.gold.length, 0)
  console.log(`PTC framing benchmark: ${articles.length} articles, ${goldCount} gold span instances`)
  const committed = emptyCollected()
  collect(articles, undefined, committedFramingModel(), committed)
  const onTrain = figuresOf(committed)
  printFigures('committed model (trained on ALL these articles: optimistic, not a held-out figure):', onTrain)
  const perSecond = committed.articles / (committed.framingMs / 1000)
  console.log(`speed: framing stage ${perSecond.toFixed(0)} articles/s on one core (${(committed.framingMs / committed.articles).toFixed(2)} ms each, ${(committed.chars / 1000 / (committed.framingMs / 1000)).toFixed(0)} kchars/s); segment ${(committed.segmentMs / committed.articles).toFixed(2)} ms each`)
  let cv: Figures | undefined
  let perFold: { si: number; tc: number }[] = []
  if (folds >= 2) {
    const options = fitOptionsOf(args)
    const t0 = performance.now()
    const prepared = articles.map((a) => prepareArticle(a, options.taggerBuckets))
    const foldOf = foldsOf(articles.length, folds)
    const pooled = emptyCollected()
    for (let k = 0; k < folds; k++) {
      const train = prepared.filter((_, i) => foldOf[i] !== k)
      const test = prepared.filter((_, i) => foldOf[i] === k)
      const model = fitFramingModel(train, options)
      const one = emptyCollected()
      collect(test.map((p) => p.article), test, model, one)
      collect(test.map((p) => p.article), test, model, pooled)
      const f = figuresOf(one)
      perFold = [...perFold, { si: f.si.stage.f1, tc: f.tc.microF1 }]
      console.log(`  fold ${k + 1}/${folds}: trained on ${train.length}, scored on ${test.length}: SI F1 ${(f.si.stage.f1 * 100).toFixed(1)}, TC micro-F1 ${(f.tc.microF1 * 100).toFixed(1)} (threshold ${model.decode.threshold}, seed ${model.decode.seed}, gap ${model.decode.gap}, trim ${model.decode.trim}, rule support ${model.decode.ruleSupport})`)
    }
    cv = figuresOf(pooled)
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
    printFigures(`${folds}-fold cross-validation, pooled over held-out folds (HONEST figure: no article scored by a model trained on it):`, cv)
    console.log(`  mean over folds: SI F1 ${(mean(perFold.map((f) => f.si)) * 100).toFixed(1)}, TC micro-F1 ${(mean(perFold.map((f) => f.tc)) * 100).toFixed(1)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`)
    printPerLabel(cv.tc)
  } else {
    printPerLabel(onTrain.tc)
    console.log('(the committed model has seen these articles: run with --cv 5 for held-out figures)')
  }
  console.log(JSON.stringify({
    benchmark: 'framing', corpus: 'ptc', articles: articles.length, gold: goldCount,
    committedOnTrain: { ...figuresJson(onTrain), note: 'model trained on these articles: optimistic' },
    ...(cv ? { cv: { folds, ...figuresJson(cv), perFold: perFold.map((f) => ({ si: round(f.si), tc: round(f.tc) })), note: 'held-out: the figure to quote' } } : {}),
    articlesPerSecond: round(perSecond, 1), framingMsPerArticle: round(committed.framingMs / committed.articles, 3),
  }))
  await Promise.resolve()
}
