// Several stored states and updates of one document merged into one state, without keeping the server from its
// other rooms: PostgreSQL's compaction merges the old snapshot, the caller's state and the rows it folds (another
// instance may have appended some the caller has not seen), and for a huge board each of those is megabytes. Each
// part is read with the strict reader in turns and applied in slices, and the result encoded in turns; a part the
// strict reader refuses is applied at once by Yjs, and one Yjs cannot read is skipped (as Room.load does), so the
// merge gives the same state as applying every part to one document.
import { readUpdateInTurns, sliceUpdate, type UpdateLimits } from '@sammen/protocol'
import * as Y from 'yjs'
import { encodeStateInTurns } from '../encodeStateInTurns'

/** Stored data passed the guard when it was written; these limits only bound the reader's own work. */
const STORED_LIMITS: UpdateLimits = { maxStructs: Number.MAX_SAFE_INTEGER, maxDeleteRanges: Number.MAX_SAFE_INTEGER, maxDepth: 256 }
/** Parts smaller than this are applied at once (most rows are a keystroke). */
const AT_ONCE_BYTES = 64 * 1024
const SLICE_STRUCTS = 2_000
const SLICE_BYTES = 64 * 1024

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

export async function mergeStatesInTurns(parts: ReadonlyArray<Uint8Array | undefined>): Promise<Uint8Array> {
  const doc = new Y.Doc()
  try {
    for (const part of parts) {
      if (part) await applyInSlices(doc, part)
    }
    // Includes pending structs (updates whose dependencies are missing), so nothing is dropped.
    return (await encodeStateInTurns(doc, new Uint8Array([0]), nextTurn))!
  } finally {
    doc.destroy()
  }
}

async function applyInSlices(doc: Y.Doc, part: Uint8Array): Promise<void> {
  let slices = [part]
  if (part.byteLength > AT_ONCE_BYTES) {
    try {
      slices = sliceUpdate(part, await readUpdateInTurns(part, STORED_LIMITS, nextTurn), SLICE_STRUCTS, SLICE_BYTES)
    } catch {
      // Not for the strict reader (an older or odd writer): Yjs reads it whole, as before.
    }
  }
  for (const [index, slice] of slices.entries()) {
    if (index > 0) await nextTurn()
    try {
      Y.applyUpdate(doc, slice)
    } catch {
      // Same choice as Room.load: an unreadable row must not block compaction of the readable rest.
    }
  }
}
