/** @module model/span.test — span construction and the small span helpers. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { RashomonError } from './errors.js'
import { bySpan, contains, cutNear, excerpt, openingTitle, overlaps, span, textOf, trimSpan } from './span.js'

const TEXT = 'Police said on Monday.'

describe('span', () => {
  test('returns the checked offsets, including empty spans at both ends', () => {
    assert.deepEqual(span(TEXT, 0, 6), { start: 0, end: 6 })
    assert.deepEqual(span(TEXT, 0, 0), { start: 0, end: 0 })
    assert.deepEqual(span(TEXT, TEXT.length, TEXT.length), { start: TEXT.length, end: TEXT.length })
  })

  // Each case is one way an offset can fall outside the text.
  const bad: ReadonlyArray<readonly [string, number, number]> = [
    ['negative start', -1, 3],
    ['end past the text', 0, TEXT.length + 1],
    ['start after end', 5, 4],
    ['fractional offset', 1.5, 4],
    ['NaN offset', Number.NaN, 4],
  ]
  for (const [why, start, end] of bad) {
    test(`throws E_SPAN_RANGE for a ${why}`, () => {
      assert.throws(() => span(TEXT, start, end), (error: unknown) => {
        assert.ok(error instanceof RashomonError)
        assert.equal(error.code, 'E_SPAN_RANGE')
        assert.match(error.message, /does not fit a text of 22 characters/)
        assert.ok(error.hint.length > 0)
        return true
      })
    })
  }

  test('counts UTF-16 code units, so an emoji is two units', () => {
    const text = 'a🙂b'
    assert.equal(textOf(text, span(text, 1, 3)), '🙂')
    assert.equal(text.length, 4)
    assert.throws(() => span(text, 0, 5), RashomonError)
  })
})

describe('textOf', () => {
  test('renders the covered text without storing it', () => {
    assert.equal(textOf(TEXT, { start: 0, end: 6 }), 'Police')
    assert.equal(textOf(TEXT, { start: 15, end: 21 }), 'Monday')
    assert.equal(textOf(TEXT, { start: 3, end: 3 }), '')
  })
})

describe('overlaps', () => {
  test('is true only when the spans share a character', () => {
    assert.equal(overlaps({ start: 0, end: 5 }, { start: 4, end: 8 }), true)
    assert.equal(overlaps({ start: 4, end: 8 }, { start: 0, end: 5 }), true)
    assert.equal(overlaps({ start: 0, end: 10 }, { start: 3, end: 4 }), true)
    // Half-open: touching ends do not overlap.
    assert.equal(overlaps({ start: 0, end: 5 }, { start: 5, end: 8 }), false)
    assert.equal(overlaps({ start: 5, end: 8 }, { start: 0, end: 5 }), false)
  })
})

describe('contains', () => {
  test('is true when the inner span lies within the outer one, edges included', () => {
    assert.equal(contains({ start: 0, end: 10 }, { start: 0, end: 10 }), true)
    assert.equal(contains({ start: 0, end: 10 }, { start: 2, end: 5 }), true)
    assert.equal(contains({ start: 0, end: 10 }, { start: 10, end: 10 }), true)
    assert.equal(contains({ start: 2, end: 5 }, { start: 0, end: 10 }), false)
    assert.equal(contains({ start: 0, end: 10 }, { start: 8, end: 11 }), false)
  })
})

describe('trimSpan', () => {
  test('drops white space at both ends, including no-break spaces and newlines', () => {
    const text = '  \n Police said.\u00a0 \n'
    const trimmed = trimSpan(text, { start: 0, end: text.length })
    assert.equal(textOf(text, trimmed), 'Police said.')
    assert.deepEqual(trimmed, { start: 4, end: 16 })
  })

  test('keeps a span that needs no trimming, and collapses an all-space span to an empty one', () => {
    assert.deepEqual(trimSpan(TEXT, { start: 0, end: 6 }), { start: 0, end: 6 })
    const blank = trimSpan('a    b', { start: 1, end: 5 })
    assert.equal(blank.start, blank.end)
  })
})

describe('bySpan', () => {
  test('orders by start, then end', () => {
    const spans = [{ start: 5, end: 9 }, { start: 0, end: 4 }, { start: 5, end: 6 }]
    assert.deepEqual([...spans].sort(bySpan), [{ start: 0, end: 4 }, { start: 5, end: 6 }, { start: 5, end: 9 }])
  })
})

describe('excerpts', () => {
  // A lone half of a surrogate pair is a code point of category Cs.
  const isWhole = (s: string): boolean => !/\p{Cs}/u.test(s)

  test('a cut never splits a surrogate pair, in either direction', () => {
    const text = 'ab😀cd' // the emoji is two UTF-16 units, at 2 and 3
    assert.equal(cutNear(text, 3, 'before'), 2)
    assert.equal(cutNear(text, 3, 'after'), 4)
    assert.equal(cutNear(text, 2, 'before'), 2)
    for (let max = 1; max < text.length; max++) assert.ok(isWhole(excerpt(text, { start: 0, end: text.length }, max)), `max ${max}`)
  })

  test('an excerpt ends at a blank near the cut, with an ellipsis, and a short text is kept whole', () => {
    const text = 'The flood reached the town hall 🌊🌊 on Monday'
    assert.equal(excerpt(text, { start: 0, end: text.length }, 29), 'The flood reached the town…')
    assert.equal(excerpt(text, { start: 4, end: 9 }, 29), 'flood')
    const cut = excerpt(text, { start: 0, end: text.length }, 33)
    assert.ok(isWhole(cut) && cut.endsWith('…'), cut)
  })
})

test('openingTitle: where a text opens with its title, after white space; none for another or no title', () => {
  assert.deepEqual(openingTitle('\n Bridge reopens\n\nThe bridge reopened.', 'Bridge reopens'), { start: 2, end: 16 })
  assert.equal(openingTitle('The bridge reopened.', 'Bridge reopens'), undefined)
  assert.equal(openingTitle('The bridge reopened.', undefined), undefined)
  assert.equal(openingTitle('The bridge reopened.', '  '), undefined)
})
