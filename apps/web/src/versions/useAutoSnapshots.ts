import { takeSnapshot, type AutoSnapshotReason, type BoardRoom } from '@sammen/sync'
import { useEffect, useRef } from 'react'
import type { TLStore } from 'tldraw'
import { useT } from '../i18n'
import { useAppStore } from '../state/appStore'
import { getLocalDatabase } from '../sync/database'
import {
  afterIntervalSnapshot,
  isIntervalSnapshotDue,
  noteEdit,
  NO_ACTIVE_EDITING,
  RECONNECT_WATCH_START,
  watchReconnect,
} from './autoSnapshotTiming'
import { versionTimestamp } from './defaultVersionName'
import { notifySnapshotsChanged, syncBoardSnapshots } from './snapshotSync'

/** How often the hook checks whether an 'interval' snapshot is due. */
const CHECK_EVERY_MS = 15_000

/**
 * Automatic versions of the open board ('auto' snapshots; at most 20 are kept, named ones are never pruned):
 * one when the room comes online after offline edits ('after-reconnect'), and one for every 10 minutes in
 * which this person changed the board ('interval'). An idle board gets none. Failures are quiet: the room
 * already shows storage errors, and an automatic version must never get in the person's way.
 */
export function useAutoSnapshots(room: BoardRoom, store: TLStore, author: string): void {
  const t = useT()
  const language = useAppStore((state) => state.language)
  // Names and author as they are when the snapshot is taken, without restarting the effects.
  const latest = useRef({ t, language, author })
  latest.current = { t, language, author }

  useEffect(() => {
    let destroyed = false
    let busy = false
    const take = async (reason: AutoSnapshotReason) => {
      if (busy || destroyed) return
      busy = true
      try {
        const { t, language, author } = latest.current
        const when = versionTimestamp(Date.now(), language)
        const name = reason === 'after-reconnect' ? t.versions.autoNameAfterReconnect(when) : t.versions.autoNameInterval(when)
        await room.flush()
        if (destroyed) return
        await takeSnapshot(getLocalDatabase(), room.boardId, room.doc, { name: name.slice(0, 120), author, kind: 'auto', reason })
        notifySnapshotsChanged(room.boardId)
        if (room.getStatus().phase === 'online' && (await syncBoardSnapshots(room.boardId))) notifySnapshotsChanged(room.boardId)
      } catch {
        // Quiet on purpose (see above).
      } finally {
        busy = false
      }
    }

    let reconnect = RECONNECT_WATCH_START
    const onStatus = () => {
      const result = watchReconnect(reconnect, room.getStatus())
      reconnect = result.state
      if (result.due) void take('after-reconnect')
    }
    onStatus()
    const unsubscribeStatus = room.subscribeStatus(onStatus)

    let editing = NO_ACTIVE_EDITING
    const check = () => {
      if (!isIntervalSnapshotDue(editing, Date.now())) return
      editing = afterIntervalSnapshot(editing)
      void take('interval')
    }
    // Only this person's changes to the document count (not others' edits, not camera or selection).
    const unlisten = store.listen(
      () => {
        editing = noteEdit(editing, Date.now())
        check()
      },
      { source: 'user', scope: 'document' },
    )
    const timer = window.setInterval(check, CHECK_EVERY_MS)

    return () => {
      destroyed = true
      unsubscribeStatus()
      unlisten()
      window.clearInterval(timer)
    }
  }, [room, store])
}
