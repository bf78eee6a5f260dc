/**
 * @module learn/perceptron — an averaged structured perceptron: a first-order sequence tagger
 * decoded with Viterbi (Collins 2002, https://aclanthology.org/W02-1001/).
 *
 * Layout. A tagger with `L` labels keeps its weights in flat arrays:
 * - `emission[f * L + y]`: the weight of feature row `f` for label `y`;
 * - `transition[(p + 1) * L + y]`: the weight of moving from label `p` to `y`, where row 0
 *   (`p = -1`) is the start of the sequence.
 * A token is a list of feature rows (`Int32Array`); unknown features are simply absent.
 * `allowed[(p + 1) * L + y] = 0` forbids a transition outright (BIO: no `I-X` after `O`).
 *
 * Training is deterministic: sequences are visited in an order shuffled by a seeded generator.
 */
import { seededRandom } from './random.js'

/** A sequence to learn from: feature rows per token and the gold label of each token. */
export interface TrainingSequence {
  readonly features: readonly Int32Array[]
  readonly gold: ArrayLike<number>
}

/** Weights of a trained tagger, as flat arrays (see the module comment for the layout). */
export interface TaggerWeights {
  readonly labels: readonly string[]
  readonly rows: number
  readonly emission: Float64Array
  readonly transition: Float64Array
  readonly allowed: Uint8Array
}

/** Options for `trainTagger`. */
export interface TrainOptions {
  /** Passes over the data. @default 10 */
  readonly epochs?: number
  /** Seed of the visiting order. @default 1 */
  readonly seed?: number
  /** Called after each epoch with the number of mislabelled tokens in that pass. */
  readonly onEpoch?: (epoch: number, errors: number, tokens: number) => void
}

/** Returns `allowed` for BIO labels (`O`, `B-X`, `I-X`): `I-X` only after `B-X` or `I-X`. Pure. */
export function bioConstraints(labels: readonly string[]): Uint8Array {
  const L = labels.length
  const allowed = new Uint8Array((L + 1) * L).fill(1)
  for (let y = 0; y < L; y++) {
    const label = labels[y]!
    if (!label.startsWith('I-')) continue
    const kind = label.slice(2)
    for (let p = -1; p < L; p++) {
      const prev = p < 0 ? 'O' : labels[p]!
      if (prev !== `B-${kind}` && prev !== `I-${kind}`) allowed[(p + 1) * L + y] = 0
    }
  }
  return allowed
}

/**
 * Returns the best label sequence for one token sequence; `labelBias[y]`, when given, is added to
 * label `y`'s score at every token (a run-time shift between recall and precision). Pure; O(n · L²).
 */
export function viterbi(weights: TaggerWeights, features: readonly Int32Array[], labelBias?: Float64Array): Uint8Array {
  const L = weights.labels.length
  const n = features.length
  const out = new Uint8Array(n)
  if (n === 0) return out
  const { emission, transition, allowed } = weights
  const score = new Float64Array(n * L)
  const back = new Int16Array(n * L)
  for (let i = 0; i < n; i++) {
    const rows = features[i]!
    const base = i * L
    for (let r = 0; r < rows.length; r++) {
      const f = rows[r]! * L
      for (let y = 0; y < L; y++) score[base + y]! += emission[f + y]!
    }
    if (labelBias) for (let y = 0; y < L; y++) score[base + y]! += labelBias[y]!
    for (let y = 0; y < L; y++) {
      let best = -Infinity
      let arg = 0
      if (i === 0) {
        if (allowed[y]) best = transition[y]!
      } else {
        const prevBase = base - L
        for (let p = 0; p < L; p++) {
          if (!allowed[(p + 1) * L + y]) continue
          const s = score[prevBase + p]! + transition[(p + 1) * L + y]!
          if (s > best) {
            best = s
            arg = p
          }
        }
      }
      score[base + y]! += best
      back[base + y] = arg
    }
  }
  let best = -Infinity
  let y = 0
  for (let k = 0; k < L; k++) {
    if (score[(n - 1) * L + k]! > best) {
      best = score[(n - 1) * L + k]!
      y = k
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y
    y = back[i * L + y]!
  }
  return out
}

/**
 * Trains an averaged perceptron over `rows` feature rows and returns the averaged weights.
 * Deterministic for a given seed and input order.
 */
export function trainTagger(labels: readonly string[], rows: number, data: readonly TrainingSequence[], options: TrainOptions = {}): TaggerWeights {
  const L = labels.length
  const epochs = options.epochs ?? 10
  const allowed = bioConstraints(labels)
  const current: TaggerWeights = { labels, rows, emission: new Float64Array(rows * L), transition: new Float64Array((L + 1) * L), allowed }
  // Averaging trick: `sum*` accumulates `step · update`; the average is `w − sum / steps`.
  const sumEmission = new Float64Array(rows * L)
  const sumTransition = new Float64Array((L + 1) * L)
  let step = 1
  const order = data.map((_, i) => i)
  const random = seededRandom(options.seed ?? 1)
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random)
    let errors = 0
    let tokens = 0
    for (const index of order) {
      const seq = data[index]!
      const guess = viterbi(current, seq.features)
      tokens += guess.length
      let wrong = false
      for (let i = 0; i < guess.length; i++) if (guess[i] !== seq.gold[i]) wrong = true
      if (wrong) {
        for (let i = 0; i < guess.length; i++) {
          const g = seq.gold[i]!
          const p = guess[i]!
          const gPrev = i === 0 ? -1 : seq.gold[i - 1]!
          const pPrev = i === 0 ? -1 : guess[i - 1]!
          if (g !== p) {
            errors++
            for (const f of seq.features[i]!) {
              current.emission[f * L + g]! += 1
              sumEmission[f * L + g]! += step
              current.emission[f * L + p]! -= 1
              sumEmission[f * L + p]! -= step
            }
          }
          if (g !== p || gPrev !== pPrev) {
            current.transition[(gPrev + 1) * L + g]! += 1
            sumTransition[(gPrev + 1) * L + g]! += step
            current.transition[(pPrev + 1) * L + p]! -= 1
            sumTransition[(pPrev + 1) * L + p]! -= step
          }
        }
      }
      step++
    }
    options.onEpoch?.(epoch, errors, tokens)
  }
  const emission = current.emission.map((w, i) => w - sumEmission[i]! / step)
  const transition = current.transition.map((w, i) => w - sumTransition[i]! / step)
  return { labels, rows, emission, transition, allowed }
}


function shuffle(list: number[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = list[i]!
    list[i] = list[j]!
    list[j] = t
  }
}

/** A tagger as stored in a model file: feature names with their non-zero weights, scaled to integers. */
export interface StoredTagger {
  readonly labels: readonly string[]
  /** Weights are stored as integers; divide by `scale`. */
  readonly scale: number
  readonly transition: readonly number[]
  /** Feature name → its weights, one integer per label, written with `encodeWeights`. */
  readonly features: Readonly<Record<string, string>>
}

/**
 * Digits of the weight encoding: the first 32 end a number, the last 32 say more digits follow.
 * All are safe in JSON strings without escaping.
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/**
 * Writes integers compactly: each is zigzagged (0, -1, 1, -2 … → 0, 1, 2, 3 …) and written in
 * base 32, low digits first, so a weight under 16 in magnitude takes one character and one under
 * 512 two; a model file stays well under half the size of JSON arrays. Pure.
 */
export function encodeWeights(row: readonly number[]): string {
  let out = ''
  for (const w of row) {
    let z = w >= 0 ? 2 * w : -2 * w - 1
    while (z >= 32) {
      out += DIGITS[32 + (z % 32)]!
      z = Math.floor(z / 32)
    }
    out += DIGITS[z]!
  }
  return out
}

/** Reads what `encodeWeights` wrote; `undefined` when the text is not an encoding of integers. Pure. */
export function decodeWeights(text: string): number[] | undefined {
  const out: number[] = []
  let z = 0
  let place = 1
  for (const ch of text) {
    const d = DIGITS.indexOf(ch)
    if (d < 0) return undefined
    z += (d % 32) * place
    if (d >= 32) {
      place *= 32
      continue
    }
    out.push(z % 2 === 0 ? z / 2 : -(z + 1) / 2)
    z = 0
    place = 1
  }
  return place === 1 ? out : undefined
}

/**
 * Returns the weights in storable form: rounded to `1 / scale`, features whose weights all round
 * to zero (or whose largest magnitude is below `minWeight`) dropped. Pure.
 */
export function storeTagger(weights: TaggerWeights, names: readonly string[], scale: number, minWeight = 0): StoredTagger {
  const L = weights.labels.length
  const features: Record<string, string> = {}
  for (let f = 0; f < weights.rows; f++) {
    const row: number[] = []
    let max = 0
    for (let y = 0; y < L; y++) {
      const w = weights.emission[f * L + y]!
      row.push(Math.round(w * scale))
      max = Math.max(max, Math.abs(w))
    }
    if (max < minWeight || row.every((w) => w === 0)) continue
    features[names[f]!] = encodeWeights(row)
  }
  return { labels: weights.labels, scale, transition: [...weights.transition].map((w) => Math.round(w * scale)), features }
}

/** A stored tagger ready to run: feature names mapped to rows. */
export interface LoadedTagger {
  readonly weights: TaggerWeights
  readonly rowOf: ReadonlyMap<string, number>
}

/** Checks the shape of a stored tagger and builds its weight arrays. Throws naming what is wrong. */
export function loadTagger(value: unknown): LoadedTagger {
  const stored = value as Partial<StoredTagger> | null
  const labels = stored?.labels
  if (!stored || !Array.isArray(labels) || typeof stored.scale !== 'number' || !Array.isArray(stored.transition) || typeof stored.features !== 'object' || stored.features === null) {
    throw new Error('not a stored tagger: expected { labels, scale, transition, features }')
  }
  const L = labels.length
  if (stored.transition.length !== (L + 1) * L) throw new Error(`stored tagger has ${stored.transition.length} transition weights, expected ${(L + 1) * L}`)
  const names = Object.keys(stored.features)
  const emission = new Float64Array(names.length * L)
  const rowOf = new Map<string, number>()
  names.forEach((name, f) => {
    const encoded = stored.features![name]
    const row = typeof encoded === 'string' ? decodeWeights(encoded) : undefined
    if (!row) throw new Error(`feature ${name} has malformed weights`)
    if (row.length !== L) throw new Error(`feature ${name} has ${row.length} weights, expected ${L}`)
    for (let y = 0; y < L; y++) emission[f * L + y] = row[y]! / stored.scale!
    rowOf.set(name, f)
  })
  const transition = Float64Array.from(stored.transition, (w) => w / stored.scale!)
  return { weights: { labels, rows: names.length, emission, transition, allowed: bioConstraints(labels) }, rowOf }
}
