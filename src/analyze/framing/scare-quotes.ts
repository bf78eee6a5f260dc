/**
 * @module analyze/framing/scare-quotes — a short label in quotation marks, distancing the outlet.
 *
 * A candidate is a quotation of one to four words set inside a sentence (not opening it, not
 * ending in a comma as in `"...," he said`), so it is not part of a longer quotation. The last
 * cue before it in its sentence decides what the marks do:
 * - a distancing cue ("so-called", "insists", "claims") makes them scare quotes around another
 *   party's label (`Azerbaijan insists it was a "terror attack"`), unless the words are a
 *   coordinated phrase, which is the speaker's wording, not a label (`insisting it was "lawful,
 *   fair and necessary"`);
 * - a reporting or naming cue ("said", "called", "described as", "dismissed as", "nicknamed", and
 *   headlinese speech verbs: `Union cries "betrayal"`, `Mayor slams "reckless" cuts`), or
 *   an attribution of the layer whose cue comes first, makes them a partial quotation of the
 *   speaker (`called the plan "cruel"`, `dismissed the scheme as a "gimmick"`): no finding;
 * - with no cue, one to three words that are not a Title-Case name or title (`the "Teflon Mark"`)
 *   are scare quotes of lower confidence (`the regime's "reforms"`), when nobody speaks in the sentence.
 * Printed words (`a vest marked "PRESS"`, `signs reading "Resign"`, an all-caps inscription) are no scare quotes.
 * The quoted words must read as a label: a noun or adjective and no verb, auxiliary or pronoun
 * (`"the issue is serious."` is a quoted clause, not a label).
 * The voice that counts is the sentence around the marks: the outlet chose to add them.
 */
import { quote, type FramingContext, type Hit } from './context.js'
import { firstTokenAtOrAfter, POS_TAGS } from '../layers.js'
import { isInscription, SHORT_QUOTE } from './plain-wording.js'
import { isTitleCase } from '../segment/title-case.js'

// The last cue before the quotation: group 1 a distancing cue ("insists on calling" whole), or a
// reporting or naming one, which distances too when group 2 gives it no speaker ("some call"), or
// group 3 a headlinese speech verb, which introduces only a quotation close after it (`slams
// "reckless" cuts`, `blasts the pair as "stooges"`), not one a clause away (`condemn what befell
// him, whose only "crime" was...`).
const CUE = /\b(?:(so[\s‐-]{0,2}called|self-styled|insist(?:s|ed|ing)?(?:\s+on\s+\p{L}+)?|claim(?:s|ed|ing)?)|(some\s+|many\s+|others\s+)?(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|led|ed|ling)?|brand(?:s|ed|ing)?|term(?:s|ed)?|describ(?:e|es|ed|ing)|refer(?:s|red|ring)?\s+to|characteri[sz](?:e|es|ed|ing)|deem(?:s|ed)?|dismiss(?:es|ed|ing)?|nicknamed?|known\s+as|titled|entitled|said|says|say|saying|told|tells|urged|urges|added|adds|stated|asked|wr(?:ite|ites|iting|ote|itten)|declared|announced|according|quoted|remarked|warned|demanded|accus(?:e|es|ed|ing)|vow(?:s|ed)|pledg(?:e|es|ed)|promis(?:e|es|ed))|(cr(?:y|ies|ied)|slam(?:s|med)?|blast(?:s|ed)?|hail(?:s|ed)?|condemn(?:s|ed)?|warns?))\b/giu
const SPEECH = /\b(?:said|says|say|saying|told|tells|urged|urges|added|adds|stated|asked|wrote|declared|announced|according|quoted|remarked|warned|demanded)\b/iu
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

/** Returns scare-quote hits. Pure; one regex pass over the text, cues read within the quote's sentence. */
export function findScareQuotes(ctx: FramingContext): Hit[] {
  const hits: Hit[] = []
  const { text, seg } = ctx
  let s = 0
  for (const m of text.matchAll(SHORT_QUOTE)) {
    const open = m.index
    const close = open + m[0].length
    const raw = m[1]!
    if (/^\s|\s$|,$/.test(raw) || /[.!?;:]\s/.test(raw)) continue
    const words = raw.match(WORDS) ?? []
    if (words.length < 1 || words.length > 4) continue
    while (s < seg.sentences.length && seg.sentences[s]!.end <= open) s++
    const sentence = seg.sentences[s]
    if (!sentence || sentence.start > open) continue
    const before = text.slice(sentence.start, open)
    if (!/[\p{L}\p{N}]/u.test(before)) continue // the quotation opens the sentence: quoted speech
    if (isInscription(before, raw)) continue // printed words (`a vest marked "PRESS"`) label nothing
    const after = text.slice(close, sentence.end)
    const shape = labelShape(ctx, open + 1, close - 1)
    if (shape === 'not-a-label') continue
    const label = raw.replace(/[.,!?;:]+$/u, '')
    const span = { start: open, end: close }
    const voiceAt = sentence.start + before.trimEnd().length - 1
    const cue = lastCue(before)
    if (cue === 'distancing') {
      if (shape === 'coordinated') continue
      hits.push({ ruleId: 'framing/scare-quotes', span, voiceAt, confidence: 0.6,
        explanation: `Scare quotes around \`${quote(label, { start: 0, end: label.length })}\` distance the outlet from another party's label` })
    } else if (cue === 'reporting' || reportedBySomeone(ctx, span)) {
      continue // a partial quotation of the speaker's own words
    } else if (words.length <= 3 && !isNameOrTitle(words) && !SPEECH.test(after)) {
      hits.push({ ruleId: 'framing/scare-quotes', span, voiceAt, confidence: 0.35,
        explanation: `Quotation marks around \`${quote(label, { start: 0, end: label.length })}\` signal doubt about the word` })
    }
  }
  return hits
}

/** The kind of the last cue in `before`, the sentence up to the quotation. Pure. */
function lastCue(before: string): 'distancing' | 'reporting' | undefined {
  let kind: 'distancing' | 'reporting' | undefined
  for (const m of before.matchAll(CUE)) {
    if (m[3] !== undefined && !CLOSE_AFTER.test(before.slice(m.index + m[0].length))) continue
    kind = m[1] !== undefined || m[2] !== undefined ? 'distancing' : 'reporting'
  }
  return kind
}

// At most five words and no clause break between a headlinese speech verb and the quotation.
const CLOSE_AFTER = /^(?:\s+[\p{L}\p{N}'’-]+){0,5}\s*$/u

/**
 * True for two or more words that all start with a capital: a name or a title ("Teflon Mark", "Silent Night").
 * No word may stay lower, and one capitalised word is no name by its case alone ("Resign"). Pure.
 */
const isNameOrTitle = (words: readonly string[]): boolean => isTitleCase(words, { minWords: 2 })

/**
 * True when an attribution's content covers the quoted label and its cue comes first: someone else's words.
 * The content may start just inside the opening mark (`cries "betrayal" over pay` quotes from the word on).
 */
function reportedBySomeone(ctx: FramingContext, span: { start: number; end: number }): boolean {
  return ctx.attributions.some((a) => a.content.start <= span.start + 1 && span.end - 1 <= a.content.end && a.cue.end <= span.start)
}

const NOT_IN_LABEL = new Set<number>(['AUX', 'PRON', 'SCONJ', 'VERB'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])))
const LABEL_HEAD = new Set<number>(['NOUN', 'PROPN', 'ADJ'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])))
const CCONJ = POS_TAGS.indexOf('CCONJ')

/**
 * How the tokens within `[start, end)` read: a label (a noun or adjective, no verb, auxiliary or
 * pronoun), a coordinated label ("cruel and unworkable", "lawful, fair and necessary"), or no label. Pure.
 */
function labelShape(ctx: FramingContext, start: number, end: number): 'label' | 'coordinated' | 'not-a-label' {
  const { seg, text } = ctx
  let head = false
  let coordinated = false
  for (let i = firstTokenAtOrAfter(seg, start); i < seg.starts.length && seg.starts[i]! < end; i++) {
    const pos = seg.pos[i] ?? -1
    if (NOT_IN_LABEL.has(pos)) return 'not-a-label'
    if (LABEL_HEAD.has(pos)) head = true
    if (pos === CCONJ || (text[seg.starts[i]!] === ',' && seg.ends[i]! < end)) coordinated = true
  }
  return !head ? 'not-a-label' : coordinated ? 'coordinated' : 'label'
}
