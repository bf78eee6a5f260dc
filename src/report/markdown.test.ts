/** @module report/markdown.test — the Markdown report: headings, evidence, and escaping of article text. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { repoRoot } from '../ingest/fixtures/helpers.js'
import { analyzeTexts } from '../rashomon.js'
import { md, renderMarkdown } from './markdown.js'

const read = (name: string): { name: string; text: string } => ({ name, text: readFileSync(join(repoRoot(), 'src', 'report', 'fixtures', name), 'utf8') })
const out = renderMarkdown(analyzeTexts([read('markup-a.txt'), read('markup-b.txt')]))
const lines = out.split('\n')

test('title and section headings, in order', () => {
  assert.equal(lines[0], '# rashomon: 2 article(s) compared (A vs B)')
  const at = ['## Articles', '## Agreed', '## Single-source (omitted by the others)', '## Voices'].map((h) => lines.indexOf(h))
  assert.ok(at.every((i) => i > 0), `every heading present: ${at.join(', ')}`)
  assert.deepEqual(at, [...at].sort((x, y) => x - y))
  assert.ok(!lines.includes('## Contested'), 'no empty section')
  assert.ok(lines.includes('### killed (security staff)'))
  assert.ok(lines.includes('### A · unknown outlet · 2023-03-01'))
})

test('evidence is quoted with the span in bold', () => {
  assert.ok(lines.includes('  - B 64–82 (article B (own voice), asserted): “A man opened fire at the Danish embassy in Oslo on February 27, **killing two guards**.”'))
})

test('markup and table pipes from article text are escaped', () => {
  assert.doesNotMatch(out, /<script>/u)
  assert.match(out, /\\<script\\>alert\(1\)\\<\/script\\> gate \\\| \\\*side\\\* door/u)
  // Outside table rows, every pipe is escaped, so none can open a table cell.
  for (const line of lines.filter((l) => !l.startsWith('|'))) assert.doesNotMatch(line, /(?<!\\)\|/u, line)
})

test('the voices table has one row per article', () => {
  const rows = lines.filter((l) => l.startsWith('| '))
  assert.equal(rows[0], '| article | who is quoted (share of text, attributions) | never quotes |')
  assert.deepEqual(rows.slice(2).map((r) => r.split(' | ')[0]), ['| A', '| B'])
  for (const row of rows) assert.equal(row.split(/(?<!\\)\|/u).length, 5, row)
})

test('md escapes Markdown and HTML syntax', () => {
  assert.equal(md('a*b_c`d[e]f<g>h|i#j\\k'), 'a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\|i\\#j\\\\k')
  assert.equal(md('plain text, 42.'), 'plain text, 42.')
})

test('skipped inputs are listed', () => {
  const text = renderMarkdown(analyzeTexts([{ name: 'only_header.txt', text: 'date 2023-03-01\n' }]))
  assert.match(text, /## Skipped and warnings\n\n- skipped: only\\_header\.txt: .+ \\\[E\\_INPUT\\_EMPTY\\\]/u)
})

test('asterisks from the article text stay escaped inside bold evidence', () => {
  const text = 'date 2023-03-01\nA gunman attacked the **embassy** in Oslo on February 27, killing two guards.\n'
  const md = renderMarkdown(analyzeTexts([{ name: 'a.txt', text }, { name: 'b.txt', text: text.replace('gunman', 'man') }], { split: 'files' }))
  assert.match(md, /\\\*\\\*embassy\\\*\\\*/u)
  // In quoted evidence, bold marks of our own may wrap the escaped asterisks (`\*\***embassy**\*\*`); an unescaped pair from the text may not.
  const quoted = md.split('\n').filter((line) => line.includes('“')).join('\n')
  assert.match(quoted, /embassy/u)
  assert.doesNotMatch(quoted, /(?<![\\*])\*\*embassy/u)
})
