/**
 * @module analyze/claims — the propositions an article puts forward, each in one voice.
 *
 * A claim is either the content of an attribution (voiced by its speaker, with the modality of
 * its cue: reported, hedged, demanded, denied) or a stretch of the outlet's own voice that makes
 * a statement (it has a verb and at least three comparable terms; a speaker's, two). Each claim records its
 * polarity, the facets it answers and its comparable terms, which `compare/claims` aligns across
 * articles.
 */
import type { Article, Attribution, Claim, FacetValue, Modality } from '../../model/schema.js'
import { bySpan, contains, subtractSpans, trimSpan, type Span } from '../../model/span.js'
import { refutedContent } from './refuted.js'
import { modalityOfAttribution } from '../facets/facets.js'
import { HEDGE, SUPERSEDED } from '../facets/patterns.js'
import { firstTokenAtOrAfter, POS_TAGS, need, type AttributionLayer, type Segmentation, type Stage } from '../layers.js'
import { isWalkout } from '../../knowledge/strike-sense.js'
import { multiWordPlaceAt, termOf, WALKOUT } from './terms.js'

/** A speaker's statement needs two comparable terms; the outlet's own sentences three, to leave out fragments. */
const MIN_TERMS = { reported: 2, own: 3 } as const
/** Words that negate a clause; "no" and "without" are left out: they mostly negate a noun ("to no avail"). */
const NEGATORS = new Set(['not', "n't", 'never'])
/**
 * Verbs that with "open" deny a closing: "the plant will stay open", "keep the border open". Only an "open" that ends its
 * clause: "remain open to talks" is willing, "stay open until 8 p.m." closes later.
 */
const KEEPS = new Set(['stay', 'remain', 'keep'])
/** Nouns of intent after which "no" negates the act that follows: "has no plans to change", "no intention of closing". */
const INTENT = new Set(['plan', 'intention', 'intent'])
/** "not only … but", "not just … but also": words after a negator that make it an intensifier, "only" always, the others before a "but" or "also". */
const INTENSIFIED_BY = new Set(['only', 'just', 'merely', 'simply'])
const CONTRAST_FOLLOWS = /\b(?:but|also)\b/iu
/** Words opening a condition: a negation inside it ("if they do not pass the bill, …") negates the condition, not the claim. */
const CONDITIONS = new Set(['if', 'unless'])
/** Punctuation that ends a leading condition ("If …, taxes rise"); a trailing one runs to the claim's end. */
const CLAUSE_BREAK = /^[,;:—–]$/u
/** Words a subject's noun phrase is made of: "the harbour talks", "they". */
const NOUN_PHRASE_POS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM'].map((tag) => POS_TAGS.indexOf(tag as (typeof POS_TAGS)[number])))
/** What a condition with no comma ends with before the main clause's subject: its verb or object ("if passed the levy", "if the talks fail the navy"). */
const ENDS_CONDITION_BEFORE = new Set(['VERB', 'NOUN', 'PROPN'].map((tag) => POS_TAGS.indexOf(tag as (typeof POS_TAGS)[number])))
/** Pronouns that open a relative clause inside the condition, not the main clause: "a state that does not". */
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose'])
const OPENS_NOUN_PHRASE = new Set(['DET', 'PRON'].map((tag) => POS_TAGS.indexOf(tag as (typeof POS_TAGS)[number])))
/** Verbs of being and seeming that a negated comparison of emphasis takes: "has never been", "could not be", "never felt". */
const STATE_VERBS = new Set(['be', 'have', 'feel', 'seem', 'look', 'sound'])
/** Words of degree that make what follows a comparative: "more clear", "less urgent" ("so", "as" compare to something named: "as far as"). */
const DEGREE = new Set(['more', 'less'])
/** Words after a comparative that name what it is measured against: "higher than two percent", "as far as". */
const COMPARED_WITH = new Set(['than', 'as'])
/** What "than" compares with that only stresses the degree: "than ever", "than now", "than today" (and "than it is"). */
const THAN_EVER = new Set(['ever', 'now', 'today'])
/** Adjectives of precision, which a preposition after "could not be more" makes an inability: "could not be more precise about the dates". */
const PRECISION = new Set(['precise', 'specific', 'clear', 'exact', 'detailed', 'explicit', 'accurate'])
const PRON = POS_TAGS.indexOf('PRON')
const ADJ = POS_TAGS.indexOf('ADJ')
const ADV = POS_TAGS.indexOf('ADV')
const VERB = POS_TAGS.indexOf('VERB')
const AUX = POS_TAGS.indexOf('AUX')
const ADP = POS_TAGS.indexOf('ADP')
const NOUN = POS_TAGS.indexOf('NOUN')

/** Extracts the claims of one article, in text order. Pure. */
export function findClaims(article: Article, seg: Segmentation, layer: AttributionLayer, facets: readonly FacetValue[]): Claim[] {
  const text = article.text
  const out: Omit<Claim, 'id'>[] = []
  const pointers: PointerDenial[] = []
  layer.attributions.forEach((attribution, index) => {
    const content = trimSpan(text, attribution.content)
    const modality = modalityOf(text, attribution)
    // "Police denied the allegations": what is denied is the accusation the words point back to, resolved below.
    if (modality === 'denied' && POINTER_NOUN.test(text.slice(content.start, content.end))) {
      pointers.push({ voice: attribution.speaker, attribution: index, at: content.start })
      return
    }
    if (withholds(text, attribution, content)) return
    const claim = claimOf(text, seg, content, facets, attribution.speaker, modality, MIN_TERMS.reported)
    if (!claim) return
    // A quoted fragment takes the negation of the words that lead into it: he doesn't want to make
    // "a federal case out of this" denies what the fragment alone would assert.
    const flip = negatedLead(seg, attribution)
    out.push({ ...refuted(text, seg, claim, facets), attribution: index, ...(flip ? { polarity: claim.polarity === 'negative' ? 'positive' : 'negative' } : {}) })
  })
  // The words naming a speaker and the reporting verb ("Commission chairman Pavel Dorin said") state nothing.
  const frames = layer.attributions.flatMap((a) => (a.source ? [a.source, a.cue] : [a.cue])).sort(bySpan)
  for (const piece of subtractSpans(layer.outletVoice, frames)) {
    for (const part of bySentence(seg, piece)) {
      const span = trimSpan(text, part)
      const tokens = tokenRange(seg, span)
      if (!hasVerb(seg, tokens)) continue
      const words = text.slice(span.start, span.end)
      const modality = HEDGE.test(words) ? 'hedged' : OWN_DEMAND.test(words) ? 'demanded' : 'asserted'
      const claim = claimOf(text, seg, span, facets, 'outlet', modality, MIN_TERMS.own)
      if (claim) out.push(refuted(text, seg, claim, facets))
    }
  }
  const inOrder = (list: Omit<Claim, 'id'>[]): Omit<Claim, 'id'>[] => list.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
  const kept = inOrder(pointedBack(text, seg, inOrder(out.filter((claim) => !isSiteFurniture(text, seg.sentences[sentenceAt(seg, claim.span.start)]!)))))
  return inOrder([...kept, ...pointers.flatMap((p) => deniedAccusation(text, seg, layer, kept, p))])
    .map((claim, i) => ({ id: `c${i + 1}`, ...claim }))
}

/**
 * The outlet's own call to act: "Teachers should vote no", "the minister must resign", "Parliament
 * ought to reject it". Not a modal before "be" or "have", which judges or expects ("should be
 * finished by June", "must have known").
 */
const OWN_DEMAND = /\b(?:should|must|ought\s+to)\s+(?:(?:not|now|also|\p{Ll}+ly)\s+)?(?!be\b|have\b|ha(?:s|d)\b)\p{Ll}+/u

/** Cues of a refusal to speak: "declined", "refused to say", "would not comment on", "did not confirm". */
const WITHHOLDING_CUE = /\b(?:declin|refus)\p{L}*|\b(?:not|never|n't)\s+(?:\p{L}+\s+)?(?:comment|respond|reply|answer|say|confirm|disclose|elaborate|specify|reveal)\p{L}*(?:\s+(?:on|to))?$/iu
/** What a refusal holds back: "to comment on the photographs", "to say how many". */
const WITHHELD_CONTENT = /^to\s+(?:comment|respond|reply|answer|elaborate|speculate|discuss|confirm|say|disclose|reveal|specify|give\s+details)\b/iu

/** True when an attribution reports a refusal to speak, whose content no one claims. Pure. */
function withholds(text: string, attribution: Attribution, content: Span): boolean {
  return WITHHOLDING_CUE.test(text.slice(attribution.cue.start, attribution.cue.end)) || WITHHELD_CONTENT.test(text.slice(content.start, content.end))
}

/** A denial of an accusation named by a noun: "Police denied the allegations" (`voice`, the attribution's index, where its content starts). */
interface PointerDenial { readonly voice: string; readonly attribution: number; readonly at: number }
/** "the allegations", "these claims as baseless", "the criticism": a denial's content that names what was said before. */
const POINTER_NOUN = /^(?:the|these|those|this|that|such|their|his|her|its|all|any|both)\s+(?:[\p{L}-]+\s+){0,2}?(?:criticisms?|accusations?|allegations?|claims?|charges?|complaints?|suggestions?|assertions?)\b(?:\s+(?:as|of\s+(?:bias|wrongdoing))\b[^.;]*)?$/iu
/** Cues of an accusation, which a denial of "the allegations" or "the criticism" points back to before any other statement. */
const ACCUSING_CUE = /\b(?:accus|criticis|criticiz|blam|complain|alleg|claim|charg|condemn|attack|slam|fault)/iu
/** Sentences back a denial by noun reaches for its accusation: "X accused Y. "Quote," Z said. Y rejected the criticism." */
const POINTER_REACH = 2

/**
 * The claim a denial by noun denies, in the denier's voice: the nearest claim of another voice up to `POINTER_REACH`
 * sentences back whose cue accuses, else the nearest one in the sentence before. None when nothing fits. Pure.
 */
function deniedAccusation(text: string, seg: Segmentation, layer: AttributionLayer, claims: readonly Omit<Claim, 'id'>[], pointer: PointerDenial): Omit<Claim, 'id'>[] {
  const sentence = sentenceAt(seg, pointer.at)
  const before = claims.filter((c) => c.span.end <= pointer.at && c.voice !== pointer.voice && c.modality !== 'denied' && sentenceAt(seg, c.span.start) >= sentence - POINTER_REACH).reverse()
  const accusing = (c: Omit<Claim, 'id'>): boolean => {
    const cue = c.attribution === undefined ? undefined : layer.attributions[c.attribution]?.cue
    return cue !== undefined && ACCUSING_CUE.test(text.slice(cue.start, cue.end))
  }
  const denied = before.find(accusing) ?? before.find((c) => sentenceAt(seg, c.span.start) >= sentence - 1)
  return denied ? [deniedBy(denied, pointer.voice, pointer.attribution)] : []
}

/** `claim`'s words, denied by `voice` through the attribution at `attribution` (none for the outlet's own words). Pure. */
function deniedBy(claim: Omit<Claim, 'id'>, voice: string, attribution: number | undefined): Omit<Claim, 'id'> {
  const denied: Omit<Claim, 'id'> = { ...claim, voice, modality: 'denied' }
  if (attribution === undefined) delete denied.attribution
  else denied.attribution = attribution
  return denied
}

/** "such a call", "such plans": words pointing back to what was said before ("such as" names examples). */
const SUCH = String.raw`such\s+(?!as\b|that\b)(?:an?\s+)?\p{L}`
/** "no record of such a call", "no such inspection", "never received such an order": the pointer negated. */
const NEGATED_POINTER = new RegExp(String.raw`\b(?:no|not|never|without|nor)\s+(?:[\p{L}'’-]+\s+){0,3}?${SUCH}`, 'iu')
/** "any such plan", negated by the claim's verb or its cue: "did not receive any such call", "denied any such plan". */
const ANY_POINTER = new RegExp(String.raw`\bany\s+${SUCH}`, 'iu')

/**
 * A negated claim that points back ("the coast guard said it had no record of such a call", "no such inspection had taken
 * place") denies the claim before it in another voice, in its sentence or the one before: "The charity claimed to have
 * raised the alarm hours earlier". It becomes that claim's words, denied by its own speaker. Pure; `claims` in text order.
 */
function pointedBack(text: string, seg: Segmentation, claims: readonly Omit<Claim, 'id'>[]): Omit<Claim, 'id'>[] {
  return claims.map((claim, i) => {
    const words = text.slice(claim.span.start, claim.span.end)
    const negated = claim.polarity === 'negative' || claim.modality === 'denied'
    if (!NEGATED_POINTER.test(words) && !(negated && ANY_POINTER.test(words))) return claim
    const sentence = sentenceAt(seg, claim.span.start)
    const before = claims.slice(0, i).reverse().find((c) => c.voice !== claim.voice && c.span.end <= claim.span.start)
    if (!before || before.modality === 'denied' || sentenceAt(seg, before.span.start) < sentence - 1) return claim
    return deniedBy(before, claim.voice, claim.attribution)
  })
}

/**
 * A site's furniture, addressed to the reader, not said of the story: comments closed ("Sorry we are not
 * currently accepting comments on this article"), "Follow us on", "Click here", "Sign up for our newsletter",
 * a link label ("Read more:", "Related:"). Read at the sentence start; sites repeat these, so as claims they
 * would be agreed across every story of one outlet. The comment notice must end its sentence or name the
 * article, and "follow us on" a platform: "Comments are closed to the public at the meeting" is news.
 */
const COMMENTS_END = String.raw`(?:\s+(?:on|for)\s+this\s+(?:article|story|post|page)\b|[\s.!"”’']*$)`
const PLATFORM = String.raw`(?:Twitter|X|Facebook|Instagram|TikTok|YouTube|LinkedIn|Threads|Bluesky|Telegram|WhatsApp|Snapchat|Google\s+News|Flipboard|Mastodon)\b`
const SITE_FURNITURE = new RegExp(String.raw`^[\s"“‘'•*>-]*(?:(?:sorry,?\s+)?(?:(?:we\s+are|we['’]re)\s+(?:currently\s+)?not\s+(?:currently\s+)?accepting\s+comments|` +
  String.raw`comments\s+(?:are|have\s+been|were)\s+(?:now\s+|currently\s+)?(?:closed|disabled|switched\s+off|turned\s+off|not\s+(?:being\s+)?(?:accepted|open|available)))${COMMENTS_END}|` +
  String.raw`(?:follow\s+(?:us|our\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)|like\s+us)\s+on\s+${PLATFORM}|click\s+here\b|` +
  String.raw`(?:sign\s+up|subscribe|register)\s+(?:for|to)\s+(?:our|the)\b[^.!?]{0,40}?\b(?:newsletters?|updates|alerts|briefings?)\b|` +
  String.raw`(?:read|see|watch)\s+more\s*:|related\s*:|also\s+read\s*:|see\s+also\s*:|share\s+this\s+(?:article|story)\b)`, 'iu')
/** A link label in capitals: "MORE: …" (case-sensitive, as "More: …" may open a sentence). */
const LINK_LABEL = /^[\s"“‘'•*>-]*MORE\s*:/u

/** True when `sentence` is site furniture (`SITE_FURNITURE`, `LINK_LABEL`). Pure. */
function isSiteFurniture(text: string, sentence: Span): boolean {
  const words = text.slice(sentence.start, sentence.end)
  return SITE_FURNITURE.test(words) || LINK_LABEL.test(words)
}

/**
 * A claim that is a report its own words call false is a denial of the report's content, as
 * "denied that X" is; the report's noun may lead into the claim ("Reports … «that X are false»"). Pure.
 */
function refuted(text: string, seg: Segmentation, claim: Omit<Claim, 'id'>, facets: readonly FacetValue[]): Omit<Claim, 'id'> {
  const from = Math.max(claim.sentence.start, claim.span.start - 120)
  const words = text.slice(from, claim.span.end)
  const at = refutedContent(words)
  if (!at) return claim
  // The proposition denied is the report's content: the words calling it false are no part of it.
  const content = claimOf(text, seg, { start: from + at.start, end: from + at.end }, facets, claim.voice, 'denied', MIN_TERMS.reported)
  return { ...(content ?? claim), modality: 'denied' }
}

/**
 * True when the words leading into a content from its cue (or source), within the content's
 * sentence, are negated. Pure.
 */
function negatedLead(seg: Segmentation, attribution: Attribution): boolean {
  const to = attribution.content.start
  const sentence = seg.sentences[sentenceAt(seg, to)]
  const from = Math.max(attribution.cue.end, attribution.source?.end ?? 0, sentence?.start ?? 0)
  if (to <= from) return false
  const [first, end] = tokenRange(seg, { start: from, end: to })
  for (let i = first; i < end; i++) if (NEGATORS.has((seg.lemmas[i] ?? '').toLowerCase())) return true
  return false
}

function modalityOf(text: string, attribution: Attribution): Modality {
  if (attribution.kind === 'belief') return 'hedged'
  const modality = modalityOfAttribution(text, attribution)
  // "reportedly told": the outlet itself only relays the report.
  return modality === 'reported' && HEDGE.test(text.slice(Math.max(0, attribution.cue.start - 30), attribution.cue.end)) ? 'hedged' : modality
}

/** True when token `t` makes the negator before it an intensifier ("not only", "not just … but"), in tokens before `end`. Pure. */
function intensifies(text: string, seg: Segmentation, t: number, end: number): boolean {
  const word = (seg.lemmas[t] ?? '').toLowerCase()
  return word === 'only' || (INTENSIFIED_BY.has(word) && t + 1 < end && CONTRAST_FOLLOWS.test(text.slice(seg.ends[t], seg.ends[end - 1])))
}

/** The token of "open" within three after the keeping verb at `i` ("stay open", "keep the plant open") that ends its clause; -1 when none. Pure. */
function openAfter(seg: Segmentation, i: number, to: number): number {
  for (let t = i + 1; t < Math.min(to, i + 4); t++) {
    if (lemmaAt(seg, t) === 'open') return t + 1 >= to || /^(?:[,.;:!?"”’)]|and|but)$/u.test(lemmaAt(seg, t + 1)) ? t : -1
  }
  return -1
}

/** True when the "no" at token `i` denies an intent to act: "no plans to", "no intention of". Pure. */
function deniesIntent(seg: Segmentation, i: number): boolean {
  return INTENT.has(lemmaAt(seg, i + 1)) && /^(?:to|of)$/u.test(lemmaAt(seg, i + 2))
}

/** The lower-cased lemma of token `t` ('' outside the text). Pure. */
function lemmaAt(seg: Segmentation, t: number): string {
  return (seg.lemmas[t] ?? '').toLowerCase()
}

/**
 * True when the negator at token `i` only stresses a degree, no negation: "has never been more clear", "could not be
 * higher" — "never", or "not" after "could" or "can", then verbs of being, then a comparative that ends the comparison:
 * no "than" or "as" (but "than ever"), no verb ("could not be more easily dismissed"), and after "could" no preposition
 * after a word of precision ("could not be more precise about the dates" is an inability). Pure.
 */
function emphasises(text: string, seg: Segmentation, i: number, end: number): boolean {
  if (lemmaAt(seg, i) !== 'never' && !/^(?:can|could)$/u.test(lemmaAt(seg, i - 1))) return false
  let t = i + 1
  while (t < end && STATE_VERBS.has(lemmaAt(seg, t))) t++
  // "has never been", or "was never": a verb of being after the negator or right before it.
  if ((t === i + 1 && !STATE_VERBS.has(lemmaAt(seg, i - 1))) || t >= end) return false
  const word = text.slice(seg.starts[t], seg.ends[t]).toLowerCase()
  const graded = (at: number): boolean => seg.pos[at] === ADJ || seg.pos[at] === ADV
  // A comparative is a graded word its lemma shortens ("clearer" → "clear", "better" → "good").
  const comparative = DEGREE.has(word) ? (t + 1 < end && graded(t + 1) ? t + 1 : -1) : graded(t) && lemmaAt(seg, t) !== word ? t : -1
  return comparative >= 0 && endsComparison(seg, comparative, lemmaAt(seg, i) !== 'never')
}

/**
 * True when the comparative at token `c` goes on with no verb and no "than" or "as" but an emphatic "than ever", "than
 * now", "than it is"; nor, after a modal, with a preposition after a word of precision. Pure.
 */
function endsComparison(seg: Segmentation, c: number, afterModal: boolean): boolean {
  const t = c + 1
  const pos = seg.pos[t]
  if (lemmaAt(seg, t) === 'than') return THAN_EVER.has(lemmaAt(seg, t + 1)) || (seg.pos[t + 1] === PRON && lemmaAt(seg, t + 2) === 'be')
  return !COMPARED_WITH.has(lemmaAt(seg, t)) && pos !== VERB && pos !== AUX && !(afterModal && pos === ADP && PRECISION.has(lemmaAt(seg, c)))
}

function claimOf(text: string, seg: Segmentation, span: Span, facets: readonly FacetValue[], voice: string, modality: Modality, minTerms: number): Omit<Claim, 'id'> | undefined {
  if (span.end <= span.start) return undefined
  const [from, to] = tokenRange(seg, span)
  const terms: string[] = []
  // What the claim says happened ("killed", "banned") and the nouns that may name it ("the ban").
  const verbs = new Set<string>()
  const nouns = new Set<string>()
  let negated = false
  let conditionEnd = from
  const wordAt = (i: number): string => text.slice(seg.starts[i], seg.ends[i])
  const gapBefore = (i: number): string => text.slice(seg.ends[i - 1], seg.starts[i])
  let placeEnd = from
  // The "open" of "stay open", read as a closing denied.
  let keptOpen = -1
  for (let i = from; i < to; i++) {
    const lemma = seg.lemmas[i] ?? ''
    const word = lemma.toLowerCase()
    if (CONDITIONS.has(word) && lemmaAt(seg, i - 1) !== 'as') conditionEnd = endOfCondition(seg, i, to)
    if (NEGATORS.has(word) && i >= conditionEnd && !intensifies(text, seg, i + 1, to) && !emphasises(text, seg, i, to)) negated = true
    if (word === 'no' && i >= conditionEnd && deniesIntent(seg, i)) negated = true
    // "Will stay open" negates a closing, and the keeping verb is no term of it; "will not stay open" is left as written.
    const open = KEEPS.has(word) && i >= conditionEnd && !NEGATORS.has(lemmaAt(seg, i - 1)) && !NEGATORS.has(lemmaAt(seg, i - 2)) ? openAfter(seg, i, to) : -1
    if (open >= 0) {
      negated = true
      keptOpen = open
      continue
    }
    if (i < placeEnd || !CONTENT_POS.has(seg.pos[i]!)) continue
    const place = multiWordPlaceAt(wordAt, gapBefore, i, to)
    if (place) placeEnd = place.next
    const term = i === keptOpen ? 'close' : place?.term ?? (committedTo(text, seg, i, lemma) ? 'agree' : isWalkout(text, seg.starts[i]!, seg.ends[i]!) ? WALKOUT : termOf(wordAt(i), lemma, seg.pos[i] === NOUN))
    if (term !== undefined && !terms.includes(term)) terms.push(term)
    if (term !== undefined && seg.pos[i] === VERB) verbs.add(term)
    if (term !== undefined && seg.pos[i] === NOUN) nouns.add(term)
  }
  if (terms.length < minTerms) return undefined
  const sentence = seg.sentences[sentenceAt(seg, span.start)] ?? span
  // "Correction: An earlier version of this story said …": a superseded account is no one's claim.
  if (SUPERSEDED.test(text.slice(sentence.start, sentence.end))) return undefined
  return {
    span, sentence, voice, polarity: negated ? 'negative' : 'positive', modality,
    facets: [...new Set(facets.filter((f) => contains(span, f.span)).map((f) => f.facet))],
    terms, verbs: [...verbs], nouns: [...nouns],
  }
}

/**
 * The token that ends the condition opened at `i` ("if", "unless"; not "as if"), or `to` when it trails: the first clause
 * break after a verb of the condition ("if, as feared, the board does not pay, …": an aside right after "if" is skipped) or
 * the main clause's subject before its verb ("if passed the levy would not apply": "the levy") when no clause break
 * follows, whichever comes first. Pure.
 */
function endOfCondition(seg: Segmentation, i: number, to: number): number {
  const isBreak = (t: number): boolean => CLAUSE_BREAK.test(seg.lemmas[t] ?? '')
  const isVerb = (t: number): boolean => seg.pos[t] === VERB || seg.pos[t] === AUX
  let t = i + 1
  if (isBreak(t)) while (++t < to && !isBreak(t));
  // "if divers find the ferry was not overloaded, the captain …": before a later comma, a subject and verb are the condition's own.
  let lastBreak = to
  while (--lastBreak >= t && !isBreak(lastBreak));
  let verbSeen = false
  for (; t < to; t++) {
    if (verbSeen && isBreak(t)) return t
    const subject = t > lastBreak && isVerb(t) && NOUN_PHRASE_POS.has(seg.pos[t - 1]!) ? subjectBefore(seg, t) : -1
    // Not the condition's own subject ("if the talks fail"), a noun after a preposition ("if the price of oil falls") or a relative ("a state that does").
    if (subject > i + 1 && ENDS_CONDITION_BEFORE.has(seg.pos[subject - 1]!) && !RELATIVE.has(lemmaAt(seg, subject))) return subject
    verbSeen ||= isVerb(t)
  }
  return to
}

/** The first token of the noun phrase right before token `verb`, back to its determiner or pronoun. Pure. */
function subjectBefore(seg: Segmentation, verb: number): number {
  let s = verb - 1
  while (s > 0 && !OPENS_NOUN_PHRASE.has(seg.pos[s]!) && NOUN_PHRASE_POS.has(seg.pos[s - 1]!)) s--
  return s
}

/** "has committed to withdraw", "pledged to": an undertaking is the act "agreed to" names, not the "commit" of a crime. */
const UNDERTAKING = new Set(['commit', 'pledge', 'undertake'])
function committedTo(text: string, seg: Segmentation, i: number, lemma: string): boolean {
  return UNDERTAKING.has(lemma.toLowerCase()) && /^to$/iu.test(text.slice(seg.starts[i + 1] ?? 0, seg.ends[i + 1] ?? 0))
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV'].map((tag) => POS_TAGS.indexOf(tag as (typeof POS_TAGS)[number])))

function hasVerb(seg: Segmentation, [from, to]: readonly [number, number]): boolean {
  for (let i = from; i < to; i++) if (seg.pos[i] === VERB || seg.pos[i] === AUX) return true
  return false
}

/** The tokens lying inside `span`, as a half-open index range, by binary search. */
function tokenRange(seg: Segmentation, span: Span): [number, number] {
  const from = firstTokenAtOrAfter(seg, span.start)
  let to = from
  while (to < seg.starts.length && seg.ends[to]! <= span.end) to++
  return [from, to]
}

function sentenceAt(seg: Segmentation, offset: number): number {
  let lo = 0
  let hi = seg.sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (seg.sentences[mid]!.start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Cuts a span at sentence ends: an own-voice stretch can run over several sentences. */
function bySentence(seg: Segmentation, piece: Span): Span[] {
  const parts: Span[] = []
  for (let s = sentenceAt(seg, piece.start); s < seg.sentences.length; s++) {
    const sentence = seg.sentences[s]!
    if (sentence.start >= piece.end) break
    const start = Math.max(sentence.start, piece.start)
    const end = Math.min(sentence.end, piece.end)
    if (end > start) parts.push({ start, end })
  }
  return parts
}

export const claimsStage: Stage<'claims'> = {
  name: 'claims',
  requires: ['segments', 'attributions', 'facets'],
  assigns: 'claims',
  rules: [],
  run: (article, layers) => findClaims(article, need(layers, 'segments'), need(layers, 'attributions'), need(layers, 'facets')),
}
