import { useT } from '../i18n'
import { AgencyLabel } from '../components/AgencyLabel'
import type { JourneyReport } from '@sammen/journey-model'

/** Contributor × beneficiary; the person is a column of their own, as a benefit can land with them. */
export function BenefitMatrixTable({ report }: { report: JourneyReport }) {
  const b = useT().reports.benefits
  const matrix = report.benefits
  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-label={b.caption}>
      <table className="report-table report-matrix" data-testid="benefit-matrix">
        <caption>{b.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{b.contributor}</th>
            {matrix.beneficiaries.map((id) => (
              <th scope="col" key={id}>
                {id === 'personen' ? b.person : <AgencyLabel agency={report.agencyById.get(id)} id={id} />}
              </th>
            ))}
            <th scope="col">{b.total}</th>
            <th scope="col">{b.landsElsewhere}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.contributorId}>
              <th scope="row">
                <AgencyLabel agency={report.agencyById.get(row.contributorId)} id={row.contributorId} />
              </th>
              {row.cells.map((cell, index) => (
                <td key={matrix.beneficiaries[index] ?? index} className={`report-matrix__cell${cell.count > 0 ? ' report-matrix__cell--benefit' : ''}`}>
                  {cell.count}
                </td>
              ))}
              <td className="report-matrix__cell report-matrix__cell--total">{row.total}</td>
              <td className="report-matrix__cell report-matrix__cell--total">{row.landsElsewhere}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{b.received}</th>
            {matrix.received.map((count, index) => (
              <td key={matrix.beneficiaries[index] ?? index} className="report-matrix__cell report-matrix__cell--total">
                {count}
              </td>
            ))}
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
