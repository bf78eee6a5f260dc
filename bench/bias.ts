/**
 * @module bench/bias — loaded-language findings against BASIL lexical bias spans.
 *
 * `npm run bench -- bias --data ../shared/data/basil` reads (see `lib-basil.ts`) `articles/<year>/<id>.json`
 * (`body-paragraphs`: paragraphs as lists of sentences) and `annotations/<year>/<id>_ann.json`
 * (`phrase-level-annotations` with `bias` "lex" or "inf", and `start`/`end` offsets into one
 * sentence, found again by their `txt`). The article text is the paragraphs joined by blank
 * lines, sentences by one space. The framing stage runs with the whole text as the outlet's
 * voice. Matching is at phrase level by overlap: a flagged span is correct when it overlaps a
 * gold lexical-bias span, and a gold span is found when a flagged span overlaps it. Also
 * printed: sentence-level F1 (a sentence holds a flagged span / a gold span), the SemEval-style
 * partial-credit figures, the same for other detector sets, the main error classes with counts
 * (false positives by rule, voice and informational-bias context; misses by voice, length,
 * polarity and whether another rule flagged them), and one JSON line. The committed model is
 * used as is: nothing is trained on BASIL.
 */
import { analyzeFraming } from '../src/analyze/framing/framing.js'
import { committedFramingModel } from '../src/analyze/framing/model.js'
import type { Finding } from '../src/model/schema.js'
import { outletOnly } from '../src/analyze/framing/testing.js'
import { segmentText } from '../src/analyze/segment/segment.js'
import { placePhrase, readBasil } from './lib-basil.js'
import { dataFolder, formatPrf, round, scoreOverlap, scoreSpans, type LabelledSpan, type Prf } from './lib-framing-score.js'

/**
 * Detectors compared, fixed before looking at BASIL: loaded wording is the `loaded-language`
 * technique (the `framing/loaded-term` lexicon and the trained model's loaded-language spans);
 * the lexicon alone and the model alone are shown too, and every rule but hedges.
 */
const DETECTORS = {
  'loaded language (lexicon + trained model)': (f: Finding): boolean => f.technique === 'loaded-language',
  'loaded language, lexicon only': (f: Finding): boolean => f.ruleId === 'framing/loaded-term',
  'loaded language, trained model only': (f: Finding): boolean => f.ruleId === 'framing/learned-loaded-language',
  'loaded language or name calling': (f: Finding): boolean => f.technique === 'loaded-language' || f.technique === 'name-calling',
  'every framing finding except hedges': (f: Finding): boolean => f.ruleId !== 'framing/hedge',
} as const
type Detector = keyof typeof DETECTORS
const PRIMARY: Detector = 'loaded language (lexicon + trained model)'

/** Sentence-level scores: units are `article#sentence`, flagged when any span overlaps the sentence. Pure. */
function sentenceScore(flagged: ReadonlySet<string>, gold: ReadonlySet<string>): Prf {
  const tp = [...flagged].filter((k) => gold.has(k)).length
  const precision = flagged.size === 0 ? 0 : tp / flagged.size
  const recall = gold.size === 0 ? 0 : tp / gold.size
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), predicted: flagged.size, gold: gold.size }
}

function sentenceKeys(spans: readonly LabelledSpan[], sentencesOf: ReadonlyMap<string, readonly { start: number; end: number }[]>): Set<string> {
  const keys = new Set<string>()
  for (const s of spans) {
    ;(sentencesOf.get(s.article) ?? []).forEach((sentence, i) => {
      if (s.start < sentence.end && sentence.start < s.end) keys.add(`${s.article}#${i}`)
    })
  }
  return keys
}

/** A flagged span with what the error analysis needs. */
interface Flagged extends LabelledSpan { readonly ruleId: string; readonly quoted: boolean }
/** A gold span with what the error analysis needs. */
interface GoldSpan extends LabelledSpan { readonly quoted: boolean; readonly polarity: string; readonly words: number }

const overlapsAny = (s: LabelledSpan, pool: readonly LabelledSpan[]): boolean => pool.some((t) => t.article === s.article && s.start < t.end && t.start < s.end)

/** Counts of the main error classes of one detector. Pure. */
function errorClasses(flagged: readonly Flagged[], gold: readonly GoldSpan[], all: readonly Flagged[], informational: readonly LabelledSpan[]): Record<string, Record<string, number>> {
  const byArticle = <T extends LabelledSpan>(xs: readonly T[]): Map<string, T[]> => {
    const m = new Map<string, T[]>()
    for (const x of xs) m.set(x.article, [...(m.get(x.article) ?? []), x])
    return m
  }
  const goldBy = byArticle(gold)
  const flaggedBy = byArticle(flagged)
  const allBy = byArticle(all)
  const infBy = byArticle(informational)
  const fp: Record<string, number> = {}
  const fn: Record<string, number> = {}
  const add = (table: Record<string, number>, key: string): void => { table[key] = (table[key] ?? 0) + 1 }
  for (const f of flagged) {
    if (overlapsAny(f, goldBy.get(f.article) ?? [])) continue
    add(fp, `total`)
    add(fp, `by ${f.ruleId}`)
    add(fp, f.quoted ? 'inside a quotation (BASIL marks few quoted words)' : 'in the outlet\'s voice')
    if (overlapsAny(f, infBy.get(f.article) ?? [])) add(fp, 'inside an informational-bias span (biased passage, not loaded word)')
  }
  for (const g of gold) {
    if (overlapsAny(g, flaggedBy.get(g.article) ?? [])) continue
    add(fn, 'total')
    add(fn, g.quoted ? 'gold in a quotation' : 'gold in the outlet\'s voice')
    add(fn, g.words === 1 ? 'one-word gold span' : 'multi-word gold span')
    add(fn, `polarity ${g.polarity || 'none'}`)
    const other = (allBy.get(g.article) ?? []).find((a) => g.start < a.end && a.start < g.end)
    add(fn, other ? `flagged by another rule (${other.ruleId})` : 'not flagged by any framing rule')
  }
  return { falsePositives: fp, falseNegatives: fn }
}

/** Runs the benchmark; see the module comment. */
export async function run(args: string[]): Promise<void> {
  const dir = dataFolder(args, '../shared/data/basil')
  const gold: GoldSpan[] = []
  const informational: LabelledSpan[] = []
  const all: Flagged[] = []
  const byDetector = Object.fromEntries(Object.keys(DETECTORS).map((k) => [k, [] as Flagged[]])) as Record<Detector, Flagged[]>
  const sentencesOf = new Map<string, { start: number; end: number }[]>()
  let articles = 0
  let unplaced = 0
  let framingMs = 0
  committedFramingModel() // loaded before timing
  for (const { id, text, sentences, annotation } of readBasil(dir)) {
    articles++
    sentencesOf.set(id, sentences.map((s) => ({ start: s.start, end: s.start + s.text.length })))
    for (const p of annotation['phrase-level-annotations'] ?? []) {
      const placed = placePhrase(p, sentences, text)
      if (p.bias === 'inf' && placed) informational.push({ article: id, label: 'inf', ...placed })
      if (p.bias !== 'lex') continue
      if (placed) gold.push({ article: id, label: 'lex', ...placed, quoted: p.quote === 'yes', polarity: p.polarity ?? '', words: (text.slice(placed.start, placed.end).match(/\S+/g) ?? []).length })
      else unplaced++
    }
    const seg = segmentText(text)
    const t0 = performance.now()
    const layer = analyzeFraming(text, seg, outletOnly(text))
    framingMs += performance.now() - t0
    const inQuote = (start: number): boolean => seg.quotes.some((q) => q.start <= start && start < q.end)
    for (const f of layer.findings) {
      const span: Flagged = { article: id, label: 'lex', start: f.span.start, end: f.span.end, ruleId: f.ruleId, quoted: inQuote(f.span.start) }
      all.push(span)
      for (const name of Object.keys(DETECTORS) as Detector[]) if (DETECTORS[name](f)) byDetector[name].push(span)
    }
  }
  const goldSentences = sentenceKeys(gold, sentencesOf)
  const figures = (pred: LabelledSpan[]): { phrase: Prf; partial: Prf; sentence: Prf } => ({
    phrase: scoreOverlap(pred, gold, false),
    partial: scoreSpans(pred, gold),
    sentence: sentenceScore(sentenceKeys(pred, sentencesOf), goldSentences),
  })
  console.log(`BASIL lexical bias benchmark: ${articles} articles, ${gold.length} lexical-bias spans (${unplaced} could not be placed); nothing here is trained on BASIL`)
  const results = Object.fromEntries((Object.keys(DETECTORS) as Detector[]).map((name) => [name, figures(byDetector[name])])) as Record<Detector, ReturnType<typeof figures>>
  for (const name of Object.keys(DETECTORS) as Detector[]) {
    const r = results[name]
    console.log(`${name}${name === PRIMARY ? ' (primary)' : ''}:`)
    console.log(`  ${formatPrf('phrase level, overlap', r.phrase)}`)
    console.log(`  ${formatPrf('phrase level, partial credit', r.partial)}`)
    console.log(`  ${formatPrf('sentence level', r.sentence)}`)
  }
  const errors = errorClasses(byDetector[PRIMARY], gold, all, informational)
  console.log(`main error classes of the primary detector (${PRIMARY}):`)
  for (const [kind, table] of Object.entries(errors)) {
    console.log(`  ${kind}:`)
    for (const [k, n] of Object.entries(table).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`    ${String(n).padStart(5)}  ${k}`)
  }
  const perSecond = articles / (framingMs / 1000)
  console.log(`speed: framing stage ${perSecond.toFixed(0)} articles/s on one core`)
  const json = (f: Prf): Record<string, number> => ({ precision: round(f.precision), recall: round(f.recall), f1: round(f.f1), predicted: f.predicted, gold: f.gold })
  console.log(JSON.stringify({
    benchmark: 'bias', corpus: 'basil', articles, goldSpans: gold.length, unplaced, matching: 'phrase-level overlap', primary: PRIMARY,
    detectors: Object.fromEntries((Object.keys(DETECTORS) as Detector[]).map((name) => [name, { phrase: json(results[name].phrase), partial: json(results[name].partial), sentence: json(results[name].sentence) }])),
    errors, articlesPerSecond: round(perSecond, 1),
  }))
  await Promise.resolve()
}
