import { useCallback, useRef, useState } from 'react'

/** "Saved" is worth saying once in a while, not after every field: a screen reader that talks all the time is noise. */
const ROUTINE_GAP_MS = 8000

/**
 * The text of the outline's polite live region, local to the view that renders it. `routine` messages (saves) are
 * said at most every few seconds; others (added, deleted, undone) always. The same text twice in a row is still
 * announced. (Facilitation's `useAnnouncementStore` is one store shared by many components, without throttling.)
 */
export function useThrottledAnnouncer(): { message: string; announce: (text: string, options?: { routine?: boolean }) => void } {
  const [message, setMessage] = useState('')
  const lastRoutine = useRef(0)
  const announce = useCallback((text: string, { routine = false }: { routine?: boolean } = {}) => {
    const now = Date.now()
    if (routine) {
      if (now - lastRoutine.current < ROUTINE_GAP_MS) return
      lastRoutine.current = now
    }
    // A non-breaking space toggled at the end makes a repeated message a change the screen reader hears.
    setMessage((previous) => (previous === text ? `${text}\u00a0` : text))
  }, [])
  return { message, announce }
}
