import { describe, expect, it } from 'vitest'
import {
  afterIntervalSnapshot,
  isIntervalSnapshotDue,
  noteEdit,
  NO_ACTIVE_EDITING,
  RECONNECT_WATCH_START,
  watchReconnect,
  type ActiveEditing,
} from './autoSnapshotTiming'

const MINUTE = 60_000
const START = 1_700_000_000_000 - (1_700_000_000_000 % MINUTE)

/** A fake clock: edits at the given minutes after START (several edits per minute). */
function editAt(minutes: number[], state: ActiveEditing = NO_ACTIVE_EDITING): ActiveEditing {
  for (const minute of minutes) {
    state = noteEdit(state, START + minute * MINUTE + 1_000)
    state = noteEdit(state, START + minute * MINUTE + 50_000)
  }
  return state
}

describe('interval snapshots', () => {
  it('counts a minute with many edits once', () => {
    expect(editAt([0, 0, 0]).activeMinutes).toBe(1)
  })

  it('is due after 10 active minutes, once the 10th minute is over', () => {
    const state = editAt([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(state.activeMinutes).toBe(10)
    expect(isIntervalSnapshotDue(state, START + 9 * MINUTE + 59_000)).toBe(false)
    expect(isIntervalSnapshotDue(state, START + 10 * MINUTE)).toBe(true)
  })

  it('does not count idle minutes', () => {
    // Nine active minutes spread over two hours: not due, however much time passes.
    const state = editAt([0, 5, 17, 30, 31, 60, 61, 90, 119])
    expect(isIntervalSnapshotDue(state, START + 24 * 60 * MINUTE)).toBe(false)
    expect(isIntervalSnapshotDue(editAt([120], state), START + 121 * MINUTE)).toBe(true)
  })

  it('never becomes due on a board nobody edits', () => {
    expect(isIntervalSnapshotDue(NO_ACTIVE_EDITING, START + 365 * 24 * 60 * MINUTE)).toBe(false)
  })

  it('starts counting again after a snapshot', () => {
    let state = editAt([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    state = afterIntervalSnapshot(state)
    expect(isIntervalSnapshotDue(state, START + 11 * MINUTE)).toBe(false)
    // More edits in the minute that was already counted do not count again.
    state = noteEdit(state, START + 9 * MINUTE + 59_000)
    expect(state.activeMinutes).toBe(0)
    state = editAt([10, 11, 12, 13, 14, 15, 16, 17, 18], state)
    expect(isIntervalSnapshotDue(state, START + 30 * MINUTE)).toBe(false)
    state = editAt([40], state)
    expect(isIntervalSnapshotDue(state, START + 41 * MINUTE)).toBe(true)
  })

  it('takes a custom interval', () => {
    expect(isIntervalSnapshotDue(editAt([0, 1]), START + 2 * MINUTE, 2)).toBe(true)
  })
})

describe('reconnect snapshots', () => {
  const run = (statuses: [phase: 'online' | 'syncing' | 'offline', unsynced: boolean][]) => {
    let state = RECONNECT_WATCH_START
    const due: boolean[] = []
    for (const [phase, hasUnsyncedChanges] of statuses) {
      const result = watchReconnect(state, { phase, hasUnsyncedChanges })
      state = result.state
      due.push(result.due)
    }
    return due
  }

  it('is due once when the room comes online after being offline with unsynced changes', () => {
    expect(run([['online', false], ['offline', false], ['offline', true], ['syncing', false], ['online', false], ['online', false]])).toEqual([
      false, false, false, false, true, false,
    ])
  })

  it('is due when a board opened with changes from an earlier offline session gets online', () => {
    expect(run([['offline', true], ['syncing', true], ['online', false]])).toEqual([false, false, true])
  })

  it('is not due after an offline spell without edits', () => {
    expect(run([['online', false], ['offline', false], ['syncing', false], ['online', false]])).toEqual([false, false, false, false])
  })

  it('is not due for unsynced changes while connected (normal editing)', () => {
    expect(run([['online', false], ['syncing', true], ['online', false]])).toEqual([false, false, false])
  })

  it('waits through a failed reconnect', () => {
    expect(run([['offline', true], ['syncing', true], ['offline', true], ['online', false]])).toEqual([false, false, false, true])
  })
})
