import { buildJourneyReport } from '@sammen/journey-model'
import type { BoardRoom } from '@sammen/sync'
import { useEffect, useId, useMemo, useState } from 'react'
import type { TLStore } from 'tldraw'
import { BoardTextView } from '../components/BoardTextView'
import { useRoomTitle } from '../room/useBoardRoom'
import { downloadCsvTable } from '../exports/downloadCsv'
import { useT } from '../i18n'
import { Link } from '../routing/Link'
import { agencyPath, boardPath, navigate } from '../routing/router'
import { BenefitMatrixTable } from './BenefitMatrixTable'
import { HandoffListTable, KasteballPairTable, OnceOnlyTable } from './HandoffTables'
import { LeftOutNotice } from './LeftOutNotice'
import { PainPointListTable, PainPointMatrixTable } from './PainPointTables'
import { reportTableCsv, type ReportTableId } from './reportCsv'
import { PrintButton, ReportSection, ReportSubheading } from '../components/ReportSection'
import { revealOnCanvas } from './revealOnCanvas'
import { useBoardJourney } from './useBoardJourney'
import '../components/report-tables.css'
import './report.css'

/** boardToJourney writes "–" where a board has no life event or situation yet: nothing to show then. */
const hasText = (text: string) => text.trim() !== '' && text !== '–'

/** `?etat=<agencyId>`: the report for one agency, so a link can be shared with that agency. */
const AGENCY_PARAM = 'etat'

function useAgencyParam(): [string | null, (next: string | null) => void] {
  const read = () => new URLSearchParams(location.search).get(AGENCY_PARAM)
  const [agencyId, setAgencyId] = useState(read)
  useEffect(() => {
    const onPopState = () => setAgencyId(read())
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])
  const update = (next: string | null) => {
    const params = new URLSearchParams(location.search)
    if (next === null) params.delete(AGENCY_PARAM)
    else params.set(AGENCY_PARAM, next)
    const query = params.toString()
    // Replace, not push: trying agencies one after another should not fill the back button's history.
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`)
    setAgencyId(next)
  }
  return [agencyId, update]
}

/**
 * `/b/<id>/rapport`: the journey's numbers for the whole journey or one agency — pain points by phase and agency,
 * handoffs and how often the person carries information (kasteball), once-only candidates, the benefit matrix —
 * read live from the board. Every table can be downloaded as CSV, and the page prints cleanly.
 */
export function ReportView({ store, room }: { store: TLStore; room: BoardRoom }) {
  const t = useT()
  const r = t.reports
  const title = useRoomTitle(room)
  const boardJourney = useBoardJourney(store)
  const [agencyParam, setAgencyParam] = useAgencyParam()
  const report = useMemo(() => buildJourneyReport(boardJourney.journey, agencyParam), [boardJourney, agencyParam])
  const [announcement, setAnnouncement] = useState('')
  const selectId = useId()
  const journey = report.journey
  const focusName = report.focus?.name
  const unknownAgency = agencyParam !== null && report.focus === null

  const downloadCsv = (id: ReportTableId) => {
    const what = report.focus ? `${r.csvFiles[id]} ${report.focus.shortName}` : r.csvFiles[id]
    const fileName = downloadCsvTable(title || journey.lifeEvent.name, what, reportTableCsv(id, report, t))
    setAnnouncement(r.actions.downloaded(fileName))
  }

  const showOnCanvas = (shapeIds: string[]) => {
    revealOnCanvas(store, shapeIds)
    navigate(boardPath(room.boardId))
  }

  const isEmpty = journey.steps.length === 0 && journey.painPoints.length === 0 && journey.benefits.length === 0
  const heading = focusName ? r.forAgency(focusName) : t.boardViews.report

  return (
    <BoardTextView boardId={room.boardId} view="report" title={title} heading={heading}>
      <div className="report" data-testid="report" data-agency={report.focus?.id ?? ''}>
        <div className="report__toolbar">
          <div className="report__scope">
            <label htmlFor={selectId}>{r.scopeLabel}</label>
            <select
              id={selectId}
              className="report__select"
              value={report.focus?.id ?? ''}
              onChange={(event) => setAgencyParam(event.target.value === '' ? null : event.target.value)}
              data-testid="report-agency-select"
            >
              <option value="">{r.wholeJourney}</option>
              {journey.agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
          </div>
          {report.focus && (
            <Link href={agencyPath(report.focus.id)} className="report__across" data-testid="report-agency-across">
              {t.libraryLinks.agencyAcrossJourneys(report.focus.name)}
            </Link>
          )}
          <PrintButton label={r.actions.print} testId="report-print" />
        </div>
        {unknownAgency && (
          <p className="report__notice" role="status">
            {r.unknownAgency}
          </p>
        )}

        <div className="report__lead">
          {hasText(journey.lifeEvent.name) && <p className="report__life-event">{journey.lifeEvent.name}</p>}
          {hasText(journey.situation) && (
            <blockquote className="report__situation" aria-label={r.situation}>
              <p>{journey.situation}</p>
            </blockquote>
          )}
          <p className="report__muted report__screen-only">{r.updating}</p>
        </div>

        <LeftOutNotice leftOut={boardJourney.leftOut} onShow={showOnCanvas} />

        {isEmpty ? (
          <div className="report-empty" data-testid="report-empty">
            <h2 className="report-empty__title">{r.empty.title}</h2>
            <p>{r.empty.body}</p>
            <Link href={boardPath(room.boardId)} className="button button--primary">
              {r.empty.toCanvas}
            </Link>
          </div>
        ) : (
          <>
            <section className="report-summary" aria-label={r.summary.label}>
              <ul className="report-summary__list" data-testid="report-summary">
                <li data-testid="summary-steps">{r.summary.steps(focusName ? journey.steps.filter((step) => step.agencyId === report.focus?.id).length : journey.steps.length)}</li>
                <li data-testid="summary-pain-points">{r.summary.painPoints(report.painPoints.length)}</li>
                <li data-testid="summary-handoffs">{r.summary.handoffs(report.handoffs.length)}</li>
                <li data-testid="summary-kasteball">{r.summary.kasteball(report.kasteball.count)}</li>
              </ul>
            </section>
            <p className="report__muted report__screen-only">{r.actions.csvHint}</p>

            <ReportSection
              id="pain-points"
              heading={r.painPoints.heading}
              intro={r.painPoints.intro}
              csvName={r.painPoints.heading}
              onDownloadCsv={report.painPoints.length > 0 ? () => downloadCsv('painPointMatrix') : undefined}
            >
              {report.painPoints.length === 0 ? (
                <p className="report-section__empty">{focusName ? r.painPoints.emptyForAgency(focusName) : r.painPoints.empty}</p>
              ) : (
                <>
                  <PainPointMatrixTable report={report} />
                  <ReportSubheading id="pain-point-list" heading={r.painPoints.listHeading} csvName={r.painPoints.listHeading} onDownloadCsv={() => downloadCsv('painPoints')} />
                  <PainPointListTable report={report} />
                </>
              )}
            </ReportSection>

            <ReportSection id="handoffs" heading={r.handoffs.heading} intro={r.handoffs.kasteballExplained}>
              <p className="report-kasteball" data-testid="kasteball-count" data-count={report.kasteball.count} data-total={report.kasteball.handoffCount}>
                {r.handoffs.kasteballCount(report.kasteball.count, report.kasteball.handoffCount)}
              </p>
              {report.handoffs.length === 0 ? (
                <p className="report-section__empty">{r.handoffs.empty}</p>
              ) : (
                <>
                  <ReportSubheading id="kasteball" heading={r.handoffs.pairsHeading} csvName={r.handoffs.pairsHeading} onDownloadCsv={() => downloadCsv('kasteball')} />
                  {report.kasteball.byPair.length === 0 ? <p className="report-section__empty">{r.handoffs.pairsEmpty}</p> : <KasteballPairTable report={report} />}
                  <ReportSubheading id="handoff-list" heading={r.handoffs.listHeading} csvName={r.handoffs.listHeading} onDownloadCsv={() => downloadCsv('handoffs')} />
                  <HandoffListTable report={report} />
                </>
              )}
            </ReportSection>

            <ReportSection
              id="once-only"
              heading={r.onceOnly.heading}
              intro={r.onceOnly.intro}
              csvName={r.onceOnly.heading}
              onDownloadCsv={report.onceOnly.length > 0 ? () => downloadCsv('onceOnly') : undefined}
            >
              {report.onceOnly.length === 0 ? <p className="report-section__empty">{r.onceOnly.empty}</p> : <OnceOnlyTable report={report} />}
            </ReportSection>

            <ReportSection
              id="benefits"
              heading={r.benefits.heading}
              intro={r.benefits.intro}
              csvName={r.benefits.heading}
              onDownloadCsv={report.benefits.benefitCount > 0 ? () => downloadCsv('benefits') : undefined}
            >
              {report.benefits.benefitCount === 0 ? <p className="report-section__empty">{r.benefits.empty}</p> : <BenefitMatrixTable report={report} />}
            </ReportSection>
          </>
        )}
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
    </BoardTextView>
  )
}
