/**
 * @module compare/stance — how an article's body stands toward a headline: it agrees with it,
 * disagrees (refutes or denies it), discusses it without taking a side, or is unrelated: the
 * four stances of the Fake News Challenge (FNC-1).
 *
 * A (headline, body) pair is read into features that a softmax model weighs
 * (`models/stance.json`, trained by `npm run train -- stance` on FNC-1, see `train/stance.ts`):
 * - relatedness: how much of the headline's content words the body holds, weighting each word by
 *   its rarity in English (its place in the GloVe frequency list the word classes come from), in
 *   the whole body, in its lead and in its best sentence; headline word pairs and numbers found;
 * - stance: refuting, hedging, confirming and negating words in the headline, in the whole body
 *   and in the sentences that share most with the headline, and the words of those sentences.
 * The body is indexed once (`indexBody`), so reading it against many headlines costs each headline
 * only its own words' occurrences. Words match on a light stem that meets a noun to its verb
 * ("indictment", "indicted"). The sentence that shares most with the headline, place names counting
 * less, and its stance words are the evidence a person can check.
 */
import { gazetteer } from '../knowledge/gazetteer.js'
import { assertSameWordClasses, wordRank } from '../knowledge/word-clusters.js'
import { hashFeatures, isSavedLogistic, loadLogistic, probabilities, type LogisticModel } from '../learn/logistic.js'
import { readModel } from '../learn/model-file.js'
import { STANCES, type AnalyzedArticle, type Finding, type HeadlineStance, type Stance } from '../model/schema.js'
import { excerpt as excerptOf, openingTitle, trimSpan, type Span } from '../model/span.js'
import { ABBREVIATIONS, isContent, stemOf, WORD } from './stories.js'
import type { ActorIndex } from './actors.js'
import { partyActs, swapped, type PartyAct } from './acts.js'
import { differingCount } from './headline-figures.js'

/** Hash buckets of the stance model's features. */
export const STANCE_BUCKETS = 1 << 18
export const STANCE_MODEL_FILE = 'stance.json'
const TRAIN_COMMAND = 'npm run train -- stance --data ../shared/data/fnc1'

/** What a stance word says of the claim it is near. */
export type CueKind = 'refute' | 'hedge' | 'confirm' | 'negation'
export const CUE_KINDS: readonly CueKind[] = ['refute', 'hedge', 'confirm', 'negation']

/** Stance words by kind, lower-cased. Written for this module from how news words a hoax, a rumour and a confirmation. */
const CUES: ReadonlyMap<string, CueKind> = new Map([
  ...words('refute', `fake fakes faked hoax hoaxes false falsely fraud fraudulent bogus debunk debunked debunks debunking deny denies denied
    denial denying refute refutes refuted untrue myth fabricated fabrication satire satirical parody prank pranks retract retracted
    retraction baseless unfounded misleading doctored photoshopped nonsense dismissed dismisses rejected rejects incorrect wrong
    erroneous disproved disputed disputes contradicted spoof`),
  ...words('hedge', `reportedly allegedly alleged purportedly purported supposedly apparently unconfirmed unverified rumor rumors rumour
    rumours rumored rumoured speculation speculate speculated claim claims claimed claiming may might could possibly perhaps
    appears appear seems seem suggests suggest suggested unclear whether if report reports according believed`),
  ...words('confirm', `confirm confirms confirmed confirming confirmation verified verify official officially announced announces
    revealed reveals proof proves proved shows showed indeed footage`),
  ...words('negation', `not no never none nothing neither nor without don't doesn't didn't isn't wasn't aren't weren't won't can't
    couldn't wouldn't hasn't haven't hadn't cannot`),
])

function words(kind: CueKind, list: string): Array<[string, CueKind]> {
  return list.split(/\s+/u).filter(Boolean).map((w) => [w, kind])
}

/** One word of a body or headline. */
export interface StanceToken {
  readonly lower: string
  readonly stem: string
  readonly start: number
  readonly end: number
}

/** A body read once, for reading against any number of headlines. */
export interface BodyIndex {
  readonly sentences: readonly Span[]
  /** The words of each sentence. */
  readonly tokens: ReadonlyArray<readonly StanceToken[]>
  /** Content stem → the sentences that hold it, ascending, each once. */
  readonly stemSentences: ReadonlyMap<string, readonly number[]>
  /** Pairs of adjacent content stems, `a b`. */
  readonly bigrams: ReadonlySet<string>
  /** Every lower-cased word (numbers too). */
  readonly words: ReadonlySet<string>
  /** Stance words of the whole body, by kind. */
  readonly cueCounts: Readonly<Record<CueKind, number>>
  /** How many words the body has. */
  readonly wordCount: number
}

/**
 * The words of `text` (offsets into it, plus `offset`). "May" before a number is the month, not a
 * hedge, so it is read as `may.` (no stance word). Pure; linear.
 */
export function stanceTokens(text: string, offset = 0): StanceToken[] {
  const out: StanceToken[] = []
  for (const m of text.matchAll(WORD)) {
    const month = m[0] === 'May' && /^\s+\d/u.test(text.slice(m.index + 3, m.index + 6))
    const lower = month ? 'may.' : m[0].toLowerCase().replace(/’/gu, "'")
    out.push({ lower, stem: stanceStem(m[0]), start: offset + m.index, end: offset + m.index + m[0].length })
  }
  return out
}

/**
 * `stemOf` with a derivational suffix off, so that a noun meets its verb: "indictment" and
 * "indicted" (indict), "evacuation" and "evacuate" (evacuat), "election" and "elected" (elect).
 * Only long words lose a suffix ("station", "comment" keep theirs). Pure.
 */
export function stanceStem(word: string): string {
  const stem = stemOf(word)
  if (stem.length >= 8 && stem.endsWith('ment')) return dropFinalE(stem.slice(0, -4))
  if (stem.length >= 8 && /(?:ation|ction)$/u.test(stem)) return stem.slice(0, -3)
  return stem
}

/** `stemOf` drops a final e from long words ("announce" → announc); a stem cut from a longer word must too. */
const dropFinalE = (stem: string): string => (stem.length > 4 && stem.endsWith('e') ? stem.slice(0, -1) : stem)

/**
 * Splits a body into sentences: after `.`, `!` or `?` (and closing quotes) before a blank and a
 * capital, digit or opening quote, unless the word before is an abbreviation or an initial; and at
 * every line break. Pure; linear.
 */
export function stanceSentences(text: string): Span[] {
  const out: Span[] = []
  let start = 0
  const push = (end: number): void => {
    const sentence = trimSpan(text, { start, end })
    if (sentence.end > sentence.start) out.push(sentence)
  }
  const boundary = /([.!?])["”’')\]]*\s+(?=["“‘(]?[\p{Lu}\p{N}])|\n/gu
  for (const m of text.matchAll(boundary)) {
    if (m[1] === '.') {
      const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? ''
      if (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue
    }
    const end = m.index + m[0].length
    push(end)
    start = end
  }
  push(text.length)
  return out
}

/** Reads a body once. Pure; linear in its length. */
export function indexBody(text: string): BodyIndex {
  const sentences = stanceSentences(text)
  const tokens = sentences.map((s) => stanceTokens(text.slice(s.start, s.end), s.start))
  const stemSentences = new Map<string, number[]>()
  const bigrams = new Set<string>()
  const seen = new Set<string>()
  const cueCounts: Record<CueKind, number> = { refute: 0, hedge: 0, confirm: 0, negation: 0 }
  tokens.forEach((sentence, s) => {
    let previous = ''
    for (const token of sentence) {
      seen.add(token.lower)
      const kind = CUES.get(token.lower)
      if (kind) cueCounts[kind]++
      if (!isContent(token.stem)) continue
      const list = stemSentences.get(token.stem)
      if (!list) stemSentences.set(token.stem, [s])
      else if (list[list.length - 1] !== s) list.push(s)
      if (previous) bigrams.add(`${previous} ${token.stem}`)
      previous = token.stem
    }
  })
  return { sentences, tokens, stemSentences, bigrams, words: seen, cueCounts, wordCount: tokens.reduce((n, sentence) => n + sentence.length, 0) }
}

/** How rare a word is in English, 0.25 ("the") to 1 (beyond the 100,000 most frequent words). */
function rarity(lower: string): number {
  const rank = wordRank(lower) ?? 200_000
  return Math.log(rank + 20) / Math.log(200_020)
}

/** A stance word found in a sentence the pair was read on. */
export interface StanceCue { readonly kind: CueKind; readonly start: number; readonly end: number }

/** A (headline, body) pair read into features, with what backs them. */
export interface PairReading {
  readonly features: string[]
  /** Share of the headline's weighted content words the body holds, 0 to 1. */
  readonly coverage: number
  /**
   * The evidence: the sentence sharing most of the headline's telling words, or -1 when none shares
   * any. A place name counts less here: it sets the scene rather than says what happened.
   */
  readonly best: number
  /** Stance words in the sentences read (the three sharing most with the headline, and the lead) and in `best`. */
  readonly cues: readonly StanceCue[]
  /** The headline's content words the body holds, as the headline spells them. */
  readonly shared: readonly string[]
}

const bin = (x: number, steps = 10): string => String(Math.min(steps, Math.floor(x * steps + 1e-9)))
const count = (n: number): string => (n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 8 ? '5-8' : '9+')
/** Stance words per 100 words of the body, binned. */
const density = (n: number, words: number): string => {
  const per100 = words > 0 ? (100 * n) / words : 0
  return per100 === 0 ? '0' : per100 < 0.5 ? '<.5' : per100 < 1 ? '<1' : per100 < 2 ? '<2' : '2+'
}
const countsOf = (tokens: readonly StanceToken[]): Record<CueKind, number> => {
  const out: Record<CueKind, number> = { refute: 0, hedge: 0, confirm: 0, negation: 0 }
  for (const t of tokens) {
    const kind = CUES.get(t.lower)
    if (kind) out[kind]++
  }
  return out
}

/** A place word of a headline (a country, a capital, a demonym) sets the scene more than it says what happened. */
const PLACE_WEIGHT = 0.5
/** Not regions: subdivision names are also common words and surnames ("Store", "Bale"). */
const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'capital', 'demonym'])
const isPlaceWord = (word: string): boolean => {
  const kind = gazetteer().byName.get(word.charAt(0).toUpperCase() + word.slice(1))?.kind
  return kind !== undefined && PLACE_KINDS.has(kind)
}

/** Sentences by score, highest first, then in body order. */
const byScore = (a: readonly [number, number], b: readonly [number, number]): number => b[1] - a[1] || a[0] - b[0]

/** Sentences read for stance words: the three sharing most with the headline, and the first. */
const READ_SENTENCES = 3

/** Reads a headline against an indexed body. Pure given the word ranks; linear in the headline's words' occurrences. */
export function readPair(headline: string, body: BodyIndex): PairReading {
  const headTokens = stanceTokens(headline)
  const weights = new Map<string, number>()
  const spelling = new Map<string, string>()
  const places = new Set<string>()
  for (const t of headTokens) {
    if (!isContent(t.stem)) continue
    weights.set(t.stem, Math.max(weights.get(t.stem) ?? 0, rarity(t.lower)))
    if (!spelling.has(t.stem)) spelling.set(t.stem, headline.slice(t.start, t.end))
    if (isPlaceWord(headline.slice(t.start, t.end))) places.add(t.stem)
  }
  let total = 0
  let found = 0
  let lead = 0
  // A sentence's share of the headline's words, and its salience: the same words, place words counting less.
  const share = new Map<number, number>()
  const salience = new Map<number, number>()
  const shared: string[] = []
  for (const [stem, w] of weights) {
    total += w
    const list = body.stemSentences.get(stem)
    if (!list) continue
    found += w
    shared.push(spelling.get(stem)!)
    if (list[0]! < 2) lead += w
    const telling = places.has(stem) ? w * PLACE_WEIGHT : w
    for (const s of list) {
      share.set(s, (share.get(s) ?? 0) + w)
      salience.set(s, (salience.get(s) ?? 0) + telling)
    }
  }
  // The features read the sentences that share most, by plain share: weighing place words down
  // there gained nothing, and words found in most of the body's sentences cost 0.2 point of FNC-1
  // score (topic-disjoint --cv 5), so salience only picks the evidence.
  const ranked = [...share].sort(byScore)
  const closest = ranked[0]
  const bestShare = total > 0 ? (closest?.[1] ?? 0) / total : 0
  let top: readonly [number, number] | undefined
  for (const entry of salience) if (!top || byScore(entry, top) < 0) top = entry
  const best = top?.[0] ?? -1
  const coverage = total > 0 ? found / total : 0
  const read = [...new Set([...ranked.slice(0, READ_SENTENCES).map(([s]) => s), ...(body.sentences.length ? [0] : [])])].sort((a, b) => a - b)

  const contentStems = headTokens.filter((t) => isContent(t.stem)).map((t) => t.stem)
  let pairs = 0
  let pairsFound = 0
  for (let i = 1; i < contentStems.length; i++) {
    pairs++
    if (body.bigrams.has(`${contentStems[i - 1]} ${contentStems[i]}`)) pairsFound++
  }
  const numbers = headTokens.filter((t) => /\d/u.test(t.lower))
  const numbersFound = numbers.filter((t) => body.words.has(t.lower)).length

  const readTokens = read.flatMap((s) => body.tokens[s]!)
  const bestTokens = closest ? body.tokens[closest[0]]! : []
  const inHeadline = countsOf(headTokens)
  const inRead = countsOf(readTokens)
  const inBest = countsOf(bestTokens)
  const related = coverage < 0.2 ? 'low' : coverage < 0.5 ? 'mid' : 'high'

  const features = [
    `cov=${bin(coverage)}`,
    `lead=${bin(total > 0 ? lead / total : 0)}`,
    `best=${bin(bestShare)}`,
    `cov|best=${bin(coverage, 4)}|${bin(bestShare, 4)}`,
    `pairs=${count(pairsFound)}`,
    `pairShare=${pairs ? bin(pairsFound / pairs, 4) : 'none'}`,
    `num=${numbers.length === 0 ? 'none' : numbersFound === numbers.length ? 'all' : numbersFound > 0 ? 'some' : 'nil'}`,
    `hlen=${count(weights.size)}`,
    `q=${/\?\s*$/u.test(headline) ? 1 : 0}`,
    `neg=${Math.min(inHeadline.negation, 1)}|${Math.min(inBest.negation, 1)}`,
  ]
  // No words of the headline or body themselves: on claims unseen in training they cost more than
  // they give (topic-disjoint cross-validation on FNC-1, with an earlier set of stance-word features:
  // 83.4% without them, 79.4% with the words of the sentences read).
  const words = body.wordCount
  for (const kind of CUE_KINDS) {
    const h = Math.min(inHeadline[kind], 1)
    const r = Math.min(inRead[kind], 3)
    const d = density(body.cueCounts[kind], words)
    features.push(
      `h.${kind}=${h}`,
      `r.${kind}=${r}`,
      `b.${kind}=${Math.min(inBest[kind], 2)}`,
      `d.${kind}=${d}`,
      `hr.${kind}=${h}|${r}`,
      `rel|r.${kind}=${related}|${r}`,
      `rel|d.${kind}=${related}|${d}`,
    )
  }
  const cues = (read.includes(best) || best < 0 ? readTokens : [...readTokens, ...body.tokens[best]!]).flatMap((t): StanceCue[] => {
    const kind = CUES.get(t.lower)
    return kind ? [{ kind, start: t.start, end: t.end }] : []
  })
  return { features, coverage, best, cues, shared }
}

/** The stance model as committed: a softmax over hashed pair features, and how it was made. */
export interface SavedStanceModel {
  readonly model: 'stance'
  readonly trainedOn: Readonly<Record<string, unknown>>
  readonly classifier: unknown
}

let committed: LogisticModel | undefined

/** The committed stance classifier, read on first use. Throws naming the fix when the file is missing or malformed. */
export function stanceModel(): LogisticModel {
  if (!committed) {
    const saved = readModel(STANCE_MODEL_FILE) as Partial<SavedStanceModel> | null
    if (saved?.model !== 'stance' || !isSavedLogistic(saved.classifier) || saved.classifier.classes !== STANCES.length || saved.classifier.buckets !== STANCE_BUCKETS) {
      throw new Error(`models/${STANCE_MODEL_FILE} is not a stance model: run \`${TRAIN_COMMAND}\``)
    }
    // Word weights come from the word classes' frequency list: another list means other features.
    assertSameWordClasses(saved, STANCE_MODEL_FILE, TRAIN_COMMAND)
    committed = loadLogistic(saved.classifier)
  }
  return committed
}

/** A body's stance toward a headline, with its evidence. */
export interface StanceReading extends PairReading {
  readonly stance: Stance
  /** The model's probability of `stance`. */
  readonly confidence: number
  /** The probability of each stance, in `STANCES` order. */
  readonly probabilities: readonly number[]
}

/** The index in `STANCES` of the most probable stance (the first on a tie). Pure. */
export function mostLikely(probabilities: ArrayLike<number>): number {
  let k = 0
  for (let i = 1; i < STANCES.length; i++) if (probabilities[i]! > probabilities[k]!) k = i
  return k
}

/**
 * Probability below which a "disputes" reading is not asserted. A dispute is the rarest stance and
 * the one the model gets wrong most: on held-out FNC-1 topics (the benchmark's topic-disjoint
 * `--cv 5`, which prints disputes' precision at each floor) 0.23 of its disputes are right, 0.37 of
 * those at 0.6 or more; no floor reaches one in two. 0.6 is the lowest floor with that gain, and the
 * FNC-1 score of what is shown rises with it (83.83% to 83.96%).
 */
const DISPUTE_FLOOR = 0.6

/**
 * Probability below which an "agrees" reading is not asserted: a reader takes "agrees" as a
 * finding, and a weak one is as often a discussion. On held-out FNC-1 topics (`--cv 5`) 0.53 of
 * all agreements are right, 0.62 of those at 0.6 or more; the FNC-1 score of what is shown falls
 * from 83.96% to 83.75%, a price paid for not asserting agreement on a coin toss.
 */
const AGREE_FLOOR = 0.6

/** The floors of the stances that take a side; below its floor a side is shown as a discussion. */
export interface SideFloors { readonly agree: number; readonly disagree: number }
export const SIDE_FLOORS: SideFloors = { agree: AGREE_FLOOR, disagree: DISPUTE_FLOOR }

/**
 * The stance to show for a reading's probabilities: the most likely one, except that an agreement
 * or dispute below its floor is shown as a discussion (`doubted`: the side and its probability). Pure.
 */
export function shownStance(probabilities: ArrayLike<number>, floors: SideFloors = SIDE_FLOORS): { index: number; doubted?: { stance: 'agree' | 'disagree'; probability: number } } {
  const k = mostLikely(probabilities)
  const stance = STANCES[k]!
  if ((stance === 'agree' || stance === 'disagree') && probabilities[k]! < floors[stance]) {
    return { index: STANCES.indexOf('discuss'), doubted: { stance, probability: probabilities[k]! } }
  }
  return { index: k }
}

/** Reads a body's stance toward a headline. Pure given the model. */
export function readStance(headline: string, body: BodyIndex, model: LogisticModel = stanceModel()): StanceReading {
  const pair = readPair(headline, body)
  const p = probabilities(model, hashFeatures(pair.features, model.buckets))
  const k = mostLikely(p)
  return { ...pair, stance: STANCES[k]!, confidence: p[k]!, probabilities: [...p] }
}

/** The text with its opening title blanked out (offsets kept), when it opens with it. Pure. */
export function withoutTitle(text: string, title: string | undefined): string {
  const opening = openingTitle(text, title)
  return opening ? ' '.repeat(opening.end) + text.slice(opening.end) : text
}

/**
 * Techniques whose words in a headline label a party rather than report: "Thugs". Not loaded language: in FNC-1
 * headlines it is mostly about the claim ("hoax", "debunked", "sadly"), and a body agreeing without those words
 * agrees all the same (FNC-1 train, committed model: 72 of the 102 agreements it would withdraw are right; of the 12 name-calling withdraws, 6).
 */
const LABELLING = new Set(['name-calling'])

/**
 * The labels of a headline ("Thugs in Uniform Beat Peaceful Marchers": "Thugs") of which its body uses no word, as the
 * headline spells them. A body can agree with what such a headline says happened, not with its judgement. Pure.
 */
export function labelsNotInBody(title: string, findings: readonly Finding[], body: BodyIndex): string[] {
  return findings.filter((f) => LABELLING.has(f.technique)).map((f) => title.slice(f.span.start, f.span.end))
    .filter((words) => stanceTokens(words).every((t) => !body.stemSentences.has(t.stem)))
}

/** An article as the headline stances read it: events, sentences and headline findings when it was analysed. */
type StanceArticle = Pick<AnalyzedArticle, 'article'> & Partial<Pick<AnalyzedArticle, 'headlineFindings' | 'events' | 'sentences'>>

/**
 * The act of the head article's lead (its first sentence, which a headline sums up) that the body tells with doer and
 * target swapped and nowhere as the lead has it: "Peruvian forces shelled Chilean positions" against a body's "Chilean
 * forces shelled Peruvian positions". Pure.
 */
function reversedLeadAct(head: StanceArticle, body: StanceArticle, actors: ActorIndex): readonly [PartyAct, PartyAct] | undefined {
  const lead = head.sentences?.[0]
  if (!lead || !head.events || !body.events) return undefined
  const whole = { start: 0, end: body.article.text.length }
  const told = partyActs({ article: body.article, events: body.events }, actors, whole)
  for (const act of partyActs({ article: head.article, events: head.events }, actors, lead)) {
    const other = told.find((b) => swapped(act, b))
    if (other && !told.some((b) => b.type === act.type && b.doer === act.doer && b.target === act.target)) return [act, other]
  }
  return undefined
}

const actLabel = (act: PartyAct): string => `${act.doer} → ${act.target} ("${act.words}")`

/**
 * What a body's article contests in a headline's article, by their ids: each a short label
 * ("injured ("41" vs "38")"); none when they contest nothing.
 */
export type ContestedBetween = (headArticleId: string, bodyArticleId: string) => readonly string[]

/** What each stance says, as the explanation puts it. */
const STANCE_VERBS: Readonly<Record<Stance, string>> = {
  agree: 'agrees with',
  disagree: 'disputes',
  discuss: 'discusses, without taking a side,',
  unrelated: 'does not take up',
}

/** The stance words that back each stance in an explanation. */
const BACKING: Readonly<Record<Stance, readonly CueKind[]>> = {
  agree: ['confirm'],
  disagree: ['refute', 'negation'],
  discuss: ['hedge'],
  unrelated: [],
}

/** Longest excerpt of the best sentence quoted in an explanation. */
const EXCERPT = 160

/**
 * How every article's body stands toward every other article's headline, in article order.
 * Articles without a title give no headline; the committed model is read only when a pair is. Pure given the model; each body is indexed once, and
 * each pair costs the headline's words' occurrences in it.
 */
export function headlineStances(articles: ReadonlyArray<StanceArticle>, model?: LogisticModel, actors?: ActorIndex, contested: ContestedBetween = () => []): HeadlineStance[] {
  const bodies = new Map<string, BodyIndex>()
  // A text that opens with its own title is read from after it: a headline is no body sentence.
  const bodyOf = (a: Pick<AnalyzedArticle, 'article'>): BodyIndex => {
    let index = bodies.get(a.article.id)
    if (!index) bodies.set(a.article.id, (index = indexBody(withoutTitle(a.article.text, a.article.title))))
    return index
  }
  const out: HeadlineStance[] = []
  for (const head of articles) {
    const title = head.article.title?.trim()
    if (!title) continue
    for (const body of articles) {
      if (body.article.id === head.article.id) continue
      const index = bodyOf(body)
      const reading = readStance(title, index, (model ??= stanceModel()))
      const modelShown = shownStance(reading.probabilities)
      // An agreement with a headline whose labels the body never uses is shown as a discussion.
      const unshared = STANCES[modelShown.index] === 'agree' ? labelsNotInBody(title, head.headlineFindings ?? [], index) : []
      // So is one with a headline whose act the body tells with doer and target swapped, and never as the headline has it.
      const reversal = STANCES[modelShown.index] === 'agree' && unshared.length === 0 && actors ? reversedLeadAct(head, body, actors) : undefined
      // So is one with a headline whose article the body contests: shared words are no shared account.
      const against = STANCES[modelShown.index] === 'agree' && unshared.length === 0 && !reversal ? contested(head.article.id, body.article.id) : []
      // So is one with a headline whose count the body gives otherwise ("thousands of operations" against "1,200 operations").
      const recount = STANCES[modelShown.index] === 'agree' && unshared.length === 0 && !reversal && against.length === 0
        ? differingCount(title, withoutTitle(body.article.text, body.article.title)) : undefined
      const shown = unshared.length > 0 || reversal || against.length > 0 || recount ? { index: STANCES.indexOf('discuss') } : modelShown
      const stance = STANCES[shown.index]!
      const confidence = reading.probabilities[shown.index]!
      const text = body.article.text
      const sentence = reading.best >= 0 ? index.sentences[reading.best] : undefined
      // A doubted dispute still cites the refuting words the model leaned on.
      const backing = reading.cues.filter((c) => BACKING[reading.stance].includes(c.kind) && sentence !== undefined && c.start >= sentence.start && c.end <= sentence.end)
      const articleId = body.article.id
      const evidence = [...(sentence ? [sentence] : []), ...backing].map((s) => ({ articleId, start: s.start, end: s.end }))
      const percent = Math.round(100 * reading.coverage)
      const excerpt = sentence ? excerptOf(text, sentence, EXCERPT) : ''
      const words = [...new Set(backing.map((c) => text.slice(c.start, c.end).toLowerCase()))]
      out.push({
        headline: { articleId: head.article.id, text: title },
        body: articleId,
        stance,
        confidence: Math.round(confidence * 1000) / 1000,
        coverage: Math.round(reading.coverage * 1000) / 1000,
        evidence,
        explanation: `${articleId}'s body ${STANCE_VERBS[stance]} ${head.article.id}'s headline "${title}" ` +
          `(model probability ${confidence.toFixed(2)}` +
          `${shown.doubted === undefined ? '' : `; the model leans toward ${shown.doubted.stance === 'agree' ? 'agreement' : 'a dispute'} (${shown.doubted.probability.toFixed(2)}), but below ${SIDE_FLOORS[shown.doubted.stance].toFixed(2)} such a reading is seldom right on claims unseen in training, so none is asserted`}` +
          `${unshared.length === 0 ? '' : `; the model reads agreement (${reading.probabilities[modelShown.index]!.toFixed(2)}), but the headline's labels (${unshared.join(', ')}) are nowhere in the body: it may tell what happened alike, not judge it alike`}` +
          `${against.length === 0 ? '' : `; the model reads agreement (${reading.probabilities[modelShown.index]!.toFixed(2)}), but the body contests the headline's article on ${against.slice(0, 3).join('; ')}: it shares the headline's words, not its account`}` +
          `${recount ? `; the model reads agreement (${reading.probabilities[modelShown.index]!.toFixed(2)}), but the body gives "${recount.body}" where the headline has "${recount.headline}"` : ''}` +
          `${reversal ? `; the model reads agreement (${reading.probabilities[modelShown.index]!.toFixed(2)}), but the body tells the act the other way round: ${actLabel(reversal[1])}, where the headline's article has ${actLabel(reversal[0])}` : ''}` +
          `): the body holds ${percent}% of the headline's content words, weighted by rarity` +
          `${reading.shared.length ? ` (${reading.shared.slice(0, 6).join(', ')})` : ''}` +
          `${excerpt ? `; its closest sentence: "${excerpt}"` : ''}` +
          `${words.length ? `; ${reading.stance === 'agree' ? 'confirming' : reading.stance === 'disagree' ? 'refuting or negating' : 'hedging'} words in it: ${words.slice(0, 6).join(', ')}` : ''}.`,
      })
    }
  }
  return out
}
