/** @module compare/compare.test — the comparison as a whole, and who each article quotes. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { repoRoot } from '../ingest/fixtures/helpers.js'
import { ComparisonSchema } from '../model/schema.js'
import { analyzeTexts } from '../rashomon.js'
import { compare } from './compare.js'

const read = (name: string): { name: string; text: string } => ({ name, text: readFileSync(join(repoRoot(), 'src', 'compare', 'fixtures', name), 'utf8') })

test('no articles: nothing to compare', () => {
  assert.deepEqual(compare([]), { actors: [], verdicts: [], claims: [], voices: [], timeline: [], headlineStances: [] })
})

test('one article: every verdict is single-source and missing from nobody', () => {
  const result = analyzeTexts([read('embassy-a.txt')])
  assert.ok(result.stories[0]!.comparison.verdicts.length > 0)
  for (const v of result.stories[0]!.comparison.verdicts) {
    assert.equal(v.status, 'single-source')
    assert.deepEqual(v.missingFrom, [])
  }
})

test('the comparison fits its schema and does not change the articles', () => {
  const result = analyzeTexts([read('embassy-a.txt'), read('embassy-b.txt')])
  const before = JSON.stringify(result.articles)
  const comparison = compare(result.articles)
  ComparisonSchema.parse(comparison)
  assert.deepEqual(comparison, result.stories[0]!.comparison)
  assert.equal(JSON.stringify(result.articles), before)
})

test('voices: each article\'s speakers, its own share, and whom it never quotes', () => {
  const { comparison } = analyzeTexts([read('embassy-a.txt'), read('embassy-b.txt')]).stories[0]!
  const [a, b] = comparison.voices
  assert.equal(a?.articleId, 'A')
  assert.ok(a?.speakers.some((s) => s.actor === 'person:holm'))
  assert.deepEqual(a?.neverQuoted, ['inst:NOR:police'])
  assert.deepEqual(b?.speakers.map((s) => s.actor), ['inst:NOR:police'])
  assert.ok(b?.neverQuoted.includes('person:holm'))
  for (const v of comparison.voices) {
    const total = v.outletShare + v.speakers.reduce((sum, s) => sum + s.share, 0)
    assert.ok(v.outletShare > 0 && total <= 1.001, `shares of ${v.articleId} add up to ${total}`)
  }
})

test('voices: words read twice, or a quotation inside a statement, count once, for the innermost speaker', () => {
  const article = analyzeTexts([read('embassy-b.txt')]).articles[0]!
  const once = compare([article]).voices[0]!
  const first = article.attributions[0]!
  const inner = { ...first, speaker: 'someone-else', content: { start: first.content.start, end: first.content.start + 5 } }
  const twice = compare([{ ...article, attributions: [...article.attributions, first, inner] }]).voices[0]!
  const characters = (v: typeof once): number => v.speakers.reduce((sum, s) => sum + s.characters, 0)
  assert.equal(characters(twice), characters(once))
  assert.equal(twice.speakers.find((s) => s.actor === 'unknown')?.characters, 5)
})

test('voices: an organisation whose officer an article quotes is not one it never quotes', () => {
  const a = { name: 'a.txt', text: 'date 2024-05-02\nThe Northern Farmers League (NFL) said the new tariff would ruin small dairies.\n' }
  const b = { name: 'b.txt', text: 'date 2024-05-02\nNFL chairman Tomas Reyk said the tariff would ruin small dairies, and his members would protest on Friday.\n' }
  const { comparison } = analyzeTexts([a, b], { split: 'files' }).stories[0]!
  const league = comparison.actors.find((x) => x.name === 'Northern Farmers League')
  assert.ok(league, 'the league is one canonical actor')
  assert.deepEqual(comparison.voices.map((v) => v.neverQuoted.includes(league.id)), [false, false])
})

test('voices: a country whose ministry or minister an article quotes is not one it never quotes', () => {
  const a = { name: 'a.txt', text: 'date 2025-03-14\nThe two armies traded fire overnight. Chile\'s defence ministry said its troops had only responded to Peruvian fire.\n' }
  const b = { name: 'b.txt', text: 'date 2025-03-14\nThe two armies traded fire overnight. Chile said its troops had only responded to Peruvian fire, and Peru said that was a lie.\n' }
  const { comparison } = analyzeTexts([a, b], { split: 'files' }).stories[0]!
  const [first, second] = comparison.voices
  assert.ok(!first?.neverQuoted.includes('country:CHL'), `A quotes Chile's ministry: ${first?.neverQuoted.join(', ')}`)
  assert.ok(first?.neverQuoted.includes('country:PER'), 'A never quotes Peru or any organ of it')
  assert.ok(!second?.neverQuoted.some((id) => id.startsWith('inst:CHL')), 'B quotes Chile itself, not its ministry, and is not said to omit it')
})
