import type { BoardId } from '@sammen/journey-model'
import { useRef, useState } from 'react'
import { useBoardAccess } from '../access/boardAccess'
import { useT } from '../i18n'
import { InviteDialog } from './InviteDialog'
import './invites.css'

/**
 * "Del / Inviter" in the top bar: for the facilitator on a secured server, and for everyone in open
 * mode (where the dialog explains that the plain link already lets anyone edit).
 */
export function InviteButton({ boardId }: { boardId: BoardId }) {
  const t = useT().access.invite
  const { canFacilitate } = useBoardAccess()
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  if (!canFacilitate) return null
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="board-bar__button invite-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t.open}
        data-testid="open-invites"
        onClick={() => setOpen(true)}
      >
        <ShareIcon />
        <span className="board-bar__label">{t.open}</span>
      </button>
      {open && <InviteDialog boardId={boardId} onClose={() => setOpen(false)} />}
    </>
  )
}

function ShareIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <circle cx="18" cy="5" r="3" />
      <circle cx="6" cy="12" r="3" />
      <circle cx="18" cy="19" r="3" />
      <path d="m8.6 13.5 6.8 4M15.4 6.5l-6.8 4" />
    </svg>
  )
}
