/** @module bench/lib-score.test — normalisation, one-to-one matching and P/R/F1 on hand-made spans. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  addCounts, countsOf, extentOf, matchExact, matchGreedy, matchOverlap, meanOf, normalizeItem, predictedItems, prfOf, sharedCharacters,
} from './lib-score.js'

const s = (start: number, end: number) => ({ start, end })

test('normalizeItem trims white space and quotes at both ends, punctuation at the end', () => {
  const text = ' “We won.” she said, '
  assert.deepEqual(normalizeItem(text, [s(0, 10)]), [s(2, 8)]) // ` “We won.”` → `We won`
  assert.deepEqual(normalizeItem(text, [s(14, 20)]), [s(15, 19)]) // ` said,` → `said`
  assert.deepEqual(normalizeItem(text, [s(9, 10), s(11, 14)]), [s(11, 14)]) // a fragment of only `”` is dropped
  assert.deepEqual(normalizeItem(text, []), [])
})

test('normalizeItem keeps an item made only of punctuation, minus white space', () => {
  // PolNeAR marks the colon of `Trump: we will win` as the cue; it must not vanish.
  const text = 'Trump : we will win'
  assert.deepEqual(normalizeItem(text, [s(5, 8)]), [s(6, 7)])
  assert.deepEqual(normalizeItem(text, [s(5, 6)]), []) // white space alone is nothing
})

test('normalizeItem keeps brackets, which are not quotes', () => {
  const text = '(sic) ok'
  assert.deepEqual(normalizeItem(text, [s(0, 5)]), [s(0, 5)]) // brackets are kept at both ends
})

test('extentOf spans first to last fragment', () => {
  assert.deepEqual(extentOf([s(2, 4), s(9, 12)]), s(2, 12))
  assert.equal(extentOf([]), undefined)
})

test('sharedCharacters sums over fragments', () => {
  assert.equal(sharedCharacters([s(0, 5), s(10, 20)], [s(3, 12)]), 4)
  assert.equal(sharedCharacters([s(0, 5)], [s(5, 9)]), 0) // half-open: touching is not overlapping
})

test('matchExact pairs identical extents one to one', () => {
  const gold = [[s(0, 4)], [s(0, 4)], [s(10, 12), s(20, 30)]]
  const pred = [[s(0, 4)], [s(10, 30)], [s(10, 29)]]
  const m = matchExact(gold, pred)
  assert.deepEqual(m.pairs, [[0, 0], [2, 1]]) // the second gold `0-4` has no second prediction left
  assert.deepEqual(m.missedGold, [1])
  assert.deepEqual(m.spuriousPred, [2])
  assert.deepEqual(countsOf(m), { tp: 2, fp: 1, fn: 1 })
})

test('matchOverlap is greedy by largest overlap and uses each item once', () => {
  // gold 0 overlaps both predictions; pred 1 overlaps it most, so pred 0 is left for gold 1.
  const gold = [[s(0, 10)], [s(8, 20)]]
  const pred = [[s(7, 12)], [s(0, 9)]]
  const m = matchOverlap(gold, pred)
  assert.deepEqual(m.pairs, [[0, 1], [1, 0]])
  assert.deepEqual(countsOf(m), { tp: 2, fp: 0, fn: 0 })
})

test('matchOverlap leaves unmatched items when nothing overlaps', () => {
  const m = matchOverlap([[s(0, 3)]], [[s(3, 6)], [s(10, 11)]])
  assert.deepEqual(countsOf(m), { tp: 0, fp: 2, fn: 1 })
})

test('matchGreedy breaks ties by gold then prediction index', () => {
  const m = matchGreedy(2, 2, () => 1)
  assert.deepEqual(m.pairs, [[0, 0], [1, 1]])
})

test('matching empty lists', () => {
  assert.deepEqual(countsOf(matchOverlap([], [])), { tp: 0, fp: 0, fn: 0 })
  assert.deepEqual(countsOf(matchExact([[s(0, 1)]], [])), { tp: 0, fp: 0, fn: 1 })
})

test('prfOf computes P, R, F1 and marks undefined values as null', () => {
  assert.deepEqual(prfOf({ tp: 2, fp: 2, fn: 0 }), { p: 0.5, r: 1, f1: 2 / 3 })
  assert.deepEqual(prfOf({ tp: 0, fp: 0, fn: 3 }), { p: null, r: 0, f1: 0 })
  assert.deepEqual(prfOf({ tp: 0, fp: 0, fn: 0 }), { p: null, r: null, f1: null })
})

test('addCounts accumulates, meanOf skips nulls', () => {
  assert.deepEqual(addCounts({ tp: 1, fp: 2, fn: 3 }, { tp: 1, fp: 1, fn: 1 }), { tp: 2, fp: 3, fn: 4 })
  assert.deepEqual(meanOf([1, null, 0.5]), { mean: 0.75, n: 2 })
  assert.deepEqual(meanOf([null]), { mean: null, n: 0 })
})

test('predictedItems adds a continuation\'s content to the statement it resumes, as one discontinuous item', () => {
  const text = '"We will win," she said. "They cannot stop us." The end.'
  const cue = { start: 15, end: 23 }
  const items = predictedItems(text, [
    { source: s(15, 18), cue, content: s(0, 14) },
    { source: s(15, 18), cue, content: s(25, 47), continues: true },
    { cue: s(48, 51), content: s(48, 56) },
  ])
  assert.equal(items.cue.length, 2)
  assert.deepEqual(items.content[0], [s(1, 12), s(26, 45)])
  // Without the flag a second quotation with the same cue is a statement of its own.
  assert.equal(predictedItems(text, [{ cue, content: s(0, 14) }, { cue, content: s(25, 47) }]).cue.length, 2)
})
