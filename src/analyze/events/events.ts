/**
 * @module analyze/events — who did what to whom, in PLOVER categories, with dates.
 *
 * A trigger (a verb, a noun or a phrase of `lexicon.ts`) names the act. Its actor is the
 * subject of its clause (the speaker, when the trigger is an attribution's cue; the "by"
 * phrase of a passive; the possessor of a noun: "Iran's condemnation"); its recipient is the
 * direct object, or the object of "on", "against", "of" after a noun ("the attack on the
 * embassy"). The date is the sentence's date nearest the trigger, or one carried from the
 * previous dated event ("the next day"). Events inside reported words keep the speaker's voice.
 *
 * All of it is read off one sentence at a time: linear in the text.
 */
import type { Actor, Article, Attribution, Event, EventDate, Mention, Modality, PloverType } from '../../model/schema.js'
import { contains, overlaps, type Span } from '../../model/span.js'
import { firstTokenAtOrAfter, mentionsStartingIn, need, outsideDatelines, POS_TAGS, type AttributionLayer, type MentionLayer, type Segmentation, type Stage } from '../layers.js'
import { modalityOfAttribution } from '../facets/facets.js'
import { PLEA_VERB } from '../attribution/cues.js'
import { actsAsBody, cueSubjectSpeaker } from '../attribution/cue-subject.js'
import { refutedContent } from '../claims/refuted.js'
import { nounPhraseStart } from '../segment/segment.js'
import { afterDateline, findDatelines } from '../../ingest/text-signals.js'
import { matchesOf } from '../facets/matches.js'
import { datelineDay, daysAfterPrevious, eventDateOf, intervalBefore, isPastToll, overnightDates, participleBefore, readDates, readsAhead, shiftDate } from './dates.js'
import { ABSTRACT_OBJECT, ABSTRACT_PATIENT, NOTHING_GIVEN_AFTER, NO_OBJECT_AFTER, ACCIDENT_AFTER, ACCIDENT_VERB_BEFORE, MACHINE_SUBJECT, ACCIDENTAL_DEATHS, ATTACKED_AS, ACCIDENT_SUBJECT, actKind, COME_UNDER_BEFORE, CYBER_ATTACK, DRAWN_REACTION_BEFORE, CYBER_BEFORE, CYBER_TARGET, AWAITED_BEFORE, GENERIC_BEFORE, HARM_VERBS, OFFICE_OF_BEFORE, LIGHT_VERBS, NOUNS, PHRASES, PLANNED_AS, REVERSED, REVERSING_VERBS, UNREPORTED_BEFORE, VERBAL_ATTACK, VERBS, VIOLENT_BEFORE, WORDED_BEFORE, FIGURATIVE_BEFORE, type Trigger } from './lexicon.js'

const VERB = POS_TAGS.indexOf('VERB')
const NOUN = POS_TAGS.indexOf('NOUN')
const PROPN = POS_TAGS.indexOf('PROPN')
const ADP = POS_TAGS.indexOf('ADP')
const NUM = POS_TAGS.indexOf('NUM')

interface Context {
  readonly text: string
  readonly seg: Segmentation
  readonly mentions: readonly Mention[]
  readonly actors: ReadonlyMap<string, Actor>
  /** Speakers no mention named ("the bank said"): "it" in their words is them. */
  readonly speakers: ReadonlyMap<string, Actor>
  readonly attributions: readonly Attribution[]
  /** The same, with the speakers' mentions no mention covers: where a clause's subject is sought last. */
  withSpeakers?: Context
}

/** A trigger found in a sentence: its words, entry, and whether it is a noun. */
interface Found {
  readonly span: Span
  readonly trigger: Trigger
  readonly noun: boolean
  /** Token index of the trigger's first word. */
  readonly token: number
  /** A figure of speech ("its values are attacked") or a passive promise: an act only when someone is named doing it. */
  readonly needsActor?: true
}

/** A participle phrase with its agent set off after a subject: ", led by", ", backed by". */
const PARTICIPLE_BY_AFTER = /^,\s+(?:\p{L}+ly\s+)?\p{L}+\s+by\s/u

/** The mentions of the mentions stage, with the speakers' mentions no mention covers, in text order. Pure. */
function withSpeakers(mentions: readonly Mention[], speakers: readonly Mention[]): Mention[] {
  const extra = speakers.filter((s) => !mentions.some((m) => m.span.start < s.span.end && s.span.start < m.span.end))
  return extra.length === 0 ? [...mentions] : [...mentions, ...extra].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
}

/** Finds the events of one article. Pure. */
export function findEvents(article: Article, seg: Segmentation, layer: MentionLayer, attributions: AttributionLayer): Event[] {
  // A dateline ("BRAȘOV, Romania, April 8 (Reuters) -") says where and when the story was filed:
  // its names take no part in the acts, its date dates none of them.
  const datelines = findDatelines(article.text)
  const ctx: Context = {
    text: article.text, seg, mentions: outsideDatelines(layer.mentions, datelines),
    actors: new Map(layer.actors.map((a) => [a.id, a])),
    speakers: new Map(attributions.speakers?.actors.map((a) => [a.id, a])),
    attributions: attributions.attributions,
  }
  // "The union, led by its leader, has threatened": a subject the mentions miss, set off by a participle phrase, may be among the speakers' mentions.
  const speakerMentions = (attributions.speakers?.mentions ?? []).filter((m) => PARTICIPLE_BY_AFTER.test(article.text.slice(m.span.end, m.span.end + 40)))
  if (speakerMentions.length > 0) {
    ctx.withSpeakers = { ...ctx, mentions: outsideDatelines(withSpeakers(layer.mentions, speakerMentions), datelines), actors: new Map([...ctx.speakers, ...ctx.actors]) }
  }
  const published = article.published?.date
  // "overnight" is the night before the story was filed: the dateline's day where it has one, else the publication day.
  const filed = (datelines[0] && datelineDay(article.text.slice(datelines[0].start, datelines[0].end), published)) ?? published
  const events: Event[] = []
  let previous: EventDate | undefined
  for (let s = 0; s < seg.sentences.length; s++) {
    const sentence = seg.sentences[s]!
    const found = triggersIn(ctx, s)
    if (found.length === 0) continue
    const body = afterDateline(datelines, sentence)
    const words = ctx.text.slice(body, sentence.end)
    const readings = readDates(words, published, true)
    const dates = [...readings.flatMap((r) => eventDateOf(r, body) ?? []), ...overnightDates(words, filed, readings, body)]
    const shift = daysAfterPrevious(words)
    const carried: EventDate | undefined = shift !== undefined && previous?.precision === 'day'
      ? { value: shiftDate(previous.value, shift), precision: 'day', how: 'carried' } : undefined
    const asides = dates.length > 0 ? relativeAsides(words, body) : []
    // "Claims that our pilots attacked a market are a provocation": the act is told only to be denied.
    const refuted = refutedContent(words)
    const lead = dates.length > 0 ? leadClauseWithAct(ctx.text, sentence, found) : undefined
    const inSentence: Event[] = []
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!
      const reports = ctx.attributions.filter((a) => contains(a.content, f.span))
      const quoted = innermost(reports)
      // "A poll found that 61% thought she should resign": a share of people's view is no one's act.
      if (quoted && isPollFinding(ctx.text, quoted, f.span)) continue
      // The trigger may be an attribution's cue ("Iran condemned the attack"): the report it makes.
      const reporting = ctx.attributions.filter((a) => contains(a.cue, f.span))
      // What a promise or a demand is about is no act of its own, unless it is due by a date: "agreed to withdraw by Tuesday".
      const dueTo = contentOf(ctx, found, i)
      const clauseDates = datesOfClause(ctx, lead, found, i, quoted, reporting, dates, asides)
      if (dueTo && dueDates(clauseDates, f).length === 0) continue
      // "the 2009 blazes, which killed 173": a past disaster's toll or outbreak is background, not this story's.
      if (f.trigger.type === 'DISASTER' && isPastToll(words, f.span.start - body, f.span.end - body, published)) continue
      const told = eventAt(ctx, f, quoted, reporting, sentence, clauseDates, carried, published, dueTo, found)
      const event: Event = refuted && contains({ start: body + refuted.start, end: body + refuted.end }, f.span) ? { ...told, modality: 'denied' } : withReportDay(ctx, told, reports, dates, published)
      if (f.needsActor && !event.actor) continue
      // "Hackers attacked the grid. The attack bears the hallmarks of": a definite noun opening the sentence, with no doer nor
      // target of its own, names the act told before with its word, though the noun alone reads as another kind: no new act.
      // (One of the same kind stays, as the timeline's evidence of that act.)
      if (f.noun && !event.actor && !event.recipient && DEFINITE_OPENING.test(ctx.text.slice(body, f.span.start)) && events.some((e) => actKind(e) !== actKind(event) && sameWord(seg, e.trigger, f.span))) continue
      // One act is one event: a noun or a second verb restating it in the same clause adds nothing.
      if (inSentence.some((e) => actKind(e) === actKind(event) && e.actor === event.actor && e.polarity === event.polarity && e.recipient === event.recipient && sameClause(ctx, e.trigger, event.trigger))) continue
      inSentence.push(event)
    }
    // A report's day bounds its act; "the next day" counts from no bound.
    for (const e of inSentence) if (e.date && e.date.precision === 'day' && !e.planned && !e.date.notAfter) previous = e.date
    events.push(...inSentence)
  }
  return events
}

/** A sentence opening with a definite determiner and at most two lower-case words before a noun: "The attack", "This latest assault". */
const DEFINITE_OPENING = /^\s*["“]?(?:The|This|That)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u

/** True when two triggers share their first word's lemma: "attacked" and "the attack". */
function sameWord(seg: Segmentation, a: Span, b: Span): boolean {
  const lemma = (span: Span): string => (seg.lemmas[firstTokenAtOrAfter(seg, span.start)] ?? '').toLowerCase()
  return lemma(a) !== '' && lemma(a) === lemma(b)
}

/** The triggers of sentence `s`, in text order: phrases first claim their words, then single words. */
function triggersIn(ctx: Context, s: number): Found[] {
  const { text, seg } = ctx
  const sentence = seg.sentences[s]!
  const words = text.slice(sentence.start, sentence.end)
  const out: Found[] = []
  for (const { pattern, trigger, noun } of PHRASES) {
    for (const m of words.matchAll(pattern)) {
      if (trigger.notBefore?.test(words.slice(Math.max(0, m.index - 60), m.index))) continue
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
      out.push({ span, trigger, noun: noun ?? false, token: firstTokenAtOrAfter(seg, span.start) })
    }
  }
  for (let t = seg.sentenceTokenStart[s]!; t < seg.sentenceTokenEnd[s]!; t++) {
    const pos = seg.pos[t]!
    if (pos !== VERB && pos !== NOUN) continue
    const surface = text.slice(seg.starts[t]!, seg.ends[t]!)
    const misread = pos === NOUN ? pastVerbMisread(seg, t, surface) : undefined
    const lemma = misread ?? lexiconLemma(seg.lemmas[t] ?? '', surface)
    // Most words are no trigger in any reading: nothing below can make them one.
    if (!VERBS.has(lemma) && !NOUNS.has(lemma) && !NOUNS.has(surface.toLowerCase())) continue
    // "Saturday's shelling", "the killing": a gerund after a determiner or possessive is a noun.
    const gerund = pos === VERB && /ing$/iu.test(surface) && /(?:\b(?:the|a|an|this|that|its|their|his|her)|['’]s)\s+$/iu.test(text.slice(Math.max(sentence.start, seg.starts[t]! - 12), seg.starts[t]!))
    // "the finger of blame", "the threat of attack": a verb's bare form after a preposition (not "to") is a noun the tagger
    // misread, when the lexicon knows the noun ("a result of torture" keeps the verb's entry).
    const bare = pos === VERB && surface.toLowerCase() === lemma && NOUNS.has(lemma) && t > seg.sentenceTokenStart[s]! && seg.pos[t - 1] === ADP && !/^to$/iu.test(text.slice(seg.starts[t - 1]!, seg.ends[t - 1]!))
    const asNoun = (pos === NOUN && misread === undefined) || gerund || bare
    if ((pos === VERB || misread !== undefined) && !gerund && (isParticipleAsAdjective(ctx, s, t) || isCompoundAdjective(text, seg.starts[t]!, surface))) continue
    const span = { start: seg.starts[t]!, end: seg.ends[t]! }
    if (out.some((f) => overlaps(f.span, span))) continue
    const preceding = text.slice(sentence.start, span.start)
    const following = text.slice(span.end, sentence.end)
    const trigger = senseIn(asNoun ? NOUNS.get(surface.toLowerCase()) ?? NOUNS.get(lemma) : VERBS.get(lemma), following, preceding)
    if (!trigger) continue
    if (!asNoun && NOTHING_GIVEN_AFTER.test(following)) continue
    if (asNoun && (AWAITED_BEFORE.test(preceding) || UNREPORTED_BEFORE.test(preceding))) continue
    if (GENERIC_BEFORE.test(text.slice(Math.max(sentence.start, span.start - 40), span.start)) || (asNoun && OFFICE_OF_BEFORE.test(preceding))) continue
    if (asNoun && trigger.carried && lightVerbBefore(ctx, t, sentence.start) === undefined && !trigger.carried.test(following)) continue
    // "attack helicopters", "the shooting range": a noun modifying another noun names a thing, not an act.
    if (pos === NOUN && seg.pos[t + 1] === NOUN && !/^['’]/u.test(text.slice(span.end, span.end + 1)) && text.slice(span.end, seg.starts[t + 1]!).trim() === '') continue
    // "17 were killed in the blaze": deaths an accident caused, no one's assault; its injuries are no act of their own.
    if (!asNoun && HARM_VERBS.has(lemma) && harmedByAccident(ctx, s, t)) {
      if (lemma === 'kill') out.push({ span, trigger: ACCIDENTAL_DEATHS, noun: false, token: t })
      continue
    }
    if (ATTACK_WORDS.has(lemma) && trigger.type === 'ASSAULT' && !VIOLENT_BEFORE.test(preceding)) {
      // "a verbal attack on the judge" disapproves; "launched a trade assault on European steel" is a policy, no act of force.
      if (asNoun && WORDED_BEFORE.test(preceding)) { out.push({ span, trigger: VERBAL_ATTACK, noun: asNoun, token: t }); continue }
      if (asNoun && FIGURATIVE_BEFORE.test(preceding)) continue
      // "hackers attacked the bank's servers", "a ransomware attack on the hospital": a cyber operation, not violence.
      if (CYBER_BEFORE.test(preceding) || CYBER_TARGET.test(following)) { out.push({ span, trigger: CYBER_ATTACK, noun: asNoun, token: t }); continue }
      // "attacked the plan", "attacks on democracy", "attacked as biased" disapprove; "its industrial base is attacked" is a figure of speech.
      if (ABSTRACT_OBJECT.test(following) || (!asNoun && ATTACKED_AS.test(following))) { out.push({ span, trigger: VERBAL_ATTACK, noun: asNoun, token: t }); continue }
      if (!asNoun && ABSTRACT_PATIENT.test(preceding)) { out.push({ span, trigger: VERBAL_ATTACK, noun: false, token: t, needsActor: true }); continue }
    }
    // "rising costs threaten jobs": a thing threatening is no one's threat (PLOVER's THREATEN is a party's).
    if (!asNoun && lemma === 'threaten' && thingBefore(ctx, s, t)) continue
    // "We were promised a new era": a promise whose maker goes unnamed tells of no one's act.
    const unnamedPromiser = !asNoun && trigger.type === 'AGREE' && isPassive(ctx, span, preceding)
    const undergone = (trigger.type === 'ASSAULT' && COME_UNDER_BEFORE.test(preceding)) || (asNoun && trigger.mode === 'disapprove' && DRAWN_REACTION_BEFORE.test(preceding))
    out.push({ span, trigger: undergone ? { ...trigger, undergone: true } : asNoun ? reversedBy(ctx, t, trigger) : trigger, noun: asNoun, token: t, ...(unnamedPromiser ? { needsActor: true as const } : {}) })
  }
  return out.sort((a, b) => a.span.start - b.span.start)
}

/** Parts of speech between a subject and its verb: "costs (would) (also) threaten". */
const BEFORE_VERB = new Set([POS_TAGS.indexOf('AUX'), POS_TAGS.indexOf('ADV'), POS_TAGS.indexOf('PART')])
/** A time word between a subject and its verb: "Iran today threatened". */
const TIME_WORD = /^(?:today|yesterday|tonight|now|again|\p{L}+day)$/iu

/**
 * True when verb `t`'s subject is a thing: a lower-case noun right before it (past auxiliaries, adverbs and time words) that no mention
 * covers and that names no people nor a body ("militant tactics threaten", "the plan threatens"; not "the strikers threatened").
 */
function thingBefore(ctx: Context, s: number, t: number): boolean {
  const { seg, text } = ctx
  let k = t - 1
  while (k >= seg.sentenceTokenStart[s]! && (BEFORE_VERB.has(seg.pos[k]!) || TIME_WORD.test(text.slice(seg.starts[k]!, seg.ends[k]!)))) k--
  if (k < seg.sentenceTokenStart[s]! || seg.pos[k] !== NOUN) return false
  const word = text.slice(seg.starts[k]!, seg.ends[k]!)
  if (!/^\p{Ll}/u.test(word) || ctx.mentions.some((m) => m.span.start <= seg.starts[k]! && seg.ends[k]! <= m.span.end)) return false
  return !actsAsBody(word)
}

/** Parts of speech that open an object noun phrase right after a verb: "rescued the", "rescued 31". */
const OBJECT_OPENING = new Set([POS_TAGS.indexOf('DET'), NUM, POS_TAGS.indexOf('PRON')])

/**
 * "Police rescued the hostages": a past tense the tagger read as a noun (lemma "rescued"), right before an object, is
 * the lexicon's verb; its lemma, or undefined.
 */
function pastVerbMisread(seg: Segmentation, t: number, surface: string): string | undefined {
  if (!/\p{Ll}ed$/u.test(surface) || !OBJECT_OPENING.has(seg.pos[t + 1] ?? -1) || (seg.lemmas[t] ?? '').toLowerCase() !== surface.toLowerCase()) return undefined
  const word = surface.toLowerCase()
  return [word.slice(0, -1), word.slice(0, -2)].find((stem) => VERBS.has(stem))
}

/**
 * The lemma as the lexicon spells it: the tagger cuts a final "e" when the stem is another word ("fined" → "fin").
 * Only when the ending follows the stem straight: a doubled consonant marks a stem without "e" ("rapping" is "rap", not "rape").
 */
function lexiconLemma(tagged: string, surface: string): string {
  const lemma = tagged.toLowerCase()
  const word = surface.toLowerCase()
  return !VERBS.has(lemma) && (word === `${lemma}ed` || word === `${lemma}ing`) && VERBS.has(`${lemma}e`) ? `${lemma}e` : lemma
}

/** The first sense of a lexicon entry that its context fits ("appeal the ruling" is a legal act, "appeal to voters" a request). */
function senseIn(entry: Trigger | undefined, following: string, preceding: string): Trigger | undefined {
  for (let sense = entry; sense; sense = sense.otherwise) {
    if (sense.after && !sense.after.test(following)) continue
    if (sense.before && !sense.before.test(preceding)) continue
    if (sense.notBefore?.test(preceding)) continue
    return sense
  }
  return undefined
}

/** Lemmas of an attack, physical or verbal. */
const ATTACK_WORDS = new Set(['attack', 'assault'])

/** Determiners that open a noun phrase; not "all", "both", "many", which also float after a subject ("have all attacked"). */
const DETERMINER = /^(?:the|a|an|these|those|its|their|his|her|our|my|your)$/iu

/**
 * "visited the injured", "four of the wounded", "treated injured workers", "271 pledged delegates":
 * a past participle after a determiner or a preposition, or before a noun after a number or a
 * verb, names people or qualifies a noun; it tells of no act ("had injured workers" keeps its
 * auxiliary and is one, and so is a headline's "10 killed in blast").
 */
function isParticipleAsAdjective(ctx: Context, s: number, t: number): boolean {
  const { text, seg } = ctx
  const word = text.slice(seg.starts[t]!, seg.ends[t]!).toLowerCase()
  if (/(?:ing|s)$/u.test(word) || word === (seg.lemmas[t] ?? '').toLowerCase()) return false
  const first = t === seg.sentenceTokenStart[s]
  const previous = first ? '' : text.slice(seg.starts[t - 1]!, seg.ends[t - 1]!)
  if (!first && (DETERMINER.test(previous) || seg.pos[t - 1] === ADP)) return true
  const beforeNoun = seg.pos[t + 1] === NOUN && t + 1 < seg.sentenceTokenEnd[s]!
  return beforeNoun && (first || seg.pos[t - 1] === NUM || (seg.pos[t - 1] === VERB && !/^(?:have|be|get)$/iu.test(seg.lemmas[t - 1] ?? '')))
}

/** Prefixes that make a new verb of a verb ("re-arrested", "counter-attacked"), not an adjective. */
const VERB_PREFIX = /^(?:re|pre|co|counter|cross|out|over|under|mis|double|de|un)$/iu

/** "long-threatened", "much-delayed": a participle glued by a hyphen to the word before it is an adjective, no act. Pure. */
function isCompoundAdjective(text: string, start: number, surface: string): boolean {
  const prefix = /(\p{L}+)-$/u.exec(text.slice(Math.max(0, start - 20), start))
  return !!prefix && /(?:ed|en)$/iu.test(surface) && !VERB_PREFIX.test(prefix[1]!)
}

/**
 * "A fire tore through the factory, killing 17", "the collapse of the canopy killed 16", "were
 * killed in the blaze": harm done by an accident or by nature is no one's assault. A subject
 * right before a finite verb is who did it ("as the fire spread, soldiers shot two looters").
 */
function harmedByAccident(ctx: Context, s: number, t: number): boolean {
  const { text, seg } = ctx
  const sentence = seg.sentences[s]!
  const at = seg.starts[t]!
  if (ACCIDENT_AFTER.test(text.slice(seg.ends[t]!, Math.min(sentence.end, seg.ends[t]! + 80)))) return true
  const clause = text.slice(sentence.start, at)
  const clauseStart = sentence.start + Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(':'), -1) + 1
  const participle = /ing$/iu.test(text.slice(at, seg.ends[t]!))
  if (participle && (ACCIDENT_VERB_BEFORE.test(text.slice(clauseStart, at)) || MACHINE_SUBJECT.test(text.slice(clauseStart, at)))) return true
  let causeEnd = -1
  for (const m of text.slice(clauseStart, at).matchAll(ACCIDENT_SUBJECT)) causeEnd = clauseStart + m.index + m[0].length
  if (causeEnd < 0) return false
  if (participle) return true
  return !mentionsIn(ctx, causeEnd, at).some((m) => m.span.end <= at && agentOf(ctx, m) && /^\s+(?:(?:has|have|had|was|were|is|are|also|then|later|reportedly)\s+)*$/iu.test(text.slice(m.span.end, at)))
}

/** A noun's act undone by the verb before it ("lifted the curfew" is a concession, "halted aid" a sanction). */
function reversedBy(ctx: Context, t: number, trigger: Trigger): Trigger {
  const { seg } = ctx
  for (let v = t - 1; v >= 0 && v >= t - 4; v--) {
    if (seg.pos[v] !== VERB) continue
    const lemma = (seg.lemmas[v] ?? '').toLowerCase()
    if (lemma === 'call' && !/^\s*off\b/iu.test(ctx.text.slice(seg.ends[v]!, seg.ends[v]! + 5))) return trigger
    return REVERSING_VERBS.has(lemma) ? REVERSED[trigger.type] ?? trigger : trigger
  }
  return trigger
}

/** Acts that look ahead: what they ask, threaten, promise or refuse is their content, not another event. */
const LOOKS_AHEAD = new Set(['REQUEST', 'THREATEN', 'AGREE', 'REJECT'])

/** A reprisal and what it is for: "revenge for", "retaliation over". */
const REPRISAL_FOR = /\b(?:revenge|retaliation|reprisals?|retribution|vengeance|punishment)\s+(?:for|over)\b/iu

/**
 * A noun of asking, then who asks and for whom, right before an infinitive: "calls from the
 * opposition to", "a plea by the unions for him to", "under pressure to". Group 1 is the noun.
 */
const ASKED_BEFORE = /\b(calls?|demands?|appeals?|requests?|pleas?|pressure|ultimatums?|petitions?|invitations?|proposals?)\s+(?:(?:from|by)\s+(?:[^,;:.]|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|\p{Lu}))\.){1,60}?\s+)?(?:for\s+[^,;:.]{1,30}?\s+)?to\s+(?:\p{Ll}+ly\s+)?$/diu
/** How far back from a trigger a noun of asking is looked for. */
const ASKED_REACH = 100

/**
 * The earlier request, threat, promise or refusal in its clause whose content trigger `i` is ("urged
 * Iran to investigate"), if any; else a noun of asking whose infinitive it is ("faced a call from
 * Trump to resign"), as a request of its own.
 */
function contentOf(ctx: Context, found: readonly Found[], i: number): Found | undefined {
  const f = found[i]!
  for (let j = i - 1; j >= 0; j--) {
    const earlier = found[j]!
    if (!LOOKS_AHEAD.has(earlier.trigger.type)) continue
    const between = ctx.text.slice(earlier.span.end, f.span.start)
    // "swore revenge for the killing", "threatened reprisals over the raid": what a threat answers is done, not threatened.
    if (REPRISAL_FOR.test(between)) continue
    // "rejected the result of the vote and called for a recount": a verb joined by "and", with no infinitive before it, is a second act.
    if (!f.noun && /\band\s+(?:\p{L}+ly\s+)?$/iu.test(between) && !/\bto\s+\p{L}/iu.test(between)) continue
    // "urged Iran to investigate", "called for an inquiry", "demand an immediate and transparent investigation".
    if (between.length <= 80 && !/[;:]|\.\s/u.test(between) && (/\b(?:to|for|of)\b/iu.test(between) || /^\s+(?:[\p{L}-]+\s+){0,4}$/u.test(between))) return earlier
  }
  return f.noun ? undefined : askedFor(ctx, f)
}

/** The noun of asking (`ASKED_BEFORE`) whose infinitive verb trigger `f` is, as a request, or undefined. */
function askedFor(ctx: Context, f: Found): Found | undefined {
  const from = Math.max(0, f.span.start - ASKED_REACH)
  const asked = ASKED_BEFORE.exec(ctx.text.slice(from, f.span.start))
  if (!asked) return undefined
  const [start, end] = asked.indices![1]!
  return { span: { start: from + start, end: from + end }, trigger: { type: 'REQUEST' }, noun: true, token: firstTokenAtOrAfter(ctx.seg, from + start) }
}

/** Words that end a clause or open a new one, for the subject search. */
const CLAUSE_BREAK = /[;:(]|\)\s*[-–—]?|\s[-–—]\s|,\s*(?:as|after|before)\b|\b(?:and|but|when|while|because|whereas|although|though|until|unless|if|who|which)\b|\b(?:days?|weeks?|hours?|months?)\s+(?:after|before)\b/giu
const PREPOSITION_BEFORE = /\b(?:of|in|at|on|from|to|with|for|by|near|against|about|over|into|under|after|before|between|among|toward|towards|inside|outside|across|through|during|than|like)\s+(?:(?:the|a|an|its|his|her|their)\s+)?$/iu
/** "Hundreds of demonstrators clashed", "a group of protesters was arrested": the people counted are the subject. */
const COUNTED_OF = /\b(?:hundreds|thousands|dozens|scores|millions|(?:a\s+)?(?:group|crowd|band|handful|number)|(?:tens|hundreds)\s+of\s+thousands)\s+of\s+(?:the\s+)?$/iu
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|got|gets|getting)\s+(?:(?:\w+ly|not|also|then|later|all)\s+)*$/iu
/** "before being (convicted)", "until (released)": an act after the one the date before it is of. */
const LATER_ACT_BEFORE = /\b(?:before|until|till)\s+(?:being\s+|having\s+been\s+|he\s+was\s+|she\s+was\s+|they\s+were\s+)?$/iu
/** "after a months-long (investigation)", "following the (raid)": an act before the one the date before it is of. */
const EARLIER_ACT_BEFORE = /\b(?:after|following)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu
/** Words before a date after a call or a threat that give when what it asks for starts: "called for a strike from Friday", "starting Monday". */
const START_OF_WHAT_IS_ASKED = /\b(?:from|starting|beginning|as\s+of|effective)\s+(?:on\s+|next\s+|this\s+)?$/iu
/** Acts whose content is a later act: a date that opens that act's time is not theirs. */
const ASKING_TYPES: ReadonlySet<string> = new Set(['REQUEST', 'THREATEN'])
/** A relative clause's passive, right before its verb: "who were (unjustly) imprisoned". */
const RELATIVE_STATE_BEFORE = /\b(?:who|which|that)\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:\w+ly\s+)?$/iu
/** A passive participle and "and" right before a verb: "was convicted in February and (sentenced)". */
const COORDINATED_PASSIVE = /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?\p{L}+(?:ed|en)\b[^,;.]{0,40}?\s+and\s+(?:then\s+|later\s+)?$/iu
/** Verbs of holding back from an act, which is then not done: "declined to", "refrained from", "stopped short of", "avoided", "shied away from". */
const AVOIDED = String.raw`(?:refus|declin)(?:e|es|ed|ing)\s+to|refrain(?:s|ed|ing)?\s+(?:to|from)|fail(?:ed|s)?\s+to|avoid(?:s|ed|ing)?|st(?:op|ops|opped|opping)\s+short\s+of|sh(?:y|ies|ied|ying)\s+away\s+from|abstain(?:s|ed|ing)?\s+from`
/** Verbs that keep an act from happening: "foiled an attack", "averted a strike". */
const PREVENTING = String.raw`(?:prevent|avert|foil|thwart|forestall)(?:s|ed|ing)?`
/** Keeping someone from an act: "prevented the rebels from", "stopped them from". */
const KEPT_FROM = String.raw`(?:prevent(?:s|ed|ing)?|st(?:op|ops|opped|opping)|block(?:s|ed|ing)?|deter(?:s|red|ring)?)\s+(?:[\p{L}'’-]+\s+){1,3}?from`
/** After an act a prevention names, what it is kept from, unless that is happening at all: "prevent his inquiry from being dismissed". */
const KEPT_FROM_AFTER = /^[^;]{0,200}?\bfrom\s+(?!(?:happening|occurring|taking\s+place|recurring|spreading|escalating|going\s+ahead)\b)\p{L}+ing\b/iu
/** A verb of prevention opening the words before an act: "foiled the". */
const PREVENTION_FIRST = new RegExp(String.raw`^${PREVENTING}\s`, 'iu')
/** A negation, then a verb of prevention: "failed to prevent the attack" tells of an attack done. */
const PREVENTION_NEGATED = new RegExp(String.raw`^\S+\s.*\b${PREVENTING}\s`, 'iu')
// The words between a negation and the act hold no preposition: in "should not be affected by an attack" the negation is another verb's;
// nor "and" with an auxiliary, which opens a clause of its own ("did not resist and was arrested"), nor a question or a that-clause
// ("did not say who carried out the attack"). A plea's "not guilty" or "no contest" negates nothing.
const NEGATED_BEFORE = new RegExp(`\\b(?<!${PLEA_VERB}\\s+)(?:not|never|no|without|${AVOIDED}|${KEPT_FROM}|${PREVENTING}|n't)\\s+(?:(?!(?:by|of|in|to|for|with|on|at|from|about|after|before|against|into|over|under|than|because|who|whom|which|that|whether|what|where|when|why|how|if|and\\s+(?:was|were|is|are|has|have|had|will|would))\\s)[\\p{L}-]+\\s+){0,6}$|n't\\s+(?:[\\p{L}-]+\\s+){0,1}$`, 'iu')
/** "Nobody from the ministry has ever apologised", "none of them was arrested": a negated subject right before its verb. */
const NEGATED_SUBJECT = /\b(?:nobody|no\s*-?\s*one|none|neither)\s+(?:(?:of|from|at|in|within|among|inside)\s+(?:[\p{L}'’.-]+\s+){1,4}?)?(?:(?:has|have|had|was|were|is|are|be|been|being|will|would|could|did|does|ever|yet|publicly|formally|\w+ly)\s+){0,3}$/iu
/** Words after a negated plan that put it off rather than refuse it: "until next month", "before the election", "again". */
const PUT_OFF_AFTER = /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:until|till|before|again|yet|anytime\s+soon|any\s+time\s+soon)\b/iu
const PLANNED_BEFORE = /(?:\b(?:will|shall|would)(?:\s+not)?|\b(?:won|wouldn|shan)['’]t|'ll)\s+(?:\w+ly\s+)?$|(?:\b(?:will|would)|'ll)\s+do\s+(?:everything|all|whatever|what)\s+(?:[\p{L}']+\s+){0,2}(?:can|possible)\s+to\s+$|\b(?:plans?|planned|planning|intends?|intended|going|set|expected|ready|willing|prepared|agreed|promised|pledged|vowed|offered|decided|committed)\s+to\s+(?:\w+ly\s+)?$/iu
/**
 * An adjective of what is to come, right before a noun act or one word before it: planned ("the planned (military)
 * deployment", "an upcoming visit", group 1) or only supposed ("possible sanctions", "the next abduction"); not "long-planned", which may have come.
 */
const TO_COME_ADJECTIVE = /(?<!-)\b(?:(planned|proposed|future|upcoming|forthcoming|impending|mooted|intended|expected|anticipated|promised|pledged|scheduled)|possible|potential|prospective|likely|would-be|threatened|feared|next)\s+(?:(?!(?:the|a|an|its|their|his|her|this|that|these|those)\s)[\p{L}-]+\s+)?$/iu
/** A verb that only risks or invites the noun act after it: "invites the next abduction", "risks another attack", "could trigger protests". */
const RISKED_BEFORE = /\b(?:(?:invit|risk|court)(?:e|es|ed|ing|s)?|(?:could|might|may|would)\s+(?:\w+ly\s+)?(?:trigger|spark|provoke|cause|invite|bring|mean|lead\s+to))\s+(?:(?:a|an|the|more|further|another|new|fresh)\s+)?(?:[\p{L}-]+\s+)?$/iu
const HYPOTHETICAL_BEFORE = /\b(?:if|unless|whether)\b[^,;.]{0,60}$|(?:\b(?:designed|meant|built)|(?:\b(?:was|were|is|are|be|being|been)|\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?\p{L}+)\s+used)\s+to\s+(?:\w+ly\s+)?$|\b(?:can|could|might|may)\s+(?:\w+ly\s+)?$|\b(?:has|have|had)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:days?|weeks?|months?|hours?|time|chance|right|option|power)\s+to\s+(?:\w+ly\s+)?$|\b(?:difficult|hard|impossible|easy)\s+to\s+(?:\w+ly\s+)?$|\b(?:enough|sufficient|insufficient)\s+(?:evidence|grounds|votes)\s+to\s+$|\b(?:must|should|ought\s+to|needs?\s+to|(?:has|have)\s+to)\s+(?:[^,;.]{0,60},\s*(?:and\s+)?){0,3}(?:\w+ly\s+)?$/iu
/** A part in an act, right before it: "any role in the", "involvement in last week's", "responsibility for the". */
const PART_IN_BEFORE = /\b(?:role|involvement|part|hand|responsibility|complicity|links?|ties|connections?)\s+(?:in|for|with|to|behind)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu
/** Words that open a clause of its own after a charge: "charged with fraud after gunmen attacked". */
const CLAUSE_WORD = String.raw`(?:after|before|when|while|as|and|but|or|that|which|who|because|since|until|where|during)`
/** "led the charge of conservatives", "in charge of": a charge that leads, or is one's duty, accuses no one. */
const NOT_A_CHARGE = String.raw`(?<!\b(?:led|lead|leads|leading|in|take|takes|took|taken|taking)\s+(?:the\s+)?)`
/**
 * "pleaded not guilty to", "denied charges of", "faces two charges of", "charged Tom Reed with", "accused of",
 * "indicted for", "charged over", "acquitted of", "arrested on suspicion of": the act an allegation or a plea
 * names is alleged, not told as done. A few words may stand before the act ("attempted", "two counts of"),
 * none opening a clause of its own.
 */
const ALLEGED_BEFORE = new RegExp(String.raw`(?:\b${PLEA_VERB}\s+(?:not\s+)?guilty\s+to|${NOT_A_CHARGE}\b(?:charg|accus|indict|acquitt)(?:e|es|ed|ing)\s+(?:(?:(?!(?:of|with|${CLAUSE_WORD})\b)[\p{L}'’.-]+\s+){0,4}?(?:of|with)|for|over|in(?:\s+connection\s+with)?)|${NOT_A_CHARGE}\b(?:charges?|counts?|allegations?|accusations?|suspicion|indictments?)\s+(?:of|over)|\bnot\s+guilty\s+of)\s+(?:(?!${CLAUSE_WORD}\b)[\p{L}'’-]+\s+){0,3}$`, 'iu')
const HEDGED_BEFORE = /\b(?:reportedly|allegedly|apparently|purportedly|may\s+have|might\s+have|is\s+said\s+to|are\s+said\s+to|was\s+said\s+to|suspected\s+of)\b[^.;]{0,60}$/iu

/**
 * Whether a denial before the act at `at` denies someone's part in it, not the act ("denies any role in the attacks"):
 * then the denial takes the act as done. Not when the act's doer is the one whose part is denied
 * ("denied that its soldiers had any hand in shelling Karam" denies the soldiers' shelling).
 */
function deniedPartOfOther(ctx: Context, quoted: Attribution, at: number, actor: Actor | undefined): boolean {
  const part = PART_IN_BEFORE.exec(ctx.text.slice(quoted.content.start, at))
  if (!part) return false
  if (!actor) return true
  const holder = subjectBefore(ctx, quoted.content.start, quoted.content.start + part.index) ?? ctx.actors.get(quoted.speaker) ?? ctx.speakers.get(quoted.speaker)
  return actor.id !== holder?.id
}

/**
 * The event of trigger `f`; `quoted` is the innermost report holding it, `reporting` the reports
 * whose cue it is, `dueTo` the promise or demand whose content it is (then it is due, not done).
 */
function eventAt(ctx: Context, f: Found, quoted: Attribution | undefined, reporting: readonly Attribution[], sentence: Span, dates: readonly EventDate[], carried: EventDate | undefined, published: string | undefined, dueTo: Found | undefined, found: readonly Found[]): Event {
  const before = ctx.text.slice(sentence.start, f.span.start)
  const cueOf = reporting.find((a) => a.speaker !== 'unknown' && sourceNextToCue(a) && !sourceIsOthersOfSpeaker(ctx.text, a))
  const passive = !f.noun && isPassive(ctx, f.span, before)
  // "Two aid workers kidnapped in Mali were freed on Thursday": a participle inside the subject, neither its doer's act nor of its clause's date.
  const subjectParticiple = !f.noun && !passive && isParticipleInSubject(ctx, f)
  const reducedRelative = !f.noun && !passive && isReducedRelative(ctx, f, quoted)
  const base = Math.max(sentence.start, quoted?.content.start ?? 0)
  let actor: Actor | undefined
  let recipient: Actor | undefined
  const light = f.noun ? lightVerbBefore(ctx, f.token, base) : undefined
  // A passive cue ("Kenya was promised aid by Japan") tells of the "by" phrase's act, whoever the attribution names.
  const thatSubject = gerundInThatClause(ctx, sentence.start, f)
  if (thatSubject) {
    actor = thatSubject
    recipient = objectAfter(ctx, f.span.end, sentence.end, f.trigger.type === 'REQUEST')
  } else if (f.trigger.undergone) {
    // "Troops came under fire from rebels": the subject is the target; only a "from" (or "by") phrase names the doer,
    // or "among" one for a reaction ("sparked outrage among residents").
    recipient = subjectBefore(ctx, base, f.span.start)
    actor = agentAfter(ctx, f.span.end, sentence.end, /^\s+(?:from|by|among)\s+/u)
  } else if (cueOf && !passive) {
    // A speaker the mentions do not know ("Pakistan today" read as one source) leaves the clause's
    // subject to act, unless it is a group ("Kyrgyzstan and Tajikistan agreed": both act).
    // A place read as the source ("TBILISI – Opposition lawmakers walked out of") is where, not who.
    const group = ctx.speakers.get(cueOf.speaker)
    const named = ctx.actors.get(cueOf.speaker)
    actor = (named?.kind === 'place' ? undefined : named) ?? (group?.kind === 'group' ? group : undefined) ?? subjectBefore(ctx, base, f.span.start) ?? cueSubjectSpeaker(ctx.text, ctx.seg, cueOf, group)
    recipient = objectAfter(ctx, f.span.end, sentence.end, f.trigger.type === 'REQUEST')
  } else if (passive) {
    recipient = passiveSubject(ctx, base, f.span.start)
    actor = byAgent(ctx, f.span.end, sentence.end) ?? whenAgent(ctx, f.span.end, sentence.end)
  } else if (reducedRelative || subjectParticiple) {
    // "among them two children killed when …": a participle after its noun is passive; the sentence's subject did not do it.
    actor = byAgent(ctx, f.span.end, sentence.end) ?? whenAgent(ctx, f.span.end, sentence.end)
  } else if (f.noun) {
    // "The attack by Iran": the noun's own "by" phrase; "The attack was condemned by Iran": the verb's, not the noun's.
    const possessor = possessorOf(ctx, base, f.span.start)
    recipient = nounObject(ctx, f.span.end, sentence.end)
    // "his arrest", "her abduction": with no "of" object, the possessor of an act suffered is who suffers it.
    const suffered = possessor !== undefined && recipient === undefined && SUFFERED_MODES.has(f.trigger.mode ?? '')
    if (suffered) recipient = possessor
    actor = (suffered ? undefined : possessor) ?? (verbBeforeBy(ctx, f.span.end, sentence.end) ? undefined : byAgent(ctx, f.span.end, sentence.end))
    // "The regulator said it had opened an investigation": the speaker's own pronoun before the light verb.
    // "had been held in detention": the subject of a passive light verb is held, not holding.
    if (!actor && light !== undefined && !recipient && isPassive(ctx, lightSpan(ctx, light), ctx.text.slice(base, light))) recipient = passiveSubject(ctx, base, light)
    else if (!actor && light !== undefined) actor = subjectBefore(ctx, base, light) ?? speakerOfInfinitive(ctx, quoted, base, f.span.start) ?? speakerOfInfinitive(ctx, quoted, base, light)
    // "Israeli air strikes": a nationality right before the noun is its doer.
    else if (!actor && light === undefined) actor = demonymBefore(ctx, base, f.span.start)
    // "The ministry's networks were hit by a cyberattack": the subject of the passive whose agent the act is suffers it.
    const byPassive = PASSIVE_BY_BEFORE.exec(before)
    if (!recipient && byPassive && sentence.start + byPassive.index >= base) recipient = passiveSubject(ctx, base, sentence.start + byPassive.index)
  } else {
    actor = clientOf(ctx, base, f.span.start, quoted) ?? subjectBefore(ctx, base, f.span.start) ?? speakerOfInfinitive(ctx, quoted, base, f.span.start)
    recipient = objectAfter(ctx, f.span.end, sentence.end, f.trigger.type === 'REQUEST')
  }
  if (f.trigger.actorless) actor = undefined
  if (recipient && recipient.id === actor?.id) recipient = undefined
  // "will investigate", and "will send aid": a noun's act is planned when its light verb is.
  // "the planned deployment", "possible sanctions": a noun act no verb carries is still to come, planned or only supposed.
  const toCome = f.noun && light === undefined ? TO_COME_ADJECTIVE.exec(before) : null
  const planned = dueTo !== undefined || (f.noun ? (light !== undefined ? PLANNED_BEFORE.test(ctx.text.slice(sentence.start, light)) : toCome?.[1] !== undefined) : PLANNED_BEFORE.test(before))
  // "if Canada shelled a village", "Brussels must suspend aid", "not enough evidence to convict him", "can appeal", "has ten days to appeal",
  // "a depot used to shell": a supposition, a call, a possibility or a purpose, not an act; kept as planned, in its own category.
  const supposed = HYPOTHETICAL_BEFORE.test(before) || (toCome !== null && toCome[1] === undefined) || (f.noun && RISKED_BEFORE.test(before))
  const negatedBefore = negatedAct(f, before, ctx.text.slice(f.span.end, sentence.end), light, found)
  // "will not meet him": refusing a plan of cooperation is an act done, PLOVER's REJECT ("refuse to meet").
  // "will not meet again until next month", "would not visit Kabul before the election": a plan put off, no refusal.
  const refused = planned && !supposed && negatedBefore && PLANNED_AS[f.trigger.type] !== undefined && !PUT_OFF_AFTER.test(ctx.text.slice(f.span.end, Math.min(sentence.end, f.span.end + 60)))
  const type = refused ? 'REJECT' : planned && !supposed ? PLANNED_AS[f.trigger.type] ?? f.trigger.type : f.trigger.type
  // "will meet": PLOVER codes the plan as AGREE; its mode keeps what was planned ("future visit").
  const mode = refused ? f.trigger.mode ?? f.trigger.type.toLowerCase() : type === f.trigger.type ? f.trigger.mode : `future ${f.trigger.mode ?? f.trigger.type.toLowerCase()}`
  const negated = negatedBefore && !refused
  // A refusal is done now: it has no due date, no date ahead and is no plan.
  const plannedAct = planned && !refused
  const voice = quoted && quoted.speaker !== 'unknown' ? quoted.speaker : 'outlet'
  const cued = quoted ? modalityOfAttribution(ctx.text, quoted) : undefined
  const deniesPart = cued === 'denied' && deniedPartOfOther(ctx, quoted!, f.span.start, actor)
  // A charged act is alleged whoever tells of the charge: "denied charges of murder" denies no murder, "was accused of" reports none.
  const alleged = ALLEGED_BEFORE.test(before.slice(-120))
  const modality: Modality = dueTo?.trigger.type === 'REQUEST' ? 'demanded' : alleged ? 'hedged' : cued ? (deniesPart ? 'reported' : cued) : HEDGED_BEFORE.test(before) ? 'hedged' : 'asserted'
  // "committed to withdraw by next Tuesday": a planned act is dated by when it is due; a deadline dates no other act.
  const due = plannedAct ? dueDates(dates, f) : []
  const words = ctx.text.slice(sentence.start, sentence.end)
  const ahead = (d: EventDate): boolean => d.span !== undefined && readsAhead(words, d.span.start - sentence.start, d.span.end - sentence.start)
  // "citizens who were unjustly imprisoned … arrived home on Sunday", "families of soldiers killed by the group gathered on
  // Saturday": a relative clause's act or state, reduced or not, is not dated by its main clause's verb ("killed when
  // artillery struck on Monday" is: the "when" clause tells its time).
  const ownTimeAfter = /^\s+when\s/iu.test(ctx.text.slice(f.span.end, f.span.end + 6))
  const stateInRelative = (!f.noun && RELATIVE_STATE_BEFORE.test(before)) || (reducedRelative && !ownTimeAfter) || subjectParticiple
  // "arrested in April and held for 18 months before being convicted": the date is of the acts before "before".
  // "arrested in September after a months-long investigation": the date is of the act before "after", which this one preceded;
  // "two days after" counts back from it instead (intervalFrom).
  const earlier = intervalBefore(before) ? null : EARLIER_ACT_BEFORE.exec(before)
  const otherActEnd = LATER_ACT_BEFORE.test(before) ? f.span.start : earlier ? sentence.start + earlier.index : -1
  const ownClause = (d: EventDate): boolean => {
    if (!d.span) return true
    if (datesOtherNoun(ctx.text, d.span, f.span) || datesOtherParticiple(ctx.text, d.span, f.span) || insideEmbeddedClause(ctx, sentence.start, d.span, f.span)) return false
    // "called on Wednesday for a general strike from Friday": Friday is when the strike would start, not when it was called.
    if (ASKING_TYPES.has(type) && d.span.start >= f.span.end && START_OF_WHAT_IS_ASKED.test(ctx.text.slice(Math.max(0, d.span.start - 24), d.span.start))) return false
    if (d.span.end <= otherActEnd) return false
    return !stateInRelative || d.span.start < f.span.end || firstVerbIn(ctx.seg, f.span.end, d.span.start) === d.span.start
  }
  const date = intervalFrom(before, sentence.start, dateFor(f.span, due.length > 0 ? due : dates.filter((d) => !d.deadline && ownClause(d)), stateInRelative ? undefined : carried, published, plannedAct, ahead))
  const place = placeNear(ctx, sentence, f.span)
  return {
    type, ...(mode ? { mode } : {}), trigger: f.span, sentence,
    ...(actor ? { actor: actor.id } : {}), ...(recipient ? { recipient: recipient.id } : {}), ...(place ? { place: place.id } : {}),
    ...(date ? { date } : {}),
    voice, polarity: negated ? 'negative' : 'positive', modality,
    ...(plannedAct || supposed ? { planned: true as const } : {}),
  }
}

/**
 * "rejected the result of Sunday's election": a day in the possessive dates the noun it determines, not the clause's
 * act; "Saturday's shelling" is the act it dates.
 */
function datesOtherNoun(text: string, date: Span, act: Span): boolean {
  if (!/^['’]s\b/u.test(text.slice(date.end, date.end + 3))) return false
  return !(act.start >= date.end && /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(date.end, act.start)))
}

/** What lies between a noun and the participle qualifying it: "a ban imposed", "the fine, which was announced". */
const NOUN_OF_PARTICIPLE = /^,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+)?$/iu

/** From a day to the end of the act after it, a passive ("were seized") whose subject the day's participle qualifies. */
const SUBJECT_PASSIVE_AFTER = /^\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?\p{L}+$/iu

/**
 * "will appeal against a ban imposed on Monday": a day right after a past participle dates the participle's act, or the noun
 * it qualifies ("ban"), not another act of the sentence.
 */
function datesOtherParticiple(text: string, date: Span, act: Span): boolean {
  const participle = participleBefore(text, date.start, date.end)
  if (!participle) return false
  // "The rifles used on Friday were seized": the participle qualifies the subject of the passive verb after it.
  if (act.start >= date.end) return SUBJECT_PASSIVE_AFTER.test(text.slice(date.end, act.end))
  // Another act after the day is not the participle's noun; "two days after" may count from that day (intervalFrom).
  if (act.end > participle.start) return false
  return !NOUN_OF_PARTICIPLE.test(text.slice(act.end, participle.start))
}

/**
 * Whether a negation, a verb of holding back or one of prevention governs trigger `f`: right before it, or before the
 * words that carry a noun's act (`carrierStart`); not when another of the sentence's acts (`found`) stands between them
 * ("did not condemn the raid" leaves the raid done), nor when the negation is of a prevention ("failed to prevent"),
 * nor when the prevention keeps the act from something else ("prevent his inquiry from being dismissed").
 */
function negatedAct(f: Found, before: string, after: string, light: number | undefined, found: readonly Found[]): boolean {
  if (!f.noun && NO_OBJECT_AFTER.test(after)) return true
  const sentenceStart = f.span.start - before.length
  for (const end of new Set([before.length, carrierStart(f, before, light)])) {
    const from = Math.max(0, end - 40)
    const negation = NEGATED_BEFORE.exec(before.slice(from, end))
    const at = sentenceStart + from + (negation?.index ?? 0)
    if (negation && !found.some((o) => o !== f && o.span.start > at && o.span.start < sentenceStart + end)) return !PREVENTION_NEGATED.test(negation[0]) && !keptFromOther(negation[0], after)
  }
  return NEGATED_SUBJECT.test(before.slice(-80))
}

/** True when a prevention (`negation` opens with its verb) keeps the act it names from something else: "prevent his inquiry from being dismissed". Pure. */
function keptFromOther(negation: string, after: string): boolean {
  return PREVENTION_FIRST.test(negation) && KEPT_FROM_AFTER.test(after)
}

/**
 * Where, in the words `before` a trigger, those that carry a noun's act begin: its light verb ("did not carry out
 * a series of strikes"), or the words its sense needs ("refrained to put the finger of blame"); a negation before
 * them negates the act, whatever preposition they hold. A verb carries itself: the trigger's own start.
 */
function carrierStart(f: Found, before: string, light: number | undefined): number {
  if (!f.noun) return before.length
  const needed = f.trigger.before?.exec(before)
  const sentenceStart = f.span.start - before.length
  return Math.min(needed ? needed.index : before.length, light !== undefined ? light - sentenceStart : before.length)
}

/**
 * "resigned on Thursday, two days after a newspaper published": an act counted from a date told
 * before it is that many days away; a date less precise than a day does not say which day.
 */
function intervalFrom(before: string, offset: number, date: EventDate | undefined): EventDate | undefined {
  const interval = intervalBefore(before)
  if (!interval || !date?.span || date.span.end > offset + interval.at) return date
  if (date.precision !== 'day') return undefined
  return { ...date, value: shiftDate(date.value, interval.days), ...(date.to ? { to: shiftDate(date.to, interval.days) } : {}), how: 'relative' }
}

/**
 * False when the attribution's reported words stand between its cue and its source, which no report is
 * written as: "published messages in which she appeared to" read as her cue names no publisher.
 */
function sourceNextToCue(a: Attribution): boolean {
  return !a.source || !(a.cue.end <= a.content.start && a.content.end <= a.source.start)
}

/** The deadlines after trigger `f` ("by next Tuesday"): the dates an act it names is due by. */
function dueDates(dates: readonly EventDate[], f: Found): EventDate[] {
  return dates.filter((d) => d.deadline && d.span && d.span.start >= f.span.end)
}

/**
 * A past participle right after a noun, read as a passive: before "when" or "by" ("two children killed when", "people
 * wounded by"), or after the object of another verb and before a preposition ("charged the man arrested after the
 * attack"; "said the police arrested two men" has an object of its own, so it stays the clause's verb).
 */
function isReducedRelative(ctx: Context, f: Found, quoted: Attribution | undefined): boolean {
  const { seg } = ctx
  if (f.token === 0 || (seg.pos[f.token - 1] !== NOUN && seg.pos[f.token - 1] !== NUM) || !/ed$|en$/iu.test(ctx.text.slice(f.span.start, f.span.end))) return false
  if (/^\s+(?:when|by)\s/iu.test(ctx.text.slice(f.span.end, f.span.end + 6))) return true
  const verbBefore = nounPhraseStart(seg.pos, f.token - 1, (t) => insideWord(seg, t)) - 1
  // "Officials said the soldiers fired on a crowd": the verb before is the report's cue, and the noun the report's subject.
  if (quoted && seg.starts[verbBefore]! < quoted.content.start) return false
  return seg.pos[f.token + 1] === ADP && seg.pos[verbBefore] === VERB
}

/** After a participle in a subject: a place or time, then the clause's own verb ("kidnapped in Mali were freed"). */
const SUBJECT_VERB_AFTER = /^\s+(?:in|at|near|on|from|during|since|last)\s[^,;.]{0,40}?\s(?:was|were|is|are|has|have|had)\s/iu

/** True when trigger `f` is a participle right after a noun, in the subject of a later verb: "two workers kidnapped in Mali were freed". */
function isParticipleInSubject(ctx: Context, f: Found): boolean {
  const { seg } = ctx
  return f.token > 0 && (seg.pos[f.token - 1] === NOUN || seg.pos[f.token - 1] === PROPN) && /ed$|en$/iu.test(ctx.text.slice(f.span.start, f.span.end)) && SUBJECT_VERB_AFTER.test(ctx.text.slice(f.span.end, f.span.end + 80))
}

/** True when token `t` touches the tokens on both sides: the hyphens of "34-year-old". */
function insideWord(seg: Segmentation, t: number): boolean {
  return t > 0 && seg.ends[t - 1] === seg.starts[t] && seg.ends[t] === seg.starts[t + 1]
}

/** "was arrested", "have been criticized"; not the progressive "is criticizing", "have been calling". */
function isPassive(ctx: Context, verb: Span, before: string): boolean {
  const word = ctx.text.slice(verb.start, verb.end)
  if (PASSIVE_BEFORE.test(before)) return !/^\p{L}+ing\b/iu.test(word)
  // "was working in Syria when abducted": a bare participle after a subordinator is a passive of the clause's subject.
  if (/\b(?:when|while|after|before|once|until|unless|if|though|although)\s+$/iu.test(before)) return /^\p{L}+(?:ed|en)$/iu.test(word)
  // "The group, blamed for dozens of massacres, boasted": a participle set off after its noun is that noun's passive.
  if (/\p{L}\s*,\s*$/u.test(before) && APPOSITIVE_PARTICIPLE_AFTER.test(ctx.text.slice(verb.end, verb.end + 8))) return /^\p{L}+(?:ed|en)$/iu.test(word)
  // "He was convicted in February and sentenced to 12 years": a participle joined to a passive is one too.
  return COORDINATED_PASSIVE.test(before) && /^\p{L}+(?:ed|en)$/iu.test(word)
}

/** What opens the complement of a participle set off by commas: "blamed for", "accused of", "backed by". */
const APPOSITIVE_PARTICIPLE_AFTER = /^\s+(?:for|of|by|over|with)\s/iu

/**
 * "Local police claimed to have arrested a suspect", "the army denied shelling the village": reported
 * words with no subject of their own are the speaker's acts; so is an act that opens them with no
 * verb of its own ("police issued arrest warrants", read as a cue), and one whose subject is the
 * speaker's own pronoun right before it ("the company said it would appeal", "he had since
 * apologized": "it" or "they" for a body, "he" or "she" for a person, "we", "I").
 */
function speakerOfInfinitive(ctx: Context, quoted: Attribution | undefined, base: number, at: number): Actor | undefined {
  if (!quoted || quoted.speaker === 'unknown') return undefined
  const speaker = ctx.actors.get(quoted.speaker) ?? ctx.speakers.get(quoted.speaker)
  if (!speaker) return undefined
  if (opensWithInfinitive(ctx, quoted.content.start, quoted.content.end)) return speaker
  if (/^\s*(?:(?:an?|the|new|fresh|further)\s+)?$/iu.test(ctx.text.slice(base, at)) && firstVerbIn(ctx.seg, at, quoted.content.end) === quoted.content.end) return speaker
  // "It said its forces had struck": the speaker named by a pronoun, whose own forces act for it as the pronoun does;
  // "a spokesman denied that its forces had" names others' forces.
  // "said it had met the minister and rejected the offer": a verb joined by "and" shares the first verb's subject.
  const verbAt = COORDINATED_VERB_BEFORE.test(ctx.text.slice(base, at)) ? firstVerbIn(ctx.seg, base, at) : at
  const pronoun = /^\s*(?:that\s+)?(?:(its|their|our)\s+(?:own\s+)?(?:forces|troops|army|soldiers|military|units|jets|warplanes|aircraft|drones|artillery|navy)|(\p{L}+))\s/iu.exec(ctx.text.slice(base, verbAt))
  if (!pronoun || !onlyVerbsBetween(ctx.seg, base + pronoun[0].length, verbAt)) return undefined
  const possessive = (pronoun[1] ?? '').toLowerCase()
  if (possessive && !(quoted.source && ctx.text.slice(quoted.source.start, quoted.source.end).toLowerCase() === POSSESSIVE_OF[possessive])) return undefined
  const word = (pronoun[2] ?? POSSESSIVE_OF[possessive] ?? '').toLowerCase()
  // In quoted words "he" is someone else: the speaker says "I" or "we".
  const third = quoted.kind === 'direct' ? false : speaker.kind === 'person' ? /^(?:he|she)$/u.test(word) : /^(?:it|they)$/u.test(word)
  return third || /^(?:we|i)$/u.test(word) ? speaker : undefined
}

/** A verb right after "and" or "but" with no subject of its own: "… and (then) rejected". */
const COORDINATED_VERB_BEFORE = /[^,;]\s+(?:and|but)\s+(?:(?:then|later|also|quickly|promptly)\s+)?$/iu

/** The subject pronoun of a possessive one. */
const POSSESSIVE_OF: Readonly<Record<string, string>> = { its: 'it', their: 'they', our: 'we' }

/** True when [from, to) opens with an infinitive or a gerund ("to have arrested", "shelling"): words with no subject of their own. */
function opensWithInfinitive(ctx: Context, from: number, to: number): boolean {
  const t = firstTokenAtOrAfter(ctx.seg, from)
  if (t >= ctx.seg.starts.length || ctx.seg.starts[t]! >= to) return false
  const word = ctx.text.slice(ctx.seg.starts[t]!, ctx.seg.ends[t]!).toLowerCase()
  return word === 'to' || word === 'having' || (ctx.seg.pos[t] === VERB && word.endsWith('ing'))
}

/** Parts of speech of a verb group: "would", "had since", "have decided to", "don't". */
const VERB_GROUP = new Set([POS_TAGS.indexOf('AUX'), VERB, POS_TAGS.indexOf('PART'), POS_TAGS.indexOf('ADV')])

/** True when [from, at) holds at most a short verb group: no other noun stands between a subject and its act. */
function onlyVerbsBetween(seg: Segmentation, from: number, at: number): boolean {
  let count = 0
  for (let t = firstTokenAtOrAfter(seg, from); t < seg.starts.length && seg.starts[t]! < at; t++) {
    if (!VERB_GROUP.has(seg.pos[t]!) || ++count > 5) return false
  }
  return true
}

/** A poll or survey, as a source. */
const POLL = /\b(?:polls?|polling|surveys?)\b/iu
/** Reported words that open with a share of people: "61% wanted her out", "that a majority thought". */
const SHARE_OPENING = /^\s*(?:that\s+)?(?:(?:a|an)\s+(?:staggering|clear|narrow|slim|whopping|mere)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|(?:a|the)\s+majority|(?:one|two|three)\s+in\s+\w+)\s/iu
/** Verbs of a view held: what a poll's respondents "thought", "said", "wanted". */
const VIEW = /\b(?:thought|think|thinks|believed?|believes|felt|feel|feels|wanted|want|wants|said|say|says|favou?re?d?|favou?rs|opposed?|opposes|backed|back|backs|supported|support|supports|preferred|prefer|prefers)\b/iu

/** True when trigger `at` is in what a poll found: the views of a share of people ("61% thought she should resign"). */
function isPollFinding(text: string, a: Attribution, at: Span): boolean {
  if (SHARE_OPENING.test(text.slice(a.content.start, a.content.end))) return true
  return a.source !== undefined && POLL.test(text.slice(a.source.start, a.source.end)) && VIEW.test(text.slice(a.content.start, at.start))
}

function innermost(list: readonly Attribution[]): Attribution | undefined {
  let best: Attribution | undefined
  for (const a of list) if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a
  return best
}

function mentionsIn(ctx: Context, from: number, to: number): Mention[] {
  return mentionsStartingIn(ctx.mentions, from, to)
}

/** An actor that can act or be acted on: places are where, not who. */
function agentOf(ctx: Context, m: Mention): Actor | undefined {
  const actor = ctx.actors.get(m.actor)
  return actor && actor.kind !== 'place' ? actor : undefined
}

/**
 * The subject of the clause that ends at `at`: after a relative pronoun, the mention just
 * before it ("the gunman, who stormed"); else the first mention of the clause that is not
 * the object of a preposition nor a possessor; else the first such mention since `base`.
 */
function subjectBefore(ctx: Context, base: number, at: number): Actor | undefined {
  return subjectAmong(ctx, base, at) ?? (ctx.withSpeakers && subjectAmong(ctx.withSpeakers, base, at))
}

/** `subjectBefore` among the mentions of `ctx`. */
function subjectAmong(ctx: Context, base: number, at: number): Actor | undefined {
  const subordinate = subordinateSubject(ctx, base, at)
  if (subordinate) return subordinate
  const words = ctx.text.slice(base, at)
  let clauseStart = base
  let relative = false
  // "resigned on Thursday, two days after a newspaper published": the later clause has a subject of its own.
  let counted = false
  // Where the clause before the last break starts, and where that break is.
  let outerStart = base
  let breakAt = base
  for (const m of words.matchAll(CLAUSE_BREAK)) {
    outerStart = clauseStart
    breakAt = base + m.index
    clauseStart = base + m.index + m[0].length
    relative = /^(?:who|which)$/iu.test(m[0])
    counted = /(?:after|before)$/iu.test(m[0]) && !m[0].startsWith(',')
  }
  // "Families of passengers injured when a jet skidded off the runway accused the airline": a clause opened with no comma
  // that has its verb before the act ends inside the subject; the act is the main clause's, and so is its subject.
  if (EMBEDDED_SUBORDINATOR.test(ctx.text.slice(breakAt, clauseStart)) && breakAt > base && !/,\s*$/u.test(ctx.text.slice(base, breakAt)) && finiteVerbBefore(ctx, clauseStart, at)) {
    return firstSubject(ctx, outerStart, breakAt)
  }
  // "When the rebels stormed the town, the army shelled": an opening clause's subject is not the main clause's.
  const lead = LEADING_CLAUSE.exec(words)
  if (lead && clauseStart < base + lead[0].length) {
    clauseStart = base + lead[0].length
    relative = false
    counted = true
  }
  // "faced chaos on Tuesday as striking nurses walked out": after a bare "as", a mention right before the act is its subject.
  const asClause = AS_CLAUSE.exec(words)
  if (asClause) {
    const next = mentionsIn(ctx, base + asClause.index, at).find((m) => SUBJECT_TO_ACT.test(ctx.text.slice(m.span.end, at)))
    if (next) return agentOf(ctx, next)
  }
  // "attacks that killed 130 people": a relative "that" is the subject, and its antecedent the actor.
  const that = /\b(\p{L}+)\s+that\s+(?:(?:had|has|have|also|reportedly|allegedly)\s+)*$/iu.exec(words)
  if (that && !SAYING_BEFORE_THAT.test(that[1]!)) {
    const head = mentionsIn(ctx, base, at).find((m) => m.span.end === base + that.index + that[1]!.length)
    return head && agentOf(ctx, head)
  }
  if (relative) {
    const before = mentionsIn(ctx, base, clauseStart).filter((m) => m.span.end <= clauseStart && /^[\s,]*(?:who|which)$/iu.test(ctx.text.slice(m.span.end, clauseStart)))
    const head = before[before.length - 1]
    if (head) return agentOf(ctx, head)
  }
  return firstSubject(ctx, clauseStart, at) ?? (clauseStart > base && !counted ? firstSubject(ctx, base, at) : undefined)
}

/** A bare "as" opening a clause of time, not "as well as", "as a result", "such as" or a comparison ("as many as"). */
const AS_CLAUSE = /(?<!\bsuch\s+|\bso\s+)\bas\s+(?!(?:well|a\s+result|if|though|of|for|part|many|much|long|soon|far|usual)\b)[^,;:]*$/iu
/** What may stand between a subject and its act: auxiliaries and adverbs ("had also", "were reportedly"). */
const SUBJECT_TO_ACT = /^\s*(?:(?:had|has|have|was|were|is|are|also|then|\p{L}+ly)\s+)*$/iu

/** "his client would appeal": a lawyer's client as the subject right before the act, with its auxiliaries. */
const CLIENT_SUBJECT = /\b(?:his|her|their|our|my)\s+clients?\s+(?:(?:\p{L}+ly|not|had|has|have|will|would|could|may|might|is|are|was|were|to|be|been)\s+)*$/iu

/**
 * "His client would appeal, the lawyer said": the person a lawyer acts for, whom the pronoun points back to, is the last
 * person named before who is not the one speaking (the lawyer).
 */
function clientOf(ctx: Context, base: number, at: number, quoted: Attribution | undefined): Actor | undefined {
  const from = Math.max(base, at - 80)
  const client = CLIENT_SUBJECT.exec(ctx.text.slice(from, at))
  if (!client) return undefined
  const before = ctx.mentions.filter((m) => m.span.end <= from + client.index && m.actor !== quoted?.speaker && ctx.actors.get(m.actor)?.kind === 'person')
  const last = before[before.length - 1]
  return last && ctx.actors.get(last.actor)
}

/** Subordinators of time, cause and concession. */
const SUBORDINATORS = 'when|while|because|although|though|until|unless'
/** Subordinators whose clause may sit inside a subject with no comma: "passengers injured when a jet skidded". */
const EMBEDDED_SUBORDINATOR = new RegExp(`^(?:${SUBORDINATORS})$`, 'iu')
/** The last such subordinator in a stretch, not right after a comma (which sets off a leading clause). */
const SUBORDINATOR_OPENER = new RegExp(String.raw`(?<!,\s*)(?<=\S\s+)\b(?:${SUBORDINATORS})\s`, 'giu')

/** "passengers injured when a jet skidded on Tuesday accused": the date lies in a clause the subject holds, closed before the act. */
function insideEmbeddedClause(ctx: Context, from: number, date: Span, act: Span): boolean {
  if (date.end > act.start) return false
  const opener = [...ctx.text.slice(from, date.start).matchAll(SUBORDINATOR_OPENER)].at(-1)
  if (!opener) return false
  // "When police arrived on Monday, protesters attacked": a leading clause set off by a comma tells the act's time.
  const clause = from + opener.index + opener[0].length
  return !ctx.text.slice(clause, act.start).includes(',') && finiteVerbBefore(ctx, clause, act.start)
}

/** True when a verb stands in [from, at) apart from the verb group that ends at `at`: the clause had its own verb. */
function finiteVerbBefore(ctx: Context, from: number, at: number): boolean {
  const { seg } = ctx
  const verb = firstVerbIn(seg, from, at)
  return verb < at && !onlyVerbsBetween(seg, verb, at)
}

/** A subordinate clause that opens the words, up to its comma: "When the rebels stormed the town, ", "Hours after the gunman fled, ". */
const LEADING_CLAUSE = /^\s*(?:(?:[\p{L}\d-]+\s+){0,2}?(?:hours|days|weeks|months|years|minutes|moments|shortly|soon|just|long|right)\s+)?(?:after|before|since|until|once|when|while|as|because|although|though|if|unless)\s[^,;:]{1,120},\s*/iu

/** A word that opens a clause or a preposition's object alike: "after the gunman killed", "after the talks". */
const SUBORDINATOR_BEFORE = /\b(?:after|before|since|until|till|once)\s+$/iu

/**
 * The subject of a clause opened by "after", "before", "since", "until" or "once": a mention right after the word
 * with only a verb group between it and the act ("arrested after the gunman killed two people"). Read before
 * `subjectBefore`'s other cases, which take such a mention for the preposition's object.
 */
function subordinateSubject(ctx: Context, base: number, at: number): Actor | undefined {
  const list = mentionsIn(ctx, base, at).filter((m) => m.span.end <= at)
  const last = list[list.length - 1]
  if (!last || !onlyVerbsBetween(ctx.seg, last.span.end, at)) return undefined
  return SUBORDINATOR_BEFORE.test(ctx.text.slice(Math.max(base, last.span.start - 12), last.span.start)) ? agentOf(ctx, last) : undefined
}

/** A gerund's subordinator: "before approving", "without charging", "by ignoring". */
const GERUND_SUBORDINATOR = /\b(?:before|after|without|by|while|when)\s+$/iu
/** A verb of saying or finding whose "that" opens a clause with a subject of its own: "ruling that", "found that". */
const THAT_CLAUSE_OPENER = /\b(?:sa(?:id|ys|ying)|rul(?:ed|ing)|f(?:ound|inding)|conclud(?:ed|ing)|argu(?:ed|ing)|claim(?:ed|ing)|not(?:ed|ing)|warn(?:ed|ing)|insist(?:ed|ing)|alleg(?:ed|ing)|announc(?:ed|ing)|stat(?:ed|ing)|report(?:ed|ing)|confirm(?:ed|ing)|add(?:ed|ing)|showed|shows|revealed|determined)\s+that\s+/giu

/**
 * "ruling that the ministry had failed to consult residents before approving the mine": a gerund after a
 * `GERUND_SUBORDINATOR` ("before", "without", "by", …) has the subject of the clause it is in, here the that-clause's, not the main clause's or the
 * speaker's. Undefined when no that-clause holds it, or it names no subject.
 */
function gerundInThatClause(ctx: Context, from: number, f: Found): Actor | undefined {
  const before = ctx.text.slice(from, f.span.start)
  if (!/ing$/iu.test(ctx.text.slice(f.span.start, f.span.end).split(/\s/u)[0]!) || !GERUND_SUBORDINATOR.test(before)) return undefined
  const opener = [...before.matchAll(THAT_CLAUSE_OPENER)].pop()
  if (!opener || /[;:]/u.test(before.slice(opener.index))) return undefined
  return firstSubject(ctx, from + opener.index + opener[0].length, f.span.start)
}

/** Words after which "that" opens what is said or known, not a relative clause: "said that", "so that". */
const SAYING_BEFORE_THAT = /^(?:said|says|say|told|tell|tells|claimed|claims|claim|believe[sd]?|thinks?|thought|knows?|knew|announced|added|noted|argued|stated|warned|insisted|reported|alleged|confirmed|denied|so|now|such|fact|given|except)$/iu

/** True when an attribution's source is other people of its speaker ("Rey's lawyers have appealed", speaker Rey): they act, not the speaker. */
function sourceIsOthersOfSpeaker(text: string, a: Attribution): boolean {
  const source = a.source ? text.slice(a.source.start, a.source.end) : ''
  const possessive = /['’]s?\s/u.exec(source)
  return possessive !== null && OTHERS_OF_POSSESSOR.test(source.slice(possessive.index))
}

/**
 * After a possessive: people who are not the possessor, who act for, around or against them ("'s defence lawyers", "'s family";
 * a country's opposition, rebels or protesters are not its state).
 */
const OTHERS_OF_POSSESSOR = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:lawyers?|attorneys?|counsel|legal\s+team|defen[cs]e(?:\s+team)?(?!\s+(?:ministry|ministers?|forces|department|secretary|chiefs?|officials?|industry|budget|spending|pact|systems?|council)\b)|supporters|backers|followers|fans|critics|opponents|opposition|rebels|insurgents|protesters|demonstrators|dissidents|exiles|rivals|enemies|family|relatives|wife|husband|widow|sons?|daughters?|mother|father|brothers?|sisters?|children|parents|friends|neighbou?rs)\b/iu

function firstSubject(ctx: Context, from: number, to: number): Actor | undefined {
  // A subject comes before its clause's first verb: "police arrested a suspect and launched" is the police's launch.
  // A mention the tagger read as a verb ("When rebels attacked": "rebels" as VERB) is no verb.
  const mentions = mentionsIn(ctx, from, to)
  const verb = firstVerbOutside(ctx.seg, mentions, from, to)
  const list = mentions.filter((m) => m.span.end <= verb)
  let possessor: Actor | undefined
  for (const [i, m] of list.entries()) {
    // "The U.S. Food and Drug Administration": a name right before another qualifies it.
    const next = list[i + 1]
    if (next && /^\s+$/u.test(ctx.text.slice(m.span.end, next.span.start))) continue
    const actor = agentOf(ctx, m)
    if (!actor || isPrepositionObject(ctx.text.slice(Math.max(from, m.span.start - 40), m.span.start))) continue
    // "(AP)" in a dateline, "(R-Texas)": a bracketed name is a credit or an aside, not a subject.
    if (ctx.text[m.span.start - 1] === '(' && ctx.text[m.span.end] === ')') continue
    // "Azerbaijan's foreign ministry condemned": the ministry acts, unless no other mention follows.
    // "Rey's lawyers appealed", "Rey's supporters marched": other people act, not Rey (PLOVER codes the group itself).
    if (/^['’]s?\s/u.test(ctx.text.slice(m.span.end, m.span.end + 3))) {
      if (!OTHERS_OF_POSSESSOR.test(ctx.text.slice(m.span.end, m.span.end + 40))) possessor ??= actor
      continue
    }
    return actor
  }
  return possessor
}

/** True when a mention after `before` is a preposition's object, not a subject; "hundreds of" counts it. */
function isPrepositionObject(before: string): boolean {
  return PREPOSITION_BEFORE.test(before) && !COUNTED_OF.test(before)
}

/** The subject of a passive: the nearest mention before it with no verb between ("the perpetrator was quickly arrested"). */
function passiveSubject(ctx: Context, base: number, at: number): Actor | undefined {
  const list = mentionsIn(ctx, base, at).filter((m) => m.span.end <= at)
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i]!
    if (firstVerbIn(ctx.seg, m.span.end, at) < at) return undefined
    // "a trader whose cousin was killed": the cousin was, not the trader.
    if (/\bwhose\b/iu.test(ctx.text.slice(m.span.end, at))) return undefined
    if (isPrepositionObject(ctx.text.slice(Math.max(base, m.span.start - 40), m.span.start))) continue
    return agentOf(ctx, m)
  }
  return undefined
}

/** True when no verb stands between two spans of a sentence. */
function noVerbBetween(seg: Segmentation, a: Span, b: Span): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a]
  return firstVerbIn(seg, first.end, second.start) >= second.start
}

/** The start of the first verb in [from, to) that no mention of `mentions` (in text order) covers, or `to`. Pure; one pass. */
function firstVerbOutside(seg: Segmentation, mentions: readonly Mention[], from: number, to: number): number {
  let m = 0
  for (let t = firstTokenAtOrAfter(seg, from); t < seg.starts.length && seg.starts[t]! < to; t++) {
    if (seg.pos[t] !== VERB) continue
    while (m < mentions.length && mentions[m]!.span.end <= seg.starts[t]!) m++
    if (m < mentions.length && mentions[m]!.span.start <= seg.starts[t]!) continue
    return seg.starts[t]!
  }
  return to
}

/** The start of the first verb in [from, to), or `to`. */
function firstVerbIn(seg: Segmentation, from: number, to: number): number {
  for (let t = firstTokenAtOrAfter(seg, from); t < seg.starts.length && seg.starts[t]! < to; t++) if (seg.pos[t] === VERB) return seg.starts[t]!
  return to
}

/** The direct object right after a verb, or the object of "with", "to", "on", "against", "at", "for". */
function objectAfter(ctx: Context, from: number, sentenceEnd: number, request = false): Actor | undefined {
  const window = ctx.text.slice(from, Math.min(sentenceEnd, from + 70))
  for (const m of mentionsIn(ctx, from, from + window.length)) {
    const between = ctx.text.slice(from, m.span.start)
    if (!/^\s+(?:(?:with|to|on|against|at|for|upon)\s+)?(?:(?:the|a|an|its|his|her|their|two|three|four|several|\d+|some|all)\s+)*(?:[\p{L}-]+\s+){0,2}$/iu.test(between)) return undefined
    if (/\b(?:in|of|from|by|near|after|before|during|over|into|through|across|along|past|around|outside|inside|within|under|beneath|behind|beside|toward|towards)\s/iu.test(between)) return undefined
    // "rejected suggestions that the government erred", "warned that police will act": a that-clause's subject is not
    // the verb's object, unless a request asks it ("demanded that the US cancel").
    if (/\S\s+(?:that|whether|which|who)\s/iu.test(between) || (!request && /\b(?:that|whether)\s/iu.test(between))) return undefined
    // "withdrew its ambassador", "evacuated their embassy": the actor's own people and missions are not done to.
    if (/\b(?:its|their|his|her|our|my)\s/iu.test(between) || /^(?:its|their|his|her|our|my)\s/iu.test(ctx.text.slice(m.span.start, m.span.end))) return undefined
    const actor = agentOf(ctx, m)
    if (actor) return actor
  }
  return undefined
}

/** The object of a noun trigger: "the attack on the embassy", "the arrest of the suspect", "sanctions against Iran", "aid to Chad". */
function nounObject(ctx: Context, from: number, sentenceEnd: number): Actor | undefined {
  const lead = /^\s+(?:on|against|of|at|upon|into|with|to|targeting)\s+/iu.exec(ctx.text.slice(from, sentenceEnd))
  if (!lead) return undefined
  const at = from + lead[0].length
  // "provoked the clashes to embarrass the government": "to" before a verb opens a purpose, not an object.
  if (ctx.seg.pos[firstTokenAtOrAfter(ctx.seg, at)] === VERB) return undefined
  const m = mentionsIn(ctx, at, at + 40)[0]
  if (!m || !/^(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(ctx.text.slice(at, m.span.start))) return undefined
  return agentOf(ctx, m)
}

/** "by X" within a few words after the trigger, unless it is the agent of a noun between them. */
function byAgent(ctx: Context, from: number, sentenceEnd: number): Actor | undefined {
  const by = BY_LEAD.exec(ctx.text.slice(from, sentenceEnd))
  return by && !byOfNounBefore(by[1]!) ? agentAfter(ctx, from, sentenceEnd, BY_LEAD) : undefined
}

/** True when a verb stands between `from` and the "by" a few words on: the "by" phrase is that verb's agent. */
function verbBeforeBy(ctx: Context, from: number, sentenceEnd: number): boolean {
  const by = BY_LEAD.exec(ctx.text.slice(from, sentenceEnd))
  return by !== null && firstVerbIn(ctx.seg, from, from + by[1]!.length) < from + by[1]!.length
}

/** The words up to a "by" a few words on: group 1 is those before it. */
const BY_LEAD = /^([^,.;]{0,30}?)\bby\s+/u

/** "during a rescue attempt | by", "after talks | by": a preposition of time takes an act, whose head noun a "by" phrase then follows. Group 1 is the word before the head, group 2 the head. */
const ACT_AFTER_TIME_PREPOSITION = /\b(?:during|amid|amidst|after|following|before|despite|throughout)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:(\p{Ll}[\p{L}-]*)\s+)?(\p{Ll}[\p{L}-]*)\s+$/u
/** Kinds of act that harm no one themselves: talks, visits, aid, protests, inquiries. */
const HARMLESS_KINDS: ReadonlySet<PloverType> = new Set<PloverType>(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'PROTEST'])
/**
 * Harmless acts that are no event of their own ("during a trip by", "after a hearing by"), and words or papers that set
 * one going, whose agent is the "by" phrase's ("after a decision by prosecutors", "following a complaint by the ministry").
 */
const HARMLESS_SCENES = /^(?:trip|tour|hearing|conference|ceremony|inspection|audit|vigil|decision|complaint|warning|ruling|report|tip|request|order)s?$/u
/** Heads that take their kind from the noun before them: "a rescue attempt", "an aid mission". */
const GENERIC_ACT = /^(?:attempt|operation|mission|effort|bid)s?$/u

/**
 * Whether the words between a trigger and a "by" phrase end in a known act that harms no one, so the
 * phrase is that act's agent: "killed during a rescue attempt by commandos" (the commandos attempted;
 * who killed is not said). A forceful act ("during a crackdown by", "after a raid by") or one not known
 * ("during an operation by", "during a sweep by") may be the harm itself, so the "by" phrase stays the
 * verb's, as it does after a time ("during the night by") or another preposition ("in an airstrike by"). Pure.
 */
function byOfNounBefore(between: string): boolean {
  const words = ACT_AFTER_TIME_PREPOSITION.exec(between)
  if (!words) return false
  const act = GENERIC_ACT.test(words[2]!) ? words[1] : words[2]
  return !!act && (HARMLESS_SCENES.test(act) || harmlessKind(act))
}

/** Whether a noun, or its singular, is an act of a harmless kind in the lexicon. Pure. */
function harmlessKind(noun: string): boolean {
  const trigger = NOUNS.get(noun) ?? NOUNS.get(noun.replace(/s$/u, ''))
  return !!trigger && HARMLESS_KINDS.has(trigger.type)
}

/** "two children (were) killed when Kyrgyz artillery struck a school": the harm's agent is the when-clause's subject. */
function whenAgent(ctx: Context, from: number, sentenceEnd: number): Actor | undefined {
  return agentAfter(ctx, from, sentenceEnd, /^\s+when\s+/u)
}

/** The actor named right after the words `lead` matches at `from`, with at most a determiner and two words before it. */
function agentAfter(ctx: Context, from: number, sentenceEnd: number, lead: RegExp): Actor | undefined {
  const by = lead.exec(ctx.text.slice(from, sentenceEnd))
  if (!by) return undefined
  const at = from + by[0].length
  const m = mentionsIn(ctx, at, at + 30)[0]
  return m && /^(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(ctx.text.slice(at, m.span.start)) ? agentOf(ctx, m) : undefined
}

/** A passive verb and "by" right before a noun act, the act its agent: "were hit by a", "was disrupted by the". */
const PASSIVE_BY_BEFORE = /\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\p{L}+ly\s+)?(?:\p{L}+(?:ed|en)|hit|cut|shut|struck|brought\s+down)\s+by\s+(?:(?:a|an|the|this|that)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu

/** A nationality right before a noun act, with at most one word between ("a Russian missile strike"): its doer. */
function demonymBefore(ctx: Context, base: number, at: number): Actor | undefined {
  const m = mentionsIn(ctx, Math.max(base, at - 40), at).filter((x) => x.span.end <= at).pop()
  return m && m.how === 'demonym' && /^\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u.test(ctx.text.slice(m.span.end, at)) ? agentOf(ctx, m) : undefined
}

/** Modes of acts a person suffers: the possessor of their noun is the one acted on ("his arrest", "their abduction"). */
const SUFFERED_MODES: ReadonlySet<string> = new Set(['arrest', 'abduct', 'deport', 'convict'])

/** "Iran's swift condemnation": the mention in possessive form right before the noun. */
function possessorOf(ctx: Context, base: number, at: number): Actor | undefined {
  const list = mentionsIn(ctx, Math.max(base, at - 60), at)
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i]!
    const after = ctx.text.slice(m.span.end, at)
    if (/^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(after)) return OTHERS_OF_POSSESSOR.test(after) ? undefined : agentOf(ctx, m)
  }
  return undefined
}

/** The span of the word at offset `start` (a light verb's). */
function lightSpan(ctx: Context, start: number): Span {
  return { start, end: ctx.seg.ends[firstTokenAtOrAfter(ctx.seg, start)]! }
}

/** The offset of a light verb that carries a noun trigger ("launched an investigation"), up to four words before it, if there is one. */
function lightVerbBefore(ctx: Context, token: number, base: number): number | undefined {
  const { seg } = ctx
  for (let t = token - 1, words = 0; t >= 0 && words < 4 && seg.starts[t]! >= base; t--) {
    const lemma = (seg.lemmas[t] ?? '').toLowerCase()
    if (seg.pos[t] === VERB && (LIGHT_VERBS.has(lemma) || REVERSING_VERBS.has(lemma))) return seg.starts[t]!
    // "mounted its long-threatened invasion": words joined by a hyphen are one.
    if (!/^-|-$/u.test(ctx.text.slice(seg.starts[t]! - 1, seg.ends[t]!))) words++
  }
  return undefined
}

/** The nearest place named in the sentence, after the trigger first ("in Tehran"). */
function placeNear(ctx: Context, sentence: Span, at: Span): Actor | undefined {
  const places = mentionsIn(ctx, sentence.start, sentence.end).filter((m) => m.span.end <= sentence.end && ctx.actors.get(m.actor)?.kind === 'place')
  const after = places.find((m) => m.span.start >= at.end)
  const chosen = after ?? places[places.length - 1]
  return chosen ? ctx.actors.get(chosen.actor) : undefined
}

/** A verb of saying and its listener right before a date: "told this newspaper on Sunday". */
const TOLD_BEFORE_DATE = /\b(?:said|says|told|tells|announced|added|stated|wrote|confirmed)\s+(?:(?:the|this|a|an|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu

/**
 * The dates that can be an act's. A reported act's are not those of the reporting clause ("Police
 * arrested 31 people, a spokesman told reporters on Sunday", "the minister said on Sunday that"):
 * not before its reported words, nor after them when the cue follows them. A cue's are not those
 * inside its reported words when these tell of an act of their own ("Iran condemned Monday's attack",
 * "accused him of killing nine people in June 2015"); "the union agreed in 2011 to" keeps its date.
 * A date in a relative aside (`asides`) is the aside's, not the main verb's ("The chief executive,
 * who was hired last year, refused to comment yesterday": the refusal is yesterday's). Nor is a
 * date in a lead clause telling of an act of its own (`lead`) that of an act outside it.
 */
function datesOfClause(ctx: Context, lead: Span | undefined, found: readonly Found[], i: number, quoted: Attribution | undefined, reporting: readonly Attribution[], dates: readonly EventDate[], asides: readonly Span[]): readonly EventDate[] {
  if (dates.length === 0) return dates
  const trigger = found[i]!.span
  dates = dates.filter((d) => !d.span || !asides.some((a) => contains(a, d.span!) && !contains(a, trigger) && !happensAt(ctx, a, trigger)))
  // "resigned on Thursday, after a paper published messages in which she discussed a contract": a relative clause's act
  // is of its own time, or of its antecedent's ("an op-ed in May, in which she called for"), not of another verb's;
  // unless it tells more of the act it follows ("a strike on Tuesday, which killed 14").
  const aside = asides.find((a) => contains(a, trigger))
  if (aside && !found.some((f) => f.span.end <= aside.start && /^\s*$/u.test(ctx.text.slice(f.span.end, aside.start)))) {
    dates = dates.filter((d) => d.span && (contains(aside, d.span) || noVerbBetween(ctx.seg, d.span, aside)))
  }
  if (lead && !contains(lead, trigger)) dates = dates.filter((d) => !d.span || !contains(lead, d.span))
  const cue = quoted ? undefined : reporting[0]
  const reportsAct = cue !== undefined && found.some((f, j) => j !== i && contains(cue.content, f.span))
  return dates.filter((d) => {
    if (!d.span) return true
    if (quoted && (isBeforeReport(ctx, d.span, quoted) || (d.span.start >= quoted.content.end && quoted.cue.start >= quoted.content.end))) return false
    if (reportsAct && overlaps(d.span, cue.content)) return false
    // "agreed to withdraw by next Tuesday", "what we agreed is that the commission will meet next month": the complement's date.
    if (d.span.start >= trigger.end && COMPLEMENT_TO_COME.has(found[i]!.trigger.type) && datesComplement(ctx, trigger.end, d.span.start)) return false
    // "told reporters on Sunday", "said on Friday that": the date of a telling, however the attribution was read.
    const telling = TOLD_BEFORE_DATE.exec(ctx.text.slice(Math.max(0, d.span.start - 40), d.span.start))
    return !telling || (d.span.start - telling[0].length <= trigger.start && trigger.end <= d.span.start)
  })
}

/** Acts whose complement is to come ("agreed to withdraw by Tuesday", "urged them to leave by Friday"); "refused to answer yesterday" is of its time. */
const COMPLEMENT_TO_COME: ReadonlySet<string> = new Set(['AGREE', 'REQUEST', 'THREATEN'])

/** A subordinate clause of time opening a sentence, up to its comma. */
const LEAD_CLAUSE = /^\s*(?:After|Before|Since|Following|Until)\b[^,;.]{1,120},/u

/** "After clashes in 2021 and 2022, both governments announced agreements": a lead clause of time holding an act, whose dates are that act's. Pure. */
function leadClauseWithAct(text: string, sentence: Span, found: readonly Found[]): Span | undefined {
  const lead = LEAD_CLAUSE.exec(text.slice(sentence.start, sentence.end))
  const span = lead ? { start: sentence.start, end: sentence.start + lead[0].length } : undefined
  return span && found.some((f) => contains(span, f.span)) ? span : undefined
}

/** A finite clause of what is to be, after a trigger: "that the commission will meet". */
const THAT_WILL = /\bthat\s+(?:[^,;.]{0,80}?\s)?(?:will|would|shall|should|must|could)\s/iu

/** True when the words from a trigger to a date after it open the trigger's complement: a that-clause of what is to be, or "to" and a verb. */
function datesComplement(ctx: Context, from: number, to: number): boolean {
  if (THAT_WILL.test(ctx.text.slice(from, to))) return true
  const { seg } = ctx
  for (let t = firstTokenAtOrAfter(seg, from); t < seg.starts.length - 1 && seg.ends[t]! <= to; t++) {
    if (/^to$/iu.test(ctx.text.slice(seg.starts[t], seg.ends[t])) && seg.pos[t + 1] === VERB) return true
  }
  return false
}

/** An aside that tells when its antecedent happened: "The release, which took place in Muscat late on Saturday,". */
const HAPPENED_ASIDE = /^,\s*(?:which|that)\s+(?:took\s+place|happened|occurred|came|was\s+held)\b/iu

/** True when `aside` right after `trigger` tells when the act it names took place. */
function happensAt(ctx: Context, aside: Span, trigger: Span): boolean {
  return aside.start === trigger.end && HAPPENED_ASIDE.test(ctx.text.slice(aside.start, aside.end))
}

/**
 * A relative clause set off by commas, or running to the end of the sentence: ", who took home £4m
 * last year,"; or opened by a preposition: "messages in which she discussed the contract".
 */
const RELATIVE_ASIDE = /(?:,\s*|\b(?:in|on|at|by|during|under|through|with|for|from|after|before)\s+)(?:who|whom|whose|which)\b[^,;]*(?=,|;|$)/giu

/** The relative asides of a sentence's `words`, which start at `offset`. Pure. */
function relativeAsides(words: string, offset: number): Span[] {
  return matchesOf(RELATIVE_ASIDE, words).map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length }))
}

/** What may lie between a reporting clause and its date: "said in a statement on Sunday", "On Sunday, the minister said". */
const REPORT_TO_DATE = /^[^.;:!?]{0,30}$/u
const RELATIVE_WORD = /\b(?:which|who|whom)\b/iu

/**
 * "The regulator announced on Monday that it had opened an inquiry", "60 people have died, officials said on Sunday":
 * a reported act the words date no other way happened no later than the report, whose date bounds it ("by Monday").
 * Not a plan, a denial or a demand, which tell of no act done. Pure.
 */
function withReportDay(ctx: Context, e: Event, reports: readonly Attribution[], dates: readonly EventDate[], published: string | undefined): Event {
  if (e.date || e.planned || e.polarity === 'negative' || e.modality === 'denied' || e.modality === 'demanded') return e
  // The innermost report first: its day is the nearest bound.
  for (const a of [...reports].sort((x, y) => (y.content.start - x.content.start) || (x.content.end - y.content.end))) {
    const reporter = reporterOf(a)
    const day = dates.find((d) => {
      if (!d.span || d.deadline || overlaps(d.span, a.content) || (published !== undefined && d.value > published)) return false
      const between = ctx.text.slice(Math.min(d.span.end, reporter.end), Math.max(d.span.start, reporter.start))
      return REPORT_TO_DATE.test(between) && !RELATIVE_WORD.test(between)
    })
    if (day) return { ...e, date: { ...day, notAfter: true } }
  }
  return e
}

/**
 * True when a date before the reported words is the reporting clause's ("On Sunday, the minister
 * said"); not when the report is a relative clause after it ("airstrikes in December 2024, which
 * the Taliban said killed 46 people": December dates the strikes).
 */
function isBeforeReport(ctx: Context, date: Span, quoted: Attribution): boolean {
  if (date.end > quoted.content.start) return false
  const reporter = reporterOf(quoted).start
  return !(date.end <= reporter && /,\s*(?:which|who|whom|that)\b|\b(?:which|who|whom)\s/iu.test(ctx.text.slice(date.end, reporter + 6)))
}

/** The words of a report that are not its content: its source and cue. Pure. */
function reporterOf(a: Attribution): Span {
  return { start: Math.min(a.cue.start, a.source?.start ?? a.cue.start), end: Math.max(a.cue.end, a.source?.end ?? a.cue.end) }
}

/**
 * The date nearest the trigger in its sentence, else a carried one. A past act dated by a
 * weekday after the publication date happened the week before ("on Friday", published Saturday
 * but read as the coming Friday), unless its clause looks ahead.
 */
function dateFor(trigger: Span, dates: readonly EventDate[], carried: EventDate | undefined, published: string | undefined, planned: boolean, ahead: (d: EventDate) => boolean): EventDate | undefined {
  let best: EventDate | undefined
  let distance = Infinity
  for (const d of dates) {
    const gap = d.span ? Math.max(d.span.start - trigger.end, trigger.start - d.span.end, 0) : Infinity
    if (gap < distance) { best = d; distance = gap }
  }
  if (!best) return carried
  // "the hospital promised for Saturday": the date the act looks ahead to stays ahead.
  if (!planned && published && best.precision === 'day' && best.value > published && !ahead(best)) {
    return best.how === 'relative' ? { ...best, value: shiftDate(best.value, -7), ...(best.to ? { to: shiftDate(best.to, -7) } : {}) } : undefined
  }
  return best
}

/** True when no clause break stands between two spans of one sentence. */
function sameClause(ctx: Context, a: Span, b: Span): boolean {
  const between = ctx.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start))
  // "The man who shot his friend … was killed": a passive verb after another act has a subject of its own.
  return !/[;:]|,\s*(?:and|but|while|after|before|when)\b|\b(?:was|were|is|are|been|being)\s+(?:\p{L}+ly\s+)?$/u.test(between)
}

export const eventsStage: Stage<'events'> = {
  name: 'events',
  requires: ['segments', 'mentions', 'attributions'],
  assigns: 'events',
  rules: [],
  run: (article, layers) => findEvents(article, need(layers, 'segments'), need(layers, 'mentions'), need(layers, 'attributions')),
}
