import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import { useT } from '../i18n'

const TOAST_MS = 8000

/** One short message at a time, shown for a few seconds. */
export function useBoardToast() {
  const [message, setMessage] = useState<{ text: string; key: number } | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const dismiss = useCallback(() => {
    window.clearTimeout(timer.current)
    setMessage(null)
  }, [])
  const show = useCallback((text: string) => {
    window.clearTimeout(timer.current)
    setMessage({ text, key: Date.now() })
    timer.current = window.setTimeout(() => setMessage(null), TOAST_MS)
  }, [])
  useEffect(() => () => window.clearTimeout(timer.current), [])
  return { message: message?.text ?? null, show, dismiss }
}

export type BoardToastControls = ReturnType<typeof useBoardToast>

/**
 * The board's one toast, shared by everything on the canvas that reports (the top bar's versions and exports, the
 * camera's card link), so two messages never stack in two regions.
 */
export const BoardToastContext = createContext<BoardToastControls | null>(null)

export function useSharedBoardToast(): BoardToastControls {
  const toast = useContext(BoardToastContext)
  if (!toast) throw new Error('useSharedBoardToast outside the board canvas')
  return toast
}

/**
 * The board's status toast (bottom centre, above the toolbar). The live region is always in the page,
 * so screen readers announce each new message without moving focus.
 */
export function BoardToast({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  const t = useT()
  return (
    <div className="board-toast-region" role="status" aria-live="polite" data-testid="board-toast-region">
      {message && (
        <div className="board-toast" data-testid="board-toast">
          <span data-testid="board-toast-message">{message}</span>
          <button type="button" className="board-toast__close" aria-label={t.versions.dismissNotice} onClick={onDismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  )
}
