import { findCatalogueAgency } from '@sammen/journey-model'

export interface AgencyDisplay {
  id: string
  name: string
  shortName: string
  colour: string
}

/** Cards of agencies this build does not know (a newer catalogue, a board's own agency) stay readable, in grey. */
const UNKNOWN_AGENCY_COLOUR = '#5b6675'

/** What a card shows for an agency id; undefined for `''` (no agency chosen). */
export function agencyDisplay(agencyId: string): AgencyDisplay | undefined {
  if (agencyId === '') return undefined
  const agency = findCatalogueAgency(agencyId)
  if (!agency) return { id: agencyId, name: agencyId, shortName: agencyId, colour: UNKNOWN_AGENCY_COLOUR }
  return { id: agency.id, name: agency.name, shortName: agency.shortName, colour: agency.colour }
}
