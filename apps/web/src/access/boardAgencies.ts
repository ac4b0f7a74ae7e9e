import { agencyCatalogue, findCatalogueAgency } from '@sammen/journey-model'

/** Shape props that name an agency (step cards: `agencyId`, pain points: `ownerAgencyId`). */
const AGENCY_PROPS = ['agencyId', 'ownerAgencyId'] as const

/** The agency ids the board's shapes refer to, in first-seen order, without duplicates or blanks. */
export function agencyIdsOnBoard(shapes: Iterable<{ props: unknown }>): string[] {
  const ids = new Set<string>()
  for (const shape of shapes) {
    const props = shape.props as Record<string, unknown> | null
    for (const key of AGENCY_PROPS) {
      const value = props?.[key]
      if (typeof value === 'string' && value.length > 0) ids.add(value)
    }
  }
  return [...ids]
}

export interface AgencyChoice {
  id: string
  name: string
}

/**
 * What the person dialog offers: the board's agencies first (by name), then the rest of the catalogue.
 * A board's agency this build does not know is offered under its id rather than hidden.
 */
export function agencyChoices(boardAgencyIds: readonly string[], language: string): { onBoard: AgencyChoice[]; others: AgencyChoice[] } {
  const byName = (a: AgencyChoice, b: AgencyChoice) => a.name.localeCompare(b.name, language)
  const onBoardIds = new Set(boardAgencyIds)
  const onBoard = boardAgencyIds.map((id) => ({ id, name: findCatalogueAgency(id)?.name ?? id })).sort(byName)
  const others = agencyCatalogue.filter((agency) => !onBoardIds.has(agency.id)).map(({ id, name }) => ({ id, name })).sort(byName)
  return { onBoard, others }
}
