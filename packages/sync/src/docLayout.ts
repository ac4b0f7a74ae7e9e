import { JourneyRoot } from '@sammen/protocol'
import * as Y from 'yjs'

/**
 * The board's Y.Doc layout (written down in the package README):
 *
 *   doc.getMap('records')  Y.Map<recordId, Y.Array<FieldEntry>>   every tldraw document record
 *   doc.getMap('meta')     Y.Map<string, unknown>                  'schema' (tldraw SerializedSchema), 'title'
 *   doc.getMap('facilitation'), 'comments', 'threads'               facilitation (facilitation/facilitationLayout.ts)
 *
 * A record is not stored as one value but as a small append-only log of its fields, one entry per
 * top-level field (`x`, `y`, `parentId` …) and per `props.*` / `meta.*` field. Two people changing
 * different fields of one card (one drags it, the other types in it) therefore both win. Writing a field
 * deletes its previous entry and appends the new one at the end: the deleted entries of one writer form
 * runs that Yjs merges into a single tombstone, so the document stays close to the size of a fresh
 * snapshot however many edits it has seen (a Y.Map keeps one tombstone per overwritten key instead).
 */
export const RECORDS_KEY = JourneyRoot.records
export const META_KEY = JourneyRoot.meta
export const META_SCHEMA = 'schema'
export const META_TITLE = 'title'
export { COMMENTS_KEY, FACILITATION_KEY, THREADS_KEY } from './facilitation/facilitationLayout'

export type FieldEntry = { readonly k: string; readonly v: unknown }
export type RecordFields = Y.Array<FieldEntry>

export function getRecordsMap(doc: Y.Doc): Y.Map<RecordFields> {
  return doc.getMap<RecordFields>(RECORDS_KEY)
}

export function getMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(META_KEY)
}

/** Nested objects whose own keys are separate fields: props and meta of a record. */
const NESTED = ['props', 'meta'] as const
type JsonObject = Record<string, unknown>

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `{ x: 1, props: { w: 2 } }` → `Map { 'x' → 1, 'props.w' → 2 }`. An empty nested object keeps its key. */
export function flattenRecord(record: object): Map<string, unknown> {
  const fields = new Map<string, unknown>()
  for (const [key, value] of Object.entries(record)) {
    if ((NESTED as readonly string[]).includes(key) && isPlainObject(value)) {
      fields.set(key, {})
      for (const [inner, innerValue] of Object.entries(value)) fields.set(`${key}.${inner}`, innerValue)
    } else {
      fields.set(key, value)
    }
  }
  return fields
}

/** The inverse of {@link flattenRecord}. */
export function unflattenRecord(fields: Map<string, unknown>): JsonObject {
  const record: JsonObject = {}
  for (const [key, value] of fields) {
    const dot = key.indexOf('.')
    if (dot === -1) {
      if (!(key in record)) record[key] = isPlainObject(value) && (NESTED as readonly string[]).includes(key) ? {} : value
      continue
    }
    const outer = key.slice(0, dot)
    const nested = isPlainObject(record[outer]) ? (record[outer] as JsonObject) : (record[outer] = {})
    nested[key.slice(dot + 1)] = value
  }
  return record
}

/**
 * Current field values of one record. When two people wrote the same field concurrently, both entries
 * exist until the next write; the right-most one wins, which every peer agrees on.
 */
export function readFields(entries: RecordFields): Map<string, unknown> {
  const fields = new Map<string, unknown>()
  for (const entry of entries.toArray()) fields.set(entry.k, entry.v)
  return fields
}

export function readRecord(entries: RecordFields): JsonObject {
  return unflattenRecord(readFields(entries))
}

/**
 * Writes the given fields of one record: deletes every existing entry of those fields (including
 * concurrent duplicates) and appends the new values. `undefined` removes a field. Must run inside a
 * transaction.
 */
export function writeFields(entries: RecordFields, changes: Map<string, unknown>): void {
  if (changes.size === 0) return
  const current = entries.toArray()
  // Delete from the end so earlier indexes stay valid; adjacent deletions are merged into one call.
  let runEnd = -1
  let runStart = -1
  for (let i = current.length - 1; i >= 0; i--) {
    const entry = current[i]!
    if (changes.has(entry.k)) {
      if (runStart === i + 1) runStart = i
      else {
        if (runEnd !== -1) entries.delete(runStart, runEnd - runStart + 1)
        runEnd = i
        runStart = i
      }
    }
  }
  if (runEnd !== -1) entries.delete(runStart, runEnd - runStart + 1)
  const appended: FieldEntry[] = []
  for (const [k, v] of changes) if (v !== undefined) appended.push({ k, v })
  if (appended.length > 0) entries.push(appended)
}

export function createRecordFields(record: object): RecordFields {
  const entries = new Y.Array<FieldEntry>()
  const appended: FieldEntry[] = []
  for (const [k, v] of flattenRecord(record)) if (v !== undefined) appended.push({ k, v })
  entries.push(appended)
  return entries
}
