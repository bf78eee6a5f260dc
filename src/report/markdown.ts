/** @module report/markdown — a Markdown report with every verdict's evidence quoted. */
import { SIDE_FLOORS } from '../compare/stance.js'
import type { AnalysisResult } from '../model/schema.js'
import { buildView, type ClaimView, type StoryView, type VerdictView, type ViewOptions } from './view.js'

const TITLES = { agreed: 'Agreed', contested: 'Contested', 'single-source': 'Single-source (omitted by the others)' } as const

/** Renders the Markdown report. Pure. */
export function renderMarkdown(result: AnalysisResult, options: Pick<ViewOptions, 'brief'> = {}): string {
  const view = buildView(result, { ...options, marks: [OPEN, CLOSE] })
  const out: string[] = [`# ${md(view.title)}`, '', '## Articles', '']
  for (const a of view.articles) {
    out.push(`### ${md(a.heading)}`, '', ...a.details.map((d) => `- ${md(d)}`))
    if (a.genre) out.push(`- genre: ${md(a.genre)}`)
    out.push('')
  }
  if (view.grouped) {
    out.push('## Stories', '', ...view.stories.map((story) => `- **${md(story.heading)}**: ${md(story.explanation)}`), '')
  }
  for (const story of view.stories) out.push(...storySection(story, view.grouped))
  const framed = view.articles.filter((a) => a.findings.length > 0)
  if (framed.length > 0) {
    out.push('## Framing', '')
    for (const a of framed) {
      out.push(`### ${a.id}`, '')
      for (const f of a.findings) out.push(`- ${f.inHeadline ? 'headline · ' : ''}*${md(f.technique)}*: ${md(f.explanation)} — “${mdKeepBold(f.snippet)}”`)
      out.push('')
    }
  }
  const portrayed = view.articles.filter((a) => a.portrayals.length > 0)
  if (portrayed.length > 0) {
    out.push('## Portrayal', '', 'Sentences favourable (+), unfavourable (−) and neutral (·) to each main actor, with the words behind each judgment.', '')
    for (const a of portrayed) {
      out.push(`### ${a.id}`, '')
      for (const p of a.portrayals) {
        out.push(`- **${md(p.line)}**`)
        for (const e of p.evidence) out.push(`  - ${md(e.explanation)} (${md(e.voice)}) — “${mdKeepBold(e.snippet)}”`)
      }
      out.push('')
    }
  }
  if (view.skipped.length + view.warnings.length > 0) {
    out.push('## Skipped and warnings', '', ...view.skipped.map((s) => `- skipped: ${md(s)}`), ...view.warnings.map((w) => `- warning: ${md(w)}`), '')
  }
  return `${out.join('\n')}\n`
}

function verdict(v: VerdictView, heading: string): string[] {
  const out = [`${heading} ${md(v.topic)}`, '', md(v.explanation), '']
  for (const side of v.sides) {
    out.push(`- **${md(side.label)}**: ${md(side.speakers.join('; '))}`)
    for (const e of side.evidence) out.push(`  - ${e.articleId} ${e.start}–${e.end} (${md(e.speaker)}, ${e.modality}): “${mdKeepBold(e.snippet)}”`)
  }
  out.push('')
  return out
}

const CLAIM_TITLES = { contested: 'Claims: asserted and negated, or with figures that differ', agreed: 'Claims: carried by several articles', 'single-source': 'Statements only one article reports' } as const

function storySection(story: StoryView, grouped: boolean): string[] {
  // Inside a story, headings go one level down.
  const h = grouped ? '###' : '##'
  const out: string[] = grouped ? [`## Story ${md(story.heading)}`, '', md(story.explanation), ''] : []
  for (const status of ['contested', 'agreed', 'single-source'] as const) {
    const list = story.verdicts[status]
    if (list.length === 0) continue
    out.push(`${h} ${TITLES[status]}`, '')
    for (const v of list) out.push(...verdict(v, `${h}#`))
  }
  for (const status of ['contested', 'agreed', 'single-source'] as const) {
    const list = story.claims[status]
    if (list.length === 0) continue
    out.push(`${h} ${CLAIM_TITLES[status]}`, '')
    for (const c of list) out.push(...claim(c))
    out.push('')
  }
  if (story.timeline.length > 0) {
    out.push(`${h} Timeline`, '', 'Who did what to whom (PLOVER categories), in date order; undated acts last. ≠ marks acts the articles date differently, ✗ acts a voice denies happened.', '')
    for (const t of story.timeline) {
      out.push(`- ${t.denials.length > 0 ? '✗ ' : t.status === 'conflicting-dates' ? '≠ ' : ''}**${md(t.when)}**: ${md(t.explanation)}`)
      for (const e of [...t.evidence, ...t.denials]) out.push(`  - ${e.articleId} ${e.start}–${e.end} (${md(e.speaker)}, ${t.denials.includes(e) ? 'denies' : e.modality}): “${mdKeepBold(e.snippet)}”`)
    }
    out.push('')
  }
  if (story.headlines.length > 0) {
    out.push(`${h} Headlines and bodies`, '', `How each article's body stands toward each other article's headline: agrees, disputes, discusses without taking a side, or does not take it up (a stance model trained on FNC-1, with its probability; an agreement below ${SIDE_FLOORS.agree.toFixed(2)} or a dispute below ${SIDE_FLOORS.disagree.toFixed(2)} is seldom right and is shown as a discussion).`, '')
    out.push('| headline | body | stance | probability | why |', '| --- | --- | --- | --- | --- |')
    for (const hv of story.headlines) {
      for (const s of hv.stances) out.push(`| ${hv.articleId}: ${md(hv.text)} | ${s.body} | ${s.stance} | ${s.confidence.toFixed(2)} | ${md(s.explanation)} |`)
    }
    out.push('')
  }
  out.push(`${h} Voices`, '', '| article | who is quoted (share of text, attributions) | never quotes |', '| --- | --- | --- |')
  for (const v of story.voices) out.push(`| ${v.articleId} | ${md(v.line)} | ${md(v.neverQuoted.join(', ') || '—')} |`)
  out.push('')
  return out
}

function claim(c: ClaimView): string[] {
  return [`- ${md(c.explanation)}`, ...c.claims.map((e) => `  - ${e.articleId} ${e.start}–${e.end} (${md(e.speaker)}, ${e.modality}): “${mdKeepBold(e.snippet)}”`)]
}

/** Escapes Markdown syntax (and HTML) in text taken from articles. Pure. */
export function md(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/gu, (c) => `\\${c}`)
}

/** Marks from the private-use area: they cannot clash with article text, and become bold after escaping. */
const OPEN = '\u{E000}'
const CLOSE = '\u{E001}'

function mdKeepBold(s: string): string {
  return md(s).replaceAll(OPEN, '**').replaceAll(CLOSE, '**')
}
