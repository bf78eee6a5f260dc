/** @module cli/notes — what the commands say on standard error about their inputs. */
import type { AnalysisResult } from '../model/schema.js'

/** Lists the inputs skipped, and those read with a caveat, each with its reason and code. */
export function reportInputs(result: Pick<AnalysisResult, 'skipped' | 'warnings'>, err: (s: string) => void): void {
  for (const s of result.skipped) err(`rashomon: skipped ${s.input}: ${s.reason} [${s.code}]\n`)
  for (const w of result.warnings) err(`rashomon: warning ${w.input}: ${w.reason} [${w.code}]\n`)
}
