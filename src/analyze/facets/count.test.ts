/** @module analyze/facets/count.test — counts in words or digits as comparable ranges, and back. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BELOW_HUNDRED_WORD, COUNT_IN_WORDS, currencyOf, levelRange, parseCount, quantitiesIn, rangeOf, statedRange } from './count.js'

test('exact counts in words and digits', () => {
  assert.deepEqual(parseCount('three'), { value: '3', label: 'three', min: 3, max: 3 })
  assert.deepEqual(parseCount('12'), { value: '12', label: '12', min: 12, max: 12 })
  assert.equal(parseCount('1,200')?.value, '1200')
  assert.equal(parseCount('a dozen')?.value, '12')
  assert.equal(parseCount('one')?.value, '1')
  assert.equal(parseCount('Forty-one')?.value, '41')
  assert.equal(parseCount('ninety-nine')?.value, '99')
  assert.equal(parseCount('a hundred')?.value, '100')
  assert.equal(parseCount('forty-eleven'), undefined)
  // Hundreds and dozens of a number below a hundred, and a rest after "and".
  assert.equal(parseCount('two hundred')?.value, '200')
  assert.equal(parseCount('one hundred and twenty-five')?.value, '125')
  assert.equal(parseCount('nineteen hundred')?.value, '1900')
  assert.equal(parseCount('three dozen')?.value, '36')
  assert.equal(parseCount('two dozen and one'), undefined)
  assert.equal(parseCount('hundred hundred'), undefined)
})

test('open counts: "at least", "more than", "others"', () => {
  assert.deepEqual(parseCount('at least 3'), { value: '3+', label: 'at least 3', min: 3, max: Number.POSITIVE_INFINITY })
  assert.equal(parseCount('more than a dozen')?.value, '13+')
  assert.equal(parseCount('others')?.value, '1+')
})

test('plurals of vague size stop below the next order', () => {
  assert.equal(parseCount('dozens of')?.value, '24-99')
  assert.equal(parseCount('several')?.value, '3-9')
  assert.equal(parseCount('at least several')?.value, '3+')
  // Vague in hundreds or thousands: up to the next order of them, not "3 thousand" rounded.
  assert.equal(parseCount('several hundred')?.value, '300-999')
  assert.equal(parseCount('several thousand')?.value, '3000-9999')
  assert.equal(parseCount('a few thousand')?.value, '2000-9999')
  assert.equal(parseCount('a few')?.value, '2-9')
})

test('a lower bound states its figure: "at least 17" is 17 or a little more, not 31', () => {
  assert.deepEqual(statedRange('17+'), { min: 17, max: 21 })
  assert.deepEqual(statedRange('1+'), { min: 1, max: Number.POSITIVE_INFINITY }, '"some" states no figure')
  assert.deepEqual(statedRange('8-12'), { min: 8, max: 12 })
})

test('an upper bound keeps its bound: "fewer than 9,000" is below 9,000, and states a figure a little under it', () => {
  assert.deepEqual(parseCount('fewer than 9,000'), { value: '<9000', label: 'fewer than 9,000', min: 0, max: 8999 })
  assert.equal(parseCount('less than 40')?.value, '<40')
  assert.deepEqual(rangeOf('<9000'), { min: 0, max: 8999 })
  assert.deepEqual(statedRange('<9000'), { min: 7500, max: 8999 })
})

test('approximate counts are the figure rounded: a twentieth either side, and at least one', () => {
  assert.deepEqual(parseCount('about 600'), { value: '570-630', label: 'about 600', min: 570, max: 630 })
  assert.equal(parseCount('about 10')?.value, '9-11')
  assert.equal(parseCount('around 1.2 million')?.value, '1140000-1260000')
  // "about 9,000" and "about 11,000" are two figures, not one within a tenth of each.
  assert.ok(parseCount('about 9,000')!.max < parseCount('about 11,000')!.min)
})

test('"close to" a figure is about it, as "nearly" is', () => {
  assert.equal(parseCount('close to 3,000')?.value, parseCount('nearly 3,000')?.value)
})

test('a span of figures, or an open one, is their range; "as many as" is about the figure', () => {
  assert.equal(parseCount('between 120 and 130')?.value, '120-130')
  assert.equal(parseCount('120 to 130')?.value, '120-130')
  assert.equal(parseCount('50 or more')?.value, '50+')
  assert.equal(parseCount('as many as 60')?.value, '57-63')
  assert.equal(parseCount('130 to 120'), undefined)
})

test('"up to" is about the figure at most, not any figure from zero', () => {
  const c = parseCount('up to 3,000')
  assert.equal(c?.min, 2400)
  assert.equal(c?.max, 3000)
  assert.equal(c?.value, '2400-3000', 'the value compared across articles is the whole range')
})

test('words that are no count give undefined', () => {
  assert.equal(parseCount('many'), undefined)
  assert.equal(parseCount(''), undefined)
})

test('rangeOf reads back what parseCount writes', () => {
  for (const raw of ['three', 'at least 3', 'about 10', 'more than a dozen']) {
    const c = parseCount(raw)!
    assert.deepEqual(rangeOf(c.value), { min: c.min, max: c.max }, raw)
  }
  assert.equal(rangeOf('unknown'), undefined)
})

test('figures with the noun they count, as ranges; years, money and hours are left out', () => {
  const text = 'In 2019 about 5,000 protesters and 1.2 million voters came; a 6.8-magnitude quake, magnitude 7, cost $5 million at 10 am.'
  assert.deepEqual(quantitiesIn(text).map((q) => [text.slice(q.start, q.end), q.head, q.min, q.max]), [
    ['about 5,000 protesters', 'protester', 4500, 5500],
    ['1.2 million voters', 'voter', 1150000, 1250000],
    ['6.8-magnitude', 'magnitude', 6.8, 6.8],
    ['magnitude 7', 'magnitude', 7, 7],
  ])
})

test('what befell the people counted is part of what is counted: the dead are not the injured', () => {
  const heads = (text: string): string[] => quantitiesIn(text).map((q) => q.head)
  assert.deepEqual(heads('The blast killed 3 people. Another 5 people were injured. Troops detained 40 protesters, and 12 people are missing.'),
    ['people killed', 'people injured', 'protester arrested', 'people missing'])
  assert.deepEqual(heads('The raid left 7 villagers dead and 2 soldiers wounded, injuring 9 bystanders.'), ['villager killed', 'soldier injured', 'bystander injured'])
  // A figure of no fate named keeps its noun alone.
  assert.deepEqual(heads('About 300 people gathered.'), ['people'])
})

test('the day of a date is no count of the noun after it: "the Oct. 7 gunmen", "7/7 survivors", "12 March"', () => {
  const text = 'Four of the 12 Oct. 7 gunmen, 30 7/7 survivors, the October 7 raids, 12 March marchers and 40 Jan. 6 rioters, then 9 guards.'
  assert.deepEqual(quantitiesIn(text).map((q) => text.slice(q.start, q.end)), ['9 guards'])
})

test('after a month only a figure that can be a day is left out, and not after "in"/"last"/"this"/"next" the month, which make it a time', () => {
  const counted = (text: string): string[] => quantitiesIn(text).map((q) => text.slice(q.start, q.end))
  assert.deepEqual(counted('By March 2,000 troops had arrived.'), ['2,000 troops'])
  assert.deepEqual(counted('In May 40 people died.'), ['40 people'])
  assert.deepEqual(counted('In March 12 people died.'), ['12 people'])
  assert.deepEqual(counted('Since June 3 million voters have moved.'), ['3 million voters'])
  assert.deepEqual(counted('Police met the March 12 protesters and 12 March marchers.'), [])
  assert.deepEqual(counted('On March 12 protesters marched.'), [])
  // "since", "by" and "until" take a date: the day is its day.
  assert.deepEqual(counted('Since March 12 protesters have blocked the road.'), [])
  assert.deepEqual(counted('Until May 3 guards stood at the gate, and by May 20 workers had left.'), [])
})

test('a figure of change is marked so: "lost nearly 60 seats", "picked up just six seats"; a level is not', () => {
  const text = 'They lost nearly 60 seats, picked up just 6 seats and hold 194 seats.'
  assert.deepEqual(quantitiesIn(text).map((q) => [text.slice(q.start, q.end), q.change]), [['nearly 60 seats', true], ['6 seats', true], ['194 seats', false]])
})

test('"rose" or "fell" with or without "by", and "was up"/"was down", make a change', () => {
  const text = 'Sales fell 20 percent, the party has fallen 20 seats, turnout was down 5 percent, prices rose by 3 percent.'
  assert.deepEqual(quantitiesIn(text).map((q) => [text.slice(q.start, q.end), q.change]), [
    ['20 percent', true], ['20 seats', true], ['5 percent', true], ['3 percent', true],
  ])
  assert.deepEqual(quantitiesIn('They walked down 40 steps and set up 3 camps.').map((q) => q.change), [false, false])
})

test('the counted noun in the singular, whatever its plural ending', () => {
  assert.deepEqual(quantitiesIn('12 boxes, 4 lorries, 9 crashes, 3 series and 40 species').map((q) => q.head), ['box', 'lorry', 'crash', 'series', 'species'])
})

test('a figure "more than" a number may be that number rounded', () => {
  assert.deepEqual(quantitiesIn('more than 1,200 stations').map((q) => [q.min, q.max]), [[1200, Number.POSITIVE_INFINITY]])
})

test('a hedged figure stands for every figure that rounds to it: "around 3 million" holds 2.6 million, an exact "3.4 million" does not', () => {
  const range = (text: string): Array<[number, number]> => quantitiesIn(text).map((q) => [q.min, q.max])
  assert.deepEqual(range('around 3 million gallons'), [[2500000, 3500000]])
  assert.deepEqual(range('3.4 million gallons'), [[3350000, 3450000]])
  assert.deepEqual(range('about 600 tonnes'), [[550, 650]])
  // The widening stops at a quarter of the figure: "about 10" is no 6; and the figure's own twentieth stays the least.
  assert.deepEqual(range('about 10 barrels'), [[7.5, 12.5]])
  assert.deepEqual(range('roughly 1,234 barrels'), [[1172, 1296]])
  // "about 9,000" and "about 11,000" stay two figures.
  const [a, b] = quantitiesIn('about 9,000 tonnes and about 11,000 tonnes')
  assert.ok(a!.max < b!.min)
})

test('a scaled figure stands for every figure that rounds to it', () => {
  assert.deepEqual(parseCount('3.4 million'), { value: '3350000-3450000', label: '3.4 million', min: 3350000, max: 3450000 })
  assert.equal(parseCount('13 million')?.value, '12500000-13500000')
  assert.equal(parseCount('almost 50 million')?.value, '47500000-52500000')
  assert.equal(parseCount('more than 1.2 million')?.value, '1200001+')
  assert.equal(parseCount('2bn')?.value, '1500000000-2500000000')
})

test('currencies by their code, from symbols, codes and names', () => {
  assert.deepEqual(['$', 'US$', 'dollars', '€', 'euros', '£', 'zlotys', 'złoty', 'zł', 'PLN', 'rupees'].map(currencyOf), ['USD', 'USD', 'USD', 'EUR', 'EUR', 'GBP', 'PLN', 'PLN', 'PLN', 'PLN', 'rupee'])
})

test('vague plurals of thousands: "tens of thousands" is below a hundred thousand', () => {
  assert.equal(parseCount('tens of thousands of')?.value, '20000-99999')
  assert.equal(parseCount('hundreds of thousands')?.value, '200000-999999')
})

test('a percentage level stands for the figures that round to it, or a bound', () => {
  assert.deepEqual(levelRange('6.1'), { min: 6.05, max: 6.15 })
  assert.deepEqual(levelRange('6'), { min: 5.5, max: 6.5 })
  assert.deepEqual(levelRange('-0.3'), { min: -0.35, max: -0.25 })
  assert.deepEqual(levelRange('6+'), { min: 6, max: Number.POSITIVE_INFINITY })
  assert.deepEqual(levelRange('<3'), { min: Number.NEGATIVE_INFINITY, max: 3 })
  assert.equal(levelRange('many'), undefined)
})

test('counts in words match as the plain alternation of their forms does, in any case, at the start and in a longer pattern', () => {
  const below = BELOW_HUNDRED_WORD
  const plain = String.raw`(?:an?|${below})\s+hundred(?:\s+and\s+(?:${below}))?|(?:several|a\s+few)(?:\s+hundred)?|(?:an?|${below})\s+dozen|${below}|tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands`
  const phrases = ['two hundred and fifty dead', 'Twelve hundred', 'a hundred and one', 'An hundred', 'a few hundred', 'a few', 'several hundred', 'Several',
    'three dozen', 'a dozen eggs', 'forty-one', 'Forty-one hundred', 'seventy-five hundred', 'eighteen hundred', 'eightfold', 'tens of thousands', 'tens',
    'ten', 'hundreds of thousands', 'hundreds', 'Thousands', 'dozens', 'scores', 'one', 'none', 'often', 'the hundred', 'above', 'dozen']
  for (const [flags, wrap] of [['iu', (p: string) => `^(?:${p})`], ['iu', (p: string) => String.raw`\b(?:${p})\b(?:\s+(?:dead|people|eggs))?`], ['u', (p: string) => `(?:${p})$`]] as const) {
    for (const phrase of phrases) assert.deepEqual(new RegExp(wrap(COUNT_IN_WORDS), flags).exec(phrase)?.[0], new RegExp(wrap(plain), flags).exec(phrase)?.[0], phrase)
  }
})
