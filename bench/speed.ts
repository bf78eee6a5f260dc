/**
 * @module bench/speed — `npm run bench` (or `npm run bench -- speed`): tokens and articles per
 * second for each analysis stage and for the comparison, on the committed example articles
 * repeated to a fixed size. Timing claims live here, not in unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Layers } from '../src/analyze/layers.js'
import { analyzeArticle, STAGES } from '../src/analyze/pipeline.js'
import { compare } from '../src/compare/compare.js'
import { ingestTexts } from '../src/ingest/ingest.js'
import type { Article } from '../src/model/schema.js'

/** Runs the speed benchmark and prints one JSON line at the end. */
export async function run(args: string[]): Promise<void> {
  const at = args.indexOf('--data')
  const folder = at >= 0 && args[at + 1] ? args[at + 1]! : 'examples/seeds'
  const texts = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(folder, f), 'utf8') }))
  const articles: Article[] = ingestTexts(texts).articles
  if (articles.length === 0) throw new Error(`no articles in ${folder}`)
  const rounds = 50
  const tokens = articles.reduce((n, a) => n + (a.text.match(/\S+/gu) ?? []).length, 0) * rounds
  analyzeArticle(articles[0]!) // warm-up: loads the wink-nlp model
  const analysed = []
  const t0 = performance.now()
  for (let r = 0; r < rounds; r++) {
    for (const article of articles) analysed.push(analyzeArticle({ ...article, id: `${article.id}${r}` }))
  }
  const total = (performance.now() - t0) / 1000
  // Each stage's own cost: its `run` timed on the layers the stages before it produced.
  const stageSeconds: Record<string, number> = Object.fromEntries(STAGES.map((stage) => [stage.name, 0]))
  const stageRounds = 10
  for (let r = 0; r < stageRounds; r++) {
    for (const article of articles) {
      let layers: Layers = {}
      for (const stage of STAGES) {
        const s0 = performance.now()
        const layer = stage.run(article, layers)
        stageSeconds[stage.name]! += (performance.now() - s0) / 1000 / (stageRounds * articles.length)
        layers = { ...layers, [stage.assigns]: layer }
      }
    }
  }
  const batch = analysed.slice(0, 50)
  const c0 = performance.now()
  compare(batch)
  const compareSeconds = (performance.now() - c0) / 1000
  const result = {
    bench: 'speed', folder, articles: articles.length * rounds, tokens,
    tokensPerSecond: Math.round(tokens / total), articlesPerSecond: Math.round((articles.length * rounds) / total),
    stageArticlesPerSecond: Object.fromEntries(Object.entries(stageSeconds).map(([k, v]) => [k, v > 0 ? Math.round(1 / v) : null])),
    compare50ArticlesSeconds: Number(compareSeconds.toFixed(3)),
  }
  console.log(`analysed ${result.articles} articles (${tokens} tokens) in ${total.toFixed(2)} s: ${result.tokensPerSecond} tokens/s, ${result.articlesPerSecond} articles/s`)
  for (const [name, aps] of Object.entries(result.stageArticlesPerSecond)) console.log(`  stage ${name}: ${aps ?? 'too fast to time'} articles/s`)
  console.log(`compare over ${batch.length} articles: ${result.compare50ArticlesSeconds} s`)
  console.log(JSON.stringify(result))
}
