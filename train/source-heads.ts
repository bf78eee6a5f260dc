/**
 * @module train/source-heads — writes `models/source-heads.json`: the common nouns PolNeAR's
 * annotators end a source with ("voters", "officials", "the campaign", "a poll"), which
 * `src/analyze/attribution/unnamed.ts` accepts as the head of an unnamed speaker.
 *
 * `npm run train -- source-heads --data ../shared/data/polnear`
 *
 * Reads every annotation file of the train split; a source's head is its last word, counted when
 * it is written in lower case (names are accepted by their capitals, not by this list), once per
 * article. Words heading sources in at least `MIN_ARTICLES` articles are kept. No text is stored.
 */
import { loadBratSplit } from '../bench/lib-brat.js'
import { option } from '../bench/lib-framing-score.js'
import { SOURCE_HEADS_FILE, type SavedSourceHeads } from '../src/analyze/attribution/source-heads.js'
import { writeModel } from '../src/learn/model-file.js'

const MIN_ARTICLES = 2
/** Pronouns and quantifiers end sources too, but name no one. */
const NOT_HEADS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'who', 'which', 'that', 'some', 'many', 'most', 'others', 'one', 'those', 'both', 'all', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 'me', 'us', 'them', 'him', 'this', 'these', 'each', 'several', 'few', 'another', 'other', 'the', 'a', 'an', 'whose', 'himself', 'herself', 'themselves', 'itself', 'everyone', 'anyone', 'someone', 'nobody', 'none'])

/** Counts the heads and writes the list; ends with one JSON line. */
export function run(args: string[]): Promise<void> {
  const data = option(args, 'data', '../shared/data/polnear')
  const split = loadBratSplit(data, 'train')
  const texts = new Map(split.articles.map((a) => [a.name, a.text]))
  const articlesOf = new Map<string, Set<string>>()
  for (const file of split.files) {
    const text = texts.get(file.article) ?? ''
    for (const relation of file.relations) {
      const last = relation.source?.[relation.source.length - 1]
      if (!last) continue
      const head = /([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(last.start, last.end))?.[1]
      if (!head || head !== head.toLowerCase() || NOT_HEADS.has(head)) continue
      const seen = articlesOf.get(head) ?? new Set<string>()
      seen.add(file.article)
      articlesOf.set(head, seen)
    }
  }
  const words = [...articlesOf].filter(([, seen]) => seen.size >= MIN_ARTICLES).map(([w]) => w).sort()
  const saved: SavedSourceHeads = {
    model: 'source-heads',
    trainedOn: { data, split: 'train', articles: split.articles.length, annotationFiles: split.files.length, minArticles: MIN_ARTICLES, command: `npm run train -- source-heads --data ${data}` },
    words: words.join(' '),
  }
  const path = writeModel(SOURCE_HEADS_FILE, saved)
  console.log(`wrote ${path}: ${words.length} source head words`)
  console.log(JSON.stringify({ train: 'source-heads', words: words.length }))
  return Promise.resolve()
}
