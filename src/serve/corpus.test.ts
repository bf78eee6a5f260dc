/** @module serve/corpus.test — the corpus page renders a search passage's matches as highlighting, everything else escaped. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseHTML } from 'linkedom'
import type { SearchHit } from '../store/store.js'
import { corpusPage } from './corpus.js'

test('a passage\'s matched words are marked, and its own markup and private-use characters stay text', () => {
  const passage = 'The <b>quay</b> \u{E000}crane\u{E001} by the harbour'
  const at = passage.indexOf('harbour')
  const hit: SearchHit = { id: 1, outlet: null, title: null, published: null, url: null, input: 'a.txt', added: '2025-01-01', passage, matches: [{ start: at, end: at + 7 }] }
  const html = corpusPage({ match: 'harbour' }, [hit], 1, 1)
  const { document } = parseHTML(html)
  assert.deepEqual([...document.querySelectorAll('.passage mark')].map((m) => m.textContent), ['harbour'])
  assert.equal(document.querySelector('.passage')?.textContent, passage)
})
