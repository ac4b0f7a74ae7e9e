import type { BoardId } from '@sammen/journey-model'
import { deleteLocalBoard, openBoardRoom, type BoardRoom } from '@sammen/sync'
import { useEffect, useState } from 'react'
import { createTLStore, defaultBindingUtils, type TLStore } from 'tldraw'
import { getBoardAccess, type AccessRefusal } from '../access/boardAccess'
import { probeRefusal, refusalForCloseCode } from '../access/accessRefusal'
import { boardToken } from '../access/boardToken'
import { presenceUserFor } from '../room/useBoardRoom'
import { boardShapeUtils } from '../shapes/sammenShapes'
import { useAppStore } from '../state/appStore'
import { getLocalDatabase, syncServerUrl } from '../sync/database'

export type AsIsBoardState =
  | { phase: 'loading' }
  | { phase: 'ready'; store: TLStore; room: BoardRoom }
  /** The server will not let this browser read the as-is board (no link to it, or one revoked or run out). */
  | { phase: 'refused'; refusal: AccessRefusal }
  | { phase: 'failed' }

/** Refused upgrades retry with backoff; asking the API why at most this often is plenty (as the board's own guard). */
const PROBE_INTERVAL_MS = 10_000

/**
 * Opens the as-is board read-only in the background, for a view of the open to-be board that reads it without a
 * canvas (the comparison): the same sync layer as the board page (IndexedDB first, then the server), with its own
 * store, the invite or workspace link this browser holds for that board, and no writes ever. It publishes no presence:
 * nobody on the as-is board sees a person who is not looking at its canvas. The open board's access state is left alone: the
 * server's refusals for the as-is board land here. A board this browser did not hold before and may not read leaves
 * no empty entry on the start page.
 */
export function useAsIsBoard(boardId: BoardId | null, fallbackName: string): AsIsBoardState {
  const [state, setState] = useState<AsIsBoardState>({ phase: 'loading' })

  useEffect(() => {
    if (boardId === null) return
    let cancelled = false
    let refused = false
    let lastProbeAt = 0
    setState({ phase: 'loading' })
    const db = getLocalDatabase()
    const heldBefore = db.boards.get(boardId).then(
      (entry) => entry !== undefined,
      () => true,
    )
    const token = boardToken(boardId)
    const store = createTLStore({ shapeUtils: boardShapeUtils, bindingUtils: defaultBindingUtils })

    const refuse = (refusal: AccessRefusal) => {
      if (cancelled || refused || refusal === 'read-only') return
      refused = true
      setState({ phase: 'refused', refusal })
      // Nothing more will come: close the room now, and forget a board this browser only held for this attempt.
      void room.destroy().then(async () => {
        if (!(await heldBefore)) await deleteLocalBoard(db, boardId).catch(() => undefined)
      })
    }
    const room = openBoardRoom({
      boardId,
      store,
      database: db,
      serverUrl: syncServerUrl(),
      user: presenceUserFor(useAppStore.getState().person, fallbackName),
      token,
      readOnly: true,
      presence: false,
      onSocketClose({ code, reason, wasOpen }) {
        const byCode = refusalForCloseCode(code, token, Date.now(), reason)
        if (byCode) return refuse(byCode)
        // A refused upgrade looks like a network failure (1006): ask the HTTP API with the same token why.
        if (wasOpen || getBoardAccess().mode === 'open' || Date.now() - lastProbeAt < PROBE_INTERVAL_MS) return
        lastProbeAt = Date.now()
        void probeRefusal(boardId, token).then((refusal) => {
          if (refusal) refuse(refusal)
        })
      },
    })
    room.ready.then(
      () => {
        if (!cancelled && !refused) setState({ phase: 'ready', store, room })
      },
      () => {
        if (!cancelled) setState({ phase: 'failed' })
      },
    )
    return () => {
      cancelled = true
      void room.destroy()
    }
    // fallbackName only matters at open time (and no presence is published from here).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boardId])

  return boardId === null ? { phase: 'loading' } : state
}
