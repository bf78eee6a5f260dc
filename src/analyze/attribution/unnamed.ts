/**
 * @module analyze/attribution/unnamed — speakers that are no named actor: "Republicans say",
 * "party leaders, who said", "the poll found". The mentions stage links names, pronouns and known
 * descriptions; a source it left unlinked is still someone. Such a source becomes an actor named
 * by its noun phrase, one actor per phrase: unnamed in lower case ("voters", "party leaders"), a
 * group when capitalised and plural ("Republicans"), an organisation when capitalised in several
 * words ("the Associated Press"), and for a lone capitalised word a person named by it ("Sanders
 * said": news calls well-known people by surname alone), unless it reads as a group or a brand
 * (`loneSpeakerKind`); so the report shows who speaks instead of an unknown voice. "I" and "we"
 * outside quotations are the author. A pronoun with no antecedent ("they", "some") stays unknown.
 */
import { gazetteer } from '../../knowledge/gazetteer.js'
import type { Actor, Attribution, Mention } from '../../model/schema.js'
import { spanIndexAt, type Span } from '../../model/span.js'
import { firstMentionAtOrAfter, firstTokenAtOrAfter, mentionsStartingIn, type Segmentation } from '../layers.js'
import { CALENDAR, loneSpeakerKind, samePerson } from '../mentions/mentions.js'
import { ORGANISATION_HEADS, ORGANISATION_NOUNS, ORGANISATION_WORDS, isOrganisationWord } from '../mentions/lexicon.js'
import { inQuotation, posOf, sentenceAt } from '../segment/segment.js'
import { isSourceHead } from './source-heads.js'
import { isFirstName } from '../../knowledge/first-names.js'
import { wordRank } from '../../knowledge/word-clusters.js'
import { DOCUMENT_NOUNS, JOINT_DOCUMENT, OTHER_PARTIES } from './cues.js'
import { isPeopleNoun, isPersonNoun } from './pronoun-speakers.js'

/** Words that open a noun phrase without naming anything: dropped from the speaker's name. */
const OPENERS = new Set([
  'the', 'a', 'an', 'some', 'many', 'most', 'several', 'other', 'all', 'both', 'these', 'those', 'this', 'that', 'his', 'her',
  'their', 'its', 'our', 'your', 'my', 'few', 'more', 'numerous', 'various', 'certain', 'such', 'any', 'each', 'every',
  'new', 'recent', 'latest', 'last', 'previous', 'earlier', 'separate', 'another',
])
/** Where a source's own noun phrase ends: "party leaders, who spoke …", "officials (who …)", "an aide | to the senator". */
const PHRASE_END = /^(?:,|\(|—|–|who|which|that|whose|with|from|in|at|of|for|to|on|close|familiar)$/iu
/** Words for a share of a whole ("half of voters"). */
const SHARES = new Set(['percent', '%', 'per', 'cent', 'majority', 'minority', 'plurality', 'half', 'third', 'thirds', 'quarter', 'quarters', 'share', 'number', 'fraction', 'one', 'two', 'three', 'four', 'five', 'none', 'handful', 'lot', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions'])
/** Words that pick out each member of a group. */
const EACH = new Set(['every', 'each', 'no'])
const RELATIVE = /^(?:who|which|that|whose)$/iu
/** A document of theirs: "their statement", "their preliminary report". */
const THEIR_DOCUMENT = new RegExp(`^their\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${[...DOCUMENT_NOUNS].join('|')})$`, 'iu')
/** The name of the actor who speaks as "I" or "we" outside quotations: the article's writer, whose voice is the outlet's. */
const AUTHOR = 'the author'
/** Characters between a group's report and a "they" that goes on in its voice. */
const THEY_REACH = 400
/** The end of an apposition of where someone is from, before its last place: "Smith, of | Leeds", "Smith, of Worsley, | Greater Manchester". */
const OF_PLACE_BEFORE = /,\s+of\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,\s+)?$/u
/** Characters before a source read for `OF_PLACE_BEFORE`. */
const OF_PLACE_REACH = 60
/** The longest speaker name kept, in words. */
const MAX_WORDS = 6

/** Nouns for someone who speaks from inside a body without being named: "a ministry source", "White House officials", "an insider". */
const MEMBER_NOUN = '(?:[Ss]ources?|[Oo]fficials?|[Ii]nsiders?)'
/** What a member is close to or part of, after the noun: "close to the prime minister", "at the bank", "who had contact with him". */
const MEMBER_TAIL = "\\s+(?:close\\s+to|familiar\\s+with|with\\s+knowledge\\s+of|in|at|inside|within|from|with|who|that)\\s[^]*"
/** Those on someone's side: "supporters of the minister", "defenders of the government". */
const SIDE_NOUN = '(?:[Ss]upporters|[Dd]efenders|[Aa]llies|[Bb]ackers|[Ll]oyalists)'
/**
 * Those who speak for someone they name after the noun, in their own person: "a lawyer for Hale", "an aide to the
 * senator". A spokesman's or a representative's words are the body's own ("a spokesman for the Kremlin" is the
 * Kremlin, as "a Kremlin spokesman" is), so they are not among them.
 */
const REPRESENTATIVE_NOUN = '(?:[Ll]awyers?|[Aa]ttorneys?|[Aa]ides?|[Aa]dvis[eo]rs?)'
/** A source headed by such a noun, by "person", "people" with what they are close to ("a source close to the prime minister", "a person familiar with the matter"), by those on someone's side, or by one who speaks for someone. */
const MEMBER_SOURCE = new RegExp(`^(?:[\\p{L}\\p{N}'’.-]+\\s+){0,8}?(?:${MEMBER_NOUN}(?=(?:${MEMBER_TAIL})?$)|[Pp]e(?:rson|ople)(?=${MEMBER_TAIL}$)|${SIDE_NOUN}(?=\\s+of\\s[^]*$)|${REPRESENTATIVE_NOUN}(?=\\s+(?:for|to|of)\\s[^]*$))`, 'u')
/** "the source", "the official": a member named again by the bare noun. */
const MEMBER_AGAIN = /^[Tt]he\s+(sources?|officials?|insiders?)$/u

/**
 * Where the member noun ends in a source headed by one ("a senior interior ministry source", "a
 * source close to the prime minister"), or undefined. Such a source is an unnamed person of the
 * body or person it names, not that body on the record. Pure.
 */
export function memberHeadEnd(source: string): number | undefined {
  return MEMBER_SOURCE.exec(source)?.[0].length
}

/** Attributions with their unknown speakers named where the source is a noun phrase, and the actors and mentions that adds. */
export interface NamedSources {
  readonly attributions: Attribution[]
  readonly actors: Actor[]
  readonly mentions: Mention[]
}

/** Names the unknown speakers of `found` whose source (or, for "who"/"which", its antecedent) is a noun phrase. Pure. */
export function nameUnnamedSources(text: string, seg: Segmentation, found: readonly Attribution[], known: readonly Actor[], knownMentions: readonly Mention[], unknown: string, outlet?: string): NamedSources {
  const actors: Actor[] = []
  const mentions: Mention[] = []
  const byName = new Map<string, Actor>()
  let written: WordsAsWritten | undefined
  const words = (): WordsAsWritten => (written ??= wordsAsWritten(text, seg))
  const outletName = outlet ? bareName(outlet) : undefined
  // One actor per name.
  const keep = (actor: Omit<Actor, 'id' | 'aliases'>): Actor => {
    const key = actor.name.toLowerCase()
    let kept = byName.get(key)
    if (!kept) {
      kept = { id: `s${known.length + actors.length + 1}`, ...actor, aliases: [] }
      actors.push(kept)
      byName.set(key, kept)
    }
    return kept
  }
  // A known organisation of that name, or a new one.
  const organisationNamed = (name: string): Actor => known.find((k) => k.name === name || k.aliases.includes(name)) ?? keep({ name, kind: 'organisation' })
  // `a` spoken by `actor`, mentioned at `span`.
  const spokenAs = (a: Attribution, actor: Actor, span: Span, how: Mention['how']): Attribution => {
    mentions.push({ span, actor: actor.id, how })
    return { ...a, speaker: actor.id }
  }
  // The last unnamed or group speaker named here: a "they" soon after goes on in its voice
  // ("Every Republican opposed the bill, which they called a spree"), as the tagger's speakers do.
  let lastGroup: { speaker: string; from: number; end: number } | undefined
  // The last member source named here by each noun ("a senior ministry source"): "the source" later is them.
  const members = new Map<string, Actor>()
  // `a` spoken by the actor a noun phrase names, when it names one.
  const spokenBy = (a: Attribution, phrase: NounPhrase): Attribution | undefined => {
    const cue = text.slice(a.cue.start, a.cue.end)
    // "Engineers at the operator, who asked not to be named, challenged": people kept anonymous are speaking, whatever the verb.
    const plain = PLAIN_REPORT.test(cue) || ANONYMITY_ASIDE.test(text.slice(a.source!.end, a.cue.start))
    const actor = unnamedActor(phrase, words(), plain, NAME_REPORT.test(cue))
    if (!actor) return undefined
    const member = actor.kind === 'unnamed' && memberHeadEnd(text.slice(a.source!.start, a.source!.end)) !== undefined
    // A member is named with whom they are close to or part of: "source close to the prime minister".
    const span = member ? { start: phrase.span.start, end: a.source!.end } : phrase.span
    const affiliation = member ? affiliationIn(a.source!, knownMentions, kindOf) : undefined
    // Opening a sentence, only the first word is lower-cased ("one EU official").
    const name = phrase.opensSentence && !opensWithName(phrase.name, words()) && actor.kind === 'unnamed' ? phrase.name.replace(/^\p{Lu}\p{Ll}*\b/u, (w) => w.toLowerCase()) : actor.name
    // "A Ukrainian soldier", "The woman, a French nurse": a country named in the source by its demonym is theirs.
    const country = member || actor.kind === 'organisation' ? undefined : countryIn(a.source!, knownMentions, known)
    const kept = keep(member ? { ...actor, name: `${name}${text.slice(phrase.span.end, span.end).replace(/\s+/gu, ' ')}`, ...(affiliation ? { affiliation } : {}) } : country ? { ...actor, country } : actor)
    if (member) members.set(phrase.head, kept)
    mentions.push({ span, actor: kept.id, how: 'description' })
    if (kept.kind === 'unnamed' || kept.kind === 'group') lastGroup = { speaker: kept.id, from: a.source!.start, end: Math.max(a.content.end, a.cue.end) }
    return { ...a, speaker: kept.id }
  }
  const kinds = new Map(known.map((k) => [k.id, k.kind]))
  let endingAt: Map<number, Mention> | undefined
  const kindOf = (id: string): Actor['kind'] | undefined => kinds.get(id) ?? actors.find((x) => x.id === id)?.kind
  // Who "it" reports for (`itAntecedent`), or unknown.
  const itsSpeaker = (a: Attribution): Attribution => {
    endingAt ??= mentionsByEnd(knownMentions)
    // Its own content before it ("Profit fell 38%, it said") is passed over as the earlier reports' is.
    const antecedent = itAntecedent(text, seg, a.source!, [...attributions, a], endingAt, kindOf, unknown)
    // With no subject before it, "it" goes on in the voice of the report right before, an organisation's or country's.
    const last = attributions[attributions.length - 1]
    const lastKind = last && kindOf(last.speaker)
    if (antecedent === undefined) return { ...a, speaker: last && lastKind && IT_KINDS.has(lastKind) && a.source!.start - Math.max(last.content.end, last.cue.end) <= THEY_REACH ? last.speaker : onlyBodyBefore(a) ?? unknown }
    if (antecedent === 'none') return { ...a, speaker: unknown }
    if ('actor' in antecedent) return { ...a, speaker: antecedent.actor }
    return spokenAs(a, keep(unnamedActor(antecedent, words()) ?? { name: antecedent.name.toLowerCase(), kind: 'unnamed' }), antecedent.span, 'description')
  }
  // With no subject found ("Orvex Motors plans cuts", "plans" read as a noun): the one organisation or country
  // named in this sentence or the one before, outside what is said and no preposition's object ("met the board of Skyways").
  const onlyBodyBefore = (a: Attribution): string | undefined => {
    const sentence = sentenceAt(seg, a.source!.start)
    const from = seg.starts[seg.sentenceTokenStart[Math.max(0, sentence - 1)] ?? 0] ?? 0
    const bodies = new Set(mentionsStartingIn(knownMentions, from, a.source!.start)
      .filter((m) => !(m.span.start >= a.content.start && m.span.end <= a.content.end) && IT_KINDS.has(kindOf(m.actor)!) && !AFTER_PREPOSITION.test(text.slice(Math.max(0, m.span.start - 20), m.span.start)))
      .map((m) => m.actor))
    return bodies.size === 1 ? [...bodies][0] : undefined
  }
  // The parties `coordinated` names acting together, one group actor ("Kyrgyzstan and Tajikistan").
  const jointly = (a: Attribution, coordinated: readonly Mention[], span: Span, how: Mention['how']): Attribution => {
    const parties = coordinated.map((m) => known.find((k) => k.id === m.actor)!)
    const names = parties.map((p) => p.name)
    const country = parties[0]!.country
    const joint = keep({ name: `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`, kind: 'group', ...(country && parties.every((p) => p.country === country) ? { country } : {}) })
    lastGroup = { speaker: joint.id, from: span.start, end: Math.max(a.content.end, a.cue.end) }
    return spokenAs(a, joint, span, how)
  }
  // `a` spoken by the person a source names in an apposition the mentions stage did not link, when it names one.
  const byApposedName = (a: Attribution, source: Span): Attribution | undefined => {
    const apposed = apposedName(text, source)
    if (!apposed) return undefined
    // "The head of the WHO, Tedros Adhanom Ghebreyesus": the body the description names is theirs.
    const body = affiliationIn(source, knownMentions, kindOf)
    const affiliation = body !== undefined && kindOf(body) === 'organisation' ? { affiliation: body } : {}
    return spokenAs(a, known.find((k) => k.kind === 'person' && samePerson(k.name, apposed.name)) ?? keep({ name: apposed.name, kind: 'person', ...affiliation }), apposed.span, 'name')
  }
  // "Boeing said … The company said": a company noun that no named organisation fitted (the mentions stage left it unknown or
  // took the noun for the actor) is the organisation last to speak, when that is one only this stage named (a lone name).
  const sameCompany = (a: Attribution, source: Span): Actor | undefined => {
    const noun = text.slice(source.start, source.end).replace(/\s+/gu, ' ')
    if (!COMPANY_NOUN_SOURCE.test(noun) || (a.speaker !== unknown && known.find((k) => k.id === a.speaker)?.name.toLowerCase() !== noun.toLowerCase())) return undefined
    const last = attributions.findLast((x) => x.content.end <= source.start && kindOf(x.speaker) === 'organisation')
    return actors.find((x) => x.id === last?.speaker)
  }
  let lastReportEnd = 0
  const nameOne = (a: Attribution): Attribution => {
    const reportEnd = lastReportEnd
    lastReportEnd = Math.max(lastReportEnd, a.content.end, a.cue.end)
    if (a.source && IT.test(text.slice(a.source.start, a.source.end))) return itsSpeaker(a)
    // "The Clarion can reveal …" in The Daily Clarion, "…, and Novi Glas has maintained" (a source read before it): the outlet naming itself speaks in its own voice.
    const own = a.source && outletName !== undefined ? outletBefore(text, a.source, a.cue.start, outletName) : undefined
    if (own) return spokenAs({ ...a, source: own }, keep({ name: AUTHOR, kind: 'outlet' }), own, 'name')
    if (a.speaker === unknown && isRecordingShown(text, a)) return { ...a, speaker: keep({ name: AUTHOR, kind: 'outlet' }).id }
    // "The delegation handed the mediators a file documenting …": a document its participle describes speaks for whoever handed it, as "it" would.
    if (a.source && a.speaker === unknown && HANDED_DOCUMENT.test(text.slice(a.source.start, a.cue.end))) return itsSpeaker(a)
    // "Kyrgyzstan and Tajikistan agreed": both parties speak, not the first named.
    const coordinated = a.source && coordinatedSource(text, a.source, knownMentions, kindOf)
    if (coordinated) return jointly({ ...a, source: coordinated.span }, coordinated.parties, coordinated.span, 'name')
    // "A joint communique … commits the parties": the parties last named together issued it.
    const issuers = a.source && a.speaker === unknown && JOINT_DOCUMENT.test(text.slice(a.source.start, a.source.end)) ? coordinationBefore(text, a.source.start, knownMentions, kindOf) : undefined
    if (issuers) return jointly(a, issuers, a.source!, 'description')
    // "the source said" after "a senior ministry source told": the same member, also where the mentions stage read "the sources" as someone new.
    const again = a.source && (a.speaker === unknown || kindOf(a.speaker) === 'unnamed') ? members.get(MEMBER_AGAIN.exec(text.slice(a.source.start, a.source.end))?.[1] ?? '') : undefined
    if (again) return spokenAs(a, again, a.source!, 'description')
    // "The bank's governor, Lee Min-jun, told", "according to Rita Kaur, an analyst at Vortex Energy": a bare role or a body the
    // mentions stage took for the speaker gives way to the person named beside it, whom no mention took ("The company, Vortex Energy" is the body).
    const described = a.source && known.some((k) => k.id === a.speaker && (k.kind === 'organisation' || (k.kind === 'person' && BARE_ROLE.test(k.name))))
    const beside = described ? apposedName(text, a.source!) : undefined
    const person = beside && !knownMentions.some((m) => m.span.start < beside.span.end && beside.span.start < m.span.end) ? byApposedName(a, a.source!) : undefined
    if (person) return person
    const company = a.source && sameCompany(a, a.source)
    if (company) return spokenAs(a, company, a.source!, 'description')
    if (a.speaker !== unknown || !a.source) return a
    // "Smith, of Worsley, Greater Manchester, said": where someone is from is no speaker.
    if (OF_PLACE_BEFORE.test(text.slice(Math.max(0, a.source.start - OF_PLACE_REACH), a.source.start)) && CAPITALISED_NAME.test(text.slice(a.source.start, a.source.end))) return a
    // "Their statement said" speaks for them as "they" would.
    if (/^they$/iu.test(text.slice(a.source.start, a.source.end)) || THEIR_DOCUMENT.test(text.slice(a.source.start, a.source.end))) {
      // A plural subject since the last report is who "they" are ("Hundreds of workers gathered. They said").
      const subject = pluralSubjectBefore(text, seg, a.source.start, Math.max(a.source.start - THEY_REACH, reportEnd))
      const phrase = subject && nounPhrase(text, seg, subject)
      const theirs = phrase && spokenBy(a, phrase)
      if (theirs) return theirs
      const group = lastGroup && a.source.start > lastGroup.from && a.source.start - lastGroup.end <= THEY_REACH ? lastGroup : undefined
      // "Union leaders met with managers on Tuesday. They said …": a plural actor named nearby, when no later group spoke.
      const named = pluralMentionBefore(text, seg, knownMentions, kindOf, a.source.start, attributions)
      if (named && (!group || named.span.start > group.from)) return { ...a, speaker: named.actor }
      if (group) return { ...a, speaker: group.speaker }
    }
    // "I" or "we" outside any quotation is the writer: first-person columns, memoirs and editorials
    // report in the author's voice. Not in a sentence with a quotation mark (one left unpaired would
    // hide a quotation) nor in a transcript turn ("A: I think").
    // So is "an earlier version of this story said": a correction quotes the outlet's own superseded text.
    const sourceText = text.slice(a.source.start, a.source.end)
    if ((/^(?:I|[Ww]e)$/u.test(sourceText) && !inQuotation(seg, a.source) && !nearQuotationOrTurn(text, seg, a.source)) || OWN_EARLIER_VERSION.test(sourceText)) {
      return spokenAs(a, keep({ name: AUTHOR, kind: 'outlet' }), a.source, 'pronoun')
    }
    // "a survey by the Chamber of Engineers", "records seen by this newspaper": the document's maker speaks.
    const agent = documentAgent(text, a.source)
    if (agent) {
      const name = text.slice(agent.start, agent.end).replace(/\s+/gu, ' ')
      const outlet = SELF_REFERENCE.test(name)
      const capitalised = !outlet && CAPITALISED_NAME.test(name)
      const phrase = outlet || capitalised ? undefined : nounPhrase(text, seg, agent)
      const maker = outlet ? keep({ name: AUTHOR, kind: 'outlet' })
        : capitalised ? organisationNamed(name)
          : phrase && keep(unnamedActor(phrase, words()) ?? { name: phrase.name, kind: 'unnamed' })
      if (maker) return spokenAs(a, maker, phrase?.span ?? agent, outlet ? 'pronoun' : 'description')
    }
    // "The organisers, a coalition of tenants' groups called Casa Para Todos": the body the source names.
    const called = calledBody(text, a.source)
    if (called) return spokenAs(a, organisationNamed(called.name), called.span, 'name')
    const apposed = byApposedName(a, a.source)
    if (apposed) return apposed
    // "Ms Haddad's relatives", "Halloran's solicitors" with no possessor linked: someone of the possessor's, in their own voice.
    const possessed = possessedParty(text, a.source, knownMentions, known)
    if (possessed) return spokenAs(a, keep({ name: possessed, kind: 'unnamed' }), a.source, 'description')
    const phrase = nounPhrase(text, seg, a.source)
    if (!phrase) return a
    // A name the mentions stage missed (a headline's "Donald Trump Denies …") that names a known actor.
    const named = /^\p{Lu}/u.test(phrase.name) ? known.find((k) => k.name === phrase.name || k.aliases.includes(phrase.name) || (k.kind === 'person' && samePerson(k.name, phrase.name))) : undefined
    if (named) return { ...a, speaker: named.id }
    return spokenBy(a, phrase) ?? a
  }
  const attributions: Attribution[] = []
  for (const a of found) attributions.push(nameOne(a))
  return { attributions, actors, mentions }
}

/** "the company", "the carrier": a company by one of its nouns (`ORGANISATION_NOUNS` of company type). */
const COMPANY_NOUN_SOURCE = new RegExp(`^the\\s+(?:${[...ORGANISATION_NOUNS].filter(([, types]) => types.includes('company')).map(([noun]) => noun).join('|')})$`, 'iu')

/** A person actor named only by a role: "the governor", "the bar's owner". */
const BARE_ROLE = /^the\s/iu

/** Drops a leading "the" and lower-cases. */
const bareName = (name: string): string => name.toLowerCase().replace(/^the\s+/u, '').replace(/\s+/gu, ' ')

/** Whether a source names the outlet (`own`, its `bareName`): its name ("Novi Glas") or the name's last words ("the Clarion" of "The Daily Clarion"). Pure. */
function namesOutlet(source: string, own: string): boolean {
  const named = bareName(source)
  return /^\p{Lu}/u.test(source.replace(/^the\s+/iu, '')) && named !== '' && (named === own || own.endsWith(` ${named}`))
}

/** Up to four capitalised words, with "the", right before a cue. */
const NAME_BEFORE_CUE = /(?:\b[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?=\s*$)/u

/** The source if it names the outlet (`own`, its `bareName`), or else the outlet's name right before the cue after it; undefined when neither. Pure. */
function outletBefore(text: string, source: Span, cueStart: number, own: string): Span | undefined {
  if (namesOutlet(text.slice(source.start, source.end), own)) return source
  if (source.end >= cueStart) return undefined
  const between = text.slice(source.end, cueStart)
  const name = NAME_BEFORE_CUE.exec(between)
  return name && namesOutlet(name[0], own) ? { start: source.end + name.index, end: source.end + name.index + name[0].length } : undefined
}

/** Who a member source belongs to: the last actor other than an unnamed one mentioned inside it ("ministry" in "a senior ministry source", "the prime minister" in "a source close to the prime minister"). Pure; a binary search and the mentions inside the source. */
function affiliationIn(source: Span, mentions: readonly Mention[], kindOf: (id: string) => Actor['kind'] | undefined): string | undefined {
  let affiliation: string | undefined
  for (let k = firstMentionAtOrAfter(mentions, source.start); k < mentions.length && mentions[k]!.span.start < source.end; k++) {
    const m = mentions[k]!
    const kind = kindOf(m.actor)
    if (m.span.end <= source.end && kind !== undefined && kind !== 'unnamed') affiliation = m.actor
  }
  return affiliation
}

/** The country of the first country mention inside `source`, if any. Pure; linear in the mentions inside it and the known actors. */
function countryIn(source: Span, mentions: readonly Mention[], known: readonly Actor[]): string | undefined {
  for (let k = firstMentionAtOrAfter(mentions, source.start); k < mentions.length && mentions[k]!.span.start < source.end; k++) {
    const m = mentions[k]!
    const actor = m.span.end <= source.end ? known.find((x) => x.id === m.actor) : undefined
    if (actor?.kind === 'country' && actor.country) return actor.country
  }
  return undefined
}

/** A possessor and what it possesses, the head a lower-case noun: "Ms Haddad's relatives", "the mayor's two deputies". */
const POSSESSED = /^(.*\S)['’]s?\s+((?:[\p{Ll}\p{N}-]+\s+){0,2}([\p{Ll}-]+))$/u

/**
 * The name of the person or people a possessive source names ("relatives of Amira Haddad" for
 * "Ms Haddad's relatives"), the possessor by the actor a mention ending there names, else as
 * written; undefined unless the head is a noun for people. Pure; a binary search and a scan of the
 * mentions inside the source.
 */
function possessedParty(text: string, source: Span, mentions: readonly Mention[], known: readonly Actor[]): string | undefined {
  const m = POSSESSED.exec(text.slice(source.start, source.end))
  const head = m?.[3]
  if (!m || !head || !(OTHER_PARTIES.has(head) || isPersonNoun(head) || isPeopleNoun(head))) return undefined
  const possessorEnd = source.start + m[1]!.length
  let possessor: Mention | undefined
  for (let k = firstMentionAtOrAfter(mentions, source.start); k < mentions.length && mentions[k]!.span.start < possessorEnd; k++) if (mentions[k]!.span.end === possessorEnd) possessor = mentions[k]
  const actor = possessor && known.find((x) => x.id === possessor.actor)
  const owner = actor?.name ?? m[1]!.replace(/^(?:the|a|an)\s+/iu, '').replace(/\s+/gu, ' ')
  return `${m[2]!.replace(/\s+/gu, ' ')} of ${owner}`
}

/** Kinds of actor that act together as parties named in a list ("Kyrgyzstan and Tajikistan agreed"). */
const PARTY_KINDS: ReadonlySet<Actor['kind']> = new Set(['person', 'organisation', 'country', 'group'])
/** What joins the last two parties of a list: "and", after a comma too. */
const LAST_JOIN = /^\s*,?\s+and\s+(?:the\s+)?$/iu
/** What joins the other parties of a list: a comma. */
const LIST_JOIN = /^\s*,\s*(?:the\s+)?$/iu
/** What may open a source before a list of parties: "both", "the". */
const LIST_OPENER = /^(?:both\s+)?(?:the\s+)?$/iu
/** Characters before a joint document read back for the parties last named together. */
const JOINT_REACH = 1500

/**
 * The mentions of the parties listed up to `mentions[last]` ("Kyrgyzstan and Tajikistan", "Iran,
 * Iraq and Syria"), first to last: two or more distinct actors of `PARTY_KINDS`, the last two
 * joined by "and", the others by commas; undefined when there is no such list. Mentions inside a
 * party ("Kyrgyz" in "Kyrgyz Foreign Minister Asanov") are passed over. Pure; reads back the list.
 */
function coordinationEndingAt(text: string, mentions: readonly Mention[], last: number, kindOf: (id: string) => Actor['kind'] | undefined): Mention[] | undefined {
  const parties = [mentions[last]!]
  for (let k = last - 1; k >= 0; k--) {
    const m = mentions[k]!
    const next = parties[0]!
    if (m.span.start >= next.span.start) continue
    const kind = kindOf(m.actor)
    if (m.span.end > next.span.start || !kind || !PARTY_KINDS.has(kind) || !(parties.length === 1 ? LAST_JOIN : LIST_JOIN).test(text.slice(m.span.end, next.span.start))) break
    parties.unshift(m)
  }
  const kind = kindOf(mentions[last]!.actor)
  return parties.length > 1 && kind && PARTY_KINDS.has(kind) && new Set(parties.map((m) => m.actor)).size === parties.length ? parties : undefined
}

/**
 * The parties a source is a list of, from its start ("both", "the" allowed) to its end, and the
 * source with the list's first parties when it left them out ("Norway, | Sweden and Finland
 * said"). Pure; a binary search and the mentions inside the source and the list.
 */
function coordinatedSource(text: string, source: Span, mentions: readonly Mention[], kindOf: (id: string) => Actor['kind'] | undefined): { parties: Mention[]; span: Span } | undefined {
  let last = -1
  for (let k = firstMentionAtOrAfter(mentions, source.start); k < mentions.length && mentions[k]!.span.start < source.end; k++) {
    if (mentions[k]!.span.end === source.end && (last < 0 || mentions[k]!.span.start < mentions[last]!.span.start)) last = k
  }
  const parties = last >= 0 ? coordinationEndingAt(text, mentions, last, kindOf) : undefined
  const first = parties?.find((m) => m.span.start >= source.start)
  if (!parties || !first || !LIST_OPENER.test(text.slice(source.start, first.span.start)) || (first !== parties[0] && first.span.start !== source.start)) return undefined
  return { parties, span: { start: Math.min(source.start, parties[0]!.span.start), end: source.end } }
}

/** The last list of parties within `JOINT_REACH` before `before`. Pure; a binary search and the mentions of the reach. */
function coordinationBefore(text: string, before: number, mentions: readonly Mention[], kindOf: (id: string) => Actor['kind'] | undefined): Mention[] | undefined {
  for (let k = firstMentionAtOrAfter(mentions, before) - 1; k >= 0 && mentions[k]!.span.start >= before - JOINT_REACH; k--) {
    const parties = mentions[k]!.span.end <= before ? coordinationEndingAt(text, mentions, k, kindOf) : undefined
    if (parties) return parties
  }
  return undefined
}

/** An indefinite document and the participle that describes it: "a file documenting", "a dossier detailing". */
const HANDED_DOCUMENT = /^an?\s+(?:[\p{Ll}-]+\s+)?(?:file|dossier|document|report|letter|list|paper|video)\s+\p{Ll}+ing$/u
/** The pronoun "it" as a source. */
const IT = /^it$/iu
/** Kinds of actor that report as "it". */
const IT_KINDS: ReadonlySet<Actor['kind']> = new Set(['organisation', 'country'])
/** Common nouns for a body that reports as "it", besides the organisation words ("the office", "the ministry"). */
const BODY_NOUNS = new Set(['delegation', 'regulator', 'watchdog', 'firm', 'retailer', 'carrier', 'airline', 'lender', 'insurer', 'manufacturer', 'maker', 'operator', 'body', 'administration', 'regime', 'military', 'broadcaster', 'newspaper', 'charity', 'government'])
/** Common nouns for a body that speaks for itself ("the commission says"), besides `BODY_NOUNS`. */
const SPEAKING_BODIES = new Set(['commission', 'committee', 'ministry', 'agency', 'council', 'court', 'parliament', 'university', 'company', 'bank',
  'union', 'party', 'department', 'office', 'institute', 'foundation', 'board', 'bureau', 'fund', 'journal', 'opposition', 'embassy', 'authority',
  'trust', 'hospital', 'club', 'museum', 'society', 'school', 'college', 'church', 'clinic', 'team'])
/** True for a common noun of a body that speaks for itself ("the trust", "the regulator"). */
export function isBodyNoun(noun: string): boolean {
  return BODY_NOUNS.has(noun) || SPEAKING_BODIES.has(noun)
}

/** "It seems", "it is clear": an empty subject, no body. */
const EMPTY_IT = /^\s+(?:(?:\p{L}+ly|now|still|also|then)\s+)?(?:seems?|seemed|appears?|appeared|is|was|'s|’s|remains?|remained|looks?|looked|would\s+seem|may\s+be|might\s+be)\b/iu

/** The longest mention ending at each offset. */
function mentionsByEnd(mentions: readonly Mention[]): Map<number, Mention> {
  const out = new Map<number, Mention>()
  for (const m of mentions) {
    const kept = out.get(m.span.end)
    if (!kept || kept.span.start > m.span.start) out.set(m.span.end, m)
  }
  return out
}

/** Earlier reports read back from an "it": enough to cover two sentences. */
const IT_REPORTS_BACK = 8

/**
 * Whom "it" reports for: the last subject before it, in its sentence or the one before, that is an
 * organisation or country ("The regulator fined the retailer on Tuesday. It said …"; "a breach
 * that it said …"), or the source of an earlier report that is no person ("The letter accuses …
 * It also accused": the letter's speaker). What a report says is passed over, as are people and
 * plural subjects, which "it" cannot stand for; a singular subject that names no actor ("The bill
 * passed. It says …") ends the search, unless it is a body ("the office"), returned as its noun
 * phrase. 'none' when the search ended or "it" is empty ("it seems"), undefined when no subject
 * came before. `earlier`: the reports before, named. Pure; reads two sentences.
 */
function itAntecedent(
  text: string, seg: Segmentation, source: Span, earlier: readonly Attribution[],
  endingAt: ReadonlyMap<number, Mention>, kindOf: (id: string) => Actor['kind'] | undefined, unknown: string,
): { actor: string } | NounPhrase | 'none' | undefined {
  if (EMPTY_IT.test(text.slice(source.end, source.end + 24))) return 'none'
  const sentence = sentenceAt(seg, source.start)
  const from = seg.sentenceTokenStart[Math.max(0, sentence - 1)] ?? 0
  const reports = earlier.slice(-IT_REPORTS_BACK).filter((a) => a.content.end > seg.starts[from]! && a.content.start < source.start)
  const opensSentence = (t: number): boolean => seg.sentenceTokenStart[sentenceAt(seg, seg.starts[t]!)] === t
  for (let t = firstTokenAtOrAfter(seg, source.start) - 1; t >= from; t--) {
    const span = { start: seg.starts[t]!, end: seg.ends[t]! }
    const said = reports.find((a) => a.content.start <= span.start && span.end <= a.content.end)
    if (said) {
      t = firstTokenAtOrAfter(seg, said.content.start)
      continue
    }
    const reporter = reports.find((a) => a.source && a.source.start <= span.start && span.end <= a.source.end)
    if (reporter) {
      const kind = kindOf(reporter.speaker)
      const head = firstTokenAtOrAfter(seg, reporter.source!.end) - 1
      // "Investors said …", "about 4 percent said …": people, or many, that "it" cannot stand for.
      if (kind === 'person' || kind === 'group' || SHARES.has(word(text, seg, head).toLowerCase()) || isPluralNoun(text, seg, head)) continue
      return reporter.speaker === unknown ? 'none' : { actor: reporter.speaker }
    }
    if (!['NOUN', 'PROPN', 'PRON'].includes(posOf(seg, t)) || inQuotation(seg, span)) continue
    let next = t + 1
    while (posOf(seg, next) === 'ADV') next++
    const mention = endingAt.get(span.end)
    const mentionOpens = mention !== undefined && opensSentence(firstTokenAtOrAfter(seg, mention.span.start)) && word(text, seg, t + 1) === ','
    if (!['VERB', 'AUX'].includes(posOf(seg, next)) && !mentionOpens) continue
    if (mention) {
      const kind = kindOf(mention.actor)
      if (kind && IT_KINDS.has(kind)) return { actor: mention.actor }
      continue
    }
    const w = word(text, seg, t)
    // Pronouns and plural nouns are other subjects "it" cannot stand for.
    if (posOf(seg, t) === 'PRON' || isPluralNoun(text, seg, t)) continue
    if (posOf(seg, t) === 'PROPN' || !isBody(w.toLowerCase())) return 'none'
    let start = t
    while (start - 1 >= from && SUBJECT_MODIFIERS.has(posOf(seg, start - 1))) start--
    return nounPhrase(text, seg, { start: seg.starts[start]!, end: span.end }) ?? 'none'
  }
  return undefined
}

/** A preposition before a mention: its object ("met with managers", "at the White House") is seldom who "they" are. */
const AFTER_PREPOSITION = /\b(?:in|at|on|of|from|to|with|for|by|into|against|over|about|between|among|than)\s+(?:(?:the|a|an|its|their|his|her)\s+)?$/iu

/**
 * The last mention within `THEY_REACH` before `before` of an actor a "they" can stand for: a group
 * ("Democrats") or an unnamed actor named by a plural noun ("residents"); never a person, a country
 * or an organisation (on real news the organisation near a "they" was mostly another's object or
 * employer, not who "they" are: "tired of a Republican Party. They appear …"). Mentions inside a
 * quotation or in what an earlier report says are passed over, and so are objects of a
 * preposition. Pure; binary search, then a scan of the reach.
 */
function pluralMentionBefore(
  text: string, seg: Segmentation, mentions: readonly Mention[], kindOf: (id: string) => Actor['kind'] | undefined, before: number, earlier: readonly Attribution[],
): Mention | undefined {
  const reports = earlier.slice(-IT_REPORTS_BACK)
  for (let k = firstMentionAtOrAfter(mentions, before) - 1; k >= 0 && mentions[k]!.span.start >= before - THEY_REACH; k--) {
    const m = mentions[k]!
    const kind = kindOf(m.actor)
    if (m.span.end > before || !kind || m.how === 'pronoun') continue
    const plural = kind === 'group' || (kind === 'unnamed' && isPluralNoun(text, seg, firstTokenAtOrAfter(seg, m.span.end) - 1))
    if (!plural || inQuotation(seg, m.span) || AFTER_PREPOSITION.test(text.slice(Math.max(0, m.span.start - 16), m.span.start)) || /^['’]s?\b/u.test(text.slice(m.span.end, m.span.end + 2))) continue
    if (reports.some((a) => a.content.start <= m.span.start && m.span.end <= a.content.end)) continue
    return m
  }
  return undefined
}

/** A plural common noun: its lemma differs ("workers"), or its ending is plural, as a capitalised one opening a sentence may be read as a name ("Investors"). */
function isPluralNoun(text: string, seg: Segmentation, t: number): boolean {
  const w = word(text, seg, t)
  const opening = posOf(seg, t) === 'PROPN' && seg.sentenceTokenStart[sentenceAt(seg, seg.starts[t]!)] === t
  return (posOf(seg, t) === 'NOUN' || opening) && ((seg.lemmas[t] ?? w) !== w.toLowerCase() || /(?:[^aeiosu]s|ies|oes|ches|shes|xes)$/iu.test(w))
}

/** A common noun for a body that speaks ("office", "regulator"). */
function isBody(noun: string): boolean {
  return BODY_NOUNS.has(noun) || isOrganisationWord(noun.charAt(0).toUpperCase() + noun.slice(1))
}

/** A document and, after "by" or "from" (with a participle: "footage broadcast by"), who made it; "footage from the game" only shows where it was filmed. */
const DOCUMENT_BY = /\b(?:(?:polls?|surveys?|study|studies|reports?|data|figures|statistics|estimates?|analysis|records|documents?|research|review|audit|count|tally|census|findings|statements?|letters?|memos?|communiqu[eé]s?|declarations?|releases?)\s+(?:\p{Ll}+(?:ed|en|wn|st|t)\s+)?(?:by|from)|(?:footage|videos?|images|photos|photographs)\s+(?:\p{Ll}+(?:ed|en|wn|st|t)\s+)?by)\s+(?:the\s+)?/iu
/** A recording as the subject: "SHOCKING footage", "The 90-second clip", "the video released yesterday". */
const RECORDING_SOURCE = /^(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:footage|videos?|clips?|recordings?|film|images|photos|photographs|pictures|CCTV|bodycam)\b/iu
/** What a recording does to what it holds: it shows it, it "tells a different story". */
const SHOWN = /\b(?:shows?|showed|shown|showing|tells?|told|reveals?|revealed|captures?|captured)$/iu

/**
 * "Footage shows the moment …", "The video tells a very different story": a recording is
 * evidence, not a speaker. The report stays (annotators mark it), in the outlet's own voice. Pure.
 */
export function isRecordingShown(text: string, a: Attribution): boolean {
  return a.source !== undefined && RECORDING_SOURCE.test(text.slice(a.source.start, a.source.end)) && SHOWN.test(text.slice(a.cue.start, a.cue.end))
}

/** The outlet's own earlier text, named in a correction: "an earlier version of this story", "a previous version of this article". */
const OWN_EARLIER_VERSION = /^(?:an?\s+|the\s+)?(?:earlier|previous|original|prior)?\s*versions?\s+of\s+this\s+(?:story|article|report|piece|post|page)$/iu
/** The outlet naming itself: "this newspaper", "this reporter". */
const SELF_REFERENCE = /^(?:this|our)\s+(?:newspaper|paper|publication|magazine|website|site|outlet|news\s+agency|agency|broadcaster|channel|reporter|correspondent|journalist)$/iu
/** A proper name of capitalised words, with lower-case particles inside ("Chamber of Civil Engineers"). */
const CAPITALISED_WORDS = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|and|on|de|the)\s+)*\p{Lu}[\p{L}'’.-]*)*`
const CAPITALISED_NAME = new RegExp(`^${CAPITALISED_WORDS}$`, 'u')

/** Who made the document a source names ("a survey by X", "data from X"), to the source's end; undefined when it names no maker. Pure. */
function documentAgent(text: string, source: Span): Span | undefined {
  const m = DOCUMENT_BY.exec(text.slice(source.start, source.end))
  if (!m) return undefined
  const start = source.start + m.index + m[0].length
  return start < source.end ? { start, end: source.end } : undefined
}

/** A name given to what a source describes, at its end: "… called Casa Nova", "… known as the Green Front". */
const CALLED_NAME = new RegExp(String.raw`\b(?:called|named|known\s+as)\s+(?:the\s+)?(${CAPITALISED_WORDS})$`, 'u')

/** The body a source names after "called" or "known as", when the words before it describe a body ("a coalition of groups called …"). Pure. */
function calledBody(text: string, source: Span): { name: string; span: Span } | undefined {
  const words = text.slice(source.start, source.end)
  const m = CALLED_NAME.exec(words)
  if (!m || !(isOrganisationWord(m[1]!) || words.slice(0, m.index).split(/[^\p{L}]+/u).some((w) => isBody(w.toLowerCase())))) return undefined
  const start = source.start + m.index + m[0].length - m[1]!.length
  return { name: m[1]!.replace(/\s+/gu, ' '), span: { start, end: source.end } }
}

/** A name of two to four capitalised words (particles and initials inside), set off by a comma from a description. */
const APPOSED_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|der|den|de|del|da|di|ten|ter|bin|al|el|la|le)\s+)*(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}$/u

/**
 * The person a source names in an apposition the mentions stage did not link ("The bar's owner,
 * Pat O'Connell"; "Swati Dhingra, a member of the committee"): the capitalised name after the
 * last comma or before the first, unless it reads as an organisation. Pure.
 */
export function apposedName(text: string, source: Span): { name: string; span: Span } | undefined {
  const words = text.slice(source.start, source.end)
  const first = words.indexOf(',')
  if (first < 0) return undefined
  const last = words.lastIndexOf(',')
  for (const [from, to] of [[last + 1, words.length], [0, first]] as const) {
    const part = words.slice(from, to)
    const name = part.trim()
    if (!APPOSED_NAME.test(name) || ORGANISATION_WORDS.test(name) || ORGANISATION_HEADS.test(name)) continue
    const start = source.start + from + part.indexOf(name)
    return { name: name.replace(/\s+/gu, ' '), span: { start, end: start + name.length } }
  }
  return undefined
}

/** Abstract nouns that "tell" or "show" without being anyone: "History tells us", "Research shows". */
const ABSTRACT_NON_AGENTS: ReadonlySet<string> = new Set(['history', 'research', 'evidence', 'data', 'science', 'experience', 'logic', 'sense', 'reason', 'precedent', 'tradition', 'wisdom', 'math', 'arithmetic', 'theory', 'information', 'reality', 'time'])

/** An aside between a source and its cue that keeps the speaker anonymous: ", who asked not to be named,", ", speaking on condition of anonymity,". */
const ANONYMITY_ASIDE = /^,\s+(?:who|speaking)\s[^,]*\b(?:named|identified|anonymity|authori[sz]ed|permitted|allowed)\b[^,]*,\s*$/iu
/** The plainest report verbs, and verbs only of saying or thinking, which a person's noun before them makes a report ("One doctor told me", "forecasters warned", "doctors think"); "a fraudster called her" is none. */
const PLAIN_REPORT = /^(?:(?:has|have|had)\s+)?(?:say|says|said|saying|tell|tells|told|telling|thinks?|thought|(?:warn|claim|insist|fear|predict)(?:s|ed|ing)?|(?:believ|argu|estimat)(?:e|es|ed|ing))$/iu

/**
 * The actor an unlinked noun phrase names: unnamed when its head is a common noun annotators head
 * sources with ("voters", "the campaign"), a noun for people only before a plain verb of saying
 * (`plainReport`); a group when capitalised and plural, the singular also written in the article
 * ("Republicans" beside "Republican"); an organisation when capitalised in several words; a lone
 * capitalised word as `loneSpeakerKind` reads it.
 */
function unnamedActor(phrase: NounPhrase, written: WordsAsWritten, plainReport = false, nameReport = false): Omit<Actor, 'id' | 'aliases'> | undefined {
  const { name, head } = phrase
  const lone = !/\s/u.test(name)
  // The head decides: "the Paris terrorist attack" is no name, "Republican leaders" are unnamed
  // leaders, and so are "Voters" opening a sentence and "Polls" after a headline.
  const capitalHead = /^\p{Lu}/u.test(/[\p{L}]+$/u.exec(name)?.[0] ?? '')
  // Opening a sentence, the first word is capitalised only for that, unless it is a name ("Nice residents").
  const capitalForSentence = phrase.opensSentence && !opensWithName(name, written) && !(nameReport && isOpeningName(phrase, written))
  // "Customers told the paper": a lone noun for people capitalised only because it opens the sentence is a common noun.
  const commonHead = !capitalHead || (lone && capitalForSentence && isCommonPeopleNoun(head))
  // "The commission says …": a body by its common noun speaks too, though annotators rarely head sources with it.
  // So does a noun for people ("One doctor", "Three witnesses").
  const heads = isSourceHead(head) || (commonHead && (phrase.who || BODY_NOUNS.has(head) || SPEAKING_BODIES.has(head) || (plainReport && (isPersonNoun(head) || isPeopleNoun(head)))))
  // "History tells us", "Research shows": an abstract noun on its own names no one, though annotators head sources with it ("Staff said" does).
  if (lone && ABSTRACT_NON_AGENTS.has(head)) return undefined
  const lowered = capitalHead || capitalForSentence
  if (!capitalHead || (lone && heads)) return heads ? { name: lowered ? inLowerCase(name) : name, kind: 'unnamed' } : undefined
  const singular = head.replace(/s$/u, '')
  if (singular !== head && written.any.has(singular)) return { name, kind: 'group' }
  // "Halima Begum of Oxfam": a name with no word of a body, of a body, is a person of it.
  if (!lone) return { name, kind: phrase.ofName && APPOSED_NAME.test(name) && !ORGANISATION_WORDS.test(name) && !ORGANISATION_HEADS.test(name) ? 'person' : 'organisation' }
  // A lone capitalised word is a name when it is never written in lower case, and capitalised inside a sentence somewhere ("Others" opening one is no name).
  if (written.lower.has(head) || CALENDAR.test(name) || capitalForSentence) return undefined
  // "Every Republican": one of a group, the group speaking.
  return { name, kind: phrase.afterEach ? 'group' : loneSpeakerKind(name, phrase.afterThe) }
}

/** `name` in lower case but for the names of places and peoples in it: "French farmers' groups" opening a sentence stays "French". Pure. */
function inLowerCase(name: string): string {
  return name.replace(/\p{L}+/gu, (w) => (gazetteer().byName.has(w) ? w : w.toLowerCase()))
}

/** Verbs of a report that a lone name opening a sentence makes ("Meta said", "Toyota reported"). */
const NAME_REPORT = /^(?:(?:has|have|had)\s+)?(?:say|says|said|told|reported|announced|confirmed|denied|added|stated|declared|responded|replied|acknowledged|admitted|warned|insisted|claimed)$/iu
/** Words that open a sentence alone before a report with no name: pronouns and quantifiers ("One said", "Another added"). */
const NO_NAME_OPENER = /^(?:one|another|someone|somebody|everyone|everybody|nobody|none|each|either|neither|this|that|it|who|all|both|many|most|some|few|several|others?)$/iu

/**
 * "Meta said it would appeal", "Toyota reported higher profits": a lone capitalised word opening a
 * sentence before a verb of report, singular (a plural there is a common noun: "Others said",
 * "Customers told") and never written in lower case, is a name; nothing else stands bare there.
 */
function isOpeningName(phrase: NounPhrase, written: WordsAsWritten): boolean {
  const { name, head } = phrase
  return phrase.opensSentence && !phrase.afterThe && /^\p{Lu}\p{Ll}+$/u.test(name) && !/[^su]s$/u.test(name) && !written.lower.has(head) && !NO_NAME_OPENER.test(name)
}

/** Person nouns that are also surnames ("Summers said", "Rivers said"): a lone capitalised plural of one may be a name. */
const SURNAME_NOUNS: ReadonlySet<string> = new Set(['river', 'summer', 'flower', 'master', 'winter', 'silver', 'walker', 'baker', 'carter', 'cooper', 'turner', 'parker', 'porter', 'butler', 'fisher', 'hunter', 'taylor', 'tucker', 'weaver', 'miller', 'potter', 'palmer', 'archer', 'ward'])
/** The commonest rank (in the word classes' vocabulary) of a singular that makes a plural a common noun rather than a rare word or a name ("Sanders"). */
const COMMON_RANK = 20000

/** True for a plural noun for people that is no name: its singular a common word, no first name ("Peters") and no surname noun. Pure. */
function isCommonPeopleNoun(noun: string): boolean {
  const singular = noun.replace(/(?<=(?:ss|sh|ch))es$|s$/u, '')
  return singular !== noun && isPeopleNoun(noun) && !SURNAME_NOUNS.has(singular) && !isFirstName(singular.charAt(0).toUpperCase() + singular.slice(1)) &&
    (wordRank(singular) ?? Infinity) < COMMON_RANK
}

/** The article's words as written, to tell names from common words with one look-up. */
interface WordsAsWritten {
  /** Every word, lower-cased. */
  readonly any: ReadonlySet<string>
  /** Words written in lower case. */
  readonly lower: ReadonlySet<string>
  /**
   * Capitalised words met inside a sentence on their own: not opening it, nor part of a longer
   * name ("History" in "the History Channel" or "Books of History").
   */
  readonly capitalisedInside: ReadonlySet<string>
}

/** True when the first word of `name` is one: never written in lower case, and capitalised on its own inside a sentence somewhere. */
function opensWithName(name: string, written: WordsAsWritten): boolean {
  const first = /^[\p{L}'’.-]+/u.exec(name)?.[0] ?? ''
  return !written.lower.has(first.toLowerCase()) && written.capitalisedInside.has(first)
}

/** Lower-case words inside a name of capitalised words: "Bank of America", "Books of History". */
const NAME_JOINERS = /^(?:of|and|for|the|on|in|de)$/u

function wordsAsWritten(text: string, seg: Segmentation): WordsAsWritten {
  const any = new Set<string>()
  const lower = new Set<string>()
  const capitalisedInside = new Set<string>()
  const sentenceStarts = new Set(seg.sentenceTokenStart)
  const capitalised = (t: number): boolean => t >= 0 && t < seg.starts.length && !sentenceStarts.has(t) && /^\p{Lu}/u.test(word(text, seg, t))
  // Next to a capitalised word (not one capitalised for opening its sentence), or to a particle with one beyond it ("Books of History").
  const inName = (t: number, step: number): boolean => capitalised(t + step) || (NAME_JOINERS.test(t + step >= 0 ? word(text, seg, t + step) : '') && capitalised(t + 2 * step))
  for (let t = 0; t < seg.starts.length; t++) {
    const w = word(text, seg, t)
    any.add(w.toLowerCase())
    if (/^\p{Ll}/u.test(w)) lower.add(w)
    else if (capitalised(t) && !inName(t, -1) && !inName(t, 1)) capitalisedInside.add(w)
  }
  return { any, lower, capitalisedInside }
}

interface NounPhrase {
  readonly name: string; readonly span: Span; readonly head: string; readonly opensSentence: boolean; readonly afterThe: boolean; readonly afterEach: boolean
  /** "of" and a capitalised name follow: "Halima Begum of Oxfam". */
  readonly ofName: boolean
  /** The antecedent of a "who" that is the source: people, whatever its noun. */
  readonly who: boolean
}

/** The noun phrase a source names someone by, without its openers; a relative pronoun's antecedent. */
function nounPhrase(text: string, seg: Segmentation, source: Span): NounPhrase | undefined {
  let first = firstTokenAtOrAfter(seg, source.start)
  let last = firstTokenAtOrAfter(seg, source.end) - 1
  if (last < first) return undefined
  // "charities who warned": "who" says its antecedent is people, whatever the noun.
  const who = first === last && /^who$/iu.test(word(text, seg, first))
  if (first === last && RELATIVE.test(word(text, seg, first))) {
    // "party leaders, who said": the phrase right before, across a comma, and an age set off by commas ("Cray, 61, who").
    last = first - 1
    if (last >= 0 && word(text, seg, last) === ',') last--
    if (last >= 1 && posOf(seg, last) === 'NUM' && word(text, seg, last - 1) === ',') last -= 2
    first = phraseStart(seg, last)
    // "relatives of the hostages, who said": the people the phrase is headed by, not those of whom they are.
    // So "engineers at the operator, who": a body or place is no "who" when people head the phrase, also opening the sentence.
    const head = first >= 2 ? word(text, seg, first - 2) : ''
    const people = isPeopleNoun(head.toLowerCase())
    const of = first >= 2 && (/^(?:of|for)$/iu.test(word(text, seg, first - 1)) || (people && /^(?:at|from|with)$/iu.test(word(text, seg, first - 1))))
    const lowerNoun = posOf(seg, first - 2) === 'NOUN' && /^\p{Ll}/u.test(head)
    const opensSentence = first >= 2 && seg.sentenceTokenStart[sentenceAt(seg, seg.starts[first - 2]!)] === first - 2
    if (of && (lowerNoun || (people && (/^\p{Ll}/u.test(head) || opensSentence))) && !SHARES.has(head)) {
      last = first - 2
      first = phraseStart(seg, last)
    }
    if (last < 0 || seg.ends[last]! > source.start) return undefined
  }
  // "16 percent of Democratic voters", "a majority of Republicans": the speakers are the whole.
  for (let t = first; t < last; t++) {
    if (word(text, seg, t).toLowerCase() !== 'of') continue
    let share = true
    for (let u = first; u < t; u++) share &&= posOf(seg, u) === 'NUM' || word(text, seg, u) === '-' || OPENERS.has(word(text, seg, u).toLowerCase()) || SHARES.has(word(text, seg, u).toLowerCase())
    if (share && t > first) first = t + 1
    break
  }
  while (first <= last && (OPENERS.has(word(text, seg, first).toLowerCase()) || posOf(seg, first) === 'PUNCT')) first++
  for (let t = first + 1; t <= last; t++) {
    // A participle after a noun opens a clause describing it: "farmers | interviewed by phone", "residents | living nearby"; before a noun it is part of a compound ("Bird watching groups").
    if (PHRASE_END.test(word(text, seg, t)) || (posOf(seg, t) === 'VERB' && ['NOUN', 'PROPN'].includes(posOf(seg, t - 1)) && posOf(seg, t + 1) !== 'NOUN')) {
      last = t - 1
      break
    }
  }
  if (first > last || last - first + 1 > MAX_WORDS) return undefined
  // Capitalised words are names whatever the tagger reads them as ("the Associated Press").
  const capital = (t: number): boolean => /^\p{Lu}/u.test(word(text, seg, t))
  // "the fire chief": a noun for a person the tagger read as an adjective still heads the phrase.
  if (!['NOUN', 'PROPN'].includes(posOf(seg, last)) && !capital(last) && !(last > first && isPersonNoun(word(text, seg, last).toLowerCase()))) return undefined
  // Participles modify ("registered voters"); other verbs mean the tagger misread the source.
  const modifier = (t: number): boolean => capital(t) || (t < last && /(?:ed|ing)$/u.test(word(text, seg, t)))
  // "farmers' groups": a plural's possessive mark; "the Health and Safety Executive": "and" inside a name.
  const joins = (t: number): boolean => t > first && t < last && ((/^['’]$/u.test(word(text, seg, t)) && /s$/u.test(word(text, seg, t - 1))) || (/^(?:and|&)$/u.test(word(text, seg, t)) && capital(t - 1) && capital(t + 1)))
  for (let t = first; t <= last; t++) if (!joins(t) && ['PRON', 'AUX', 'PUNCT', 'ADP', 'SCONJ', 'CCONJ', ...(modifier(t) ? [] : ['VERB'])].includes(posOf(seg, t))) return undefined
  const span = { start: seg.starts[first]!, end: seg.ends[last]! }
  // A source that starts inside a hyphenated word ("Seventy-|two percent") is a misread.
  if (/[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, span.start - 2), span.start))) return undefined
  const name = text.slice(span.start, span.end).replace(/\s+/gu, ' ').replace(/[’']s$/u, '')
  const before = first > 0 ? word(text, seg, first - 1).toLowerCase() : ''
  return {
    name, span, head: (/[\p{L}]+$/u.exec(name)?.[0] ?? '').toLowerCase(), opensSentence: seg.sentenceTokenStart[sentenceAt(seg, seg.starts[first]!)] === first,
    afterThe: before === 'the', afterEach: EACH.has(before), ofName: OF_NAME_AFTER.test(text.slice(span.end, span.end + 40)), who,
  }
}

/** "of" and a capitalised name after a phrase, a comma allowed: " of Oxfam", ", of the Red Cross". */
const OF_NAME_AFTER = /^,?\s+of\s+(?:the\s+)?\p{Lu}/u

const word = (text: string, seg: Segmentation, i: number): string => text.slice(seg.starts[i], seg.ends[i])

/** The first token of the noun phrase of at most `MAX_WORDS` words that ends at token `last`. Pure. */
function phraseStart(seg: Segmentation, last: number): number {
  let first = last
  while (first - 1 >= 0 && last - first + 1 < MAX_WORDS && ['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET'].includes(posOf(seg, first - 1))) first--
  return first
}

/** Tags of the words a plural subject's noun phrase is made of, before its head. */
const SUBJECT_MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET'])

/**
 * The last plural subject that starts at or after `from` and ends before `before`, outside
 * quotations: a plural common noun ("workers": its lemma differs) right before a verb, with its
 * modifiers and a share opening it ("Hundreds of workers gathered"). Pure; linear in the span.
 */
function pluralSubjectBefore(text: string, seg: Segmentation, before: number, from: number): Span | undefined {
  const isVerb = (t: number): boolean => posOf(seg, t) === 'VERB' || posOf(seg, t) === 'AUX' || (posOf(seg, t) === 'ADV' && posOf(seg, t + 1) === 'VERB')
  for (let t = firstTokenAtOrAfter(seg, before) - 2; t >= 0 && seg.starts[t]! >= from; t--) {
    const w = word(text, seg, t)
    if (posOf(seg, t) !== 'NOUN' || !/\p{Ll}s$/u.test(w) || (seg.lemmas[t] ?? w) === w.toLowerCase() || !isVerb(t + 1) || inQuotation(seg, { start: seg.starts[t]!, end: seg.ends[t]! })) continue
    let first = t
    while (first - 1 >= 0 && seg.starts[first - 1]! >= from && (SUBJECT_MODIFIERS.has(posOf(seg, first - 1)) || (word(text, seg, first - 1).toLowerCase() === 'of' && first - 2 >= 0 && SHARES.has(word(text, seg, first - 2).toLowerCase())))) first--
    return { start: seg.starts[first]!, end: seg.ends[t]! }
  }
  return undefined
}

/** A quotation mark, single quotes included ('I think so,' she said; ‘we will’); a quote closing after a letter is a plural possessive ("voters' concerns"). */
const QUOTATION_MARK = /["“”„«»‘]|(?:^|[\s(—–-])'(?=\p{L})|[.,!?]'(?=[\s,.;:!?)]|$)/u
/** A transcript turn opening a line: a speaker label ("Q:", "SANDERS:"), "Q." or "A.", or a dash. */
const TURN = /^\s*(?:[\p{Lu}][\p{L}.'’ -]{0,30}:|[QA]\.\s|[—–]\s?)/u
/** An embedded post: its author's handle, or a link to its picture. */
const EMBEDDED_POST = /\(@\w+\)|pic\.twitter\.com/u

/** True when the sentence around `span` holds a quotation mark, its line or paragraph opens a transcript turn, or its paragraph embeds a post. */
function nearQuotationOrTurn(text: string, seg: Segmentation, span: Span): boolean {
  const sentence = seg.sentences[spanIndexAt(seg.sentences, span.start)]
  const paragraph = seg.paragraphs[spanIndexAt(seg.paragraphs, span.start)]
  if (sentence !== undefined && QUOTATION_MARK.test(text.slice(sentence.start, sentence.end))) return true
  if (paragraph === undefined) return false
  const lineStart = Math.max(paragraph.start, text.lastIndexOf('\n', span.start - 1) + 1)
  const paragraphText = text.slice(paragraph.start, paragraph.end)
  return TURN.test(paragraphText) || TURN.test(text.slice(lineStart, span.end)) || EMBEDDED_POST.test(paragraphText)
}
