/**
 * @module analyze/attribution — who said or believes what: source, cue and content spans with
 * the resolved speaker, for direct, indirect and mixed quotes, "according to" and beliefs.
 * Everything no attribution covers is the outlet's own voice.
 *
 * Cues are found first (reporting-verb lemmas on wink-nlp tokens, plus multi-word phrases);
 * each cue then takes its source from the noun phrase before it (or right after it, in
 * "said Aliyev"), and its content from the rest of the sentence, or from the quotation the
 * source follows. Quotes left without a cue continue the previous speaker.
 */
import type { Actor, Article, Attribution, Mention } from '../../model/schema.js'
import { contains, firstEndingAfter, spanIndexAt, textOf, type Span } from '../../model/span.js'
import { firstMentionAtOrAfter, firstTokenAtOrAfter, need, type AttributionLayer, type MentionLayer, type Segmentation, type Stage } from '../layers.js'
import { inQuotation, posOf, QUOTE_MARK, tokenText } from '../segment/segment.js'
import { nameGender, surnameKey } from '../mentions/mentions.js'
import { datelineLengthAt } from '../../ingest/text-signals.js'
import { BELIEF_VERBS, BETWEEN_SOURCE_AND_CUE, DOCUMENT_NOUNS, endBeforeVenue, FEELING_PASSIVE_WORDS, FIGURE_CUE, figureGivenEnd, isOtherSense, isTimePhrase, JOINT_DOCUMENT, namesToRole, OBJECT_FIRST, OTHER_PARTIES, OWN_COUNT, PHRASE_CUES, SPEECH_VERBS, STATEMENT_NOUN, venueLength } from './cues.js'
import { at, findLineAttributions } from './lines.js'
import { isPassiveCue, tagRelations, type AttributionTaggers } from './tagger.js'
import type { TokenRelation } from './decode.js'
import { isSourceHead } from './source-heads.js'
import { beforeClosedRelative, beforeJoinedClause, fromLastSubject, headBeforeRelative, isImpersonalCue, isNamingParticiple, isTimeOnly, relativeClauseSubject, throughApposition, throughPostposedApposition, throughReducedRelative, throughRelativeClause, TIME_BEFORE_VERB, withConjuncts, withModifiers, withoutContactAntecedent, withoutDanglingRelative, withoutOpeningRelative, withoutWhenSpoken, withPossessed } from './source-bounds.js'
import { apposedName, isBodyNoun, memberHeadEnd, nameUnnamedSources } from './unnamed.js'
import { contradictsGender, isPeopleNoun, isPersonNoun, nameHead, pronounsGoOn } from './pronoun-speakers.js'

/** Speaker id of an attribution whose source names no actor the article introduced. */
export const UNKNOWN_SPEAKER = 'unknown'

interface Cue {
  readonly span: Span
  /** First and last token of the cue. */
  readonly first: number
  readonly last: number
  readonly lemma: string
  readonly kind: 'speech' | 'belief' | 'according-to'
  readonly sentence: number
}

/** Sources that are documents or data: "A new poll shows", "the report found". */
const EVIDENCE_NOUNS = /\b(?:poll|polls|survey|surveys|study|studies|report|reports|data|analysis|video|footage|records|documents?|research|review|audit|investigation|filing|memo|transcript|clause|provision|statute|amendment|lawsuit|complaint|indictment|ruling|letter)\s*$/iu

const NP_TOKENS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON'])
/** Verbs too common in other senses to count as cues without a named source. */
const WEAK_CUES = new Set(['call', 'describe', 'show', 'find', 'see', 'point', 'order', 'know', 'understand', 'view', 'consider', 'note', 'report', 'add', 'state', 'question', 'recall', 'signal', 'indicate', 'mention', 'compare', 'feel', 'hope', 'expect', 'concur', 'observe', 'maintain', 'charge', 'respond', 'reply', 'conclude', 'praise', 'condemn', 'criticize', 'criticise', 'blame', 'recognize', 'recognise', 'realize', 'realise', 'regard', 'wonder', 'worry', 'assume', 'guess', 'reckon'])

/** Which actor kinds make the best speaker when a source names several ("Iran's President Ebrahim Raisi"). */
const SPEAKER_RANK: Readonly<Record<Actor['kind'], number>> = { person: 0, organisation: 1, group: 2, unnamed: 3, outlet: 4, country: 5, place: 6 }
/** One past the worst rank: added to a possessor's, so any other mention beats it. */
const POSSESSOR_PENALTY = SPEAKER_RANK.place + 1
/** Less than one rank: a description loses only to a mention of the same kind. */
const DESCRIPTION_PENALTY = 0.5
/** Less than a description's: a mention that ends before its source loses only to one of the same kind and manner that ends it. */
const MODIFIER_PENALTY = 0.25
/** One rank: a noun's complement ("the lawyer for Mary Stone") loses to the one it describes, named or described, but not to a lesser kind ("the head of the agency"); an unnamed spokeswoman or lawyer "for the ministry" is a member (`unnamed.ts`). */
const COMPLEMENT_PENALTY = 1

/**
 * A figure's opening inside a cue or at its end, which the tagger may take into the cue: "said up | to 40", "said at | least 14",
 * "says around a dozen of | its members", "claimed nearly 40". Read over the cue and a few characters after it.
 */
const FIGURE_OPENER_IN_CUE = /\s+(?=(?:up\s+to|at\s+(?:least|most)|around|about|nearly|almost|roughly|approximately|some|over|(?:more|fewer|less)\s+than)\s+(?:\d|(?:a|an)\s+(?:dozen|score|hundred|thousand|million|billion)\b|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred|dozens|hundreds|thousands|millions)\b))/iu
/** Characters after a cue read for the rest of a figure's opening. */
const FIGURE_OPENER_REACH = 24
/** A plural noun right before "at", "of" or "for" and the phrase that follows: "(Engineers) at the". */
const PEOPLE_BEFORE_PREPOSITION = /(\p{L}+)\s+(?:at|of|for|from|with)\s+(?:the\s+)?$/iu
/** An infinitive closing an aside at a cue's start: "(who was not authorised) to speak publicly, | said". */
const ASIDE_INFINITIVE_IN_CUE = /^to\s[^,]*,\s+(?=\S)/u
/** A conjunction inside a cue before the verb of a second predicate: "(thanked voters) in a televised address and | promised". */
const CONJUNCTION_IN_CUE = /^.*\s(?:and|but)\s+(?=\S)/su
/** A cue of "be" and a preposition: "It is against (federal law to sell the drug)" states a fact, it reports nothing. */
const COPULA_AND_PREPOSITION = /^(?:(?:it|this|that|there)\s+)?(?:is|was|are|were|['’]s)\s+(?:against|for|about|like|in|on|at|of|within|beyond)$/iu
/** A relative clause still open at a cue or a content's start: "One officer, who was not authorised", "The research, which tracked | 1.1 million women". */
const OPEN_RELATIVE = /,\s+(?:who|which)\s[^,]*$/iu
/** Leave to speak or anonymity, which describes a speaker and reports nothing: "was not authorised to comment", "asked not to be named". */
const LEAVE_TO_SPEAK = /^(?:(?:(?:was|were|is|are|(?:has|have|had)\s+been)\s+)?not\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+(?:speak|comment|talk|discuss|brief)|(?:asked|requested|declined|(?:was|were)\s+not)\s+(?:not\s+)?(?:to\s+be\s+)?(?:named|identified|quoted)\b)/iu

/**
 * Finds the attributions of one article: the spans come from the trained tagger (which reads the
 * rules' output among its features), the speakers from the mentions stage. Pure given the model;
 * linear in the number of tokens. `taggers` replace the committed models (training uses it).
 */
export function findAttributions(text: string, seg: Segmentation, layer: MentionLayer, taggers?: AttributionTaggers, outlet?: string): AttributionLayer {
  const { attributions: rules, shaped, questions, leads } = ruleAttributions(text, seg, layer)
  const relations = tagRelations(text, seg, layer.mentions, layer.actors, rules, taggers)
  const mentionIndex = indexMentions(layer.mentions)
  const actors = new Map(layer.actors.map((a) => [a.id, a]))
  const history: string[] = []
  const out: Attribution[] = []
  const taggedCues = relations.map((r) => ({ start: seg.starts[r.cue.first]!, end: seg.ends[r.cue.last]! }))
  // Token runs become character spans without the quote marks and clause punctuation at their
  // edges (a content keeps its final full stop, as the rules' contents do); a span that is only
  // punctuation, such as the colon cue of a transcript, is kept as it is.
  const spanOf = (first: number, last: number): Span => {
    const start = seg.starts[first]!
    const end = Math.max(start, seg.ends[last]!)
    let s = start
    let e = end
    while (s < e && /[\s“”"‘’'«»,:;]/u.test(text[s] ?? '')) s++
    while (e > s && /[\s“”"’'»,:;]/u.test(text[e - 1] ?? '')) e--
    return e > s ? { start: s, end: e } : { start, end }
  }
  for (const relation of relations) {
    const r = pastBarePassive(text, seg, rules, relation)
    let words = r.content.first > r.cue.last ? throughClauseOpener(text, seg, r.content.first, r.content.last, spanOf) : spanOf(r.content.first, r.content.last)
    const read = withVenue(text, withoutFullStop(text, spanOf(r.cue.first, r.cue.last)), words)
    // "The ministry now counts": an adverb before the figure verb the rules read as the cue is no part of it ("later said" keeps it).
    let cue = posOf(seg, r.cue.first) === 'ADV' && r.cue.first < r.cue.last && rules.some((x) => x.cue.start === seg.starts[r.cue.first + 1] && x.cue.end === read.end && !hasReportingVerb(seg, x.cue)) ? { start: seg.starts[r.cue.first + 1]!, end: read.end } : read
    // "said up to 40 people", "says around a dozen of its members": the words open the figure, no particle of the cue.
    const opener = FIGURE_OPENER_IN_CUE.exec(text.slice(cue.start, cue.end + FIGURE_OPENER_REACH))
    if (opener && opener.index > 0 && cue.start + opener.index < cue.end && words.start >= cue.end) {
      words = { start: cue.start + opener.index + opener[0].length, end: words.end }
      cue = { start: cue.start, end: cue.start + opener.index }
    }
    // "One officer, who was not authorised to speak publicly, said": the infinitive closes the aside; the verb after it is the cue.
    const aside = ASIDE_INFINITIVE_IN_CUE.exec(text.slice(cue.start, cue.end))
    if (aside && OPEN_RELATIVE.test(text.slice(seg.sentences[spanIndexAt(seg.sentences, cue.start)]?.start ?? 0, cue.start))) cue = { start: cue.start + aside[0].length, end: cue.end }
    // A venue before "and" closes the predicate before it; the cue is the verb after ("was presented and caused" stays whole).
    const joined = CONJUNCTION_IN_CUE.exec(text.slice(cue.start, cue.end))
    if (joined && closesOnVenue(text, seg, cue.start, cue.start + joined[0].length) && hasVerb(seg, cue.start + joined[0].length, cue.end)) cue = { start: cue.start + joined[0].length, end: cue.end }
    // "said no alarm rang and no one came to warn | them": a tagged cue that runs on from the rules' verb of saying into what they
    // read as its content holds a clause of its own; the rules' cue is the cue, and the content runs from theirs to the sentence's end.
    const overrun = words.start >= cue.end ? rules.find((x) => x.cue.start === cue.start && x.cue.end < cue.end && x.content.start >= x.cue.end && x.content.start < cue.end && hasReportingVerb(seg, x.cue) && holdsClause(text, seg, x.content.start, cue.end)) : undefined
    const overrunSentence = overrun && seg.sentences[spanIndexAt(seg.sentences, overrun.cue.start)]
    if (overrun && overrunSentence) {
      const end = Math.max(words.end, trimEnd(text, overrun.content.start, overrunSentence.end))
      words = { start: overrun.content.start, end: outletClauseStart(text, seg, overrun.content.start, end) }
      cue = overrun.cue
    }
    if (LEAVE_TO_SPEAK.test(text.slice(cue.start, Math.max(cue.end, words.end))) || COPULA_AND_PREPOSITION.test(text.slice(cue.start, cue.end))) continue
    // A quotation ended by its cue is reported whole, though the tagger left out its opening words.
    words = withWholeQuotation(text, seg.quotes, words, cue)
    // Unquoted content with no source that holds its own cue ("The attack was condemned ... by
    // Iran") is a misread sentence, not a report; a quotation split by its cue legitimately holds it.
    if (!r.source && words.start <= cue.start && cue.end <= words.end && !quoteStartsNear(seg.quotes, words.start)) continue
    // So is a report with no source whose verb is followed by a preposition ("was condemned in the strongest terms by Iran").
    if (!r.source && [r.cue.last, r.content.first].some((t) => t >= r.cue.last && posOf(seg, t) === 'ADP' && !REPORT_PREPOSITIONS.test(text.slice(seg.starts[t], seg.ends[t])))) continue
    // "The charity, which operates the ship Aurora, said": a verb right after a relative pronoun the tagger did not take for its source is the relative clause's, no cue.
    if (!r.source && RELATIVE_BEFORE_CUE.test(text.slice(Math.max(0, cue.start - RELATIVE_REACH), cue.start)) && !hasReportingVerb(seg, { start: seg.starts[r.cue.first]!, end: seg.ends[r.cue.last]! })) continue
    // "a decree that nobody in government wants to talk about": a noun with no verb and no source, whose "that" opens a relative clause (its sentence ends on the clause's stranded preposition), reports nothing.
    if (!r.source && isBareNounCue(seg, r.cue) && STRANDED_PREPOSITION.test(text.slice(seg.ends[r.cue.last], seg.sentences[spanIndexAt(seg.sentences, seg.starts[r.cue.last]!)]?.end))) continue
    // "Garcia was pleased": a passive with no source and no verb of saying whose only content is its own subject reports nothing ("The rules were announced" does).
    if (!r.source && r.content.last < r.cue.first && /^\s*$/u.test(text.slice(words.end, cue.start)) && isVerbless(seg, r.content.first, words.end) && !hasReportingVerb(seg, cue)) continue
    // "A High Court ruling that allows the airport to expand": "that" with a verb right after it opens a relative clause on the noun, not what it reports;
    // a word in -ing there is mostly the reported clause's own subject ("claims that hacking swayed the vote").
    if (isBareNounCue(seg, r.cue) && /^that$/iu.test(tokenText(text, seg, r.cue.last + 1)) && posOf(seg, r.cue.last + 2) === 'VERB' && !/ing$/iu.test(tokenText(text, seg, r.cue.last + 2))) continue
    // "newspaper editorial writers": a noun cue with no verb that modifies a noun of people is part of their name, no report.
    if (isBareNounCue(seg, r.cue) && modifiesPeopleNoun(text, seg, r.cue.last)) continue
    // "released after questioning,": a word that is the object of a preposition and ends its clause is an event, no cue.
    if (r.cue.first === r.cue.last && PREPOSITION_BEFORE.test(text.slice(Math.max(0, cue.start - PREPOSITION_REACH), cue.start)) && /^\s*(?:[,.;:!?]|$)/u.test(text.slice(cue.end))) continue
    // "Let's be honest about …", "And what about the opposition?": the writer's own exhortation or question, nobody's report.
    if (writersOwn(text, seg, r.source ? seg.starts[r.source.first]! : cue.start, cue.end)) continue
    // "Ruiz, whose plans have upset her party, …": an act in a relative clause on its possessor is no cue.
    if (r.source && /^whose\b/iu.test(tokenText(text, seg, r.source.first)) && !hasReportingVerb(seg, cue)) continue
    // "Gunmen attacked a checkpoint, killing three": an act whose object has casualties as its outcome is violence, no report.
    if (CASUALTY_OUTCOME.test(text.slice(words.start, words.end)) && !hasReportingVerb(seg, cue)) continue
    // "Dan Rusu, a driver for twenty years, showed us the letters": a weak cue with a person and then a thing as its objects is an act of showing, no report.
    if (isWeakCue(seg, r.cue) && actsOnThing(seg, cue, words) && PERSON_THEN_THING.test(text.slice(words.start, words.end))) continue
    // "The governor reportedly left": hearsay with no speaker; the subject is part of what is reported.
    const hearsay = r.source !== undefined && isHearsayCue(seg, r.cue)
    // A source the tagger missed before its cue ("…, Secretary of State Hillary Clinton revealed
    // Wednesday" after a long content) is taken from the rules' reading of the same cue; when the
    // tagger ran it into the end of the content, the content ends before it.
    const ruleSource = r.source ? undefined : rules.find((x) => x.source && overlapsAny(x.cue, [cue]) &&
      words.start < x.source.start && words.end <= cue.start && /^\s*$/u.test(text.slice(x.source.end, cue.start)))?.source
    if (ruleSource && overlapsAny(ruleSource, [words])) words = { start: words.start, end: trimEnd(text, words.start, ruleSource.start) }
    const sentence = seg.sentences[spanIndexAt(seg.sentences, seg.starts[r.cue.first]!)]
    // "Trump, whose views …, last year proposed": a time read as the source is none.
    const tagged = r.source && !hearsay ? spanOf(r.source.first, r.source.last) : ruleSource
    let source = tagged && !isTimeOnly(text.slice(tagged.start, tagged.end)) ? tagged : hearsay || !sentence ? undefined : asideSubject(text, seg, mentionIndex, sentence, cue.start)
    // "A WHO official, speaking …, said the ministry counted …, while the WHO tally included …": a source read after the content that follows its cue is a misreading where the rules read one before the cue.
    if (sourceAfterContent(r)) source = rules.find((x) => x.source && overlapsAny(x.cue, [cue]) && x.source.end <= cue.start)?.source ?? source
    // "Union officials have put the figure closer to 3,000, and one newspaper has reported …": a source the rules give to an earlier cue the tagger did not take is that cue's; the tagger joined it to the next one, whose subject is right before it.
    const passedOver = source && r.source && rules.some((x) => x.source?.start === source!.start && source!.end <= x.cue.start && x.cue.end <= cue.start && !overlapsAny(x.cue, taggedCues) && !overlapsAny(x.content, [words]))
    if (passedOver) source = subjectRightBefore(text, seg, r.cue.first) ?? source
    // "Policymakers have been startled by X": a passive of feeling reports its subject's attitude to the agent; the subject speaks.
    const felt = isFeelingPassive(text.slice(cue.start, cue.end)) ? subjectRightBefore(text, seg, r.cue.first) : undefined
    if (felt && source && source.start >= cue.end && words.start > source.start) words = { start: source.start, end: words.end }
    if (felt) source = felt
    if (!source && !hearsay && !isPassiveCue(text, seg, r.cue)) source = subjectBeforeVerb(text, seg, mentionIndex, r.cue.first) ?? (sentence && relativeClauseSubject(text, seg, r.cue.first, sentence.start))
    if (!source && !hearsay && sentence && !isPassiveCue(text, seg, r.cue) && opensSecondPredicate(text, seg, cueVerb(seg, cue))) source = subordinateSubject(text, seg, cueVerb(seg, cue)) ?? mainSubject(text, seg, mentionIndex, sentence, cue.start)
    if (source && sentence) source = relativeSubject(text, seg, source, sentence, cue.start) ?? source
    if (source && sentence) source = participleSubject(text, seg, mentionIndex, source, sentence, cue) ?? source
    if (source && !hearsay) source = participleOnPeople(text, seg, mentionIndex, cueVerb(seg, cue)) ?? source
    if (source) source = subjectAfterRelative(text, seg, source)
    if (source) source = withoutTrailingAdverbs(text, seg, source)
    if (source && sentence) source = withOpeningSubject(text, seg, source, sentence, cue.start)
    if (source && sentence) source = subjectOverAside(text, seg, mentionIndex, source, sentence, cue.start) ?? source
    if (!hearsay && !isPassiveCue(text, seg, r.cue)) source = clauseOfTimeSubject(text, seg, mentionIndex, cueVerb(seg, cue), source) ?? source
    // "Her | rival conceded defeat": a possessive read alone as the source owns the noun after it.
    if (source) ({ source, cue } = withPossessed(text, seg, source, cue))
    // "RAWALPINDI: Pakistani jets struck …" is a dateline, not a speaker's turn.
    if (source && /^[:—–-]$/u.test(text.slice(cue.start, cue.end)) && isDateline(source, mentionIndex, actors)) continue
    const reported = hearsay && r.source ? spanOf(Math.min(r.source.first, r.content.first), r.content.last) : words
    let content = source && reported.start > cue.start ? { start: reported.start, end: relativeClauseEnd(text, seg, source, cue.start, reported.start, reported.end) } : untilSource(text, reported, source)
    content = withoutAddressee(text, mentionIndex, cue, content)
    // "According to the regional president, Stefano Bonaccini, damage …": the name in apposition is the source's, not the content's.
    const according = /\baccording\s+to\b/iu.test(text.slice(cue.start, cue.end))
    if (source && content.start > source.end && according) {
      const end = pastSpanningMentions(text, source, content.end, mentionIndex)
      if (end > source.end) {
        source = { start: source.start, end }
        content = { start: afterComma(text, end), end: content.end }
      }
    }
    const interrupted = source && sentence && !according ? interruptedContent(text, seg, cue, source, sentence, sentence.end) : undefined
    if (interrupted) content = interrupted
    else if (sentence) content = withJoinedThatClause(text, participleContent(text, cue, content, sentence), sentence)
    content = pastAsideBeforeThat(text, cue, content)
    // "called for calm in a televised address on Monday": where a thing was called for is no part of it; after a clause PolNeAR keeps it ("said those statements were wrong during a hearing").
    if (content.start >= cue.end && !quoteStartsNear(seg.quotes, content.start)) content = thingBeforeVenue(text, seg, content)
    // "The nurse that treated Ana Ruiz said": the noun phrase before a relative clause speaks, not who the clause names.
    let speaker = source ? speakerOf(text, headBeforeRelative(text, seg, source) ?? source, mentionIndex, actors, history) : UNKNOWN_SPEAKER
    // "He said: 'I was never afraid'" inside her quotation: the man she quotes, not herself.
    if (source && speaker === history[history.length - 1] && inQuotation(seg, source)) speaker = quotedPerson(text, source, mentionIndex, actors, speaker)
    // "A senior official at the ministry, who spoke on condition of anonymity": an unnamed official (`unnamed.ts`), not the ministry on the record.
    if (source && INSTITUTIONS.has(actors.get(speaker)?.kind ?? 'person') && ANONYMOUS.test(text.slice(source.start, Math.max(source.end, cue.start)))) speaker = UNKNOWN_SPEAKER
    // A quotation with no source of its own, close after a named speaker's, goes on in that voice.
    const previous = out[out.length - 1]
    if (!source && previous && previous.speaker !== UNKNOWN_SPEAKER && content.start - previous.content.end < 400 && quoteStartsNear(seg.quotes, content.start)) speaker = previous.speaker
    let kind: Attribution['kind']
    if (according) kind = 'according-to'
    else {
      let belief = false
      let speech = false
      for (let t = r.cue.first; t <= r.cue.last; t++) {
        const lemma = seg.lemmas[t] ?? ''
        if (SPEECH_VERBS.has(lemma)) speech = true
        else if (BELIEF_VERBS.has(lemma)) belief = true
      }
      kind = contentKind(seg.quotes, content, belief && !speech ? 'belief' : 'speech', source ? [cue, source] : [cue])
    }
    out.push({ kind, speaker, ...(source ? { source } : {}), cue, content })
    if (speaker !== UNKNOWN_SPEAKER) history.push(speaker)
  }
  // An interviewer's questions displace the tagger's reading of them, then stay the outlet's voice;
  // an act read as a cue goes after it has kept the rules from reading the same words again.
  // Contents are fitted first, so that the rules may read what a tagged content ran over.
  const fitted = fitContents(text, seg, rules)
  const tagged = outletClauseCues(text, seg, mentionIndex, actors, leadBeforeTimeClause(text, seg, throughAsides(text, seg, withRules(text, seg, fitContents(text, seg, dedupe(out.map((a) => subjectOfEvaluation(text, seg, mentionIndex, actors, a) ?? a)).filter((a) => !inVenue(text, seg, a.cue) && !isParticleCue(seg, a.cue))), fitted, shaped), fitted))).filter((a) => !questions.some((q) => contains(q, a.cue)) && !isNotReport(text, seg, a.cue, a.content) && !isObjectRelative(text, seg, a))
  // A question put to a speaker stays the outlet's, also a quotation in it that would otherwise go on in the last voice.
  const asked: Attribution[] = []
  const told: Attribution[] = []
  for (const a of tagged) (isQuestionPut(text, seg, a) ? asked : told).push(a)
  const answered = told.flatMap((a) => {
    const report = reread(text, seg, gapContent(text, seg, relativeContent(text, seg, a)))
    return report ? passiveReport(text, seg, mentionIndex, actors, quotedAsSaying(text, seg, mentionIndex, actors, report)) : []
  })
  const scoped = withoutReportsToCome(text, withClauseBefore(text, seg, contactReports(text, seg, mentionIndex, actors, embeddedReports(text, mentionIndex, actors, accordingToClauses(text, seg, answered))).map((a) => throughRelativeAside(text, seg, a))))
  const continued = continueQuotes(text, seg, withOpeningParagraphs(text, seg, withLedParagraphs(text, seg, leads, rules, beforeAnswer(text, withDeniedCharges(text, seg, mentionIndex, actors, scoped)))), asked.map((a) => a.content))
  const found = deniedReportContents(text, whatCalled(text, seg, mentionIndex, actors, withoutParticipleRunIn(text, seg, withCoordinatedPredicates(text, seg, nestedQuotes(text, mentionIndex, actors, firstPersonSpeakers(text, splitInterrupted(text, seg, continued).map((a) => withoutOwnCue(text, seg, a)))).map((a) => withRelativeSource(text, reportOnSubject(text, seg, insideRelativeClause(text, seg, reportBeforeAddressee(text, seg, fitSource(text, seg, a))))))))))
  const { attributions: named, actors: speakers, mentions } = nameUnnamedSources(text, seg, found.map((a) => untilSemicolon(text, seg, a)), layer.actors, layer.mentions, UNKNOWN_SPEAKER, outlet)
  const speakerActors = new Map(speakers.map((a) => [a.id, a]))
  const attributions = withReportSpeakers(pronounsGoOn(text, seg, named, (id) => actors.get(id) ?? speakerActors.get(id), layer.mentions, UNKNOWN_SPEAKER)).map((a) => withClosingMark(text, seg.quotes, a))
  // The author's own "I think" is the outlet's voice, not a quoted speaker's.
  const authors = new Set(speakers.filter((s) => s.kind === 'outlet').map((s) => s.id))
  const quoted = attributions.filter((a) => !authors.has(a.speaker)).map((a) => a.content)
  return { attributions, outletVoice: complement(text, quoted), speakers: { actors: speakers, mentions } }
}

/**
 * Characters after a content that may stand before the closing mark of a quotation it opened: "was “overwhelming”", "“in grave danger.”";
 * after its cue also a comma ("said it was “audited and final,” and …"; before a cue, ',” she said' is the frame's).
 */
const BEFORE_CLOSING_MARK = /^[.!?]?[”"’']$/u
const BEFORE_CLOSING_MARK_AFTER_CUE = /^[.!?,]?[”"’']$/u

/**
 * A content that opens a quotation inside it ends with the quotation's closing mark ("said the
 * evidence was “overwhelming”"), which trimming its edges took off; a content that is the whole
 * quotation keeps its marks outside it. Pure; a binary search in `quotes`.
 */
function withClosingMark(text: string, quotes: readonly Span[], a: Attribution): Attribution {
  // Quotation spans hold the words between the marks.
  const quote = quotes[spanIndexAt(quotes, a.content.end - 1)]
  const end = quote ? quote.end + 1 : a.content.end
  if (!quote || quote.start <= a.content.start || !(a.content.start >= a.cue.end ? BEFORE_CLOSING_MARK_AFTER_CUE : BEFORE_CLOSING_MARK).test(text.slice(a.content.end, end))) return a
  return { ...a, content: { start: a.content.start, end } }
}

/** A content of one word that only opens its clause: "fear | that", "asked | whether". */
const CLAUSE_OPENER_ONLY = /^(?:that|whether|if)$/iu
/** Punctuation that ends a clause a content runs on to. */
const CLAUSE_END_MARK = /^(?:[,;:()“”"«»—–.!?])$/u

/**
 * The span of content tokens `[first, last]` after its cue, run on to the end of its clause (the
 * next comma, colon, quotation mark or the sentence's end) when the tagger stopped it on the word
 * that opens the clause ("some policymakers fear | that | cutting too early could …"). Pure;
 * linear in the sentence's tokens.
 */
function throughClauseOpener(text: string, seg: Segmentation, first: number, last: number, spanOf: (first: number, last: number) => Span): Span {
  if (first !== last || !CLAUSE_OPENER_ONLY.test(tokenText(text, seg, last))) return spanOf(first, last)
  const end = seg.sentenceTokenEnd[sentenceOfToken(seg, last)]!
  let t = last + 1
  while (t < end && !(posOf(seg, t) === 'PUNCT' && CLAUSE_END_MARK.test(tokenText(text, seg, t)))) t++
  return spanOf(first, t - 1)
}

/** Continuing parts speak in the voice of the report whose cue and source they share, also where a pronoun's report moved after them. Pure; linear. */
function withReportSpeakers(found: readonly Attribution[]): Attribution[] {
  const statement = (a: Attribution): string => `${a.cue.start} ${a.source?.start ?? -1}`
  const speakers = new Map(found.filter((a) => !a.continues).map((a) => [statement(a), a.speaker]))
  return found.map((a) => {
    const speaker = a.continues ? speakers.get(statement(a)) : undefined
    return speaker && speaker !== a.speaker ? { ...a, speaker } : a
  })
}

/** "It is against federal law | to | sell the drug": a cue of particles and prepositions alone reports nothing. Pure. */
function isParticleCue(seg: Segmentation, cue: Span): boolean {
  for (let t = Math.max(0, tokenAt(seg, cue.start)); t < seg.starts.length && seg.starts[t]! < cue.end; t++) if (!['PART', 'ADP'].includes(posOf(seg, t))) return false
  return true
}

/** Verbs of blame, accusation and praise: whom they are about is their object, never who speaks. */
const EVALUATION_VERBS = new Set(['blame', 'accuse', 'praise', 'criticize', 'criticise', 'credit', 'fault', 'thank', 'commend', 'applaud', 'condemn', 'denounce', 'rebuke', 'scold', 'congratulate'])

/**
 * "Kerr, a Republican, blamed Attorney General Ruth Moss for failing …": a source right after a
 * verb of blame, accusation or praise is that verb's object, read as the source of the verb or of
 * a word after it ("for"). The verb is the cue, the subject before it the source, and what it
 * says runs from the object on. Undefined when no subject comes before the verb. Pure.
 */
function subjectOfEvaluation(text: string, seg: Segmentation, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, a: Attribution): Attribution | undefined {
  const verb = a.source ? tokenAt(seg, a.source.start) - 1 : -1
  const sentence = seg.sentences[spanIndexAt(seg.sentences, a.cue.start)]
  if (verb < 0 || !sentence || posOf(seg, verb) !== 'VERB' || !EVALUATION_VERBS.has(seg.lemmas[verb] ?? '') || seg.starts[verb]! < sentence.start) return undefined
  const verbStart = seg.starts[verb]!
  const source = subjectBeforeVerb(text, seg, mentions, verb) ?? asideSubject(text, seg, mentions, sentence, verbStart) ?? mainSubject(text, seg, mentions, sentence, verbStart)
  if (!source) return undefined
  const content = { start: a.source!.start, end: Math.max(a.content.end, a.source!.end) }
  return { kind: contentKind(seg.quotes, content, 'speech'), speaker: speakerOf(text, source, mentions, actors, []), source, cue: { start: verbStart, end: seg.ends[verb]! }, content }
}

/** A plain object of a person, then a thing: "us the letters", "them a photo" (not "her", which may be a possessive). */
const PERSON_THEN_THING = /^(?:us|me|him|them|you)\s+\p{L}/iu

/**
 * True when a cue's verbs are all `WEAK_CUES` ("showed", not "showed and said") that do not take
 * their addressee or what they name as a first object (`OBJECT_FIRST`: "called him divisive"). Pure.
 */
function isWeakCue(seg: Segmentation, cue: { readonly first: number; readonly last: number }): boolean {
  let weak = false
  for (let t = cue.first; t <= cue.last; t++) {
    if (posOf(seg, t) !== 'VERB') continue
    const lemma = seg.lemmas[t] ?? ''
    if (!WEAK_CUES.has(lemma) || OBJECT_FIRST.has(lemma)) return false
    weak = true
  }
  return weak
}

/** True when a content after its cue is a plain thing: no verb, no quotation ("showed | us the letters"). Pure. */
function actsOnThing(seg: Segmentation, cue: Span, content: Span): boolean {
  return content.start >= cue.end && !quoteStartsNear(seg.quotes, content.start) && isVerbless(seg, firstTokenAtOrAfter(seg, content.start), content.end)
}

/** A cue that is a passive of feeling (`FEELING_PASSIVE_WORDS`: "have been startled", "was not impressed"), with the "by" of its agent the tagger often takes. */
const FEELING_PASSIVE = new RegExp(`^${FEELING_PASSIVE_WORDS}(?:\\s+by)?$`, 'iu')

/** True when a cue's words are a passive of feeling ("were worried by"): its subject speaks of its attitude. Pure. */
export function isFeelingPassive(cueText: string): boolean {
  return FEELING_PASSIVE.test(cueText.replace(/\s+/gu, ' ').trim())
}

/** A participle clause of casualties after an act's object: ", killing three", ", wounding dozens". */
const CASUALTY_OUTCOME = /,\s+(?:killing|wounding|injuring|maiming)\s/iu

/** A preposition whose object a following word is ("after questioning", "for questioning"). */
const PREPOSITION_BEFORE = /\b(?:after|before|during|under|upon|following|without|for|in)\s+$/iu
/** Characters before a cue read for `PREPOSITION_BEFORE`. */
const PREPOSITION_REACH = 12

/** A source and cue that are the writer's exhortation ("Let's be honest about", "let us remember") or question ("what about"). */
const WRITERS_OWN = /^(?:let['’]s|let\s+us)\b|^(?:and\s+)?what\s+about$/iu

/**
 * True when a source and cue (`from` the source, or the cue with none, to `cueEnd`) are the writer's own (`WRITERS_OWN`),
 * also when the tagger's source is only the "'s" or "us" of "Let's", "Let us"; not inside a quotation ("'Let's go,' she said"). Pure.
 */
function writersOwn(text: string, seg: Segmentation, from: number, cueEnd: number): boolean {
  if (WRITERS_OWN.test(text.slice(from, cueEnd))) return true
  return /\blet\s*$/iu.test(text.slice(Math.max(0, from - 5), from)) && /^(?:['’]?s|us)\b/iu.test(text.slice(from, from + 3)) && !inQuotation(seg, { start: from, end: cueEnd })
}

/** A relative clause after a noun that ends its sentence on a preposition: "that nobody wants to talk about." */
const STRANDED_PREPOSITION = /^\s+(?:that|which)\s[^,;:]*\s(?:about|of|to|for|with|on|at|in|from|into|over)\s*[.!?]?\s*$/iu

/** True when a cue's tokens are a noun phrase with no verb ("a decree", "claim"). Pure. */
function isBareNounCue(seg: Segmentation, cue: { readonly first: number; readonly last: number }): boolean {
  for (let t = cue.first; t <= cue.last; t++) if (!['DET', 'ADJ', 'NOUN'].includes(posOf(seg, t))) return false
  return posOf(seg, cue.last) === 'NOUN'
}

/** True when noun token `t` modifies a noun of people right after it in its sentence ("editorial | writers", "campaign | aides"). Pure. */
function modifiesPeopleNoun(text: string, seg: Segmentation, t: number): boolean {
  const next = t + 1
  if (next >= seg.sentenceTokenEnd[sentenceOfToken(seg, t)]! || posOf(seg, next) !== 'NOUN') return false
  return isPeopleNoun(tokenText(text, seg, next).toLowerCase()) || isPersonNoun((seg.lemmas[next] ?? '').toLowerCase())
}

/** A content that is a thing, no clause, up to a venue that closes it ("calm | in a televised address on Monday"). Pure. */
function thingBeforeVenue(text: string, seg: Segmentation, content: Span): Span {
  const end = endBeforeVenue(text, content)
  return end !== content.end && isVerbless(seg, firstTokenAtOrAfter(seg, content.start), end) ? { start: content.start, end } : content
}

/** A participle cue after a comma: "…, saying", "…, adding". */
const PARTICIPLE_CUE = /,\s*(?:\p{Ll}+ly\s+)?\p{Ll}+ing$/u
/** An aside in commas between a cue and the "that" of its clause: "announced|, with the smugness of a man who …, |that". */
const ASIDE_BEFORE_THAT = /^,[^,;:"“”]{1,120},\s*(?=that\s)/u

/** An adverb of manner or time between a cue and the "that" of its clause: "said | privately |that", "said | yesterday |that". */
const MANNER_BEFORE_THAT = /^\s+(?:\p{Ll}+ly|yesterday|today|tonight|again|also|later|earlier|once|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning))\s+(?=that\s)/u

/** "announced, to nobody's surprise, that he had won": the content starts at "that"; the aside says how it was said. Pure. */
function pastAsideBeforeThat(text: string, cue: Span, content: Span): Span {
  if (content.start < cue.end) return content
  const aside = ASIDE_BEFORE_THAT.exec(text.slice(cue.end, content.end)) ?? MANNER_BEFORE_THAT.exec(text.slice(cue.end, content.end))
  const start = cue.end + (aside?.[0].length ?? 0)
  return aside && start >= content.start ? { start, end: content.end } : content
}

/** A second reported clause joined to the first: '" and that videos showed …'. */
const JOINED_THAT_CLAUSE = /^["”’]?\s+and\s+that\s/u

/**
 * 'said this was "a flat lie" and that videos … showed the gate closed at 7.50pm': a content read up
 * to ", and that" goes on through the clause it joins, which reports too, to the sentence's end. Pure.
 */
function withJoinedThatClause(text: string, content: Span, sentence: Span): Span {
  if (!JOINED_THAT_CLAUSE.test(text.slice(content.end, sentence.end))) return content
  return { start: content.start, end: trimEnd(text, content.start, sentence.end) }
}

/** What may follow the end of a participle's content in its sentence: a plain run of words, no clause punctuation, quotation mark, joined or relative clause ("and pointedly saying", "after Trump said", "that has been praised"). */
const PLAIN_REST = /^(?![^]*\b(?:and|but|or|while|whereas|as|after|before|when|because|since|until|if|although|though|that|which|who|whom|whose|where)\s)[^,;:()"“”—–]*$/u

/**
 * "The ministry rejected the accusation, saying the first case was confirmed on Aug. 29.": a
 * participle's complement runs to the end of its sentence when only plain words are left after
 * the content read. Pure.
 */
function participleContent(text: string, cue: Span, content: Span, sentence: Span): Span {
  if (content.start < cue.end || content.end >= sentence.end || !PARTICIPLE_CUE.test(text.slice(Math.max(sentence.start, cue.start - 3), cue.end))) return content
  const rest = text.slice(content.end, sentence.end)
  // Up to the sentence's full stop, which PolNeAR leaves out of a participle's complement.
  return /\p{L}/u.test(rest) && PLAIN_REST.test(rest) ? { start: content.start, end: trimEnd(text, content.start, sentence.end) } : content
}

/**
 * "The senator tweeted on Monday, saying: "We will win."": a content that runs into a participle
 * cue of saying (`PARTICIPLE_CUE`) and cuts the participle's own content short reports what the
 * participle does. It ends before the participle's comma; what is left is no content when it is a
 * time or a prepositional phrase ("on Monday", "on Twitter"), so the act reports nothing of its
 * own ("claimed victory in a statement, saying" keeps "victory in a statement"). Pure.
 */
function withoutParticipleRunIn(text: string, seg: Segmentation, found: readonly Attribution[]): Attribution[] {
  // Cues with their content after them, by start: each content looks only at the cues inside it (binary search).
  const cues = found.filter((b) => b.content.start >= b.cue.end).sort((x, y) => x.cue.start - y.cue.start)
  const cueStarts = { starts: Uint32Array.from(cues, (b) => b.cue.start) }
  const participleIn = (a: Attribution): Attribution | undefined => {
    for (let k = firstTokenAtOrAfter(cueStarts, a.content.start + 1); k < cues.length && cues[k]!.cue.start < a.content.end; k++) {
      const b = cues[k]!
      if (b !== a && b.cue.end <= a.content.end && b.content.end > a.content.end && PARTICIPLE_CUE.test(text.slice(Math.max(a.content.start, b.cue.start - 3), b.cue.end))) return b
    }
    return undefined
  }
  return found.flatMap((a) => {
    const participle = participleIn(a)
    if (!participle) return [a]
    // The participle's comma, searched back no further than the content's start.
    const comma = text.slice(a.content.start, participle.cue.start + 1).lastIndexOf(',')
    const end = comma < 0 ? a.content.start : trimEnd(text, a.content.start, a.content.start + comma)
    const first = firstTokenAtOrAfter(seg, a.content.start)
    if (end <= a.content.start || posOf(seg, first) === 'ADP' || isTimeOnly(text.slice(a.content.start, end))) return []
    return [{ ...a, content: { start: a.content.start, end } }]
  })
}

/** A report or request still to be made: "would ask the European Union for help", "will announce a plan", "plans to call for an inquiry". */
const REPORT_TO_COME = /^(?:would|will|could|might|may|shall|should|is\s+to|are\s+to|plans?\s+to|planned\s+to|intends?\s+to)\s+(?:\p{Ll}+ly\s+)?\p{L}+/iu

/**
 * The attributions but those still to be made inside what another reports ("He told state
 * television that the government would ask the EU for help"): the reporter's content, not a
 * second report. Reports made in a reported clause ("said the minister had denied it") stay, as
 * PolNeAR nests them; those to come it does not (held-out fold 9 gained in every figure). Pure;
 * sorts, then one sweep.
 */
function withoutReportsToCome(text: string, found: readonly Attribution[]): Attribution[] {
  const byContent = [...found].sort((a, b) => a.content.start - b.content.start)
  const byStart = found.map((a, k) => ({ k, at: (a.source ?? a.cue).start })).sort((x, y) => x.at - y.at)
  const toCome = new Set<number>()
  let furthest = -1
  let next = 0
  for (const { k, at } of byStart) {
    while (next < byContent.length && byContent[next]!.content.start <= at) furthest = Math.max(furthest, byContent[next++]!.content.end)
    const a = found[k]!
    if (furthest >= a.cue.end && REPORT_TO_COME.test(text.slice(a.cue.start, a.cue.end))) toCome.add(k)
  }
  return found.filter((_, k) => !toCome.has(k))
}

/** True when the tagger read a relation's source after both its cue and the content that follows the cue. Pure. */
function sourceAfterContent(r: TokenRelation): boolean {
  return r.source !== undefined && r.content.first > r.cue.last && r.source.first > r.content.first
}

/** A relative pronoun right before a cue, with an adverb between at most. */
const RELATIVE_BEFORE_CUE = /\b(?:which|who)\s+(?:\p{Ll}+ly\s+)?$/iu
/** Characters before a cue searched for `RELATIVE_BEFORE_CUE`. */
const RELATIVE_REACH = 24

/** A source ending in a relative pronoun and the relative clause's subject of up to four words: "a breach that it", "the deadline that Tarovia". */
const RELATIVE_THEN_SUBJECT = /\s(?:that|which|whom)\s+([^\s,;:]+(?:\s+[^\s,;:]+){0,3})$/iu

/**
 * "a breach that it said exposed …", "the deadline that Tarovia says was agreed": the subject after
 * the relative pronoun (a noun phrase of up to four words) is the cue's, the noun before is what it
 * spoke about; "a group that campaigns for …" has a verb there and is the whole source. Pure.
 */
function subjectAfterRelative(text: string, seg: Segmentation, source: Span): Span {
  const subject = RELATIVE_THEN_SUBJECT.exec(text.slice(source.start, source.end))
  if (!subject) return source
  const start = source.end - subject[1]!.length
  for (let t = firstTokenAtOrAfter(seg, start); t < seg.starts.length && seg.starts[t]! < source.end; t++) if (!SUBJECT_TAGS.has(posOf(seg, t))) return source
  return { start, end: source.end }
}

/** Words that keep a source anonymous: "on condition of anonymity", "asked not to be named", "asking that his name not be used". */
const ANONYMOUS = /\b(?:anonymity|anonymously|not\s+to\s+be\s+(?:named|identified|quoted)|to\s+be\s+(?:named|identified)|names?\s+(?:not\s+be|be\s+withheld|withheld))\b/iu
/** Kinds of actor that speak on the record as a body; a person who asks for anonymity is one of their members, not their voice. */
const INSTITUTIONS: ReadonlySet<Actor['kind']> = new Set(['organisation', 'country', 'place', 'group'])

/** What a declaration brings about rather than reports. */
const DECLARED_ACTS = '(?:state\\s+of\\s+(?:emergency|disaster|calamity|siege|war|alert)|emergency|war|martial\\s+law|curfew|ceasefire|truce|bankruptcy|independence|holiday|(?:day|days|period)\\s+of\\s+mourning|mourning|lockdown|disaster\\s+area)'

/**
 * Verbs of acts, not of saying, that the tagger sometimes reads as cues ("sued the company", "the WHO tally included probable cases",
 * "centred on a proposal"). Not "vote", "approve" or "address": PolNeAR marks a vote and
 * "addressed the fact that" as reports, and dropping them lowered the held-out figures.
 */
const ACT_VERBS: ReadonlySet<string> = new Set(['sue', 'detain', 'arrest', 'fail', 'centre', 'center', 'involve', 'afford', 'sign', 'pose', 'include', 'learn', 'convict', 'represent', 'return'])
/**
 * Verbs that are acts with a plain object ("Gunmen attacked a checkpoint", "sang hymns", "campaigned against the runway",
 * "ordered spare pumps": goods, no demand; "thanked supporters"), but report with a clause ("attacked him for saying …", "ordered the troops to retreat").
 */
const THING_ACT_VERBS: ReadonlySet<string> = new Set(['attack', 'sing', 'campaign', 'order', 'thank'])
/** An act as the object of "order": "ordered a recount", "an immediate evacuation", "the release of …"; goods are no demand. */
const ORDERED_ACT = /^(?:(?:a|an|the|its|their|his|her|full|new|immediate|independent|partial|national|nationwide|urgent)\s+)*(?:[\p{L}-]+(?:tion|sion)s?|recounts?|releases?|arrests?|removals?|withdrawals?|dismissals?|closures?|inquir(?:y|ies)|probes?|reviews?|halts?|bans?|curfews?|lockdowns?|retrials?|audits?|crackdowns?|raids?|strikes?|ceasefires?|shutdowns?)\b/iu
/**
 * Acts of a court or a witness, no report: "testified against him" (a witness's act; "testified that …" reports), "accepted the testimony of",
 * "(have) offered no evidence to support", "were given suspended sentences".
 */
const COURT_ACTS = '(?:(?:was|were|been|is|are|be|being|has|have|had)\\s+)?(?:' +
  'testif(?:y|ies|ied|ying)\\s+(?:against|for|on\\s+behalf\\s+of)|' +
  '(?:accept|reject|hear|heard|dismiss|weigh)(?:s|ed|ing)?\\s+(?:(?:the|his|her|their|key|this)\\s+)?(?:testimony|evidence)|' +
  '(?:offer|provide|produce|present|give|gave|given|show|shown)(?:s|ed|d|ing)?\\s+(?:no|little|any|scant)\\s+(?:\\w+\\s+)?(?:evidence|proof)|' +
  '(?:give|gives|gave|given|giving|hand|hands|handed|handing)\\s+(?:\\w+\\s+){0,3}?(?:sentences?|terms?|fines?|bans?|awards?|medals?|prizes?|bail))'
/** A question word opening what a speaker would not say ("declined to say whether", "did not say how many"). */
const UNSAID = '(?:whether|if|when|how|why|what|who|where|which)'
/**
 * Phrases that name, describe or perform rather than report: "suspected of", "known as",
 * "so-called", "spoke on condition of anonymity", "asked not to be named", "refused to concede" (an act), "declined to say whether"
 * or "did not say what / how many" (no words of theirs; PolNeAR does mark "declined to comment"), "asking that his name
 * not be used", "drew criticism for" (its subject is criticised, not speaking), "who speaks for the coalition"
 * (a role; "the figures speak for themselves"), a judge's ", writing for the majority," (a role set off as an aside), declarations that are acts ("declared a state
 * of emergency", "declared war", "declares a national day of mourning") and outcomes declared of the subject ("Varga Declared Winner").
 */
const NOT_REPORT_PHRASE = new RegExp(
  '^(?:suspected\\s+of|known\\s+as|so-called|(?:spoke|speaking)\\s+on\\s+condition\\s+of|(?:speaks?|spoke|speaking)\\s+for\\b|(?:writing|wrote|writes)\\s+for\\s+(?:the|a)\\s+(?:unanimous\\s+)?(?:majority|minority|court|panel|bench)(?=\\s*[,;)—–])|(?:asked|asking|declined)\\s+not\\s+to\\s+be\\s+(?:named|identified|quoted)|' +
    `(?:declined|refused)\\s+to\\s+be\\s+(?:named|identified)|(?:declin|refus)(?:e|es|ed|ing)\\s+to\\s+(?:concede|say\\s+${UNSAID})\\b|(?:(?:did|does|do|would|will|could|can|has|have|had)\\s*(?:not|n['’]t)|never)\\s+(?:\\p{Ll}+ly\\s+)?(?:say|said|says|specify|specified|explain|explained|disclose|disclosed|reveal|revealed|elaborate\\s+on)\\s+${UNSAID}\\b|(?:(?:did|does|has|have|had|could)\\s+not\\s+)?respond(?:s|ed)?\\s+to\\s+(?:(?:a|an|the|our|its|repeated|several|multiple|written)\\s+)*(?:requests?|inquir(?:y|ies)|enquir(?:y|ies)|queries|calls|emails?|messages)\\s+(?:for|seeking)\\s+comment|(?:requested|asked\\s+for|requesting)\\s+anonymity|` +
    '(?:asked|asking|requested|requesting)\\s+that\\s+(?:his|her|their)\\s+(?:full\\s+|last\\s+)?names?\\s+(?:not\\s+be|be\\s+withheld)|' +
    '(?:dr[ae]w|draws?|drawn|drawing|faced?|faces|facing|c[oa]me\\s+under|attract(?:s|ed|ing)?)\\s+(?:\\w+\\s+){0,2}?(?:criticism|condemnation|fire|backlash|scrutiny|ridicule|accusations|allegations|charges)|' +
    `declar\\w*\\s+(?:(?:an?|the|its|their)\\s+)?(?:(?:national|nationwide|local|regional|public[\\s-]+health|official|\\w+-day)\\s+)*${DECLARED_ACTS}|` +
    `${COURT_ACTS}|` +
    // A headline's "Varga Declared Winner": an outcome declared of its subject, no report of theirs ("was declared the winner" is someone's report, `passiveReport`).
    'declared\\s+(?:winner|victor|dead|champion))\\b(?!\\s+(?:over|ended|won|lost)\\b)',
  'iu',
)
/** Characters after a cue read for `NOT_REPORT_PHRASE` ("declared a nationwide state of emergency"). */
const NOT_REPORT_REACH = 60

/** Tokens before a cue at which a naming phrase may open: the tagger may take only "criticism for" of "drew criticism for". */
const NOT_REPORT_LEAD = 2

/**
 * True when a `NOT_REPORT_PHRASE` opens at the cue, or a few tokens before it and runs into it
 * while the content is a plain thing ("drew | criticism for | his remarks"); "faced | accusations |
 * that he lied" reports the accusation. Pure.
 */
function inNotReportPhrase(text: string, seg: Segmentation, cue: Span, content: Span): boolean {
  const first = Math.max(0, tokenAt(seg, cue.start))
  const lead = actsOnThing(seg, cue, content) ? NOT_REPORT_LEAD : 0
  for (let t = Math.max(0, first - lead); t <= first; t++) {
    const start = Math.min(seg.starts[t]!, cue.start)
    const phrase = NOT_REPORT_PHRASE.exec(text.slice(start, cue.end + NOT_REPORT_REACH))
    if (phrase && start + phrase[0].length > cue.start) return true
  }
  return false
}

/** A cue of a modal and one verb: "would push", "will cut". */
const MODAL_AND_VERB = /^(?:would|will|could|might|may|shall|should|can|must)\s+\p{L}+$/iu

/** A contrast, ", and" or a semicolon between a cue and a content after it: the content is another clause's ("boasts of X, but the state wasted more than that"). */
const BREAK_BEFORE_CONTENT = /;|,\s+(?:and|but|yet|while|whereas|although|though)\s/u

/**
 * "the 2 percent that nurses were already promised|, and the rise shrinks": a passive cue whose
 * object went before it has no content of its own; what follows ", and" is the next clause. (After
 * an active cue PolNeAR may mark a content that goes on with "and".) Pure.
 */
function nextClauseAfterPassive(text: string, cue: Span, content: Span): boolean {
  return /^(?:is|are|was|were|been|be|being)\s/iu.test(text.slice(cue.start, cue.end)) && /^,\s*$/u.test(text.slice(cue.end, content.start)) && /^and\s/u.test(text.slice(content.start, content.end))
}

/**
 * A verb of blame or praise with no object, right after a noun, with no auxiliary between ("Greek government
 * blamed as fire rages", "Minister accused over delays", "the man accused of murder"): a bare passive,
 * said of the noun, not by it. The active verb needs its object ("Critics blamed the government").
 */
const BARE_PASSIVE = /^(?:blamed|accused|criticised|criticized|condemned|slammed|faulted|denounced|rebuked|censured|praised|hailed|lambasted|blasted)(?:\s+(?:as|for|over|after|amid|of|in)(?=\s)|\s*(?=[:;,.!?]|$))/iu

/** "an estimated 5,000 people", "costing the economy an estimated €60 million": a participle after an article modifies a figure; no one reports. */
const ESTIMATED_FIGURE = /\b(?:an|the)\s+(?:estimated|projected)$/iu

/** True when a cue after its noun is a `BARE_PASSIVE` with the content after it. Pure. */
function isBarePassive(text: string, seg: Segmentation, cue: Span, content: Span): boolean {
  const t = tokenAt(seg, cue.start)
  if (t < 1 || content.start < cue.end || !BARE_PASSIVE.test(text.slice(cue.start, Math.max(cue.end, seg.ends[t] ?? cue.end) + 8))) return false
  return posOf(seg, t - 1) === 'NOUN' || posOf(seg, t - 1) === 'PROPN'
}

/**
 * "The man accused of murder told the court he was innocent": a bare passive on the subject that the tagger read as
 * the cue describes the source; the reporting verb the rules read after its phrase is the cue, and the source runs
 * through the phrase. The relation as tagged otherwise. Pure.
 */
function pastBarePassive(text: string, seg: Segmentation, rules: readonly Attribution[], r: TokenRelation): TokenRelation {
  if (!r.source || r.source.last >= r.cue.first || r.content.first <= r.cue.last) return r
  const content = { start: seg.starts[r.content.first]!, end: seg.ends[r.content.last]! }
  if (!isBarePassive(text, seg, { start: seg.starts[r.cue.first]!, end: seg.ends[r.cue.last]! }, content)) return r
  const next = rules.find((x) => x.source && content.start <= x.source.start && x.source.end <= x.cue.start && x.cue.end < content.end && hasReportingVerb(seg, x.cue))
  if (!next) return r
  const first = tokenAt(seg, next.cue.start)
  const last = tokenAt(seg, next.cue.end - 1)
  return { source: { ...r.source, last: first - 1 }, cue: { ...r.cue, first, last }, content: { first: last + 1, last: r.content.last } }
}

/**
 * True when a cue is a naming phrase, an act with no reporting verb (an act verb with a thing as object, "sang hymns", even
 * where it may also report), a participle of a figure ("an estimated 5,000"), or its content lies beyond a break in the clause. Pure.
 */
function isNotReport(text: string, seg: Segmentation, cue: Span, content: Span): boolean {
  if (content.start >= cue.end && (BREAK_BEFORE_CONTENT.test(text.slice(cue.end, content.start)) || nextClauseAfterPassive(text, cue, content))) return true
  // "According to Morton, the union had written to …": another report's cue and source are no content.
  if (/^according\s+to\b/iu.test(text.slice(content.start, content.end)) || isBarePassive(text, seg, cue, content)) return true
  if (ESTIMATED_FIGURE.test(text.slice(Math.max(0, cue.start - 4), cue.end))) return true
  // The tagger may take only "called" of "so-called", or more ("'s so-called").
  if (inNotReportPhrase(text, seg, cue, content) || /\bso[\s-]+called\b/iu.test(text.slice(Math.max(0, cue.start - 4), cue.end)) || isOtherSense(text, cue)) return true
  // "A second request would push": a verb still to come that no word of saying or thinking heads is an act.
  let act = MODAL_AND_VERB.test(text.slice(cue.start, cue.end))
  for (let t = Math.max(0, tokenAt(seg, cue.start)); t < seg.starts.length && seg.starts[t]! < cue.end; t++) {
    const lemma = seg.lemmas[t] ?? ''
    // Before the speech verbs: "order" is one, but not with goods as its object ("ordered a recount" still demands one).
    if (THING_ACT_VERBS.has(lemma) && actsOnThing(seg, cue, content) && !(lemma === 'order' && ORDERED_ACT.test(text.slice(content.start, content.end)))) return true
    if (SPEECH_VERBS.has(lemma) || BELIEF_VERBS.has(lemma)) return false
    act ||= ACT_VERBS.has(lemma)
  }
  return act
}

/** Verbs whose first object is the one addressed ("told reporters", "warned residents"), not what is said. */
const ADDRESSING_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'caution', 'brief'])
/** Parts of speech of an addressee ("the reporters", "him"), and of the time and place phrases after it ("on Sunday, after the meeting"). */
const ADDRESSEE_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART'])
const TIME_PLACE_POS: ReadonlySet<string> = new Set([...ADDRESSEE_PHRASE_POS, 'ADP', 'CCONJ', 'ADV', 'PUNCT'])
/** Prepositions of place, time or means ("in Brussels", "after the meeting", "by phone"); "on", "over", "about" may open a topic ("warned the West over missiles"), so "on" counts only before a time ("on Sunday"). */
const PLACE_PREPOSITION = /^(?:in|at|after|before|during|outside|inside|near|following|since|by|via|from|aboard)$/iu

/**
 * True when a content after a verb of addressing, at the head of its sentence, is only its addressee and phrases of time or place
 * after it, with no verb and nothing quoted ("Kast told reporters on Sunday", "warned residents in Vorna on Friday night"): no words are
 * reported ("X, the minister told reporters on Monday" reports the clause before it). Pure.
 */
function isAddresseeOnly(text: string, seg: Segmentation, a: Attribution): boolean {
  if (a.content.start < a.cue.end || /["“”]/u.test(text.slice(a.content.start, a.content.end))) return false
  const opens = a.source?.start ?? a.cue.start
  if (!/^\s*$/u.test(text.slice(seg.sentences[spanIndexAt(seg.sentences, opens)]?.start ?? opens, opens))) return false
  let addressing = false
  for (let t = Math.max(0, tokenAt(seg, a.cue.start)); t < seg.starts.length && seg.starts[t]! < a.cue.end; t++) addressing ||= ADDRESSING_VERBS.has(seg.lemmas[t] ?? '')
  if (!addressing) return false
  const first = tokenAt(seg, a.content.start)
  const last = tokenAt(seg, a.content.end - 1)
  let t = first
  while (t <= last && ADDRESSEE_PHRASE_POS.has(posOf(seg, t)) && !isTimePhrase(text.slice(seg.starts[t], a.content.end))) t++
  if (t === first || t > last) return false
  // Each phrase after the addressee, from one preposition to the next, is a time or opens with a preposition of place.
  let phrase = t
  for (let u = t; u <= last + 1; u++) {
    if (u <= last && !TIME_PLACE_POS.has(posOf(seg, u))) return false
    if (u <= last && (u === phrase || posOf(seg, u) !== 'ADP')) continue
    const words = text.slice(seg.starts[phrase], u <= last ? seg.starts[u] : a.content.end)
    if (!isTimePhrase(words) && !PLACE_PREPOSITION.test(tokenText(text, seg, phrase))) return false
    phrase = u
  }
  return true
}

/**
 * ", a charge the Taliban deny", ", an allegation that the company has rejected", ", a figure police have not confirmed": who denies
 * or will not vouch for the claim the clause before the comma made (groups: the source, the cue).
 */
const DENIED_CHARGE = new RegExp(String.raw`,\s+(?:a|an)\s+(?:${STATEMENT_NOUN}|figures?|numbers?|tolls?|tally|count|estimates?)\s+(?:that\s+|which\s+)?((?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+)\s+` +
  String.raw`((?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?(?:deny|denies|denied|reject|rejects|rejected|dispute|disputes|disputed|dismiss|dismisses|dismissed|contest|contests|contested)|` +
  String.raw`(?:(?:has|have|had|did|does|do|could|would|can)\s+)?(?:not|never)\s+(?:yet\s+|independently\s+)?(?:confirmed|confirm|verified|verify|corroborated|corroborate))\b`, 'dgu')

/**
 * "Islamabad accuses Kabul of sheltering fighters, a charge the Taliban deny": a denial of the
 * claim made in the clause before the comma, with the denier as its source. The tagger reads the
 * article or the noun as source or cue ("a claim that Gowdy's office disputes"); what it read
 * there gives way. Pure; one pass over the text.
 */
function withDeniedCharges(text: string, seg: Segmentation, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, found: readonly Attribution[]): Attribution[] {
  const denials: Attribution[] = []
  const phrases: Span[] = []
  for (const m of text.matchAll(DENIED_CHARGE)) {
    const sentence = seg.sentences[spanIndexAt(seg.sentences, m.index)]
    const [, source, cue] = (m.indices ?? []).map(([start, end]) => ({ start, end }))
    const opening = sentence ? text.slice(sentence.start, m.index).search(/\S/u) : -1
    if (!sentence || !source || !cue || opening < 0) continue
    const content = { start: sentence.start + opening, end: m.index }
    denials.push({ kind: contentKind(seg.quotes, content, 'speech'), speaker: speakerOf(text, source, mentions, actors, []), source, cue, content })
    phrases.push({ start: m.index, end: cue.end })
  }
  if (denials.length === 0) return [...found]
  return [...found.filter((a) => !phrases.some((p) => contains(p, a.cue))), ...denials].sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start)
}

/**
 * "Delacroix re-elected as commission confirms victory; violent rioters clash with police": in a headline (a line with
 * no closing stop) a semicolon joins two headlines, so a report in its own words ends there. In running text PolNeAR's
 * reports run on past one. Pure.
 */
function untilSemicolon(text: string, seg: Segmentation, a: Attribution): Attribution {
  const sentence = seg.sentences[spanIndexAt(seg.sentences, a.content.start)]
  if (!sentence || /[.!?"”’]\s*$/u.test(text.slice(sentence.start, sentence.end)) || a.content.start < a.cue.end || QUOTE_MARK.test(text.slice(a.content.start, a.content.end))) return a
  const semicolon = text.slice(a.content.start, a.content.end).search(/;\s/u)
  return semicolon > 0 ? { ...a, content: { start: a.content.start, end: trimEnd(text, a.content.start, a.content.start + semicolon) } } : a
}

/** What stands between a denied clause and its denier: ", a charge", ", a figure". */
const DENIAL_AFTER_CLAUSE = /^,\s+(?:a|an)\s/u

/**
 * "The union claims a dozen were hurt, a figure police have not confirmed": a denial of a clause that is
 * itself a report denies the report's content, not that it was made. Pure.
 */
function deniedReportContents(text: string, found: readonly Attribution[]): Attribution[] {
  return found.map((a) => {
    if (a.content.end > a.cue.start || !DENIAL_AFTER_CLAUSE.test(text.slice(a.content.end, a.cue.start))) return a
    const report = found.find((b) => b !== a && b.source && b.source.start >= a.content.start && b.content.start > b.cue.start && b.content.start > a.content.start && b.content.end === a.content.end)
    return report ? { ...a, content: report.content } : a
  })
}

/** A source that is a count: "figures released by", "official data from", "the latest estimates". */
const FIGURES_SOURCE = /^(?:the\s+)?(?:(?:latest|official|new|provisional|preliminary|government|ministry|police|hospital)\s+)*(?:figures|data|statistics|estimates|tall(?:y|ies)|counts?|numbers)\b/iu
/** The last participle clause of a content that holds a number: ", (forcing hospitals to cancel 1,600 operations)" (a thousands comma is the number's). */
const COUNTED_PARTICIPLE = /,\s*(\p{Ll}+ing\s(?:[^,;]|(?<=\d),(?=\d))*\d(?:[^,;]|(?<=\d),(?=\d))*)$/u

/** Where a clause opens inside a content: ", where", ", which", ", while", "; ". */
const CLAUSE_OPENER = /(?:,\s*(?:where|which|while|whereas|and|but)|;)\s+/giu

/**
 * "Two advisers said the agency would focus on pizza, where the company would hold 38% of sales
 * according to Circana": a clause-final "according to" covers the clause it closes, not another
 * report it ends the sentence of, and that report's content stops before it. Where no clause opens
 * after that report's cue, the whole report is what the "according to" source gives. Pure; each
 * "according to" reads the reports before it in its sentence.
 */
function accordingToClauses(text: string, seg: Segmentation, found: readonly Attribution[]): Attribution[] {
  const out = [...found]
  out.forEach((a, k) => {
    if (a.kind !== 'according-to' || a.content.end > a.cue.start) return
    // "Patients faced chaos …, forcing hospitals to cancel 600 operations, according to figures from X": figures give the count, the clause before it stays the outlet's.
    const counted = a.source && FIGURES_SOURCE.test(text.slice(a.source.start, a.source.end)) ? COUNTED_PARTICIPLE.exec(text.slice(a.content.start, a.content.end)) : null
    if (counted && counted.index > 0) {
      out[k] = { ...a, content: { start: a.content.start + counted.index + counted[0].indexOf(counted[1]!), end: a.content.end } }
      return
    }
    // A verb of saying in the content is another report, whether or not it was read as one.
    let from = -1
    for (let t = firstTokenAtOrAfter(seg, a.content.start); t < seg.starts.length && seg.ends[t]! <= a.content.end; t++) if (posOf(seg, t) === 'VERB' && SPEECH_VERBS.has(seg.lemmas[t] ?? '')) from = seg.ends[t]!
    for (let j = 0; j < out.length; j++) {
      const b = out[j]!
      if (j === k || b.cue.start < a.content.start || b.cue.end > a.content.end) continue
      from = Math.max(from, b.cue.end)
      if (b.content.start < a.cue.start && a.cue.start < b.content.end) out[j] = { ...b, content: { start: b.content.start, end: trimEnd(text, b.content.start, a.cue.start) } }
    }
    // Only a clause of the same sentence opened after the other report's cue: "Both deny the charges, according to their lawyer" is the lawyer's report of the denial.
    if (from < 0 || spanIndexAt(seg.sentences, from - 1) !== spanIndexAt(seg.sentences, a.cue.start)) return
    const rest = text.slice(from, a.content.end)
    let start = -1
    for (const opener of rest.matchAll(CLAUSE_OPENER)) start = from + opener.index + opener[0].length
    if (start > a.content.start && start < a.content.end) out[k] = { ...a, content: { start, end: a.content.end } }
  })
  return out
}

/** "that insiders say", "which analysts believe": a relative clause whose subject reports; groups: the source, the verb. */
const EMBEDDED_REPORT = /\b(?:that|which)\s+((?:(?:some|many|most|other|several|industry|company|government|union)\s+)?(?:insiders|sources|analysts|critics|officials|experts|observers|economists|investors|campaigners|opponents|supporters|people\s+familiar\s+with\s+the\s+matter))\s+(say|said|believe|claim|estimate|predict|fear|argue|warn)\s+/du

/**
 * "announced … a deal that insiders say will wipe out 3,000 jobs": the insiders' words are their
 * own report, of what the deal will do, and the outer content stops before their clause. Pure;
 * one search in each content.
 */
function embeddedReports(text: string, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, found: readonly Attribution[]): Attribution[] {
  return found.flatMap((a) => {
    const m = a.content.start >= a.cue.end ? EMBEDDED_REPORT.exec(text.slice(a.content.start, a.content.end)) : null
    return m ? withInnerReport(text, mentions, actors, found, a, m, at(a.content.start, m.indices![1]!)) : [a]
  })
}

/** The content after the inner report `m` found in `a`'s content, to its end: what the inner speakers report. */
const innerContent = (a: Attribution, m: RegExpExecArray): Span => ({ start: a.content.start + m.index + m[0].length, end: a.content.end })

/**
 * `a` with its content cut before the report `m` matched inside it (its cue the match's second
 * group), and that report spoken by `source`; `a` alone when another report has that cue or
 * nothing of `a`'s content would be left. Pure.
 */
function withInnerReport(text: string, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, found: readonly Attribution[], a: Attribution, m: RegExpExecArray, source: Span): Attribution[] {
  const cue = at(a.content.start, m.indices![2]!)
  const outerEnd = trimEnd(text, a.content.start, a.content.start + m.index)
  if (outerEnd <= a.content.start || found.some((b) => b !== a && overlapsAny(b.cue, [cue]))) return [a]
  return [{ ...a, content: { start: a.content.start, end: outerEnd } }, { kind: 'indirect', speaker: speakerOf(text, source, mentions, actors, []), source, cue, content: innerContent(a, m) }]
}

/** A noun set off by a comma and the words after it, up to a cue: "…, a step | consumer groups"; "…, in a move | business groups". */
const CONTACT_PHRASE = String.raw`,\s+(?:in\s+)?((?:a|an|the|this)\s+(?:[\p{L}'’-]+\s+){1,5}?)`
/** Cues of saying or thinking that such a clause opens with. */
const CONTACT_CUE = '(say|says|said|believe|believes|claim|claims|fear|fears|argue|argues|warn|warns|warned|insist|insists|insisted)'
/** The phrase and its cue, then the reported clause, inside a content; groups: the phrase, the cue. */
const CONTACT_REPORT = new RegExp(`${CONTACT_PHRASE}${CONTACT_CUE}\\s+(?=\\p{Ll})`, 'du')
/** The phrase right before a cue; group: the phrase. */
const CONTACT_PHRASE_BEFORE = new RegExp(`${CONTACT_PHRASE}$`, 'du')

/**
 * "The government raised the tax, a step consumer groups say will hurt poorer families", "announced
 * a merger, a deal analysts say will cut jobs": a clause with no relative pronoun on a noun set off
 * by a comma is its speakers' report of what the noun will do (`withoutContactAntecedent` finds the
 * speakers after the noun, and that the clause has no subject of its own). The tagger reads such a
 * cue with no source, or inside the content of the cue before it, which then stops at the comma. Pure.
 */
function contactReports(text: string, seg: Segmentation, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, found: readonly Attribution[]): Attribution[] {
  const speakersOf = (phraseAt: number, phrase: string, cue: Span, content: Span): Span | undefined => {
    const span = trimmed(text, phraseAt, phraseAt + phrase.length)
    const speakers = withoutContactAntecedent(text, seg, span, cue, content)
    return speakers.start > span.start ? speakers : undefined
  }
  return found.flatMap((a): Attribution[] => {
    if (a.content.start < a.cue.end) return [a]
    const sentence = seg.sentences[spanIndexAt(seg.sentences, a.cue.start)]
    const before = !a.source && sentence ? CONTACT_PHRASE_BEFORE.exec(text.slice(sentence.start, a.cue.start)) : null
    const source = before ? speakersOf(sentence!.start + before.indices![1]![0], before[1]!, a.cue, a.content) : undefined
    if (source) return [{ ...a, speaker: speakerOf(text, source, mentions, actors, []), source }]
    const inner = CONTACT_REPORT.exec(text.slice(a.content.start, a.content.end))
    const speakers = inner ? speakersOf(a.content.start + inner.indices![1]![0], inner[1]!, at(a.content.start, inner.indices![2]!), innerContent(a, inner)) : undefined
    return inner && speakers ? withInnerReport(text, mentions, actors, found, a, inner, speakers) : [a]
  })
}

/** A verb that names, with "as" where it needs it; `present` adds "calls", "describes as" (after a noun they are nouns: "a decision calls"). */
function namingVerb(present: boolean): string {
  const extra = present ? ['calls', 'terms', 'dubs'] : []
  const asExtra = present ? ['describes', 'characteri[sz]es', 'denounces'] : []
  return `(?:has\\s+|have\\s+|had\\s+)?(?:${['called', 'termed', 'dubbed', 'labell?ed', ...extra].join('|')}|(?:${['described', 'characteri[sz]ed', 'denounced', ...asExtra].join('|')})\\s+as)`
}
/** After a naming verb, a label: no particle ("called for", "called off") and no object of its own ("called it", "called them"). */
const LABEL_NEXT = '\\s+(?=\\S)(?!(?:for|on|off|in|up|out|back|it|him|her|them|this|that|us|me|you)\\b)'
/**
 * "what it called", "what organisers described as", "a swap that critics called": a label someone else gives; groups: the
 * relative word, the namer, the cue. After "that" or "which" the verb takes no object of its own ("called it", "called for").
 */
const WHAT_CALLED = new RegExp(`\\b(what|that|which)\\s+(?!(?:is|was|were|are|be|been|has|have|had)\\s)((?:it|he|she|they)|(?:(?:the|its|his|her|their)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)\\s+(${namingVerb(true)})${LABEL_NEXT}`, 'dgiu')
/**
 * ", a performance aviation experts described as textbook", ", a stunning performance experts described as …": the same label
 * with no relative word, in an apposition of a noun to the clause before; groups: the comma and article, the apposition's words
 * and its namer (split by `apposedNamer`), the cue.
 */
const APPOSED_CALLED = new RegExp(`(,\\s+(?:a|an)\\s+)(\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){1,5}?)\\s+(${namingVerb(false)})${LABEL_NEXT}`, 'dgu')
/** The kinds of actor "it" may stand for. */
const THING_KINDS: ReadonlySet<string> = new Set(['organisation', 'country', 'group', 'outlet'])

/**
 * "Moscow expelled three diplomats in response to what it called a baseless decision", "Police broke
 * up what organisers called a peaceful march": the label after "what X called" is X's words, not the
 * outlet's; a pronoun there stands for the sentence's first named actor it may refer to. Pure; one
 * search a sentence.
 */
function whatCalled(text: string, seg: Segmentation, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, found: readonly Attribution[]): Attribution[] {
  const added: Attribution[] = []
  for (const sentence of seg.sentences) {
    const words = text.slice(sentence.start, sentence.end)
    for (const m of [...words.matchAll(WHAT_CALLED), ...words.matchAll(APPOSED_CALLED)]) {
      // "that" and "which" name a noun's label only as its relative pronoun: "a swap that critics called", not "said that officials
      // called", "in which he called", "the terms" (a noun) or a call to someone ("the day that she called Sanders", "called himself").
      const source = m[1]!.startsWith(',')
        ? apposedNamer(text, seg, sentence.start, m)
        : m[1]!.toLowerCase() === 'what' || relativeLabel(text, seg, sentence.start + m.index, m) ? at(sentence.start, m.indices![2]!) : undefined
      if (!source) continue
      const cue = at(sentence.start, m.indices![3]!)
      const start = sentence.start + m.index + m[0].length
      // The label is a noun phrase: it ends at a stop or at the verb of the clause it is the subject of ("what they called reform | was theft").
      let end = start + (/^[^,.;:!?()—–]+/u.exec(text.slice(start, sentence.end))?.[0].length ?? 0)
      for (let t = firstTokenAtOrAfter(seg, start); t < seg.starts.length && seg.starts[t]! < end; t++) if (isFiniteVerbAt(text, seg, t)) end = seg.starts[t]!
      end = trimEnd(text, start, end)
      if (end <= start) continue
      const pronoun = text.slice(source.start, source.end).toLowerCase()
      const referent = /^(?:it|he|she|they)$/u.test(pronoun)
        ? mentions.within({ start: sentence.start, end: source.start }).find((x) => pronoun === 'they' || (pronoun === 'it') === THING_KINDS.has(actors.get(x.actor)?.kind ?? ''))?.actor
        : undefined
      added.push({ kind: 'indirect', speaker: referent ?? speakerOf(text, source, mentions, actors, []), source, cue, content: { start, end } })
    }
  }
  if (added.length === 0) return [...found]
  return [...found.filter((a) => !added.some((b) => overlapsAny(a.cue, [b.cue]))), ...added].sort((a, b) => a.cue.start - b.cue.start)
}

/** What a relative clause's naming verb may not be followed by: a name or a reflexive is whom it calls, not a label. */
const CALLED_SOMEONE = /^(?:\p{Lu}\p{Ll}|(?:him|her|them|it|my|your|our)sel(?:f|ves)\b)/u

/**
 * True when a "that"/"which" match of `WHAT_CALLED` at offset `at` is a relative clause labelling the noun before
 * it (past a comma): no preposition before it, a naming verb in the past (not "calls" or "terms", which are nouns too)
 * and a label after it that is no name or reflexive.
 */
function relativeLabel(text: string, seg: Segmentation, at: number, m: RegExpExecArray): boolean {
  let t = firstTokenAtOrAfter(seg, at) - 1
  if (t >= 0 && tokenText(text, seg, t) === ',') t--
  return t >= 0 && /^(?:NOUN|PROPN)$/u.test(posOf(seg, t)) && !/\b(?:calls|terms)$/iu.test(m[3]!) && !CALLED_SOMEONE.test(text.slice(at + m[0].length))
}

/**
 * The namer of an `APPOSED_CALLED` match in the sentence from `sentenceStart` when it is an apposition's label: the apposition is a noun
 * after any adjectives ("a stunning performance", "a near-perfect landing", whose "near" reads as a preposition), the words after it the namer, ending in a noun or a name,
 * and a label follows that is no name or reflexive; else undefined.
 */
function apposedNamer(text: string, seg: Segmentation, sentenceStart: number, m: RegExpExecArray): Span | undefined {
  const words = at(sentenceStart, m.indices![2]!)
  let head = firstTokenAtOrAfter(seg, words.start)
  while (head < seg.starts.length && seg.ends[head]! < words.end && /^(?:ADJ|ADV|VERB|ADP|PUNCT)$/u.test(posOf(seg, head))) head++
  const last = tokenAt(seg, words.end - 1)
  if (posOf(seg, head) !== 'NOUN' || head >= last || !/^(?:NOUN|PROPN)$/u.test(posOf(seg, last)) || CALLED_SOMEONE.test(text.slice(sentenceStart + m.index + m[0].length))) return undefined
  return { start: seg.starts[head + 1]!, end: words.end }
}

/**
 * "Local radio said the dam had cracked, a report the water board denies": a content ends before
 * the phrase, set off by a comma, of another speaker who answers the report it is part of. Pure.
 */
function beforeAnswer(text: string, found: readonly Attribution[]): Attribution[] {
  return found.map((a) => {
    if (a.content.start < a.cue.end) return a
    const answer = found.find((b) => b.source && contains(a.content, b.cue) && b.content.end <= b.cue.start && contains(b.content, a.cue))
    const comma = answer?.source ? text.lastIndexOf(',', answer.source.start) : -1
    return comma > a.content.start ? { ...a, content: { start: a.content.start, end: trimEnd(text, a.content.start, comma) } } : a
  })
}

/** A source that opens with a determiner or is a pronoun: the subject of a clause. */
const CLAUSE_SUBJECT = /^(?:the|a|an|its|his|her|their|our|they|we|he|she)\b/iu
/** What may end a cue with no object of its own: the clause ends. */
const CLAUSE_ENDS = /^\s*(?:[.,;:!?)]|$)/u

/**
 * "beyond the 'second half of 2027' the companies have promised": a relative clause with no
 * "that" whose cue ends it (no object of its own) reports the noun phrase before its subject, not
 * the sentence that runs up to it. Pure.
 */
function gapContent(text: string, seg: Segmentation, a: Attribution): Attribution {
  if (!a.source || a.content.end > a.source.start || a.source.end > a.cue.start || !CLAUSE_SUBJECT.test(text.slice(a.source.start, a.source.end))) return a
  if (!/^["”’']?\s*$/u.test(text.slice(a.content.end, a.source.start)) || !CLAUSE_ENDS.test(text.slice(a.cue.end))) return a
  const last = tokenAt(seg, a.content.end - 1)
  if (last < 0 || !['NOUN', 'PROPN', 'NUM'].includes(posOf(seg, last))) return a
  const start = nounPhraseStart(text, seg, a.content.end - 1)
  if (start <= a.content.start) return a
  const content = { start, end: a.content.end }
  return { ...a, kind: contentKind(seg.quotes, content, a.kind === 'belief' ? 'belief' : 'speech'), content }
}

/** A sentence-final relative clause whose verb is the cue: "…, which Bishkek denies." (the source and cue follow). */
const RELATIVE_BEFORE_SOURCE = /,\s*which\s*$/iu

/**
 * "Dushanbe says Kyrgyz forces shelled a school, which Bishkek denies": the content of a cue in a
 * relative clause set off after the sentence is the clause "which" stands for, the one before the
 * comma: the complement of the last verb of speech or belief there ("Kyrgyz forces shelled a
 * school"), or else the sentence up to the comma; not "which", nor the whole sentence with it. Pure.
 */
function relativeContent(text: string, seg: Segmentation, a: Attribution): Attribution {
  if (!a.source || a.cue.start < a.source.end || a.content.start >= a.cue.start) return a
  const sentence = seg.sentences[spanIndexAt(seg.sentences, a.cue.start)]
  const which = /^which\s+/iu.exec(text.slice(a.source.start, a.source.end))
  const sourceStart = a.source.start + (which?.[0].length ?? 0)
  const relative = sentence ? RELATIVE_BEFORE_SOURCE.exec(text.slice(sentence.start, sourceStart)) : null
  if (!sentence || !relative) return a
  const comma = sentence.start + relative.index
  let start = leadBefore(text, seg, sentence, comma + 1)?.start ?? sentence.start
  for (let t = Math.max(0, tokenAt(seg, start)); t < seg.starts.length && seg.ends[t]! < comma; t++) {
    const lemma = seg.lemmas[t] ?? ''
    if (posOf(seg, t) === 'VERB' && (SPEECH_VERBS.has(lemma) || BELIEF_VERBS.has(lemma))) start = seg.ends[t]!
  }
  start += /^\s*(?:that\s+)?/iu.exec(text.slice(start, comma))?.[0].length ?? 0
  if (start >= comma) return a
  const content = { start, end: comma }
  return { ...a, kind: contentKind(seg.quotes, content, a.kind === 'belief' ? 'belief' : 'speech'), source: { start: sourceStart, end: a.source.end }, content }
}

/** A time a content may open with before the main clause resumes: "(announced) on Monday | was dropped". */
const OPENING_TIME = /^(?:(?:on|last|this|in|earlier|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|today|yesterday|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?)\b[\s,]*/u
/** Tokens of a relative clause's subject between "that" and its verb ("that | the foreign minister | announced"). */
const RELATIVE_SUBJECT_REACH = 4
const RELATIVE_PRONOUN = /^(?:that|which|whom)$/iu
/** Verbs of saying and thinking that take a clause, not a thing: in "the deadline that Kyrgyzstan says was agreed" the gap is the clause's subject, and it is reported. */
const CLAUSE_VERBS = new Set(['say', 'claim', 'believe', 'think', 'allege', 'insist', 'argue', 'contend', 'assert', 'maintain', 'suggest', 'estimate', 'expect', 'fear', 'hope', 'suspect', 'feel', 'reckon', 'add', 'hold', 'predict', 'forecast', 'project', 'warn'])

/**
 * "The monitoring mission that Asanov announced has not been approved": a verb in a relative
 * clause whose object is the noun before "that" reports nothing, and nor does that noun; what
 * follows the verb is the main clause's, no clause the source said (an announcement of a mission
 * is an act). True when the cue is that verb, or the noun with the clause as its content. Pure;
 * reads a few tokens on either side of the cue.
 */
function isObjectRelative(text: string, seg: Segmentation, a: Attribution): boolean {
  const cueFirst = firstTokenAtOrAfter(seg, a.cue.start)
  // "The plan that the minister announced": the content read before the verb is the noun and its
  // "that" ("The plan that"), or "that" and the clause's subject ("that the minister").
  // The cue is the verb of a clause on the noun before it, with a relative pronoun or none ("the 4,000 the company announced").
  const clauseVerb = (): boolean => relativeVerbAfter(text, seg, openerBefore(text, seg, cueFirst, RELATIVE_PRONOUN)) === cueFirst || isContactObjectVerb(text, seg, cueFirst)
  if (a.content.start < a.cue.end) return a.content.end <= a.cue.start && clauseVerb()
  const contentFirst = firstTokenAtOrAfter(seg, a.content.start)
  // The cue is a noun, its content the clause: "mission | that Asanov announced has …"; not a
  // verb of speech read as a noun ("Pew notes that …"), nor a verb's phrase ("assume for the moment that …").
  const noun = contentFirst - 1
  let verbal = false
  for (let t = cueFirst; t < noun; t++) verbal ||= posOf(seg, t) === 'VERB' || posOf(seg, t) === 'AUX'
  if (!verbal && ['NOUN', 'PROPN'].includes(posOf(seg, noun)) && !SPEECH_VERBS.has(seg.lemmas[noun] ?? '') && RELATIVE_PRONOUN.test(tokenText(text, seg, contentFirst))) {
    const verb = relativeVerbAfter(text, seg, contentFirst)
    return verb !== undefined && mainClauseOpens(text, seg, seg.ends[verb]!, a.content.end)
  }
  // The cue is the clause's verb: "mission that Asanov | announced | has …".
  return clauseVerb() && mainClauseOpens(text, seg, a.content.start, a.content.end)
}

/**
 * The token, walking back from the verb at token `verb` over its subject's words, of the first that `opener` matches:
 * the relative pronoun before a relative clause's subject ("that | the minister | announced"), or the determiner opening
 * the subject ("the 4,000 | the | company announced"); else where the walk stopped. Pure.
 */
function openerBefore(text: string, seg: Segmentation, verb: number, opener: RegExp): number {
  let t = verb - 1
  while (t > 0 && verb - t <= RELATIVE_SUBJECT_REACH && SUBJECT_TAGS.has(posOf(seg, t)) && !opener.test(tokenText(text, seg, t))) t--
  return t
}

/** The verb of an object relative clause opened by the relative pronoun at token `that` after a noun ("mission that | Asanov | announced"), past its subject; not one of `CLAUSE_VERBS`. Pure. */
function relativeVerbAfter(text: string, seg: Segmentation, that: number): number | undefined {
  if (that < 1 || !RELATIVE_PRONOUN.test(tokenText(text, seg, that)) || !['NOUN', 'PROPN'].includes(posOf(seg, that - 1))) return undefined
  let t = that + 1
  while (t < seg.starts.length && t - that <= RELATIVE_SUBJECT_REACH && SUBJECT_TAGS.has(posOf(seg, t))) t++
  return t > that + 1 && posOf(seg, t) === 'VERB' && !CLAUSE_VERBS.has(seg.lemmas[t] ?? '') ? t : undefined
}

/** Determiners that open the subject of a clause with no relative pronoun: "the 4,000 | the company announced". */
const CONTACT_SUBJECT_OPENER = /^(?:the|a|an|its|his|her|their)$/iu

/**
 * "More than the 4,000 the company announced": the verb at token `verb` of a clause with no
 * relative pronoun whose object is the number or noun right before its subject; not one of
 * `CLAUSE_VERBS` ("the deadline Kyrgyzstan says was agreed" reports a clause). Pure.
 */
function isContactObjectVerb(text: string, seg: Segmentation, verb: number): boolean {
  if (posOf(seg, verb) !== 'VERB' || CLAUSE_VERBS.has(seg.lemmas[verb] ?? '')) return false
  const subject = openerBefore(text, seg, verb, CONTACT_SUBJECT_OPENER)
  return subject > 0 && subject < verb && CONTACT_SUBJECT_OPENER.test(tokenText(text, seg, subject)) && ['NUM', 'NOUN'].includes(posOf(seg, subject - 1))
}

/** Whether a main clause's verb opens [from, end), after a time ("on Monday | was dropped"). Pure. */
function mainClauseOpens(text: string, seg: Segmentation, from: number, end: number): boolean {
  const after = text.slice(from, end)
  const opening = from + (after.length - after.trimStart().length)
  const first = firstTokenAtOrAfter(seg, opening + (OPENING_TIME.exec(text.slice(opening, end))?.[0].length ?? 0))
  return first < seg.starts.length && seg.starts[first]! < end && ['AUX', 'VERB'].includes(posOf(seg, first))
}

/** The words of a quantifier that names no one: "nobody", "no one", "everyone". */
const NO_SPEAKER_WORDS = '(?:nobody|no\\s+one|no-one|none|everyone|everybody)'
/** The preposition after such a quantifier that opens whom it ranges over: "nobody from", "none of". */
const QUANTIFIED = '(?:from|of|at|in|among)'
/** "Nobody asks why …", "No one at the embassy commented": a quantifier names no one who speaks; the words are the outlet's. */
const NO_SPEAKER = new RegExp(`^${NO_SPEAKER_WORDS}(?:\\s+${QUANTIFIED}\\s[^]*)?$`, 'iu')
/** Such a quantifier before a source the tagger read without it: "Nobody from | the ministry", "none of | the officers". */
const NO_SPEAKER_BEFORE = new RegExp(`\\b${NO_SPEAKER_WORDS}\\s+${QUANTIFIED}\\s+$`, 'iu')
/** Characters before a source read for `NO_SPEAKER_BEFORE`. */
const NO_SPEAKER_REACH = 20

/** "Every citizen who | cares about", "Anyone who | says": a cue right after "who" on anyone at all sets a condition on who is meant; no one reports. */
const ANYONE_WHO_BEFORE = /\b(?:anyone|anybody|everyone|everybody|whoever|(?:every|any)\s+\p{L}+)\s+who\s+(?:(?:\p{Ll}+ly|still|ever)\s+)?$/iu
/** Characters before a cue read for `ANYONE_WHO_BEFORE`. */
const ANYONE_WHO_REACH = 40

/** Adverbs between a passive's auxiliary and its participle besides those in -ly: "was also endorsed", "were first told", "was later announced". */
const PASSIVE_ADVERB = 'also|first|then|later|again'
/** A passive verb of telling someone: its subject is the addressee ("were promised", "had been told", "was assured"). */
const PASSIVE_TO_ADDRESSEE = new RegExp(`^(?:(?:has|have|had)\\s+been|is|are|was|were|been|being|be|get|got)\\s+(?:(?:\\p{Ll}+ly|${PASSIVE_ADVERB}|not|never|since)\\s+)?(?:told|promised|assured|informed|reminded|warned|advised|instructed|ordered|urged)$`, 'iu')
/** Characters before a cue read for its passive auxiliary: the tagger may take only "told" of "were only told". */
const ADDRESSEE_REACH = 30

/** True when a cue is a `PASSIVE_TO_ADDRESSEE`, with or without the auxiliary and adverb the tagger left before it. Pure. */
function isPassiveToAddressee(text: string, cue: Span): boolean {
  const before = /(?:^|\s)(\S+\s+(?:\S+\s+)?)$/u.exec(text.slice(Math.max(0, cue.start - ADDRESSEE_REACH), cue.start))?.[1] ?? ''
  const cueText = text.slice(cue.start, cue.end)
  return PASSIVE_TO_ADDRESSEE.test(cueText) || PASSIVE_TO_ADDRESSEE.test(before + cueText) || PASSIVE_TO_ADDRESSEE.test(before.replace(/^\S+\s+/u, '') + cueText)
}
/** A subordinate clause opening before a subject: "… when a fraudster", "… because the police". */
const SUBORDINATOR = /\b(?:when|whenever|after|before|because|while|whereas|if|since|until|once|although|though)\b/iu
/** Words before "asked" that leave it no subject of its own: it opens a clause ("When asked", ", asked about") or is passive ("was asked"). */
const ASKED_WITHOUT_ASKER = /^(?:when|if|after|before|once|while|until|unless|being|was|were|is|are|been|be|get|gets|got|getting|[,;(—–])$/iu

/** "Asked about the delays, the minister said", "When asked whether …", "He was asked about …": the asked clause is a question put to the speaker, not his statement. Pure. */
function isQuestionPut(text: string, seg: Segmentation, a: Attribution): boolean {
  if (a.content.start < a.cue.end) return false
  for (let t = Math.max(0, tokenAt(seg, a.cue.start)); t < seg.starts.length && seg.starts[t]! < a.cue.end; t++) {
    if (seg.lemmas[t] !== 'ask' || posOf(seg, t) !== 'VERB' || tokenText(text, seg, t).toLowerCase() !== 'asked') continue
    const before = tokenText(text, seg, t - 1)
    // A paragraph's "Asked" may follow the line break token that opens its sentence.
    if (seg.sentenceTokenStart[sentenceOfToken(seg, t)] === t || before.trim() === '' || ASKED_WITHOUT_ASKER.test(before)) return true
  }
  return false
}

/** `a` with its source dropped: said by someone unnamed. */
function unsourced(a: Attribution, content: Span = a.content): Attribution {
  return { kind: a.kind, speaker: UNKNOWN_SPEAKER, cue: a.cue, content }
}

/**
 * A report as the tagger read it, or undefined where its words report nothing. "Prosecutors
 * charged two clerks on Friday", "charged a fee": a charge reports only with its words ("critics
 * charged that …", a quotation) or its charge ("a report charging the group with war crimes");
 * "was charged with fraud" is an accusation by someone unnamed, not by the accused, so it loses
 * its source, as do "we were promised that …" (the subject heard it) and a subject after "when".
 * "Citing police sources" with no subject is whom the sentence's speaker relies on. "Released
 * after questioning, but the message was clear": no content opens a new clause after a cue with
 * no source. "Records seen by": a participle describing its noun. "A fraudster called her": a
 * phone call. "A charge the Taliban deny": an article is no source. "Nobody asks why", "nobody from the ministry apologised": a quantifier is none either, nor
 * "anyone who says" (a condition). A content
 * across a line break from its cue (no colon or quotation mark between) is the clause before the
 * source on the cue's line, when one ends in a comma there. Pure.
 */
function reread(text: string, seg: Segmentation, a: Attribution): Attribution | undefined {
  // An answer's label "A:" is no article.
  if (a.source && /^(?:an?|the)$/iu.test(text.slice(a.source.start, a.source.end)) && /\p{L}/u.test(text.slice(a.cue.start, a.cue.end))) return undefined
  if (!a.source && /^citing$/iu.test(text.slice(a.cue.start, a.cue.end))) return undefined
  if (a.source && (NO_SPEAKER.test(text.slice(a.source.start, a.source.end)) || NO_SPEAKER_BEFORE.test(text.slice(Math.max(0, a.source.start - NO_SPEAKER_REACH), a.source.start)))) return undefined
  if (ANYONE_WHO_BEFORE.test(text.slice(Math.max(0, a.cue.start - ANYONE_WHO_REACH), a.cue.start))) return undefined
  // "refused to comment | on Sunday night", "were told | on Friday, nine days later": a time phrase alone reports no words.
  // A figure's cue ("put the toll at | 12 on Monday") gives a number, not a time.
  if (!quoteStartsNear(seg.quotes, a.content.start) && isTimePhrase(text.slice(a.content.start, a.content.end)) && !FIGURE_CUE.test(text.slice(a.cue.start, a.cue.end))) return undefined
  // "told reporters on Sunday after the meeting": the one told and when or where, no words.
  if (isAddresseeOnly(text, seg, a)) return undefined
  // "Rate rise will crush families, unions warn" over a dateline: what follows the line is no content; the clause before the source is.
  const lineStart = a.source ? text.lastIndexOf('\n', a.source.start - 1) + 1 : 0
  const clause = a.source && a.content.start >= a.cue.end && /^[^:“”"]*\n[^:“”"]*$/u.test(text.slice(a.cue.end, a.content.start)) ? /^\s*(\S[^\n]*?)[ \t]*,\s*$/u.exec(text.slice(lineStart, a.source.start)) : null
  if (clause) {
    const start = lineStart + clause[0].indexOf(clause[1]!)
    return { ...a, kind: 'indirect', content: { start, end: start + clause[1]!.length } }
  }
  if (!a.source && a.content.start >= a.cue.end && /[,;]\s*(?:but|and|while|yet)\b/iu.test(text.slice(a.cue.end, a.content.start))) return undefined
  // "records seen by this newspaper", 'the so-called "inquiry" announced by': a participle after its noun (quoted or not) describes it; no one reports.
  const first = Math.max(0, tokenAt(seg, a.cue.start))
  const noun = first > 0 && /^["”’']$/u.test(tokenText(text, seg, first - 1)) ? first - 2 : first - 1
  if (noun >= 0 && ['NOUN', 'PROPN'].includes(posOf(seg, noun)) && /^\p{Ll}+(?:ed|en|wn|n|t)$/u.test(tokenText(text, seg, first)) && /^\s+by\s/u.test(text.slice(seg.ends[first], seg.ends[first]! + 4)) && a.cue.end <= seg.ends[first]! + 3) return undefined
  // "Rep. Ann Polis (D-Colo.), a vocal supporter of reform, spoke": an apposition describing its source, with no verb, is no cue.
  if (a.source && /^\s*,\s*$/u.test(text.slice(a.source.end, a.cue.start)) && /^(?:an?|the)\s/iu.test(text.slice(a.cue.start, a.cue.end)) && !hasVerb(seg, a.cue.start, a.cue.end)) return undefined
  // "The plan seems doomed", "He is widely expected to run": an impression no one is named for; the subject is what it is about.
  if (a.source && isImpersonalCue(text.slice(a.cue.start, a.cue.end))) return unsourced(a)
  // "Okoye has appealed against her ban", "launched a last-ditch appeal against the ruling": a legal act, no words reported.
  if (LEGAL_APPEAL.test(text.slice(a.cue.start, a.cue.end))) return undefined
  // "The group, blamed for dozens of massacres, boasted": a passive participle set off after its noun; the noun is who is blamed, not who blames.
  if (a.source && /^\s*,\s*$/u.test(text.slice(a.source.end, a.cue.start)) && SET_OFF_PASSIVE.test(text.slice(a.cue.start, a.cue.start + 40))) return unsourced(a)
  // "a website known as …", "The ad, entitled …": a participle naming the noun before it; no one names.
  if (a.source && isNamingParticiple(text.slice(a.cue.start, a.cue.end), /(\S+)\s*$/u.exec(text.slice(Math.max(0, a.cue.start - 20), a.cue.start))?.[1] ?? '')) return unsourced(a)
  if (a.source && namesObject(text, seg, first, a.cue)) return unsourced(a)
  if (isFacedNoun(text, seg, a)) return unsourced(a)
  if (a.content.start < a.cue.end) return a
  // "We were promised that …", "Residents were told that …": the subject is who heard it; who said it is unnamed.
  if (a.source && a.source.end <= a.cue.start && isPassiveToAddressee(text, a.cue)) return unsourced(a)
  // "She learned that her data was stolen when a fraudster called her": the subject of a clause after the content is not its source.
  if (a.source && a.source.start >= a.content.end && SUBORDINATOR.test(text.slice(a.content.end, a.source.start))) return unsourced(a)
  for (let t = first; t < seg.starts.length && seg.starts[t]! < a.cue.end; t++) {
    if (posOf(seg, t) !== 'VERB') continue
    const lemma = seg.lemmas[t]
    if (lemma === 'call' && /^(?:him|her|them|me|us)$/iu.test(text.slice(a.content.start, a.content.end))) return undefined
    if (lemma !== 'charge' || /\bthat\b|[:“"‘]/u.test(text.slice(seg.ends[t], Math.max(seg.ends[t]!, a.content.start) + 6))) continue
    // "A report charging the group with crimes" accuses; "was charged with fraud" has the accused as its subject.
    if (/^\s+with\b/iu.test(text.slice(seg.ends[t], seg.ends[t]! + 6))) return unsourced(a)
    if (!/\swith\s/u.test(text.slice(a.content.start, a.content.end))) return undefined
  }
  return a
}

/** A form of "face" and a few words of the noun phrase it opens, right before a noun cue: "faced | questions", "has faced her own litany of | questions". */
const FACED_BEFORE = /\b(?:face|faces|faced|facing)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu
/** Characters before a cue that `FACED_BEFORE` may take. */
const FACED_REACH = 50

/**
 * "Clinton faced | questions about", "she faces | renewed doubts about": a noun cue that is the
 * object of "face" has its source as its target; who asks or doubts is unnamed. Pure.
 */
export function isFacedNoun(text: string, seg: Segmentation, a: Attribution): boolean {
  return a.source !== undefined && a.source.end <= a.cue.start && FACED_BEFORE.test(text.slice(Math.max(0, a.cue.start - FACED_REACH), a.cue.start)) && !hasVerb(seg, a.cue.start, a.cue.end)
}

/** Participles that give a name: "a group | called | Casa Para Todos". */
const NAMING_WORD = /^(?:called|named|dubbed)$/iu

/**
 * "set up a website called …", "the founder of a group called …", "the resort, now called …": a
 * naming participle after a common noun that is an object (a verb or preposition before its phrase),
 * or after "now", names that noun; no one reports. "One lawmaker called …" is a subject's verb. Pure.
 */
function namesObject(text: string, seg: Segmentation, first: number, cue: Span): boolean {
  if (first < 1 || !NAMING_WORD.test(text.slice(cue.start, cue.end))) return false
  if (/^now$/iu.test(tokenText(text, seg, first - 1))) return true
  if (posOf(seg, first - 1) !== 'NOUN') return false
  let before = first - 2
  while (before >= 0 && NOUN_PHRASE_WORDS.has(posOf(seg, before))) before--
  return before >= 0 && ['ADP', 'VERB'].includes(posOf(seg, before))
}

/** Tags of the words of a plain noun phrase ("a Facebook group"). */
const NOUN_PHRASE_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])

/** A reporting verb in the passive: "were announced", "has been widely reported", "was also endorsed". */
const PASSIVE_CUE = new RegExp(`^(?:(?:has|have|had)\\s+been|is|are|was|were|be|been|being)\\s+(?:(?:\\p{L}+ly|${PASSIVE_ADVERB})\\s+)?\\p{L}+(?:ed|en|wn|ld|id)$`, 'iu')

/** The agent of a passive cue: "by" and a noun phrase, up to a comma, a clause or an adjunct ("by the ministry on Monday"); a time may come first ("the day before by"). */
const PASSIVE_AGENT = new RegExp(String.raw`^(?:\s+(?:${TIME_BEFORE_VERB}|the\s+(?:day|week|month|year)\s+(?:before|after)))?\s+by\s+((?:the\s+|an?\s+)?[\p{L}\p{N}'’.-]+(?:\s+(?!(?:on|in|at|after|before|last|this|during|when|while|and|but|who|which|that|to|for|with|as)\b)[\p{L}\p{N}'’.-]+){0,7})`, 'iu')

/** A clause of time or reason opening just before the subject: "after the results", "before the tariffs". */
const SUBORDINATE_OPENING = /\b(?:after|before|when|whenever|until|till|since|once|as|because)\s+$/iu

/**
 * A passive reporting verb ("were announced", "were dismissed by the election commission") reports
 * its subject, which is what was said, not who said it: with an agent, the agent is the source
 * ("Her claims were dismissed by the commission"); without one, no one is ("The verdict was
 * announced on Monday"), and in a clause of time ("after the results were announced",
 * "long before the tariffs were announced") the subject is only a thing, no statement at all. A
 * passive of naming ("was declared the winner") keeps its complement as the content, unsourced.
 * Returns the report read so, or none; any other report unchanged. Pure.
 */
export function passiveReport(text: string, seg: Segmentation, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, a: Attribution): Attribution[] {
  // "Mwale was declared the winner": whoever declared it is unnamed; the subject is no speaker.
  if (a.source && a.content.start >= a.cue.end && namesToRole(text, a.cue)) return [unsourced(a)]
  if (!PASSIVE_CUE.test(text.slice(a.cue.start, a.cue.end)) || isFeelingPassive(text.slice(a.cue.start, a.cue.end))) return [a]
  const agent = PASSIVE_AGENT.exec(text.slice(a.cue.end, a.cue.end + 120))
  const agentStart = agent ? a.cue.end + agent[0].length - agent[1]!.length : -1
  const agentEnd = agent ? agentStart + agent[1]!.length : -1
  const agentSource = agent ? { start: agentStart, end: trimEnd(text, agentStart, agentEnd) } : undefined
  // "Lee was asked by host Bo Ruiz, who …": a source read past the agent is the agent's clause; the agent asks.
  // "Workers were told by managers that …": with no source, the agent told them; the clause after it is what was said.
  if (agentSource && (a.source ? a.source.start : a.content.start) >= agentEnd) {
    return [{ ...a, source: agentSource, speaker: speakerOf(text, agentSource, mentions, actors, []) }]
  }
  // The subject was read as the source, or, with no source, as the content before the cue; with an agent, it may be neither ("Ruiz | was endorsed by Lee").
  const read = a.source ?? (a.content.end <= a.cue.start ? a.content : agent ? subjectRightBefore(text, seg, tokenAt(seg, a.cue.start)) : undefined)
  const contentIsAgent = agent !== null && a.content.start >= a.cue.end && a.content.start <= agentStart
  if (!read || read.end > a.cue.start || (a.content.end > a.cue.start && !contentIsAgent)) return [a]
  // "Her claims of fraud were dismissed": the subject is the whole noun phrase before its verb.
  const subject = /[,;:"“”]/u.test(text.slice(read.end, a.cue.start)) ? read : { start: nounPhraseStart(text, seg, read.start), end: trimEnd(text, read.start, a.cue.start) }
  if (agentSource) return [{ ...a, source: agentSource, content: subject, speaker: speakerOf(text, agentSource, mentions, actors, []) }]
  // "He was released": a pronoun is never what was said.
  if (SUBORDINATE_OPENING.test(text.slice(Math.max(0, subject.start - 12), subject.start)) || /^(?:he|she|it|they|we|i|you)$/iu.test(text.slice(subject.start, subject.end))) return []
  return [unsourced(a, subject)]
}

/** The noun phrase ending in a mention right before `offset` ("Interior Minister Peter Grant | was"), whatever the tagger read its words as ("Grant" as a verb). Pure. */
function namedRightBefore(text: string, seg: Segmentation, mentions: MentionIndex, offset: number): Span | undefined {
  const name = mentions.within({ start: Math.max(0, offset - 80), end: offset }).findLast((m) => /^\s+$/u.test(text.slice(m.span.end, offset)))
  return name && { start: Math.min(name.span.start, nounPhraseStart(text, seg, name.span.start)), end: name.span.end }
}

/** The active form: "Interfax quoted Kremlin spokesman Dmitry Peskov as saying", its object the one who speaks. */
const QUOTED_OBJECT_AS_SAYING = /\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?<object>(?!as\b|by\b|in\b|on\b)[^,;:"“”.]{2,80}?)\s+(?<saying>as\s+(?:saying|telling|stating|writing))\b/dgiu
/** A report passed on by whoever quoted it: "was quoted by the state news agency as saying", "was quoted in the Times as saying", "has been cited as telling". */
const QUOTED_AS_SAYING = /\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:\p{Ll}+ly\s+)?(?:quoted|cited)(?:\s+(?:by|in|on)\s+[^,;:"“”.]{1,60}?)?\s+as\s+(?:saying|telling|stating|writing)\b/giu

/**
 * "Peter Grant was quoted by the state news agency as saying …": the one quoted speaks, the passive's
 * subject (right before it or across an aside), not whoever quoted them; the cue runs from the
 * auxiliary to "saying", as annotators mark "is quoted as saying". A report whose cue lies in such a
 * phrase gets that cue and source; any other stays. Pure.
 */
function quotedAsSaying(text: string, seg: Segmentation, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, a: Attribution): Attribution {
  const sentence = seg.sentences[spanIndexAt(seg.sentences, a.cue.start)]
  if (!sentence) return a
  const words = text.slice(sentence.start, sentence.end)
  // "Interfax quoted Kremlin spokesman Dmitry Peskov as saying": the active form's object speaks.
  for (const m of words.matchAll(QUOTED_OBJECT_AS_SAYING)) {
    const [objectStart, objectEnd] = m.indices!.groups!['object']!
    const [saying] = m.indices!.groups!['saying']!
    const cue = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
    if (!overlapsAny(a.cue, [cue]) || a.content.end <= cue.end) continue
    const source = { start: sentence.start + objectStart, end: sentence.start + objectEnd }
    const content = a.content.start < cue.end ? { start: afterComma(text, cue.end), end: a.content.end } : a.content
    return { ...a, source, cue: { start: sentence.start + saying, end: cue.end }, content, speaker: speakerOf(text, source, mentions, actors, []) }
  }
  for (const m of words.matchAll(QUOTED_AS_SAYING)) {
    const cue = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
    if (!overlapsAny(a.cue, [cue]) || a.content.end <= cue.end) continue
    const source = namedRightBefore(text, seg, mentions, cue.start) ?? subjectBeforeVerb(text, seg, mentions, tokenAt(seg, cue.start)) ?? asideSubject(text, seg, mentions, sentence, cue.start)
    if (!source) return a
    const content = a.content.start < cue.end ? { start: afterComma(text, cue.end), end: a.content.end } : a.content
    return { ...a, source, cue, content, speaker: speakerOf(text, source, mentions, actors, []) }
  }
  return a
}

/** The noun phrase that ends right before token `t` ("one local newspaper | has reported"), or undefined. Pure. */
function subjectRightBefore(text: string, seg: Segmentation, t: number): Span | undefined {
  if (t < 1 || !NP_TOKENS.has(posOf(seg, t - 1))) return undefined
  return { start: nounPhraseStart(text, seg, seg.starts[t - 1]!), end: seg.ends[t - 1]! }
}

/** Words that open a clause reported by the verb before them ("said that Lee met Ruiz and agreed"): its subject is its own. */
const CLAUSE_OBJECT = /^(?:that|whether|if)$/iu
/** Tokens of a sentence's subject at most. */
const MAIN_SUBJECT_TOKENS = 8

/**
 * "Lee apologized for the columns after they came out, saying …": a cue opening a second
 * predicate (`opensSecondPredicate`) speaks for the sentence's subject (`mainSubject`), not for a
 * noun phrase inside the first predicate (the subject of a clause of time, an object, a
 * possessor); after "and" it joins a subordinate clause's predicate and speaks for that clause's
 * subject (`subordinateSubject`). Undefined when the source is no such inner phrase. Pure.
 */
export function participleSubject(text: string, seg: Segmentation, mentions: MentionIndex, source: Span, sentence: Span, cue: Span): Span | undefined {
  const verb = cueVerb(seg, cue)
  if (!opensSecondPredicate(text, seg, verb) || (source.end > cue.start && source.start < cue.end)) return undefined
  // "Lee argued …, but suggested | Ruiz went too far": a second predicate's subject comes before it; a source read after it is part of what it reports.
  if (source.start >= cue.end) return subordinateSubject(text, seg, verb) ?? mainSubject(text, seg, mentions, sentence, cue.start)
  // "Groups say …, and the ACLU has sued the city, saying": a clause joined after the source, with a subject of its own, holds the predicate the cue goes on.
  const joined = joinedClause(text, source.end, cue.start)
  const joinedSubject = joined === undefined ? undefined : mainSubject(text, seg, mentions, { start: joined, end: sentence.end }, cue.start)
  if (joinedSubject) return joinedSubject
  // Only a phrase that opens a clause of time or reason, an object, or an apposition to one ("sued the city and its mayor, | Tom Hale, | over the rules")
  // is inside the predicate; "…, Lee said, adding" has its own subject.
  const before = tokenAt(seg, source.start) - 1
  // "The firm was fined, while the company denied it, saying …": a contrasting clause set off by a comma has a predicate of its own, which the cue goes on.
  if (before > 0 && CONTRAST_OPENER.test(tokenText(text, seg, before)) && tokenText(text, seg, before - 1) === ',') return undefined
  const apposition = before >= 0 && tokenText(text, seg, before) === ',' && !hasVerb(seg, source.end, cue.start)
  // "over rules | that | Mayor Tom Hale signed, saying": "that" after a noun opens a clause on it, inside the predicate; after a verb, the reported clause's own subject.
  const clauseOnNoun = before > 0 && /^(?:that|which)$/iu.test(tokenText(text, seg, before)) && ['NOUN', 'PROPN'].includes(posOf(seg, before - 1))
  if (before < 0 || (!['SCONJ', 'ADP', 'VERB'].includes(posOf(seg, before)) && !apposition && !clauseOnNoun) || (CLAUSE_OBJECT.test(tokenText(text, seg, before)) && !clauseOnNoun) || inQuotation(seg, source)) return undefined
  // "…,'' said Tom Vietor, recalling": a source after its own reporting verb is that verb's subject.
  if (SPEECH_VERBS.has(seg.lemmas[before] ?? '') || BELIEF_VERBS.has(seg.lemmas[before] ?? '')) return undefined
  return subordinateSubject(text, seg, verb) ?? mainSubject(text, seg, mentions, sentence, cue.start)
}

/** Words opening a clause that contrasts with the one before it, as a main clause would: "…, while | the company denied it". */
const CONTRAST_OPENER = /^(?:while|whereas|although|though)$/iu

/** A main clause joined to the one before it: ", and | the ACLU has sued", ", but | the mayor", "; | the council", ", while | the firm". */
const CLAUSE_JOINT = /(?:,\s*(?:and|but|while|whereas|although|though)|;)\s+/gu

/** Where the last clause joined by `CLAUSE_JOINT` between `from` and `to` starts, or undefined. Pure. */
function joinedClause(text: string, from: number, to: number): number | undefined {
  let start: number | undefined
  for (const m of text.slice(from, to).matchAll(CLAUSE_JOINT)) start = from + m.index + m[0].length
  return start
}

/**
 * "The ad features veterans | telling their stories and criticizing …": a participle cue right
 * after a noun phrase that names people, with no comma between, says what they do; they speak,
 * not the sentence's subject. A participle joined by "and" to such a one shares its people.
 * Undefined for any other cue. Pure.
 */
function participleOnPeople(text: string, seg: Segmentation, mentions: MentionIndex, verb: number): Span | undefined {
  if (!/^\p{Ll}+ing$/u.test(tokenText(text, seg, verb)) || posOf(seg, verb) !== 'VERB') return undefined
  const joint = jointBefore(seg, verb)
  const first = joint >= 0 && PREDICATE_JOINT.test(tokenText(text, seg, joint)) ? joinedParticiple(text, seg, joint) : verb
  const subject = first === undefined ? undefined : subjectRightBefore(text, seg, first)
  if (!subject || !['NOUN', 'PROPN'].includes(posOf(seg, first! - 1))) return undefined
  // People, not a document or speech that heads sources too ("his speech | defending").
  const head = tokenText(text, seg, first! - 1).toLowerCase()
  return mentions.covering(subject.start, subject.end)?.span.end === subject.end || isPersonNoun(head) || isPeopleNoun(head) ? subject : undefined
}

/** The participle a predicate joined at `joint` ("… telling their stories | and | criticizing") goes on from, in the same clause, or undefined. Pure. */
function joinedParticiple(text: string, seg: Segmentation, joint: number): number | undefined {
  const sentenceStart = seg.sentenceTokenStart[sentenceOfToken(seg, joint)]!
  for (let t = joint - 1; t > sentenceStart && !/^[,;:()"“”—–]$/u.test(tokenText(text, seg, t)); t--) {
    if (posOf(seg, t) === 'VERB') return /^\p{Ll}+ing$/u.test(tokenText(text, seg, t)) ? t : undefined
  }
  return undefined
}

/** The token of a cue's verb, past the adverbs the cue opens with ("later | said"); its first token when it has none. Pure. */
function cueVerb(seg: Segmentation, cue: Span): number {
  const first = tokenAt(seg, cue.start)
  let t = first
  while (t + 1 < seg.starts.length && seg.starts[t + 1]! < cue.end && posOf(seg, t) === 'ADV') t++
  return posOf(seg, t) === 'ADV' ? first : t
}

/** Words that open a subordinate clause, tagged SCONJ or, like "after" (ADP) and "when" (ADV), otherwise. */
const SUBORDINATE_OPENER = /^(?:after|when|whenever|until|till|because|while|as|since|before|once|if|unless|though|although|whereas)$/iu

/**
 * "Voters rejected the plan after the governor vetoed it and warned of cuts": a cue after "and"
 * or "but" joins the predicate of the subordinate clause that stands between the main verb and it,
 * so the speaker is that clause's subject, not the sentence's. The subject (a noun phrase right
 * after the opener, then its verb), or undefined when no such clause stands in the cue's clause
 * (a comma closes it: "after he won, saying" speaks for the main subject). Pure.
 */
function subordinateSubject(text: string, seg: Segmentation, cue: number): Span | undefined {
  const joint = jointBefore(seg, cue)
  if (joint < 0 || !PREDICATE_JOINT.test(tokenText(text, seg, joint))) return undefined
  const sentenceStart = seg.sentenceTokenStart[sentenceOfToken(seg, cue)]!
  for (let t = joint - 1; t > sentenceStart && tokenText(text, seg, t) !== ','; t--) {
    if (!SUBORDINATE_OPENER.test(tokenText(text, seg, t)) || !['SCONJ', 'ADP', 'ADV'].includes(posOf(seg, t))) continue
    let verb = t + 1
    while (verb < joint && NP_TOKENS.has(posOf(seg, verb))) verb++
    let mainVerb = false
    for (let u = sentenceStart; u < t && !mainVerb; u++) mainVerb = ['VERB', 'AUX'].includes(posOf(seg, u))
    if (verb === t + 1 || !['VERB', 'AUX'].includes(posOf(seg, verb)) || !mainVerb) return undefined
    return { start: seg.starts[t + 1]!, end: seg.ends[verb - 1]! }
  }
  return undefined
}

/** Words that open a clause of time or reason whose subject and verb follow them: "when | the crowd shouted". */
const TIME_CLAUSE_OPENER = /^(?:when|whenever|as|while|after|before|because|once|until)$/iu

/**
 * "When someone in the crowd shouted, …, Lee joked": a cue that is the verb of a clause of time
 * speaks for that clause's subject (a noun phrase naming someone, or a pronoun, between the opener
 * and the verb), not for the main clause's subject the tagger took. Undefined when the cue is no
 * such verb or `source` already lies in that subject. Pure.
 */
function clauseOfTimeSubject(text: string, seg: Segmentation, mentions: MentionIndex, verb: number, source: Span | undefined): Span | undefined {
  if (posOf(seg, verb) !== 'VERB' || /ing$/iu.test(tokenText(text, seg, verb))) return undefined
  const subject = subjectRightBefore(text, seg, verb)
  if (!subject) return undefined
  let opener = tokenAt(seg, subject.start) - 1
  // "someone | in the audience": a phrase that locates the subject's head.
  const located = opener > 1 && posOf(seg, opener) === 'ADP' && ['PRON', 'NOUN', 'PROPN'].includes(posOf(seg, opener - 1)) ? subjectRightBefore(text, seg, opener) : undefined
  if (located) opener = tokenAt(seg, located.start) - 1
  if (opener < 0 || !TIME_CLAUSE_OPENER.test(tokenText(text, seg, opener)) || sentenceOfToken(seg, opener) !== sentenceOfToken(seg, verb)) return undefined
  const full = { start: located?.start ?? subject.start, end: subject.end }
  if (source && source.start < full.end && full.start < source.end) return undefined
  const head = tokenText(text, seg, tokenAt(seg, (located ?? subject).end - 1))
  const pronoun = SUBJECT_PRONOUN.test(head) || /^(?:someone|somebody|everyone|nobody)$/iu.test(head)
  return pronoun || namesSomeone(mentions, located ?? subject, head) ? full : undefined
}

/** Adverbs that may stand between a subject and its verb ("Trump often takes"). */
const ADVERBS_BEFORE_VERB = 2

/**
 * The noun phrase that opens a sentence as its subject, past an opening phrase set off by a comma
 * ("In May, …"), right before its verb (or an adverb or two before it), when the verb starts by
 * `limit` and the phrase names someone; it may hold what or where they are of ("Lawmakers in Ohio"). Pure.
 */
function mainSubject(text: string, seg: Segmentation, mentions: MentionIndex, sentence: Span, limit: number): Span | undefined {
  let first = subjectStart(text, seg, sentence)
  const comma = text.indexOf(',', seg.starts[first])
  // "In May, the judge …": an opening phrase of a preposition or a subordinate clause ends at its comma.
  if (['ADP', 'SCONJ', 'ADV'].includes(posOf(seg, first)) && comma > 0 && comma < limit) first = firstTokenAtOrAfter(seg, comma + 1)
  let verb = first
  while (verb < seg.starts.length && seg.starts[verb]! < limit && verb - first < MAIN_SUBJECT_TOKENS && (NP_TOKENS.has(posOf(seg, verb)) || /^(?:of|in|from|['’]s?|[.-])$/u.test(tokenText(text, seg, verb)))) verb++
  // "Senate Democrats, | angry at the delay, | seized the floor and said": an aside in commas may stand before the verb.
  const aside = verb > first && verb < seg.starts.length ? ASIDE_AFTER_SUBJECT.exec(text.slice(seg.ends[verb - 1], limit)) : null
  const afterSubject = aside ? firstTokenAtOrAfter(seg, seg.ends[verb - 1]! + aside[0].length) : verb
  // "The ACLU | on Tuesday | sued": the time of the act may stand before the verb.
  const time = afterSubject < seg.starts.length ? TIME_OPENING.exec(text.slice(seg.starts[afterSubject], limit)) : null
  let predicate = time ? firstTokenAtOrAfter(seg, seg.starts[afterSubject]! + time[0].length) : afterSubject
  const adverbsFrom = predicate
  while (predicate - adverbsFrom < ADVERBS_BEFORE_VERB && posOf(seg, predicate) === 'ADV') predicate++
  if (verb === first || !['VERB', 'AUX'].includes(posOf(seg, predicate)) || seg.starts[predicate]! > limit) return undefined
  const subject = { start: seg.starts[first]!, end: seg.ends[verb - 1]! }
  if (inQuotation(seg, subject)) return undefined
  const head = tokenText(text, seg, verb - 1)
  // A proper noun heading the subject names someone though no mention took it ("Ruiz met aides and later said").
  return SUBJECT_PRONOUN.test(head) || posOf(seg, verb - 1) === 'PROPN' || namesSomeone(mentions, subject, head) ? subject : undefined
}

/** The token before the verb at `cue`, past an adverb or two ("and | later | said"): where a second predicate is joined, or -1. Pure. */
function jointBefore(seg: Segmentation, cue: number): number {
  let joint = cue - 1
  while (joint >= 0 && cue - joint <= ADVERBS_BEFORE_VERB && posOf(seg, joint) === 'ADV') joint--
  return joint
}

/** Words that join a second predicate to the first: "… and called it", "… but argued". */
const PREDICATE_JOINT = /^(?:and|but)$/iu

/**
 * True when the cue at token `cue` opens a second predicate of its clause: a participle after a
 * comma ("Romney went after Trump, calling it …") or a verb after "and" or "but" ("Carson took
 * the stage and called …"), an adverb between at most. Its subject is the clause's. Pure.
 */
function opensSecondPredicate(text: string, seg: Segmentation, cue: number): boolean {
  const joint = jointBefore(seg, cue)
  if (joint < 0) return false
  const word = tokenText(text, seg, joint)
  // "…, offering more warnings": the tagger's cue after a comma is a participle, though tagged as a noun.
  if (/^\p{Ll}+ing$/u.test(tokenText(text, seg, cue))) return word === ',' && ['VERB', 'AUX', 'NOUN'].includes(posOf(seg, cue))
  return ['VERB', 'AUX'].includes(posOf(seg, cue)) && PREDICATE_JOINT.test(word)
}

/** Personal pronouns that may be a subject. */
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you)$/iu
/** A time said between a subject and its verb, after a space: "(Lee) | on Monday | asked". */
const TIME_BEFORE_CUE = new RegExp(`(?<=\\s)${TIME_BEFORE_VERB}\\s+$`, 'iu')
/** Characters before a cue that such a time may take. */
const TIME_REACH = 30
/** Words a subject may follow: nothing, the line breaks that open a paragraph, clause punctuation, a conjunction or "that"/"as"/"while". */
const BEFORE_SUBJECT = new Set(['SPACE', 'PUNCT', 'CCONJ', 'SCONJ'])

/**
 * "Philadelphia plans to …", "Trump wants the votes and Peña Nieto wants …": the subject right
 * before a finite cue the tagger left without a source, when it names someone (a mention, a
 * pronoun, a word that heads sources) and is no object of a verb or a preposition. Pure.
 */
export function subjectBeforeVerb(text: string, seg: Segmentation, mentions: MentionIndex, cue: number): Span | undefined {
  const word = tokenText(text, seg, cue)
  if (!['VERB', 'AUX'].includes(posOf(seg, cue)) || /ing$/iu.test(word) || (cue > 0 && /^to$/iu.test(tokenText(text, seg, cue - 1)))) return undefined
  // "Two committees | on Monday | asked": the time of the act stands between the subject and its verb.
  const time = TIME_BEFORE_CUE.exec(text.slice(Math.max(0, seg.starts[cue]! - TIME_REACH), seg.starts[cue]))
  const predicate = time ? tokenAt(seg, seg.starts[cue]! - time[0].length + 1) : cue
  const last = predicate - 1
  if (last < 0 || !['NOUN', 'PROPN', 'PRON'].includes(posOf(seg, last)) || sentenceOfToken(seg, last) !== sentenceOfToken(seg, cue)) return undefined
  const subject = subjectRightBefore(text, seg, predicate)
  if (!subject || isTimeOnly(text.slice(subject.start, subject.end))) return undefined
  const opening = tokenAt(seg, subject.start)
  // "It's an agenda a President Clinton could hope …": a pronoun inside the phrase opens a clause of its own.
  for (let t = opening; t < last; t++) if (posOf(seg, t) === 'PRON') return undefined
  if (opening > 0 && sentenceOfToken(seg, opening - 1) === sentenceOfToken(seg, cue) && !BEFORE_SUBJECT.has(posOf(seg, opening - 1))) return undefined
  const head = tokenText(text, seg, last)
  if (posOf(seg, last) === 'PRON') return SUBJECT_PRONOUN.test(head) && subject.start === seg.starts[last] ? subject : undefined
  return namesSomeone(mentions, subject, head) ? subject : undefined
}

/** True when a subject names someone: a mention ends it, or its head is a noun annotators head sources with or a noun for people. Pure. */
function namesSomeone(mentions: MentionIndex, subject: Span, head: string): boolean {
  const lower = head.toLowerCase()
  return mentions.covering(subject.start, subject.end)?.span.end === subject.end || isSourceHead(lower) || isPersonNoun(lower) || isPeopleNoun(lower) || isBodyNoun(lower)
}

/** The start of the noun phrase that ends at or runs through `offset` ("Her claims of fraud", "the bank's chief"), within its sentence. Pure. */
function nounPhraseStart(text: string, seg: Segmentation, offset: number): number {
  const first = tokenAt(seg, offset)
  if (first < 0) return offset
  const sStart = seg.sentenceTokenStart[sentenceOfToken(seg, first)]!
  let t = first
  while (t - 1 >= sStart) {
    const word = tokenText(text, seg, t - 1)
    if (!(NP_TOKENS.has(posOf(seg, t - 1)) || /^(?:of|['’]s?)$/iu.test(word)) || /^[“”"]$/u.test(word)) break
    t--
  }
  return seg.starts[t]!
}

/** The words of an aside in commas: no clause punctuation or quotation mark, but the comma of a number ("4,000 nurses"). */
const ASIDE_WORDS = '(?:[^,;:"“”]|(?<=\\d),(?=\\d)){1,150}'
/** What may stand between a sentence's subject and its verb: an aside in commas or brackets, then an adverb or a time. */
const ASIDE = new RegExp(`^\\s*(?:,${ASIDE_WORDS},|\\([^()]{1,40}\\))\\s*(?:\\p{Ll}+ly\\s+|${TIME_BEFORE_VERB}\\s+)?$`, 'u')
/** An aside in commas right after a subject, before its predicate: "Senate Democrats|, angry at the delay, |seized". */
const ASIDE_AFTER_SUBJECT = new RegExp(`^\\s*,${ASIDE_WORDS},\\s*`, 'u')
/** A time opening a sentence, with its comma or before a determiner opening the subject: "Friday, ", "Late Monday, ", "On Monday the", "In March 2023, ", "Last week, ", "Hours later, ". */
const LEADING_TIME = new RegExp(`^\\s*(?:(?:(?:late|early)\\s+)?${TIME_BEFORE_VERB}(?:\\s+(?:morning|afternoon|evening|night))?|(?:on|in|by|since)\\s+(?:(?:early|late|mid-?)\\s*)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?(?:\\s+\\d{1,4}(?:,?\\s+\\d{4})?)?|(?:(?:a\\s+few|several|some|\\d+|\\p{L}+)\\s+)?(?:moments|minutes|hours|days|weeks|months|years|(?<=\\ba\\s+|one\\s+)(?:day|week|month|year))\\s+(?:later|earlier|ago))(?:\\s*,\\s*|\\s+(?=(?:the|an?|his|her|its|their)\\s))`, 'iu')
/** Tokens of a phrase opening a sentence before its subject at most: "In the first hours of the siege, ". */
const OPENING_PHRASE_TOKENS = 8

/**
 * Where a sentence's subject may start, from its first word at `start`: past a time ("Hours later,
 * ", "On Monday, ") or a phrase opening with a preposition or an adverb ("In Paris, ", "However, ")
 * that a comma or a determiner after its noun closes ("In Paris | the"), with no verb of its own;
 * `start` when none opens it. Pure.
 */
function pastOpeningPhrase(text: string, seg: Segmentation, start: number): number {
  const time = LEADING_TIME.exec(text.slice(start, start + 80))
  if (time) return start + time[0].length
  const first = firstTokenAtOrAfter(seg, start)
  // "Speaking to reporters, ", "Asked about the plan, ": a participle's phrase opens the sentence too.
  const participle = posOf(seg, first) === 'VERB' && /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(tokenText(text, seg, first))
  if (!['ADP', 'ADV'].includes(posOf(seg, first)) && !participle) return start
  for (let t = first + 1; t < seg.starts.length && t - first <= OPENING_PHRASE_TOKENS; t++) {
    if (tokenText(text, seg, t) === ',') return afterComma(text, seg.starts[t]!)
    // "In Paris | the minister, …": a determiner after a noun opens the subject, with no comma before it.
    if (posOf(seg, t) === 'DET' && PHRASE_WORD_TAGS.has(posOf(seg, t - 1))) return seg.starts[t]!
    if (['PUNCT', 'VERB', 'AUX', 'SCONJ'].includes(posOf(seg, t))) return start
  }
  return start
}
/** An aside in commas right before a cue, or a few ("…, his cousin Jo Lee, 40, cited"), then an adverb or a time ("…, last year proposed"). */
const ASIDE_BEFORE_CUE = new RegExp(`(?:,${ASIDE_WORDS}){1,3},\\s*(?:\\p{Ll}+ly\\s+|${TIME_BEFORE_VERB}\\s+)?$`, 'u')

/**
 * The subject that opens the cue's sentence when only an aside stands between it and the cue
 * ("Apple, the world's most valuable company, said"; "Sen. Elizabeth Warren (D-Mass.) said";
 * "Local broadcaster Kent TV, citing police sources, put the toll at 12"): a mention at the
 * sentence's start, or a noun phrase opening it that ends in one or in a common source's head
 * ("A security official, speaking on condition of anonymity, said"). The tagger, reading word by
 * word, loses a subject across the commas. Pure.
 */
export function asideSubject(text: string, seg: Segmentation, mentions: MentionIndex, whole: Span, cueStart: number): Span | undefined {
  // "Friday, the mayor, speaking at a briefing, said": a time or place that opens the sentence is no subject; the subject follows it.
  const opened = pastOpeningPhrase(text, seg, whole.start)
  const sentence = opened < cueStart ? { start: opened, end: whole.end } : whole
  const opening = mentions.startingNear(sentence.start, 2)
  if (opening && opening.span.end < cueStart && ASIDE.test(text.slice(opening.span.end, cueStart))) return withDescribingAside(text, opening.span, cueStart)
  const before = text.slice(sentence.start, cueStart)
  const aside = asideBeforePredicate(text, seg, before, sentence.start, cueStart) ?? ASIDE_BEFORE_CUE.exec(before)
  const subject = aside ? openingNounPhrase(text, seg, sentence, sentence.start + aside.index) ?? describedOpening(text, seg, sentence, sentence.start + aside.index) : undefined
  if (!subject) return undefined
  // "A Western diplomat in Astana": the head comes before the phrase that locates it; "Two engineers who worked on it": before its relative clause.
  const named = headBeforeRelative(text, seg, subject) ?? subject
  const head = /\p{L}+$/u.exec(text.slice(named.start, named.end).replace(/\s+(?:in|at|from|of|near|on|with|for)\s[\s\S]*$/u, ''))?.[0] ?? ''
  // Proper nouns alone name someone though no mention took them ("Bruning, a Republican, blamed"; "R. Dane Bruning, whose …, said").
  return namesSomeone(mentions, subject, head) || isName(text, seg, subject) ? withDescribingAside(text, subject, cueStart) : undefined
}

/**
 * "Tester, himself up for reelection in 2018, said": a source the tagger read inside an aside
 * before the cue, past its first words, stands for the subject the aside follows
 * (`asideSubject`); an apposition's own head right after the comma is left to
 * `withOpeningSubject`. Undefined when the source lies elsewhere. Pure.
 */
function subjectOverAside(text: string, seg: Segmentation, mentions: MentionIndex, source: Span, sentence: Span, cueStart: number): Span | undefined {
  if (source.end > cueStart) return undefined
  const subject = asideSubject(text, seg, mentions, sentence, cueStart)
  if (!subject || source.start < subject.end) return undefined
  const comma = text.indexOf(',', subject.end)
  if (comma < 0 || !/[^\s,]/u.test(text.slice(comma + 1, source.start))) return undefined
  // Only an aside with no verb of its own, a relative clause or a participle's ("The poll, released by …, showed"): "Lee, in Reno, | unveiled an ad, | featuring" has a predicate before the cue.
  const opensClause = RELATIVE_OPENING.test(text.slice(comma, cueStart)) || posOf(seg, firstTokenAtOrAfter(seg, comma + 1)) === 'VERB'
  return opensClause || !hasVerb(seg, comma, cueStart) ? subject : undefined
}

/** A relative clause opening after a comma: ", whose support …". */
const RELATIVE_OPENING = /^,\s*(?:who|whose|which)\s/iu

/** An aside in commas that describes the noun before it: an apposition ("the party chairman", "his cousin Jo Lee, 40") or a relative clause ("whose group …"). */
const DESCRIBING_ASIDE = new RegExp(`^,(\\s*(?:the|an?|his|her|its|their|who|whose|which)\\s[^,;:"“”]{1,150}(?:,\\s*\\d{1,3})?),\\s*(?:\\p{Ll}+ly\\s+|${TIME_BEFORE_VERB}\\s+)?$`, 'iu')

/** `subject` through the apposition or relative clause that follows it up to its cue, as annotators mark a source ("Ann Lee, the chairwoman, | said"). Pure. */
function withDescribingAside(text: string, subject: Span, cueStart: number): Span {
  const aside = DESCRIBING_ASIDE.exec(text.slice(subject.end, cueStart))
  return aside ? { start: subject.start, end: subject.end + 1 + aside[1]!.length } : subject
}

/** A subject of capitalised proper nouns only, an initial among them ("Bruning", "R. Dane Bruning"). Pure. */
function isName(text: string, seg: Segmentation, subject: Span): boolean {
  const first = tokenAt(seg, subject.start)
  if (first < 0) return false
  let t = first
  for (; t < seg.starts.length && seg.ends[t]! <= subject.end; t++) {
    if (posOf(seg, t) !== 'PROPN' || !/^\p{Lu}(?:\p{Ll}|\.$)/u.test(tokenText(text, seg, t))) return false
  }
  return t > first && seg.ends[t - 1] === subject.end
}

/** A time that may open a predicate before its verb: "last year | proposed". */
const TIME_OPENING = new RegExp(`^${TIME_BEFORE_VERB}\\s+`, 'iu')
/** An aside in commas, then a predicate up to the comma before a participle cue: ", who took home $14m last year, tried to sweeten the pill, |promising". */
const ASIDE_THEN_PREDICATE = new RegExp(`,${ASIDE_WORDS},\\s*([^,;:"“”]{1,80}),\\s*$`, 'du')

/**
 * "Cardell CEO Mara Quint, who took home $12 million last year, tried to sweeten the pill,
 * promising that …": a participle cue's subject is the subject of the clause it closes, across an
 * aside and that clause's predicate (which opens with its verb). The match of the aside in
 * `before` (the sentence from `from` up to the cue), or null. Pure.
 */
function asideBeforePredicate(text: string, seg: Segmentation, before: string, from: number, cueStart: number): RegExpExecArray | null {
  if (!/^\p{Ll}+ing\b/u.test(text.slice(cueStart, cueStart + 30))) return null
  const aside = ASIDE_THEN_PREDICATE.exec(before)
  if (!aside) return null
  const predicate = from + aside.indices![1]![0]
  return ['VERB', 'AUX'].includes(posOf(seg, firstTokenAtOrAfter(seg, predicate + (TIME_OPENING.exec(text.slice(predicate))?.[0].length ?? 0)))) ? aside : null
}

/**
 * "The organisers, a coalition of tenants' groups, said", "The mayor, Ana Ruiz, said": a source
 * the tagger found in an apposition set off by commas right before the cue describes the noun
 * phrase that opens the sentence; the source is both, from that phrase to the apposition's end.
 * One of the two must be a description (an article or possessive opening the apposition, or a
 * common noun ending the phrase): "Trump, Ryan pledge" joins two names. Pure.
 */
function withOpeningSubject(text: string, seg: Segmentation, source: Span, sentence: Span, cueStart: number): Span {
  const comma = text.lastIndexOf(',', source.start - 1)
  if (comma <= sentence.start || !/^,\s*$/u.test(text.slice(comma, source.start)) || !/^\s*,\s*(?:\p{Ll}+ly\s+)?$/u.test(text.slice(source.end, cueStart))) return source
  const first = subjectStart(text, seg, sentence)
  const last = tokenAt(seg, comma - 1)
  if (last < first || last - first >= RELATIVE_SUBJECT_TOKENS) return source
  for (let t = first; t <= last; t++) if (!NP_TOKENS.has(posOf(seg, t)) && !/^(?:['’]s?|[.-])$/u.test(tokenText(text, seg, t))) return source
  const described = /^(?:an?|the|his|her|its|their|one)\s/iu.test(text.slice(source.start, source.end)) || posOf(seg, last) === 'NOUN'
  return described ? { start: seg.starts[first]!, end: source.end } : source
}

/**
 * A relative clause in commas right before a cue: ", which is listed in Warsaw, said", ", who asked
 * not to be named, said"; whom the subject relies on: ", citing police sources, put"; how it spoke:
 * ", speaking on condition of anonymity, say" (the tagger may take "condition of anonymity" for the source).
 */
const RELATIVE_ASIDE = new RegExp(`,\\s*(?:who|which|whose|citing|speaking|talking|writing)\\b${ASIDE_WORDS},\\s*(?:\\p{Ll}+ly\\s+)?$`, 'u')
/** A participle with its complement after a subject, right before a cue: "Residents contacted by telephone described". */
const REDUCED_RELATIVE = /\s\p{Ll}+(?:ed|en|wn)\s+(?:by|in|at|from|on|via|over)\s[^,;:"“”]{1,60}$/u
/** An age set off after a name: "Mwale, 67". */
const AGE_BEFORE = /,\s*\d{1,3}\s*$/u
/** Tokens of a subject before its relative clause ("A person familiar with the investigation"). */
const RELATIVE_SUBJECT_TOKENS = 10

/**
 * "Koszyk, which is listed on the Warsaw Stock Exchange, said …", "Residents contacted by
 * telephone described …": a source the tagger found in (or as the pronoun of) a relative clause
 * before the cue stands for the subject the clause describes, a noun phrase that opens the
 * sentence. Returns that subject, or undefined; `names` as in `openingNounPhrase`. Pure.
 */
export function relativeSubject(text: string, seg: Segmentation, source: Span, sentence: Span, cueStart: number, names = false): Span | undefined {
  const before = text.slice(sentence.start, cueStart)
  const clause = RELATIVE_ASIDE.exec(before) ?? REDUCED_RELATIVE.exec(before)
  if (!clause) return undefined
  const clauseStart = sentence.start + clause.index
  // "bloodshed in Paris" ends in "-ed" too: the participle must be a verb.
  if (clause[0].startsWith(' ') && posOf(seg, firstTokenAtOrAfter(seg, clauseStart)) !== 'VERB') return undefined
  // "Mwale, 67, who is seeking a second term, said": an age in commas may stand between the subject and its clause.
  const start = clauseStart - (AGE_BEFORE.exec(text.slice(sentence.start, clauseStart))?.[0].length ?? 0)
  // The tagger's source may run from the subject into the clause ("Mwale, 67, who").
  if (source.end <= clauseStart || source.end > cueStart) return undefined
  return openingNounPhrase(text, seg, sentence, start, names)
}

/** "as Brennan | rightly | said": adverbs the tagger read at a source's end belong to the predicate, not the source. Pure. */
function withoutTrailingAdverbs(text: string, seg: Segmentation, source: Span): Span {
  const first = tokenAt(seg, source.start)
  let last = tokenAt(seg, source.end - 1)
  while (last > first && posOf(seg, last) === 'ADV' && /^\p{Ll}+ly$/u.test(tokenText(text, seg, last))) last--
  return last >= first && seg.ends[last]! < source.end ? { start: source.start, end: seg.ends[last]! } : source
}

/**
 * "Two engineers who worked on the mission|, speaking …, said": a noun phrase opening the sentence
 * (`openingNounPhrase`) and the relative clause that describes it, up to `end`, with no punctuation
 * of its own. The span, or undefined. Pure.
 */
function describedOpening(text: string, seg: Segmentation, sentence: Span, end: number): Span | undefined {
  const first = subjectStart(text, seg, sentence)
  const last = tokenAt(seg, end - 1)
  if (first < 0 || last < first || last - first >= 2 * RELATIVE_SUBJECT_TOKENS) return undefined
  for (let t = first; t <= last; t++) if (['PUNCT', 'SCONJ'].includes(posOf(seg, t))) return undefined
  const whole = { start: seg.starts[first]!, end: seg.ends[last]! }
  const head = headBeforeRelative(text, seg, whole)
  return head && openingNounPhrase(text, seg, sentence, head.end) ? whole : undefined
}

/**
 * The first token of a sentence's subject: past the line breaks a paragraph's first sentence may
 * open with, past a conjunction ("But the plan, which …" joins the sentence to the last; it is
 * no part of the subject), and past an opening time or place (`pastOpeningPhrase`). Pure.
 */
function subjectStart(text: string, seg: Segmentation, sentence: Span): number {
  let first = firstTokenAtOrAfter(seg, sentence.start)
  while (first < seg.starts.length && /^\s*$/u.test(tokenText(text, seg, first))) first++
  if (posOf(seg, first) === 'CCONJ') first++
  return firstTokenAtOrAfter(seg, pastOpeningPhrase(text, seg, seg.starts[first] ?? sentence.start))
}

/** Tags of the words a determiner never follows inside one noun phrase. */
const PHRASE_WORD_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM'])

/**
 * The noun phrase from the sentence's start to `end`, when it is one of a few tokens (no verb,
 * clause punctuation or conjunction); with `names`, a capitalised word after the first is part of a
 * name whatever its tag ("the Red Cross"). Pure.
 */
function openingNounPhrase(text: string, seg: Segmentation, sentence: Span, end: number, names = false): Span | undefined {
  const first = subjectStart(text, seg, sentence)
  const last = tokenAt(seg, end - 1)
  if (first < 0 || last < first || last - first >= RELATIVE_SUBJECT_TOKENS || posOf(seg, first) === 'ADP') return undefined
  for (let t = first; t <= last; t++) if (['VERB', 'AUX', 'PUNCT', 'SCONJ'].includes(posOf(seg, t)) && !/^[.'’-]$/u.test(tokenText(text, seg, t)) && !(names && t > first && posOf(seg, t) === 'VERB' && /^\p{Lu}/u.test(tokenText(text, seg, t)))) return undefined
  // "Outside | the campaign": a determiner after a word of the phrase opens another one, the first word a preposition misread.
  for (let t = first + 1; t <= last; t++) if (posOf(seg, t) === 'DET' && PHRASE_WORD_TAGS.has(posOf(seg, t - 1))) return undefined
  return { start: seg.starts[first]!, end: seg.ends[last]! }
}

/**
 * Content before a postposed source runs to the comma that sets the source off: "The attack took
 * place on Friday morning, police said" reports the whole clause, also where the tagger stopped
 * short of it. Pure.
 */
function untilSource(text: string, content: Span, source: Span | undefined): Span {
  if (!source || source.start < content.end) return content
  const gap = /^[^,.;:!?"“”‘’]*?(?=[”"’]?\s*,\s*$)/u.exec(text.slice(content.end, source.start))
  return gap && gap[0].length > 0 && gap[0].length < 80 ? { start: content.start, end: content.end + gap[0].trimEnd().length } : content
}

/** Prepositions that may open what is reported ("told of", "warned about", "said to be"). */
const REPORT_PREPOSITIONS = /^(?:that|about|of|on|to|as|for|against|over)$/iu
const HEARSAY_ADVERB = /^(?:reportedly|allegedly|purportedly|supposedly|reputedly)$/iu

/** A cue of a hearsay adverb and no reporting verb ("reportedly left", not "reportedly told"). Pure. */
function isHearsayCue(seg: Segmentation, cue: { readonly first: number; readonly last: number }): boolean {
  let adverb = false
  for (let t = cue.first; t <= cue.last; t++) {
    const lemma = seg.lemmas[t] ?? ''
    if (SPEECH_VERBS.has(lemma) || BELIEF_VERBS.has(lemma)) return false
    if (HEARSAY_ADVERB.test(lemma)) adverb = true
  }
  return adverb
}

/** `a` with its source's edges where annotators draw them (`source-bounds.ts`). Pure. */
function fitSource(text: string, seg: Segmentation, a: Attribution): Attribution {
  if (!a.source) return a
  const sentence = seg.sentences[spanIndexAt(seg.sentences, a.source.start)]
  // "Families …, who | had gathered outside the court, accused": the phrase before the closed clause speaks, named anew (`unnamed.ts`).
  const described = sentence ? beforeClosedRelative(text, seg, a.source, a.cue.start, sentence.start) : a.source
  if (described !== a.source) return { ...a, source: described, speaker: UNKNOWN_SPEAKER }
  // Only after a verb ("said Ann Lee, …"): "a claim | Romney rejected" and "according to" take no apposition this way.
  const postposed = sentence && hasVerb(seg, a.cue.start, a.cue.end) && !/\baccording\s+to\b/iu.test(text.slice(a.cue.start, a.cue.end)) ? throughPostposedApposition(text, a.source, a.cue.end, sentence.end) : a.source
  const reduced = throughReducedRelative(text, seg, throughApposition(text, postposed, a.cue.start, (start, end) => hasVerb(seg, start, end)), a.cue.start)
  const through = sentence ? throughRelativeClause(text, seg, reduced, a.cue.start, sentence.start) : reduced
  const fitted = withoutContactAntecedent(text, seg, fromLastSubject(text, seg, withoutOpeningRelative(text, withoutDanglingRelative(text, withoutWhenSpoken(text, seg, sentence ? withConjuncts(text, seg, withModifiers(text, seg, through, sentence.start), sentence.start) : through), a.cue.start))), a.cue, a.content)
  // A source never grows into its own content ("telling Fox News | that the Democrats …").
  const source = overlapsAny(fitted, [a.content]) && !overlapsAny(a.source, [a.content]) ? a.source : fitted
  if (source === a.source) return a
  // "The club that | Ana Ruiz runs | said": a source read inside a relative clause names no speaker; the head before it does (`unnamed.ts`).
  const inClause = source === fitted && through.start < reduced.start && headBeforeRelative(text, seg, through) !== undefined
  return { ...a, source, ...(inClause ? { speaker: UNKNOWN_SPEAKER } : {}) }
}

/** "who" right before a cue, auxiliaries and adverbs between at most: "Lee, | who | has in the past argued". */
const WHO_BEFORE_CUE = /\bwho(?=(?:\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|must|do|does|did|also|not|never|then|later|long|once|since|in\s+the\s+past|\p{Ll}+ly))*\s+$)/iu
/** Characters before a cue that "who" and the words after it may take. */
const WHO_REACH = 40

/**
 * "Lee, who has long argued …": a cue right after "who" has the relative pronoun as its source,
 * as annotators mark it (PolNeAR train: 404 to 3 against the antecedent), not the antecedent the
 * tagger or the rules took; the speaker stays the antecedent's. A cue with no source ("who seems")
 * keeps none. Pure.
 */
function withRelativeSource(text: string, a: Attribution): Attribution {
  const from = Math.max(0, a.cue.start - WHO_REACH)
  const who = WHO_BEFORE_CUE.exec(text.slice(from, a.cue.start))
  if (!who || !a.source || a.source.end > from + who.index) return a
  return { ...a, source: { start: from + who.index, end: from + who.index + who[0].length } }
}

/** The comma and relative pronoun that open a clause right before its source: "the blast, which | local officials say". */
const CLAUSE_BEFORE_SOURCE = /,\s*(?:which|who|that)\s+$/iu

/**
 * "The blast, which local officials say killed seven people, was caused by a missile", "Lee, who
 * said he was tired, left early": a report inside a relative clause opened by a comma ends with the
 * clause, at the comma before the main clause's verb. When the tagger took the noun the clause is
 * on as the content ("The fire, which witnesses said began in the kitchen, spread"), what is
 * reported is the clause's predicate after the cue. Pure.
 */
function insideRelativeClause(text: string, seg: Segmentation, a: Attribution): Attribution {
  if (!a.source) return a
  const before = text.slice(Math.max(0, a.source.start - WHO_REACH), a.source.start)
  const opensClause = CLAUSE_BEFORE_SOURCE.test(before)
  if (a.content.start < a.cue.end) return opensClause && a.content.end <= a.source.start ? withPredicateAfterCue(text, seg, a) : a
  // The relative pronoun before the source, or the source itself ("Lee, who said he was tired, left early").
  if (!opensClause && !(/^(?:who|which)$/iu.test(text.slice(a.source.start, a.source.end)) && /,\s*$/u.test(before))) return a
  const end = verbAfterComma(text, seg, a.content.start, a.content.end, resumesSubject)
  return end < a.content.end ? { ...a, content: { start: a.content.start, end } } : a
}

/** Tags of a verb group: "was | agreed", "has | not | been | set", "to | end". */
const VERB_GROUP_TAGS: ReadonlySet<string> = new Set(['AUX', 'VERB', 'ADV', 'PART'])
/** Words that open a clause of its own inside a report, whose verb is not the main clause's: "was set | when | the talks began". */
const OWN_CLAUSE_OPENER = /^(?:when|whenever|after|before|because|while|if|since|until|once|that|which|who|where|as)$/iu

/**
 * "The deadline (that) the ministry says was agreed has passed": a report in a clause on the
 * sentence's subject, whose content opens with its verb (the subject is the noun), ends where the
 * main clause's verb comes, past any clause of its own ("was set | when the talks began | will rise"). Pure.
 */
function reportOnSubject(text: string, seg: Segmentation, a: Attribution): Attribution {
  if (!a.source || a.content.start < a.cue.end || !/^\s*$/u.test(text.slice(a.cue.end, a.content.start))) return a
  const sentence = seg.sentences[spanIndexAt(seg.sentences, a.source.start)]
  const first = firstTokenAtOrAfter(seg, a.content.start)
  if (!sentence || sentence.start >= a.source.start || !isFiniteVerbAt(text, seg, first)) return a
  // The sentence's subject and "that" at most before the source: no verb, no comma.
  for (let t = firstTokenAtOrAfter(seg, sentence.start); seg.ends[t]! <= a.source.start; t++) {
    if (!SUBJECT_TAGS.has(posOf(seg, t)) && !RELATIVE_PRONOUN.test(tokenText(text, seg, t))) return a
  }
  let ownClause = false
  for (let t = verbGroupEnd(seg, first); t < seg.starts.length && seg.starts[t]! < a.content.end; t++) {
    if (OWN_CLAUSE_OPENER.test(tokenText(text, seg, t))) ownClause = true
    else if (!isFiniteVerbAt(text, seg, t) || posOf(seg, t) === 'NOUN') continue
    else if (!ownClause) return { ...a, content: { start: a.content.start, end: trimEnd(text, a.content.start, seg.starts[t]!) } }
    else {
      t = verbGroupEnd(seg, t) - 1
      ownClause = false
    }
  }
  return a
}

/** The token after the verb group opening at token `t`; an auxiliary after its main verb opens another ("was agreed | has passed"). Pure. */
function verbGroupEnd(seg: Segmentation, t: number): number {
  let verb = false
  for (; t < seg.starts.length && VERB_GROUP_TAGS.has(posOf(seg, t)) && !(verb && posOf(seg, t) === 'AUX'); t++) verb ||= posOf(seg, t) === 'VERB'
  return t
}

/** Prepositions of where, when and how something was said ("in a filing", "at a news conference"), never of what about ("of", "on", "about"). */
const ADJUNCT_PREPOSITION = /^(?:in|at|during|via|through|after|before|while)$/iu

/** Verbs whose object after them is the one addressed: "(…,) she told | the BBC", "he assured | investors on Monday". */
const ADDRESSED: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind', 'brief'])

/**
 * "The talks failed, she told the BBC", "Profit fell 38%, it said in a filing": what a cue takes
 * after it with no verb of its own, whom a verb of telling addresses or a phrase of where and when
 * (`ADJUNCT_PREPOSITION`), is no report; what is reported is the clause before the source, up to
 * its comma. The tagger reads the addressee or the phrase as the content. Pure.
 */
function reportBeforeAddressee(text: string, seg: Segmentation, a: Attribution): Attribution {
  const first = firstTokenAtOrAfter(seg, a.content.start)
  if (!a.source || a.content.start < a.cue.end || !isVerbless(seg, first, a.content.end)) return a
  let unreported = ADJUNCT_PREPOSITION.test(tokenText(text, seg, first))
  for (let t = firstTokenAtOrAfter(seg, a.cue.start); t < seg.starts.length && seg.starts[t]! < a.cue.end; t++) unreported ||= ADDRESSED.has(seg.lemmas[t] ?? '')
  if (!unreported) return a
  const content = clauseBeforeSource(text, seg, a.source)
  return content ? { ...a, content } : a
}

/** The clause before a postposed source, up to its comma ("The talks failed, | she told"), when it has a verb. Pure. */
function clauseBeforeSource(text: string, seg: Segmentation, source: Span): Span | undefined {
  const sentence = seg.sentences[spanIndexAt(seg.sentences, source.start)]
  if (!sentence || sentence.start >= source.start) return undefined
  const before = text.slice(sentence.start, source.start)
  const clause = /^([\s"“‘']*)(.+?),\s*$/su.exec(before)
  // A quotation before the source ('"Prices will rise," he told') is the quotation rules' to read.
  if (!clause || /["”’]\s*,?\s*$/u.test(before)) return undefined
  const start = sentence.start + clause[1]!.length
  const end = start + clause[2]!.length
  return isVerbless(seg, firstTokenAtOrAfter(seg, start), end) ? undefined : { start, end }
}

/**
 * "The Swedish research, which tracked 1.1 million women, suggested …, critics said": a content
 * before its source that starts inside a relative clause set off by commas takes the whole clause
 * before the source, subject and all. Pure.
 */
function throughRelativeAside(text: string, seg: Segmentation, a: Attribution): Attribution {
  if (!a.source || a.content.end > a.source.start || a.content.end > a.cue.start) return a
  const clause = clauseBeforeSource(text, seg, a.source)
  if (!clause || clause.start >= a.content.start || Math.abs(clause.end - a.content.end) > 1 || !OPEN_RELATIVE.test(text.slice(clause.start, a.content.start))) return a
  return { ...a, content: clause }
}

/**
 * "The toll has risen to 127, AFAD said on Thursday, with more than 900 people injured": a phrase
 * of "with" after the cue, a participle at most and no clause, adds to the clause before the source,
 * which is reported too; both are the speaker's. Pure.
 */
function withClauseBefore(text: string, seg: Segmentation, found: readonly Attribution[]): Attribution[] {
  return found.flatMap((a) => {
    const first = firstTokenAtOrAfter(seg, a.content.start)
    if (!a.source || a.source.start >= a.cue.start || a.content.start < a.cue.end || !/^with$/iu.test(tokenText(text, seg, first)) || !isVerblessButParticiples(text, seg, first, a.content.end)) return [a]
    const clause = clauseBeforeSource(text, seg, a.source)
    return clause && !found.some((b) => b !== a && overlapsAny(b.content, [clause])) ? [{ ...a, content: clause }, a] : [a]
  })
}

/** Tags after a word that make it a verb taking its object or phrase, though tagged a noun: "(, ) spread | to three floors", "spread | panic". */
const VERB_OBJECT_TAGS: ReadonlySet<string> = new Set(['ADP', 'DET', 'NUM', 'PRON', 'NOUN', 'ADJ'])

/** True when token `t` resumes a subject's main clause after a relative clause: a verb, or a verb form tagged a noun before its object ("spread to", "spread panic"). Pure. */
function resumesSubject(text: string, seg: Segmentation, t: number): boolean {
  return isVerbAt(text, seg, t) || (posOf(seg, t) === 'NOUN' && VERB_OBJECT_TAGS.has(posOf(seg, t + 1)))
}

/** `a` with the predicate right after its cue, up to the comma before the main clause's verb, as its content; `a` when no verb follows the cue. Pure. */
function withPredicateAfterCue(text: string, seg: Segmentation, a: Attribution): Attribution {
  const verb = firstTokenAtOrAfter(seg, a.cue.end)
  if (verb >= seg.starts.length || !isVerbAt(text, seg, verb)) return a
  const start = seg.starts[verb]!
  const sentence = seg.sentences[spanIndexAt(seg.sentences, start)]
  const end = verbAfterComma(text, seg, start, sentence?.end ?? start, resumesSubject)
  return end > start ? { ...a, content: { start, end: trimEnd(text, start, end) } } : a
}

/** The shape of a verb, so that coordinated predicates can be matched: "arrest", "arrested", "arresting". */
type VerbForm = 'base' | 'ing' | 'inflected'

function verbForm(text: string, seg: Segmentation, t: number): VerbForm {
  const word = tokenText(text, seg, t).toLowerCase()
  if (word === seg.lemmas[t]) return 'base'
  return /ing$/u.test(word) ? 'ing' : 'inflected'
}

/** What joins a second predicate to an infinitive content's end: "and", "or", an adverb after it ("and then"). */
const PREDICATE_JOIN = /^\s*,?\s*(?:and|or)\s+(?:(?:then|also|later|\p{Ll}+ly)\s+)?$/u

/** Where a coordinated predicate's clause ends: a semicolon, a quotation, or a clause of contrast or time. */
const PREDICATE_CLAUSE_END = /;|[“”"]|,\s*(?:but|while|whereas|although|though|as|when|after|before)\s/u

/**
 * "Police had claimed to have arrested a suspect and launched an investigation": an infinitive
 * content goes on through a predicate coordinated with its own verb (the same form: "to have
 * arrested … and launched", "to free … and reopen"); else the second predicate reads as the
 * outlet's voice. Not past another attribution's spans, nor onto a verb of saying or believing,
 * which is a new report. Pure.
 */
function withCoordinatedPredicates(text: string, seg: Segmentation, found: readonly Attribution[]): Attribution[] {
  const spans = found.flatMap((a) => [a.cue, a.content, ...(a.source ? [a.source] : [])])
  return found.map((a) => {
    const end = coordinatedPredicateEnd(text, seg, a.content)
    if (end === undefined) return a
    const grown = { start: a.content.start, end }
    return spans.some((s) => s.start >= a.content.end && overlapsAny(s, [grown])) ? a : { ...a, content: grown }
  })
}

/** The end of a predicate coordinated with the verb of infinitive `content`, or undefined when none follows. Pure. */
function coordinatedPredicateEnd(text: string, seg: Segmentation, content: Span): number | undefined {
  const first = firstTokenAtOrAfter(seg, content.start)
  if (tokenText(text, seg, first).toLowerCase() !== 'to' || posOf(seg, first) !== 'PART') return undefined
  let verb = first + 1
  // "to have arrested", "to be holding": the form to match is the main verb's.
  while (verb + 1 < seg.starts.length && /^(?:have|be|been)$/iu.test(tokenText(text, seg, verb)) && posOf(seg, verb + 1) === 'VERB') verb++
  if (posOf(seg, verb) !== 'VERB') return undefined
  const next = firstTokenAtOrAfter(seg, content.end)
  let second = next
  while (second < seg.starts.length && second - next < 4 && posOf(seg, second) !== 'VERB') second++
  if (second >= seg.starts.length || posOf(seg, second) !== 'VERB' || !PREDICATE_JOIN.test(text.slice(content.end, seg.starts[second]))) return undefined
  if (verbForm(text, seg, second) !== verbForm(text, seg, verb) || SPEECH_VERBS.has(seg.lemmas[second]!) || BELIEF_VERBS.has(seg.lemmas[second]!)) return undefined
  const sentence = seg.sentences[spanIndexAt(seg.sentences, content.start)]
  if (!sentence) return undefined
  const rest = text.slice(seg.starts[second], sentence.end)
  const stop = PREDICATE_CLAUSE_END.exec(rest)
  return trimEnd(text, seg.starts[second]!, seg.starts[second]! + (stop ? stop.index : rest.length))
}

/** True when a verb (not an auxiliary) stands in the characters [start, end). Pure. */
function hasVerb(seg: Segmentation, start: number, end: number): boolean {
  for (let t = firstTokenAtOrAfter(seg, start); t < seg.starts.length && seg.starts[t]! < end; t++) if (posOf(seg, t) === 'VERB') return true
  return false
}

/** A cue without the sentence's full stop its last token carries ("wrote in a post on X."). Pure. */
function withoutFullStop(text: string, cue: Span): Span {
  return cue.end - cue.start > 1 && text[cue.end - 1] === '.' && /^(?:\s|$)/u.test(text.slice(cue.end, cue.end + 1)) ? { start: cue.start, end: cue.end - 1 } : cue
}

/** The cue with "in a statement" (or interview, letter …) right after it, unless that runs into the content ("in an interview with" may lose its interviewer to it). Pure. */
function withVenue(text: string, cue: Span, content: Span): Span {
  for (const tail of [true, false]) {
    const length = venueLength(text, cue.end, tail)
    if (length === 0) return cue
    const end = cue.end + length
    if (!(content.start < end && cue.start < content.end)) return { start: cue.start, end }
  }
  return cue
}

/** Tokens looked back from a cue for the start of a venue the tagger cut: "in a televised | address and vowed". */
const VENUE_START_LOOKBACK = 4

/** True when the text up to `end` from `start`, or from a few tokens before it, is a venue ("in a televised address") and the conjunction after it. Pure. */
function closesOnVenue(text: string, seg: Segmentation, start: number, end: number): boolean {
  const first = tokenAt(seg, start)
  for (let t = first; t >= Math.max(0, first - VENUE_START_LOOKBACK); t--) {
    const from = t === first ? start : seg.starts[t]!
    const at = /\s/u.test(text[from - 1] ?? '') ? from - 1 : from
    const length = venueLength(text, at, false)
    if (length > 0 && /^\s*,?\s*(?:and|but)\s+$/u.test(text.slice(at + length, end))) return true
  }
  return false
}

/** Tokens looked back from a cue for the reporting verb whose venue may hold it. */
const VENUE_TOKENS = 8

/**
 * True when a cue lies in the venue of a reporting verb before it ("said in his nightly video
 * address": the tagger may read "address" as the cue and "his" as the source); the rules then
 * read the verb with its venue. Pure.
 */
function inVenue(text: string, seg: Segmentation, cue: Span): boolean {
  const first = tokenAt(seg, cue.start)
  for (let t = first - 1; t >= 0 && t >= first - VENUE_TOKENS; t--) {
    if (!SPEECH_VERBS.has(seg.lemmas[t] ?? '') || posOf(seg, t) !== 'VERB') continue
    return cue.start < seg.ends[t]! + venueLength(text, seg.ends[t]!)
  }
  return false
}

/** A place in capitals before a colon opens a dispatch ("NEW DELHI: …"), not a speaker's turn. */
function isDateline(label: Span, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>): boolean {
  return mentions.within(label).some((m) => ['place', 'country'].includes(actors.get(m.actor)?.kind ?? ''))
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that'])
/** Characters searched before a relative pronoun for the mention it refers to. */
const ANTECEDENT_WINDOW = 80

const PRONOUN_SOURCE = /^(?:he|she|it|they|we|i|you|what|who|which|that)\b/iu

/** A clause opening right after an addressee: a subject pronoun, or "the" and a noun before a verb. */
const CLAUSE_AFTER_ADDRESSEE = /^\s+(?:he|she|they|we|I|it|there)\b/u

/**
 * "insiders tell Fox News they expect Steele to quit": the one told, named right after a verb of
 * telling with no "that", is no part of what was told. Pure.
 */
function withoutAddressee(text: string, mentions: MentionIndex, cue: Span, content: Span): Span {
  if (!/\bt(?:ell|ells|old|elling)$/iu.test(text.slice(cue.start, cue.end)) || !/^\s*$/u.test(text.slice(cue.end, content.start))) return content
  const told = mentions.within({ start: content.start, end: Math.min(content.end, content.start + 60) }).find((m) => m.span.start === content.start)
  return told && told.span.end < content.end && CLAUSE_AFTER_ADDRESSEE.test(text.slice(told.span.end, content.end))
    ? { start: text.slice(told.span.end, content.end).search(/\S/u) + told.span.end, end: content.end } : content
}

/** An addressee and "that" before a reported clause: "reporters on Monday that". */
const ADDRESSEE_BEFORE_CLAUSE = /^[^,;:"“”]{1,80}?\bthat\b/iu

const overlapsAny = (s: Span, list: readonly Span[]): boolean => list.some((x) => x.start < s.end && s.start < x.end)

/**
 * Adds the rules' attributions the tagger has nothing for (neither the cue nor the content
 * overlaps one of its own), and lets the rules' "according to", transcript turns and signed
 * quotations (`shaped`, by cue offset) replace what overlaps them: the rules read those
 * constructions reliably, the tagger sometimes takes a verb of the content for the cue or runs
 * one turn into the next. Pure; quadratic only in the number of attributions of one article.
 */
function withRules(text: string, seg: Segmentation, model: readonly Attribution[], rules: readonly Attribution[], shaped: ReadonlySet<number>): Attribution[] {
  const according = rules.filter((r) => r.kind === 'according-to')
  const lines = rules.filter((r) => shaped.has(r.cue.start))
  // "Smith told reporters that A, but declined to say when": the tagger took the later verb for
  // the cue of the content the earlier one opens, which the rules read between source and content.
  const misplaced = (m: Attribution): boolean => m.source !== undefined && m.source.end <= m.content.start && m.content.end <= m.cue.start &&
    rules.some((r) => m.source!.end <= r.cue.start && r.cue.end <= m.content.start && overlapsAny(r.content, [m.content]))
  const kept = quotationsClosedByCues(text, seg, model, rules).filter((m) => !misplaced(m) &&
    !according.some((r) => overlapsAny(m.cue, [r.cue, r.content]) || overlapsAny(m.content, [r.cue]) || (!m.source && contains(r.content, m.content))) &&
    !lines.some((r) => overlapsAny(m.cue, [r.cue, r.source ?? r.cue]) || overlapsAny(m.content, [r.cue, r.source ?? r.cue]) || (overlapsAny(m.content, [r.content]) && !overlapsAny(m.cue, [r.content]))))
  kept.push(...lines)
  // `"A," X said. "B."`: when the tagger took only the quotation after the cue, the rules' reading of the same cue, from the quotation before it, is whole.
  for (const [i, m] of kept.entries()) {
    const whole = rules.find((r) => r.source && overlapsAny(r.cue, [m.cue]) && r.content.start < r.source.start && r.source.start < m.content.start && contains(r.content, m.content) && r.content.start < m.content.start)
    if (whole) kept[i] = { ...m, content: whole.content }
  }
  // "told reporters on Monday that A": a content the tagger opened with the cue's addressee starts where the rules' reading of the same cue does, at the reported clause.
  for (const [i, m] of kept.entries()) {
    const clause = rules.find((r) => overlapsAny(r.cue, [m.cue]) && m.cue.end <= m.content.start && m.content.start < r.content.start && r.content.end <= m.content.end &&
      ADDRESSEE_BEFORE_CLAUSE.test(text.slice(m.content.start, r.content.start) + text.slice(r.content.start, r.content.start + 5)))
    if (clause) kept[i] = { ...m, content: clause.content }
  }
  // "A says X but B insists Y": a named speaker's clause the tagger ran into another content ends that content.
  for (const r of rules) {
    if (!r.source || r.speaker === UNKNOWN_SPEAKER || r.kind === 'according-to' || overlapsAny(r.cue, kept.map((m) => m.cue))) continue
    const i = kept.findIndex((m) => m.cue.end <= m.content.start && m.content.start < r.source!.start && r.cue.end <= m.content.end)
    if (i < 0) continue
    const m = kept[i]!
    // Only a contrast ("but", "while") marks a second voice; "and" often joins two parts of one content.
    const cut = /[\s,;]*\b(?:but|while|whereas|although|though)\s*$/u.exec(text.slice(m.content.start, r.source.start))
    if (!cut || cut.index < 2) continue
    kept[i] = { ...m, content: { start: m.content.start, end: m.content.start + cut.index } }
  }
  const cues = kept.map((m) => m.cue)
  const contents = kept.map((m) => m.content)
  // A speaker named by name reported inside another's content ("appealed for a condemnation of an
  // attack that Iran says is not terrorist") is a nested attribution: both voices are kept. A
  // pronoun source inside a content is usually the outer speaker going on, so it is not split off.
  const nested = (r: Attribution): boolean =>
    r.speaker !== UNKNOWN_SPEAKER && r.source !== undefined && !PRONOUN_SOURCE.test(text.slice(r.source.start, r.source.end)) &&
    contents.some((c) => contains(c, r.source!) && contains(c, r.cue) && contains(c, r.content))
  // "The rebels have agreed to withdraw, the minister announced on Thursday.": a reporting verb
  // that closes a lead holding the whole of every report the tagger read there reports it too.
  const around = (r: Attribution): boolean => hasReportingVerb(seg, r.cue) && r.source !== undefined && r.content.end <= r.source.start &&
    /^[\s,"”’']*$/u.test(text.slice(r.content.end, r.source.start)) && closesLead(text, r.cue.end) &&
    kept.every((m) => (!overlapsAny(m.content, [r.content]) && !overlapsAny(m.cue, [r.content])) || [m.cue, m.content, m.source ?? m.cue].every((x) => contains(r.content, x)))
  const added = rules.filter((r) => !shaped.has(r.cue.start) && !overlapsAny(r.cue, cues) && (r.kind === 'according-to' || nested(r) || around(r) || (!overlapsAny(r.content, contents) && !overlapsAny(r.cue, contents))))
  return [...kept, ...added].sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start)
}

/**
 * `The plan has "put jobs at risk," Ms. Lee said.`: a quotation opened inside a sentence and
 * closed by a cue after it is a mixed quotation of the whole sentence before the cue. The tagger
 * may start it late ("to cut the budget has …"), or read a noun before it as its cue ("'s
 * decision"), which then gives way to the rules' reading of the cue after the quotation. Not when
 * another cue comes first in the sentence, nor after a colon. Pure; quadratic only in one article's attributions.
 */
function quotationsClosedByCues(text: string, seg: Segmentation, model: readonly Attribution[], rules: readonly Attribution[]): Attribution[] {
  return model.map((m) => {
    const sentence = seg.sentences[spanIndexAt(seg.sentences, m.cue.start)]
    if (!sentence) return m
    const reading = isNounCue(seg, m.cue) ? rules.find((x) => x.source && !x.continues && hasReportingVerb(seg, x.cue) && m.cue.end <= x.content.start && overlapsAny(m.content, [x.content])) : m
    const before = reading && text.slice(sentence.start, reading.content.start)
    // Words before the quotation, not the outlet's introduction of it ("the most obvious change of all: "…").
    if (!reading?.source || !before || !closesQuotation(text, seg, reading) || reading.source.end > sentence.end || !/\p{L}/u.test(before) || /:\s*[“"]?$/u.test(before)) return m
    const opening = { start: sentence.start, end: reading.content.start }
    if (model.some((x) => x !== m && overlapsAny(x.cue, [opening]))) return m
    return { ...reading, kind: 'mixed', content: trimmed(text, sentence.start, reading.content.end) }
  })
}

/** Whether the content of `a` ends a quotation opened inside it, right before the source or cue after it (`… has "put jobs at risk," Ms. Lee said`). Pure. */
function closesQuotation(text: string, seg: Segmentation, a: Attribution): boolean {
  const q = seg.quotes[quoteClosedBy(text, seg.quotes, a)]
  return q !== undefined && a.content.start <= q.start && q.start < a.content.end && a.content.end <= q.end && /^[\s,.!?]*$/u.test(text.slice(a.content.end, q.end))
}

/** A cue that ends on a noun and holds no verb ("'s decision"). Pure. */
function isNounCue(seg: Segmentation, cue: Span): boolean {
  const first = tokenAt(seg, cue.start)
  const last = tokenAt(seg, cue.end - 1)
  for (let t = first; t <= last; t++) if (posOf(seg, t) === 'VERB' || posOf(seg, t) === 'AUX') return false
  return first >= 0 && posOf(seg, last) === 'NOUN'
}

/**
 * "said the party's tally, compiled from forms, showed a lead", "says its candidate, Grace Banda,
 * won": the tagger may end a content at the comma that closes an aside in its subject, and take
 * the verb after it for a cue of its own. When the rules' content for the same cue runs on past
 * that comma into a finite verb, the content is that whole clause, and a cue inside it with the
 * same source goes. Pure; quadratic only in the number of attributions of one article.
 */
function throughAsides(text: string, seg: Segmentation, found: readonly Attribution[], rules: readonly Attribution[]): Attribution[] {
  const out = [...found]
  const inside = new Set<Attribution>()
  for (const [i, a] of found.entries()) {
    const firstComma = text.indexOf(',', a.content.start)
    if (!a.source || a.content.start < a.cue.end || firstComma < 0 || firstComma >= a.content.end) continue
    const whole = rules.find((r) => overlapsAny(r.cue, [a.cue]) && r.content.start === a.content.start && r.content.end > a.content.end)
    const comma = whole ? /^\s*,\s*/u.exec(text.slice(a.content.end, whole.content.end)) : null
    if (!whole || !comma) continue
    const verb = tokenAt(seg, a.content.end + comma[0].length)
    if (verb < 0 || !['VERB', 'AUX'].includes(posOf(seg, verb)) || /ing$/iu.test(tokenText(text, seg, verb))) continue
    out[i] = { ...a, content: whole.content }
    for (const b of found) if (b !== a && b.source && a.source.start === b.source.start && contains(whole.content, b.cue)) inside.add(b)
  }
  return out.filter((b) => !inside.has(b))
}

/** A day or time the report was made, which may follow its cue: "said Monday", "announced late on Thursday night". */
const WHEN_SAID = /^(?:\s+(?:late|early))?(?:\s+(?:on|in|at))?\s+(?:(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?/iu
/**
 * What may follow a cue and its source and belongs to the outlet: a clause of time with its own
 * subject ("…, she said as she toured", "…, officials said, as police searched") or the occasion
 * ("…, he announced following talks in Vienna", "…, she said ahead of the vote").
 */
const CLAUSE_AFTER_CUE = /^,?\s+(?:(as|while|when|once)|(after|following|amid|ahead\s+of))\s+(\S+)/iu
/** Words after "as" that make no clause of its own: "as well as", "as part of", "as expected". */
const NOT_A_SUBJECT = /^(?:well|part|such|much|many|far|long|soon|usual|if|though|of|to|a\s+result)$/iu
const SUBJECT_TAGS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM'])

/** Where the outlet's clause after a cue (`CLAUSE_AFTER_CUE`) starts, when one starts at `after`, whether it is the occasion ("following talks"), and its subject's first token. Pure. */
function clauseAfterCue(text: string, seg: Segmentation, after: number): { start: number; occasion: boolean; subject: number } | undefined {
  const when = WHEN_SAID.exec(text.slice(after, after + 40))?.[0].length ?? 0
  const clause = CLAUSE_AFTER_CUE.exec(text.slice(after + when, after + when + 60))
  // The occasion only after the day of the report ("announced on Thursday following talks"): right after the cue it may be what was said.
  const dated = when > 0 || /(?:day|yesterday|today|tonight|night|morning|evening|afternoon)$/iu.test(text.slice(Math.max(0, after - 12), after))
  if (!clause || (clause[2] && !dated)) return undefined
  const word = clause[3]!.replace(/[^\p{L}\p{N}'’-]+$/u, '')
  const first = tokenAt(seg, after + when + clause[0].length - clause[3]!.length)
  if (first < 0 || NOT_A_SUBJECT.test(word)) return undefined
  // "as rolling power cuts left …": a participle before a noun opens the subject too.
  const participle = posOf(seg, first) === 'VERB' && /ing$/iu.test(word) && posOf(seg, first + 1) === 'NOUN'
  if (!SUBJECT_TAGS.has(posOf(seg, first)) && !participle) return undefined
  return { start: after + when, occasion: clause[2] !== undefined, subject: first }
}

/**
 * `"We will rebuild," the mayor said as she toured the ruins`, "Nine died, the governor said as he
 * visited the site", "X has agreed to withdraw, the minister announced on Thursday following
 * talks": the clause after the cue is the outlet's; the report is the lead before the source and
 * cue (`leadBefore`), also when the tagger cut its first words off. Applied after tagging: reading
 * it so in the rules, whose output the tagger reads, lowered the held-out figures. Pure.
 */
function leadBeforeTimeClause(text: string, seg: Segmentation, found: readonly Attribution[]): Attribution[] {
  return found.map((a) => {
    const after = Math.max(a.cue.end, a.source?.end ?? a.cue.end)
    const sentence = seg.sentences[spanIndexAt(seg.sentences, a.cue.start)]
    const from = Math.min(a.cue.start, a.source?.start ?? a.cue.start)
    // The lead closes right before the source ("…, the governor said as"), not "the shootings that Obama mentioned when he …".
    if (!sentence || clauseAfterCue(text, seg, after) === undefined || !/[,"”'’]\s*$/u.test(text.slice(sentence.start, from))) return a
    const lead = leadBefore(text, seg, sentence, from)
    const misread = a.content.end > after || (lead !== undefined && contains(lead, a.content) && a.content.start > lead.start)
    return lead && misread ? { ...a, kind: contentKind(seg.quotes, lead, a.kind === 'belief' ? 'belief' : 'speech'), content: lead } : a
  })
}

/**
 * "…, officials said Monday, as police investigated whether …", "…, he announced on Thursday
 * following talks": in the outlet's clause after a lead's source and cue (`clauseAfterCue`), a
 * verb the tagger read as a cue with no reporting verb in it and no quotation after it reports nothing; a reporting verb
 * there ("…, police confirmed, as residents returned and demanded to know why …") has the
 * clause's subject as its source, not the lead's. Pure; quadratic only in the attributions of
 * one article.
 */
function outletClauseCues(text: string, seg: Segmentation, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, found: readonly Attribution[]): Attribution[] {
  const clauses: Array<{ start: number; end: number; occasion: boolean; subject: number }> = []
  for (const a of found) {
    const sentence = seg.sentences[spanIndexAt(seg.sentences, a.cue.start)]
    if (!a.source || !sentence || a.content.end > a.cue.start) continue
    const clause = clauseAfterCue(text, seg, Math.max(a.cue.end, a.source.end))
    if (clause) clauses.push({ ...clause, end: sentence.end })
  }
  if (clauses.length === 0) return [...found]
  return found.flatMap((b) => {
    const clause = clauses.find((c) => c.start <= b.cue.start && b.cue.end <= c.end)
    if (!clause) return [b]
    // "…, Cruz said as the heckler yelled: "You suck!"": a quotation shows a verb of speech the lexicon lacks.
    if (!hasReportingVerb(seg, b.cue) && !quoteStartsNear(seg.quotes, b.content.start)) return []
    if (clause.occasion || !b.source || b.source.start >= clause.start) return [b]
    const source = nounPhraseFrom(seg, clause.subject, b.cue.start)
    return [source ? { ...b, source, speaker: speakerOf(text, source, mentions, actors, []) } : unsourced(b)]
  })
}

/** True when a cue ending at `at` closes the lead it reports: after its day, the sentence or clause ends, or the outlet's clause of time follows (`CLAUSE_AFTER_CUE`). Pure. */
function closesLead(text: string, at: number): boolean {
  const day = at + (WHEN_SAID.exec(text.slice(at, at + 40))?.[0].length ?? 0)
  return /^\s*(?:[,.;!?]|$)/u.test(text.slice(day)) || CLAUSE_AFTER_CUE.test(text.slice(day, day + 60))
}

/** True when a token of `cue` is a verb of speech or belief. */
function hasReportingVerb(seg: Segmentation, cue: Span): boolean {
  return cueHasLemma(seg, cue, (lemma) => SPEECH_VERBS.has(lemma) || BELIEF_VERBS.has(lemma))
}

/** True when the lemma of a token of `cue` passes `test`. Pure. */
function cueHasLemma(seg: Segmentation, cue: Span, test: (lemma: string) => boolean): boolean {
  for (let t = Math.max(0, tokenAt(seg, cue.start)); t < seg.starts.length && seg.starts[t]! < cue.end; t++) if (test(seg.lemmas[t] ?? '')) return true
  return false
}

/** The noun phrase tokens from token `first` on, before `limit`, as a span, or undefined when `first` opens none. */
function nounPhraseFrom(seg: Segmentation, first: number, limit: number): Span | undefined {
  let last = first - 1
  while (last + 1 < seg.starts.length && seg.ends[last + 1]! <= limit && NP_TOKENS.has(posOf(seg, last + 1))) last++
  return last >= first ? { start: seg.starts[first]!, end: seg.ends[last]! } : undefined
}

/**
 * A content that starts inside a quotation and ends in it, when its cue comes after the quotation,
 * runs from the quotation's first word: '"During the night, the guards were not armed ...but they
 * let them in," he said' is all his. Pure.
 */
export function withWholeQuotation(text: string, quotes: readonly Span[], words: Span, cue: Span): Span {
  const q = quotes[spanIndexAt(quotes, words.start)]
  if (!q || q.start >= words.start || words.end > q.end || cue.start < q.end) return words
  let start = q.start
  while (start < words.start && /[\s“”"‘’'«»]/u.test(text[start] ?? '')) start++
  return { start, end: words.end }
}

/** True when a quotation opens at `offset` (its first character, or the mark just before it). */
function quoteStartsNear(quotes: readonly Span[], offset: number): boolean {
  const i = spanIndexAt(quotes, offset + 1)
  return i >= 0 && quotes[i]!.start <= offset + 1
}

/** A person noun, or a plural one, right before "in", "at", "near" or "from" ("a woman from", "residents of"): who is located, before where. */
const LOCATED_HEAD = /(?:^|\s)(\p{L}+)\s+(?:in|at|near|from|of)\s+(?:the\s+)?$/u
/** A common noun phrase opening a source, then an apposition to it ending in a preposition: "The senator, | a Democrat from". Group 1: the head noun. */
const HEAD_BEFORE_APPOSITION = /^(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+),\s[^,]*\s(?:in|at|near|from|of|for)\s+(?:the\s+)?$/u
const isPeopleOfPlace = (beforePlace: string): boolean => [LOCATED_HEAD, HEAD_BEFORE_APPOSITION].some((phrase) => {
  const head = phrase.exec(beforePlace)?.[1]?.toLowerCase()
  return head !== undefined && (isPersonNoun(head) || isPeopleNoun(head))
})

/** The subject pronoun of a relative clause with no relative pronoun, inside a source: "The candidate | he beat". */
const CONTACT_CLAUSE_IN_SOURCE = /(?<=\p{L})\s+(?:he|she|they|we|I|you)\s+(?=\p{Ll})/u

/**
 * A source up to a relative clause after its head: who is named in "two barristers who practise in the Court of Appeal"
 * does not speak, nor is "he" in "The candidate he beat" the candidate. Pure.
 */
function beforeRelative(text: string, source: Span): Span {
  const words = text.slice(source.start, source.end)
  const opens = [/\s(?:who|whom|which|that)\s/iu.exec(words)?.index, CONTACT_CLAUSE_IN_SOURCE.exec(words)?.index].filter((at) => at !== undefined)
  return opens.length > 0 ? { start: source.start, end: source.start + Math.min(...opens) } : source
}

/** "The European Union's delegation in Belgrade", "sources in the Tajik delegation": a mention after "in", "at", "near" or "from" inside a source locates the speaker. Pure. */
function locatesSpeaker(text: string, source: Span, m: Mention): boolean {
  return m.span.start > source.start && /\b(?:in|at|near|from)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(source.start, m.span.start - 10), m.span.start))
}

/**
 * "Tom Hale, the lawyer for Senator Mary Stone", "a lawyer representing Ann Lee": a mention after
 * "for", "of", "to" or "with", or a participle's object, inside a source completes a noun, as a
 * possessor does ("Stone's lawyer"). Pure.
 */
function completesNoun(text: string, source: Span, m: Mention): boolean {
  return m.span.start > source.start && /\b(?:for|of|to|with|\p{Ll}{2,}ing)\s+(?:[Tt]he\s+)?$/u.test(text.slice(Math.max(source.start, m.span.start - 20), m.span.start))
}

/** "The Daily Post understands": a name that ends in a document's word (a mention ending the source, capitalised) is an outlet or a body, not a document its last speaker issued. Pure. */
function namedByDocumentWord(text: string, source: Span, last: Mention | undefined): boolean {
  return last !== undefined && last.span.end === source.end && /\s\p{Lu}\p{L}*$/u.test(text.slice(last.span.start, last.span.end))
}

/** Words after a plural that name some of its members as examples: "groups, including | the ACLU", "critics, among them | Ann Lee". */
const NAMED_AS_EXAMPLE = /\p{L}s,?\s+(?:including|among\s+them|such\s+as)\s+(?:the\s+)?$/u

/**
 * A source opening with a noun and "of" or "to" ("Critics of", "some relatives of", "a friend of", "a longtime friend of", "a
 * former colleague of", "Witnesses to"), lower-case words allowed before it; the noun is checked against `OTHER_PARTIES`.
 */
const OTHER_PARTY_OF = /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{L}+)\s+(?:of|to)\s/u

/** An appeal against a decision as a cue: "appealed against", "has launched a last-ditch appeal against"; not "appealed for calm". */
const LEGAL_APPEAL = /\bappeal(?:s|ed|ing)?\s+against$/iu

/** A participle of judging with its charge, set off after a noun: "(the group,) blamed for", "(the mayor,) accused of", "(the firm,) criticised over". */
const SET_OFF_PASSIVE = /^(?:(?:widely|long|often|repeatedly|previously|also|frequently)\s+)?(?:blamed|accused|criticised|criticized|condemned|praised|credited|suspected|faulted|hailed|lauded|denounced)\s+(?:for|of|over|with)\b/iu

/** Actor kinds that issue a document named with them; a country's ("the Azerbaijani statement") is its last speaking institution's. */
const ISSUER_KINDS: ReadonlySet<Actor['kind']> = new Set(['organisation', 'person'])

/** Actor kinds that name a place: "from Aleppo, who asked" is the person's relative clause, not the place's. */
const PLACE_KINDS: ReadonlySet<Actor['kind']> = new Set(['place', 'country'])

/** True for a person, or someone unnamed of a singular noun ("a spokesman", "one officer"), not "critics" or a body. Pure. */
function isOnePerson(actor: Actor | undefined): boolean {
  if (actor?.kind !== 'unnamed') return actor?.kind === 'person'
  const head = nameHead(actor)
  return !isPeopleNoun(head) && !/[^s]s$/u.test(head)
}

/** Between a name and a body in its apposition: ", spokesman for the supporters' association ", ", a lawyer at ". */
const AFFILIATION_GAP = /^,\s*(?:(?:an?|the)\s+)?(?:[\p{Ll}'’-]+\s+){1,4}(?:for|of|at|with|from)\s+(?:the\s+)?(?:[\p{Ll}'’-]+\s+){0,3}$/u

/** The actor a source span names: its best-ranked mention, a pronoun's or document's last speaker, else unknown. */
function speakerOf(text: string, source: Span, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, history: readonly string[]): string {
  const words = text.slice(source.start, source.end).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '')
  const head = words[words.length - 1] ?? ''
  const lastSpeaker = history[history.length - 1]
  if (words.length === 1 && head === 'it' && lastSpeaker) return lastSpeaker
  // "Officials, who said …": a relative pronoun speaks for the mention it follows.
  if (words.length === 1 && RELATIVE_PRONOUNS.has(head)) {
    const before = mentions.within({ start: Math.max(0, source.start - ANTECEDENT_WINDOW), end: source.start })
    const antecedent = before.findLast((m) => /^[\s,]*$/u.test(text.slice(m.span.end, source.start)))
    // "said Karim, 19, from Aleppo, who asked …": "who" after where someone is from is that person.
    const from = antecedent && head === 'who' && PLACE_KINDS.has(actors.get(antecedent.actor)?.kind ?? 'person') ? before.findLast((m) => m.span.end <= antecedent.span.start && actors.get(m.actor)?.kind === 'person') : undefined
    if (from) return from.actor
    // "Engineers at the grid operator, who …": "who" is the people the place or body is theirs; the unnamed speakers name them.
    if (antecedent && head === 'who' && isPeopleNoun(PEOPLE_BEFORE_PREPOSITION.exec(text.slice(Math.max(0, antecedent.span.start - ANTECEDENT_WINDOW), antecedent.span.start))?.[1]?.toLowerCase() ?? '')) return UNKNOWN_SPEAKER
    if (antecedent) return antecedent.actor
  }
  const inside = mentions.within(beforeRelative(text, source))
  if (DOCUMENT_NOUNS.has(head) && history.length > 0 && !namedByDocumentWord(text, source, inside[inside.length - 1])) {
    // "A White House statement", "the senator's letter": a body or person named in it issued it.
    const named = inside.findLast((m) => ISSUER_KINDS.has(actors.get(m.actor)?.kind ?? 'unnamed'))
    if (named) return named.actor
    const country = inside.map((m) => actors.get(m.actor)?.country).find((c) => c !== undefined)
    return documentIssuer(text, source, history, actors, country)
  }
  let best: Mention | undefined
  let bestRank = Infinity
  // "Several groups, including the ACLU": a member named as an example is not the whole that speaks; the head names them (`unnamed.ts`).
  const candidates = inside.filter((m) => !NAMED_AS_EXAMPLE.test(text.slice(source.start, m.span.start)))
  if (candidates.length === 0 && inside.length > 0) return UNKNOWN_SPEAKER
  for (const m of candidates) {
    // A possessor ("Benning's attorney, Mark Salinas") is not the one who speaks, unless nobody else is named.
    const possessor = /^['’]s\b/u.test(text.slice(m.span.end, m.span.end + 3))
    // "The European Union's delegation in Belgrade": a place after "in" locates the speaker, and even a possessor beats it.
    const located = locatesSpeaker(text, source, m)
    // "Karim Benali, spokesman for the supporters' association Les Fidèles du Sud": the body after a role in apposition is whom the person speaks for.
    const affiliation = candidates.some((n) => n.span.end <= m.span.start && AFFILIATION_GAP.test(text.slice(n.span.end, m.span.start)))
    // Of two people, the one named beats a description ("The Dutch prime minister, Mark Rutte").
    // Of two of one kind, the one that runs to the source's end names its head ("the UN refugee agency" over "UN").
    const rank = SPEAKER_RANK[actors.get(m.actor)?.kind ?? 'unnamed'] + (possessor ? POSSESSOR_PENALTY : 0) + (located || affiliation ? 2 * POSSESSOR_PENALTY : 0) + (m.how === 'description' ? DESCRIPTION_PENALTY : 0) + (m.span.end < source.end ? MODIFIER_PENALTY : 0) +
      (completesNoun(text, source, m) ? COMPLEMENT_PENALTY : 0)
    if (rank < bestRank) {
      best = m
      bestRank = rank
    }
  }
  // "Rossi's son", "Trump's critics": the possessor names someone else, who speaks in their own voice.
  if (best && bestRank >= POSSESSOR_PENALTY && OTHER_PARTIES.has(head)) return UNKNOWN_SPEAKER
  // "An Israeli military official", "The woman, a French nurse": a country or place that only modifies the head noun is not the speaker; the head names them (`unnamed.ts`).
  const bestKind = best ? actors.get(best.actor)?.kind : undefined
  if (best && (bestKind === 'country' || bestKind === 'place') && best.span.end < source.end && /^\p{Ll}/u.test(text.slice(source.start, source.end).split(/\s+/u).pop() ?? '') && (isSourceHead(head) || isPersonNoun(head) || isPeopleNoun(head))) return UNKNOWN_SPEAKER
  // "Critics of Mayor Linda Farrow": whom another party stands against or with is not who speaks.
  const party = OTHER_PARTY_OF.exec(text.slice(source.start, source.end))
  if (best && party && OTHER_PARTIES.has(party[1]!.toLowerCase()) && best.span.start >= source.start + party[0].length) return UNKNOWN_SPEAKER
  // "A senior interior ministry source", "a source close to the prime minister": an unnamed member of what it names, not that body or person on the record (`unnamed.ts`).
  const memberEnd = best && bestKind !== undefined ? memberHeadEnd(text.slice(source.start, source.end)) : undefined
  if (best && memberEnd !== undefined && (best.span.start >= source.start + memberEnd || (INSTITUTIONS.has(bestKind!) && best.how !== 'title'))) return UNKNOWN_SPEAKER
  // "A woman from Sibiu", "Families in the capital": people of a place are not the place; the head names them (`unnamed.ts`).
  if (best && (bestKind === 'country' || bestKind === 'place') && isPeopleOfPlace(text.slice(source.start, best.span.start))) return UNKNOWN_SPEAKER
  // "The head of the WHO, Tedros Adhanom Ghebreyesus": a person's name in apposition that no mention took speaks, not the body it heads; the name is read there (`unnamed.ts`).
  const apposed = best && bestKind !== 'person' ? apposedName(text, source) : undefined
  if (apposed && !inside.some((m) => m.span.start < apposed.span.end && apposed.span.start < m.span.end)) return UNKNOWN_SPEAKER
  best ??= mentions.covering(source.start, source.end)
  // "Of Obama, he said": the one spoken of is not the pronoun that speaks; the last speaker is.
  // A pronoun is never the last speaker whose first name shows the other gender ("David Cameron said … She said").
  const lastAgrees = lastSpeaker !== undefined && !contradictsGender(head, actors.get(lastSpeaker))
  if (best && words.length === 1 && lastAgrees && lastSpeaker !== best.actor && spokenOf(text, source, mentions, best.actor)) return lastSpeaker!
  if (best) return best.actor
  // "He said", and "his critique" (a possessive before a noun cue): the last speaker.
  // A person is no "they" ("Mayor Berg said … Workers gathered. They said"): left to `unnamed.ts`.
  // Nor is a body or a group a "she" ("Critics accused … She said").
  const plural = head === 'they' || head === 'their'
  if (words.length === 1 && ['he', 'she', 'they', 'his', 'her', 'their'].includes(head) && lastAgrees && (plural ? actors.get(lastSpeaker!)?.kind !== 'person' : isOnePerson(actors.get(lastSpeaker!)))) return lastSpeaker!
  return UNKNOWN_SPEAKER
}

/** A topic opening a sentence before its speaker: "Of Obama, ", "Asked about the plan, ". */
const TOPIC_BEFORE = /(?:^|[.!?”"]\s+|\n)(?:Of|About|On|Asked\s+about)\s+([^,.;:\n]{1,60}),\s*$/u

/** True when `actor` is named in a topic phrase right before the pronoun `source` ("Of Obama, he said"). Pure. */
function spokenOf(text: string, source: Span, mentions: MentionIndex, actor: string): boolean {
  const from = Math.max(0, source.start - 80)
  const m = TOPIC_BEFORE.exec(text.slice(from, source.start))
  if (!m) return false
  const start = from + m.index + m[0].indexOf(m[1]!)
  return mentions.within({ start, end: start + m[1]!.length }).some((x) => x.actor === actor)
}

/** "He said: 'I was never afraid …'" opening a quotation: a report quoted inside it (groups: the source, the cue; the inner quotation follows). */
const QUOTED_REPORT = /^(He|She)\s+(said|told\s+me|told\s+us|wrote)[:,]?\s*['‘]/du

/**
 * `"He said: 'I was never afraid'," she said`: the quotation she quotes is his report inside
 * hers, with its own speaker (`quotedPerson`). Pure; one test at each direct content's start.
 */
function nestedQuotes(text: string, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, found: readonly Attribution[]): Attribution[] {
  return found.flatMap((a) => {
    const m = a.kind === 'direct' && a.speaker !== UNKNOWN_SPEAKER ? QUOTED_REPORT.exec(text.slice(a.content.start, a.content.end)) : null
    if (!m) return [a]
    const source = at(a.content.start, m.indices![1]!)
    const start = a.content.start + m[0].length
    const close = text.slice(start, a.content.end).search(/['’](?=\W*$|\s*["”])/u)
    const content = trimmed(text, start, close < 0 ? a.content.end : start + close)
    if (content.end <= content.start) return [a]
    const speaker = quotedPerson(text, source, mentions, actors, a.speaker)
    return speaker === UNKNOWN_SPEAKER ? [a] : [a, { kind: 'direct', speaker, source, cue: at(a.content.start, m.indices![2]!), content }]
  })
}

/**
 * Whom a "he" or "she" source inside a quotation by `quoter` names: the one person of that gender
 * named before it who is not the quoter (who would say "I"), or unknown. (The mentions stage links no pronoun
 * inside a quotation, so none is resolved already.) Pure; one pass over the mentions before it, made only for the rare pronoun reporting inside a quotation.
 */
function quotedPerson(text: string, source: Span, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, quoter: string): string {
  const gender = ({ he: 'm', she: 'f' } as const)[text.slice(source.start, source.end).toLowerCase()]
  if (!gender) return quoter
  // The one person of that gender the article has named before it; with two or more, no guess.
  let person: string | undefined
  for (const m of mentions.within({ start: 0, end: source.start })) {
    const actor = actors.get(m.actor)
    if (m.actor === quoter || m.actor === person || actor?.kind !== 'person' || (nameGender(actor) ?? gender) !== gender) continue
    if (person !== undefined) return UNKNOWN_SPEAKER
    person = m.actor
  }
  return person ?? UNKNOWN_SPEAKER
}

/**
 * Finds the attributions of one article with the hand-written rules alone. Pure; linear in the
 * number of tokens. The trained tagger reads their output as features.
 */
export function findRuleAttributions(text: string, seg: Segmentation, layer: MentionLayer): AttributionLayer {
  const { attributions } = ruleAttributions(text, seg, layer)
  return { attributions, outletVoice: complement(text, attributions.map((a) => a.content)) }
}

/** The rules' attributions, with the cue offsets of those read from a paragraph's shape (`lines.ts`), and where an interviewer asks (no cue there reports). */
function ruleAttributions(text: string, seg: Segmentation, layer: MentionLayer): { attributions: Attribution[]; shaped: Set<number>; questions: Span[]; leads: Attribution[] } {
  const cues = findCues(text, seg)
  const mentionIndex = indexMentions(layer.mentions)
  const kindOf = new Map(layer.actors.map((a) => [a.id, a]))
  const out: Attribution[] = []
  const history: string[] = []
  const leads: Attribution[] = []

  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!
    const sStart = seg.sentenceTokenStart[cue.sentence]!
    const sEnd = seg.sentenceTokenEnd[cue.sentence]!
    const sentence = seg.sentences[cue.sentence]!
    if (cue.kind === 'according-to') {
      const a = accordingTo(text, seg, cue, sentence, mentionIndex, kindOf, history[history.length - 1])
      if (a) {
        out.push(a)
        if (a.speaker !== UNKNOWN_SPEAKER) history.push(a.speaker)
      }
      continue
    }
    const source = findSource(text, seg, cue, sStart, sEnd, mentionIndex, kindOf, history) ?? ledParticipleSource(text, seg, cue, mentionIndex, kindOf, history)
    if (!source) continue
    if (WEAK_CUES.has(cue.lemma) && source.speaker === UNKNOWN_SPEAKER && !EVIDENCE_NOUNS.test(text.slice(source.span.start, source.span.end))) continue
    const limit = figureLimit(text, cue, contentLimit(text, seg, cues, c, sentence, sStart))
    const content = findContent(text, seg, cue, source.span, sentence, limit, sEnd)
    if (!content || content.end - content.start < 2) {
      const led = ledParagraphs(text, seg, cue.span)
      if (led) leads.push({ kind: 'indirect', speaker: source.speaker, source: source.span, cue: cue.span, content: led })
      continue
    }
    // "Pike had shown \"a breathtaking betrayal of trust\"": a weak cue ("show", "find") with a plain thing as its first object, quoted or not, is an act, no report
    // (a verb that names its object first, "called the deal \"a disaster\"", still reports).
    if (WEAK_CUES.has(cue.lemma) && !OBJECT_FIRST.has(cue.lemma) && content.start >= cue.span.end && isVerbless(seg, firstTokenAtOrAfter(seg, content.start), objectEnd(text, content))) continue
    const found: Attribution = { kind: contentKind(seg.quotes, content, cue.kind), speaker: source.speaker, source: source.span, cue: cue.span, content }
    if (isObjectRelative(text, seg, found)) continue
    out.push(found)
    if (source.speaker !== UNKNOWN_SPEAKER) history.push(source.speaker)
  }
  const shaped = new Set<number>()
  const questions: Span[] = []
  let people: People | undefined
  let interviewee: string | undefined
  const lines = findLineAttributions(text, seg)
  const firstAnswer = lines.find((l) => l.label === 'answer')?.content.start ?? text.length
  for (const { label, source, ...line } of lines) {
    // A question printed with no label is only where the interviewer asks: no one reports there.
    if (!source && label === 'question') {
      questions.push(line.cue)
      continue
    }
    // A cue inside a turn may mean a misread label; "Q:" and "A:" are unambiguous, and a report inside them is nested.
    const interview = label === 'question' || label === 'answer'
    if ((!interview && out.some((a) => overlapsAny(a.cue, [line.content]))) || (source && isDateline(source, mentionIndex, kindOf))) continue
    people ??= peopleOf(layer)
    // The answers are the interviewee's; the interviewer's questions are the outlet's (`questions`).
    let speaker = label === 'question' ? UNKNOWN_SPEAKER : label === 'answer' ? (interviewee ??= intervieweeOf(people, firstAnswer) ?? UNKNOWN_SPEAKER)
      : (source && labelSpeaker(text, source, people)) ?? (source ? speakerOf(text, source, mentionIndex, kindOf, history) : UNKNOWN_SPEAKER)
    // A role signing a line ("– Defence Minister") is the person the article names in it.
    if (!label && source) speaker = roleHolder(text, source, mentionIndex, kindOf) ?? speaker
    // A label in ordinary case is a turn only when it names someone introduced before it.
    if (label === 'named' && !((people.firstMention.get(speaker) ?? Infinity) < (source?.start ?? 0))) continue
    // A turn or a signed quotation is in the speaker's words; a signed headline is as its marks show.
    out.push({ kind: label ? 'direct' : contentKind(seg.quotes, line.content, 'speech'), speaker, ...(source ? { source } : {}), ...line })
    shaped.add(line.cue.start)
    if (label === 'question') questions.push(line.cue)
  }
  return { attributions: continueQuotes(text, seg, dedupe(out)), shaped, questions, leads }
}

/** Characters after a role's words searched for the name of the person who holds it. */
const ROLE_HOLDER_REACH = 40

/**
 * "– Defence Minister" signing a headline, where the article later names "Defence Minister Ana Rusu": the first person mentioned
 * right after the same role's words, if any. Pure.
 */
function roleHolder(text: string, role: Span, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>): string | undefined {
  const words = text.slice(role.start, role.end).toLowerCase()
  const lower = text.toLowerCase()
  for (let at = lower.indexOf(words, role.end); at >= 0; at = lower.indexOf(words, at + words.length)) {
    const after = at + words.length
    // The name either runs on from the role's words in one mention ("Defence Minister Ana Rusu") or follows them.
    const next = mentions.within({ start: at, end: after + ROLE_HOLDER_REACH }).find((m) => (m.span.start === at && m.span.end > after) || (m.span.start > after && /^\s+$/u.test(text.slice(after, m.span.start))))
    if (next && actors.get(next.actor)?.kind === 'person') return next.actor
  }
  return undefined
}

/** The people of an article: where each actor is first mentioned, how often each person is, and people by surname. */
interface People {
  readonly firstMention: ReadonlyMap<string, number>
  /** Mentions of each person, in the order of their first mentions. */
  readonly mentionCount: ReadonlyMap<string, number>
  /** Persons named with a first name and a surname, by `surnameKey` ("al-Assad" and "Assad" alike); a surname two people share is left out. */
  readonly bySurname: ReadonlyMap<string, string | undefined>
}

function peopleOf(layer: MentionLayer): People {
  const persons = new Set(layer.actors.filter((a) => a.kind === 'person').map((a) => a.id))
  const firstMention = new Map<string, number>()
  const count = new Map<string, number>()
  for (const m of layer.mentions) {
    if (!firstMention.has(m.actor)) firstMention.set(m.actor, m.span.start)
    if (persons.has(m.actor)) count.set(m.actor, (count.get(m.actor) ?? 0) + 1)
  }
  const bySurname = new Map<string, string | undefined>()
  for (const a of layer.actors) {
    const words = a.name.split(/\s+/u)
    if (a.kind !== 'person' || words.length < 2) continue
    const surname = surnameKey(words[words.length - 1]!)
    bySurname.set(surname, bySurname.has(surname) ? undefined : a.id)
  }
  return { firstMention, mentionCount: count, bySurname }
}

/** The interviewee: of the persons introduced before the first answer, the most mentioned; on a tie, the one named first. */
function intervieweeOf(people: People, firstAnswer: number): string | undefined {
  let best: string | undefined
  for (const [id, n] of people.mentionCount) {
    if (people.firstMention.get(id)! < firstAnswer && (best === undefined || n > people.mentionCount.get(best)!)) best = id
  }
  return best
}

/** Tokens looked back over from a verb read as a noun for the determiner that opens its subject. */
const SUBJECT_TOKENS = 5

/**
 * "The clause states that …", "The memo notes that …": a verb of saying in -s that the tagger read
 * as a plural noun is the verb when it follows a singular noun phrase opened by a determiner (or
 * a possessive) and comes before "that". Pure.
 */
function isVerbReadAsNoun(text: string, seg: Segmentation, t: number): boolean {
  if (posOf(seg, t) !== 'NOUN' || !/^\p{Ll}+s$/u.test(tokenText(text, seg, t)) || !/^that$/iu.test(tokenText(text, seg, t + 1))) return false
  const head = t - 1
  if (head < 0 || posOf(seg, head) !== 'NOUN' || /s$/iu.test(tokenText(text, seg, head))) return false
  for (let k = head - 1; k >= 0 && head - k <= SUBJECT_TOKENS; k--) {
    if (posOf(seg, k) === 'DET' || /^['’]s$/u.test(tokenText(text, seg, k))) return true
    if (!['NOUN', 'PROPN', 'ADJ'].includes(posOf(seg, k))) return false
  }
  return false
}

/** "ALVAREZ:" or "Gov. Alvarez:" after "Gov. Maria Alvarez" is her: the label's last word is a named person's surname. */
function labelSpeaker(text: string, label: Span, people: People): string | undefined {
  const last = /[\p{L}'’-]+$/u.exec(text.slice(label.start, label.end))?.[0]
  return last ? people.bySurname.get(surnameKey(last)) : undefined
}

function findCues(text: string, seg: Segmentation): Cue[] {
  const cues: Cue[] = []
  const n = seg.starts.length
  const inQuote = quoteTest(seg.quotes)
  for (let s = 0; s < seg.sentences.length; s++) {
    for (let t = seg.sentenceTokenStart[s]!; t < seg.sentenceTokenEnd[s]!; t++) {
      const lemma = seg.lemmas[t] ?? ''
      const speech = SPEECH_VERBS.has(lemma)
      if (!speech && !BELIEF_VERBS.has(lemma)) continue
      if ((posOf(seg, t) !== 'VERB' && !isVerbReadAsNoun(text, seg, t)) || inQuote(seg.starts[t]!)) continue
      // "in a statement" right after the verb belongs to the cue.
      // "has said", "is demanding", "called for": auxiliaries before and particles after belong to the cue.
      let first = t
      while (first - 1 >= seg.sentenceTokenStart[s]! && posOf(seg, first - 1) === 'AUX' && t - first < 2) first--
      let last = t
      const particle = last + 1 < n ? text.slice(seg.starts[last + 1], seg.ends[last + 1]) : ''
      if ((lemma === 'call' && /^(?:for|on|out)$/u.test(particle) && posOf(seg, last + 1) === 'ADP') || (lemma === 'point' && particle === 'out')) last++
      const venue = venueLength(text, seg.ends[t]!)
      if (venue > 0) while (last + 1 < n && seg.ends[last]! < seg.ends[t]! + venue) last++
      // The venue's last token may carry the sentence's full stop ("on X.").
      const end = venue > 0 ? Math.min(seg.ends[last]!, seg.ends[t]! + venue) : seg.ends[last]!
      cues.push({ span: { start: seg.starts[first]!, end }, first, last, lemma, kind: speech ? 'speech' : 'belief', sentence: s })
    }
  }
  const verbCuesBySentence = new Map<number, Cue[]>()
  for (const c of cues) verbCuesBySentence.set(c.sentence, [...(verbCuesBySentence.get(c.sentence) ?? []), c])
  for (const phrase of PHRASE_CUES) {
    for (const m of text.matchAll(phrase.pattern)) {
      if (inQuote(m.index)) continue
      const first = tokenAt(seg, m.index)
      const last = tokenAt(seg, m.index + m[0].length - 1)
      if (first < 0 || last < 0) continue
      const sentence = sentenceOfToken(seg, first)
      // Phrases such as "in a statement" only stand alone when no verb cue already took them.
      const inSentence = verbCuesBySentence.get(sentence) ?? []
      if (inSentence.some((c) => c.span.start <= m.index && m.index < c.span.end + 2)) continue
      if (/^in\s/iu.test(m[0]) && inSentence.length > 0) continue
      const lemma = phrase.kind === 'according-to' ? 'according to' : (seg.lemmas[first] ?? '')
      cues.push({ span: { start: m.index, end: m.index + m[0].length }, first, last, lemma: phrase.kind === 'speech' && /quoted/u.test(m[0]) ? 'say' : lemma, kind: phrase.kind, sentence })
    }
  }
  // A verb cue inside a longer phrase cue ("quoted as saying") is the same cue. Sorted by start, then
  // longest first, a contained cue comes after the cue that holds it, so one sweep drops it.
  cues.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
  const kept: Cue[] = []
  let reach = -1
  let reachLength = 0
  for (const c of cues) {
    const length = c.span.end - c.span.start
    if (c.span.end <= reach && reachLength > length) continue
    kept.push(c)
    if (c.span.end > reach) {
      reach = c.span.end
      reachLength = length
    }
  }
  return kept
}

/**
 * Where the content of cue `c` must stop: before a later cue's clause of its sentence when a coordinator
 * separates them ("Iran says it is not X but Azerbaijan insists ..."), else at the sentence end. A cue
 * with no such clause before it passes the search on to the next ("Families say they were never told,
 * and the trust has apologised, saying": "told", then "saying"). Reads only the later cues of its own sentence.
 */
function contentLimit(text: string, seg: Segmentation, cues: readonly Cue[], c: number, sentence: Span, sStart: number): number {
  const cue = cues[c]!
  for (let k = c + 1; k < cues.length && cues[k]!.sentence === cue.sentence; k++) {
    const next = cues[k]!
    const between = text.slice(cue.span.end, seg.starts[Math.max(sStart, next.first)]!)
    // "…, and the trust has apologised, saying": a participle cue after a comma ends the joined clause it goes on.
    const boundary = /(?:,|;|\s)\s*(?:but|while|whereas|and|although|though)\s+[^,;]*(?:,\s*)?$|;[^;]*$/u.exec(between)
    if (boundary) return cue.span.end + boundary.index
  }
  return sentence.end
}

/** A clause that follows a list of figures: ", and each blames the other", "; the army says". */
const AFTER_FIGURES = /(?:,\s*(?:and|but|while|whereas)|;)\s/u

/** "Bishkek counts 11 dead, Dushanbe seven, and each blames the other": a count's content is its figures, up to a clause joined after them. */
function figureLimit(text: string, cue: Cue, limit: number): number {
  // "put Belstani losses at 30 dead | but gave no evidence": a figure given ends where the clause after it opens.
  const given = figureGivenEnd(text, cue.span)
  if (given !== undefined) return Math.min(given, limit)
  if (!FIGURE_CUE.test(text.slice(cue.span.start, cue.span.end))) return limit
  const after = AFTER_FIGURES.exec(text.slice(cue.span.end, limit))
  return after ? cue.span.end + after.index : limit
}

interface Source { readonly span: Span; readonly speaker: string }

function findSource(
  text: string, seg: Segmentation, cue: Cue, sStart: number, sEnd: number,
  mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, history: readonly string[],
): Source | undefined {
  const lastSpeaker = history[history.length - 1]
  const word = (i: number): string => text.slice(seg.starts[i], seg.ends[i]).toLowerCase()
  // "Protesters gathered outside the meeting | to demand …": an infinitive of purpose after a noun says what a whole clause was for; the noun
  // before it is no speaker, and the purpose no report of the subject's (the events read it as a demand).
  if (cue.first >= sStart + 2 && word(cue.first - 1) === 'to' && ['NOUN', 'PROPN'].includes(posOf(seg, cue.first - 2))) return undefined
  // "The election commission | on Tuesday | declared": the time of the act stands between the subject and its verb.
  const time = TIME_BEFORE_CUE.exec(text.slice(Math.max(0, cue.span.start - TIME_REACH), cue.span.start))
  const beforeTime = time ? tokenAt(seg, cue.span.start - time[0].length + 1) - 1 : -1
  let j = beforeTime >= sStart && ['NOUN', 'PROPN'].includes(posOf(seg, beforeTime)) ? beforeTime : cue.first - 1
  let skipped = 0
  // A word that ends a name is no adverb before the cue ("Safe Homes Now said").
  const endsName = (t: number): boolean => mentions.covering(seg.starts[t]!, seg.ends[t]!)?.span.end === seg.ends[t]
  while (j >= sStart && skipped < 6 && (BETWEEN_SOURCE_AND_CUE.has(word(j)) || (posOf(seg, j) === 'ADV' && !/^[“”"]$/u.test(word(j)))) && !endsName(j)) {
    j--
    skipped++
  }
  if (j >= sStart && (NP_TOKENS.has(posOf(seg, j)) || endsName(j)) && !/^[“”"',]$/u.test(word(j))) {
    let first = j
    while (first - 1 >= sStart && NP_TOKENS.has(posOf(seg, first - 1)) && !/^[“”"]$/u.test(word(first - 1))) first--
    const mention = mentions.covering(seg.starts[first]!, seg.ends[j]!)
    const span = subjectAfterRelative(text, seg, { start: Math.min(seg.starts[first]!, mention?.span.start ?? Infinity), end: seg.ends[j]! })
    const head = word(j)
    // "the statement added" / "It also said": the document or pronoun speaks for the last speaker.
    if (head === 'it' && lastSpeaker) return { span, speaker: lastSpeaker }
    if (DOCUMENT_NOUNS.has(head) && history.length > 0 && !namedByDocumentWord(text, span, mention)) {
      const country = mentions.within(span).map((m) => actors.get(m.actor)?.country).find((c) => c !== undefined)
      return { span, speaker: documentIssuer(text, span, history, actors, country) }
    }
    // "Three witnesses interviewed by the Courier said": the noun before the cue is in the subject's participle clause.
    const described = relativeSubject(text, seg, span, seg.sentences[cue.sentence]!, cue.span.start)
    if (described) return { span: described, speaker: speakerOf(text, described, mentions, actors, history) }
    // "The teacher that found them said", "The nurse that treated Ana Ruiz said": who is named in a relative clause on the opening subject is no speaker; the subject is.
    // Only after a relative pronoun right after the subject's noun phrase: a participle's clause ("A poll released Wednesday shows") is left to the tagger.
    const clauseSubject = throughRelativeClause(text, seg, span, cue.span.start, seg.sentences[cue.sentence]!.start)
    const clauseHead = headBeforeRelative(text, seg, clauseSubject)
    if (clauseHead) return { span: clauseSubject, speaker: speakerOf(text, clauseHead, mentions, actors, history) }
    if (mention) return { span, speaker: mention.actor }
    if (posOf(seg, j) === 'PRON' && !['he', 'she', 'they', 'it'].includes(head)) return undefined
    return { span, speaker: UNKNOWN_SPEAKER }
  }
  // "One of its forerunners, RJR Nabisco, was promised …" is passive: the phrase is no speaker.
  const passive = cue.first < cue.last && /^(?:was|were|is|are|been|be)$/iu.test(word(cue.first))
  // "Volunteers from the Red Cross, who are helping at the school, believe": the subject before its relative clause.
  const described = passive || j < sStart || word(j) !== ',' ? undefined : relativeSubject(text, seg, { start: seg.starts[j]!, end: seg.ends[j]! }, seg.sentences[cue.sentence]!, cue.span.start, true)
  if (described) return { span: described, speaker: speakerOf(text, described, mentions, actors, history) }
  const apposed = passive ? undefined : apposedSource(text, seg, j, sStart)
  if (apposed) return { span: apposed, speaker: speakerOf(text, apposed, mentions, actors, history) }
  // "A Western diplomat, speaking on condition of anonymity because …, said": the subject before an aside.
  const subject = passive || WEAK_CUES.has(cue.lemma) ? undefined : asideSubject(text, seg, mentions, seg.sentences[cue.sentence]!, cue.span.start)
  if (subject) return { span: subject, speaker: speakerOf(text, subject, mentions, actors, history) }
  // Post-posed source: `..." said Aliyev.`, `..., said the minister`.
  const k = cue.last + 1
  const lead = text.slice(seg.starts[sStart], cue.span.start).trimEnd()
  if (k < sEnd && /[,”"’]$/u.test(lead)) {
    const mention = mentions.startingNear(seg.starts[k]!, 12)
    // The speaker is in the cue's own sentence: `"…," said Xi. Modi said …` is not Modi's; nor is
    // the subject of a that-clause ("…, stressing in his remarks that Mr. Trump would …").
    if (mention && mention.span.start >= seg.ends[cue.last]! && mention.span.end <= seg.ends[sEnd - 1]! && !/\bthat\b/iu.test(text.slice(seg.starts[k], mention.span.start))) return { span: APPOSITION_OPENS.test(text.slice(mention.span.end)) ? throughPostposedApposition(text, mention.span, cue.span.end, seg.ends[sEnd - 1]!) : mention.span, speaker: mention.actor }
  }
  return undefined
}

/** "Trump lashed out on Twitter, saying:" closing its paragraph (`ledParagraphs`): the participle's source is the subject of the clause it closes. Pure. */
function ledParticipleSource(text: string, seg: Segmentation, cue: Cue, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, history: readonly string[]): Source | undefined {
  if (!/ing$/iu.test(tokenText(text, seg, cue.first)) || cue.first === 0 || tokenText(text, seg, cue.first - 1) !== ',' || !ledParagraphs(text, seg, cue.span)) return undefined
  const subject = mainSubject(text, seg, mentions, seg.sentences[cue.sentence]!, cue.span.start)
  return subject && { span: subject, speaker: speakerOf(text, subject, mentions, actors, history) }
}

/** Tokens of an apposition between commas before a cue ("The bar's owner, Pat O'Connell, said"). */
const APPOSITION_TOKENS = 8
/** Tokens of the description before such an apposition when a lead clause comes before it ("the Minister of Foreign Affairs of the Republic"). */
const DESCRIPTION_TOKENS = 12

/**
 * "The bar's owner, Pat O'Connell, said", "The finance minister, Ngozi Okonjo-Iweala, said": a noun
 * phrase opening the sentence (or set off after a lead clause) and an apposition between commas right
 * before the cue (`comma`, the token before it) are one source, from the phrase's start to the apposition's end. Only noun
 * phrase tokens on both sides ("of" too: "A member of the committee, …"), so a clause ("After the vote, officials said") is no source. Pure.
 */
function apposedSource(text: string, seg: Segmentation, comma: number, sStart: number): Span | undefined {
  const word = (i: number): string => text.slice(seg.starts[i], seg.ends[i])
  if (comma <= sStart || word(comma) !== ',') return undefined
  let open = comma - 1
  while (open > sStart && comma - open <= APPOSITION_TOKENS && word(open) !== ',' && (NP_TOKENS.has(posOf(seg, open)) || /^[.'’&-]$/u.test(word(open)))) open--
  if (open <= sStart || word(open) !== ',' || open === comma - 1) return undefined
  const describes = (t: number): boolean => NP_TOKENS.has(posOf(seg, t)) || /^(?:['’]s?|of)$/u.test(word(t))
  let first = open - 1
  while (first >= sStart && describes(first)) first--
  // The phrase opens the sentence, or (a lead before it) follows a comma and opens with an article or a name:
  // "X has agreed to withdraw, the foreign minister of Y, Jane Doe, announced".
  if (first < sStart) return { start: seg.starts[sStart]!, end: seg.ends[comma - 1]! }
  if (word(first) !== ',' || first + 1 >= open || open - first > DESCRIPTION_TOKENS || !['DET', 'PROPN'].includes(posOf(seg, first + 1))) return undefined
  return { start: seg.starts[first + 1]!, end: seg.ends[comma - 1]! }
}

/** A description set off after a name: ", the owner", ", a member of the committee", ", who". */
const APPOSITION_OPENS = /^,\s+(?:an?|the|his|her|their|its|who|\d+)\b/u

/** Who issued the document a source names: the last speaker (`issuer`), unless several parties issued it jointly; those `nameUnnamedSources` finds. Pure. */
function documentIssuer(text: string, source: Span, history: readonly string[], actors: ReadonlyMap<string, Actor>, country: string | undefined): string {
  if (JOINT_DOCUMENT.test(text.slice(source.start, source.end))) return UNKNOWN_SPEAKER
  const found = issuer(history, actors, country)
  // "Their statement": the issuers are several, never one person; who "they" are is read later (`unnamed.ts`).
  return /^their\s/iu.test(text.slice(source.start, source.end)) && actors.get(found)?.kind === 'person' ? UNKNOWN_SPEAKER : found
}

/** A document ("the Azerbaijani statement") speaks for the last institution or person of that country that spoke. */
function issuer(history: readonly string[], actors: ReadonlyMap<string, Actor>, country: string | undefined): string {
  for (let i = history.length - 1; i >= 0; i--) {
    const a = actors.get(history[i]!)
    if (a && (a.kind === 'organisation' || a.kind === 'person') && (!country || a.country === country)) return a.id
  }
  return history[history.length - 1] ?? UNKNOWN_SPEAKER
}

/** Words before a parenthetical source and cue: a clause's opening of two words or more, unquoted, ending in a comma. */
const INTERRUPTED_OPENING = /^[^“”"«»]*\S\s+\S[^“”"«»]*,\s*$/u

/**
 * "The economy, the minister said, would grow", "He was standing there, he says, when the police
 * charged": a source and cue set off by commas inside an unquoted sentence interrupt one content,
 * which runs from the sentence's start to `limit`; before a contrast ("…, killing 27 people,
 * officials said, but the two governments differ"), a coordinated predicate ("…, a diplomat said, and replaced with …")
 * or the outlet's own clause (", as …") it ends at the source. Returns it, or undefined
 * when the cue is no aside.
 */
function interruptedContent(text: string, seg: Segmentation, cue: Span, source: Span, sentence: Span, limit: number): Span | undefined {
  const before = Math.min(source.start, cue.start)
  const after = Math.max(source.end, cue.end)
  if (before <= sentence.start || !/^\s*[,;]/u.test(text.slice(after, after + 2))) return undefined
  if (!INTERRUPTED_OPENING.test(text.slice(sentence.start, before))) return undefined
  // The interrupted content opens with its subject; "Speaking to WION, the president said, …" or "On Monday, …" is an adjunct.
  const first = tokenAt(seg, sentence.start)
  if (first < 0 || !NP_TOKENS.has(posOf(seg, first)) || /ing$/iu.test(tokenText(text, seg, first))) return undefined
  if (/^\s*(?:;|,\s*(?:but|and|while|whereas|although|though|yet)\b)/iu.test(text.slice(after, after + 12)) || ownClauseFollows(text, after)) return { start: sentence.start, end: trimEnd(text, sentence.start, before) }
  const end = trimEnd(text, after, limit)
  return end > after ? { start: sentence.start, end } : undefined
}

/**
 * After a source and cue that close a lead ("X happened, police said [on Tuesday]"), the outlet's
 * own clause: ", as rescuers searched …", ", while …", ", crowning …". Its adjunct may come first.
 */
const OWN_CLAUSE_AFTER_CUE = /^\s*(?:(?:on|in|at|late|early|earlier|later|last|this|during|yesterday|today|tonight|overnight)\b[^,;:"“”]{0,40})?,\s*(?:as|while|whereas|\p{Ll}+ing)\s/u

/** True when the outlet's own clause follows a source and cue that end at `at`, so the report is the lead before them. */
function ownClauseFollows(text: string, at: number): boolean {
  return OWN_CLAUSE_AFTER_CUE.test(text.slice(at, at + 80))
}

/** The report before a source and cue that start at `from`: the quotation ending there, or the sentence's words up to the comma before them ("Nine died, police said"). Pure. */
function leadBefore(text: string, seg: Segmentation, sentence: Span, from: number): Span | undefined {
  const before = quoteEndingBefore(text, seg.quotes, from)
  if (before) return before
  const head = text.slice(sentence.start, from)
  let comma = head.lastIndexOf(',')
  // "…, the foreign minister, Jane Doe, announced": the description before the name is the source's too.
  const earlier = head.lastIndexOf(',', comma - 1)
  const apposition = earlier > 0 ? firstTokenAtOrAfter(seg, sentence.start + earlier + 1) : -1
  if (apposition >= 0 && posOf(seg, apposition) === 'DET' && isVerbless(seg, apposition, sentence.start + comma)) comma = earlier
  const opening = sentence.start + (/^\s*[“"]?/u.exec(head)?.[0].length ?? 0)
  return comma > 0 ? { start: opening + datelineLengthAt(text, opening), end: sentence.start + comma } : undefined
}

/** A coordinator that ends a verb's first object: "shown a betrayal | and had not …". */
const OBJECT_COORDINATOR = /\s(?:and|but|or)\s/u

/** Where a content's first object ends: before a coordinator, or the content's end. Pure. */
function objectEnd(text: string, content: Span): number {
  const joint = OBJECT_COORDINATOR.exec(text.slice(content.start, content.end))
  return joint ? content.start + joint.index : content.end
}

/** True when no auxiliary and no verb but a participle is in [token `first`, `end`): "with more than 900 people | injured". Pure. */
function isVerblessButParticiples(text: string, seg: Segmentation, first: number, end: number): boolean {
  for (let t = first; t < seg.starts.length && seg.starts[t]! < end; t++) {
    if (posOf(seg, t) === 'AUX' || (posOf(seg, t) === 'VERB' && !/(?:ed|en|ing)$/iu.test(tokenText(text, seg, t)))) return false
  }
  return true
}

/** True when a subject and its finite verb start in [start, end): "no alarm | rang", not "the idea", "headline by saying". Pure. */
function holdsClause(text: string, seg: Segmentation, start: number, end: number): boolean {
  for (let t = tokenAt(seg, start) + 1; t > 0 && t < seg.starts.length && seg.starts[t]! < end; t++) {
    if (['VERB', 'AUX'].includes(posOf(seg, t)) && ['NOUN', 'PROPN', 'PRON'].includes(posOf(seg, t - 1)) && !/ing$/iu.test(tokenText(text, seg, t))) return true
  }
  return false
}

/** Where the addressee between a cue's last token and the content's verb ends: before the subject's pronoun or determiner ("told the court | he was", "told reporters | the deal was"), or at the cue. Pure. */
function addresseeEnd(seg: Segmentation, cueLast: number, verb: number): number {
  for (let t = verb - 1; t > cueLast + 1; t--) {
    const pos = posOf(seg, t)
    if (pos === 'PRON' || pos === 'DET') return seg.ends[t - 1]!
    if (!NP_TOKENS.has(pos)) break
  }
  return seg.ends[cueLast]!
}

/** True when no verb starts between token `first` and offset `end`. */
function isVerbless(seg: Segmentation, first: number, end: number): boolean {
  for (let t = first; t < seg.starts.length && seg.starts[t]! < end; t++) if (['VERB', 'AUX'].includes(posOf(seg, t))) return false
  return true
}

function findContent(text: string, seg: Segmentation, cue: Cue, source: Span, sentence: Span, limit: number, sEnd: number): Span | undefined {
  const interrupted = interruptedContent(text, seg, cue.span, source, sentence, limit)
  if (interrupted) return interrupted
  let from = seg.ends[cue.last]!
  if (OBJECT_FIRST.has(cue.lemma)) {
    // "told his counterpart that ...": the content starts after "that" when there is one; after the
    // addressee a "that" the tagger read as a determiner opens it too ("told reporters that talks had resumed").
    for (let t = cue.last + 1; t < Math.min(sEnd, cue.last + 12); t++) {
      const w = text.slice(seg.starts[t], seg.ends[t]).toLowerCase()
      if (w === 'that' && (posOf(seg, t) === 'SCONJ' || (posOf(seg, t) === 'DET' && t > cue.last + 1))) {
        from = seg.ends[t]!
        break
      }
      if (/^[“"]$/u.test(w)) break
      // "told the court he was innocent and that …": after a verb of addressing, a verb before any "that" is the content's own; a later "that" opens a second clause of it.
      if (ADDRESSING_VERBS.has(cue.lemma) && ['VERB', 'AUX'].includes(posOf(seg, t))) {
        from = Math.max(from, addresseeEnd(seg, cue.last, t))
        break
      }
    }
  }
  const rest = text.slice(from, limit)
  const lead = /^[\s,:]*/u.exec(rest)?.[0].length ?? 0
  let start = from + lead
  let end = trimEnd(text, start, limit)
  // An adjunct such as "on Wednesday" or "to WION." is no content, nor a source after its cue that
  // ends the sentence ("…, said Pat O'Connell, the owner."): the content came before.
  const tail = text.slice(start, end)
  const sourceEnds = source.start >= cue.span.end && trimEnd(text, source.end, limit) === source.end
  // "…, the minister announced on Thursday following talks": a dated occasion is no content either.
  if (end <= start || isAdjunct(tail) || sourceEnds || ownClauseFollows(text, Math.max(source.end, cue.span.end)) || clauseAfterCue(text, seg, Math.max(source.end, cue.span.end))?.occasion) {
    return leadBefore(text, seg, sentence, Math.min(source.start, cue.span.start))
  }
  end = outletClauseStart(text, seg, start, relativeClauseEnd(text, seg, source, cue.span.start, start, end))
  // A quotation that opens the content and runs past the sentence is taken whole.
  const quote = seg.quotes.find((q) => q.start >= start - 1 && q.start <= start + 1)
  if (quote && quote.end > end) end = quote.end
  if (text[start] === '“' || text[start] === '"') start++
  return { start, end }
}

/**
 * "a man who later said he was X attacked Y": a report made inside a relative clause ends where
 * the main clause resumes. Returns the content's end, cut there when the cue is the verb of a
 * relative clause the source opens ("who later said", not "who live near the plant said"); a
 * quotation is taken whole.
 */
function relativeClauseEnd(text: string, seg: Segmentation, source: Span, cueStart: number, start: number, end: number): number {
  const who = text.slice(source.start, cueStart).search(/\bwho\b(?![\s\S]*\bwho\b)/u)
  if (who < 0 || quoteStartsNear(seg.quotes, start)) return end
  for (let t = tokenAt(seg, source.start + who) + 1; t < seg.starts.length && seg.starts[t]! < cueStart; t++) {
    const pos = posOf(seg, t)
    if (pos === 'VERB' || pos === 'AUX') return end
  }
  // "Cray, 61, who had denied all charges, showed": a relative set off by commas ends at the comma before the main verb.
  const setOff = /,\s*$/u.test(text.slice(Math.max(0, source.start + who - 3), source.start + who))
  return Math.min(end, mainClauseResumes(text, seg, start, end), setOff ? verbAfterComma(text, seg, start, end) : end)
}

/**
 * Where a comma right before a verb stands in [start, end), as the end of what comes before; else
 * `end`. The verb is a finite one by default ("…, showed no emotion", "…, faces a vote", "…, plans
 * to appeal", a verb in -s the tagger read as a noun before "to").
 */
function verbAfterComma(text: string, seg: Segmentation, start: number, end: number, isVerb = isFiniteVerbAt): number {
  for (let t = tokenAt(seg, start) + 1; t >= 1 && t < seg.starts.length && seg.starts[t]! < end; t++) {
    if (isVerb(text, seg, t) && text.slice(seg.starts[t - 1], seg.ends[t - 1]) === ',') return trimEnd(text, start, seg.starts[t - 1]!)
  }
  return end
}

/** True when token `t` is a verb or an auxiliary of any form. Pure. */
function isVerbAt(_text: string, seg: Segmentation, t: number): boolean {
  const pos = posOf(seg, t)
  return pos === 'VERB' || pos === 'AUX'
}

/** True when token `t` reads as a finite verb: an auxiliary, a verb in -ed or -s, or a noun in -s before "to" ("plans to"). Pure. */
function isFiniteVerbAt(text: string, seg: Segmentation, t: number): boolean {
  const pos = posOf(seg, t)
  const word = text.slice(seg.starts[t], seg.ends[t])
  return pos === 'AUX' || (pos === 'VERB' && /(?:ed|s)$/u.test(word)) || (pos === 'NOUN' && /\p{Ll}s$/u.test(word) && /^to$/iu.test(tokenText(text, seg, t + 1)))
}

/**
 * The start of a finite verb right after a noun or a comma ("wife attacked", "truck were",
 * "drunk, arrested"), past the content's own verb and not inside a subordinate clause opened
 * since ("crashed because the brakes were worn"); else `end`.
 */
function mainClauseResumes(text: string, seg: Segmentation, start: number, end: number): number {
  let seenVerb = false
  for (let t = tokenAt(seg, start); t >= 0 && t < seg.starts.length && seg.starts[t]! < end; t++) {
    const pos = posOf(seg, t)
    if (pos === 'SCONJ') seenVerb = false
    if ((pos === 'VERB' || pos === 'AUX') && seg.starts[t]! >= start) {
      const prev = posOf(seg, t - 1)
      const afterComma = prev === 'PUNCT' && text.slice(seg.starts[t - 1], seg.ends[t - 1]) === ','
      if (seenVerb && (prev === 'NOUN' || prev === 'PROPN' || afterComma) && (pos === 'AUX' || /ed$/u.test(text.slice(seg.starts[t], seg.ends[t])))) return trimEnd(text, start, seg.starts[t]!)
      seenVerb = true
    }
  }
  return end
}


/** A comment on the content's figure after the source, no apposition of it: "(5,000 jobs, according to two people familiar with the plans), more than the 4,000 announced". */
const ASIDE_ON_CONTENT = /,\s*(?:more|fewer|less|higher|lower|far|well|up|down|compared|twice|double|half|nearly|almost)\b/iu

/** A sentence that is one quotation up to "according to": its opening (space and mark), then its words without the closing comma. */
const QUOTED_BEFORE_CUE = /^(\s*[“"])([^“”"]*[^“”",\s]),?[”"],?\s*$/u

function accordingTo(text: string, seg: Segmentation, cue: Cue, sentence: Span, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, lastSpeaker: string | undefined): Attribution | undefined {
  const after = text.slice(cue.span.end, sentence.end)
  const comma = after.indexOf(',')
  const before = text.slice(sentence.start, cue.span.start)
  // After a comma the clause goes on only past another ("X, according to a poll released Tuesday." ends there).
  const inside = before.trim() === '' ? undefined : insideClause(text, seg, cue.span.end, sentence.end, /,\s*$/u.test(before))
  if (inside) {
    // "The toll, according to officials, rose to 40": the clause the source interrupts is the content, as with "The toll, officials said, rose"; after a relative pronoun ("which according to …"), what it goes on to say.
    const source = trimmed(text, cue.span.end, inside.sourceEnd)
    const content = interruptedContent(text, seg, cue.span, source, sentence, inside.content.end) ?? inside.content
    return build(text, cue, source, content, mentions, actors, lastSpeaker)
  }
  if (before.trim() === '' && comma > 0) {
    // "According to X, content."
    const end = pastSpanningMentions(text, { start: cue.span.end, end: cue.span.end + comma }, sentence.end, mentions)
    const source = trimmed(text, cue.span.end, end)
    const content = { start: afterComma(text, end), end: trimEnd(text, end, sentence.end) }
    return build(text, cue, source, trimmed(text, content.start, content.end), mentions, actors, lastSpeaker)
  }
  // "content, according to X." ("Fourteen dead by the ministry's count, nineteen by the WHO's": a count ends its source.)
  const count = /^by$/iu.test(text.slice(cue.span.start, cue.span.end)) ? OWN_COUNT.exec(after) : null
  const aside = count ? null : ASIDE_ON_CONTENT.exec(after)
  const sourceEnd = count ? cue.span.end + count[0].length : aside ? cue.span.end + aside.index : trimEnd(text, cue.span.end, sentence.end)
  const source = beforeRelativeReport(text, seg, beforeJoinedClause(text, seg, trimmed(text, cue.span.end, sourceEnd)))
  // '"The market was caught off guard," according to X': the quotation is the content, without its marks.
  const quoted = QUOTED_BEFORE_CUE.exec(before)
  const content = quoted ? { start: sentence.start + quoted[1]!.length, end: sentence.start + quoted[1]!.length + quoted[2]!.length }
    : trimmed(text, sentence.start, cue.span.start - (/,\s*$/u.test(before) ? before.length - before.trimEnd().length + 1 : 0))
  return build(text, cue, source, content, mentions, actors, lastSpeaker)
}

/** ", which called the raid …", ", who said …": a relative clause on a source, opened by a verb. */
const REPORTING_RELATIVE = /,\s+(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?(?=\p{Ll})/gu

/**
 * "according to the dock union, which called the raid 'an attack'": a relative clause whose verb reports is
 * the source's own second report, no part of its name; the source ends before its comma. Pure.
 */
function beforeRelativeReport(text: string, seg: Segmentation, source: Span): Span {
  for (const m of text.slice(source.start, source.end).matchAll(REPORTING_RELATIVE)) {
    const verb = source.start + m.index + m[0].length
    if (hasReportingVerb(seg, { start: verb, end: verb + 1 })) return { start: source.start, end: source.start + m.index }
  }
  return source
}

/** Words inside a source's noun phrase besides `NP_TOKENS`: "the head of the union", "Reuters' sources". */
const IN_NOUN_PHRASE = /^(?:of|and|['’]s?|-)$/u

/**
 * An "according to" inside a clause whose verb follows its source ("which according to the
 * organisers gathered 40,000 people", "The toll, according to officials, rose to 40"): the end of
 * the source's noun phrase and the content, from the verb to the clause's end (a comma and a
 * space, or the sentence's). Undefined when no verb follows the noun phrase ("…, according to a
 * report by the ministry."), or, with `commaAfterSource`, no comma before the verb. Pure.
 */
function insideClause(text: string, seg: Segmentation, from: number, sentenceEnd: number, commaAfterSource: boolean): { sourceEnd: number; content: Span } | undefined {
  let t = firstTokenAtOrAfter(seg, from)
  const first = t
  // The first word after "according to" opens the noun phrase whatever its tag ("figures" is often read as a verb).
  if (t >= 0 && t < seg.starts.length && posOf(seg, t) !== 'PUNCT') t++
  while (t >= 0 && t < seg.starts.length && seg.starts[t]! < sentenceEnd && (NP_TOKENS.has(posOf(seg, t)) || IN_NOUN_PHRASE.test(tokenText(text, seg, t)))) t++
  if (t <= first || t >= seg.starts.length || seg.starts[t]! >= sentenceEnd) return undefined
  let sourceEnd = seg.ends[t - 1]!
  if (tokenText(text, seg, t) === ',') t++
  else if (commaAfterSource) {
    // "The budget, according to figures published by the ministry, was cut": a participle's phrase ends the source at its comma.
    const aside = /^[^,;:"“”()]{1,80},/u.exec(text.slice(seg.starts[t], sentenceEnd))
    if (!aside) return undefined
    sourceEnd = trimEnd(text, seg.starts[t]!, seg.starts[t]! + aside[0].length - 1)
    t = firstTokenAtOrAfter(seg, seg.starts[t]! + aside[0].length)
    if (t < 0 || /ing$/iu.test(tokenText(text, seg, t))) return undefined
  }
  if (t >= seg.starts.length || !['VERB', 'AUX'].includes(posOf(seg, t))) return undefined
  const start = seg.starts[t]!
  const clauseEnd = /,\s/u.exec(text.slice(start, sentenceEnd))
  return { sourceEnd, content: trimmed(text, start, trimEnd(text, start, clauseEnd ? start + clauseEnd.index : sentenceEnd)) }
}

/**
 * Where `source` really ends: past each mention that spans the comma after it
 * ("the regional president, Stefano Bonaccini"), as long as it ends before `limit`. Pure.
 */
function pastSpanningMentions(text: string, source: Span, limit: number, mentions: MentionIndex): number {
  const candidates = mentions.within({ start: source.start, end: limit })
  let at = source.end
  for (;;) {
    const comma = at + (/^\s*/u.exec(text.slice(at, at + 4))?.[0].length ?? 0)
    const m = text[comma] === ',' ? candidates.find((x) => x.span.start < comma && comma < x.span.end) : undefined
    if (!m || m.span.end >= limit) return at
    at = m.span.end
  }
}

/** The first position after `at` that is past its comma and spaces. Pure. */
function afterComma(text: string, at: number): number {
  return at + (/^[\s,]*/u.exec(text.slice(at, at + 8))?.[0].length ?? 0)
}

function build(text: string, cue: Cue, source: Span, content: Span, mentions: MentionIndex, actors: ReadonlyMap<string, Actor>, lastSpeaker: string | undefined): Attribution | undefined {
  if (content.end - content.start < 2 || source.end <= source.start) return undefined
  // The speaker is the last actor named in the source ("early confessions by the assailant"), but
  // not the organisation a person named there works for ("economist Paulo Vaz of the Lisbon Institute").
  const inside = mentions.within(beforeRelative(text, source))
  const employers = new Set(inside.map((m) => actors.get(m.actor)?.affiliation))
  // Not where they are ("sources in the Tajik delegation"), unless no one else is named.
  const speaker = (inside.findLast((m) => !employers.has(m.actor) && !locatesSpeaker(text, source, m)) ?? inside.findLast((m) => !employers.has(m.actor)))?.actor ?? (/^(?:it|them|they)$/iu.test(text.slice(source.start, source.end)) ? lastSpeaker : undefined) ?? UNKNOWN_SPEAKER
  return { kind: 'according-to', speaker, source, cue: cue.span, content }
}

/** Direct when quotes cover the content, not counting the cue and source a split quote holds (`"A," she said, "B."`). */
function contentKind(quotes: readonly Span[], content: Span, kind: Cue['kind'], inside: readonly Span[] = []): Attribution['kind'] {
  if (kind === 'belief') return 'belief'
  const quoted = quotesOverlapping(quotes, content)
  if (quoted.length === 0) return 'indirect'
  const covered = quoted.reduce((sum, q) => sum + Math.min(q.end, content.end) - Math.max(q.start, content.start), 0)
  // Between two quotes, count the gap only outside the cue and source (and their punctuation).
  let length = content.end - content.start
  for (const x of inside) {
    if (x.start >= content.start && x.end <= content.end && !quoted.some((q) => q.start <= x.start && x.end <= q.end)) length -= x.end - x.start + 4
  }
  return covered >= Math.max(1, length) * 0.9 ? 'direct' : 'mixed'
}

/**
 * "I" or "we" reporting inside someone's words is that speaker: in `"And I think they have it
 * upside down," he said` the belief "I think …" is his. Pure; quadratic only in one article's
 * attributions.
 */
export function firstPersonSpeakers(text: string, found: Attribution[]): Attribution[] {
  return found.map((a) => {
    if (a.speaker !== UNKNOWN_SPEAKER || !a.source || !/^(?:i|we)$/iu.test(text.slice(a.source.start, a.source.end))) return a
    const outer = found.find((b) => b !== a && b.speaker !== UNKNOWN_SPEAKER && contains(b.content, a.source!))
    return outer ? { ...a, speaker: outer.speaker } : a
  })
}

/** Paragraphs a cue that ends its own paragraph with a colon may lead to ("Trump lashed out, saying:"). */
const MAX_LED_PARAGRAPHS = 3
const FIRST_PERSON_WORD = /\b(?:I|we|We|my|My|our|Our|me|us)\b/u

/**
 * The paragraphs after `cue` when it ends its paragraph with a colon: the first, and after it those
 * in the first person, up to one with a quotation mark (whose own reading stands), at most
 * `MAX_LED_PARAGRAPHS`, or undefined. Pure.
 */
function ledParagraphs(text: string, seg: Segmentation, cue: Span): Span | undefined {
  const k = spanIndexAt(seg.paragraphs, cue.start)
  const paragraph = seg.paragraphs[k]
  if (!paragraph || !/^\s*:$/u.test(text.slice(cue.end, paragraph.end))) return undefined
  let last = k
  // The first paragraph is the speaker's; a later one only while it speaks in the first person, not the outlet's background.
  const speaks = (p: Span): boolean => !QUOTE_MARK.test(textOf(text, p)) && (last === k || FIRST_PERSON_WORD.test(textOf(text, p)))
  while (last - k < MAX_LED_PARAGRAPHS && last + 1 < seg.paragraphs.length && speaks(seg.paragraphs[last + 1]!)) last++
  return last > k ? { start: seg.paragraphs[k + 1]!.start, end: seg.paragraphs[last]!.end } : undefined
}

/**
 * `Trump lashed out on Twitter, saying:\n\nJustice Smith …`: a cue ending its paragraph with a
 * colon reports the paragraphs after it (`ledParagraphs`), up to the first that holds a report
 * of its own, unless that cue was read already. Pure; quadratic only in one article's attributions.
 */
function withLedParagraphs(text: string, seg: Segmentation, leads: readonly Attribution[], rules: readonly Attribution[], found: readonly Attribution[]): Attribution[] {
  const out = [...found]
  for (const lead of leads) {
    if (overlapsAny(lead.cue, out.map((a) => a.cue))) continue
    const read = [...out, ...rules].flatMap((a) => [a.cue, a.content])
    let end = lead.content.start
    for (const p of seg.paragraphs) {
      if (p.start < end || p.end > lead.content.end) continue
      if (/\S/u.test(text.slice(end, p.start)) || overlapsAny(p, read)) break
      end = p.end
    }
    if (end > lead.content.start) out.push({ ...lead, content: { start: lead.content.start, end } })
  }
  return out.sort((x, y) => x.content.start - y.content.start || x.cue.start - y.cue.start)
}

/**
 * `"A.\n\nB.\n\nC," she said.`: a quotation over several paragraphs closed by its cue is her
 * words in every paragraph, and no earlier speaker's: her report holds the paragraph the cue
 * closes (where the tagger gave it an earlier one), and each paragraph before is a continuing part
 * with her source and cue; a part another report already holds stops the walk back. Pure; for
 * each quotation over several paragraphs, linear in the attributions.
 */
function withOpeningParagraphs(text: string, seg: Segmentation, found: readonly Attribution[]): Attribution[] {
  const out = [...found]
  found.forEach((a, index) => {
    let i = a.continues ? -1 : quoteClosedBy(text, seg.quotes, a)
    if (i < 0 || !carriesOn(text, seg, seg.quotes[i - 1], seg.quotes[i]!)) return
    const closed = seg.quotes[i]!
    const report = a.content.end <= closed.end ? { ...a, content: quotedWords(text, closed) } : a
    out[index] = report
    const others = out.filter((b) => b !== report).map((b) => b.content)
    for (; i > 0 && carriesOn(text, seg, seg.quotes[i - 1], seg.quotes[i]!); i--) {
      const part = seg.quotes[i - 1]!
      if (overlapsAny(part, others)) break
      out.push({ ...report, kind: 'direct', content: quotedWords(text, part), continues: true })
    }
  })
  return out.sort((x, y) => x.content.start - y.content.start || x.cue.start - y.cue.start)
}

/** The words of quote `q` without the white space around them and the comma or colon that hands them to a cue. Pure. */
function quotedWords(text: string, q: Span): Span {
  const s = trimmed(text, q.start, q.end)
  return /[,:;]$/u.test(text.slice(s.start, s.end)) ? trimmed(text, s.start, s.end - 1) : s
}

/** The index of the quote closed right before the source or cue of `a` (`"…," she said`), or -1. Pure (binary search). */
function quoteClosedBy(text: string, quotes: readonly Span[], a: Attribution): number {
  const from = Math.min(a.cue.start, a.source?.start ?? Infinity)
  const i = firstEndingAfter(quotes, from) - 1
  const q = quotes[i]
  // The cue follows in the quotation's own paragraph: one opening the next paragraph closes nothing.
  return q && /^[^\S\n]*(?:[,”"’][^\S\n]*)*$/u.test(text.slice(q.end, from)) ? i : -1
}

/**
 * Whether quote `next` goes on with `previous`: that one ran open to its paragraph's end and this
 * one opens the next paragraph, with no mark or the same mark (a block quotation in straight marks
 * is not the “curly” quotation after it). Pure.
 */
function carriesOn(text: string, seg: Segmentation, previous: Span | undefined, next: Span): boolean {
  const k = previous ? spanIndexAt(seg.paragraphs, previous.start) : -1
  const following = seg.paragraphs[k + 1]
  if (!previous || k < 0 || previous.end !== seg.paragraphs[k]!.end || following === undefined) return false
  return next.start === following.start || (next.start === following.start + 1 && text[next.start - 1] === text[previous.start - 1])
}

/** Quotes no cue claimed continue the previous speaker when they open a paragraph or follow at once; not those in `outlet`, the outlet's own words. */
function continueQuotes(text: string, seg: Segmentation, found: Attribution[], outlet: readonly Span[] = []): Attribution[] {
  const out = [...found]
  const sorted = [...found].sort((a, b) => a.content.start - b.content.start)
  for (const q of seg.quotes) {
    if (out.some((a) => a.content.start < q.end && q.start < a.content.end) || overlapsAny(q, outlet)) continue
    // `"A," she said, "B."` where the cue took B: A opens the same statement; not across a paragraph
    // break, nor from a quotation that ends with a full stop (`"A." She added that B`).
    const after = out.findIndex((a) => a.cue.start >= q.end && a.cue.start - q.end < 40 && a.content.start > a.cue.end && /^[ \t,”"’]*$/u.test(text.slice(q.end, a.source?.start ?? a.cue.start)) &&
      text[q.end - 1] !== '.')
    if (after >= 0) {
      out[after] = { ...out[after]!, content: { start: q.start, end: out[after]!.content.end } }
      continue
    }
    if (text.slice(q.start, q.end).split(/\s+/u).length < 6) continue
    let previous: Attribution | undefined
    for (const a of sorted) if (a.content.end <= q.start) previous = a
    if (!previous || previous.speaker === UNKNOWN_SPEAKER) continue
    const gap = text.slice(previous.content.end, q.start)
    if (gap.length > 400) continue
    // `"A," she said, "B."`: one statement split around its cue, so one attribution spanning both parts.
    const index = out.indexOf(previous)
    // Not past a relative clause on the source ("…, according to the union, which called it \"B\""): the clause's verb has the quotation.
    if (index >= 0 && previous.cue.start >= previous.content.end && previous.cue.end <= q.start && !/[\n]/u.test(gap) && gap.length < 120 && !/,\s+(?:which|who)\s/u.test(gap)) {
      out[index] = { ...previous, content: { start: previous.content.start, end: q.end } }
      sorted[sorted.indexOf(previous)] = out[index]!
      continue
    }
    // A quotation resuming the statement (a next paragraph) keeps its cue and source, marked as its continuation.
    out.push({ kind: 'direct', speaker: previous.speaker, ...(previous.source ? { source: previous.source } : {}), cue: previous.cue, content: q, continues: true })
  }
  return out.sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start)
}

/**
 * `"A," said X, an analyst. "B."`: a quotation interrupted by its own cue and source is two
 * contents of one voice, so the outlet's words about the speaker are not read as quoted. Each part
 * keeps the speaker, source and cue; the second runs from the next quotation mark after the
 * interruption and is marked as continuing the first. Unquoted contents around a cue ("The plan, she said, will fail") stay whole. Pure.
 */
function splitInterrupted(text: string, seg: Segmentation, found: readonly Attribution[]): Attribution[] {
  const inQuote = quoteTest(seg.quotes)
  const out: Attribution[] = []
  for (const a of found) {
    const from = Math.min(a.cue.start, a.source?.start ?? Infinity)
    const to = Math.max(a.cue.end, a.source?.end ?? -Infinity)
    const next = a.content.start < from && to < a.content.end && quoteStartsNear(seg.quotes, a.content.start) && !inQuote(from) ? firstQuoteStartingAt(seg.quotes, to, a.content.end) : undefined
    if (!next) {
      out.push(a)
      continue
    }
    let end = from
    while (end > a.content.start && /[\s,;:“”"‘’'—–-]/u.test(text[end - 1] ?? '')) end--
    const first = { start: a.content.start, end }
    for (const content of [first, { start: next.start, end: a.content.end }]) {
      if (content.end <= content.start) continue
      const kind = a.kind === 'belief' || a.kind === 'according-to' ? a.kind : contentKind(seg.quotes, content, 'speech')
      const continues = content !== first && first.end > first.start
      out.push({ ...a, kind, content, ...(continues ? { continues: true as const } : {}) })
    }
  }
  return out.sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start)
}

/** A quotation taken up again after its cue's sentence (`…,'' he said. ''B`), in any marks. */
const RESUMED_QUOTE = /^[\s,:]*(?:[“"‘«]|'')/u

/**
 * A content never holds its own cue and source: one that runs on through them into the next
 * sentence ("A, the officials said.\nB") ends before them, without the quotation marks and
 * punctuation that hand it to them. Inside its sentence ("The plan, she said, will fail"), or
 * when a quotation is taken up again right after the cue or its sentence (`…,'' he said. ''B`),
 * it stays whole. Run after `splitInterrupted`, which parts a quotation split by its cue. Pure.
 */
function withoutOwnCue(text: string, seg: Segmentation, a: Attribution): Attribution {
  const from = Math.min(a.cue.start, a.source?.start ?? Infinity)
  const to = Math.max(a.cue.end, a.source?.end ?? -Infinity)
  if (a.content.start >= from || a.content.end < to) return a
  const sentence = seg.sentences[spanIndexAt(seg.sentences, a.cue.start)]
  if (!sentence || a.content.end <= sentence.end || [to, sentence.end].some((at) => RESUMED_QUOTE.test(text.slice(at, at + 6)))) return a
  const content = { start: a.content.start, end: trimEnd(text, a.content.start, from) }
  return { ...a, kind: a.kind === 'belief' || a.kind === 'according-to' ? a.kind : contentKind(seg.quotes, content, 'speech'), content }
}

/**
 * Contents kept to what was reported: not past their paragraph unless a quotation opening them
 * runs on, not past the sentence of a cue before them unless a quotation holds the sentence's end,
 * not over the outlet's own clause after them (`outletClauseStart`) nor a dispatch's dateline, with
 * the object of "urged residents to leave" (`withAddressee`), and no content at all when it is
 * only the subject of its verb ("Rachel Reeves, disagreed."). Pure.
 */
function fitContents(text: string, seg: Segmentation, found: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = []
  const inQuote = quoteTest(seg.quotes)
  // Where each content starts, to tell a quotation that is some report's content in constant time.
  const contentStarts = new Set(found.map((b) => b.content.start))
  for (const tagged of found) {
    const a = withAddressee(text, seg, inHeadline(text, seg, tagged))
    let { start, end } = a.content
    const paragraph = seg.paragraphs[spanIndexAt(seg.paragraphs, start)]
    // A dispatch's dateline at a paragraph's start ("KYIV, Ukraine — ") is no one's words.
    if (paragraph && paragraph.start === start) start = Math.min(a.content.end, start + datelineLengthAt(text, start))
    const quote = seg.quotes[spanIndexAt(seg.quotes, start)]
    const quoted = (quote && quote.start <= start + 1) || QUOTE_BEFORE.test(text.slice(Math.max(0, start - 2), start))
    if (paragraph && end > paragraph.end && !(quoted && quote && quote.end > paragraph.end)) end = trimEnd(text, start, paragraph.end)
    // "He said the Chancellor insists there is no money. The truth is …": the next sentence is the
    // outlet's again. Not for a transcript turn (its cue is a colon), nor where a quotation runs
    // on or opens the next sentence ("It leveled accusations against Iran. “Iran has tried …”").
    // A cue with no letters is a turn's label or an answered question: the whole paragraph is the speaker's.
    const turn = !/\p{L}/u.test(text.slice(a.cue.start, a.cue.end))
    const sentence = seg.sentences[spanIndexAt(seg.sentences, start)]
    // A quotation opening the next sentence carries the content on, unless it is another report's ("X." "Y," she said).
    const next = sentence ? firstQuoteStartingAt(seg.quotes, sentence.end - 1, sentence.end + QUOTE_REACH) : undefined
    const carriedOn = next !== undefined && ![next.start - 1, next.start, next.start + 1].some((at) => contentStarts.has(at))
    if (sentence && end > sentence.end && a.cue.end <= start && !turn && !quoted && !inQuote(sentence.end - 1) && !carriedOn) end = trimEnd(text, start, sentence.end)
    if (!turn) end = outletClauseStart(text, seg, start, end, a.cue.end <= start && accusesOf(text, seg, a.cue, { start, end }))
    // A subject right before a verb that ends the sentence is who acted, not what was said.
    const subject = !a.source && end <= a.cue.start && /^[\s,]*$/u.test(text.slice(end, a.cue.start)) && /^[\s.!?]*$/u.test(text.slice(a.cue.end, seg.sentences[spanIndexAt(seg.sentences, a.cue.start)]?.end ?? a.cue.end))
    if (subject || end <= start) continue
    out.push(start === a.content.start && end === a.content.end ? a : { ...a, content: { start, end } })
  }
  return out
}

/**
 * A headline line: at least four words, every word longer than three letters capitalised. The two
 * kinds of word exclude each other, so a long line that is no headline fails at once instead of
 * backtracking through every way of reading "The US 10 …".
 */
const HEADLINE = /^(?=(?:\S+\s+){3})(?:(?:[\p{Lu}\p{P}\p{N}]\S*|(?![\p{Lu}\p{P}\p{N}])\S{1,3})(?:\s+|$))+$/u

/**
 * "Russia Warns West Over Missile Deliveries To Ukraine": in a headline, where every word is
 * capitalised, the tagger runs the cue into its object; the cue is the reporting verb and the
 * rest the content, as in a sentence. Pure.
 */
function inHeadline(text: string, seg: Segmentation, a: Attribution): Attribution {
  if (a.content.start < a.cue.end || !/^\s*$/u.test(text.slice(a.cue.end, a.content.start))) return a
  const paragraph = seg.paragraphs[spanIndexAt(seg.paragraphs, a.cue.start)]
  if (!paragraph || !HEADLINE.test(text.slice(paragraph.start, paragraph.end))) return a
  const first = Math.max(0, tokenAt(seg, a.cue.start))
  for (let t = first; t + 1 < seg.starts.length && seg.ends[t]! < a.cue.end; t++) {
    if (SPEECH_VERBS.has(seg.lemmas[t] ?? '') || BELIEF_VERBS.has(seg.lemmas[t] ?? '')) return { ...a, cue: { start: a.cue.start, end: seg.ends[t]! }, content: { start: seg.starts[t + 1]!, end: a.content.end } }
  }
  return a
}

/** Characters after a sentence's end within which a quotation opening the next sentence starts. */
const QUOTE_REACH = 4

/** A quotation mark right before a content, also one the segmenter pairs with none (news archives write '' for “). */
const QUOTE_BEFORE = /(?:["“‘]|'')\s*$/u

/** Verbs whose addressee comes before an infinitive, and is part of what is reported ("urged residents to leave"). */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['urge', 'ask', 'tell', 'order', 'instruct', 'call', 'encourage', 'advise', 'warn', 'press', 'invite', 'implore', 'beg', 'request', 'remind'])
/** Tokens of an addressee before its infinitive. */
const ADDRESSEE_TOKENS = 10
const ADDRESSEE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'CCONJ', 'PART'])

/**
 * "Officials urged residents near the river to evacuate": the addressee and its infinitive are
 * the content, as annotators mark it, where the tagger left the addressee out of the content or
 * put it in the cue ("urged all sides" | "to exercise restraint"). Only a noun phrase (with its
 * prepositions) between the verb and "to": "told reporters that …" and "told Reuters he wanted
 * to leave" keep their reading. Pure.
 */
function withAddressee(text: string, seg: Segmentation, a: Attribution): Attribution {
  if (a.content.start < a.cue.start) return a
  let verb = -1
  for (let t = Math.max(0, tokenAt(seg, a.cue.start)); t < seg.starts.length && seg.starts[t]! < a.cue.end; t++) if (ADDRESSEE_VERBS.has(seg.lemmas[t] ?? '') && posOf(seg, t) === 'VERB') verb = t
  if (verb < 0) return a
  let first = verb + 1
  // "called on Congress to act": the particle stays in the cue.
  if (/^(?:on|upon)$/iu.test(text.slice(seg.starts[first], seg.ends[first])) && posOf(seg, first) === 'ADP') first++
  if (first >= seg.starts.length || (seg.starts[first]! >= a.content.start && seg.starts[first]! >= a.cue.end)) return a
  for (let t = first; t < seg.starts.length && t - first <= ADDRESSEE_TOKENS; t++) {
    const w = text.slice(seg.starts[t], seg.ends[t])
    if (w.toLowerCase() === 'to' && t > first && ['VERB', 'AUX'].includes(posOf(seg, t + 1))) {
      const cueEnd = Math.min(a.cue.end, seg.ends[first - 1]!)
      return { ...a, cue: { start: a.cue.start, end: cueEnd }, content: { start: seg.starts[first]!, end: a.content.end } }
    }
    if (!ADDRESSEE_POS.has(posOf(seg, t)) || /^(?:that|to)$/iu.test(w)) return a
  }
  return a
}

/** After a comma, how long after an event the outlet sets a report: ", days after", ", a day before". */
const TIME_AFTER = /^,\s*(?:just\s+|only\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|several|few|\d+)\s+)?(?:days?|hours?|weeks?|months?)\s+(?:after|before)\b/iu
const MODALS = /^(?:would|will|could|can|might|may|must|should|shall|'d|'ll)$/iu

/** Verbs of withholding a statement, which a speaker's second verb phrase may be: "but declined to say", "but refused to comment". */
const WITHHOLDING_VERBS: ReadonlySet<string> = new Set(['decline', 'refuse'])
/** Tokens looked past after "but" for its verb: an adverb, an auxiliary and "not" ("but would not say"). */
const COORDINATED_VERB_REACH = 3

/**
 * "told reporters that A but declined to say whether B", "said A, but added that B": "but" and a
 * reporting or withholding verb with no subject of its own is the speaker's next act, not part of
 * what they reported. Pure.
 */
function opensCoordinatedReport(text: string, seg: Segmentation, but: number): boolean {
  for (let t = but + 1; t < seg.starts.length && t <= but + 1 + COORDINATED_VERB_REACH; t++) {
    const pos = posOf(seg, t)
    if (pos === 'VERB') {
      const lemma = seg.lemmas[t] ?? ''
      return (SPEECH_VERBS.has(lemma) || WITHHOLDING_VERBS.has(lemma)) && !/ing$/u.test(tokenText(text, seg, t))
    }
    if (pos !== 'ADV' && pos !== 'AUX' && pos !== 'PART') return false
  }
  return false
}

/** The writer's verdict on what was reported: "Critics say the pattern is no accident | , and they are right". */
const VERDICT_AFTER = /^,\s*(?:and|but)\s+(?:they|he|she|it|both)\s+(?:are|is|were|was)\s+(?:(?:absolutely|quite|entirely|partly|probably|surely|not)\s+)?(?:right|correct|wrong|mistaken|misguided)\b/iu

/** Words of when an accusation was made, left out with the clause after them: "accused X of Y | yesterday as …". */
const CHARGE_TIME = /^(?:yesterday|today|tonight|on|last|earlier|late)$/iu
/** Verbs whose content is an object and its charge ("accused the government of negligence"), after which a clause of "as" is the outlet's. */
const ACCUSING_VERBS: ReadonlySet<string> = new Set(['accuse', 'blame', 'fault', 'charge', 'criticise', 'criticize', 'condemn'])

/**
 * Where the outlet's own clause starts after a reported one, or `end`: ", as Kyiv pressed its
 * allies", ", while protesters gathered", ", days after the vote", ", and they are right" (`VERDICT_AFTER`), "but declined to say"
 * (`opensCoordinatedReport`); after an accusation's charge also with no comma, and with the time the
 * charge was made ("accused X of negligence | yesterday as a fire burned"). A clause with a modal is still reported ("prices would rise, while
 * wages would fall"), and nothing inside a quotation is cut. Pure; linear in the content's tokens.
 */
function outletClauseStart(text: string, seg: Segmentation, start: number, end: number, accusation = false): number {
  const inQuote = quoteTest(seg.quotes)
  const word = (t: number): string => text.slice(seg.starts[t], seg.ends[t])
  for (let t = Math.max(0, tokenAt(seg, start)); t < seg.starts.length && seg.starts[t]! < end; t++) {
    if (seg.starts[t]! <= start || inQuote(seg.starts[t]!)) continue
    if (word(t).toLowerCase() === 'but' && opensCoordinatedReport(text, seg, t)) return trimEnd(text, start, seg.starts[t]!)
    const comma = word(t) === ','
    if (comma && (TIME_AFTER.test(text.slice(seg.starts[t], end)) || VERDICT_AFTER.test(text.slice(seg.starts[t], end)))) return trimEnd(text, start, seg.starts[t]!)
    if (!comma && !accusation) continue
    const conjunction = word(comma ? t + 1 : t).toLowerCase()
    if (conjunction !== 'as' && conjunction !== 'while') continue
    if (!opensOwnClause(text, seg, comma ? t + 2 : t + 1, end)) continue
    // "yesterday as", "on Monday as": when the charge was made goes with the cue, not the content.
    let cut = t
    while (!comma && cut - 1 > tokenAt(seg, start) && (CHARGE_TIME.test(word(cut - 1)) || (/^\p{Lu}/u.test(word(cut - 1)) && CHARGE_TIME.test(word(cut - 2))))) cut--
    return trimEnd(text, start, seg.starts[cut]!)
  }
  return end
}

/** True when a cue is a verb of `ACCUSING_VERBS` and its content holds the charge, with "of" or "for". Pure. */
function accusesOf(text: string, seg: Segmentation, cue: Span, content: Span): boolean {
  return cueHasLemma(seg, cue, (lemma) => ACCUSING_VERBS.has(lemma)) && /\s(?:of|for)\s/u.test(text.slice(content.start, content.end))
}

/** A subject of nouns at token `first`, then its own finite verb with no modal before `end` or a comma: "as Kyiv pressed", not "as long as", "as expected". Pure. */
function opensOwnClause(text: string, seg: Segmentation, first: number, end: number): boolean {
  const word = (t: number): string => text.slice(seg.starts[t], seg.ends[t])
  let u = first
  // A preposition may join the subject's nouns ("as a wildfire near Kavala burned"), not open it.
  while (u < seg.starts.length && u - first <= 7 && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(posOf(seg, u)) || (u > first && posOf(seg, u) === 'ADP' && word(u) !== 'as'))) u++
  // A finite form: regular ("searched"), of "be" or "have", or an irregular past the lemma tells ("as the toll rose").
  const finite = /^(?:\p{L}+ed|was|were|had|has|is|are|\p{L}+s)$/u.test(word(u)) || (posOf(seg, u) === 'VERB' && seg.lemmas[u] !== word(u).toLowerCase())
  if (u === first || !['VERB', 'AUX'].includes(posOf(seg, u)) || !finite) return false
  for (let v = u; v < seg.starts.length && seg.starts[v]! < end && word(v) !== ','; v++) if (MODALS.test(word(v))) return false
  return true
}

function dedupe(list: Attribution[]): Attribution[] {
  const seen = new Set<string>()
  return list.filter((a) => {
    const key = `${a.cue.start}:${a.content.start}:${a.content.end}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Returns the parts of [0, text.length) no span covers, trimmed of white space. Pure. */
export function complement(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const out: Span[] = []
  let at = 0
  const push = (s: number, e: number): void => {
    const t = trimmed(text, s, e)
    if (t.end > t.start) out.push(t)
  }
  for (const s of sorted) {
    if (s.start > at) push(at, s.start)
    at = Math.max(at, s.end)
  }
  if (at < text.length) push(at, text.length)
  return out
}

function isAdjunct(tail: string): boolean {
  const t = tail.trim()
  if (/\b\w+ing\b|\bthat\b|\bit\b/u.test(t)) return false
  return t === '' || /^(?:(?:on|in|to|at|outside|inside|near|beside|during|after|before|from|with|via|through|last|this|late|earlier|later)\b[^,;]{0,60}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|reporters|journalists|the\s+press)$/u.test(t)
}

function quoteEndingBefore(text: string, quotes: readonly Span[], at: number): Span | undefined {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!
    if (q.end > at) continue
    return /^[\s,.”"’'!?—–-]*$/u.test(text.slice(q.end, at)) ? trimmed(text, q.start, trimEnd(text, q.start, q.end)) : undefined
  }
  return undefined
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && /[\s.,;:!?”"’]/u.test(text[e - 1] ?? '')) e--
  return e
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start
  let e = end
  while (s < e && /[\s,]/u.test(text[s] ?? '')) s++
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--
  return { start: s, end: e }
}

/** The quotes (sorted, disjoint) that share a character with `span`, found by binary search. Pure. */
function quotesOverlapping(quotes: readonly Span[], span: Span): Span[] {
  let i = firstEndingAfter(quotes, span.start)
  const out: Span[] = []
  while (i < quotes.length && quotes[i]!.start < span.end) out.push(quotes[i++]!)
  return out
}

/** The first quote starting in `[from, before)`, by binary search. Pure. */
function firstQuoteStartingAt(quotes: readonly Span[], from: number, before: number): Span | undefined {
  let i = firstEndingAfter(quotes, from)
  // A quote that started before `from` and runs past it is skipped: the next one starts after it.
  if (i < quotes.length && quotes[i]!.start < from) i++
  const next = quotes[i]
  return next && next.start < before ? next : undefined
}

function quoteTest(quotes: readonly Span[]): (offset: number) => boolean {
  return (offset) => spanIndexAt(quotes, offset) >= 0
}

function tokenAt(seg: Segmentation, offset: number): number {
  let lo = 0
  let hi = seg.starts.length - 1
  let best = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (seg.starts[mid]! <= offset) {
      best = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return best
}

function sentenceOfToken(seg: Segmentation, t: number): number {
  let lo = 0
  let hi = seg.sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (t < seg.sentenceTokenStart[mid]!) hi = mid - 1
    else if (t >= seg.sentenceTokenEnd[mid]!) lo = mid + 1
    else return mid
  }
  return Math.max(0, Math.min(seg.sentences.length - 1, lo))
}

export interface MentionIndex {
  /** The longest mention overlapping [start, end) that ends at or after `end`'s token. */
  covering(start: number, end: number): Mention | undefined
  /** The first mention starting within `window` characters after `at`. */
  startingNear(at: number, window: number): Mention | undefined
  /** Mentions inside a span, in order. */
  within(span: Span): Mention[]
}

export function indexMentions(mentions: readonly Mention[]): MentionIndex {
  const firstAtOrAfter = (at: number): number => firstMentionAtOrAfter(mentions, at)
  return {
    covering(start, end) {
      let best: Mention | undefined
      // Mentions are short, so looking back a few entries from `end` is enough.
      for (let i = Math.max(0, firstAtOrAfter(end) - 6); i < mentions.length && mentions[i]!.span.start < end; i++) {
        const m = mentions[i]!
        if (m.span.end < end || m.span.start > end || m.span.end > end + 1 || m.span.end <= start) continue
        if (!best || m.span.end - m.span.start > best.span.end - best.span.start) best = m
      }
      return best
    },
    startingNear(at, window) {
      const i = firstAtOrAfter(at)
      const m = mentions[i]
      return m && m.span.start - at <= window ? m : undefined
    },
    within(span) {
      const out: Mention[] = []
      for (let i = firstAtOrAfter(span.start); i < mentions.length && mentions[i]!.span.start < span.end; i++) {
        if (mentions[i]!.span.end <= span.end) out.push(mentions[i]!)
      }
      return out
    },
  }
}

export const attributionStage: Stage<'attributions'> = {
  name: 'attribution',
  requires: ['segments', 'mentions'],
  assigns: 'attributions',
  rules: [],
  run: (article: Article, layers) => findAttributions(article.text, need(layers, 'segments'), need(layers, 'mentions'), undefined, article.outlet?.name),
}
