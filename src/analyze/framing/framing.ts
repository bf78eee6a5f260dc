/**
 * @module analyze/framing/framing — the framing stage: persuasion techniques with spans, and the genre.
 *
 * Two detectors run side by side. The hand-written rules (lexicons, whataboutism, false dilemmas, ad hominem, scare quotes,
 * questions, "claimed" against "said", words in capitals, repetition, sponsor labels) name the exact cue they matched. The trained model (`model.ts`) tags
 * persuasive spans token by token, reading the rule hits as features, and classifies each span
 * into a PTC technique; its findings carry `framing/learned-<technique>` rule ids and name the
 * words that weighed most for the technique. The model also vetoes a rule's hit it gives no
 * support in context (`DecodeOptions.ruleSupport`), except for the devices PTC does not annotate
 * (`beyondPtc` in `rules.ts`).
 *
 * Findings in quoted speech (outside `outletVoice`) are kept, so a reader sees every technique,
 * but their confidence is halved and their explanation ends "in a quoted speaker's words", so the
 * outlet's own framing stays distinguishable. Reported speech outside quotation marks ("observers
 * reported a media machine churning out propaganda") is worded by the outlet though the view is
 * the speaker's: such a finding keeps more of its confidence and says it is the outlet's
 * paraphrase. Only outlet-voice findings count for the genre.
 */
import type { Finding } from '../../model/schema.js'
import { sentenceAt } from '../segment/segment.js'
import { need, type AttributionLayer, type FramingLayer, type Segmentation, type Stage } from '../layers.js'
import { createContext, inOutletVoice, mostlyOutletVoice, quote, inParaphrase, type FramingContext, type Hit } from './context.js'
import { findAdHominem } from './ad-hominem.js'
import { findFalseDilemmas } from './dilemmas.js'
import { restatesEvent } from './event-references.js'
import { buildFeatureView, overlappingTokens } from './features.js'
import { classifyGenre } from './genre.js'
import { findLexicalHits } from './lexical.js'
import { classifySpan, committedFramingModel, decodeSpans, peakProbability, peakToken, PTC_TECHNIQUES, TECHNIQUE_OF_PTC, tokenProbabilities, triggerWords, type FramingModel } from './model.js'
import { findShoutedWords } from './capitals.js'
import { findAsymmetricClaims } from './claimed.js'
import { findPlainWording, isPlainWording, withinSetPhrase, type PlainWording } from './plain-wording.js'
import { findRhetoricalQuestions } from './questions.js'
import { findRepetitions } from './repetition.js'
import { RULES, isLearnedRule, learnedRuleOf, modelMayVeto, ruleInfo } from './rules.js'
import { findScareQuotes } from './scare-quotes.js'
import { findSponsorLabels } from './sponsor-labels.js'
import { fitsTechnique } from './technique-fit.js'
import { findWhataboutism } from './whataboutism.js'

/** Factor applied to the confidence of a finding in quoted speech. */
export const QUOTED_SPEECH_FACTOR = 0.5
/** Factor applied to the confidence of a finding in reported speech outside quotation marks. */
const PARAPHRASE_FACTOR = 0.8

/** Options of the framing stage. */
export interface FramingOptions {
  /** The trained model; `null` runs the rules alone. @default the committed `models/framing.json` */
  readonly model?: FramingModel | null
  /**
   * The text is a headline: its quotations are speakers' words though no verb reports them, and the
   * tagger only vetoes rule hits, a headline being too short a context for its own spans (it marked
   * "death toll disputed as rescuers"). @default false
   */
  readonly headline?: boolean
}

/**
 * Returns the hits of every hand-written rule; a lexicon's vivid word that only names the reported
 * event again ("the disaster"), or stands in a set phrase or a safety caution (`plain-wording.ts`), is none. Pure.
 */
export function findRuleHits(ctx: FramingContext, plain: PlainWording = findPlainWording(ctx)): Hit[] {
  const lexical = findLexicalHits(ctx).filter((h) => !restatesEvent(ctx.text, ctx.eventReferences, h.span, ruleInfo(h.ruleId).technique) && !withinSetPhrase(plain, h.span))
  return [
    ...lexical,
    ...findRepetitions(ctx, lexical),
    ...findWhataboutism(ctx),
    ...findFalseDilemmas(ctx, lexical),
    ...findAdHominem(ctx),
    ...findScareQuotes(ctx),
    ...findRhetoricalQuestions(ctx),
    ...findAsymmetricClaims(ctx, lexical),
    ...findShoutedWords(ctx, lexical),
    ...findSponsorLabels(ctx),
  ]
}

/**
 * Returns the rule hits the trained model backs and the model's own hits: tagged spans with
 * their technique. A span the technique does not fit (`technique-fit.ts`: flag-waving with no
 * appeal to a group, repetition of words said once) is dropped, not relabelled: the classifier
 * saw nothing else in it. So are spans that are mostly set phrases or touch printed words
 * (`plain-wording.ts`), vivid spans that name the reported event again (`event-references.ts`), and
 * doubt in a question put to be answered (`FramingContext.answeredQuestions`), and any span within a
 * service box's question asked in the reader's name (`FramingContext.readerQuestions`) or an
 * explainer's question subheading (`FramingContext.subheadQuestions`), which name the topic the answer takes up. A rule's hit is
 * kept when the tagger gives one of its tokens at least `decode.ruleSupport`, or when the rule or
 * the hit's list is one the tagger may not veto (`modelMayVeto`, `Hit.beyondPtc`). With `ownSpans`
 * false, only the backed rule hits are returned. Pure; linear in tokens.
 */
export function findModelBackedHits(ctx: FramingContext, ruleHits: readonly Hit[], model: FramingModel, plain: PlainWording = findPlainWording(ctx), ownSpans = true): Hit[] {
  const view = buildFeatureView(ctx, ruleHits)
  const probs = tokenProbabilities(view, model)
  const hits = ruleHits.filter((h) => h.beyondPtc === true || !modelMayVeto(h.ruleId) || peakProbability(probs, ...overlappingTokens(view, h.span.start, h.span.end)) >= model.decode.ruleSupport)
  if (!ownSpans) return hits
  for (const t of decodeSpans(view, probs, model.decode)) {
    const p = classifySpan(view, model.classifier, t.a, t.b)
    let best = 0
    for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k
    const technique = TECHNIQUE_OF_PTC[PTC_TECHNIQUES[best]!]
    const span = { start: ctx.seg.starts[t.a] ?? 0, end: ctx.seg.ends[t.b - 1] ?? 0 }
    const peak = peakToken(probs, t.a, t.b)
    const chief = { start: ctx.seg.starts[peak] ?? 0, end: ctx.seg.ends[peak] ?? 0 }
    if (!fitsTechnique(view, technique, t.a, t.b) || isPlainWording(plain, span, technique, chief) || restatesEvent(ctx.text, ctx.eventReferences, span, technique, chief)) continue
    const s = sentenceAt(ctx.seg, span.start)
    const heading = ctx.readerQuestions.has(s) || ctx.subheadQuestions.has(s)
    if ((technique === 'doubt' && ctx.answeredQuestions.has(s)) || (heading && span.end <= ctx.seg.sentences[s]!.end)) continue
    const cues = t.b - t.a > 1 ? triggerWords(view, model.classifier, t.a, t.b, best, 3) : []
    const why = cues.length > 0 ? `, chiefly for ${cues.map((w) => `\`${w}\``).join(', ')}` : ''
    hits.push({ ruleId: learnedRuleOf(technique), span, confidence: Math.round(t.score * 100) / 100,
      explanation: `Trained tagger marks \`${quote(ctx.text, span)}\` as ${technique.replace(/-/g, ' ')} (${Math.round(p[best]! * 100)}% sure of the technique)${why}` })
  }
  return hits
}

/** Runs every framing rule and the trained model over one article and decides its genre (reading its title's own label, if given). Pure. */
export function analyzeFraming(text: string, seg: Segmentation, attributions: AttributionLayer, options: FramingOptions = {}, title?: string): FramingLayer {
  const ctx = createContext(text, seg, attributions.outletVoice, attributions.attributions, options.headline === true, title)
  const model = options.model === undefined ? committedFramingModel() : options.model
  const plain = findPlainWording(ctx)
  const ruleHits = findRuleHits(ctx, plain)
  const hits = model ? findModelBackedHits(ctx, ruleHits, model, plain, options.headline !== true) : ruleHits
  const byKey = new Map<string, Finding>()
  const outlet = new Set<string>()
  for (const h of hits) {
    const start = Math.max(0, Math.min(h.span.start, text.length))
    const end = Math.max(start, Math.min(h.span.end, text.length))
    if (end === start) continue
    const own = h.voiceAt !== undefined ? inOutletVoice(ctx, h.voiceAt) : mostlyOutletVoice(ctx, { start, end })
    const paraphrase = !own && inParaphrase(ctx, { start, end })
    const confidence = Math.round(Math.min(1, h.confidence) * (own ? 1 : paraphrase ? PARAPHRASE_FACTOR : QUOTED_SPEECH_FACTOR) * 100) / 100
    if (confidence <= 0) continue
    const key = `${start}-${end}-${h.ruleId}`
    const prior = byKey.get(key)
    if (prior && prior.confidence >= confidence) continue
    byKey.set(key, {
      ruleId: h.ruleId,
      technique: ruleInfo(h.ruleId).technique,
      span: { start, end },
      explanation: own ? `${h.explanation}.` : paraphrase ? `${h.explanation}, in the outlet's paraphrase of a speaker.` : `${h.explanation}, in a quoted speaker's words.`,
      confidence,
    })
    if (own) outlet.add(key)
    else outlet.delete(key)
  }
  const findings = withoutEchoes(text.length, [...byKey.values()]).sort(byFinding)
  const outletFindings = findings.filter((f) => outlet.has(`${f.span.start}-${f.span.end}-${f.ruleId}`))
  return { findings, genre: classifyGenre(ctx, outletFindings, title) }
}

/** Techniques of word choice alone: two of them on the same words are one device (`withoutNestedRules`). */
const WORDING: ReadonlySet<string> = new Set(['loaded-language', 'appeal-to-fear', 'exaggeration', 'name-calling'])

/** A finding whose words are at least this share covered by a more specific finding repeats it. */
const ECHO_SHARE = 0.5

/**
 * One device, one finding: drops a trained-tagger finding whose words a rule already explains
 * ("Everyone knows it" beside the bandwagon rule's "Everyone knows"), and a question's doubt when
 * another rule names its device ("But what about …?" is whataboutism). Pure; linear in the
 * text and the findings' lengths.
 */
function withoutEchoes(length: number, findings: readonly Finding[]): Finding[] {
  const isQuestion = (f: Finding): boolean => f.ruleId === 'framing/rhetorical-question'
  // How many specific rules (neither learned nor a bare question) and how many rules in all cover each character.
  const specific = new Uint16Array(length + 1)
  const anyRule = new Uint16Array(length + 1)
  for (const f of findings) {
    if (isLearnedRule(f.ruleId) || f.technique === 'hedge') continue
    for (let i = f.span.start; i < f.span.end; i++) {
      anyRule[i]!++
      if (!isQuestion(f)) specific[i]!++
    }
  }
  const covered = (cover: Uint16Array, f: Finding): boolean => {
    let n = 0
    for (let i = f.span.start; i < f.span.end; i++) if (cover[i]! > 0) n++
    return n >= ECHO_SHARE * (f.span.end - f.span.start)
  }
  return withoutNestedRules(findings.filter((f) => !(isLearnedRule(f.ruleId) ? covered(anyRule, f) : isQuestion(f) && covered(specific, f))))
}

/**
 * One device, one finding: of two rules' findings of other word-choice techniques (`WORDING`) on the same words (one span within the other
 * and at least `ECHO_SHARE` of it: "Chaos" as fear within "Chaos as" as loaded wording), the longer span's, the more
 * specific pattern, stays, and of one span the stronger. A word within a longer device ("… this catastrophe?") is its
 * own device, and so are the doubt a word casts ("so-called") and a word's repetition, whatever else its words do.
 * Pure; quadratic in one article's findings, which are few.
 */
function withoutNestedRules(findings: readonly Finding[]): Finding[] {
  const rule = (f: Finding): boolean => !isLearnedRule(f.ruleId) && WORDING.has(f.technique)
  const length = (f: Finding): number => f.span.end - f.span.start
  const beats = (g: Finding, f: Finding): boolean => g !== f && rule(g) && g.technique !== f.technique
    && g.span.start <= f.span.start && f.span.end <= g.span.end && length(f) >= ECHO_SHARE * length(g)
    && (length(g) > length(f) || g.confidence > f.confidence || (g.confidence === f.confidence && g.ruleId < f.ruleId))
  return findings.filter((f) => !rule(f) || !findings.some((g) => beats(g, f)))
}

/** Orders findings by (start, end, ruleId). Pure comparator. */
export function byFinding(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
}

/** Returns the framing stage with `options` resolved once: reads segments and attributions, assigns the framing layer. */
export function createFramingStage(options: FramingOptions = {}): Stage<'framing'> {
  return {
    name: 'framing',
    requires: ['segments', 'attributions'],
    assigns: 'framing',
    rules: RULES,
    run: (article, layers) => analyzeFraming(article.text, need(layers, 'segments'), need(layers, 'attributions'), options, article.title),
  }
}

/** The framing stage with the committed model. */
export const framingStage: Stage<'framing'> = createFramingStage()
