/** @module compare/time-reference.test — the time of a negated act and of the same verb asserted. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { negatedAct, stemOf, timeOfVerb, timesClash } from './time-reference.js'

describe('time reference', () => {
  test('a negated future is ahead, a negated past or perfect is past; a negated present or "be" says nothing', () => {
    assert.equal(negatedAct('We are not raiding the fund'), undefined)
    assert.deepEqual(negatedAct('We are not going to raid the fund'), { time: 'ahead', verb: 'raid' })
    assert.deepEqual(negatedAct('the club won’t sell its stadium'), { time: 'ahead', verb: 'sell' })
    assert.deepEqual(negatedAct('They had not paid the workers'), { time: 'past', verb: 'paid' })
    assert.equal(negatedAct('The mayor will not be available'), undefined)
  })

  test('stems drop the ending and a doubled consonant', () => {
    assert.deepEqual(['raiding', 'stopped', 'raid', 'planning'].map(stemOf), ['raid', 'stop', 'raid', 'plan'])
  })

  test('an asserted form is past with "had", "was … -ing" or an -ed ending, ahead with "will"; a present, active or passive, says nothing', () => {
    assert.equal(timeOfVerb('The office had quietly raided the fund', 'raid'), 'past')
    assert.equal(timeOfVerb('The office is raiding the fund', 'raid'), undefined)
    assert.equal(timeOfVerb('Critics say the office will raid the fund', 'raid'), 'ahead')
    assert.equal(timeOfVerb('The fund is raided every year', 'raid'), undefined)
    assert.equal(timeOfVerb('The club took the offer', 'tak'), undefined)
  })

  test('a denial clashes only with an act asserted at another time; a present denial rebuts a past act', () => {
    assert.equal(timesClash('we will not raid the fund', 'the office had raided the fund'), true)
    assert.equal(timesClash('we are not raiding the fund', 'the office had raided the fund'), false)
    assert.equal(timesClash('Israel is not targeting civilians', 'Israel targeted civilians in the strike'), false)
    assert.equal(timesClash('we did not raid the fund', 'the office had raided the fund'), false)
    assert.equal(timesClash('we are not raiding the fund', 'the office is raiding the fund'), false)
    assert.equal(timesClash('the fund is not empty', 'the office had raided the fund'), false)
  })
})
