/**
 * @module bench/portrayal — actor portrayal against BASIL's targeted bias annotations.
 *
 * `npm run bench -- portrayal --data ../shared/data/basil [--held-out-from 2013]`
 *
 * BASIL marks each biased phrase with the entity it is aimed at (`target`), whether it favours or
 * harms it (`polarity`), and whether it is quoted. The whole pipeline runs on each article (see
 * `lib-basil.ts` for how the text is built); its portrayals (for each main actor, the evaluative
 * words of each sentence and the tone they add up to) are scored on the phrases aimed directly at
 * a named target (`aim` "dir"):
 * - phrase level: a phrase is *reached* when a portrayal's evaluative word lies inside it; of those,
 *   the actor the words were given to is the phrase's target (target accuracy), the tone is the
 *   phrase's polarity (tone accuracy), and the voice (outlet or quoted speaker) is right;
 * - sentence level: a phrase is *found* when a portrayal of its sentence gives its target its
 *   polarity (recall); a portrayal judgment in a sentence holding phrases is *right* when it gives
 *   one of their targets that phrase's polarity (precision);
 * - article level: BASIL's `author_feeling_<entity>` (how the annotator read the author's view of
 *   each main entity) against the sign of the actor's positive minus negative sentences in the
 *   outlet's own voice, as a confusion table.
 * A target is matched to an actor by a shared name word of three letters or more, plurals folded
 * ("Republicans" ~ "Republican Party"); generic words (party, house, administration …) do not count.
 * Figures are printed for the whole folder and for the years before `--held-out-from` (where
 * portrayal choices were made) and from it on (held out). Nothing is trained on BASIL. Ends with
 * one JSON line.
 */
import { analyzeText } from '../src/analyze/pipeline.js'
import type { AnalyzedArticle, Portrayal } from '../src/model/schema.js'
import { placePhrase, readBasil } from './lib-basil.js'
import { dataFolder, option, round } from './lib-framing-score.js'

const GENERIC = new Set([
  'the', 'and', 'for', 'party', 'house', 'senate', 'state', 'states', 'united', 'department', 'president', 'administration',
  'campaign', 'committee', 'supporters', 'members', 'officials', 'lawmakers', 'bill', 'act', 'program', 'programs', 'national',
])

/** Significant lower-case words of a name, plural -s folded. Pure. */
export function nameWords(name: string): string[] {
  return (name.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 3 && !GENERIC.has(w)).map((w) => w.replace(/s$/, ''))
}

/** A gold phrase aimed at a named target. */
interface Aimed { readonly start: number; readonly end: number; readonly target: string; readonly tone: 'positive' | 'negative'; readonly quoted: boolean }
/** One judgment of a portrayal: an actor, a tone, the sentence and words behind it, and its voice. */
interface Judgment { readonly actor: string; readonly tone: 'positive' | 'negative'; readonly voice: string; readonly sentence: { start: number; end: number }; readonly words: readonly { start: number; end: number }[] }

/** Counts for one part of the folder. */
interface Tally {
  articles: number; phrases: number; targetPortrayed: number
  reached: number; targetRight: number; toneRight: number; bothRight: number; voiceRight: number
  found: number; judgments: number; judgmentsRight: number
  feeling: Record<string, Record<string, number>>
  feelingNet: Record<string, number[]>
}
const emptyTally = (): Tally => ({
  articles: 0, phrases: 0, targetPortrayed: 0, reached: 0, targetRight: 0, toneRight: 0, bothRight: 0, voiceRight: 0,
  found: 0, judgments: 0, judgmentsRight: 0, feeling: {}, feelingNet: {},
})

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end
const toneOf = (polarity: string | undefined): 'positive' | 'negative' | undefined => (polarity === 'pos' ? 'positive' : polarity === 'neg' ? 'negative' : undefined)

/** Scores one analysed article into `tally`. */
function scoreArticle(result: AnalyzedArticle, aimed: readonly Aimed[], feelings: Readonly<Record<string, string>>, tally: Tally): void {
  const words = new Map<string, Set<string>>()
  for (const actor of result.actors) words.set(actor.id, new Set([actor.name, ...actor.aliases].flatMap(nameWords)))
  const isTarget = (actor: string, target: string): boolean => nameWords(target).some((w) => words.get(actor)?.has(w) ?? false)
  const judgments: Judgment[] = result.portrayals.flatMap((p: Portrayal) => p.evidence.map((e) => ({ actor: p.actor, tone: e.tone, voice: e.voice, sentence: e.sentence, words: e.words })))
  tally.articles++
  for (const phrase of aimed) {
    tally.phrases++
    if (result.portrayals.some((p) => isTarget(p.actor, phrase.target))) tally.targetPortrayed++
    const inside = judgments
      .map((j) => ({ j, n: j.words.filter((w) => overlaps(w, phrase)).length }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n)[0]?.j
    if (inside) {
      tally.reached++
      const target = isTarget(inside.actor, phrase.target)
      const tone = inside.tone === phrase.tone
      if (target) tally.targetRight++
      if (tone) tally.toneRight++
      if (target && tone) tally.bothRight++
      if ((inside.voice !== 'outlet') === phrase.quoted) tally.voiceRight++
    }
    if (judgments.some((j) => overlaps(j.sentence, phrase) && j.tone === phrase.tone && isTarget(j.actor, phrase.target))) tally.found++
  }
  for (const j of judgments) {
    const here = aimed.filter((a) => overlaps(j.sentence, a))
    if (here.length === 0) continue
    tally.judgments++
    if (here.some((a) => a.tone === j.tone && isTarget(j.actor, a.target))) tally.judgmentsRight++
  }
  for (const [key, gold] of Object.entries(feelings)) {
    if (!key.startsWith('author_feeling_') || key === 'author_feeling_main_event') continue
    const entity = key.slice('author_feeling_'.length)
    const portrayal = result.portrayals.find((p) => isTarget(p.actor, entity))
    const outlet = portrayal?.evidence.filter((e) => e.voice === 'outlet') ?? []
    const net = outlet.filter((e) => e.tone === 'positive').length - outlet.filter((e) => e.tone === 'negative').length
    const said = portrayal === undefined ? 'not portrayed' : net > 0 ? 'pos' : net < 0 ? 'neg' : 'neu'
    const row = (tally.feeling[gold] ??= {})
    row[said] = (row[said] ?? 0) + 1
    if (portrayal) (tally.feelingNet[gold] ??= []).push(net)
  }
}

const share = (n: number, d: number): number => (d === 0 ? 0 : n / d)

/** The printed and JSON figures of a tally. Pure. */
function figures(t: Tally) {
  const precision = share(t.judgmentsRight, t.judgments)
  const recall = share(t.found, t.phrases)
  return {
    articles: t.articles, phrases: t.phrases, targetPortrayed: round(share(t.targetPortrayed, t.phrases)),
    phrase: {
      reached: round(share(t.reached, t.phrases)), targetAccuracy: round(share(t.targetRight, t.reached)),
      toneAccuracy: round(share(t.toneRight, t.reached)), targetAndToneAccuracy: round(share(t.bothRight, t.reached)), voiceAccuracy: round(share(t.voiceRight, t.reached)),
    },
    sentence: { precision: round(precision), recall: round(recall), f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)), judgments: t.judgments },
    authorFeeling: {
      table: t.feeling,
      meanOutletNet: Object.fromEntries(Object.entries(t.feelingNet).map(([k, v]) => [k, round(v.reduce((s, x) => s + x, 0) / v.length, 3)])),
    },
  }
}

function print(name: string, f: ReturnType<typeof figures>): void {
  const { phrase, sentence, authorFeeling: feeling } = f
  console.log(`${name}: ${f.articles} articles, ${f.phrases} phrases aimed at a target (target among the portrayed actors: ${f.targetPortrayed})`)
  console.log(`  phrase level: reached ${phrase.reached}; of those, target ${phrase.targetAccuracy}, tone ${phrase.toneAccuracy}, both ${phrase.targetAndToneAccuracy}, voice ${phrase.voiceAccuracy}`)
  console.log(`  sentence level: P ${sentence.precision} R ${sentence.recall} F1 ${sentence.f1} (${sentence.judgments} judgments in sentences with phrases)`)
  console.log(`  author feeling (gold → outlet-voice portrayal): ${Object.entries(feeling.table).map(([g, row]) => `${g} → ${Object.entries(row).map(([k, n]) => `${k} ${n}`).join(', ')}`).join('; ')}`)
  console.log(`  mean outlet-voice net (positive − negative sentences) by gold feeling: ${Object.entries(feeling.meanOutletNet).map(([k, v]) => `${k} ${v}`).join(', ')}`)
}

/** Runs the benchmark; see the module comment. */
export async function run(args: string[]): Promise<void> {
  const dir = dataFolder(args, '../shared/data/basil')
  const heldOutFrom = Number(option(args, 'held-out-from', '2013'))
  const parts = { all: emptyTally(), tuning: emptyTally(), heldOut: emptyTally() }
  let unplaced = 0
  for (const { year, text, sentences, article, annotation } of readBasil(dir)) {
    const aimed: Aimed[] = []
    for (const p of annotation['phrase-level-annotations'] ?? []) {
      const tone = toneOf(p.polarity)
      if (p.aim !== 'dir' || !tone || !p.target) continue
      const placed = placePhrase(p, sentences, text)
      if (placed) aimed.push({ ...placed, target: p.target, tone, quoted: p.quote === 'yes' })
      else unplaced++
    }
    const result = analyzeText(text, article.date)
    const feelings = annotation['article-level-annotations'] ?? {}
    scoreArticle(result, aimed, feelings, parts.all)
    scoreArticle(result, aimed, feelings, year < heldOutFrom ? parts.tuning : parts.heldOut)
  }
  const out = { all: figures(parts.all), tuning: figures(parts.tuning), heldOut: figures(parts.heldOut) }
  console.log(`BASIL portrayal benchmark (${unplaced} phrases could not be placed); nothing here is trained on BASIL`)
  print('all years', out.all)
  print(`tuning years (before ${heldOutFrom})`, out.tuning)
  print(`held-out years (${heldOutFrom} on)`, out.heldOut)
  console.log(JSON.stringify({ benchmark: 'portrayal', corpus: 'basil', heldOutFrom, unplaced, ...out }))
  await Promise.resolve()
}
