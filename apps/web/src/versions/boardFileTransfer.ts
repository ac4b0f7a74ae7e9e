import { createBoardId, type BoardId } from '@sammen/journey-model'
import {
  BoardFileError,
  BOARD_FILE_EXTENSION,
  copyBoardDocument,
  decodeBoardFile,
  DexieDocPersistence,
  encodeBoardFile,
  ensureLocalBoard,
  listSnapshots,
  putStoredSnapshot,
  type BoardFileErrorCode,
  type BoardRoom,
} from '@sammen/sync'
import * as Y from 'yjs'
import { copyTitle } from '../format/copyTitle'
import type { Language } from '../i18n'
import { getLocalDatabase, localBoardTitles } from '../sync/database'

/** Saves the board and all its snapshots as a `.sammen` file through the browser's download. */
export async function downloadBoardFile(room: BoardRoom, title: string): Promise<void> {
  await room.flush()
  const snapshots = await listSnapshots(getLocalDatabase(), room.boardId)
  const bytes = encodeBoardFile({
    boardId: room.boardId,
    title,
    state: Y.encodeStateAsUpdate(room.doc),
    snapshots: snapshots.map(({ id, name, author, createdAt, kind, reason, state }) => ({
      id,
      name,
      author,
      createdAt,
      kind,
      ...(reason ? { reason } : {}),
      state,
    })),
  })
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = `${fileNameFor(title)}${BOARD_FILE_EXTENSION}`
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

function fileNameFor(title: string): string {
  const cleaned = title.trim().replace(/[\\/:*?"<>|]+/g, '').replace(/\s+/g, ' ').slice(0, 80)
  return cleaned === '' ? 'tavle' : cleaned
}

export type BoardFileProblem = BoardFileErrorCode | 'unknown'

export type ImportResult = { ok: true; boardId: BoardId } | { ok: false; problem: BoardFileProblem }

/** What the copy's title is written in: the person's language, and its word for a board without a title. */
export interface CopyNaming {
  language: Language
  untitled: string
}

/**
 * Reads a `.sammen` file into a new board in this browser: a new board id (the file's board may
 * still exist elsewhere), its document in the board's IndexedDB log and its snapshots (pending upload,
 * so they are shared when the board first goes online). The board is titled as a copy ("Bygge hus (kopi)"), so
 * the start page never shows it as its original. A broken file changes nothing.
 */
export async function importBoardFile(file: Blob, naming: CopyNaming): Promise<ImportResult> {
  let content
  try {
    content = decodeBoardFile(new Uint8Array(await file.arrayBuffer()))
  } catch (error) {
    return { ok: false, problem: error instanceof BoardFileError ? error.code : 'unknown' }
  }
  const db = getLocalDatabase()
  const boardId = createBoardId()
  try {
    // A copy written fresh by this browser: the board's content, not the original session's workshop state.
    const source = new Y.Doc()
    Y.applyUpdate(source, content.state)
    const title = copyTitle(content.title, { kind: 'copy' }, naming.language, await localBoardTitles(), naming.untitled)
    const doc = new Y.Doc()
    const persistence = new DexieDocPersistence(db, boardId, doc)
    await persistence.whenLoaded
    copyBoardDocument(source, doc, { title })
    await persistence.destroy()
    doc.destroy()
    source.destroy()
    await ensureLocalBoard(db, boardId)
    await db.boards.update(boardId, { title })
    for (const snapshot of content.snapshots) {
      await putStoredSnapshot(db, { ...snapshot, boardId, size: snapshot.state.byteLength, uploadedAt: null })
    }
  } catch {
    return { ok: false, problem: 'unknown' }
  }
  return { ok: true, boardId }
}
