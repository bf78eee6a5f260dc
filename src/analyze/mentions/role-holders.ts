/**
 * @module analyze/mentions/role-holders — "her lawyer", "the company's spokesman": a role someone
 * holds for one party, which names the one person the article gives that role, before or after
 * ("Owen Teller, her lawyer"), or the new name that speaks right after it ("…, her lawyer said.
 * Owen Teller told reporters"), as news writing introduces a speaker by role and names them next.
 */
import type { Actor, Mention } from '../../model/schema.js'
import { firstMentionAtOrAfter, type Segmentation } from '../layers.js'
import { sentenceAt } from '../segment/segment.js'

/** The roles held for one party. */
const ROLES = String.raw`(?:lawyer|attorney|solicitor|barrister|agent|spokes(?:man|woman|person)|publicist)`
/** A role held for one party, after its possessor: a pronoun (kept in the mention) or a name's or a body's "'s" (a mention of its own). */
const HELD_ROLE = new RegExp(String.raw`(?<![\p{L}'’])(?:([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?:\p{Lu}[\p{L}-]*|the\s+\p{Ll}+)['’]s?)\s+(${ROLES})(?![\p{L}-])`, 'gu')
/** A speech verb right after a mention: its holder speaks. */
const SPEAKS_AFTER = /^\s+(?:said|says|told|added|insisted|argued|stressed|explained)\b/u

/** A name, as the party a role is held for: "Selim Kaya", "Acme Corp". */
const PARTY_NAME = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)`
/** After a holder's name: ", a lawyer for Selim Kaya", ", Kaya's lawyer". */
const PARTY_AFTER = new RegExp(String.raw`^,\s+(?:(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?${ROLES}\s+(?:for|to|representing)\s+${PARTY_NAME}|${PARTY_NAME}['’]s?\s+${ROLES}\b)`, 'u')
/** Before a holder's name: "Kaya's lawyer, Owen Teller". */
const PARTY_BEFORE = new RegExp(String.raw`${PARTY_NAME}['’]s?\s+${ROLES},?\s+$`, 'u')

/** A possessor that names no one by itself. */
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its)$/iu

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
    if (!holder || !heldFor(text, m, holder, mentions, byId)) continue
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
  const first = next === undefined ? undefined : mentions[firstMentionAtOrAfter(mentions, next.start)]
  const opens = first && next && /^\s*$/u.test(text.slice(next.start, first.span.start)) ? first : undefined
  const person = opens && byId.get(opens.actor)
  if (!opens || person?.kind !== 'person' || person.role || !/\s/u.test(person.name) || opens.how !== 'name') return undefined
  return mentions.find((x) => x.actor === person.id) === opens && SPEAKS_AFTER.test(text.slice(opens.span.end, opens.span.end + 20)) ? person : undefined
}

/** The party the article says a holder holds their role for ("Owen Teller, a lawyer for Selim Kaya"), by name, when it says. Pure. */
function partyOf(text: string, holder: Actor, mentions: readonly Mention[], byId: ReadonlyMap<string, Actor>): string | undefined {
  const employer = holder.affiliation === undefined ? undefined : byId.get(holder.affiliation)?.name
  if (employer) return employer
  for (const x of mentions) {
    if (x.actor !== holder.id || x.how === 'pronoun') continue
    const after = PARTY_AFTER.exec(text.slice(x.span.end, x.span.end + 80))
    const party = after?.[1] ?? after?.[2] ?? PARTY_BEFORE.exec(text.slice(Math.max(0, x.span.start - 60), x.span.start))?.[1]
    // "Her lawyer, Owen Teller" names no party.
    if (party && !POSSESSIVE_PRONOUN.test(party)) return party
  }
  return undefined
}

/** Whether two names share a word: "Lund" and "Maria Lund". */
const shareWord = (a: string, b: string): boolean => a.split(/\s+/u).some((w) => b.split(/\s+/u).includes(w))

/**
 * Whether the role matched at `role` may be the one `holder` holds for the party they are said to hold it
 * for: a named possessor must be that party ("Kaya's lawyer" for "a lawyer for Selim Kaya"), and "her"
 * or "his" must not follow a person other than that party ("… for Selim Kaya. Maria Lund … Her lawyer"). Pure.
 */
function heldFor(text: string, role: RegExpMatchArray, holder: Actor, mentions: readonly Mention[], byId: ReadonlyMap<string, Actor>): boolean {
  const party = partyOf(text, holder, mentions, byId)
  if (party === undefined) return true
  const possessor = role[0].slice(0, role[0].length - role[2]!.length).replace(/['’]s?\s+$/u, '').trim()
  if (/^\p{Lu}/u.test(possessor) && !POSSESSIVE_PRONOUN.test(possessor)) return shareWord(possessor, party)
  if (!/^(?:his|her)$/iu.test(possessor)) return true
  const start = role.index ?? 0
  const last = mentions.findLast((x) => x.span.end <= start && x.actor !== holder.id && byId.get(x.actor)?.kind === 'person')
  const lastPerson = last && byId.get(last.actor)
  return !lastPerson || shareWord(lastPerson.name, party)
}
