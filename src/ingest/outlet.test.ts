/** @module ingest/outlet.test — which outlet the text names as the one reporting. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { knownNotMedia } from '../knowledge/gazetteer.js'
import { looksLikeOutlet, outletFromText } from './outlet.js'

const nothingKnown = (): boolean => false
const nameIn = (text: string, notOutlets = knownNotMedia): string | undefined => outletFromText(text, notOutlets)?.name

describe('looksLikeOutlet', () => {
  const yes = ['CNN', 'WION', 'BBC', 'Mehr News Agency', 'The Valley Press', 'Reuters', 'Coastline Radio', 'NDTV 24']
  const no = ['United Nations', 'Azerbaijan', 'the foreign ministry', 'Ilham Aliyev', 'President']
  for (const name of yes) test(`"${name}" reads like an outlet`, () => assert.equal(looksLikeOutlet(name), true))
  for (const name of no) test(`"${name}" does not`, () => assert.equal(looksLikeOutlet(name), false))
})

describe('outletFromText', () => {
  test('deep-equals one full guess: name, span of the words, and how it was found', () => {
    const text = 'The minister told CNN in an interview that talks would resume. He told CNN the port would stay open.'
    assert.deepEqual(outletFromText(text, knownNotMedia), {
      name: 'CNN',
      evidence: { how: 'text', span: { start: 18, end: 21 }, note: 'named as the interviewing outlet 2 time(s)' },
    })
  })

  // An outlet that interviews exclusively, or that speaks with someone as the subject, is the one reporting.
  const strongCues: ReadonlyArray<readonly [string, string]> = [
    ['Speaking exclusively to WION, the president said the talks had failed.', 'WION'],
    ['In an exclusive interview with Coastline Radio, the mayor defended the plan.', 'Coastline Radio'],
    ['WION spoke with the minister about the border.', 'WION'],
    ['The envoy told Coastline Radio in an exclusive interview that the port would reopen.', 'Coastline Radio'],
  ]
  for (const [text, name] of strongCues) test(`finds ${name} in "${text.slice(0, 40)}…"`, () => assert.equal(nameIn(text), name))

  // Named once as another's interviewer or venue, an outlet is cited, not the publisher; named twice, it is.
  const citedOnce = [
    'In an interview with the BBC, the mayor defended the plan.',
    'The envoy told Coastline Radio on Sunday that the port would reopen.',
    '"We are ready," he told The Valley Press.',
  ]
  for (const text of citedOnce) test(`names no outlet from one citation in "${text.slice(0, 40)}…"`, () => assert.equal(nameIn(text), undefined))
  test('an outlet named twice as the interviewer is the one reporting', () => {
    assert.equal(nameIn('In an interview with the BBC, the mayor defended the plan. She told the BBC that costs would fall.'), 'BBC')
  })

  test('an outlet that speaks of itself in the text\'s own voice is the one reporting, before one whose exclusive it cites', () => {
    const cited = 'Speaking exclusively to CNN on Sunday, the minister had denied the claims. The Daily Mail understands the talks have stalled.'
    assert.equal(nameIn(cited), 'Daily Mail')
    assert.equal(outletFromText(cited, knownNotMedia)?.evidence.note, 'names itself in its own voice ("The Daily Mail understands")')
    assert.equal(nameIn('Coastline Radio has reached out to the ministry for comment.'), 'Coastline Radio')
    assert.equal(nameIn('The minister denied it, Valley Times has learned.'), 'Valley Times')
  })

  test('a country or organisation after "told" is not the outlet', () => {
    const twice = 'Baku told the UN in a letter that the attack was terrorism. It told the UN on Friday it would not wait.'
    assert.equal(nameIn('Azerbaijan told the United Nations that it wanted an inquiry. It told the United Nations it would wait.'), undefined)
    assert.equal(nameIn(twice), undefined)
    assert.equal(nameIn('The president told NATO on Friday that troops would stay. He told NATO that bases would stay too.'), undefined)
    // Without the gazetteer check, "UN" would pass as an acronym outlet: the check is what stops it.
    assert.equal(nameIn(twice, nothingKnown), 'UN')
  })

  test('people and lower-case words after "told" are not outlets', () => {
    assert.equal(nameIn('He told reporters that Ilham Aliyev told Ebrahim Raisi in a call to calm down.'), undefined)
  })

  test('the most often named outlet wins, and each place in the text votes once', () => {
    // "told CNN in" matches two cue patterns; counted twice, CNN would tie with WION and win as the first named.
    const text = 'He told CNN in an interview. She told WION on Monday. Speaking to WION, he agreed.'
    const guess = outletFromText(text, knownNotMedia)
    assert.equal(guess?.name, 'WION')
    assert.equal(guess?.evidence.note, 'named as the interviewing outlet 2 time(s)')
  })

  test('a tie goes to the outlet named first in the text', () => {
    assert.equal(nameIn('CNN spoke with the mayor. Later, WION spoke with her aides.'), 'CNN')
  })

  test('no cue, no outlet', () => {
    assert.equal(nameIn('Engineers closed the old river bridge on Tuesday.'), undefined)
    assert.equal(nameIn(''), undefined)
  })
})
