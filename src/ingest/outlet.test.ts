/** @module ingest/outlet.test — which outlet the text names as the one reporting. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { knownNotMedia } from '../knowledge/gazetteer.js'
import { looksLikeOutlet, outletFromText } from './outlet.js'

const nothingKnown = (): boolean => false
const nameIn = (text: string, notOutlets = knownNotMedia): string | undefined => outletFromText(text, notOutlets)?.name

describe('looksLikeOutlet', () => {
  const yes = ['CNN', 'WION', 'BBC', 'Mehr News Agency', 'The Valley Press', 'Reuters', 'Coastline Radio', 'NDTV 24', 'Marran State Broadcaster', 'Harbour Online']
  const no = ['United Nations', 'Azerbaijan', 'the foreign ministry', 'Ilham Aliyev', 'President']
  for (const name of yes) test(`"${name}" reads like an outlet`, () => assert.equal(looksLikeOutlet(name), true))
  for (const name of no) test(`"${name}" does not`, () => assert.equal(looksLikeOutlet(name), false))

  // A newspaper's name ends with its head word ("Harbour Voice", "Lakeside Bee"); inside a name the word names something else.
  const headed = ['Harbour Voice', 'Northern Ledger', 'Lakeside Bee', 'Valley Star', 'County Examiner', 'Bay Bulletin', 'Port Sentinel', 'Evening Standard', 'Daily Record Online']
  const notHeaded = ['Independent Commission', 'Star Alliance', 'Voice Recognition Group', 'Standard Chartered', 'Record Label Union']
  for (const name of headed) test(`"${name}" reads like an outlet by its last word`, () => assert.equal(looksLikeOutlet(name), true))
  for (const name of notHeaded) test(`"${name}" does not: the head word is not its last`, () => assert.equal(looksLikeOutlet(name), false))
})

describe('outletFromText', () => {
  test('deep-equals one full guess: name, span of the words, and how it was found', () => {
    const text = 'The minister denied it. Coastline Radio spoke with him on Sunday.'
    assert.deepEqual(outletFromText(text, knownNotMedia), {
      name: 'Coastline Radio',
      evidence: { how: 'text', span: { start: 24, end: 39 }, note: 'names itself in its own voice ("Coastline Radio spoke with")' },
    })
  })

  // Only what the publisher says of itself in the text's own voice names it: it speaks with someone, understands, has learned.
  const ownVoice: ReadonlyArray<readonly [string, string]> = [
    ['WION spoke with the minister about the border.', 'WION'],
    ['The Valley Press talked to three nurses on the ward.', 'Valley Press'],
    ['Coastline Radio has reached out to the ministry for comment.', 'Coastline Radio'],
    ['The minister denied it, Valley Times has learned.', 'Valley Times'],
  ]
  for (const [text, name] of ownVoice) test(`finds ${name} in "${text.slice(0, 40)}…"`, () => assert.equal(nameIn(text), name))

  // An outlet someone spoke to once is the interviewer, even in an exclusive: another outlet may cite its interview.
  const interviewer = [
    'In an interview with the BBC, the mayor defended the plan.',
    'The envoy told Coastline Radio on Sunday that the port would reopen.',
    '"We are ready," he told The Valley Press.',
    'Speaking exclusively to WION, the president said the talks had failed.',
    'In an exclusive interview with Coastline Radio, the mayor defended the plan.',
    'The envoy told the Valley Times in an exclusive interview that the port would reopen.',
  ]
  for (const text of interviewer) test(`names no outlet from its interviewer in "${text.slice(0, 40)}…"`, () => assert.equal(nameIn(text), undefined))

  test('an outlet named as the interviewer twice or more is the one reporting: the one named most, the first of a tie', () => {
    const twice = 'In an interview with the BBC, the mayor defended the plan. She told the BBC that costs would fall.'
    assert.deepEqual(outletFromText(twice, knownNotMedia), {
      name: 'BBC',
      evidence: { how: 'text', span: { start: 21, end: 28 }, note: 'named as the interviewing outlet 2 time(s)' },
    })
    assert.equal(nameIn('He told CNN he was ready. She told WION the same. He told CNN again, and she told WION. Later she told WION more.'), 'WION')
    assert.equal(nameIn('He told CNN he was ready. She told WION the same. He told CNN again, and she told WION.'), 'CNN')
  })

  test('an acronym named twice as the interviewer must be a known outlet or carry a media word ("told the FAA" twice is a regulator)', () => {
    assert.equal(nameIn('The airline told the FAA it had grounded two jets. It later told the FAA the jets were safe.'), undefined)
    assert.equal(nameIn('The mayor told Coastline Radio the port was safe. She later told Coastline Radio it would reopen.'), 'Coastline Radio')
  })

  test('an outlet that speaks of itself in the text\'s own voice is the one reporting, not one whose exclusive it cites', () => {
    const cited = 'Speaking exclusively to CNN on Sunday, the minister had denied the claims. The Daily Mail understands the talks have stalled.'
    assert.equal(nameIn(cited), 'Daily Mail')
    assert.equal(outletFromText(cited, knownNotMedia)?.evidence.note, 'names itself in its own voice ("The Daily Mail understands")')
  })

  test('a country or organisation in the own-voice cue is not the outlet', () => {
    assert.equal(nameIn('The UN has learned that the convoy was hit.'), undefined)
    assert.equal(nameIn('NATO spoke with the minister on Friday.'), undefined)
    // Any body speaks with people: a bare acronym is an outlet there only when it is a known one ("CNN spoke with").
    assert.equal(nameIn('The NTSB spoke with the pilots on Friday.'), undefined)
    assert.equal(nameIn('The FAA talked to both crews.'), undefined)
    // Without the gazetteer check, "UN" would pass as an acronym outlet: the check is what stops it.
    assert.equal(nameIn('The UN has learned that the convoy was hit.', nothingKnown), 'UN')
  })

  test('the first outlet to speak of itself wins', () => {
    assert.equal(nameIn('CNN spoke with the mayor. Later, WION spoke with her aides.'), 'CNN')
  })

  test('no cue, no outlet', () => {
    assert.equal(nameIn('Engineers closed the old river bridge on Tuesday.'), undefined)
    assert.equal(nameIn(''), undefined)
  })
})
