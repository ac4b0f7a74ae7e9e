import { deleteLocalBoard, type LocalBoardSummary } from '@sammen/sync'
import { useState } from 'react'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useNow } from '../format/useNow'
import { useT } from '../i18n'
import { useAppStore } from '../state/appStore'
import { getLocalDatabase } from '../sync/database'
import { BoardListItem, boardDisplayTitle } from './BoardListItem'
import { useLocalBoards } from './useLocalBoards'

/** The boards this browser knows, with an empty state that explains where boards come from. */
export function BoardList({ headingId }: { headingId: string }) {
  const t = useT()
  const language = useAppStore((state) => state.language)
  const boards = useLocalBoards()
  const now = useNow()
  const [pendingDelete, setPendingDelete] = useState<LocalBoardSummary | null>(null)

  if (boards === null) {
    return (
      <p className="board-list__status" role="status">
        {t.start.loading}
      </p>
    )
  }

  if (boards.length === 0) {
    return (
      <div className="empty-state" data-testid="board-list-empty">
        <EmptyIllustration />
        <h3 className="empty-state__title">{t.start.emptyTitle}</h3>
        <p className="empty-state__body">{t.start.emptyBody}</p>
      </div>
    )
  }

  return (
    <>
      <ul className="board-list" aria-labelledby={headingId} data-testid="board-list">
        {boards.map((board) => (
          <BoardListItem key={board.boardId} board={board} language={language} now={now} onDelete={setPendingDelete} />
        ))}
      </ul>
      {pendingDelete && (
        <ConfirmDialog
          title={t.start.confirmDeleteTitle}
          confirmLabel={t.start.confirmDelete}
          cancelLabel={t.start.cancel}
          onCancel={() => setPendingDelete(null)}
          onConfirm={() => {
            const boardId = pendingDelete.boardId
            setPendingDelete(null)
            void deleteLocalBoard(getLocalDatabase(), boardId)
          }}
        >
          <p>{t.start.confirmDeleteBody(boardDisplayTitle(pendingDelete, t))}</p>
          {pendingDelete.hasUnsyncedChanges && <p className="dialog__warning">{t.start.confirmDeleteUnsynced}</p>}
        </ConfirmDialog>
      )}
    </>
  )
}

function EmptyIllustration() {
  return (
    <svg className="empty-state__art" width="120" height="72" viewBox="0 0 120 72" aria-hidden="true" focusable="false">
      <rect x="4" y="8" width="112" height="60" rx="10" fill="#fff" stroke="#cfd6df" strokeWidth="2" />
      <path d="M20 50c12-22 24-22 32-10s22 12 32-10" fill="none" stroke="#9db4cc" strokeWidth="3" strokeLinecap="round" strokeDasharray="2 7" />
      <circle cx="20" cy="50" r="6" fill="#7cc4ff" />
      <circle cx="84" cy="30" r="6" fill="#ffd166" />
      <rect x="92" y="42" width="16" height="12" rx="2" fill="#e8eef5" />
    </svg>
  )
}
