import { subscribeLocalBoards } from '@sammen/sync'
import { useEffect, useState } from 'react'
import { getLocalDatabase } from '../sync/database'
import { indexLocalBoards, type LocalIndex } from './localIndex'

export type LocalIndexState = { phase: 'reading' } | ({ phase: 'read' } & LocalIndex)

/**
 * The boards this browser holds, indexed, kept up to date as boards are added, edited (in other tabs too) or deleted.
 * `enabled` false: nothing is read (a page that needs them only when the server cannot answer).
 */
export function useLocalIndex(enabled = true): LocalIndexState {
  const [state, setState] = useState<LocalIndexState>({ phase: 'reading' })
  useEffect(() => {
    if (!enabled) return
    const db = getLocalDatabase()
    let latest = 0
    const stop = subscribeLocalBoards(db, (summaries) => {
      const run = ++latest
      void indexLocalBoards(db, summaries).then((index) => {
        // An older reading that finishes after a newer one must not replace it.
        if (run === latest) setState({ phase: 'read', ...index })
      })
    })
    return () => {
      latest = -1
      stop()
    }
  }, [enabled])
  return state
}
