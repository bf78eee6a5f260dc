/** @module analyze/events/dates.test — reading dates as precise as the text gives them. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { daysAfterPrevious, eventDateOf, readDates, readsAhead, shiftDate } from './dates.js'

const values = (s: string, published?: string): (string | undefined)[] => readDates(s, published).map((r) => eventDateOf(r, 0)?.value)

test('written-out dates need no publication date; weekdays and "yesterday" do', () => {
  assert.deepEqual(values('It began on 27 January 2023 and ended on Friday.'), ['2023-01-27'])
  assert.deepEqual(values('It ended on Friday, a day after it began yesterday.', '2023-01-28'), ['2023-01-27', '2023-01-27'])
})

test('a month or a year alone', () => {
  assert.deepEqual(values('Talks began in March 2019 and had failed in 2015.'), ['2019-03', '2015'])
})

test('the time of writing and dates that name other events are no dates', () => {
  assert.deepEqual(values('Until now, no one has spoken to the 9/11 families.', '2023-01-28'), [])
  assert.deepEqual(values('The July 7 bombings anniversary passed.', '2023-01-28'), [])
  assert.deepEqual(values('It was the worst fire since the "Black Saturday" blazes.', '2023-01-28'), [])
})

test('days from the previous event', () => {
  assert.deepEqual(['The next day it rained.', 'Two days later they met.', 'On the same day, police came.', 'after 3 days', 'Nothing here.'].map(daysAfterPrevious), [1, 2, 0, 3, undefined])
  assert.equal(shiftDate('2024-02-28', 2), '2024-03-01')
})

test('a length of time ("a months-long inquiry", "after two weeks") is counted from another act, never from the publication date', () => {
  assert.deepEqual(values('He was arrested in September after a months-long investigation.', '2026-02-20'), ['2025-09'])
  assert.deepEqual(values('The weeks-long strike ended after two weeks of talks.', '2026-02-20'), [])
  assert.deepEqual(values('They will meet in two weeks.', '2026-02-20'), ['2026-03-06'])
})

test('a deadline is not the date of an act', () => {
  assert.deepEqual(values('It said on Wednesday it would cut 1,200 jobs by the end of next year.', '2025-10-08'), ['2025-10-08'])
  assert.deepEqual(values('The plant will close by 2030 or until March.', '2025-10-08'), [])
})

test('a month with no year in a past clause is the last such month before publication', () => {
  assert.deepEqual(values('A canopy collapse in November killed 16 people.', '2025-06-16'), ['2024-11'])
  assert.deepEqual(values('It began on November 3, officials said.', '2025-06-16'), ['2024-11-03'])
  assert.deepEqual(values('The vote will be held in November.', '2025-06-16'), ['2025-11'])
  assert.deepEqual(values('Talks failed in March.', '2025-06-16'), ['2025-03'])
  assert.deepEqual(values('The union called a strike for Friday, which started at 9:30pm.', '2025-10-08'), ['2025-10-10'])
})

test('a duration or a time of day with no day is no date', () => {
  assert.deepEqual(values('For two years, the town has asked for help; it rained for 10 days.', '2025-10-17'), [])
  assert.deepEqual(values('Over the past three months, prices rose.', '2025-10-17'), [])
  assert.deepEqual(values('They met two years ago and will meet in two weeks.', '2025-10-17'), ['2023', '2025-10-31'])
  // Counted back from an unknown publication date, a span in digits dates nothing.
  assert.deepEqual(values('He was abducted in Syria some 22 months ago and freed in 3 weeks.'), [])
  assert.deepEqual(values('He was abducted some 22 months ago.', '2014-08-20'), ['2012-10'])
  assert.deepEqual(values('It was the evening rush.', '2025-10-17'), [])
  assert.deepEqual(values('Police came this morning.', '2025-10-17'), ['2025-10-17'])
})

test('a month\'s name in lower case is another word; a comma after a date is not part of it', () => {
  assert.deepEqual(values('Police arrested 31 people at the march, which ended on Saturday.', '2026-03-16'), ['2026-03-14'])
  assert.deepEqual(readDates('It ended on Saturday, police said.', '2026-03-16').map((r) => r.text), ['on Saturday'])
})

test('a deadline is read only when asked for, marked as one, and lies ahead', () => {
  assert.deepEqual(values('They committed to withdraw by 24 February.', '2026-02-19'), [])
  assert.deepEqual(readDates('They had committed to withdraw by 24 February.', '2026-02-19', true).map((r) => [eventDateOf(r, 0)?.value, r.deadline]), [['2026-02-24', true]])
})

test('relative dates look the way their clause does: back for a past act or "since", ahead for a plan', () => {
  assert.deepEqual(values('A man was shot on Saturday.', '2026-06-18'), ['2026-06-13'])
  assert.deepEqual(values('Since March, ships have had to dock far away.', '2026-10-07'), ['2026-03'])
  assert.deepEqual(values('The hospital promised for Saturday is a car park.', '2026-09-11'), ['2026-09-12'])
  assert.deepEqual(values('The team will visit the town on Monday.', '2026-09-12'), ['2026-09-14'])
})

test('"last weekend" is a span from its Saturday to its Sunday', () => {
  const [r] = readDates('He was shot last weekend.', '2026-06-18')
  assert.deepEqual(r && eventDateOf(r, 0), { value: '2026-06-13', to: '2026-06-14', precision: 'day', span: { start: 12, end: 24 }, how: 'relative' })
})

test('"tomorrow" looks ahead: a clause with it is no past one', () => {
  assert.ok(readsAhead('The team arrives tomorrow.', 17, 25))
})

test('a past participle dates its own act in the past, even in a clause that looks ahead: "will appeal a ban imposed on Monday"', () => {
  // 2026-11-20 is a Friday.
  assert.deepEqual(values('She will appeal against a ban imposed on Monday.', '2026-11-20'), ['2026-11-16'])
  assert.deepEqual(values('They will contest the fine announced last Tuesday.', '2026-11-20'), ['2026-11-17'])
  assert.deepEqual(values('The new rules will be announced on Monday.', '2026-11-20'), ['2026-11-23'])
  assert.deepEqual(values('The team will sign a deal scheduled on Monday.', '2026-11-20'), ['2026-11-23'])
  // A name or a noun in -ed is no participle: "will meet Mohammed on Monday", "will cut speed on Monday" look ahead.
  assert.deepEqual(values('The envoy will meet Mohammed on Monday.', '2026-11-20'), ['2026-11-23'])
  assert.deepEqual(values('Trains will cut their speed on Monday.', '2026-11-20'), ['2026-11-23'])
  assert.deepEqual(values('They will sign the deal agreed on Monday.', '2026-11-20'), ['2026-11-16'])
})

test('any past participle dates its own act: a short or "-eed" one, an irregular one, one opening the sentence; not a name', () => {
  // 2026-11-20 is a Friday: a past Monday is 2026-11-16, a coming one 2026-11-23.
  assert.deepEqual(values('Residents who fled on Monday will return home.', '2026-11-20'), ['2026-11-16'])
  assert.deepEqual(values('Inspectors will destroy the rifles used on Monday.', '2026-11-20'), ['2026-11-16'])
  assert.deepEqual(values('They will drop the points disagreed on Monday.', '2026-11-20'), ['2026-11-16'])
  assert.deepEqual(values('The team will return the files stolen on Monday.', '2026-11-20'), ['2026-11-16'])
  assert.deepEqual(values('Imposed on Monday, the curfew will stay in force.', '2026-11-20'), ['2026-11-16'])
  // A name opening the sentence is no participle, nor is a verb's base form in "-eed".
  assert.deepEqual(values('Mohammed on Monday will meet the envoy.', '2026-11-20'), ['2026-11-23'])
  assert.deepEqual(values('The trial will proceed on Monday.', '2026-11-20'), ['2026-11-23'])
  assert.deepEqual(values('The talks will succeed on Monday, he hopes.', '2026-11-20'), ['2026-11-23'])
})

test('"next week" is the next calendar week, whose day the text leaves open', () => {
  assert.deepEqual(values('Ministers meet next week.', '2026-10-07'), ['2026-10'])
  assert.deepEqual(values('Ministers meet next week.', '2026-09-30'), ['2026-10'])
})

test('"April last year" is April of the year before publication, one date; "March next year" the year after', () => {
  assert.deepEqual(values('He was arrested in Stara in April last year.', '2026-11-03'), ['2025-04'])
  assert.deepEqual(values('Talks resume in March next year.', '2026-11-03'), ['2027-03'])
})

test('a month after a threat, a vow or a warning of an act names when that act is to come: it lies ahead', () => {
  assert.deepEqual(values('The dockers have threatened further walkouts in May.', '2026-03-12'), ['2026-05'])
  assert.deepEqual(values('The guild vowed to march again in June.', '2026-03-12'), ['2026-06'])
  assert.deepEqual(values('Farmers warned of new blockades in April.', '2026-03-12'), ['2026-04'])
  // The month right after the verb dates the threat itself, which is past.
  assert.deepEqual(values('The guild threatened in May to walk out.', '2026-03-12'), ['2025-05'])
  assert.deepEqual(values('The council warned residents in May that the wall was weak.', '2026-03-12'), ['2025-05'])
})
