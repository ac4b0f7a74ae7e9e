// Named snapshots ("versions"): whole-board states a client saves under a name, kept beside the board's document
// log and never touched by its compaction. Narrow on purpose: the snapshot API needs nothing else, and both
// adapters run `runSnapshotStoreSuite` (test/storage/snapshotStoreSuite.ts).
import type { BoardId } from '@sammen/journey-model'
import type { SnapshotKind, SnapshotMeta } from '@sammen/protocol'

export type { SnapshotKind, SnapshotMeta } from '@sammen/protocol'

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

export interface SnapshotStore {
  /**
   * Store a named snapshot. Content equality (every metadata field and the state's bytes, compared by
   * SHA-256) decides between `unchanged` and `conflict` when the id already exists on this board.
   */
  putSnapshot(boardId: BoardId, snapshot: SnapshotInput): Promise<PutSnapshotResult>

  /**
   * Metadata of every snapshot of the board, newest `createdAt` first (ties: id descending). Also what the
   * per-board quota is counted from (number and `size` of the versions).
   */
  listSnapshots(boardId: BoardId): Promise<SnapshotMeta[]>

  getSnapshot(boardId: BoardId, snapshotId: string): Promise<StoredSnapshot | null>

  /** `false` when there was no such snapshot. */
  deleteSnapshot(boardId: BoardId, snapshotId: string): Promise<boolean>
}
