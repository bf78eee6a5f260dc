/**
 * @module analyze/mentions/lexicon — the role words that make a noun phrase refer to an actor.
 * Role nouns follow the PETRARCH/Phoenix agent classes (government, police, military, media,
 * unidentified actors), documented at https://github.com/openeventdata/petrarch2 (Phoenix.agents.txt).
 */

/**
 * Titles abbreviated without a full stop that are also name words ("Hun Sen", "Amartya Sen"), with the roles they stand
 * for: titles only where they open a name.
 */
export const NAME_WORD_TITLES: ReadonlyMap<string, string> = new Map([['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor']])

/** Titles that precede a person's name and give their role. Longest first, so "prime minister" wins over "minister". */
export const PERSON_TITLES: readonly string[] = [
  'attorney general', 'press secretary', 'house speaker', 'majority leader', 'minority leader', 'opposition leader',
  'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'finance minister',
  'deputy prime minister', 'vice president', 'secretary of state', 'secretary-general', 'secretary general',
  'supreme leader', 'president', 'minister', 'ambassador', 'envoy', 'chancellor', 'senator', 'governor', 'mayor',
  'spokesman', 'spokeswoman', 'spokesperson', 'general', 'gen.', 'king', 'queen', 'prince', 'sheikh', 'pope',
  'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sen.', 'rep.', 'gov.', ...NAME_WORD_TITLES.keys(), 'judge', 'chief executive', 'chief', 'commander', 'director',
  'secretary', 'speaker', 'representative', 'congressman', 'congresswoman', 'chairman', 'chairwoman', 'premier', 'sheriff',
  'ceo', 'lt.', 'col.', 'capt.', 'sgt.', 'maj.', 'adm.', 'ayatollah', 'pontiff', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'emir', 'sultan',
  'lawyer', 'attorney', 'founder', 'professor', 'coach',
  'leader', 'chair', 'chairperson', 'director-general', 'director general', 'chief of staff', 'chief justice', 'justice', 'commissioner',
  'chief executive officer', 'chief financial officer', 'chief operating officer', 'executive chairman', 'executive director', 'officer', 'deputy', 'manager',
  'detective', 'inspector', 'chief inspector', 'superintendent', 'constable', 'prosecutor', 'district attorney',
  'det.', 'insp.', 'supt.', 'cpl.', 'pvt.', 'cmdr.',
  // Military ranks, spelled out and abbreviated without a full stop ("Brig", "Lt Gen"; not "Gen" alone, a first name).
  'brigadier', 'brigadier general', 'major general', 'lieutenant general', 'lieutenant colonel', 'colonel', 'major', 'captain', 'lieutenant',
  'sergeant', 'admiral', 'vice admiral', 'rear admiral', 'air marshal', 'field marshal', 'marshal', 'brig', 'brig.', 'lt', 'col', 'maj', 'capt',
  'lt gen', 'maj gen', 'brig gen', 'lt col',
  // Elected members, usually after their party ("Labour MP Jane Doe", "Republican lawmaker John Roe").
  'mp', 'mep', 'msp', 'mla', 'councillor', 'councilor', 'assemblyman', 'assemblywoman', 'lawmaker', 'legislator',
  // Offices abbreviated in headlines and wire copy ("Deputy FM Jane Doe", "PM John Roe").
  'fm', 'pm', 'dpm',
  'boss', 'head of state', 'head of government',
  // Who runs for an office, after the side they run for ("Opposition candidate Jane Doe", "Republican nominee John Roe").
  'candidate', 'nominee',
]
/** `PERSON_TITLES` as a set, in lower case, to look a word or phrase up: shared by mentions and the cross-article actors. */
export const TITLE_SET: ReadonlySet<string> = new Set(PERSON_TITLES)

/** Occupations a person holds at an organisation, besides the titles above: "chief economist at Banco Austral", "a senior fellow at the institute". */
export const AFFILIATED_OCCUPATIONS: readonly string[] = [
  'economist', 'analyst', 'researcher', 'fellow', 'scientist', 'strategist', 'expert', 'official', 'member', 'partner', 'editor',
  'correspondent', 'reporter', 'adviser', 'advisor', 'consultant', 'lecturer', 'engineer', 'employee', 'head', 'co-founder', 'executive',
  'trustee', 'negotiator', 'campaigner', 'activist', 'coordinator', 'organiser', 'organizer', 'specialist', 'vice-president',
]

/**
 * Titles that before a name follow the organisation the person works for ("Acme CEO John Smith",
 * "Kremlin spokesman Dmitry Peskov"), where "Flint Mayor", "Ohio Sen." follow a place.
 */
export const ORGANISATION_TITLES: readonly string[] = [
  'ceo', 'chief executive', 'chief executive officer', 'chief financial officer', 'chief operating officer', 'chief', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'executive chairman', 'executive director', 'director', 'director-general', 'director general', 'president', 'vice president',
  'founder', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary-general', 'secretary general', 'manager', 'coach', 'leader', 'head', 'economist', 'analyst',
  'boss',
]

/** Roles held by one person: a description with them ("the president") refers to a person. */
export const PERSON_ROLES = new Set([
  'president', 'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'minister',
  'ambassador', 'envoy', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'supreme leader', 'vice president',
  'secretary of state', 'secretary-general', 'secretary general', 'leader', 'king', 'queen', 'counterpart', 'mayor', 'governor',
  'head of state', 'head of government', 'judge', 'premier',
  // Offices named by their see or title ("the Bishop of Durham", "the Duke of Sussex"), one holder at a time.
  'archbishop', 'bishop', 'duke', 'duchess', 'earl', 'lord mayor',
])

/** Institutions: a description with them ("the foreign ministry") refers to an organisation of a country. */
export const INSTITUTION_ROLES = new Set([
  'foreign ministry', 'ministry of foreign affairs', 'interior ministry', 'defence ministry', 'defense ministry', 'ministry',
  'government', 'administration', 'embassy', 'consulate', 'police', 'army', 'military', 'armed forces', 'parliament',
  'authorities', 'officials', 'establishment', 'judiciary', 'security forces', 'intelligence', 'media', 'state media',
  'presidency', 'cabinet', 'regime', 'leadership', 'prosecutors', 'court', 'tribunal',
  // Emergency services and inquest offices, which disaster and accident reports cite by their common noun.
  'coast guard', 'coastguard', 'fire brigade', 'fire service', 'fire department', 'coroner', 'emergency services', 'ambulance service', 'rescue services',
  // Inspection and forecasting bodies, which reports cite by their common noun ("the regional environmental inspectorate said").
  'inspectorate', 'weather service',
])

/** What a named organisation is, as far as a description of it can tell ("the carrier" is a company, "the agency" a government body). */
export type OrganisationType = 'company' | 'government' | 'party' | 'media' | 'education' | 'other'

/**
 * Nouns that, after "the", stand for a named organisation already introduced ("Southwest Airlines …
 * the carrier"), and the types of organisation each fits. A noun that heads the organisation's own
 * name fits it too ("Deutsche Bank … the bank", "the Supreme Court … the court").
 */
export const ORGANISATION_NOUNS: ReadonlyMap<string, readonly OrganisationType[]> = new Map<string, readonly OrganisationType[]>([
  ...['company', 'firm', 'carrier', 'airline', 'corporation', 'conglomerate', 'lender', 'insurer', 'automaker', 'carmaker', 'retailer', 'manufacturer', 'startup', 'bank',
    'truckmaker', 'chipmaker', 'drugmaker', 'planemaker', 'steelmaker', 'giant', 'operator']
    .map((n) => [n, ['company']] as const),
  // "the Indian Space Research Organisation … the agency": a body of no known type may be an agency too.
  ['agency', ['government', 'other']],
  ['party', ['party']],
  ...['network', 'newspaper', 'broadcaster', 'outlet'].map((n) => [n, ['media']] as const),
  ...['university', 'college', 'school'].map((n) => [n, ['education']] as const),
  ...['group', 'organization', 'organisation', 'charity'].map((n) => [n, ['other']] as const),
  // "the anti-doping body", "the governing body": a body by its remit (never "the body" alone, a corpse as often).
  ...['anti-doping body', 'governing body', 'sports body', 'regulatory body', 'oversight body', 'advisory body', 'umbrella body', 'disciplinary body']
    .map((n) => [n, ['government', 'other']] as const),
  // Only an organisation these head: "the Justice Department … the FBI … the department" is the department.
  ...['department', 'bureau', 'foundation', 'union', 'committee', 'council', 'commission', 'board', 'institute', 'authority', 'office', 'mission', 'regulator', 'watchdog',
    'coalition', 'alliance', 'association', 'federation', 'trust', 'hospital', 'club', 'museum', 'society']
    .map((n) => [n, []] as const),
])

/** Organisation nouns that, with no named organisation they fit before, are the actor themselves ("the airline said", in a crash report). */
export const SELF_STANDING_ORGANISATION_NOUNS: ReadonlySet<string> = new Set(['airline'])
/** Organisation nouns that, with no named body they fit before, name an unnamed body by its role ("the regulator fined the bank"). */
export const UNNAMED_BODY_NOUNS: ReadonlySet<string> = new Set(['regulator', 'watchdog'])

/**
 * Other nouns that head the name of the body a noun stands for: "the regulator" after "the Personal
 * Data Protection Office" or "the Competition Commission", "the watchdog" after a data protection authority.
 */
export const SAME_BODY_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(
  ['regulator', 'watchdog'].map((n) => [n, ['regulator', 'watchdog', 'authority', 'commission', 'office']] as const),
)

/** Words in an organisation's name that tell its type ("Southwest Airlines", "Justice Department"); first match wins. */
export const ORGANISATION_TYPE_WORDS: readonly (readonly [OrganisationType, RegExp])[] = [
  ['party', /\b(?:Party|GOP)\b/u],
  ['education', /\b(?:University|College|School)\b/u],
  ['media', /\b(?:News|Times|Post|Network|Television|Radio|Journal|Tribune|Herald|Gazette|Magazine|TV)\b/u],
  ['government', /\b(?:Ministry|Department|Agency|Bureau|Office|Authority|Service|Pentagon)\b/u],
  ['company', /&|\b(?:Inc|Corp|Corporation|Co|Company|LLC|Ltd|PLC|plc|Airlines|Airways|Holdings|Motors|Industries|Technologies|Pharmaceuticals?|Partners|Capital|Securities|Bank|Entertainment|Enterprises|Systems|Brands|Investments|Shipping|Ferries|Freight|Tankers|Logistics|Utilities)\b|\s(?:Lines|Energy|Power|Water)$/u],
]

/** Legal-form suffixes that end a company's name ("Nordvik AB", "Siemens AG", "Nokia Oyj"): the run is an organisation. */
export const COMPANY_SUFFIX = /^(?:AB|AG|ASA|Oyj|GmbH|SA|NV|SE|plc|PLC|LLC|Ltd\.?|Inc\.?|Corp\.?|S\.p\.A\.)$/u

/** Who did the act: every such description in one article is taken to mean the same perpetrator. */
export const PERPETRATOR_ROLES = new Set([
  'assailant', 'assailants', 'gunman', 'gunmen', 'attacker', 'attackers', 'perpetrator', 'perpetrators', 'terrorist', 'terrorists', 'shooter', 'bomber', 'hijacker', 'killer', 'culprit', 'culprits', 'suspected attacker',
])

/** Who is suspected of the act: one suspect per article, not presumed its perpetrator. */
export const SUSPECT_ROLES = new Set(['suspect', 'suspects'])

/** Roles of someone known only by the act they did or are suspected of, who has no surname to match. */
export const ACT_ROLES = new Set(['perpetrator', 'suspect'])

/**
 * Armed, political and ethnic groups, named by a plural noun after a nationality or people ("Syrian
 * rebels", "Kurdish fighters", "Bosnian Serbs", "Iraqi troops") or alone ("rebels"): each is a group
 * actor of that country or people. A state's own forces act for it; the others only for themselves.
 */
const STATE_FORCES = new Set(['troops', 'soldiers', 'forces', 'paratroopers', 'marines', 'commandos', 'sailors', 'coastguards'])
export const NON_STATE_GROUPS = new Set([
  'rebels', 'fighters', 'militants', 'insurgents', 'separatists', 'guerrillas', 'militiamen', 'militias', 'jihadists', 'extremists',
  'protesters', 'protestors', 'demonstrators', 'hackers', 'settlers', 'serbs', 'croats', 'kurds', 'arabs', 'muslims', 'christians', 'sunnis', 'shiites', 'tamils',
])
export const GROUP_ROLES = new Set([...STATE_FORCES, ...NON_STATE_GROUPS])
/** Group nouns too vague alone ("joined forces"): a group only after a nationality or people. */
export const QUALIFIED_ONLY_GROUPS = new Set(['forces', 'serbs', 'croats', 'arabs', 'muslims', 'christians'])
/** Adjectives of peoples with no state of their own, which qualify a group as a demonym does ("Kurdish fighters"). */
export const PEOPLE_ADJECTIVES = new Set([
  'Kurdish', 'Tamil', 'Chechen', 'Uighur', 'Uyghur', 'Rohingya', 'Houthi', 'Druze', 'Sunni', 'Shiite', 'Shia', 'Baloch', 'Pashtun', 'Arab', 'Islamist', 'Maoist', 'Tuareg', 'Yazidi',
])

/**
 * People by their trade or their plight, who act together in news (strike, march, flee, sue) as
 * often as they speak: "Nurses walked out", "Thousands of farmers", "Survivors waded". A group
 * actor whether or not it speaks; plurals only, as one of them is someone else each time.
 */
export const OCCUPATION_GROUPS: ReadonlySet<string> = new Set([
  'nurses', 'midwives', 'doctors', 'paramedics', 'surgeons', 'teachers', 'lecturers', 'workers', 'employees', 'farmers', 'miners', 'dockers',
  'pilots', 'drivers', 'truckers', 'firefighters', 'fishermen', 'lawyers', 'engineers', 'cleaners', 'porters', 'pensioners', 'veterans',
  'survivors', 'villagers', 'passengers', 'commuters', 'patients', 'parents', 'refugees', 'migrants', 'evacuees', 'mourners', 'shoppers', 'tourists',
])

/** Unnamed or collective sources: kept as such, never linked to a named actor. */
export const UNNAMED_GROUPS = new Set([
  'pundits', 'observers', 'experts', 'analysts', 'critics', 'sources', 'witnesses', 'residents', 'commentators',
  'diplomats', 'insiders', 'officials', 'activists', 'scholars', 'people', 'locals', 'eyewitnesses', 'some',
  'smugglers', 'traffickers', 'rescuers', 'mediators',
  // Crowds and unknown attackers that reports make the doers or targets of an act ("rioters set fire to", "shot at students").
  'rioters', 'looters', 'students', 'masked men', 'armed men', 'unidentified men',
  ...OCCUPATION_GROUPS,
])

/**
 * People told by what they are rather than by a role or a name. Only before where they are from
 * ("a woman from Sibiu", "families in Leeds", "workers at Acme") is such a noun a description, which
 * would otherwise leave the place or the company to stand for them.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'mother', 'father', 'mum', 'dad', 'grandmother', 'grandfather', 'resident',
  'neighbour', 'neighbor', 'worker', 'employee', 'passenger', 'survivor', 'witness', 'shopkeeper', 'farmer', 'student', 'teacher',
  'doctor', 'nurse', 'pensioner', 'retiree', 'voter', 'relative', 'volunteer', 'villager', 'commuter', 'driver', 'patient', 'parent',
  'trader', 'miner', 'fisherman',
])
/** Irregular plurals of `PEOPLE_NOUNS`, and nouns of several people ("a family"); the others add "s". */
export const PEOPLE_PLURALS: Readonly<Record<string, string>> = {
  men: 'man', women: 'woman', witnesses: 'witness', fishermen: 'fisherman', children: 'child', family: 'family', families: 'family', couple: 'couple', couples: 'couple',
}
/** Kin someone is described as ("Lidija Belic, his wife,"), by which "his wife" then names them again, and their gender. */
const KIN_GENDER = { wife: 'f', husband: 'm', widow: 'f', widower: 'm', daughter: 'f', son: 'm', sister: 'f', brother: 'm' } as const
/** The gender of the people `PEOPLE_NOUNS` name by it, which a later "he" or "she" must agree with. */
export const PEOPLE_NOUN_GENDER: Readonly<Record<string, 'f' | 'm'>> = {
  woman: 'f', girl: 'f', mother: 'f', mum: 'f', grandmother: 'f', man: 'm', boy: 'm', father: 'm', dad: 'm', grandfather: 'm', fisherman: 'm',
  ...KIN_GENDER,
}

/** People an article describes without naming, one each time ("a Talmerian official"), whom "the official" then names again. */
export const UNNAMED_PERSON_ROLES: ReadonlySet<string> = new Set(['official', 'diplomat'])

/** The kin nouns of `KIN_GENDER`. */
export const KIN_NOUNS: ReadonlySet<string> = new Set(Object.keys(KIN_GENDER))

/** Words that mark a capitalised name as an organisation. */
export const ORGANISATION_WORDS =
  /\b(?:Ministry|Agency|Movement|Council|Party|Bureau|Conference|Organi[sz]ation|Committee|Union|Association|Court|Parliament|Assembly|Police|Army|Forces|Guards?|Corps|Department|Office|Commission|Bank|University|College|Institute|Foundation|Company|Corp|Inc|Group|Front|Brigades?|News|Times|Post|Network|Embassy|Consulate|Government|Senate|Congress|Cabinet|Federation|Confederation|Syndicate|Guild|Society|League|Fund|Service|Services|Authority|Coalition|Alliance|Media|Television|Radio|Journal|Church|Hospital|School|Mission|Chamber|Crescent|Red\s+Cross|Order|Lodge|Administration|Unit|Directorate|Division|Secretariat|Tribunal|Inspectorate|Board|Panel)\b/u

/** Lower-case particles inside a personal name ("Caroline van der Plas", "Erik ten Hag", "Lula da Silva"). */
export const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'la', 'le'])

/** Party labels: a capitalised run with one is a description of a politician ("Kentucky Republican"), never a name. */
export const PARTY_WORDS = /^(?:Republicans?|Democrats?|Democratic|Libertarians?|Conservatives?|Liberals?|Labour|Tory|Tories|Independents?|GOP)$/u

/** The party each party label names ("Tory", "GOP"); an independent has none. */
const PARTIES: Readonly<Record<string, string>> = {
  republican: 'Republican Party', gop: 'Republican Party', democrat: 'Democratic Party', democratic: 'Democratic Party', labour: 'Labour Party',
  conservative: 'Conservative Party', tory: 'Conservative Party', tories: 'Conservative Party', liberal: 'Liberal Party', libertarian: 'Libertarian Party',
}

/** The party a label in `PARTY_WORDS` names, singular or plural ("Labour", "Republicans"), if any. Pure. */
export function partyNamed(label: string): string | undefined {
  const lower = label.toLowerCase()
  return PARTIES[lower] ?? PARTIES[lower.replace(/s$/u, '')]
}

/**
 * Words that make a capitalised name of several words an organisation ("Southwest Airlines", "Premier League", "Edison Research"), but that alone are common nouns a headline capitalises;
 * "Trust" and "Museum" only ending the name ("the National Trust", not a headline's "Voters Trust Biden").
 */
export const ORGANISATION_HEADS =
  /\b(?:Airlines|Airways|Partners|Holdings|Motors|Business|Staff|Research|Cent(?:er|re)s?|Club|Review|Capital|Management|Reserve|Securities|Industries|Technologies|Pharmaceuticals?|Pharma|Biotech|Therapeutics|Biosciences|Petroleum|Mining|Telecom|Logistics|Electronics|Convention|Campaign|Caucus|Academy|Society|Institution|Exchange|Board|Herald|Gazette|Tribune|Chronicle|Courier|Telegraph|Shipping|Shipyards?|Ferries|Freight|Tankers)\b|\s(?:Trust|Museum)$/u

/** Sports a national governing body is named for, with its country: "British Cycling", "England Rugby", "Cricket Australia", "USA Gymnastics". */
export const SPORTS = /^(?:Athletics|Aquatics|Archery|Badminton|Baseball|Basketball|Bobsleigh|Boxing|Canoeing|Cricket|Cycling|Diving|Equestrian|Fencing|Football|Golf|Gymnastics|Hockey|Judo|Netball|Rowing|Rugby|Sailing|Shooting|Skating|Skiing|Softball|Swimming|Taekwondo|Tennis|Triathlon|Volleyball|Weightlifting|Wrestling)$/u

/** True when a word or name holds an organisation word or head ("Ministry", "Airlines"). */
export const isOrganisationWord = (s: string): boolean => ORGANISATION_WORDS.test(s) || ORGANISATION_HEADS.test(s)

/** Third-person pronouns that can stand for a speaker. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him'])
