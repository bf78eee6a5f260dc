/** @module analyze/segment/segment.test — token, sentence, paragraph and quote offsets against the text they claim to cover. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Span } from '../../model/span.js'
import type { Segmentation } from '../layers.js'
import { findParagraphs, findQuotes, foldedForTokens, posOf, segmentStage, segmentText, sentenceAt, tokenText, withReadableTimes } from './segment.js'

const slices = (text: string, spans: readonly Span[]): string[] => spans.map((s) => text.slice(s.start, s.end))
const tokens = (text: string, seg: Segmentation): string[] => [...seg.starts].map((_, i) => tokenText(text, seg, i))

/** Every offset is in bounds, tokens ascend without overlap, and sentence token ranges agree with sentence spans. */
function assertConsistent(text: string, seg: Segmentation): void {
  const n = seg.starts.length
  assert.equal(seg.ends.length, n)
  assert.equal(seg.pos.length, n)
  assert.equal(seg.lemmas.length, n)
  for (let i = 0; i < n; i++) {
    assert.ok(seg.starts[i]! <= seg.ends[i]! && seg.ends[i]! <= text.length, `token ${i} out of bounds`)
    if (i > 0) assert.ok(seg.ends[i - 1]! <= seg.starts[i]!, `token ${i} overlaps token ${i - 1}`)
  }
  assert.equal(seg.sentenceTokenStart.length, seg.sentences.length)
  assert.equal(seg.sentenceTokenEnd.length, seg.sentences.length)
  seg.sentences.forEach((s, k) => {
    assert.equal(s.start, seg.starts[seg.sentenceTokenStart[k]!])
    assert.equal(s.end, seg.ends[seg.sentenceTokenEnd[k]! - 1])
    if (k > 0) assert.ok(seg.sentences[k - 1]!.end <= s.start, 'sentences ascend without overlap')
  })
  for (const spans of [seg.paragraphs, seg.quotes]) {
    spans.forEach((s, k) => {
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length)
      if (k > 0) assert.ok(spans[k - 1]!.end <= s.start, 'sorted, no overlap')
    })
  }
}

describe('segment: tokens and sentences', () => {
  test('token and sentence offsets slice out exactly their words', () => {
    const text = 'The mayor spoke on Monday. Crowds cheered loudly!  Then it rained.'
    const seg = segmentText(text)
    assertConsistent(text, seg)
    assert.deepEqual(tokens(text, seg), ['The', 'mayor', 'spoke', 'on', 'Monday', '.', 'Crowds', 'cheered', 'loudly', '!', 'Then', 'it', 'rained', '.'])
    assert.deepEqual(slices(text, seg.sentences), ['The mayor spoke on Monday.', 'Crowds cheered loudly!', 'Then it rained.'])
    assert.deepEqual([...seg.sentenceTokenStart], [0, 6, 10])
    assert.deepEqual([...seg.sentenceTokenEnd], [6, 10, 14])
  })

  test('a text gets the same tokens whatever the process read before it', () => {
    const probe = 'They climbed to Diara Traore’s flat.'
    const before = tokens(probe, segmentText(probe))
    // Read whole once, "Traore’s" used to stay whole in every later text.
    segmentText('Diara Traore spoke.')
    segmentText('It was Traore’s.')
    assert.deepEqual(tokens(probe, segmentText(probe)), before)
  })

  test('a name with letters outside Latin-1 is one token, sliced as written', () => {
    const text = 'Maroš Šefčovič met Recep Tayyip Erdoğan, Lech Wałęsa and Đurić in Bucureşti 🙂.'
    const seg = segmentText(text)
    assertConsistent(text, seg)
    assert.deepEqual(tokens(text, seg), ['Maroš', 'Šefčovič', 'met', 'Recep', 'Tayyip', 'Erdoğan', ',', 'Lech', 'Wałęsa', 'and', 'Đurić', 'in', 'Bucureşti', '🙂', '.'])
    assert.equal(foldedForTokens(text).length, text.length)
  })

  test('a lone capital and full stop after a word in lower case ends a sentence ("on X."), an initial does not', () => {
    const sentences = (text: string): string[] => segmentText(text).sentences.map((x) => text.slice(x.start, x.end))
    assert.deepEqual(sentences('He said in a post on X. "We will respond."'), ['He said in a post on X.', '"We will respond."'])
    assert.deepEqual(sentences('President George W. Bush said so.'), ['President George W. Bush said so.'])
    assert.deepEqual(sentences('Malcolm X. Little was born in 1925.'), ['Malcolm X. Little was born in 1925.'])
    assert.deepEqual(sentences('ISRO chairman V. Raghunathan said the launch had gone normally.'), ['ISRO chairman V. Raghunathan said the launch had gone normally.'])
    assert.deepEqual(sentences('She wrote on X. Musk replied within an hour.'), ['She wrote on X.', 'Musk replied within an hour.'])
    assert.deepEqual(sentences('The rebels fell back to Plan B. The army followed.'), ['The rebels fell back to Plan B.', 'The army followed.'])
  })

  test('a clock time with a full stop ("7.15pm") is one token in its sentence, and one closing a sentence ends it', () => {
    const sentences = (text: string): string[] => segmentText(text).sentences.map((x) => text.slice(x.start, x.end))
    assert.deepEqual(sentences('Stewards opened Gate 12 at 7.15pm as planned. Videos showed it closed at 7.50pm. Police said fans forced it.'),
      ['Stewards opened Gate 12 at 7.15pm as planned.', 'Videos showed it closed at 7.50pm.', 'Police said fans forced it.'])
    assert.deepEqual(sentences('The gate shut at 7:50pm. "We ran," she said.'), ['The gate shut at 7:50pm.', '"We ran," she said.'])
    assert.equal(withReadableTimes('at 7.15pm, then 10.05am. Then'), 'at 7:15pm, then 10:05am! Then')
  })

  test('"think tank" is a noun, not a verb and its object', () => {
    const text = 'An economist at a Brussels think tank said so. I think tanks are loud.'
    const seg = segmentText(text)
    const tagOf = (word: string, from = 0): string => posOf(seg, [...seg.starts].indexOf(text.indexOf(word, from)))
    assert.equal(tagOf('think'), 'NOUN')
    assert.equal(tagOf('think', text.indexOf('I think')), 'VERB')
  })

  test('"claims" after the subject opening its clause, before a clause, is a verb; "his claims that", "insurance claims that were rejected" keep the noun', () => {
    const tagOf = (text: string): string => {
      const seg = segmentText(text)
      return posOf(seg, [...seg.starts].indexOf(text.indexOf('claims')))
    }
    assert.equal(tagOf('The government claims that a dozen members were injured.'), 'VERB')
    assert.equal(tagOf('Russia claims it has taken the town.'), 'VERB')
    assert.equal(tagOf('She left.\n\nThe union claims around a dozen were hurt.'), 'VERB')
    assert.equal(tagOf('His claims that he lied were false.'), 'NOUN')
    assert.equal(tagOf('Insurance claims that were rejected rose.'), 'NOUN')
    assert.equal(tagOf('He rejected the false claims that the vote was rigged.'), 'NOUN')
  })

  test('parts of speech and lemmas come per token', () => {
    const text = 'The ministers said nothing.'
    const seg = segmentText(text)
    assert.deepEqual([...seg.starts].map((_, i) => posOf(seg, i)), ['DET', 'NOUN', 'VERB', 'PRON', 'PUNCT'])
    assert.equal(seg.lemmas[2], 'say')
  })

  test('tokens cover every non-space character, whatever the script or symbol', () => {
    // Contractions, abbreviations, curly quotes, e-mail, hashtags, emoji with skin tone, accents: offsets must not drift.
    const text = 'He can’t go. It’s 5:30 p.m. on Jan. 3, U.S. officials said… “Don’t!” — write a@b.com #tag $5.50 50% 🎉👍🏽 naïve Zürich.'
    const seg = segmentText(text)
    assertConsistent(text, seg)
    assert.equal(tokens(text, seg).join('').replace(/\s+/gu, ''), text.replace(/\s+/gu, ''))
  })

  test('sentenceAt finds the sentence holding an offset, -1 outside any', () => {
    const text = 'One sentence here. Another one there.'
    const seg = segmentText(text)
    assert.equal(sentenceAt(seg, 0), 0)
    assert.equal(sentenceAt(seg, text.indexOf('Another')), 1)
    assert.equal(sentenceAt(seg, text.length - 1), 1)
    assert.equal(sentenceAt(seg, text.length), -1)
    assert.equal(sentenceAt(seg, text.indexOf(' Another')), -1)
  })

  test('an abbreviation\'s full stop before a lower-case word on the same line ends no sentence', () => {
    const text = 'Sen. Elizabeth Warren (D-Mass.) said the bill was a disgrace. "Why now?" she asked.'
    const seg = segmentText(text)
    assert.equal(text.slice(seg.sentences[0]!.start, seg.sentences[0]!.end), 'Sen. Elizabeth Warren (D-Mass.) said the bill was a disgrace.')
  })

  test('a rank or title abbreviation before a name ends no sentence ("said Det. Ana Ruiz")', () => {
    const text = '"The yard was empty," said Det. Ana Ruiz of the harbour police. Insp. Tom Vale and Cpl. Jo Dunn agreed. She left.'
    assert.deepEqual(slices(text, segmentText(text).sentences), [
      '"The yard was empty," said Det. Ana Ruiz of the harbour police.',
      'Insp. Tom Vale and Cpl. Jo Dunn agreed.',
      'She left.',
    ])
    // Across a line break the abbreviation ends its line, not a name's title: no join.
    const lines = 'Call Det.\nAna Ruiz answered.'
    assert.equal(segmentText(lines).sentences.length, 2)
  })

  test('a page furniture line standing alone is a sentence of its own, not the start of the next', () => {
    const quote = '“We will reopen the bridge by June,” the mayor said.'
    for (const line of [
      'Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'Photo: Jane Roe/Reuters',
      'Image caption The old bridge was closed in May', '(Getty Images)', 'Skip to content', 'Share this article',
    ]) {
      for (const gap of ['\n', '\n\n']) {
        const text = `Engineers closed the old river bridge on Tuesday.${gap}${line}${gap}${quote}`
        const seg = segmentText(text)
        assertConsistent(text, seg)
        assert.deepEqual(slices(text, seg.sentences).slice(-2).map((s) => s.trim()), [line, quote], JSON.stringify(text))
      }
    }
  })

  test('furniture after a line with no closing stop is cut from it too', () => {
    const text = 'Bridge shut for repairs\nAdvertisement\n“It is unsafe,” the engineer said.'
    const seg = segmentText(text)
    assertConsistent(text, seg)
    assert.deepEqual(slices(text, seg.sentences).map((s) => s.trim()), ['Bridge shut for repairs', 'Advertisement', '“It is unsafe,” the engineer said.'])
  })

  test('furniture words inside a line of the story cut nothing', () => {
    const text = 'The show opened with Photo: A Life in Pictures\nand ran for a month. The advertisement ran for weeks.\nSkip to content was all the menu said'
    assert.deepEqual(slices(text, segmentText(text).sentences), slices(text, segmentText(text.replace(/Photo: |Skip to content/gu, (m) => 'x'.repeat(m.length))).sentences))
  })

  test('empty text gives empty layers', () => {
    const seg = segmentText('')
    assert.equal(seg.starts.length, 0)
    assert.deepEqual(seg.sentences, [])
    assert.deepEqual(seg.paragraphs, [])
    assert.deepEqual(seg.quotes, [])
  })

  test('the stage reads the article text and declares no requirements', () => {
    assert.equal(segmentStage.name, 'segment')
    assert.deepEqual(segmentStage.requires, [])
    assert.equal(segmentStage.assigns, 'segments')
    const text = 'A short text.'
    const layer = segmentStage.run({ id: 'A', text, language: { code: 'eng', supported: true }, provenance: [] }, {})
    assert.deepEqual(slices(text, layer.sentences), ['A short text.'])
  })
})

describe('segment: paragraphs', () => {
  test('blank lines split paragraphs, a blank line holding spaces too; spans are trimmed', () => {
    const text = 'First para here.\n\nSecond para.\n \nThird.\n'
    assert.deepEqual(slices(text, findParagraphs(text)), ['First para here.', 'Second para.', 'Third.'])
    assert.deepEqual(segmentText(text).paragraphs, findParagraphs(text))
  })

  test('a single line break does not split a paragraph', () => {
    const text = 'A line that wraps\nonto the next line.'
    assert.deepEqual(slices(text, findParagraphs(text)), [text])
  })

  test('text pasted a paragraph per line, with no blank line, has a paragraph and a sentence per line: a headline with no stop, a dateline', () => {
    const text = 'Mayor wins second term as rivals cry foul\n4 May 2026\nThe mayor won with 52 percent.\n"It was stolen," her rival said.\nTurnout was low.'
    assert.deepEqual(slices(text, findParagraphs(text)), text.split('\n'))
    const seg = segmentText(text)
    assert.deepEqual(slices(text, seg.sentences).map((s) => s.trim()), text.split('\n'))
  })

  test('a wrapped text, whose lines mostly end mid-sentence, keeps one paragraph', () => {
    const text = 'The mayor won the vote with 52 percent of the\nballots cast on Sunday, the commission said, and\nher rival conceded.'
    assert.deepEqual(slices(text, findParagraphs(text)), [text])
  })

  test('a no-break space followed by spaces stands for a paragraph break in flattened text', () => {
    const text = 'One part.\u00a0 Two part here.\u00a0\u00a0 Three.'
    assert.deepEqual(slices(text, findParagraphs(text)), ['One part.', 'Two part here.', 'Three.'])
  })

  test('a lone no-break space between words is no break', () => {
    const text = 'Ten\u00a0kilometres away.'
    assert.deepEqual(slices(text, findParagraphs(text)), [text])
  })

  test('a line opening with a quote mark starts a paragraph', () => {
    const text = 'He spoke.\n“Enough,” he said.'
    assert.deepEqual(slices(text, findParagraphs(text)), ['He spoke.', '“Enough,” he said.'])
  })

  test('white space only gives no paragraph', () => {
    assert.deepEqual(findParagraphs(' \n\n\t '), [])
  })
})

describe('segment: quotes', () => {
  const quotes = (text: string): string[] => slices(text, segmentText(text).quotes)

  test('curly and straight quotes, marks excluded', () => {
    const text = 'He said “curly words here” and "straight ones" too.'
    assert.deepEqual(quotes(text), ['curly words here', 'straight ones'])
    const seg = segmentText(text)
    assert.equal(text[seg.quotes[0]!.start - 1], '“')
    assert.equal(text[seg.quotes[0]!.end], '”')
  })

  test('guillemets', () => {
    assert.deepEqual(quotes('Le ministre a dit «non merci» hier.'), ['non merci'])
  })

  test('a quote left open runs to the end of its paragraph, not beyond', () => {
    const text = 'She said "this is left open and never closed.\n\nNext paragraph here.'
    assert.deepEqual(quotes(text), ['this is left open and never closed.'])
  })

  test('a closing mark of another kind does not close the quote', () => {
    const text = 'He said “this runs on" until the end.'
    assert.deepEqual(quotes(text), ['this runs on" until the end.'])
  })

  test('each paragraph of a multi-paragraph quote is its own span', () => {
    const text = '“First paragraph of the quote.\n\n“Second paragraph,” she said.'
    assert.deepEqual(quotes(text), ['First paragraph of the quote.', 'Second paragraph,'])
  })

  test('a quote split into a paragraph that only closes it runs on there', () => {
    assert.deepEqual(quotes('"This is not a security matter.\n\nWe are not making a case of this."\n\nShe left.'), ['This is not a security matter.', 'We are not making a case of this.'])
    assert.deepEqual(quotes('“It was a prank.\n\nNothing more,” he said.'), ['It was a prank.', 'Nothing more,'])
    // A paragraph that opens a new quotation first did not carry the old one.
    assert.deepEqual(quotes('He said "no.\n\nThe mayor called it "absurd" today.'), ['no.', 'absurd'])
  })

  test('a quote runs on through paragraphs with no quote mark to the one that closes it', () => {
    assert.deepEqual(quotes('"We will appeal.\n\nThe court got it wrong.\n\nWe are sure of it," she said.'), ['We will appeal.', 'The court got it wrong.', 'We are sure of it,'])
    // With no closing mark within reach, the quote ends with its own paragraph.
    assert.deepEqual(quotes('He said "no.\n\nThe mayor left.\n\nThe council met.\n\nIt rained.\n\nShe said "yes" later.'), ['no.', 'yes'])
    // A later paragraph that opens a quotation first did not carry the old one.
    assert.deepEqual(quotes('He said "no.\n\nThe mayor left.\n\nShe said "yes" later.'), ['no.', 'yes'])
  })

  test('an empty pair of quote marks gives no span', () => {
    const text = 'He said "" and left.'
    assert.deepEqual(findQuotes(text, findParagraphs(text)), [])
  })
})
