import type { BoardId } from '@sammen/journey-model'
import type { BoardRoom } from '@sammen/sync'
import { getAccessBoardId, getBoardAccess, setAccessRefusal, setBoardAccessBoard, setServerMode } from './boardAccess'
import { probeRefusal, refusalForCloseCode } from './accessRefusal'
import { fetchServerMode, rememberedServerMode } from './serverMode'
import { takeOpenModeView } from './openModeView'
import { takeBoardToken } from './takeTokenFromAddress'

/** Refused upgrades retry with backoff (≤ 5 s); asking the API why at most this often is plenty. */
const PROBE_INTERVAL_MS = 10_000

export interface AccessGuard {
  /** The invite token to connect with (null: none; fine in open mode). */
  readonly token: string | null
  /** Give to openBoardRoom's `onSocketClose`. */
  onSocketClose(close: { code: number; reason: string; wasOpen: boolean }): void
  /** The room the guard stops when the server refuses this browser. */
  attach(room: BoardRoom): void
  /** After a refusal: try to connect again (e.g. the facilitator undid something, or the network was the problem). */
  retry(): void
  dispose(): void
}

let activeGuard: AccessGuard | null = null

/** The open board's guard (for the banner's "try again"). */
export function retryBoardConnection(): void {
  activeGuard?.retry()
}

/**
 * Sets up the access store for a board being opened (token from the link or storage, server mode) and
 * turns the server's refusals into a banner instead of endless reconnecting.
 */
export function createAccessGuard(boardId: BoardId): AccessGuard {
  const token = takeBoardToken(boardId)
  setBoardAccessBoard(boardId, token, rememberedServerMode(), takeOpenModeView(boardId))
  let room: BoardRoom | null = null
  let disposed = false
  let lastProbeAt = 0
  const isCurrent = () => !disposed && getAccessBoardId() === boardId

  void fetchServerMode().then((answer) => {
    if (answer && isCurrent()) setServerMode(answer.mode, answer.exposed)
  })

  const refuse = (refusal: NonNullable<ReturnType<typeof refusalForCloseCode>>) => {
    if (!isCurrent()) return
    setAccessRefusal(refusal)
    // Reconnecting cannot help until the person has a new link; y-websocket already stops after 4401/4403.
    if (refusal !== 'read-only') room?.disconnect()
  }

  const guard: AccessGuard = {
    token,
    onSocketClose({ code, reason, wasOpen }) {
      const byCode = refusalForCloseCode(code, token, Date.now(), reason)
      if (byCode) return refuse(byCode)
      if (wasOpen || getBoardAccess().mode === 'open') return
      const now = Date.now()
      if (now - lastProbeAt < PROBE_INTERVAL_MS) return
      lastProbeAt = now
      void probeRefusal(boardId, token).then((refusal) => {
        if (refusal) refuse(refusal)
      })
    },
    attach(next) {
      room = next
    },
    retry() {
      if (!isCurrent()) return
      setAccessRefusal(null)
      lastProbeAt = 0
      room?.connect()
    },
    dispose() {
      disposed = true
      if (activeGuard === guard) activeGuard = null
    },
  }
  activeGuard = guard
  return guard
}
