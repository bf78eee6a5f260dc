/**
 * @module rashomon — the whole pipeline as one call: ingest → analyze (per article) → compare.
 * The CLI is a thin shell over `analyze`; library users call it the same way.
 */
import { createRequire } from 'node:module'
import { analyzeArticle } from './analyze/pipeline.js'
import { compare } from './compare/compare.js'
import { groupStories, storyInputOf } from './compare/stories.js'
import { ingest, ingestTexts, type IngestOptions, type IngestResult } from './ingest/ingest.js'
import type { Input } from './ingest/read-input.js'
import type { TextInput } from './ingest/stream.js'
import { SCHEMA_VERSION, type AnalysisResult, type AnalyzedArticle, type Story } from './model/schema.js'

const require = createRequire(import.meta.url)
/** The package version, from package.json. */
export const VERSION: string = (require('../../package.json') as { version: string }).version

/**
 * Options for `analyze`. `stories`: "auto" (the default) compares a handful of articles as one
 * story and groups a larger set (more than `GROUP_FROM - 1` articles) into stories first;
 * "one" always compares all articles as one story; "group" always groups.
 */
export type AnalyzeOptions = IngestOptions & { readonly stories?: 'auto' | 'one' | 'group' }

/** From this many articles on, "auto" groups them into stories before comparing. */
export const GROUP_FROM = 6

/** Reads the inputs (files, folders, URLs, files' bytes), analyses every article and compares them. Never throws for bad inputs. */
export async function analyze(inputs: readonly Input[], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  return compareBatch(await analyzeEach(inputs, options), options)
}

/** Like `analyze`, for texts already in memory (read in order as one plain-text stream). */
export function analyzeTexts(texts: readonly TextInput[], options: AnalyzeOptions = {}): AnalysisResult {
  return compareBatch(analyzeIngested(ingestTexts(texts, options.split ?? 'auto')), options)
}

/** Articles analysed one by one, not yet compared, with what ingest found and skipped. */
export type AnalyzedBatch = Pick<AnalysisResult, 'boundaries' | 'skipped' | 'warnings' | 'articles'>

/** Reads the inputs and analyses each article, without comparing them (to store them, say). */
export async function analyzeEach(inputs: readonly Input[], options: IngestOptions = {}): Promise<AnalyzedBatch> {
  return analyzeIngested(await ingest(inputs, options))
}

function analyzeIngested(ingested: IngestResult): AnalyzedBatch {
  return { boundaries: ingested.boundaries, skipped: ingested.skipped, warnings: ingested.warnings, articles: ingested.articles.map((article) => analyzeArticle(article)) }
}

/** Compares analysed articles as `analyze` does: as one story, or grouped into stories first. */
export function compareBatch(batch: AnalyzedBatch, options: AnalyzeOptions = {}): AnalysisResult {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'rashomon', version: VERSION },
    split: options.split ?? 'auto',
    ...batch,
    ...storiesOf(batch.articles, options.stories ?? 'auto'),
  }
}

/** Groups the articles into stories (or takes them as one) and compares each story's articles. */
function storiesOf(articles: readonly AnalyzedArticle[], mode: 'auto' | 'one' | 'group'): Pick<AnalysisResult, 'grouping' | 'stories'> {
  const byId = new Map(articles.map((a) => [a.article.id, a]))
  const group = mode === 'group' || (mode === 'auto' && articles.length >= GROUP_FROM)
  if (!group) {
    const ids = articles.map((a) => a.article.id)
    return {
      grouping: 'one-story',
      stories: [{
        id: 'S1', articleIds: ids, cohesion: 1, terms: [], links: [], comparison: compare(articles),
        explanation: `All ${ids.length} article(s) compared as one story (${mode === 'one' ? 'as asked' : `fewer than ${GROUP_FROM} articles`}).`,
      }],
    }
  }
  const stories: Story[] = groupStories(articles.map(storyInputOf)).map((s) => ({
    id: s.id, articleIds: s.members, cohesion: s.cohesion, terms: s.terms, explanation: s.explanation,
    links: s.links.map((l) => ({ a: l.a, b: l.b, cosine: l.cosine, similarity: l.similarity, shared: l.shared, ...(l.days === undefined ? {} : { days: l.days }) })),
    comparison: compare(s.members.map((id) => byId.get(id)!)),
  }))
  return { grouping: 'grouped', stories }
}
