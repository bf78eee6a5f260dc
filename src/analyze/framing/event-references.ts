/**
 * @module analyze/framing/event-references — "the disaster", "the attack": the story's own event named again.
 *
 * A report names the event it has told of again with a definite noun: after "an earthquake
 * struck", "the disaster destroyed 200 buildings"; after "gunmen attacked a church", "condemned
 * the attack". Such a reference says what happened; it stirs no fear of what might. A reference
 * is a determiner ("the", "this", "that", "these", "those"), up to `MAX_MODIFIERS` modifiers that
 * name or measure it ("the Malatya disaster", "the deadliest crash"; not "the looming disaster",
 * "the next catastrophe", "the murderous attacks"), and an event noun, when the text before it has
 * reported an event of the noun's class. A judgement built on the noun is no reference: "the
 * tragedy is that …", "the disaster of Brexit".
 * Vivid-wording findings resting on a reference (loaded language, fear, exaggeration) are dropped
 * (`restatesEvent`); "an impending catastrophe" and "a disaster in the making" still count.
 */
import { contains, firstEndingAfter, overlaps, type Span } from '../../model/span.js'
import { POS_TAGS } from '../layers.js'
import type { Segmentation } from '../layers.js'
import type { Technique } from './rules.js'
import { isWalkout } from '../../knowledge/strike-sense.js'

/** What kind of event a word reports: a crash, an attack, a natural hazard, or any harm. */
type EventClass = 'crash' | 'attack' | 'hazard' | 'harm'

/** Words (lemma or lower-cased form) that report an event of their class; each also reports harm. */
const REPORTING_WORDS: ReadonlyMap<string, EventClass> = new Map([
  ...['crash', 'crashed', 'collide', 'collided', 'collision', 'derail', 'derailed', 'derailment', 'capsize', 'capsized'].map((w) => [w, 'crash'] as const),
  ...['attack', 'attacked', 'assault', 'bomb', 'bombing', 'shoot', 'shooting', 'gunman', 'gunmen', 'stab', 'stabbing', 'raid', 'strike', 'airstrike',
    'ambush', 'explode', 'exploded', 'explosion', 'blast', 'shell', 'shelling'].map((w) => [w, 'attack'] as const),
  ...['earthquake', 'quake', 'tremor', 'flood', 'flooding', 'storm', 'hurricane', 'cyclone', 'typhoon', 'tornado', 'wildfire', 'fire', 'blaze',
    'landslide', 'mudslide', 'eruption', 'tsunami', 'avalanche', 'drought', 'outbreak', 'epidemic', 'stampede'].map((w) => [w, 'hazard'] as const),
  ...['kill', 'killed', 'die', 'died', 'dead', 'death', 'deaths', 'injure', 'injured', 'wound', 'wounded', 'destroy', 'destroyed', 'collapse',
    'collapsed', 'sink', 'sank'].map((w) => [w, 'harm'] as const),
])

/** Nouns that name an event again, and the class of event the text must have reported before. */
const REFERRING_NOUNS: ReadonlyMap<string, EventClass> = new Map([
  ...['disaster', 'disasters', 'catastrophe', 'tragedy', 'calamity', 'incident', 'ordeal'].map((w) => [w, 'harm'] as const),
  ...['crash', 'collision', 'derailment', 'accident'].map((w) => [w, 'crash'] as const),
  ...['attack', 'attacks', 'assault', 'bombing', 'shooting', 'raid', 'strike', 'strikes', 'ambush', 'blast', 'explosion'].map((w) => [w, 'attack'] as const),
])

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those'])
/** Noun modifiers that make the event another than the one reported ("the future disaster") or characterise it ("the terror attacks"). */
const NOT_A_PLAIN_REFERENCE = new Set(['future', 'terror', 'terrorist', 'hate'])
/**
 * Adjectives that only place or measure the event ("the deadly attack", "the recent crash");
 * superlatives ("the deadliest disaster") too. Any other adjective characterises it ("the murderous
 * attacks", "the insane attacks") or makes it another ("the looming disaster", "the next catastrophe").
 */
const PLAIN_ADJECTIVES = new Set([
  'deadly', 'fatal', 'recent', 'latest', 'last', 'first', 'second', 'third', 'twin', 'double', 'triple', 'major', 'strong', 'powerful',
  'suspected', 'alleged', 'apparent', 'weekend', 'early', 'late', 'overnight', 'nighttime', 'daytime', 'initial', 'original', 'aerial', 'air',
])
/** Modifiers read between the determiner and the noun: "the Malatya disaster", "the country's deadliest air disaster". */
const MAX_MODIFIERS = 4
const tag = (t: (typeof POS_TAGS)[number]): number => POS_TAGS.indexOf(t)
/** Modifiers that name rather than describe: a place or date, a number, a possessive, a noun ("the air disaster"). */
const NAMING_TAGS = new Set([tag('NOUN'), tag('PROPN'), tag('NUM'), tag('PART')])
const ADJECTIVE = tag('ADJ')
/** Words a tagged span may run on after a reference it opens in and still only name the event. */
const MAX_WORDS_AFTER = 3
/** Techniques of vivid wording, which a plain reference to the reported event does not carry. */
const VIVID: ReadonlySet<Technique> = new Set(['loaded-language', 'appeal-to-fear', 'exaggeration'])

/** Token view the finder reads: lower-cased forms and lemmas, as in the framing context. */
interface Tokens {
  readonly seg: Segmentation
  readonly lower: readonly string[]
  readonly lemma: readonly string[]
}

/** References to the reported event: `spans[k]` the noun phrase from its determiner, `nouns[k]` its event noun; sorted and disjoint. */
export interface EventReferences {
  readonly spans: readonly Span[]
  readonly nouns: readonly Span[]
}

/** Returns the references to an already reported event. Pure; one pass over the tokens, each reading at most `MAX_MODIFIERS` tokens back. */
export function findEventReferences(text: string, { seg, lower, lemma }: Tokens): EventReferences {
  const reported = new Set<EventClass>()
  const out = { spans: [] as Span[], nouns: [] as Span[] }
  for (let i = 0; i < lower.length; i++) {
    // "The strike" of nurses names a walkout, no attack reported or referred to.
    const walkout = isWalkout(text, seg.starts[i] ?? 0, seg.ends[i] ?? 0)
    const wanted = walkout ? undefined : REFERRING_NOUNS.get(lower[i] ?? '')
    if (wanted !== undefined && reported.has(wanted) && !judgedAfter(lower, i)) {
      const det = determinerBefore(seg, lower, i)
      const noun = { start: seg.starts[i] ?? 0, end: seg.ends[i] ?? 0 }
      if (det >= 0) {
        out.spans.push({ start: seg.starts[det] ?? 0, end: noun.end })
        out.nouns.push(noun)
      }
    }
    const cls = walkout ? undefined : REPORTING_WORDS.get(lemma[i] ?? '') ?? REPORTING_WORDS.get(lower[i] ?? '')
    if (cls !== undefined) reported.add(cls).add('harm')
  }
  return out
}

/** The index of the determiner opening the noun phrase of noun `i` through plain modifiers, or -1. Pure. */
function determinerBefore(seg: Segmentation, lower: readonly string[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 1 - MAX_MODIFIERS); k--) {
    const word = lower[k] ?? ''
    if (DETERMINERS.has(word)) return k
    const pos = seg.pos[k] ?? -1
    const plain = pos === ADJECTIVE ? PLAIN_ADJECTIVES.has(word) || /est$/u.test(word) : NAMING_TAGS.has(pos) && !NOT_A_PLAIN_REFERENCE.has(word)
    if (!plain) return -1
  }
  return -1
}

/** True when the noun at `i` opens a judgement ("the tragedy is that", "the disaster of Brexit"). Pure. */
function judgedAfter(lower: readonly string[], i: number): boolean {
  const next = lower[i + 1]
  return next === 'of' || ((next === 'is' || next === 'was' || next === "'s") && lower[i + 2] === 'that')
}

/**
 * True when a finding of `technique` on `span` is vivid wording that rests on a reference to the
 * reported event: it takes in the event noun, and has in the reference `chief`, the token the
 * trained tagger is surest of, or opens in the reference with at most `MAX_WORDS_AFTER` words
 * after it (the event as the subject of what it did: "the catastrophe left thousands homeless").
 * A finding on a modifier alone ("the brutal attack") stays. Pure (binary search, then the
 * references met).
 */
export function restatesEvent(text: string, references: EventReferences, span: Span, technique: Technique, chief: Span = span): boolean {
  if (!VIVID.has(technique)) return false
  const { spans, nouns } = references
  for (let k = firstEndingAfter(spans, span.start); k < spans.length && spans[k]!.start < span.end; k++) {
    if (!overlaps(nouns[k]!, span)) continue
    if (contains(spans[k]!, chief)) return true
    if (spans[k]!.start <= span.start && wordCount(text.slice(spans[k]!.end, Math.max(spans[k]!.end, span.end))) <= MAX_WORDS_AFTER) return true
  }
  return false
}

function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}
