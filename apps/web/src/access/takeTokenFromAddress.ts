import type { BoardId } from '@sammen/journey-model'
import { decodeInviteToken, takeTokenFromHash } from './inviteToken'
import { rememberBoardToken, storedBoardToken } from './tokenStorage'
import { workspaceToken } from './workspaceLink'

/**
 * Tokens taken from the address bar during this page's life. React's strict mode runs the board's
 * effect twice; the second run must still see a token the first one already removed from the address.
 */
const takenThisVisit = new Map<BoardId, string>()

/**
 * Reads an invite link's `#token=…`, removes it from the address bar at once (replaceState: it must not
 * stay visible, in the history, or in a bookmark), and remembers it for the board so reloads and offline
 * visits keep the role. Returns the token to use: the link's, else the one remembered for this board, else the
 * workspace link (a facilitator of every board).
 */
export function takeBoardToken(boardId: BoardId): string | null {
  const { token, restHash } = takeTokenFromHash(location.hash)
  if (location.hash !== restHash && (token !== null || location.hash.includes('token='))) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${restHash}`)
  }
  if (token !== null) {
    takenThisVisit.set(boardId, token)
    // A link for another board is used for this visit (the server explains the refusal) but never
    // replaces the token that works here.
    if (decodeInviteToken(token)?.boardId === boardId) rememberBoardToken(boardId, token)
  }
  return takenThisVisit.get(boardId) ?? storedBoardToken(boardId) ?? workspaceToken()
}
