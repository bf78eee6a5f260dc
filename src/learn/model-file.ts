/**
 * @module learn/model-file — reads and writes the trained models committed under `models/`.
 *
 * Models are JSON files made by `npm run train -- <name>` from `../shared/data` (each file says
 * how in its `trainedOn` field). They live outside `src/` so `tsc` does not type a megabyte of
 * weights; this module finds them from its compiled place, `dist/src/learn/`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const MODELS = new URL('../../../models/', import.meta.url)

/** The path of the committed model `name` (e.g. `attribution.json`). */
export function modelPath(name: string): string {
  return fileURLToPath(new URL(name, MODELS))
}

/** Parses a committed model; the caller validates its shape. Throws with the path when it is missing. */
export function readModel(name: string): unknown {
  const path = modelPath(name)
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw new Error(`cannot read the trained model ${path} (run \`npm run train\` to rebuild it): ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Writes a model for committing: one JSON document, a final newline. */
export function writeModel(name: string, model: unknown): string {
  const path = modelPath(name)
  writeFileSync(path, `${JSON.stringify(model)}\n`)
  return path
}
