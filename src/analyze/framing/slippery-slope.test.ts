/** @module analyze/framing/slippery-slope.test — slippery-slope idioms, reported as an appeal to fear; fixtures written for this test. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FramingOptions } from './framing.js'
import { findingLines, frame, outletOnly } from './testing.js'

const slopes = (text: string, options: FramingOptions = { model: null }): string[] =>
  findingLines(text, frame(text, outletOnly(text), options).findings.filter((f) => f.ruleId === 'framing/slippery-slope'))

test('a slippery slope in its common idioms, under appeal to fear', () => {
  const cases: [string, string][] = [
    ['Legalising this will open the floodgates to every kind of abuse.', '16-40 framing/slippery-slope will open the floodgates'],
    ['The ruling opened the floodgates to lawsuits.', '11-35 framing/slippery-slope opened the floodgates to'],
    ['The ban is the thin end of the wedge.', '15-36 framing/slippery-slope thin end of the wedge'],
    ['Next thing you know, they will be banning barbecues.', '0-19 framing/slippery-slope Next thing you know'],
    ['First they take our guns; where does it end?', '26-44 framing/slippery-slope where does it end?'],
    ['This is a slippery slope toward censorship.', '10-24 framing/slippery-slope slippery slope'],
    ['It is only a matter of time before they come for our savings.', '6-34 framing/slippery-slope only a matter of time before'],
  ]
  for (const [text, line] of cases) assert.deepEqual(slopes(text), [line], text)
  const [finding] = frame(cases[0]![0], outletOnly(cases[0]![0])).findings.filter((f) => f.ruleId === 'framing/slippery-slope')
  assert.equal(finding?.technique, 'appeal-to-fear')
  assert.match(finding?.explanation ?? '', /slippery slope/u)
})

test('the trained tagger, which never saw these idioms in PTC, does not veto them', () => {
  assert.deepEqual(slopes('Next thing you know, they will be banning barbecues.', {}), ['0-19 framing/slippery-slope Next thing you know'])
})

test('near misses: a dam\'s floodgates, a road\'s slope, a schedule, a reassurance', () => {
  for (const text of [
    'The floodgates were opened at 6 am as the dam reached capacity.',
    'The engineers opened the floodgates on the river at noon.',
    'The road down the mountain is a slippery slope in winter.',
    'The trial date is a matter of time and scheduling, the clerk said.',
    'The paint will dry; it is only a matter of time.',
    'Where does the trail end?',
    'The trail is steep. Where does it end? It ends at the lake, a ranger said.',
    'He used a wedge to split the log.',
    'The judge said the ruling would not open the floodgates to claims.',
  ]) assert.deepEqual(slopes(text), [], text)
})
