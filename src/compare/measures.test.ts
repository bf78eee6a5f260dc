/** @module compare/measures.test — spans of time and percentages that size a named thing, and when two clash. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { measuresClash, measuresIn, sameThing, type Measure } from './measures.js'

const one = (text: string): Measure => {
  const found = measuresIn(text)
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`)
  return found[0]!
}

describe('measuresIn', () => {
  test('reads the thing a span of time measures, in days, in the frames that tie them', () => {
    assert.deepEqual(one('Staff will receive 16 weeks of severance pay').thing, ['severance', 'pay'])
    assert.deepEqual(one("Workers were offered 12 weeks' severance").thing, ['severance'])
    assert.deepEqual(one('Severance will be 12 weeks for most workers').thing, ['severance'])
    assert.deepEqual(one('a six-month review of the rules').thing, ['review'])
    const takes = one('The repair of the bridge will take 18 months')
    assert.deepEqual([takes.thing, takes.unit, Math.round(takes.min)], [['take'], 'month', 548])
  })

  test('reads a percentage that sizes a noun as every figure that rounds to it', () => {
    const rise = one('The ministry agreed a 3 percent pay rise for nurses')
    assert.deepEqual([rise.thing, rise.min, rise.max, rise.recipient], [['pay', 'rise'], 2.5, 3.5, 'nurse'])
    assert.deepEqual(one('Nurses will get a 5% raise under the deal').thing, ['raise'])
  })

  test('a figure in any other frame is no measure', () => {
    for (const text of ['The bridge will stay closed for two years after the repair', 'The plant opened 18 months ago',
      'About 1.5 percent of people had bleeding', 'Turnout was 68 percent']) assert.deepEqual(measuresIn(text), [], text)
  })
})

describe('sameThing and measuresClash', () => {
  test('one thing in other words and units; other things, recipients or owners are not one', () => {
    assert.ok(sameThing(one('16 weeks of severance pay'), one("12 weeks' severance")))
    assert.ok(sameThing(one('a 3 percent pay rise'), one('a 5% raise')))
    assert.ok(!sameThing(one('16 weeks of notice'), one("12 weeks' severance")))
    assert.ok(!sameThing(one('a 3 percent pay rise'), one('a 5 percent price rise')))
    assert.ok(!sameThing(one('a 3 percent pay rise for nurses'), one('a 5 percent pay rise for doctors')))
    assert.ok(!sameThing(one('executives will receive 16 weeks of severance'), one('workers will receive 12 weeks of severance')))
    assert.ok(sameThing(one('staff will receive 16 weeks of severance'), one('12 weeks of severance for most workers')))
    assert.ok(!sameThing(one('bought a 5 percent stake in Beta'), one('bought a 10 percent stake in Delta')))
  })

  test('figures clash when their ranges cannot meet; in other units, by more than a tenth', () => {
    assert.ok(measuresClash(one('will take 18 months'), one('will take two years')))
    assert.ok(measuresClash(one('at least 16 weeks of severance'), one('12 weeks of severance')))
    assert.ok(!measuresClash(one('three months of severance'), one('12 weeks of severance')))
    assert.ok(!measuresClash(one('a 3 percent raise'), one('a 3.4 percent raise')))
    assert.ok(!measuresClash(one('will take about 18 months'), one('will take up to 20 months')))
  })
})
