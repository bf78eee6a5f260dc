/** @module compare/verdicts.test — which values can both be true, and agreed, contested and single-source verdicts. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { repoRoot } from '../ingest/fixtures/helpers.js'
import type { AnalysisResult, AnalyzedArticle, Verdict } from '../model/schema.js'
import { analyzeTexts } from '../rashomon.js'
import { aboutLabel, compatible, eventCountryOf } from './verdicts.js'

const read = (name: string): { name: string; text: string } => ({ name, text: readFileSync(join(repoRoot(), 'src', 'compare', 'fixtures', name), 'utf8') })

/** One-line `status topic: value [article:speaker, ...] | ...` strings. */
function lines(result: AnalysisResult): string[] {
  return result.stories[0]!.comparison.verdicts.map((v) => `${v.status} ${v.topic}: ${v.sides.map((s) => `${s.value} [${s.evidence.map((e) => `${e.articleId}:${e.speaker}`).join(', ')}]`).join(' | ')}`)
}

const verdict = (result: AnalysisResult, topic: string): Verdict | undefined => result.stories[0]!.comparison.verdicts.find((v) => v.topic === topic)

describe('compatible', () => {
  test('when: same month and day, and the same year or an unknown one', () => {
    assert.equal(compatible('when', '2023-01-27', '2023-01-27'), true)
    assert.equal(compatible('when', '2023-01-27', '????-01-27'), true)
    assert.equal(compatible('when', '????-01-27', '2023-01-27'), true)
    assert.equal(compatible('when', '2023-01-27', '2023-01-28'), false)
    assert.equal(compatible('when', '2022-01-27', '2023-01-27'), false)
  })

  test('when: a weekend is a range that either of its days agrees with', () => {
    assert.equal(compatible('when', '2026-06-13..2026-06-14', '2026-06-13'), true)
    assert.equal(compatible('when', '????-06-14', '2026-06-13..2026-06-14'), true)
    assert.equal(compatible('when', '2026-06-13..2026-06-14', '2026-06-15'), false)
  })

  test('counts: an upper bound disputes a figure well above it, not one just under it', () => {
    assert.equal(compatible('turnout', '<9000', '25000'), false)
    assert.equal(compatible('turnout', '<9000', '8500'), true)
    assert.equal(compatible('turnout', '<9000', '9000+'), false)
  })

  test('where: a country and a place in it', () => {
    assert.equal(compatible('where', 'NOR/Oslo', 'NOR'), true)
    assert.equal(compatible('where', 'NOR', 'NOR/Oslo'), true)
    assert.equal(compatible('where', 'NOR/Oslo', 'NOR/Bergen'), false)
    assert.equal(compatible('where', 'NOR/Oslo', 'SWE/Stockholm'), false)
  })

  test('where: one place spelt two ways, with an apostrophe, a hyphen or a doubled letter, is one place', () => {
    assert.equal(compatible('where', "OMN/Ma'abela", 'OMN/Maabela'), true)
    assert.equal(compatible('where', 'OMN/Maabela', 'OMN/Mabela'), true)
    assert.equal(compatible('where', 'OMN/Ras al-Hadd', 'OMN/Ras al Hadd'), true)
    assert.equal(compatible('where', 'OMN/Sur', 'OMN/Suwaiq'), false)
  })

  test('killed and injured: ranges that overlap', () => {
    assert.equal(compatible('killed', '2', '2'), true)
    assert.equal(compatible('killed', '2', '1+'), true)
    assert.equal(compatible('killed', '13+', '12'), false)
    assert.equal(compatible('killed', '8-12', '10'), true)
    assert.equal(compatible('killed', '2', '3'), false)
    assert.equal(compatible('injured', '3', '1+'), true)
    assert.equal(compatible('killed', 'many', '2'), false)
    // "At least 17" and "17" agree; "at least 17" and "31" (or "at least 31") are two tolls a reader sees as a dispute.
    assert.equal(compatible('killed', '17+', '17'), true)
    assert.equal(compatible('killed', '17+', '18'), true)
    assert.equal(compatible('killed', '17+', '31'), false)
    assert.equal(compatible('killed', '17+', '31+'), false)
    assert.equal(compatible('killed', '24-99', '31'), true)
  })

  test('arrest: a bare arrest fits any pace, two paces do not fit each other', () => {
    assert.equal(compatible('arrest', 'arrested', 'quick'), true)
    assert.equal(compatible('arrest', 'delayed', 'arrested'), true)
    assert.equal(compatible('arrest', 'quick', 'delayed'), false)
  })

  test('indicator: levels that round to a common figure', () => {
    assert.equal(compatible('indicator', '7.25', '7.25'), true)
    assert.equal(compatible('indicator', '6', '6.4'), true)
    assert.equal(compatible('indicator', '6.1', '6.4'), false)
    assert.equal(compatible('indicator', '6+', '6.4'), true)
  })

  test('victim: several groups can all have been hit', () => {
    assert.equal(compatible('victim', 'soldier', 'militant'), true)
  })

  test('other counts and amounts: ranges that overlap, as tolls', () => {
    assert.equal(compatible('fine', '48550000-48650000', '47500000-52500000'), true, '"48.6 million" is "almost 50 million"')
    assert.equal(compatible('affected', '3350000-3450000', '1140000-1260000'), false)
    assert.equal(compatible('arrested', '14', '19'), false)
    assert.equal(compatible('jobs', '1200', '960-1440'), true)
  })

  test('other facets: only equal values', () => {
    assert.equal(compatible('characterisation', 'terrorist act', 'terrorist act'), true)
    assert.equal(compatible('characterisation', 'terrorist act', 'not a terrorist act'), false)
    assert.equal(compatible('perpetrator', 'one', 'several'), false)
  })
})

test('the event\'s country is the one most places are in, an ISO code or a country the article introduces ("Durovia/Korvath")', () => {
  const where = (...values: string[]): AnalyzedArticle => ({ facets: values.map((value) => ({ facet: 'where', value })) }) as unknown as AnalyzedArticle
  assert.equal(eventCountryOf([where('NOR/Oslo', 'NOR'), where('SWE/Malmo')]), 'NOR')
  assert.equal(eventCountryOf([where('Durovia/Korvath'), where('Durovia/Ostra', 'NOR/Oslo')]), 'Durovia')
  assert.equal(eventCountryOf([where('Korvath')]), undefined)
})

describe('verdicts on two small articles', () => {
  const result = analyzeTexts([read('embassy-a.txt'), read('embassy-b.txt')])

  test('both articles are read with their date header', () => {
    assert.deepEqual(result.articles.map((a) => [a.article.id, a.article.published?.date, a.failures]), [['A', '2023-03-01', []], ['B', '2023-03-01', []]])
  })

  test('every verdict, in order: contested, agreed, single-source, then by topic', () => {
    assert.deepEqual(lines(result), [
      'contested characterisation: not a terrorist act [B:inst:NOR:police] | terrorist act [A:person:holm]',
      'agreed killed (security staff): 2 [A:outlet:A, B:outlet:B]',
      'agreed victim: security staff [A:outlet:A, B:outlet:B]',
      'agreed when: 2023-02-27 [A:outlet:A, B:outlet:B]',
      'agreed where: NOR/Oslo [A:outlet:A, B:outlet:B]',
      'single-source perpetrator: one [A:outlet:A]',
      'single-source response: condemn by country:NOR: condemn [A:outlet:A]',
    ])
  })

  test('agreed: the same toll in both, with evidence spans that slice the count', () => {
    const v = verdict(result, 'killed (security staff)')!
    assert.equal(v.status, 'agreed')
    assert.deepEqual(v.missingFrom, [])
    const texts = v.sides[0]!.evidence.map((e) => result.articles.find((a) => a.article.id === e.articleId)!.article.text.slice(e.start, e.end))
    assert.deepEqual(texts, ['killing two security guards', 'killing two guards'])
    assert.match(v.explanation, /^killed \(security staff\): 2 independent articles \(A, B\)/u)
  })

  test('contested: different characterisations, each side with its speaker', () => {
    const v = verdict(result, 'characterisation')!
    assert.equal(v.status, 'contested')
    assert.deepEqual(v.sides.map((s) => [s.label, s.evidence.map((e) => e.speaker), s.evidence.map((e) => e.modality)]), [
      ['not a terrorist act', ['inst:NOR:police'], ['reported']],
      ['terrorist act', ['person:holm'], ['reported']],
    ])
    assert.match(v.explanation, /disagree/u)
  })

  test('single-source: a response only one article reports names the article that leaves it out', () => {
    const v = verdict(result, 'response: condemn by country:NOR')!
    assert.equal(v.status, 'single-source')
    assert.deepEqual(v.missingFrom, ['B'])
    assert.equal(v.facet, 'response')
  })

  test('the same inputs give the same verdicts', () => {
    assert.deepEqual(analyzeTexts([read('embassy-a.txt'), read('embassy-b.txt')]).stories[0]!.comparison, result.stories[0]!.comparison)
  })
})

describe('verdicts with syndicated copies', () => {
  // A and its verbatim copy are one source: what only they say is single-source, however many copies there are.
  const a = read('embassy-a.txt')
  const result = analyzeTexts([a, { name: 'embassy-a-copy.txt', text: a.text }, read('embassy-b.txt')])

  test('three articles', () => {
    assert.equal(result.articles.length, 3)
  })

  test('a fact only in the copies is single-source, missing from the third article', () => {
    const v = verdict(result, 'response: condemn by country:NOR')!
    assert.equal(v.status, 'single-source')
    assert.deepEqual(v.sides[0]!.evidence.map((e) => e.articleId), ['A', 'B'])
    assert.deepEqual(v.missingFrom, ['C'])
  })

  test('a fact the third article also gives is agreed by two independent sources, not three', () => {
    const v = verdict(result, 'killed (security staff)')!
    assert.equal(v.status, 'agreed')
    assert.match(v.explanation, /^killed \(security staff\): 2 independent articles \(A, B, C\)/u)
  })

  test('a copy alone never makes a fact agreed', () => {
    const copies = analyzeTexts([a, { name: 'embassy-a-copy.txt', text: a.text }])
    assert.deepEqual(copies.stories[0]!.comparison.verdicts.map((v) => v.status).filter((s) => s !== 'single-source'), [])
  })
})

describe('verdicts on the tolls of different groups', () => {
  const result = analyzeTexts([
    { name: 'a.txt', text: 'Militants attacked an army base on Sunday. Twelve soldiers were killed and 30 militants were killed, the army said.' },
    { name: 'b.txt', text: 'An army base came under attack on Sunday. Officials said 15 soldiers were killed. The attack killed 40 people in all.' },
  ], { split: 'files' })

  test('each group\'s toll is compared only with the same group\'s, a total only with totals', () => {
    assert.deepEqual(lines(result).filter((l) => /killed|victim/u.test(l)), [
      'contested killed (soldier): 12 [A:org:army] | 15 [B:unnamed::officials]',
      // "40 people" names no class of victims; one voice naming soldiers and militants reports a clash, not a dispute.
      'agreed victim: soldier [A:org:army, B:unnamed::officials] | militant [A:org:army]',
      'single-source killed: 40 [B:outlet:B]',
      'single-source killed (militant): 30 [A:org:army]',
    ])
  })
})

describe('verdicts on the tolls of two sides of a clash', () => {
  const result = analyzeTexts([
    { name: 'a.txt', text: 'Clash on the border\n\nTwelve Indian soldiers were killed on Sunday when Pakistani forces attacked a border post, the Indian army said. Pakistani officials said they put Indian losses at 30 dead.' },
    { name: 'b.txt', text: 'Border firefight\n\nPakistan said on Monday that Indian soldiers crossed the border on Sunday, triggering a firefight that left four Pakistani soldiers dead.' },
  ], { split: 'files' })

  test('one side\'s tolls from two voices contest each other; two sides\' tolls never do', () => {
    const killed = lines(result).filter((l) => /^[\w-]+ killed/u.test(l))
    assert.deepEqual(killed, [
      'contested killed (soldier, India): 12 [A:inst:IND:army] | 30 [A:inst:PAK:officials]',
      'single-source killed (soldier, Pakistan): 4 [B:country:PAK]',
    ], lines(result).join('\n'))
  })

  test('a victims line joins only one side\'s dead: no agreement that "soldiers" died on both sides', () => {
    assert.deepEqual(lines(result).filter((l) => / victim/u.test(l) && l.startsWith('agreed')), [], lines(result).join('\n'))
  })
})

describe('verdicts on the tolls of a side one article names only by its demonym', () => {
  test('"Belstani soldiers" and "Belstan\'s soldiers" are one side, though the first article never names Belstan', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'Clash in the hills\n\nTwelve Belstani soldiers were killed on Sunday when Durgan forces attacked a hill post, the army said.' },
      { name: 'b.txt', text: 'Hill post attacked\n\nBelstan\'s defence ministry said on Monday that 14 of its soldiers were killed in the attack on Sunday.' },
    ], { split: 'files' })
    const killed = lines(result).filter((l) => /^[\w-]+ killed/u.test(l))
    assert.equal(killed.length, 1, lines(result).join('\n'))
    assert.match(killed[0]!, /^contested killed \(soldier, Belstan\): 12 \[A:.*\] \| 14 \[B:.*\]$/u)
  })

  test('demonyms of two other countries stay two sides: "Kelsani" is no "Kelsar"\'s', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'Clash in the hills\n\nTwelve Kelsani soldiers were killed on Sunday when rebels attacked a hill post, the army said.' },
      { name: 'b.txt', text: 'Hill post attacked\n\nKelsar\'s defence ministry said on Monday that 14 of its soldiers were killed in the attack on Sunday.' },
    ], { split: 'files' })
    assert.equal(lines(result).filter((l) => /^[\w-]+ killed/u.test(l)).length, 2, lines(result).join('\n'))
  })
})

describe('verdicts on a toll given as "the number of people killed in …"', () => {
  test('it disputes another article\'s toll, and agrees with the same one', () => {
    const killed = (other: string): string[] => lines(analyzeTexts([
      { name: 'a.txt', text: `A flood swept through the valley on Sunday. ${other}` },
      { name: 'b.txt', text: 'The flood in the valley on Sunday was the worst in years. The number of people killed in the flood rose to 23, the coroner said.' },
    ], { split: 'files' })).filter((l) => /^\w+ killed/u.test(l))
    assert.deepEqual(killed('Officials said 14 people were killed.'), ['contested killed: 14 [A:unnamed::officials] | 23 [B:org:coroner]'])
    assert.deepEqual(killed('Officials said 23 people have now died.'), ['agreed killed: 23 [A:unnamed::officials, B:org:coroner]'])
  })
})

describe('verdicts on a party "not aware of any deaths"', () => {
  test('a later count disputes the denial of knowing of any, rather than updating it', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'Recall\nPublished: 2025-09-08\n\nThe carmaker recalled 400,000 vans on Monday. It said it was not aware of any deaths connected to the fault.' },
      { name: 'b.txt', text: 'Deadly delay\nPublished: 2025-09-09\n\nThe carmaker recalled 400,000 vans on Monday. Families say at least three people have died in crashes involving the vans.' },
    ], { split: 'files' })
    assert.equal(verdict(result, 'killed')?.status, 'contested')
  })
})

describe('verdicts on a toll "now confirmed" in a later article', () => {
  test('the later, higher count updates the first one: no dispute', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'Tower collapse\nPublished: 2025-06-12\n\nTwo construction workers were killed on Wednesday when three floors of a tower collapsed in Leeds.' },
      { name: 'b.txt', text: 'Toll rises\nPublished: 2025-06-13\n\nFour workers are now confirmed dead after the tower collapsed in Leeds on Wednesday, emergency services said.' },
    ], { split: 'files' })
    assert.equal(verdict(result, 'killed (worker)')?.status, 'agreed')
  })
})

describe('verdicts on counts "about" a figure', () => {
  /** The verdict on homes destroyed when article A says `a` and article B says `b`. */
  const homes = (a: string, b: string): string | undefined => lines(analyzeTexts([
    { name: 'a.txt', text: `A wildfire swept through the valley on Sunday. The fire destroyed ${a} homes.` },
    { name: 'b.txt', text: `The valley wildfire on Sunday was the worst in years. The fire destroyed ${b} homes.` },
  ], { split: 'files' })).find((l) => l.includes('destroyed'))?.split(':')[0]

  test('"about 600" disputes "more than 700" and "about 700", and agrees with 620', () => {
    assert.equal(homes('about 600', 'more than 700'), 'contested destroyed (households)')
    assert.equal(homes('about 600', 'about 700'), 'contested destroyed (households)')
    assert.equal(homes('about 600', '620'), 'agreed destroyed (households)')
  })
})

describe('verdicts on a share move with and without its company named', () => {
  test('"Shares rose" and "Shares of Kestrel Foods rose" agree on the one move', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'Kestrel Foods reported higher profits on Tuesday. Shares rose 4 percent in late trading.' },
      { name: 'b.txt', text: 'Kestrel Foods said on Tuesday its profits were up. Shares of Kestrel Foods rose 4 percent after the announcement.' },
    ], { split: 'files' })
    assert.deepEqual(lines(result).filter((l) => l.includes('share price change')).map((l) => l.split(':')[0]), ['agreed level'])
  })
})

describe('verdicts on a total and one group\'s toll', () => {
  const result = analyzeTexts([
    { name: 'a.txt', text: 'Gunmen attacked a police station on Sunday. Two police officers were killed in the attack, the ministry said.' },
    { name: 'b.txt', text: 'A police station came under attack on Sunday. The attack left two dead, officials said.' },
  ], { split: 'files' })

  test('a total that names no victims is the toll of the one group named', () => {
    const killed = lines(result).filter((l) => /killed/u.test(l))
    assert.equal(killed.length, 1, killed.join('\n'))
    assert.equal(killed[0], 'agreed killed (police officer): 2 [A:org:ministry, B:unnamed::officials]')
  })
})

describe('verdicts on a total larger than one group\'s toll', () => {
  const result = analyzeTexts([
    { name: 'a.txt', text: 'A drone struck the town of Arvik on Thursday night. The deputy minister said 31 people were wounded.' },
    { name: 'b.txt', text: 'The army said artillery had wounded two soldiers on Wednesday near the border.' },
  ], { split: 'files' })

  test('a total above every count of the one group named may hold that group: it stays apart, no dispute', () => {
    const injured = lines(result).filter((l) => /injured/u.test(l))
    assert.equal(injured.some((l) => l.startsWith('contested')), false, injured.join('\n'))
    assert.equal(injured.length, 2, injured.join('\n'))
  })
})

describe('verdicts on a toll one voice rejects', () => {
  test('"called the figure fabricated" contests the figure it rejects, by the rejecting voice', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'A drone strike on the border town of Arvik killed 14 civilians on Thursday night, Armenian officials said.' },
      { name: 'b.txt', text: 'Armenian officials claimed that 14 civilians were killed in Arvik, but Defence Minister Anar Huseynov called the figure "fabricated propaganda."' },
    ], { split: 'files' })
    const killed = verdict(result, 'killed (civilian)')
    assert.equal(killed?.status, 'contested', lines(result).join('\n'))
    assert.deepEqual(killed?.sides.map((s) => s.label), ['14', 'rejected'])
  })
})

describe('verdicts on a lower bound and exact tolls', () => {
  const result = analyzeTexts([
    { name: 'a.txt', text: 'A fire tore through a factory on Monday, killing at least 17 workers, officials said.' },
    { name: 'b.txt', text: 'A factory fire on Monday was a tragic incident. According to the police, 17 workers died in the fire.' },
    { name: 'c.txt', text: 'The factory fire on Monday was no accident. A union said 31 workers died in the fire.' },
  ], { split: 'files' })

  test('"at least 17" and "17" are one side; 31 disputes both', () => {
    const killed = lines(result).filter((l) => /^\w+ killed/u.test(l))
    assert.equal(killed.length, 1, killed.join('\n'))
    assert.equal(killed[0], 'contested killed (worker): 17+ [A:unnamed::officials, B:org:police] | 31 [C:unnamed::union]')
    assert.equal(verdict(result, 'killed (worker)')?.sides[0]?.label, '17+ / 17')
  })
})

describe('verdicts on demands', () => {
  /** The verdicts on demands of two stories of one sinking, "status topic". */
  const demandVerdicts = (a: string, b: string, topic: string): string[] => analyzeTexts([
    { name: 'a.txt', text: `A boat sank in the storm. ${a}` }, { name: 'b.txt', text: `A boat sank in the storm. ${b}` },
  ], { split: 'files' }).stories[0]!.comparison.verdicts.filter((v) => v.topic.startsWith(topic)).map((v) => `${v.status} ${v.topic}`)

  test('a demand by no one named, or urged on no one named, is not the one named party\'s', () => {
    assert.deepEqual(demandVerdicts('The United Nations called for an inquiry into the sinking.', 'Someone demanded answers from the coast guard.', 'response: demand by'),
      ['single-source response: demand by org:united nations', 'single-source response: demand by unspecified'])
    assert.deepEqual(demandVerdicts('The mayor called on the United Nations to demand answers from the ferry company.', 'The union urged members to demand an apology.', 'response: demand (demanded)'),
      ['single-source response: demand (demanded) by org:united nations', 'single-source response: demand (demanded) by unspecified'])
  })

  test('a senator\'s demand is the senator\'s, not the country\'s', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'Cardell agreed to buy Brightwater. Sen. Ray Delacroix of Ohio urged regulators to block the deal.' },
      { name: 'b.txt', text: 'Cardell agreed to buy Brightwater on Tuesday. Ohio Senator Ray Delacroix wrote to the regulator on Wednesday.' },
    ], { split: 'files' })
    const demands = result.stories[0]!.comparison.verdicts.filter((v) => v.topic.startsWith('response: demand by'))
    assert.deepEqual(demands.map((v) => v.topic), ['response: demand by person:delacroix'])
  })
})

describe('verdicts on a toll updated within one article', () => {
  test('one voice\'s earlier and later tolls are no dispute; another article\'s is', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'A train derailed on Tuesday. Officials said 12 people were killed. Later on Tuesday officials said 16 people were killed in the crash.' },
      { name: 'b.txt', text: 'The train crash on Tuesday was a disaster. The union said 19 people were killed in the crash.' },
    ], { split: 'files' })
    const killed = lines(result).filter((l) => /^\w+ killed/u.test(l))
    assert.deepEqual(killed, ['contested killed: 16 [A:unnamed::officials] | 19 [B:unnamed::union]'])
  })

  test('a voice\'s later figure in another article updates its earlier one ("14 → 16"); another voice still disputes it', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'Published: 2026-09-10\n\nA fever outbreak has killed 14 people, the health ministry said on Wednesday. The WHO said it had been told of 19 deaths.' },
      { name: 'b.txt', text: 'Published: 2026-09-12\n\nThe fever outbreak goes on. The health ministry reported 16 deaths on Friday.' },
    ], { split: 'files' })
    const killed = verdict(result, 'killed')
    assert.equal(killed?.status, 'contested', lines(result).join('\n'))
    assert.deepEqual(killed?.sides.map((s) => [s.label, s.evidence.map((e) => e.articleId).join(',')]), [['14 → 16', 'A,B'], ['19', 'A']])
  })

  test('a figure is given as of the last day its sentence names: "the toll from Wednesday\'s quake …, the agency said on Thursday" updates Wednesday\'s', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'Published: 2026-07-09\n\nAn earthquake struck early on Wednesday, killing 62 people and injuring more than 400, the disaster agency AFAD said.' },
      { name: 'b.txt', text: "Published: 2026-07-10\n\nThe toll from Wednesday's earthquake has risen to 127, the disaster agency AFAD said on Thursday, with more than 900 people injured." },
    ], { split: 'files' })
    const injured = verdict(result, 'injured')
    assert.notEqual(injured?.status, 'contested', lines(result).join('\n'))
    // "More than 400" reads as written, not as "401+".
    assert.deepEqual(injured?.sides.map((s) => s.label), ['more than 400 → more than 900'])
  })

  test('two costs in one currency are of different things; a cost of nothing named joins the one that names it', () => {
    const topics = (texts: readonly string[]): string[][] => analyzeTexts(texts.map((text, i) => ({ name: `${i}.txt`, text })), { split: 'files' })
      .stories[0]!.comparison.verdicts.filter((v) => v.facet === 'cost').map((v) => [v.topic, v.status]).sort()
    assert.deepEqual(topics(['The new stadium will cost £1.2 billion. The repairs will cost £5 million.', 'The repairs will cost about £5 million, the firm said.']),
      [['cost (GBP for repairs)', 'agreed'], ['cost (GBP for stadium)', 'single-source']])
    assert.deepEqual(topics(['The repairs will cost £5 million.', 'The company put the one-off cost at £5 million.']), [['cost (GBP for repairs)', 'agreed']])
  })

  test('an update keeps its "14 → 16" when another voice already gives its figure', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'Published: 2026-09-10\n\nA fever outbreak has killed 14 people, the health ministry said on Wednesday. The WHO said it had been told of 19 deaths. The union said 16 people had died.' },
      { name: 'b.txt', text: 'Published: 2026-09-12\n\nThe fever outbreak goes on. The health ministry reported 16 deaths on Friday.' },
    ], { split: 'files' })
    const killed = verdict(result, 'killed')
    assert.deepEqual(killed?.sides.map((s) => s.label).sort(), ['14 → 16', '19'], lines(result).join('\n'))
  })

  test('a live blog\'s timed updates supersede its earlier figures, whoever it cites', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'Train crash: live\n\n18:40 The death toll rises to 16, officials said.\n\n08:00 The police said at least 12 people were killed in the crash.' },
      { name: 'b.txt', text: 'The train crash on Tuesday was a disaster. Officials said 16 people were killed in the crash.' },
    ], { split: 'files' })
    assert.equal(verdict(result, 'killed')?.status, 'agreed', lines(result).join('\n'))
  })
})

describe('verdicts on a total and the toll of one building', () => {
  const result = analyzeTexts([
    { name: 'a.txt', text: 'An earthquake struck the city on Tuesday, killing 231 people, officials said.' },
    { name: 'b.txt', text: 'The earthquake on Tuesday killed 231 people. In one building, 64 people died.' },
  ], { split: 'files' })

  test('a part of the toll disputes no total: it is a topic of its own', () => {
    assert.deepEqual(lines(result).filter((l) => /^[\w-]+ killed/u.test(l)), [
      'agreed killed: 231 [A:unnamed::officials, B:outlet:B]',
      'single-source killed (part: in one building): 64 [B:outlet:B]',
    ])
  })
})

describe('verdicts on opposite accounts of who was killed', () => {
  const result = analyzeTexts([
    { name: 'a.txt', text: 'Jets struck a village on Thursday. The Taliban said the jets hit a market, killing 27 civilians.' },
    { name: 'b.txt', text: 'Security forces struck hideouts on Thursday, killing at least 40 terrorists, according to security sources.' },
  ], { split: 'files' })

  test('civilians by one voice and militants by another contest who the dead were', () => {
    assert.deepEqual(lines(result).filter((l) => / victim:/u.test(l)), ['contested victim: civilian [A:org:taliban] | militant [B:unnamed::sources]'])
  })
})

describe('verdicts on a demanded and an actual arrest', () => {
  const result = analyzeTexts([
    { name: 'a.txt', text: 'A fire killed 17 workers at a factory on Monday. Police said they had detained the manager.' },
    { name: 'b.txt', text: 'Seventeen workers died when a blaze swept through their plant. Workers protested, demanding the arrest of the owner.' },
    { name: 'c.txt', text: 'The factory fire was no accident. The country needs the arrest of the owner.' },
  ], { split: 'files' })

  test('demands agree with demands, never with the arrest made', () => {
    assert.deepEqual(lines(result).filter((l) => /arrest/u.test(l)).map((l) => l.replace(/ \[.*/u, '')), ['agreed arrest (demanded): arrested', 'single-source arrest: arrested'])
  })
})

describe('verdicts on counts other than tolls', () => {
  const result = analyzeTexts([
    { name: 'a.txt', text: 'A regulator fined the retailer Shopco 20.4 million euros on Monday over a breach. The regulator said the breach affected 2.1 million customers. Researchers said the leaked file contained 5 million records.' },
    { name: 'b.txt', text: 'Shopco was handed a fine of almost 20 million euros on Monday. The company said only 700,000 customers were affected.' },
  ], { split: 'files' })

  test('different counts of one unit by different voices are contested, each side with its speaker', () => {
    const v = verdict(result, 'affected (people)')!
    assert.equal(v.status, 'contested')
    assert.deepEqual(v.sides.map((s) => [s.label, s.evidence.map((e) => e.articleId)]), [['2.1 million customers', ['A']], ['700,000 customers', ['B']]])
  })

  test('records are another unit than customers: no false dispute', () => {
    assert.equal(verdict(result, 'affected (records)')?.status, 'single-source')
  })

  test('a total of arrests does not dispute a group among them', () => {
    const arrests = analyzeTexts([
      { name: 'a.txt', text: 'Police detained 14 people after the protest on Monday.' },
      { name: 'b.txt', text: 'Two journalists were detained after the protest on Monday.' },
    ], { split: 'files' })
    assert.deepEqual(arrests.stories[0]!.comparison.verdicts.filter((v) => v.facet === 'arrested').map((v) => `${v.status} ${v.topic}`), ['single-source arrested', 'single-source arrested (journalist)'])
  })

  test('arrests counted differently are contested, and the bare arrest in those words is not also agreed', () => {
    const arrests = analyzeTexts([
      { name: 'a.txt', text: 'Police arrested 52 people after the riot in the harbour district on Saturday.' },
      { name: 'b.txt', text: 'Sixty suspects were arrested after the riot on Saturday, the mayor said.' },
    ], { split: 'files' })
    assert.deepEqual(arrests.stories[0]!.comparison.verdicts.filter((v) => /^arrest/u.test(v.facet)).map((v) => `${v.status} ${v.topic}`), ['contested arrested'])
  })

  test('compensation sought is another topic than compensation paid', () => {
    const paid = analyzeTexts([
      { name: 'a.txt', text: 'The firm paid €2 million in compensation on Monday.' },
      { name: 'b.txt', text: 'The victims are seeking €9 million in compensation.' },
    ], { split: 'files' })
    assert.deepEqual(paid.stories[0]!.comparison.verdicts.filter((v) => v.facet === 'compensation').map((v) => `${v.status} ${v.topic}`), ['single-source compensation (EUR)', 'single-source compensation (EUR) (demanded)'])
  })

  test('an exact fine and "almost" that sum agree', () => {
    const v = verdict(result, 'fine (EUR)')!
    assert.equal(v.status, 'agreed')
    assert.deepEqual(v.sides.map((s) => s.label), ['20.4 million euros / almost 20 million euros'])
  })
})

describe('verdicts: turnout, projections and levels of indicators', () => {
  const topics = (texts: readonly string[], facets: readonly string[]): string[] =>
    analyzeTexts(texts.map((text, i) => ({ name: `${'abc'[i]}.txt`, text })), { split: 'files' }).stories[0]!.comparison.verdicts
      .filter((v) => facets.includes(v.facet)).map((v) => `${v.status} ${v.topic}`)

  test('a crowd the police and the organisers count differently is contested', () => {
    assert.deepEqual(topics(['Police put the turnout at 18,000 on Saturday.', 'Organisers said more than 70,000 people took part in the march on Saturday.'], ['turnout']), ['contested turnout (people)'])
  })

  test('people treated by medics are compared with people treated, not with the injured', () => {
    assert.deepEqual(topics(['Doctors said the ward had treated 600 patients for heatstroke. Two people were injured.', 'About 600 people were treated for heatstroke at the hospital, its director said.'], ['treated', 'injured']), [
      'agreed treated (people)', 'single-source injured',
    ])
  })

  test('jobs at risk agree with jobs at risk, apart from jobs cut; a project\'s cost with the same project\'s', () => {
    assert.deepEqual(topics([
      'The ruling puts 3,000 jobs at risk. The court quashed the licence for the $4.1 billion project.',
      'The decision has thrown 3,000 jobs into doubt, and the miner will cut 500 jobs. Investors said the $4.1 billion project was vital.',
    ], ['jobs', 'cost']), ['agreed cost (USD for project)', 'agreed jobs (projected)', 'single-source jobs'])
  })

  test('a budget\'s change agrees with the same budget\'s in the same period; another budget is another topic', () => {
    assert.deepEqual(topics([
      'The government cut the maintenance budget of the grid operator by 30 percent in 2024.',
      'The maintenance budget was cut by 30 percent in 2024, the auditor said. The defence budget was raised by 4 percent in 2024.',
    ], ['indicator']), ['agreed level: maintenance budget change in 2024', 'single-source level: defence budget change in 2024'])
  })

  test('the budgets of two named bodies cut by different shares are two topics, not a dispute', () => {
    const told = topics([
      'The government cut the budget of the World Health Organization by 20 percent in 2024.',
      'Parliament cut the budget for the BBC by 10 percent in 2024.',
    ], ['indicator'])
    assert.equal(told.length, 2, told.join('\n'))
    assert.ok(told.every((t) => t.startsWith('single-source level: budget change')), told.join('\n'))
  })

  test('projections are compared with projections, not with closures done', () => {
    assert.deepEqual(topics(['The association said 40,000 firms could close.', 'The union said 60,000 firms were at risk of closing. The chain closed 300 shops.'], ['closures']), [
      'contested closures (businesses) (projected)', 'single-source closures (businesses)',
    ])
  })

  test('levels of one period agree or disagree; an undated level is the period named; other periods are other topics', () => {
    assert.deepEqual(topics([
      'Bank raises rates\nPublished: 2026-05-07\n\nThe bank raised its main rate to 7.25% on Wednesday. Consumer prices rose 6.1% in April, the agency said. Growth was 2% in the first quarter.',
      'Bank lifts its rate\nPublished: 2026-05-08\n\nThe bank lifted its benchmark rate to 7.25% on Wednesday. The governor said inflation, now running at 6.4%, must fall. Growth was 1.5% in the second quarter of 2026.',
    ], ['indicator']), [
      'contested level: inflation in 2026-04', 'agreed level: interest rate in 2026-05', 'single-source level: growth in 2026-Q1', 'single-source level: growth in 2026-Q2',
    ])
  })

  test('shares of the vote agree when they round alike and are contested otherwise, each party apart; prices within their unit', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'Vote count\nPublished: 2026-03-16\n\nThe Social Democrats won 41.2% of the vote, the electoral commission said. The Greens won 12% of the vote. Petrol prices rose to 1.89 euros a litre.' },
      { name: 'b.txt', text: 'Election\nPublished: 2026-03-16\n\nThe Social Democrats took 41 percent in the election. The Greens won 17% of the vote, the party said. Petrol prices rose to 1.9 euros a litre.' },
      { name: 'c.txt', text: 'Results\nPublished: 2026-03-16\n\nThe Social Democrats won 47% of the vote, their leader said.' },
    ], { split: 'files' })
    const levels = result.stories[0]!.comparison.verdicts.filter((v) => v.facet === 'indicator')
    assert.deepEqual(levels.map((v) => `${v.status} ${v.topic}`), [
      'contested level: vote share (name:greens)', 'contested level: vote share (name:social democrats)', 'agreed level: price of petrol [EUR per litre]',
    ])
    // Both sides of a dispute keep their speakers.
    const greens = verdict(result, 'level: vote share (name:greens)')!
    assert.deepEqual(greens.sides.map((s) => `${s.label} ${s.evidence.map((e) => e.articleId).join(',')}`).sort(), ['12% A', '17% B'])
    const social = verdict(result, 'level: vote share (name:social democrats)')!
    assert.deepEqual(social.sides.map((s) => `${s.label} ${s.evidence.map((e) => e.articleId).join(',')}`).sort(), ['41 percent B', '41.2% A', '47% C'])
  })

  test('a candidate\'s share agrees across a declared winner, a relative clause and a plain result, each candidate apart', () => {
    // The vote's day, in the words after the holder, dates the share, not the protests of the clause before it.
    assert.deepEqual(topics([
      'Vote count\nPublished: 2026-05-03\n\nCrowds marched on Tuesday after the board declared Ines Marlow the winner of Sunday\'s election with 52.3 percent.',
      'Results\nPublished: 2026-05-03\n\nInes Marlow thanked voters. The board confirmed she had won 52.3 percent of the vote in Sunday\'s election.',
    ], ['indicator']), ['agreed level: vote share (person:marlow) in 2026-05'])
    assert.deepEqual(topics([
      'Vote count\nPublished: 2026-05-03\n\nThe electoral board declared Governor Ines Marlow the winner of Sunday\'s election with 52.3 percent. Rival candidate Tomas Brekke, who the board said won 44.1 percent, conceded.',
      'Results\nPublished: 2026-05-03\n\nInes Marlow won the election with 52.3 percent. Tomas Brekke took 44.1 percent.',
    ], ['indicator']), ['agreed level: vote share (person:brekke)', 'agreed level: vote share (person:marlow) in 2026-05'])
  })

  test('a level with "down from" an earlier period\'s figure is not that period\'s: it agrees with the same level elsewhere', () => {
    assert.deepEqual(topics([
      'Poll count\nPublished: 2026-05-03\n\nTurnout was 54 percent, up from 49 percent in 2022.',
      'Results\nPublished: 2026-05-03\n\nTurnout was 54 percent, officials said.',
    ], ['indicator']), ['agreed level: turnout', 'single-source level: turnout in 2022'])
  })

  test('two levels one article gives for one measure are no dispute', () => {
    assert.deepEqual(topics(['Polls\nPublished: 2026-03-16\n\nCruz is at 20 percent in Iowa polls. Cruz is at 25 percent in national polls.'], ['indicator']), ['single-source level: poll support (name:cruz)'])
  })
})

describe('verdicts on where it happened', () => {
  test('an article that names the place, though not as where the event was, does not leave it out', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'Riot police clashed with protesters in Mombasa on Monday, police said.' },
      { name: 'b.txt', text: 'Shops stayed shut across Mombasa after the unrest. The opposition said its offices were looted.' },
      { name: 'c.txt', text: 'The opposition said its offices were looted on Monday.' },
    ], { split: 'files' })
    const where = result.stories[0]!.comparison.verdicts.find((v) => v.facet === 'where')!
    assert.equal(where.status, 'agreed')
    assert.deepEqual(where.missingFrom, ['C'])
    assert.deepEqual(where.sides.flatMap((s) => s.evidence.map((e) => `${e.articleId}:${e.speaker}`)), ['A:org:police', 'B:outlet:B'])
  })

  test('places are contested only when each is told without the other', () => {
    const where = (texts: string[]): string => result(texts).stories[0]!.comparison.verdicts.find((v) => v.facet === 'where')?.status ?? 'none'
    const result = (texts: string[]): ReturnType<typeof analyzeTexts> => analyzeTexts(texts.map((text, i) => ({ name: `${i}.txt`, text })), { split: 'files' })
    // Both articles name both places: no side denies the other.
    assert.notEqual(where([
      'Bombs exploded in Kabul and Kandahar on Monday, killing 12 people.',
      'On Monday bombs went off in Kandahar and in Kabul, killing 12.',
    ]), 'contested')
    // Each names another place for the same bombing.
    assert.equal(where([
      'A bomb exploded in Kabul on Monday, killing 12 people.',
      'On Monday a bomb went off in Kandahar, killing 12.',
    ]), 'contested')
  })

  test('one city spelt two ways ("Sana\'a", "Sanaa") is one side, agreed', () => {
    const result = analyzeTexts([
      { name: 'a.txt', text: 'A bomb exploded in Sana\'a on Monday, killing 12 people.' },
      { name: 'b.txt', text: 'On Monday a bomb went off in Sanaa, killing 12.' },
    ], { split: 'files' })
    const where = result.stories[0]!.comparison.verdicts.find((v) => v.facet === 'where')!
    assert.deepEqual([where.status, where.sides.length], ['agreed', 1])
  })
})

describe('verdicts: updates and independent voices', () => {
  const article = (name: string, date: string, body: string): { name: string; text: string } =>
    ({ name, text: `title: Fire at the Harlow plant ${name}\ndate ${date}\n\n${body}\n` })

  test('a toll said to have risen updates lower figures given earlier, whoever gave them: no dispute', () => {
    const result = analyzeTexts([
      article('a.txt', '2024-03-14', 'HARLOW - Police said 12 people were killed in the fire at the Vantor plant on Wednesday night. Firefighters fought the blaze for hours.'),
      article('b.txt', '2024-03-15', 'HARLOW - The death toll rose to 15 on Friday after the fire at the Vantor plant, the health ministry said. Police had earlier said 12 people were killed.'),
    ], { split: 'files' })
    const v = verdict(result, 'killed')!
    assert.equal(v.status, 'agreed')
    assert.deepEqual(v.sides.map((s) => s.label), ['12 → 15'])
  })

  test('a toll that "rises to" or that a recovery is "bringing" to a figure updates it too', () => {
    for (const rise of ['The death toll rises to 15 after the fire at the Vantor plant.', 'Rescuers found three more bodies at the Vantor plant on Friday, bringing the death toll to 15, police said.']) {
      const result = analyzeTexts([
        article('a.txt', '2024-03-14', 'HARLOW - Police said 12 people were killed in the fire at the Vantor plant on Wednesday night.'),
        article('b.txt', '2024-03-15', `HARLOW - ${rise}`),
      ], { split: 'files' })
      assert.deepEqual(verdict(result, 'killed')!.sides.map((s) => s.label), ['12 → 15'], rise)
    }
  })

  test('a lower bound ("at least 25") is updated by a higher count given as of a later day, whoever gives it', () => {
    const result = analyzeTexts([
      article('a.txt', '2026-08-11', 'PARADISE VALLEY - A wildfire forced residents to flee on Monday. Battalion chief Daniel Ortega said at least 25 homes had been destroyed.'),
      article('b.txt', '2026-08-12', 'PARADISE VALLEY - The fire grew overnight and has destroyed at least 140 homes, fire officials said on Tuesday.'),
    ], { split: 'files' })
    const v = verdict(result, 'destroyed (households)')!
    assert.notEqual(v.status, 'contested', lines(result).join('\n'))
    assert.deepEqual(v.sides.map((s) => s.label), ['at least 25 homes → at least 140 homes'])
  })

  test('a figure that only grows (evacuated, rescued, containment) is updated by a higher one of a later day, whoever gives it', () => {
    const result = analyzeTexts([
      article('a.txt', '2026-08-11', 'PARADISE VALLEY - A wildfire forced about 6,000 residents to evacuate on Monday, officials said. The fire was 5 percent contained on Monday, the fire agency said.'),
      article('b.txt', '2026-08-12', 'PARADISE VALLEY - The wildfire was 10 percent contained, battalion chief Daniel Ortega said. Evacuation orders now cover about 11,000 residents, Sheriff Maria Delgado said.'),
    ], { split: 'files' })
    assert.deepEqual(verdict(result, 'containment')?.sides.map((s) => s.label), ['5 percent contained → 10 percent contained'], lines(result).join('\n'))
    assert.deepEqual(verdict(result, 'displaced (people)')?.sides.map((s) => s.label), ['about 6,000 residents → about 11,000 residents'], lines(result).join('\n'))
  })

  test('a higher exact toll of the same victims reported in a later article updates the lower one: deaths, arrests and homes accumulate', () => {
    const result = analyzeTexts([
      article('a.txt', '2026-08-14', 'LOWTON - Two miners were killed when a mine roof fell in Lowton on Tuesday night, mine rescue spokesman Mark Dale said. Police said four men were arrested. The blast destroyed 30 homes.'),
      article('b.txt', '2026-08-15', 'LOWTON - A mine roof fell in Lowton on Tuesday night, killing three miners. Police have arrested seven men. The blast destroyed 45 homes.'),
    ], { split: 'files' })
    const killed = verdict(result, 'killed (worker)')
    assert.equal(killed?.status, 'agreed', lines(result).join('\n'))
    assert.deepEqual(killed?.sides.map((s) => s.label), ['2 → 3'])
    assert.match(killed?.explanation ?? '', /Updated: 2 \(14 Aug, Mark Dale\) → 3 \(15 Aug, article B\)/u)
    assert.deepEqual(verdict(result, 'arrested')?.sides.map((s) => s.label), ['four men → seven men'], lines(result).join('\n'))
    assert.deepEqual(verdict(result, 'destroyed (households)')?.sides.map((s) => s.label), ['30 homes → 45 homes'], lines(result).join('\n'))
  })

  test('a victims class reads as the role words the voices use: one word as written, else the class with the words', () => {
    const victims = (a: string, b: string): string[] | undefined => verdict(analyzeTexts([
      article('a.txt', '2026-08-14', `LOWTON - ${a}`), article('b.txt', '2026-08-14', `LOWTON - ${b}`),
    ], { split: 'files' }), 'victim')?.sides.map((s) => s.label)
    assert.deepEqual(victims('Two miners were killed when a mine roof fell in Lowton.', 'A mine roof fell in Lowton, killing two Miners.'), ['miners'])
    assert.deepEqual(victims('Two miners were killed when a mine roof fell in Lowton.', 'A mine roof fell in Lowton, killing two workers.'), ['worker (miners, workers)'])
  })

  test('a toll stays contested when both articles are of one day, or when the later article gives the lower figure', () => {
    for (const [dateA, dateB] of [['2026-08-14', '2026-08-14'], ['2026-08-14', '2026-08-15']] as const) {
      const result = analyzeTexts([
        article('a.txt', dateA, 'LOWTON - Three miners were killed when a mine roof fell in Lowton on Tuesday night, mine rescue spokesman Mark Dale said.'),
        article('b.txt', dateB, 'LOWTON - A mine roof fell in Lowton on Tuesday night, killing two miners.'),
      ], { split: 'files' })
      assert.equal(verdict(result, 'killed (worker)')?.status, 'contested', `${dateA} ${dateB}\n${lines(result).join('\n')}`)
    }
  })

  test('a toll of none reported is updated by a count an article published later gives, even of an earlier day', () => {
    const result = analyzeTexts([
      article('a.txt', '2026-08-11', 'PARADISE VALLEY - Sheriff Maria Delgado said no injuries had been reported in the wildfire.'),
      article('b.txt', '2026-08-12', 'PARADISE VALLEY - Sheriff Maria Delgado said one firefighter suffered minor burns in the wildfire on Monday.'),
    ], { split: 'files' })
    assert.deepEqual(verdict(result, 'injured')?.sides.map((s) => s.label), ['0 → 1'], lines(result).join('\n'))
  })

  test('vote tallies that differ between outlets are contested, the votes in favour and those against each', () => {
    const result = analyzeTexts([
      article('a.txt', '2026-06-10', 'BUDAPEST - The bill passed by 133 votes to 5, with most opposition members absent from the vote.'),
      article('b.txt', '2026-06-10', 'BUDAPEST - The law passed 136-2 after the opposition boycotted the vote.'),
    ], { split: 'files' })
    assert.equal(verdict(result, 'vote (in favour)')?.status, 'contested', lines(result).join('\n'))
    assert.equal(verdict(result, 'vote (against)')?.status, 'contested')
  })

  test('without a rise, two speakers\' figures stay a dispute, each with its speaker', () => {
    const result = analyzeTexts([
      article('a.txt', '2024-03-14', 'HARLOW - Police said 12 people were killed in the fire at the Vantor plant on Wednesday night.'),
      article('b.txt', '2024-03-14', 'HARLOW - The health ministry said 15 people were killed in the fire at the Vantor plant on Wednesday night.'),
    ], { split: 'files' })
    const v = verdict(result, 'killed')!
    assert.equal(v.status, 'contested')
    assert.deepEqual(v.sides.map((s) => [s.label, s.evidence.map((e) => e.speaker)]), [['12', ['org:police']], ['15', ['org:health ministry']]])
  })

  test('one speaker\'s label quoted by two outlets is one source, not two agreeing', () => {
    const result = analyzeTexts([
      article('a.txt', '2024-03-14', 'HARLOW - "This was a terrorist attack," Interior Minister David Cole said of the fire at the Vantor plant.'),
      article('b.txt', '2024-03-14', 'HARLOW - Interior Minister David Cole said the fire at the Vantor plant was a terrorist attack.'),
    ], { split: 'files' })
    const v = verdict(result, 'characterisation')!
    assert.equal(v.status, 'single-source')
    assert.deepEqual([...new Set(v.sides.flatMap((s) => s.evidence.map((e) => e.articleId)))], ['A', 'B'])
    assert.match(v.explanation, /one voice \(person:cole\), quoted by articles A, B/u)
    assert.equal(v.oneVoice, 'person:cole')
  })

  test('copies of one text quoting different speakers are one source, but not one voice', () => {
    // Two copies of one wire text, each with its own source for the label: one text, two voices.
    const wire = 'The blaze at the Vantor plant burned for nine hours before fire crews from three counties brought it under control late on Wednesday night, and the plant will stay closed for at least a month while investigators search the site.'
    const result = analyzeTexts([
      article('a.txt', '2024-03-14', `HARLOW - Interior Minister David Cole said the fire at the Vantor plant was a terrorist attack. ${wire}`),
      article('b.txt', '2024-03-14', `HARLOW - Police chief Mary Stone said the fire at the Vantor plant was a terrorist attack. ${wire}`),
    ], { split: 'files' })
    const v = verdict(result, 'characterisation')!
    assert.equal(v.status, 'single-source')
    assert.deepEqual(new Set(v.sides.flatMap((s) => s.evidence.map((e) => e.speaker))).size, 2)
    assert.equal(v.oneVoice, undefined)
    assert.match(v.explanation, /only one text, syndicated as articles A, B, reports this/u)
  })

  test('investigations by different bodies are apart, though one body is named only by a common noun; one body\'s are one', () => {
    const result = analyzeTexts([
      article('a.txt', '2024-03-14', 'HARLOW - Two workers were hurt in a fire at the Vantor plant on Tuesday. Police opened an investigation into the cause.'),
      article('b.txt', '2024-03-15', 'HARLOW - A fire at the Vantor plant hurt two workers on Tuesday. The state safety regulator launched an inquiry into the blaze.'),
    ], { split: 'files' })
    const investigations = lines(result).filter((l) => l.includes('response: investigate'))
    assert.equal(investigations.length, 2, JSON.stringify(lines(result)))
    assert.ok(investigations.every((l) => !l.startsWith('agreed')), JSON.stringify(investigations))
    const same = analyzeTexts([
      article('a.txt', '2024-03-14', 'HARLOW - Two workers were hurt in a fire at the Vantor plant on Tuesday. The safety regulator opened an investigation into the cause.'),
      article('b.txt', '2024-03-15', 'HARLOW - A fire at the Vantor plant hurt two workers on Tuesday. The state safety regulator launched an inquiry into the blaze.'),
    ], { split: 'files' })
    assert.ok(lines(same).some((l) => l.startsWith('agreed response: investigate')), JSON.stringify(lines(same)))
  })

  test('a label withheld ("far too early to call it terrorism") disputes the label given', () => {
    const result = analyzeTexts([
      article('a.txt', '2024-03-14', 'HARLOW - Interior Minister David Cole said the fire at the Vantor plant was a terrorist attack.'),
      article('b.txt', '2024-03-15', 'HARLOW - Opposition leader Sarah Finch said the fire at the Vantor plant was a tragedy and it was far too early to call it terrorism.'),
    ], { split: 'files' })
    const v = verdict(result, 'characterisation')!
    assert.equal(v.status, 'contested')
    assert.deepEqual(v.sides.map((s) => s.label).sort(), ['not a terrorist act', 'terrorist act'])
  })
})

test('a toll read from "about 40" is labelled so, other ranges as they are', () => {
  assert.equal(aboutLabel('38-42'), 'about 40')
  assert.equal(aboutLabel('32-48'), '32-48')
  assert.equal(aboutLabel('10-20'), '10-20')
  assert.equal(aboutLabel('17+'), '17+')
})

describe('cause', () => {
  test('compatible: causes agree when they share a head', () => {
    assert.equal(compatible('cause', 'arson', 'arson'), true)
    assert.equal(compatible('cause', 'wind', 'power line + wind'), true)
    assert.equal(compatible('cause', 'arson', 'power line + wind'), false)
  })

  const pair = (a: string, b: string): AnalysisResult => analyzeTexts([{ name: 'a.txt', text: a }, { name: 'b.txt', text: b }], { split: 'files' })

  test('two voices giving different causes contest it, with who says which; the same cause in other words is one side', () => {
    const result = pair(
      'A fire destroyed a timber warehouse in Kelmore on Monday night.\n\nThe government insists the fire was arson, but local officials said strong winds and a faulty power line were to blame.\n',
      'A blaze gutted a warehouse in Kelmore on Monday night.\n\nInvestigators believe the blaze was started deliberately, police said.\n',
    )
    const cause = verdict(result, 'cause')
    assert.equal(cause?.status, 'contested')
    assert.deepEqual(cause.sides.map((s) => `${s.value} [${s.evidence.map((e) => `${e.articleId}:${e.speaker}`).join(', ')}]`), [
      'arson [A:org:government, B:org:police]',
      'power line + wind [A:unnamed::local officials]',
    ])
  })

  test('the same cause from two outlets is agreed; one voice alone is single-source', () => {
    const agreed = pair(
      'A blackout hit Varnholm on Monday evening.\n\nThe blackout was caused by a cyberattack, the minister said.\n',
      'Millions lost power in Varnholm on Monday evening in a blackout.\n\nThe outage was the result of a hack, the grid operator said.\n',
    )
    assert.equal(verdict(agreed, 'cause')?.status, 'agreed')
    const single = pair(
      'A blackout hit Varnholm on Monday evening.\n\nThe blackout was caused by a cyberattack, the minister said.\n',
      'Millions lost power in Varnholm on Monday evening in a blackout.\n',
    )
    assert.equal(verdict(single, 'cause')?.status, 'single-source')
  })
})

describe('verdicts: the characterisations a story is fought over', () => {
  const article = (name: string, body: string): { name: string; text: string } =>
    ({ name, text: `title: Vote in Aldoria ${name}\ndate 2026-05-03\n\n${body}\n` })
  const result = analyzeTexts([
    article('a.txt', 'ALDORIA - Opposition leader Mirela Ostrova told supporters the election was rigged. Rights groups said police used excessive force against the crowds.'),
    article('b.txt', 'ALDORIA - Commission chairman Tomas Brill said the count had been transparent and final. Interior Minister Paul Ren said the police had acted with restraint.'),
    article('c.txt', 'ALDORIA - Witnesses said the protesters were peaceful. The electoral board said the vote was not rigged.'),
  ], { split: 'files' })
  const sides = (topic: string): unknown => verdict(result, topic)?.sides.map((s) => [s.label, s.evidence.map((e) => `${e.articleId}:${e.speaker}`)])

  test('opposite poles on one axis are contested, each side with its voices', () => {
    assert.equal(verdict(result, 'characterisation of the vote')?.status, 'contested')
    assert.deepEqual(sides('characterisation of the vote'), [['fair', ['B:person:brill', 'C:unnamed::electoral board']], ['rigged', ['A:person:ostrova']]])
    assert.equal(verdict(result, 'characterisation of the police\'s force')?.status, 'contested')
  })

  test('a pole only one voice gives is single-source, and terrorism keeps its own topic', () => {
    assert.equal(verdict(result, 'characterisation of the protests')?.status, 'single-source')
    assert.equal(verdict(result, 'characterisation'), undefined)
  })

  test('the same pole from independent voices is agreed', () => {
    const agreed = analyzeTexts([
      article('a.txt', 'ALDORIA - Observers said the election was free and fair.'),
      article('b.txt', 'ALDORIA - The European Union said the vote had been credible and transparent.'),
    ], { split: 'files' })
    assert.equal(verdict(agreed, 'characterisation of the vote')?.status, 'agreed')
  })
})
