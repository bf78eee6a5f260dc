/**
 * @module analyze/facets — structured answers to the questions every account of an event
 * answers: when, where, casualties and victims, what the act is called and its motive, the
 * perpetrator and the arrest, the cause each voice gives, and each party's responses. Each answer carries its voice (the
 * outlet, or the speaker whose attributed words hold it), polarity and modality.
 *
 * Sentences that name another event ("the Shiraz attack") are skipped for the event facets,
 * so a comparison made in passing does not count as this event's toll.
 */
import type { Actor, Article, Attribution, FacetValue, Mention, Modality } from '../../model/schema.js'
import { contains, overlaps, type Span } from '../../model/span.js'
import { firstTokenAtOrAfter, mentionsStartingIn, need, type AttributionLayer, type MentionLayer, type Segmentation, type Stage } from '../layers.js'
import {
  CHANGE, CHANGE_IN_BEFORE, CLAUSE_OPENING, CLOSURES, DIFFERENCE_AFTER, EARLIER_LEVEL, LEVEL, OTHER_RATE_BEFORE, LEVEL_BASES, LEVEL_GAP_BREAK, LEVEL_PROJECTED, MEASURES, PROJECTED, QUARTER, RESULT_MOVE, BUDGET_CHANGE, TURNOUT,
  ABOUT_TURNOUT, ABOUT_VOTES, NOT_A_HOLDER, NOT_A_POLL, NOT_A_SHARE_AFTER, POLL, POLLSTER, PRICE, PRICE_QUALIFYING, SHARES,
  ABOARD, ABOUT_DISEASE, CANCELLED, CANCELLED_CUE, CASE_UNITS, CASES, SHOTS, AFFECTED, AREA_BURNT, AREA_UNITS, ARRESTED, CHARGE_ITEM, CHARGE_VERDICT, CHARGES_END, COMPENSATION, CUSTODIAL, BAN, BAN_SENTENCE, DETENTION, RELEASED, RELEASED_PEOPLE, ABOUT_RELEASE, REJECTED_FIGURE, RESTATED, DEAL, PAYOUT, MARKET_SHARE, SUPERSEDED, COST, DAMAGED, DAMAGED_CUE, DESTROYED, MISSING, RANGE_END, SHARE_CLOSE, SHARE_MOVE, DISPLACED, FINE, JOBS, JOBS_AT_RISK, NOT_A_TOTAL_AFTER, OUTAGE, TOLL_FACETS, UNIT_CLASSES, WARRANT_AFTER,
  ACTIVE_OBJECT, ALL_VICTIMS, ARMED_CAPTOR_AFTER, CASUALTY_VERB_BEFORE, CONJUNCT_AFTER, CONJUNCT_BEFORE, ORDINAL, PASSIVE_END, PREPOSITION_END, NAMED_TOLL_BEFORE, OWN_TOLL_AFTER, OWN_TOLL_BEFORE, OWN_TOLL_WITHIN, INCREMENT_AFTER, INCREMENT_BEFORE, STILL_IN_HOSPITAL, TOTAL_GIVEN, ARREST, KNOWN_ROLE, PART_AFTER, PART_BEFORE, RUMOURED, SUBSET_OPENING, DELAY, DEMANDED_BEFORE, EVENT_TRIGGER, NOT_AN_ARREST, HEDGE, INJURED, KILLED, LABELLING, NAMED_OTHER_EVENT, NEGATED_BEFORE, ONE_PERPETRATOR, RECORDED_AFTER,
  ABOUT_CONTAINMENT, ABOUT_PAY, BARE_RISES, EARLIER_RISE_BEFORE, RATES, CONTAINMENT, CONVERTED_AMOUNT, NO_TOLL, REJECTING_VOTE, RESCUED, RESCUED_PEOPLE, TREATED, TREATED_CUE, TREATED_PEOPLE, DISPLACED_CUE, INJURED_CUE, KILLED_CUE, RESCUED_CUE, VOTE_TALLY, VOTED_AGAINST_AFTER, VOTED_FOR_AFTER,
  CALLS_AS_NOUN, ORGANISED, PERSONAL_MOTIVE, QUICK, RESPONSES, SEVERAL_PERPETRATORS, TERRORISM, VICTIM_CLASSES, FIGURE, countsWithoutFigure,
} from './patterns.js'
import { currencyOf, parseCount, rangeValue, type Count } from './count.js'
import { matchesOf } from './matches.js'
import { findCauses, leadNamesEvent } from './cause.js'
import { findAxisCharacterisations } from './characterisation.js'
import { gazetteer } from '../../knowledge/gazetteer.js'
import { namesOfDemonym } from '../mentions/article-countries.js'
import { clauseStart as clauseStartIn, dateLabel, isPastToll, MONTH_NAMES, readDates, tollClause, WEEKEND, weekendOf } from '../events/dates.js'
import { OFFICE_OF_BEFORE, UNREPORTED_BEFORE } from '../events/lexicon.js'
import { posOf, tokenText } from '../segment/segment.js'
import { AFFILIATED_OCCUPATIONS, PARTY_WORDS, PEOPLE_NOUNS, PEOPLE_PLURALS, TITLE_SET } from '../mentions/lexicon.js'
import { STATEMENT_NOUN } from '../attribution/cues.js'
import { cueSubjectSpeaker } from '../attribution/cue-subject.js'
import { afterDateline, findDatelines } from '../../ingest/text-signals.js'

interface Context {
  readonly text: string
  readonly article: Article
  readonly mentions: MentionLayer
  readonly attributions: readonly Attribution[]
  /** The attributions whose content is someone's words: not an act or proposal a rejection turns away (`rejectsActObject`). */
  readonly voicing: readonly Attribution[]
  readonly actors: ReadonlyMap<string, Actor>
  /** Speakers no mention named ("the union is demanding"), and the tokens, to read a cue's subject (`cueSubjectSpeaker`). */
  readonly speakers: ReadonlyMap<string, Actor>
  readonly seg: Segmentation
  /** Datelines that open a line ("ISLAMABAD (AP) —"): the filing city, not the event's place. */
  readonly datelines: readonly Span[]
  /** Set when the article speaks of a vote or a poll: "took 41 percent" may be a share of it. */
  readonly votes: VoteContext | undefined
  /** Set when the article speaks of a fire or a spill, the only things with a containment. */
  readonly containable: boolean
  /** Set when the article or its title speaks of a pay deal or rise: "the real increase was 6.5 percent" is the pay rise's. */
  readonly aboutPay: boolean
  /** Count facets whose subject the article never speaks of (`CountFacet.about`), tested once per article. */
  readonly offTopic: ReadonlySet<CountFacet['facet']>
  /** Set when the title or the lead names an event with a cause (a fire, a blackout): "the operator blamed a transformer" is its cause. */
  readonly causable: boolean
  readonly out: FacetValue[]
}

/** What only an article about a vote or a poll needs, to read its shares. */
interface VoteContext {
  /** The article speaks of a poll: "Rubio at 13%" is a poll's figure, not a result. */
  readonly aboutPolls: boolean
  /** Words the article writes in lower case: one of them capitalised alone ("Turnout" opening a sentence) is no name. */
  readonly lowerWords: ReadonlySet<string>
}

/** Extracts the facet values of one article. Pure. */
export function findFacets(article: Article, seg: Segmentation, mentions: MentionLayer, attributions: AttributionLayer): FacetValue[] {
  const ctx: Context = {
    text: article.text, article, mentions, attributions: attributions.attributions,
    voicing: attributions.attributions.filter((a) => !rejectsActObject(article.text, a)),
    actors: new Map(mentions.actors.map((a) => [a.id, a])), datelines: findDatelines(article.text),
    speakers: new Map(attributions.speakers?.actors.map((a) => [a.id, a])), seg,
    votes: ABOUT_VOTES.test(article.text) ? voteContext(article.text) : undefined, containable: ABOUT_CONTAINMENT.test(article.text),
    aboutPay: ABOUT_PAY.test(article.text) || ABOUT_PAY.test(article.title ?? ''),
    offTopic: new Set(COUNT_FACETS.filter((f) => f.about && !f.about.test(article.text)).map((f) => f.facet)),
    causable: leadNamesEvent(`${article.title ?? ''}\n${article.text.slice(0, seg.sentences[1]?.end ?? article.text.length)}`), out: [],
  }
  const mainPlace = mostFrequentPlace(ctx, seg)
  for (const [i, sentence] of seg.sentences.entries()) {
    const s = article.text.slice(sentence.start, sentence.end)
    const otherEvent = NAMED_OTHER_EVENT.exec(s)
    const aboutOther = otherEvent !== null && !sameAsMainPlace(otherEvent[1] ?? '', mainPlace, ctx)
    const isEvent = EVENT_TRIGGER.test(s)
    if (!aboutOther) {
      if (isEvent) {
        findWhen(ctx, seg, sentence, s)
        findWhere(ctx, sentence)
      }
      // "An earlier version of this story said 58,000 hectares": a correction's superseded figure is no one's account.
      const superseded = SUPERSEDED.test(s)
      if (!superseded) {
        findCounts(ctx, seg, sentence, s)
        findNoToll(ctx, sentence, s)
        findRestated(ctx, sentence, s)
        findRejected(ctx, sentence, s)
        findMeasures(ctx, sentence, s)
      }
      // Amounts, levels, shares, prices and share moves are all written in digits.
      if (/\d/u.test(s) && !superseded) {
        findAmounts(ctx, sentence, s)
        findLevels(ctx, sentence, s)
        findRates(ctx, sentence, s)
        findShares(ctx, sentence, s)
        findPrices(ctx, seg, sentence, s)
        findShareMoves(ctx, sentence, s)
        findResultMoves(ctx, sentence, s)
        findBudgetChanges(ctx, sentence, s)
        findMarketShares(ctx, sentence, s)
        if (ctx.containable) findContainment(ctx, sentence, s)
        if (ctx.votes) findVotes(ctx, sentence, s)
      }
      findCharacterisation(ctx, sentence, s)
      findCause(ctx, sentence, s)
      findArrest(ctx, sentence, s)
      findPerpetratorCount(ctx, sentence, s)
      findAges(ctx, sentence, seg.sentences[i - 1])
    }
    findResponses(ctx, sentence, s)
  }
  return ctx.out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.facet.localeCompare(b.facet))
}

/** Read only for an article about a vote or a poll, the only kind with shares. Pure. */
function voteContext(text: string): VoteContext {
  return { aboutPolls: isPoll(text), lowerWords: new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}-]*/gu) ?? []) }
}

function push(ctx: Context, sentence: Span, facet: FacetValue['facet'], value: string, label: string, span: Span, extra: Partial<Pick<FacetValue, 'polarity' | 'actor' | 'agent' | 'modality' | 'victims' | 'unit' | 'part' | 'measure' | 'period' | 'voice'>> = {}): void {
  const voiced = voiceAt(ctx, sentence, span)
  const { modality = voiced.modality, polarity = 'positive', voice = voiced.voice, ...named } = extra
  ctx.out.push({ facet, value, label, span, sentence, voice, modality, polarity, ...named })
}

/**
 * Who says the words at `span`: the speaker of the attribution whose content holds them, else the outlet. An act or
 * proposal a rejection turns away ("rejected an $8.2 billion offer") is described by the outlet, not said by the rejecter.
 */
function voiceAt(ctx: Context, sentence: Span, span: Span): { voice: string; modality: Modality } {
  let best: Attribution | undefined
  const length = (a: Attribution): number => a.content.end - a.content.start
  // Of two reports of the same words, the one whose cue comes first made them: "The union claims …, a figure police have not confirmed".
  for (const a of ctx.voicing) {
    if (a.content.start <= span.start && span.end <= a.content.end + 1 && (!best || length(a) < length(best) || (length(a) === length(best) && a.cue.start < best.cue.start))) best = a
  }
  if (best && best.speaker !== 'unknown') return { voice: best.speaker, modality: modalityOfAttribution(ctx.text, best) }
  // "Azerbaijan ... by describing the attack as terrorist", "X, citing sources, put the toll at 410": the labeller speaks, not the outlet.
  const before = ctx.text.slice(sentence.start, span.start)
  const label = LABELLING.exec(before)
  if (label) {
    // "Pakistan says ...; the Taliban says ... and puts the toll at 31": the labeller opens the clause.
    const clauseStart = sentence.start + before.lastIndexOf(';', label.index) + 1
    const labeller = firstActorBefore(ctx, clauseStart, sentence.start + label.index)
    if (labeller) return { voice: labeller.id, modality: 'reported' }
  }
  if (best) return { voice: best.speaker, modality: modalityOfAttribution(ctx.text, best) }
  return { voice: 'outlet', modality: HEDGE.test(ctx.text.slice(sentence.start, sentence.end)) ? 'hedged' : 'asserted' }
}

/** Adverbs that hedge what follows ("likely rejected", "allegedly attacked"). */
const HEDGING_ADVERB = String.raw`(?:alleged|reported|purported|supposed|apparent|possib|probab|like|unlike|presumab|seeming|ostensib)ly\b`
/**
 * Auxiliaries of tense and aspect and adverbs of manner before a cue's verb ("has flatly denied", "also called for"); not
 * "not" or "never", which turn a denial into none, nor a modal or a hedging adverb (`HEDGE_BEFORE_CUE_VERB`).
 */
const BEFORE_CUE_VERB = new RegExp(String.raw`^(?:(?:has|have|had|is|are|was|were|be|been|did|does|do|also|again|then|later|once|(?!${HEDGING_ADVERB})\p{Ll}+ly)\s+)+`, 'u')
/** A modal or a hedging adverb before a cue's verb ("may reject", "would deny", "likely rejected"): a denial it carries is hedged. */
const HEDGE_BEFORE_CUE_VERB = new RegExp(String.raw`^(?:(?:may|might|could|would|will|shall|should|can|must|${HEDGING_ADVERB})\s+)+`, 'u')

/** A cue that leaves its content unconfirmed, read from its verb or "not": "not confirmed", "could not verify". */
const UNVOUCHED = /^(?:(?:could|would|can)\s+)?(?:not|never)\s+(?:yet\s+|independently\s+)?(?:confirm|verif|corroborat)/u

/** Verbs that deny what they take, unless it is an act or proposal they vote down or throw out ("rejected the veto"). */
const REJECTION = /^(?:reject|dismiss)\p{L}*\s*/u
/** Acts and proposals a rejection votes down or turns away ("rejected the veto", "rejects calls for"). */
const REJECTED_ACT = String.raw`veto(?:es)?|bills?|plans?|offers?|proposals?|deals?|lawsuits?|suits?|cases?|appeals?|challenges?|petitions?|requests?|` +
  String.raw`nominations?|amendments?|motions?|resolutions?|budgets?|bids?|demands?|invitations?|measures?|legislation|agendas?|agreements?|compromises?|settlements?|` +
  String.raw`takeovers?|raids?|treat(?:y|ies)|referendums?|referenda|mergers?|nominees?|candidates?|candidac(?:y|ies)|applications?`
/** What a dismissal also throws out: a court's "dismissed the charges", "dismissed the complaint". */
const DISMISSED_ACT = String.raw`charges?|complaints?`
/**
 * Where an act's noun phrase ends at its head: punctuation, the end, or a word that cannot extend the noun
 * ("the plan to", "the lawsuit against"); not "that" or "as", which bring a proposition or a judgement.
 */
const HEAD_END = String.raw`(?=$|\s*[,.;:!?)"”’]|\s+(?:of|to|for|against|from|by|on|in|at|over|with|without|which|who|and|or|but|after|before|because|since|until|amid|despite|outright|\p{L}+ly|\p{L}+ed)\b)`
/**
 * An object headed by an act: a determiner, up to four modifiers (no article; words, numbers or amounts), the head
 * ("President Obama’s veto", "an $8.2 billion takeover offer", "that offer", "calls for").
 */
const actObject = (acts: string): RegExp => new RegExp(String.raw`^(?:(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\s+)?` +
  String.raw`(?:(?!(?:the|a|an|that)\s)(?:[\p{L}'’-]+|[$€£¥]?\d[\d.,]*[\p{L}%-]*)\s+){0,4}?(?:calls?\s+(?:for|on)\b|(?:${acts})${HEAD_END})`, 'u')
const REJECTED_ACT_OBJECT = actObject(REJECTED_ACT)
const DISMISSED_ACT_OBJECT = actObject(`${REJECTED_ACT}|${DISMISSED_ACT}`)
/** One-word nouns of people, whom a dismissal fires ("dismissed its manager"): titles, occupations, people nouns, staff and juries. */
const PEOPLE_HEAD = [...new Set([...TITLE_SET, ...AFFILIATED_OCCUPATIONS, ...PEOPLE_NOUNS].filter((w) => /^\p{L}{4,}$/u.test(w)))].join('|')
/**
 * A dismissal's object that is people or a count of them ("150 dockers in March", "its head coach", "the jury"): up to
 * three modifiers, none a preposition or a statement noun ("claims by workers"), and a head that is no possessive.
 */
const FIRED_OBJECT = new RegExp(String.raw`^(?:(?:the|a|an|this|that|these|those|his|her|its|their|our|all|some|about|nearly|over)\s+)?` +
  String.raw`(?:(?!(?:the|a|an|that|of|by|from|about|for|against|on|in|with|to|${STATEMENT_NOUN})\b)(?:[\p{L}'’-]+|\d[\d,.]*)\s+){0,3}?` +
  String.raw`(?:\d[\d,.]*|(?:${PEOPLE_HEAD})(?:e?s)?|(?:${Object.keys(PEOPLE_PLURALS).join('|')})|staff|jury|juries|workforce|crew|squad)(?![\p{L}\d'’-])`, 'u')
/** "as" and a judgement after the object: "dismissed the lawsuit as frivolous" denies its ground. */
const AS_JUDGEMENT = /^[^,;]*?\sas\s+(?!(?:well|soon|long|much|many|part|expected|if|though|a\s+result)\b)/u

/** True when a rejection's object is an act or proposal it votes down, or people a dismissal fires, not a proposition it denies. Pure. */
function rejectsAnAct(verb: string, object: string): boolean {
  const act = verb.startsWith('dismiss') ? DISMISSED_ACT_OBJECT.exec(object) ?? FIRED_OBJECT.exec(object) : REJECTED_ACT_OBJECT.exec(object)
  return !!act && !AS_JUDGEMENT.test(object.slice(act[0].length))
}

/**
 * Returns how a cue presents its content, read at its verb; given the content, a rejection of an act or
 * proposal (`rejectsAnAct`) is an act reported, not a denial. Pure.
 */
export function modalityOfCue(cue: string, content?: string): Modality {
  const verbal = cue.toLowerCase().replace(BEFORE_CUE_VERB, '')
  const hedge = HEDGE_BEFORE_CUE_VERB.exec(verbal)
  // "would deny that …", "likely rejected claims that …": a denial still, but hedged; its content is not reported as said.
  if (hedge && modalityOfVerb(verbal.slice(hedge[0].length).replace(BEFORE_CUE_VERB, ''), content) === 'denied') return 'hedged'
  return modalityOfVerb(verbal, content)
}

/** `modalityOfCue` of a cue that starts at its verb (or at "not", "never"). Pure. */
function modalityOfVerb(c: string, content: string | undefined): Modality {
  if (isRejectedAct(c, content)) return 'reported'
  if (REJECTION.test(c) || /^(?:den|refut|disput)/u.test(c)) return 'denied'
  // A question asked ("asked about the inquiry", "asked whether") demands nothing.
  if (/^(?:urg|demand|call(?:s|ed|ing)?\s+(?:for|on)\b|ask(?!\p{L}*\s+(?:about|whether|if|why|how|what|when|where|who)\b)|order|request|propos)/u.test(c)) return 'demanded'
  // "have not confirmed", "could not verify": the content is left unvouched for, neither said nor denied.
  if (/^(?:claim|alleg|suggest|believ|think|suspect|insinuat|impl)/u.test(c) || UNVOUCHED.test(c)) return 'hedged'
  return 'reported'
}

/** True when a cue read from its verb is a rejection and the content after it an act or proposal it turns away (`rejectsAnAct`). Pure. */
function isRejectedAct(verbal: string, content: string | undefined): boolean {
  const rejection = REJECTION.exec(verbal)
  return !!rejection && content !== undefined && rejectsAnAct(verbal, `${verbal.slice(rejection[0].length)} ${content.trimStart()}`.trimStart().toLowerCase())
}

/** `isRejectedAct` of an attribution whose content follows its cue. Pure. */
function rejectsActObject(text: string, attribution: Attribution): boolean {
  const { cue, content } = attribution
  return content.start >= cue.end && isRejectedAct(text.slice(cue.start, cue.end).toLowerCase().replace(BEFORE_CUE_VERB, ''), text.slice(content.start, content.end))
}

/**
 * How an attribution presents its content: `modalityOfCue` of its cue, given the content when it follows the
 * cue as its object (""the report is false," he dismissed" names a proposition before it). Pure.
 */
export function modalityOfAttribution(text: string, attribution: Attribution): Modality {
  const cue = text.slice(attribution.cue.start, attribution.cue.end)
  const { content } = attribution
  return content.start >= attribution.cue.end ? modalityOfCue(cue, text.slice(content.start, content.end)) : modalityOfCue(cue)
}

/** True when the actor's first mention after `from` opens the clause ("However, the Movement has"), so it is its subject. */
function leadsClause(ctx: Context, from: number, actor: Actor): boolean {
  const mention = mentionsIn(ctx, from, ctx.text.length).find((m) => m.actor === actor.id)
  return !!mention && /^[\s"“‘']*(?:[\p{L}]+,\s*)?(?:the\s+)?$/iu.test(ctx.text.slice(from, mention.span.start))
}

/** The first actor named in [from, to): in English news, the subject of the clause. */
function firstActorBefore(ctx: Context, sentenceStart: number, to: number): Actor | undefined {
  // "While Iran adopted ..., Azerbaijan worked": skip a leading subordinate clause.
  const lead = /^(?:While|Although|Though|As|After|Because|Since|When|If|Whereas|Before|Despite)\b[^,]{0,200},/u.exec(ctx.text.slice(sentenceStart, to))
  // "Sydney (AFP) -": the dateline's agency files the story; it is no subject.
  const found = mentionsIn(ctx, sentenceStart + (lead?.[0].length ?? 0), to)
    .find((m) => ctx.actors.get(m.actor)?.kind !== 'place' && !ctx.datelines.some((d) => contains(d, m.span)))
  return found ? ctx.actors.get(found.actor) : undefined
}

/** Auxiliaries and adverbs between a subject and its verb: "police had quickly investigated", "the ministry would thoroughly investigate". */
const SUBJECT_GAP = /^\s+(?:(?:has|have|had|is|are|was|were|will|would|also|then|later|been|\p{L}+ly)\s+)*$/iu
/** Response words that are nouns ("investigation", "investigators", "inquiry"), which an actor before qualifies rather than governs. */
const RESPONSE_NOUN = /(?:ions?|ors?|ies|[^e]y)$/iu
/** True for a one-word response noun; a phrase ("called for", "appealed for") is a verb's, whatever its last word. */
const isResponseNoun = (words: string): boolean => !/\s/u.test(words) && RESPONSE_NOUN.test(words)

/** The actor right before a response verb, as its subject: "…, as police investigated whether", "Ministers condemned". */
function actorRightBefore(ctx: Context, from: number, verbStart: number, verb: string): Actor | undefined {
  if (isResponseNoun(verb)) return undefined
  const last = mentionsIn(ctx, from, verbStart).at(-1)
  const actor = last && SUBJECT_GAP.test(ctx.text.slice(last.span.end, verbStart)) ? ctx.actors.get(last.actor) : undefined
  return actor?.kind === 'place' ? undefined : actor
}

/** A subject a possessive determiner opens, right before its verb: "his party has", "their lawyers". Group 1: the determiner. */
const POSSESSED_SUBJECT = /\b((?:his|her|its|their|our|my|your)\s+)(?:(?!(?:and|or|but|nor|that|which|who|as|to|of|in|on|at|for|with|by|from|than)\b)[\p{L}-]+\s+){1,3}(?:(?:has|have|had|is|are|was|were|will|would|also|then|later|been|\p{L}+ly)\s+)*$/iu

/** The actor of the last mention in [from, to), known to the mentions or only to the speakers ("the party"), if any. */
function lastActorIn(ctx: Context, from: number, to: number): Actor | undefined {
  const last = mentionsIn(ctx, from, to).at(-1)
  const actor = last ? ctx.actors.get(last.actor) ?? ctx.speakers.get(last.actor) : undefined
  return actor?.kind === 'place' ? undefined : actor
}

/** One investigator, in the singular: a person described by trade, not a body at work. */
const ONE_INVESTIGATOR = /^investigator$/iu

/** The people investigating, named as such: who they are is no subject before them ("handed to investigators"), only a name that qualifies them. */
const INVESTIGATORS = /^investigators?$/iu

/** The actor named right before a noun, as its modifier: "police investigators", "the NTSB's investigators". */
function modifierActor(ctx: Context, sentenceStart: number, nounStart: number): Actor | undefined {
  const modifier = modifierMention(ctx, sentenceStart, nounStart)
  return modifier ? ctx.actors.get(modifier.actor) : undefined
}

/** The mention right before a noun, as its modifier (`modifierActor`), or undefined. */
function modifierMention(ctx: Context, sentenceStart: number, nounStart: number): Mention | undefined {
  const last = mentionsIn(ctx, sentenceStart, nounStart).at(-1)
  return last && /^(?:['’]s?)?\s+$/u.test(ctx.text.slice(last.span.end, nounStart)) ? last : undefined
}

/**
 * A body named right before a response noun, whose act it is: "an FBI investigation", "a French
 * inquiry"; a person there is whom it is about ("the Grimm inquiry"), and so is a country named
 * by its name rather than its adjective ("the Russia investigation").
 */
function bodyBefore(ctx: Context, sentenceStart: number, nounStart: number): Actor | undefined {
  const modifier = modifierMention(ctx, sentenceStart, nounStart)
  const actor = modifier ? ctx.actors.get(modifier.actor) : undefined
  if (!modifier || !actor || actor.kind === 'person' || actor.kind === 'place') return undefined
  return actor.kind === 'country' && ctx.text.slice(modifier.span.start, modifier.span.end) === actor.name ? undefined : actor
}

/** True when the span lies inside the name of an organisation, a word of its name: "the Federal Bureau of Investigation". */
function inOrganisationName(ctx: Context, sentenceStart: number, span: Span): boolean {
  return mentionsIn(ctx, sentenceStart, span.end).some((m) => contains(m.span, span) && m.span.end - m.span.start > span.end - span.start && ctx.actors.get(m.actor)?.kind === 'organisation')
}

function mentionsIn(ctx: Context, from: number, to: number): Mention[] {
  return mentionsStartingIn(ctx.mentions.mentions, from, to)
}

function mostFrequentPlace(ctx: Context, seg: Segmentation): Actor | undefined {
  const counts = new Map<string, number>()
  for (const sentence of seg.sentences) {
    if (!EVENT_TRIGGER.test(ctx.text.slice(sentence.start, sentence.end))) continue
    for (const m of mentionsIn(ctx, sentence.start, sentence.end)) {
      if (m.span.end <= sentence.end && ctx.actors.get(m.actor)?.kind === 'place') counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1)
    }
  }
  let best: string | undefined
  for (const [id, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = id
  return best ? ctx.actors.get(best) : undefined
}

function sameAsMainPlace(modifier: string, mainPlace: Actor | undefined, ctx: Context): boolean {
  if (/^\d{4}$/u.test(modifier)) return false
  // A party's own name ("the Azerbaijan embassy attack") is this event, not another one.
  if (ctx.mentions.actors.some((a) => (a.kind === 'country' || a.kind === 'organisation') && (a.name === modifier || a.aliases.includes(modifier)))) return true
  // A party's demonym ("the Iranian attack") names who was involved, not another place.
  if (gazetteer().byName.get(modifier)?.kind === 'demonym') return true
  return mainPlace !== undefined && (mainPlace.name === modifier || mainPlace.aliases.includes(modifier))
}


function findWhen(ctx: Context, seg: Segmentation, sentence: Span, s: string): void {
  const published = ctx.article.published?.date
  for (const r of readDates(s, published)) {
    if (/^(?:today|tonight)$/iu.test(r.text.trim())) continue
    if (r.day === undefined || r.month === undefined) continue
    const year = r.year === undefined ? '????' : String(r.year)
    const value = `${year}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`
    if (published && value > published) continue
    const span = { start: sentence.start + r.start, end: sentence.start + r.end }
    // "DUNMORE, Ohio, June 18 (AN) -": the dateline dates the filing, not the event.
    if (ctx.datelines.some((d) => contains(d, span))) continue
    if (datesTheStatement(ctx, span.start, span.end) || datesAnotherAct(ctx.text, seg, sentence, span)) continue
    // "last weekend" is Saturday and Sunday: a range, which either day agrees with.
    if (WEEKEND.test(r.text) && r.year !== undefined) {
      const [saturday, sunday] = weekendOf(value)
      push(ctx, sentence, 'when', `${saturday}..${sunday}`, dateLabel({ value: saturday, precision: 'day', to: sunday }), span)
      continue
    }
    push(ctx, sentence, 'when', value, r.year === undefined ? `${r.day} ${MONTH_NAMES[r.month - 1]}` : dateLabel({ value, precision: 'day' }), span)
  }
}


/** Verbs that tell the event itself happen, whatever their subject: "was shot", "killed", "happened", "broke out". */
const EVENT_ACT = /^(?:killed|killing|died|wounded|injured|fired|exploded|detonated|erupted|happened|occurred|began|started|struck|hit|murdered|gunned|collapsed|sank|capsized|derailed|broke|took|tore|ripped|swept)$/iu
/** Nouns that name the event: a verb right after one tells what the event did ("a fire tore through", "the attack began"). */
const EVENT_NOUN = /^(?:fire|blaze|flood|quake|earthquake|storm|collision|derailment|fighting|violence|gunfire|gunmen|gunman|attackers?|assailants?|militants?)$/iu

/**
 * True when the date at `span` belongs to another act than the event: the verb it modifies is
 * neither an event verb nor said of the event. That verb comes right after the date ("Police on
 * Thursday released footage of the shooting") or is the first one back from it, with no event word
 * between ("the family had viewed the footage on Wednesday"); "the shooting last weekend" keeps it. Pure.
 */
function datesAnotherAct(text: string, seg: Segmentation, sentence: Span, span: Span): boolean {
  if (setsOffEvent(text.slice(span.end, sentence.end))) return false
  const first = firstTokenAtOrAfter(seg, sentence.start)
  const dateFirst = firstTokenAtOrAfter(seg, span.start)
  let after = firstTokenAtOrAfter(seg, span.end)
  while (after < seg.starts.length && seg.starts[after]! < sentence.end && /^(?:AUX|ADV)$/u.test(posOf(seg, after))) after++
  if (after < seg.starts.length && seg.starts[after]! < sentence.end && posOf(seg, after) === 'VERB') {
    return !isEventWord(text, seg, after) && !(dateFirst > first && isEventWord(text, seg, dateFirst - 1))
  }
  for (let t = dateFirst - 1; t >= first && t >= dateFirst - BACK_TO_VERB; t--) {
    if (isEventWord(text, seg, t)) return false
    if (/^[;—–]$/u.test(tokenText(text, seg, t))) return false
    if (posOf(seg, t) === 'VERB') return !saidOfEvent(text, seg, first, t)
  }
  return false
}

/** An act's clause that goes on to set off the event: "crossed the border on Sunday, | triggering a deadly firefight"; group 1 is up to three words of what it set off. */
const SETS_OFF_AFTER = /^\s*,?\s+(?:(?:which|and)\s+)?(?:trigger|spark|set(?:ting|s)?\s+off|provok|prompt|caus)\w*\s+(?:(?:a|an|the)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu

/** True when the words after a date say its act set off the event, which makes the date the event's start too. Pure. */
function setsOffEvent(after: string): boolean {
  const words = SETS_OFF_AFTER.exec(after)?.[1]?.split(/\s+/u) ?? []
  return words.some((w) => EVENT_TRIGGER.test(w) || EVENT_NOUN.test(w) || EVENT_NOUN.test(w.replace(/s$/iu, '')))
}

/** How far back from a date its verb may be: "had viewed the full, unedited footage on Wednesday". */
const BACK_TO_VERB = 8

/** "shooting", "killed", "fire", "strikes": a word that tells or names the event. */
function isEventWord(text: string, seg: Segmentation, t: number): boolean {
  const word = tokenText(text, seg, t)
  const singular = word.replace(/s$/iu, '')
  return EVENT_TRIGGER.test(word) || EVENT_TRIGGER.test(singular) || EVENT_ACT.test(word) || EVENT_NOUN.test(word) || EVENT_NOUN.test(singular)
}

/** True when the verb at token `t` tells the event ("tore", "killed") or has an event noun for subject: "the attack began". */
function saidOfEvent(text: string, seg: Segmentation, first: number, t: number): boolean {
  for (let i = t - 1; i >= first && i >= t - 3; i--) {
    if (isEventWord(text, seg, i)) return true
    if (!/^(?:AUX|ADV|PART)$/u.test(posOf(seg, i))) return false
  }
  return false
}

/** Cues of speech whose date is the statement's; the attribution stage also reads some acts as cues ("Gunmen attacked the consulate on Friday"). */
const SPEECH_CUE = /^(?:said|says|say|saying|told|tells|added|stated|announced|reported|confirmed|declared|wrote|explained|claimed|insisted|denied)\b/iu

/**
 * True when the words at [start, end) lie outside a speech cue's content, within `reach` characters
 * after the cue (or, with `before`, before it too) and with none of `stops` between: they tell of
 * the statement, not of what it reports. Pure.
 */
function besideSpeechCue(ctx: Context, start: number, end: number, reach: number, stops: RegExp, before: boolean): boolean {
  return ctx.attributions.some((a) => {
    if ((a.content.start <= start && end <= a.content.end) || !SPEECH_CUE.test(ctx.text.slice(a.cue.start, a.cue.end))) return false
    const gap = a.cue.end <= start ? ctx.text.slice(a.cue.end, start) : before && end <= a.cue.start ? ctx.text.slice(end, a.cue.start) : undefined
    return gap !== undefined && gap.length <= reach && !stops.test(gap)
  })
}

/**
 * True when the date at [start, end) belongs to a speech cue, not to the words reported: "killing
 * 17, officials said on Tuesday", "On Tuesday, police said the fire ...". It lies outside the
 * content and near the cue, with no clause end between.
 */
const datesTheStatement = (ctx: Context, start: number, end: number): boolean => besideSpeechCue(ctx, start, end, 40, /[.;!?]/u, true)

/**
 * True when the place at [start, end) is where a speaker was when speaking: after a speech cue,
 * outside the content, in the same clause ("…," Hagel said in a statement released during a visit to
 * Kabul). Not before the cue: "In Kabul, police said …" mostly sets the scene of what they report.
 */
const placesTheStatement = (ctx: Context, start: number, end: number): boolean => besideSpeechCue(ctx, start, end, 60, /[.;!?"“”]/u, false)

/** "The Taliban government in Kabul said", "officials in Islamabad": the seat of a speaker, not where the event happened. */
const SEAT_BEFORE = /\b(?:government|officials?|authorities|ministry|spokes(?:man|woman|person)|regime|leaders?|leadership|administration|sources)\s+in\s+$/iu
/**
 * A colon dateline after an upper-case place at a line's start: "RAWALPINDI: Pakistan's forces ...".
 * Not in the shared dateline pattern (`ingest/text-signals`): there an all-caps speaker label
 * ("TRUMP: We will …") looks the same, and only a place mention tells them apart.
 */
const COLON_DATELINE_AFTER = /^:[ \t]+\p{Lu}/u

/** True when the place mention at `span` is where the story was filed (a dateline) or a speaker's seat. */
function isFilingPlaceOrSeat(ctx: Context, span: Span): boolean {
  if (ctx.datelines.some((d) => contains(d, span))) return true
  const words = ctx.text.slice(span.start, span.end)
  const atLineStart = span.start === 0 || ctx.text[span.start - 1] === '\n'
  if (atLineStart && words === words.toUpperCase() && COLON_DATELINE_AFTER.test(ctx.text.slice(span.end, span.end + 3))) return true
  return SEAT_BEFORE.test(ctx.text.slice(Math.max(0, span.start - 40), span.start))
}

function findWhere(ctx: Context, sentence: Span): void {
  for (const m of mentionsIn(ctx, sentence.start, sentence.end)) {
    if (m.span.end > sentence.end) continue
    const actor = ctx.actors.get(m.actor)
    if (actor?.kind !== 'place' || isFilingPlaceOrSeat(ctx, m.span) || placesTheStatement(ctx, m.span.start, m.span.end)) continue
    const value = actor.country ? `${actor.country}/${actor.name}` : actor.name
    push(ctx, sentence, 'where', value, actor.name, m.span)
  }
}

/**
 * A crew alone is counted apart from all on board: "23 crew members" and "193 people on board" answer two questions;
 * "120 passengers and 12 crew" are all on board.
 */
const ABOARD_UNITS: ReadonlyArray<readonly [RegExp, string]> = [[/\b(?:people|passengers|persons|migrants|refugees|seekers|children|adults)\b/u, 'people'], [/\bcrew/u, 'crew'], [/(?:)/u, 'people']]

/**
 * The facets whose value is a count of people or things, with the words that give each, and what
 * tells their counts apart: the victims' class for tolls and arrests ("12 soldiers", "30
 * militants"), the unit for other counts ("records" are not "customers"). A count with no noun
 * ("35,000 had been displaced") counts people, except where the noun is what is counted.
 */
interface CountFacet {
  readonly facet: FacetValue['facet']
  readonly patterns: readonly RegExp[]
  /** `side`: the people whose members are counted, by their nationality ("five Durovians", "three Talmerian citizens"). */
  readonly tellApart: 'victims' | 'unit' | 'side' | 'none'
  /** A bare figure ("affected 3 million") says too little of what it counts. */
  readonly needsNoun?: true
  /**
   * A breach is often news when it is fined, a year on ("last year's breach had affected 3.4
   * million customers"): its counts are not read as an earlier event's, as past tolls are.
   */
  readonly anyTime?: true
  /** The patterns name what they count from a closed list ("homes", "buildings"): the tagger need not confirm a noun. */
  readonly closedNouns?: true
  /** Read only in an article of this subject: "cases" are the sick only where a disease is the news. */
  readonly about?: RegExp
  /** The classes of what is counted, in place of `UNIT_CLASSES`. */
  readonly units?: ReadonlyArray<readonly [RegExp, string]>
  /** The figure's words read well whole ("71 suspected cases", "fires four times"). */
  readonly wholeLabel?: true
  /** A state that holds now ("could still be missing"): a modal makes the figure an estimate, not a projection. */
  readonly state?: true
  /** What the counted noun must be, beyond a plural: only people are freed. */
  readonly roles?: RegExp
  /** Counted ahead as a rule ("will cut", "expected to cut", "could lose"): a modal makes no projection apart from the reports. */
  readonly ahead?: true
  /** The patterns tell of a threat ("puts 3,000 jobs at risk"): the count is a projection, whatever the modals. */
  readonly threat?: true
  /** Counts of people of any role joined to this one add up: "68 passengers and four crew on board" are 72. */
  readonly sumsPeople?: true
  /** A word every pattern needs (its verb or noun): a sentence without one is not searched, as most sentences count nothing. */
  readonly cue?: RegExp
}
const COUNT_FACETS: readonly CountFacet[] = [
  { facet: 'killed', patterns: KILLED, tellApart: 'victims', cue: KILLED_CUE },
  { facet: 'injured', patterns: INJURED, tellApart: 'victims', cue: INJURED_CUE },
  { facet: 'treated', patterns: TREATED, tellApart: 'unit', needsNoun: true, units: [[/(?:)/u, 'people']], roles: TREATED_PEOPLE, cue: TREATED_CUE },
  { facet: 'arrested', patterns: ARRESTED, tellApart: 'victims' },
  { facet: 'displaced', patterns: DISPLACED, tellApart: 'unit', cue: DISPLACED_CUE },
  { facet: 'missing', patterns: MISSING, tellApart: 'unit', state: true },
  { facet: 'destroyed', patterns: DESTROYED, tellApart: 'unit', needsNoun: true, closedNouns: true },
  { facet: 'damaged', patterns: DAMAGED, tellApart: 'unit', needsNoun: true, closedNouns: true, cue: DAMAGED_CUE },
  { facet: 'affected', patterns: AFFECTED, tellApart: 'unit', needsNoun: true, anyTime: true },
  { facet: 'outage', patterns: OUTAGE, tellApart: 'unit', needsNoun: true },
  { facet: 'jobs', patterns: JOBS, tellApart: 'none', ahead: true },
  { facet: 'jobs', patterns: JOBS_AT_RISK, tellApart: 'none', threat: true },
  { facet: 'released', patterns: RELEASED, tellApart: 'side', needsNoun: true, closedNouns: true, about: ABOUT_RELEASE, roles: RELEASED_PEOPLE },
  // A crowd's or a strike's members, nurses, marchers or drivers, are people, whatever the noun.
  { facet: 'turnout', patterns: TURNOUT, tellApart: 'unit', about: ABOUT_TURNOUT, units: [[/(?:)/u, 'people']] },
  { facet: 'closures', patterns: CLOSURES, tellApart: 'unit', needsNoun: true },
  { facet: 'cancelled', patterns: CANCELLED, tellApart: 'unit', needsNoun: true, closedNouns: true, cue: CANCELLED_CUE },
  { facet: 'cases', patterns: CASES, tellApart: 'unit', about: ABOUT_DISEASE, units: CASE_UNITS, wholeLabel: true, state: true },
  { facet: 'aboard', patterns: ABOARD, tellApart: 'unit', units: ABOARD_UNITS, wholeLabel: true, state: true, sumsPeople: true },
  { facet: 'shots', patterns: SHOTS, tellApart: 'none', wholeLabel: true },
  { facet: 'rescued', patterns: RESCUED, tellApart: 'unit', units: [[/(?:)/u, 'people']], wholeLabel: true, roles: RESCUED_PEOPLE, cue: RESCUED_CUE },
]

/** The count patterns to run on a sentence with no figure. */
const WITHOUT_FIGURE: ReadonlySet<RegExp> = new Set(COUNT_FACETS.flatMap((f) => f.patterns).filter(countsWithoutFigure))

/** A pattern's count, where it starts, and its noun: named groups where the noun comes first, else groups 1 and 2. */
function countGroups(m: RegExpExecArray | RegExpMatchArray): { count: string; countAt: number; role: string; roleAt: [number, number] | undefined } {
  const named = m.groups?.['count'] !== undefined
  return {
    count: (named ? m.groups?.['count'] : m[1]) ?? '',
    countAt: (named ? m.indices?.groups?.['count'] : m.indices?.[1])?.[0] ?? m.index ?? 0,
    role: (named ? m.groups?.['role'] : m[2]) ?? '',
    roleAt: named ? m.indices?.groups?.['role'] : m.indices?.[2],
  }
}

function findCounts(ctx: Context, seg: Segmentation, sentence: Span, s: string): void {
  // Tolls of the sentence that name no side, and the sides the others name: "11 Kyrgyz citizens were killed and 46 were injured" are one side's.
  const sideless: number[] = []
  const sides = new Set<string>()
  const figured = FIGURE.test(s)
  for (const { facet, patterns, tellApart, needsNoun, anyTime, closedNouns, units, wholeLabel, state, roles, ahead, sumsPeople, cue, threat } of COUNT_FACETS) {
    if (ctx.offTopic.has(facet) || (cue && !cue.test(s))) continue
    // "left 40,000 homes without power" is one count, though two of the facet's patterns find it.
    const found: Span[] = []
    for (const pattern of patterns) {
      if (!figured && !WITHOUT_FIGURE.has(pattern)) continue
      for (const m of matchesOf(pattern, s)) {
        const matched = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].trimEnd().length }
        if (found.some((f) => overlaps(f, matched))) continue
        const { count: written, countAt, role: roleWords, roleAt } = countGroups(m)
        // "A third person has died": the toll is now three.
        const ordinal = /^an?$/iu.test(written.trim()) ? ORDINAL[/^[a-z]+/iu.exec(roleWords)?.[0].toLowerCase() ?? ''] : undefined
        const single = ordinal ? parseCount(String(ordinal)) : parseCount(written)
        // "the 1963 March on Washington": a year is no count, nor is a day of a month ("from 12 March onwards").
        if (/^(?:19|20)\d\d$/u.test(written.trim()) || isDayOfMonth(s, countAt, written)) continue
        // "aged 18, 19 and 24 were arrested": an age in a list of ages; "40 per cent of the 500 residents": the whole a share is of.
        if (NOT_A_COUNT_BEFORE.test(s.slice(Math.max(0, countAt - 40), countAt))) continue
        if (!single || RUMOURED.test(s.slice(0, m.index))) continue
        if (ACTIVE_OBJECT.test(s.slice(m.index + m[0].length)) && !PASSIVE_END.test(m[0]) && !PREPOSITION_END.test(m[0])) continue
        const isRole = !roleAt || roleAt[0] === roleAt[1] || closedNouns || isVictimPhrase(ctx.text, seg, sentence.start + roleAt[0], sentence.start + roleAt[1])
        // "12 in attacks were killed": words between a count and its verb that are no victims make no toll.
        if (!isRole && roleAt[1] < m.index + m[0].trimEnd().length) continue
        const role = isRole ? roleWords.trim().toLowerCase().replace(ORDINAL_WORD, '') : ''
        if ((needsNoun && !role) || (roles && !roles.test(roleWords))) continue
        const increment = isIncrement(s, m.index, written)
        if (increment && TOTAL_GIVEN.test(s)) continue
        // Last, as the dearest test: it parses the clause's dates.
        if (!anyTime && isPastTollIn(ctx, sentence, s, m.index, m.index + m[0].length)) continue
        if (TOLL_FACETS.has(facet) && isRunningTotal(s, m.index, m.index + m[0].length)) continue
        const part = increment ? 'newly reported' : STILL_IN_HOSPITAL.test(m[0]) ? 'still in hospital' : partOf(s, m.index, m.index + m[0].length)
        const victim = tellApart === 'victims' ? victimClassOf(role) : undefined
        const group = victim && !ALL_VICTIMS.test(role) ? victim : undefined
        // "a man and two women were injured" is three: counts joined to this one, of the same class of victims, add up.
        // "12 Indian soldiers and three Pakistani soldiers": two sides' soldiers are two tolls.
        const ownNation = nationOf(roleWords) ?? demonymOf(roleWords)
        const joins = sumsPeople ? anyPeople : tellApart === 'victims' ? (r: string) => victimGroupOf(r.toLowerCase()) === group && (nationOf(r) ?? demonymOf(r)) === ownNation : undefined
        const joined = joins ? coordinatedCounts(s, m, countAt, roleAt, joins, single) : undefined
        const count = joined?.count ?? single
        const span = joined ? { start: sentence.start + joined.start, end: sentence.start + joined.end } : matched
        // "12 soldiers" and "30 militants" are tolls of two groups, as are "three Armenian soldiers" and "two Azerbaijani soldiers"; "30 people" is everyone's.
        const side = tellApart === 'victims' ? sideOf(ctx, sentence, s, m, roleWords) : undefined
        const victims = group && side ? `${group}, ${side}` : group ?? side
        // All on board are counted in the class of the whole phrase: "68 passengers and four crew", "a crew of 19".
        const unitWords = sumsPeople && (joined || !role) ? ctx.text.slice(span.start, span.end).toLowerCase().replace(/[^\p{L}]+$/u, '') : role
        const unit = tellApart === 'unit' ? unitOf(unitWords, units) : tellApart === 'side' ? peopleOf(roleWords) : undefined
        found.push(span)
        // Tolls keep the words that give them as their label ("one dead"); other counts read better as the figure and its noun.
        const label = TOLL_FACETS.has(facet) || wholeLabel ? ctx.text.slice(span.start, span.end).trim() : `${written.replace(/[“”"]/gu, '')} ${roleWords}`.trim()
        // "40,000 firms could close", "officials expect a turnout of 4 million": a projection, compared with projections only.
        const modal = threat === true || (!ahead && PROJECTED.test(`${wordsOpeningClause(s, m.index)}${m[0]}`))
        const projected = modal && !state
        const estimated = modal && state
        if (side) sides.add(side)
        else if (TOLL_FACETS.has(facet) && !group && !part) sideless.push(ctx.out.length)
        push(ctx, sentence, facet, count.value, label, span, {
          ...(victims ? { victims } : {}), ...(unit ? { unit } : {}), ...(part ? { part } : {}), ...(projected ? { modality: 'predicted' as const } : estimated ? { modality: 'hedged' as const } : {}),
        })
        // "212 people" names no class of victims: only "civilians", "soldiers" ... say who the dead were.
        // Its side keeps two sides' dead apart: "Indian soldiers" and "Pakistani soldiers" are no one group.
        if (facet === 'killed' && group) push(ctx, sentence, 'victim', victim!, role, span, side ? { victims: side } : {})
      }
    }
  }
  const [side] = sides
  if (side && sides.size === 1) for (const i of sideless) ctx.out[i] = { ...ctx.out[i]!, victims: side }
}

/** The comparable class of victims a role names ("police officers" → "police officer"), if any. Pure. */
function victimClassOf(role: string): string | undefined {
  return VICTIM_CLASSES.find(([re]) => re.test(role))?.[1]
}

/** The class that tells a toll's victims apart from others' ("soldier"); none for everyone ("people", "a man"). Pure. */
function victimGroupOf(role: string): string | undefined {
  return ALL_VICTIMS.test(role) ? undefined : victimClassOf(role)
}

/**
 * The sum of a toll's count and the counts coordinated with it, and the span they cover: before a
 * count that opens its phrase ("a man and | two women were injured"), after a role that ends it
 * ("killing two soldiers | and a civilian"). Only people of the toll's class of victims join it
 * ("12 soldiers and 30 militants" are two groups' tolls): `joins` says which roles join, as
 * written; a lone conjunct after ", and" or after a casualty verb is another clause's ("killed
 * three soldiers, and two civilians were injured"). Undefined when nothing joins. Pure.
 */
function coordinatedCounts(
  s: string, m: RegExpExecArray | RegExpMatchArray, countAt: number, roleAt: [number, number] | undefined, joins: (role: string) => boolean, own: Count,
): { count: Count; start: number; end: number } | undefined {
  const at = m.index ?? 0
  const ownEnd = at + m[0].trimEnd().length
  const conjunct = (c: RegExpExecArray | null, count: string, role: string): Count | undefined =>
    c && joins(role) ? parseCount(count) : undefined
  const before: Count[] = []
  let start = at
  if (countAt === at) {
    for (let b = CONJUNCT_BEFORE.exec(s.slice(0, start)), c = conjunct(b, b?.[1] ?? '', b?.[2] ?? ''); b && c; b = CONJUNCT_BEFORE.exec(s.slice(0, start)), c = conjunct(b, b?.[1] ?? '', b?.[2] ?? '')) {
      before.push(c)
      start = b.index
    }
    const lone = before.length === 1 && /,\s*and\s+$/u.test(s.slice(start, at))
    if (lone || CASUALTY_VERB_BEFORE.test(s.slice(0, start))) {
      before.length = 0
      start = at
    }
  }
  const after: Count[] = []
  let end = ownEnd
  if (roleAt && roleAt[1] >= ownEnd) {
    for (let a = CONJUNCT_AFTER.exec(s.slice(end)), c = conjunct(a, a?.[2] ?? '', a?.[3] ?? ''); a && c; a = CONJUNCT_AFTER.exec(s.slice(end)), c = conjunct(a, a?.[2] ?? '', a?.[3] ?? '')) {
      after.push(c)
      end += a[0].length
    }
  }
  const all = [own, ...before, ...after]
  if (all.length === 1) return undefined
  const min = all.reduce((n, c) => n + c.min, 0)
  const max = all.reduce((n, c) => n + c.max, 0)
  return { count: { value: rangeValue({ min, max }), label: s.slice(start, end), min, max }, start, end }
}

/** Every role joins a count of everyone aboard. */
const anyPeople = (): boolean => true

/** The people a count of the freed is of, by the nationality its words name ("Talmerian citizens", "five Durovians"), else as hostages or prisoners; "people" when they name none. Pure. */
function peopleOf(role: string): string {
  const named = nationOf(role)
  if (named) return named
  // A nation the gazetteer does not know: its demonym, in the singular ("Durovians" and "Durovian prisoners" are one people).
  const demonym = /\p{Lu}[\p{L}-]+/u.exec(role)?.[0]
  if (demonym) return demonym.replace(/(?<=(?:an|i|on))s$/u, '')
  // A swap frees hostages for prisoners: two counts, no dispute between them.
  return HOSTAGE_WORDS.test(role) ? 'hostages' : PRISONER_WORDS.test(role) ? 'prisoners' : 'people'
}

/** Words for people held by captors, and for people held by a state. */
const HOSTAGE_WORDS = /\b(?:hostages?|captives?|abductees?|kidnapped|abducted)\b/iu
const PRISONER_WORDS = /\b(?:prisoners?|detainees?|inmates?|convicts?|jailed|detained|imprisoned|militants?)\b/iu

/**
 * A figure restated by reference to the last count before it ("2,400 positions will go. Union
 * officials have put the figure closer to 3,000"): a rival count of the same facet and unit.
 */
function findRestated(ctx: Context, sentence: Span, s: string): void {
  for (const m of matchesOf(RESTATED, s)) {
    const at = sentence.start + m.index
    const referent = ctx.out.findLast((f) => f.span.end <= at && at - f.span.end < 400 && COUNTED_FACETS.has(f.facet) && !TOLL_FACETS.has(f.facet))
    const count = parseCount(m.groups?.['count'] ?? '')
    if (!referent || !count) continue
    const { unit, part, modality } = referent
    // "Union officials have put the figure at …": the clause's subject gives it, as a speaker would.
    const clauseStart = sentence.start + clauseStartIn(s, m.index)
    const putter = firstActorBefore(ctx, clauseStart, at)
    // "closer to 3,000" sets a figure against the one before it: as exact as the figure it names.
    push(ctx, sentence, referent.facet, count.value, `${m.groups?.['how'] ?? ''} ${m.groups?.['count'] ?? ''}`.replace(/^at\s+/u, ''), { start: at, end: at + m[0].length }, {
      ...(unit ? { unit } : {}), ...(part ? { part } : {}), ...(modality === 'predicted' ? { modality } : {}),
      ...(putter ? { voice: putter.id, modality: 'reported' as const } : {}),
    })
  }
}

/**
 * A figure given before rejected by reference ("Officials said 14 civilians were killed, but the minister called the
 * figure "fabricated propaganda""): the rejecting voice's denial of the last count before it, of its facet and its
 * victims or unit, valued "rejected" so that it contests the figure. The rejecter is the clause's subject; with none
 * named, or the figure's own voice, nothing is rejected.
 */
function findRejected(ctx: Context, sentence: Span, s: string): void {
  for (const m of matchesOf(REJECTED_FIGURE, s)) {
    const at = sentence.start + m.index
    const referent = ctx.out.findLast((f) => f.span.end <= at && at - f.span.end < 400 && COUNTED_FACETS.has(f.facet) && f.modality !== 'denied')
    const rejecter = referent ? firstActorBefore(ctx, sentence.start + clauseStartIn(s, m.index), at) : undefined
    if (!referent || !rejecter || rejecter.id === referent.voice) continue
    const { victims, unit } = referent
    push(ctx, sentence, referent.facet, 'rejected', m[0], { start: at, end: at + m[0].length }, {
      ...(victims ? { victims } : {}), ...(unit ? { unit } : {}), voice: rejecter.id, modality: 'denied',
    })
  }
}

/** Words before "market" that name none: "41 percent of the market" is of no market named. */
const NOT_A_MARKET_WORD = /^(?:the|a|an|its|their|his|her|this|that|our|whole|entire|overall|total|global|world|domestic|stock|share)$/u

/** Shares of a named market, compared as levels of the market's share: "share of the U.S. frozen pizza market, estimated at 38%". */
function findMarketShares(ctx: Context, sentence: Span, s: string): void {
  for (const pattern of MARKET_SHARE) {
    for (const m of matchesOf(pattern, s)) {
      const { qualifier = '', figure = '', market = '' } = m.groups ?? {}
      // "the U.S. frozen pizza market" and "the frozen pizza market" are one market: its common words only.
      const named = market.split(/\s+/u).filter((w) => /^\p{Ll}/u.test(w) && !NOT_A_MARKET_WORD.test(w)).join(' ')
      if (!named) continue
      const at = groupStart(m, ['qualifier', 'figure'])
      push(ctx, sentence, 'indicator', levelValue(qualifier, figure), s.slice(at, m.indices?.groups?.['figure']?.[1] ?? at).concat('%'), { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }, { measure: `market share (${named})` })
    }
  }
}

/** The toll a word of none names: "hurt" and "injuries" are the injured, "casualties" both tolls. */
const NO_TOLL_FACETS: Readonly<Record<string, ReadonlyArray<FacetValue['facet']>>> = {
  killed: ['killed'], deaths: ['killed'], fatalities: ['killed'], injured: ['injured'], hurt: ['injured'], wounded: ['injured'],
  harmed: ['injured'], injuries: ['injured'], casualties: ['killed', 'injured'],
}

/** Tolls of none: "no one was hurt", "no injuries had been reported" give the toll 0, which a later "one firefighter suffered burns" updates or disputes. */
function findNoToll(ctx: Context, sentence: Span, s: string): void {
  for (const pattern of NO_TOLL) {
    for (const m of matchesOf(pattern, s)) {
      if (isPastTollIn(ctx, sentence, s, m.index, m.index + m[0].length)) continue
      const facets = new Set([m.groups?.['fate'], m.groups?.['also']].flatMap((w) => NO_TOLL_FACETS[w?.toLowerCase() ?? ''] ?? []))
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
      for (const facet of facets) push(ctx, sentence, facet, '0', m[0], span)
    }
  }
}

/** A fire's or a spill's containment, as a level in percent: "was 5 percent contained" → "5". */
function findContainment(ctx: Context, sentence: Span, s: string): void {
  if (!/contain/iu.test(s)) return
  for (const pattern of CONTAINMENT) {
    for (const m of matchesOf(pattern, s)) {
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
      if (ctx.out.some((f) => f.facet === 'containment' && overlaps(f.span, span))) continue
      push(ctx, sentence, 'containment', m.groups?.['figure'] ?? '', m[0], span)
    }
  }
}

/**
 * A vote's tally, as two counts: the votes in favour and those against ("passed by 133 votes to 5": 133 and 5). Written
 * as two figures, the first is in favour, unless the vote is against ("voted 60-40 against") or the outcome a rejection,
 * where the larger figure is against ("defeated by 432 votes to 202").
 */
function findVotes(ctx: Context, sentence: Span, s: string): void {
  const found: Span[] = []
  for (const pattern of VOTE_TALLY) {
    for (const m of matchesOf(pattern, s)) {
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
      if (found.some((f) => overlaps(f, span))) continue
      const g = m.groups ?? {}
      const after = s.slice(m.index + m[0].length)
      // "voted 3-1" is a vote only before what it was for; a score otherwise.
      if (g['voted'] && !VOTED_FOR_AFTER.test(after) && !VOTED_AGAINST_AFTER.test(after)) continue
      const [first, second] = [g['for'] ?? g['first'], g['against'] ?? g['second']].map((n) => Number((n ?? '').replace(/,/gu, ''))) as [number, number]
      const swapped = g['for'] === undefined && (VOTED_AGAINST_AFTER.test(after) || (REJECTING_VOTE.test(g['verb'] ?? '') && first > second))
      const [inFavour, against] = swapped ? [second, first] : [first, second]
      found.push(span)
      push(ctx, sentence, 'vote', String(inFavour), `${inFavour} in favour`, span, { unit: 'in favour' })
      push(ctx, sentence, 'vote', String(against), `${against} against`, span, { unit: 'against' })
    }
  }
}

/** Words before a number that make it an age of a list of ages, or the whole a share is taken of. */
const NOT_A_COUNT_BEFORE = /(?:\b(?:aged|ages)\s+(?:between\s+|of\s+)?(?:\d{1,3}\s*(?:,|and|to|-|–)\s*)*|(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?)$/iu

/** A month's name, capitalised: the day written next to it is a date. */
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTH_NAMES.join('|')})\\b`, 'u')
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\s+$`, 'u')

/** True when the figure `written` at `at` of sentence `s` is a day of a month: "12 March", "March 12". Pure. */
function isDayOfMonth(s: string, at: number, written: string): boolean {
  const day = /^\d{1,2}$/u.exec(written.trim())
  if (!day || Number(day[0]) < 1 || Number(day[0]) > 31) return false
  const end = at + written.trimEnd().length
  return MONTH_AFTER.test(s.slice(end, end + 12)) || MONTH_BEFORE.test(s.slice(Math.max(0, at - 12), at))
}

/**
 * The side whose toll a count is, as a country's name: a nationality among the victims' words
 * ("two Tajik children"), a country they are "of" ("citizens of the Kyrgyz Republic"), or the party
 * owning them ("its own losses at seven", "11 of their citizens", "11 dead on its side", "Tajikistan
 * lost seven citizens"): the party named last before the count.
 */
function sideOf(ctx: Context, sentence: Span, s: string, m: RegExpMatchArray & { index: number }, roleWords: string): string | undefined {
  const named = nationOf(roleWords) ?? demonymOf(roleWords)
  if (named) return named
  // "put Indian losses at 30 dead": the side is named with its losses, before the count.
  const losses = NAMED_TOLL_BEFORE.exec(s.slice(Math.max(0, m.index - 50), m.index))?.[1]
  const lossesSide = losses ? nationOf(losses) ?? demonymOf(losses) : undefined
  if (lossesSide) return lossesSide
  const of = m.indices?.groups?.['of']
  if (of) {
    const mention = mentionsIn(ctx, sentence.start + of[0], sentence.start + of[1])[0]
    const country = mention ? countryOfActor(ctx.actors.get(mention.actor)) : nationOf(s.slice(of[0], of[1]))
    if (country) return country
  }
  const before = s.slice(Math.max(0, m.index - 50), m.index)
  const owned = OWN_TOLL_BEFORE.exec(before)
  const end = m.index + m[0].length
  if (!owned && !OWN_TOLL_WITHIN.test(m[0]) && !OWN_TOLL_AFTER.test(s.slice(end, end + 30)) && !/^los/iu.test(m[0])) return undefined
  const owner = mentionsIn(ctx, sentence.start, sentence.start + m.index - (owned?.[0].length ?? 0)).at(-1)
  return owner ? countryOfActor(ctx.actors.get(owner.actor)) : undefined
}

/**
 * A nationality the gazetteer does not know, by its shape: "Kelsani soldiers", "Dravonian losses" (a
 * lesser-known state's people are a side as much as "Indian" ones). Only a capitalised word ending as
 * demonyms do, and no name the gazetteer knows as something else. Keyed as its country when the
 * gazetteer or the article names one it is made from ("Kelsan's defence ministry"), as `nationOf`
 * keys; else as written ("Kelsani"), so an article naming no country keys that side apart. Pure given
 * the article's own names (`withArticleNames`).
 */
function demonymOf(words: string): string | undefined {
  const gaz = gazetteer()
  const word = (words.match(/\p{Lu}\p{Ll}+/gu) ?? []).find((w) => DEMONYM_SHAPE.test(w) && !gaz.byName.has(w) && !NOT_A_SIDE.test(w))
  if (!word) return undefined
  const country = namesOfDemonym(word).map((name) => gaz.byName.get(name)).find((e) => e?.kind === 'country' && e.country)
  return country ? gaz.countryName.get(country.country!) ?? country.name : word
}

/** How demonyms end: "-ian", "-ean", "-ese", "-ish", "-i" ("Pakistani", "Kelsani"). */
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:ian|ean|ese|ish|i)$/u
/** Words of that shape that name a party, faith or office, no people at war. */
const NOT_A_SIDE = /^(?:Republican|Christian|Libertarian|Vegetarian|Parliamentarian|Civilian|Guardian|Veterinarian|Librarian|Historian|Comedian|Physician|Technician|Musician|Politician|Custodian)$/u

/** The country an actor is or belongs to, by its common name: "Dushanbe" and "Tajik officials" are Tajikistan's. */
function countryOfActor(actor: Actor | undefined): string | undefined {
  if (!actor) return undefined
  if (actor.country) return gazetteer().countryName.get(actor.country) ?? actor.country
  return nationOf(actor.name.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))
}

/** An ordinal opening the victims' words, which is no part of their group: "third person". */
const ORDINAL_WORD = new RegExp(`^(?:${Object.keys(ORDINAL).join('|')})\\s+`, 'u')

/** True when the count `written` at `at` of sentence `s` adds to one given before: "two more", "another three", "a further 12". Pure. */
function isIncrement(s: string, at: number, written: string): boolean {
  const rest = s.slice(at + written.length)
  return /^another$/iu.test(written.trim()) || INCREMENT_BEFORE.test(s.slice(Math.max(0, at - 20), at)) || INCREMENT_AFTER.test(rest)
}

/** The comparable class of what a count counts: "customers" and "accounts" are people, "records" are records; no noun counts people. Pure. */
function unitOf(role: string, classes = UNIT_CLASSES): string {
  const last = /[\p{L}-]+$/u.exec(role)?.[0] ?? ''
  if (!last) return 'people'
  // "residents and holidaymakers": a coordination is counted in the class of either noun.
  const conjuncts = role.split(/\s+(?:and|or)\s+/u)
  const classed = classes.find(([re]) => conjuncts.some((c) => re.test(c.trim())))?.[1]
  return classed ?? (last.length > 3 && last.endsWith('s') ? last.slice(0, -1) : last)
}

/** Money amounts of fines, compensation, costs, deals and payouts, each compared within its currency. */
const AMOUNT_FACETS: ReadonlyArray<{ readonly facet: FacetValue['facet']; readonly patterns: readonly RegExp[] }> = [
  { facet: 'fine', patterns: FINE },
  { facet: 'compensation', patterns: COMPENSATION },
  { facet: 'cost', patterns: COST },
  { facet: 'deal', patterns: DEAL },
  { facet: 'payout', patterns: PAYOUT },
]

/** Facets measured in a unit of their own (hectares, months) or summed over a list (charges). */
const MEASURED_FACETS: ReadonlyArray<FacetValue['facet']> = ['area', 'sentence', 'ban', 'detention', 'charges', 'containment', 'vote']

/** Every facet that is a count or an amount, compared by range across articles. */
export const COUNTED_FACETS: ReadonlySet<string> = new Set([...[...COUNT_FACETS, ...AMOUNT_FACETS].map((f) => f.facet), ...MEASURED_FACETS])

const RUNS_FROM_THE_PAST: ReadonlySet<FacetValue['facet']> = new Set(['ban', 'detention'])

/** Land areas in hectares, custodial terms, bans and detentions in months, and the number of charges of each verdict or plea. */
function findMeasures(ctx: Context, sentence: Span, s: string): void {
  const pushMeasure = (facet: FacetValue['facet'], m: RegExpExecArray | RegExpMatchArray, range: { min: number; max: number }, label: string, unit: string, end = m.index! + m[0].length): void => {
    // A detention or a ban runs from a past date ("arrested in April last year and held for 18 months"): no earlier event's.
    // The measure's own length is no look back: "sentenced to six years | after judges heard …".
    const unmeasured = `${s.slice(0, m.index!)}${' '.repeat(end - m.index!)}${s.slice(end)}`
    if (!RUNS_FROM_THE_PAST.has(facet) && isPastTollIn(ctx, sentence, unmeasured, m.index!, end)) return
    push(ctx, sentence, facet, rangeValue(range), label, { start: sentence.start + m.index!, end: sentence.start + end }, { unit })
  }
  const found: Span[] = []
  for (const pattern of AREA_BURNT) {
    for (const m of matchesOf(pattern, s)) {
      const { count = '', unit = '', converted } = m.groups ?? {}
      const span = { start: m.index, end: m.index + m[0].length }
      if (found.some((f) => overlaps(f, span))) continue
      found.push(span)
      const range = areaInHectares(count, unit, converted)
      if (range) pushMeasure('area', m, range, `${count} ${unit}`.replace(/\s+/gu, ' '), 'hectares')
    }
  }
  const pushDurations = (facet: FacetValue['facet'], patterns: readonly RegExp[]): void => {
    for (const pattern of patterns) {
      for (const m of matchesOf(pattern, s)) {
        const term = monthsOf(m.groups ?? {})
        // "sentenced to more than seven years for a violent offence": a bound of a rule, no term passed.
        if (!term || term.max === Number.POSITIVE_INFINITY) continue
        // "in effect out for three years": a ban's length only where the sentence speaks of one.
        if (m.groups?.['out'] && !BAN_SENTENCE.test(s)) continue
        pushMeasure(facet, m, term, m[0].slice((m.indices?.groups?.['count']?.[0] ?? m.index) - m.index), 'months')
      }
    }
  }
  pushDurations('sentence', CUSTODIAL)
  pushDurations('ban', BAN)
  pushDurations('detention', DETENTION)
  findCharges(s, (m, range, label, unit, end) => pushMeasure('charges', m, range, label, unit, end))
}

/** A length of time in months: "four years", "three years and seven months", "two and a half years"; undefined when its figure is no count. Pure. */
function monthsOf(groups: Readonly<Record<string, string | undefined>>): { min: number; max: number } | undefined {
  const { count = '', unit = '', half, halfBefore, more } = groups
  const term = parseCount(count.replace(/^just\s+|^only\s+/iu, ''))
  const extraMonths = more ? parseCount(more) : undefined
  if (!term || (more && !extraMonths)) return undefined
  const months = /^y/iu.test(unit) ? 12 : 1
  const extra = (half ?? halfBefore) ? months / 2 : extraMonths?.min ?? 0
  return { min: term.min * months + extra, max: term.max * months + extra }
}

/**
 * An area in hectares: the figure in hectares a writer gives in brackets, else the figure
 * converted, to within 1% for its rounding, or 5% when it is "about" a figure (a rounded area, as a
 * count "about" a figure is: a rival 51,200 disputes "about 48,000"). Pure.
 */
function areaInHectares(count: string, unit: string, converted: string | undefined): { min: number; max: number } | undefined {
  const inHectares = converted ? parseCount(converted) : undefined
  if (inHectares) return inHectares
  const approximate = APPROXIMATE.test(count)
  const parsed = parseCount(count.replace(APPROXIMATE, ''))
  const factor = AREA_UNITS.find(([re]) => re.test(unit.replace(/\s+/gu, ' ')))?.[1]
  if (!parsed || factor === undefined) return undefined
  return approximate ? scaleRange(parsed, factor, 0.05) : factor === 1 ? parsed : scaleRange(parsed, factor, 0.01)
}

const APPROXIMATE = /^(?:about|around|nearly|almost|some|roughly)\s+/iu

/** A range converted by `factor`, widened by `margin` each way for the rounding of its figure. Pure. */
function scaleRange(range: { min: number; max: number }, factor: number, margin: number): { min: number; max: number } {
  return { min: Math.floor(range.min * factor * (1 - margin)), max: range.max === Number.POSITIVE_INFINITY ? range.max : Math.ceil(range.max * factor * (1 + margin)) }
}


/** A range in a label's words: "at least 12" when open-ended, "7", "7-9". Pure. */
function rangeWords(range: { min: number; max: number }): string {
  return range.max === Number.POSITIVE_INFINITY ? `at least ${range.min}` : rangeValue(range)
}

/**
 * The charges of each verdict or plea in sentence `s`, summed over its list: "convicted of three
 * counts of manslaughter and four offences under …" is seven charges, "of manslaughter, fraud and
 * 30 breaches of …" 32 (an offence named before the counted items is one charge); the list ends
 * at a clause break, a subset ("including three of manslaughter") or the next verdict. Pure but for `emit`.
 */
function findCharges(s: string, emit: (m: RegExpExecArray, range: { min: number; max: number }, label: string, unit: string, end: number) => void): void {
  const verdicts = matchesOf(CHARGE_VERDICT, s)
  verdicts.forEach((m, i) => {
    const from = m.index + m[0].length
    const next = verdicts[i + 1]?.index ?? s.length
    const list = chargeList(s.slice(from, Math.min(next, from + 200)))
    let min = 0
    let max = 0
    let first: number | undefined
    let items = 0
    let last = 0
    for (const item of matchesOf(CHARGE_ITEM, list)) {
      const count = parseCount(item.groups?.['count'] ?? '')
      if (!count) continue
      min += count.min
      max += count.max
      first ??= item.index
      items++
      last = item.index + item[0].length
    }
    if (first === undefined) return
    const named = matchesOf(NAMED_CHARGE, list.slice(0, first))
    const start = named[0]?.index ?? first
    items += named.length
    min += named.length
    max += named.length
    const unit = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] ?? 'charged'
    const words = list.slice(start, last)
    emit(m, { min, max }, items > 1 ? `${rangeWords({ min, max })} charges: ${words}` : words, unit, from + last)
  })
}

/** A comma that goes on with a list of charges: ", fraud and", ", theft," (a short item, then another). */
const LIST_COMMA = /^,\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?=,|\s+and\s)/u
/** An offence named without a count, before the counted ones: "of manslaughter, fraud and over 30 breaches". */
const NAMED_CHARGE = /(?<=\bof\s+|,\s+)(?:[a-z-]+\s+){0,2}?[a-z-]+(?=\s*,|\s+and\s)/gu

/** The charges after a verdict, up to where its list ends: a comma goes on when a short item follows it. Pure. */
function chargeList(rest: string): string {
  for (const stop of matchesOf(CHARGES_END, rest)) {
    if (stop[0] !== ',' || !LIST_COMMA.test(rest.slice(stop.index, stop.index + 60))) return rest.slice(0, stop.index)
  }
  return rest
}

function findAmounts(ctx: Context, sentence: Span, s: string): void {
  for (const { facet, patterns } of AMOUNT_FACETS) {
    for (const pattern of patterns) {
      for (const m of matchesOf(pattern, s)) {
        const { qualifier = '', before, figure = '', scale = '', after, between } = m.groups ?? {}
        const currency = before ?? after
        // "between £40 million and £45 million": the range from the first amount to the second.
        const upper = between ? RANGE_END.exec(s.slice(m.index + m[0].length)) : undefined
        const count = upper ? amountRange(figure, scale, upper.groups?.['figure'] ?? '', upper.groups?.['scale'] ?? scale) : amountOf(qualifier, figure, scale)
        const end = m.index + m[0].length + (upper?.[0].length ?? 0)
        if (!currency || !count || NOT_A_TOTAL_AFTER.test(s.slice(end, end + 30)) || isPastTollIn(ctx, sentence, s, m.index, end)) continue
        const at = groupStart(m, ['between', 'qualifier', 'before', 'figure'])
        const amountEnd = upper ? end : m.indices?.groups?.['after']?.[1] ?? m.indices?.groups?.['scale']?.[1] ?? m.indices?.groups?.['figure']?.[1] ?? end
        const demanded = DEMANDED_BEFORE.test(s.slice(Math.max(0, m.index - 60), m.index))
        // Two costs in one currency are of different things ("the stadium", "the repairs"): each is compared with its own.
        const thing = facet === 'cost' ? m.groups?.['thing']?.toLowerCase() ?? costedThing(s, m.index, end) : undefined
        const pushAmount = (value: string, currencyWords: string, label: string, words: Span): void =>
          push(ctx, sentence, facet, value, label, { start: sentence.start + words.start, end: sentence.start + words.end }, {
            unit: thing ? `${currencyOf(currencyWords)} for ${thing}` : currencyOf(currencyWords), ...(demanded ? { modality: 'demanded' as const } : {}),
          })
        // "put the damage at £85 million": the words before the amount are the reporting cue's, so the amount alone is the value's.
        const thingFirst = (m.indices?.groups?.['thing']?.[0] ?? end) < at
        pushAmount(count.value, currency, s.slice(at, amountEnd), { start: thingFirst ? at : m.index, end: thingFirst ? amountEnd : end })
        // "$140 million, or about £110 million": the same sum in another currency, compared with sums in that one.
        const converted = upper ? undefined : CONVERTED_AMOUNT.exec(s.slice(amountEnd))
        const other = converted?.groups ?? {}
        const otherCurrency = other['before'] ?? other['after']
        const otherCount = converted && otherCurrency && currencyOf(otherCurrency) !== currencyOf(currency) ? amountOf(other['qualifier'] ?? '', other['figure'] ?? '', other['scale'] ?? '') : undefined
        if (converted && otherCurrency && otherCount) {
          const words = { start: amountEnd + groupStart(converted, ['qualifier', 'before', 'figure']), end: amountEnd + converted[0].length }
          pushAmount(otherCount.value, otherCurrency, s.slice(words.start, words.end).trim(), words)
        }
      }
    }
  }
}

/** What a cost is of, as its subject: "the recall to cost", "the new stadium will cost". */
const COSTED_SUBJECT = /(?:\b(?:the|a|an|its|their|his|her|this|that|these|those)|['’]s?)\s+(?:[\p{L}-]+\s+){0,2}?(?<thing>[\p{L}-]+)\s+(?:(?:will|would|could|may|might|is|are|was|were|has|have|had|to|already|also|eventually|now|expected\s+to|likely\s+to|set\s+to)\s+)*$/iu
/** What a cost is of, after it: "a bill of $5 million for the repairs". */
const COSTED_AFTER = /^\s+for\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?<thing>[\p{L}-]+)(?=\s*(?:[.,;:!?]|$|\b(?:and|but|which|that|after|as|in|on|at|by|of)\b))/iu

/** The head noun of what the cost at [at, end) of sentence `s` is paid for, lower case; undefined when the words name none. Pure. */
function costedThing(s: string, at: number, end: number): string | undefined {
  // "the one-off cost at £40 million", "a bill of": the noun, which has no subject.
  const verb = /^cost(?:s|ing)?\s/iu.test(s.slice(at)) && !/^\S+\s+(?:at|of)\b/iu.test(s.slice(at))
  const thing = (verb ? COSTED_SUBJECT.exec(s.slice(Math.max(0, at - 60), at)) : null) ?? COSTED_AFTER.exec(s.slice(end))
  return thing?.groups?.['thing']?.toLowerCase()
}

/** Where the first of the named groups that took part in match `m` starts, else the match's start. Pure. */
function groupStart(m: RegExpExecArray, names: readonly string[]): number {
  for (const name of names) {
    const at = m.indices?.groups?.[name]
    if (at) return at[0]
  }
  return m.index
}

/**
 * An amount with its qualifier: "about $31 million" is a sum rounded, within 5% (as an area or a
 * count is), so that a rival "$34 million" disputes it. Pure.
 */
function amountOf(qualifier: string, figure: string, scale: string): { value: string } | undefined {
  if (!APPROXIMATE.test(qualifier)) return parseCount(`${qualifier} ${figure} ${scale}`.trim())
  const stated = parseCount(`${figure} ${scale}`.trim())
  return stated && { value: rangeValue(scaleRange(stated, 1, 0.05)) }
}

/** The range between two amounts, the second's scale standing for the first's when it has none ("between 40 and 45 million"). Pure. */
function amountRange(lowFigure: string, lowScale: string, highFigure: string, highScale: string): { value: string } | undefined {
  const low = parseCount(`${lowFigure} ${lowScale || highScale}`.trim())
  const high = parseCount(`${highFigure} ${highScale}`.trim())
  return low && high && low.min < high.max ? { value: `${low.min}-${high.max}` } : undefined
}

/** Qualifiers of a percentage that make it a bound: "more than 6%" is above 6, "below 3%" under 3; "about 6%" is the figure rounded. */
const ABOVE = /^(?:just\s+over|more\s+than|over|above)\s+$/iu
const BELOW = /^(?:just\s+under|less\s+than|under|below)\s+$/iu

/**
 * Levels of named indicators: the interest rate, inflation, unemployment, growth, turnout, a tax
 * rate, each with its period when the clause gives one ("in April", "in the second quarter") and
 * the country it is of when named before it ("Germany's economy") or after it ("inflation in Spain").
 * A change is no level ("raised the rate by half a point"), except where the change is the
 * indicator ("consumer prices rose 6.1%" is inflation); a change since a date is a cumulative one, no level.
 */
function findLevels(ctx: Context, sentence: Span, s: string): void {
  for (const pattern of [LEVEL, CHANGE]) {
    for (const m of matchesOf(pattern, s)) {
      const { head = '', gap = '', verb, qualifier = '', figure = '', down } = m.groups ?? {}
      const gapEnd = m.indices?.groups?.['gap']?.[1] ?? m.index + head.length
      // "the inflation target of 3%", "unemployment among the young", "the rate cut of 0.25%": another figure.
      if (LEVEL_GAP_BREAK.test(gap) || (verb?.toLowerCase() === 'of' && gap.trim() !== '') || CHANGE_IN_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index))) continue
      const end = m.index + m[0].length
      const after = restOfClause(s, end)
      if (/\bsince\b/iu.test(after) || DIFFERENCE_AFTER.test(after)) continue
      const basis = LEVEL_BASES.find(([re]) => re.test(after) || re.test(gap))?.[1]
      const measure = MEASURES.find(([re]) => re.test(head))?.[1] ?? head.toLowerCase()
      if (measure === 'interest rate' && OTHER_RATE_BEFORE.test(s.slice(Math.max(0, m.index - 20), m.index))) continue
      const value = levelValue(qualifier, down && !figure.startsWith('-') ? `-${figure}` : figure)
      const projected = LEVEL_PROJECTED.test(`${wordsOpeningClause(s, m.index)}${gap}`)
      const period = periodOf(`${gap} ${after}`, s.slice(0, m.index), ctx.article.published?.date, projected)
      const owner = ownerOf(ctx, sentence.start + m.index, sentence.start + m.index + head.length, sentence.start + gapEnd)
      const at = groupStart(m, ['qualifier', 'figure'])
      push(ctx, sentence, 'indicator', value, `${down ? '-' : ''}${s.slice(at, end)}`, { start: sentence.start + m.index, end: sentence.start + end }, {
        measure: basis ? `${basis} ${measure}` : measure, ...(period ? { period } : {}), ...(owner ? { actor: owner } : {}), ...(projected ? { modality: 'predicted' as const } : {}),
      })
      // "down from 10.1 percent in January": the level of a period it names, reported as a fact even beside a forecast.
      const from = EARLIER_LEVEL.exec(s.slice(end))
      const fromAt = from?.indices?.groups?.['figure']
      if (!from || !fromAt) continue
      const fromEnd = end + from[0].length
      const fromPeriod = periodOf(restOfClause(s, fromEnd), '', ctx.article.published?.date)
      if (!fromPeriod || fromPeriod === period) continue
      push(ctx, sentence, 'indicator', levelValue(from.groups?.['qualifier'] ?? '', from.groups?.['figure'] ?? ''), s.slice(end + fromAt[0], fromEnd), { start: sentence.start + end + fromAt[0], end: sentence.start + fromEnd }, {
        measure: basis ? `${basis} ${measure}` : measure, period: fromPeriod, ...(owner ? { actor: owner } : {}),
      })
    }
  }
}

/**
 * Percentage rates of a named thing (a pay rise, a tariff), as indicator levels whose measure is the
 * thing, so a pay rise is compared only with a pay rise. In an article about pay, a bare "rise" or a
 * percentage handed over is the pay rise's. An earlier rise ("a previously agreed 2.5 percent pay rise")
 * is not the deal's, and the first pattern to read a figure reads it alone.
 */
function findRates(ctx: Context, sentence: Span, s: string): void {
  if (!/%|per\s?cent/iu.test(s)) return
  const patterns = [...RATES, ...(ctx.aboutPay ? BARE_RISES.map((re) => [re, 'pay rise'] as const) : [])]
  const taken: Span[] = []
  for (const [pattern, measure] of patterns) {
    for (const m of matchesOf(pattern, s)) {
      const at = groupStart(m, ['qualifier', 'figure'])
      const figureEnd = m.indices?.groups?.['figure']?.[1] ?? at
      const end = figureEnd + (/^\s?(?:%|percent|per\s+cent)/iu.exec(s.slice(figureEnd))?.[0].length ?? 0)
      const figureSpan = { start: sentence.start + at, end: sentence.start + end }
      // "tariffs were 25% higher than": a difference, no rate.
      if (taken.some((t) => overlaps(t, figureSpan)) || EARLIER_RISE_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index)) || DIFFERENCE_AFTER.test(s.slice(end))) continue
      taken.push(figureSpan)
      const { qualifier = '', figure = '' } = m.groups ?? {}
      const label = s.slice(at, end)
      push(ctx, sentence, 'indicator', levelValue(qualifier, figure), label, { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }, { measure })
    }
  }
}

/** A level as compared: "6.1", above it ("6.1+": "more than 6.1%") or below it ("<6.1"). Pure. */
function levelValue(qualifier: string, figure: string): string {
  return ABOVE.test(qualifier) ? `${figure}+` : BELOW.test(qualifier) ? `<${figure}` : figure
}

/** The words after `end` up to the clause's end: where a level's period and place are told ("in April", "in Germany"). Pure. */
function restOfClause(s: string, end: number): string {
  const next = s.slice(end).search(/[,;—–(]/u)
  return s.slice(end, next < 0 ? s.length : end + next)
}

/**
 * Shares of a named party or candidate: of the vote ("won 41.2% of the vote", "took 41 percent"
 * in an article about a vote), of a poll's support ("support for X stands at 38% in a poll by Y")
 * or an approval rating. The holder is part of what is compared, so two parties' shares never
 * dispute each other, and so is the pollster when named, as two polls are two measures.
 */
function findShares(ctx: Context, sentence: Span, s: string): void {
  const votes = ctx.votes
  if (!votes) return
  const poll = isPoll(s)
  const pollster = poll ? pollsterOf(ctx, sentence, s) : undefined
  const found: Span[] = []
  for (const pattern of SHARES) {
    for (const m of matchesOf(pattern, s)) {
      const { noun = '', qualifier = '', figure = '', result } = m.groups ?? {}
      const end = m.index + m[0].length
      const span = { start: sentence.start + m.index, end: sentence.start + end }
      const at = m.indices?.groups?.['holder']
      if (!at || found.some((f) => overlaps(f, span)) || NOT_A_SHARE_AFTER.test(s.slice(end, end + 30))) continue
      const holder = holderAt(ctx, votes, sentence.start + at[0], sentence.start + at[1])
      if (!holder) continue
      found.push(span)
      const support = /^\s+(?:support|backing)\b/iu.test(s.slice(end, end + 12))
      // "38% of voters said they would back X": the answers of those asked, not the votes cast; so is a
      // share held, not won ("Rubio at 13%"), in an article about polls.
      const asked = support || /\b(?:respondents|polled|surveyed|asked|questioned|would|will)\b/u.test(m[0]) || (votes.aboutPolls && m.groups !== undefined && 'result' in m.groups && !result)
      const measure = /approval|popularity|rating/iu.test(noun) ? 'approval rating' : poll || asked || (noun !== '' && !/vote/iu.test(noun)) ? 'poll support' : 'vote share'
      // "the winner of Sunday's vote with 50.4 percent": the words after the holder date the vote before the clause's.
      const period = periodOf(`${s.slice(at[1], end)} ${restOfClause(s, end)}`, s.slice(0, m.index), ctx.article.published?.date)
      // "is expected to win 41%": a projected result; a poll's figure is what the poll found.
      const projected = measure === 'vote share' && LEVEL_PROJECTED.test(`${wordsOpeningClause(s, m.index)}${m[0]}`)
      const figureAt = groupStart(m, ['qualifier', 'figure'])
      const percentEnd = /%|per\s*cent/iu.exec(s.slice(figureAt))
      const label = s.slice(figureAt, figureAt + (percentEnd ? percentEnd.index + percentEnd[0].length : 0))
      push(ctx, sentence, 'indicator', levelValue(qualifier, figure), label, span, {
        measure: measure !== 'vote share' && pollster ? `${measure} (${pollster})` : measure, agent: holder.name,
        ...(holder.actor ? { actor: holder.actor } : {}), ...(period ? { period } : {}), ...(projected ? { modality: 'predicted' as const } : {}),
      })
    }
  }
}

/**
 * A company's shares moving by a percentage on the day, compared with other accounts of that
 * company's move: the company is the organisation named just after "shares of" or before "shares" ("Veltrane shares",
 * "Veltrane's shares"); a close ("to close 6.2 percent lower") is of the shares the sentence names.
 */
function findShareMoves(ctx: Context, sentence: Span, s: string): void {
  const found: Span[] = []
  for (const pattern of [SHARE_MOVE, SHARE_CLOSE]) {
    for (const m of matchesOf(pattern, s)) {
      const { head, qualifier = '', figure = '', down } = m.groups ?? {}
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
      // "have lost about 6% since the fine was announced": a move over days, not the day's.
      if (found.some((f) => overlaps(f, span)) || (!head && !/\b(?:shares?|stock)\b/iu.test(s.slice(0, m.index))) || /\bsince\b/iu.test(restOfClause(s, m.index + m[0].length))) continue
      found.push(span)
      const sharesAt = head ? m.index : s.search(/\b(?:[Ss]hares?|[Ss]tock)\b/u)
      const owner = ownerAfter(ctx, sentence, m) ?? mentionsIn(ctx, sentence.start + Math.max(0, sharesAt - 40), sentence.start + sharesAt)
        .filter((x) => /^(?:['’]s)?\s+$/u.test(ctx.text.slice(x.span.end, sentence.start + sharesAt)) && ctx.actors.get(x.actor)?.kind === 'organisation').at(-1)?.actor
      const at = groupStart(m, ['qualifier', 'figure'])
      push(ctx, sentence, 'indicator', levelValue(qualifier, down ? `-${figure}` : figure), `${down ? '-' : '+'}${s.slice(at, m.index + m[0].length).replace(/\s+(?:higher|up|lower|down)$/u, '')}`, span, {
        measure: 'share price change', ...(owner ? { actor: owner } : {}),
      })
    }
  }
}

/**
 * A company's profit or revenue moving by a percentage over a period, compared with other
 * accounts of that company's results: the company is the one organisation the sentence names
 * before the figure ("Orvex will cut jobs after third-quarter profit fell 41%", "The carmaker's
 * quarterly profit dropped 38%"); with none or several, whose results they are is unclear and
 * nothing is read. "Quarterly" results are the last quarter's before publication.
 */
function findResultMoves(ctx: Context, sentence: Span, s: string): void {
  for (const m of matchesOf(RESULT_MOVE, s)) {
    const { period: named = '', head = '', qualifier = '', figure = '', down } = m.groups ?? {}
    const owners = new Set(mentionsIn(ctx, sentence.start, sentence.start + m.index).map((x) => x.actor).filter((id) => ctx.actors.get(id)?.kind === 'organisation'))
    if (owners.size !== 1) continue
    const words = /quarterly/iu.test(named) ? 'last quarter' : named.replace('-', ' ')
    const period = words ? periodOf(words, '', ctx.article.published?.date) : undefined
    const at = groupStart(m, ['qualifier', 'figure'])
    push(ctx, sentence, 'indicator', levelValue(qualifier, down ? `-${figure}` : figure), `${down ? '-' : '+'}${s.slice(at, m.index + m[0].length)}`, { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }, {
      measure: /profit|earnings/iu.test(head) ? 'profit change' : 'revenue change', actor: [...owners][0]!, ...(period ? { period } : {}),
    })
  }
}

/**
 * A budget changed by a percentage, as the change of that kind of budget ("maintenance budget change"), of the period
 * its clause names: a defence budget's cut never disputes a health budget's.
 */
function findBudgetChanges(ctx: Context, sentence: Span, s: string): void {
  if (!/budget/iu.test(s)) return
  for (const pattern of BUDGET_CHANGE) {
    for (const m of matchesOf(pattern, s)) {
      const { what = '', qualifier = '', figure = '', down } = m.groups ?? {}
      // Whose budget, when a party is named there: "the budget of Eskom" and "the budget of the BBC" are two budgets.
      const ownerAt = m.indices?.groups?.['owner']
      const owner = ownerAt ? mentionsIn(ctx, sentence.start + ownerAt[0], sentence.start + ownerAt[1])[0]?.actor : undefined
      const end = m.index + m[0].length
      const period = periodOf(restOfClause(s, end), s.slice(0, m.index), ctx.article.published?.date)
      const projected = LEVEL_PROJECTED.test(`${wordsOpeningClause(s, m.index)}${m[0]}`)
      const at = groupStart(m, ['qualifier', 'figure'])
      push(ctx, sentence, 'indicator', levelValue(qualifier, down ? `-${figure}` : figure), `${down ? '-' : '+'}${s.slice(at, end)}`, { start: sentence.start + m.index, end: sentence.start + end }, {
        measure: `${what.trim().toLowerCase()} budget change`.trim(), ...(owner ? { actor: owner } : {}), ...(period ? { period } : {}), ...(projected ? { modality: 'predicted' as const } : {}),
      })
    }
  }
}

/**
 * The organisation named after "shares of" or "shares in" ("Shares of Veltrane fell"), as its actor's id: a mention
 * there, else the organisation the article names so elsewhere (the name after "Shares of" is often left unmentioned).
 */
function ownerAfter(ctx: Context, sentence: Span, m: RegExpMatchArray): string | undefined {
  const of = m.indices?.groups?.['of']
  const name = m.groups?.['of']
  if (!of || !name) return undefined
  const mentioned = mentionsIn(ctx, sentence.start + of[0], sentence.start + of[1]).find((x) => ctx.actors.get(x.actor)?.kind === 'organisation')
  return mentioned?.actor ?? [...ctx.actors.values()].find((a) => a.kind === 'organisation' && (a.name === name || a.aliases.includes(name)))?.id
}

/** True when the words speak of a poll or a survey, not of the polls voted at. Pure. */
function isPoll(words: string): boolean {
  return POLL.test(words.replace(NOT_A_POLL, ''))
}

/**
 * The pollster a sentence `s` names: "a poll by Ifop", "an Ifop poll", "pollster YouGov"; never a
 * person or a place ("followed in the poll by Florida Sen. Marco Rubio"). Pure.
 */
function pollsterOf(ctx: Context, sentence: Span, s: string): string | undefined {
  const m = POLLSTER.exec(s)
  const name = m?.groups?.['by'] ?? m?.groups?.['before'] ?? m?.groups?.['named']
  if (!m || !name) return undefined
  const at = sentence.start + m.index + m[0].lastIndexOf(name)
  const named = mentionsIn(ctx, at, at + name.length).map((mention) => ctx.actors.get(mention.actor)?.kind)
  return named.some((kind) => kind === 'person' || kind === 'place') ? undefined : name.replace(/\.$/u, '')
}

/** Words before a name that are no part of it: an article, a title, a day or month, a capitalised opening word. */
const NOT_OF_NAME = /^(?:(?:The|the|In|On|At|After|Before|By|For|With|But|And|Yet|So|As|Meanwhile|However|Then|Now|Mr|Mrs|Ms|Dr|President|Chancellor|Prime|Minister|Premier|Senator|Governor|Mayor|Candidate|Leader|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Last|This)\.?\s+)+/u

/**
 * The party or candidate named at [start, end), after its possessor ("Scholz's Social Democratic
 * Party") and its title: the actor of a mention ending with the name, else the name as written. A
 * country or place is no holder of a share ("Germany at 5%"), nor is an indicator ("Turnout stood
 * at 62%"), nor a lone word the article also writes in lower case, a party's name aside ("Labour").
 */
function holderAt(ctx: Context, votes: VoteContext, start: number, end: number): { name: string; actor?: string } | undefined {
  const written = ctx.text.slice(start, end)
  const owned = /^(.*['’]s\s+)(?=\p{Lu})/u.exec(written)?.[1]?.length ?? 0
  const rest = written.slice(owned).replace(/['’]s?$|\.$/u, '')
  const lead = NOT_OF_NAME.exec(rest)?.[0].length ?? 0
  const name = rest.slice(lead)
  const nameEnd = start + owned + rest.length
  const mention = mentionsIn(ctx, start, nameEnd).filter((m) => m.span.end === nameEnd).at(-1)
  const actor = mention ? ctx.actors.get(mention.actor) : undefined
  if (!name || (!actor && NOT_A_HOLDER.test(name)) || actor?.kind === 'country' || actor?.kind === 'place') return undefined
  // "he had won 50.4 percent": a pronoun holds a share only as the person a mention resolves it to, by that person's name.
  if (/^(?:he|she)$/iu.test(name)) return actor?.kind === 'person' ? { name: actor.name, actor: actor.id } : undefined
  if (!actor && !/\s/u.test(name) && votes.lowerWords.has(name.toLowerCase()) && !PARTY_WORDS.test(name)) return undefined
  return { name, ...(actor ? { actor: actor.id } : {}) }
}

/** Oil's names, folded: "Brent" is Brent crude, "oil" and "U.S. crude" crude oil. */
const OIL_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^brent\b/iu, 'Brent crude'],
  [/^(?:wti|west\s+texas)/iu, 'WTI crude'],
  [/^(?:(?:u\.?s\.?|benchmark)\s+)?(?:crude|oil)\b|^crude\s+oil$/iu, 'crude oil'],
]
/** Units a price is given for, folded to one spelling. */
const PER_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^lit/iu, 'litre'], [/ounce/iu, 'ounce'], [/^(?:tonne|metric)/iu, 'tonne'], [/^(?:kilo|kg)/iu, 'kg'],
  [/^(?:megawatt|mwh)/iu, 'MWh'], [/^(?:kilowatt|kwh)/iu, 'kWh'], [/^cubic/iu, 'cubic metre'],
]

/**
 * Prices of a named thing: "petrol prices rose to 1.89 euros a litre", "Brent crude at $82 a
 * barrel", "the price of gold hit $2,400 an ounce", each compared within its currency and unit,
 * and within the country the clause names ("in Germany").
 */
function findPrices(ctx: Context, seg: Segmentation, sentence: Span, s: string): void {
  for (const m of matchesOf(PRICE, s)) {
    const { commodity, qualifier = '', before, figure = '', after, per } = m.groups ?? {}
    const currency = before ?? after
    const thingAt = m.indices?.groups?.['of'] ?? m.indices?.groups?.['thing'] ?? m.indices?.groups?.['commodity']
    // "the rise in petrol prices": the words before "prices" must name a thing.
    if (!currency || !thingAt || (!commodity && !isNounPhrase(seg, sentence.start + thingAt[0], sentence.start + thingAt[1]))) continue
    const written = s.slice(thingAt[0], thingAt[1]).replace(PRICE_QUALIFYING, '')
    if (!written) continue
    const thing = OIL_NAMES.find(([re]) => re.test(written))?.[1] ?? written.toLowerCase()
    const end = m.index + m[0].length
    const clause = restOfClause(s, end)
    const gapEnd = m.indices?.groups?.['gap']?.[1] ?? thingAt[1]
    const owner = ownerOf(ctx, sentence.start + thingAt[0], sentence.start + thingAt[1], sentence.start + end + clause.length)
    const projected = LEVEL_PROJECTED.test(`${wordsOpeningClause(s, m.index)}${s.slice(m.index, gapEnd)}`)
    const period = periodOf(`${m.groups?.['gap'] ?? ''} ${clause}`, s.slice(0, m.index), ctx.article.published?.date, projected)
    const perUnit = per ? PER_UNITS.find(([re]) => re.test(per))?.[1] ?? per.toLowerCase() : undefined
    const at = groupStart(m, ['qualifier', 'before', 'figure'])
    push(ctx, sentence, 'indicator', levelValue(qualifier, figure.replace(/,/gu, '')), s.slice(at, end), { start: sentence.start + m.index, end: sentence.start + end }, {
      measure: `price of ${thing}`, unit: `${currencyOf(currency)}${perUnit ? ` per ${perUnit}` : ''}`,
      ...(owner ? { actor: owner } : {}), ...(period ? { period } : {}), ...(projected ? { modality: 'predicted' as const } : {}),
    })
  }
}

/**
 * The words of the clause before `at`, back to a comma or a semicolon and at most 40 characters,
 * from the last clause opening on ("Analysts say she is likely to argue that with …" keeps "with"'s clause only). Pure.
 */
function wordsOpeningClause(s: string, at: number): string {
  const start = Math.max(s.lastIndexOf(',', at - 1), s.lastIndexOf(';', at - 1), at - 40, -1) + 1
  return s.slice(start, at).replace(CLAUSE_OPENING, '')
}

const QUARTER_NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4 }

/**
 * The period a level is of: a quarter ("2026-Q2"), a month ("2026-04") or a year ("2025"), read
 * from the words after the figure, else from the sentence before the indicator ("In April, …").
 * "Now" and no words give none: the level is the latest. A quarter named without its year that has
 * not begun by publication is last year's ("the fourth quarter" in February), unless the level is
 * `ahead` (a forecast). Pure.
 */
function periodOf(after: string, before: string, published: string | undefined, ahead = false): string | undefined {
  const year = published?.slice(0, 4) ?? '????'
  for (const words of [after, before]) {
    const q = QUARTER.exec(words)
    if (q) {
      const stated = q[1]?.toLowerCase()
      const month = published ? Number(published.slice(5, 7)) : 0
      // "the last quarter" is the one before publication's.
      const last = stated === 'last' && published ? (Math.ceil(month / 3) + 2) % 4 + 1 : undefined
      const n = last ?? QUARTER_NUMBER[stated ?? ''] ?? Number(q[2])
      const notBegun = published !== undefined && (n - 1) * 3 + 1 > month
      const inYear = q[3] ?? (notBegun && (!ahead || last !== undefined) ? String(Number(year) - 1) : year)
      return `${inYear}-Q${n}`
    }
    // "its lowest in 33 years" is a stretch of time, not a period; "in 2015" and "last month" are periods.
    const date = readDates(words, published).find((r) => r.month !== undefined || /^(?:(?:19|20)\d\d|(?:last|this)\s+year)$/iu.test(r.text))
    if (date) return date.month === undefined ? String(date.year) : `${date.year ?? '????'}-${String(date.month).padStart(2, '0')}`
  }
  return undefined
}

/** The country or place a level is of: named just before the indicator ("Germany's economy", "US inflation") or after "in" in the words before the figure ("inflation in Spain"). */
function ownerOf(ctx: Context, headStart: number, headEnd: number, gapEnd: number): string | undefined {
  for (const m of mentionsIn(ctx, Math.max(0, headStart - 30), gapEnd)) {
    const actor = ctx.actors.get(m.actor)
    if (actor?.kind !== 'country' && actor?.kind !== 'place') continue
    const named = m.span.end <= headStart
      ? /^(?:['’]s)?\s+(?:[a-z-]+\s+)?$/u.test(ctx.text.slice(m.span.end, headStart))
      : m.span.start >= headEnd && /\bin\s+(?:the\s+)?$/u.test(ctx.text.slice(Math.max(headEnd, m.span.start - 8), m.span.start))
    if (named) return actor.id
  }
  return undefined
}

const NOUN_LIKE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ'])

/**
 * True when [start, end) names victims: a known role ("police officers"), or words the tagger
 * reads as a noun phrase ending in a noun ("citizens", "garment workers"), not "in attacks". Pure.
 */
function isVictimPhrase(text: string, seg: Segmentation, start: number, end: number): boolean {
  return KNOWN_ROLE.test(text.slice(start, end).trim()) || isNounPhrase(seg, start, end)
}

/** True when the tagger reads [start, end) as a noun phrase ending in a noun: "garment workers", "petrol", not "in attacks". Pure. */
function isNounPhrase(seg: Segmentation, start: number, end: number): boolean {
  const tags: string[] = []
  for (let t = firstTokenAtOrAfter(seg, start); t < seg.starts.length && seg.starts[t]! < end; t++) tags.push(posOf(seg, t))
  // "residents and holidaymakers": nouns joined by a conjunction are one group.
  return tags.length > 0 && tags.every((tag, i) => NOUN_LIKE.has(tag) || (tag === 'CCONJ' && i > 0)) && (tags.at(-1) === 'NOUN' || tags.at(-1) === 'PROPN')
}

const DISASTER = /\b(?:fire|blaze|(?:earth)?quake|flood|storm|cyclone|hurricane|landslide|collapse|accident|derailment|stampede|war)\b/iu

/** The words that make the toll at [at, end) of sentence `s` a part of the event's toll, if any. Pure. */
function partOf(s: string, at: number, end: number): string | undefined {
  const located = PART_BEFORE.exec(s.slice(Math.max(0, at - 80), at))
  // "a strike in which 27 were killed", "a fire where 17 died": the event itself, not one place in it.
  const inEvent = located && (EVENT_TRIGGER.test(located[0]) || DISASTER.test(located[0]))
  const before = (inEvent ? undefined : located) ?? SUBSET_OPENING.exec(s.slice(0, at))
  const after = before ? undefined : PART_AFTER.exec(s.slice(end, end + 40))
  return (before ?? after)?.[0].trim().replace(/,$/u, '')
}

/** The country a demonym or country name among the role's words names ("Armenian soldiers"), as its common name. */
function nationOf(role: string): string | undefined {
  const gaz = gazetteer()
  for (const word of role.match(/\p{Lu}[\p{L}-]+/gu) ?? []) {
    const entry = gaz.byName.get(word)
    if ((entry?.kind === 'demonym' || entry?.kind === 'country') && entry.country) return gaz.countryName.get(entry.country)
  }
  return undefined
}

/** `isPastToll` for [at, end) of sentence text `s`, read after the sentence's dateline: the filing's date dates no toll. */
function isPastTollIn(ctx: Context, sentence: Span, s: string, at: number, end: number): boolean {
  const from = Math.min(afterDateline(ctx.datelines, sentence) - sentence.start, at)
  return isPastToll(s.slice(from), at - from, end - from, ctx.article.published?.date)
}

/**
 * A toll's stretch of time that holds the event and more: "this year", "each year", "over the past decade", "to date" ("the past
 * 24 hours" and "so far" are the event's own running toll).
 */
const RUNNING_TOTAL = /\b(?:this\s+(?:year|decade)|(?:each|every|per)\s+year|a\s+year(?!\s+ago)|annually|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\S+\s+)?(?:years|decades?)|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|to\s+date)\b/iu

/** True when a toll's clause (`tollClause`) gives it a running total's stretch of time. Pure. */
function isRunningTotal(s: string, at: number, end: number): boolean {
  return RUNNING_TOTAL.test(tollClause(s, at, end))
}

/** "he was declared (as) a mentally unstable person": a label someone else gave, which the speaker reports. */
const LABEL_BY_OTHERS = /\b(?:was|were|been|being|is|are)\s+(?:declared|described|called|labell?ed|branded|termed|deemed|portrayed|dismissed)\s+(?:as\s+)?(?:an?\s+)?[\w\s-]{0,20}$/iu

/** An act named with the abstract noun: "the terror massacre", "an act of hatred and terror". */
const TERROR_ACT_AFTER = /^\s+(?:massacre|attacks?|bombings?|shootings?|killings?|strikes?|plots?|spree|rampage|incident|assault)\b/iu
/** Words that say an act is what follows: "was terrorism", "called it terrorism", "amounts to terror". */
const LABELLED_BEFORE = /\bacts?\s+of\s+(?:[\p{L}-]+\s+){0,3}$|\b(?:(?:is|was|were|be|been|being|as|amounts?\s+to|amounted\s+to|constitut(?:e|es|ed))\s+(?:(?:an?|the|pure|clear|clearly|simply|plain|nothing\s+but|not|never|no)\s+)*|(?:call|describ|label|brand|term)\w*\s+(?:[\p{L}'’-]+\s+){0,3})$/iu

function findCharacterisation(ctx: Context, sentence: Span, s: string): void {
  for (const m of matchesOf(TERRORISM, s)) {
    // "vowed to defeat radical Islamic terrorism": the abstract noun names a kind of act, not this one, unless said of it.
    if (/^terror(?:ism)?$/iu.test(m[0]) && !LABELLED_BEFORE.test(s.slice(0, m.index)) && !TERROR_ACT_AFTER.test(s.slice(m.index + m[0].length))) continue
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
    const negated = NEGATED_BEFORE.test(s.slice(0, m.index))
    push(ctx, sentence, 'characterisation', negated ? 'not-terrorism' : 'terrorism', negated ? 'not terrorism' : m[0], span, { polarity: negated ? 'negative' : 'positive' })
  }
  findAxes(ctx, sentence, s)
  for (const m of matchesOf(PERSONAL_MOTIVE, s)) {
    if (LABEL_BY_OTHERS.test(s.slice(0, m.index))) continue
    push(ctx, sentence, 'motive', 'personal', m[0], { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length })
  }
  for (const m of matchesOf(ORGANISED, s)) {
    push(ctx, sentence, 'motive', 'organised', m[0], { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length })
  }
}

/** Whether the vote was rigged, the police's force excessive, the protests violent (`findAxisCharacterisations`), in the voice that says so. */
function findAxes(ctx: Context, sentence: Span, s: string): void {
  const isNounAt = (offset: number): boolean => {
    const t = firstTokenAtOrAfter(ctx.seg, sentence.start + offset)
    return ctx.seg.starts[t] === sentence.start + offset && /^(?:NOUN|PROPN)$/u.test(posOf(ctx.seg, t))
  }
  for (const c of findAxisCharacterisations(s, isNounAt)) {
    const span = { start: sentence.start + c.start, end: sentence.start + c.end }
    // "allegations that the vote was rigged": the outlet reports a claim, it does not make it.
    if (c.alleged && voiceAt(ctx, sentence, span).voice === 'outlet') continue
    push(ctx, sentence, 'characterisation', c.value, c.label, span, { polarity: c.negated ? 'negative' : 'positive' })
  }
}

/** The cause a voice gives the event; a cause naming a person or a body ("blamed the mayor") accuses a party instead. */
function findCause(ctx: Context, sentence: Span, s: string): void {
  const isParty = (start: number, end: number): boolean => mentionsIn(ctx, sentence.start + start, sentence.start + end)
    .some((m) => ctx.actors.get(m.actor)?.kind !== 'place')
  for (const c of findCauses(s, ctx.causable, isParty)) {
    push(ctx, sentence, 'cause', c.value, s.slice(c.start, c.end), { start: sentence.start + c.start, end: sentence.start + c.end })
  }
}

function findArrest(ctx: Context, sentence: Span, s: string): void {
  for (const m of matchesOf(ARREST, s)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
    const before = s.slice(Math.max(0, m.index - 30), m.index)
    const after = s.slice(m.index + m[0].length)
    if (NOT_AN_ARREST.test(before) || WARRANT_AFTER.test(after) || ARMED_CAPTOR_AFTER.test(after)) continue
    if (/^captured$/iu.test(m[0]) && RECORDED_AFTER.test(after)) continue
    // A demanded arrest is no report that anyone was arrested.
    if (DEMANDED_BEFORE.test(s.slice(Math.max(0, m.index - 60), m.index))) {
      push(ctx, sentence, 'arrest', 'arrested', m[0], span, { modality: 'demanded' })
      continue
    }
    const negated = /\b(?:not|no)\s+(?:been\s+)?$/iu.test(before)
    if (negated && DELAY.test(s)) push(ctx, sentence, 'arrest', 'delayed', `${DELAY.exec(s)?.[0] ?? ''} without being ${m[0]}`.trim(), span, { polarity: 'negative' })
    else if (!negated && QUICK.test(s)) push(ctx, sentence, 'arrest', 'quick', `${QUICK.exec(s)?.[0] ?? ''} ${m[0]}`, span)
    else if (!negated) push(ctx, sentence, 'arrest', 'arrested', m[0], span)
    else push(ctx, sentence, 'arrest', 'none', `no ${m[0]}`.replace(/^no no /iu, 'no '), span, { polarity: 'negative' })
  }
}

/** An age written after a name, between commas: "Terrence Okafor, 24, was", "Okafor, aged 24,". */
const AGE_AFTER_NAME = /^,\s*(?:aged\s+)?(?<age>\d{1,3})\s*(?=[,;).])(?![,;).]\d)/u
/** An age written before a name or inside its mention: "24-year-old Terrence Okafor", "the 24-year-old victim". */
const YEAR_OLD = /\b(?<age>\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b(?![\s-]+(?:daughter|son|child|boy|girl|brother|sister|baby)\b)/iu
/** A person's age after a name in apposition: "Okafor, a 24-year-old warehouse worker". */
const AGE_APPOSITION = new RegExp(String.raw`^,\s*(?:an?|the)\s+${YEAR_OLD.source.slice(2)}`, 'iu')

/** A first name and a surname, at least. */
const FULL_NAME = /^\p{Lu}[\p{L}.'’-]*\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}'’-]+$/u
/** The same, right before a name: "24-year-old Terrence Okafor". */
const YEAR_OLD_BEFORE = new RegExp(String.raw`${YEAR_OLD.source}\s+$`, 'iu')

/** True when mention `m` names a person: a person's mention with a capital letter in it ("Okafor", not "the victim"). */
function isNamedPerson(ctx: Context, m: Mention): boolean {
  return ctx.actors.get(m.actor)?.kind === 'person' && /\p{Lu}/u.test(ctx.text.slice(m.span.start, m.span.end))
}

/**
 * A person's age, where the words tie it to a named person: "Terrence Okafor, 23,", "Okafor, a
 * 24-year-old father", "24-year-old Terrence Okafor". Compared across articles per person.
 */
function findAges(ctx: Context, sentence: Span, previous: Span | undefined): void {
  for (const m of mentionsIn(ctx, sentence.start, sentence.end)) {
    if (!isNamedPerson(ctx, m)) continue
    const found = ageNear(ctx.text, m.span, sentence)
    const age = found && parseCount(found.age)
    if (!found || !age || age.min !== age.max || age.min > 120) continue
    push(ctx, sentence, 'age', age.value, `${ctx.text.slice(m.span.start, m.span.end)}, ${age.value}`, found.span, { actor: m.actor })
  }
  if (previous) findAgeOfTopic(ctx, sentence, previous)
}

/** A sentence opening with a definite age and no name after it: "The 26-year-old, who won silver", "The 25-year-old Sheffield star was". */
const TOPIC_AGE = /^\s*["“]?The\s+(?<age>\d{1,3})-year-old\b(?!\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u
/** "Ellie Marsden has been banned … The 26-year-old, who …": the age of the person the sentence before is about, its first named. */
function findAgeOfTopic(ctx: Context, sentence: Span, previous: Span): void {
  const m = TOPIC_AGE.exec(ctx.text.slice(sentence.start, sentence.end))
  const age = m && parseCount(m.groups?.['age'] ?? '')
  if (!m || !age || age.min > 120) return
  const named = mentionsIn(ctx, previous.start, previous.end)
    .find((x) => isNamedPerson(ctx, x))
  if (!named) return
  const at = sentence.start + m[0].indexOf(m.groups?.['age'] ?? '')
  push(ctx, sentence, 'age', age.value, `${ctx.actors.get(named.actor)?.name ?? ''}, ${age.value}`, { start: at, end: sentence.start + m[0].length }, { actor: named.actor })
}

/** The age the words next to a person's mention give, and those words. Pure. */
function ageNear(text: string, mention: Span, sentence: Span): { age: string; span: Span } | undefined {
  const spanOf = (m: RegExpExecArray, from: number): { age: string; span: Span } =>
    ({ age: m.groups?.['age'] ?? '', span: { start: from + m.index, end: from + m.index + m[0].trimEnd().length } })
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 40))
  const following = AGE_AFTER_NAME.exec(after) ?? AGE_APPOSITION.exec(after)
  if (following) return spanOf(following, mention.end)
  const within = YEAR_OLD.exec(text.slice(mention.start, mention.end))
  if (within) return spanOf(within, mention.start)
  // Before a name, an age is its holder's only when the name is whole: "the 49-year-old Carrier plant" is no one's.
  if (!FULL_NAME.test(text.slice(mention.start, mention.end))) return undefined
  const from = Math.max(sentence.start, mention.start - 30)
  const before = YEAR_OLD_BEFORE.exec(text.slice(from, mention.start))
  return before ? spanOf(before, from) : undefined
}

function findPerpetratorCount(ctx: Context, sentence: Span, s: string): void {
  if (!EVENT_TRIGGER.test(s) && !/\b(?:disarm|arrest|stormed|broke\s+in)/iu.test(s)) return
  for (const m of matchesOf(ONE_PERPETRATOR, s)) push(ctx, sentence, 'perpetrator', 'one', m[0], { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length })
  for (const m of matchesOf(SEVERAL_PERPETRATORS, s)) push(ctx, sentence, 'perpetrator', 'several', m[0], { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length })
}

function findResponses(ctx: Context, sentence: Span, s: string): void {
  for (const response of RESPONSES) {
    for (const m of matchesOf(response.pattern, s)) {
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
      const before = s.slice(0, m.index)
      if (/^\p{Lu}/u.test(m[0]) && inOrganisationName(ctx, sentence.start, span)) continue
      if (response.action === 'demand' && (!isDemandByParty(m[0], before, s.slice(m.index + m[0].length)) || PLEA_FOR_AID.test(s.slice(m.index + m[0].length)))) continue
      // "appealed ... for a condemnation": the condemnation is what is sought, not a response made.
      const sought = response.action !== 'demand' && response.action !== 'appeal to international bodies' && SOUGHT.test(before)
      if (sought && response.action === 'condemn') continue
      // "will not speculate until the investigation is complete": a condition awaited, not an act of the speaker;
      // "co-operate with any investigation", "a source close to the investigation": none reported.
      if (AWAITED.test(before) || UNREPORTED_BEFORE.test(before)) continue
      // "An investigator familiar with the case said": one investigator as a source describes the speaker, as "an official" does.
      if (ONE_INVESTIGATOR.test(m[0]) && ctx.attributions.some((a) => a.source && a.source.start <= span.start && span.end <= a.source.end)) continue
      if (sought) {
        // "urged the Iranian government to conduct a transparent investigation": the addressee would act.
        const addressee = addresseeOf(ctx, sentence, before)
        push(ctx, sentence, 'response', response.action, m[0], span, { modality: 'demanded', ...(addressee ? { actor: addressee.id } : {}) })
        continue
      }
      const isNoun = isResponseNoun(m[0])
      // "AIU head of investigations Brett Sullivan": a title, no response.
      if (isNoun && OFFICE_OF_BEFORE.test(before)) continue
      const negated = /\b(?:not|never|refused\s+to|refrained\s+(?:from|to))\s+(?:\w+\s+){0,2}$/iu.test(before)
      // "demands from his family": a noun's "from" names who made it, as a passive's "by" does ("evacuated from the district" names a place).
      // An envoy is recalled from the capital it leaves: a recall's "from" is a place, never whose act it is.
      const noun = !/(?:ed|ing)$/iu.test(m[0]) && !SUBJECT_BEFORE.test(before) && response.action !== 'recall ambassador'
      const passive = passiveAgent(ctx, s, sentence, m.index + m[0].length) ?? (noun ? sourceAfter(ctx, s, sentence, m.index + m[0].length) : undefined)
      const quoted = ctx.attributions.find((a) => a.content.start <= span.start && span.end <= a.content.end)
      // Inside reported words, the subject is looked for in those words only, where they begin;
      // after a conjunction mid-sentence ("stays at home while the probe drags on"), in its clause only.
      const subordinate = matchesOf(MID_SENTENCE_SUBORDINATOR, before).at(-1)
      // "As the Senate prepares to debate, a task force called for …": an opening clause's subject is not the main clause's.
      const opening = OPENING_CLAUSE.exec(before)
      const from = Math.max(sentence.start, quoted?.content.start ?? 0, subordinate ? sentence.start + subordinate.index + subordinate[0].length : 0, opening ? sentence.start + opening[0].length : 0)
      // The actor right before the verb is its subject wherever the reported words begin ("that the ministry would investigate").
      // "a case his party has denounced": a possessed subject is the actor, never its possessor, nor the clause's first name.
      const possessed = isResponseNoun(m[0]) ? null : POSSESSED_SUBJECT.exec(before)
      const rightBefore = actorRightBefore(ctx, from, span.start, m[0]) ?? (possessed ? lastActorIn(ctx, sentence.start + possessed.index + possessed[1]!.length, span.start) : undefined)
      const found = rightBefore ?? (possessed ? undefined : firstActorBefore(ctx, from, span.start))
      const subject = rightBefore ?? (quoted && found && !leadsClause(ctx, from, found) ? undefined : found)
      // A negated response needs a named subject: "were not condemned" alone says nothing about who.
      if (negated && !subject && !passive?.actor) continue
      // In reported words with no named subject, the party acting is the speaker's side ("we demand").
      const speaker = quoted && quoted.speaker !== 'unknown' ? ctx.actors.get(quoted.speaker) : undefined
      // "resigned amid the investigation", "is under investigation": a noun that only sets the scene of its clause is not its subject's act;
      // a name before it ("amid an FBI investigation") or its "by" phrase right after it ("amid an investigation by the FBI", not
      // "amid an inquiry into a leak reported by …") may say whose it is.
      const circumstance = !/(?:ed|ing)$/iu.test(m[0]) && (CIRCUMSTANCE_BEFORE.test(before) || AFTER_IN_PASSIVE.test(before))
      const byRightAfter = /^\s+by\s+/u.test(s.slice(m.index + m[0].length))
      const named = isNoun ? bodyBefore(ctx, sentence.start, span.start) : undefined
      // A noun in reported words is the speaker's act only when the words say the speaker undertakes it ("we have opened an
      // investigation", "its inquiry"), or when the speaker is a body that investigates telling of one under way ("Police said
      // the investigation is ongoing"); "the investigation was a vendetta", "two years of investigation" name no investigator.
      const underWay = speaker && INVESTIGATING_BODY.test(speaker.name) && UNDER_WAY_AFTER.test(s.slice(m.index + m[0].length))
      const speakers = !isNoun || UNDERTAKEN_BEFORE.test(before) || underWay ? speaker : undefined
      // "the Russia investigation led by the FBI": an agent named right after the noun is whose it is, before a name before it
      // ("The FBI investigation was dismissed by Trump" is the predicate's agent, not the noun's).
      const agentAfterNoun = isNoun && NOUN_AGENT_AFTER.test(s.slice(m.index + m[0].length))
      // A name qualifying the noun that is no body's ("the Russia investigation") is no subject either.
      const modifier = isNoun && !named ? modifierActor(ctx, sentence.start, span.start) : undefined
      const subjectOfNoun = subject && subject === modifier ? undefined : subject
      // "15,000 residents have been evacuated": a passive's subject underwent the act; only its "by" names who did it.
      const undergone = /(?:ed|en)$/iu.test(m[0]) && PASSIVE_AUX_BEFORE.test(before)
      const actor = (circumstance ? modifierActor(ctx, sentence.start, span.start) ?? (byRightAfter ? passive?.actor : undefined)
        : INVESTIGATORS.test(m[0]) ? modifierActor(ctx, sentence.start, span.start) : (agentAfterNoun ? passive?.actor : undefined) ?? named ?? (passive || undergone ? passive?.actor : quoted ? subjectOfNoun ?? speakers : subjectOfNoun))
        ?? (isNoun ? undefined : cueSpeaker(ctx, span))
      push(ctx, sentence, 'response', response.action, passive?.agent ? `${m[0]} by ${passive.agent}` : m[0], span, {
        polarity: negated ? 'negative' : 'positive',
        ...(actor && actor.kind !== 'place' ? { actor: actor.id } : {}),
        ...(passive?.agent ? { agent: passive.agent } : !actor && isNoun ? unnamedBody(before) : {}),
      })
    }
  }
}

/** "The union is demanding a pay rise": a verb that is a report's cue is its speaker's act, when the source is its subject. */
function cueSpeaker(ctx: Context, span: Span): Actor | undefined {
  const a = ctx.attributions.find((x) => x.speaker !== 'unknown' && x.cue.start <= span.start && span.end <= x.cue.end)
  return a && cueSubjectSpeaker(ctx.text, ctx.seg, a, ctx.speakers.get(a.speaker))
}

/**
 * A body named by a common noun as the subject that opens or orders the response ("The state safety regulator launched an
 * inquiry"): its head noun is the agent, so that another body's investigation in another article is not taken for it.
 */
const UNNAMED_BODY_SUBJECT = /(?:^|[,;:]\s+)(?:the\s+|an?\s+)?(?:[\p{Ll}][\p{L}-]*\s+){0,3}?(regulator|watchdog|inspectorate|ministry|department|agency|commission|coroner|prosecutor|ombudsman)s?\s+(?:(?:has|have|had|also|then)\s+)*(?:launched|opened|began|begun|started|ordered|announced|set\s+up)\s+(?:an?|its|their|a\s+formal)\s+(?:[\p{L}-]+\s+){0,2}$/u
const unnamedBody = (before: string): { agent: string } | Record<string, never> => {
  const m = UNNAMED_BODY_SUBJECT.exec(before.charAt(0).toLowerCase() + before.slice(1))
  return m ? { agent: m[1]! } : {}
}

/** "called for help", "screamed for an ambulance": a plea for aid in the event, no party's demand in response to it. */
const PLEA_FOR_AID = /^\s+(?:(?:more|urgent|immediate|medical|emergency)\s+)?(?:help|assistance|back-?up|an?\s+ambulance|ambulances|reinforcements|rescuers?|an?\s+(?:doctor|medic)|doctors|medics)\b/iu

/** Words before "demand(s)" that make it a party's verb: "we demand", "Iran demands", "to demand". */
const DEMAND_SUBJECT = /(?:\b(?:I|we|you|they|he|she|it|who|which|that|will|would|must|to|also|now|still|and|repeatedly|publicly)|[\p{Lu}][\p{L}.-]*)\s+$/u
/**
 * Words before "demanded"/"demanding"/"call for" that make it an adjective or a noun: "a demanding job",
 * "in demand", "a wake-up call for": a compound before "call" names a kind of call, not a party calling.
 */
const NOT_A_DEMAND_VERB = /(?:\b(?:a|an|the|most|more|very|less|too|so|in)|\p{L}+-\p{L}+)\s+$/iu

/**
 * True when the "demand" word at hand is a party demanding ("they demanded", "Iran demands that",
 * "called for"), not the economists' noun ("weaker demand", "European demand collapsing", "its demand for"). Pure.
 */
function isDemandByParty(word: string, before: string, after: string): boolean {
  const w = word.toLowerCase()
  if (/^calls\s/u.test(w) && CALLS_AS_NOUN.test(before)) return false
  // "The job is demanding.": an -ing form with nothing demanded after it is the adjective.
  if (!/^demands?$/u.test(w)) return !NOT_A_DEMAND_VERB.test(before) && !(w === 'demanding' && /^\s*(?:[.,;:!?]|$)/u.test(after))
  if (/^\s+that\b/u.test(after)) return true
  const subject = DEMAND_SUBJECT.exec(before)
  // "European demand": a demonym or a name made adjective is the market, not a party.
  const previous = /([\p{L}.-]+)\s+$/u.exec(before)?.[1] ?? ''
  const adjective = gazetteer().byName.get(previous)?.kind === 'demonym' || /^\p{Lu}\p{L}+(?:ean|ian|ese|ish)$/u.test(previous)
  return !!subject && !adjective && !/^(?:the|a|an|its|their|his|her|our|this|that)$/iu.test(previous)
}

/** What comes before a response that is only waited for: "until the investigation is complete", "pending the outcome of an inquiry". */
const AWAITED = /\b(?:until|till|pending|awaiting|await(?:s|ed)?)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:(?:outcome|results?|conclusions?|findings)\s+of\s+(?:the\s+|an?\s+|any\s+)?)?(?:[\w-]+\s+){0,2}$/iu

/** What comes before a response that is asked for, not made: "demand an immediate and transparent", "urged X to conduct a". */
const SOUGHT = /\b(?:(?:for|calls?\s+for|seeking|sought|deserves?|deserved|needs?|needed|demand(?:s|ed|ing)?|urg(?:es|ed|ing)|asked\s+for|wants?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}|(?:urg|ask|press|call(?:s|ed|ing)?\s+on|demand)\w*\s+[^,.;]{1,60}?\s+to\s+(?:[\w"“'‘-]+\s+){0,4}[“"]?)$/iu
const ADDRESSEE = /\b(?:urg|ask|press|call(?:s|ed|ing)?\s+on|demand)\w*\s+([^,.;]{1,60}?)\s+to\s+(?:[\w"“'‘-]+\s+){0,4}[“"]?$/iu

/** Who is asked to act: the first actor between the demand and its "to". */
function addresseeOf(ctx: Context, sentence: Span, before: string): Actor | undefined {
  const m = ADDRESSEE.exec(before)
  if (!m) return undefined
  const from = sentence.start + m.index + m[0].indexOf(m[1]!)
  const mention = mentionsIn(ctx, from, from + m[1]!.length).find((x) => ctx.actors.get(x.actor)?.kind !== 'place')
  return mention ? ctx.actors.get(mention.actor) : undefined
}
const UNNAMED_AGENT = /^(?:(?:about|around|nearly|more\s+than|over|some|at\s+least)\s+)?(?:\d+|dozens\s+of|several|many|a\s+number\s+of)\s+(?:countries|states|nations|governments|organi[sz]ations)/iu

/** "was condemned in the strongest terms by Iran": the actor after "by", or an unnamed agent ("about 100 countries"). */
function passiveAgent(ctx: Context, s: string, sentence: Span, after: number): { actor?: Actor; agent?: string } | undefined {
  const by = /^[^,.;]{0,40}?\bby\s+/u.exec(s.slice(after))
  if (!by) return undefined
  const rest = s.slice(after + by[0].length)
  const unnamed = UNNAMED_AGENT.exec(rest)
  if (unnamed) return { agent: unnamed[0] }
  const at = sentence.start + after + by[0].length
  const mention = mentionsIn(ctx, at, at + 13)[0]
  const actor = mention ? ctx.actors.get(mention.actor) : undefined
  if (actor) return { actor }
  // "has been denounced by the victims' family": a passive whose agent no actor names; the subject is its target, not its agent.
  const agent = AGENT_PHRASE.exec(rest)?.[0]
  return agent && PASSIVE_BEFORE.test(s.slice(Math.max(0, after - 40), after)) ? { agent } : undefined
}

/** A subordinate clause opening a sentence, after any white space and dateline, up to its comma: "WASHINGTON — With the Senate set to debate gun control, ". */
const OPENING_CLAUSE = /^\s*(?:\p{Lu}[\p{Lu}\s.,]*\s[—–-]\s+)?(?:As|With|While|Whilst|When|After|Before|Since|Although|Though|If|Once|Until|Because|Amid)\b[^,;:]{1,160},\s*/u
/** The last conjunction before a response that opens a clause of its own mid-sentence: "…, while the probe drags on". */
const MID_SENTENCE_SUBORDINATOR = /(?<=\S\s*)\b(?:while|whilst|until|because|although|whereas|unless)\b/giu
/** A preposition of circumstance, with the determiner and up to two modifiers of its noun: "amid the federal", "under", "during an". */
const CIRCUMSTANCE_BEFORE = /\b(?:amid|amidst|during|under|despite|pending|throughout)\s+(?:(?:the|a|an|this|that|its|his|her|their|any)\s+)?(?:[\p{L}.'’-]+\s+){0,2}$/iu
/** "had been arrested in September after a months-long": a noun after "after" in a passive clause, whose subject was acted on, not the noun's doer. */
const AFTER_IN_PASSIVE = /\b(?:was|were|been|being|is|are)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en)\b[^,;]*\b(?:after|following)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu
/** Verbs of undertaking right before a response noun ("opened an investigation", "will carry out a full inquiry"), or the speaker's own ("our investigation"). */
const UNDERTAKEN_BEFORE = /\b(?:open(?:s|ed|ing)?|launch(?:es|ed|ing)?|beg[iau]n(?:s|ning)?|start(?:s|ed|ing)?|conduct(?:s|ed|ing)?|order(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|set(?:s|ting)?\s+up|initiat(?:e|es|ed|ing)|undert(?:ake|akes|ook|aken|aking)|pursu(?:e|es|ed|ing)|hold(?:s|ing)?|held)\s+(?:(?:an?|the|its|our|their|his|her|this|that)\s+)?(?:[\p{L}-]+\s+){0,3}$|\b(?:our|my)\s+(?:[\p{L}-]+\s+){0,2}$/iu
/** An agent right after a response noun: "an investigation by the FBI", "the inquiry led by a judge". */
const NOUN_AGENT_AFTER = /^\s+(?:(?:led|conducted|run|carried\s+out|headed|launched|opened|ordered)\s+)?by\s/iu
/** Speakers whose work is to investigate: what they say of an investigation under way is of their own. */
const INVESTIGATING_BODY = /\b(?:police|prosecutors?|investigators?|detectives?|sheriff|FBI|authorities|inspectors?|coroner|regulators?|watchdog|attorney|ministry|department|bureau|agency|commission|inquiry|NTSB)\b/iu
/** An investigation told as under way, right after its noun: "is ongoing", "had been launched", "was continuing". */
const UNDER_WAY_AFTER = /^\s+(?:(?:into|of)\s+[^,.;]{1,60}?\s+)?(?:(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:ongoing|continuing|under\s*way|open|active|in\s+progress)|(?:has|have|had)\s+been\s+(?:launched|opened|started|begun|ordered)|(?:was|were|is|are)\s+(?:being\s+)?(?:launched|opened|started|conducted)|(?:continues|continued|would\s+take|will\s+take))\b/iu
/** A subject right before a word, which makes it a verb: "Iran demands from", "they demand". */
const SUBJECT_BEFORE = /(?:\b(?:I|we|you|they|he|she|it)|\p{Lu}[\p{L}.-]*)\s+$/u
/** Who a response noun is from, named as a determined phrase: "the victims' family", "his family". */
const AGENT_PHRASE = /^(?:the|a|an|his|her|their|its)\s+[^,.;]{2,40}?(?=\s+(?:as|for|and|after|over|on|in|who|which)\b|[,.;]|$)/iu

/** The party a response noun comes from: "demands from his family", "condemnation from Iran". */
function sourceAfter(ctx: Context, s: string, sentence: Span, after: number): { actor?: Actor; agent?: string } | undefined {
  const from = /^\s+from\s+/u.exec(s.slice(after))
  if (!from) return undefined
  const at = sentence.start + after + from[0].length
  const mention = mentionsIn(ctx, at, at + 13)[0]
  const actor = mention ? ctx.actors.get(mention.actor) : undefined
  if (actor) return { actor }
  const agent = AGENT_PHRASE.exec(s.slice(after + from[0].length))?.[0]
  return agent ? { agent } : undefined
}

/** An auxiliary of the passive right before a response: "has been denounced", "was condemned". */
/** A form of "be" right before a participle: "have been | evacuated". */
const PASSIVE_AUX_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/iu
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+$/iu

export const facetsStage: Stage<'facets'> = {
  name: 'facets',
  requires: ['segments', 'mentions', 'attributions'],
  assigns: 'facets',
  rules: [],
  run: (article, layers) => findFacets(article, need(layers, 'segments'), need(layers, 'mentions'), need(layers, 'attributions')),
}
