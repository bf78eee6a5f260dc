/** @module learn/perceptron.test — the averaged structured perceptron on tiny hand-made sequences. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bioConstraints, decodeWeights, encodeWeights, loadTagger, storeTagger, trainTagger, viterbi, type TrainingSequence } from './perceptron.js'
import { seededRandom } from './random.js'

const LABELS = ['O', 'B-X', 'I-X']

// Feature rows: 0 = "word is a name", 1 = "word is a verb", 2 = "word follows a name".
// Gold: a name opens an X span, the word after a name continues it, everything else is O.
const seq = (features: number[][], gold: number[]): TrainingSequence => ({ features: features.map((f) => Int32Array.from(f)), gold })
const DATA = [
  seq([[0], [2], [1]], [1, 2, 0]),
  seq([[1], [0], [2], [1]], [0, 1, 2, 0]),
  seq([[1], [1], [0]], [0, 0, 1]),
  // Without a run of O, averaging leaves O → O weaker than the path through a wrong span.
  seq([[1], [1], [1]], [0, 0, 0]),
]

test('bioConstraints forbids I-X after O and at the start, and allows it after B-X and I-X', () => {
  const allowed = bioConstraints(LABELS)
  const at = (prev: number, next: number): number => allowed[(prev + 1) * LABELS.length + next]!
  assert.equal(at(-1, 2), 0)
  assert.equal(at(0, 2), 0)
  assert.equal(at(1, 2), 1)
  assert.equal(at(2, 2), 1)
  assert.equal(at(-1, 1), 1)
})

test('trainTagger learns the sequences and viterbi decodes them', () => {
  const weights = trainTagger(LABELS, 3, DATA, { epochs: 5, seed: 3 })
  for (const s of DATA) assert.deepEqual([...viterbi(weights, s.features)], [...(s.gold as number[])])
  // A new sequence built from the same patterns.
  assert.deepEqual([...viterbi(weights, [[1], [0], [2]].map((f) => Int32Array.from(f)))], [0, 1, 2])
})

test('training is deterministic for a seed', () => {
  const a = trainTagger(LABELS, 3, DATA, { epochs: 3, seed: 7 })
  const b = trainTagger(LABELS, 3, DATA, { epochs: 3, seed: 7 })
  assert.deepEqual([...a.emission], [...b.emission])
  assert.deepEqual([...a.transition], [...b.transition])
})

test('viterbi of an empty sequence is empty, and never emits a forbidden transition', () => {
  const weights = trainTagger(LABELS, 3, DATA, { epochs: 2 })
  assert.equal(viterbi(weights, []).length, 0)
  // Even with a feature that pushes I-X at the start, the first label cannot be I-X.
  const pushed = { ...weights, emission: Float64Array.from([0, 0, 100, 0, 0, 0, 0, 0, 0]) }
  assert.notEqual(viterbi(pushed, [Int32Array.from([0])])[0], 2)
})

test('a label bias shifts viterbi towards that label', () => {
  const weights = trainTagger(LABELS, 3, DATA, { epochs: 5, seed: 3 })
  const verbs = [[1], [1], [1]].map((f) => Int32Array.from(f))
  assert.deepEqual([...viterbi(weights, verbs)], [0, 0, 0])
  assert.deepEqual([...viterbi(weights, verbs, Float64Array.from([0, 0, 0]))], [0, 0, 0], 'a zero bias changes nothing')
  assert.deepEqual([...viterbi(weights, verbs, Float64Array.from([0, 1000, 0]))], [1, 1, 1], 'a large B-X bias opens a span at every token')
})

test('storeTagger rounds and drops all-zero features; loadTagger restores the same decisions', () => {
  const weights = trainTagger(LABELS, 3, DATA, { epochs: 5, seed: 3 })
  const names = ['name', 'verb', 'after-name']
  const stored = storeTagger({ ...weights, rows: 4, emission: Float64Array.from([...weights.emission, 0, 0, 0]) }, [...names, 'never-used'], 100)
  assert.deepEqual(Object.keys(stored.features), names)
  const loaded = loadTagger(JSON.parse(JSON.stringify(stored)))
  assert.equal(loaded.rowOf.get('verb'), 1)
  for (const s of DATA) assert.deepEqual([...viterbi(loaded.weights, s.features)], [...(s.gold as number[])])
})

test('loadTagger names what is wrong with a malformed model', () => {
  assert.throws(() => loadTagger({}), /not a stored tagger/)
  assert.throws(() => loadTagger({ labels: ['O'], scale: 1, transition: [0], features: {} }), /transition weights/)
  assert.throws(() => loadTagger({ labels: ['O'], scale: 1, transition: [0, 0], features: { a: encodeWeights([1, 2]) } }), /feature a has 2 weights/)
  assert.throws(() => loadTagger({ labels: ['O'], scale: 1, transition: [0, 0], features: { a: [1] } }), /feature a has malformed weights/)
})

test('encodeWeights writes small weights in few characters; decodeWeights reads back any integers', () => {
  const row = [0, -1, 1, 15, -16, 16, 511, -512, 100000, -7654321]
  assert.deepEqual(decodeWeights(encodeWeights(row)), row)
  assert.equal(encodeWeights([0, 3, -3, 15, -16]).length, 5)
  assert.equal(encodeWeights([300, -300]).length, 4)
  assert.deepEqual(decodeWeights(''), [])
  assert.equal(decodeWeights('A!'), undefined, 'a character outside the digits')
  assert.equal(decodeWeights('g'), undefined, 'a number cut off after a continuation digit')
})

test('seededRandom repeats for a seed and stays in [0, 1)', () => {
  const a = seededRandom(42)
  const b = seededRandom(42)
  for (let i = 0; i < 100; i++) {
    const x = a()
    assert.equal(x, b())
    assert.ok(x >= 0 && x < 1)
  }
})
