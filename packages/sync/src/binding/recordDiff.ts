import { isEqual } from '@tldraw/utils'
import { flattenRecord } from '../docLayout'

type JsonObject = Record<string, unknown>

/** The flattened fields (see docLayout) whose values differ between two versions of a record. */
export function changedFields(from: object, to: object): Set<string> {
  const before = flattenRecord(from as JsonObject)
  const after = flattenRecord(to as JsonObject)
  const changed = new Set<string>()
  for (const [key, value] of after) {
    const previous = before.get(key)
    if (previous !== value && !isEqual(previous, value)) changed.add(key)
  }
  for (const key of before.keys()) if (!after.has(key)) changed.add(key)
  return changed
}
