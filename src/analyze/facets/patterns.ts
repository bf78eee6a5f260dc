/**
 * @module analyze/facets/patterns — the words that answer each facet of an event account.
 * Event and casualty wording follows the PLOVER ontology's ASSAULT/PROTEST/COERCE categories
 * and its examples (https://github.com/openeventdata/PLOVER); responses follow PLOVER's
 * ACCUSE, DEMAND, INVESTIGATE, REDUCE_RELATIONS and (dis)approval types.
 */

/** Words that name the event itself: a sentence with one is about an event. */
export const EVENT_TRIGGER =
  /\b(?:attack(?:s|ed|ing)?|assault(?:s|ed)?|bomb(?:ing|ings|ed)|explosion|blast|shooting|shot|stabbing|raid(?:ed)?|storm(?:ed|ing)|strike|airstrike|massacre|ambush(?:ed)?|clash(?:es|ed)?|opened fire|hostage|kidnapp(?:ing|ed)|crash(?:ed)?|incident|killing)\b/iu

/** "the Shiraz terrorist attack", "the 2015 attack": an event named by another place or time is another event. */
export const NAMED_OTHER_EVENT =
  /\b(?:[Tt]he|[Aa])\s+([A-Z][\p{L}-]+|\d{4})\s+(?:[a-z-]+\s+){0,2}(?:attack|attacks|bombing|shooting|massacre|explosion|blast|assault|raid)\b/u

const FIGURE_WORD = String.raw`\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a\s+dozen|dozens|scores|hundreds|thousands|several`
const NUMBER_WORD = String.raw`(?:${FIGURE_WORD}|a|an|others|another)\b`
const QUALIFIER = String.raw`(?:at\s+least|more\s+than|more|over|about|around|nearly|almost|up\s+to|some)\s+`
/** A count with its qualifiers: "at least 3", "more than a dozen", "more a dozen" (sic), "dozens of". */
export const COUNT = String.raw`((?:${QUALIFIER})?${NUMBER_WORD}(?:\s+of)?)`
/** A count that must be a figure: after "the death toll at", "a" or "another" is no count ("the toll was a political number"). */
const FIGURE_COUNT = String.raw`((?:${QUALIFIER})?(?:${FIGURE_WORD})\b)`
/**
 * The victims' role: up to two modifiers and a known role noun, or any plural word ("citizens",
 * "villagers"), which `findCasualties` keeps only when the tagger reads it as a noun.
 */
const ROLE_HEAD = String.raw`security\s+guards?|guards?|police\s+officers?|policem[ae]n|police|officers?|officials?|soldiers?|troops|civilians?|people|persons|diplomats?|staff|employees?|children|women|men|journalists?|bystanders|passers-by|students|workers|members|others|individuals|victims|militants?|insurgents?|rebels?|fighters?|gunm[ae]n|attackers?|assailants?|terrorists?|jihadists?|protesters?|demonstrators?|passengers?|prisoners?|inmates?`
/** A role noun of the list, which needs no tagger's word. */
export const KNOWN_ROLE = new RegExp(String.raw`(?:^|\s)(?:${ROLE_HEAD})$`, 'iu')
const ROLE = String.raw`((?:[a-z-]+\s+){0,2}?(?:${ROLE_HEAD}|[a-z-]{3,}s)(?:\s+|(?=[.,;:!?]|$)))?`
/** An aside between the victims and their verb: ", including children,", ", most of them women,". */
const ASIDE = String.raw`(?:,\s+(?:including|among\s+them|most(?:ly|\s+of\s+them)?|many\s+of\s+them|all\s+of\s+them)\b[^,.;]{1,40},\s+)?`
/** Auxiliaries and reporting adverbs before a casualty verb, in any tense: "have died", "had been killed", "were reported killed". */
const AUX = String.raw`(?:(?:were|was|have|has|had|been|are|is|also|later|reportedly|confirmed|reported|believed\s+to\s+have|feared)\s+){0,3}`

/** Casualty phrases; group 1 is the count, group 2 the victims' role, where the phrase has them. */
export const KILLED: readonly RegExp[] = [
  new RegExp(String.raw`\b${COUNT}\s+${ROLE}${ASIDE}${AUX}(?:killed|dead|died|shot\s+dead|slain|murdered|perished|lost\s+their\s+lives)\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:killing|killed|kill|claimed\s+the\s+lives\s+of|the\s+killing\s+of|the\s+deaths?\s+of|the\s+murder\s+of)\s+${COUNT}\s*${ROLE}`, 'dgiu'),
  // "claimed 17 lives", "confirmed 18 civilian deaths", "recovered more than 300 bodies"
  new RegExp(String.raw`\bclaim(?:ed|s|ing)?\s+${FIGURE_COUNT}\s+lives\b`, 'dgiu'),
  new RegExp(String.raw`\b${FIGURE_COUNT}\s+((?:[a-z-]+\s+)?)(?:deaths|fatalities)\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:recover|retriev|pull|found|dug|exhum)[a-z]*\s+(?:out\s+)?${FIGURE_COUNT}\s+bodies\b`, 'dgiu'),
  // "the death toll rose to 410", "put the death toll at 410", "the number of dead reached 50"
  new RegExp(String.raw`\b(?:(?:death|casualty|the|its|official|final)\s+toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|(?:people|those)\s+killed))\s+(?:[a-z]+\s+){0,3}?(?:to|at|of|reach(?:ed|es)?|hit|hits|pass(?:ed|es)?|top(?:ped|s)?|exceed(?:ed|s)?|was|is|stands\s+at|stood\s+at)\s+${FIGURE_COUNT}`, 'dgiu'),
]
export const INJURED: readonly RegExp[] = [
  new RegExp(String.raw`\b${COUNT}\s+${ROLE}${ASIDE}${AUX}(?:injured|wounded|hurt|hospitali[sz]ed|treated\s+for\s+(?:[a-z]+\s+)?(?:injuries|wounds|burns))\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:injuring|wounding|injured|wounded|injury\s+to|injuries\s+to)\s+${COUNT}\s*${ROLE}`, 'dgiu'),
]

/** Victim roles folded into comparable classes: "security guard" and "security official" agree, "police officer" does not. */
export const VICTIM_CLASSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/police|policem[ae]n|constable/u, 'police officer'],
  [/security|guard|bodyguard/u, 'security staff'],
  [/soldier|troop|serviceman|military/u, 'soldier'],
  [/diplomat|embassy staff|employee|staff/u, 'embassy staff'],
  [/child|children/u, 'children'],
  [/journalist|reporter/u, 'journalist'],
  [/civilian|people|person|bystander|passer|resident/u, 'civilian'],
  [/militant|insurgent|rebel|\bfighter|gunm[ae]n|attacker|assailant|terrorist|jihadist/u, 'militant'],
  [/protester|demonstrator/u, 'protester'],
  [/passenger/u, 'passenger'],
  [/prisoner|inmate/u, 'prisoner'],
]
/** Words before a count that make it hearsay no one vouches for: "rumours on social media about 50 deaths". */
export const RUMOURED = /\brumou?rs?\b[^.;]{0,60}\b(?:about|of)\s+(?:\S+\s+(?:or|to)\s+)?$/iu
/**
 * Words before a count that limit it to a part of the toll: one place among several ("a building
 * where", "in one village,"), the kin of one person ("whose brother and").
 */
export const PART_BEFORE = /(?:\b(?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,?\s+(?:where|in\s+which)|\bin\s+(?:one|a\s+single|another)\s+[\p{L}-]+,|\bwhose\s+[^,.;]{0,40})\s*$/iu
/** A subset that opens the sentence: "Of the 40 dead, 12 ...". */
export const SUBSET_OPENING = /^\s*of\s+(?:the|those)\s+[^,.;]{1,40},\s*$/iu
/** Words after a toll that put it in one place among several: "died in one building". */
export const PART_AFTER = /^\s*(?:in|at|inside)\s+(?:one|a\s+single|another)\s+[\p{L}-]+/iu
/** Role words that count every victim, whoever they were: a total toll, not one group's. */
export const ALL_VICTIMS = /\b(?:people|persons|individuals|victims|others)$/u

/** How the act is characterised: terrorism, or a personal act; and how it was organised. */
export const TERRORISM = /\b(?:terror(?:ist)?\s+(?:attack|act|assault|incident|operation)s?|acts?\s+of\s+terror(?:ism)?|terror\s+act|terrorism|terrorists?|terror)\b/giu
export const PERSONAL_MOTIVE =
  /\b(?:personal\s+(?:reasons?|grounds|problems?|motives?|matters?|issues?|disputes?|grievances?|vendetta)|family\s+(?:disputes?|problems?|matters?|reasons)|domestic\s+dispute|mentally\s+(?:ill|unstable|disturbed)|mental\s+(?:illness|disorder|health\s+(?:problems|issues))|(?:looking|searching)\s+for\s+(?:his|her)\s+(?:missing\s+)?(?:wife|husband|son|daughter|child|children|family))\b/giu
export const ORGANISED =
  /\b(?:organi[sz]ed\s+(?:act|attack|operation|terror)|(?:was|were|been)\s+sent\s+(?:from|by)\s+[^,.;]{3,60}|state[-\s]sponsored|masterminded\s+by\s+[^,.;]{3,60}|orchestrated\s+by\s+[^,.;]{3,60}|planned\s+by\s+[^,.;]{3,60})/giu

/** Negation in the words before a term ("is not terrorist", "denied it was terrorism"). */
export const NEGATED_BEFORE = /\b(?:not|no|never|isn't|wasn't|aren't|weren't|denied|denies|rejected|rejects|ruled\s+out)\b[^,.;]{0,25}$/iu

/** Verbs by which an actor labels the act ("describing the attack as terrorist") or gives a toll ("puts the death toll at 31"). */
export const LABELLING = /\bput(?:s|ting)?\s+(?:the|its)\s+$|\b(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|label(?:s|led|ling|ed|ing)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|dub(?:s|bed|bing)?|insist(?:s|ed|ing)?\s+on\s+calling)\b/iu

/** Arrest of the perpetrator, and how fast. */
export const ARREST = /\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing)?|apprehend(?:ed|ing)?|captured|in\s+custody|disarm(?:ed|ing)?|neutrali[sz]ed)\b/giu
/** Words before "arrest" that make it a threat or an escape, not an arrest: "threatened with arrest", "resisting arrest". */
export const NOT_AN_ARREST = /\b(?:threatened\s+with|threat\s+of|fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?|warrant\s+for\s+(?:his|her|their|the)|resist(?:s|ed|ing)?|avoid(?:s|ed|ing)?|evad(?:e|es|ed|ing)|escap(?:e|es|ed|ing))\s+$/iu
/** Words before "arrest" that ask for it rather than report it: "demanding compensation and the arrest", "It needs the arrest". */
export const DEMANDED_BEFORE = /\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|needs?|needed|wants?|wanted|seek(?:s|ing)?|sought|press(?:es|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for)\s+(?:[\w,-]+\s+){0,4}$/iu
export const QUICK = /\b(?:quickly|immediately|swiftly|promptly|at\s+once|on\s+the\s+spot|within\s+(?:minutes|seconds))\b/iu
export const DELAY = /\b(?:for|during)\s+(?:the\s+)?(?:\d+(?:\s*[-–]\s*\d+)?|several|many|a\s+few)\s+(?:minutes|hours)\b|\b\d+(?:\s*[-–]\s*\d+)?\s+(?:minutes|hours)\b/iu

/** Perpetrator count: one attacker or several. */
export const ONE_PERPETRATOR = /\b(?:a|one|the|lone)\s+(?:lone\s+|single\s+|armed\s+)?(?:gunman|assailant|attacker|perpetrator|suspect|shooter|bomber)\b/giu
export const SEVERAL_PERPETRATORS = /\b(?:the|two|three|four|several|\d+)\s+(?:armed\s+)?(?:gunmen|assailants|attackers|terrorists|shooters|bombers)\s+(?:were|was|have|had|broke|stormed|attacked|opened|entered|fled)\b/giu

/** Official responses by action, with the PLOVER event type each is coded as. */
export const RESPONSES: ReadonlyArray<{ readonly action: string; readonly plover: string; readonly pattern: RegExp }> = [
  { action: 'condemn', plover: 'DISAPPROVE', pattern: /\b(?:condemn(?:ed|s|ing)?|condemnation|denounc(?:ed|es|ing))\b/giu },
  { action: 'investigate', plover: 'INVESTIGATE', pattern: /\b(?:investigat(?:e|ed|es|ing|ion)|probe)\b/giu },
  { action: 'evacuate', plover: 'REDUCE_RELATIONS', pattern: /\bevacuat(?:e|ed|es|ing|ion)\b/giu },
  { action: 'recall ambassador', plover: 'REDUCE_RELATIONS', pattern: /\b(?:withdr(?:ew|awn|aw|awal\s+of)|recall(?:ed|s|ing)?|pull(?:ed)?\s+out)\s+(?:its\s+|their\s+|the\s+)?(?:ambassador|envoy|diplomats?)\b/giu },
  { action: 'appeal to international bodies', plover: 'APPEAL', pattern: /\b(?:appeal(?:ed|s|ing)?\s+to\s+(?:the\s+)?international|submitted\s+to\s+(?:relevant\s+)?international|international\s+condemnation)\b/giu },
  { action: 'travel warning', plover: 'REDUCE_RELATIONS', pattern: /\b(?:(?:caution(?:ed|s)?|warn(?:ed|s)?|advis(?:ed|es))\s+(?:its\s+|their\s+)?citizens\s+against\s+travel(?:l)?ing|travel\s+(?:warning|advisory|ban))\b/giu },
  { action: 'demand', plover: 'DEMAND', pattern: /\b(?:demand(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing))\b/giu },
]

/** Hedges in the outlet's own voice. */
export const HEDGE = /\b(?:reportedly|allegedly|apparently|purportedly|it\s+is\s+believed|may\s+have|might\s+have|is\s+said\s+to|unconfirmed)\b/iu
