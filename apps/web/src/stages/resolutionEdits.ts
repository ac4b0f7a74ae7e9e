import { resolutionMeta, resolutionMetaKey, type PainPointResolution } from '@sammen/journey-shapes'
import { TLDOCUMENT_ID, type TLStore } from 'tldraw'

/** The most a resolution's note keeps (journey-shapes' schema refuses longer ones when reading). */
export const RESOLUTION_NOTE_MAX = 500

/**
 * Records which change on the to-be board resolves an as-is pain point, in the to-be board's document meta (one key
 * per pain point, so two people recording different pain points at once both keep theirs). `byShapeId` must be one
 * of `allowedCardIds` (the to-be board's steps and opportunities the form offered) or null; anything else is refused,
 * as is a resolution that says nothing (use `forgetResolution`). Written with `store.put` outside any editor: the
 * comparison has no canvas and so no undo history. False when nothing was written.
 */
export function recordResolution(store: TLStore, resolution: PainPointResolution, allowedCardIds: ReadonlySet<string>): boolean {
  const document = store.get(TLDOCUMENT_ID)
  const note = resolution.note.trim().slice(0, RESOLUTION_NOTE_MAX)
  if (!document || resolution.painPointId === '') return false
  if (resolution.byShapeId !== null && !allowedCardIds.has(resolution.byShapeId)) return false
  if (resolution.byShapeId === null && note === '') return false
  store.put([{ ...document, meta: { ...document.meta, ...resolutionMeta({ ...resolution, note }) } as typeof document.meta }])
  return true
}

/** Takes a pain point's resolution off the to-be board (its meta key goes, for everyone). */
export function forgetResolution(store: TLStore, painPointId: string): void {
  const document = store.get(TLDOCUMENT_ID)
  const key = resolutionMetaKey(painPointId)
  if (!document || !(key in document.meta)) return
  const meta = { ...document.meta }
  delete meta[key]
  store.put([{ ...document, meta }])
}
