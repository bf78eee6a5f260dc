/**
 * @module store/store — a corpus of analysed articles in SQLite (better-sqlite3): added in
 * batches over time, each article once (by the hash of its text), searchable in full text
 * (FTS5, Porter stems) over titles, texts and the words each speaker is quoted saying, and read
 * back, by date or by search, to be compared again as stories.
 *
 * An article's analysis is kept whole as JSON, so reading it back needs no re-analysis; its id
 * in a later comparison is given afresh (A, B, …) in the order read, oldest first.
 */
import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'
import { articleId } from '../ingest/ingest.js'
import { RashomonError } from '../model/errors.js'
import type { Span } from '../model/span.js'
import { analyzeArticle } from '../analyze/pipeline.js'
import { AnalyzedArticleSchema, ArticleSchema, type AnalyzedArticle, type Article, type Skipped } from '../model/schema.js'

/** The layout of the tables; a database made by another layout is refused rather than misread. */
export const STORE_LAYOUT = 2

const TABLES = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  outlet TEXT, title TEXT, url TEXT, published TEXT,
  input TEXT NOT NULL, added TEXT NOT NULL, tool TEXT NOT NULL,
  text TEXT NOT NULL, analysis TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE TABLE IF NOT EXISTS quotes (
  article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  speaker TEXT NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, content TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_search USING fts5 (title, text, quotes, tokenize = 'porter unicode61');
`

/** One stored article, as listed. */
export interface StoredArticle {
  readonly id: number
  readonly outlet: string | null
  readonly title: string | null
  readonly published: string | null
  readonly url: string | null
  readonly input: string
  readonly added: string
}

/** A search hit: the article and its best passage, as plain text, with where the matched words are in it. */
export interface SearchHit extends StoredArticle {
  readonly passage: string
  /** The matched words, as offsets into `passage`, in order. */
  readonly matches: Span[]
}

/** Private-use marks FTS5 puts around the matched words of a passage; taken out of the text that is searched, so a mark is always one. */
const SNIPPET_MARKS = ['\u{E000}', '\u{E001}'] as const
const ANY_SNIPPET_MARK = /[\u{E000}\u{E001}]/gu

/** `text` as it is searched: with a space where it holds a snippet mark of its own. Pure. */
function searchable(text: string): string {
  return text.replace(ANY_SNIPPET_MARK, ' ')
}

/** A passage with snippet marks as plain text and the offsets of the words between them. Pure; linear. */
export function unmarkedPassage(marked: string): { passage: string; matches: Span[] } {
  let passage = ''
  const matches: Span[] = []
  let open = -1
  let from = 0
  for (const m of marked.matchAll(ANY_SNIPPET_MARK)) {
    passage += marked.slice(from, m.index)
    from = m.index + 1
    if (m[0] === SNIPPET_MARKS[0]) open = passage.length
    else if (open >= 0) {
      if (passage.length > open) matches.push({ start: open, end: passage.length })
      open = -1
    }
  }
  return { passage: passage + marked.slice(from), matches }
}

/** A passage cut into its runs of plain text and of matched words, in order, for a reader to mark the matches. Pure. */
export function passagePieces(hit: Pick<SearchHit, 'passage' | 'matches'>): Array<{ readonly text: string; readonly match: boolean }> {
  const pieces: Array<{ text: string; match: boolean }> = []
  let from = 0
  for (const m of hit.matches) {
    if (m.start > from) pieces.push({ text: hit.passage.slice(from, m.start), match: false })
    pieces.push({ text: hit.passage.slice(m.start, m.end), match: true })
    from = m.end
  }
  if (from < hit.passage.length) pieces.push({ text: hit.passage.slice(from), match: false })
  return pieces
}

/** What one `add` did. */
export interface AddReport {
  readonly added: StoredArticle[]
  /** Articles whose text was stored already: the input, and the stored article it repeats. */
  readonly repeated: Array<{ readonly input: string; readonly id: number }>
}

/** Which stored articles to read back: by publication date (ISO `YYYY-MM-DD`, inclusive) and by a search. */
export interface Selection {
  readonly since?: string
  readonly until?: string
  readonly match?: string
  readonly limit?: number
}

/** Most articles one read returns unless asked otherwise: a comparison of more is slow to read. */
export const DEFAULT_LIMIT = 200

/** The listed columns of `articles`, under the name the query gives the table. */
const listedColumns = (table = 'articles'): string => ['id', 'outlet', 'title', 'published', 'url', 'input', 'added'].map((c) => `${table}.${c}`).join(', ')

/** An open store. Close it when done. */
export class Store {
  private readonly db: Database.Database

  /** Opens (or creates) the store at `path`; `:memory:` for one that lives as long as the object. */
  constructor(path: string) {
    try {
      this.db = new Database(path)
      this.db.pragma('journal_mode = WAL')
      this.db.pragma('foreign_keys = ON')
      this.db.exec(TABLES)
    } catch (error) {
      throw new RashomonError('E_STORE', `cannot open the store ${path}: ${(error as Error).message}`, 'Give a writable path to an SQLite file made by rashomon, or a new one.', { cause: error })
    }
    // Read and set in one transaction: two processes opening a new store at once agree on it.
    const layout = this.db.transaction(() => {
      this.db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('layout', ?)`).run(String(STORE_LAYOUT))
      return this.db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'layout'`).get()!.value
    }).immediate()
    if (layout !== String(STORE_LAYOUT)) {
      this.db.close()
      throw new RashomonError('E_STORE', `the store ${path} has layout ${layout}; this version reads layout ${STORE_LAYOUT}`, 'Use the rashomon version that made it, or a new store.')
    }
  }

  /** Adds analysed articles, each in one transaction with its search entry; a text already stored is not added again. */
  add(articles: readonly AnalyzedArticle[], tool: string, now = new Date()): AddReport {
    const insert = this.db.prepare(`INSERT INTO articles (hash, outlet, title, url, published, input, added, tool, text, analysis)
      VALUES (@hash, @outlet, @title, @url, @published, @input, @added, @tool, @text, @analysis) ON CONFLICT (hash) DO NOTHING`)
    const existing = this.db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE hash = ?')
    const quote = this.db.prepare('INSERT INTO quotes (article, speaker, kind, start, end, content) VALUES (?, ?, ?, ?, ?, ?)')
    const search = this.db.prepare('INSERT INTO articles_search (rowid, title, text, quotes) VALUES (?, ?, ?, ?)')
    const report: AddReport = { added: [], repeated: [] }
    const addOne = this.db.transaction((analysed: AnalyzedArticle) => {
      const { article } = analysed
      const hash = textHash(article.text, article.outlet?.name, article.title)
      const input = article.provenance.map((p) => p.input).filter((v, i, all) => all.indexOf(v) === i).join(' + ')
      const row = {
        hash, input, outlet: article.outlet?.name ?? null, title: article.title ?? null, url: article.url ?? null,
        published: article.published?.date ?? null, added: now.toISOString(), tool, text: article.text, analysis: JSON.stringify(analysed),
      }
      const { changes, lastInsertRowid } = insert.run(row)
      if (changes === 0) {
        report.repeated.push({ input, id: existing.get(hash)!.id })
        return
      }
      const id = Number(lastInsertRowid)
      const speakers = new Map(analysed.actors.map((a) => [a.id, a.name]))
      const quoted: string[] = []
      for (const a of analysed.attributions) {
        const content = article.text.slice(a.content.start, a.content.end)
        const speaker = speakers.get(a.speaker) ?? a.speaker
        quote.run(id, speaker, a.kind, a.content.start, a.content.end, content)
        quoted.push(`${speaker}: ${content}`)
      }
      search.run(id, searchable(row.title ?? ''), searchable(article.text), searchable(quoted.join('\n')))
      report.added.push(this.listed(id))
    })
    for (const analysed of articles) addOne(analysed)
    return report
  }

  /** Lists stored articles, oldest publication first (undated last), as `read` selects them. */
  list(selection: Selection = {}): StoredArticle[] {
    return this.selecting(selection, (where, params) => this.db.prepare<unknown[], StoredArticle>(
      `SELECT ${listedColumns()} FROM articles ${where} ORDER BY published IS NULL, published, id LIMIT ?`).all(...params, selection.limit ?? DEFAULT_LIMIT))
  }

  /**
   * Finds articles by search (words, "phrases", OR, NOT, prefix*; `quotes:` for the words speakers
   * are quoted saying) among those the dates select, best first, each with its best passage and
   * where the matched words are in it. A query FTS5 cannot read as such ("Iran's", "al-Assad") is
   * read as plain words; one it cannot read either way is a `RashomonError` saying so.
   */
  search(query: string, selection: Omit<Selection, 'match'> = {}): SearchHit[] {
    const { where, params } = this.filter({ ...(selection.since ? { since: selection.since } : {}), ...(selection.until ? { until: selection.until } : {}) })
    const rows = this.matching(query, (match) => this.db.prepare<unknown[], StoredArticle & { marked: string }>(`SELECT ${listedColumns()},
      snippet(articles_search, -1, ?, ?, '…', 16) AS marked
      FROM articles_search JOIN articles ON articles.id = articles_search.rowid
      WHERE articles_search MATCH ? ${where.replace(/^WHERE/u, 'AND')} ORDER BY rank LIMIT ?`).all(...SNIPPET_MARKS, match, ...params, selection.limit ?? DEFAULT_LIMIT))
    return rows.map(({ marked, ...listed }) => ({ ...listed, ...unmarkedPassage(marked) }))
  }

  /**
   * Reads the selected articles' analyses back, oldest first, with fresh ids A, B, … in that
   * order. An analysis this version's schema cannot read (kept by another version) is made again
   * from its article; one whose article cannot be read either is skipped, and said so.
   */
  read(selection: Selection = {}): { articles: AnalyzedArticle[]; skipped: Skipped[] } {
    const rows = this.selecting(selection, (where, params) => this.db.prepare<unknown[], { id: number; tool: string; analysis: string }>(
      `SELECT id, tool, analysis FROM articles ${where} ORDER BY published IS NULL, published, id LIMIT ?`).all(...params, selection.limit ?? DEFAULT_LIMIT))
    const articles: AnalyzedArticle[] = []
    const skipped: Skipped[] = []
    const rewrite = this.db.prepare('UPDATE articles SET analysis = ?, tool = ? WHERE id = ?')
    for (const row of rows) {
      const read = readAnalysis(row.analysis)
      if (!read) {
        skipped.push({ input: `#${row.id}`, code: 'E_STORE', reason: `kept by rashomon ${row.tool} in a form this version cannot read, even its article; make a new store for it` })
        continue
      }
      // An analysis made again is kept, so it is made once.
      if (read.remade) rewrite.run(JSON.stringify(read.analysed), `${row.tool} (re-analysed)`, row.id)
      const id = articleId(articles.length)
      articles.push({ ...read.analysed, article: { ...read.analysed.article, id }, failures: read.analysed.failures.map((f) => ({ ...f, articleId: id })) })
    }
    return { articles, skipped }
  }

  /** How many articles the store holds, or how many a selection selects (without its limit). */
  count(selection: Selection = {}): number {
    return this.selecting(selection, (where, params) => this.db.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM articles ${where}`).get(...params)!.n)
  }

  close(): void {
    this.db.close()
  }

  private listed(id: number): StoredArticle {
    return this.db.prepare<[number], StoredArticle>(`SELECT ${listedColumns()} FROM articles WHERE id = ?`).get(id)!
  }

  private filter(selection: Selection): { where: string; params: unknown[] } {
    const clauses: string[] = []
    const params: unknown[] = []
    for (const [key, op] of [['since', '>='], ['until', '<=']] as const) {
      const date = selection[key]
      if (date === undefined) continue
      if (!DATE.test(date)) throw new RashomonError('E_USAGE', `${key} must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not "${date}"`, 'Give a date such as 2023-02-18.')
      // "until 2023-02" takes the whole month: compare with the date's own precision.
      clauses.push(`substr(published, 1, ${date.length}) ${op} ?`)
      params.push(date)
    }
    if (selection.match !== undefined) {
      clauses.push('id IN (SELECT rowid FROM articles_search WHERE articles_search MATCH ?)')
      params.push(selection.match)
    }
    return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params }
  }

  /** Runs a statement over the articles a selection selects, given its WHERE clause and parameters. */
  private selecting<T>(selection: Selection, run: (where: string, params: unknown[]) => T): T {
    return this.matching(selection.match, (match) => {
      const { where, params } = this.filter({ ...selection, ...(match === undefined ? {} : { match }) })
      return run(where, params)
    })
  }

  /**
   * Runs a statement with a search query: as FTS5 syntax, then, if FTS5 refuses it, as plain words
   * (each quoted); a query refused both ways is a `RashomonError`. Only the query can make these
   * statements fail this way: the rest of their SQL is fixed.
   */
  private matching<T>(query: string | undefined, run: (match: string | undefined) => T): T {
    try {
      return run(query)
    } catch (error) {
      if (query === undefined || (error as { code?: string }).code !== 'SQLITE_ERROR') throw error
      try {
        return run(asWords(query))
      } catch (again) {
        if ((again as { code?: string }).code !== 'SQLITE_ERROR') throw again
        throw new RashomonError('E_USAGE', `the search "${query}" cannot be read: ${(error as Error).message}`, 'Use words, "quoted phrases", OR, NOT, prefix* or quotes:word.')
      }
    }
  }
}

/** A date to select by, at the precision given: 2023, 2023-02 or 2023-02-18. */
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u

/** A query as plain words: each run of non-space characters a quoted FTS5 string, without a possessive "'s" ("Iran's" finds Iran). Pure. */
function asWords(query: string): string {
  return query.split(/\s+/u).map((w) => w.replace(/['’]s$/iu, '')).filter(Boolean).map((w) => `"${w.replaceAll('"', '""')}"`).join(' ')
}

/** An analysis kept as JSON, read by this version's schema, or made again from its article (`remade`); undefined when neither can be read. */
function readAnalysis(json: string): { analysed: AnalyzedArticle; remade: boolean } | undefined {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return undefined
  }
  const analysed = AnalyzedArticleSchema.safeParse(value)
  if (analysed.success) return { analysed: analysed.data as AnalyzedArticle, remade: false }
  const article = ArticleSchema.safeParse((value as { article?: unknown } | null)?.article)
  return article.success ? { analysed: analyzeArticle(article.data as Article), remade: true } : undefined
}

/**
 * The hash by which an article is one already kept: its words, however spaced, with its outlet
 * and title, so a wire story two outlets run under their own headlines is kept for each. Pure.
 */
export function textHash(text: string, outlet?: string, title?: string): string {
  const words = (s: string | undefined): string => (s ?? '').trim().replace(/\s+/gu, ' ')
  return createHash('sha256').update(`${words(outlet)}\n${words(title)}\n${words(text)}`).digest('hex')
}
