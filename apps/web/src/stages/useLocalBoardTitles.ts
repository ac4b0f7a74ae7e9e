import { subscribeLocalBoards } from '@sammen/sync'
import { useEffect, useState } from 'react'
import { getLocalDatabase } from '../sync/database'

/**
 * The titles of the boards this browser keeps, by id, live: what a link to a linked board (an as-is board's to-be
 * boards, a to-be board's as-is board) is called. A board this browser does not hold has no entry.
 */
export function useLocalBoardTitles(): ReadonlyMap<string, string> {
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map())
  useEffect(
    () =>
      subscribeLocalBoards(getLocalDatabase(), (boards) => {
        setTitles(new Map(boards.filter((board) => board.title.trim() !== '').map((board) => [board.boardId as string, board.title])))
      }),
    [],
  )
  return titles
}
