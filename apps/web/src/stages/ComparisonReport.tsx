import { compareJourneys, type Journey, type JourneyComparison, type RecordedResolution } from '@sammen/journey-model'
import { useMemo } from 'react'
import type { TLStore } from 'tldraw'
import { downloadCsvTable } from '../exports/downloadCsv'
import { useT } from '../i18n'
import { ReportSection } from '../components/ReportSection'
import { useAppStore } from '../state/appStore'
import { comparisonTableCsv, type ComparisonTableId } from './comparisonCsv'
import { AgencyTable, HandoffTable, PainPointTable, PhaseTable } from './ComparisonTables'
import { formatDurationPair } from './formatDuration'
import { ResolvedPainPoints, useResolvingCards } from './ResolvedPainPoints'

/**
 * The comparison itself, once both journeys are read: the summary, per phase, per agency, the resolved pain points
 * with what resolves them, the remaining and new ones, and the removed and added handoffs. Each table downloads as
 * CSV (the report's helpers), and the page prints like the report.
 */
export function ComparisonReport({
  asIs,
  toBe,
  resolutions,
  toBeStore,
  canEdit,
  fileTitle,
  announce,
}: {
  asIs: Journey
  toBe: Journey
  resolutions: readonly RecordedResolution[]
  toBeStore: TLStore
  canEdit: boolean
  /** What the CSV files are named after: the to-be board's title. */
  fileTitle: string
  announce: (message: string) => void
}) {
  const t = useT()
  const c = t.stages.comparison
  const comparison = useMemo(() => compareJourneys(asIs, toBe, resolutions), [asIs, toBe, resolutions])
  const cards = useResolvingCards(toBe)

  const downloadCsv = (id: ComparisonTableId) => {
    const fileName = downloadCsvTable(fileTitle, c.csvFiles[id], comparisonTableCsv(id, comparison, t))
    announce(t.reports.actions.downloaded(fileName))
  }

  return (
    <>
      <ComparisonSummary comparison={comparison} />
      <p className="report__muted report__screen-only">{t.reports.actions.csvHint}</p>

      <ReportSection id="comparison-by-phase" heading={c.phases.heading} intro={c.phases.intro} csvName={c.phases.heading} onDownloadCsv={() => downloadCsv('phases')}>
        <PhaseTable comparison={comparison} />
      </ReportSection>

      <ReportSection
        id="comparison-by-agency"
        heading={c.agencies.heading}
        intro={c.agencies.intro}
        csvName={c.agencies.heading}
        onDownloadCsv={comparison.agencies.length > 0 ? () => downloadCsv('agencies') : undefined}
      >
        <AgencyTable comparison={comparison} />
      </ReportSection>

      <ReportSection
        id="comparison-pain-points"
        heading={c.painPoints.resolvedHeading}
        intro={c.painPoints.resolvedIntro}
        csvName={t.reports.painPoints.heading}
        onDownloadCsv={() => downloadCsv('painPoints')}
      >
        {comparison.resolved.length === 0 ? (
          <p className="report-section__empty">{c.painPoints.resolvedEmpty}</p>
        ) : (
          <ResolvedPainPoints resolved={comparison.resolved} cards={cards} store={toBeStore} canEdit={canEdit} announce={announce} />
        )}
        <h3 className="report-section__subheading comparison-subheading">{c.painPoints.remainingHeading}</h3>
        {comparison.remaining.length === 0 ? (
          <p className="report-section__empty">{c.painPoints.remainingEmpty}</p>
        ) : (
          <PainPointTable entries={comparison.remaining} caption={c.painPoints.caption(c.painPoints.remainingHeading)} testId="remaining-pain-points" />
        )}
        <h3 className="report-section__subheading comparison-subheading">{c.painPoints.newHeading}</h3>
        {comparison.newPainPoints.length === 0 ? (
          <p className="report-section__empty">{c.painPoints.newEmpty}</p>
        ) : (
          <PainPointTable entries={comparison.newPainPoints} caption={c.painPoints.caption(c.painPoints.newHeading)} testId="new-pain-points" />
        )}
      </ReportSection>

      <ReportSection
        id="comparison-handoffs"
        heading={c.handoffs.removedHeading}
        csvName={t.reports.handoffs.heading}
        onDownloadCsv={comparison.removedHandoffs.length + comparison.addedHandoffs.length > 0 ? () => downloadCsv('handoffs') : undefined}
      >
        {comparison.removedHandoffs.length === 0 ? (
          <p className="report-section__empty">{c.handoffs.removedEmpty}</p>
        ) : (
          <HandoffTable entries={comparison.removedHandoffs} caption={c.handoffs.caption(c.handoffs.removedHeading)} testId="removed-handoffs" />
        )}
        <h3 className="report-section__subheading comparison-subheading">{c.handoffs.addedHeading}</h3>
        {comparison.addedHandoffs.length === 0 ? (
          <p className="report-section__empty">{c.handoffs.addedEmpty}</p>
        ) : (
          <HandoffTable entries={comparison.addedHandoffs} caption={c.handoffs.caption(c.handoffs.addedHeading)} testId="added-handoffs" />
        )}
      </ReportSection>
    </>
  )
}

function ComparisonSummary({ comparison }: { comparison: JourneyComparison }) {
  const t = useT()
  const c = t.stages.comparison
  const language = useAppStore((state) => state.language)
  const { painPoints, handoffs, kasteball, steps, duration } = comparison.summary
  const [durationBefore, durationAfter] = formatDurationPair(duration.before, duration.after, language, t.stages)
  const unreadable = duration.before.unreadable + duration.after.unreadable
  return (
    <section className="report-summary comparison-summary" aria-label={c.summary.label}>
      <ul className="report-summary__list" data-testid="comparison-summary">
        <li data-testid="summary-pain-points" data-resolved={painPoints.resolved} data-remaining={painPoints.remaining} data-new={painPoints.new}>
          {c.summary.painPoints(painPoints.resolved, painPoints.remaining, painPoints.new)}
        </li>
        <li data-testid="summary-handoffs" data-removed={handoffs.removed} data-added={handoffs.added}>
          {c.summary.handoffs(handoffs.removed, handoffs.added)}
        </li>
        <li data-testid="summary-kasteball" data-before={kasteball.before} data-after={kasteball.after}>
          <Spoken text={c.summary.kasteball(kasteball.before, kasteball.after)} spoken={c.beforeAfterSpoken(kasteball.before, kasteball.after)} />
        </li>
        <li data-testid="summary-steps" data-before={steps.before} data-after={steps.after}>
          <Spoken text={c.summary.steps(steps.before, steps.after)} spoken={c.beforeAfterSpoken(steps.before, steps.after)} />
        </li>
        <li data-testid="summary-duration" data-before={duration.before.days} data-after={duration.after.days}>
          <Spoken text={c.summary.duration(durationBefore, durationAfter)} spoken={c.beforeAfterSpoken(durationBefore, durationAfter)} />
        </li>
      </ul>
      <p className="report__muted comparison-summary__note">
        {c.duration.note[comparison.durationMode]} {unreadable > 0 && c.duration.unreadable(duration.before.unreadable, duration.after.unreadable)}
      </p>
    </section>
  )
}

/** A summary line whose "a → b" a screen reader hears as "a før, b etter" after the label. */
function Spoken({ text, spoken }: { text: string; spoken: string }) {
  const label = text.slice(0, text.indexOf(':') + 1)
  return (
    <>
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">
        {label} {spoken}
      </span>
    </>
  )
}
