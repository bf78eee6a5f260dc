/** @module serve/corpus — the corpus page: kept articles listed or searched, and a link to compare them. */
import { esc } from '../report/html.js'
import { passagePieces, type SearchHit, type Selection, type StoredArticle } from '../store/store.js'
import { layout } from './layout.js'

/**
 * Renders the corpus page: the selection's form, what it found (search hits carry a passage, best
 * first; a list is oldest first), how many it holds in all and how many are kept. Pure.
 */
export function corpusPage(selection: Selection, found: ReadonlyArray<StoredArticle | SearchHit>, total: number, kept: number): string {
  const query = new URLSearchParams([['q', selection.match], ['since', selection.since], ['until', selection.until]].filter((p): p is [string, string] => p[1] !== undefined))
  const rows = found.map((a) => `<li><strong>#${a.id}</strong> · ${esc(a.outlet ?? 'unknown outlet')} · ${esc(a.published ?? 'undated')} · ${esc(a.title ?? '(no title)')}`
    + `${a.url && /^https?:\/\//iu.test(a.url) ? ` · <a href="${esc(a.url)}" rel="noreferrer">source</a>` : ''}${'passage' in a ? `<br><span class="passage">${highlighted(a)}</span>` : ''}</li>`)
  const shown = found.length < total ? `${found.length} of ${total} shown` : `${total} found`
  return layout('rashomon corpus', `<h1>Corpus <small>${kept} article(s) kept</small></h1>
<form class="find" method="get" action="/corpus">
<input name="q" type="search" placeholder='words, "a phrase", quotes:word' value="${esc(selection.match ?? '')}">
<label>from <input name="since" placeholder="YYYY-MM-DD" size="10" value="${esc(selection.since ?? '')}"></label>
<label>to <input name="until" placeholder="YYYY-MM-DD" size="10" value="${esc(selection.until ?? '')}"></label>
<button type="submit">Find</button>
</form>
<p>${shown}${total > 0 ? ` · <a href="/corpus/report?${esc(query.toString())}">compare ${total > found.length ? `the oldest ${found.length}` : 'them'}</a>` : ''} · <a href="/">add articles</a></p>
<ol class="found">${rows.join('\n')}</ol>`)
}

/** A search passage escaped, its matched words in `<mark>`. Pure. */
function highlighted(hit: Pick<SearchHit, 'passage' | 'matches'>): string {
  return passagePieces(hit).map((p) => (p.match ? `<mark>${esc(p.text)}</mark>` : esc(p.text))).join('')
}
