/** @module analyze/framing/context — what every framing rule reads, and the hit it returns. */
import { gazetteer } from '../../knowledge/gazetteer.js'
import { datelineLengthAt } from '../../ingest/text-signals.js'
import type { Attribution } from '../../model/schema.js'
import { coveredLength, excerpt, mergeSpans, overlapsSorted, spanIndexAt, subtractSpans, type Span } from '../../model/span.js'
import type { Segmentation } from '../layers.js'
import { isRecordingShown } from '../attribution/unnamed.js'
import type { RuleId } from './rules.js'
import { findEventReferences, type EventReferences } from './event-references.js'
import { findSubheadQuestions } from './subheads.js'
import { findAnsweredQuestions, findInterviewerTurns, findReaderQuestions, type InterviewerTurns } from './transcript.js'
import { headlineSpokenBySource, speakerLabels } from './speaker-voice.js'

/**
 * Read-only view of one article for the rules, built once per run.
 * `lower[i]` is token `i` lower-cased with typographic apostrophes folded to `'`;
 * `lemma[i]` its lower-cased lemma. `outletVoice` is sorted by start and leaves out the
 * interviewer's turns of a transcript (`interviewer`), the headline's quotations, every
 * closed quotation and a speaker's unquoted label or headline (`speaker-voice.ts`), and takes back the outlet's own account: what a recording or a record "shows"
 * (`isRecordingShown`, `isEvidenceShown`), what the outlet "can reveal" and a headline's words after
 * a kicker (`isOutletsOwnAccount`).
 */
export interface FramingContext {
  readonly text: string
  readonly seg: Segmentation
  readonly lower: readonly string[]
  readonly lemma: readonly string[]
  readonly outletVoice: readonly Span[]
  /** Contents of reported speech other than direct quotation, sorted and disjoint. */
  readonly paraphrases: readonly Span[]
  readonly attributions: readonly Attribution[]
  readonly interviewer: InterviewerTurns
  /** Indexes of the question sentences put to be answered: the interviewer's, and those another speaker answers (`transcript.ts`). */
  readonly answeredQuestions: ReadonlySet<number>
  /** Indexes of a service box's questions, asked in the reader's name ("Should I stop taking my tablets?"), a subset of `answeredQuestions`. */
  readonly readerQuestions: ReadonlySet<number>
  /** Questions an explainer is laid out by (`subheads.ts`), a subset of `answeredQuestions`. */
  readonly subheadQuestions: ReadonlySet<number>
  /** Definite references to an event the text has reported ("the disaster" after an earthquake), sorted (`event-references.ts`). */
  readonly eventReferences: EventReferences
}

/**
 * A rule match before it becomes a `Finding`. `explanation` has no final full stop: the stage
 * adds one, or a note that the words are a quoted speaker's. `voiceAt` is the offset whose voice
 * decides whose framing this is (default `span.start`). `beyondPtc` exempts this one hit from
 * the trained tagger's veto (a lexicon list of wording PTC hardly holds).
 */
export interface Hit {
  readonly ruleId: RuleId
  readonly span: Span
  readonly explanation: string
  readonly confidence: number
  readonly voiceAt?: number
  readonly beyondPtc?: boolean
}

/**
 * Builds the rule context from the text and the segment and attribution layers; `isHeadline` says
 * the whole text is a headline, so all of its quotations are a speaker's; `title` is the article's
 * title when the text does not hold it. Pure.
 */
export function createContext(text: string, seg: Segmentation, outletVoice: readonly Span[], attributions: readonly Attribution[], isHeadline = false, title?: string): FramingContext {
  const lower: string[] = new Array<string>(seg.starts.length)
  const lemma: string[] = new Array<string>(seg.starts.length)
  for (let i = 0; i < seg.starts.length; i++) {
    lower[i] = foldToken(text.slice(seg.starts[i], seg.ends[i]))
    lemma[i] = foldToken(seg.lemmas[i] ?? '')
  }
  const interviewer = findInterviewerTurns(text, seg)
  // Words in quotation marks are someone's even where no attribution names whose ('killed "dozens of terrorists"');
  // a quotation left open (a stray or mistyped mark) may run on over the outlet's own words, so only closed ones count.
  const closedQuotes = seg.quotes.filter((q) => CLOSING_MARK.test(text[q.end] ?? ''))
  // A speaker's label after "dismissed as" or "called", and a headline's words before its source (", Belstan says"),
  // are the speaker's though unquoted (`speaker-voice.ts`).
  const spoken = mergeSpans([...speakerLabels(seg, lower, lemma), ...headlineSpokenBySource(text, isHeadline)])
  const notOutlet = mergeSpans([...interviewer.turns, ...headlineQuotations(text, isHeadline), ...closedQuotes, ...spoken])
  // What a recording or a record "shows" is the outlet's own account of the evidence, in its own words; so is
  // what the outlet "can reveal", and a headline's words after a kicker ("CRONY SCANDAL: Minister quits").
  const evidence: Span[] = []
  const reported: Span[] = []
  for (const a of attributions) {
    if (isOutletsOwnAccount(text, a)) evidence.push(a.content)
    else if (a.kind !== 'direct') (isRecordingShown(text, a) || isEvidenceShown(text, a) ? evidence : reported).push(a.content)
  }
  // A headline has no speaker but the outlet: a report in it is the headline writer's wording ("Mayor says thugs
  // wrecked park"), and a headline keeps a speaker's own words in quotation marks.
  const whole = isHeadline && text.length > 0 ? [{ start: 0, end: text.length }] : []
  const voice = subtractSpans(mergeSpans([...outletVoice, ...evidence, ...whole]), notOutlet)
  const paraphrases = isHeadline ? [] : subtractSpans(mergeSpans(reported), spoken)
  const eventReferences = findEventReferences(text, { seg, lower, lemma })
  const readerQuestions = findReaderQuestions(text, seg, attributions)
  const subheadQuestions = findSubheadQuestions(text, seg, title)
  // A reader's question and an explainer's subheading are answered by the text after them, as an interviewer's is.
  const answeredQuestions = new Set([...findAnsweredQuestions(text, seg, attributions, interviewer.turns), ...readerQuestions, ...subheadQuestions])
  return { text, seg, lower, lemma, outletVoice: voice, paraphrases, attributions, interviewer, answeredQuestions, readerQuestions, subheadQuestions, eventReferences }
}


/** Records and results that "show" what the outlet reports: no speaker, so no paraphrase ("trials showed it slowed the disease"). */
const EVIDENCE_SOURCE = /^(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:trials?|stud(?:y|ies)|data|figures|statistics|results|tests|records|documents|files|messages|texts|emails|e-mails|scans|samples|accounts)$/iu
/** What a record does to what it holds. */
const SHOWS = /^(?:shows?|showed|shown|showing)$/iu
/** The outlet announcing its own finding: "The Beacon can reveal", "we can exclusively reveal". */
const OUTLET_REVEALS = /^(?:can|could)\s+(?:now\s+|today\s+|exclusively\s+)?reveal$/iu
/**
 * A headline's kicker before a colon names the story, not a speaker ("CALDWELL'S CRONY SCANDAL: Disgraced
 * minister quits", "EXCLUSIVE: …"): the words after it are the outlet's.
 */
const KICKER = /(?:^|\s)(?:scandal|row|crisis|shock|horror|fury|outrage|exclusive|revealed|pictured|watch|live|breaking|update|latest|verdict|probe|chaos|storm|drama|bombshell|twist|tragedy|agony|jab|drug|deal|vote|poll)$/iu

/** True when the attribution layer read a record's "showing" as a report: the outlet's own account. Pure. */
function isEvidenceShown(text: string, a: Attribution): boolean {
  return a.source !== undefined && EVIDENCE_SOURCE.test(text.slice(a.source.start, a.source.end)) && SHOWS.test(text.slice(a.cue.start, a.cue.end).trim())
}

/** True when the attribution is the outlet's own: what it "can reveal", or a headline's words after a kicker read as a speaker. Pure. */
function isOutletsOwnAccount(text: string, a: Attribution): boolean {
  const cue = text.slice(a.cue.start, a.cue.end).trim()
  if (OUTLET_REVEALS.test(cue)) return true
  return cue === ':' && a.source !== undefined && KICKER.test(text.slice(a.source.start, a.source.end).trim())
}

/** A mark closing a quotation the segmenter found. */
const CLOSING_MARK = /["”»]/u

/**
 * A quotation in double or single marks ("We feel betrayed", ‘Disgrace’, 'greedy'), on one line; a
 * straight single mark opens only after no letter or digit and closes only before no letter, so
 * an apostrophe ("workers' pay") is none.
 */
const HEADLINE_QUOTATION = /[“"][^“”"\n]+[”"]|(?<!\p{L})‘[^‘’\n]+’(?!\p{L})|(?<![\p{L}\p{N}])'(?=\p{L})[^'\n]+(?<=[\p{L}!?.])'(?!\p{L})/gu

/**
 * The quotations of the headline (the whole text when `isHeadline`, else the first line of a text
 * of several): a headline quotes a speaker with no reporting verb (`"We feel betrayed": workers
 * react to job cuts`), so the attribution layer leaves those words in the outlet's voice though
 * they are the speaker's. Pure.
 */
function headlineQuotations(text: string, isHeadline: boolean): Span[] {
  const lineEnd = isHeadline ? text.length : text.indexOf('\n')
  if (lineEnd < 0) return []
  return [...text.slice(0, lineEnd).matchAll(HEADLINE_QUOTATION)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/**
 * True when most of `span` is in the outlet's own voice: a finding that opens on a reporting verb or
 * a quotation mark ("…?" he asked; described the plan as …) is judged by the words it covers. Pure.
 */
export function mostlyOutletVoice(ctx: FramingContext, span: Span): boolean {
  return coveredLength(ctx.outletVoice, span) * 2 > span.end - span.start
}

/**
 * True when `span` opens in reported speech that is not quoted ("observers reported a media machine
 * churning out propaganda"): the view is the speaker's, the wording the outlet's. Pure (binary searches).
 */
export function inParaphrase(ctx: FramingContext, span: Span): boolean {
  return spanIndexAt(ctx.paraphrases, span.start) >= 0 && !overlapsSorted(ctx.seg.quotes, span)
}

/** The typographic apostrophes and dashes `foldToken` folds: most tokens hold none, and skip both replacements. */
const FOLDED_MARK = /[’‘`‐‑–—]/

/** Lower-cases a token and folds typographic apostrophes and dashes. Pure. */
export function foldToken(token: string): string {
  const lower = token.toLowerCase()
  return FOLDED_MARK.test(lower) ? lower.replace(/[’‘`]/g, "'").replace(/[‐‑–—]/g, '-') : lower
}

/** True when `name` is a country's name or demonym in the gazetteer ("India", "Indian"). Pure (one map look-up). */
export function isCountryOrDemonym(name: string): boolean {
  const kind = gazetteer().byName.get(name)?.kind
  return kind === 'country' || kind === 'demonym'
}

/** The offset where the sentence starting at `sentenceStart` has its own words: after a dateline ("MALATYA, Turkey (Reuters) -") when it opens a line. Pure. */
export function sentenceBodyStart(text: string, sentenceStart: number): number {
  const opensLine = sentenceStart === 0 || text[sentenceStart - 1] === '\n'
  return opensLine ? sentenceStart + datelineLengthAt(text, sentenceStart) : sentenceStart
}

/** True when `offset` lies in the outlet's own voice. Pure (binary search over sorted spans). */
export function inOutletVoice(ctx: FramingContext, offset: number): boolean {
  return spanIndexAt(ctx.outletVoice, offset) >= 0
}

/** Renders the text of a span for an explanation: white space collapsed, backticks removed, at most 60 characters and "…" (never half an emoji). Pure. */
export function quote(text: string, s: Span): string {
  const raw = text.slice(s.start, s.end).replace(/\s+/g, ' ').replace(/`/g, "'").trim()
  return excerpt(raw, { start: 0, end: raw.length }, 59)
}
