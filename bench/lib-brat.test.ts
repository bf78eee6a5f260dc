/** @module bench/lib-brat.test — brat standoff parsing on small hand-written files. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { codePointToUtf16, mergeFragments, parseBrat, splitAnnotationName } from './lib-brat.js'

// Written for this test: one attribution with a source, one without, and a quote split by its cue.
const TEXT = 'The mayor said taxes will fall. Critics disagree. "We won," she said, "and we will win again."'
const ANN = [
  'T1\tSource 0 9\tThe mayor',
  'T2\tCue 10 14\tsaid',
  'T3\tContent 15 31\ttaxes will fall.',
  'T4\tAttribution 10 14\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tCue 40 48\tdisagree',
  'T6\tAttribution 40 48\tdisagree',
  'E2\tAttribution-no-source:T6 Cue:T5',
  'T7\tSource 60 63\tshe',
  'T8\tCue 64 68\tsaid',
  'T9\tContent 50 59;70 94\t"We won," "and we will win again."',
  'T10\tAttribution 64 68\tsaid',
  'E3\tAttribution:T10 Content:T9 Cue:T8 Source:T7',
  '#1\tAnnotatorNotes T9\tcomments are ignored',
  '',
].join('\n')

// Renders a relation as one line per role, `role start-end[,start-end] text`, for readable comparison.
function render(text: string, relation: Record<string, unknown>): string[] {
  return (['source', 'cue', 'content'] as const).flatMap((role) => {
    const frags = relation[role] as Array<{ start: number; end: number }> | undefined
    return frags ? [`${role} ${frags.map((f) => `${f.start}-${f.end}`).join(',')} ${frags.map((f) => text.slice(f.start, f.end)).join(' ')}`] : []
  })
}

test('parses relations, roles and discontinuous spans', () => {
  const doc = parseBrat(ANN, TEXT)
  assert.equal(doc.relations.length, 3)
  assert.deepEqual(doc.relations[0], {
    id: 'E1', type: 'Attribution',
    source: [{ start: 0, end: 9 }], cue: [{ start: 10, end: 14 }], content: [{ start: 15, end: 31 }],
  })
  assert.deepEqual(render(TEXT, { ...doc.relations[1] }), ['cue 40-48 disagree'])
  assert.equal(doc.relations[1]?.type, 'Attribution-no-source')
  assert.deepEqual(render(TEXT, { ...doc.relations[2] }), [
    'source 60-63 she',
    'cue 64-68 said',
    'content 50-59,70-94 "We won," "and we will win again."',
  ])
  assert.equal(doc.offsetUnit, 'codepoint')
  assert.equal(doc.skippedLines, 0)
  assert.deepEqual(doc.warnings, [])
})

test('merges a second content (Content2) into the content role', () => {
  const ann = 'T1\tCue 10 14\tsaid\nT2\tContent 15 20\ttaxes\nT3\tContent 26 30\tfall\nE1\tAttribution:T1 Cue:T1 Content:T2 Content2:T3\n'
  const doc = parseBrat(ann, TEXT)
  assert.deepEqual(doc.relations[0]?.content, [{ start: 15, end: 20 }, { start: 26, end: 30 }])
})

test('skips continuation lines of a multi-line annotated text, and counts them', () => {
  const text = 'One.\n\nTwo, he said.'
  const ann = 'T1\tContent 0 9\tOne.\n\nTwo\nT2\tCue 14 18\tsaid\nE1\tAttribution-no-source:T2 Cue:T2 Content:T1\n'
  const doc = parseBrat(ann, text)
  assert.equal(doc.skippedLines, 1) // the line `Two`; the empty line is not counted
  assert.deepEqual(doc.relations[0]?.content, [{ start: 0, end: 9 }])
})

test('warns about dangling references and out-of-range offsets instead of throwing', () => {
  const ann = 'T1\tCue 0 3\tThe\nT2\tContent 5 999\tx\nE1\tAttribution:T1 Cue:T1 Content:T2 Source:T9\n'
  const doc = parseBrat(ann, TEXT)
  assert.deepEqual(doc.relations[0], { id: 'E1', type: 'Attribution', cue: [{ start: 0, end: 3 }] })
  assert.equal(doc.warnings.length, 2)
  assert.match(doc.warnings[0] ?? '', /T2: fragment 5-999 does not fit/)
  assert.match(doc.warnings[1] ?? '', /Source refers to T9/)
})

test('converts code-point offsets to UTF-16 when the text has astral characters', () => {
  // '🗳' is one code point but two UTF-16 units, so everything after it shifts by one.
  const text = '🗳 Voters said no.'
  const ann = 'T1\tSource 2 8\tVoters\nT2\tCue 9 13\tsaid\nE1\tAttribution:T2 Cue:T2 Source:T1\n'
  const doc = parseBrat(ann, text)
  assert.equal(doc.offsetUnit, 'codepoint')
  assert.deepEqual(doc.relations[0]?.source, [{ start: 3, end: 9 }])
  assert.equal(text.slice(3, 9), 'Voters')
})

test('keeps UTF-16 offsets when the annotated text says the file uses them', () => {
  const text = '🗳 Voters said no.'
  const ann = 'T1\tSource 3 9\tVoters\nT2\tCue 10 14\tsaid\nE1\tAttribution:T2 Cue:T2 Source:T1\n'
  const doc = parseBrat(ann, text)
  assert.equal(doc.offsetUnit, 'utf16')
  assert.deepEqual(doc.relations[0]?.cue, [{ start: 10, end: 14 }])
})

test('empty file gives no relations', () => {
  assert.deepEqual(parseBrat('', '').relations, [])
})

test('codePointToUtf16 maps each code point and the end', () => {
  assert.deepEqual([...codePointToUtf16('a🗳b')], [0, 1, 3, 4])
})

test('mergeFragments sorts and joins overlapping or touching fragments', () => {
  assert.deepEqual(mergeFragments([{ start: 8, end: 9 }, { start: 0, end: 3 }, { start: 3, end: 5 }]), [{ start: 0, end: 5 }, { start: 8, end: 9 }])
})

test('splitAnnotationName separates article and annotator', () => {
  assert.deepEqual(splitAnnotationName('nyt_2016-04-18_some-title_4e07.ann'), { article: 'nyt_2016-04-18_some-title', annotator: '4e07' })
  assert.equal(splitAnnotationName('notes.txt'), undefined)
  assert.equal(splitAnnotationName('noannotator.ann'), undefined)
})
