import type * as Y from 'yjs'
import { MAX_TIMER_MS, timerStateSchema, type TimerState } from '@sammen/protocol'
import { getFacilitationMap, readValid, TIMER_FIELD } from './facilitationLayout'

/** Longest countdown a facilitator can set: a long workshop session. */
export { MAX_TIMER_MS }

/**
 * The shared countdown. Nothing ticks in the document: a running timer stores how much was left when it was
 * written (`remainingMs`) and the writer's clock at that moment (`writtenAt`); a paused one only `remainingMs`.
 * `durationMs` is what it was started with (for "of 10 minutes" and progress).
 *
 * Clock skew: every reader computes its own local deadline (see {@link localDeadline}):
 * - an update that arrives live is anchored to the reader's clock at arrival: deadline = arrival + remainingMs.
 *   Clock differences between machines do not matter; the error is the network delay (tens of milliseconds).
 * - a timer that was already running when the reader opened the board (initial sync) cannot be anchored that
 *   way: the reader trusts the writer's clock, deadline = writtenAt + remainingMs, clamped so it never shows more
 *   than `remainingMs`. The error is the clock difference of the two machines, usually well under a second
 *   with NTP; a reader whose clock is far off sees the right time again after the next change (pause, +1 min).
 */
export { timerStateSchema, type TimerState }

export function readTimerState(doc: Y.Doc): TimerState | null {
  return readValid(getFacilitationMap(doc), TIMER_FIELD, timerStateSchema)
}

/** Beyond this, a live timer update counts as delivered late rather than as written by a clock that runs behind. */
export const LATE_ARRIVAL_MS = 30_000

/** How a reader came to know the timer state: live (arrivedAt = its clock then) or from the stored document. */
export type TimerArrival = { live: true; arrivedAt: number } | { live: false }

/** The reader's local deadline of a running timer (ms on its own clock); null if the timer is not running. */
export function localDeadline(state: TimerState | null, arrival: TimerArrival, now: number): number | null {
  if (!state || state.status !== 'running') return null
  // Live: anchored to the reader's clock, so clocks that disagree by seconds still show the same time left. An
  // update that arrives long after it was written (the writer was offline) would run long by the whole delay, so
  // then the writer's clock is trusted as for a stored state.
  if (arrival.live && arrival.arrivedAt - state.writtenAt <= LATE_ARRIVAL_MS) return arrival.arrivedAt + state.remainingMs
  const trusted = state.writtenAt + state.remainingMs
  return Math.min(trusted, now + state.remainingMs)
}

/** Milliseconds left, never negative; a paused timer keeps what it had. */
export function remainingMs(state: TimerState | null, deadline: number | null, now: number): number {
  if (!state) return 0
  if (state.status === 'paused') return state.remainingMs
  return Math.max(0, (deadline ?? now) - now)
}

function writeTimer(doc: Y.Doc, state: TimerState | null): void {
  const map = getFacilitationMap(doc)
  doc.transact(() => {
    if (state) map.set(TIMER_FIELD, timerStateSchema.parse(state))
    else map.delete(TIMER_FIELD)
  })
}

export function startTimer(doc: Y.Doc, durationMs: number, now = Date.now()): void {
  const duration = Math.min(MAX_TIMER_MS, Math.max(0, Math.round(durationMs)))
  writeTimer(doc, { status: 'running', durationMs: duration, remainingMs: duration, writtenAt: now })
}

/** Pauses at what this client shows as left (its own deadline), so everyone stops at the same number. */
export function pauseTimer(doc: Y.Doc, deadline: number | null, now = Date.now()): void {
  const state = readTimerState(doc)
  if (!state || state.status !== 'running') return
  writeTimer(doc, { status: 'paused', durationMs: state.durationMs, remainingMs: Math.round(remainingMs(state, deadline, now)) })
}

export function resumeTimer(doc: Y.Doc, now = Date.now()): void {
  const state = readTimerState(doc)
  if (!state || state.status !== 'paused') return
  writeTimer(doc, { status: 'running', durationMs: state.durationMs, remainingMs: state.remainingMs, writtenAt: now })
}

/** Adds time to a running or paused timer; a timer that has run out starts again with the added time. */
export function addTime(doc: Y.Doc, ms: number, deadline: number | null, now = Date.now()): void {
  const state = readTimerState(doc)
  if (!state) return
  const left = Math.min(MAX_TIMER_MS, Math.round(remainingMs(state, deadline, now) + ms))
  const durationMs = Math.min(MAX_TIMER_MS, Math.max(state.durationMs, left))
  writeTimer(
    doc,
    state.status === 'running' ? { status: 'running', durationMs, remainingMs: left, writtenAt: now } : { status: 'paused', durationMs, remainingMs: left },
  )
}

export function stopTimer(doc: Y.Doc): void {
  if (getFacilitationMap(doc).has(TIMER_FIELD)) writeTimer(doc, null)
}

export function observeTimerState(doc: Y.Doc, listener: (state: TimerState | null, transaction: Y.Transaction) => void): () => void {
  const map = getFacilitationMap(doc)
  const onChange = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
    if (event.keysChanged.has(TIMER_FIELD)) listener(readTimerState(doc), transaction)
  }
  map.observe(onChange)
  return () => map.unobserve(onChange)
}

/** "4:05", "12:00", "1:02:03": minutes and seconds, rounded up so 0:00 means the time is really up. */
export function formatCountdown(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const ss = String(seconds).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`
}
