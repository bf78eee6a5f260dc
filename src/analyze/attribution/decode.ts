/**
 * @module analyze/attribution/decode — turns the tagger's BIO labels into attribution relations.
 *
 * The labels give runs of tokens per role; this module joins them. Every cue is one relation.
 * Each content run goes to the cue nearest to it, preferring a cue of its own sentence, then
 * the sentence before (a quote that continues after "he said." belongs to that statement),
 * then the sentence after. A cue takes all the content runs given to it, as one span from the
 * first to the last (`"A," he said, "B."`). Each cue takes the nearest source run of its
 * sentence; a source before the cue is preferred ("Clinton said"), one after it is allowed
 * ("said Clinton"), and two cues may share one source ("he said …, adding …"); a passive cue
 * ("was criticized") takes none before it.
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

/** What joining needs to know of the tokens besides their labels. */
export interface TokenLayout {
  /** The sentence of token `t` (-1 outside every sentence). */
  readonly sentenceOf: (t: number) => number
  /** The paragraph of token `t`. */
  readonly paragraphOf: (t: number) => number
  /** The tokens `[first, end)` of sentence `s`. */
  readonly sentenceRange: (s: number) => { readonly first: number; readonly end: number }
  /** True for a token that is only punctuation. */
  readonly isPunctuation: (t: number) => boolean
  /** True for a word or mark that joins two clauses ("but", "and", "while", ";"). */
  readonly isClauseJoint: (t: number) => boolean
  /** True for a passive cue ("was criticized", "is expected"): the subject before it is what is reported on, not who reports. */
  readonly isPassive: (cue: Run) => boolean
}

/** True when tokens `[a, b)` are all punctuation (or there are none). */
function onlyPunctuation(layout: TokenLayout, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (!layout.isPunctuation(t)) return false
  return true
}

/** True when some token of `[a, b)` passes `test`. */
function someToken(test: (t: number) => boolean, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (test(t)) return true
  return false
}

/** True when tokens `[a, b)` hold no punctuation. */
function onlyWords(layout: TokenLayout, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (layout.isPunctuation(t)) return false
  return true
}

/** Fewest tokens of a content a cue left without one takes from its sentence. */
const MIN_ORPHAN_CONTENT = 3

/**
 * Joins runs into relations. Pure; linear in the number of runs (each content run looks only at
 * the nearest cue on each side, each cue only at the nearest sources of its sentence), plus the
 * tokens of the sentences of cues left without a content.
 */
export function joinRuns(runs: readonly Run[], layout: TokenLayout): TokenRelation[] {
  const sentenceOfToken = layout.sentenceOf
  const cues = runs.filter((r) => r.role === 'C')
  if (cues.length === 0) return []
  const contents = splitAtLaterCue(runs.filter((r) => r.role === 'N'), cues, layout)
  const sources = runs.filter((r) => r.role === 'S')
  const cueSentence = cues.map((c) => sentenceOfToken(c.first))
  const sourceAt = new Map(sources.map((r) => [r.first, r]))
  const endsSentence = (cue: Run): boolean =>
    onlyPunctuation(layout, (sourceAt.get(cue.last + 1)?.last ?? cue.last) + 1, layout.sentenceRange(sentenceOfToken(cue.first)).end)
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
      // A cue in a later sentence reports the words before it only as `"…." he said.`, where the
      // cue (and its source) close that sentence, in the same paragraph; "Azerbaijan's accusations …
      // comes amid" does not, nor a quotation opening the next paragraph.
      if (!before && sentences > 0 && (!endsSentence(cue) || layout.paragraphOf(run.last) !== layout.paragraphOf(cue.first))) continue
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
    while (j < sources.length && sources[j]!.first <= cue.last) j++
    let source: Run | undefined
    let bestCost = Infinity
    const s = cueSentence[c]!
    const passive = layout.isPassive(cue)
    for (const i of [j - 1, j]) {
      const run = sources[i]
      if (!run || (sentenceOfToken(run.first) !== s && sentenceOfToken(run.last) !== s)) continue
      const before = run.last < cue.first
      if (before && passive) continue
      // "Some families have criticised the airline, but analyst Peter Lund said …": a source past a clause joint that runs straight into a later cue is that cue's subject.
      if (!before && subjectOfNext(run, cues[c + 1], layout) && someToken(layout.isClauseJoint, cue.last + 1, run.first)) continue
      const cost = before ? cue.first - run.last : run.first - cue.last + 3
      if (cost < bestCost) {
        bestCost = cost
        source = run
      }
    }
    const tail = source && sourceTail(cue, source, given[c]!)
    if (source && tail) source = { role: 'S', first: source.first, last: tail.last }
    const parts = tail ? given[c]!.filter((p) => p !== tail) : given[c]!
    const content = parts.length > 0 ? throughClosingComma(extentOf(cue, source, parts, layout), cue, source, layout) : orphanContent(cue, source, cues[c + 1], layout)
    if (content) out.push({ cue, content, ...(source ? { source } : {}) })
  }
  return out
}

/** Tokens at most between a source and the later cue it is the subject of ("Lund | later | said"). */
const SUBJECT_GAP = 2

/** True when `source` stands right before the active cue `next`, with only words between: it is that cue's subject. Pure. */
function subjectOfNext(source: Run, next: Run | undefined, layout: TokenLayout): boolean {
  return next !== undefined && next.first > source.last && next.first - source.last <= SUBJECT_GAP && onlyWords(layout, source.last + 1, next.first) && !layout.isPassive(next)
}

/**
 * Splits a content run that a cue opens and another cue, in a later sentence, closes
 * (`X insisted there was fraud. "We feel robbed," said Y`): the tagger ran the two contents
 * together, and the first cue would take both. The later cue's sentence is its own content. Pure;
 * linear in the number of runs.
 */
function splitAtLaterCue(contents: readonly Run[], cues: readonly Run[], layout: TokenLayout): Run[] {
  const out: Run[] = []
  let k = 0 // the first cue after the run
  for (const run of contents) {
    while (k < cues.length && cues[k]!.first <= run.last) k++
    const opening = cues[k - 1]
    const closing = cues[k]
    const split = closing ? layout.sentenceRange(layout.sentenceOf(closing.first)).first : -1
    if (opening && closing && opening.last < run.first && split > run.first && split <= run.last &&
      layout.sentenceOf(opening.last) < layout.sentenceOf(closing.first) &&
      onlyPunctuation(layout, opening.last + 1, run.first) && onlyPunctuation(layout, run.last + 1, closing.first)) {
      out.push({ role: 'N', first: run.first, last: split - 1 }, { role: 'N', first: split, last: run.last })
    } else out.push(run)
  }
  return out
}

/**
 * The extent of a cue's content parts. A quotation split by its cue is one content across it; but
 * when words before the cue already report the statement, a part in a later paragraph is a new
 * quotation (`"A," she added.¶"B."`) and is left out, so the content never swallows its own cue.
 */
function extentOf(cue: Run, source: Run | undefined, parts: readonly Run[], layout: TokenLayout): { first: number; last: number } {
  const before = parts.some((p) => p.last < cue.first)
  const after = parts.filter((p) => p.first > cue.last)
  // Words before the cue are part of its content only when the cue (with a source after it) is set
  // off by punctuation from the words after it ("The economy, Clinton said, is strong"); a cue
  // that runs straight into its object ("Speaking at the hearing, Clinton cited the review")
  // reports only that object.
  const blockEnd = source && source.first > cue.last ? Math.max(cue.last, source.last) : cue.last
  if (before && after.length > 0 && onlyWords(layout, blockEnd + 1, after[0]!.first)) return { first: after[0]!.first, last: after[after.length - 1]!.last }
  const paragraph = layout.paragraphOf(cue.last)
  const kept = before ? parts.filter((p) => p.last < cue.first || layout.paragraphOf(p.first) === paragraph) : parts
  return { first: Math.min(...kept.map((p) => p.first)), last: Math.max(...kept.map((p) => p.last)) }
}

/**
 * The content run that starts right after a source that follows its cue, when a run before the
 * cue is already its content (`"…," said Davi Okoro | of the Transport Workers' Union`): the
 * tagger split the source there, and the words finish it. Pure; linear in the cue's parts.
 */
function sourceTail(cue: Run, source: Run, parts: readonly Run[]): Run | undefined {
  if (source.first <= cue.last || !parts.some((p) => p.last < cue.first)) return undefined
  return parts.find((p) => p.first === source.last + 1)
}

/**
 * The tokens before a cue and its source that close their sentence after punctuation ("…, the
 * researchers reported."): `[first, lo)`, the sentence up to them; undefined for any other cue.
 */
function beforeClosingCue(cue: Run, source: Run | undefined, layout: TokenLayout): { first: number; lo: number } | undefined {
  const s = layout.sentenceOf(cue.first)
  if (s < 0) return undefined
  const { first, end } = layout.sentenceRange(s)
  const lo = Math.min(cue.first, source?.first ?? cue.first)
  const hi = Math.max(cue.last, source?.last ?? cue.last)
  return onlyPunctuation(layout, hi + 1, end) && lo > first && layout.isPunctuation(lo - 1) ? { first, lo } : undefined
}

/** `[a, b)` without punctuation at either edge, as a content; undefined when fewer than `MIN_ORPHAN_CONTENT` tokens are left. */
function trimmedContent(layout: TokenLayout, a: number, b: number): { first: number; last: number } | undefined {
  while (a < b && layout.isPunctuation(a)) a++
  while (b > a && layout.isPunctuation(b - 1)) b--
  return b - a >= MIN_ORPHAN_CONTENT ? { first: a, last: b - 1 } : undefined
}

/**
 * A content of a cue that closes its sentence ("About 1.5 percent of people taking aspirin had
 * bleeding, the researchers reported.") runs up to the punctuation before the cue's clause: the
 * tagger sometimes stops it short ("About 1.5 percent of people"). No other cue stands between:
 * the content's runs went to the cue nearest them. Pure; linear in the sentence's tokens.
 */
function throughClosingComma(content: { first: number; last: number }, cue: Run, source: Run | undefined, layout: TokenLayout): { first: number; last: number } {
  const closing = beforeClosingCue(cue, source, layout)
  if (!closing || content.first < closing.first || content.last >= closing.lo - 1) return content
  return { first: content.first, last: trimmedContent(layout, content.first, closing.lo)?.last ?? content.last }
}

/**
 * The content of a cue whose neighbouring contents went to other cues: when the cue and its
 * source close their sentence after a comma or quotation mark ("…, a source said.") it reports
 * what precedes them; when the cue opens the sentence before its source ("Said Ellis: …") or
 * follows its source ("Democrats, meanwhile, blasted Republicans for …"), what follows, unless
 * another cue of the sentence does. Such a
 * content may hold other relations, as PolNeAR's nested attributions do. Pure; linear in the
 * sentence's tokens.
 */
function orphanContent(cue: Run, source: Run | undefined, next: Run | undefined, layout: TokenLayout): { first: number; last: number } | undefined {
  const s = layout.sentenceOf(cue.first)
  if (s < 0) return undefined
  const { first, end } = layout.sentenceRange(s)
  const lo = Math.min(cue.first, source?.first ?? cue.first)
  const hi = Math.max(cue.last, source?.last ?? cue.last)
  if (beforeClosingCue(cue, source, layout)) return trimmedContent(layout, first, lo)
  if (onlyPunctuation(layout, first, cue.first) && cue.first <= lo) return trimmedContent(layout, hi + 1, end)
  // "Democrats, meanwhile, blasted Republicans for …": a cue after its source reports its object;
  // not an aside's ("Kent Daily, citing police sources, put …"), whose words run into the next cue.
  if (source && source.last < cue.first && onlyPunctuation(layout, first, source.first) && !(next && next.first < end && layout.isPunctuation(cue.first - 1))) return trimmedContent(layout, cue.last + 1, end)
  return undefined
}
