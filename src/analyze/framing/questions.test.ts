/** @module analyze/framing/questions.test — questions in running text. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findingLines, frame } from './testing.js'

test('a question in the outlet\'s voice, and a quoted one at half confidence', () => {
  const text = 'Who benefits from the delay? "Why now?" she asked.'
  const found = frame(text).findings.filter((f) => f.ruleId === 'framing/rhetorical-question')
  assert.deepEqual(findingLines(text, found), ['0-28 framing/rhetorical-question Who benefits from the delay?', '29-39 framing/rhetorical-question "Why now?"'])
  assert.deepEqual(found.map((f) => f.confidence), [0.35, 0.18])
})

test('statements are not questions', () => {
  assert.deepEqual(frame('The delay ended. Nobody asked why.').findings, [])
})
