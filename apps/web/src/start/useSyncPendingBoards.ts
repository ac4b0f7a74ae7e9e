import { syncPendingBoards } from '@sammen/sync'
import { useEffect } from 'react'
import { boardToken } from '../access/boardToken'
import { getLocalDatabase, syncServerUrl } from '../sync/database'

/** How often the start page retries boards with unsent edits while it is open. */
const RETRY_MS = 15_000

/**
 * While the start page is open, boards edited offline (and then closed) are sent to the server in the
 * background: at once, whenever the browser comes back on line, and every few seconds until none is left.
 * Their badges turn from "Ikke sendt ennå" to "Synkronisert" as they arrive.
 */
export function useSyncPendingBoards(): void {
  useEffect(() => {
    let running = false
    let stopped = false
    const run = async () => {
      if (running || stopped || !navigator.onLine) return
      running = true
      try {
        await syncPendingBoards({ database: getLocalDatabase(), serverUrl: syncServerUrl(), timeoutMs: 8_000, getToken: boardToken })
      } catch {
        // Nothing is lost: the boards keep their local edits and are tried again.
      } finally {
        running = false
      }
    }
    void run()
    const timer = setInterval(() => void run(), RETRY_MS)
    window.addEventListener('online', run)
    return () => {
      stopped = true
      clearInterval(timer)
      window.removeEventListener('online', run)
    }
  }, [])
}
