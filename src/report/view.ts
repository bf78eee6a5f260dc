/**
 * @module report/view — what every human-readable report shows, computed once from an
 * `AnalysisResult`: names instead of ids, and short quoted snippets instead of bare spans.
 * The terminal and Markdown renderers only lay this out.
 */
import type { AnalysisResult, AnalyzedArticle, ClaimGroup, Evidence, Finding, HeadlineStance, Story, TimelineEntry, Verdict, VoicedEvidence } from '../model/schema.js'
import { ModalitySchema } from '../model/schema.js'
import { dateLabel } from '../analyze/events/dates.js'
import { actLine } from '../compare/timeline.js'
import { AGE_TOPIC } from '../compare/verdicts.js'
import { cutNear, excerpt } from '../model/span.js'

/** One piece of evidence as a reader sees it. */
export interface EvidenceView {
  readonly articleId: string
  readonly speaker: string
  readonly modality: string
  /** The sentence around the span, with the span between `marks`. */
  readonly snippet: string
  readonly start: number
  readonly end: number
}

export interface SideView { readonly label: string; readonly speakers: string[]; readonly evidence: EvidenceView[] }
export interface VerdictView { readonly status: Verdict['status']; readonly topic: string; readonly explanation: string; readonly sides: SideView[]; readonly missingFrom: string[]
  /** The articles quoting the one voice that makes them one source (`Verdict.oneVoice`); empty otherwise. */
  readonly quotedBy: string[] }
export interface ArticleView {
  readonly id: string
  readonly heading: string
  readonly details: string[]
  readonly genre?: string
  /** The headline's findings first (`inHeadline`), then the text's, each by confidence. */
  readonly findings: { readonly technique: string; readonly explanation: string; readonly snippet: string; readonly inHeadline: boolean }[]
  /** Per main actor: "Iran +3 −4 ·8" and the judgments behind it. */
  readonly portrayals: { readonly line: string; readonly evidence: { readonly explanation: string; readonly voice: string; readonly snippet: string }[] }[]
}
export interface ClaimView { readonly status: ClaimGroup['status']; readonly explanation: string; readonly claims: EvidenceView[]; readonly missingFrom: string[] }
export interface VoiceView { readonly articleId: string; readonly line: string; readonly neverQuoted: string[] }
/** One act on the timeline: "27 January 2023 · the assailant ASSAULT Azerbaijan embassy". */
export interface TimelineView {
  readonly status: TimelineEntry['status']
  readonly when: string
  readonly what: string
  /** How many of the act's doer and recipient are named (0 to 2). */
  readonly sides: number
  readonly explanation: string
  readonly evidence: EvidenceView[]
  /** The words that deny the act happened, when a voice denies it. */
  readonly denials: EvidenceView[]
}

/** One headline and how each other article's body stands toward it. */
export interface HeadlineView {
  readonly articleId: string
  readonly text: string
  readonly stances: { readonly body: string; readonly stance: HeadlineStance['stance']; readonly confidence: number; readonly explanation: string }[]
}

/** One story's comparison as a reader sees it. */
export interface StoryView {
  readonly id: string
  /** "S1 · A, B, C · 3 articles": empty when the articles were not grouped. */
  readonly heading: string
  readonly explanation: string
  readonly verdicts: Record<Verdict['status'], VerdictView[]>
  readonly claims: Record<ClaimGroup['status'], ClaimView[]>
  readonly voices: VoiceView[]
  readonly timeline: TimelineView[]
  readonly headlines: HeadlineView[]
}

export interface ReportView {
  readonly title: string
  readonly articles: ArticleView[]
  readonly grouped: boolean
  readonly stories: StoryView[]
  readonly skipped: string[]
  readonly warnings: string[]
}

/** Modalities a reader should see next to a speaker: the speaker did not simply state it. */
const QUALIFIED = new Set<string>(ModalitySchema.options.filter((m) => m !== 'asserted' && m !== 'reported'))

/** How many pieces of evidence a side shows; the JSON output has them all. */
const EVIDENCE_SHOWN = 3

/** Builds the report view. `marks` wrap the highlighted span in snippets. Pure. */
/** How evidence is quoted: the sentence around the span, or (`brief`) the span's own words, clipped. */
export interface ViewOptions {
  readonly marks?: readonly [string, string]
  /** Quote only the evidence words, at most `BRIEF_WORDS` of them: for sharing a report without republishing the articles. */
  readonly brief?: boolean
}

/** How many words a brief quotation keeps. */
export const BRIEF_WORDS = 12
/** Characters of the sentence shown on each side of a snippet's span. */
const SNIPPET_CONTEXT = 90

type Snip = (a: AnalyzedArticle, span: { start: number; end: number }) => string

export function buildView(result: AnalysisResult, options: ViewOptions = {}): ReportView {
  const marks = options.marks ?? ['«', '»']
  const snip: Snip = options.brief ? (a, span) => briefQuote(a, span, marks) : (a, span) => snippet(a, span, marks)
  const byId = new Map(result.articles.map((a) => [a.article.id, a]))
  const outlets = result.articles.map((a) => a.article.outlet?.name ?? a.article.id)
  const grouped = result.grouping === 'grouped'
  return {
    title: `rashomon: ${result.articles.length} article(s) ${grouped ? `in ${result.stories.length} stories` : 'compared'}${outlets.length && !grouped ? ` (${outlets.join(' vs ')})` : ''}`,
    articles: result.articles.map((a) => articleView(a, result, snip, !!options.brief)),
    grouped,
    stories: result.stories.map((story) => storyView(story, byId, grouped, snip)),
    skipped: result.skipped.map((s) => `${s.input}: ${s.reason} [${s.code}]`),
    warnings: result.warnings.map((s) => `${s.input}: ${s.reason} [${s.code}]`),
  }
}

/** The prefixes of canonical actor ids. */
const ID_PREFIX = String.raw`\b(?:country|person|inst|org|role|unnamed|place):`
/** A canonical id: its kind prefix at the start. */
const ID_START = new RegExp(`^${ID_PREFIX}`, 'u')

/**
 * Replaces the canonical ids in a topic or an explanation with the actors' names: the longest known
 * id first, as ids hold spaces and hyphens ("org:agence france-presse"); an id the story does not
 * list loses its prefix. A colon after an id ("by org:police: 2 articles") is the sentence's. Pure.
 */
export function readableIds(actorName: ReadonlyMap<string, string>): (s: string) => string {
  const escaped = [...actorName.keys()].filter((id) => ID_START.test(id))
    .sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
  const known = escaped.length > 0 ? `(?:${escaped.join('|')})(?![\\p{L}\\d'-])|` : ''
  const pattern = new RegExp(`${known}${ID_PREFIX}+[^\\s,;)]*[^\\s,;:)]`, 'gu')
  return (s) => s.replace(pattern, (id) => actorName.get(id) ?? id.replace(/^(?:\w+):+/u, ''))
}

function storyView(story: Story, byId: ReadonlyMap<string, AnalyzedArticle>, grouped: boolean, snip: Snip): StoryView {
  const { comparison } = story
  const actorName = new Map(comparison.actors.map((a) => [a.id, a.name]))
  // "Paulo Vaz (Lisbon Institute for Markets)": who a speaker works or speaks for, where the text says.
  const affiliation = new Map(comparison.actors.flatMap((a) => (a.affiliation && actorName.has(a.affiliation) ? [[a.id, ` (${actorName.get(a.affiliation)})`] as const] : [])))
  const speakerName = (id: string): string => {
    if (id.startsWith('outlet:')) {
      const article = byId.get(id.slice(7))
      return `${article?.article.outlet?.name ?? `article ${id.slice(7)}`} (own voice)`
    }
    return actorName.get(id) ?? (id === 'unknown' ? 'unnamed source' : id)
  }
  const evidence = (e: VoicedEvidence): EvidenceView => {
    const article = byId.get(e.articleId)
    return { articleId: e.articleId, speaker: speakerName(e.speaker), modality: e.modality, snippet: article ? snip(article, e) : '', start: e.start, end: e.end }
  }
  // Topics and explanations name canonical ids ("country:IRN", "org:agence france-presse"); readers get names.
  const readable = readableIds(actorName)
  const verdicts: StoryView['verdicts'] = { contested: [], agreed: [], 'single-source': [] }
  for (const v of comparison.verdicts) {
    // One article's age of a person is a detail, not an omission by the others: shown only when articles agree or differ.
    if (v.status === 'single-source' && v.topic.startsWith(AGE_TOPIC)) continue
    verdicts[v.status].push({
      status: v.status,
      topic: readable(v.topic),
      explanation: readable(v.explanation),
      missingFrom: v.missingFrom,
      quotedBy: v.oneVoice ? [...new Set(v.sides.flatMap((s) => s.evidence.map((e) => e.articleId)))].sort() : [],
      sides: v.sides.map((s) => ({
        label: s.label,
        speakers: [...new Set(s.evidence.map((e) => `${speakerName(e.speaker)} [${e.articleId}]${QUALIFIED.has(e.modality) ? ` (${e.modality})` : ''}`))],
        evidence: pickEvidence(s.evidence).map(evidence),
      })),
    })
  }
  const claims: StoryView['claims'] = { contested: [], agreed: [], 'single-source': [] }
  for (const g of comparison.claims) {
    const articlesOf = [...new Set(g.claims.map((c) => c.articleId))].join(', ')
    const terms = g.sharedTerms.slice(0, 6).map((t) => readable(t)).join(', ')
    const absent = g.missingFrom.length > 0 ? `; not in ${g.missingFrom.join(', ')}` : ''
    // Claims contested by their figures or by when someone knew are explained by the comparison, which quotes them.
    const explanation = g.status === 'single-source'
      ? `Only ${articlesOf} reports this statement by ${speakerName(g.claims[0]?.speaker ?? 'unknown')}${absent}.`
      : g.status === 'contested' && g.dispute !== 'negation' ? `${readable(g.explanation).replace(/\.$/u, '')}${absent}.`
      : `${g.status === 'contested' ? 'Asserted and negated' : 'Carried'} by ${articlesOf}${terms ? ` (shared terms: ${terms})` : ' (one speaker disputes the other\'s account)'}${absent}${g.figuresUpdated ? `; a later report updates its figure, ${readable(g.figuresUpdated)}` : ''}${g.figuresDiffer ? `; its figures differ, ${readable(g.figuresDiffer)}` : ''}.`
    claims[g.status].push({ status: g.status, explanation, missingFrom: g.missingFrom, claims: g.claims.map(evidence) })
  }
  return {
    id: story.id,
    heading: grouped ? `${story.id} · ${story.articleIds.join(', ')} · ${story.articleIds.length} article(s)` : '',
    explanation: story.explanation,
    verdicts,
    claims,
    timeline: comparison.timeline.map((t) => ({
      status: t.status,
      when: t.status === 'conflicting-dates' ? `dates disagree: ${t.dates.map(dateLabel).join(' / ')}` : t.date ? dateLabel(t.date) : 'undated',
      what: actLine(t.type, t.mode, t.actor && (actorName.get(t.actor) ?? t.actor), t.recipient && (actorName.get(t.recipient) ?? t.recipient)),
      sides: (t.actor ? 1 : 0) + (t.recipient ? 1 : 0),
      explanation: readable(t.explanation),
      evidence: pickEvidence(t.evidence).map(evidence),
      denials: pickEvidence(t.contested?.denied ?? []).map(evidence),
    })),
    headlines: headlineViews(comparison.headlineStances),
    voices: comparison.voices.map((v) => ({
      articleId: v.articleId,
      line: [...v.speakers.slice(0, 6).map((s) => `${speakerName(s.actor)}${affiliation.get(s.actor) ?? ''} ${pct(s.share)} (${s.attributions})`), `own voice ${pct(v.outletShare)}`].join(', '),
      neverQuoted: v.neverQuoted.map(speakerName),
    })),
  }
}

/** The stances grouped by headline, in the order the headlines come. Pure. */
function headlineViews(stances: readonly HeadlineStance[]): HeadlineView[] {
  const byHeadline = new Map<string, HeadlineView>()
  for (const h of stances) {
    let view = byHeadline.get(h.headline.articleId)
    if (!view) byHeadline.set(h.headline.articleId, (view = { articleId: h.headline.articleId, text: h.headline.text, stances: [] }))
    view.stances.push({ body: h.body, stance: h.stance, confidence: h.confidence, explanation: h.explanation })
  }
  return [...byHeadline.values()]
}

/** One piece of evidence per article and speaker first, so every voice is seen. */
function pickEvidence(list: readonly VoicedEvidence[]): VoicedEvidence[] {
  const seen = new Set<string>()
  const first: VoicedEvidence[] = []
  for (const e of list) {
    const key = `${e.articleId}|${e.speaker}`
    if (seen.has(key)) continue
    seen.add(key)
    first.push(e)
  }
  return first.slice(0, EVIDENCE_SHOWN)
}

/** Where a piece of metadata came from, with its note: "from text: the agency named in the dateline". Pure. */
function fromEvidence(evidence: Evidence): string {
  return `from ${evidence.how}${evidence.note ? `: ${evidence.note}` : ''}`
}

function articleView(a: AnalyzedArticle, result: AnalysisResult, snip: Snip, brief: boolean): ArticleView {
  const art = a.article
  const words = (art.text.match(/\S+/gu) ?? []).length
  const boundary = result.boundaries.find((b) => b.input === art.provenance[0]?.input && b.inputOffset <= (art.provenance[0]?.inputOffset ?? 0))
  const details = [
    `outlet: ${art.outlet ? `${art.outlet.name} (${fromEvidence(art.outlet.evidence)})` : 'unknown'}`,
    `published: ${art.published ? `${art.published.date} (${fromEvidence(art.published.evidence)})` : 'unknown (no date in the text)'}`,
    ...(art.licence ? [`licence: ${art.licence.name}${art.licence.holder ? `, ${art.licence.holder}` : ''}`] : []),
    ...(art.title ? [`title: ${art.title}`] : []),
    `${words} words, from ${art.provenance.map((p) => `${p.input}@${p.inputOffset}`).join(' + ')}`,
    ...(boundary ? [`starts after: ${boundary.reason}${boundary.reason === 'input-start' ? '' : ` "${shorten(boundary.evidence, 70)}"`}`] : []),
    ...a.failures.map((f) => `stage ${f.stage} failed: ${f.cause}`),
  ]
  return {
    id: art.id,
    heading: `${art.id} · ${art.outlet?.name ?? 'unknown outlet'} · ${art.published?.date ?? 'undated'}`,
    details,
    ...(a.genre ? { genre: `${a.genre.label}: ${a.genre.explanation}` } : {}),
    // The most confident first: the outlet's own framing before wording inside quotes.
    portrayals: a.portrayals.filter((p) => p.positive + p.negative > 0).map((p) => ({
      line: `${localName(a, p.actor)} +${p.positive} −${p.negative} ·${p.neutral}`,
      evidence: p.evidence.map((e) => ({ explanation: e.explanation, voice: e.voice === 'outlet' ? 'own voice' : `quoting ${localName(a, e.voice)}`, snippet: brief ? e.words.map((w) => snip(a, w)).join(' ') : snip(a, e.sentence) })),
    })),
    findings: [
      ...findingViews(headlineAsText(a), a.headlineFindings, snip, true),
      ...findingViews(a, a.findings, snip, false),
    ],
  }
}

/** Findings, the most confident first, with their snippets. */
function findingViews(a: AnalyzedArticle, findings: readonly Finding[], snip: Snip, inHeadline: boolean): ArticleView['findings'] {
  return [...findings]
    .sort((x, y) => y.confidence - x.confidence || x.span.start - y.span.start)
    .map((f) => ({ technique: f.technique, explanation: f.explanation, snippet: snip(a, f.span), inHeadline }))
}

/** The article with its headline as its only text and sentence, so headline spans can be quoted as text spans. */
function headlineAsText(a: AnalyzedArticle): AnalyzedArticle {
  const title = a.article.title ?? ''
  return { ...a, article: { ...a.article, text: title }, sentences: [{ start: 0, end: title.length }] }
}

function localName(a: AnalyzedArticle, id: string): string {
  return a.actors.find((x) => x.id === id)?.name ?? (id === 'unknown' ? 'an unnamed source' : id)
}

/** The span's own words, marked, clipped to `BRIEF_WORDS` words. Pure. */
export function briefQuote(a: AnalyzedArticle, span: { start: number; end: number }, marks: readonly [string, string]): string {
  const words = unmarked(a.article.text.slice(span.start, span.end), marks).split(/\s+/u).filter((w) => w !== '')
  const kept = words.slice(0, BRIEF_WORDS).join(' ')
  return `${marks[0]}${kept}${words.length > BRIEF_WORDS ? ' …' : ''}${marks[1]}`
}

/** The sentence holding a span, shortened around it, with the span marked. Pure. */
export function snippet(a: AnalyzedArticle, span: { start: number; end: number }, marks: readonly [string, string]): string {
  const text = a.article.text
  const sentence = a.sentences.find((s) => s.start <= span.start && span.start < s.end) ?? span
  const from = Math.max(sentence.start, cutNear(text, span.start - SNIPPET_CONTEXT, 'after', SNIPPET_CONTEXT / 5))
  const to = Math.min(Math.max(sentence.end, span.end), cutNear(text, span.end + SNIPPET_CONTEXT, 'before', SNIPPET_CONTEXT / 5))
  const pre = (from > sentence.start ? '…' : '') + text.slice(from, span.start)
  const post = text.slice(span.end, to) + (to < sentence.end ? '…' : '')
  return `${unmarked(pre, marks)}${marks[0]}${unmarked(text.slice(span.start, span.end), marks)}${marks[1]}${unmarked(post, marks)}`.replace(/\s+/gu, ' ').trim()
}

/** Text with the marks taken out, so that the only marks in a snippet are the ones put around its span. Pure. */
function unmarked(text: string, marks: readonly [string, string]): string {
  return text.replaceAll(marks[0], '').replaceAll(marks[1], '')
}

function shorten(s: string, n: number): string {
  return excerpt(s, { start: 0, end: s.length }, n - 1)
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`
}
