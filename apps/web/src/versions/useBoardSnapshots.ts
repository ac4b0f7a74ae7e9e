import { listSnapshots, type BoardRoom, type StoredSnapshot } from '@sammen/sync'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useRoomStatus } from '../room/useBoardRoom'
import { getLocalDatabase } from '../sync/database'
import { subscribeSnapshotsChanged, syncBoardSnapshots } from './snapshotSync'

const SYNC_INTERVAL_MS = 20_000

export interface BoardSnapshots {
  /** Newest first; null while the first read from IndexedDB is under way. */
  snapshots: StoredSnapshot[] | null
  /** Reads the list again from IndexedDB and shares it with the server when online. */
  refresh: () => Promise<void>
}

/**
 * The board's snapshots from IndexedDB (works offline). While the panel is open it syncs with the
 * server when it opens and whenever the connection comes back online.
 */
export function useBoardSnapshots(room: BoardRoom): BoardSnapshots {
  const [snapshots, setSnapshots] = useState<StoredSnapshot[] | null>(null)
  const status = useRoomStatus(room)
  const alive = useRef(true)

  const readLocal = useCallback(async () => {
    try {
      const list = await listSnapshots(getLocalDatabase(), room.boardId)
      if (alive.current) setSnapshots(list)
    } catch {
      if (alive.current) setSnapshots([])
    }
  }, [room])

  const refresh = useCallback(async () => {
    await readLocal()
    if (room.getStatus().phase !== 'online') return
    if (await syncBoardSnapshots(room.boardId)) await readLocal()
  }, [room, readLocal])

  useEffect(() => {
    alive.current = true
    return () => {
      alive.current = false
    }
  }, [])

  const online = status.phase === 'online'
  useEffect(() => {
    void refresh()
    if (!online) return
    // Others may save versions while the panel is open.
    const timer = window.setInterval(() => void refresh(), SYNC_INTERVAL_MS)
    return () => window.clearInterval(timer)
  }, [refresh, online])

  // Automatic versions are taken while the panel may be open.
  useEffect(
    () =>
      subscribeSnapshotsChanged((boardId) => {
        if (boardId === room.boardId) void readLocal()
      }),
    [room, readLocal],
  )

  return { snapshots, refresh }
}
