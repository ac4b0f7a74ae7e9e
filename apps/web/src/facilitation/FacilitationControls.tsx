import { facilitation } from '@sammen/sync'
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { useBoardAccess } from '../access/useBoardAccess'
import { useBoardRoomContext } from '../room/BoardRoomContext'
import { useT } from '../i18n'
import { agencyShortName } from './boardCards'
import { CommentsPanel } from './CommentsPanel'
import { FacilitatorPanel } from './FacilitatorPanel'
import { FollowStrip } from './FollowStrip'
import { useFacilitationUi } from './facilitationUi'
import { TimerChip } from './TimerChip'
import { FacilitationAnnouncements } from './FacilitationAnnouncements'
import { SidePanelSlot } from '../components/boardLayout'
import { useMe, useSharedTimer, useThreads, useVoting } from './useFacilitationState'
import { useFollowMe } from './useFollowMe'
import { VotingBar } from './VotingBar'
import './facilitation.css'

/**
 * Facilitation on a board, mounted once from the top bar. The chips render into a layer of its own at the end
 * of <body> (so keys pressed there never reach tldraw's canvas shortcuts): a small dock at the bottom right with
 * the countdown, "Fasilitering", "Kommentarer" and the "Nevnt: n" badge; the follow notice and the voting bar
 * at the top centre; the panels in the board's side column (components/boardLayout).
 */
export function FacilitationControls() {
  const t = useT()
  const room = useBoardRoomContext()
  const access = useBoardAccess()
  const me = useMe(t.person.guest)
  const follow = useFollowMe(room, me)
  const timer = useSharedTimer(room)
  const voting = useVoting(room)
  const threads = useThreads(room)
  const mentions = me.agencyId ? facilitation.mentionsOfAgency(threads, me.agencyId, me.id) : []
  const { panel, openPanel, closePanel } = useFacilitationUi()
  const layer = useBodyLayer()

  // A person who loses the right to facilitate (role change) loses the panel too.
  useEffect(() => {
    if (panel === 'facilitation' && !access.canFacilitate) closePanel()
  }, [panel, access.canFacilitate, closePanel])
  useEffect(() => () => useFacilitationUi.setState({ panel: null, opener: null }), [])

  const toggle = (name: 'facilitation' | 'comments', opener: HTMLElement, view?: 'thread' | 'mentions') =>
    panel === name && view === undefined ? closePanel() : openPanel(name, opener, view)

  if (!layer) return null
  return createPortal(
    <>
      {/* Keys pressed here belong to the dock, not to tldraw's shortcuts on <body>. */}
      <div className="facilitation-dock" role="group" aria-label={t.facilitation.open} onKeyDown={(event) => event.stopPropagation()} data-testid="facilitation-dock">
      <TimerChip timer={timer} />
      {access.canFacilitate && (
        <button
          type="button"
          className="board-bar__button"
          aria-expanded={panel === 'facilitation'}
          title={t.facilitation.openHint}
          onClick={(event) => toggle('facilitation', event.currentTarget)}
          data-testid="open-facilitation"
        >
          {t.facilitation.open}
        </button>
      )}
      <button
        type="button"
        className="board-bar__button"
        aria-expanded={panel === 'comments'}
        onClick={(event) => toggle('comments', event.currentTarget)}
        data-testid="open-comments"
      >
        {t.facilitation.comments.open}
      </button>
      {me.agencyId && mentions.length > 0 && (
        <button
          type="button"
          className="mention-badge"
          onClick={(event) => toggle('comments', event.currentTarget, 'mentions')}
          data-testid="mention-badge"
        >
          {t.facilitation.comments.mentioned(mentions.length)}
          <span className="visually-hidden"> – {t.facilitation.comments.mentionedLabel(mentions.length, agencyShortName(me.agencyId))}</span>
        </button>
      )}
      </div>
      <div className="facilitation-strip">
        <FollowStrip follow={follow} room={room} />
        <VotingBar room={room} voting={voting} />
      </div>
      <SidePanelSlot>
        {panel === 'facilitation' && access.canFacilitate && (
          <FacilitatorPanel room={room} me={me} follow={follow} timer={timer} voting={voting} onClose={closePanel} />
        )}
        {panel === 'comments' && <CommentsPanel room={room} me={me} threads={threads} mentions={mentions} onClose={closePanel} />}
      </SidePanelSlot>
      <FacilitationAnnouncements />
    </>,
    layer,
  )
}

/** A container at the end of <body> for the facilitation layer, removed with the board. */
function useBodyLayer(): HTMLElement | null {
  const [layer, setLayer] = useState<HTMLElement | null>(null)
  useEffect(() => {
    const element = document.createElement('div')
    element.className = 'facilitation-layer'
    element.dataset.testid = 'facilitation-layer'
    document.body.append(element)
    setLayer(element)
    return () => element.remove()
  }, [])
  return layer
}
