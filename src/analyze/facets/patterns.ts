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

const NUMBER_WORD = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a\s+dozen|dozens|scores|hundreds|thousands|several|a|an|others|another)\b`
/** A count with its qualifiers: "at least 3", "more than a dozen", "more a dozen" (sic), "dozens of". */
export const COUNT = String.raw`((?:(?:at\s+least|more\s+than|more|over|about|around|nearly|almost|up\s+to|some)\s+)?${NUMBER_WORD}(?:\s+of)?)`
const ROLE = String.raw`((?:[a-z-]+\s+){0,2}?(?:security\s+guards?|guards?|police\s+officers?|policem[ae]n|police|officers?|officials?|soldiers?|troops|civilians?|people|persons|diplomats?|staff|employees?|children|women|men|journalists?|bystanders|passers-by|students|workers|members|others|individuals|victims|militants?|insurgents?|rebels?|fighters?|gunm[ae]n|attackers?|assailants?|terrorists?|jihadists?|protesters?|demonstrators?|passengers?|prisoners?|inmates?)(?:\s+|(?=[.,;:!?]|$)))?`

/** Casualty phrases; group 1 is the count, group 2 the victims' role, where the phrase has them. */
export const KILLED: readonly RegExp[] = [
  new RegExp(String.raw`\b${COUNT}\s+${ROLE}(?:(?:were|was|have\s+been|had\s+been|are|is)\s+)?(?:killed|dead|died|shot\s+dead|slain|murdered)\b`, 'giu'),
  new RegExp(String.raw`\b(?:killing|killed|kill|claimed\s+the\s+lives\s+of|the\s+killing\s+of|the\s+deaths?\s+of|the\s+murder\s+of)\s+${COUNT}\s*${ROLE}`, 'giu'),
]
export const INJURED: readonly RegExp[] = [
  new RegExp(String.raw`\b${COUNT}\s+${ROLE}(?:(?:were|was|have\s+been|had\s+been|are|is)\s+)?(?:injured|wounded|hurt)\b`, 'giu'),
  new RegExp(String.raw`\b(?:injuring|wounding|injured|wounded|injury\s+to|injuries\s+to)\s+${COUNT}\s*${ROLE}`, 'giu'),
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

/** Verbs by which an actor labels the act ("describing the attack as terrorist"). */
export const LABELLING = /\b(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|label(?:s|led|ling|ed|ing)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|dub(?:s|bed|bing)?|insist(?:s|ed|ing)?\s+on\s+calling)\b/iu

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
