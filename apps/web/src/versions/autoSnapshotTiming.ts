import type { BoardRoomStatus } from '@sammen/sync'

/** Minutes of active editing between two 'interval' snapshots. */
export const ACTIVE_MINUTES_PER_SNAPSHOT = 10
const MINUTE_MS = 60_000

/**
 * Counts the minutes in which this person changed the document. A minute is a wall-clock minute
 * (`floor(time / 60 s)`); many edits in one minute count once, and idle minutes do not count.
 */
export interface ActiveEditing {
  /** Active minutes since the last 'interval' snapshot. */
  activeMinutes: number
  /** The last minute that was counted, or null before the first edit. */
  lastActiveMinute: number | null
}

export const NO_ACTIVE_EDITING: ActiveEditing = { activeMinutes: 0, lastActiveMinute: null }

const minuteOf = (time: number) => Math.floor(time / MINUTE_MS)

/** The person changed the document at `now`. */
export function noteEdit(state: ActiveEditing, now: number): ActiveEditing {
  const minute = minuteOf(now)
  if (minute === state.lastActiveMinute) return state
  return { activeMinutes: state.activeMinutes + 1, lastActiveMinute: minute }
}

/** True once `every` active minutes have passed and the last of them is over (so it is in the snapshot). */
export function isIntervalSnapshotDue(state: ActiveEditing, now: number, every = ACTIVE_MINUTES_PER_SNAPSHOT): boolean {
  return state.activeMinutes >= every && state.lastActiveMinute !== null && minuteOf(now) > state.lastActiveMinute
}

/** Starts counting again after an 'interval' snapshot was taken. */
export function afterIntervalSnapshot(state: ActiveEditing): ActiveEditing {
  return { ...state, activeMinutes: 0 }
}

/** Whether the room has been offline with local edits the server has not seen since it was last online. */
export interface ReconnectWatch {
  offlineWithUnsyncedChanges: boolean
}

export const RECONNECT_WATCH_START: ReconnectWatch = { offlineWithUnsyncedChanges: false }

/**
 * Follows the room's status. `due` is true exactly once when the room comes online after having been
 * offline with unsynced changes (also when the board was opened with changes from an earlier offline session).
 */
export function watchReconnect(
  state: ReconnectWatch,
  status: Pick<BoardRoomStatus, 'phase' | 'hasUnsyncedChanges'>,
): { state: ReconnectWatch; due: boolean } {
  if (status.phase === 'offline' && status.hasUnsyncedChanges) return { state: { offlineWithUnsyncedChanges: true }, due: false }
  if (status.phase === 'online' && state.offlineWithUnsyncedChanges) return { state: { offlineWithUnsyncedChanges: false }, due: true }
  return { state, due: false }
}
