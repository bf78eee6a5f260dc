/** @module compare/stance.test — reading a body against a headline: sentences, relatedness, stance words, the committed model and the story's pairs. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyzeText } from '../analyze/pipeline.js'
import { STANCES, type AnalyzedArticle, type HeadlineStance } from '../model/schema.js'
import { canonicalActors } from './actors.js'
import { compare } from './compare.js'
import type { LogisticModel } from '../learn/logistic.js'
import { headlineStances, indexBody, readPair, readStance, shownStance, stanceSentences, stanceStem, stanceTokens, withoutTitle } from './stance.js'

const HEADLINE = 'Volcano eruption forces evacuation of Icelandic fishing town'
const ABOUT_IT = 'Residents of Grindavik left their homes on Saturday. A volcano eruption near the Icelandic fishing town sent lava toward the harbour, and the evacuation of all 3,000 people was ordered by Dr. Jonsson, the civil protection chief.'
const ABOUT_ELSE = 'The central bank raised interest rates by a quarter point on Tuesday. Economists had expected the move after inflation rose for a third month.'

describe('stance', () => {
  test('sentences end at a full stop before a capital, not after an abbreviation or an initial, and at line breaks', () => {
    const text = 'Dr. Smith said it. Then J. Doe left.\nA new line'
    assert.deepEqual(stanceSentences(text).map((s) => text.slice(s.start, s.end)), ['Dr. Smith said it.', 'Then J. Doe left.', 'A new line'])
  })

  test('a body about the headline covers its words and its best sentence is the one that shares most', () => {
    const body = indexBody(ABOUT_IT)
    const related = readPair(HEADLINE, body)
    assert.ok(related.coverage > 0.8, `coverage ${related.coverage}`)
    assert.equal(ABOUT_IT.slice(body.sentences[related.best]!.start, body.sentences[related.best]!.end).startsWith('A volcano eruption'), true)
    assert.ok(related.shared.includes('Volcano') && related.shared.includes('evacuation'))
    const unrelated = readPair(HEADLINE, indexBody(ABOUT_ELSE))
    assert.equal(unrelated.coverage, 0)
    assert.equal(unrelated.best, -1)
  })

  test('the evidence sentence matches a noun to its verb and does not win on place names alone', () => {
    assert.deepEqual(['indictment', 'indicted', 'evacuation', 'evacuate', 'election', 'elected', 'station'].map(stanceStem), ['indict', 'indict', 'evacuat', 'evacuat', 'elect', 'elect', 'station'])
    const closest = (headline: string, text: string): string => {
      const body = indexBody(text)
      const best = body.sentences[readPair(headline, body).best]!
      return text.slice(best.start, best.end)
    }
    assert.equal(closest('French prosecutors indict Paris mayor', 'Police in Paris said French prosecutors met on Monday. The indictment of the mayor was announced by prosecutors.'),
      'The indictment of the mayor was announced by prosecutors.')
    // "Kyiv" and "Ukrainian" are rarer words than "mayor" and "council", but they only set the scene.
    assert.equal(closest('Kyiv mayor defies Ukrainian city council', 'Snow fell on Kyiv as Ukrainian commuters went to work. The mayor told the council he would stay.'),
      'The mayor told the council he would stay.')
  })

  test('a month\'s abbreviation or "No." ends no sentence, and "May 5" is no hedge', () => {
    const text = 'Talks began on Jan. 5 in Geneva. The No. 2 official may resign.'
    assert.deepEqual(stanceSentences(text).map((s) => text.slice(s.start, s.end)), ['Talks began on Jan. 5 in Geneva.', 'The No. 2 official may resign.'])
    assert.deepEqual(stanceTokens('On May 5 he may go').map((t) => t.lower), ['on', 'may.', '5', 'he', 'may', 'go'])
  })

  test('a text that opens with its title is read from after it, offsets kept', () => {
    const text = '  Ohio bridge collapse kills five\nThe bridge fell on Monday.'
    const body = withoutTitle(text, 'Ohio bridge collapse kills five')
    assert.equal(body.length, text.length)
    assert.equal(body.trim(), 'The bridge fell on Monday.')
    assert.equal(withoutTitle(text, 'Another title'), text)
  })

  test('stance words are found with their spans in the sentences read', () => {
    const text = 'Officials denied the report. The story about a volcano eruption in the fishing town is a hoax, they said.'
    const pair = readPair(HEADLINE, indexBody(text))
    assert.deepEqual(pair.cues.map((c) => `${c.kind}:${text.slice(c.start, c.end)}`), ['refute:denied', 'hedge:report', 'refute:hoax'])
  })

  test('the committed model tells a body about the headline from one about something else', () => {
    assert.equal(readStance(HEADLINE, indexBody(ABOUT_ELSE)).stance, 'unrelated')
    assert.notEqual(readStance(HEADLINE, indexBody(ABOUT_IT)).stance, 'unrelated')
  })

  test('refuting words move the committed model toward disagreeing', () => {
    const refuting = 'Claims that a volcano eruption forced the evacuation of an Icelandic fishing town are false. Officials denied the hoax, which was fabricated by a satirical website; there was no eruption and no evacuation.'
    const confirming = 'A volcano eruption forced the evacuation of an Icelandic fishing town, officials confirmed. Footage showed lava reaching the town, and the evacuation was officially announced.'
    const disagree = STANCES.indexOf('disagree')
    const agree = STANCES.indexOf('agree')
    const r = readStance(HEADLINE, indexBody(refuting)).probabilities
    const c = readStance(HEADLINE, indexBody(confirming)).probabilities
    assert.ok(r[disagree]! > c[disagree]!, `P(disagree) ${r[disagree]} vs ${c[disagree]}`)
    assert.ok(c[agree]! > r[agree]!, `P(agree) ${c[agree]} vs ${r[agree]}`)
  })
})

describe('headline stances in a story', () => {
  const article = (id: string, title: string | undefined, text: string): AnalyzedArticle => {
    const a = analyzeText(text, '2024-11-11')
    return { ...a, article: { ...a.article, id, ...(title ? { title } : {}) } }
  }

  test('every titled article\'s headline is read against every other body, with evidence in that body', () => {
    const articles = [
      article('A', HEADLINE, ABOUT_IT),
      article('B', 'Thousands leave Grindavik as lava nears the harbour', `${ABOUT_IT} Rescue teams stayed behind.`),
      article('C', undefined, ABOUT_ELSE),
    ]
    const stances = compare(articles).headlineStances
    assert.deepEqual(stances.map((s) => `${s.headline.articleId}>${s.body}`), ['A>B', 'A>C', 'B>A', 'B>C'])
    for (const s of stances) {
      const body = articles.find((a) => a.article.id === s.body)!.article.text
      for (const e of s.evidence) {
        assert.equal(e.articleId, s.body)
        assert.ok(e.start >= 0 && e.end <= body.length && e.start < e.end)
      }
      assert.match(s.explanation, new RegExp(`^${s.body}'s body .* ${s.headline.articleId}'s headline`, 'u'))
    }
    assert.equal(stances.find((s) => s.headline.articleId === 'A' && s.body === 'C')!.stance, 'unrelated')
  })

  test('the closest sentence quoted in an explanation is cut between words and splits no emoji', () => {
    const long = `A volcano eruption forced the evacuation of the Icelandic fishing town ${'🌋'.repeat(50)} and its harbour, officials said on Saturday night.`
    const [stance] = headlineStances([article('A', HEADLINE, ABOUT_ELSE), article('B', 'Rates rise', long)])
    const quoted = /closest sentence: "([^"]*)"/u.exec(stance!.explanation)?.[1] ?? ''
    assert.ok(quoted.endsWith('…') && !/\p{Cs}/u.test(quoted), quoted)
  })

  test('a dispute below the floor is shown as a discussion that says the model leaned toward a dispute', () => {
    assert.deepEqual(shownStance([0.1, 0.5, 0.3, 0.1]), { index: STANCES.indexOf('discuss'), doubted: { stance: 'disagree', probability: 0.5 } })
    assert.deepEqual(shownStance([0.1, 0.7, 0.1, 0.1]), { index: STANCES.indexOf('disagree') })
    // A model whose every reading is the same, by its biases alone: a weak dispute.
    const biasOnly = (p: readonly number[]): LogisticModel =>
      ({ classes: STANCES.length, buckets: 16, width: STANCES.length, weights: new Float32Array(16 * STANCES.length), bias: Float32Array.from(p, Math.log) })
    const pair = [article('A', HEADLINE, ABOUT_ELSE), article('B', 'Lava nears the harbour', 'The volcano eruption story is a hoax, officials said.')]
    const [weak] = headlineStances(pair, biasOnly(STANCES.map((s) => (s === 'disagree' ? 0.45 : s === 'discuss' ? 0.3 : 0.125))))
    assert.equal(weak!.stance, 'discuss')
    assert.ok(Math.abs(weak!.confidence - 0.3) < 0.01, String(weak!.confidence))
    assert.match(weak!.explanation, /discusses, without taking a side, .*leans toward a dispute \(0\.45\), but below 0\.60 .* none is asserted.*refuting or negating words in it: hoax/u)
    const [strong] = headlineStances(pair, biasOnly(STANCES.map((s) => (s === 'disagree' ? 0.7 : 0.1))))
    assert.equal(strong!.stance, 'disagree')
    assert.doesNotMatch(strong!.explanation, /leans toward/u)
  })

  test('a weak agreement is shown as a discussion too, a strong one as agreement', () => {
    assert.deepEqual(shownStance([0.38, 0.1, 0.32, 0.2]), { index: STANCES.indexOf('discuss'), doubted: { stance: 'agree', probability: 0.38 } })
    assert.deepEqual(shownStance([0.8, 0.05, 0.1, 0.05]), { index: STANCES.indexOf('agree') })
  })

  test('an agreement with a headline whose label (name-calling) the body never uses is shown as a discussion', () => {
    const biasOnly = (p: readonly number[]): LogisticModel =>
      ({ classes: STANCES.length, buckets: 16, width: STANCES.length, weights: new Float32Array(16 * STANCES.length), bias: Float32Array.from(p, Math.log) })
    const agreeing = biasOnly(STANCES.map((s) => (s === 'agree' ? 0.7 : s === 'discuss' ? 0.2 : 0.05)))
    const title = 'Thugs in Uniform Beat Peaceful Marchers'
    const thugs = { ruleId: 'test', technique: 'name-calling', span: { start: 0, end: 5 }, explanation: '', confidence: 1 }
    const loaded = { ...article('A', title, 'Organisers said the march was peaceful.'), headlineFindings: [thugs] }
    const body = 'Police used batons on marchers on Saturday. A police spokesman said officers acted lawfully.'
    const [judged] = headlineStances([loaded, article('B', undefined, body)], agreeing)
    assert.equal(judged!.stance, 'discuss')
    assert.match(judged!.explanation, /reads agreement \(0\.70\), but the headline's labels \(Thugs\) are nowhere in the body/u)
    // A body that uses the word itself, or a headline with no label, keeps the agreement.
    assert.equal(headlineStances([loaded, article('B', undefined, `${body} Critics called the officers thugs.`)], agreeing)[0]!.stance, 'agree')
    assert.equal(headlineStances([{ ...loaded, headlineFindings: [] }, article('B', undefined, body)], agreeing)[0]!.stance, 'agree')
  })

  test('an agreement with a headline whose act the body tells the other way round is shown as a discussion', () => {
    const agreeing: LogisticModel = { classes: STANCES.length, buckets: 16, width: STANCES.length, weights: new Float32Array(16 * STANCES.length),
      bias: Float32Array.from(STANCES.map((s) => (s === 'agree' ? 0.7 : s === 'discuss' ? 0.2 : 0.05)), Math.log) }
    const chileans = article('A', 'Peruvian troops shell Chilean posts in truce violation',
      'Peruvian armed forces shelled Chilean army positions near the border on Thursday night, the Chilean defence ministry said.')
    const peruvians = article('B', 'Chile breaks border truce',
      'Chilean forces shelled Peruvian positions near the border on Thursday night, the Peruvian army said. Two soldiers were wounded.')
    const stances = (body: AnalyzedArticle): HeadlineStance[] => {
      const articles = [chileans, body]
      return headlineStances(articles, agreeing, canonicalActors(articles))
    }
    const [reversed] = stances(peruvians)
    assert.equal(reversed!.stance, 'discuss')
    assert.match(reversed!.explanation, /tells the act the other way round: Chile → Peru \("shelled"\), where the headline's article has Peru → Chile \("shelled"\)/u)
    // A body that tells the act the same way, or both ways (an exchange of fire), keeps the agreement.
    const same = article('B', 'Border clash', 'Peruvian forces shelled Chilean positions near the border on Thursday night, the Chilean army said.')
    assert.equal(stances(same)[0]!.stance, 'agree')
    const both = article('B', 'Border clash', `${peruvians.article.text} Peruvian forces had shelled Chilean positions first, a Chilean officer said.`)
    assert.equal(stances(both)[0]!.stance, 'agree')
  })

  test('an agreement with a headline whose article the body contests (a figure, a characterisation) is shown as a discussion', () => {
    const agreeing: LogisticModel = { classes: STANCES.length, buckets: 16, width: STANCES.length, weights: new Float32Array(16 * STANCES.length),
      bias: Float32Array.from(STANCES.map((s) => (s === 'agree' ? 0.78 : s === 'discuss' ? 0.12 : 0.05)), Math.log) }
    const head = article('A', 'Crew hailed after all survive runway skid', 'All 120 people aboard survived after the jet skidded off the runway. Nine were injured.')
    const body = article('B', undefined, 'Passengers accused the airline over the runway skid. Fourteen people were injured.')
    const contested = (h: string, b: string): string[] => (h === 'A' && b === 'B' ? ['injured ("9" vs "14")'] : [])
    const [shown] = headlineStances([head, body], agreeing, undefined, contested)
    assert.equal(shown!.stance, 'discuss')
    assert.match(shown!.explanation, /reads agreement \(0\.78\), but the body contests the headline's article on injured \("9" vs "14"\): it shares the headline's words, not its account/u)
    // With nothing contested, a confident agreement stands.
    assert.equal(headlineStances([head, body], agreeing, undefined, () => [])[0]!.stance, 'agree')
  })

  test('an agreement with a headline whose count the body gives otherwise ("hundreds of flights" against "80 flights") is shown as a discussion', () => {
    const agreeing: LogisticModel = { classes: STANCES.length, buckets: 16, width: STANCES.length, weights: new Float32Array(16 * STANCES.length),
      bias: Float32Array.from(STANCES.map((s) => (s === 'agree' ? 0.78 : s === 'discuss' ? 0.12 : 0.05)), Math.log) }
    const head = article('A', 'Hundreds of flights grounded as pilots walk out', 'Pilots at Norvia walked out on Friday.')
    const body = (text: string): AnalyzedArticle => article('B', undefined, text)
    const [shown] = headlineStances([head, body('Pilots at Norvia walked out on Friday, and 80 scheduled flights were grounded, the airline said.')], agreeing)
    assert.equal(shown!.stance, 'discuss')
    assert.match(shown!.explanation, /reads agreement \(0\.78\), but the body gives "80 scheduled flights" where the headline has "Hundreds of flights"/u)
    // A figure within the headline's, or none, keeps the agreement.
    assert.equal(headlineStances([head, body('Pilots at Norvia walked out on Friday, and 450 flights were grounded.')], agreeing)[0]!.stance, 'agree')
    assert.equal(headlineStances([head, body('Pilots at Norvia walked out on Friday, and flights were grounded.')], agreeing)[0]!.stance, 'agree')
    // One figure of several that fits is enough: the body may count a part too.
    assert.equal(headlineStances([head, body('Some 300 flights were grounded, 80 flights of them at Lenport.')], agreeing)[0]!.stance, 'agree')
  })

  test('no titles, no stances, and no model read', () => {
    assert.deepEqual(headlineStances([article('A', undefined, ABOUT_IT), article('B', undefined, ABOUT_ELSE)]), [])
  })
})
