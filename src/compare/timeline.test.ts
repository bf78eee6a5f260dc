/** @module compare/timeline.test — merging events across articles, date order and conflicting dates. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyzeText } from '../analyze/pipeline.js'
import type { AnalyzedArticle, TimelineEntry } from '../model/schema.js'
import { compare } from './compare.js'
import { dateLabel } from '../analyze/events/dates.js'
import { actLine, compatible } from './timeline.js'

function article(id: string, text: string, published: string): AnalyzedArticle {
  const a = analyzeText(text, published)
  return { ...a, article: { ...a.article, id } }
}

const line = (t: TimelineEntry): string => `${t.status} ${t.date?.value ?? t.dates.map((d) => d.value).join('/') ?? ''} ${t.actor ?? '-'} ${t.type} ${t.recipient ?? '-'} [${t.articles.join(',')}]`

describe('timeline', () => {
  test('one act told by two articles is one entry with both articles as evidence', () => {
    const { timeline } = compare([
      article('A', 'Norway expelled the Swedish ambassador on Monday.', '2024-03-06'),
      article('B', 'Oslo: Norway expelled the Swedish ambassador on 4 March, officials confirmed.', '2024-03-07'),
    ])
    const expel = timeline.find((t) => t.type === 'SANCTION')!
    assert.equal(expel.status, 'dated')
    assert.deepEqual(expel.date, { value: '2024-03-04', precision: 'day' })
    assert.deepEqual(expel.articles, ['A', 'B'])
    assert.equal(expel.evidence.length, 2)
  })

  test('two articles that date one act differently are flagged, with the words behind each date', () => {
    const { timeline } = compare([
      article('A', 'Norway expelled the Swedish ambassador on 4 March.', '2024-03-06'),
      article('B', 'Norway expelled the Swedish ambassador on 5 March.', '2024-03-06'),
    ])
    const expel = timeline.find((t) => t.type === 'SANCTION')!
    assert.equal(expel.status, 'conflicting-dates')
    assert.equal(expel.date, undefined)
    assert.deepEqual(expel.dates.map((d) => [d.value, d.evidence.map((e) => e.articleId)]), [['2024-03-04', ['A']], ['2024-03-05', ['B']]])
    assert.match(expel.explanation, /4 March 2024 \(A\) vs 5 March 2024 \(B\)/u)
  })

  test('a report\'s day bounds the act it tells of: "by Monday" and "on Saturday" agree, the day it happened is kept', () => {
    const { timeline } = compare([
      article('A', 'Norway expelled the Swedish ambassador on Saturday.', '2024-03-04'),
      article('B', 'The Norwegian foreign ministry said on Monday that Norway had expelled the Swedish ambassador.', '2024-03-05'),
    ])
    const expel = timeline.find((t) => t.type === 'SANCTION')!
    assert.equal(expel.status, 'dated')
    assert.deepEqual(expel.date, { value: '2024-03-02', precision: 'day' })
    assert.match(expel.explanation, /2 March 2024 \(A\), by 4 March 2024 \(B\)/u)
    const [alone] = compare([article('B', 'The Norwegian foreign ministry said on Monday that Norway had expelled the Swedish ambassador.', '2024-03-05')]).timeline
    assert.deepEqual(alone?.date, { value: '2024-03-04', precision: 'day', notAfter: true })
  })

  test('acts that name no party are split by date, so an earlier attack is not a conflict', () => {
    const { timeline } = compare([
      article('A', 'The attack happened on 27 January 2023. It recalled the attack in October 2022.', '2023-01-28'),
    ])
    const attacks = timeline.filter((t) => t.type === 'ASSAULT').map(line)
    assert.deepEqual(attacks, ['dated 2022-10 - ASSAULT - [A]', 'dated 2023-01-27 - ASSAULT - [A]'])
  })

  test('dated acts come first, in date order; negated and planned acts are left out, promises kept', () => {
    const { timeline } = compare([
      article('A', 'Police did not arrest Maria Lopez. Rebels will attack the port. Peru will send aid to Chile. Rebels seized the airport on 3 May 2021. Protesters rallied in Lima on 1 May 2021. Officials condemned Chile. Chile should apologize to Peru.', '2021-05-05'),
    ])
    assert.deepEqual(timeline.map((t) => t.type), ['PROTEST', 'COERCE', 'AGREE', 'ACCUSE'])
    assert.deepEqual(timeline.map((t) => t.status), ['dated', 'dated', 'undated', 'undated'])
  })
})

describe('timeline dates', () => {
  test('one party\'s acts years apart are two acts, not a date conflict; undated tellings join the latest', () => {
    const { timeline } = compare([
      article('A', 'Norway expelled the Swedish ambassador on Monday. Norway has expelled the Swedish ambassador before.', '2024-03-06'),
      article('B', 'Norway expelled the Swedish ambassador in 2019 over a spying row.', '2024-03-07'),
    ])
    assert.deepEqual(timeline.filter((t) => t.type === 'SANCTION').map(line), ['dated 2019 country:NOR SANCTION role:SWE:ambassador [B]', 'dated 2024-03-04 country:NOR SANCTION role:SWE:ambassador [A]'])
  })

  test('a date fits a more precise one inside it', () => {
    assert.equal(compatible({ value: '2023-01', precision: 'month' }, { value: '2023-01-27', precision: 'day' }), true)
    assert.equal(compatible({ value: '2023-01-26', precision: 'day' }, { value: '2023-01-27', precision: 'day' }), false)
  })

  test('an upper bound ("by 9 March") fits any day up to it and is labelled as one', () => {
    const by = { value: '2026-03-09', precision: 'day', notAfter: true } as const
    assert.equal(compatible(by, { value: '2026-03-07', precision: 'day' }), true)
    assert.equal(compatible({ value: '2026-03-09', precision: 'day' }, by), true)
    assert.equal(compatible(by, { value: '2026-03', precision: 'month' }), true)
    assert.equal(compatible(by, { value: '2026-03-10', precision: 'day' }), false)
    assert.equal(compatible(by, { value: '2026-03-02', precision: 'day', notAfter: true }), true)
    assert.equal(dateLabel(by), 'by 9 March 2026')
  })

  test('a span of days ("last weekend") fits either of its days and its month, and is labelled as a span', () => {
    const weekend = { value: '2026-06-13', precision: 'day', to: '2026-06-14' } as const
    assert.equal(compatible(weekend, { value: '2026-06-14', precision: 'day' }), true)
    assert.equal(compatible({ value: '2026-06-13', precision: 'day' }, weekend), true)
    assert.equal(compatible(weekend, { value: '2026-06', precision: 'month' }), true)
    assert.equal(compatible(weekend, { value: '2026-06-15', precision: 'day' }), false)
    assert.equal(dateLabel(weekend), '13 June 2026 – 14 June 2026')
  })

  test('labels as precise as the date', () => {
    assert.deepEqual([dateLabel({ value: '2023-01-27', precision: 'day' }), dateLabel({ value: '2023-01', precision: 'month' }), dateLabel({ value: '2023', precision: 'year' })], ['27 January 2023', 'January 2023', '2023'])
  })
})

describe('timeline sides and several acts', () => {
  test('one article dating the same parties\' act twice tells of two acts, not a conflict', () => {
    const { timeline } = compare([
      article('A', 'Norway expelled the Swedish ambassador in 2015. Norway expelled the Swedish ambassador on 4 March 2024.', '2024-03-06'),
    ])
    assert.deepEqual(timeline.filter((t) => t.type === 'SANCTION').map((t) => `${t.status} ${t.date?.value}`), ['dated 2015', 'dated 2024-03-04'])
  })

  test('two people of one country are two sides', () => {
    const { timeline } = compare([article('A', 'Senator John Smith criticized Governor Mary Jones. Governor Mary Jones condemned Senator John Smith.', '2024-03-06')])
    assert.equal(timeline.filter((t) => t.type === 'ACCUSE').length, 2)
  })
})

describe('timeline denials', () => {
  test('an act one article reports and a source of another denies is contested, with who says which', () => {
    const { timeline } = compare([
      article('A', 'Syrian troops shelled Karam on Monday, witnesses said.', '2024-03-06'),
      article('B', 'The Syrian army denied shelling Karam on Monday.', '2024-03-06'),
    ])
    const shelling = timeline.find((t) => t.type === 'ASSAULT')!
    assert.deepEqual(shelling.contested?.asserted.map((e) => [e.articleId, e.speaker]), [['A', 'unnamed::witnesses']])
    assert.deepEqual(shelling.contested?.denied.map((e) => [e.articleId, e.speaker]), [['B', 'inst:SYR:army']])
    assert.deepEqual(shelling.articles, ['A', 'B'])
    assert.match(shelling.explanation, /Contested: told as done by witnesses \(A\); denied by Syria army \(B\)\./u)
  })

  test('an outlet denying in its own voice contests another outlet\'s report; one voice never contests itself', () => {
    const { timeline } = compare([
      article('A', 'Syrian troops shelled Karam on Monday.', '2024-03-06'),
      article('B', 'Syrian troops did not shell Karam on Monday.', '2024-03-06'),
    ])
    assert.deepEqual(timeline.find((t) => t.type === 'ASSAULT')!.contested?.denied.map((e) => e.speaker), ['outlet:B'])
    const alone = compare([article('A', 'Syrian troops shelled Karam on Monday. Syrian troops did not shell Karam on Monday.', '2024-03-06')])
    assert.equal(alone.timeline.find((t) => t.type === 'ASSAULT')!.contested, undefined)
  })
})

describe('timeline denials of one act among several', () => {
  test('a denial marks only the act it denies: a denial of one article\'s doerless act of one verb is none of another verb\'s', () => {
    const { timeline } = compare([
      article('A', 'Nine Tarvian guards were killed on Sunday at a border post, the defence ministry said. The ministry said Ostrian troops opened fire with mortars at dawn. ' +
        'Ostria\'s foreign ministry claimed its troops had come under fire first, a claim Tarvian officials dismissed as absurd.', '2026-10-09'),
    ])
    const assaults = timeline.filter((t) => t.type === 'ASSAULT')
    assert.ok(assaults.some((t) => t.evidence.some((e) => e.start === 25)))
    assert.deepEqual(assaults.filter((t) => t.contested), [])
  })

  test('one article\'s doerless tellings of one verb are one act', () => {
    const { timeline } = compare([article('A', 'Two guards were killed in Tamsk. The guards were killed at dawn, a witness said.', '2026-10-09')])
    assert.deepEqual(timeline.filter((t) => t.type === 'ASSAULT').map((t) => t.evidence.length), [2])
  })
})

describe('timeline acts of one day', () => {
  test('two attacks on one day on different targets are two acts; the same attack in two articles is one', () => {
    const { timeline } = compare([
      article('A', 'Rebels attacked a police station on Monday.', '2024-03-06'),
      article('B', 'Rebels attacked a police station on Monday. Bandits attacked a bus on Monday. The attack on the bus killed three people.', '2024-03-06'),
    ])
    const attacks = timeline.filter((t) => t.type === 'ASSAULT')
    assert.deepEqual(attacks.map((t) => [t.articles, t.evidence.length]), [[['A', 'B'], 2], [['B'], 2]])
  })
})

describe('timeline acts named by a day\'s noun', () => {
  test('"Saturday\'s housing march" is the march another article dates to that Saturday; "Saturday\'s students protested" keeps its doers\' words', () => {
    const { timeline } = compare([
      article('A', 'Thousands of people marched through the capital on Saturday.', '2026-03-15'),
      article('B', 'Saturday\'s housing march descended into chaos.', '2026-03-16'),
    ])
    assert.deepEqual(timeline.filter((t) => t.type === 'PROTEST').map(line), ['dated 2026-03-14 - PROTEST - [A,B]'])
    const apart = compare([
      article('A', 'Thousands of people marched through the capital on Saturday.', '2026-03-15'),
      article('B', 'Saturday\'s students protested outside parliament.', '2026-03-16'),
    ])
    assert.equal(apart.timeline.filter((t) => t.type === 'PROTEST').length, 2)
  })
})

describe('timeline acts that name no party', () => {
  test('an unnamed act joins the one group of its type that names a side; one that names another doer stays apart', () => {
    const { timeline } = compare([
      article('A', 'The minister said 23 people were arrested.', '2026-03-15'),
      article('B', 'Police arrested 31 people, a spokesman said.', '2026-03-16'),
    ])
    assert.deepEqual(timeline.filter((t) => t.type === 'COERCE').map((t) => t.articles), [['B', 'A']])
    const apart = compare([article('A', 'Rebels attacked a police station on Monday.', '2024-03-06'), article('B', 'Bandits attacked a bus.', '2024-03-06')])
    assert.equal(apart.timeline.filter((t) => t.type === 'ASSAULT').length, 2)
  })

  test('undated acts of different articles that name no doer stay apart unless their words agree', () => {
    const { timeline } = compare([
      article('A', 'Riot police fired tear gas at crowds outside the palace, and at least six people were killed, according to a hospital.', '2026-05-03'),
      article('B', 'Angry youths set fire to two ministry buildings and attacked officers with stones, the ministry said. Nine officers were injured.', '2026-05-03'),
    ])
    assert.deepEqual(timeline.filter((t) => t.type === 'ASSAULT' && t.articles.length > 1).map(line), [])
    // Words that agree still tie them: the same people arrested, the same nightly protests.
    const same = compare([
      article('A', 'Hundreds of people were arrested in the night raids, the minister said.', '2026-05-03'),
      article('B', 'Police arrested hundreds of people in night raids.', '2026-05-03'),
    ])
    assert.deepEqual(same.timeline.filter((t) => t.type === 'COERCE').map((t) => t.articles), [['B', 'A']])
  })

  test('an act naming no party does not join a group whose both sides are named when its own words tell other doers', () => {
    const { timeline } = compare([article('A', 'Prosecutors accused Anna Petrova of fraud. Anna Petrova\'s lawyers have appealed the verdict.', '2026-05-20')])
    assert.equal(timeline.filter((t) => t.type === 'ACCUSE').length, 2)
  })
})

describe('timeline acts whose doer one teller leaves out', () => {
  test('a doerless act of a day is the act of its type that a named doer did that day, with all the evidence', () => {
    const { timeline } = compare([
      article('A', 'A gunman stormed the Norwegian embassy in Lima on 3 May 2021, police said. The gunman also shot a security official.', '2021-05-04'),
      article('B', 'An attack on the Norwegian embassy in Lima on 3 May 2021 left one dead and two others injured.', '2021-05-04'),
    ])
    const attacks = timeline.filter((t) => t.type === 'ASSAULT' && t.status === 'dated')
    assert.deepEqual(attacks.map(line), ['dated 2021-05-03 perpetrator ASSAULT inst:NOR:embassy [A,B]'])
    assert.deepEqual(attacks[0]!.evidence.map((e) => e.articleId), ['A', 'B', 'B'])
  })

  test('a follow-up story\'s "Monday\'s shooting at a mall" and its "after the gunman killed" are the act the first story told', () => {
    const { timeline } = compare([
      article('A', 'A gunman killed two people at a shopping mall in Denver on Monday, police said.', '2024-03-04'),
      article('B', 'Prosecutors charged the man arrested after Monday\'s shooting at a Denver mall. He was arrested after the gunman killed two people.', '2024-03-06'),
    ])
    const assaults = timeline.filter((t) => t.type === 'ASSAULT')
    assert.deepEqual(assaults.map(line), ['dated 2024-03-04 perpetrator ASSAULT - [A,B]'])
    assert.equal(assaults[0]!.evidence.length, 3)
  })

  test('a denial in other words for the target denies another act: "denied targeting civilians" does not contest "destroyed a command post"', () => {
    const { timeline } = compare([
      article('A', 'Russian forces destroyed a command post near the border on Sunday.', '2024-06-04'),
      article('B', 'The Russian army denied targeting civilians.', '2024-06-04'),
    ])
    assert.deepEqual(timeline.filter((t) => t.type === 'ASSAULT').map(line), ['dated 2024-06-02 inst:RUS:forces ASSAULT - [A]'])
  })

  test('a doerless act of that day on another target stays apart', () => {
    const { timeline } = compare([
      article('A', 'Rebels attacked Karam on Monday.', '2024-03-06'),
      article('B', 'The attack on the bus on Monday killed three people.', '2024-03-06'),
    ])
    assert.deepEqual(timeline.filter((t) => t.type === 'ASSAULT').map((t) => t.actor ?? 'someone'), ['org:rebels', 'someone'])
  })

  test('the words after an act that is the subject of its own verb are no target: "the terror attack was committed" is that attack', () => {
    const { timeline } = compare([article('A', 'An attack on a police officer in Lima on Monday shocked the city. The terror attack was committed by two men.', '2024-03-06')])
    assert.deepEqual(timeline.filter((t) => t.type === 'ASSAULT').map((t) => t.evidence.length), [2])
  })
})

describe('timeline doers named bare', () => {
  test('"court" is the "Norway court" of another telling when the type, target and date agree; on another day it is another act', () => {
    const sentences = (b: string): string[] => compare([
      article('A', 'A Norwegian court on Thursday sentenced Erik Dahl to six years in prison.', '2024-03-08'),
      article('B', b, '2024-03-08'),
    ]).timeline.filter((t) => t.type === 'SANCTION').map((t) => `${t.date?.value} [${t.articles.join(',')}]`)
    // With no place of Norway named, the bare court is no canonical Norwegian court (`compare/actors`): the timeline ties them.
    assert.deepEqual(sentences('A court on Thursday sentenced Erik Dahl to six years in prison.'), ['2024-03-07 [A,B]'])
    assert.deepEqual(sentences('A court on Tuesday sentenced Erik Dahl to a fine.'), ['2024-03-05 [B]', '2024-03-07 [A]'])
  })
})

describe('timeline groups', () => {
  test('rebels of a country are a side of their own, not the state\'s', () => {
    const { timeline } = compare([article('A', 'Syrian troops attacked Karam on Monday. Syrian rebels attacked Karam on Monday.', '2024-03-06')])
    assert.deepEqual(timeline.filter((t) => t.type === 'ASSAULT').map((t) => t.actor), ['inst:SYR:troops', 'inst:SYR:rebels'])
  })
})

describe('timeline of what nature does', () => {
  test('a fire\'s outbreak and its deaths are two acts, each one across articles whatever their subjects; no "someone" does them', () => {
    const { timeline } = compare([
      article('A', 'A bushfire tore through the valley on Saturday, killing two people.', '2026-01-12'),
      article('B', 'The fire has burnt 5,000 hectares since it broke out on Saturday.', '2026-01-12'),
    ])
    const disasters = timeline.filter((t) => t.type === 'DISASTER')
    assert.deepEqual(disasters.map((t) => `${t.mode} ${t.date?.value} [${t.articles.join(',')}]`), ['outbreak 2026-01-10 [A,B]', 'deaths 2026-01-10 [A]'])
    assert.match(disasters[0]!.explanation, /^DISASTER \(outbreak\)/u)
    assert.equal(actLine('ASSAULT', undefined, undefined, 'Kyiv'), 'someone ASSAULT Kyiv')
  })
})

describe('timeline of acts due', () => {
  test('an act due by a date is on the timeline at that date, marked as due, apart from acts done', () => {
    const { timeline } = compare([
      article('A', 'Tajikistan has committed to withdraw its troops by 24 February. Tajikistan apologised on Monday.', '2026-02-19'),
      article('B', 'Tajikistan committed to withdraw its forces by next Tuesday, officials said.', '2026-02-19'),
    ])
    const due = timeline.filter((t) => t.date?.deadline)
    assert.deepEqual(due.map(line), ['dated 2026-02-24 country:TJK CONCEDE - [A,B]'])
    assert.match(due[0]!.explanation, /reported by A, B; due 24 February 2026 \(A, B\)\.$/u)
    assert.equal(dateLabel({ value: '2026-02-24', precision: 'day', deadline: true }), 'due 24 February 2026')
  })
})

describe('timeline acts of other places', () => {
  test('an undated act in one place does not join another place\'s dated act', () => {
    const { timeline } = compare([
      article('A', 'An air strike on Kharkiv killed 14 people.', '2026-11-11'),
      article('B', 'Two civilians were injured in Odesa last week.', '2026-11-11'),
    ])
    assert.deepEqual(timeline.filter((t) => t.type === 'ASSAULT').map(line), ['dated 2026-11-04 - ASSAULT - [B]', 'undated  - ASSAULT - [A]'])
  })

  test('an undated act that names no party is the story\'s own, not a background act dated years before its article', () => {
    const { timeline } = compare([
      article('A', 'The nightly protests went on. The chief recalled the protests that shook the city in 2009.', '2024-08-20'),
      article('B', 'The nightly protests went on again.', '2024-08-21'),
    ])
    assert.deepEqual(timeline.filter((t) => t.type === 'PROTEST').map(line), ['dated 2009 - PROTEST - [A]', 'undated  - PROTEST - [A,B]'])
  })

  test('articles naming one place\'s act in their own words on fitting dates tell one act, whose dates they dispute', () => {
    const { timeline } = compare([
      article('A', 'A night-time air strike on the border town of Kharkiv overnight killed 14 people.', '2026-11-11'),
      article('B', 'Jets carried out a pinpoint strike on a terrorist base in Kharkiv late on Tuesday.', '2026-11-11'),
      article('C', 'In Kharkiv, the missile came through the roof at about 1.30am on Wednesday.', '2026-11-12'),
    ])
    assert.deepEqual(timeline.filter((t) => t.type === 'ASSAULT').map((t) => [t.status, t.articles]), [['conflicting-dates', ['A', 'B', 'C']]])
  })
})
