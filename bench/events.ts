/**
 * @module bench/events — PLOVER event types, actors and recipients against the PLOVER gold-standard records.
 *
 * `npm run bench -- events --data ../shared/data/plover` reads `PLOVER_GSR_CAMEO.txt` (see
 * `lib-plover.ts`), runs the whole pipeline (`analyzeText`) on each record's sentence and scores
 * its events: event-type accuracy (the gold type is among the predicted types), first-event
 * accuracy, coverage, a per-gold-type table, the most frequent misses, actor and recipient
 * accuracy over the records whose type was found, and the pipeline's speed. Ends with one JSON line.
 *
 * The lexicon was written by hand from the PLOVER manual's categories and nothing is trained or
 * tuned here. The GSR sentences are the CAMEO manual's example sentences, short and chosen to
 * illustrate one category each, so the figures are indicative, not a measure on running news.
 */
import { resolve } from 'node:path'
import { analyzeText } from '../src/analyze/pipeline.js'
import { RashomonError, reasonOf } from '../src/model/errors.js'
import type { Actor, AnalyzedArticle } from '../src/model/schema.js'
import { GSR_FILE, PLOVER_06_TO_08, readGsr, scoreRecord, summarize, type PredictedActor, type PredictedEvent, type Tally } from './lib-plover.js'

const USAGE = 'usage: npm run bench -- events --data <folder holding PLOVER_GSR_CAMEO.txt>'

/** Runs the benchmark; prints figures and ends with one JSON line. Errors in the arguments or the folder are printed, not thrown. */
export function run(args: string[]): Promise<void> {
  try {
    runBench(dataOption(args))
  } catch (error) {
    if (!(error instanceof RashomonError)) return Promise.reject(error)
    console.error(`events: ${reasonOf(error)}`)
    process.exitCode = 2
  }
  return Promise.resolve()
}

function dataOption(args: readonly string[]): string {
  let data = ''
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = inline ?? args[++i]
    if (flag !== '--data') throw new RashomonError('E_USAGE', `unknown option ${arg}`, USAGE)
    if (value === undefined || value === '') throw new RashomonError('E_USAGE', '--data needs a value', USAGE)
    data = value
  }
  if (data === '') throw new RashomonError('E_USAGE', 'no data folder given', `${USAGE} (e.g. --data ../shared/data/plover)`)
  return data
}

/** The article's events with their actors looked up, in the shape scoring needs. Pure. */
function predictedEvents(analyzed: AnalyzedArticle): PredictedEvent[] {
  const actors = new Map<string, Actor>(analyzed.actors.map((a) => [a.id, a]))
  const actorOf = (id: string | undefined): PredictedActor | undefined => (id === undefined ? undefined : actors.get(id))
  // DISASTER is no PLOVER category: the gold codes none.
  return analyzed.events.filter((e) => e.type !== 'DISASTER').map((e) => ({ type: e.type, polarity: e.polarity, actor: actorOf(e.actor), recipient: actorOf(e.recipient) }))
}

const share = (t: Tally): number => (t.total === 0 ? 0 : t.correct / t.total)
const percent = (t: Tally): string => `${(100 * share(t)).toFixed(1)}% (${t.correct}/${t.total})`
const round = (x: number, digits = 3): number => Number(x.toFixed(digits))

function runBench(data: string): void {
  const records = readGsr(resolve(process.cwd(), data))
  analyzeText('The ministers agreed on Monday to meet again.') // loads what the pipeline loads lazily, before timing
  let ms = 0
  const scores = records.map((record) => {
    const t0 = performance.now()
    const analyzed = analyzeText(record.text)
    ms += performance.now() - t0
    return scoreRecord(record, predictedEvents(analyzed))
  })
  const s = summarize(scores)
  const perSecond = records.length / (ms / 1000)
  const renamed = Object.entries(PLOVER_06_TO_08).map(([from, to]) => `${from}→${to}`).join(', ')

  console.log(`PLOVER GSR events benchmark: ${records.length} gold records of ${GSR_FILE} (DOCUMENT record skipped)`)
  console.log('  the event lexicon was written by hand from the PLOVER manual; nothing is trained or tuned here')
  console.log('  the GSR sentences are example sentences from the CAMEO manual, so these figures are indicative only')
  console.log(`  gold PLOVER 0.6 labels mapped to 0.8: ${renamed}; others unchanged`)
  console.log('  predictions: events of positive polarity, planned ones counted as their type')
  console.log(`event type accuracy (gold type among the predicted types): ${percent(s.typeAccuracy)}`)
  console.log(`first-event accuracy (first predicted event has the gold type): ${percent(s.firstEventAccuracy)}`)
  console.log(`coverage (records with any predicted event): ${percent(s.coverage)}`)
  console.log(`actor accuracy (records with the gold type found and gold sources): ${percent(s.actorAccuracy)}`)
  console.log(`recipient accuracy (records with the gold type found and gold targets): ${percent(s.recipientAccuracy)}`)
  console.log('per gold type: correct/total, and records with no event at all:')
  for (const [type, t] of Object.entries(s.byGoldType)) {
    console.log(`  ${type.padEnd(20)} ${String(t.correct).padStart(3)}/${String(t.total).padEnd(3)} ${(100 * share(t)).toFixed(0).padStart(4)}%   no event ${t.noEvent}`)
  }
  console.log(`most frequent wrong predictions (gold type → type of the first predicted event, records with an event), top ${s.confusions.length}:`)
  for (const c of s.confusions) console.log(`  ${String(c.count).padStart(4)}  ${c.gold} → ${c.predicted}`)
  console.log(`speed: whole pipeline (analyzeText, events stage included) ${perSecond.toFixed(1)} articles/s on one core (each article one GSR sentence)`)

  const json = (t: Tally): Record<string, number> => ({ accuracy: round(share(t)), correct: t.correct, total: t.total })
  console.log(JSON.stringify({
    benchmark: 'events', corpus: 'plover-gsr-cameo', records: s.records, labelMap: PLOVER_06_TO_08,
    typeAccuracy: json(s.typeAccuracy), firstEventAccuracy: json(s.firstEventAccuracy), coverage: json(s.coverage),
    actorAccuracy: json(s.actorAccuracy), recipientAccuracy: json(s.recipientAccuracy),
    byGoldType: Object.fromEntries(Object.entries(s.byGoldType).map(([k, t]) => [k, { ...json(t), noEvent: t.noEvent }])),
    confusions: s.confusions, articlesPerSecond: round(perSecond, 1), speedMeasures: 'whole pipeline (analyzeText)',
  }))
}
