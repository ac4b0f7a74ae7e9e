import { searchCards } from '@sammen/journey-model'
import type { BoardIndexEntry } from '@sammen/journey-shapes'
import type { LibrarySearchAnswer, LibrarySearchHit } from '@sammen/protocol'
import type { BoardSource } from './libraryBoards'

/** The hits on one board, in the order search ranked them. */
export interface HitGroup {
  boardId: string
  boardTitle: string
  lifeEvent: LibrarySearchHit['lifeEvent']
  source: BoardSource
  hits: LibrarySearchHit[]
}

export interface SearchOutcome {
  groups: HitGroup[]
  /** Hits shown. */
  shown: number
  /** Every match, shown or not (the server stops at LIBRARY_MAX_HITS). */
  total: number
}

/**
 * The server's hits grouped by board, then the hits on boards only this browser holds (searched here with the same
 * `searchCards`). Without a server answer, every board this browser holds is searched here. A board the server knows
 * (it lists it, or it has hits on it) is never searched again here, so no card is counted twice.
 */
export function combineSearch(
  query: string,
  server: LibrarySearchAnswer | null,
  serverBoardIds: ReadonlySet<string> | null,
  local: readonly BoardIndexEntry[],
): SearchOutcome {
  const known = new Set([...(serverBoardIds ?? []), ...(server?.hits.map((hit) => hit.boardId) ?? [])])
  const localBoards = local
    .filter((entry) => !known.has(entry.board.boardId))
    .map((entry) => ({ boardId: entry.board.boardId, boardTitle: entry.board.title, lifeEvent: entry.board.lifeEvent, cards: entry.cards }))
  const localResult = searchCards(localBoards, query)
  const groups: HitGroup[] = []
  const add = (hit: LibrarySearchHit, source: BoardSource) => {
    let group = groups.find((candidate) => candidate.boardId === hit.boardId)
    if (!group) {
      group = { boardId: hit.boardId, boardTitle: hit.boardTitle, lifeEvent: hit.lifeEvent, source, hits: [] }
      groups.push(group)
    }
    group.hits.push(hit)
  }
  for (const hit of server?.hits ?? []) add(hit, 'server')
  for (const hit of localResult.hits) add(hit, 'local')
  return {
    groups,
    shown: (server?.hits.length ?? 0) + localResult.hits.length,
    total: (server?.total ?? 0) + localResult.total,
  }
}
