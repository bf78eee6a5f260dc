/**
 * @module analyze/pipeline — the per-article stages in run order, and the runner.
 *
 * The runner checks once that every stage's `requires` is produced by an earlier stage, then
 * runs each stage on a fresh layers object. A stage that throws is recorded as a
 * `StageFailure` and the article goes on with the layers it has. A headline kept apart from the
 * text is read for framing by the first stages run over it alone.
 */
import type { AnalyzedArticle, Article, Finding, StageFailure } from '../model/schema.js'
import { RashomonError, reasonOf } from '../model/errors.js'
import { openingTitle } from '../model/span.js'
import { withArticleNames } from '../knowledge/gazetteer.js'
import { attributionStage } from './attribution/attribution.js'
import { claimsStage } from './claims/claims.js'
import { eventsStage } from './events/events.js'
import { facetsStage } from './facets/facets.js'
import { createFramingStage, framingStage } from './framing/framing.js'
import type { LayerName, Layers, Stage } from './layers.js'
import { articleCountries } from './mentions/article-countries.js'
import { mentionsStage } from './mentions/mentions.js'
import { portrayalStage } from './portrayal/portrayal.js'
import { segmentStage } from './segment/segment.js'

/** The per-article stages, in run order. */
export const STAGES: readonly Stage[] = [segmentStage, mentionsStage, attributionStage, facetsStage, claimsStage, eventsStage, framingStage, portrayalStage]

/** Throws when a stage requires a layer no earlier stage assigns. */
export function assertPipelineOrder(stages: readonly Stage[]): void {
  const produced = new Set<LayerName>()
  for (const stage of stages) {
    const missing = stage.requires.filter((r) => !produced.has(r))
    if (missing.length > 0) {
      throw new RashomonError('E_PIPELINE_ORDER', `stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns`, 'Reorder the stages or add the stage that produces it.')
    }
    produced.add(stage.assigns)
  }
}

/** The stages that read a headline: framing, and what it needs to tell a quoted speaker's words from the outlet's. */
const HEADLINE_STAGES: readonly Stage[] = [segmentStage, mentionsStage, attributionStage, createFramingStage({ headline: true })]

assertPipelineOrder(STAGES)
assertPipelineOrder(HEADLINE_STAGES)

/** Runs the stages over one article, and (when they include framing) the headline stages over its title; never throws for a failing stage. */
export function analyzeArticle(article: Article, stages: readonly Stage[] = STAGES): AnalyzedArticle {
  // Countries the article introduces itself ("Durovia", "Durovian troops") are known to every stage, as the gazetteer's are.
  return withArticleNames(() => articleCountries(article.text), () => analyzeWithNames(article, stages))
}

function analyzeWithNames(article: Article, stages: readonly Stage[]): AnalyzedArticle {
  const failures: StageFailure[] = []
  const layers = runStages(article, stages, failures)
  // A title the text opens with (a plain-text headline line) was read with the text.
  const readsHeadline = stages.some((s) => s.name === framingStage.name) && openingTitle(article.text, article.title) === undefined
  const headlineFindings = readsHeadline && article.title?.trim() ? framingOfHeadline(article.id, article.title, article.language, failures) : []
  return {
    article,
    sentences: [...(layers.segments?.sentences ?? [])],
    actors: [...(layers.mentions?.actors ?? []), ...(layers.attributions?.speakers?.actors ?? [])],
    mentions: [...(layers.mentions?.mentions ?? []), ...(layers.attributions?.speakers?.mentions ?? [])].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end),
    attributions: [...(layers.attributions?.attributions ?? [])],
    outletVoice: [...(layers.attributions?.outletVoice ?? [])],
    facets: [...(layers.facets ?? [])],
    claims: [...(layers.claims ?? [])],
    findings: [...(layers.framing?.findings ?? [])],
    headlineFindings,
    ...(layers.framing ? { genre: layers.framing.genre } : {}),
    portrayals: [...(layers.portrayals ?? [])],
    events: [...(layers.events ?? [])],
    failures,
  }
}

/** Runs `stages` in order, recording each that throws or lacks a layer in `failures`. */
function runStages(article: Article, stages: readonly Stage[], failures: StageFailure[]): Layers {
  let layers: Layers = {}
  for (const stage of stages) {
    if (stage.requires.some((r) => layers[r] === undefined)) {
      failures.push({ stage: stage.name, articleId: article.id, cause: 'skipped: an earlier stage it needs failed' })
      continue
    }
    try {
      layers = { ...layers, [stage.assigns]: stage.run(article, layers) }
    } catch (error) {
      failures.push({ stage: stage.name, articleId: article.id, cause: reasonOf(error) })
    }
  }
  return layers
}

/**
 * The framing findings of a headline, spans into the title: the headline read as a text of its
 * own, with its quotations a speaker's. A failing stage is recorded as `headline/<stage>`.
 */
function framingOfHeadline(id: string, title: string, language: Article['language'], failures: StageFailure[]): Finding[] {
  const headline: Article = { id, text: title, language, provenance: [{ start: 0, end: title.length, input: '<title>', inputOffset: 0, via: 'record' }] }
  const own: StageFailure[] = []
  const layers = runStages(headline, HEADLINE_STAGES, own)
  failures.push(...own.map((f) => ({ ...f, stage: `headline/${f.stage}` })))
  return [...(layers.framing?.findings ?? [])]
}

/** Analyses a bare text as one article (no metadata): handy for benchmarks and tests. */
export function analyzeText(text: string, published?: string): AnalyzedArticle {
  return analyzeArticle({
    id: 'A', text, language: { code: 'eng', supported: true },
    provenance: [{ start: 0, end: text.length, input: '<text>', inputOffset: 0, via: 'text' }],
    ...(published ? { published: { date: published, evidence: { how: 'metadata' } } } : {}),
  })
}
