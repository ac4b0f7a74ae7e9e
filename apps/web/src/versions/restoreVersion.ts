import { restoreIntoStore, takeSnapshot, type BoardRoom, type StoredSnapshot } from '@sammen/sync'
import type { Editor } from 'tldraw'
import { getLocalDatabase } from '../sync/database'

interface RestoreVersionOptions {
  editor: Editor
  room: BoardRoom
  snapshot: StoredSnapshot
  author: string
  /** The name of the automatic snapshot of the board as it is now, taken first. */
  beforeRestoreName: string
}

/**
 * Brings the board back to a snapshot, for everyone: first an automatic snapshot of the board as it
 * is now ('before-restore'), then one history stopping point and the whole restore in one `editor.run`,
 * so one undo (Ctrl+Z) reverts it. Throws (and changes nothing) if the snapshot cannot be restored.
 */
export async function restoreVersion({ editor, room, snapshot, author, beforeRestoreName }: RestoreVersionOptions): Promise<void> {
  // Pending local edits must be in the doc before it is copied.
  await room.flush()
  await takeSnapshot(getLocalDatabase(), room.boardId, room.doc, {
    name: beforeRestoreName.slice(0, 120),
    author,
    kind: 'auto',
    reason: 'before-restore',
  })
  editor.markHistoryStoppingPoint('restore-version')
  editor.run(() => {
    restoreIntoStore(editor.store, snapshot.state)
  })
}
