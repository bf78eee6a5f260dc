/**
 * @module cli/main — `rashomon analyze <inputs...>`, `rashomon serve` and `rashomon schema`.
 * Exit status: 0 when at least one article was analysed, 1 when none could be, 2 for usage errors.
 */
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { listen, type ListenOptions } from '../serve/server.js'
import { Store } from '../store/store.js'
import { reportInputs } from './notes.js'
import { runStore, STORE_USAGE } from './store-command.js'
import { analyze, VERSION } from '../rashomon.js'
import { analysisJsonSchema } from '../model/schema.js'
import { reportFormat } from '../report/formats.js'
import type { AnalysisResult } from '../model/schema.js'
import type { SplitMode } from '../ingest/stream.js'

const USAGE = `rashomon ${VERSION}: how different news outlets tell the same story

Usage:
  rashomon analyze <file|folder|url>... [options]
  rashomon serve [--port N] [--host H] [--allowed-hosts a,b] [--db FILE]
                                     the web app and HTTP API (default 127.0.0.1:8080);
                                     with --db, also browse and add to that corpus
${STORE_USAGE}  rashomon schema                    print the JSON Schema of --format json

Options:
  --format text|json|md|html
                          output format (default: text; html: one self-contained page,
                          the articles side by side, evidence linked to the words)
  --out FILE              write the report to FILE instead of standard output
  --split auto|files|stream
                          how plain-text files become articles (default: auto: boundaries
                          the text shows; files: one article per file; stream: ignore files)
  --stories auto|one|group
                          group articles into stories before comparing (default: auto:
                          group from 6 articles on; one: compare all as one story)
  --max-bytes N           largest input file or page to read (default: 20971520)
  --allow-private-urls    also fetch URLs on loopback and private-network addresses
                          (refused by default: a URL is fetched from the public web only)
  --no-text               share a report without republishing the articles: JSON leaves
                          the texts out (spans still point into them); text and md quote
                          only the evidence words, at most 12 at a time
  -h, --help              this help
  -v, --version           the version
`

/** Runs the CLI with `argv` (without node and script); returns the exit status. */
export async function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        format: { type: 'string', default: 'text' }, out: { type: 'string' }, split: { type: 'string', default: 'auto' },
        stories: { type: 'string', default: 'auto' }, port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' }, 'allowed-hosts': { type: 'string' },
        db: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, match: { type: 'string' }, limit: { type: 'string' },
        'max-bytes': { type: 'string' }, 'allow-private-urls': { type: 'boolean' }, 'no-text': { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    err(`rashomon: ${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.version) {
    out(`${VERSION}\n`)
    return 0
  }
  const [command, ...inputs] = positionals
  if (values.help) {
    out(USAGE)
    return 0
  }
  if (!command) return usage(err, 'name a command')
  if (command === 'schema') {
    out(`${JSON.stringify(analysisJsonSchema(), null, 2)}\n`)
    return 0
  }
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes'])
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) return usage(err, '--max-bytes must be a positive whole number')
  const allowPrivateUrls = values['allow-private-urls'] ?? false
  if (command === 'serve') {
    const port = Number(values.port)
    if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) return usage(err, '--port must be a whole number from 0 to 65535')
    if (inputs.length > 0) return usage(err, 'serve takes no inputs: open the page and give them there')
    const allowedHosts = values['allowed-hosts']?.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)
    return serveUntilStopped({ port, host: values.host ?? '127.0.0.1', allowPrivateUrls, ...(maxBytes ? { maxBytes } : {}), ...(allowedHosts?.length ? { allowedHosts } : {}) }, values.db, err)
  }
  if (command !== 'analyze' && command !== 'store') return usage(err, `unknown command "${command}"`)
  const format = reportFormat(values.format ?? 'text')
  if (!format) return usage(err, `--format must be text, json, md or html, not "${values.format}"`)
  if (!['auto', 'files', 'stream'].includes(values.split ?? 'auto')) return usage(err, `--split must be auto, files or stream, not "${values.split}"`)
  if (!['auto', 'one', 'group'].includes(values.stories ?? 'auto')) return usage(err, `--stories must be auto, one or group, not "${values.stories}"`)
  const stories = (values.stories ?? 'auto') as 'auto' | 'one' | 'group'
  const read = { split: (values.split ?? 'auto') as SplitMode, stories, allowPrivateUrls, ...(maxBytes ? { maxBytes } : {}) }
  const emit = async (result: AnalysisResult): Promise<void> => {
    const report = format.render(result, values['no-text'] ?? false)
    if (values.out) {
      await writeFile(values.out, report)
      err(`rashomon: wrote ${values.out}\n`)
    } else out(report)
  }
  if (command === 'store') {
    const [sub = '', ...rest] = inputs
    return runStore(sub, rest, { db: values.db ?? 'rashomon.db', since: values.since, until: values.until, match: values.match, limit: values.limit, read, emit, out, err })
  }
  if (inputs.length === 0) return usage(err, 'give at least one file, folder or URL to analyze')

  const result = await analyze(inputs, read)
  reportInputs(result, err)
  await emit(result)
  if (result.articles.length === 0) {
    err('rashomon: nothing could be analysed (E_NOTHING_ANALYSED): check the inputs listed above.\n')
    return 1
  }
  return 0
}

/** Runs the server until SIGINT or SIGTERM; a port in use or a bad host is exit status 1, with the reason. */
async function serveUntilStopped(options: ListenOptions, db: string | undefined, err: (s: string) => void): Promise<number> {
  let store
  let server
  try {
    store = db === undefined ? undefined : new Store(db)
    server = await listen({ ...options, ...(store ? { store } : {}) })
  } catch (error) {
    store?.close()
    err(`rashomon: cannot serve on ${options.host}:${options.port}: ${(error as Error).message}\n`)
    return 1
  }
  err(`rashomon: serving on ${server.url} (Ctrl-C stops it)\n`)
  if (!server.allowedHosts) err('rashomon: warning: any host name is answered (a page whose name is made to resolve here could read from it); name yours with --allowed-hosts\n')
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await server.close()
  store?.close()
  err('rashomon: stopped\n')
  return 0
}

function usage(err: (s: string) => void, message: string): number {
  err(`rashomon: ${message}\n\n${USAGE}`)
  return 2
}
