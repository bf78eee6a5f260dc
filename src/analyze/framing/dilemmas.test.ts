/** @module analyze/framing/dilemmas.test — false dilemmas worded freely; fixtures written for this test. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findingLines, frame, outletOnly } from './testing.js'

const dilemmas = (text: string): string[] =>
  findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/black-and-white'))

test('"either ... or" opening a clause, or after "is" or a subject pronoun, is a false dilemma: the sentence is the span', () => {
  assert.deepEqual(dilemmas('Either we build the wall or we lose the country.'), ['0-48 framing/black-and-white Either we build the wall or we lose the country.'])
  assert.deepEqual(dilemmas('Either the council acts now or the town dies.'), ['0-45 framing/black-and-white Either the council acts now or the town dies.'])
  assert.deepEqual(dilemmas('It is either reform or ruin.'), ['0-28 framing/black-and-white It is either reform or ruin.'])
  assert.deepEqual(dilemmas('Rents rose. We either act now or pay later.'), ['12-43 framing/black-and-white We either act now or pay later.'])
})

test('"can have X or Y, not both" and a choice called simple, then spelled out', () => {
  assert.deepEqual(dilemmas('You can have lower taxes or you can have good schools — not both.'),
    ['0-65 framing/black-and-white You can have lower taxes or you can have good schools — not both.'])
  assert.deepEqual(dilemmas('Voters face a simple choice: a stronger economy or four more years of decline.'),
    ['0-78 framing/black-and-white Voters face a simple choice: a stronger economy or four more years of decline.'])
  assert.deepEqual(dilemmas('The choice is simple: jobs or welfare.'), ['0-38 framing/black-and-white The choice is simple: jobs or welfare.'])
  assert.deepEqual(dilemmas('The town faces a stark choice between a new school and a new road.'),
    ['0-66 framing/black-and-white The town faces a stark choice between a new school and a new road.'])
})

test('one finding per sentence, the lexicon\'s fixed phrase first', () => {
  assert.deepEqual(dilemmas('You are either with us or against us.'), ['0-19 framing/black-and-white You are either with'])
})

test('near misses: "either way", "whether or not", "either" naming one of two, ways of doing one thing, a choice reported', () => {
  for (const text of [
    'Either way, the vote is on Tuesday.',
    'Whether or not the bill passes, the tax rises in May.',
    'Either candidate could win the seat.',
    'Residents can pay either online or at the town hall.',
    'Voters face a choice between two candidates on Tuesday.',
    'The committee can approve the plan or send it back for changes.',
    'Either of the two firms, or a third, may get the contract.',
  ]) assert.deepEqual(dilemmas(text), [], text)
})
