/**
 * @module compare/stories — groups many articles into stories: the articles that report one event.
 *
 * Each article becomes a TF-IDF vector over content-word stems, with extra weight for words in
 * its title and for names (words capitalised mid-sentence, acronyms, and the `names` a caller
 * passes, e.g. the actors of the mentions stage); runs of capitalised words ("Michael Steele")
 * are features of their own. Two articles are as similar as the cosine of their vectors, times a
 * date factor when both are dated (1 up to `sameDays` apart, then halving every `halfLifeDays`).
 *
 * Candidate pairs come from an inverted index: each article's 40 strongest terms among those found
 * in at most `maxPosting` articles vote, so the work per article is bounded and the total grows
 * with the corpus, not with its pairs. Each article keeps its `neighbours` best candidates. Average-link clustering then merges,
 * best first, groups joined by a candidate edge while the mean similarity over *all* their
 * article pairs (computed exactly, on demand) is at least `threshold`. Every number is computed
 * in a fixed order and ties break by input position, so the result is the same on every run.
 */
import type { AnalyzedArticle } from '../model/schema.js'

/** What grouping reads from one article. */
export interface StoryInput {
  /** The caller's id for the article; stories list these. */
  readonly id: string
  readonly text: string
  readonly title?: string | undefined
  /** Publication day, ISO `YYYY-MM-DD` (a longer ISO timestamp is read to the day). */
  readonly published?: string | undefined
  /** Names of the people, organisations and places the article mentions; weighted like names found in the text. */
  readonly names?: readonly string[] | undefined
}

/** Tuning of `groupStories`; every field has a default chosen for general English news. */
export interface StoryOptions {
  /** Least mean pair similarity of a story. @default 0.2 */
  readonly threshold?: number
  /** Candidate neighbours kept per article. @default 10 */
  readonly neighbours?: number
  /** Dates at most this many days apart count as the same time. @default 3 */
  readonly sameDays?: number
  /** Beyond `sameDays`, the date factor halves every this many days. @default 7 */
  readonly halfLifeDays?: number
  /** Terms in more articles than this do not propose candidates (they still count in the similarity). @default 100 */
  readonly maxPosting?: number
}

/** Why two articles of a story belong together. */
export interface StoryLink {
  /** Ids of the two articles. */
  readonly a: string
  readonly b: string
  /** Cosine of the two articles' term vectors, in [0, 1]. */
  readonly cosine: number
  /** `cosine` times the date factor: the similarity grouping used. */
  readonly similarity: number
  /** Days between the two publication dates, when both are known. */
  readonly days?: number
  /** The terms that contribute most to `cosine`, strongest first. */
  readonly shared: string[]
}

/** A group of articles about one event. */
export interface Story {
  /** `S1`, `S2`, … in output order (largest story first, then by first member). */
  readonly id: string
  /** Article ids, in input order. */
  readonly members: string[]
  /** Mean similarity over all pairs of members; 1 for a single article. */
  readonly cohesion: number
  /** Terms shared by at least half the members (for one article: its strongest terms), strongest first. */
  readonly terms: string[]
  /** One link per merge, members.length - 1 in all: the most similar pair across the two merged groups. */
  readonly links: StoryLink[]
  /** One sentence a reader can check. */
  readonly explanation: string
}

const DEFAULTS: Required<StoryOptions> = { threshold: 0.2, neighbours: 10, sameDays: 3, halfLifeDays: 7, maxPosting: 100 }
/** Weight multipliers: a title word, a name, a capitalised run. Chosen by reasoning, not fitted: names and titles carry the event. */
const TITLE_WEIGHT = 1
const NAME_BOOST = 1.5
const PHRASE_WEIGHT = 1
const SHOWN_TERMS = 8
/** Index terms per article that propose candidates. */
const VOTERS = 40
const SHOWN_SHARED = 5
const DAY_MS = 86_400_000

/**
 * English function words, reporting verbs, calendar words and titles: words that say nothing
 * about which event an article reports. A short list on purpose; IDF discounts the rest.
 */
const STOPWORDS = new Set(`a about above across after again against ago all almost along already also although always am among an
and another any anyone anything are around as at away back be became because become been before being below between both but by
can cannot could did do does doing done down during each either else enough even ever every few for from further get gets getting
got had has have having he her here hers herself him himself his how however i if in including into is it its itself just last
least less let like made make makes making many may me might more most much must my myself near never new news next no nor not
now of off often on once one only onto or other others our ours ourselves out over own per perhaps put quite rather really said
same say saying says see seen several shall she should since so some something still such take than that the their theirs them
themselves then there these they thing things this those though through thus to together too toward towards under until up upon
us very via was way we well were what whatever when where whether which while who whom whose why will with within without would
yet you your yours yourself also told tell tells asked according added adding reported reporting statement statements spokesman
spokeswoman spokesperson mr mrs ms dr sen rep gov st jr sr year years month months week weeks day days today yesterday tomorrow
time times monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec am pm percent people two three four five first second
don't doesn't didn't isn't wasn't aren't weren't won't can't couldn't wouldn't shouldn't it's that's he's she's they're we're
i'm you're there's what's let's i've we've they've`.split(/\s+/u))

/** A term vector: feature ids ascending, with L2-normalised weights. */
interface Vector { readonly ids: Int32Array; readonly weights: Float64Array }

/** Counts of one feature in one article while it is read. */
interface Tally { body: number; capitalised: number; initial: number; title: number; phrase: boolean }

/**
 * Groups articles into stories. Pure and deterministic; near-linear in the number of articles.
 * @example groupStories([{ id: 'A', text: '…', published: '2024-05-01' }, …]).filter((s) => s.members.length > 1)
 */
export function groupStories(articles: readonly StoryInput[], options: StoryOptions = {}): Story[] {
  const o = { ...DEFAULTS, ...definedOnly(options) }
  const n = articles.length
  const table = new TermTable()
  const tallies = articles.map((a) => tallyArticle(a, table))
  const df = new Int32Array(table.size)
  for (const t of tallies) for (const id of t.keys()) df[id]!++
  const vectors = tallies.map((t) => vectorOf(t, df, n))
  const days = articles.map((a) => dayOf(a.published))
  const dateFactor = (i: number, j: number): number => {
    const di = days[i]
    const dj = days[j]
    if (di === undefined || dj === undefined) return 1
    const gap = Math.abs(di - dj)
    return gap <= o.sameDays ? 1 : 0.5 ** ((gap - o.sameDays) / o.halfLifeDays)
  }
  const cache = new Map<number, number>()
  const pairSim = (i: number, j: number): number => {
    const key = i < j ? i * n + j : j * n + i
    let s = cache.get(key)
    if (s === undefined) {
      s = dot(vectors[i]!, vectors[j]!) * dateFactor(i, j)
      cache.set(key, s)
    }
    return s
  }
  const edges = candidateEdges(vectors, table.size, o, dateFactor, pairSim)
  const clusters = averageLink(n, edges, o.threshold, pairSim)

  const stories = clusters.map((c) => ({ members: [...c.members].sort((x, y) => x - y), merges: c.merges }))
  stories.sort((x, y) => y.members.length - x.members.length || x.members[0]! - y.members[0]!)
  return stories.map((s, k) => {
    const members = s.members
    let sum = 0
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) sum += pairSim(members[x]!, members[y]!)
    const pairs = (members.length * (members.length - 1)) / 2
    const cohesion = pairs === 0 ? 1 : sum / pairs
    const links = s.merges.map(([i, j]) => linkOf(articles, vectors, table, days, i, j, pairSim(i, j)))
    const terms = storyTerms(members, vectors, table)
    const ids = members.map((i) => articles[i]!.id)
    return {
      id: `S${k + 1}`, members: ids, cohesion: round(cohesion), terms, links,
      explanation: members.length === 1
        ? `Article ${ids[0]!} stands alone: no group reaches mean similarity ${o.threshold} with it; its strongest terms: ${quoteTerms(terms)}.`
        : `${ids.length} articles with mean similarity ${round(cohesion)} (least ${o.threshold}), sharing ${quoteTerms(terms)}.`,
    }
  })
}

/** The `StoryInput` of an analysed article: its text, title, date and the names of its named actors. Pure. */
export function storyInputOf(analysed: Pick<AnalyzedArticle, 'article' | 'actors'>): StoryInput {
  const { article } = analysed
  const names = analysed.actors.filter((a) => a.kind !== 'unnamed' && a.kind !== 'outlet').map((a) => a.name)
  return {
    id: article.id, text: article.text,
    ...(article.title ? { title: article.title } : {}),
    ...(article.published ? { published: article.published.date } : {}),
    ...(names.length > 0 ? { names } : {}),
  }
}

function definedOnly(options: StoryOptions): StoryOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as StoryOptions
}

const round = (x: number): number => Math.round(x * 1000) / 1000
const quoteTerms = (terms: readonly string[]): string => (terms.length === 0 ? 'no terms' : terms.map((t) => `\`${t}\``).join(', '))

/** Day number of an ISO date, or undefined. */
function dayOf(published: string | undefined): number | undefined {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(published) : null
  if (!m) return undefined
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return Number.isNaN(t) ? undefined : Math.round(t / DAY_MS)
}

/** What one written form stands for: its feature (-1 for a stopword), its stem, and how often it was seen mid-sentence. */
interface Form { readonly id: number; readonly stem: string; seen: number }

/**
 * Interns feature keys as small integers. Each written form is stemmed once per call, and its
 * mid-sentence occurrences are counted so a feature is labelled the way writers spell it.
 */
class TermTable {
  private readonly ids = new Map<string, number>()
  private readonly forms = new Map<string, Form>()
  private readonly firstForm: string[] = []
  private labels: string[] | undefined
  get size(): number { return this.firstForm.length }
  private intern(key: string, surface: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.firstForm.length
      this.ids.set(key, id)
      this.firstForm.push(surface)
    }
    return id
  }
  /** The form of a word; `id` is -1 for words that say nothing about the event. */
  word(text: string): Form {
    let form = this.forms.get(text)
    if (!form) {
      const stem = stemOf(text)
      form = { id: isContent(stem) ? this.intern(`w:${stem}`, text.replace(/['’]s$/u, '').toLowerCase()) : -1, stem, seen: 0 }
      this.forms.set(text, form)
    }
    return form
  }
  /** The form of a run of capitalised words. */
  phrase(words: readonly string[]): Form {
    const text = words.map((w) => w.replace(/['’]s$/u, '')).join(' ')
    let form = this.forms.get(text)
    if (!form) {
      const stem = words.map((w) => this.word(w).stem).join(' ')
      form = { id: this.intern(`p:${stem}`, text), stem, seen: 0 }
      this.forms.set(text, form)
    }
    return form
  }
  /** The most often seen written form of a feature; ties go to the alphabetically first. */
  label(id: number): string {
    if (!this.labels) {
      const best = [...this.firstForm]
      const count = new Array<number>(best.length).fill(0)
      for (const [text, form] of this.forms) {
        const surface = text.replace(/['’]s$/u, '')
        if (form.id < 0 || form.seen === 0) continue
        if (form.seen > count[form.id]! || (form.seen === count[form.id] && surface < best[form.id]!)) {
          best[form.id] = surface
          count[form.id] = form.seen
        }
      }
      this.labels = best
    }
    return this.labels[id] ?? ''
  }
}

/** Dotted acronyms ("N.A.A.C.P.") first, then words with an optional apostrophe part ("Obama's", "don't"). */
export const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
/** Characters after which a capital letter says nothing: sentence ends, opening quotes, dashes. */
const OPENERS = new Set(['.', '!', '?', '"', '“', '‘', "'", '(', ':', '—', '–', ';'])
/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'st', 'jr', 'sr', 'prof', 'rev',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'co', 'inc', 'corp', 'ltd', 'vs'])

/** Lower-cased, accents folded ("Raúl" = "Raul"), possessive and acronym dots dropped, then a light suffix strip. Pure. */
export function stemOf(word: string): string {
  let w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/u, '').replace(/\./gu, '').replace(/’/gu, "'")
  if (w.length <= 3 || STOPWORDS.has(w)) return w
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('sses') || /(?:ch|sh|x|z)es$/u.test(w)) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1)
  if (w.length >= 6 && w.endsWith('ing')) w = undouble(w.slice(0, -3))
  else if (w.length >= 5 && w.endsWith('ed')) w = undouble(w.slice(0, -2))
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/u.test(w) && !/(?:ll|ss|zz)$/u.test(w) ? w.slice(0, -1) : w
}

/** True for a stem that says what an article is about: a letter in it, two characters at least, no stop word. */
export const isContent = (stem: string): boolean => stem.length >= 2 && /\p{L}/u.test(stem) && !STOPWORDS.has(stem)
const isCapitalised = (word: string): boolean => {
  const c = word.charCodeAt(0)
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word)
}

/** Reads one article into feature tallies: word stems and runs of two to four capitalised words. */
function tallyArticle(article: StoryInput, table: TermTable): Map<number, Tally> {
  const tallies = new Map<number, Tally>()
  const tally = (id: number, phrase: boolean): Tally => {
    let t = tallies.get(id)
    if (!t) tallies.set(id, (t = { body: 0, capitalised: 0, initial: 0, title: 0, phrase }))
    return t
  }
  const text = article.text
  let run: string[] = []
  const closeRun = (): void => {
    // A run of two to four capitalised words is a name of its own ("White House", "Michael Steele").
    if (run.length >= 2 && run.length <= 4) {
      const form = table.phrase(run)
      form.seen++
      tally(form.id, true).body++
    }
    run = []
  }
  const word = new RegExp(WORD.source, 'gu')
  let previousEnd = 0
  let previous = ''
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const written = m[0]
    // The gap since the previous word: its last visible character, and whether it breaks a line.
    let last = ''
    let newline = false
    for (let k = m.index - 1; k >= previousEnd; k--) {
      const c = text.charCodeAt(k)
      if (c === 10) newline = true
      else if (last === '' && c !== 32 && c !== 9 && c !== 13 && c !== 160) last = text[k]!
    }
    const single = m.index - previousEnd === 1 && text[previousEnd] === ' '
    // After "Mr." or an initial ("George W. Bush") a full stop does not end the sentence.
    const abbreviation = last === '.' && (ABBREVIATIONS.has(previous.toLowerCase()) || /^\p{Lu}$/u.test(previous))
    const atStart = previousEnd === 0 || newline || (OPENERS.has(last) && !abbreviation)
    previousEnd = m.index + written.length
    previous = written
    const form = table.word(written)
    const capital = form.id >= 0 && isCapitalised(written)
    if (!capital || !single) closeRun()
    if (capital) run.push(written)
    if (form.id < 0) continue
    const t = tally(form.id, false)
    t.body++
    if (capital && atStart) t.initial++
    else if (capital) t.capitalised++
    if (!atStart) form.seen++
  }
  closeRun()
  for (const m of (article.title ?? '').matchAll(WORD)) {
    const form = table.word(m[0].toLowerCase())
    if (form.id >= 0) tally(form.id, false).title++
  }
  for (const name of article.names ?? []) {
    const words = [...name.matchAll(WORD)].map((m) => m[0]).filter((w) => table.word(w).id >= 0)
    for (const w of words) tally(table.word(w).id, false).capitalised++
    if (words.length >= 2 && words.length <= 4) tally(table.phrase(words).id, true)
  }
  return tallies
}

/** Sublinear TF times smoothed IDF (`1 + ln((n + 1) / (df + 1))`, so terms every article shares still count), L2-normalised. */
function vectorOf(tallies: Map<number, Tally>, df: Int32Array, n: number): Vector {
  const ids = Int32Array.from([...tallies.keys()].sort((a, b) => a - b))
  const weights = new Float64Array(ids.length)
  let norm = 0
  ids.forEach((id, k) => {
    const t = tallies.get(id)!
    // A word is a name when it is capitalised where case means something, at least half the time.
    const named = t.capitalised > 0 && t.capitalised * 2 >= t.body - t.initial
    const tf = t.phrase ? PHRASE_WEIGHT * Math.log1p(Math.max(1, t.body)) : Math.log1p(t.body) * (named ? NAME_BOOST : 1) + (t.title > 0 ? TITLE_WEIGHT : 0)
    const w = tf * (1 + Math.log((n + 1) / (df[id]! + 1)))
    weights[k] = w
    norm += w * w
  })
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
  for (let k = 0; k < weights.length; k++) weights[k]! *= scale
  return { ids, weights }
}

function dot(a: Vector, b: Vector): number {
  let s = 0
  for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length;) {
    const ia = a.ids[x]!
    const ib = b.ids[y]!
    if (ia === ib) s += a.weights[x++]! * b.weights[y++]!
    else if (ia < ib) x++
    else y++
  }
  return s
}

/**
 * Candidate edges `[i, j]` (i < j, each once): for each article, the `neighbours` best articles by
 * the dot product over its `VOTERS` strongest index terms (document frequency ≤ `maxPosting`) times
 * the date factor. The work per article is bounded by `VOTERS × maxPosting`.
 */
function candidateEdges(
  vectors: readonly Vector[], terms: number, o: Required<StoryOptions>,
  dateFactor: (i: number, j: number) => number, pairSim: (i: number, j: number) => number,
): Array<[number, number]> {
  // Postings hold each article with its weight for the term, so voting needs no lookups.
  const docs: number[][] = Array.from({ length: terms }, () => [])
  const weights: number[][] = Array.from({ length: terms }, () => [])
  vectors.forEach((v, i) => v.ids.forEach((id, k) => {
    docs[id]!.push(i)
    weights[id]!.push(v.weights[k]!)
  }))
  const seen = new Set<number>()
  const edges: Array<[number, number]> = []
  const n = vectors.length
  const score = new Float64Array(n)
  vectors.forEach((v, i) => {
    const touched: number[] = []
    // Only the article's strongest index terms vote: they are the ones that name its event.
    const voters = [...v.ids.keys()].filter((k) => {
      const df = docs[v.ids[k]!]!.length
      return df >= 2 && df <= o.maxPosting
    }).sort((x, y) => v.weights[y]! - v.weights[x]! || x - y).slice(0, VOTERS)
    for (const k of voters) {
      const id = v.ids[k]!
      const list = docs[id]!
      const w = v.weights[k]!
      const ws = weights[id]!
      for (let p = 0; p < list.length; p++) {
        const j = list[p]!
        if (j === i) continue
        if (score[j] === 0) touched.push(j)
        score[j]! += w * ws[p]!
      }
    }
    const ranked = touched.map((j) => [j, score[j]! * dateFactor(i, j)] as const)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, o.neighbours)
    for (const j of touched) score[j] = 0
    for (const [j] of ranked) {
      const key = i < j ? i * n + j : j * n + i
      if (seen.has(key)) continue
      seen.add(key)
      if (pairSim(i, j) > 0) edges.push(i < j ? [i, j] : [j, i])
    }
  })
  return edges
}

/** A group during clustering: members, sum of pair similarities to each adjacent group, and the pairs that tied its merges. */
interface Cluster {
  members: number[]
  readonly sums: Map<number, number>
  version: number
  alive: boolean
  merges: Array<[number, number]>
}

/** One heap entry: average linkage between clusters a < b at their given versions. */
interface Candidate { readonly score: number; readonly a: number; readonly b: number; readonly va: number; readonly vb: number }

/**
 * Average-link (UPGMA) clustering restricted to groups joined by a candidate edge. Sums of pair
 * similarities between adjacent groups are exact: a pair never compared is compared when its
 * groups first become adjacent. Stops when the best mean similarity is below `threshold`.
 */
function averageLink(n: number, edges: ReadonlyArray<readonly [number, number]>, threshold: number, pairSim: (i: number, j: number) => number): Cluster[] {
  const clusters: Cluster[] = Array.from({ length: n }, (_, i) => ({ members: [i], sums: new Map(), version: 0, alive: true, merges: [] }))
  const heap = new Heap<Candidate>((x, y) => x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b))))
  for (const [i, j] of edges) {
    const s = pairSim(i, j)
    clusters[i]!.sums.set(j, s)
    clusters[j]!.sums.set(i, s)
    if (s >= threshold) heap.push({ score: s, a: i, b: j, va: 0, vb: 0 })
  }
  const exactSum = (x: Cluster, y: Cluster): number => {
    let s = 0
    for (const i of x.members) for (const j of y.members) s += pairSim(i, j)
    return s
  }
  for (let top = heap.pop(); top; top = heap.pop()) {
    const A = clusters[top.a]!
    const B = clusters[top.b]!
    if (!A.alive || !B.alive || A.version !== top.va || B.version !== top.vb) continue
    let best: [number, number] = [A.members[0]!, B.members[0]!]
    let bestSim = -1
    for (const i of A.members) for (const j of B.members) {
      const s = pairSim(i, j)
      if (s > bestSim) [best, bestSim] = [[i, j], s]
    }
    const neighbours = [...new Set([...A.sums.keys(), ...B.sums.keys()])].filter((d) => d !== top.a && d !== top.b).sort((x, y) => x - y)
    const merged = new Map<number, number>()
    for (const d of neighbours) {
      const D = clusters[d]!
      const s = (A.sums.get(d) ?? exactSum(A, D)) + (B.sums.get(d) ?? exactSum(B, D))
      merged.set(d, s)
      D.sums.delete(top.a)
      D.sums.delete(top.b)
      D.sums.set(top.a, s)
    }
    A.members = [...A.members, ...B.members]
    A.merges = [...A.merges, ...B.merges, best]
    A.sums.clear()
    for (const [d, s] of merged) A.sums.set(d, s)
    A.version++
    B.alive = false
    for (const [d, s] of merged) {
      const D = clusters[d]!
      const score = s / (A.members.length * D.members.length)
      if (score < threshold) continue
      heap.push(d < top.a
        ? { score, a: d, b: top.a, va: D.version, vb: A.version }
        : { score, a: top.a, b: d, va: A.version, vb: D.version })
    }
  }
  return clusters.filter((c) => c.alive)
}

/** A binary heap; `before(x, y)` is true when x comes out first. */
class Heap<T> {
  private readonly items: T[] = []
  constructor(private readonly before: (x: T, y: T) => boolean) {}
  push(item: T): void {
    const items = this.items
    items.push(item)
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1
      if (!this.before(items[i]!, items[parent]!)) break
      ;[items[i], items[parent]] = [items[parent]!, items[i]!]
      i = parent
    }
  }
  pop(): T | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length > 0 && last !== undefined) {
      items[0] = last
      for (let i = 0; ;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < items.length && this.before(items[l]!, items[m]!)) m = l
        if (r < items.length && this.before(items[r]!, items[m]!)) m = r
        if (m === i) break
        ;[items[i], items[m]] = [items[m]!, items[i]!]
        i = m
      }
    }
    return top
  }
}

function linkOf(
  articles: readonly StoryInput[], vectors: readonly Vector[], table: TermTable, days: ReadonlyArray<number | undefined>,
  i: number, j: number, similarity: number,
): StoryLink {
  const a = vectors[i]!
  const b = vectors[j]!
  const contributions: Array<[number, number]> = []
  for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length;) {
    const ia = a.ids[x]!
    const ib = b.ids[y]!
    if (ia === ib) contributions.push([ia, a.weights[x++]! * b.weights[y++]!])
    else if (ia < ib) x++
    else y++
  }
  const di = days[i]
  const dj = days[j]
  return {
    a: articles[i]!.id, b: articles[j]!.id, cosine: round(dot(a, b)), similarity: round(similarity),
    ...(di !== undefined && dj !== undefined ? { days: Math.abs(di - dj) } : {}),
    shared: labels(contributions, table, SHOWN_SHARED),
  }
}

/** Terms in at least half the members (all of one), ranked by summed weight. */
function storyTerms(members: readonly number[], vectors: readonly Vector[], table: TermTable): string[] {
  const total = new Map<number, number>()
  const count = new Map<number, number>()
  for (const i of members) {
    const v = vectors[i]!
    v.ids.forEach((id, k) => {
      total.set(id, (total.get(id) ?? 0) + v.weights[k]!)
      count.set(id, (count.get(id) ?? 0) + 1)
    })
  }
  const least = Math.max(1, Math.min(2, members.length), Math.ceil(members.length / 2))
  return labels([...total].filter(([id]) => count.get(id)! >= least), table, SHOWN_TERMS)
}

/** Labels of the strongest features; a name run stands in for its own words ("Old Mill Bridge", not "Old", "Mill"). */
function labels(scored: ReadonlyArray<readonly [number, number]>, table: TermTable, limit: number): string[] {
  const out: string[] = []
  const sorted = [...scored].sort((x, y) => y[1] - x[1] || x[0] - y[0])
  // Look past the limit, so a run ranked just below its own words still replaces them.
  for (const [id] of sorted.slice(0, 3 * limit)) {
    const label = table.label(id)
    const words = label.toLowerCase().split(' ')
    if (out.some((o) => o.toLowerCase().split(' ').includes(words[0]!) && words.length === 1)) continue
    const parts = out.map((o, k) => (words.length > 1 && words.includes(o.toLowerCase()) ? k : -1)).filter((k) => k >= 0)
    if (parts.length === 0) out.push(label)
    else {
      out[parts[0]!] = label
      for (const k of parts.slice(1).reverse()) out.splice(k, 1)
    }
  }
  return out.slice(0, limit)
}
