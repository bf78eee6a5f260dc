/**
 * @module analyze/framing/sponsor-labels — a foreign sponsor pinned on a group: "the Indian-sponsored Fitna al Khawarij".
 *
 * "<Country or demonym>-sponsored" before a group's name or a label for armed men ("terrorists",
 * "proxies") labels the group as a foreign state's tool, and the text seldom says on what
 * evidence. "UN-sponsored talks", "a US-sponsored resolution" or "US-sponsored Syrian rebels"
 * sponsor no label and are not matched. PTC's articles hold no such label, so the trained
 * tagger may not veto it (`Hit.beyondPtc`). One pass over the tokens: linear.
 */
import { tokenText } from '../segment/segment.js'
import { isCountryOrDemonym, quote, type FramingContext, type Hit } from './context.js'

/** Labels for armed groups a sponsor is pinned on. */
const GROUP_LABELS = new Set([
  'terrorist', 'terrorists', 'terrorism', 'terror', 'militant', 'militants', 'militia', 'militias', 'proxy', 'proxies', 'insurgent',
  'insurgents', 'insurgency', 'separatist', 'separatists', 'mercenaries', 'agents', 'saboteurs', 'extremists', 'gangs', 'miscreants',
  'khwarij', 'khawarij',
])

/** Returns a name-calling hit for every "<country>-sponsored" group label. Pure; linear in tokens. */
export function findSponsorLabels(ctx: FramingContext): Hit[] {
  const { seg, text, lower } = ctx
  const hits: Hit[] = []
  for (let i = 2; i + 1 < lower.length; i++) {
    if (lower[i] !== 'sponsored' || lower[i - 1] !== '-' || seg.ends[i - 2] !== seg.starts[i - 1] || seg.ends[i - 1] !== seg.starts[i]) continue
    if (!isCountryOrDemonym(tokenText(text, seg, i - 2))) continue
    const next = tokenText(text, seg, i + 1)
    const namedGroup = /^\p{Lu}/u.test(next) && !isCountryOrDemonym(next)
    if (!namedGroup && !GROUP_LABELS.has(lower[i + 1] ?? '')) continue
    const span = { start: seg.starts[i - 2] ?? 0, end: seg.ends[i] ?? 0 }
    hits.push({ ruleId: 'framing/name-calling', span, confidence: 0.5, beyondPtc: true,
      explanation: `Label \`${quote(text, span)}\` pins a foreign sponsor on a group without saying on what evidence` })
  }
  return hits
}
