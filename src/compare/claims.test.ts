/** @module compare/claims.test — claims aligned across articles: agreed, contested, single-source, and what is never aligned. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { AnalysisResult, ClaimGroup } from '../model/schema.js'
import { analyzeText } from '../analyze/pipeline.js'
import { analyzeTexts } from '../rashomon.js'
import { canonicalActors } from './actors.js'
import { alignClaims } from './claims.js'
import { renderTerminal } from '../report/terminal.js'

const run = (...texts: string[]): AnalysisResult =>
  analyzeTexts(texts.map((text, i) => ({ name: `story-${i + 1}.txt`, text })), { split: 'files' })

/** The words of each claim in a group, as `article: words`. */
function words(result: AnalysisResult, group: ClaimGroup): string[] {
  const byId = new Map(result.articles.map((a) => [a.article.id, a.article.text]))
  return group.claims.map((c) => `${c.articleId}: ${byId.get(c.articleId)!.slice(c.start, c.end)}`)
}

const aligned = (result: AnalysisResult): ClaimGroup[] => result.stories[0]!.comparison.claims.filter((g) => g.status !== 'single-source')

describe('alignClaims', () => {
  test('one fact told in other words is agreed: synonyms and numbers in words', () => {
    const result = run(
      'Storm batters coast\n\nA powerful storm killed four fishermen and wounded twelve villagers along the southern coast on Sunday. Schools stayed closed.',
      'Coastal storm\n\nFour fishermen died and 12 villagers were injured when the storm hit the southern coast, officials said. Ferries were cancelled.',
    )
    const groups = aligned(result)
    assert.equal(groups.length, 1, JSON.stringify(groups.map((g) => words(result, g))))
    assert.equal(groups[0]!.status, 'agreed')
    assert.deepEqual(groups[0]!.claims.map((c) => c.articleId), ['A', 'B'])
    for (const term of ['kill', 'injure', '4', '12']) assert.ok(groups[0]!.sharedTerms.includes(term), `${term} in ${groups[0]!.sharedTerms.join(',')}`)
  })

  test('an outlet\'s call to vote is no report of the vote: "should vote no on April 30" carries no "would vote in a ballot ending on April 30"', () => {
    const result = run(
      'Nurses back pay deal\n\nUnion leader Ana Ruiz said members would vote on the pay deal in a ballot ending on April 30.',
      'OPINION: A bad deal\n\nThe offer is an insult. Nurses should vote no on the pay deal on April 30.',
    )
    assert.deepEqual(aligned(result).map((g) => words(result, g)), [])
  })

  test('the same proposition negated in another article is contested, with both speakers', () => {
    const result = run(
      'Factory fire\n\nFire chief Tom Alder said the factory fire was caused by faulty wiring in the storage hall.',
      'Blaze inquiry\n\nThe owner, Lisa Brandt, said the factory fire was not caused by faulty wiring in the storage hall.',
    )
    const contested = result.stories[0]!.comparison.claims.filter((g) => g.status === 'contested')
    assert.equal(contested.length, 1)
    assert.deepEqual(contested[0]!.claims.map((c) => c.polarity).sort(), ['negative', 'positive'])
    assert.notEqual(contested[0]!.claims[0]!.speaker, contested[0]!.claims[1]!.speaker)
    assert.equal(contested[0]!.dispute, 'negation')
  })

  test('a negation in a clause before "but" negates none of the words after it', () => {
    const result = run(
      'Talks end\n\nThe council said afterwards: "The lines of communication with the union remain open," council spokesman Ivo Berg said.',
      'Union talks\n\nThe union said: "We are not giving details of the meeting, but the lines of communication with the council remain open," spokeswoman Ana Lind said.',
    )
    assert.deepEqual(result.stories[0]!.comparison.claims.filter((g) => g.status === 'contested'), [])
  })

  test('one speaker quoted at more length, a "not" in the longer cut, is no dispute', () => {
    const result = run(
      'Race\n\n"It is very important to me that the right Republican candidate be chosen to defeat the failed and very destructive Obama administration," Mr. Tamm said in his statement.',
      'Tamm quits\n\n"It is very important to me that the right Republican candidate be chosen to defeat the failed and very destructive Obama administration, but if that Republican is not the right candidate, I will run," Tamm said.',
    )
    assert.deepEqual(result.stories[0]!.comparison.claims.filter((g) => g.status === 'contested'), [])
  })

  test('a denial answers what another speaker asserts, in the same article too; a negation of other words does not', () => {
    const result = run(
      'Factory fire kills 17\n\nA fire killed 17 workers at a garment factory on Monday. Survivors said the main gate of the factory had been locked when the fire started. The owner, Karim Hossain, denied that the main gate had been locked.',
      'Garment factory blaze\n\nSeventeen workers died in a fire at a garment factory on Monday, officials said. The owner has set aside money for the families, so the workers need not worry, he said.',
    )
    const contested = result.stories[0]!.comparison.claims.filter((g) => g.status === 'contested')
    assert.equal(contested.length, 1, JSON.stringify(contested.map((g) => words(result, g))))
    assert.deepEqual(contested[0]!.claims.map((c) => `${c.articleId} ${c.speaker} ${c.modality}`), ['A unnamed::survivors reported', 'A person:hossain denied'])
  })

  test('a promise not to do contests no claim of what was done; a denial in the present or past does', () => {
    const done = 'Audit\n\nThe governor\'s office had raided the state pension fund to cover the budget gap, according to an audit.'
    const doing = 'Audit\n\nThe governor\'s office is raiding the state pension fund to cover the budget gap, according to an audit.'
    const notDoing = 'Budget\n\n"We are not raiding the state pension fund to cover the budget gap," Governor Ellen Marsh told reporters.'
    const wontDo = 'Budget\n\n"We will not raid the state pension fund to cover the budget gap," Governor Ellen Marsh told reporters.'
    const didNot = 'Budget\n\n"We did not raid the state pension fund to cover the budget gap," Governor Ellen Marsh told reporters.'
    const contested = (...texts: string[]): string[] => run(...texts).stories[0]!.comparison.claims.filter((g) => g.status === 'contested').map((g) => g.dispute ?? '')
    assert.deepEqual(contested(done, notDoing), ['negation'])
    assert.deepEqual(contested(done, wontDo), [])
    assert.deepEqual(contested(done, didNot), ['negation'])
    assert.deepEqual(contested(doing, notDoing), ['negation'])
  })

  test('a refuted report answers a long claim of another article that shares five of its terms', () => {
    const result = run(
      'Port deal\n\nThe mayor, Ana Ruiz, said on Monday that both companies had committed to hand the northern harbour terminal to the city port authority by next spring under a contract that independent maritime observers from three neighbouring countries will verify each month, with penalties for delays and a public audit of dredging costs.',
      'Port denial\n\nReports that Delta Shipping has agreed to hand the northern harbour terminal to the port authority are "false", the company said on Tuesday.',
    )
    const contested = result.stories[0]!.comparison.claims.filter((g) => g.status === 'contested')
    assert.ok(contested.some((g) => g.claims.some((c) => c.modality === 'denied') && g.claims.some((c) => c.speaker === 'person:ruiz')), JSON.stringify(contested.map((g) => words(result, g))))
  })

  test('a negated quotation answers no claim read from inside its own words', () => {
    const text = 'Anna Nowak said the regulator counted rows, not people, and that auditors counted 1.2 million real, active customers.'
    const a = analyzeText(text)
    const negated = a.claims.find((c) => c.polarity === 'negative')!
    // An attribution read a second time inside the quotation, with another speaker: its words are the quotation's own.
    const start = text.indexOf('auditors')
    const inner = { ...negated, id: 'c9', span: { start, end: text.length - 1 }, polarity: 'positive' as const, voice: 'unknown', terms: negated.terms.filter((t) => /^(?:1\.2|1000000|real|active|customer|auditor|count)$/u.test(t)) }
    const article = { ...a, claims: [negated, inner] }
    assert.deepEqual(alignClaims([article], canonicalActors([article]), () => 'A').filter((g) => g.status === 'contested'), [])
  })

  test('a denial of the words another speaker is reported to say answers them, though the two share those words', () => {
    const result = run('Border row\n\nIslamabad accuses Kabul of sheltering militant fighters, a charge the Taliban deny.', 'Other\n\nTrade talks resumed on Monday in Doha.')
    assert.deepEqual(aligned(result).filter((g) => g.status === 'contested').map((g) => g.claims.map((c) => c.modality).sort()), [['denied', 'reported']])
  })

  test('a negation and a denial of one proposition agree', () => {
    const result = run(
      'Port talks\n\n"Delta Shipping has not agreed to sell the northern harbour terminal," its chairman, Omar Vidal, said on Monday.',
      'Port denial\n\nReports that Delta Shipping has agreed to sell the northern harbour terminal are "false", the company said on Tuesday.',
    )
    assert.deepEqual(aligned(result).map((g) => g.status), ['agreed'])
  })

  test('denials that agree with each other still answer the assertion they deny', () => {
    const result = run(
      'Port deal\n\nThe mayor, Ana Ruiz, said on Monday that Delta Shipping had committed to sell the northern harbour terminal to the city. "Delta Shipping has not agreed to sell the northern harbour terminal," its chairman, Omar Vidal, said.',
      'Port denial\n\nReports that Delta Shipping has agreed to sell the northern harbour terminal are "false", the company said on Tuesday.',
    )
    assert.deepEqual(aligned(result).map((g) => `${g.status} ${g.claims.map((c) => `${c.articleId} ${c.modality}`).join(', ')}`), ['contested A reported, A reported, B denied'])
  })

  test('a denial in the body answers the claim a headline denial already contests: one contest with both denials', () => {
    const result = run(
      'Strike kills civilians\n\nA drone strike killed 14 civilians at a market in Kupiansk on Sunday, local officials said.',
      'Ministry denies civilian deaths\n\nThe defence ministry said reports of civilian casualties in Kupiansk were fabricated.',
    )
    assert.deepEqual(aligned(result).map((g) => `${g.status} ${g.claims.map((c) => `${c.articleId} ${c.modality}`).join(', ')}`), ['contested A asserted, B denied, B denied'])
  })

  test('a short denial answers a long lead that holds all its terms, in the same article: another speaker contests it', () => {
    const result = run(
      'Strike on market\n\nA drone strike on a crowded market in the northern town of Kupiansk killed at least 14 civilians on Sunday, local officials said, in one of the deadliest attacks on the region this year. The defence ministry said reports of civilian casualties were fabricated.',
      'Weather\n\nThe weather in the capital stayed cold on Sunday, forecasters said.',
    )
    assert.deepEqual(aligned(result).map((g) => `${g.status} ${g.claims.map((c) => `${c.articleId} ${c.modality}`).join(', ')}`), ['contested A reported, A denied'])
  })

  test('a denial of "striking" or "carrying out an airstrike" answers the airstrike reported: light verbs tie nothing, "striking" is an attack', () => {
    const result = run(
      'Strike on school kills 20\n\nAn airstrike on a school in Gaza City killed at least 20 people on Tuesday, health officials said.',
      'Army denies strike\n\nThe army denied carrying out an airstrike on a school in Gaza City on Tuesday.',
    )
    assert.ok(aligned(result).some((g) => g.status === 'contested' && g.claims.some((c) => c.articleId === 'B' && c.modality === 'denied') && g.claims.some((c) => c.articleId === 'A' && c.modality === 'reported')), JSON.stringify(aligned(result).map((g) => words(result, g))))
  })

  test('"disputed the company\'s account" contests the company\'s own claim before it, though the two share no words', () => {
    const result = run(
      'Ferry sinks off Dunmore\n\nA ferry sank off Dunmore on Sunday. The Westline Ferry Company said its crew had evacuated all passengers within twenty minutes. Harbour master Owen Teague disputed the company\'s account, saying rescue boats found people in the water an hour later.',
      'Ferry lost off Dunmore\n\nA ferry sank off Dunmore on Sunday, the coastguard said. Rescue boats searched the bay.',
    )
    const contested = aligned(result).filter((g) => g.status === 'contested')
    assert.ok(contested.some((g) => g.claims.some((c) => c.modality === 'denied' && c.speaker.includes('teague')) && g.claims.some((c) => c.modality === 'reported' && /westline/iu.test(c.speaker))),
      JSON.stringify(result.stories[0]!.comparison.claims.map((g) => [g.status, ...g.claims.map((c) => `${c.speaker} ${c.modality}`)])))
    assert.match(renderTerminal(result), /Asserted and negated by A \(one speaker disputes the other's account\)/u)
  })

  test('a named speaker\'s statement only one article carries is single-source and names who leaves it out', () => {
    const result = run(
      'Port strike\n\nDock workers walked out at the northern port on Friday. Union leader Maria Keller said the strike would last until wages rose.',
      'Strike at port\n\nDock workers stopped work at the northern port on Friday, halting exports of grain.',
    )
    const single = result.stories[0]!.comparison.claims.filter((g) => g.status === 'single-source')
    const keller = single.find((g) => words(result, g)[0]!.includes('strike would last'))
    assert.ok(keller, JSON.stringify(single.map((g) => words(result, g))))
    assert.equal(keller.claims[0]!.speaker, 'person:keller')
    assert.deepEqual(keller.missingFrom, ['B'])
  })

  test('a statement another article carries inside a longer quotation of its speaker is no omission: it joins that quotation', () => {
    const result = run(
      'Mayor charged\n\nProsecutors in Brenton filed fraud charges against the town\'s mayor on Tuesday over a road contract. Ana Ruiz, the mayor\'s lawyer, said: "Once the facts are heard, the mayor will be cleared. Until then, he will keep serving the residents of the valley with the same energy."',
      'Charges for mayor\n\nThe mayor of Brenton faces three counts of fraud tied to a bridge tender, court papers show. "Once the facts are heard, the mayor will be cleared," lawyer Ana Ruiz said. The council met in private. She added: "Until then, he will keep serving the residents of the valley with the same energy."',
    )
    const cleared = (g: ClaimGroup): boolean => words(result, g).some((w) => w.includes('will be cleared'))
    assert.deepEqual(result.stories[0]!.comparison.claims.filter((g) => g.status === 'single-source' && cleared(g)).map((g) => words(result, g)), [])
    const carried = aligned(result).find(cleared)
    assert.deepEqual(carried?.claims.map((c) => c.articleId), ['A', 'B', 'B'])
    // Four words another speaker says are no proof of one statement: a short phrase recurs in many.
    const other = run(
      'Mayor charged\n\nProsecutors in Brenton filed fraud charges against the town\'s mayor on Tuesday over a road contract. Ana Ruiz, the mayor\'s lawyer, said: "Once the facts are heard, the mayor will be cleared. Until then, he will keep serving the residents of the valley with the same energy."',
      'Charges for mayor\n\nThe mayor of Brenton faces three counts of fraud tied to a bridge tender, court papers show. "Once the facts are heard, the mayor will be cleared," his brother Luis Ortega said. The council met in private. Lawyer Ana Ruiz added: "Until then, he will keep serving the residents of the valley with the same energy."',
    )
    assert.deepEqual(other.stories[0]!.comparison.claims.filter((g) => g.status === 'single-source').map((g) => g.claims[0]!.speaker), ['org:prosecutors', 'person:ortega'])
  })

  test('one fact retold with the same figure in other words is no omission on either side; a fact only one tells still is', () => {
    const result = run(
      'Carmaker recall\n\nVelta Motors recalled 40,000 cars over a brake fault, spokesman John Arden said on Monday. The plant was shut for 11 hours, Arden said.',
      'Velta recall\n\nAbout 40,000 vehicles were recalled by the carmaker, John Arden, a Velta spokesman, said on Monday. One owner said her brakes failed twice.',
    )
    const single = result.stories[0]!.comparison.claims.filter((g) => g.status === 'single-source').map((g) => words(result, g)[0]!)
    assert.ok(!single.some((w) => w.includes('40,000')), JSON.stringify(single))
    assert.ok(single.some((w) => w.includes('shut for 11 hours')), JSON.stringify(single))
  })

  test('one act by two doers, each acting on the other, is two facts: neither aligned nor contested as one', () => {
    const result = run(
      'Trade row\n\nThe US imposed 25% tariffs on EU steel on Monday, trade minister Lisa Holm said. Markets fell.',
      'Trade dispute\n\nThe EU imposed 25% counter-tariffs on US whiskey on Monday, trade minister Lisa Holm said. Distillers protested.',
    )
    assert.deepEqual(aligned(result).map((g) => words(result, g)).filter((w) => w.some((x) => x.includes('tariffs'))), [])
    // The same doer told twice is one fact.
    const same = run(
      'Trade row\n\nThe US imposed 25% tariffs on EU steel on Monday, trade minister Lisa Holm said. Markets fell.',
      'Trade dispute\n\nThe US imposed 25% tariffs on steel from the EU on Monday, Lisa Holm said. Distillers protested.',
    )
    assert.equal(aligned(same).filter((g) => words(same, g).some((x) => x.includes('imposed'))).length, 1, JSON.stringify(aligned(same).map((g) => words(same, g))))
  })

  test('sums in other currencies are not disputed as one figure: the statement is carried, its units said to differ', () => {
    const result = run(
      'Floods hit Assam\n\nFloods in Assam caused losses of ₹500 crore, officials said on Monday. Rescue teams reached 40 villages.',
      'Assam floods\n\nFloods in Assam caused losses of $60 million, officials said on Monday. Boats were sent.',
    )
    const losses = aligned(result).find((g) => words(result, g).some((w) => w.includes('losses')))
    assert.equal(losses?.status, 'agreed', JSON.stringify(aligned(result)))
    assert.match(losses.figuresDiffer ?? '', /"₹500 crore" \[A\] vs "\$60 million" \[B\] \(other currencies/u)
  })

  test('a statement another speaker rebuts is contested by the rebuttal, not carried by it', () => {
    const result = run(
      'Banker on trial\n\nProsecutor Jane Doe told jurors that the defendant wired $2 million to a bank in Cyprus. Defence lawyer Tom Hale said the claim the defendant wired $2 million to a bank in Cyprus was a fiction invented to win headlines.',
      'Defence attacks case\n\nThe story that the defendant wired $2 million to a bank in Cyprus is a fiction invented to win headlines, defence lawyer Tom Hale told the jury on Friday. The trial continues on Monday.',
    )
    const doe = result.stories[0]!.comparison.claims.find((g) => g.claims.some((c) => c.speaker === 'person:doe'))
    assert.ok(!doe?.claims.some((c) => c.speaker === 'person:hale' && c.modality !== 'denied'), 'Hale\'s rebuttal is not Doe\'s statement')
    const rebutted = run(
      'Banker on trial\n\nProsecutor Jane Doe told jurors that the defendant wired $2 million to a bank in Cyprus. The trial continues.',
      'Defence hits back\n\nDefence lawyer Tom Hale said the allegation that the defendant wired $2 million to a bank in Cyprus was a lie. The trial continues on Monday.',
    )
    const contest = rebutted.stories[0]!.comparison.claims.find((g) => g.claims.some((c) => c.speaker === 'person:doe'))
    assert.equal(contest?.status, 'contested')
    assert.deepEqual(contest?.claims.map((c) => [c.speaker, c.modality]), [['person:doe', 'reported'], ['person:hale', 'denied']])
  })

  test('one fact with figures for the same noun that cannot both be true is contested, quoting both', () => {
    const result = run(
      'Fuel march\n\nAbout 5,000 protesters marched through the capital on Saturday to demand lower fuel prices, police said. The march ended peacefully outside parliament.',
      'Huge crowds protest fuel prices\n\nSome 50,000 protesters marched through the capital on Saturday to demand lower fuel prices, organisers said. Speakers addressed the crowd from a truck.',
    )
    const groups = aligned(result)
    assert.deepEqual(groups.map((g) => [g.status, g.dispute]), [['contested', 'figures']])
    // The crowd is a turnout facet, compared as one.
    assert.match(groups[0]!.explanation, /"turnout".*"About 5,000 protesters marched" \[A\] vs "Some 50,000 protesters marched" \[B\]/u)
  })

  test('the day of a date before a noun is no figure of it: "the 12 Oct. 7 gunmen" disputes no "12 gunmen"', () => {
    const result = run(
      'Raid inquiry\n\nFour of the 12 gunmen who stormed the depot on Oct. 7 came from the town, police said.',
      'Depot raid\n\nFour of the 12 Oct. 7 gunmen who stormed the depot came from the town, the inquiry found.',
    )
    assert.ok(!aligned(result).some((g) => g.status === 'contested'), aligned(result).map((g) => g.explanation).join(' | '))
  })

  test('a change ("lost nearly 60 seats") disputes no level ("hold at least 240 seats"); two changes can dispute', () => {
    const level = 'Chamber outlook\n\nThe Liberal Union is on track to hold at least 240 seats in the chamber next year, analysts said.'
    const lost = (n: string): string => `Union losses\n\nThe Liberal Union has lost nearly ${n} seats in the chamber over the past six years, analysts said.`
    assert.ok(!aligned(run(level, lost('60'))).some((g) => g.status === 'contested'), 'a change against a level')
    const changes = aligned(run(lost('20'), 'Chamber decline\n\nOver six years the Liberal Union lost some 60 seats in the chamber, according to party records.'))
    assert.ok(changes.some((g) => g.status === 'contested'), changes.map((g) => g.explanation).join(' | '))
  })

  test('figures that can both be true ("at least 10" and "12"), or that count different nouns, agree', () => {
    const result = run(
      'Mine blast\n\nAt least 10 miners were trapped underground after the gas blast at the northern coal mine on Friday.',
      'Coal mine blast\n\nTwelve hours after the gas blast at the northern coal mine on Friday, 12 miners were trapped underground.',
    )
    assert.deepEqual(aligned(result).map((g) => g.status), ['agreed'])
  })

  test('claims that share only common words are not aligned', () => {
    const result = run(
      'Budget vote\n\nThe city council approved the new budget for schools on Monday after a long debate.',
      'Zoo news\n\nThe zoo welcomed two panda cubs on Monday, and visitors queued for hours.',
    )
    assert.deepEqual(aligned(result), [])
  })

  test('claims that share only an actor\'s name and title, or one other word, are not aligned', () => {
    const result = run(
      'Dam row\n\nThe review ordered by Energy Minister Pavel Roscoe is a sham. No one is to blame, the builder says.',
      'Dam row\n\nEnergy Minister Pavel Roscoe has visited the dam. 09:10 — Engineers blame rain, builder blames no one',
    )
    assert.deepEqual(aligned(result).map((g) => words(result, g)), [])
  })

  test('claims that share a figure and one noun ("the $2.7 billion pipeline") are not the same statement', () => {
    const result = run(
      'Pipeline ruling\n\nA federal court on Friday revoked the permit for the Kessel gas pipeline, ruling that regulators had failed to assess flood risks before approving the $2.7 billion pipeline.',
      'Pipeline halted\n\nThe Energy Council said the ruling would scare investors and warned that the $2.7 billion pipeline was essential for winter supplies.',
    )
    assert.deepEqual(aligned(result).map((g) => words(result, g)), [])
  })

  test('claims that share an age, names and nouns but no verb or event word are not the same statement', () => {
    const result = run(
      'Sprinter banned\n\nThe 22-year-old, who won gold at the Lorvik world championships last year, returned a positive sample in March.',
      'Ban upheld\n\nIf the ruling stands, the 22-year-old will miss the next two world championships in Lorvik.',
    )
    assert.deepEqual(aligned(result).map((g) => words(result, g)), [])
  })

  test('one mishap told with other verbs ("skidded off" / "slid off") is one statement', () => {
    const result = run(
      'Jet accident\n\nA Norvia Air jet skidded off the runway at Tallis airport on Tuesday, injuring nine people.',
      'Crew praised\n\nEveryone survived after a Norvia Air jet slid off a wet runway at Tallis airport on Tuesday.',
    )
    assert.equal(aligned(result).length, 1, JSON.stringify(aligned(result).map((g) => words(result, g))))
  })

  test('one side\'s dead and the other side\'s dead are no one statement; the same side\'s toll is', () => {
    const result = run(
      'Clash on border\n\nTwelve Indian soldiers were killed on Sunday when Pakistani forces attacked a border post, India\'s defence ministry said.',
      'Pakistan says Indian troops crossed border\n\nPakistan said on Monday that Indian soldiers crossed the border on Sunday, triggering a firefight that left four Pakistani soldiers dead. India\'s defence ministry has said 12 of its soldiers were killed.',
    )
    assert.deepEqual(aligned(result).map((g) => words(result, g)), [[
      'A: Twelve Indian soldiers were killed on Sunday when Pakistani forces attacked a border post',
      'B: 12 of its soldiers were killed',
    ]])
  })

  test('two counts of one noun for one act that cannot both be true are contested, though the claims differ otherwise', () => {
    const result = run(
      'Toy recall\n\nThe safety agency said the maker had been told to recall 18 shipments of painted toy trains found to contain lead paint above the legal limit.',
      'Toy recall\n\nThe company said 25 shipments had been recalled from shops across the country on Friday.',
      'Toy recall\n\nThe maker paid its chief a record bonus of 25 shares last year.',
    )
    const contested = result.stories[0]!.comparison.claims.filter((g) => g.status === 'contested')
    assert.deepEqual(contested.map((g) => g.claims.map((c) => c.articleId)), [['A', 'B']])
    assert.match(contested[0]!.explanation, /"18 shipments" \[A\] vs "25 shipments" \[B\]/u)
  })

  test('a hedged figure holds the figures that round to it: "around 3 million gallons" disputes no "2.6 million gallons", an exact "3.4 million" does', () => {
    const contested = (a: string, b: string): number => run(`Spill\n\n${a}`, `Spill\n\n${b}`).stories[0]!.comparison.claims.filter((g) => g.status === 'contested').length
    const ministry = 'The agency said the barge was carrying around 3 million gallons of crude oil when it ran aground.'
    assert.equal(contested(ministry, 'The operator said the barge held 2.6 million gallons of crude oil bought legally.'), 0)
    assert.equal(contested('The agency said the barge was carrying 3.4 million gallons of crude oil when it ran aground.', 'The operator said the barge held 2.6 million gallons of crude oil bought legally.'), 1)
  })

  test('a count ordered or asked for disputes no count reported: "ordered a recount in 12 precincts" / "complaints about 40 precincts had been reviewed"', () => {
    const result = run(
      'Recount ordered\n\nThe election commission has ordered a recount in 12 precincts after the vote.',
      'Vote upheld\n\nThe commission chairman said 40 precincts had been reviewed and that a recount would be held where needed.',
    )
    assert.ok(!result.stories[0]!.comparison.claims.some((g) => g.status === 'contested'), result.stories[0]!.comparison.claims.map((g) => g.explanation).join(' | '))
  })

  test('one speaker quoted in one article and paraphrased in another is one claim both carry ("we will not" / "the government would not")', () => {
    const result = run(
      'Debt talks stall\n\n"We will not pay a single cent of the bridge debt to the Orsk consortium while the audit is running," Finance Minister Olek Varga said on Monday. Markets in Tarvel fell sharply.',
      'Varga defiant on bridge\n\nFinance Minister Olek Varga said the government would not pay the bridge debt. Lenders met in Brisk on Tuesday.',
    )
    const carried = aligned(result).find((g) => g.claims.some((c) => c.speaker === 'person:varga'))
    assert.deepEqual(carried?.claims.map((c) => c.articleId), ['A', 'B'], JSON.stringify(result.stories[0]!.comparison.claims.map((g) => words(result, g))))
    assert.equal(carried?.status, 'agreed')
    assert.ok(!result.stories[0]!.comparison.claims.some((g) => g.status === 'single-source' && g.claims[0]!.speaker === 'person:varga'))
  })

  test('one speaker\'s paraphrase sharing an event noun and one more word is one claim ("the consultation ignored the farmers" / "the consultation with farmers was inadequate")', () => {
    const result = run(
      'Dam permit quashed\n\nActivist Lena Hoff said the consultation had been "a hurried exercise that ignored the deep ties of the valley farmers to their fields."',
      'Court halts dam\n\nLena Hoff, an activist, argued that the ministry\'s consultation with the farmers had been inadequate.',
    )
    const carried = aligned(result).find((g) => g.claims.some((c) => c.speaker === 'person:hoff'))
    assert.deepEqual(carried?.claims.map((c) => c.articleId), ['A', 'B'], JSON.stringify(result.stories[0]!.comparison.claims.map((g) => words(result, g))))
  })

  test('one speaker\'s two statements on other matters stay apart, though they share a word; two speakers\' like words need the usual match', () => {
    const result = run(
      'Budget day\n\nFinance Minister Olek Varga said the government would pay the bridge debt this year.',
      'Hospital plans\n\nFinance Minister Olek Varga said nurses would get a pay rise from the health budget.',
    )
    assert.deepEqual(aligned(result).map((g) => words(result, g)), [])
    // Another speaker's words alike only as loosely are no statement of Varga's.
    const others = run(
      'Dam permit quashed\n\nActivist Lena Hoff said the consultation had been "a hurried exercise that ignored the deep ties of the valley farmers to their fields."',
      'Court halts dam\n\nMayor Piet Dorn argued that the ministry\'s consultation with the farmers had been inadequate.',
    )
    assert.deepEqual(aligned(others).map((g) => words(others, g)), [])
  })

  test('syndicated copies of one text are not aligned with each other', () => {
    const text = 'Bridge closed\n\nEngineers closed the old river bridge on Tuesday after finding deep cracks in two of its pillars, the transport agency said.'
    const result = run(text, text)
    assert.deepEqual(aligned(result), [])
  })
})

describe('figures in aligned claims', () => {
  test('two candidates\' shares in one aligned statement are no conflict of figures', () => {
    const result = run(
      'Vote result\n\nThe electoral commission said opposition candidate Grace Banda of the Democratic Alliance received 46.1 percent in the presidential election.',
      'Result declared\n\nThe electoral commission said President Joseph Mwale received 51 percent against the Democratic Alliance candidate Grace Banda in the presidential election.',
    )
    const groups = aligned(result)
    assert.ok(groups.length >= 1, 'the statements align')
    assert.ok(groups.every((g) => g.status !== 'contested'), groups.map((g) => g.explanation).join(' | '))
  })

  test('one holder\'s share given two ways in aligned claims is contested', () => {
    const result = run(
      'Vote result\n\nThe electoral commission said opposition candidate Grace Banda of the Democratic Alliance received 46.1 percent in the presidential election.',
      'Opposition disputes count\n\nThe party said its candidate Grace Banda of the Democratic Alliance received 52.3 percent in the presidential election.',
    )
    assert.ok(aligned(result).some((g) => g.status === 'contested'), aligned(result).map((g) => g.explanation).join(' | '))
  })
})

describe('who did what to whom in aligned claims', () => {
  test('mirror accusations (each side says the other attacked it) are contested by their roles, not one statement', () => {
    const result = run(
      'Truce broken\n\nAzerbaijani forces opened fire on Armenian positions near the border on Thursday, breaking a ceasefire, Armenia\'s defence ministry said.',
      'Truce violated\n\nArmenian armed forces shelled Azerbaijani army positions near the border on Thursday in a violation of the ceasefire, Azerbaijan\'s defence ministry said.',
    )
    const group = aligned(result)[0]
    assert.deepEqual([group?.status, group?.dispute], ['contested', 'roles'], aligned(result).map((g) => g.explanation).join(' | '))
    assert.match(group?.explanation ?? '', /Azerbaijan → Armenia \("opened fire"\) \[A\] vs Armenia → Azerbaijan \("shelled"\) \[B\]/u)
  })

  test('the same doer and target told by two voices stay one statement', () => {
    const result = run(
      'Truce broken\n\nAzerbaijani forces opened fire on Armenian positions near the border on Thursday, breaking a ceasefire, Armenia\'s defence ministry said.',
      'Truce broken again\n\nAzerbaijani troops shelled Armenian positions near the border on Thursday in a violation of the ceasefire, EU monitors said.',
    )
    assert.notEqual(aligned(result)[0]?.dispute, 'roles')
  })
})

describe('tolls and counts in aligned claims', () => {
  const first = 'title: Quake kills 40\ndate 2026-07-09\n\nA magnitude 6.2 earthquake struck the western province of Karsa on Monday, killing at least 40 people, the disaster agency said.'
  const aligned2 = (second: string): ClaimGroup | undefined => aligned(run(first, second)).find((g) => g.claims.some((c) => c.articleId === 'A'))

  test('one voice\'s toll given higher in a later report is one statement updated, not one agreed', () => {
    const group = aligned2('title: Quake toll rises\ndate 2026-07-10\n\nThe death toll from the earthquake in the western province of Karsa has risen to 85, the disaster agency said on Tuesday.')
    assert.equal(group?.status, 'agreed')
    assert.match(group?.figuresUpdated ?? '', /killed: "40\+" \[A\] → "85" \[B\]/u)
  })

  test('two voices\' tolls that cannot both be true in aligned claims are contested by their figures', () => {
    const group = aligned2('title: Quake toll disputed\ndate 2026-07-09\n\nThe earthquake in the western province of Karsa on Monday killed 85 people, a local governor said.')
    assert.deepEqual([group?.status, group?.dispute], ['contested', 'figures'])
    assert.match(group?.explanation ?? '', /"killed".*\[A\] vs .*\[B\]/u)
  })

  test('figures for one noun with no value in common, from other speakers, are noted on the agreed statement', () => {
    const result = run(
      'Bid rejected\n\nHalden chief executive Ingrid Moe said the bid represented a 32 percent premium to the Nordvik share price.',
      'Board rebuffs bid\n\nChairman Erik Solberg said the offer represented a premium of only 21 percent over the Nordvik share price.',
    )
    const group = aligned(result)[0]
    assert.equal(group?.status, 'agreed')
    assert.equal(group?.figuresDiffer, '"32 percent" [A] vs "21 percent" [B]')
    assert.match(renderTerminal(result), /its figures differ, "32 percent" \[A\] vs "21 percent" \[B\]/u)
  })

  test('a facet\'s figure updated by a later report is no clash of the counted noun ("about 4,500 acres" → "grew to about 18,000 acres")', () => {
    const result = run(
      'title: Fire burns 4,500 acres\ndate 2026-08-11\n\nThe Cedar Ridge fire had burned about 4,500 acres by Monday evening, according to the state fire agency.',
      'title: Fire grows\ndate 2026-08-12\n\nThe Cedar Ridge fire grew to about 18,000 acres overnight, fire officials said on Tuesday.',
    )
    const group = aligned(result)[0]
    assert.equal(group?.status, 'agreed', aligned(result).map((g) => g.explanation).join(' | '))
    assert.match(group?.figuresUpdated ?? '', /^area: /u)
  })

  test('a projected figure and a reported one answer two questions: "threatens 800 jobs" is no "cut 800 jobs"', () => {
    const result = run(
      'Plant closure\n\nThe closure of the Marden steel plant threatens 800 jobs, union leader Ana Ruiz said.',
      'Marden closes\n\nThe closure of the Marden steel plant cut 800 jobs, union leader Ana Ruiz said.',
    )
    assert.deepEqual(aligned(result).map((g) => words(result, g)), [])
  })

  test('tolls that can both be true leave the statement agreed, with no update', () => {
    const group = aligned2('title: Quake\ndate 2026-07-09\n\nThe earthquake in the western province of Karsa on Monday killed 40 people, the disaster agency said.')
    assert.equal(group?.status, 'agreed')
    assert.equal(group?.figuresUpdated, undefined)
  })
})

describe('one act to come, announced and ruled out', () => {
  const negations = (...texts: string[]): string[] => run(...texts).stories[0]!.comparison.claims.filter((g) => g.dispute === 'negation').map((g) => g.sharedTerms.join(','))
  const update = 'Aspirin study\n\nThe agency said it will update its guidance on aspirin next month.'
  const close = 'Plant to close\n\nHarlow Motors said on Monday that the company will close the Dunmore plant next year.'

  test('one speaker told by two outlets to change and to have no plans to change, or to close and to keep open, is contested', () => {
    assert.deepEqual(negations(update, 'Aspirin doubts\n\nThe agency said it has no plans to change its guidance on aspirin.'), ['aspirin,change,guidance'])
    assert.deepEqual(negations(close, 'Dunmore plant safe\n\nThe Dunmore plant will stay open, Harlow Motors said on Monday.'), ['close,dunmore,plant'])
  })

  test('another act, object or period, or "open to talks", is no contest', () => {
    assert.deepEqual(negations('Aspirin study\n\nThe agency said it will review the study next month.', 'Aspirin doubts\n\nThe agency said it has no plans to change its guidance on aspirin.'), [])
    assert.deepEqual(negations(update, 'Aspirin doubts\n\nThe agency said it has no plans to change its guidance on statins.'), [])
    assert.deepEqual(negations(close, 'Plants\n\nHarlow Motors said on Monday that its Leeds plant will stay open.'), [])
    assert.deepEqual(negations(close, 'Dunmore plant safe\n\nThe Dunmore plant will stay open this year, Harlow Motors said on Monday.'), [])
    assert.deepEqual(negations('Talks\n\nThe union said it will close the talks with Harlow Motors on pay.', 'Talks go on\n\nThe union will remain open to talks with Harlow Motors on pay, its leader said.'), [])
    // One speaker's words that a negation seems to answer, with no act to come ruled out, are one statement told twice.
    assert.deepEqual(negations(
      'Budget\n\nMinister Ana Ruiz said delaying the budget would sharply raise the risk of a recession this winter.',
      'Budget row\n\nMinister Ana Ruiz said she does not think parliament would take a step that would sharply raise the risk of a recession this winter.',
    ), [])
  })
})

describe('measures: spans of time and percentages of one thing', () => {
  const contests = (...texts: string[]): string[] => run(...texts).stories[0]!.comparison.claims.filter((g) => g.status === 'contested').map((g) => g.explanation.replace(/ \(shared terms.*$/u, ''))
  const norvale = 'Norvale cuts jobs\n\nNorvale Systems will cut 1,800 jobs. Staff will receive 16 weeks of severance pay, the company said.'
  const memo = "Job cuts at Norvale\n\nNorvale Systems is cutting jobs. Workers were offered 12 weeks' severance, according to an internal memo."

  test('weeks of one severance, a percentage of one pay rise (as a facet), months and years of one repair are contested', () => {
    assert.deepEqual(contests(norvale, memo), ['Figures for "severance pay" that cannot both be true: "16 weeks of severance pay" [A] vs "12 weeks\' severance" [B]'])
    // A pay rise is a facet's figure (the indicator "pay rise"): the verdict contests it, not the claims.
    const nurses = run(
      'Nurses pay deal\n\nThe health ministry agreed a 3 percent pay rise for nurses on Monday, the union said.',
      'Nurse pay deal agreed\n\nNurses will get a 5% raise under the deal agreed on Monday with the health ministry.',
    ).stories[0]!.comparison
    assert.deepEqual(nurses.claims.filter((g) => g.status === 'contested'), [])
    assert.deepEqual(nurses.verdicts.filter((v) => v.status === 'contested').map((v) => `${v.topic}: ${v.sides.map((side) => side.label).join(' vs ')}`), ['level: pay rise: 3 percent vs 5%'])
    assert.deepEqual(contests(
      'Bridge repairs\n\nThe repair of the Harbor Bridge will take 18 months, the city council said.',
      'Harbor Bridge to close\n\nThe city council said the repair of the Harbor Bridge will take two years.',
    ), ['Figures for "how long it takes" that cannot both be true: "will take 18 months" [A] vs "will take two years" [B]'])
  })

  test('other things, times, recipients or owners, or one figure in two units, are no contest', () => {
    assert.deepEqual(contests(norvale.replace('severance pay', 'notice'), memo), [])
    assert.deepEqual(contests(norvale.replace('16 weeks', 'three months'), memo), [])
    assert.deepEqual(contests(
      'Norvale cuts jobs\n\nNorvale Systems will cut 1,800 jobs. Norvale executives will receive 16 weeks of severance pay, the company said.',
      'Job cuts at Norvale\n\nNorvale Systems is cutting jobs. Norvale factory workers will receive 12 weeks of severance pay, the union said.',
    ), [])
    assert.deepEqual(contests(
      'Nurses pay deal\n\nNurses received a 3 percent pay rise last year, the union said. The union wants more this year.',
      'Nurse pay deal agreed\n\nNurses will get a 5% raise this year under the deal agreed on Monday with the health ministry.',
    ), [])
    assert.deepEqual(contests(
      'Nurses pay deal\n\nThe health ministry agreed a 3 percent pay rise for nurses on Monday.',
      'Doctors pay deal\n\nThe health ministry agreed a 5 percent pay rise for doctors on Monday.',
    ), [])
    assert.deepEqual(contests(
      'Bridge repairs\n\nThe repair of the Harbor Bridge will take 18 months, the city council said.',
      'Harbor Bridge to close\n\nThe city council said the Harbor Bridge will stay closed to trucks for two years after the repair.',
    ), [])
    assert.deepEqual(contests(
      'Clinton tax returns\n\nClinton released her tax returns a month after Republican candidate Jeb Bush released 33 years of returns.',
      'Clinton tax returns out\n\nClinton on Friday released her most recent eight years of tax returns. Jeb Bush also released his.',
    ), [])
  })
})

describe('claims: who knew when', () => {
  const article = (name: string, body: string): { name: string; text: string } =>
    ({ name, text: `title: Minister quits over data breach ${name}\ndate 2024-06-20\n\n${body}\n` })

  test('two voices dating one person\'s knowledge to different months contest each other', () => {
    const result = analyzeTexts([
      article('a.txt', 'LONDON - Health Minister Mark Ellison knew about the data breach in March, according to leaked emails. Prime Minister Anna Ward accepted his resignation. Ward\'s supporters said she had not been told about the breach until June.'),
      article('b.txt', 'LONDON - Mark Ellison said he learned of the data breach in June and resigned. Anna Ward, the prime minister, thanked him. A senior official said Ward had been briefed by officials in May.'),
    ], { split: 'files' })
    const disputes = result.stories[0]!.comparison.claims.filter((g) => g.dispute === 'knowledge')
    assert.deepEqual(disputes.map((g) => [g.status, g.explanation]), [
      ['contested', 'Who knew when: person:ellison, "March" (unnamed::leaked emails [A]) vs "June" (person:ellison [B]).'],
      ['contested', 'Who knew when: person:ward, "June" (unnamed::supporters of Anna Ward [A]) vs "May" (unnamed::official [B]).'],
    ])
    // "had not been told … until June" is negated, yet the report explains the dispute by its dates, not as a negation.
    const report = renderTerminal(result)
    assert.match(report, /≠ Who knew when: Anna Ward, "June" \(.*\[A\]\) vs "May" \(.*\[B\]\)\./u)
    assert.doesNotMatch(report, /Asserted and negated/u)
  })

  test('two articles\' unnamed officials are two voices', () => {
    const result = analyzeTexts([
      article('a.txt', 'LONDON - A senior official said Health Minister Mark Ellison knew about the data breach in March.'),
      article('b.txt', 'LONDON - A senior official said Mark Ellison learned of the data breach in June.'),
    ], { split: 'files' })
    assert.equal(result.stories[0]!.comparison.claims.filter((g) => g.dispute === 'knowledge').length, 1)
  })

  test('one month in both, or knowledge denied without a date, is no dispute', () => {
    const result = analyzeTexts([
      article('a.txt', 'LONDON - Health Minister Mark Ellison knew about the data breach in June, officials said.'),
      article('b.txt', 'LONDON - Mark Ellison said he learned of the data breach in June. He denied that he had not known in March.'),
    ], { split: 'files' })
    assert.deepEqual(result.stories[0]!.comparison.claims.filter((g) => g.dispute === 'knowledge'), [])
  })
})
