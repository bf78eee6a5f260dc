/** @module report/view.test — snippets: the sentence around a span, shortened, with the span marked. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SCHEMA_VERSION, type AnalysisResult, type AnalyzedArticle, type Finding } from '../model/schema.js'
import type { Span } from '../model/span.js'
import { buildView, readableIds, snippet } from './view.js'

/** A snippet reads only the text and the sentence spans, so the sentences are given by hand. */
const analyzeText = (text: string, sentences: readonly Span[] = [{ start: 0, end: text.length }]): AnalyzedArticle => ({
  article: { id: 'A', text, language: { code: 'eng', supported: true }, provenance: [] },
  sentences: [...sentences], actors: [], mentions: [], attributions: [], outletVoice: [], facets: [], claims: [], findings: [], headlineFindings: [], portrayals: [], events: [], failures: [],
})

test('the sentence holding the span, with the span between the marks', () => {
  const a = analyzeText('First sentence here. The gunman fled the scene. Last one.', [{ start: 0, end: 20 }, { start: 21, end: 47 }, { start: 48, end: 57 }])
  const start = a.article.text.indexOf('fled')
  assert.equal(snippet(a, { start, end: start + 4 }, ['[', ']']), 'The gunman [fled] the scene.')
})

test('a long sentence is cut around the span with ellipses', () => {
  const words = Array.from({ length: 80 }, (_, i) => `word${i}`)
  const a = analyzeText(`${words.join(' ')}.`)
  const start = a.article.text.indexOf('word40')
  const s = snippet(a, { start, end: start + 6 }, ['«', '»'])
  assert.match(s, /^….*«word40».*…$/u)
  assert.ok(s.length < 200)
})

test('line breaks inside the snippet become single spaces', () => {
  const a = analyzeText('The gunman\nfled the\n\tscene.')
  assert.equal(snippet(a, { start: 0, end: 3 }, ['«', '»']), '«The» gunman fled the scene.')
})

test('a snippet cut inside a long sentence splits no emoji', () => {
  const text = `${'😀'.repeat(60)} The gunman fled ${'🚓'.repeat(60)}`
  const start = text.indexOf('fled')
  const s = snippet(analyzeText(text), { start, end: start + 4 }, ['«', '»'])
  assert.ok(!/\p{Cs}/u.test(s), s) // no lone half of a surrogate pair
  assert.match(s, /^….*«fled».*…$/u)
})

test('canonical ids in topics and explanations become names, ids with spaces and hyphens whole, a colon after them kept', () => {
  const readable = readableIds(new Map([['org:reuters news-agency', 'Reuters News-Agency'], ['org:reuters', 'Reuters'], ['person:okafor', 'Ada Okafor']]))
  assert.equal(readable('response: investigate by org:reuters news-agency'), 'response: investigate by Reuters News-Agency')
  assert.equal(readable('response: condemn by person:okafor: only article B reports this'), 'response: condemn by Ada Okafor: only article B reports this')
  assert.equal(readable('response: demand by org:reuters: 2 independent articles'), 'response: demand by Reuters: 2 independent articles')
  assert.equal(readable('response: evacuate by country:NOR.'), 'response: evacuate by NOR.')
})

test('the headline\'s findings come first, quoted from the title, then the text\'s', () => {
  const finding = (start: number, end: number, confidence: number): Finding => ({ ruleId: 'framing/loaded-term', technique: 'loaded-language', span: { start, end }, explanation: 'Loaded.', confidence })
  const a = analyzeText('The greedy landlord was jailed.')
  const article: AnalyzedArticle = { ...a, article: { ...a.article, title: 'Shameless landlord jailed' }, findings: [finding(4, 10, 0.9)], headlineFindings: [finding(0, 9, 0.3)] }
  const result: AnalysisResult = { schemaVersion: SCHEMA_VERSION, tool: { name: 'rashomon', version: '0' }, split: 'files', boundaries: [], skipped: [], warnings: [], articles: [article], grouping: 'one-story', stories: [] }
  const view = buildView(result, { marks: ['[', ']'] })
  assert.deepEqual(view.articles[0]?.findings.map((f) => [f.snippet, f.inHeadline]), [['[Shameless] landlord jailed', true], ['The [greedy] landlord was jailed.', false]])
})

test('one article\'s age of a person is no omission by the others: no single-source line; ages that differ are shown', async () => {
  const { analyzeTexts } = await import('../rashomon.js')
  const result = analyzeTexts([
    { name: 'a.txt', text: 'Ellie Marsden, 26, was banned for four years. Her coach Dave Harrow, 61, said she was innocent.' },
    { name: 'b.txt', text: 'Ellie Marsden, 25, was banned for four years on Tuesday.' },
  ], { split: 'files' })
  const view = buildView(result, { marks: ['[', ']'] })
  const topics = Object.values(view.stories[0]!.verdicts).flat().map((v) => `${v.status} ${v.topic}`)
  assert.ok(topics.includes('contested age of Ellie Marsden'), topics.join('\n'))
  assert.ok(!topics.some((t) => t.startsWith('single-source age of')), topics.join('\n'))
})
