/**
 * @module bench/framing — persuasion techniques against the Propaganda Techniques Corpus (SemEval-2020 Task 11).
 *
 * `npm run bench -- framing --data ../shared/data/ptc [--min-confidence 0.3] [--exclude rule,rule]` reads
 * `train-articles/article<ID>.txt` and `train-task-flc-tc.labels` (article, technique, start, end),
 * runs segment + framing on every article (the whole text as the outlet's voice: the corpus has
 * no attributions), maps rashomon techniques to PTC labels and prints span identification
 * (partial-overlap credit, as the official SI scorer), technique classification micro-F1 (a
 * predicted span and technique matches an overlapping gold span of the same technique),
 * per-technique and per-rule figures, speed, and one JSON line. Nothing is trained here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeFraming } from '../src/analyze/framing/framing.js'
import { outletOnly } from '../src/analyze/framing/testing.js'
import { segmentText } from '../src/analyze/segment/segment.js'
import { dataFolder, formatPrf, option, round, scoreOverlap, scoreSpans, type LabelledSpan } from './lib-framing-score.js'

/** rashomon technique → PTC label; techniques without a PTC label (hedge) are not scored. */
export const PTC_LABEL: Readonly<Record<string, string>> = {
  'loaded-language': 'Loaded_Language',
  'name-calling': 'Name_Calling,Labeling',
  'doubt': 'Doubt',
  'scare-quotes': 'Doubt',
  'exaggeration': 'Exaggeration,Minimisation',
  'appeal-to-authority': 'Appeal_to_Authority',
  'whataboutism': 'Whataboutism,Straw_Men,Red_Herring',
  'flag-waving': 'Flag-Waving',
  'causal-oversimplification': 'Causal_Oversimplification',
  'repetition': 'Repetition',
  'appeal-to-fear': 'Appeal_to_fear-prejudice',
  'black-and-white': 'Black-and-White_Fallacy',
  'thought-terminating-cliche': 'Thought-terminating_Cliches',
  'slogans': 'Slogans',
  'bandwagon': 'Bandwagon,Reductio_ad_hitlerum',
}

/**
 * Rules without a PTC technique: PTC has no label for certainty boosters, and its annotators
 * label quoted words by their own technique, never the quotation marks around them. They count
 * for span identification (any persuasion span) but not for technique classification. Hedges
 * soften rather than persuade and count for neither.
 */
export const NOT_IN_PTC: ReadonlySet<string> = new Set(['framing/hedge', 'framing/booster', 'framing/scare-quotes'])
const NOT_PERSUASION: ReadonlySet<string> = new Set(['framing/hedge'])

/** Reads `article_id TAB label TAB start TAB end` lines. */
function readLabels(path: string): LabelledSpan[] {
  if (!existsSync(path)) return []
  const out: LabelledSpan[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [article, label, start, end] = line.trim().split('\t')
    if (article && label && start && end) out.push({ article, label, start: Number(start), end: Number(end) })
  }
  return out
}

/** Runs the benchmark; see the module comment for the options. */
export async function run(args: string[]): Promise<void> {
  const dir = dataFolder(args, '../shared/data/ptc')
  const minConfidence = Number(option(args, 'min-confidence', '0'))
  const excluded = new Set(option(args, 'exclude', '').split(',').filter(Boolean))
  const gold = readLabels(join(dir, 'train-task-flc-tc.labels'))
  const articlesDir = join(dir, 'train-articles')
  const files = readdirSync(articlesDir).filter((f) => /^article.+\.txt$/.test(f)).sort()
  const predicted: LabelledSpan[] = []
  const spansOnly: LabelledSpan[] = []
  const byRule = new Map<string, LabelledSpan[]>()
  let segmentMs = 0
  let framingMs = 0
  let chars = 0
  for (const file of files) {
    const article = file.slice('article'.length, -'.txt'.length)
    const text = readFileSync(join(articlesDir, file), 'utf8')
    chars += text.length
    const t0 = performance.now()
    const seg = segmentText(text)
    const t1 = performance.now()
    const layer = analyzeFraming(text, seg, outletOnly(text))
    framingMs += performance.now() - t1
    segmentMs += t1 - t0
    for (const f of layer.findings) {
      if (f.confidence < minConfidence || NOT_PERSUASION.has(f.ruleId) || excluded.has(f.ruleId)) continue
      spansOnly.push({ article, label: '', start: f.span.start, end: f.span.end })
      const label = PTC_LABEL[f.technique]
      if (label === undefined || NOT_IN_PTC.has(f.ruleId)) continue
      const span = { article, label, start: f.span.start, end: f.span.end }
      predicted.push(span)
      byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), span])
    }
  }
  const si = scoreSpans(spansOnly, gold)
  const tc = scoreOverlap(predicted, gold, true)
  const labels = [...new Set(gold.map((g) => g.label))].sort()
  const perTechnique = Object.fromEntries(labels.map((l) => [l, scoreOverlap(predicted.filter((p) => p.label === l), gold.filter((g) => g.label === l), true)]))
  console.log(`PTC framing benchmark: ${files.length} articles, ${gold.length} gold spans, ${spansOnly.length} predicted spans, ${predicted.length} with a PTC technique (min confidence ${minConfidence})`)
  console.log(formatPrf('span identification (SI, partial)', si))
  console.log(formatPrf('technique classification (micro)', tc))
  console.log('per technique (overlap, same technique):')
  for (const l of labels) console.log(`  ${formatPrf(l, perTechnique[l]!)}`)
  console.log('per rule (precision: share of predictions overlapping gold of the mapped technique / of any technique):')
  for (const [rule, spans] of [...byRule].sort()) {
    const same = scoreOverlap(spans, gold, true)
    const any = scoreOverlap(spans, gold, false)
    console.log(`  ${rule.padEnd(38)} n ${String(same.predicted).padStart(5)}  same ${(same.precision * 100).toFixed(1).padStart(5)}  any ${(any.precision * 100).toFixed(1).padStart(5)}`)
  }
  const perSecond = files.length / (framingMs / 1000)
  console.log(`speed: framing stage ${perSecond.toFixed(0)} articles/s (${(framingMs / files.length).toFixed(2)} ms each, ${(chars / 1000 / (framingMs / 1000)).toFixed(0)} kchars/s); segment ${(segmentMs / files.length).toFixed(2)} ms each`)
  console.log(JSON.stringify({
    benchmark: 'framing', corpus: 'ptc', articles: files.length, gold: gold.length, predicted: spansOnly.length, predictedWithTechnique: predicted.length, minConfidence, excluded: [...excluded],
    si: { precision: round(si.precision), recall: round(si.recall), f1: round(si.f1) },
    tc: { precision: round(tc.precision), recall: round(tc.recall), f1: round(tc.f1) },
    perTechniqueF1: Object.fromEntries(labels.map((l) => [l, round(perTechnique[l]!.f1)])),
    articlesPerSecond: round(perSecond, 1), framingMsPerArticle: round(framingMs / files.length, 3), segmentMsPerArticle: round(segmentMs / files.length, 3),
  }))
}
