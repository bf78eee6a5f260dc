/**
 * @module compare/syndication — syndicated copies of one text count once: articles whose word
 * 5-gram shingles overlap by at least half belong to one group. Shingles are hashed into a
 * shared index, so the cost grows with total text length, not with the number of article pairs.
 */
import type { AnalyzedArticle } from '../model/schema.js'
import { unionFind } from './union-find.js'

const SHINGLE = 5
const SAME_TEXT = 0.5

/** Returns a function from article id to its syndication group's id (the group's first article). Pure. */
export function syndicationGroups(articles: readonly AnalyzedArticle[]): (articleId: string) => string {
  const owners = new Map<string, number[]>()
  const sizes: number[] = []
  articles.forEach((a, i) => {
    const words = a.article.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
    const shingles = new Set<string>()
    for (let k = 0; k + SHINGLE <= words.length; k++) shingles.add(words.slice(k, k + SHINGLE).join(' '))
    sizes.push(shingles.size)
    for (const s of shingles) {
      const list = owners.get(s)
      if (list) list.push(i)
      else owners.set(s, [i])
    }
  })
  const shared = new Map<string, number>()
  for (const list of owners.values()) {
    // A shingle in very many articles is boilerplate, not evidence of copying.
    if (list.length < 2 || list.length > 50) continue
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const key = `${list[x]}:${list[y]}`
      shared.set(key, (shared.get(key) ?? 0) + 1)
    }
  }
  const sets = unionFind(articles.length)
  for (const [key, n] of shared) {
    const [x = 0, y = 0] = key.split(':').map(Number)
    if (n / Math.max(1, Math.min(sizes[x]!, sizes[y]!)) >= SAME_TEXT) sets.union(x, y)
  }
  const ids = articles.map((a) => a.article.id)
  const group = new Map(ids.map((id, i) => [id, ids[sets.find(i)]!]))
  return (id) => group.get(id) ?? id
}
