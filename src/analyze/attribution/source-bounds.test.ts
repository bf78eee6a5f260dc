/** @module analyze/attribution/source-bounds.test — source edges and cues with no source, on sentences written for the tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Span } from '../../model/span.js'
import { segmentText } from '../segment/segment.js'
import { beforeClosedRelative, fromLastSubject, headBeforeRelative, isImpersonalCue, isNamingParticiple, isTimeOnly, throughApposition, throughPostposedApposition, throughReducedRelative, throughRelativeClause, withConjuncts, withPossessed, withModifiers, withoutContactAntecedent, withoutDanglingRelative, withoutWhenSpoken } from './source-bounds.js'

/** The span of the first `words` in `text`. */
const spanOf = (text: string, words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
const noVerb = (): boolean => false
const someVerb = (): boolean => true

test('impressions and bare passives name no one; reporting verbs do', () => {
  for (const cue of ['seems', 'still seems', 'would appear', 'appeared', 'is said', 'are widely expected', 'was thought', 'could be seen as', 'must be seen as', 'is widely viewed as', 'looks like']) assert.ok(isImpersonalCue(cue), cue)
  for (const cue of ['said', 'seemed to crystallize', 'is saying', 'expected', 'was told', 'has seen', 'views']) assert.ok(!isImpersonalCue(cue), cue)
})

test('a source cut inside its own apposition runs on to the comma before its cue', () => {
  const text = 'Ann Lee, a teacher at a school that opened in May, said the plan was late.'
  const cue = text.indexOf('said')
  assert.deepEqual(throughApposition(text, spanOf(text, 'Ann Lee, a teacher at a school'), cue, noVerb), spanOf(text, 'Ann Lee, a teacher at a school that opened in May'))
})

test('a bare subject, or a participle cue after a predicate of its own, keeps the source', () => {
  const plain = 'Ann Lee in the end, said nothing.'
  assert.deepEqual(throughApposition(plain, spanOf(plain, 'Ann Lee'), plain.indexOf('said'), noVerb), spanOf(plain, 'Ann Lee'))
  const predicate = 'Ann Lee, a teacher wrote a letter, saying the plan was late.'
  assert.deepEqual(throughApposition(predicate, spanOf(predicate, 'Ann Lee, a teacher'), predicate.indexOf('saying'), someVerb), spanOf(predicate, 'Ann Lee, a teacher'))
})

test('a postposed source runs to its sentence end, but not into a thing\'s clause, a time or a venue', () => {
  const cases: Array<[string, string, string]> = [
    ['"It is late," said Ann Lee, the head of a group that runs schools.', 'Ann Lee, the head of a group', 'Ann Lee, the head of a group that runs schools'],
    ['"It is late," said Ann Lee, the head of Acme, which makes toys.', 'Ann Lee, the head', 'Ann Lee, the head of Acme'],
    ['"It is late," said Ann Lee, a teacher on Monday.', 'Ann Lee', 'Ann Lee, a teacher'],
    ['"It is late," said Ann Lee of Acme in a statement.', 'Ann Lee', 'Ann Lee of Acme'],
    ['"It is late," said Ann Lee, a teacher who spoke on Facebook.', 'Ann Lee', 'Ann Lee, a teacher who spoke'],
    ['"It is late," said Ann Lee, who added that buses were full.', 'Ann Lee', 'Ann Lee'],
    ['"It is late," said Ann Lee, an analyst who kept her "hold" rating.', 'Ann Lee', 'Ann Lee, an analyst who kept her "hold" rating'],
  ]
  for (const [text, found, expected] of cases) {
    const cueEnd = text.indexOf('said') + 4
    assert.deepEqual(throughPostposedApposition(text, spanOf(text, found), cueEnd, text.length), spanOf(text, expected), text)
  }
})

test('a source runs through a participle clause describing it to a finite cue, not through a predicate of its own', () => {
  const cases: Array<[string, string, string, string]> = [
    ['A panel of reporters led by Ann Lee agreed that the plan was bad.', 'A panel of reporters', 'agreed', 'A panel of reporters led by Ann Lee'],
    ['Students polled said the fees were too high.', 'Students', 'said', 'Students polled'],
    ['Ann Lee campaigned in Reno and said the plan was bad.', 'Ann Lee', 'said', 'Ann Lee'],
    ['Ann Lee campaigned in Reno, saying the plan was bad.', 'Ann Lee', 'saying', 'Ann Lee'],
    // An irregular participle.
    ['Residents caught in the fighting told reporters the town was empty.', 'Residents', 'told', 'Residents caught in the fighting'],
    ['Officials held in the prison said they were beaten.', 'Officials', 'said', 'Officials held in the prison'],
    // A cue in an infinitive complement: "urged" is the source's own verb.
    ['Lee urged Congress to declare that the war was over.', 'Lee', 'declare', 'Lee'],
    ['The mayor wanted reporters to know that the plan was dead.', 'The mayor', 'know', 'The mayor'],
    // A participle with an object is the source's own verb; a time after it is no object.
    ['Ruiz heard Lee say that the plan was dead.', 'Ruiz', 'say', 'Ruiz'],
    ['Lee helped Ruiz argue that the plan was dead.', 'Lee', 'argue', 'Lee'],
    ['A poll released Monday found that support fell.', 'A poll', 'found', 'A poll released Monday'],
  ]
  for (const [text, found, cue, expected] of cases) {
    assert.deepEqual(throughReducedRelative(text, segmentText(text), spanOf(text, found), text.indexOf(cue)), spanOf(text, expected), text)
  }
})

test('a source cut to a word inside the clause that describes the opening noun phrase is that whole phrase; not a subject of its own', () => {
  const cases: Array<[string, string, string, string]> = [
    ['The man who filmed it says the water rose.', 'it', 'says', 'The man who filmed it'],
    ['A woman living near the river said the bridge was gone.', 'the river', 'said', 'A woman living near the river'],
    ['A driver stuck on the road said the police never came.', 'the road', 'said', 'A driver stuck on the road'],
    ['The nurse that treated them said two were hurt.', 'them', 'said', 'The nurse that treated them'],
    ['The boxer he beat in 2015 said the fight was fixed.', '2015', 'said', 'The boxer he beat in 2015'],
    // The head alone, found by the tagger, takes its clause too.
    ['The man who filmed it says the water rose.', 'The man', 'says', 'The man who filmed it'],
    // A bare verb after an object is an infinitive of its own subject: "heard Ruiz | say", "wanted reporters to | know".
    ['The man who heard Ruiz say that the plan was dead left.', 'Ruiz', 'say', 'Ruiz'],
    ['The mayor wanted reporters to know that the plan was dead.', 'reporters', 'know', 'reporters'],
    ['Ann Lee campaigned in Reno and said the plan was bad.', 'Reno', 'said', 'Reno'],
    ['Ann Lee campaigned in Reno, saying the plan was bad.', 'Reno', 'saying', 'Reno'],
    // A past verb, then a clause of its own whose subject the source is.
    ['The anger grew quickly over the weekend as some critics called for a recount.', 'some critics', 'called', 'some critics'],
  ]
  for (const [text, found, cue, expected] of cases) {
    assert.deepEqual(throughRelativeClause(text, segmentText(text), spanOf(text, found), text.indexOf(cue), 0), spanOf(text, expected), text)
  }
})

test('a relative pronoun right after a source\'s noun phrase opens a clause in it; "that" as a determiner does not', () => {
  for (const [text, source, head] of [
    ['The nurse that treated Ana Ruiz said it.', 'The nurse that treated Ana Ruiz', 'The nurse'],
    ['The union that Ana Ruiz runs said it.', 'The union that Ana Ruiz runs', 'The union'],
    ['Neighbours that day said it.', 'Neighbours that day', undefined],
    ['The nurse said that day was cold.', 'The nurse said that day', undefined],
  ] as const) assert.deepEqual(headBeforeRelative(text, segmentText(text), spanOf(text, source)), head && spanOf(text, head), text)
})

test('a possessive read alone as the source takes its noun, also from the cue; not before a noun cue or a document, speech or office it issued', () => {
  const cases: Array<[string, string, string, string, string]> = [
    ['Her rival conceded defeat, saying the count was fair.', 'Her', 'saying', 'Her rival', 'saying'],
    ['Her rival conceded defeat, saying the count was fair.', 'Her', 'rival conceded', 'Her rival', 'conceded'],
    ['Their new lawyer said the case was weak.', 'Their', 'new lawyer said', 'Their new lawyer', 'said'],
    ['His warning that the dam would fail came late.', 'His', 'warning', 'His', 'warning'],
    ['Her rival conceded defeat, saying the count was fair.', 'Her rival', 'saying', 'Her rival', 'saying'],
    ['Her statement Monday said the bill would pass.', 'Her', 'statement Monday said', 'Her', 'statement Monday said'],
    ['His office confirmed the vote, saying it was fair.', 'His', 'saying', 'His', 'saying'],
    ['Their campaign conceded defeat, saying the count was fair.', 'Their', 'saying', 'Their', 'saying'],
    // A name cut before its possessive marker, the cue starting after the apostrophe.
    ["Georgia's opposition rejected the results.", 'Georgia', 's opposition rejected', "Georgia's opposition", 'rejected'],
  ]
  for (const [text, source, cue, expectedSource, expectedCue] of cases) {
    assert.deepEqual(withPossessed(text, segmentText(text), spanOf(text, source), spanOf(text, cue)), { source: spanOf(text, expectedSource), cue: spanOf(text, expectedCue) }, `${text} ${cue}`)
  }
})

test('a source after "and" starts with the conjuncts that open its sentence; not a pronoun or a conjunct inside a clause', () => {
  const cases: Array<[string, string, string]> = [
    ['Ann Lee and Bo Ruiz said no.', 'Bo Ruiz', 'Ann Lee and Bo Ruiz'],
    ['Lawyers Ann Lee, Bo Ruiz and Cy Tan said no.', 'Cy Tan', 'Lawyers Ann Lee, Bo Ruiz and Cy Tan'],
    ['The vote was close and he said no.', 'he', 'he'],
    ['After the vote was close and Bo Ruiz said no, they left.', 'Bo Ruiz', 'Bo Ruiz'],
  ]
  for (const [text, found, expected] of cases) assert.deepEqual(withConjuncts(text, segmentText(text), spanOf(text, found), 0), spanOf(text, expected), text)
  const quoted = '"We will see." Ann Lee and Bo Ruiz said no.'
  assert.deepEqual(withConjuncts(quoted, segmentText(quoted), spanOf(quoted, 'Bo Ruiz'), quoted.indexOf('"', 1)), spanOf(quoted, 'Ann Lee and Bo Ruiz'))
})

test('a time alone is no source; a noun phrase with a time word is', () => {
  for (const words of ['last year', 'this past week', 'on Monday', 'yesterday']) assert.ok(isTimeOnly(words), words)
  for (const words of ['the last year', 'Monday Group', 'officials']) assert.ok(!isTimeOnly(words), words)
})

test('a source starts with its determiners, adjectives, numbers and possessor, but a pronoun or a relative word takes none', () => {
  const cases: Array<[string, string, string]> = [
    ['Almost all the voters said they were tired.', 'voters', 'all the voters'],
    ['Last year’s police figures show a fall.', 'police figures', 'Last year’s police figures'],
    ['In 2008 she said no.', 'she', 'she'],
    ['When in 2003 the courts ruled, he objected.', 'the courts', 'the courts'],
    ['Obama, long a supporter of unions, agreed.', 'a supporter of unions', 'a supporter of unions'],
    ['The plan leaves open many questions.', 'questions', 'many questions'],
    ['The plan which delegates backed failed.', 'delegates', 'delegates'],
    ['Most of those who voted said no.', 'who voted', 'those who voted'],
  ]
  for (const [text, found, expected] of cases) assert.deepEqual(withModifiers(text, segmentText(text), spanOf(text, found), 0), spanOf(text, expected), text)
})

test('a time, venue or contrast after the phrase that ends a source is cut off; after a verb or in a relative clause it stays', () => {
  const cases: Array<[string, string]> = [
    ['Gov. Ann Lee on Friday', 'Gov. Ann Lee'],
    ['Sen. Bo Ruiz (D-Ore.) in an interview', 'Sen. Bo Ruiz (D-Ore.)'],
    ['the polling average, although Lee leads', 'the polling average'],
    ['a poll released Monday', 'a poll released Monday'],
    ['the Sunday Times', 'the Sunday Times'],
    ['the board of elections on Monday', 'the board of elections'],
    ['Ann Lee at the time', 'Ann Lee'],
    ['Ann Lee in 2011', 'Ann Lee'],
    ['Ann Lee, who on Tuesday', 'Ann Lee, who on Tuesday'],
    ['a national poll taken last week', 'a national poll taken last week'],
    // An adjective or noun in -ing or -ed is no participle.
    ['The governing coalition at the time', 'The governing coalition'],
    ['The ruling party leader on Monday', 'The ruling party leader'],
  ]
  for (const [text, expected] of cases) assert.deepEqual(withoutWhenSpoken(text, segmentText(text), { start: 0, end: text.length }), spanOf(text, expected), text)
})

test('a source that runs into a new subject starts at it: a pronoun at its end, a capitalised "The" after a noun', () => {
  const cases: Array<[string, string]> = [
    ['the rival she', 'she'],
    ['he or she', 'he or she'],
    // After a verb or a preposition the pronoun is its object.
    ['The man who filmed it', 'The man who filmed it'],
    ['A boy standing near it', 'A boy standing near it'],
    ['NEW DOUBTS OVER TOLL PLAN The council', 'The council'],
    ['Both The Times and the Post', 'Both The Times and the Post'],
    ['a count by The Courier', 'a count by The Courier'],
  ]
  for (const [text, expected] of cases) assert.deepEqual(fromLastSubject(text, segmentText(text), { start: 0, end: text.length }), spanOf(text, expected), text)
})

test('a relative pronoun a source ends in goes, unless the cue follows it at once', () => {
  const far = 'Sen. Bo Ruiz, who chairs the panel, said the bill would pass.'
  assert.deepEqual(withoutDanglingRelative(far, spanOf(far, 'Sen. Bo Ruiz, who'), far.indexOf('said')), spanOf(far, 'Sen. Bo Ruiz'))
  const after = '"It will pass," said Sen. Bo Ruiz, who chairs the panel.'
  assert.deepEqual(withoutDanglingRelative(after, spanOf(after, 'Sen. Bo Ruiz, who'), after.indexOf('said')), spanOf(after, 'Sen. Bo Ruiz'))
  const near = 'Sen. Bo Ruiz, who has pushed for the bill, is pleased.'
  assert.deepEqual(withoutDanglingRelative(near, spanOf(near, 'Sen. Bo Ruiz, who'), near.indexOf('has')), spanOf(near, 'Sen. Bo Ruiz, who'))
  const contracted = 'Sen. Bo Ruiz, who’s pushed for the bill, is pleased.'
  assert.deepEqual(withoutDanglingRelative(contracted, spanOf(contracted, 'Sen. Bo Ruiz, who'), contracted.indexOf('s pushed')), spanOf(contracted, 'Sen. Bo Ruiz, who'))
})

test('a noun described by a clause with no relative pronoun leaves the source; the people after it speak', () => {
  const fit = (text: string, source: string, cue: string, content: string): string => {
    const span = withoutContactAntecedent(text, segmentText(text), spanOf(text, source), spanOf(text, cue), spanOf(text, content))
    return text.slice(span.start, span.end)
  }
  const move = 'Rates rose again, in a move business groups warned would tip the economy into recession.'
  assert.equal(fit(move, 'a move business groups', 'warned', 'would tip the economy into recession'), 'business groups')
  const decision = 'The bank cut rates, a decision analysts said weakened the currency.'
  assert.equal(fit(decision, 'a decision analysts', 'said', 'weakened the currency'), 'analysts')
  const deadline = 'The deadline the ministry says was agreed has passed.'
  assert.equal(fit(deadline, 'The deadline the ministry', 'says', 'was agreed has passed'), 'the ministry')
  const subject = 'The party leader said he would resign.'
  assert.equal(fit(subject, 'The party leader', 'said', 'he would resign'), 'The party leader', 'the content has a subject of its own')
  const quoted = 'The union leader said: "Walk out."'
  assert.equal(fit(quoted, 'The union leader', 'said', 'Walk out.'), 'The union leader', 'a quotation after a colon')
})

test('a participle naming the noun before it has no source; after an auxiliary it is a verb of its own clause', () => {
  assert.ok(isNamingParticiple('also known', 'group,'))
  assert.ok(isNamingParticiple('entitled', 'ad,'))
  assert.ok(!isNamingParticiple('known', 'was'))
  assert.ok(!isNamingParticiple('called', 'website'))
})

test('a "who" whose clause closes with a comma before the cue gives way to the noun phrase before it; one right before the cue, or after a clause, stays', () => {
  const closed = 'Families of the fishermen lost at sea, who had marched to the port, blamed the coastguard.'
  assert.deepEqual(beforeClosedRelative(closed, segmentText(closed), spanOf(closed, 'who'), closed.indexOf('blamed'), 0), spanOf(closed, 'Families of the fishermen lost at sea'))
  const open = 'Families of the fishermen, who blamed the coastguard, marched.'
  assert.deepEqual(beforeClosedRelative(open, segmentText(open), spanOf(open, 'who'), open.indexOf('blamed'), 0), spanOf(open, 'who'))
  const clause = 'When the boat sank, who had warned them, the mayor asked.'
  assert.deepEqual(beforeClosedRelative(clause, segmentText(clause), spanOf(clause, 'who'), clause.indexOf('asked'), 0), spanOf(clause, 'who'))
})
