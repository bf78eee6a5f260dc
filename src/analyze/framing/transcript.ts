/**
 * @module analyze/framing/transcript — the interviewer's turns of an interview printed as a transcript.
 *
 * A turn is a paragraph opened by a label and a colon (`Q: …`, `Alvarez: …`, `STEVE INSKEEP: …`).
 * The interviewer's turns are those labelled `Q`, `Question` or `Interviewer` (also `Q.`), and
 * those of a label used at least twice of which at least half the turns ask a question, more often than any other's (a host's name). Their
 * questions are asked to be answered, and their words are the interviewer's, not the outlet's
 * argument: the framing stage takes them out of the outlet's voice and asks no rhetorical question of them.
 * An interview printed with no labels, or with labels on the answers only, is read as prose
 * (`findProseInterview`): its questions are the interviewer's turns.
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
  // A host asks in at least half their turns, and more often than anyone else ("Herald: Will you pay?" … "Herald: Some call for your resignation.").
  const share = (label: string): number => asked.get(label)!.questions / asked.get(label)!.turns
  const shares = [...asked.keys()].map(share).sort((a, b) => b - a)
  const host = (label: string): boolean => asked.get(label)!.turns >= 2 && share(label) >= 0.5 && share(label) === shares[0] && shares[0] > shares[1]!
  const interviewer = (label: string): boolean => INTERVIEWER_LABEL.test(label) || (asked.size >= 2 && host(label))
  const mine = turns.filter((t) => interviewer(t.label))
  // Only the answers labelled ("Hồng: …"), or no labels at all: the questions are prose.
  if (mine.length === 0) {
    const prose = findProseInterview(text, seg.paragraphs)
    if (prose.questions.length > 0) return { turns: prose.questions, answers: turns.length || prose.answers.length }
  }
  return { turns: mine.map((t) => t.span), answers: turns.length - mine.length }
}
