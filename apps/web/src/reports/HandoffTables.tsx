import { useT } from '../i18n'
import { AgencyLabel } from '../components/AgencyLabel'
import type { JourneyReport } from '@sammen/journey-model'

export function KasteballPairTable({ report }: { report: JourneyReport }) {
  const h = useT().reports.handoffs
  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-label={h.pairsCaption}>
      <table className="report-table" data-testid="kasteball-pairs">
        <caption>{h.pairsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{h.from}</th>
            <th scope="col">{h.to}</th>
            <th scope="col" className="report-table__number">
              {h.times}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.kasteball.byPair.map((pair) => (
            <tr key={`${pair.fromAgencyId}→${pair.toAgencyId}`} data-pair={`${pair.fromAgencyId}→${pair.toAgencyId}`}>
              <th scope="row">
                <AgencyLabel agency={report.agencyById.get(pair.fromAgencyId)} id={pair.fromAgencyId} />
              </th>
              <td>
                <AgencyLabel agency={report.agencyById.get(pair.toAgencyId)} id={pair.toAgencyId} />
              </td>
              <td className="report-table__number">{pair.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function HandoffListTable({ report }: { report: JourneyReport }) {
  const h = useT().reports.handoffs
  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-label={h.listCaption}>
      <table className="report-table" data-testid="handoff-list">
        <caption>{h.listCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{h.from}</th>
            <th scope="col">{h.fromStep}</th>
            <th scope="col">{h.to}</th>
            <th scope="col">{h.toStep}</th>
            <th scope="col">{h.carriedBy}</th>
            <th scope="col">{h.information}</th>
          </tr>
        </thead>
        <tbody>
          {report.handoffs.map(({ handoff, fromAgencyId, toAgencyId }) => (
            <tr key={handoff.id} data-carried-by={handoff.carriedBy}>
              <th scope="row">
                <AgencyLabel agency={report.agencyById.get(fromAgencyId)} id={fromAgencyId} />
              </th>
              <td>{report.stepById.get(handoff.fromStepId)?.text}</td>
              <td>
                <AgencyLabel agency={report.agencyById.get(toAgencyId)} id={toAgencyId} />
              </td>
              <td>{report.stepById.get(handoff.toStepId)?.text}</td>
              <td>
                <span className={`report-carrier report-carrier--${handoff.carriedBy}`}>{h.carriers[handoff.carriedBy]}</span>
              </td>
              <td>{handoff.information.length > 0 ? handoff.information.join(', ') : <span className="report-muted">{h.noInformation}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function OnceOnlyTable({ report }: { report: JourneyReport }) {
  const o = useT().reports.onceOnly
  const name = (id: string) => report.agencyById.get(id)?.shortName ?? id
  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-label={o.caption}>
      <table className="report-table" data-testid="once-only">
        <caption>{o.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{o.information}</th>
            <th scope="col" className="report-table__number">
              {o.times}
            </th>
            <th scope="col">{o.between}</th>
          </tr>
        </thead>
        <tbody>
          {report.onceOnly.map((candidate) => (
            <tr key={candidate.information}>
              <th scope="row" className="report-table__text">
                {candidate.information}
              </th>
              <td className="report-table__number">{candidate.count}</td>
              <td>
                <ul className="report-pairs">
                  {candidate.agencyPairs.map((pair) => (
                    <li key={`${pair.fromAgencyId}→${pair.toAgencyId}`}>{o.pair(name(pair.fromAgencyId), name(pair.toAgencyId))}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
