/** @module analyze/framing/scare-quotes.test — short labels in quotation marks. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findingLines, frame } from './testing.js'

const only = (text: string): string[] =>
  findingLines(text, frame(text).findings.filter((f) => f.ruleId === 'framing/scare-quotes'))

test('a label after a labelling verb, in the outlet\'s voice', () => {
  const text = 'The ministry insists it was a “peaceful protest.”'
  const [f] = frame(text).findings.filter((x) => x.ruleId === 'framing/scare-quotes')
  assert.deepEqual(f, { ruleId: 'framing/scare-quotes', technique: 'scare-quotes', span: { start: 30, end: 49 },
    explanation: 'Scare quotes around `peaceful protest` distance the outlet from another party\'s label.', confidence: 0.6 })
})

test('a bare one-word scare quote, no speaker in the sentence', () => {
  assert.deepEqual(only('The "moderate" rebels took the town.'), ['4-14 framing/scare-quotes "moderate"'])
})

// Quoted speech is not a scare quote: a long quotation, a quotation opening the sentence,
// one closed by a comma before "he said", and a short quote of what a speaker said.
for (const text of [
  'The minister said the "talks were going well despite the many delays."',
  '"Fine," he said.',
  '"Enough," the mayor said, "is enough."',
  'He urged them to hold "a fair vote".',
]) {
  test(`no scare quote in ${text}`, () => assert.deepEqual(only(text), []))
}

// A partial quotation after a reporting or naming cue is the speaker's wording, not the outlet's distancing.
for (const text of [
  'The opposition leader called the measure "a surrender" on Monday.',
  'Labour\'s Yvette Cooper dismissed the scheme as a "gimmick" that had cost millions.',
  'Its chief executive called the plan "cruel and unworkable".',
  'The minister defended the plan, insisting it was "lawful, fair and necessary" despite the criticism.',
  'The senator praised the ruling, writing that it sent "a powerful message."',
  'He survived numerous crises, earning him the nickname "Teflon Mark".',
  'The network aired "Star Wars" twice.',
]) {
  test(`partial quotation, no scare quote: ${text}`, () => assert.deepEqual(only(text), []))
}

// Distancing stays: a distancing cue as the last cue before the label, or a bare label nobody is quoted saying.
for (const [text, label] of <[string, string][]>[
  ['The minister said the so-called "experts" were wrong.', '"experts"'],
  ['The vote concerned the so called "Implementation Initiative" of the party.', '"Implementation Initiative"'],
  ['Iran blamed personal problems. But Azerbaijan insists that it was a “terror attack.”', '“terror attack.”'],
  ['The regime\'s "reforms" changed nothing.', '"reforms"'],
  ['Police dispersed the "peaceful" protesters.', '"peaceful"'],
  ['Few condemn what was done to the editor, whose only "offence" was a cartoon.', '"offence"'],
]) {
  test(`scare quote kept: ${text}`, () => assert.deepEqual(only(text).map((l) => l.replace(/^\d+-\d+ framing\/scare-quotes /, '')), [label]))
}

test('a reporting cue with no speaker, or governed by "insists on", still distances', () => {
  assert.deepEqual(only('Some call the project “green growth” though the figures say otherwise.'), ['22-36 framing/scare-quotes “green growth”'])
  assert.deepEqual(only('The government insists on describing the crackdown as “security measures.”'), ['54-74 framing/scare-quotes “security measures.”'])
})

// Printed words on an object are no one's label: a marking cue before them, or capitals.
for (const text of [
  'In one video, a man in a yellow vest marked "PRESS" is hit on the head.',
  'Protesters carried signs reading "traitors" outside the ministry.',
  'Students wore T-shirts printed with "solidarity" as they marched.',
  'Officers in jackets with the words "border force" stood by.',
  'A van bearing a "POLICE" sticker blocked the road.',
]) {
  test(`inscription, no scare quote: ${text}`, () => assert.deepEqual(only(text), []))
}

// Headlinese speech verbs ("cries", "slams", "hails") introduce the speaker's own word, as "says" does (written for this test).
for (const text of [
  'Farmers cry "betrayal" over land tax',
  'Opposition slams "reckless" budget',
  'Coach blasts "shameful" refereeing after defeat',
  'Mayor hails "historic" bridge deal',
  'Bishops condemn "cruel" asylum rules',
  'Regulator warns of "serious" gaps in bank checks',
]) {
  test(`headline speech verb, no scare quote: ${text}`, () => assert.deepEqual(only(text), []))
}

test('an attribution whose content starts inside the opening mark covers the label: a partial quotation, not scare quotes', () => {
  const text = 'Guild decries "sabotage" as talks fail'
  const open = text.indexOf('"')
  const layer = { attributions: [{ kind: 'mixed' as const, speaker: 'Guild', cue: { start: 6, end: 13 }, content: { start: open + 1, end: text.length } }],
    outletVoice: [{ start: 0, end: 14 }] }
  assert.deepEqual(findingLines(text, frame(text, layer).findings.filter((f) => f.ruleId === 'framing/scare-quotes')), [])
})
