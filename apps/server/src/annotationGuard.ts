// What a user-panel member may change in the board's annotations document: nothing but new annotations.
// Editing or deleting one (their own or another person's), marking it handled or writing anywhere else is for
// editors and facilitators. Checked on the decoded update before the room applies it, like the journey's roles.
import * as Y from 'yjs'

/** The root map of the annotations document (packages/sync's `ANNOTATIONS_MAP`; part of the wire format). */
export const ANNOTATIONS_MAP_NAME = 'annotations'

/**
 * True when `update` only adds entries under keys the annotations map does not hold yet. A Y.Map entry that
 * reuses an existing key replaces (and so deletes) the old one without any delete set, so keys are checked
 * against the document, and any delete set is refused outright.
 */
export function onlyAddsAnnotations(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update)
  if (ds.clients.size > 0) return false
  const map = doc.getMap(ANNOTATIONS_MAP_NAME)
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue
    // In a decoded (not integrated) update a root type's item names its parent by the root's key, a string.
    const parent: unknown = struct.parent
    if (parent !== ANNOTATIONS_MAP_NAME || struct.parentSub === null || map.has(struct.parentSub)) return false
  }
  return true
}
