/**
 * @module analyze/mentions/headline-case — lines written in title case, as headlines are ("Gov
 * Shutdown Nears in Capital"), where a capital letter tells nothing of a name.
 */
import { isTitleCase } from '../segment/title-case.js'

/** Function words a title-case headline may leave in lower case ("Mayor of Leeds Backs the Plan"). */
const HEADLINE_LOWER_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'and', 'or', 'at', 'by', 'as'])

/** True for a headline written in title case: three words or more, each capitalised but function words ("Gov Shutdown Nears in Capital"). Pure. */
function isTitleCaseLine(line: string): boolean {
  return isTitleCase(line.match(/\p{L}[\p{L}'’-]*/gu) ?? [], { minWords: 3, mayStayLower: (w) => HEADLINE_LOWER_WORDS.has(w) })
}

/** The last text read, so that the article's countries and its mentions split one article's lines once. */
let last: { readonly text: string; readonly inTitleCase: (offset: number) => boolean } | undefined

/** Whether the line holding an offset of `text` is a title-case headline, each line split and read once per text. */
export function titleCaseLines(text: string): (offset: number) => boolean {
  if (last?.text !== text) last = { text, inTitleCase: readLines(text) }
  return last.inTitleCase
}

function readLines(text: string): (offset: number) => boolean {
  const lines = text.split('\n')
  const ends: number[] = []
  let end = -1
  for (const line of lines) ends.push(end += line.length + 1)
  const titleCase = lines.map(isTitleCaseLine)
  return (offset) => {
    let lo = 0
    let hi = ends.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ends[mid]! < offset) lo = mid + 1
      else hi = mid
    }
    return titleCase[lo]!
  }
}
