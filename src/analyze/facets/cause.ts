/**
 * @module analyze/facets/cause — what a voice says brought the event about: "the fire was caused by a
 * faulty power line", "the grid operator blamed a faulty transformer", "the blaze was started
 * deliberately". The value is the cause's short heads ("power line", "arson"), sorted and joined with
 * " + ", so that two voices naming one cause in other words ("set on purpose", "arson") agree.
 */
import { matchesOf } from './matches.js'

/** Nouns of the events whose cause news asks about: a cause said of anything else is no cause of the story's event. */
const EVENT_NOUN = String.raw`(?:fire|blaze|wildfire|bushfire|inferno|blackout|outage|power\s+cut|crash|collapse|outbreak|explosion|blast|derailment|flood(?:ing|s)?|leak|spill|accident|disaster|sinking|shipwreck|stampede|landslide|failure|breakdown|malfunction|disruption|incident|tragedy)`

/** An event noun, maybe with a determiner and a word before it: "the fire", "Monday's deadly blaze". */
const EVENT = String.raw`(?:(?:the|a|an|this|that|[\p{L}]+'s)\s+)?(?:[\p{L}-]+\s+){0,2}?${EVENT_NOUN}\b`
/** ... or "it", only where the verb says it was caused ("it was started by"): "did this because of the politics" tells no event's cause. */
const EVENT_OR_IT = String.raw`(?:${EVENT}|\bit\b)`

/** Words between an event noun and "due to" / "because of" that keep the cue the event's: "the fire was likely due to". */
const EVENT_GAP = String.raw`(?:\s+(?:was|were|is|are|has|had|been|be|may|might|could|have|started|began|broke\s+out|occurred|happened|erupted|likely|probably|apparently|possibly|mainly|largely|partly|thought|believed|said|to|all|caused))*`

/** The cause phrase: up to ten words, ending at a clause break or a reporting tail ("…, officials said"). */
const PHRASE = String.raw`((?:(?!(?:said|says|according|told|added|but|while|which|who|although|though|after|before|when)\b)[\p{L}\d'’-]+(?:\s+|(?![\p{L}\d'’-]))){1,10})`

/** "Y caused X", "X was caused by Y", "started/sparked/triggered by Y", "the result of Y", "attributed X to Y", "blamed X on Y", "blamed Y for X". */
const EXPLICIT: readonly RegExp[] = [
  new RegExp(String.raw`\b${EVENT_OR_IT}\s+(?:was|were|is|had\s+been|has\s+been|may\s+have\s+been|might\s+have\s+been|could\s+have\s+been)\s+(?:(?:likely|probably|apparently|possibly|initially|first)\s+)?(?:caused|started|sparked|triggered|ignited|set\s+off)\s+by\s+${PHRASE}`, 'giu'),
  new RegExp(String.raw`\b${EVENT}\s+(?:was|were|is)\s+(?:(?:likely|probably|apparently|possibly|largely|mainly)\s+)?(?:the\s+)?(?:result|consequence)\s+of\s+${PHRASE}`, 'giu'),
  new RegExp(String.raw`\b(?:attribut|blam)(?:ed|es|e|ing)\s+${EVENT}\s+(?:to|on)\s+${PHRASE}`, 'giu'),
  // "the collapse was blamed on poor construction", "the cause of the fire was an electrical fault".
  new RegExp(String.raw`\b${EVENT}\s+(?:was|were|is|has\s+been|had\s+been|is\s+being)\s+(?:(?:largely|mainly|partly|widely)\s+)?(?:blamed\s+on|attributed\s+to)\s+${PHRASE}`, 'giu'),
  new RegExp(String.raw`\bcause\s+of\s+${EVENT}\s+(?:was|is|has\s+been)\s+(?:(?:identified|given|confirmed)\s+as\s+)?${PHRASE}`, 'giu'),
  new RegExp(String.raw`\b${EVENT}${EVENT_GAP}\s+(?:due\s+to|because\s+of|owing\s+to)\s+${PHRASE}`, 'giu'),
]

/** A word of a cause read back from its verb is no word of the report before it: "Police said | sparks from a grinder started the fire". */
const NOT_REPORTING = String.raw`(?!(?:said|says|say|that|believe[sd]?|think|thinks|told)\b)`

/** "Y caused the fire", "Y sparked the blaze": the cause comes first, so it is read back from the verb. */
const CAUSE_FIRST = new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:that|said|says|believe[sd]?|think|thinks)\s+)((?:${NOT_REPORTING}[\p{L}\d'’-]+\s+){1,6}?)(?:may\s+have\s+|probably\s+|likely\s+|apparently\s+)?(?:caused|sparked|triggered|started|ignited)\s+${EVENT}`, 'giu')

/** "blamed Y for X", "blamed Y" (no event named), "Y was to blame": the cause after or before the cue. */
const BLAMED_FOR = new RegExp(String.raw`\bblam(?:ed|es|e|ing)\s+${PHRASE.replace('when)', 'when|for)')}(?:for\s+${EVENT}\b)?`, 'giu')
const TO_BLAME = new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:that|said|says|believe[sd]?|think|thinks)\s+)((?:${NOT_REPORTING}[\p{L}\d'’-]+\s+){1,8}?)(?:was|were|is|are|may\s+have\s+been)\s+(?:(?:largely|mainly|partly|probably|likely)\s+)?to\s+blame\b`, 'giu')

/** "the fire was arson", "was started deliberately", "was set on purpose", "deliberately lit": the deliberate cause, with no phrase. */
const DELIBERATE = new RegExp(String.raw`\b${EVENT}\s+(?:was|were|is|had\s+been|has\s+been|may\s+have\s+been)\s+(?:(?:likely|probably|apparently|possibly)\s+)?((?:an?\s+)?(?:act\s+of\s+)?arson\b|(?:deliberately|intentionally)\s+(?:started|set|lit|caused)\b|(?:started|set|lit|caused)\s+(?:deliberately|intentionally|on\s+purpose)\b)`, 'giu')

/**
 * Verbs of a fault or a mishap: "a power line fell", "a transformer overheated", "the pilot ignored a warning".
 * "Fell" only of a thing that falls on something: "after night fell", "after prices fell" say when.
 */
const FAULT_VERB = String.raw`(?:(?<=\b(?:lines?|trees?|poles?|cables?|walls?|roofs?|branch(?:es)?|pylons?)\s+)fell|overheated|failed|collapsed|broke(?:\s+down)?|snapped|burst|exploded|leaked|caught\s+fire|short-circuited|malfunctioned|gave\s+way|struck|ignored|missed|misjudged)`
/**
 * "the fire started when a power line fell in strong winds", "the blackout happened because a transformer overheated",
 * "the crash occurred after the pilot ignored a warning": a cause told as a clause. Only with a verb of fault: "after the
 * guests left", "when residents were asleep" say when. Groups: the clause, its subject.
 */
const CLAUSE_CAUSE = new RegExp(String.raw`\b${EVENT}\s+(?:(?:has|had|was)\s+)?(?:started|began|broke\s+out|happened|occurred|erupted)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:because|when|after)\s+(((?:(?!(?:said|says|and|but)\b)[\p{L}\d'’-]+\s+){1,4}?)${FAULT_VERB}\b[^,.;:]{0,60})`, 'giu')
/** A clause's subject that is a person at work: their fault is a human error ("the pilot ignored a warning"). */
const PERSON_AT_WORK = /\b(?:pilots?|drivers?|operators?|crew|captain|engineers?|workers?|staff|controllers?|signallers?)\s*$/iu

/** Short heads of common causes, and the words that name each; a phrase naming none has its last noun for a head. */
const HEADS: readonly (readonly [string, RegExp])[] = [
  ['arson', /\b(?:arson(?:ists?)?|deliberate(?:ly)?|intentional(?:ly)?|on\s+purpose|set\s+alight)\b/iu],
  ['cyberattack', /\b(?:cyber[-\s]?attacks?|cyber[-\s]?criminals?|hack(?:s|ers?|ing|ed)?|ransomware|malware)\b/iu],
  ['power line', /\bpower[-\s]?lines?\b/iu],
  ['transformer', /\btransformers?\b/iu],
  ['wind', /\bwinds?\b|\bgusts?\b/iu],
  ['lightning', /\blightning\b/iu],
  ['electrical fault', /\b(?:short[-\s]circuits?|electrical\s+(?:faults?|failures?)|faulty\s+wiring|wiring)\b/iu],
  ['gas leak', /\bgas\s+leaks?\b/iu],
  ['human error', /\b(?:human|pilot|driver|operator)\s+errors?\b/iu],
  ['technical fault', /\b(?:technical|mechanical|engine)\s+(?:faults?|failures?|problems?)\b/iu],
  ['heat', /\b(?:heat(?:waves?)?|high\s+temperatures?|drought)\b/iu],
  ['rain', /\b(?:heavy\s+)?rain(?:s|fall)?\b|\bdownpours?\b/iu],
  ['sabotage', /\bsabotage\b/iu],
  ['terrorism', /\bterror(?:ism|ists?)?\b/iu],
]

/** Words that end a cause phrase's noun group without being its head. */
const NOT_A_HEAD = /^(?:the|a|an|of|and|or|in|on|at|to|from|by|with|its|their|his|her|that|this|was|were|is|are|been|be|strong|faulty|heavy|high|possible|likely)$/iu
/** Phrases that name no cause: a pronoun, or a party's name rather than a thing ("blamed the government"). */
const NO_CAUSE = /^(?:unknown|unclear|not|still|under|being|yet|something|anything|nothing|him|her|them|it|us|me|you|himself|herself|themselves|each\s+other|one\s+another|the\s+(?:government|authorities|police|opposition|company|operator|military|army|rebels|officials|president|minister))\b/iu

/**
 * A word every cause pattern needs: a sentence without one is not read further, for speed. A clause's cause
 * needs its event's verb ("began", "happened"; "started" is in "start"), not its "when" or "after".
 */
const CAUSE_WORD = /\b(?:because|began|happen|occur|erupt|broke\s+out|caus|start|spark|trigger|ignit|set\s+(?:off|on|alight)|result|consequence|attribut|blam|due\s+to|owing\s+to|arson|deliberate|intentional|lit\b)/iu

export interface CauseMatch {
  /** Sorted heads joined with " + ": "power line + wind". */
  readonly value: string
  /** Offsets within the sentence of the words that name the cause. */
  readonly start: number
  readonly end: number
}

/**
 * The causes a sentence gives its event. `aboutEvent`: the article's lead names an event with a cause, so
 * "the grid operator blamed a faulty transformer" names the cause of that event with no event noun of its
 * own. `isParty`: true for sentence offsets that a person or an organisation is named at. Pure.
 */
export function findCauses(s: string, aboutEvent: boolean, isParty: (start: number, end: number) => boolean): CauseMatch[] {
  const out: CauseMatch[] = []
  if (!CAUSE_WORD.test(s)) return out
  // The patterns that name the event need its noun, or "it" before a verb ("it was started by"); blame needs neither.
  const namesEvent = LEAD_EVENT.test(s) || /\bit\s+(?:was|were|is|had|has|may|might|could)\b/iu.test(s)
  // `anyone`: a cause told of whoever made an error ("the operator ignored a warning") is no party blamed, so no party check.
  const add = (phrase: string, start: number, head?: string, anyone = false): void => {
    const words = trimPhrase(phrase)
    if (!words || (!anyone && (NO_CAUSE.test(words) || isParty(start, start + words.length)))) return
    const value = head ?? headsOf(words)
    if (value && !out.some((o) => o.start < start + words.length && start < o.end)) out.push({ value, start, end: start + words.length })
  }
  if (namesEvent) {
    for (const re of EXPLICIT) for (const m of matchesOf(re, s)) add(m[1] ?? '', m.index + m[0].length - (m[1] ?? '').length)
    for (const m of matchesOf(DELIBERATE, s)) out.push({ value: 'arson', start: m.index + m[0].length - (m[1] ?? '').length, end: m.index + m[0].length })
    for (const m of matchesOf(CAUSE_FIRST, s)) add(m[1] ?? '', m.index + m[0].indexOf(m[1] ?? ''))
    for (const m of matchesOf(CLAUSE_CAUSE, s)) {
      const clause = m[1] ?? ''
      const subject = m[2] ?? ''
      const start = m.index + m[0].length - clause.length
      // A person's fault is a human error, whoever they are: no party accused.
      if (PERSON_AT_WORK.test(subject)) add(clause, start, 'human error', true)
      // Known causes anywhere in the clause ("fell in strong winds"), else the subject's noun: "a crane collapsed".
      else add(clause, start, knownHeads(clause) || lastNoun(subject))
    }
  }
  if (aboutEvent) {
    for (const m of matchesOf(BLAMED_FOR, s)) {
      // "blamed budget cuts for the delays": a cause of something other than the event.
      if (/^\s*for\b/iu.test(s.slice(m.index + m[0].length))) continue
      add(m[1] ?? '', m.index + m[0].indexOf(m[1] ?? ''))
    }
    for (const m of matchesOf(TO_BLAME, s)) add(m[1] ?? '', m.index + m[0].indexOf(m[1] ?? ''))
  }
  return out.sort((a, b) => a.start - b.start)
}

/** True when the text's lead speaks of an event with a cause (`EVENT_NOUN`). Pure. */
export function leadNamesEvent(lead: string): boolean {
  return LEAD_EVENT.test(lead)
}
const LEAD_EVENT = new RegExp(String.raw`\b${EVENT_NOUN}\b`, 'iu')

/** The phrase without its trailing space and function words: "strong winds and a faulty power line". */
function trimPhrase(phrase: string): string {
  const words = phrase.trim().split(/\s+/u)
  while (words.length > 0 && NOT_A_HEAD.test(words.at(-1)!)) words.pop()
  return words.join(' ')
}

/** The sorted heads a phrase names: known causes, else the last word of each conjunct. Pure. */
function headsOf(phrase: string): string {
  return knownHeads(phrase) || [...new Set(phrase.split(/\s+(?:and|or)\s+|,\s*/iu).map((c) => lastNoun(c)).filter((h) => h !== ''))].sort().join(' + ')
}

/** The sorted known causes a phrase names (`HEADS`), or '' when it names none. Pure. */
function knownHeads(phrase: string): string {
  return HEADS.filter(([, re]) => re.test(phrase)).map(([head]) => head).sort().join(' + ')
}

/** The last word of a noun group, in the singular: "power surges" → "power surge". */
function lastNoun(group: string): string {
  const words = group.trim().split(/\s+/u).filter((w) => !NOT_A_HEAD.test(w))
  const last = words.at(-1)?.toLowerCase() ?? ''
  return last.length > 3 && last.endsWith('s') && !last.endsWith('ss') ? last.slice(0, -1) : last
}
