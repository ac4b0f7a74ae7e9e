import { useEffect, useRef, useState } from 'react'
import { AgencyPanelButtons } from '../agencies/AgencyPanelButtons'
import { SammenLogo } from '../components/SammenLogo'
import { OpenBoardNotice } from '../access/OpenBoardNotice'
import { ReadOnlyMode } from '../access/ReadOnlyMode'
import { useT } from '../i18n'
import { InviteButton } from '../invites/InviteButton'
import { Link } from '../routing/Link'
import { LIBRARY_PATH } from '../routing/router'
import { useAppStore } from '../state/appStore'
import { VersionsPanel } from '../versions/VersionsPanel'
import { ExportMenu } from '../exports/ExportMenu'
import { StageMenu } from '../stages/StageMenu'
import { FacilitationControls } from '../facilitation/FacilitationControls'
import { BoardTitleInput } from './BoardTitleInput'
import { SidePanelSlot } from '../components/boardLayout'
import { BoardViewNav } from '../components/BoardViewNav'
import { useBoardRoomContext } from '../room/BoardRoomContext'
import { BoardToast, useSharedBoardToast } from './BoardToast'
import { ConnectionBadge } from '../components/ConnectionBadge'
import { presenceUserFor, useRoomStatus, useRoomTitle } from '../room/useBoardRoom'

/** Opens and closes the versions panel from anywhere on the board (layout-independent: the V key's position). */
export const VERSIONS_SHORTCUT = 'Alt+Shift+V'
const isVersionsShortcut = (event: KeyboardEvent) => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyV'

/**
 * tldraw's TopPanel slot, shown in the header row above the canvas (board/BoardCanvas): the way home, the board's name, the connection state,
 * where people look first, and the versions panel.
 */
export function BoardTopBar() {
  const t = useT()
  const room = useBoardRoomContext()
  const title = useRoomTitle(room)
  const status = useRoomStatus(room)
  const person = useAppStore((state) => state.person)
  const [versionsOpen, setVersionsOpen] = useState(false)
  const versionsButtonRef = useRef<HTMLButtonElement>(null)
  const toast = useSharedBoardToast()

  useEffect(() => {
    document.title = `${title.trim() || t.board.untitled} – Sammen`
  }, [title, t])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isVersionsShortcut(event)) return
      event.preventDefault()
      event.stopPropagation()
      setVersionsOpen((open) => !open)
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [])

  const closeVersions = () => {
    setVersionsOpen(false)
    versionsButtonRef.current?.focus()
  }

  return (
    <>
      <nav className="board-bar" aria-label="Sammen" data-testid="board-top-bar">
        <Link href="/" className="board-bar__home" aria-label={t.board.backToStart} title={t.board.backToStart}>
          <SammenLogo size={24} />
        </Link>
        <Link href={LIBRARY_PATH} className="board-bar__button" title={t.libraryLinks.boardBarHint} data-testid="board-library-link">
          <LibraryIcon />
          <span className="board-bar__label">{t.libraryLinks.boardBar}</span>
        </Link>
        <BoardTitleInput title={title} onSave={(next) => room.setTitle(next)} />
        <ConnectionBadge status={status} />
        <StageMenu />
        <ReadOnlyMode />
        <OpenBoardNotice />
        <BoardViewNav boardId={room.boardId} current="canvas" />
        <AgencyPanelButtons />
        <InviteButton boardId={room.boardId} />
        <button
          ref={versionsButtonRef}
          type="button"
          className="board-bar__button"
          aria-expanded={versionsOpen}
          aria-keyshortcuts={VERSIONS_SHORTCUT}
          title={`${t.versions.openHint} (${VERSIONS_SHORTCUT})`}
          data-testid="open-versions"
          onClick={() => (versionsOpen ? closeVersions() : setVersionsOpen(true))}
        >
          <HistoryIcon />
          <span className="board-bar__label">{t.versions.open}</span>
        </button>
        <ExportMenu title={title} onNotice={toast.show} />
        <FacilitationControls />
      </nav>
      <SidePanelSlot>
        {versionsOpen && (
          <VersionsPanel
            room={room}
            title={title}
            author={presenceUserFor(person, t.person.guest).name}
            onClose={closeVersions}
            onNotice={toast.show}
          />
        )}
      </SidePanelSlot>
      <BoardToast message={toast.message} onDismiss={toast.dismiss} />
    </>
  )
}

function HistoryIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M3 12a9 9 0 1 0 3-6.7L3 8" />
      <path d="M3 3v5h5" />
      <path d="M12 7v5l3 2" />
    </svg>
  )
}

/** Books on a shelf: the library of journeys. */
function LibraryIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M4 4h4v16H4zM10 4h4v16h-4z" />
      <path d="m16.5 5.2 3.8-1 3.2 15.6-3.8.9z" />
    </svg>
  )
}
