/** @module train/framing.test — which rule spans the decoding choice and the SI figure count. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { prepareArticle, DEFAULT_FIT } from './framing.js'

test('rule spans PTC marks on other words (boosters, so-called doubt, unnamed experts) are no SI prediction; loaded words are', () => {
  const text = 'This is undoubtedly the answer. The so-called reform is a brutal attack, experts say.'
  const prepared = prepareArticle({ id: 't', text, gold: [] }, DEFAULT_FIT.taggerBuckets)
  const words = prepared.ruleSpans.map((r) => text.slice(r.start, r.end))
  assert.ok(words.includes('brutal'), words.join(' | '))
  assert.ok(!words.some((w) => /undoubtedly|so-called|experts/.test(w)), words.join(' | '))
})
