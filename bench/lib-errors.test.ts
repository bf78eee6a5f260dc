/** @module bench/lib-errors.test — error classes of the attribution benchmark on hand-made spans. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { segmentText } from '../src/analyze/segment/segment.js'
import { cueClassOf, emptyTally, partError, tallyErrors, topEntries } from './lib-errors.js'

const s = (start: number, end: number) => [{ start, end }]
const at = (text: string, words: string) => s(text.indexOf(words), text.indexOf(words) + words.length)

test('cueClassOf tells lexicon verbs, other verbs, nouns, "according to" and punctuation apart', () => {
  const text = 'The mayor said the plan failed. According to the poll, voters balked. In a statement: no.'
  const seg = segmentText(text)
  assert.equal(cueClassOf(text, seg, at(text, 'said')), 'lexicon verb')
  assert.equal(cueClassOf(text, seg, at(text, 'failed')), 'other verb')
  assert.equal(cueClassOf(text, seg, at(text, 'According to')), 'according to')
  assert.equal(cueClassOf(text, seg, at(text, 'statement')), 'noun')
  assert.equal(cueClassOf(text, seg, at(text, ':')), 'punctuation')
})

test('partError names how a predicted part differs from gold', () => {
  assert.equal(partError(s(0, 5), s(0, 5)), undefined)
  assert.equal(partError(s(0, 5), undefined), 'missing')
  assert.equal(partError(undefined, s(0, 5)), 'not annotated')
  assert.equal(partError(s(0, 5), s(6, 9)), 'no overlap')
  assert.equal(partError(s(0, 5), s(2, 9)), 'other boundaries')
  assert.equal(partError(undefined, undefined), undefined)
})

test('tallyErrors counts missed and spurious cues by class and compares the parts of matched ones', () => {
  const text = 'Smith said it rained. Jones thinks it snowed. The report noted a storm.'
  const seg = segmentText(text)
  const gold = {
    source: [at(text, 'Smith'), at(text, 'Jones')],
    cue: [at(text, 'said'), at(text, 'thinks')],
    content: [at(text, 'it rained'), at(text, 'it snowed')],
  }
  const pred = {
    source: [undefined, at(text, 'The report')],
    cue: [at(text, 'said'), at(text, 'noted')],
    content: [at(text, 'rained'), at(text, 'a storm')],
  }
  const tally = emptyTally()
  tallyErrors(tally, text, seg, gold, pred)
  assert.equal(tally.matchedCues, 1)
  assert.equal(tally.missedCues['lexicon verb'], 1) // "thinks"
  assert.equal(tally.spuriousCues['lexicon verb'], 1) // "noted"
  assert.deepEqual(topEntries(tally.missedWords, 5), [['thinks', 1]])
  assert.equal(tally.source.missing, 1)
  assert.equal(tally.content['other boundaries'], 1)
})
