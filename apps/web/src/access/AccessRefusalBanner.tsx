import { useEffect, useRef } from 'react'
import { useT, type Dictionary } from '../i18n'
import { retryBoardConnection } from './accessGuard'
import { deleteLocalBoard } from '@sammen/sync'
import { getLocalDatabase } from '../sync/database'
import { getAccessBoardId, useAccessRefusal, type AccessRefusal } from './boardAccess'
import './access.css'

/** Drops this browser's copy of the open board (the server keeps its own) and loads the board again. */
async function refetchBoard(): Promise<void> {
  const boardId = getAccessBoardId()
  if (boardId) await deleteLocalBoard(getLocalDatabase(), boardId).catch(() => undefined)
  location.reload()
}

function refusalText(t: Dictionary['access']['refusal'], refusal: AccessRefusal): string {
  switch (refusal) {
    case 'missing':
      return t.missing
    case 'expired':
      return t.expired
    case 'revoked':
      return t.revoked
    case 'other-board':
      return t.otherBoard
    case 'invalid':
      return t.invalid
    case 'read-only':
      return t.readOnly
    case 'forbidden':
      return t.forbidden
    case 'too-large':
      return t.tooLarge
  }
}

/**
 * Says why the server no longer lets this browser in, and what to do. Not modal: the board as last
 * stored stays readable behind it. Focus moves to the action so a keyboard user is not left stranded.
 */
export function AccessRefusalBanner() {
  const t = useT().access.refusal
  const refusal = useAccessRefusal()
  const actionRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (refusal) actionRef.current?.focus()
  }, [refusal])

  if (!refusal) return null
  const readOnly = refusal === 'read-only'
  // The server will never take what this browser holds: start again from the server's copy.
  if (refusal === 'forbidden' || refusal === 'too-large') {
    return (
      <div className="access-refusal" role="alert" data-testid="access-refusal" data-refusal={refusal}>
        <BlockedIcon />
        <div className="access-refusal__text">
          <p className="access-refusal__title">{refusalText(t, refusal)}</p>
          <p>{t.refetchWhatToDo}</p>
        </div>
        <button ref={actionRef} type="button" className="button button--secondary access-refusal__action" onClick={() => void refetchBoard()}>
          {t.refetch}
        </button>
      </div>
    )
  }
  return (
    <div className="access-refusal" role="alert" data-testid="access-refusal" data-refusal={refusal}>
      <BlockedIcon />
      <div className="access-refusal__text">
        <p className="access-refusal__title">{refusalText(t, refusal)}</p>
        <p>{readOnly ? t.readOnlyWhatToDo : t.askForLink}</p>
        {!readOnly && <p>{t.localCopy}</p>}
      </div>
      <button
        ref={actionRef}
        type="button"
        className="button button--secondary access-refusal__action"
        onClick={() => (readOnly ? location.reload() : retryBoardConnection())}
      >
        {readOnly ? t.reload : t.tryAgain}
      </button>
    </div>
  )
}

function BlockedIcon() {
  return (
    <svg className="access-refusal__icon" width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round">
      <circle cx="12" cy="12" r="9.5" />
      <path d="M5.5 18.5 18.5 5.5" />
    </svg>
  )
}
