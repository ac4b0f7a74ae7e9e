import { boardToJourney, type BoardJourney } from '@sammen/journey-shapes'
import { useEffect, useState } from 'react'
import type { TLStore } from 'tldraw'

/** Long enough that a colleague dragging a card does not recompute the report on every frame. */
const RECOMPUTE_AFTER_MS = 250

/**
 * The journey the board holds, kept current: recomputed at most every 250 ms while anyone (here or elsewhere)
 * changes the document. Camera and selection changes do not count.
 */
export function useBoardJourney(store: TLStore): BoardJourney {
  const [boardJourney, setBoardJourney] = useState(() => boardToJourney(store.allRecords()))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const recompute = () => {
      timer = null
      setBoardJourney(boardToJourney(store.allRecords()))
    }
    const stopListening = store.listen(
      () => {
        timer ??= setTimeout(recompute, RECOMPUTE_AFTER_MS)
      },
      { scope: 'document' },
    )
    // Changes between the first render and this effect would otherwise wait for the next one.
    recompute()
    return () => {
      stopListening()
      if (timer !== null) clearTimeout(timer)
    }
  }, [store])
  return boardJourney
}
