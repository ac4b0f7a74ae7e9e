// The persistence contract for board documents, shaped after AFFiNE's nbstore: every Yjs update is
// appended as its own row (cheap, durable right away), and the log is folded into a snapshot lazily.
// Any backend (SQLite, PostgreSQL) implements exactly this and runs `runDocStorageSuite`.
import type { BoardId } from '@sammen/journey-model'

export interface StoredBoard {
  /**
   * The snapshot (if any) followed by every update appended after it, oldest first. Applying them all
   * to an empty Y.Doc reproduces the board; order only matters for efficiency, Yjs merges any order.
   */
  updates: Uint8Array[]
  /** Highest sequence number in the log (or folded into the snapshot); pass to `compact` as `upToSeq`. */
  headSeq: number
  /** Appended updates not folded into the snapshot yet; the caller compacts when this gets large. */
  pendingUpdates: number
}

export interface DocStorage {
  /** `null` when nothing was ever stored for this board. */
  loadBoard(boardId: BoardId): Promise<StoredBoard | null>

  /**
   * Append one Yjs update and resolve with its sequence number (strictly increasing per board, never
   * reused, even after compaction). The update must be durable against a process crash once this
   * resolves; the SQLite adapter even commits before returning.
   */
  appendUpdate(boardId: BoardId, update: Uint8Array): Promise<number>

  /**
   * Replace the snapshot with `state` (a full-state update that includes every update with
   * seq <= upToSeq) and delete those updates, atomically. A stale call (upToSeq below the current
   * snapshot) is ignored, so concurrent compactions cannot lose data.
   */
  compact(boardId: BoardId, state: Uint8Array, upToSeq: number): Promise<void>

  listBoards(): Promise<BoardId[]>

  /** Resolves if the backend answers a trivial query; used by `/readyz`. */
  ping(): Promise<void>

  close(): Promise<void>
}
