/**
 * @module bench/lib-brat — reads brat standoff attribution files (PolNeAR layout) into spans over the text.
 *
 * A `.ann` file holds text-bound annotations (`T3\tContent 115 290;300 310\t<text>`) and events that
 * join them (`E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1`). brat is written in Python, so its
 * offsets count code points; rashomon spans count UTF-16 units. The parser converts, after checking
 * against the annotated text which of the two the file really uses (they differ only when the text
 * has characters outside the Basic Multilingual Plane, such as emoji). `loadBratSplit` reads a whole
 * split from disk; everything else here is pure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Span } from '../src/model/span.js'

/** The three roles of an attribution relation, as rashomon names them. */
export const ROLES = ['source', 'cue', 'content'] as const
export type Role = (typeof ROLES)[number]

/** One text-bound annotation: its type and its fragments, in UTF-16 offsets, sorted. */
export interface TextBound {
  readonly id: string
  readonly type: string
  readonly fragments: readonly Span[]
}

/**
 * One attribution relation. Each role is a list of fragments (sorted, UTF-16), because brat spans
 * may be discontinuous and PolNeAR sometimes adds a second content (`Content2`), which is merged
 * into `content`. A role the annotator did not mark is absent.
 */
export interface BratRelation {
  readonly id: string
  /** `Attribution` or `Attribution-no-source` in PolNeAR. */
  readonly type: string
  readonly source?: readonly Span[]
  readonly cue?: readonly Span[]
  readonly content?: readonly Span[]
}

/** What `parseBrat` found in one file. */
export interface BratDocument {
  readonly relations: readonly BratRelation[]
  readonly textBounds: ReadonlyMap<string, TextBound>
  /** Which unit the file's offsets were read in. */
  readonly offsetUnit: 'utf16' | 'codepoint'
  /** Lines that were neither annotations nor comments (e.g. the rest of an annotated text that spans lines). */
  readonly skippedLines: number
  /** Problems that made the parser drop something, one sentence each. */
  readonly warnings: readonly string[]
}

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t(.*))?$/
const E_LINE = /^(E\d+)\t(\S+)(?: (.*))?$/
/** Other brat line kinds (relations, attributes, notes, normalisations, comments): read and ignored. */
const IGNORED_LINE = /^(?:[RAMN*]\d*\t|#)/
/** PolNeAR role names → rashomon roles; a trailing digit (`Content2`) marks an extra argument of the same role. */
const ROLE_OF: Readonly<Record<string, Role>> = { source: 'source', cue: 'cue', content: 'content' }

interface RawBound { id: string; type: string; offsets: Array<[number, number]>; text: string | undefined }

/**
 * Parses one `.ann` file against the text it annotates. Pure; never throws on malformed lines
 * (they are skipped and counted, or reported in `warnings`).
 */
export function parseBrat(ann: string, text: string): BratDocument {
  const warnings: string[] = []
  const raw: RawBound[] = []
  const events: Array<{ id: string; type: string; args: Array<[string, string]> }> = []
  let skippedLines = 0
  for (const line of ann.split(/\r?\n/)) {
    if (line.trim() === '' || IGNORED_LINE.test(line)) continue
    const t = T_LINE.exec(line)
    if (t) {
      const offsets = t[3]!.split(';').map((pair): [number, number] => {
        const [s, e] = pair.split(' ')
        return [Number(s), Number(e)]
      })
      raw.push({ id: t[1]!, type: t[2]!, offsets, text: t[4] })
      continue
    }
    const e = E_LINE.exec(line)
    if (e) {
      const id = e[1]!
      const head = e[2]!
      const args = (e[3] ?? '').split(/\s+/).filter((a) => a !== '').map((a): [string, string] => {
        const colon = a.lastIndexOf(':')
        return [a.slice(0, colon), a.slice(colon + 1)]
      })
      const colon = head.lastIndexOf(':')
      events.push({ id, type: colon < 0 ? head : head.slice(0, colon), args })
      continue
    }
    skippedLines++
  }

  const offsetUnit = chooseOffsetUnit(raw, text)
  const toUtf16 = offsetUnit === 'codepoint' ? codePointToUtf16(text) : undefined
  const textBounds = new Map<string, TextBound>()
  for (const b of raw) {
    const fragments: Span[] = []
    for (const [s, e] of b.offsets) {
      const start = toUtf16 ? toUtf16[s] : s
      const end = toUtf16 ? toUtf16[e] : e
      if (start === undefined || end === undefined || !(start <= end && end <= text.length)) {
        warnings.push(`${b.id}: fragment ${s}-${e} does not fit a text of ${text.length} characters; dropped.`)
        continue
      }
      fragments.push({ start, end })
    }
    textBounds.set(b.id, { id: b.id, type: b.type, fragments: mergeFragments(fragments) })
  }

  const relations: BratRelation[] = []
  for (const ev of events) {
    if (!ev.type.startsWith('Attribution')) continue
    const roles: Partial<Record<Role, Span[]>> = {}
    for (const [name, ref] of ev.args) {
      const role = ROLE_OF[name.replace(/\d+$/, '').toLowerCase()]
      if (!role) continue
      const bound = textBounds.get(ref)
      if (!bound) {
        warnings.push(`${ev.id}: ${name} refers to ${ref}, which is not in the file; role dropped.`)
        continue
      }
      if (bound.fragments.length === 0) continue
      roles[role] = [...(roles[role] ?? []), ...bound.fragments]
    }
    relations.push({
      id: ev.id, type: ev.type,
      ...(roles.source ? { source: mergeFragments(roles.source) } : {}),
      ...(roles.cue ? { cue: mergeFragments(roles.cue) } : {}),
      ...(roles.content ? { content: mergeFragments(roles.content) } : {}),
    })
  }
  return { relations, textBounds, offsetUnit, skippedLines, warnings }
}

/** Returns the fragments sorted, with overlapping or touching ones joined. Pure. */
export function mergeFragments(fragments: readonly Span[]): Span[] {
  const sorted = [...fragments].sort((a, b) => a.start - b.start || a.end - b.end)
  const out: Span[] = []
  for (const f of sorted) {
    const last = out[out.length - 1]
    if (last && f.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, f.end) }
    else out.push({ start: f.start, end: f.end })
  }
  return out
}

/**
 * Returns `map` with `map[i]` = the UTF-16 offset of code point `i` (length = code points + 1). Pure.
 */
export function codePointToUtf16(text: string): Uint32Array {
  const map: number[] = []
  let i = 0
  for (const ch of text) {
    map.push(i)
    i += ch.length
  }
  map.push(i)
  return Uint32Array.from(map)
}

/**
 * Decides whether the offsets count code points (brat's own unit) or UTF-16 units, by comparing the
 * annotated texts with both readings. The two agree unless the text has astral characters; on a
 * tie the brat convention, code points, wins. Pure.
 */
function chooseOffsetUnit(bounds: readonly RawBound[], text: string): 'utf16' | 'codepoint' {
  if (!/[\uD800-\uDBFF]/.test(text)) return 'codepoint'
  const map = codePointToUtf16(text)
  let utf16 = 0
  let codepoint = 0
  for (const b of bounds) {
    if (b.text === undefined) continue
    const asUnits = b.offsets.map(([s, e]) => text.slice(s, e)).join(' ')
    const asPoints = b.offsets.map(([s, e]) => text.slice(map[s] ?? text.length, map[e] ?? text.length)).join(' ')
    if (asUnits === b.text) utf16++
    if (asPoints === b.text) codepoint++
  }
  return utf16 > codepoint ? 'utf16' : 'codepoint'
}

/**
 * Splits a PolNeAR annotation file name `<article>_<annotator>.ann` into its parts, or returns
 * `undefined` when the name does not end in `_<annotator>.ann`. Pure.
 */
export function splitAnnotationName(fileName: string): { article: string; annotator: string } | undefined {
  const m = /^(.+)_([^_]+)\.ann$/.exec(fileName)
  return m ? { article: m[1]!, annotator: m[2]! } : undefined
}

/** One annotation file of a split: its name, the article it annotates and its relations. */
export interface AnnotationFile { readonly name: string; readonly article: string; readonly relations: readonly BratRelation[] }

/** One article of a split: its name and its text. */
export interface SplitArticle { readonly name: string; readonly text: string }

/** A split read from disk: articles in name order, annotation files, and notes about what was skipped. */
export interface BratSplit { readonly root: string; readonly articles: readonly SplitArticle[]; readonly files: readonly AnnotationFile[]; readonly notes: readonly string[] }

/** Problems with the data folder, thrown by `loadBratSplit` with a hint on how to fix them. */
export class DataFolderError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message)
  }
}

/**
 * Reads `<data>/<split>/attributions/<article>_<annotator>.ann` and the `text/<article>.txt` they
 * annotate, in file-name order; `limit` caps the number of articles. The only I/O of this module.
 * Throws `DataFolderError` when the folders are missing or hold no annotation file.
 */
export function loadBratSplit(data: string, split: string, limit = Infinity): BratSplit {
  const root = resolve(process.cwd(), data)
  const isDirectory = (path: string): boolean => existsSync(path) && statSync(path).isDirectory()
  if (!isDirectory(root)) {
    throw new DataFolderError(`data folder ${root} does not exist or is not a folder`, 'Pass --data pointing at a folder laid out like ../shared/data/polnear (run from the repository root, or give an absolute path).')
  }
  const splitDir = join(root, split)
  const textDir = join(splitDir, 'text')
  const annDir = join(splitDir, 'attributions')
  if (!isDirectory(textDir) || !isDirectory(annDir)) {
    const splits = readdirSync(root).filter((d) => isDirectory(join(root, d, 'attributions')) && isDirectory(join(root, d, 'text')))
    throw new DataFolderError(`split "${split}" not found: ${splitDir} needs text/ and attributions/ folders`,
      splits.length > 0 ? `Available splits in ${root}: ${splits.join(', ')}.` : `${root} has no <split>/text and <split>/attributions folders.`)
  }
  const notes: string[] = []
  const texts = new Map<string, string>()
  const files: AnnotationFile[] = []
  let skippedLines = 0
  for (const fileName of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
    const parts = splitAnnotationName(fileName)
    if (!parts) {
      notes.push(`${fileName}: name is not <article>_<annotator>.ann; skipped.`)
      continue
    }
    let text = texts.get(parts.article)
    if (text === undefined) {
      if (texts.size >= limit) continue
      const textPath = join(textDir, `${parts.article}.txt`)
      if (!existsSync(textPath)) {
        notes.push(`${fileName}: no text/${parts.article}.txt; skipped.`)
        continue
      }
      text = readFileSync(textPath, 'utf8')
      texts.set(parts.article, text)
    }
    const doc = parseBrat(readFileSync(join(annDir, fileName), 'utf8'), text)
    skippedLines += doc.skippedLines
    for (const w of doc.warnings) notes.push(`${fileName}: ${w}`)
    files.push({ name: fileName, article: parts.article, relations: doc.relations })
  }
  if (skippedLines > 0) notes.push(`${skippedLines} continuation line(s) of multi-line annotated texts ignored.`)
  if (files.length === 0) throw new DataFolderError(`no annotation files in ${annDir}`, 'Expected <article>_<annotator>.ann files next to text/<article>.txt.')
  return { root, articles: [...texts].map(([name, text]) => ({ name, text })), files, notes }
}
