/**
 * @module analyze/attribution/lines — attributions made by the shape of a paragraph, with no
 * reporting verb: transcript turns and quotations signed with a dash.
 *
 * - `PENCE: Well, the question really should be …` — a speaker label in capitals and a colon
 *   open the paragraph (after a quotation mark, when the whole transcript is quoted); the colon
 *   is the cue, the rest of the paragraph the content. A label in ordinary case (`Alvarez: I'd
 *   say …`) is a turn only when it names a person the article introduced (`named`, checked by
 *   the caller against the mentions); `Q:` and `A:` (or `Q.` and `A.`) are the interviewer's
 *   questions and the interviewee's answers, read only in an article that has questions and answers
 *   (or named turns).
 * - `“Maybe we can build a wall around him.” ― Steve Quinlan` — a quotation followed by a dash
 *   and a name closes the paragraph; the dash is the cue.
 * - `Troops fired first – Defence Minister` — a first line with no final full stop signed with a
 *   source after a dash (`headline-source.ts`): the headline is the source's report, the dash the cue.
 * Interviews, debate transcripts and reader roundups are written this way.
 */
import { trimSpan, type Span } from '../../model/span.js'
import type { Segmentation } from '../layers.js'
import { headlineSource } from './headline-source.js'

/**
 * An attribution's spans, its speaker still to be resolved. An interview printed with no labels
 * (`findProseInterview`) gives answers with no source, and questions with no source whose cue and
 * content are where the interviewer asks.
 */
export interface LineAttribution {
  readonly source?: Span
  readonly cue: Span
  readonly content: Span
  /** What the label is: a name in capitals, a name in ordinary case (a turn only if it names a known person), a question or an answer. */
  readonly label?: 'capitals' | 'named' | 'question' | 'answer'
}

/**
 * One to three words in capitals (initials, apostrophes and hyphens allowed), then a colon; a
 * transcript printed as one long quotation opens each paragraph with a quotation mark first.
 */
const TRANSCRIPT_TURN = /^\s*["“]?((?:MR\.|MS\.|MRS\.|DR\.|SEN\.|REP\.|GOV\.)?\s?[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})\s*(:)\s+(?=\S)/du
/** One to three capitalised words in ordinary case, an abbreviated title allowed, then a colon: `Alvarez: I'd say …`. */
const NAMED_TURN = /^\s*["“]?((?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.\s)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*(:)\s+(?=\S)/du
/** An interview's question or answer label: `Q:`, `A:`, `Q.`, `A.`. */
const QA_TURN = /^\s*["“]?([QA])\s*([:.])\s+(?=\S)/du
/** Labels in capitals that introduce something other than a speaker's words. */
const NOT_SPEAKERS = new Set(['UPDATE', 'NOTE', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'RELATED', 'READ MORE', 'MORE', 'ALSO READ', 'SEE ALSO', 'WATCH', 'PHOTO', 'PHOTOS', 'VIDEO', 'SOURCE', 'CORRECTION', 'CLARIFICATION', 'BREAKING'])
/** A closing quotation mark, a dash, and one to five capitalised words ending the paragraph. */
const SIGNED_QUOTE = /([”"’])\s*([―—–]|--)\s*([A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,4})[\s.]*$/du

/** A span from regex match indices relative to `offset`. */
export const at = (offset: number, [start, end]: [number, number]): Span => ({ start: offset + start, end: offset + end })

/** Returns the transcript turns and signed quotations of the article, in order. Pure; linear. */
export function findLineAttributions(text: string, seg: Pick<Segmentation, 'paragraphs'>): LineAttribution[] {
  const headline = signedHeadline(text)
  const out: LineAttribution[] = headline ? [headline] : []
  for (const p of seg.paragraphs) {
    const paragraph = text.slice(p.start, p.end)
    const qa = QA_TURN.exec(paragraph)
    if (qa?.indices) {
      out.push(turnOf(text, p, qa, qa[1] === 'Q' ? 'question' : 'answer'))
      continue
    }
    const capitals = TRANSCRIPT_TURN.exec(paragraph)
    const turn = capitals ?? NAMED_TURN.exec(paragraph)
    if (turn?.indices && !NOT_SPEAKERS.has(turn[1]!.trim().toUpperCase()) && /\s\S+\s\S/u.test(paragraph.slice(turn[0].length))) {
      out.push(turnOf(text, p, turn, capitals ? 'capitals' : 'named'))
      continue
    }
    const signed = SIGNED_QUOTE.exec(paragraph)
    if (!signed?.indices) continue
    const open = openingQuote(paragraph.slice(0, signed.index), signed[1]!)
    if (open < 0) continue
    const [nameStart, nameEnd] = signed.indices[3]!
    out.push({ source: at(p.start, [nameStart, nameEnd - (signed[3]!.endsWith('.') ? 1 : 0)]), cue: at(p.start, signed.indices[2]!), content: { start: p.start + open + 1, end: p.start + signed.index } })
  }
  // "Q." and "A." open other paragraphs too (initials, lists): an interview has questions, and answers or named turns.
  const asked = out.some((l) => l.label === 'question')
  const answered = out.some((l) => l.label === 'answer' || l.label === 'named' || l.label === 'capitals')
  if (asked && answered) return out
  const lines = out.filter((l) => l.label !== 'question' && l.label !== 'answer')
  // With no labels at all, the interview may be printed as prose.
  if (lines.some((l) => l.label)) return lines
  const prose = findProseInterview(text, seg.paragraphs)
  const questions = prose.asked.map((asked): LineAttribution => ({ cue: asked, content: asked, label: 'question' }))
  const answers = prose.answers.map((a): LineAttribution => ({ ...a, label: 'answer' }))
  return [...lines, ...questions, ...answers].sort((a, b) => a.content.start - b.content.start)
}

/** The first line's report when it is a headline (more text follows, no final full stop) signed with a source after a dash. Pure. */
function signedHeadline(text: string): LineAttribution | undefined {
  const lineEnd = text.indexOf('\n')
  const line = lineEnd > 0 ? text.slice(0, lineEnd).trimEnd() : ''
  const signed = line.endsWith('.') ? undefined : headlineSource(line, text.slice(lineEnd))
  return signed?.dash && signed.source ? { source: signed.source, cue: signed.dash, content: trimSpan(text, { start: 0, end: signed.end }) } : undefined
}

/** A turn: the label is the source, its colon the cue, the rest of the paragraph the content. */
function turnOf(text: string, p: Span, turn: RegExpExecArray, label: NonNullable<LineAttribution['label']>): LineAttribution {
  const words = trimSpan(text, { start: p.start + turn[0].length, end: p.end })
  // In a quoted transcript the last turn also closes the quotation.
  const closes = /^\s*["“]/u.test(turn[0]) && /["”]/u.test(text[words.end - 1] ?? '')
  const content = closes ? { start: words.start, end: words.end - 1 } : words
  return { source: at(p.start, turn.indices![1]!), cue: at(p.start, turn.indices![2]!), content, label }
}

/** The offset of the quotation mark opening the paragraph's last quotation, or -1. Pure. */
function openingQuote(before: string, closing: string): number {
  const opening = closing === '”' ? '“' : closing === '’' ? '‘' : '"'
  const index = before.lastIndexOf(opening)
  return index >= 0 && before.length - index > 3 ? index : -1
}

/**
 * An interview printed as prose: the interviewer's turns (whole paragraphs, in order), the
 * question each asks (its last sentence up to its question mark, when it ends with one), and the
 * answers, a paragraph each, cued by the closing mark of the turn they answer.
 */
export interface ProseInterview {
  readonly questions: Span[]
  readonly asked: Span[]
  readonly answers: { readonly cue: Span; readonly content: Span }[]
}

/** The outlet says it interviewed someone: "spoke to us", "We spoke with", "received us", "interview", "edited for length". */
const INTERVIEW_INTRO = /\b(?:(?:spoke|speaks|speaking|talked|talking)\s+(?:exclusively\s+)?(?:with|to)\s+(?:us|me)\b|(?:we|I)\s+(?:spoke|talked)\s+(?:with|to)\b|received\s+(?:us|me)\b|interview(?:ed)?\b|(?:edited|condensed)\s+for\s+(?:length|clarity|brevity)\b)/iu
/** A question paragraph's end: a question mark, perhaps in brackets; not a closing quotation mark, which ends a quoted question. */
const ENDS_ASKING = /\?\)?$/u
/** A paragraph opening with a quotation mark is a quotation, not the interviewer's turn. */
const OPENS_QUOTED = /^["“‘]/u
/** The end of one sentence and the start of the next. */
const SENTENCE_BREAK = /[.!?]["”’)]*\s+(?=["“‘]?\p{Lu})/gu
/** Any first-person word; the speaking subject alone ("I", "we", "my", "me"), which an answer carries. */
const FIRST_PERSON = /(?<!\p{L})(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?)(?!\p{L})/u
const SPEAKS_FOR_SELF = /(?<!\p{L})(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e)(?!\p{L})/u
/** The interviewee addressed. */
const ADDRESSED = /\byou(?:rs?|rself)?\b/iu
/** Longest interviewer's turn, in sentences and characters. */
const TURN_SENTENCES = 3
const TURN_LENGTH = 400

/**
 * Reads an interview printed as prose, with no labels: after an intro saying the outlet
 * interviewed someone, the interviewer's turns are short paragraphs ending with a question mark
 * (not one in the first person right after a turn: an answer ending with a question of its own),
 * or short statements with no first person between two answers ("But customers were informed 19
 * days late."); an answer is the paragraph after a turn, and the paragraphs after it in the first
 * person ("I", "we"); a paragraph in neither (a closing note) is the outlet's. An interview asks
 * its interviewee at least once ("you") and has two answered turns; otherwise nothing is read.
 * Pure; linear in paragraphs.
 */
export function findProseInterview(text: string, paragraphs: readonly Span[]): ProseInterview {
  const none: ProseInterview = { questions: [], asked: [], answers: [] }
  const spans = paragraphs.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start)
  const words = spans.map((p) => text.slice(p.start, p.end))
  const asking = words.map(asks)
  const first = asking.indexOf(true)
  if (first < 1 || !words.slice(0, first).some((w) => INTERVIEW_INTRO.test(w))) return none
  const out: ProseInterview = { questions: [], asked: [], answers: [] }
  let state: 'question' | 'answer' | 'outside' = 'outside'
  let cue: Span | undefined
  for (let i = first; i < spans.length; i++) {
    const p = spans[i]!
    const w = words[i]!
    const next = words[i + 1]
    const starts = sentenceStarts(w)
    // Right after a question, a paragraph in the first person answers it, even ending with a question of its own.
    const question = asking[i]! && !(state === 'question' && SPEAKS_FOR_SELF.test(w))
    const statement = !question && state === 'answer' && !FIRST_PERSON.test(w) && starts.length <= 2 && next !== undefined && !asking[i + 1] && SPEAKS_FOR_SELF.test(next)
    if (question || statement) {
      // The question mark cues the answer; the question asked runs up to it.
      const mark = statement ? p.end - 1 : p.start + w.lastIndexOf('?')
      out.questions.push(p)
      if (!statement) out.asked.push({ start: p.start + starts[starts.length - 1]!, end: mark })
      cue = { start: mark, end: mark + 1 }
      state = 'question'
    } else if (cue && (state === 'question' || (state === 'answer' && SPEAKS_FOR_SELF.test(w)))) {
      out.answers.push({ cue, content: p })
      state = 'answer'
    } else state = 'outside'
  }
  const answered = new Set(out.answers.map((a) => a.cue.start)).size
  return answered >= 2 && out.questions.some((q) => ADDRESSED.test(text.slice(q.start, q.end))) ? out : none
}

/** True when a paragraph reads as an interviewer's question: short, unquoted, ending with a question mark. */
function asks(paragraph: string): boolean {
  return ENDS_ASKING.test(paragraph) && !OPENS_QUOTED.test(paragraph) && paragraph.length <= TURN_LENGTH && sentenceStarts(paragraph).length <= TURN_SENTENCES
}

/** Offsets of the sentences of a paragraph. Pure. */
function sentenceStarts(paragraph: string): number[] {
  return [0, ...[...paragraph.matchAll(SENTENCE_BREAK)].map((m) => m.index + m[0].length)]
}
