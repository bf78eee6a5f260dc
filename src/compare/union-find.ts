/** @module compare/union-find — disjoint sets over indices 0..n-1, with path compression. */

export interface UnionFind {
  find(i: number): number
  union(a: number, b: number): void
}

/** Returns fresh disjoint sets of `size` singletons; the smaller index stays the root. */
export function unionFind(size: number): UnionFind {
  const parent = Array.from({ length: size }, (_, i) => i)
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root]!
    while (parent[i] !== root) {
      const next = parent[i]!
      parent[i] = root
      i = next
    }
    return root
  }
  return {
    find,
    union(a, b) {
      const ra = find(a)
      const rb = find(b)
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb)
    },
  }
}
