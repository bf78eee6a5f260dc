/** @module compare/syndication.test — copies of one text form one group; different texts do not. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { AnalyzedArticle } from '../model/schema.js'
import { syndicationGroups } from './syndication.js'

/** Grouping reads only the article text, so the layers stay empty (and the test needs no NLP model). */
const article = (id: string, text: string): AnalyzedArticle => ({
  article: { id, text, language: { code: 'eng', supported: true }, provenance: [] },
  sentences: [], actors: [], mentions: [], attributions: [], outletVoice: [], facets: [], claims: [], findings: [], headlineFindings: [], portrayals: [], events: [], failures: [],
})

const STORY = 'Engineers closed the old river bridge on Tuesday after finding a crack in one of its piers. The city said the bridge would stay shut until repairs were finished.'
const OTHER = 'The island ferry returned to service on Monday after storms kept it in port for a week. Operators said extra sailings would clear the backlog of freight by Friday.'

test('a verbatim copy joins the group of the first article', () => {
  const group = syndicationGroups([article('A', STORY), article('B', OTHER), article('C', STORY)])
  assert.deepEqual(['A', 'B', 'C'].map(group), ['A', 'B', 'A'])
})

test('a lightly edited copy (new headline, one changed word) is still a copy', () => {
  const edited = `Bridge shut.\n\n${STORY.replace('Tuesday', 'Wednesday')}`
  const group = syndicationGroups([article('A', STORY), article('B', edited)])
  assert.equal(group('B'), 'A')
})

test('different texts on the same subject stay apart', () => {
  const rewritten = 'A crack in a pier led engineers to shut the old bridge over the river on Tuesday. Repairs must be finished before it opens again, the city said.'
  const group = syndicationGroups([article('A', STORY), article('B', rewritten)])
  assert.deepEqual([group('A'), group('B')], ['A', 'B'])
})

test('texts too short for a shingle, and unknown ids, are their own group', () => {
  const group = syndicationGroups([article('A', 'Too short.'), article('B', 'Too short.')])
  assert.deepEqual([group('A'), group('B'), group('Z')], ['A', 'B', 'Z'])
})
