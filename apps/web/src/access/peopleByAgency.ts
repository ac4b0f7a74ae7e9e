import { findCatalogueAgency } from '@sammen/journey-model'

export interface PersonHere {
  id: string
  name: string
  color: string
  agencyId: string | null
  citizen: boolean
  isSelf: boolean
}

export interface AgencyGroup {
  /** Agency id, 'citizen', or 'unknown' (people who did not say, e.g. an older client). */
  key: string
  name: string
  /** The agency's colour; null for citizens and for people without an agency. */
  colour: string | null
  people: PersonHere[]
}

/**
 * Everyone present, one group per agency: agencies by name, then citizens / user panel, then people who
 * did not say. Within a group, this person first and the rest by name.
 */
export function groupPeopleByAgency(
  people: readonly PersonHere[],
  labels: { citizen: string; unknown: string },
  language: string,
): AgencyGroup[] {
  const groups = new Map<string, AgencyGroup>()
  for (const person of people) {
    const key = person.agencyId ?? (person.citizen ? 'citizen' : 'unknown')
    let group = groups.get(key)
    if (!group) {
      const agency = person.agencyId ? findCatalogueAgency(person.agencyId) : undefined
      const name = person.agencyId ? (agency?.name ?? person.agencyId) : person.citizen ? labels.citizen : labels.unknown
      group = { key, name, colour: agency?.colour ?? null, people: [] }
      groups.set(key, group)
    }
    group.people.push(person)
  }
  const rank = (group: AgencyGroup) => (group.key === 'unknown' ? 2 : group.key === 'citizen' ? 1 : 0)
  const sorted = [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, language))
  for (const group of sorted) {
    group.people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, language))
  }
  return sorted
}
