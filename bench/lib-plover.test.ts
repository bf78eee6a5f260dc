/** @module bench/lib-plover.test — GSR parsing, 0.6→0.8 labels, actor matching and per-record scores on hand-made records. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorMatches, parseGsr, scoreRecord, summarize, toPlover08, type GoldRecord, type PredictedActor, type PredictedEvent } from './lib-plover.js'

const gold = (type: string, extra: Partial<GoldRecord> = {}): GoldRecord => ({
  id: 'toy', text: 'A toy sentence.', label: type, type: toPlover08(type),
  sources: [{ actorText: 'Ruritanian', code: 'RURGOV' }], targets: [{ actorText: 'Freedonia', code: 'FRE' }], ...extra,
})
const ruritania: PredictedActor = { name: 'Ruritania', aliases: ['Ruritanian government'], country: 'RUR' }
const freedonia: PredictedActor = { name: 'Freedonia', aliases: [], country: 'FRE' }
const stranger: PredictedActor = { name: 'Jane Roe', aliases: ['Roe'] }
const event = (type: string, more: Partial<PredictedEvent> = {}): PredictedEvent => ({ type, polarity: 'positive', ...more })

test('toPlover08 renames the four labels PLOVER 0.8 changed and keeps the others', () => {
  assert.equal(toPlover08('DEMAND'), 'REQUEST')
  assert.equal(toPlover08('DISAPPROVE'), 'ACCUSE')
  assert.equal(toPlover08('INVESTIGATE'), 'ACCUSE')
  assert.equal(toPlover08('FIGHT'), 'ASSAULT')
  assert.equal(toPlover08('AGREE'), 'AGREE')
})

test('parseGsr skips the DOCUMENT record and reads actors given as arrays only', () => {
  const records = parseGsr([
    { id: 'doc', event: 'DOCUMENT', eventText: 'about this file' },
    { id: 'r1', event: 'DEMAND', text: 'Toy one.', source: [{ actorText: 'Ruritania', code: 'RUR', sector: 'GOV' }], target: '' },
    { id: 'r2', event: 'AGREE', text: 'Toy two.', target: [{ actorText: 'Freedonia', code: 'FRE' }] },
    { id: 'r3', text: 'No event field.' },
  ])
  assert.deepEqual(records, [
    { id: 'r1', text: 'Toy one.', label: 'DEMAND', type: 'REQUEST', sources: [{ actorText: 'Ruritania', code: 'RUR' }], targets: undefined },
    { id: 'r2', text: 'Toy two.', label: 'AGREE', type: 'AGREE', sources: undefined, targets: [{ actorText: 'Freedonia', code: 'FRE' }] },
  ])
  assert.deepEqual(parseGsr({ not: 'an array' }), [])
})

test('actorMatches by containment either way, case-insensitive, or by the country of the code', () => {
  assert.ok(actorMatches(ruritania, { actorText: 'ruritanian government', code: '' })) // an alias equals it
  assert.ok(actorMatches(ruritania, { actorText: 'President of Ruritania', code: '' })) // gold words contain the name
  assert.ok(actorMatches({ name: 'Lee', aliases: [], country: 'RUR' }, { actorText: 'Ruritanian police', code: 'RURCOP' })) // code starts with the country
  assert.ok(!actorMatches(stranger, { actorText: 'Ruritania', code: 'RUR' }))
  assert.ok(!actorMatches({ name: '', aliases: [] }, { actorText: '', code: '' })) // empty words match nothing
})

test('scoreRecord finds the gold type among positive events, planned or not, and scores the first such event', () => {
  const s = scoreRecord(gold('DEMAND'), [
    event('REQUEST', { polarity: 'negative', actor: ruritania, recipient: freedonia }), // negated: not a prediction
    event('ACCUSE', { actor: stranger }),
    event('REQUEST', { actor: ruritania, recipient: stranger }),
    event('REQUEST', { actor: stranger, recipient: freedonia }), // a later one of the type is not the matched event
  ])
  assert.deepEqual(s, { label: 'DEMAND', type: 'REQUEST', firstType: 'ACCUSE', typeFound: true, actor: true, recipient: false })
})

test('scoreRecord leaves actor and recipient unscored when the type is missed or the gold side is absent', () => {
  assert.deepEqual(scoreRecord(gold('AGREE'), [event('ASSAULT', { actor: ruritania })]),
    { label: 'AGREE', type: 'AGREE', firstType: 'ASSAULT', typeFound: false, actor: undefined, recipient: undefined })
  assert.deepEqual(scoreRecord(gold('AGREE', { targets: [] }), [event('AGREE')]),
    { label: 'AGREE', type: 'AGREE', firstType: 'AGREE', typeFound: true, actor: false, recipient: undefined })
})

test('summarize counts accuracy, coverage, per-type rows and wrong predictions, most frequent first', () => {
  const s = summarize([
    scoreRecord(gold('FIGHT'), [event('ASSAULT', { actor: ruritania, recipient: freedonia })]),
    scoreRecord(gold('FIGHT'), []),
    scoreRecord(gold('AGREE'), [event('CONSULT')]),
    scoreRecord(gold('AGREE'), [event('CONSULT')]),
    scoreRecord(gold('DEMAND'), [event('ACCUSE'), event('REQUEST')]),
  ], 1)
  assert.deepEqual(s.typeAccuracy, { correct: 2, total: 5 })
  assert.deepEqual(s.firstEventAccuracy, { correct: 1, total: 5 })
  assert.deepEqual(s.coverage, { correct: 4, total: 5 })
  assert.deepEqual(s.actorAccuracy, { correct: 1, total: 2 })
  assert.deepEqual(s.recipientAccuracy, { correct: 1, total: 2 })
  assert.deepEqual(s.byGoldType, {
    'FIGHT→ASSAULT': { correct: 1, total: 2, noEvent: 1 },
    AGREE: { correct: 0, total: 2, noEvent: 0 },
    'DEMAND→REQUEST': { correct: 1, total: 1, noEvent: 0 },
  })
  assert.deepEqual(s.confusions, [{ gold: 'AGREE', predicted: 'CONSULT', count: 2 }]) // a record with no event is no wrong prediction
})
