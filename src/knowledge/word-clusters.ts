/**
 * @module knowledge/word-clusters — classes of English words by meaning, for the taggers' features.
 *
 * `models/word-clusters.json` (made by `npm run train -- clusters`, see `train/clusters.ts`) gives
 * 100,000 frequent lower-cased words a leaf of a three-level clustering of pretrained GloVe
 * vectors. The classes group words of one meaning or topic: "insisted" shares a leaf with
 * "reiterated", "disgusting" one with "outrageous" and "insane"; a tagger that saw one in
 * training can treat the other alike.
 */
import { FNV_OFFSET, fnv } from '../learn/logistic.js'
import { readModel } from '../learn/model-file.js'

/** Groups per level: 16, each split into 16, each of those into 4. */
export const CLUSTER_BRANCHING = [16, 16, 4] as const
export const WORD_CLUSTERS_FILE = 'word-clusters.json'

/** The model file: words in one string, their leaves in another (two base-32 digits each). */
export interface SavedWordClusters {
  readonly model: 'word-clusters'
  readonly trainedOn: Readonly<Record<string, unknown>>
  /** The words, separated by single spaces. */
  readonly words: string
  /** Each word's leaf, two base-32 digits per word, in the order of `words`. */
  readonly leaves: string
}

const LEAVES = CLUSTER_BRANCHING.reduce((a, b) => a * b, 1)

/** Packs words and their leaves for the model file. Pure. */
export function encodeClusters(words: readonly string[], leaves: ArrayLike<number>): Pick<SavedWordClusters, 'words' | 'leaves'> {
  let packed = ''
  for (let i = 0; i < words.length; i++) {
    const leaf = leaves[i]
    if (leaf === undefined || !Number.isInteger(leaf) || leaf < 0 || leaf >= LEAVES) throw new Error(`word ${words[i]} has no leaf in 0..${LEAVES - 1}`)
    packed += leaf.toString(32).padStart(2, '0')
  }
  return { words: words.join(' '), leaves: packed }
}

/** Unpacks a model file into word → leaf; throws naming the fix when its shape is wrong. */
export function decodeClusters(value: unknown): ReadonlyMap<string, number> {
  const v = value as Partial<SavedWordClusters> | null
  const words = typeof v?.words === 'string' ? v.words.split(' ') : []
  if (v?.model !== 'word-clusters' || typeof v.leaves !== 'string' || v.leaves.length !== 2 * words.length) {
    throw new Error(`models/${WORD_CLUSTERS_FILE} is not a word-cluster file: run \`npm run train -- clusters\``)
  }
  const out = new Map<string, number>()
  words.forEach((word, i) => {
    const leaf = parseInt(v.leaves!.slice(2 * i, 2 * i + 2), 32)
    if (leaf >= 0 && leaf < LEAVES) out.set(word, leaf)
  })
  return out
}

let committed: { readonly map: ReadonlyMap<string, number>; readonly signature: string } | undefined

function load(): NonNullable<typeof committed> {
  if (!committed) {
    const value = readModel(WORD_CLUSTERS_FILE)
    const saved = value as Partial<SavedWordClusters> | null
    committed = { map: decodeClusters(value), signature: (fnv(fnv(FNV_OFFSET, saved?.words ?? ''), saved?.leaves ?? '') >>> 0).toString(16).padStart(8, '0') }
  }
  return committed
}

/** The committed word → leaf map, read once. */
export function wordClusters(): ReadonlyMap<string, number> {
  return load().map
}

/**
 * A hash of the committed classes. The taggers trained on them record it and check it when they
 * load: features named after other classes would silently mean something else.
 */
export function wordClassesSignature(): string {
  return load().signature
}

/** Throws naming the retraining command when `model` was trained on other word classes than the committed ones. */
export function assertSameWordClasses(model: unknown, file: string, command: string): void {
  const trainedWith = (model as { trainedOn?: { wordClasses?: unknown } } | null)?.trainedOn?.wordClasses
  if (trainedWith !== wordClassesSignature()) {
    throw new Error(`models/${file} was trained on other word classes than models/${WORD_CLUSTERS_FILE} holds (${String(trainedWith)} vs ${wordClassesSignature()}): run \`${command}\``)
  }
}

/** Every leaf's classes, coarsest first ("3", "3.12", "3.12.1"); built once, shared by all words. */
const PATHS: readonly (readonly string[])[] = Array.from({ length: LEAVES }, (_, leaf) => {
  const path: string[] = []
  let below = LEAVES
  let name = ''
  for (const k of CLUSTER_BRANCHING) {
    below /= k
    name += `${name === '' ? '' : '.'}${Math.floor(leaf / below) % k}`
    path.push(name)
  }
  return path
})

/**
 * Whether two lower-cased words share their class at `depth` (0 the coarsest). Callers name a
 * branch by a typical member ("company"), so the meaning survives a retrained clustering. Pure given the map.
 */
export function sameWordClass(word: string, anchor: string, depth: number, clusters: ReadonlyMap<string, number> = wordClusters()): boolean {
  const a = wordClassPath(word, clusters)[depth]
  return a !== undefined && a === wordClassPath(anchor, clusters)[depth]
}

let ranks: ReadonlyMap<string, number> | undefined

/**
 * The place of a lower-cased word in the clustered words' frequency order (0 = "the"), or
 * `undefined` beyond the 100,000 most frequent: how common the word is in English, for weighting
 * words by rarity without a corpus of one's own.
 */
export function wordRank(word: string): number | undefined {
  if (!ranks) ranks = new Map([...wordClusters().keys()].map((w, i) => [w, i]))
  return ranks.get(word)
}

/** The classes of a lower-cased word, coarsest first, or none when the word is not among the clustered ones. Pure given the map. */
export function wordClassPath(word: string, clusters: ReadonlyMap<string, number> = wordClusters()): readonly string[] {
  const leaf = clusters.get(word)
  return leaf === undefined ? [] : PATHS[leaf]!
}
