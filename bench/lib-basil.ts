/**
 * @module bench/lib-basil — reads a folder laid out like BASIL (EMNLP 2019 "In Plain Sight").
 *
 * `articles/<year>/<id>.json` holds `body-paragraphs` (paragraphs as lists of sentences) and
 * metadata; `annotations/<year>/<id>_ann.json` holds `phrase-level-annotations` (`start`/`end`
 * offsets into one sentence, found again by their `txt`) and `article-level-annotations`. The
 * article text is the paragraphs joined by blank lines, sentences by one space.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export interface BasilArticle { readonly 'body-paragraphs'?: readonly (readonly string[])[]; readonly date?: string; readonly source?: string }
export interface BasilPhrase {
  readonly bias?: string; readonly aim?: string; readonly start?: number; readonly end?: number; readonly txt?: string
  readonly quote?: string; readonly speaker?: string; readonly polarity?: string; readonly target?: string
}
export interface BasilAnnotation {
  readonly 'phrase-level-annotations'?: readonly BasilPhrase[]
  readonly 'article-level-annotations'?: Readonly<Record<string, string>>
}
export interface BasilSentence { readonly start: number; readonly text: string }

/** One annotated article: its text, where each sentence starts, and its annotation. */
export interface BasilItem {
  readonly year: number
  readonly id: string
  readonly article: BasilArticle
  readonly text: string
  readonly sentences: readonly BasilSentence[]
  readonly annotation: BasilAnnotation
}

/** Builds the article text and the start offset of every sentence. Pure. */
export function articleText(article: BasilArticle): { text: string; sentences: BasilSentence[] } {
  const sentences: BasilSentence[] = []
  let text = ''
  for (const paragraph of article['body-paragraphs'] ?? []) {
    if (text.length > 0) text += '\n\n'
    paragraph.forEach((sentence, i) => {
      if (i > 0) text += ' '
      sentences.push({ start: text.length, text: sentence })
      text += sentence
    })
  }
  return { text, sentences }
}

/** Places a BASIL phrase in the article text: the first sentence where its offsets give its `txt`. */
export function placePhrase(p: BasilPhrase, sentences: readonly BasilSentence[], text: string): { start: number; end: number } | undefined {
  const { start, end, txt } = p
  if (typeof start === 'number' && typeof end === 'number' && typeof txt === 'string') {
    for (const s of sentences) if (s.text.slice(start, end) === txt) return { start: s.start + start, end: s.start + end }
  }
  const at = typeof txt === 'string' && txt.length > 0 ? text.indexOf(txt) : -1
  return at >= 0 ? { start: at, end: at + (txt ?? '').length } : undefined
}

/** Every annotated article of the folder whose article file exists, by year then file name. */
export function* readBasil(dir: string): Generator<BasilItem> {
  for (const folder of readdirSync(join(dir, 'annotations')).sort()) {
    const annDir = join(dir, 'annotations', folder)
    for (const annFile of readdirSync(annDir).filter((f) => f.endsWith('_ann.json')).sort()) {
      const id = annFile.slice(0, -'_ann.json'.length)
      const articlePath = join(dir, 'articles', folder, `${id}.json`)
      if (!existsSync(articlePath)) continue
      const article = JSON.parse(readFileSync(articlePath, 'utf8')) as BasilArticle
      const annotation = JSON.parse(readFileSync(join(annDir, annFile), 'utf8')) as BasilAnnotation
      yield { year: Number(folder), id, article, ...articleText(article), annotation }
    }
  }
}
