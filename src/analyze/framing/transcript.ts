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
 *
 * Outside a transcript, a reporter's question is answered in running text: "Would he run again?
 * \"I have not decided,\" he said."; "\"Will you resign?\" a reporter asked. \"No,\" Reed replied."
 * (`findAnsweredQuestions`). A speaker who answers their own question ("\"Who will pay?\" Reed said.
 * \"The taxpayers will,\" he added.") and an outlet that answers its own ("So what do we see? As the
 * Post observed, …") still ask to persuade.
 *
 * A service box asks in the reader's name and answers at once ("Should I stop taking my tablets?
 * No. …", "How do I claim a refund? Fill in …"): a question in the first person singular that opens
 * a paragraph and is followed by a statement, in an article whose own voice never says "I", is the
 * reader's, put to be answered (`findReaderQuestions`), and its first-person wording is no slogan of the
 * outlet's (the framing stage drops the trained tagger's spans in it). A columnist who writes "I" asks their own.
 */
import type { Attribution } from '../../model/schema.js'
import { spanIndexAt, trimSpan, type Span } from '../../model/span.js'
import { findProseInterview } from '../attribution/lines.js'
import type { Segmentation } from '../layers.js'

const INTERVIEWER_LABEL = /^(?:q|question|interviewer)$/iu
/** A label of one to four capitalised words, then a colon (or the full stop of `Q.`), opening a paragraph. */
const TURN_LABEL = /^["“]?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*:\s+(?=\S)|^(Q)\.\s+(?=\S)/u

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
    if (asksQuestion(text, p)) count.questions++
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

/** A sentence ending with a question mark, before any closing quotation mark or bracket. */
const ENDS_WITH_QUESTION = /\?[\s"”’)]*$/u
/** The speaker of a question in the outlet's voice. */
const OUTLET = ''
/** Characters an answer may open after its sentence start: a quotation mark. */
const ANSWER_OPENING_SLACK = 2
/** A cue that reports a reply: a verb of saying, not of acting ("has misled the public about"). */
const REPLY_CUE = /^(?:said|says|say|saying|replied|replies|answered|answers|responded|responds|told|tells|added|adds|explained|explains|insisted|insists|acknowledged|acknowledges|admitted|admits|conceded|concedes|countered|counters|retorted|declined)\b/iu

/** True when `sentence` (trimmed) ends with a question mark. Pure. */
export function asksQuestion(text: string, sentence: Span): boolean {
  return ENDS_WITH_QUESTION.test(text.slice(Math.max(sentence.start, sentence.end - 6), sentence.end))
}

/**
 * The indexes of the question sentences put to be answered: an interviewer's turn, or a question
 * whose next sentence (after the question's own reporting clause: "a reporter asked.") opens with
 * another speaker's words or name and says they replied or said them, not that they hold a view
 * ("Experts agree that …") or did something. Pure; linear in sentences, after sorting the attributions.
 */
export function findAnsweredQuestions(text: string, seg: Pick<Segmentation, 'sentences'>, attributions: readonly Attribution[], interviewer: readonly Span[]): Set<number> {
  const byCue = [...attributions].sort((a, b) => a.cue.start - b.cue.start)
  const byContent = [...attributions].sort((a, b) => a.content.start - b.content.start)
  const out = new Set<number>()
  let c = 0
  for (let s = 0; s < seg.sentences.length; s++) {
    const sentence = trimSpan(text, seg.sentences[s]!)
    if (!asksQuestion(text, sentence)) continue
    if (spanIndexAt(interviewer, sentence.end - 1) >= 0) {
      out.add(s)
      continue
    }
    const own = attributionOver(byContent, text.lastIndexOf('?', sentence.end))
    const asker = own?.speaker ?? OUTLET
    // The answer is the next sentence, or the one after the question's own reporting clause.
    const clause = seg.sentences[s + 1]
    const next = own && clause && own.cue.start >= clause.start && own.cue.start < clause.end ? seg.sentences[s + 2] : clause
    const reply = next && trimSpan(text, next)
    if (!reply || asksQuestion(text, reply)) continue
    while (c < byCue.length && byCue[c]!.cue.start < sentence.end) c++
    for (let k = c; k < byCue.length && byCue[k]!.cue.start < reply.end; k++) {
      const a = byCue[k]!
      const opening = Math.min(a.source?.start ?? a.content.start, a.content.start)
      const replies = a.speaker !== asker && REPLY_CUE.test(text.slice(a.cue.start, a.cue.end))
      if (replies && a.cue.start >= reply.start && opening >= reply.start && opening - reply.start <= ANSWER_OPENING_SLACK) {
        out.add(s)
        break
      }
    }
  }
  return out
}

/** "I", "my", "me" (and "I'm", "I've"): the first person singular. */
const FIRST_PERSON_SINGULAR = /(?<![\p{L}'’])(?:I|[Mm]y|[Mm]e)(?![\p{L}])/gu

/**
 * The indexes of a service box's questions, asked in the reader's name (see the module comment).
 * Pure; linear in sentences and paragraphs, after sorting the attributions.
 */
export function findReaderQuestions(text: string, seg: Pick<Segmentation, 'sentences' | 'paragraphs'>, attributions: readonly Attribution[]): Set<number> {
  const byContent = [...attributions].sort((a, b) => a.content.start - b.content.start)
  const candidates = new Set<number>()
  let p = 0
  for (let s = 0; s < seg.sentences.length; s++) {
    const sentence = trimSpan(text, seg.sentences[s]!)
    const firstPerson = [...text.slice(sentence.start, sentence.end).matchAll(FIRST_PERSON_SINGULAR)]
      .some((m) => !attributionOver(byContent, sentence.start + m.index) && !insideQuotation(text, sentence, sentence.start + m.index))
    if (!firstPerson) continue
    // The outlet's own "I" outside a question: a columnist writing, whose questions are their own.
    if (!asksQuestion(text, sentence)) return new Set()
    while (p < seg.paragraphs.length && seg.paragraphs[p]!.end <= sentence.start) p++
    const paragraph = seg.paragraphs[p]
    const opensParagraph = paragraph !== undefined && trimSpan(text, paragraph).start === sentence.start
    const next = seg.sentences[s + 1]
    if (opensParagraph && next && !asksQuestion(text, trimSpan(text, next)) && !attributionOver(byContent, text.lastIndexOf('?', sentence.end))) candidates.add(s)
  }
  return candidates
}

/** True when `at` follows an odd number of double quotation marks in its sentence: inside quoted words no attribution took. Pure. */
function insideQuotation(text: string, sentence: Span, at: number): boolean {
  return ((text.slice(sentence.start, at).match(/["“”]/gu) ?? []).length & 1) === 1
}

/** The attribution whose content holds the offset `mark` or ends just before it, among those sorted by content start: the last to open before it. Pure (binary search). */
function attributionOver(byContent: readonly Attribution[], mark: number): Attribution | undefined {
  let lo = 0
  let hi = byContent.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (byContent[mid]!.content.start <= mark) lo = mid + 1
    else hi = mid
  }
  const a = byContent[lo - 1]
  return a && mark <= a.content.end ? a : undefined
}
