import type { BoardId } from '@sammen/journey-model'
import { CloseCode } from '@sammen/protocol'
import { openAnnotationsRoom, type AnnotationList, type AnnotationsRoom, type AnnotationsRoomStatus } from '@sammen/sync'
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react'
import { probeRefusal, refusalForCloseCode } from '../access/accessRefusal'
import { getBoardAccess } from '../access/boardAccess'
import { useBoardAccess } from '../access/useBoardAccess'
import { getLocalDatabase, syncServerUrl } from '../sync/database'

const AnnotationsRoomContext = createContext<AnnotationsRoom | null>(null)
/** A refused upgrade is retried with backoff; asking the API why at most this often is plenty. */
const PROBE_INTERVAL_MS = 5_000

/**
 * Opens the board's user-panel annotations (their own document and socket, see @sammen/sync) for everything
 * below it: the panel view, and the canvas's annotation layer (tldraw renders that one without props).
 */
export function AnnotationsProvider({ boardId, children }: { boardId: BoardId; children: ReactNode }) {
  const { token } = useBoardAccess()
  const [room, setRoom] = useState<AnnotationsRoom | null>(null)

  useEffect(() => {
    let lastProbeAt = 0
    const opened: AnnotationsRoom = openAnnotationsRoom({
      boardId,
      database: getLocalDatabase(),
      serverUrl: syncServerUrl(),
      token,
      // A refused upgrade reaches the browser as "closed, 1006", like a network failure: ask the API why, and
      // stop retrying (with the reason shown) instead of knocking every few seconds.
      onSocketClose: ({ code, wasOpen }) => {
        if (refusalForCloseCode(code, token) || wasOpen || getBoardAccess().mode === 'open') return
        const now = Date.now()
        if (now - lastProbeAt < PROBE_INTERVAL_MS) return
        lastProbeAt = now
        void probeRefusal(boardId, token).then((refusal) => {
          if (refusal) opened.refuse({ code: refusal === 'other-board' ? CloseCode.forbidden : CloseCode.inviteRevoked, reason: refusal })
        })
      },
    })
    setRoom(opened)
    return () => {
      setRoom(null)
      void opened.destroy()
    }
  }, [boardId, token])

  return <AnnotationsRoomContext.Provider value={room}>{children}</AnnotationsRoomContext.Provider>
}

/** The open board's annotations room; null for a moment while it opens. */
export function useAnnotationsRoom(): AnnotationsRoom | null {
  return useContext(AnnotationsRoomContext)
}

const EMPTY: AnnotationList = { annotations: [], invalid: 0 }
const noop = () => () => {}

/** The valid annotations (and how many were skipped), live. */
export function useAnnotationList(room: AnnotationsRoom | null): AnnotationList {
  return useSyncExternalStore(room ? room.subscribe : noop, room ? room.list : () => EMPTY)
}

const OFFLINE: AnnotationsRoomStatus = { phase: 'offline', refusal: null, storageError: null }

export function useAnnotationsStatus(room: AnnotationsRoom | null): AnnotationsRoomStatus {
  return useSyncExternalStore(room ? room.subscribeStatus : noop, room ? room.getStatus : () => OFFLINE)
}
