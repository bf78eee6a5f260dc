/**
 * @module learn/logistic — (multinomial) logistic regression over hashed sparse features.
 *
 * Features are strings hashed into `buckets` slots (FNV-1a, a power of two), so a model is a
 * fixed-size weight array and needs no vocabulary. Training is seeded SGD with AdaGrad step
 * sizes and L2 on the weights an example touches; the same data, options and seed give the same
 * weights on every run. Two classes use one weight per bucket (a sigmoid); more use a softmax
 * with `classes` weights per bucket, laid out `weights[bucket * width + class]`.
 * Saved models quantize weights to 16 bits and deflate them (most buckets of a sparse problem
 * are zero), base64 in JSON.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { seededRandom } from './random.js'

/** One training example: hashed feature indexes (value 1 each, repeats add up) and its class. */
export interface Example {
  readonly features: Int32Array
  readonly label: number
  /** Weight of the example in the loss (default 1). */
  readonly weight?: number
}

/** Training options; every field has a default. */
export interface TrainOptions {
  /** Passes over the data. @default 8 */
  readonly epochs?: number
  /** AdaGrad base step size. @default 0.2 */
  readonly learningRate?: number
  /** L2 penalty per update on touched weights. @default 1e-6 */
  readonly l2?: number
  /** Seed of the shuffling. @default 1 */
  readonly seed?: number
}

/** A trained model: weights by bucket and class, and one bias per output. */
export interface LogisticModel {
  readonly classes: number
  readonly buckets: number
  /** Outputs per bucket: 1 for two classes (sigmoid), else `classes`. */
  readonly width: number
  readonly weights: Float32Array
  readonly bias: Float32Array
}

/** A model as stored in JSON: quantized, deflated, base64. */
export interface SavedLogistic {
  readonly classes: number
  readonly buckets: number
  readonly scale: number
  readonly bias: readonly number[]
  readonly weights: string
}

/** The FNV-1a starting state. */
export const FNV_OFFSET = 0x811c9dc5

/**
 * Continues an FNV-1a hash state `h` over the UTF-16 units of `s`. Hashing `a` then `b` equals
 * hashing `a + b`, so features can be hashed piecewise without building their strings. Pure.
 */
export function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h
}

/** FNV-1a hash of `name` reduced to `buckets` (a power of two). Pure. */
export function hashFeature(name: string, buckets: number): number {
  return (fnv(FNV_OFFSET, name) >>> 0) & (buckets - 1)
}

/** Hashes a list of feature names into indexes. Pure. */
export function hashFeatures(names: readonly string[], buckets: number): Int32Array {
  const out = new Int32Array(names.length)
  for (let i = 0; i < names.length; i++) out[i] = hashFeature(names[i]!, buckets)
  return out
}

/** Returns an all-zero model. Throws when `buckets` is not a power of two or `classes` < 2. */
export function createLogistic(classes: number, buckets: number): LogisticModel {
  if (!(classes >= 2) || buckets < 2 || (buckets & (buckets - 1)) !== 0) {
    throw new Error(`logistic model needs at least 2 classes and a power-of-two bucket count (got ${classes}, ${buckets})`)
  }
  const width = classes === 2 ? 1 : classes
  return { classes, buckets, width, weights: new Float32Array(buckets * width), bias: new Float32Array(width) }
}


/** Trains a model on `examples`; deterministic for fixed inputs and seed. */
export function trainLogistic(examples: readonly Example[], classes: number, buckets: number, options: TrainOptions = {}): LogisticModel {
  const model = createLogistic(classes, buckets)
  const { epochs = 8, learningRate = 0.2, l2 = 1e-6, seed = 1 } = options
  const { width, weights, bias } = model
  const g2 = new Float32Array(weights.length).fill(1e-8)
  const b2 = new Float32Array(width).fill(1e-8)
  const order = Array.from(examples.keys())
  const random = seededRandom(seed)
  const probs = new Float64Array(classes)
  const grad = new Float64Array(width)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      const t = order[i]!
      order[i] = order[j]!
      order[j] = t
    }
    for (const index of order) {
      const ex = examples[index]!
      probabilities(model, ex.features, probs)
      const w = ex.weight ?? 1
      if (width === 1) grad[0] = (probs[1]! - (ex.label === 1 ? 1 : 0)) * w
      else for (let k = 0; k < width; k++) grad[k] = (probs[k]! - (ex.label === k ? 1 : 0)) * w
      for (let k = 0; k < width; k++) {
        const g = grad[k]!
        b2[k]! += g * g
        bias[k]! -= (learningRate * g) / Math.sqrt(b2[k]!)
      }
      for (const f of ex.features) {
        const base = f * width
        for (let k = 0; k < width; k++) {
          const at = base + k
          const g = grad[k]! + l2 * weights[at]!
          if (g === 0) continue
          g2[at]! += g * g
          weights[at]! -= (learningRate * g) / Math.sqrt(g2[at]!)
        }
      }
    }
  }
  return model
}

/** The logistic function, computed without overflow on either side. Pure. */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))
}

/** Writes class probabilities for `features` into `out` (length `classes`) and returns it. Pure apart from `out`. */
export function probabilities(model: LogisticModel, features: Int32Array, out: Float64Array = new Float64Array(model.classes)): Float64Array {
  const { width, weights, bias } = model
  if (width === 1) {
    let z = bias[0]!
    for (const f of features) z += weights[f]!
    const p = sigmoid(z)
    out[0] = 1 - p
    out[1] = p
    return out
  }
  for (let k = 0; k < width; k++) out[k] = bias[k]!
  for (const f of features) {
    const base = f * width
    for (let k = 0; k < width; k++) out[k]! += weights[base + k]!
  }
  let max = -Infinity
  for (let k = 0; k < width; k++) max = Math.max(max, out[k]!)
  let sum = 0
  for (let k = 0; k < width; k++) {
    out[k] = Math.exp(out[k]! - max)
    sum += out[k]!
  }
  for (let k = 0; k < width; k++) out[k]! /= sum
  return out
}

/** The weight feature `index` adds to the score of `label` (for two classes, of class 1; its negation for class 0). Pure. */
export function featureWeight(model: LogisticModel, index: number, label: number): number {
  if (model.width === 1) return label === 1 ? model.weights[index]! : -model.weights[index]!
  return model.weights[index * model.width + label]!
}

/** Quantizes, deflates and encodes a model for a JSON file. Pure. */
export function saveLogistic(model: LogisticModel): SavedLogistic {
  let max = 0
  for (const w of model.weights) max = Math.max(max, Math.abs(w))
  const scale = max === 0 ? 1 : max / 32767
  const q = new Int16Array(model.weights.length)
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale)
  const bytes = deflateRawSync(Buffer.from(q.buffer, q.byteOffset, q.byteLength), { level: 9 })
  return { classes: model.classes, buckets: model.buckets, scale, bias: [...model.bias].map((b) => Math.round(b * 1e6) / 1e6), weights: bytes.toString('base64') }
}

/** Decodes a saved model; throws naming the problem when the shape does not fit. */
export function loadLogistic(saved: SavedLogistic): LogisticModel {
  const model = createLogistic(saved.classes, saved.buckets)
  const raw = inflateRawSync(Buffer.from(saved.weights, 'base64'))
  if (raw.byteLength !== model.weights.length * 2 || saved.bias.length !== model.width) {
    throw new Error(`saved logistic model does not fit ${saved.classes} classes x ${saved.buckets} buckets: retrain it`)
  }
  const q = new Int16Array(new Uint8Array(raw).buffer) // a copy: the inflated buffer may sit at an odd offset
  for (let i = 0; i < q.length; i++) model.weights[i] = q[i]! * saved.scale
  saved.bias.forEach((b, k) => { model.bias[k] = b })
  return model
}

/** True when `value` looks like a `SavedLogistic`. Pure. */
export function isSavedLogistic(value: unknown): value is SavedLogistic {
  const v = value as Partial<SavedLogistic> | null
  return v !== null && typeof v === 'object' && typeof v.classes === 'number' && typeof v.buckets === 'number' &&
    typeof v.scale === 'number' && Array.isArray(v.bias) && typeof v.weights === 'string'
}
