/**
 * @module analyze/framing/scare-quotes — a short label in quotation marks, distancing the outlet.
 *
 * A candidate is a quotation of one to four words set inside a sentence (not opening it, not
 * ending in a comma as in `"...," he said`), so it is not part of a longer quotation. It is a
 * scare quote when the sentence shows the label is another party's (a labelling verb such as
 * "insists", "calls", "describes" before it, or an attribution of the layer covering it), or,
 * with lower confidence, when it is one to three words and nobody is quoted as speaking.
 * The quoted words must read as a label: a noun or adjective and no verb, auxiliary or pronoun
 * (`"the issue is serious."` is a quoted clause, not a label).
 * The voice that counts is the sentence around the marks: the outlet chose to add them.
 */
import { quote, type FramingContext, type Hit } from './context.js'
import { firstTokenAtOrAfter, POS_TAGS } from '../layers.js'

const QUOTED = /[“"‘]([^“”"‘’\n]{1,60})[”"’]/gu
const LABEL_CUE = /\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|led|ed|ling)?|brand(?:s|ed|ing)?|term(?:s|ed)?|describ(?:e|es|ed|ing)|insist(?:s|ed|ing)?|claim(?:s|ed|ing)?|refer(?:s|red|ring)?\s+to|characteri[sz](?:e|es|ed|ing)|deem(?:s|ed)?|so-called)\b/iu
const SPEECH = /\b(?:said|says|say|saying|told|tells|urged|urges|added|adds|stated|asked|wrote|declared|announced|according|quoted|remarked|warned|demanded)\b/iu
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

/** Returns scare-quote hits. Pure; one regex pass over the text, cues read within the quote's sentence. */
export function findScareQuotes(ctx: FramingContext): Hit[] {
  const hits: Hit[] = []
  const { text, seg } = ctx
  let s = 0
  for (const m of text.matchAll(QUOTED)) {
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
    const after = text.slice(close, sentence.end)
    if (!looksLikeLabel(ctx, open + 1, close - 1)) continue
    const label = raw.replace(/[.,!?;:]+$/u, '')
    const span = { start: open, end: close }
    const voiceAt = sentence.start + before.trimEnd().length - 1
    if (LABEL_CUE.test(before) || reportedBySomeone(ctx, span)) {
      hits.push({ ruleId: 'framing/scare-quotes', span, voiceAt, confidence: 0.6,
        explanation: `Scare quotes around \`${quote(label, { start: 0, end: label.length })}\` distance the outlet from another party's label` })
    } else if (words.length <= 3 && !SPEECH.test(before) && !SPEECH.test(after)) {
      hits.push({ ruleId: 'framing/scare-quotes', span, voiceAt, confidence: 0.35,
        explanation: `Quotation marks around \`${quote(label, { start: 0, end: label.length })}\` signal doubt about the word` })
    }
  }
  return hits
}

/** True when an attribution's content covers the quoted label and its cue comes first: someone else's words. */
function reportedBySomeone(ctx: FramingContext, span: { start: number; end: number }): boolean {
  return ctx.attributions.some((a) => a.content.start <= span.start && span.end <= a.content.end && a.cue.end <= span.start)
}

const NOT_IN_LABEL = new Set<number>(['AUX', 'PRON', 'SCONJ', 'VERB'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])))
const LABEL_HEAD = new Set<number>(['NOUN', 'PROPN', 'ADJ'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])))

/** True when the tokens within `[start, end)` read as a label: a noun or adjective, no verb, auxiliary or pronoun. */
function looksLikeLabel(ctx: FramingContext, start: number, end: number): boolean {
  const { seg } = ctx
  let head = false
  for (let i = firstTokenAtOrAfter(seg, start); i < seg.starts.length && seg.starts[i]! < end; i++) {
    const pos = seg.pos[i] ?? -1
    if (NOT_IN_LABEL.has(pos)) return false
    if (LABEL_HEAD.has(pos)) head = true
  }
  return head
}
