/** @module analyze/framing/speaker-voice.test — a speaker's label outside quotation marks, and a headline's trailing source. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { segmentText } from '../segment/segment.js'
import { foldToken } from './context.js'
import { headlineSpokenBySource, speakerLabels } from './speaker-voice.js'

/** The label texts `speakerLabels` finds in a text. */
function labels(text: string): string[] {
  const seg = segmentText(text)
  const lower = Array.from(seg.starts, (s, i) => foldToken(text.slice(s, seg.ends[i])))
  const lemma = Array.from(seg.lemmas, (l) => foldToken(l))
  return speakerLabels(seg, lower, lemma).map((s) => text.slice(s.start, s.end))
}

/** The headline words a trailing source speaks, or undefined. */
const spoken = (headline: string): string | undefined => headlineSpokenBySource(headline, true).map((s) => headline.slice(s.start, s.end))[0]

test('"called it …" gives the label; "call it quits", "call it a day" give none', () => {
  assert.deepEqual(labels('The mayor called it a disgrace.'), ['it a disgrace'])
  assert.deepEqual(labels('The coach called it quits after ten years.'), [])
  assert.deepEqual(labels('The workers called it a day at noon.'), [])
})

test('a label ends at "and"/"but" and at a verb after its first word; a hyphen inside a word does not end it', () => {
  assert.deepEqual(labels('The mayor called the plan absurd and walked out.'), ['the plan absurd'])
  assert.deepEqual(labels('The senator branded the scheme a money-wasting fiasco.'), ['the scheme a money-wasting fiasco'])
  // Two label words joined stay one label; a verb phrase after the label is cut with its "to".
  assert.deepEqual(labels('Critics called the plan cruel and unworkable.'), ['the plan cruel and unworkable'])
  assert.deepEqual(labels('Critics called the decision a misguided attempt to save money.'), ['the decision a misguided attempt'])
})

test('a participle right after a noun or an adverb is passive: only a "by" agent gives it a speaker', () => {
  assert.deepEqual(labels('A move widely hailed as historic was signed on Monday.'), [])
  assert.deepEqual(labels('A treaty hailed as historic by the minister was signed.'), ['historic'])
  assert.deepEqual(labels('The union described the offer as insulting.'), ['insulting'])
})

test('a coordinated object before "as" keeps the label: "the report and its findings as baseless"', () => {
  assert.deepEqual(labels('The ministry dismissed the report and its findings as baseless.'), ['baseless'])
  assert.deepEqual(labels('The mayor described the budget, the levy and the new fees as reckless.'), ['reckless'])
  assert.deepEqual(labels('Critics denounced the tax, the fees, and the tolls as theft.'), ['theft'])
  // A verb after "and" opens another clause: no coordinated object, no label.
  assert.deepEqual(labels('The mayor dismissed the report and walked out as absurd.'), [])
})

test('a headline\'s trailing source after a dash is a speaker, not an outlet or a second headline clause', () => {
  assert.equal(spoken('Storm batters coast - BBC News'), undefined)
  assert.equal(spoken('Talks collapse over border - Reuters'), undefined)
  assert.equal(spoken('Minister Quits Over Scandal – Party In Turmoil'), undefined)
  assert.equal(spoken('Storm Batters Coast – Opposition Leader Slams Minister'), undefined)
  assert.equal(spoken('Troops will leave by June – Defence Minister Ali Kaya'), 'Troops will leave by June')
  assert.equal(spoken('Rebels shelled the town – army spokesman'), 'Rebels shelled the town')
  assert.equal(spoken('Troops will leave by June, Belstan says'), 'Troops will leave by June')
  assert.equal(spoken('Storm batters coast - The Guardian'), undefined)
  assert.equal(spoken('Storm batters coast - Military Times'), undefined)
})

test('a title-case headline\'s dash source is a role with at most a name the article repeats, not a second clause', () => {
  assert.equal(spoken('Belstan Troops Fired First, Killing Four – Defence Minister'), 'Belstan Troops Fired First, Killing Four')
  assert.equal(spoken('Rates Will Stay High For Longer – Central Bank Chief'), 'Rates Will Stay High For Longer')
  const text = 'Troops Will Leave By June – Defence Minister Ali Kaya\nDefence Minister Ali Kaya spoke in Vorna.'
  assert.deepEqual(headlineSpokenBySource(text, false).map((s) => text.slice(s.start, s.end)), ['Troops Will Leave By June'])
  const clause = 'Storm Batters Coast – Opposition Leader Slams Minister\nThe storm hit the coast on Monday.'
  assert.deepEqual(headlineSpokenBySource(clause, false), [])
})
