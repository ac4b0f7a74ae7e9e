import type { LibraryBoard } from '@sammen/protocol'
import { boardMatches, type LibraryFilters } from './libraryFilters'

/** Where a board in the library comes from: the server's index, or only this browser's IndexedDB. */
export type BoardSource = 'server' | 'local'

export interface ShownBoard {
  board: LibraryBoard
  source: BoardSource
}

/**
 * One entry of the library's list: an as-is board with the to-be boards made from it (the pair the issue asks to see
 * together), or a board on its own. `missingAsIs`: a to-be board whose as-is board is not in the library (the person
 * may not see it, or this browser does not hold it).
 */
export interface BoardGroup {
  head: ShownBoard
  toBe: ShownBoard[]
  missingAsIs: boolean
}

/**
 * The server's boards, then the boards only this browser holds. A board both know is the server's entry: the index
 * sees everyone's edits. (A browser's unsent edits reach the index once they are synced.)
 */
export function mergeBoards(server: readonly LibraryBoard[], local: readonly LibraryBoard[]): ShownBoard[] {
  const onServer = new Set(server.map((board) => board.boardId))
  return [
    ...server.map((board) => ({ board, source: 'server' as const })),
    ...local.filter((board) => !onServer.has(board.boardId)).map((board) => ({ board, source: 'local' as const })),
  ]
}

/**
 * Groups to-be boards under their as-is board (linked either way: the as-is board's `toBeBoardIds` or the to-be
 * board's `asIsBoardId`), then keeps the groups in which any board passes the filters, most recently edited first.
 */
export function groupBoards(boards: readonly ShownBoard[], filters: LibraryFilters): BoardGroup[] {
  const byId = new Map(boards.map((shown) => [shown.board.boardId, shown]))
  const listedBy = new Map<string, ShownBoard>()
  for (const shown of boards) if (shown.board.stage === 'as-is') for (const id of shown.board.toBeBoardIds) listedBy.set(id, shown)
  const asIsOf = (shown: ShownBoard): ShownBoard | null => {
    if (shown.board.stage !== 'to-be') return null
    const named = shown.board.asIsBoardId ? byId.get(shown.board.asIsBoardId) : undefined
    if (named?.board.stage === 'as-is') return named
    // The as-is side of the link reached the index before the to-be board's own did.
    return listedBy.get(shown.board.boardId) ?? null
  }
  const groups = new Map<string, BoardGroup>()
  for (const shown of boards) {
    if (asIsOf(shown)) continue
    groups.set(shown.board.boardId, { head: shown, toBe: [], missingAsIs: shown.board.stage === 'to-be' })
  }
  for (const shown of boards) {
    const asIs = asIsOf(shown)
    if (asIs) groups.get(asIs.board.boardId)?.toBe.push(shown)
  }
  const latest = (group: BoardGroup) => Math.max(group.head.board.editedAt, ...group.toBe.map((shown) => shown.board.editedAt))
  return [...groups.values()]
    .filter((group) => [group.head, ...group.toBe].some((shown) => boardMatches(shown.board, filters)))
    .sort((a, b) => latest(b) - latest(a) || (a.head.board.title < b.head.board.title ? -1 : 1))
}

/** The life events and agencies the boards name, for the filters' choices (sorted by name). */
export function filterChoices(boards: readonly ShownBoard[]) {
  const lifeEvents = new Map<string, string>()
  const agencies = new Map<string, { id: string; name: string; shortName: string; colour: string }>()
  for (const { board } of boards) {
    if (board.lifeEvent) lifeEvents.set(board.lifeEvent.id, board.lifeEvent.name)
    for (const agency of board.agencies) if (!agencies.has(agency.id)) agencies.set(agency.id, agency)
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb')
  return {
    lifeEvents: [...lifeEvents].map(([id, name]) => ({ id, name })).sort(byName),
    agencies: [...agencies.values()].sort(byName),
  }
}
