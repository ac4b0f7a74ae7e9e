// The persistence contract for board documents, shaped after AFFiNE's nbstore: every Yjs update is
// appended as its own row (cheap, durable right away), and the log is folded into a snapshot lazily.
// Any backend (SQLite, PostgreSQL) implements exactly this and runs `runDocStorageSuite`.
import type { BoardId } from '@sammen/journey-model'
import type { DocKey, SnapshotKind, SnapshotMeta } from '@sammen/protocol'
import type { ClientOwnerStore } from '../auth/owners'
import type { VoteStore } from './VoteStore'

export type { SnapshotKind, SnapshotMeta } from '@sammen/protocol'

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

/** What a client uploads: a whole-document Yjs update plus the metadata to find it again. */
export interface SnapshotInput {
  /** Chosen by the client (url-safe, 6–64 chars), so an upload repeated after a reconnect is idempotent. */
  id: string
  name: string
  /** Display name of whoever took it; may be empty. */
  author: string
  /** Milliseconds since the epoch, from the client's clock (the snapshot may have been taken offline). */
  createdAt: number
  kind: SnapshotKind
  /** Yjs update encoding the whole document (`Y.encodeStateAsUpdate`). */
  state: Uint8Array
}

export interface StoredSnapshot extends SnapshotMeta {
  state: Uint8Array
}

/**
 * `created`: stored. `unchanged`: the same id with the same content was already there (a retried
 * upload). `conflict`: the id is taken by a snapshot with different content; nothing was written.
 */
export type PutSnapshotResult = 'created' | 'unchanged' | 'conflict'

export interface DocStorage {
  // The document methods take a DocKey (a board's journey or its annotations, see docKey.ts); adapters
  // treat it as an opaque key. Snapshots and role generations belong to the board.

  /** `null` when nothing was ever stored for this document. */
  loadBoard(boardId: DocKey): Promise<StoredBoard | null>

  /**
   * Append one Yjs update and resolve with its sequence number (strictly increasing per board, never
   * reused, even after compaction). The update must be durable against a process crash once this
   * resolves; the SQLite adapter even commits before returning.
   */
  appendUpdate(boardId: DocKey, update: Uint8Array): Promise<number>

  /**
   * Replace the snapshot with `state` (a full-state update that includes every update with
   * seq <= upToSeq) and delete those updates, atomically. A stale call (upToSeq below the current
   * snapshot) is ignored, so concurrent compactions cannot lose data.
   */
  compact(boardId: DocKey, state: Uint8Array, upToSeq: number): Promise<void>

  listBoards(): Promise<DocKey[]>

  /**
   * Store a named snapshot. Content equality (every metadata field and the state's bytes, compared by
   * SHA-256) decides between `unchanged` and `conflict` when the id already exists on this board.
   */
  putSnapshot(boardId: BoardId, snapshot: SnapshotInput): Promise<PutSnapshotResult>

  /** Metadata of every snapshot of the board, newest `createdAt` first (ties: id descending). */
  listSnapshots(boardId: BoardId): Promise<SnapshotMeta[]>

  getSnapshot(boardId: BoardId, snapshotId: string): Promise<StoredSnapshot | null>

  /** `false` when there was no such snapshot. */
  deleteSnapshot(boardId: BoardId, snapshotId: string): Promise<boolean>

  /**
   * Invite generation of `role` on the board: 0 until the role is first revoked. Signed invite tokens
   * carry the generation they were issued for; only tokens of the current one are accepted.
   */
  roleGeneration(boardId: BoardId, role: string): Promise<number>

  /** Atomically increments the role's generation (revoking its older tokens) and returns the new one. */
  bumpRoleGeneration(boardId: BoardId, role: string): Promise<number>

  /** Resolves if the backend answers a trivial query; used by `/readyz`. */
  ping(): Promise<void>

  close(): Promise<void>
}

/** Everything the server keeps: documents, versions and role generations, client-id claims, and votes. */
export type ServerStorage = DocStorage & ClientOwnerStore & VoteStore
