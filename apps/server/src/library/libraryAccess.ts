// Which boards a library request may see: the same rights as the boards themselves (auth/access.ts). Open mode:
// every board. Secured mode: each token the body carries is verified with `AccessControl` (signature, expiry,
// generation): a workspace link opens every board, a board invite of any role its board. Tokens that do not verify
// are skipped and counted, so the browser can forget them.
import { isBoardId, type BoardId } from '@sammen/journey-model'
import { decodeJwt } from 'jose'
import type { AccessControl } from '../auth/access'

export interface LibraryViewer {
  /** Every board (open mode, or a workspace link). */
  all: boolean
  /** Secured mode: the caller holds a workspace link (may rebuild). Open mode: true. */
  workspace: boolean
  /** The boards board invites open (empty when `all`). */
  boardIds: ReadonlySet<BoardId>
  /** Distinct tokens that did not verify. */
  refusedTokens: number
}

/** Whether the viewer opens nothing at all (secured mode, no valid token): a 401. */
export function seesNothing(viewer: LibraryViewer): boolean {
  return !viewer.all && viewer.boardIds.size === 0
}

export function maySee(viewer: LibraryViewer, boardId: string): boolean {
  return viewer.all || viewer.boardIds.has(boardId as BoardId)
}

/**
 * The viewer the tokens make. Rejects with the storage error when a generation cannot be read (the caller answers
 * 503), like `AccessControl.authorize`.
 */
export async function libraryViewer(access: AccessControl, tokens: readonly string[]): Promise<LibraryViewer> {
  if (access.mode === 'open') return { all: true, workspace: true, boardIds: new Set(), refusedTokens: 0 }
  const boardIds = new Set<BoardId>()
  let workspace = false
  let refusedTokens = 0
  const scopes = await Promise.all([...new Set(tokens)].map((token) => scopeOf(access, token)))
  for (const scope of scopes) {
    if (scope === null) refusedTokens++
    else if (scope === 'workspace') workspace = true
    else boardIds.add(scope)
  }
  return { all: workspace, workspace, boardIds: workspace ? new Set() : boardIds, refusedTokens }
}

/**
 * What one token opens: 'workspace', a board, or null. The board a token names is read from its (unverified)
 * payload only to ask `AccessControl` about that board, which verifies the token whole.
 */
async function scopeOf(access: AccessControl, token: string): Promise<'workspace' | BoardId | null> {
  let board: unknown
  try {
    board = decodeJwt(token).board
  } catch {
    return null
  }
  if (board === undefined) {
    const decision = await access.authorizeWorkspace(token)
    return decision.ok && decision.workspace ? 'workspace' : null
  }
  if (typeof board !== 'string' || !isBoardId(board)) return null
  const decision = await access.authorize(board, token)
  if (!decision.ok) return null
  return decision.workspace ? 'workspace' : board
}
