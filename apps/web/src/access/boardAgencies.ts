import { agencyCatalogue, findCatalogueAgency } from '@sammen/journey-model'

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
