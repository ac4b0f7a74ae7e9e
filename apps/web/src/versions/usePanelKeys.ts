import { useEffect, useRef, type RefObject } from 'react'
import type { Editor } from 'tldraw'

/**
 * Keys pressed inside the versions panel belong to the panel, not to the canvas behind it: without this,
 * tldraw would take "r", Space or Delete on a focused button as tool shortcuts. Two exceptions: Escape closes
 * the panel (unless a confirmation is open), and Ctrl/Cmd+Z outside text fields undoes on the board, so
 * "Angre med Ctrl+Z" works right after a restore while focus is still in the panel.
 */
export function usePanelKeys(
  panelRef: RefObject<HTMLElement | null>,
  editor: Editor,
  { onEscape, escapeEnabled }: { onEscape: () => void; escapeEnabled: boolean },
): void {
  const latest = useRef({ onEscape, escapeEnabled })
  latest.current = { onEscape, escapeEnabled }

  useEffect(() => {
    const panel = panelRef.current
    if (!panel) return
    const onKeyDown = (event: KeyboardEvent) => {
      const inTextField = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement
      if (event.key === 'Escape') {
        if (latest.current.escapeEnabled) {
          event.preventDefault()
          latest.current.onEscape()
        }
        event.stopPropagation()
        return
      }
      const mod = event.ctrlKey || event.metaKey
      if (mod && !inTextField && event.code === 'KeyZ') {
        event.preventDefault()
        if (event.shiftKey) editor.redo()
        else editor.undo()
      }
      // The versions shortcut is handled on window in the capture phase; everything else stays here.
      event.stopPropagation()
    }
    panel.addEventListener('keydown', onKeyDown)
    return () => panel.removeEventListener('keydown', onKeyDown)
  }, [panelRef, editor])
}
