/**
 * @module analyze/framing/genre — news report, interview or opinion, with the cues as evidence.
 *
 * - interview: the outlet's own voice says it spoke with or interviewed someone ("spoke with",
 *   "speaking exclusively to", "in an interview", "this interview has been edited"), and one named
 *   speaker holds the conversation: at least `interviewShare` of the attributed text, in at least
 *   `minInterviewTurns` attributions covering at least `interviewCoverage` of the text (with no
 *   attributions at all, two cues are needed), or the article prints the interview as a
 *   transcript: `minTranscriptTurns` questions (`transcript.ts`) and as many answers. One remark
 *   from witnesses "interviewed by the Courier", or from staff "who spoke to me", is reporting.
 *   A report built on one interview says so less plainly: the words were "told the Ledger" (an
 *   outlet, named in capitals) or the outlet puts its own question and the answer follows ("Was he
 *   surprised? \"No,\" he said."); with such a cue, one named speaker holding at least
 *   `interviewCoverage` of the text in at least `minLedTurns` attributions is the interviewee;
 * - opinion: the outlet's own voice carries evaluative framing: the confidence-weighted number
 *   of outlet-voice findings (hedges aside) per 1,000 outlet-voice words reaches
 *   `opinionDensity`, or half of it with first-person writing ("I", "we", "our"). Vivid wording
 *   alone (loaded language, exaggeration, fear words: "a stunning display", "a ruthless
 *   demolition", "a disastrous second set") is how reporters describe matches and disasters too: when
 *   the outlet's voice carries no argumentative device (doubt, unnamed authorities invoked,
 *   whataboutism, boosters, name-calling, slogans…) and no first person, it counts at `descriptiveWeight`;
 * - opinion also when the title carries the outlet's own label ("Analysis:", "Opinion |", "Comment —");
 * - otherwise a news report; an explainer laid out by questions (`subheads.ts`: "What is the
 *   disease?") is one, its subheadings the evidence.
 */
import type { Finding, Genre } from '../../model/schema.js'
import { trimSpan, type Span } from '../../model/span.js'
import { OPINION_LABELS } from '../../ingest/text-signals.js'
import { UNKNOWN_SPEAKER } from '../attribution/attribution.js'
import { sentenceAt } from '../segment/segment.js'
import { inOutletVoice, type FramingContext } from './context.js'

/** Thresholds of the genre decision, chosen on hand-written fixtures and the seed articles (see framing.test.ts). */
export const GENRE_THRESHOLDS = {
  /** Weighted outlet-voice findings per 1,000 outlet-voice words for opinion. */
  opinionDensity: 12,
  /** First-person pronouns per 1,000 outlet-voice words that halve the opinion threshold. */
  firstPersonDensity: 4,
  /** Share of attributed characters one speaker must hold for an interview. */
  interviewShare: 0.66,
  /** Attributions that speaker needs: an interview quotes its interviewee again and again. */
  minInterviewTurns: 3,
  /** Share of the text that speaker's words must cover. */
  interviewCoverage: 0.25,
  /** Outlet-voice findings needed before density means anything on short texts. */
  minFindings: 3,
  /** Weight of vivid wording in an outlet's voice that argues nothing (see the module comment). */
  descriptiveWeight: 0.5,
  /** Interviewer's turns, and as many answers, that make a transcript an interview. */
  minTranscriptTurns: 2,
  /** Attributions of the one speaker of a report built on an interview ("told the Ledger"): quoted again and again, not once. */
  minLedTurns: 6,
} as const

const INTERVIEW_CUES = /\b(?:(?:spoke|speaking|talked|talking)\s+(?:exclusively\s+)?(?:with|to)\s+(?!reporters\b|journalists\b|the press\b|the media\b|media\b)|(?:in|during)\s+an?\s+(?:exclusive\s+|recent\s+|wide-ranging\s+)?interview\b|(?:exclusive|sit-down|one-on-one)\s+interview\b|sat\s+down\s+with\b|interviewed\b|(?:interview|conversation|questions\s+and\s+answers|transcript)\s+(?:has|have)\s+been\s+(?:lightly\s+)?(?:edited|condensed)\b)/giu
/** Words told to an outlet named in capitals ("told the Ledger", "she told Novi Glas"); not to a body that is no outlet ("told Parliament"). */
const TOLD_OUTLET = /\btold\s+(?:the\s+)?(?!(?:Parliament|Congress|Senate|House|Commons|Lords|Assembly|Council|Court|Committee|Police)\b)\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,2}/gu
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours'])
const NOT_OPINION = new Set(['framing/hedge'])
/** A note that a claim rests on a source the outlet does not name ("a source close to the inquiry"): routine reporting, which argues nothing (`unnamed-authority.json`). */
const isSourcingNote = (f: Finding): boolean => f.ruleId === 'framing/unnamed-authority' && f.explanation.startsWith('Sourcing note')
/** Rules that find vivid wording, which describes without arguing; every other rule (boosters too) finds an argumentative device. */
const DESCRIPTIVE = new Set(['framing/loaded-term', 'framing/exaggeration', 'framing/appeal-to-fear', 'framing/repetition',
  'framing/learned-loaded-language', 'framing/learned-exaggeration', 'framing/learned-appeal-to-fear', 'framing/learned-repetition'])

/** Summary figures the genre decision is made from; exported for benchmarks and tests. */
export interface GenreFigures {
  readonly outletWords: number
  readonly outletFindings: number
  readonly density: number
  /** True when the outlet's voice has vivid wording but argues nothing, so that wording counts at `descriptiveWeight`. */
  readonly descriptiveOnly: boolean
  readonly firstPerson: number
  readonly interviewCues: readonly Span[]
  /** Words told to an outlet, and the outlet's own questions answered by a speaker: the cues of a report built on an interview. */
  readonly ledCues: readonly Span[]
  /** The most-quoted named speaker, or undefined with no attributions. */
  readonly topSpeaker: TopSpeaker | undefined
}

/** The most-quoted named speaker: their share of the attributed characters and of the text, and their number of attributions. */
export interface TopSpeaker {
  readonly speaker: string
  readonly share: number
  readonly coverage: number
  readonly turns: number
}

/** Computes the genre figures. Pure; linear in tokens plus findings. */
export function genreFigures(ctx: FramingContext, outletFindings: readonly Finding[]): GenreFigures & { firstPersonSpans: Span[]; framing: Finding[] } {
  const { seg, text } = ctx
  let outletWords = 0
  const firstPersonSpans: Span[] = []
  let v = 0
  for (let i = 0; i < seg.starts.length; i++) {
    const start = seg.starts[i]!
    while (v < ctx.outletVoice.length && ctx.outletVoice[v]!.end <= start) v++
    const span = ctx.outletVoice[v]
    if (!span || span.start > start || !/[\p{L}\p{N}]/u.test(ctx.lower[i] ?? '')) continue
    outletWords++
    if (FIRST_PERSON.has(ctx.lower[i] ?? '') && !(ctx.lower[i] === 'us' && text.slice(start, seg.ends[i]) === 'US')) firstPersonSpans.push({ start, end: seg.ends[i]! })
  }
  const framing = distinctFindings(outletFindings.filter((f) => !NOT_OPINION.has(f.ruleId) && !isSourcingNote(f)))
  const firstPerson = outletWords === 0 ? 0 : (firstPersonSpans.length * 1000) / outletWords
  const descriptiveOnly = firstPerson < GENRE_THRESHOLDS.firstPersonDensity && framing.length > 0 && framing.every((f) => DESCRIPTIVE.has(f.ruleId))
  const weight = descriptiveOnly ? GENRE_THRESHOLDS.descriptiveWeight : 1
  const weighted = framing.reduce((sum, f) => sum + f.confidence * weight, 0)
  const interviewCues: Span[] = []
  for (const m of text.matchAll(INTERVIEW_CUES)) {
    if (inOutletVoice(ctx, m.index)) interviewCues.push({ start: m.index, end: m.index + m[0].trimEnd().length })
  }
  const ledCues: Span[] = [...text.matchAll(TOLD_OUTLET)].filter((m) => inOutletVoice(ctx, m.index)).map((m) => ({ start: m.index, end: m.index + m[0].length }))
  // An explainer's subheadings are answered by the outlet itself: no one was asked them.
  for (const s of ctx.answeredQuestions) if (!ctx.subheadQuestions.has(s)) ledCues.push(trimSpan(text, seg.sentences[s]!))
  ledCues.sort((a, b) => a.start - b.start)
  return {
    outletWords,
    outletFindings: outletFindings.length,
    density: outletWords === 0 ? 0 : (weighted * 1000) / outletWords,
    descriptiveOnly,
    firstPerson,
    interviewCues,
    ledCues,
    topSpeaker: topSpeaker(ctx),
    firstPersonSpans,
    framing,
  }
}

/**
 * The findings with those that tell one piece of framing counted once, at the surest: overlapping spans of like extent
 * (a rule's "fierce" and the tagger's "fierce criticism"), and a rule's words inside the tagger's longer span, which they
 * stand for (`tellsAgain`). Pure; sorts, then compares each finding with the last one kept.
 */
function distinctFindings(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = []
  for (const f of [...findings].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)) {
    const last = out[out.length - 1]
    if (last && f.span.start < last.span.end && likeExtent(last, f)) {
      if (f.confidence > last.confidence) out[out.length - 1] = f
    } else if (last && f.span.start < last.span.end && tellsAgain(last, f)) out[out.length - 1] = f
    else out.push(f)
  }
  return out
}

/**
 * True when the trained tagger's span `outer` holds a rule's finding `inner` of its technique: "years of shameful
 * neglect" around "shameful" tells no more framing than the word, which stands for it; each further word the span
 * holds ("heartless, shameless and utterly cynical raid") is framing of its own.
 */
function tellsAgain(outer: Finding, inner: Finding): boolean {
  return outer.ruleId.startsWith('framing/learned-') && !inner.ruleId.startsWith('framing/learned-') && outer.technique === inner.technique && inner.span.end <= outer.span.end
}

/** True when neither span is over `LIKE_EXTENT` times as long as the other. */
function likeExtent(a: Finding, b: Finding): boolean {
  const [x, y] = [a.span.end - a.span.start, b.span.end - b.span.start]
  return Math.max(x, y) <= LIKE_EXTENT * Math.max(1, Math.min(x, y))
}

/** How much longer one of two overlapping findings may be and still tell the same framing: "fierce" in "fierce criticism". */
const LIKE_EXTENT = 3

/** The most-quoted named speaker (unresolved speakers are nobody in particular), or undefined with no attributed text. */
function topSpeaker(ctx: FramingContext): TopSpeaker | undefined {
  const bySpeaker = new Map<string, { chars: number; turns: number }>()
  let total = 0
  for (const a of ctx.attributions) {
    const n = Math.max(0, a.content.end - a.content.start)
    total += n
    if (a.speaker === UNKNOWN_SPEAKER) continue
    const held = bySpeaker.get(a.speaker) ?? { chars: 0, turns: 0 }
    bySpeaker.set(a.speaker, { chars: held.chars + n, turns: held.turns + 1 })
  }
  if (total === 0) return undefined
  let top = { speaker: UNKNOWN_SPEAKER, chars: 0, turns: 0 }
  for (const [speaker, held] of bySpeaker) if (held.chars > top.chars) top = { speaker, ...held }
  return { speaker: top.speaker, share: top.chars / total, coverage: top.chars / Math.max(1, ctx.text.length), turns: top.turns }
}

/** Sentences after an interview cue in which its interviewee's words may begin: "X sat down with the Ledger. 'We will rebuild,' she said." */
const INTERVIEWEE_REACH = 2

/** True when `speaker` is attributed words that begin (source, cue or content) in the sentence of interview cue `cue` or the `INTERVIEWEE_REACH` after it. Pure. */
function speaksNear(ctx: FramingContext, speaker: string, cue: Span): boolean {
  const first = sentenceAt(ctx.seg, cue.start)
  return ctx.attributions.some((a) => {
    if (a.speaker !== speaker) return false
    const s = sentenceAt(ctx.seg, Math.min(a.cue.start, a.content.start, a.source?.start ?? a.cue.start))
    return s >= first && s <= first + INTERVIEWEE_REACH
  })
}

/** A density to one decimal, rounded down when rounding would reach a `threshold` it is below: 5.96 must not read "6.0 (below 6)". Pure. */
export function densityLabel(density: number, threshold?: number): string {
  const shown = density.toFixed(1)
  return threshold !== undefined && density < threshold && Number(shown) >= threshold ? (Math.floor(density * 10) / 10).toFixed(1) : shown
}

/** "3 framing findings, 4.2 weighted per 1,000 words": the outlet's own framing, for an explanation. */
function ownFraming(f: { readonly framing: readonly Finding[]; readonly density: number }): string {
  return `${f.framing.length} framing finding${f.framing.length === 1 ? '' : 's'}, ${f.density.toFixed(1)} weighted per 1,000 words`
}

/** A title the outlet itself labels analysis or opinion: "Analysis: …", "Opinion | …", "COMMENT — …". */
const OPINION_LABEL = new RegExp(String.raw`^\s*(${OPINION_LABELS.join('|')})\s*[:|–—]`, 'iu')

/** Decides the genre of an article from its outlet-voice findings and its title's own label, if any. Pure. */
export function classifyGenre(ctx: FramingContext, outletFindings: readonly Finding[], title?: string): Genre {
  const f = genreFigures(ctx, outletFindings)
  const t = GENRE_THRESHOLDS
  const top = f.topSpeaker
  const questions = ctx.interviewer.turns.length
  const transcript = questions >= t.minTranscriptTurns && ctx.interviewer.answers >= t.minTranscriptTurns
  const holds = top !== undefined && top.share >= t.interviewShare && top.turns >= t.minInterviewTurns && top.coverage >= t.interviewCoverage
  // "Rodman wept while being interviewed by CNN": an interview of someone else than the speaker the article quotes most.
  const interviewCues = top === undefined || transcript ? f.interviewCues : f.interviewCues.filter((c) => speaksNear(ctx, top.speaker, c))
  const interview = interviewCues.length > 0 && (transcript || (top === undefined ? interviewCues.length >= 2 : holds))
  const led = !interview && f.ledCues.length > 0 && top !== undefined && top.turns >= t.minLedTurns && top.coverage >= t.interviewCoverage
  if (interview || led) {
    const cues = interview ? interviewCues : f.ledCues
    const who = transcript ? `prints it as ${questions} questions and ${ctx.interviewer.answers} answers`
      : top === undefined ? 'no attributions were available to check who is quoted'
        : `one speaker holds ${Math.round(top.share * 100)}% of the quoted text, in ${top.turns} attributions`
    const says = interview ? 'says it spoke with someone' : 'names itself as the one told, or puts its own questions to be answered'
    return { label: 'interview', evidence: cues.slice(0, 5),
      explanation: `The outlet ${says} (${cues.length} cue${cues.length === 1 ? '' : 's'}) and ${who}; its own voice carries ${ownFraming(f)}.` }
  }
  const label = title === undefined ? null : OPINION_LABEL.exec(title)
  if (label) {
    return { label: 'opinion', evidence: [],
      explanation: `The outlet labels the piece "${label[1]}" in its title; its own voice carries ${ownFraming(f)}.` }
  }
  const threshold = f.firstPerson >= t.firstPersonDensity ? t.opinionDensity / 2 : t.opinionDensity
  const { framing } = f
  if (framing.length >= t.minFindings && f.density >= threshold) {
    const strongest = [...framing].sort((a, b) => b.confidence - a.confidence || a.span.start - b.span.start).slice(0, 5)
    const evidence = [...strongest.map((x) => x.span), ...f.firstPersonSpans.slice(0, 3)].sort((a, b) => a.start - b.start || a.end - b.end)
    return { label: 'opinion', evidence,
      explanation: `The outlet's own voice carries ${ownFraming(f)} (threshold ${threshold}).` }
  }
  const vivid = f.descriptiveOnly ? `, its vivid wording weighted ${t.descriptiveWeight} as it argues nothing,` : ''
  // A short text can pass the density with one or two findings; the explanation must say which test failed.
  const measure = f.density >= threshold
    ? `only ${framing.length} framing finding${framing.length === 1 ? '' : 's'} (${t.minFindings} are needed, however dense: ${f.density.toFixed(1)} weighted per 1,000 words)`
    : `${densityLabel(f.density, threshold)} weighted framing findings per 1,000 words (below ${threshold})`
  // An explainer is a news report laid out by the reader's questions (`subheads.ts`): there is no explainer label, so it says so.
  const subheads = [...ctx.subheadQuestions].sort((a, b) => a - b).map((s) => trimSpan(ctx.text, ctx.seg.sentences[s]!))
  const explainer = subheads.length > 0
    ? `; it is laid out as an explainer, by ${subheads.length} Q&A subheading${subheads.length === 1 ? '' : 's'}` : ''
  return { label: 'news-report', evidence: explainer ? subheads.slice(0, 5) : [],
    explanation: `The outlet's own voice carries ${measure}${vivid} and no interview cue decides otherwise${explainer}.` }
}
