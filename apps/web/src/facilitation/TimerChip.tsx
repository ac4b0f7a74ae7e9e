import { facilitation } from '@sammen/sync'
import { useEffect, useRef, useState } from 'react'
import { useT } from '../i18n'
import { useAnnouncementStore } from './announcementStore'
import type { LiveTimer } from './useFacilitationState'

/** Now, refreshed four times a second while `active` (a countdown shows whole seconds). */
export function useTicker(active: boolean, resetKey: unknown = null): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    setNow(Date.now())
    if (!active) return
    const interval = window.setInterval(() => setNow(Date.now()), 250)
    return () => window.clearInterval(interval)
  }, [active, resetKey])
  return now
}

export function useTimerView(timer: LiveTimer) {
  const running = timer.state?.status === 'running'
  const now = useTicker(running, timer.deadline)
  const left = facilitation.remainingMs(timer.state, timer.deadline, now)
  return { left, running, paused: timer.state?.status === 'paused', done: running && left === 0 }
}

/**
 * The countdown everyone sees in the top bar while a timer exists: the time left, "på pause", or a pulsing
 * "Tiden er ute" at zero. Announces a start and the end once each, politely.
 */
export function TimerChip({ timer }: { timer: LiveTimer }) {
  const t = useT()
  const announce = useAnnouncementStore((state) => state.announce)
  const { left, paused, done } = useTimerView(timer)
  const previous = useRef(timer.state)

  useEffect(() => {
    const before = previous.current
    previous.current = timer.state
    const state = timer.state
    if (!state || state.status !== 'running' || state.remainingMs !== state.durationMs) return
    if (before?.status === 'running' && before.writtenAt === state.writtenAt) return
    if (before === state) return
    announce(t.facilitation.timer.started(Math.round(state.durationMs / 60_000)))
  }, [timer.state, announce, t])

  useEffect(() => {
    if (done) announce(t.facilitation.timer.announcedTimeUp)
  }, [done, announce, t])

  if (!timer.state) return null
  const stateName = done ? 'done' : paused ? 'paused' : 'running'
  return (
    <div className="timer-chip" role="timer" aria-label={t.facilitation.timer.label} data-state={stateName} data-testid="timer-chip">
      <ClockIcon />
      {done ? (
        <span className="timer-chip__done">{t.facilitation.timer.timeUp}</span>
      ) : (
        <>
          <span className="timer-chip__time" data-testid="timer-time">
            {facilitation.formatCountdown(left)}
          </span>
          {paused && <span className="timer-chip__paused">{t.facilitation.timer.paused}</span>}
        </>
      )}
    </div>
  )
}

function ClockIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <circle cx="12" cy="13" r="8" />
      <path d="M12 9v4l2.5 2M9 2h6" />
    </svg>
  )
}
