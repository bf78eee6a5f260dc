/** @module analyze/attribution/tagger.test — feature rows and the two passes, with a tagger built for the test. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { encodeWeights, loadTagger, type StoredTagger } from '../../learn/perceptron.js'
import { segmentText } from '../segment/segment.js'
import { LABELS, ruleRoles, stackedFeatures, stackedFeaturesAs, tokenFeatures, tokenFeaturesAs } from './features.js'
import { CUE_WORD_RATE, featureRows, FIRST_PASS_CUE_BIAS, isPassiveCue, knownRows, labelTwice, pairTaggers, rowTag } from './tagger.js'

test('featureRows keeps the rows of known features, in order, and leaves unknown ones out', () => {
  const rowOf = new Map([['w=said', 0], ['p=VERB', 3], ['b', 7]])
  const rows = featureRows([['b', 'w=said', 'w=unseen', 'p=VERB'], [], ['w=unseen']], rowOf)
  assert.deepEqual(rows.map((r) => [...r]), [[7, 0, 3], [], []])
  assert.ok(rows.every((r) => r instanceof Int32Array))
})

test('rowTag gives every feature the row of its name, as featureRows does, also when the rows come from its cache', () => {
  const text = 'The mayor said taxes will fall.\n\n"We won," she said, and the mayor agreed.'
  const seg = segmentText(text)
  const roles = ruleRoles(seg, [{ kind: 'indirect', speaker: 'x', cue: { start: 10, end: 14 }, content: { start: 15, end: 30 } }])
  const names = tokenFeatures(text, seg, [], () => 'name:person', roles, () => 0)
  // Every other name is known, so that both known and unknown features are asked for.
  const rowOf = new Map([...new Set(names.flat())].filter((_, i) => i % 2 === 0).map((name, row) => [name, row]))
  const tag = rowTag(rowOf)
  const rows = (): number[][] => knownRows(tokenFeaturesAs(tag, text, seg, [], () => 'name:person', roles, () => 0)).map((r) => [...r])
  const expected = featureRows(names, rowOf).map((r) => [...r])
  assert.deepEqual(rows(), expected)
  assert.deepEqual(rows(), expected)
  const labels = Uint8Array.from(seg.starts, (_, t) => t % LABELS.length)
  const stackedRowOf = new Map(stackedFeatures(seg, labels).flat().map((name, row) => [name, row]))
  assert.deepEqual(knownRows(stackedFeaturesAs(rowTag(stackedRowOf), seg, labels)), featureRows(stackedFeatures(seg, labels), stackedRowOf))
})

test('the first pass proposes a cue its weights leave just below O; the second pass reads it', () => {
  const L = LABELS.length
  const row = (scores: Partial<Record<(typeof LABELS)[number], number>>): string => encodeWeights(LABELS.map((label) => scores[label] ?? 0))
  const stored = (features: Record<string, string>): StoredTagger => ({ labels: LABELS, scale: 1, transition: new Array<number>((L + 1) * L).fill(0), features })
  // First pass: "said" leans to O by less than the bias, other words by more; second pass: only the first pass's B-C makes a cue.
  const first = loadTagger(stored({ 'w=said': row({ 'B-C': 2 * FIRST_PASS_CUE_BIAS - 1 }), b: row({ O: 2 * FIRST_PASS_CUE_BIAS }) }))
  const second = loadTagger(stored({ 'y=B-C': row({ 'B-C': 10 }), b: row({ O: 1 }) }))
  const text = 'She said it.'
  const seg = segmentText(text)
  const features = Array.from(seg.starts, (s, t) => ['b', `w=${text.slice(s, seg.ends[t]).toLowerCase()}`])
  const said = seg.starts.findIndex((s) => text.startsWith('said', s))
  const labels = labelTwice(pairTaggers(first, second, { say: 0.5 }), seg, featureRows(features, first.rowOf))
  assert.equal(LABELS[labels[said]!], 'B-C')
  assert.equal(LABELS[labels[0]!], 'O')
})

test('pairTaggers keeps as cue words only the words marked as cues at least CUE_WORD_RATE of the time', () => {
  const empty = loadTagger({ labels: LABELS, scale: 1, transition: new Array<number>((LABELS.length + 1) * LABELS.length).fill(0), features: {} })
  const taggers = pairTaggers(empty, empty, { say: 0.5, echo: CUE_WORD_RATE, buy: CUE_WORD_RATE / 2 })
  assert.deepEqual([...taggers.cueRates], [['say', 0.5], ['echo', CUE_WORD_RATE]])
})

test('a passive cue takes no subject for its source; a state of mind or a progressive is no passive', () => {
  const passive = (text: string, cue: string): boolean => {
    const seg = segmentText(text)
    const first = seg.starts.findIndex((s) => text.startsWith(cue, s))
    const last = seg.ends.findIndex((e) => e === text.indexOf(cue) + cue.length)
    return isPassiveCue(text, seg, { role: 'C', first, last })
  }
  assert.equal(passive('The mayor was widely criticized for the plan.', 'was widely criticized'), true)
  assert.equal(passive('The mayor is expected to resign.', 'is expected'), true)
  assert.equal(passive('The mayor is saying the plan works.', 'is saying'), false)
  assert.equal(passive('Party leaders are worried about the plan.', 'are worried about'), false)
})
