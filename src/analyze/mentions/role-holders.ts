/**
 * @module analyze/mentions/role-holders — "her lawyer", "the company's spokesman": a role someone
 * holds for one party, which names the one person the article gives that role, before or after
 * ("Owen Teller, her lawyer"), or the new name that speaks right after it ("…, her lawyer said.
 * Owen Teller told reporters"), as news writing introduces a speaker by role and names them next.
 */
import type { Actor, Mention } from '../../model/schema.js'
import type { Segmentation } from '../layers.js'
import { sentenceAt } from '../segment/segment.js'

/** A role held for one party, after its possessor: a pronoun (kept in the mention) or a name's or a body's "'s" (a mention of its own). */
const HELD_ROLE = /(?<![\p{L}'’])(?:([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?:\p{Lu}[\p{L}-]*|the\s+\p{Ll}+)['’]s?)\s+(lawyer|attorney|solicitor|barrister|agent|spokes(?:man|woman|person)|publicist)(?![\p{L}-])/gu
/** A speech verb right after a mention: its holder speaks. */
const SPEAKS_AFTER = /^\s+(?:said|says|told|added|insisted|argued|stressed|explained)\b/u

/** The role as held: a spokesman, a spokeswoman and a spokesperson hold one role. */
const roleKey = (role: string): string => (role.startsWith('spokes') ? 'spokes' : role)

/**
 * The mentions of held roles no mention covers, linked to their holder, and the roles that gives the
 * holders the text had not named by it, by actor id. `mentions` are in text order. Pure.
 */
export function heldRoles(text: string, seg: Segmentation, mentions: readonly Mention[], actors: readonly Actor[]): { mentions: Mention[]; roles: Map<string, string> } {
  const added: Mention[] = []
  const roles = new Map<string, string>()
  const byId = new Map(actors.map((a) => [a.id, a]))
  for (const m of text.matchAll(HELD_ROLE)) {
    const role = m[2]!
    const end = m.index + m[0].length
    const span = { start: m[1] ? m.index : end - role.length, end }
    if (mentions.some((x) => x.span.start < span.end && span.start < x.span.end)) continue
    const holders = actors.filter((a) => a.kind === 'person' && a.role !== undefined && roleKey(a.role) === roleKey(role))
    const holder = holders.length === 1 ? holders[0] : holders.length === 0 ? namedNext(text, seg, span, mentions, byId) : undefined
    if (!holder) continue
    added.push({ span, actor: holder.id, how: 'description' })
    if (!holder.role) roles.set(holder.id, role)
  }
  return { mentions: added, roles }
}

/**
 * The person a role that speaks ("her lawyer said") names when the next sentence opens with a new
 * full name that speaks and has no role of its own ("Owen Teller told reporters"). Pure.
 */
function namedNext(text: string, seg: Segmentation, role: { start: number; end: number }, mentions: readonly Mention[], byId: ReadonlyMap<string, Actor>): Actor | undefined {
  if (!SPEAKS_AFTER.test(text.slice(role.end, role.end + 20))) return undefined
  const next = seg.sentences[sentenceAt(seg, role.start) + 1]
  // The first mention of the next sentence, where only spaces or a line break come before it.
  const opens = next === undefined ? undefined : mentions.find((x) => x.span.start >= next.start && /^\s*$/u.test(text.slice(next.start, x.span.start)))
  const person = opens && byId.get(opens.actor)
  if (!opens || person?.kind !== 'person' || person.role || !/\s/u.test(person.name) || opens.how !== 'name') return undefined
  const first = mentions.find((x) => x.actor === person.id)
  return first === opens && SPEAKS_AFTER.test(text.slice(opens.span.end, opens.span.end + 20)) ? person : undefined
}
