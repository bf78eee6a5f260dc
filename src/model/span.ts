/**
 * @module model/span — character spans into an article's text.
 *
 * Offsets are half-open `[start, end)` and count UTF-16 code units: the units that
 * `String.prototype.slice` uses. Convert at the edge when talking to code-point tools.
 */
import { RashomonError } from './errors.js'

/** A half-open range of UTF-16 offsets into one article's `text`. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A span that also names its article: what cross-article evidence points at. */
export interface ArticleSpan extends Span {
  readonly articleId: string
}

/** Returns a checked span; throws when it does not fit inside `text`. Pure. */
export function span(text: string, start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
    throw new RashomonError('E_SPAN_RANGE', `span ${start}-${end} does not fit a text of ${text.length} characters`, 'Build spans from offsets inside the text.')
  }
  return { start, end }
}

/** Returns the text a span covers. Pure. */
export function textOf(text: string, s: Span): string {
  return text.slice(s.start, s.end)
}

/** Orders spans by start, then end. Pure comparator. */
export function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end
}

/** True when the two spans share at least one character. Pure. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end
}

/** True when `inner` lies within `outer`. Pure. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

/** Returns the span with leading and trailing white space removed. Pure. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return { start, end }
}

/** The parts of sorted, disjoint `spans` outside `cut`, which is sorted by start (its spans may overlap). Pure; linear. */
export function subtractSpans(spans: readonly Span[], cut: readonly Span[]): Span[] {
  if (cut.length === 0) return [...spans]
  const out: Span[] = []
  let c = 0
  for (const s of spans) {
    let start = s.start
    while (c < cut.length && cut[c]!.end <= start) c++
    for (let k = c; k < cut.length && cut[k]!.start < s.end; k++) {
      if (cut[k]!.start > start) out.push({ start, end: cut[k]!.start })
      start = Math.max(start, cut[k]!.end)
    }
    if (start < s.end) out.push({ start, end: s.end })
  }
  return out
}

/** The index of the first of sorted, disjoint `spans` that ends after `offset` (`spans.length` if none). Pure (binary search). */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many characters of `span` the sorted, disjoint `spans` cover. Pure (binary search, then the spans met). */
export function coveredLength(spans: readonly Span[], span: Span): number {
  let covered = 0
  for (let i = firstEndingAfter(spans, span.start); i < spans.length && spans[i]!.start < span.end; i++) covered += Math.min(spans[i]!.end, span.end) - Math.max(spans[i]!.start, span.start)
  return covered
}

/** True when one of the sorted, disjoint `spans` overlaps `span`. Pure (binary search). */
export function overlapsSorted(spans: readonly Span[], span: Span): boolean {
  const first = spans[firstEndingAfter(spans, span.start)]
  return first !== undefined && first.start < span.end
}

/** The union of `spans` as sorted, disjoint spans (touching spans are joined). Pure; n log n. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of [...spans].sort(bySpan)) {
    const last = out[out.length - 1]
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) }
    else if (s.end > s.start) out.push({ ...s })
  }
  return out
}

/** Returns the index of the span holding `offset` in sorted, disjoint `spans`, or -1. Pure (binary search). */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = spans[mid]!
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return mid
  }
  return -1
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/**
 * Where to cut `text` near offset `at`: at the nearest blank within `slack` units before `at`
 * (`'after'`: after it), else at `at` itself moved off the middle of a surrogate pair (an emoji, a
 * rare CJK character), which a cut would turn into two broken halves. Pure; linear in `slack`.
 */
export function cutNear(text: string, at: number, direction: 'before' | 'after', slack = 0): number {
  const step = direction === 'before' ? -1 : 1
  for (let i = at, n = 0; n <= slack && i > 0 && i < text.length; i += step, n++) if (/\s/u.test(text[i]!)) return i
  const inPair = at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))
  return inPair ? at + (direction === 'before' ? -1 : 1) : at
}

/**
 * The text of span `s`, cut to at most `max` UTF-16 units plus "…" when longer: at a blank in the
 * last fifth of the excerpt when there is one, and never inside a surrogate pair. Pure.
 */
export function excerpt(text: string, s: Span, max: number): string {
  if (s.end - s.start <= max) return text.slice(s.start, s.end)
  return `${text.slice(s.start, cutNear(text, s.start + max, 'before', Math.floor(max / 5))).trimEnd()}…`
}

/** Where the text opens with its title (after leading white space), if it does: plain-text input keeps its headline line. Pure. */
export function openingTitle(text: string, title: string | undefined): Span | undefined {
  const t = title?.trim()
  if (!t) return undefined
  const start = text.length - text.trimStart().length
  return text.startsWith(t, start) ? { start, end: start + t.length } : undefined
}
