import { AGENCY_LEVELS, type Agency, type AgencyLevel, type CatalogueAgency } from '@sammen/journey-model'

/** What the search and grouping need of an agency: catalogue agencies and a board's own both fit. */
export type SearchableAgency = Pick<Agency, 'name' | 'shortName' | 'level'> & { id: string }

export interface AgencyGroup<A extends SearchableAgency = CatalogueAgency> {
  /** The level of a browsing group; null for search results and for the board's own agencies. */
  level: AgencyLevel | null
  /** The agencies this board already lists (its own and chosen ones), offered before the catalogue. */
  onBoard?: true
  agencies: A[]
}

/** A stable React key for a group. */
export const agencyGroupKey = (group: AgencyGroup<SearchableAgency>): string => (group.onBoard ? 'board' : (group.level ?? 'search'))

/** Lower case without accents, and æøå spelled out, so "lanekassen" finds Lånekassen and "bronnoy" Brønnøysund. */
export function normaliseForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
}

/** 0 = starts with the query, 1 = a word starts with it, 2 = contains it, undefined = no match. */
function matchRank(agency: SearchableAgency, query: string): number | undefined {
  const texts = [agency.shortName, agency.name, agency.id].map(normaliseForSearch)
  if (texts.some((text) => text.startsWith(query))) return 0
  if (texts.some((text) => text.split(/[\s()-]+/).some((word) => word.startsWith(query)))) return 1
  if (texts.some((text) => text.includes(query))) return 2
  return undefined
}

const byName = (a: SearchableAgency, b: SearchableAgency) => a.name.localeCompare(b.name, 'nb')

/**
 * The agencies to offer for a search and a level. Without a search they are grouped by level (state first), so
 * people can browse; with one they form a single list, best matches first, so the first item is usually the one.
 * `onBoard` (the board's own list, in its order) comes first, as its own group, and is left out of the rest:
 * the agencies already in the room are the likely choice, and an own version replaces the catalogue's.
 */
export function filterAgencies<A extends SearchableAgency>(
  catalogue: readonly A[],
  query: string,
  level: AgencyLevel | 'all',
  onBoard: readonly A[] = [],
): AgencyGroup<A>[] {
  const boardIds = new Set(onBoard.map((agency) => agency.id as string))
  const fits = (agency: A) => level === 'all' || agency.level === level
  const boardInLevel = onBoard.filter(fits)
  const inLevel = catalogue.filter((agency) => fits(agency) && !boardIds.has(agency.id))
  const normalisedQuery = normaliseForSearch(query.trim())
  if (normalisedQuery === '') {
    const boardGroup: AgencyGroup<A>[] = boardInLevel.length > 0 ? [{ level: null, onBoard: true, agencies: boardInLevel }] : []
    return [
      ...boardGroup,
      ...AGENCY_LEVELS.map((groupLevel) => ({
        level: groupLevel,
        agencies: inLevel.filter((agency) => agency.level === groupLevel).sort(byName),
      })).filter((group) => group.agencies.length > 0),
    ]
  }
  const boardMatches = rankByQuery(boardInLevel, normalisedQuery)
  const matches = rankByQuery(inLevel, normalisedQuery)
  return [
    ...(boardMatches.length > 0 ? [{ level: null, onBoard: true as const, agencies: boardMatches }] : []),
    ...(matches.length > 0 ? [{ level: null, agencies: matches }] : []),
  ]
}

function rankByQuery<A extends SearchableAgency>(agencies: readonly A[], normalisedQuery: string): A[] {
  return agencies
    .map((agency) => ({ agency, rank: matchRank(agency, normalisedQuery) }))
    .filter((entry): entry is { agency: A; rank: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || byName(a.agency, b.agency))
    .map((entry) => entry.agency)
}
