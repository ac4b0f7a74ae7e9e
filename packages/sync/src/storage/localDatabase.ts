import Dexie, { type EntityTable, type Table } from 'dexie'
import type { BoardId } from '@sammen/journey-model'
import type { SnapshotMeta } from '@sammen/protocol'

/**
 * One entry of a document's local update log (`DexieDocumentLog`): an incremental Yjs update, or the compacted
 * state. `boardId` is the document's key: a board's id, or `<boardId>:annotations`.
 */
export interface StoredUpdate {
  seq: number
  boardId: string
  update: Uint8Array
  /** 2 marks the compacted state, in Yjs' v2 encoding (much smaller with many tombstones); absent for an update (v1). */
  format?: 2
  /**
   * On the compacted state: the highest seq it covers. Not indexed, so no schema version; states written before
   * it existed cover their own seq.
   */
  upToSeq?: number
}

/** A row of the `boards` table: the start page's list of the boards this browser holds. */
export interface LocalBoardSummary {
  boardId: BoardId
  title: string
  createdAt: number
  lastEditedAt: number
  lastSyncedAt: number | null
  hasUnsyncedChanges: boolean
  /**
   * This browser's participant key for the board (32 random bytes, base64url): offered to the server with every
   * socket, so it knows that the Yjs client ids and presence written from here are this browser's, across
   * reconnects and reloads (PROTOCOL.md). Kept with the board's data, so it lives exactly as long as the edits it
   * vouches for. Absent in entries written before it existed; added on the next open.
   */
  participantKey?: string
}

export type StoredBoard = LocalBoardSummary

/** Why the app took an automatic snapshot (kept locally only; the server stores `kind`, not the reason). */
export type AutoSnapshotReason = 'before-restore' | 'after-reconnect' | 'interval'

/** A snapshot as this browser keeps it in IndexedDB (`snapshots` table, schema version 2). */
export interface StoredSnapshot extends SnapshotMeta {
  boardId: string
  reason?: AutoSnapshotReason
  /** `Y.encodeStateAsUpdate(doc)`: the v1 encoding of the whole document, what the server API takes. */
  state: Uint8Array
  /** When the server confirmed it has this snapshot; null while it still has to be uploaded. */
  uploadedAt: number | null
}

/**
 * Every schema version this database has shipped, oldest first. Never edit or remove a shipped entry:
 * browsers that ran it hold data in that shape. Append a new version (with an upgrade function if data must
 * move) instead.
 */
export const LOCAL_SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  { version: 1, stores: { updates: '++seq, boardId', boards: 'boardId, lastEditedAt' } },
  // Snapshots are keyed by board and id: the server scopes snapshot ids to their board, and downloaded
  // snapshots of different boards must not overwrite each other. Existing tables are unchanged, so no upgrade.
  { version: 2, stores: { snapshots: '[boardId+id], boardId, [boardId+createdAt]' } },
]

export class SammenLocalDatabase extends Dexie {
  updates!: EntityTable<StoredUpdate, 'seq'>
  boards!: EntityTable<StoredBoard, 'boardId'>
  snapshots!: Table<StoredSnapshot, [string, string]>

  constructor(name = 'sammen') {
    super(name)
    for (const { version, stores } of LOCAL_SCHEMA_VERSIONS) this.version(version).stores(stores)
  }
}

export function createLocalDatabase(name?: string): SammenLocalDatabase {
  return new SammenLocalDatabase(name)
}

/** A storage error in words a person can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : ''
  if (name === 'QuotaExceededError' || (error instanceof Dexie.QuotaExceededError)) {
    return 'quota-exceeded'
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}
