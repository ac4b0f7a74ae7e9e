import Dexie, { type EntityTable, type Table } from 'dexie'
import type { LocalBoardSummary } from '../room/types'
import type { StoredSnapshot } from '../snapshots/localSnapshots'

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

export type StoredBoard = LocalBoardSummary

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
