import { createBoardId, type BoardId } from '@sammen/journey-model'
import { toBeLinkMeta } from '@sammen/journey-shapes'
import { DexieDocPersistence, ensureLocalBoard, type BoardRoom } from '@sammen/sync'
import { TLDOCUMENT_ID, type TLStore } from 'tldraw'
import * as Y from 'yjs'
import { copyTitle } from '../format/copyTitle'
import type { Language } from '../i18n'
import { getLocalDatabase, localBoardTitles } from '../sync/database'
import { writeToBeDocument } from './toBeDocument'

export type MakeToBeResult = { ok: true; boardId: BoardId; title: string } | { ok: false; problem: 'empty' | 'storage' }

export interface MakeToBeOptions {
  /** The open as-is board's room and store. */
  room: BoardRoom
  store: TLStore
  language: Language
  untitled: string
  /**
   * Runs the write of the link into the as-is board. On the canvas: outside the undo history (`editor.run(…,
   * { history: 'ignore' })`), so making the to-be board is not something Ctrl+Z half takes back; elsewhere there is
   * no history and it simply runs.
   */
  withoutHistory: (write: () => void) => void
  now?: number
}

/**
 * "Lag ønsket reise": a new board in this browser holding every record of the as-is board (same ids: the frame and
 * the cards are kept) under the title "<as-is title> – ønsket", marked as this board's to-be board; then the link
 * from the as-is board to it. All of it local (IndexedDB and the as-is board's store): it works offline, and the new
 * board reaches the server when it is first opened online, like a copy from a file. The caller opens the new board.
 */
export async function makeToBeBoard({ room, store, language, untitled, withoutHistory, now = Date.now() }: MakeToBeOptions): Promise<MakeToBeResult> {
  if (!store.has(TLDOCUMENT_ID)) return { ok: false, problem: 'empty' }
  await room.flush()
  const boardId = createBoardId()
  const db = getLocalDatabase()
  let title: string
  try {
    title = copyTitle(room.getTitle(), { kind: 'to-be' }, language, await localBoardTitles(), untitled)
    const doc = new Y.Doc()
    const persistence = new DexieDocPersistence(db, boardId, doc)
    await persistence.whenLoaded
    const written = writeToBeDocument(room.doc, doc, { title, asIsBoardId: room.boardId })
    await persistence.destroy()
    doc.destroy()
    if (!written) return { ok: false, problem: 'empty' }
    await ensureLocalBoard(db, boardId)
    await db.boards.update(boardId, { title })
  } catch {
    return { ok: false, problem: 'storage' }
  }
  withoutHistory(() => {
    const document = store.get(TLDOCUMENT_ID)
    if (document) store.put([{ ...document, meta: { ...document.meta, ...toBeLinkMeta(boardId, now) } as typeof document.meta }])
  })
  return { ok: true, boardId, title }
}
