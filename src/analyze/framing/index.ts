/** @module analyze/framing — persuasion techniques, hedges and genre (re-exports only). */
export { analyzeFraming, byFinding, createFramingStage, framingStage, QUOTED_SPEECH_FACTOR, type FramingOptions } from './framing.js'
export { classifyGenre, genreFigures, GENRE_THRESHOLDS } from './genre.js'
export { RULES, type RuleId, type Technique } from './rules.js'
