/** @module analyze/attribution/decode.test — joining labelled runs into relations, on hand-made label sequences. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { joinRuns, runsOf, type TokenLayout, type TokenRelation } from './decode.js'
import { LABELS } from './features.js'

/** Labels from a compact string: one letter per token, `o` outside, upper case opens a run (`S`/`C`/`N`), lower case continues it. */
function labels(compact: string): Uint8Array {
  return Uint8Array.from([...compact.replace(/ /g, '')], (ch) => {
    if (ch === 'o') return 0
    const name = `${ch === ch.toUpperCase() ? 'B' : 'I'}-${ch.toUpperCase()}`
    return LABELS.indexOf(name as (typeof LABELS)[number])
  })
}

/** Renders relations as `source cue content` token ranges, e.g. `0-1 2 3-5` (one token: its index alone). */
const range = (x: { first: number; last: number } | undefined): string => (!x ? '-' : x.first === x.last ? `${x.first}` : `${x.first}-${x.last}`)
const render = (rels: readonly TokenRelation[]): string[] => rels.map((r) => `${range(r.source)} ${range(r.cue)} ${range(r.content)}`)

/** A layout from each token's sentence (tokens of a sentence are contiguous) and the punctuation tokens. */
function layout(sentenceOf: (t: number) => number, length: number, punctuation: readonly number[] = [], paragraphOf: (t: number) => number = () => 0, joints: readonly number[] = []): TokenLayout {
  const sentences = Array.from({ length }, (_, t) => sentenceOf(t))
  return {
    sentenceOf,
    paragraphOf,
    sentenceRange: (s) => ({ first: sentences.indexOf(s), end: sentences.lastIndexOf(s) + 1 }),
    isPunctuation: (t) => punctuation.includes(t),
    isClauseJoint: (t) => joints.includes(t),
    isPassive: () => false,
  }
}
// Every token in one sentence unless a test says otherwise.
const oneSentence = layout(() => 0, 20)

test('runsOf reads B/I runs and closes them at O or at a new B', () => {
  assert.deepEqual(runsOf(labels('Ss C Nnn o'), LABELS), [
    { role: 'S', first: 0, last: 1 }, { role: 'C', first: 2, last: 2 }, { role: 'N', first: 3, last: 5 },
  ])
  assert.deepEqual(runsOf(labels('NN'), LABELS), [{ role: 'N', first: 0, last: 0 }, { role: 'N', first: 1, last: 1 }])
  assert.deepEqual(runsOf(new Uint8Array(0), LABELS), [])
})

test('source, cue, content in order: "The mayor said taxes will fall"', () => {
  assert.deepEqual(render(joinRuns(runsOf(labels('Ss C Nnn'), LABELS), oneSentence)), ['0-1 2 3-5'])
})

test('a post-posed cue and source: "Taxes will fall, said the mayor"', () => {
  assert.deepEqual(render(joinRuns(runsOf(labels('Nnn o C Ss'), LABELS), oneSentence)), ['5-6 4 0-2'])
})

test('a quote split by its cue becomes one content from the first part to the last', () => {
  // "A," she said, "B."
  assert.deepEqual(render(joinRuns(runsOf(labels('N o S C o Nn'), LABELS), layout(() => 0, 7, [1, 4]))), ['2 3 0-6'])
})

test('a cue that runs straight into its object reports only the object, not a clause before its source', () => {
  // "Speaking at the hearing, Clinton cited the review"
  assert.deepEqual(render(joinRuns(runsOf(labels('Nn o S C Nn'), LABELS), layout(() => 0, 7, [2]))), ['3 4 5-6'])
})

test('two cues share a source and each takes the nearer content: "he said X, adding Y"', () => {
  assert.deepEqual(render(joinRuns(runsOf(labels('S C Nn o C Nn'), LABELS), oneSentence)), ['0 1 2-3', '0 5 6-7'])
})

test('a content with no cue in its sentence continues the statement of the sentence before', () => {
  const sentence = layout((t) => (t < 4 ? 0 : 1), 7)
  assert.deepEqual(render(joinRuns(runsOf(labels('S C Nn Nnn'), LABELS), sentence)), ['0 1 2-6'])
})

test('a cue with too little content makes no relation, and a content two sentences away is not taken', () => {
  assert.deepEqual(joinRuns(runsOf(labels('S C o o'), LABELS), layout(() => 0, 4)), [])
  const sentence = layout((t) => t, 3)
  assert.deepEqual(joinRuns(runsOf(labels('C o N'), LABELS), sentence), [])
})

test('no source when the sentence has none', () => {
  assert.deepEqual(render(joinRuns(runsOf(labels('C Nn'), LABELS), oneSentence)), ['- 0 1-2'])
})

test('a cue whose content went to a nearer cue still reports the words before it when it closes the sentence', () => {
  // "A campaign aide decided to change course , a source said ." — "decided" takes the nearer content.
  const rels = joinRuns(runsOf(labels('ooo Ss C Nnn o Ss C o'), LABELS), layout(() => 0, 14, [9, 13]))
  assert.deepEqual(render(rels), ['3-4 5 6-8', '10-11 12 0-8'])
})

test('a cue left without content that opens its sentence reports the words after it: "Said Ellis : I don\'t get it ."', () => {
  assert.deepEqual(render(joinRuns(runsOf(labels('C S o ooooo'), LABELS), layout(() => 0, 8, [2, 7]))), ['1 0 3-6'])
})

test('a cue left without content after its source reports its object ("Democrats , meanwhile , blasted Republicans for …"); with no source it makes no relation', () => {
  assert.deepEqual(render(joinRuns(runsOf(labels('S o o o C ooo o'), LABELS), layout(() => 0, 9, [1, 3, 8]))), ['0 4 5-7'])
  assert.deepEqual(joinRuns(runsOf(labels('ooo o C ooo'), LABELS), layout(() => 0, 8)), [])
  // Not when the source follows a lead of the outlet's ("Four died , officials said on Monday , …"), nor with too few words after the cue.
  assert.deepEqual(joinRuns(runsOf(labels('oo o S C oo'), LABELS), layout(() => 0, 7, [2])), [])
  assert.deepEqual(joinRuns(runsOf(labels('S C o'), LABELS), layout(() => 0, 3, [2])), [])
  // Nor an aside's cue whose words run into the sentence's next cue ("Kent Daily , citing police sources , put the number at 12 .").
  assert.deepEqual(render(joinRuns(runsOf(labels('Ss o C oo o C Nnnn o'), LABELS), layout(() => 0, 13, [2, 6, 12]))), ['0-1 7 8-11'])
})

test('a quotation in the next paragraph is not joined to a cue that already has the words before it', () => {
  // "A ," she added .¶ "B ." — B goes on the same voice later (continueQuotes), not inside this content.
  const sentence = (t: number): number => (t < 5 ? 0 : 1)
  const paragraph = (t: number): number => (t < 5 ? 0 : 1)
  assert.deepEqual(render(joinRuns(runsOf(labels('N o S C o Nn'), LABELS), layout(sentence, 7, [1, 4], paragraph))), ['2 3 0'])
  // "She said :¶ "B C ." — with nothing before the cue, the next paragraph is its content.
  assert.deepEqual(render(joinRuns(runsOf(labels('S C o Nn'), LABELS), layout((t) => (t < 3 ? 0 : 1), 5, [2], (t) => (t < 3 ? 0 : 1)))), ['0 1 3-4'])
})

test('a cue in the next sentence takes the quotation before it only when it closes that sentence', () => {
  // "“A B .” He said ." takes it; "“A B .” His accusations came amid talks ." does not (it reports what follows it).
  const sentence = (t: number): number => (t < 4 ? 0 : 1)
  assert.deepEqual(render(joinRuns(runsOf(labels('o Nn o S C o'), LABELS), layout(sentence, 7, [0, 3, 6]))), ['4 5 1-2'])
  assert.deepEqual(render(joinRuns(runsOf(labels('o Nn o S C ooo o'), LABELS), layout(sentence, 10, [0, 3, 9]))), ['4 5 6-8'])
})

test('a content the tagger ran from one cue into the sentence another cue closes is split at that sentence', () => {
  // 'Supporters insist there was fraud . " We were robbed , " said Ann' — one content run over both sentences.
  const rels = joinRuns(runsOf(labels('S C Nnnn nnnnnn C S'), LABELS), layout((t) => (t < 6 ? 0 : 1), 14, [5, 6, 10, 11]))
  assert.deepEqual(render(rels), ['0 1 2-5', '13 12 6-11'])
})

test('a passive cue does not take the subject before it as its source, but takes an agent after it', () => {
  // "The plan was criticized as weak" takes no source; "The plan was criticized by Ann as weak" takes Ann.
  const passive = { ...oneSentence, isPassive: () => true }
  assert.deepEqual(render(joinRuns(runsOf(labels('Ss Cc Nn'), LABELS), passive)), ['- 2-3 4-5'])
  assert.deepEqual(render(joinRuns(runsOf(labels('Ss Cc Nn'), LABELS), oneSentence)), ['0-1 2-3 4-5'])
  assert.deepEqual(render(joinRuns(runsOf(labels('Ss Cc o S Nn'), LABELS), passive)), ['5 2-3 6-7'])
})

test('a content the tagger stopped short before a cue that closes its sentence runs up to the comma before the cue', () => {
  // "Few had bleeding , compared with some on placebo , the researchers reported ." — the tagger labelled only "Few".
  assert.deepEqual(render(joinRuns(runsOf(labels('N oo o ooooo o Ss C o'), LABELS), layout(() => 0, 14, [3, 9, 13]))), ['10-11 12 0-8'])
  // A content that already reaches the comma is left as it is, and so is one before a cue that does not close its sentence.
  assert.deepEqual(render(joinRuns(runsOf(labels('Nnn o Ss C o'), LABELS), layout(() => 0, 8, [3, 7]))), ['4-5 6 0-2'])
  assert.deepEqual(render(joinRuns(runsOf(labels('N oo o Ss C oo o'), LABELS), layout(() => 0, 10, [3, 9]))), ['4-5 6 0'])
})

test('words read as content right after a source that follows its cue finish the source when the quotation before the cue is the content', () => {
  // '" We rest , " said Davi Okoro of the Union , which called it .' — the tagger read "of the Union" as a second content.
  assert.deepEqual(render(joinRuns(runsOf(labels('Nnnnn C Ss Nnn o oooo'), LABELS), layout(() => 0, 16, [0, 3, 4, 11, 15]))), ['6-10 5 0-4'])
  // With nothing before the cue, the words after its source stay its content ("said Ellis the plan failed" is the tagger's to read).
  assert.deepEqual(render(joinRuns(runsOf(labels('C S Nnn'), LABELS), oneSentence)), ['1 0 2-4'])
})

test('a cue takes no content from the sentence before it when that sentence ends the paragraph before', () => {
  // 'A B C .¶ " D E , " said X .' — "A B C" is not the quotation's speaker's; '"D E." He said.' in one paragraph still is.
  const sentence = (t: number): number => (t < 4 ? 0 : 1)
  assert.deepEqual(render(joinRuns(runsOf(labels('Nnn o o Nn o o C S o'), LABELS), layout(sentence, 12, [3, 4, 7, 8, 11], sentence))), ['10 9 5-6'])
})

test('a source right before a later cue is that cue\'s subject, never the source of a cue before it', () => {
  // 'Some families have criticised the airline , but analyst Lund said it was safe' — the tagger left "Some families" unread.
  assert.deepEqual(render(joinRuns(runsOf(labels('oo C N o o Ss C Nnn'), LABELS), layout(() => 0, 12, [4], () => 0, [5]))), ['- 2 3', '6-7 8 9-11'])
  // A source after its own cue, with no clause joint between, still is the cue's: '" A , " said Lund , who added B', '" A , " said Ann Lee , organizer of a group called B'.
  assert.deepEqual(render(joinRuns(runsOf(labels('N o C S o o C Nn'), LABELS), layout(() => 0, 9, [1, 4]))), ['3 2 0', '3 6 7-8'])
  assert.deepEqual(render(joinRuns(runsOf(labels('N o C Ss C N'), LABELS), layout(() => 0, 7, [1]))), ['3-4 2 0', '3-4 5 6'])
})
