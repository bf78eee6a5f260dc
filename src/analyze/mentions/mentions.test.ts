/** @module analyze/mentions/mentions.test — who an article mentions, and which mentions are one actor. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Actor } from '../../model/schema.js'
import type { MentionLayer } from '../layers.js'
import { segmentText } from '../segment/segment.js'
import { findMentions, mentionsStage } from './mentions.js'
import { articleCountries } from './article-countries.js'

const mentionsOf = (text: string): MentionLayer => findMentions(text, segmentText(text))

/** One-line `surface -> actor name (how)` strings, in text order: easy to read in review. */
function lines(text: string, layer: MentionLayer): string[] {
  const byId = new Map(layer.actors.map((a) => [a.id, a]))
  return layer.mentions.map((m) => `${text.slice(m.span.start, m.span.end)} -> ${byId.get(m.actor)?.name} (${m.how})`)
}

/** The actor a surface form was linked to. */
function actorOf(text: string, layer: MentionLayer, surface: string, from = 0): Actor | undefined {
  const start = text.indexOf(surface, from)
  const m = layer.mentions.find((x) => x.span.start === start && x.span.end === start + surface.length)
  return m ? layer.actors.find((a) => a.id === m.actor) : undefined
}

describe('mentions: linking within one article', () => {
  test('an organisation noun in an apposition to an organisation is that organisation; "media outlet" names no media', () => {
    const text = 'It was printed by The Harbour Ledger, an obscure, partisan media outlet, which calls itself independent.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'an obscure, partisan media outlet')?.name, 'Harbour Ledger')
    assert.ok(!layer.actors.some((a) => a.name === 'media'), lines(text, layer).join('; '))
    // A definite one may name another organisation: the owner of the one just named.
    const owner = 'A spokesman for Harbour Media Inc., the Ledger\'s parent company, declined to comment.'
    assert.notEqual(actorOf(owner, mentionsOf(owner), 'the Ledger\'s parent company')?.name, 'Harbour Media')
  })

  test('an organisation\'s head word after "the" is that organisation: "the Center for Coastal Studies … the Center"', () => {
    const text = 'The Center for Coastal Studies hosted the talk. Later the Center took pains to distance itself.'
    assert.equal(actorOf(text, mentionsOf(text), 'Center', text.indexOf('the Center') + 4)?.name, 'Center for Coastal Studies')
  })

  test('a description keeps the capitals of the names in it: "the American people", "a woman from Sibiu"', () => {
    const text = 'They lied to the American people, she said.'
    assert.equal(actorOf(text, mentionsOf(text), 'the American people')?.name, 'American people')
  })

  test('a department or kind before its people is no place: "Health officials", "Black voters"', () => {
    for (const text of ['Health officials said the water was safe, and public health experts agreed.', 'The poll found Black voters and Swing voters split.']) {
      assert.ok(!mentionsOf(text).actors.some((a) => a.kind === 'place'), lines(text, mentionsOf(text)).join('; '))
    }
  })

  test('an organisation noun in a definite apposition, or past a clause, names no organisation', () => {
    const person = 'Ngozi Adewale, the chief executive, blamed the company.'
    assert.equal(actorOf(person, mentionsOf(person), 'Ngozi Adewale')?.kind, 'person')
    const rival = 'Acme Corp, a rival of Beta Holdings, a small company, sued the city.'
    assert.ok(mentionsOf(rival).actors.some((a) => a.name === 'Beta Holdings'))
  })

  test('a capitalised town before its people is the place, a common word too; a party, a body or a surname is not', () => {
    const text = 'Officials said Nice residents heard shots. Paris residents were shocked. Bath officials closed the road.'
    const layer = mentionsOf(text)
    for (const place of ['Nice', 'Paris', 'Bath']) assert.deepEqual([actorOf(text, layer, place)?.name, actorOf(text, layer, place)?.kind], [place, 'place'])
    const other = 'Donald Trump spoke. Trump voters cheered. Labour voters stayed home.'
    const otherLayer = mentionsOf(other)
    assert.equal(actorOf(other, otherLayer, 'Trump', other.indexOf('Trump voters'))?.kind, 'person')
    assert.notEqual(actorOf(other, otherLayer, 'Labour')?.kind, 'place')
    const kinds = 'Several residents left. Most voters agreed. Hispanic voters and Midwestern voters did too.'
    assert.deepEqual(mentionsOf(kinds).actors.filter((a) => a.kind === 'place'), [])
  })

  test('two people with one surname stay two; a lone surname is the one mentioned most with it', () => {
    const text = 'Hillary Clinton spoke in Phoenix. She met her husband, Bill Clinton, later. Clinton said the race was close.'
    const layer = mentionsOf(text)
    assert.notEqual(actorOf(text, layer, 'Bill Clinton')?.id, actorOf(text, layer, 'Hillary Clinton')?.id)
    assert.equal(actorOf(text, layer, 'Clinton', text.indexOf('Clinton said'))?.name, 'Hillary Clinton')
  })

  test('a common first name that one name list misses still opens a person (birth counts confirm it)', () => {
    const text = 'Donald Brennan met Hillary Okoro on Monday. Walter Smith was not there.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Donald Brennan')?.kind, 'person')
    assert.equal(actorOf(text, layer, 'Walter Smith')?.kind, 'person')
  })

  test('a gendered title picks the namesake of that gender, the latest one first', () => {
    const text = 'Maria Lopez, 40, died in the crash. Her brother Pedro Lopez said the road was unsafe. Mr Lopez said the family would sue.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Mr Lopez')?.name, 'Pedro Lopez')
  })

  test('a lower-case occupation before a name makes it a person, and letters after the name are not part of it', () => {
    const text = 'Military historian Ostap Quarrie called the ruling bold. Defence barrister Elspeth Marrow KC said her client was innocent.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'historian Ostap Quarrie'), actorOf(text, layer, 'barrister Elspeth Marrow')].map((a) => `${a?.name}|${a?.kind}|${a?.role}`),
      ['Ostap Quarrie|person|historian', 'Elspeth Marrow|person|barrister'])
  })

  test('"the judge" is the person named with a judge\'s title; "a judge" is someone new', () => {
    const text = 'Mr Justice Alan Pryor jailed him. The judge said the harm was grave. A judge in Leeds disagreed.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'The judge')?.name, 'Alan Pryor')
    assert.notEqual(actorOf(text, layer, 'A judge')?.name, 'Alan Pryor')
  })

  test('"the Premier" and "the deputy minister" are the person named with that title, also after another title word; "Premier League" is no premier', () => {
    const text = 'State Premier Dana Wells spoke. The Premier said aid would come. Deputy Transport Minister Ivo Ranek agreed. The deputy minister said roads would reopen. The Premier League said games would go ahead.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'Premier Dana Wells'), actorOf(text, layer, 'The Premier')].map((a) => `${a?.name}|${a?.role}`), ['Dana Wells|premier', 'Dana Wells|premier'])
    assert.deepEqual([actorOf(text, layer, 'Deputy Transport Minister Ivo Ranek'), actorOf(text, layer, 'The deputy minister')].map((a) => `${a?.name}|${a?.role}`),
      ['Ivo Ranek|deputy transport minister', 'Ivo Ranek|deputy transport minister'])
    assert.equal(actorOf(text, layer, 'Premier League')?.kind, 'organisation')
  })

  test('a role with several "of" phrases set off by commas before a name is that person, whom "the minister" then names', () => {
    const text = 'The Minister of Trade of the Republic of Moldova, Ilie Brana, said talks went well. The minister also said a deal was near. The Chairman of the Council of Ministers, Petru Dobre, instructed officials to prepare.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'The Minister of Trade of the Republic of Moldova, Ilie Brana')?.name, 'Ilie Brana')
    assert.equal(actorOf(text, layer, 'The minister')?.name, 'Ilie Brana')
    assert.equal(actorOf(text, layer, 'The Chairman of the Council of Ministers, Petru Dobre')?.name, 'Petru Dobre')
  })

  test('two capitalised words ending in a line of business name a company unless a first name opens them', () => {
    const text = 'Coastal Energy said in a statement that crews were out. Samantha Power said the grid was old. The company said no fault was found.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'Coastal Energy')?.kind, actorOf(text, layer, 'Samantha Power')?.kind], ['organisation', 'person'])
    assert.equal(actorOf(text, layer, 'The company')?.name, 'Coastal Energy')
  })

  test('a newspaper\'s name ending in "Herald", "Gazette" or "Tribune" is an organisation', () => {
    const text = 'The Evening Herald understands the deal is close, as does the Lakeside Gazette.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'Evening Herald')?.kind, actorOf(text, layer, 'Lakeside Gazette')?.kind], ['organisation', 'organisation'])
  })

  test('a headline\'s short name before the body\'s two-word organisation is that organisation', () => {
    const text = 'Orvex to cut 4,000 jobs as profits slump\n\nOrvex Motors will cut 4,000 jobs worldwide, the carmaker said. Orvex shares rose 3%.'
    const layer = mentionsOf(text)
    assert.deepEqual(layer.actors.map((a) => a.name), ['Orvex Motors'], lines(text, layer).join('; '))
  })

  test('a confederation, guild or society named for its members is one organisation', () => {
    const text = 'Organisers from the General Workers\' Confederation said 120,000 people took part. The Screenwriters Guild and the Royal Society agreed.'
    const layer = mentionsOf(text)
    assert.deepEqual(['General Workers\' Confederation', 'Screenwriters Guild', 'Royal Society'].map((name) => actorOf(text, layer, name)?.kind), ['organisation', 'organisation', 'organisation'])
  })

  test('a club or house named for its members or a saint with "\'s" is an organisation, which "she" never stands for', () => {
    const text = 'The shelter at the Lake Anglers\' Club was full. The Rose Farmers\'s Club housed 90 people. Relatives of the missing woman said she had refused to leave. St Mary\'s Hospital treated two.'
    const layer = mentionsOf(text)
    assert.deepEqual(['Lake Anglers\' Club', 'Rose Farmers\'s Club', 'St Mary\'s Hospital'].map((s) => actorOf(text, layer, s)?.kind), ['organisation', 'organisation', 'organisation'])
    assert.equal(actorOf(text, layer, 'she'), undefined)
  })

  test('a country\'s ministry described by its remit keeps the remit, apart from another ministry', () => {
    const text = 'Forty people were moved, according to the Peruvian emergencies ministry. The foreign ministry said talks would go on.'
    const layer = mentionsOf(text)
    const emergencies = actorOf(text, layer, 'emergencies ministry')
    assert.deepEqual([emergencies?.name, emergencies?.country], ['Peru emergencies ministry', 'PER'])
    assert.notEqual(actorOf(text, layer, 'The foreign ministry')?.id, emergencies?.id)
  })

  test('a Title-Case role before a name set off by commas is that person\'s, not an earlier holder\'s; not from inside a name run into it', () => {
    const text = 'Deputy Trade Minister Ivo Ranek spoke. He thanked the Deputy Trade Minister of Peru, Rosa Quispe, for her help.'
    const layer = mentionsOf(text)
    const quispe = actorOf(text, layer, 'the Deputy Trade Minister of Peru, Rosa Quispe')
    assert.deepEqual([quispe?.name, quispe?.country], ['Rosa Quispe', 'PER'])
    const run = 'Cheers, Ms. Doe  The Federal Reserve chairwoman, Janet Doe, was there.'
    assert.equal(actorOf(run, mentionsOf(run), 'Janet Doe')?.name, 'Janet Doe')
  })

  test('a name opening a paragraph before a hyphenated appositive is a person, not a dateline place', () => {
    const text = 'The rally was loud.\n\nWillie Minor, an African-American actor in town, said he liked the speech. Mr. Minor left early.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Willie Minor')?.kind, 'person')
    assert.equal(actorOf(text, layer, 'Mr. Minor')?.name, 'Willie Minor')
  })

  test('a surname the tagger reads as a verb, or used before the full name, is still the person', () => {
    const text = 'Lynch: the law applies to all. Attorney General Loretta E. Lynch spoke in Raleigh. Lynch said the case was closed. Later, Lynch left.'
    const layer = mentionsOf(text)
    const lynch = actorOf(text, layer, 'Attorney General Loretta E. Lynch')
    assert.ok(lynch)
    for (const from of [0, text.indexOf('Lynch said'), text.indexOf('Lynch left')]) assert.equal(actorOf(text, layer, 'Lynch', from)?.id, lynch.id, `at ${from}`)
  })

  test('a lone capitalised word that speaks names someone even with no full name: a person, a group or a brand', () => {
    const text = 'Brexit was on the agenda. Earlier, Sanders said the vote was rigged. Then Democrats say he lost, and EgyptAir also said so. Aides said little. Sanders left.'
    const layer = mentionsOf(text)
    const sanders = actorOf(text, layer, 'Sanders', text.indexOf('Sanders said'))
    assert.deepEqual([sanders?.name, sanders?.kind], ['Sanders', 'person'])
    assert.equal(actorOf(text, layer, 'Sanders', text.indexOf('Sanders left'))?.id, sanders?.id, 'every lone use is the person')
    assert.equal(actorOf(text, layer, 'he', text.indexOf(' he ') + 1)?.id, sanders?.id)
    assert.equal(actorOf(text, layer, 'Democrats')?.kind, 'group')
    assert.equal(actorOf(text, layer, 'EgyptAir')?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'Aides'), undefined, 'a word capitalised only where it opens a sentence is no name')
    assert.equal(actorOf(text, layer, 'Brexit'), undefined, 'a lone word that never speaks names no one')
  })

  test('a lone word does not speak for a title after it, a surname full names carry, or a company that adds', () => {
    const graham = '"We will not back down," said Republican Sen. Lindsey Graham.'
    assert.deepEqual(mentionsOf(graham).actors.map((a) => a.name), ['Republican Party', 'Lindsey Graham'], 'the party label is her party')
    const trumps = 'Trump says the wall will be built.\n\nIn Ohio, Donald Trump spoke. Melania Trump stood beside him. Later, Trump said it again.'
    const layer = mentionsOf(trumps)
    assert.deepEqual(layer.actors.map((a) => a.name), ['Ohio', 'Donald Trump', 'Melania Trump'])
    assert.equal(actorOf(trumps, layer, 'Trump', trumps.indexOf('Trump said'))?.name, 'Donald Trump')
    const obama = mentionsOf('In Iowa, Obama said the plan would work. The Obama administration sent it.')
    assert.equal(obama.actors.find((a) => a.name === 'Obama')?.kind, 'person', 'one "the Obama …" does not make Obama an organisation')
    assert.deepEqual(mentionsOf('In May, Netflix added 8 million subscribers.').actors.map((a) => a.name), [])
  })

  test('a lone speaker\'s kind comes from its word class and "the": companies, groups, people in office, transcript names', () => {
    const text = 'Tim Cook spoke in Cupertino. Later, Apple said sales rose. He said the company was strong. Critics disagreed, and Mormons said so. ' +
      'On the vote, the Pope said it was wrong, Pence said he agreed, and the Commission said nothing. At the debate, WALLACE said time was up.'
    const layer = mentionsOf(text)
    const kind = (word: string): string | undefined => actorOf(text, layer, word)?.kind
    assert.deepEqual(['Apple', 'Mormons', 'Pope', 'Pence', 'Commission', 'WALLACE'].map(kind), ['organisation', 'group', 'person', 'person', 'organisation', 'person'])
    assert.equal(actorOf(text, layer, 'He')?.name, 'Tim Cook', '"he" never goes to a company')
  })

  test('a one-word organisation name that is a named person\'s surname is that person', () => {
    const text = 'Anders Fogh Rasmussen spoke in Brussels. Later, Rasmussen said the alliance was united.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Rasmussen', text.indexOf('Rasmussen said'))?.name, 'Anders Fogh Rasmussen')
  })

  test('states and provinces are places, not people', () => {
    const text = 'She worked at a North Carolina law firm before moving to Ontario.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'North Carolina'), actorOf(text, layer, 'Ontario')].map((a) => [a?.kind, a?.country]), [['place', 'USA'], ['place', 'CAN']])
  })

  test('a subdivision of a seldom-covered country gives that country only where the article names it', () => {
    // "Savannah" is a Ghanaian region as well as a US city.
    const text = 'Savannah police said a man was arrested after a shooting in Savannah.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'Savannah police'), actorOf(text, layer, 'Savannah', 20)].map((a) => [a?.kind, a?.country]), [['organisation', undefined], ['place', undefined]])
    const inGhana = 'Savannah police said two people were hurt in a clash in northern Ghana.'
    assert.equal(actorOf(inGhana, mentionsOf(inGhana), 'Savannah police')?.country, 'GHA')
  })

  test('a major city is a place of its country, which it never speaks for', () => {
    const text = 'ISTANBUL — A fire in an Istanbul market killed three people. Istanbul said it would rebuild, and Kharkiv sent help.'
    const layer = mentionsOf(text)
    assert.deepEqual([0, 30, 60].map((from) => actorOf(text, layer, 'Istanbul', from)).map((a) => [a?.kind, a?.country]), [['place', 'TUR'], ['place', 'TUR'], ['place', 'TUR']])
    assert.deepEqual([actorOf(text, layer, 'Kharkiv')?.kind, actorOf(text, layer, 'Kharkiv')?.country], ['place', 'UKR'])
    assert.ok(!layer.actors.some((a) => a.kind === 'country'))
  })

  test('after "<place>, " a subdivision wins its name back from a country or capital of another country', () => {
    const text = 'Savannah, Georgia (AP) — Police in Savannah said a man was held. Atlanta, Georgia, is near. Seattle, Washington, was calm.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'Georgia')?.kind, actorOf(text, layer, 'Georgia')?.country], ['place', 'USA'])
    assert.deepEqual([actorOf(text, layer, 'Georgia', 40)?.kind, actorOf(text, layer, 'Georgia', 40)?.country], ['place', 'USA'])
    assert.deepEqual([actorOf(text, layer, 'Washington')?.name, actorOf(text, layer, 'Washington')?.country], ['Washington', 'USA'], 'the state, not the capital')
    const abroad = 'Tbilisi, Georgia — Talks with Armenia, Georgia and Azerbaijan resumed.'
    const there = mentionsOf(abroad)
    assert.deepEqual([actorOf(abroad, there, 'Georgia')?.kind, actorOf(abroad, there, 'Georgia', 20)?.kind], ['country', 'country'])
  })

  test('"Washington state" and a list of states ending in "Washington" name the state, not the capital; "Washington says" is still the country', () => {
    const text = 'Alaska, Hawaii and Washington hold caucuses on Saturday. Washington state has sued the company over it. Washington says the sanctions stay.'
    const layer = mentionsOf(text)
    assert.deepEqual([0, 40, 100].map((from) => actorOf(text, layer, 'Washington', from)).map((a) => [a?.name, a?.kind]), [['Washington', 'place'], ['Washington', 'place'], ['United States', 'country']])
  })

  test("a well-covered country's subdivision beats a small state's capital of its name unless the article names that state", () => {
    const text = 'Victoria police said two men were charged. Victoria Premier Daniel Andrews said the state would act.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'Victoria police'), actorOf(text, layer, 'Victoria', 20), actorOf(text, layer, 'Victoria Premier Daniel Andrews')].map((a) => a?.country), ['AUS', 'AUS', 'AUS'])
    const seychelles = 'Victoria police said two men were charged, the Seychelles government added.'
    assert.equal(actorOf(seychelles, mentionsOf(seychelles), 'Victoria police')?.country, 'SYC')
  })

  test('a place of three words qualifies a description whole: "New South Wales police" are Australian, not "South Wales police"', () => {
    const text = 'Two hikers were found alive, New South Wales police said on Sunday.'
    const layer = mentionsOf(text)
    const police = actorOf(text, layer, 'New South Wales police')
    assert.deepEqual([police?.kind, police?.country], ['organisation', 'AUS'], lines(text, layer).join('; '))
  })

  test('a titled name takes the country of a place right before it, not across a comma or a full stop', () => {
    const text = 'Rubio spoke of Israel. Senator Marco Rubio said more. In Boston, Mayor Marty Walsh agreed.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'Senator Marco Rubio')?.country, actorOf(text, layer, 'Mayor Marty Walsh')?.country], [undefined, undefined])
    const joined = 'Boston Mayor Marty Walsh agreed.'
    assert.equal(actorOf(joined, mentionsOf(joined), 'Boston Mayor Marty Walsh')?.country, 'USA')
  })

  test('a titled name, its surname, its role and a pronoun are one person', () => {
    const text = 'Azerbaijan President Ilham Aliyev opened the summit on Monday. Aliyev said the talks would last two days. The president added that he was hopeful.'
    const layer = mentionsOf(text)
    const person = layer.actors.find((a) => a.kind === 'person')
    assert.deepEqual(person, { id: 'm2', name: 'Ilham Aliyev', kind: 'person', role: 'president', country: 'AZE', aliases: ['Aliyev', 'president'] })
    assert.deepEqual(lines(text, layer), [
      'Azerbaijan -> Azerbaijan (gazetteer)',
      'Azerbaijan President Ilham Aliyev -> Ilham Aliyev (title)',
      'Aliyev -> Ilham Aliyev (name)',
      'The president -> Ilham Aliyev (description)',
      'he -> Ilham Aliyev (pronoun)',
    ])
  })

  test('"the foreign ministry of the Republic of X" and "the Xian foreign ministry" are one organisation', () => {
    const text = 'The foreign ministry of the Republic of Armenia issued a note on Monday. The Armenian foreign ministry later said the note was final.'
    const layer = mentionsOf(text)
    assert.equal(layer.actors.length, 1)
    const [ministry] = layer.actors
    assert.equal(ministry?.kind, 'organisation')
    assert.equal(ministry?.role, 'foreign ministry')
    assert.equal(ministry?.country, 'ARM')
    assert.deepEqual(lines(text, layer), [
      'The foreign ministry of the Republic of Armenia -> Armenia foreign ministry (description)',
      'The Armenian foreign ministry -> Armenia foreign ministry (description)',
    ])
  })

  test('an institution written with capitals ("Poland\'s Interior Ministry") is described, and "the ministry" is it again', () => {
    const text = "Poland's Interior Ministry closed the crossing on Monday. The ministry said it would reopen soon."
    const layer = mentionsOf(text)
    assert.deepEqual(lines(text, layer), [
      'Poland -> Poland (gazetteer)',
      'Interior Ministry -> Poland interior ministry (description)',
      'The ministry -> Poland interior ministry (description)',
    ])
    assert.equal(actorOf(text, layer, 'Interior Ministry')?.country, 'POL')
  })

  test('pundits and observers are unnamed actors, never linked to a named one', () => {
    const text = 'Prime Minister Karl Lind spoke first. Pundits disagree with him. Observers say otherwise.'
    const layer = mentionsOf(text)
    const pundits = actorOf(text, layer, 'Pundits')
    const observers = actorOf(text, layer, 'Observers')
    assert.deepEqual([pundits?.kind, pundits?.name, pundits?.role], ['unnamed', 'pundits', 'pundits'])
    assert.deepEqual([observers?.kind, observers?.name, observers?.role], ['unnamed', 'observers', 'observers'])
    assert.notEqual(pundits?.id, observers?.id)
  })

  test('"the assailant" and "a gunman" are one perpetrator', () => {
    const text = 'The assailant entered the lobby at noon. Witnesses said a gunman fired twice.'
    const layer = mentionsOf(text)
    const assailant = actorOf(text, layer, 'The assailant')
    assert.deepEqual(assailant, { id: assailant?.id, name: 'the assailant', kind: 'person', role: 'perpetrator', aliases: ['assailant', 'gunman'] })
    assert.equal(actorOf(text, layer, 'a gunman')?.id, assailant?.id)
    assert.equal(layer.actors.filter((a) => a.role === 'perpetrator').length, 1)
    assert.equal(actorOf(text, layer, 'Witnesses')?.kind, 'unnamed')
    // Named by the article's own first word for them.
    const hackers = 'The attackers exploited a flaw in the software. The attackers demanded a ransom.'
    assert.equal(actorOf(hackers, mentionsOf(hackers), 'The attackers')?.name, 'the attackers')
  })

  test('a perpetrator word that modifies a noun is no perpetrator ("the Shiraz terrorist attack", "a terrorist group")', () => {
    const text = 'The assailant entered the lobby at noon. Officials compared it to the Shiraz terrorist attack and a terrorist group.'
    const layer = mentionsOf(text)
    assert.equal(layer.mentions.filter((m) => layer.actors.find((a) => a.id === m.actor)?.role === 'perpetrator').length, 1)
  })

  test('"the suspect" is a suspect, not the perpetrator; "killer" before a noun, "suspect" as a verb and a so-called label are no one', () => {
    const text = 'Police said the suspect, a 31-year-old man, had been arrested. A killer heatwave hit the city, as many already suspect. The so-called "armed suspect" held a phone. The figures became suspect.'
    const layer = mentionsOf(text)
    const suspect = actorOf(text, layer, 'the suspect')
    assert.deepEqual([suspect?.name, suspect?.kind, suspect?.role], ['the suspect', 'person', 'suspect'])
    assert.equal(layer.actors.filter((a) => a.role === 'perpetrator').length, 0)
    assert.equal(layer.mentions.filter((m) => m.actor === suspect?.id && m.how !== 'pronoun').length, 1)
    const afterAdjective = 'Police tracked down the sole surviving suspect of the attacks.'
    assert.equal(actorOf(afterAdjective, mentionsOf(afterAdjective), 'suspect')?.role, 'suspect')
  })

  test('emergency services, the coroner and an unnamed airline are organisation actors', () => {
    const text = 'The coast guard said 58 people were rescued. The coastguard, the fire brigade and the coroner met. The airline said all were safe.'
    const layer = mentionsOf(text)
    for (const surface of ['The coast guard', 'The coastguard', 'the fire brigade', 'the coroner', 'The airline']) assert.equal(actorOf(text, layer, surface)?.kind, 'organisation', surface)
  })

  test('emergency and rescue services described in lower case are an organisation actor', () => {
    const text = 'More than 60 were injured, emergency services said. The ambulance service said eight were in a critical condition.'
    const layer = mentionsOf(text)
    for (const surface of ['emergency services', 'The ambulance service']) assert.equal(actorOf(text, layer, surface)?.kind, 'organisation', surface)
  })

  test('an inspectorate or a weather service described in lower case is an organisation actor', () => {
    const text = 'The regional environmental inspectorate said the river was clean. The national weather service said rain was coming.'
    const layer = mentionsOf(text)
    for (const surface of ['inspectorate', 'The national weather service']) assert.equal(actorOf(text, layer, surface)?.kind, 'organisation', surface)
  })

  test('a first name opening a work, a law, a building or an outlet is no person; a quantifier opening a sentence is no place', () => {
    const text = 'Aides met in the Rose Garden. The Autumn Statement and the Faith Schools Act passed. Survivors slept in the Don Bosco school, according to Associated Newswire. Most of those on board were safe.'
    const layer = mentionsOf(text)
    assert.deepEqual(layer.actors.filter((a) => a.kind === 'person'), [])
    assert.equal(actorOf(text, layer, 'Don Bosco')?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'Associated Newswire')?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'Most'), undefined)
  })

  test('a name before ", the opposition MP," is a person, and the MP no organisation', () => {
    const text = 'Dmitar Soros, the opposition MP, disagrees. He said so.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Dmitar Soros')?.kind, 'person')
    assert.equal(actorOf(text, layer, 'He')?.name, 'Dmitar Soros')
    assert.equal(layer.actors.filter((a) => a.kind === 'organisation').length, 0)
  })

  test('a plural title before two coordinated names titles each ("Officers Kyle Brandt and Alicia Romero")', () => {
    const text = 'Officers Kyle Brandt and Alicia Romero arrived at 10:58 p.m.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'Officers Kyle Brandt')?.name, actorOf(text, layer, 'Officers Kyle Brandt')?.role], ['Kyle Brandt', 'officer'])
    assert.equal(actorOf(text, layer, 'Alicia Romero')?.kind, 'person')
  })

  test('a place-prefixed prosecutor keeps the full name ("Franklin County Prosecutor Dana Whitfield")', () => {
    const text = 'The file went to Franklin County Prosecutor Dana Whitfield. Whitfield said she would decide.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'Prosecutor Dana Whitfield')?.name, actorOf(text, layer, 'Prosecutor Dana Whitfield')?.role], ['Dana Whitfield', 'prosecutor'])
  })

  test('a pronoun inside a quotation is not linked to the last person', () => {
    const text = 'Mayor Anna Berg spoke. "He will never return," she said.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'He'), undefined)
    assert.equal(actorOf(text, layer, 'she')?.name, 'Anna Berg')
  })

  test('"he" skips a woman named with Ms. or Mrs., and "she" a man named with Mr.', () => {
    const text = 'Senator Paul Weaver met the student, Ms. Carla Ortiz, on Monday. He said he regretted the fuss. Mr. Weaver thanked Mrs. Dana Ruiz. She said nothing.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'He')?.name, 'Paul Weaver')
    assert.equal(actorOf(text, layer, 'She')?.name, 'Dana Ruiz')
  })

  test('a first name tells "she" from "he" when no title does', () => {
    const text = 'Governor Laura Finch questioned Senator Mark Ellery on Tuesday. Finch urged that he resign. "Nothing changes," she said.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'he')?.name, 'Mark Ellery')
    assert.equal(actorOf(text, layer, 'she')?.name, 'Laura Finch')
  })

  test('a title outweighs the first name, and a name the lists disagree on decides nothing', () => {
    const text = 'Ms. Jordan Hale met President Ilham Aliyev. She left. Aliyev said he was glad.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'She')?.name, 'Jordan Hale')
    assert.equal(actorOf(text, layer, 'he', text.indexOf('said he'))?.name, 'Ilham Aliyev')
  })

  test('a title on a surname alone does not outweigh the first name of the namesake it is read as: "she" is never a David', () => {
    const text = 'David Cameron met Ms. Cameron on Monday. She said nothing.'
    const layer = mentionsOf(text)
    assert.notEqual(actorOf(text, layer, 'She')?.name, 'David Cameron')
  })

  test('a generational suffix keeps father and son apart, and a lone surname is the one without it', () => {
    const text = 'Donald Trump Jr. said the meeting was short. Trump Jr. later apologised. Donald Trump said he was proud. Trump added more.'
    const layer = mentionsOf(text)
    const son = actorOf(text, layer, 'Donald Trump Jr.')
    const father = actorOf(text, layer, 'Donald Trump', text.indexOf('Donald Trump said'))
    assert.equal(son?.kind, 'person')
    assert.notEqual(son?.id, father?.id)
    assert.equal(actorOf(text, layer, 'Trump Jr.', text.indexOf('Trump Jr. later'))?.id, son?.id)
    assert.equal(actorOf(text, layer, 'Trump', text.indexOf('Trump added'))?.id, father?.id)
  })

  test('a title word before a suffix is a surname ("Martin Luther King Jr."), and so is that word alone later', () => {
    const text = 'Martin Luther King Jr. said the dream lives on. King was killed in 1968.'
    const layer = mentionsOf(text)
    const king = actorOf(text, layer, 'Martin Luther King Jr.')
    assert.equal(king?.kind, 'person')
    assert.equal(actorOf(text, layer, 'King', text.indexOf('King was'))?.id, king?.id)
  })

  test('a name set off by commas after a one-person role takes that role and its country, and the role names them later', () => {
    const text = "Iran's foreign minister, Hossein Amirabdollahian, said he was sorry. The foreign minister added more."
    const layer = mentionsOf(text)
    const minister = actorOf(text, layer, "Iran's foreign minister, Hossein Amirabdollahian")
    assert.equal(minister?.name, 'Hossein Amirabdollahian')
    assert.equal(minister?.role, 'foreign minister')
    assert.equal(minister?.country, 'IRN')
    assert.equal(actorOf(text, layer, 'The foreign minister')?.id, minister?.id)
    assert.equal(actorOf(text, layer, 'Iran')?.kind, 'country', 'the possessor stays a mention of its own')
  })

  test('a Title-Case headline names only what the article also names: "Mayor Vows" is no one, "President Trump Signs" is Trump', () => {
    const text = 'Mayor Vows to Fight Cuts\nPresident Trump Signs Bill Into Law\nRahm Emanuel said he would fight. Donald Trump signed the bill.'
    const layer = mentionsOf(text)
    assert.ok(!layer.actors.some((a) => /Vows|Signs/u.test(a.name)), lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'President Trump')?.id, actorOf(text, layer, 'Donald Trump')?.id)
  })

  test('a headline\'s first name and surname stand when the body calls the person by surname; numerals need a first name', () => {
    const text = 'Cecile Richards Speaks Out On Funding\nThe head of the group spoke on Monday. Richards said the cuts were wrong. It was the worst year since World War II.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Cecile Richards')?.kind, 'person')
    assert.equal(actorOf(text, layer, 'Richards', text.indexOf('Richards said'))?.name, 'Cecile Richards')
    assert.ok(!layer.actors.some((a) => a.name.includes('War')), lines(text, layer).join('; '))
  })

  test('a place that is a named person\'s surname, or a first name before a surname, is the person; sovereign states win demonyms', () => {
    const text = 'Lewis Hamilton finished second. Hamilton said the car felt good. Georgia Smith, a teacher, said the school was shut. French President Emmanuel Macron spoke in Jordan.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Hamilton', text.indexOf('Hamilton said'))?.name, 'Lewis Hamilton')
    assert.equal(actorOf(text, layer, 'Georgia Smith')?.kind, 'person')
    assert.equal(layer.actors.find((a) => a.name === 'Emmanuel Macron')?.country, 'FRA')
    assert.equal(actorOf(text, layer, 'Jordan')?.kind, 'country', 'after "in" it is the place')
  })

  test('a dateline is a place, not an organisation, and a subject set off by an aside speaks', () => {
    const text = "GENEVA — The World Health Organization said cases rose.\n\nApple, the world's most valuable company, said it would appeal."
    const layer = mentionsOf(text)
    assert.ok(!layer.actors.some((a) => a.name === 'GENEVA' && a.kind === 'organisation'), lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'Apple')?.kind, 'organisation')
  })

  test('titles after an organisation start the person: the titles give the role, the organisation stays its own mention', () => {
    const text = 'Senate Majority Leader Chuck Schumer spoke. Federal Reserve Chair Jerome Powell agreed. Chief Executive Officer Tim Cook said demand was strong. ' +
      'WHO Director-General Tedros warned. Detective Chief Inspector Sarah Hughes of Greater Manchester Police said two men were held.'
    const layer = mentionsOf(text)
    const person = (surface: string): string => { const a = actorOf(text, layer, surface); return `${a?.name}|${a?.kind}|${a?.role}` }
    assert.equal(person('Majority Leader Chuck Schumer'), 'Chuck Schumer|person|majority leader')
    assert.equal(person('Chair Jerome Powell'), 'Jerome Powell|person|chair')
    assert.equal(person('Chief Executive Officer Tim Cook'), 'Tim Cook|person|chief executive officer')
    assert.equal(person('Director-General Tedros'), 'Tedros|person|director-general')
    assert.equal(person('Detective Chief Inspector Sarah Hughes'), 'Sarah Hughes|person|detective chief inspector')
    for (const org of ['Senate', 'Federal Reserve', 'Greater Manchester Police']) assert.equal(actorOf(text, layer, org)?.kind, 'organisation', org)
  })

  test('a ranked or hyphenated title after an organisation ("Senior Vice-President") starts the person, who is the bare name later', () => {
    const text = 'Lakeside Clinics Senior Vice-President Dana Kowalski said the wing would reopen. Marlow Foods Assistant Vice-President Omar Quist agreed. ' +
      'Later Dana Kowalski added that no records were lost, and Omar Quist said so too.'
    const layer = mentionsOf(text)
    const kowalski = actorOf(text, layer, 'Senior Vice-President Dana Kowalski')
    assert.equal(`${kowalski?.name}|${kowalski?.role}`, 'Dana Kowalski|senior vice president', lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'Dana Kowalski', text.indexOf('Later'))?.id, kowalski?.id)
    assert.equal(actorOf(text, layer, 'Omar Quist', text.indexOf('and Omar'))?.id, actorOf(text, layer, 'Assistant Vice-President Omar Quist')?.id)
    for (const org of ['Lakeside Clinics', 'Marlow Foods']) assert.equal(actorOf(text, layer, org)?.kind, 'organisation', org)
    // "Co" ends a company's name; only "Co-" ranks a title.
    const company = 'Harbour Freight Co Chairman Ian Rudd said so. Tessa Lund, the Co-Founder of the firm, agreed.'
    assert.equal(actorOf(company, mentionsOf(company), 'Harbour Freight Co')?.kind, 'organisation', lines(company, mentionsOf(company)).join('; '))
  })

  test('organisation heads make organisations: a last word like Airlines or Street, and "X of Y" after a head', () => {
    const text = 'Southwest Airlines cut flights, Downing Street said. The Premier League and Ukraine\'s General Staff agreed. ' +
      'The Bank of England, the University of California and the Africa Centres for Disease Control said so. Emma Long of Oxfam and Jo Park spoke.'
    const layer = mentionsOf(text)
    for (const org of ['Southwest Airlines', 'Downing Street', 'Premier League', 'General Staff', 'Bank of England', 'University of California', 'Africa Centres for Disease Control']) {
      assert.equal(actorOf(text, layer, org)?.kind, 'organisation', org)
    }
    assert.equal(actorOf(text, layer, 'Emma Long')?.kind, 'person', 'a person\'s name ends before "of"')
    assert.equal(mentionsOf('Jo Park of New York City said so. New York City said no.').actors.find((a) => a.name === 'New York City'), undefined, 'a place noun ends no person\'s name')
    const more = 'Kari Lake said she would run. Fiona Hill testified. The Liberal Democrats and the Christian Democratic Union agreed. The Chief Inspector said no.'
    const moreLayer = mentionsOf(more)
    for (const person of ['Kari Lake', 'Fiona Hill']) assert.equal(actorOf(more, moreLayer, person)?.kind, 'person', person)
    assert.equal(actorOf(more, moreLayer, 'Christian Democratic Union')?.name, 'Christian Democratic Union')
    assert.deepEqual(moreLayer.actors.filter((a) => /^Democrat/u.test(a.name)), [], 'a party\'s own name is not cut to "Democrats"')
    assert.notEqual(actorOf(more, moreLayer, 'Chief Inspector')?.kind, 'person', 'titles alone name no one')
  })

  test('lower-case particles belong to the name, and the particle surname alone is the person', () => {
    const text = 'Caroline van der Plas spoke. Erik ten Hag said the team played well. Luiz Inacio Lula da Silva said so. Bashar al-Assad said no. Later, Ten Hag said he was happy.'
    const layer = mentionsOf(text)
    for (const name of ['Caroline van der Plas', 'Erik ten Hag', 'Luiz Inacio Lula da Silva', 'Bashar al-Assad']) assert.equal(actorOf(text, layer, name)?.name, name)
    assert.equal(actorOf(text, layer, 'Hag', text.indexOf('Ten Hag said'))?.name, 'Erik ten Hag')
  })

  test('a party label describes a politician: no name of its own, and it does not join the name', () => {
    const text = 'Kentucky Republican Rand Paul spoke, and Democrat Hillary Clinton answered. Many Latino Republicans said so. Later, Democrats said no.'
    const layer = mentionsOf(text)
    assert.deepEqual(layer.actors.filter((a) => a.kind === 'person').map((a) => a.name), ['Rand Paul', 'Hillary Clinton'])
    assert.equal(actorOf(text, layer, 'Democrats')?.kind, 'group')
  })

  test('two titled names joined by "and" stay two people', () => {
    const text = 'Mr. Cruz and Mr. Rubio spoke in Iowa.'
    assert.deepEqual(mentionsOf(text).actors.filter((a) => a.kind === 'person').map((a) => a.name), ['Cruz', 'Rubio'])
  })

  test('a one-person role after a name takes that role, and the description is the same person', () => {
    const text = 'Jane Smith, a spokeswoman for the ministry, said the talks had failed. The spokeswoman added that more talks were planned.'
    const layer = mentionsOf(text)
    const smith = actorOf(text, layer, 'Jane Smith')
    assert.equal(smith?.role, 'spokeswoman')
    assert.equal(actorOf(text, layer, 'a spokeswoman')?.id, smith?.id)
    assert.equal(actorOf(text, layer, 'The spokeswoman')?.id, smith?.id)
  })

  test('a hyphenated role after a name ("a former vice-president of X") is that person\'s role, not a new actor, and "he" is the person', () => {
    const text = 'Factory owner Anisur Rahman, a former vice-president of the BGMEA, said he would pay. "We are heartbroken," he said.'
    const layer = mentionsOf(text)
    const rahman = actorOf(text, layer, 'Anisur Rahman')
    assert.equal(rahman?.role, 'vice president')
    assert.equal(actorOf(text, layer, 'a former vice-president')?.id, rahman?.id)
    assert.equal(actorOf(text, layer, 'he', text.indexOf('," he') + 3)?.id, rahman?.id)
    assert.deepEqual(layer.actors.map((a) => a.name), ['Anisur Rahman', 'BGMEA'])
  })

  test('"the minister" is the one named minister of any kind, not a prime minister, and a lower-case title before a name is that person', () => {
    const text = 'Interior Minister Dragan Stefanovic said the march was planned. "We know who they are," the minister said. Company spokesperson Erik Hallberg declined to comment, and Egyptian leader Al Sisi said nothing.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'the minister')?.name, 'Dragan Stefanovic')
    assert.equal(actorOf(text, layer, 'spokesperson Erik Hallberg')?.role, 'spokesperson')
    const sisi = actorOf(text, layer, 'Egyptian leader Al Sisi')
    assert.deepEqual([sisi?.name, sisi?.country], ['Al Sisi', 'EGY'])
    assert.deepEqual(layer.actors.filter((a) => a.kind === 'person').map((a) => a.name), ['Dragan Stefanovic', 'Erik Hallberg', 'Al Sisi'])
    const two = 'Interior Minister Ana Brnabic and Finance Minister Sinisa Mali spoke. The minister said the talks failed. Prime Minister Milos Vucevic also spoke. The minister left.'
    const people = mentionsOf(two)
    assert.equal(actorOf(two, people, 'The minister')?.name, 'the minister', 'two ministers: left unresolved')
    assert.equal(actorOf(two, people, 'The minister', two.indexOf('The minister left'))?.name, 'the minister', 'a prime minister is not "the minister"')
  })

  test('a title with a portfolio before a name ("Minister for Work Zuhal Demir") is the person; a portfolio alone names no one', () => {
    const text = 'Flemish Minister for Work Zuhal Demir said the plan would fail. Director of National Intelligence James Clapper agreed. The High Commissioner for Human Rights said human rights mattered.'
    const layer = mentionsOf(text)
    const demir = actorOf(text, layer, 'Minister for Work Zuhal Demir')
    assert.deepEqual([demir?.name, demir?.kind, demir?.role], ['Zuhal Demir', 'person', 'minister'])
    assert.equal(actorOf(text, layer, 'Director of National Intelligence James Clapper')?.name, 'James Clapper')
    assert.ok(!layer.actors.some((a) => a.name === 'Human Rights'))
  })

  test('a title or a plural owning an organisation is part of its name, but a named person\'s is not; an acronym in brackets is the organisation', () => {
    const text = 'Prime Minister\'s Office directed all agencies. The Independent Journalists\' Association of Vojvodina condemned it. Bernie Sanders spoke. Sanders’ Senate office declined. ' +
      'The Garment Manufacturers and Exporters Association (BGMEA) said it would pay. Later, BGMEA said so again.'
    const layer = mentionsOf(text)
    const names = layer.actors.map((a) => a.name)
    assert.ok(names.includes('Prime Minister\'s Office') && names.includes('Independent Journalists\' Association of Vojvodina'), names.join(', '))
    assert.equal(actorOf(text, layer, 'Sanders', text.indexOf('Sanders’'))?.name, 'Bernie Sanders')
    const association = actorOf(text, layer, 'Garment Manufacturers and Exporters Association')
    assert.equal(actorOf(text, layer, 'BGMEA')?.id, association?.id)
    assert.equal(actorOf(text, layer, 'BGMEA', text.indexOf('BGMEA said'))?.id, association?.id)
  })

  test('an acronym of an organisation\'s capitals named before is that organisation, and "the agency" may be one of no known type', () => {
    const text = 'The Korvanian Space Exploration Organisation said the rocket failed. KSEO blamed a valve. The agency said it would investigate. NATO was not involved.'
    const layer = mentionsOf(text)
    const body = actorOf(text, layer, 'Korvanian Space Exploration Organisation')
    assert.equal(actorOf(text, layer, 'KSEO')?.id, body?.id, lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'The agency')?.id, body?.id, lines(text, layer).join('; '))
    // An acronym spelling no one named before stays an actor of its own.
    assert.notEqual(actorOf(text, layer, 'NATO')?.id, body?.id)
    // "the agency" fits no company: with only a company named before, it is not that company.
    const firm = 'Brenholt Motors said sales fell. The agency said it would look into it.'
    const firmLayer = mentionsOf(firm)
    assert.notEqual(actorOf(firm, firmLayer, 'The agency')?.id, actorOf(firm, firmLayer, 'Brenholt Motors')?.id)
  })

  test('a name ending in a line of business is a company, and "the operator" stands for the company named before', () => {
    const text = 'Halvard Minerals welcomed the ruling. The company said in a statement it would begin work. ' +
      'Velka Trasa, the operator, blamed a signal fault. The operator declined to comment.'
    const layer = mentionsOf(text)
    const miner = actorOf(text, layer, 'Halvard Minerals')
    assert.equal(miner?.kind, 'organisation', lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'The company')?.id, miner?.id)
    const operator = actorOf(text, layer, 'Velka Trasa')
    assert.equal(operator?.kind, 'organisation', lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'The operator')?.id, operator?.id)
  })

  test('an untitled name whose sentence goes on "that he/she" is a person\'s, not a body\'s', () => {
    const text = 'Eoghan Kilbride stood before the cameras and announced, to nobody\'s surprise, that he had won. Brenholt Widgets announced a loss.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Eoghan Kilbride')?.kind, 'person', lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'he', text.indexOf('that he') + 5)?.name, 'Eoghan Kilbride')
    assert.notEqual(actorOf(text, layer, 'Brenholt Widgets')?.kind, 'person')
  })

  test('a role set off before a titled name is that person\'s: "A harbour police spokesman, Inspector Dara Quill, said"', () => {
    const text = 'A harbour police spokesman, Inspector Dara Quill, said the ferry sank.'
    const layer = mentionsOf(text)
    const quill = actorOf(text, layer, 'A harbour police spokesman, Inspector Dara Quill')
    assert.equal(quill?.name, 'Dara Quill', lines(text, layer).join('; '))
    assert.equal(quill?.role, 'spokesman')
    assert.equal(layer.actors.length, 1, lines(text, layer).join('; '))
  })

  test('place names are no people: a dateline\'s or "in X" name everywhere, a place noun no one has for a surname, a run ending in a demonym', () => {
    const text = 'NOVI SAD, Serbia (AP) — Thousands gathered in Novi Sad on Sunday. Novi Sad has seen protests since March. ' +
      'The fire recalled Rana Plaza, and Rana Plaza is remembered. The North American market shrank, North American buyers said, and David French agreed.'
    const layer = mentionsOf(text)
    const people = layer.actors.filter((a) => a.kind === 'person').map((a) => a.name)
    assert.deepEqual(people, ['David French'])
  })

  test('"the carrier", "the company", "the agency" are the last named organisation they fit', () => {
    const text = 'Southwest Airlines cancelled 500 flights. The carrier blamed the weather. The Justice Department opened an inquiry. The agency said it would report. The company said refunds would follow.'
    const layer = mentionsOf(text)
    const southwest = actorOf(text, layer, 'Southwest Airlines')
    assert.equal(actorOf(text, layer, 'The carrier')?.id, southwest?.id)
    assert.equal(actorOf(text, layer, 'The company')?.id, southwest?.id, 'a company noun skips the department mentioned since')
    assert.equal(actorOf(text, layer, 'The agency')?.name, 'Justice Department')
  })

  test('"the regulator", "the office", "the mission" are the last named body its name\'s head or its description fits', () => {
    const text = 'The Federal Data Office fined Acme Corp on Monday. The regulator said Acme had ignored warnings, and the office said it would publish the ruling. ' +
      'The United Nations Assistance Mission in Somalia said 12 civilians had died. The mission said it would investigate. ' +
      'The FCA, a financial regulator based in London, declined to comment. Later the regulator said it had opened a case. The European Commission agreed, and the Commission said so.'
    const layer = mentionsOf(text)
    const office = actorOf(text, layer, 'Federal Data Office')
    assert.equal(actorOf(text, layer, 'The regulator')?.id, office?.id, lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'the office')?.id, office?.id)
    assert.equal(actorOf(text, layer, 'The mission')?.name, 'United Nations Assistance Mission')
    assert.equal(actorOf(text, layer, 'the regulator', text.indexOf('Later'))?.name, 'FCA', 'a description set off after the name says what it is')
    assert.equal(actorOf(text, layer, 'Commission', text.indexOf('the Commission'))?.name, 'European Commission')
  })

  test('an organisation named with its aim after "to" or after a demonym is one name: "Committee to Protect Journalists", "Turkish Medical Association"; a ministry stays the state\'s', () => {
    const text = 'The Committee to Protect Journalists and the Turkish Medical Association said so. The Turkish Foreign Ministry disagreed.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Committee to Protect Journalists')?.kind, 'organisation', lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'Turkish Medical Association')?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'Turkish', text.indexOf('The Turkish Foreign'))?.kind, 'country', 'the ministry\'s demonym is its state')
    const unit = 'The Athletics Integrity Unit said the sample was clean. The Appeals Tribunal and the Labour Inspectorate disagreed.'
    const unitLayer = mentionsOf(unit)
    for (const name of ['Athletics Integrity Unit', 'Appeals Tribunal', 'Labour Inspectorate']) assert.equal(actorOf(unit, unitLayer, name)?.kind, 'organisation', name)
    const later = 'The Committee to Protect Journalists condemned the verdict. At least 14 journalists are jailed, according to the committee.'
    const laterLayer = mentionsOf(later)
    assert.equal(actorOf(later, laterLayer, 'the committee')?.name, 'Committee to Protect Journalists', 'the noun before its aim heads the name')
  })

  test('a name after "a spokeswoman for X," is that person, and X stays an organisation of its own', () => {
    const text = 'A spokeswoman for the Northland Red Crescent, Amina Sekou, said teams were working. "We are counting," she said. ' +
      'Doctors Without Borders and the Kestrel Medical Chamber said more had died.'
    const layer = mentionsOf(text)
    const amina = actorOf(text, layer, 'A spokeswoman for the Northland Red Crescent, Amina Sekou')
    assert.deepEqual([amina?.name, amina?.kind, amina?.role], ['Amina Sekou', 'person', 'spokeswoman'], lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'she')?.id, amina?.id)
    for (const org of ['Northland Red Crescent', 'Doctors Without Borders', 'Kestrel Medical Chamber']) assert.equal(actorOf(text, layer, org)?.kind, 'organisation', org)
  })

  test('a person\'s affiliation: the organisation named next to them as where they work or whom they speak for', () => {
    const affiliationOf = (text: string, person: string): string | undefined => {
      const layer = mentionsOf(text)
      const actor = layer.actors.find((a) => a.name === person)
      return layer.actors.find((a) => a.id === actor?.affiliation)?.name
    }
    const cases: readonly (readonly [string, string, string | undefined])[] = [
      ['Prices rose again, said Ana Ruiz, chief economist at Banco Meridional.', 'Ana Ruiz', 'Banco Meridional'],
      ['The data are thin, said economist Rui Matos of the Porto Housing Institute.', 'Rui Matos', 'Porto Housing Institute'],
      ['A spokeswoman for the Northland Red Crescent, Amina Sekou, said teams were ready.', 'Amina Sekou', 'Northland Red Crescent'],
      // The organisation a description stands for: "the coalition" after its name.
      ['The Green Future Coalition met on Monday. Marta Lopes, a spokeswoman for the coalition, said the talks failed.', 'Marta Lopes', 'Green Future Coalition'],
      ['Nordvik Holdings reported a loss. Its president, Luisa Fuentes, said costs had risen.', 'Luisa Fuentes', 'Nordvik Holdings'],
      ['Costs rose, Kestrel CEO John Harlow said on Monday. Kestrel shares fell.', 'John Harlow', 'Kestrel'],
      ['Tom Reyes, who heads the Coastal Fishing Association, said stocks were low.', 'Tom Reyes', 'Coastal Fishing Association'],
      ['Paul Brandt of the Federal Labour Office said hiring had slowed.', 'Paul Brandt', 'Federal Labour Office'],
      // Not a place after "of", a person's name after "for", nor a list after a comma.
      ['Mayor Jane Holt of Springfield said the plant would close.', 'Jane Holt', undefined],
      ['A spokesman for Maria Keller declined to comment on the Senate vote.', 'Maria Keller', undefined],
      ['Voters backed Ellen Marsh, but many other members of the Liberty Party did not.', 'Ellen Marsh', undefined],
      ['Norway evacuated its embassy and withdrew its ambassador.', 'the ambassador', undefined],
      // A party word before "Minister" names the remit ("Labour Minister": of labour); before "MP" the party.
      ['Labour Minister Tomas Erlend said the reform was unavoidable.', 'Tomas Erlend', undefined],
      ['Labour MP Jane Doe said the reform was cruel.', 'Jane Doe', 'Labour Party'],
      // The head noun of an organisation named before, in lower case before the role: "board spokeswoman" of the Board.
      ['The Harlow Water Board said supplies were safe. "We are testing," said board spokeswoman Lena Ortiz.', 'Lena Ortiz', 'Harlow Water Board'],
      ['The Harlow Water Board said supplies were safe. Party spokeswoman Lena Ortiz disagreed.', 'Lena Ortiz', undefined],
    ]
    for (const [text, person, expected] of cases) assert.equal(affiliationOf(text, person), expected, `${text}: ${lines(text, mentionsOf(text)).join('; ')}`)
  })

  test('where a person works is an organisation even when nothing else marks it: "analyst at Centerline", "Kestrel CEO"; not "the mayor of Roanoke"', () => {
    const text = 'Howard Lane, a senior analyst at Centerline, said demand was weak. On Monday Kestrel CEO John Harlow agreed. The mayor of Roanoke did not.'
    const layer = mentionsOf(text)
    for (const org of ['Centerline', 'Kestrel']) assert.equal(actorOf(text, layer, org)?.kind, 'organisation', `${org}: ${lines(text, layer).join('; ')}`)
    assert.notEqual(actorOf(text, layer, 'Roanoke')?.kind, 'organisation')
  })

  test('a party label before a title or a first name is the person\'s party, not part of the name', () => {
    const text = 'Former Tory MP Helen Roddick said the bill was flawed. Democratic Rep. Omar Vance agreed, as did Republican lawmaker Dana Keel. Democrat Lucy Barton did not.'
    const layer = mentionsOf(text)
    const byId = new Map(layer.actors.map((a) => [a.id, a]))
    const cases = [['MP Helen Roddick', 'Helen Roddick', 'member of parliament', 'Conservative Party'], ['Rep. Omar Vance', 'Omar Vance', 'representative', 'Democratic Party'],
      ['lawmaker Dana Keel', 'Dana Keel', 'lawmaker', 'Republican Party'], ['Lucy Barton', 'Lucy Barton', undefined, 'Democratic Party']] as const
    for (const [surface, name, role, party] of cases) {
      const person = actorOf(text, layer, surface)
      assert.deepEqual([person?.name, person?.kind, person?.role, byId.get(person?.affiliation ?? '')?.name], [name, 'person', role, party], lines(text, layer).join('; '))
    }
  })

  test('a ministry by its remit ("the emergencies ministry") or its capitalised name ("the Ministry of Justice") is that ministry, never another one', () => {
    const text = 'Speaking at the Ministry of Foreign Affairs, Jane Roe said the talks failed. The emergencies ministry said 12 people died. The Ministry of Justice said the report was wrong.'
    const layer = mentionsOf(text)
    const foreign = actorOf(text, layer, 'Ministry of Foreign Affairs')
    const emergencies = actorOf(text, layer, 'emergencies ministry')
    const justice = actorOf(text, layer, 'Ministry of Justice')
    assert.deepEqual([emergencies?.name, justice?.name], ['emergencies ministry', 'Ministry of Justice'], lines(text, layer).join('; '))
    assert.equal(new Set([foreign?.id, emergencies?.id, justice?.id]).size, 3)
  })

  test('a capitalised court or tribunal of a field is named whole ("the Court of Arbitration for Sport"); one of a country is its institution', () => {
    const text = 'Jane Roe appealed, the Court of Arbitration for Sport confirmed. The Tribunal of Commerce ruled. The court of Kenya ruled too.'
    const layer = mentionsOf(text)
    assert.deepEqual(['Court of Arbitration for Sport', 'Tribunal of Commerce'].map((surface) => actorOf(text, layer, surface)?.name),
      ['Court of Arbitration for Sport', 'Tribunal of Commerce'], lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'The court of Kenya')?.country, 'KEN', lines(text, layer).join('; '))
  })

  test('a work or place named after a sovereign or saint ("the King James Bible", "King George Street") is no person; "King Charles" is', () => {
    const text = 'The preacher read from the King James Bible. Traffic on King George Street was closed. The Queen Elizabeth Prize was awarded. King Charles spoke.'
    const layer = mentionsOf(text)
    assert.deepEqual(layer.actors.filter((a) => a.kind === 'person').map((a) => a.name), ['Charles'], lines(text, layer).join('; '))
  })

  test('"FM", "PM", "DPM" are titles: "Deputy FM Jane Roe" is Jane Roe, a deputy foreign minister', () => {
    const text = 'Tarovian Deputy FM Lena Orlova said the talks failed. PM Ivo Marek disagreed.'
    const layer = mentionsOf(text)
    const people = layer.actors.filter((a) => a.kind === 'person').map((a) => `${a.name} | ${a.role}`)
    assert.deepEqual(people, ['Lena Orlova | deputy foreign minister', 'Ivo Marek | prime minister'], lines(text, layer).join('; '))
  })

  test('a sentence\'s first word before an organisation\'s title names the organisation ("Solvane boss"), not a common word ("Interim CEO")', () => {
    const text = 'Solvane boss Ravi Menon declined to comment. Interim CEO Clara Voss said sales fell.'
    const layer = mentionsOf(text)
    const ravi = actorOf(text, layer, 'boss Ravi Menon')
    assert.deepEqual([ravi?.name, ravi?.role, layer.actors.find((a) => a.id === ravi?.affiliation)?.name], ['Ravi Menon', 'boss', 'Solvane'], lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'Interim'), undefined)
  })

  test('a common word opening a sentence before a first name describes the person: "Pensioner Jane Doe" is Jane Doe', () => {
    const text = 'Pensioner Derek Grieve, 80, said he was unwell. Nurse Ellen Shaw agreed. San Pedro Sula was quiet.'
    const layer = mentionsOf(text)
    for (const name of ['Derek Grieve', 'Ellen Shaw']) assert.equal(actorOf(text, layer, name)?.name, name, lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'San Pedro Sula')?.kind, 'place', 'a place opening with a common word keeps its name')
  })

  test('a place before "resident", "local" or "mother-of-two" and a name is where the person lives: "Shelby Creek resident Jo Pike" is Jo Pike', () => {
    const text = 'Shelby Creek resident Ruth Penrose told Reuters the road had gone. Carson Flat local Ada Finch told the BBC she left at dawn.'
    const layer = mentionsOf(text)
    for (const [place, person] of [['Shelby Creek', 'Ruth Penrose'], ['Carson Flat', 'Ada Finch']] as const) {
      assert.notEqual(actorOf(text, layer, place)?.kind, 'person', lines(text, layer).join('; '))
      assert.equal(actorOf(text, layer, person)?.kind, 'person', lines(text, layer).join('; '))
    }
  })

  test('a common word opening a sentence before the surname of a person named earlier describes them: "Wealthy Grieve" is Grieve', () => {
    const text = 'Callous Tobias Grieve, 61, kept the deposits. Wealthy Grieve, who owns six flats, was convicted.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Grieve', text.indexOf('Wealthy'))?.name, 'Tobias Grieve', lines(text, layer).join('; '))
    assert.equal(layer.actors.length, 1, lines(text, layer).join('; '))
  })

  test('people before where they are from are the ones mentioned, not the place: "a woman from Tarnow", "families in Opole"', () => {
    const text = 'Mayor Piotr Lis spoke first. A woman from Tarnow said she had lost her home. Families in Opole said they were afraid. ' +
      'Karl Benz — a teacher from Leipzig — said he would stay. A man in Gdansk told her he was leaving. The parent company in Ohio said nothing.'
    const layer = mentionsOf(text)
    const woman = actorOf(text, layer, 'A woman')
    assert.deepEqual([woman?.name, woman?.kind], ['a woman', 'person'], lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'she')?.id, woman?.id, 'her pronoun is the woman, not the mayor')
    assert.equal(actorOf(text, layer, 'Families')?.kind, 'unnamed')
    assert.equal(actorOf(text, layer, 'a teacher')?.name, 'Karl Benz', 'a description in apposition after a dash is the person named')
    assert.equal(actorOf(text, layer, 'he', text.indexOf('he was leaving'))?.name, 'a man', 'a man is a "he", a woman is not')
    assert.equal(actorOf(text, layer, 'parent company'), undefined, 'one person needs a determiner')
  })

  test('a country before an organisation\'s name is its country, not the actor: "the U.S. Food and Drug Administration"', () => {
    const text = 'The U.S. Federal Aviation Administration said the jet was safe. Germany’s Federal Cartel Office agreed.'
    const layer = mentionsOf(text)
    for (const [name, country] of [['Federal Aviation Administration', 'USA'], ['Federal Cartel Office', 'DEU']] as const) {
      const org = actorOf(text, layer, name)
      assert.deepEqual([org?.kind, org?.country], ['organisation', country], lines(text, layer).join('; '))
    }
  })

  test('an office written with capitals and no name after it is a description: "the Prime Minister", "the Head of State"', () => {
    const text = 'Prime Minister Ana Ruiz arrived late. The Head of State said the talks had failed. Later the Prime Minister left.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'Head of State')?.name, actorOf(text, layer, 'Head of State')?.role], ['the head of state', 'head of state'], lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'Prime Minister', text.indexOf('the Prime'))?.name, 'Ana Ruiz')
  })

  test('where a company is listed or based qualifies a noun that still stands for it: "the FTSE 250 group", "the Leeds-listed company"', () => {
    const text = 'Drug maker Corvane Holdings cut its forecast. The FTSE 250 group said sales fell. The Leeds-listed company said it expected a charge. The FTSE 100 closed higher.'
    const layer = mentionsOf(text)
    for (const surface of ['The FTSE 250 group', 'The Leeds-listed company']) assert.equal(actorOf(text, layer, surface)?.name, 'Corvane Holdings', lines(text, layer).join('; '))
    assert.equal(layer.actors.find((a) => a.name === 'FTSE'), undefined, 'the index is no actor')
  })

  test('a lower-case word inside a name that the acronym after it spells out stays in the name, and the acronym names it later', () => {
    const text = 'The Fisheries and Coastal waters Protection Board (FCPB) fined the firm. Later the FCPB said it would appeal. The Hall of Fame opened (a rare event) in May.'
    const layer = mentionsOf(text)
    const board = actorOf(text, layer, 'Fisheries and Coastal waters Protection Board')
    assert.equal(board?.kind, 'organisation', lines(text, layer).join('; '))
    assert.ok(board?.aliases.includes('FCPB'))
    assert.equal(actorOf(text, layer, 'FCPB', text.indexOf('the FCPB'))?.id, board?.id)
  })

  test('two words of the companies\' class, or a company head word, name a company with no other context; not a person\'s surname', () => {
    const text = 'Goldman Sachs said profits fell. Orvane Biotech said it would cut jobs. Rep. Debbie Wasserman Schultz spoke. Wasserman Schultz said no.'
    const layer = mentionsOf(text)
    for (const org of ['Goldman Sachs', 'Orvane Biotech']) assert.equal(actorOf(text, layer, org)?.kind, 'organisation', `${org}: ${lines(text, layer).join('; ')}`)
    assert.equal(actorOf(text, layer, 'Wasserman Schultz', text.indexOf('Wasserman Schultz said'))?.kind, 'person')
    const short = 'Orvane Pharma cut its forecast. Drug giant Orvane knew it.'
    assert.equal(actorOf(short, mentionsOf(short), 'Orvane', short.indexOf('giant'))?.name, 'Orvane Pharma', 'a company shortened to its first word')
  })

  test('military ranks, with "(retd)", are titles before a name; "Gen" alone is a first name', () => {
    const text = '"It was planned," said defence analyst Brigadier (retd) Omar Farid. Lt Gen Tariq Aziz agreed, and Defence Minister Gen Nakamura did not.'
    const layer = mentionsOf(text)
    const omar = actorOf(text, layer, 'Brigadier (retd) Omar Farid')
    assert.deepEqual([omar?.name, omar?.kind, omar?.role], ['Omar Farid', 'person', 'brigadier'], lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'Lt Gen Tariq Aziz')?.name, 'Tariq Aziz')
    assert.equal(actorOf(text, layer, 'Defence Minister Gen Nakamura')?.name, 'Gen Nakamura')
  })

  test('"Sen", "Rep" and "Gov" written without a full stop are titles before a name; "Sen" ending a name stays in it', () => {
    const text = 'The vote slipped, Sen Dick Durbin said. Rep Nora Vance agreed, and Gov Ann Lee objected. The economist Amartya Sen and Prime Minister Hun Sen spoke later.'
    const layer = mentionsOf(text)
    const roles = ['Sen Dick Durbin', 'Rep Nora Vance', 'Gov Ann Lee'].map((surface) => actorOf(text, layer, surface)).map((a) => [a?.name, a?.role])
    assert.deepEqual(roles, [['Dick Durbin', 'senator'], ['Nora Vance', 'representative'], ['Ann Lee', 'governor']], lines(text, layer).join('; '))
    assert.ok(layer.actors.some((a) => a.name === 'Amartya Sen'), lines(text, layer).join('; '))
    assert.ok(layer.actors.some((a) => a.name === 'Hun Sen'), lines(text, layer).join('; '))
  })

  test('"Sen", "Rep", "Gov" are no titles after a name word or in a title-case headline', () => {
    const text = 'Laos Premier Hun Sen Backs The Dam Plan\n\nGov Shutdown Nears In Capital\n\nThe premier Hun Sen spoke on Monday. Republican Sen Dick Durbin said the vote slipped.'
    const layer = mentionsOf(text)
    assert.ok(!layer.actors.some((a) => a.name === 'Hun' || a.name === 'Shutdown' || a.name === 'Backs The Dam Plan'), lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'Sen Dick Durbin')?.name, 'Dick Durbin', lines(text, layer).join('; '))
  })

  test('"Sen", "Rep", "Gov" after a place are titles; a line with lower-case words other than function words is no title-case headline', () => {
    const text = 'Oregon Gov Nora Vance said the levy would pass. New Mexico Rep Tom Vale told reporters he agreed.\n\nSen Ann Lee won big in Iowa.'
    const layer = mentionsOf(text)
    const roles = ['Oregon Gov Nora Vance', 'New Mexico Rep Tom Vale', 'Sen Ann Lee'].map((surface) => actorOf(text, layer, surface)).map((a) => [a?.name, a?.role])
    assert.deepEqual(roles, [['Nora Vance', 'governor'], ['Tom Vale', 'representative'], ['Ann Lee', 'senator']], lines(text, layer).join('; '))
  })

  test('a rank abbreviated with a full stop the tokenizer keeps apart ("Det.", "Insp.", "Maj.") is a title before the name', () => {
    const text = '"The yard was empty," said Det. Ana Ruiz of the harbour police. Insp. Tom Vale agreed, and Maj. Lena Ost did not.'
    const layer = mentionsOf(text)
    const ana = actorOf(text, layer, 'Det. Ana Ruiz')
    assert.deepEqual([ana?.name, ana?.kind, ana?.role], ['Ana Ruiz', 'person', 'detective'], lines(text, layer).join('; '))
    assert.deepEqual([actorOf(text, layer, 'Insp. Tom Vale')?.name, actorOf(text, layer, 'Maj. Lena Ost')?.role], ['Tom Vale', 'major'])
    assert.ok(!layer.actors.some((a) => /^(?:Det|Insp|Maj)$/u.test(a.name)), lines(text, layer).join('; '))
  })

  test('a name with an age in apposition is a person, whom "she" then means rather than the last speaker', () => {
    const text = 'Spokesman Tomasz Reda said no jobs would go. Wiesława Kruk, 71, from Tarnów, learned of the theft from a caller. "He knew my address," she said.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'Wiesława Kruk')?.kind, actorOf(text, layer, 'she')?.name], ['person', 'Wiesława Kruk'], lines(text, layer).join('; '))
  })

  test('"senior" or "top" before an institution ranks its members and makes it no local one: "a senior government source" names the government', () => {
    const text = 'A senior government source said the talks had failed. Local police said the road was closed.'
    const layer = mentionsOf(text)
    assert.deepEqual(layer.actors.map((a) => a.name), ['government', 'local police'], lines(text, layer).join('; '))
  })

  test('an institution keeps the level its modifier gives it: "federal authorities" and "a state court" are no "local" ones', () => {
    const text = 'Federal authorities said the accounts were frozen. A state court said the case would go ahead. Local police said the road was closed.'
    const layer = mentionsOf(text)
    assert.deepEqual(layer.actors.map((a) => a.name), ['federal authorities', 'state court', 'local police'], lines(text, layer).join('; '))
  })

  test('"the Fraternal Order of Police Lodge 17", "the Calvera Red Cross" and "the UN refugee agency" are organisations of their own; "the police union" is not the police', () => {
    const text = 'The Fraternal Order of Police Lodge 17 said the officer followed his training. The police union claimed he did nothing wrong. ' +
      'The Calvera Red Cross said 40 people were treated. The UN refugee agency said it was saddened.'
    const layer = mentionsOf(text)
    assert.deepEqual(layer.actors.map((a) => `${a.name}|${a.kind}`), ['Fraternal Order of Police Lodge|organisation', 'Calvera Red Cross|organisation', 'United Nations|organisation', 'UN refugee agency|organisation'], lines(text, layer).join('; '))
  })

  test('a name ending in "Order" is a law or a work, no organisation; "Critics of Mayor Linda Farrow" leaves the mayor her name', () => {
    const text = 'He signed an Executive Order on Monday under the Fire Safety Order 2005. Critics of Mayor Linda Farrow said she had moved too slowly.'
    const layer = mentionsOf(text)
    assert.deepEqual(layer.actors.map((a) => `${a.name}|${a.kind}`), ['critics|unnamed', 'Linda Farrow|person'], lines(text, layer).join('; '))
  })

  test('"social media" and "speak to the media" name no actor; "local media" said does', () => {
    const text = 'Local media said the toll was higher. Rumours spread on social media, and an official not authorised to speak to the media confirmed them.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Local media')?.role, 'media')
    assert.deepEqual(layer.mentions.filter((m) => m.span.start > text.indexOf('Rumours')).map((m) => text.slice(m.span.start, m.span.end)).filter((s) => /media/u.test(s)), [])
  })

  test('a time zone after "a.m.", "p.m.", "noon" or a clock time is no actor: "9 a.m. ET", "noon PT", "10:30 CT"', () => {
    const text = 'The page went up at about 9 a.m. ET on Friday. A second post followed at noon PT. Fans replied by 10:30 CT.'
    const layer = mentionsOf(text)
    for (const word of ['ET', 'PT', 'CT']) assert.equal(actorOf(text, layer, word), undefined, word)
  })

  test('a time zone, a currency code and "Company spokesman" name no organisation; "X\'s management" makes X a company', () => {
    const text = 'The quake struck at 11:42 p.m. (2042 GMT). Vistula was fined PLN 48.6 million. Vistula’s management insists the number is smaller. ' +
      'Company spokesman Jan Nowak said the company would appeal.'
    const layer = mentionsOf(text)
    for (const word of ['GMT', 'PLN', 'Company']) assert.equal(actorOf(text, layer, word), undefined, word)
    const vistula = actorOf(text, layer, 'Vistula', text.indexOf('Vistula’s'))
    assert.equal(vistula?.kind, 'organisation', lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'the company')?.id, vistula?.id)
  })

  test('a country\'s body described by its field ("Poland\'s data protection office") is an organisation "the regulator" then means', () => {
    const text = "Poland's data protection office fined a retailer on Tuesday. The regulator said the firm had ignored a flaw. Britain's competition watchdog CMA agreed."
    const layer = mentionsOf(text)
    const office = actorOf(text, layer, 'data protection office')
    assert.deepEqual([office?.name, office?.kind, office?.country], ['Poland data protection office', 'organisation', 'POL'], lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'The regulator')?.id, office?.id)
    assert.equal(actorOf(text, layer, 'competition watchdog'), undefined, 'a description before a name is no body of its own')
  })

  test('a country\'s body described by its field is the one named body whose name holds that field, before or after it', () => {
    for (const text of [
      "Poland's data protection authority fined the retailer. The Personal Data Protection Office (UODO) said the firm broke the rules.",
      "The Personal Data Protection Office (UODO) fined the retailer. Poland's data protection authority said the firm broke the rules.",
    ]) {
      const layer = mentionsOf(text)
      assert.equal(actorOf(text, layer, 'data protection authority')?.id, actorOf(text, layer, 'Personal Data Protection Office')?.id, text)
    }
    // Two bodies with that field: the description stays its own.
    const two = "Poland's data protection authority acted. The Data Protection Office and the Data Protection Commission met."
    assert.equal(actorOf(two, mentionsOf(two), 'data protection authority')?.name, 'Poland data protection authority')
    // A body whose name names another place or region is not this country's.
    const other = "Britain's medicines regulator ordered a recall. The European Medicines Agency said it was reviewing the case."
    assert.notEqual(actorOf(other, mentionsOf(other), 'medicines regulator')?.name, 'European Medicines Agency')
  })

  test('"the regulator" with no named body before it is no organisation, only its unnamed role; "a regulator" no one; nor is "authority" before a name', () => {
    const text = 'The regulator said the fine was fair. A regulator could object. Critics doubted the authority Jones had.'
    const layer = mentionsOf(text)
    // No body is made up from a common noun: "the regulator" of one article is not another's.
    assert.equal(actorOf(text, layer, 'The regulator')?.kind, 'unnamed')
    assert.equal(actorOf(text, layer, 'A regulator'), undefined)
    assert.notEqual(actorOf(text, layer, 'Jones')?.kind, 'organisation')
  })

  test('an organisation noun that is not "the" head of a noun phrase, or opens a name, is no description', () => {
    const text = 'Deutsche Bank reported a loss. A bank in Ohio did too. The bank account was closed. The Organization for Economic Cooperation and Development said so.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'A bank'), undefined)
    assert.equal(actorOf(text, layer, 'The bank'), undefined)
    assert.equal(actorOf(text, layer, 'Organization for Economic Cooperation and Development')?.kind, 'organisation')
  })

  test('a noun before or after a name, and "\'s shares", make it an organisation the noun then describes', () => {
    const text = 'The militant group Ansar al-Sharia claimed the attack. Morgan Stanley\'s shares fell. The group said it would fight on.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Ansar al-Sharia')?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'Morgan Stanley')?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'The group')?.name, 'Ansar al-Sharia', 'the group skips the company mentioned since')
  })

  test('untitled two-word names the context shows are companies: an ampersand, moving shares, its shareholders, a head "of" it, a legal form elsewhere, "the company" next', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['Quill & Dunmore said it would appeal the verdict.', 'Quill & Dunmore'],
      ['Harlow Brisk shares rose 4 percent on Monday.', 'Harlow Brisk'],
      ['Tessel Marn said its shareholders would vote on the offer.', 'Tessel Marn'],
      // A first name opens it, yet no person heads a person.
      ['Jane Doe, chief executive of Morgan Halvard, said the firm would grow.', 'Morgan Halvard'],
      ['Korvel Brandt Corp reported a loss. Korvel Brandt said prices had fallen.', 'Korvel Brandt'],
      ['Brask Olund said on Tuesday that profits fell. The company said prices would rise.', 'Brask Olund'],
      // A first name opens it, but it issues a statement about "the company".
      ['Morgan Halvard said in a statement that the company would cut 200 jobs.', 'Morgan Halvard'],
    ]
    for (const [text, name] of cases) {
      const layer = mentionsOf(text)
      const last = text.lastIndexOf(name)
      assert.equal(actorOf(text, layer, name, last)?.kind, 'organisation', text)
    }
    const brask = 'Brask Olund said on Tuesday that profits fell. The company said prices would rise.'
    assert.equal(actorOf(brask, mentionsOf(brask), 'The company')?.name, 'Brask Olund', '"the company" is the name it showed a company')
    // A first name, a surname used alone, the company noun in a quotation or a place after "of" keep people and places.
    for (const [text, name] of [
      ['Maria Lopez said on Tuesday that the company had lied to her.', 'Maria Lopez'],
      ['Tomas Vrell said on Tuesday that the company would appeal. Vrell declined to say more.', 'Tomas Vrell'],
      ['Anh Tuyet said: "The company was wrong."', 'Anh Tuyet'],
    ] as const) assert.equal(actorOf(text, mentionsOf(text), name)?.kind, 'person', text)
    const place = 'Ron Cole, the chief executive of Little Rock, Arkansas-based Mountaire, gave $5 million.'
    assert.notEqual(actorOf(place, mentionsOf(place), 'Little Rock')?.kind, 'organisation')
  })

  test('a speaking first word of a two-word company\'s name is that company, but not a party or place word', () => {
    const text = 'The hospital group Meridian Health said on Thursday that hackers stole patient data. Meridian said card data was safe. Republican Party leaders met. Republican voters were angry.'
    const layer = mentionsOf(text)
    const meridian = actorOf(text, layer, 'Meridian', text.indexOf('Meridian said'))
    assert.deepEqual([meridian?.name, meridian?.kind], ['Meridian Health', 'organisation'])
    assert.notEqual(actorOf(text, layer, 'Republican', text.indexOf('Republican voters'))?.name, 'Republican Party')
  })

  test('a company\'s first word before a title is the company named before, and a word shown elsewhere to name an organisation names it throughout', () => {
    const text = 'Food giant Cardell Group announced the deal on Monday. Cardell CEO Laura Brennecke said it was fair. Brightwater told reporters it would fight. Brightwater\'s shares closed higher. Investors in Cardell cheered.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Cardell', text.indexOf('Cardell CEO'))?.name, 'Cardell Group')
    assert.equal(actorOf(text, layer, 'Cardell', text.indexOf('Cardell cheered'))?.name, 'Cardell Group')
    assert.equal(actorOf(text, layer, 'Brightwater')?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'Brightwater', text.indexOf('Brightwater\'s'))?.id, actorOf(text, layer, 'Brightwater')?.id)
  })

  test('a subordinator opening a sentence or a paragraph is no part of the name after it', () => {
    const text = 'The deal looks cheap.\n\nWhen Cardell Group bought Ardent in 2019, rivals objected. After Brightwater Foods objected, the deal stalled.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Cardell Group')?.name, 'Cardell Group')
    assert.equal(actorOf(text, layer, 'Brightwater Foods')?.name, 'Brightwater Foods')
  })

  test('a focus adverb opening a sentence is no part of the name after it', () => {
    const text = 'North Korean leader Kim Jong Un met Trump on Tuesday.\nEven Kim seemed to acknowledge it. Only Putin stayed silent, said Putin aide Dmitry Peskov.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Kim', text.indexOf('Kim seemed'))?.name, 'Kim Jong Un')
    assert.ok(!layer.actors.some((a) => /^(?:Even|Only) /u.test(a.name)), layer.actors.map((a) => a.name).join(', '))
  })

  test('"his wife" names the person the text called his wife before, and no one else', () => {
    const text = 'Anton Belic was held for 19 months. Lidija Belic, his wife, met him at the airport. His wife said he wanted to rest.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'His wife')?.name, 'Lidija Belic')
    assert.equal(actorOf(text, layer, 'him')?.name, 'Anton Belic')
    // With no apposition, the one other person of his surname.
    const namesake = 'Lidija Belic learned of the release from a phone call. Anton Belic was held for 19 months. His wife said he wanted to rest.'
    assert.equal(actorOf(namesake, mentionsOf(namesake), 'His wife')?.name, 'Lidija Belic')
    // "Belic himself" is the man of that name, not the woman "she" stood for.
    const himself = 'Lidija Belic said she was happy. "I waited," she said. Anton Belic was held for 19 months. Belic himself has not spoken. His wife said he wanted to rest.'
    assert.equal(actorOf(himself, mentionsOf(himself), 'Belic', himself.indexOf('Belic himself'))?.name, 'Anton Belic')
    assert.equal(actorOf(himself, mentionsOf(himself), 'His wife')?.name, 'Lidija Belic')
    const unnamed = 'Tom Reed died on Monday. His wife said he was kind.'
    assert.equal(actorOf(unnamed, mentionsOf(unnamed), 'His wife'), undefined)
    // Whose kin someone is stays a mention of its own.
    const of = 'Jerry Hall is the ex-wife of Mick Jagger. His father was the son of German immigrants.'
    assert.equal(actorOf(of, mentionsOf(of), 'Mick Jagger')?.kind, 'person')
    assert.equal(actorOf(of, mentionsOf(of), 'German')?.kind, 'country')
  })

  test('"the official" names the official described before, even of a country the gazetteer does not know; "an official" is someone new', () => {
    const text = 'A Talmerian official said money had been unfrozen. The official said the talks were over. Jane Roe, a senior Omani diplomat, said it was over. ' +
      'The diplomat added more. An official visit is planned, and official figures showed a fall. A Russian official said no.'
    const layer = mentionsOf(text)
    const official = actorOf(text, layer, 'A Talmerian official')
    assert.deepEqual([official?.name, official?.kind], ['Talmerian official', 'unnamed'])
    assert.equal(actorOf(text, layer, 'The official')?.id, official?.id)
    assert.equal(actorOf(text, layer, 'The diplomat')?.name, 'Jane Roe')
    assert.equal(actorOf(text, layer, 'official', text.indexOf('official visit')), undefined)
    assert.equal(actorOf(text, layer, 'official', text.indexOf('official figures')), undefined)
    const russian = actorOf(text, layer, 'A Russian official')
    assert.deepEqual([russian?.kind, russian?.country], ['unnamed', 'RUS'])
    assert.notEqual(russian?.id, official?.id)
    // The words between the determiner and the role tell who it is.
    const modified = 'A Pakistani security official said the depot stored explosives. Leonard Burman, a former official in the Treasury, disagreed. A Western diplomat said no.'
    const security = actorOf(modified, mentionsOf(modified), 'A Pakistani security official')
    assert.deepEqual([security?.name, security?.country], ['Pakistani security official', 'PAK'])
    assert.equal(actorOf(modified, mentionsOf(modified), 'a former official')?.name, 'Leonard Burman')
    assert.equal(actorOf(modified, mentionsOf(modified), 'A Western diplomat')?.name, 'Western diplomat')
    // Where they work stays a mention of its own, and the official is left to the attribution stage.
    const at = 'A senior official at the Finance Ministry said the budget would be cut.'
    assert.equal(actorOf(at, mentionsOf(at), 'A senior official'), undefined)
    assert.equal(actorOf(at, mentionsOf(at), 'Finance Ministry')?.kind, 'organisation')
  })

  test('"the anti-doping body" is the body named before; a dateline with a date and an agency is a place; a town a quotation is attributed to is a surname', () => {
    const text = 'LONDON, Nov 17 (PSA) - Sport Integrity Britain (SIB) banned a runner on Tuesday. She failed a test, the anti-doping body said in a statement. ' +
      '"I ate the same steak," Harrow told the Ledger.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'the anti-doping body')?.name, 'Sport Integrity Britain')
    assert.equal(actorOf(text, layer, 'LONDON')?.kind, 'place')
    assert.equal(actorOf(text, layer, 'Harrow')?.kind, 'person')
    const place = 'Police in Harrow said it was calm. Florida, then Colorado, came in.'
    assert.equal(actorOf(place, mentionsOf(place), 'Harrow')?.kind, 'place')
  })

  test('a ministry an unknown owner\'s name owns is not another country\'s ministry named before', () => {
    const text = 'Oman\'s foreign ministry said the exchange followed months of mediation. Talmeria\'s justice ministry confirmed that the two men were freed.'
    const layer = mentionsOf(text)
    const justice = actorOf(text, layer, 'justice ministry')
    // Owning a ministry makes the unknown owner a country, whose name the ministry keeps.
    assert.equal(justice?.name, 'Talmeria justice ministry')
    const again = 'Talmeria\'s health ministry reported 68 cases. The health ministry denies this.'
    assert.equal(actorOf(again, mentionsOf(again), 'health ministry', again.indexOf('The health'))?.id, actorOf(again, mentionsOf(again), 'health ministry')?.id)
    assert.notEqual(justice?.id, actorOf(text, layer, 'Oman\'s foreign ministry')?.id)
  })

  test('"the country\'s health ministry" and a sentence\'s "The Kenyan health ministry" keep their remit', () => {
    const own = 'An outbreak has killed 14 people, the country\'s health ministry said. The ministry denied it.'
    assert.equal(actorOf(own, mentionsOf(own), 'health ministry')?.name, 'health ministry')
    const kenyan = 'The Kenyan health ministry said 14 people had died. The ministry denied it.'
    const layer = mentionsOf(kenyan)
    assert.equal(actorOf(kenyan, layer, 'health ministry')?.name, 'Kenya health ministry')
    assert.equal(actorOf(kenyan, layer, 'The ministry')?.id, actorOf(kenyan, layer, 'health ministry')?.id)
  })

  test('the publishing outlet named in the text is an organisation, never a person "he" stands for', () => {
    const text = 'Anton Belic was freed on Friday. Novi Glas said Belic was doing his job. Novi Glas said he would rest.'
    const layer = findMentions(text, segmentText(text), 'Novi Glas')
    assert.equal(actorOf(text, layer, 'Novi Glas')?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'he')?.name, 'Anton Belic')
    // It is an outlet, which no "the company" stands for.
    const bank = 'Economists surveyed by Bloomberg expected a rise. The company said rates rose.'
    assert.notEqual(actorOf(bank, findMentions(bank, segmentText(bank), 'Bloomberg'), 'The company')?.name, 'Bloomberg')
  })

  test('a nation and a sport name a sports body, not the country or a person', () => {
    const text = 'A British Athletics spokesperson told reporters the federation respects the decision. England Rugby said it would appeal, British Cycling declined to comment, and Cricket Australia said nothing. Scottish Rugby said it was shocked.'
    const layer = mentionsOf(text)
    for (const name of ['British Athletics', 'England Rugby', 'British Cycling', 'Cricket Australia', 'Scottish Rugby']) {
      assert.deepEqual([actorOf(text, layer, name)?.name, actorOf(text, layer, name)?.kind], [name, 'organisation'], name)
    }
  })

  test('a name followed by an acronym in brackets that spells it is an organisation, and the acronym its alias', () => {
    const text = 'Sport Integrity Britain (SIB) said on Tuesday that the athlete had been banned. SIB chief executive Margaret Oduya said the case was clear. John Smith (JS) spoke.'
    const layer = mentionsOf(text)
    const body = actorOf(text, layer, 'Sport Integrity Britain')
    assert.equal(body?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'SIB', text.indexOf('SIB chief'))?.id, body?.id)
    assert.equal(actorOf(text, layer, 'John Smith')?.kind, 'person')
  })

  test('a demonym and a trade noun before a name, or a legal form after it, make a company of that country, called by its name alone later', () => {
    const text = 'Swedish truckmaker Nordvik AB said on Wednesday it would cut jobs. Shares in Nordvik rose, and Nordvik said more cuts could follow. Siemens AG declined to comment.'
    const layer = mentionsOf(text)
    const nordvik = actorOf(text, layer, 'Nordvik AB')
    assert.deepEqual([nordvik?.name, nordvik?.kind, nordvik?.country], ['Nordvik', 'organisation', 'SWE'])
    assert.equal(actorOf(text, layer, 'Nordvik', text.indexOf('Nordvik said'))?.id, nordvik?.id)
    assert.equal(actorOf(text, layer, 'Siemens AG')?.kind, 'organisation')
  })

  test('"the president of X" is the person just named, or X\'s own president, not the last president of another', () => {
    const text = 'James Zogby, the president of the Arab American Institute, spoke first. Ben Jealous, the former president of the NAACP, said the platform was weak. Later the president of the Sierra Club spoke.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'president', text.indexOf('president of the NAACP'))?.name, 'Ben Jealous')
    assert.equal(actorOf(text, layer, 'NAACP')?.kind, 'organisation', 'the organisation stays a mention of its own')
    const sierra = actorOf(text, layer, 'the president', text.indexOf('the president of the Sierra'))
    assert.ok(sierra && sierra.name !== 'James Zogby' && sierra.name !== 'Ben Jealous', sierra?.name)
  })

  test('a demonym that heads its noun phrase is a person or people of the country; before a noun it stays the country', () => {
    const text = '"He was too good today," the Russian admitted. The Spaniard said little. A Briton was among the dead, and two Spaniards were detained. ' +
      'The Russian government said no. A Russian tanker sank. The Russian Federation objected. Curiel was an American.'
    const layer = mentionsOf(text)
    const russian = actorOf(text, layer, 'Russian')
    assert.deepEqual([russian?.name, russian?.kind, russian?.country], ['the Russian', 'person', 'RUS'])
    assert.deepEqual([actorOf(text, layer, 'Spaniard')?.kind, actorOf(text, layer, 'Spaniard')?.country], ['person', 'ESP'])
    assert.deepEqual([actorOf(text, layer, 'Briton')?.kind, actorOf(text, layer, 'Briton')?.country], ['person', 'GBR'])
    assert.deepEqual([actorOf(text, layer, 'Spaniards')?.kind, actorOf(text, layer, 'Spaniards')?.country], ['group', 'ESP'])
    assert.equal(actorOf(text, layer, 'Russian Federation')?.kind, 'country')
    assert.equal(actorOf(text, layer, 'Russian', text.indexOf('Russian tanker'))?.kind, 'country')
    assert.equal(actorOf(text, layer, 'The Russian government')?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'American')?.kind, 'country', 'what someone is, after "was", is no one')
  })

  test('a person\'s name before "of" and an organisation is the person, and the organisation its own actor', () => {
    const text = 'Deven Parekh of Insight Venture Partners said the deal was good. The Bank of England raised rates, the University of California sued ' +
      'and Secretary of State John Kerry agreed. The Joint Chiefs of Staff met.'
    const layer = mentionsOf(text)
    assert.deepEqual([actorOf(text, layer, 'Deven Parekh')?.kind, actorOf(text, layer, 'Insight Venture Partners')?.kind], ['person', 'organisation'])
    assert.equal(actorOf(text, layer, 'Bank of England')?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'University of California')?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'Secretary of State John Kerry')?.name, 'John Kerry')
    assert.equal(actorOf(text, layer, 'Joint Chiefs of Staff')?.kind, 'organisation', 'a head word alone after "of" names no organisation')
  })

  test('an office of a city or a region is that place\'s: two mayors of one country are two people, "the mayor" the last of them', () => {
    const text = 'The mayor of Kharkiv said the city was shelled. The mayor of Kyiv said air defences held. The mayor added that schools were shut. ' +
      'The governor of Texas and the governor of California disagreed. The president of Ukraine spoke. The Bishop of Durham said it was cruel.'
    const layer = mentionsOf(text)
    // The office's mention is its role; the place stays a mention of its own.
    const at = (surface: string, before: string): Actor | undefined => actorOf(text, layer, surface, text.indexOf(before))
    const kharkiv = at('The mayor', 'The mayor of Kharkiv')
    const kyiv = at('The mayor', 'The mayor of Kyiv')
    assert.deepEqual([kharkiv?.name, kyiv?.name], ['the mayor of Kharkiv', 'the mayor of Kyiv'], lines(text, layer).join('; '))
    assert.equal(at('The mayor', 'The mayor added')?.id, kyiv?.id)
    assert.notEqual(at('The governor', 'The governor of Texas')?.id, at('the governor', 'the governor of California')?.id)
    assert.equal(actorOf(text, layer, 'The president of Ukraine')?.name, 'Ukraine president', 'a country\'s office stays the country\'s')
    assert.deepEqual([at('The Bishop', 'The Bishop of Durham')?.kind, actorOf(text, layer, 'Durham')?.kind], ['person', 'place'])
  })

  test('a college, academy or society with "of" is one organisation: "Royal College of Nursing"', () => {
    const text = 'The Royal College of Nursing said staff were exhausted, and the Royal Society of Chemistry agreed.'
    const layer = mentionsOf(text)
    for (const org of ['Royal College of Nursing', 'Royal Society of Chemistry']) assert.equal(actorOf(text, layer, org)?.name, org, lines(text, layer).join('; '))
  })

  test('a title owning an office inside a longer name is part of it: "Information Commissioner\'s Office", "Manhattan District Attorney\'s Office"', () => {
    const text = "The Information Commissioner's Office opened an inquiry, and the Manhattan District Attorney's Office declined to comment. Indiana Gov. Ann Hale spoke."
    const layer = mentionsOf(text)
    const about = lines(text, layer).join('; ')
    for (const org of ["Information Commissioner's Office", "Manhattan District Attorney's Office"]) assert.equal(actorOf(text, layer, org)?.kind, 'organisation', `${org}: ${about}`)
    assert.equal(layer.actors.find((a) => a.name === 'Ann Hale')?.kind, 'person', about)
  })

  test('a country before a brand noun is one organisation ("UK Finance", "China Daily"), not before a body, a title, an event or in a title-case headline', () => {
    const text = 'UK Finance said lenders would pass on the rise, China Daily reported. The UK Treasury said it would act. ' +
      'UK Prime Minister Ann Hale said the US Election was close. The US Food and Drug Administration agreed. Iran Says Talks Will Resume'
    const layer = mentionsOf(text)
    const about = lines(text, layer).join('; ')
    for (const org of ['UK Finance', 'China Daily']) assert.equal(actorOf(text, layer, org)?.kind, 'organisation', `${org}: ${about}`)
    assert.equal(actorOf(text, layer, 'UK Finance')?.name, 'UK Finance', about)
    assert.equal(actorOf(text, layer, 'Treasury')?.name, 'Treasury', about)
    assert.equal(actorOf(text, layer, 'UK Prime Minister Ann Hale')?.kind, 'person', about)
    assert.ok(!layer.actors.some((a) => /US Election|US Food|Iran Says/u.test(a.name)), about)
  })

  test('mentions are sorted by span start', () => {
    const text = 'Azerbaijan President Ilham Aliyev met Armenian Prime Minister Nikol Pashinyan in Brussels. Aliyev said he was hopeful.'
    const layer = mentionsOf(text)
    const starts = layer.mentions.map((m) => m.span.start)
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b))
  })
})

describe('mentions: places, countries and non-names', () => {
  test('a common word opening a sentence before "that" or a verb is no name: "News that …", "Times are hard"', () => {
    const names = (text: string): string[] => mentionsOf(text).actors.map((a) => a.name)
    for (const text of [
      'News that the actor had died spread fast.',
      'Reports that the singer was arrested were false.',
      'Word that the mayor resigned reached the town.',
      'Rumours that the senator would quit grew.',
      'Network that the actor founded closed.',
      'Times are hard for the town. At times the mayor despairs.',
    ]) assert.deepEqual(names(text).filter((n) => /^\p{Lu}/u.test(n)), [], text)
    // A body named by one word still is, as is a word the article writes inside a sentence.
    assert.deepEqual(names('Fox News ran the story.\n\nNews that the actor had died spread fast.'), ['Fox News'])
    assert.deepEqual(names('Congress passed the bill.'), ['Congress'])
    assert.ok(names('Network staff left. The Network said nothing.').includes('Network'))
  })

  test('a quoted title before a role noun is a work, no actor: the "Home Alone" actor, the “Friends” star', () => {
    const names = (text: string): string[] => mentionsOf(text).actors.map((a) => a.name)
    assert.deepEqual(names('Fans saw the "Home Alone" actor on Monday. The "Home Alone" actor is well, said Jane Doe.'), ['Jane Doe'])
    assert.deepEqual(names('The “Friends” star is fine. The “Friends” star posted a photo, said John Smith.'), ['John Smith'])
    assert.deepEqual(names("Fans mourned the 'Succession' creator. The 'Succession' creator said he was fine."), [])
    assert.deepEqual(names('Reports said "Gone with the Wind" star Kevin Marsh had died. Marsh is alive, his agent said.'), ['Kevin Marsh'])
  })

  test('a title-case state after a name in a headline-like line is no part of it: "Kevin Marsh Dead", "Ada Quill Found Dead"', () => {
    const names = (text: string): string[] => mentionsOf(text).actors.filter((a) => a.kind === 'person').map((a) => a.name)
    assert.deepEqual(names('Fans were shocked.\n\nKevin Marsh Dead — Actor Dies In Flat?\nMarsh is alive, his agent said.'), ['Kevin Marsh'])
    assert.deepEqual(names('A story claimed: “Ada Quill Found Dead at Age 34”. Quill laughed, her agent said.'), ['Ada Quill'])
    assert.deepEqual(names('Fans were shocked.\n\nKevin Marsh Arrested In Ohio\nMarsh is free, his agent said.'), ['Kevin Marsh'])
    // The headline's words before the name go too, where the article writes the name alone.
    assert.deepEqual(names('Ada Quill is fine. A site ran “Rock Band Frontman Ada Quill Found Dead In Home”, her agent said.'), ['Ada Quill'])
    assert.deepEqual(names('Ada Quill is fine.\n\nAda Quill Dead — Punk Band Frontman Dies In Home?\nQuill laughed, her agent said.'), ['Ada Quill'])
  })

  test('a known name whose first word the tagger reads as a verb opening a sentence is still that name', () => {
    const text = 'Downing Street said the minister had its full confidence.'
    assert.deepEqual(mentionsOf(text).actors.map((a) => [a.name, a.kind]).slice(0, 1), [['Downing Street', 'organisation']])
  })

  test('"No. 10" as a rank is no Downing Street: "the world No. 10", "ranked No. 10", "No. 10 on the chart"; "No. 10 said" is', () => {
    for (const text of [
      'Kowal beat the world No. 10 in straight sets on Tuesday.',
      'Kowal, ranked No. 10, lost in the final.',
      'She climbed to No 10 in the rankings after the win.',
      'The single reached No. 10 on the national chart.',
      'The No. 10 seed went out in the first round.',
      // A nation's or a team's number ten is its player.
      "England's No. 10 struggled to find space in the first half.",
      "The club's No 10 signed a new contract.",
      "Manchester United's No 10 scored twice against Leeds on Saturday.",
    ]) assert.ok(!mentionsOf(text).actors.some((a) => a.name === 'Downing Street'), text)
    for (const text of [
      'A spokesman for No. 10 said the minister would stay.',
      'Number 10 said the talks had gone well.',
      // A verb of moving or reaching is no rank without a rank word after the number.
      'Since the new prime minister entered No. 10 in 2022, the party has lost ground.',
      'Protesters reached No 10 on Saturday.',
      'The minister moved to No. 10 after the election.',
      'The scandal hit No 10 hard.',
      "Boris Johnson's No 10 faced new questions.",
      "Britain's No 10 said on Monday that the prime minister would not resign.",
    ]) {
      assert.ok(mentionsOf(text).actors.some((a) => a.name === 'Downing Street' && a.country === 'GBR'), text)
    }
  })

  test('a seat of government speaks for its country\'s government: an organisation of that country', () => {
    const text = 'The Kremlin said the talks had failed. The Elysée said the president would travel. The White House declined to comment.'
    assert.deepEqual(mentionsOf(text).actors.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.country]), [['Kremlin', 'RUS'], ['Élysée', 'FRA'], ['White House', 'USA']])
  })

  test('"the tribunal" that rules is a body, as "the court" is', () => {
    const text = 'The athlete was banned for four years. The tribunal ruled that her explanation was not credible.'
    assert.deepEqual(mentionsOf(text).actors.map((a) => [a.name, a.kind]), [['tribunal', 'organisation']])
  })

  test('a capital as a dateline is a place', () => {
    const text = 'PARIS – Talks on the new treaty ended on Monday.'
    const layer = mentionsOf(text)
    assert.deepEqual(lines(text, layer), ['PARIS -> Paris (gazetteer)'])
    assert.deepEqual(layer.actors.map((a) => [a.kind, a.country]), [['place', 'FRA']])
  })

  test('a capital after "in" is a place', () => {
    const text = 'The talks were held in Vienna.'
    assert.deepEqual(mentionsOf(text).actors.map((a) => [a.name, a.kind]), [['Vienna', 'place']])
  })

  test('a capital as the subject stands for its country', () => {
    const text = 'Moscow said the deal was dead.'
    const layer = mentionsOf(text)
    assert.deepEqual(lines(text, layer), ['Moscow -> Russia (gazetteer)'])
    assert.deepEqual(layer.actors.map((a) => [a.kind, a.country]), [['country', 'RUS']])
  })

  test('a capital and its country are one country actor', () => {
    const text = 'Moscow said the deal was dead. Russia later denied it.'
    const layer = mentionsOf(text)
    assert.equal(layer.actors.length, 1)
    assert.equal(actorOf(text, layer, 'Russia')?.id, actorOf(text, layer, 'Moscow')?.id)
  })

  test('sentence-initial capitalised words are not names', () => {
    const text = 'But the talks ended early. The meeting was short. However, nothing changed. Still, hope remains.'
    const layer = mentionsOf(text)
    assert.deepEqual(layer.actors, [])
    assert.deepEqual(layer.mentions, [])
  })

  test('month and weekday names are not names', () => {
    const text = 'On Monday the talks began. In January nothing happened.'
    assert.deepEqual(lines(text, mentionsOf(text)), [])
  })

  test('empty text gives no actors', () => {
    assert.deepEqual(mentionsOf(''), { actors: [], mentions: [] })
  })

  test('the stage requires segments', () => {
    assert.equal(mentionsStage.name, 'mentions')
    assert.deepEqual(mentionsStage.requires, ['segments'])
    assert.equal(mentionsStage.assigns, 'mentions')
  })
})

describe('mentions: groups', () => {
  test('a nationality or people before a group noun is a group of that country; "the rebels" later are those rebels', () => {
    const text = 'Bosnian Serbs shelled the town. Kurdish fighters attacked a post. Iraqi troops arrested five men. Syrian rebels seized the airport, and the rebels later left. The two sides joined forces.'
    const layer = mentionsOf(text)
    const group = (surface: string, from = 0): string => {
      const a = actorOf(text, layer, surface, from)
      return a ? `${a.name}|${a.kind}|${a.country ?? ''}` : '-'
    }
    assert.deepEqual(['Bosnian Serbs', 'Kurdish fighters', 'Iraqi troops', 'Syrian rebels'].map((s) => group(s)),
      ['Bosnian Serbs|group|BIH', 'Kurdish fighters|group|', 'Iraqi troops|group|IRQ', 'Syrian rebels|group|SYR'])
    assert.equal(group('the rebels'), 'Syrian rebels|group|SYR')
    assert.equal(group('forces'), '-')
  })
})

describe('mentions: named people stay apart from those described around them', () => {
  test('a dateline written with a spaced hyphen ends before the name it precedes', () => {
    const text = 'HARLOW - David Cole said the fire was started deliberately.'
    assert.deepEqual(lines(text, mentionsOf(text)), ['David Cole -> David Cole (name)'])
  })

  test('an indefinite role with modifiers is someone new and unnamed, not the one named with that role', () => {
    const text = 'Health Minister Mark Ellison resigned. An anonymous former minister said the government lied. The minister denied it.'
    const layer = mentionsOf(text)
    const ellison = actorOf(text, layer, 'Minister Mark Ellison')
    const anonymous = actorOf(text, layer, 'An anonymous former minister')
    assert.equal(anonymous?.kind, 'unnamed')
    assert.equal(anonymous?.name, 'anonymous former minister')
    assert.equal(actorOf(text, layer, 'The minister')?.id, ellison?.id)
  })

  test('an indefinite role said of someone ("you\'re a better judge", "to be a great president") is no one mentioned', () => {
    const text = 'You\'re a better judge of that than I am, Romney said. He wanted to be a great president.'
    assert.deepEqual(lines(text, mentionsOf(text)), ['Romney -> Romney (name)', 'He -> Romney (pronoun)'])
  })

  test('"Most" before a plural opening a sentence is a quantifier, not the town of that name', () => {
    const text = 'Most residents said the plant should close. Most clinicians agreed.'
    const layer = mentionsOf(text)
    assert.deepEqual(layer.actors.map((a) => [a.name, a.kind]), [['residents', 'unnamed']])
  })

  test('"Number 10" is the British government\'s seat, and "Drugmaker X" opening a sentence is X, which "the company" names again', () => {
    const text = 'Number 10 said it had confidence in the inquiry. Drugmaker Pellix Pharma recalled the pills. The company said it was a precaution.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Number 10')?.name, 'Downing Street')
    const pellix = actorOf(text, layer, 'Pellix Pharma')
    assert.equal(pellix?.kind, 'organisation')
    assert.equal(actorOf(text, layer, 'The company')?.id, pellix?.id)
  })
})

describe('mentions: people in very short texts', () => {
  test('a first name and a surname name a person with nothing else in the text, after "to" and "from" too', () => {
    const persons = (text: string): string[] => mentionsOf(text).actors.filter((a) => a.kind === 'person').map((a) => a.name)
    assert.deepEqual(persons('Novak Djokovic lost to Carlos Alcaraz.'), ['Novak Djokovic', 'Carlos Alcaraz'])
    assert.deepEqual(persons('A letter from Maria Lopez reached Narendra Modi.'), ['Maria Lopez', 'Narendra Modi'])
  })

  test('common capitalised phrases stay no one, even after "to"', () => {
    const kinds = (text: string): string[] => mentionsOf(text).actors.map((a) => `${a.name}:${a.kind}`)
    assert.deepEqual(kinds('The White House lost to Goldman Sachs.').filter((k) => k.endsWith(':person')), [])
    assert.deepEqual(kinds('Tourists flew to Victoria Falls.').filter((k) => k.endsWith(':person')), [])
    assert.deepEqual(kinds('Traders moved to Wall Street.').filter((k) => k.endsWith(':person')), [])
  })

  test('a first name and a capitalised word after a place preposition are a place without a cue for a person', () => {
    const persons = (text: string): string[] => mentionsOf(text).actors.filter((a) => a.kind === 'person').map((a) => a.name)
    for (const text of [
      'Tourists flew to Alice Springs on Monday.',
      'The ferry sailed to Charlotte Amalie at dawn.',
      'Rescuers arrived at Sandra Cove after midnight.',
      'Troops massed near Hassan Abdal overnight.',
    ]) assert.deepEqual(persons(text), [], text)
    // A contest lost to someone, a message from someone, or a surname already a person's.
    assert.deepEqual(persons('The champion fell in straight sets to Carlos Alcaraz.'), ['Carlos Alcaraz'])
    assert.deepEqual(persons('Crowds cheered a message from Maria Lopez.'), ['Maria Lopez'])
    assert.deepEqual(persons('Pupils wrote to Maria Lopez.'), ['Maria Lopez'])
    assert.deepEqual(persons('The contributor was once an aide to Maria Lopez.'), ['Maria Lopez'])
    assert.deepEqual(persons('Ana Lopez spoke first. The crowd then turned to Maria Lopez.'), ['Ana Lopez', 'Maria Lopez'])
    assert.deepEqual(persons('Voters listened to Maria T. Lopez.'), ['Maria T. Lopez'])
    assert.deepEqual(persons('Voters listened to Maria Lopez. Lopez spoke for an hour.'), ['Maria Lopez'])
    assert.deepEqual(persons('Critics lashed out at Maria Lopez. Lopez spoke for an hour.'), ['Maria Lopez'])
  })
})

describe('mentions: abbreviations of common nouns', () => {
  test('"a reality TV show", "his DNA" name no organisation; a body\'s acronym still does', () => {
    const names = (text: string): string[] => mentionsOf(text).actors.map((a) => a.name)
    assert.deepEqual(names('Jane Doe starred in a reality TV show before the CNN interview.'), ['Jane Doe', 'CNN'])
    assert.deepEqual(names('Police found his DNA on the TV set.'), ['police'])
  })
})

test('a capitalised word opening a clause is no qualifier of the people noun after it: "After police shot", "Yesterday troops"', () => {
  for (const [text, surface, kind] of [['After police shot the man, protests broke out.', 'police', 'organisation'], ['Yesterday troops stormed the hospital.', 'troops', 'group'],
    ['When rebels attacked the convoy, two soldiers died.', 'rebels', 'group']] as const) {
    assert.equal(actorOf(text, mentionsOf(text), surface)?.kind, kind, text)
  }
  // Nor is such a word part of a name after it.
  for (const [text, name] of [['Yesterday Police Scotland said the road was closed.', 'Police Scotland'], ['Today Northwind said sales rose.', 'Northwind']] as const) {
    assert.ok(mentionsOf(text).actors.some((a) => a.name === name), text)
  }
  // A name before the noun still qualifies it, and is no description.
  const service = 'Secret Service officials said the road was open.'
  assert.equal(actorOf(service, mentionsOf(service), 'Secret Service')?.kind, 'organisation')
})

test('a sentence\'s first word that tells a force\'s task or arms is no name before it: "Riot police used batons", "Border police"', () => {
  for (const [text, surface, kind] of [['Riot police used batons on the crowd.', 'police', 'organisation'], ['Armed police arrested two men.', 'police', 'organisation'],
    ['Border police detained the driver.', 'police', 'organisation']] as const) {
    assert.equal(actorOf(text, mentionsOf(text), surface)?.kind, kind, text)
  }
  // A name still qualifies: "Capitol Police officers" are no description of their own.
  const named = 'Capitol Police officers detained the driver.'
  assert.equal(actorOf(named, mentionsOf(named), 'officers'), undefined)
})

test('a name before a site in lower case is the site, not a person: "the Cherry Creek shopping mall"', () => {
  const text = 'A gunman opened fire inside the Cherry Creek shopping mall on Monday.'
  assert.notEqual(actorOf(text, mentionsOf(text), 'Cherry Creek')?.kind, 'person')
})

test('a people noun opening a sentence before a full name is the person\'s role, not part of the name: "Nurse Ella Vance said"', () => {
  for (const [text, name] of [['Nurse Ella Vance said the ward was full.', 'Ella Vance'], ['Farmer Tomas Riel said the river rose.', 'Tomas Riel'], ['Survivor Abdou Diallo said the boat sank.', 'Abdou Diallo']] as const) {
    const layer = mentionsOf(text)
    assert.ok(layer.actors.some((a) => a.name === name && a.kind === 'person'), lines(text, layer).join('; '))
  }
  // Not a role before a name that is no person's: "Worker Rights Union".
  const text = 'Worker Rights Union said the factory was unsafe.'
  assert.ok(!mentionsOf(text).actors.some((a) => a.name === 'Rights Union'))
})

test('the name after "the village of", "the town of" is no person, even before "said": "Residents of the village of Kerrow said"', () => {
  const text = 'Residents of the village of Kerrow said the water was dirty. Officials in the town of Dunmere told reporters.'
  const layer = mentionsOf(text)
  assert.ok(!layer.actors.some((a) => a.kind === 'person'), lines(text, layer).join('; '))
  assert.ok(layer.actors.some((a) => a.name === 'residents'), lines(text, layer).join('; '))
})

test('plural nouns for who smuggles, rescues or mediates are collective actors: "smugglers abandoned the boat", "called on mediators"', () => {
  const text = 'The smugglers abandoned the boat. Rescuers pulled ten people from the water. He blamed human traffickers and called on international mediators.'
  const layer = mentionsOf(text)
  for (const group of ['smugglers', 'Rescuers', 'traffickers', 'mediators']) assert.ok(actorOf(text, layer, group, 0) ?? layer.mentions.some((m) => text.slice(m.span.start, m.span.end).includes(group)), `${group}: ${lines(text, layer).join('; ')}`)
})

test('"A spokesman for the coast guard, Commander Marco Rinaldi": one person, the spokesman, of the body named in lower case', () => {
  const text = 'A spokesman for the coast guard, Commander Marco Rinaldi, said the search would continue.'
  const layer = mentionsOf(text)
  const byId = new Map(layer.actors.map((a) => [a.id, a]))
  const people = layer.actors.filter((a) => a.kind === 'person' || a.kind === 'unnamed')
  assert.deepEqual(people.map((a) => [a.name, a.role, byId.get(a.affiliation ?? '')?.name]), [['Marco Rinaldi', 'spokesman', 'coast guard']], lines(text, layer).join('; '))
})

describe('mentions: descriptors and multi-word names (review 17)', () => {
  test('a capitalised role phrase before a name is a title, not part of the name: "Opposition candidate Mirela Kast"', () => {
    for (const lead of ['Opposition candidate', 'Presidential candidate', 'Rival candidate']) {
      const text = `${lead} Ilvana Drost won 41 percent but refused to concede.`
      const layer = mentionsOf(text)
      const a = layer.actors.find((x) => x.name === 'Ilvana Drost')
      assert.ok(a, lines(text, layer).join('; '))
      assert.equal(a.kind, 'person')
      assert.ok(!layer.actors.some((x) => x.name.includes(lead)), lines(text, layer).join('; '))
    }
  })

  test('a name goes on through "\'s" to its head ("Saint Marga\'s Hospital") and a company word ends a company name ("Orvane Systems")', () => {
    const text = 'A nurse at Saint Marga\'s Hospital said the ward was full. Orvane Systems declined to comment. Doctors at Tellmoor General Hospital said ten died.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Saint Marga\'s Hospital')?.kind, 'organisation', lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'Orvane Systems')?.kind, 'organisation', lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'Tellmoor General Hospital')?.name, 'Tellmoor General Hospital', lines(text, layer).join('; '))
  })

  test('an organisation named in apposition to its description is the one described: "The grid operator, Vellpower, said"', () => {
    const text = 'The grid operator, Vellpower, said demand had hit a record.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Vellpower')?.kind, 'organisation', lines(text, layer).join('; '))
    assert.ok(!layer.actors.some((a) => a.name === 'grid operator'), lines(text, layer).join('; '))
  })

  test('group nouns are unnamed group actors, after a capitalised adjective too: violent rioters, masked men, students', () => {
    const text = 'Violent rioters set fire to a car. Masked men burned a bus. The army arrested 40 students. Angry residents blocked the road.'
    const layer = mentionsOf(text)
    for (const s of ['rioters', 'men', 'students', 'residents']) assert.ok(layer.mentions.some((m) => text.slice(m.span.start, m.span.end).toLowerCase().includes(s)), `${s}: ${lines(text, layer).join('; ')}`)
  })
})

describe('mentions: countries the gazetteer does not know', () => {
  const text = 'Twelve Velstani soldiers were killed when Durovian forces attacked a post, Velstan\'s defence ministry said. ' +
    'Durovia\'s defence ministry said its troops came under fire first. Durovia said on Monday it wanted peace. ' +
    'Durovian President Ilan Petrak said his country would defend itself.'
  const layer = mentionsOf(text)
  const say = lines(text, layer).join('; ')

  test('a name with a demonym beside it ("Durovia", "Durovian") or owning a state body ("Velstan\'s defence ministry") is a country', () => {
    const durovia = actorOf(text, layer, 'Durovia', text.indexOf('Durovia said'))
    assert.deepEqual([durovia?.name, durovia?.kind], ['Durovia', 'country'], say)
    assert.deepEqual([actorOf(text, layer, 'Velstani')?.name, actorOf(text, layer, 'Velstani')?.kind], ['Velstan', 'country'], say)
  })

  test('"X\'s defence ministry" keeps X, so two countries\' ministries stay two', () => {
    const velora = actorOf(text, layer, 'Velstan\'s defence ministry')
    const durovia = actorOf(text, layer, 'Durovia\'s defence ministry')
    assert.ok(velora && durovia, say)
    assert.notEqual(velora.id, durovia.id, say)
    assert.deepEqual([velora.name, velora.country], ['Velstan defence ministry', 'Velstan'], say)
  })

  test('an -ish demonym makes no plural ("Xishs")', () => {
    const ish = 'Velkish troops crossed the border. Velk said it would respond.'
    const found = articleCountries(ish)
    assert.equal(found.get('Velkish')?.country, 'Velk')
    assert.ok(!found.has('Velkishs'), [...found.keys()].join(', '))
  })

  test('"<Demonym> President Ilan Petrak" is of that country', () => {
    const petrak = layer.actors.find((a) => a.name === 'Ilan Petrak')
    assert.deepEqual([petrak?.kind, petrak?.role, petrak?.country], ['person', 'president', 'Durovia'], say)
    assert.ok(!layer.actors.some((a) => a.name === 'Durovian' && a.kind !== 'country'), say)
  })

  test('a person\'s name, a company\'s or an eponym\'s adjective is no country', () => {
    const person = 'Selim Kaya was charged on Monday. Kaya\'s lawyer said he would appeal. Kaya\'s government ties were examined.'
    assert.equal(actorOf(person, mentionsOf(person), 'Kaya', person.indexOf('Kaya\'s'))?.kind, 'person', lines(person, mentionsOf(person)).join('; '))
    const company = 'Skyvale said profits fell. Skyvale\'s chief executive resigned.'
    assert.notEqual(actorOf(company, mentionsOf(company), 'Skyvale')?.kind, 'country')
    // A leader has troops and an army too.
    const leader = 'Haftar\'s troops took the town. Haftar said the army would stay.'
    assert.notEqual(actorOf(leader, mentionsOf(leader), 'Haftar', leader.indexOf('Haftar said'))?.kind, 'country')
    const eponym = 'Darwin wrote the book. Darwinian ideas spread fast, and Darwin was famous.'
    assert.notEqual(actorOf(eponym, mentionsOf(eponym), 'Darwin')?.kind, 'country')
  })
})

describe('mentions: a role one person holds', () => {
  test('"her lawyer" is the one person the article names as a lawyer, before or after', () => {
    const after = 'Nadia Brook will appeal against the ban, her lawyer said on Monday. "She is innocent," said Owen Teller, her lawyer.'
    assert.equal(actorOf(after, mentionsOf(after), 'her lawyer')?.name, 'Owen Teller', lines(after, mentionsOf(after)).join('; '))
    const before = 'Her lawyer, Owen Teller, said Nadia Brook was innocent. The ruling was unfair, her lawyer added.'
    assert.equal(actorOf(before, mentionsOf(before), 'her lawyer')?.name, 'Owen Teller', lines(before, mentionsOf(before)).join('; '))
  })

  test('a possessive role said right before a new name that speaks is that name: "…, her lawyer said. Owen Teller told reporters"', () => {
    const text = 'Nadia Brook will appeal against the ban, her lawyer said. Owen Teller told reporters the test was flawed.'
    const layer = mentionsOf(text)
    const owen = actorOf(text, layer, 'her lawyer')
    assert.deepEqual([owen?.name, owen?.role], ['Owen Teller', 'lawyer'], lines(text, layer).join('; '))
    // A name given another role is someone else.
    const other = 'Nadia Brook will appeal against the ban, her lawyer said. Prosecutor Owen Teller told reporters the test was sound.'
    assert.notEqual(actorOf(other, mentionsOf(other), 'her lawyer')?.name, 'Owen Teller')
  })

  test('a name set off before "Brook\'s lawyer" holds that role, which "her lawyer" later names', () => {
    const text = 'Owen Teller, Brook\'s lawyer, said she was innocent. She will appeal, her lawyer added.'
    const layer = mentionsOf(text)
    const owen = actorOf(text, layer, 'her lawyer')
    assert.deepEqual([owen?.name, owen?.role], ['Owen Teller', 'lawyer'], lines(text, layer).join('; '))
  })

  test('a lawyer named as another party\'s is not "her lawyer" nor "Lund\'s lawyer"; "Kaya\'s lawyer" still is', () => {
    const text = 'Owen Teller, a lawyer for Selim Kaya, said the case was weak. Maria Lund was also charged. Her lawyer declined to comment. Lund\'s lawyer was silent.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Her lawyer'), undefined, lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'lawyer', text.indexOf('lawyer was')), undefined, lines(text, layer).join('; '))
    const same = 'Owen Teller, a lawyer for Selim Kaya, said the case was weak. Kaya\'s lawyer later declined to comment.'
    assert.equal(actorOf(same, mentionsOf(same), 'lawyer', same.indexOf('lawyer later'))?.name, 'Owen Teller', lines(same, mentionsOf(same)).join('; '))
  })

  test('with two lawyers named, "her lawyer" is neither', () => {
    const text = 'Owen Teller, her lawyer, spoke first. Ida Marsh, his lawyer, spoke next. Her lawyer said more.'
    const layer = mentionsOf(text)
    assert.equal(actorOf(text, layer, 'Her lawyer', text.indexOf('Her lawyer said')), undefined, lines(text, layer).join('; '))
  })
})

describe('mentions: bare "Officers"', () => {
  test('"Officers" opening a sentence are the police named before, and no one where the article names none', () => {
    const text = 'Riot police fired tear gas at protesters on Saturday. Officers moved in to clear the square, and officers said 30 were held.'
    const layer = mentionsOf(text)
    const police = actorOf(text, layer, 'police')
    assert.ok(police, lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'Officers')?.id, police.id, lines(text, layer).join('; '))
    assert.equal(actorOf(text, layer, 'officers', text.indexOf('and officers') + 4)?.id, police.id, lines(text, layer).join('; '))
    const none = 'Protesters marched on Saturday. Officers moved in to clear the square.'
    assert.equal(actorOf(none, mentionsOf(none), 'Officers'), undefined)
    // Officers of a named body are its own, no police's.
    const from = 'Police closed the road. Officers from the army moved in, and officers of the navy watched. Officers from the city police stayed. Officers at the scene said 30 were held.'
    const fromLayer = mentionsOf(from)
    assert.equal(actorOf(from, fromLayer, 'Officers'), undefined, lines(from, fromLayer).join('; '))
    assert.equal(actorOf(from, fromLayer, 'officers', from.indexOf('officers of')), undefined, lines(from, fromLayer).join('; '))
    assert.ok(actorOf(from, fromLayer, 'Officers', from.indexOf('Officers from the city')), lines(from, fromLayer).join('; '))
    assert.ok(actorOf(from, fromLayer, 'Officers', from.indexOf('Officers at')), lines(from, fromLayer).join('; '))
    // Only the phrase right after "from"/"at" names their body, and a place is no body.
    const scene = 'Varna police raided a bar. Officers at the scene arrested Ivan Petrov, and officers from Varna questioned Maria Dimova. Officers from Varna police stayed.'
    const sceneLayer = mentionsOf(scene)
    const varna = actorOf(scene, sceneLayer, 'Varna police')
    assert.ok(varna, lines(scene, sceneLayer).join('; '))
    for (const at of ['Officers at', 'officers from Varna', 'Officers from Varna police']) {
      assert.equal(actorOf(scene, sceneLayer, at.split(' ')[0]!, scene.indexOf(at))?.id, varna.id, `${at}: ${lines(scene, sceneLayer).join('; ')}`)
    }
    const ministry = 'Police closed the road. Officers from the Interior Ministry moved in, and officers with the Border Guard watched.'
    const ministryLayer = mentionsOf(ministry)
    assert.equal(actorOf(ministry, ministryLayer, 'Officers'), undefined, lines(ministry, ministryLayer).join('; '))
    assert.equal(actorOf(ministry, ministryLayer, 'officers'), undefined, lines(ministry, ministryLayer).join('; '))
    const army = 'Police closed the road. Army officers moved in.'
    assert.notEqual(actorOf(army, mentionsOf(army), 'officers')?.id, actorOf(army, mentionsOf(army), 'Police')?.id)
  })
})

describe('mentions: occupational and situational groups', () => {
  test('a plural of a trade or of people in a situation is a group actor even when it does not speak: "Dockers", "Thousands of teachers"', () => {
    const named = (text: string, surface: string): string => {
      const a = actorOf(text, mentionsOf(text), surface)
      return a ? `${a.name}|${a.kind}|${a.country ?? ''}` : '-'
    }
    assert.equal(named('Dockers blocked the port gates on Monday.', 'Dockers'), 'dockers|unnamed|')
    assert.equal(named('Thousands of teachers marched through the capital.', 'teachers'), 'teachers|unnamed|')
    assert.equal(named('Farmers dumped manure outside the town hall.', 'Farmers'), 'farmers|unnamed|')
    assert.equal(named('Survivors waded through the mud to higher ground.', 'Survivors'), 'survivors|unnamed|')
    assert.equal(named('French pilots walked off the job.', 'French pilots'), 'French pilots|unnamed|FRA')
  })

  test('commandos are a state\'s force, also after a sentence-opening adjective: "Armed Brazilian commandos"', () => {
    const text = 'Armed Brazilian commandos boarded the ferry at dawn.'
    const a = actorOf(text, mentionsOf(text), 'Brazilian commandos')
    assert.equal(a ? `${a.name}|${a.kind}|${a.country ?? ''}` : '-', 'Brazilian commandos|group|BRA')
  })

  test('a trade noun that owns something or qualifies a body is no group of its own: "the teachers\' union"', () => {
    const text = 'The teachers\' union rejected the offer, and the miners union agreed.'
    const layer = mentionsOf(text)
    assert.ok(!layer.actors.some((a) => a.role === 'teachers' || a.role === 'miners'), lines(text, layer).join('; '))
  })
})

describe('mentions: company names with trade heads', () => {
  const named = (text: string): string[] => {
    const layer = mentionsOf(text)
    return layer.mentions.map((m) => layer.actors.find((a) => a.id === m.actor)).map((a) => `${a?.name}|${a?.kind}`)
  }
  test('a name ending in a trade word is an organisation: "Shipping", "Lines", "Ferries", "Freight", "Energy"', () => {
    assert.deepEqual(named('Pelham Crown Shipping said the cargo was legal.'), ['Pelham Crown Shipping|organisation'])
    assert.deepEqual(named('Dunmore Ferry Lines said sailings were cancelled.'), ['Dunmore Ferry Lines|organisation'])
    assert.deepEqual(named('Tarrow Freight said its lorries were stuck.'), ['Tarrow Freight|organisation'])
    assert.deepEqual(named('Halvard Energy said the plant was safe.'), ['Halvard Energy|organisation'])
  })
  test('an adjective of a sea or region opening the sentence stays in the company\'s name: "Adriatic Crown Shipping"', () => {
    assert.deepEqual(named('Adriatic Crown Shipping said the cargo was legal.'), ['Adriatic Crown Shipping|organisation'])
    assert.deepEqual(named('The vessel belongs to Adriatic Crown Shipping, which denied any wrongdoing.'), ['Adriatic Crown Shipping|organisation'])
  })
})
