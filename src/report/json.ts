/** @module report/json — the full result as JSON, checked against the published schema. */
import { AnalysisResultSchema, type AnalysisResult } from '../model/schema.js'

/** Renders the result as pretty-printed JSON after validating it; throws if the result breaks the schema. */
export function renderJson(result: AnalysisResult): string {
  return `${JSON.stringify(AnalysisResultSchema.parse(result), null, 2)}\n`
}

/** The result without article texts, for sharing a report without republishing the articles. Pure. */
export function withoutTexts(result: AnalysisResult): AnalysisResult {
  return { ...result, articles: result.articles.map((a) => ({ ...a, article: { ...a.article, text: '' } })), textsOmitted: true }
}
