/** @module analyze/attribution/tagger.test — feature rows and the two passes, with a tagger built for the test. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { featureRows } from './tagger.js'

test('featureRows keeps the rows of known features, in order, and leaves unknown ones out', () => {
  const rowOf = new Map([['w=said', 0], ['p=VERB', 3], ['b', 7]])
  const rows = featureRows([['b', 'w=said', 'w=unseen', 'p=VERB'], [], ['w=unseen']], rowOf)
  assert.deepEqual(rows.map((r) => [...r]), [[7, 0, 3], [], []])
  assert.ok(rows.every((r) => r instanceof Int32Array))
})
