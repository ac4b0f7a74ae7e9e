import { isBoardId, type BoardId } from '@sammen/journey-model'
import type { BoardRoom } from '@sammen/sync'
import { useState } from 'react'
import type { TLStore } from 'tldraw'
import { useBoardAccess } from '../access/useBoardAccess'
import { BoardTextView } from '../components/BoardTextView'
import { ConnectionBadge } from '../components/ConnectionBadge'
import { useT } from '../i18n'
import { useBoardJourney } from '../reports/useBoardJourney'
import { useRoomStatus, useRoomTitle } from '../room/useBoardRoom'
import { Link } from '../routing/Link'
import { boardPath } from '../routing/router'
import { ComparisonReport } from './ComparisonReport'
import { useAsIsBoard } from './useAsIsBoard'
import { useBoardStage } from './useBoardStage'
import { useLocalBoardTitles } from './useLocalBoardTitles'
import '../components/report-tables.css'
import '../reports/report.css'
import './comparison.css'

/**
 * `/b/<toBeBoardId>/sammenligning`: the to-be board against the as-is board it was made from. The to-be board is the
 * open board (its room from the board page); the as-is board is opened read-only in the background through the
 * same sync layer (`useAsIsBoard`). Both are read live with `boardToJourney` and compared with journey-model's
 * `compareJourneys`. Says so plainly when this board is no to-be board, or the as-is board cannot be read here.
 */
export function ComparisonView({ store, room }: { store: TLStore; room: BoardRoom }) {
  const t = useT()
  const title = useRoomTitle(room)
  const status = useRoomStatus(room)
  const stage = useBoardStage(store)
  const asIsBoardId = stage.stage === 'to-be' && stage.asIsBoardId !== null && isBoardId(stage.asIsBoardId) ? stage.asIsBoardId : null
  const [announcement, setAnnouncement] = useState('')

  return (
    <BoardTextView boardId={room.boardId} view="comparison" title={title} heading={t.boardViews.comparison} connection={<ConnectionBadge status={status} />}>
      <div className="report comparison" data-testid="comparison">
        {asIsBoardId === null ? (
          <NotToBe boardId={room.boardId} toBeBoardIds={stage.toBeBoardIds} />
        ) : (
          <WithAsIs asIsBoardId={asIsBoardId} toBeStore={store} toBeRoom={room} toBeTitle={title} announce={setAnnouncement} />
        )}
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
    </BoardTextView>
  )
}

function WithAsIs({
  asIsBoardId,
  toBeStore,
  toBeRoom,
  toBeTitle,
  announce,
}: {
  asIsBoardId: BoardId
  toBeStore: TLStore
  toBeRoom: BoardRoom
  toBeTitle: string
  announce: (message: string) => void
}) {
  const t = useT()
  const c = t.stages.comparison
  const asIs = useAsIsBoard(asIsBoardId, t.person.guest)
  if (asIs.phase === 'loading') {
    return (
      <p className="comparison-state" role="status" data-testid="comparison-state" data-state="loading">
        {c.loading}
      </p>
    )
  }
  if (asIs.phase === 'refused' || asIs.phase === 'failed') {
    return <Unavailable asIsBoardId={asIsBoardId} state={asIs.phase} />
  }
  return <Ready asIsStore={asIs.store} asIsRoom={asIs.room} toBeStore={toBeStore} toBeRoom={toBeRoom} toBeTitle={toBeTitle} announce={announce} />
}

function Ready({
  asIsStore,
  asIsRoom,
  toBeStore,
  toBeRoom,
  toBeTitle,
  announce,
}: {
  asIsStore: TLStore
  asIsRoom: BoardRoom
  toBeStore: TLStore
  toBeRoom: BoardRoom
  toBeTitle: string
  announce: (message: string) => void
}) {
  const t = useT()
  const c = t.stages.comparison
  const asIs = useBoardJourney(asIsStore).journey
  const toBe = useBoardJourney(toBeStore).journey
  const stage = useBoardStage(toBeStore)
  const asIsTitle = useRoomTitle(asIsRoom)
  const asIsStatus = useRoomStatus(asIsRoom)
  const { canEdit } = useBoardAccess()
  const asIsEmpty = asIs.phases.length === 0 && asIs.steps.length === 0 && asIs.painPoints.length === 0
  // A board this browser has never held arrives from the server; offline, or before it has, there is nothing yet.
  if (asIsEmpty && asIsStatus.phase !== 'online') return <Unavailable asIsBoardId={asIsRoom.boardId} state="not-synced" />
  return (
    <>
      <div className="report__toolbar">
        <dl className="comparison-boards">
          <div>
            <dt>{c.asIsLabel}</dt>
            <dd>
              <Link href={boardPath(asIsRoom.boardId)} data-testid="comparison-as-is-link">
                {asIsTitle.trim() || t.board.untitled}
              </Link>
            </dd>
          </div>
          <div>
            <dt>{c.toBeLabel}</dt>
            <dd>
              <Link href={boardPath(toBeRoom.boardId)}>{toBeTitle.trim() || t.board.untitled}</Link>
            </dd>
          </div>
        </dl>
        <button type="button" className="button button--secondary" onClick={() => window.print()} data-testid="comparison-print">
          {t.reports.actions.print}
        </button>
      </div>
      <p className="report__muted">{c.lead}</p>
      <p className="report__muted report__screen-only">{c.updating}</p>
      <ComparisonReport
        asIs={asIs}
        toBe={toBe}
        resolutions={stage.resolutions}
        toBeStore={toBeStore}
        canEdit={canEdit}
        fileTitle={toBeTitle || toBe.lifeEvent.name}
        announce={announce}
      />
    </>
  )
}

function Unavailable({ asIsBoardId, state }: { asIsBoardId: BoardId; state: 'refused' | 'failed' | 'not-synced' }) {
  const c = useT().stages.comparison.unavailable
  const message = state === 'refused' ? c.refused : state === 'failed' ? c.failed : c.notSynced
  return (
    <div className="report-empty" data-testid="comparison-state" data-state={state}>
      <h2 className="report-empty__title">{c.title}</h2>
      <p role={state === 'not-synced' ? 'status' : 'alert'}>{message}</p>
      {state !== 'refused' && (
        <Link href={boardPath(asIsBoardId)} className="button button--secondary">
          {c.toAsIs}
        </Link>
      )}
    </div>
  )
}

function NotToBe({ boardId, toBeBoardIds }: { boardId: string; toBeBoardIds: readonly string[] }) {
  const t = useT()
  const c = t.stages.comparison.notToBe
  const titles = useLocalBoardTitles()
  return (
    <div className="report-empty" data-testid="comparison-state" data-state="not-to-be">
      <h2 className="report-empty__title">{c.title}</h2>
      <p>{c.body}</p>
      {toBeBoardIds.length > 0 && (
        <>
          <p>{c.toBeBoards}</p>
          <ul className="comparison-links">
            {toBeBoardIds.map((id) => (
              <li key={id}>
                <Link href={boardPath(id, 'comparison')}>{titles.get(id) ?? t.stages.toBe}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <Link href={boardPath(boardId)} className="button button--primary">
        {c.toCanvas}
      </Link>
    </div>
  )
}
