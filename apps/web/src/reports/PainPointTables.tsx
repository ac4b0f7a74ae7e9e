import type { PainPointCell } from '@sammen/journey-model'
import type { CSSProperties } from 'react'
import { useT } from '../i18n'
import { AgencyLabel } from '../components/AgencyLabel'
import type { JourneyReport } from '@sammen/journey-model'

/**
 * A light-to-warm tint by total severity, so the worst cells stand out before anyone reads a number. The darkest
 * tint keeps the dark text above 4.5:1 contrast; the number and severity are always written out as well.
 */
function heatStyle(cell: PainPointCell, maxSeverity: number): CSSProperties | undefined {
  if (cell.count === 0 || maxSeverity === 0) return undefined
  const share = cell.severitySum / maxSeverity
  return { background: `hsl(12 85% ${Math.round(95 - share * 25)}%)` }
}

function MatrixCell({ cell, maxSeverity, header = false }: { cell: PainPointCell; maxSeverity: number; header?: boolean }) {
  const t = useT().reports.painPoints
  const content =
    cell.count === 0 ? (
      <span className="report-matrix__zero">
        <span aria-hidden="true">0</span>
        <span className="visually-hidden">{t.none}</span>
      </span>
    ) : (
      <>
        <span className="report-matrix__count">{cell.count}</span>
        <span className="report-matrix__severity">{t.severity(cell.severitySum)}</span>
      </>
    )
  return header ? (
    <td className="report-matrix__cell report-matrix__cell--total">{content}</td>
  ) : (
    <td className="report-matrix__cell" style={heatStyle(cell, maxSeverity)}>
      {content}
    </td>
  )
}

/** Phase × agency: a real table, agencies as row headers, phases as column headers, totals last. */
export function PainPointMatrixTable({ report }: { report: JourneyReport }) {
  const t = useT().reports.painPoints
  const matrix = report.painPointMatrix
  const phases = report.journey.phases
  const withoutPhase = report.hasPainPointsWithoutPhase
  const maxSeverity = Math.max(0, ...matrix.rows.flatMap((row) => [...row.byPhase, row.withoutPhase].map((cell) => cell.severitySum)))
  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-label={t.caption}>
      <table className="report-table report-matrix" data-testid="pain-point-matrix">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.agency}</th>
            {phases.map((phase) => (
              <th scope="col" key={phase.id}>
                {phase.name}
              </th>
            ))}
            {withoutPhase && <th scope="col">{t.withoutPhase}</th>}
            <th scope="col">{t.total}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.agencyId} data-agency={row.agencyId}>
              <th scope="row">
                <AgencyLabel agency={report.agencyById.get(row.agencyId)} id={row.agencyId} />
              </th>
              {row.byPhase.map((cell, index) => (
                <MatrixCell key={phases[index]?.id ?? index} cell={cell} maxSeverity={maxSeverity} />
              ))}
              {withoutPhase && <MatrixCell cell={row.withoutPhase} maxSeverity={maxSeverity} />}
              <MatrixCell cell={row.total} maxSeverity={maxSeverity} header />
            </tr>
          ))}
        </tbody>
        {!report.focus && (
          <tfoot>
            <tr data-testid="pain-point-matrix-totals">
              <th scope="row">{t.total}</th>
              {matrix.columnTotals.map((cell, index) => (
                <MatrixCell key={phases[index]?.id ?? index} cell={cell} maxSeverity={maxSeverity} header />
              ))}
              {withoutPhase && <MatrixCell cell={matrix.withoutPhaseTotal} maxSeverity={maxSeverity} header />}
              <MatrixCell cell={matrix.total} maxSeverity={maxSeverity} header />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  )
}

export function PainPointListTable({ report }: { report: JourneyReport }) {
  const t = useT()
  const p = t.reports.painPoints
  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-label={p.listCaption}>
      <table className="report-table" data-testid="pain-point-list">
        <caption>{p.listCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.problem}</th>
            <th scope="col">{p.owner}</th>
            <th scope="col">{p.phase}</th>
            <th scope="col">{p.step}</th>
            <th scope="col" className="report-table__number">
              {p.severityColumn}
            </th>
            <th scope="col">{p.category}</th>
          </tr>
        </thead>
        <tbody>
          {report.painPoints.map(({ painPoint, phase, step }) => (
            <tr key={painPoint.id}>
              <th scope="row" className="report-table__text">
                {painPoint.text}
              </th>
              <td>
                <AgencyLabel agency={report.agencyById.get(painPoint.agencyId)} id={painPoint.agencyId} />
              </td>
              <td>{phase?.name ?? p.withoutPhase}</td>
              <td>{step?.text ?? p.noStep}</td>
              <td className="report-table__number">{painPoint.severity}</td>
              <td>{t.cards.categories[painPoint.category]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
