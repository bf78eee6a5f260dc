/**
 * @module analyze/pipeline.case.test — the shared suite every stage in `STAGES` must pass, on the
 * inputs most likely to break offsets: empty text, white space only, emoji and accents, one very
 * long sentence, and frozen input. Each stage also runs alone on frozen earlier layers, so a stage
 * that mutates what another produced fails here.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { RashomonError } from '../model/errors.js'
import type { AnalyzedArticle, Article } from '../model/schema.js'
import type { Span } from '../model/span.js'
import type { LayerMap, Layers, Stage } from './layers.js'
import { analyzeArticle, analyzeText, assertPipelineOrder, STAGES } from './pipeline.js'

const WORDS = ['the', 'minister', 'said', 'that', 'police', 'in', 'Paris', 'arrested', 'a', 'gunman', 'after', 'the', 'attack', 'killing', 'two',
  'guards', 'and', 'Azerbaijan', 'President', 'Ilham', 'Aliyev', '“quoted', 'words”', 'according', 'to', 'officials', 'terrorism', 'on', 'Friday,']

/** About 5,000 words and no full stop until the end: one very long sentence. */
const LONG_SENTENCE = `${Array.from({ length: 5000 }, (_, i) => WORDS[i % WORDS.length]).join(' ')}.`

const CASES: ReadonlyArray<readonly [string, string]> = [
  ['empty text', ''],
  ['white space only', '  \n\t \u00a0 \n\n  '],
  ['emoji and accents', 'Crème brûlée 🎉 in Zürich: the café’s owner, José Ñúñez, said “ça va 👍🏽” on Friday. 😀😀 The attack killed 2 people 🕊️. Ελληνικά and 日本語 too.'],
  ['one very long sentence', LONG_SENTENCE],
  ['quotes left open and stray marks', '“Open quote never closed, he said. "Straight one\n\n” « » "" “”'],
]

const articleOf = (text: string): Article => ({
  id: 'A', text, language: { code: 'eng', supported: true },
  provenance: [{ start: 0, end: text.length, input: '<text>', inputOffset: 0, via: 'text' }],
  published: { date: '2023-02-18', evidence: { how: 'metadata' } },
})

/** Freezes a value and everything it holds; typed arrays cannot be frozen and are left as they are. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || Object.isFrozen(value)) return value
  for (const v of Object.values(value)) deepFreeze(v)
  return Object.freeze(value)
}

function assertSpan(text: string, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length,
    `${what} ${s.start}-${s.end} is outside [0, ${text.length}]`)
}

function assertSorted<T>(list: readonly T[], key: (x: T) => readonly (number | string)[], what: string): void {
  for (let i = 1; i < list.length; i++) {
    const a = key(list[i - 1]!)
    const b = key(list[i]!)
    const order = a.reduce<number>((c, x, k) => c || (x < b[k]! ? -1 : x > b[k]! ? 1 : 0), 0)
    assert.ok(order <= 0, `${what} out of order at ${i}: ${a.join(',')} before ${b.join(',')}`)
  }
}

/** Every span of an analysed article is in bounds, and every layer that claims an order has it. */
function assertWellFormed(a: AnalyzedArticle): void {
  const { text } = a.article
  assert.deepEqual(a.failures, [])
  a.sentences.forEach((s) => assertSpan(text, s, 'sentence'))
  assertSorted(a.sentences, (s) => [s.start], 'sentences')
  const ids = new Set(a.actors.map((x) => x.id))
  for (const m of a.mentions) {
    assertSpan(text, m.span, 'mention')
    assert.ok(ids.has(m.actor), `mention of unknown actor ${m.actor}`)
  }
  assertSorted(a.mentions, (m) => [m.span.start], 'mentions')
  for (const x of a.attributions) {
    for (const s of [x.cue, x.content, ...(x.source ? [x.source] : [])]) assertSpan(text, s, `attribution (${x.kind})`)
  }
  assertSorted(a.attributions, (x) => [x.content.start], 'attributions')
  a.outletVoice.forEach((s) => assertSpan(text, s, 'outlet voice'))
  assertSorted(a.outletVoice, (s) => [s.start], 'outlet voice')
  for (const f of a.facets) {
    assertSpan(text, f.span, `facet ${f.facet}`)
    assertSpan(text, f.sentence, `facet ${f.facet} sentence`)
  }
  assertSorted(a.facets, (f) => [f.span.start, f.span.end, f.facet], 'facets')
  a.findings.forEach((f) => assertSpan(text, f.span, `finding ${f.ruleId}`))
  assertSorted(a.findings, (f) => [f.span.start, f.span.end], 'findings')
  a.genre?.evidence.forEach((s) => assertSpan(text, s, 'genre evidence'))
}

describe('pipeline: the shared cases, every stage', () => {
  test('STAGES is in a valid order and names each stage once', () => {
    assertPipelineOrder(STAGES)
    const names = STAGES.map((s) => s.name)
    assert.equal(new Set(names).size, names.length)
    assert.deepEqual(names.slice(0, 4), ['segment', 'mentions', 'attribution', 'facets'])
  })

  for (const [name, text] of CASES) {
    describe(name, () => {
      // Computed once per case and shared by the tests below: the long sentence is slow to analyse.
      let dated: AnalyzedArticle | undefined
      const analyzedDated = (): AnalyzedArticle => (dated ??= analyzeText(text, '2023-02-18'))

      test('no throw, no failure, every span in bounds, layers sorted', () => {
        assertWellFormed(analyzeText(text))
        assertWellFormed(analyzedDated())
      })

      test('the same output on every run', () => {
        assert.deepEqual(analyzeText(text, '2023-02-18'), analyzedDated())
      })

      test('a frozen article gives the same output as a fresh one', () => {
        // `articleOf` builds the same article `analyzeText(text, '2023-02-18')` does.
        const result = analyzeArticle(deepFreeze(articleOf(text)))
        assertWellFormed(result)
        assert.deepEqual(result, analyzedDated())
      })

      // The layers before each stage, from the stages before it, frozen so that any mutation throws.
      let chain: Layers[] | undefined
      const layersBefore = (index: number): Layers => {
        if (!chain) {
          chain = [{}]
          for (const stage of STAGES.slice(0, -1)) {
            const layers = chain[chain.length - 1]!
            chain.push(deepFreeze({ ...layers, [stage.assigns]: stage.run(deepFreeze(articleOf(text)), layers) }))
          }
        }
        return chain[index]!
      }

      STAGES.forEach((stage, index) => {
        test(`stage ${stage.name} alone, on frozen earlier layers`, () => {
          const layers = layersBefore(index)
          const snapshot = JSON.stringify(layers)
          const first = stage.run(deepFreeze(articleOf(text)), layers)
          const second = stage.run(articleOf(text), layers)
          assert.deepEqual(first, second)
          assert.equal(JSON.stringify(layers), snapshot, `stage ${stage.name} changed an earlier layer`)
          if (stage.assigns === 'segments') {
            const seg = first as LayerMap['segments']
            for (let i = 0; i < seg.starts.length; i++) assertSpan(text, { start: seg.starts[i]!, end: seg.ends[i]! }, 'token')
            for (const s of [...seg.paragraphs, ...seg.quotes]) assertSpan(text, s, 'paragraph or quote')
            assertSorted(seg.quotes, (q) => [q.start], 'quotes')
          }
        })
      })
    })
  }
})

describe('pipeline: the runner', () => {
  const boom: Stage<'mentions'> = {
    name: 'boom', requires: ['segments'], assigns: 'mentions', rules: [],
    run: () => { throw new Error('boom failed') },
  }

  test('assertPipelineOrder throws E_PIPELINE_ORDER naming the stage for a misordered list', () => {
    const [segment, mentions] = STAGES
    assert.throws(() => assertPipelineOrder([mentions!, segment!]), (error: unknown) => {
      assert.ok(error instanceof RashomonError)
      assert.equal(error.code, 'E_PIPELINE_ORDER')
      assert.match(error.message, /stage "mentions" requires segments/u)
      assert.ok(error.hint.length > 0)
      return true
    })
  })

  test('assertPipelineOrder accepts an empty list and a prefix of STAGES', () => {
    assertPipelineOrder([])
    assertPipelineOrder(STAGES.slice(0, 2))
  })

  test('a stage that throws is recorded, the stages needing it are skipped, and the article goes on', () => {
    const text = 'Mayor Anna Berg said the bridge would reopen in May.'
    const [segment, , attribution] = STAGES
    const result = analyzeArticle(articleOf(text), [segment!, boom, attribution!])
    assert.deepEqual(result.failures, [
      { stage: 'boom', articleId: 'A', cause: 'boom failed' },
      { stage: 'attribution', articleId: 'A', cause: 'skipped: an earlier stage it needs failed' },
    ])
    assert.ok(result.sentences.length > 0, 'the segments survive')
    assert.deepEqual([result.mentions, result.attributions, result.facets], [[], [], []])
  })

  test('analyzeText passes the published date on', () => {
    assert.equal(analyzeText('x', '2023-02-18').article.published?.date, '2023-02-18')
    assert.equal(analyzeText('x').article.published, undefined)
  })

  test('the headline is read for framing on its own, spans into the title, its quoted words a speaker\'s', () => {
    const title = "Fury as shameless council 'betrayed' its tenants"
    const result = analyzeArticle({ ...articleOf('The council met on Monday. It approved the budget.'), title })
    const found = result.headlineFindings.map((f) => [title.slice(f.span.start, f.span.end), f.explanation.endsWith("in a quoted speaker's words.")])
    assert.deepEqual(found, [['Fury as', false], ['shameless', false], ['betrayed', true]])
    assert.deepEqual(result.findings, [], 'the text has none')
    assert.deepEqual(analyzeArticle(articleOf('The council met on Monday.')).headlineFindings, [], 'no title, no headline findings')
  })

  test('a headline the text opens with is read once, with the text', () => {
    const title = 'Fury as shameless council evicts tenants'
    const result = analyzeArticle({ ...articleOf(`${title}\n\nThe council met on Monday. It approved the budget.`), title })
    assert.deepEqual(result.headlineFindings, [])
    assert.ok(result.findings.some((f) => result.article.text.slice(f.span.start, f.span.end) === 'shameless'))
  })

  test('the headline is not read when the stages leave framing out', () => {
    const [segment] = STAGES
    assert.deepEqual(analyzeArticle({ ...articleOf('The council met.'), title: 'Shameless council' }, [segment!]).headlineFindings, [])
  })
})
