/**
 * @module bench/lib-plover — reads the PLOVER gold-standard records (GSR) and scores events against them.
 *
 * `PLOVER_GSR_CAMEO.txt` is a JSON array of records: `text` (one sentence), `event` (a PLOVER 0.6
 * type), `source` and `target` (arrays of `{actorText, code}`, or a string / absent when there is
 * none). One record has event "DOCUMENT" and only documents the file; it is skipped. The 0.6
 * labels are mapped to the 0.8 categories the events stage uses before scoring.
 *
 * Scoring is per record. The predictions considered are the events of positive polarity, planned
 * ones counted as their type. A record's type is right when any prediction has the gold type; its
 * "first event" is right when the first prediction has it. For a record whose type is right, the
 * matched event is the first prediction of the gold type; its actor is right when it matches one
 * gold source actor, its recipient when it matches one gold target actor (see `actorMatches`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { RashomonError } from '../src/model/errors.js'
import { bump, topEntries } from './lib-errors.js'

export const GSR_FILE = 'PLOVER_GSR_CAMEO.txt'

/** PLOVER 0.6 labels that were renamed or merged in 0.8; every other label is unchanged. */
export const PLOVER_06_TO_08: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
}

/** Maps a PLOVER 0.6 label to 0.8. Pure. */
export function toPlover08(label: string): string {
  return PLOVER_06_TO_08[label] ?? label
}

/** An actor as the GSR codes it: the words of the text and a CAMEO code ("HUN", "IGO", "USAGOV"). */
export interface GoldActor { readonly actorText: string; readonly code: string }

/** One gold record, its label mapped to 0.8; `targets` is undefined when the record has no target array. */
export interface GoldRecord {
  readonly id: string
  readonly text: string
  /** The GSR's own (0.6) label. */
  readonly label: string
  /** The 0.8 category scored against. */
  readonly type: string
  readonly sources: readonly GoldActor[] | undefined
  readonly targets: readonly GoldActor[] | undefined
}

function actorsOf(value: unknown): GoldActor[] | undefined {
  if (!Array.isArray(value)) return undefined
  return value.flatMap((a: unknown) => {
    if (typeof a !== 'object' || a === null) return []
    const { actorText, code } = a as Record<string, unknown>
    return typeof actorText === 'string' ? [{ actorText, code: typeof code === 'string' ? code : '' }] : []
  })
}

/** Turns the parsed GSR array into gold records; skips DOCUMENT and records without text or event. Pure. */
export function parseGsr(json: unknown): GoldRecord[] {
  if (!Array.isArray(json)) return []
  return json.flatMap((r: unknown): GoldRecord[] => {
    if (typeof r !== 'object' || r === null) return []
    const { id, text, event, source, target } = r as Record<string, unknown>
    if (typeof text !== 'string' || typeof event !== 'string' || event === 'DOCUMENT') return []
    return [{ id: typeof id === 'string' ? id : '', text, label: event, type: toPlover08(event), sources: actorsOf(source), targets: actorsOf(target) }]
  })
}

/** Reads `<dir>/PLOVER_GSR_CAMEO.txt`; throws a `RashomonError` with a hint when it is missing or not a GSR file. */
export function readGsr(dir: string): GoldRecord[] {
  const hint = `Pass --data pointing at a folder holding ${GSR_FILE} (e.g. --data ../shared/data/plover, run from the repository root).`
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new RashomonError('E_INPUT_MISSING', `data folder ${dir} does not exist or is not a folder`, hint)
  const path = join(dir, GSR_FILE)
  if (!existsSync(path)) throw new RashomonError('E_INPUT_MISSING', `${path} not found`, hint)
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new RashomonError('E_INPUT_FORMAT', `${path} is not valid JSON`, 'Expected a JSON array of PLOVER gold-standard records.', { cause: error })
  }
  const records = parseGsr(json)
  if (records.length === 0) throw new RashomonError('E_NOTHING_ANALYSED', `no records with "text" and "event" in ${path}`, 'Expected a JSON array of PLOVER gold-standard records.')
  return records
}

/** What scoring needs of a predicted actor. */
export interface PredictedActor { readonly name: string; readonly aliases: readonly string[]; readonly country?: string | undefined }

/** What scoring needs of a predicted event. */
export interface PredictedEvent {
  readonly type: string
  readonly polarity: 'positive' | 'negative'
  readonly actor?: PredictedActor | undefined
  readonly recipient?: PredictedActor | undefined
}

/**
 * Whether a predicted actor is a gold actor: its name or an alias contains the gold words or is
 * contained in them (case-insensitive), or its country is the first three letters of the gold
 * code (CAMEO codes start with the country: "USAGOV"). Pure.
 */
export function actorMatches(predicted: PredictedActor, gold: GoldActor): boolean {
  const goldWords = gold.actorText.trim().toLowerCase()
  const byName = goldWords !== '' && [predicted.name, ...predicted.aliases].some((n) => {
    const words = n.trim().toLowerCase()
    return words !== '' && (words.includes(goldWords) || goldWords.includes(words))
  })
  return byName || (predicted.country !== undefined && predicted.country === gold.code.slice(0, 3).toUpperCase())
}

const matchesAny = (predicted: PredictedActor | undefined, gold: readonly GoldActor[]): boolean =>
  predicted !== undefined && gold.some((g) => actorMatches(predicted, g))

/** How one record scored. `actor`/`recipient` are undefined when not scored (type missed, or no gold actors of that side). */
export interface RecordScore {
  readonly label: string
  readonly type: string
  /** Type of the first positive prediction; undefined when there is none. */
  readonly firstType: string | undefined
  readonly typeFound: boolean
  readonly actor: boolean | undefined
  readonly recipient: boolean | undefined
}

/** Scores the events predicted for one record. Pure. */
export function scoreRecord(gold: GoldRecord, predicted: readonly PredictedEvent[]): RecordScore {
  const positive = predicted.filter((e) => e.polarity === 'positive')
  const matched = positive.find((e) => e.type === gold.type)
  const scored = (side: readonly GoldActor[] | undefined, who: PredictedActor | undefined): boolean | undefined =>
    matched === undefined || side === undefined || side.length === 0 ? undefined : matchesAny(who, side)
  return {
    label: gold.label,
    type: gold.type,
    firstType: positive[0]?.type,
    typeFound: matched !== undefined,
    actor: scored(gold.sources, matched?.actor),
    recipient: scored(gold.targets, matched?.recipient),
  }
}

/** A count of right answers out of a total. */
export interface Tally { correct: number; total: number }

/** One row of the per-gold-type table: also how many of its records got no event at all. */
export interface GoldTypeRow extends Tally { noEvent: number }

/** The figures of a run. */
export interface Summary {
  readonly records: number
  readonly typeAccuracy: Tally
  readonly firstEventAccuracy: Tally
  readonly coverage: Tally
  readonly actorAccuracy: Tally
  readonly recipientAccuracy: Tally
  /** Keyed by the GSR's label with its 0.8 category when renamed: "DEMAND→REQUEST". */
  readonly byGoldType: Readonly<Record<string, GoldTypeRow>>
  /** The most frequent wrong predictions: gold 0.8 type → the first prediction's type (records with no event are in `byGoldType`). */
  readonly confusions: readonly { readonly gold: string; readonly predicted: string; readonly count: number }[]
}

const tally = (): Tally => ({ correct: 0, total: 0 })
const count = (t: Tally, right: boolean | undefined): void => {
  if (right === undefined) return
  t.total++
  if (right) t.correct++
}

/** Adds up record scores; `topConfusions` pairs are kept, most frequent first (ties by name). Pure. */
export function summarize(scores: readonly RecordScore[], topConfusions = 10): Summary {
  const typeAccuracy = tally()
  const firstEventAccuracy = tally()
  const coverage = tally()
  const actorAccuracy = tally()
  const recipientAccuracy = tally()
  const byGoldType: Record<string, GoldTypeRow> = {}
  const confusions = new Map<string, number>()
  for (const s of scores) {
    count(typeAccuracy, s.typeFound)
    count(firstEventAccuracy, s.firstType === s.type)
    count(coverage, s.firstType !== undefined)
    count(actorAccuracy, s.actor)
    count(recipientAccuracy, s.recipient)
    const key = s.label === s.type ? s.label : `${s.label}→${s.type}`
    const row = (byGoldType[key] ??= { ...tally(), noEvent: 0 })
    count(row, s.typeFound)
    if (s.firstType === undefined) row.noEvent++
    else if (!s.typeFound) {
      bump(confusions, `${s.type}\u0000${s.firstType}`)
    }
  }
  const ranked = topEntries(confusions, topConfusions)
    .map(([pair, n]) => {
      const [gold = '', predicted = ''] = pair.split('\u0000')
      return { gold, predicted, count: n }
    })
  return { records: scores.length, typeAccuracy, firstEventAccuracy, coverage, actorAccuracy, recipientAccuracy, byGoldType, confusions: ranked }
}
