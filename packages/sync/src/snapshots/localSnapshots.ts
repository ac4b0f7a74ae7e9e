import type { SnapshotKind } from '@sammen/protocol'
import * as Y from 'yjs'
import {
  describeStorageError,
  type AutoSnapshotReason,
  type SammenLocalDatabase,
  type StoredSnapshot,
} from '../storage/localDatabase'

export type { AutoSnapshotReason, StoredSnapshot } from '../storage/localDatabase'

/** Metadata of a snapshot: the fields the server's snapshot API returns (`@sammen/protocol`). */
export type { SnapshotKind, SnapshotMeta } from '@sammen/protocol'


export interface TakeSnapshotOptions {
  name: string
  author: string
  kind: SnapshotKind
  reason?: AutoSnapshotReason
  /** How many automatic snapshots of the board to keep after taking an automatic one (default 20). */
  keepAuto?: number
  /** Defaults to Date.now(); tests pass a fixed clock. */
  now?: number
}

export const DEFAULT_KEEP_AUTO_SNAPSHOTS = 20

/** A snapshot could not be written to or read from IndexedDB; `reason` is describeStorageError's text. */
export class SnapshotStorageError extends Error {
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(
      reason === 'quota-exceeded'
        ? 'The snapshot could not be saved: this browser has no storage space left for the board.'
        : `The snapshot could not be saved or read: ${reason}`,
      options,
    )
    this.name = 'SnapshotStorageError'
  }
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/**
 * A url-safe random id of 16 characters (96 bits), matching the server's `^[A-Za-z0-9_-]{6,64}$`. The
 * client chooses it so a snapshot taken offline keeps its id when it is uploaded later.
 */
export function createSnapshotId(): string {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  // 64 symbols: the low six bits of each byte are uniformly distributed, so no symbol is favoured.
  let id = ''
  for (const byte of bytes) id += ID_ALPHABET[byte & 63]
  return id
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw new SnapshotStorageError(describeStorageError(error), { cause: error })
  }
}

/** Saves the whole document as a snapshot of the board. Automatic snapshots are pruned afterwards. */
export async function takeSnapshot(
  db: SammenLocalDatabase,
  boardId: string,
  doc: Y.Doc,
  options: TakeSnapshotOptions,
): Promise<StoredSnapshot> {
  const name = options.name.trim()
  if (name.length === 0 || name.length > 120) throw new Error('A snapshot needs a name of 1–120 characters.')
  const state = Y.encodeStateAsUpdate(doc)
  const snapshot: StoredSnapshot = {
    id: createSnapshotId(),
    boardId,
    name,
    // The server accepts at most 80 characters; cutting here keeps an offline snapshot uploadable.
    author: options.author.slice(0, 80),
    createdAt: options.now ?? Date.now(),
    kind: options.kind,
    state,
    size: state.byteLength,
    uploadedAt: null,
  }
  if (options.kind === 'auto') snapshot.reason = options.reason ?? 'interval'
  await guarded(() => db.snapshots.add(snapshot))
  if (options.kind === 'auto') await pruneAutoSnapshots(db, boardId, options.keepAuto)
  return snapshot
}

/** The board's snapshots, newest first (ties: by id, so the order is stable). */
export async function listSnapshots(db: SammenLocalDatabase, boardId: string): Promise<StoredSnapshot[]> {
  const rows = await guarded(() =>
    db.snapshots.where('[boardId+createdAt]').between([boardId, -Infinity], [boardId, Infinity]).toArray(),
  )
  return rows.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
}

export async function getSnapshot(
  db: SammenLocalDatabase,
  boardId: string,
  id: string,
): Promise<StoredSnapshot | undefined> {
  return guarded(() => db.snapshots.get([boardId, id]))
}

export async function deleteSnapshot(db: SammenLocalDatabase, boardId: string, id: string): Promise<void> {
  await guarded(() => db.snapshots.delete([boardId, id]))
}

/** Stores a snapshot as given (e.g. one downloaded from the server), replacing one with the same id. */
export async function putStoredSnapshot(db: SammenLocalDatabase, snapshot: StoredSnapshot): Promise<void> {
  await guarded(() => db.snapshots.put(snapshot))
}

export async function markSnapshotUploaded(
  db: SammenLocalDatabase,
  boardId: string,
  id: string,
  at = Date.now(),
): Promise<void> {
  await guarded(() => db.snapshots.update([boardId, id], { uploadedAt: at }))
}

/**
 * Deletes the oldest automatic snapshots of a board beyond `keep`. Named snapshots were saved by a person
 * and are never pruned. Returns the ids deleted.
 */
export async function pruneAutoSnapshots(
  db: SammenLocalDatabase,
  boardId: string,
  keep = DEFAULT_KEEP_AUTO_SNAPSHOTS,
): Promise<string[]> {
  const all = await listSnapshots(db, boardId)
  const excess = all.filter((snapshot) => snapshot.kind === 'auto').slice(Math.max(0, keep))
  if (excess.length === 0) return []
  await guarded(() => db.snapshots.bulkDelete(excess.map((snapshot) => [boardId, snapshot.id] as [string, string])))
  return excess.map((snapshot) => snapshot.id)
}
