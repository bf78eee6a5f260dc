/** @module analyze/framing/questions.test — questions in running text. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzeText } from '../pipeline.js'
import { findingLines, frame, outletOnly } from './testing.js'

test('a question in the outlet\'s voice, and a quoted one at half confidence', () => {
  const text = 'Who benefits from the delay? "Why now?" she asked.'
  const found = frame(text).findings.filter((f) => f.ruleId === 'framing/rhetorical-question')
  assert.deepEqual(findingLines(text, found), ['0-28 framing/rhetorical-question Who benefits from the delay?', '29-39 framing/rhetorical-question "Why now?"'])
  assert.deepEqual(found.map((f) => f.confidence), [0.35, 0.18])
})

test('statements are not questions', () => {
  assert.deepEqual(frame('The delay ended. Nobody asked why.').findings, [])
})

test('an interviewer\'s questions in a transcript ask to be answered, and their words are not the outlet\'s', () => {
  const text = 'The mayor spoke with the Herald.\n\nQ: Was the brutal raid a mistake?\n\nLind: We ran out of time.\n\nQ: Will you run again?\n\nLind: Maybe. Who knows?'
  const found = frame(text, outletOnly(text)).findings
  assert.deepEqual(findingLines(text, found.filter((f) => f.ruleId === 'framing/rhetorical-question')), ['133-143 framing/rhetorical-question Who knows?'])
  const [brutal] = found.filter((f) => f.ruleId === 'framing/loaded-term')
  assert.equal(brutal?.confidence, 0.3)
  assert.match(brutal?.explanation ?? '', /in a quoted speaker's words\.$/)
})

test('a host whose labelled turns mostly ask questions is the interviewer', () => {
  const text = 'KELLY: Why now?\n\nSMITH: Because the law changed. Why wait?\n\nKELLY: What comes next?\n\nSMITH: A vote in May.'
  assert.deepEqual(findingLines(text, frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/rhetorical-question')),
    ['49-58 framing/rhetorical-question Why wait?'])
})

test('an interview printed as prose: the interviewer\'s questions ask to be answered, and are not the outlet\'s doubt', () => {
  const text = 'Ana Lind, a surgeon, spoke to us on Sunday.\n\nWhen did the patients arrive?\n\nThe first came at two. We had nine by six.\n\n' +
    'What do you say to the council?\n\nI was not there. Who could know?'
  const found = frame(text, outletOnly(text)).findings.filter((f) => f.ruleId === 'framing/rhetorical-question')
  assert.deepEqual(findingLines(text, found), ['170-185 framing/rhetorical-question Who could know?'])
})

test('questions in prose before labelled answers are the interviewer\'s, and so are a host\'s turns when half of them ask', () => {
  const labelled = 'Ana Lind, a surgeon, spoke to us on Sunday.\n\nWhen did the patients arrive?\n\nLind: The first came at two. We had nine by six.\n\n' +
    'What do you say to the council?\n\nLind: I was not there, so I will not argue.'
  assert.deepEqual(frame(labelled, outletOnly(labelled)).findings.filter((f) => f.ruleId === 'framing/rhetorical-question'), [])
  const host = 'LIND: Good morning to your readers.\n\nHERALD: Will you pay the fine?\n\nLIND: We will appeal. Why pay now?\n\nHERALD: Some have called for your resignation.\n\nLIND: I understand them.'
  assert.deepEqual(findingLines(host, frame(host, outletOnly(host)).findings.filter((f) => f.ruleId === 'framing/rhetorical-question')),
    ['91-103 framing/rhetorical-question Why pay now?'])
})

test('a question another speaker answers in the next sentence is asked, not rhetorical; one the speaker answers himself still is', () => {
  const text = 'Mayor Tom Reed met reporters on Wednesday.\n\nWhy did the council delay the vote? Reed said the council needed more time.\n\n' +
    'Would he run again? "I have not decided," he said.\n\n"Will you resign?" a reporter asked. "No," Reed replied.\n\n' +
    '"Who will pay for this?" Reed said. "The taxpayers will," he added.\n\nWho benefits from the delay? The developers do.'
  const questions = analyzeText(text).findings.filter((f) => f.ruleId === 'framing/rhetorical-question')
  assert.deepEqual(questions.map((f) => text.slice(f.span.start, f.span.end)), ['"Who will pay for this?"', 'Who benefits from the delay?'])
})

test('the trained tagger casts no doubt with an interviewer\'s question either; the speaker\'s own question it still may', () => {
  const text = 'The senator spoke with the Herald.\n\nQ: Where were you on Monday?\n\nA: At home. I was ill.\n\nQ: Do you really believe the official figures?\n\nA: I do not know.'
  assert.deepEqual(frame(text, outletOnly(text), {}).findings.filter((f) => f.technique === 'doubt'), [])
  const own = 'The senator spoke on Monday. Do you really believe the official figures?'
  assert.ok(frame(own, outletOnly(own), {}).findings.some((f) => f.technique === 'doubt'))
})

test('a service box asks in the reader\'s name and answers at once: no doubt; a columnist who writes "I" still asks', () => {
  const box = 'The council has closed the Elm Street pool.\n\nCan I get my season ticket refunded? Yes. Send the ticket to the leisure office.\n\n' +
    'What should I do with my booking?\n\nNothing. Bookings move to the Park Road pool.'
  const questions = (text: string): string[] => findingLines(text, frame(text, outletOnly(text), {}).findings.filter((f) => f.technique === 'doubt' || f.ruleId.startsWith('framing/learned-')))
  assert.deepEqual(questions(box), [])
  const column = 'I swam at Elm Street for years.\n\nShould I trust the council again? No. It lied about the roof.'
  assert.deepEqual(questions(column).filter((l) => l.includes('rhetorical-question')), ['33-66 framing/rhetorical-question Should I trust the council again?'])
  const unanswered = 'The council has closed the Elm Street pool.\n\nWhere am I supposed to swim now? Why did nobody ask?'
  assert.equal(frame(unanswered, outletOnly(unanswered)).findings.filter((f) => f.ruleId === 'framing/rhetorical-question').length, 2)
})

test('an explainer\'s question subheadings head their answers and suggest nothing; a column\'s lone question and prose printed a sentence a line still ask', () => {
  const questions = (text: string): string[] => frame(text, outletOnly(text)).findings
    .filter((f) => f.ruleId === 'framing/rhetorical-question').map((f) => text.slice(f.span.start, f.span.end))
  const labelled = 'Here is what we know so far.\n\nWhat is the disease?\n\nTests show it is a filovirus.\n\nHow many shots? The police did not say. ' +
    'The Herald counted four.\n\nWhat happens next?\n\nA team will visit on Monday.'
  assert.deepEqual(questions(labelled), [])
  const unlabelled = 'The fever has killed 16 people.\n\nWhat is the disease?\n\nIt is a filovirus. It spreads through body fluids.\n\n' +
    'How is it treated?\n\nThere is no cure. Patients get fluids and rest.'
  assert.deepEqual(questions(unlabelled), [])
  const column = 'The ministry says the fever is under control.\n\nUnder control?\n\nSixteen are dead. Whom are we to believe?'
  assert.deepEqual(questions(column), ['Under control?', 'Whom are we to believe?'])
  const lines = 'The fever has killed 16 people.\n\nWhat is the ministry hiding?\n\nIt will not say.\n\nWhy now?\n\nNobody knows.'
  assert.deepEqual(questions(lines), ['What is the ministry hiding?', 'Why now?'])
  const runIn = 'The video begins with the camera recording.\n\nHow many shots? The police did not say.'
  assert.deepEqual(questions(runIn), ['How many shots?'])
})

test('the trained tagger marks nothing in an explainer\'s subheading, which names the topic its answer takes up', () => {
  const text = 'What we know about the fever\n\nWhat is the disease?\n\nTests show it is a filovirus.\n\nIs the government covering it up?\n\n' +
    'The opposition says the ministry hid deaths. The ministry denies this.\n\nWhat happens next?\n\nA team will visit on Monday.'
  assert.deepEqual(findingLines(text, frame(text, outletOnly(text), {}).findings), [])
})
