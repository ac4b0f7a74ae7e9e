import {
  createSnapshotApiClient,
  deleteSnapshot,
  downloadSnapshots,
  uploadPendingSnapshots,
  type SnapshotApiClient,
  type StoredSnapshot,
} from '@sammen/sync'
import { boardToken } from '../access/boardToken'
import { getLocalDatabase } from '../sync/database'

let client: SnapshotApiClient | null = null
const changeListeners = new Set<(boardId: string) => void>()

/** Tells open version lists that a board's local snapshots changed (e.g. an automatic one was taken). */
export function notifySnapshotsChanged(boardId: string): void {
  for (const listener of [...changeListeners]) listener(boardId)
}

export function subscribeSnapshotsChanged(listener: (boardId: string) => void): () => void {
  changeListeners.add(listener)
  return () => changeListeners.delete(listener)
}

/**
 * The server's snapshot API is on the app's own origin (`/api/boards/<id>/snapshots`); a secured server
 * wants the board's invite token with every request.
 */
function snapshotApiClient(): SnapshotApiClient {
  client ??= createSnapshotApiClient(location.origin, undefined, { getToken: boardToken })
  return client
}

/**
 * Shares this browser's snapshots of a board and fetches everyone else's, so every participant sees
 * the same list. Offline it fails quietly: pending snapshots stay pending and are tried again later.
 * Returns true when anything in the local list changed.
 */
export async function syncBoardSnapshots(boardId: string): Promise<boolean> {
  const db = getLocalDatabase()
  const api = snapshotApiClient()
  try {
    const upload = await uploadPendingSnapshots(db, boardId, api)
    const downloaded = await downloadSnapshots(db, boardId, api)
    return upload.uploaded.length > 0 || downloaded.length > 0
  } catch {
    return false
  }
}

/**
 * Deletes a version. A shared one is deleted on the server first (otherwise the next download would bring
 * it back), so that needs a connection; one that was never shared is only on this device.
 */
export async function deleteBoardSnapshot(snapshot: StoredSnapshot): Promise<'deleted' | 'needs-connection'> {
  if (snapshot.uploadedAt !== null) {
    try {
      await snapshotApiClient().delete(snapshot.boardId, snapshot.id)
    } catch {
      return 'needs-connection'
    }
  }
  await deleteSnapshot(getLocalDatabase(), snapshot.boardId, snapshot.id)
  return 'deleted'
}
