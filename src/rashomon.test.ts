/** @module rashomon.test — the whole pipeline in one call, from paths or from texts in memory. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { repoRoot, SEEDS } from './ingest/fixtures/helpers.js'
import { AnalysisResultSchema, SCHEMA_VERSION } from './model/schema.js'
import { analyze, analyzeTexts, VERSION } from './rashomon.js'

describe('analyze: the seeds end to end', async () => {
  const result = await analyze(SEEDS)

  test('two articles, valid against the schema, nothing skipped', () => {
    AnalysisResultSchema.parse(result)
    assert.equal(result.articles.length, 2)
    assert.deepEqual(result.skipped, [])
    assert.equal(result.schemaVersion, SCHEMA_VERSION)
    assert.deepEqual(result.tool, { name: 'rashomon', version: VERSION })
    assert.equal(result.split, 'auto')
  })

  test('every article is analysed without a stage failing', () => {
    for (const a of result.articles) {
      assert.deepEqual(a.failures, [])
      assert.ok(a.sentences.length > 5 && a.actors.length > 3 && a.attributions.length > 0 && a.facets.length > 0)
    }
  })

  test('A is opinion, B an interview whose own voice carries far fewer framing findings per 1,000 words', () => {
    const [a, b] = result.articles
    assert.deepEqual([a?.genre?.label, b?.genre?.label], ['opinion', 'interview'])
    const density = (explanation = ''): number => Number(/([\d.]+) weighted per 1,000 words/u.exec(explanation)?.[1])
    assert.ok(density(b?.genre?.explanation) * 3 < density(a?.genre?.explanation), `${b?.genre?.explanation} vs ${a?.genre?.explanation}`)
  })

  test('B is dated from its header, A is not dated', () => {
    assert.deepEqual(result.articles.map((a) => a.article.published?.date), [undefined, '2023-02-18'])
  })

  test('the two accounts disagree on what the attack was, each side with a speaker', () => {
    const v = result.stories[0]!.comparison.verdicts.find((x) => x.topic === 'characterisation')
    assert.equal(v?.status, 'contested')
    const stances = new Set(v?.sides.map((s) => s.value))
    assert.ok(stances.has('terrorist act') && stances.has('not a terrorist act'), [...stances].join(', '))
    for (const side of v?.sides ?? []) assert.ok(side.evidence.length > 0)
  })

  test('the speakers of the seeds: Aliyev and Raisi in B; the ministry, pundits, the assailant and Iran in A', () => {
    const attributions = (id: string): Array<{ kind: string; speaker: string; speakerKind: string; country: string | undefined; cue: string; content: string }> => {
      const a = result.articles.find((x) => x.article.id === id)!
      const actors = new Map(a.actors.map((x) => [x.id, x]))
      const slice = (s: { start: number; end: number }): string => a.article.text.slice(s.start, s.end)
      return a.attributions.map((x) => {
        const actor = actors.get(x.speaker)
        return { kind: x.kind, speaker: actor?.name ?? x.speaker, speakerKind: actor?.kind ?? 'unknown', country: actor?.country, cue: slice(x.cue), content: slice(x.content) }
      })
    }
    const quotes = attributions('B').filter((x) => x.kind === 'direct')
    assert.ok(quotes.length >= 4)
    assert.deepEqual(quotes.filter((x) => x.speaker !== 'Ilham Aliyev').map((x) => x.speaker), ['Ebrahim Raisi'])
    const a = attributions('A')
    const find = (cue: RegExp, content: RegExp): (typeof a)[number] | undefined => a.find((x) => cue.test(x.cue) && content.test(x.content))
    assert.equal(find(/said in a statement/u, /documents containing calls/u)?.speaker, 'Azerbaijan foreign ministry')
    assert.equal(a.find((x) => /Iran has tried to prevent/u.test(x.content))?.speaker, 'Azerbaijan foreign ministry')
    assert.equal(find(/believe/u, /Israel/u)?.speakerKind, 'unnamed')
    assert.equal(find(/According to/u, /personal reasons/u)?.speaker, 'the assailant')
    assert.equal(find(/says/u, /not terrorist/u)?.country, 'IRN')
  })

  test('Aliyev is one canonical person', () => {
    const aliyev = result.stories[0]!.comparison.actors.filter((a) => a.kind === 'person' && /Aliyev/u.test(a.name))
    assert.equal(aliyev.length, 1)
    assert.equal(aliyev[0]!.country, 'AZE')
  })

  test('the same inputs give the same result', async () => {
    assert.deepEqual(await analyze(SEEDS), result)
  })
})

describe('analyzeTexts', () => {
  const read = (name: string): { name: string; text: string } => ({ name, text: readFileSync(join(repoRoot(), 'src', 'compare', 'fixtures', name), 'utf8') })

  test('texts in memory go through the same pipeline', () => {
    const result = analyzeTexts([read('embassy-a.txt'), read('embassy-b.txt')])
    AnalysisResultSchema.parse(result)
    assert.deepEqual(result.articles.map((a) => a.article.id), ['A', 'B'])
    assert.deepEqual(result.boundaries.map((b) => b.reason), ['input-start', 'metadata-header'])
  })

  test('split "stream" ignores file boundaries; "files" makes one article per text', () => {
    const a = { name: 'a.txt', text: 'The harbour ferry returned to service on Monday after a week of storms kept it tied up in port.' }
    const b = { name: 'b.txt', text: 'The operator said that two extra sailings a day would clear the backlog of freight by the end of the week.' }
    assert.equal(analyzeTexts([a, b], { split: 'files' }).articles.length, 2)
    const stream = analyzeTexts([a, b], { split: 'stream' })
    assert.equal(stream.articles.length, 1)
    assert.equal(stream.split, 'stream')
  })

  test('no texts: an empty, valid result', () => {
    const result = analyzeTexts([])
    AnalysisResultSchema.parse(result)
    assert.deepEqual(result.articles, [])
  })
})

describe('analyze: a folder of several events is grouped into stories first', async () => {
  const fixture = join(repoRoot(), 'src', 'compare', 'fixtures', 'stories', 'three-events.json')
  const grouped = await analyze([fixture])
  const titleOf = (id: string): string => grouped.articles.find((a) => a.article.id === id)?.article.title ?? id

  test('from six articles on, "auto" groups: each story is compared on its own', () => {
    AnalysisResultSchema.parse(grouped)
    assert.equal(grouped.grouping, 'grouped')
    // The fixture holds three bridge, three fire and two football articles, and one stray.
    assert.deepEqual(grouped.stories.map((s) => s.articleIds.length), [3, 3, 2, 1], grouped.stories.map((s) => s.articleIds.map(titleOf).join(' | ')).join('\n'))
    const bridge = grouped.stories.find((s) => s.articleIds.some((id) => /bridge closed/iu.test(titleOf(id))))!
    assert.ok(bridge.articleIds.map(titleOf).includes('Crack in pier shuts Old Mill Bridge'))
    for (const story of grouped.stories) {
      for (const v of story.comparison.voices) assert.ok(story.articleIds.includes(v.articleId), 'a story compares only its own articles')
    }
  })

  test('--stories one compares everything as one story; a handful of articles is one story by default', async () => {
    const one = await analyze([fixture], { stories: 'one' })
    assert.equal(one.grouping, 'one-story')
    assert.deepEqual(one.stories.map((s) => s.articleIds.length), [one.articles.length])
    const seeds = await analyze(SEEDS)
    assert.equal(seeds.grouping, 'one-story')
  })
})
