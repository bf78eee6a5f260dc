/**
 * @module rashomon — the whole pipeline as one call: ingest → analyze (per article) → compare.
 * The CLI is a thin shell over `analyze`; library users call it the same way.
 */
import { createRequire } from 'node:module'
import { analyzeArticle } from './analyze/pipeline.js'
import { compare } from './compare/compare.js'
import { ingest, ingestTexts, type IngestOptions, type IngestResult } from './ingest/ingest.js'
import type { TextInput } from './ingest/stream.js'
import { SCHEMA_VERSION, type AnalysisResult } from './model/schema.js'

const require = createRequire(import.meta.url)
/** The package version, from package.json. */
export const VERSION: string = (require('../../package.json') as { version: string }).version

/** Options for `analyze`. */
export type AnalyzeOptions = IngestOptions

/** Reads the inputs (files, folders), analyses every article and compares them. Never throws for bad inputs. */
export async function analyze(paths: readonly string[], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  return analyzeIngested(await ingest(paths, options), options)
}

/** Like `analyze`, for texts already in memory (read in order as one plain-text stream). */
export function analyzeTexts(texts: readonly TextInput[], options: AnalyzeOptions = {}): AnalysisResult {
  return analyzeIngested(ingestTexts(texts, options.split ?? 'auto'), options)
}

function analyzeIngested(ingested: IngestResult, options: AnalyzeOptions): AnalysisResult {
  const articles = ingested.articles.map((article) => analyzeArticle(article))
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'rashomon', version: VERSION },
    split: options.split ?? 'auto',
    boundaries: ingested.boundaries,
    skipped: ingested.skipped,
    warnings: ingested.warnings,
    articles,
    comparison: compare(articles),
  }
}
