/** @module analyze/framing/lexicon.test — phrase syntax and matching over tokens. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { segmentText } from '../segment/segment.js'
import { createContext } from './context.js'
import { compileLexicon, indexLexicons, matchLexicon, startMasks, asLexiconFile, type LexiconFile, type LexiconMatch } from './lexicon.js'

const FILE: LexiconFile = {
  rule: 'framing/loaded-term', description: 'test', explain: '{}',
  lists: [
    { name: 'words', source: 'https://example.org/a', confidence: 0.5, phrases: ['so-called', 'neo-nazi', 'ratchet up tensions', 'some|many? pundits|observers have? believe|compare', 'it\'s common sense'] },
    { name: 'adjectives', source: 'https://example.org/b', confidence: 0.5, pos: ['ADJ'], phrases: ['brutal'] },
  ],
}

function matches(text: string): string[] {
  const seg = segmentText(text)
  const ctx = createContext(text, seg, [], [])
  const out: LexiconMatch[] = []
  matchLexicon(ctx, compileLexicon(FILE), 0, seg.starts.length, out)
  return out.map((m) => text.slice(seg.starts[m.startToken], seg.ends[m.endToken - 1]))
}

test('hyphenated phrases match the hyphen the segmenter splits off', () => {
  assert.deepEqual(matches('The so-called deal.'), ['so-called'])
})

test('hyphenated phrases also match a prefixed word the segmenter keeps whole', () => {
  assert.deepEqual(matches('A neo-Nazi rally.'), ['neo-Nazi'])
})

test('words match inflected forms through the lemma', () => {
  assert.deepEqual(matches('Baku ratcheted up tensions again.'), ['ratcheted up tensions'])
})

test('alternatives and optional slots, longest match first', () => {
  assert.deepEqual(matches('Many observers have compared them. Pundits believe it.'), ['Many observers have compared', 'Pundits believe'])
})

test('contractions and typographic apostrophes', () => {
  assert.deepEqual(matches('Well, it’s common sense.'), ['it’s common sense'])
})

test('a POS filter keeps single words to the listed parts of speech', () => {
  assert.deepEqual(matches('A brutal attack.'), ['brutal'])
})

test('malformed lexicon files are rejected with a hint', () => {
  assert.throws(() => asLexiconFile({ rule: 'x', explain: '{}', lists: [{ source: 'not a url', confidence: 1, phrases: [] }] }, 'bad'), /source URL/)
})

test('the first-word index marks each token with the lexicons a phrase of which may start there, by word or lemma', () => {
  const other: LexiconFile = { ...FILE, lists: [{ name: 'other', source: 'https://example.org/c', confidence: 0.5, phrases: ['pundits say'] }] }
  const lexicons = [compileLexicon(FILE), compileLexicon(other)]
  const text = 'Pundits ratcheted up tensions, brutal ones.'
  const seg = segmentText(text)
  const ctx = createContext(text, seg, [], [])
  const masks = startMasks(ctx, indexLexicons(lexicons))
  assert.deepEqual([...masks].map((m, i) => `${ctx.lower[i]}:${m}`).filter((s) => !s.endsWith(':0')), ['pundits:3', 'ratcheted:1', 'brutal:1'])
  const skipping: LexiconMatch[] = []
  const scanning: LexiconMatch[] = []
  matchLexicon(ctx, lexicons[0]!, 0, seg.starts.length, skipping, (i) => (masks[i]! & 1) !== 0)
  matchLexicon(ctx, lexicons[0]!, 0, seg.starts.length, scanning)
  assert.deepEqual(skipping, scanning)
  assert.deepEqual(skipping.map((m) => m.phrase), ['ratchet up tensions', 'brutal'])
})
