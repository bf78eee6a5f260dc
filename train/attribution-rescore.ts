/**
 * @module train/attribution-rescore — scores held-out taggers kept by
 * `npm run train -- attribution --data <folder> --holdout K --keep FILE` again, with the code as it
 * is now: a change after tagging (how spans become attributions) is compared on the same held-out
 * training articles in seconds, without training again and without looking at dev.
 *
 * `npm run train -- attribution-rescore --data ../shared/data/polnear --keep FILE`
 */
import { readFileSync } from 'node:fs'
import { findMentions } from '../src/analyze/mentions/mentions.js'
import { segmentText } from '../src/analyze/segment/segment.js'
import { option } from '../bench/lib-framing-score.js'
import { loadBratSplit } from '../bench/lib-brat.js'
import { heldOutArticles, scoreHeldOut, type HeldOutTaggers, type Prepared } from './attribution.js'

/** Prints the held-out figures; ends with one JSON line. */
export function run(args: string[]): Promise<void> {
  const data = option(args, 'data', '')
  const keep = option(args, 'keep', '')
  if (data === '' || keep === '') return Promise.reject(new Error('usage: npm run train -- attribution-rescore --data <folder> --keep FILE'))
  const kept = JSON.parse(readFileSync(keep, 'utf8')) as HeldOutTaggers
  const split = loadBratSplit(data, 'train')
  const heldOut = heldOutArticles(split, kept.holdout, kept.fold)
  const prepared = new Map<string, Prepared>()
  for (const article of split.articles) {
    if (!heldOut.has(article.name)) continue
    const seg = segmentText(article.text)
    prepared.set(article.name, { text: article.text, seg, mentions: findMentions(article.text, seg) })
  }
  const figures = scoreHeldOut(split, heldOut, prepared, kept)
  console.log(JSON.stringify({ train: 'attribution-rescore', heldOutArticles: heldOut.size, ...figures }))
  return Promise.resolve()
}
