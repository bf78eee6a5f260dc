/** @module index.test — pins the public API: adding or removing an export is a deliberate change. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import * as rashomon from './index.js'

test('the public exports, by name', () => {
  assert.deepEqual(Object.keys(rashomon).sort(), [
    'ActorKindSchema', 'ActorSchema', 'AnalysisResultSchema', 'AnalyzedArticleSchema', 'ArticleSchema', 'ArticleSpanSchema',
    'AttributionSchema', 'BoundarySchema', 'CanonicalActorSchema', 'ClaimGroupSchema', 'ClaimSchema', 'ComparisonSchema', 'EventDateSchema', 'EventSchema', 'EvidenceSchema', 'FacetSchema',
    'FacetValueSchema', 'FindingSchema', 'GenreSchema', 'HeadlineStanceSchema', 'LanguageSchema', 'LicenceSchema', 'MentionSchema', 'ModalitySchema',
    'OutletSchema', 'PloverTypeSchema', 'PortrayalSchema', 'ProvenanceSchema', 'PublishedSchema', 'RashomonError', 'SCHEMA_VERSION', 'STAGES', 'STANCES', 'SkippedSchema',
    'SpanSchema', 'StageFailureSchema', 'StanceSchema', 'Store', 'StorySchema', 'TimelineEntrySchema', 'VERSION', 'VerdictSchema', 'VerdictSideSchema', 'VoiceShareSchema', 'VoicedEvidenceSchema',
    'analysisJsonSchema', 'analyze', 'analyzeArticle', 'analyzeEach', 'analyzeText', 'analyzeTexts', 'compare', 'compareBatch', 'createApp', 'ingest', 'ingestTexts',
    'listen', 'renderHtml', 'renderJson', 'renderMarkdown', 'renderTerminal', 'span', 'textOf',
  ])
})

test('no default export', () => {
  assert.equal('default' in rashomon, false)
})

test('the exports are the functions and values they name', () => {
  for (const name of ['analyze', 'analyzeArticle', 'analyzeEach', 'analyzeText', 'analyzeTexts', 'compare', 'compareBatch', 'createApp', 'ingest', 'ingestTexts', 'listen', 'renderHtml', 'renderJson', 'renderMarkdown', 'renderTerminal', 'span', 'textOf', 'analysisJsonSchema', 'Store'] as const) {
    assert.equal(typeof rashomon[name], 'function', name)
  }
  assert.ok(Array.isArray(rashomon.STAGES))
  assert.equal(typeof rashomon.VERSION, 'string')
})
