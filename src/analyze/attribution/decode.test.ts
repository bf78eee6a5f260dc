/** @module analyze/attribution/decode.test — joining labelled runs into relations, on hand-made label sequences. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { joinRuns, runsOf, type TokenRelation } from './decode.js'
import { LABELS } from './features.js'

/** Labels from a compact string: one letter per token, `o` outside, upper case opens a run (`S`/`C`/`N`), lower case continues it. */
function labels(compact: string): Uint8Array {
  return Uint8Array.from([...compact.replace(/ /g, '')], (ch) => {
    if (ch === 'o') return 0
    const name = `${ch === ch.toUpperCase() ? 'B' : 'I'}-${ch.toUpperCase()}`
    return LABELS.indexOf(name as (typeof LABELS)[number])
  })
}

/** Renders relations as `source cue content` token ranges, e.g. `0-1 2 3-5` (one token: its index alone). */
const range = (x: { first: number; last: number } | undefined): string => (!x ? '-' : x.first === x.last ? `${x.first}` : `${x.first}-${x.last}`)
const render = (rels: readonly TokenRelation[]): string[] => rels.map((r) => `${range(r.source)} ${range(r.cue)} ${range(r.content)}`)

// Every token in one sentence unless a test says otherwise.
const oneSentence = (): number => 0

test('runsOf reads B/I runs and closes them at O or at a new B', () => {
  assert.deepEqual(runsOf(labels('Ss C Nnn o'), LABELS), [
    { role: 'S', first: 0, last: 1 }, { role: 'C', first: 2, last: 2 }, { role: 'N', first: 3, last: 5 },
  ])
  assert.deepEqual(runsOf(labels('NN'), LABELS), [{ role: 'N', first: 0, last: 0 }, { role: 'N', first: 1, last: 1 }])
  assert.deepEqual(runsOf(new Uint8Array(0), LABELS), [])
})

test('source, cue, content in order: "The mayor said taxes will fall"', () => {
  assert.deepEqual(render(joinRuns(runsOf(labels('Ss C Nnn'), LABELS), oneSentence)), ['0-1 2 3-5'])
})

test('a post-posed cue and source: "Taxes will fall, said the mayor"', () => {
  assert.deepEqual(render(joinRuns(runsOf(labels('Nnn o C Ss'), LABELS), oneSentence)), ['5-6 4 0-2'])
})

test('a quote split by its cue becomes one content from the first part to the last', () => {
  // "A," she said, "B."
  assert.deepEqual(render(joinRuns(runsOf(labels('N o S C o Nn'), LABELS), oneSentence)), ['2 3 0-6'])
})

test('two cues share a source and each takes the nearer content: "he said X, adding Y"', () => {
  assert.deepEqual(render(joinRuns(runsOf(labels('S C Nn o C Nn'), LABELS), oneSentence)), ['0 1 2-3', '0 5 6-7'])
})

test('a content with no cue in its sentence continues the statement of the sentence before', () => {
  const sentence = (t: number): number => (t < 4 ? 0 : 1)
  assert.deepEqual(render(joinRuns(runsOf(labels('S C Nn Nnn'), LABELS), sentence)), ['0 1 2-6'])
})

test('a cue with no content makes no relation, and a content two sentences away is not taken', () => {
  assert.deepEqual(joinRuns(runsOf(labels('S C o o'), LABELS), oneSentence), [])
  const sentence = (t: number): number => t
  assert.deepEqual(joinRuns(runsOf(labels('C o N'), LABELS), sentence), [])
})

test('no source when the sentence has none', () => {
  assert.deepEqual(render(joinRuns(runsOf(labels('C Nn'), LABELS), oneSentence)), ['- 0 1-2'])
})
