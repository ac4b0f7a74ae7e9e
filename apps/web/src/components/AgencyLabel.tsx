/** What a label needs of an agency: a journey's agency and a library answer's agency both have it. */
export interface LabelledAgency {
  name: string
  shortName: string
  colour: string
}

/**
 * An agency as the tables of the report and the agency page show it: its colour (as on its cards) and short name,
 * the full name on hover; the id in grey when the agency is not known.
 */
export function AgencyLabel({ agency, id }: { agency: LabelledAgency | undefined; id: string }) {
  return (
    <span className="report-agency" title={agency?.name}>
      <span className="report-agency__swatch" style={{ background: agency?.colour ?? '#767676' }} aria-hidden="true" />
      {agency?.shortName ?? id}
    </span>
  )
}
