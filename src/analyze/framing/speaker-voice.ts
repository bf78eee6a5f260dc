/**
 * @module analyze/framing/speaker-voice — words outside quotation marks that a speaker, not the outlet, chose.
 *
 * - A speaker's characterisation: the words after "dismissed … as", "described … as", "branded",
 *   "called" ("a claim officials dismissed as absurd", "the mayor called the plan absurd") render the
 *   speaker's own label. The attribution layer reports the claim dismissed, or nothing, so the label
 *   would otherwise stand in the outlet's voice.
 * - A headline's words before its source (", Belstan says", "– minister"): wire style attributes the
 *   whole headline to that speaker, often in the speaker's own words.
 */
import type { Span } from '../../model/span.js'
import type { Segmentation } from '../layers.js'
import { posOf } from '../segment/segment.js'
import { headlineSource } from '../attribution/headline-source.js'

/** Verbs whose label follows "as" ("dismissed the report as baseless"). */
const LABEL_AS = new Set(['dismiss', 'describe', 'deride', 'denounce', 'decry', 'condemn', 'characterise', 'characterize', 'portray', 'paint',
  'hail', 'reject', 'criticise', 'criticize', 'slam', 'brand', 'label', 'depict'])
/** Verbs whose label may follow the object directly ("branded the scheme a waste", "called the plan absurd"). */
const LABEL_BARE = new Set(['call', 'brand', 'label', 'term', 'dub'])
/** "Called for", "called on", "called off": a demand or a cancellation, no label. */
const CALL_PARTICLES = new Set(['for', 'on', 'upon', 'off', 'up', 'in', 'out', 'back', 'to', 'at', 'into', 'over', 'round', 'around', 'after'])
/** "Call it quits", "call it a day/night": an idiom for stopping, no label; "called it a disgrace" is one. */
const CALL_IT_IDIOM = /^it (?:quits|a (?:day|night))\b/u
/** A form of "be" before the verb makes it passive: only an agent ("by the union") names the speaker. */
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"])
/** Prepositions that stay inside a label ("as a waste of money"); others end it. */
const LABEL_PREPOSITIONS = new Set(['as', 'of'])
/** Tokens a label runs over at most. */
const LABEL_REACH = 12

/**
 * The labels speakers give in the text's clauses, as character spans: after a characterising verb in an
 * active clause, or a passive one with an agent ("hailed as historic by the minister"), up to the clause's
 * end (punctuation, a conjunction or a verb after the label's first word, a preposition). A sentence-initial
 * verb ("Call it absurd if you like") has no speaker. Pure; linear.
 */
export function speakerLabels(seg: Segmentation, lower: readonly string[], lemma: readonly string[]): Span[] {
  const out: Span[] = []
  for (let s = 0; s < seg.sentences.length; s++) {
    const from = seg.sentenceTokenStart[s] ?? 0
    const to = seg.sentenceTokenEnd[s] ?? 0
    for (let i = from + 1; i < to; i++) {
      const verb = labelVerb(lower[i] ?? '', lemma[i] ?? '')
      if (verb === undefined || !readsAsVerb(seg, i)) continue
      const bare = LABEL_BARE.has(verb)
      if (verb === 'call' && (CALL_PARTICLES.has(lower[i + 1] ?? '') || CALL_IT_IDIOM.test(lower.slice(i + 1, i + 4).join(' ')))) continue
      let p = i - 1
      while (p > from && posOf(seg, p) === 'ADV') p--
      if (lower[p] === '-') continue // "so-called"
      const passive = BE.has(lower[p] ?? '') || (lower[i + 1] === 'as' && !hasSubject(seg, p))
      const object = bare ? -1 : coordinatedObjectEnd(seg, lower, i + 1, to)
      let stop = lower[object] === 'as' ? object : i + 1
      let as = -1
      while (stop < to && stop <= i + LABEL_REACH && !endsLabel(seg, lower, stop, as >= 0 ? as + 1 : bare ? i + 1 : to)) {
        if (as < 0 && lower[stop] === 'as') as = stop
        stop++
      }
      if (passive && lower[stop] !== 'by') continue
      const first = as >= 0 ? as + 1 : bare ? i + 1 : -1
      if (first < 0) continue
      while (stop > first && TRAILING_GLUE.has(posOf(seg, stop - 1))) stop-- // "an attempt to | save"
      if (first >= stop) continue
      out.push({ start: seg.starts[first] ?? 0, end: seg.ends[stop - 1] ?? 0 })
    }
  }
  return out
}

/** Tags of a noun phrase's words ("the report", "its findings", "the new fees"). */
const OBJECT_TAGS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART'])

/**
 * The token after a coordinated object starting at `t` ("the report and its findings", "the budget, the levy and
 * the fees"): noun phrases joined by a comma, a conjunction or both before another noun phrase; -1 where none is
 * joined, so a lone object is read as before. Pure.
 */
function coordinatedObjectEnd(seg: Segmentation, lower: readonly string[], t: number, to: number): number {
  let joined = false
  let k = t
  for (; k < to; k++) {
    if (OBJECT_TAGS.has(posOf(seg, k))) continue
    const joins = lower[k] === ',' || posOf(seg, k) === 'CCONJ'
    const next = posOf(seg, k + 1)
    if (!joins || k === t || !(OBJECT_TAGS.has(next) || (lower[k] === ',' && next === 'CCONJ'))) break // ", and the fees"
    joined = true
  }
  return joined ? k : -1
}

/** Words a label does not end with when a verb or a conjunction cuts it ("a waste and | walked", "an attempt to | save"). */
const TRAILING_GLUE = new Set(['CCONJ', 'PART', 'DET'])

/**
 * Whether the verb whose last token before it (over adverbs) is `p` has a subject of its own, where no object follows
 * it: a pronoun or a name ("a claim he dismissed as absurd"), or a noun right after the noun its clause describes
 * ("a claim officials dismissed as absurd"). A participle after its own head noun or an adverb ("a move widely hailed
 * as historic") is passive. Pure.
 */
function hasSubject(seg: Segmentation, p: number): boolean {
  const pos = posOf(seg, p)
  if (pos === 'PRON' || pos === 'PROPN') return true
  return pos === 'NOUN' && p > 0 && posOf(seg, p - 1) === 'NOUN'
}

/** Past forms the tagger may leave unlemmatised ("branded" read as an adjective), irregular spellings listed. */
const IRREGULAR_PAST: ReadonlyArray<readonly [string, string]> = [['decried', 'decry'], ['dubbed', 'dub'], ['slammed', 'slam'], ['labelled', 'label']]
const IRREGULAR = new Set(['decry', 'dub', 'slam'])
const PAST_FORMS = new Map<string, string>([
  ...[...new Set([...LABEL_AS, ...LABEL_BARE])].filter((v) => !IRREGULAR.has(v)).map((v) => [v.endsWith('e') ? `${v}d` : `${v}ed`, v] as const),
  ...IRREGULAR_PAST,
])

/** The characterising verb a token is, by its lemma or its past form, if any. Pure. */
function labelVerb(word: string, lemma: string): string | undefined {
  return LABEL_AS.has(lemma) || LABEL_BARE.has(lemma) ? lemma : PAST_FORMS.get(word)
}

/** True when token `i` is a verb, or a past form the tagger read as an adjective before its object ("branded the scheme"). Pure. */
function readsAsVerb(seg: Segmentation, i: number): boolean {
  const pos = posOf(seg, i)
  return pos === 'VERB' || (pos === 'ADJ' && ['DET', 'PRON', 'PROPN'].includes(posOf(seg, i + 1)))
}

/**
 * True when token `t` ends a label whose first word is `first`: punctuation other than a quotation mark or a
 * hyphen inside a word ("money-wasting"), a conjunction not joining two label words ("absurd and walked out",
 * not "cruel and unworkable"), a verb after the label's first word ("historic | was signed"), or a preposition. Pure.
 */
function endsLabel(seg: Segmentation, lower: readonly string[], t: number, first: number): boolean {
  const pos = posOf(seg, t)
  const word = lower[t] ?? ''
  if (pos === 'PUNCT') return !/^["“”‘’']$/u.test(word) && !(word === '-' && seg.ends[t - 1] === seg.starts[t] && seg.ends[t] === seg.starts[t + 1])
  if (pos === 'CCONJ') return !['ADJ', 'NOUN'].includes(posOf(seg, t + 1))
  if ((pos === 'VERB' || pos === 'AUX') && t > first) return true
  return pos === 'SCONJ' || (pos === 'ADP' && !LABEL_PREPOSITIONS.has(word))
}

/**
 * The words of a headline that its trailing source speaks: the headline is the whole text when `isHeadline`,
 * else a first line with no final full stop followed by more text. Pure.
 */
export function headlineSpokenBySource(text: string, isHeadline: boolean): Span[] {
  const lineEnd = isHeadline ? text.length : text.indexOf('\n')
  if (lineEnd <= 0) return []
  const line = text.slice(0, lineEnd).trimEnd()
  if (!isHeadline && line.endsWith('.')) return []
  const source = headlineSource(line, text.slice(lineEnd))
  return source ? [{ start: 0, end: source.end }] : []
}
