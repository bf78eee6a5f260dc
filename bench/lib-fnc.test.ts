/** @module bench/lib-fnc.test — CSV parsing, FNC-1 set loading, the FNC-1 score, macro-F1 and body folds on hand-written data. */
import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Stance } from '../src/model/schema.js'
import { DataFolderError } from './lib-brat.js'
import { bodyFolds, confusion, fncScore, loadFncSet, macroF1, parseCsv, parseStance, topicFolds, type FncPair } from './lib-fnc.js'

test('parseCsv reads quoted fields holding commas and doubled quotes', () => {
  assert.deepEqual(parseCsv('a,"b, c",d\n"say ""hi""",x,""\n'), [
    ['a', 'b, c', 'd'],
    ['say "hi"', 'x', ''],
  ])
})

test('parseCsv keeps line breaks inside quotes and ends records at CRLF, LF or CR', () => {
  const text = 'id,body\r\n1,"line one\r\nline two\n"\r\n2,plain\n3,last\r4,"no final break"'
  assert.deepEqual(parseCsv(text), [
    ['id', 'body'],
    ['1', 'line one\r\nline two\n'],
    ['2', 'plain'],
    ['3', 'last'],
    ['4', 'no final break'],
  ])
})

test('parseCsv drops a leading BOM, keeps empty fields and skips blank lines', () => {
  assert.deepEqual(parseCsv('\uFEFFBody_ID,articleBody\n\n7,,\n'), [['Body_ID', 'articleBody'], ['7', '', '']])
  assert.deepEqual(parseCsv(''), [])
  assert.deepEqual(parseCsv('""\n'), [['']]) // a quoted empty field is a record, not a blank line
})

test('parseCsv names the line where an unterminated quote starts', () => {
  // The quote opens on line 3; the break inside the earlier quoted field counts as a line.
  assert.throws(() => parseCsv('a,"b\nc"\nd,"open\nmore'), /line 3 is never closed/)
})

test('parseStance reads words in any case and the digits 0-3', () => {
  assert.deepEqual(['0', '1', '2', '3', 'Agree', ' unrelated '].map(parseStance), ['agree', 'disagree', 'discuss', 'unrelated', 'agree', 'unrelated'])
  assert.equal(parseStance('4'), undefined)
  assert.equal(parseStance('neutral'), undefined)
})

const root = mkdtempSync(join(tmpdir(), 'rashomon-fnc-'))
after(() => rmSync(root, { recursive: true, force: true }))

/** Writes `<name>_stances.csv` and `<name>_bodies.csv` into a new folder under the temp root; returns the folder. */
function writeSet(folder: string, files: Record<string, string>): string {
  const dir = join(root, folder)
  mkdirSync(dir, { recursive: true })
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text, 'utf8')
  return dir
}

// Written for this test: two bodies (one with a quoted comma, quote and line break), three pairs.
const BODIES = 'Body_ID,articleBody\r\n10,"The mayor said, ""taxes will fall.""\r\nCritics doubt it."\r\n11,A dog found its way home.\r\n'
const PAIRS = [
  { headline: 'Mayor promises tax cut', bodyId: '10', stance: 'agree' },
  { headline: 'Taxes to rise, says mayor', bodyId: '10', stance: 'disagree' },
  { headline: 'Lost dog returns', bodyId: '11', stance: 'unrelated' },
] as const

test('loadFncSet reads a set with digit labels, finding columns by header name', () => {
  // Columns in another order and case, with an extra one, as the loader finds them by name.
  const stances = 'body_id,Stance,Note,HEADLINE\n10,0,x,Mayor promises tax cut\n10,1,,"Taxes to rise, says mayor"\n11,3,,Lost dog returns\n'
  const set = loadFncSet(writeSet('digits', { 'train_stances.csv': stances, 'train_bodies.csv': BODIES }))
  assert.equal(set.name, 'train')
  assert.deepEqual(set.pairs, PAIRS)
  assert.equal(set.bodies.get('10'), 'The mayor said, "taxes will fall."\r\nCritics doubt it.')
  assert.equal(set.bodies.size, 2)
})

test('loadFncSet reads a set with word labels, chosen by name among several', () => {
  const stances = 'Headline,Body_ID,Stance\nMayor promises tax cut,10,agree\n"Taxes to rise, says mayor",10,disagree\nLost dog returns,11,unrelated\n'
  const dir = writeSet('words', {
    'competition_test_stances.csv': stances,
    'competition_test_bodies.csv': BODIES,
    'train_stances.csv': 'Headline,Body_ID,Stance\n',
    'train_bodies.csv': 'Body_ID,articleBody\n',
  })
  const set = loadFncSet(dir, 'competition_test')
  assert.equal(set.name, 'competition_test')
  assert.deepEqual(set.pairs, PAIRS)
})

/** Runs `load` and returns the DataFolderError it throws. */
function folderError(load: () => unknown): DataFolderError {
  try {
    load()
  } catch (error) {
    if (error instanceof DataFolderError) return error
    throw error
  }
  assert.fail('expected a DataFolderError')
}

test('loadFncSet asks for --set when the folder holds several sets', () => {
  const header = { stances: 'Headline,Body_ID,Stance\n', bodies: 'Body_ID,articleBody\n' }
  const dir = writeSet('several', {
    'train_stances.csv': header.stances, 'train_bodies.csv': header.bodies,
    'competition_test_stances.csv': header.stances, 'competition_test_bodies.csv': header.bodies,
  })
  const error = folderError(() => loadFncSet(dir))
  assert.match(error.message, /several sets: competition_test, train/)
  assert.match(error.hint, /--set NAME/)
  assert.match(folderError(() => loadFncSet(dir, 'dev')).hint, /Sets in .*: competition_test, train\./)
})

test('loadFncSet names the file and row of a pair whose body is missing', () => {
  const dir = writeSet('missing-body', {
    'train_stances.csv': 'Headline,Body_ID,Stance\nMayor promises tax cut,10,agree\nGhost story,99,discuss\n',
    'train_bodies.csv': BODIES,
  })
  const error = folderError(() => loadFncSet(dir))
  assert.match(error.message, /Body_ID 99 has no body/)
  assert.match(error.hint, /train_stances\.csv row 3 names Body_ID 99/)
})

test('loadFncSet rejects an unknown label, a missing column and a missing folder', () => {
  const label = writeSet('bad-label', { 'train_stances.csv': 'Headline,Body_ID,Stance\nA,10,maybe\n', 'train_bodies.csv': BODIES })
  assert.match(folderError(() => loadFncSet(label)).hint, /train_stances\.csv row 2: Stance must be/)
  const column = writeSet('bad-header', { 'train_stances.csv': 'Headline,Body,Stance\n', 'train_bodies.csv': BODIES })
  assert.match(folderError(() => loadFncSet(column)).message, /has no Body_ID column/)
  assert.match(folderError(() => loadFncSet(join(root, 'nowhere'))).message, /does not exist/)
})

test('fncScore gives 0.25 for related-vs-unrelated and 0.75 more for the exact related stance', () => {
  const gold: Stance[] = ['agree', 'disagree', 'discuss', 'unrelated', 'unrelated']
  const predicted: Stance[] = ['agree', 'discuss', 'unrelated', 'unrelated', 'agree']
  // score: agree/agree 0.25+0.75, disagree/discuss 0.25 (both related), discuss/unrelated 0,
  //        unrelated/unrelated 0.25, unrelated/agree 0 → 1.5
  // max:   three related pairs 1 each + two unrelated 0.25 each → 3.5; relative 1.5 / 3.5 = 3/7
  assert.deepEqual(fncScore(gold, predicted), { score: 1.5, max: 3.5, relative: 3 / 7 })
  assert.deepEqual(fncScore([], []), { score: 0, max: 0, relative: 0 })
  assert.throws(() => fncScore(gold, predicted.slice(1)), /5 gold stances but 4 predictions/)
})

test('confusion and macroF1 on a tiny example', () => {
  const gold: Stance[] = ['agree', 'agree', 'discuss', 'unrelated']
  const predicted: Stance[] = ['agree', 'discuss', 'discuss', 'unrelated']
  assert.deepEqual(confusion(gold, predicted), [
    [1, 0, 1, 0], // gold agree: one right, one called discuss
    [0, 0, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
  ])
  const { perClass, macro } = macroF1(gold, predicted)
  assert.deepEqual(perClass.agree, { p: 1, r: 0.5, f1: 2 / 3 })
  assert.deepEqual(perClass.disagree, { p: 0, r: 0, f1: 0 }) // absent from gold and predictions: counts as 0
  assert.deepEqual(perClass.discuss, { p: 0.5, r: 1, f1: 2 / 3 })
  assert.deepEqual(perClass.unrelated, { p: 1, r: 1, f1: 1 })
  assert.equal(macro, (2 / 3 + 0 + 2 / 3 + 1) / 4) // 7/12
})

test('bodyFolds puts all pairs of one body in one fold, the same on every call', () => {
  const pairs: FncPair[] = Array.from({ length: 60 }, (_, i) => ({ headline: `h${i}`, bodyId: String(i % 20), stance: 'discuss' }))
  const folds = bodyFolds(pairs, 5)
  assert.deepEqual(bodyFolds(pairs, 5), folds)
  pairs.forEach((pair, i) => {
    assert.equal(folds[i], folds[Number(pair.bodyId)], `body ${pair.bodyId}`)
    assert.ok(folds[i]! >= 0 && folds[i]! < 5)
  })
  assert.ok(new Set(folds).size > 1, 'twenty bodies spread over more than one fold')
  // Pinned (checked against an independent FNV-1a in Python) so that a change of hash, which would
  // reshuffle the folds behind published figures, is noticed.
  assert.deepEqual(folds.slice(0, 5), [3, 4, 1, 2, 2])
  assert.deepEqual(bodyFolds(pairs, 1), pairs.map(() => 0))
  assert.throws(() => bodyFolds(pairs, 0), /positive integer/)
})

test('topicFolds keeps a claim\'s bodies and headlines in one fold and pairs follow their body', () => {
  const pairs: FncPair[] = [
    { headline: 'h1', bodyId: '1', stance: 'agree' },
    { headline: 'h1', bodyId: '2', stance: 'discuss' },
    { headline: 'h2', bodyId: '2', stance: 'disagree' },
    { headline: 'h3', bodyId: '3', stance: 'agree' },
    { headline: 'h3', bodyId: '1', stance: 'unrelated' },
    { headline: 'h1', bodyId: '3', stance: 'unrelated' },
  ]
  const folds = topicFolds(pairs, 2)
  // Topic {h1, h2, bodies 1 and 2} (4 pairs) goes to fold 0, topic {h3, body 3} (2 pairs) to fold 1.
  assert.deepEqual(folds, [0, 0, 0, 1, 0, 1])
  assert.deepEqual(topicFolds(pairs, 2), folds)
})
