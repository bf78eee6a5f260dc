/** @module analyze/attribution/lines.test — transcript turns and signed quotations, on sentences written for the tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyzeText } from '../pipeline.js'
import { findLineAttributions } from './lines.js'

/** Paragraph spans of a text whose paragraphs are separated by blank lines. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (const m of text.matchAll(/[^\n]+/gu)) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

const render = (text: string): string[] =>
  findLineAttributions(text, { paragraphs: paragraphsOf(text) }).map((a) => `${text.slice(a.source.start, a.source.end)} | ${text.slice(a.cue.start, a.cue.end)} | ${text.slice(a.content.start, a.content.end)}`)

test('a speaker label in capitals opens a transcript turn', () => {
  const text = 'HOST: Governor, will you debate him again?\n\nMR. SMITH: We will see what the voters want.'
  assert.deepEqual(render(text), ['HOST | : | Governor, will you debate him again?', 'MR. SMITH | : | We will see what the voters want.'])
})

test('a transcript printed as one quotation opens each turn with a quotation mark', () => {
  const text = 'Part of the interview follows.\n\n"HOST: Governor, will you debate him again?\n\n“SMITH: We will see what the voters want.”'
  assert.deepEqual(render(text), ['HOST | : | Governor, will you debate him again?', 'SMITH | : | We will see what the voters want.'])
})

test('labels that introduce no speaker, and a turn of one word, are not turns', () => {
  assert.deepEqual(render('UPDATE: The vote was moved to Friday.\n\nQ: Why?\n\nMAYOR: Yes.'), [])
})

test('a quotation signed with a dash and a name', () => {
  const text = 'Readers wrote in.\n\n“We can build a better city than this.” ― Ana Lima\n\n"Not again." -- Tom Reed.'
  assert.deepEqual(render(text), ['Ana Lima | ― | We can build a better city than this.', 'Tom Reed | -- | Not again.'])
})

test('in the pipeline, a turn keeps to its paragraph and a dispatch dateline is no speaker', () => {
  const text = 'Anna Berg spoke to Paul Krantz on Sunday.\n\nKRANTZ: Will the bridge reopen this year?\n\nBERG: It will reopen in May, and every driver will feel the difference.\n\nLONDON: The council met on Monday to approve the budget for next year.'
  const a = analyzeText(text)
  const turns = a.attributions.filter((x) => text.slice(x.cue.start, x.cue.end) === ':').map((x) => `${text.slice(x.source!.start, x.source!.end)}: ${text.slice(x.content.start, x.content.end)}`)
  assert.deepEqual(turns, ['KRANTZ: Will the bridge reopen this year?', 'BERG: It will reopen in May, and every driver will feel the difference.'])
  assert.ok(a.outletVoice.some((s) => text.slice(s.start, s.end).includes('The council met on Monday')))
})
