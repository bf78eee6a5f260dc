/**
 * @module analyze/framing/technique-fit — what a span must hold for the classifier's technique to fit it.
 *
 * The technique classifier weighs words, not the device's definition, so it can call a span
 * flag-waving for a demonym ("a consequence of the American tariffs") or repetition for words
 * said once. Two techniques have a checkable precondition:
 * - flag-waving appeals to a group's identity, pride or duty: the span must name the group as
 *   "we", a nation, people or patriots, or by its country's name or demonym ("protect America",
 *   "all Americans", "the American people"), or name its flag, pride, values or enemies. A
 *   demonym or country name that only modifies a thing ("the American tariffs", "US exports") does not;
 * - repetition repeats: the span's words must recur in the article (the phrase itself, or most
 *   of its content words), and carry some load: a determiner and a plain noun no rule flags
 *   ("the fine", "the plant") is how news refers to its subject again, not a device;
 * - name-calling attaches a label: a label denied ("She is not a cheat", "he is no traitor") is not attached;
 * - black-and-white offers two alternatives or shuts out others: a short span with no word of
 *   choice, exclusion or totality ("or", "only", "no other", "every") is a plain verdict ("Surprised is the wrong word").
 * The stage drops a tagged span whose technique does not fit it.
 */
import { gazetteer } from '../../knowledge/gazetteer.js'
import { POS_TAGS } from '../layers.js'
import { tokenText } from '../segment/segment.js'
import { isCountryOrDemonym } from './context.js'
import { CONTENT_POS, countOccurrences, PUNCT_TAG, type FeatureView } from './features.js'
import type { Technique } from './rules.js'

/** Words (lower-cased or lemmas) that appeal to a group's identity, pride, duty or foes. */
const IDENTITY_WORDS = new Set([
  'we', 'our', 'ours', 'us', 'ourselves', 'nation', 'national', 'nationalist', 'country', 'homeland', 'motherland', 'fatherland',
  'patriot', 'patriotic', 'patriotism', 'flag', 'pride', 'proud', 'heritage', 'values', 'identity', 'sovereign', 'sovereignty',
  'independence', 'freedom', 'liberty', 'glory', 'glorious', 'greatness', 'great', 'honor', 'honour', 'duty', 'loyal', 'loyalty',
  'traitor', 'treason', 'enemy', 'foreign', 'foreigner', 'native', 'soil', 'blood', 'people', 'citizen', 'compatriot',
  'countryman', 'fellow', 'public', 'taxpayer', 'voter', 'life', 'lives', 'troops', 'soldier', 'hero', 'martyr',
  'civilization', 'civilisation', 'race', 'faith', 'god', 'first', 'unity', 'republic', 'empire', 'land', 'tradition',
])

const NOUNS = new Set(['NOUN', 'PROPN'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])))
const DETERMINERS = new Set(['DET', 'PRON'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])))
// An adjective too: the tagger reads some nouns after "the" as adjectives ("reduce the fine or cancel it").
const PLAIN_HEADS = new Set(['NOUN', 'ADJ'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])))

/** Words that deny the label after them ("not a cheat", "no traitor"). */
const NEGATORS = new Set(['not', "n't", 'never', 'no'])
/** Words of choice, exclusion or totality, one of which a black-and-white span holds (PTC's gold spans almost always do). */
const ALTERNATIVE_WORDS = new Set([
  'or', 'either', 'nor', 'neither', 'versus', 'vs', 'only', 'no', 'not', "n't", 'never', 'other', 'choice', 'alternative', 'option',
  'against', 'but', 'must', 'nothing', 'all', 'every', 'none', 'both', 'whether', 'unless', 'if', 'always', 'any', 'anything', 'cannot',
])
/** Longest black-and-white span read as a plain verdict when it holds no alternative word; longer ones may argue in other words. */
const MAX_VERDICT_TOKENS = 6
const LABEL_HEADS = new Set(['NOUN', 'PROPN', 'ADJ'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])))

/** True when the classifier's `technique` can describe tokens `[a, b)`. Pure; linear in the span (the phrase count is bounded by `countOccurrences`). */
export function fitsTechnique(view: FeatureView, technique: Technique, a: number, b: number): boolean {
  const { ctx } = view
  if (technique === 'flag-waving') {
    for (let i = a; i < b; i++) if (isIdentityWord(view, i) || namesNation(view, i)) return true
    return false
  }
  if (technique === 'repetition') {
    if (isPlainReference(view, a, b)) return false
    const start = ctx.seg.starts[a] ?? 0
    if (countOccurrences(view.lowerText, start, ctx.seg.ends[b - 1] ?? start, 2) >= 2) return true
    let content = 0
    let recurring = 0
    for (let i = a; i < b; i++) {
      if (!CONTENT_POS.has(ctx.seg.pos[i] ?? -1)) continue
      content++
      if ((view.lemmaCount[i] ?? 0) >= 2) recurring++
    }
    return recurring * 2 > content
  }
  if (technique === 'name-calling') return !deniesLabel(view, a, b)
  if (technique === 'black-and-white') {
    if (b - a > MAX_VERDICT_TOKENS) return true
    for (let i = a; i < b; i++) if (ALTERNATIVE_WORDS.has(ctx.lower[i] ?? '')) return true
    return false
  }
  return true
}

/** True when tokens `[a, b)` end in a denied label: a negator, an optional article, then the label ("is not a cheat."). Pure. */
function deniesLabel(view: FeatureView, a: number, b: number): boolean {
  const { lower, seg } = view.ctx
  let k = b - 1
  while (k > a && seg.pos[k] === PUNCT_TAG) k--
  if (!LABEL_HEADS.has(seg.pos[k] ?? -1)) return false
  k--
  if (k >= a && (lower[k] === 'a' || lower[k] === 'an')) k--
  return k >= a && NEGATORS.has(lower[k] ?? '')
}

/** True when tokens `[a, b)` are determiners and one common noun (or adjective), none of them a rule's hit ("the fine"). Pure. */
function isPlainReference(view: FeatureView, a: number, b: number): boolean {
  const { pos } = view.ctx.seg
  let nouns = 0
  let determiners = 0
  for (let i = a; i < b; i++) {
    if (view.tokenRules[i] !== 0) return false
    if (PLAIN_HEADS.has(pos[i] ?? -1)) nouns++
    else if (DETERMINERS.has(pos[i] ?? -1)) determiners++
    else return false
  }
  return nouns === 1 && determiners > 0
}

function isIdentityWord(view: FeatureView, i: number): boolean {
  return IDENTITY_WORDS.has(view.ctx.lower[i] ?? '') || IDENTITY_WORDS.has(view.ctx.lemma[i] ?? '')
}

/**
 * True when token `i` (alone or with the next) is a country's name or demonym that names the
 * nation or its people, not a modifier of a thing: "America", "Americans", "the American people",
 * "every American says"; not "the American tariffs". Pure.
 */
function namesNation(view: FeatureView, i: number): boolean {
  const { seg, text } = view.ctx
  // A two-word name ("United States") wins over its first word.
  const pair = i + 1 < seg.starts.length ? `${tokenText(text, seg, i)} ${tokenText(text, seg, i + 1)}` : undefined
  const pairNamed = pair !== undefined && gazetteer().byName.has(pair)
  const next = pairNamed ? i + 2 : i + 1
  if (!isCountryOrDemonym(pairNamed ? pair : tokenText(text, seg, i))) return false
  return next >= seg.starts.length || !NOUNS.has(seg.pos[next] ?? -1) || isIdentityWord(view, next)
}
