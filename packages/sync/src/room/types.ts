/** How the board's document relates to the server right now; shown to the person at all times. */
export type ConnectionPhase =
  /** Connected and in step with the server: every local change has been sent. */
  | 'online'
  /** Connected (or connecting) and exchanging state with the server. */
  | 'syncing'
  /** No connection to the server; edits are kept locally and sent when it returns. */
  | 'offline'

export interface BoardRoomStatus {
  phase: ConnectionPhase
  /** Local edits the server has not seen yet (survives reloads: kept in IndexedDB). */
  hasUnsyncedChanges: boolean
  /** The board's document was written by a newer version of Sammen: this client must not write to it. */
  needsReload: boolean
  /** Why local storage failed, if it did (for example the IndexedDB quota); edits stay in memory and on the server. */
  storageError: string | null
  /**
   * The server closed the socket with a code `@sammen/protocol` calls final (4401 invite revoked, 4403 a change the
   * server will not take, 4413 too large) and the room
   * stopped reconnecting; `connect()` tries again.
   */
  refusal: { code: number; reason: string } | null
}
