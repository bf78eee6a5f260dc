/**
 * @module analyze/attribution/cue-subject — the speaker of a cue as the subject of the act the cue names: "The union is
 * demanding a pay rise" is the union's demand, though no mention names the union. Shared by events and facets.
 */
import type { Actor, Attribution } from '../../model/schema.js'
import { firstTokenAtOrAfter, POS_TAGS, type Segmentation } from '../layers.js'
import { ORGANISATION_NOUNS } from '../mentions/lexicon.js'
import { isPeopleNoun, isPersonNoun, nameHead } from './pronoun-speakers.js'

const ADP = POS_TAGS.indexOf('ADP')

/** Words that may stand between a subject and its verb: auxiliaries and adverbs ("is demanding", "have also called"). */
const SUBJECT_TO_VERB = /^\s+(?:(?:is|are|was|were|has|have|had|will|would|also|again|now|still|\p{L}+ly)\s+)*$/iu

/** A relative clause set off by commas between the subject and its verb: "(Families …), who had gathered outside, (accused)". */
const RELATIVE_ASIDE = /^,\s+(?:who|which)\s[^,;:.!?"“”()]{1,120},\s*$/iu

/** Bodies that act as one: "the union", "the committee", "the clan". */
const BODY_NOUNS: ReadonlySet<string> = new Set(['unions', 'parties', 'opposition', 'panel', 'movement', 'campaign', 'clan', 'tribe', 'gang', 'mob', 'crowd', 'family', 'militia',
  'faction', 'junta', 'regime', 'cartel'])

/** True when a noun names people or a body that can act: "lawmakers", "the union"; not "tactics", "the plan". Pure. */
export function actsAsBody(noun: string): boolean {
  const word = noun.toLowerCase()
  return isPeopleNoun(word) || isPersonNoun(word) || BODY_NOUNS.has(word) || ORGANISATION_NOUNS.has(word)
}

/**
 * `speaker` (attribution `a`'s, which no mention names) when its source is the subject right before the cue and names
 * people or a body; not a bare participle before a preposition, which may be a reduced relative ("The field hospital
 * promised for Saturday is a car park").
 */
export function cueSubjectSpeaker(text: string, seg: Segmentation, a: Attribution, speaker: Actor | undefined): Actor | undefined {
  if (speaker?.kind !== 'unnamed' || !a.source || a.source.end > a.cue.start || !actsAsBody(nameHead(speaker))) return undefined
  if (a.source.end === a.cue.start - 1 && /^\p{L}+ed$/u.test(text.slice(a.cue.start, a.cue.end)) && seg.pos[firstTokenAtOrAfter(seg, a.cue.end)] === ADP) return undefined
  const between = text.slice(a.source.end, a.cue.start) || ' '
  return SUBJECT_TO_VERB.test(between) || RELATIVE_ASIDE.test(between) ? speaker : undefined
}
