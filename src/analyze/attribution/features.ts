/**
 * @module analyze/attribution/features — the token features of the attribution tagger.
 *
 * The tagger labels each token of a paragraph with BIO tags for the three roles of an
 * attribution (`S` source, `C` cue, `N` content). Each token gets a list of feature names:
 * its word, lemma, part of speech and shape and those of its neighbours, whether it is a
 * reporting verb of the lexicon (`cues.ts`), whether it is quoted, how far the nearest
 * reporting verb is on each side within the sentence, which actor mention it belongs to,
 * which role the hand-written rules gave it, who comes right before it and whether a
 * that-clause, colon or quotation follows it (`clauseShapes`), and how often annotators marked
 * its lemma as a cue in training (a bucketed prior, which reaches words the lexicon lacks). Training (`train/attribution.ts`) and the
 * runtime build features with this one function, so they cannot drift apart.
 */
import type { Attribution, Mention } from '../../model/schema.js'
import { spanIndexAt, type Span } from '../../model/span.js'
import { firstTokenAtOrAfter, POS_TAGS, type Segmentation } from '../layers.js'
import { wordClassPath } from '../../knowledge/word-clusters.js'
import { BELIEF_VERBS, SPEECH_VERBS } from './cues.js'

/** The tagger's labels, in weight order. */
export const LABELS = ['O', 'B-S', 'I-S', 'B-C', 'I-C', 'B-N', 'I-N'] as const
export type Label = (typeof LABELS)[number]

/** Role letters, as used in labels. */
export const ROLE_LETTERS = { source: 'S', cue: 'C', content: 'N' } as const

/** A run of tokens the tagger labels in one Viterbi pass: one paragraph, tokens `[first, end)`. */
export interface TokenRange { readonly first: number; readonly end: number }

const QUOTE_TOKEN = /^(?:[“”"«»„]|''|``|‘‘|’’)$/u
const OPEN_QUOTE = /^(?:[“«„]|``|‘‘)$/u

/** Returns the paragraphs as token ranges (tokens outside every paragraph are left out). Pure; linear. */
export function paragraphRanges(seg: Segmentation): TokenRange[] {
  const out: TokenRange[] = []
  let t = 0
  const n = seg.starts.length
  for (const p of seg.paragraphs) {
    while (t < n && seg.starts[t]! < p.start) t++
    const first = t
    while (t < n && seg.starts[t]! < p.end) t++
    if (t > first) out.push({ first, end: t })
  }
  return out
}

/** Marks each token with the role the rule engine gave it: 0 none, 1 source, 2 cue, 3 content. Pure; linear. */
export function ruleRoles(seg: Segmentation, attributions: readonly Attribution[]): Uint8Array {
  const roles = new Uint8Array(seg.starts.length)
  const mark = (s: Span | undefined, role: number): void => {
    if (!s || s.end <= s.start) return
    for (let t = firstTokenAtOrAfter(seg, s.start); t < seg.starts.length && seg.starts[t]! < s.end; t++) {
      roles[t] = role
    }
  }
  // Later marks win: a cue inside a content stays a cue.
  for (const a of attributions) mark(a.content, 3)
  for (const a of attributions) mark(a.source, 1)
  for (const a of attributions) mark(a.cue, 2)
  return roles
}


const distance = (d: number): string => (d <= 3 ? String(d) : d <= 5 ? '4-5' : d <= 8 ? '6-8' : d <= 15 ? '9-15' : '16+')

/** The word's shape: upper case `X`, lower case `x`, digits `d`, other characters as they are, runs collapsed, at most 5 long. */
function shapeOf(w: string): string {
  let out = ''
  let last = ''
  for (const ch of w) {
    const lower = ch.toLowerCase()
    const upper = ch.toUpperCase()
    const c = lower !== upper ? (ch === upper ? 'X' : 'x') : ch >= '0' && ch <= '9' ? 'd' : ch
    if (c !== last) out += c
    last = c
    if (out.length >= 5) break
  }
  return out
}

/** The word of token `t` as cue rates are counted: its lemma, lower-cased. */
export function cueWordOf(text: string, seg: Segmentation, t: number): string {
  return (seg.lemmas[t] || text.slice(seg.starts[t], seg.ends[t])).toLowerCase()
}

/**
 * Least share of a word's occurrences that annotators put inside a cue in training for it to count
 * as a cue word: a predicted cue made of no cue word is a tagging slip ("killing" in "…, killing
 * three police officers"); also the first bound of the cue-rate buckets.
 */
export const CUE_WORD_RATE = 0.02

/** Lower bounds of the cue-rate buckets a feature names (`cr=0` … `cr=4`): below 2%, then 2, 5, 15 and 40% of a word's occurrences marked as a cue. */
const CUE_RATE_BOUNDS = [CUE_WORD_RATE, 0.05, 0.15, 0.4] as const

/** The bucket of a cue rate: how many of `CUE_RATE_BOUNDS` it reaches. Pure. */
export function cueRateBucket(rate: number): number {
  return CUE_RATE_BOUNDS.filter((bound) => rate >= bound).length
}

/** A value a feature name is made of. */
export type FeatureValue = string | number

/**
 * Makes one feature from a template literal with at most three values (`` tag`w=${word}` ``):
 * `featureName` gives its name; at run time the tagger's tag gives its weight row straight from
 * the template and the values, without building the name (`rowTag` in `tagger.ts`).
 */
export type FeatureTag<T> = (parts: TemplateStringsArray, a?: FeatureValue, b?: FeatureValue, c?: FeatureValue) => T

/** The name of a feature: the template literal's text, as an untagged literal would give it. Pure. */
export function featureName(parts: TemplateStringsArray, a?: FeatureValue, b?: FeatureValue, c?: FeatureValue): string {
  const values = [a, b, c]
  let name = parts[0]!
  for (let i = 1; i < parts.length; i++) name += `${values[i - 1]!}${parts[i]!}`
  return name
}

/**
 * Returns the feature names of every token, `features[t]` for token `t`; `cueRate` gives the
 * share of a word's occurrences (`cueWordOf`) annotators marked as a cue in training. Pure; linear
 * in the number of tokens (each look-around is bounded or done in one sweep per sentence).
 */
export function tokenFeatures(text: string, seg: Segmentation, mentions: readonly Mention[], mentionKind: (m: Mention) => string, rules: Uint8Array, cueRate: (word: string) => number): string[][] {
  return tokenFeaturesAs(featureName, text, seg, mentions, mentionKind, rules, cueRate)
}

/** `tokenFeatures` with each feature made by `tag` (a name, or a weight row). Pure given `tag`. */
export function tokenFeaturesAs<T>(tag: FeatureTag<T>, text: string, seg: Segmentation, mentions: readonly Mention[], mentionKind: (m: Mention) => string, rules: Uint8Array, cueRate: (word: string) => number): T[][] {
  const n = seg.starts.length
  const words: string[] = new Array<string>(n)
  const pos: string[] = new Array<string>(n)
  const lex = new Uint8Array(n) // 0 none, 1 speech verb, 2 belief verb (lemma in the lexicon and tagged VERB)
  const quoted = new Uint8Array(n)
  for (let t = 0; t < n; t++) {
    const word = text.slice(seg.starts[t], seg.ends[t]).toLowerCase()
    // A line break between paragraphs reads as the blank line PolNeAR splits its paragraphs by: text pasted a paragraph per line looks alike.
    words[t] = word === '\n' && spanIndexAt(seg.paragraphs, seg.starts[t]!) < 0 ? '\n\n' : word
    pos[t] = POS_TAGS[seg.pos[t] ?? 16] ?? 'X'
    const lemma = seg.lemmas[t] ?? ''
    if (SPEECH_VERBS.has(lemma)) lex[t] = 1
    else if (BELIEF_VERBS.has(lemma)) lex[t] = 2
  }
  // Quoted tokens: one sweep over the sorted quotes.
  let q = 0
  for (let t = 0; t < n; t++) {
    while (q < seg.quotes.length && seg.quotes[q]!.end <= seg.starts[t]!) q++
    const quote = seg.quotes[q]
    if (quote && quote.start <= seg.starts[t]! && seg.starts[t]! < quote.end) quoted[t] = 1
  }
  // Mentions: the kind and whether the token opens the mention.
  const mention: string[] = new Array<string>(n).fill('')
  for (const m of mentions) {
    let first = true
    for (let t = firstTokenAtOrAfter(seg, m.span.start); t < n && seg.starts[t]! < m.span.end; t++) {
      mention[t] = `${first ? 'B' : 'I'}${mentionKind(m)}`
      first = false
    }
  }
  // Nearest lexicon verb and nearest rule cue on each side, within the sentence.
  const lexLeft = new Int32Array(n).fill(-1)
  const lexRight = new Int32Array(n).fill(-1)
  const ruleLeft = new Int32Array(n).fill(-1)
  const ruleRight = new Int32Array(n).fill(-1)
  const sentenceOf = new Int32Array(n).fill(-1)
  const sentenceHasQuote = new Uint8Array(seg.sentences.length)
  for (let s = 0; s < seg.sentences.length; s++) {
    const a = seg.sentenceTokenStart[s]!
    const b = seg.sentenceTokenEnd[s]!
    let lastLex = -1
    let lastRule = -1
    for (let t = a; t < b; t++) {
      sentenceOf[t] = s
      if (quoted[t] || QUOTE_TOKEN.test(words[t]!)) sentenceHasQuote[s] = 1
      if (lastLex >= 0) lexLeft[t] = t - lastLex
      if (lastRule >= 0) ruleLeft[t] = t - lastRule
      if (lex[t] && pos[t] === 'VERB' && !quoted[t]) lastLex = t
      if (rules[t] === 2) lastRule = t
    }
    lastLex = -1
    lastRule = -1
    for (let t = b - 1; t >= a; t--) {
      if (lastLex >= 0) lexRight[t] = lastLex - t
      if (lastRule >= 0) ruleRight[t] = lastRule - t
      if (lex[t] && pos[t] === 'VERB' && !quoted[t]) lastLex = t
      if (rules[t] === 2) lastRule = t
    }
  }
  const paragraph = paragraphShapes(text, seg, words, sentenceOf)
  const clause = clauseShapes(seg, words, pos, quoted, mention, sentenceOf)
  // Word classes (coarse, middle, leaf): let a rare reporting verb borrow from its common kin.
  const classes = words.map((word) => wordClassPath(word))
  const c = (t: number, level: number): string => classes[t]![level] ?? '?'
  const ROLE = ['-', 'S', 'C', 'N']
  const out: T[][] = new Array<T[]>(n)
  const w = (t: number): string => (t < 0 ? '<s>' : t >= n ? '</s>' : words[t]!)
  const p = (t: number): string => (t < 0 ? '<s>' : t >= n ? '</s>' : pos[t]!)
  const r = (t: number): string => (t < 0 || t >= n ? '-' : ROLE[rules[t]!]!)
  const l = (t: number): string => (t < 0 ? '<s>' : t >= n ? '</s>' : seg.lemmas[t] ?? words[t]!)
  for (let t = 0; t < n; t++) {
    const s = sentenceOf[t]!
    const sFirst = s >= 0 ? seg.sentenceTokenStart[s]! : t
    const sEnd = s >= 0 ? seg.sentenceTokenEnd[s]! : t + 1
    const word = words[t]!
    const lemma = seg.lemmas[t] ?? word
    const pt = pos[t]!
    const q = quoted[t] ? 'q' : QUOTE_TOKEN.test(word) ? (OPEN_QUOTE.test(word) ? 'o' : 'm') : '-'
    const lexName = lex[t] === 1 ? 'speech' : lex[t] === 2 ? 'belief' : '-'
    const ll = lexLeft[t]! >= 0 ? distance(lexLeft[t]!) : 'none'
    const lr = lexRight[t]! >= 0 ? distance(lexRight[t]!) : 'none'
    const rl = ruleLeft[t]! >= 0 ? distance(ruleLeft[t]!) : 'none'
    const rr = ruleRight[t]! >= 0 ? distance(ruleRight[t]!) : 'none'
    const rate = cueRateBucket(cueRate(cueWordOf(text, seg, t)))
    const position = t === sFirst ? 'first' : t === sEnd - 1 ? 'last' : t - sFirst <= 3 ? 'early' : 'mid'
    const f = [
      tag`b`,
      tag`w=${word}`,
      tag`l=${lemma}`,
      tag`p=${pt}`,
      tag`sh=${shapeOf(text.slice(seg.starts[t], seg.ends[t]))}`,
      tag`suf=${word.slice(-3)}`,
      tag`w-1=${w(t - 1)}`,
      tag`w+1=${w(t + 1)}`,
      tag`w-2=${w(t - 2)}`,
      tag`w+2=${w(t + 2)}`,
      tag`p-1=${p(t - 1)}`,
      tag`p+1=${p(t + 1)}`,
      tag`p-2=${p(t - 2)}`,
      tag`p+2=${p(t + 2)}`,
      tag`p-1p=${p(t - 1)}|${pt}`,
      tag`pp+1=${pt}|${p(t + 1)}`,
      tag`p-2p-1p=${p(t - 2)}|${p(t - 1)}|${pt}`,
      tag`lex=${lexName}|${pt}`,
      tag`lex=${lexName}|${q}`,
      tag`q=${q}`,
      tag`q=${q}|sq=${s >= 0 ? sentenceHasQuote[s] : 0}`,
      tag`q=${q}|pos=${position}`,
      tag`pos=${position}|${pt}`,
      tag`ll=${ll}|lr=${lr}`,
      tag`ll=${ll}|${pt}`,
      tag`lr=${lr}|${pt}`,
      tag`ll=${ll}|q=${q}`,
      tag`lr=${lr}|q=${q}`,
      tag`m=${mention[t] || '-'}`,
      tag`m=${mention[t] || '-'}|lr=${lr}`,
      tag`r=${r(t)}`,
      tag`r=${r(t - 1)}${r(t)}${r(t + 1)}`,
      tag`r=${r(t)}|${pt}`,
      tag`r=${r(t)}|q=${q}`,
      tag`rl=${rl}|rr=${rr}`,
      tag`rl=${rl}|${pt}`,
      tag`rr=${rr}|${pt}`,
      tag`l-1l=${l(t - 1)}|${lemma}`,
      tag`ll+1=${lemma}|${l(t + 1)}`,
      tag`lw+1=${lemma}|${w(t + 1)}`,
      tag`gl=${lexLeft[t]! >= 0 && lexLeft[t]! <= 15 ? l(t - lexLeft[t]!) : '-'}`,
      tag`gr=${lexRight[t]! >= 0 && lexRight[t]! <= 15 ? l(t + lexRight[t]!) : '-'}`,
      tag`para=${paragraph[t]!}|q=${q}`,
      tag`para=${paragraph[t]!}|${pt}`,
      tag`pll=${pt}|${ll}|${lr}`,
      tag`wlr=${word}|${lr}`,
      tag`wll=${word}|${ll}`,
      tag`sqll=${s >= 0 ? sentenceHasQuote[s] : 0}|${ll}|${lr}`,
      tag`c1=${c(t, 0)}`,
      tag`c2=${c(t, 1)}`,
      tag`c3=${c(t, 2)}`,
      tag`c3q=${c(t, 2)}|${q}`,
      tag`cr=${rate}|${pt}`,
      tag`cr=${rate}|${q}`,
      tag`sb=${clause.subject[t]!}|${pt}`,
      tag`op=${clause.opener[t]!}|${pt}`,
      tag`cl=${clause.subject[t]!}|${clause.opener[t]!}|${pt}`,
      tag`clr=${clause.subject[t]!}|${clause.opener[t]!}|${rate}`,
    ]
    out[t] = f
  }
  return out
}

/** Tokens looked at after a word for what its clause goes on with ("said on Monday that"). */
const OPENER_REACH = 6
/** Tokens looked at before a word for its subject, past adverbs and auxiliaries ("Trump has also said"). */
const SUBJECT_REACH = 3
const SUBJECT_SKIPPED = new Set(['ADV', 'AUX', 'PART'])
const POSSESSIVE = /^(?:'s|’s|his|her|their|its|my|our|your)$/u

/**
 * Returns, for every token, how its clause is built around it: `subject`, who comes right before it
 * (the kind of an actor mention, `pron`, a possessive `poss` as in "his remarks", or `-`), and
 * `opener`, what follows within a few words (`that`, `colon`, `quote`, `whether`, `to` right
 * after it, or `-`). A word the cue lexicon and the cue rates do not know still reads as a
 * report when a person comes before it and a that-clause or a quotation after it. Pure; linear
 * (each look-around is bounded).
 */
function clauseShapes(seg: Segmentation, words: readonly string[], pos: readonly string[], quoted: Uint8Array, mention: readonly string[], sentenceOf: Int32Array): { subject: string[]; opener: string[] } {
  const n = seg.starts.length
  const subject = new Array<string>(n).fill('-')
  const opener = new Array<string>(n).fill('-')
  for (let t = 0; t < n; t++) {
    const s = sentenceOf[t]!
    for (let u = t - 1, steps = 0; u >= 0 && sentenceOf[u] === s && steps < SUBJECT_REACH; u--, steps++) {
      if (POSSESSIVE.test(words[u]!)) subject[t] = 'poss'
      else if (mention[u]) subject[t] = mention[u]!.slice(1)
      else if (pos[u] === 'PRON') subject[t] = 'pron'
      else if (SUBJECT_SKIPPED.has(pos[u]!) || (pos[u] === 'ADJ' && u === t - 1)) continue
      break
    }
    for (let u = t + 1; u < n && sentenceOf[u] === s && u - t <= OPENER_REACH; u++) {
      const word = words[u]!
      const found = word === 'that' ? 'that' : word === ':' ? 'colon' : quoted[u] || QUOTE_TOKEN.test(word) ? 'quote' : word === 'whether' || word === 'if' ? 'whether' : word === 'to' && u === t + 1 ? 'to' : ''
      if (found) {
        opener[t] = found
        break
      }
      if (word === '.' || word === ';') break
    }
  }
  return { subject, opener }
}

/** A speaker label opening a transcript paragraph: one to three capitalised words and a colon ("PENCE:", or `"PENCE:` in a quoted transcript). */
const TRANSCRIPT_SPEAKER = /^\s*["“]?[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}\s*:/u

/**
 * Returns, for every token, how its paragraph opens: `t` for a transcript speaker label, `q` for a
 * quotation mark, `-` otherwise; joined with `1` in the paragraph's first sentence. Multi-paragraph
 * quotations and transcripts are told apart only at this level. Pure; linear.
 */
function paragraphShapes(text: string, seg: Segmentation, words: readonly string[], sentenceOf: Int32Array): string[] {
  const out = new Array<string>(seg.starts.length).fill('-')
  for (const range of paragraphRanges(seg)) {
    const start = seg.starts[range.first]!
    const opening = TRANSCRIPT_SPEAKER.test(text.slice(start, start + 40)) ? 't' : QUOTE_TOKEN.test(words[range.first]!) ? 'q' : '-'
    const firstSentenceEnd = seg.sentences[sentenceOf[range.first]!]?.end ?? Infinity
    for (let t = range.first; t < range.end; t++) out[t] = `${opening}${seg.starts[t]! < firstSentenceEnd ? '1' : '2'}`
  }
  return out
}

/** The spans of one gold relation, each role a list of fragments. */
export interface RoleSpans {
  readonly source?: readonly Span[]
  readonly cue?: readonly Span[]
  readonly content?: readonly Span[]
}

/**
 * Returns gold labels (indexes into `LABELS`) for the tokens: a token takes a role when it shares
 * a character with one of the role's fragments, and `B-` when it is the first token of that
 * fragment. Cues win over sources, sources over contents, where an annotator's spans overlap. Pure.
 */
export function labelsFromSpans(seg: Segmentation, relations: readonly RoleSpans[]): Uint8Array {
  const labels = new Uint8Array(seg.starts.length)
  const index = (name: string): number => LABELS.indexOf(name as Label)
  const mark = (fragments: readonly Span[] | undefined, letter: string): void => {
    for (const f of fragments ?? []) {
      let first = true
      for (let t = Math.max(0, firstTokenAtOrAfter(seg, f.start) - 1); t < seg.starts.length && seg.starts[t]! < f.end; t++) {
        if (seg.ends[t]! <= f.start) continue
        labels[t] = index(`${first ? 'B' : 'I'}-${letter}`)
        first = false
      }
    }
  }
  for (const r of relations) mark(r.content, ROLE_LETTERS.content)
  for (const r of relations) mark(r.source, ROLE_LETTERS.source)
  for (const r of relations) mark(r.cue, ROLE_LETTERS.cue)
  return repairBio(labels)
}

/** Turns an `I-X` that follows neither `B-X` nor `I-X` into `B-X`, so gold obeys the tagger's constraints. */
function repairBio(labels: Uint8Array): Uint8Array {
  for (let t = 0; t < labels.length; t++) {
    const name = LABELS[labels[t]!]!
    if (!name.startsWith('I-')) continue
    const prev = t > 0 ? LABELS[labels[t - 1]!]! : 'O'
    if (prev.slice(2) !== name.slice(2)) labels[t] = LABELS.indexOf(`B-${name.slice(2)}` as Label)
  }
  return labels
}

/** The role letter of each label index: `-` for `O`, else `S`, `C` or `N`. */
const ROLE_OF_LABEL = LABELS.map((label) => (label === 'O' ? '-' : label.slice(2)))
const CUE_START = LABELS.indexOf('B-C')

/**
 * Returns the second pass's extra features of every token, read from a first pass's `labels`:
 * the labels around the token, which roles its sentence holds, how far the nearest cue is on each
 * side, and how the neighbouring paragraphs end and begin. The first pass labels each paragraph
 * on its own; this is what lets the second see a quotation's cue a paragraph away, or a cue that
 * has no source or content beside it. Pure; linear.
 */
export function stackedFeatures(seg: Segmentation, labels: Uint8Array): string[][] {
  return stackedFeaturesAs(featureName, seg, labels)
}

/** `stackedFeatures` with each feature made by `tag` (a name, or a weight row). Pure given `tag`. */
export function stackedFeaturesAs<T>(tag: FeatureTag<T>, seg: Segmentation, labels: Uint8Array): T[][] {
  const n = seg.starts.length
  const label = (t: number): string => (t < 0 ? '<s>' : t >= n ? '</s>' : LABELS[labels[t]!]!)
  const role = (t: number): string => ROLE_OF_LABEL[labels[t]!]!
  // Roles present in each sentence; distance to the nearest cue token on each side, within the sentence.
  const sentenceRoles = new Array<string>(n).fill('')
  const cueLeft = new Int32Array(n).fill(-1)
  const cueRight = new Int32Array(n).fill(-1)
  const cues = new Uint8Array(n)
  for (let s = 0; s < seg.sentences.length; s++) {
    const a = seg.sentenceTokenStart[s]!
    const b = seg.sentenceTokenEnd[s]!
    const present = new Set<string>()
    let cueCount = 0
    let last = -1
    for (let t = a; t < b; t++) {
      present.add(role(t))
      if (labels[t] === CUE_START) cueCount++
      if (last >= 0) cueLeft[t] = t - last
      if (role(t) === 'C') last = t
    }
    last = -1
    for (let t = b - 1; t >= a; t--) {
      if (last >= 0) cueRight[t] = last - t
      if (role(t) === 'C') last = t
    }
    const mask = ['S', 'C', 'N'].map((r) => (present.has(r) ? r : '-')).join('')
    sentenceRoles.fill(mask, a, b)
    cues.fill(Math.min(cueCount, 2), a, b)
  }
  // Each paragraph's neighbours: the role its predecessor ends with and whether it holds a cue; the role its successor opens with and the same.
  const before = new Array<string>(n).fill('')
  const after = new Array<string>(n).fill('')
  const ranges = paragraphRanges(seg)
  const summary = (range: TokenRange | undefined, edge: 'first' | 'last'): string => {
    if (!range) return 'none'
    let hasCue = false
    for (let t = range.first; t < range.end && !hasCue; t++) hasCue = role(t) === 'C'
    let t = edge === 'first' ? range.first : range.end - 1
    // Skip closing punctuation, so a content that ends at `.”` still reads as a content.
    if (edge === 'last') while (t > range.first && role(t) === '-') t--
    return `${role(t)}${hasCue ? 'c' : '-'}`
  }
  ranges.forEach((range, i) => {
    before.fill(summary(ranges[i - 1], 'last'), range.first, range.end)
    after.fill(summary(ranges[i + 1], 'first'), range.first, range.end)
  })
  const out: T[][] = new Array<T[]>(n)
  for (let t = 0; t < n; t++) {
    const y = label(t)
    const r = role(t)
    const lemma = seg.lemmas[t] ?? ''
    const cl = cueLeft[t]! >= 0 ? distance(cueLeft[t]!) : 'none'
    const cr = cueRight[t]! >= 0 ? distance(cueRight[t]!) : 'none'
    const f = [
      tag`y=${y}`,
      tag`y-1y=${label(t - 1)}|${y}`,
      tag`yy+1=${y}|${label(t + 1)}`,
      tag`y-2=${label(t - 2)}|${y}`,
      tag`y+2=${y}|${label(t + 2)}`,
      tag`ys=${r}|${sentenceRoles[t]}|${cues[t]}`,
      tag`yc=${r}|${cl}|${cr}`,
      tag`yp=${r}|${before[t]}|${after[t]}`,
      tag`ypb=${r}|${before[t]}|${sentenceRoles[t]}`,
    ]
    if (r === 'C' || r === 'S') f.push(tag`yl=${r}|${lemma}`)
    out[t] = f
  }
  return out
}
