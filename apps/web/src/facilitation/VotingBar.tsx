import type { BoardRoom } from '@sammen/sync'
import { useEffect, useRef, useState } from 'react'
import { useEditor, useValue } from 'tldraw'
import { useBoardAccess } from '../access/useBoardAccess'
import { useT } from '../i18n'
import { useAnnouncementStore } from './announcementStore'
import { ballotStoreFor, useBallot, type BallotProblem } from './ballot'
import type { VotingView } from './useFacilitationState'
import { VotingResults } from './VotingResults'

/** Gives a dot to the selected card from anywhere on the board (layout-independent: the D key's position). */
export const GIVE_DOT_SHORTCUT = 'Alt+Shift+D'
const isGiveDotShortcut = (event: KeyboardEvent) => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyD'

/**
 * What everyone sees while a voting round runs: dots left, give / take back a dot on the selected card, and
 * after the reveal the ranked result. The dots are given through the server's votes API: each person's dots are
 * kept there, hidden from everyone else until the reveal, and the budget is the server's to keep.
 */
export function VotingBar({ room, voting }: { room: BoardRoom; voting: VotingView }) {
  const t = useT()
  const editor = useEditor()
  const access = useBoardAccess()
  const announce = useAnnouncementStore((state) => state.announce)
  const [showResults, setShowResults] = useState(false)
  const [problem, setProblem] = useState<BallotProblem | null>(null)
  const round = voting.round
  const ballot = useBallot(room, round)
  const selected = useValue(
    'selected card',
    () => {
      const shape = editor.getOnlySelectedShape()
      return shape ? { id: shape.id as string, type: shape.type } : null
    },
    [editor],
  )
  const left = ballot.left
  const votable = selected !== null && round !== null && round.types.includes(selected.type)
  const mineOnSelected = selected ? ballot.mine.filter((cardId) => cardId === selected.id).length : 0
  const canVote = access.canEdit && round?.phase === 'open'

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

  useEffect(() => setProblem(ballot.problem), [ballot.problem])
  const store = ballotStoreFor(room)
  const give = () => {
    if (!selected || !round || !canVote) return
    if (!votable) return setProblem('not-votable')
    if (left === 0) return setProblem('budget-used')
    void store.cast(round.id, selected.id)
  }
  const takeBack = () => {
    if (!selected || !round || mineOnSelected === 0) return
    void store.retract(round.id, selected.id)
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
          {canVote ? (problem ? problemText(t, problem) : status) : t.facilitation.voting.readOnly} {canVote && t.facilitation.voting.hiddenNote}
        </p>
      )}
      {round.phase === 'open' && voting.results && (
        <p className="voting-bar__hint" data-testid="voting-live-counts">
          {t.facilitation.voting.progress(voting.results.tallies.reduce((sum, tally) => sum + tally.dots, 0), voting.results.voters)}
        </p>
      )}
      {round.phase === 'revealed' && showResults && <VotingResults results={voting.results} />}
    </section>
  )
}

function problemText(t: ReturnType<typeof useT>, problem: BallotProblem): string {
  const texts = t.facilitation.voting
  switch (problem) {
    case 'budget-used':
      return texts.budgetUsed
    case 'not-votable':
      return texts.notVotable
    case 'offline':
      return texts.problems.offline
    case 'closed':
      return texts.problems.closed
    case 'stale-round':
      return texts.problems.staleRound
    case 'refused':
      return texts.problems.refused
    default:
      return texts.problems.failed
  }
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
