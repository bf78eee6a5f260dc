/**
 * @module knowledge/strike-sense — "strike" as a walkout or as an armed blow.
 *
 * Labour news and war news share the word: "nurses went on strike", "a strike by dockers", "striking
 * teachers", "a strike ballot" are walkouts; "an air strike", "a drone strike on the depot" and "missiles
 * struck the port" are attacks. One test, read by every stage that would otherwise take the word for an
 * attack (claim terms, portrayal's attack verbs, framing's event references, the event lexicon).
 */

/** People who walk out: workers by trade, their unions and workplaces' staff. */
const WORKERS = String.raw`(?:workers|unions?|staff|employees|teachers|lecturers|nurses|midwives|paramedics|doctors|consultants|surgeons|drivers|pilots|cabin\s+crew|miners|dockers|porters|cleaners|firefighters|conductors|controllers|postal|rail|railway|transport|bus|tube|airport|port|factory|refinery|postmen|civil\s+servants|junior\s+doctors|labou?r)`

/**
 * Words before "strike" that make it a walkout: its workers ("nurses' strike", "dockers will strike"), its
 * kind or length ("a general strike", "a 48-hour strike"), a verb that calls or holds one ("staged a strike",
 * "went on strike", "voted to strike").
 */
export const WALKOUT_BEFORE = new RegExp(String.raw`(?:\b${WORKERS}['’]?\s+(?:(?:will|would|could|may|are|were|to|set|plan|plans|planned|planning|voted|also|again|now|began|continue[sd]?|threaten(?:ed|s)?)\s+){0,3}|\b(?:general|hunger|national|nationwide|indefinite|all-out|rolling|wildcat|sympathy|token|pay|wage|pension|(?:\d+|one|two|three|four|five|six|seven)[-\s](?:hour|day|week))\s+|\b(?:stag|hold|held|call|began|begin|start|join|end|suspend|postpon|escalat|announc|organi[sz])\w*\s+(?:(?:a|an|the|their|its|this|further|new|fresh|more|first|second|third)\s+)*(?:[\p{L}-]+\s+)?|\b(?:(?:go|goes|went|gone|going|are|is|were|was|been|remain\w*|stay\w*|still)\s+)?on\s+|\b(?:vot\w*|threat\w*|right|plan\w*|decid\w*|ballot\w*|mandate)\s+to\s+)$`, 'iu')

/** Words after "strike" that make it a walkout: who holds it, what over, its ballot or action, the disruption it brings. */
const WALKOUT_AFTER = new RegExp(String.raw`^(?:\s+(?:by|of)\s+(?:[\p{L}\d,'’-]+\s+){0,3}?${WORKERS}\b|\s+(?:ballots?|action|pay|votes?|funds?|committees?|leaders?|days?|dates?|notices?|mandates?|breakers?|organi[sz]ers?|pickets?|chaos|misery|disruption|talks)\b|\s+(?:over|for)\s+(?:(?:better|higher|fair|their|a)\s+)*(?:pay|wages?|pensions?|conditions|staffing|jobs|salar(?:y|ies)|hours)\b)`, 'iu')

/** "striking nurses", "striking workers": the adjective of those on strike. */
const STRIKERS_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+)?${WORKERS}\b`, 'iu')

/** Words of a labour dispute in the strike's sentence: "nurses walked out … in the largest strike", "the union said the strike". */
const DISPUTE_NEAR = /\b(?:walk(?:ed|s|ing)?\s+out|walkouts?|picket(?:s|ed|ing)?|industrial\s+action|pay\s+(?:disputes?|offers?|deals?|claims?|talks))\b/iu
/** A trade union, written lower-case ("the union"): "the European Union", "the Soviet Union" are no unions of workers. */
const UNION_NEAR = /\bunions?\b/u

/** The text read on either side of the word: enough for a few words of context. */
const REACH = 60
/** The text of the word's sentence read for words of a dispute. */
const SENTENCE_REACH = 120

/**
 * True when the word at `start`–`end` of `text` is "strike", "strikes" or "striking" in the sense of a
 * walkout. "Struck" and a strike with no sign of labour ("the strike on the depot") stay armed. Pure.
 */
export function isWalkout(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase()
  if (!/^(?:strikes?|striking)$/u.test(word)) return false
  const before = text.slice(Math.max(0, start - REACH), start)
  const after = text.slice(end, end + REACH)
  if (word === 'striking') return STRIKERS_AFTER.test(after)
  return WALKOUT_BEFORE.test(before) || WALKOUT_AFTER.test(after) || inDispute(text, start, end)
}

/** True when the sentence around `start`–`end` (up to `SENTENCE_REACH` each side) speaks of a labour dispute. Pure. */
function inDispute(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - SENTENCE_REACH), start).split(/[.!?]\s+/u).pop() ?? ''
  const after = text.slice(end, end + SENTENCE_REACH).split(/[.!?](?:\s|$)/u)[0] ?? ''
  const sentence = `${before} ${after}`
  return DISPUTE_NEAR.test(sentence) || UNION_NEAR.test(sentence)
}
