/** @module analyze/framing/lexical.test — the lexicon data files and the rules they drive. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import plainWording from './data/plain-wording.json' with { type: 'json' }
import { LEXICON_FILES } from './lexical.js'
import { asLexiconFile } from './lexicon.js'
import { RULES } from './rules.js'
import { findingLines, frame, outletOnly, quoteAttributions } from './testing.js'

/** The unnamed-authority findings of a text in the outlet's voice, as "start-end rule words" lines. */
const authorityLines = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/unnamed-authority'))

test('every lexicon list names its source URL and a confidence, and every rule is in the catalog', () => {
  const ids = new Set<string>(RULES.map((r) => r.id))
  for (const [name, file] of Object.entries(LEXICON_FILES)) {
    assert.ok(ids.has(file.rule), `${name}: ${file.rule}`)
    assert.match(file.explain, /\{\}/)
    for (const list of file.lists) {
      assert.match(list.source, /^https:\/\//, `${name}/${list.name}`)
      assert.ok(list.confidence > 0 && list.confidence <= 1)
      assert.ok(list.phrases.length > 0)
    }
  }
})

test('no phrase sits in two lexicons, so one word gives one finding', () => {
  const owner = new Map<string, string>()
  for (const [name, file] of Object.entries(LEXICON_FILES)) {
    for (const list of file.lists) {
      for (const p of list.phrases) {
        const key = p.toLowerCase()
        assert.ok(!owner.has(key) || owner.get(key) === name, `"${p}" is in ${owner.get(key)} and ${name}`)
        owner.set(key, name)
      }
    }
  }
})

test('every alternative of a slot is one token (a word or a double quote): a hyphen or an inner apostrophe would split it into slots that never match', () => {
  const files = { ...LEXICON_FILES, plainWording: asLexiconFile(plainWording, 'plain-wording') }
  for (const [name, file] of Object.entries(files)) {
    for (const list of file.lists) {
      for (const p of list.phrases) for (const slot of p.split(' ')) {
        if (!slot.includes('|')) continue
        for (const word of slot.replace(/\?$/u, '').split('|')) assert.match(word, /^(?:'?\p{L}+|n't|[\p{L}\p{N}]+|\*|["“”])$/u, `${name}/${list.name}: ${p}`)
      }
    }
  }
})

// One sentence per lexicon rule, written for this test.
const CASES: [string, string][] = [
  ['The vicious crackdown continued.', '4-11 framing/loaded-term vicious'],
  ['The protesters were called thugs.', '27-32 framing/name-calling thugs'],
  ['The self-proclaimed mayor left.', '4-19 framing/doubt self-proclaimed'],
  ['It is widely believed that taxes will rise.', '0-21 framing/unnamed-authority It is widely believed'],
  ['Prices went through the roof.', '7-28 framing/exaggeration went through the roof'],
  ['It was merely a scratch.', '7-13 framing/exaggeration merely'],
  ['This is undoubtedly the answer.', '8-19 framing/booster undoubtedly'],
  ['They spat on our flag.', '13-21 framing/flag-waving our flag'],
  ['The region faces an existential threat.', '20-38 framing/appeal-to-fear existential threat'],
  ['The unions are to blame for inflation.', '11-23 framing/causal-oversimplification are to blame'],
  ['There is no alternative to the plan.', '0-23 framing/black-and-white There is no alternative'],
  ['It is what it is.', '0-16 framing/thought-terminating It is what it is'],
  ['They chanted drain the swamp.', '13-28 framing/slogan drain the swamp'],
  ['Everyone knows the vote was close.', '0-14 framing/bandwagon Everyone knows'],
  ['The talks reportedly stalled.', '10-20 framing/hedge reportedly'],
  ['The figures are roughly right.', '16-23 framing/hedge roughly'],
  ['Who cares? The law is the law.', '0-10 framing/thought-terminating Who cares?'],
  ['They saw the hand of Moscow in the unrest.', '9-20 framing/causal-oversimplification the hand of'],
]
for (const [text, line] of CASES) {
  test(`lexicon rule: ${line.split(' ')[1]} on "${text}"`, () => {
    assert.deepEqual(findingLines(text, frame(text, outletOnly(text)).findings), [line])
  })
}

// Plain uses of words the lexicons hold: no finding (written for this test).
const PLAIN_USES: string[] = [
  'The bridge was supposed to open last year.',
  'Revenue rose roughly 7 percent in the quarter.',
  'Anyone who cares about the river can attend the meeting.',
  'The two leaders shook the hand of the new envoy.',
  'Residents watched in shock as the tower fell.',
  'A car slammed into a wall.',
  'Two bomb blasts hit the market.',
]
for (const text of PLAIN_USES) {
  test(`lexicon rules: nothing on the plain "${text}"`, () => {
    assert.deepEqual(findingLines(text, frame(text, outletOnly(text)).findings), [])
  })
}

// Classes of tabloid, partisan and state-media wording in the outlet's voice, one sentence each (written for this test).
const OWN_VOICE_CASES: [string, string][] = [
  ['The striker was slapped with a ban.', '16-28 framing/loaded-term slapped with'],
  ['His career lies in tatters.', '16-26 framing/loaded-term in tatters'],
  ['The club dumped by its sponsor lost money.', '9-30 framing/loaded-term dumped by its sponsor'],
  ['Officials sat on the results for weeks.', '10-28 framing/loaded-term sat on the results'],
  ['The bank is swallowing rival Hollis.', '12-28 framing/loaded-term swallowing rival'],
  ['The deal will gut 1,200 jobs.', '14-28 framing/loaded-term gut 1,200 jobs'],
  ['The plan would wipe out hundreds of jobs.', '15-40 framing/loaded-term wipe out hundreds of jobs'],
  ['Their posts are on the chopping block.', '16-37 framing/loaded-term on the chopping block'],
  ['The chief leaves with a golden parachute.', '24-40 framing/loaded-term golden parachute'],
  ['Restructuring is management-speak for layoffs.', '17-33 framing/loaded-term management-speak'],
  ['The prisoners were unfairly jailed.', '19-34 framing/loaded-term unfairly jailed'],
  ['The crew got a hero\'s welcome.', '15-29 framing/loaded-term hero\'s welcome'],
  ['He was held on trumped-up charges.', '15-33 framing/loaded-term trumped-up charges'],
  ['The rival finally caved in to the demands.', '10-23 framing/loaded-term finally caved'],
  ['Critics rushed to condemn the pardon.', '8-25 framing/loaded-term rushed to condemn'],
  ['The groups are financed from abroad.', '15-35 framing/loaded-term financed from abroad'],
  ['Warsaw answered with Russophobic hysteria.', '21-32 framing/loaded-term Russophobic'],
  ['The radical opposition boycotted the session.', '4-22 framing/name-calling radical opposition'],
  ['They refused to accept the will of the voters.', '23-45 framing/flag-waving the will of the voters'],
  ['The army responded to Armenian provocations.', '31-43 framing/loaded-term provocations'],
  ['The athletes are drug cheats.', '17-28 framing/name-calling drug cheats'],
  ['The blonde MP spoke.', '4-13 framing/name-calling blonde MP'],
  ['Fair? Tell that to the workers.', '6-18 framing/doubt Tell that to'],
  ['Voters face the obvious question.', '12-32 framing/doubt the obvious question'],
  ['The minister walked the plank after days of squirming.', '13-29 framing/loaded-term walked the plank'],
  ['The minister walked the plank after days of squirming.', '44-53 framing/loaded-term squirming'],
  ['Her cosy texts to a pal won a whopping deal.', '4-14 framing/loaded-term cosy texts'],
  ['Her cosy texts to a pal won a whopping deal.', '20-23 framing/loaded-term pal'],
  ['Her cosy texts to a pal won a whopping deal.', '30-38 framing/loaded-term whopping'],
  ['He clung on until the party pulled the rug.', '3-11 framing/loaded-term clung on'],
  ['He clung on until the party pulled the rug.', '28-42 framing/loaded-term pulled the rug'],
  ['Her allies are spinning that she was framed.', '15-28 framing/loaded-term spinning that'],
  ['The opposition bleated about costs while the minister crowed.', '15-22 framing/loaded-term bleated'],
  ['The opposition bleated about costs while the minister crowed.', '54-60 framing/loaded-term crowed'],
  ['Troops neutralised three militants near the border.', '7-34 framing/loaded-term neutralised three militants'],
  ['The jets hit a terror nest in a pinpoint strike.', '15-26 framing/loaded-term terror nest'],
  ['The jets hit a terror nest in a pinpoint strike.', '32-47 framing/loaded-term pinpoint strike'],
  ['The drone strike caused collateral damage.', '24-41 framing/loaded-term collateral damage'],
  ['Our brave troops held the line.', '4-16 framing/flag-waving brave troops'],
  ['The valiant air force struck again.', '4-21 framing/flag-waving valiant air force'],
  ['Pen-pushers blocked the scheme.', '0-11 framing/name-calling Pen-pushers'],
  ['Campaigners fear bean-counters will block it.', '17-30 framing/name-calling bean-counters'],
  ['Police dispersed the rioters.', '21-28 framing/name-calling rioters'],
  ['Looters ransacked the store.', '0-7 framing/name-calling Looters'],
  ['A groundbreaking jab was approved.', '2-16 framing/exaggeration groundbreaking'],
  ['The revolutionary wonder drug was approved.', '4-29 framing/exaggeration revolutionary wonder drug'],
  ['A wonder drug was approved.', '2-13 framing/exaggeration wonder drug'],
  ['Such figures have been exposed as fabrications before.', '23-46 framing/doubt exposed as fabrications'],
  ['The plan will go ahead, the Courier understands.', '22-48 framing/unnamed-authority , the Courier understands.'],
  ['The Courier can reveal that the plan is dead.', '12-22 framing/unnamed-authority can reveal'],
  ['The booze scare hit sales.', '4-9 framing/loaded-term booze'],
  ['He enjoys a nightly tipple.', '20-26 framing/loaded-term tipple'],
  ['Researchers were left baffled by the result.', '17-29 framing/loaded-term left baffled'],
  ['Boffins in Leeds built a robot.', '0-7 framing/name-calling Boffins'],
  ['The nanny state wants to ban sweets.', '4-15 framing/name-calling nanny state'],
  ['Killjoy councillors banned the fair.', '0-7 framing/name-calling Killjoy'],
  ['The woke brigade objected.', '4-16 framing/name-calling woke brigade'],
  ['Critics called it scaremongering.', '18-32 framing/loaded-term scaremongering'],
  ['Yet another study says coffee is bad.', '0-17 framing/doubt Yet another study'],
  ['Clean athletes deserve protection from cheats.', '39-45 framing/name-calling cheats'],
  ['This is a rush to judgment by the board.', '10-26 framing/loaded-term rush to judgment'],
  ['The federation wanted a scalp.', '15-29 framing/loaded-term wanted a scalp'],
  ['The ruling is a hammer blow to savers.', '16-27 framing/loaded-term hammer blow'],
  ['Families face soaring energy bills.', '14-34 framing/exaggeration soaring energy bills'],
  ['Millions face soaring mortgage bills.', '14-36 framing/exaggeration soaring mortgage bills'],
  ['Shoppers complain of soaring prices.', '21-35 framing/exaggeration soaring prices'],
  ['Tenants struggle with crippling rents.', '22-37 framing/exaggeration crippling rents'],
  ['Drivers face spiralling fuel costs.', '13-34 framing/exaggeration spiralling fuel costs'],
  ['The inquiry is a witch-hunt.', '17-27 framing/loaded-term witch-hunt'],
  ['The inquiry is a witch hunt.', '17-27 framing/loaded-term witch hunt'],
  ['The bill is a naked power grab.', '20-30 framing/loaded-term power grab'],
  ['The review was a hatchet job.', '17-28 framing/loaded-term hatchet job'],
  ['The new fare is daylight robbery.', '16-32 framing/loaded-term daylight robbery'],
  ['The tariff is a rip-off.', '16-23 framing/loaded-term rip-off'],
  ['Officials were made scapegoats for the failure.', '20-30 framing/loaded-term scapegoats'],
  ['Striking teachers abandoned their pupils on Monday.', '18-40 framing/loaded-term abandoned their pupils'],
  ['Junior doctors abandon patients in pay row', '15-31 framing/loaded-term abandon patients'],
  ['Marines stormed a cargo ship off Aden.', '8-28 framing/loaded-term stormed a cargo ship'],
]
for (const [text, line] of OWN_VOICE_CASES) {
  test(`own-voice wording: "${text}"`, () => {
    assert.ok(findingLines(text, frame(text, outletOnly(text)).findings).includes(line), line)
  })
}

test('a ship that is boarded, a storm as a noun, and a crew that abandons ship are plain reporting', () => {
  const text = 'Coastguards boarded the ship at dawn. After the storm the ship was towed in. The crew abandoned ship.'
  assert.deepEqual(findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/loaded-term')), [])
})

test('a denied tabloid label, register in quoted words, and "would-be" before a role it does not doubt are no findings', () => {
  const lines = (text: string): string[] => findingLines(text, frame(text).findings)
  assert.deepEqual(lines('"She is no drug cheat," he said.'), [])
  assert.deepEqual(lines('"They will gut our jobs," the union said.'), [])
  assert.deepEqual(lines('Two would-be assassins were freed.'), [])
  assert.ok(lines('The would-be dictator spoke.').includes('4-12 framing/doubt would-be'))
})

test('the plain senses of new loaded words are no findings: cheating as a verb, a literal blow, prices that merely rise, a soaring bird', () => {
  const lines = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings)
  assert.deepEqual(lines('Players who cheat will be banned.'), [])
  assert.deepEqual(lines('She kept a cheat sheet.'), [])
  assert.deepEqual(lines('He died of a hammer blow to the head.'), [])
  assert.deepEqual(lines('Prices rose and energy bills went up.'), [])
  assert.deepEqual(lines('An eagle was soaring over the hills.'), [])
})

test('"alleged" as a reporting verb tells who accuses, no doubt; as a modifier it still may', () => {
  const doubts = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings).filter((l) => l.includes('framing/doubt'))
  assert.deepEqual(doubts("Ortiz's reports had alleged that officials diverted $120 million."), [])
  assert.deepEqual(doubts('The lawsuit alleged that the company hid losses.'), [])
  assert.deepEqual(doubts('The alleged plot was never proven.'), ['4-11 framing/doubt alleged'])
})

test('a literal roof, a negated minimiser, a revolutionary body and a weighed risk are no findings', () => {
  const lines = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings)
  assert.deepEqual(lines('The missile came through the roof at 1.30am.'), [])
  assert.deepEqual(lines('The sums matter less than the politics, but they are not trivial.'), [])
  assert.deepEqual(lines('The revolutionary guards seized a tanker.'), [])
  assert.deepEqual(lines('After the revolutionaries took control, banks fled.'), [])
  assert.deepEqual(lines('He is a pragmatist, not a revolutionary, and voters are in a revolutionary mood.'), [])
  assert.deepEqual(lines('Regulators must weigh a small benefit for many against a serious risk for a few.'), [])
  assert.deepEqual(lines('The price is trivial.'), ['13-20 framing/exaggeration trivial'])
})

test('the wording of a spokesman quoted is his: euphemisms and hype only in the outlet\'s own voice', () => {
  const lines = (text: string): string[] => findingLines(text, frame(text).findings)
  assert.deepEqual(lines('"We eliminated two militants," the colonel said.'), [])
  assert.deepEqual(lines('"It is a groundbreaking drug," the maker said.'), [])
  assert.deepEqual(lines('One has to wonder why. One can\'t help but ask.').map((l) => l.split(' ').slice(1).join(' ')), ['framing/doubt One has to wonder', 'framing/doubt One can\'t help but ask'])
})

test('a negated threat reassures: no appeal to fear', () => {
  const fear = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/appeal-to-fear'))
  assert.deepEqual(fear('There is no ongoing threat to the public.'), [])
  assert.deepEqual(fear('The storm does not pose a danger to the town.'), [])
  assert.deepEqual(fear('The storm is not only a threat to the town.'), ['24-30 framing/appeal-to-fear threat'])
  assert.deepEqual(fear('There is an ongoing threat to the public.'), ['20-26 framing/appeal-to-fear threat'])
})

test('an unnamed group reported as saying is a sourcing note, weighing less than one invoked as believing or agreeing', () => {
  const authority = (text: string): number[] => frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/unnamed-authority').map((f) => f.confidence)
  assert.deepEqual(authority('Analysts said the bank would cut rates.'), [0.2])
  assert.deepEqual(authority('Some climate scientists said the storms were worse.'), [0.2])
  const routine = 'The firm will close two plants, a person familiar with the plan said, asking not to be identified.'
  assert.deepEqual(frame(routine, outletOnly(routine)).findings.map((f) => [f.confidence, f.explanation.split(':')[0]]), [[0.2, 'Sourcing note']])
  assert.deepEqual(authority('Pundits believe the bank will cut rates.'), [0.6])
  assert.deepEqual(authority('Experts agree that the plan failed.'), [0.6])
})

test('an unnamed plural group that blames, accuses or warns is an unnamed authority; a group with a name or body attached is not', () => {
  assert.deepEqual(authorityLines('Critics blame the mayor for the closed library.'), ['0-13 framing/unnamed-authority Critics blame'])
  assert.deepEqual(authorityLines('Some analysts accuse the bank of moving too late.'), ['0-20 framing/unnamed-authority Some analysts accuse'])
  assert.deepEqual(authorityLines('Many blame the drought on the new dam.'), ['0-10 framing/unnamed-authority Many blame'])
  assert.deepEqual(authorityLines('Some warn the ferry will never sail again.'), ['0-9 framing/unnamed-authority Some warn'])
  assert.deepEqual(authorityLines('Insiders blame the coach for the loss.'), ['0-14 framing/unnamed-authority Insiders blame'])
  assert.deepEqual(authorityLines('Critics from the Farmers Union blame the mayor for the closed library.'), [])
  assert.deepEqual(authorityLines('Farmers blame the mayor for the closed library.'), [])
})

test('officials of a named body are routine sourcing; unnamed sources and officials described as such are not', () => {
  const authority = (text: string): number[] => frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/unnamed-authority').map((f) => f.confidence)
  assert.deepEqual(authority('Union officials said the strike would go on.'), [])
  assert.deepEqual(authority('Hospital officials said 40 patients were moved.'), [])
  assert.deepEqual(authority('Sources said the talks had stalled.'), [0.2])
  assert.deepEqual(authority('Senior officials said the talks had stalled.'), [0.2])
})

test('partisan labels and doubt about a label are found; a reassurance that no evidence was found is no doubt', () => {
  const lines = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings)
  assert.deepEqual(lines('The strongman rigged the vote.'), ['4-13 framing/name-calling strongman', '14-20 framing/loaded-term rigged'])
  assert.deepEqual(lines('The inquiry, if you can call it that, ended.'), ['13-36 framing/doubt if you can call it that'])
  assert.deepEqual(lines('The firm said there was no evidence that card data had been taken.'), [])
})

test('"although there is no evidence" is the outlet\'s caveat; set against a claim it still casts doubt', () => {
  const doubt = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.technique === 'doubt'))
  assert.deepEqual(doubt('Two climbers fell ill after the dinner, although there is no evidence the food was to blame.'), [])
  assert.deepEqual(doubt('He says the ballots were forged. There is no evidence of that.'), ['33-53 framing/doubt There is no evidence'])
})

test('"possibly" or "potentially" before a word of harm grades a risk; elsewhere it hedges', () => {
  const hedges = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.technique === 'hedge'))
  assert.deepEqual(hedges('The wells held a possibly carcinogenic solvent and a potentially fatal gas.'), [])
  assert.deepEqual(hedges('The mayor possibly knew about the leak.'), ['10-18 framing/hedge possibly'])
})

test('an action said to be dangerous is a safety caution, not an appeal to fear; a danger pinned on people still is', () => {
  const fear = (text: string): string[] => findingLines(text, frame(text, outletOnly(text), {}).findings.filter((f) => f.technique === 'appeal-to-fear'))
  assert.deepEqual(fear('The agency says stopping the injections suddenly can be dangerous.'), [])
  assert.deepEqual(fear('Mixing the two cleaners is dangerous, the label warns.'), [])
  const rules = 'Those gangs are dangerous, the mayor warns.'
  assert.deepEqual(findingLines(rules, frame(rules, outletOnly(rules)).findings), ['16-25 framing/appeal-to-fear dangerous'])
})

test('partisan wording of general use: a whitewash, a fairy tale, pocketing money, clinging to power, puffery and editorialising', () => {
  const loaded = (text: string): string[] => findingLines(text, frame(text, outletOnly(text), {}).findings.filter((f) => f.ruleId === 'framing/loaded-term' || f.ruleId === 'framing/name-calling'))
  assert.deepEqual(loaded('The governor pocketed a fee and clung to office.'), ['13-21 framing/loaded-term pocketed', '32-47 framing/loaded-term clung to office'])
  assert.deepEqual(loaded('The review was a whitewash and his budget is a fairy tale.'), ['17-26 framing/loaded-term whitewash', '47-57 framing/loaded-term fairy tale'])
  assert.deepEqual(loaded('It should be noted that the widely respected judge agreed.'), ['28-44 framing/loaded-term widely respected'])
  const aside = 'Some critics, it should be noted, were silent.'
  assert.deepEqual(findingLines(aside, frame(aside, outletOnly(aside), {}).findings.filter((f) => f.ruleId === 'framing/booster')), ['14-32 framing/booster it should be noted'])
  assert.deepEqual(loaded('The team was led by the respected former coach.'), ['20-33 framing/loaded-term the respected'])
  assert.deepEqual(loaded('Fat-cat landlords raised rents.'), ['0-7 framing/name-calling Fat-cat'])
  assert.deepEqual(loaded('The rebels respected the truce and kept a pocket of land.'), [])
})

test('"so-called" before a proper name and the kind of thing it names is a term of art, before a label it casts doubt', () => {
  const doubt = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/doubt'))
  assert.deepEqual(doubt('Under Belgian law, the so-called Renault procedure requires the company to consult its workers.'), [])
  assert.deepEqual(doubt('Asylum claims fall under the so-called Dublin rules.'), [])
  assert.deepEqual(doubt('The so-called experts were wrong.'), ['4-13 framing/doubt so-called'])
  assert.deepEqual(doubt('It praised the so-called Islamic State for its discipline.'), ['15-24 framing/doubt so-called'])
  assert.deepEqual(doubt('The party of the so-called "student" list lost.'), ['17-26 framing/doubt so-called'])
})

test('a lexicon word in an institution\'s name names a body, it does not judge; in a title-case headline or before other words it still counts', () => {
  const lines = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings)
  assert.deepEqual(lines('The toll rose, the country\'s disaster agency said.'), [])
  assert.deepEqual(lines('The Disaster and Emergency Management Authority said 188 people were rescued.'), [])
  assert.deepEqual(lines('Officials at the Office for Disaster Risk Reduction said the toll rose.'), [])
  assert.deepEqual(lines('The threat assessment centre raised the alert level.'), [])
  assert.deepEqual(lines('It was a disaster for the ministry.'), ['9-17 framing/appeal-to-fear disaster'])
  assert.deepEqual(lines('The corrupt agency hid it.'), ['4-11 framing/loaded-term corrupt'])
  assert.deepEqual(lines('Quake Disaster Agency Faces Anger'), ['6-14 framing/appeal-to-fear Disaster'])
  assert.deepEqual(lines('Ministry Backs Vicious Crackdown on students.'), ['15-22 framing/loaded-term Vicious'])
})

test('"kind of" hedges as an adverb; after a determiner or question word it is a noun', () => {
  const hedges = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/hedge'))
  assert.deepEqual(hedges('What kind of injuries did you see?'), [])
  assert.deepEqual(hedges('This sort of attack is rare.'), [])
  assert.deepEqual(hedges('The plan was kind of rushed.'), ['13-20 framing/hedge kind of'])
})

test('a source granted anonymity is an unnamed authority, however the anonymity is worded', () => {
  assert.deepEqual(authorityLines('A senior official, who spoke on condition of anonymity, said the permits were void.'), ['23-54 framing/unnamed-authority spoke on condition of anonymity'])
  assert.deepEqual(authorityLines('An aide, speaking on the condition of anonymity, said so.'), ['9-47 framing/unnamed-authority speaking on the condition of anonymity'])
  assert.deepEqual(authorityLines('"We buried 30," a worker said, asking that his name not be used.'), ['31-63 framing/unnamed-authority asking that his name not be used'])
  assert.deepEqual(authorityLines('A diplomat, who asked not to be identified, said talks stalled.'), ['16-42 framing/unnamed-authority asked not to be identified'])
  assert.deepEqual(authorityLines('Officials familiar with the talks said they stalled.'), ['0-23 framing/unnamed-authority Officials familiar with'])
  assert.deepEqual(authorityLines('A person familiar with the talks, who asked not to be identified, said they stalled.'), ['0-22 framing/unnamed-authority A person familiar with'])
  assert.match(frame('He spoke on condition of anonymity.', outletOnly('x'.repeat(35))).findings[0]?.explanation ?? '', /source granted anonymity/)
})

test('a source off the record, not authorised to speak, familiar with a case, or a lone unnamed official is an unnamed source too, one note a sentence', () => {
  assert.deepEqual(authorityLines('A union official said privately that the members were angry.'), ['0-21 framing/unnamed-authority A union official said'])
  assert.deepEqual(authorityLines('The aide said privately that the deal was off.'), ['9-23 framing/unnamed-authority said privately'])
  assert.deepEqual(authorityLines('The officer, who was not authorised to speak publicly, said the road was shut.'), ['17-44 framing/unnamed-authority was not authorised to speak'])
  assert.deepEqual(authorityLines('A lawyer familiar with the investigation said the files were missing.'), ['9-40 framing/unnamed-authority familiar with the investigation'])
  assert.deepEqual(authorityLines('An engineer familiar with the matter, who asked not to be named, said the gates jammed.'), ['12-36 framing/unnamed-authority familiar with the matter'])
  assert.deepEqual(authorityLines('A senior official told reporters the border would reopen.'), ['0-22 framing/unnamed-authority A senior official told'])
  assert.deepEqual(authorityLines('The minister is familiar with the case and said it would be reviewed.'), [])
  assert.deepEqual(authorityLines('A spokesman for the ministry said the border would reopen.'), [])
})

test('fear as a noun appeals to it; the verb reports what someone felt', () => {
  const fear = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/appeal-to-fear'))
  assert.deepEqual(fear('He asked not to be named because he feared losing his job.'), [])
  assert.deepEqual(fear('Fears of a collapse grew.'), ['0-5 framing/appeal-to-fear Fears'])
  assert.deepEqual(fear('He voiced fears of a collapse.'), ['10-15 framing/appeal-to-fear fears'])
})

test('a measured extreme ("an all-time high") and the wire\'s word for armed fighters ("militants") are plain reporting', () => {
  const text = 'Stocks closed at an all-time high after rates fell to a historic low. Militants attacked a post, and the militants fled.'
  assert.deepEqual(frame(text, outletOnly(text)).findings, [])
  assert.deepEqual(frame(text, outletOnly(text), {}).findings.filter((f) => f.technique === 'exaggeration' || f.technique === 'name-calling'), [])
})

test('tabloid wording in the outlet\'s own voice is loaded; "cops" only when the outlet says it, not in a speaker\'s quoted words', () => {
  const text = 'A trigger-happy officer gunned down a father. The council squandered the fund and trotted out excuses as the killer fever spread. ' +
    'Cops arrived late. "The cops never came," a neighbour said.'
  const loaded = findingLines(text, frame(text).findings.filter((f) => f.ruleId === 'framing/loaded-term'))
  assert.deepEqual(loaded.map((l) => l.replace(/^\S+ \S+ /u, '')), ['trigger-happy', 'gunned down', 'squandered', 'trotted out', 'killer fever', 'Cops'])
})

// Headline verdicts (written for this test): the rules alone read a headline, its grammar confuses the POS tagger
// ("slams" a noun) and the tagger may not veto them, so each is found with the committed model and named.
const HEADLINES: [string, string][] = [
  ["Government's botched response", 'botched'],
  ["PM's gamble backfires", 'backfires'],
  ['Minister finally admits failure', 'finally admits'],
  ['Chaos as trains are cancelled', 'Chaos as'],
  ['Fury as council shuts library', 'Fury as'],
  ['Shock as mayor quits', 'Shock as'],
  ['Mayor slams critics', 'slams'],
  ['Ministers blast report', 'blast'],
  ['Shame of the council', 'Shame'],
  ['Humiliating U-turn for the minister', 'U-turn'],
]
for (const [title, word] of HEADLINES) {
  test(`headline verdict: "${title}"`, () => {
    const found = frame(title, outletOnly(title), { headline: true }).findings.filter((f) => f.ruleId === 'framing/loaded-term')
    const f = found.find((x) => title.slice(x.span.start, x.span.end) === word)
    assert.ok(f, `${word} in ${findingLines(title, found).join('; ')}`)
    assert.ok(f.explanation.includes(`\`${word}\``), f.explanation)
  })
}

test('a headline verdict in a speaker\'s quoted words is theirs: found, halved and said to be quoted', () => {
  const text = 'Mayor: "Botched plan backfires"'
  const found = frame(text, quoteAttributions(text), { headline: true }).findings.filter((f) => f.ruleId === 'framing/loaded-term')
  assert.deepEqual(found.map((f) => [text.slice(f.span.start, f.span.end), f.explanation.endsWith("in a quoted speaker's words.")]), [['Botched', true], ['backfires', true]])
})

test('a group discredited by its backers or its pay is labelled, and the finding names the words', () => {
  const labels = (text: string): string[] => findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.technique === 'name-calling'))
  assert.deepEqual(labels('Campaigners backed by foreign donors have fought the bypass for years.'), ['0-36 framing/name-calling Campaigners backed by foreign donors'])
  assert.deepEqual(labels('Protesters funded by overseas groups blocked the port.'), ['0-36 framing/name-calling Protesters funded by overseas groups'])
  assert.deepEqual(labels('Agitators bankrolled by a shipping tycoon stormed the hall.'), ['0-23 framing/name-calling Agitators bankrolled by'])
  assert.deepEqual(labels('The march was swelled by paid protesters from the capital.'), ['25-40 framing/name-calling paid protesters'])
  const explained = frame('Paid activists filled the square.', outletOnly('Paid activists filled the square.')).findings.find((f) => f.technique === 'name-calling')
  assert.match(explained?.explanation ?? '', /`Paid activists`.*(backers|pay)/)
  assert.deepEqual(labels('The bypass was backed by foreign donors and the county council.'), [])
  assert.deepEqual(labels('The firm has paid protesters who lost their crops.'), [])
})

test('every intensifier of a price takes every word of cost: "spiraling food bills", "punishing cost of living"', () => {
  const intensified = (text: string): string[] => frame(text, outletOnly(text)).findings
    .filter((f) => f.ruleId === 'framing/exaggeration').map((f) => text.slice(f.span.start, f.span.end))
  assert.deepEqual(intensified('Families face spiraling food bills this winter.'), ['spiraling food bills'])
  assert.deepEqual(intensified('Families face a punishing cost of living.'), ['punishing cost of living'])
  assert.deepEqual(intensified('Households are hit by ballooning energy inflation.'), ['ballooning energy inflation'])
})
