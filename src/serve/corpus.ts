/** @module serve/corpus — the corpus page: kept articles listed or searched, and a link to compare them. */
import { esc, quoted } from '../report/html.js'
import type { SearchHit, Selection, StoredArticle } from '../store/store.js'

/** Renders the corpus page for a selection and what it found (search hits carry a passage). Pure. */
export function corpusPage(selection: Selection, found: ReadonlyArray<StoredArticle | SearchHit>, total: number): string {
  const query = new URLSearchParams(Object.entries(selection).filter(([, v]) => v !== undefined).map(([k, v]): [string, string] => [k, String(v)]))
  const rows = found.map((a) => `<li><strong>#${a.id}</strong> · ${esc(a.outlet ?? 'unknown outlet')} · ${esc(a.published ?? 'undated')} · ${esc(a.title ?? '(no title)')}`
    + `${a.url ? ` · <a href="${esc(a.url)}" rel="noreferrer">source</a>` : ''}${'passage' in a ? `<br><span class="passage">${quoted(a.passage)}</span>` : ''}</li>`)
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>rashomon corpus</title><style>${STYLE}</style></head>
<body><main>
<h1>Corpus <small>${total} article(s) kept</small></h1>
<form method="get" action="/corpus">
<input name="q" type="search" placeholder='words, "a phrase", quotes:word' value="${esc(selection.match ?? '')}">
<label>from <input name="since" placeholder="YYYY-MM-DD" size="10" value="${esc(selection.since ?? '')}"></label>
<label>to <input name="until" placeholder="YYYY-MM-DD" size="10" value="${esc(selection.until ?? '')}"></label>
<button type="submit">Find</button>
</form>
<p>${found.length} found${found.length > 0 ? ` · <a href="/corpus/report?${esc(query.toString())}">compare them</a> (oldest ${found.length > 200 ? '200 ' : ''}first)` : ''} · <a href="/">add articles</a></p>
<ol class="found">${rows.join('\n')}</ol>
</main></body></html>
`
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#fafafa;color:#1d1d1f}
main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 3rem}h1 small{font-size:.8rem;color:#666}
form input[type=search]{width:24rem}.found{padding-left:1.5rem}.passage{color:#444;font-size:.9rem}mark{background:#fde68a}
`
