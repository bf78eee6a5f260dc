/**
 * @module analyze/attribution/source-bounds — where a source starts and ends, and cues that take
 * none. The tagger reads a source word by word and may stop inside an apposition or run into the
 * time of the statement; these rules set the edges PolNeAR's annotators draw: a source is the
 * whole noun phrase of the speaker, its appositions and relative clause included, without the
 * adjuncts that say when or where it spoke. Every function here is pure.
 */
import type { Span } from '../../model/span.js'
import { firstTokenAtOrAfter, type Segmentation } from '../layers.js'
import { posOf, tokenText } from '../segment/segment.js'
import { DOCUMENT_NOUNS } from './cues.js'
import { isPeopleNoun } from './pronoun-speakers.js'

/**
 * A cue of impression or hearsay with no one behind it: "seems", "would appear", "looks like", "is
 * said", "are widely expected", "could be seen as". Its subject is what the impression is about, part of what is reported, not
 * who reports it ("The plan seems doomed").
 */
const IMPERSONAL_CUE = /^(?:(?:would|could|might|may|must|should|will|can|does|do|did|still|also|now|lately|only|certainly|clearly|increasingly)\s+)*(?:(?:not|n't)\s+)?(?:(?:seems?|seemed|seeming|appears?|appeared)(?:\s+(?:un)?(?:likely|clear|certain|possible|probable|doubtful|inevitable))?|(?:looks?|looked)\s+like|(?:is|are|was|were|be|had\s+been|has\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?(?:said|rumou?red|thought|believed|expected|reputed|(?:seen|viewed|regarded)\s+as))$/iu

/** A participle that only names, opening a cue: "(a group) known as", "(the ad,) entitled". */
const NAMING_PARTICIPLE = /^(?:(?:also|now|more|better|widely|commonly|often|sometimes|\p{Ll}+ly)\s+)*(?:known|entitled|titled)\b/iu
/** Words that make the participle a verb of its own clause: "was known as", "had titled". */
const AUXILIARY = /^(?:is|are|was|were|be|been|being|am|has|have|had|become|becomes|became|get|gets|got)$/iu

/**
 * True when a cue is a participle naming the noun before it ("a website known as …", "The ad,
 * entitled …"): a reduced relative clause, with no one who names. Not after an auxiliary ("he
 * was known as"). `wordBefore` is the word right before the cue.
 */
export function isNamingParticiple(cueText: string, wordBefore: string): boolean {
  return NAMING_PARTICIPLE.test(cueText.trim()) && !AUXILIARY.test(wordBefore)
}

/** True when a cue's words report an impression no one is named for ("seems", "appears unlikely", "is widely expected"). */
export function isImpersonalCue(cueText: string): boolean {
  return IMPERSONAL_CUE.test(cueText.replace(/\s+/gu, ' ').trim())
}

/** Words up to the comma before a cue, with no clause punctuation, bracket or quotation mark; then an adverb at most. */
const REST_OF_APPOSITION = /^(\s*[^,;:"“”()\s][^,;:"“”()]{0,150}?)\s*,\s*(?:\p{Ll}+ly\s+)?$/u
/** A source that already holds an apposition or a relative clause: "Ann Lee, a professor at", "an official who was not". */
const DESCRIBED_SOURCE = /,\s|\s(?:who|whom|whose|which|that)\s/u
/** A participle cue: "…, saying", "…, adding". */
const PARTICIPLE = /^\p{Ll}+ing\b/u

/**
 * "Kurt Walters, the director of Rootstrikers, a group | that favors limits, | said": a source
 * that stops inside its own apposition or relative clause runs on to the comma before its cue.
 * `hasVerb(start, end)` tells whether a verb stands in those characters; a participle cue after
 * a verb closes a clause of the subject's own ("Ann Lee, a teacher, | wrote a letter, | saying").
 */
export function throughApposition(text: string, source: Span, cueStart: number, hasVerb: (start: number, end: number) => boolean): Span {
  if (source.end > cueStart) return source
  const rest = REST_OF_APPOSITION.exec(text.slice(source.end, cueStart))
  if (!rest || !DESCRIBED_SOURCE.test(text.slice(source.start, source.end))) return source
  const end = source.end + rest[1]!.length
  if (PARTICIPLE.test(text.slice(cueStart, cueStart + 20)) && hasVerb(source.end, end)) return source
  return { start: source.start, end }
}

/**
 * Where a source after its cue ends at the latest ("said Ann Lee of Acme | , which makes toys"):
 * a relative clause on a thing, or one that reports again ("who added that …"; another "who …" is part
 * of the source), a participle
 * of the speaker's own, when or where it spoke, a joined clause, clause punctuation, a bracket or
 * a quotation mark.
 */
const POSTPOSED_SOURCE_ENDS = /,\s*(?:whose|which|where|but|though|although|and|\p{Ll}+ing)\b|,\s*who\s+(?:\p{Ll}+ly\s+)?(?:also\s+)?(?:said|says|added|adds|told|tells|noted|notes|wrote|writes|argued|argues)\b|\son\s+(?=\p{Lu}|(?:his|her|their|its)\s)|\s(?:(?:last|this)\s+(?:week|weekend|month|year|night|morning|afternoon|evening)|earlier|later|when|while|after|before|as|during|in\s+(?:an?|his|her|their|its)\s+(?:statement|interview|email|e-mail|post|tweet|letter|speech|op-ed|column|press\s+release|conference\s+call|phone\s+interview|radio\s+interview|television\s+interview|news\s+conference|appearance)|yesterday|today|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|[;:()"“”—–]|\s-\s|[.!?]?\s*$/u

/** A word or three in quotation marks inside a description, no quotation of a sentence: a rating, a label ("kept her "buy" rating"). */
const QUOTED_TERM = /(?<=\p{Ll}\s)["“][\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2}["”]/gu

/**
 * "…," said Kurt Walters, the director at Rootstrikers, a group | that favors limits.": a source
 * right after its cue that stops short in its sentence runs on to what `POSTPOSED_SOURCE_ENDS`
 * finds first, within `sentenceEnd`; a quoted term is part of the description.
 */
export function throughPostposedApposition(text: string, source: Span, cueEnd: number, sentenceEnd: number): Span {
  if (source.start < cueEnd || !/^\s*$/u.test(text.slice(cueEnd, source.start)) || source.end >= sentenceEnd) return source
  const rest = text.slice(source.end, sentenceEnd).replace(QUOTED_TERM, (term) => term.replace(/["“”]/gu, 'q'))
  const stop = POSTPOSED_SOURCE_ENDS.exec(rest)
  const end = source.end + (stop ? stop.index : rest.length)
  const words = text.slice(source.end, end).replace(/[\s,]+$/u, '')
  return words.length > 0 ? { start: source.start, end: source.end + words.length } : source
}

/**
 * True when token `t` is a participle by its tag and form: a verb in -ing, -ed, -en or -wn, or
 * another past form its lemma differs from ("caught", "held", "led"); not a present in -s. Pure.
 */
function isParticiple(text: string, seg: Segmentation, t: number): boolean {
  const word = tokenText(text, seg, t).toLowerCase()
  return posOf(seg, t) === 'VERB' && (/(?:ing|ed|en|wn)$/u.test(word) || (seg.lemmas[t] !== word && !/s$/u.test(word)))
}

/** Tags of a word that opens a verb's object. */
const OBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'])

/** Words of a participle clause: no clause punctuation or quotation mark ("| conducted by Edison Research |", "| polled |"). */
const REDUCED_RELATIVE = /^\s+[^,;:()"“”—–]{1,80}?\s*$/u

/**
 * "Exit polls | taken in three states | found", "Residents | caught in the fighting | told": a
 * source that stops before a participle clause describing it runs on through the clause to a
 * finite cue right after it, as annotators mark it. Not when the participle is a verb of its own
 * predicate: "Lee | caucused in Reno and | said" (a conjunction or auxiliary), "Lee | urged Congress
 * to | declare" (the cue in an infinitive complement, after "to" or a second verb). Pure.
 */
export function throughReducedRelative(text: string, seg: Segmentation, source: Span, cueStart: number): Span {
  if (source.end > cueStart || !REDUCED_RELATIVE.test(text.slice(source.end, cueStart))) return source
  const participle = firstTokenAtOrAfter(seg, source.end)
  const cue = firstTokenAtOrAfter(seg, cueStart)
  if (!isParticiple(text, seg, participle) || /ing$/u.test(tokenText(text, seg, participle)) || !['VERB', 'AUX'].includes(posOf(seg, cue)) || /ing$/u.test(tokenText(text, seg, cue))) return source
  for (let t = participle + 1; t < cue; t++) if (['CCONJ', 'AUX', 'VERB'].includes(posOf(seg, t)) || /^to$/iu.test(tokenText(text, seg, t))) return source
  // A participle describing its noun is passive and takes no object: "Lee | heard Ruiz | say", "Lee | said Ruiz's plan | works"; a time may follow it ("a poll released Monday").
  if (participle + 1 < cue && OBJECT_TAGS.has(posOf(seg, participle + 1)) && !TIME_AFTER_PARTICIPLE.test(text.slice(seg.ends[participle], cueStart))) return source
  return { start: source.start, end: seg.ends[cue - 1]! }
}

/** A time said before a verb: "last year", "this past week", "on Monday", "earlier this month". */
export const TIME_BEFORE_VERB = '(?:(?:earlier|later)\\s+)?(?:(?:on\\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this|next|(?:this\\s+)?past)\\s+(?:week|weekend|month|year|night|spring|summer|fall|autumn|winter|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|yesterday|today|tonight|earlier|later|recently)'

const TIME_ONLY = new RegExp(`^${TIME_BEFORE_VERB}$`, 'iu')
/** A time right after a participle: "released | Monday", "taken | last week". */
const TIME_AFTER_PARTICIPLE = new RegExp(`^\\s+${TIME_BEFORE_VERB}\\b`, 'iu')

/** True when a would-be source is only a time ("last year proposed a ban": the tagger's misreading). */
export function isTimeOnly(words: string): boolean {
  return TIME_ONLY.test(words.replace(/\s+/gu, ' ').trim())
}

/** Determiners that open a relative or a question, not a noun phrase: "which delegates", "what aides". */
const CLAUSE_DETERMINER = /^(?:which|what|whatever|whichever|that|whose)$/iu
/** Tags of the words that modify a noun from before it. */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM'])
/** Personal pronouns. */
const PERSONAL_PRONOUN = /^(?:i|you|he|she|it|we|they|me|him|her|us|them)$/iu
/** A possessive ending: "Last year| ’s |FBI statistics". */
const POSSESSIVE = /^['’]s?$/u

/**
 * "all the attendees", "a new statewide poll", "Last year’s FBI statistics": a source that starts
 * after its own determiners, adjectives, numbers or possessor starts with them, within its
 * sentence (annotators almost never leave them out). Pure; linear in the words taken.
 */
export function withModifiers(text: string, seg: Segmentation, source: Span, sentenceStart: number): Span {
  let t = firstTokenAtOrAfter(seg, source.start)
  // A personal pronoun takes no modifier: "In 2008 | she said", "the ones some | it deemed"; "those | who" does.
  if (t >= seg.starts.length || seg.starts[t] !== source.start || PERSONAL_PRONOUN.test(tokenText(text, seg, t))) return source
  while (t > 0 && seg.starts[t - 1]! >= sentenceStart) {
    const word = tokenText(text, seg, t - 1)
    const possessive = POSSESSIVE.test(word) && t > 1 && ['NOUN', 'PROPN'].includes(posOf(seg, t - 2))
    // Only a determiner stands before a determiner ("all the voters"); "in 2003 | the courts", "long | a supporter" are other phrases.
    const afterDeterminer = posOf(seg, t) === 'DET'
    if (possessive && !afterDeterminer) t -= 2
    // An adjective right after a verb is its complement: "leaves open | many questions".
    else if (MODIFIER_TAGS.has(posOf(seg, t - 1)) && !CLAUSE_DETERMINER.test(word) && (!afterDeterminer || posOf(seg, t - 1) === 'DET') &&
      !(posOf(seg, t - 1) === 'ADJ' && t > 1 && ['VERB', 'AUX'].includes(posOf(seg, t - 2)))) t--
    else break
  }
  const start = seg.starts[t]!
  return start < source.start ? { start, end: source.end } : source
}

/**
 * When or where a speaker spoke, after the phrase that ends a source: "Gov. Ann Lee | on
 * Friday", "Sen. Bo Ruiz (D-Ore.) | in an interview", "Lee | at the time"; or a clause of contrast the source ran into
 * ("the polling average | , although …"). After a verb it is part of a description ("a poll
 * released Monday", "who endorsed him last week") and stays.
 */
const SPOKEN_WHEN = /(?<=\p{L}[\p{L}.'’-]*|\))(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:last|this|earlier\s+this)\s+(?:week|weekend|month|year)|\s+(?:yesterday|today|tonight)|\s+at\s+the\s+time|\s+in\s+(?:19|20)\d\d|\s+in\s+(?:an?|his|her|their|its)\s+(?:interview|statement|speech|op-ed|email|tweet|letter)(?:\s+(?:with|to|on)\s+[^,;]{1,40})?)$|,\s*(?:although|though|but|while)\s[^]*$/u

/** Relative pronouns, which open a clause in a source. */
const RELATIVE_PRONOUN = /^(?:who|whom|which|that|whose)$/iu

/**
 * True when the words of a source from `start` to `end` hold a clause, whose own time a time
 * after it is ("a poll released | Monday", "Lee, who | on Tuesday"): a relative pronoun, or a
 * participle by its tag ("The governing coalition | at the time" holds an adjective, no clause). Pure.
 */
function holdsClause(text: string, seg: Segmentation, start: number, end: number): boolean {
  for (let t = firstTokenAtOrAfter(seg, start); t < seg.starts.length && seg.starts[t]! < end; t++) {
    if (RELATIVE_PRONOUN.test(tokenText(text, seg, t)) || isParticiple(text, seg, t) || opensContactClause(text, seg, t)) return true
  }
  return false
}

/** `source` without a time, venue or contrast at its end (`SPOKEN_WHEN`); after a common word, only a noun phrase with no clause in it loses its time ("the board of elections | on Monday"). Pure. */
export function withoutWhenSpoken(text: string, seg: Segmentation, source: Span): Span {
  const tail = SPOKEN_WHEN.exec(text.slice(source.start, source.end))
  if (!tail || tail.index === 0) return source
  const head = text.slice(source.start, source.start + tail.index)
  const clauseTime = !tail[0].startsWith(',') && /\p{Ll}$/u.test(head) && holdsClause(text, seg, source.start, source.start + tail.index)
  return clauseTime ? source : { start: source.start, end: source.start + tail.index }
}

/** Subject pronouns. */
const SUBJECT_PRONOUN = /^(?:i|you|he|she|it|we|they)$/iu
/** Tags of the words of a noun phrase: a subject before a relative clause, or a joined clause's subject. */
const HEAD_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])
/** Tags of the words a relative clause's verb may take up to the cue: objects, prepositions, times, adverbs. */
const CLAUSE_REST_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'ADV', 'PART'])

/** True when token `t` is a subject pronoun followed by its verb (an auxiliary or two before it): "he | beat", "she had | beaten". Pure. */
function opensContactClause(text: string, seg: Segmentation, t: number): boolean {
  if (!SUBJECT_PRONOUN.test(tokenText(text, seg, t)) || posOf(seg, t) !== 'PRON') return false
  let verb = t + 1
  while (verb < seg.starts.length && verb - t <= 2 && posOf(seg, verb) === 'AUX') verb++
  return verb < seg.starts.length && posOf(seg, verb) === 'VERB'
}

/** Relative pronouns that open a clause on the noun right before them, with no comma: "The man | who filmed it". */
const RESTRICTIVE_RELATIVE = /^(?:who|that|which)$/iu
/** Words opening a clause of time, on a participle too ("injured | when …", "evacuated | after …"). */
const TIME_WORDS = 'when|after|before|as|while'
/** Words that open a clause of their own, whatever their tag: "grew quickly | as | some critics called". */
const SUBORDINATOR = new RegExp(`^(?:${TIME_WORDS}|whenever|because|since|although|though|whereas|until|unless|if|once)$`, 'iu')
/** Pronouns a clause's verb may take as its object or possessor: "who filmed | it", "who saw it from | her window". */
const OBJECT_PRONOUN = /^(?:it|you|me|him|her|us|them|its|his|their|our|my|your)$/iu
/** Pronouns that can only be an object (or, "her", a possessor), never a clause's subject. */
const OBJECT_CASE = /^(?:me|him|her|us|them)$/iu

/** True when token `t` is a relative pronoun opening a clause on the noun before it: "The man | who", "The club | that". Pure. */
function isRelativePronoun(text: string, seg: Segmentation, t: number): boolean {
  return RESTRICTIVE_RELATIVE.test(tokenText(text, seg, t)) && posOf(seg, t) === 'PRON'
}

/** Tags of a relative clause's own subject between its pronoun and its verb: "that | Ana Ruiz | runs". */
const CLAUSE_SUBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'])

/**
 * The verb of a clause opening at token `t` that describes the noun before it, or undefined: a
 * subject pronoun and its verb ("The boxer | he beat"), a relative pronoun and its verb ("The man |
 * who filmed"), with the clause's own subject between ("The club | that Ana Ruiz runs"), or a
 * participle ("A woman | living", "A driver | stuck"). Pure.
 */
function describingClauseVerb(text: string, seg: Segmentation, t: number): number | undefined {
  const relative = isRelativePronoun(text, seg, t)
  if (!relative && !opensContactClause(text, seg, t)) return isParticiple(text, seg, t) ? t : undefined
  let verb = t + 1
  if (relative) while (verb < seg.starts.length && verb - t <= 4 && CLAUSE_SUBJECT_TAGS.has(posOf(seg, verb))) verb++
  while (verb < seg.starts.length && posOf(seg, verb) === 'AUX') verb++
  return verb < seg.starts.length && posOf(seg, verb) === 'VERB' ? verb : undefined
}

/** True when token `head` is a plural noun: its lemma differs ("residents", "men"), or it names people ("people", "police"). Pure. */
function isPluralHead(text: string, seg: Segmentation, head: number): boolean {
  const word = tokenText(text, seg, head).toLowerCase()
  return seg.lemmas[head] !== word || isPeopleNoun(word)
}

/**
 * "The candidate he beat in 2011 | said", "The man who filmed it | says", "A woman living near the
 * river | said": a noun phrase opening the sentence and a clause describing it (`describingClauseVerb`)
 * that runs up to the finite cue at token `cue` are the cue's subject. The clause's verb may take an
 * object, prepositions, a time or adverbs, no punctuation, other verb or word opening a clause ("as"); a passive participle takes no
 * object ("The mayor wanted | reporters"). The tagger reads the clause's last noun ("2011", "the
 * river") as the source, or none. Not a bare verb after a singular noun, the infinitive of the
 * clause's object ("The man who heard Ruiz | say"). The span, or undefined. Pure.
 */
export function relativeClauseSubject(text: string, seg: Segmentation, cue: number, sentenceStart: number): Span | undefined {
  let first = firstTokenAtOrAfter(seg, sentenceStart)
  while (first < cue && /^\s*$/u.test(tokenText(text, seg, first))) first++
  let opener = pastHeadPhrase(seg, first, cue)
  // "Families | of passengers | injured …": an "of" phrase completes the head noun.
  if (opener > first && /^of$/iu.test(tokenText(text, seg, opener)) && pastHeadPhrase(seg, opener + 1, cue) > opener + 1) opener = pastHeadPhrase(seg, opener + 1, cue)
  if (opener === first || !['NOUN', 'PROPN'].includes(posOf(seg, opener - 1)) || opener >= cue) return undefined
  const verb = describingClauseVerb(text, seg, opener)
  // "Last year he | said": the clause's verb is the cue itself, no clause of its own.
  if (verb === undefined || verb >= cue) return undefined
  const cueWord = tokenText(text, seg, cue).toLowerCase()
  if (!['VERB', 'AUX'].includes(posOf(seg, cue)) || /ing$/u.test(cueWord) || /^to$/iu.test(tokenText(text, seg, cue - 1))) return undefined
  if (posOf(seg, cue) === 'VERB' && seg.lemmas[cue] === cueWord && !isPluralHead(text, seg, opener - 1)) return undefined
  const passive = verb === opener && !/ing$/u.test(tokenText(text, seg, verb))
  if (passive && OBJECT_TAGS.has(posOf(seg, verb + 1)) && !TIME_AFTER_PARTICIPLE.test(text.slice(seg.ends[verb], seg.starts[cue]))) return undefined
  // "injured | when a jet skidded off the runway on Tuesday": a passive participle may take a clause of time right after it, with its own subject and verb.
  let from = verb + 1
  if (passive && TIME_SUBORDINATOR.test(tokenText(text, seg, from))) {
    const clauseVerb = subjectThenVerb(seg, from + 1, cue)
    if (clauseVerb === undefined) return undefined
    from = clauseVerb + 1
  }
  for (let t = from; t < cue; t++) {
    // "grew quickly | as | some critics called" opens a clause; "looked | after | her said" has only an object after the preposition.
    if (SUBORDINATOR.test(tokenText(text, seg, t)) && !(t + 2 === cue && OBJECT_CASE.test(tokenText(text, seg, t + 1)))) return undefined
    if (!CLAUSE_REST_TAGS.has(posOf(seg, t)) && !(posOf(seg, t) === 'PRON' && OBJECT_PRONOUN.test(tokenText(text, seg, t)))) return undefined
  }
  return { start: seg.starts[first]!, end: seg.ends[cue - 1]! }
}

/** Where the noun phrase of a head ends: the first token from `first` before `end` that is no determiner, adjective, noun or number. Pure. */
function pastHeadPhrase(seg: Segmentation, first: number, end: number): number {
  let t = first
  while (t < end && HEAD_PHRASE_TAGS.has(posOf(seg, t))) t++
  return t
}

/** A word opening a clause of time (`TIME_WORDS`). */
const TIME_SUBORDINATOR = new RegExp(`^(?:${TIME_WORDS})$`, 'iu')
/** Tokens at most of the subject of a clause of time ("a Skyvale Airways jet"). */
const TIME_CLAUSE_SUBJECT_TOKENS = 6

/** The verb of a clause from token `first` that opens with its subject (a noun phrase of a few tokens, then auxiliaries), before token `end`; else undefined. Pure. */
function subjectThenVerb(seg: Segmentation, first: number, end: number): number | undefined {
  let t = first
  while (t < end && t - first < TIME_CLAUSE_SUBJECT_TOKENS && CLAUSE_SUBJECT_TAGS.has(posOf(seg, t))) t++
  if (t === first) return undefined
  while (t < end && posOf(seg, t) === 'AUX') t++
  return t < end && posOf(seg, t) === 'VERB' ? t : undefined
}

/** The noun phrase `source` starts with when a relative pronoun right after it opens a clause: "The nurse | that treated Ana Ruiz"; else undefined. Pure. */
export function headBeforeRelative(text: string, seg: Segmentation, source: Span): Span | undefined {
  const first = firstTokenAtOrAfter(seg, source.start)
  let t = first
  while (t < seg.starts.length && seg.ends[t]! <= source.end && HEAD_PHRASE_TAGS.has(posOf(seg, t))) t++
  return t > first && t < seg.starts.length && seg.ends[t]! <= source.end && isRelativePronoun(text, seg, t) ? { start: seg.starts[first]!, end: seg.ends[t - 1]! } : undefined
}

/** `source` as the subject a clause describes (`relativeClauseSubject`) when it lies inside that subject before the cue at `cueStart`. Pure. */
export function throughRelativeClause(text: string, seg: Segmentation, source: Span, cueStart: number, sentenceStart: number): Span {
  if (source.end > cueStart) return source
  const subject = relativeClauseSubject(text, seg, firstTokenAtOrAfter(seg, cueStart), sentenceStart)
  return subject && subject.start <= source.start && source.end <= subject.end ? subject : source
}

/** Possessive determiners: "Her | rival", "their | lawyer". */
const POSSESSIVE_DETERMINER = /^(?:my|your|his|her|its|our|their)$/iu
/** Tags of the words after a possessive up to the noun it owns ("her | new | rival"; "rival" may be read as an adjective). */
const POSSESSED_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM'])
/** What a possessor issues or runs and speaks through ("her statement", "his office"): the possessor stays the speaker. */
const ISSUED_BY_POSSESSOR: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS, 'speech', 'remark', 'comment', 'interview', 'testimony', 'office', 'campaign'])

/**
 * "Her | rival conceded defeat, saying …": a possessive determiner the tagger read alone as the
 * source owns the words after it up to their verb, one noun phrase, which is the source; a cue
 * that opens with those words starts at the verb ("rival conceded" → "conceded"). Not when no verb
 * follows: before a noun cue the possessive is its speaker ("his | warning that"), and before what it
 * issues or speaks through ("her | statement Monday said", "his | office confirmed"). So does a
 * source cut before its noun, ending in a determiner, an adjective or "'s" ("The radical |
 * opposition once again refused"), adverbs before the verb left to the cue. Pure.
 */
export function withPossessed(text: string, seg: Segmentation, source: Span, cue: Span): { source: Span; cue: Span } {
  const first = firstTokenAtOrAfter(seg, source.start)
  let last = Math.max(first, firstTokenAtOrAfter(seg, source.end) - 1)
  const unchanged = { source, cue }
  if (seg.starts[first] !== source.start || seg.ends[last] !== source.end) return unchanged
  // "Georgia | 's opposition rejected": a name cut before its possessive marker is cut before its noun.
  if (last + 1 < seg.starts.length && /^['’]s$/u.test(tokenText(text, seg, last + 1))) last++
  const possessive = first === last && POSSESSIVE_DETERMINER.test(tokenText(text, seg, first))
  // "The radical | opposition once again refused", "Georgia's | opposition rejected": a phrase cut before its noun, as a possessive is.
  const cut = ['DET', 'ADJ'].includes(posOf(seg, last)) || /^['’]s$/u.test(tokenText(text, seg, last))
  if (!possessive && !(cut && ['NOUN', 'PROPN'].includes(posOf(seg, last + 1)))) return unchanged
  let end = last + 1
  while (end < seg.starts.length && POSSESSED_TAGS.has(posOf(seg, end))) end++
  let verb = end
  while (verb < seg.starts.length && posOf(seg, verb) === 'ADV') verb++
  if (end === last + 1 || verb >= seg.starts.length || !['VERB', 'AUX'].includes(posOf(seg, verb))) return unchanged
  // The head is the last common noun: a day may follow it ("her statement | Monday said").
  let head = end - 1
  while (head > last + 1 && posOf(seg, head) !== 'NOUN') head--
  if (possessive && ISSUED_BY_POSSESSOR.has(seg.lemmas[head] ?? '')) return unchanged
  const owned = { start: source.start, end: seg.ends[end - 1]! }
  if (cue.start >= owned.end) return { source: owned, cue }
  // The cue took the noun: it keeps its verb and what follows.
  return cue.start >= source.end && cue.end > seg.starts[verb]! ? { source: owned, cue: { start: seg.starts[verb]!, end: cue.end } } : unchanged
}

/** A comma and a word that join a clause: ", and", ", but", ", while". */
const CLAUSE_JOINT = /,\s*(?:and|but|while|whereas|although|though|yet|so)\s+/gu

/**
 * "…, according to Ann Lee, a spokeswoman for the group | , and talks will end": a source after its
 * cue ends before a clause joined to the sentence after it (a joint, then a subject, then its verb);
 * a list of names with no verb ("Lee, Ruiz, and Tan") stays whole. Pure.
 */
export function beforeJoinedClause(text: string, seg: Segmentation, source: Span): Span {
  for (const joint of text.slice(source.start, source.end).matchAll(CLAUSE_JOINT)) {
    const first = firstTokenAtOrAfter(seg, source.start + joint.index + joint[0].length)
    let verb = first
    if (PERSONAL_PRONOUN.test(tokenText(text, seg, verb))) verb++
    else while (verb < seg.starts.length && seg.starts[verb]! < source.end && HEAD_PHRASE_TAGS.has(posOf(seg, verb))) verb++
    if (verb > first && verb < seg.starts.length && seg.starts[verb]! < source.end && ['VERB', 'AUX'].includes(posOf(seg, verb))) return { start: source.start, end: source.start + joint.index }
  }
  return source
}

/** Words that join two noun phrases of one subject. */
const CONJUNCTION = /^(?:and|or|&)$/iu
/** Tags of the words of a noun phrase a conjunct may be made of. */
const CONJUNCT_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])

/**
 * "Paradis and | Bennett didn't know", "Celebrities Ann Lee, | Bo Ruiz and Cy Tan went on": a
 * source that starts after "and" whose other conjuncts open its sentence starts with them, a
 * subject of several. Only noun phrase words and commas before it; not a pronoun ("…, and | he
 * said" joins two clauses). Pure.
 */
export function withConjuncts(text: string, seg: Segmentation, source: Span, sentenceStart: number): Span {
  const first = firstTokenAtOrAfter(seg, source.start)
  if (first < 2 || seg.starts[first] !== source.start || !CONJUNCTION.test(tokenText(text, seg, first - 1)) || PERSONAL_PRONOUN.test(tokenText(text, seg, first))) return source
  let t = first - 2
  while (t >= 0 && seg.starts[t]! >= sentenceStart && (CONJUNCT_TAGS.has(posOf(seg, t)) || /^[,.'’-]$/u.test(tokenText(text, seg, t)))) t--
  const opening = t + 1
  // The conjuncts open the sentence, its line or a quotation.
  const opens = t < 0 || seg.starts[t]! < sentenceStart || /^(?:\s+|["“”‘’—–:;(])$/u.test(tokenText(text, seg, t))
  if (opening > first - 2 || !opens || tokenText(text, seg, opening) === ',') return source
  return { start: seg.starts[opening]!, end: source.end }
}

/** Words that join a pronoun to what comes before it in one subject: "he or she", "Clinton and I". */
const JOINING = /^(?:or|and|nor)$/iu
/** Tags of a word that may end a headline or a noun phrase before another one opens. */
const PHRASE_END_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM'])

/**
 * A source that runs into a new clause's subject starts there: "the president | she" and "…,
 * and | she" end in a subject pronoun (not a verb's or preposition's object), "OLYMPIC BAN LIFTED | The committee" and "the number of
 * people | The Post" open a new noun phrase with a capitalised "The" after a noun. Pure.
 */
export function fromLastSubject(text: string, seg: Segmentation, source: Span): Span {
  const first = firstTokenAtOrAfter(seg, source.start)
  let last = first
  while (last + 1 < seg.starts.length && seg.ends[last + 1]! <= source.end) last++
  // After a verb or a preposition the pronoun is its object: "The man who filmed | it".
  const objectOf = ['VERB', 'ADP'].includes(posOf(seg, last - 1))
  if (last > first && seg.ends[last] === source.end && SUBJECT_PRONOUN.test(tokenText(text, seg, last)) && !JOINING.test(tokenText(text, seg, last - 1)) && !objectOf) {
    return { start: seg.starts[last]!, end: source.end }
  }
  for (let t = first + 1; t <= last; t++) {
    if (tokenText(text, seg, t) === 'The' && PHRASE_END_TAGS.has(posOf(seg, t - 1))) return { start: seg.starts[t]!, end: source.end }
  }
  return source
}

/** The relative pronoun of a clause a source stopped at: "Sen. Ann Lee | , who". */
const DANGLING_RELATIVE = /,\s*(?:who|which)$/u

/**
 * `source` without a relative pronoun it ends in, unless the cue follows it at once: in "Lee, who
 * has pushed for …" (or "who’s pushed") the pronoun is the cue's own subject; in "Lee, who | chairs
 * the panel, said" and "said Lee, who | chairs the panel" it opens a clause the source left. Pure.
 */
export function withoutDanglingRelative(text: string, source: Span, cueStart: number): Span {
  const relative = DANGLING_RELATIVE.exec(text.slice(source.start, source.end))
  const cueFollows = cueStart >= source.end && /^['’\s]*$/u.test(text.slice(source.end, cueStart))
  return relative && relative.index > 0 && !cueFollows ? { start: source.start, end: source.start + relative.index } : source
}

/** A relative clause set off by commas and closed before the cue: ", who had gathered outside the court, ". */
const CLOSED_RELATIVE_AFTER = /^\s[^,;:.!?"“”()]{1,120},\s*$/u
/** Tags of the subject a closed relative clause describes: its noun phrase, "of" or "in" phrases and participles ("Families of the passengers killed in the crash"). */
const DESCRIBED_SUBJECT_TAGS: ReadonlySet<string> = new Set([...HEAD_PHRASE_TAGS, 'ADP', 'VERB'])

/**
 * "Families of the passengers killed in the crash, who | had gathered outside the court, accused": a relative pronoun the
 * tagger read as the source, whose clause closes with a comma before the cue, is no subject of the cue; the noun phrase
 * opening the sentence before it is, as in "Lee, who chairs the panel, said". That phrase holds no comma nor auxiliary and
 * opens with a noun or its determiner. Pure.
 */
export function beforeClosedRelative(text: string, seg: Segmentation, source: Span, cueStart: number, sentenceStart: number): Span {
  if (!/^(?:who|which)$/iu.test(text.slice(source.start, source.end)) || !CLOSED_RELATIVE_AFTER.test(text.slice(source.end, cueStart))) return source
  const comma = /,\s*$/u.exec(text.slice(sentenceStart, source.start))
  if (!comma) return source
  const end = sentenceStart + comma.index
  const first = firstTokenAtOrAfter(seg, sentenceStart)
  if (!['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(posOf(seg, first))) return source
  for (let t = first; t < seg.starts.length && seg.ends[t]! <= end; t++) {
    if (!DESCRIBED_SUBJECT_TAGS.has(posOf(seg, t))) return source
  }
  return { start: seg.starts[first]!, end }
}

/** A relative pronoun opening a source that goes on: "(the blast,) which | local officials say killed seven". */
const OPENING_RELATIVE = /^(?:which|whom)\s+(?=\S)/iu
/** "that" opening a source of plural people is a relative pronoun ("the figure that | officials gave"), not the demonstrative of "that official said". */
const OPENING_THAT = /^that\s+(?=(?:\S+\s+){0,3}\S+s$)/iu

/**
 * `source` without a relative pronoun it opens with when a noun phrase follows: in "the blast, which
 * local officials say killed seven people" the pronoun is the reported clause's subject, and the
 * officials speak. Pure.
 */
export function withoutOpeningRelative(text: string, source: Span): Span {
  const words = text.slice(source.start, source.end)
  const relative = OPENING_RELATIVE.exec(words) ?? (isPeopleNoun(/\S+$/u.exec(words)?.[0]?.toLowerCase() ?? '') ? OPENING_THAT.exec(words) : null)
  return relative ? { start: source.start + relative[0].length, end: source.end } : source
}

/** Determiners of a noun a clause with no relative pronoun may describe: "a move | business groups warned would …". */
const ANTECEDENT_DETERMINER = /^(?:a|an|the|this)$/iu

/**
 * `source` without the noun it opens with when a clause with no relative pronoun describes that
 * noun: in "in a move business groups warned would tip …" and "a decision analysts said would
 * weaken …" the content, right after the cue, opens with an inflected verb or an auxiliary and so
 * has no subject of its own: the noun ("a move") is its subject, and the people after it
 * ("business groups", "the ministry": a plural, a name or a phrase of its own determiner) speak. Pure.
 */
export function withoutContactAntecedent(text: string, seg: Segmentation, source: Span, cue: Span, content: Span): Span {
  if (!/^\s*$/u.test(text.slice(cue.end, content.start))) return source
  const first = firstTokenAtOrAfter(seg, source.start)
  let noun = first + 1
  while (posOf(seg, noun) === 'ADJ') noun++
  let last = noun
  while (last + 1 < seg.starts.length && seg.ends[last + 1]! <= source.end) last++
  const speakers = noun + 1
  if (!ANTECEDENT_DETERMINER.test(tokenText(text, seg, first)) || posOf(seg, noun) !== 'NOUN' || isPluralHead(text, seg, noun) || speakers > last) return source
  for (let t = speakers; t <= last; t++) if (!HEAD_PHRASE_TAGS.has(posOf(seg, t))) return source
  if (posOf(seg, last) !== 'PROPN' && !isPluralHead(text, seg, last) && posOf(seg, speakers) !== 'DET') return source
  const opener = firstTokenAtOrAfter(seg, content.start)
  const word = tokenText(text, seg, opener).toLowerCase()
  const finite = posOf(seg, opener) === 'AUX' || (posOf(seg, opener) === 'VERB' && seg.lemmas[opener] !== word && !/ing$/u.test(word))
  return finite ? { start: seg.starts[speakers]!, end: source.end } : source
}

