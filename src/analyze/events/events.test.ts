/** @module analyze/events/events.test — triggers, actors, recipients, dates, voice and negation of PLOVER events. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { AnalyzedArticle } from '../../model/schema.js'
import { analyzeArticle, analyzeText, STAGES } from '../pipeline.js'
import type { AttributionLayer } from '../layers.js'
import { ACCIDENT_AFTER, ACCIDENT_VERB_BEFORE, actKind, MACHINE_SUBJECT } from './lexicon.js'

/** "TYPE actor→recipient @date" for each event, names instead of ids. */
function events(text: string, published?: string): string[] {
  return describeEvents(analyzeText(text, published))
}

/** "TYPE trigger" for each event: which word the event was read from. */
function triggers(text: string): string[] {
  return analyzeText(text).events.map((e) => `${e.type} ${text.slice(e.trigger.start, e.trigger.end)}`)
}

function describeEvents(a: AnalyzedArticle): string[] {
  const name = (id: string | undefined): string => (id ? a.actors.find((x) => x.id === id)?.name ?? id : '-')
  return a.events.map((e) => [
    `${e.polarity === 'negative' ? 'not ' : ''}${e.type}${e.mode ? `/${e.mode}` : ''}`,
    `${name(e.actor)}→${name(e.recipient)}`,
    ...(e.date ? [`@${e.date.value}`] : []),
    ...(e.planned ? ['planned'] : []),
    ...(e.voice !== 'outlet' ? [`voice=${name(e.voice)}`] : []),
  ].join(' '))
}

describe('events: court sentences, reactions and acts that are not reported as done', () => {
  test('a prison term passed is a SANCTION (convict); a jailing with no term is an arrest; an acquittal is no act', () => {
    assert.deepEqual(events('A court jailed Paul Martin for nine years. Police jailed the protesters overnight. The jury acquitted his brother.'),
      ['SANCTION/convict court→Paul Martin', 'COERCE/arrest police→protesters'])
    assert.deepEqual(events('The former mayor was sentenced to six years in prison.'), ['SANCTION/convict -→the mayor'])
    // A titled name between the verb and its term: "sentenced former finance minister Paul Martin to".
    assert.deepEqual(events('A court sentenced former finance minister Paul Martin to six years in prison.'), ['SANCTION/convict court→Paul Martin'])
  })

  test('a plea of guilty is no request; pleading with someone for something is', () => {
    assert.deepEqual(events('Dana Whitlow pleaded guilty to fraud. Her brother pleaded not guilty. Her aide pleaded innocence.'), [])
    assert.deepEqual(events('The mayor pleaded with the governor for more money.'), ['REQUEST the mayor→the governor'])
  })

  test('a plan "met with anger" is no meeting; "difficult to retreat" is no retreat; "any investigation" and "a source close to the investigation" report none', () => {
    assert.deepEqual(events('The plan was met with anger in the town hall.'), [])
    assert.ok(events('The army will find it difficult to retreat now.').every((e) => e.includes(' planned')))
    assert.deepEqual(events('The utility said it would co-operate fully with any investigation. A source close to the investigation said the line was old.'), [])
  })

  test('a role given in an apposition is no act: "Helen Marsh, the officer leading the investigation,"', () => {
    assert.deepEqual(events('Chief Inspector Helen Marsh, the officer leading the investigation, spoke to reporters.'), [])
    assert.deepEqual(events('AIU head of investigations Brett Sullivan said the sample was clean.'), [], 'a title names no act')
    assert.deepEqual(events('Police are leading the investigation into the crash.'), ['ACCUSE/investigate police→-'])
    // The speaker's own pronoun before the light verb is the speaker; another person's is not.
    assert.deepEqual(events('The regulator said it had opened an investigation.'), ['ACCUSE/investigate regulator→- voice=regulator'])
    assert.deepEqual(events('Police said he had opened an investigation.'), ['ACCUSE/investigate -→- voice=police'])
  })

  test('an act promised or demanded by a date is due at that date, planned, not done', () => {
    assert.deepEqual(events('Tajikistan has committed to withdraw its armed units by next Tuesday.', '2026-02-19'), ['CONCEDE/future withdraw Tajikistan→- @2026-02-24 planned'])
    const demanded = analyzeText('The rebels demanded that the army withdraw its troops by 1 March.', '2026-02-19').events
    assert.deepEqual(demanded.map((e) => [e.type, e.modality, e.date?.value, e.date?.deadline]), [['REQUEST', 'asserted', undefined, undefined], ['CONCEDE', 'demanded', '2026-03-01', true]])
  })

  test('a beating of people, a crowd taking to the streets and a court quashing a decision are acts; a match won, a bus overturned and sales beating forecasts are not those', () => {
    assert.deepEqual(events('Police beat demonstrators with batons.'), ['ASSAULT/beat police→demonstrators'])
    assert.deepEqual(events('Tens of thousands of protesters poured into the streets of the capital.'), ['PROTEST/demo protesters→-'])
    assert.deepEqual(events('The High Court quashed the environmental licence for the mine.').map((e) => e.split(' ')[0]), ['REJECT'])
    assert.deepEqual(events('Liverpool beat Arsenal 2-0. Sales beat expectations.'), [])
  })

  test('the day what a call asks for starts is not the day of the call: "called for a strike from Friday"', () => {
    const calls = analyzeText('The union called for a general strike from Friday. The mayor called for calm on Monday.', '2026-05-01').events
    assert.deepEqual(calls.map((e) => [e.type, e.date?.value]), [['REQUEST', undefined], ['REQUEST', '2026-04-27']])
  })

  test('an act only risked or invited is supposed, not done: "invites the next abduction", "risks another attack", "could trigger protests"', () => {
    for (const text of ['The ransom rewards kidnappers and invites the next abduction.', 'The policy risks another attack.', 'The cut could trigger protests.']) {
      const told = events(text)
      assert.ok(told.length > 0 && told.every((e) => e.includes(' planned')), text)
    }
  })

  test('a weekday an act looks ahead to stays ahead; "next week" is not the publication day', () => {
    assert.deepEqual(events('The field hospital promised for Saturday is a car park.', '2026-09-11').filter((e) => e.startsWith('AGREE')), ['AGREE -→- @2026-09-12'])
    assert.deepEqual(events('The case will come up when ministers meet next week.', '2026-10-07').filter((e) => e.includes('@')).map((e) => e.split('@')[1]?.split(' ')[0]), ['2026-10'])
  })

  test('a date in an act\'s complement or in a lead clause of another act does not date it', () => {
    assert.deepEqual(events('What we agreed is that the commission will meet next month.', '2026-02-19'), ['AGREE -→-'])
    assert.deepEqual(events('The rebels agreed on Thursday to withdraw by next Tuesday.', '2026-02-20'), ['AGREE rebels→- @2026-02-19'])
    // Parties listed as the subject act together.
    assert.deepEqual(events('Armenia and Georgia agreed on Thursday to extend the ceasefire.', '2026-02-20'), ['AGREE Armenia and Georgia→- @2026-02-19'])
    assert.deepEqual(events('After clashes in 2021, both governments signed an agreement.', '2026-02-20').filter((e) => e.includes('@')), ['ASSAULT -→- @2021'])
  })

  test('an act in a reduced relative clause is not dated by its main clause: "soldiers killed by the group gathered on Saturday"', () => {
    assert.deepEqual(events('Relatives of miners killed by the gang marched to the capital on Monday.', '2026-05-10'), ['ASSAULT -→-'])
    assert.deepEqual(events('Officials named two children killed when artillery struck a school on Monday.', '2026-05-10').slice(0, 1), ['ASSAULT -→- @2026-05-04 voice=officials'])
  })

  test('a participle set off by commas is its noun\'s passive: "the group, blamed for dozens of massacres," is accused, not accusing', () => {
    assert.deepEqual(events('Hamas, blamed for the bombing, denied any role.').slice(0, 1), ['ACCUSE/allege -→Hamas'])
  })

  test('a harm told by a participle after its victims is done by the subject of "when", not the sentence\'s', () => {
    assert.deepEqual(events('Tajikistan lost seven citizens, among them two children killed when Kyrgyz artillery struck a school.'), ['ASSAULT Kyrgyzstan→-'])
  })
})

describe('events: who did what to whom', () => {
  test('after "after", "before", "since" or "until", a name right before the verb is its own subject, not a preposition\'s object', () => {
    assert.deepEqual(events('Tom Hale was arrested after the gunman killed two people.'), ['COERCE/arrest -→Tom Hale', 'ASSAULT the gunman→-'])
    assert.deepEqual(events('Before the rebels stormed the town, the army shelled the bridge.'), ['ASSAULT rebels→-', 'ASSAULT/heavy-weapons army→-'])
    assert.deepEqual(events('When the rebels stormed the town, the army shelled the bridge.'), ['ASSAULT rebels→-', 'ASSAULT/heavy-weapons army→-'])
    assert.deepEqual(events('Hours after the gunman killed three people, police arrested his brother.'), ['ASSAULT the gunman→-', 'COERCE/arrest police→-'])
    // A mention running over the act ("Police Shooting Remarks" in a headline) ends the search for a subject too.
    assert.ok(events('Mayor Slams Governor Over Police Shooting Remarks.').length <= 1)
    // "rebels" is tagged as a verb here: a mention is no verb.
    assert.deepEqual(events('When rebels attacked the convoy, two soldiers died.'), ['ASSAULT rebels→-'])
    assert.deepEqual(events('After police shot the man, protests broke out.').slice(0, 1), ['ASSAULT/firearms police→-'])
    // A preposition's object stays one: the talks did not act.
    assert.deepEqual(events('Israel attacked the port after the talks in Cairo.'), ['ASSAULT Israel→-', 'CONSULT -→-'])
  })

  test('a participle after the object of another verb is a passive that verb\'s subject did not do', () => {
    assert.deepEqual(events('Prosecutors charged the man arrested after the attack with murder.').slice(0, 2), ['ACCUSE/allege prosecutors→-', 'COERCE/arrest -→- voice=prosecutors'])
    assert.deepEqual(events('Police freed the 34-year-old man arrested after the attack.'), ['COERCE/arrest -→-', 'ASSAULT -→-'])
    // A verb with an object of its own is the clause's act.
    assert.deepEqual(events('Witnesses said the police arrested two men.'), ['COERCE/arrest police→- voice=witnesses'])
  })

  test('"shot" read as a noun by the tagger is the verb when a subject comes before it and an object or "at" after', () => {
    assert.deepEqual(events('The gunman shot two people.'), ['ASSAULT/firearms the gunman→-'])
    assert.deepEqual(events('Soldiers shot at the crowd.'), ['ASSAULT/firearms soldiers→-'])
    assert.deepEqual(events('A soldier fired a warning shot at the crowd.'), [])
    // A compound keeps the noun (review); a verb of saying before the subject keeps the verb.
    for (const text of ['Trump\'s mug shot from the county jail was released.', 'A flu shot every autumn protects you.']) assert.deepEqual(triggers(text), [], text)
    assert.deepEqual(events('Witnesses said a gunman shot at least five people.'), ['ASSAULT/firearms the gunman→- voice=witnesses'])
  })

  test('a passive verb after another act of its kind is another act: "The man who attacked his friend was killed"', () => {
    assert.deepEqual(triggers('The man who attacked his friend was killed days later.'), ['ASSAULT attacked', 'ASSAULT killed'])
  })

  test('armed forces destroying a target, "eliminated" fighters, targets "were hit", "targeting civilians" and a "precision strike" are assaults', () => {
    assert.deepEqual(events('Russian forces on Sunday destroyed a command post near the border.'), ['ASSAULT Russian forces→-'])
    assert.deepEqual(events('The storm destroyed dozens of homes.'), [])
    assert.deepEqual(events('More than 20 militants were eliminated.'), ['ASSAULT -→militants'])
    assert.deepEqual(events('The team was eliminated in the first round.'), [])
    assert.deepEqual(events('The army said no civilian facilities were hit.'), ['not ASSAULT -→- voice=army'])
    assert.deepEqual(events('Sales were hit by the strike.'), [])
    assert.deepEqual(events('The army denied targeting civilians.'), ['ASSAULT army→- voice=army'])
    assert.deepEqual(events('The campaign is targeting young voters.'), [])
    assert.deepEqual(triggers('Two commanders died in the precision strike.'), ['ASSAULT strike'])
    // The same verbs outside a war (review): power cuts, budgets, drug seizures, leaflets, walkouts, words, allowances.
    for (const text of ['Thousands of homes were hit by power cuts.', 'Schools were hit hard by the budget cuts.', 'The army destroyed its stockpile of chemical weapons.',
      'Troops destroyed three tonnes of seized cocaine.', 'The campaign is targeting towns in the north with leaflets.', 'Rail workers began an overnight strike.',
      'An overnight strike by Tube drivers shut the network.', 'Trump fired at his critics on Truth Social.', 'The plan eliminates the troops\' housing allowance.']) {
      assert.deepEqual(triggers(text).filter((t) => t.startsWith('ASSAULT')), [], text)
    }
    assert.deepEqual(triggers('Two homes were hit by rockets overnight.'), ['ASSAULT hit'])
  })

  test('a noun act\'s "by" phrase is its doer, unless a verb stands between: "the attack was condemned by Iran" is Iran\'s condemnation only', () => {
    assert.deepEqual(events('The attack by Iran was condemned.'), ['ASSAULT Iran→-', 'ACCUSE/disapprove -→-'])
    assert.deepEqual(events('The attack was condemned by Iran.'), ['ASSAULT -→-', 'ACCUSE/disapprove Iran→-'])
  })

  test('an act in a report its speaker calls false or a provocation is denied', () => {
    const [attack] = analyzeText('The ministry said claims that its pilots attacked a market were a cynical provocation.').events
    assert.deepEqual([attack?.type, attack?.modality], ['ASSAULT', 'denied'])
    const [told] = analyzeText('Witnesses said its pilots attacked a market.').events
    assert.equal(told?.modality, 'reported')
  })

  test('where an act took place is no one it was done to: "opened fire inside the Cherry Creek shopping mall"', () => {
    assert.deepEqual(events('A gunman opened fire inside the Cherry Creek shopping mall on Monday.'), ['ASSAULT/firearms the gunman→-'])
  })

  test('firing on or at people is an assault; firing an employee is not', () => {
    assert.deepEqual(events('Troops fired on the protesters.'), ['ASSAULT/firearms troops→protesters'])
    assert.deepEqual(events('The club fired its coach.'), [])
  })

  test('a verb: the clause subject acts on the direct object', () => {
    assert.deepEqual(events('Norway expelled the Swedish ambassador on Monday.', '2024-03-06'), ['SANCTION/expel Norway→Sweden ambassador @2024-03-04'])
  })

  test('a passive: the "by" phrase acts on the subject', () => {
    assert.deepEqual(events('Opposition leader Ruth Wanjiku was arrested by Kenyan police late on Tuesday.', '2024-06-27'), ['COERCE/arrest Kenya police→Ruth Wanjiku @2024-06-25'])
  })

  test('a "by" phrase after an act that sets the scene ("during a rescue attempt by") is that act\'s agent, not the passive verb\'s', () => {
    const verbEvent = (text: string): string | undefined => events(text)[0]
    assert.equal(verbEvent('Two guards were killed during a rescue attempt by French commandos.'), 'ASSAULT -→-')
    assert.equal(verbEvent('The editor was arrested during a visit by Kenyan police.'), 'COERCE/arrest -→-')
    // An assault does the harm; a time or a place between the verb and "by" leaves the "by" phrase the verb's.
    assert.equal(verbEvent('Two guards were killed during an airstrike by French jets.'), 'ASSAULT France→-')
    assert.equal(verbEvent('Three aid workers were wounded in an ambush by Kenyan police near the camp.'), 'ASSAULT Kenya police→workers')
    assert.equal(verbEvent('The editor was arrested at the airport by Kenyan police.'), 'COERCE/arrest Kenya police→-')
    assert.equal(verbEvent('Two guards were killed during the night by French commandos.'), 'ASSAULT French commandos→-')
  })

  test('after a preposition of time only a known act that does no harm takes the "by" phrase; a forceful or unknown one leaves it the verb\'s', () => {
    const verbEvent = (text: string): string | undefined => events(text)[0]
    assert.equal(verbEvent('Four students were detained during a protest by Kenyan police.'), 'COERCE/arrest -→-')
    assert.equal(verbEvent('The clerk was arrested after an investigation by Kenyan police.'), 'COERCE/arrest -→-')
    assert.equal(verbEvent('Two guards were killed during an aid mission by French commandos.'), 'ASSAULT -→-')
    // A coercive act ("crackdown", "raid"), an unknown one ("operation", "sweep") or a generic head with no known act keeps the agent.
    assert.equal(verbEvent('Four students were detained during a crackdown by Kenyan police.'), 'COERCE/arrest Kenya police→-')
    assert.equal(verbEvent('Four students were detained after a raid by Kenyan police.'), 'COERCE/arrest Kenya police→-')
    assert.equal(verbEvent('Two guards were killed during an operation by French commandos.'), 'ASSAULT French commandos→-')
    assert.equal(verbEvent('Four students were detained during a sweep by Kenyan police.'), 'COERCE/arrest Kenya police→-')
    assert.equal(verbEvent('Two guards were killed during a military operation by French commandos.'), 'ASSAULT French commandos→-')
  })

  test('a decision, complaint, warning, ruling, report, tip, request or order after a preposition of time takes the "by" phrase', () => {
    const verbEvent = (text: string): string | undefined => events(text)[0]
    for (const scene of ['a decision', 'a complaint', 'a warning', 'a ruling', 'a report', 'a tip', 'a request', 'an order']) {
      assert.equal(verbEvent(`The editor was arrested after ${scene} by Kenyan police.`), 'COERCE/arrest -→-', scene)
    }
    assert.equal(verbEvent('Four students were detained following a complaint by Kenyan police.'), 'COERCE/arrest -→-')
  })

  test('people seized are abducted (PLOVER ASSAULT abduct); property or control seized is COERCE seize', () => {
    assert.deepEqual(triggers('Rebels seized two aid workers in the north.'), ['ASSAULT seized'])
    assert.deepEqual(events('Rebels seized two aid workers in the north.').map((e) => e.split(' ')[0]), ['ASSAULT/abduct'])
    assert.deepEqual(events('Troops seized the airport.').map((e) => e.split(' ')[0]), ['COERCE/seize'])
    assert.deepEqual(events('The army seized control of the men\'s barracks.').map((e) => e.split(' ')[0]), ['COERCE/seize'])
  })

  test('a possessor is not the doer when the subject is other people of theirs: "Rey\'s lawyers appealed"', () => {
    assert.deepEqual(events('Anna Petrova\'s lawyers have appealed the verdict.'), ['ACCUSE/allege -→-'])
    assert.deepEqual(events('Anna Petrova\'s supporters blocked the road.').filter((e) => e.includes('Anna Petrova')), [])
    assert.equal(events('Azerbaijan\'s foreign ministry condemned the attack.')[0], 'ACCUSE/disapprove Azerbaijan foreign ministry→-')
    // A country's opposition or rebels are not its state.
    assert.deepEqual(events('Kenya\'s opposition rejected the official results. Kenya\'s rebels attacked a convoy.'), ['REJECT -→-', 'ASSAULT Kenya\'s rebels→-'])
    assert.deepEqual(events('NAIROBI – Kenya\'s opposition rejected the official results on Monday, saying the count had been rigged.', '2026-10-28').map((e) => e.split(' @')[0]), ['REJECT -→-'])
  })

  test('a possibility ("can appeal", "has ten days to appeal") is no act done; a defence is not the defendant', () => {
    assert.deepEqual(events('Karl Brenner\'s defence has ten days to appeal. Police could arrest him.'), ['ACCUSE/allege -→- planned', 'COERCE/arrest police→Karl Brenner planned'])
    assert.deepEqual(events('Karl Brenner\'s defence team appealed the verdict.'), ['ACCUSE/allege -→-'])
    assert.equal(events('Russia\'s defence ministry condemned the strike.')[0], 'ACCUSE/disapprove Russia defence ministry→-')
  })

  test('diplomacy: ordering diplomats out of the country expels them; a summoned diplomat and a note of protest are disapprovals, not demonstrations', () => {
    assert.deepEqual(events('Norway ordered two Swedish diplomats to leave the country. Officials ordered residents to leave the area.'), ['SANCTION/expel Norway→Swedish diplomats'])
    assert.deepEqual(events('Swedish ambassador Lars Berg was summoned to the ministry.'), ['ACCUSE/disapprove -→Lars Berg'])
    assert.deepEqual(events('Norway lodged a formal protest. The envoy was handed a note of protest. Thousands joined the protest.').map((e) => e.split(' ')[0]), ['ACCUSE/disapprove', 'ACCUSE/disapprove', 'PROTEST/demo'])
  })

  test('a purpose ("a depot used to shell") is no act, a habit is; a speaker\'s own forces ("It said its forces had struck") act for it', () => {
    assert.deepEqual(events('Norway\'s defence ministry denied it. It said its forces had struck a depot used to shell Swedish positions.').map((e) => e.split(' voice')[0]),
      ['ASSAULT Norway defence ministry→-', 'ASSAULT/heavy-weapons -→Sweden planned'])
    assert.deepEqual(events('Rebels used to shell the town.'), ['ASSAULT/heavy-weapons rebels→-'])
  })

  test('a release of people held: "released two aid workers", "the hostages were freed"; released funds or reports are none', () => {
    assert.deepEqual(events('Rebels released two aid workers. Three sailors held since May were freed on Thursday. Funds were released. The report was released.').map((e) => e.split(' ')[0]),
      ['RETREAT/release', 'RETREAT/release'])
  })

  test('a participle inside a subject ("two sailors kidnapped in May were freed on Friday") is no act of the subject, nor of the clause\'s date', () => {
    assert.deepEqual(events('Two Italian sailors kidnapped in Mali were freed on Friday.', '2026-06-12'), ['ASSAULT/abduct -→-', 'RETREAT/release -→- @2026-06-12'])
    assert.deepEqual(events('Protesters arrested in May were freed on Friday.', '2026-06-12')[0], 'COERCE/arrest -→- @2026-05')
  })

  test('a noun: its possessor acts, the object of "on" is acted on', () => {
    assert.deepEqual(events("Germany's condemnation followed. The attack on the French embassy lasted an hour."), ['ACCUSE/disapprove Germany→-', 'ASSAULT -→France embassy'])
  })

  test('a noun of an act suffered: its possessor, or the subject of its passive light verb, is acted on, not the doer', () => {
    assert.deepEqual(events('Lena Ostrova\'s abduction shocked the town.'), ['ASSAULT/abduct -→Lena Ostrova'])
    assert.deepEqual(events('Karl Brenner had been held in detention since May.'), ['COERCE/arrest -→Karl Brenner'])
  })

  test('a noun carried by a light verb: the subject of the verb acts', () => {
    assert.deepEqual(events('Prosecutors in Lyon launched an investigation.'), ['ACCUSE/investigate prosecutors→-'])
  })

  test('a relative clause: the noun before "who" acts', () => {
    assert.deepEqual(events('Police arrested Ali Hassan, who attacked a station in Oslo.'), ['COERCE/arrest police→Ali Hassan', 'ASSAULT Ali Hassan→-'])
  })

  test('a country before a time word acts, though attribution reads "Pakistan today" as one source', () => {
    assert.deepEqual(events('Pakistan today condemned the attack.').map((e) => e.split(' ').slice(0, 2).join(' ')), ['ACCUSE/disapprove Pakistan→-', 'ASSAULT -→-'])
  })

  test('the speaker of an attribution is the actor of its cue', () => {
    const found = events('"This is unacceptable," the Chinese foreign ministry said. The ministry later condemned Japan.')
    assert.ok(found.some((e) => e.startsWith('ACCUSE/disapprove') && e.includes('→Japan')), found.join('; '))
  })

  test('a speaker no mention names ("the union", "opposition lawmakers") is the actor of its cue when its source is the cue\'s subject', () => {
    assert.deepEqual(events('The union is demanding a 12% wage increase.'), ['REQUEST union→-'])
    assert.deepEqual(events('Opposition senators demanded an audit.'), ['REQUEST opposition senators→-'])
  })
})

describe('events: what does not count', () => {
  test('a thing that "threatens" jobs or a plan is no threat: PLOVER\'s THREATEN needs someone threatening', () => {
    assert.deepEqual(triggers('Managers say the new tactics threaten hundreds of jobs. Soaring fuel prices threaten livelihoods.'), [])
    // People, a body, a pronoun or a passive keep the threat.
    assert.deepEqual(triggers('The strikers threatened to close the terminal. The council threatened fines. She threatened the clerk. The reporter was threatened.'),
      ['THREATEN threatened', 'THREATEN threatened', 'THREATEN threatened', 'THREATEN threatened'])
    // A time word between the subject and its verb is no subject.
    assert.deepEqual(triggers('Peru today threatened reprisals.'), ['THREATEN threatened'])
  })

  test('negated acts are kept as negative', () => {
    assert.deepEqual(events('Police did not arrest Maria Lopez.'), ['not COERCE/arrest police→Maria Lopez'])
    assert.deepEqual(events('But Madrid refrained from putting the blame on Rabat.').map((e) => e.split(' ')[0]), ['not'])
  })

  test('an act avoided is not done: "stopped short of", "avoided", "declined to", "shied away from"', () => {
    const polarity = (text: string): string[] => analyzeText(text).events.map((e) => `${e.type} ${e.polarity}`)
    assert.deepEqual(polarity('Peru stopped short of attacking the outpost.'), ['ASSAULT negative'])
    assert.deepEqual(polarity('The premier avoided blaming Bolivia.'), ['ACCUSE negative'])
    assert.deepEqual(polarity('The mayor has so far avoided criticizing the police.'), ['ACCUSE negative'])
    assert.deepEqual(polarity('The minister declined to criticise the army.'), ['ACCUSE negative'])
    assert.deepEqual(polarity('The council shied away from condemning the raid.'), ['ACCUSE negative', 'COERCE positive'])
  })

  test('an act prevented is not done, unless the prevention failed; a negated question or report leaves its act done', () => {
    const polarity = (text: string): string[] => analyzeText(text).events.map((e) => `${e.type} ${e.polarity}`)
    assert.deepEqual(polarity('Guards foiled an attack on the depot.'), ['ASSAULT negative'])
    assert.deepEqual(polarity('The navy thwarted a hijacking of the tanker.'), ['ASSAULT negative'])
    assert.deepEqual(polarity('The guards failed to prevent the attack on the depot.'), ['ASSAULT positive'])
    assert.deepEqual(polarity('Troops prevented the rebels from attacking the town.'), ['ASSAULT negative'])
    // What a prevention keeps an act from is no prevented act.
    assert.deepEqual(polarity('The senator tried to prevent her inquiry from being dropped.'), ['ACCUSE positive'])
    assert.deepEqual(polarity('Police did not say who carried out the attack.'), ['ASSAULT positive'])
    assert.deepEqual(polarity('Officials would not confirm that troops had shelled the village.'), ['ASSAULT positive'])
  })

  test('a negation before the words that carry a noun\'s act negates it, across an "of" inside them', () => {
    const polarity = (text: string): string[] => analyzeText(text).events.map((e) => `${e.type} ${e.polarity}`)
    assert.deepEqual(polarity('Chile refrained to put the finger of blame at Peru.'), ['ACCUSE negative'])
    // A verb's bare form after "of" is the noun, which accuses only with its verb: "cleared the council of blame" blames no one.
    assert.deepEqual(triggers('The inquiry cleared the council of blame.'), ['ACCUSE inquiry'])
    assert.deepEqual(polarity('The army did not carry out a series of strikes on the port.'), ['ASSAULT negative'])
    // The negation of another verb, with the act inside its object, still leaves the act told as done.
    assert.deepEqual(polarity('The spokesman declined to comment on the attack on the port.'), ['ASSAULT positive'])
    assert.deepEqual(polarity('The ministry did not release details of the attack.'), ['ASSAULT positive'])
    assert.deepEqual(polarity('Ecuador did not condemn the raid.'), ['ACCUSE negative', 'COERCE positive'])
  })

  test('a negated subject negates its act: "nobody from", "no one", "none of"', () => {
    assert.deepEqual(events('Nobody from the ministry ever apologised to the families.'), ['not CONCEDE -→-'])
    assert.deepEqual(events('None of the officers was arrested.').map((e) => e.split(' ')[0]), ['not'])
    assert.deepEqual(events('The minister said none had been convicted of violent crimes.').map((e) => e.split(' ')[0]), ['not'], 'past perfect passive')
    assert.deepEqual(events('Nobody was hurt in the attack on the French embassy.').map((e) => e.split(' ')[0]), ['ASSAULT'])
  })

  test('a caution is no threat; a warning of the warner\'s own harm is', () => {
    assert.deepEqual(events('The minister warned against rumours spread online. Analysts warned that prices would rise.'), [])
    assert.deepEqual(events('The army warned it would retaliate. Cairo warned that police will no longer tolerate rallies.').filter((e) => e.startsWith('THREATEN')).length, 2)
  })

  test('a that-clause after the object holds no recipient; "whose cousin" is not its antecedent', () => {
    assert.deepEqual(events('Paul Martin rejected suggestions that the government had ignored warnings.'), ['REJECT Paul Martin→-'])
    assert.deepEqual(events('"It was busy," said Ali Khan, a trader whose cousin was killed.').map((e) => e.split(' ').slice(0, 2).join(' ')), ['ASSAULT -→-'])
  })

  test('a negation that governs another verb leaves the act asserted', () => {
    assert.deepEqual(events('Relations should not be affected by an attack on the embassy.').map((e) => e.split(' ')[0]), ['ASSAULT'])
    // A plea's "not guilty" or "no contest" negates nothing; "and" with an auxiliary opens a clause of its own.
    assert.deepEqual(events('Tom Bell pleaded not guilty and was jailed. Lee Hart pleaded no contest and was fined.').map((e) => e.split(' ')[0]), ['COERCE/arrest', 'SANCTION/convict'])
    assert.deepEqual(events('The guard did not resist and was arrested.').map((e) => e.split(' ')[0]), ['COERCE/arrest'])
  })

  test('a vow of harm is a threat, its harm no act done; a vow of anything else is none', () => {
    assert.deepEqual(events('Peru vowed to retaliate.'), ['THREATEN Peru→-'])
    assert.deepEqual(events('The army vowed to attack the rebels.').map((e) => e.split(' ')[0]), ['THREATEN'])
    assert.deepEqual(events('The mayor vowed to fix the roads.'), [])
    // What the revenge is for is done: "vowed revenge for the killing" tells of a killing.
    assert.deepEqual(events('The clan swore revenge for the killing of its chief.').map((e) => e.split(' ')[0]), ['THREATEN', 'ASSAULT'])
  })

  test('a noun act planned, proposed or possible is not done; one carried out is', () => {
    const planned = (text: string): string[] => analyzeText(text).events.map((e) => `${e.type} ${e.planned ? 'planned' : 'done'}`)
    assert.deepEqual(planned('Chile protested against the planned deployment of missiles.'), ['PROTEST done', 'MOBILIZE planned'])
    assert.deepEqual(planned('Ministers discussed possible sanctions against the junta.'), ['CONSULT done', 'SANCTION planned'])
    assert.deepEqual(planned('The army carried out the planned strike on the depot.'), ['ASSAULT done'])
    // "long-threatened" is an adjective, no threat made: the invasion mounted is the act.
    assert.deepEqual(events('Chile mounted its long-threatened invasion of the north.'), ['ASSAULT Chile→-'])
    // A planned visit is PLOVER's promise of one; a possible resignation is only supposed, no promise.
    assert.deepEqual(events('Reporters asked about the upcoming visit. Aides denied talk of a possible resignation.').map((e) => e.split(' ')[0]), ['AGREE/future', 'RETREAT/resign'])
  })

  test('freeing jailed militants, fighters or inmates is a release', () => {
    assert.deepEqual(events('The government freed 75 jailed militants on Friday.', '2026-05-10'), ['RETREAT/release government→militants @2026-05-08'])
    assert.deepEqual(events('Forty inmates were freed on Friday.', '2026-05-10'), ['RETREAT/release -→- @2026-05-08'])
  })

  test('a ban imposed is a restriction: "The ban, imposed on July 30,", "imposed a ban"; a ban merely named is none', () => {
    assert.deepEqual(events('The ban, imposed on July 30, runs for four years.', '2026-08-10'), ['COERCE/restrict -→- @2026-07-30'])
    assert.deepEqual(events('The Athletics Integrity Unit imposed a four-year ban on July 30.', '2026-08-10'), ['COERCE/restrict Athletics Integrity Unit→- @2026-07-30'])
    assert.deepEqual(events('Her ban ends next year.'), [])
  })

  test('relief sent or delivered is aid: "it had sent 20 tonnes of medical supplies"', () => {
    assert.deepEqual(events('The agency said it had sent 20 tonnes of medical supplies.'), ['AID agency→- voice=agency'])
    assert.deepEqual(events('The army sent troops to the border.').filter((e) => e.startsWith('AID')), [])
  })

  test('walking out is a strike for workers and a boycott for members of a sitting; returning fire is an assault', () => {
    assert.deepEqual(events('Hundreds of workers walked out on Monday.', '2026-05-10'), ['PROTEST/strike workers→- @2026-05-04'])
    assert.deepEqual(events('Opposition delegates walked out of parliament.').map((e) => e.split(' ')[0]), ['PROTEST/boycott'])
    assert.deepEqual(events('The patient walked out of the hospital.'), [])
    assert.deepEqual(events('Soldiers returned fire.'), ['ASSAULT/firearms soldiers→-'])
  })

  test('a place read as an act\'s source is where, not who: "TBILISI – Opposition lawmakers walked out of parliament"', () => {
    assert.deepEqual(events('TBILISI – Opposition lawmakers walked out of parliament on Wednesday.', '2026-10-08'), ['PROTEST/boycott -→- @2026-10-07'])
  })

  test('blame laid on nature accuses no one: "blamed heavy flooding in January for", "was blamed on the drought"', () => {
    assert.deepEqual(events('The minister blamed heavy flooding in January for the outbreak.'), [])
    assert.deepEqual(events('The shortage was blamed on the drought.'), [])
    assert.deepEqual(events('The ministry blamed heavy fog for delays.'), [])
    assert.deepEqual(events('The minister blamed the rebels for the outbreak.').map((e) => e.split(' ')[0]), ['ACCUSE/allege'])
  })

  test('a takeover raid is a bid for shares, no seizure: "a hostile $7.9 billion raid", "a takeover raid"', () => {
    assert.deepEqual(events('The board rebuffed a hostile $7.9 billion raid by a rival.').filter((e) => e.startsWith('COERCE')), [])
    assert.deepEqual(events('Shares jumped after a takeover raid by Halden.').filter((e) => e.startsWith('COERCE')), [])
    assert.deepEqual(events('A police raid on the office ended at noon.').map((e) => e.split(' ')[0]), ['COERCE/seize'])
  })

  test('an air raid is an aerial assault', () => {
    assert.deepEqual(events('An air raid hit the port.').map((e) => e.split(' ')[0]), ['ASSAULT/aerial'])
    // What a threat answers is done: "in retaliation for an air raid" is no threatened raid.
    assert.deepEqual(events('Chile threatened to shell the towns in retaliation for an air raid.').map((e) => e.split(' ')[0]), ['THREATEN', 'ASSAULT/aerial'])
  })

  test('what a request or threat asks for is its content, not a second event', () => {
    assert.deepEqual(events('The union urged the government to investigate the crash.').map((e) => e.split(' ')[0]), ['REQUEST'])
    assert.deepEqual(events('Ukraine demanded an immediate investigation.').map((e) => e.split(' ')[0]), ['REQUEST'])
  })

  test('what a call, demand or plea names ("faced calls from the opposition to resign") is asked for, no act done', () => {
    assert.deepEqual(events('The minister faced calls from the opposition to resign.'), [])
    assert.deepEqual(events('The governor brushed off a plea by the unions to release the prisoners.').filter((e) => e.startsWith('RETREAT')), [])
    assert.deepEqual(events('The governor refused to resign. The minister decided to resign.').map((e) => e.split(' ')[0]), ['REJECT', 'CONCEDE/future'])
  })

  test('promised cooperation is AGREE, as PLOVER codes it', () => {
    assert.deepEqual(events('Japan will send aid to the Philippines.'), ['AGREE/future aid Japan→Philippines planned'])
    // Refusing a plan of cooperation is an act done; a negated plan of any other act is still only a plan, no denial.
    assert.deepEqual(events('Canada will not meet Mexican negotiators next week.').map((e) => e.split(' ')[0]), ['REJECT/consult'])
    assert.deepEqual(events("The president won't send aid to the rebels.").map((e) => e.split(' ')[0]), ['REJECT/aid'])
    assert.deepEqual(events('The army will not attack the town.').map((e) => e.includes('planned')), [true])
    assert.deepEqual(events('The two foreign ministers will not meet again until next month.').map((e) => e.split(' ').slice(0, 2).join(' ')), ['not AGREE/future'])
    // Others' calls the subject rejects are no request of the subject.
    assert.deepEqual(events('The governor rejects calls for a wage hike.').map((e) => e.split(' ')[0]), ['REJECT'])
    // A broadcast or a tournament hosted is no meeting.
    assert.deepEqual(events('Huckabee quit his job hosting his own Fox News show in January. Qatar will host the World Cup.'), [])
    assert.deepEqual(events('Egypt hosted the Israeli delegation on Monday.').map((e) => e.split(' ')[0]), ['CONSULT'])
    assert.deepEqual(events('Canada will meet Mexican negotiators next week.').map((e) => e.split(' ').slice(0, 1).concat(e.includes('planned') ? ['planned'] : [])), [['AGREE/future', 'planned']])
    assert.deepEqual(events('"We will do everything we can to support the workers," she said.').map((e) => e.split(' ')[0]), ['AGREE/future'])
  })

  test('accepting an invitation, offer or proposal agrees to it, as "agreed to meet" does; accepting evidence is no act', () => {
    const agreed = events('The mayor of Lyon agreed to meet the Italian foreign minister.')
    assert.deepEqual(agreed, ['AGREE the mayor of Lyon→Italy foreign minister'])
    assert.deepEqual(events('The mayor of Lyon accepted an invitation to meet the Italian foreign minister.'), agreed)
    assert.deepEqual(events("The mayor of Lyon accepted the minister's invitation to visit Rome.").map((e) => e.split(' ')[0]), ['AGREE'])
    assert.deepEqual(events('The rebels accepted a proposal for a ceasefire.').map((e) => e.split(' ').slice(0, 2).join(' ')), ['AGREE rebels→-'])
    assert.deepEqual(events('The court accepted the evidence. She accepted the award.'), [])
  })

  test('an agreement is an act only when a verb carries it; a treaty by its name is none', () => {
    assert.deepEqual(events('The plant is covered by the regional trade agreement.'), [])
    assert.deepEqual(events('Chile and Peru reached an agreement. An agreement was signed later.').map((e) => e.split(' ')[0]), ['AGREE', 'AGREE'])
    assert.deepEqual(events("Peru's agreement to cut tariffs surprised traders.").map((e) => e.split(' ').slice(0, 2).join(' ')), ['AGREE Peru→-'])
  })

  test('attacking an idea disapproves of it; a figure of speech or a promise with no one named is no act', () => {
    assert.deepEqual(events('The senator attacked the governor\'s tax plan. Rebels attacked the army base.').map((e) => e.split(' ')[0]), ['ACCUSE/disapprove', 'ASSAULT'])
    assert.deepEqual(events('Critics fear violent attacks on democracy.').map((e) => e.split(' ')[0]), ['ASSAULT'])
    assert.deepEqual(events('"We will not stand by while our industrial base is attacked," the minister said.'), [])
    assert.deepEqual(events('After the disaster we were promised a new era.'), [])
    assert.deepEqual(events('Kenya was promised aid by Japan.'), ['AGREE Japan→Kenya'])
  })

  test('a progressive is no passive: its subject acts', () => {
    assert.deepEqual(events('Chile is calling for talks. Peru is thanking Bolivia.').map((e) => e.split(' ').slice(0, 2).join(' ')), ['REQUEST Chile→-', 'SUPPORT Peru→Bolivia'])
  })

  test('an act waited for and what markets welcome are no events', () => {
    assert.deepEqual(events('The retailer suspended orders pending an investigation.'), [])
    assert.deepEqual(events('Shares rose as investors welcomed the cost savings.'), [])
    assert.deepEqual(events('The union welcomed the decision.').map((e) => e.split(' ')[0]), ['SUPPORT'])
  })

  test('words that only name an act in some contexts', () => {
    assert.deepEqual(events('The city evacuated residents near the river.'), [])
    assert.deepEqual(events('Spain evacuated its embassy staff.').map((e) => e.split(' ')[0]), ['SANCTION/withdraw'])
    assert.deepEqual(events('He believed that the embassy was to blame.'), [])
    assert.deepEqual(events('Residents heard attack helicopters overhead.'), [])
  })

  test('a participle used as a noun or an adjective tells of no act', () => {
    assert.deepEqual(events('The minister visited the injured at the hospital.').map((e) => e.split(' ')[0]), ['CONSULT/visit'])
    assert.deepEqual(events('Doctors treated injured workers and four of the wounded.'), [])
    assert.deepEqual(events('Clinton leads by 270 pledged delegates.'), [])
    assert.deepEqual(events('The blast had injured three guards.').map((e) => e.split(' ')[0]), ['ASSAULT/explosives'])
  })

  test('harm done by an accident or by nature is no assault but a DISASTER with no actor; an attacker\'s is', () => {
    assert.deepEqual(events('A fire tore through a garment factory on Monday, killing 17 workers and injuring 40.'), ['DISASTER/outbreak -→-', 'DISASTER/deaths -→workers'])
    assert.deepEqual(events('Students have protested since the collapse of a station canopy in November killed 16 people.').map((e) => e.split(' ')[0]), ['PROTEST/demo', 'DISASTER/deaths'])
    assert.deepEqual(events('Seventeen workers were killed in the blaze. The quake, which struck at dawn, killed 40 people.'), ['DISASTER/deaths -→-', 'DISASTER/outbreak -→-', 'DISASTER/deaths -→-'])
    assert.deepEqual(events('Four were killed when the roof collapsed. A gas explosion killed two guards.'), ['DISASTER/deaths -→-', 'DISASTER/deaths -→-'])
    assert.deepEqual(events('Eleven people were killed and 46 injured when an express train derailed.'), ['DISASTER/deaths -→-'])
    assert.deepEqual(events('Her husband was killed when his car failed to stop at a junction.'), ['DISASTER/deaths -→-'])
    assert.deepEqual(events('Two soldiers were killed and three wounded when militants attacked a checkpoint.').map((e) => e.split(' ')[0]), ['ASSAULT', 'ASSAULT'])
    assert.deepEqual(events('Israeli fire killed three men. A bomb blast killed two guards.').map((e) => e.split(' ')[0]), ['ASSAULT', 'ASSAULT/explosives'])
    assert.deepEqual(events('As the fire spread, soldiers killed two looters.'), ['ASSAULT soldiers→looters'])
  })

  test('a munition fired and a target struck by armed forces or a weapon are assaults; "struck a deal" and firing an employee are not', () => {
    assert.deepEqual(events('Officials said the missile was fired by Russian forces from across the border.').map((e) => e.split(' voice')[0]), ['ASSAULT Russian forces→-'])
    assert.deepEqual(events('Russian forces had struck a hospital in Kharkiv.'), ['ASSAULT Russian forces→-'])
    assert.deepEqual(events('The two firms struck a deal on Monday. The company fired its chief executive.'), [])
  })

  test('", killing …" after a vehicle\'s accident verb with no object is the accident\'s deaths; with an object or into a crowd it may be an attack', () => {
    assert.deepEqual(events('A Kestrel Air plane carrying 40 people crashed into a gorge on Sunday, killing 31 of them.'), ['DISASTER/deaths -→-'])
    assert.deepEqual(events('A bus plunged off a mountain road, killing 12 passengers. The building collapsed, killing 30.'), ['DISASTER/deaths -→passengers', 'DISASTER/deaths -→-'])
    for (const text of ['A bomber crashed a car packed with explosives into the gate, killing 10.', 'A van crashed into a crowd of shoppers, killing five.']) {
      assert.deepEqual(events(text).map((e) => e.split(' ')[0]), ['ASSAULT'], text)
    }
  })

  test('", injuring …" after a runway overrun, a skid or an explosion with no weapon, or with a vehicle or structure as subject, is an accident; after a bomb it is an attack', () => {
    assert.deepEqual(events('The jet overshot the wet runway and came to rest in a grassy field, injuring 41 people.').filter((e) => e.startsWith('ASSAULT')), [])
    assert.deepEqual(events('The Norlink airliner, carrying 90 passengers, overran the runway in heavy rain, injuring 12.').filter((e) => e.startsWith('ASSAULT')), [])
    assert.deepEqual(events('A gas cylinder exploded in the kitchen, injuring four cooks. The old footbridge gave way under the crowd, injuring 30.'), [])
    assert.deepEqual(events('A coach left the motorway near Tarsby on Friday, killing nine.'), ['DISASTER/deaths -→-'])
    assert.deepEqual(events('The bus skidded off the icy road. The jet overshot the runway.'), ['DISASTER/accident -→-', 'DISASTER/accident -→-'])
    for (const text of ['A car bomb exploded outside the ministry, injuring 12.', 'Two fighter jets bombed the depot, killing nine.', 'A roadside bomb exploded near a convoy, killing four.']) {
      assert.ok(events(text).some((e) => e.startsWith('ASSAULT')), text)
    }
    assert.deepEqual(events('Two guards were killed when a bomb exploded at the gate.').map((e) => e.split(' ')[0]), ['ASSAULT'])
  })

  test('a vehicle as subject is an accident only after a mishap or a motion, with no weapon anywhere in the clause nor people driven into', () => {
    for (const text of ['A bomb-laden truck exploded outside the embassy, killing 30.', 'Gunmen in a car sprayed the crowd with bullets, killing six.', 'A truck ploughed into a busy Christmas market, killing 12.', 'A van sped into the packed square, killing 8.', 'Two fighter jets struck the depot, killing nine.']) {
      assert.ok(!events(text).some((e) => e.startsWith('DISASTER')), text)
    }
    assert.deepEqual(events('A lorry veered across three lanes near Tarsby, killing two.'), ['DISASTER/deaths -→-'])
    assert.deepEqual(events('A bus ploughed into a wall near Tarsby, killing five.'), ['DISASTER/deaths -→-'])
  })

  test('a death a hoax, a rumour or a fiction made up is no assault: "killed off", "fake-killed", "killed in a hoax"', () => {
    assert.deepEqual(events('The singer has been killed off once more by the rumour mill. Fans say the web fake-killed her twice.'), [])
    assert.deepEqual(events('The actor was killed in yet another online hoax on Sunday. Now social media is murdering the actor again.'), [])
    assert.deepEqual(events('A hoax claimed that the actor had been killed. A spoof video falsely said the singer was murdered.'), [])
    assert.deepEqual(events('Gunmen killed two guards on Sunday.').map((e) => e.split(' ')[0]), ['ASSAULT'])
  })

  test('a rumour or a prank that sparked the violence leaves the killing real: only "killed in a hoax" is made up', () => {
    assert.ok(triggers('Four men were killed in mob attacks fuelled by rumours of child theft.').includes('ASSAULT killed'))
    assert.ok(triggers('Two men were killed in clashes sparked by rumours of theft.').includes('ASSAULT killed'))
    assert.ok(triggers('Three people were killed in riots over a prank video.').includes('ASSAULT killed'))
    assert.ok(triggers('A man was killed in a rumour-fuelled attack.').includes('ASSAULT killed'))
    assert.deepEqual(events('The singer was killed in the latest death hoax.'), [])
  })

  test('a prank is the setting of a real killing, not a made-up death: "killed two people in a prank", "a prank video"', () => {
    assert.ok(triggers('A driver killed two people in a prank that went wrong, police said.').includes('ASSAULT killed'))
    assert.ok(triggers('Two students were killed in a prank video stunt on a bridge.').some((t) => t.endsWith(' killed')))
    assert.ok(triggers('The man who shot his friend in a prank was killed days later.').some((t) => t.endsWith(' killed')))
    // The prank's own claim of a death is made up, as a hoax's is.
    assert.deepEqual(events('A prank video claimed the singer had been killed.'), [])
  })

  test('a medium kills in a made-up death only as the subject: "met on the internet" or "posted on Facebook" before the verb leaves the killing real', () => {
    assert.ok(triggers('A man he had met on the internet killed his neighbour.').includes('ASSAULT killed'))
    assert.ok(triggers('A student who had posted on Facebook killed two classmates.').includes('ASSAULT killed'))
    assert.deepEqual(events('The internet is killing him again.'), [])
  })

  test('a verb that undoes a noun\'s act turns it around: lifting a curfew concedes, halting aid sanctions', () => {
    assert.deepEqual(events('Serbia lifted the night curfew.'), ['CONCEDE Serbia→-'])
    assert.deepEqual(events('Japan halted economic aid to Serbia.'), ['SANCTION/discontinue Japan→Serbia'])
  })

  test('suppositions, calls and a source\'s wish for anonymity are no acts', () => {
    assert.deepEqual(events('A monitor, who asked not to be named, spoke.'), [])
    assert.deepEqual(analyzeText('Would they speak so if Canada shelled a village?').events.map((e) => e.planned), [true])
    assert.deepEqual(analyzeText('Brussels must freeze the assets, suspend aid, and refuse to recognise the result.').events.every((e) => e.planned), true)
  })

  test('a dateline credit is no subject, and a gerund after a possessive is a noun', () => {
    assert.deepEqual(events("OSLO (AP) - The opposition on Monday rejected the result."), ['REJECT -→-'])
    assert.deepEqual(analyzeText("Residents count the cost of Saturday's shelling.").events.map((e) => [e.type, e.actor]), [['ASSAULT', undefined]])
  })

  test('an event inside reported words keeps the speaker\'s voice', () => {
    const found = events('Prime Minister Mark Rutte said that gunmen attacked a police station.')
    assert.ok(found.some((e) => e.startsWith('ASSAULT') && e.includes('voice=Mark Rutte')), found.join('; '))
  })
})

describe('events: the speaker\'s own pronoun', () => {
  test('"said it would": the speaker acts; a quoted "he" and a subject ending in -ing are no one\'s', () => {
    assert.deepEqual(events('Chile said it would expel the Peruvian ambassador.'), ['SANCTION/expel Chile→Peru ambassador planned voice=Chile'])
    assert.deepEqual(events('"He would have had to resign," Paul Martin said.'), ['RETREAT/resign -→- voice=Paul Martin'])
    assert.deepEqual(events('Paul Martin said nothing would change until voters reject the plan.').map((e) => e.split(' ').slice(0, 2).join(' ')), ['REJECT -→-'])
  })
})

describe('events: legal and regulatory acts', () => {
  test('a fine, a conviction and a sentence are SANCTION, as PLOVER codes them; a sentence with its conviction is one act', () => {
    assert.deepEqual(events('The European Commission fined Google 40 million euros on Monday.', '2024-03-06'), ['SANCTION/convict European Commission→Google @2024-03-04'])
    assert.deepEqual(events('A court convicted Paul Martin and sentenced him to three years in prison.'), ['SANCTION/convict court→Paul Martin'])
    assert.deepEqual(events('The judge sentenced Paul Martin to community service.').map((e) => e.split(' ')[0]), ['SANCTION/convict'])
  })

  test('"the regulator" or "the watchdog" fining someone is the body named before it, else the regulator itself; "a regulator" is anyone', () => {
    assert.deepEqual(events('The regulator fined Northgate Bank £4 million on Tuesday.', '2026-03-10'), ['SANCTION/convict regulator→Northgate Bank @2026-03-10'])
    assert.deepEqual(events('Northgate Bank was fined £4 million by the watchdog.'), ['SANCTION/convict watchdog→Northgate Bank'])
    assert.deepEqual(events("Britain's Financial Conduct Authority opened an inquiry last year. The regulator fined Northgate Bank £4 million."),
      ['ACCUSE/investigate Financial Conduct Authority→-', 'SANCTION/convict Financial Conduct Authority→Northgate Bank'])
    // "a regulator" is some regulator or any: no one the story names.
    assert.deepEqual(events('A regulator fined Northgate Bank.'), ['SANCTION/convict -→Northgate Bank'])
  })

  test('a gerund after "before", "after", "without" or "by" in a that-clause is the act of that clause\'s subject, not of whoever says it', () => {
    const doer = (text: string, type: string): string[] => events(text).map((e) => e.replace(/^not /u, '')).filter((e) => e.startsWith(type)).map((e) => e.split('→')[0]!.replace(/^\S+ /u, ''))
    assert.deepEqual(doer('The Supreme Court on Friday annulled the permit, ruling that the environment ministry had failed to consult fishermen before approving the dam.', 'SUPPORT'), ['environment ministry'])
    assert.deepEqual(doer('The judge said that the interior ministry had fired the officers before investigating the complaint.', 'ACCUSE'), ['interior ministry'])
    assert.deepEqual(doer('The inquiry found that the army had detained the journalists without charging them.', 'ACCUSE/allege'), ['army'])
  })

  test('a participle joined to a passive keeps its patient; a state in a relative clause is not dated by the main verb; a release "took place" when its aside says', () => {
    assert.deepEqual(events('Paul Martin was arrested in May and jailed for 12 years.', '2026-11-03').map((e) => e.split(' @')[0]), ['COERCE/arrest -→Paul Martin', 'SANCTION/convict -→-'])
    assert.deepEqual(events('Seven citizens who were unjustly imprisoned by the regime arrived home on Sunday night. The release, which took place in Muscat late on Saturday, came after weeks of talks.', '2026-11-03'),
      ['COERCE/arrest regime→-', 'RETREAT/release -→- @2026-10-31'])
    assert.deepEqual(events('Anton Belic was arrested in April last year and held for 18 months before being convicted of espionage.', '2026-11-03'), ['COERCE/arrest -→Anton Belic @2025-04', 'SANCTION/convict -→-'])
  })

  test('an act after "after" preceded the dated act before it: the date is not its own, nor is a length of time a date', () => {
    assert.deepEqual(events('Karl Brenner was arrested in September after a months-long investigation.', '2026-02-20'), ['COERCE/arrest -→Karl Brenner @2025-09', 'ACCUSE/investigate -→-'])
    assert.deepEqual(events('Police detained Karl Brenner after the raid on Friday.', '2026-02-20').map((e) => e.split(' ').at(-1)), ['@2026-02-20', '@2026-02-20'])
  })

  test('an adjective "convicted" and experts agreeing are no acts', () => {
    assert.deepEqual(events('"Freeing convicted would-be assassins sets a dangerous precedent," said Marta Jovic.'), [])
    assert.deepEqual(events('Experts agree that the combined company would dominate the market.'), [])
    assert.deepEqual(events('Sanders said he agrees Trump is a total opportunist. Mr. Obama agreed with Ms. Rice\'s assessment.'), [])
    assert.deepEqual(events('Iran agreed to terms that were set by the United Nations.').map((e) => e.split(' ')[0]), ['AGREE'])
    assert.deepEqual(events('Qatar hosted talks between the warring parties in Doha. Merkel earlier called for calm after the riots.').map((e) => e.split(' ')[0]), ['CONSULT', 'CONSULT', 'REQUEST'])
    assert.deepEqual(events('Trump said his adviser had suffered a heart attack. She had a panic attack on the plane.'), [])
    assert.deepEqual(events('The opposition leader faced calls from Mr. Trump to resign on Friday.'), [])
    // A bare participle after a subordinator is passive: its clause's subject suffered the act.
    assert.deepEqual(events('The reporter Tom Hale was working in Syria when abducted.').map((e) => e.split(' ')[1]), ['-→-'])
  })

  test('a criminal charge is ACCUSE, with or without "with"; a price charged is none', () => {
    assert.deepEqual(events('Prosecutors charged three officials on Tuesday.').map((e) => e.split(' ')[0]), ['ACCUSE/allege'])
    assert.deepEqual(events('Paul Martin was charged on Friday.'), ['ACCUSE/allege -→Paul Martin'])
    assert.deepEqual(events('The airline charged passengers a fee for bags.'), [])
    assert.deepEqual(events('Police said there was not enough evidence to convict Paul Martin.').every((e) => e.includes('planned')), true)
    assert.deepEqual(events('Paul Martin praised the convicted felon.').map((e) => e.split(' ')[0]), ['SUPPORT'])
  })

  test('an appeal against a ruling is ACCUSE; an appeal to people or for calm a request', () => {
    assert.deepEqual(events('The Ministry of Finance said it would appeal the ruling.'), ['ACCUSE/allege Ministry of Finance→- planned voice=Ministry of Finance'])
    assert.deepEqual(events('The bank has 30 days to file its appeal.').map((e) => e.split(' ')[0]), ['ACCUSE/allege'])
    assert.deepEqual(events('The mayor appealed to residents to stay home.').map((e) => e.split(' ')[0]), ['REQUEST'])
    assert.deepEqual(events('The plan has broad appeal.'), [])
  })

  test('arrest warrants and a withdrawn licence are coercion', () => {
    assert.deepEqual(events('Police issued arrest warrants for 19 builders.'), ['COERCE/arrest police→- voice=police'])
    assert.deepEqual(events('The ministry suspended the broadcaster\'s licence.'), ['COERCE/restrict ministry→-'])
  })
})

describe('events: protest and crowd control', () => {
  test('less-lethal weapons are ASSAULT crowd-control, batons a beating, thrown stones primitive', () => {
    assert.deepEqual(events('Police fired tear gas at protesters.'), ['ASSAULT/crowd-control police→protesters'])
    assert.deepEqual(events('Police used water cannon and rubber bullets.'), ['ASSAULT/crowd-control police→-'])
    assert.deepEqual(events('Police had used batons on protesters.'), ['ASSAULT/beat police→protesters'])
    assert.deepEqual(events('A small group hurled bottles and flares at police.'), ['ASSAULT/primitive -→police'])
    assert.deepEqual(events('Riot police charged the crowd.').map((e) => e.split(' ')[0]), ['ASSAULT/crowd-control'])
    assert.deepEqual(events('Nobody threw anything.'), [])
  })

  test('a place marched through and a purpose after "to" are no recipients', () => {
    assert.deepEqual(events('Thousands of protesters marched through central Paris.'), ['PROTEST/demo protesters→-'])
    assert.deepEqual(events('Observers say the organisers provoked the clashes to embarrass the government.').map((e) => e.split(' ').slice(0, 2).join(' ')), ['ASSAULT -→-'])
  })

  test('"hundreds of demonstrators" act; a street march is a protest, a march toward a goal is not', () => {
    assert.deepEqual(events('Hundreds of demonstrators clashed with police.'), ['ASSAULT demonstrators→police'])
    assert.deepEqual(events('Thousands of protesters marched through the capital. The march ended peacefully.').map((e) => e.split(' ')[0]), ['PROTEST/demo', 'PROTEST/demo'])
    assert.deepEqual(events('Troops marched into the town. His march toward the nomination slowed. They would march behind him.'), [])
  })

  test('armed forces strike back when they respond; a minister responding to questions does not', () => {
    assert.deepEqual(events('Officials said their forces had responded along the border.').map((e) => e.split(' ')[0]), ['ASSAULT'])
    assert.deepEqual(events('The minister responded to questions from reporters. The army responded to questions.'), [])
  })

  test('a hijacking is of a vehicle; a protest "hijacked by" a group is a figure of speech', () => {
    assert.deepEqual(events('Gunmen hijacked a bus. The plane was hijacked.').map((e) => e.split(' ')[0]), ['ASSAULT/abduct', 'ASSAULT/abduct'])
    assert.deepEqual(events('Critics say the debate was hijacked by radical groups.'), [])
  })

  test('an act named as a right or as what is banned did not happen', () => {
    assert.deepEqual(events('The right to protest must be protected. Freedom of assembly and freedom to protest matter.'), [])
    assert.deepEqual(events('The mayor announced a ban on street protests.'), [])
  })
})

describe('events: a reported verb joined by "and"', () => {
  test('"the union said it had met the minister and rejected the offer": the speaker\'s pronoun is the subject of both verbs', () => {
    const found = events('The dockers\' union said it had met the minister and rejected the offer.')
    assert.ok(found.some((e) => e.startsWith('REJECT dockers\' union→')), found.join('; '))
    // Another subject in the first verb\'s place is not the speaker: "said the mayor had met … and rejected".
    assert.ok(!events('The union said the mayor had met the minister and rejected the offer.').some((e) => e.startsWith('REJECT union→')))
  })
})

describe('events: a lawyer\'s client', () => {
  test('"his client would appeal, the lawyer said": the client is the last person named before, not the lawyer', () => {
    assert.deepEqual(events('Ali Bakr was banned for four years. Her lawyer said his client would appeal the ruling.').filter((e) => e.startsWith('ACCUSE')), ['ACCUSE/allege Ali Bakr→- planned voice=lawyer'])
    assert.deepEqual(events('Judge Mira Cole sentenced Tom Reyes to five years. His client would appeal, the lawyer said.').filter((e) => e.startsWith('ACCUSE')).map((e) => e.split('→')[0]), ['ACCUSE/allege Tom Reyes'])
    // A lawyer named as a person is not their own client.
    assert.deepEqual(events('Tom Reyes was jailed. His lawyer, Sam Ortiz, said his client would appeal.').filter((e) => e.startsWith('ACCUSE')).map((e) => e.split('→')[0]), ['ACCUSE/allege Tom Reyes'])
  })
})

describe('events: a clause inside the subject', () => {
  test('"Families of passengers injured when a jet skidded … accused the airline": the doer is the main clause\'s subject, not the "when" clause\'s', () => {
    const found = events('Families of passengers hurt when a Norlink Air jet skidded off the runway on Tuesday accused the airline of negligence.', '2026-05-03')
    // A relative clause set off by commas closes before the act: the head before it acts, not the last noun in it.
    assert.deepEqual(events('Families of the passengers killed in the crash, who had gathered outside the court, accused the airline of negligence.').filter((e) => e.startsWith('ACCUSE')).map((e) => e.split('→')[0]), ['ACCUSE/allege families'])
    assert.deepEqual(events('Residents of the valley, who had waited for hours, condemned the delay.').filter((e) => e.startsWith('ACCUSE')).map((e) => e.split('→')[0]), ['ACCUSE/disapprove residents'])
    // Nor is the "when" clause's day the accusation's.
    assert.deepEqual(found.filter((e) => e.startsWith('ACCUSE')).map((e) => [e.includes('Norlink Air→'), e.includes('@')]), [[false, false]], found.join('; '))
    // A "when" clause that runs up to the act is the act's own: "were hurt when rebels attacked" keeps the rebels.
    assert.deepEqual(events('When police arrived on Tuesday, protesters attacked them.', '2026-05-03').map((e) => e.split(' ').slice(0, 3).join(' ')), ['ASSAULT protesters→- @2026-04-28'])
    assert.deepEqual(events('Two soldiers were hurt when rebels attacked on Tuesday.', '2026-05-03').map((e) => e.split(' ').slice(0, 3).join(' ')), ['ASSAULT rebels→- @2026-04-28'])
  })
})

describe('events: the verbs of accidents, shared by the lexicon\'s patterns', () => {
  test('each pattern keeps its own verbs: "when" clauses, a verb before ", killing", a machine\'s mishap or motion', () => {
    const when = (verb: string): boolean => ACCIDENT_AFTER.test(` when the bus ${verb}`)
    assert.deepEqual(['crashed', 'caved in', 'exploded', 'flipped', 'failed to brake', 'lost control'].filter((v) => !when(v)), [])
    assert.deepEqual(['plunged', 'veered', 'gave way', 'went down', 'swerved', 'fell'].filter(when), [])
    const before = (verb: string): boolean => ACCIDENT_VERB_BEFORE.test(`The ferry ${verb} near the coast`)
    assert.deepEqual(['capsized', 'caught fire', 'plunged', 'veered', 'went down', 'came to rest', 'gave way'].filter((v) => !before(v)), [])
    assert.deepEqual(['flipped', 'lost control', 'swerved', 'failed to stop'].filter(before), [])
    const machine = (verb: string): boolean => MACHINE_SUBJECT.test(`A bus ${verb}`)
    assert.deepEqual(['left', 'swerved', 'hurtled', 'went', 'spun', 'burst into flames', 'buckled', 'derailed', 'exploded', 'lost control', 'plunged', 'came down'].filter((v) => !machine(v)), [])
    assert.deepEqual(['failed to stop', 'came to rest', 'stopped'].filter(machine), [])
  })
})

describe('events: dates', () => {
  test('a weekday is the last such day on or before publication', () => {
    assert.deepEqual(events('Gunmen stormed a hotel in Mogadishu on Friday.', '2023-01-28').map((e) => e.split(' @')[1]), ['2023-01-27'])
  })

  test('"will appeal against a ban imposed on Monday": the participle\'s day is past and dates the ban, not the appeal to come', () => {
    assert.deepEqual(events('Dana Whitlow will appeal against a two-year ban imposed on Monday.', '2026-11-20').map((e) => e.split(' ').filter((w) => w.startsWith('@') || w.includes('/') || /^[A-Z]+$/u.test(w)).join(' ')),
      ['ACCUSE/allege', 'COERCE/restrict @2026-11-16'])
  })

  test('a participle\'s day in the subject dates the participle, not the passive after it: "the rifles used on Friday were seized"', () => {
    assert.deepEqual(events('The rifles used on Friday were seized.', '2026-11-20'), ['COERCE/seize -→-'])
    assert.deepEqual(events('Residents who fled on Monday were evacuated.', '2026-11-20').filter((e) => e.includes('@2026-11-16') && !e.startsWith('DISASTER')), [])
    assert.deepEqual(events('The rifles were seized on Friday.', '2026-11-20'), ['COERCE/seize -→- @2026-11-20'])
  })

  test('a team\'s or an envoy\'s arrival is a dated visit, "tomorrow" ahead and "on Friday" behind; migrants arriving visit no one', () => {
    assert.deepEqual(events('The WHO team arrives tomorrow.', '2026-09-11').map((e) => e.split(' planned')[0]), ['CONSULT/visit World Health Organization→- @2026-09-12'])
    assert.deepEqual(events('The WHO team, which arrived on Friday, will visit the town on Monday.', '2026-09-12')[0], 'CONSULT/visit World Health Organization→- @2026-09-11')
    assert.deepEqual(events('Thousands of migrants arrived on the island on Friday.', '2026-09-12'), [])
    assert.deepEqual(events('A minister said migrants arrived on the island.').filter((e) => e.startsWith('CONSULT')), [], 'the visitor must be the one arriving')
    assert.notEqual(actKind({ type: 'CONSULT', mode: 'visit' }), actKind({ type: 'CONSULT' }), 'a visit is not the talks')
  })

  test('a dateline\'s date and agency take no part in the lead\'s act', () => {
    const found = events('BRAȘOV, Romania, April 8 (Reuters) - At least 14 people were killed and 63 injured when a train derailed near the town of Făgăraș late on Tuesday, Romania’s emergency inspectorate (IGSU) said on Wednesday.', '2026-04-08')
    assert.deepEqual(found.map((e) => e.split(' voice=')[0]), ['DISASTER/deaths -→- @2026-04-07'])
  })

  test('"the next day" carries the previous dated event forward', () => {
    const found = events('Rebels seized the airport on 3 May 2021. The next day the army shelled the town.')
    assert.deepEqual(found.map((e) => e.split(' @')[1]?.split(' ')[0]), ['2021-05-03', '2021-05-04'])
  })

  test('a month or a year alone gives that precision', () => {
    const a = analyzeText('Protesters rallied in Lima in March 2019. Police raided the office in 2015.')
    assert.deepEqual(a.events.map((e) => [e.date?.value, e.date?.precision]), [['2019-03', 'month'], ['2015', 'year']])
  })

  test('"since 2012" starts a span of time and dates no act', () => {
    assert.deepEqual(analyzeText('Moran, who has governed since 2012, thanked voters.').events.map((e) => e.date), [undefined])
  })

  test('the reporting clause\'s date is the telling\'s, not the reported act\'s, which it bounds ("by Sunday")', () => {
    const date = (text: string): (string | undefined)[] => analyzeText(text, '2026-03-16').events.map((e) => e.date && `${e.date.notAfter ? 'by ' : ''}${e.date.value}`)
    assert.deepEqual(date('Police arrested 31 people, a ministry spokesman said on Sunday.'), ['by 2026-03-15'])
    assert.deepEqual(date('The minister said on Sunday that police had arrested 31 people.'), ['by 2026-03-15'])
    assert.deepEqual(date('Police arrested 31 people on Saturday, a ministry spokesman said on Sunday.'), ['2026-03-14'])
    assert.deepEqual(date('Iran on Sunday condemned the attack on its embassy.'), ['2026-03-15', 'by 2026-03-15'])
    assert.deepEqual(date('On Sunday, the minister said police had arrested 31 people.'), ['by 2026-03-15'])
    assert.deepEqual(date('Jets struck the town in December 2024, which officials said killed 46 people.'), ['2024-12'])
  })

  test('an act told in reported words with no date of its own happened no later than the dated report', () => {
    const date = (text: string): (string | undefined)[] => analyzeText(text, '2026-03-10').events.map((e) => e.date && `${e.date.notAfter ? 'by ' : ''}${e.date.value}`)
    assert.deepEqual(date('The tax office announced on Monday that it had opened an inquiry into the bank.'), ['by 2026-03-09'])
    assert.deepEqual(date('At least 60 people have died in the floods, rescue officials said on Sunday.'), ['by 2026-03-08'])
    // A plan or a denial has no upper bound; an act with its own date keeps it.
    assert.deepEqual(date('The union said on Monday that it would strike.'), [])
    assert.deepEqual(date('The ministry said on Monday that police had not arrested anyone.'), [undefined])
    assert.deepEqual(date('The ministry said on Monday that police had arrested 20 people on Saturday.'), ['2026-03-07'])
  })

  test('without a publication date, weekdays stay undated', () => {
    assert.deepEqual(analyzeText('Gunmen stormed a hotel on Friday.').events.map((e) => e.date), [undefined])
  })
})

describe('events: denied acts', () => {
  test('what a speaker denies doing, as a gerund, is the speaker\'s act in a denied voice', () => {
    const a = analyzeText('The Syrian army denied shelling the village on Monday.', '2024-03-06')
    assert.deepEqual(describeEvents(a), ['ASSAULT/heavy-weapons Syria army→- @2024-03-04 voice=Syria army'])
    assert.equal(a.events[0]!.modality, 'denied')
  })

  test('a denied part in an act ("denies any role in the attacks") reports the act as done', () => {
    const a = analyzeText('Bolivia denies any role in the bombing of the bridge.', '2024-03-06')
    assert.deepEqual(a.events.map((e) => [e.type, e.modality]), [['ASSAULT', 'reported']])
    const denied = analyzeText('Bolivia denies the bombing of the bridge.', '2024-03-06')
    assert.deepEqual(denied.events.map((e) => [e.type, e.modality]), [['ASSAULT', 'denied']])
  })

  test('a part denied to the act\'s own doer denies the act: "denied its soldiers had any hand in shelling" is a denied shelling', () => {
    const a = analyzeText('The army denied that its soldiers had any hand in shelling the village on Monday.', '2024-03-06')
    assert.deepEqual(a.events.map((e) => [e.type, e.modality]), [['ASSAULT', 'denied']])
    const other = analyzeText('The army denied any role in the rebels\' shelling of the village on Monday.', '2024-03-06')
    assert.deepEqual(other.events.map((e) => [e.type, e.modality]), [['ASSAULT', 'reported']])
  })
})

describe('events: acts a charge or a plea names', () => {
  /** [type, modality] of each ASSAULT: the act a charge names. */
  const charged = (text: string): string[][] => analyzeText(text).events.filter((e) => e.type === 'ASSAULT').map((e) => [text.slice(e.trigger.start, e.trigger.end), e.modality])

  test('a plea, a charge faced or denied, an accusation names an alleged act, hedged, never asserted', () => {
    assert.deepEqual(charged('The caretaker pleaded not guilty to assault on Monday.'), [['assault', 'hedged']])
    assert.deepEqual(charged('A baker pleaded guilty to assaulting a customer.'), [['assaulting', 'hedged']])
    assert.deepEqual(charged('Lena Vogt denied charges of murder.'), [['murder', 'hedged']])
    assert.deepEqual(charged('The porter faces two charges of assault.'), [['assault', 'hedged']])
    assert.deepEqual(charged('The driver was charged with murder last week.'), [['murder', 'hedged']])
    assert.deepEqual(charged('Prosecutors charged Tom Reed with attacking a nurse.'), [['attacking', 'hedged']])
    assert.deepEqual(charged('The officer is accused of assault by a neighbour.'), [['assault', 'hedged']])
    assert.deepEqual(charged('A farmer was arrested on suspicion of murder.'), [['murder', 'hedged']])
  })

  test('the charging itself is still an accusation; an act after the charge\'s clause is not hedged by it', () => {
    assert.deepEqual(events('The driver was charged with murder.').map((e) => e.split(' ')[0]), ['ACCUSE/allege', 'ASSAULT'])
    assert.deepEqual(charged('He was charged with fraud after gunmen attacked the bank.'), [['attacked', 'asserted']])
    assert.deepEqual(charged('The jury acquitted the cook of murder.'), [['murder', 'hedged']])
    // A charge that leads, or a duty, accuses no one.
    assert.deepEqual(analyzeText('The senator led the charge of donors calling for a recount.').events.map((e) => [e.type, e.modality]), [['REQUEST', 'asserted']])
  })
})

describe('events: group actors', () => {
  test('a demonym and a group noun act as a group of that country', () => {
    assert.deepEqual(events('Syrian rebels seized the airport. Kurdish fighters attacked Iraqi troops.'), ['COERCE/seize Syrian rebels→-', 'ASSAULT Kurdish fighters→Iraqi troops'])
  })
})

describe('events: wrong senses and dates of asides', () => {
  test('an attack that calls its target something is made in words; one during another act is still an assault', () => {
    assert.deepEqual(events('The newspaper has been attacked by the Danish government as partisan.'), ['ACCUSE/disapprove Denmark government→-'])
    assert.deepEqual(events('A guard was attacked as he left the prison.'), ['ASSAULT -→-'])
  })

  test('meeting a standard or a deadline, and consulting a doctor or a list, are no consultation', () => {
    assert.deepEqual(events('Buyers expect the cars to meet strict safety standards. Farmers could not meet the deadline.'), [])
    assert.deepEqual(events('Travellers should consult their doctor or consult the list of approved clinics.'), [])
    assert.deepEqual(events('Ghana will consult its neighbours before the president meets the Togolese envoy.').map((e) => e.split(' ')[0]), ['AGREE/future', 'CONSULT'])
  })

  test('a date in a relative aside dates the aside, not the main verb', () => {
    assert.deepEqual(events('Mining chief Ruth Okafor, who earned £2.1m last year, refused to answer questions yesterday.', '2026-03-05'), ['REJECT Ruth Okafor→- @2026-03-04'])
  })

  test('a disaster breaking out ("since it broke out"), deaths in it and people forced to flee are DISASTER events with no actor; a war\'s evacuation and a past disaster\'s toll are not', () => {
    assert.deepEqual(events('The fire has burnt 5,000 hectares since it broke out on Saturday. A third person has died in the fire, police said.', '2026-01-12'),
      ['DISASTER/outbreak -→- @2026-01-10', 'DISASTER/deaths -→- voice=police'])
    assert.deepEqual(events('About 800 residents were forced to flee. More than 3,000 people were evacuated during the fighting.', '2026-01-12').filter((e) => e.startsWith('DISASTER')), ['DISASTER/evacuation -→residents'])
    assert.deepEqual(events('The 2009 "Black Saturday" blazes, which killed 173 people, were worse.', '2026-01-12'), [])
    // The dateline's date is the filing's: it does not make the lead's past toll recent.
    assert.deepEqual(events('MELBOURNE, Jan 12 (Reuters) - The 2009 "Black Saturday" blazes, which killed 173 people, were worse.', '2026-01-12'), [])
  })

  test('deaths in an accident are no assault, with a time between the verb and "when"', () => {
    assert.deepEqual(events('At least 11 people were killed early on Sunday when a ferry capsized.', '2026-03-05'), ['DISASTER/deaths -→- @2026-03-01'])
    assert.deepEqual(events('Gunmen killed 11 people early on Sunday when they stormed a ferry.', '2026-03-05').map((e) => e.split(' ')[0]), ['ASSAULT'])
  })
})

describe('events: the main act of a story', () => {
  test('a light verb carries an armed strike, its subject acting; a workers\' strike is none', () => {
    assert.deepEqual(events('The army carried out a strike on a weapons depot late on Tuesday.', '2026-11-12'), ['ASSAULT army→- @2026-11-10'])
    assert.deepEqual(events('Nurses staged a strike on Monday.', '2026-11-12'), [])
  })

  test('a body approving something is SUPPORT; an opinion of approval is none', () => {
    assert.deepEqual(events('The U.S. Food and Drug Administration approved the drug on Monday.', '2026-11-17'), ['SUPPORT Food and Drug Administration→- @2026-11-16'])
    assert.deepEqual(events('Most voters approve of the governor. Just 13% of voters in the survey approved.'), [])
    assert.deepEqual(events('The drug has been approved in America.'), ['SUPPORT -→-'])
    assert.deepEqual(events('Most clinicians agree that the gain is small.'), [])
  })

  test('an outlet publishing someone\'s leaked messages discloses them, counted from the date before "two days after"', () => {
    assert.deepEqual(events('Fiona Caldwell resigned on Thursday, two days after a newspaper published leaked messages.', '2026-11-20'),
      ['RETREAT/resign Fiona Caldwell→- @2026-11-19', 'ACCUSE/disclose -→- @2026-11-17'])
  })

  test('"overnight" is the night that ended on the publication day; a clock time and a weekday date the act of their clause', () => {
    const strike = analyzeText('An air strike overnight killed 14 people.', '2026-11-11').events
    assert.deepEqual(strike.map((e) => [e.type, e.date?.value, e.date?.to]), [['ASSAULT', '2026-11-10', '2026-11-11']])
    assert.deepEqual(events('The missile came through the roof at about 1.30am on Wednesday.', '2026-11-12'), ['ASSAULT -→- @2026-11-11'])
  })

  test('"overnight" under a dated dateline is the night that ended on the dateline\'s day, not the publication day', () => {
    const strike = analyzeText('ORSKA, Nov. 10 (Reuters) - Drones struck the port overnight, officials said.', '2026-11-11').events
    assert.deepEqual(strike.map((e) => [e.type, e.date?.value, e.date?.to]), [['ASSAULT', '2026-11-09', '2026-11-10']])
  })

  test('an act in a relative clause is of its own time or its antecedent\'s, not of another verb\'s', () => {
    assert.deepEqual(events('Fiona Caldwell resigned on Thursday after a newspaper printed messages in which she discussed a contract.', '2026-11-20'),
      ['RETREAT/resign Fiona Caldwell→- @2026-11-19', 'CONSULT Fiona Caldwell→-'])
    assert.deepEqual(events('Clinton offered few specifics beyond an op-ed in May, in which she called for talks.', '2026-11-20'), ['REQUEST -→- @2026-05'])
  })

  test('what a poll found people think and what one has to do are no acts; a relative "that" is the subject of its verb', () => {
    assert.deepEqual(events('A YouGov poll found that 61% of voters thought Fiona Caldwell should resign.'), [])
    assert.ok(!events('Police tracked down a suspect in the attacks that killed 130 people.').some((e) => e.startsWith('ASSAULT police')))
    // What someone "has to" do is not done.
    assert.deepEqual(events('Congress has to approve the deal.'), ['SUPPORT Congress→- planned'])
  })
})

describe('events: a misread report', () => {
  test('a cue whose reported words stand between it and its source names no actor of the act', () => {
    const text = 'Fiona Caldwell resigned on Thursday, two days after a newspaper published messages in which she discussed a contract.'
    const at = (word: string): { start: number; end: number } => ({ start: text.indexOf(` ${word}`) + 1, end: text.indexOf(` ${word}`) + 1 + word.length })
    // The attribution stage read "published messages in which she" as her report.
    const stages = STAGES.map((stage) => (stage.assigns !== 'attributions' ? stage : {
      ...stage,
      run: (article: Parameters<typeof stage.run>[0], layers: Parameters<typeof stage.run>[1]): AttributionLayer => {
        const own = stage.run(article, layers) as AttributionLayer
        const speaker = layers.mentions?.mentions.find((m) => m.span.start === 0)?.actor ?? 'unknown'
        return { ...own, attributions: [...own.attributions, { kind: 'indirect', speaker, source: at('she'), cue: at('published'), content: at('messages in which') }] }
      },
    }))
    const analyzed = analyzeArticle({ id: 'A', text, language: { code: 'eng', supported: true }, provenance: [{ start: 0, end: text.length, input: '<text>', inputOffset: 0, via: 'text' }] }, stages)
    assert.deepEqual(analyzed.events.filter((e) => e.mode === 'disclose').map((e) => e.actor), [undefined])
  })
})

describe('events: a stem read as another verb', () => {
  test('"rapping" is no rape, "raped" and "raping" are; "fined" is a fine', () => {
    const types = (text: string): string[] => analyzeText(text, '2024-03-06').events.map((e) => `${e.type}/${e.mode ?? ''}`)
    assert.deepEqual(types('The senator got a knuckle-rapping from the bishop.'), [])
    assert.deepEqual(types('Soldiers raped two women. The rebels are raping villagers. Police fined the driver.'), ['ASSAULT/sexual', 'ASSAULT/sexual', 'SANCTION/convict'])
  })
})

describe('events: cyber operations, withheld comment and reported acts', () => {
  test('a cyber attack, told by its makers, its tools or its target, is COERCE (cyber), not ASSAULT', () => {
    assert.deepEqual(triggers("Hackers attacked the bank's servers on Monday."), ['COERCE attacked'])
    assert.deepEqual(triggers('A ransomware attack on the hospital disrupted surgeries.'), ['COERCE attack'])
    assert.deepEqual(triggers('The clinic was hit by a ransomware attack.'), ['COERCE attack'])
    assert.deepEqual(triggers('Gunmen attacked the bank on Monday.'), ['ASSAULT attacked'])
  })

  test('an attack in words disapproves and a trade or charm offensive is a figure of speech; neither is an ASSAULT', () => {
    assert.deepEqual(triggers('The senator launched a verbal attack on the judge.'), ['ACCUSE attack'])
    assert.deepEqual(triggers('Washington launched a trade assault on European steel.'), [])
    assert.deepEqual(triggers('Rebels launched an attack on the base.'), ['ASSAULT attack'])
  })

  test('refusing to comment is no act; refusing to withdraw is a REJECT', () => {
    assert.deepEqual(events('Police refused to comment on the report. The embassy rejected requests for an interview.'), [])
    assert.deepEqual(events('The company declined to comment. The ministry did not respond to a request for comment.'), [])
    assert.deepEqual(events('The army refused to withdraw its troops.'), ['REJECT army→-'])
  })

  test('in a report the act is the reported subject\'s, not the speaker\'s, whatever the cue', () => {
    const article = [
      'Officials in Dravenia said on Sunday that the troops had shelled a hospital in Korvana.',
      'The minister said the soldiers fired on a crowd near the market.',
      'According to the governor, police arrested two men in the old town.',
      'Witnesses told reporters that the rebels stormed a school.',
      'The mayor of Korvana added that the army bombed a bridge.',
    ].join(' ')
    assert.deepEqual(events(article, '2026-03-09').map((e) => e.replace(/ @\S+/u, '')), [
      'ASSAULT/heavy-weapons troops→- voice=officials',
      'ASSAULT/firearms soldiers→- voice=the minister',
      'COERCE/arrest police→- voice=the governor',
      'ASSAULT rebels→- voice=witnesses',
      'ASSAULT/explosives army→- voice=the mayor of Korvana',
    ])
  })

  test('in a long article of reports, no reported act is its speaker\'s', () => {
    const article = [
      'KORVANA CITY, March 9 — Officials in Dravenia said on Sunday that the troops had shelled a hospital in the border city of Korvana overnight.',
      'The health minister, Anel Rusk, said rockets hit the maternity ward shortly after midnight.',
      'According to the regional governor, drones struck a power station east of the city on Saturday.',
      'Witnesses told reporters that soldiers fired on a crowd near the market.',
      'A defence ministry spokesman in Velmaria denied that its forces had attacked civilian sites.',
      'He claimed rebels had shelled their own hospital to blame Velmaria.',
      'The United Nations envoy, Mira Tal, urged both sides to respect the ceasefire agreed in January.',
      'The foreign minister of Dravenia accused Velmaria of war crimes.',
      'Residents reported that artillery bombarded the old town for three hours.',
      'Aid workers said the Red Cross evacuated 40 patients to a clinic in the capital.',
      'The mayor of Korvana said police arrested two men suspected of guiding the strikes.',
      'Velmaria\'s president, Otto Brandt, warned that his army would retaliate against any attack.',
      'The governor believes the army stormed the village on Friday.',
      'Dravenian officials added that the air force had bombed a bridge on Friday.',
      'The Velmarian embassy declined to comment.'
    ].join(' ')
    const analyzed = analyzeText(article, '2026-03-09')
    const reported = analyzed.events.filter((e) => e.voice !== 'outlet')
    assert.ok(reported.length >= 10)
    assert.deepEqual(reported.filter((e) => e.actor === e.voice), [])
  })
})

describe('events: review of short two-outlet stories', () => {
  test('a second verb joined by "and" is an act of its own, not what the first is about', () => {
    assert.deepEqual(events('The Unity Party rejected the result of the election and called for a recount.'), ['REJECT Unity Party→-', 'REQUEST Unity Party→-'])
    assert.deepEqual(events('The mayor urged the police to investigate and arrest the gang.').map((e) => e.split(' ')[0]), ['REQUEST'])
  })

  test('a day in the possessive dates its noun, not the clause\'s act: "rejected the result of Sunday\'s election"', () => {
    assert.deepEqual(events("The Unity Party rejected the result of Sunday's election.", '2026-05-12'), ['REJECT Unity Party→-'])
    assert.deepEqual(events("Saturday's heavy shelling killed two.", '2026-05-12').map((e) => e.split(' @')[1]), ['2026-05-09'])
  })

  test('meeting a party\'s demands is no meeting: "would not meet the union\'s demands"', () => {
    assert.deepEqual(events("The authority said it would not meet the union's demands."), [])
    assert.deepEqual(events('The minister met union leaders.'), ['CONSULT the minister→-'])
  })
})

describe('events: ceasefires broken or standing, invasions as a figure, fire come under', () => {
  test('a ceasefire broken, violated or in force since a date is no concession; one declared is', () => {
    assert.deepEqual(events('Gunmen opened fire on the camp on Monday, breaking a ceasefire that had held since June.', '2026-03-13').map((e) => e.split(' ')[0]), ['ASSAULT/firearms'])
    assert.deepEqual(events('The shelling was a violation of the ceasefire. The truce had been in place since May.'), ['ASSAULT/heavy-weapons -→-'])
    assert.deepEqual(events('The army declared a ceasefire.').map((e) => e.split(' ')[0]), ['CONCEDE'])
  })

  test('an invasion of people who carry no arms is a figure of speech, not an assault', () => {
    assert.deepEqual(events('The mayor said the invasion of tourists had to stop. Farmers fear an invasion of locusts.'), [])
    assert.deepEqual(events("Chile's invasion of the north has to stop.").map((e) => e.split(' ')[0]), ['ASSAULT'])
  })

  test('"came under fire/attack": the subject is the target of the act, whose doer goes unnamed unless "from" names it', () => {
    assert.deepEqual(events('Turkish troops came under attack near the border.'), ['ASSAULT -→Turkish troops'])
    assert.deepEqual(events('Kenyan police came under fire from rebels.').map((e) => e.split(' ').slice(0, 2).join(' ')), ['ASSAULT/firearms rebels→Kenya'])
  })

  test('armed forces that "took retaliatory measures" struck back; a government\'s retaliatory measures may be trade ones', () => {
    assert.deepEqual(events('He said Georgian units took "adequate retaliatory measures" to suppress the enemy.').map((e) => e.split(' ').slice(0, 2).join(' ')), ['ASSAULT Georgia→-'])
    assert.deepEqual(events('The government took retaliatory measures against the tariffs.').map((e) => e.split(' ')[0]), [])
  })
})

describe('events: re-mentions and acts named by a noun phrase', () => {
  test('a definite re-mention of an earlier act told with its word is that act, not one of the kind the noun alone reads as', () => {
    // "Hackers attacked" is a cyber act; "the attack" after it is the same one, no assault.
    assert.deepEqual(triggers('Hackers attacked the power grid on Monday. The attack bears the hallmarks of a state-backed group.'), ['COERCE attacked'])
    // A re-mention of the same kind stays, for the timeline to join to the act it names.
    assert.deepEqual(triggers('Gunmen attacked a bus near the border on Monday. The attack bears the hallmarks of a militant group.'), ['ASSAULT attacked', 'ASSAULT attack'])
    // With no earlier act of its kind, the noun tells the act.
    assert.deepEqual(triggers('The attack was condemned by the United Nations.'), ['ASSAULT attack', 'ACCUSE condemned'])
    // An act of another kind before it does not make it a re-mention.
    assert.deepEqual(triggers('Police arrested two men. The bombing killed four people.').slice(0, 2), ['COERCE arrested', 'ASSAULT bombing'])
  })

  test('a cyberattack or an air strike named by a noun phrase is not done by the owner of what it hit', () => {
    assert.deepEqual(events("The ministry's website went down after a cyberattack."), ['COERCE/cyber -→-'])
    assert.deepEqual(events("The government's networks were hit by a cyberattack."), ['COERCE/cyber -→government'])
    // A nationality right before the noun, or a light verb's subject, still does it.
    assert.deepEqual(events('Israeli air strikes hit Gaza on Monday.', '2026-03-10').map((e) => e.replace(/ @\S+/u, '')), ['ASSAULT/aerial Israel→-'])
    assert.deepEqual(events('Russia launched a cyberattack on Ukraine.'), ['COERCE/cyber Russia→Ukraine'])
  })
})

describe('events: crowds and blockades broken up', () => {
  test('security forces dispersing a crowd or clearing a blockade restrict it: PLOVER COERCE (restrict), short of crowd-control weapons', () => {
    assert.deepEqual(events('Police broke up the picket line at dawn.'), ['COERCE/restrict police→-'])
    assert.deepEqual(events('Troops pushed back the demonstrators.'), ['COERCE/restrict troops→demonstrators'])
    assert.deepEqual(triggers('Police cleared the blockade on Monday. Police end blockade at the port.'), ['COERCE cleared', 'COERCE end'])
    // Others clearing things, or the police clearing someone of a charge, restrict no one.
    assert.deepEqual(triggers('Volunteers cleared the debris. The police cleared the driver of wrongdoing.'), [])
  })
  test('security forces restoring order, clearing or sealing off a place restrict it: COERCE (restrict)', () => {
    assert.deepEqual(events('Police restored order after midnight.'), ['COERCE/restrict police→-'])
    assert.deepEqual(events('Police moved in to clear the square.'), ['COERCE/restrict police→-'])
    assert.deepEqual(triggers('Officers moved in to clear the square.'), ['COERCE clear'])
    assert.deepEqual(events('Troops sealed off the area.'), ['COERCE/restrict troops→-'])
    assert.deepEqual(triggers('Riot police cordoned off the city centre on Friday.'), ['COERCE cordoned off'])
    // Others restoring or clearing things, or sealing off what is no place, restrict no one.
    assert.deepEqual(triggers('Engineers restored power after midnight. Volunteers cleared the square of litter. The firm sealed off its losses. Police closed off the road and cleared the scene.'), [])
  })
})

describe('events: a past tense read as a noun', () => {
  test('"rescued" right before its object is the verb of a rescue', () => {
    assert.deepEqual(events('Soldiers rescued 40 residents from rooftops. The coast guard rescued 31 passengers.'), ['AID soldiers→residents', 'AID coast guard→passengers'])
    // A noun it is not after a determiner: no act.
    assert.deepEqual(events('The rescued were taken to hospital.'), [])
  })

  test('"shot" after armed forces ("security forces", "policemen") and before its object or "dead" is the verb', () => {
    assert.deepEqual(events('Security forces shot dead two protesters.'), ['ASSAULT/firearms security forces→protesters'])
    assert.deepEqual(triggers('Government forces shot three demonstrators near the border.'), ['ASSAULT shot'])
    // The noun after a determiner or an adjective is no act.
    assert.deepEqual(events('The shot echoed across the square. A single shot rang out.'), [])
  })
})

describe('events: accidents', () => {
  test('a vessel or vehicle wrecked is a disaster, no one\'s act; one driven into a crowd is not', () => {
    assert.deepEqual(triggers('A ferry sank off the coast of Sumatra on Monday. Two trains collided near Leeds. A cargo ship ran aground near Suez.'),
      ['DISASTER sank', 'DISASTER collided', 'DISASTER ran aground'])
    assert.deepEqual(triggers('Shares crashed on Monday. A car crashed into a crowd of protesters.').filter((t) => t.startsWith('DISASTER')), [])
  })
})

describe('events: unnamed doers of force and cyber breaches', () => {
  test('hackers are an unnamed group doer; breaking into computer systems is a cyber operation, breaching a truce or a rule is not', () => {
    assert.deepEqual(events("Hackers breached the interior ministry's systems on Friday.", '2026-03-10'), ['COERCE/cyber hackers→interior ministry @2026-03-06'])
    assert.deepEqual(events("Last week unknown hackers breached the utility's customer database."), ['COERCE/cyber hackers→-'])
    assert.deepEqual(triggers('The lorry breached the safety barrier. The club breached league rules.'), [])
  })

  test('stealing data, or hackers stealing, is a cyber operation; stealing a car or the show is not', () => {
    assert.deepEqual(triggers('Hackers stole the personal data of three million patients.'), ['COERCE stole'])
    assert.deepEqual(triggers('Attackers had stolen the passwords of bank staff. The customer records were stolen last month.'), ['COERCE stolen', 'COERCE stolen'])
    assert.deepEqual(analyzeText('Cybercriminals stole millions from the exchange.').events.map((e) => e.mode), ['cyber'])
    assert.deepEqual(triggers('Thieves stole a car. The young actor stole the show. Attackers stole his wallet.'), [])
  })

  test('security forces, alone or opening a sentence, are a state group doer as police are', () => {
    assert.deepEqual(events('Security forces fired tear gas at protesters in the capital.'), ['ASSAULT/crowd-control security forces→protesters'])
    assert.deepEqual(events('On Sunday security forces killed two protesters.').map((e) => e.replace(/ @.*/u, '')), ['ASSAULT security forces→protesters'])
  })
})

describe('events: disapproval drawn from others', () => {
  test('"drew condemnation from X", "sparked outrage among X": X disapproves, the subject of the verb is disapproved of when it is someone', () => {
    assert.deepEqual(events('The ruling drew sharp condemnation from the United Nations.'), ['ACCUSE/disapprove United Nations→-'])
    assert.deepEqual(events('The verdict sparked outrage among residents.'), ['ACCUSE/disapprove residents→-'])
    assert.deepEqual(events('Mayor Tom Hale drew criticism from protesters.'), ['ACCUSE/disapprove protesters→Tom Hale'])
    assert.deepEqual(triggers('The mayor spoke of his outrage.'), [])
  })
})

describe('events: objects given as none', () => {
  test('"offered no evidence", "gave no details": nothing given names no act, even with a verb of support after it', () => {
    assert.deepEqual(events('Harbour officials alleged the trawler was fishing illegally, but have offered no evidence to support the claim.'), [])
    assert.deepEqual(events('The mayor gave no details of the deal. The ministry provided no proof to back the story.'), [])
    assert.deepEqual(events('No document was produced to support the allegation. Critics say the data fail to support his account.'), [])
    assert.deepEqual(events('The council offered help to the families.').map((e) => e.split(' ')[0]), ['AGREE'])
  })

  test('a verb whose object is "no" one or nothing tells of an act not done; "no fewer than" counts', () => {
    assert.deepEqual(events('The garrison offered no help to the villagers.').map((e) => e.split(' ').slice(0, 2).join(' ')), ['not AGREE'])
    assert.deepEqual(events('Police arrested no fewer than 40 protesters.').map((e) => e.split(' ')[0]), ['COERCE/arrest'])
  })
})

describe('events: deaths in natural and structural disasters', () => {
  test('killed when a dam, a levee or a river bank gave way, or when a landslide struck, is a DISASTER with no attacker', () => {
    assert.deepEqual(events('At least nine people were killed when a reservoir wall burst near the town.'), ['DISASTER/deaths -→-'])
    assert.deepEqual(events('Six villagers died when the levee was breached.'), ['DISASTER/deaths -→-'])
    assert.deepEqual(events('Two children were killed when the river burst its banks.'), ['DISASTER/deaths -→-'])
    assert.deepEqual(events('Four miners were killed when the embankment gave way.'), ['DISASTER/deaths -→-'])
    assert.deepEqual(events('Eleven were killed when a mudslide buried their homes.'), ['DISASTER/deaths -→-'])
    assert.deepEqual(events('The old dam burst on Sunday, killing 23 people.').map((e) => e.split(' ')[0]), ['DISASTER/deaths'])
  })

  test('an attacker bursting in or gunmen in the "when" clause still assault', () => {
    assert.deepEqual(events('Three guards were killed when gunmen burst into the compound.').map((e) => e.split(' ')[0]), ['ASSAULT'])
    assert.deepEqual(events('Two students were killed when an attacker burst into a classroom.').map((e) => e.split(' ')[0]), ['ASSAULT'])
  })
})

describe('events: a threat of an act to come and a subject with a participle phrase', () => {
  test('"has threatened further walkouts in May" (filed in March) is dated to the May ahead; the subject before ", led by X," acts', () => {
    assert.deepEqual(events('The union, led by Maria Penhallow, has threatened further walkouts in May.', '2026-03-12'), ['THREATEN union→- @2026-05'])
    assert.deepEqual(events('Unite threatened in May to walk out.', '2026-03-12').map((e) => e.split(' @')[1]), ['2025-05'])
  })
})

describe('events: vessels stormed, and warnings and notices given to authorities or people', () => {
  test('storming a ship or a plane takes it (COERCE seize); storming a hotel is an assault', () => {
    assert.deepEqual(events('Naval commandos stormed a cargo ship off the coast.').map((e) => e.split(' ')[0]), ['COERCE/seize'])
    assert.deepEqual(events('Gunmen stormed a hotel in the capital. Pirates stormed a fishing boat.').map((e) => e.split(' ')[0]), ['ASSAULT', 'ASSAULT'])
  })

  test('alerting, notifying or informing the authorities or residents shares information (COOPERATE); telling reporters does not', () => {
    assert.deepEqual(events('The water board alerted the fire brigade at dawn.').map((e) => e.split(' ')[0]), ['COOPERATE/inform'])
    assert.deepEqual(events('The mine operator notified the regional council and the police.').map((e) => e.split(' ')[0]), ['COOPERATE/inform'])
    assert.deepEqual(events('Officials warned villagers to leave their homes.').map((e) => e.split(' ')[0]), ['COOPERATE/warn'])
    assert.deepEqual(events('The minister informed reporters that talks had ended.'), [])
    assert.deepEqual(events('The army warned that it would retaliate.').map((e) => e.split(' ')[0]), ['THREATEN'])
  })
})

describe('events: a clause of time opened by a bare "as"', () => {
  test('"faced chaos as striking nurses walked out": the act is the as-clause subject\'s, not the main clause\'s', () => {
    assert.deepEqual(events('Commuters faced delays on Tuesday as striking drivers walked out.').map((e) => e.split('→')[0]), ['PROTEST/strike drivers'])
    // "known as" names; the act after it is still the main clause's subject's.
    assert.deepEqual(events('The army, known as the Tatmadaw, shelled the village.').map((e) => e.split('→')[0]), ['ASSAULT/heavy-weapons army'])
  })
})
