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

/** Verbs whose label follows "as" ("dismissed the report as baseless"). */
const LABEL_AS = new Set(['dismiss', 'describe', 'deride', 'denounce', 'decry', 'condemn', 'characterise', 'characterize', 'portray', 'paint',
  'hail', 'reject', 'criticise', 'criticize', 'slam', 'brand', 'label', 'depict'])
/** Verbs whose label may follow the object directly ("branded the scheme a waste", "called the plan absurd"). */
const LABEL_BARE = new Set(['call', 'brand', 'label', 'term', 'dub'])
/** "Called for", "called on", "called off": a demand or a cancellation, no label. */
const CALL_PARTICLES = new Set(['for', 'on', 'upon', 'off', 'up', 'in', 'out', 'back', 'to', 'at', 'into', 'over', 'round', 'around', 'after', 'it', 'quits'])
/** A form of "be" before the verb makes it passive: only an agent ("by the union") names the speaker. */
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"])
/** Prepositions that stay inside a label ("as a waste of money"); others end it. */
const LABEL_PREPOSITIONS = new Set(['as', 'of'])
/** Tokens a label runs over at most. */
const LABEL_REACH = 12

/**
 * The labels speakers give in the text's clauses, as character spans: after a characterising verb with a
 * subject before it, or a passive one with an agent, up to the clause's end (punctuation, a conjunction
 * or a preposition). A sentence-initial verb ("Call it absurd if you like") has no speaker. Pure; linear.
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
      if (verb === 'call' && CALL_PARTICLES.has(lower[i + 1] ?? '')) continue
      let p = i - 1
      while (p > from && posOf(seg, p) === 'ADV') p--
      if (lower[p] === '-') continue // "so-called"
      const passive = BE.has(lower[p] ?? '')
      let stop = i + 1
      let as = -1
      while (stop < to && stop <= i + LABEL_REACH && !endsLabel(seg, lower, stop)) {
        if (as < 0 && lower[stop] === 'as') as = stop
        stop++
      }
      if (passive && lower[stop] !== 'by') continue
      const first = as >= 0 ? as + 1 : bare ? i + 1 : -1
      if (first < 0 || first >= stop) continue
      out.push({ start: seg.starts[first] ?? 0, end: seg.ends[stop - 1] ?? 0 })
    }
  }
  return out
}

/** Past forms the tagger may leave unlemmatised ("branded" read as an adjective). */
const PAST_FORMS = new Map([...LABEL_AS, ...LABEL_BARE].map((v) => [v.endsWith('e') ? `${v}d` : /(?:dub|slam)$/u.test(v) ? `${v}${v.at(-1)}ed` : `${v}ed`, v]))
PAST_FORMS.set('labelled', 'label').set('labeled', 'label')

/** The characterising verb a token is, by its lemma or its past form, if any. Pure. */
function labelVerb(word: string, lemma: string): string | undefined {
  return LABEL_AS.has(lemma) || LABEL_BARE.has(lemma) ? lemma : PAST_FORMS.get(word)
}

/** True when token `i` is a verb, or a past form the tagger read as an adjective before its object ("branded the scheme"). Pure. */
function readsAsVerb(seg: Segmentation, i: number): boolean {
  const pos = posOf(seg, i)
  return pos === 'VERB' || (pos === 'ADJ' && ['DET', 'PRON', 'PROPN'].includes(posOf(seg, i + 1)))
}

/** True when token `t` ends a label: punctuation other than a quotation mark, a conjunction of clauses, or a preposition. Pure. */
function endsLabel(seg: Segmentation, lower: readonly string[], t: number): boolean {
  const pos = posOf(seg, t)
  const word = lower[t] ?? ''
  if (pos === 'PUNCT') return !/^["“”‘’']$/u.test(word)
  return pos === 'SCONJ' || (pos === 'ADP' && !LABEL_PREPOSITIONS.has(word))
}

/**
 * A headline's source at its end: ", Belstan says", ", officials warn", "– minister", "- Defence Minister Ali Kaya".
 * After a dash the source is a name in capitals or ends in a word for a source; a section label ("– live updates") is none.
 */
const TRAILING_SOURCE = new RegExp(String.raw`(?:,\s+(?:[\p{L}\p{N}'’.-]+\s+){1,5}(?:[Ss]ays?|[Ss]aid|[Cc]laims?|[Ww]arns?|[Ii]nsists?|[Aa]lleges?|[Aa]ccuses?|[Aa]dmits?|[Rr]eports?)` +
  String.raw`|\s[–—-]\s+(?!(?:[Ll]ive|[Vv]ideo|[Ww]atch|[Pp]hotos|[Pp]ictures|[Aa]nalysis|[Oo]pinion|[Ee]xplainer|[Pp]odcast|[Uu]pdates?|[Ll]atest)\b)` +
  String.raw`(?:(?:\p{Lu}[\p{L}'’.-]*\s*){1,6}|(?:[\p{L}'’.-]+\s+){0,4}(?:minister|ministry|police|officials?|sources?|report|study|survey|spokes(?:man|woman|person)|army|military|government|president|witnesses|residents|union|court)))\s*$`, 'u')

/**
 * The words of a headline that its trailing source speaks: the headline is the whole text when `isHeadline`,
 * else a first line with no final full stop followed by more text. Pure.
 */
export function headlineSpokenBySource(text: string, isHeadline: boolean): Span[] {
  const lineEnd = isHeadline ? text.length : text.indexOf('\n')
  if (lineEnd <= 0) return []
  const line = text.slice(0, lineEnd).trimEnd()
  if (!isHeadline && line.endsWith('.')) return []
  const m = TRAILING_SOURCE.exec(line)
  return m && m.index > 0 ? [{ start: 0, end: m.index }] : []
}
