/**
 * @module cli/store-command — `rashomon store add|list|search|report`: a corpus kept in SQLite
 * (`store/store.ts`), added to over time and compared again as stories.
 */
import { RashomonError } from '../model/errors.js'
import type { AnalysisResult } from '../model/schema.js'
import { analyzeEach, compareBatch, VERSION, type AnalyzeOptions } from '../rashomon.js'
import { passagePieces, Store, type Selection, type StoredArticle } from '../store/store.js'
import { reportInputs } from './notes.js'

export const STORE_USAGE = `  rashomon store add <file|folder|url>... [--db FILE]
                                     analyse and keep articles (a text already kept is not added again)
  rashomon store list [--since D] [--until D] [--match Q] [--db FILE]
  rashomon store search <query> [--since D] [--until D] [--limit N] [--db FILE]
                                     full-text search (words, "phrases", OR, NOT, prefix*,
                                     quotes:word for what speakers are quoted saying)
  rashomon store report [--since D] [--until D] [--match Q] [--limit N] [--db FILE]
                                     compare kept articles (grouped into stories from 6 on)
                                     in any --format; dates as YYYY-MM-DD, YYYY-MM or YYYY
`

/** What the store command needs from the command line, checked already. */
export interface StoreContext {
  readonly db: string
  readonly since: string | undefined
  readonly until: string | undefined
  readonly match: string | undefined
  readonly limit: string | undefined
  readonly read: AnalyzeOptions
  readonly emit: (result: AnalysisResult) => Promise<void>
  readonly out: (s: string) => void
  readonly err: (s: string) => void
}

/** Runs one store subcommand; returns the exit status (1 when nothing was done, 2 for usage errors). */
export async function runStore(sub: string, args: readonly string[], ctx: StoreContext): Promise<number> {
  const limit = ctx.limit === undefined ? undefined : Number(ctx.limit)
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) return fail(ctx, 2, '--limit must be a positive whole number')
  if (!['add', 'list', 'search', 'report'].includes(sub)) return fail(ctx, 2, `store needs add, list, search or report, not "${sub}"`)
  if (sub === 'add' && args.length === 0) return fail(ctx, 2, 'store add needs files, folders or URLs')
  if (sub === 'search' && args.join(' ').trim() === '') return fail(ctx, 2, 'store search needs a query')
  if ((sub === 'list' || sub === 'report') && args.length > 0) return fail(ctx, 2, `store ${sub} takes no inputs; select with --since, --until and --match`)
  let store: Store
  try {
    store = new Store(ctx.db)
  } catch (error) {
    return fail(ctx, 1, (error as Error).message)
  }
  try {
    const selection: Selection = { ...(ctx.since ? { since: ctx.since } : {}), ...(ctx.until ? { until: ctx.until } : {}), ...(ctx.match ? { match: ctx.match } : {}), ...(limit ? { limit } : {}) }
    if (sub === 'add') return await add(store, args, ctx)
    if (sub === 'list') {
      const listed = store.list(selection)
      ctx.out(listed.length > 0 ? listed.map(line).join('') : `no article in ${ctx.db} fits\n`)
      return 0
    }
    if (sub === 'search') {
      const hits = store.search(args.join(' '), { ...selection, limit: limit ?? 20 })
      if (hits.length === 0) ctx.out(`nothing in ${ctx.db} matches\n`)
      for (const hit of hits) ctx.out(`${line(hit)}      ${passagePieces(hit).map((p) => (p.match ? `«${p.text}»` : p.text)).join('').replace(/\s+/gu, ' ')}\n`)
      return 0
    }
    const { articles, skipped } = store.read(selection)
    reportInputs({ skipped, warnings: [] }, ctx.err)
    if (articles.length === 0) return fail(ctx, 1, `no article in ${ctx.db} fits the selection (the store holds ${store.count()})`)
    await ctx.emit(compareBatch({ boundaries: [], skipped, warnings: [], articles }, ctx.read))
    return 0
  } catch (error) {
    if (error instanceof RashomonError && error.code === 'E_USAGE') return fail(ctx, 2, error.message)
    throw error
  } finally {
    store.close()
  }
}

async function add(store: Store, inputs: readonly string[], ctx: StoreContext): Promise<number> {
  const batch = await analyzeEach(inputs, ctx.read)
  reportInputs(batch, ctx.err)
  const { added, repeated } = store.add(batch.articles, VERSION)
  ctx.out(`stored ${added.length} new article(s) in ${ctx.db}, which now holds ${store.count()}\n`)
  for (const a of added) ctx.out(line(a))
  for (const r of repeated) ctx.out(`  already stored: ${r.input} (the text of #${r.id})\n`)
  if (batch.articles.length === 0) return fail(ctx, 1, 'nothing could be analysed (E_NOTHING_ANALYSED): check the inputs listed above.')
  return 0
}

function line(a: StoredArticle): string {
  return `  #${a.id} · ${a.outlet ?? 'unknown outlet'} · ${a.published ?? 'undated'} · ${a.title ?? '(no title)'} · ${a.url ?? a.input}\n`
}

function fail(ctx: StoreContext, status: 1 | 2, message: string): number {
  ctx.err(`rashomon: ${message}\n`)
  return status
}
