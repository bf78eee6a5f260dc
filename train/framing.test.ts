/** @module train/framing.test — which rule spans the decoding choice and the SI figure count; what the sentence classifier and the smoother read. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { prepareArticle, DEFAULT_FIT } from './framing.js'
import { createContext } from '../src/analyze/framing/context.js'
import { buildFeatureView, sentenceFeatures, sentenceStats, smoothingFeatures, tokenFeatures, type FeatureView } from '../src/analyze/framing/features.js'
import { findRuleHits } from '../src/analyze/framing/framing.js'
import { segmentText } from '../src/analyze/segment/segment.js'

test('rule spans PTC marks on other words (boosters, so-called doubt, unnamed experts) are no SI prediction; loaded words are', () => {
  const text = 'This is undoubtedly the answer. The so-called reform is a brutal attack, experts say.'
  const prepared = prepareArticle({ id: 't', text, gold: [] }, DEFAULT_FIT.taggerBuckets)
  const words = prepared.ruleSpans.map((r) => text.slice(r.start, r.end))
  assert.ok(words.includes('brutal'), words.join(' | '))
  assert.ok(!words.some((w) => /undoubtedly|so-called|experts/.test(w)), words.join(' | '))
})

function viewOf(text: string): FeatureView {
  const ctx = createContext(text, segmentText(text), [{ start: 0, end: text.length }], [])
  return buildFeatureView(ctx, findRuleHits(ctx))
}

test('the sentence classifier reads the whole sentence: its lemmas, rules, place and share quoted', () => {
  const view = viewOf('Officials met on Monday. The brutal regime lied again. "We will win," he said.')
  const first = sentenceFeatures(view, 0)
  const second = sentenceFeatures(view, 1)
  assert.ok(first.includes('sl=monday') && first.includes('at=0') && first.includes('quoted=0'), first.join(' '))
  assert.ok(second.includes('sl=regime') && second.includes('at=1') && second.some((f) => f.startsWith('r=')), second.join(' '))
  assert.ok(!first.some((f) => f.startsWith('r=')), first.join(' '))
  assert.ok(sentenceFeatures(view, 2).some((f) => /^quoted=[1-3]$/.test(f)), sentenceFeatures(view, 2).join(' '))
})

test('the smoother reads the sentence classifier\'s probability of the token\'s sentence and its neighbours, and the article\'s mean', () => {
  const view = viewOf('Officials met on Monday. The brutal regime lied again. They met again.')
  const probs = new Float32Array(view.ctx.seg.starts.length).fill(0.2)
  const gate = Float32Array.from([0.05, 0.85, 0.3])
  const of = (i: number): string[] => smoothingFeatures(view, probs, sentenceStats(view, probs, gate), i).filter((f) => /^(g|gpn|art)=/.test(f))
  assert.deepEqual(of(0), ['g=0', 'gpn=S|8', 'art=4'])
  assert.deepEqual(of(view.ctx.seg.sentenceTokenStart[1]!), ['g=8', 'gpn=0|3', 'art=4'])
  assert.deepEqual(smoothingFeatures(view, probs, sentenceStats(view, probs), 0).filter((f) => /^g/.test(f)), [])
})

test('the tagger sees lemma pairs, the sentence\'s place and how many rules hit it, and words in capitals', () => {
  const view = viewOf('Officials met on Monday. The brutal regime LIED again.')
  const lied = view.ctx.lower.indexOf('lied')
  const names = tokenFeatures(view, lied)
  assert.ok(names.includes('at=1') && names.some((f) => f.startsWith('ll-=regime|')) && names.some((f) => f.startsWith('shout')), names.join(' '))
  assert.ok(names.some((f) => /^nr=[1-9]\|/.test(f)), names.join(' '))
  assert.ok(tokenFeatures(view, 0).some((f) => f.startsWith('nr=0|')), tokenFeatures(view, 0).join(' '))
})
