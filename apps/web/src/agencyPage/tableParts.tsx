import type { ReactNode } from 'react'
import { useT } from '../i18n'
import { Link } from '../routing/Link'
import { boardPath, cardPath } from '../routing/router'

interface BoardRef {
  boardId: string
  boardTitle: string
  lifeEvent: { name: string } | null
}

/** The board a row comes from: its title (a link to the board) and its life event under it. */
export function BoardCell({ item }: { item: BoardRef }) {
  const t = useT()
  return (
    <>
      <Link href={boardPath(item.boardId)}>{item.boardTitle.trim() || t.board.untitled}</Link>
      {item.lifeEvent && <span className="agency-table__life-event">{item.lifeEvent.name}</span>}
    </>
  )
}

/** "Vis kortet": opens the board with this card selected and in view; says which board to a screen reader. */
export function CardLinkCell({ item, shapeId }: { item: BoardRef; shapeId: string }) {
  const t = useT()
  return (
    <Link href={cardPath(item.boardId, shapeId)} className="agency-table__card-link" data-testid="agency-card-link">
      {t.agencyPage.showCard}
      <span className="visually-hidden"> {t.agencyPage.showCardOn(item.boardTitle.trim() || t.board.untitled)}</span>
    </Link>
  )
}

/** A table that scrolls sideways in its own keyboard-reachable region (the report's style), with its caption. */
export function TableRegion({ caption, testId, children }: { caption: string; testId: string; children: ReactNode }) {
  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="report-table agency-table" data-testid={testId}>
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  )
}
