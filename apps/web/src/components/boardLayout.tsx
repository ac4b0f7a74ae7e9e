import { createContext, useContext, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

/**
 * The board page is three areas side by side, never on top of each other: the header (the top bar) across the
 * window, the canvas below it, and the side column at its right, which is there only while a panel is open. Panels
 * (card details, journey frame, versions, facilitation, comments, the agencies' legend and pain points) render into
 * the side column, so they take width from the canvas instead of covering the journey; tldraw sees its container
 * shrink and keeps the selected card in view (`useKeepSelectionVisible`).
 *
 * The top bar and the panels still belong to tldraw's React tree (they need the editor): they reach their area
 * through a portal, and React context follows them there.
 */
export interface BoardLayoutTargets {
  header: HTMLElement | null
  side: HTMLElement | null
}

export const BoardLayoutContext = createContext<BoardLayoutTargets>({ header: null, side: null })

/** Renders a panel into the side column (nothing until the column exists). */
export function SidePanelSlot({ children }: { children: ReactNode }) {
  const { side } = useContext(BoardLayoutContext)
  return side ? createPortal(children, side) : null
}

/** Renders the top bar into the header row above the canvas. */
export function HeaderSlot({ children }: { children: ReactNode }) {
  const { header } = useContext(BoardLayoutContext)
  return header ? createPortal(children, header) : null
}
