/** @module knowledge/gazetteer.test — which place, country or organisation a name stands for. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { majorCities } from './cities.js'
import { gazetteer } from './gazetteer.js'

const entry = (name: string): [string | undefined, string | undefined, string | undefined] => {
  const e = gazetteer().byName.get(name)
  return [e?.kind, e?.name, e?.country ?? e?.within]
}

test('a major city gives its country, under each of its spellings, and is only a place', () => {
  assert.deepEqual(entry('Istanbul'), ['city', 'Istanbul', 'TUR'])
  assert.equal(gazetteer().byName.get('Istanbul')?.within, undefined, 'its country is certain, not only where the article names it')
  assert.deepEqual([entry('Odesa'), entry('Odessa')], [['city', 'Odesa', 'UKR'], ['city', 'Odesa', 'UKR']])
  assert.deepEqual([entry('São Paulo'), entry('Sao Paulo')], [['city', 'São Paulo', 'BRA'], ['city', 'São Paulo', 'BRA']])
  assert.deepEqual(entry('Sydney'), ['city', 'Sydney', 'AUS'], 'a first name, but of a city of millions')
})

test('cities go in after countries, capitals and well-covered subdivisions, before the other subdivisions', () => {
  assert.equal(entry('Ankara')[0], 'capital')
  assert.deepEqual(entry('Norfolk'), ['region', 'Norfolk', 'GBR'], 'the English county before the US city')
  assert.deepEqual(entry('Lagos'), ['city', 'Lagos', 'NGA'], 'the city before the Nigerian state of its name')
})

test('the city list leaves out names two countries share, words, and first names of smaller cities', () => {
  const names = new Set(majorCities().flatMap((c) => [c.name, ...c.spellings]))
  for (const left of ['Hyderabad', 'Valencia', 'San Jose', 'Reading', 'Nice', 'Aurora', 'Gary', 'Kuwait']) assert.ok(!names.has(left), left)
  for (const kept of ['Karachi', 'Mumbai', 'Toronto', 'Los Angeles', 'Aleppo', 'Mosul', 'Kharkiv']) assert.ok(names.has(kept), kept)
})

test('a subdivision whose name a country or capital took is kept aside for the mentions stage', () => {
  assert.deepEqual(entry('Georgia'), ['country', 'Georgia', 'GEO'])
  assert.deepEqual(entry('Victoria'), ['capital', 'Victoria', 'SYC'])
  const shadowed = (name: string): string | undefined => gazetteer().shadowed.get(name)?.country
  assert.deepEqual([shadowed('Georgia'), shadowed('Victoria'), shadowed('Washington')], ['USA', 'AUS', 'USA'])
})

test('Central Asian demonyms in the spellings news uses, beside the data\'s Soviet-era ones', () => {
  assert.deepEqual([entry('Kyrgyz'), entry('Tajiks'), entry('Uzbek')], [['demonym', 'Kyrgyzstan', 'KGZ'], ['demonym', 'Tajikistan', 'TJK'], ['demonym', 'Uzbekistan', 'UZB']])
})
