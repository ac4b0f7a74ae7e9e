import type { PainPointCategory, Severity } from '@sammen/journey-model'
import { agencyDisplay, type AgencyDisplay, type BoardAgencies } from '../shapes/agencyDisplay'

export interface PainPointEntry {
  shapeId: string
  ownerAgencyId: string
  text: string
  severity: Severity
  category: PainPointCategory
  /** The journey phase the pain point sits in, when it sits in a journey frame. */
  phaseName?: string
}

export interface PainPointGroup {
  agency: AgencyDisplay
  items: PainPointEntry[]
  severitySum: number
}

/**
 * Pain points grouped by the agency that owns them: the agency with most pain points first (ties: the heavier
 * sum of severities, then the name), and within a group the most severe first, otherwise in the given order
 * (callers pass journey order, so a group reads like the journey).
 */
export function groupPainPointsByOwner(painPoints: readonly PainPointEntry[], boardAgencies: BoardAgencies): PainPointGroup[] {
  const groups = new Map<string, PainPointGroup>()
  for (const painPoint of painPoints) {
    const agency = agencyDisplay(painPoint.ownerAgencyId, boardAgencies)
    if (!agency) continue
    const group = groups.get(agency.id) ?? { agency, items: [], severitySum: 0 }
    group.items.push(painPoint)
    group.severitySum += painPoint.severity
    groups.set(agency.id, group)
  }
  for (const group of groups.values()) group.items.sort((a, b) => b.severity - a.severity)
  return [...groups.values()].sort(
    (a, b) => b.items.length - a.items.length || b.severitySum - a.severitySum || a.agency.name.localeCompare(b.agency.name, 'nb'),
  )
}
