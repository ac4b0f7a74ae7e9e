import type { ReactNode } from 'react'
import { useEffect } from 'react'
import { useT } from '../i18n'
import { Link } from '../routing/Link'
import type { BoardView } from '../routing/router'
import { BoardViewNav } from './BoardViewNav'
import { SammenLogo } from './SammenLogo'

/**
 * The frame of the board's non-canvas views (outline, reports): a skip link, a page header with the way home, the
 * board's title, the connection state (when given one) and the view switch, and a main landmark for the view.
 * Ordinary document flow, so it scrolls, zooms, reflows on a narrow window and prints like any web page.
 */
export function BoardTextView({
  boardId,
  view,
  title,
  heading,
  connection,
  children,
}: {
  boardId: string
  view: BoardView
  title: string
  heading: string
  /**
   * Shows whether edits here have reached the server (a view that only reads may leave it out). A slot rather than
   * the room, so that components/ stays below room/ (the room hooks import access/, which uses components/).
   */
  connection?: ReactNode
  children: ReactNode
}) {
  const t = useT()
  const boardTitle = title.trim() || t.board.untitled
  useEffect(() => {
    document.title = `${heading} – ${boardTitle} – Sammen`
  }, [heading, boardTitle])
  // The page's scroll padding clears the sticky header (board-text-view.css says why this is not a `:has()` rule).
  useEffect(() => {
    document.documentElement.dataset.boardTextView = ''
    return () => {
      delete document.documentElement.dataset.boardTextView
    }
  }, [])
  return (
    <div className="board-text-view" data-testid={`board-view-${view}`}>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="board-text-view__header">
        <div className="board-text-view__header-inner">
          <Link href="/" className="board-text-view__home" aria-label={t.board.backToStart} title={t.board.backToStart}>
            <SammenLogo size={28} />
          </Link>
          <p className="board-text-view__board-title">{boardTitle}</p>
          {connection}
          <BoardViewNav boardId={boardId} current={view} />
        </div>
      </header>
      <main id="main" className="board-text-view__main" tabIndex={-1}>
        <h1 className="board-text-view__heading">{heading}</h1>
        {children}
      </main>
    </div>
  )
}
