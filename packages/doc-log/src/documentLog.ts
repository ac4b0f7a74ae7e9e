// The one storage contract for Yjs documents, on the server (SQLite, PostgreSQL) and in the browser (Dexie):
// every update is appended as its own entry (cheap, durable at once) and the log is folded into one state
// lazily, as AFFiNE's nbstore and automerge-repo's storage adapters do. Every adapter runs the same suite
// (`@sammen/doc-log/testing`), so "compact never loses an update" means the same thing everywhere.
import * as Y from 'yjs'

/**
 * Yjs has two update encodings. Appended updates are always v1 (what a Y.Doc emits and the wire carries); the
 * compacted state is in the encoding its log chose: v2 packs tombstones much tighter, which matters where space
 * is scarce (IndexedDB quotas), while the server keeps v1 so a stored state can be sent as it is.
 */
export type StateEncoding = 'v1' | 'v2'

export interface StoredDocument {
  /** The compacted state (in the log's `stateEncoding`), or null before the first compaction. */
  state: Uint8Array | null
  /** Updates appended after the state, oldest first, each byte for byte as appended (v1). */
  updates: Uint8Array[]
  /**
   * The highest sequence number the state covers or an update carries: pass it to `compact` as `upToSeq`.
   * 0 when only a state compacted from an empty log is stored.
   */
  headSeq: number
}

export interface DocumentLog<Key extends string = string> {
  /** The encoding `compact` takes its state in and `loadDocument` gives it back in. */
  readonly stateEncoding: StateEncoding

  /**
   * `null` when nothing was ever stored under the key. Applying the state and then the updates to an empty Y.Doc
   * reproduces the document (Yjs merges any order; this one is merely the cheapest).
   */
  loadDocument(key: Key): Promise<StoredDocument | null>

  /**
   * Appends one v1 update and resolves with its sequence number: strictly increasing per key and never handed
   * out again, not even after a compaction emptied the log. Once this resolves the update survives a crash of
   * the process.
   */
  appendUpdate(key: Key, update: Uint8Array): Promise<number>

  /**
   * Replaces the stored state with `state`, which must include every update with seq <= `upToSeq` (it may hold
   * more), and deletes those updates, atomically. Updates above `upToSeq` stay, so appends may go on meanwhile.
   * A call with `upToSeq` below what the stored state covers is stale and ignored, so racing compactions cannot
   * lose data; an equal one replaces the state, because its caller may know more than the log (an append that
   * failed). Compacting a key with no log stores the state with coverage `upToSeq` (0).
   */
  compact(key: Key, state: Uint8Array, upToSeq: number): Promise<void>

  /** Every key with a state or an update, in no particular order. */
  listDocuments(): Promise<Key[]>
}

/** The document's whole state in `encoding`, for `compact`. */
export function encodeDocumentState(doc: Y.Doc, encoding: StateEncoding): Uint8Array {
  return encoding === 'v2' ? Y.encodeStateAsUpdateV2(doc) : Y.encodeStateAsUpdate(doc)
}

/** Applies a state from `loadDocument` (in the log's `stateEncoding`) to `doc`. */
export function applyDocumentState(doc: Y.Doc, state: Uint8Array, encoding: StateEncoding, origin?: unknown): void {
  if (encoding === 'v2') Y.applyUpdateV2(doc, state, origin)
  else Y.applyUpdate(doc, state, origin)
}
