import { findCatalogueAgency } from '@sammen/journey-model'
import type { PresenceUser } from '@sammen/sync'

/**
 * What others see of a person: the plain name for lists, a cursor label "Name (Agency)" and the
 * agency's colour, so a room full of cursors reads as a room full of agencies. Citizens and agencies
 * this build does not know keep the person's own colour.
 */
export function presenceUserFor(person: PresenceUser, fallbackName: string, citizenShortName: string): PresenceUser {
  const name = person.name.trim() || fallbackName
  const base: PresenceUser = { id: person.id, name, color: person.color }
  if (person.agencyId === undefined) return base
  if (person.agencyId === null) return { ...base, agencyId: null, label: `${name} (${citizenShortName})` }
  const agency = findCatalogueAgency(person.agencyId)
  return {
    ...base,
    agencyId: person.agencyId,
    label: `${name} (${agency?.shortName ?? person.agencyId})`,
    color: agency?.colour ?? person.color,
  }
}
