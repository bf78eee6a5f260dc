/** @module analyze/portrayal/portrayal.test — tone toward each main actor, with the words and voice behind it. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { AnalyzedArticle, Portrayal } from '../../model/schema.js'
import { analyzeArticle, analyzeText } from '../pipeline.js'
import { segmentText } from '../segment/segment.js'
import { findPortrayals } from './portrayal.js'

const portrayalOf = (a: AnalyzedArticle, name: string): Portrayal => {
  const actor = a.actors.find((x) => x.name === name)
  const found = a.portrayals.find((p) => p.actor === actor?.id)
  assert.ok(found, `no portrayal of ${name}: ${a.actors.map((x) => x.name).join(', ')}`)
  return found
}

const words = (a: AnalyzedArticle, p: Portrayal): string[] => p.evidence.flatMap((e) => e.words.map((w) => a.article.text.slice(w.start, w.end)))

describe('portrayal', () => {
  test('evaluative words go to the actor named before them, with the words as evidence', () => {
    const a = analyzeText('Norway handled the talks professionally and with great courage. Sweden, however, sabotaged the agreement and ignored its neighbours.')
    const norway = portrayalOf(a, 'Norway')
    const sweden = portrayalOf(a, 'Sweden')
    assert.equal(norway.positive, 1)
    assert.equal(norway.negative, 0)
    assert.equal(sweden.negative, 1)
    assert.equal(sweden.positive, 0)
    assert.ok(words(a, norway).includes('professionally'), words(a, norway).join(','))
    assert.match(sweden.evidence[0]!.explanation, /^Unfavourable to Sweden: /u)
    assert.equal(sweden.evidence[0]!.voice, 'outlet')
  })

  test('a valenced word in a name opening a sentence ("Supreme Court") judges no one', () => {
    const a = analyzeText('Supreme Court Justice Ruth Bader Ginsburg met the senators on Tuesday. Great news reached the court later.')
    assert.ok(!a.portrayals.some((p) => words(a, p).includes('Supreme')), JSON.stringify(a.portrayals.map((p) => words(a, p))))
    // An adjective opening the sentence before a name is no part of it.
    const b = analyzeText('Brilliant French striker Kylian Mbappe scored twice.')
    assert.ok(b.portrayals.some((p) => words(b, p).includes('Brilliant')))
  })

  test('a valenced word in a dateline or a place\'s name ("PARADISE VALLEY", "Hope Street", "Mount Pleasant") judges no one', () => {
    const a = analyzeText('PARADISE VALLEY, California – Residents fled the fire on Monday.\nHope Street residents met the mayor. Pleasant Hill neighbours met the mayor too. Firefighters from Mount Pleasant joined them. Pleasant people, the residents said.')
    const scored = a.portrayals.flatMap((p) => words(a, p))
    assert.ok(!scored.some((w) => /^(?:PARADISE|Hope|Pleasant)$/u.test(w)), scored.join(','))
  })

  test('an attack\'s blame falls on no target ("shelled Croatian army positions in a blatant violation"); an accusation\'s on the accused, never the accuser', () => {
    const a = analyzeText('Serbian forces shelled Croatian army positions on Thursday night in a blatant violation of the truce. Croatia said it would respond.')
    const croatia = a.portrayals.find((p) => a.actors.find((x) => x.id === p.actor)?.name.startsWith('Croatia'))
    assert.equal(croatia?.negative ?? 0, 0, JSON.stringify(a.portrayals.map((p) => words(a, p))))
    const b = analyzeText('Interior Minister Paolo Russo blamed human traffickers for the deaths. Russo accused charity ships of acting as a pull factor. Russo later accused Anna Bianchi of lying.')
    assert.equal(portrayalOf(b, 'Paolo Russo').negative, 0)
    assert.equal(portrayalOf(b, 'Anna Bianchi').negative, 1)
  })

  test('a walkout is no attack: the employer a strike is held at may be judged ("over the disgraceful pay offer")', () => {
    const a = analyzeText('Nurses will strike at Kelby Hospital over the disgraceful pay offer.')
    assert.equal(portrayalOf(a, 'Kelby Hospital').negative, 1)
  })

  test('"Justice Ginsburg of the U.S. Supreme Court has embarrassed" judges the justice, not the court that describes her', () => {
    const a = analyzeText('Trump wrote on Twitter that Justice Ginsburg of the U.S. Supreme Court has embarrassed all of us with dumb statements.')
    assert.equal(portrayalOf(a, 'Ginsburg').negative, 1)
    assert.ok(!a.portrayals.some((p) => p.negative > 0 && a.actors.find((x) => x.id === p.actor)?.name === 'Supreme Court'))
  })

  test('a hyphenated word\'s tail ("FOUR-YEAR") and a judged label no name backs ("the poster girl") are no actors portrayed', () => {
    const a = analyzeText('SHE was the poster girl of British athletics. Now Jane Rudd was slapped with a FOUR-YEAR ban after a failed test. Rudd said she would appeal.')
    const names = a.portrayals.map((p) => a.actors.find((x) => x.id === p.actor)?.name)
    assert.ok(!names.includes('YEAR') && !names.includes('the poster girl'), names.join(', '))
    assert.ok(names.includes('Jane Rudd'), names.join(', '))
  })

  test('the outlet naming itself ("told the Daily Echo") is its own voice, not an actor it portrays', () => {
    const text = 'The heroic nurses told the Daily Echo that the ward was a disgrace. The Daily Echo praised the brilliant staff.'
    const article = analyzeArticle({
      id: 'A', text, language: { code: 'eng', supported: true }, outlet: { name: 'The Daily Echo', evidence: { how: 'metadata' } },
      provenance: [{ start: 0, end: text.length, input: '<text>', inputOffset: 0, via: 'text' }],
    })
    const echo = article.actors.find((a) => a.name.endsWith('Daily Echo'))
    assert.ok(echo, 'the outlet is still mentioned')
    assert.ok(!article.portrayals.some((p) => p.actor === echo.id))
    const unnamed = analyzeText(text)
    assert.ok(unnamed.portrayals.some((p) => p.actor === unnamed.actors.find((a) => a.name.endsWith('Daily Echo'))?.id), 'without the outlet it is portrayed')
  })

  test('whom a speaker told their words ("he told the Daily Courier") is not judged by them', () => {
    const text = 'Dr Peter Hale, a statistician at Oxford University, spoke out. "Frankly, these numbers are meaningless and the study is a disgrace," he told the Daily Courier.'
    const a = analyzeText(text)
    const courier = a.portrayals.find((p) => a.actors.find((x) => x.id === p.actor)?.name === 'Daily Courier')
    assert.equal(courier?.negative ?? 0, 0)
  })

  test('the outlet named by its initials ("told GWS") and a verb in capitals ("a jab that SLOWS decline") are no actors portrayed', () => {
    const text = 'The brutal raid was condemned by officials who told GWS it was a disgrace. Families praised a jab that SLOWS dementia by a third.'
    const article = analyzeArticle({
      id: 'A', text, language: { code: 'eng', supported: true }, outlet: { name: 'Global Wire Service', evidence: { how: 'metadata' } },
      provenance: [{ start: 0, end: text.length, input: '<text>', inputOffset: 0, via: 'text' }],
    })
    const names = article.portrayals.map((p) => article.actors.find((x) => x.id === p.actor)?.name)
    assert.ok(!names.includes('GWS') && !names.includes('SLOWS'), names.join(', '))
  })

  test('a dateline\'s agency files the story and is not judged by its first sentence', () => {
    const a = analyzeText('LIMA (Reuters) - A brutal and cowardly raid destroyed three shops on Monday.')
    assert.deepEqual(a.portrayals, [])
  })

  test('a negation flips the valence', () => {
    const a = analyzeText('Chile was not helpful during the crisis talks in Geneva.')
    assert.equal(portrayalOf(a, 'Chile').negative, 1)
  })

  test('a negation anywhere in the clause before a word flips it, short of a preposition; "no one" before a comparative praises', () => {
    const a = analyzeText('Cyclist Lena Ortiz never knowingly took a banned drug. Mayor Tom Brandt is not corrupt. Chile has never once made a generous offer to Peru.')
    const tones = (name: string): number[] => { const p = portrayalOf(a, name); return [p.positive, p.negative] }
    assert.deepEqual(tones('Lena Ortiz'), [1, 0], JSON.stringify(portrayalOf(a, 'Lena Ortiz').evidence.map((e) => e.explanation)))
    assert.equal(portrayalOf(a, 'Tom Brandt').negative, 0)
    assert.deepEqual(tones('Chile'), [0, 1])
    // The negation ends with its clause ("did not attend, and Peru was rude") and before a preposition ("never hid … in her brilliant career").
    const b = analyzeText('Chile did not attend the talks, and Peru was rude to the hosts. Mayor Ruth Kane never hid from the press in her brilliant career. No one is a better negotiator than Ana Silva.')
    assert.equal(portrayalOf(b, 'Peru').negative, 1)
    assert.deepEqual([portrayalOf(b, 'Ruth Kane').positive, portrayalOf(b, 'Ruth Kane').negative], [1, 0])
    assert.deepEqual([portrayalOf(b, 'Ana Silva').positive, portrayalOf(b, 'Ana Silva').negative], [1, 0])
  })

  test('"no one" negates a word that only ends like a comparative ("honest", "clever"), not a comparative ("more honest than", "smarter than")', () => {
    const a = analyzeText('At Halden Bank no one is honest.')
    assert.deepEqual([portrayalOf(a, 'Halden Bank').positive, portrayalOf(a, 'Halden Bank').negative], [0, 1], JSON.stringify(portrayalOf(a, 'Halden Bank').evidence.map((e) => e.explanation)))
    for (const text of ['No one is more honest than Ana Silva.', 'No one is smarter than Ana Silva.']) {
      const b = analyzeText(text)
      assert.deepEqual([portrayalOf(b, 'Ana Silva').positive, portrayalOf(b, 'Ana Silva').negative], [1, 0], text)
    }
  })

  test('harm an actor suffers ("the victim of a vicious smear", "suffered terrible burns") does not judge them; its agent ("by") is judged', () => {
    const a = analyzeText('Sprinter Amara Okoye was the victim of a vicious smear. Nurse Ana Silva suffered terrible burns in the blast.')
    assert.equal(portrayalOf(a, 'Amara Okoye').negative, 0, JSON.stringify(portrayalOf(a, 'Amara Okoye').evidence.map((e) => e.explanation)))
    assert.equal(portrayalOf(a, 'Ana Silva').negative, 0)
    const b = analyzeText('Mayor Ruth Kane was the victim of a shameful campaign by the Westland Tribune. The Westland Tribune declined to comment.')
    assert.equal(portrayalOf(b, 'Ruth Kane').negative, 0)
    assert.equal(portrayalOf(b, 'Westland Tribune').negative, 1)
    // Victims who act are no harm undergone: "The victims of the flood met Halden Bank over its shameful conduct".
    const c = analyzeText('The victims of the flood met Halden Bank over its shameful conduct. Halden Bank declined to comment.')
    assert.equal(portrayalOf(c, 'Halden Bank').negative, 1)
  })

  test('a sanction judges whom it targets, not who imposes it, unless a word judges the sanction ("an unfair ban")', () => {
    const a = analyzeText('The Westland Rowing Federation banned rower Tom Berg for two years. Berg will fight the unjust ban.')
    const tones = (name: string): number[] => { const p = portrayalOf(a, name); return [p.positive, p.negative] }
    assert.deepEqual(tones('Westland Rowing Federation'), [0, 0])
    assert.deepEqual(tones('Tom Berg'), [0, 1], JSON.stringify(portrayalOf(a, 'Tom Berg').evidence.map((e) => e.explanation)))
    const b = analyzeText('The Westland Rowing Federation handed rower Tom Berg an unfair ban.')
    assert.equal(portrayalOf(b, 'Westland Rowing Federation').negative, 1)
    assert.equal(portrayalOf(b, 'Tom Berg').negative, 0)
    // A headline's passive with no auxiliary ("Berg banned for two years") judges its subject, not a party after it.
    const c = analyzeText('Rower Tom Berg banned for two years after a row with coach Ana Silva. Silva declined to comment.')
    assert.equal(portrayalOf(c, 'Tom Berg').negative, 1)
    assert.equal(portrayalOf(c, 'Ana Silva').negative, 0)
    // The target is the direct object, not a party named after a preposition: "ban Muslim immigration to the U.S.".
    const d = analyzeText('Senator Ruth Kane called for a law to ban foreign imports into Chile. Chile protested.')
    assert.equal(portrayalOf(d, 'Chile').negative, 0)
  })

  test('a word about someone close to an actor ("whose husband suffered a broken spine", "his son\'s awful injuries") judges no one', () => {
    const a = analyzeText('Maria Olsen, whose husband had a broken spine, spoke to reporters. Tom Berg sat in court while his son\'s awful injuries were described.')
    assert.equal(portrayalOf(a, 'Maria Olsen').negative, 0)
    assert.equal(portrayalOf(a, 'Tom Berg').negative, 0, JSON.stringify(portrayalOf(a, 'Tom Berg').evidence.map((e) => e.explanation)))
  })

  test('"a positive test", "training alone" and fighting a charge judge no one', () => {
    const a = analyzeText('Sprinter Amara Okoye returned a positive test in March. Okoye has been training alone since May. Okoye will fight the charge.')
    const okoye = portrayalOf(a, 'Amara Okoye')
    assert.deepEqual([okoye.positive, okoye.negative], [0, 0], JSON.stringify(okoye.evidence.map((e) => e.explanation)))
  })

  test('an adjective of degree before a noun ("severe crosswinds", "intense criticism") grades it and judges no one', () => {
    const a = analyzeText('A Skyvale Airways jet landed in severe crosswinds on Monday. Skyvale Airways drew intense criticism.')
    const skyvale = portrayalOf(a, 'Skyvale Airways')
    assert.deepEqual([skyvale.positive, skyvale.negative], [0, 0], JSON.stringify(skyvale.evidence.map((e) => e.explanation)))
  })

  test('words that only report the event judge no one', () => {
    const a = analyzeText('Three people were killed in an attack in Peru on Monday, and Peru condemned the attack.')
    const peru = portrayalOf(a, 'Peru')
    assert.deepEqual([peru.positive, peru.negative], [0, 0])
  })

  test('a test result ("tested positive", "came back negative") judges no one', () => {
    const a = analyzeText('Sprinter Amara Okoye tested positive for a banned steroid. Her second sample came back negative.')
    const okoye = portrayalOf(a, 'Amara Okoye')
    assert.deepEqual([okoye.positive, okoye.negative], [0, 0], JSON.stringify(okoye.evidence.map((e) => e.explanation)))
  })

  test('the target of violence is not portrayed unfavourably: a kidnapped, threatened or tortured hostage', () => {
    const a = analyzeText('Aid worker Tom Berg was kidnapped in Mali last year. His captors threatened to harm Berg and tortured him. Berg was abducted from his car and badly beaten.')
    const berg = portrayalOf(a, 'Tom Berg')
    assert.equal(berg.negative, 0, JSON.stringify(berg.evidence.map((e) => e.explanation)))
  })

  test('who threatens or is a threat is portrayed unfavourably; only the threatened is spared', () => {
    const a = analyzeText('General Omar Haddad threatened the protesters. Senator Ana Reyes said Viktor Orban is a threat to democracy. Reyes was threatened by an anonymous caller.')
    assert.equal(portrayalOf(a, 'Omar Haddad').negative, 1)
    assert.equal(portrayalOf(a, 'Viktor Orban').negative, 1)
    assert.equal(portrayalOf(a, 'Ana Reyes').negative, 0)
  })

  test('only an adverb of degree before a word of violence grades it; another adverb still judges', () => {
    const a = analyzeText('Captain Lena Ortiz successfully rescued the hostages. Ortiz was badly wounded.')
    const ortiz = portrayalOf(a, 'Lena Ortiz')
    assert.deepEqual(words(a, ortiz).sort(), ['rescued', 'successfully'])
  })

  test('an outcome or a reply is reported, not judged: who won, who rejected or denied what', () => {
    const a = analyzeText('President Ana Reyes was declared the winner with 51 percent. Reyes won a second term. The opposition Unity Party rejected the results and denied any fraud.')
    const tones = (name: string): number[] => { const p = portrayalOf(a, name); return [p.positive, p.negative] }
    assert.deepEqual(tones('Ana Reyes'), [0, 0])
    assert.deepEqual(tones('Unity Party'), [0, 0])
  })

  test('a quoted speaker\'s words are marked with the speaker\'s voice', () => {
    const a = analyzeText('President Maria Alves said Brazil behaved shamefully and dishonestly in the dispute.')
    const brazil = portrayalOf(a, 'Brazil')
    assert.equal(brazil.negative, 1)
    assert.equal(a.actors.find((x) => x.id === brazil.evidence[0]!.voice)?.name, 'Maria Alves')
  })

  test('a verb that judges its object judges the object, not the subject; a passive one its subject', () => {
    const a = analyzeText('Senator Maria Lopez criticized Governor Tom Brandt over the budget on Monday.')
    assert.equal(portrayalOf(a, 'Tom Brandt').negative, 1)
    assert.equal(portrayalOf(a, 'Maria Lopez').negative, 0)
    const passive = analyzeText('Governor Tom Brandt was praised by Senator Maria Lopez for the budget.')
    assert.equal(portrayalOf(passive, 'Tom Brandt').positive, 1)
  })

  test('quoted words do not judge their own speaker', () => {
    const a = analyzeText('"It is sheer dishonesty and a disgrace," said Senator Maria Lopez on Friday.')
    const lopez = a.portrayals.find((p) => a.actors.find((x) => x.id === p.actor)?.name === 'Maria Lopez')
    assert.equal(lopez?.negative ?? 0, 0)
  })

  test('an adjective of nationality is judged only when no one else in the sentence is', () => {
    const a = analyzeText('Under Governor Tom Brandt, American factories suffered a shameful collapse.')
    assert.equal(portrayalOf(a, 'Tom Brandt').negative, 1)
    assert.equal(a.portrayals.find((p) => a.actors.find((x) => x.id === p.actor)?.name === 'United States')?.negative ?? 0, 0)
  })

  test('words about a case ("Kane v. Ortiz", "Kane vs. Ortiz") judge neither party, nor anyone else in the sentence', () => {
    for (const versus of ['v.', 'vs.', 'versus']) {
      const a = analyzeText(`Mayor Ruth Kane sued Daniel Ortiz in March. A judge threw out Kane ${versus} Ortiz as a frivolous and shameful lawsuit on Friday. Ortiz thanked his lawyers.`)
      for (const name of ['Ruth Kane', 'Daniel Ortiz', 'judge']) {
        const judged = a.portrayals.find((p) => a.actors.find((x) => x.id === p.actor)?.name === name)
        assert.ok(!judged?.evidence.some((e) => /shameful|frivolous/u.test(e.explanation)), `${versus} ${name}: ${judged?.evidence.map((e) => e.explanation).join(' | ')}`)
      }
      // The case's parties are not counted as portrayed in its sentence: Ortiz only in the first and the last.
      assert.equal(total(portrayalOf(a, 'Daniel Ortiz')), 2, versus)
    }
  })

  test('in a matchup "A versus B, a ...", the apposition after B is said of B', () => {
    const a = analyzeText('Ruth Kane spoke in Ohio. Daniel Ortiz spoke in Texas. The race is now Kane versus Ortiz, a disgraced and dishonest demagogue. Kane leads.')
    assert.equal(portrayalOf(a, 'Daniel Ortiz').negative, 1)
    assert.equal(portrayalOf(a, 'Ruth Kane').negative, 0)
  })

  test('in a fixture "A versus B, a bruising derby", the apposition names the match: it judges neither party', () => {
    const a = analyzeText('Ruth Kane spoke in Ohio. Daniel Ortiz spoke in Texas. Sunday brings Kane versus Ortiz, a bitter and ugly contest. Kane leads.')
    assert.equal(portrayalOf(a, 'Daniel Ortiz').negative, 0)
    assert.equal(portrayalOf(a, 'Ruth Kane').negative, 0)
  })
  test('a topic noun, or the noun naming the party, judges no one: "protesters", "interest rates", "a prisoner exchange", "complaints"', () => {
    const a = analyzeText('A group of protesters threw bottles at the police line in Lima. The central bank of Chile held interest rates at 4 percent. Negotiators from Peru discussed a prisoner exchange with Chile. Observers received dozens of complaints from voters in Peru.')
    const judged = a.portrayals.flatMap((p) => words(a, p))
    for (const topic of ['protesters', 'interest', 'prisoner', 'complaints']) assert.ok(!judged.includes(topic), judged.join(','))
  })

  test('a noun said of a party still judges it: "branded her a sore loser and a disgrace"', () => {
    const a = analyzeText('Loyalists of the governor branded Maria Lopez a loser and a disgrace on Monday.')
    const lopez = portrayalOf(a, 'Maria Lopez')
    assert.equal(lopez.negative, 1)
    assert.ok(words(a, lopez).includes('loser'), words(a, lopez).join(','))
  })

  test('a label a verb puts on its object judges the object, never the subject: "The mayor branded her rival a sore loser"', () => {
    const a = analyzeText('Mayor Ana Ruiz branded her rival a sore loser on Monday. Senator Jones called Governor Tom Hale a liar and a coward.')
    assert.equal(portrayalOf(a, 'Ana Ruiz').negative, 0, JSON.stringify(portrayalOf(a, 'Ana Ruiz').evidence.map((e) => e.explanation)))
    assert.equal(portrayalOf(a, 'Jones').negative, 0)
    assert.equal(portrayalOf(a, 'Tom Hale').negative, 1)
    // A trained-tagger span over the verb, the object and the label judges the object too.
    const b = analyzeText('The mayor branded her rival a loser.')
    assert.ok(!b.portrayals.some((p) => p.negative > 0), JSON.stringify(b.portrayals))
    // Said of the subject, by a passive verb, the label is the subject's.
    const c = analyzeText('Mayor Ana Ruiz was branded a sore loser.')
    assert.equal(portrayalOf(c, 'Ana Ruiz').negative, 1)
  })

  test('a passive verb judges not its subject, nor the party after it: "which was approved", "no agreement was reached"', () => {
    const a = analyzeText('Governor Tom Brandt asked for federal aid, which was approved on Monday. No agreement was reached on the dam, which Chile says has cut its water.')
    assert.equal(portrayalOf(a, 'Tom Brandt').positive, 0)
    assert.deepEqual([portrayalOf(a, 'Chile').positive, portrayalOf(a, 'Chile').negative], [0, 0])
  })

  test('a verb after a noun that names no party is said of that noun: "people protesting"', () => {
    const a = analyzeText('Police in Lima dispersed thousands of people protesting against a fuel tax. Police said order was restored.')
    const police = a.portrayals.flatMap((p) => words(a, p))
    assert.ok(!police.includes('protesting'), police.join(','))
  })

  test('the verb of a report says who spoke ("warned"), unless it is one of complaining ("complained")', () => {
    const a = analyzeText('Professor Anita Rao warned that the drug could cause bleeding. Senator Ana Reyes complained that the study was rushed.')
    assert.equal(portrayalOf(a, 'Anita Rao').negative, 0)
    assert.equal(portrayalOf(a, 'Ana Reyes').negative, 1)
  })

  test('a word said of the clause after it ("Funny how …") or praise belied by "as if" judges no one', () => {
    const a = analyzeText('Funny how Chile never finds the money for its workers. Yet Prime Minister Sarah Idris smiled for the cameras as if none of it had happened.')
    const judged = a.portrayals.flatMap((p) => words(a, p))
    assert.ok(!judged.includes('Funny') && !judged.includes('smiled'), judged.join(','))
  })
  test('a word after an article with no noun after it is a noun: "a fine of up to 4 percent" praises no one, "a fine decision" does', () => {
    const a = analyzeText('The regulator said it could impose a fine of up to 4 percent of turnover on Halden Bank. Halden Bank made a fine decision.')
    assert.deepEqual(a.portrayals.flatMap((p) => p.evidence.map((e) => a.article.text.slice(e.sentence.start, e.sentence.end))), ['Halden Bank made a fine decision.'])
  })
  test('praise intensifying blame in a judging finding still harms: "a breathtaking betrayal of trust"', () => {
    const a = analyzeText('Graham Pike ran the council fund for years. Judge Ana Reyes told the court Pike had committed "a breathtaking betrayal of trust".')
    const pike = portrayalOf(a, 'Graham Pike')
    assert.deepEqual([pike.positive, pike.negative], [0, 1], JSON.stringify(pike.evidence.map((e) => e.explanation)))
  })

  // Written for this test: a place in the speech frame, and countries of origin in an apposition, are adjuncts, no target.
  test('a place in a location adjunct ("said outside Ridgeway General Hospital", "mostly from Chile and Peru") takes no tone', () => {
    const a = analyzeText('"The clinics are badly run and dangerously short of staff," Dr Hale said outside Ridgeway General Hospital.')
    const b = analyzeText('The 40 miners, mostly from Chile and Peru, were safe and in good health.')
    const placesJudged = (x: typeof a): string[] => x.portrayals.filter((p) => p.evidence.length > 0)
      .map((p) => x.actors.find((actor) => actor.id === p.actor)?.name ?? '').filter((name) => /Hospital|Chile|Peru/u.test(name))
    for (const x of [a, b]) assert.deepEqual(placesJudged(x), [])
    // The subject before the adjunct is judged instead.
    const c = analyzeText('Fighters from Chad and Sudan carried out a brutal raid.')
    assert.deepEqual(c.portrayals.filter((p) => p.negative > 0).map((p) => c.actors.find((x) => x.id === p.actor)?.name), ['fighters'])
  })

  test('a label a verb like "denounced" puts "as" on its object judges that object, not the verb\'s subject or the one defended', () => {
    const a = analyzeText('Mr Varga was convicted of bribery on Friday, a verdict his allies have denounced as a shameful witch hunt.')
    assert.equal(portrayalOf(a, 'Varga').negative, 0)
    const b = analyzeText('The Greens denounced Mayor Tomas Berg as a liar and a coward.')
    assert.equal(portrayalOf(b, 'Tomas Berg').negative, 1)
    const greens = b.actors.find((x) => x.name === 'Greens')
    assert.equal(b.portrayals.find((p) => p.actor === greens?.id)?.negative ?? 0, 0)
  })

  test('a kind of sanction ("suspended sentences") and a deal struck judge no one', () => {
    for (const text of ['Two of Anna Kovacs\'s aides were given suspended sentences on Monday.', 'Anna Kovacs struck a plea deal with prosecutors.']) {
      const a = analyzeText(text)
      assert.deepEqual(a.portrayals.flatMap((p) => p.evidence.map((e) => e.explanation)), [], text)
    }
  })
})

test('a finding that runs over a report\'s cue into its quoted words ("Guild cries \\"daylight robbery\\" as…") is the speaker\'s, judging no speaker', () => {
  const text = 'Guild cries "daylight robbery" as fees rise'
  const at = (w: string): { start: number; end: number } => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length })
  const actors = [{ id: 'a1', name: 'Guild', kind: 'organisation' as const, aliases: [] }]
  const mentions = [{ span: at('Guild'), actor: 'a1', how: 'name' as const }]
  const attributions = [{ kind: 'mixed' as const, speaker: 'a1', source: at('Guild'), cue: at('cries'), content: { start: text.indexOf('"') + 1, end: text.length } }]
  const findings = [{ ruleId: 'framing/learned-loaded-language', technique: 'loaded-language', span: { start: 0, end: at('fees').start - 1 }, explanation: 'x', confidence: 0.6 }]
  const out = findPortrayals(text, segmentText(text), actors, mentions, attributions, findings)
  assert.deepEqual(out.map((p) => [p.positive, p.negative]), [[0, 0]])
})

const total = (p: Portrayal): number => p.positive + p.negative + p.neutral
