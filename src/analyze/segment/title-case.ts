/**
 * @module analyze/segment/title-case — words written in title case, as headlines, titles and names are
 * ("Gov Shutdown Nears in Capital", "Teflon Mark"), where a capital letter tells nothing of a name.
 * Its readers differ only in how many words they need and which words may stay in lower case.
 */

/** How many words a title needs, and which words it may leave in lower case (none unless given). */
export interface TitleCaseOptions {
  readonly minWords: number
  readonly mayStayLower?: (word: string) => boolean
}

/** True for `minWords` words or more, each starting with a capital unless `mayStayLower` lets it stay lower. Pure. */
export function isTitleCase(words: readonly string[], { minWords, mayStayLower }: TitleCaseOptions): boolean {
  return words.length >= minWords && words.every((w) => /^\p{Lu}/u.test(w) || mayStayLower?.(w) === true)
}
