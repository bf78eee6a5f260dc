/** @module compare/read-once — a reading of an object computed on first use: comparisons read the same claim or act once per pair. */

/** `read` of each object once, remembered while the object lives. Pure given `read`. */
export function readOnce<K extends object, V>(read: (key: K) => V): (key: K) => V {
  const seen = new WeakMap<K, { readonly value: V }>()
  return (key) => {
    let found = seen.get(key)
    if (!found) seen.set(key, found = { value: read(key) })
    return found.value
  }
}
