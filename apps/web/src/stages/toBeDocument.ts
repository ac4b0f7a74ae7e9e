import { BOARD_STAGE_META_KEY, RESOLUTION_META_PREFIX, TO_BE_LINK_META_PREFIX, toBeStageMeta } from '@sammen/journey-shapes'
import { copyBoardDocument, docLayout } from '@sammen/sync'
import { TLDOCUMENT_ID } from 'tldraw'
import type * as Y from 'yjs'

/** The document meta keys that belong to one board's place among as-is and to-be boards, never to a copy of it. */
function isStageKey(metaKey: string): boolean {
  return metaKey === BOARD_STAGE_META_KEY || metaKey.startsWith(TO_BE_LINK_META_PREFIX) || metaKey.startsWith(RESOLUTION_META_PREFIX)
}

/**
 * Writes the to-be board's document from its as-is board's, into an empty document: every record as it is (the same
 * shape ids, so the journey frame and the cards are kept and the comparison can match them by id), the schema and
 * the given title; not the comments (they discuss the journey as it is) nor the workshop's running state. The
 * document record's meta then says which as-is board this is the to-be board of (`toBeStageMeta`), and the as-is
 * board's own links to its to-be boards and any resolutions it held are left behind.
 *
 * False, and nothing written, when the as-is document has no document record (a board never opened on a canvas).
 */
export function writeToBeDocument(asIs: Y.Doc, target: Y.Doc, { title, asIsBoardId }: { title: string; asIsBoardId: string }): boolean {
  if (!docLayout.getRecordsMap(asIs).has(TLDOCUMENT_ID)) return false
  copyBoardDocument(asIs, target, { title, comments: false })
  target.transact(() => {
    const entries = docLayout.getRecordsMap(target).get(TLDOCUMENT_ID)!
    const changes = new Map<string, unknown>()
    for (const field of docLayout.readFields(entries).keys()) {
      if (field.startsWith('meta.') && isStageKey(field.slice('meta.'.length))) changes.set(field, undefined)
    }
    for (const [key, value] of Object.entries(toBeStageMeta(asIsBoardId))) changes.set(`meta.${key}`, value)
    docLayout.writeFields(entries, changes)
  })
  return true
}
