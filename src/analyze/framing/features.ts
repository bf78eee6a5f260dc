/**
 * @module analyze/framing/features — the feature strings the trained tagger and technique classifier read.
 *
 * Both models see the article through the framing context and the hits of the hand-written rules,
 * so every lexicon entry and rule is also evidence for the learners. Features are strings
 * (`w0=brutal`, `r=framing/loaded-term`) hashed by `learn/logistic`; the prefixes are listed here
 * once so an explanation can find the word features that drove a decision. Everything is linear
 * in the number of tokens: rule hits are painted onto per-token and per-sentence bit masks once.
 */
import { FNV_OFFSET, fnv, sigmoid, type LogisticModel } from '../../learn/logistic.js'
import { POS_TAGS } from '../layers.js'
import { tokenText } from '../segment/segment.js'
import { wordClassPath } from '../../knowledge/word-clusters.js'
import type { FramingContext, Hit } from './context.js'
import { RULES } from './rules.js'

/** Per-article tables the feature functions share; build once with `buildFeatureView`. */
export interface FeatureView {
  readonly ctx: FramingContext
  /** Bit `r` set when rule `RULES[r]` has a hit covering the token. */
  readonly tokenRules: Uint32Array
  /** Bit `r` set when rule `RULES[r]` has a hit within the sentence. */
  readonly sentenceRules: Uint32Array
  /** Sentence index of every token. */
  readonly sentenceOf: Uint32Array
  /** 1 when the token lies inside a quotation. */
  readonly quoted: Uint8Array
  /** How often the token's lemma occurs in the article. */
  readonly lemmaCount: Uint16Array
  /** Lower-cased article text, for counting repeated phrases. */
  readonly lowerText: string
  /** Each token's word classes, coarsest first (`knowledge/word-clusters`); empty for words not clustered. */
  readonly classes: readonly (readonly string[])[]
  /** Each token's shape (`shape`). */
  readonly shapes: readonly string[]
  /** Per sentence: `QUESTION` and `EXCLAMATION` bits, set when its last three characters hold "?" or "!". */
  readonly endings: Uint8Array
}

const QUESTION = 1
const EXCLAMATION = 2

const RULE_INDEX = new Map<string, number>(RULES.map((r, i) => [r.id, i]))
/** Part-of-speech tags of content words. */
export const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'ADV'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])))
/** The part-of-speech tag of punctuation. */
export const PUNCT_TAG = POS_TAGS.indexOf('PUNCT')

/**
 * Builds the shared tables from the context and the rule hits. A hit of a lexicon list PTC hardly
 * holds (`Hit.beyondPtc`: "pocketed", "it should be noted") is no feature: the tagger learned
 * nothing of it, and would read it as the rule's usual wording. Pure; linear in tokens plus hit lengths.
 */
export function buildFeatureView(ctx: FramingContext, hits: readonly Hit[]): FeatureView {
  const { seg } = ctx
  const n = seg.starts.length
  const sentenceOf = new Uint32Array(n)
  for (let s = 0; s < seg.sentences.length; s++) sentenceOf.fill(s, seg.sentenceTokenStart[s] ?? 0, seg.sentenceTokenEnd[s] ?? 0)
  const tokenRules = new Uint32Array(n)
  const sentenceRules = new Uint32Array(seg.sentences.length)
  for (const h of hits) {
    if (h.beyondPtc === true) continue
    const bit = 1 << (RULE_INDEX.get(h.ruleId) ?? 31)
    let i = firstTokenAtOrAfter(ctx, h.span.start)
    if (i < n) sentenceRules[sentenceOf[i]!]! |= bit
    for (; i < n && (seg.starts[i] ?? 0) < h.span.end; i++) tokenRules[i]! |= bit
  }
  const quoted = new Uint8Array(n)
  let q = 0
  for (let i = 0; i < n; i++) {
    const start = seg.starts[i]!
    while (q < seg.quotes.length && seg.quotes[q]!.end <= start) q++
    const quote = seg.quotes[q]
    if (quote && quote.start <= start) quoted[i] = 1
  }
  const counts = new Map<string, number>()
  for (const l of ctx.lemma) counts.set(l, (counts.get(l) ?? 0) + 1)
  const lemmaCount = new Uint16Array(n)
  for (let i = 0; i < n; i++) lemmaCount[i] = Math.min(65535, counts.get(ctx.lemma[i] ?? '') ?? 0)
  const classes = ctx.lower.map((word) => wordClassPath(word))
  const shapes = Array.from({ length: n }, (_, i) => shape(tokenText(ctx.text, seg, i)))
  const endings = Uint8Array.from(seg.sentences, ({ end }) => {
    const tail = ctx.text.slice(Math.max(0, end - 3), end)
    return (tail.includes('?') ? QUESTION : 0) | (tail.includes('!') ? EXCLAMATION : 0)
  })
  return { ctx, tokenRules, sentenceRules, sentenceOf, quoted, lemmaCount, lowerText: ctx.text.toLowerCase(), classes, shapes, endings }
}

/** Index of the first token ending after `offset` (binary search). */
export function firstTokenAtOrAfter(ctx: FramingContext, offset: number): number {
  const ends = ctx.seg.ends
  let lo = 0
  let hi = ends.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ends[mid]! <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Tokens `[a, b)` overlapping the characters `[start, end)`. Pure. */
export function overlappingTokens(view: FeatureView, start: number, end: number): [number, number] {
  const { starts } = view.ctx.seg
  const a = firstTokenAtOrAfter(view.ctx, start)
  let b = a
  while (b < starts.length && starts[b]! < end) b++
  return [a, b]
}

function shape(token: string): string {
  if (!/\p{L}/u.test(token)) return /\p{N}/u.test(token) ? 'd' : 'p'
  if (token.length > 1 && token === token.toUpperCase()) return 'X'
  return /^\p{Lu}/u.test(token) ? 'Xx' : 'x'
}

/** Bucket edges of a sentence's place in the article and of its length in tokens. */
const SENTENCE_AT_EDGES = [0, 1, 2, 4, 8, 16, 32]
const SENTENCE_LENGTH_EDGES = [5, 10, 20, 35, 60]
/** Bucket edges of a token's distance from its sentence's ends, of a sentence's rule count, and of a lemma's count in the article (fine and coarse). */
const TOKEN_PLACE_EDGES = [0, 2, 5, 10, 20]
const RULE_COUNT_EDGES = [0, 1, 2, 4]
const REPEAT_EDGES = [1, 2, 3, 5, 9]
const COARSE_REPEAT_EDGES = [1, 3, 9]
/** Bucket edges of a sentence's share of quoted tokens and of its shouted words. */
const QUOTED_SHARE_EDGES = [0, 0.5, 0.99]
const SHOUTED_EDGES = [0, 1, 3]

function bucket(n: number, edges: readonly number[]): number {
  let b = 0
  while (b < edges.length && n > edges[b]!) b++
  return b
}

function ruleNames(mask: number, prefix: string, out: string[]): void {
  for (let r = 0; mask !== 0 && r < RULES.length; r++) {
    if (mask & (1 << r)) {
      out.push(prefix + RULES[r]!.id)
      mask &= ~(1 << r)
    }
  }
}

/**
 * Receives one feature as a prefix and up to three parts joined by `|`: `add('ww-=', a, b)` is
 * the feature `ww-=a|b`. The string sink builds names (tests, explanations); the hash sink
 * hashes the pieces without building them (run time), to the same bucket.
 */
export interface FeatureSink {
  add(prefix: string, a?: string, b?: string, c?: string): void
}

/** A sink collecting feature names. */
export function nameSink(): FeatureSink & { readonly names: string[] } {
  const names: string[] = []
  return {
    names,
    add(prefix, a, b, c) {
      names.push(prefix + (a ?? '') + (b === undefined ? '' : `|${b}`) + (c === undefined ? '' : `|${c}`))
    },
  }
}

/** The bucket of a feature given as a prefix and up to three parts, as `hashFeature` would hash `prefix + a|b|c`. Pure. */
function featureBucket(mask: number, prefix: string, a?: string, b?: string, c?: string): number {
  let h = fnv(FNV_OFFSET, prefix)
  if (a !== undefined) h = fnv(h, a)
  if (b !== undefined) h = fnv(fnv(h, '|'), b)
  if (c !== undefined) h = fnv(fnv(h, '|'), c)
  return (h >>> 0) & mask
}

/** A sink hashing features into `buckets` (as `hashFeature` would hash their names); `take()` returns and resets them. */
export function hashSink(buckets: number): FeatureSink & { take(): Int32Array } {
  let out = new Int32Array(64)
  let n = 0
  const mask = buckets - 1
  return {
    add(prefix, a, b, c) {
      if (n === out.length) {
        const grown = new Int32Array(out.length * 2)
        grown.set(out)
        out = grown
      }
      out[n++] = featureBucket(mask, prefix, a, b, c)
    },
    take() {
      const taken = out.slice(0, n)
      n = 0
      return taken
    },
  }
}

/**
 * A sink scoring features with a two-class model as they come, adding each one's weight in the
 * order `probabilities` would: the same probability, with no feature array to build (run time).
 * `probability()` returns the probability of class 1 and resets.
 */
export function scoreSink(model: LogisticModel): FeatureSink & { probability(): number } {
  if (model.width !== 1) throw new Error('scoreSink scores two-class models only')
  const { weights, bias } = model
  const mask = model.buckets - 1
  let z = bias[0]!
  return {
    add(prefix, a, b, c) {
      z += weights[featureBucket(mask, prefix, a, b, c)]!
    },
    probability() {
      const p = sigmoid(z)
      z = bias[0]!
      return p
    },
  }
}

const NUM: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i))
const num = (n: number): string => NUM[n] ?? String(n)

/** Emits the span tagger's features of token `i` into `sink`. Pure apart from the sink. */
export function emitTokenFeatures(view: FeatureView, i: number, sink: FeatureSink): void {
  const { ctx, tokenRules, sentenceRules, sentenceOf } = view
  const { seg, lower, lemma } = ctx
  const s = sentenceOf[i]!
  const from = seg.sentenceTokenStart[s] ?? 0
  const to = seg.sentenceTokenEnd[s] ?? 0
  const w = (k: number): string => (k < from ? '<s>' : k >= to ? '</s>' : lower[k] ?? '')
  const p = (k: number): string => (k < from ? '<s>' : k >= to ? '</s>' : POS_TAGS[seg.pos[k] ?? 16] ?? 'X')
  const w0 = w(i)
  const wm1 = w(i - 1)
  const wp1 = w(i + 1)
  const p0 = p(i)
  const pm1 = p(i - 1)
  const pp1 = p(i + 1)
  sink.add('bias')
  sink.add('w0=', w0)
  sink.add('l0=', lemma[i] ?? '')
  sink.add('p0=', p0)
  const tokenShape = view.shapes[i]!
  sink.add('s0=', tokenShape)
  sink.add('w-1=', wm1)
  sink.add('w+1=', wp1)
  sink.add('w-2=', w(i - 2))
  sink.add('w+2=', w(i + 2))
  const lm1 = k(lemma, i - 1, from, to)
  const lp1 = k(lemma, i + 1, from, to)
  sink.add('l-1=', lm1)
  sink.add('l+1=', lp1)
  sink.add('ww-=', wm1, w0)
  sink.add('ww+=', w0, wp1)
  sink.add('pp-=', pm1, p0)
  sink.add('pp+=', p0, pp1)
  sink.add('ppp=', pm1, p0, pp1)
  sink.add('pw-=', pm1, w0)
  sink.add('pw+=', w0, pp1)
  const leaf = (j: number): string => (j < from ? '<s>' : j >= to ? '</s>' : view.classes[j]?.[2] ?? '?')
  for (const c of view.classes[i] ?? []) sink.add('c0=', c)
  sink.add('c-1=', leaf(i - 1))
  sink.add('c+1=', leaf(i + 1))
  sink.add('cc-=', leaf(i - 1), leaf(i))
  sink.add('cc+=', leaf(i), leaf(i + 1))
  const mid = (j: number): string => (j < from ? '<s>' : j >= to ? '</s>' : view.classes[j]?.[1] ?? '?')
  sink.add('m-2=', mid(i - 2))
  sink.add('m+2=', mid(i + 2))
  sink.add('mp=', mid(i), p0)
  sink.add('mw-=', mid(i), wm1)
  sink.add('mw+=', mid(i), wp1)
  sink.add('pos=', num(bucket(i - from, TOKEN_PLACE_EDGES)))
  sink.add('end=', num(bucket(to - 1 - i, TOKEN_PLACE_EDGES)))
  sink.add('slen=', num(bucket(to - from, SENTENCE_LENGTH_EDGES)))
  if (view.quoted[i]) sink.add('quoted')
  if (s === 0) sink.add('title')
  sink.add('ll-=', lm1, lemma[i] ?? '')
  sink.add('ll+=', lemma[i] ?? '', lp1)
  // Where the sentence stands and how many rules hit it: headlines and openings are the most charged.
  sink.add('at=', num(bucket(s, SENTENCE_AT_EDGES)))
  sink.add('nr=', num(bucket(popcount(sentenceRules[s]!), RULE_COUNT_EDGES)), p0)
  if (tokenShape === 'X') sink.add('shout', p0)
  if (view.endings[s]! & QUESTION) sink.add('squestion')
  if (view.endings[s]! & EXCLAMATION) sink.add('sexclaim')
  if (CONTENT_POS.has(seg.pos[i] ?? 16)) {
    sink.add('rep=', num(bucket(view.lemmaCount[i]!, REPEAT_EDGES)))
    sink.add('rep|p=', num(bucket(view.lemmaCount[i]!, COARSE_REPEAT_EDGES)), p0)
  }
  emitRules(tokenRules[i]!, 'r=', sink)
  emitRules(sentenceRules[s]! & ~tokenRules[i]!, 'rs=', sink)
  let near = 0
  for (let d = -3; d <= 3; d++) if (d !== 0 && i + d >= from && i + d < to) near |= tokenRules[i + d]!
  emitRules(near & ~tokenRules[i]!, 'rn=', sink)
}

/**
 * Emits the sentence classifier's features of sentence `s`: its lemmas, word classes and word
 * pairs, the rules that hit it, its length, place in the article, share quoted, end punctuation
 * and capitals. Pure apart from the sink; linear in the sentence's tokens.
 */
export function emitSentenceFeatures(view: FeatureView, s: number, sink: FeatureSink): void {
  const { ctx, sentenceRules } = view
  const { seg, lower, lemma } = ctx
  const from = seg.sentenceTokenStart[s] ?? 0
  const to = seg.sentenceTokenEnd[s] ?? 0
  let quoted = 0
  let shouted = 0
  let previous = '<s>'
  sink.add('bias')
  for (let i = from; i < to; i++) {
    quoted += view.quoted[i]!
    if (seg.pos[i] === PUNCT_TAG) continue
    sink.add('sl=', lemma[i] ?? '')
    const mid = view.classes[i]?.[1]
    if (mid !== undefined) sink.add('sc=', mid)
    sink.add('sb=', previous, lower[i] ?? '')
    previous = lower[i] ?? ''
    if (view.shapes[i] === 'X') shouted++
  }
  emitRules(sentenceRules[s]!, 'r=', sink)
  const len = to - from
  sink.add('len=', num(bucket(len, SENTENCE_LENGTH_EDGES)))
  sink.add('at=', num(bucket(s, SENTENCE_AT_EDGES)))
  sink.add('quoted=', num(bucket(quoted / Math.max(1, len), QUOTED_SHARE_EDGES)))
  sink.add('shout=', num(bucket(shouted, SHOUTED_EDGES)))
  sink.add('first=', lemma[from] ?? '')
  if (view.endings[s]! & QUESTION) sink.add('question')
  if (view.endings[s]! & EXCLAMATION) sink.add('exclaim')
}

/** Feature names of sentence `s` for the sentence classifier. Pure. */
export function sentenceFeatures(view: FeatureView, s: number): string[] {
  const sink = nameSink()
  emitSentenceFeatures(view, s, sink)
  return sink.names
}

/** Feature names of token `i` for the span tagger. Pure. */
export function tokenFeatures(view: FeatureView, i: number): string[] {
  const sink = nameSink()
  emitTokenFeatures(view, i, sink)
  return sink.names
}

function popcount(mask: number): number {
  let count = 0
  for (let m = mask; m !== 0; m &= m - 1) count++
  return count
}

function emitRules(mask: number, prefix: string, sink: FeatureSink): void {
  for (let r = 0; mask !== 0 && r < RULES.length; r++) {
    if (mask & (1 << r)) {
      sink.add(prefix, RULES[r]!.id)
      mask &= ~(1 << r)
    }
  }
}

function k(list: readonly string[], i: number, from: number, to: number): string {
  return i < from ? '<s>' : i >= to ? '</s>' : list[i] ?? ''
}

/** Prefix of the span classifier's word features; explanations look for it. */
export const SPAN_WORD = 'sw='

/** Feature names of the span covering tokens `[a, b)` for the technique classifier. Pure. */
export function spanFeatures(view: FeatureView, a: number, b: number): string[] {
  const { ctx, tokenRules, sentenceOf } = view
  const { seg, lower, lemma, text } = ctx
  const n = seg.starts.length
  const out = ['bias']
  let rules = 0
  let caps = 0
  let words = 0
  for (let i = a; i < b; i++) {
    out.push(SPAN_WORD + (lower[i] ?? ''), `sl=${lemma[i] ?? ''}`, `sp=${POS_TAGS[seg.pos[i] ?? 16]}`)
    for (const c of view.classes[i] ?? []) out.push(`sc=${c}`)
    if (i + 1 < b) out.push(`sb=${lower[i]}|${lower[i + 1]}`)
    rules |= tokenRules[i]!
    if (seg.pos[i] !== PUNCT_TAG) {
      words++
      if (/^\p{Lu}/u.test(text.slice(seg.starts[i], seg.ends[i]))) caps++
    }
  }
  const len = b - a
  const lb = bucket(len, [1, 2, 3, 5, 8, 12, 20, 30])
  out.push(`first=${lower[a] ?? ''}`, `last=${lower[b - 1] ?? ''}`, `len=${lb}`, `fp=${POS_TAGS[seg.pos[a] ?? 16]}`, `lp=${POS_TAGS[seg.pos[b - 1] ?? 16]}`)
  if (words > 0) out.push(`caps=${bucket(caps / words, [0, 0.34, 0.67, 0.99])}`)
  for (let d = 1; d <= 3; d++) {
    out.push(`c-${d}=${a - d >= 0 ? lower[a - d] : '<d>'}`, `c+${d}=${b - 1 + d < n ? lower[b - 1 + d] : '</d>'}`)
  }
  out.push(`c-12=${lower[a - 2] ?? ''}|${lower[a - 1] ?? ''}`)
  ruleNames(rules, 'r=', out)
  const s = sentenceOf[a] ?? 0
  ruleNames((view.sentenceRules[s] ?? 0) & ~rules, 'rs=', out)
  const sentence = seg.sentences[s]
  if (sentence) {
    const sLen = (seg.sentenceTokenEnd[s] ?? 0) - (seg.sentenceTokenStart[s] ?? 0)
    out.push(`cov=${bucket(len / Math.max(1, sLen), [0.1, 0.3, 0.6, 0.9])}`)
    const tail = text.slice(Math.max(sentence.start, sentence.end - 3), sentence.end)
    if (tail.includes('?')) out.push('squestion')
  }
  const start = seg.starts[a] ?? 0
  const end = seg.ends[b - 1] ?? start
  const inner = text.slice(start, end)
  if (inner.includes('?')) out.push('has?')
  if (inner.includes('!')) out.push('has!')
  if (/[“”"]/u.test(inner) || /[“"]/u.test(text.slice(Math.max(0, start - 2), start))) out.push('quotes')
  if (view.quoted[a]) out.push('quoted')
  if (s === 0) out.push('title')
  const occurrences = countOccurrences(view.lowerText, start, end, 6)
  out.push(`occ=${occurrences}`, `occ|len=${Math.min(occurrences, 3)}|${lb}`)
  if (len === 1) out.push(`lrep=${bucket(view.lemmaCount[a] ?? 0, REPEAT_EDGES)}`)
  return out
}

/** Characters searched on each side of a span for its repetitions: keeps the search per span bounded, so an article stays linear. */
export const REPEAT_WINDOW = 20000

/**
 * Counts occurrences of `text[start, end)` within `REPEAT_WINDOW` characters around it (itself
 * included), stopping at `cap`. Pure.
 */
export function countOccurrences(text: string, start: number, end: number, cap: number): number {
  if (end <= start) return 0
  const needle = text.slice(start, end)
  const window = text.slice(Math.max(0, start - REPEAT_WINDOW), Math.min(text.length, end + REPEAT_WINDOW))
  let count = 0
  for (let at = window.indexOf(needle); at >= 0 && count < cap; at = window.indexOf(needle, at + needle.length)) count++
  return count
}

function bin10(x: number): number {
  return Math.min(9, Math.floor(x * 10))
}

/**
 * Emits the smoothing tagger's (second stage's) features of token `i`, read from the first
 * stage's token probabilities: the token's own, its neighbours', the window and sentence
 * maxima and means, and the previous and next sentences' maxima, binned in tenths. Pure apart from the sink; `stats` makes it constant time
 * per token apart from the two small windows.
 */
export function emitSmoothingFeatures(view: FeatureView, probs: Float32Array, stats: SentenceStats, i: number, sink: FeatureSink): void {
  const { seg } = view.ctx
  const s = view.sentenceOf[i]!
  const from = seg.sentenceTokenStart[s] ?? 0
  const to = seg.sentenceTokenEnd[s] ?? 0
  const at = (j: number): string => (j < from ? 'S' : j >= to ? 'E' : num(bin10(probs[j]!)))
  const window = (r: number, prefix: string): void => {
    let max = 0
    let sum = 0
    const lo = Math.max(from, i - r)
    const hi = Math.min(to, i + r + 1)
    for (let j = lo; j < hi; j++) {
      max = Math.max(max, probs[j]!)
      sum += probs[j]!
    }
    sink.add(prefix, num(bin10(max)), num(bin10(sum / Math.max(1, hi - lo))))
  }
  const p = num(bin10(probs[i]!))
  const pos = POS_TAGS[seg.pos[i] ?? 16] ?? 'X'
  const max = num(bin10(stats.max[s]!))
  sink.add('bias')
  sink.add('p=', p)
  sink.add('p|pos=', p, pos)
  sink.add('pl=', at(i - 1))
  sink.add('pr=', at(i + 1))
  sink.add('pll=', at(i - 2))
  sink.add('prr=', at(i + 2))
  sink.add('plr=', at(i - 1), at(i + 1))
  sink.add('smax=', max)
  sink.add('smean=', num(bin10(stats.mean[s]!)))
  sink.add('above=', num(Math.min(stats.above[s]!, 10)))
  window(2, 'w2=')
  window(5, 'w5=')
  sink.add('lr=', num(bin10(stats.leftMax[i]!)), num(bin10(stats.rightMax[i]!)))
  sink.add('smax|p=', max, p)
  sink.add('pos=', pos)
  sink.add('slen=', num(Math.min(8, Math.floor((to - from) / 5))))
  // Persuasion runs in passages: a sentence between charged ones is more likely charged itself.
  sink.add('prevmax=', s > 0 ? num(bin10(stats.max[s - 1]!)) : 'S')
  sink.add('nextmax=', s + 1 < stats.max.length ? num(bin10(stats.max[s + 1]!)) : 'E')
  const gate = stats.sentenceProb
  if (gate) {
    // The sentence classifier reads the whole sentence: a token's window cannot tell a charged sentence from a plain one.
    const g = (t: number): string => (t < 0 ? 'S' : t >= gate.length ? 'E' : num(bin10(gate[t]!)))
    const gs = g(s)
    sink.add('g=', gs)
    sink.add('g|p=', gs, p)
    sink.add('g|smax=', gs, max)
    sink.add('gpn=', g(s - 1), g(s + 1))
  }
  sink.add('art=', num(bin10(stats.articleMean * 2)))
}

/** Feature names of token `i` for the smoothing tagger. Pure. */
export function smoothingFeatures(view: FeatureView, probs: Float32Array, stats: SentenceStats, i: number): string[] {
  const sink = nameSink()
  emitSmoothingFeatures(view, probs, stats, i, sink)
  return sink.names
}

/** Per-sentence and per-token summaries of first-stage probabilities. */
export interface SentenceStats {
  readonly max: Float32Array
  readonly mean: Float32Array
  readonly above: Uint16Array
  /** Highest probability left / right of each token within its sentence. */
  readonly leftMax: Float32Array
  readonly rightMax: Float32Array
  /** The sentence classifier's probability that each sentence holds a persuasive span, when it ran. */
  readonly sentenceProb?: Float32Array
  /** Mean first-stage probability over the article's tokens: how charged the article is as a whole. */
  readonly articleMean: number
}

/** Computes `SentenceStats` in two sweeps per sentence. Pure; linear in tokens. */
export function sentenceStats(view: FeatureView, probs: Float32Array, sentenceProb?: Float32Array): SentenceStats {
  const { seg } = view.ctx
  const n = probs.length
  const count = seg.sentences.length
  let total = 0
  for (let j = 0; j < n; j++) total += probs[j]!
  const stats = { max: new Float32Array(count), mean: new Float32Array(count), above: new Uint16Array(count), leftMax: new Float32Array(n), rightMax: new Float32Array(n), articleMean: total / Math.max(1, n), ...(sentenceProb ? { sentenceProb } : {}) }
  for (let s = 0; s < count; s++) {
    const from = seg.sentenceTokenStart[s] ?? 0
    const to = seg.sentenceTokenEnd[s] ?? 0
    let max = 0
    let sum = 0
    let above = 0
    for (let j = from; j < to; j++) {
      stats.leftMax[j] = max
      max = Math.max(max, probs[j]!)
      sum += probs[j]!
      if (probs[j]! > 0.3) above++
    }
    let right = 0
    for (let j = to - 1; j >= from; j--) {
      stats.rightMax[j] = right
      right = Math.max(right, probs[j]!)
    }
    stats.max[s] = max
    stats.mean[s] = sum / Math.max(1, to - from)
    stats.above[s] = Math.min(65535, above)
  }
  return stats
}
