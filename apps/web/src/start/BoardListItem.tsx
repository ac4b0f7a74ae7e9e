import type { LocalBoardSummary } from '@sammen/sync'
import { formatAbsoluteDate, formatRelativeDate } from '../format/formatDate'
import { useT, type Dictionary, type Language } from '../i18n'
import { Link } from '../routing/Link'
import { boardPath } from '../routing/router'
import { BoardPreviewArt } from './BoardPreviewArt'

type SyncState = 'synced' | 'unsynced' | 'neverSynced'

export function boardSyncState(board: LocalBoardSummary): SyncState {
  if (board.hasUnsyncedChanges) return 'unsynced'
  if (board.lastSyncedAt === null) return 'neverSynced'
  return 'synced'
}

export function boardDisplayTitle(board: LocalBoardSummary, t: Dictionary): string {
  return board.title.trim() || t.board.untitled
}

interface BoardListItemProps {
  board: LocalBoardSummary
  language: Language
  now: number
  onDelete: (board: LocalBoardSummary) => void
}

/** One board as a card: the whole card opens it; the delete button sits above the link. */
export function BoardListItem({ board, language, now, onDelete }: BoardListItemProps) {
  const t = useT()
  const title = boardDisplayTitle(board, t)
  const syncState = boardSyncState(board)
  return (
    <li className="board-card" data-testid="board-list-item" data-board-id={board.boardId}>
      <div className="board-card__preview" aria-hidden="true">
        <BoardPreviewArt boardId={board.boardId} />
      </div>
      <div className="board-card__body">
        <h3 className="board-card__title">
          <Link href={boardPath(board.boardId)} className="board-card__link">
            {title}
          </Link>
        </h3>
        <p className="board-card__meta">
          <span className="visually-hidden">{t.start.lastEdited}: </span>
          <time dateTime={new Date(board.lastEditedAt).toISOString()} title={formatAbsoluteDate(board.lastEditedAt, language)}>
            {formatRelativeDate(board.lastEditedAt, language, t.time.justNow, now)}
          </time>
        </p>
        <p className={`sync-chip sync-chip--${syncState}`} data-testid="board-sync-state" data-state={syncState}>
          <span className="sync-chip__dot" aria-hidden="true" />
          {t.syncState[syncState]}
        </p>
      </div>
      <button
        type="button"
        className="icon-button board-card__delete"
        aria-label={t.start.deleteLabel(title)}
        title={t.start.delete}
        onClick={() => onDelete(board)}
      >
        <TrashIcon />
      </button>
    </li>
  )
}

function TrashIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
