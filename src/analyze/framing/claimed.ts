/**
 * @module analyze/framing/claimed — one party's account reported with "claimed", the others' with
 * "said": "Cops claimed he turned toward officers. Witnesses said he was holding a phone." The
 * verb alone is common and often fair ("claimed responsibility"); set against a neutral verb for
 * another speaker in the same article, it is the outlet's doubt about that party's account.
 */
import type { Span } from '../../model/span.js'
import { firstTokenAtOrAfter, POS_TAGS } from '../layers.js'
import { inOutletVoice, type FramingContext, type Hit } from './context.js'

/** A reporting verb that casts doubt on what it reports. */
const CLAIM_CUE = /^claim(?:s|ed|ing)?$/iu
/** A neutral reporting verb. */
const NEUTRAL_CUE = /^(?:said|says|say|saying|told|tells|added|adds|stated|states|explained|explains)$/iu

/**
 * Returns a doubt hit on each "claimed" cue in the outlet's voice when another speaker's words are
 * reported with a neutral verb, unless a doubt hit of `wording` already covers the cue ("claimed to
 * have" is in the doubt lexicon): one device, one finding. Pure; linear in attributions and `wording`.
 */
export function findAsymmetricClaims(ctx: FramingContext, wording: readonly Hit[]): Hit[] {
  const cueOf = (a: FramingContext['attributions'][number]): string => ctx.text.slice(a.cue.start, a.cue.end).trim()
  // A claim reports a statement, a clause with a verb: an attack that "claimed the lives of a dozen" claims nothing.
  const claims = ctx.attributions.filter((a) => CLAIM_CUE.test(cueOf(a)) && inOutletVoice(ctx, a.cue.start) && hasVerb(ctx, a.content))
  if (claims.length === 0) return []
  // Another speaker than the claimant is reported with a neutral verb.
  const neutralSpeakers = new Set(ctx.attributions.filter((a) => NEUTRAL_CUE.test(cueOf(a))).map((a) => a.speaker))
  const doubtWording = wording.filter((h) => h.ruleId === 'framing/doubt')
  const flaggedAlready = (cue: Span): boolean => doubtWording.some((h) => h.span.start <= cue.start && cue.end <= h.span.end)
  return claims.filter((a) => neutralSpeakers.size > (neutralSpeakers.has(a.speaker) ? 1 : 0) && !flaggedAlready(a.cue)).map((a) => ({
    ruleId: 'framing/doubt',
    span: a.cue,
    explanation: `The outlet reports this account with \`${cueOf(a)}\` and other speakers' with a neutral verb such as "said"`,
    confidence: 0.45,
  }))
}

const VERB_TAGS = new Set([POS_TAGS.indexOf('VERB'), POS_TAGS.indexOf('AUX')])

/** True when a token of `span` is a verb. Pure; linear in the span's tokens. */
function hasVerb(ctx: FramingContext, span: Span): boolean {
  for (let i = firstTokenAtOrAfter(ctx.seg, span.start); i < ctx.seg.starts.length && ctx.seg.starts[i]! < span.end; i++) {
    if (VERB_TAGS.has(ctx.seg.pos[i] ?? -1)) return true
  }
  return false
}
