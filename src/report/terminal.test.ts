/** @module report/terminal.test — the plain-text summary: headings, verdicts and evidence snippets. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { repoRoot } from '../ingest/fixtures/helpers.js'
import { analyzeTexts } from '../rashomon.js'
import { renderTerminal } from './terminal.js'

const read = (name: string): { name: string; text: string } => ({ name, text: readFileSync(join(repoRoot(), 'src', 'report', 'fixtures', name), 'utf8') })
const result = analyzeTexts([read('markup-a.txt'), read('markup-b.txt')])
const out = renderTerminal(result)
const lines = out.split('\n')

test('title and section headings, in order', () => {
  assert.equal(lines[0], 'rashomon: 2 article(s) compared (A vs B)')
  const headings = ['ARTICLES', 'AGREED: reported alike by independent sources', 'SINGLE-SOURCE: reported by one article, or by one voice however many articles quote it (the others leave it out)', 'VOICES: who each article quotes (share of its text)']
  const at = headings.map((h) => lines.indexOf(h))
  assert.ok(at.every((i) => i > 0), `every heading present: ${at.join(', ')}`)
  assert.deepEqual(at, [...at].sort((x, y) => x - y))
  assert.ok(!lines.includes('CONTESTED: incompatible accounts, by speaker'), 'no empty section')
})

test('article headings with the date from the header', () => {
  assert.ok(lines.includes('  A · unknown outlet · 2023-03-01'))
  assert.ok(lines.includes('      published: 2023-03-01 (from metadata)'))
})

test('a date read off the text says where it stands', () => {
  const story = 'The island ferry returned to service on Monday after storms kept it in port for a week.'
  const dated = renderTerminal(analyzeTexts([{ name: 'd.txt', text: `Ferry back in service\nMar. 3, 2024 7:45 a.m. ET\n\n${story}` }])).split('\n')
  assert.ok(dated.includes('      published: 2024-03-03 (from metadata: the date on the date line over the story)'))
})

test('each verdict shows its evidence with the span marked and its offsets', () => {
  assert.ok(lines.includes('  = killed (security staff)'))
  assert.ok(lines.includes('          [B 64-82] A man opened fire at the Danish embassy in Oslo on February 27, «killing two guards».'))
  assert.ok(lines.includes('          [A 140-149] Norway «condemned» the attack.'))
  assert.ok(lines.includes('  • response: condemn by Norway'), 'actor ids in topics become names')
})

test('evidence offsets point at the marked words', () => {
  for (const line of lines) {
    const m = /^\s+\[([A-Z]+) (\d+)-(\d+)\] .*«(.+?)»/u.exec(line)
    if (!m) continue
    const text = result.articles.find((a) => a.article.id === m[1])!.article.text
    assert.equal(text.slice(Number(m[2]), Number(m[3])).replace(/\s+/gu, ' '), m[4])
  }
})

test('article text is shown as written, markup included (a terminal renders nothing)', () => {
  assert.match(out, /<script>alert\(1\)<\/script> gate \| \*side\* door/u)
})

test('voices and the parties an article never quotes', () => {
  assert.ok(lines.some((l) => /^ {2}B: Norway police \d+% \(1\), own voice \d+%$/u.test(l)))
  assert.ok(lines.includes('      never quotes: Norway police'))
})

test('skipped inputs are listed', () => {
  const empty = analyzeTexts([{ name: 'only-header.txt', text: 'date 2023-03-01\n' }])
  const text = renderTerminal(empty)
  assert.match(text, /SKIPPED \/ WARNINGS\n {2}skipped only-header\.txt: .+ \[E_INPUT_EMPTY\]/u)
  assert.match(text, /^rashomon: 0 article\(s\) compared\n/u)
})

test('claims contested by their figures say which figures, not "asserted and negated"', () => {
  const figures = renderTerminal(analyzeTexts([
    { name: 'a.txt', text: 'Fuel march\n\nAbout 5,000 protesters marched through the capital on Saturday to demand lower fuel prices, police said. The march ended peacefully outside parliament.' },
    { name: 'b.txt', text: 'Huge crowds protest fuel prices\n\nSome 50,000 protesters marched through the capital on Saturday to demand lower fuel prices, organisers said. Speakers addressed the crowd from a truck.' },
  ], { split: 'files' }))
  assert.match(figures, /≠ Figures for "turnout" that cannot both be true: "About 5,000 protesters marched" \[A\] vs "Some 50,000 protesters marched" \[B\]/u)
  assert.doesNotMatch(figures, /Asserted and negated/u)
})

test('a speaker is listed among the voices with the organisation they work for', () => {
  const economist = analyzeTexts([
    { name: 'a.txt', text: 'Rents rose 4% in May, said Ana Ruiz, chief economist at Banco Meridional. Tenants protested on Friday.' },
    { name: 'b.txt', text: 'Rents rose 4% in May. Tenants protested on Friday, police said.' },
  ])
  assert.match(renderTerminal(economist), /^ {2}A: .*\bAna Ruiz \(Banco Meridional\) \d+% \(1\)/mu)
})

test('one voice quoted by several articles is single-source, with the articles that carry it and those that leave it out', () => {
  const article = (name: string, body: string): { name: string; text: string } => ({ name, text: `title: Fire at the Harlow plant ${name}\ndate 2024-03-14\n\n${body}\n` })
  const text = renderTerminal(analyzeTexts([
    article('a.txt', 'HARLOW - Interior Minister David Cole said the fire at the Vantor plant was a terrorist attack.'),
    article('b.txt', 'HARLOW - "This was a terrorist attack," Interior Minister David Cole said of the fire at the Vantor plant.'),
    article('c.txt', 'HARLOW - Fire crews fought the blaze at the Vantor plant for nine hours.'),
  ], { split: 'files' }))
  assert.ok(text.split('\n').includes('  • characterisation  (one voice, quoted by A, B)  (not in C)'), text)
})

test('copies of one text quoting different speakers are not labelled one voice', () => {
  const wire = 'The blaze at the Vantor plant burned for nine hours before fire crews from three counties brought it under control late on Wednesday night, and the plant will stay closed for at least a month while investigators search the site.'
  const article = (name: string, lead: string): { name: string; text: string } => ({ name, text: `title: Fire at the Harlow plant\ndate 2024-03-14\n\nHARLOW - ${lead} said the fire at the Vantor plant was a terrorist attack. ${wire}\n` })
  const text = renderTerminal(analyzeTexts([article('a.txt', 'Interior Minister David Cole'), article('b.txt', 'Police chief Mary Stone')], { split: 'files' }))
  assert.ok(text.split('\n').includes('  • characterisation'), text)
  assert.doesNotMatch(text, /\(one voice/u)
})

test('of the undated acts told as often, those whose doer and recipient are named are shown first', () => {
  const acts = ['Someone attacked a bus depot.', 'Someone attacked an office.', 'Someone attacked a school.', 'Someone attacked a clinic.', 'Someone attacked a market.', 'Someone attacked a shop.', 'Someone attacked a bank.', 'Someone attacked a mosque.', 'The governor condemned the rebels.', 'The United Nations condemned the army.']
  const shown = renderTerminal(analyzeTexts([{ name: 'a.txt', text: `Violence spreads\n\n${acts.join(' ')}` }])).split('\n').filter((l) => l.startsWith('  · undated:'))
  assert.equal(shown.length, 8)
  assert.ok(shown.includes('  · undated: the governor ACCUSE (disapprove) rebels  [A]'), shown.join('\n'))
  assert.ok(shown.includes('  · undated: United Nations ACCUSE (disapprove) army  [A]'), shown.join('\n'))
})

test('a verdict whose figure was updated says from what, when and by whom', () => {
  const a = 'Mill fire\nPublished: 2026-08-14\n\nTwo firefighters were killed when a mill roof fell in Lowton, fire service spokesman Mark Dale said.'
  const b = 'Mill fire toll\nPublished: 2026-08-15\n\nA mill roof fell in Lowton, killing three firefighters.'
  const updated = renderTerminal(analyzeTexts([{ name: 'a.txt', text: a }, { name: 'b.txt', text: b }], { split: 'files' })).split('\n')
  const at = updated.indexOf('      "2 → 3": Mark Dale [A]; article B (own voice) [B]')
  assert.ok(at > 0, updated.join('\n'))
  assert.equal(updated[at - 1], '      Updated: 2 (14 Aug, Mark Dale) → 3 (15 Aug, article B).')
})

test('a contested characterisation reads as its axis, each pole with its speakers', () => {
  const text = (name: string, body: string): { name: string; text: string } => ({ name, text: `title: Vote in Aldoria\ndate 2026-05-03\n\n${body}\n` })
  const report = renderTerminal(analyzeTexts([
    text('a.txt', 'ALDORIA - Opposition leader Mirela Ostrova told supporters the election was rigged.'),
    text('b.txt', 'ALDORIA - Commission chairman Tomas Brill said the count had been transparent and final.'),
  ], { split: 'files' })).split('\n')
  const at = report.indexOf('  ≠ characterisation of the vote')
  assert.ok(at > report.indexOf('CONTESTED: incompatible accounts, by speaker'), report.join('\n'))
  assert.deepEqual(report.slice(at + 1).filter((l) => /^ {6}"/u.test(l)).slice(0, 2), ['      "fair": Tomas Brill [B]', '      "rigged": Mirela Ostrova [A]'])
})
