/**
 * @module compare/claims — claims aligned across articles.
 *
 * Two claims from independent articles are aligned when they share enough rare terms: the
 * score is the cosine of their idf-weighted term sets, and a claim is linked only to its best
 * match in each other article, and only when that match picks it back (mutual best). Candidate
 * pairs come from an inverted index over terms, so the cost grows with the number of claims,
 * not its square. Aligned claims agree when they have one polarity, none is denied and their
 * figures for one noun can all be true; otherwise they are contested. A toll one voice raised in
 * a later report is an update the agreement shows, and figures with no value in common that no
 * dispute explains are noted on it. A named speaker's claim that no other article carries is
 * single-source: what the other articles leave out.
 */
import type { Actor, AnalyzedArticle, Claim, ClaimGroup, FacetValue } from '../model/schema.js'
import { mentionsStartingIn } from '../analyze/layers.js'
import { contains } from '../model/span.js'
import type { ActorIndex } from './actors.js'
import { partyActs, swapped, type PartyAct } from './acts.js'
import { unionFind } from './union-find.js'
import { voiceKey } from './voices.js'
import { currencyOf, MOST_HEDGED, quantitiesIn, SCALE_WORD, singular, type Quantity } from '../analyze/facets/count.js'
import { placeTerm, termOf } from '../analyze/claims/terms.js'
import { KNOWLEDGE_DISPUTE, knowledgeDisputes } from './knowledge.js'
import { negatedAct, timesClash } from './time-reference.js'
import { measured, measuresClash, measuresIn, sameThing, type Measure } from './measures.js'
import { compatible, figureLabel, updatesFigure, type Voiced } from './verdicts.js'
import { COUNTED_FACETS } from '../analyze/facets/facets.js'
import { readOnce } from './read-once.js'

/**
 * When two claims are close enough to align: the more terms they share, the lower the cosine
 * may be (a long lead sentence retold in other words shares many terms at a low cosine).
 */
const ALIGN_TIERS: ReadonlyArray<{ readonly shared: number; readonly cosine: number }> = [
  { shared: 2, cosine: 0.45 }, { shared: 3, cosine: 0.4 }, { shared: 5, cosine: 0.25 },
]
const OPPOSED_COSINE = 0.6
/**
 * How close a denial and the claim it answers must be. A denial ("denied that any civilians were
 * killed") is short and restates only the disputed part, so two shared terms at a cosine of 0.35
 * will do; a negation elsewhere in a sentence ("subsidies cannot compensate for bad trade policy")
 * often negates another part than the shared one, so it needs three, two of them in its scope.
 */
const DENIAL_COSINE = 0.35
/**
 * As in alignment, five shared terms tie a denial to a long claim (a lead retold) at a lower cosine; so does a denial
 * all of whose terms the claim holds ("denied civilian casualties" answers a long lead on the strike that killed civilians).
 */
const DENIAL_MANY_SHARED = ALIGN_TIERS[ALIGN_TIERS.length - 1]!
const answers = (denial: { readonly claim: Claim; readonly terms: ReadonlySet<string> }, shared: number, cosine: number): boolean =>
  shared >= (denial.claim.modality === 'denied' ? 2 : 3)
  && (cosine >= DENIAL_COSINE || (shared >= DENIAL_MANY_SHARED.shared && cosine >= DENIAL_MANY_SHARED.cosine) || (denial.claim.modality === 'denied' && shared === denial.terms.size))

const NEGATION = /\b(?:not|no|never|cannot|nobody|nothing|none|neither|nor)\b|n['’]t\b/iu

/** A contrast that opens a new clause after a negation: "not reading out details, but the lines remain open". */
const CONTRAST = /[,;]\s*(?:but|yet|however)\b|;/u

/** "Will stay open", "keep the plant open": a closing denied (the claims stage reads it as a negated "close"), not "remain open to talks" or "until 8 p.m.". */
const KEPT_OPEN = /\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining|keep|keeps|kept|keeping)\s+(?:\S+\s+){0,2}?open(?:\s*$|\s*[,.;:!?"”’)]|\s+(?:and|but)\b)/iu

/**
 * A negated claim's words from its negation to the end or to a contrast after it, lower-cased; empty when it has none.
 * A closing denied by "stay open" denies it of all the claim names ("the plant will stay open"): its scope is the whole claim. Pure.
 */
function negationScope(negated: Entry): string {
  const text = negated.article.article.text.slice(negated.claim.span.start, negated.claim.span.end).toLowerCase()
  const negation = NEGATION.exec(text)
  if (!negation) return KEPT_OPEN.test(text) ? `${text} close` : ''
  const scope = text.slice(negation.index)
  const contrast = CONTRAST.exec(scope)
  return contrast ? scope.slice(0, contrast.index) : scope
}

/** True when at least two of the terms a negated claim shares with `other` lie in its negation's `scope` ("had not determined the cause of the fire"), not before it ("set aside provisions, so investors need not worry"). Pure. */
function negatesShared(scope: string, negated: Entry, other: Entry): boolean {
  let found = 0
  for (const term of negated.terms) if (other.terms.has(term) && !term.includes(':') && scope.includes(term.toLowerCase())) found++
  return found >= 2
}

/** The outlet's own call to act ("Nurses should vote no"), which carries only a like call: it reports no fact. */
const callsToAct = (e: Entry): boolean => e.speaker.startsWith('outlet:') && e.claim.modality === 'demanded'
const isDenial = (e: { readonly claim: Claim }): boolean => e.claim.modality === 'denied' || e.claim.polarity === 'negative'
/** True when a claim puts its words forward as untrue: negated, or denied, not both. */
const negates = (e: { readonly claim: Claim }): boolean => (e.claim.polarity === 'negative') !== (e.claim.modality === 'denied')
/**
 * True when one claim negates an act at another time than the other asserts it ("will not raid" / "had raided"), or in
 * other periods ("will close the plant next year" / "the plant will stay open this year"): no answer to it. Pure.
 */
function clashingTimes(a: Entry, b: Entry): boolean {
  const negated = (e: Entry): boolean => e.claim.polarity === 'negative' && e.claim.modality !== 'denied'
  if (negated(a) === negated(b)) return false
  const [x, y] = [periodsOf(claimText(a)), periodsOf(claimText(b))]
  if (x.size > 0 && y.size > 0 && ![...x].some((p) => y.has(p))) return true
  return negated(a) ? timesClash(claimText(a), claimText(b)) : timesClash(claimText(b), claimText(a))
}
/** "Has no plans to", "no intention of": an act to come ruled out. */
const NO_PLANS = /\bno\s+(?:plans?|intention|intent)\s+(?:to|of)\b/iu
/** "Will", "would", "plans to", "is going to": an act to come announced. */
const ACT_TO_COME = /\b(?:will|would|shall|(?:is|are)\s+(?:going\s+)?to|plans?\s+to|intends?\s+to)\b|['’]ll\b/iu

/**
 * True when two outlets tell one speaker both to announce an act to come and to rule it out ("will update its guidance"
 * / "has no plans to change its guidance", "will close the plant" / "the plant will stay open"): a contest of accounts.
 * Other words of one speaker that a negation seems to answer are mostly one statement quoted at two lengths. Pure.
 */
function actToComeRuledOut(negated: Entry, other: Entry): boolean {
  const [no, yes] = [claimText(negated), claimText(other)]
  return negated.syndicate !== other.syndicate && (NO_PLANS.test(no) || KEPT_OPEN.test(no) || negatedAct(no)?.time === 'ahead') && ACT_TO_COME.test(yes)
}
const aligns = (shared: number, cosine: number): boolean => ALIGN_TIERS.some((tier) => shared >= tier.shared && cosine >= tier.cosine)

interface Entry {
  readonly article: AnalyzedArticle
  readonly claim: Claim
  readonly syndicate: string
  readonly speaker: string
  readonly terms: ReadonlySet<string>
}

/**
 * "Disputed the company's account", "rejected the ministry's version of events": a denial naming what it denies only by
 * whose it is, which shares no words with that party's claim.
 */
const ACCOUNT_OF = /^(?:the\s+)?(?<owner>[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)['’]s?\s+(?:(?:own|earlier|official|initial)\s+)?(?:account|version(?:\s+of\s+events)?|claims?|statements?|explanation|narrative|figures|timeline)\s*$/iu

/**
 * The claim a denial of a party's account (`ACCOUNT_OF`) answers: the latest one before it in its article by a speaker the
 * owner names (one of the speaker's names, or the head noun its name ends in: "the company" for Hollin Water Company);
 * undefined when none is. Pure; linear in the claims.
 */
function accountDisputed(entries: readonly Entry[], i: number, actors: ActorIndex): number | undefined {
  const denial = entries[i]!
  if (denial.claim.modality !== 'denied') return undefined
  const owner = ACCOUNT_OF.exec(denial.article.article.text.slice(denial.claim.span.start, denial.claim.span.end))?.groups?.owner
  if (!owner) return undefined
  const head = owner.toLowerCase().split(/\s+/u).pop()!
  const named = (speaker: string): boolean => {
    const name = (actors.byId(speaker)?.name ?? speaker.split(':').pop() ?? '').toLowerCase()
    return actors.byName(owner) === speaker || name.split(/\s+/u).pop() === head
  }
  let found: number | undefined
  entries.forEach((e, j) => {
    if (e.article !== denial.article || isDenial(e) || e.speaker === denial.speaker || e.claim.span.end > denial.claim.span.start || !named(e.speaker)) return
    if (found === undefined || entries[found]!.claim.span.start < e.claim.span.start) found = j
  })
  return found
}

/** Aligns the claims of all articles; returns contested, agreed, then single-source groups. Pure. */
export function alignClaims(articles: readonly AnalyzedArticle[], actors: ActorIndex, syndicate: (articleId: string) => string): ClaimGroup[] {
  const entries: Entry[] = articles.flatMap((article) => article.claims.map((claim) => ({
    article, claim, syndicate: syndicate(article.article.id), terms: new Set(claim.terms),
    speaker: actors.voiceOf(article.article.id, claim.voice),
  })))
  const weight = idfWeights(entries)
  const names = entries.map(nameTerms)
  // How many terms two claims share that name no actor in them: a speaker's name and title alone tie no two statements.
  // With `words`, figures' terms count for nothing: a sum and the noun it prices ("the $4.1 billion project") are no statement.
  const contentShared = (i: number, j: number, words = false): number => {
    let n = 0
    for (const t of entries[i]!.terms) if (entries[j]!.terms.has(t) && !names[i]!.has(t) && !names[j]!.has(t) && !WEAK_TERMS.has(t) && !(words && FIGURE_TERM.test(t))) n++
    return n
  }
  const parties = entries.map((e) => partiesOf(e, actors))
  const otherDoers = (i: number, j: number): boolean => doneByOther(parties[i]!, parties[j]!)
  // One named speaker's words quoted here and paraphrased there ("We will not pay a single cent" / "the government would
  // not pay") share few terms at a low cosine: for one speaker, a shared verb or noun and one more content word, half the
  // shorter claim's, will do, of one polarity (a "not" on one side only is left to the strict match and to denials), unless
  // both give figures that answer two questions ("threatens 800 jobs" / "cut 800 jobs").
  const contentTerms = entries.map((e, i) => [...e.terms].filter((t) => !names[i]!.has(t) && !WEAK_TERMS.has(t) && !FIGURE_TERM.test(t)))
  const paraphrased = (i: number, j: number): boolean => {
    const [a, b] = [entries[i]!, entries[j]!]
    if (a.speaker !== b.speaker || voiceKey(a.speaker, a.syndicate) !== a.speaker || negates(a) !== negates(b) || otherFigures(a, b)) return false
    const shared = contentShared(i, j, true)
    return shared >= MIN_CONTENT_SHARED && shared >= PARAPHRASE_COVER * Math.min(contentTerms[i]!.length, contentTerms[j]!.length)
      && contentTerms[i]!.some((t) => b.terms.has(t) && (eventWordsOf(a).has(t) || eventWordsOf(b).has(t)))
  }
  const norms = entries.map((e) => Math.sqrt([...e.terms].reduce((sum, t) => sum + weight(t) ** 2, 0)))
  const score = (i: number, j: number): { cosine: number; shared: number } => {
    let dot = 0
    let shared = 0
    for (const t of entries[i]!.terms) if (entries[j]!.terms.has(t)) { dot += weight(t) ** 2; shared++ }
    return { cosine: dot / (norms[i]! * norms[j]! || 1), shared }
  }
  const index = invertedIndex(entries)
  // The other claims sharing a term with claim `i`, each once.
  const candidates = (i: number): Set<number> => {
    const out = new Set<number>()
    for (const t of entries[i]!.terms) for (const j of index.get(t) ?? []) if (j !== i) out.add(j)
    return out
  }
  // For each claim, its best candidate in every other article.
  const best = entries.map(() => new Map<string, { j: number; cosine: number }>())
  entries.forEach((entry, i) => {
    for (const j of candidates(i)) {
      if (entries[j]!.syndicate === entry.syndicate || callsToAct(entry) !== callsToAct(entries[j]!)) continue
      const { cosine, shared } = score(i, j)
      const matched = (aligns(shared, cosine) && contentShared(i, j, true) >= MIN_CONTENT_SHARED && samePredicate(entry, entries[j]!)) || paraphrased(i, j)
      if (!matched || otherDoers(i, j)) continue
      // A negation ties two claims only when they are near-identical otherwise: "was not caused by X" vs "was caused by X",
      // and of one time: "are not raiding the fund" denies no "had raided the fund".
      if (negates(entry) !== negates(entries[j]!) && (cosine < OPPOSED_COSINE || clashingTimes(entry, entries[j]!))) continue
      const other = entries[j]!.article.article.id
      const current = best[i]!.get(other)
      if (!current || cosine > current.cosine) best[i]!.set(other, { j, cosine })
    }
  })
  // The claim another speaker asserts that a denial or negation answers best.
  const deniedClaim = (i: number): number | undefined => {
    const entry = entries[i]!
    const scope = entry.claim.modality === 'denied' ? undefined : negationScope(entry)
    let closest: { j: number; cosine: number } | undefined
    for (const j of candidates(i)) {
      const other = entries[j]!
      // Words inside a negated claim's own are no other claim it answers (an attribution read twice over one quotation);
      // a denial of the words it reports ("accuses Kabul of X, a charge the Taliban deny") still answers them.
      if (isDenial(other) || (other.speaker === entry.speaker && !actToComeRuledOut(entry, other)) || (entry.claim.modality !== 'denied' && other.article === entry.article && contains(entry.claim.span, other.claim.span))) continue
      const { cosine, shared } = score(i, j)
      if (answers(entry, shared, cosine) && contentShared(i, j) > 0 && (scope === undefined || negatesShared(scope, entry, other)) && !clashingTimes(entry, other) && (!closest || cosine > closest.cosine)) closest = { j, cosine }
    }
    return closest?.j
  }
  const sets = unionFind(entries.length)
  entries.forEach((entry, i) => {
    for (const { j } of best[i]!.values()) if (best[j]!.get(entry.article.article.id)?.j === i) sets.union(i, j)
  })
  const componentsOf = (): Map<number, number[]> => {
    const found = new Map<number, number[]>()
    entries.forEach((_, i) => {
      const root = sets.find(i)
      const members = found.get(root)
      if (members) members.push(i)
      else found.set(root, [i])
    })
    return found
  }
  let components = componentsOf()
  const groups: ClaimGroup[] = []
  // "Survivors said the gate had been locked" / "The owner denied that the gate had been locked": a
  // denial or negation by one speaker of what another asserts is a contest, in one article or across.
  const grouped = (i: number): boolean => (components.get(sets.find(i))?.length ?? 1) > 1
  const denials = new Set<number>()
  // Each asserted claim a denial answers, with every denial that answers it: a headline's and a body's denial contest one claim.
  const contests = new Map<number, number[]>()
  const answered: Array<readonly [number, number]> = []
  entries.forEach((entry, i) => {
    if (!isDenial(entry)) return
    if (grouped(i)) {
      // "X has not agreed" here, "reports that X agreed are false" there: denials that agree answer one assertion together.
      const members = components.get(sets.find(i))!
      if (!members.every((m) => negates(entries[m]!)) || answered.some(([a]) => sets.find(a) === sets.find(i))) return
      const j = deniedClaim(i)
      if (j !== undefined && !grouped(j) && !denials.has(j) && !answered.some(([, b]) => b === j)) answered.push([i, j])
      return
    }
    const j = deniedClaim(i) ?? accountDisputed(entries, i, actors)
    if (j === undefined) return
    // The claim it answers is already aligned with others (a headline and its denial): the denial joins them.
    if (grouped(j)) { answered.push([i, j]); return }
    denials.add(i).add(j)
    contests.set(j, [...(contests.get(j) ?? []), i])
  })
  for (const [j, list] of contests) groups.push(groupOf([entries[j]!, ...list.map((i) => entries[i]!)], articles, actors, 'aligned'))
  for (const [i, j] of answered) if (!denials.has(j)) sets.union(i, j)
  components = componentsOf()
  // A statement another article carries inside a longer one ("he will be cleared" in a longer quotation
  // of the lawyer, already aligned with another part of it) is no omission: it joins that statement's group.
  entries.forEach((entry, i) => {
    if (grouped(i) || denials.has(i) || isDenial(entry)) return
    const holders = [...candidates(i)].filter((j) => entries[j]!.syndicate !== entry.syndicate && !denials.has(j) && !isDenial(entries[j]!) && samePredicate(entry, entries[j]!) && (oneHolds(entry, entries[j]!, contentShared(i, j)) || (sameFigureFact(entry, entries[j]!, contentShared(i, j)) && !otherDoers(i, j))))
    // The holder sharing the most, not the first found.
    const holder = holders.sort((x, y) => contentShared(i, y) - contentShared(i, x))[0]
    if (holder !== undefined) sets.union(i, holder)
  })
  components = componentsOf()
  for (const members of components.values()) {
    if (members.some((i) => denials.has(i))) continue
    const list = members.map((i) => entries[i]!)
    const independent = new Set(list.map((e) => e.syndicate)).size
    if (independent >= 2) groups.push(groupOf(list, articles, actors, 'aligned'))
    // One speaker's lone statement is news; the outlet's own (or its author's) is not.
    else if (list.length === 1 && !list[0]!.speaker.startsWith('outlet:') && list[0]!.speaker !== 'unknown') groups.push(groupOf(list, articles, actors, 'single'))
  }
  for (const list of figureDisputes(entries, sets, contentShared)) {
    const group = groupOf(list, articles, actors, 'aligned')
    if (group.status === 'contested') groups.push(group)
  }
  const indexOf = new Map(entries.map((e, i) => [e, i]))
  for (const [a, b] of knowledgeDisputes(entries, actors)) {
    if (sets.find(indexOf.get(a.entry)!) === sets.find(indexOf.get(b.entry)!)) continue
    const dated = (k: typeof a): string => `"${k.words}" (${k.entry.speaker === 'unknown' ? 'unnamed source' : k.entry.speaker} [${k.entry.article.article.id}])`
    groups.push({ ...groupOf([a.entry, b.entry], articles, actors, 'aligned'), status: 'contested', dispute: 'knowledge', explanation: `${KNOWLEDGE_DISPUTE}: ${a.knower}, ${dated(a)} vs ${dated(b)}.` })
  }
  const order = { contested: 0, agreed: 1, 'single-source': 2 } as const
  return groups.sort((a, b) => order[a.status] - order[b.status] || b.claims.length - a.claims.length || firstPlace(a).localeCompare(firstPlace(b)))
}

function firstPlace(group: ClaimGroup): string {
  const c = group.claims[0]!
  return `${c.articleId}:${String(c.start).padStart(9, '0')}`
}

/**
 * Claims of independent articles that count one noun with figures that cannot both be true ("37
 * batches were recalled" / "42 batches had been withdrawn"), though too unlike to align as a whole:
 * they must still share two content terms that are no figure or name, the noun's among them, and
 * the figures must be of one holder, and both changes or both levels ("lost 60 seats" disputes no
 * "hold 240 seats"). Claims already aligned with each other are compared there,
 * and claims holding a facet (a toll, an amount, a level) are compared as facets.
 * Claims are indexed by counted noun, so only claims counting one noun are paired. So are claims
 * measuring one thing in a unit no facet covers ("16 weeks of severance pay" / "12 weeks' severance"):
 * the thing named ties them, and one more shared term for how long an act takes ("will take 18 months"). Pure.
 */
function figureDisputes(entries: readonly Entry[], aligned: { find(i: number): number }, contentShared: (i: number, j: number) => number): Entry[][] {
  const byNoun = new Map<string, Array<{ i: number; quantity: Quantity }>>()
  entries.forEach((entry, i) => {
    // Tolls, amounts and levels are facets, compared as such: a claim holding one is left to them.
    if (entry.claim.facets.length > 0) return
    const found = quantitiesIn(entry.article.article.text.slice(entry.claim.span.start, entry.claim.span.end)).filter((q) => !RATE_NOUNS.has(q.head))
    for (const quantity of found) {
      if (found.filter((q) => q.head === quantity.head).length === 1) byNoun.set(quantity.head, [...(byNoun.get(quantity.head) ?? []), { i, quantity }])
    }
  })
  const disputes = unionFind(entries.length)
  const disputed = new Set<number>()
  for (const counts of byNoun.values()) {
    counts.forEach((a, x) => {
      for (const b of counts.slice(x + 1)) {
        const [ea, eb] = [entries[a.i]!, entries[b.i]!]
        if (ea.syndicate === eb.syndicate || aligned.find(a.i) === aligned.find(b.i) || a.quantity.change !== b.quantity.change || !sameModalityClass(ea, eb)) continue
        if (a.quantity.min <= b.quantity.max && b.quantity.min <= a.quantity.max) continue
        if (contentShared(a.i, b.i) - sharedFigures(ea, eb) < 2) continue
        disputes.union(a.i, b.i)
        disputed.add(a.i).add(b.i)
      }
    })
  }
  // Measures of one thing are candidates too; their time and parties are weighed where the group is judged (`conflictingFigures`).
  const measures = entries.flatMap((entry, i) => (entry.claim.facets.length > 0 ? [] : onePerThing(measuresIn(claimText(entry))).map((measure) => ({ i, measure }))))
  measures.forEach((a, x) => {
    for (const b of measures.slice(x + 1)) {
      const [ea, eb] = [entries[a.i]!, entries[b.i]!]
      if (ea.syndicate === eb.syndicate || aligned.find(a.i) === aligned.find(b.i) || !sameModalityClass(ea, eb) || !sameThing(a.measure, b.measure) || !measuresClash(a.measure, b.measure)) continue
      // How long an act takes ties no two claims by the thing measured: they must share two content terms, as counts do.
      if (contentShared(a.i, b.i) - sharedFigures(ea, eb) < (a.measure.thing[0] === 'take' ? 2 : 1)) continue
      disputes.union(a.i, b.i)
      disputed.add(a.i).add(b.i)
    }
  })
  const lists = new Map<number, Entry[]>()
  for (const i of [...disputed].sort((x, y) => x - y)) lists.set(disputes.find(i), [...(lists.get(disputes.find(i)) ?? []), entries[i]!])
  return [...lists.values()]
}

/** Nouns of rates and shares, levels the indicator facet compares with their rounding. */
const RATE_NOUNS = new Set(['percent', 'per', 'percentage', 'point'])

/** How many figure terms ("37", "1000000") two claims share. Pure. */
function sharedFigures(a: Entry, b: Entry): number {
  let n = 0
  for (const t of a.terms) if (FIGURE_TERM.test(t) && b.terms.has(t)) n++
  return n
}

/**
 * Content terms a statement must share with a longer one that holds all its terms to be carried by it:
 * three of one speaker's words ("he will be vindicated"), five of two outlets' own voices, since three
 * alone are often a phrase many statements name ("religious freedom law"). Two different quoted
 * speakers never: one's longer statement holding the other's words is as often a rebuttal of them
 * ("the claim that he wired $2 million … was a fiction").
 */
const MIN_HELD = { sameSpeaker: 3, outlets: 5 } as const

/** True when all terms of the shorter claim are the longer one's, `shared` of them content. Pure. */
function oneHolds(a: Entry, b: Entry, shared: number): boolean {
  const [short, long] = a.terms.size <= b.terms.size ? [a, b] : [b, a]
  const sameSpeaker = a.speaker === b.speaker && a.speaker !== 'unknown' && !a.speaker.startsWith('outlet:')
  const outlets = a.speaker.startsWith('outlet:') && b.speaker.startsWith('outlet:')
  const needed = sameSpeaker ? MIN_HELD.sameSpeaker : outlets ? MIN_HELD.outlets : Infinity
  return shared >= needed && [...short.terms].every((t) => long.terms.has(t))
}

/** How wide a rounded figure ("about 40,000": 35,000 to 45,000; "about 10": 7.5 to 12.5) may be and still name one figure; "dozens" is none. */
const NEAR_FIGURE = (1 + MOST_HEDGED) / (1 - MOST_HEDGED) + 1e-9

/**
 * True when two statements count something with one exact figure above one and share a content word besides it
 * ("recalled 40,000 cars" / "40,000 vehicles were recalled"): one fact in other words, too short to align by cosine,
 * is no omission on either side; "about 40,000" holds 40,000. Days of dates and vague figures ("dozens") tie nothing. Pure.
 */
function sameFigureFact(a: Entry, b: Entry, shared: number): boolean {
  const [x, y] = [a, b].map((e) => quantitiesIn(claimText(e)).filter((q) => q.min > 1 && q.max <= q.min * NEAR_FIGURE)) as [Quantity[], Quantity[]]
  const within = (q: Quantity, o: Quantity): boolean => q.min === q.max && o.min <= q.min && q.min <= o.max && o.change === q.change
  return x.some((q) => y.some((o) => within(q, o) || within(o, q))) && shared - sharedFigures(a, b) >= 1
}

/** The actors a claim names (canonical), and its subject: the one it opens with ("The US imposed …"). */
interface Parties { readonly subject: string | undefined; readonly named: ReadonlySet<string> }

function partiesOf(entry: Entry, actors: ActorIndex): Parties {
  const { id, text } = entry.article.article
  const mentions = mentionsStartingIn(entry.article.mentions, entry.claim.span.start, entry.claim.span.end)
  const canonical = (local: string): string => actors.canonical(id, local) ?? local
  const opening = mentions.find((m) => /^\s*(?:the\s+)?$/iu.test(text.slice(entry.claim.span.start, m.span.start)))
  return { subject: opening ? canonical(opening.actor) : undefined, named: new Set(mentions.map((m) => canonical(m.actor))) }
}

/**
 * True when two claims open with different doers, each named in the other's words as the party acted on ("The US imposed
 * tariffs on EU steel" / "The EU imposed counter-tariffs on US whiskey"): two acts, one answering the other, not one fact. Pure.
 */
const doneByOther = (a: Parties, b: Parties): boolean =>
  a.subject !== undefined && b.subject !== undefined && a.subject !== b.subject && a.named.has(b.subject) && b.named.has(a.subject)

/** Terms two aligned claims must share besides names: one shared word ("blame", "letter") is a coincidence. */
const MIN_CONTENT_SHARED = 2
/** The share of the shorter claim's content terms one speaker's paraphrase must hold. */
const PARAPHRASE_COVER = 0.5

/**
 * True when two claims say one thing happened: a verb of one is a verb or a noun of the other
 * ("were killed" / "were killed", "banned" / "the ban"), give figures of one facet for one
 * group ("twelve soldiers dead" / "12 soldiers were killed") or tell acts of one PLOVER category. Shared names, ages, figures and nouns
 * alone ("the 26-year-old … world championships") tie no two statements. Claims with no verb
 * (or read before verbs were kept) are let through. Pure.
 */
function samePredicate(a: Entry, b: Entry): boolean {
  // Words with no verb of their own ("offered | 2,000 euros to every passenger") leave their act to the cue, unread here.
  if (!a.claim.verbs?.length || !b.claim.verbs?.length) return true
  const [ofA, ofB] = [eventWordsOf(a), eventWordsOf(b)]
  return a.claim.verbs.some((t) => ofB.has(t)) || b.claim.verbs.some((t) => ofA.has(t)) || sameFacetFigure(a, b) || sameEventType(a, b)
}

/** A claim's verbs and nouns: the words that can tell what happened. */
const eventWordsOf = readOnce((e: Entry): ReadonlySet<string> => new Set([...(e.claim.verbs ?? []), ...(e.claim.nouns ?? [])]))

/** True when both claims tell an act of one PLOVER category ("opened fire" / "shelled": ASSAULT). Pure. */
function sameEventType(a: Entry, b: Entry): boolean {
  const ofB = eventTypesOf(b)
  return [...eventTypesOf(a)].some((t) => ofB.has(t))
}
/** The PLOVER categories of the acts a claim tells, read once per claim. */
const eventTypesOf = readOnce((e: Entry): ReadonlySet<string> => new Set(e.article.events.filter((v) => contains(e.claim.span, v.trigger)).map((v) => v.type)))

/**
 * True when both claims give a figure of one counted facet and kind (`figureKind`): one question
 * answered, alike or not ("had burned about 4,500 acres" / "grew to about 18,000 acres"), which the
 * figures then agree on, update or contest; "threatens 800 jobs" and "cut 800 jobs" answer two. Pure.
 */
function sameFacetFigure(a: Entry, b: Entry): boolean {
  const ofB = new Set(countedFacetsOf(b).map(figureKind))
  return countedFacetsOf(a).some((v) => ofB.has(figureKind(v)))
}

/** True when both claims give figures of counted facets, none of one kind: two questions answered. Pure. */
const otherFigures = (a: Entry, b: Entry): boolean => countedFacetsOf(a).length > 0 && countedFacetsOf(b).length > 0 && !sameFacetFigure(a, b)

/** The figures of counted facets (tolls, counts, amounts) inside a claim's words. */
const countedFacetsOf = readOnce((e: Entry): readonly FacetValue[] =>
  e.article.facets.filter((v) => COUNTED_FACETS.has(v.facet) && contains(e.claim.span, v.span)))

/** What a counted figure answers: facet, victims, unit, and whether reported, asked for or projected. */
const figureKind = (v: FacetValue): string => `${v.facet}|${v.victims ?? ''}|${v.unit ?? ''}|${QUALIFIED_MODALITIES.has(v.modality) ? v.modality : ''}`
/** A figure's terms: "4.1", "1000000000". */
const FIGURE_TERM = /^\d/u
/** "One" is more often a pronoun ("no one is to blame", "one of them") than a figure. */
const WEAK_TERMS = new Set(['1'])

/** The terms of the words by which a claim names actors ("Minister Andrei Vlădescu", "the union's"): no content of the statement. Pure. */
function nameTerms(entry: Entry): Set<string> {
  const out = new Set<string>()
  const { text } = entry.article.article
  for (const mention of mentionsStartingIn(entry.article.mentions, entry.claim.span.start, entry.claim.span.end)) {
    const place = placeTerm(text.slice(mention.span.start, mention.span.end))
    if (place) out.add(place)
    for (const word of text.slice(mention.span.start, mention.span.end).split(/[^\p{L}\p{N}'’]+/u)) {
      const term = word ? termOf(word, word.normalize('NFD').replace(/\p{M}/gu, '')) : undefined
      if (term) out.add(term)
    }
  }
  return out
}

/** Inverse document frequency over claims: a term in few claims ties claims more strongly. */
function idfWeights(entries: readonly Entry[]): (term: string) => number {
  const df = new Map<string, number>()
  for (const e of entries) for (const t of e.terms) df.set(t, (df.get(t) ?? 0) + 1)
  const n = Math.max(1, entries.length)
  return (term) => Math.log(1 + n / (df.get(term) ?? 1))
}

/** Claims by term, leaving out terms so common they would make every pair a candidate. */
function invertedIndex(entries: readonly Entry[]): Map<string, number[]> {
  const index = new Map<string, number[]>()
  entries.forEach((e, i) => {
    for (const t of e.terms) {
      const list = index.get(t)
      if (list) list.push(i)
      else index.set(t, [i])
    }
  })
  const limit = Math.max(12, Math.ceil(entries.length * 0.05))
  for (const [term, list] of index) if (list.length > limit) index.delete(term)
  return index
}

/** True when one claim's words, letters and digits only, stand inside the other's: one quotation cut at two lengths. Pure. */
function oneCutOfOther(a: Entry, b: Entry): boolean {
  const words = (e: Entry): string => e.article.article.text.slice(e.claim.span.start, e.claim.span.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  const [x, y] = [words(a), words(b)]
  return x.includes(y) || y.includes(x)
}

function groupOf(list: readonly Entry[], articles: readonly AnalyzedArticle[], actors: ActorIndex, kind: 'aligned' | 'single'): ClaimGroup {
  const sorted = [...list].sort((a, b) => a.article.article.id.localeCompare(b.article.article.id) || a.claim.span.start - b.claim.span.start)
  const claims = sorted.map((e) => ({
    articleId: e.article.article.id, start: e.claim.span.start, end: e.claim.span.end,
    speaker: e.speaker, modality: e.claim.modality, claim: e.claim.id, polarity: e.claim.polarity,
  }))
  const reporting = new Set(claims.map((c) => c.articleId))
  const missingFrom = articles.map((a) => a.article.id).filter((id) => !reporting.has(id))
  if (kind === 'single') {
    const only = sorted[0]!
    return {
      status: 'single-source', claims, sharedTerms: [], missingFrom,
      explanation: `Only article ${only.article.article.id} reports this statement by ${only.speaker}; ${missingFrom.length > 0 ? `${missingFrom.join(', ')} leave${missingFrom.length === 1 ? 's' : ''} it out` : 'no other article was given'}.`,
    }
  }
  const counts = new Map<string, number>()
  for (const e of sorted) for (const t of e.terms) counts.set(t, (counts.get(t) ?? 0) + 1)
  const sharedTerms = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t)
  const polarities = new Set(sorted.map((e) => e.claim.polarity))
  // "X has not agreed" and a denial that X agreed say one thing: a denial negates what it denies.
  // One speaker's words quoted at more length, a "not" in the longer cut, are no dispute; two outlets' different versions of them are.
  // The negation must reach the words the claims share: "we're not reading out details, but the lines remain open" negates no open lines.
  const voice = (e: Entry): string => voiceKey(e.speaker, e.syndicate)
  const opposed = sorted.some((a) => sorted.some((b) => negates(a) && !negates(b) && (voice(a) !== voice(b) || !oneCutOfOther(a, b)) &&
    (a.claim.modality === 'denied' || negatesShared(negationScope(a), a, b))))
  const reversed = opposed ? undefined : reversedActs(sorted, actors)
  const figures = opposed || reversed ? undefined : conflictingFigures(sorted, actors)
  const facetFigures = opposed || reversed || figures ? undefined : differingFacetFigures(sorted)
  const updated = facetFigures && (updatesFigure(facetFigures[1], facetFigures[0]) ? facetFigures : updatesFigure(facetFigures[0], facetFigures[1]) ? [facetFigures[1], facetFigures[0]] as const : undefined)
  const clash = facetFigures && !updated ? facetFigures : undefined
  const differ = opposed || reversed || figures || facetFigures ? undefined : differentFigures(sorted)
  const who = [...new Set(claims.map((c) => `${c.speaker} [${c.articleId}]`))].join('; ')
  // A denial of a party's account shares no terms with it (`accountDisputed`).
  const terms = sharedTerms.length > 0 ? `(shared terms: ${sharedTerms.slice(0, 6).join(', ')})` : '(a denial of its speaker\'s account)'
  const side = (f: Voiced): string => `"${f.article.article.text.slice(f.value.span.start, f.value.span.end)}" [${f.article.article.id}]`
  return {
    status: opposed || reversed || figures || clash ? 'contested' : 'agreed', claims, sharedTerms, missingFrom,
    ...(opposed ? { dispute: 'negation' as const } : reversed ? { dispute: 'roles' as const } : figures || clash ? { dispute: 'figures' as const } : {}),
    ...(updated ? { figuresUpdated: `${updated[0].value.facet}: ${updated.map((f) => `"${figureLabel(f.value)}" [${f.article.article.id}]`).join(' → ')}` } : {}),
    ...(differ ? { figuresDiffer: differ } : {}),
    explanation: opposed ? `The same proposition is asserted and ${polarities.size > 1 ? 'negated' : 'denied'}: ${who} ${terms}.`
      : reversed ? `Who did it to whom is disputed: ${reversed.map((act) => `${act.doer} → ${act.target} ("${act.words}") [${act.articleId}]`).join(' vs ')} ${terms}.`
      : figures ? `Figures for "${figures.head}" that cannot both be true: ${figures.sides.map((f) => `"${f.words}" [${f.articleId}]`).join(' vs ')} ${terms}.`
      : clash ? `Figures for "${clash[0].value.facet}" that cannot both be true: ${clash.map(side).join(' vs ')} ${terms}.`
      : `${reporting.size} articles carry this claim: ${who} ${terms}.`,
  }
}

/** An act a claim tells of, and whose voice tells it. */
interface VoicedAct extends PartyAct { readonly voice: string }

/**
 * The first two acts of one type that claims of independent voices tell with doer and target swapped: "Azerbaijani forces
 * opened fire on Armenian positions" against "Armenian forces shelled Azerbaijani positions", each side blaming the other.
 * Only acts the claim's words hold and the text says happened, between two parties. Pure.
 */
function reversedActs(entries: readonly Entry[], actors: ActorIndex): readonly [VoicedAct, VoicedAct] | undefined {
  const acts = entries.map((e): VoicedAct[] => partyActs(e.article, actors, e.claim.span).map((act) => ({ ...act, voice: voiceKey(e.speaker, e.syndicate) })))
  for (const [i, mine] of acts.entries()) {
    for (const theirs of acts.slice(i + 1)) {
      for (const a of mine) {
        const b = theirs.find((o) => o.voice !== a.voice && swapped(a, o))
        if (b) return [a, b]
      }
    }
  }
  return undefined
}

/**
 * The first two figures of one counted facet (a toll, a count, an amount) that claims of independent articles give
 * and that cannot both be true ("killing at least 40 people" / "the toll has risen to 85"), of one class of victims
 * and one unit, both reported or both asked for or projected: a statement told with other figures is no agreement.
 * The caller tells an update by one voice from a dispute. Pure.
 */
function differingFacetFigures(entries: readonly Entry[]): readonly [Voiced, Voiced] | undefined {
  const figures = entries.map((e) => countedFacetsOf(e)
    .map((value): Voiced & { readonly syndicate: string } => ({ article: e.article, value, speaker: e.speaker, syndicate: e.syndicate })))
  for (const [i, list] of figures.entries()) {
    for (const a of list) {
      for (const b of figures.slice(i + 1).flat()) {
        if (a.syndicate !== b.syndicate && figureKind(a.value) === figureKind(b.value) && !compatible(a.value.facet, a.value.value, b.value.value)) return [a, b]
      }
    }
  }
  return undefined
}

/**
 * Figures for one noun that claims of independent articles give and that share no value, though no dispute can be
 * read from them (other holders, other bases: "a 32 percent premium to the share price" / "a premium of only 21
 * percent over the three-month average"), as `"32 percent" [A] vs "21 percent" [B]`: the statement is carried, its
 * figures are not. Pure.
 */
function differentFigures(entries: readonly Entry[]): string | undefined {
  const figures = entries.map((e) => ({ e, found: quantitiesIn(claimText(e)), money: amountsIn(claimText(e)) }))
  for (const [i, { e: a, found: x, money: m }] of figures.entries()) {
    for (const { e: b, found: y, money: n } of figures.slice(i + 1)) {
      if (a.syndicate === b.syndicate) continue
      // Sums in other currencies are not converted: said to differ in their units, never disputed as one figure.
      if (m.length > 0 && n.length > 0 && !m.some((p) => n.some((q) => q.currency === p.currency))) {
        return `"${m[0]!.words}" [${a.article.article.id}] vs "${n[0]!.words}" [${b.article.article.id}] (other currencies, not converted)`
      }
      for (const p of x) {
        const q = y.find((o) => o.head === p.head && o.change === p.change)
        const apart = (m: Quantity, others: readonly Quantity[]): boolean => others.every((o) => o.head !== m.head || m.max < o.min || o.max < m.min)
        if (q && apart(p, y) && apart(q, x)) return `"${claimText(a).slice(p.start, p.end)}" [${a.article.article.id}] vs "${claimText(b).slice(q.start, q.end)}" [${b.article.article.id}]`
      }
    }
  }
  return undefined
}

/** A sum of money as written, with its currency: "₹500 crore", "$60 million", "Rs 40 lakh". */
const AMOUNT = new RegExp(`(US\\$|[$€£¥₹₽]|\\bRs\\.?)\\s?\\d[\\d,.]*(?:\\s+(?:${SCALE_WORD})\\b)?`, 'gu')
const amountsIn = (text: string): Array<{ words: string; currency: string }> =>
  [...text.matchAll(AMOUNT)].map((m) => ({ words: m[0], currency: currencyOf(m[1]!) }))

/** Figures asked for, ordered or projected are compared only with their like. */
const QUALIFIED_MODALITIES: ReadonlySet<string> = new Set(['demanded', 'predicted'])
/** True when two claims are both reports, or both asked for, or both projected: "ordered a recount in 12 precincts" disputes no "40 precincts had been reviewed". Pure. */
const sameModalityClass = (a: Entry, b: Entry): boolean =>
  (QUALIFIED_MODALITIES.has(a.claim.modality) ? a.claim.modality : '') === (QUALIFIED_MODALITIES.has(b.claim.modality) ? b.claim.modality : '')

/** A figure of a claim: a count of a noun, or a measure of a thing; whose it is when the claim names it. */
interface Figure {
  readonly words: string
  readonly articleId: string
  readonly holder: string | undefined
  /** The actor the claim names last before the figure: "after Jeb Bush released 33 years of returns". */
  readonly nearest: string | undefined
  readonly quantity?: Quantity
  readonly measure?: Measure
  /** The whole claim's words, whose time a measure is read against. */
  readonly claim: string
}

/**
 * Two figures for one noun in claims of independent articles whose ranges cannot overlap ("about
 * 5,000 protesters" against "some 50,000 protesters"). Only a noun each claim counts once is
 * compared: "rose 5 percent to 60 percent" holds two figures for one noun, for different things.
 * The figures must also be of one holder: "Banda received 46.1 percent" and "the President polled
 * 51 percent" are two candidates' shares, not two accounts of one; and both changes or both levels.
 * Measures of one thing ("16 weeks of severance pay" / "12 weeks' severance") must also be of one
 * time; a count within a measure ("3 percent" of "a 3 percent pay rise for nurses") is read as the measure.
 */
function conflictingFigures(entries: readonly Entry[], actors: ActorIndex): { head: string; sides: readonly [Figure, Figure] } | undefined {
  const figures = entries.map((e) => {
    const text = claimText(e)
    const kinds = new Map(e.article.actors.map((a) => [a.id, a.kind]))
    const figure = (start: number, end: number): Omit<Figure, 'quantity' | 'measure'> =>
      ({ words: text.slice(start, end), articleId: e.article.article.id, holder: holderBefore(e, kinds, e.claim.span.start + start, actors), nearest: holderBefore(e, kinds, e.claim.span.start + start, actors, 'nearest'), claim: text })
    const measures = onePerThing(measuresIn(text))
    // A facet's figure ("about 4,500 acres") is compared as the facet, which knows its updates (`differingFacetFigures`).
    const { start } = e.claim.span
    const facetSpans = countedFacetsOf(e).map((f) => f.span)
    const found = quantitiesIn(text).filter((q) => !measures.some((m) => m.start <= q.start && q.end <= m.end) &&
      !facetSpans.some((f) => f.start < start + q.end && start + q.start < f.end))
    return [
      ...found.filter((q) => found.filter((other) => other.head === q.head).length === 1).map((q): Figure => ({ ...figure(q.start, q.end), quantity: q })),
      ...measures.map((m): Figure => ({ ...figure(m.start, m.end), measure: m })),
    ]
  })
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      if (entries[i]!.syndicate === entries[j]!.syndicate) continue
      for (const a of figures[i]!) {
        const b = figures[j]!.find((f) => figuresClash(a, f) && (a.quantity !== undefined || oneParty(a, f)))
        if (b) return { head: a.quantity?.head ?? measured(a.measure!), sides: [a, b] }
      }
    }
  }
  return undefined
}

/** True when two figures of one holder are for one thing and cannot both be true. Pure. */
function figuresClash(a: Figure, b: Figure): boolean {
  if (a.quantity && b.quantity) {
    return a.holder === b.holder && a.quantity.head === b.quantity.head && a.quantity.change === b.quantity.change && (a.quantity.max < b.quantity.min || b.quantity.max < a.quantity.min)
  }
  return a.measure !== undefined && b.measure !== undefined && sameThing(a.measure, b.measure) && measuresClash(a.measure, b.measure) && samePeriod(a.claim, b.claim)
}

/**
 * True when two measures are of one party: both name none, or they share one, the actor or name written last before
 * the figure or who gets it ("the ministry agreed a 3 percent pay rise for nurses" and "nurses will get a 5% raise" share
 * nurses). A party named on one side only may be another's: "after Jeb Bush released 33 years of returns" is no
 * account of "released her most recent eight years of tax returns". Pure.
 */
function oneParty(a: Figure, b: Figure): boolean {
  // An actor by the words of its id without its kind ("org:health ministry": health, ministry).
  const parties = (f: Figure): Set<string> => new Set([...`${(f.nearest ?? '').replace(/^[^:]*:+/u, '')} ${f.measure?.named ?? ''}`.split(/[^\p{L}]+/u), f.measure?.recipient ?? '']
    .filter(Boolean).map((w) => singular(w)))
  const [x, y] = [parties(a), parties(b)]
  return (x.size === 0 && y.size === 0) || [...x].some((p) => y.has(p))
}

/** A claim's words. Pure. */
const claimText = (entry: Entry): string => entry.article.article.text.slice(entry.claim.span.start, entry.claim.span.end)

/** The measures of a claim of a thing it measures once: "16 weeks of notice and 20 weeks of notice" holds two figures for different staff. Pure. */
const onePerThing = (measures: readonly Measure[]): Measure[] => measures.filter((m) => measures.filter((other) => sameThing(m, other)).length === 1)

/**
 * Words that put a figure in a period: a year, "last year", "next quarter", "in March", "two years ago". Days
 * ("on Monday") are left out: they date the telling more often than the thing told.
 */
const PERIOD = /\b(?:(?:19|20)\d\d|(?:last|this|next|previous|coming|past|current)\s+(?:year|month|week|quarter|spring|summer|autumn|fall|winter|season|term)|(?:in|since|until|by)\s+(?:January|February|March|April|June|July|August|September|October|November|December)|\w+\s+(?:years?|months?|weeks?)\s+ago)\b/giu

/** The periods a claim's words name, lower case. Pure. */
const periodsOf = (text: string): Set<string> => new Set([...text.matchAll(PERIOD)].map((m) => m[0].toLowerCase().replace(/\s+/gu, ' ')))

/** True when two claims name the same periods, or none: "a 3 percent rise last year" is no account of "a 5% rise this year". Pure. */
function samePeriod(a: string, b: string): boolean {
  const [x, y] = [periodsOf(a), periodsOf(b)]
  return x.size === y.size && [...x].every((p) => y.has(p))
}

/**
 * Whose a figure at `at` is: the canonical actor the claim names first before it, its subject (or, `nearest`, last),
 * other than a place ("in Lusaka"); none when it names none.
 */
function holderBefore(entry: Entry, kinds: ReadonlyMap<string, Actor['kind']>, at: number, actors: ActorIndex, which: 'first' | 'nearest' = 'first'): string | undefined {
  // Mentions are sorted by start: a mention ending by `at` starts before it.
  const before = mentionsStartingIn(entry.article.mentions, entry.claim.span.start, at).filter((m) => m.span.end <= at && kinds.get(m.actor) !== 'place')
  const mention = which === 'first' ? before[0] : before[before.length - 1]
  return mention ? actors.canonical(entry.article.article.id, mention.actor) ?? mention.actor : undefined
}
