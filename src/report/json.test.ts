/** @module report/json.test — the JSON output parses, fits the published schema and keeps everything. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { repoRoot } from '../ingest/fixtures/helpers.js'
import { AnalysisResultSchema, SCHEMA_VERSION, type AnalysisResult } from '../model/schema.js'
import { analyzeTexts } from '../rashomon.js'
import { renderJson } from './json.js'

const read = (name: string): { name: string; text: string } => ({ name, text: readFileSync(join(repoRoot(), 'src', 'report', 'fixtures', name), 'utf8') })
const result = analyzeTexts([read('markup-a.txt'), read('markup-b.txt')])

test('the output parses and validates against AnalysisResultSchema', () => {
  const json = renderJson(result)
  assert.ok(json.endsWith('}\n'))
  const parsed: unknown = JSON.parse(json)
  const valid = AnalysisResultSchema.safeParse(parsed)
  assert.ok(valid.success, valid.success ? '' : valid.error.message)
  assert.equal((parsed as AnalysisResult).schemaVersion, SCHEMA_VERSION)
  assert.match(SCHEMA_VERSION, /^\d+\.\d+\.\d+$/u)
  assert.equal((parsed as AnalysisResult).tool.name, 'rashomon')
})

test('nothing is lost: the parsed output equals the result', () => {
  assert.deepEqual(JSON.parse(renderJson(result)), JSON.parse(JSON.stringify(result)))
})

test('article text is kept verbatim, markup included', () => {
  const parsed = JSON.parse(renderJson(result)) as AnalysisResult
  assert.match(parsed.articles[0]!.article.text, /<script>alert\(1\)<\/script> gate \| \*side\*/u)
})

test('every span in the output fits its article text', () => {
  const parsed = JSON.parse(renderJson(result)) as AnalysisResult
  const texts = new Map(parsed.articles.map((a) => [a.article.id, a.article.text]))
  for (const a of parsed.articles) {
    const n = a.article.text.length
    const spans = [...a.sentences, ...a.mentions.map((m) => m.span), ...a.attributions.flatMap((x) => [x.cue, x.content, ...(x.source ? [x.source] : [])]), ...a.outletVoice, ...a.facets.flatMap((f) => [f.span, f.sentence])]
    for (const s of spans) assert.ok(s.start <= s.end && s.end <= n, `${a.article.id} ${s.start}-${s.end}`)
  }
  for (const v of parsed.stories[0]!.comparison.verdicts) for (const side of v.sides) for (const e of side.evidence) {
    assert.ok(e.end <= (texts.get(e.articleId)?.length ?? -1), `${v.topic} ${e.articleId} ${e.start}-${e.end}`)
  }
})

test('a result that breaks the schema is refused', () => {
  const broken = { ...result, schemaVersion: '0.0.0' } as unknown as AnalysisResult
  assert.throws(() => renderJson(broken))
})

test('an empty result renders', () => {
  const empty = analyzeTexts([])
  const parsed = JSON.parse(renderJson(empty)) as AnalysisResult
  assert.deepEqual([parsed.articles, parsed.stories[0]!.comparison], [[], { actors: [], verdicts: [], claims: [], voices: [], timeline: [], headlineStances: [] }])
})
