import { subscribeLocalBoards, type LocalBoardSummary } from '@sammen/sync'
import { useEffect, useState } from 'react'
import { getLocalDatabase } from '../sync/database'

/** The boards this browser keeps, newest edit first; `null` until IndexedDB has answered. */
export function useLocalBoards(): LocalBoardSummary[] | null {
  const [boards, setBoards] = useState<LocalBoardSummary[] | null>(null)
  useEffect(
    () =>
      subscribeLocalBoards(getLocalDatabase(), (next) => {
        setBoards([...next].sort((a, b) => b.lastEditedAt - a.lastEditedAt))
      }),
    [],
  )
  return boards
}
