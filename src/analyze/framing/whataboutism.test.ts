/** @module analyze/framing/whataboutism.test — contrasts of one side's conduct with the other's. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzeText } from '../pipeline.js'
import { findingLines, frame, outletOnly } from './testing.js'

const only = (text: string): string[] =>
  findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/whataboutism'))

test('"This is while" opens a contrast: the whole sentence is the span', () => {
  assert.deepEqual(only('Ruritania closed its border. This is while Freedonia kept its own open.'),
    ['29-71 framing/whataboutism This is while Freedonia kept its own open.'])
})

test('a comparison "compared X to those of Y"', () => {
  assert.deepEqual(only('Analysts compared the army\'s conduct to that of the rebels in 2019.'),
    ['0-67 framing/whataboutism Analysts compared the army\'s conduct to that of the rebels in 2019.'])
})

test('"While <actor> ..., <other actor> ..." contrasts two named actors', () => {
  assert.deepEqual(only('While Norway cut its emissions, Canada expanded drilling.'),
    ['0-57 framing/whataboutism While Norway cut its emissions, Canada expanded drilling.'])
})

test('a deflection to what the other side failed to do', () => {
  assert.deepEqual(only('Rents rose again. Yet nobody asks why the opposition did nothing when it governed.'),
    ['18-82 framing/whataboutism Yet nobody asks why the opposition did nothing when it governed.'])
  assert.deepEqual(only('Where was the outrage when the last government raised taxes?'),
    ['0-60 framing/whataboutism Where was the outrage when the last government raised taxes?'])
  assert.deepEqual(only('Where were these critics when the ruling party rigged the vote?'),
    ['0-63 framing/whataboutism Where were these critics when the ruling party rigged the vote?'])
  assert.deepEqual(only('And what about the last election, when his own party demanded recounts?'),
    ['0-71 framing/whataboutism And what about the last election, when his own party demanded recounts?'])
})

test('tu quoque: "Yet" or "But" turning to a party\'s own people or record; its own figures are evidence, not a deflection', () => {
  assert.deepEqual(only('Charities attacked the cut. Yet the charity\'s own chief executive is paid more than £150,000 a year.'),
    ['28-100 framing/whataboutism Yet the charity\'s own chief executive is paid more than £150,000 a year.'])
  assert.deepEqual(only('The activists demanded flight taxes. But their own leaders flew to the summit by private jet.'),
    ['37-93 framing/whataboutism But their own leaders flew to the summit by private jet.'])
  assert.deepEqual(only('The ministry denied the delays. But the ministry\'s own figures show waits rose.'), [])
  assert.deepEqual(only('He said the plan was fair but its own staff were not consulted.'), [])
  assert.deepEqual(only('The minister backed the plan. Yet the government\'s own officials warned last year that it would fail.'), [])
  assert.deepEqual(only('The leader backed the bill. But the party\'s own members have voted to oppose it.'), [])
})

test('the committed tagger does not veto a deflection', () => {
  const text = 'Meanwhile, nobody asks why the opposition, which governed for eight years, did nothing about rents when it had the chance.'
  const found = analyzeText(text).findings.filter((f) => f.ruleId === 'framing/whataboutism')
  assert.equal(found.length, 1)
})

// Temporal "while" and a contrast with the same actor are ordinary reporting.
for (const text of ['While visiting Paris, the minister met students.', 'The delay ended. Nobody asked why.', 'Nobody knows why the bridge fell.', 'Where was the car when the police arrived?', 'While Norway cut emissions, Norway also drilled.', 'He read while she slept.']) {
  test(`no whataboutism in "${text}"`, () => assert.deepEqual(only(text), []))
}

test('"What about …?" put by an interviewer asks the next question; in the outlet\'s own voice it deflects', () => {
  const interview = 'The minister spoke with the Herald.\n\nQ: Will taxes rise?\n\nA: No. We have no plans.\n\nQ: What about the deficit?\n\nA: It will fall.'
  assert.deepEqual(only(interview), [])
  assert.deepEqual(only('The minister boasts of lower taxes. What about the last government\'s deficit?'), ['36-77 framing/whataboutism What about the last government\'s deficit?'])
})

test('"What about …?" deflects to another actor or event, not to the story\'s own object, which is a rhetorical question', () => {
  for (const text of ['The mayor praised the police. What about Tarvia?', 'The party attacks the plan. But what about their own record?',
    'The minister is outraged. What about when his party did the same?', 'Ministers praise the reform. But what about the billions it wasted?']) {
    assert.equal(only(text).length, 1, text)
  }
  const same = 'Police say a pistol was found.\n\nSo what about the gun? Nobody has explained whose it was.'
  assert.deepEqual(only(same), [])
  assert.deepEqual(findingLines(same, frame(same, outletOnly(same)).findings.filter((f) => f.technique === 'doubt')),
    ['32-54 framing/rhetorical-question So what about the gun?'])
})
