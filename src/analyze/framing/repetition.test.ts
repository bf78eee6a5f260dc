/** @module analyze/framing/repetition.test — loaded terms used again and again. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findingLines, frame, outletOnly } from './testing.js'

test('the second and later uses of a loaded term, compared case-insensitively', () => {
  const text = 'The regime lied. Regime officials left. The regime fell.'
  const found = frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/repetition')
  assert.deepEqual(findingLines(text, found), ['17-23 framing/repetition Regime', '44-50 framing/repetition regime'])
  assert.equal(found[1]?.explanation, 'Loaded term `regime` is repeated (use 3).')
})

test('different loaded terms are not a repetition', () => {
  const text = 'A brutal, vicious and heinous act.'
  assert.deepEqual(frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/repetition'), [])
})
