import { create } from 'zustand'

interface AnnotationLayerState {
  /** Pins on the canvas. */
  visible: boolean
  /** The list panel. */
  panelOpen: boolean
  /** The card whose annotations the panel should bring into view (a pin was clicked). */
  focusTarget: string | null
  setVisible: (visible: boolean) => void
  openPanel: (target?: string | null) => void
  closePanel: () => void
}

/** Whether this person shows the user panel's annotations on the canvas; per tab, off by default. */
export const useAnnotationLayer = create<AnnotationLayerState>()((set) => ({
  visible: false,
  panelOpen: false,
  focusTarget: null,
  setVisible: (visible) => set(visible ? { visible, panelOpen: true, focusTarget: null } : { visible, panelOpen: false, focusTarget: null }),
  openPanel: (target = null) => set({ visible: true, panelOpen: true, focusTarget: target }),
  closePanel: () => set({ panelOpen: false, focusTarget: null }),
}))
