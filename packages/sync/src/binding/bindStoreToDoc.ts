import type { SerializedStore, Store, StoreSchema, UnknownRecord } from '@tldraw/store'
import { isEqual } from '@tldraw/utils'
import * as Y from 'yjs'
import {
  createRecordFields,
  flattenRecord,
  getMetaMap,
  getRecordsMap,
  META_SCHEMA,
  readFields,
  readRecord,
  unflattenRecord,
  writeFields,
  type FieldEntry,
} from '../docLayout'
import { changedFields } from './recordDiff'
import { findIndexRepairs } from './repairIndexes'
import { judgeDocSchema } from './schemaGate'

export interface StoreBindingOptions<R extends UnknownRecord> {
  store: Store<R>
  doc: Y.Doc
  /**
   * The least time between two outgoing document transactions, asked at each change. Returning 0 writes
   * on the next tick; the room returns ~33 ms while others are present so a drag sends ~30 updates a second.
   */
  getThrottleMs?: () => number
  /** The document was written by a newer client; from now on this binding writes nothing. */
  onNeedsReload?: (reason: string) => void
  /** A record in the document failed validation and was left out of the store. */
  onInvalidRecord?: (id: string, error: unknown) => void
  /**
   * This client may not change the document (a viewer or user-panel member): the server closes the socket of a
   * client that sends a document change, and the change would stay in local storage and be refused again on every
   * reconnect. So an older document is migrated (and indexes repaired) in the store only, the store's own default
   * records are not added to the document, and local store changes are never written.
   */
  readOnly?: boolean
  /**
   * A large board opens faster when the store first gets only what the first view shows: tldraw measures and
   * renders every shape in the store when it mounts, in view or not. Without it, every record goes in at once.
   */
  stagedLoad?: StagedLoad<R>
}

/** How the initial load is split: the first view's records at once, the rest in batches when the page has time. */
export interface StagedLoad<R extends UnknownRecord> {
  /**
   * The ids of the records to put into the store at once, or null to put all of them at once. The set must be
   * closed: a shape's ancestors, and both shapes of a binding, go with it.
   */
  firstView(records: readonly R[]): ReadonlySet<string> | null
  /** Calls `putBatch` (once per call of the scheduler's choice, e.g. after each painted frame) until it returns false. */
  schedule(putBatch: () => boolean): void
  /** Records per batch (default 250). */
  batchSize?: number
}

export interface StoreBinding {
  /** Transaction origin of every write this binding makes to the doc. */
  readonly origin: object
  readonly needsReload: boolean
  /** Resolves once every record of the initial load is in the store (at once, unless the load was staged). */
  readonly whenLoaded: Promise<void>
  /** Writes pending local changes to the doc now (tests, page unload). */
  flush(): void
  dispose(): void
}

type PendingChange = Set<string> | 'all' | 'delete'
type JsonObject = Record<string, unknown>

/**
 * Keeps a tldraw store and a Y.Doc in step, per field (see docLayout). Local changes (source 'user') are
 * written to the doc in one transaction per flush; remote doc changes are merged into the store with
 * `mergeRemoteChanges`, so they never echo back and never enter the local undo stack.
 */
export function bindStoreToDoc<R extends UnknownRecord>(options: StoreBindingOptions<R>): StoreBinding {
  const { store, doc } = options
  const schema = store.schema as StoreSchema<R, unknown>
  const records = getRecordsMap(doc)
  const meta = getMetaMap(doc)
  const origin = { name: 'sammen-store-binding' }
  const documentTypes = new Set(
    Object.values(schema.types as Record<string, { typeName: string; scope: string }>)
      .filter((type) => type.scope === 'document')
      .map((type) => type.typeName),
  )
  const pending = new Map<string, PendingChange>()
  let needsReload = false
  let disposed = false
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastFlushAt = 0
  let whenLoaded: Promise<void> = Promise.resolve()

  const markNeedsReload = (reason: string) => {
    if (needsReload) return
    needsReload = true
    pending.clear()
    options.onNeedsReload?.(reason)
  }

  const validate = (record: JsonObject, before: R | null): R | null => {
    try {
      if (typeof record.typeName !== 'string' || !documentTypes.has(record.typeName)) throw new Error('not a document record')
      return schema.validateRecord(store, record as R, before ? 'updateRecord' : 'createRecord', before)
    } catch (error) {
      options.onInvalidRecord?.(String(record.id), error)
      return null
    }
  }

  // --- initial load: the doc is the truth; store records it lacks are added to it ------------------------
  const verdict = judgeDocSchema(doc, schema)
  if (verdict.kind === 'newer') {
    markNeedsReload(verdict.reason)
  } else {
    let loaded: Record<string, JsonObject> = {}
    records.forEach((entries, id) => {
      loaded[id] = readRecord(entries)
    })
    if (verdict.kind === 'compatible' && verdict.needsMigration) {
      const migrated = schema.migrateStoreSnapshot({
        store: loaded as unknown as SerializedStore<R>,
        schema: verdict.docSchema,
      })
      if (migrated.type === 'error') markNeedsReload(`migration failed: ${migrated.reason}`)
      else loaded = migrated.value as unknown as Record<string, JsonObject>
    }
    if (!needsReload) {
      const migrated = verdict.kind === 'compatible' && verdict.needsMigration
      // Migrated records are checked before they are written back; otherwise the store's own validation
      // on put is the check (validating twice cost a third of a 2,000-shape load).
      const valid = migrated
        ? Object.values(loaded).flatMap((record) => validate(record, null) ?? [])
        : (Object.values(loaded).filter((record) => documentTypes.has(String(record.typeName))) as unknown as R[])
      const repairs = findIndexRepairs(valid as unknown as { id: string; typeName: string }[])
      const repaired = valid.map((record) => (repairs.has(record.id) ? { ...record, index: repairs.get(record.id) } : record))
      if (!options.readOnly) {
        doc.transact(() => {
          // Write back what migration and repair changed, and store records the doc does not have yet.
          for (const record of repaired) {
            if (!migrated && !repairs.has(record.id)) continue
            const entries = records.get(record.id)
            if (entries) writeFields(entries, fieldWrites(readFields(entries), flattenRecord(record), null))
          }
          for (const record of store.allRecords()) {
            if (documentTypes.has(record.typeName) && !records.has(record.id)) {
              records.set(record.id, createRecordFields(record))
            }
          }
          if (verdict.kind !== 'compatible' || verdict.needsMigration) meta.set(META_SCHEMA, schema.serialize())
        }, origin)
      }
      const first = options.stagedLoad?.firstView(repaired as R[]) ?? null
      if (!first || !options.stagedLoad) {
        putLoaded(repaired as R[])
      } else {
        putLoaded((repaired as R[]).filter((record) => first.has(record.id)))
        whenLoaded = putInBatches(
          (repaired as R[]).filter((record) => !first.has(record.id)),
          options.stagedLoad,
        )
      }
    }
  }

  /** Puts loaded records as remote changes (never undone, never written back). */
  function putLoaded(loaded: R[]) {
    if (loaded.length === 0) return
    try {
      store.mergeRemoteChanges(() => store.put(loaded))
    } catch {
      // Some record is invalid: put the valid ones and leave the rest in the doc, reported.
      const checked = loaded.flatMap((record) => validate(record as JsonObject, null) ?? [])
      store.mergeRemoteChanges(() => store.put(checked))
    }
  }

  /**
   * The rest of a staged load, parents before children and bindings after the shapes they join. A record that
   * reached the store meanwhile (a peer changed it), left the doc (deleted) or is being deleted here is skipped.
   */
  function putInBatches(rest: R[], staged: StagedLoad<R>): Promise<void> {
    const ordered = loadOrder(rest)
    const size = Math.max(1, staged.batchSize ?? 250)
    let at = 0
    return new Promise<void>((resolve) => {
      staged.schedule(() => {
        if (disposed || needsReload) {
          resolve()
          return false
        }
        const batch = ordered
          .slice(at, at + size)
          .filter((record) => records.has(record.id) && !store.has(record.id) && pending.get(record.id) !== 'delete')
        at += size
        putLoaded(batch)
        if (at < ordered.length) return true
        resolve()
        return false
      })
    })
  }

  // --- local → doc ------------------------------------------------------------------------------------
  const scheduleFlush = () => {
    if (timer || disposed) return
    const wait = Math.max(0, lastFlushAt + (options.getThrottleMs?.() ?? 0) - Date.now())
    timer = setTimeout(flush, wait)
  }

  const stopListening = options.readOnly ? () => {} : store.listen(
    ({ changes }) => {
      if (needsReload) return
      for (const record of Object.values(changes.added) as R[]) pending.set(record.id, 'all')
      for (const [from, to] of Object.values(changes.updated) as [R, R][]) {
        const current = pending.get(to.id)
        if (current === 'all' || current === 'delete') pending.set(to.id, 'all')
        else if (current) for (const key of changedFields(from, to)) current.add(key)
        else pending.set(to.id, changedFields(from, to))
      }
      for (const record of Object.values(changes.removed) as R[]) pending.set(record.id, 'delete')
      scheduleFlush()
    },
    { source: 'user', scope: 'document' },
  )

  function flush() {
    if (timer) clearTimeout(timer)
    timer = null
    // Listeners normally run once per animation frame; pull any changes still waiting in the store.
    store._flushHistory()
    if (timer) clearTimeout(timer)
    timer = null
    if (pending.size === 0 || needsReload) return
    lastFlushAt = Date.now()
    doc.transact(() => {
      for (const [id, change] of pending) {
        const record = store.get(id as R['id'])
        if (change === 'delete' || !record) {
          if (records.has(id)) records.delete(id)
          continue
        }
        const entries = records.get(id)
        if (!entries) {
          records.set(id, createRecordFields(record))
          continue
        }
        writeFields(entries, fieldWrites(readFields(entries), flattenRecord(record), change === 'all' ? null : change))
      }
    }, origin)
    pending.clear()
  }

  // --- doc → local ------------------------------------------------------------------------------------
  const onDocChange = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    if (transaction.origin === origin || needsReload) return
    const touched = new Map<string, Set<string> | 'full'>()
    for (const event of events) {
      if (event.target === records) {
        for (const id of (event as Y.YMapEvent<unknown>).keysChanged) touched.set(id, 'full')
        continue
      }
      const id = event.path[0]
      if (typeof id !== 'string' || touched.get(id) === 'full') continue
      const keys = keysOf(event)
      const known = touched.get(id)
      if (keys === 'full') touched.set(id, 'full')
      else if (known instanceof Set) for (const key of keys) known.add(key)
      else touched.set(id, keys)
    }
    const puts: R[] = []
    const removals: R['id'][] = []
    for (const [id, keys] of touched) {
      if (pending.get(id) === 'delete') continue
      const entries = records.get(id)
      const current = (store.get(id as R['id']) as R | undefined) ?? null
      if (!entries) {
        if (current) removals.push(current.id)
        continue
      }
      let next: JsonObject
      if (keys === 'full' || !current) {
        next = readRecord(entries)
      } else {
        // Apply only the fields this remote change touched, so local edits not yet flushed survive.
        const docFields = readFields(entries)
        const fields = flattenRecord(current)
        for (const key of keys) {
          if (docFields.has(key)) fields.set(key, docFields.get(key))
          else fields.delete(key)
        }
        next = unflattenRecord(fields)
      }
      const valid = validate(next, current)
      if (valid) puts.push(valid)
    }
    if (puts.length === 0 && removals.length === 0) return
    store.mergeRemoteChanges(() => {
      if (removals.length > 0) store.remove(removals)
      if (puts.length > 0) store.put(puts)
    })
  }
  records.observeDeep(onDocChange)

  const onMetaChange = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(META_SCHEMA)) {
      const latest = judgeDocSchema(doc, schema)
      if (latest.kind === 'newer') markNeedsReload(latest.reason)
    }
  }
  meta.observe(onMetaChange)

  return {
    origin,
    get needsReload() {
      return needsReload
    },
    whenLoaded,
    flush,
    dispose() {
      if (disposed) return
      flush()
      disposed = true
      stopListening()
      records.unobserveDeep(onDocChange)
      meta.unobserve(onMetaChange)
    },
  }
}

/** Records in the order a staged load puts them: shapes by depth (parents first), then bindings, then the rest. */
function loadOrder<R extends UnknownRecord>(rest: R[]): R[] {
  const byId = new Map(rest.map((record) => [record.id as string, record as unknown as JsonObject]))
  const depth = new Map<string, number>()
  const depthOf = (id: string, seen = 0): number => {
    const known = depth.get(id)
    if (known !== undefined) return known
    const parentId = byId.get(id)?.parentId
    // A parent already in the store (or a page) counts as the top; `seen` stops a broken parent chain.
    const value = typeof parentId === 'string' && byId.has(parentId) && seen < 100 ? depthOf(parentId, seen + 1) + 1 : 0
    depth.set(id, value)
    return value
  }
  const rank = (record: R) => (record.typeName === 'shape' ? 0 : record.typeName === 'binding' ? 1 : 2)
  return [...rest].sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? depthOf(a.id) - depthOf(b.id) : 0))
}

/** The writes that bring `docFields` to `fields` for `keys` (all keys when null); undefined removes a field. */
function fieldWrites(docFields: Map<string, unknown>, fields: Map<string, unknown>, keys: Set<string> | null) {
  const writes = new Map<string, unknown>()
  const candidates = keys ?? new Set([...docFields.keys(), ...fields.keys()])
  for (const key of candidates) {
    const value = fields.get(key)
    if (!isEqual(docFields.get(key), value)) writes.set(key, value)
  }
  return writes
}

/** The field keys a change to one record's entry array touched, or 'full' when they cannot be told. */
function keysOf(event: Y.YEvent<Y.AbstractType<unknown>>): Set<string> | 'full' {
  const keys = new Set<string>()
  for (const item of [...event.changes.added, ...event.changes.deleted]) {
    const content = item.content.getContent() as FieldEntry[]
    if (content.length === 0 && item.length > 0) return 'full'
    for (const entry of content) keys.add(entry.k)
  }
  return keys
}
