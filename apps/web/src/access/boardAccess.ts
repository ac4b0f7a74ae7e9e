import type { BoardId } from '@sammen/journey-model'
import { useShallow } from 'zustand/react/shallow'
import { create } from 'zustand'
import { decodeInviteToken, type BoardRole, type InviteClaims } from './inviteToken'
import type { OpenModeView } from './openModeView'

export type { BoardRole } from './inviteToken'
export { BOARD_ROLES, isBoardRole } from './inviteToken'

/** Whether the server checks invite tokens ('secured'), lets everyone edit ('open'), or has not said yet. */
export type ServerMode = 'open' | 'secured' | 'unknown'

/** Why the server refused this browser on the open board, in terms the banner can explain. */
export type AccessRefusal = 'missing' | 'expired' | 'revoked' | 'other-board' | 'invalid' | 'read-only' | 'forbidden' | 'too-large'

export interface BoardAccess {
  mode: ServerMode
  role: BoardRole
  token: string | null
  /** May change the journey document (cards, arrows, title). */
  canEdit: boolean
  /** May write user-panel annotations. */
  canAnnotate: boolean
  /** May run the workshop: invites, follow-me, timer, reveal votes. */
  canFacilitate: boolean
}

interface BoardAccessState {
  boardId: BoardId | null
  mode: ServerMode
  /** The server listens beyond loopback (reported by /api/mode). */
  exposed: boolean
  token: string | null
  claims: InviteClaims | null
  refusal: AccessRefusal | null
  /** Open mode: the view the share dialog's link chose (user panel, read-only); null = the plain board. */
  openView: OpenModeView | null
}

const useBoardAccessStore = create<BoardAccessState>()(() => ({
  boardId: null,
  mode: 'unknown',
  exposed: false,
  token: null,
  claims: null,
  refusal: null,
  openView: null,
}))

/**
 * The rights the UI shows for a mode and token. For the UI only: the server enforces the role.
 * Open mode has no roles, so everyone edits and may facilitate. A token for another board gives
 * nothing here (the server answers 403), and with no token on a secured server there is nothing to
 * show but the board as last stored, read-only. After a refusal nothing reaches the server any more,
 * so nothing may be changed: the person would lose it. In open mode (and while the mode is unknown without a token),
 * a user-panel or read-only link (`openView`) gives that role's view; only the app holds to it, not the server.
 */
export function deriveBoardAccess(
  mode: ServerMode,
  token: string | null,
  claims: InviteClaims | null,
  boardId: BoardId | null,
  refused = false,
  openView: OpenModeView | null = null,
): BoardAccess {
  const access = accessBeforeRefusal(mode, token, claims, boardId, openView)
  return refused ? { ...access, canEdit: false, canAnnotate: false, canFacilitate: false } : access
}

function accessBeforeRefusal(mode: ServerMode, token: string | null, claims: InviteClaims | null, boardId: BoardId | null, openView: OpenModeView | null): BoardAccess {
  if (openView && (mode === 'open' || (mode === 'unknown' && token === null))) {
    return { mode, role: openView, token, canEdit: false, canAnnotate: openView === 'panel', canFacilitate: false }
  }
  if (mode === 'open') {
    return { mode, role: 'editor', token, canEdit: true, canAnnotate: true, canFacilitate: true }
  }
  // A workspace link (boardId null) makes its holder a facilitator of every board.
  const claimsForBoard = claims && boardId !== null && (claims.boardId === null || claims.boardId === boardId) ? claims : null
  // Unknown mode and no token: most likely a local server in open mode that has not answered yet
  // (or we are offline). Let people keep working; the server still decides.
  const role: BoardRole = claimsForBoard?.role ?? (mode === 'unknown' && token === null ? 'editor' : 'viewer')
  return {
    mode,
    role,
    token,
    canEdit: role === 'facilitator' || role === 'editor',
    canAnnotate: role !== 'viewer',
    canFacilitate: role === 'facilitator',
  }
}

function accessOf(state: BoardAccessState): BoardAccess {
  return deriveBoardAccess(state.mode, state.token, state.claims, state.boardId, state.refusal !== null, state.openView)
}

/** The open board's access, live. */
export function useBoardAccess(): BoardAccess {
  return useBoardAccessStore(useShallow(accessOf))
}

/** The open board's access, for code outside React (tldraw tools, shape utils). */
export function getBoardAccess(): BoardAccess {
  return accessOf(useBoardAccessStore.getState())
}

/** Calls `listener` whenever the open board's access may have changed. */
export function subscribeBoardAccess(listener: (access: BoardAccess) => void): () => void {
  return useBoardAccessStore.subscribe((state) => listener(accessOf(state)))
}

/** Why the server refused us on the open board, live (null while all is well). */
export function useAccessRefusal(): AccessRefusal | null {
  return useBoardAccessStore((state) => state.refusal)
}

/** The open board's id as the access store knows it. */
export function getAccessBoardId(): BoardId | null {
  return useBoardAccessStore.getState().boardId
}

// --- Writers: only apps/web/src/access and the room hook (room/useBoardRoom.ts) call these. ---

export function setBoardAccessBoard(boardId: BoardId, token: string | null, mode: ServerMode, openView: OpenModeView | null = null): void {
  useBoardAccessStore.setState({
    boardId,
    token,
    claims: token ? decodeInviteToken(token) : null,
    mode,
    refusal: null,
    openView,
  })
}

export function setServerMode(mode: ServerMode, exposed = false): void {
  useBoardAccessStore.setState({ mode, exposed })
}

/** Open mode on a server other machines can reach: the persistent notice says so more strongly. */
export function useServerExposed(): boolean {
  return useBoardAccessStore((state) => state.exposed)
}

export function setAccessRefusal(refusal: AccessRefusal | null): void {
  useBoardAccessStore.setState({ refusal })
}

export function clearBoardAccess(): void {
  useBoardAccessStore.setState({ boardId: null, token: null, claims: null, mode: 'unknown', refusal: null, openView: null })
}

