import { createParticipantKey, isParticipantKey } from '@sammen/protocol'
import { liveQuery } from 'dexie'
import type { BoardId } from '@sammen/journey-model'
import type { LocalBoardSummary, SammenLocalDatabase } from './localDatabase'

/** The start page's list: every board this browser holds, most recently edited first, kept live. */
export function subscribeLocalBoards(db: SammenLocalDatabase, onBoards: (boards: LocalBoardSummary[]) => void): () => void {
  const subscription = liveQuery(() => db.boards.orderBy('lastEditedAt').reverse().toArray()).subscribe({
    next: onBoards,
    error: () => onBoards([]),
  })
  return () => subscription.unsubscribe()
}

export async function listLocalBoards(db: SammenLocalDatabase): Promise<LocalBoardSummary[]> {
  return db.boards.orderBy('lastEditedAt').reverse().toArray()
}

/**
 * Ensures the board has an index entry (opening an unknown id creates the board) with a participant key, and
 * returns it.
 */
export async function ensureLocalBoard(db: SammenLocalDatabase, boardId: BoardId): Promise<LocalBoardSummary & { participantKey: string }> {
  return db.transaction('rw', db.boards, async () => {
    const existing = await db.boards.get(boardId)
    if (existing && isParticipantKey(existing.participantKey)) return { ...existing, participantKey: existing.participantKey }
    if (existing) {
      const participantKey = createParticipantKey()
      await db.boards.update(boardId, { participantKey })
      return { ...existing, participantKey }
    }
    const now = Date.now()
    const created = {
      boardId,
      title: '',
      createdAt: now,
      lastEditedAt: now,
      lastSyncedAt: null,
      hasUnsyncedChanges: false,
      participantKey: createParticipantKey(),
    }
    await db.boards.put(created)
    return created
  })
}

/** The board's participant key; when IndexedDB fails, one for this visit only. */
export async function boardParticipantKey(db: SammenLocalDatabase, boardId: BoardId): Promise<string> {
  try {
    return (await ensureLocalBoard(db, boardId)).participantKey
  } catch {
    return createParticipantKey()
  }
}

export async function updateLocalBoard(
  db: SammenLocalDatabase,
  boardId: BoardId,
  changes: Partial<Omit<LocalBoardSummary, 'boardId'>>,
): Promise<void> {
  await db.boards.update(boardId, changes)
}

/** Removes the board and its update log from this browser (the server keeps its copy). */
export async function deleteLocalBoard(db: SammenLocalDatabase, boardId: BoardId): Promise<void> {
  await db.transaction('rw', db.boards, db.updates, async () => {
    // The board's journey log and its user-panel annotations log (see annotations/annotationsDoc.ts).
    await db.updates.where('boardId').anyOf([boardId, `${boardId}:annotations`]).delete()
    await db.boards.delete(boardId)
  })
}
