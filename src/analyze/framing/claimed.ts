/**
 * @module analyze/framing/claimed — one party's account reported with a slanted verb, the others'
 * with "said": "Cops claimed he turned toward officers. Witnesses said he was holding a phone."
 * "Claimed" casts doubt on the account; "admitted" casts it as a concession of fault. Either verb
 * alone is common and often fair ("claimed responsibility", "admitted the charge"); set against a
 * neutral verb for another speaker in the same article, it is the outlet's slant on that party's account.
 */
import { contains, type Span } from '../../model/span.js'
import { firstTokenAtOrAfter, POS_TAGS } from '../layers.js'
import { inOutletVoice, type FramingContext, type Hit } from './context.js'
import type { RuleId } from './rules.js'

/** A reporting verb that slants what it reports, the rule its hit is under, and what the slant does. */
interface SlantedCue {
  readonly cue: RegExp
  readonly ruleId: RuleId
  readonly slant: string
  readonly confidence: number
  /** The report must open on a subject: "admitted causing death" is a plea told as it was entered, "admitted to the country" no report. */
  readonly subjectFirst?: boolean
}

const SLANTED_CUES: readonly SlantedCue[] = [
  { cue: /^claim(?:s|ed|ing)?$/iu, ruleId: 'framing/doubt', slant: '', confidence: 0.45 },
  { cue: /^admit(?:s|ted)$/iu, ruleId: 'framing/loaded-term', slant: ', which casts it as a concession of fault', confidence: 0.4, subjectFirst: true },
]
/** A neutral reporting verb. */
const NEUTRAL_CUE = /^(?:said|says|say|saying|told|tells|added|adds|stated|states|explained|explains)$/iu

/**
 * Returns a hit on each slanted cue ("claimed", "admitted") in the outlet's voice when another
 * speaker's words are reported with a neutral verb, unless a hit of `wording` under the same rule
 * already covers the cue ("claimed to have" is in the doubt lexicon): one device, one finding.
 * Pure; linear in attributions, times the hits of `wording` for each slanted cue.
 */
export function findAsymmetricClaims(ctx: FramingContext, wording: readonly Hit[]): Hit[] {
  const cueOf = (a: FramingContext['attributions'][number]): string => ctx.text.slice(a.cue.start, a.cue.end).trim()
  // A claim reports a statement, a clause with a verb: an attack that "claimed the lives of a dozen" claims nothing.
  const slanted = ctx.attributions.flatMap((a) => {
    const cue = SLANTED_CUES.find((c) => c.cue.test(cueOf(a)))
    return cue !== undefined && inOutletVoice(ctx, a.cue.start) && hasVerb(ctx, a.content) ? [{ a, cue }] : []
  })
  if (slanted.length === 0) return []
  const neutralSpeakers = new Set(ctx.attributions.filter((a) => NEUTRAL_CUE.test(cueOf(a))).map((a) => a.speaker))
  /** True when a speaker other than `speaker` is reported with a neutral verb. */
  const neutralOther = (speaker: string): boolean => neutralSpeakers.size > (neutralSpeakers.has(speaker) ? 1 : 0)
  const flaggedAlready = (cue: Span, ruleId: RuleId): boolean => wording.some((h) => h.ruleId === ruleId && contains(h.span, cue))
  const hits: Hit[] = []
  for (const { a, cue: { ruleId, slant, confidence, subjectFirst } } of slanted) {
    if (!neutralOther(a.speaker) || flaggedAlready(a.cue, ruleId)) continue
    if (subjectFirst && NO_SUBJECT_TAGS.has(ctx.seg.pos[firstTokenAtOrAfter(ctx.seg, a.content.start)] ?? -1)) continue
    hits.push({ ruleId, span: a.cue, confidence, explanation: `The outlet reports this account with \`${cueOf(a)}\`${slant} and other speakers' with a neutral verb such as "said"` })
  }
  return hits
}

const VERB_TAGS = new Set([POS_TAGS.indexOf('VERB'), POS_TAGS.indexOf('AUX')])
/** Tags of a report's first word that show it opens on no subject. */
const NO_SUBJECT_TAGS = new Set([...VERB_TAGS, POS_TAGS.indexOf('ADP')])

/** True when a token of `span` is a verb. Pure; linear in the span's tokens. */
function hasVerb(ctx: FramingContext, span: Span): boolean {
  for (let i = firstTokenAtOrAfter(ctx.seg, span.start); i < ctx.seg.starts.length && ctx.seg.starts[i]! < span.end; i++) {
    if (VERB_TAGS.has(ctx.seg.pos[i] ?? -1)) return true
  }
  return false
}
