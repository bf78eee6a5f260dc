/** @module analyze/framing/ad-hominem.test — attacks on the arguer instead of the argument; fixtures written for this test. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FramingOptions } from './framing.js'
import { findingLines, frame, outletOnly } from './testing.js'

const attacks = (text: string, options: FramingOptions = { model: null }): string[] =>
  findingLines(text, frame(text, outletOnly(text), options).findings.filter((f) => f.ruleId === 'framing/ad-hominem' || f.ruleId === 'framing/name-calling'))

test('an attack on the arguer is doubt, to the end of its clause; with the trained tagger too, which never saw it in PTC', () => {
  const cases: [string, string][] = [
    ['This is coming from a man who has never held a job.', '0-50 framing/ad-hominem This is coming from a man who has never held a job'],
    ['Coming from someone who dodged the draft, that advice rings hollow.', '0-40 framing/ad-hominem Coming from someone who dodged the draft'],
    ['That\'s rich coming from a party that lost three elections.', '0-57 framing/ad-hominem That\'s rich coming from a party that lost three elections'],
    ['What would she know about running a business?', '0-44 framing/ad-hominem What would she know about running a business'],
    ['What does he know about farming? He has never set foot on a farm.', '0-31 framing/ad-hominem What does he know about farming'],
    ['His critics are just jealous.', '4-28 framing/ad-hominem critics are just jealous'],
    ['Her opponents are simply jealous of her success.', '4-47 framing/ad-hominem opponents are simply jealous of her success'],
  ]
  for (const [text, line] of cases) {
    assert.deepEqual(attacks(text), [line], text)
    assert.ok(attacks(text, {}).includes(line), text)
  }
  const [finding] = frame(cases[0]![0], outletOnly(cases[0]![0])).findings
  assert.equal(finding?.technique, 'doubt')
  assert.match(finding?.explanation ?? '', /ad hominem/u)
})

test('a label that dismisses the arguer ("a failed businessman like him") is name calling', () => {
  const text = 'A failed businessman like him should not lecture anyone on the economy.'
  assert.deepEqual(attacks(text), ['2-29 framing/name-calling failed businessman like him'])
  assert.match(frame(text, outletOnly(text)).findings[0]?.explanation ?? '', /ad hominem/u)
})

test('near misses: where a thing came from, a question after facts, a question put to someone, a plain record', () => {
  for (const text of [
    'The letter is coming from a man in Ohio.',
    'The shipment was coming from a company that makes parts.',
    'What would she know about the plan, the reporter asked the aide who had not seen it.',
    'What does he know about the case? Police said he was questioned for two hours.',
    'He has never held a job in government before, his office said.',
    'The businessman, who failed to win a contract, appealed.',
    'His critics are not jealous; they are worried.',
  ]) assert.deepEqual(attacks(text), [], text)
})
