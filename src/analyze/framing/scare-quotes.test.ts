/** @module analyze/framing/scare-quotes.test — short labels in quotation marks. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findingLines, frame } from './testing.js'

const only = (text: string): string[] =>
  findingLines(text, frame(text).findings.filter((f) => f.ruleId === 'framing/scare-quotes'))

test('a label after a labelling verb, in the outlet\'s voice', () => {
  const text = 'The ministry insists it was a “peaceful protest.”'
  const [f] = frame(text).findings.filter((x) => x.ruleId === 'framing/scare-quotes')
  assert.deepEqual(f, { ruleId: 'framing/scare-quotes', technique: 'scare-quotes', span: { start: 30, end: 49 },
    explanation: 'Scare quotes around `peaceful protest` distance the outlet from another party\'s label.', confidence: 0.6 })
})

test('a bare one-word scare quote, no speaker in the sentence', () => {
  assert.deepEqual(only('The "moderate" rebels took the town.'), ['4-14 framing/scare-quotes "moderate"'])
})

// Quoted speech is not a scare quote: a long quotation, a quotation opening the sentence,
// one closed by a comma before "he said", and a short quote of what a speaker said.
for (const text of [
  'The minister said the "talks were going well despite the many delays."',
  '"Fine," he said.',
  '"Enough," the mayor said, "is enough."',
  'He urged them to hold "a fair vote".',
]) {
  test(`no scare quote in ${text}`, () => assert.deepEqual(only(text), []))
}
