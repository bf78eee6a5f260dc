/**
 * @module analyze/attribution/headline-source — the source a headline names at its end (", Belstan says",
 * "– Defence Minister Ali Kaya"). Wire style attributes the whole headline to that source: attribution reads it
 * as the source's report, framing takes its words out of the outlet's voice (`framing/speaker-voice.ts`).
 */
import type { Span } from '../../model/span.js'
import { isTitleCase } from '../segment/title-case.js'

/** Words for a source a headline's dash names: a role or title ("– Defence Minister Ali Kaya"), or a body ("– police"). */
const SOURCE_WORD = String.raw`(?:[Mm]inist(?:er|ry)|[Pp]resident|[Pp]remier|PM|[Cc]hancellor|[Ss]ecretary|[Gg]overnor|[Mm]ayor|[Ss]enator|MP|[Cc]hief|[Ll]eader|[Ee]nvoy|[Aa]mbassador|[Gg]eneral|[Cc]ommander|[Pp]rosecutors?|[Jj]udge|[Pp]olice|[Oo]fficials?|[Ss]ources?|[Rr]eport|[Ss]tudy|[Ss]urvey|[Ss]pokes(?:man|woman|person)|[Aa]rmy|[Mm]ilitary|[Gg]overnment|[Ww]itnesses|[Rr]esidents|[Uu]nion|[Cc]ourt)`
/** ", Belstan says", ", officials warn": a clause of saying after a comma. */
const SAYING_TAIL = String.raw`,\s+(?:[\p{L}\p{N}'’.-]+\s+){1,5}(?:[Ss]ays?|[Ss]aid|[Cc]laims?|[Ww]arns?|[Ii]nsists?|[Aa]lleges?|[Aa]ccuses?|[Aa]dmits?|[Rr]eports?)`
/**
 * "– Defence Minister Ali Kaya", "– central bank chief", "– army spokesman": a dash, up to four words that are no source word, source
 * words side by side, then at most a name (groups: the dash with its spaces, the role, the name). A role word after other words that
 * hold one ("– Opposition Leader Slams Minister") is a second clause, no source.
 */
const DASH_TAIL = String.raw`(\s[–—-]\s+)((?:(?!${SOURCE_WORD}\s)[\p{L}'’.-]+\s+){0,4}${SOURCE_WORD}(?:\s+${SOURCE_WORD})*)((?:\s+\p{Lu}[\p{L}'’.-]*){0,3})`
const TRAILING_SOURCE = new RegExp(String.raw`(?:${SAYING_TAIL}|${DASH_TAIL})\s*$`, 'du')
/** An outlet's name ends the line ("- BBC News", "- Military Times"): the outlet signs its page; no source speaks. */
const OUTLET_END = /\b(?:News|Times|Post|Journal|Herald|Tribune|Daily|Online|Today|Telegraph|Express|Mail|Gazette|Magazine|Weekly|TV|Radio|Network|Wire|Guardian|Independent|Observer)$/u

/**
 * Whether words before a dash are a headline in title case ("Minister Quits Over Scandal"): three words or more,
 * every word of four letters or more capitalised. Any shorter word or a number may stay lower, not only the
 * function words `mentions/headline-case.ts` allows: this reads words split at spaces, punctuation and figures kept. Pure.
 */
function isTitleCaseHeadline(words: string): boolean {
  return isTitleCase(words.trim().split(/\s+/u), { minWords: 3, mayStayLower: (w) => w.length < 4 || /^\p{N}/u.test(w) })
}

/** Where a headline's own words end, and, when a dash signs it, the dash and the source (offsets into the line). */
export interface HeadlineSource {
  readonly end: number
  readonly dash?: Span
  readonly source?: Span
}

/**
 * The source a headline line names at its end, if any; `body` is the article after the line. In a title-case headline every word is
 * capitalised, so a name after the role counts only where the body repeats it ("– Defence Minister Ali Kaya" and later "Ali Kaya"). Pure.
 */
export function headlineSource(line: string, body: string): HeadlineSource | undefined {
  const m = TRAILING_SOURCE.exec(line)
  if (!m?.indices || m.index === 0) return undefined
  if (m[1] === undefined) return { end: m.index }
  const name = m[3]!.trim()
  if (OUTLET_END.test(`${m[2]!}${m[3]!}`) || (name !== '' && isTitleCaseHeadline(line.slice(0, m.index)) && !body.includes(name))) return undefined
  const dash = m.indices[1]![0] + m[1].search(/[–—-]/u)
  return { end: m.index, dash: { start: dash, end: dash + 1 }, source: { start: m.indices[2]![0], end: m.indices[3]![1] } }
}
