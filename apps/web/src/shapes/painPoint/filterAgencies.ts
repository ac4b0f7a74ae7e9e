import { AGENCY_LEVELS, type AgencyLevel, type CatalogueAgency } from '@sammen/journey-model'

export interface AgencyGroup {
  level: AgencyLevel | null
  agencies: CatalogueAgency[]
}

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
function matchRank(agency: CatalogueAgency, query: string): number | undefined {
  const texts = [agency.shortName, agency.name, agency.id].map(normaliseForSearch)
  if (texts.some((text) => text.startsWith(query))) return 0
  if (texts.some((text) => text.split(/[\s()-]+/).some((word) => word.startsWith(query)))) return 1
  if (texts.some((text) => text.includes(query))) return 2
  return undefined
}

const byName = (a: CatalogueAgency, b: CatalogueAgency) => a.name.localeCompare(b.name, 'nb')

/**
 * The agencies to offer for a search and a level. Without a search they are grouped by level (state first), so
 * people can browse; with one they form a single list, best matches first, so the first item is usually the one.
 */
export function filterAgencies(catalogue: readonly CatalogueAgency[], query: string, level: AgencyLevel | 'all'): AgencyGroup[] {
  const inLevel = catalogue.filter((agency) => level === 'all' || agency.level === level)
  const normalisedQuery = normaliseForSearch(query.trim())
  if (normalisedQuery === '') {
    return AGENCY_LEVELS.map((groupLevel) => ({
      level: groupLevel,
      agencies: inLevel.filter((agency) => agency.level === groupLevel).sort(byName),
    })).filter((group) => group.agencies.length > 0)
  }
  const ranked = inLevel
    .map((agency) => ({ agency, rank: matchRank(agency, normalisedQuery) }))
    .filter((entry): entry is { agency: CatalogueAgency; rank: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || byName(a.agency, b.agency))
  return ranked.length > 0 ? [{ level: null, agencies: ranked.map((entry) => entry.agency) }] : []
}
