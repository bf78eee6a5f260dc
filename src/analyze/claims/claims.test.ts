/** @module analyze/claims/claims.test — claims from attributions and from the outlet's own voice, with voice, polarity, modality, facets and terms. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { AnalyzedArticle, Claim } from '../../model/schema.js'
import { analyzeText } from '../pipeline.js'
import { segmentText } from '../segment/segment.js'
import { findClaims } from './claims.js'
import { termOf } from './terms.js'

const claimsOf = (text: string): AnalyzedArticle => {
  const a = analyzeText(text)
  assert.deepEqual(a.failures, [])
  return a
}

/** The claim whose words contain `words`. */
function claimWith(a: AnalyzedArticle, words: string): Claim {
  const found = a.claims.find((c) => a.article.text.slice(c.span.start, c.span.end).includes(words))
  assert.ok(found, `no claim holds "${words}": ${a.claims.map((c) => a.article.text.slice(c.span.start, c.span.end)).join(' | ')}`)
  return found
}

const speaker = (a: AnalyzedArticle, c: Claim): string => (c.voice === 'outlet' ? 'outlet' : a.actors.find((x) => x.id === c.voice)?.name ?? c.voice)

describe('claims: voice and modality', () => {
  test('site furniture makes no claim: comments closed, follow us, click here, newsletters, "Read more:", "MORE:"', () => {
    const furniture = ['Sorry, comments are not being accepted on this story at the moment.', 'Follow our reporters on Twitter for the latest updates.',
      'Click here to watch the full video of the match.', 'Sign up for our daily newsletter to get the best stories.',
      'Read more: Ten things the council plans to change this year', 'MORE: Seven ways the city plans to spend the new budget', 'Comments are closed.']
    const text = `The council approved the new budget on Monday after a long debate.\n\n${furniture.join('\n\n')}`
    const a = claimsOf(text)
    assert.ok(a.claims.some((c) => text.slice(c.span.start, c.span.end).includes('approved the new budget')))
    const from = text.indexOf('Sorry')
    assert.deepEqual(a.claims.filter((c) => c.span.start >= from).map((c) => text.slice(c.span.start, c.span.end)), [])
    const speakers = a.attributions.map((x) => a.actors.find((actor) => actor.id === x.speaker)?.name)
    assert.ok(!speakers.includes('MORE'), 'a link label is no speaker')
  })

  test('news that opens like furniture is news: comments closed at a meeting, "follow us on" a road', () => {
    const a = claimsOf('Comments are closed to the public at the hearing, the clerk said. Follow us on the path to growth, she told voters.')
    claimWith(a, 'closed to the public')
    claimWith(a, 'the path to growth')
  })

  test('reported speech is the speaker\'s claim, with the modality of its cue', () => {
    const a = claimsOf('The mayor said the bridge would reopen in May. Critics claimed the repairs were rushed by the city council.')
    const reopen = claimWith(a, 'bridge would reopen')
    assert.equal(speaker(a, reopen), 'the mayor')
    assert.equal(reopen.modality, 'reported')
    assert.equal(typeof reopen.attribution, 'number')
    assert.equal(claimWith(a, 'repairs were rushed').modality, 'hedged')
  })

  test('the words naming a speaker and the reporting verb are no claim of the outlet\'s', () => {
    const a = claimsOf('Election commission chairman Pavel Dorin said the vote had been free and fair across the country.')
    assert.deepEqual(a.claims.map((c) => speaker(a, c)), ['Pavel Dorin'])
  })

  test('a report its speaker calls false is a denial of its content, the words calling it false left out', () => {
    const a = claimsOf('Reports that the mayor has agreed to sell the harbour are "false and malicious", the council said on Monday.')
    const sale = claimWith(a, 'the mayor has agreed to sell the harbour')
    assert.equal(sale.modality, 'denied')
    assert.equal(a.article.text.slice(sale.span.start, sale.span.end), 'the mayor has agreed to sell the harbour')
    const accused = claimsOf('Accusations that the port authority hid the toxic spill are baseless, the agency said on Friday.')
    assert.equal(claimWith(accused, 'hid the toxic spill').modality, 'denied', 'an accusation is a statement noun as a report is')
  })

  test('a report called a lie or a fiction, or "it was false that", is denied', () => {
    const lie = claimsOf('The union leader said the allegation that members took bribes from the contractor was a lie.')
    assert.equal(claimWith(lie, 'members took bribes from the contractor').modality, 'denied')
    const fiction = claimsOf('The claim that the reactor leaked twice last year is pure fiction, the operator said.')
    assert.equal(claimWith(fiction, 'the reactor leaked twice last year').modality, 'denied')
    const clause = claimsOf('The coach said it was false that he had asked the player to leave.')
    assert.equal(claimWith(clause, 'he had asked the player to leave').modality, 'denied')
    const of = claimsOf('The army said reports of civilian casualties in the village were "fabricated".')
    assert.equal(claimWith(of, 'civilian casualties in the village').modality, 'denied', 'a report "of" something called false')
    const provocation = claimsOf('The ministry said reports of a strike on a market were a provocation.')
    assert.equal(claimWith(provocation, 'a strike on a market').modality, 'denied', 'a report called a provocation')
    const propaganda = claimsOf('The ministry said claims that its soldiers looted homes were enemy propaganda.')
    assert.equal(claimWith(propaganda, 'its soldiers looted homes').modality, 'denied', 'with a word before it')
    const sailing = claimsOf('The ministry said it was a provocation that a destroyer sailed through the strait.')
    assert.notEqual(claimWith(sailing, 'a destroyer sailed through the strait').modality, 'denied', 'an act called a provocation happened')
    // "X claims that A, but Y said the accusation was invented": Y denies A, and the denial ends where A does.
    const answered = claimsOf('The Polish side claims that the diplomats recruited a railway worker, but the ambassador said the accusation was "invented by the special services."')
    const denials = answered.claims.filter((c) => c.modality === 'denied').map((c) => answered.article.text.slice(c.span.start, c.span.end))
    assert.deepEqual(denials, ['the diplomats recruited a railway worker'])
    const called = claimsOf('The mayor said the report that the bridge was unsafe was a wake-up call.')
    assert.notEqual(claimWith(called, 'the bridge was unsafe').modality, 'denied', 'a report taken seriously is no denial')
  })

  test('a correction\'s superseded account is no claim', () => {
    const a = claimsOf('Correction: An earlier version of this story said the fire had burnt 9,000 hectares of forest.')
    assert.deepEqual(a.claims, [])
  })

  test('"committed to" an act is the same term as "agreed to" it; a crime committed is not', () => {
    const a = claimsOf('The union has committed to end the strike by Friday. The man committed a burglary in March, police said.')
    assert.ok(claimWith(a, 'committed to end').terms.includes('agree'))
    assert.ok(!claimWith(a, 'committed a burglary').terms.includes('agree'))
  })

  test('the outlet\'s own call to act is demanded; what it expects or judges with a modal is asserted', () => {
    const a = claimsOf('Nurses should vote no on the offer in April. The new ward should be finished by June.')
    assert.equal(claimWith(a, 'vote no on the offer').modality, 'demanded')
    assert.equal(claimWith(a, 'ward should be finished').modality, 'asserted')
  })

  test('a demand is demanded, a denial denied', () => {
    const a = claimsOf('The union urged the company to restore the pension fund. The company denied that it had cut the pension fund.')
    assert.equal(claimWith(a, 'restore the pension').modality, 'demanded')
    assert.equal(claimWith(a, 'had cut the pension').modality, 'denied')
  })

  test('rejecting a proposal or a document is an act, not a denial; rejecting claims, an idea or an accusation denies', () => {
    const a = claimsOf('The council rejected the mayor\'s plan to sell the harbour land. Residents rejected claims that the sale would lower rents. '
      + 'The mayor rejected the notion that the harbour was neglected. The clerk dismissed the accusation that he hid the files.')
    assert.equal(claimWith(a, 'plan to sell the harbour').modality, 'reported')
    assert.equal(claimWith(a, 'sale would lower rents').modality, 'denied')
    assert.equal(claimWith(a, 'harbour was neglected').modality, 'denied')
    assert.equal(claimWith(a, 'he hid the files').modality, 'denied')
    const before = claimsOf('"The audit is plainly wrong about the harbour fund," the mayor dismissed, leaving the hall.')
    assert.equal(claimWith(before, 'audit is plainly wrong').modality, 'denied', 'a content before its cue is what the cue dismisses')
  })

  test('a rejection of anything but an act or proposal denies: a ruling, results, a pronoun with "as", a bill named by a modifier is still a bill', () => {
    const a = claimsOf('The clerk rejected the tribunal\'s ruling that he shredded the ballots. The mayor dismissed them as idle gossip about the harbour. '
      + 'The senate rejected the seat belt bill on Tuesday. The governor rejects calls for a higher fuel tax.')
    assert.equal(claimWith(a, 'shredded the ballots').modality, 'denied')
    assert.equal(claimWith(a, 'idle gossip').modality, 'denied')
    assert.equal(claimWith(a, 'seat belt bill').modality, 'reported')
    assert.notEqual(claimWith(a, 'higher fuel tax').modality, 'denied')
    const court = claimsOf('Justice Helen Marsh on Thursday dismissed the tribe\'s challenge to the mining licence. The court rejected a petition to halt the works.')
    assert.equal(claimWith(court, 'challenge to the mining licence').modality, 'reported', 'a legal challenge thrown out is an act')
    assert.equal(claimWith(court, 'halt the works').modality, 'reported')
  })

  test('"no record of such a call" denies the claim before it, in another voice, that it points back to', () => {
    const text = 'The charity claimed to have raised the alarm hours earlier, but the coast guard said it had no record of such a call. '
      + 'The mayor said the dam was inspected in May. Engineers said no such inspection had taken place. The council said the bridge would reopen soon.'
    const a = claimsOf(text)
    const denials = a.claims.filter((c) => c.modality === 'denied')
    const said = (c: Claim): string => `${speaker(a, c)}: ${text.slice(c.span.start, c.span.end)}`
    assert.deepEqual(denials.map(said).sort(), ['coast guard: to have raised the alarm hours earlier', 'engineers: the dam was inspected in May'])
    // The claims denied keep their own speakers.
    assert.equal(speaker(a, claimWith(a, 'raised the alarm')), 'charity')
    // "such as" names examples; a claim with "such" that is not negated denies nothing.
    const b = claimsOf('The mayor said the dam was inspected in May. Engineers said such inspections were routine. Critics said other checks, such as dives, never took place.')
    assert.deepEqual(b.claims.filter((c) => c.modality === 'denied').map((c) => text.slice(c.span.start, c.span.end)), [])
  })

  test('"denied the allegations", "rejected the criticism" deny the accusation they point back to', () => {
    const text = 'Residents accused the police of beating protesters. Police denied the allegations. '
      + 'Councillor Mark Tully criticised the school for closing the pool. "Closing the pool was a shock to every family," one mother said. Head teacher Ann Rees rejected the criticism and said the pool was unsafe. '
      + 'The mayor praised the new tram line. The auditors disputed the report.'
    const a = claimsOf(text)
    const said = (c: Claim): string => `${speaker(a, c)}: ${text.slice(c.span.start, c.span.end)}`
    assert.deepEqual(a.claims.filter((c) => c.modality === 'denied').map(said), ['police: the police of beating protesters', 'Ann Rees: the school for closing the pool'])
  })

  test('declining to comment, or to say how many, claims nothing', () => {
    const text = 'The operator declined to comment on the photographs. The ministry refused to say how many people were detained. '
      + 'A spokesman would not comment on the inquiry. The ministry said 40 people were detained in the raid.'
    const a = claimsOf(text)
    assert.deepEqual(a.claims.filter((c) => c.voice !== 'outlet').map((c) => text.slice(c.span.start, c.span.end)), ['40 people were detained in the raid'])
  })

  test('the outlet\'s own statements are its claims; "reportedly" hedges them', () => {
    const a = claimsOf('Floods destroyed three bridges in the northern province on Monday. The governor reportedly left the region before the storm arrived.')
    const floods = claimWith(a, 'Floods destroyed three bridges')
    assert.equal(floods.voice, 'outlet')
    assert.equal(floods.modality, 'asserted')
    assert.equal(claimWith(a, 'left the region').modality, 'hedged')
  })

  test('"reportedly told" hedges the reported claim', () => {
    const a = claimsOf('The minister reportedly told lawmakers that the budget would not include new taxes for farmers.')
    assert.equal(claimWith(a, 'budget would not include').modality, 'hedged')
  })
})

describe('claims: polarity, facets and terms', () => {
  test('a quoted fragment takes the negation of the words leading into it in its sentence', () => {
    const text = 'Weiner spoke to reporters on Tuesday. We are not making "a federal case out of this photo," he said.'
    const at = (words: string): { start: number; end: number } => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
    const claimOfFragment = (cue: string): Claim | undefined => findClaims(analyzeText(text).article, segmentText(text), {
      attributions: [{ kind: 'mixed', speaker: 'm1', source: at('Weiner'), cue: at(cue), content: at('a federal case out of this photo') }], outletVoice: [],
    }, []).find((c) => c.attribution === 0)
    assert.equal(claimOfFragment('spoke')?.polarity, 'negative')
    // A cue after the fragment leads into nothing.
    assert.equal(claimOfFragment('said')?.polarity, 'positive')
  })

  test('a negated clause is a negative claim; "to no avail" is not a negation', () => {
    const a = claimsOf('The ministry said the explosion was not an accident. The rescuers searched the collapsed building for hours, to no avail.')
    assert.equal(claimWith(a, 'was not an accident').polarity, 'negative')
    assert.equal(claimWith(a, 'searched the collapsed building').polarity, 'positive')
  })

  test('a negation inside an if or unless clause leaves the main claim positive; after the clause it negates', () => {
    const a = claimsOf('The treasurer said that if lawmakers do not pass the budget, the county will close two clinics. '
      + 'The nurses warned that the clinics will shut unless the board doesn\'t cut their wages. '
      + 'The mayor said that if the budget passes, the county will not close the library branches.')
    assert.equal(claimWith(a, 'will close two clinics').polarity, 'positive')
    assert.equal(claimWith(a, 'clinics will shut').polarity, 'positive')
    assert.equal(claimWith(a, 'will not close the library').polarity, 'negative')
  })

  test('a condition with no comma ends at the main clause\'s subject and verb; "as if" is no condition; an aside right after "if" ends none', () => {
    const a = claimsOf('The clerk said that if passed the levy would not apply to farms until 2030. '
      + 'The envoy said that even if the harbour talks collapse the navy will not blockade the port. '
      + 'The pilot said it looked as if the storm barrier would not hold overnight. '
      + 'The union said that if, as feared, the board does not raise wages, the dockers will strike on Monday.')
    assert.equal(claimWith(a, 'levy would not apply').polarity, 'negative')
    assert.equal(claimWith(a, 'navy will not blockade').polarity, 'negative')
    assert.equal(claimWith(a, 'barrier would not hold').polarity, 'negative')
    assert.equal(claimWith(a, 'dockers will strike').polarity, 'positive')
    const nested = claimsOf('The prosecutor said that if divers find the ferry was not overloaded, the captain will face charges. '
      + 'The regulator said that if the audit shows the port did not pay, the harbour board will lose its licence.')
    assert.equal(claimWith(nested, 'captain will face').polarity, 'positive', 'a clause of the condition before its comma ends none')
    assert.equal(claimWith(nested, 'board will lose').polarity, 'positive', 'a clause of the condition before its comma ends none')
    const trailing = claimsOf('The agency said all licensed ferries will be insured, even if the port where they dock does not license them or a town that does not tax them.')
    assert.equal(claimWith(trailing, 'will be insured').polarity, 'positive', 'a relative clause or "where" inside a trailing condition ends none')
  })

  test('"has never been more clear", "could not be higher" are emphasis, no negation; "has never been tested" negates', () => {
    const a = claimsOf('The senator said the need for flood defences has never been more clear to coastal towns. '
      + 'The engineer said the stakes for the harbour towns could not be higher this winter. '
      + 'The inspector said the new flood barrier has never been tested in a storm. The mayor said the need was never more urgent for the towns. '
      + 'The clerk said the two harbour boards have never been together in one hall.')
    assert.equal(claimWith(a, 'never been more clear').polarity, 'positive')
    assert.equal(claimWith(a, 'could not be higher').polarity, 'positive')
    assert.equal(claimWith(a, 'never been tested').polarity, 'negative')
    assert.equal(claimWith(a, 'never more urgent').polarity, 'positive')
    assert.equal(claimWith(a, 'never been together').polarity, 'negative')
  })

  test('a negated comparison goes on as emphasis past a preposition, except after a word of precision, and past "than ever", "than now", "than it is"', () => {
    const a = claimsOf('The coach said the rowers could not be happier with the new boat. '
      + 'The mayor said she could not be more proud of the lifeboat crews. '
      + 'The envoy said ties could not be better between the two harbour towns. '
      + 'The minister said the ferry link has never been stronger than it is today. '
      + 'The clerk said the harbour board has never been busier than now. '
      + 'The pilot said the tides had never been higher than ever before in March.')
    for (const words of ['could not be happier', 'more proud of', 'could not be better', 'stronger than it is', 'busier than now', 'higher than ever']) {
      assert.equal(claimWith(a, words).polarity, 'positive', words)
    }
  })

  test('a negated comparison that goes on ("than", "as", a verb, or after "could" a preposition) or a degree word ("so", "as") negates', () => {
    const a = claimsOf('The ministry said the ferry company could not be more precise about the sailing dates. '
      + 'The treasurer said the county deficit could not be higher than two percent next year. '
      + 'The judge said the harbour audit could not be so lightly ignored by the council. '
      + 'The coach said the rowing club has never been as far as the regional final.')
    assert.equal(claimWith(a, 'more precise about').polarity, 'negative')
    assert.equal(claimWith(a, 'higher than two percent').polarity, 'negative')
    assert.equal(claimWith(a, 'so lightly ignored').polarity, 'negative')
    assert.equal(claimWith(a, 'as far as the regional').polarity, 'negative')
  })

  test('"not only" and "not just" intensify: no negation', () => {
    const a = claimsOf('The mayor said the closure was not only costly but dangerous for the harbour workers. She said the plan was not just late but also expensive. He said the minister did not simply resign from the cabinet.')
    assert.equal(claimWith(a, 'not only costly').polarity, 'positive')
    assert.equal(claimWith(a, 'not just late').polarity, 'positive')
    // With no "but" after it, "not simply resign" still negates.
    assert.equal(claimWith(a, 'did not simply resign').polarity, 'negative')
  })

  test('"no plans to" and "no intention of" negate the act after them; "stay open" is a closing negated, "open to talks" is not', () => {
    const a = claimsOf('The agency said it has no plans to change its guidance on aspirin. The firm said it had no intention of selling the harbour site. The union said there was no plan B for the strike.')
    assert.equal(claimWith(a, 'no plans to change').polarity, 'negative')
    assert.ok(claimWith(a, 'no plans to change').terms.includes('change'))
    assert.equal(claimWith(a, 'no intention of selling').polarity, 'negative')
    assert.equal(claimWith(a, 'no plan B').polarity, 'positive')
    const b = claimsOf('The Dunmore plant will stay open, the company said. The union said it would remain open to talks with the company on pay.')
    assert.equal(claimWith(b, 'stay open').polarity, 'negative')
    assert.deepEqual(claimWith(b, 'stay open').terms, ['dunmore', 'plant', 'close'])
    assert.equal(claimWith(b, 'open to talks').polarity, 'positive')
  })

  test('titles and initials are no terms', () => {
    assert.equal(termOf('Mr.', 'mr.'), undefined)
    assert.equal(termOf('A.', 'a.'), undefined)
  })

  test('a place named in several words is that place, not the country or state its last word names', () => {
    const terms = (text: string): string[] => claimsOf(text).claims.flatMap((c) => c.terms)
    assert.ok(terms('Police in Northern Ireland arrested two men.').includes('place:Northern Ireland'))
    assert.ok(!terms('Police in Northern Ireland arrested two men.').includes('country:IRL'))
    const virginia = terms('Miners in West Virginia went on strike.')
    assert.ok(virginia.includes('place:West Virginia') && !virginia.includes('place:Virginia'), virginia.join(', '))
    assert.ok(terms('Police in Ireland arrested two men.').includes('country:IRL'))
  })

  test('a walkout shares no term with an armed attack, and an air strike still does', () => {
    const terms = (text: string): string[] => claimsOf(text).claims.flatMap((c) => c.terms)
    for (const text of ['Bus drivers went on strike across the region on Monday, the union said.', 'The union said striking cleaners had closed the depot in Lenport.']) {
      assert.ok(!terms(text).includes('attack') && terms(text).includes('walkout'), `${text}: ${terms(text).join(', ')}`)
    }
    assert.ok(terms('An air strike hit a fuel depot in Lenport on Monday, the army said.').includes('attack'))
  })

  test('a claim lists the facets whose words it holds', () => {
    const a = claimsOf('A gunman killed two guards at the consulate in Oslo on Tuesday, police said.')
    const claim = claimWith(a, 'killed two guards')
    assert.ok(claim.facets.includes('killed'), claim.facets.join(','))
  })

  test('statements with too few comparable terms are no claims', () => {
    const a = claimsOf('It is what it is. Officials said so.')
    assert.deepEqual(a.claims, [])
  })

  test('synonyms, numbers in words and demonyms map to one term', () => {
    assert.equal(termOf('wounded', 'wound'), termOf('injured', 'injure'))
    assert.equal(termOf('gunman', 'gunman'), termOf('assailant', 'assailant'))
    assert.equal(termOf('dead', 'dead'), termOf('killed', 'kill'))
    assert.equal(termOf('fifteen', 'fifteen'), '15')
    assert.equal(termOf('Iranian', 'iranian'), termOf('Iran', 'iran'))
    assert.equal(termOf('Americans', 'americans'), 'country:USA')
    assert.equal(termOf('Tehran', 'tehran'), 'place:Tehran')
    assert.equal(termOf('has', 'have'), undefined)
  })

  test('a word of criticism as a verb is an explosion as a noun: "blasted the plan", "a bomb blast"', () => {
    assert.equal(termOf('blasted', 'blast'), termOf('criticised', 'criticise'))
    assert.equal(termOf('blast', 'blast', true), termOf('explosion', 'explosion'))
    const a = claimsOf('A bomb blast at the central market in Karsk killed two guards on Tuesday, police said.')
    assert.ok(!claimWith(a, 'bomb blast').terms.includes('criticize'), claimWith(a, 'bomb blast').terms.join(','))
  })
})
