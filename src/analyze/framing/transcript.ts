/**
 * @module analyze/framing/transcript — the interviewer's turns of an interview printed as a transcript.
 *
 * A turn is a paragraph opened by a label and a colon (`Q: …`, `Alvarez: …`, `STEVE INSKEEP: …`).
 * The interviewer's turns are those labelled `Q`, `Question` or `Interviewer` (also `Q.`), and
 * those of a label used at least twice of which most turns ask a question (a host's name). Their
 * questions are asked to be answered, and their words are the interviewer's, not the outlet's
 * argument: the framing stage takes them out of the outlet's voice and asks no rhetorical question of them.
 * An interview printed with no labels is read as prose (`findProseInterview`): its questions are
 * the interviewer's turns and its answer paragraphs the answers.
 */
import type { Span } from '../../model/span.js'
import { findProseInterview } from '../attribution/lines.js'
import type { Segmentation } from '../layers.js'

const INTERVIEWER_LABEL = /^(?:q|question|interviewer)$/iu
/** A label of one to four capitalised words, then a colon (or the full stop of `Q.`), opening a paragraph. */
const TURN_LABEL = /^["“]?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*:\s+(?=\S)|^(Q)\.\s+(?=\S)/u
const ASKS = /\?["”’)\s]*$/u

/** A labelled paragraph: its label and the paragraph. */
interface Turn {
  readonly label: string
  readonly span: Span
}

/** The interviewer's turns (whole paragraphs), sorted, and the number of other labelled turns (the answers). */
export interface InterviewerTurns {
  readonly turns: Span[]
  readonly answers: number
}

/** Returns the interviewer's turns of a transcript. Pure; linear in paragraphs. */
export function findInterviewerTurns(text: string, seg: Pick<Segmentation, 'paragraphs'>): InterviewerTurns {
  const turns: Turn[] = []
  const asked = new Map<string, { turns: number; questions: number }>()
  for (const p of seg.paragraphs) {
    const head = TURN_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 60)))
    if (!head) continue
    const label = (head[1] ?? head[2]!).toLowerCase()
    turns.push({ label, span: p })
    const count = asked.get(label) ?? { turns: 0, questions: 0 }
    count.turns++
    if (ASKS.test(text.slice(Math.max(p.start, p.end - 6), p.end))) count.questions++
    asked.set(label, count)
  }
  const interviewer = (label: string): boolean => {
    const count = asked.get(label)!
    return INTERVIEWER_LABEL.test(label) || (asked.size >= 2 && count.turns >= 2 && count.questions * 2 > count.turns)
  }
  if (turns.length === 0) {
    const prose = findProseInterview(text, seg.paragraphs)
    return { turns: prose.questions, answers: prose.answers.length }
  }
  const mine = turns.filter((t) => interviewer(t.label))
  return { turns: mine.map((t) => t.span), answers: turns.length - mine.length }
}
