/** @module compare/stance-labels — the four stance labels of a headline towards an article body (FNC-1 order). */

export const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const
export type Stance = (typeof STANCES)[number]
