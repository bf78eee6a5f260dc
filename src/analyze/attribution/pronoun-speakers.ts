/**
 * @module analyze/attribution/pronoun-speakers — who a "he" or "she" source is. The mentions stage
 * reads a pronoun as the person last named, but news quotes a witness, a spokesman or a resident
 * and goes on with "she said": `A woman from the town said she had been asleep. "I woke up on the
 * floor," she said.` is the woman speaking twice, not the minister named a sentence before. So a
 * "he" or "she" reporting right after one person reported goes on in that person's voice, whether
 * they were named or only described ("a woman", "one man", "the man", "a ministry spokesman"), when the
 * gender agrees; the mentions' reading stays where its person was named again since.
 */
import type { Actor, Attribution, Mention } from '../../model/schema.js'
import { contains, type Span } from '../../model/span.js'
import { firstNameGender } from '../../knowledge/first-names.js'
import { firstMentionAtOrAfter, firstTokenAtOrAfter, type Segmentation } from '../layers.js'
import { inQuotation, sentenceAt } from '../segment/segment.js'
import { BELIEF_VERBS, DOCUMENT_NOUNS, SPEECH_VERBS } from './cues.js'
import { nameGender } from '../mentions/mentions.js'

type Gender = 'f' | 'm'

/** Nouns for a person of one gender. */
const GENDERED_NOUNS: ReadonlyMap<string, Gender> = new Map([
  ...['woman', 'spokeswoman', 'chairwoman', 'businesswoman', 'congresswoman', 'policewoman', 'mother', 'mum', 'mom', 'wife', 'daughter',
    'sister', 'grandmother', 'girl', 'widow', 'aunt', 'niece', 'girlfriend', 'actress', 'waitress'].map((w) => [w, 'f'] as const),
  ...['man', 'spokesman', 'chairman', 'businessman', 'congressman', 'policeman', 'father', 'dad', 'husband', 'son', 'brother',
    'grandfather', 'boy', 'widower', 'uncle', 'nephew', 'boyfriend'].map((w) => [w, 'm'] as const),
])
/** A noun for one person by its ending ("a senior official", "a resident", "a witness"). */
const PERSON_ENDING = /(?:er|or|ist|ian|ant|ent|ee|man|woman|person|official|aide|diplomat|source|witness|relative|friend|veteran|neighbou?r|colleague|insider)$/u
/** Nouns for one person that no ending shows. */
const PERSON_WORDS = new Set(['nurse', 'victim', 'pilot', 'chief', 'judge', 'candidate', 'mp', 'citizen', 'analyst', 'detective', 'expert', 'motorist', 'tourist',
  'sheriff', 'marshal', 'medic', 'paramedic', 'surgeon', 'witness', 'coach', 'captain', 'pastor', 'priest', 'cleric', 'diplomat', 'principal'])
/** Nouns with a person's ending that name a body, a thing or an event ("the regulator", "a newspaper", "the incident"); no "-ment" names a person. */
const NOT_PEOPLE = new Set(['regulator', 'watchdog', 'retailer', 'carrier', 'lender', 'insurer', 'manufacturer', 'maker', 'operator', 'broadcaster', 'provider',
  'supplier', 'newspaper', 'paper', 'letter', 'number', 'order', 'center', 'chamber', 'computer', 'tower', 'sector', 'factor', 'monitor', 'register', 'border',
  'shelter', 'quarter', 'matter', 'disaster', 'water', 'power', 'poster', 'error', 'corridor', 'committee', 'event', 'incident', 'accident', 'percent',
  'content', 'extent', 'restaurant', 'plant', 'grant'])

/** Whether a lower-case singular noun names one person ("woman", "spokesman", "resident"), not a body, a thing or a document. Pure. */
export function isPersonNoun(noun: string): boolean {
  if (GENDERED_NOUNS.has(noun) || PERSON_WORDS.has(noun)) return true
  return PERSON_ENDING.test(noun) && !noun.endsWith('ment') && !NOT_PEOPLE.has(noun) && !DOCUMENT_NOUNS.has(noun)
}

/** Plural nouns for people ("families", "residents", "officials"). Pure. */
export function isPeopleNoun(noun: string): boolean {
  return PEOPLE_PLURALS.has(noun) || (noun.endsWith('s') && isPersonNoun(noun.slice(0, -1))) || (/(?:ss|sh|ch)es$/u.test(noun) && isPersonNoun(noun.slice(0, -2)))
}
const PEOPLE_PLURALS = new Set(['people', 'men', 'women', 'children', 'families', 'villagers', 'spokesmen', 'spokeswomen', 'police'])

/** A pronoun source, also the possessive before a noun cue ("his warning that …"), and its gender. */
const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'm', she: 'f', his: 'm', her: 'f' }
/** True when a pronoun ("she", "his") is of the other gender than the one `actor`'s first name or noun shows ("she" for David Cameron, for a spokesman). Pure. */
export function contradictsGender(pronoun: string, actor: Actor | undefined): boolean {
  const gender = PRONOUN_GENDER[pronoun.toLowerCase()]
  // "A spokesman said … She said": the noun of someone unnamed shows their gender too.
  const named = actor?.kind === 'person' ? nameGender(actor) : actor?.kind === 'unnamed' ? GENDERED_NOUNS.get(nameHead(actor)) : undefined
  return gender !== undefined && named !== undefined && named !== gender
}
/** The last word of an actor's name in lower case, its head noun when the actor is unnamed ("spokesman" of "a ministry spokesman"). Pure. */
export const nameHead = (actor: Actor): string => actor.name.toLowerCase().split(/\s+/u).pop() ?? ''
/** Pronouns in a speaker's own aside that show their gender ("One man, who gave his name …"). */
const ASIDE_PRONOUNS = /\b(?:(he|his|him|himself)|(she|her|hers|herself))\b/giu
/** Where a source's head noun phrase ends: "a woman from the town", "one man, who …". */
const HEAD_END = /\s*(?:[,(—–]|\b(?:who|which|that|whose|with|from|in|at|of|for|on)\b)/iu
/** An article or number that introduces someone new: "a woman", "one man", "another resident". */
const INDEFINITE = /^(?:an?|one|another)\s/iu
/** Nouns that say only that someone is a person, of what sex or age: "the man" is someone unnamed, no epithet for someone named. */
const PLAIN_PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'teenager'])
/** A title that shows a person's gender ("Ms. Epstein", "Mr Ross"). */
const GENDERED_TITLE = /\b(Mr|Mrs|Ms|Miss)\b\.?\s+\p{Lu}/u
const TITLE_GENDER: Readonly<Record<string, Gender>> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f' }
/** Characters between one report and a pronoun source that goes on in its voice. */
const REACH = 400
/** Cues whose speaker asks: a "he" replying is the one asked. */
const ASKING = /\b(?:ask|asks|asked|asking)\b/iu

/** One person who just reported: the speaker, their gender when shown, and the parts of the report. */
interface Voice {
  readonly speaker: string
  readonly gender: Gender | undefined
  readonly report: Attribution
  /** What was said, with the quotations that resume it. */
  readonly said: Span
  readonly end: number
  /**
   * Whether a "he" or "she" goes on in this voice even where the mentions stage read it as
   * someone named before: a verb of speech or thought reports it, not a misread cue ("would make",
   * "several of"), and a name or description is its source, not a pronoun the mentions stage read.
   */
  readonly strong: boolean
  /** Whether the gender is only the first-name list's guess (no title, noun or aside shows it). */
  readonly guessed?: boolean
}

/**
 * The attributions with each "he" or "she" source that goes on in the voice of the one person who
 * reported just before (see the module comment), and the quotations continuing that pronoun's
 * report moved with it. Pure; one pass over the attributions in order, each comparison a binary
 * search and a scan of the mentions between two reports.
 */
export function pronounsGoOn(text: string, seg: Segmentation, found: readonly Attribution[], actorOf: (id: string) => Actor | undefined, mentions: readonly Mention[], unknown: string): Attribution[] {
  const out: Attribution[] = []
  let last: Voice | undefined
  // The last pronoun report moved to another speaker: its continuations follow it.
  let moved: { readonly from: string; readonly to: string; readonly report: Attribution } | undefined
  for (const report of found) {
    let a = report
    if (!a.source || a.continues) {
      if (moved && a.speaker === moved.from && (!a.source || sameSpan(a.source, moved.report.source))) a = { ...a, speaker: moved.to }
      // A quotation resuming the last report is part of what was said.
      if (last && a.speaker === last.speaker && a.content.start >= last.report.content.start) last = { ...last, said: { start: last.said.start, end: Math.max(last.said.end, a.content.end) }, end: Math.max(last.end, a.content.end) }
      out.push(a)
      continue
    }
    moved = undefined
    const pronoun = PRONOUN_GENDER[text.slice(a.source.start, a.source.end).toLowerCase()]
    // "He said, 'No progress'" inside someone's quotation is theirs to read, not the article's turn.
    if (pronoun && inQuotation(seg, a.source)) {
      out.push(a)
      continue
    }
    // A report by someone else in the sentence the last one's words end in ("Pop said Marin told
    // her …", "…, a watchdog first reported") is no turn of its own.
    if (!pronoun && last && a.speaker !== last.speaker && a.source.start < sentenceEnd(seg, Math.max(last.report.content.end, last.report.cue.end) - 1)) {
      out.push(a)
      continue
    }
    if (!pronoun) {
      last = oneVoice(text, seg, a, actorOf(a.speaker), unknown)
      out.push(a)
      continue
    }
    const goes = last !== undefined && a.speaker !== last.speaker && goesOn(text, seg, mentions, a, last, pronoun)
    if (goes) {
      moved = { from: a.speaker, to: last!.speaker, report: a }
      a = { ...a, speaker: last!.speaker }
    }
    // A pronoun report goes on in a strong voice only where it was moved to it or already was that voice's.
    const strong = (goes || a.speaker === last?.speaker) && last!.strong
    if (a.speaker === unknown) last = undefined
    else {
      const spoken = voice(seg, a, pronoun)
      last = { ...spoken, strong: strong && spoken.strong }
    }
    out.push(a)
  }
  return out
}

/** Where the sentence holding `offset` ends. */
function sentenceEnd(seg: Segmentation, offset: number): number {
  return seg.sentences[sentenceAt(seg, offset)]?.end ?? offset
}

const sameSpan = (a: Span, b: Span | undefined): boolean => b !== undefined && a.start === b.start && a.end === b.end
const reportStart = (a: Attribution): number => Math.min(a.source?.start ?? Infinity, a.cue.start, a.content.start)
const voice = (seg: Segmentation, a: Attribution, gender: Gender | undefined): Voice => ({ speaker: a.speaker, gender, report: a, said: a.content, end: Math.max(a.content.end, a.cue.end, a.source?.end ?? 0), strong: isSpeech(seg, a) })

/**
 * Whether the pronoun source of `a` goes on in `last`'s voice: close after that report, of the
 * same gender where both are known, not a reply to a question, and the person the mentions stage
 * read it as not named since that report began, outside what was said ("a reporter asked
 * Sanders … He replied"; "Then Garcia left. "…," she said").
 */
function goesOn(text: string, seg: Segmentation, mentions: readonly Mention[], a: Attribution, last: Voice, pronoun: Gender): boolean {
  const start = reportStart(a)
  if (last.end > a.source!.start || start - last.end > REACH || ((last.gender ?? pronoun) !== pronoun && !quotedNext(text, seg, mentions, a, last))) return false
  if (ASKING.test(text.slice(last.report.cue.start, last.report.cue.end))) return false
  const source = last.report.source
  // The head of the last source, before an apposition or a clause: "Senator Hale's aide Tom Reed", not "…, a Hale supporter".
  const head = source && { start: source.start, end: source.start + text.slice(source.start, source.end).split(HEAD_END)[0]!.length }
  let namedInReport = false
  for (let k = firstMentionAtOrAfter(mentions, reportStart(last.report)); k < mentions.length && mentions[k]!.span.start < start; k++) {
    const m = mentions[k]!
    if (m.actor !== a.speaker || m.how === 'pronoun') continue
    // "Marsden's lawyer Priya Nandakumar": a possessor before the last speaker's own name in the head modifies it; the lawyer spoke.
    if (head && contains(head, m.span) && isPossessorOf(text, mentions, m, head, last.speaker)) continue
    // Named in the head of the last source too ("Senator Hale's aide Tom Reed", whom the speaker may be misread as), or since the report: the mentions' reading stands.
    if ((head && contains(head, m.span)) || m.span.end > last.said.end) return false
    namedInReport = true
  }
  // The mentions stage read the pronoun as someone named in what was just said or in an aside
  // ("Cruz is highlighting his win over Trump as he urges …"): the speaker goes on, whatever the
  // cue. Other readings give way only to a strong voice: someone described or named who reported
  // in a verb of speech, not a misread cue ("Sanders would make …") or the mentions' own "he".
  return namedInReport || last.strong
}

/** A word in lower case. */
const LOWER_WORD = /\b\p{Ll}+\b/gu

/**
 * 'Minister Dilan Kaya said X. "…," she told reporters': a quotation the pronoun reports in the very next sentence, that the
 * mentions stage gave no one, goes on in the last voice though the first-name list guessed the other gender, when no one else
 * is mentioned and no noun of a gender stands since that report began ("David Cameron defended … She said" stays unknown). Pure.
 */
function quotedNext(text: string, seg: Segmentation, mentions: readonly Mention[], a: Attribution, last: Voice): boolean {
  if (!last.guessed || a.kind !== 'direct' || sentenceAt(seg, a.source!.start) !== sentenceAt(seg, last.end - 1) + 1) return false
  const start = reportStart(last.report)
  for (let k = firstMentionAtOrAfter(mentions, start); k < mentions.length && mentions[k]!.span.start < a.source!.start; k++) if (mentions[k]!.actor !== last.speaker) return false
  return ![...text.slice(start, a.source!.start).matchAll(LOWER_WORD)].some((w) => GENDERED_NOUNS.has(w[0]))
}

/** A possessive ending ("Marsden's", "Jones'"). */
const POSSESSIVE = /^['’](?:s\b|\s)/u

/** Whether mention `m` is a possessor ("Marsden's") followed, within `head`, by a mention of `speaker` by name. Pure; scans the mentions of the head. */
function isPossessorOf(text: string, mentions: readonly Mention[], m: Mention, head: Span, speaker: string): boolean {
  if (!POSSESSIVE.test(text.slice(m.span.end, m.span.end + 2))) return false
  for (let k = firstMentionAtOrAfter(mentions, m.span.end); k < mentions.length && mentions[k]!.span.start < head.end; k++) {
    const later = mentions[k]!
    if (later.actor === speaker && later.how !== 'pronoun' && contains(head, later.span)) return true
  }
  return false
}

/**
 * The voice of a report by one person: a person actor, or a source whose head noun is a person's
 * ("a woman from the town", "an agency spokesman" whose agency speaks) or that ends in a first name
 * and surname the mentions stage did not read as a person's. Undefined for places, groups, bodies
 * and plurals. The gender comes from the first name, the noun, or the speaker's own aside.
 */
function oneVoice(text: string, seg: Segmentation, a: Attribution, actor: Actor | undefined, unknown: string): Voice | undefined {
  if (a.speaker === unknown || !actor || actor.kind === 'place' || actor.kind === 'group') return undefined
  const source = text.slice(a.source!.start, a.source!.end)
  const words = source.split(HEAD_END)[0]!.trim().split(/\s+/u)
  const head = words[words.length - 1] ?? ''
  const noun = head.toLowerCase()
  const capitalised = /^\p{Lu}/u.test(head)
  // A name or a noun for one person heads the source; not "Trump supporters", "the agency".
  if (!(capitalised || isPersonNoun(noun) || (actor.kind === 'person' && noun === 'who'))) return undefined
  const named = capitalised && words.length >= 2 ? firstNameGender(words[words.length - 2]!) : undefined
  if (actor.kind !== 'person' && capitalised && !named) return undefined
  // "The Florida senator", "the actress": a description no name was found for is mostly an epithet for someone named, whom the mentions stage reads the pronoun as;
  // "the man", "the woman who runs the bakery" are no epithets: news calls someone named by their role, not by their sex.
  if (actor.kind === 'unnamed' && !INDEFINITE.test(source) && !PLAIN_PERSON_NOUNS.has(noun)) return undefined
  const aside = a.source!.end <= a.cue.start ? asideGender(text.slice(a.source!.start, a.cue.start)) : undefined
  const person = actor.kind === 'person' ? nameGender(actor) : undefined
  const title = GENDERED_TITLE.exec(source)
  const titled = title ? TITLE_GENDER[title[1]!.toLowerCase()] : undefined
  const described = GENDERED_NOUNS.get(noun) ?? aside
  return { ...voice(seg, a, titled ?? person ?? named ?? described), guessed: (titled ?? described) === undefined && (person ?? named) !== undefined }
}

/** Whether a report is speech or thought ("said", "according to", "told"): a misread cue ("would make", "several of") is nobody's turn. */
function isSpeech(seg: Segmentation, a: Attribution): boolean {
  if (a.kind === 'according-to') return true
  for (let t = firstTokenAtOrAfter(seg, a.cue.start); t < seg.starts.length && seg.starts[t]! < a.cue.end; t++) {
    const lemma = seg.lemmas[t] ?? ''
    if (SPEECH_VERBS.has(lemma) || BELIEF_VERBS.has(lemma)) return true
  }
  return false
}


/** The gender the personal pronouns of a text agree on, if any. */
function asideGender(aside: string): Gender | undefined {
  let gender: Gender | undefined
  for (const m of aside.matchAll(ASIDE_PRONOUNS)) {
    const g: Gender = m[1] ? 'm' : 'f'
    if (gender && gender !== g) return undefined
    gender = g
  }
  return gender
}
