import { useEffect } from 'react'
import { SammenLogo } from '../components/SammenLogo'
import { useT } from '../i18n'
import { Link } from '../routing/Link'
import { BoardTitleInput } from './BoardTitleInput'
import { useBoardRoomContext } from './BoardRoomContext'
import { ConnectionBadge } from './ConnectionBadge'
import { useRoomStatus, useRoomTitle } from './useBoardRoom'

/**
 * tldraw's TopPanel slot (top centre): the way home, the board's name and the connection state,
 * where people look first.
 */
export function BoardTopBar() {
  const t = useT()
  const room = useBoardRoomContext()
  const title = useRoomTitle(room)
  const status = useRoomStatus(room)

  useEffect(() => {
    document.title = `${title.trim() || t.board.untitled} – Sammen`
  }, [title, t])

  return (
    <nav className="board-bar" aria-label="Sammen" data-testid="board-top-bar">
      <Link href="/" className="board-bar__home" aria-label={t.board.backToStart} title={t.board.backToStart}>
        <SammenLogo size={24} />
      </Link>
      <BoardTitleInput title={title} onSave={(next) => room.setTitle(next)} />
      <ConnectionBadge status={status} />
    </nav>
  )
}
