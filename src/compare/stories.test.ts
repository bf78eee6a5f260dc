/** @module compare/stories.test — articles about one event form one story; each story explains itself. */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import type { AnalyzedArticle } from '../model/schema.js'
import { repoRoot } from '../ingest/fixtures/helpers.js'
import { groupStories, stemOf, storyInputOf, type Story, type StoryInput } from './stories.js'

const FIXTURES = join(repoRoot(), 'src', 'compare', 'fixtures', 'stories')
const load = (name: string): StoryInput[] => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as StoryInput[]
/** One line per story, members sorted: the form of `<case>.expected.txt`. */
const lines = (stories: readonly Story[]): string[] => stories.map((s) => [...s.members].sort().join(' ')).sort()

// Each `<case>.json` (a list of StoryInput) is grouped and compared with `<case>.expected.txt`.
for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()) {
  test(`fixture ${file}`, () => {
    const expected = readFileSync(join(FIXTURES, file.replace(/\.json$/u, '.expected.txt')), 'utf8').trim().split('\n').sort()
    assert.deepEqual(lines(groupStories(load(file))), expected)
  })
}

const BRIDGE = 'Engineers closed the Old Mill Bridge in Harwick on Tuesday after finding a crack in its central pier. Mayor Dana Kessler said the bridge would stay shut until repairs were finished.'
const BRIDGE_AGAIN = 'The Old Mill Bridge in Harwick was shut after inspectors found a cracked pier. Dana Kessler, the mayor, said repairs to the bridge come first.'
const FERRY = 'The island ferry returned to service on Monday after storms kept it in port for a week. Operators said extra sailings would clear the backlog of freight by Friday.'

test('a story in full: members, cohesion, terms, one link per merge and an explanation', () => {
  const stories = groupStories([
    { id: 'A', text: BRIDGE, published: '2024-03-05' },
    { id: 'B', text: FERRY, published: '2024-03-05' },
    { id: 'C', text: BRIDGE_AGAIN, published: '2024-03-07' },
  ])
  assert.equal(stories.length, 2)
  const [story] = stories
  const link = story!.links[0]!
  assert.deepEqual(story, {
    id: 'S1',
    members: ['A', 'C'],
    cohesion: link.similarity,
    terms: story!.terms,
    links: [{ a: 'A', b: 'C', cosine: link.cosine, similarity: link.cosine, days: 2, shared: link.shared }],
    explanation: `2 articles with mean similarity ${link.similarity} (least 0.2), sharing ${story!.terms.map((t) => `\`${t}\``).join(', ')}.`,
  })
  // Two days apart is "the same time", so the date takes nothing off the cosine.
  assert.ok(link.cosine > 0.2 && link.cosine < 1)
  assert.ok(['Old Mill Bridge', 'Harwick', 'Kessler'].every((t) => link.shared.includes(t)), link.shared.join(', '))
  assert.ok(!link.shared.includes('Mill'), 'a capitalised run stands in for its words')
  assert.deepEqual(stories[1], {
    id: 'S2', members: ['B'], cohesion: 1, terms: stories[1]!.terms, links: [],
    explanation: `Article B stands alone: no group reaches mean similarity 0.2 with it; its strongest terms: ${stories[1]!.terms.map((t) => `\`${t}\``).join(', ')}.`,
  })
})

test('no articles, no stories; an empty or emoji-only text is a story of its own', () => {
  assert.deepEqual(groupStories([]), [])
  const stories = groupStories([{ id: 'A', text: '' }, { id: 'B', text: ' \n ' }, { id: 'C', text: '🙂 😀' }, { id: 'D', text: BRIDGE }])
  assert.deepEqual(lines(stories), ['A', 'B', 'C', 'D'])
  assert.ok(stories.every((s) => s.cohesion === 1 && s.links.length === 0))
})

test('the same text months apart is not one event; undated, it is', () => {
  const apart = groupStories([
    { id: 'A', text: BRIDGE, published: '2024-01-05' },
    { id: 'B', text: BRIDGE_AGAIN, published: '2024-06-05' },
  ])
  assert.deepEqual(lines(apart), ['A', 'B'])
  const undated = groupStories([{ id: 'A', text: BRIDGE, published: '2024-01-05' }, { id: 'B', text: BRIDGE_AGAIN }])
  assert.deepEqual(lines(undated), ['A B'])
  assert.equal(undated[0]!.links[0]!.days, undefined)
})

test('the output does not depend on the order of the input, and is the same on every run', () => {
  const articles = load('three-events.json')
  const once = groupStories(articles)
  assert.deepEqual(groupStories(articles), once)
  assert.deepEqual(lines(groupStories([...articles].reverse())), lines(once))
  // Members are listed in input order, and stories from largest to smallest.
  const order = new Map(articles.map((a, i) => [a.id, i]))
  for (const s of once) assert.deepEqual(s.members, [...s.members].sort((x, y) => order.get(x)! - order.get(y)!))
  assert.deepEqual(once.map((s) => s.members.length), [3, 3, 2, 1])
})

test('links tie each story together: members - 1 links, between members', () => {
  for (const story of groupStories(load('three-events.json'))) {
    assert.equal(story.links.length, story.members.length - 1)
    for (const l of story.links) {
      assert.ok(story.members.includes(l.a) && story.members.includes(l.b))
      assert.ok(l.similarity <= l.cosine && l.similarity >= 0.2, `${l.a}–${l.b}: the merge link is at least the threshold`)
    }
  }
})

test('options: a threshold of 1 keeps every article apart, 0.01 joins what shares any term', () => {
  const articles = load('three-events.json')
  assert.equal(groupStories(articles, { threshold: 1 }).length, articles.length)
  assert.ok(groupStories(articles, { threshold: 0.01 }).length < 4)
})

test('names passed by the caller count as names', () => {
  const plain = groupStories([{ id: 'A', text: BRIDGE }, { id: 'B', text: BRIDGE_AGAIN }])
  const named = groupStories([{ id: 'A', text: BRIDGE, names: ['Dana Kessler'] }, { id: 'B', text: BRIDGE_AGAIN, names: ['Dana Kessler'] }])
  assert.ok(named[0]!.links[0]!.cosine > plain[0]!.links[0]!.cosine)
})

test('stemOf folds case, accents, possessives and common suffixes', () => {
  const cases: Array<[string, string]> = [
    ['Criticized', 'criticiz'], ['criticizes', 'criticiz'], ['criticizing', 'criticiz'],
    ['Obama’s', 'obama'], ['Raúl', 'raul'], ['N.A.A.C.P.', 'naacp'], ['taxes', 'tax'], ['policies', 'policy'],
    ['planned', 'plan'], ['running', 'run'], ['bus', 'bus'], ['Congress', 'congress'],
  ]
  for (const [word, stem] of cases) assert.equal(stemOf(word), stem, word)
})

test('storyInputOf reads title, date and the named actors of an analysed article', () => {
  const analysed: Pick<AnalyzedArticle, 'article' | 'actors'> = {
    article: {
      id: 'A', title: 'Bridge shut', text: BRIDGE, language: { code: 'eng', supported: true }, provenance: [],
      published: { date: '2024-03-05', evidence: { how: 'record' } },
    },
    actors: [
      { id: 'a1', name: 'Dana Kessler', kind: 'person', aliases: [] },
      { id: 'a2', name: 'officials', kind: 'unnamed', aliases: [] },
    ],
  }
  assert.deepEqual(storyInputOf(analysed), { id: 'A', text: BRIDGE, title: 'Bridge shut', published: '2024-03-05', names: ['Dana Kessler'] })
})
