import { JourneyRoot } from '@sammen/protocol'
import * as Y from 'yjs'
import { META_TITLE, type FieldEntry } from '../docLayout'

export interface CopyBoardOptions {
  /**
   * The copy's own title, instead of the source's: a copy that looks exactly like its original (same title on the
   * start page) is easily mistaken for it, so the app names copies as such ("Bygge hus (kopi)").
   */
  title?: string
  /**
   * Whether the comment threads come along (default: yes). A to-be board made from an as-is board leaves them: they
   * discuss the journey as it is, and would stand on the same cards of a journey being redrawn.
   */
  comments?: boolean
}

/**
 * Copies what a board file carries into a new board's empty document, written fresh by this browser: the records
 * (as field logs), the schema and title, comments and thread states (unless `comments: false`). Not the workshop's running state (follow me,
 * countdown, a voting round and its results, old dots): those belonged to the session of the board the file was
 * taken from, and on a secured server only a facilitator or the server may write them, so a copy that carried them
 * could never be sent.
 */
export function copyBoardDocument(source: Y.Doc, target: Y.Doc, options: CopyBoardOptions = {}): void {
  target.transact(() => {
    const records = target.getMap<Y.Array<FieldEntry>>(JourneyRoot.records)
    for (const [id, fields] of source.getMap<Y.Array<FieldEntry>>(JourneyRoot.records)) {
      if (!(fields instanceof Y.Array)) continue
      const copy = new Y.Array<FieldEntry>()
      copy.push(fields.toArray().map((entry) => ({ k: entry.k, v: entry.v })))
      records.set(id, copy)
    }
    const roots = options.comments === false ? [JourneyRoot.meta] : [JourneyRoot.meta, JourneyRoot.comments, JourneyRoot.threads]
    for (const root of roots) {
      if (!source.share.has(root)) continue
      const into = target.getMap<unknown>(root)
      for (const [key, value] of source.getMap<unknown>(root)) into.set(key, value)
    }
    if (options.title !== undefined) target.getMap<unknown>(JourneyRoot.meta).set(META_TITLE, options.title)
  })
}
