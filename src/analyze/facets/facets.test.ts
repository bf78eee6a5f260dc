/** @module analyze/facets/facets.test — when, where, casualties, victims, characterisation, arrest and responses, with their voice. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { AnalyzedArticle, FacetValue } from '../../model/schema.js'
import { analyzeText } from '../pipeline.js'
import { facetsStage, modalityOfCue } from './facets.js'
import { parseCount } from './count.js'

/** One-line `facet value «span» voice polarity` strings; the voice is the speaker's name or `outlet`. */
function lines(a: AnalyzedArticle, facets: readonly string[] = []): string[] {
  const text = a.article.text
  const name = (id: string): string => a.actors.find((x) => x.id === id)?.name ?? id
  return a.facets
    .filter((f) => facets.length === 0 || facets.includes(f.facet))
    .map((f) => `${f.facet} ${f.value} «${text.slice(f.span.start, f.span.end)}» ${f.voice === 'outlet' ? 'outlet' : name(f.voice)} ${f.polarity}`)
}

const facetsOf = (text: string, published?: string): AnalyzedArticle => {
  const a = analyzeText(text, published)
  assert.deepEqual(a.failures, [])
  return a
}

/** The one value of `facet`, failing when there is not exactly one. */
function only(a: AnalyzedArticle, facet: FacetValue['facet']): FacetValue {
  const found = a.facets.filter((f) => f.facet === facet)
  assert.equal(found.length, 1, `expected one ${facet}, got ${found.length}`)
  return found[0]!
}

describe('facets: casualties and victims', () => {
  test('a disaster\'s sentence is an event\'s: its date is the event\'s "when"', () => {
    const a = facetsOf("The death toll from Wednesday's earthquake has risen to 127.", '2026-07-10')
    assert.deepEqual(lines(a, ['when']).map((l) => l.split(' ')[1]), ['2026-07-08'])
  })

  test('a clash named as a firefight dates it, and so does the crossing that set it off ("crossed … on Sunday, triggering a firefight")', () => {
    const when = (text: string): string[] => lines(facetsOf(text, '2026-07-10'), ['when']).map((l) => l.split(' ')[1]!)
    assert.deepEqual(when('Two police officers died in a firefight with smugglers on Wednesday.'), ['2026-07-08'])
    assert.deepEqual(when('Lorian said on Thursday that rebel fighters crossed into its territory near the river on Wednesday, sparking a firefight that left two guards dead.'), ['2026-07-08'])
    assert.deepEqual(when('Rebels crossed the river on Wednesday, sparking deadly clashes.'), ['2026-07-08'])
    // A crossing that set nothing off is another act: its date is not the event's.
    assert.deepEqual(when('A gun battle broke out at the post. The patrol had crossed into the valley near the river on Tuesday and found nothing.'), [])
  })

  test('numbers spelt out with a hyphen are whole: "Twenty-three … and forty-five injured", never 3 and 5', () => {
    const a = facetsOf('Twenty-three people were killed and forty-five injured in the crash, officials said. One-off payments went to the families.')
    assert.deepEqual(lines(a, ['killed', 'injured']).map((l) => l.split(' «')[0]), ['killed 23', 'injured 45'])
  })

  test('one complete facet value, offsets included', () => {
    const text = 'The blast in the market left one dead.'
    assert.deepEqual(facetsOf(text).facets, [{
      facet: 'killed', value: '1', label: 'one dead', span: { start: 29, end: 37 }, sentence: { start: 0, end: 38 },
      voice: 'outlet', modality: 'asserted', polarity: 'positive',
    }])
  })

  test('counts in words and digits, with the victims\' role', () => {
    const a = facetsOf('Gunmen attacked a checkpoint in Kabul, killing three police officers and injuring 12 others.')
    assert.deepEqual(lines(a, ['killed', 'injured', 'victim']), [
      'killed 3 «killing three police officers» outlet positive',
      'victim police officer «killing three police officers» outlet positive',
      'injured 12 «injuring 12 others» outlet positive',
    ])
  })

  test('one person described by age or kind is a toll of one', () => {
    assert.equal(only(facetsOf('A 24-year-old man was killed in the crash.'), 'killed').value, '1')
    assert.equal(only(facetsOf('A teenager was killed on the bridge on Monday.'), 'killed').value, '1')
  })

  test('coordinated counts of one class add up; two classes stay two tolls', () => {
    assert.deepEqual(lines(facetsOf('A 24-year-old man and two women were injured in the blast.'), ['injured']),
      ['injured 3 «A 24-year-old man and two women were injured» outlet positive'])
    assert.equal(only(facetsOf('The bomb killed two women and a man.'), 'killed').value, '3')
    assert.equal(only(facetsOf('Three soldiers and two militants died.'), 'killed').value, '2')
    // Another clause's object is no conjunct: three killed, two injured.
    assert.deepEqual(lines(facetsOf('The blast killed three soldiers, and two civilians were injured.'), ['killed', 'injured']).map((l) => l.split(' «')[0]), ['killed 3', 'injured 2'])
  })

  test('a conjunct after a toll joins it wherever the toll stands in its sentence', () => {
    assert.equal(only(facetsOf('Police in the northern city said two women were killed and a man arrested.'), 'killed').value, '2')
  })

  test('a killing threatened, vowed or tried is no toll', () => {
    for (const text of ['A man waved a rifle at the crowd, threatening to kill one of them.', 'The gang vowed to kill two officers.', 'He tried to kill three guards.']) {
      assert.deepEqual(lines(facetsOf(text), ['killed']), [], text)
    }
    assert.equal(only(facetsOf('Storms kill three in the north.'), 'killed').value, '3')
    // An infinitive that tells what happened is a toll.
    assert.equal(only(facetsOf('The gunman went on to kill five people before police shot him.'), 'killed').value, '5')
    assert.equal(only(facetsOf('The attacker used a truck to kill 86 people on the promenade.'), 'killed').value, '86')
    for (const text of ['He had enough ricin to kill 100 people.', 'The gunman failed to kill two guards.', 'He was going to kill five hostages.']) {
      assert.deepEqual(lines(facetsOf(text), ['killed']), [], text)
    }
  })

  test('the doer of an active casualty verb is no victim: "A man killed three people" is three dead', () => {
    assert.equal(only(facetsOf('A man killed three people in the attack.'), 'killed').value, '3')
  })

  test('a time after a casualty verb is no object of it: "Five soldiers wounded fifteen days ago" are five injured', () => {
    for (const time of ['fifteen days ago', '15 days ago', 'two weeks earlier', 'a day before', 'three times']) {
      assert.equal(only(facetsOf(`Five soldiers wounded ${time} were flown home.`), 'injured').value, '5', time)
    }
  })

  test('any count in words after an active casualty verb is its object: "A gunman killed twelve people" is twelve dead, not one', () => {
    for (const [words, value] of [['twelve', '12'], ['forty-two', '42'], ['two hundred', '200'], ['three dozen', '36'], ['several thousand', '3000-9999'], ['a few', '2-9']] as const) {
      assert.equal(only(facetsOf(`A gunman killed ${words} people at the market.`), 'killed').value, value, words)
    }
  })

  test('hundreds in words are whole counts: "Two hundred people were killed" is 200, never 2', () => {
    assert.equal(only(facetsOf('Two hundred and fifty people were killed in the quake.'), 'killed').value, '250')
    assert.equal(only(facetsOf('Twelve hundred people were killed in the quake.'), 'killed').value, '1200')
    assert.equal(only(facetsOf('Several hundred people were injured in the quake.'), 'injured').value, '300-999')
  })

  test('"at least" makes an open range', () => {
    const a = facetsOf('At least 3 soldiers were killed in the ambush.')
    assert.equal(only(a, 'killed').value, '3+')
  })

  test('a toll in another named event is skipped when the main place differs', () => {
    const a = facetsOf('A bomb attack in Berlin on Monday killed two people. Officials recalled the Paris attack, which claimed the lives of more than a dozen.')
    assert.deepEqual(lines(a, ['killed']), ['killed 2 «killed two people» outlet positive'])
  })

  test('a toll in a clause about a dated earlier event is not this event\'s; the main toll stays', () => {
    const text = 'A fire at a factory killed at least 17 workers on Monday, officials said. The 2013 collapse of a building nearby, which killed more than 1,100 people, led to reforms. ' +
      'A roof collapse in November killed 16 people; a fire last year killed nine. Since 2019, blazes have killed 40 workers. Three guards were injured in the fire on Monday. ' +
      'The fire on Monday, the worst since 2013, killed 17 workers. The plant where 17 people died on Monday was certified safe five months ago.'
    assert.deepEqual(lines(facetsOf(text, '2025-06-16'), ['killed', 'injured']), [
      'killed 17+ «killed at least 17 workers» officials positive',
      'injured 3 «Three guards were injured» outlet positive',
      'killed 17 «killed 17 workers» outlet positive',
      'killed 17 «17 people died» outlet positive',
    ])
  })

  test('the toll of an earlier event is not this one\'s', () => {
    const text = 'The families are still seeking justice 15 years after the attacks that killed nearly 3,000 people. A storm killed 49 people in 2015, the agency said.'
    assert.deepEqual(lines(facetsOf(text, '2016-09-29'), ['killed']), [])
    assert.deepEqual(lines(facetsOf('A storm killed 49 people in 2016.', '2016-09-29'), ['killed']), ['killed 49 «killed 49 people» outlet positive'])
    // The dateline's date is the filing's: it does not make the lead's past toll recent.
    assert.deepEqual(lines(facetsOf('MIAMI, Sept 29 (Reuters) - A storm killed 49 people in 2015, the agency said.', '2016-09-29'), ['killed']), [])
  })

  test('dead fish, birds and livestock are tolls of their own class, apart from people', () => {
    const a = facetsOf('More than 12,000 fish were killed. The spill killed 300 birds. Two people died.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'killed').map((f) => `${f.value} ${f.victims ?? '-'}`), ['12001+ fish', '300 bird', '2 -'])
  })

  test('a running total over a stretch of time holding the event ("this year", "each year") is a statistic, not the event\'s toll', () => {
    const text = 'Five people drowned when the boat sank. More than 1,200 people have died or gone missing in the central Mediterranean this year, '
      + 'the agency said. So far this year, 40 people have been killed in such attacks; about 3,000 die on the roads each year. At least 12 died in the past 24 hours.'
    assert.deepEqual(lines(facetsOf(text, '2026-07-02'), ['killed']), ['killed 5 «Five people drowned» outlet positive', 'killed 12+ «At least 12 died» outlet positive'])
  })

  test('the same wording counts when the named event is at the main place', () => {
    const a = facetsOf('A bomb attack in Paris killed two people on Monday. Officials recalled the Paris attack, which claimed the lives of more than a dozen.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'killed').map((f) => f.value), ['2', '13+'])
  })

  const VICTIMS: ReadonlyArray<readonly [string, string]> = [
    ['Two policemen were killed in the blast.', 'police officer'],
    ['Two security guards were killed in the blast.', 'security staff'],
    ['Three soldiers were killed in the ambush.', 'soldier'],
    ['Four diplomats were killed in the attack.', 'embassy staff'],
    ['Three children were killed in the blast.', 'children'],
    ['Two journalists were killed in the blast.', 'journalist'],
    ['Five civilians were killed in the blast.', 'civilian'],
    ['Two officers were killed in the clash.', 'officer'],
    ['Three dock workers were killed in the collapse.', 'worker'],
  ]
  for (const [text, victim] of VICTIMS) {
    test(`victim class: ${victim}`, () => {
      assert.equal(only(facetsOf(text), 'victim').value, victim)
    })
  }

  test('a toll names its victims\' group, except a total ("people")', () => {
    const a = facetsOf('Twelve soldiers were killed and 30 militants died in the clashes, which left 50 people dead.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'killed').map((f) => [f.value, f.victims]), [['12', 'soldier'], ['30', 'militant'], ['50', undefined]])
  })

  test('a nationality before the victims makes the group a side\'s', () => {
    const a = facetsOf('Three Armenian soldiers were killed, two Azerbaijani soldiers died and four soldiers were wounded.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'killed' || f.facet === 'injured').map((f) => f.victims), ['soldier, Armenia', 'soldier, Azerbaijan', 'soldier'])
  })

  test('a side named by its people, its possessive or an "of" country keys its toll; counts of the sentence without one take it', () => {
    const sides = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'killed' || f.facet === 'injured').map((f) => `${f.facet} ${f.value} ${f.victims ?? '-'}`)
    assert.deepEqual(sides('Uzbek officials said nine of their citizens had been killed.'), ['killed 9 Uzbekistan'])
    assert.deepEqual(sides('Tashkent has put its own losses at four dead.'), ['killed 4 Uzbekistan'])
    assert.deepEqual(sides('During the raid, 14 nationals of the Republic of Kazakhstan were killed and 20 were injured.'), ['killed 14 Kazakhstan', 'injured 20 Kazakhstan'])
    assert.deepEqual(sides('Armenia lost six soldiers, among them two officers killed by a drone, and 12 people were wounded.'),
      ['killed 6 soldier, Armenia', 'killed 2 officer', 'injured 12 Armenia'])
    assert.deepEqual(sides('Three Tajik children died in the shelling.'), ['killed 3 children, Tajikistan'])
  })

  test('a side named before its losses ("put Indian losses at 30 dead") keys the toll, known country or not', () => {
    const sides = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'killed').map((f) => `${f.value} ${f.victims ?? '-'}`)
    assert.deepEqual(sides('The Pakistani army put Indian losses at 30 dead.'), ['30 India'])
    assert.deepEqual(sides('The Dravonian army put Kelsani losses at 30 dead.'), ['30 Kelsani'])
    assert.deepEqual(sides('Twelve Kelsani soldiers were killed and three Dravonian soldiers died.'), ['12 soldier, Kelsani', '3 soldier, Dravonian'])
    // A people whose country the article names is keyed as that country, as a known one is.
    assert.deepEqual(sides('The Dravonian army put Kelsani losses at 30 dead. Kelsan\'s defence ministry gave no figure of its own.'), ['30 Kelsan'])
    // Two sides' soldiers are never summed into one toll.
    assert.deepEqual(sides('Two Indian soldiers and three Pakistani soldiers were killed.'), ['3 soldier, Pakistan'])
    // A place or a party is no people at war.
    assert.deepEqual(sides('Eleven Kesh villagers were killed. Three Republican officials were killed.'), ['11 -', '3 -'])
  })

  test('a victims value carries its side, so that two sides\' dead are two groups', () => {
    const victims = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'victim').map((f) => `${f.value} ${f.victims ?? '-'}`)
    assert.deepEqual(victims('Twelve Indian soldiers were killed and four Pakistani soldiers died. Two soldiers were killed.'), ['soldier India', 'soldier Pakistan', 'soldier -'])
  })

  test('"a third person has died" makes the toll three', () => {
    assert.deepEqual(lines(facetsOf('A fourth victim has died in hospital, officials said.'), ['killed']).map((l) => l.split(' «')[0]), ['killed 4'])
  })

  test('a toll of a past disaster named with a weekday ("Black Saturday") is no toll of this one', () => {
    assert.deepEqual(lines(facetsOf('The storm recalled the 1998 "Black Friday" floods in the north, which killed 60 people.', '2026-03-02'), ['killed']), [])
  })

  test('areas burnt are in hectares, acres converted or taken from the hectares in brackets; a correction\'s superseded figure is none', () => {
    const areas = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'area').map((f) => `${f.value} ${f.unit ?? ''}`)
    assert.deepEqual(areas('The blaze has scorched 10,000 acres of scrub. Another fire burnt 2,000 acres (810 hectares).'), ['4006-4088 hectares', '810 hectares'])
    assert.deepEqual(areas('Floods have inundated about 300 hectares. 500 hectares of forest were burnt.'), ['285-315 hectares', '500 hectares'])
    assert.deepEqual(areas('An earlier version of this story said the fire had burnt 9,000 hectares.'), [])
    assert.deepEqual(areas('The fire has burnt some 5,000 hectares. Floods covered roughly 2,000 hectares.'), ['4750-5250 hectares', '1900-2100 hectares'])
  })

  test('custodial sentences are in months; a bound of a rule is no sentence passed', () => {
    const terms = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'sentence').map((f) => `${f.value} «${f.label}»`)
    assert.deepEqual(terms('A builder was jailed for nine years on Monday. His nine-year sentence was criticised.'), ['108 «nine years»', '108 «nine-year sentence»'])
    assert.deepEqual(terms('She was sentenced to 18 months. He was sentenced to more than seven years, so he must serve two-thirds.'), ['18 «18 months»'])
    // "after" opening a clause is no time after the term: "sentenced to six years after jurors heard …".
    assert.deepEqual(terms('The mayor was sentenced to eight years after jurors heard evidence from two aides.'), ['96 «eight years»'])
  })

  test('a sentence in years and months, in years and a half, and one "given … in prison"', () => {
    const terms = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'sentence').map((f) => f.value)
    assert.deepEqual(terms('The driver was sentenced to five years and four months.'), ['64'])
    assert.deepEqual(terms('The driver was jailed for five and a half years.'), ['66'])
    assert.deepEqual(terms('The driver was given five years and four months in prison.'), ['64'])
    assert.deepEqual(terms('The driver was given six years in jail. The driver was jailed for six years.'), ['72', '72'])
    // A term given with no prison named may be a ban or a deadline: "given two years to repay".
    assert.deepEqual(terms('The council was given two years to repay the loan.'), [])
    // The same lengths hold for bans, read with the same words.
    assert.deepEqual(facetsOf('The sprinter was banned for two and a half years.').facets.filter((f) => f.facet === 'ban').map((f) => f.value), ['30'])
  })

  test('a verb with its object before the length gives the same ban or term as the noun: "banned the cyclist Mia Holt for three years" is "a three-year ban"', () => {
    const months = (text: string, facet: string): string[] => facetsOf(text).facets.filter((f) => f.facet === facet).map((f) => f.value)
    assert.deepEqual(months('The union has banned cyclist Mia Holt for three years. Holt received a three-year ban.', 'ban'), ['36', '36'])
    assert.deepEqual(months('The league suspended him for six months.', 'ban'), ['6'])
    assert.deepEqual(months('A judge jailed Tom Reyes for seven years. The court sentenced her to 20 months in prison. It jailed the man for nine years.', 'sentence'), ['84', '20', '108'])
    // Other objects of "suspended" are no one's ban: "suspended operations for two weeks".
    assert.deepEqual(months('The mine suspended operations for two weeks.', 'ban'), [])
  })

  test('the charges of a verdict are summed over its list, up to a subset; acquittals are counted apart', () => {
    const charges = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'charges').map((f) => `${f.unit} ${f.value}`)
    assert.deepEqual(charges('The driver was convicted by a jury of two counts of manslaughter and three offences of dangerous driving.'), ['convicted 5'])
    assert.deepEqual(charges('She was found guilty of all six charges, including two of fraud. She was acquitted of one further count.'), ['convicted 6', 'acquitted 1'])
  })

  test('a count over a figure goes on with the list of charges, an offence named before the counted ones is one, and an open total is "at least"', () => {
    const charges = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'charges').map((f) => `${f.value} «${f.label}»`)
    assert.deepEqual(charges('The firm was convicted of manslaughter, fraud and 30 breaches of safety rules.'), ['32 «32 charges: manslaughter, fraud and 30 breaches»'])
    assert.deepEqual(charges('He was convicted of manslaughter, fraud and over 30 breaches of safety rules.'), ['33+ «at least 33 charges: manslaughter, fraud and over 30 breaches»'])
    assert.deepEqual(charges('He was convicted over the deaths of two counts of manslaughter.'), [])
    assert.deepEqual(charges('The company admitted a data breach, and two counts of fraud.'), [])
  })

  test('people missing and homes destroyed are counted', () => {
    const counts = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'missing' || f.facet === 'destroyed').map((f) => `${f.facet} ${f.value} ${f.unit ?? ''}`)
    assert.deepEqual(counts('Five people died and six others are unaccounted for. Two hikers were still missing on Tuesday.'), ['missing 6 people', 'missing 2 hiker'])
    assert.deepEqual(facetsOf('About 800 residents and tourists were forced to flee.').facets.filter((f) => f.facet === 'displaced').map((f) => `${f.value} ${f.unit ?? ''}`), ['760-840 people'])
    assert.deepEqual(counts('The flood destroyed at least 90 homes, and 140 houses were lost upstream. Another 300 homes were destroyed or damaged.'), ['destroyed 90+ households', 'destroyed 140 households'])
  })

  test('tolls in perfect tenses, "lost their lives", deaths, bodies and the death toll', () => {
    const counts = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'killed' || f.facet === 'injured').map((f) => `${f.facet} ${f.value}`)
    assert.deepEqual(counts('At least 280 people had died in the floods. At least 420 residents have died across the province.'), ['killed 280+', 'killed 420+'])
    assert.deepEqual(counts('In the quake, 231 citizens lost their lives and 1,512 were injured.'), ['killed 231', 'injured 1512'])
    assert.deepEqual(counts('The ministry confirmed 212 deaths. Rescuers recovered more than 300 bodies from the rubble.'), ['killed 212', 'killed 301+'])
    assert.deepEqual(counts('The death toll rose to 410 on Wednesday. The number of dead reached 50. The fire claimed 17 lives.'), ['killed 410', 'killed 50', 'killed 17'])
    // A toll "from" a longer phrase of the event, a possessive day in it.
    assert.deepEqual(counts("The death toll from Wednesday's earthquake in eastern Turkey has risen to 127."), ['killed 127'])
    assert.deepEqual(counts('The death toll from the earthquake in the western province of Karsa has risen to 85.'), ['killed 85'])
    assert.deepEqual(counts('The health ministry put the toll at 312 cases and 9 deaths on Monday.'), ['killed 9'], 'a toll of cases counts no dead')
    assert.deepEqual(counts('At least 18 civilians, including children, had been killed. 37 people were treated for injuries and five villagers were hurt.'), ['killed 18+', 'injured 37', 'injured 5'])
  })

  test('an age in a list of ages, or the whole a share is of, counts no one', () => {
    const counts = (text: string): string[] => facetsOf(text).facets.filter((f) => ['killed', 'injured', 'arrested'].includes(f.facet)).map((f) => `${f.facet} ${f.value}`)
    assert.deepEqual(counts('Three people aged 18, 19 and 24 were arrested. Officials said 40 per cent of the 500 residents were injured.'), [])
    assert.deepEqual(counts('Police arrested 12 people aged between 18 and 30. Two men, aged 18 and 19, were injured.'), ['arrested 12', 'injured 2'])
  })

  test('who puts the toll at a figure gives it, even when citing others', () => {
    const a = facetsOf('Local broadcaster Malatya Haber TV, citing hospital sources, put the death toll at 410.')
    assert.deepEqual(lines(a, ['killed']), ['killed 410 «death toll at 410» Malatya Haber TV positive'])
  })

  test('no toll from "a" after the toll, from words that name no victims, or from rumours', () => {
    const counts = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'killed').map((f) => f.value)
    assert.deepEqual(counts('The official toll was a political number. The toll was likely far higher.'), [])
    assert.deepEqual(counts('Rumours on social media about 50 or 60 deaths are baseless, the minister said.'), [])
    assert.deepEqual(counts('Of 12 in recent years died, he said.'), [])
  })

  test('a toll of one place or one family is marked as a part of the toll', () => {
    const parts = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'killed').map((f) => `${f.value} ${f.part ?? 'total'}`)
    assert.deepEqual(parts('The quake killed 231 people. In one building, 64 people died. A school where 12 people died had been inspected.'), ['231 total', '64 In one building', '12 A school where'])
    assert.deepEqual(parts('The quake killed 231 people. 64 people died in a single building.'), ['231 total', '64 in a single building'])
    assert.deepEqual(parts('Ayse Polat, whose brother and two nephews died in the block, wept. Of the 40 dead, 12 children were killed.'), ['2 whose brother and', '40 total', '12 Of the 40 dead'])
    // The site of the event itself is no part of it.
    assert.deepEqual(parts('The factory where 17 people died was certified safe.'), ['17 total'])
    assert.deepEqual(parts('A man opened fire at the gate of the embassy in Oslo on Monday, killing two people.'), ['2 total'])
    assert.deepEqual(parts('Jets carried out a strike in which 27 civilians were killed. It was a fire where 17 people died.'), ['27 total', '17 total'])
  })

  test('"people" names no class of victims', () => {
    const a = facetsOf('The quake killed 212 people. At least 18 civilians were killed.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'victim').map((f) => f.value), ['civilian'])
  })

  test('"others" gives a count but no victim class', () => {
    const a = facetsOf('The gunman attacked the gate, killing two others and wounding a guard.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'victim'), [])
  })
})

describe('facets: when', () => {
  test('a date used as the name of another event is no "when"', () => {
    const a = facetsOf('The attack on Wednesday came years after the Sept. 11 attacks and after 9/11 victims sued.', '2016-09-29')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'when').map((f) => f.value), ['2016-09-28'])
  })

  test('a depot destroyed, shelling or strikes are events a date can place', () => {
    const when = (text: string): string[] => facetsOf(text, '2026-03-13').facets.filter((f) => f.facet === 'when').map((f) => f.value)
    assert.deepEqual(when('Forces destroyed an ammunition depot near the town on Thursday night after days of shelling, the ministry said.'), ['2026-03-12'])
    assert.deepEqual(when('Drone strikes hit the port on Wednesday.'), ['2026-03-11'])
  })

  test('"9/11" names the 2001 attacks even after "on"', () => {
    const a = facetsOf('The attack on Wednesday recalled the attacks, which 15 Saudi hijackers carried out on 9/11.', '2016-09-29')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'when').map((f) => f.value), ['2016-09-28'])
  })

  test('a weekday is placed against the published date', () => {
    const a = facetsOf('Gunmen attacked the consulate on Friday.', '2023-02-18')
    const when = only(a, 'when')
    assert.deepEqual([when.value, when.label, a.article.text.slice(when.span.start, when.span.end)], ['2023-02-17', '17 February 2023', 'on Friday'])
  })

  test('a month and day take the published year', () => {
    assert.equal(only(facetsOf('The attack on the consulate happened on January 27.', '2023-02-18'), 'when').value, '2023-01-27')
  })

  test('without a published date, a month and day keep an unknown year', () => {
    const when = only(facetsOf('The attack on the consulate happened on January 27.'), 'when')
    assert.deepEqual([when.value, when.label], ['????-01-27', '27 January'])
  })

  test('without a published date, a weekday cannot be placed', () => {
    assert.deepEqual(facetsOf('The attack on the consulate happened on Friday.').facets.filter((f) => f.facet === 'when'), [])
  })

  test('a full date keeps its own year', () => {
    assert.equal(only(facetsOf('The embassy was attacked on February 10, 2022.', '2023-02-18'), 'when').value, '2022-02-10')
  })

  test('a past act on a day with no year after publication happened the year before', () => {
    assert.deepEqual(facetsOf('The attack happened on March 3.', '2023-02-18').facets.filter((f) => f.facet === 'when').map((f) => f.value), ['2022-03-03'])
  })

  test('a date after publication is not when the event happened', () => {
    assert.deepEqual(facetsOf('The attack on the embassy is to be marked on March 3.', '2023-02-18').facets.filter((f) => f.facet === 'when'), [])
  })

  test('dates only count in sentences about the event', () => {
    assert.deepEqual(facetsOf('The minister will travel on January 27.', '2023-02-18').facets, [])
  })

  test('the date of a statement is not the date of the event', () => {
    const a = facetsOf('A fire tore through a factory late on Monday, killing at least 17 workers, fire officials said on Tuesday.', '2025-03-04')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'when').map((f) => f.value), ['2025-03-03'])
  })

  test('the dateline dates the filing, not the event', () => {
    const a = facetsOf('DUNMORE, Ohio, June 18 (AN) - A man was shot by an officer on June 13.', '2026-06-18')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'when').map((f) => f.value), ['2026-06-13'])
  })

  test('a date of another act is not the event\'s; "last weekend" is Saturday to Sunday', () => {
    const a = facetsOf('Police on Thursday released footage of the fatal shooting of a man last weekend. His lawyer said the family had viewed the footage on Wednesday and that it showed he was shot in the back.', '2026-06-18')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'when').map((f) => f.value), ['2026-06-13..2026-06-14'])
  })

  test('a verb said of the event dates it: "the attack began on Monday"', () => {
    const a = facetsOf('The attack began on Monday, when gunmen stormed the hotel.', '2025-03-04')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'when').map((f) => f.value), ['2025-03-03'])
  })

  test('an act a rejection turns away is the outlet\'s to describe, not the rejecter\'s words', () => {
    const a = facetsOf('The board of Nordvik rejected an $8.2 billion takeover offer from Halden Group on Tuesday.')
    assert.deepEqual(lines(a, ['deal']), ['deal 8150000000-8250000000 «$8.2 billion takeover» outlet positive'])
    assert.equal(only(a, 'deal').modality, 'asserted')
    const b = facetsOf('Nordvik rejected claims that the offer was worth $8.2 billion.')
    assert.equal(only(b, 'deal').modality, 'denied', 'a proposition rejected is still denied')
  })

  test('a spill, a sinking, a blaze and a collapse are events a date in their sentence dates', () => {
    const when = (text: string): string[] => facetsOf(text, '2026-07-03').facets.filter((f) => f.facet === 'when').map((f) => f.value)
    assert.deepEqual(when('The plant leaked 40,000 litres of chemicals into the river on Tuesday.'), ['2026-06-30'])
    assert.deepEqual(when('The boat capsized early on Wednesday off Lampedusa.'), ['2026-07-01'])
    assert.deepEqual(when('The fire started on Monday afternoon near the ridge.'), ['2026-06-29'])
    assert.deepEqual(when('The minister spoke on Monday.'), [])
  })

  test('a date in attributed words takes the speaker\'s voice', () => {
    const a = facetsOf('The attack took place on Friday morning, police said.', '2023-02-18')
    assert.deepEqual(lines(a, ['when']), ['when 2023-02-17 «on Friday morning» police positive'])
    assert.equal(only(a, 'when').modality, 'reported')
  })
})

describe('facets: where', () => {
  test('a capital the event happened in, with its country code', () => {
    const a = facetsOf('Gunmen attacked a checkpoint in Kabul on Monday.')
    assert.deepEqual(lines(a, ['where']), ['where AFG/Kabul «Kabul» outlet positive'])
  })

  test('a dateline is where the story was filed, a speaker\'s seat is where they speak: neither is the event\'s place', () => {
    const places = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'where').map((f) => f.label)
    assert.deepEqual(places('ISLAMABAD (AP) — Jets struck targets in Paktika on Thursday, killing 27 people.'), ['Paktika'])
    assert.deepEqual(places('RAWALPINDI: Jets carried out a strike in Paktika on Thursday.'), ['Paktika'])
    assert.deepEqual(places('The government in Kabul said the strike hit a market in Paktika.'), ['Paktika'])
    // An embassy in a city is a site, not a seat.
    assert.deepEqual(places('A gunman attacked the embassy in Tehran on Friday.'), ['Tehran'])
  })

  test('where a speaker was when speaking, after the cue and outside the words reported, is not the event\'s place', () => {
    const places = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'where').map((f) => f.label)
    assert.deepEqual(places('"A bomb exploded in Paktika on Monday, killing 12," the minister said in a statement issued during a visit to Kabul.'), ['Paktika'])
    // The same place inside the words reported is where it happened.
    assert.deepEqual(places('"A bomb exploded in Kabul on Monday, killing 12," the minister said.'), ['Kabul'])
  })
})

describe('facets: characterisation and motive', () => {
  test('terrorism, in the voice of who called it so', () => {
    const a = facetsOf('Police called the attack terrorism.')
    assert.deepEqual(lines(a, ['characterisation']), ['characterisation terrorism «terrorism» police positive'])
  })

  test('a negated characterisation is not-terrorism with negative polarity', () => {
    const a = facetsOf('Prime Minister Karl Lind said the attack is not terrorism.')
    const c = only(a, 'characterisation')
    assert.deepEqual([c.value, c.label, c.polarity], ['not-terrorism', 'not terrorism', 'negative'])
    assert.equal(a.actors.find((x) => x.id === c.voice)?.name, 'Karl Lind')
  })

  test('a label withheld is no label given: "too early to call it", "stopped short of calling it"', () => {
    assert.equal(only(facetsOf('Opposition leader Sarah Finch said it was far too early to call it terrorism.'), 'characterisation').value, 'not-terrorism')
    assert.equal(only(facetsOf('The police stopped short of calling the attack terrorism.'), 'characterisation').value, 'not-terrorism')
    // Refusing something else near the label withholds nothing.
    assert.equal(only(facetsOf('The police refused to comment, calling it terrorism.'), 'characterisation').value, 'terrorism')
    assert.equal(only(facetsOf("I'm not going to dignify the terrorists by posting the video of the attack."), 'characterisation').value, 'terrorism')
    // The abstract noun said of no act names a kind of act, not this one.
    assert.deepEqual(facetsOf('The senator vowed to defeat radical terrorism and the war on terror.').facets.filter((f) => f.facet === 'characterisation'), [])
    assert.equal(only(facetsOf('The terror massacre at a packed nightclub shook the city.'), 'characterisation').value, 'terrorism')
    assert.equal(only(facetsOf('He condemned the act of hatred and terror perpetrated on Sunday.'), 'characterisation').value, 'terrorism')
  })

  test('the characterisation a story is fought over: a vote, the police\'s force, the protests, each in its voice', () => {
    const a = facetsOf('Opposition leader Mirela Ostrova said the election was rigged. Commission chairman Tomas Brill said the count had been "transparent and final."')
    assert.deepEqual(lines(a, ['characterisation']), [
      'characterisation rigged «rigged» Mirela Ostrova positive',
      'characterisation fair «transparent» Tomas Brill positive',
    ])
    assert.equal(only(facetsOf('Rights groups said police used excessive force.'), 'characterisation').value, 'excessive force')
    assert.equal(only(facetsOf('The minister said the officers had acted with restraint.'), 'characterisation').value, 'proportionate force')
    assert.equal(only(facetsOf('The brutal crackdown drew condemnation abroad.'), 'characterisation').value, 'excessive force')
    assert.equal(only(facetsOf('Witnesses said the protesters were peaceful.'), 'characterisation').value, 'peaceful')
    assert.equal(only(facetsOf('Violent rioters set fire to a bank, the ministry said.'), 'characterisation').value, 'violent')
  })

  test('a negated pole is the other pole: "was not rigged" is fair', () => {
    const c = only(facetsOf('The electoral board said the vote was not rigged.'), 'characterisation')
    assert.deepEqual([c.value, c.label, c.polarity], ['fair', 'not rigged', 'negative'])
    assert.equal(only(facetsOf('Officials insisted the rally had not been violent.'), 'characterisation').value, 'peaceful')
  })

  test('no characterisation without its target in the clause: "a fair question", weather, a demand', () => {
    const none = (text: string): void => assert.deepEqual(lines(facetsOf(text), ['characterisation']), [], text)
    none('It is a fair question whether the election will change anything.')
    none('Violent storms forced organisers to cancel the rally.')
    none('The mayor urged a peaceful weekend; the protest is planned for Sunday.')
    none('The board called for a free and fair vote next year.')
    none('As a result, the restaurant was peaceful again.')
    // What someone else says of something else, a vote yet to come, a charge's count, a crime's name.
    none('The senator has climbed in the polls by arguing that the economy is rigged against workers.')
    none('The candidate warned that the election is going to be rigged.')
    none('Monitors were sent to the capital to ensure a free and fair vote.')
    none('The former mayor admitted one felony fraud count on Monday.')
    none('The governor spoke for an hour about voter fraud during the campaign.')
  })

  test('a personal motive', () => {
    const a = facetsOf('The gunman acted for personal reasons, police said.')
    assert.deepEqual(lines(a, ['motive']), ['motive personal «personal reasons» police positive'])
  })

  test('an organised act', () => {
    assert.equal(only(facetsOf('Officials said it was an organised act of terror.'), 'motive').value, 'organised')
  })
})

describe('facets: perpetrator and arrest', () => {
  test('a quick arrest', () => {
    const a = facetsOf('The attacker was quickly arrested.')
    const arrest = only(a, 'arrest')
    assert.deepEqual([arrest.value, arrest.label, arrest.polarity], ['quick', 'quickly arrested', 'positive'])
    assert.equal(only(a, 'perpetrator').value, 'one')
  })

  test('a capture or detention by an armed group is a kidnapping, no arrest', () => {
    const arrests = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'arrest').map((f) => f.value)
    assert.deepEqual(arrests('The aid worker, 41, was captured in the port city two years ago by an armed group.'), [])
    assert.deepEqual(arrests('Two engineers were detained by militants near the dam.'), [])
    assert.deepEqual(arrests('The suspect was captured by police near the dam.'), ['arrested'])
    assert.deepEqual(arrests('Police arrested two men on Monday suspected of aiding a raid claimed by the rebel group.'), ['arrested'])
    assert.deepEqual(arrests('The reporter was detained on Friday by gunmen. A nurse was captured last week by rebels.').length, 0)
  })

  test('a delayed arrest, from a negated arrest and a stretch of time', () => {
    const arrest = only(facetsOf('The gunman was not arrested for 40 minutes.'), 'arrest')
    assert.deepEqual([arrest.value, arrest.polarity], ['delayed', 'negative'])
  })

  test('a plain arrest', () => {
    assert.equal(only(facetsOf('The attacker fled and was arrested three days later.'), 'arrest').value, 'arrested')
  })

  test('capturing a scene on video is no arrest', () => {
    const arrests = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'arrest').map((f) => f.value)
    assert.deepEqual(arrests('A bystander captured the exchange on video and posted it online.'), [])
    assert.deepEqual(arrests('Her phone captured the moment the bridge fell.'), [])
    assert.deepEqual(arrests('Soldiers captured the gunman on Tuesday.'), ['arrested'])
    assert.deepEqual(arrests('The attack was captured on video.'), [])
    assert.deepEqual(arrests('Police captured the man seen on video stabbing a guard.'), ['arrested'])
    assert.deepEqual(arrests('A bystander captured the fleeing gunman on video.'), [])
  })

  test('no arrest, and a threat of arrest is none', () => {
    const none = only(facetsOf('Police said there had been no arrests after the strike.'), 'arrest')
    assert.deepEqual([none.value, none.polarity], ['none', 'negative'])
    assert.deepEqual(facetsOf('Truckers were threatened with arrest if they crossed the line.').facets.filter((f) => f.facet === 'arrest'), [])
  })

  test('a demanded arrest carries its modality', () => {
    const texts = ['Workers gathered at the gate demanding compensation and the arrest of those responsible.', 'It needs the arrest of the owner.', 'The union called for the arrest of the manager.']
    for (const text of texts) assert.equal(only(facetsOf(text), 'arrest').modality, 'demanded', text)
    assert.equal(only(facetsOf('Police said they had detained the manager.'), 'arrest').modality, 'reported')
  })

  test('several perpetrators', () => {
    assert.equal(only(facetsOf('Three gunmen stormed the embassy at dawn.'), 'perpetrator').value, 'several')
  })
})

describe('facets: counts other than tolls, and money amounts', () => {
  /** `facet value unit «span»` strings of the facets named. */
  const counts = (text: string, facets: readonly string[]): string[] => {
    const a = facetsOf(text)
    return a.facets.filter((f) => facets.includes(f.facet)).map((f) => `${f.facet} ${f.value} ${f.unit ?? '-'} «${a.article.text.slice(f.span.start, f.span.end)}»`)
  }

  test('people treated by medics: a hospital\'s count of patients, active or passive; injuries treated stay the injured', () => {
    assert.deepEqual(counts('Doctors said the clinic had treated 450 patients for heat exhaustion since Monday. About 300 people were treated in hospital for smoke inhalation.', ['treated', 'injured']), [
      'treated 450 people «treated 450 patients»', 'treated 285-315 people «About 300 people were treated»',
    ])
    assert.deepEqual(counts('Twelve people were treated for minor injuries. The doctor treated her for shock.', ['treated', 'injured']).map((l) => l.split(' «')[0]), ['injured 12 -'])
    assert.deepEqual(counts('The hotel treated 500 people to dinner. Forty protesters were treated as suspects.', ['treated']), [])
  })

  test('people affected: the noun is kept as a unit, records apart from customers and accounts', () => {
    assert.deepEqual(counts('Hackers stole the data of 2 million users, the firm said. Around 500,000 accounts were affected. The file contained 10 million records.', ['affected']), [
      'affected 1500000-2500000 people «stole the data of 2 million users»',
      'affected 475000-525000 people «Around 500,000 accounts were affected»',
      'affected 9500000-10500000 records «contained 10 million records»',
    ])
  })

  test('a quoted count and a count after its noun: "the number of affected accounts was "about 1.2 million""', () => {
    assert.deepEqual(counts('The shop said the number of affected accounts was "about 1.2 million". It said "around 1.2 million" customers had been affected.', ['affected']).map((l) => l.split(' «')[0]), [
      'affected 1140000-1260000 people', 'affected 1140000-1260000 people',
    ])
  })

  test('a breach\'s count is this story\'s even when the breach was last year', () => {
    assert.equal(counts('The regulator said last year\'s breach had affected 3.4 million customers.', ['affected']).length, 1)
  })

  test('displaced people and homes without power, one count each', () => {
    assert.deepEqual(counts('The floods forced 20,000 people to flee. Around 3,000 families were made homeless. Storms left 40,000 homes without power.', ['displaced', 'outage']), [
      'displaced 20000 people «forced 20,000 people to flee»',
      'displaced 2850-3150 households «Around 3,000 families were made homeless»',
      'outage 40000 households «left 40,000 homes without power»',
    ])
  })

  test('people ordered to leave are displaced, as are people "now evacuated"', () => {
    assert.deepEqual(counts('About 3,000 residents were ordered to leave on Sunday. By Monday 4,000 people had now been evacuated.', ['displaced']).map((l) => l.split(' «')[0]), [
      'displaced 2850-3150 people', 'displaced 4000 people',
    ])
    assert.deepEqual(counts('Two journalists were ordered to leave the country. Five staff were told to leave the meeting.', ['displaced']), [])
  })

  test('jobs cut "close to" a figure', () => {
    assert.deepEqual(counts('The airline will eliminate close to 3,000 jobs.', ['jobs']).map((l) => l.split(' «')[0]), [`jobs ${parseCount('nearly 3,000')?.value} -`])
  })

  test('jobs cut, in its several wordings; "affected" or "lost" with no noun counts nothing', () => {
    assert.deepEqual(counts('The carmaker will cut 1,200 jobs. It laid off 300 workers in March and announced 500 layoffs. Storms affected 3 million. It lost 5 games.', ['jobs', 'affected']).map((l) => l.split(' «')[0]), [
      'jobs 1200 -', 'jobs 300 -', 'jobs 500 -',
    ])
  })

  test('arrest counts; warrants and a mere "a suspect" are no count, and a warrant is no arrest', () => {
    assert.deepEqual(counts('Police arrested 19 people after the riot. Fourteen protesters were detained. Police arrested a suspect. A court issued 12 arrest warrants. Police vowed to arrest hundreds.', ['arrested']).map((l) => l.split(' «')[0]), [
      'arrested 19 -', 'arrested 14 -',
    ])
    assert.equal(counts('Two men, aged 18 and 19, have been arrested on suspicion of murder.', ['arrested'])[0]?.split(' «')[0], 'arrested 2 -', 'an age between the count and its verb')
    assert.deepEqual(facetsOf('She added that arrest warrants had been issued for 19 contractors.').facets.filter((f) => f.facet === 'arrest'), [])
  })

  test('fines with their currency; damages are compensation; an amount "each" is no total', () => {
    assert.deepEqual(counts('The regulator fined the bank €2.5 million. It was the first firm handed a fine of almost 50 million złoty. Regulators imposed a £1.2m penalty. '
      + 'The firm was ordered to pay $5 million in damages. A group is seeking 1,000 zlotys each in compensation.', ['fine', 'compensation']), [
      'fine 2450000-2550000 EUR «fined the bank €2.5 million»',
      'fine 47025000-53025000 PLN «fine of almost 50 million złoty»',
      'fine 1150000-1250000 GBP «£1.2m penalty»',
      'compensation 4500000-5500000 USD «$5 million in damages»',
    ])
    assert.equal(only(facetsOf('The victims are seeking €1 million in compensation.'), 'compensation').modality, 'demanded', 'an amount sought is not one paid')
  })
  test('turnout and crowds, in figures and in vague plurals; a percentage, a year or a staff drawn is no crowd', () => {
    assert.deepEqual(counts('Police put the turnout at 18,000. Organisers said more than 70,000 people took part. Tens of thousands of people marched. '
      + 'The rally drew 40,000 supporters. She spoke to a crowd of about 1,000.', ['turnout']).map((l) => l.split(' «')[0]), [
      'turnout 18000 people', 'turnout 70001+ people', 'turnout 20000-99999 people', 'turnout 40000 people', 'turnout 950-1050 people',
    ])
    assert.deepEqual(counts('Voter turnout was 62%. It had a turnout of 49.4 percent. Marchers recalled the 1963 March on Washington. '
      + 'The agency was drawing several staff members from Google. He pointed to a man in the crowd at one of his rallies.', ['turnout']), [])
  })

  test('jobs put at risk, thrown into doubt or threatened are a projection; jobs cut are not', () => {
    const jobs = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'jobs').map((f) => `${f.value} ${f.modality}`)
    assert.deepEqual(jobs('The ruling puts 3,000 jobs at risk.'), ['3000 predicted'])
    assert.deepEqual(jobs('The ruling has thrown 3,000 jobs into doubt.'), ['3000 predicted'])
    assert.deepEqual(jobs('The closure threatens 800 jobs, and 200 jobs are now under threat.'), ['800 predicted', '200 predicted'])
    assert.deepEqual(jobs('The carmaker will cut 1,200 jobs.'), ['1200 asserted'])
  })

  test('jobs "will go", "wipe out", and a figure restated ("put the figure closer to 3,000"); one plant\'s jobs are a part, no rival total', () => {
    const a = facetsOf('The companies say about 2,400 positions will go. Union officials have put the figure closer to 3,000, counting contractors, and one local newspaper has reported that Dayton alone could lose 900 jobs.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'jobs').map((f) => `${f.value} ${f.modality} ${f.part ?? '-'} ${a.actors.find((x) => x.id === f.voice)?.name ?? f.voice}`),
      ['2280-2520 reported - companies', '3000 reported - Union', '900 reported Dayton alone one local newspaper'])
    assert.deepEqual(counts('The deal will wipe out up to 3,000 jobs.', ['jobs']).map((l) => l.split(' «')[0]), ['jobs 2400-3000 -'])
  })

  test('a figure rejected by reference ("called the figure fabricated propaganda", "disputed the toll") is the rejecting voice\'s denial of it', () => {
    const rejected = (text: string): string[] => {
      const a = facetsOf(text)
      return a.facets.filter((f) => f.facet === 'killed').map((f) => `${f.value} ${f.modality} ${f.victims ?? '-'} ${a.actors.find((x) => x.id === f.voice)?.name ?? f.voice}`)
    }
    assert.deepEqual(rejected('Armenian officials said 14 civilians were killed, but Defence Minister Anar Huseynov called the figure "fabricated propaganda."'),
      ['14 reported civilian Armenia officials', 'rejected denied civilian Anar Huseynov'])
    assert.deepEqual(rejected('Officials said 14 people were killed. The army disputed the toll on Friday.'), ['14 reported - officials', 'rejected denied - army'])
    // A figure called something else, or a rejection of no figure, is none.
    assert.deepEqual(rejected('Officials said 14 people were killed. The army called the figure "a tragedy" and rejected the claims.'), ['14 reported - officials'])
  })

  test('bans and detentions in months: "banned for four years", "a FOUR-YEAR ban", "in effect out for three years and seven months", "held for 19 months"', () => {
    assert.deepEqual(counts('The 26-year-old was banned from athletics for four years. She was slapped with a FOUR-YEAR ban. The ban means she is in effect out for three years and seven months. '
      + 'The striker is out for six weeks. Belic had been held in Durovia for 19 months. He was detained for 18 months.', ['ban', 'detention']).map((l) => l.split(' «')[0]), [
      'ban 48 months', 'ban 48 months', 'ban 43 months', 'detention 19 months', 'detention 18 months',
    ])
    assert.deepEqual(facetsOf('Belic was arrested in Stara in April last year and held for 18 months before being convicted.', '2026-11-03').facets.filter((f) => f.facet === 'detention').map((f) => f.value), ['18'], 'a detention runs from a past date')
  })

  test('people freed, told apart by their nationality, known to the gazetteer or not', () => {
    assert.deepEqual(counts('The two countries exchanged prisoners on Sunday, freeing three Talmerian citizens in return for five Durovians held in Talmeria. '
      + 'State media said seven Durovian prisoners had been freed. Two Americans were released. The band released 12 albums. He was one of three Talmerians freed.', ['released']).map((l) => l.split(' «')[0]), [
      // "Talmeria" named beside "Talmerian citizens" is a country the article introduces, named as a known one is.
      'released 3 Talmeria', 'released 5 Durovian', 'released 7 Durovian', 'released 2 United States', 'released 3 Talmeria',
    ])
  })

  test('people freed of no nationality named are told apart as hostages or prisoners: a swap frees both', () => {
    assert.deepEqual(counts('Twelve hostages were released on Friday. In exchange, the government released 40 detainees. Critics said it freed 75 jailed militants.', ['released']).map((l) => l.split(' «')[0]), [
      'released 12 hostages', 'released 40 prisoners', 'released 75 prisoners',
    ])
  })

  test('a deal\'s value and a payout, each its own amount; a price per share is neither', () => {
    assert.deepEqual(counts('Cardell agreed to buy Brightwater Foods for $6.8 billion in cash, paying $54 per share. Rivals had called it a $7 billion deal. '
      + 'Its boss stands to receive a payout of about $31 million. He will walk away with a golden parachute of $34 million.', ['deal', 'payout', 'cost']).map((l) => l.split(' «')[0]), [
      'deal 6750000000-6850000000 USD', 'deal 6500000000-7500000000 USD', 'payout 28975000-33075000 USD', 'payout 33500000-34500000 USD',
    ])
    assert.deepEqual(counts('Cardell will pay $54 per share, or $6.8 billion in cash. Rivals will pay $7 billion for Brightwater.', ['deal']).map((l) => l.split(' «')[0]), [
      'deal 6750000000-6850000000 USD', 'deal 6500000000-7500000000 USD',
    ])
  })

  test('a takeover bid or offer is a deal\'s value, and so is a hostile raid; a raid alone is no deal', () => {
    assert.deepEqual(counts('The board rejected a $41 million bid from Halden. It rebuffed a hostile $7.9 billion raid by Halden Group. '
      + 'Police seized $2 million in a raid. Halden made a $41 per share offer.', ['deal']).map((l) => l.split(' «')[0]), ['deal 40500000-41500000 USD', 'deal 7850000000-7950000000 USD'])
  })

  test('a share of a named market is a level of its own', () => {
    const a = facetsOf('The combined share of the U.S. frozen pizza market, estimated at 38%, could draw scrutiny. Critics say it would control more than 40 percent of the frozen pizza market.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'indicator').map((f) => `${f.measure} ${f.value}`), ['market share (frozen pizza) 38', 'market share (frozen pizza) 40+'])
    assert.deepEqual(facetsOf('It would hold 38% of sales according to market research firm Circana.').facets.filter((f) => f.facet === 'indicator'), [], 'a market named by no words of its own')
  })

  test('a strike\'s turnout: members who joined picket lines or the strike, or walked out, all counted as people', () => {
    const turnout = (text: string): string[] => counts(text, ['turnout']).map((l) => l.split(' «')[0]!)
    assert.deepEqual(turnout('Some 52,000 teachers joined picket lines on Monday as the strike began.'), ['turnout 49400-54600 people'])
    assert.deepEqual(turnout('The union said 30,000 members joined the strike.'), ['turnout 30000 people'])
    assert.deepEqual(turnout('More than 8,000 bus drivers walked out on Friday in a strike over pay.'), ['turnout 8001+ people'])
    assert.deepEqual(turnout('Fewer than 9,000 teachers joined the strike, the ministry said.'), ['turnout <9000 people'])
    assert.deepEqual(turnout('In the strike, 6,000 teachers walked out of schools across the region.'), ['turnout 6000 people'])
    // Leaving a meeting is no strike's turnout.
    assert.deepEqual(turnout('During the strike talks, three delegates walked out of the meeting.'), [])
  })

  test('items cancelled or postponed are one count: "cancel more than 4,000 operations", "900 planned operations had to be postponed"', () => {
    const cancelled = (text: string): string[] => counts(text, ['cancelled']).map((l) => l.split(' «')[0]!)
    assert.deepEqual(cancelled('The walkout forced hospitals to cancel more than 4,000 operations.'), ['cancelled 4001+ operation'])
    assert.deepEqual(cancelled('Only 900 planned operations had to be postponed, the ministry said.'), ['cancelled 900 operation'])
    assert.deepEqual(cancelled('Airlines scrapped 240 flights and 1,500 appointments were called off.'), ['cancelled 240 flight', 'cancelled 1500 appointment'])
    // Delays are no cancellations, and a year is no count.
    assert.deepEqual(cancelled('Storms delayed 300 flights. The council cancelled 2024 budget plans.'), [])
  })

  test('a day next to a month\'s name is a date, never a count; a turnout needs a protest, a rally or a vote', () => {
    assert.deepEqual(counts('Her results from 12 March onwards, including the European indoor silver, are disqualified. Everything after March 12, including the title, is void.', ['turnout']), [])
    assert.deepEqual(counts('The protest on 3 June drew about 2,000 people, police said.', ['turnout']).map((l) => l.split(' «')[0]), ['turnout 1900-2100 people'])
    assert.deepEqual(counts('The museum drew 40,000 visitors last year.', ['turnout']), [], 'a museum\'s visitors are no turnout')
  })

  test('injured "in hospital": "leaving eleven officers in hospital", "two people were taken to hospital"', () => {
    assert.deepEqual(counts('Rioters hurled bottles, leaving eleven officers in hospital. Two people were taken to hospital.', ['injured']).map((l) => l.split(' «')[0]), [
      'injured 11 -', 'injured 2 -',
    ])
  })

  test('businesses closing: a projection is predicted, a closure done is not', () => {
    const closures = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'closures').map((f) => `${f.value} ${f.unit ?? '-'} ${f.modality}`)
    assert.deepEqual(closures('The association said 40,000 firms could close this year. Union leaders said 60,000 small firms were at risk of closing.'), [
      '40000 businesses predicted', '60000 businesses predicted',
    ])
    assert.deepEqual(closures('The chain closed 30 stores in March.'), ['30 store asserted'])
    assert.deepEqual(closures('It lost 5 games. Thirty minutes closed the meeting.'), [])
  })
})

describe('facets: levels of named indicators', () => {
  /** `measure value period modality «span»` strings of the indicator facets. */
  const levels = (text: string, published?: string): string[] => {
    const a = facetsOf(text, published)
    return a.facets.filter((f) => f.facet === 'indicator').map((f) => `${f.measure ?? '-'} ${f.value} ${f.period ?? '-'} ${f.modality} «${a.article.text.slice(f.span.start, f.span.end)}»`)
  }

  test('a level after its change ("by half a point to 7.25%"), a level in an aside, and a change that is the indicator', () => {
    assert.deepEqual(levels('The central bank raised its benchmark interest rate by half a percentage point to 7.25% on Wednesday. '
      + 'Inflation, now running at 6.4%, is too high. Consumer prices rose 6.1% in April from a year earlier. The economy shrank 0.3% in the second quarter.', '2026-05-07'), [
      'interest rate 7.25 2026-05 asserted «benchmark interest rate by half a percentage point to 7.25%»',
      'inflation 6.4 - asserted «Inflation, now running at 6.4%»',
      'inflation 6.1 2026-04 asserted «Consumer prices rose 6.1%»',
      'growth -0.3 2026-Q2 asserted «The economy shrank 0.3%»',
    ])
  })

  test('no level from a change alone, a target, a compound, a group or a change since a year; a forecast is predicted', () => {
    assert.deepEqual(levels('The bank raised rates by half a point. The inflation target of 3% stands. An interest rate cut of 0.25% came. '
      + 'Unemployment among the young is 30%. Consumer prices have risen 40% since 2019. A decline in turnout of about 40 percent worried them. '
      + 'Growth was 30% lower than expected. He would cut student loan interest rates to 2.37%.'), [])
    assert.deepEqual(levels('Economists say inflation is expected to reach 5%. Prices rose 0.4% from the previous month, as expected, and unemployment was 5%.').map((l) => l.split(' «')[0]), [
      'inflation 5 - predicted', 'unemployment 5 - asserted',
    ])
    assert.deepEqual(levels('Consumer prices rose 0.4% from the previous month.').map((l) => l.split(' «')[0]), ['month-on-month inflation 0.4 - asserted'])
  })

  test('the level a figure moved from, when its period is named; a quarter not yet begun is last year\'s, unless forecast', () => {
    assert.deepEqual(levels('The bank expects inflation to fall to 4 percent by the end of the year, down from 10.1 percent in January.', '2025-02-06').map((l) => l.split(' «')[0]), [
      'inflation 4 - predicted', 'inflation 10.1 2025-01 asserted',
    ])
    assert.deepEqual(levels('Unemployment rose to 5.2 percent, up from 4.9 percent.', '2025-02-06').map((l) => l.split(' «')[0]), ['unemployment 5.2 - asserted'], 'no period, no earlier level')
    assert.deepEqual(levels('Growth slowed to 1.1 percent in the fourth quarter, down from 2.3 percent in the third quarter. Growth is expected to pick up to 2 percent in the third quarter.', '2025-02-06').map((l) => l.split(' «')[0]), [
      'growth 1.1 2024-Q4 asserted', 'growth 2.3 2024-Q3 asserted', 'growth 2 2025-Q3 predicted',
    ])
  })

  test('a level of a named country, and a stretch of time that is no period', () => {
    const a = facetsOf('Germany\'s economy grew 0.2%. Its unemployment rate of 4.9% is its lowest in 33 years.', '2016-06-02')
    const [growth, unemployment] = a.facets.filter((f) => f.facet === 'indicator')
    assert.equal(a.actors.find((x) => x.id === growth?.actor)?.name, 'Germany')
    assert.equal(unemployment?.period, undefined)
  })
})

describe('facets: budgets changed', () => {
  const changes = (text: string): string[] => facetsOf(text, '2026-03-16').facets.filter((f) => f.facet === 'indicator').map((f) => `${f.measure} ${f.value} ${f.period ?? '-'} ${f.modality}`)

  test('a budget cut or raised by a percentage is a change of that budget, of its period; two budgets stay apart', () => {
    assert.deepEqual(changes('Critics blame the government for cutting the maintenance budget of the state grid operator by 30 percent in 2024.'), ['maintenance budget change -30 2024 reported'])
    assert.deepEqual(changes('The ministry raised its defence budget by 5% this year. The health budget was cut by 12 percent.'), ['defence budget change 5 2026 asserted', 'health budget change -12 - asserted'])
    assert.deepEqual(changes('The council will cut the budget by 10%.'), ['budget change -10 - predicted'])
  })
})

describe('facets: shares of the vote and of polls, and prices', () => {
  /** `measure [unit] holder value period modality «span»` strings of the indicator facets; the holder is the actor's name, else the name as written. */
  const levels = (text: string, published = '2026-03-16'): string[] => {
    const a = facetsOf(text, published)
    return a.facets.filter((f) => f.facet === 'indicator').map((f) => `${f.measure ?? '-'}${f.unit ? ` [${f.unit}]` : ''} ${a.actors.find((x) => x.id === f.actor)?.name ?? f.agent ?? '-'} ${f.value} ${f.period ?? '-'} ${f.modality} «${a.article.text.slice(f.span.start, f.span.end)}»`)
  }

  test('a party\'s share of the vote, after its possessor and in an article about a vote; a poll\'s support with its pollster', () => {
    assert.deepEqual(levels('The Social Democrats won 41.2% of the vote in Sunday\'s election.'), ['vote share Social Democrats 41.2 2026-03 asserted «The Social Democrats won 41.2%»'])
    assert.deepEqual(levels('The election count ended. Chancellor Olaf Scholz\'s Social Democratic Party took 41 percent.').map((l) => l.split(' «')[0]), ['vote share Social Democratic Party 41 - asserted'])
    assert.deepEqual(levels('Support for the National Rally stands at 38% in a poll by Ifop. Labour is on 41% in a YouGov poll.').map((l) => l.split(' «')[0]), [
      'poll support (Ifop) National Rally 38 - asserted', 'poll support (YouGov) Labour 41 - asserted',
    ])
    assert.deepEqual(levels('Biden\'s approval rating fell to 38% in a Gallup poll.').map((l) => l.split(' «')[0]), ['approval rating (Gallup) Biden 38 - asserted'])
    // "followed in the poll by" names a candidate, not the pollster.
    assert.deepEqual(levels('Bush leads the new poll. He is followed in the poll by Florida Sen. Marco Rubio with 18 percent.').map((l) => l.split(' «')[0]), ['poll support Marco Rubio 18 - asserted'])
  })

  test('a share won by the declared winner, by a candidate a relative clause names, and by a pronoun a mention resolves', () => {
    assert.deepEqual(levels('The electoral board declared Governor Ines Marlow the winner of Sunday\'s election with 52.3 percent.').map((l) => l.split(' «')[0]), ['vote share Ines Marlow 52.3 2026-03 asserted'])
    // The words "who the board said" are no attribution the attribution stage reads: the outlet's voice holds the share.
    assert.deepEqual(levels('Rival candidate Tomas Brekke, who the board said won 44.1 percent, conceded on Monday after the election.').map((l) => l.split(' «')[0]), ['vote share Tomas Brekke 44.1 - asserted'])
    assert.deepEqual(levels('Ines Marlow won the election with 52.3 percent. Officials confirmed she had won 52.3 percent of the vote.').map((l) => l.split(' «')[0]), [
      'vote share Ines Marlow 52.3 - asserted', 'vote share Ines Marlow 52.3 - reported',
    ])
  })

  test('no share of a market, of an indicator, of a pronoun or a day, nor outside an article about a vote', () => {
    assert.deepEqual(levels('Apple took 41 percent of the market after the vote. He won 41% of the vote. Saturday, with 40 percent of the vote, was calm.'), [])
    assert.deepEqual(levels('Turnout stood at 62% in the election.').map((l) => l.split(' «')[0]), ['turnout - 62 - asserted'])
    assert.deepEqual(levels('Apple took 41 percent.'), [])
  })

  test('prices of a named thing, with their currency, unit and country; no price of words that name none', () => {
    assert.deepEqual(levels('Petrol prices rose to 1.89 euros a litre in Germany last week. Brent crude was at $82 a barrel. The price of gold hit $2,400 an ounce.').map((l) => l.split(' «')[0]), [
      'price of petrol [EUR per litre] Germany 1.89 2026-03 asserted', 'price of Brent crude [USD per barrel] - 82 - asserted', 'price of gold [USD per ounce] - 2400 - asserted',
    ])
    assert.deepEqual(levels('The rise in petrol prices to 1.89 euros a litre hurt. The price of the house hit $1.2 million. Heating oil rose to $2.10 a gallon.'), [])
  })
})

describe('facets: responses', () => {
  test('a demand whose maker is named only as its report\'s source ("The union is demanding") is that party\'s, not unspecified', () => {
    const name = (a: AnalyzedArticle, id: string | undefined): string => (id ? a.actors.find((x) => x.id === id)?.name ?? id : 'unspecified')
    const union = facetsOf('The union is demanding a 12% wage increase.')
    assert.equal(name(union, only(union, 'response').actor), 'union')
    // What is demanded has no doer yet: the inquiry demanded stays with no actor, the demand is the senators'.
    const senators = facetsOf('Opposition senators demanded an inquiry.')
    const responses = senators.facets.filter((f) => f.facet === 'response').map((f) => `${f.value} ${name(senators, f.actor)} ${f.modality}`)
    assert.deepEqual(responses, ['demand opposition senators asserted', 'investigate unspecified demanded'])
  })

  test('an investigation that may come, or one that only places a source, is no response; time spent in custody is no arrest', () => {
    const a = facetsOf('The utility said it would co-operate fully with any investigation. A source close to the investigation said the line was old. It is unclear how long he will spend in custody.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'response' || f.facet === 'arrest').map((f) => f.value), [])
  })

  test('a role given in an apposition is no response', () => {
    const a = facetsOf('Chief Inspector Helen Marsh, the officer leading the investigation, spoke to reporters.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'response'), [])
    assert.equal(only(facetsOf('Police launched an investigation on Monday.'), 'response').value, 'investigate')
  })

  test('the active subject is the actor', () => {
    const r = only(facetsOf('Canada condemned the attack.'), 'response')
    assert.deepEqual([r.value, r.label, r.polarity], ['condemn', 'condemned', 'positive'])
    assert.equal(facetsOf('Canada condemned the attack.').actors.find((x) => x.id === r.actor)?.name, 'Canada')
  })

  test('a passive\'s subject underwent the response: "15,000 residents have been evacuated" names no evacuator, "were evacuated by soldiers" does', () => {
    const r = only(facetsOf('About 15,000 residents have been evacuated, according to the regional governor.'), 'response')
    assert.deepEqual([r.value, r.actor], ['evacuate', undefined])
    const by = facetsOf('The villagers were evacuated by Greek soldiers.')
    assert.equal(by.actors.find((x) => x.id === only(by, 'response').actor)?.name, 'Greek soldiers')
  })

  test('demands "from" someone are theirs, not the subject\'s; a response in a clause a conjunction opens is not the main subject\'s', () => {
    const demands = only(facetsOf('Police on Thursday released footage of the shooting, after days of protests and demands from his family for transparency.'), 'response')
    assert.deepEqual([demands.value, demands.actor, demands.agent], ['demand', undefined, 'his family'])
    const probe = only(facetsOf('Officer Kyle Brandt has been allowed to stay at home on full pay while the probe drags on.'), 'response')
    assert.deepEqual([probe.value, probe.actor], ['investigate', undefined])
    assert.equal(only(facetsOf('Mayor Russell Fitzgerald said 4,000 people had been evacuated from the district since Saturday.'), 'response').agent, undefined, 'a verb\'s "from" is a place')
  })

  test('an investigation a clause only places its subject amid, during or under is not that subject\'s; a name before the noun is', () => {
    const actorOf = (text: string): string | undefined => {
      const a = facetsOf(text)
      const r = only(a, 'response')
      return a.actors.find((x) => x.id === r.actor)?.name
    }
    assert.equal(actorOf('Mayor Dana Whitlow, who resigned in May amid the investigation, said she was innocent.'), undefined)
    assert.equal(actorOf('Councillor Ruth Penn quit last year during a federal investigation into the contracts.'), undefined)
    assert.equal(actorOf('The builder Omar Grady has been under investigation since March.'), undefined)
    assert.equal(actorOf('Senator Ada Crane stepped down amid an FBI investigation.'), 'Federal Bureau of Investigation')
    assert.equal(actorOf('Senator Ada Crane stepped down amid an inquiry by the FBI.'), 'Federal Bureau of Investigation')
    assert.equal(actorOf('Senator Ada Crane stepped down amid an inquiry into a leak first reported by The Guardian.'), undefined, 'a "by" further on is another word\'s')
    assert.equal(actorOf('Police launched an investigation on Monday.'), 'police')
    assert.equal(facetsOf('AIU head of investigations Brett Sullivan said the sample was clean.').facets.filter((f) => f.facet === 'response').length, 0, 'a title is no response')
    // A passive clause's subject is who was acted on: "arrested after an investigation" is not the arrested person's.
    assert.equal(actorOf('Journalist Daniel Ortiz had been arrested in September after a months-long investigation.'), undefined)
    assert.equal(actorOf('Police arrested journalist Daniel Ortiz in September after a months-long investigation.'), 'police')
  })

  test('in reported words, an investigation is the speaker\'s only when the speaker undertakes it; a body before the noun, or the subject right before the verb, is its actor', () => {
    const actorsOf = (text: string): Array<string | undefined> => {
      const a = facetsOf(text)
      return a.facets.filter((f) => f.facet === 'response').map((f) => a.actors.find((x) => x.id === f.actor)?.name)
    }
    assert.deepEqual(actorsOf('Tom Reyes, the mayor\'s lawyer, said the inquiry was "a witch hunt."'), [undefined])
    assert.deepEqual(actorsOf('"After two years of investigation, nothing was found," Tom Reyes said.'), [undefined])
    assert.deepEqual(actorsOf('"We have opened an investigation," Chief Anna Kowal said.'), ['Anna Kowal'])
    assert.deepEqual(actorsOf('"Our inquiry will be fair," Chief Anna Kowal said.'), ['Anna Kowal'])
    assert.deepEqual(actorsOf('Sam Ortiz said he had asked about a long-running FBI investigation into the contracts.'), ['Federal Bureau of Investigation'])
    assert.deepEqual(actorsOf('Kim Lutz told reporters that the Justice Department would thoroughly investigate the case.'), ['Justice Department'])
  })

  test('a body that investigates, telling of an investigation under way or its own, is its actor; a country named before the noun is what it is about', () => {
    const actorOf = (text: string): string | undefined => {
      const a = facetsOf(text)
      const f = a.facets.find((x) => x.facet === 'response' && x.value === 'investigate')
      return a.actors.find((x) => x.id === f?.actor)?.name
    }
    assert.equal(actorOf('Police said the investigation is ongoing.'), 'police')
    assert.equal(actorOf('Police said an investigation had been launched into the crash.'), 'police')
    assert.match(actorOf('The FBI said its investigation into the shooting was continuing.') ?? '', /Federal Bureau of Investigation|FBI/u)
    assert.equal(actorOf('Protesters said the investigation was a sham.'), undefined)
    assert.match(actorOf('The case is part of the Russia investigation led by the FBI.') ?? '', /Federal Bureau of Investigation|FBI/u)
    assert.equal(actorOf('A French investigation found no fault.'), 'France')
    assert.equal(actorOf('Police said the Russia investigation is ongoing.'), 'police')
    // The predicate's agent is not the noun's; a speaker's "their investigation" is another's.
    assert.match(actorOf('The FBI investigation was dismissed by Donald Trump as a hoax.') ?? '', /Federal Bureau of Investigation|FBI/u)
    assert.equal(actorOf('"Their investigation is a witch hunt," Donald Trump said.'), undefined)
  })

  test('a response word in an organisation\'s name is no response', () => {
    assert.deepEqual(lines(facetsOf('Mr. Lind joined the Federal Bureau of Investigation in 2006.'), ['response']), [])
  })

  test('a passive "by X" names the actor', () => {
    const a = facetsOf('The attack was condemned by Canada.')
    const r = only(a, 'response')
    assert.equal(a.actors.find((x) => x.id === r.actor)?.name, 'Canada')
    assert.equal(r.agent, undefined)
  })

  test('a passive whose agent no actor names does not make its subject the actor', () => {
    const r = only(facetsOf('Marcus Pell has been denounced by the victims\' family after the verdict.'), 'response')
    assert.deepEqual([r.value, r.agent, r.actor], ['condemn', 'the victims\' family', undefined])
  })

  test('an "evacuation centre" is no evacuation', () => {
    assert.deepEqual(lines(facetsOf('Residents gathered at the evacuation centre in Moruya, police said.'), ['response']), [])
  })

  test('the actor right before a response verb is its subject; a dateline agency is none', () => {
    const a = facetsOf('Perth (Reuters) - A blaze has destroyed 20 homes, officials said, as police investigated whether it was lit.')
    const r = only(a, 'response')
    assert.equal(a.actors.find((x) => x.id === r.actor)?.name.toLowerCase(), 'police')
  })

  test('an unnamed agent is kept as text', () => {
    const r = only(facetsOf('The attack was condemned by about 100 countries.'), 'response')
    assert.deepEqual([r.value, r.label, r.agent, r.actor], ['condemn', 'condemned by about 100 countries', 'about 100 countries', undefined])
  })

  test('a negated response with a named subject is negative', () => {
    const a = facetsOf('Canada did not condemn the attack.')
    const r = only(a, 'response')
    assert.deepEqual([r.value, r.polarity], ['condemn', 'negative'])
    assert.equal(a.actors.find((x) => x.id === r.actor)?.name, 'Canada')
  })

  test('a negated response with nobody named says nothing', () => {
    assert.deepEqual(facetsOf('The attack was not condemned.').facets, [])
  })

  test('a wake-up call is no call for anything', () => {
    const a = facetsOf('The breach was a wake-up call for every online shop, the regulator said after the attack.')
    assert.deepEqual(lines(a, ['response']), [])
  })

  test('who calls for a response is the actor right before "called for", as for a one-word verb', () => {
    const a = facetsOf("After the shooting, Norway's opposition leader Jonas Dahl called for an inquiry.")
    const demand = a.facets.find((f) => f.facet === 'response' && f.value === 'demand')
    assert.equal(a.actors.find((x) => x.id === demand?.actor)?.name, 'Jonas Dahl')
  })

  test('a call for help in the event is no demand in response to it', () => {
    const a = facetsOf('The boat was sinking after the attack. Someone had called for help. Survivors screamed for an ambulance. The UN called for an inquiry.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'response' && f.value === 'demand').map((f) => f.label), ['called for'])
  })

  test('others\' calls the subject rejects are no demand of the subject', () => {
    const a = facetsOf('The governor rejects calls for a wage hike after the strike. Amid growing calls for an inquiry, the mayor resigned. The union calls for a strike.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'response' && f.value === 'demand').map((f) => f.label), ['calls for'])
  })

  test('an opening subordinate clause\'s subject made no demand of the main clause', () => {
    const a = facetsOf('WASHINGTON — As the Senate prepares for a vote on guns, a task force of the rifle association released a report that called for armed guards.')
    const demand = a.facets.find((f) => f.facet === 'response' && f.value === 'demand')
    assert.ok(demand && a.actors.find((x) => x.id === demand.actor)?.name !== 'Senate', JSON.stringify(demand))
    const later = facetsOf('Germany urged calm.\nAs Russia massed troops, Germany called for restraint.')
    const call = later.facets.find((f) => f.facet === 'response' && f.label === 'called for')
    assert.equal(later.actors.find((x) => x.id === call?.actor)?.name, 'Germany')
  })

  test('market demand is no demand by a party', () => {
    const text = 'Shares fell, citing weaker demand. With European demand collapsing, the firm dropped its demand for an exemption. Demand rose. The job is demanding.'
    assert.deepEqual(facetsOf(text).facets.filter((f) => f.facet === 'response'), [])
    const a = facetsOf('The union demanded a meeting. Germany demands that the tariffs go. We demand justice. They were demanding answers.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'response').map((f) => f.label), ['demanded', 'demands', 'demand', 'demanding'])
  })

  test('other actions', () => {
    const a = facetsOf('Police are investigating the attack. Norway recalled its ambassador. The United Nations called for calm.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'response').map((f) => `${f.value} by ${a.actors.find((x) => x.id === f.actor)?.name}`), [
      'investigate by police', 'recall ambassador by Norway', 'demand by United Nations',
    ])
  })

  test('an ambassador is recalled by the subject, from a capital that is never the actor', () => {
    const a = facetsOf('Norway has recalled its ambassador from the Russian capital. Chile withdrew its envoy from Moscow.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'response').map((f) => `${f.value} by ${a.actors.find((x) => x.id === f.actor)?.name}`), [
      'recall ambassador by Norway', 'recall ambassador by Chile',
    ])
  })

  test('an investigation in other words: investigators, an inquiry, probing, causes being examined', () => {
    const text = 'Investigators were looking at the brakes. The coroner opened an inquiry. Engineers are probing the collapse. '
      + 'Minister Hal Corvin said all possible causes were being examined. Doctors examined the survivors.'
    assert.deepEqual(facetsOf(text).facets.filter((f) => f.facet === 'response').map((f) => `${f.value} «${f.label}»`), [
      'investigate «Investigators»', 'investigate «inquiry»', 'investigate «probing»', 'investigate «causes were being examined»',
    ])
  })

  test('investigators are who investigates, not the subject that handed them something; a name before them is theirs', () => {
    const a = facetsOf('The Danube Ferry Company said its logbooks had been handed to investigators. Police investigators boarded the ship.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'response').map((f) => a.actors.find((x) => x.id === f.actor)?.name), [undefined, 'police'])
  })

  test('a possessed subject is the response\'s actor, not its possessor: "a case her party has denounced" is no act of hers', () => {
    const a = facetsOf('Maria Costa was fined on Monday in a case her party has denounced as a political vendetta.')
    const condemn = a.facets.filter((f) => f.facet === 'response')
    assert.deepEqual(condemn.map((f) => f.value), ['condemn'])
    assert.notEqual(a.actors.find((x) => x.id === condemn[0]!.actor)?.name, 'Maria Costa')
    // A possessed object before "and" is no subject: "Norway closed its embassy and condemned" is Norway's act.
    const b = facetsOf('Norway closed its embassy and condemned the raid.')
    assert.deepEqual(b.facets.filter((f) => f.facet === 'response').map((f) => b.actors.find((x) => x.id === f.actor)?.name), ['Norway'])
  })

  test('one investigator as a source describes the speaker: "An investigator close to the inquiry said" opens no investigation of its own', () => {
    const a = facetsOf('An investigator close to the case said the van had been stolen a week earlier.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'response'), [])
  })

  test('an investigation waited for is no act, and one a party deserves or needs is asked for', () => {
    const a = facetsOf('"We will not comment until the investigation is complete," the mayor said. Pending the outcome of an inquiry, the line stays shut.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'response'), [])
    const b = facetsOf('The families deserve an independent inquiry. The victims need a full investigation.')
    assert.deepEqual(b.facets.filter((f) => f.facet === 'response').map((f) => f.modality), ['demanded', 'demanded'])
  })
})

describe('facets: voice, modality, order', () => {
  test('a hedge in the outlet\'s own voice', () => {
    assert.equal(only(facetsOf('The gunman allegedly attacked the guards.'), 'perpetrator').modality, 'hedged')
  })

  test('modalityOfCue reads the cue verb', () => {
    assert.equal(modalityOfCue('denied'), 'denied')
    assert.equal(modalityOfCue('urged'), 'demanded')
    assert.equal(modalityOfCue('claimed'), 'hedged')
    // A content no one vouches for is neither said nor denied.
    assert.equal(modalityOfCue('have not confirmed'), 'hedged')
    assert.equal(modalityOfCue('could not independently verify'), 'hedged')
    assert.equal(modalityOfCue('confirmed'), 'reported')
    assert.equal(modalityOfCue('said'), 'reported')
  })

  test('modalityOfCue reads the verb past auxiliaries and adverbs, and a dispute is a denial; a negated denial is none', () => {
    const read = (cues: string[]): string[] => cues.map((cue) => modalityOfCue(cue))
    assert.deepEqual(read(['emphatically disputed', 'has flatly denied', 'had rejected', 'disputes']), ['denied', 'denied', 'denied', 'denied'])
    assert.deepEqual(read(['has strongly urged', 'also called for', 'had claimed', 'had later suggested']), ['demanded', 'demanded', 'hedged', 'hedged'])
    assert.deepEqual(read(['did not deny', 'never disputed', 'has said']), ['reported', 'reported', 'reported'])
    // A question asked demands nothing; asking someone to act does.
    assert.deepEqual(read(['was specifically asked about', 'asked whether', 'asked', 'has asked for']), ['reported', 'reported', 'demanded', 'demanded'])
    // A modal or a hedging adverb is no auxiliary: "may reject" is no denial yet, but a hedged one, not content asserted.
    assert.deepEqual(read(['may reject', 'could dispute', 'would deny', 'will reject', 'might dismiss', 'likely rejected', 'would have denied', 'has probably disputed']),
      Array(8).fill('hedged'))
    assert.deepEqual(read(['would not deny', 'may never dispute']), ['reported', 'reported'])
    assert.equal(modalityOfCue('may reject claims', 'that the dam leaked'), 'hedged')
    assert.equal(modalityOfCue('would reject', 'the ferry bill'), 'reported')
  })

  test('modalityOfCue: a rejection denies a that-clause or a proposition ("claims", "the idea"), not a proposal, act or document', () => {
    assert.equal(modalityOfCue('overwhelmingly rejected', 'the veto'), 'reported')
    assert.equal(modalityOfCue('rejected', 'the zoning bill, which passed last year'), 'reported')
    assert.equal(modalityOfCue('dismissed', 'the lawsuit against the county'), 'reported')
    assert.equal(modalityOfCue('rejected claims', 'that the dam leaked'), 'denied')
    assert.equal(modalityOfCue('rejected', 'that the dam leaked'), 'denied')
    assert.equal(modalityOfCue('rejected', 'the idea that the dam leaked'), 'denied')
    assert.equal(modalityOfCue('has dismissed', 'recent reports of a leak'), 'denied')
    assert.equal(modalityOfCue('dismissed', 'the engineers’ critique'), 'denied')
  })

  test('modalityOfCue: a rejection denies unless its object is headed by an act or proposal, with no that-clause or "as" judgement', () => {
    const read = (cue: string, objects: string[]): string[] => objects.map((o) => modalityOfCue(cue, o))
    assert.deepEqual(read('rejected', ['the energy ministry’s accusation that the army shelled the dam', 'the tribunal’s ruling that she lied',
      'the results of the referendum', 'the famine label', 'the evidence', 'the figures', 'the budget figures', 'that the dam leaked',
      'the demand that he resign', 'the charges against him']), Array(10).fill('denied'))
    assert.deepEqual(read('dismissed', ['them as idle speculation', 'as "fake news" reports that the mayor resigned',
      'the lawsuit against the county as frivolous']), Array(3).fill('denied'))
    assert.deepEqual(read('rejected', ['the seat belt bill', 'that offer', 'the mayor’s plan to sell the land', 'the deal, saying it was unfair',
      'new seat belt measures', 'the governor’s transport agenda in large numbers', 'the draft legislation']), Array(7).fill('reported'))
    assert.deepEqual(read('dismissed', ['the charges against the clerk', 'the complaint', 'the bid']), Array(3).fill('reported'))
    assert.equal(modalityOfCue('rejects', 'calls for a higher fuel tax'), 'reported')
    assert.equal(modalityOfCue('rejects calls', 'for a higher fuel tax'), 'reported')
  })

  test('modalityOfCue: an amount or a number may modify a rejected act ("an $8.2 billion takeover offer"), and a raid is a bid', () => {
    const read = (objects: string[]): string[] => objects.map((o) => modalityOfCue('rejected', o))
    assert.deepEqual(read(['an $8.2 billion takeover offer from rival Halden Group', 'a €40m bid', 'the 2025 budget', 'a 12-point plan',
      'a hostile $7.9 billion raid by Halden Group']), Array(5).fill('reported'))
    assert.deepEqual(read(['the 12 percent figure', 'the $8 billion estimate']), Array(2).fill('denied'))
  })

  test('modalityOfCue: "dismiss" with people or a number for object fires them; rejecting a takeover, treaty or nominee is an act', () => {
    const read = (cue: string, objects: string[]): string[] => objects.map((o) => modalityOfCue(cue, o))
    assert.deepEqual(read('dismissed', ['150 dockers in March', 'its head coach after the defeat', 'the jury', 'two senior engineers',
      'the ferry firm’s 40 staff']), Array(5).fill('reported'))
    assert.deepEqual(read('dismissed', ['claims by workers', 'the nurses’ complaint that', 'them', 'the coach as a scapegoat']), Array(4).fill('denied'))
    assert.deepEqual(read('rejected', ['the takeover', 'the fisheries treaty', 'the referendum', 'the merger with its rival', 'the nominee',
      'the candidate', 'the planning application']), Array(7).fill('reported'))
  })

  test('facet values are sorted by span', () => {
    const a = facetsOf('Gunmen attacked a checkpoint in Kabul on Friday, killing three police officers. Canada condemned the attack.', '2023-02-18')
    const keys = a.facets.map((f) => [f.span.start, f.span.end] as const)
    assert.deepEqual(keys, [...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1]))
    assert.ok(a.facets.length >= 5)
  })

  test('the stage requires segments, mentions and attributions', () => {
    assert.equal(facetsStage.name, 'facets')
    assert.deepEqual(facetsStage.requires, ['segments', 'mentions', 'attributions'])
    assert.equal(facetsStage.assigns, 'facets')
  })
})

describe('facets: regressions', () => {
  test('"killed at all" and "killed and" are no counts', () => {
    // "at all" counts no one: "Nobody was killed" is the toll, none.
    assert.deepEqual(lines(facetsOf('Nobody was killed at all in the attack.'), ['killed']), ['killed 0 «Nobody was killed» outlet positive'])
    assert.deepEqual(lines(facetsOf('Two guards were killed and three were hurt in the attack.'), ['killed']), ['killed 2 «Two guards were killed» outlet positive'])
  })

  test('a sentence-initial "The Paris attack" is another event', () => {
    const a = facetsOf('A bomb attack in Berlin on Monday killed two people. The Paris attack claimed the lives of more than a dozen.')
    assert.deepEqual(lines(a, ['killed']), ['killed 2 «killed two people» outlet positive'])
  })

  test('a victim role at the end of the sentence is kept', () => {
    assert.deepEqual(lines(facetsOf('The gunman attacked the embassy, killing two security guards.'), ['victim']), ['victim security staff «killing two security guards» outlet positive'])
  })

  test('labelling is reported, demanding is demanded', () => {
    assert.equal(modalityOfCue('called'), 'reported')
    assert.equal(modalityOfCue('called for'), 'demanded')
  })
})

describe('facets: toll wordings and updates', () => {
  test('a partitive, a singular person and a relative clause give tolls', () => {
    const a = facetsOf('The party said 3 of its supporters had been killed by police gunfire; police said one person had died. Three patients who took the drug have since died.')
    assert.deepEqual(lines(a, ['killed']).map((l) => l.split(' «')[0]), ['killed 3', 'killed 1', 'killed 3'])
    assert.equal(a.facets.filter((f) => f.facet === 'victim').length, 0, 'a person names no class of victims')
  })

  test('"lie in hospital" counts the injured; "remain in hospital" is a part of them', () => {
    const lying = facetsOf('Nineteen people are dead, and more than 80 lie in hospital after the crash.')
    assert.equal(only(lying, 'injured').value, '81+')
    assert.equal(only(lying, 'injured').part, undefined)
    assert.equal(only(facetsOf('The minister says 58 people remain in hospital after the crash.'), 'injured').part, 'still in hospital')
  })

  test('"of the injured" is a part counted, no toll', () => {
    assert.deepEqual(lines(facetsOf('Eleven of the injured were in a critical condition, the hospital said.'), ['injured']), [])
  })

  test('an increment with a total in the sentence is no toll; alone it is a part', () => {
    const total = facetsOf('Officials confirmed that two more passengers have died in hospital, bringing the number of dead to 16.')
    assert.deepEqual(lines(total, ['killed', 'victim']).map((l) => l.split(' «')[0]), ['killed 16'])
    const alone = facetsOf('Officials said another three passengers had died in hospital overnight.')
    assert.equal(only(alone, 'killed').part, 'newly reported')
  })

  test('a toll after a phrase on where it was counted, "have now died", and a toll that climbed', () => {
    const counts = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'killed').map((f) => f.value)
    assert.deepEqual(counts('The number of people killed in the flood rose to 23 on Monday.'), ['23'])
    assert.deepEqual(counts('The number of dead in the Lower Brenner valley has reached 40.'), ['40'])
    assert.deepEqual(counts('Officials said 23 people have now died.'), ['23'])
    assert.deepEqual(counts('The death toll climbed to 23, the coroner said.'), ['23'])
    // "of" after a phrase names a place's size, no toll: "the death toll in the town of 5,000".
    assert.deepEqual(counts('The death toll in the town of 5,000 residents is unknown.'), [])
  })
})

describe('facets: costs and share moves', () => {
  test('a cost, alone or as a range, in its currency', () => {
    const one = only(facetsOf('The company said it expected the recall to cost about 45 million pounds.'), 'cost')
    assert.deepEqual([one.value, one.unit], ['42275000-47775000', 'GBP for recall'])
    const range = only(facetsOf('The company put the one-off cost at between £40 million and £45 million.'), 'cost')
    assert.deepEqual([range.value, range.unit, range.label], ['39500000-45500000', 'GBP', 'between £40 million and £45 million'])
  })

  test('a company\'s share move, and a close; a swing within the day is none', () => {
    const a = facetsOf('Veltrane shares fell 8.4 percent to 1,212 pence on Tuesday. Shares fell as much as 11 percent before paring losses to close 6.2 percent lower.')
    const moves = a.facets.filter((f) => f.measure === 'share price change')
    assert.deepEqual(moves.map((f) => f.value), ['-8.4', '-6.2'])
  })

  test('"Shares of" a company moving are that company\'s', () => {
    const a = facetsOf('Kestrel Foods reported its results on Tuesday. Shares of Kestrel Foods rose 4 percent after the announcement.')
    assert.deepEqual(a.facets.filter((f) => f.measure === 'share price change').map((f) => `${f.value} ${a.actors.find((x) => x.id === f.actor)?.name ?? '-'}`), ['4 Kestrel Foods'])
  })

  test('a company\'s profit or revenue move over a period is that company\'s; with no company or two, none', () => {
    const moves = (text: string): string[] => {
      const a = facetsOf(text, '2024-10-03')
      return a.facets.filter((f) => /^(?:profit|revenue) change$/u.test(f.measure ?? '')).map((f) => `${f.measure} ${f.value} ${f.period ?? '-'} ${a.actors.find((x) => x.id === f.actor)?.name ?? '-'}`)
    }
    assert.deepEqual(moves('Orvex Motors will cut 4,000 jobs after third-quarter profit fell 41% on weak demand.'), ['profit change -41 2024-Q3 Orvex Motors'])
    assert.deepEqual(moves('Orvex Motors plans cuts. The carmaker\'s quarterly revenue dropped by 8%, it said.'), ['revenue change -8 2024-Q3 Orvex Motors'])
    assert.deepEqual(moves('Sales rose 5% last year, officials said. Kestrel Foods reported results, as did Orvex Motors; profit fell 10%.'), [])
  })

  test('a move since an event is no day\'s move', () => {
    assert.deepEqual(lines(facetsOf('The company\'s shares have lost about 6% since the fine was announced.'), ['indicator']), [])
  })

  test('a cost is keyed by what is paid for, where the words say it', () => {
    const a = facetsOf('The new stadium will cost £1.2 billion. The council faces a bill of £5 million for the repairs.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'cost').map((f) => f.unit), ['GBP for stadium', 'GBP for repairs'])
  })

  test('damage put at an amount is a cost of damage; an amount given again in another currency is read in both', () => {
    const costs = (text: string): string[] => facetsOf(text).facets.filter((f) => f.facet === 'cost').map((f) => `${f.unit} ${f.label}`)
    assert.deepEqual(costs('Haldane put the damage at £85 million.'), ['GBP for damage £85 million'])
    assert.deepEqual(costs('The council estimates the damage at more than $140 million, or about £110 million.'),
      ['USD for damage more than $140 million', 'GBP for damage about £110 million'])
    assert.deepEqual(costs('The storm caused an estimated £85 million in damage.'), ['GBP for damage £85 million'])
    assert.deepEqual(costs('The court awarded £2 million in damages.'), [])
  })

  test('an amount before a project or a built thing is its cost, keyed by the thing; a deal stays a deal', () => {
    const a = facetsOf('The court blocked the $4.1 billion project. Critics said the $300 million bridge was too costly. It agreed a $2 billion deal.')
    assert.deepEqual(a.facets.filter((f) => ['cost', 'deal'].includes(f.facet)).map((f) => `${f.facet} ${f.value} ${f.unit} «${a.article.text.slice(f.span.start, f.span.end)}»`), [
      'cost 4050000000-4150000000 USD for project «$4.1 billion project»', 'cost 299500000-300500000 USD for bridge «$300 million bridge»', 'deal 1500000000-2500000000 USD «$2 billion deal»',
    ])
  })

  test('a price per unit is no cost', () => {
    assert.deepEqual(lines(facetsOf('Oil would have to cost $350 a barrel to make electric cars cheaper.'), ['cost']), [])
  })
})

describe('facets: cases, people aboard, shots and ages', () => {
  test('a disease\'s cases, in each voice, and health workers infected apart', () => {
    const a = facetsOf('The fever has killed 14 people and infected 63 since late August, the ministry said. The agency said it had been notified of 71 suspected cases. The Velosian Medical Association says at least three health workers have now been infected.')
    assert.deepEqual(lines(a, ['cases']), [
      'cases 63 «infected 63» ministry positive',
      'cases 71 «71 suspected cases» agency positive',
      'cases 3+ «at least three health workers have now been infected» Velosian Medical Association positive',
    ])
    assert.deepEqual(a.facets.filter((f) => f.facet === 'cases').map((f) => f.unit), ['people', 'people', 'health workers'])
  })

  test('"cases" are no sick where no disease is the news', () => {
    assert.deepEqual(lines(facetsOf('The court has heard 30 cases this year.'), ['cases']), [])
  })

  test('people aboard, as spans of figures, and estimates of the missing that hold now', () => {
    const a = facetsOf('Survivors said between 120 and 130 people had been crammed on to the vessel. If so, as many as 60 people could still be missing. The coast guard said about 90 people had been on board. Others described a boat carrying 120 to 130 people, which would put the missing at 50 or more.')
    assert.deepEqual(lines(a, ['aboard', 'missing']).map((l) => l.split(' «')[0]), ['aboard 120-130', 'missing 57-63', 'aboard 85-95', 'aboard 120-130', 'missing 50+'])
    assert.deepEqual(a.facets.filter((f) => f.facet === 'missing').map((f) => f.modality), ['hedged', 'hedged'])
    assert.deepEqual(lines(facetsOf('The plan has 400 establishment Democrats on board.'), ['aboard']), [], 'backers of a plan are on board of nothing')
  })

  test('passengers and crew on board add up to everyone aboard', () => {
    const label = (text: string): string[] => lines(facetsOf(text), ['aboard']).map((l) => l.split(' «')[0]!)
    assert.deepEqual(label('The plane, with 68 passengers and four crew on board, crashed on Sunday.'), ['aboard 72'])
    assert.deepEqual(label('The ferry was carrying 120 passengers and 12 crew members when it sank.'), ['aboard 132'])
    assert.deepEqual(label('The jet was carrying 72 people.'), ['aboard 72'])
    // The place after "on board" or "aboard" is no object that makes the count a doer: all on board it are counted.
    assert.deepEqual(label('All 88 people on board a Lumen Air jet survived.'), ['aboard 88'])
    assert.deepEqual(label('All 40 passengers aboard the ferry were rescued.'), ['aboard 40'])
  })

  test('a ship\'s crew counted without "on board": "the 31 crew members", "its 12 crew", "a crew of 19"', () => {
    const label = (text: string): string[] => lines(facetsOf(text), ['aboard']).map((l) => l.split(' «')[0]!)
    assert.deepEqual(label('The 31 crew members, mostly from Ghana, were taken ashore for questioning.'), ['aboard 31'])
    // A crew alone answers another question than all on board: "23 crew members" is no rival of "193 people on board".
    const units = (text: string): Array<string | undefined> => facetsOf(text).facets.filter((v) => v.facet === 'aboard').map((v) => v.unit)
    assert.deepEqual(units('The 31 crew members were taken ashore. The trawler had a crew of 19.'), ['crew', 'crew'])
    assert.deepEqual(units('The plane, with 68 passengers and four crew on board, crashed. All 88 people on board survived.'), ['people', 'people'])
    assert.deepEqual(label('Marines boarded the freighter on Monday, detaining its 12 crew members.'), ['aboard 12'])
    assert.deepEqual(label('The trawler, which had a crew of 19, was towed to port.'), ['aboard 19'])
    assert.deepEqual(label('All nine crew survived the landing.'), ['aboard 9'])
    // Crews of firefighters or of a film are no count of people on board.
    assert.deepEqual(label('Forty crews of firefighters fought the blaze. A film crew of 30 arrived.'), [])
  })

  test('shots fired, bullets and bullet wounds', () => {
    const a = facetsOf('The officer pumped FIVE bullets into him. The paper counted four shots on the audio. He turns, and the officer fires four times. The lawyer says five bullet wounds were found.')
    assert.deepEqual(lines(a, ['shots']).map((l) => l.split(' «')[0]), ['shots 5', 'shots 4', 'shots 4', 'shots 5'])
    assert.deepEqual(lines(facetsOf('A neighbour said she saw officers fire "at least four times" at his back.'), ['shots']).map((l) => l.split(' «')[0]), ['shots 4+'])
    assert.deepEqual(lines(facetsOf('Wages hit 1.75 times the average.'), ['shots']), [])
  })

  test('a named person\'s age, after the name or before it; a child\'s age is not the parent\'s', () => {
    const a = facetsOf('Terrence Okafor, 23, was shot in a car park. Police named 19-year-old Jake Miller as the driver. Jane Doe, the father of a 3-year-old daughter, spoke.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'age').map((f) => `${f.label} ${a.actors.find((x) => x.id === f.actor)?.name}`), ['Terrence Okafor, 23 Terrence Okafor', 'Jake Miller, 19 Jake Miller'])
    const none = facetsOf('Clinton leads Bernie Sanders, 1,428 to 1,153. Jay Ross, the club\'s 78-year-old president, spoke.')
    assert.deepEqual(none.facets.filter((f) => f.facet === 'age').map((f) => f.label), [], 'a figure with thousands, or an age before a common noun, is no one\'s age')
  })

  test('"The 26-year-old" opening a sentence is the age of the person the sentence before names first', () => {
    const a = facetsOf('Now Ellie Marsden\'s career lies in tatters. The 25-year-old Sheffield star was banned yesterday. The 26-year-old Jake Miller said nothing.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'age').map((f) => `${f.value} ${a.actors.find((x) => x.id === f.actor)?.name}`), ['25 Ellie Marsden', '26 Jake Miller'])
    const b = facetsOf('Runner Ellie Marsden has been banned for four years, Sport Integrity Britain said. The 26-year-old, who won silver, tested positive.')
    assert.deepEqual(b.facets.filter((f) => f.facet === 'age').map((f) => `${f.value} ${b.actors.find((x) => x.id === f.actor)?.name}`), ['26 Ellie Marsden'])
  })
})

describe('facets: tolls of none, injuries suffered, people rescued and evacuated, containment and vote tallies', () => {
  const values = (text: string, facets: readonly string[], published?: string): string[] =>
    facetsOf(text, published).facets.filter((f) => facets.includes(f.facet)).map((f) => `${f.facet}${f.unit ? ` (${f.unit})` : ''} ${f.value}`)

  test('a toll of none: "no injuries had been reported", "no one was killed"; not "no serious injuries" nor one person\'s "suffered no injuries"', () => {
    assert.deepEqual(values('The sheriff said the evacuation was orderly and that no injuries had been reported.', ['injured']), ['injured 0'])
    assert.deepEqual(values('No one was killed in the blast, police said.', ['killed']), ['killed 0'])
    assert.deepEqual(values('There were no deaths or injuries in the crash.', ['killed', 'injured']), ['injured 0', 'killed 0'])
    assert.deepEqual(values('No serious injuries were reported after the crash.', ['injured']), [])
    assert.deepEqual(values('The driver suffered no injuries in the crash.', ['injured']), [])
    assert.deepEqual(values('The carmaker said it was not aware of any deaths connected to the defect.', ['killed']), ['killed 0'])
  })

  test('injuries suffered or sustained are a count of the injured; "fatal injuries" are none', () => {
    assert.deepEqual(values('One firefighter suffered minor burns on Monday.', ['injured']), ['injured 1'])
    assert.deepEqual(values('Three people suffered serious injuries in the crash.', ['injured']), ['injured 3'])
    assert.deepEqual(values('Two passengers were hurt when the bus crashed.', ['injured']), ['injured 2'])
    assert.deepEqual(values('Two people suffered fatal injuries in the crash.', ['injured']), [])
  })

  test('people rescued, saved or pulled alive from the water; not money saved, the dead brought ashore, nor lives said to be saved', () => {
    assert.deepEqual(values('The coast guard said it had rescued 31 people after the boat capsized.', ['rescued']), ['rescued (people) 31'])
    assert.deepEqual(values('The ship pulled 22 survivors from the water and recovered five bodies.', ['rescued']), ['rescued (people) 22'])
    assert.deepEqual(values('About 40 migrants were rescued on Friday. 22 survivors were brought ashore.', ['rescued']), ['rescued (people) 38-42', 'rescued (people) 22'])
    assert.deepEqual(values('Five bodies were brought ashore. The plan saved $3 million and rescued the economy. 12 dogs were rescued.', ['rescued']), [])
    assert.deepEqual(values('He said the lives of dozens of passengers were saved by the guard.', ['rescued']), [])
  })

  test('people forced or ordered to evacuate, and under evacuation orders, are the displaced', () => {
    assert.deepEqual(values('A wildfire forced about 6,000 residents to evacuate their homes on Monday.', ['displaced']), ['displaced (people) 5700-6300'])
    assert.deepEqual(values('The blaze destroyed 300 homes, forcing 12,000 people to leave, officials said.', ['displaced']), ['displaced (people) 12000'])
    assert.deepEqual(values('The strike forced 300 workers to leave early.', ['displaced']), [])
    assert.deepEqual(values('Evacuation orders now cover about 11,000 residents, the sheriff said.', ['displaced']), ['displaced (people) 10450-11550'])
    assert.deepEqual(values('Some 3,000 people are under evacuation orders after the flood.', ['displaced']), ['displaced (people) 2850-3150'])
  })

  test('a fire\'s containment in percent; other percentages in a fire\'s article are no containment', () => {
    assert.deepEqual(values('The wildfire had burned 4,500 acres and was 5 percent contained.', ['containment']), ['containment 5'])
    assert.deepEqual(values('Containment of the blaze stood at 10% on Tuesday.', ['containment']), ['containment 10'])
    assert.deepEqual(values('Fire crews said containment rose to 35% on Tuesday.', ['containment']), ['containment 35'])
    assert.deepEqual(values('After the fire, inflation was 5 percent and 40% of residents contained their anger.', ['containment']), [])
    assert.deepEqual(values('Inflation was 5 percent contained, the bank said.', ['containment']), [], 'no fire nor spill in the article')
  })

  test('a vote\'s tally in favour and against, whichever way it is written; a score or a delegate count is none', () => {
    const tally = (text: string): string[] => values(text, ['vote'])
    assert.deepEqual(tally('The law passed by 136 votes to 2 after a boycott of the vote.'), ['vote (in favour) 136', 'vote (against) 2'])
    assert.deepEqual(tally('The bill passed 133-5 in Tuesday\'s vote.'), ['vote (in favour) 133', 'vote (against) 5'])
    assert.deepEqual(tally('The bill was approved with 136 votes in favour and 2 against.'), ['vote (in favour) 136', 'vote (against) 2'])
    assert.deepEqual(tally('The amendment was defeated by 432 votes to 202.'), ['vote (in favour) 202', 'vote (against) 432'])
    assert.deepEqual(tally('The House rejected the amendment 180-245 in a late vote.'), ['vote (in favour) 180', 'vote (against) 245'])
    assert.deepEqual(tally('In the vote, the Senate voted 52-48 to confirm her.'), ['vote (in favour) 52', 'vote (against) 48'])
    assert.deepEqual(tally('Fans voted for the goal of the month. Chelsea defeated Arsenal 3-1 on Saturday and the board voted 3-1 on Sunday.'), [])
    assert.deepEqual(tally('Clinton leads Bernie Sanders, 1,428 to 1,153, before the vote. The council approved 3-5 projects in the vote.'), [])
  })
})

describe('facets: percentage rates of a named thing (pay rises, tariffs)', () => {
  /** `measure value voice` strings of the indicator facets. */
  const rates = (text: string): string[] => {
    const a = facetsOf(text)
    const name = (id: string): string => a.actors.find((x) => x.id === id)?.name ?? id
    return a.facets.filter((f) => f.facet === 'indicator').map((f) => `${f.measure} ${f.value} ${f.voice === 'outlet' ? 'outlet' : name(f.voice)}`)
  }

  test('a pay rise, by the deal, the rise or the verb, in the voice that gives it', () => {
    assert.deepEqual(rates('Health Minister Tomas Berg said the nurses had agreed a pay deal worth 7 percent over two years.'), ['pay rise 7 Tomas Berg'])
    assert.deepEqual(rates('Dockers won a 4% pay rise.'), ['pay rise 4 outlet'])
    assert.deepEqual(rates('The firm raised wages by 5 per cent.'), ['pay rise 5 outlet'])
  })

  test('in an article about pay, a bare rise is the pay rise\'s, but an earlier rise is not the deal\'s', () => {
    assert.deepEqual(rates('The pay deal is worth 8%. Union leader Ana Ruiz said the real increase was closer to 5 percent once a previously agreed 3 percent pay rise was counted.'),
      ['pay rise 8 outlet', 'pay rise 5 Ana Ruiz'])
    assert.deepEqual(rates('The real increase was closer to 5 percent.'), [], 'no pay in the article: a rise of something unnamed')
    assert.deepEqual(rates('The pay deal is worth 8%. The rent increase was 5 percent.'), ['pay rise 8 outlet'], 'a rise of another named thing')
  })

  test('a tariff is its own measure, never a pay rise nor inflation', () => {
    assert.deepEqual(rates('Washington imposed tariffs of 25% on steel. Ottawa then set a 20 percent tariff on cars. Inflation was 3 percent.'),
      ['tariff 25 outlet', 'tariff 20 outlet', 'inflation 3 outlet'])
  })

  test('percentages of no named rate are none: certainty, support, turnout', () => {
    assert.deepEqual(rates('She was 99% sure. We are 100 percent behind the pay deal.'), [])
    assert.deepEqual(rates('Tariffs were 25% higher than a year ago.'), [])
    assert.deepEqual(rates('Turnout of 60% was reported.').filter((r) => !r.startsWith('turnout')), [])
  })
})

describe('facets: buildings damaged or flooded', () => {
  test('flooded or damaged buildings are counted apart from those destroyed, homes and properties alike', () => {
    const a = facetsOf('The river burst its banks, flooding more than 800 homes. The storm damaged 40 buildings. Another 30 houses were destroyed.')
    assert.deepEqual(a.facets.filter((f) => f.facet === 'damaged' || f.facet === 'destroyed').map((f) => `${f.facet} ${f.value} ${f.unit}`),
      ['damaged 801+ households', 'damaged 40 building', 'destroyed 30 households'])
    assert.deepEqual(lines(facetsOf('About 900 properties were flooded, the council said.'), ['damaged']).map((l) => l.split(' «')[0]), ['damaged 855-945'])
  })

  test('a flood of other things, or a flooded place, counts no buildings', () => {
    assert.deepEqual(lines(facetsOf('Flooding hit 20 towns. Callers flooded 300 phone lines.'), ['damaged']), [])
  })
})

describe('facets: amounts in lakhs and crores, and what a thing is worth', () => {
  /** `facet value unit` strings of the money facets. */
  const amounts = (text: string): string[] => facetsOf(text).facets.filter((f) => ['cost', 'compensation', 'deal'].includes(f.facet)).map((f) => `${f.facet} ${f.value} ${f.unit}`)

  test('a crore is ten million and a lakh a hundred thousand, after ₹, Rs or INR', () => {
    assert.deepEqual(amounts('The new bridge cost Rs 120 crore.'), ['cost 1195000000-1205000000 INR for bridge'])
    assert.deepEqual(amounts('Each family received INR 3 lakh in compensation.'), ['compensation 250000-350000 INR'])
    assert.equal(only(facetsOf('The dam cost ₹450 crore.'), 'cost').label, '₹450 crore')
  })

  test('what a lost or damaged thing was worth is its cost; a deal\'s or a company\'s worth is not', () => {
    assert.deepEqual(amounts('The destroyed aircraft was worth more than $80 million.'), ['cost 80000001+ USD'])
    assert.deepEqual(amounts('The company is worth $2 billion.'), [])
    assert.deepEqual(amounts('The deal was worth $6.8 billion.').map((a) => a.split(' ')[0]), ['deal'])
  })
})

describe('facets: cause', () => {
  const causes = (text: string): string[] => lines(facetsOf(text), ['cause']).map((l) => l.replace(/^cause /u, '').replace(/ positive$/u, ''))

  test('each voice keeps its own cause: "insists the fire was arson, but officials said winds and a power line were to blame"', () => {
    assert.deepEqual(causes('A fire destroyed a warehouse in Kelmore on Monday. The government insists the fire was arson, but local officials said strong winds and a faulty power line were to blame.'), [
      'arson «arson» government',
      'power line + wind «strong winds and a faulty power line» local officials',
    ])
  })

  test('"caused by", "blamed" with no event named, "started deliberately", "due to", "sparked", "attributed X to Y" give short heads', () => {
    assert.deepEqual(causes('A blackout hit Varnholm on Monday. The blackout was caused by a hack, the minister said. The grid operator blamed a faulty transformer.'), [
      'cyberattack «a hack» the minister',
      'transformer «a faulty transformer» grid operator',
    ])
    assert.deepEqual(causes('A blaze swept through a depot. Investigators believe the blaze was started deliberately.').map((l) => l.split(' «')[0]), ['arson'])
    assert.deepEqual(causes('A fire broke out at a school. The fire was due to an electrical fault, police said.').map((l) => l.split(' «')[0]), ['electrical fault'])
    assert.deepEqual(causes('Lightning sparked the wildfire, rangers said.').map((l) => l.split(' «')[0]), ['lightning'])
    assert.deepEqual(causes('Engineers attributed the collapse to corroded steel cables.').map((l) => l.split(' «')[0]), ['cable'])
  })

  test('"was blamed on" and "the cause of X was" give a cause; a cause still unknown gives none', () => {
    assert.deepEqual(causes('The collapse was blamed on poor construction, engineers said.'), ['construction «poor construction» engineers'])
    assert.deepEqual(causes('The cause of the fire was an electrical fault, the brigade said.').map((l) => l.split(' «')[0]), ['electrical fault'])
    assert.deepEqual(causes('The cause of the blaze is still under investigation. The cause of the fire was not immediately known.'), [])
  })

  test('no cause from a "because of" not said of the event, from blaming a party, or from blaming something for another thing', () => {
    assert.deepEqual(causes('A fire broke out at a school on Monday. Classes were cancelled because of the snow. Residents blamed the mayor for the slow response. Protesters blamed the government.'), [])
    assert.deepEqual(causes('A blackout hit the city. The council blamed budget cuts for the delays.'), [])
    assert.deepEqual(causes('The senator said he did this because of the polls, and it was rethought because of pressure.'), [])
  })

  test('a cause told as a clause: "started when a power line fell", "happened because a transformer overheated", "occurred after the pilot ignored a warning"', () => {
    const heads = (text: string): string[] => causes(text).map((l) => l.split(' «')[0]!)
    assert.deepEqual(heads('The fire started when a power line fell in strong winds.'), ['power line + wind'])
    assert.deepEqual(heads('The blackout happened because a transformer overheated, the operator said.'), ['transformer'])
    assert.deepEqual(heads('Investigators said the crash occurred after the pilot ignored a warning.'), ['human error'])
    // "after" or "when" with a neutral act only says when.
    assert.deepEqual(heads('The fire started after the guests left. The blaze broke out when residents were asleep. The crash happened after the plane took off.'), [])
    // "Fell" only of a thing that falls: night and prices falling say when.
    assert.deepEqual(heads('The fire started after night fell. The blackout began after prices fell. The crash happened when a tree fell on the road.'), ['tree'])
  })

  test('a human error is one cause among the others: no second cause over the same words, and no party blamed', () => {
    const heads = (text: string): string[] => causes(text).map((l) => l.split(' «')[0]!)
    assert.deepEqual(heads('The fire started after the crew ignored warnings that faulty wiring sparked the blaze.'), ['electrical fault'])
    assert.deepEqual(heads('A train crashed near Orvik. The crash happened after the operator missed a signal.'), ['human error'])
  })
})
