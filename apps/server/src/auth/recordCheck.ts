// The board's records, checked with the same schema the browsers' stores use (@sammen/journey-shapes): a card
// without an owner, a step with an unknown channel or a shape of a type nobody knows is refused before it reaches
// anyone. The document layout (PROTOCOL.md) keeps each record as a log of field entries `{ k, v }` (`x`,
// `props.text`, `meta.note` …), so an update usually carries a few fields of a record, not the record:
//   - a record the update creates is assembled from its live entries and validated whole;
//   - a field written to an existing shape or binding is validated on its own, with the validator of that field
//     of the record's type (its type read from the document); `id`, `typeName` and `type` may not change;
//   - other existing records (document, page, asset) are small: they are assembled as they will be and validated;
//   - a field removed without a new value must be one the record may lack (`meta.*`, optional fields, props a
//     migration dropped).
import { BOARD_DOCUMENT_RECORD_TYPES, recordFieldsValidator, validateBoardRecord, type RecordFieldsValidator } from '@sammen/journey-shapes'
import * as Y from 'yjs'

type FieldEntry = { k: string; v: unknown }
/** The document's `records` root, as `doc.share` holds it (asking for it as a map would create it). */
type RecordsRoot = Pick<Y.AbstractType<unknown>, '_map'>

interface RecordWrites {
  /** The update creates the record's field log (a new record, or a record replaced whole). */
  created: boolean
  /** Entries the update adds that survive it, in update order. */
  live: FieldEntry[]
  /** Every entry the update adds, deleted in it or not. */
  all: FieldEntry[]
  /** Field keys whose existing entries the update deletes. */
  removedKeys: Set<string>
  /** The update deletes the record itself. */
  deleted: boolean
}

/** What an update does to the board's records, gathered while the guard walks it; then checked at once. */
export class RecordChanges {
  private readonly writes = new Map<string, RecordWrites>()

  private of(recordId: string): RecordWrites {
    let writes = this.writes.get(recordId)
    if (!writes) this.writes.set(recordId, (writes = { created: false, live: [], all: [], removedKeys: new Set(), deleted: false }))
    return writes
  }

  /** A new field log under the record's key; `live`: it is not deleted in the same update. */
  created(recordId: string, live: boolean): void {
    if (live) this.of(recordId).created = true
    else this.of(recordId).deleted = true
  }

  entry(recordId: string, entry: FieldEntry, live: boolean): void {
    const writes = this.of(recordId)
    writes.all.push(entry)
    if (live) writes.live.push(entry)
  }

  /** An existing entry of the record that the update deletes. */
  removedField(recordId: string, key: string): void {
    this.of(recordId).removedKeys.add(key)
  }

  /** The record's log in the document is deleted (the record removed). */
  removedRecord(recordId: string): void {
    this.of(recordId).deleted = true
  }

  /** Checks every record the update touches against the document; the first problem, or null. */
  *problems(records: RecordsRoot | undefined): Generator<void, string | null, void> {
    let sinceTurn = 0
    for (const [recordId, writes] of this.writes) {
      const problem = checkRecord(recordId, writes, records)
      if (problem) return `${recordId}: ${problem}`
      if (++sinceTurn === RECORDS_PER_TURN) {
        sinceTurn = 0
        yield
      }
    }
    return null
  }
}

/** Records checked between two turns of the event loop (a new card is validated whole: 20-50 µs). */
const RECORDS_PER_TURN = 200

/** Fields an existing record keeps for life. */
const IDENTITY_KEYS: readonly string[] = ['id', 'typeName', 'type']
const TYPE_ONLY: ReadonlySet<string> = new Set(['type'])

function checkRecord(recordId: string, writes: RecordWrites, records: RecordsRoot | undefined): string | null {
  const typeName = recordId.slice(0, recordId.indexOf(':'))
  if (!BOARD_DOCUMENT_RECORD_TYPES.has(typeName)) return `"${typeName}" records are not part of a board`
  if (writes.created) return checkWhole(recordId, fieldsOf(writes.live))
  if (writes.deleted) return null // removed, or a log written and deleted in one update: nothing remains
  const log = recordLog(records, recordId)
  if (log === null) {
    // Entries for a record the document does not hold go to a log that is gone: Yjs keeps them deleted.
    return null
  }
  // A shape or binding is checked field by field, so of the document only its type is read (which validator), and
  // the identity fields this update writes (they may not change): no copy of the record, however long its log.
  const liveWrites = fieldsOf(writes.live)
  const identityWrites = IDENTITY_KEYS.filter((key) => liveWrites.has(key))
  const current = identityWrites.length === 0 ? null : readFields(log, new Set(['type', ...identityWrites]))
  const fieldsValidator = recordFieldsValidator(typeName, String(current ? current.get('type') : typeOfLog(log)))
  if (!fieldsValidator) {
    // Document, page, asset: small records, assembled as they will be and validated whole.
    const after = readFields(log, null)
    for (const key of writes.removedKeys) after.delete(key)
    for (const [key, value] of liveWrites) after.set(key, value)
    return checkWhole(recordId, after)
  }
  for (const key of identityWrites) {
    if (liveWrites.get(key) !== current!.get(key)) return `"${key}" of an existing record may not change`
  }
  for (const { k, v } of writes.all) {
    const problem = checkField(fieldsValidator, k, v)
    if (problem) return problem
  }
  for (const key of writes.removedKeys) {
    if (liveWrites.has(key)) continue
    const problem = checkField(fieldsValidator, key, undefined)
    if (problem) return `the field "${key}" may not be removed`
  }
  return null
}

/** One field entry of a shape or binding: a top-level field, the `props`/`meta` markers, a prop, or meta. */
function checkField(validator: RecordFieldsValidator, key: string, value: unknown): string | null {
  const dot = key.indexOf('.')
  const outer = dot === -1 ? key : key.slice(0, dot)
  if (dot === -1) {
    // The layout writes `props` and `meta` as empty objects and their keys as fields of their own.
    if (key === 'props' || key === 'meta') return isEmptyObject(value) || value === undefined ? null : `"${key}" must be written field by field`
    if (!Object.hasOwn(validator.config, key)) return `no field "${key}"`
    return attempt(() => validator.config[key]!.validate(value), key)
  }
  if (outer === 'meta') return null // any JSON, checked with every value
  if (outer !== 'props') return `no field "${key}"`
  const props = (validator.config.props as { config?: Record<string, { validate(value: unknown): unknown }> } | undefined)?.config ?? {}
  const name = key.slice(dot + 1)
  if (!Object.hasOwn(props, name)) return value === undefined ? null : `no field "${key}"`
  return attempt(() => props[name]!.validate(value), key)
}

function checkWhole(recordId: string, fields: Map<string, unknown>): string | null {
  for (const key of fields.keys()) {
    const nestedOutsideProps = key.includes('.') && !key.startsWith('props.') && !key.startsWith('meta.')
    if (nestedOutsideProps || key.split('.').some((part) => UNSAFE_KEYS.has(part))) return `no field "${key}"`
  }
  const record = unflatten(fields)
  if (record.id !== recordId) return 'the record is not stored under its own id'
  return attempt(() => validateBoardRecord(record), null)
}

function attempt(run: () => unknown, key: string | null): string | null {
  try {
    run()
    return null
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    return key === null ? message : `"${key}": ${message}`
  }
}

/** The fields in the order written: where one key was written twice, the later entry wins, as in the browsers. */
function fieldsOf(entries: readonly FieldEntry[]): Map<string, unknown> {
  return new Map(entries.map(({ k, v }) => [k, v]))
}

/**
 * The type of each record's field log, read from the log once. `type` is an identity field: no update gets through
 * that changes or removes it (checkRecord refuses both, here and on every other instance), so what was read stays
 * true for the log's life, and the next field write on the card needs no walk over its log (which holds every entry
 * ever written to the card, deleted ones included: thousands on a card dragged around in a long workshop). Weak: an
 * entry goes with its log (a deleted record, an unloaded board); only records written to while loaded have one.
 */
const logTypes = new WeakMap<Y.AbstractType<unknown>, string>()

function typeOfLog(log: Y.AbstractType<unknown>): unknown {
  const known = logTypes.get(log)
  if (known !== undefined) return known
  const type = readFields(log, TYPE_ONLY).get('type')
  // A log without a type string (an unreadable record) is read again next time.
  if (typeof type === 'string') logTypes.set(log, type)
  return type
}

/** The field log of a record the document holds now, or null. */
function recordLog(records: RecordsRoot | undefined, recordId: string): Y.AbstractType<unknown> | null {
  const holder = records?._map.get(recordId)
  if (!holder || holder.deleted || !(holder.content instanceof Y.ContentType)) return null
  return holder.content.type
}

/** The record's fields as the document holds them now (the right-most live entry of a key wins): all, or `wanted`. */
function readFields(log: Y.AbstractType<unknown>, wanted: ReadonlySet<string> | null): Map<string, unknown> {
  const fields = new Map<string, unknown>()
  for (let item = log._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentAny)) continue
    for (const entry of item.content.arr as unknown[]) {
      // The key first: of a card's twenty-odd entries usually one is wanted, and the full check allocates.
      if (wanted !== null && !(typeof entry === 'object' && entry !== null && wanted.has((entry as { k?: unknown }).k as string))) continue
      if (isFieldEntry(entry)) fields.set(entry.k, entry.v)
    }
  }
  return fields
}

export function isFieldEntry(value: unknown): value is FieldEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const entry = value as Record<string, unknown>
  return typeof entry.k === 'string' && entry.k.length > 0 && entry.k.length <= 256 && 'v' in entry && Object.keys(entry).length === 2
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0
}

/** Keys that would reach an object's prototype when assembled; no record has them. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * `props.text` → `{ props: { text } }`, as the browsers assemble a record from its fields (sync's docLayout): the
 * `props` and `meta` markers become fresh objects, whatever they hold, so the update's own values are never changed.
 */
function unflatten(fields: Map<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  for (const [key, value] of fields) {
    const dot = key.indexOf('.')
    if (dot === -1) {
      if (Object.hasOwn(record, key)) continue
      record[key] = (key === 'props' || key === 'meta') && isPlainObject(value) ? {} : value
      continue
    }
    const outer = key.slice(0, dot)
    const nested = isPlainObject(record[outer]) ? (record[outer] as Record<string, unknown>) : (record[outer] = {})
    nested[key.slice(dot + 1)] = value
  }
  return record
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
