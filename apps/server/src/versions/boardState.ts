// What the versions API accepts as a board's state: exactly one complete Yjs update (no bytes after it, nothing
// that would wait for missing content), whose document has only the journey's roots and carries a tldraw schema
// this server knows (its shapes and migrations from @sammen/journey-shapes, the same the browser uses).
import { sammenBoardSchema } from '@sammen/journey-shapes'
import { DOC_ROOTS, JourneyRoot, readUpdate, UpdateFormatError, type UpdateLimits } from '@sammen/protocol'
import type { SerializedSchema } from '@tldraw/store'
import * as Y from 'yjs'

// A whole board is bigger than one live update; still bounded, so a hostile upload costs bounded work.
const STATE_LIMITS: UpdateLimits = { maxStructs: 1_000_000, maxDeleteRanges: 1_000_000, maxDepth: 32 }

export type BoardStateVerdict = { ok: true } | { ok: false; error: string }

export function checkBoardState(state: Uint8Array): BoardStateVerdict {
  try {
    readUpdate(state, STATE_LIMITS)
  } catch (error) {
    if (error instanceof UpdateFormatError) return { ok: false, error: `state is not a valid Yjs update: ${error.message}` }
    throw error
  }
  const doc = new Y.Doc()
  try {
    try {
      Y.applyUpdate(doc, state)
    } catch {
      return { ok: false, error: 'state is not a valid Yjs update' }
    }
    if (doc.store.pendingStructs || doc.store.pendingDs) return { ok: false, error: 'state is incomplete: it builds on content it does not contain' }
    const strange = [...doc.share.keys()].filter((root) => !DOC_ROOTS.journey.includes(root))
    if (strange.length > 0) return { ok: false, error: `state is not a Sammen board: unknown part "${strange[0]}"` }
    const written = doc.share.has(JourneyRoot.meta) ? doc.getMap(JourneyRoot.meta).get('schema') : undefined
    if (!isSerializedSchema(written)) return { ok: false, error: 'state is not a Sammen board: it has no record schema' }
    const migrations = sammenBoardSchema.getMigrationsSince(written)
    if (!migrations.ok) return { ok: false, error: 'state was written by a newer version of Sammen than this server knows' }
    return { ok: true }
  } finally {
    doc.destroy()
  }
}

function isSerializedSchema(value: unknown): value is SerializedSchema {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as { schemaVersion?: unknown; sequences?: unknown }
  return typeof candidate.schemaVersion === 'number' && typeof candidate.sequences === 'object' && candidate.sequences !== null
}
