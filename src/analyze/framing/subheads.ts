/**
 * @module analyze/framing/subheads — the questions an explainer is laid out by ("What is the
 * disease?", "How many shots?"), which head the answer that follows and suggest nothing.
 *
 * A question is a subheading when it is short and either stands alone as its paragraph (a heading
 * line) before a paragraph that states, or opens a paragraph and the rest of it states ("How many
 * shots? The police statement did not say."). Such questions are subheadings when the piece says
 * it is an explainer in its title or opening paragraphs ("What we know about …", "Explainer:",
 * "Q&A", "Key questions"), or, with no such label, when at least `MIN_UNLABELLED` heading lines
 * each head an answer of two sentences or more: text printed one sentence a line, where a
 * question alone on its line is ordinary prose, is not laid out by questions. A column's single
 * "Under control?" before its argument stays a rhetorical question.
 */
import { trimSpan, type Span } from '../../model/span.js'
import type { Segmentation } from '../layers.js'
import { asksQuestion } from './transcript.js'

/** A title or lead that labels the piece an explainer. */
const EXPLAINER_LABEL = /\b(?:what (?:we|you) (?:know|need to know|should know)|everything (?:we know|you need to know)|key questions|explainer|q\s*&\s*a|questions and answers)\b/iu
/** Opening paragraphs read for the explainer label. */
const LEAD_PARAGRAPHS = 3
/** Longest subheading question, in words: a heading line, and a shorter run-in one. */
const HEADING_WORDS = 12
const RUN_IN_WORDS = 8
/** Heading lines with two-sentence answers that make an unlabelled piece an explainer. */
const MIN_UNLABELLED = 2
/** A quotation mark opening a sentence: a speaker's question, not a heading. */
const OPENS_QUOTED = /^["“‘']/u

/**
 * Returns the subheading questions of the text (sentence indexes), `title` being the article's
 * title when it is not in the text: any, in a piece that labels itself an explainer; else at least
 * `MIN_UNLABELLED` heading lines. Pure; linear in sentences and paragraphs.
 */
export function findSubheadQuestions(text: string, seg: Pick<Segmentation, 'sentences' | 'paragraphs'>, title?: string): ReadonlySet<number> {
  const lead = seg.paragraphs.slice(0, LEAD_PARAGRAPHS).map((p) => text.slice(p.start, p.end))
  const labelled = [title ?? '', ...lead].some((t) => EXPLAINER_LABEL.test(t))
  const headings: number[] = []
  const runIn: number[] = []
  let answered = 0
  let s = 0
  for (let p = 0; p < seg.paragraphs.length; p++) {
    const paragraph = seg.paragraphs[p]!
    while (s < seg.sentences.length && seg.sentences[s]!.end <= paragraph.start) s++
    const first = s < seg.sentences.length ? trimSpan(text, seg.sentences[s]!) : undefined
    if (!first || first.start >= paragraph.end || !asksQuestion(text, first) || OPENS_QUOTED.test(text[first.start] ?? '')) continue
    const words = wordCount(text, first)
    if (first.end >= paragraph.end) {
      const answer = sentencesIn(text, seg, s + 1, seg.paragraphs[p + 1])
      if (words > HEADING_WORDS || answer === 0) continue
      headings.push(s)
      if (answer >= 2) answered++
    } else if (words <= RUN_IN_WORDS && !asksQuestion(text, trimSpan(text, seg.sentences[s + 1] ?? first))) {
      runIn.push(s)
    }
  }
  if (labelled) return new Set([...headings, ...runIn])
  return new Set(answered >= MIN_UNLABELLED ? headings : [])
}

/** Sentences of `paragraph` from sentence `s` on, or 0 when it is missing or opens with a question. Pure. */
function sentencesIn(text: string, seg: Pick<Segmentation, 'sentences'>, s: number, paragraph: Span | undefined): number {
  if (!paragraph) return 0
  let n = 0
  for (let k = s; k < seg.sentences.length && seg.sentences[k]!.start < paragraph.end; k++) {
    const sentence = trimSpan(text, seg.sentences[k]!)
    if (sentence.end <= paragraph.start) continue
    if (n === 0 && asksQuestion(text, sentence)) return 0
    if (++n >= 2) break
  }
  return n
}

function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}
