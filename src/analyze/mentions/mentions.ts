/**
 * @module analyze/mentions — people, organisations, countries, places and groups an article
 * mentions, with titles and roles, linked within the article (Aliyev = the president = he).
 *
 * Two passes. `collect` finds candidate mentions anywhere: gazetteer names (countries,
 * capitals, demonyms, organisations), capitalised name runs with their titles, role
 * descriptions ("the Azerbaijani foreign ministry", "the assailant", "pundits") and pronouns.
 * `resolve` then walks them in text order and links each to an actor, so a description or
 * pronoun can only point back at actors already introduced.
 */
import { datelineLengthAt } from '../../ingest/text-signals.js'
import type { Actor, ActorKind, Article, Mention } from '../../model/schema.js'
import { spanIndexAt, type Span } from '../../model/span.js'
import { firstNameGender, isFirstName, sameFirstName } from '../../knowledge/first-names.js'
import { countryNamedBy, gazetteer, isPlaceWithin, withArticleNames, type GazetteerEntry } from '../../knowledge/gazetteer.js'
import { articleCountries } from './article-countries.js'
import { titleCaseLines } from './headline-case.js'
import { heldRoles } from './role-holders.js'
import { officersOfPolice } from './police-officers.js'
import { sameWordClass, wordRank } from '../../knowledge/word-clusters.js'
import { firstTokenAtOrAfter, need, type MentionLayer, type Segmentation, type Stage } from '../layers.js'
import { inQuotation, posOf } from '../segment/segment.js'
import { AFFILIATED_OCCUPATIONS, COMPANY_SUFFIX, GROUP_ROLES, INSTITUTION_ROLES, isOrganisationWord, KIN_NOUNS, NAME_PARTICLES, PEOPLE_ADJECTIVES, QUALIFIED_ONLY_GROUPS, ORGANISATION_HEADS, ORGANISATION_NOUNS, ORGANISATION_TITLES, ORGANISATION_TYPE_WORDS, ORGANISATION_WORDS, NAME_WORD_TITLES, OCCUPATION_GROUPS, PARTY_WORDS, partyNamed, PEOPLE_NOUN_GENDER, PEOPLE_NOUNS, PEOPLE_PLURALS, PERPETRATOR_ROLES, PERSON_PRONOUNS, SUSPECT_ROLES, TITLE_SET, ACT_ROLES, PERSON_ROLES, PERSON_TITLES, SAME_BODY_NOUNS, SPORTS, SELF_STANDING_ORGANISATION_NOUNS, UNNAMED_BODY_NOUNS, UNNAMED_GROUPS, UNNAMED_PERSON_ROLES, type OrganisationType } from './lexicon.js'

type Candidate =
  | { readonly type: 'gazetteer'; readonly span: Span; readonly entry: GazetteerEntry; readonly asPlace: boolean; readonly afterPreposition: boolean; readonly national?: true }
  | { readonly type: 'name'; readonly span: Span; readonly name: string; readonly kind: ActorKind; readonly role?: string; readonly country?: string; readonly speaks?: boolean; readonly afterThe?: boolean; readonly noun?: string; readonly employs?: boolean; readonly ofPeople?: true }
  | { readonly type: 'description'; readonly span: Span; readonly role: string; readonly country?: string; readonly level?: string; readonly of?: string; readonly place?: string; readonly people?: string }
  | { readonly type: 'pronoun'; readonly span: Span }

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'outside', 'across', 'inside', ','])

/** Titles a party word before them names the remit of ("Labour Minister", "Labour Secretary"), not the party. */
const PORTFOLIO_TITLE = /^(?:Minister|Secretary)$/u

/**
 * Words before "to" or "from" that make the name after it a person's, not a place's: a contest lost or won
 * ("lost in straight sets to", "won the title from"), a message sent ("a letter from", "a phone call to", "wrote to") or a tie to someone ("a former aide to").
 */
const PERSON_CUE_BEFORE = /(?:\b(?:lost|lose|loses|losing|fell|falls|falling|beaten|defeated|won|wins|winning)(?:\s+[\p{Ll}'’-]+){0,4}|\b(?:letters?|calls?|messages?|e-?mails?|gifts?|notes?|texts?|apology|plea|tribute|wrote|written|writes|writing|spoke|spoken|speaks|speaking|talked|talks|talking|replied|apologi[sz]ed|married|aides?|advis[eo]rs?|assistants?|successor|predecessor|spokes(?:man|woman|person)|wife|husband|sons?|daughters?)(?:\s+\p{Ll}+)?)\s+(?:to|from)\s+$/u
const CONNECTORS = new Set(['of', 'the', 'and', 'for', '-', '&'])
/** Parts of speech the tagger gives surnames that are also words ("Lynch", "Pence", "Trump"). */
const MISTAGGED_NAME = new Set(['VERB', 'ADV', 'INTJ'])
/** Parts of speech that never open a name, even when capitalised at a sentence start. */
const NOT_NAME_START = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'ADV', 'PRON', 'AUX', 'PART', 'VERB', 'NUM', 'PUNCT', 'INTJ'])
/** A determiner and up to three modifiers right before a role ("a Pakistani security | official"). */
const MODIFIED_ROLE = /(?<=^|[\s(“"])(?:[Aa]n?|[Oo]ne)\s+((?:(?!(?:of|for|and|or|to|in|at|by|with|who|that|is|was)\s)[\p{L}.-]+\s+){1,3})$/u

/** Where someone works, after their role: " at the Finance Ministry", " with the UN". */
const AFFILIATION_AFTER = /^\s+(?:at|of|for|with|from)\s+(?:the\s+)?\p{Lu}/u

/** One word shaped like a demonym ("Talmerian", "Durovian", "Ruritanian"). */
const UNKNOWN_DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ean|an|ese|i)$/u

/** Conjunctions that open a subordinate clause. */
const SUBORDINATORS = /^(?:When|Whenever|While|Whilst|If|Although|Though|Because|Since|Unless|Until|Whether|Once|As|After|Before|Whereas)$/u
/** Focus adverbs that open a sentence before a name ("Even Kim seemed to", "Only Putin knows"): no part of it. */
const FOCUS_ADVERBS = /^(?:Even|Only|Just|Also|Still|Perhaps|Maybe|Indeed|Already|Not|Yet)$/u

export const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/u
/** Words after a place name that make it a longer place name, not a person's ("Jordan River", "Victoria Falls"). */
const PLACE_NOUNS = /^(?:River|Valley|Falls|Lake|Park|Street|Square|Plaza|Bay|Island|Islands|Mountains?|Hills?|Airport|Station|Bridge|Road|Avenue|Beach|Harbou?r|Canyon|Sea|Gulf|Strait|County|City|Province|State|Region|Plateau|Desert|Basin|Coast|Springs|Cove|Point|Creek|Heights)$/u
/** Words that make a region of a demonym ("North American", "Latin American"), though some are also first names. */
const REGION_ADJECTIVES = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Latin|Native)$/u
/** Place nouns no one has for a surname: they end a place's name even after a first name ("Rana Plaza"), where "Kari Lake" is a person. */
const PLACE_ONLY_NOUNS = /^(?:Street|Square|Garden|Plaza|Airport|Station|Road|Avenue|Harbou?r|Canyon|Strait|County|Province|Region|Plateau|Desert|Basin)$/u
/** Institutions and sites in lower case after a name they are named for: "the Don Bosco school", "the Cherry Creek shopping mall". */
const NAMED_INSTITUTION_AFTER = /^\s+(?:school|college|university|hospital|clinic|academy|institute|foundation|stadium|library|museum|(?:shopping\s+)?(?:mall|centre|center)|hotel|church|mosque|synagogue|temple|cathedral|arena|theat(?:re|er)|cinema|prison|jail|factory|refinery|mine)\b/u
/** Outlets and agencies by the last word of their name: "Associated Newswire", "Evening Standard" ("Times", "Post" are `ORGANISATION_WORDS`). */
const OUTLET_HEADS = /^(?:Newswire|Wire|Press|Dispatch|Inquirer|Examiner|Bulletin|Observer)$/u
/** Titles of sovereigns, princes, popes and saints, whose names works, places and buildings take ("King James Bible", "St Mary Street"). */
const NAMESAKE_TITLES = /^(?:King|Queen|Prince|Princess|Saint|St\.?|Pope)$/u
/** Last words of a work, an award or a law named after someone: "King James Bible", "Queen Elizabeth Prize". */
const NAMED_WORKS = /^(?:Bible|Version|Award|Awards|Prize|Medal|Cup|Trophy|Act|Bill|Statement|Lecture|Memorial|Fellowship|Scholarship|Stakes|Edition)$/u
/** Last words of a building named after someone: "Saint Patrick Cathedral", "King Fahd Stadium". */
const NAMED_BUILDINGS = /^(?:Cathedral|Chapel|Abbey|Basilica|College|Palace|Hall|Theat(?:re|er)|Stadium|Gardens|Tower|Castle|Museum|Library|Gallery)$/u
/** Words of `NAMED_BUILDINGS` that are also common surnames. */
const SURNAME_BUILDINGS = /^(?:Hall|Castle)$/u
/** People known by a work they made or played in: a quoted title before one ("the \"Home Alone\" actor") names the work. */
const WORK_ROLES: ReadonlySet<string> = new Set(['actor', 'actress', 'star', 'co-star', 'creator', 'director', 'writer', 'author', 'producer',
  'singer', 'rapper', 'host', 'presenter', 'showrunner', 'composer', 'cast', 'frontman', 'character', 'hero', 'heroine', 'villain'])
/** Words after a country's name that make it a body of that state, though no organisation word: "UK Treasury", "US Navy", "UK Border Force". */
const STATE_BODY_WORDS = /^(?:Treasury|Exchequer|Navy|Customs|Coastguard|Mint|Border|Foreign|Home|Defen[cs]e|Interior|Justice|State|Federal|National|Central|Capitol)$/u
/** Capitalised nouns after a country's name that name an event or a matter of it, no brand: "the US Election", "the Iran Nuclear Deal". */
const COUNTRY_MATTER_WORDS = /^(?:Elections?|Midterms?|Primary|Primaries|Referendum|War|Wars|Deal|Crisis|Conflict|Invasion|Summit|Talks|Embargo|Sanctions|Census|Budget|Economy|Visit|Tour)$/u

/** A state or a fate a Title-Case headline puts after a name ("Jane Doe Dead", "Jane Doe Found Dead"): no word of a person's name. */
const HEADLINE_STATE = /^(?:Dead|Alive|Dies|Died|Found|Arrested|Charged|Jailed|Killed|Injured|Hurt|Missing|Hospitali[sz]ed|Freed|Released|Sentenced|Convicted|Acquitted|Indicted|Shot|Stabbed)$/u
/** How many tokens a quoted title may run to before its closing quotation mark. */
const QUOTED_TITLE_REACH = 8
/** Capitalised words that open a titled name without being part of it. */
const TITLE_MODIFIERS = new Set(['Former', 'Then', 'Late', 'Acting', 'Outgoing', 'Incoming', 'Retired', 'Ex'])

/** Ranks that make a title of the title after them, within a name's run: "Senior Vice-President", "Assistant Director", "Co-Founder" (not "Acme Co"). */
const TITLE_RANKS = /^(?:(?:senior|junior|assistant|associate|executive|interim|acting|vice|deputy)[\s-]+|co-)/u

/**
 * Whether a lower-case phrase is a title: as the lexicon writes it, with its hyphens written as spaces
 * ("vice-president"), or after ranks ("senior vice president"). Pure.
 */
function isTitlePhrase(phrase: string): boolean {
  if (TITLE_SET.has(phrase) || TITLE_SET.has(phrase.replace(/-/gu, ' '))) return true
  const ranked = phrase.replace(TITLE_RANKS, '')
  return ranked !== phrase && isTitlePhrase(ranked)
}
/** Lemmas of speech verbs: a capitalised run right before one is a speaker's name. */
const SPEECH_LEMMAS = new Set(['say', 'tell', 'add', 'claim', 'insist', 'argue', 'note', 'warn', 'write', 'state', 'explain', 'deny', 'urge'])
/** Words allowed between a speaker's name and the speech verb ("Trump also said", "Sanders has argued"). */
const BEFORE_SPEECH = new Set(['also', 'later', 'then', 'again', 'has', 'had', 'have', 'reportedly', 'repeatedly', 'previously', 'once', 'recently', 'publicly', 'privately', 'often', 'would', 'will', 'did', 'does'])
/** Speech verbs that make a lone capitalised word a speaker: not "add" or "claim", which companies and diseases do ("Netflix added", "Covid claimed"). */
const LONE_SPEECH_LEMMAS = new Set([...SPEECH_LEMMAS].filter((l) => !['add', 'claim', 'state'].includes(l)))
/** Endings of capitalised plurals that name groups, not people ("Democrats", "Republicans", "Evangelicals", "Protestants"). */
const GROUP_ENDING = /(?:ians|icans|ats|als|ives|ics|ists|ites|ants|ims)$/u
/** A capital inside a word marks a brand ("EgyptAir", "WikiLeaks", "DeepMind"); a word all in capitals may be a transcript's speaker ("WALLACE"), so it does not. */
const BRAND_SHAPE = /^\p{Lu}[\p{Ll}'’]+\p{Lu}/u
/** Surnames with an inner capital right after their opening ("McConnell", "DeSantis", "O'Rourke"): no brand. */
const SURNAME_SHAPE = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}[\p{Ll}'’]+$/u
/** A generational suffix that ends a person's name: "Donald Trump Jr.", "Martin Luther King Jr.", "John Paul III". */
const NAME_SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/u
/** Abbreviated titles and the roles they stand for. */
const ABBREVIATED_TITLES: Readonly<Record<string, string>> = {
  'gov.': 'governor', 'sen.': 'senator', 'rep.': 'representative', ...Object.fromEntries(NAME_WORD_TITLES), 'gen.': 'general', 'lt.': 'lieutenant', 'col.': 'colonel', 'capt.': 'captain', 'sgt.': 'sergeant', 'maj.': 'major', 'adm.': 'admiral',
  'det.': 'detective', 'insp.': 'inspector', 'supt.': 'superintendent', 'cpl.': 'corporal', 'pvt.': 'private', 'cmdr.': 'commander',
  'brig.': 'brigadier', mp: 'member of parliament', mep: 'member of the european parliament', msp: 'member of the scottish parliament',
  mla: 'member of the legislative assembly', fm: 'foreign minister', pm: 'prime minister', dpm: 'deputy prime minister',
}

const ROLE_WORDS = new Set([...PERSON_ROLES, ...INSTITUTION_ROLES, ...PERPETRATOR_ROLES, ...SUSPECT_ROLES, ...UNNAMED_GROUPS, ...KIN_NOUNS, ...UNNAMED_PERSON_ROLES])
// Organisation nouns describe only after "the"; written with a capital alone they may name one ("Carrier").
const ROLE_NOUNS = [...ROLE_WORDS, ...ORGANISATION_NOUNS.keys(), ...GROUP_ROLES]
const ALL_ROLES = [...ROLE_NOUNS]
  .sort((a, b) => b.length - a.length)
  .map((r) => rolePattern(r.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')))
const KNOWN_ROLES = new Set([...ROLE_NOUNS, ...PERSON_TITLES])
/** Capitalised words that open a clause before a noun of people, never a country or name qualifying it ("After police shot"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['After', 'Before', 'When', 'While', 'Since', 'Until', 'Once', 'As', 'If', 'Unless', 'Although', 'Though',
  'Yesterday', 'Today', 'Tonight', 'Later', 'Earlier', 'Then', 'Now', 'Meanwhile', 'But', 'And', 'Yet', 'So', 'Also', 'Instead', 'Still', 'Overnight'])
/** Lower-case words of a force's task or arms, capitalised only when they open a sentence ("Riot police", "Armed police"): no name. */
const FORCE_TASKS: ReadonlySet<string> = new Set(['riot', 'anti-riot', 'border', 'traffic', 'armed', 'mounted', 'plainclothes', 'paramilitary', 'transit', 'tourist', 'morality', 'religious', 'counter-terrorism', 'anti-terrorism'])
/** Endings of adjectives the tagger, misled by the capital, reads as names at a sentence's start ("Furious", "Abusive"); not -ent or -ant, which end as many nouns ("Government", "Student"). */
const ADJECTIVE_SHAPE = /\p{Ll}(?:ful|ous|ive|less|ish)$/u
/** Other adjectives that open sentences before a noun of people: "Violent rioters", "Angry residents", "Masked men". */
const OPENING_ADJECTIVES: ReadonlySet<string> = new Set(['violent', 'angry', 'hungry', 'masked', 'hooded', 'unknown', 'unidentified', 'young', 'elderly', 'frightened', 'desperate', 'jubilant'])
/** A time phrase opening a clause before a noun of people ("On Sunday security forces"), never a qualifier of it. */
const CLAUSE_OPENING_PHRASE = /^(?:On\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u
// "[det] [Country|Demonym|Country's] [senior|top] [local|state|...] [deputy|vice|...] ROLE [of [the] [Republic of] Country]"
const DESCRIPTION = new RegExp(
  String.raw`\b(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+)?(?:(?!(?:Local|Senior|Top|State|Federal|National)\b)([A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+){0,2})(?:'s|’s)?\s+)?(?:(?:[Ss]enior|[Tt]op)\s+)?(?:([Ll]ocal|[Ss]tate|[Ff]ederal|[Nn]ational)\s+)?(?:([Dd]eputy|[Vv]ice|[Aa]ssistant|[Jj]unior)[\s-]+)?(${ALL_ROLES.join('|')})\b(?!\s+(?:officer|officers|station|chief|car|cars|guard|guards|union|unions|association|federation|official|outlets?|attacks?|acts?|groups?|organi[sz]ations?|cells?|networks?|threats?|plots?|incidents?|bombings?|activit(?:y|ies)|camps?)\b)(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?([A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)?))?`,
  'gu',
)
/** What before "media" makes it a channel ("social media") or the audience of speech ("speak to the media"). */
const MEDIA_NOT_ACTOR = /(?:\bsocial\s+|\b(?:speak|spoke|speaking|talk|talked|talking|tell|told|telling|brief|briefed|briefing)\s+(?:to\s+|with\s+)?(?:the\s+)?)$/iu

/** A role's regular expression: a space may also be written as a hyphen ("vice-president"), and the first letter capitalised. */
function rolePattern(role: string): string {
  return role.replace(/ /gu, '(?:\\s+|-)').replace(/^(\p{Ll})/u, (c) => `[${c}${c.toUpperCase()}]`)
}

/** The role a matched role phrase names, as the lexicon writes it: "vice-president" is "vice president", "secretary-general" stays. Pure. */
function roleNamed(matched: string): string {
  const role = matched.toLowerCase().replace(/\s+/gu, ' ')
  return KNOWN_ROLES.has(role) ? role : role.replace(/-/gu, ' ')
}

/** A name written as an acronym: "BGMEA", "NATO". */
export const ACRONYM = /^\p{Lu}{2,6}$/u
/** Forms of "be" the lemmatiser may leave as they are, alone or joined to a pronoun ("I’m"). */
const COPULA = /^(?:\p{L}+['’](?:m|re|s)|['’](?:m|re)|am|is|are|was|were|be|been|being)$/iu
/** Determiners before a demonym that heads a noun phrase ("the Russian", "a Serbian"). */
const DETERMINERS = /^(?:the|a|an|another|one|The|A|An|Another|One)$/u
/** Plurals of those on someone's side or against them, who are no part of whom they stand with or against ("Critics | of Mayor Linda Farrow"). */
const SIDES: ReadonlySet<string> = new Set(['critics', 'supporters', 'defenders', 'opponents', 'allies', 'backers', 'rivals', 'detractors', 'loyalists'])

/** Places below a country, whose offices ("the mayor of Kharkiv", "the governor of Texas") are their own. */
const SUBNATIONAL_KINDS: ReadonlySet<GazetteerEntry['kind']> = new Set(['capital', 'region', 'city'])
/** The "of X" that ends a description's match. */
const OF_NAME_TAIL = /\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?[A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)?$/u
/** Nouns heading a country's body described by its field. */
const COUNTRY_BODY_HEADS = ['authority', 'regulator', 'watchdog', 'agency', 'office', 'commission', 'ministry']
/** A country's or demonym's body described by its field: "Poland's data protection office", "the Turkish disaster agency" (not before its name: "watchdog UOKiK"). */
const COUNTRY_BODY = new RegExp(String.raw`(?<!\p{Lu}[\p{L}-]*\s)\b((?:\p{Lu}[\p{L}-]+\s)?\p{Lu}[\p{L}-]+)(?:['’]s)?\s+((?:[\p{Ll}-]+\s+){1,3}(${COUNTRY_BODY_HEADS.join('|')}))\b(?!\s+(?:\p{Lu}|of\b|for\b))`, 'gu')

/** The body and its owner's name in a `COUNTRY_BODY` match when the owner is an organisation's short name: "(The) UN refugee agency". */
const ORGANISATION_AGENCY = /(\p{Lu}[\p{Lu}\p{L}-]*)\s+(?:[\p{Ll}-]+\s+){1,3}\p{Ll}+$/u

/** A ministry described by its remit after a determiner ("the health ministry", "the country's health ministry"); a country's ("the Kyrgyz emergencies ministry") is a `COUNTRY_BODY`. */
const REMIT_MINISTRY = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]he\s+(?:country|nation)['’]s)\s+((?:[\p{Ll}-]+\s+){1,2}ministry)\b(?!\s+(?:of|for)\b)/gu

/** The words of `PEOPLE_NOUNS` in both numbers, longest first. */
const PEOPLE_NOUN_FORMS = [...PEOPLE_NOUNS, ...[...PEOPLE_NOUNS].map((w) => `${w}s`), ...Object.keys(PEOPLE_PLURALS)].sort((a, b) => b.length - a.length)
/**
 * "A woman from Sibiu", "an elderly man in Leeds", "Families in Brasov", "workers at Acme": people
 * before where they are from, whose noun heads the phrase (adjectives only after a determiner, so not "said | the woman").
 */
const PEOPLE_BEFORE_PLACE = new RegExp(
  String.raw`\b(?:(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any|[Ss]everal)\s+(?:[\p{Ll}\d-]+\s+){0,2}?)?(${PEOPLE_NOUN_FORMS.map(rolePattern).join('|')})(?=\s+(?:from|in|of|at|near|outside)\s+(?:the\s+)?\p{Lu})`,
  'gu',
)

/** The organisation nouns as one regex alternation ("company|firm|…"), for the patterns that look for one. */
const ORGANISATION_NOUN_WORDS = [...ORGANISATION_NOUNS.keys()].join('|')
/** Stock indices a company is listed on, which may open the description of one ("the FTSE 250 group", "the S&P 500 company"). */
const STOCK_INDEX = String.raw`(?:FTSE|S&P|Nasdaq|NYSE|Dow(?:\s+Jones)?|DAX|CAC|Nikkei|Stoxx|Hang\s+Seng|ASX|TSX|AIM)(?:\s+\d+)?`
/** "the FTSE 250 group", "the London-listed company", "the Ohio-based firm": an organisation noun after where it is listed or based. */
const LISTED_ORGANISATION = new RegExp(
  String.raw`\b[Tt]he\s+(?:${STOCK_INDEX}(?:-listed)?|\p{Lu}[\p{L}.&]*(?:\s\p{Lu}[\p{L}.&]*)?-(?:listed|based|headquartered|quoted|owned))\s+(${ORGANISATION_NOUN_WORDS})\b`,
  'gu',
)

/** A linking verb or "as" and an indefinite article right before a role: the role is said of someone ("is a great president", "as a senator"). */
const PREDICATE_BEFORE = /(?:\b(?:is|are|was|were|be|been|being|become|becomes|became|remain|remains|remained|as)|['’](?:re|s|m))\s+(?:an?|one)\s+(?:[\p{Ll}-]+\s+){0,3}$/iu
/** Verbs that link a subject to an adjective after them. */
const LINKING_VERB = /^(?:is|are|was|were|be|been|being|become|becomes|became|becoming|seem|seems|seemed|look|looks|looked|remain|remains|remained)$/iu
/** "so-called" before a noun phrase: what follows is a label others use. */
const SO_CALLED = /\bso-called\s+["“‘']?(?:[\p{L}-]+\s+){0,2}$/iu
/** An opening quotation mark a few words before: with a closing one right after, the words are a quoted label. */
const QUOTE_OPENED = /["“‘](?:[\p{L}-]+\s+){0,3}$/u

/** "a man who ... attacked": an unnamed person is the perpetrator only when the clause says they attacked. */
const A_MAN_WHO = /\b(?:a|the)\s+(?:young\s+|middle-aged\s+)?(?:man|woman)(?=\s+who\b[^.!?]{0,150}?\b(?:attack|storm|opened\s+fire|shot|stabb|kill|bomb|rammed)\w*)/gu

/** Finds and links the actors an article mentions. Pure. */
/** `outlet` is the name of the outlet that published the text, where known: the text may name it too ("Novi Glas has maintained …"). */
/** A number as a rank: "No. 10", "No 10", "number 10". */
const RANK_NUMBER = /^(?:no\.?|number)\s*\d+$/iu
/**
 * Words before a number that make it a rank on their own: "the world No. 10", "ranked No. 10", "peaked at No. 10".
 * Verbs of reaching or moving are left out, since one reaches, enters or moves to Downing Street too: with them a rank needs a rank word after.
 */
const RANK_BEFORE = /\b(?:world|ranked|ranking|rated|seeded|peaked|debuted|slipped|slid)\s+(?:(?:up|down|back)\s+)?(?:to\s+|at\s+)?$/iu
/** Words after a rank that make it one: "No. 10 seed", "No. 10 in the world", "No. 10 on the Billboard chart". */
const RANK_AFTER = /^\s+(?:seed|spot|position|ranking|rankings|player|pick|jersey|shirt|in\s+the\s+(?:world|rankings?|charts?)|on\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:charts?|list|rankings?))\b/iu

/** The nation whose No 10 is Downing Street. */
const BRITAIN = /^(?:Britain|Great\s+Britain|UK|U\.K\.?|United\s+Kingdom)$/u
/** Words of play after a number that make it a player's: "No 10 scored twice". */
const SPORT_AFTER = /^[^.;]{0,80}?\b(?:scored|scores|scoring|goals?|striker|playmaker|midfielder|match|penalty|free[- ]kick|kicked|assists?|fly-half|tackle)\b/iu
/** A possessor right before a rank: "England's | No. 10", "the club's | No 10"; group 1 is a capitalised one. */
const POSSESSOR_BEFORE = /(?:\b(\p{Lu}[\p{L}.-]*)|\b(?:team|club|side|squad|country|nation))['’]s?\s+$/u

/**
 * True when the gazetteer name at [start, end) is a number as a rank ("the world No. 10"), not the name the gazetteer holds:
 * after a rank word, before one, or as the number of a nation or a team ("England's No. 10": its player; "Johnson's No 10" is his office). Pure.
 */
function isRank(text: string, start: number, end: number): boolean {
  if (!RANK_NUMBER.test(text.slice(start, end))) return false
  const before = text.slice(Math.max(0, start - 30), start)
  const possessor = POSSESSOR_BEFORE.exec(before)
  const after = text.slice(end, end + 80)
  // Britain's No 10 is its government's seat; another nation's, or a club's in a sentence about play, is a player.
  const name = possessor?.[1]
  const teamOrNation = possessor !== null && (name === undefined || SPORT_AFTER.test(after) || (!BRITAIN.test(name) && nationEntry(gazetteer().byName.get(name))))
  return teamOrNation || RANK_BEFORE.test(before) || RANK_AFTER.test(after)
}

export function findMentions(text: string, seg: Segmentation, outlet?: string): MentionLayer {
  // Countries the article introduces itself ("Durovia", "Durovian troops") are read as the gazetteer's.
  return withArticleNames(() => articleCountries(text), () => resolve(text, seg, collect(text, seg, outlet)))
}

function collect(text: string, seg: Segmentation, outlet: string | undefined): Candidate[] {
  const gaz = gazetteer()
  const found: Candidate[] = []
  const n = seg.starts.length
  const sentenceStarts = new Set(seg.sentenceTokenStart)
  const word = (i: number): string => text.slice(seg.starts[i], seg.ends[i])
  const capitalised = (i: number): boolean => /^\p{Lu}/u.test(word(i)) && !CALENDAR.test(word(i))
  const spacedDash = (i: number): boolean => word(i) === '-' && /\s/u.test(text[seg.starts[i]! - 1] ?? '') && /\s/u.test(text[seg.ends[i]!] ?? '')
  // A company noun capitalised only because it opens a sentence ("Drugmaker", "Retailer"); not "Bank" nor "Giant", which open names.
  const openingCompanyNoun = (k: number): boolean => k >= 0 && (sentenceStarts.has(k) || (k > 0 && /^[–—-]$/u.test(word(k - 1)))) && /^\p{Lu}\p{Ll}+$/u.test(word(k)) &&
    !/^(?:bank|giant)$/u.test(word(k).toLowerCase()) && !!ORGANISATION_NOUNS.get(word(k).toLowerCase())?.includes('company')
  // "Sen Dick Durbin" but "Hun Sen said", "Hun Sen Says …": a title that is also a name word is one only where it opens
  // a name (before a capitalised word, not after a capitalised word other than a title, party or place) and outside a title-case line.
  // The lines are split once per text (`titleCaseLines` keeps the last text's), and only when a title that is also a name word turns up.
  const inTitleCaseLine = (offset: number): boolean => titleCaseLines(text)(offset)
  const nameWordOnly = (phrase: string, k: number): boolean => NAME_WORD_TITLES.has(phrase) &&
    (!(k + 1 < n && capitalised(k + 1)) || afterNameWord(k) || inTitleCaseLine(seg.starts[k]!))
  const afterNameWord = (k: number): boolean => k > 0 && !sentenceStarts.has(k) && capitalised(k - 1) && !TITLE_SET.has(word(k - 1).toLowerCase()) &&
    !PARTY_WORDS.test(word(k - 1)) && !placeEndsAt(k - 1)
  // "Texas Gov", "New Mexico Rep": a place of the gazetteer, of up to three words, ending at token k.
  const placeEndsAt = (k: number): boolean => [0, 1, 2].some((back) => {
    const entry = k - back >= 0 ? gaz.byName.get(text.slice(seg.starts[k - back], seg.ends[k]).replace(/\s+/gu, ' ')) : undefined
    return isPlaceWithin(entry) || entry?.kind === 'country'
  })
  // "Valmora General Hospital", "Central Bank": a title word right before an organisation word is part of the body's name, no title.
  const namesBody = (j: number): boolean => j + 1 < n && capitalised(j + 1) && ORGANISATION_WORDS.test(word(j + 1))
  const titleAt = (j: number): boolean => capitalised(j) && TITLE_SET.has(word(j).toLowerCase()) && !nameWordOnly(word(j).toLowerCase(), j) && !namesBody(j)
  // "Information Commissioner | 's Office", "District Attorney | 's Office": a title whose office is an organisation's name, which the title does not end.
  const ownsOrganisation = (k: number): boolean => k + 1 < n && /^['’]s$/u.test(word(k)) && seg.starts[k] === seg.ends[k - 1] && capitalised(k + 1) && ORGANISATION_WORDS.test(word(k + 1))
  // The last word of a brand after a country's name ("UK | Finance", "China | Daily"): one or two capitalised nouns ending the
  // name, none a place, title, organisation word, first name or verb; 0 when there is none.
  const countryBrandEnd = (k: number): number => {
    const brandWord = (j: number): boolean => j < n && capitalised(j) && !gaz.byName.has(word(j)) && !titleAt(j) && !PARTY_WORDS.test(word(j)) &&
      !isOrganisationWord(word(j)) && !STATE_BODY_WORDS.test(word(j)) && !isFirstName(word(j)) && /^(?:NOUN|PROPN|ADJ)$/u.test(posOf(seg, j))
    let last = k
    if (!brandWord(last)) return 0
    if (brandWord(last + 1)) last++
    // A name that goes on ("US Food and Drug Administration", "UK Department for Education") is no brand.
    const goesOn = last + 1 < n && (capitalised(last + 1) || (/^(?:and|of|for|&)$/u.test(word(last + 1)) && last + 2 < n && capitalised(last + 2)))
    return goesOn || COUNTRY_MATTER_WORDS.test(word(last)) ? 0 : last
  }
  // How often each capitalised word occurs: a surname used again on its own marks a person's name.
  const counts = new Map<string, number>()
  // Capitalised words met inside a sentence (not opening it or a quotation) are names, even where
  // the tagger reads them as verbs ("Lynch said") or a sentence opens with them.
  const insideSentence = (k: number): boolean => !sentenceStarts.has(k) && !/^[“"‘'(]$/u.test(k > 0 ? word(k - 1) : '')
  const midSentence = new Set<string>()
  for (let k = 0; k < n; k++) {
    if (!capitalised(k)) continue
    counts.set(word(k), (counts.get(word(k)) ?? 0) + 1)
    if (insideSentence(k)) midSentence.add(word(k))
  }
  const speech = (k: number, lemmas: ReadonlySet<string>): boolean => k < n && lemmas.has(seg.lemmas[k] ?? '') && posOf(seg, k) === 'VERB'
  // "Trump said", "Trump also said"; for a lone word also the postposed "…,” said Trump" (not "said Republican Sen. …", where a title follows).
  const speaksAfter = (k: number, lemmas: ReadonlySet<string>): boolean => speech(k + 1, lemmas) ||
    (k + 2 < n && BEFORE_SPEECH.has(word(k + 1).toLowerCase()) && (speech(k + 2, lemmas) || (BEFORE_SPEECH.has(word(k + 2).toLowerCase()) && speech(k + 3, lemmas))))
  // "Apple, the world's most valuable company, said", "Warren (D-Mass.) said": the verb after an aside set off by commas or brackets.
  const speaksAfterAside = (k: number, lemmas: ReadonlySet<string>): boolean => {
    const close = word(k + 1) === ',' ? ',' : word(k + 1) === '(' ? ')' : ''
    if (!close) return false
    for (let j = k + 2; j < Math.min(n, k + 30) && !/^[.;:!?“”"]$/u.test(word(j)); j++) if (word(j) === close) return speaksAfter(j, lemmas)
    return false
  }
  // The number of tokens of the longest title that starts at token j ("Chief Executive Officer", "Director-General", "Secretary of State").
  const titleTokensAt = (j: number): number => {
    if (!capitalised(j)) return 0
    let phrase = ''
    let best = 0
    for (let k = j; k < Math.min(n, j + 6); k++) {
      const w = word(k)
      // The tokenizer keeps the full stop of an abbreviation it does not know apart ("Det", "."): it belongs to the word.
      const stop = w === '.' && seg.starts[k] === seg.ends[k - 1]
      if (k > j && !capitalised(k) && w !== '-' && w !== 'of' && !stop) break
      phrase += (k === j || w === '-' || word(k - 1) === '-' || stop ? '' : ' ') + w.toLowerCase()
      if ((isTitlePhrase(phrase) && !nameWordOnly(phrase, k) && !namesBody(k)) || pluralTitleBeforeNames(phrase, k)) best = k - j + 1
    }
    return best
  }
  // "Officers Kyle Brandt and Alicia Romero": a plural title before two coordinated names is each one's title.
  const pluralTitleBeforeNames = (phrase: string, k: number): boolean =>
    /s$/u.test(phrase) && TITLE_SET.has(phrase.slice(0, -1)) && k + 3 < n && capitalised(k + 1) && capitalised(k + 2) && word(k + 3) === 'and'
  // A title may be followed by "(retd)" or "(retired)": "Brigadier (retd) Jane Doe".
  const retiredAt = (j: number): number => (j + 2 < n && word(j) === '(' && /^(?:retd|rtd|retired)\.?$/iu.test(word(j + 1)) && word(j + 2) === ')' ? 3 : 0)
  // "Deputy Trade Minister": up to two words of a portfolio between "Deputy" and the title it modifies.
  const portfolioAfterDeputy = (at: number): number => {
    if (at === 0 || !/^deputy$/iu.test(word(at - 1))) return 0
    let k = at
    while (k < Math.min(n, at + 2) && capitalised(k) && titleTokensAt(k) === 0 && !isOrganisationWord(word(k))) k++
    return k > at && k < n && titleTokensAt(k) > 0 ? k - at : 0
  }
  const titleBlockEnd = (i: number): number => {
    let at = i
    for (let len = titleTokensAt(at); len > 0; len = titleTokensAt(at)) {
      at += len + (at + len < n ? retiredAt(at + len) : 0)
      at += portfolioAfterDeputy(at)
    }
    return at
  }
  // Where lower-case name particles starting at token j end, when a capitalised name word follows them ("van der | Plas", "al- | Assad"); else j.
  const particlesEnd = (j: number): number => {
    if (j === 0 || !capitalised(j - 1)) return j
    let k = j
    while (k < n && (NAME_PARTICLES.has(word(k)) || (k > j && word(k) === '-' && seg.starts[k] === seg.ends[k - 1]))) k++
    return k > j && k < n && capitalised(k) && posOf(seg, k) !== 'PUNCT' ? k : j
  }
  const afterQuoteCue = (k: number): boolean => k >= 2 && speech(k - 1, LONE_SPEECH_LEMMAS) && /^[,“”"’']+$/u.test(word(k - 2))
  const speaksBefore = (k: number): boolean => afterQuoteCue(k) && !(k + 1 < n && capitalised(k + 1))
  // A lone capitalised word is a name only if it is met inside a sentence and never written in lower case ("Aides said", "Polls show").
  const lowerWords = new Set<string>()
  for (let k = 0; k < n; k++) if (/^\p{Ll}/u.test(word(k))) lowerWords.add(word(k))
  const loneName = (k: number): boolean => (insideSentence(k) || midSentence.has(word(k))) && !lowerWords.has(word(k).toLowerCase())
  // "News that the actor had died …", "Times are hard … at times": the tagger calls any sentence's first word a
  // proper noun; a common word there is the common noun before "that" (even where a name holds it: "Fox News"),
  // or before a verb it does not speak with when the article also writes it in lower case (not "Congress passed the bill").
  const commonOpeningWord = (k: number): boolean => k + 1 < n && (wordRank(word(k).toLowerCase()) ?? Infinity) <= RARE_WORD_RANK &&
    !isFirstName(word(k)) && !surnames.has(word(k)) && !speaksAfter(k, LONE_SPEECH_LEMMAS)
  const commonWordBeforeThat = (k: number): boolean => commonOpeningWord(k) && word(k + 1) === 'that'
  const commonWordBeforeVerb = (k: number): boolean => commonOpeningWord(k) && /^(?:VERB|AUX)$/u.test(posOf(seg, k + 1)) && lowerWords.has(word(k).toLowerCase())
  // The closing quotation mark of a title quoted from token k (just after the opening one) when a work's role follows it, else -1.
  const quotedWorkEnd = (k: number): number => {
    if (k === 0 || !/^[“"‘']$/u.test(word(k - 1))) return -1
    for (let j = k + 1; j < Math.min(n - 1, k + QUOTED_TITLE_REACH); j++) {
      if (/^[.!?;]$/u.test(word(j))) return -1
      if (/^[”"’']$/u.test(word(j))) return WORK_ROLES.has(word(j + 1).toLowerCase()) ? j : -1
    }
    return -1
  }
  // The first token from which the words up to `to` (two or more) are also written as a whole name somewhere else in the text; -1 if none is.
  const writtenElsewhereFrom = (from: number, to: number): number => {
    for (let k = from; k < to; k++) {
      const phrase = text.slice(seg.starts[k], seg.ends[to])
      if (writesWholeName(blankOut(text, [{ start: seg.starts[k]!, end: seg.ends[to]! }]), phrase)) return k
    }
    return -1
  }
  // A Title-Case headline capitalises every word ("Mayor Vows to Fight Cuts"): what counts as a name
  // there is what the body below also writes with a capital and never in lower case.
  const headlines = headlineLines(text)
  const inHeadline = (k: number): boolean => spanIndexAt(headlines, seg.starts[k]!) >= 0
  const bodyNames = new Set<string>()
  for (let k = 0; k < n; k++) if (capitalised(k) && !inHeadline(k) && !lowerWords.has(word(k).toLowerCase())) bodyNames.add(word(k))
  // A name run in a headline is cut to the longest part of it the body writes in full ("Trump Signs
  // Bill" → "Trump"), else to a first name and a surname the body writes ("Cecile Richards" → "Richards").
  const body = headlines.length > 0 ? blankOut(text, headlines) : text
  const confirmedEnd = (from: number, to: number): number => {
    let nameStart = from
    while (nameStart < to && titleAt(nameStart)) nameStart++
    for (let k = to; k >= nameStart; k--) {
      const name = text.slice(seg.starts[nameStart], seg.ends[k])
      if (k > nameStart ? writesWord(body, name) : bodyNames.has(name)) return k
    }
    if (!isFirstName(word(nameStart))) return -1
    for (let k = to; k > nameStart; k--) if (bodyNames.has(word(k))) return k
    return -1
  }
  // "the Russian admitted", "a Briton was", "the 24-year-old Serbian said": a demonym that heads its
  // noun phrase is a person of the country; "the Russian government", "a Russian official", "the
  // Russian and Chinese envoys" and "Briton Andy Murray" are the country's. A noun demonym ("Spaniard")
  // needs no determiner; an adjective one does, and not one that names a whole people ("the French").
  const demonymHeadsNoun = (first: number, last: number, entry: GazetteerEntry): boolean => {
    const next = last + 1
    if (next < n && (capitalised(next) || /^(?:NOUN|PROPN|ADJ|NUM)$/u.test(posOf(seg, next)) || /^(?:-|\/|and|or|&|["“”‘’'])$/u.test(word(next)) ||
      // "the American working class": a participle before a noun.
      (/ing$/u.test(word(next)) && next + 1 < n && posOf(seg, next + 1) === 'NOUN') ||
      (word(next) === ',' && next + 1 < n && capitalised(next + 1)))) return false
    if (entry.people) return true
    if (/(?:ish|ch|ese|ss|sh)$/u.test(word(last))) return false
    let k = first - 1
    while (k >= 0 && first - k <= 4 && /^(?:-|year|old)$|^\p{Ll}/u.test(word(k)) && /^(?:ADJ|NUM|PUNCT|NOUN)$/u.test(posOf(seg, k)) && !DETERMINERS.test(word(k))) k--
    // "was an American", "being an American": what someone is, not someone.
    return k >= 0 && (DETERMINERS.test(word(k)) || posOf(seg, k) === 'NUM') && !(k > 0 && (seg.lemmas[k - 1] === 'be' || COPULA.test(word(k - 1))))
  }
  // Whether the capitalised words after "of" at `of` name an organisation: "of Insight Venture Partners", "of the Bank of England".
  const organisationAfterOf = (of: number): boolean => {
    const from = of + 1 < n && word(of + 1) === 'the' ? of + 2 : of + 1
    let to = from
    while (to < n && to - from < 6 && capitalised(to)) to++
    if (to === from) return false
    const name = text.slice(seg.starts[from], seg.ends[to - 1])
    // A head alone is a common noun capitalised ("Joint Chiefs of Staff"), as it is in `nameCandidate`.
    return ORGANISATION_WORDS.test(name) || (to - from > 1 && ORGANISATION_HEADS.test(name)) || ORGANISATION_TYPE_WORDS.some(([, words]) => words.test(name)) ||
      longestGazetteerMatch(text, seg, from, gaz.maxWords, gaz.byName)?.entry.kind === 'organisation'
  }
  // "Deven Parekh | of Insight Venture Partners": two or three words shaped like a person's name, none
  // a place, party, title, organisation word or word the article writes in lower case, before "of" and an organisation.
  const personBeforeOrganisation = (from: number, of: number): boolean => {
    if (of - from < 2 || of - from > 3 || inHeadline(from)) return false
    for (let k = from; k < of; k++) {
      const w = word(k)
      if (!NAME_WORD.test(w) || gaz.byName.has(w) || lowerWords.has(w.toLowerCase()) || PARTY_WORDS.test(w) || isOrganisationWord(w) || titleAt(k)) return false
    }
    return organisationAfterOf(of)
  }
  // A paragraph's start opens a sentence even where the splitter ran on past a closing quotation.
  const opensSentence = (k: number): boolean => sentenceStarts.has(k) || opensLine(text, seg.starts[k]!)
  // "Kestrel CEO Jane Doe said": a sentence's first word before an organisation's title is its name when no
  // common word ("Interim CEO"): a company's word, or a rare word, the article never writes in lower case.
  const sentenceOpeningBrand = (k: number): boolean => {
    const lower = word(k).toLowerCase()
    return opensSentence(k) && !lowerWords.has(lower) && TITLED_NAME_AFTER.test(text.slice(seg.ends[k], seg.ends[k]! + 40)) &&
      (companyWord(lower) || (wordRank(lower) ?? Infinity) > RARE_WORD_RANK)
  }
  // Surnames of the people found so far: "Sanders’ Senate" is his, where "Journalists’ Association" is a name.
  const surnames = new Set<string>()
  // Their words: "Donald Trump" or "Wasserman Schultz" again is no descriptor before the surname (nor is a word of the given names' class).
  const nameWords = new Set<string>()
  // The last two words of their names of three words or more: "Wasserman Schultz" again is that person, not a company.
  const personTails = new Set<string>()
  // "Pensioner Jane Doe", "Nurse Jane Doe": a common word opening a sentence before a first name and a
  // surname describes the person, who is named by the two words after it (not "Bank Julius Baer AG");
  // so does one before the surname of a person named earlier ("Millionaire Doe"). A people noun ("Survivor", "Farmer") describes a
  // person anyway, so the first name after it need not be one we know ("Survivor Abdou Diallo").
  const fullNameAfter = (k: number): boolean => k + 2 < n && (isFirstName(word(k + 1)) || unknownFirstNameAfterPeopleNoun(k)) &&
    NAME_WORD.test(word(k + 2)) && !(k + 3 < n && capitalised(k + 3)) && !isOrganisationWord(word(k + 2))
  const unknownFirstNameAfterPeopleNoun = (k: number): boolean => PEOPLE_NOUNS.has(word(k).toLowerCase()) && NAME_WORD.test(word(k + 1)) &&
    !isOrganisationWord(word(k + 1)) && !gaz.byName.has(word(k + 1))
  const knownSurnameAfter = (k: number): boolean => k + 1 < n && surnames.has(word(k + 1)) && !nameWords.has(word(k)) &&
    !sameWordClass(word(k).toLowerCase(), 'john', 0) && !(k + 2 < n && capitalised(k + 2))
  const descriptorBeforeName = (k: number): boolean => opensSentence(k) && /^\p{Lu}\p{Ll}+$/u.test(word(k)) &&
    wordRank(word(k).toLowerCase()) !== undefined && !isFirstName(word(k)) && (fullNameAfter(k) || knownSurnameAfter(k)) &&
    !longestGazetteerMatch(text, seg, k, gaz.maxWords, gaz.byName) && titleTokensAt(k) === 0 && !isOrganisationWord(word(k)) && !PARTY_WORDS.test(word(k))
  // Where a name that runs on past lower-case words at `from` ends: right before "(ACRONYM)", when the
  // acronym's letters are the initials of the name's capitalised words from `start`, with or without
  // the lower-case ones ("Medicines and Healthcare products Regulatory Agency (MHRA)"). Looks at most
  // `ACRONYM_REACH` tokens on; undefined when no acronym spells the name.
  const acronymNameEnd = (start: number, from: number): number | undefined => {
    let lowerCase = 0
    for (let k = from; k < Math.min(n, from + ACRONYM_REACH); k++) {
      const w = word(k)
      if (w === '(') {
        if (k + 2 >= n || word(k + 2) !== ')' || !ACRONYM.test(word(k + 1)) || lowerCase === 0) return undefined
        return capitalised(k - 1) && spellsAcronym(text.slice(seg.starts[start], seg.ends[k - 1]), word(k + 1)) ? k - 1 : undefined
      }
      if (/^\p{Ll}/u.test(w) && !CONNECTORS.has(w)) lowerCase++
      else if (!capitalised(k) && !CONNECTORS.has(w)) return undefined
    }
    return undefined
  }
  // The last token of the publishing outlet's name written from token k ("The" aside), if it is written there.
  const outletName = outlet?.replace(/^the\s+/iu, '')
  const outletEnd = (k: number): number | undefined => {
    if (!outletName || !text.startsWith(outletName, seg.starts[k]!)) return undefined
    for (let j = k; j < Math.min(n, k + 8); j++) if (seg.ends[j] === seg.starts[k]! + outletName.length) return j
    return undefined
  }
  // Names of several words used as places: see below.
  const placeNames = new Set<string>()
  let i = 0
  while (i < n) {
    if (PERSON_PRONOUNS.has(word(i).toLowerCase()) && posOf(seg, i) === 'PRON') {
      found.push({ type: 'pronoun', span: { start: seg.starts[i]!, end: seg.ends[i]! } })
      i++
      continue
    }
    if (!capitalised(i)) {
      i++
      continue
    }
    // "the \"Home Alone\" actor": a work, whatever names its title holds.
    const workEnd = quotedWorkEnd(i)
    if (workEnd > 0) {
      i = workEnd + 1
      continue
    }
    // The outlet that publishes the article is an organisation, whatever its name looks like.
    const outletLast = outletEnd(i)
    if (outletLast !== undefined) {
      found.push({ type: 'name', span: { start: seg.starts[i]!, end: seg.ends[outletLast]! }, name: outletName!, kind: 'organisation', noun: 'outlet' })
      i = outletLast + 1
      continue
    }
    // "Former Florida Gov. Jeb Bush", "Democrat Hillary Clinton": a modifier of the title or the name, not the start of a name.
    // A party label there is the person's party ("Labour MP Jane Doe"): see `affiliations`.
    // "Labour Minister Tomas Erlend" holds the labour portfolio, as "Labor Secretary" does; "Labour MP" is the party's.
    const portfolio = PORTFOLIO_TITLE.test(word(i + 1))
    const partyBeforeName = PARTY_WORDS.test(word(i)) && !portfolio && i + 2 < n && (capitalised(i + 1)
      ? isFirstName(word(i + 1)) || titleTokensAt(i + 1) > 0
      : TITLE_SET.has(word(i + 1)) && capitalised(i + 2))
    if (partyBeforeName || (i + 1 < n && capitalised(i + 1) && (TITLE_MODIFIERS.has(word(i)) || descriptorBeforeName(i) || (portfolio && PARTY_WORDS.test(word(i)))))) {
      const party = partyBeforeName ? partyNamed(word(i)) : undefined
      if (party) found.push({ type: 'name', span: { start: seg.starts[i]!, end: seg.ends[i]! }, name: party, kind: 'organisation' })
      i++
      continue
    }
    // "When Cardell Group bought …", "Even Kim seemed": a subordinator or focus adverb opening a sentence is no part of the name after it, whatever the tagger says.
    if ((SUBORDINATORS.test(word(i)) || FOCUS_ADVERBS.test(word(i))) && (!insideSentence(i) || opensLine(text, seg.starts[i]!))) {
      i++
      continue
    }
    // A known name opens here whatever the tagger makes of its first word ("Downing Street said", read as a verb).
    const hit = longestGazetteerMatch(text, seg, i, gaz.maxWords, gaz.byName)
    if (NOT_NAME_START.has(posOf(seg, i)) && !hit && !(MISTAGGED_NAME.has(posOf(seg, i)) && (insideSentence(i) || midSentence.has(word(i))))) {
      i++
      continue
    }
    // "Vienna Convention", "Texas Instruments": a capital or region followed by another capitalised
    // word is part of a longer name, unless that word is a title ("Washington Gov. Jay Inslee").
    // So is a place that is also a first name before a capitalised word ("Jordan Spieth", "Georgia Smith").
    const nameFollows = !!hit && hit.last + 1 < n && capitalised(hit.last + 1) && !gaz.byName.has(word(hit.last + 1)) && !titleAt(hit.last + 1) && !PARTY_WORDS.test(word(hit.last + 1))
    const firstNamePlace = nameFollows && hit.last === i && isFirstName(word(i)) && !PLACE_NOUNS.test(word(i + 1))
    // An organisation's name that goes on to an organisation word names a body of it ("United Nations | Assistance Mission"),
    // and so does a demonym before one that is no body of the state ("Turkish Medical Association", not "Turkish Foreign Ministry").
    let bodyOfOrganisation = false
    if (nameFollows && (hit.entry.kind === 'organisation' || hit.entry.kind === 'demonym')) {
      // Up to three capitalised words on, the last an organisation word.
      for (let k = hit.last + 1; !bodyOfOrganisation && k <= hit.last + 3 && k < n && capitalised(k); k++) {
        if (hit.entry.kind === 'demonym' && STATE_BODY_WORDS.test(word(k))) break
        bodyOfOrganisation = ORGANISATION_WORDS.test(word(k))
      }
    }
    // "British Cycling", "England Rugby": a nation before a sport names its governing body.
    const sportsBody = !!hit && hit.last + 1 < n && SPORTS.test(word(hit.last + 1)) && nationEntry(hit.entry)
    // "Saint Luke's Hospital", "St Andrew's Church": a known name owning a house named for it is part of the house's name.
    const houseNamedFor = !!hit && !nationEntry(hit.entry) && hit.last + 2 < n && /^['’]s$/u.test(word(hit.last + 1)) && seg.starts[hit.last + 1] === seg.ends[hit.last] &&
      capitalised(hit.last + 2) && NAMED_FOR_OWNER.test(word(hit.last + 2))
    const partOfName = sportsBody || houseNamedFor || (nameFollows && (isPlaceWithin(hit.entry) || firstNamePlace || bodyOfOrganisation))
    // "Most of those on board", "Most clinicians said": a quantifier opening a sentence is no place of that name.
    if (hit && hit.last === i && sentenceStarts.has(i) && posOf(seg, i) !== 'PROPN' && i + 1 < n &&
      (word(i + 1) === 'of' || (/^\p{Ll}/u.test(word(i + 1)) && /^(?:NOUN|ADJ)$/u.test(posOf(seg, i + 1))))) {
      i++
      continue
    }
    // "'…,' Harrow told the Ledger": a town's or region's name that a quotation is attributed to is a surname
    // (a capital's, "Moscow said", is its government, as a state's may be outside quotations: "Texas said").
    if ((hit?.entry.kind === 'city' || hit?.entry.kind === 'region') && hit.last === i && !lowerWords.has(word(i).toLowerCase()) &&
      i > 0 && /^[”"’']$/u.test(word(i - 1)) && speaksAfter(i, LONE_SPEECH_LEMMAS)) {
      found.push({ type: 'name', span: { start: seg.starts[i]!, end: seg.ends[i]! }, name: word(i), kind: 'place', speaks: true, afterThe: false })
      i++
      continue
    }
    // "the world No. 10", "ranked No. 10", "reached No. 10 on the chart": a rank, not the seat of government of that number.
    if (hit && isRank(text, seg.starts[i]!, seg.ends[hit.last]!)) {
      i = hit.last + 1
      continue
    }
    // "UK Finance", "China Daily": a country before one or two capitalised nouns that name no body of it ("UK Treasury",
    // "US Army"), no person and no act (a title-case headline's "UK Says") is the name of a company or a title.
    const brandEnd = hit && !partOfName && nameFollows && hit.entry.kind === 'country' && !inTitleCaseLine(seg.starts[i]!) ? countryBrandEnd(hit.last + 1) : 0
    if (brandEnd > 0) {
      found.push({ type: 'name', span: { start: seg.starts[i]!, end: seg.ends[brandEnd]! }, name: text.slice(seg.starts[i], seg.ends[brandEnd]), kind: 'organisation' })
      i = brandEnd + 1
      continue
    }
    if (hit && !partOfName) {
      const before = i > 0 ? word(i - 1).toLowerCase() : ''
      // A dateline ("TEHRAN –") names where the article was filed: a place, never the government.
      // So does one opening a line before a date and an agency ("LONDON, Nov 17 (PSA) -").
      const dateline = /^\s*(?:\([^)]*\)\s*)?[–—-]/u.test(text.slice(seg.ends[hit.last], seg.ends[hit.last]! + 24)) ||
        (opensLine(text, seg.starts[i]!) && datelineLengthAt(text, seg.starts[i]!) > 0)
      const national = hit.entry.kind === 'demonym' && demonymHeadsNoun(i, hit.last, hit.entry)
      found.push({ type: 'gazetteer', span: { start: seg.starts[i]!, end: seg.ends[hit.last]! }, entry: hit.entry, asPlace: dateline || PLACE_PREPOSITIONS.has(before), afterPreposition: PLACE_PREPOSITIONS.has(before) && before !== ',', ...(national ? { national } : {}) })
      i = hit.last + 1
      continue
    }
    // "Drugmaker Pellix Pharma said": a company noun opening a sentence describes the name after it, and is no part of it;
    // "Yesterday Police Scotland said", "Today Apple": nor is a word opening a clause.
    if ((openingCompanyNoun(i) || (CLAUSE_OPENERS.has(word(i)) && sentenceStarts.has(i))) && i + 1 < n && capitalised(i + 1)) {
      i++
      continue
    }
    // A run of capitalised words, with "of"/"the"/"and" and name particles allowed between them. It
    // opens with its titles ("Detective Chief Inspector"); a title after other words ends the run
    // before it ("Indiana | Gov. Mike Pence", "Senate | Majority Leader Chuck Schumer"), unless it
    // follows a connector ("Department of Justice") or is a surname before a suffix ("Martin Luther King Jr.").
    const titlesEnd = titleBlockEnd(i)
    const personSoFar = (j: number): boolean => !isOrganisationWord(word(j - 1)) &&
      ((titlesEnd > i && j > titlesEnd) || (j - i >= 2 && j - i <= 4 && isFirstName(word(i)) && !gaz.byName.has(word(i))))
    // An organisation word so far ("District Court for the District | of Columbia").
    const organisationSoFar = (j: number): boolean => {
      for (let k = i; k < j; k++) if (isOrganisationWord(word(k))) return true
      return false
    }
    let last = i
    let partyAt = -1
    let stateAt = -1
    for (let j = i + 1; j < n; j++) {
      // A title block's "(retd)" is part of the run.
      if (j < titlesEnd) {
        if (capitalised(j)) last = j
        continue
      }
      // "Rival Republican", "Even Latino Democrats": words before a party label describe people, never name them.
      // Not inside a party's own name: "Liberal Democrats", "Christian Democratic Union", "New Democratic Party".
      if (PARTY_WORDS.test(word(j)) && !PARTY_WORDS.test(word(i)) && !(j + 1 < n && capitalised(j + 1) && ORGANISATION_WORDS.test(word(j + 1))) && !/^(?:Christian|Social|New)$/u.test(word(j - 1))) {
        partyAt = j
        break
      }
      if (j >= titlesEnd && titleTokensAt(j) > 0 && !/^(?:of|for|the)$/iu.test(word(j - 1)) && !(j + 1 < n && NAME_SUFFIX.test(word(j + 1))) && !ownsOrganisation(j + titleTokensAt(j))) break
      // "Jane Doe | Dead", not "Grateful Dead": after a first name or two name words.
      if (HEADLINE_STATE.test(word(j)) && (j - i >= 2 || isFirstName(word(i)))) {
        stateAt = j
        break
      }
      if (capitalised(j) && posOf(seg, j) !== 'PUNCT') last = j
      // Only inside what reads as a personal name: after a title, a first name or two name words ("Lula da Silva"), or an Arabic "al-"/"bin" (not "Cinco de Mayo").
      else if (particlesEnd(j) > j && (titlesEnd > i || isFirstName(word(i)) || j - i >= 2 || /^(?:al|bin|ibn)$/u.test(word(j)))) j = particlesEnd(j) - 1
      // A person's name ends before "of" ("Sarah Hughes | of Greater Manchester Police", "John Thune | of South Dakota").
      else if (word(j) === 'of' && (personSoFar(j) || personBeforeOrganisation(i, j))) break
      // "Critics | of Mayor Linda Farrow", "Supporters | of Jane Roe": a group opening a sentence is no part of whom it stands with or against.
      else if (word(j) === 'of' && j === i + 1 && SIDES.has(word(i).toLowerCase())) break
      // "Officers Kyle Brandt | and Alicia Romero": after a plural title, "and" joins two names.
      else if (word(j) === 'and' && titlesEnd > i && pluralTitleBeforeNames(word(titlesEnd - 1).toLowerCase(), titlesEnd - 1)) break
      // "Bank of England", "University of California", "Centres for Disease Control": an organisation's head takes a place after "of"/"for".
      // A hyphen with spaces on both sides is a dash ("HARLOW - David Cole said"): it ends the run.
      else if (CONNECTORS.has(word(j).toLowerCase()) && !spacedDash(j) && j + 1 < n && capitalised(j + 1) && (!gaz.byName.has(word(j + 1)) || (/^(?:of|for)$/u.test(word(j)) && organisationSoFar(j)))) continue
      // "Committee to Protect Journalists", "Campaign to Stop Killer Robots": an organisation's head takes its aim after "to".
      else if (word(j) === 'to' && j + 1 < n && capitalised(j + 1) && posOf(seg, j + 1) === 'VERB' && organisationSoFar(j)) continue
      // "Office for the Coordination of Humanitarian Affairs", "Ministry of the Interior".
      else if (/^(?:of|for)$/u.test(word(j)) && j + 2 < n && word(j + 1) === 'the' && capitalised(j + 2) && organisationSoFar(j) &&
        !longestGazetteerMatch(text, seg, j + 2, gaz.maxWords, gaz.byName)) j++
      // "Prime Minister's Office", "Independent Journalists' Association": a title or a plural owning an organisation names it (not "Obama's Department of Justice").
      else if (/^['’]s?$/u.test(word(j)) && seg.starts[j] === seg.ends[j - 1] && j + 1 < n && capitalised(j + 1) &&
        ((ORGANISATION_WORDS.test(word(j + 1)) && (j === titlesEnd || TITLE_SET.has(word(j - 1).toLowerCase()) || (/^['’]$/u.test(word(j)) && !surnames.has(word(j - 1))))) ||
        // "the Eden Fishermen's Club", "St Mary's Hospital": a club or house named after its members or a saint, not a person's (nor someone named before: "Doe's Hotel").
        (NAMED_FOR_OWNER.test(word(j + 1)) && titlesEnd === i && !surnames.has(word(j - 1))))) continue
      else {
        // "Medicines and Healthcare products Regulatory Agency (MHRA)": a lower-case word inside a name its acronym spells out.
        last = acronymNameEnd(i, j) ?? last
        break
      }
    }
    if (partyAt > 0) {
      i = partyAt
      continue
    }
    // "Guns N’ Roses Frontman Axl Rose | Found Dead": a headline's words before the name are cut to the part written
    // elsewhere; with none written elsewhere, only a first name shows the run is a name ("Rock Band Frontman | Dies").
    if (stateAt > 0) {
      const start = writtenElsewhereFrom(i, last)
      if (start < 0 && !isFirstName(word(i))) {
        for (i = stateAt; i < n && HEADLINE_STATE.test(word(i));) i++
        continue
      }
      if (start >= 0) i = start
    }
    if (inHeadline(i)) {
      const end = confirmedEnd(i, last)
      if (end < 0) {
        i = last + 1
        continue
      }
      last = end
    }
    const run = text.slice(seg.starts[i], seg.ends[last])
    const before = i > 0 ? word(i - 1).toLowerCase() : ''
    // Not with a first name ("the party Donald Trump leads"), nor after a lone word ("the Trump campaign", "Christian groups").
    // "the Kabul office", "the UN mission": after a name these nouns name a branch of it, or a place's;
    // "authority" before a name is mostly a power ("the authority Manafort had").
    const nounAt = (k: number): string => (k >= 0 && k < n && posOf(seg, k) === 'NOUN' && !(k > last ? BRANCH_NOUNS.has(word(k)) : word(k) === 'authority') ? word(k) : '')
    const organisationNoun = !isFirstName(word(i))
      ? [openingCompanyNoun(i - 1) ? word(i - 1).toLowerCase() : nounAt(i - 1), last > i ? nounAt(last + 1) : ''].find((w) => ORGANISATION_NOUNS.has(w)) ?? ORGANISATION_APPOSITIVE.exec(text.slice(seg.ends[last], seg.ends[last]! + 80))?.[1] ??
        (/^,/u.test(text.slice(seg.ends[last], seg.ends[last]! + 1)) ? ORGANISATION_APPOSITIVE_BEFORE.exec(text.slice(Math.max(0, seg.starts[i]! - 60), seg.starts[i]))?.[1] : undefined)
      : undefined
    const roleAfter = ROLE_AFTER.exec(text.slice(seg.ends[last], seg.ends[last]! + 60))?.[1]
    const preceding = text.slice(Math.max(0, seg.starts[i]! - 60), seg.starts[i])
    const evidence = {
      titles: titlesEnd > i ? text.slice(seg.starts[i], seg.ends[Math.min(titlesEnd, last + 1) - 1]) : '',
      titledCommonWord: titlesEnd === last && lowerWords.has(word(last).toLowerCase()),
      beforeTitle: last + 1 < n && titleTokensAt(last + 1) > 0,
      titleBefore: lowerCaseTitleBefore(text.slice(Math.max(0, seg.starts[i]! - 40), seg.starts[i])),
      appositive: /^\s*[,.;]/u.test(text.slice(seg.ends[last], seg.ends[last]! + 3)) ? roleAppositiveBefore(text, seg.starts[i]!) : undefined,
      roleAfter: roleAfter ? roleNamed(roleAfter) : undefined,
      commonWordsAtEnd: [last - 1, last].some((k) => k > i && lowerWords.has(word(k).toLowerCase())),
      firstName: (!gaz.byName.has(word(i)) || firstNamePlace) && isFirstName(word(i)),
      organisationNoun,
      // "Swedish truckmaker | Nordvik AB": the country is the company's, not the speaker.
      organisationCountry: organisationNoun && i > 0 && word(i - 1) === organisationNoun ? countryJustBefore(text, seg.starts[i - 1]!, found) : undefined,
      sharesAfter: SHARES_AFTER.test(text.slice(seg.ends[last], seg.ends[last]! + 40)),
      sentenceInitialCommonWord: last === i && ((opensSentence(i) && commonWordBeforeThat(i)) ||
        (sentenceStarts.has(i) && !midSentence.has(word(i)) && (posOf(seg, i) !== 'PROPN' || commonWordBeforeVerb(i)))),
      // By the surname's last token, which a hyphenated surname shares with its every use ("Okonjo-Iweala").
      surnameRecurs: (counts.get(surnameOf(text.slice(seg.starts[i], seg.ends[last])).split(/[\s-]/u).pop() ?? '') ?? 0) > 1,
      speaks: last > i ? speaksAfter(last, SPEECH_LEMMAS) || speaksAfterAside(last, SPEECH_LEMMAS) || afterQuoteCue(i) : ((speaksAfter(i, LONE_SPEECH_LEMMAS) || speaksBefore(i)) && loneName(i)) ||
        // An aside after it shows a sentence-opening word is a name: "Apple, the world's most valuable company, said".
        (speaksAfterAside(i, LONE_SPEECH_LEMMAS) && (loneName(i) || (posOf(seg, i) === 'PROPN' && !lowerWords.has(word(i).toLowerCase())))),
      afterPlacePreposition: PLACE_PREPOSITIONS.has(before) && before !== ',',
      // After any preposition, a middle initial ("Michael R. Bloomberg") or the surname used again in the article ("lashed out at Donald Trump") marks a person's name too.
      personAfterPreposition: ((before === 'to' || before === 'from') && PERSON_CUE_BEFORE.test(preceding)) || /\s\p{Lu}\.\s/u.test(run) || (counts.get(word(last)) ?? 0) > 1,
      ofOrganisation: last + 1 < n && word(last + 1) === 'of' && personBeforeOrganisation(i, last + 1),
      ageAfter: AGE_AFTER.test(text.slice(seg.ends[last], seg.ends[last]! + 12)),
      heOrSheAfter: HE_OR_SHE_AFTER.test(text.slice(seg.ends[last], seg.ends[last]! + HE_OR_SHE_REACH)),
      // "(2042 GMT)", "PLN 48.6 million", "the FTSE 100": a time zone after a time, a currency before an amount, or a stock index.
      unit: last === i && ((TIME_ZONE.test(word(i)) && i > 0 && CLOCK_TIME.test(word(i - 1))) || ((/^\p{Lu}{3}$/u.test(word(i)) || INDEX_BEFORE_NUMBER.test(word(i))) && i + 1 < n && /^\d/u.test(word(i + 1)))),
      // "Company spokesman Jane Doe": an organisation noun modifying a title is the speaker's employer, unnamed.
      nounBeforeTitle: last === i && ORGANISATION_NOUNS.has(word(i).toLowerCase()) && i + 1 < n && /^\p{Ll}/u.test(word(i + 1)) && titleTokensAt(i + 1) === 0 && TITLE_SET.has(word(i + 1)),
      dateline: opensLine(text, seg.starts[i]!) && datelineLengthAt(text, seg.starts[i]!) > 0,
      residentAfter: RESIDENT_BEFORE_NAME.test(text.slice(seg.ends[last], seg.ends[last]! + 40)),
      settlementNamed: SETTLEMENT_OF_BEFORE.test(preceding),
      // One capitalised word before the people of a place names it, even a common word ("Nice residents"); not one the article also writes in lower case
      // ("Health officials … public health"), a party, a body, a first name or someone's surname ("Trump voters").
      placeOfPeople: last === i && !lowerWords.has(word(i).toLowerCase()) && PEOPLE_OF_PLACE_AFTER.test(text.slice(seg.ends[last], seg.ends[last]! + 20)) && !PARTY_WORDS.test(word(i)) && !isOrganisationWord(word(i)) &&
        !NOT_A_PLACE_BEFORE_PEOPLE.test(word(i)) && !/^(?:ADJ|DET|NUM)$/u.test(posOf(seg, i)) &&
        !PEOPLE_ADJECTIVES.has(word(i)) && !isFirstName(word(i)) && !surnames.has(word(i)) && !titleAt(i),
      institutionAfter: NAMED_INSTITUTION_AFTER.test(text.slice(seg.ends[last], seg.ends[last]! + 20)),
      spelledOut: spellsAcronym(run, ACRONYM_AFTER.exec(text.slice(seg.ends[last], seg.ends[last]! + 12))?.[1]),
      endsPersonName: personTails.has(run),
      // Not a word written in lower case or a party, nor one that modifies a noun ("a spokesman for | Democratic presidential candidate Hillary Clinton").
      // Nor a sentence's first word met nowhere else, a verb ("Enter President Trump"), or a former one ("Ex-CIA chief").
      employerSlot: last === i && (!(loneName(i) || sentenceOpeningBrand(i)) || posOf(seg, i) === 'VERB' || PARTY_WORDS.test(word(i)) || TITLE_MODIFIERS.has(word(i).split('-')[0]!) || (i + 1 < n && /^(?:NOUN|ADJ)$/u.test(posOf(seg, i + 1)) && /^\p{Ll}/u.test(word(i + 1)) && !TITLE_SET.has(word(i + 1))))
        ? undefined
        : HEAD_OF.test(preceding) && !PLACE_OR_OWNER_AFTER.test(text.slice(seg.starts[i], seg.ends[last]! + 40)) ? 'head' as const
        : ROLE_AT_WORK.test(preceding) || TITLED_NAME_AFTER.test(text.slice(seg.ends[last], seg.ends[last]! + 40)) ? 'work' as const
        : ROLE_FOR.test(preceding) ? 'for' as const : undefined,
    }
    const candidate = nameCandidate(text, run, seg.starts[i]!, evidence, found, before === 'the')
    if (candidate) found.push(candidate)
    if (candidate?.type === 'name' && candidate.kind === 'person') {
      surnames.add(surnameOf(candidate.name))
      for (const w of personNameParts(candidate.name).words) nameWords.add(w)
      const words = candidate.name.split(' ')
      if (words.length >= 3) personTails.add(words.slice(-2).join(' '))
    }
    if (candidate?.type === 'name' && candidate.kind === 'place' && /\s/u.test(run) && (evidence.dateline || (before === 'in' && !/^['’]/u.test(text.slice(seg.ends[last], seg.ends[last]! + 1))))) {
      placeNames.add(titleCase(run))
    }
    i = last + 1
    // "Found Dead": the state after the name starts no name either.
    if (stateAt > 0) while (i < n && HEADLINE_STATE.test(word(i))) i++
  }
  // "NOVI SAD –", "in Novi Sad": a name the article uses as a dateline or after "in" is a place everywhere, unless it opens with a first name.
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!
    if (c.type === 'name' && c.kind === 'person' && !c.role && placeNames.has(titleCase(c.name)) && !isFirstName(c.name.split(' ')[0]!)) found[k] = { ...c, kind: 'place' }
  }
  // The token that follows offset `end` past spaces, if any.
  const tokenAfter = (end: number): number | undefined => {
    const k = firstTokenAtOrAfter(seg, end)
    return k < n && /^\s*$/u.test(text.slice(end, seg.starts[k])) ? k : undefined
  }
  // "The carrier said": a noun like "company" stands for a named organisation only after "the", with
  // nothing qualifying it ("a company", "the Chinese company"), as a noun phrase's head ("the party platform", "the group of lawmakers")
  // and in lower case: "the Commission", "the Organization for Economic Cooperation" are names.
  const standsForOrganisation = (whole: string, noun: string, qualified: boolean, next: number | undefined): boolean =>
    /^the\s/iu.test(whole) && /^\p{Ll}/u.test(noun) && !qualified && (next === undefined || (!/^(?:of|for)$/u.test(word(next)) && !capitalised(next) && !/^(?:NOUN|PROPN)$/u.test(posOf(seg, next))))
  // Subdivisions whose name a country or capital took ("Georgia", "Victoria") win it back by context.
  const shadowedAt = (c: Candidate): GazetteerEntry | undefined => (c.type === 'gazetteer' ? gaz.shadowed.get(text.slice(c.span.start, c.span.end)) : undefined)
  const namedElsewhere = countriesNamed(found.filter((c) => !shadowedAt(c)))
  reclaimSubdivisions(found, shadowedAt, namedElsewhere, text)
  // A description's qualifier ("Victoria police") is read as the place word alone is.
  const placeWord = (word: string): GazetteerEntry | undefined => {
    const entry = gaz.byName.get(word)
    const subdivision = gaz.shadowed.get(word)
    return entry && subdivision && subdivisionOverCapital(entry, subdivision, namedElsewhere) ? subdivision : entry
  }
  const named = countriesNamed(found)
  // "Violent rioters set fire", "Angry residents said": a sentence's first word, a common adjective and no place's or people's, is a lower-case modifier.
  // Whether the word at `at` opens a sentence or a line (a paragraph after a headline with no full stop).
  const opensSentenceAt = (at: number): boolean => {
    const k = tokenAfter(at)
    return k !== undefined && (sentenceStarts.has(k) || opensLine(text, seg.starts[k]!))
  }
  const openingAdjective = (qualifier: string, at: number): boolean => {
    const k = tokenAfter(at)
    return k !== undefined && word(k) === qualifier && (posOf(seg, k) === 'ADJ' || ADJECTIVE_SHAPE.test(qualifier) || OPENING_ADJECTIVES.has(qualifier.toLowerCase())) && wordRank(qualifier.toLowerCase()) !== undefined &&
      !placeWord(qualifier) && !PEOPLE_ADJECTIVES.has(qualifier) && !isFirstName(qualifier)
  }
  // Whether the words from `start` to `end` are all lower-case adjectives or nouns: modifiers of the noun after them ("anonymous former").
  const attributiveOnly = (start: number, end: number): boolean => {
    for (let k = firstTokenAtOrAfter(seg, start); k < n && seg.starts[k]! < end; k++) {
      if (!/^\p{Ll}/u.test(word(k)) || !/^(?:ADJ|NOUN)$/u.test(posOf(seg, k))) return false
    }
    return true
  }
  // Whether a perpetrator or suspect noun at `start` names someone: not a modifier ("a killer heatwave"), a verb
  // ("what many already suspect"), or another party's label ("the so-called \"armed suspect\"").
  const actOfSomeone = (start: number, length: number): boolean => {
    const k = firstTokenAtOrAfter(seg, start)
    // A verb after its subject or an adverb ("she suspects", "many already suspect"), not after an adjective ("the sole surviving suspect").
    if (posOf(seg, k) === 'VERB' && k > 0 && /^(?:PRON|ADV|AUX|PART|NOUN|PROPN)$/u.test(posOf(seg, k - 1))) return false
    // An adjective after a linking verb: "will become suspect", "the figures are suspect".
    if (k > 0 && LINKING_VERB.test(word(k - 1))) return false
    const next = tokenAfter(start + length)
    if (next !== undefined && posOf(seg, next) === 'NOUN' && /^\p{Ll}/u.test(word(next)) && !ROLE_WORDS.has(word(next))) return false
    const before = text.slice(Math.max(0, start - 40), start)
    return !(SO_CALLED.test(before) || (QUOTE_OPENED.test(before) && /^["”’]/u.test(text.slice(start + length, start + length + 1))))
  }
  for (const m of text.matchAll(DESCRIPTION)) {
    const [matched, qualifierWords, level, office, roleWord = '', ofName] = m
    // "Security forces fired": a sentence's first word, capitalised as such, may open a role of two words, no qualifier of it.
    const joined = qualifierWords !== undefined && matched.startsWith(qualifierWords) && !/\s/u.test(qualifierWords) &&
      opensSentenceAt(m.index) && KNOWN_ROLES.has(roleNamed(`${qualifierWords} ${roleWord}`))
    const qualifierRead = joined ? undefined : qualifierWords
    const role = joined ? `${qualifierWords} ${roleWord}` : roleWord
    // "After police shot", "Yesterday troops stormed": a capitalised word opening a clause is no qualifier of the noun.
    // "Riot police used batons": a sentence's first word of a force's task is a lower-case modifier, read as "the riot police" is.
    const task = qualifierRead !== undefined && matched.startsWith(qualifierRead) && opensSentenceAt(m.index) &&
      (FORCE_TASKS.has(qualifierRead.toLowerCase()) || openingAdjective(qualifierRead, m.index))
    const opener = qualifierRead !== undefined && (CLAUSE_OPENERS.has(qualifierRead) || CLAUSE_OPENING_PHRASE.test(qualifierRead) || task)
    // "Armed Kavarian commandos", "Angry French farmers": such a modifier before a demonym is no part of it either.
    const lead = !opener && qualifierRead !== undefined && matched.startsWith(qualifierRead) ? /^(\S+)\s+(?=\S)/u.exec(qualifierRead)?.[1] : undefined
    const leadDropped = lead !== undefined && opensSentenceAt(m.index) && (FORCE_TASKS.has(lead.toLowerCase()) || openingAdjective(lead, m.index))
    const whole = opener ? matched.slice(matched.indexOf(qualifierRead) + qualifierRead.length).replace(/^(?:['’]s)?\s+/u, '') : leadDropped ? matched.slice(lead.length).trimStart() : matched
    const qualifier = opener ? undefined : leadDropped ? qualifierRead?.slice(lead.length).trimStart() : qualifierRead
    const at = m.index + matched.length - whole.length
    const countryWord = qualifier ? placeWord(qualifier) : undefined
    // "the deputy minister" holds another office than "the minister"; a modifier of no one's role is passed over.
    const roleName = roleNamed(role)
    const normalised = office && isPersonRole(roleName) ? roleNamed(`${office} ${role}`) : roleName
    // "Kurdish fighters": a people with no state qualifies a group as a demonym does.
    const people = qualifier && GROUP_ROLES.has(normalised) && PEOPLE_ADJECTIVES.has(qualifier) ? qualifier : undefined
    // "an official visit", "official figures", "his official Twitter feed": the adjective, no one.
    // "A senior official at the Finance Ministry" is left whole to the attribution stage, which names the source by all of it.
    const unnamedPerson = UNNAMED_PERSON_ROLES.has(normalised)
    if (unnamedPerson && (ofName || AFFILIATION_AFTER.test(text.slice(at + whole.length, at + whole.length + 40)))) continue
    if (unnamedPerson) {
      const next = tokenAfter(at + whole.length)
      if (next !== undefined && (capitalised(next) || /^(?:NOUN|ADJ|PROPN)$/u.test(posOf(seg, next)))) continue
    }
    // "a Talmerian official": a demonym the gazetteer does not know qualifies one person all the same.
    const unknownDemonym = unnamedPerson && !!qualifier && !countryWord && (UNKNOWN_DEMONYM.test(qualifier) || REGION_ADJECTIVES.test(qualifier))
    // A capitalised qualifier that is not a country is a name ("Secret Service officials"): not a description.
    if (qualifier && !people && !unknownDemonym && (!countryWord || countryWord.kind === 'organisation')) continue
    if (!qualifier && QUALIFIED_ONLY_GROUPS.has(normalised)) continue
    // "the nurses' union", "farmers' incomes": a trade that owns something is no actor there.
    if (OCCUPATION_GROUPS.has(normalised) && /^['’]/u.test(text.slice(at + whole.length))) continue
    // "State Premier Jane Roe", "the Premier League": a person's role written with a capital before another capitalised word is a title or part of a name, read as such.
    if (isPersonRole(normalised) && /^\p{Lu}/u.test(role) && /^\s+\p{Lu}/u.test(text.slice(at + whole.length, at + whole.length + 3))) continue
    // "on social media", "not authorised to speak to the media": a channel or an audience, no one who acts or speaks.
    if (normalised === 'media' && !qualifier && !level && MEDIA_NOT_ACTOR.test(text.slice(Math.max(0, at - 40), at))) continue
    // Where the description ends: before an "of"-name's tail ("the president of the NAACP"), else at its end.
    const nameTail = ofName ? whole.search(OF_NAME_TAIL) : whole.length
    if ((PERPETRATOR_ROLES.has(normalised) || SUSPECT_ROLES.has(normalised)) && !actOfSomeone(at + nameTail - role.length, role.length)) continue
    const ofCountry = ofName ? countryNamedBy(gaz.byName.get(ofName), named) : undefined
    // "the Ministry of Justice", "the Court of Arbitration for Sport": a capitalised institution of a field is a name, read as one,
    // never the bare "ministry" or "court" that any is.
    if (ofName && !ofCountry && /^\p{Lu}/u.test(role) && INSTITUTION_ROLES.has(normalised)) continue
    const country = countryNamedBy(countryWord, named) ?? ofCountry
    // Bare plural nouns like "people" or "some" only count with a qualifier.
    if (!qualifier && !level && (normalised === 'people' || normalised === 'some') && !/^(?:the|a|an)\s/iu.test(whole)) continue
    // "the president of the NAACP": the role of an organisation, which stays a mention of its own.
    const ofOrganisation = ofName && !ofCountry && isPersonRole(normalised) ? ofName : undefined
    // "the mayor of Kharkiv" is not "the mayor of Kyiv": an office of a city or a region is that place's, not only its country's.
    const ofEntry = ofName && ofCountry && isPersonRole(normalised) ? gaz.byName.get(ofName) : undefined
    const place = ofEntry && SUBNATIONAL_KINDS.has(ofEntry.kind) ? ofEntry.name : undefined
    // "Critics of Linda Farrow": whom others stand against or with is no part of them.
    // Nor is the one someone is kin of ("the son of German immigrants", "the ex-wife of Mick Jagger"), and "An American Son" is a title.
    if (KIN_NOUNS.has(normalised) && qualifier) continue
    const end = at + (ofOrganisation || place || (ofName && (SIDES.has(normalised) || KIN_NOUNS.has(normalised))) ? nameTail : whole.length)
    if (ORGANISATION_NOUNS.has(normalised) && !standsForOrganisation(whole, role, !!(qualifier ?? level ?? ofName), tokenAfter(end))) continue
    // "a Pakistani security official", "one senior administration official": the words before the role and after the determiner tell who it is.
    // "an anonymous former minister": someone new, whom the determiner and its lower-case modifiers mark as such.
    const before = /^(?:[Tt]he|[Aa]n?)\s/u.test(whole) ? null : MODIFIED_ROLE.exec(text.slice(Math.max(0, at - 50), at))
    const modified = before && (unnamedPerson || (isPersonRole(normalised) && attributiveOnly(at - before[1]!.length, at))) ? before : null
    // "you're a better judge", "to be a great president": a role said of someone is no one mentioned.
    if (isPersonRole(normalised) && !unnamedPerson && PREDICATE_BEFORE.test(text.slice(Math.max(0, at - 60), at) + whole.slice(0, whole.indexOf(role)))) continue
    const start = at - (modified?.[0].length ?? 0)
    const modifierCountry = modified ? countryNamedBy(modified[1]!.split(/\s+/u).map(placeWord).find((e) => e && e.kind !== 'organisation'), named) : undefined
    const described = country ?? modifierCountry
    found.push({ type: 'description', span: { start, end }, role: normalised, ...(described ? { country: described } : {}), ...(level ? { level: level.toLowerCase() } : {}), ...(ofOrganisation ? { of: ofOrganisation } : {}), ...(place ? { place } : {}), ...(people ? { people } : {}) })
  }
  // "The FTSE 250 group", "the London-listed company", "the Ohio-based firm": a listing or a seat qualifies the noun,
  // which still stands for the organisation named before; the index or the place is not the actor.
  for (const m of text.matchAll(LISTED_ORGANISATION)) {
    const noun = m[1]!
    if (!standsForOrganisation(m[0], noun, false, tokenAfter(m.index + m[0].length))) continue
    // Only companies are listed: "the FTSE 250 group" is a company.
    const listed = !/-(?:based|headquartered|owned)\s/u.test(m[0])
    found.push({ type: 'description', span: { start: m.index, end: m.index + m[0].length }, role: listed && noun === 'group' ? 'company' : noun })
  }
  // "Poland's data protection authority", "the British competition watchdog": a country's body described, not named.
  const personNameWords = new Set(found.flatMap((c) => (c.type === 'name' && c.kind === 'person' ? c.name.split(' ') : [])))
  for (const m of text.matchAll(COUNTRY_BODY)) {
    const [whole, owner = '', body = '', noun = ''] = m
    // A sentence's "The Kenyan health ministry" is matched with its article.
    const country = countryNamedBy(placeWord(owner.replace(/^The\s+/u, '')), named)
    if (!country) {
      // "the UN refugee agency": an international body's agency is a body of its own, not the whole body.
      const agency = ORGANISATION_AGENCY.exec(whole)
      if (agency && gaz.byName.get(agency[1]!)?.kind === 'organisation') found.push({ type: 'name', span: { start: m.index + agency.index, end: m.index + whole.length }, name: agency[0].replace(/\s+/gu, ' '), kind: 'organisation', noun })
      // "Talmeria's justice ministry": an owner the gazetteer does not know still owns it, so it is no other owner's ministry named before.
      // Not a person's ("Rubio's days in public office") nor the tail of a longer name ("Bureau of Investigation's field office").
      else if (/^['’]s\s/u.test(whole.slice(owner.length)) && noun !== 'office' && !gaz.byName.has(owner) && !/\bof\s+$/u.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
        !personNameWords.has(owner)) {
        // Named and held as its role ("health ministry"), as other articles call it, so "the health ministry" and "the ministry" name it again.
        const { span, described } = bodyAtEnd(m, body)
        found.push({ type: 'name', span, name: described, kind: 'organisation', noun, role: described })
      }
      continue
    }
    const { span, described, field } = bodyAtEnd(m, body)
    // "Britain's medicines regulator" is not the European Medicines Agency: a body whose name names another place is another's.
    const namesOtherPlace = (word: string): boolean => {
      if (SUPRANATIONAL.has(word)) return true
      const entry = gaz.byName.get(word)
      return entry !== undefined && countryNamedBy(entry, named) !== country
    }
    const name = namedBody(found, field, namesOtherPlace) ?? `${gaz.countryName.get(country) ?? country} ${described}`
    found.push({ type: 'name', span, name, kind: 'organisation', noun, country })
  }
  // "the emergencies ministry", "the health ministry": a ministry by its remit is that ministry (or
  // the one named with it), never another one named before ("the Ministry of Foreign Affairs").
  for (const m of text.matchAll(REMIT_MINISTRY)) {
    const { span, described, field: remit } = bodyAtEnd(m, m[1]!)
    if (INSTITUTION_ROLES.has(described) || remit.some((_, k) => posOf(seg, firstTokenAtOrAfter(seg, span.start) + k) !== 'NOUN')) continue
    found.push({ type: 'name', span, name: namedBody(found, remit, () => false) ?? described, kind: 'organisation', noun: 'ministry' })
  }
  // "The Realist Report, an independent media outlet, which …": an organisation noun in an apposition to an organisation's name describes it.
  for (const c of [...found]) {
    if (c.type !== 'name' || c.kind !== 'organisation') continue
    const m = ORGANISATION_APPOSITIVE.exec(text.slice(c.span.end, c.span.end + 120))
    // Only an indefinite one: "the Enquirer's parent company" names another organisation than the one before.
    if (!m || !/^,\s+an?\s/u.test(m[0])) continue
    const lead = m[0].length - m[0].replace(/^,\s+/u, '').length
    found.push({ type: 'description', span: { start: c.span.end + lead, end: c.span.end + m[0].length }, role: m[1]! })
  }
  for (const m of text.matchAll(PEOPLE_BEFORE_PLACE)) {
    // One person needs a determiner: "parent company in Ohio" is no one.
    if (m[0] === m[1] && PEOPLE_NOUNS.has(m[1].toLowerCase())) continue
    found.push({ type: 'description', span: { start: m.index, end: m.index + m[0].length }, role: m[1]!.toLowerCase() })
  }
  for (const m of text.matchAll(A_MAN_WHO)) {
    found.push({ type: 'description', span: { start: m.index, end: m.index + m[0].length }, role: 'perpetrator' })
  }
  return companiesByContext(text, seg, dropOverlaps(found, text))
}

/** Words rarer than this in English are more likely a name than a common word. */
const RARE_WORD_RANK = 20000

/** Nouns that stand for a company ("the company", "the bank", "the lender"). */
const COMPANY_NOUNS: ReadonlySet<string> = new Set([...ORGANISATION_NOUNS].filter(([, types]) => types.includes('company')).map(([noun]) => noun))
/** A name issuing a statement or filing, as bodies do: "Morgan Stanley said in a statement that the company …". */
const STATEMENT_AFTER = /^\s+(?:said|says|announced|confirmed)\s+(?:\S+\s+){0,2}?in\s+(?:a|an)\s+(?:(?:press|news|regulatory|securities)\s+)?(?:statement|filing|release)\b/u
/** Characters from an untitled name to a company noun that stands for it: the rest of its sentence and the next. */
const COMPANY_NOUN_REACH = 200

/**
 * Untitled names read as people that the article shows are companies: a name it gives a company
 * somewhere ("Exxon Mobil Corp … Exxon Mobil said"), or a two-word one a company noun outside
 * quotations stands for with no other actor named in between ("Exxon Mobil said on Tuesday that
 * profits fell. The company said"), when its last word is never used alone, as a person's surname
 * is ("Satya Nadella said the company … Nadella added"), and its first is no first name, unless it
 * issues a statement ("Morgan Stanley said in a statement that the company"). Pure; linear in the
 * candidates.
 */
function companiesByContext(text: string, seg: Segmentation, candidates: Candidate[]): Candidate[] {
  const untitledPerson = (c: Candidate): c is Extract<Candidate, { type: 'name' }> =>
    c.type === 'name' && c.kind === 'person' && !c.role && /\s/u.test(c.name) && text.slice(c.span.start, c.span.end) === c.name
  // Each company's name, and the noun that stood for it, so that "the company" finds it again.
  const companies = new Map<string, string | undefined>()
  const lone = new Set<string>()
  for (const c of candidates) {
    if (c.type !== 'name') continue
    if (c.kind === 'organisation' && /\s/u.test(c.name)) companies.set(c.name, undefined)
    if (!/\s/u.test(c.name)) lone.add(c.name)
  }
  let last: Extract<Candidate, { type: 'name' }> | undefined
  for (const c of candidates) {
    // Places and countries do not come between a company and its noun ("Exxon Mobil said in Texas that the company").
    if (c.type === 'gazetteer' && c.entry.kind !== 'organisation') continue
    // Not a company noun in a quotation, which may be the person's words about another ("the company's figure looks too low").
    if (c.type === 'description' && COMPANY_NOUNS.has(c.role) && last && c.span.start - last.span.end <= COMPANY_NOUN_REACH && !inQuotation(seg, c.span)) companies.set(last.name, c.role)
    const words = untitledPerson(c) ? c.name.split(/\s+/u) : []
    last = untitledPerson(c) && words.length === 2 && !lone.has(words[1]!) && (!isFirstName(words[0]!) || STATEMENT_AFTER.test(text.slice(c.span.end, c.span.end + 60))) ? c : undefined
  }
  if (companies.size === 0) return candidates
  return candidates.map((c) => {
    if (!untitledPerson(c) || !companies.has(c.name)) return c
    const noun = companies.get(c.name)
    return { ...c, kind: 'organisation', ...(noun ? { noun } : {}) }
  })
}

/** Words naming bodies above or across countries ("European Medicines Agency", "World Health Organization"). */
const SUPRANATIONAL: ReadonlySet<string> = new Set(['European', 'EU', 'African', 'Asian', 'Arab', 'Nordic', 'International', 'World', 'Global', 'Inter-American', 'Commonwealth', 'Pacific', 'Atlantic', 'Caribbean', 'Gulf'])
/** Nouns of a public body, which a country's description and the body's own name may use for one another ("data protection authority", "Data Protection Office"). */
const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set([...COUNTRY_BODY_HEADS, 'inspectorate', 'board'])
/** Modifiers of a body that tell nothing of its field ("the national data protection office"). */
const VAGUE_MODIFIERS: ReadonlySet<string> = new Set(['national', 'federal', 'state', 'central', 'main', 'top', 'new', 'independent', 'government', 'public', 'official'])

/** The body that ends a match ("Poland's | data protection authority"): its span, its words on one line, and its field, the words before its head noun. Pure. */
function bodyAtEnd(m: RegExpMatchArray, body: string): { span: Span; described: string; field: string[] } {
  const start = m.index! + m[0].length - body.length
  const described = body.replace(/\s+/gu, ' ')
  return { span: { start, end: start + body.length }, described, field: described.split(' ').slice(0, -1) }
}

/**
 * The name of the one named body among `candidates` that a country's description of a body by its
 * field ("Poland's | data protection authority") names: a public body whose name holds every word
 * of the field ("the Personal Data Protection Office") and no other place or region (`namesOtherPlace`).
 * Undefined when none or several do. Pure;
 * linear in the candidates.
 */
function namedBody(candidates: readonly Candidate[], modifiers: readonly string[], namesOtherPlace: (word: string) => boolean): string | undefined {
  const field = modifiers.filter((w) => !VAGUE_MODIFIERS.has(w))
  if (field.length === 0) return undefined
  const names = new Set<string>()
  for (const c of candidates) {
    if (c.type !== 'name' || c.kind !== 'organisation' || !PUBLIC_BODY_HEADS.has(organisationHead(c.name))) continue
    const written = c.name.split(/\s+/u)
    const words = new Set(written.map((w) => w.toLowerCase()))
    if (field.every((w) => words.has(w)) && !written.some(namesOtherPlace)) names.add(c.name)
  }
  return names.size === 1 ? [...names][0] : undefined
}

/**
 * The headline lines that open `text` in Title Case: three to twenty words, no closing full stop,
 * and every word of four letters or more capitalised ("Mayor Vows to Fight Cuts"). Only the lines
 * before the first ordinary one count: a Title-Case line further down is as likely a list of names. Pure.
 */
export function headlineLines(text: string): Span[] {
  const out: Span[] = []
  for (const line of text.matchAll(/[^\n]+/gu)) {
    if (!line[0].trim()) continue
    const words = line[0].match(/\p{L}[\p{L}'’-]*/gu) ?? []
    const long = words.filter((w) => w.length >= 4)
    const titleCase = words.length >= 3 && words.length <= 20 && long.length >= 2 && !/\.\s*$/u.test(line[0]) && long.every((w) => /^\p{Lu}/u.test(w))
    if (!titleCase || out.length === 3) break
    out.push({ start: line.index, end: line.index + line[0].length })
  }
  return out
}

/** Whether only spaces or tabs stand between `offset` and the start of its line. Pure. */
function opensLine(text: string, offset: number): boolean {
  let at = offset
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--
  return at === 0 || text[at - 1] === '\n'
}

/** Whether `text` has `phrase` as whole words. Pure. */
function writesWord(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + phrase.length] ?? ' ')) return true
  }
  return false
}

/** `text` with the given spans replaced by spaces, so offsets stay. Pure. */
// Whether `text` writes `phrase` as a whole name: not inside a longer word, nor before another capitalised word ("Roses Frontman | Axl").
function writesWholeName(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const after = text.slice(at + phrase.length, at + phrase.length + 40)
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/^(?:[\p{L}\p{N}]|\s+\p{Lu})/u.test(after)) return true
  }
  return false
}

function blankOut(text: string, spans: readonly Span[]): string {
  let out = ''
  let at = 0
  for (const s of spans) {
    out += text.slice(at, s.start) + ' '.repeat(s.end - s.start)
    at = s.end
  }
  return out + text.slice(at)
}

function longestGazetteerMatch(text: string, seg: Segmentation, i: number, maxWords: number, byName: ReadonlyMap<string, GazetteerEntry>):
  { last: number; entry: GazetteerEntry } | undefined {
  const n = seg.starts.length
  for (let k = Math.min(maxWords + 2, n - i); k >= 1; k--) {
    const surface = text.slice(seg.starts[i], seg.ends[i + k - 1]).replace(/\s+/gu, ' ')
    // Datelines write places in capitals ("TEHRAN"): try the title-cased form too.
    const entry = byName.get(surface) ?? (/^[\p{Lu}\s'.-]+$/u.test(surface) && surface.length > 3 ? byName.get(titleCase(surface)) : undefined)
    if (entry) return { last: i + k - 1, entry }
  }
  return undefined
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
}

/** The role a run of titles gives ("Lt. Gov." → "lieutenant governor"; "Mr." gives none). Pure. */
function roleOfTitles(titles: string): string {
  return titles.toLowerCase().replace(/\s*-\s*/gu, '-').split(/\s+/u)
    // A plural title ("Officers Kyle Brandt and …") gives each their title in the singular.
    .map((w) => ABBREVIATED_TITLES[w] ?? ABBREVIATED_TITLES[`${w}.`] ?? (!TITLE_SET.has(w) && TITLE_SET.has(w.replace(/s$/u, '')) ? w.slice(0, -1) : w.replace(/\.$/u, '')))
    // "vice-president" is the lexicon's "vice president"; "director-general" stays as it is written there.
    .map((w) => (!TITLE_SET.has(w) && TITLE_SET.has(w.replace(/-/gu, ' ')) ? w.replace(/-/gu, ' ') : w))
    .filter((w) => !/^(?:mr|mrs|ms|dr|\(.*\))$/u.test(w))
    .join(' ')
}

/** What follows a title with a portfolio: "for Work | Zuhal Demir", "of the Interior | Ivica Dacic"; the two last words are the name. */
const PORTFOLIO_THEN_NAME = /^(?:for|of)\s+(?:the\s+)?(?!The\s)(?:\p{Lu}[\p{L}-]*\s+)+(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]+)$/u

/** The lower-case title or occupation that ends `before` ("Apple chief ", "spokesman ", "political scientist "), if any. */
function lowerCaseTitleBefore(before: string): string | undefined {
  const words = /((?:\p{Ll}+ ){1,3})$/u.exec(before)?.[1]?.trim().split(' ') ?? []
  for (let k = 0; k < words.length; k++) {
    const candidate = words.slice(k).join(' ')
    if ((TITLE_SET.has(candidate) || OCCUPATIONS_BEFORE_NAME.has(candidate)) && !/^(?:mr|mrs|ms|dr|general)$/u.test(candidate)) return candidate
  }
  return undefined
}
/** Occupations news writes before a name like a title ("defence barrister Jane Roe", "political scientist John Doe"). */
const OCCUPATIONS_BEFORE_NAME: ReadonlySet<string> = new Set([...AFFILIATED_OCCUPATIONS.filter((w) => !['fellow', 'member', 'partner'].includes(w)), 'barrister', 'solicitor', 'counsel', 'prosecutor', 'historian', 'academic', 'sociologist', 'psychologist', 'lawmaker'])

/** Letters after a name for an office or rank, not part of the name: "Jane Roe KC", "John Doe MP". */
const POST_NOMINAL = /^(?:KC|QC|SC|MP|MSP|MEP|OBE|MBE|CBE)$/u

// Not ranks that are also common adjectives or abbreviations ("a major donor", "the general public").
const ONE_PERSON_ROLES = [...new Set([...PERSON_TITLES, ...PERSON_ROLES])].filter((t) => /^\p{Ll}[\p{Ll} -]+$/u.test(t) && !/^(?:mr|mrs|ms|dr|major|brig|lt|gen|col|maj|capt)$/u.test(t))
  .sort((a, b) => b.length - a.length)
  .map(rolePattern)
/** " of the Foreign Ministry": a capitalised name after "of", "for" or "at", the name captured when `capture`. */
const ofName = (capture: boolean): string => String.raw`\s+(?:of|for|at)\s+(?:the\s+)?(${capture ? '' : '?:'}\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})`
/** " for the coast guard": a body named by its common noun after "for" or "at", as a spokesman's or an officer's. */
const BODY_COMMON_NOUNS: ReadonlySet<string> = new Set([...ORGANISATION_NOUNS.keys(), ...INSTITUTION_ROLES])
/** A role and "for the" or "at the" before a body's common noun: "A spokesman for | the coast guard"; a body before the role ("A coast guard spokesman") is part of the role. */
const ROLE_FOR_BEFORE = /\s(?:for|at)\s+$/u
const FOR_BODY = String.raw`\s+(?:for|at)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${[...BODY_COMMON_NOUNS].join('|')})`
/** "The mayor of Chicago, ", "The Minister of Foreign Affairs of the Kyrgyz Republic, ", "the Deputy Foreign Minister of Kazakhstan, ", "its spokesman, ", "Iran's foreign minister, ", "A spokeswoman for the Red Cross, ": a one-person role set off by a comma. */
const ROLE_APPOSITIVE = new RegExp(
  String.raw`(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|\b(\p{Lu}[\p{L}.-]*)(?:'s|’s)\s+)((?:[\p{L}-]+\s+){0,2}?)(${ONE_PERSON_ROLES.join('|')})(?:(?:${ofName(false)})*${ofName(true)}|${FOR_BODY})?,\s*$`,
  'u',
)

/** ", a spokeswoman for the ministry,", ", the party's leader,": a one-person role set off by a comma after a name. */
/** Elected members' titles, written in capitals ("the opposition MP"). */
const ELECTED_ABBREVIATIONS = ['MP', 'MEP', 'MSP', 'MLA']
const ROLE_AFTER = new RegExp(String.raw`^,\s+(?:an?|the|its|his|her|their|[\p{Lu}][\p{L}.-]*(?:'s|’s))\s+(?:[\p{Ll}-]+(?:'s|’s)?\s+){0,2}?(${[...ONE_PERSON_ROLES, ...ELECTED_ABBREVIATIONS].join('|')})\b(?!-)`, 'u')

/** Abbreviations of common nouns, written in capitals like a body's acronym: a medium, a device, a measure, a post. */
const COMMON_NOUN_ABBREVIATIONS = new Set(['TV', 'DVD', 'CD', 'PC', 'GPS', 'SUV', 'ATM', 'DNA', 'HIV', 'AIDS', 'GDP', 'VAT', 'AI', 'IQ', 'IVF', 'MRI', 'UFO', 'VIP', 'USB', 'SMS', 'VPN', 'ICU', 'MBA', 'DJ', 'LGBT', 'LGBTQ', 'CEO', 'CFO', 'COO', 'CTO'])

/** A role a person holds at an organisation: a one-person role or an occupation ("chief economist"). */
const AFFILIATED_ROLE = String.raw`(?:${[...ONE_PERSON_ROLES, ...AFFILIATED_OCCUPATIONS.map(rolePattern)].join('|')})`
/** "chief economist at ", "a spokeswoman for the ": one person's role and the preposition before the organisation. */
const ROLE_AT = new RegExp(String.raw`\b${AFFILIATED_ROLE}\s+(?:of|for|at|with|from)\s+(?:the\s+)?$`, 'u')
/** "a spokesman for ": what an organisation follows, or a person ("a spokesman for Clinton"); not "of", which places follow ("the mayor of Roanoke"). */
const ROLE_FOR = new RegExp(String.raw`\b${AFFILIATED_ROLE}s?\s+(?:for|at|with|from)\s+(?:the\s+)?$`, 'u')
/** "analyst at ", "partner with ": what only an organisation follows, never a person ("a spokesman for Jane Doe"). */
const ROLE_AT_WORK = new RegExp(String.raw`\b${AFFILIATED_ROLE}s?\s+(?:at|with)\s+(?:the\s+)?$`, 'u')
/** A name that owns what follows ("chairman of Donald Trump's campaign") or is a place ("chief executive of Little Rock, Arkansas-based Mountaire"). */
const PLACE_OR_OWNER_AFTER = /^[^,]*?(?:['’]s?(?:\s|$)|-based\b|,\s+(?:\p{Lu}[\p{Ll}.]+\s?){1,2}-based\b)/u
/** A title that heads a company or body, then "of": "chief executive of | Morgan Stanley"; what follows is no person, whatever its first word. */
const HEAD_OF = /\b(?:ceo|chief\s+(?:executive|financial|operating)(?:\s+officer)?|chair(?:man|woman|person)?|executive\s+chairman|(?:co-)?founder|president|(?:managing|executive)\s+director)\s+of\s+(?:the\s+)?$/iu
/** What goes from a person's name to the organisation they work for: " of the ", ", chief economist at ", ", who heads the ". */
const NAME_TO_EMPLOYER = new RegExp(String.raw`^(?:\s+of|,\s+(?:(?:an?|the|its|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}?${AFFILIATED_ROLE}\s+(?:of|for|at|with|from)|,\s+who\s+(?:heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|founded|co-founded|represents|represented|(?:speaks|spoke|works|worked)\s+(?:for|at)))\s+(?:the\s+)?$`, 'u')
/** A title that follows the organisation its holder works for ("Acme | CEO John Smith", "Google's | chief executive, Sundar Pichai"). */
const ORGANISATION_TITLE_FIRST = new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,2}?(?:${ORGANISATION_TITLES.map((t) => t.replace(/[ -]/gu, '[\\s-]+')).join('|')})\b`, 'iu')

/** A title an organisation's name comes before, and a name: "Acme | CEO John Smith", "Apple | chief Tim Cook". */
const TITLED_NAME_AFTER = new RegExp(String.raw`^\s+(?:${ORGANISATION_TITLES.flatMap((t) => [rolePattern(t), t.toUpperCase().replace(/ /gu, '\\s+')]).join('|')})\s+\p{Lu}`, 'u')

/** ", a major banking regulator which", ", the country's largest lender,": an organisation noun set off by a comma after a name. */
const ORGANISATION_APPOSITIVE = new RegExp(String.raw`^,\s+(?:an?\s+(?:[\p{L}.'’-]+,\s+){0,3}|the\s+|its\s+)(?:[\p{L}.'’-]+\s+){0,4}?(${ORGANISATION_NOUN_WORDS})(?=\s*[,.;]|\s+(?:that|which|based|in|with|whose)\b)`, 'u')
/** "the grid operator, | KestPower,": an organisation noun after "the", set off by a comma before a lone name and a comma after it. */
const ORGANISATION_APPOSITIVE_BEFORE = new RegExp(String.raw`\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,3}?(${ORGANISATION_NOUN_WORDS}),\s+$`, 'u')
/** Organisation nouns that after a name make a branch of it or a place's ("the Kabul office"), not its own description. */
const BRANCH_NOUNS = new Set(['office', 'mission'])

/** The one-person role a name at `start` stands in apposition to, where that description starts, and the country it names. */
function roleAppositiveBefore(text: string, start: number): NameEvidence['appositive'] {
  const from = Math.max(0, start - 80)
  const m = ROLE_APPOSITIVE.exec(text.slice(from, start))
  if (!m) return undefined
  const [whole, possessor, modifiers = '', role = '', of] = m
  // "The Kyrgyz foreign minister, | Temirlan Asanov": a demonym among the modifiers names the country too.
  const country = [possessor, of, ...modifiers.split(/\s+/u)].map((w) => (w ? gazetteer().byName.get(w)?.country : undefined)).find(Boolean)
  // A possessor that is no country stays a mention of its own ("Merkel's | spokesman, Steffen Seibert").
  const at = possessor && !gazetteer().byName.has(possessor) ? from + m.index + whole.search(/\s/u) + 1 : from + m.index
  return { role: roleNamed(role), start: at, ...(country ? { country } : {}) }
}

/** Classifies a capitalised run: a titled person, an organisation, an acronym or a personal name. */
interface NameEvidence {
  /** The titles that open the run: "Detective Chief Inspector" in "Detective Chief Inspector Sarah Hughes"; "" when none. */
  readonly titles: string
  /** The run is titles and one word the article also writes in lower case ("Executive Order"). */
  readonly titledCommonWord: boolean
  /** A title follows the run: "Federal Reserve | Chair Jerome Powell". */
  readonly beforeTitle: boolean
  /** A lower-case title right before the run: "Apple chief Tim Cook". */
  readonly titleBefore: string | undefined
  /** A role description the run stands in apposition to: "The mayor of Chicago, | Rahm Emanuel,". */
  readonly appositive: { readonly role: string; readonly start: number; readonly country?: string } | undefined
  /** A one-person role set off by a comma after the run: "Jane Smith, | a spokeswoman for the ministry,". */
  readonly roleAfter: string | undefined
  /** One of the run's two last words is written in lower case elsewhere in the article ("Human Rights"). */
  readonly commonWordsAtEnd: boolean
  /** The run opens with a common first name that is not also a place ("Tim", not "Jordan"). */
  readonly firstName: boolean
  readonly sentenceInitialCommonWord: boolean
  readonly surnameRecurs: boolean
  readonly speaks: boolean
  readonly afterPlacePreposition: boolean
  /**
   * After a place preposition the run reads as a person's: "lost to | Carlos Alcaraz", "a letter from | Maria Lopez",
   * "listening to | Michael R. Bloomberg", "lashed out at | Donald Trump" (Trump again later).
   */
  readonly personAfterPreposition: boolean
  /** The run opens a line and a dash follows: a dateline's place ("GENEVA —", "KYIV, Ukraine (AP) —"). */
  readonly dateline: boolean
  /** An organisation noun right before or after the run: "the militant group | Ansar al-Sharia", "the Fox Business | network". */
  readonly organisationNoun: string | undefined
  /** The country of a demonym or country before that noun: "Swedish | truckmaker Nordvik". */
  readonly organisationCountry: string | undefined
  /** What follows the run is said of companies, not people: "'s shares fell". */
  readonly sharesAfter: boolean
  /** "of" and an organisation's name follow the run, which reads as a person's name: "Deven Parekh | of Insight Venture Partners". */
  readonly ofOrganisation: boolean
  /** An age set off by commas follows the run: "Jane Doe, | 71, from Leeds". */
  readonly ageAfter: boolean
  /** "Ciarán Doyle … announced, with …, that he had": a clause of its sentence has "he" or "she" for subject, as a person's report does. */
  readonly heOrSheAfter: boolean
  /** The run is a time zone after a time or a currency code before an amount: "(2042 | GMT)", "9 a.m. | ET", "PLN | 48.6 million". */
  readonly unit: boolean
  /** The run is an organisation noun before a lower-case title: "Company | spokesman Jane Doe". */
  readonly nounBeforeTitle: boolean
  /**
   * Where an organisation stands next to a person's role: "analyst at | Banco Austral", "| Acme CEO John Smith" ('work');
   * "a spokesman for | Acme", which a person may follow too ("a spokesman for | Clinton") ('for');
   * "chief executive of | Morgan Stanley", which no person follows ('head').
   */
  readonly employerSlot: 'head' | 'work' | 'for' | undefined
  /** A noun of residence and a name follow: the run is where the person lives ("Kiah Creek | resident Jane Doe"). */
  readonly residentAfter: boolean
  /** "the village of Brzeg", "the town of Kerrow": the name a settlement is called by is a place's, whatever verb follows it. */
  readonly settlementNamed: boolean
  readonly placeOfPeople: boolean
  /** A lower-case institution noun follows: "the Don Bosco | school". */
  readonly institutionAfter: boolean
  /** An acronym in brackets after it spells its initials: "Sport Integrity Britain | (SIB)", an organisation's. */
  readonly spelledOut: boolean
  /** The run is the last two words of a person's name met before ("Debbie | Wasserman Schultz"). */
  readonly endsPersonName: boolean
}

/** Tokens a name may run on past a lower-case word to reach the acronym in brackets that spells it. */
const ACRONYM_REACH = 10

/** Stock indices named with a number after them ("FTSE 100", "Nikkei 225"). */
const INDEX_BEFORE_NUMBER = /^(?:FTSE|Nikkei|DAX|CAC|Stoxx|ASX|TSX|Russell)$/u

const TIME_ZONE = /^(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT)$/u
/** What a time zone follows: a clock time ("2042", "10:30"), "a.m."/"p.m." or "noon"/"midnight". */
const CLOCK_TIME = /^(?:\d|[ap]\.?m\.?$|noon$|midnight$)/iu

/** ", 71,", ", aged 34,": only people have an age in apposition. */
const AGE_AFTER = /^,\s+(?:aged\s+)?\d{1,3},/u

/** A clause later in the name's sentence, outside quotations, with "he" or "she" for subject ("… announced that he had"). */
const HE_OR_SHE_AFTER = /^[^.!?"“”]*?\b(?:that|and|but)\s+(?:he|she)\s/u
/** Characters after a name that `HE_OR_SHE_AFTER` looks through: about a long sentence. */
const HE_OR_SHE_REACH = 200

/** "Kiah Creek | resident Jane Doe", "Leeds | mother-of-two Jane Doe": a noun saying where a named person lives or comes from. */
/** Nouns for the people of a place, after its name: "Nice residents", "Reading voters", "Bath officials". */
const PEOPLE_OF_PLACE_NOUNS = 'residents|locals|inhabitants|villagers|townspeople|townsfolk|voters|officials|councillors|councilors'
const PEOPLE_OF_PLACE = new RegExp(`^(?:${PEOPLE_OF_PLACE_NOUNS})$`, 'u')
const PEOPLE_OF_PLACE_AFTER = new RegExp(`^\\s+(?:${PEOPLE_OF_PLACE_NOUNS})\\b`, 'u')
/** Words before people that say how many or what kind they are, not where they are from: "Several residents", "Hispanic voters", "Midwestern voters". */
const NOT_A_PLACE_BEFORE_PEOPLE = /^(?:Most|Many|Several|Some|Few|All|Other|Both|More|Fewer|Numerous|Local|Angry|Older|Younger|Young|Elderly|Black|White|Swing|Latino|Latina|Native|Indigenous|Rural|Urban|Senior|Health|Security|Defen[cs]e|Intelligence|Military|Treasury|Justice|State|Federal|Government|Police|Election|City|County|Town|Village)$|(?:ian|ean|an|ese|ic|ish|ern)$/u
const SETTLEMENT_OF_BEFORE = /\b(?:village|town|city|hamlet|township|municipality|commune|district|province|region)\s+of\s+$/u
const RESIDENT_BEFORE_NAME = /^\s+(?:resident|local|native|villager|homeowner|landowner|farmer|shopkeeper|(?:mother|father|grandmother|grandfather)-of-\p{L}+)\s+\p{Lu}/u

/** What a company owns and a person does not: "Morgan Stanley's shares", "said its shareholders". */
const COMPANY_POSSESSION = String.raw`(?:shares|stock|share\s+price|profits?|revenues?|earnings|subsidiary|headquarters|management|shareholders|customers)\b`
/**
 * What follows a company's name and never a person's: "Morgan Stanley's shares fell", "Goldman
 * Sachs shares rose" (shares moving), "Wells Fargo said its shareholders" (a report about what the
 * speaker owns); "its" and "which" alone follow places too.
 */
const SHARES_AFTER = new RegExp(String.raw`^(?:['’]s\s+${COMPANY_POSSESSION}|\s+(?:shares|stock)\s+(?:\p{Ll}+ly\s+)?(?:rose|fell|jumped|climbed|gained|dropped|slid|tumbled|plunged|surged|sank|soared|dipped|rallied|slumped|edged|closed|ended|traded|were|have|had|are)\b|\s+(?:said|says|reported|announced|told)\s+(?:(?:on|late|early)\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?its\s+${COMPANY_POSSESSION})`, 'u')

/** The countries an article names by a gazetteer word of their own (a name, capital, demonym or well-covered subdivision). Pure. */
function countriesNamed(candidates: readonly Candidate[]): Set<string> {
  return new Set(candidates.flatMap((c) => (c.type === 'gazetteer' && c.entry.country ? [c.entry.country] : [])))
}

/**
 * Gives a subdivision back the name a country or capital took where the context shows it (see
 * `subdivisionOverCapital` and `placeInSubdivision`), and with it the country of a titled name
 * right after ("Victoria Premier Daniel Andrews").
 */
function reclaimSubdivisions(found: Candidate[], shadowedAt: (c: Candidate) => GazetteerEntry | undefined, namedElsewhere: ReadonlySet<string>, text: string): void {
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!
    const subdivision = shadowedAt(c)
    if (c.type !== 'gazetteer' || !subdivision || !(subdivisionOverCapital(c.entry, subdivision, namedElsewhere) || placeInSubdivision(found[k - 1], c, subdivision, text) || namedAsSubdivision(found[k - 1], c, subdivision, text))) continue
    found[k] = { ...c, entry: subdivision }
    const next = found[k + 1]
    if ((next?.type === 'name' || next?.type === 'description') && subdivision.country && next.country === c.entry.country && next.span.start - c.span.end <= 3) {
      found[k + 1] = { ...next, country: subdivision.country }
    }
  }
}

/**
 * A subdivision of a well-covered country wins its name from another country's capital that the
 * article names no country of otherwise: "Victoria police" are Australian unless the Seychelles come up. Pure.
 */
function subdivisionOverCapital(entry: GazetteerEntry, subdivision: GazetteerEntry, named: ReadonlySet<string>): boolean {
  return entry.kind === 'capital' && subdivision.country !== undefined && subdivision.country !== entry.country && !named.has(entry.country ?? '')
}

/**
 * "Savannah, Georgia", "Seattle, Washington": after "<place>, " a subdivision wins its name from a
 * country or capital when the place lies in the subdivision's country, or is a seldom-covered region
 * of a third one ("Savannah" is also in Ghana); "Tbilisi, Georgia" stays the country, and so does
 * "Toluca, Mexico", where the state lies in the country of its name. Pure.
 */
function placeInSubdivision(previous: Candidate | undefined, c: Extract<Candidate, { type: 'gazetteer' }>, subdivision: GazetteerEntry, text: string): boolean {
  if (previous?.type !== 'gazetteer' || !/^\s*,\s*$/u.test(text.slice(previous.span.end, c.span.start))) return false
  const place = previous.entry
  const where = subdivision.country ?? subdivision.within
  if (!isPlaceWithin(place) || (c.entry.kind !== 'capital' && c.entry.country === where)) return false
  return place.country !== undefined ? place.country === where : place.within !== c.entry.country
}

/** "Washington state", "New York State": a subdivision called a state after its name. */
const STATE_AFTER = /^\s+[Ss]tate\b/u
/** What joins the last two items of a list: "Hawaii and Washington", "Alaska, or Washington". */
const LIST_JOIN = /^\s*,?\s+(?:and|or)\s+$/u

/**
 * "Washington state", "Alaska, Hawaii and Washington hold caucuses": a subdivision wins its name from
 * a capital when called a state, or when it ends a list after another subdivision of its own country. Pure.
 */
function namedAsSubdivision(previous: Candidate | undefined, c: Extract<Candidate, { type: 'gazetteer' }>, subdivision: GazetteerEntry, text: string): boolean {
  if (STATE_AFTER.test(text.slice(c.span.end, c.span.end + 8))) return true
  return previous?.type === 'gazetteer' && previous.entry.kind === 'region' && subdivision.country !== undefined && previous.entry.country === subdivision.country &&
    LIST_JOIN.test(text.slice(previous.span.end, c.span.start))
}

/** The country of the gazetteer candidate that ends right before `start` ("Iran's …", "Azerbaijan …"), if any: not across a comma or a sentence's end ("in Des Moines. Mrs. Clinton"). */
function countryJustBefore(text: string, start: number, earlier: readonly Candidate[]): string | undefined {
  const prev = earlier[earlier.length - 1]
  return prev?.type === 'gazetteer' && prev.entry.country && /^(?:['’]s)?\s?$/u.test(text.slice(prev.span.end, start)) ? prev.entry.country : undefined
}

function nameCandidate(text: string, run: string, start: number, evidence: NameEvidence, earlier: readonly Candidate[], afterThe: boolean): Candidate | undefined {
  const lower = run.toLowerCase()
  const span = { start, end: start + run.length }
  if (evidence.placeOfPeople) return { type: 'name', span, name: run, kind: 'place', ofPeople: true }
  if (evidence.settlementNamed) return { type: 'name', span, name: run, kind: 'place' }
  if (evidence.sentenceInitialCommonWord || evidence.unit || evidence.nounBeforeTitle) return undefined
  if (ROLE_WORDS.has(lower)) {
    // "the Interior Ministry", "Poland's Foreign Ministry", "the Prime Minister", "the Head of State": an institution or an office written with capitals is still a description.
    if (!(INSTITUTION_ROLES.has(lower) || PERSON_ROLES.has(lower)) || !/\s/u.test(lower)) return undefined
    const country = countryJustBefore(text, start, earlier)
    return { type: 'description', span, role: lower, ...(country ? { country } : {}) }
  }
  const straddled = (at: number): boolean => earlier.some((e) => e.type === 'name' && e.span.start < at && e.span.end > at)
  if (evidence.titles) {
    const name = run.slice(evidence.titles.length).trim()
    const organisation = isOrganisationWord(name)
    // "the Chief Inspector said": titles of several words with no name after them describe someone (a lone "Pope" is read below).
    if (name === '' && /\s/u.test(run)) {
      const role = roleOfTitles(evidence.titles)
      return role ? { type: 'description', span, role } : undefined
    }
    // "Minister for Work Zuhal Demir", "Director of National Intelligence James Clapper": a portfolio, then the
    // name, told from a portfolio's last words ("Commissioner for Human Rights") by a first name or words never written in lower case.
    const portfolio = PORTFOLIO_THEN_NAME.exec(name)
    if (portfolio && !organisation && (isFirstName(portfolio[1]!) || !evidence.commonWordsAtEnd)) {
      const role = roleOfTitles(evidence.titles)
      return { type: 'name', span, name: `${portfolio[1]} ${portfolio[2]}`, kind: 'person', ...(role ? { role } : {}) }
    }
    // "the King James Bible", "King George Street", "the Queen Elizabeth Prize": a work or a place named after a sovereign or a saint, no person.
    const lastNameWord = /\s(\S+)$/u.exec(name)?.[1]
    if (lastNameWord && NAMESAKE_TITLES.test(evidence.titles.trim())) {
      if (NAMED_WORKS.test(lastNameWord)) return undefined
      if (PLACE_NOUNS.test(lastNameWord) || NAMED_BUILDINGS.test(lastNameWord)) return { type: 'name', span, name: run, kind: 'place' }
    }
    // "General Motors", "Justice Department", "Executive Order": a title word opening an organisation's name or a common noun phrase.
    if (/^\p{Lu}/u.test(name) && !organisation && !evidence.titledCommonWord) {
      const prev = earlier[earlier.length - 1]
      // "Azerbaijan President Ilham Aliyev" / "Iran's President Ebrahim Raisi": the country right before the title.
      const country = countryJustBefore(text, start, earlier)
      const role = roleOfTitles(evidence.titles)
      // "A coast guard spokesman, Commander Marco Rinaldi,": the role set off before the titled name is the same person's, and says what they do there.
      const { appositive } = evidence
      if (!country && appositive && !straddled(appositive.start)) {
        return { type: 'name', span: { start: appositive.start, end: span.end }, name, kind: 'person', role: appositive.role, ...(appositive.country ? { country: appositive.country } : {}) }
      }
      const fullSpan = country && prev ? { start: prev.span.start, end: span.end } : span
      return { type: 'name', span: fullSpan, name, kind: 'person', ...(role ? { role } : {}), ...(country ? { country } : {}) }
    }
  }
  if (evidence.dateline) return { type: 'name', span, name: run, kind: 'place' }
  const lastRunWord = /\s(\S+)$/u.exec(run)?.[1]
  if (lastRunWord && POST_NOMINAL.test(lastRunWord) && /\s\S+\s/u.test(run)) return nameCandidate(text, run.slice(0, run.length - lastRunWord.length).trimEnd(), start, evidence, earlier, afterThe)
  const noun = evidence.organisationNoun ?? (evidence.sharesAfter ? 'company' : undefined)
  const country = evidence.organisationCountry
  const words = run.split(/\s+/u)
  // "Nordvik AB", "Siemens AG": a legal form ends a company's name, which the article may then use without it.
  const legalForm = words.length > 1 && COMPANY_SUFFIX.test(words[words.length - 1]!)
  const organisation = legalForm ? words.slice(0, -1).join(' ') : run
  if (noun || legalForm) return { type: 'name', span, name: organisation, kind: 'organisation', ...(noun ? { noun } : {}), ...(country ? { country } : {}) }
  // "an Executive Order", "the Fire Safety Order", "Law and Order": a name ending in "Order" is a law or a work; a body's Order has "of" after it ("Order of Malta").
  if (words[words.length - 1] === 'Order') return undefined
  // "Johnson & Johnson", "Procter & Gamble": an ampersand joins the names of a firm's founders, never a person's.
  if (ORGANISATION_WORDS.test(run) || (/\s/u.test(run) && ORGANISATION_HEADS.test(run)) || INNER_PREPOSITION.test(run) || /\s&\s/u.test(run) || OWNED_BODY.test(run) || sportsBodyName(words) || (evidence.spelledOut && !evidence.firstName)) {
    // "the U.S. Food and Drug Administration", "Germany's Federal Cartel Office": the country's body.
    const country = countryJustBefore(text, start, earlier)
    return { type: 'name', span, name: run, kind: 'organisation', ...(country ? { country } : {}) }
  }
  // "the opposition MP": a member's title, no organisation.
  if (ELECTED_ABBREVIATIONS.includes(run)) return undefined
  // "a reality TV show", "his DNA", "a CEO": an abbreviation of a common noun names no body.
  if (ACRONYM.test(run)) return COMMON_NOUN_ABBREVIATIONS.has(run) ? undefined : { type: 'name', span, name: run, kind: 'organisation' }
  if (words.length > 1 && words.some((w) => PARTY_WORDS.test(w))) return undefined
  // "Goldman Sachs Chief Executive Lloyd Blankfein": words before a person's title name where they work, as do words after "analyst at" ("Banco Austral").
  if (words.length > 1 && words.length <= 4 && (evidence.beforeTitle || evidence.employerSlot === 'head' || (evidence.employerSlot === 'work' && !evidence.firstName))) return { type: 'name', span, name: run, kind: 'organisation' }
  // "Essential Energy", "Thames Water": a word of a company's line of business ends its name, when no first name opens it ("Samantha Power"); "the company" stands for it.
  if ((words.length === 2 || words.length === 3) && !evidence.firstName && words.every((w) => /^\p{Lu}/u.test(w)) && BUSINESS_TAIL.test(words[words.length - 1]!)) return { type: 'name', span, name: run, kind: 'organisation', noun: 'company' }
  // "New York City", "Orange County": a place noun ends a place's name, never a person's.
  // After a known first name it is a person all the same ("Kari Lake", "Fiona Hill").
  const lastWord = words[words.length - 1]!
  // "analyst at Acme", "Acme CEO John Smith": a lone word names where a person works, unless it is someone's surname (see `resolve`).
  if (words.length === 1 && evidence.employerSlot) return { type: 'name', span, name: run, kind: 'place', speaks: evidence.speaks, afterThe, employs: true }
  if (words.length > 1) {
    // "the Autumn Statement", "the Faith Schools Act", "the Rose Garden", "Associated Newswire": a name ending in a work, a law, a building
    // or an outlet's word is no person's, even after a first name.
    if (NAMED_WORKS.test(lastWord)) return undefined
    // Not a building word that is also a common surname ("Jerry Hall"), which only a sovereign's or saint's title makes a building's.
    if (NAMED_BUILDINGS.test(lastWord) && !SURNAME_BUILDINGS.test(lastWord)) return { type: 'name', span, name: run, kind: 'place' }
    if (OUTLET_HEADS.test(lastWord)) return { type: 'name', span, name: run, kind: 'organisation' }
    // "the Don Bosco school": the name the institution after it is named for.
    if (afterThe && evidence.institutionAfter) return { type: 'name', span, name: run, kind: 'organisation' }
  }
  // "lost to Carlos Alcaraz", "a letter from Maria Lopez": after a place preposition and with a cue for a person, a first name and a surname are a person's;
  // else a place's ("flew to Alice Springs", "massed near Hassan Abdal").
  const placeAfterPreposition = evidence.afterPlacePreposition &&
    !(evidence.personAfterPreposition && evidence.firstName && words.length > 1 && !PLACE_NOUNS.test(lastWord))
  if (placeAfterPreposition || evidence.residentAfter || (words.length > 1 && (PLACE_ONLY_NOUNS.test(lastWord) || (PLACE_NOUNS.test(lastWord) && !evidence.firstName)))) return { type: 'name', span, name: run, kind: 'place' }
  // "North American", "Latin American": a run ending in a demonym is an adjective, not a person's name ("David French" is).
  if (words.length > 1 && (!evidence.firstName || REGION_ADJECTIVES.test(words[0]!)) && gazetteer().byName.get(lastWord)?.kind === 'demonym') return undefined
  // Untitled personal names need more than capitals: a title before them in lower case, a common
  // first name, the surname used again, or the name speaking. Middle initials are allowed ("George W. Bush").
  // A generational suffix makes a name of even a lone surname ("Trump Jr.").
  const { words: core, suffix } = personNameParts(run)
  // A numeral closes a person's name only after a first name ("Charles Elliott III", not "World War II").
  if (/^I/u.test(suffix) && !evidence.firstName) return undefined
  if (/^[JS]r$/u.test(suffix) && core.length === 1 && /^\p{Lu}[\p{Ll}'’-]+$/u.test(core[0]!)) return { type: 'name', span, name: run, kind: 'person' }
  // "Exxon Mobil", "Goldman Sachs": two words of the companies' word class, neither a first name nor an acronym
  // ("AG Lynch"), name a company, unless they end a person's name met before ("Debbie Wasserman Schultz").
  if (words.length === 2 && !evidence.firstName && words.every((w) => !ACRONYM.test(w) && companyWord(w.toLowerCase())) &&
    !evidence.endsPersonName) return { type: 'name', span, name: run, kind: 'organisation', noun: 'company' }
  // A capital after a hyphen is a surname's ("Okonjo-Iweala") or a first name's ("Jean-Claude"), not a name's like "Trans-Pacific Partnership".
  const personShape = core.length >= 2 && core.length <= 4 && NAME_WORD.test(core[core.length - 1]!) &&
    core.every((w, k) => (NAME_WORD.test(w) && (k === core.length - 1 || !/-\p{Lu}/u.test(w) || isFirstName(w.split('-')[0]!))) || /^\p{Lu}\.$/u.test(w))
  // The description after it then names this person ("a spokeswoman" is the last person with that role).
  if (personShape && evidence.roleAfter) return { type: 'name', span, name: run, kind: 'person', role: evidence.roleAfter }
  // The mention spans the title too, so "spokesperson" in "company spokesperson Erik Hallberg" is not a description of its own.
  if (personShape && evidence.titleBefore) return { type: 'name', span: { start: start - evidence.titleBefore.length - 1, end: span.end }, name: run, kind: 'person', role: evidence.titleBefore }
  // The mention spans the description too, so "the mayor" is not left as an actor of its own.
  // Not from inside a name that runs into the description ("Ms. Yellen The Federal Reserve | chairwoman, Janet Yellen").
  if (personShape && evidence.appositive && !straddled(evidence.appositive.start)) return { type: 'name', span: { start: evidence.appositive.start, end: span.end }, name: run, kind: 'person', role: evidence.appositive.role, ...(evidence.appositive.country ? { country: evidence.appositive.country } : {}) }
  if (personShape && (evidence.firstName || evidence.surnameRecurs || evidence.speaks || evidence.ofOrganisation || evidence.ageAfter || evidence.heOrSheAfter)) return { type: 'name', span, name: run, kind: 'person' }
  // A lone word: resolved later against the people already named (a surname), else kept only
  // when it speaks somewhere in the article.
  if (words.length === 1) return { type: 'name', span, name: run, kind: 'place', speaks: evidence.speaks, afterThe }
  return undefined
}

/**
 * Whether `acronym` is made of the initials of `name`'s capitalised words, with or without its
 * lower-case ones, connectors aside: "Sport Integrity Britain" (SIB), "Medicines and Healthcare products Regulatory Agency" (MHRA). Pure.
 */
function spellsAcronym(name: string, acronym: string | undefined): boolean {
  if (acronym === undefined) return false
  const words = name.split(/\s+/u).filter((x) => !CONNECTORS.has(x.toLowerCase()))
  const initials = (all: boolean): string => words.filter((x) => all || /^\p{Lu}/u.test(x)).map((x) => x[0]!.toUpperCase()).join('')
  return words.length > 1 && (initials(false) === acronym || initials(true) === acronym)
}

/** An acronym in brackets right after a name: "Sport Integrity Britain (SIB)". */
const ACRONYM_AFTER = /^\s*\((\p{Lu}{2,6})\)/u

/** A country, a nation in it ("England") or a demonym: what a national sports body is named with. Pure. */
function nationEntry(entry: GazetteerEntry | undefined): boolean {
  return entry?.kind === 'country' || entry?.kind === 'demonym' || (entry?.kind === 'region' && !!entry.country)
}

/** Adjectives of nations inside a country, which the gazetteer does not hold as demonyms. */
const HOME_NATIONS = /^(?:English|Scottish|Welsh)$/u

/** "British Athletics", "Cricket Australia", "USA Gymnastics": a nation and a sport, in either order, name a sports body. Pure. */
function sportsBodyName(words: readonly string[]): boolean {
  if (words.length !== 2) return false
  const [first = '', second = ''] = words
  const nation = (w: string): boolean => HOME_NATIONS.test(w) || nationEntry(gazetteer().byName.get(w))
  return (nation(first) && SPORTS.test(second)) || (SPORTS.test(first) && nation(second))
}

/** Bodies and houses named after their members, a saint or a founder with "'s" ("Fishermen's Club", "St Mary's Hospital", "Farmers' Association"). */
const BODIES_NAMED_FOR_OWNER = 'Club|Association|Society|Guild|Lodge|Hotel|Inn|Hall|Church|Cathedral|Chapel|Hospital|School|College|Home|Trust|League|Union'
const NAMED_FOR_OWNER = new RegExp(`^(?:${BODIES_NAMED_FOR_OWNER})$`, 'u')
/** A name that ends in such a body after "'s": "Eden Fishermen's Club". */
const OWNED_BODY = new RegExp(`['’]s?\\s(?:${BODIES_NAMED_FOR_OWNER})$`, 'u')

/** Lines of business that end a company's name ("Origin Energy", "Kraft Foods"), and also some people's surnames ("Samantha Power"). */
const BUSINESS_TAIL = /^(?:Minerals|Mining|Metals|Energy|Power|Water|Gas|Electric|Electricity|Oil|Foods|Health|Healthcare|Insurance|Resources|Utilities|Solutions|Steel|Chemicals|Telecoms?|Airlines|Airways|Motors|Media|Holdings|Systems|Technologies|Labs|Software|Networks|Lines|Logistics)$/u

/** A capitalised preposition inside a short name, which no person's name has: "Doctors Without Borders", "Mothers Against Drunk Driving" (not a headline's "Senator Comes Out Against Trade Deal"). */
const INNER_PREPOSITION = /^\S+(?:\s\S+)?\s(?:Without|Against|Beyond|Across)\s\p{Lu}\S*(?:\s\p{Lu}\S*)?$/u

/**
 * Keeps the longest candidate where candidates overlap; names and gazetteer hits beat descriptions
 * of the same length, except a lone capitalised word ("Aides said" is a description).
 */
function dropOverlaps(candidates: Candidate[], text: string): Candidate[] {
  const rank = (c: Candidate): number => (c.type === 'description' ? 0 : c.type === 'name' && c.speaks !== undefined ? -1 : 1)
  const sorted = [...candidates].sort((a, b) => a.span.start - b.span.start || (b.span.end - b.span.start) - (a.span.end - a.span.start) || rank(b) - rank(a))
  const kept: Candidate[] = []
  for (const c of sorted) {
    const prev = kept[kept.length - 1]
    // "Egyptian leader | leader Al Sisi": a name after a lower-case title that a description ends with takes the description in, with its country.
    if (prev?.type === 'description' && c.type === 'name' && c.kind === 'person' && c.span.start < prev.span.end && c.span.end > prev.span.end && /^\p{Ll}/u.test(text.slice(c.span.start, prev.span.end))) {
      const country = c.country ?? prev.country
      kept[kept.length - 1] = { ...c, span: { start: prev.span.start, end: c.span.end }, ...(country ? { country } : {}) }
      continue
    }
    if (prev && c.span.start < prev.span.end) {
      // A titled name that swallowed its country keeps the country as a separate mention too, and a
      // person's name that swallowed the role before it the organisation of the role ("a spokeswoman for | the Red Cross, | Jane Doe").
      if ((c.type === 'gazetteer' || (prev.type === 'name' && prev.kind === 'person' && ((c.type === 'name' && c.kind === 'organisation') || (c.type === 'description' && BODY_COMMON_NOUNS.has(c.role) && ROLE_FOR_BEFORE.test(text.slice(prev.span.start, c.span.start)))))) && prev.type === 'name') kept.push(c)
      // "Paris residents": the people of a place keep the place as a mention of its own.
      else if (prev.type === 'description' && c.span.start === prev.span.start && PEOPLE_OF_PLACE.test(prev.role) && isPlaceOfPeople(c)) kept.push(c.type === 'gazetteer' ? { ...c, asPlace: true } : c)
      else if (prev.type === 'gazetteer' && c.type === 'name' && c.span.end > prev.span.end) kept.push(c)
      continue
    }
    kept.push(c)
  }
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
}

/** A town, city or region named before its people: "Paris residents", "Nice voters". Pure. */
function isPlaceOfPeople(c: Candidate): boolean {
  return (c.type === 'gazetteer' && (c.entry.kind === 'city' || c.entry.kind === 'capital' || c.entry.kind === 'region')) || (c.type === 'name' && c.kind === 'place')
}

/**
 * A word of a person's name: capitalised, with an inner capital only after a surname prefix or an
 * apostrophe ("McConnell", "O'Connell"), hyphenated parts ("Okonjo-Iweala"), and lower-case
 * particles before it ("van der Plas", "al-Assad").
 */
const NAME_WORD = /^(?:\p{Ll}+(?: |-(?=\p{Lu})))*(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u

/**
 * A person's name as its words without a generational suffix, and the suffix ("" when none; "Jr" for "Jr.").
 * Lower-case particles go with the word after them: "Erik ten Hag" is "Erik" and "ten Hag". Pure.
 */
export function personNameParts(name: string): { readonly words: string[]; readonly suffix: string } {
  const words = name.split(/\s+/u).reduceRight<string[]>((out, w) => {
    if (out.length > 0 && NAME_PARTICLES.has(w)) out[0] = `${w} ${out[0]}`
    else out.unshift(w)
    return out
  }, [])
  const last = words[words.length - 1] ?? ''
  return words.length > 1 && NAME_SUFFIX.test(last) ? { words: words.slice(0, -1), suffix: last.replace(/\.$/u, '') } : { words, suffix: '' }
}

/** The surname a person is called by alone: "Trump" for "Donald Trump" and for "Donald Trump Jr.". Pure. */
export function surnameOf(name: string): string {
  const { words } = personNameParts(name)
  return words[words.length - 1] ?? name
}

/** A surname as compared with another: case and leading particles aside ("van der Plas" ~ "Van der Plas", "al-Assad" ~ "Assad"). Pure. */
export function surnameKey(surname: string): string {
  return surname.toLowerCase().replace(PARTICLES_BEFORE, '')
}
const PARTICLES_BEFORE = new RegExp(`^(?:(?:${[...NAME_PARTICLES].join('|')})[ -])+(?=\\p{L})`, 'u')

/**
 * Whether two names of people name the same person: the same surname, and no two different first
 * names ("Loretta Lynch" ~ "Loretta E. Lynch" ~ "Lynch"; "Hillary Clinton" ≁ "Bill Clinton"; a familiar form is
 * its formal name: "Dick Durbin" ~ "Richard J. Durbin"), nor
 * two different suffixes ("Donald Trump" ≁ "Donald Trump Jr."; a lone "Trump" may be either). Pure.
 */
export function samePerson(a: string, b: string): boolean {
  const x = personNameParts(a)
  const y = personNameParts(b)
  const [sx, sy] = [surnameKey(x.words[x.words.length - 1] ?? ''), surnameKey(y.words[y.words.length - 1] ?? '')]
  if (sx !== sy) return false
  // "Ten Hag" alone is the surname of "Erik ten Hag".
  const bare = (p: typeof x): boolean => (p.words.length === 1 || surnameKey(p.words.join(' ')) === sx) && !p.suffix
  if (x.suffix !== y.suffix && !bare(x) && !bare(y)) return false
  if (bare(x) || bare(y) || x.words.length === 1 || y.words.length === 1) return true
  const [fx = '', fy = ''] = [x.words[0], y.words[0]]
  // An initial agrees with any first name it starts ("J. Smith" ~ "John Smith").
  return sameFirstName(fx, fy) || (/^\p{Lu}\.$/u.test(fx) && fy.startsWith(fx[0]!)) || (/^\p{Lu}\.$/u.test(fy) && fx.startsWith(fy[0]!))
}

/**
 * Every surname the article gives a person's full name with: the full name's candidate when it
 * names one person, null when it names several ("Donald Trump", "Melania Trump"). Pure.
 */
function fullNamesBySurname(candidates: readonly Candidate[]): Map<string, Extract<Candidate, { type: 'name' }> | null> {
  const bySurname = new Map<string, Extract<Candidate, { type: 'name' }> | null>()
  for (const c of candidates) {
    if (c.type !== 'name' || c.kind !== 'person' || !/\s/u.test(c.name)) continue
    const surname = surnameKey(surnameOf(c.name))
    const known = bySurname.get(surname)
    if (known === undefined) bySurname.set(surname, c)
    else if (known !== null && !samePerson(known.name, c.name)) bySurname.set(surname, null)
  }
  return bySurname
}

/**
 * What a lone capitalised word that speaks names, when no person named in full has it: news calls
 * well-known people by surname alone ("Sanders said"), so a person, unless it reads as a group
 * ("Democrats say", "Mormons"), a company ("Apple said", "EgyptAir said") or speaks with "the"
 * ("the Commission said"; but "the Speaker said", "the Pope said" are people in office).
 * Groups and companies are told by their word class (branches named by "voters" and "company";
 * prices and amounts share the business branch but name no one: "Pence").
 */
export function loneSpeakerKind(word: string, afterThe: boolean): ActorKind {
  const lower = word.toLowerCase()
  if (afterThe && (TITLE_SET.has(lower) || PERSON_ROLES.has(lower))) return 'person'
  if (GROUP_ENDING.test(word) || sameWordClass(lower, 'voters', 0)) return 'group'
  return afterThe || companyWord(lower) || (BRAND_SHAPE.test(word) && !SURNAME_SHAPE.test(word)) ? 'organisation' : 'person'
}

/** Whether a lower-cased word falls in the word class of companies ("netflix"), not of prices and amounts, which share its branch. */
function companyWord(lower: string): boolean {
  return sameWordClass(lower, 'company', 0) && !sameWordClass(lower, 'percent', 1) && !sameWordClass(lower, 'million', 1)
}

/** The usual gender of a named person's first name ("Hillary Clinton" → f); none for a lone surname. */
export function nameGender(person: Actor): 'f' | 'm' | undefined {
  const words = person.name.split(/\s+/u)
  return words.length > 1 ? firstNameGender(words[0]!) : undefined
}

/** Titles that show a person's gender: Mr. for a man; Ms., Mrs., Miss, Madam for a woman. */
const GENDERED_TITLE = /\b(Mr|Mister|Mrs|Ms|Miss|Madam)\b\.?\s*(?:\p{Lu}|$)/u

/** The gender a title just before or opening a mention shows ("Mr Ross", "Ms. Cordova"), if any. Pure. */
function titleGender(text: string, span: Span): 'f' | 'm' | undefined {
  const title = GENDERED_TITLE.exec(text.slice(Math.max(0, span.start - 6), Math.min(span.end, span.start + 6)))
  return title ? (/^m(?:r|ister)\b/iu.test(title[1]!) ? 'm' : 'f') : undefined
}

function resolve(text: string, seg: Segmentation, candidates: readonly Candidate[]): MentionLayer {
  const gaz = gazetteer()
  const named = countriesNamed(candidates)
  const actors: Actor[] = []
  const mentions: Mention[] = []
  const byKey = new Map<string, Actor>()
  // People mentioned outside quotes, most recent last, and their gender when a title or pronoun showed it.
  const recent: Actor[] = []
  const gender = new Map<string, 'f' | 'm'>()
  const genderOf = (p: Actor): 'f' | 'm' | undefined => gender.get(p.id) ?? nameGender(p)
  // Named people (not "the assailant"), in order of first mention, and by surname: kept as actors are made, not filtered per candidate.
  const persons: Actor[] = []
  const personsBySurname = new Map<string, Actor[]>()
  const withSurname = (word: string): readonly Actor[] => personsBySurname.get(surnameKey(word)) ?? []
  const organisationsByFirstWord = new Map<string, Actor | null>()
  const actor = (key: string, make: () => Omit<Actor, 'id' | 'aliases'>): Actor => {
    let found = byKey.get(key)
    if (!found) {
      found = { id: `m${actors.length + 1}`, aliases: [], ...make() }
      actors.push(found)
      byKey.set(key, found)
      // A role-only person ("the mayor of Roanoke") has no surname.
      if (found.kind === 'person' && !ACT_ROLES.has(found.role ?? '') && !key.startsWith('role:')) {
        persons.push(found)
        const surname = surnameKey(surnameOf(found.name))
        const namesakes = personsBySurname.get(surname)
        if (namesakes) namesakes.push(found)
        else personsBySurname.set(surname, [found])
      }
      // "Meridian Health … Meridian said": news shortens a two-word company name to its first word, when
      // that is no party or place word ("Republican Party", "European Union"); null when two share it.
      const first = shortenedFirstWord(found.name)
      if (found.kind === 'organisation' && key.startsWith('org:') && first) organisationsByFirstWord.set(first, organisationsByFirstWord.has(first) ? null : found)
    }
    return found
  }
  const alias = (a: Actor, surface: string): void => {
    const clean = surface.replace(/^(?:the|a|an|his|her|its|their)\s+/iu, '').replace(/\s+/gu, ' ').trim()
    if (clean !== a.name && !a.aliases.includes(clean)) (a.aliases as string[]).push(clean)
  }
  const fullNameLater = fullNamesBySurname(candidates)
  const personNamed = (c: Extract<Candidate, { type: 'name' }>): Actor =>
    actor(`person:${c.name}`, () => ({ name: c.name, kind: 'person', ...(c.role ? { role: c.role } : {}), ...(c.country ? { country: c.country } : {}) }))
  // "Meridian Health … Meridian said": news shortens a two-word company name to its first word, when
  // that is no party or place word ("Republican Party", "European Union"). The word, or undefined.
  function shortenedFirstWord(name: string): string | undefined {
    const [first, second, ...rest] = name.split(/\s+/u)
    return second && rest.length === 0 && !isOrganisationWord(first!) && !PARTY_WORDS.test(first!) && !gaz.byName.has(first!) ? first : undefined
  }
  // A headline's "Orvex to cut jobs" before the body's "Orvex Motors": the one two-word organisation named anywhere with that first word.
  const anywhereByFirstWord = new Map<string, string | null>()
  for (const c of candidates) {
    if (c.type !== 'name' || c.kind !== 'organisation') continue
    const first = shortenedFirstWord(c.name)
    if (first && anywhereByFirstWord.get(first) !== c.name) anywhereByFirstWord.set(first, anywhereByFirstWord.has(first) ? null : c.name)
  }
  // The one two-word organisation named before with `name` as its first word, else named later, which `name` then names wherever it stands alone.
  const shortenTo = (name: string): Actor | undefined => {
    const later = anywhereByFirstWord.get(name)
    const shortened = organisationsByFirstWord.get(name) ?? (later ? actor(`org:${later}`, () => ({ name: later, kind: 'organisation' })) : undefined)
    if (shortened) byKey.set(`org:${name}`, shortened)
    return shortened
  }
  // "Meridian said", "Cardell CEO Laura Brennecke": a lone word that speaks or employs someone shortens that organisation.
  const shortenedOrganisation = (c: Extract<Candidate, { type: 'name' }>): Actor | undefined => speakingWords.has(c.name) || c.employs ? shortenTo(c.name) : undefined
  const mentionCount = new Map<string, number>()
  // Lone capitalised words that speak somewhere ("Sanders said"), and those that speak after "the" ("the Commission said").
  const loneWords = candidates.filter((c): c is Extract<Candidate, { type: 'name' }> => c.type === 'name' && c.kind === 'place' && c.speaks !== undefined)
  const speakingWords = new Set(loneWords.filter((c) => c.speaks).map((c) => c.name))
  const theWords = new Set(loneWords.filter((c) => c.afterThe && c.speaks).map((c) => c.name))
  const organisationWords = new Set(candidates.flatMap((c) => (c.type === 'name' && c.kind === 'organisation' && !/\s/u.test(c.name) ? [c.name] : [])))
  const context: DescriptionContext = { recent: [], appositive: undefined, setOff: false, asideClosed: false, indefiniteAside: false, affiliation: new Map(), office: new Map(), describedAs: new Map() }
  const recentActors = context.recent as Actor[]
  // "the Commission" after "the European Commission": one organisation word alone is the last organisation it heads.
  // Not a headline's Title-Case run ("Last State Of The Union"), which capitalises its connectors.
  const headedOrganisation = (word: string): Actor | undefined => !isOrganisationWord(word) || /\s/u.test(word) ? undefined
    : recentActors.findLast((a) => a.kind === 'organisation' && a.name !== word && !/\s(?:Of|The|For|And)\s/u.test(a.name) && organisationHead(a.name) === word.toLowerCase())

  for (const c of candidates) {
    const surface = text.slice(c.span.start, c.span.end)
    let target: Actor | undefined
    let how: Mention['how'] = 'name'
    if (c.type === 'gazetteer') {
      const { entry } = c
      // A one-word name that is the surname of someone already named is that person, unless it reads
      // as a place ("Anders Fogh Rasmussen … Rasmussen said", "Lewis Hamilton … Hamilton said", but "in Jordan").
      const namesake = !/\s/u.test(surface) && !c.afterPreposition && entry.kind !== 'demonym' ? withSurname(surface)[0] : undefined
      if (namesake) target = namesake
      else if (entry.kind === 'organisation') target = actor(`org:${entry.name}`, () => ({ name: entry.name, kind: 'organisation', ...(entry.country ? { country: entry.country } : {}) }))
      else if (entry.kind === 'region' || entry.kind === 'city' || (entry.kind === 'capital' && c.asPlace)) {
        const country = countryNamedBy(entry, named)
        target = actor(`place:${entry.name}`, () => ({ name: entry.name, kind: 'place', ...(country ? { country } : {}) }))
      }
      else if (entry.kind === 'demonym' && (entry.people === 'many' || (/s$/u.test(surface) && surface !== entry.name))) {
        target = actor(`people:${entry.country}`, () => ({ name: surface, kind: 'group', ...(entry.country ? { country: entry.country } : {}) }))
      } else if (c.national) {
        // Known only by nationality, like "the assailant" by the act: kept out of the named people a surname can match.
        target = actor(`role:${entry.country}:national`, () => ({ name: `the ${surface}`, kind: 'person', ...(entry.country ? { country: entry.country } : {}) }))
        how = 'description'
      } else {
        const code = entry.country ?? entry.name
        target = actor(`country:${code}`, () => ({ name: gaz.countryName.get(code) ?? entry.name, kind: 'country', country: code }))
      }
      if (how !== 'description') how = namesake ? 'name' : entry.kind === 'demonym' ? 'demonym' : 'gazetteer'
    } else if (c.type === 'name') {
      if (c.kind === 'person') {
        const namesakes = withSurname(surnameOf(c.name)).filter((p) => p.name === c.name || samePerson(p.name, c.name))
        // "Amira Haddad … her brother Karim Haddad … Mr Haddad": a title of the other gender than the first namesake's picks the latest one it fits, known then unknown.
        const titled = titleGender(text, c.span)
        const first = namesakes[0]
        const other = titled && first && genderOf(first) !== undefined && genderOf(first) !== titled
        target = (other ? namesakes.findLast((p) => genderOf(p) === titled) ?? namesakes.findLast((p) => genderOf(p) === undefined) : undefined) ?? first ?? personNamed(c)
        how = c.role ? 'title' : 'name'
      } else if (c.kind === 'place') {
        // A lone capitalised word: the surname of the person mentioned most so far with it (news
        // calls the main one by surname, relatives by first name), or of the one person the article
        // names in full later (a headline's "Trump:"), else, when it speaks, an actor of its own.
        // "Trump" alone is Donald Trump rather than Donald Trump Jr., who is called by his suffix.
        const bySurname = withSurname(c.name)
        const unsuffixed = bySurname.filter((p) => !personNameParts(p.name).suffix)
        // "Belic himself": a reflexive after it shows whose surname it is, the husband's rather than his wife's.
        const reflexive = /^\s+(him|her)self\b/iu.exec(text.slice(c.span.end, c.span.end + 9))?.[1]?.toLowerCase()
        const wanted = reflexive === 'him' ? 'm' : reflexive === 'her' ? 'f' : undefined
        const named = (unsuffixed.length > 0 ? unsuffixed : bySurname).filter((p) => !wanted || (genderOf(p) ?? wanted) === wanted)
        const later = fullNameLater.get(surnameKey(c.name))
        target = named.reduce<Actor | undefined>((best, p) => (!best || (mentionCount.get(p.id) ?? 0) > (mentionCount.get(best.id) ?? 0) ? p : best), undefined) ??
          // "Nordvik AB … Nordvik": an organisation already named by that word, or by its first word ("Meridian Health … Meridian").
          byKey.get(`org:${c.name}`) ?? shortenedOrganisation(c) ??
          // "Brightwater's debt … Brightwater's shares closed": a word the article shows elsewhere to name an organisation names it here too.
          (organisationWords.has(c.name) ? shortenTo(c.name) ?? actor(`org:${c.name}`, () => ({ name: c.name, kind: 'organisation' })) : undefined) ??
          persons.find((p) => p.name.split(/\s+/u)[0] === c.name) ??
          (later ? personNamed(later) : undefined) ??
          // "analyst at Acme", "Acme CEO John Smith": where a person works.
          (c.employs ? actor(`org:${c.name}`, () => ({ name: c.name, kind: 'organisation' })) : undefined) ??
          // A surname some full name in the article carries is never a lone speaker of its own ("Trump" beside "Donald Trump" and "Melania Trump").
          (speakingWords.has(c.name) && !fullNameLater.has(surnameKey(c.name)) ? actor(`lone:${c.name}`, () => ({ name: c.name, kind: loneSpeakerKind(c.name, theWords.has(c.name)) })) : undefined) ??
          // "the Center for Jewish History … the Center": an organisation's head word after "the" is that organisation.
          (c.afterThe ? headedOrganisation(c.name) : undefined) ??
          // "Nice residents": the place its people are of.
          (c.ofPeople ? actor(`place:${c.name}`, () => ({ name: c.name, kind: 'place' })) : undefined)
        if (!target) continue
      } else {
        // "The Garment Manufacturers and Exporters Association (BGMEA)": an acronym in brackets right after an organisation's name is that organisation.
        const previous = mentions[mentions.length - 1]
        const expanded = previous && ACRONYM.test(c.name) && /^\s*\($/u.test(text.slice(previous.span.end, c.span.start)) && text[c.span.end] === ')' ? recentActors[recentActors.length - 1] : undefined
        if (expanded?.kind === 'organisation' && !byKey.has(`org:${c.name}`)) byKey.set(`org:${c.name}`, expanded)
        // "the Indian Space Research Organisation … ISRO": an acronym of the capitals of an organisation named before is that organisation.
        const spelled = ACRONYM.test(c.name) && !byKey.has(`org:${c.name}`) ? actors.findLast((a) => a.kind === 'organisation' && spellsAcronym(a.name, c.name)) : undefined
        if (spelled) byKey.set(`org:${c.name}`, spelled)
        const headed = expanded || byKey.has(`org:${c.name}`) ? undefined : headedOrganisation(c.name)
        if (headed) byKey.set(`org:${c.name}`, headed)
        // "Veltrane Pharma … Veltrane": a lone word shortens the two-word organisation named before with it.
        if (!/\s/u.test(c.name) && !byKey.has(`org:${c.name}`)) shortenTo(c.name)
        target = actor(`org:${c.name}`, () => ({ name: c.name, kind: c.kind, ...(c.role ? { role: c.role } : {}), ...(c.country ? { country: c.country } : {}) }))
        if (c.noun) context.describedAs.set(target.id, c.noun)
      }
    } else if (c.type === 'description') {
      // A capitalised role word that is the surname of someone named is that person ("Martin Luther King Jr. … King").
      const bearer = /^\p{Lu}\p{Ll}+$/u.test(surface) && TITLE_SET.has(surface.toLowerCase()) ? withSurname(surface)[0] : undefined
      const previous = mentions[mentions.length - 1]
      // The previous mention's actor is the most recent one.
      context.appositive = previous && APPOSITION_GAP.test(text.slice(previous.span.end, c.span.start)) ? recentActors[recentActors.length - 1] : undefined
      context.asideClosed = SET_OFF_AFTER.test(text.slice(c.span.end, c.span.end + 4))
      context.indefiniteAside = !!previous && (INDEFINITE_ASIDE.test(text.slice(previous.span.end, c.span.start)) || (/^,\s+$/u.test(text.slice(previous.span.end, c.span.start)) && /^an?\s/iu.test(surface)))
      context.setOff = !!previous && SET_OFF_BEFORE.test(text.slice(previous.span.end, c.span.start)) && context.asideClosed
      target = bearer ?? describe(c, surface, context, actor, gaz.countryName)
      how = bearer ? 'name' : 'description'
    } else {
      if (inQuotation(seg, c.span)) continue
      // "he" is the last person mentioned who is not known to be a woman ("Ms. Cordova", "Hillary
      // Clinton"); "she" the last one known to be a woman, else the last one not known to be a man
      // (most people news names without a title or a known first name are men). A title or an
      // earlier pronoun outweighs the first name.
      const wanted = /^(?:she|her)$/iu.test(surface) ? 'f' : 'm'
      const latest = [...recent].reverse()
      target = (wanted === 'f' ? latest.find((p) => genderOf(p) === 'f') : undefined) ?? latest.find((p) => (genderOf(p) ?? wanted) === wanted)
      if (target && !gender.has(target.id)) gender.set(target.id, wanted)
      how = 'pronoun'
    }
    if (!target) continue
    if (how !== 'pronoun' && target.kind !== 'country') alias(target, c.type === 'name' ? c.name : surface)
    // A plural perpetrator or suspect description ("the attackers") is no antecedent for "he".
    const plural = ACT_ROLES.has(target.role ?? '') && /s$/u.test(surface)
    if (target.kind === 'person' && !plural && !inQuotation(seg, c.span)) {
      const title = titleGender(text, c.span)
      // A title outweighs the first name it stands with ("Ms. Jordan Hale"), not one a surname alone is read as ("David Cameron … Ms. Cameron").
      const named = nameGender(target)
      const overrules = title !== undefined && named !== undefined && named !== title && !(c.type === 'name' && /\s/u.test(c.name))
      if (title && !gender.has(target.id) && !overrules) gender.set(target.id, title)
      // "a woman from Leeds" is no "he".
      const nounGender = c.type === 'description' ? PEOPLE_NOUN_GENDER[c.role] : undefined
      if (nounGender && !gender.has(target.id)) gender.set(target.id, nounGender)
      moveToEnd(recent, target)
    }
    mentions.push({ span: c.span, actor: target.id, how })
    mentionCount.set(target.id, (mentionCount.get(target.id) ?? 0) + 1)
    moveToEnd(recentActors, target)
  }
  // "her lawyer" is the one person named as her lawyer, also later in the article.
  const held = heldRoles(text, seg, mentions, actors)
  // "Officers moved in" after "Riot police fired": the police.
  const later = [...held.mentions, ...officersOfPolice(text, seg, mentions, actors)]
  if (later.length > 0) mentions.splice(0, mentions.length, ...[...mentions, ...later].sort((a, b) => a.span.start - b.span.start))
  const withRoles = actors.map((a) => (held.roles.has(a.id) ? { ...a, role: held.roles.get(a.id)! } : a))
  const affiliation = affiliations(text, mentions, new Map(withRoles.map((a) => [a.id, a])), context.describedAs)
  return { actors: withRoles.map((a) => withPlainPerpetratorName(affiliation.has(a.id) ? { ...a, affiliation: affiliation.get(a.id)! } : a)), mentions }
}

/** How far back "Its president, Jane Doe" looks for the organisation "its" stands for, the mention just before. */
const ITS_REACH = 200

/**
 * The organisation each person works or speaks for, by actor id, where the text says so next to a
 * mention of them: "Paulo Vaz of the Lisbon Institute", "Javier Soto, chief economist at Banco
 * Austral", "Marta Lopes, a spokeswoman for the coalition", "John Smith, who heads the Fed",
 * "A spokeswoman for the Red Crescent, Jane Doe", "Acme CEO John Smith", "Acme's chief executive,
 * John Smith", "Its president, Luisa Fuentes" (the organisation just mentioned). The first one
 * said of a person holds. Pure; one pass over the mentions, in text order.
 */
function affiliations(text: string, mentions: readonly Mention[], byId: ReadonlyMap<string, Actor>, describedAs: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>()
  const kindOf = (m: Mention | undefined): ActorKind | undefined => (m ? byId.get(m.actor)?.kind : undefined)
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!
    const person = byId.get(m.actor)
    if (person?.kind !== 'person' || out.has(m.actor) || ACT_ROLES.has(person.role ?? '') || m.how === 'pronoun') continue
    const next = kindOf(mentions[k + 1]) === 'organisation' ? mentions[k + 1] : undefined
    const previous = kindOf(mentions[k - 1]) === 'organisation' ? mentions[k - 1] : undefined
    const surface = text.slice(m.span.start, m.span.end)
    const employer = next && worksAt(text, m, next) ? next
      // "Acme CEO John Smith", "Acme's chief executive, John Smith".
      : previous && /^(?:['’]s)?\s+$/u.test(text.slice(previous.span.end, m.span.start)) && m.how === 'title' && ORGANISATION_TITLE_FIRST.test(surface) ? previous
      // "Labour MP Jane Doe", "Democrat John Roe": the party whose label comes right before.
      : previous && /^\s+$/u.test(text.slice(previous.span.end, m.span.start)) && PARTY_WORDS.test(text.slice(previous.span.start, previous.span.end)) ? previous
      // "Nordvik reported a loss. Its president, Luisa Fuentes,": a named person, where "its ambassador" alone may be the country's.
      : previous && m.how === 'title' && /^its\s/iu.test(surface) && m.span.start - previous.span.end <= ITS_REACH ? previous
      : m.how === 'title' && ORGANISATION_TITLE_FIRST.test(surface) ? headNounBefore(text, mentions, k, byId, describedAs)
      : undefined
    if (employer && employer.actor !== m.actor) out.set(m.actor, employer.actor)
  }
  return out
}

/**
 * The organisation named before whose head noun stands in lower case before a person's title: "the
 * National Transport Safety Board … | board spokeswoman Ana Ruiz", as "Acme CEO John Smith" names Acme. Pure.
 */
function headNounBefore(text: string, mentions: readonly Mention[], k: number, byId: ReadonlyMap<string, Actor>, describedAs: ReadonlyMap<string, string>): Mention | undefined {
  const person = mentions[k]!
  const noun = /(?<![\p{L}'’-])(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, person.span.start - 30), person.span.start))?.[1]
  if (!noun || !(ORGANISATION_NOUNS.has(noun) || isOrganisationWord(titleCase(noun)))) return undefined
  // The mentions before the person's (the k-th), searched backwards without copying them.
  for (let j = k - 1; j >= 0; j--) {
    const org = byId.get(mentions[j]!.actor)
    if (org?.kind === 'organisation' && calledBy(org, noun, describedAs)) return mentions[j]
  }
  return undefined
}

/**
 * Whether the organisation mentioned at `org` is where the person mentioned at `person` works: inside
 * the person's mention after their role ("A spokeswoman for | the Red Crescent, | Jane Doe"), right
 * after a role that ends it ("a spokeswoman | for | the coalition"), or after their name (`NAME_TO_EMPLOYER`). Pure.
 */
function worksAt(text: string, person: Mention, org: Mention): boolean {
  if (org.span.start < person.span.end) return org.span.start > person.span.start && org.span.end <= person.span.end && ROLE_AT.test(text.slice(person.span.start, org.span.start))
  const gap = text.slice(person.span.end, org.span.start)
  if (gap.length > 80) return false
  // A description in a list is no apposition: "congressman, ambassador, | director of the CIA".
  return (person.how !== 'description' && NAME_TO_EMPLOYER.test(gap)) || (/^\s+(?:of|for|at|with|from)\s+(?:the\s+)?$/u.test(gap) && ROLE_AT.test(text.slice(person.span.start, org.span.start)))
}

/** Puts `item` last in `list`, taking it out of where it stood. */
function moveToEnd<T>(list: T[], item: T): void {
  const at = list.indexOf(item)
  if (at >= 0) list.splice(at, 1)
  list.push(item)
}

/** What a description is resolved against, kept by `resolve` as it walks the mentions. */
interface DescriptionContext {
  /** Actors by their latest mention, the latest last. */
  readonly recent: readonly Actor[]
  /** The actor whose name the description stands in apposition to ("Ben Jealous, | the former president of the NAACP"). */
  appositive: Actor | undefined
  /** Whether the description is the whole of an aside set off right after the previous mention ("Lidija Belic, | his wife|,"). */
  setOff: boolean
  /** Whether an aside's end follows the description ("a senior Omani diplomat|,"). */
  asideClosed: boolean
  /** Whether the description opens an aside with "a" right after the previous mention ("Leonard Burman, a former | official in …"). */
  indefiniteAside: boolean
  /** The organisation a person holds their role in, where a description said so ("president of the NAACP"), by actor id. */
  readonly affiliation: Map<string, string>
  /** The city or region whose office a person holds ("the mayor of Kharkiv"), by actor id: another place's holder is another person. */
  readonly office: Map<string, string>
  /** The noun the text put before an organisation's name ("the militant group | Ansar al-Sharia") or in apposition to a person's ("Lidija Belic, | his wife"), by actor id. */
  readonly describedAs: Map<string, string>
}

/** What stands between a name and an aside right after it, and what closes the aside. */
const SET_OFF_BEFORE = /^(?:,|\s*[—–])\s+$/u
const INDEFINITE_ASIDE = /^,\s+an?\s+(?:(?!(?:and|but|or)\s)[\p{Ll}-]+\s+){0,3}$/u
const SET_OFF_AFTER = /^(?:\s*[,.;:)—–]|\s+of\s)/u

/** What stands between a name and a description in apposition to it: ", the former ", ", a ". */
const APPOSITION_GAP = /^(?:,|\s*[—–])\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u

/** Words for a perpetrator that only say what they did; "terrorist", "killer" and "culprit" judge them. */
const PLAIN_PERPETRATOR_WORDS: ReadonlySet<string> = new Set(['assailant', 'assailants', 'gunman', 'gunmen', 'attacker', 'attackers', 'shooter', 'shooters', 'bomber', 'bombers', 'hijacker', 'hijackers'])

/**
 * One perpetrator per article, named by the first plain word the article has for them ("the gunman", "the attackers"); a label
 * that judges them ("the terrorist", "the killer") names no actor, so with none they stay "the perpetrator". Pure.
 */
function withPlainPerpetratorName(a: Actor): Actor {
  // "a lone gunman", "masked gunmen": the alias's last word names them.
  const plain = a.role === 'perpetrator' ? a.aliases.map((alias) => alias.toLowerCase().split(/\s+/u).at(-1) ?? '').find((word) => PLAIN_PERPETRATOR_WORDS.has(word)) : undefined
  return plain ? { ...a, name: `the ${plain}` } : a
}

function describe(
  c: Extract<Candidate, { type: 'description' }>,
  surface: string,
  context: DescriptionContext,
  actor: (key: string, make: () => Omit<Actor, 'id' | 'aliases'>) => Actor,
  countryName: ReadonlyMap<string, string>,
): Actor | undefined {
  const { role, country } = c
  // "federal authorities", "a state court", "local police": the level the text gives, no other.
  const place = country ? `${countryName.get(country) ?? country} ` : c.level ? `${c.level} ` : ''
  const latest = (fits: (a: Actor) => boolean): Actor | undefined => context.recent.findLast(fits)
  if (role === 'perpetrator' || PERPETRATOR_ROLES.has(role)) return actor('perpetrator', () => ({ name: 'the perpetrator', kind: 'person', role: 'perpetrator' }))
  if (SUSPECT_ROLES.has(role)) return actor('suspect', () => ({ name: 'the suspect', kind: 'person', role: 'suspect' }))
  if (isPersonRole(role)) {
    // "Ben Jealous, the former president of the NAACP": the person just named.
    const { appositive } = context
    // Else "the president" is the last person mentioned with that role (and that country, when given),
    // in that organisation when one is given: "the president of the NAACP" is not the president of another.
    const fits = (a: Actor): boolean => a.kind === 'person' && (!country || !a.country || a.country === country) && context.affiliation.get(a.id) === c.of &&
      (!c.place || (context.office.get(a.id) ?? c.place) === c.place)
    // "the minister" after "Interior Minister Dragan Stefanović": a role named by its head only when one person holds such a role.
    const byHead = /^the\s/iu.test(surface) ? context.recent.filter((a) => fits(a) && a.role !== role && hasRoleHead(a.role, role)) : []
    const target = appositive?.kind === 'person' && (!appositive.role || appositive.role === role || hasRoleHead(appositive.role, role)) ? appositive
      // "a federal judge" is someone new, not the judge named before.
      : /^an?\s/iu.test(surface) ? undefined
        : latest((a) => fits(a) && (a.role === role || SAME_ROLE[a.role ?? ''] === role)) ?? (byHead.length === 1 ? byHead[0] : undefined)
    if (target) {
      if (c.of) context.affiliation.set(target.id, c.of)
      if (c.place) context.office.set(target.id, c.place)
      return target
    }
    // "an anonymous former minister": one unnamed person each time, never the minister named before nor the one in another article.
    if (/^(?:an?|one)\s/iu.test(surface)) return unnamedPerson(c, surface, actor)
    // With no one named before, the description itself is the actor: "The mayor said".
    const of = c.of ?? c.place ? ` of ${c.of ?? c.place}` : ''
    const described = actor(`role:${country ?? ''}:${role}${of}`, () => ({ name: country && !c.place ? `${place}${role}` : `the ${role}${of}`, kind: 'person', role, ...(country ? { country } : {}) }))
    if (c.place) context.office.set(described.id, c.place)
    return described
  }
  const organisationTypes = ORGANISATION_NOUNS.get(role)
  // "Southwest Airlines … the carrier": the last organisation mentioned that the noun fits.
  // Only a named one: institutions ("the establishment") have a role instead.
  if (organisationTypes) {
    if (context.indefiniteAside && context.appositive?.kind === 'organisation') {
      context.describedAs.set(context.appositive.id, role)
      return context.appositive
    }
    const named = latest((a) => a.kind === 'organisation' && !a.role && (calledBy(a, role, context.describedAs) || organisationTypes.includes(organisationType(a, context.describedAs))))
    if (named) return named
    // "The regulator fined the bank", no body named: the role itself acts, unnamed as a speaker so called is; "a regulator" is anyone.
    if (UNNAMED_BODY_NOUNS.has(role)) return /^the\s/iu.test(surface) ? actor(`unnamed::${role}`, () => ({ name: role, kind: 'unnamed', role })) : undefined
    if (!SELF_STANDING_ORGANISATION_NOUNS.has(role)) return undefined
    return actor(`org-noun:${role}`, () => ({ name: `the ${role}`, kind: 'organisation' }))
  }
  if (INSTITUTION_ROLES.has(role) && (country || c.level || role !== 'officials')) {
    if (!country && !c.level) {
      // "the ministry" after "the interior ministry" or "the Ministry of Defence" is that ministry.
      const definite = /^the\s/iu.test(surface)
      const named = latest((a) => a.kind === 'organisation' && (a.role === role || !!a.role?.endsWith(` ${role}`) || (definite && !a.role && calledBy(a, role, context.describedAs))))
      if (named) return named
    }
    const kind: ActorKind = role === 'officials' || role === 'authorities' ? 'group' : 'organisation'
    return actor(`inst:${country ?? c.level ?? ''}:${role}`, () => ({ name: `${place}${role}`.trim(), kind, role, ...(country ? { country } : {}) }))
  }
  if (GROUP_ROLES.has(role)) {
    // "the rebels" after "Syrian rebels" are those rebels.
    const earlier = country || c.people ? undefined : latest((a) => a.kind === 'group' && a.role === role)
    const name = surface.replace(/^(?:the|a|an|his|her|its|their)\s+/iu, '').replace(/\s+/gu, ' ')
    return earlier ?? actor(`group:${country ?? c.people ?? ''}:${role}`, () => ({ name: country || c.people ? name : role, kind: 'group', role, ...(country ? { country } : {}) }))
  }
  // "A woman from Sibiu": one person each time, whom "the woman" then names again; "families in Leeds" a group.
  if (UNNAMED_PERSON_ROLES.has(role)) {
    // "Jane Roe, a Talmerian official," is Jane Roe; "the official" the last one so described; "an official" someone new.
    if ((context.asideClosed || context.indefiniteAside) && context.appositive?.kind === 'person') {
      context.describedAs.set(context.appositive.id, role)
      return context.appositive
    }
    // Unnamed: never one actor across articles ("an official" in each is someone else).
    const named = /^the\s/iu.test(surface) ? latest((a) => (a.kind === 'person' || a.kind === 'unnamed') && (a.role === role || context.describedAs.get(a.id) === role)) : undefined
    return named ?? unnamedPerson(c, surface, actor)
  }
  if (KIN_NOUNS.has(role)) {
    // "Lidija Belic, his wife," is Lidija Belic, whom "his wife" or "the wife" then names again; else no one named.
    // Not "a husband and father", "daughter Chelsea", "Walsh, one of his wife's supporters".
    if (!/^(?:the|his|her|their)\s/iu.test(surface)) return undefined
    if (context.setOff && context.appositive?.kind === 'person') {
      context.describedAs.set(context.appositive.id, role)
      return context.appositive
    }
    return latest((a) => a.kind === 'person' && context.describedAs.get(a.id) === role) ?? namesakeKin(surface, role, context.recent)
  }
  if (PEOPLE_NOUNS.has(role)) {
    // "Jane Doe — a teacher from Leeds —" is Jane Doe.
    if (context.appositive?.kind === 'person') return context.appositive
    const named = /^the\s/iu.test(surface) ? latest((a) => a.kind === 'person' && a.role === role) : undefined
    return named ?? actor(`unnamed-person:${c.span.start}`, () => ({ name: lowerCaseCommonWords(surface), kind: 'person', role }))
  }
  if (UNNAMED_GROUPS.has(role) || role in PEOPLE_PLURALS || PEOPLE_NOUNS.has(role.replace(/s$/u, ''))) {
    const name = lowerCaseCommonWords(surface.replace(/^(?:the|a|an|his|her|its|their)\s+/iu, ''))
    return actor(`unnamed:${country ?? ''}:${role}`, () => ({ name: country ? name : role, kind: 'unnamed', role, ...(country ? { country } : {}) }))
  }
  return undefined
}

/**
 * A description as a name, its common words in lower case and its names as written: "the American
 * people", "a woman from Sibiu", "Paris residents" (a headline's "Local Residents" is "local residents"). Pure.
 */
function lowerCaseCommonWords(surface: string): string {
  return surface.split(/\s+/u).map((w) => (gazetteer().byName.has(w) ? w : w.toLowerCase())).join(' ')
}

/** Someone described, not named, who is someone new each time ("an official", "a former minister"). */
function unnamedPerson(c: Extract<Candidate, { type: 'description' }>, surface: string, actor: (key: string, make: () => Omit<Actor, 'id' | 'aliases'>) => Actor): Actor {
  const name = surface.replace(/^(?:the|an?|one)\s+/iu, '').replace(/\s+/gu, ' ')
  return actor(`unnamed-person:${c.span.start}`, () => ({ name, kind: 'unnamed', role: c.role, ...(c.country ? { country: c.country } : {}) }))
}

const SPOUSES: ReadonlySet<string> = new Set(['wife', 'husband', 'widow', 'widower'])

/**
 * "Anton Belic … Lidija Belic … His wife said": the one other person who shares the surname of the
 * last man ("his") or woman ("her") named, and whose first name does not show the other gender than
 * the kin noun's. Undefined when none or several do. Pure; linear in `recent`.
 */
function namesakeKin(surface: string, role: string, recent: readonly Actor[]): Actor | undefined {
  // Only a spouse: someone has one at a time, where children and siblings may go unnamed.
  if (!SPOUSES.has(role)) return undefined
  const owner = /^his\s/iu.test(surface) ? 'm' : /^her\s/iu.test(surface) ? 'f' : undefined
  const kin = PEOPLE_NOUN_GENDER[role]
  const people = recent.filter((a) => a.kind === 'person' && !a.role)
  const of = owner ? people.findLast((a) => nameGender(a) !== (owner === 'm' ? 'f' : 'm')) : undefined
  if (!of) return undefined
  const surname = surnameKey(surnameOf(of.name))
  const kinfolk = people.filter((a) => a !== of && /\s/u.test(a.name) && surnameKey(surnameOf(a.name)) === surname && (!kin || nameGender(a) !== (kin === 'm' ? 'f' : 'm')))
  return kinfolk.length === 1 ? kinfolk[0] : undefined
}

/** Titles whose holder a later description calls by another role: "Mrs Justice Cole … the judge". */
const SAME_ROLE: Readonly<Record<string, string>> = { justice: 'judge', 'chief justice': 'judge', magistrate: 'judge' }

/** Modifiers that make a different office of a role: a vice president is not "the president", nor a prime minister "the minister". */
const OFFICE_MODIFIER = /^(?:vice|deputy|prime|assistant|associate|under|junior|co|lieutenant)$/u

/** A role held by one person, or such a role with an office modifier ("deputy minister", "vice mayor"). Pure. */
function isPersonRole(role: string): boolean {
  const [first = '', ...rest] = role.split(' ')
  return PERSON_ROLES.has(role) || (OFFICE_MODIFIER.test(first) && PERSON_ROLES.has(rest.join(' ')))
}

/**
 * Whether `held` is a kind of `role` named by its head: "interior minister" and "labour minister" are
 * ministers, "deputy trade minister" a deputy minister; not with other office modifiers ("prime minister"). Pure.
 */
function hasRoleHead(held: string | undefined, role: string): boolean {
  if (!held || held === role) return false
  const [h, r] = [held.split(/[\s-]/u), role.split(/[\s-]/u)]
  const offices = (words: readonly string[]): string => words.filter((w) => OFFICE_MODIFIER.test(w)).join(' ')
  return h.length > r.length && h[h.length - 1] === r[r.length - 1] && offices(h) === offices(r) && r.every((w) => h.includes(w))
}

/** The noun that heads an organisation's name, lower-cased: "bank" for "Deutsche Bank" and "Bank of England", "committee" for "Committee to Protect Journalists". Pure. */
function organisationHead(name: string): string {
  const words = name.split(/\s+(?:of|for|to)\s/u)[0]!.split(/\s+/u)
  return (words[words.length - 1] ?? '').toLowerCase()
}

/**
 * Whether a named organisation is called by `noun`, or by a noun for the same body: the noun that
 * heads its name, or the one the text described it with ("the Personal Data Protection Office" is
 * "the office" and "the regulator"; "the FDIC, a banking regulator," "the regulator"). Pure.
 */
function calledBy(org: Actor, noun: string, describedAs: ReadonlyMap<string, string>): boolean {
  const nouns = SAME_BODY_NOUNS.get(noun) ?? [noun]
  const said = describedAs.get(org.id)
  return (said !== undefined && nouns.includes(said)) || nouns.includes(organisationHead(org.name))
}

/**
 * What a named organisation is: what the text called it before its name ("the airline Southwest"),
 * what the gazetteer says, a word of its name ("Southwest Airlines"), or for a lone word its word
 * class ("Netflix" is a company); else "other" (an association, a militant group). Pure.
 */
function organisationType(org: Actor, describedAs: ReadonlyMap<string, string>): OrganisationType {
  const noun = describedAs.get(org.id)
  const said = noun ? ORGANISATION_NOUNS.get(noun)?.[0] : undefined
  if (said) return said
  const known = gazetteer().byName.get(org.name)
  if (known?.media) return 'media'
  if (known?.type) return known.type as OrganisationType
  const byWord = ORGANISATION_TYPE_WORDS.find(([, words]) => words.test(org.name))
  if (byWord) return byWord[0]
  // An acronym's lower-cased form is some other word ("PAC" is no "pac").
  return /^\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll}[\p{L}]*$/u.test(org.name) && companyWord(org.name.toLowerCase()) ? 'company' : 'other'
}

export const mentionsStage: Stage<'mentions'> = {
  name: 'mentions',
  requires: ['segments'],
  assigns: 'mentions',
  rules: [],
  run: (article: Article, layers) => findMentions(article.text, need(layers, 'segments'), article.outlet?.name),
}
