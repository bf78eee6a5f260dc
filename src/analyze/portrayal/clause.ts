/**
 * @module analyze/portrayal/clause — what the clause before an evaluative word says about whom the word judges: a
 * negation over it ("has never taken a banned drug"), harm undergone ("was the victim of contaminated meat"), someone
 * close to a party it is said of ("whose husband had a broken spine"), or a sanction it grades ("an unfair ban").
 */
import { POS_TAGS, type Segmentation } from '../layers.js'

/** The lower-cased lemma of token `k`, '' past either end. Pure. */
export const lemmaAt = (seg: Segmentation, k: number): string => seg.lemmas[k]?.toLowerCase() ?? ''
export const NOUN_TAG = POS_TAGS.indexOf('NOUN')
export const VERB_TAG = POS_TAGS.indexOf('VERB')
export const ADP_TAG = POS_TAGS.indexOf('ADP')
/** Words that negate what follows them in their clause ("is not corrupt") or in a finding ("not a great leader"). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'without', 'nor'])

/** Punctuation that closes a clause. */
const CLAUSE_PUNCT = /^[,;:()–—]$/u
/** Words that open a new clause: coordinators, relatives and subordinators ("did not attend, and Peru was rude"). */
const CLAUSE_WORDS = new Set([
  'and', 'or', 'but', 'yet', 'that', 'which', 'who', 'whose', 'whom', 'because', 'although', 'though', 'while', 'whereas',
  'if', 'when', 'since', 'after', 'before', 'unless', 'until',
])

/** The first token of the clause holding token `i` of sentence `s`. Pure. */
function clauseStart(text: string, seg: Segmentation, s: number, i: number): number {
  const first = seg.sentenceTokenStart[s]!
  let k = i
  while (k > first && !CLAUSE_PUNCT.test(text.slice(seg.starts[k - 1], seg.ends[k - 1])) && !CLAUSE_WORDS.has(lemmaAt(seg, k - 1))) k--
  return k
}

/** Words after a negator that make it no negation: "not only", "not just", "no doubt", "not least". */
const NOT_NEGATING_AFTER = new Set(['only', 'just', 'merely', 'simply', 'least', 'doubt'])
/** Comparatives and superlatives: "No one is a better tactician" praises, it negates nothing. A list, for "honest", "clever" only end like one. */
const COMPARATIVES = new Set(['better', 'best', 'more', 'most', 'greater', 'greatest', 'worse', 'worst', 'less', 'least'])

/** True when token `i` is compared: a comparative, after "more"/"most", or before "than" ("smarter than", "more honest than"). Pure. */
function comparedAt(text: string, seg: Segmentation, i: number): boolean {
  const word = (k: number): string => (k >= 0 && k < seg.starts.length ? text.slice(seg.starts[k], seg.ends[k]).toLowerCase() : '')
  return COMPARATIVES.has(word(i)) || /^(?:more|most)$/u.test(word(i - 1)) || word(i + 1) === 'than'
}

/**
 * True when a negation stands before token `i` in its clause from `start` and no preposition between opens a phrase of its own:
 * "has never knowingly taken a banned drug", "is not corrupt", but not "is not overly showy for a man of great wealth".
 * "No one" before a comparative ("No one is better") is praise, no negation. Pure.
 */
function negatedInClause(text: string, seg: Segmentation, start: number, i: number): boolean {
  for (let k = i - 1; k >= start; k--) {
    const lemma = lemmaAt(seg, k)
    if (NEGATORS.has(lemma)) {
      if (NOT_NEGATING_AFTER.has(lemmaAt(seg, k + 1))) continue
      return !(lemma === 'no' && /^(?:one|other)$/u.test(lemmaAt(seg, k + 1)) && comparedAt(text, seg, i))
    }
    if (seg.pos[k] === ADP_TAG) return false
  }
  return false
}

/** Words of harm undergone: what follows them in the clause is the harm, no judgment of the one who underwent it. */
const SUFFERED = new Set(['suffer', 'sustain', 'endure', 'undergo'])
/** Verbs that say their subject is a victim: "was the victim of", "fell victim to", "became a victim". */
const VICTIM_COPULAS = new Set(['be', 'become', 'fall'])

/** True when token `k` names its subject a victim ("was the victim of"), not victims who act ("victims sued the bank"). Pure. */
function victimAt(seg: Segmentation, k: number): boolean {
  return lemmaAt(seg, k) === 'victim' && (VICTIM_COPULAS.has(lemmaAt(seg, k - 1)) || VICTIM_COPULAS.has(lemmaAt(seg, k - 2)))
}

/** True when token `i` follows a word of harm undergone in its clause from `start` ("was the victim of contaminated meat", "suffered terrible burns"). Pure. */
function sufferedInClause(seg: Segmentation, start: number, i: number): boolean {
  for (let k = start; k < i; k++) if (SUFFERED.has(lemmaAt(seg, k)) || victimAt(seg, k)) return true
  return false
}

/** People close to a party: a word said of them ("her husband's broken spine") is no judgment of the party. */
const CLOSE_PEOPLE = new Set([
  'husband', 'wife', 'spouse', 'partner', 'son', 'daughter', 'child', 'kid', 'baby', 'mother', 'father', 'parent', 'mum', 'mom',
  'dad', 'brother', 'sister', 'sibling', 'family', 'relative', 'grandmother', 'grandfather', 'grandchild', 'grandson',
  'granddaughter', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'widow',
  'widower', 'friend', 'neighbour', 'neighbor',
])

/** Where the last noun naming someone close to a party ends in the clause from `start` before token `i`, if any ("whose husband had …"). Pure. */
function closePersonBefore(seg: Segmentation, start: number, i: number): number | undefined {
  let at: number | undefined
  for (let k = start; k < i; k++) if (seg.pos[k] === NOUN_TAG && CLOSE_PEOPLE.has(lemmaAt(seg, k))) at = seg.ends[k]
  return at
}

/** Nouns of a sanction or a ruling: a word grading one ("an unfair ban") judges who imposed it, not whom it hit. */
const SANCTION_NOUNS = new Set([
  'ban', 'suspension', 'sanction', 'fine', 'penalty', 'sentence', 'punishment', 'expulsion', 'disqualification', 'dismissal',
  'verdict', 'ruling', 'decision', 'conviction', 'charge', 'indictment', 'prosecution',
])
/** A sanction's noun, or the term it runs for ("a suspended jail term"). */
const SANCTION_TERMS: ReadonlySet<string> = new Set([...SANCTION_NOUNS, 'term', 'jail', 'prison'])
/** Words that name a kind of sanction before its noun ("a suspended sentence", "a suspended jail term"): a legal term, no grading. */
const SANCTION_KINDS = new Set(['suspend', 'suspended', 'conditional', 'custodial', 'provisional'])
/** Nouns of an agreement: "struck a deal", "struck a plea bargain" make one, no blow. */
const AGREEMENT_NOUNS = new Set(['deal', 'agreement', 'bargain', 'accord', 'compromise', 'settlement', 'pact', 'truce', 'balance', 'chord', 'tone'])

/**
 * True when token `i` of sentence `s` is a word of a fixed legal or deal-making phrase whose valence belongs to another sense:
 * a kind of sanction ("were given suspended sentences") or a deal struck ("struck plea deals"). Either is a legal act, reported;
 * it judges no one. Pure.
 */
export function fixedLegalTerm(seg: Segmentation, s: number, i: number): boolean {
  const end = Math.min(seg.sentenceTokenEnd[s]!, i + 1 + MODIFIER_REACH)
  const nounAhead = (nouns: ReadonlySet<string>, reach: number): boolean => {
    for (let k = i + 1; k < Math.min(end, i + 1 + reach); k++) if (seg.pos[k] === NOUN_TAG && nouns.has(lemmaAt(seg, k))) return true
    return false
  }
  if (SANCTION_KINDS.has(lemmaAt(seg, i))) return nounAhead(SANCTION_TERMS, 3)
  return lemmaAt(seg, i) === 'strike' && nounAhead(AGREEMENT_NOUNS, MODIFIER_REACH)
}

/** Verbs whose subject imposes the sanction they take: "imposed an unfair ban", "handed down a harsh sentence". */
const IMPOSING = new Set(['impose', 'issue', 'hand', 'give', 'order', 'announce', 'slap', 'levy', 'uphold', 'enforce', 'introduce', 'extend', 'deliver', 'pass', 'make', 'reach', 'bring', 'file', 'press', 'defend'])
/** Words between a grading word and the sanction's noun: "unjust" doping ban, "harsh four-year". */
const MODIFIER_TAGS = new Set((['ADJ', 'NOUN', 'VERB', 'NUM', 'PUNCT', 'CCONJ', 'ADV'] as const).map((t) => POS_TAGS.indexOf(t)))
/** How many words may stand between a grading word and the sanction's noun. */
const MODIFIER_REACH = 4

/**
 * When token `i` grades a sanction ("an unfair ban"), who imposed it: where the verb of imposing in its clause from `start` starts, whose subject
 * did ("The federation handed Berg an unfair ban"), or `null` when no verb of imposing takes it ("fight the unjust ban").
 * `undefined` when the word grades no sanction. Pure.
 */
function sanctionImposer(text: string, seg: Segmentation, s: number, start: number, i: number): number | null | undefined {
  const end = Math.min(seg.sentenceTokenEnd[s]!, i + 1 + MODIFIER_REACH)
  let noun = -1
  for (let k = i + 1; k < end; k++) {
    if (seg.pos[k] === NOUN_TAG && SANCTION_NOUNS.has(lemmaAt(seg, k))) {
      noun = k
      break
    }
    const surface = text.slice(seg.starts[k], seg.ends[k])
    if (!MODIFIER_TAGS.has(seg.pos[k]!) || /^[,;:.!?]$/u.test(surface)) break
  }
  if (noun < 0) return undefined
  for (let k = i - 1; k >= start; k--) if (seg.pos[k] === VERB_TAG) return IMPOSING.has(lemmaAt(seg, k)) ? seg.starts[k]! : null
  return null
}

/** What the clause before an evaluative word says about whom it judges. */
export interface ClauseTraits {
  /** A negation stands before it in its clause. */
  readonly negated: boolean
  /** Harm undergone ("the victim of …") or a sanction no subject imposed ("fight the unjust ban"): only an agent named after it by "by" is judged. */
  readonly agentAfterOnly: boolean
  /** Where a noun naming someone close to a party ends before it ("whose husband had …"): no party before that is judged. */
  readonly closePersonAt?: number
  /** Where the verb imposing the sanction it grades starts: only its subject, before it, is judged ("handed Berg an unfair ban"). */
  readonly imposedBefore?: number
}

/** The traits of token `i` of sentence `s`, a verb when `verb` (whose own sanction is no grading of one). Pure. */
export function clauseTraits(text: string, seg: Segmentation, s: number, i: number, verb: boolean): ClauseTraits {
  const start = clauseStart(text, seg, s, i)
  const imposer = verb ? undefined : sanctionImposer(text, seg, s, start, i)
  const closePersonAt = closePersonBefore(seg, start, i)
  return {
    negated: negatedInClause(text, seg, start, i), agentAfterOnly: sufferedInClause(seg, start, i) || imposer === null,
    ...(closePersonAt === undefined ? {} : { closePersonAt }), ...(typeof imposer === 'number' ? { imposedBefore: imposer } : {}),
  }
}
