import { storedBoardTokens } from '../access/tokenStorage'
import { workspaceToken } from '../access/workspaceLink'

/**
 * What this browser may show the library's requests: the workspace link (when it holds one; it opens every board,
 * so it goes first and survives the protocol's cap on tokens) and every board invite it keeps. In open mode the
 * server ignores them. The server verifies each and counts those that fail in `refusedTokens`.
 */
export function callerTokens(): string[] {
  const workspace = workspaceToken()
  return [...new Set([...(workspace ? [workspace] : []), ...storedBoardTokens()])]
}
