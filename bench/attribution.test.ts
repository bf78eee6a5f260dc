import { test } from 'node:test'
import assert from 'node:assert/strict'
import { annotatorAgreement } from './attribution.js'
import type { BratRelation, BratSplit } from './lib-brat.js'

const span = (text: string, words: string): { start: number; end: number } => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })

test('annotator agreement scores each annotator\'s file against the others\', and skips articles with one file', () => {
  const text = 'Lee said the plan failed. Ruiz argued it worked.'
  const said: BratRelation = { id: 'E1', type: 'Attribution', source: [span(text, 'Lee')], cue: [span(text, 'said')], content: [span(text, 'the plan failed')] }
  const argued: BratRelation = { id: 'E2', type: 'Attribution', source: [span(text, 'Ruiz')], cue: [span(text, 'argued')], content: [span(text, 'it worked')] }
  const split: BratSplit = {
    root: '/nowhere', notes: [],
    articles: [{ name: 'a', text }, { name: 'b', text }],
    // Annotator x marks both reports, y only the first; article b has one file and no pair.
    files: [{ name: 'a_x.ann', article: 'a', relations: [said, argued] }, { name: 'a_y.ann', article: 'a', relations: [said] }, { name: 'b_x.ann', article: 'b', relations: [said] }],
  }
  const agreement = annotatorAgreement(split)
  assert.deepEqual([agreement?.articles, agreement?.pairs], [1, 2])
  // Two ordered pairs: 1 shared cue each way, 1 unmatched each way: P = R = F1 = 2 / 3.
  assert.equal(agreement?.byMode.overlap.cue.f1, 0.6667)
  assert.equal(annotatorAgreement({ ...split, files: split.files.slice(2) }), null)
})
