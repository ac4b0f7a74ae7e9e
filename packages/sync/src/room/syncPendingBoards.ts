import type { BoardId } from '@sammen/journey-model'
import { roomName } from '@sammen/protocol'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { boardParticipantKey, listLocalBoards, updateLocalBoard } from '../storage/boardIndex'
import { DexieDocPersistence } from '../storage/dexieDocPersistence'
import type { SammenLocalDatabase } from '../storage/localDatabase'
import { createSyncProvider } from './createSyncProvider'

export interface SyncPendingBoardsOptions {
  database: SammenLocalDatabase
  serverUrl: string
  /** Give up on a board after this long (it is tried again next time). */
  timeoutMs?: number
  /** The invite token (or workspace link) for a board on a secured server; null when there is none. */
  getToken?: (boardId: BoardId) => string | null
  WebSocketPolyfill?: typeof WebSocket
}

/**
 * Sends boards that hold local edits the server has not seen (made offline, then closed) to the server
 * without opening them on a canvas: each such board's document is loaded from IndexedDB, synced once with
 * the server, and closed. The start page runs this when it opens and whenever the browser comes back on line,
 * so a board created offline reaches the server as soon as there is a connection. Returns the boards synced.
 */
export async function syncPendingBoards(options: SyncPendingBoardsOptions): Promise<BoardId[]> {
  const boards = await listLocalBoards(options.database)
  const synced: BoardId[] = []
  for (const board of boards.filter((b) => b.hasUnsyncedChanges)) {
    if (await syncBoardOnce(board.boardId, options)) synced.push(board.boardId)
  }
  return synced
}

async function syncBoardOnce(boardId: BoardId, options: SyncPendingBoardsOptions): Promise<boolean> {
  const doc = new Y.Doc()
  const persistence = new DexieDocPersistence(options.database, boardId, doc)
  await persistence.whenLoaded
  const provider: WebsocketProvider = createSyncProvider(options.serverUrl, roomName(boardId, 'journey'), doc, {
    maxBackoffTime: 2_000,
    token: options.getToken?.(boardId) ?? null,
    participantKey: await boardParticipantKey(options.database, boardId),
    WebSocketPolyfill: options.WebSocketPolyfill,
  })
  try {
    const inStep = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), options.timeoutMs ?? 10_000)
      const onSync = (isSynced: boolean) => {
        if (!isSynced) return
        clearTimeout(timer)
        resolve(true)
      }
      provider.on('sync', onSync)
      if (provider.synced) onSync(true)
    })
    if (inStep) await updateLocalBoard(options.database, boardId, { hasUnsyncedChanges: false, lastSyncedAt: Date.now() })
    return inStep
  } finally {
    // Our step-2 answer (what the server lacked) is sent before 'sync' fires; close only after it left.
    await waitForSendBuffer(provider)
    provider.destroy()
    await persistence.destroy()
    doc.destroy()
  }
}

async function waitForSendBuffer(provider: WebsocketProvider) {
  const socket = provider.ws
  for (let i = 0; i < 50 && socket && socket.readyState === 1 && socket.bufferedAmount > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
