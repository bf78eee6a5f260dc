/**
 * @module analyze/facets/patterns — the words that answer each facet of an event account.
 * Event and casualty wording follows the PLOVER ontology's ASSAULT/PROTEST/COERCE categories
 * and its examples (https://github.com/openeventdata/PLOVER); responses follow PLOVER's
 * ACCUSE, DEMAND, INVESTIGATE, REDUCE_RELATIONS and (dis)approval types.
 */
import { BELOW_HUNDRED_WORD, COUNT_IN_WORDS, COUNT_QUALIFIER, SCALE_WORD } from './count.js'

/** Words that name the event itself, an act or a disaster: a sentence with one is about an event. */
export const EVENT_TRIGGER =
  /\b(?:attack(?:s|ed|ing)?|assault(?:s|ed)?|bomb(?:ing|ings|ed)|explosion|blast|shooting|shot|stabbing|raid(?:ed)?|storm(?:ed|ing)|strikes?|airstrikes?|destroyed|shell(?:ed|ing)|massacre|ambush(?:ed)?|clash(?:es|ed)?|fire-?fights?|gun-?fights?|gun\s+battles?|skirmish(?:es)?|shoot-?outs?|opened fire|hostage|kidnapp(?:ing|ed)|crash(?:ed)?|incident|killing|(?:earth)?quake|flood(?:s|ing)?|wildfire|hurricane|cyclone|typhoon|tornado|landslide|mudslide|tsunami|eruption|avalanche|derailment|stampede|death\s+toll|spill(?:s|ed)?|leak(?:s|ed)?|capsiz(?:e|ed|es|ing)|sank|sinking|shipwreck|blaze|(?:fire|blaze)\s+(?:broke\s+out|started|erupted)|exploded|collapsed?)\b/iu

/** "the Shiraz terrorist attack", "the 2015 attack": an event named by another place or time is another event. */
export const NAMED_OTHER_EVENT =
  /\b(?:[Tt]he|[Aa])\s+([A-Z][\p{L}-]+|\d{4})\s+(?:[a-z-]+\s+){0,2}(?:attack|attacks|bombing|shooting|massacre|explosion|blast|assault|raid)\b/u

/** A count in figures or in words ("Forty-one", which wires write at a sentence's start; "two hundred"). */
const FIGURE_WORD = String.raw`\d[\d,]*|${COUNT_IN_WORDS}`
/** A figure's scale: "3.4 million". */
const SCALED = String.raw`(?:\.\d+)?(?:\s+(?:thousand|million|billion))?`
/** Not after a hyphen or "no": the "one" of "Forty-one", "one-off" or "no one" is no count of its own. */
const NUMBER_WORD = String.raw`(?<!-)(?<!\bno\s)(?:(?:${FIGURE_WORD})${SCALED}|a|an|others|another)\b`
const QUALIFIER = String.raw`(?:${COUNT_QUALIFIER.replace(/ /gu, String.raw`\s+`)})\s+`
/** A count with its qualifiers: "at least 3", "more than a dozen", "more a dozen" (sic), "dozens of". */
export const COUNT = String.raw`((?:${QUALIFIER})?${NUMBER_WORD}(?:\s+of)?)`
/** A count that must be a figure: after "the death toll at", "a" or "another" is no count ("the toll was a political number"). */
/** A figure with its qualifier and scale: "at least 27", "about 1.2 million". */
const FIGURE_PHRASE = String.raw`(?:${QUALIFIER})?(?<!-)(?:${FIGURE_WORD})${SCALED}\b`
const FIGURE_COUNT = `(${FIGURE_PHRASE})`
/**
 * A figure anywhere in a sentence: every count pattern needs one, except those built on `COUNT`,
 * which counts "a" and "another" too ("A third person has died"). Lets `findCounts` skip the rest.
 */
export const FIGURE = new RegExp(FIGURE_PHRASE, 'iu')
/** True when `pattern` may count with no figure, being built on `COUNT`. Pure. */
export function countsWithoutFigure(pattern: RegExp): boolean {
  return pattern.source.includes(COUNT)
}
/**
 * The victims' role: up to two modifiers and a known role noun, or any plural word ("citizens",
 * "villagers"), which `findCasualties` keeps only when the tagger reads it as a noun.
 */
const ROLE_HEAD = String.raw`person|man|woman|child|teenagers?|teens?|boys?|girls?|bab(?:y|ies)|infants?|toddlers?|pensioners?|security\s+guards?|guards?|police\s+officers?|policem[ae]n|police|officers?|officials?|soldiers?|troops|civilians?|people|persons|diplomats?|staff|employees?|children|women|men|journalists?|bystanders|passers-by|students|workers|members|others|individuals|victims?|militants?|insurgents?|rebels?|fighters?|gunm[ae]n|attackers?|assailants?|terrorists?|jihadists?|protesters?|demonstrators?|passengers?|crew(?:\s+members?)?|prisoners?|inmates?|firefighters?|firem[ae]n|rescuers?|residents?|villagers?|motorists?|drivers?|pedestrians?|tourists?|migrants?|patients?|nurses?|doctors?|paramedics?|pilots?|miners?|hikers?|survivors?|fish|cattle|livestock|sheep`
/** A role noun of the list, which needs no tagger's word. */
export const KNOWN_ROLE = new RegExp(String.raw`(?:^|\s)(?:${ROLE_HEAD})$`, 'iu')
/** A modifier of the victims' role: a word, or an age ("a 24-year-old man"). */
const ROLE_MODIFIER = String.raw`(?:[a-z-]+|\d+-year-old)\s+`
const ROLE = String.raw`((?:${ROLE_MODIFIER}){0,2}?(?:${ROLE_HEAD}|[a-z-]{3,}s)(?:\s+|(?=[.,;:!?]|$)))?`
/** A count of people of a known role, as one member of a coordination: "a 24-year-old man", "two women". */
const PERSON_COUNT = String.raw`\b${COUNT}\s+((?:${ROLE_MODIFIER}){0,2}?(?:${ROLE_HEAD}))\b`
/** The counts joined before a toll's own count: "a man and | two women were injured", "two men, | a woman and | …". */
export const CONJUNCT_BEFORE = new RegExp(String.raw`${PERSON_COUNT}(,\s+|,?\s+and\s+)$`, 'iu')
/** The counts joined after a toll's object, unless a verb makes them a clause of their own: "killing two soldiers | and a civilian". */
export const CONJUNCT_AFTER = new RegExp(String.raw`^(,\s+|,?\s+and\s+)${PERSON_COUNT}(?!\s+(?:were|was|are|is|had|have|has|died|killed|injured|wounded)\b)`, 'iu')
/** An aside between the victims and their verb: ", including children,", ", most of them women,", ", aged 18 and 19,". */
const ASIDE = String.raw`(?:,\s+(?:(?:including|among\s+them|most(?:ly|\s+of\s+them)?|many\s+of\s+them|all\s+of\s+them)\b[^,.;]{1,40}|aged\s+\d+(?:\s+(?:and|to)\s+\d+)?),\s+)?`
/** Auxiliaries and reporting adverbs before a casualty verb, in any tense: "have died", "had been killed", "were reported killed", "have since died", "have now died". */
const AUX = String.raw`(?:(?:were|was|have|has|had|been|are|is|also|later|since|now|reportedly|confirmed|reported|believed\s+to\s+have|feared)\s+){0,3}`
/** The determiner of a partitive, after its "of": "3 of its supporters", "two of the passengers". */
const PARTITIVE = String.raw`(?:(?<=\bof\s+)(?:the|its|their|his|her|our|those|these)\s+(?!(?:dead|injured|wounded|hurt|killed)\b))?`
/** A relative clause between the victims and a finite verb: "Three patients who took the drug have since died". */
const RELATIVE = String.raw`(?:(?:who|that)\s+[^,.;]{1,40}?\s+(?=(?:have|has|had|were|was)\s))?`

/** Whose the victims are, after them: "11 citizens of the Kyrgyz Republic were killed"; `findCounts` keeps a country or a people only. */
const OF_WHOM = String.raw`(?:of\s+(?!(?:the\s+|those\s+)?(?:dead|injured|wounded|hurt|killed|victims)\b)(?<of>[^,.;]{2,40}?)\s+)?`
/** People a country or a side loses: "Tajikistan lost seven citizens". */
const LOST_PEOPLE = String.raw`((?:[a-z-]+\s+)?(?:citizens|nationals|soldiers|troops|servicemen|civilians|people|men|officers|fighters|personnel)\b)`

/** A casualty verb whose object comes next: a count after it is that verb's, not a clause's subject ("killed | three soldiers"). */
export const CASUALTY_VERB_BEFORE = /\b(?:kill|injur|wound|hurt|shot|shoot)[a-z]*\s+$/iu
/**
 * An object after a casualty verb, which makes the count before it the doers: "A man killed | three people".
 * A time is no object: "Five soldiers wounded | fifteen days ago" are the wounded.
 */
export const ACTIVE_OBJECT = new RegExp(
  String.raw`^\s+(?:${QUALIFIER})?(?:\d[\d,.]*\b|(?:a|an|the|his|her|their|its|him|them|${COUNT_IN_WORDS})\b)(?!\s+(?:minute|hour|day|week|month|year|time)s?\b)`,
  'iu',
)
/** A casualty verb after its auxiliary, which is passive whatever follows: "were killed a day after". */
export const PASSIVE_END = /\b(?:were|was|been|are|is|be)\s+(?:[a-z]+\s+){0,2}?[a-z]+$/iu
/** A count's words that end in a preposition, whose object follows: "193 people on board | a jet", "40 passengers aboard | the ferry". */
export const PREPOSITION_END = /\b(?:aboard|on\s+board|on\s*to|into)$/iu

/**
 * The words from a toll's noun to its figure: "of" right after it ("a death toll of 19"), or a verb after up to three
 * words, which may follow a phrase of where or what ("in the valley fire rose to 19"); an "of" after such a phrase is a
 * place's ("the death toll in the town of 5,000"), no toll.
 */
const TOLL_LINK = String.raw`(?:of|(?:(?:in|at|on|from|across|after)\s+(?:[\p{L}'’-]+\s+){1,10}?)?(?:[a-z]+\s+){0,3}?(?:to|at|reach(?:ed|es)?|hit|hits|pass(?:ed|es)?|top(?:ped|s)?|exceed(?:ed|s)?|was|is|stands\s+at|stood\s+at))`
/** Casualty phrases; group 1 is the count, group 2 the victims' role, where the phrase has them. */
export const KILLED: readonly RegExp[] = [
  new RegExp(String.raw`\b${COUNT}\s+${PARTITIVE}${ROLE}${OF_WHOM}${ASIDE}${RELATIVE}${AUX}(?:killed|dead|died|shot\s+dead|slain|murdered|perished|drowned|lost\s+their\s+lives)\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:lost|loses|losing)\s+${COUNT}\s+${LOST_PEOPLE}(?!\s+(?:to|from)\b)`, 'dgiu'),
  // "threatening to kill one of them", "vowed to kill two", "enough to kill 100": an intent or a capacity, no death;
  // only "went on to kill five" and "used a truck to kill 86" tell of one.
  new RegExp(String.raw`\b(?:killing|killed|(?<!\bto\s+)kill|(?<=\b(?:went|goes|go|going)\s+on\s+to\s+|\b(?:used?|uses|using)\s[^.;,]{1,40}?\bto\s+)kill|claimed\s+the\s+lives\s+of|the\s+killing\s+of|the\s+deaths?\s+of|the\s+murder\s+of)\s+${COUNT}\s*${ROLE}`, 'dgiu'),
  // "claimed 17 lives", "confirmed 18 civilian deaths", "recovered more than 300 bodies"
  new RegExp(String.raw`\bclaim(?:ed|s|ing)?\s+${FIGURE_COUNT}\s+lives\b`, 'dgiu'),
  new RegExp(String.raw`\b${FIGURE_COUNT}\s+((?:[a-z-]+\s+)?)(?:deaths|fatalities)\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:recover|retriev|pull|found|dug|exhum)[a-z]*\s+(?:out\s+)?${FIGURE_COUNT}\s+bodies\b`, 'dgiu'),
  // "the death toll rose to 410", "put the death toll at 410", "the number of dead reached 50", "the number of people killed in the fire rose to 19"
  // Not "put the toll at 312 cases": a toll of what a disease counts, its cases, is no toll of the dead.
  new RegExp(String.raw`\b(?:(?:death|casualty|the|its|official|final)\s+toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|(?:people|those)\s+killed))\s+${TOLL_LINK}\s+${FIGURE_COUNT}(?!\s+(?:(?:confirmed|suspected|new|probable)\s+)?(?:cases|infections|patients|infected))`, 'dgiu'),
]
/** Words without one of which no pattern of the toll matches: a sentence with none is not searched for it. */
export const KILLED_CUE = /\b(?:kill|dead|die|slain|murder|perish|drown|lives|los|death|fatalit|bodies|toll)/iu
export const INJURED_CUE = /\b(?:injur|wound|hurt|hospital|treated|suffer|sustain|receiv)/iu
export const INJURED: readonly RegExp[] = [
  new RegExp(String.raw`\b${COUNT}\s+${PARTITIVE}${ROLE}${OF_WHOM}${ASIDE}${RELATIVE}${AUX}(?:injured|wounded|hurt|hospitali[sz]ed|treated\s+for\s+(?:[a-z]+\s+)?(?:injuries|wounds|burns))\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:injuring|wounding|injured|wounded|injury\s+to|injuries\s+to)\s+${COUNT}\s*${ROLE}`, 'dgiu'),
  // "leaving eleven officers in hospital", "sent 11 officers to hospital", "two people were taken to hospital"
  new RegExp(String.raw`\b(?:left|leaving|leaves|sent|sending|sends|put|putting|puts|landed|landing)\s+${COUNT}\s*${ROLE}(?:in|to|into)\s+(?:the\s+)?hospital\b`, 'dgiu'),
  new RegExp(String.raw`\b${COUNT}\s+${PARTITIVE}${ROLE}${ASIDE}${AUX}(?:(?:remain(?:ed|s)?|still|lie|lies|lay|lying)\s+)?(?:in|taken\s+to|rushed\s+to|admitted\s+to|airlifted\s+to)\s+(?:the\s+)?hospital\b`, 'dgiu'),
  // "one firefighter suffered minor burns", "three people sustained serious injuries"; not "fatal injuries", a death.
  new RegExp(String.raw`\b${COUNT}\s+${PARTITIVE}${ROLE}${ASIDE}${AUX}(?:suffer(?:ed|s|ing)?|sustain(?:ed|s|ing)?|receiv(?:ed|es|ing))\s+(?!(?:fatal|mortal|deadly)\b)(?:[a-z-]+\s+){0,2}?(?:injuries|wounds|burns|fractures|head\s+injur(?:y|ies)|gunshot\s+wounds?|an?\s+(?:[a-z-]+\s+)?(?:injury|wound|burn))\b`, 'dgiu'),
]
/** Who medics treat, when the words name whom: people, not "treated the water". */
export const TREATED_PEOPLE = /\b(?:patients|people|persons|children|adults|babies|infants|residents|victims|casualties|pensioners|others)\s*$/iu
/** Words after "treated" that tell of regard or a gift, no care: "treated as suspects", "treated 500 guests to dinner". */
const NOT_MEDICAL = String.raw`(?:as|like|to|unfairly|badly|differently|equally|fairly|well|poorly|harshly)\b`
export const TREATED_CUE = /\btreat/iu
/**
 * People treated by medics for what is no injury (heatstroke, smoke, poisoning): "the ward had treated 600 patients for
 * heatstroke", "300 people were treated in hospital"; "treated for injuries, wounds or burns" counts the injured (`INJURED`).
 */
export const TREATED: readonly RegExp[] = [
  new RegExp(String.raw`\btreat(?:ed|s|ing)\s+${COUNT}\s+${ROLE}(?!(?:in\s+hospital\s+)?for\s+(?:[a-z-]+\s+)?(?:injuries|wounds|burns)\b|${NOT_MEDICAL})`, 'dgiu'),
  new RegExp(String.raw`\b${COUNT}\s+${ROLE}${ASIDE}${AUX}(?:being\s+)?treated\b(?!\s+(?:in\s+hospital\s+)?for\s+(?:[a-z-]+\s+)?(?:injuries|wounds|burns)\b|\s+${NOT_MEDICAL})`, 'dgiu'),
]
/**
 * A toll of none: "no one was hurt", "nobody was killed", "no injuries had been reported", "there were no casualties",
 * "not aware of any deaths".
 * Not "no serious injuries" (some lighter ones) nor "suffered no injuries" (one person's). `fate` and `also` name the tolls.
 */
export const NO_TOLL: readonly RegExp[] = [
  /\b(?:no\s+one|no-one|nobody)\s+(?:(?:was|were|is|has\s+been|had\s+been|have\s+been|been|reported(?:ly)?|believed\s+to\s+have\s+been)\s+){1,2}(?<fate>killed|injured|hurt|wounded|harmed)\b/dgiu,
  /(?<!\b(?:suffer|sustain)[a-z]*\s+)\bno\s+(?:(?:immediate|initial|early)\s+)?(?:reports?\s+of\s+)?(?<fate>injuries|deaths|fatalities|casualties)(?:\s+(?:or|and)\s+(?<also>injuries|deaths|fatalities))?\b/dgiu,
  // "was not aware of any deaths connected to the problem": none known to the speaker.
  /\b(?:not\s+aware|unaware)\s+of\s+any\s+(?:(?:related|such|reported)\s+)?(?<fate>injuries|deaths|fatalities|casualties)(?:\s+(?:or|and)\s+(?<also>injuries|deaths|fatalities))?\b/dgiu,
]

/** A count of other things than a toll is a figure: "arrested a suspect" tells the arrest, not a count. */
const TALLY = String.raw`(${FIGURE_PHRASE}(?:\s+of)?)`
/** A count in quotation marks: `"around 1.2 million" accounts`. */
const QUOTED_COUNT = String.raw`[“"]?${TALLY}[”"]?`
/** The event's tolls, among the counted facets: their figures are compared as ranges ("17+"), and a total that names no victims is the toll of the one group named. */
export const TOLL_FACETS: ReadonlySet<string> = new Set(['killed', 'injured'])

/** Counts of people arrested; warrants are no arrests ("arrest warrants for 19"), and neither is "the arrest of" a warrant. */
export const ARRESTED: readonly RegExp[] = [
  new RegExp(String.raw`\b${TALLY}\s+${ROLE}${ASIDE}${AUX}(?:arrested|detained|taken\s+into\s+custody|rounded\s+up)\b`, 'dgiu'),
  // Done, not planned or threatened: "vowed to arrest hundreds" counts no one.
  new RegExp(String.raw`\b(?:arrested|detained|rounded\s+up)\s+${TALLY}\s*${ROLE}`, 'dgiu'),
]
export const DISPLACED_CUE = /\b(?:displac|evacu|uproot|homeless|forc|fled|flee|order|told|tell|urg|left|leav|driv|drove)/iu
/** Counts of people who fled or were moved from their homes, or were ordered to leave them (not a country, a job or a room). */
export const DISPLACED: readonly RegExp[] = [
  new RegExp(String.raw`\b${TALLY}\s+${ROLE}${ASIDE}${AUX}(?:displaced|evacuated|uprooted|made\s+homeless|left\s+homeless|forced\s+(?:to\s+flee|from\s+their\s+homes)|fled\s+their\s+homes|(?:ordered|told)\s+to\s+(?:flee|evacuate|leave(?!\s+(?:the\s+|their\s+)?(?:country|company|firm|party|club|team|jobs?|posts?|room|meeting|chamber|court)\b))|(?:(?:now|still)\s+)?under\s+(?:(?:mandatory|an?)\s+)?evacuation\s+orders?)\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:displac(?:ed|ing|es)|evacuat(?:ed|ing|es)|uproot(?:ed|ing|s)|the\s+evacuation\s+of)\s+${TALLY}\s*${ROLE}`, 'dgiu'),
  // "forced about 6,000 residents to evacuate their homes", "ordered 2,000 people to leave the area", "forcing 12,000 people to leave", "left 300 homeless".
  new RegExp(String.raw`\b(?:forc(?:ed|ing|es)|left|leaving|leaves|driv(?:en|ing|es)|drove|order(?:ed|ing|s)?|told|tell(?:s|ing)?|urg(?:ed|es|ing))\s+${TALLY}\s*${ROLE}(?:homeless|from\s+their\s+homes|to\s+(?:(?:evacuate|flee)(?:\s+(?:their\s+homes|the\s+(?:area|town|city|village|region)))?|leave\s+(?:their\s+homes|the\s+(?:area|town|city|village|region))|leave(?=\s*(?:[,.;]|and\s|$)))\b)`, 'dgiu'),
  // "Evacuation orders now cover about 11,000 residents", "evacuation orders for 3,000 people", "5,000 people are under evacuation orders".
  new RegExp(String.raw`\bevacuation\s+(?:orders?|warnings?)\s+(?:(?:now|have|has|had|were|was|are|is|been|already)\s+){0,2}(?:cover(?:ed|s|ing)?|affect(?:ed|s|ing)?|appl(?:y|ies|ied)\s+to|for|to)\s+${TALLY}\s*${ROLE}`, 'dgiu'),
]
/**
 * Counts of people rescued, saved or brought to safety: "31 people were rescued", "22 survivors were brought ashore",
 * "pulled 22 survivors from the water", "rescued 31 people". The saved must be people: not "saved $3 million".
 */
const SAVED_PEOPLE = String.raw`(?:people|persons|survivors|migrants|refugees|passengers|crew(?:\s+members)?|children|adults|residents|villagers|fishermen|sailors|miners|workers|tourists|hikers|climbers|swimmers|others|men|women|students|patients)`
const SAVED = String.raw`((?:[a-z-]+\s+){0,2}?${SAVED_PEOPLE}\b)`
/** Only people are rescued, if the words name whom: not "12 dogs were rescued", nor the dead ("five bodies were brought ashore"). */
export const RESCUED_PEOPLE = new RegExp(String.raw`^\s*$|\b${SAVED_PEOPLE}\s*$`, 'iu')
export const RESCUED_CUE = /\b(?:rescu|sav|airlift|winch|pluck|pull|pick|brought|taken|found|find)/iu
export const RESCUED: readonly RegExp[] = [
  // "The lives of dozens of passengers were saved by the guard" weighs what might have been, no rescue counted.
  new RegExp(String.raw`(?<!\blives\s+of\s+)\b${TALLY}\s+${ROLE}${ASIDE}${AUX}(?:rescued|saved|(?:airlifted|winched|plucked|pulled|picked\s+up|brought|taken|found)\s+(?:alive|ashore|to\s+safety|from\s+the\s+(?:water|sea|rubble|river|wreckage)))\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:rescu(?:ed|es|ing)|sav(?:ed|es|ing))\s+${TALLY}\s+${SAVED}`, 'dgiu'),
  new RegExp(String.raw`\b(?:pull(?:ed|s|ing)|pluck(?:ed|s|ing)|airlift(?:ed|s|ing)|winch(?:ed|es|ing)|pick(?:ed|s|ing)\s+up|found|find(?:s|ing)?)\s+${TALLY}\s+((?:[a-z-]+\s+)?survivors)\b`, 'dgiu'),
]
/** The upper end of a span of figures: "130" of "120 to 130". */
const SPAN_END = String.raw`(?:\d[\d,]*|${BELOW_HUNDRED_WORD})\b`
/** A figure or a span of them, which eyewitnesses and estimates give: "between 120 and 130", "120 to 130", "50 or more". */
const SPAN_FIGURE = String.raw`(?:between\s+(?:\d[\d,]*|${BELOW_HUNDRED_WORD})\s+and\s+${SPAN_END}|${FIGURE_PHRASE}(?:\s+to\s+${SPAN_END}|\s+or\s+more\b)?)`
const SPAN_TALLY = String.raw`(${SPAN_FIGURE}(?:\s+of)?)`
/** A modal estimate of a state: "could still be", "may be". */
const MODAL_STATE = String.raw`(?:(?:could|may|might|would|must)\s+(?:still\s+)?(?:be|remain)\s+)?`
/** Counts of people missing: "four others are unaccounted for", "three people were still missing", "two remain missing", "as many as 60 people could still be missing", "would put the missing at 50 or more". */
export const MISSING: readonly RegExp[] = [
  new RegExp(String.raw`\b${SPAN_TALLY}\s+${ROLE}${ASIDE}${AUX}${MODAL_STATE}(?:(?:remain(?:ed|s)?|still|listed\s+as|reported)\s+){0,2}(?:missing|unaccounted\s+for)\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:number\s+of\s+(?:the\s+)?(?:missing|people\s+missing)|missing\s+toll|put(?:s|ting)?\s+the\s+missing)\s+(?:[a-z]+\s+){0,3}?(?:to|at|of|reached|was|is|stands\s+at|stood\s+at)\s+(${SPAN_FIGURE})`, 'dgiu'),
]
/** Who is counted on board. */
const ABOARD_NOUN = String.raw`(?:[a-z-]+\s+)?(?:people|passengers|migrants|refugees|asylum\s+seekers|persons|crew(?:\s+members)?|children|adults)\b`
/** People counted on board a boat, a plane or a vehicle: "about 90 people had been on board", "a boat carrying 120 to 130 people", "crammed on to the vessel". */
export const ABOARD: readonly RegExp[] = [
  // Only people are aboard: "400 establishment Democrats on board" back a plan.
  new RegExp(String.raw`\b${SPAN_TALLY}\s+((?:${ABOARD_NOUN}\s+)?)${AUX}(?:aboard|on\s+board|crammed\s+(?:on\s*to|into|aboard)|packed\s+(?:on\s*to|into|aboard)|squeezed\s+(?:on\s*to|into|aboard))\b(?!\s+with\b)`, 'dgiu'),
  new RegExp(String.raw`\b(?:carrying|carried|ferrying|transporting|packed\s+with|crammed\s+with)\s+${SPAN_TALLY}\s+(${ABOARD_NOUN})`, 'dgiu'),
  new RegExp(String.raw`\bwith\s+${SPAN_TALLY}\s+(${ABOARD_NOUN})\s+(?:aboard|on\s+board)\b`, 'dgiu'),
  // A crew is counted on board without saying so: "the 23 crew members", "detaining its 24 crew", "all nine crew"; not "fire crews".
  new RegExp(String.raw`(?<=\b(?:the|its|their|her|his|all)\s+|['’]s\s+)${SPAN_TALLY}\s+(crew(?:\s+members)?|crewmen|crewmembers)\b`, 'dgiu'),
  // "a crew of 24": the ship's or the plane's, not "a film crew of 30".
  new RegExp(String.raw`\ba\s+crew\s+of\s+${SPAN_TALLY}`, 'dgiu'),
]
/** The cases of a disease: "71 suspected cases", "infected 63", "at least three health workers have been infected", "the number of cases rose to 77". */
export const CASES: readonly RegExp[] = [
  new RegExp(String.raw`\b${SPAN_TALLY}\s+((?:(?:new|suspected|confirmed|probable|possible|reported|known|recorded|laboratory-confirmed|and|or)\s+){0,3}(?:cases|infections))\b(?!\s+(?:against|in\s+court)\b)`, 'dgiu'),
  new RegExp(String.raw`\b(?:infect(?:ed|ing|s)|sicken(?:ed|ing|s))\s+${SPAN_TALLY}\s*${ROLE}`, 'dgiu'),
  new RegExp(String.raw`\b${SPAN_TALLY}\s+${ROLE}${ASIDE}${AUX}(?:(?:now|been|also)\s+){0,2}(?:infected|tested\s+positive|fallen\s+ill|fell\s+ill|sickened|contracted\s+the\s+(?:disease|virus|fever|illness|infection))\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:number\s+of\s+(?:(?:suspected|confirmed|probable|reported)\s+)?(?:cases|infections)|case\s+(?:count|tally|total))\s+(?:[a-z]+\s+){0,3}?(?:to|at|of|reached|was|is|stands\s+at|stood\s+at)\s+(${SPAN_FIGURE})`, 'dgiu'),
]
/** An article about a disease: only there are "cases" the sick. */
export const ABOUT_DISEASE = /\b(?:outbreak|epidemic|pandemic|virus|infect(?:ed|ion|ions|ious)|disease|fever|cholera|measles|flu|influenza|covid)\b/iu
/** Who the sick are, apart from everyone: health workers infected are a count of their own. */
export const CASE_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:health(?:care)?\s+workers?|medics?|doctors?|nurses?|medical\s+(?:staff|workers))$/u, 'health workers'],
  [/(?:)/u, 'people'],
]
/** Shots fired and bullets that hit: "fires four times", "pumped FIVE bullets", "counted four shots", "five bullet wounds". */
export const SHOTS: readonly RegExp[] = [
  // Not "hit 1.75 times" the average: only a gun's verbs count shots in times.
  // "saw officers fire "at least four times"": a witness's quoted count.
  new RegExp(String.raw`\b(?:shoot|shot|shoots|shooting|fir(?:e|ed|es|ing))\s+(?:(?:him|her|them|it|at\s+(?:him|her|them|the\s+[a-z]+))\s+)?["“]?${TALLY}\s+()times\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:fir(?:ed|es|ing)|pump(?:ed|s|ing)|emptie?(?:d|s)|unload(?:ed|s|ing)|discharg(?:ed|es|ing)|heard|counted|let\s+off|squeezed\s+off)\s+${TALLY}\s+((?:more\s+|further\s+)?(?:gun)?(?:shots|bullets|rounds))\b`, 'dgiu'),
  new RegExp(String.raw`\b${TALLY}\s+((?:(?:more|further|separate)\s+)?(?:bullets|(?:bullet|gunshot)\s+wounds|(?:gun)?shots\s+(?=(?:were|had\s+been|was|rang)\s)))`, 'dgiu'),
]
/** Buildings a disaster or an attack destroyed: "destroyed at least 180 homes", "212 homes were lost", "razing 40 houses"; "destroyed or damaged" counts no destruction. */
const BUILDINGS = String.raw`((?:[a-z-]+\s+){0,2}?(?:homes|houses|buildings|properties|dwellings|structures|residences|apartments|businesses|shops|schools)\b)`
export const DESTROYED: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:destroy(?:ed|ing|s)?|raz(?:ed|ing|es)|flatten(?:ed|ing|s)?|level(?:l?ed|l?ing)|gutt(?:ed|ing)|burn(?:ed|t|ing)\s+down)\s+${TALLY}\s+${BUILDINGS}(?!\s+(?:and|or)\s+damag)`, 'dgiu'),
  new RegExp(String.raw`\b${TALLY}\s+${BUILDINGS}\s+${AUX}(?:destroyed|lost|razed|flattened|levell?ed|gutted|burn(?:ed|t)\s+(?:down|to\s+the\s+ground)|reduced\s+to\s+(?:rubble|ashes))\b(?!\s+(?:and|or)\s+damag)`, 'dgiu'),
]
/**
 * Buildings a disaster or an attack damaged or flooded, short of destroying them: "flooding more than
 * 1,200 homes", "More than 1,500 properties were flooded", "damaged 40 buildings"; "destroyed or damaged"
 * counts these together, "damaged or destroyed" too.
 */
export const DAMAGED: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:destroy(?:ed|ing|s)?\s+or\s+)?(?:damag(?:ed|ing|es?)|flood(?:ed|ing|s)?|inundat(?:ed|ing|es?)|swamp(?:ed|ing|s)?|submerg(?:ed|ing|es?))\s+${TALLY}\s+${BUILDINGS}`, 'dgiu'),
  new RegExp(String.raw`\b${TALLY}\s+${BUILDINGS}\s+${AUX}(?:(?:destroyed\s+or\s+|badly\s+|severely\s+|partly\s+|partially\s+)?damaged|flooded|inundated|swamped|submerged|under\s+water|(?:damaged|flooded)\s+or\s+destroyed)\b`, 'dgiu'),
]
/** A word every `DAMAGED` pattern needs: a sentence without one is not searched. */
export const DAMAGED_CUE = /damag|flood|inundat|swamp|submerg|under\s+water/iu
/** A land area's units, in hectares each. */
export const AREA_UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:hectares|ha)$/iu, 1],
  [/^acres$/iu, 0.404686],
  [/^(?:square\s+kilomet(?:re|er)s|sq\.?\s?km|km2|km²)$/iu, 100],
  [/^(?:square\s+miles|sq\.?\s?mi)$/iu, 258.999],
]
/** The same units as one alternation (each unit's pattern without its anchors). */
const AREA_UNIT = AREA_UNITS.map(([unit]) => unit.source.slice(1, -1)).join('|')
/** An area with the same in hectares after it, in brackets: "120,000 acres (48,500 hectares)". */
const AREA = String.raw`(?<count>${FIGURE_PHRASE})\s+(?<unit>${AREA_UNIT})(?![\p{L}\d])(?:\s+\((?<converted>\d[\d,]*(?:\.\d+)?)\s+(?:hectares|ha)\))?`
/** Land a fire, a flood or a storm went over: "has burnt 51,200 hectares", "scorched more than 120,000 acres", "48,000 hectares of bush were burnt". */
export const AREA_BURNT: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:scorch(?:ed|es|ing)?|burn(?:ed|t|s|ing)?|blacken(?:ed|s|ing)?|raz(?:ed|es|ing)|consum(?:ed|es|ing)|destroy(?:ed|s|ing)?|char(?:red|ring)|ravag(?:ed|es|ing)|devastat(?:ed|es|ing)|flood(?:ed|s|ing)|inundat(?:ed|es|ing)|engulf(?:ed|s|ing)|spread|grown|grew|cover(?:ed|s|ing)?)\s+(?:(?:through|across|over|to)\s+)?(?:an\s+(?:estimated|area\s+of)\s+)?${AREA}`, 'dgiu'),
  new RegExp(String.raw`\b${AREA}(?:\s+of\s+[a-z-]+(?:\s+(?:and\s+)?[a-z-]+){0,2})?\s+${AUX}(?:burnt|burned|scorched|blackened|razed|destroyed|flooded|consumed|charred)\b`, 'dgiu'),
]
/** A duration written as one hyphenated word before its noun: "a four-year ban", "an 18-month suspension". */
const HYPHENATED_DURATION = String.raw`(?<count>\d+|[a-z]+(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)-(?<unit>year|month)`
/**
 * A length of time in years, months or both: "four years", "three years and seven months", "18 months", "two and a
 * half years", "two years and a half".
 */
const DURATION = String.raw`(?<count>${FIGURE_PHRASE})(?<halfBefore>\s+and\s+a\s+half)?\s+(?<unit>years?|months?)(?:\s+and\s+(?:(?<half>a\s+half)|(?<more>${FIGURE_PHRASE})\s+months?))?`
/** The role nouns of a person punished named by no name: "the sprinter", "its striker". */
const PUNISHED_ROLE = String.raw`(?:man|woman|men|women|teenager|youth|couple|pair|player|athlete|sprinter|runner|cyclist|rider|swimmer|boxer|wrestler|jockey|driver|footballer|striker|defender|midfielder|goalkeeper|coach|manager|referee|official|officer|doctor|lawyer|judge|teacher)`
/**
 * The person a verb of punishment takes as its object before the length ("jailed him for five years", "banned sprinter
 * Ana Diaz for four years", "suspended the striker for six months"): a pronoun, a name after up to two lower-case words,
 * or a role noun; case-sensitive, so that "suspended operations for two weeks" takes no one.
 */
const PUNISHED = String.raw`(?:him|her|them|(?:(?:the|its|their|his|her)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?${PUNISHED_ROLE})`
/**
 * A custodial term: "jailed for 11 years", "sentenced to 18 months", "an 11-year sentence", "a sentence of six years",
 * "given eight years in prison"; "faces up to 14 years" is the maximum, no term passed, and "given two years to repay" no term.
 */
export const CUSTODIAL: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:jailed|imprisoned|locked\s+up|caged|put\s+behind\s+bars|sentenced)\s+(?:for|to)\s+(?:just\s+|only\s+)?${DURATION}`, 'dgiu'),
  new RegExp(String.raw`\b(?:jailed|imprisoned|sentenced)\s+${PUNISHED}\s+(?:for|to)\s+(?:just\s+|only\s+)?${DURATION}`, 'dgu'),
  new RegExp(String.raw`\b${HYPHENATED_DURATION}\s+(?:(?:prison|jail|custodial)\s+)?(?:sentence|term)\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:(?:prison|jail|custodial)\s+(?:sentence|term)|sentence)\s+of\s+${DURATION}`, 'dgiu'),
  new RegExp(String.raw`\b(?:given|handed|received|receives|gets|got)\s+(?:just\s+|only\s+)?${DURATION}(?=\s+(?:in\s+(?:prison|jail)|behind\s+bars|(?:of\s+)?imprisonment)\b)`, 'dgiu'),
]
/** A verdict or a plea with the charges it is on: "convicted ... of three counts of manslaughter and four offences under", "found guilty of all eight charges". */
export const CHARGE_VERDICT = /\b(?:(?<convicted>convicted|found\s+guilty|pleaded\s+guilty|pled\s+guilty|admitted)|(?<acquitted>acquitted|cleared|found\s+not\s+guilty)|(?<charged>charged|indicted)|(?<denied>denied|denies|pleaded\s+not\s+guilty))\b/giu
/** Where the charges of a verdict end: a clause break, a subset ("including three of manslaughter"), or what they relate to ("over the deaths", not "over 30 breaches"). */
export const CHARGES_END = new RegExp(String.raw`[.;:,!?]|\b(?:including|among|but|while|after|before|because|when|which|who|relating|related|over(?!\s+(?:${FIGURE_WORD})\b))\b`, 'giu')
/** One item of a verdict's charges: "three counts", "all eight charges", "four offences", "one further fire safety count", "30 breaches of" (rules). */
export const CHARGE_ITEM = new RegExp(String.raw`(?:\ball\s+)?(?<count>${FIGURE_PHRASE})\s+(?:[a-z-]+\s+){0,3}?(?:counts?|charges?|offen[cs]es?|breach(?:es)?(?=\s+of\b))\b`, 'giu')
/** A superseded figure a correction gives: "An earlier version of this story said ...". */
export const SUPERSEDED = /\b(?:earlier|previous)\s+version\s+of\s+this\b/iu
/** Counts of people or data a breach or a disaster reached: "3.4 million customers were affected", "exposed the data of 1.2 million users". */
const REACHED = String.raw`(?:affect|impact|compromis|leak|breach|hack|expos)(?:ed|ing|es|e|s)?|st(?:ole|olen|eal|eals|ealing)`
export const AFFECTED: readonly RegExp[] = [
  new RegExp(String.raw`\b${QUOTED_COUNT}\s+${ROLE}${ASIDE}${AUX}(?:affected|impacted|exposed|compromised|stolen|leaked|breached|hacked)\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:${REACHED})\s+(?:the\s+)?(?:(?:personal|private|sensitive|financial)\s+)?(?:(?:data|information|details|records)\s+(?:of|on|for)\s+)?${QUOTED_COUNT}\s+${ROLE}`, 'dgiu'),
  // "the number of affected accounts was about 1.2 million": the noun before its count
  new RegExp(String.raw`\bnumber\s+of\s+(?=affected\s|[a-z-]+\s+affected\b)(?:affected\s+)?(?<role>[a-z-]+)(?:\s+affected)?\s+(?:was|is|at|to|stood\s+at|stands\s+at|reached|rose\s+to)\s+[“"]?(?<count>${FIGURE_PHRASE})`, 'dgiu'),
  // a stolen data set's size: "it contained around 6 million records"
  new RegExp(String.raw`\b(?:contain(?:ed|s|ing)?|includ(?:ed|es|ing))\s+${TALLY}\s+((?:[a-z-]+\s+)?(?:records|rows|entries|e-?mail\s+addresses|passwords|accounts)\b)`, 'dgiu'),
]
/** Counts of homes or customers cut off from electricity. */
export const OUTAGE: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:left|leaving|leaves)\s+${TALLY}\s*${ROLE}without\s+(?:power|electricity)\b`, 'dgiu'),
  new RegExp(String.raw`\bcut\s+(?:power|electricity)\s+(?:supplies\s+)?to\s+${TALLY}\s*${ROLE}`, 'dgiu'),
  new RegExp(String.raw`\b${TALLY}\s+${ROLE}${AUX}(?:(?:remain(?:ed|s)?|still)\s+)?(?:without|lost|had\s+no)\s+(?:power|electricity)\b`, 'dgiu'),
]
const JOB_NOUN = String.raw`((?:[a-z-]+\s+)?(?:jobs|positions|posts|roles)\b)`
const WORKER_NOUN = String.raw`((?:[a-z-]+\s+)?(?:jobs|positions|workers|employees|staff|staffers|people|personnel)\b)`
/** Counts of jobs cut: "cut 1,200 jobs", "laid off 300 workers", "1,200 jobs will be lost", "1,200 layoffs". */
export const JOBS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:cut(?:s|ting)?|slash(?:es|ed|ing)?|shed(?:s|ding)?|eliminat(?:e|es|ed|ing)|ax(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|los(?:e|es|t|ing)|wip(?:e|es|ed|ing)\s+out|gut(?:s|ted|ting)?|destroy(?:s|ed|ing)?)\s+${TALLY}\s+${JOB_NOUN}`, 'dgiu'),
  new RegExp(String.raw`\b(?:lay(?:s|ing)?\s+off|laid\s+off|fir(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|sack(?:s|ed|ing)?)\s+${TALLY}\s+${WORKER_NOUN}`, 'dgiu'),
  new RegExp(String.raw`\b${TALLY}\s+${WORKER_NOUN}\s+(?:(?:will|would|could|are|were|was|is|have|has|had|be|been|being|to)\s+){0,3}(?:cut|lost|axed|eliminated|shed|slashed|laid\s+off|made\s+redundant)\b`, 'dgiu'),
  // "about 2,400 positions will go", "1,000 jobs are to disappear"
  new RegExp(String.raw`\b${TALLY}\s+${JOB_NOUN}\s+(?:will|would|could|may|might|are\s+(?:set\s+)?to|were\s+to)\s+(?:go|disappear|vanish)\b`, 'dgiu'),
  new RegExp(String.raw`\b${TALLY}\s+()(?:job\s+cuts|layoffs|lay-offs|redundancies|job\s+losses)\b`, 'dgiu'),
]

/** More put at risk with the jobs: "3,000 jobs | and billions in investment | at risk". */
const AND_MORE = String.raw`(?:\s+and\s+[^,.;]{1,40}?)?`
/** The state of jobs at risk: "at risk", "in jeopardy", "under threat". */
const RISK_STATE = String.raw`(?:at\s+risk|in\s+(?:jeopardy|danger|doubt)|under\s+threat)`
/**
 * Jobs threatened, not cut: "puts 3,000 jobs at risk", "has thrown 3,000 jobs into doubt", "threatens 800 jobs",
 * "200 jobs are now under threat". `findCounts` reads them as a projection, never a cut made.
 */
export const JOBS_AT_RISK: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:put(?:s|ting)?|plac(?:e|es|ed|ing)|left|leav(?:e|es|ing))\s+${TALLY}\s+${JOB_NOUN}${AND_MORE}\s+${RISK_STATE}\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:thr(?:ew|own|ow|ows|owing)|cast(?:s|ing)?)\s+${TALLY}\s+${JOB_NOUN}${AND_MORE}\s+into\s+(?:doubt|question|jeopardy|uncertainty)\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:threaten(?:s|ed|ing)?|endanger(?:s|ed|ing)?|jeopardi[sz](?:e|es|ed|ing)|imperil(?:s|led|ling)?)\s+${TALLY}\s+${JOB_NOUN}`, 'dgiu'),
  new RegExp(String.raw`\b${TALLY}\s+${JOB_NOUN}\s+(?:(?:are|were|is|was|remain(?:s|ed)?|now|still|could\s+be|may\s+be|be)\s+){0,3}(?:${RISK_STATE}|threatened)\b`, 'dgiu'),
]

/** The noun by which a figure given before is referred to: "the figure", "that toll", "the casualty numbers". */
const FIGURE_REFERENCE = String.raw`(?:the|that|this|these|those|their|its)\s+(?:death\s+|casualty\s+)?(?:figures?|toll|numbers?|count|tally|estimates?)`
/** Words that call a figure untrue: "fabricated", "exaggerated", "propaganda". */
const FALSEHOOD = String.raw`(?:fabricat\w*|false|fake|invented|exaggerated|inflated|untrue|baseless|groundless|unfounded|lies?|propaganda|nonsense|fiction\w*|absurd|made[- ]up)`
/**
 * A figure given before rejected by reference: by a verb of rejection ("disputed the toll", "dismissed the figures")
 * or by a label of falsehood ("called the figure "fabricated propaganda"", "described the numbers as exaggerated").
 */
export const REJECTED_FIGURE = new RegExp(String.raw`\b(?:(?:disputed|disputes|disputing|rejected|rejects|rejecting|denied|denies|denying|dismissed|dismisses|dismissing)\s+${FIGURE_REFERENCE}\b`
  + String.raw`|(?:called|calls|calling|described|describes|describing|branded|brands|branding)\s+${FIGURE_REFERENCE}\s+(?:as\s+)?["“']?(?:(?:an?|pure|complete|total|outright)\s+)?${FALSEHOOD}(?:\s+${FALSEHOOD})?["”']?)`, 'dgiu')
/** A figure restated by reference to one given before it: "Union officials have put the figure closer to 3,000". */
export const RESTATED = /\bput(?:s|ting)?\s+(?:the|that|this)\s+(?:figure|number|total|tally)\s+(?<how>closer\s+to|close\s+to|nearer(?:\s+to)?|at|as\s+high\s+as|as\s+low\s+as)\s+(?<count>\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion))?)\b/dgiu

/** A sporting or professional ban's length: "banned from athletics for four years", "banned him for two years", "a FOUR-YEAR ban", "suspended for 18 months"; "out for …" only in a ban's sentence. */
export const BAN: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:banned|barred|suspended|(?<out>out))\s+(?:from\s+(?:[\p{L}-]+\s+){1,3}?)?for\s+${DURATION}`, 'dgiu'),
  new RegExp(String.raw`\b(?:bann(?:ed|ing)|bans?|barred|suspend(?:s|ed|ing)?)\s+${PUNISHED}\s+(?:from\s+(?:[\p{L}-]+\s+){1,3}?)?for\s+${DURATION}`, 'dgu'),
  new RegExp(String.raw`\b${HYPHENATED_DURATION}\s+(?:[a-z]+\s+)?(?:ban|suspension)\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:ban|suspension)\s+of\s+${DURATION}`, 'dgiu'),
]
/** A sentence that speaks of a ban, where "in effect out for three years" is the ban's length. */
export const BAN_SENTENCE = /\b(?:ban|banned|suspension|suspended)\b/iu
/** How long someone was held: "had been held in Durovia for 19 months", "detained for 18 months", "spent two years in custody". */
export const DETENTION: readonly RegExp[] = [
  // "jailed for 11 years" is a sentence passed (CUSTODIAL), not a time held.
  new RegExp(String.raw`\b(?:held|detained|kept)\s+(?:(?:captive|hostage|incommunicado|without\s+(?:charge|trial))\s+|(?:in|at|by)\s+(?:[\p{L}-]+\s+){1,3}?)?for\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?${DURATION}`, 'dgiu'),
  new RegExp(String.raw`\b(?:spent|spending|after|following)\s+${DURATION}\s+(?:in|behind)\s+(?:custody|detention|captivity|jail|prison|bars)\b`, 'dgiu'),
]

/** Words of an article about a release of prisoners or hostages, where "seven prisoners had been freed" is a count of it. */
export const ABOUT_RELEASE = /\b(?:prisoners?|hostages?|detainees?|captives?|swap|exchange|freed|released)\b/iu
/** Who a release frees: people held, or a people by its demonym ("five Durovians"), which `findCounts` keeps only when its last word is one (RELEASED_PEOPLE). */
const FREED = String.raw`((?:(?!(?:${FIGURE_WORD}|of)\s)[\p{L}-]+\s+){0,2}?[\p{L}-]{3,}s\b)`
export const RELEASED_PEOPLE = /(?:\b(?:prisoners|detainees|hostages|captives|inmates|citizens|nationals|people|persons|men|women|children|journalists|activists|dissidents|soldiers|servicemen|sailors|fishermen|patriots|militants|fighters|insurgents|rebels)|\b\p{Lu}[\p{L}-]+(?:ans|is|ese|ons))\s*$/u
/** Counts of people freed: "freeing three citizens", "in return for five Durovians", "seven prisoners had been freed", "three Talmerians freed", "Seven citizens who were imprisoned … arrived home". */
export const RELEASED: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:free(?:d|s|ing)?|releas(?:e|es|ed|ing)|pardon(?:s|ed|ing)?|(?:in\s+(?:return|exchange)|traded)\s+for)\s+${TALLY}\s+${FREED}`, 'dgiu'),
  new RegExp(String.raw`\b${TALLY}\s+${FREED}\s+(?:who\s+[^,.;]{1,60}?\s+)?(?:(?:were|was|have|has|had|been|being|also|later|now|finally)\s+){0,3}(?:freed|released|set\s+free|pardoned|(?:arrived|returned|return|flew|came)\s+home)\b`, 'dgiu'),
]

/** A figure that is a percentage is a rate, not a headcount: "turnout was 62%". */
const NOT_A_PERCENT = String.raw`(?![.\d]*\s*(?:%|percent\b|per\s+cent\b))`
/** Who a crowd is made of, for verbs that draw other things too ("drew several staff members from Google"). */
const CROWD = String.raw`((?:[a-z-]+\s+){0,2}?(?:people|supporters|protesters|demonstrators|marchers|participants|fans|spectators|voters|attendees|visitors|mourners|worshippers|activists)\b)(?!\s+(?:into|from|away)\b)`
/** Words of an article about a protest, a rally, a vote or a show, the only kind with a turnout; "march" in lower case, as "March" is a month. */
export const ABOUT_TURNOUT = /\b(?:[Pp]rotest|[Rr]all(?:y|ies)|march|[Mm]arch(?:es|ed|ers|ing)|[Dd]emonstrat|[Vv]ot(?:e|es|ed|ing|ers)\b|[Ee]lect|[Tt]urnout|[Cc]rowd|[Vv]igil|[Pp]rocession|[Pp]arade|[Bb]allot|[Rr]eferendum|[Ss]pectators|[Aa]ttend|[Gg]ather|[Ww]alkout|[Ss]trike)/u
/** Counts of people at a protest, a rally or a vote: "put the turnout at 18,000", "more than 70,000 people took part", "drew 40,000 supporters". */
export const TURNOUT: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:turnout|crowds?|attendance|number\s+of\s+(?:protesters|demonstrators|marchers|participants))(?:\s+size)?\s+(?:[a-z]+\s+){0,3}?(?:to|at|of|reached|was|is|stood\s+at|numbered|swelled\s+to)\s+${FIGURE_COUNT}${NOT_A_PERCENT}(?!\s+of\b)`, 'dgiu'),
  // A strike's turnout too: "41,000 members joined picket lines", "8,000 drivers walked out", "nurses walked out of hospitals", not "walked out of the talks".
  new RegExp(String.raw`\b${TALLY}\s+${ROLE}${ASIDE}${AUX}(?:took\s+part|march(?:ed)?|joined\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+)?(?:march|protest|rally|demonstration|walkout|procession|vigil|strike|stoppage|picket\s+lines?)|turned\s+out|rallied|gathered|took\s+to\s+the\s+streets|walked\s+out(?!\s+of\s+(?:the\s+|a\s+)?(?:meetings?|talks|negotiations|session|hearing|court|chamber|parliament|room|interview|studio|debate|conference)\b)|went\s+on\s+strike)\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:drew|draws|drawing|attracted|attracts|brought\s+out|mobili[sz]ed)\s+(?:a\s+crowd\s+of\s+)?${TALLY}${NOT_A_PERCENT}\s*${CROWD}`, 'dgiu'),
]

/** What closes: a business, a branch, a school. */
const CLOSABLE = String.raw`((?:[a-z-]+\s+){0,2}?(?:businesses|companies|firms|enterprises|shops|stores|outlets|branches|factories|plants|mines|restaurants|bars|pubs|hotels|schools|hospitals|clinics|banks|offices|sites)(?:\s+|(?=[.,;:!?]|$)))`
/**
 * A projection, not a report of what happened: "could close", "were at risk of closing". Lower
 * case only: "May" is a month; "as expected" and "than expected" tell what happened.
 */
export const PROJECTED = /(?<!\b(?:as|than|had)\s+)\b(?:could|may|might|would|at\s+risk|in\s+danger|under\s+threat|threatened|likely|expect(?:s|ed|ing)?|forecasts?|projected|predicted)\b/u
/** Counts of businesses or other places closing: "200 stores will close", "40,000 firms could close", "60,000 small firms were at risk of closing", "closed 30 branches". */
export const CLOSURES: readonly RegExp[] = [
  new RegExp(String.raw`\b${TALLY}\s+${CLOSABLE}${AUX}(?:(?:could|may|might|would|will|are\s+(?:likely|expected|set)\s+to|face)\s+(?:be\s+forced\s+to\s+)?)?(?:close|closed|shut(?:\s+down)?|go\s+(?:bankrupt|bust|under|out\s+of\s+business)|went\s+(?:bankrupt|bust|under|out\s+of\s+business)|fold(?:ed)?)\b`, 'dgiu'),
  new RegExp(String.raw`\b${TALLY}\s+${CLOSABLE}${AUX}(?:at\s+risk|in\s+danger|under\s+threat|threatened)\s+(?:of|with)\s+(?:closing|closure|being\s+closed|shutting(?:\s+down)?|bankruptcy|going\s+(?:bankrupt|bust|under|out\s+of\s+business))\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?)\s+${TALLY}\s+${CLOSABLE}`, 'dgiu'),
]

/** What is called off: a hospital's operations, a line's flights and trains, a school's classes, a season's games. */
const CANCELLABLE = String.raw`((?:[a-z-]+\s+){0,2}?(?:operations|surgeries|procedures|appointments|flights|trains|services|sailings|departures|classes|lessons|lectures|exams|matches|games|fixtures|concerts|performances|shows|screenings)\b)`
const CALLED_OFF = String.raw`(?:cancell?ed|postponed|called\s+off|scrapped|axed|rescheduled)`
/**
 * Items cancelled or postponed, one count, as both call off what was planned: "cancel more than 6,500
 * operations", "1,200 planned operations had to be postponed", "scrapped 240 flights". A delay is none.
 */
export const CANCELLED: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:cancel(?:l?ed|l?ing|s)?|postpon(?:e|ed|es|ing)|call(?:ed|ing|s)?\s+off|scrap(?:ped|ping|s)?|ax(?:e|ed|es|ing)|reschedul(?:e|ed|es|ing))\s+${TALLY}\s+${CANCELLABLE}`, 'dgiu'),
  new RegExp(String.raw`\b${TALLY}\s+${CANCELLABLE}\s+${AUX}(?:(?:had|have|has)\s+(?:had\s+)?to\s+be\s+|(?:be|being)\s+)?${CALLED_OFF}\b`, 'dgiu'),
]
/** A word every `CANCELLED` pattern needs. */
export const CANCELLED_CUE = /cancel|postpon|call(?:ed|ing|s)?\s+off|scrap|\bax|reschedul/iu

/** Indicators given as a level: "the benchmark interest rate", "inflation", "the unemployment rate", "voter turnout", "the corporate tax rate". */
const RATE_HEAD = String.raw`(?:(?:benchmark|policy|key|main|base|official|lending|overnight|cash|repo|refinancing|deposit)\s+(?:interest\s+)?|interest\s+)rates?`
const LEVEL_HEAD = String.raw`${RATE_HEAD}|(?:(?:annual|headline|core|consumer[-\s]price)\s+)?inflation(?:\s+rate)?|unemployment(?:\s+rate)?|jobless(?:ness|\s+rate)|(?:(?:economic|GDP|annual)\s+)?growth(?:\s+rate)?|(?:voter\s+)?turnout|(?:(?:corporate|corporation|income|sales|top)\s+)?tax\s+rate`
/** Indicators whose change is the figure: consumer prices rising 6.1% is inflation of 6.1%, the economy growing 2% is growth of 2%. */
const CHANGE_HEAD = String.raw`consumer\s+prices|consumer\s+price\s+index|CPI|(?:the\s+)?economy|GDP|gross\s+domestic\s+product`
const PERCENT = String.raw`(?<qualifier>(?:about|around|nearly|almost|roughly|some|just\s+(?:over|under)|more\s+than|over|above|less\s+than|under|below)\s+)?(?<figure>-?\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)`
/** The level a figure moved from, after it: "to 4 percent by the end of the year, down from 10.1 percent (in January)". */
export const EARLIER_LEVEL = new RegExp(String.raw`^[^;.%\d]{0,50}?,?\s+(?:down|up)\s+from\s+${PERCENT}`, 'diu')
/** Words between an indicator and its level, a change included: "by half a percentage point", "by 0.5% ", ", now running". */
const LEVEL_GAP = String.raw`(?<gap>(?:,?\s+(?:by\s+\d+(?:\.\d+)?\s?%|[^\s;%,]+)){0,6}?)`
/** A level: "raised its benchmark interest rate by half a point to 7.25%", "inflation, now running at 6.4%", "turnout was 62%". A change alone ("rose by half a point") is none. */
export const LEVEL = new RegExp(String.raw`\b(?<head>${LEVEL_HEAD})${LEVEL_GAP},?\s+(?<verb>to|at|of|was|is|were|are|stood\s+at|stands\s+at|running\s+at|ran\s+at|hit|hits|reach|reached|reaches|remain(?:ed|s)?\s+at|held\s+at|kept\s+at|steady\s+at|unchanged\s+at)\s+${PERCENT}`, 'dgiu')
/** A change that is the indicator: "consumer prices rose 6.1% in April", "the economy shrank 0.3%". */
export const CHANGE = new RegExp(String.raw`\b(?<head>${CHANGE_HEAD})${LEVEL_GAP}\s+(?:(?<up>rose|grew|increased|climbed|jumped|expanded|gained|went\s+up|advanced|rising|growing)|(?<down>fell|shrank|contracted|declined|dropped|decreased|slipped|falling|shrinking))\s+(?:by\s+)?${PERCENT}`, 'dgiu')
/** A company's shares moving: "Veltrane shares fell 8.4 percent", "Shares of Veltrane fell 8.4 percent", "Shares ... close 6.2 percent lower"; "as much as 11 percent" is a swing within the day, no move. */
export const SHARE_MOVE = new RegExp(String.raw`\b(?<head>(?:[Ss]hares?|[Ss]tock)(?:\s+price)?)\s+(?:(?:of|in)\s+(?<of>\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3})\s+|in\s+[\p{L}-]+\s+)?(?:(?:have|has|had)\s+)?(?:(?<up>rose|gained|climbed|jumped|surged|soared|advanced|closed\s+up|ended\s+up)|(?<down>fell|dropped|slid|slumped|tumbled|plunged|sank|lost|declined|closed\s+down|ended\s+down))\s+(?:by\s+)?${PERCENT}`, 'dgu')
export const SHARE_CLOSE = new RegExp(String.raw`\b(?:clos(?:e|ed|ing)|end(?:ed|ing)?|finish(?:ed|ing)?)\s+${PERCENT}\s+(?:(?<up>higher|up)|(?<down>lower|down))\b`, 'dgu')
/**
 * Words between an indicator and a figure that make the figure another one's: a clause boundary,
 * a comparison, a group ("unemployment among the young"), another indicator, or, first, a noun that
 * makes a compound ("inflation target of 3%", "rate cut of 0.25 points", "unemployment benefits").
 */
export const LEVEL_GAP_BREAK = /^,?\s+(?:targets?|goals?|cuts?|hikes?|rises?|increases?|decisions?|forecasts?|expectations?|outlook|band|ceiling|cap|differential|spread|benefits?|insurance|claims|figures?|data)\b|\b(?:and|but|while|whereas|which|who|that|than|versus|vs|compared|from|for|among|rates?|inflation|unemployment|growth|turnout|economy|prices)\b/iu
/** Words before a share that name no party: an indicator ("Turnout stood at 62%"), a pronoun no mention resolves, a day or a month ("Saturday, with 40 percent"). */
export const NOT_A_HOLDER = new RegExp(String.raw`^(?:${LEVEL_HEAD}|support|approval|popularity|participation|he|she|it|they|we|i|you|this|that|these|those|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$`, 'iu')

/**
 * A party's or a candidate's name: capitalised words, joined by the small words of party names
 * ("Alternative for Germany", "Law and Justice", "Marine Le Pen", "Scholz's Social Democratic Party"), not a
 * state's code in brackets ("Marco Rubio (R-Fla.)").
 */
const HOLDER = String.raw`(?<![(\p{L}\p{M}'’.-])(?<holder>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|for|and|de|du|la|le|van|von|der|del|of\s+the)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,5})`
/**
 * A share of votes or of a poll's answers won or held: "won 41.2% of the vote", "took 41 percent",
 * "is polling at 33%", "on 28 percent". The verbs of a result are the `result` group: in an article
 * about polls, the others ("Rubio at 13%", "Clinton has 44%") tell a poll's figure.
 */
const SHARE_VERB = String.raw`(?:(?:has|had|have|would|could|will|is\s+expected\s+to|are\s+expected\s+to)\s+)?(?:(?<result>won|wins|win|took|takes|take|secured|secures|received|receives|garnered|captured|polled|obtained|claimed|(?:came|finished|ended)\s+(?:first|second|third|fourth|fifth|last)\s+with)|got|gets|scored|has|had|have|enjoys|enjoyed|ended\s+(?:up\s+)?with|(?:is|was|are|were)\s+(?:polling\s+)?(?:on|at|around)|polls\s+at|stands\s+at|stood\s+at|on|at|with)`
/** Who is asked or who voted: "38% of voters said they would back X", "41% of the vote went to X". */
const SHARE_OF = String.raw`of\s+(?:the\s+)?(?:voters|respondents|those\s+(?:polled|surveyed|asked|questioned)|people\s+(?:polled|surveyed|asked)|(?:popular\s+)?votes?|ballots(?:\s+cast)?)(?:\s+(?:said|say)\s+they)?(?:\s+(?:would|will|plan\s+to|intend\s+to))?\s+(?:back(?:ed)?|support(?:ed)?|vote(?:d)?\s+for|favou?r(?:ed)?|prefer(?:red)?|went\s+to|go\s+to|for|chose)`
/** What a share measures, by the noun that names it: "approval rating", "support", "share of the vote". */
const SHARE_NOUN = String.raw`(?<noun>(?:job\s+)?approval\s+ratings?|popularity(?:\s+ratings?)?|ratings?|support|backing|share\s+of\s+the\s+(?:popular\s+)?vote|vote\s+share)`
const SHARE_LEVEL_VERB = String.raw`(?:to|at|of|was|is|were|are|stood\s+at|stands\s+at|hit|hits|reached|reaches|remain(?:ed|s)?\s+at)`
const SHARE_GAP = String.raw`(?<gap>(?:\s+(?:by\s+\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent|(?:percentage\s+)?points?)|[^\s;,%\d]+)){0,5}?)`
/** What is won with a share: an election, a vote, a race. */
const CONTEST = String.raw`(?:election|elections|vote|race|presidency|run-?off|ballot|contest|primary|mandate|term)`
/** The winner of a contest, before the share it won with: "the winner (of Sunday's vote)". */
const WINNER = String.raw`(?:as\s+)?(?:the\s+)?(?:winner|victor)`
/** The share a contest is won with, after the contest: "(of Sunday's vote) with 50.4 percent". */
const WON_WITH = String.raw`(?:\s+(?:of|in)\s+[^,;.%\d]{1,40}?)?\s+with\s+${PERCENT}`
/**
 * Shares held by a named party or candidate: of the vote, in a poll, or as an approval rating,
 * the patterns that say what the share is first. The holder is the `holder` group, the level `qualifier` and `figure` as in PERCENT, the measure's noun `noun` where one names it.
 */
export const SHARES: readonly RegExp[] = [
  new RegExp(String.raw`\b[Ss]upport\s+for\s+${HOLDER}${SHARE_GAP},?\s+${SHARE_LEVEL_VERB}\s+${PERCENT}`, 'dgu'),
  new RegExp(String.raw`${HOLDER}\s+${SHARE_NOUN}${SHARE_GAP},?\s+${SHARE_LEVEL_VERB}\s+${PERCENT}`, 'dgu'),
  new RegExp(String.raw`${HOLDER},?\s+${SHARE_VERB}\s+${PERCENT}`, 'dgu'),
  new RegExp(String.raw`${PERCENT}\s+${SHARE_OF}\s+${HOLDER}`, 'dgu'),
  // "declared X the winner of Sunday's vote with 50.4 percent", "X was declared the winner with", "X won the election with".
  new RegExp(String.raw`\b(?:declared|proclaimed|named)\s+${HOLDER}\s+${WINNER}${WON_WITH}`, 'dgu'),
  new RegExp(String.raw`${HOLDER},?\s+(?:(?:was|is|has\s+been|had\s+been)\s+(?:declared|proclaimed|named)\s+${WINNER}|(?:has\s+|had\s+)?(?:won|wins|took|secured|clinched|claimed|captured)\s+(?:[\p{L}'’-]+\s+){0,3}?${CONTEST})${WON_WITH}`, 'dgu'),
  // "Mirela Kast, who the commission said won 47.9 percent": the share a relative clause gives, perhaps as someone said.
  new RegExp(String.raw`${HOLDER},\s+who\s+(?:[^,;.%\d]{1,40}?\s+(?:said|says|estimated|reported)\s+)?${SHARE_VERB}\s+${PERCENT}`, 'dgu'),
  // "confirmed he had won 50.4 percent of the vote": a pronoun holds a share won only where a mention resolves it (`holderAt`).
  new RegExp(String.raw`(?<![\p{L}])(?<holder>[Hh]e|[Ss]he)\s+(?:had\s+|has\s+)?(?:won|took|secured|received|garnered|captured|polled|obtained)\s+${PERCENT}`, 'dgu'),
]
/** Words after a share that make it another figure than the vote or support: "41% of the market", "a 41% stake", "a 5-point lead". */
export const NOT_A_SHARE_AFTER = /^(?:\s+of\s+(?!(?:the\s+)?(?:(?:popular|national|valid|total|first-round|second-round)\s+)?(?:votes?|ballots)\b)|[\s-]+(?:stake|increase|rise|drop|fall|cut|discount|interest|rate|tariff|tax|chance|probability|majority|lead|margin|swing|turnout|inflation|growth|unemployment|of\s+its|of\s+their)\b)/iu
/** Words that make an article one about a vote or a poll, where "took 41 percent" is a share of it. */
export const ABOUT_VOTES = /\b(?:elect(?:ion|ions|oral|ed)|votes?|voted|voting|voters|ballots?|run-?off|polls?|polling|referendum|primar(?:y|ies)|surveys?)\b/iu
/** A poll or a survey, not the polls voted at: "a poll by Ifop", "polls show"; not "went to the polls", "polls closed". */
export const POLL = /\b(?:polls?|polling|surveys?|surveyed|pollsters?)\b/iu
export const NOT_A_POLL = /\b(?:to|at)\s+the\s+polls\b|\bpolls\s+(?:closed|opened|close|open)\b|\bpolling\s+(?:stations?|booths?|places?|day)\b/giu
/** The pollster a poll is by: "a poll by Ifop", "an Ifop poll", "pollster YouGov". */
export const POLLSTER = /\b(?:poll|survey)\b[^.;]{0,40}?\b(?:by|from)\s+(?:pollsters?\s+|the\s+)?(?<by>\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*){0,2})|\b(?:an?|the|new|latest|recent)\s+(?<before>\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*){0,2})\s+(?:opinion\s+)?(?:poll|survey)\b|\bpollsters?\s+(?<named>\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*){0,2})/u

/** Bases other than the year before, which make another indicator: "0.4% from the previous month". */
export const LEVEL_BASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:month-on-month|on\s+the\s+month|from\s+(?:the\s+)?(?:previous|prior|preceding)\s+month|a\s+month\s+(?:earlier|before)|monthly)\b/iu, 'month-on-month'],
  [/\b(?:quarter-on-quarter|on\s+the\s+quarter|from\s+(?:the\s+)?(?:previous|prior|preceding)\s+quarter|a\s+quarter\s+(?:earlier|before)|quarterly)\b/iu, 'quarter-on-quarter'],
  [/\bannuali[sz]ed\b/iu, 'annualised'],
]
/** The indicator a head names, by the name it is compared under. */
export const MEASURES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcore\b/iu, 'core inflation'],
  [/inflation|consumer\s+price|CPI/iu, 'inflation'],
  [/unemployment|jobless/iu, 'unemployment'],
  [/turnout/iu, 'turnout'],
  [/tax/iu, 'tax rate'],
  [/growth|economy|GDP|gross/iu, 'growth'],
  [/rate/iu, 'interest rate'],
]
/** A level said of a coming time, not of what is: "is expected to reach 5%", "will stay at 7%"; lower case only, as "May" is a month. */
export const LEVEL_PROJECTED = /(?<!\b(?:as|than|had)\s+)\b(?:could|may|might|would|will|likely|expect(?:s|ed|ing)?|forecasts?|projected|predicted)\b/u
/** Words before an interest rate that make it another rate than the benchmark: "student loan interest rates", "mortgage rates". */
export const OTHER_RATE_BEFORE = /\b(?:loans?|mortgages?|cards?|savings|deposits?|bonds?|treasury|borrowing|lending)\s+$/iu
/** Words after a percentage that make it a difference, not a level: "was 30% lower than". */
export const DIFFERENCE_AFTER = /^\s+(?:lower|higher|more|less|above|below|greater|smaller|bigger|fewer)\b/iu
/** Words before an indicator that make the figure its change: "a decline in black turnout of about 40 percent". */
export const CHANGE_IN_BEFORE = /\b(?:declines?|drops?|falls?|rises?|increases?|jumps?|changes?|cuts?|reductions?|surges?|swings?)\s+in\s+(?:the\s+)?(?:[a-z-]+\s+)?$/iu
/** Words that open a clause of its own inside a sentence: a projection before them is not the level's. */
export const CLAUSE_OPENING = /^.*\b(?:that|with|when|while|because|whereas|if)\s+/isu
/** A quarter of a year: "in the second quarter", "Q3 of 2025". */
/**
 * A company's results moving by a percentage: "third-quarter profit fell 41%", "Its quarterly net
 * profit dropped by 38%", "annual revenue rose 5 percent". `period` is the reporting period, if named.
 */
export const RESULT_MOVE = new RegExp(String.raw`\b(?:(?<period>(?:first|second|third|fourth)[-\s]quarter|quarterly)\s+)?(?:(?:net|operating|pre-tax|pretax|underlying|core)\s+)?(?<head>profits?|earnings|revenues?|sales|turnover)\s+(?:(?:have|has|had)\s+)?(?:(?<up>rose|grew|increased|climbed|jumped|surged|soared)|(?<down>fell|dropped|slid|slumped|tumbled|plunged|sank|declined|shrank))\s+(?:by\s+)?${PERCENT}`, 'dgiu')

/** Whose budget, after it: "the maintenance budget of the state grid operator", "the budget for schools". */
const BUDGET_OF = String.raw`(?<what>(?:[a-z-]+\s+){0,2}?)budget(?:\s+(?:of|for)\s+(?<owner>[^,;.%\d]{1,50}?))?`
/**
 * A budget changed by a percentage: "cutting the maintenance budget of the grid operator by 30 percent", "raised its
 * defence budget by 5%", "the health budget was cut by 12 percent". `what` is the kind of budget, if named.
 */
export const BUDGET_CHANGE: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:(?<down>cut(?:s|ting)?|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?)|(?<up>rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?))\s+(?:the|its|their|his|her|our)\s+${BUDGET_OF}\s+by\s+${PERCENT}`, 'dgiu'),
  new RegExp(String.raw`\b(?:the|its|their|his|her|our)\s+${BUDGET_OF}\s+(?:(?:was|were|is|has\s+been|had\s+been|will\s+be|would\s+be)\s+)(?:(?<down>cut|slashed|reduced|trimmed)|(?<up>raised|increased|boosted|lifted))\s+by\s+${PERCENT}`, 'dgiu'),
]

export const QUARTER = /\b(?:(first|second|third|fourth|final|last)\s+quarter|Q([1-4]))\b(?:\s+of\s+((?:19|20)\d\d))?/iu

/** What a count other than a toll counts, folded into comparable classes; any other noun is compared as itself. */
export const UNIT_CLASSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:records?|rows?|entries|files?|e-?mails?|e-?mail addresses|passwords?|credentials?)$/u, 'records'],
  [/\b(?:homes?|households?|houses?|families|family|dwellings?|apartments?|properties)$/u, 'households'],
  [/\b(?:businesses|companies|firms|shops)$/u, 'businesses'],
  // A breach's "accounts" and "customers" are one count: companies and regulators give them for each other.
  [/\b(?:people|persons|individuals|protesters|demonstrators|marchers|participants|supporters|activists|customers|clients|users|accounts|account holders|subscribers|patients|residents|inhabitants|citizens|members|consumers|passengers|civilians|villagers|workers|employees|staff|children|students|others|victims|migrants|refugees)$/u, 'people'],
]

/** A money amount: a currency symbol or code before the figure, or a currency name or code after it ("$13 million", "PLN 48.6 million", "48.6 million zlotys"). */
const CURRENCY_BEFORE = String.raw`US\$|[A-Z]\$|\$|€|£|¥|₹|₽|Rs\.?\s?|(?:USD|EUR|GBP|PLN|CHF|JPY|CNY|INR|PKR|TRY|RUB|UAH|CAD|AUD|SEK|NOK|DKK|CZK|HUF|BRL|ZAR)\s?`
const CURRENCY_AFTER = String.raw`dollars?|euros?|pounds(?:\s+sterling)?|zlotys?|złoty|zł|yen|yuan|rupees?|roubles?|rubles?|liras?|francs?|hryvnias?|forints?|crowns?|USD|EUR|GBP|PLN|CHF|JPY|CNY|INR|PKR|TRY|RUB|UAH|CAD|AUD`
const AMOUNT = String.raw`(?<qualifier>${QUALIFIER})?(?<before>${CURRENCY_BEFORE})?(?<figure>\d[\d,]*(?:\.\d+)?)(?:\s?(?<scale>${SCALE_WORD})\b)?(?:\s+(?<after>${CURRENCY_AFTER})(?![\p{L}]))?`
/** Amounts of fines and penalties: "fined X 48.6 million zlotys", "a fine of almost 50 million złoty", "a $13 million penalty", "ordered X to pay PLN 48.6 million". */
export const FINE: readonly RegExp[] = [
  new RegExp(String.raw`\bfin(?:ed|es|ing)\s+(?:[\p{L}\p{M}'’.&-]+\s+){0,5}?${AMOUNT}`, 'dgu'),
  new RegExp(String.raw`\b(?:fine|penalty)\s+of\s+${AMOUNT}`, 'dgiu'),
  new RegExp(String.raw`${AMOUNT}\s+(?:[a-z-]+\s+){0,2}?(?:fine|penalty)\b`, 'dgu'),
  new RegExp(String.raw`\border(?:ed|s|ing)?\s+(?:[\p{L}\p{M}'’.&-]+\s+){0,4}?to\s+pay\s+${AMOUNT}`, 'dgu'),
]
/** Amounts of compensation or damages; an amount "each" or "per" person is no total. */
export const COMPENSATION: readonly RegExp[] = [
  new RegExp(String.raw`${AMOUNT}\s+in\s+(?:compensation|damages|restitution)\b`, 'dgu'),
  new RegExp(String.raw`\b(?:compensation|damages)\s+of\s+${AMOUNT}`, 'dgiu'),
]
/** Projects and built things, whose cost an amount before them gives: "the $4.1 billion project". */
const BUILT = String.raw`project|scheme|programme|program|mine|dam|pipeline|plant|factory|stadium|bridge|tunnel|railway|airport|refinery|reactor|terminal|redevelopment|renovation|refurbishment|upgrade|expansion`
/**
 * What a thing costs someone: "expected the recall to cost about 45 million pounds", "put the cost
 * at between £40 million and £45 million", "a bill of $2 billion". Each may give the lower end of a range.
 */
export const COST: readonly RegExp[] = [
  new RegExp(String.raw`\bcost(?:s|ing)?\s+(?:(?:it|them|us|the\s+[a-z-]+)\s+)?(?:an\s+estimated\s+)?(?<between>between\s+)?${AMOUNT}`, 'dgu'),
  new RegExp(String.raw`\b(?:cost|costs|bill)\s+(?:at|of)\s+(?:an\s+estimated\s+)?(?<between>between\s+)?${AMOUNT}`, 'dgiu'),
  // What damage costs: "put the damage at £85 million", "the losses were estimated at", "caused £85 million in damage" (not "in damages", compensation).
  new RegExp(String.raw`\b(?:put|puts|putting|estimated|estimates|estimate|estimating|valued|values|pegged|pegs)\s+(?:the\s+)?(?:total\s+|overall\s+)?(?<thing>damage|losses)\s+at\s+(?:an\s+estimated\s+)?(?<between>between\s+)?${AMOUNT}`, 'dgu'),
  new RegExp(String.raw`\b(?<thing>damage|losses)\s+(?:is|was|were|are|has\s+been|have\s+been)\s+(?:estimated|put|valued)\s+at\s+(?:an\s+estimated\s+)?(?<between>between\s+)?${AMOUNT}`, 'dgiu'),
  new RegExp(String.raw`${AMOUNT}\s+(?:worth\s+)?(?:of|in)\s+(?<thing>damage)\b(?!s)`, 'dgu'),
  // What a thing is worth: "The lost satellite was worth more than $80 million"; a deal's, a bid's or a stake's worth is the deal facet's, a company's its valuation.
  new RegExp(String.raw`(?<!\b(?:deal|takeover|acquisition|merger|bid|offer|contract|package|agreement|stake|shares|prize|fund|company|firm|group|business|start-?up|it|this|that)\s+)\b(?:was|is|were|are|had\s+been|has\s+been|have\s+been)\s+(?:valued\s+at|worth)\s+(?:an\s+estimated\s+)?${AMOUNT}`, 'dgu'),
  // What a project or a built thing costs, before it: "the $4.1 billion project", "a £300 million bridge"; not "$5 million for the bridge".
  new RegExp(String.raw`${AMOUNT}\s+(?:(?!(?:in|for|of|to|on|at|by|from|and|or|the|a|an|its|their)\s)[a-z-]+\s+){0,2}?(?<thing>${BUILT})\b`, 'dgu'),
]
/** The same amount given again in another currency right after it: "$140 million», or about £110 million«". */
export const CONVERTED_AMOUNT = new RegExp(String.raw`^,?\s+or\s+${AMOUNT}`, 'du')
/**
 * What a company is bought for: "agreed to buy Brightwater Foods for $6.8 billion", "a $7 billion deal", "a $41 million bid",
 * "a takeover worth £2bn", "a hostile $7.9 billion raid" (a raid alone may be a police one).
 */
const DEAL_NOUN = String.raw`(?:deal|takeover|acquisition|merger|buyout|purchase|bid|offer)`
export const DEAL: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|take\s+over|takes\s+over|took\s+over|taking\s+over)\s+(?:[\p{L}\p{M}'’.&-]+\s+){0,8}?for\s+(?:an?\s+)?${AMOUNT}`, 'dgu'),
  new RegExp(String.raw`${AMOUNT}\s+(?!(?:per|a)\s+share\b)(?:[a-z-]+\s+){0,2}?${DEAL_NOUN}\b`, 'dgu'),
  new RegExp(String.raw`\bhostile\s+${AMOUNT}\s+(?:[a-z-]+\s+){0,2}?raid\b`, 'dgu'),
  new RegExp(String.raw`\b${DEAL_NOUN}\s+(?:is\s+|was\s+)?(?:worth|valued\s+at)\s+${AMOUNT}`, 'dgiu'),
  // "will pay $6.8 billion for Brightwater", "will pay $54 per share, or $6.8 billion in cash": the whole price, not a share's.
  new RegExp(String.raw`\b(?:pay|pays|paid|paying|offer|offers|offered|offering)\s+${AMOUNT}\s+(?:in\s+cash\s+)?for(?=\s+\p{Lu})`, 'dgu'),
  new RegExp(String.raw`\b(?:per|a)\s+share,?\s+(?:or|for\s+a\s+total\s+of)\s+${AMOUNT}`, 'dgu'),
]
/** What an executive takes on leaving: "a payout of about $31 million", "a golden parachute of $34 million", "a $20m severance package". */
const PAYOUT_NOUN = String.raw`(?:payout|pay-?off|golden\s+parachute|severance(?:\s+(?:package|pay|payment))?|exit\s+package|leaving\s+package)`
export const PAYOUT: readonly RegExp[] = [
  new RegExp(String.raw`\b${PAYOUT_NOUN}\s+(?:of|worth|valued\s+at|totall?ing)\s+${AMOUNT}`, 'dgiu'),
  new RegExp(String.raw`${AMOUNT}\s+(?:[a-z-]+\s+){0,2}?${PAYOUT_NOUN}\b`, 'dgu'),
]
/** A share of a named market: "share of the U.S. frozen pizza market, estimated at 38%", "controlling more than 40 percent of the frozen pizza market". */
const MARKET = String.raw`(?:the\s+)?(?<market>(?:(?!(?:according|to|of|in|on|at|by|for|with|than|and|or|the|its|their)\s)[\p{L}.-]+\s+){1,4}?)market\b`
export const MARKET_SHARE: readonly RegExp[] = [
  new RegExp(String.raw`\bshare\s+of\s+${MARKET},?\s+(?:(?:estimated|put|reckoned)\s+)?(?:at|of|to|was|is|stood\s+at|stands\s+at)\s+${PERCENT}`, 'dgu'),
  new RegExp(String.raw`${PERCENT}\s+of\s+${MARKET}`, 'dgu'),
]

/** The upper end of an amount's range after its lower end: "between £40 million »and £45 million«". */
export const RANGE_END = new RegExp(String.raw`^\s+(?:and|to)\s+(?:${CURRENCY_BEFORE})?(?<figure>\d[\d,]*(?:\.\d+)?)(?:\s?(?<scale>${SCALE_WORD})\b)?`, 'u')
/** What a price is of, in a commodity's own name: "Brent crude at $82 a barrel", "gold hit $2,400 an ounce". */
const COMMODITY = String.raw`(?<!\b(?:heating|palm|olive|vegetable|cooking|shale|fuel|motor|lamp)\s+)(?:Brent(?:\s+crude)?|WTI|West\s+Texas\s+Intermediate|(?:U\.?S\.?\s+|benchmark\s+)?crude(?:\s+oil)?|oil|gold|silver|copper|platinum|palladium|aluminium|aluminum|nickel|wheat|corn|soybeans|cocoa|coffee|sugar|natural\s+gas|bitcoin)`
/** The unit a price is given for: "a litre", "per barrel". */
const PER_UNIT = String.raw`(?:a|an|per)\s+(?<per>litre|liter|gallon|barrel|(?:troy\s+)?ounce|tonne|metric\s+ton|ton|kilo(?:gram)?|kg|pound|bushel|megawatt[-\s]hour|MWh|kilowatt[-\s]hour|kWh|therm|cubic\s+met(?:re|er)|share|dozen|loaf)\b`
/** A price: "petrol prices rose to 1.89 euros a litre", "the price of petrol was €1.89", "Brent crude at $82 a barrel"; a scaled sum ("$1.2 million") is no unit price. */
export const PRICE = new RegExp(String.raw`\b(?:(?:the\s+)?(?:average\s+|retail\s+|wholesale\s+)?price\s+of\s+(?:a\s+|an\s+)?(?<of>(?:[a-z-]+\s+)?[\p{L}-]+)|(?<thing>(?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:futures\s+)?prices?|(?<commodity>${COMMODITY})(?:\s+(?:futures|prices?))?)(?<gap>(?:\s+(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent|cents?|pence)|\s+[^\s;,%$€£¥\d]+){0,6}?),?\s+(?:to|at|of|was|is|were|are|hit|hits|reached|reaches|topped|stood\s+at|stands\s+at|traded\s+at|trading\s+at|settled\s+at|closed\s+at|ended\s+at|averaged|costs?)\s+(?<qualifier>(?:about|around|nearly|almost|roughly|just\s+(?:over|under)|more\s+than|over|above|less\s+than|under|below)\s+)?(?<before>${CURRENCY_BEFORE})?(?<figure>\d[\d,]*(?:\.\d+)?)(?!\s?(?:${SCALE_WORD})\b|[\d%]|[.,]\d)(?:\s+(?<after>${CURRENCY_AFTER})(?![\p{L}]))?(?:\s+${PER_UNIT})?`, 'dgiu')
/** Words before or in the name of a thing priced that only qualify the price: "average", "retail". */
export const PRICE_QUALIFYING = /^(?:(?:the|average|retail|wholesale|global|world|international|benchmark|record|futures)\s+)+/iu

/** Words after an amount that make it one person's share or compensation, not the fine: "1,000 zlotys each", "$5 million in damages". */
export const NOT_A_TOTAL_AFTER = /^\s+(?:each|apiece|per|an?\s+(?:head|person|day|week|month|year|barrel|tonne|ton|litre|gallon|ounce|share|unit)|in\s+(?:compensation|damages|restitution))\b/iu

/** Victim roles folded into comparable classes: "security guard" and "security official" agree, "police officer" does not. */
export const VICTIM_CLASSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/police|policem[ae]n|constable/u, 'police officer'],
  [/security|guard|bodyguard/u, 'security staff'],
  [/soldier|troop|serviceman|military/u, 'soldier'],
  // "Eight officers were hurt": police or army officers, apart from those they faced.
  [/\bofficers?\b/u, 'officer'],
  [/diplomat|embassy staff|employee|staff/u, 'embassy staff'],
  [/child|children/u, 'children'],
  [/journalist|reporter/u, 'journalist'],
  [/civilian|people|person|bystander|passer|resident/u, 'civilian'],
  [/militant|insurgent|rebel|\bfighter|gunm[ae]n|attacker|assailant|terrorist|jihadist/u, 'militant'],
  [/protester|demonstrator/u, 'protester'],
  [/passenger/u, 'passenger'],
  [/\bworkers?\b|labou?rers?|\bminers?\b|dockers?/u, 'worker'],
  [/prisoner|inmate/u, 'prisoner'],
  // Animals a spill or a fire kills are counted apart from people: "12,000 fish", "300 birds".
  [/\bfish/u, 'fish'],
  [/\bbirds?\b|seabird/u, 'bird'],
  [/cattle|livestock|sheep|\bcows?\b|\bgoats?\b|\bpigs?\b|poultry|chickens?/u, 'livestock'],
]
/** Words before a count that make it hearsay no one vouches for: "rumours on social media about 50 deaths". */
export const RUMOURED = /\brumou?rs?\b[^.;]{0,60}\b(?:about|of)\s+(?:\S+\s+(?:or|to)\s+)?$/iu
/**
 * Words before a count that limit it to a part of the toll: one place among several ("a building
 * where", "in one village,", "at one plant,", "Dayton alone could lose"), the kin of one person ("whose brother and"), some of those counted ("among them").
 */
export const PART_BEFORE = /\b[\p{L}-]+\s+alone(?=\s+(?:[a-z]+\s+){0,3}$)|(?:\b(?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,?\s+(?:where|in\s+which)|\b(?:in|at)\s+(?:one|a\s+single|another)\s+[\p{L}-]+,|\bwhose\s+[^,.;]{0,40}|\bamong\s+(?:them|whom|those|the\s+dead))\s*$/iu
/** A subset that opens the sentence: "Of the 40 dead, 12 ...". */
export const SUBSET_OPENING = /^\s*of\s+(?:the|those)\s+[^,.;]{1,40},\s*$/iu
/** Words after a toll that put it in one place among several: "died in one building". */
/** Those still in hospital are a part of the injured, not all of them: "58 people remain in hospital". */
export const STILL_IN_HOSPITAL = /\b(?:remain(?:ed|s)?|still)\s+(?:in\s+)?(?:the\s+)?hospital\b/iu
/**
 * A count that adds to a toll given before: "two more passengers have died", "another three", "a
 * further 12". With a total in the sentence ("bringing the number of dead to 16") it is no toll;
 * alone it is a part, no rival of the total.
 */
export const INCREMENT_AFTER = /^\s*(?:more|further|additional)\b/iu
export const INCREMENT_BEFORE = /\b(?:another|a\s+further|an\s+additional)\s+$/iu
export const TOTAL_GIVEN = /\b(?:bringing|brought|taking|took|raising|raised|pushing|pushed|lifting|lifted)\s+(?:the|its)\s+(?:[a-z-]+\s+){0,3}?(?:toll|total|tally|count|number)\b|\btoll\s+(?:has\s+)?(?:rose|risen|climbed|reached|jumped|stands|stood)\b/iu
export const PART_AFTER = /^\s*(?:in|at|inside)\s+(?:one|a\s+single|another)\s+[\p{L}-]+/iu
/**
 * A side's own toll, named by a possessive before the count ("put its own losses at", "11 of their
 * citizens") or after it ("11 dead on its side"): the side is the party named before the possessive.
 */
export const OWN_TOLL_BEFORE = /\b(?:its|their|his|her)\s+(?:own\s+)?(?:losses|dead|death\s+toll|toll|casualties|fatalities)\s+(?:at|as|to)\s+$/iu
/** A side's toll named by its people before the count: "put Indian losses at 30", "Kelsani casualties at 12". */
export const NAMED_TOLL_BEFORE = /\b(\p{Lu}[\p{L}-]+)\s+(?:losses|dead|death\s+toll|casualties|fatalities)\s+(?:at|as|to)\s+$/u
export const OWN_TOLL_WITHIN = /^[^,.;]{0,30}?\bof\s+(?:its|their)\s/iu
export const OWN_TOLL_AFTER = /^\s+(?:on|from)\s+(?:its|their)\s+(?:own\s+)?side\b/iu
/** An ordinal victim after "a": "a third person has died" makes the toll three. */
export const ORDINAL: Readonly<Record<string, number>> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
}

/** Role words that count every victim, whoever they were: a total toll, not one group's. */
export const ALL_VICTIMS = /\b(?:people|person|persons|individuals|victims|others)$/u

/** How the act is characterised: terrorism, or a personal act; and how it was organised. */
export const TERRORISM = /\b(?:terror(?:ist)?\s+(?:attack|act|assault|incident|operation)s?|acts?\s+of\s+terror(?:ism)?|terror\s+act|terrorism|terrorists?|terror)\b/giu
export const PERSONAL_MOTIVE =
  /\b(?:personal\s+(?:reasons?|grounds|problems?|motives?|matters?|issues?|disputes?|grievances?|vendetta)|family\s+(?:disputes?|problems?|matters?|reasons)|domestic\s+dispute|mentally\s+(?:ill|unstable|disturbed)|mental\s+(?:illness|disorder|health\s+(?:problems|issues))|(?:looking|searching)\s+for\s+(?:his|her)\s+(?:missing\s+)?(?:wife|husband|son|daughter|child|children|family))\b/giu
export const ORGANISED =
  /\b(?:organi[sz]ed\s+(?:act|attack|operation|terror)|(?:was|were|been)\s+sent\s+(?:from|by)\s+[^,.;]{3,60}|state[-\s]sponsored|masterminded\s+by\s+[^,.;]{3,60}|orchestrated\s+by\s+[^,.;]{3,60}|planned\s+by\s+[^,.;]{3,60})/giu

/**
 * Negation in the words before a term ("is not terrorist", "denied it was terrorism"); a "not" four
 * words or more away negates another verb ("I'm not going to dignify the terrorists").
 */
export const NEGATED_BEFORE = new RegExp(String.raw`\b(?:not|no|never|isn't|wasn't|aren't|weren't)\s+(?:[\p{L}'’-]+\s+){0,3}$|\b(?:denied|denies|rejected|rejects|ruled\s+out)\b[^,.;]{0,25}$|` +
  // "far too early to call it terrorism", "stopped short of labelling it": a label withheld is not given.
  String.raw`\b(?:too\s+(?:early|soon)|premature|refus(?:ed|es|ing)|declin(?:ed|es|ing)|stopp?(?:ed|ing)?\s+short\s+of|reluctant)\W+(?:to\s+)?(?:call|calling|label|labell?ing|describe|describing|term|terming|classify|classifying)\b[^,.;]{0,20}$`, 'iu')

/** Verbs by which an actor labels the act ("describing the attack as terrorist") or gives a toll ("puts the death toll at 31"). */
export const LABELLING = /\bput(?:s|ting)?\s+(?:the|its)\s+$|\b(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|label(?:s|led|ling|ed|ing)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|dub(?:s|bed|bing)?|insist(?:s|ed|ing)?\s+on\s+calling)\b/iu

/** Arrest of the perpetrator, and how fast. */
export const ARREST = /\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing)?|apprehend(?:ed|ing)?|captured|in\s+custody|disarm(?:ed|ing)?|neutrali[sz]ed)\b/giu
/**
 * What follows "captured" when a camera or a witness records a scene, no one is held: "captured the
 * exchange on video", "was captured on video", "captured the fleeing gunman on camera", "captured the
 * moment"; not "on video" right after a participle: "captured the man seen on video stabbing" is an arrest.
 */
export const RECORDED_AFTER = /^\s+(?:(?:the|a|an|this|that)\s+(?:moment|scene|exchange|image|images|footage|attention|imagination)\b|(?:(?:the|a|an|this|that|it|them|his|her|their)\s+(?:[\p{L}-]+\s+){0,2})?(?<!(?:ed|en)\s)on\s+(?:video|camera|film|tape|cellphone|(?:his|her|their|a)\s+(?:phone|cellphone|camera))\b)/iu

/** Words before "arrest" that make it a threat or an escape, not an arrest: "threatened with arrest", "resisting arrest"; time "spent in custody" is a term served. */
export const NOT_AN_ARREST = /\b(?:spend|spends|spent|spending|serve|serves|served|serving)\s+(?:[\p{L}-]+\s+){0,2}$|\b(?:threatened\s+with|threat\s+of|fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?|warrant\s+for\s+(?:his|her|their|the)|resist(?:s|ed|ing)?|avoid(?:s|ed|ing)?|evad(?:e|es|ed|ing)|escap(?:e|es|ed|ing))\s+$/iu
/**
 * An armed group as the agent after "captured", "detained": "was captured … by the extremist group",
 * "detained by militants": a kidnapping, which is no arrest. Only a short place or time may stand
 * between ("captured in the port city two years ago by"): "arrested two men suspected of helping an
 * attack claimed by the group" is an arrest.
 */
const PLACE_OR_TIME = String.raw`(?:(?:in|on|at|near|outside|during)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){1,3}?|(?:last|this|that)\s+\p{L}+\s+|(?:[\p{L}\d-]+\s+){1,2}ago\s+|(?:yesterday|overnight|later|earlier)\s+)`
export const ARMED_CAPTOR_AFTER = new RegExp(String.raw`^\s+(?:${PLACE_OR_TIME},?\s*){0,2}?by\s+(?:(?:the|an?|a\s+local|local)\s+)?(?:[\p{L}-]+\s+){0,3}(?:group(?!\s+of\b)|militants?|rebels?|kidnappers?|gunmen|insurgents?|terrorists?|jihadists?|captors?|abductors?|militia|militias)\b`, 'iu')
/** Words after "arrest" that make it a warrant, which is no arrest made: "arrest warrants had been issued". */
export const WARRANT_AFTER = /^\s+warrants?\b/iu
/** Words before "arrest" that ask for it rather than report it: "demanding compensation and the arrest", "It needs the arrest". */
export const DEMANDED_BEFORE = /\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|needs?|needed|wants?|wanted|seek(?:s|ing)?|sought|press(?:es|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for)\s+(?:[\w,-]+\s+){0,4}$/iu
export const QUICK = /\b(?:quickly|immediately|swiftly|promptly|at\s+once|on\s+the\s+spot|within\s+(?:minutes|seconds))\b/iu
export const DELAY = /\b(?:for|during)\s+(?:the\s+)?(?:\d+(?:\s*[-–]\s*\d+)?|several|many|a\s+few)\s+(?:minutes|hours)\b|\b\d+(?:\s*[-–]\s*\d+)?\s+(?:minutes|hours)\b/iu

/** Perpetrator count: one attacker or several. */
export const ONE_PERPETRATOR = /\b(?:a|one|the|lone)\s+(?:lone\s+|single\s+|armed\s+)?(?:gunman|assailant|attacker|perpetrator|suspect|shooter|bomber)\b/giu
export const SEVERAL_PERPETRATORS = /\b(?:the|two|three|four|several|\d+)\s+(?:armed\s+)?(?:gunmen|assailants|attackers|terrorists|shooters|bombers)\s+(?:were|was|have|had|broke|stormed|attacked|opened|entered|fled)\b/giu

/** Words before "calls for" that make "calls" a noun, others' calls: "rejects calls for", "amid growing calls for". */
export const CALLS_AS_NOUN = /\b(?:amid|despite|against|over|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|resist(?:s|ed|ing)?|ignor(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|heed(?:s|ed|ing)?|fac(?:e|es|ed|ing)|answer(?:s|ed|ing)?|growing|renewed|repeated|mounting|fresh|new|louder|rising|recent)\s+$/iu

/** Official responses by action, with the PLOVER event type each is coded as. */
export const RESPONSES: ReadonlyArray<{ readonly action: string; readonly plover: string; readonly pattern: RegExp }> = [
  { action: 'condemn', plover: 'DISAPPROVE', pattern: /\b(?:condemn(?:ed|s|ing)?|condemnation|denounc(?:ed|es|ing))\b/giu },
  // "investigators were looking at", "an inquiry", "probing the cause", "the causes were being examined".
  {
    action: 'investigate', plover: 'INVESTIGATE',
    pattern: /\b(?:investigat(?:e|ed|es|ing|ions?|ors?)|prob(?:e|es|ed|ing)|[ei]nquir(?:y|ies)|look(?:s|ed|ing)?\s+into|examin(?:e|es|ed|ing)\s+(?:the\s+)?(?:causes?|circumstances|possibilities|whether|why|how)|(?:causes?|circumstances|possibilities)\s+(?:were|was|are|is)\s+(?:being\s+)?examined)\b/giu,
  },
  // "an evacuation centre", "evacuation orders": a noun compound names a place or a notice, no act.
  { action: 'evacuate', plover: 'REDUCE_RELATIONS', pattern: /\bevacuat(?:e|ed|es|ing|ion(?!\s+(?:centres?|centers?|points?|routes?|sites?|zones?|areas?|shelters?|orders?|warnings?|notices?|plans?|maps?|drills?|halls?)\b))\b/giu },
  { action: 'recall ambassador', plover: 'REDUCE_RELATIONS', pattern: /\b(?:withdr(?:ew|awn|aw|awal\s+of)|recall(?:ed|s|ing)?|pull(?:ed)?\s+out)\s+(?:its\s+|their\s+|the\s+)?(?:ambassador|envoy|diplomats?)\b/giu },
  { action: 'appeal to international bodies', plover: 'APPEAL', pattern: /\b(?:appeal(?:ed|s|ing)?\s+to\s+(?:the\s+)?international|submitted\s+to\s+(?:relevant\s+)?international|international\s+condemnation)\b/giu },
  { action: 'travel warning', plover: 'REDUCE_RELATIONS', pattern: /\b(?:(?:caution(?:ed|s)?|warn(?:ed|s)?|advis(?:ed|es))\s+(?:its\s+|their\s+)?citizens\s+against\s+travel(?:l)?ing|travel\s+(?:warning|advisory|ban))\b/giu },
  { action: 'demand', plover: 'DEMAND', pattern: /\b(?:demand(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing))\b/giu },
]

/** Hedges in the outlet's own voice. */
export const HEDGE = /\b(?:reportedly|allegedly|apparently|purportedly|it\s+is\s+believed|may\s+have|might\s+have|is\s+said\s+to|unconfirmed)\b/iu

/** A fire's or a spill's containment: "was 5 percent contained", "containment of the blaze stood at 10%", "20% containment". */
export const CONTAINMENT: readonly RegExp[] = [
  /\b(?<figure>\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)\s+contained\b/dgiu,
  /\b(?<figure>\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)\s+containment\b/dgiu,
  /\bcontainment\s+(?:of\s+the\s+(?:[\p{L}-]+\s+){1,2}?)?(?:(?:was|is|had|has|stood|stands|rose|reached|grew|increased|climbed|jumped|of|at|to)\s+){1,3}(?<figure>\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)/dgiu,
]
/** An article about a fire or a spill, the only kind with a containment. */
export const ABOUT_CONTAINMENT = /\b(?:fires?|wildfires?|blazes?|bushfires?|spills?|slicks?)\b/iu

/** A vote's figure: digits only ("133", "1,204"). */
const VOTES_FIGURE = String.raw`\d{1,3}(?:,\d{3})*`
/** What may follow a vote's tally: punctuation, or a word of time, place, purpose or manner; not a noun it would count ("approved 3-5 projects"). */
const AFTER_TALLY = String.raw`(?=\s*(?:[.,;:)]|$)|\s+(?:votes?|to|in|on|with|after|before|and|as|at|despite|amid|following|during|late|early|this|last|yesterday|today|tonight|against|for)\b)`
/**
 * A vote's tally for and against: "passed by 133 votes to 5", "passed 133-5", "voted 52-48 to confirm", "approved the
 * bill 220-207", "rejected by 432 votes to 202", "approved with 136 votes in favour and 2 against". Not a score: "defeated
 * Arsenal 3-1" names no votes, and "voted 3-1" counts a vote only before what it was for ("to", "in favour", "against").
 * Groups: `verb`, `first` and `second` in the order written, or `for` and `against` where the words say which.
 */
export const VOTE_TALLY: readonly RegExp[] = [
  new RegExp(String.raw`\b(?<verb>passed|approved|adopted|ratified|confirmed|endorsed|backed|carried|rejected|defeated|voted\s+down|threw\s+out|(?<voted>voted))(?:\s+(?!by\b)(?:[\p{L}'’-]+\s+){1,5}?)?\s*(?:by\s+(?:a\s+(?:vote|margin)\s+of\s+)?)?(?<first>${VOTES_FIGURE})\s+votes?\s+to\s+(?<second>${VOTES_FIGURE})${AFTER_TALLY}`, 'dgu'),
  new RegExp(String.raw`\b(?<verb>passed|approved|adopted|ratified|confirmed|rejected|(?<voted>voted))(?:\s+(?!by\b)(?:[\p{L}'’-]+\s+){1,5}?)?\s*(?:by\s+(?:a\s+vote\s+of\s+)?)?(?<first>${VOTES_FIGURE})\s*(?:[-–]|\s+to\s+)(?<second>${VOTES_FIGURE})(?![\d\-–])${AFTER_TALLY}`, 'dgu'),
  new RegExp(String.raw`\b(?<for>${VOTES_FIGURE})\s+(?:votes?\s+)?(?:in\s+favou?r|for)(?:\s+of\s+(?:it|the\s+[\p{L}-]+))?,?\s+(?:and\s+|with\s+|to\s+)?(?<against>${VOTES_FIGURE})\s+(?:votes?\s+)?against\b`, 'dgiu'),
]
/** Words after a tally "voted 60-40" that give the side its first figure is of: "against" swaps them; "to", "for", "in favour" keep them. */
export const VOTED_FOR_AFTER = /^\s+(?:to|for|in\s+favou?r|in\s+support)\b/iu
export const VOTED_AGAINST_AFTER = /^\s+against\b/iu
/** A vote's outcome that the larger side is against: "rejected", "defeated", "voted down". */
export const REJECTING_VOTE = /^(?:rejected|defeated|voted\s+down|threw\s+out)$/iu

/** What a pay rate is of: pay, wages, salaries. */
const PAY = String.raw`(?:pay|wages?|salar(?:y|ies)|earnings)`
/** A pay deal or rise: "pay deal", "wage increase", "salary hike". */
const PAY_RISE = String.raw`${PAY}[-\s]+(?:deal|rises?|increases?|hikes?|raises?|awards?|offers?|settlements?|agreements?|boosts?|increments?)`
/** Words between a pay rise and its percentage: "worth", "of", "was worth", "is". */
const RATE_LINK = String.raw`(?:\s+(?:(?:was|is|were|are|would\s+be|will\s+be)\s+)?(?:worth|of|amounting\s+to|totall?ing|averaging)|\s+(?:was|is|were|are|would\s+be|will\s+be))`
/** A qualifier of a pay rise's percentage said with scorn or praise: "a miserly 6.5 percent", "closer to 6.5 percent". */
const RATE_COLOUR = String.raw`(?:(?:closer|nearer)\s+to\s+|(?:a|an|the)\s+|(?:mere|miserly|meagre|meager|paltry|generous|modest|measly|handsome|whopping|real|headline)\s+)*`
/**
 * Percentage rates of a named thing, which the indicator facet compares by the thing (`measure`):
 * a pay rise ("a pay deal worth 9 percent", "a 4% pay rise", "raised wages by 5 per cent") and a tariff
 * ("tariffs of 25%", "a 20 percent tariff"). A pay rise is never compared with inflation, nor a tariff with a tax.
 */
export const RATES: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(String.raw`\b${PAY_RISE}${RATE_LINK}\s+${RATE_COLOUR}${PERCENT}`, 'dgiu'), 'pay rise'],
  [new RegExp(String.raw`${PERCENT}\s+${PAY_RISE}\b`, 'dgiu'), 'pay rise'],
  [new RegExp(String.raw`\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|hik(?:e|es|ed|ing))\s+(?:(?:the|their|its|his|her|our|workers'|staff)\s+)?${PAY}\s+by\s+${PERCENT}`, 'dgiu'), 'pay rise'],
  [new RegExp(String.raw`\b(?:tariffs?|import\s+dut(?:y|ies)|customs\s+dut(?:y|ies))(?:\s+(?:of|at|to|was|were|is|are|rate\s+of))\s+${PERCENT}`, 'dgiu'), 'tariff'],
  [new RegExp(String.raw`${PERCENT}\s+(?:(?:import|retaliatory|blanket|across-the-board)\s+)?(?:tariffs?|import\s+dut(?:y|ies)|customs\s+dut(?:y|ies))\b`, 'dgiu'), 'tariff'],
]
/** Words that make an article one about pay (a pay deal, a pay cut, a pay dispute), where "the real increase was 6.5 percent" is the pay rise's. */
export const ABOUT_PAY = new RegExp(String.raw`\b${PAY_RISE}\b|\b(?:pay|wage|salary)[-\s]+(?:cuts?|disputes?|talks|claims?|freezes?|scales?|negotiations|strikes?)\b|\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing))\s+(?:the\s+|their\s+)?${PAY}\b`, 'iu')
/**
 * In an article about pay, a rise named by no more than "rise" or "increase" (not "the rent increase"), or a percentage handed over:
 * "the real increase was closer to 6.5 percent", "the so-called rise shrinks to a miserly 6.5 percent",
 * "a 5% raise", "he had handed teachers a generous 9 percent." (the percentage ending the clause, so no "9 percent of the budget").
 */
export const BARE_RISES: readonly RegExp[] = [
  new RegExp(String.raw`(?<!\b(?:price|prices|rent|tax|fare|tariff|rate|bill|premium|fee|cost|interest|VAT|share|sales|profit)\s+)\b(?:rise|increase|raise|hike|award|deal|offer)\s+(?:was|is|would\s+be|will\s+be|amounts?\s+to|amounted\s+to|shrinks?\s+to|shrank\s+to|falls?\s+to|fell\s+to|comes?\s+to|came\s+to|works?\s+out\s+at|worked\s+out\s+at)\s+${RATE_COLOUR}${PERCENT}`, 'dgiu'),
  new RegExp(String.raw`${PERCENT}\s+(?:rise|raise|increase|hike)\b`, 'dgiu'),
  new RegExp(String.raw`\b(?:handed|gave|given|giving|offered|offering|awarded|granted)\s+(?:[\p{L}'’-]+\s+){0,2}?${RATE_COLOUR}${PERCENT}(?=\s*[.,;:!?]|\s+(?:over|a\s+year|rise|increase)\b)`, 'dgiu'),
]
/** Words before a pay rise that make it an earlier one than the deal's: "a previously agreed 2.5 percent rise". */
export const EARLIER_RISE_BEFORE = /\b(?:previously|already|earlier|last\s+year's|prior|existing|original(?:ly)?)\s+(?:[a-z-]+\s+){0,2}$/iu
