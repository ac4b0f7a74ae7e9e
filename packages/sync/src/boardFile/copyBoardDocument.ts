import { JourneyRoot } from '@sammen/protocol'
import * as Y from 'yjs'
import type { FieldEntry } from '../docLayout'

/**
 * Copies what a board file carries into a new board's empty document, written fresh by this browser: the records
 * (as field logs), the schema and title, comments and thread states. Not the workshop's running state (follow me,
 * countdown, a voting round and its results, old dots): those belonged to the session of the board the file was
 * taken from, and on a secured server only a facilitator or the server may write them, so a copy that carried them
 * could never be sent.
 */
export function copyBoardDocument(source: Y.Doc, target: Y.Doc): void {
  target.transact(() => {
    const records = target.getMap<Y.Array<FieldEntry>>(JourneyRoot.records)
    for (const [id, fields] of source.getMap<Y.Array<FieldEntry>>(JourneyRoot.records)) {
      if (!(fields instanceof Y.Array)) continue
      const copy = new Y.Array<FieldEntry>()
      copy.push(fields.toArray().map((entry) => ({ k: entry.k, v: entry.v })))
      records.set(id, copy)
    }
    for (const root of [JourneyRoot.meta, JourneyRoot.comments, JourneyRoot.threads]) {
      if (!source.share.has(root)) continue
      const into = target.getMap<unknown>(root)
      for (const [key, value] of source.getMap<unknown>(root)) into.set(key, value)
    }
  })
}
