import { isBoardId } from '@sammen/journey-model'
import { getAccessBoardId, getBoardAccess } from './boardAccess'
import { storedBoardToken } from './tokenStorage'
import { workspaceToken } from './workspaceLink'

/**
 * The invite token for any board this browser knows: the open board's from the access store, others'
 * from storage (the versions sync and the background sync of boards edited offline may run for a board that is
 * not open), else the workspace link.
 */
export function boardToken(boardId: string): string | null {
  if (getAccessBoardId() === boardId) return getBoardAccess().token
  return (isBoardId(boardId) ? storedBoardToken(boardId) : null) ?? workspaceToken()
}
