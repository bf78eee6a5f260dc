/**
 * @module analyze/claims/refuted — reports their speaker calls false: "Reports that X has agreed to withdraw are
 * "false and deliberately misleading"", "claims that the plant was unsafe were baseless", "the allegation that he wired
 * $2 million was a lie", "reports of civilian casualties were fabricated", "it was false that X". The reported words are
 * put forward to be denied, not asserted: claims read them as a denial, events as an act denied.
 */
import type { Span } from '../../model/span.js'
import { STATEMENT_NOUN } from '../attribution/cues.js'

/** Words that call a report false: "false", "utterly baseless", "a lie", "pure fiction". */
const FALSE_WORDS = String.raw`(?:(?:completely|entirely|totally|simply|both|utterly|wholly|quite|an?\s+outright|an?\s+complete|an?\s+total|pure)\s+)?["“‘']?` +
  String.raw`(?:false|wrong|untrue|not\s+true|baseless|unfounded|incorrect|groundless|fabricated|inaccurate|lies|nonsense|fake|bogus|absurd|preposterous|made\s+up|invented|` +
  String.raw`(?:an?\s+)?(?:lie|fiction|fabrication|hoax|myth|fantasy|smear|invention|falsehood))\b`
/**
 * What a report is called to deny it, besides false: "a (cynical, Russian) provocation", "(Western, enemy) propaganda".
 * Not after "it was … that": "it was a provocation that a destroyer sailed through" calls the sailing a provocation.
 */
const REFUTING_WORDS = String.raw`(?:${FALSE_WORDS}|(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:provocation|propaganda|disinformation|misinformation|fake\s+news)\b)`
const REFUTED_REPORT = new RegExp(String.raw`\b${STATEMENT_NOUN}\b[^.;]{0,120}?\bthat\s+(?<content>[^;]{3,300}?)\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+${REFUTING_WORDS}`, 'diu')
/** A report of something called false: "reports of civilian casualties were "fabricated"", "claims of fraud are baseless". */
const REFUTED_OF = new RegExp(String.raw`\b${STATEMENT_NOUN}\s+of\s+(?<content>[^;,.]{3,120}?)\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+${REFUTING_WORDS}`, 'diu')
/** The same refusal put first: "it was false that X", "it is a lie that X". */
const REFUTED_CLAUSE = new RegExp(String.raw`\bit\s+(?:is|was|'s)\s+${FALSE_WORDS}[^.;]{0,20}?\bthat\s+(?<content>[^;]{3,300}?)(?=[.;]|$)`, 'diu')

/** A contrast opening another clause: "…, but the ambassador said the accusation was invented". */
const CONTRAST_JOINT = /,\s+(?:but|yet|while|whereas|although|though)\s/u

/**
 * Where the refuted report's content stands in `words` (offsets into them), or undefined when none is refuted. A
 * contrast in it opens the clause of the one who refutes: "X claims that A, but Y said the accusation was invented" refutes A. Pure.
 */
export function refutedContent(words: string): Span | undefined {
  const m = REFUTED_REPORT.exec(words) ?? REFUTED_OF.exec(words) ?? REFUTED_CLAUSE.exec(words)
  const at = m?.indices?.groups?.['content']
  if (!at) return undefined
  const contrast = CONTRAST_JOINT.exec(words.slice(at[0], at[1]))
  return { start: at[0], end: contrast ? at[0] + contrast.index : at[1] }
}
