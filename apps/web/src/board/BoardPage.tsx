import type { BoardId } from '@sammen/journey-model'
import { useEffect } from 'react'
import { SammenLogo } from '../components/SammenLogo'
import { useT } from '../i18n'
import { Link } from '../routing/Link'
import type { BoardView } from '../routing/router'
import { OutlineView } from '../outline/OutlineView'
import { ReportView } from '../reports/ReportView'
import { ComparisonView } from '../stages/ComparisonView'
import { useBoardAccess } from '../access/useBoardAccess'
import { PanelView } from '../userPanel/PanelView'
import { BoardCanvas } from './BoardCanvas'
import { useBoardRoom } from '../room/useBoardRoom'
import { getBoardAccess } from '../access/boardAccess'
import { readSavedCameras } from '../camera/boardCamera'

/**
 * One open board: its room is opened once for all of its views (canvas, outline, report, comparison, or the user panel's page
 * for the `panel` role), so switching views keeps it open. The caller keys it by board id.
 */
export function BoardPage({ boardId, view }: { boardId: BoardId; view: BoardView }) {
  const t = useT()
  // On the canvas a large board loads what the person's last view shows first (room/firstView.ts).
  const state = useBoardRoom(boardId, t.person.guest, {
    firstView: () => {
      if (view !== 'canvas' || getBoardAccess().role === 'panel') return null
      const saved = readSavedCameras(localStorage, boardId)
      return { pageId: saved?.pageId ?? null, camera: (saved && saved.pages[saved.pageId]) ?? null }
    },
  })
  const { role } = useBoardAccess()

  useEffect(() => {
    document.title = `${t.board.loading} – Sammen`
  }, [t])

  if (state.phase === 'ready' && view === 'outline') return <OutlineView store={state.store} room={state.room} />
  if (state.phase === 'ready' && view === 'report') return <ReportView store={state.store} room={state.room} />
  if (state.phase === 'ready' && view === 'comparison') return <ComparisonView store={state.store} room={state.room} />
  // User-panel members get a plain page with the steps and a comment form instead of the canvas.
  if (state.phase === 'ready' && role === 'panel') return <PanelView store={state.store} room={state.room} />
  if (state.phase === 'ready') {
    return (
      <>
        <h1 className="visually-hidden">Sammen</h1>
        <BoardCanvas store={state.store} room={state.room} />
      </>
    )
  }

  return (
    <main className="board-loading" data-testid="board-loading" aria-busy={state.phase === 'loading'}>
      <SammenLogo size={40} />
      {state.phase === 'loading' ? (
        <p role="status">{t.board.loading}</p>
      ) : (
        <>
          <p role="alert">{String(state.error)}</p>
          <Link href="/" className="button button--secondary">
            {t.notFound.home}
          </Link>
        </>
      )}
    </main>
  )
}
