import { readableTextColour } from '@sammen/journey-model'
import type { CSSProperties } from 'react'
import { agencyDisplay } from './agencyDisplay'
import { useBoardAgencies } from './useBoardAgencies'

/**
 * Agencies as small chips filled with their colour (text colour picked for contrast), so who must act together
 * reads at a glance; the full name is in the tooltip.
 */
export function AgencyChips({ agencyIds, emptyText }: { agencyIds: readonly string[]; emptyText?: string }) {
  const boardAgencies = useBoardAgencies()
  const agencies = agencyIds.flatMap((id) => agencyDisplay(id, boardAgencies) ?? [])
  if (agencies.length === 0) return emptyText ? <span className="agency-chips__empty">{emptyText}</span> : null
  return (
    <ul className="agency-chips">
      {agencies.map((agency) => (
        <li
          key={agency.id}
          className="agency-chip"
          title={agency.name}
          style={{ '--chip-bg': agency.colour, '--chip-fg': readableTextColour(agency.colour) } as CSSProperties}
        >
          {agency.shortName}
        </li>
      ))}
    </ul>
  )
}
