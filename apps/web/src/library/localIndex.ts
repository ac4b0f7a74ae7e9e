import { indexBoard, type BoardIndexEntry } from '@sammen/journey-shapes'
import { DexieDocPersistence, docLayout, type LocalBoardSummary, type SammenLocalDatabase } from '@sammen/sync'
import * as Y from 'yjs'

/**
 * The boards this browser holds, read for the library the way the server's index reads a board (`indexBoard`), so
 * the library, card search and agency pages work offline and show boards the server does not have yet.
 *
 * Each board's document is loaded from IndexedDB into a Y.Doc of its own (nothing is written back: the persistence
 * only writes this doc's own updates, and it makes none), its records are read out of the document layout and
 * indexed. Entries are kept per board and edit time, so going back and forth between library pages re-reads only
 * the boards that changed.
 */
const cache = new Map<string, { editedAt: number; entry: BoardIndexEntry }>()

export async function indexLocalBoard(db: SammenLocalDatabase, summary: LocalBoardSummary, now = Date.now()): Promise<BoardIndexEntry> {
  const cached = cache.get(summary.boardId)
  if (cached && cached.editedAt === summary.lastEditedAt) return cached.entry
  const doc = new Y.Doc()
  let storageError: string | null = null
  const persistence = new DexieDocPersistence(db, summary.boardId, doc, { onError: (message) => (storageError ??= message) })
  try {
    await persistence.whenLoaded
  } finally {
    await persistence.destroy()
  }
  if (storageError !== null) {
    doc.destroy()
    throw new Error(`The board ${summary.boardId} could not be read from this browser: ${storageError}`)
  }
  const records: Record<string, unknown>[] = []
  docLayout.getRecordsMap(doc).forEach((entries) => records.push(docLayout.readRecord(entries)))
  const storedTitle = docLayout.getMetaMap(doc).get(docLayout.META_TITLE)
  doc.destroy()
  const title = typeof storedTitle === 'string' ? storedTitle : summary.title
  const entry = indexBoard(records, { boardId: summary.boardId, title, editedAt: summary.lastEditedAt, indexedAt: now })
  cache.set(summary.boardId, { editedAt: summary.lastEditedAt, entry })
  return entry
}

export interface LocalIndex {
  entries: BoardIndexEntry[]
  /** Boards that could not be read (storage errors); the rest are still shown. */
  failed: number
}

/** Every board this browser holds, one after another (a tab with many boards should not load them all at once). */
export async function indexLocalBoards(db: SammenLocalDatabase, summaries: readonly LocalBoardSummary[]): Promise<LocalIndex> {
  const entries: BoardIndexEntry[] = []
  let failed = 0
  for (const summary of summaries) {
    try {
      entries.push(await indexLocalBoard(db, summary))
    } catch {
      failed++
    }
  }
  const held = new Set<string>(summaries.map((summary) => summary.boardId))
  for (const boardId of cache.keys()) if (!held.has(boardId)) cache.delete(boardId)
  return { entries, failed }
}
