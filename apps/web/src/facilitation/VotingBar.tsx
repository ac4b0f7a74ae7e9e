import { facilitation, type BoardRoom } from '@sammen/sync'
import { useEffect, useRef, useState } from 'react'
import { useEditor, useValue } from 'tldraw'
import { useBoardAccess } from '../access/useBoardAccess'
import { useT } from '../i18n'
import { useAnnouncer } from './useAnnouncer'
import type { Me, VotingView } from './useFacilitationState'
import { VotingResults } from './VotingResults'

/** Gives a dot to the selected card from anywhere on the board (layout-independent: the D key's position). */
export const GIVE_DOT_SHORTCUT = 'Alt+Shift+D'
const isGiveDotShortcut = (event: KeyboardEvent) => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyD'

/**
 * What everyone sees while a voting round runs: dots left, give / take back a dot on the selected card, and
 * after the reveal the ranked result. Others' dots are never shown before the reveal (they are in the shared
 * document, so this is a courtesy of the UI, not a secret; see packages/sync's README).
 */
export function VotingBar({ room, me, voting }: { room: BoardRoom; me: Me; voting: VotingView }) {
  const t = useT()
  const editor = useEditor()
  const access = useBoardAccess()
  const announce = useAnnouncer((state) => state.announce)
  const [showResults, setShowResults] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const round = voting.round
  const selected = useValue(
    'selected card',
    () => {
      const shape = editor.getOnlySelectedShape()
      return shape ? { id: shape.id as string, type: shape.type } : null
    },
    [editor],
  )
  const mine = me.id ? voting.votes.filter((vote) => vote.personId === me.id) : []
  const left = round ? round.budget - mine.length : 0
  const votable = selected !== null && round !== null && round.types.includes(selected.type)
  const mineOnSelected = selected ? mine.filter((vote) => vote.cardId === selected.id).length : 0
  const canVote = access.canEdit && me.id !== null && round?.phase === 'open'

  // Announce a new round and the reveal once, politely.
  const lastAnnounced = useRef<string | null>(round ? `${round.id}:${round.phase}` : null)
  useEffect(() => {
    const key = round ? `${round.id}:${round.phase}` : null
    if (key === lastAnnounced.current) return
    lastAnnounced.current = key
    if (!round) return
    if (round.phase === 'open') announce(t.facilitation.voting.startedAnnouncement(round.budget))
    else {
      announce(t.facilitation.voting.revealedAnnouncement)
      setShowResults(true)
    }
  }, [round, announce, t])
  useEffect(() => setProblem(null), [selected?.id, round?.id])

  const give = () => {
    if (!selected || !me.id || !canVote) return
    const result = facilitation.castVote(room.doc, me.id, selected.id as facilitation.CardId, selected.type)
    setProblem(result === 'budget-used' ? t.facilitation.voting.budgetUsed : result === 'not-votable' ? t.facilitation.voting.notVotable : null)
  }
  const takeBack = () => {
    if (selected && me.id) facilitation.retractVote(room.doc, me.id, selected.id as facilitation.CardId)
    setProblem(null)
  }
  const giveRef = useRef(give)
  giveRef.current = give
  const roundRef = useRef(round)
  roundRef.current = round
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Only while a round runs, and never while typing (on a Mac the keys type a character).
      if (!isGiveDotShortcut(event) || !roundRef.current || isTyping(event.target)) return
      event.preventDefault()
      event.stopPropagation()
      giveRef.current()
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [])

  if (!round) return null
  const status = !selected
    ? t.facilitation.voting.selectCard
    : !votable
      ? t.facilitation.voting.notVotable
      : t.facilitation.voting.onCard(mineOnSelected)

  return (
    <section className="voting-bar" aria-label={t.facilitation.voting.round} data-testid="voting-bar" data-phase={round.phase}>
      <div className="voting-bar__row">
        <strong className="voting-bar__title">{round.phase === 'open' ? t.facilitation.voting.round : t.facilitation.voting.heading}</strong>
        {round.phase === 'open' && canVote && (
          <>
            <span className="voting-bar__left" data-testid="dots-left">
              <DotRow used={round.budget - left} budget={round.budget} />
              {t.facilitation.voting.dotsLeft(left, round.budget)}
            </span>
            <button
              type="button"
              className="button button--primary button--small"
              aria-disabled={!votable || left === 0}
              aria-keyshortcuts={GIVE_DOT_SHORTCUT}
              title={`${t.facilitation.voting.give} (${GIVE_DOT_SHORTCUT})`}
              onClick={give}
              data-testid="give-dot"
            >
              {t.facilitation.voting.give}
            </button>
            <button type="button" className="button button--secondary button--small" aria-disabled={mineOnSelected === 0} onClick={takeBack} data-testid="take-back-dot">
              {t.facilitation.voting.takeBack}
            </button>
          </>
        )}
        {round.phase === 'revealed' && (
          <button type="button" className="button button--secondary button--small" aria-expanded={showResults} onClick={() => setShowResults((open) => !open)} data-testid="toggle-results">
            {showResults ? t.facilitation.voting.hideResults : t.facilitation.voting.showResults}
          </button>
        )}
      </div>
      {round.phase === 'open' && (
        <p className="voting-bar__hint" data-testid="voting-hint">
          {canVote ? (problem ?? status) : t.facilitation.voting.readOnly} {canVote && t.facilitation.voting.hiddenNote}
        </p>
      )}
      {round.phase === 'revealed' && showResults && <VotingResults votes={voting.votes} />}
    </section>
  )
}

function DotRow({ used, budget }: { used: number; budget: number }) {
  return (
    <span className="voting-bar__dots" aria-hidden="true">
      {Array.from({ length: budget }, (_, index) => (
        <span key={index} className={index < used ? 'voting-dot voting-dot--used' : 'voting-dot'} />
      ))}
    </span>
  )
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
}
