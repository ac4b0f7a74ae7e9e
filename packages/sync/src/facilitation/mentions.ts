/** An agency one can mention: its id and the names people type after `@`. */
export interface MentionableAgency {
  id: string
  shortName: string
  name: string
}

export type TextSegment = { kind: 'text'; text: string } | { kind: 'mention'; text: string; agencyId: string }

const BOUNDARY_BEFORE = /[\s([{"'«]/u
const WORD_CHAR = /[\p{L}\p{N}_-]/u

/**
 * Finds `@Name` mentions of agencies in a comment: `@NAV`, `@nav-kontoret`, `@Kommunen`, `@Husbanken`. A mention
 * is `@` at the start or after a space or opening bracket, followed by an agency's short name, id or full name
 * (case-insensitive) that does not run on into more letters, so `@NAV-kontoret` is NAV-kontoret and not NAV.
 * The longest name wins. Unknown `@words` and e-mail addresses (`ola@nav.no`) stay plain text.
 */
export function parseMentions(text: string, agencies: readonly MentionableAgency[]): TextSegment[] {
  const names = agencies
    .flatMap((agency) => [agency.shortName, agency.id, agency.name].map((name) => ({ name: name.toLocaleLowerCase('nb'), agencyId: agency.id })))
    .filter((candidate) => candidate.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length)
  const lower = text.toLocaleLowerCase('nb')
  const segments: TextSegment[] = []
  let plainFrom = 0
  let index = 0
  while ((index = text.indexOf('@', index)) !== -1) {
    const before = index === 0 ? ' ' : text.charAt(index - 1)
    const match = BOUNDARY_BEFORE.test(before)
      ? names.find(({ name }) => lower.startsWith(name, index + 1) && !WORD_CHAR.test(text.charAt(index + 1 + name.length)))
      : undefined
    if (!match) {
      index += 1
      continue
    }
    if (index > plainFrom) segments.push({ kind: 'text', text: text.slice(plainFrom, index) })
    const end = index + 1 + match.name.length
    segments.push({ kind: 'mention', text: text.slice(index, end), agencyId: match.agencyId })
    plainFrom = index = end
  }
  if (plainFrom < text.length) segments.push({ kind: 'text', text: text.slice(plainFrom) })
  return segments
}

/** The agencies a comment mentions, each once, in order of first mention. */
export function mentionedAgencyIds(text: string, agencies: readonly MentionableAgency[]): string[] {
  const ids: string[] = []
  for (const segment of parseMentions(text, agencies)) {
    if (segment.kind === 'mention' && !ids.includes(segment.agencyId)) ids.push(segment.agencyId)
  }
  return ids
}

/**
 * The `@` query being typed at the caret, for the suggestion list: `"Ring @na|"` → `{ start: 5, query: 'na' }`.
 * Null when the caret is not inside an `@word` (or the word already has a space in it).
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const head = text.slice(0, caret)
  const at = head.lastIndexOf('@')
  if (at === -1) return null
  if (at > 0 && !BOUNDARY_BEFORE.test(head.charAt(at - 1))) return null
  const query = head.slice(at + 1)
  if (/\s/u.test(query) || query.length > 40) return null
  return { start: at, query }
}

/** Agencies matching a typed query, best first: short name or id starting with it, then names containing it. */
export function suggestAgencies<T extends MentionableAgency>(query: string, agencies: readonly T[], limit = 8): T[] {
  const q = query.toLocaleLowerCase('nb')
  const score = (agency: T): number => {
    const short = agency.shortName.toLocaleLowerCase('nb')
    const full = agency.name.toLocaleLowerCase('nb')
    if (q === '') return 1
    if (short.startsWith(q) || agency.id.startsWith(q)) return 3
    if (full.startsWith(q)) return 2
    return full.includes(q) || short.includes(q) ? 1 : 0
  }
  return agencies
    .map((agency, order) => ({ agency, order, score: score(agency) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.agency)
}
