/**
 * @module analyze/attribution/cues — reporting verbs and phrases that introduce what someone said
 * or believes. Verb lemmas follow the reporting-verb classes of PARC 3.0 (Pareti 2016,
 * https://doi.org/10.1007/s10579-015-9324-0) and Krestel et al. 2008 (reported speech in news).
 */
import { MONTH_NAMES } from '../events/dates.js'

/** Lemmas of verbs that report speech or writing. */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'claim', 'insist', 'state', 'declare', 'announce', 'argue', 'assert', 'deny', 'urge', 'accuse',
  'warn', 'note', 'explain', 'write', 'report', 'confirm', 'suggest', 'stress', 'emphasize', 'emphasise', 'reiterate',
  'allege', 'admit', 'acknowledge', 'complain', 'threaten', 'vow', 'promise', 'predict', 'demand', 'ask', 'question',
  'recall', 'charge', 'contend', 'maintain', 'observe', 'remark', 'reply', 'respond', 'comment', 'testify', 'tweet',
  'concede', 'estimate', 'counter', 'caution', 'describe', 'call', 'label', 'brand', 'dismiss', 'praise',
  'condemn', 'criticize', 'criticise', 'propose', 'recommend', 'indicate', 'show', 'reveal', 'disclose', 'mention',
  'point', 'agree', 'disagree', 'compare', 'boast', 'joke', 'quip', 'lament', 'concur', 'proclaim', 'insinuate', 'imply',
  'signal', 'hint', 'affirm', 'inform', 'assure', 'remind', 'conclude', 'find', 'announce', 'order', 'instruct', 'swear',
])

/** Lemmas of verbs that report a belief or perception rather than speech. */
export const BELIEF_VERBS = new Set([
  'believe', 'think', 'feel', 'fear', 'hope', 'expect', 'suspect', 'doubt', 'know', 'understand', 'worry', 'consider',
  'assume', 'guess', 'reckon', 'wonder', 'see', 'view', 'regard', 'recognize', 'recognise', 'realize', 'realise',
])

/** Verbs whose object comes before the reported content ("told reporters that", "urged Iran to"). */
export const OBJECT_FIRST = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'ask', 'urge', 'accuse', 'order', 'instruct', 'caution', 'call', 'describe', 'label', 'brand'])

/**
 * Nouns of statements that carry a proposition someone may deny or call false ("the accusation that",
 * "reports that", "a charge the Taliban deny"); one list for the rules that read them.
 */
export const STATEMENT_NOUN = String.raw`(?:claims?|reports?|allegations?|accusations?|charges?|suggestions?|assertions?|rumou?rs?|accounts?|speculation)`

/** Cues that mark the content as demanded, denied or hedged rather than simply asserted. */
export const DEMAND_VERBS = new Set(['urge', 'demand', 'ask', 'call', 'order', 'instruct', 'propose', 'recommend'])
export const DENIAL_VERBS = new Set(['deny', 'dismiss', 'reject', 'disagree', 'doubt'])
export const HEDGED_VERBS = new Set(['claim', 'allege', 'suggest', 'suspect', 'believe', 'think', 'insinuate', 'imply', 'hint', 'estimate', 'guess'])

/** Nouns of where a statement was made: "in a statement", "in his nightly video address", "at a news conference". */
const VENUE_NOUN = '(?:statement|communiqu[eé]|interview|letter|post|tweet|address|speech|message|video|briefing|conference|broadcast|op-ed|column|podcast|e-?mail|remarks|appearance|rally|hearing)s?'
/** Words that end the modifiers of a venue noun ("in an effort to address" is no venue). */
const NOT_VENUE_MODIFIER = '(?:to|of|and|or|that|which|who|for|with|on|by|from|as|is|was|were|are|be)'
/** A capitalised word of a name, with its possessive ("CNN's") but no closing quotation mark. */
const NAME_WORD = "\\p{Lu}[\\p{L}.-]*(?:['’]s)?"
/** What may follow the venue, before punctuation or "that": the platform of a post ("on X") or the interviewer ("with the BBC", "with CNN's Jake Tapper"). */
const VENUE_TAIL = `\\s+(?:on\\s+(?:X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|LinkedIn|Truth\\s+Social|social\\s+media)|with\\s+(?:the\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})(?=\\s*(?:[,.;:!?"“”]|that\\b|$))`
/** A venue: "in his nightly video address", "at a news conference". */
const VENUE_PHRASE = `\\s+(?:in|during|at)\\s+(?:a|an|its|his|her|their|the)\\s+(?:(?!${NOT_VENUE_MODIFIER}\\b)[\\p{L}-]+\\s+){0,3}${VENUE_NOUN}`
/** Where a statement was made, right after its verb ("said in his nightly video address", "said in a post on X"): part of the cue. Anchored. */
const VENUE = `^${VENUE_PHRASE}\\b`
const VENUE_AFTER_CUE = new RegExp(`${VENUE}(?:${VENUE_TAIL})?`, 'u')
const VENUE_WITHOUT_TAIL = new RegExp(VENUE, 'u')
/** Characters after a verb searched for its venue. */
const VENUE_REACH = 90

/** The length of the venue phrase that starts at `at` in `text` (right after a reporting verb), or 0; `tail` false leaves out "on X", "with the BBC". Pure. */
export function venueLength(text: string, at: number, tail = true): number {
  return (tail ? VENUE_AFTER_CUE : VENUE_WITHOUT_TAIL).exec(text.slice(at, at + VENUE_REACH))?.[0].length ?? 0
}

/** A venue with its day closing a content: "(called for calm) in a televised address on Monday". */
const VENUE_CLOSING = new RegExp(`${VENUE_PHRASE}(?:\\s+(?:on|last|this|late|early)?\\s*(?:\\p{Lu}\\p{Ll}+day|today|yesterday|night|morning|evening|week))*[\\s.]*$`, 'u')

/** Where a content ends before a venue that closes it ("calm | in a televised address on Monday"), or its end. Pure. */
export function endBeforeVenue(text: string, content: { readonly start: number; readonly end: number }): number {
  const venue = VENUE_CLOSING.exec(text.slice(content.start, content.end))
  return venue && venue.index > 0 ? content.start + venue.index : content.end
}

/** A number in digits or words, as casualty figures are given. */
const FIGURE = '(?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens)\\b)'

/** Verbs of a body's count of casualties: "The coast guard now counts 14 dead". */
const COUNT_VERB = '(?:counts|counted|tallies|tallied)'
/** A count a possessor gives, after "by": "(by the army's) own count", "latest tally". */
const COUNT_NOUN = '(?:own\\s+|latest\\s+|official\\s+)?(?:count|tally|reckoning|estimate|figures)'
/** What a figure is given as: "put the toll at 12", "put the number closer to 3,000", "estimates the damage at $140 million". */
const FIGURE_NOUN = '(?:toll|number|figures?|count|tally|turnout|cost|costs|crowd|damage|losses|bill|value)'
/** A hedge that opens the figure right after its noun ("closer to 3,000", "as high as 90"). */
const FIGURE_HEDGE = '\\s+(?:closer|nearer|near|as\\s+high\\s+as|as\\s+low\\s+as|higher|lower|above|below|around|well\\s+(?:above|below|over|under))\\b'
/** A figure named by its noun after a verb that gives it: " the toll", " its own count", " the death toll". */
const NAMED_FIGURE = `\\s+(?:the|its|their|his|her)\\s+(?:(?:death|casualty|overall|total|final|own)\\s+)?${FIGURE_NOUN}`
/** Verbs that give a figure, for a named figure ("put the toll at 12") or any object ("placed Belstani losses at 30", "pegs her fortune at $3 billion"); one list for both cues. */
const FIGURE_GIVING_VERB = '(?:put|puts|putting|placed|places|pegged|pegs|estimated|estimates|estimate|valued|values)'
/** A determiner before the verb makes it an adjective or noun: "an estimated 300 people", "the estimates". */
const DETERMINER = '\\b(?:an?|the)\\s+'
/**
 * Words that cannot be inside the object: a clause's joint, or a preposition of place or manner ("put pressure on staff at …" is
 * no figure's object); "of", "to" and "for" may be ("the number of marchers", "the cost to taxpayers", "the bill for repairs").
 */
const NOT_IN_FIGURE_OBJECT = '(?:that|which|who|and|but|on|in|into|onto|with|from|by|under|over|through|across|against|after|before|during|between|among|without|within|upon|toward|towards|behind|beyond)'
/** Words that join a clause, which no figure's object holds. */
const CLAUSE_JOINT = '(?:that|which|who|and|but)'
/**
 * An object headed by a figure's noun may go on with where, when and of what it was counted ("the number of dead in the city",
 * "the number of people killed during the clashes", "its losses from the floods"): up to nine words, none joining a clause.
 */
const FIGURE_HEADED_OBJECT = `(?:(?:the|its|their|his|her)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${FIGURE_NOUN}\\s+(?:(?!${CLAUSE_JOINT}\\b)[\\p{L}\\p{N}'’.-]+\\s+){1,9}?`
/** Places counted after "at" ("at 10 sites", "at three plants"): where something is, no figure of it. */
const PLACE_NOUN = '(?:sites?|plants?|hospitals?|schools?|locations?|branch(?:es)?|stores?|shops?|offices?|factor(?:y|ies)|facilit(?:y|ies)|cent(?:re|er)s?|camps?|venues?|stations?|airports?|prisons?|clinics?|hotels?|restaurants?|warehouses?|depots?|mines?|farms?|campuses|churches|mosques|universit(?:y|ies)|polling\\s+(?:stations?|places?))'
/** After a figure's first digit, a clock time ("9 pm", "10.30am", "8:15") or a date ("3 May"): when, no figure. */
const CLOCK_OR_DATE = `\\d?(?:[.:]\\d\\d)?\\s*(?:[ap]\\.?m\\b|o['’]clock\\b|GMT\\b|UTC\\b|local\\s+time\\b)|\\d?:\\d\\d\\b|\\d?(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES.join('|')})\\b`
/** After the figure's first character: not a place ("10 sites", "two local hospitals"), a "put … on leave" tail within four words, nor a clock time or a date. */
const NOT_FIGURE_TAIL = `(?![\\d,.]*\\s+(?:[\\p{Ll}-]+\\s+)?${PLACE_NOUN}\\b|[\\p{L}\\p{N},.]*(?:\\s+[\\p{L}\\p{N}'’,.-]+){0,4}\\s+on\\s+(?:leave|notice|hold|alert|standby|furlough)\\b|${CLOCK_OR_DATE})`
/** The object a figure is given for and the figure after "at" ("the number of marchers at about 6,000"): up to six words, none ending a clause. */
const FIGURE_GIVEN = new RegExp(`^\\s+(?:${FIGURE_HEADED_OBJECT}|(?:(?!${NOT_IN_FIGURE_OBJECT}\\b)[\\p{L}\\p{N}'’.-]+\\s+){1,6}?)at\\s+(?:(?:about|around|nearly|some|roughly|almost|at\\s+least|more\\s+than|over|up\\s+to)\\s+)*[$€£¥]?${FIGURE}${NOT_FIGURE_TAIL}`, 'u')
/** Where a figure given ends: before a clause joined after it, a clause mark, or the sentence's full stop. */
const FIGURE_GIVEN_END = /\s+(?:but|and|while|whereas|although|though|after|as|which|who)\s|[,;:](?!\d)|\.(?!\d)|$/u
/** Characters after a figure-giving verb read for its object and figure. */
const FIGURE_GIVEN_REACH = 120

/** The verb alone as a cue. */
const FIGURE_GIVING_CUE = new RegExp(`^${FIGURE_GIVING_VERB}$`, 'iu')
/** The text just before a cue ending in a determiner. */
const AFTER_DETERMINER = new RegExp(`${DETERMINER}$`, 'iu')

/** Where the content of a figure-giving verb cue ends ("put | losses at 30 dead | but …"), or undefined for another cue or no figure given after it. Pure. */
export function figureGivenEnd(text: string, cue: { readonly start: number; readonly end: number }): number | undefined {
  if (!FIGURE_GIVING_CUE.test(text.slice(cue.start, cue.end)) || AFTER_DETERMINER.test(text.slice(Math.max(0, cue.start - 5), cue.start))) return undefined
  const cueEnd = cue.end
  const after = text.slice(cueEnd, cueEnd + FIGURE_GIVEN_REACH)
  const given = FIGURE_GIVEN.exec(after)
  if (!given) return undefined
  const rest = after.slice(given[0].length)
  return cueEnd + given[0].length + (FIGURE_GIVEN_END.exec(rest)?.index ?? rest.length)
}

/** The cues of a figure: "counts", "puts the toll at", "put the figure" before a hedge (the count patterns of `PHRASE_CUES`). */
export const FIGURE_CUE = new RegExp(`^${COUNT_VERB}$|\\sat$|\\s${FIGURE_NOUN}$`, 'u')
/** The possessor and its count after "by" ("by the ministry's own count"), up to the count noun. */
export const OWN_COUNT = new RegExp(`^[^,.;:]*?['’]s?\\s+${COUNT_NOUN}\\b`, 'u')

/** A passive of feeling: "have been startled", "was not impressed", "were deeply troubled". */
export const FEELING_PASSIVE_WORDS = '(?:(?:has|have|had)\\s+been|is|are|was|were|be|been|being)\\s+(?:(?:not|never|also|\\p{Ll}+ly)\\s+)?(?:startled|stunned|surprised|shocked|alarmed|worried|troubled|concerned|impressed|unimpressed|disappointed|frustrated|pleased|delighted|angered|outraged|dismayed|encouraged|heartened|offended|horrified|appalled|bothered|puzzled|baffled|amused|annoyed|irritated|upset)'

/** Multi-word cues matched on the text, with the kind of attribution they make. */
export const PHRASE_CUES: ReadonlyArray<{ readonly pattern: RegExp; readonly kind: 'according-to' | 'speech' | 'belief' }> = [
  // "Policymakers have been startled by …": a passive of feeling is its subject's attitude to the agent.
  { pattern: new RegExp(`\\b${FEELING_PASSIVE_WORDS}\\s+by\\b`, 'giu'), kind: 'belief' },
  { pattern: /\b[Aa]ccording\s+to\b/gu, kind: 'according-to' },
  { pattern: /\b(?:was|were|is|are|has been|have been)\s+quoted\s+as\s+saying\b/gu, kind: 'speech' },
  { pattern: /\b(?:level(?:l)?ed|made|raised|voiced)\s+(?:(?:an?|the|new|serious|similar)\s+)?(?:accusations?|allegations?|claims?|charges?)\b/gu, kind: 'speech' },
  // "put the toll at 12"; "put the figure closer to 3,000", whose hedge is part of the figure reported.
  { pattern: new RegExp(`\\b${FIGURE_GIVING_VERB}${NAMED_FIGURE}(?:\\s+at\\b|(?=${FIGURE_HEDGE}))`, 'gu'), kind: 'speech' },
  // "put Belstani losses at 30 dead", "pegs her fortune at $3 billion": the verb alone is the cue, its object and figure the content (as PolNeAR marks "put his net worth at").
  { pattern: new RegExp(`(?<!${DETERMINER})\\b${FIGURE_GIVING_VERB}(?!${NAMED_FIGURE}\\s+at\\b)(?=${FIGURE_GIVEN.source.slice(1)})`, 'gu'), kind: 'speech' },
  // "The coast guard now counts 14 dead": a body's count of casualties is its figure.
  { pattern: new RegExp(`\\b${COUNT_VERB}(?=\\s+(?:(?:about|around|nearly|some|at\\s+least|more\\s+than|over)\\s+)?${FIGURE})`, 'gu'), kind: 'speech' },
  // "By the army's count, 35 soldiers were killed": the possessor is the source, as after "according to".
  { pattern: new RegExp(`\\b[Bb]y(?=\\s+(?:the\\s+)?[^\\s,.;:]+(?:\\s+[^\\s,.;:]+){0,3}['’]s?\\s+${COUNT_NOUN}\\b)`, 'gu'), kind: 'according-to' },
  { pattern: /\bshared\s+with\s+\S+\s+(?:his|her|their|its)\s+(?:suspicions|views|concerns|thoughts|belief)\b/gu, kind: 'speech' },
  { pattern: /\bin\s+(?:a|an|its|his|her|their)\s+(?:joint\s+)?(?:statement|communiqu[eé]|interview|letter|post|tweet)\b/gu, kind: 'speech' },
]

/**
 * Heads of "X's …" that name another person than X: kin, neighbours, opponents. Other heads
 * ("Meloni's office", "his spokesman", "Benning's attorney" when unnamed) speak for X.
 */
export const OTHER_PARTIES = new Set([
  'son', 'sons', 'daughter', 'daughters', 'wife', 'husband', 'mother', 'father', 'parents', 'brother', 'brothers', 'sister', 'sisters',
  'child', 'children', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'uncle', 'aunt', 'cousin', 'nephew', 'niece',
  'widow', 'widower', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'girlfriend', 'boyfriend', 'partner', 'ex-wife', 'ex-husband',
  'neighbour', 'neighbours', 'neighbor', 'neighbors', 'friend', 'friends', 'classmate', 'classmates', 'colleague', 'colleagues',
  'critic', 'critics', 'opponent', 'opponents', 'rival', 'rivals', 'detractors', 'enemies', 'victim', 'victims', 'accuser', 'accusers',
  'relative', 'relatives', 'family', 'families', 'parent', 'sibling', 'siblings', 'grandchildren', 'grandparents', 'stepfather', 'stepmother',
  'deputy', 'deputies', 'successor', 'predecessor', 'supporter', 'supporters', 'teammate', 'teammates', 'co-defendant', 'accomplice',
  'ally', 'allies', 'backer', 'backers', 'loyalist', 'loyalists', 'defender', 'defenders', 'opposition', 'witness', 'witnesses',
])

/** Nouns that stand for a document issued by a speaker ("the Azerbaijani statement added"). */
export const DOCUMENT_NOUNS = new Set(['statement', 'communique', 'communiqué', 'report', 'letter', 'document', 'note', 'release', 'declaration', 'memo', 'post', 'tweet'])

/** "a joint communique", "the joint statement": a document several parties issued together, which speaks for them all and not for the last of them to speak. */
export const JOINT_DOCUMENT = /\bjoint\s+(?:[\p{L}-]+\s+)?(?:statement|communiqu[eé]|declaration|letter|release)$/iu

/** Words allowed between a source and its cue ("Iran's President reportedly told", "a man who later said"). */
export const BETWEEN_SOURCE_AND_CUE = new Set([
  'had', 'has', 'have', 'was', 'is', 'were', 'are', 'also', 'later', 'further', 'reportedly', 'allegedly', 'repeatedly',
  'previously', 'again', 'then', 'who', 'which', 'that', 'once', 'publicly', 'privately', 'recently', 'separately',
  'first', 'initially', 'subsequently', 'earlier', 'last', 'week', 'would', 'will', 'did', 'does', 'do', 'not', 'never',
  'openly', 'flatly', 'firmly', 'strongly', 'clearly', 'simply', 'just', 'still', 'always', 'often', 'continues', 'continue',
  'to', 'can', 'could', 'may', 'might', 'must', 'should', 'be', 'been', 'being',
])

/** Auxiliaries, modals and adverbs a cue may open with before its verb ("had been denied", "is seeking"). */
const AUX_PREFIX = '(?:(?:has|have|had|is|are|was|were|be|been|being|will|would|could|can|may|might|must|should|also|not|never|now|still|already|\\p{Ll}+ly)\\s+)*'
/** A passive auxiliary right before a cue ("was | declared"). */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:\p{Ll}+ly\s+)?$/iu
/** The same, inside the cue ("was declared"). */
const PASSIVE_IN_CUE = /^(?:(?:has|have|had)\s+)?(?:is|are|was|were|be|been|being|gets?|got)\s/iu
/** "was declared the winner", "was named chief executive", "was elected president": the subject is named to a role by someone unnamed; it does not speak. */
const NAMED_TO = new RegExp(`^${AUX_PREFIX}(?:declared|named|elected|re-elected|appointed|proclaimed|pronounced|crowned)\\s+(?!(?:that|by|in|on|at|to|with|after|before|during|as\\s+saying)\\b)[\\p{L}\\p{N}]`, 'iu')
/** Objects that make a verb of denying or recalling an act: "denied access to", "denied bail", "recalled 37 batches", "recalled its ambassador". */
const WITHHELD = '(?:access|entry|bail|parole|visas?|permission|passage|admission|asylum|permits?|licen[cs]es?|clearance|treatment|service|benefits|boarding)'
const RECALLED = '(?:products?|batch(?:es)?|lots|vehicles?|cars|trucks|suvs|vans|buses|motorcycles|scooters|airbags|tyres|tires|phones|laptops|chargers|batteries|appliances|models|medicines?|medications?|drugs?|pills|tablets|devices|units|toys|items|foods?|shipments?|packages|bottles|jars|ambassadors?|envoys?|diplomats?|troops)'
/** Up to `n` words before an object, none a "that" that opens a reported clause nor a word before a comma ("recalled James Carr, then ambassador"). */
const upToWords = (n: number): string => `(?:(?!that\\b)[\\p{L}\\p{N}'’.-]+(?:,\\d{3})*\\s+){0,${n}}?`
const DENIED_THING = new RegExp(`^${AUX_PREFIX}den(?:y|ies|ied|ying)\\s+${upToWords(3)}${WITHHELD}\\b`, 'iu')
const RECALLED_THING = new RegExp(`^(?:${AUX_PREFIX}recall(?:s|ed|ing)?\\s+${upToWords(4)}${RECALLED}\\b|recalls?\\s+of\\b)`, 'iu')
/** The verb of a plea entered in court; events read it too. */
export const PLEA_VERB = '(?:plead|pleads|pleaded|pled|pleading)'
/** What a plea entered in court says, right after its verb: " guilty", " not guilty", " no contest", " innocence". */
export const PLEA_TERMS = '\\s+(?:not\\s+)?(?:guilty|innocent|innocence|no\\s+contest)\\b'
/** "pleaded guilty to fraud", "has pleaded not guilty", "later pled no contest": a plea entered in court is a legal act, not a report of its charge. */
const PLEA_ENTERED = new RegExp(`^${AUX_PREFIX}(?:(?:later|then|again|earlier|previously)\\s+)?${PLEA_VERB}${PLEA_TERMS}`, 'iu')
/** "is seeking a second term", "sought re-election": running for office, not a request. */
const OFFICE_SOUGHT = new RegExp(`^${AUX_PREFIX}(?:seek|seeks|seeking|sought)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:(?:second|third|fourth|fifth|new|another|fresh|full|further|consecutive|straight)\\s+)*(?:terms?|office|re-?election|nomination|presidency|mandate|seat)\\b`, 'iu')
/** "have been confirmed dead", "was confirmed missing": the subject is what was confirmed, a toll, not a speaker. */
const CONFIRMED_STATE = new RegExp(`^${AUX_PREFIX}confirmed\\s+(?:as\\s+)?(?:dead|killed|missing|injured|hurt|alive|safe|infected|drowned)\\b`, 'iu')
/** "showed no emotion", "showed little remorse", "shows signs of strain": a demeanour, not a statement. */
const FEELING_SHOWN = new RegExp(`^${AUX_PREFIX}show(?:s|ed|n|ing)?\\s+(?:(?:no|little|any|some|visible|obvious|great|genuine|real|much)\\s+)?(?:emotion|reaction|remorse|regret|sympathy|mercy|interest|sign|signs|expression|flicker|contrition|fear|concern)\\b`, 'iu')
/** "observed the talks", "observe a minute's silence", "observing Ramadan": watching or keeping an event, not remarking. */
const EVENT_OBSERVED = new RegExp(`^${AUX_PREFIX}observ(?:e|es|ed|ing)\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?(?:talks|negotiations|elections?|votes?|vote|polls|ballot|ceasefire|truce|silence|ramadan|sabbath|holiday|trial|proceedings|hearings?|summit|meetings?|rules|law|guidelines|protocol|tradition|custom|fast)\\b`, 'iu')
/** "Jurors heard harrowing evidence", "the court heard closing arguments": a hearing, with no reported clause after it. */
const HEARING = new RegExp(`^${AUX_PREFIX}heard\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:evidence|testimony|arguments|submissions|appeals?|pleas?|speeches)\\b(?!\\s+(?:that|how)\\b)`, 'iu')
/** "who was not speaking about this particular fire", "not commenting on the case": a disclaimer of topic, not a report. Read across the cue's start. */
const TOPIC_DISCLAIMED = /\bnot\s+(?:(?:\p{Ll}+ly)\s+)?(?:speaking|commenting|talking|referring)\s+(?:about|on|of|to)\b/iu
/** "it should be noted", "it is worth noting": the author's aside, not anyone's report. Read across the cue's start. */
const AUTHOR_ASIDE = /\bit\s+(?:(?:should|must|can|could|has\s+to|needs\s+to|is\s+to)\s+be|is\s+worth)\s+(?:\p{Ll}+ly\s+)?(?:not(?:ed|ing)|said|saying|stress(?:ed|ing)|remember(?:ed|ing)|recall(?:ed|ing)|point(?:ed|ing)\s+out|emphasi[sz](?:ed|ing)|admitted|acknowledged|add(?:ed|ing)|conceded|mention(?:ed|ing)|repeat(?:ed|ing))\b/iu
/** "has ten days to decide whether", "have until Friday to respond": a decision or reply still due by a deadline, not yet made. Read across the cue's start. */
const DUE_BY_DEADLINE = /\b(?:has|have|had|having|gets?|got|given)\s+(?:(?:(?:only|just|another|a\s+further|\d+|\p{L}+)\s+)?(?:hours?|days?|weeks?|months?|years?)|until\s+\p{L}+)\s+(?:(?:more|left)\s+)?to\s+\p{L}+/iu
/** "impressed on his debut", "impressed in the second half": performing well, with no one impressed (not "was impressed by", a feeling). */
const PERFORMED_WELL = /^impress(?:es|ed)?\s+(?:on|in|at|during)\s+(?:his|her|their|its|the|a|an)\b/iu
/** "a GP appointment", "her appointment as chief executive": a meeting, or a naming to a post, whatever the tagger takes with it; it says nothing. */
const APPOINTMENT = /\bappointments?(?:\s+(?:of|as|to|with))?$/iu
/** "had been regarded as a contender", "was found to contain", "was found guilty": the subject is what was judged, by no one named; it reports nothing. */
const JUDGED = new RegExp(`^${AUX_PREFIX}(?:regarded|seen|viewed|considered|found)\\s+(?:as|to|guilty|innocent|dead|liable|responsible|unfit|fit)\\b`, 'iu')
/** "a sample she gave on 12 March", "gave in to pressure": giving with no object says nothing. */
const GIVEN_NOTHING = new RegExp(`^${AUX_PREFIX}(?:give|gives|gave|given|giving)\\s+(?:on|in|at|during|before|after)\\b`, 'iu')
/** "did not respond to our questions about the documents": questions put to someone who gave no answer, no one's report. Read across the cue's start. */
const QUESTIONS_UNANSWERED = /\b(?:respond(?:s|ed)?|repl(?:y|ies|ied)|answer(?:s|ed)?)\s+to\s+(?:(?:our|my|his|her|their|the|written|repeated|reporters['’]?|\p{Lu}\p{L}*['’]s?)\s+){0,2}questions?(?:\s+(?:about|on|over))?/iu
/** "That gap tells you …", "this tells us": the author's figure of speech, no one telling. Read across the cue's start. */
const THING_TELLS = /\b(?:that|this|it|which)(?:\s+\p{Ll}+)?\s+tells\s+(?:you|us)\b/iu
/** Words of time: "earlier", "tonight", "Monday". */
const TIME_WORD = '(?:earlier|later|today|yesterday|tonight|tomorrow|now|recently|week|month|year|morning|afternoon|evening|night|\\p{L}+day)'
/** Words that lead a time word: "on Friday", "late last night". */
const TIME_LEAD = 'on|at|in|this|last|next|early|late'
/** Spans of time, and "ago": "nine days later", "for years", "two weeks ago". */
const TIME_SPAN = 'ago|hours?|days|weeks?|months?|years?'
/** A cue of time words only ("earlier today", "on Monday"): a tagging slip, no word of saying. */
const TIME_ONLY = new RegExp(`^(?:(?:${TIME_LEAD})\\s+)*${TIME_WORD}(?:\\s+${TIME_WORD})*$`, 'iu')
/** Words of a time phrase standing for a whole content: "on Friday, nine days later", "on Sunday night", "for years". */
const TIME_PHRASE_WORD = `(?:${TIME_WORD}|${TIME_LEAD}|for|the|a|few|several|some|${TIME_SPAN}|${FIGURE}[\\p{L}\\d,]*)`
const TIME_PHRASE = new RegExp(`^${TIME_PHRASE_WORD}(?:[\\s,]+${TIME_PHRASE_WORD})*[\\s.]*$`, 'iu')
const HAS_TIME_WORD = new RegExp(`(?:^|\\s)(?:${TIME_WORD}|${TIME_SPAN})\\b`, 'iu')

/** True when a content is a time phrase only ("refused to comment | on Sunday night"): no words are reported. Pure. */
export function isTimePhrase(content: string): boolean {
  return TIME_PHRASE.test(content.trim()) && HAS_TIME_WORD.test(content)
}
/** "walked out of the chamber": a cue whose last verb walks out reports nothing. */
const WALKED_OUT = /(?:^|\s)walk(?:s|ed|ing)?\s+out(?:\s+(?:of|from))?$/iu
/** "deputies staged | a theatrical boycott": a cue whose last verb stages a protest reports nothing (`PROTEST_AFTER` reads what it stages). */
const STAGED = /(?:^|\s)stag(?:e|es|ed|ing)$/iu
const PROTEST_AFTER = /^\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:protests?|boycotts?|walk-?outs?|rall(?:y|ies)|strikes?|sit-ins?|demonstrations?|march(?:es)?|vigils?)\b/iu
/**
 * "fired tear gas at protesters", "fired a warning shot", "fired into the crowd", "was fired from his job": a weapon fired, or a dismissal,
 * reports nothing ("fired back that the claims were false" does; "fired at his critics" may, so "at" alone is left to the tagger).
 */
const WEAPON_FIRED = new RegExp(`^${AUX_PREFIX}(?:fire|fires|fired|firing)\\s+(?:(?:on|into|upon|from)\\s|(?:(?:a|an|the|two|three|several|more|dozens\\s+of|hundreds\\s+of|\\d+)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:shots?|rounds?|bullets?|rockets?|missiles?|mortars?|shells?|tear\\s*gas|teargas|water\\s+cannons?|grenades?|flares?|pellets?|artillery|ammunition|volleys?|salvos?|projectiles?|guns?|rifles?|weapons?)\\b)`, 'iu')
/** Money and its kinds: what an offer of compensation gives ("a payment of 2,000 euros", "a full refund", "$500"). */
const MONEY = '(?:[$€£¥]\\s?\\d|\\d[\\d,.]*\\s*(?:euros?|dollars?|pounds?|francs?|crowns?|kronor|yen|yuan|rupees?)\\b|(?:payments?|compensation|refunds?|rewards?|vouchers?|cash|bonus(?:es)?|reimbursements?|payouts?)\\b)'
/** "has offered each passenger a payment of 2,000 euros", "offered fans a full refund": money offered is an act (PolNeAR marks offers of ideas and help, which stay). */
const MONEY_OFFERED = new RegExp(`^${AUX_PREFIX}offer(?:s|ed|ing)?\\s+${upToWords(4)}${MONEY}`, 'iu')
/** "should vote no on the deal", "voted yes to the offer": a ballot cast is an act, nothing said. */
const VOTE_CAST = new RegExp(`^${AUX_PREFIX}vot(?:e|es|ed|ing)\\s+(?:no|yes)\\s+(?:on|to|in)\\b`, 'iu')
/** "had agreed a pay deal", "agreed the terms of a truce": a deal agreed is an act, nothing said (not "agreed that", "agreed to"). */
const DEAL_AGREED = new RegExp(`^${AUX_PREFIX}agree(?:s|d)?\\s+(?:a|an|the|its|their|his|her)\\s+${upToWords(2)}(?:deal|settlement|contract|truce|ceasefire|terms|budget|compromise|package)\\b`, 'iu')
/** Characters read after a cue for its object, and before it for its auxiliary or "it should be". */
const SENSE_AFTER = 60
const SENSE_BEFORE = 30

/** True when a cue is a passive of naming with a complement: "was declared the winner", "was named chief executive". Pure. */
export function namesToRole(text: string, cue: { readonly start: number; readonly end: number }): boolean {
  const cueText = text.slice(cue.start, cue.end)
  return (PASSIVE_IN_CUE.test(cueText) || PASSIVE_BEFORE.test(text.slice(Math.max(0, cue.start - SENSE_BEFORE), cue.start))) && NAMED_TO.test(text.slice(cue.start, cue.end + SENSE_AFTER))
}

/** Participles of doubt that may stand before a noun ("suspected", "alleged"), and what opens such a noun phrase. */
const DOUBT_PARTICIPLE = /^(?:suspected|alleged|presumed|purported|reputed)$/iu
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|its|his|her|their|of)\s+$/iu

/**
 * True when a cue's verb is used in a sense that reports nothing: denying a thing ("denied
 * access to"), recalling products or envoys, seeking office, a plea entered ("pleaded guilty to"), a toll confirmed ("confirmed dead"),
 * a demeanour shown, an event observed, evidence heard, money offered, a disclaimed topic ("was not speaking
 * about"), the author's "it should be noted", a decision still due ("has ten days to decide"), an appointment, a protest staged or a walk-out, a weapon fired, a player who "impressed on his debut", a participle of doubt before a noun ("two suspected smugglers"), or a cue of time words only ("earlier today"). Not "refused to": PolNeAR marks "refused to
 * punish", "could refuse service" as reports, and dropping them lowered the held-out figures. Pure.
 */
export function isOtherSense(text: string, cue: { readonly start: number; readonly end: number }): boolean {
  const cueText = text.slice(cue.start, cue.end)
  const before = text.slice(Math.max(0, cue.start - SENSE_BEFORE), cue.start)
  const after = text.slice(cue.start, cue.end + SENSE_AFTER)
  if (TIME_ONLY.test(cueText) || APPOINTMENT.test(cueText) || WALKED_OUT.test(cueText) || (STAGED.test(cueText) && PROTEST_AFTER.test(text.slice(cue.end, cue.end + SENSE_AFTER))) || [AUTHOR_ASIDE, TOPIC_DISCLAIMED, THING_TELLS, DUE_BY_DEADLINE, QUESTIONS_UNANSWERED].some((aside) => overlapsCue(aside.exec(before + after), before.length, cueText.length))) return true
  // "two suspected smugglers", "the alleged victim": a participle of doubt between a determiner and a noun describes people.
  if (DOUBT_PARTICIPLE.test(cueText) && DETERMINER_BEFORE.test(before) && /^\s+\p{Ll}/u.test(text.slice(cue.end, cue.end + 3))) return true
  // The tagger may open the cue with the relative pronoun of its clause ("countries that observed the talks").
  const phrase = after.replace(/^(?:that|which|who)\s+/iu, '')
  if (JUDGED.test(phrase) && (PASSIVE_IN_CUE.test(cueText) || PASSIVE_BEFORE.test(before))) return true
  if (PERFORMED_WELL.test(phrase) && !PASSIVE_BEFORE.test(before)) return true
  return [DENIED_THING, RECALLED_THING, OFFICE_SOUGHT, PLEA_ENTERED, CONFIRMED_STATE, FEELING_SHOWN, EVENT_OBSERVED, HEARING, GIVEN_NOTHING, WEAPON_FIRED, MONEY_OFFERED, DEAL_AGREED, VOTE_CAST].some((sense) => sense.test(phrase))
}

/** True when a match in the text read from `before` characters ahead of a cue of `length` characters shares a character with the cue. Pure. */
function overlapsCue(match: RegExpExecArray | null, before: number, length: number): boolean {
  return match !== null && match.index < before + length && match.index + match[0].length > before
}
