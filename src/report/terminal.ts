/** @module report/terminal — a plain-text summary for the terminal, readable without colour. */
import { SIDE_FLOORS } from '../compare/stance.js'
import type { AnalysisResult } from '../model/schema.js'
import { cutNear } from '../model/span.js'
import { buildView, type ClaimView, type StoryView, type TimelineView, type VerdictView, type ViewOptions } from './view.js'

const HEADINGS = {
  agreed: 'AGREED: reported alike by independent sources',
  contested: 'CONTESTED: incompatible accounts, by speaker',
  'single-source': 'SINGLE-SOURCE: reported by one article, or by one voice however many articles quote it (the others leave it out)',
} as const

/** Renders the terminal summary. Pure. */
export function renderTerminal(result: AnalysisResult, options: Pick<ViewOptions, 'brief'> = {}): string {
  const view = buildView(result, options)
  const lines: string[] = [view.title, '']
  lines.push('ARTICLES')
  for (const a of view.articles) {
    lines.push(`  ${a.heading}`)
    for (const d of a.details) lines.push(`      ${d}`)
    if (a.genre) lines.push(`      genre: ${a.genre}`)
  }
  if (view.grouped) {
    lines.push('', `STORIES: the articles grouped by the event they report`)
    for (const story of view.stories) lines.push(`  ${story.heading}: ${story.explanation}`)
  }
  for (const story of view.stories) {
    if (view.grouped) lines.push('', `════ ${story.heading}`)
    lines.push(...storyLines(story))
  }
  const framed = view.articles.filter((a) => a.findings.length > 0)
  if (framed.length > 0) {
    lines.push('', 'FRAMING: persuasion techniques and loaded wording')
    for (const a of framed) {
      lines.push(`  ${a.id}: ${a.findings.length} finding(s)`)
      for (const f of a.findings.slice(0, 8)) lines.push(`    - ${f.inHeadline ? 'headline · ' : ''}${f.technique}: ${f.explanation}`)
      if (a.findings.length > 8) lines.push(`    … ${a.findings.length - 8} more in --format json or md`)
    }
  }
  const portrayed = view.articles.filter((a) => a.portrayals.length > 0)
  if (portrayed.length > 0) {
    lines.push('', 'PORTRAYAL: sentences favourable (+), unfavourable (−) and neutral (·) to each main actor')
    for (const a of portrayed) lines.push(`  ${a.id}: ${a.portrayals.map((p) => p.line).join('; ')}`)
  }
  if (view.skipped.length + view.warnings.length > 0) {
    lines.push('', 'SKIPPED / WARNINGS')
    for (const s of view.skipped) lines.push(`  skipped ${s}`)
    for (const w of view.warnings) lines.push(`  warning ${w}`)
  }
  return `${lines.join('\n')}\n`
}

const CLAIMS_SHOWN_PER_ARTICLE = 6

function storyLines(story: StoryView): string[] {
  const lines: string[] = []
  for (const status of ['contested', 'agreed', 'single-source'] as const) {
    const list = story.verdicts[status]
    if (list.length === 0) continue
    lines.push('', HEADINGS[status])
    for (const v of list) lines.push(...verdictLines(v))
  }
  const aligned = [...story.claims.contested, ...story.claims.agreed]
  if (aligned.length > 0) {
    lines.push('', 'CLAIMS: the same statement in several articles')
    for (const c of aligned) lines.push(...claimLines(c))
  }
  const only = story.claims['single-source']
  if (only.length > 0) {
    lines.push('', 'STATEMENTS ONLY ONE ARTICLE REPORTS')
    const shown = pickStatements(only)
    for (const c of shown) lines.push(...claimLines(c))
    if (only.length > shown.length) lines.push(`  … ${only.length - shown.length} more in --format json or md`)
  }
  if (story.timeline.length > 0) {
    lines.push('', 'TIMELINE: who did what to whom (PLOVER), in date order; ≠ where the articles date an act differently, ✗ where a voice denies it happened')
    const shown = timelineShown(story.timeline)
    for (const t of shown) {
      const articles = new Set([...t.evidence, ...t.denials].map((e) => e.articleId))
      lines.push(`  ${t.denials.length > 0 ? '✗' : t.status === 'conflicting-dates' ? '≠' : '·'} ${t.when}: ${t.what}  [${[...articles].join(', ')}]`)
      for (const e of [t.evidence[0], t.denials[0]]) if (e) lines.push(`      [${e.articleId} ${e.start}-${e.end}] ${e.speaker}${e === t.denials[0] ? ' denies' : ''}: ${clip(e.snippet, 200)}`)
    }
    if (story.timeline.length > shown.length) lines.push(`  … ${story.timeline.length - shown.length} more undated acts in --format json or md`)
  }
  if (story.headlines.length > 0) {
    lines.push('', `HEADLINES: how each article's body stands toward the others' headlines (stance model trained on FNC-1; probability; an agreement below ${SIDE_FLOORS.agree.toFixed(2)} or a dispute below ${SIDE_FLOORS.disagree.toFixed(2)} is shown as a discussion)`)
    for (const h of story.headlines) {
      lines.push(`  ${h.articleId} "${clip(h.text, 100)}": ${h.stances.map((s) => `${s.body} ${STANCE_WORDS[s.stance]} (${s.confidence.toFixed(2)})`).join(' · ')}`)
      // A body that takes a side is worth its reason; one that discusses or ignores the headline is not.
      for (const s of h.stances) if (s.stance === 'agree' || s.stance === 'disagree') lines.push(`      ${s.explanation}`)
    }
  }
  if (story.voices.length > 0) {
    lines.push('', 'VOICES: who each article quotes (share of its text)')
    for (const v of story.voices) {
      lines.push(`  ${v.articleId}: ${v.line}`)
      if (v.neverQuoted.length > 0) lines.push(`      never quotes: ${v.neverQuoted.join(', ')}`)
    }
  }
  return lines
}

const STANCE_WORDS = { agree: 'agrees', disagree: 'disputes', discuss: 'discusses', unrelated: 'does not take it up' } as const

const UNDATED_SHOWN = 8

/** Every dated act, and the undated ones most sources report, up to `UNDATED_SHOWN`. */
function timelineShown(list: readonly TimelineView[]): TimelineView[] {
  const undated = list.filter((t) => t.status === 'undated')
  // The acts most articles tell first, then those whose doer and recipient are named.
  const kept = new Set([...undated].sort((a, b) => b.evidence.length - a.evidence.length || b.sides - a.sides).slice(0, UNDATED_SHOWN))
  return list.filter((t) => t.status !== 'undated' || kept.has(t))
}

/** A few statements from every article, each speaker's first before anyone's second, in text order. */
function pickStatements(list: readonly ClaimView[]): ClaimView[] {
  const byArticle = new Map<string, ClaimView[]>()
  for (const c of list) {
    const article = c.claims[0]?.articleId ?? ''
    const statements = byArticle.get(article)
    if (statements) statements.push(c)
    else byArticle.set(article, [c])
  }
  const picked = new Set<ClaimView>()
  for (const statements of byArticle.values()) {
    const firstBySpeaker = new Map<string, ClaimView>()
    for (const c of statements) if (!firstBySpeaker.has(c.claims[0]?.speaker ?? '')) firstBySpeaker.set(c.claims[0]?.speaker ?? '', c)
    const firsts = [...firstBySpeaker.values()]
    for (const c of [...firsts, ...statements.filter((c) => !firsts.includes(c))].slice(0, CLAIMS_SHOWN_PER_ARTICLE)) picked.add(c)
  }
  return list.filter((c) => picked.has(c))
}

function claimLines(c: ClaimView): string[] {
  const mark = c.status === 'agreed' ? '=' : c.status === 'contested' ? '≠' : '•'
  return [`  ${mark} ${c.explanation}`, ...c.claims.map((e) => `      [${e.articleId} ${e.start}-${e.end}] ${e.speaker}, ${e.modality}: ${clip(e.snippet, 240)}`)]
}

/** Keeps the start and end of a long snippet, cut between words when one ends near the cut, never inside a surrogate pair. */
function clip(s: string, n: number): string {
  if (s.length <= n) return s
  const head = cutNear(s, n - 60, 'before', 12)
  const tail = cutNear(s, s.length - 55, 'after', 12)
  return `${s.slice(0, head).trimEnd()} … ${s.slice(tail).trimStart()}`
}

function verdictLines(v: VerdictView): string[] {
  const mark = v.status === 'agreed' ? '=' : v.status === 'contested' ? '≠' : '•'
  // One voice quoted by several articles: which carry it, which leave it out.
  const oneVoice = v.quotedBy.length > 0 ? `  (one voice, quoted by ${v.quotedBy.join(', ')})` : ''
  const lines = [`  ${mark} ${v.topic}${oneVoice}${v.missingFrom.length > 0 && (v.status !== 'single-source' || oneVoice) ? `  (not in ${v.missingFrom.join(', ')})` : ''}`]
  // A figure updated across reports ("2 → 3") says from what, when and by whom: the verdict's "Updated: …" sentences.
  lines.push(...v.explanation.split(/(?<=\.) (?=Updated: )/u).slice(1).map((u) => `      ${u}`))
  for (const side of v.sides) {
    lines.push(`      "${side.label}": ${side.speakers.join('; ')}`)
    for (const e of side.evidence) lines.push(`          [${e.articleId} ${e.start}-${e.end}] ${e.snippet}`)
  }
  return lines
}
