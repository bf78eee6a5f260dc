/** @module model/errors — the one error type rashomon throws, with a code and a fix hint. */

/** Every error code rashomon can raise; each says what went wrong, the hint says how to fix it. */
export type ErrorCode =
  | 'E_INPUT_MISSING'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_FORMAT'
  | 'E_INPUT_HTML'
  | 'E_INPUT_RECORD'
  | 'E_INPUT_URL'
  | 'E_LANGUAGE_UNSUPPORTED'
  | 'E_NOTHING_ANALYSED'
  | 'E_PIPELINE_ORDER'
  | 'E_SPAN_RANGE'
  | 'E_STORE'
  | 'E_USAGE'

/** An error with a stable code and a one-line hint on how to fix it. */
export class RashomonError extends Error {
  readonly code: ErrorCode
  readonly hint: string
  constructor(code: ErrorCode, message: string, hint: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'RashomonError'
    this.code = code
    this.hint = hint
  }
}

/** Returns a readable one-line reason for any thrown value. Pure. */
export function reasonOf(error: unknown): string {
  if (error instanceof RashomonError) return `${error.message} (${error.code}). ${error.hint}`
  if (error instanceof Error) return error.message
  return String(error)
}
