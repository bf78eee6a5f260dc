/**
 * @module analyze/attribution/source-heads — common nouns that head a source ("voters", "the
 * campaign", "a poll"), from `models/source-heads.json` (made by `npm run train -- source-heads`
 * from PolNeAR train; see `train/source-heads.ts`).
 */
import { readModel } from '../../learn/model-file.js'

export const SOURCE_HEADS_FILE = 'source-heads.json'

/** The model file: the head words, separated by single spaces. */
export interface SavedSourceHeads {
  readonly model: 'source-heads'
  readonly trainedOn: Readonly<Record<string, unknown>>
  readonly words: string
}

let committed: ReadonlySet<string> | undefined

/** British "-ise" spellings ("organisers", "organisation"), to be read as the American ones the heads were learnt from. */
const BRITISH_ISE = /is(e|er|ers|ation|ations)$/u

/** A plural noun of people by its ending: "ministers", "governors", "centrists", "representatives". */
const AGENT_PLURAL = /(?:er|or|ist|ian|ant|ent|ive)s$/u

/** Whether annotators head sources with this lower-case word, in either spelling and number. */
export function isSourceHead(word: string): boolean {
  if (!committed) {
    const v = readModel(SOURCE_HEADS_FILE) as Partial<SavedSourceHeads> | null
    if (v?.model !== 'source-heads' || typeof v.words !== 'string') {
      throw new Error(`models/${SOURCE_HEADS_FILE} is not a source-head file: run \`npm run train -- source-heads --data ../shared/data/polnear\``)
    }
    committed = new Set(v.words.split(' '))
  }
  // The plural of a head that names people is one too ("ministers" where the data only had "minister"); not "votes", "questions".
  const singular = AGENT_PLURAL.test(word) ? word.slice(0, -1) : undefined
  return [word, singular].some((w) => w !== undefined && (committed!.has(w) || (BRITISH_ISE.test(w) && committed!.has(w.replace(BRITISH_ISE, 'iz$1')))))
}
