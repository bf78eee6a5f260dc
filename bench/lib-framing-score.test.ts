/** @module bench/lib-framing-score.test — SI partial credit, technique classification on gold spans, folds. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { foldsOf, scoreSpans, scoreTechniques, type LabelledSpan } from './lib-framing-score.js'

const s = (start: number, end: number, label = '', article = 'a'): LabelledSpan => ({ article, label, start, end })

test('scoreSpans gives partial credit by overlap, after merging each side', () => {
  // gold 0-10; prediction 5-15 covers half of gold and is half covered.
  const r = scoreSpans([s(5, 15)], [s(0, 10)])
  assert.equal(r.precision, 0.5)
  assert.equal(r.recall, 0.5)
  // two overlapping gold spans merge into one (0-20), fully covered by one prediction.
  assert.equal(scoreSpans([s(0, 20)], [s(0, 12), s(8, 20)]).recall, 1)
  assert.equal(scoreSpans([], [s(0, 5)]).f1, 0)
})

test('scoreTechniques scores gold spans; a span with two gold techniques takes the two best labels', () => {
  const gold = [s(0, 5, 'A'), s(0, 5, 'B'), s(10, 15, 'A'), s(20, 25, 'C')]
  const ranks: Record<string, string[]> = { '0': ['B', 'A', 'C'], '10': ['B', 'A', 'C'], '20': ['C', 'A', 'B'] }
  const r = scoreTechniques(gold, (g) => ranks[String(g.start)] ?? [])
  assert.equal(r.instances, 4)
  assert.equal(r.correct, 3) // 0-5: {B, A} matches {A, B}; 10-15: B is wrong; 20-25: C is right
  assert.equal(r.microF1, 0.75)
  assert.deepEqual(r.perLabel['A'], { gold: 2, correct: 1, predicted: 1 })
})

test('foldsOf deals items round robin', () => {
  assert.deepEqual(foldsOf(7, 3), [0, 1, 2, 0, 1, 2, 0])
})
