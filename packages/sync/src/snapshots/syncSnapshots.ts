import type { SammenLocalDatabase } from '../storage/localDatabase'
import { deleteSnapshot, listSnapshots, markSnapshotUploaded, putStoredSnapshot } from './localSnapshots'
import type { SnapshotApiClient } from './snapshotApiClient'

export interface UploadReport {
  /** Stored on the server now or already (201 / 200); marked uploaded locally. */
  uploaded: string[]
  /** The server holds a different snapshot under the same id (409). Kept locally, still pending. */
  conflicts: { id: string; error: string }[]
  /** Not uploaded this time (offline, server error); tried again on the next call. */
  failed: { id: string; error: string }[]
}

/**
 * Uploads the board's local snapshots the server has not confirmed yet (`uploadedAt` null), oldest first.
 * Safe to call again at any time: the server treats a repeated upload of the same snapshot as a no-op, so a
 * lost answer only costs one more request.
 */
export async function uploadPendingSnapshots(
  db: SammenLocalDatabase,
  boardId: string,
  client: SnapshotApiClient,
): Promise<UploadReport> {
  const report: UploadReport = { uploaded: [], conflicts: [], failed: [] }
  const pending = (await listSnapshots(db, boardId)).filter((snapshot) => snapshot.uploadedAt === null).reverse()
  for (const snapshot of pending) {
    try {
      const result = await client.put(boardId, {
        id: snapshot.id,
        name: snapshot.name,
        author: snapshot.author,
        createdAt: snapshot.createdAt,
        kind: snapshot.kind,
        state: snapshot.state,
      })
      if (result.status === 'conflict') {
        report.conflicts.push({ id: snapshot.id, error: result.error })
        continue
      }
      await markSnapshotUploaded(db, boardId, snapshot.id)
      report.uploaded.push(snapshot.id)
    } catch (error) {
      report.failed.push({ id: snapshot.id, error: error instanceof Error ? error.message : String(error) })
    }
  }
  return report
}

/**
 * Stores the server's snapshots of the board that this browser does not have yet, so they can be previewed
 * and restored offline later. Returns the ids stored. Local snapshots are never overwritten.
 */
export async function downloadSnapshots(
  db: SammenLocalDatabase,
  boardId: string,
  client: SnapshotApiClient,
): Promise<string[]> {
  const localSnapshots = await listSnapshots(db, boardId)
  const local = new Set(localSnapshots.map((snapshot) => snapshot.id))
  const onServer = await client.list(boardId)
  const serverIds = new Set(onServer.map((meta) => meta.id))
  // A version this browser knows the server had, and the server no longer lists, was deleted by someone:
  // drop it here too so every participant sees the same list. Versions never uploaded stay (they are
  // on their way to the server).
  for (const snapshot of localSnapshots) {
    if (snapshot.uploadedAt !== null && !serverIds.has(snapshot.id)) await deleteSnapshot(db, boardId, snapshot.id)
  }
  const stored: string[] = []
  for (const meta of onServer) {
    if (local.has(meta.id)) continue
    const snapshot = await client.get(boardId, meta.id)
    // Deleted on the server between the list and the fetch: nothing to keep.
    if (!snapshot) continue
    await putStoredSnapshot(db, { ...snapshot, boardId, size: snapshot.state.byteLength, uploadedAt: Date.now() })
    stored.push(snapshot.id)
  }
  return stored
}
