import { useEditor, useValue } from 'tldraw'
import { useBoardRoomContext } from '../room/BoardRoomContext'
import { useBallot } from './ballot'
import { useThreads, useVoting } from './useFacilitationState'

interface Badge {
  cardId: string
  x: number
  y: number
  dots: number
  comments: number
}

/**
 * On the canvas (tldraw's OnTheCanvas slot, in page coordinates, so badges move and zoom with the cards): the
 * dots on each card (only your own while a round is open, the counts after the reveal) and the number of
 * comments in an open thread. Decoration only: the same facts are in the voting bar and the comments panel.
 */
export function CardBadges() {
  const editor = useEditor()
  const room = useBoardRoomContext()
  const voting = useVoting(room)
  const threads = useThreads(room)
  const round = voting.round
  const ballot = useBallot(room, round)

  const dotsByCard = new Map<string, number>()
  if (round?.phase === 'revealed') for (const tally of voting.results?.tallies ?? []) dotsByCard.set(tally.cardId, tally.dots)
  else if (round) for (const cardId of ballot.mine) dotsByCard.set(cardId, (dotsByCard.get(cardId) ?? 0) + 1)
  const commentsByCard = new Map<string, number>()
  for (const thread of threads) if (!thread.resolved) commentsByCard.set(thread.cardId, thread.comments.length)
  const cardIds = [...new Set([...dotsByCard.keys(), ...commentsByCard.keys()])].sort()
  const signature = cardIds.map((id) => `${id}:${dotsByCard.get(id) ?? 0}:${commentsByCard.get(id) ?? 0}`).join('|')

  const badges = useValue(
    'facilitation badges',
    () =>
      cardIds.flatMap((cardId): Badge[] => {
        const shape = editor.getShape(cardId as never)
        if (!shape || editor.getAncestorPageId(shape) !== editor.getCurrentPageId()) return []
        const bounds = editor.getShapePageBounds(shape)
        if (!bounds) return []
        return [{ cardId, x: bounds.minX, y: bounds.minY, dots: dotsByCard.get(cardId) ?? 0, comments: commentsByCard.get(cardId) ?? 0 }]
      }),
    // The maps are rebuilt every render; `signature` says when their content changed.
    [editor, signature],
  )

  if (badges.length === 0) return null
  return (
    <div className="card-badges" aria-hidden="true">
      {badges.map((badge) => (
        <div key={badge.cardId} className="card-badges__item" style={{ transform: `translate(${badge.x}px, ${badge.y}px)` }} data-card-id={badge.cardId}>
          {badge.dots > 0 && (
            <span className={round?.phase === 'revealed' ? 'card-badge card-badge--dots card-badge--revealed' : 'card-badge card-badge--dots'} data-testid="card-dots">
              ● {badge.dots}
            </span>
          )}
          {badge.comments > 0 && (
            <span className="card-badge card-badge--comments" data-testid="card-comments">
              <CommentIcon /> {badge.comments}
            </span>
          )}
        </div>
      ))}
    </div>
  )
}

function CommentIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinejoin="round" focusable="false">
      <path d="M4 5h16v11H9l-5 4z" />
    </svg>
  )
}
