import type { BoardAccess } from '../access/boardAccess'

/**
 * Whether this person may make a to-be board from the open board: `allowed`; `needs-workspace` on a secured server
 * without a workspace link (only such a link may make a board there: any other would open it read-only and the
 * server would refuse it); `not-allowed` for those who may not change the board (viewers, the user panel), since
 * the link to the new board is written into this board.
 */
export type ToBePermission = 'allowed' | 'needs-workspace' | 'not-allowed'

export function toBePermission(access: Pick<BoardAccess, 'mode' | 'canEdit'>, workspaceLink: string | null): ToBePermission {
  if (!access.canEdit) return 'not-allowed'
  if (access.mode === 'secured' && workspaceLink === null) return 'needs-workspace'
  return 'allowed'
}
