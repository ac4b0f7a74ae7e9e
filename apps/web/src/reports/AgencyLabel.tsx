import type { Agency } from '@sammen/journey-model'

/** An agency as the tables show it: its colour (as on its cards) and short name, the full name on hover. */
export function AgencyLabel({ agency, id }: { agency: Agency | undefined; id: string }) {
  return (
    <span className="report-agency" title={agency?.name}>
      <span className="report-agency__swatch" style={{ background: agency?.colour ?? '#767676' }} aria-hidden="true" />
      {agency?.shortName ?? id}
    </span>
  )
}
