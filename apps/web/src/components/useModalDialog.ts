import { useEffect, useRef } from 'react'

/**
 * Opens a `<dialog>` as a modal on mount (the browser traps focus and handles Escape) and gives focus
 * back to whatever had it when it closes.
 */
export function useModalDialog<T extends HTMLElement>() {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const initialFocusRef = useRef<T>(null)
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    initialFocusRef.current?.focus()
    return () => {
      dialog.close()
      returnFocusTo?.focus()
    }
  }, [])
  return { dialogRef, initialFocusRef }
}
