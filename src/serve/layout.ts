/** @module serve/layout — the frame of every page the server writes itself: one style, no script. */
import { esc } from '../report/html.js'

/** The Content-Security-Policy of every answer: inline style only, forms posted back to the server, no framing. */
export const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#fafafa;color:#1d1d1f}
main{max-width:56rem;margin:0 auto;padding:1rem 1.5rem 3rem}h1 small{font-size:.8rem;color:#666}
label{display:block;margin:.8rem 0 .3rem;font-weight:600}textarea{width:100%;box-sizing:border-box;font:14px/1.4 monospace}
fieldset{margin-top:1rem;border:1px solid #ddd}fieldset label,.keep,form.find label{font-weight:400}form.find label{display:inline}
button{margin-top:1rem;font-size:1rem;padding:.5rem 1.5rem}.note{color:#555;font-size:.85rem}
form.find input[type=search]{width:24rem}.found{padding-left:1.5rem}.passage{color:#444;font-size:.9rem}mark{background:#fde68a}
`

/** A whole page: `title` (text, escaped here) over `body` (markup, escaped by the caller). Pure. */
export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body><main>
${body}
</main></body></html>
`
}
