import { useCallback, useEffect, useRef, useState } from 'react'
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
