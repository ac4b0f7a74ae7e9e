import {
  createBindingValidator,
  createShapeValidator,
  createTLSchema,
  defaultBindingSchemas,
  defaultShapeSchemas,
  type SchemaPropsInfo,
} from '@tldraw/tlschema'
import type { T } from '@tldraw/validate'
import { sammenShapeSchemas } from './sammenShapes'

/** tldraw's shapes and Sammen's: every shape a board may hold. */
const boardShapeSchemas: Record<string, SchemaPropsInfo> = { ...defaultShapeSchemas, ...sammenShapeSchemas }
const boardBindingSchemas: Record<string, SchemaPropsInfo> = defaultBindingSchemas

/**
 * The record schema of a Sammen board, the same the browser's store is built from (tldraw's default shapes and
 * bindings plus Sammen's): for the server, which validates what clients write and what versions hold.
 */
export const sammenBoardSchema = createTLSchema({ shapes: boardShapeSchemas, bindings: boardBindingSchemas })

/** The record types a board's document holds (the rest, cameras, pointers and presence, stay in each browser). */
export const BOARD_DOCUMENT_RECORD_TYPES: ReadonlySet<string> = new Set(
  Object.values(sammenBoardSchema.types as Record<string, { typeName: string; scope: string }>)
    .filter((type) => type.scope === 'document')
    .map((type) => type.typeName),
)

/** A record's validator field by field: its top-level fields, and `props` (itself an object validator). */
export type RecordFieldsValidator = T.ObjectValidator<Record<string, unknown>>

const shapeValidators = new Map<string, RecordFieldsValidator>(
  Object.entries(boardShapeSchemas).map(([type, { props }]) => [type, createShapeValidator(type, props) as unknown as RecordFieldsValidator]),
)
const bindingValidators = new Map<string, RecordFieldsValidator>(
  Object.entries(boardBindingSchemas).map(([type, { props }]) => [type, createBindingValidator(type, props) as unknown as RecordFieldsValidator]),
)

/**
 * The field-by-field validator of a shape or binding type (`typeName` 'shape' or 'binding'), or undefined when the
 * board schema has no such type. Lets a change to one field be checked without the rest of the record.
 */
export function recordFieldsValidator(typeName: string, type: string): RecordFieldsValidator | undefined {
  if (typeName === 'shape') return shapeValidators.get(type)
  if (typeName === 'binding') return bindingValidators.get(type)
  return undefined
}

/** Validates a whole record of a board (any document record type); throws tldraw's validation error. */
export function validateBoardRecord(record: unknown): void {
  const typeName = (record as { typeName?: unknown } | null)?.typeName
  const type = typeof typeName === 'string' && BOARD_DOCUMENT_RECORD_TYPES.has(typeName) ? sammenBoardSchema.types[typeName as keyof typeof sammenBoardSchema.types] : undefined
  if (!type) throw new Error(`not a record a board holds: ${String(typeName)}`)
  ;(type as { validate(record: unknown): unknown }).validate(record)
}
