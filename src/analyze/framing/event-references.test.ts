/** @module analyze/framing/event-references.test — a walkout is no attack named again. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { segmentText } from '../segment/segment.js'
import { findEventReferences } from './event-references.js'

function referenced(text: string): string[] {
  const seg = segmentText(text)
  const words = (from: Uint32Array, to: Uint32Array): string[] => [...from].map((s, i) => text.slice(s, to[i]).toLowerCase())
  const lower = words(seg.starts, seg.ends)
  const found = findEventReferences(text, { seg, lower, lemma: seg.lemmas.map((l) => l.toLowerCase()) })
  return found.spans.map((s) => text.slice(s.start, s.end))
}

test('"the strike" after a walkout refers to no attack; after an air strike it does', () => {
  assert.deepEqual(referenced('Dockers in Lenport went on strike on Monday. The strike closed the port for a day.'), [])
  assert.deepEqual(referenced('An air strike hit the port of Lenport on Monday. The strike closed the port for a day.'), ['The strike'])
})
