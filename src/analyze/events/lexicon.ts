/**
 * @module analyze/events/lexicon — the words that name political acts, by PLOVER category.
 *
 * Written by hand from the category definitions and modes of the PLOVER manual (draft 0.8,
 * 2021, https://github.com/openeventdata/PLOVER): no verb dictionary was copied. Plain
 * statements ("said", "told") are no events: PLOVER dropped CAMEO's public-statement category.
 * Words whose reading depends on what follows ("evacuated the embassy" but not "evacuated
 * residents") carry an `after` pattern that the next words must match.
 */
import { PLEA_TERMS, STATEMENT_NOUN } from '../attribution/cues.js'
import { CALLS_AS_NOUN } from '../facets/patterns.js'
import { WALKOUT_BEFORE } from '../../knowledge/strike-sense.js'
import type { PloverType } from '../../model/schema.js'

export interface Trigger {
  readonly type: PloverType
  readonly mode?: string
  /** The words right after the trigger must match this, or the word names no event here. */
  readonly after?: RegExp
  /** The words right before the trigger must match this. */
  readonly before?: RegExp
  /** The words right before the trigger must not match this ("was to blame" accuses no one by itself). */
  readonly notBefore?: RegExp
  /**
   * A noun that also names a standing thing ("covered by the trade agreement") names an act only
   * when a verb carries it: a light verb before it ("reached an agreement") or these words after it
   * ("an agreement to cut tariffs", "an agreement was signed").
   */
  readonly carried?: RegExp
  /** The word's next sense, tried when this one's context does not fit ("appeal the ruling" against "appeal for calm"). */
  readonly otherwise?: Trigger
  /** Nature or an accident did it ("the fire broke out", "died in the blaze"): the clause's subject is no actor. */
  readonly actorless?: true
  /** The clause's subject suffers the act ("troops came under fire"): it is the recipient, and a "from" phrase the doer. */
  readonly undergone?: true
}

/**
 * "offered no evidence", "gave no details", "provided little proof": information given as none is no act, whatever verb of
 * support follows it ("no evidence to support the claim").
 */
export const NOTHING_GIVEN_AFTER = /^\s+(?:no|little|scant|(?:scarcely|hardly)\s+any)\s+(?:[\p{L}-]+\s+)?(?:evidence|proof|details?|specifics|explanation|indication|information|comment|reason|justification|basis|substantiation|clues?)\b/iu
/** A verb's object that is none ("offered no help", "arrested nobody"): the act is not done. Not a count ("no fewer than 40") nor "no longer". */
export const NO_OBJECT_AFTER = /^\s+(?:no|nobody|no\s*-?\s*one|nothing)\b(?!\s+(?:fewer|less|more|later|sooner|longer|doubt|matter)\b)/iu

/** "support the claim", "support his account": bearing out an assertion is no political support; backing a party or a plan is. */
const CLAIM_NOT_SUPPORTED = /^\s+(?:the|a|an|its|his|her|their|\p{Lu})(?!\s*(?:[\p{L}'’-]+\s+){0,2}?(?:claims?|allegations?|accusations?|assertions?|accounts?|theory|theories|arguments?|hypothes[ie]s|findings|conclusions?|contention|suggestions?|version)\b)/u
/** "evidence to support", "no proof has been offered to back": what evidence would bear out is a claim, no one's support. */
const EVIDENCE_TO_BEFORE = /\b(?:evidence|proof|data|facts|grounds|documents?)\s+(?:[\p{L}'’-]+\s+){0,3}?to\s+$/iu

/** A state's armed force as the subject: "Naval commandos (stormed)", "coastguard officers (boarded)"; not gunmen, whose storming is an attack. */
const STATE_FORCE_BEFORE = /\b(?:commandos|navy|naval|marines|troops|soldiers|forces|police|coastguards?|coast\s+guards?|officers|authorities)\b[^.;]{0,40}$/iu
/** A ship or a plane stormed by a state's force is taken: "stormed a cargo ship", "stormed the hijacked airliner". */
const VESSEL_TAKEN = /^\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ships?|vessels?|tankers?|boats?|yachts?|freighters?|trawlers?|ferr(?:y|ies)|barges?|planes?|aircraft|airliners?|jets?|oil\s+rigs?|platforms?)\b/iu
/**
 * Those a warning or a notice is given to that can act on it: authorities, services, residents; not the press, to whom
 * it is a statement ("informed reporters that").
 */
const TOLD_PARTY = /^\s+(?:(?:the|a|an|its|their|local|all|nearby|regional|county|city|state|federal|national|emergency|rescue|fire|health)\s+)*(?:[\p{L}-]+\s+){0,1}?(?:authorit(?:y|ies)|police|services|brigades?|council|government|ministry|officials|residents|the\s+public|public|people|population|villagers|inhabitants|families|neighbou?rs|coastguard|regulators?|agenc(?:y|ies)|army|military|firefighters|hospitals?|staff|workers|employees|passengers|customers)\b/iu
const INFORMED: Trigger = { type: 'COOPERATE', mode: 'inform', after: TOLD_PARTY }

/** PLOVER: cooperation that is only promised or planned is coded AGREE; a planned retreat is CONCEDE. */
export const PLANNED_AS: Partial<Readonly<Record<PloverType, PloverType>>> = {
  CONSULT: 'AGREE', SUPPORT: 'AGREE', COOPERATE: 'AGREE', AID: 'AGREE', RETREAT: 'CONCEDE',
}

/** What a diplomatic withdrawal or evacuation is of: staff and missions, not residents. */
const DIPLOMATIC = /^\s+(?:(?:its|their|the|his|her|all|some|[\p{L}-]+'s?)\s+)*(?:[\p{L}-]+\s+){0,2}(?:ambassadors?|envoys?|diplomats?|diplomatic|embassy|embassies|consulates?|mission|staff|personnel|chargé)/iu
/** People who can be held and let go: "released two aid workers", "the hostages were freed". */
const PEOPLE_HELD = String.raw`(?:prisoners?|hostages?|detainees?|captives?|inmates?|militants?|fighters?|soldiers?|protesters|dissidents|him|her|them|journalists?|activists?|(?:aid\s+)?workers|nationals|citizens|tourists|sailors|crew|fishermen)`
/** "Two aid workers kidnapped in Mali were freed": people as the subject of a passive release; "funds were released" is none. */
const PEOPLE_FREED: Trigger = { type: 'RETREAT', mode: 'release', before: new RegExp(String.raw`\b${PEOPLE_HELD}\b[^.;]{0,60}?\b(?:was|were|been|being|is|are)\s+(?:\p{L}+ly\s+)?$`, 'iu') }
/** "the Russian ambassador, Ivan Petrov, was summoned": a diplomat as the subject of a passive summons. */
const DIPLOMAT_SUMMONED = /\b(?:ambassadors?|envoys?|diplomats?|chargés?\s+d['’]affaires)\b[^.;]{0,40}?\b(?:was|were|been|being|is|are)\s+(?:\p{L}+ly\s+)?$/iu
const TROOPS = /^\s+(?:(?:its|their|the|his|her|all|some|[\p{L}-]+'s?)\s+)*(?:[\p{L}-]+\s+){0,2}(?:troops|forces|soldiers|army|units|tanks|military)/iu
/** "pleaded with the governor for money" is a request; "pleaded guilty", "pleads not guilty", "pled no contest" a plea entered in court, which PLOVER codes as no act. */
const PLEA_NOT_ENTERED = new RegExp(`^(?!${PLEA_TERMS})`, 'iu')
/** "asked Iran to act", "asked for calm"; not "asked not to be named", a source's wish for anonymity. */
const REQUEST_AFTER = /^(?!\s+(?:not\s+to\s+be|that\s+(?:his|her|their)\s+name))\s+(?:for\b|[^.;:!?]{1,60}?\bto\s+\p{L})/iu

/** "charged three officials", "charged him with fraud"; not "charged customers a fee". */
const CHARGED_AFTER = /^\s+(?:(?:\S+\s+){0,5}?with\b|(?!(?:in|on|at|for|of|from|to|into|about|over)\s)(?:(?:the|a|an|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d+|several|\p{L}+-year-old)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:men|women|man|woman|people|persons?|individuals?|suspects?|employees?|officials?|officers?|executives?|members?|teenagers?|youths?|soldiers?|activists?|journalists?|protesters?|workers?|directors?|managers?|him|her|them)\b)/iu
/** "were charged on Friday", "was charged over the crash": a passive charge needs no "with". */
const PASSIVE_CLOSE = /\b(?:was|were|been|being|is|are|get|got)\s+(?:\w+ly\s+)?$/iu
const CHARGED_ALONE = /^\s*(?:[.,;]|$|\s+(?:over|in\s+connection|on|in|after|under|for\s+(?:their|his|her|the)\s+(?:alleged\s+)?role)\b)/iu
/** "an appeal against the ruling", "appealed to the supreme court": an appeal in law, not a plea. */
const APPEAL_IN_COURT = String.raw`against|to\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?(?:courts?|tribunal|judges?)`
const APPEAL_AGAINST = new RegExp(String.raw`^\s+(?:${APPEAL_IN_COURT})\b`, 'iu')
/** What is appealed: a ruling, a fine, a sentence. */
const APPEALED = new RegExp(String.raw`^\s+(?:(?:${APPEAL_IN_COURT}|(?:the|its|a|an|this|that|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:fines?|rulings?|decisions?|verdicts?|sentences?|convictions?|judg(?:e)?ments?|orders?|penalt(?:y|ies)|sanctions?|bans?))\b)`, 'iu')
/** "said it would appeal.", "has appealed,": a verb of appeal with nothing after it is one in law ("find him appealing" is no act). */
const APPEAL_ALONE: Trigger = { type: 'ACCUSE', mode: 'allege', before: /\b(?:to|will|would|shall|could|may|might|can|must|'ll|has|have|had|not)\s+(?:\w+ly\s+)?$/iu, after: /^\s*(?:[.,;]|$)/u }
/** "filed an appeal", "lodged its appeal": an appeal brought, not a plea. */
const APPEAL_FILED = /\b(?:fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|launch(?:es|ed|ing)?|submit(?:s|ted|ting)?)\s+(?:an?|its|their|his|her|the)\s+(?:[\p{L}-]+\s+)?$/iu
/** Those whose agreeing is a shared opinion ("Experts agree that …", "Most clinicians agree"), not a party's deal. */
const OPINION_HOLDERS = /\b(?:experts?|analysts?|observers?|economists?|scientists?|critics|commentators|historians|most|many|everyone|all|(?:most|many|all|few)\s+\p{Ll}+s)\s+(?:now\s+|largely\s+|broadly\s+|generally\s+)?$/iu
/**
 * "agrees Trump is an opportunist", "agreed with Ms. Rice's assessment": sharing a view is no
 * agreement made; "agreed that the ceasefire would start" and "agreed to withdraw" are.
 */
const NOT_AN_OPINION_SHARED = /^(?!\s+(?:that\s+)?(?:(?!(?:to|on|that|which|who|with)\b)[\p{L}'’.-]+\s+){1,3}(?:is|was|are|were|has|have|had)\b)(?!\s+with\s+(?:[\p{L}'’.-]+\s+){0,3}(?:assessments?|views?|comments?|criticisms?|remarks?|opinions?|analys[ie]s|conclusions?|characteri[sz]ations?|sentiments?|points?|positions?|concerns?)\b)/iu
/** "a heart attack", "a panic attack": an illness, no one's assault. */
const ILLNESS_BEFORE = /\b(?:heart|panic|anxiety|asthma|asthmatic|migraine|gout|allergic|seizure)\s+$/iu
/** "sentenced them to two years in prison", "sentenced to a fine", "sentenced former finance minister Paul Rey to": a sentence passed ("sentenced … to"). */
const SENTENCED_TO = /^\s+(?:\S+\s+){0,6}?to\s/iu
/** "seized two aid workers": people taken, which PLOVER codes as abduction; "seized control of the men's barracks" is not. */
const PEOPLE_TAKEN = /^\s+(?:(?!(?:of|control|power)\b)\S+\s+){0,3}?(?:people|civilians|hostages|workers|journalists|reporters|tourists|foreigners|nationals|citizens|soldiers|sailors|crew|fishermen|students|villagers|passengers|women|children|men|him|her)\b(?!['’])/iu
/** "jailed for 11 years", "imprisoned for life": a term a court passed, not an arrest. */
const FOR_A_TERM = /^\s+(?:\S+\s+){0,3}?for\s+(?:(?:just|only|up\s+to|more\s+than|almost|nearly|at\s+least|a\s+further)\s+)?(?:\S+\s+){0,2}?(?:years?|months?|weeks?|life)\b/iu
/** "jailed for 11 years": a prison term passed; "was jailed" with no term: an arrest. */
const JAILED: Trigger = { type: 'SANCTION', mode: 'convict', after: FOR_A_TERM, otherwise: { type: 'COERCE', mode: 'arrest' } }
/** "suspended the broadcaster's licence": an administrative sanction, PLOVER's restriction. */
const LICENCE = /^\s+(?:\S+\s+){0,3}?(?:licen[cs]es?|permits?|accreditations?|registrations?)\b/iu
const LICENCE_WITHDRAWN: Trigger = { type: 'COERCE', mode: 'restrict', after: LICENCE }

/**
 * A warning is a threat only when it names harm the warner would do: "warned of retaliation",
 * "warned (that) it would respond", "warned that police will no longer tolerate rallies". "Warned
 * against rumours", "warned that prices would rise" are cautions.
 */
const WARNED_OF_HARM = /^\s+(?:\S+\s+){0,4}?(?:of\s+(?:\S+\s+){0,2}(?:consequences|retaliation|response|action|reprisals?)|(?:that\s+)?(?:[\p{L}'’-]+\s+){1,3}(?:will|would|'ll)\s+(?:not\s+hesitate\s+to\s+|\w+ly\s+)?(?:respond|retaliate|act|strike|pay|hit|punish|react|take\s+(?:\S+\s+){0,2}action|use\s+force|no\s+longer\s+tolerate))\b/iu

/**
 * A vow is a threat when it is of harm: "vowed to retaliate", "vowed to attack the rebels", "swore revenge".
 * "Vowed to fix the roads", "swore to uphold the constitution" are promises of no force.
 */
const VOWED_HARM = /^\s+(?:to\s+(?:\w+ly\s+)?(?:retaliate|avenge|strike|hit\s+back|attack|punish|crush|destroy|annihilate|wipe\s+out|(?:take|exact)\s+revenge|respond\s+(?:with\s+force|militarily|forcefully|in\s+kind))|(?:\S+\s+){0,2}?(?:revenge|retaliation|reprisals?|retribution|vengeance))\b/iu

/**
 * "marched through the capital", "marched on parliament", "marched in protest": a street march;
 * "marching toward the nomination", "march behind the candidate" are figures of speech.
 */
const MARCH_GOAL = String.raw`(?:the\s+)?(?:parliament|palace|embassy|consulate|ministry|presidential|city\s+hall|square|capitol|headquarters|offices?)`
const MARCHED_WHERE = new RegExp(String.raw`^\s+(?:through|against|outside|past|along|around|in\s+(?:protest|support|solidarity)|(?:on|to)\s+${MARCH_GOAL}|into\s+(?:the\s+)?(?:streets?|squares?|city|centre|center))\b`, 'iu')
/** "the march", "Saturday's housing march"; not "his march to the nomination", "the march of progress". */
const DETERMINED_NOUN = /(?:\b(?:the|a|an|this|that|their|its|his|her|our)|['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu
const A_MARCH_AFTER = /^(?!\s+(?:of|to|toward|towards)\b)/iu
/** "troops marched into the town", "the army's march on the capital": a military advance, not a protest. */
const TROOPS_BEFORE = /\b(?:troops|forces|soldiers|army|armies|military|militants|fighters|rebels|columns?|tanks)(?:['’]s?)?\s+(?:(?:had|have|has|then|also)\s+)?$/iu

/** What can be hijacked: a vehicle; "the protest was hijacked by far-left groups" is a figure of speech. */
const VEHICLE = String.raw`(?:planes?|airliners?|aircraft|jets?|flights?|helicopters?|(?:mini)?bus(?:es)?|coach(?:es)?|ships?|vessels?|tankers?|boats?|ferr(?:y|ies)|trawlers?|dinghy|dinghies|yachts?|trucks?|lorr(?:y|ies)|cars?|vans?|vehicles?|trains?)`
const VEHICLE_AFTER = new RegExp(String.raw`^\s+(?:(?:a|an|the|its|their|his|her|two|three|\d+)\s+)?(?:[\p{L}-]+\s+){0,2}?${VEHICLE}\b`, 'iu')
const VEHICLE_PASSIVE = new RegExp(String.raw`\b${VEHICLE}\s+(?:(?:was|were|had\s+been|has\s+been|being)\s+)(?:\w+ly\s+)?$`, 'iu')

/**
 * "its forces had responded along the border", "the army retaliated": armed forces striking back.
 * A minister responding to questions or a company retaliating with a lawsuit is no assault.
 */
const FORCES_STRIKE_BACK: Trigger = {
  type: 'ASSAULT',
  before: /\b(?:forces|troops|army|military|soldiers|fighters|militants|militias?|artillery|gunners|guards)\s+(?:(?:had|have|has|also|then|quickly|immediately|swiftly|later|reportedly)\s+)*$/iu,
  after: new RegExp(String.raw`^(?!\s+(?:to\s+(?:(?:the|a|an|these|those|his|her|their)\s+)?(?:questions?|requests?|queries|inquiries|emails?|calls?|criticism|comments?|letters?|${STATEMENT_NOUN})|by\s+saying|that)\b)`, 'iu'),
}

/** Inventions that make a death up: a hoax, a spoof, a satire; not a prank, a real act ("killed two people in a prank"). */
const INVENTION = String.raw`(?:hoax(?:es)?|satire|parod(?:y|ies)|spoofs?)`
/**
 * "A hoax claimed that", "a prank video falsely said", "a satirical site reported": an invention or a prank (or a
 * medium of one) as the subject of a verb of saying, whose content the death is in. Not a rumour, which may tell of
 * a real death, nor a prank's maker ("the prank caller said he killed").
 */
const INVENTION_CLAIMS = String.raw`\b(?:${INVENTION}|pranks?|satirical)\s+(?:(?:videos?|clips?|posts?|messages?|stor(?:y|ies)|articles?|(?:web)?sites?|accounts?|tweets?|pages?)\s+)?(?:\p{L}+ly\s+)?(?:claim(?:s|ed)?|sa(?:y|ys|id)|report(?:s|ed)?|announc(?:e|es|ed)|declar(?:e|es|ed)|stat(?:e|es|ed))\s+(?:that\s+)?[^,.;:]{0,60}$`

/**
 * "has been killed off again", "was killed in yet another internet hoax", "the web fake-killed
 * her", "the internet is murdering him", "a hoax claimed he was killed": a death that a hoax, a
 * rumour or a fiction made up, or a phrasal "kill off", is no act of violence. The hoax must be what
 * the death happened "in" ("in a hoax") or what claims it, not what sparked real violence ("in mob
 * attacks fuelled by rumours", "a rumour-fuelled attack"). A prank is a real act: "killed two people in
 * a prank" is a real killing, one only a prank claims is not. The medium kills only as the subject:
 * "a man he met on the internet killed" is a real killing.
 */
const MADE_UP_OR_KILLED: Trigger = {
  type: 'ASSAULT',
  after: new RegExp(String.raw`^(?!\s+off\b)(?!\s+(?:[\p{L}'’-]+\s+){0,3}?in\s+(?:yet\s+)?(?:another|an?|the)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${INVENTION}|rumou?rs?)(?![\p{L}-]))`, 'iu'),
  notBefore: new RegExp(String.raw`\bfake[\s-]*$|(?<!\b(?:on|in|via|over|through|from|met)\s+(?:the\s+)?)\b(?:internet|web|twitter|facebook|social\s+media|rumou?r\s+mill|tabloids?)\s+(?:(?:is|are|was|were|has|have|had|keeps?|kept|again|once\s+again)\s+)*(?:\w+ly\s+)?$|${INVENTION_CLAIMS}`, 'iu'),
}

/** Verbs of harm: an assault when someone does it, none when an accident or nature does ("a fire killed 17"). */
export const HARM_VERBS = new Set(['kill', 'injure', 'wound'])

/**
 * What harms without an attacker: fires, floods, quakes, storms, collapses, crashes, disease.
 * "Israeli fire", "sniper fire", "opened fire", "came under fire" are gunfire: a weapon, a side
 * (a demonym's ending), "open", "return", "set" or a preposition before "fire" makes it no accident.
 */
/** What blows up by accident: "a gas explosion", "a boiler blast". */
const ACCIDENTAL = '(?:gas|boiler|chemical|industrial|accidental|fireworks?|pipeline|tanker|transformer|reactor|dust|methane)'
const ACCIDENT_NOUN = String.raw`(?:(?<!(?:open(?:s|ed|ing)?|return(?:s|ed|ing)?|set|sets|setting|cease|sniper|tank|artillery|mortar|machine-gun|gun|rifle|enemy|hostile|friendly|police|army|military|naval|rocket|cross|live|heavy|\p{L}{2,}(?:an|i|ish|ese))\s)fires?|blazes?|flames|infernos?|(?:wild|bush|forest)fires?|floods?|flooding|floodwaters?|earthquakes?|quakes?|tremors?|aftershocks?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|landslides?|mudslides?|avalanches?|tsunamis?|collapses?|cave-ins?|crash(?:es)?|accidents?|derailments?|heatwaves?|heat|drought|famine|diseases?|outbreaks?|epidemics?|pandemic|virus|cholera|malaria|lightning|stampedes?|crush|eruptions?|smoke|fumes|leaks?|capsizing|shipwrecks?|downpours?|rains|blizzards?|${ACCIDENTAL}\s+(?:explosions?|blasts?))`
/** An accident as the subject of a verb of harm: not the object of a preposition ("after the earthquake, looters killed"). */
export const ACCIDENT_SUBJECT = new RegExp(String.raw`(?<!\b(?:of|in|at|on|from|to|with|for|by|near|against|about|over|into|under|after|before|during|amid|despite|through|than|like)\s+(?:(?:the|a|an|its|his|her|their|this|that)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2})\b${ACCIDENT_NOUN}\b`, 'giu')
/** Buildings and works that fall in: "the roof collapsed", "a footbridge gave way". */
const STRUCTURE = String.raw`(?:buildings?|roofs?|bridges?|footbridges?|walls?|dams?|levees?|embankments?|dykes?|dikes?|reservoirs?|towers?|cranes?|balcon(?:y|ies)|ceilings?|scaffolding|canop(?:y|ies)|stages?|stands?)`
/** What holds water back and can fail: a dam, a levee, a river's banks. */
const WATERWORKS = String.raw`(?:${STRUCTURE}|rivers?|canals?|lakes?)`
/** A structure failing: "the dam burst", "the levee was breached", "the river burst its banks"; not "burst into" a room. */
const GAVE_WAY = String.raw`(?:burst(?!\s+into\b)|(?:was|were|had\s+been)\s+breached|gave\s+way|caved\s+in|collapsed|crumbled|failed(?!\s+to\b))`
/** Weapons, attackers and acts of force: a clause naming one tells of an attack, not an accident. */
const ARMED = String.raw`\b(?:bomb\w*|explosiv\w*|missiles?|rockets?|drones?|shell(?:s|ed|ing)|mortars?|grenades?|IEDs?|guns?|gunfire|gunm[ae]n|fired|firing|opened\s+fire|attack\w*|rammed|strafed|targeted|raid(?:s|ed)?|air\s*strikes?|militants?|troops|soldiers|forces)\b`
/** Driven into people or a place full of them, which may be an attack ("a van crashed into a crowd", "ploughed into a busy market"). */
const INTO_PEOPLE = String.raw`\binto\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:crowds?|people|protesters|pedestrians|worshippers|shoppers|march(?:ers)?|bystanders|onlookers|revellers|markets?|squares?|festivals?|parades?|gatherings?)\b`
/** Not driven into people in the rest of the clause. */
const NOT_INTO_PEOPLE = String.raw`(?![^,;]*${INTO_PEOPLE})`
/** A runway or a road overshot: "overshot the wet runway" (not "rebels overran the town"). */
const OVERRUN = String.raw`\b(?:overshot|overran|overshoots|overruns)\s+(?:(?:the|a|an|its)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:runway|road|track|tarmac|platform|buffers|bend|curve|junction)s?\b`
/** "A gas cylinder exploded"; not "a roadside bomb exploded", a weapon going off. */
const EXPLODED_UNARMED = String.raw`(?<!${ARMED}[^,;.]{0,60})\b(?:exploded|blew\s+up)\b(?!\s+(?:a|an|the|his|her|their|its)\b)`
/** What a vehicle or a structure does when it is wrecked: "the ferry capsized", "the roof caved in". Every accident pattern below reads these. */
const MISHAP_VERBS = String.raw`(?:crashed|overturned|capsized|sank|derailed|collided|skidded|caught\s+fire|collapsed|caved\s+in)`
/** A wreck that a "when" clause tells and a machine's mishap: "when the boiler exploded", "the driver lost control". */
const BLEW_OR_LOST_CONTROL = String.raw`(?:exploded|flipped|lost\s+control)`
/** Going off the road or down, before ", killing …" and as a machine's mishap: "plunged into a ravine", "a bridge gave way". */
const FELL_OFF = String.raw`(?:plunged|veered|gave\s+way|came\s+down)`
/** A "when" clause whose subject is a disaster ("when a mudslide buried", "when the storm hit") or a structure that failed ("when a dam burst"). */
const DISASTER_STRUCK = String.raw`(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${ACCIDENT_NOUN}\b|${WATERWORKS}\s+(?:[\p{L}-]+\s+){0,2}?${GAVE_WAY})`
/**
 * "were killed in the blaze", "injured by falling debris in a stampede", "killed (late on Monday) when the roof collapsed",
 * "killed and 46 injured when a train derailed" (the injured of the same accident between).
 */
export const ACCIDENT_AFTER = new RegExp(String.raw`^\s+(?:and\s+(?:\d[\d,]*|\p{L}+)\s+(?:(?:more|others|people)\s+)?(?:injured|wounded|hurt)\s+)?(?:(?:in|by|during|after)\s+(?:(?:a|an|the|this|that|its|their|[\p{L}-]+['’]s)\s+)?(?:[\p{L}-]+\s+){0,3}?${ACCIDENT_NOUN}\b|(?:(?:late|early)\s+)?(?:(?:on|in|at|last|this|yesterday|overnight)\s+)?(?:[\p{L}\d:.]+\s+){0,2}?when\s+(?![^,.;]{0,50}?${ARMED})(?:[^,.;]{0,50}?\b(?:${MISHAP_VERBS}|${BLEW_OR_LOST_CONTROL}|failed\s+to\s+(?:stop|brake))\b|${DISASTER_STRUCK}))`, 'iu')

/**
 * A verb of an accident with no object, earlier in the clause of a ", killing …" ("A plane crashed into a gorge, killing 68",
 * "a bus plunged off the road, killing 12"): the deaths are the accident's. Not with an object ("crashed a car packed with
 * explosives into the gate") nor into a crowd, which may be an attack.
 */
export const ACCIDENT_VERB_BEFORE = new RegExp(String.raw`\b(?:(?:${MISHAP_VERBS}|${FELL_OFF}|went\s+down|came\s+to\s+rest)\b(?!\s+(?:a|an|the|his|her|their|its|my|our|your|this|that)\b)|${OVERRUN}|${EXPLODED_UNARMED})${NOT_INTO_PEOPLE}`, 'iu')

/** What a vehicle or a structure does in a mishap, or how it moves: "left the motorway", "ploughed into a wall", "fell". */
const MISHAP_OR_MOTION = String.raw`(?:${MISHAP_VERBS}|${BLEW_OR_LOST_CONTROL}|${FELL_OFF}|left|swerved|ploughed|plowed|careered|careened|hurtled|slammed|smashed|hit|struck|ran|went|rolled|tumbled|toppled|fell|jumped|mounted|spun|burst\s+into\s+flames|buckled|${GAVE_WAY})`
/**
 * The subject of a clause that is a vehicle or a structure, then a mishap or a motion ("The jet …, injuring 41", "A coach left
 * the motorway, killing nine"): harm it did is an accident's, unless the clause names a weapon, an attack or a warplane
 * anywhere ("a bomb-laden truck", "gunmen in a car", "fighter jets struck") or people driven into.
 */
export const MACHINE_SUBJECT = new RegExp(String.raw`^(?![^;]*(?:${ARMED}|\bfighter\b|${INTO_PEOPLE}))\s*(?:(?:the|a|an|its|their|two|three|\d+)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:${VEHICLE}|${STRUCTURE})\b[^;]*?\b${MISHAP_OR_MOTION}\b`, 'iu')

const ACCIDENTAL_BEFORE = new RegExp(String.raw`\b${ACCIDENTAL}\s+$`, 'iu')

/** A ban told as imposed ("imposed a four-year ban", "The ban, imposed on July 30,"), not one only announced or named ("her ban"). */
const BAN_IMPOSED_BEFORE = /\b(?:impos|introduc|issu)(?:e|es|ed|ing)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu
const BAN_IMPOSED_AFTER = /^,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:imposed|issued|introduced)\b/iu

/** A sitting or talks that members can walk out of. */
const SITTING = String.raw`(?:parliament|chamber|session|sitting|talks|negotiations|meeting|debate|assembly|hearing|conference|summit|vote|congress|senate|council)\b`

/** Relief goods sent or delivered: "sent 20 tonnes of medical supplies", "delivered food to the camps" ("sent aid" is the noun's act). */
const RELIEF_AFTER = /^\s+(?:\S+\s+){0,5}?(?:supplies|food|medicines?|relief|vaccines?|tents|blankets)\b/iu

/** Blame laid on nature ("blamed heavy flooding for", "blamed fog for", "was blamed on the drought") accuses no one. */
const NO_NATURAL_CAUSE_AFTER = /^(?!\s+(?:on\s+)?(?:(?:the|a|an|this|that|recent|heavy|severe|prolonged|torrential|extreme|unusual|unseasonal|freak|hot|cold|dry|wet)\s+){0,3}(?:flood(?:s|ing)?|droughts?|weather|heat(?:wave)?|rain(?:s|fall)?|storms?|snow(?:fall)?|winds?|fog|ice|climate|earthquakes?|hurricanes?|cyclones?|monsoon)\b)/iu

/** "a hostile $7.9 billion (raid)", "a takeover (raid)": a bid for a company's shares, a figure of speech of finance, seizes nothing. */
const MONEY_BID_BEFORE = /(?:\b(?:hostile|takeover|buyout|corporate|boardroom)|[$€£]\s?\d[\d.,]*(?:\s*(?:bn|billion|million|m)\b)?)\s+(?:[\p{L}$€£\d.,-]+\s+){0,3}$/iu

/** What kind of act an event is: its type, and for what nature does its mode too (a fire's outbreak and its deaths are two acts, with no party to tell them apart), and whether it is only due. Pure. */
export function actKind(event: { readonly type: PloverType; readonly mode?: string | undefined; readonly date?: { readonly deadline?: true | undefined } | undefined }): string {
  // A visit is an act of its own: a delegation's arrival is not its talks.
  const kind = event.type === 'DISASTER' || event.mode === 'visit' ? `${event.type} ${event.mode ?? ''}` : event.type
  // An act due by a date is not one done: "to withdraw by Tuesday" is not the withdrawal of last year.
  return event.date?.deadline ? `${kind} due` : kind
}

/** Deaths an accident or nature caused: "killed in the blaze", "died when the roof collapsed". */
export const ACCIDENTAL_DEATHS: Trigger = { type: 'DISASTER', mode: 'deaths', actorless: true }
/**
 * A disaster starting or striking: "the fire broke out", "since it broke out" (a fire named before
 * in the sentence), "an earthquake struck", "a blaze tore through the factory".
 */
const STRUCK = String.raw`(?:(?:broke|broken|break|breaks|breaking)\s+out|struck|hit|hits|(?:tore|tearing|swept|sweeping|ripped|ripping|raced|racing)\s+through)`
// The verb is matched first and its subject checked behind it, so the look back runs only where a verb is.
const OUTBREAK = new RegExp(String.raw`\b${STRUCK}\b(?<=\b(?:${ACCIDENT_NOUN}(?:,?\s+(?:that|which))?|${ACCIDENT_NOUN}\b[^.;!?]{0,250}?\bit)\s+(?:(?:has|had|have|was|were)\s+)?(?:\w+ly\s+)?${STRUCK})`, 'giu')
/** What befalls a vehicle or vessel wrecked. */
const WRECKED = String.raw`(?:sank|capsized|ran\s+aground|derailed|crashed|collided|overturned|went\s+down|caught\s+fire|skidded\s+off|overshot|overran)`
/**
 * A vehicle or vessel wrecked: "A ferry sank", "the train derailed", "two buses collided"; not one driven into people on
 * purpose, nor the "when" of deaths ("were killed when a train derailed"), which the deaths tell.
 */
const WRECK = new RegExp(String.raw`\b${WRECKED}\b(?<=\b${VEHICLE}\s+(?:[\p{L}-]+\s+){0,2}?${WRECKED})(?<!\bwhen\s[^.;!?]{0,60})(?![^.;!?]{0,40}${INTO_PEOPLE})`, 'giu')
/** People driven out by a disaster: "forced to flee", "had to flee their homes", "were evacuated"; not "during the fighting", a war's. */
const EVACUATED = /\b(?:(?:forced|had)\s+to\s+(?:flee|evacuate|abandon\s+their\s+homes|leave\s+their\s+homes)|fled\s+their\s+homes|(?:was|were|been|being)\s+evacuated)\b(?![^.;!?]{0,80}\b(?:fighting|clashes|shelling|war|hostilities|conflict|violence|bombardments?|offensive|attacks?)\b)/giu

/**
 * "welcomed the decision"; not what markets welcome ("investors welcomed the cost savings"):
 * a financial outcome, or a market's reaction, is no political support.
 */
const WELCOMED = /^\s+(?:the|this|that|a|an|his|her|its|their)\b(?!\s+(?:[\p{L}-]+\s+){0,2}?(?:savings|earnings|profits?|sales|dividends?|buybacks?|forecasts?|guidance)\b)/iu
const MARKETS_BEFORE = /\b(?:investors|markets?|traders|shareholders|analysts|bondholders|stocks|shares)\s+(?:\w+ly\s+)?$/iu

/**
 * What can only be attacked in words: a policy, a record, values, an economy. "Attacked the
 * plan", "attacks on press freedom" disapprove (PLOVER's ACCUSE); a "base" is abstract only as
 * an industrial, tax or voter base, not an army's.
 */
const ABSTRACT_TARGET = String.raw`(?:economy|democracy|values|reputation|credibility|record|polic(?:y|ies)|plans?|proposals?|program(?:me)?s?|legislation|laws?|rulings?|decisions?|ideas?|notion|principles?|freedoms?|liberty|rights|sovereignty|independence|integrity|character|legacy|constitution|culture|identity|way\s+of\s+life|jobs|interests|agenda|strategy|approach|deal|agreement|reports?|claims?|comments?|remarks|statements?|views|stance|position|science|media|press|industry|institutions|rule\s+of\s+law|(?:industrial|manufacturing|tax|voter|support|customer|political|economic|donor|export)\s+base)`
const DETERMINED = String.raw`(?:(?:the|a|an|its|his|her|their|our|my|this|that|these|those)\s+)?(?:[\p{L}-]+(?:['’]s?)?\s+){0,3}?`
/**
 * What names a cyber operation, by its tools or its makers: "a ransomware attack", "hackers attacked". PLOVER codes
 * cyber operations as COERCE 'cyber', not ASSAULT: no physical harm is done.
 */
const CYBER_MEANS = String.raw`(?:cyber|ransomware|malware|spyware|phishing|hacking|hackers?|denial[-\s]of[-\s]service|DDoS|botnets?)`
/** "Hackers attacked", "a ransomware attack": the attack's maker or tool right before it is a cyber one. */
export const CYBER_BEFORE = new RegExp(String.raw`\b${CYBER_MEANS}(?:['’]s?)?\s+(?:(?:had|have|has|also|then|reportedly|allegedly)\s+)*$`, 'iu')
/** What only a cyber operation attacks: "attacked the bank's servers", "an attack on its computer network". */
export const CYBER_TARGET = new RegExp(String.raw`^\s+(?:(?:on|against)\s+)?${DETERMINED}(?:servers?|computers?|(?:computer|IT|e-?mail|payment|booking)\s+(?:systems?|networks?)|websites?|databases?|data\s+cent(?:er|re)s?|e-?mail\s+accounts?)\b`, 'iu')
/**
 * A reaction drawn from others ("drew sharp condemnation from", "sparked outrage among"): the verb's subject
 * suffers the disapproval, and the "from" or "among" phrase names who disapproves.
 */
export const DRAWN_REACTION_BEFORE = /\b(?:dr[ae]w|drawn|draws|drawing|sparked|sparks|sparking|prompted|prompts|triggered|triggers|provoked|provokes|attracted|attracts)\s+(?:(?:sharp|strong|fierce|widespread|international|global|swift|angry|harsh|immediate|further|public|much|some)\s+)*$/iu
/** A cyber operation: PLOVER's COERCE 'cyber'. */
export const CYBER_ATTACK: Trigger = { type: 'COERCE', mode: 'cyber' }
/** What a cyber breach gets into: "breached the ministry's systems", "the customer database"; not "the safety barrier" nor "league rules". */
const BREACHED_SYSTEMS = new RegExp(String.raw`^\s+${DETERMINED}(?:systems?|networks?|servers?|computers?|databases?|websites?|(?:e-?mail|user|customer)\s+accounts?)\b`, 'iu')
/** "Breached the bank's servers", "hackers breached the agency": a break-in by its target or its makers. */
const CYBER_BREACH: Trigger = { ...CYBER_ATTACK, after: BREACHED_SYSTEMS, otherwise: { ...CYBER_ATTACK, before: CYBER_BEFORE } }
/** What only a cyber theft takes: "stole the personal data of", "stolen passwords"; not "stole a car" nor "the show". */
const STOLEN_DATA = String.raw`(?:data|records|files|passwords|credentials)`
/**
 * "Hackers stole millions", "the customer records were stolen": a theft by cyber thieves, or of data, is a cyber
 * operation (the mode a "cyberattack" gets); "attackers" steal data only so, as they may take a wallet.
 */
const CYBER_THEFT: Trigger = {
  ...CYBER_ATTACK, after: new RegExp(String.raw`^\s+${DETERMINED}${STOLEN_DATA}\b`, 'iu'),
  otherwise: { ...CYBER_ATTACK, before: new RegExp(String.raw`\b(?:${CYBER_MEANS}|cyber-?criminals?)(?:['’]s?)?\s+(?:(?:had|have|has|also|then|reportedly|allegedly)\s+)*$|\b${STOLEN_DATA}\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been|being)\s+)$`, 'iu') },
}
/** "attacked the plan" (after the verb), "attacks on democracy" (after the noun). */
export const ABSTRACT_OBJECT = new RegExp(String.raw`^\s+(?:(?:on|against|upon)\s+)?${DETERMINED}${ABSTRACT_TARGET}\b`, 'iu')
/** "its industrial base is attacked": an abstract subject of a passive. */
export const ABSTRACT_PATIENT = new RegExp(String.raw`\b${ABSTRACT_TARGET}\s+(?:is|are|was|were|being|been|(?:has|have|had)\s+been)\s+(?:(?:\w+ly|not|also|then)\s+)*$`, 'iu')
/**
 * "has been attacked by the ministry as biased", "attacked the report as a whitewash": an attack
 * that calls its target something is made in words. The "as" must open a description (an
 * adjective, or "a"/"an" and a noun), not a clause ("attacked as he walked home").
 */
export const ATTACKED_AS = /^(?:\s+by\s+[^,.;]{1,40}?|\s+(?:[\p{L}'’-]+\s+){0,4}?)?,?\s+as\s+(?:an?\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|(?!(?:he|she|they|it|we|i|you|soon|well|long|much|part|if|though)\b)[\p{L}-]+)(?=\s*(?:[,.;!?"”]|$)|\s+(?:and|or|by|in|for|on|over)\b)/iu
/** "violent attacks on their values", "terror attacks on democracy": still violence. */
export const VIOLENT_BEFORE = /\b(?:violent|terror|terrorist|armed|deadly|bloody|suicide|physical)\s+$/iu
/** "a verbal attack", "a personal assault on the judge": an attack in words. */
export const WORDED_BEFORE = /\b(?:verbal|rhetorical|personal|political|media|press|written|scathing|blistering|stinging|withering)\s+$/iu
/** "a trade assault on European steel", "a charm offensive": a figure of speech for a policy or campaign, no act of force. */
export const FIGURATIVE_BEFORE = /\b(?:trade|tariff|economic|commercial|financial|legal|legislative|regulatory|charm|advertising|marketing|publicity|PR|price)\s+$/iu
/** Attacking an idea is disapproving of it. */
export const VERBAL_ATTACK: Trigger = { type: 'ACCUSE', mode: 'disapprove' }

/** Those whose arrival is a visit, not a journey: "the WHO team arrives tomorrow", "the envoy, who arrived on Friday". */
const VISITORS = ['team', 'delegation', 'mission', 'envoys?', 'inspectors', 'experts', 'investigators', 'observers', 'monitors', 'negotiators', 'mediators?',
  'president', 'prime\\s+minister', 'foreign\\s+minister', 'defen[cs]e\\s+minister', 'minister', 'secretary(?:-general)?', 'chancellor', 'premier', 'pope', 'king', 'queen', 'prince', 'princess']
/** A visitor (capitalised or not), then its name ("President Macron"), an auxiliary or an adverb, or a relative pronoun, right before the verb. */
const VISITORS_BEFORE = new RegExp(String.raw`\b(?:${VISITORS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})\b(?:,\s*(?:which|who)|\s+(?:(?:is|are|was|were|has|have|had|will|would|finally|only|first|then|also|\p{Lu}[\p{L}-]*)\s+){0,3})\s*$`, 'u')

/** "hosted the delegation"; not "hosting his own Fox News show" or "will host the World Cup": a broadcast or a tournament is no meeting. */
const HOSTED_GUESTS = /^(?!\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:shows?|programmes?|programs?|podcasts?|broadcasts?|segments?|quiz|awards?|ceremony|festival|Olympics|Games|games|World\s+Cup|tournament|championships?|concerts?)\b)/u

/** "meet the highest standards", "met its targets", "meet the deadline": a bar reached, not people met. */
const MET_WITH_PEOPLE = /^(?!\s+with\s+(?:(?:widespread|fierce|strong|some|little|much|general|loud|stony|angry|an?)\s+)*(?:anger|outrage|fury|criticism|scepticism|skepticism|derision|dismay|disbelief|silence|resistance|protests?|applause|approval|relief|cheers|jeers|boos|hostility|opposition|suspicion|alarm|concern|indifference|condemnation|ridicule|resignation)\b)(?!\s+(?:(?:the|a|an|its|their|his|her|our|your|these|those|all|any|every|such|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:standards?|requirements?|targets?|criteria|conditions|demands?|needs|deadlines?|expectations|obligations|goals?|costs?|challenges?|thresholds?|rules|commitments|quotas?|forecasts?|estimates?|benchmarks?|specifications?|definition|end|ends|fate)\b)/iu
/**
 * "consulted the opposition", "consult with allies"; not a reader told to "consult their
 * pharmacist" or "consult the list": a professional's advice or a document is no political consultation.
 */
const CONSULTED_AS_PARTY = /^(?!\s+(?:with\s+)?(?:(?:a|an|the|your|their|his|her|our|my|its)\s+)?(?:[\p{L}-]+\s+)?(?:doctors?|GPs?|pharmacists?|physicians?|dentists?|nurses?|midwives|midwife|vets?|solicitors?|lawyers?|accountants?|advisers?|advisors?|specialists?|opticians?|websites?|lists?|guides?|guidance|manuals?|leaflets?|labels?|records|maps?|dictionar(?:y|ies)|instructions)\b)/iu

/**
 * "the FDA approved the drug", "the jab has been approved in America": a body's assent. Not an
 * opinion ("most voters approve of him", "52% approve"): no approval "of", by no share of people.
 */
const APPROVED: Trigger = {
  type: 'SUPPORT',
  after: /^(?!\s+of\b)/u,
  notBefore: /(?:%|\b(?:per\s*cent|percent))[^.;:]{0,60}$|\b(?:voters|respondents|Americans|people|majority|most|many|others?|disapprove)\s+(?:(?:also|still|now|strongly|largely)\s+)?$/iu,
}

/** What an outlet discloses to someone's cost: private messages, leaked papers, recordings, allegations; not a report or the news. */
const DISCLOSED: Trigger = {
  type: 'ACCUSE', mode: 'disclose',
  after: /^\s+(?:(?:the|a|an|her|his|their|its|some|several|dozens\s+of|hundreds\s+of)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:leaked|private|secret|confidential|classified|internal)\s+[\p{L}-]+|messages|e-?mails|texts|recordings|tapes|transcripts|allegations|cables)\b/iu,
}

/** What "fire" needs after it to be shooting: "fired on the crowd", "fired rockets at"; not "fired its coach". */
const FIRED_AT = /^\s+(?:(?:on|at|upon|into)\s(?!(?:(?:his|her|their|its)\s+)?(?:critics|opponents|rivals|detractors|the\s+media|the\s+press|reporters)\b)(?![^.;]{0,80}\b(?:on\s+(?:Twitter|X|Truth\s+Social|Facebook|Instagram|TikTok|social\s+media)|in\s+(?:a|an|his|her|their)\s+(?:post|tweet|statement|speech|interview|op-ed|column|letter))\b)|(?:(?:a|the|two|three|several|dozens\s+of|hundreds\s+of|more|\d+)\s+)?(?:shots|rounds|bullets|rockets?|missiles?|mortars?|shells|artillery|live\s+ammunition)\b)/iu

/** Armed forces as the subject right before a verb, a day or an adverb between: "Voldavian forces on Sunday destroyed". */
const ARMED_SUBJECT_BEFORE = /\b(?:forces|troops|army|military|soldiers|fighters|militants|militias?|rebels|insurgents|artillery|drones?|jets|warplanes|aircraft)\s+(?:(?:on\s+\p{L}+day|overnight|yesterday|later|then|also|reportedly|(?:had|have|has)(?:\s+also)?)\s+)*$/iu
/** What armed forces destroy in an attack; not their own stockpile nor seized drugs ("destroyed its chemical weapons", "three tonnes of seized cocaine"). */
const DESTROYED_TARGET = /^(?!\s+(?:its|their)\s|\s+(?:[\p{L}\d,.-]+\s+){0,4}?(?:seized|confiscated|stockpiles?|cocaine|heroin|drugs|narcotics|opium|poppy|crops|documents|evidence|records|chemical\s+weapons)\b)/iu
/** People killed as a military euphemism: "eliminated 20 militants", "militants were eliminated". */
const FIGHTERS = String.raw`(?:militants|fighters|terrorists|insurgents|soldiers|troops|rebels|gunmen|commanders?|jihadists|mercenaries)`
const ELIMINATED: Trigger = {
  type: 'ASSAULT',
  after: new RegExp(String.raw`^\s+(?:(?:more\s+than|at\s+least|about|some|over|up\s+to|nearly|almost|dozens\s+of|hundreds\s+of)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\p{L}+ty|dozens|hundreds|scores|the|several)?\s*(?:enemy\s+|separatist\s+|rebel\s+)?${FIGHTERS}\b(?!['’])`, 'iu'),
  otherwise: { type: 'ASSAULT', before: new RegExp(String.raw`\b${FIGHTERS}\s+(?:were|was|have\s+been|had\s+been|being)\s+(?:\p{L}+ly\s+)?$`, 'iu') },
}
/**
 * A physical target that "was hit": "no civilian facilities were hit"; not "sales were hit", nor homes "hit by power
 * cuts" or schools "hit hard by the budget cuts": only alone, by munitions or in an attack.
 */
const HIT_BY_ARMS_AFTER = new RegExp(String.raw`^(?:\s*(?:[.,;]|$|and\b|overnight\b|on\s+\p{L}+day\b|during\b)|\s+(?:by|in)\s+(?:(?:a|an|the|their|its)\s+)?(?!(?:[\p{L}-]+\s+){0,2}${CYBER_MEANS}\b)(?:[\p{L}-]+\s+){0,3}?(?:missiles?|rockets?|drones?|shells?|shelling|strikes?|airstrikes?|air\s+strikes?|raids?|bombs?|bombing|bombardment|artillery|gunfire|fire|mortars?|attacks?|explosives?)\b)`, 'iu')
const TARGET_HIT_BEFORE = /\b(?:facilit(?:y|ies)|buildings?|homes?|houses?|schools?|hospitals?|targets?|positions?|bases?|convoys?|vehicles?|infrastructure|sites?|depots?|posts?|power\s+plants?|stations?|ships?|vessels?|tanks?|airfields?|bridges?)\s+(?:were|was|have\s+been|had\s+been|being)\s+(?:\p{L}+ly\s+)?$/iu
/** What an armed force targets: people or places, not voters or markets of a campaign. */
const TARGETED_AFTER = /^\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:civilians?|residential|homes?|houses?|hospitals?|schools?|markets?|villages?|towns?|cities|positions?|bases?|convoys?|troops|soldiers|infrastructure|(?:military|civilian|energy|enemy)\s+[\p{L}-]+|fighters|militants)\b(?![^.;]{0,60}\bwith\s+(?:[\p{L}-]+\s+)?(?:leaflets|ads|adverts|advertising|messages|mailings?|mailers|calls|texts|posters|billboards|campaigns?|offers|discounts)\b)/iu

/** A munition before its passive verb: "the missile was fired (by …)", "rockets were fired". */
const MUNITION_PASSIVE = /\b(?:missiles?|rockets?|shells?|mortars?|shots?|rounds?|bullets?|projectiles?|salvos?|grenades?)\s+(?:[\p{L}-]+\s+){0,2}?(?:was|were|had\s+been|have\s+been|has\s+been|being)\s+(?:\p{L}+ly\s+)?$/iu
/** Armed forces or a weapon as the subject of "struck": "Varkan forces had struck", "a missile struck". */
const ARMS_SUBJECT_BEFORE = /\b(?:forces|troops|army|military|soldiers|militants|rebels|missiles?|rockets?|drones?|shells?|jets|warplanes|aircraft|bombs?|artillery|airstrikes?)\s+(?:(?:had|have|has|reportedly|allegedly|also|then|later|on\s+\p{L}+day)\s+)*$/iu
/** "struck a deal", "struck a balance", "struck a chord": another sense of "strike". */
const NOT_STRUCK_DEAL = /^(?!\s+(?:(?:a|an|the)\s+)?(?:(?:new|fresh|rare|similar|different|conciliatory|defiant|cautious)\s+)?(?:deal|agreement|bargain|compromise|balance|chord|note|tone|nerve|pose|blow|gold|oil|it\s+rich|back|out|down|off)\b)/iu

/**
 * "refused to comment", "rejected requests for an interview": words withheld from the press are no statement and no
 * refusal of anything PLOVER codes; "refused to withdraw", "rejected the request" are refusals.
 */
const NO_COMMENT_WITHHELD = /^(?!\s+(?:to\s+(?:(?:publicly|immediately|further|directly)\s+)?(?:comment|elaborate|speculate|be\s+(?:drawn|named|interviewed|identified)|confirm\s+or\s+deny|give\s+(?:any\s+|further\s+|more\s+)?details)|(?:(?:a|all|repeated|several|multiple|the)\s+)?(?:requests?|invitations?)\s+(?:for|to)\s+(?:an?\s+)?(?:comment|interviews?))\b)/iu

/** Verb lemmas that name an act. */
export const VERBS: ReadonlyMap<string, Trigger> = new Map<string, Trigger>([
  // ASSAULT: deliberate acts that can cause substantial physical harm.
  ['attack', { type: 'ASSAULT' }], ['assault', { type: 'ASSAULT', mode: 'beat' }], ['kill', MADE_UP_OR_KILLED], ['murder', MADE_UP_OR_KILLED], ['slay', { type: 'ASSAULT' }], ['massacre', { type: 'ASSAULT', mode: 'targeted' }],
  ['shoot', { type: 'ASSAULT', mode: 'firearms' }], ['gun', { type: 'ASSAULT', mode: 'firearms', after: /^\s+down\b/iu }], ['fire', { type: 'ASSAULT', mode: 'firearms', after: FIRED_AT, otherwise: { type: 'ASSAULT', before: MUNITION_PASSIVE } }],
  ['stab', { type: 'ASSAULT', mode: 'primitive' }], ['bomb', { type: 'ASSAULT', mode: 'explosives' }],
  ['shell', { type: 'ASSAULT', mode: 'heavy-weapons' }], ['bombard', { type: 'ASSAULT', mode: 'heavy-weapons' }],
  ['assassinate', { type: 'ASSAULT', mode: 'targeted' }], ['execute', { type: 'ASSAULT', mode: 'targeted' }],
  ['behead', { type: 'ASSAULT', mode: 'targeted' }], ['ambush', { type: 'ASSAULT' }], ['storm', { type: 'COERCE', mode: 'seize', after: VESSEL_TAKEN, before: STATE_FORCE_BEFORE, otherwise: { type: 'ASSAULT' } }],
  ['invade', { type: 'ASSAULT' }], ['kidnap', { type: 'ASSAULT', mode: 'abduct' }], ['abduct', { type: 'ASSAULT', mode: 'abduct' }],
  ['hijack', { type: 'ASSAULT', mode: 'abduct', after: VEHICLE_AFTER, otherwise: { type: 'ASSAULT', mode: 'abduct', before: VEHICLE_PASSIVE } }], ['torture', { type: 'ASSAULT', mode: 'torture' }], ['rape', { type: 'ASSAULT', mode: 'sexual' }],
  ['wound', { type: 'ASSAULT' }], ['injure', { type: 'ASSAULT' }], ['torch', { type: 'ASSAULT', mode: 'primitive' }],
  ['clash', { type: 'ASSAULT' }], ['respond', FORCES_STRIKE_BACK], ['retaliate', FORCES_STRIKE_BACK],
  ['destroy', { type: 'ASSAULT', before: ARMED_SUBJECT_BEFORE, after: DESTROYED_TARGET }], ['eliminate', ELIMINATED], ['hit', { type: 'ASSAULT', before: TARGET_HIT_BEFORE, after: HIT_BY_ARMS_AFTER }],
  ['target', { type: 'ASSAULT', after: TARGETED_AFTER }], ['strike', { type: 'ASSAULT', before: ARMS_SUBJECT_BEFORE, after: NOT_STRUCK_DEAL }],
  // COERCE: repression and coercion short of violence.
  ['arrest', { type: 'COERCE', mode: 'arrest' }], ['detain', { type: 'COERCE', mode: 'arrest' }], ['apprehend', { type: 'COERCE', mode: 'arrest' }],
  // PLOVER: a court's sentence is SANCTION 'convict' (a court's act is told as its sentence); a jailing with no term is COERCE 'arrest'.
  ['jail', JAILED], ['imprison', JAILED], ['deport', { type: 'COERCE', mode: 'deport' }],
  ['raid', { type: 'COERCE', mode: 'seize' }], ['confiscate', { type: 'COERCE', mode: 'seize' }], ['seize', { type: 'ASSAULT', mode: 'abduct', after: PEOPLE_TAKEN, otherwise: { type: 'COERCE', mode: 'seize' } }],
  ['censor', { type: 'COERCE', mode: 'censor' }], ['ban', { type: 'COERCE', mode: 'restrict' }], ['hack', { type: 'COERCE', mode: 'cyber' }], ['breach', CYBER_BREACH], ['steal', CYBER_THEFT],
  ['disarm', { type: 'COERCE', mode: 'arrest', before: PASSIVE_CLOSE }],
  // PLOVER: a conviction is a SANCTION ('convict'), and so is a court-ordered or regulatory penalty.
  ['sentence', { type: 'SANCTION', mode: 'convict', after: SENTENCED_TO }],
  ['convict', { type: 'SANCTION', mode: 'convict', after: /^(?!\s+(?:sex\s+|drug\s+|war\s+|would-be\s+)?(?:assassins?|plotters?|spies|spy|felons?|rapists?|murderers?|killers?|criminals?|terrorists?|fraudsters?|offenders?|paedophiles?|pedophiles?|traffickers?|dealers?)\b)/iu }], ['fine', { type: 'SANCTION', mode: 'convict' }],
  ['penalize', { type: 'SANCTION', mode: 'convict' }], ['penalise', { type: 'SANCTION', mode: 'convict' }],
  ['revoke', LICENCE_WITHDRAWN],
  // ACCUSE: disapproval, accusation, investigation.
  ['accuse', { type: 'ACCUSE', mode: 'allege' }], ['blame', { type: 'ACCUSE', mode: 'allege', notBefore: /\bto\s+$/iu, after: NO_NATURAL_CAUSE_AFTER }], ['charge', { type: 'ACCUSE', mode: 'allege', after: CHARGED_AFTER, otherwise: { type: 'ACCUSE', mode: 'allege', before: PASSIVE_CLOSE, after: CHARGED_ALONE } }],
  ['indict', { type: 'ACCUSE', mode: 'allege' }], ['sue', { type: 'ACCUSE', mode: 'allege' }], ['prosecute', { type: 'ACCUSE', mode: 'allege' }],
  ['condemn', { type: 'ACCUSE', mode: 'disapprove' }], ['denounce', { type: 'ACCUSE', mode: 'disapprove' }], ['criticize', { type: 'ACCUSE', mode: 'disapprove' }],
  ['criticise', { type: 'ACCUSE', mode: 'disapprove' }], ['decry', { type: 'ACCUSE', mode: 'disapprove' }], ['deplore', { type: 'ACCUSE', mode: 'disapprove' }],
  ['slam', { type: 'ACCUSE', mode: 'disapprove' }], ['rebuke', { type: 'ACCUSE', mode: 'disapprove' }], ['censure', { type: 'ACCUSE', mode: 'disapprove' }],
  ['complain', { type: 'ACCUSE', mode: 'disapprove' }], ['investigate', { type: 'ACCUSE', mode: 'investigate' }], ['probe', { type: 'ACCUSE', mode: 'investigate' }],
  ['summon', { type: 'ACCUSE', mode: 'disapprove', after: DIPLOMATIC, otherwise: { type: 'ACCUSE', mode: 'disapprove', before: DIPLOMAT_SUMMONED } }],
  // REQUEST: requests, demands and orders.
  ['demand', { type: 'REQUEST' }], ['urge', { type: 'REQUEST' }], ['request', { type: 'REQUEST', after: /^(?!\s+anonymity)/iu }], ['appeal', { type: 'ACCUSE', mode: 'allege', after: APPEALED, otherwise: { ...APPEAL_ALONE, otherwise: { type: 'REQUEST', after: /^\s+(?:to|for)\b/iu } } }],
  ['ask', { type: 'REQUEST', after: REQUEST_AFTER }], ['press', { type: 'REQUEST', after: REQUEST_AFTER }], ['plead', { type: 'REQUEST', after: PLEA_NOT_ENTERED }],
  // REJECT: rejections and refusals.
  ['reject', { type: 'REJECT', after: NO_COMMENT_WITHHELD }], ['refuse', { type: 'REJECT', after: NO_COMMENT_WITHHELD }], ['veto', { type: 'REJECT' }], ['rebuff', { type: 'REJECT' }], ['spurn', { type: 'REJECT' }],
  // THREATEN.
  ['threaten', { type: 'THREATEN' }], ['warn', { type: 'THREATEN', after: WARNED_OF_HARM, otherwise: { type: 'COOPERATE', mode: 'warn', after: TOLD_PARTY } }],
  // Sharing information (CAMEO 064, PLOVER COOPERATE): "alerted the fire brigade", "notified the council".
  ['alert', INFORMED], ['notify', INFORMED], ['inform', INFORMED],
  ['vow', { type: 'THREATEN', after: VOWED_HARM }], ['swear', { type: 'THREATEN', after: VOWED_HARM }],
  // PROTEST: collective public dissent.
  ['protest', { type: 'PROTEST', mode: 'demo' }], ['demonstrate', { type: 'PROTEST', mode: 'demo', after: /^\s+(?:against|outside|in\s+front|in\s+support|for\b)/iu }],
  ['rally', { type: 'PROTEST', mode: 'demo' }], ['march', { type: 'PROTEST', mode: 'demo', after: MARCHED_WHERE, notBefore: TROOPS_BEFORE }], ['riot', { type: 'PROTEST', mode: 'riot' }], ['boycott', { type: 'PROTEST', mode: 'boycott' }],
  // SANCTION: reduced relations.
  ['sanction', { type: 'SANCTION', mode: 'discontinue' }], ['expel', { type: 'SANCTION', mode: 'expel' }], ['embargo', { type: 'SANCTION', mode: 'discontinue' }],
  ['sever', { type: 'SANCTION', mode: 'discontinue' }], ['suspend', { type: 'SANCTION', mode: 'discontinue', after: /^\s+(?:\S+\s+){0,3}?(?:ties|relations|talks|aid|cooperation|flights|trade|operations|membership)\b/iu, otherwise: LICENCE_WITHDRAWN }],
  ['recall', { type: 'SANCTION', mode: 'withdraw', after: DIPLOMATIC }], ['evacuate', { type: 'SANCTION', mode: 'withdraw', after: DIPLOMATIC }],
  ['withdraw', { type: 'SANCTION', mode: 'withdraw', after: DIPLOMATIC }],
  // MOBILIZE: military and police moves short of force.
  ['deploy', { type: 'MOBILIZE', mode: 'troops' }], ['mobilize', { type: 'MOBILIZE' }], ['mobilise', { type: 'MOBILIZE' }],
  // AGREE: intent, promises, offers.
  ['agree', { type: 'AGREE', notBefore: OPINION_HOLDERS, after: NOT_AN_OPINION_SHARED }], ['promise', { type: 'AGREE' }], ['pledge', { type: 'AGREE' }], ['offer', { type: 'AGREE', after: /^\s+(?:to\b|(?:\S+\s+){0,3}?(?:help|aid|assistance|support|talks|cooperation|asylum|mediation))/iu }],
  // CONSULT: meetings, visits, talks.
  ['arrive', { type: 'CONSULT', mode: 'visit', before: VISITORS_BEFORE }],
  ['meet', { type: 'CONSULT', after: MET_WITH_PEOPLE }], ['visit', { type: 'CONSULT', mode: 'visit' }], ['host', { type: 'CONSULT', after: HOSTED_GUESTS }], ['negotiate', { type: 'CONSULT' }],
  ['consult', { type: 'CONSULT', after: CONSULTED_AS_PARTY }], ['discuss', { type: 'CONSULT' }],
  // SUPPORT: verbal, diplomatic support.
  ['praise', { type: 'SUPPORT' }], ['commend', { type: 'SUPPORT' }], ['welcome', { type: 'SUPPORT', after: WELCOMED, notBefore: MARKETS_BEFORE }],
  ['endorse', { type: 'SUPPORT' }], ['thank', { type: 'SUPPORT' }], ['sign', { type: 'SUPPORT', after: /^\s+(?:\S+\s+){0,3}?(?:agreement|accord|treaty|deal|pact|memorandum|declaration)\b/iu }],
  ['ratify', { type: 'SUPPORT' }], ['approve', APPROVED],
  // A disclosure of someone's compromising material: "a newspaper published the messages", "leaked the emails".
  ['publish', DISCLOSED], ['leak', DISCLOSED],
  // CONCEDE: verbal concessions and regret.
  ['apologize', { type: 'CONCEDE' }], ['apologise', { type: 'CONCEDE' }], ['pardon', { type: 'CONCEDE' }],
  // COOPERATE, AID, RETREAT.
  ['support', { type: 'SUPPORT', after: CLAIM_NOT_SUPPORTED, notBefore: EVIDENCE_TO_BEFORE }],
  ['contribute', { type: 'AID', after: /^\s+(?:\S+\s+){0,4}?(?:troops|aid|funds|money|assistance|\$|dollars|euros|million|billion)/iu }],
  ['provide', { type: 'AID', after: /^\s+(?:\S+\s+){0,4}?(?:aid|assistance|weapons|arms|funds|funding|loans?|grants?|troops|shelter|asylum)\b/iu }],
  ['send', { type: 'AID', after: RELIEF_AFTER }], ['deliver', { type: 'AID', after: RELIEF_AFTER }],
  ['extradite', { type: 'COOPERATE', mode: 'legal' }], ['rescue', { type: 'AID' }], ['donate', { type: 'AID' }],
  ['release', { type: 'RETREAT', mode: 'release', after: new RegExp(String.raw`^\s+(?:\S+\s+){0,4}?(?:${PEOPLE_HELD}|suspects?)\b`, 'iu'), otherwise: PEOPLE_FREED }],
  ['free', { type: 'RETREAT', mode: 'release', after: new RegExp(String.raw`^\s+(?:\S+\s+){0,4}?${PEOPLE_HELD}\b`, 'iu'), otherwise: PEOPLE_FREED }],
  ['resign', { type: 'RETREAT', mode: 'resign' }], ['retreat', { type: 'RETREAT', mode: 'withdraw' }], ['surrender', { type: 'RETREAT', mode: 'disarm' }],
  // DISASTER (no PLOVER category): a death an accident or nature caused.
  ['die', { ...ACCIDENTAL_DEATHS, after: ACCIDENT_AFTER }],
])

/** Verbs that carry out an armed act: "carried out a strike", "launched strikes", "mounted an offensive". */
const ARMED_ACT_BEFORE = /\b(?:carr(?:y|ies|ied|ying)\s+out|launch(?:es|ed|ing)?|conduct(?:s|ed|ing)?|mount(?:s|ed|ing)?|order(?:s|ed|ing)?)\s+(?:(?:a|an|the|its|their|new|fresh|further|more|several|two|three|\d+|series\s+of|wave\s+of)\s+)*(?:[\p{L}-]+\s+){0,2}$/iu
/** What a strike is made on, not a day ("a strike on Monday") nor a workplace's line ("a strike on the railways"). */
const STRIKE_TARGET = /^\s+(?:on|against|targeting)\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|(?:the\s+)?(?:[\p{L}-]+\s+)?(?:railways?|underground|tube|buses|trains|network|lines?)\b)/iu
/** A strike named by its kind of arms: "the precision strike", "a retaliatory strike". */
const ARMED_STRIKE_KIND = /\b(?:precision|retaliatory|pre-?emptive|targeted|surgical|artillery|naval|deadly|lethal)\s+$/iu
/** "a note of protest", "a formal protest", "lodged a protest": PLOVER's diplomatic protest, a disapproval in words, not a demonstration. */
const PROTEST_IN_WORDS = /\b(?:(?:notes?|letters?|statements?|messages?)\s+of|formal|diplomatic|official|written|verbal|strong|strongly\s+worded|(?:lodg|fil)(?:e|es|ed|ing)\s+(?:an?|its|their)(?:\s+[\p{L}-]+)?)\s+$/iu

/**
 * "carried out a pinpoint strike on the depot", "the strike on Tamsk": an armed strike, told by a verb
 * of armed action or by its target; "staged a strike", "a strike by nurses" are walkouts.
 */
const ARMED_STRIKE: Trigger = {
  type: 'ASSAULT', before: ARMED_ACT_BEFORE, notBefore: WALKOUT_BEFORE,
  otherwise: { type: 'ASSAULT', after: STRIKE_TARGET, notBefore: WALKOUT_BEFORE, otherwise: { type: 'ASSAULT', before: ARMED_STRIKE_KIND, notBefore: WALKOUT_BEFORE } },
}

/**
 * PLOVER's CONCEDE is a ceasefire declared. One broken, violated or breached is the opposite (the manual codes the
 * violation as the assault, or as an accusation of it), and one that "had held since January" or "is in place" is a
 * standing state, not a new act.
 */
const CEASEFIRE_DECLARED: Trigger = {
  type: 'CONCEDE',
  notBefore: /\b(?:(?:break|breach|violat|flout|shatter|undermin|wreck|jeopardi[sz]|threaten)\w*|violations?\s+of|breach(?:es)?\s+of|breaking\s+of)\s+(?:(?:the|a|an|its|their|this|that|fragile|shaky|existing|current|\d+-\w+|[\p{L}-]+-brokered)\s+)*$/iu,
  after: /^(?!\s+(?:(?:that|which)\s+)?(?:had|has|have)\s+(?:\w+ly\s+)?(?:held|been\s+in\s+(?:place|force|effect))\b|\s+(?:(?:that|which)\s+)?(?:is|was|remains|remained)\s+(?:\w+ly\s+)?(?:in\s+(?:place|force|effect)|holding)\b|\s+in\s+(?:place|force|effect)\b)/iu,
}

/**
 * "an invasion of migrants", "the tourist invasion", "an invasion of locusts": people or pests who carry no arms make
 * the word a figure of speech, as in "the invasion of our coast had to stop" with no army named.
 */
const UNARMED_INVADERS = String.raw`(?:migrants?|immigrants?|refugees?|asylum[-\s]seekers?|foreigners?|tourists?|visitors?|fans|shoppers|pests?|insects?|locusts?|rats?|mice|weeds?|species|jellyfish|algae|ants|mosquitoes|bugs?|privacy)`
const NO_UNARMED_INVADERS_AFTER = String.raw`^(?!\s+(?:of|by)\s+(?:[\p{L}-]+\s+){0,2}?${UNARMED_INVADERS}\b)`
/** An invasion that "had to stop" with no army named is rhetoric; "Russia's invasion has to stop" is still one. */
const MUST_STOP_AFTER = String.raw`(?![^.;]{0,60}?\b(?:had|has|have|must|needs?)\s+to\s+(?:stop|end|be\s+stopped)\b)`
const ARMED_INVADER_BEFORE = /(?:['’]s?|\b(?:troops|army|military|forces|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)))\s+(?:[\p{L}-]+\s+)?$/u
const INVASION: Trigger = {
  type: 'ASSAULT', after: new RegExp(NO_UNARMED_INVADERS_AFTER + MUST_STOP_AFTER, 'iu'),
  otherwise: { type: 'ASSAULT', after: new RegExp(NO_UNARMED_INVADERS_AFTER, 'iu'), before: ARMED_INVADER_BEFORE },
}

/** "came under attack", "coming under heavy mortar shelling", "came under sniper fire": what follows is suffered by the subject. */
const COME_UNDER = String.raw`\b(?:come|comes|came|coming)\s+under\s+(?:(?:a|an|the|heavy|intense|sustained|renewed|fresh|repeated|sniper|mortar|rocket|artillery|machine-gun|drone|enemy|hostile)\s+)*`
/** A noun act after "came under" (`COME_UNDER`) is suffered by the clause's subject. */
export const COME_UNDER_BEFORE = new RegExp(`${COME_UNDER}$`, 'iu')

/** Noun lemmas that name an act ("the attack", "an investigation", "sanctions"). */
export const NOUNS: ReadonlyMap<string, Trigger> = new Map<string, Trigger>([
  ['attack', { type: 'ASSAULT', notBefore: ILLNESS_BEFORE }], ['assault', { type: 'ASSAULT' }], ['shooting', { type: 'ASSAULT', mode: 'firearms' }],
  ['stabbing', { type: 'ASSAULT', mode: 'primitive' }], ['bombing', { type: 'ASSAULT', mode: 'explosives' }], ['explosion', { type: 'ASSAULT', mode: 'explosives', notBefore: ACCIDENTAL_BEFORE }],
  ['blast', { type: 'ASSAULT', mode: 'explosives', notBefore: ACCIDENTAL_BEFORE }], ['airstrike', { type: 'ASSAULT', mode: 'aerial' }], ['massacre', { type: 'ASSAULT', mode: 'targeted' }],
  ['ambush', { type: 'ASSAULT' }], ['killing', { type: 'ASSAULT' }], ['murder', { type: 'ASSAULT' }], ['assassination', { type: 'ASSAULT', mode: 'targeted' }],
  ['kidnapping', { type: 'ASSAULT', mode: 'abduct' }], ['abduction', { type: 'ASSAULT', mode: 'abduct' }], ['hijacking', { type: 'ASSAULT', mode: 'abduct' }],
  ['invasion', INVASION], ['clash', { type: 'ASSAULT' }], ['fighting', { type: 'ASSAULT' }], ['shelling', { type: 'ASSAULT', mode: 'heavy-weapons' }],
  ['gunfire', { type: 'ASSAULT', mode: 'firearms' }], ['gunfight', { type: 'ASSAULT', mode: 'firearms' }], ['ceasefire', CEASEFIRE_DECLARED], ['truce', CEASEFIRE_DECLARED],
  ['arrest', { type: 'COERCE', mode: 'arrest' }], ['detention', { type: 'COERCE', mode: 'arrest' }], ['deportation', { type: 'COERCE', mode: 'deport' }],
  ['ban', { type: 'COERCE', mode: 'restrict', before: BAN_IMPOSED_BEFORE, otherwise: { type: 'COERCE', mode: 'restrict', after: BAN_IMPOSED_AFTER } }],
  ['raid', { type: 'COERCE', mode: 'seize', notBefore: MONEY_BID_BEFORE }], ['crackdown', { type: 'COERCE', mode: 'restrict' }], ['curfew', { type: 'COERCE', mode: 'curfew' }],
  ['censorship', { type: 'COERCE', mode: 'censor' }],
  ['accusation', { type: 'ACCUSE', mode: 'allege' }], ['blame', { type: 'ACCUSE', mode: 'allege', before: /\b(?:put|puts|putting|lay|laid|lays|laying|place[ds]?|placing|pin(?:s|ned|ning)?|shift(?:s|ed|ing)?|(?:(?:put|puts|putting|point(?:s|ed|ing)?)\s+(?:the\s+|a\s+)?)?finger\s+of)\s+(?:the\s+)?$/iu }], ['indictment', { type: 'ACCUSE', mode: 'allege' }], ['appeal', { type: 'ACCUSE', mode: 'allege', after: APPEAL_AGAINST, otherwise: { type: 'ACCUSE', mode: 'allege', before: APPEAL_FILED } }],
  ['fine', { type: 'SANCTION', mode: 'convict', carried: /^\s+of\s+(?:up\s+to\s+|almost\s+|nearly\s+|about\s+|more\s+than\s+)?[\d$€£]/u }], ['lawsuit', { type: 'ACCUSE', mode: 'allege' }],
  ['condemnation', { type: 'ACCUSE', mode: 'disapprove' }], ['outrage', { type: 'ACCUSE', mode: 'disapprove', before: DRAWN_REACTION_BEFORE }], ['criticism', { type: 'ACCUSE', mode: 'disapprove' }],
  ['investigation', { type: 'ACCUSE', mode: 'investigate' }], ['probe', { type: 'ACCUSE', mode: 'investigate' }], ['inquiry', { type: 'ACCUSE', mode: 'investigate' }],
  ['ultimatum', { type: 'THREATEN' }], ['threat', { type: 'THREATEN', before: /\b(?:issued|made|repeated|renewed|new|fresh)\s+(?:a\s+|the\s+)?$/iu }],
  ['protest', { type: 'ACCUSE', mode: 'disapprove', before: PROTEST_IN_WORDS, otherwise: { type: 'PROTEST', mode: 'demo' } }], ['march', { type: 'PROTEST', mode: 'demo', before: DETERMINED_NOUN, after: A_MARCH_AFTER, notBefore: TROOPS_BEFORE }], ['demonstration', { type: 'PROTEST', mode: 'demo' }], ['rally', { type: 'PROTEST', mode: 'demo' }],
  ['riot', { type: 'PROTEST', mode: 'riot' }], ['boycott', { type: 'PROTEST', mode: 'boycott' }],
  ['sanction', { type: 'SANCTION', mode: 'discontinue' }], ['embargo', { type: 'SANCTION', mode: 'discontinue' }], ['expulsion', { type: 'SANCTION', mode: 'expel' }],
  ['evacuation', { type: 'SANCTION', mode: 'withdraw', after: /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}(?:ambassadors?|envoys?|diplomats?|embassy|embassies|consulates?|mission|staff)/iu }],
  ['deployment', { type: 'MOBILIZE', mode: 'troops' }], ['mobilization', { type: 'MOBILIZE' }], ['mobilisation', { type: 'MOBILIZE' }],
  ['agreement', { type: 'AGREE', carried: /^\s+(?:to\s+\p{L}|(?:was|were|has\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?(?:reached|signed|struck|concluded|sealed|agreed)\b)/iu }], ['pledge', { type: 'AGREE' }], ['promise', { type: 'AGREE' }],
  ['meeting', { type: 'CONSULT' }], ['talk', { type: 'CONSULT', after: /^\s+(?:with|between|on|in|over)\b/iu }], ['visit', { type: 'CONSULT', mode: 'visit' }],
  ['summit', { type: 'CONSULT', mode: 'multilateral' }], ['negotiation', { type: 'CONSULT' }],
  ['apology', { type: 'CONCEDE' }], ['pardon', { type: 'CONCEDE' }], ['extradition', { type: 'COOPERATE', mode: 'legal' }],
  ['aid', { type: 'AID' }], ['rescue', { type: 'AID' }], ['asylum', { type: 'AID', before: /\b(?:granted|gave|given|offered|receive[ds]?)\s+(?:\S+\s+)?$/iu }],
  ['strike', ARMED_STRIKE], ['incursion', { type: 'ASSAULT' }], ['bombardment', { type: 'ASSAULT', mode: 'heavy-weapons' }],
  ['withdrawal', { type: 'RETREAT', mode: 'withdraw', after: TROOPS }], ['resignation', { type: 'RETREAT', mode: 'resign' }],
  // "the release of the prisoners", "The release, which took place in Muscat late on Saturday": not a product's or a report's release.
  ['release', { type: 'RETREAT', mode: 'release', carried: /^(?:\s+of\s+(?:\S+\s+){0,4}?(?:prisoners?|hostages?|detainees?|captives?|him|her|them|journalists?|activists?)\b|,?\s+(?:(?:which|that)\s+)?(?:took|takes|had\s+taken|will\s+take)\s+place\b)/iu }],
])

const CROWD_CONTROL = String.raw`(?:tear[-\s]?gas(?:\s+canisters|\s+shells)?|water[-\s]?cannons?|rubber[-\s]bullets|rubber-coated\s+bullets|plastic\s+bullets|pepper[-\s]?spray|pepper\s+balls|stun\s+grenades|flash[-\s]?bangs?|sound\s+bombs|(?:rubber\s+)?pellets)`
const THROWN = String.raw`(?:stones|rocks|bottles|bricks|flares|fireworks|molotov\s+cocktails|petrol\s+bombs|firebombs|fire\s+bombs|projectiles|missiles|objects|paving\s+stones|debris)`
/** Verbs of breaking up a gathering or a blockade, and who does it, and what is broken up. */
const DISPERSED = String.raw`(?:dispers(?:e|es|ed|ing)|br(?:eak|eaks|oke|oken|eaking)\s+up|clear(?:s|ed|ing)?|push(?:es|ed|ing)?\s+back|remov(?:e|es|ed|ing)|end(?:s|ed|ing)?)`
const FORCES = String.raw`(?:police|policemen|officers|troops|soldiers|forces|gendarmes|guards)`
const GATHERINGS = String.raw`(?:crowds?|protesters|demonstrators|marchers|strikers|picket(?:ers|\s+lines?|s)?|blockades?|barricades|sit-ins?|protests?|rall(?:y|ies)|encampments?|protest\s+camps?)`
/** Public places security forces clear or close to people: "sealed off the area", "cleared the square" (not a road or a crash scene, closed for safety). */
const PUBLIC_PLACES = String.raw`(?:area|square|streets|district|neighbou?rhood|town|city|(?:city|town)\s+centre|village|building|camp|park|bridge|zone|border|crossing|campus)`
/** Closing a place off, or clearing it, by the forces before it (not "the firm sealed off its losses"). */
const CLOSED_OFF = String.raw`(?:(?:seal|cordon|fenc|clos)(?:e|es|ed|ing|s)?\s+off|clear(?:s|ed|ing)?)`
/** Weapons, and a list of them up to the recipient: "bottles and flares", "tear gas, water cannon and rubber bullets". */
function weaponList(weapon: string): string {
  return String.raw`(?:(?:more|some|several|dozens\s+of|volleys\s+of|rounds\s+of|a\s+barrage\s+of|the|their)\s+)?${weapon}(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:[\p{L}-]+\s+){0,2}?(?:${CROWD_CONTROL}|${THROWN}))*\b`
}

/**
 * Acts named by several words; each match is one trigger, and the words inside it name nothing more. `noun`: the
 * phrase is a noun ("a cyberattack", "air strikes"), whose doer is not its clause's subject unless a light verb carries it.
 */
export const PHRASES: ReadonlyArray<{ readonly pattern: RegExp; readonly trigger: Trigger; readonly noun?: true }> = [
  { pattern: /\bcyber[-\s]?attacks?\b/giu, trigger: { type: 'COERCE', mode: 'cyber' }, noun: true },
  { pattern: /\bopen(?:s|ed|ing)?\s+fire\b/giu, trigger: { type: 'ASSAULT', mode: 'firearms' } },
  // "its units took adequate retaliatory measures": armed forces striking back; a government's "retaliatory measures" may be tariffs.
  { pattern: /\b(?:take|takes|took|taken|taking)(?<=\b(?:units|troops|forces|army|military|soldiers|artillery)\s+(?:(?:had|have|has|then|also|immediately|quickly)\s+)*t\p{L}+)\s+["“']?(?:[\p{L}-]+\s+)?(?:retaliatory|counter-?)\s*(?:measures|action|steps|strikes)\b/giu, trigger: { type: 'ASSAULT' } },
  { pattern: new RegExp(String.raw`${COME_UNDER}(?:fire|gunfire)\b`, 'giu'), trigger: { type: 'ASSAULT', mode: 'firearms', undergone: true } },
  // PLOVER's 'crowd-control': less-lethal weapons and tactics, named with the verb that uses them.
  { pattern: new RegExp(String.raw`\b(?:fir(?:e|es|ed|ing)|sho(?:t|ot|ots|oting)|us(?:e|es|ed|ing)|lob(?:s|bed|bing)?|spray(?:s|ed|ing)?|deploy(?:s|ed|ing)?|turn(?:s|ed|ing)?|launch(?:es|ed|ing)?)\s+${weaponList(CROWD_CONTROL)}`, 'giu'), trigger: { type: 'ASSAULT', mode: 'crowd-control' } },
  { pattern: /\b(?:baton|lathi)[-\s]charg(?:e|es|ed|ing)\b|\bcharg(?:e|es|ed|ing)\s+(?:into\s+|at\s+)?(?:the\s+)?(?:crowds?|demonstrators|protesters|marchers)\b(?!\s+with\b)/giu, trigger: { type: 'ASSAULT', mode: 'crowd-control' } },
  { pattern: /\b(?:us(?:e|es|ed|ing)|wield(?:s|ed|ing)?|swing(?:s|ing)?|swung)\s+(?:(?:their|his|her|its|the)\s+)?(?:[\p{L}-]+\s+)?(?:batons|truncheons|clubs|sticks|baton|truncheon)\b/giu, trigger: { type: 'ASSAULT', mode: 'beat' } },
  // "police broke up the picket line", "troops pushed back protesters": the manual's RESTRICT (COERCE 'restrict'), no weapon named.
  { pattern: new RegExp(String.raw`\b${DISPERSED}(?<=\b${FORCES}\b[^.;]{0,40}?\s${DISPERSED})(?=\s+(?:(?:the|a|an|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}?${GATHERINGS}\b)`, 'giu'), trigger: { type: 'COERCE', mode: 'restrict' } },
  // "Troops sealed off the area", "officers moved in to clear the square", "police restored order": RESTRICT too, of a place or of everyone.
  { pattern: new RegExp(String.raw`\b${CLOSED_OFF}(?<=\b${FORCES}\b[^.;]{0,40}?\s${CLOSED_OFF})(?=\s+(?:(?:the|a|an|their|its|[\p{L}-]+['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}?${PUBLIC_PLACES}\b)`, 'giu'), trigger: { type: 'COERCE', mode: 'restrict' } },
  { pattern: new RegExp(String.raw`\brestor(?:e|es|ed|ing)\s+(?:law\s+and\s+)?(?:public\s+)?(?:order|calm)\b(?<=\b${FORCES}\b[^.;]{0,40}?\srestor\p{L}*\s+[\p{L}\s]*)`, 'giu'), trigger: { type: 'COERCE', mode: 'restrict' } },
  // "Police beat demonstrators": a beating of people; "beat Arsenal 2-0" or "beat expectations" is none.
  { pattern: /\b(?:beat|beats|beating|beaten)(?=\s+(?:up\s+)?(?:(?:the|a|an|two|three|four|five|several|dozens\s+of|many|unarmed|peaceful|young|\d+)\s+)*(?:protesters|demonstrators|students|prisoners|detainees|journalists|reporters|civilians|activists|supporters|strikers|marchers|worshippers|villagers|residents|him|her|them|men|women|people)\b)/giu, trigger: { type: 'ASSAULT', mode: 'beat' } },
  // "Thousands took to the streets", "protesters poured into the streets": a street protest.
  { pattern: /\b(?:t(?:ake|akes|ook|aken|aking)|p(?:our|ours|oured|ouring)|f(?:lood|loods|looded|looding)|spill(?:s|ed|ing)?|surg(?:e|es|ed|ing))\s+(?:in)?to\s+the\s+streets?\b|\b(?:fill(?:s|ed|ing)?|thronged?)\s+the\s+streets\b/giu, trigger: { type: 'PROTEST', mode: 'demo' } },
  // "The High Court quashed the licence", "overturned the ban", "struck down the law": a ruling that rejects a decision.
  { pattern: /\b(?:quash(?:es|ed|ing)?|overturn(?:s|ed|ing)?|annul(?:s|led|ling)?|str(?:ike|ikes|uck|iking)\s+down|invalidat(?:e|es|ed|ing)|set(?:s|ting)?\s+aside)(?=\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:ruling|verdict|decision|conviction|sentence|ban|licen[cs]e|permit|law|act|election|result|order|approval|decree|rule|regulation|policy|contract|deal)s?\b)/giu, trigger: { type: 'REJECT' } },
  // Thrown stones, bottles and firebombs: PLOVER's primitive weapons.
  { pattern: new RegExp(String.raw`\b(?:hurl(?:s|ed|ing)?|thr(?:ew|ow|ows|owing|own)|lob(?:s|bed|bing)?|fl(?:ing|ings|inging|ung)|pelt(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?with)\s+${weaponList(THROWN)}`, 'giu'), trigger: { type: 'ASSAULT', mode: 'primitive' } },
  { pattern: /\bset(?:s|ting)?\s+fire\s+to\b/giu, trigger: { type: 'ASSAULT', mode: 'primitive' } },
  { pattern: /\b(?:air|drone|missile|military|rocket)\s+strikes?\b|\bair\s+raids?\b/giu, trigger: { type: 'ASSAULT', mode: 'aerial' }, noun: true },
  // "the missile came through the roof", "a rocket hit the school": a munition striking is an attack, whoever fired it.
  { pattern: /\b(?:missiles?|rockets?|shells?|mortars?|drones?|bombs?)\s+(?:(?:also|then|later|reportedly|apparently)\s+)?(?:hit|hits|struck|strikes|slammed\s+into|smashed\s+into|crashed\s+into|ploughed\s+into|plowed\s+into|came\s+through|tore\s+through|ripped\s+through|landed\s+(?:on|in|near))\b/giu, trigger: { type: 'ASSAULT' } },
  // "ordered three diplomats to leave the country": an expulsion of whom it orders out; the order is the trigger, so that they are its recipient.
  { pattern: /\b[Oo]rder(?:s|ed|ing)?(?=\s+(?:[\p{L}'’-]+\s+){1,5}?to\s+leave\s+(?:the\s+country|(?:its|their|the|[\p{L}-]+['’]s?)\s+territory|\p{Lu})|\s+(?:[\p{L}'’-]+\s+){0,3}?(?:diplomats?|ambassadors?|envoys?|attachés?|consuls?)\s+to\s+leave\b)/gu, trigger: { type: 'SANCTION', mode: 'expel' } },
  { pattern: /\b(?:took|taken|take|takes|taking)\s+(?:\S+\s+)?into\s+custody\b/giu, trigger: { type: 'COERCE', mode: 'arrest' } },
  { pattern: /\b(?:call(?:ed|ing)?|appeal(?:ed|ing)?)\s+(?:for|on)\b/giu, trigger: { type: 'REQUEST' } },
  // "rejects calls for a wage hike": others' calls, no request by the subject; "he calls for calm" is one.
  { pattern: /\b(?:calls|appeals)\s+(?:for|on)\b/giu, trigger: { type: 'REQUEST', notBefore: CALLS_AS_NOUN } },
  { pattern: /\barrest\s+warrants?\b|\bwarrants?\s+for\s+(?:the\s+|their\s+|his\s+|her\s+)?arrest\b/giu, trigger: { type: 'COERCE', mode: 'arrest' } },
  { pattern: /\b(?:cut|cuts|cutting|sever(?:s|ed|ing)?|break(?:s|ing)?|broke|broken)\s+(?:off\s+)?(?:diplomatic\s+)?(?:ties|relations)\b/giu, trigger: { type: 'SANCTION', mode: 'discontinue' } },
  { pattern: /\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?)\s+(?:its\s+|their\s+|the\s+)?(?:embassy|embassies|consulates?|mission)\b/giu, trigger: { type: 'SANCTION', mode: 'withdraw' } },
  { pattern: /\b(?:hunger\s+strikes?|general\s+strikes?|(?:went|go|goes|going|gone)\s+on\s+strike)\b/giu, trigger: { type: 'PROTEST', mode: 'strike' } },
  // Walking out: workers leaving their work strike; members leaving a sitting or talks boycott it (PLOVER's PROTEST modes).
  // The look back for who walks out comes after "walk out" matched: before it, it would be tried at every character.
  { pattern: /\bwalk(?:s|ed|ing)?\s+out\b(?<=\b(?:workers|staff|employees|nurses|doctors|teachers|miners|drivers|dockers|unions?)\b[^.;]{0,60}?walk\p{L}*\s+out)/giu, trigger: { type: 'PROTEST', mode: 'strike' } },
  { pattern: new RegExp(String.raw`\bwalk(?:s|ed|ing)?\s+out\b(?<=\b(?:delegates|delegations?|lawmakers|legislators|MPs|deputies|senators|opposition|members)\b[^.;]{0,60}?walk\p{L}*\s+out)|\bwalk(?:s|ed|ing)?\s+out(?=\s+(?:of|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}${SITTING})`, 'giu'), trigger: { type: 'PROTEST', mode: 'boycott' } },
  // Returning fire is fighting back: an assault on whoever fired first.
  { pattern: /\breturn(?:s|ed|ing)?\s+fire\b/giu, trigger: { type: 'ASSAULT', mode: 'firearms' } },
  // Accepting another's invitation, offer or proposal agrees to it: "accepted an invitation to meet" is "agreed to meet".
  // Its "to" is the phrase's, so that what is agreed to is its content and whom it concerns its recipient.
  { pattern: /\baccept(?:s|ed|ing)?\s+(?:(?:the|an?|its|his|her|their|this|that|[\p{L}-]+['’]s?)\s+)*(?:[\p{L}-]+\s+)?(?:invitations?|offers?|proposals?)\b(?:\s+to\b)?/giu, trigger: { type: 'AGREE' } },
  { pattern: /\b(?:held|hold|holds|holding)\s+(?:\S+\s+){0,2}?talks\b/giu, trigger: { type: 'CONSULT' } },
  { pattern: /\b(?:spoke|speaks|talked|talks)\s+(?:by|on\s+the)\s+(?:tele)?phone\b/giu, trigger: { type: 'CONSULT', mode: 'phone' } },
  { pattern: /\b(?:pull(?:s|ed|ing)?\s+out|withdr(?:ew|aw|aws|awn|awing))\s+(?:of\s+|from\s+)?(?:\S+\s+){0,3}?(?:troops|forces|soldiers|units|military\s+personnel)\b/giu, trigger: { type: 'RETREAT', mode: 'withdraw' } },
  // What nature or an accident does: no PLOVER category, no one's act.
  { pattern: OUTBREAK, trigger: { type: 'DISASTER', mode: 'outbreak', actorless: true } },
  { pattern: EVACUATED, trigger: { type: 'DISASTER', mode: 'evacuation', actorless: true } },
  { pattern: WRECK, trigger: { type: 'DISASTER', mode: 'accident', actorless: true } },
]

/**
 * Verbs that undo the act a noun names: lifting a restriction is a concession, halting
 * cooperation reduces relations, calling off a meeting rejects it ("lifted the curfew",
 * "halted economic aid", "cancelled the talks").
 */
export const REVERSING_VERBS = new Set(['lift', 'ease', 'end', 'halt', 'suspend', 'stop', 'cut', 'cancel', 'freeze', 'scrap', 'revoke', 'relax', 'prohibit', 'call'])
export const REVERSED: Partial<Readonly<Record<PloverType, Trigger>>> = {
  COERCE: { type: 'CONCEDE' }, SANCTION: { type: 'CONCEDE' },
  AID: { type: 'SANCTION', mode: 'discontinue' }, COOPERATE: { type: 'SANCTION', mode: 'discontinue' }, AGREE: { type: 'SANCTION', mode: 'discontinue' },
  CONSULT: { type: 'REJECT', mode: 'meet' },
}

/** Verbs that carry a noun trigger's act: the clause's subject did it ("launched an investigation"). */
export const LIGHT_VERBS = new Set([
  'carry', 'launch', 'conduct', 'open', 'hold', 'impose', 'stage', 'mount', 'issue', 'make', 'begin', 'start', 'order', 'announce',
  'file', 'level', 'lodge', 'express', 'voice', 'send', 'provide', 'deliver', 'grant', 'reach', 'sign', 'lead', 'perpetrate', 'commit', 'organise', 'organize',
  'strike', 'conclude', 'seal', 'clinch', 'broker', 'enter', 'levy',
])

/**
 * "the right to protest", "freedom of assembly and freedom to strike", "a ban on rallies": an act
 * named as a right or as what is banned is a kind of act, not one that happened.
 */
export const GENERIC_BEFORE = /\b(?:(?:right|rights|freedom|freedoms|liberty)\s+(?:to|of)|bans?\s+on|(?:prohibition|moratorium)\s+on)\s+(?:(?:peaceful|public|free|lawful|legal|all|any|street|political|mass|further)\s+)?$/iu

/**
 * "co-operate fully with any investigation", "a source close to the investigation": an act that may
 * come, or one that only describes a source, is no act reported here; nor is a role that a
 * description set off by a comma gives someone ("Helen Marsh, the officer leading the investigation,").
 */
export const UNREPORTED_BEFORE = new RegExp([
  String.raw`\b(?:with|in|to|into|for|of)\s+any\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$`,
  String.raw`\b(?:close\s+to|familiar\s+with|briefed\s+on)\s+(?:the|an?|its|their)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$`,
  String.raw`(?:^|,)\s*(?:the|an?|their|its)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}?(?:leading|heading|running|overseeing|directing|in\s+charge\s+of)\s+(?:the|an?|its|their|this)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$`,
].join('|'), 'iu')

/** "suspended orders pending an investigation", "awaiting a ruling": an act waited for is not reported as done. */
export const AWAITED_BEFORE = /\b(?:pending|awaiting|awaits?|awaited|until|subject\s+to)\s+(?:(?:the|a|an|its|their|his|her|any|further|full|formal|official)\s+)*(?:\p{Ll}[\p{L}-]*\s+){0,3}$/iu

/** An office or a body named by what it does, right before an act's noun: "head of investigations", "the Department for Prosecutions": a title or a name, no act. */
export const OFFICE_OF_BEFORE = /\b(?:head|heads|chief|chiefs|director|directors|deputy|commissioner|inspector|officer|secretary|department|unit|division|office|bureau)\s+(?:of|for)\s+(?:the\s+)?$/iu
