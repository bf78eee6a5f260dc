/**
 * @module analyze/attribution/decode — turns the tagger's BIO labels into attribution relations.
 *
 * The labels give runs of tokens per role; this module joins them. Every cue is one relation.
 * Each content run goes to the cue nearest to it, preferring a cue of its own sentence, then
 * the sentence before (a quote that continues after "he said." belongs to that statement),
 * then the sentence after. A cue takes all the content runs given to it, as one span from the
 * first to the last (`"A," he said, "B."`). Each cue takes the nearest source run of its
 * sentence; a source before the cue is preferred ("Clinton said"), one after it is allowed
 * ("said Clinton"), and two cues may share one source ("he said …, adding …").
 */
/** A run of tokens `[first, last]` (inclusive) with one role. */
export interface Run {
  readonly role: 'S' | 'C' | 'N'
  readonly first: number
  readonly last: number
}

/** One relation in token terms: a cue, its content runs joined, and maybe a source. */
export interface TokenRelation {
  readonly cue: Run
  readonly content: { readonly first: number; readonly last: number }
  readonly source?: Run
}

/** Returns the runs of each role in `labels` (`O`, `B-X`, `I-X`), in token order. Pure; linear. */
export function runsOf(labels: ArrayLike<number>, names: readonly string[]): Run[] {
  const runs: Run[] = []
  let open: { role: Run['role']; first: number } | undefined
  const close = (last: number): void => {
    if (open) runs.push({ role: open.role, first: open.first, last })
    open = undefined
  }
  for (let t = 0; t < labels.length; t++) {
    const name = names[labels[t]!] ?? 'O'
    const role = name.slice(2) as Run['role']
    if (name === 'O') close(t - 1)
    else if (name.startsWith('B-') || !open || open.role !== role) {
      close(t - 1)
      open = { role, first: t }
    }
  }
  close(labels.length - 1)
  return runs
}

/** Cost of crossing a sentence boundary, in tokens: a cue of another sentence loses to any cue of the same one. */
const SENTENCE = 1000

/**
 * Joins runs into relations. Pure; linear in the number of runs (each content run looks only at
 * the nearest cue on each side, each cue only at the nearest sources of its sentence).
 */
export function joinRuns(runs: readonly Run[], sentenceOfToken: (t: number) => number): TokenRelation[] {
  const cues = runs.filter((r) => r.role === 'C')
  if (cues.length === 0) return []
  const contents = runs.filter((r) => r.role === 'N')
  const sources = runs.filter((r) => r.role === 'S')
  const cueSentence = cues.map((c) => sentenceOfToken(c.first))
  const given: Array<Run[]> = cues.map(() => [])
  let k = 0 // the first cue after the content run
  for (const run of contents) {
    while (k < cues.length && cues[k]!.first <= run.last) k++
    const first = sentenceOfToken(run.first)
    const last = sentenceOfToken(run.last)
    let best = -1
    let bestCost = Infinity
    // Cues inside the content's extent are impossible (runs do not overlap), so the candidates are
    // the last cue before it and the first cue after it.
    for (const c of [k - 1, k]) {
      const cue = cues[c]
      if (!cue) continue
      const s = cueSentence[c]!
      const before = cue.last < run.first
      const gap = before ? run.first - cue.last - 1 : cue.first - run.last - 1
      const sentences = s < first ? first - s : s > last ? s - last : 0
      if (sentences > 1) continue
      const cost = gap + sentences * SENTENCE + (sentences > 0 && !before ? SENTENCE / 2 : 0)
      if (cost < bestCost) {
        bestCost = cost
        best = c
      }
    }
    if (best >= 0) given[best]!.push(run)
  }
  const out: TokenRelation[] = []
  let j = 0 // the first source run after the cue
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!
    const parts = given[c]!
    if (parts.length === 0) continue
    while (j < sources.length && sources[j]!.first <= cue.last) j++
    let source: Run | undefined
    let bestCost = Infinity
    const s = cueSentence[c]!
    for (const i of [j - 1, j]) {
      const run = sources[i]
      if (!run || (sentenceOfToken(run.first) !== s && sentenceOfToken(run.last) !== s)) continue
      const before = run.last < cue.first
      const cost = before ? cue.first - run.last : run.first - cue.last + 3
      if (cost < bestCost) {
        bestCost = cost
        source = run
      }
    }
    const first = Math.min(...parts.map((p) => p.first))
    const last = Math.max(...parts.map((p) => p.last))
    out.push({ cue, content: { first, last }, ...(source ? { source } : {}) })
  }
  return out
}
