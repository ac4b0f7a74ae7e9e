import type { SerializedStore, Store, StoreSchema, UnknownRecord } from '@tldraw/store'
import { isEqual } from '@tldraw/utils'
import * as Y from 'yjs'
import { judgeDocSchema } from '../binding/schemaGate'
import { getRecordsMap, readRecord } from '../docLayout'

type JsonObject = Record<string, unknown>

/**
 * The records a snapshot's state holds, as written (not migrated), sorted by id. Decoded into a temporary
 * Y.Doc so nothing touches the live board; used for previews and for {@link diffBoards}.
 */
export function recordsOfSnapshot(state: Uint8Array): JsonObject[] {
  const doc = decodeSnapshotDoc(state)
  const records: JsonObject[] = []
  getRecordsMap(doc).forEach((entries) => records.push(readRecord(entries)))
  doc.destroy()
  return records.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))
}

export interface RestoreResult<R extends UnknownRecord> {
  /** Ids of document records the restore removed (the snapshot did not have them). */
  removed: string[]
  /** Ids of records it added or changed. */
  put: string[]
  /** Snapshot records that failed validation and were left out. */
  invalid: string[]
  /** The document records as they were just before the restore: put them back (and remove the rest) to undo. */
  before: R[]
}

/**
 * Brings the store's document-scope records to the snapshot's: removes what the snapshot lacks and puts
 * what differs. Session records (camera, selection) are left alone.
 *
 * The changes are ordinary local store changes (source 'user'), not remote ones. The store binding
 * therefore writes them to the Y.Doc as a new change on top of the current state, which syncs to everyone;
 * it does not rewind the CRDT, so no peer's client undoes it and concurrent offline edits to records the
 * snapshot kept still merge. Because they are local, the web app can take one tldraw history mark before
 * calling this (`editor.markHistoryStoppingPoint()`), and the person's undo reverts the whole restore.
 *
 * An older snapshot is migrated to the store's schema first; one written by a newer client is refused.
 */
export function restoreIntoStore<R extends UnknownRecord>(store: Store<R>, snapshotState: Uint8Array): RestoreResult<R> {
  const schema = store.schema as StoreSchema<R, unknown>
  const documentTypes = new Set(
    Object.values(schema.types as Record<string, { typeName: string; scope: string }>)
      .filter((type) => type.scope === 'document')
      .map((type) => type.typeName),
  )
  const target = snapshotRecords(schema, snapshotState)
  const before = store.allRecords().filter((record) => documentTypes.has(record.typeName))
  const current = new Map(before.map((record) => [record.id as string, record]))

  // Validate everything before changing anything, so a broken snapshot cannot leave a half-restored board.
  const puts: R[] = []
  const invalid: string[] = []
  const wanted = new Set<string>()
  for (const record of target) {
    if (typeof record.typeName !== 'string' || !documentTypes.has(record.typeName)) continue
    const id = String(record.id)
    const existing = current.get(id) ?? null
    let valid: R
    try {
      valid = schema.validateRecord(store, record as R, existing ? 'updateRecord' : 'createRecord', existing)
    } catch {
      invalid.push(id)
      continue
    }
    wanted.add(id)
    if (!existing || !isEqual(existing, valid)) puts.push(valid)
  }
  if (wanted.size === 0) throw new Error('The snapshot holds no board content; nothing was restored.')
  // Records that are invalid in the snapshot but exist now are kept rather than deleted.
  const removals = before.filter((record) => !wanted.has(record.id) && !invalid.includes(record.id)).map((record) => record.id)

  if (removals.length > 0) store.remove(removals)
  if (puts.length > 0) store.put(puts)
  return { removed: removals.map(String), put: puts.map((record) => record.id as string), invalid, before }
}

function decodeSnapshotDoc(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, state)
  } catch (error) {
    doc.destroy()
    throw new Error('The snapshot is damaged: its state is not a valid Yjs update.', { cause: error })
  }
  return doc
}

/** The snapshot's records in the store's schema (migrated up when the snapshot is older). */
function snapshotRecords<R extends UnknownRecord>(schema: StoreSchema<R, unknown>, state: Uint8Array): JsonObject[] {
  const doc = decodeSnapshotDoc(state)
  try {
    const verdict = judgeDocSchema(doc, schema)
    if (verdict.kind === 'newer') {
      throw new Error(`The snapshot was made with a newer version of Sammen; reload to restore it (${verdict.reason}).`)
    }
    const records: Record<string, JsonObject> = {}
    getRecordsMap(doc).forEach((entries, id) => (records[id] = readRecord(entries)))
    if (verdict.kind !== 'compatible' || !verdict.needsMigration) return Object.values(records)
    const migrated = schema.migrateStoreSnapshot({
      store: records as unknown as SerializedStore<R>,
      schema: verdict.docSchema,
    })
    if (migrated.type === 'error') throw new Error(`The snapshot could not be migrated: ${migrated.reason}`)
    return Object.values(migrated.value) as unknown as JsonObject[]
  } finally {
    doc.destroy()
  }
}
