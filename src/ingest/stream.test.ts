/** @module ingest/stream.test — cutting a stream of plain-text inputs into articles. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { splitStream, type StreamSplit, type TextInput } from './stream.js'

const FERRY = 'The island ferry returned to service on Monday after storms kept it in port for a week. ' +
  'Operators said extra sailings would clear the backlog of freight by Friday.'
const BRIDGE = 'Engineers closed the old river bridge on Tuesday after finding a crack in one of its piers. ' +
  'The city said the bridge would stay shut until repairs were finished.'
const LICENCE = 'All Content by Island Wire News is licensed under a Creative Commons Attribution 4.0 International License.'

/** `reason input@offset` per boundary. */
const reasons = (split: StreamSplit): string[] => split.boundaries.map((b) => `${b.reason} ${b.input}@${b.inputOffset}`)

/** Every provenance piece must map article text back to the very characters of its input. */
function assertProvenance(split: StreamSplit, inputs: readonly TextInput[]): void {
  for (const article of split.articles) {
    let covered = 0
    for (const p of article.provenance) {
      const input = inputs.find((i) => i.name === p.input)
      assert.ok(input, `provenance names an unknown input ${p.input}`)
      assert.equal(article.text.slice(p.start, p.end), input.text.slice(p.inputOffset, p.inputOffset + (p.end - p.start)))
      assert.equal(p.start, covered, 'provenance pieces are contiguous')
      covered = p.end
    }
    assert.equal(covered, article.text.length, 'provenance covers the whole text')
  }
}

describe('splitStream: a file boundary alone is not an article boundary', () => {
  // One article cut in the middle of a word ("sto|rms"), as corpus dumps are.
  const cutAt = FERRY.indexOf('rms kept')
  const inputs: TextInput[] = [{ name: 'part-1.txt', text: FERRY.slice(0, cutAt) }, { name: 'part-2.txt', text: FERRY.slice(cutAt) }]

  test('auto: one article whose text is the concatenation, with provenance in both files', () => {
    const split = splitStream(inputs, 'auto')
    assert.equal(split.articles.length, 1)
    assert.equal(split.articles[0]!.text, FERRY)
    assert.deepEqual(reasons(split), ['input-start part-1.txt@0'])
    assert.deepEqual(split.articles[0]!.provenance, [
      { start: 0, end: cutAt, input: 'part-1.txt', inputOffset: 0, via: 'text' },
      { start: cutAt, end: FERRY.length, input: 'part-2.txt', inputOffset: 0, via: 'text' },
    ])
    assertProvenance(split, inputs)
  })

  test('auto: also when the cut falls right after a sentence, if the next file opens with no headline', () => {
    const at = FERRY.indexOf('Operators')
    const parts: TextInput[] = [{ name: 'a.txt', text: FERRY.slice(0, at) }, { name: 'b.txt', text: FERRY.slice(at) }]
    const split = splitStream(parts, 'auto')
    assert.equal(split.articles.length, 1)
    assert.equal(split.articles[0]!.text, FERRY)
  })

  test('files: every file is an article, even one cut mid-word', () => {
    const split = splitStream(inputs, 'files')
    assert.deepEqual(split.articles.map((a) => a.text), [inputs[0]!.text.trim(), inputs[1]!.text])
    assert.deepEqual(reasons(split), ['input-start part-1.txt@0', 'file-start part-2.txt@0'])
    assertProvenance(split, inputs)
  })
})

describe('splitStream: one article per file, each opening with a headline', () => {
  const inputs: TextInput[] = [
    { name: 'ferry.txt', text: `Ferry back in service after storms\n${FERRY}\n` },
    { name: 'bridge.txt', text: `River bridge shut over crack\n\n${BRIDGE}\n` },
  ]

  test('auto: splits at each file that opens with a headline, and takes it as the title', () => {
    const split = splitStream(inputs, 'auto')
    assert.deepEqual(reasons(split), ['input-start ferry.txt@0', 'headline bridge.txt@0'])
    assert.deepEqual(split.articles.map((a) => a.title), ['Ferry back in service after storms', 'River bridge shut over crack'])
    assert.equal(split.articles[1]!.text, `River bridge shut over crack\n\n${BRIDGE}`)
    assert.equal(split.boundaries[1]!.evidence, 'River bridge shut over crack')
    assertProvenance(split, inputs)
  })

  test('stream: ignores file starts, so the two files are one article', () => {
    const split = splitStream(inputs, 'stream')
    assert.equal(split.articles.length, 1)
    assert.deepEqual(reasons(split), ['input-start ferry.txt@0'])
  })

  test('auto: no split when the previous file ends mid-sentence', () => {
    const open = [{ name: 'a.txt', text: 'The council said the vote on the harbour plan would' }, inputs[1]!]
    assert.equal(splitStream(open, 'auto').articles.length, 1)
  })

  test('auto: a file opening with a header block is read as one when the file before it ends with no line break', () => {
    const parts: TextInput[] = [{ name: 'a.txt', text: FERRY }, { name: 'b.txt', text: `River bridge shut over crack\nPublished: 2024-03-05\n\n${BRIDGE}` }]
    const split = splitStream(parts, 'auto')
    assert.deepEqual(split.articles.map((a) => a.text), [FERRY, BRIDGE])
    assert.deepEqual(split.articles[1]!.headers.map((h) => h.key), ['title', 'date'])
    assertProvenance(split, parts)
  })

  test('auto: a file in another language starts an article, even with no headline', () => {
    const french = 'Les ingénieurs ont fermé le vieux pont sur la rivière mardi après avoir trouvé une fissure dans une de ses piles. ' +
      'La ville a dit que le pont resterait fermé jusqu\'à la fin des travaux.'
    const inputs = [{ name: 'a.txt', text: `${FERRY}\n` }, { name: 'b.txt', text: french }]
    const split = splitStream(inputs, 'auto')
    assert.deepEqual(reasons(split), ['input-start a.txt@0', 'file-start b.txt@0'])
    assert.match(split.boundaries[1]!.evidence, /b\.txt is in French, the file before it in English/)
    assertProvenance(split, inputs)
    // Two English files with no headline stay one article.
    assert.equal(splitStream([{ name: 'a.txt', text: `${FERRY}\n` }, { name: 'b.txt', text: BRIDGE }], 'auto').articles.length, 1)
  })

  test('auto: a first line ending with a full stop is not a headline', () => {
    const parts = [inputs[0]!, { name: 'c.txt', text: `Rain is expected.\n${BRIDGE}` }]
    assert.equal(splitStream(parts, 'auto').articles.length, 1)
  })
})

describe('splitStream: licence footers and metadata headers', () => {
  const text = `${FERRY}\n${LICENCE}\ntitle: River bridge shut over crack\ndate 2024-03-05\nsource: Valley Radio\n${BRIDGE}\n`
  const inputs: TextInput[] = [{ name: 'dump.txt', text }]

  test('an article ends after its licence line; the headers after it open and describe the next one', () => {
    const split = splitStream(inputs, 'auto')
    assert.deepEqual(reasons(split), ['input-start dump.txt@0', `licence-footer dump.txt@${text.indexOf(LICENCE) + LICENCE.length}`])
    const [first, second] = split.articles
    assert.equal(first!.text, `${FERRY}\n${LICENCE}`)
    assert.ok(first!.footer)
    assert.equal(first!.text.slice(first!.footer.start, first!.footer.end), LICENCE)
    assert.equal(first!.footer.licence, 'CC BY 4.0')
    assert.equal(first!.footer.holder, 'Island Wire News')
    // The headers are metadata, not text.
    assert.equal(second!.text, BRIDGE)
    assert.deepEqual(second!.headers.map((h) => `${h.key}=${h.value}`), ['title=River bridge shut over crack', 'date=2024-03-05', 'outlet=Valley Radio'])
    assert.equal(second!.footer, undefined)
    assertProvenance(split, inputs)
  })

  test('a metadata header after a finished sentence starts an article; its value is not text', () => {
    const stream = `${FERRY}\n\ndate 2024-03-05\n${BRIDGE}`
    const split = splitStream([{ name: 's.txt', text: stream }], 'stream')
    assert.deepEqual(reasons(split), ['input-start s.txt@0', `metadata-header s.txt@${FERRY.length + 2}`])
    assert.equal(split.articles[1]!.text, BRIDGE)
    assert.equal(split.boundaries[1]!.evidence, 'date 2024-03-05')
  })

  test('the date header of the seeds: right after the licence line, at the start of the next file', () => {
    const parts: TextInput[] = [{ name: '000.txt', text: `${FERRY} ${LICENCE}` }, { name: '001.txt', text: ` date 2023-02-18 ${BRIDGE}\n` }]
    const split = splitStream(parts, 'auto')
    assert.deepEqual(reasons(split), ['input-start 000.txt@0', 'licence-footer 001.txt@0'])
    assert.equal(split.articles[1]!.text, BRIDGE)
    assert.deepEqual(split.articles[1]!.headers.map((h) => h.value), ['2023-02-18'])
    assertProvenance(split, parts)
  })

  test('headers with no text after them stay with the article before, rather than making an empty one', () => {
    const stream = `${FERRY}\nsource: Island Wire News\n`
    const split = splitStream([{ name: 's.txt', text: stream }], 'auto')
    assert.equal(split.articles.length, 1)
    assert.equal(split.articles[0]!.text, stream.trim())
  })

  test('files: footers do not cut inside a file but still name the licence', () => {
    const stream = `${FERRY}\n${LICENCE}\n${BRIDGE}`
    const split = splitStream([{ name: 's.txt', text: stream }], 'files')
    assert.equal(split.articles.length, 1)
    assert.equal(split.articles[0]!.footer?.licence, 'CC BY 4.0')
  })

  test('"to date" in prose does not split an article', () => {
    const stream = `${FERRY}\nTo date, 12 people have asked for refunds. ${BRIDGE}`
    assert.equal(splitStream([{ name: 's.txt', text: stream }], 'auto').articles.length, 1)
  })
})

describe('splitStream: a headline over header lines opens an article', () => {
  const first = `Ferry back in service after storms\nPublished: 2025-03-04\n\nBy Ina Falk\n\n${FERRY}\n`
  const second = `Opinion: The bridge was no accident. It was neglect.\nPublished: 2025-03-06\n\nBy Taslima Begum\n\n${BRIDGE}\n`

  test('a headline ending with a full stop still starts the next file\'s article; its byline is no title', () => {
    const inputs: TextInput[] = [{ name: 'a.txt', text: first }, { name: 'b.txt', text: second }]
    const split = splitStream(inputs, 'auto')
    assert.deepEqual(reasons(split), ['input-start a.txt@0', 'headline b.txt@0'])
    assert.deepEqual(split.articles.map((a) => a.text), [FERRY, BRIDGE])
    assert.deepEqual(split.articles.map((a) => a.headers.map((h) => `${h.key}=${h.value}`)), [
      ['title=Ferry back in service after storms', 'date=2025-03-04', 'byline=Ina Falk'],
      ['title=Opinion: The bridge was no accident. It was neglect.', 'date=2025-03-06', 'byline=Taslima Begum'],
    ])
    assertProvenance(split, inputs)
  })

  test('also inside one stream, where no file start helps', () => {
    const split = splitStream([{ name: 's.txt', text: first + '\n' + second }], 'stream')
    assert.deepEqual(split.articles.map((a) => a.text), [FERRY, BRIDGE])
  })

  test('a file opening with its header block starts an article even after a file ending with an unfinished bullet list', () => {
    const boxed = `${FERRY}\n\nWHAT HAPPENS NEXT\n- Sailings resume on Monday\n- Refunds are paid at the harbour\n`
    for (const mode of ['auto', 'files'] as const) {
      const split = splitStream([{ name: 'a.txt', text: boxed }, { name: 'b.txt', text: second }], mode)
      assert.equal(split.articles.length, 2, mode)
      assert.equal(split.articles[1]!.text, BRIDGE, mode)
      assert.deepEqual(split.articles[1]!.headers.map((h) => h.key), ['title', 'date', 'byline'], mode)
      assert.match(split.articles[0]!.text, /Refunds are paid at the harbour$/u, mode)
    }
  })

  test('a "By" line opening a file is not taken as its headline', () => {
    const split = splitStream([{ name: 'a.txt', text: `${FERRY}\n` }, { name: 'b.txt', text: `By Ina Falk\n${BRIDGE}\n` }], 'files')
    assert.equal(split.articles[1]!.title, undefined)
  })
})

describe('splitStream: datelines', () => {
  test('"LONDON (Reuters) -" and "TEHRAN –" at a paragraph start after a finished sentence start articles', () => {
    const stream = `${FERRY}\n\nLONDON (Reuters) - ${BRIDGE}\n\nTEHRAN – Officials met on Sunday. They agreed to talk again.`
    const split = splitStream([{ name: 's.txt', text: stream }], 'auto')
    assert.deepEqual(split.boundaries.map((b) => `${b.reason}: ${b.evidence}`), [
      'input-start: start of the first input', 'dateline: LONDON (Reuters) -', 'dateline: TEHRAN –',
    ])
    assert.ok(split.articles[1]!.text.startsWith('LONDON (Reuters) - Engineers'))
  })

  test('no split when the text before the dateline line did not finish its sentence', () => {
    const stream = 'The mayor of\nLONDON - Sadiq said nothing new. It rained.'
    assert.equal(splitStream([{ name: 's.txt', text: stream }], 'auto').articles.length, 1)
  })

  test('a headline line right above a dateline opens the article and becomes its title', () => {
    const stream = `${FERRY}\n\nRiver bridge shut over crack\nLONDON (Reuters) - ${BRIDGE}`
    const split = splitStream([{ name: 's.txt', text: stream }], 'auto')
    assert.equal(split.articles.length, 2)
    assert.equal(split.articles[0]!.text, FERRY)
    assert.equal(split.articles[1]!.title, 'River bridge shut over crack')
    assert.equal(split.boundaries[1]!.reason, 'dateline')
  })
})

describe('splitStream: edge cases', () => {
  test('empty and white-space-only inputs give no articles', () => {
    assert.deepEqual(splitStream([], 'auto'), { articles: [], boundaries: [], joined: [] })
    assert.deepEqual(splitStream([{ name: 'e.txt', text: '' }, { name: 'w.txt', text: ' \n\t\n' }], 'auto').articles, [])
  })

  test('an empty input in the middle does not break provenance', () => {
    const inputs: TextInput[] = [{ name: 'a.txt', text: 'Rain fell all day on the ' }, { name: 'e.txt', text: '' }, { name: 'b.txt', text: 'hills. Roads flooded.' }]
    const split = splitStream(inputs, 'files')
    assert.deepEqual(split.articles.map((a) => a.text), ['Rain fell all day on the', 'hills. Roads flooded.'])
    assertProvenance(split, inputs)
  })

  test('is the same on every run, and fast on a large stream of many files', () => {
    const inputs: TextInput[] = []
    for (let i = 0; i < 2000; i++) inputs.push({ name: `f${i}.txt`, text: `Story number ${i} today\n${FERRY}\n` })
    const started = performance.now()
    const split = splitStream(inputs, 'auto')
    assert.ok(performance.now() - started < 1500, 'splitting 2000 files takes well under a second or two')
    assert.equal(split.articles.length, 2000)
    assert.equal(split.articles[1999]!.title, 'Story number 1999 today')
    assert.deepEqual(splitStream(inputs, 'auto'), split)
  })
})
