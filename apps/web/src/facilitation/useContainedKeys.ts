import type { KeyboardEvent } from 'react'

/**
 * Keys pressed inside a facilitation panel belong to the panel: without this, tldraw (which listens on the
 * document) would take "r", Delete or Space on a focused button as canvas shortcuts. A React handler on the
 * panel, so fields inside handle their keys first; Escape closes the panel unless a field used it (an open
 * suggestion list).
 */
export function containedKeys(onEscape: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault()
      onEscape()
    }
    event.stopPropagation()
  }
}
