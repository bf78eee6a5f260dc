/** @module learn/logistic.test — hashing, training on separable toy data, determinism, and saving. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  createLogistic, featureWeight, hashFeature, hashFeatures, isSavedLogistic, loadLogistic, probabilities, saveLogistic, trainLogistic,
  type Example,
} from './logistic.js'
import { seededRandom } from './random.js'

const B = 1024
const ex = (names: string[], label: number): Example => ({ features: hashFeatures(names, B), label })

test('hashFeature is stable and stays inside the buckets', () => {
  assert.equal(hashFeature('w=brutal', B), hashFeature('w=brutal', B))
  for (const name of ['', 'a', 'w=régime', '😀']) {
    const h = hashFeature(name, B)
    assert.ok(Number.isInteger(h) && h >= 0 && h < B)
  }
})

test('createLogistic rejects bucket counts that are not powers of two, and single classes', () => {
  assert.throws(() => createLogistic(2, 1000), /power-of-two/)
  assert.throws(() => createLogistic(1, 1024), /at least 2 classes/)
  assert.equal(createLogistic(2, 8).width, 1) // binary: one weight per bucket
  assert.equal(createLogistic(3, 8).width, 3)
})

test('seededRandom repeats its sequence for the same seed', () => {
  const a = seededRandom(7)
  const b = seededRandom(7)
  const xs = [a(), a(), a()]
  assert.deepEqual(xs, [b(), b(), b()])
  assert.ok(xs.every((x) => x >= 0 && x < 1))
})

// Toy data: the label is given by one word; a shared word carries no signal.
const BINARY = [ex(['w=bad', 'w=the'], 1), ex(['w=good', 'w=the'], 0), ex(['w=awful', 'w=a'], 1), ex(['w=fine', 'w=a'], 0)]
const THREE = [ex(['w=red'], 0), ex(['w=green'], 1), ex(['w=blue'], 2), ex(['w=red', 'w=x'], 0), ex(['w=blue', 'w=x'], 2)]

test('a binary model learns separable data and its weights have the expected signs', () => {
  const model = trainLogistic(BINARY, 2, B, { epochs: 30 })
  for (const e of BINARY) assert.equal(probabilities(model, e.features)[1]! > 0.5 ? 1 : 0, e.label)
  assert.ok(featureWeight(model, hashFeature('w=bad', B), 1) > 0)
  assert.equal(featureWeight(model, hashFeature('w=bad', B), 0), -featureWeight(model, hashFeature('w=bad', B), 1))
})

test('a softmax model learns three classes, and probabilities sum to one', () => {
  const model = trainLogistic(THREE, 3, B, { epochs: 30 })
  for (const e of THREE) {
    const p = [...probabilities(model, e.features)]
    assert.equal(p.indexOf(Math.max(...p)), e.label)
    assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9)
  }
})

test('training is deterministic for a seed', () => {
  assert.deepEqual(trainLogistic(THREE, 3, B, { seed: 3 }).weights, trainLogistic(THREE, 3, B, { seed: 3 }).weights)
})

test('an empty example list gives a zero model, and empty features give the bias', () => {
  const model = trainLogistic([], 2, B)
  assert.deepEqual([...probabilities(model, new Int32Array(0))], [0.5, 0.5])
})

test('saving and loading keeps predictions to quantization error, and rejects a wrong shape', () => {
  const model = trainLogistic(THREE, 3, B, { epochs: 30 })
  const saved = JSON.parse(JSON.stringify(saveLogistic(model))) as unknown
  assert.ok(isSavedLogistic(saved))
  const loaded = loadLogistic(saved)
  for (const e of THREE) {
    const a = probabilities(model, e.features)
    const b = probabilities(loaded, e.features)
    for (let k = 0; k < 3; k++) assert.ok(Math.abs(a[k]! - b[k]!) < 1e-3)
  }
  assert.throws(() => loadLogistic({ ...saved, buckets: 2048 }), /retrain/)
  assert.equal(isSavedLogistic({ classes: 2 }), false)
})
