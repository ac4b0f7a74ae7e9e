import { facilitation, type BoardRoom } from '@sammen/sync'
import { useId, useState } from 'react'
import { useT } from '../i18n'
import { PanelFrame } from './PanelFrame'
import { ballotStoreFor } from './ballot'
import { VotingResults } from './VotingResults'
import { useTimerView } from './TimerChip'
import type { FollowMe } from './useFollowMe'
import type { LiveTimer, Me, VotingView } from './useFacilitationState'

const TIMER_MINUTES = [1, 2, 3, 5, 10, 15, 20, 30] as const
const VOTE_BUDGETS = [3, 5, 7, 10] as const
const MINUTE = 60_000

interface FacilitatorPanelProps {
  room: BoardRoom
  me: Me
  follow: FollowMe
  timer: LiveTimer
  voting: VotingView
  onClose: () => void
}

/** The facilitator's controls: follow me, the shared countdown and dot voting. Every control is a plain button. */
export function FacilitatorPanel({ room, me, follow, timer, voting, onClose }: FacilitatorPanelProps) {
  const t = useT()
  return (
    <PanelFrame title={t.facilitation.panelTitle} testId="facilitator-panel" onClose={onClose}>
      <FollowSection room={room} me={me} follow={follow} />
      <TimerSection room={room} timer={timer} />
      <VotingSection room={room} voting={voting} />
    </PanelFrame>
  )
}

function FollowSection({ room, me, follow }: { room: BoardRoom; me: Me; follow: FollowMe }) {
  const t = useT()
  const headingId = useId()
  const other = follow.follow && !follow.leading ? follow.follow.leaderName : null
  return (
    <section className="facilitation-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="facilitation-section__heading">
        {t.facilitation.follow.heading}
      </h3>
      <p className="facilitation-section__intro">{t.facilitation.follow.intro}</p>
      {other && <p className="facilitation-section__note">{t.facilitation.follow.someoneLeads(other)}</p>}
      <div className="facilitation-actions">
        {follow.leading ? (
          <button type="button" className="button button--secondary" onClick={() => facilitation.stopLeading(room.doc)} data-testid="stop-follow-me">
            {t.facilitation.follow.stop}
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            disabled={!me.id}
            onClick={() => me.id && facilitation.startLeading(room.doc, { id: me.id, name: me.name })}
            data-testid="start-follow-me"
          >
            {t.facilitation.follow.start}
          </button>
        )}
      </div>
    </section>
  )
}

function TimerSection({ room, timer }: { room: BoardRoom; timer: LiveTimer }) {
  const t = useT()
  const headingId = useId()
  const minutesId = useId()
  const [minutes, setMinutes] = useState<number>(5)
  const { running, paused, done } = useTimerView(timer)
  const exists = timer.state !== null
  return (
    <section className="facilitation-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="facilitation-section__heading">
        {t.facilitation.timer.heading}
      </h3>
      <div className="facilitation-actions">
        <label htmlFor={minutesId} className="facilitation-field-label">
          {t.facilitation.timer.minutes}
        </label>
        <select id={minutesId} className="facilitation-select" value={minutes} onChange={(event) => setMinutes(Number(event.target.value))} data-testid="timer-minutes">
          {TIMER_MINUTES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <button type="button" className="button button--primary" onClick={() => facilitation.startTimer(room.doc, minutes * MINUTE)} data-testid="timer-start">
          {t.facilitation.timer.start}
        </button>
      </div>
      {exists && (
        <div className="facilitation-actions">
          {running && !done && (
            <button type="button" className="button button--secondary" onClick={() => facilitation.pauseTimer(room.doc, timer.deadline)} data-testid="timer-pause">
              {t.facilitation.timer.pause}
            </button>
          )}
          {paused && (
            <button type="button" className="button button--secondary" onClick={() => facilitation.resumeTimer(room.doc)} data-testid="timer-resume">
              {t.facilitation.timer.resume}
            </button>
          )}
          <button
            type="button"
            className="button button--secondary"
            title={t.facilitation.timer.addMinuteLabel}
            onClick={() => facilitation.addTime(room.doc, MINUTE, timer.deadline)}
            data-testid="timer-add-minute"
          >
            {t.facilitation.timer.addMinute}
          </button>
          <button type="button" className="button button--secondary" onClick={() => facilitation.stopTimer(room.doc)} data-testid="timer-stop">
            {t.facilitation.timer.stop}
          </button>
        </div>
      )}
    </section>
  )
}

function VotingSection({ room, voting }: { room: BoardRoom; voting: VotingView }) {
  const t = useT()
  const headingId = useId()
  const budgetId = useId()
  const showCountsId = useId()
  const [budget, setBudget] = useState<number>(voting.round?.budget ?? 3)
  const [showCounts, setShowCounts] = useState<boolean>(voting.round?.showCounts ?? false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const round = voting.round
  const api = ballotStoreFor(room).api
  // The round lives on the server: every control is a request, and a refusal is said out loud.
  const act = (request: () => Promise<unknown>) => {
    setBusy(true)
    setProblem(null)
    request().then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false)
        setProblem(t.facilitation.voting.actionFailed(error instanceof facilitation.VotesApiError && error.status === 0 ? t.facilitation.voting.problems.offline : error instanceof Error ? error.message : String(error)))
      },
    )
  }
  return (
    <section className="facilitation-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="facilitation-section__heading">
        {t.facilitation.voting.heading}
      </h3>
      <p className="facilitation-section__intro">{t.facilitation.voting.intro}</p>
      <div className="facilitation-actions">
        <label htmlFor={budgetId} className="facilitation-field-label">
          {t.facilitation.voting.budget}
        </label>
        <select id={budgetId} className="facilitation-select" value={budget} onChange={(event) => setBudget(Number(event.target.value))} data-testid="vote-budget">
          {VOTE_BUDGETS.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      <div className="facilitation-check">
        <input id={showCountsId} type="checkbox" checked={showCounts} onChange={(event) => setShowCounts(event.target.checked)} data-testid="vote-show-counts" />
        <label htmlFor={showCountsId}>{t.facilitation.voting.showCounts}</label>
      </div>
      <div className="facilitation-actions">
        <button
          type="button"
          className={round ? 'button button--secondary' : 'button button--primary'}
          aria-disabled={busy}
          onClick={() => !busy && act(() => api.startRound({ budget, showCounts }))}
          data-testid="voting-start"
        >
          {round ? t.facilitation.voting.restart : t.facilitation.voting.start}
        </button>
      </div>
      {problem && (
        <p className="facilitation-section__note facilitation-section__note--problem" role="alert" data-testid="voting-problem">
          {problem}
        </p>
      )}
      {round && (
        <>
          {/* Counts only, and only if asked for: who voted for what stays hidden until the reveal, for the facilitator too. */}
          <p className="facilitation-section__note" data-testid="voting-progress">
            {round.phase === 'open' && !round.showCounts
              ? t.facilitation.voting.progressHidden
              : t.facilitation.voting.progress(voting.results?.tallies.reduce((sum, tally) => sum + tally.dots, 0) ?? 0, voting.results?.voters ?? 0)}
          </p>
          <div className="facilitation-actions">
            {round.phase === 'open' && (
              <button type="button" className="button button--primary" aria-disabled={busy} onClick={() => !busy && act(() => api.reveal(round.id))} data-testid="voting-reveal">
                {t.facilitation.voting.reveal}
              </button>
            )}
            <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => !busy && act(() => api.end())} data-testid="voting-end">
              {t.facilitation.voting.end}
            </button>
          </div>
          {round.phase === 'revealed' && <VotingResults results={voting.results} />}
        </>
      )}
    </section>
  )
}
