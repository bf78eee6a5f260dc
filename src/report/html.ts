/**
 * @module report/html — one self-contained HTML file: the articles side by side with their
 * attributions and framing findings highlighted, and every verdict, claim and timeline entry
 * linked to the words it rests on. Safe for any input text: every piece of text is escaped,
 * and the page loads nothing and runs no script (its Content-Security-Policy forbids both), so
 * it can be mailed or published as it is.
 */
import { SIDE_FLOORS } from '../compare/stance.js'
import type { AnalysisResult, AnalyzedArticle } from '../model/schema.js'
import { buildView, type ClaimView, type EvidenceView, type StoryView, type VerdictView, type ViewOptions } from './view.js'

const TITLES = { contested: 'Contested: incompatible accounts, by speaker', agreed: 'Agreed: reported alike by independent sources', 'single-source': 'Single-source: the others leave it out' } as const
const CLAIM_TITLES = { contested: 'Claims asserted and negated, or with figures that differ', agreed: 'Claims several articles carry', 'single-source': 'Statements only one article reports' } as const
const SIGNS = { contested: '≠', agreed: '=', 'single-source': '•' } as const

/** Private-use marks around a snippet's span: they cannot occur in article text, and become `<mark>` after escaping. */
const OPEN = '\u{E000}'
const CLOSE = '\u{E001}'
export const MARKS = [OPEN, CLOSE] as const

/** Renders the HTML report. With `brief`, the article texts are left out and evidence is quoted in a few words. Pure. */
export function renderHtml(result: AnalysisResult, options: Pick<ViewOptions, 'brief'> = {}): string {
  const view = buildView(result, { ...options, marks: [OPEN, CLOSE] })
  const withTexts = !options.brief
  const linked = withTexts ? evidenceTargets(view.stories) : new Map<string, Map<string, { start: number; end: number }>>()
  const framed = view.articles.filter((a) => a.findings.length > 0)
  const portrayed = view.articles.filter((a) => a.portrayals.length > 0)
  const sections: Array<[string, string]> = [['articles', 'Articles'], ...view.stories.map((s): [string, string] => [`story-${s.id}`, view.grouped ? `Story ${s.heading}` : 'Comparison'])]
  if (framed.length > 0) sections.push(['framing', 'Framing'])
  if (portrayed.length > 0) sections.push(['portrayal', 'Portrayal'])
  const body: string[] = [`<header><h1>${esc(view.title)}</h1><nav>${sections.map(([id, label]) => `<a href="#${esc(id)}">${esc(label)}</a>`).join(' · ')}</nav></header>`, '<main>']
  body.push('<section id="articles"><h2>Articles</h2><div class="articles">')
  for (const [i, a] of view.articles.entries()) {
    const analysed = result.articles[i]!
    body.push(`<article id="article-${esc(a.id)}"><h3>${esc(a.heading)}</h3><ul class="details">${a.details.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`)
    if (a.genre) body.push(`<p class="genre">genre: ${esc(a.genre)}</p>`)
    if (withTexts) body.push(`<div class="text">${highlightedText(analysed, linked.get(analysed.article.id) ?? new Map())}</div>`)
    body.push('</article>')
  }
  body.push('</div>', LEGEND, '</section>')
  for (const story of view.stories) body.push(storySection(story, view.grouped, withTexts))
  if (framed.length > 0) {
    body.push('<section id="framing"><h2>Framing</h2>')
    for (const a of framed) {
      body.push(`<h3>${esc(a.id)}</h3><ul>`)
      for (const f of a.findings) body.push(`<li>${f.inHeadline ? 'headline · ' : ''}<em>${esc(f.technique)}</em>: ${esc(f.explanation)} — “${quoted(f.snippet)}”</li>`)
      body.push('</ul>')
    }
    body.push('</section>')
  }
  if (portrayed.length > 0) {
    body.push('<section id="portrayal"><h2>Portrayal</h2><p>Sentences favourable (+), unfavourable (−) and neutral (·) to each main actor, with the words behind each judgment.</p>')
    for (const a of portrayed) {
      body.push(`<h3>${esc(a.id)}</h3><ul>`)
      for (const p of a.portrayals) {
        body.push(`<li><strong>${esc(p.line)}</strong><ul>${p.evidence.map((e) => `<li>${esc(e.explanation)} (${esc(e.voice)}) — “${quoted(e.snippet)}”</li>`).join('')}</ul></li>`)
      }
      body.push('</ul>')
    }
    body.push('</section>')
  }
  if (view.skipped.length + view.warnings.length > 0) {
    body.push(`<section id="skipped"><h2>Skipped and warnings</h2><ul>${[...view.skipped.map((s) => `skipped: ${s}`), ...view.warnings.map((w) => `warning: ${w}`)].map((s) => `<li>${esc(s)}</li>`).join('')}</ul></section>`)
  }
  body.push('</main>')
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(view.title)}</title><style>${STYLE}</style></head>`,
    `<body>${body.join('\n')}</body></html>`,
    '',
  ].join('\n')
}

/** Escapes text for HTML content and attribute values. Pure. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`)
}

/** A snippet escaped, its span between `MARKS` in `<mark>`. Pure. */
export function quoted(snippet: string): string {
  return esc(snippet).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>')
}

/** The id of the anchor at a piece of evidence in its article's text. */
const anchorOf = (e: Pick<EvidenceView, 'articleId' | 'start' | 'end'>): string => `ev-${e.articleId}-${e.start}-${e.end}`

/** The evidence the comparison links to, by article, once per span: anchor id → its span. */
function evidenceTargets(stories: readonly StoryView[]): Map<string, Map<string, { start: number; end: number }>> {
  const byArticle = new Map<string, Map<string, { start: number; end: number }>>()
  for (const e of stories.flatMap((s) => [
    ...Object.values(s.verdicts).flat().flatMap((v) => v.sides.flatMap((side) => side.evidence)),
    ...Object.values(s.claims).flat().flatMap((c) => c.claims),
    ...s.timeline.flatMap((t) => [...t.evidence, ...t.denials]),
  ])) {
    const targets = byArticle.get(e.articleId) ?? new Map<string, { start: number; end: number }>()
    targets.set(anchorOf(e), { start: e.start, end: e.end })
    byArticle.set(e.articleId, targets)
  }
  return byArticle
}

/** One piece of evidence: where it is (a link to it in the text) and who says it. */
function evidence(e: EvidenceView, withTexts: boolean, modality = e.modality): string {
  const where = `${esc(e.articleId)} ${e.start}–${e.end}`
  const place = withTexts ? `<a href="#${esc(anchorOf(e))}">${where}</a>` : where
  return `<li><span class="where">${place}</span> <span class="who">${esc(e.speaker)}, ${esc(modality)}</span>: “${quoted(e.snippet)}”</li>`
}

function verdictBlock(v: VerdictView, withTexts: boolean): string {
  const rows = v.sides.map((side) => `<tr><th scope="row">${esc(side.label)}</th><td>${esc(side.speakers.join('; '))}</td><td><ul>${side.evidence.map((e) => evidence(e, withTexts)).join('')}</ul></td></tr>`)
  return `<div class="verdict ${v.status}"><h4>${SIGNS[v.status]} ${esc(v.topic)}</h4><p>${esc(v.explanation)}</p><table><thead><tr><th>value</th><th>said by</th><th>evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
}

function claimBlock(c: ClaimView, withTexts: boolean): string {
  return `<li>${esc(c.explanation)}<ul>${c.claims.map((e) => evidence(e, withTexts)).join('')}</ul></li>`
}

function storySection(story: StoryView, grouped: boolean, withTexts: boolean): string {
  const out = [`<section id="story-${esc(story.id)}">`, `<h2>${grouped ? `Story ${esc(story.heading)}` : 'Comparison'}</h2>`]
  if (grouped) out.push(`<p>${esc(story.explanation)}</p>`)
  for (const status of ['contested', 'agreed', 'single-source'] as const) {
    const list = story.verdicts[status]
    if (list.length > 0) out.push(`<h3>${TITLES[status]}</h3>`, ...list.map((v) => verdictBlock(v, withTexts)))
  }
  for (const status of ['contested', 'agreed', 'single-source'] as const) {
    const list = story.claims[status]
    if (list.length > 0) out.push(`<h3>${CLAIM_TITLES[status]}</h3><ul class="claims">${list.map((c) => claimBlock(c, withTexts)).join('')}</ul>`)
  }
  if (story.timeline.length > 0) {
    out.push('<h3>Timeline</h3><p>Who did what to whom (PLOVER categories), in date order; undated acts last. ≠ marks acts the articles date differently, ✗ acts a voice denies happened.</p><ol class="timeline">')
    for (const t of story.timeline) {
      const sign = t.denials.length > 0 ? '✗ ' : t.status === 'conflicting-dates' ? '≠ ' : ''
      const items = [...t.evidence.map((e) => evidence(e, withTexts)), ...t.denials.map((e) => evidence(e, withTexts, 'denies'))]
      out.push(`<li>${sign}<strong>${esc(t.when)}</strong>: ${esc(t.explanation)}<ul>${items.join('')}</ul></li>`)
    }
    out.push('</ol>')
  }
  if (story.headlines.length > 0) {
    out.push(`<h3>Headlines and bodies</h3><p>How each article's body stands toward each other article's headline (a stance model trained on FNC-1, with its probability; an agreement below ${SIDE_FLOORS.agree.toFixed(2)} or a dispute below ${SIDE_FLOORS.disagree.toFixed(2)} is shown as a discussion).</p>`)
    out.push('<table><thead><tr><th>headline</th><th>body</th><th>stance</th><th>probability</th><th>why</th></tr></thead><tbody>')
    for (const hv of story.headlines) {
      for (const s of hv.stances) out.push(`<tr><td>${esc(hv.articleId)}: ${esc(hv.text)}</td><td>${esc(s.body)}</td><td>${esc(s.stance)}</td><td>${s.confidence.toFixed(2)}</td><td>${esc(s.explanation)}</td></tr>`)
    }
    out.push('</tbody></table>')
  }
  out.push('<h3>Voices</h3><table><thead><tr><th>article</th><th>who is quoted (share of text, attributions)</th><th>never quotes</th></tr></thead><tbody>')
  for (const v of story.voices) out.push(`<tr><td>${esc(v.articleId)}</td><td>${esc(v.line)}</td><td>${esc(v.neverQuoted.join(', ') || '—')}</td></tr>`)
  out.push('</tbody></table></section>')
  return out.join('\n')
}

/** One highlighted stretch of an article's text. */
interface Layer {
  readonly start: number
  readonly end: number
  readonly className: string
  readonly title: string
}

const LEGEND = '<p class="legend">In the texts: <span class="source">source</span>, <span class="cue">cue</span> and <span class="content">content</span> of each attribution; <span class="finding">framing findings</span>. Hover a highlight for what it is; a link from the comparison below marks the words it rests on.</p>'

/**
 * An article's text, escaped, with its attributions, framing findings and linked evidence as
 * spans, and an anchor where each linked piece of evidence starts. The text is cut at every
 * layer's start and end, and each piece carries the classes and titles of the layers over it,
 * so overlapping layers need no nesting. Linear in the text plus the layers (sorted once).
 */
function highlightedText(analysed: AnalyzedArticle, linked: ReadonlyMap<string, { start: number; end: number }>): string {
  const { text } = analysed.article
  const speaker = new Map(analysed.actors.map((a) => [a.id, a.name]))
  const layers: Layer[] = []
  for (const a of analysed.attributions) {
    const who = speaker.get(a.speaker) ?? a.speaker
    if (a.source) layers.push({ ...a.source, className: 'source', title: `source: ${who}` })
    layers.push({ ...a.cue, className: 'cue', title: `cue (${a.kind})` }, { ...a.content, className: 'content', title: `${a.kind} attribution to ${who}` })
  }
  for (const f of analysed.findings) layers.push({ ...f.span, className: 'finding', title: `${f.technique}: ${f.explanation}` })
  const anchorsAt = new Map<number, string[]>()
  for (const [anchor, { start, end }] of linked) {
    layers.push({ start, end, className: 'evidence', title: 'evidence linked from the comparison' })
    anchorsAt.set(start, [...(anchorsAt.get(start) ?? []), anchor])
  }
  const inText = layers.filter((l) => l.start >= 0 && l.end <= text.length && l.start < l.end)
  const cuts = [...new Set([0, text.length, ...inText.flatMap((l) => [l.start, l.end]), ...anchorsAt.keys()])].filter((c) => c <= text.length).sort((a, b) => a - b)
  const byStart = [...inText].sort((a, b) => a.start - b.start)
  const out: string[] = []
  let active: Layer[] = []
  let next = 0
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!
    const to = cuts[i + 1]!
    active = active.filter((l) => l.end > from)
    while (next < byStart.length && byStart[next]!.start <= from) active.push(byStart[next++]!)
    for (const anchor of anchorsAt.get(from) ?? []) out.push(`<a id="${esc(anchor)}"></a>`)
    const piece = esc(text.slice(from, to))
    if (active.length === 0) {
      out.push(piece)
      continue
    }
    const classes = [...new Set(active.map((l) => l.className))].join(' ')
    out.push(`<span class="${classes}" title="${esc(active.map((l) => l.title).join('\n'))}">${piece}</span>`)
  }
  return out.join('')
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:1rem 1.5rem;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:1.3rem;margin:0 0 .3rem}main{padding:0 1.5rem 3rem}
.articles{display:grid;grid-template-columns:repeat(auto-fit,minmax(24rem,1fr));gap:1rem}
article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:0 1rem 1rem}
.details{font-size:.85rem;color:#555;padding-left:1rem}.genre{font-size:.9rem}
.text{white-space:pre-wrap;font-family:Georgia,serif;border-top:1px solid #eee;padding-top:.5rem}
.source{background:#dbeafe}.cue{font-weight:700;text-decoration:underline}.content{background:#fef9c3}
.finding{text-decoration:underline wavy #c2410c}
a[id]{scroll-margin-top:40vh}a[id]:target+span,a[id]:target+a+span,a[id]:target+a+a+span{background:#fca5a5;outline:2px solid #dc2626}
.verdict{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.2rem 1rem;margin:.6rem 0}
.verdict.contested{border-left:4px solid #dc2626}.verdict.agreed{border-left:4px solid #16a34a}.verdict.single-source{border-left:4px solid #9ca3af}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-top:1px solid #eee;padding:.3rem;text-align:left;vertical-align:top}
td ul,li ul{margin:0;padding-left:1rem}.where{font-family:monospace;white-space:nowrap}.who{color:#555}
mark{background:#fde68a}.legend{font-size:.85rem;color:#555}
`
