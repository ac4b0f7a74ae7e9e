import type { BeforeAfter, ComparedHandoff, ComparedPainPoint, ComparedPhase, JourneyComparison } from '@sammen/journey-model'
import { useT } from '../i18n'
import { AgencyLabel } from '../components/AgencyLabel'
import { useAppStore } from '../state/appStore'
import { formatDurationPair } from './formatDuration'

/** "4 → 3", read out as "4 før, 3 etter" (an arrow means nothing to a screen reader). */
export function BeforeAfterValue({ value }: { value: { before: string | number; after: string | number } }) {
  const c = useT().stages.comparison
  return (
    <>
      <span aria-hidden="true">{c.beforeAfter(value.before, value.after)}</span>
      <span className="visually-hidden">{c.beforeAfterSpoken(value.before, value.after)}</span>
    </>
  )
}

function CountCell({ value }: { value: number }) {
  return <td className="report-table__number">{value}</td>
}

function BeforeAfterCell({ value }: { value: BeforeAfter }) {
  return (
    <td
      className={`report-table__number comparison-change comparison-change--${value.after < value.before ? 'down' : value.after > value.before ? 'up' : 'same'}`}
      data-before={value.before}
      data-after={value.after}
    >
      <BeforeAfterValue value={value} />
    </td>
  )
}

function PhaseName({ phase }: { phase: ComparedPhase }) {
  const p = useT().stages.comparison.phases
  return (
    <>
      {phase.name}
      {phase.status !== 'kept' && <span className={`comparison-tag comparison-tag--${phase.status}`}>{phase.status === 'removed' ? p.removedPhase : p.addedPhase}</span>}
      {phase.renamedFrom !== null && <span className="comparison-phase__renamed">{p.renamedFrom(phase.renamedFrom)}</span>}
    </>
  )
}

/**
 * The two header rows both tables share: the row's name, steps, then "Problemer" over resolved / remaining / new and
 * "Overleveringer" over removed / added, kasteball, and (per phase) the duration.
 */
function GroupedHeader({ first, last }: { first: string; last?: string }) {
  const p = useT().stages.comparison.phases
  return (
    <>
      <tr>
        <th scope="col" rowSpan={2}>
          {first}
        </th>
        <th scope="col" rowSpan={2} className="report-table__number">
          {p.steps}
        </th>
        <th scope="colgroup" colSpan={3} className="comparison-table__group">
          {p.groups.painPoints}
        </th>
        <th scope="colgroup" colSpan={2} className="comparison-table__group">
          {p.groups.handoffs}
        </th>
        <th scope="col" rowSpan={2} className="report-table__number">
          {p.kasteball}
        </th>
        {last !== undefined && (
          <th scope="col" rowSpan={2}>
            {last}
          </th>
        )}
      </tr>
      <tr>
        {(['resolved', 'remaining', 'new', 'removed', 'added'] as const).map((key) => (
          <th key={key} scope="col" className="report-table__number">
            {p.short[key]}
          </th>
        ))}
      </tr>
    </>
  )
}

/** Per phase: steps, pain points resolved / remaining / new, handoffs removed / added, kasteball and duration. */
export function PhaseTable({ comparison }: { comparison: JourneyComparison }) {
  const t = useT()
  const c = t.stages.comparison
  const p = c.phases
  const language = useAppStore((state) => state.language)
  const { withoutPhase, summary } = comparison
  const hasWithoutPhase = Object.values(withoutPhase).some((count) => count > 0)
  const duration = (before: ComparedPhase['duration']['before'], after: ComparedPhase['duration']['before']) => {
    const [from, to] = formatDurationPair(before, after, language, t.stages)
    const unreadable = before.unreadable + after.unreadable
    return (
      <td className="comparison-duration">
        <BeforeAfterValue value={{ before: from, after: to }} />
        {unreadable > 0 && <span className="comparison-duration__unreadable">{c.duration.unreadableCell(unreadable)}</span>}
      </td>
    )
  }
  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-label={p.caption}>
      <table className="report-table comparison-table" data-testid="comparison-phases">
        <caption>{p.caption}</caption>
        <thead>
          <GroupedHeader first={p.phase} last={p.duration} />
        </thead>
        <tbody>
          {comparison.phases.map((phase) => (
            <tr key={phase.phaseId} data-phase-id={phase.phaseId} data-status={phase.status}>
              <th scope="row" className="report-table__text">
                <PhaseName phase={phase} />
              </th>
              <BeforeAfterCell value={phase.steps} />
              <CountCell value={phase.painPoints.resolved} />
              <CountCell value={phase.painPoints.remaining} />
              <CountCell value={phase.painPoints.new} />
              <CountCell value={phase.handoffs.removed} />
              <CountCell value={phase.handoffs.added} />
              <BeforeAfterCell value={phase.kasteball} />
              {duration(phase.duration.before, phase.duration.after)}
            </tr>
          ))}
          {hasWithoutPhase && (
            <tr data-phase-id="">
              <th scope="row">{p.withoutPhase}</th>
              <td />
              <CountCell value={withoutPhase.resolved} />
              <CountCell value={withoutPhase.remaining} />
              <CountCell value={withoutPhase.new} />
              <td />
              <td />
              <td />
              <td />
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr data-testid="comparison-phases-total">
            <th scope="row">{p.total}</th>
            <BeforeAfterCell value={summary.steps} />
            <CountCell value={summary.painPoints.resolved} />
            <CountCell value={summary.painPoints.remaining} />
            <CountCell value={summary.painPoints.new} />
            <CountCell value={summary.handoffs.removed} />
            <CountCell value={summary.handoffs.added} />
            <BeforeAfterCell value={summary.kasteball} />
            {duration(summary.duration.before, summary.duration.after)}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

/** Per agency: steps, the pain points it owns resolved / remaining / new, handoffs to or from it, kasteball. */
export function AgencyTable({ comparison }: { comparison: JourneyComparison }) {
  const c = useT().stages.comparison
  if (comparison.agencies.length === 0) return <p className="report-section__empty">{c.agencies.empty}</p>
  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-label={c.agencies.caption}>
      <table className="report-table comparison-table" data-testid="comparison-agencies">
        <caption>{c.agencies.caption}</caption>
        <thead>
          <GroupedHeader first={c.agencies.agency} />
        </thead>
        <tbody>
          {comparison.agencies.map((row) => (
            <tr key={row.agencyId} data-agency={row.agencyId}>
              <th scope="row">
                <AgencyLabel agency={row.agency} id={row.agencyId} />
              </th>
              <BeforeAfterCell value={row.steps} />
              <CountCell value={row.painPoints.resolved} />
              <CountCell value={row.painPoints.remaining} />
              <CountCell value={row.painPoints.new} />
              <CountCell value={row.handoffs.removed} />
              <CountCell value={row.handoffs.added} />
              <BeforeAfterCell value={row.kasteball} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Remaining or new pain points: text, owner, phase, severity, type. */
export function PainPointTable({ entries, caption, testId }: { entries: readonly ComparedPainPoint[]; caption: string; testId: string }) {
  const t = useT()
  const r = t.reports.painPoints
  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="report-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{r.problem}</th>
            <th scope="col">{r.owner}</th>
            <th scope="col">{r.phase}</th>
            <th scope="col" className="report-table__number">{r.severityColumn}</th>
            <th scope="col">{r.category}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ painPoint, agency, phase }) => (
            <tr key={painPoint.id} data-pain-point-id={painPoint.id}>
              <th scope="row" className="report-table__text">
                {painPoint.text}
              </th>
              <td>
                <AgencyLabel agency={agency} id={painPoint.agencyId} />
              </td>
              <td>{phase?.name ?? r.withoutPhase}</td>
              <td className="report-table__number">{painPoint.severity}</td>
              <td>{t.cards.categories[painPoint.category]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Removed or added handoffs: from and to agency and step, who carries the information, what it is. */
export function HandoffTable({ entries, caption, testId }: { entries: readonly ComparedHandoff[]; caption: string; testId: string }) {
  const h = useT().reports.handoffs
  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="report-table" data-testid={testId}>
        <caption>{caption}</caption>
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
          {entries.map(({ handoff, fromAgency, toAgency, fromStep, toStep }) => (
            <tr key={handoff.id} data-handoff-id={handoff.id} data-carried-by={handoff.carriedBy}>
              <th scope="row">
                <AgencyLabel agency={fromAgency} id={fromAgency?.id ?? ''} />
              </th>
              <td>{fromStep?.text}</td>
              <td>
                <AgencyLabel agency={toAgency} id={toAgency?.id ?? ''} />
              </td>
              <td>{toStep?.text}</td>
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
