import { agencyIdSchema } from '@sammen/journey-model'
import { useState } from 'react'
import { PrintButton, ReportSection, ReportSubheading } from '../components/ReportSection'
import { downloadCsvTable } from '../exports/downloadCsv'
import { useT } from '../i18n'
import { agencyColour } from '../library/AgencyChips'
import { LibraryFrame } from '../library/LibraryFrame'
import { problemText } from '../library/ServerStatus'
import { useLocalIndex } from '../library/useLocalIndex'
import { useServerAgencyOverview } from '../library/useServerLibrary'
import { Link } from '../routing/Link'
import { boardPath, LIBRARY_PATH } from '../routing/router'
import { agencyTableCsv, type AgencyTableId } from './agencyCsv'
import { ActorTable, BenefitsContributedTable, BenefitsReceivedTable, RelationTable } from './AgencyMapTables'
import { HandoffTable, OnceOnlyTable, PainPointTable } from './AgencyTables'
import { chooseAgencyView, type AgencyPageState, type AgencyView } from './chooseAgencyView'
import '../components/report-tables.css'
import './agency-page.css'

/**
 * `/etat/<agencyId>`: one agency across every journey in the library — the pain points it owns, handoffs from and to
 * it (kasteball marked), information carried in more than one life event, benefits it gives and gets, the actor
 * maps' cards and relations — from the server, or worked out from this browser's boards when the server cannot
 * answer (the page says which). Every table has a CSV download, the page prints, and every row links to its card.
 */
export function AgencyPage({ agencyIdText }: { agencyIdText: string }) {
  const valid = agencyIdSchema.safeParse(agencyIdText).success
  const [server, retry] = useServerAgencyOverview(valid ? agencyIdText : null)
  const local = useLocalIndex(server.phase === 'failed')
  const state: AgencyPageState = valid ? chooseAgencyView(agencyIdText, server, local) : { kind: 'not-found', reason: 'bad-id', problem: null }
  const t = useT()
  const a = t.agencyPage

  if (state.kind === 'loading') {
    return (
      <LibraryFrame documentTitle={a.loading} current="agency">
        <p role="status" className="agency-page__loading" aria-busy="true">
          {a.loading}
        </p>
      </LibraryFrame>
    )
  }
  if (state.kind === 'not-found') {
    return (
      <LibraryFrame documentTitle={a.notFoundTitle} current="agency">
        <div className="agency-not-found" data-testid="agency-not-found" data-reason={state.reason}>
          <h1 className="library-page__title">{a.notFoundTitle}</h1>
          <p>{state.reason === 'bad-id' ? a.badIdBody : a.notFoundBody}</p>
          {state.problem && <p className="library-notice library-notice--warning">{problemText(state.problem, { ...a, unreachable: a.localOnly })}</p>}
          <Link href={LIBRARY_PATH} className="button button--primary">
            {a.backToLibrary}
          </Link>
        </div>
      </LibraryFrame>
    )
  }
  return <AgencyOverviewPage state={state} onRetry={retry} />
}

function AgencyOverviewPage({ state, onRetry }: { state: Extract<AgencyPageState, { kind: 'shown' }>; onRetry: () => void }) {
  const t = useT()
  const a = t.agencyPage
  const { view } = state
  const [announcement, setAnnouncement] = useState('')
  const kasteball = view.handoffs.filter((handoff) => handoff.carriedBy === 'personen').length

  const download = (id: AgencyTableId) => {
    const fileName = downloadCsvTable(view.agency.name, a.csvFiles[id], agencyTableCsv(id, view, t))
    setAnnouncement(t.reports.actions.downloaded(fileName))
  }
  const csv = (id: AgencyTableId, rows: number) => (rows > 0 ? () => download(id) : undefined)

  return (
    <LibraryFrame documentTitle={view.agency.name} current="agency">
      <article className="agency-page report-page" data-testid="agency-overview" data-agency-id={view.agency.id} data-source={state.source}>
        <p className="agency-page__back report-screen-only">
          <Link href={LIBRARY_PATH}>← {a.backToLibrary}</Link>
        </p>
        <div className="agency-page__head">
          <span className="agency-page__swatch" style={{ background: agencyColour(view.agency.colour) }} aria-hidden="true" />
          <div>
            <h1 className="library-page__title" data-testid="agency-name">
              {view.agency.name}
            </h1>
            <p className="agency-page__subtitle">
              {view.agency.shortName !== view.agency.name && <span className="agency-page__short">{view.agency.shortName} · </span>}
              {a.subtitle}
            </p>
          </div>
        </div>

        <div className="agency-page__toolbar report-screen-only">
          <SourceNotice state={state} onRetry={onRetry} />
          <PrintButton label={a.print} testId="agency-print" />
        </div>

        <section className="report-summary" aria-label={a.summaryLabel}>
          <ul className="report-summary__list" data-testid="agency-summary">
            <li data-testid="agency-summary-boards" data-count={view.boards.length}>
              {a.summary.boards(view.boards.length)}
            </li>
            <li data-testid="agency-summary-pain-points" data-count={view.painPoints.length}>
              {a.summary.painPoints(view.painPoints.length)}
            </li>
            <li data-testid="agency-summary-handoffs" data-count={view.handoffs.length}>
              {a.summary.handoffs(view.handoffs.length)}
            </li>
            <li data-testid="agency-summary-kasteball" data-count={kasteball}>
              {a.summary.kasteball(kasteball)}
            </li>
            <li data-testid="agency-summary-once-only" data-count={view.onceOnly.length}>
              {a.summary.onceOnly(view.onceOnly.length)}
            </li>
          </ul>
        </section>

        <ReportSection id="agency-boards" heading={a.boards.heading}>
          {view.boards.length === 0 ? (
            <p className="report-section__empty">{a.boards.none}</p>
          ) : (
            <ul className="agency-boards" data-testid="agency-boards">
              {view.boards.map((board) => (
                <li key={board.boardId} data-board-id={board.boardId}>
                  <Link href={boardPath(board.boardId)}>{board.boardTitle.trim() || t.board.untitled}</Link>
                  {board.lifeEvent && <span className="agency-table__life-event">{board.lifeEvent.name}</span>}
                </li>
              ))}
            </ul>
          )}
        </ReportSection>

        <ReportSection id="agency-pain-points" heading={a.painPoints.heading} intro={a.painPoints.intro} csvName={a.painPoints.heading} onDownloadCsv={csv('painPoints', view.painPoints.length)}>
          {view.painPoints.length === 0 ? <p className="report-section__empty">{a.painPoints.empty}</p> : <PainPointTable view={view} />}
        </ReportSection>

        <ReportSection id="agency-handoffs" heading={a.handoffs.heading} intro={a.handoffs.intro} csvName={a.handoffs.heading} onDownloadCsv={csv('handoffs', view.handoffs.length)}>
          <p className="report-kasteball" data-testid="agency-kasteball-count" data-count={kasteball} data-total={view.handoffs.length}>
            {a.handoffs.kasteballCount(kasteball, view.handoffs.length)}
          </p>
          {view.handoffs.length === 0 ? <p className="report-section__empty">{a.handoffs.empty}</p> : <HandoffTable view={view} />}
        </ReportSection>

        <ReportSection id="agency-once-only" heading={a.onceOnly.heading} intro={a.onceOnly.intro} csvName={a.onceOnly.heading} onDownloadCsv={csv('onceOnly', view.onceOnly.length)}>
          {view.onceOnly.length === 0 ? <p className="report-section__empty">{a.onceOnly.empty}</p> : <OnceOnlyTable view={view} />}
        </ReportSection>

        <BenefitSection view={view} download={download} />
        <ActorSection view={view} download={download} />

        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </article>
    </LibraryFrame>
  )
}

function BenefitSection({ view, download }: { view: AgencyView; download: (id: AgencyTableId) => void }) {
  const b = useT().agencyPage.benefits
  return (
    <ReportSection id="agency-benefits" heading={b.heading}>
      {view.benefitsContributed.length === 0 ? (
        <>
          <h3 className="report-section__subheading">{b.contributedHeading}</h3>
          <p className="report-section__empty">{b.emptyContributed}</p>
        </>
      ) : (
        <>
          <ReportSubheading id="agency-benefits-contributed" heading={b.contributedHeading} csvName={b.contributedHeading} onDownloadCsv={() => download('benefitsContributed')} />
          <BenefitsContributedTable view={view} />
        </>
      )}
      {view.benefitsReceived.length === 0 ? (
        <>
          <h3 className="report-section__subheading">{b.receivedHeading}</h3>
          <p className="report-section__empty">{b.emptyReceived}</p>
        </>
      ) : (
        <>
          <ReportSubheading id="agency-benefits-received" heading={b.receivedHeading} csvName={b.receivedHeading} onDownloadCsv={() => download('benefitsReceived')} />
          <BenefitsReceivedTable view={view} />
        </>
      )}
    </ReportSection>
  )
}

function ActorSection({ view, download }: { view: AgencyView; download: (id: AgencyTableId) => void }) {
  const c = useT().agencyPage.actors
  return (
    <ReportSection id="agency-actors" heading={c.heading}>
      {view.actors.length === 0 ? (
        <>
          <h3 className="report-section__subheading">{c.actorsHeading}</h3>
          <p className="report-section__empty">{c.emptyActors}</p>
        </>
      ) : (
        <>
          <ReportSubheading id="agency-actors" heading={c.actorsHeading} csvName={c.actorsHeading} onDownloadCsv={() => download('actors')} />
          <ActorTable view={view} />
        </>
      )}
      {view.relations.length === 0 ? (
        <>
          <h3 className="report-section__subheading">{c.relationsHeading}</h3>
          <p className="report-section__empty">{c.emptyRelations}</p>
        </>
      ) : (
        <>
          <ReportSubheading id="agency-relations" heading={c.relationsHeading} csvName={c.relationsHeading} onDownloadCsv={() => download('relations')} />
          <RelationTable view={view} />
        </>
      )}
    </ReportSection>
  )
}

/** Where the figures come from: the server, or this browser's boards because the server could not answer (and why). */
function SourceNotice({ state, onRetry }: { state: Extract<AgencyPageState, { kind: 'shown' }>; onRetry: () => void }) {
  const t = useT()
  const a = t.agencyPage
  return (
    <div className="agency-page__source" role="status" data-testid="agency-source" data-source={state.source}>
      {state.source === 'server' ? (
        <p className="library-notice">{a.fromServer}</p>
      ) : (
        <p className="library-notice library-notice--warning">
          {state.problem ? problemText(state.problem, { ...a, unreachable: a.localOnly }) : a.localUnknownOnServer}{' '}
          {state.problem && (
            <button type="button" className="link-button" onClick={onRetry}>
              {t.library.status.retry}
            </button>
          )}
        </p>
      )}
      {state.refusedTokens > 0 && <p className="library-notice">{t.library.status.refusedTokens(state.refusedTokens)}</p>}
    </div>
  )
}
