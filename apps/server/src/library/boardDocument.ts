// A board's journey document as the library reads it: the tldraw records from the `records` map (each a log of
// field entries, PROTOCOL.md "Document layout"), migrated to the schema this server knows, and the title from the
// `meta` map. From a room's Y.Doc when the board is loaded here, else from storage. Never writes.
import { applyDocumentState, type StoredDocument } from '@sammen/doc-log'
import { sammenBoardSchema } from '@sammen/journey-shapes'
import { JourneyRoot } from '@sammen/protocol'
import type { SerializedSchema } from '@tldraw/store'
import * as Y from 'yjs'
import type { ServerDocumentLog } from '../storage/ServerStorage'

export interface BoardContent {
  records: unknown[]
  title: string
}

const TITLE_KEY = 'title'
const SCHEMA_KEY = 'schema'
/** `props` and `meta` of a record are written field by field (`props.w`), the rest as whole fields. */
const NESTED = new Set(['props', 'meta'])
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Records read (or checked) per turn of the event loop when a large board is read in turns. */
export const RECORDS_PER_TURN = 500

/** The board's records and title from its Y.Doc, in one go. */
export function readBoardContent(doc: Y.Doc): BoardContent {
  const reading = readInSlices(doc, Infinity)
  let step = reading.next()
  while (!step.done) step = reading.next()
  return step.value
}

/**
 * The same, `RECORDS_PER_TURN` records at a time with a turn of the event loop between them, so reading a board of
 * thousands of cards never stalls the server (a room's document may change between turns; the next change reads it
 * again).
 */
export async function readBoardContentInTurns(doc: Y.Doc): Promise<BoardContent> {
  const reading = readInSlices(doc, RECORDS_PER_TURN)
  let step = reading.next()
  while (!step.done) {
    await new Promise((resolve) => setImmediate(resolve))
    step = reading.next()
  }
  return step.value
}

function* readInSlices(doc: Y.Doc, perSlice: number): Generator<void, BoardContent> {
  const meta = doc.getMap<unknown>(JourneyRoot.meta)
  const map = doc.getMap<unknown>(JourneyRoot.records)
  const records = new Map<string, unknown>()
  const ids = [...map.keys()]
  for (let start = 0; start < ids.length; start += perSlice) {
    if (start > 0) yield
    for (const id of ids.slice(start, start + perSlice)) {
      const fields = map.get(id)
      if (fields instanceof Y.Array) records.set(id, recordOfFields(fields.toArray()))
    }
  }
  const title = meta.get(TITLE_KEY)
  return { records: migrated(records, meta.get(SCHEMA_KEY)), title: typeof title === 'string' ? title.trim() : '' }
}

/**
 * A record from its field entries, read as the browsers' binding reads it (`@sammen/sync`'s `readRecord`): the
 * right-most entry of a field wins, and `props`/`meta` are built from their `props.*`/`meta.*` fields.
 */
function recordOfFields(entries: readonly unknown[]): Record<string, unknown> {
  const fields = new Map<string, unknown>()
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue
    const { k, v } = entry as { k?: unknown; v?: unknown }
    // The server refuses fields no record has, but a stored document is read as hostile all the same.
    if (typeof k === 'string' && !k.split('.').some((part) => UNSAFE_KEYS.has(part))) fields.set(k, v)
  }
  const record: Record<string, unknown> = {}
  for (const [key, value] of fields) {
    const dot = key.indexOf('.')
    if (dot === -1) {
      if (!(key in record)) record[key] = NESTED.has(key) && isPlainObject(value) ? {} : value
      continue
    }
    const outer = key.slice(0, dot)
    const nested = isPlainObject(record[outer]) ? record[outer] : (record[outer] = {})
    nested[key.slice(dot + 1)] = value
  }
  return record
}

/**
 * Brings records written under an older schema up to this server's (a board nobody opened since a card gained a
 * field). A document from a newer server, or one whose migration fails, is read as it is: the index checks every
 * record and leaves out what does not fit.
 */
function migrated(records: Map<string, unknown>, written: unknown): unknown[] {
  const asRead = [...records.values()]
  if (!isSerializedSchema(written)) return asRead
  const steps = sammenBoardSchema.getMigrationsSince(written)
  if (!steps.ok || steps.value.length === 0) return asRead
  try {
    const result = sammenBoardSchema.migrateStoreSnapshot({ store: Object.fromEntries(records) as never, schema: written })
    return result.type === 'success' ? Object.values(result.value) : asRead
  } catch {
    return asRead
  }
}

/** A stored document in a fresh Y.Doc (the caller destroys it); unreadable updates are skipped, like a room does. */
export function docOfStored(stored: StoredDocument, log: Pick<ServerDocumentLog, 'stateEncoding'>): { doc: Y.Doc; unreadable: number } {
  const doc = new Y.Doc({ gc: true })
  let unreadable = 0
  const apply = (write: () => void) => {
    try {
      write()
    } catch {
      unreadable++
    }
  }
  doc.transact(() => {
    const { state } = stored
    if (state) apply(() => applyDocumentState(doc, state, log.stateEncoding))
    for (const update of stored.updates) apply(() => Y.applyUpdate(doc, update))
  })
  return { doc, unreadable }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isSerializedSchema(value: unknown): value is SerializedSchema {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as { schemaVersion?: unknown; sequences?: unknown }
  return typeof candidate.schemaVersion === 'number' && typeof candidate.sequences === 'object' && candidate.sequences !== null
}
