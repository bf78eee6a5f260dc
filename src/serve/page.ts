/**
 * @module serve/page — the web app's one page: a form to paste articles, upload files or give
 * URLs, posted to `/report`, which answers with the report in the chosen format. No script: the
 * form works in any browser, and the page's Content-Security-Policy allows nothing to load.
 */
import { esc } from '../report/html.js'
import { layout } from './layout.js'

/** Renders the form page. `limit` is the largest request the server takes, in bytes; `keeps`: the server has a corpus to add to. Pure. */
export function formPage(version: string, limit: number, allowPrivateUrls: boolean, keeps: boolean): string {
  const megabytes = (limit / 1024 / 1024).toFixed(0)
  return layout('rashomon', `<h1>rashomon <small>${esc(version)}</small></h1>
<p>How different outlets tell the same story: what all sources agree on, what is contested and by whom, what each leaves out, who is quoted, how each frames it, and what happened when. Every finding points to the words it rests on.</p>
<form method="post" action="/report" enctype="multipart/form-data">
<label for="text">Paste articles (one or several: a headline line, a dateline or a <code>date 2023-02-18</code> line starts the next)</label>
<textarea id="text" name="text" rows="14" placeholder="Headline&#10;date 2024-05-01&#10;&#10;LONDON – The article text…"></textarea>
<label for="files">or upload files (text, HTML, JSON, CSV, RSS/Atom)</label>
<input id="files" name="files" type="file" multiple>
<label for="urls">or give URLs, one per line${allowPrivateUrls ? '' : ' (public web addresses only)'}</label>
<textarea id="urls" name="urls" rows="3" placeholder="https://example.org/news/story"></textarea>
<fieldset><legend>Options</legend>
<label>Articles from the pasted text and files <select name="split">
<option value="auto">where the text shows a boundary</option><option value="files">one per file</option><option value="stream">ignore file starts</option></select></label>
<label>Report <select name="format"><option value="html">page</option><option value="md">Markdown</option><option value="json">JSON</option><option value="text">plain text</option></select></label>
</fieldset>
${keeps ? '<label class="keep"><input type="checkbox" name="keep" value="on"> keep these articles in the corpus</label>\n' : ''}<button type="submit">Compare</button>
<p class="note">Up to ${megabytes} MB in all. ${keeps ? 'Nothing is kept unless you tick the box; <a href="/corpus">browse the corpus</a>.' : 'Nothing is stored: the texts are analysed and the report sent back.'}</p>
</form>
<p class="note">API: <code>POST /api/analyze</code> with <code>{"texts":[{"name":"a.txt","text":"…"}],"urls":[],"split":"auto"}</code> answers the JSON of <code>GET /api/schema</code>.</p>`)
}
