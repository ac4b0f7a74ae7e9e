import type { SerializedSchema, StoreSchema, UnknownRecord } from '@tldraw/store'
import type * as Y from 'yjs'
import { getMetaMap, META_SCHEMA } from '../docLayout'

/** How the schema written in a board's document compares with the schema this client runs. */
export type SchemaVerdict =
  /** No schema yet: a new, empty document. */
  | { kind: 'empty' }
  /** The document can be read as it is, or after migrating its records up. */
  | { kind: 'compatible'; needsMigration: boolean; docSchema: SerializedSchema }
  /** The document was written by a newer client: this one must not write to it. */
  | { kind: 'newer'; reason: string }

export function readDocSchema(doc: Y.Doc): SerializedSchema | null {
  const value = getMetaMap(doc).get(META_SCHEMA)
  return value && typeof value === 'object' ? (value as SerializedSchema) : null
}

export function judgeDocSchema<R extends UnknownRecord>(doc: Y.Doc, schema: StoreSchema<R, unknown>): SchemaVerdict {
  const docSchema = readDocSchema(doc)
  if (!docSchema) return { kind: 'empty' }
  const migrations = schema.getMigrationsSince(docSchema)
  if (!migrations.ok) return { kind: 'newer', reason: String(migrations.error) }
  return { kind: 'compatible', needsMigration: migrations.value.length > 0, docSchema }
}

/**
 * True when `docSchema` holds a migration sequence or version this client does not know, i.e. the document
 * was last written by a newer client.
 */
export function isDocSchemaNewer<R extends UnknownRecord>(doc: Y.Doc, schema: StoreSchema<R, unknown>): boolean {
  return judgeDocSchema(doc, schema).kind === 'newer'
}
