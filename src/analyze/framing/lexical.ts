/**
 * @module analyze/framing/lexical — the lexicon-driven rules: one data file per rule, matched per sentence.
 */
import appealToFear from './data/appeal-to-fear.json' with { type: 'json' }
import bandwagon from './data/bandwagon.json' with { type: 'json' }
import blackAndWhite from './data/black-and-white.json' with { type: 'json' }
import booster from './data/booster.json' with { type: 'json' }
import causal from './data/causal-oversimplification.json' with { type: 'json' }
import doubt from './data/doubt.json' with { type: 'json' }
import exaggeration from './data/exaggeration.json' with { type: 'json' }
import flagWaving from './data/flag-waving.json' with { type: 'json' }
import hedge from './data/hedge.json' with { type: 'json' }
import loaded from './data/loaded-language.json' with { type: 'json' }
import nameCalling from './data/name-calling.json' with { type: 'json' }
import slipperySlope from './data/slippery-slope.json' with { type: 'json' }
import slogans from './data/slogans.json' with { type: 'json' }
import thoughtTerminating from './data/thought-terminating.json' with { type: 'json' }
import unnamedAuthority from './data/unnamed-authority.json' with { type: 'json' }
import { inOutletVoice, inParaphrase, quote, type FramingContext, type Hit } from './context.js'
import { asLexiconFile, compileLexicon, indexLexicons, matchLexicon, startMasks, type Lexicon, type LexiconFile, type LexiconMatch } from './lexicon.js'
import { RULE_BY_ID, type RuleId } from './rules.js'
import { posOf } from '../segment/segment.js'

/** Every lexicon file, by name; the order is the order rules run in (output is sorted anyway). */
export const LEXICON_FILES: Readonly<Record<string, LexiconFile>> = Object.fromEntries(Object.entries({
  loaded, nameCalling, doubt, unnamedAuthority, exaggeration, booster, flagWaving, appealToFear, causal,
  blackAndWhite, slipperySlope, thoughtTerminating, slogans, bandwagon, hedge,
}).map(([name, file]) => [name, asLexiconFile(file, name)]))

/** The compiled lexicons, built once at module load. */
const LEXICONS: readonly Lexicon[] = Object.values(LEXICON_FILES).map((file) => {
  if (!RULE_BY_ID.has(file.rule)) throw new Error(`lexicon rule ${file.rule} is not in RULES: add it to rules.ts`)
  return compileLexicon(file)
})

/** The first words of every lexicon, so that each token is looked up once, not once per lexicon. */
const FIRST_WORDS = indexLexicons(LEXICONS)

/** Returns the hits of every lexicon rule, scanning sentence by sentence. Pure. */
export function findLexicalHits(ctx: FramingContext): Hit[] {
  const hits: Hit[] = []
  const { seg } = ctx
  const matches: LexiconMatch[] = []
  const masks = startMasks(ctx, FIRST_WORDS)
  LEXICONS.forEach((lex, k) => {
    const mayStart = (i: number): boolean => (masks[i]! & (1 << k)) !== 0
    for (let s = 0; s < seg.sentences.length; s++) {
      matches.length = 0
      matchLexicon(ctx, lex, seg.sentenceTokenStart[s] ?? 0, seg.sentenceTokenEnd[s] ?? 0, matches, mayStart)
      matches.forEach((m, nth) => {
        if (nth > 0 && m.list.notAfterSameFile) return
        const hit = toHit(ctx, lex, m)
        if (m.list.outletVoiceOnly && !inOutletVoice(ctx, hit.span.start) && !inParaphrase(ctx, hit.span)) return
        if (m.list.unlessAnswered && answeredNext(ctx, s, m)) return
        hits.push(hit)
      })
    }
  })
  return hits
}

/** Tokens of the next sentence, from its start, in which an answer repeats the question's verb: "It | ends at the lake". */
const ANSWER_REACH = 4

/** True when sentence `s + 1` opens with the lemma of the last verb of match `m` in sentence `s`. Pure. */
function answeredNext(ctx: FramingContext, s: number, m: LexiconMatch): boolean {
  const { seg } = ctx
  let verb = m.endToken - 1
  while (verb >= m.startToken && posOf(seg, verb) !== 'VERB') verb--
  const from = seg.sentenceTokenStart[s + 1]
  if (verb < m.startToken || from === undefined) return false
  const to = Math.min(seg.sentenceTokenEnd[s + 1] ?? from, from + ANSWER_REACH)
  for (let t = from; t < to; t++) if (seg.lemmas[t] === seg.lemmas[verb]) return true
  return false
}

const TEMPLATES = new Map<string, string>(Object.values(LEXICON_FILES).map((f) => [f.rule, f.explain]))

function toHit(ctx: FramingContext, lex: Lexicon, m: LexiconMatch): Hit {
  const span = { start: ctx.seg.starts[m.startToken] ?? 0, end: ctx.seg.ends[m.endToken - 1] ?? 0 }
  const template = m.list.explain ?? TEMPLATES.get(lex.rule) ?? '{}'
  return {
    ruleId: lex.rule as RuleId,
    span,
    explanation: template.replace('{}', `\`${quote(ctx.text, span)}\``),
    confidence: m.list.confidence,
    // A lexicon phrase is short and its first word is the outlet's or the speaker's choice: a
    // reporting cue that casts doubt ("claimed to have") is the outlet's, though most of the phrase is quoted.
    voiceAt: span.start,
    ...(m.list.beyondPtc ? { beyondPtc: true } : {}),
  }
}
