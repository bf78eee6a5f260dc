/** @module ingest/language.test — telling English from the languages rashomon does not analyse. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { detectLanguage, languageName } from './language.js'

const ENGLISH = 'Engineers closed the old river bridge on Tuesday after finding a crack in one of its piers. ' +
  'The city said the bridge would stay shut until repairs were finished. Drivers face a long detour.'
const GERMAN = 'Die Polizei hat am Montag die alte Brücke gesperrt, nachdem ein Riss entdeckt worden war. ' +
  'Die Stadt will das Bauwerk in der kommenden Woche prüfen lassen. Anwohner müssen bis dahin einen Umweg fahren.'
const FRENCH = "La police a fermé le vieux pont lundi après la découverte d'une fissure dans une pile. " +
  "La ville fera inspecter l'ouvrage la semaine prochaine. Les habitants devront faire un long détour."

describe('detectLanguage', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['English', ENGLISH, 'eng'],
    ['German', GERMAN, 'deu'],
    ['French', FRENCH, 'fra'],
    // Many foreign names in an English sentence must not tip it over.
    ['English full of names', 'Azerbaijan President Ilham Aliyev told WION that Iran’s President Ebrahim Raisi had called Baku on Friday about the embassy.', 'eng'],
  ]
  for (const [why, text, code] of cases) test(`${why} → ${code}`, () => assert.equal(detectLanguage(text), code))

  test('too little text to tell is "und", not a guess', () => {
    for (const text of ['', '   ', 'Brücke gesperrt.', '2023-02-18 — 12:30 !!!']) assert.equal(detectLanguage(text), 'und')
  })
})

describe('languageName', () => {
  test('names common codes and falls back to the code itself', () => {
    assert.equal(languageName('deu'), 'German')
    assert.equal(languageName('fra'), 'French')
    assert.equal(languageName('xyz'), 'xyz')
  })
})

test('a short English sentence is not rejected as another language', () => {
  assert.equal(detectLanguage('Operators said extra sailings would clear the backlog.'), 'und')
})
