import { useCallback, useEffect, useState } from 'react'
import type { TLStore } from 'tldraw'
import { readOutline, type Outline } from './outlineModel'
import { shareUnchanged } from './shareUnchanged'

/** Others' edits arrive in bursts (someone dragging a card writes every frame); re-read at most this often. */
const REFRESH_MS = 150

/**
 * The outline, live: re-read from the store after document changes (throttled), and at once after this person's
 * own edits (`refresh`), so a select never shows its old value for a moment. Unchanged parts keep their identity
 * (`shareUnchanged`), so only the rows whose data changed re-render.
 */
export function useLiveOutline(store: TLStore): { outline: Outline; refresh: () => void } {
  const [outline, setOutline] = useState(() => readOutline(store.allRecords()))
  const refresh = useCallback(() => setOutline((previous) => shareUnchanged(previous, readOutline(store.allRecords()))), [store])
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const stop = store.listen(
      () => {
        timer ??= setTimeout(() => {
          timer = undefined
          refresh()
        }, REFRESH_MS)
      },
      { scope: 'document' },
    )
    refresh()
    return () => {
      stop()
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [store, refresh])
  return { outline, refresh }
}
