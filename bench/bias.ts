/**
 * @module bench/bias — loaded-language findings against BASIL lexical bias spans.
 *
 * `npm run bench -- bias --data ../shared/data/basil` reads `articles/<year>/<id>.json`
 * (`body-paragraphs`: paragraphs as lists of sentences) and `annotations/<year>/<id>_ann.json`
 * (`phrase-level-annotations` with `bias` "lex" or "inf", and `start`/`end` offsets into one
 * sentence, found again by their `txt`). The article text is the paragraphs joined by blank
 * lines, sentences by one space. The framing stage runs with the whole text as the outlet's
 * voice. Matching is at phrase level by overlap: a flagged span is correct when it overlaps a
 * gold lexical-bias span, and a gold span is found when a flagged span overlaps it. Also
 * printed: sentence-level F1 (a sentence holds a flagged span / a gold span), the SemEval-style
 * partial-credit figures, the same for every framing rule (not only loaded language), and
 * one JSON line.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeFraming } from '../src/analyze/framing/framing.js'
import { outletOnly } from '../src/analyze/framing/testing.js'
import { segmentText } from '../src/analyze/segment/segment.js'
import { dataFolder, formatPrf, round, scoreOverlap, scoreSpans, type LabelledSpan, type Prf } from './lib-framing-score.js'

interface BasilArticle { readonly 'body-paragraphs'?: readonly (readonly string[])[] }
interface BasilPhrase { readonly bias?: string; readonly start?: number; readonly end?: number; readonly txt?: string }
interface BasilAnnotation { readonly 'phrase-level-annotations'?: readonly BasilPhrase[] }

/** Rules whose findings count as "loaded wording" for the primary figure. */
const LOADED = new Set(['framing/loaded-term'])
/** Every rule except hedges, for the secondary figure. */
const NOT_BIAS = new Set(['framing/hedge'])

/** Builds the article text and the start offset of every sentence. Pure. */
function articleText(article: BasilArticle): { text: string; sentences: { start: number; text: string }[] } {
  const sentences: { start: number; text: string }[] = []
  let text = ''
  for (const paragraph of article['body-paragraphs'] ?? []) {
    if (text.length > 0) text += '\n\n'
    paragraph.forEach((sentence, i) => {
      if (i > 0) text += ' '
      sentences.push({ start: text.length, text: sentence })
      text += sentence
    })
  }
  return { text, sentences }
}

/** Places a BASIL phrase in the article text: the first sentence where its offsets give its `txt`. */
function placePhrase(p: BasilPhrase, sentences: readonly { start: number; text: string }[], text: string): { start: number; end: number } | undefined {
  const { start, end, txt } = p
  if (typeof start === 'number' && typeof end === 'number' && typeof txt === 'string') {
    for (const s of sentences) if (s.text.slice(start, end) === txt) return { start: s.start + start, end: s.start + end }
  }
  const at = typeof txt === 'string' && txt.length > 0 ? text.indexOf(txt) : -1
  return at >= 0 ? { start: at, end: at + (txt ?? '').length } : undefined
}

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

/** Runs the benchmark; see the module comment. */
export async function run(args: string[]): Promise<void> {
  const dir = dataFolder(args, '../shared/data/basil')
  const gold: LabelledSpan[] = []
  const loaded: LabelledSpan[] = []
  const anyRule: LabelledSpan[] = []
  const sentencesOf = new Map<string, { start: number; end: number }[]>()
  let articles = 0
  let unplaced = 0
  let framingMs = 0
  for (const year of readdirSync(join(dir, 'annotations')).sort()) {
    const annDir = join(dir, 'annotations', year)
    for (const annFile of readdirSync(annDir).filter((f) => f.endsWith('_ann.json')).sort()) {
      const id = annFile.slice(0, -'_ann.json'.length)
      const articlePath = join(dir, 'articles', year, `${id}.json`)
      if (!existsSync(articlePath)) continue
      const { text, sentences } = articleText(JSON.parse(readFileSync(articlePath, 'utf8')) as BasilArticle)
      const annotation = JSON.parse(readFileSync(join(annDir, annFile), 'utf8')) as BasilAnnotation
      articles++
      sentencesOf.set(id, sentences.map((s) => ({ start: s.start, end: s.start + s.text.length })))
      for (const p of annotation['phrase-level-annotations'] ?? []) {
        if (p.bias !== 'lex') continue
        const placed = placePhrase(p, sentences, text)
        if (placed) gold.push({ article: id, label: 'lex', ...placed })
        else unplaced++
      }
      const seg = segmentText(text)
      const t0 = performance.now()
      const layer = analyzeFraming(text, seg, outletOnly(text))
      framingMs += performance.now() - t0
      for (const f of layer.findings) {
        const span = { article: id, label: 'lex', start: f.span.start, end: f.span.end }
        if (LOADED.has(f.ruleId)) loaded.push(span)
        if (!NOT_BIAS.has(f.ruleId)) anyRule.push(span)
      }
    }
  }
  const goldSentences = sentenceKeys(gold, sentencesOf)
  const figures = (pred: LabelledSpan[]): { phrase: Prf; partial: Prf; sentence: Prf } => ({
    phrase: scoreOverlap(pred, gold, false),
    partial: scoreSpans(pred, gold),
    sentence: sentenceScore(sentenceKeys(pred, sentencesOf), goldSentences),
  })
  const primary = figures(loaded)
  const secondary = figures(anyRule)
  console.log(`BASIL lexical bias benchmark: ${articles} articles, ${gold.length} lexical-bias spans (${unplaced} could not be placed)`)
  console.log('loaded language (framing/loaded-term):')
  console.log(`  ${formatPrf('phrase level, overlap', primary.phrase)}`)
  console.log(`  ${formatPrf('phrase level, partial credit', primary.partial)}`)
  console.log(`  ${formatPrf('sentence level', primary.sentence)}`)
  console.log('every framing rule except hedges:')
  console.log(`  ${formatPrf('phrase level, overlap', secondary.phrase)}`)
  console.log(`  ${formatPrf('sentence level', secondary.sentence)}`)
  console.log(`speed: framing stage ${(articles / (framingMs / 1000)).toFixed(0)} articles/s`)
  const json = (f: Prf): Record<string, number> => ({ precision: round(f.precision), recall: round(f.recall), f1: round(f.f1), predicted: f.predicted, gold: f.gold })
  console.log(JSON.stringify({
    benchmark: 'bias', corpus: 'basil', articles, goldSpans: gold.length, unplaced, matching: 'phrase-level overlap',
    loadedLanguage: { phrase: json(primary.phrase), partial: json(primary.partial), sentence: json(primary.sentence) },
    allRules: { phrase: json(secondary.phrase), sentence: json(secondary.sentence) },
    articlesPerSecond: round(articles / (framingMs / 1000), 1),
  }))
}
