/** @module analyze/segment/title-case.test — title case with a minimum of words and the words allowed in lower case. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isTitleCase } from './title-case.js'

test('title case needs its minimum of words, each capitalised unless allowed in lower case', () => {
  assert.equal(isTitleCase(['Teflon', 'Mark'], { minWords: 2 }), true)
  assert.equal(isTitleCase(['Resign'], { minWords: 2 }), false)
  assert.equal(isTitleCase(['Teflon', 'mark'], { minWords: 2 }), false)
  const small = (w: string): boolean => ['of', 'in'].includes(w)
  assert.equal(isTitleCase(['Mayor', 'of', 'Leeds', 'Quits'], { minWords: 3, mayStayLower: small }), true)
  assert.equal(isTitleCase(['Mayor', 'of', 'Leeds', 'quits'], { minWords: 3, mayStayLower: small }), false)
  assert.equal(isTitleCase(['Mayor', 'Quits'], { minWords: 3, mayStayLower: small }), false)
})
