/** @module analyze/framing/rules — the catalog of framing rules and learned-model outputs: id, PTC technique, description, base confidence. */

/**
 * Every rule the framing stage can emit. Technique names follow the PTC / SemEval-2020 Task 11
 * taxonomy in kebab-case, plus `scare-quotes` and `hedge`. `confidence` is the rule's base
 * confidence for a match in the outlet's own voice; lexicon lists may set their own.
 * `beyondPtc` marks the devices rashomon reports on their own terms though PTC's annotators
 * seldom mark those words (scare quotes, hedges, doubt cast on a label or claim or on whoever makes it, claims pinned on
 * unnamed authorities; PTC marks the doubted claim, not "so-called"): the PTC-trained tagger,
 * which may veto other rules' hits in context, has no say over these.
 */
export const RULES = [
  { id: 'framing/loaded-term', technique: 'loaded-language', confidence: 0.6, description: 'Emotive or evaluative words and idioms that judge rather than report.' },
  { id: 'framing/name-calling', technique: 'name-calling', confidence: 0.6, description: 'A contemptuous or feared label attached to a person or group.' },
  { id: 'framing/doubt', technique: 'doubt', confidence: 0.55, beyondPtc: true, description: 'Wording that questions a label, claim or person ("so-called", "claims to be", "insists on calling").' },
  { id: 'framing/scare-quotes', technique: 'scare-quotes', confidence: 0.6, beyondPtc: true, description: 'A short label put in quotation marks to distance the outlet from another party\'s wording.' },
  { id: 'framing/rhetorical-question', technique: 'doubt', confidence: 0.35, description: 'A question asked in the outlet\'s own voice, which suggests rather than reports.' },
  { id: 'framing/unnamed-authority', technique: 'appeal-to-authority', confidence: 0.6, beyondPtc: true, description: 'A claim pinned on unnamed pundits, experts, observers or sources.' },
  { id: 'framing/whataboutism', technique: 'whataboutism', confidence: 0.6, description: 'One side\'s conduct set against the other side\'s ("This is while", "compared ... to those of").' },
  { id: 'framing/exaggeration', technique: 'exaggeration', confidence: 0.5, description: 'Hyperbole or minimisation: larger, worse or smaller than the facts reported.' },
  { id: 'framing/booster', technique: 'exaggeration', confidence: 0.4, description: 'A certainty marker ("clearly", "undoubtedly") presenting a judgement as beyond question.' },
  { id: 'framing/flag-waving', technique: 'flag-waving', confidence: 0.55, description: 'An appeal to national or group pride, identity or duty.' },
  { id: 'framing/appeal-to-fear', technique: 'appeal-to-fear', confidence: 0.5, description: 'Wording that builds support through anxiety about an alternative.' },
  { id: 'framing/causal-oversimplification', technique: 'causal-oversimplification', confidence: 0.45, description: 'A complex outcome pinned on a single cause.' },
  { id: 'framing/black-and-white', technique: 'black-and-white', confidence: 0.5, description: 'Two alternatives presented as the only possibilities.' },
  { id: 'framing/thought-terminating', technique: 'thought-terminating-cliche', confidence: 0.5, description: 'A stock phrase that discourages further thought.' },
  { id: 'framing/slogan', technique: 'slogans', confidence: 0.5, description: 'A brief, striking political slogan or hashtag.' },
  { id: 'framing/bandwagon', technique: 'bandwagon', confidence: 0.5, description: 'An appeal to join a position because everyone supposedly holds it.' },
  { id: 'framing/repetition', technique: 'repetition', confidence: 0.35, description: 'A loaded term or label repeated to drive it home.' },
  // PTC has no slippery-slope class. Its appeal to fear builds support "by instilling anxiety ... towards an
  // alternative", which is what a slippery slope does (the step leads to ruin); its causal oversimplification pins an
  // outcome already there on one cause, looking back, not forward to a chain of steps.
  { id: 'framing/slippery-slope', technique: 'appeal-to-fear', confidence: 0.45, description: 'A warning that one step will lead to ever worse ones ("will open the floodgates", "the thin end of the wedge").' },
  { id: 'framing/ad-hominem', technique: 'doubt', confidence: 0.5, beyondPtc: true, description: 'An argument dismissed by attacking whoever makes it ("coming from a man who has never held a job", "what would she know about").' },
  { id: 'framing/hedge', technique: 'hedge', confidence: 0.3, beyondPtc: true, description: 'A hedge or weasel qualifier that softens a claim without saying on what grounds.' },
  // The trained model (model.ts): one rule per PTC technique; `confidence` here is nominal, each
  // finding carries the tagger's mean token probability.
  { id: 'framing/learned-loaded-language', technique: 'loaded-language', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as loaded language.' },
  { id: 'framing/learned-name-calling', technique: 'name-calling', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as name calling or labelling.' },
  { id: 'framing/learned-repetition', technique: 'repetition', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as repetition.' },
  { id: 'framing/learned-doubt', technique: 'doubt', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as doubt.' },
  { id: 'framing/learned-exaggeration', technique: 'exaggeration', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as exaggeration or minimisation.' },
  { id: 'framing/learned-appeal-to-fear', technique: 'appeal-to-fear', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as appeal to fear or prejudice.' },
  { id: 'framing/learned-flag-waving', technique: 'flag-waving', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as flag-waving.' },
  { id: 'framing/learned-causal-oversimplification', technique: 'causal-oversimplification', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as causal oversimplification.' },
  { id: 'framing/learned-appeal-to-authority', technique: 'appeal-to-authority', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as appeal to authority.' },
  { id: 'framing/learned-slogans', technique: 'slogans', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as a slogan.' },
  { id: 'framing/learned-whataboutism', technique: 'whataboutism', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as whataboutism, a straw man or a red herring.' },
  { id: 'framing/learned-black-and-white', technique: 'black-and-white', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as a black-and-white fallacy.' },
  { id: 'framing/learned-thought-terminating-cliche', technique: 'thought-terminating-cliche', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as a thought-terminating cliché.' },
  { id: 'framing/learned-bandwagon', technique: 'bandwagon', confidence: 0.5, description: 'A span the trained tagger marks as persuasive and the trained classifier reads as bandwagon or reductio ad hitlerum.' },
] as const

export type RuleId = (typeof RULES)[number]['id']
export type Technique = (typeof RULES)[number]['technique']

/** True when the trained tagger may veto the rule's hits (see `beyondPtc`). Pure. */
export function modelMayVeto(id: RuleId): boolean {
  const rule = ruleInfo(id)
  return !('beyondPtc' in rule && rule.beyondPtc)
}

/** Rules by id; built once. */
export const RULE_BY_ID: ReadonlyMap<string, (typeof RULES)[number]> = new Map(RULES.map((r) => [r.id, r]))

/** Returns the rule id the trained model uses for `technique`. Pure. */
export function learnedRuleOf(technique: Technique): RuleId {
  const id = `framing/learned-${technique}`
  if (!RULE_BY_ID.has(id)) throw new Error(`no learned rule for technique ${technique}: add framing/learned-${technique} to rules.ts`)
  return id as RuleId
}

/** True for the rule ids of the trained tagger's own spans. Pure. */
export function isLearnedRule(id: string): boolean {
  return id.startsWith('framing/learned-')
}

/** Returns the catalog entry of `id`. Pure. */
export function ruleInfo(id: RuleId): (typeof RULES)[number] {
  return RULE_BY_ID.get(id)!
}
