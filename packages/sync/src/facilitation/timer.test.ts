import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addTime, formatCountdown, localDeadline, pauseTimer, readTimerState, remainingMs, resumeTimer, startTimer, stopTimer } from './timer'

const MINUTE = 60_000

describe('shared countdown timer', () => {
  it('anchors a live update to the reader\'s clock, whatever the writer\'s clock says', () => {
    const writer = new Y.Doc()
    startTimer(writer, 5 * MINUTE, 1_000_000) // the writer's clock
    const reader = new Y.Doc()
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer))
    const state = readTimerState(reader)
    // The reader's clock is 47 s behind; the update arrives at its 953 050.
    const deadline = localDeadline(state, { live: true, arrivedAt: 953_050 }, 953_050)
    expect(deadline).toBe(953_050 + 5 * MINUTE)
    expect(remainingMs(state, deadline, 953_050 + MINUTE)).toBe(4 * MINUTE)
  })

  it('does not run long when a live update arrives minutes after it was written (the writer was offline)', () => {
    const writer = new Y.Doc()
    startTimer(writer, 5 * MINUTE, 1_000_000)
    const reader = new Y.Doc()
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer))
    const state = readTimerState(reader)
    // Delivered 4 minutes late on a synchronised clock: one minute is left, not five.
    const arrivedAt = 1_000_000 + 4 * MINUTE
    const deadline = localDeadline(state, { live: true, arrivedAt }, arrivedAt)
    expect(remainingMs(state, deadline, arrivedAt)).toBe(MINUTE)
  })

  it('trusts the writer\'s clock for a timer found when opening the board, but never shows more than was left', () => {
    const doc = new Y.Doc()
    startTimer(doc, 10 * MINUTE, 2_000_000)
    const state = readTimerState(doc)
    // Joined 3 minutes later with a synchronised clock: 7 minutes left.
    const now = 2_000_000 + 3 * MINUTE
    expect(remainingMs(state, localDeadline(state, { live: false }, now), now)).toBe(7 * MINUTE)
    // A reader whose clock is an hour behind would compute 70 minutes; it is clamped to the 10 that were left.
    const behind = 2_000_000 - 60 * MINUTE
    expect(remainingMs(state, localDeadline(state, { live: false }, behind), behind)).toBe(10 * MINUTE)
    // Long finished: zero, not negative.
    const later = 2_000_000 + 60 * MINUTE
    expect(remainingMs(state, localDeadline(state, { live: false }, later), later)).toBe(0)
  })

  it('pauses at what the pausing person sees, resumes from there, adds a minute and stops', () => {
    const doc = new Y.Doc()
    startTimer(doc, 3 * MINUTE, 0)
    const deadline = localDeadline(readTimerState(doc), { live: true, arrivedAt: 500 }, 500)
    pauseTimer(doc, deadline, 500 + MINUTE)
    expect(readTimerState(doc)).toEqual({ status: 'paused', durationMs: 3 * MINUTE, remainingMs: 2 * MINUTE })
    // Paused time does not run out.
    expect(remainingMs(readTimerState(doc), null, 10 * MINUTE)).toBe(2 * MINUTE)
    addTime(doc, MINUTE, null, 0)
    expect(readTimerState(doc)).toMatchObject({ status: 'paused', remainingMs: 3 * MINUTE })
    resumeTimer(doc, 7_000)
    expect(readTimerState(doc)).toEqual({ status: 'running', durationMs: 3 * MINUTE, remainingMs: 3 * MINUTE, writtenAt: 7_000 })
    const running = localDeadline(readTimerState(doc), { live: true, arrivedAt: 7_000 }, 7_000)
    addTime(doc, MINUTE, running, 7_000 + 30_000)
    // 2:30 were left; one more minute makes 3:30, more than the 3 minutes it started with.
    expect(readTimerState(doc)).toEqual({ status: 'running', durationMs: 3.5 * MINUTE, remainingMs: 3.5 * MINUTE, writtenAt: 37_000 })
    stopTimer(doc)
    expect(readTimerState(doc)).toBeNull()
  })

  it('gives a finished timer a fresh minute when one is added', () => {
    const doc = new Y.Doc()
    startTimer(doc, MINUTE, 0)
    const deadline = localDeadline(readTimerState(doc), { live: true, arrivedAt: 0 }, 0)
    addTime(doc, MINUTE, deadline, 5 * MINUTE)
    expect(readTimerState(doc)).toMatchObject({ status: 'running', remainingMs: MINUTE, writtenAt: 5 * MINUTE })
  })

  it('ignores an invalid timer value in the document', () => {
    const doc = new Y.Doc()
    doc.getMap('facilitation').set('timer', { status: 'running', remainingMs: -5 })
    expect(readTimerState(doc)).toBeNull()
  })

  it('formats the countdown rounded up to whole seconds', () => {
    expect(formatCountdown(5 * MINUTE)).toBe('5:00')
    expect(formatCountdown(4 * MINUTE + 4_001)).toBe('4:05')
    expect(formatCountdown(1)).toBe('0:01')
    expect(formatCountdown(0)).toBe('0:00')
    expect(formatCountdown(-3)).toBe('0:00')
    expect(formatCountdown(62 * MINUTE + 3_000)).toBe('1:02:03')
  })
})
