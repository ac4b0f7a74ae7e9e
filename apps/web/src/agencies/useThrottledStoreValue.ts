import { useEffect, useState } from 'react'
import type { Editor } from 'tldraw'

/**
 * A value computed from the board's records, recomputed at most every `waitMs` while the document changes (a
 * drag changes it every frame; a panel need not follow every frame). `compute` must be stable (useCallback).
 */
export function useThrottledStoreValue<T>(editor: Editor, compute: () => T, waitMs = 250): T {
  const [value, setValue] = useState(compute)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    setValue(compute())
    const stop = editor.store.listen(
      () => {
        if (timer !== undefined) return
        timer = setTimeout(() => {
          timer = undefined
          setValue(compute())
        }, waitMs)
      },
      { scope: 'document' },
    )
    return () => {
      stop()
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [editor, compute, waitMs])
  return value
}
