/** @module report/formats — every report format by name, with its media type: one table for the CLI and the server. */
import type { AnalysisResult } from '../model/schema.js'
import { renderHtml } from './html.js'
import { renderJson, withoutTexts } from './json.js'
import { renderMarkdown } from './markdown.js'
import { renderTerminal } from './terminal.js'

/** A report format: how to render a result (`brief`: without republishing the article texts) and its media type. */
export interface ReportFormat {
  readonly render: (result: AnalysisResult, brief: boolean) => string
  readonly mediaType: string
}

export const REPORT_FORMATS: Readonly<Record<'text' | 'json' | 'md' | 'html', ReportFormat>> = {
  text: { render: (r, brief) => renderTerminal(r, { brief }), mediaType: 'text/plain; charset=utf-8' },
  json: { render: (r, brief) => renderJson(brief ? withoutTexts(r) : r), mediaType: 'application/json; charset=utf-8' },
  md: { render: (r, brief) => renderMarkdown(r, { brief }), mediaType: 'text/markdown; charset=utf-8' },
  html: { render: (r, brief) => renderHtml(r, { brief }), mediaType: 'text/html; charset=utf-8' },
}

/** The format of a name, or `undefined` for an unknown one. Pure. */
export function reportFormat(name: string): ReportFormat | undefined {
  return Object.hasOwn(REPORT_FORMATS, name) ? REPORT_FORMATS[name as keyof typeof REPORT_FORMATS] : undefined
}
