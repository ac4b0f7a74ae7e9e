import { readBoardStage, type BoardStage } from '@sammen/journey-shapes'
import { useEffect, useState } from 'react'
import { TLDOCUMENT_ID, type TLStore } from 'tldraw'

/** The board's stage as its document record says: as-is or to-be, its links and recorded resolutions. */
export function boardStageOf(store: TLStore): BoardStage {
  return readBoardStage(store.get(TLDOCUMENT_ID)?.meta)
}

/**
 * The board's stage, live: the document record changes when someone (here or elsewhere) makes a to-be board from it
 * or records a resolution. Re-read only when the document record changes; parsing it is cheap.
 */
export function useBoardStage(store: TLStore): BoardStage {
  const [stage, setStage] = useState(() => boardStageOf(store))
  useEffect(() => {
    let lastMeta = store.get(TLDOCUMENT_ID)?.meta
    setStage(boardStageOf(store))
    return store.listen(
      () => {
        const meta = store.get(TLDOCUMENT_ID)?.meta
        if (meta === lastMeta) return
        lastMeta = meta
        setStage(boardStageOf(store))
      },
      { scope: 'document' },
    )
  }, [store])
  return stage
}
