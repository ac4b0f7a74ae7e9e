import { create } from 'zustand'

export type FacilitationPanelName = 'facilitation' | 'comments'
export type CommentsView = 'thread' | 'mentions'

interface FacilitationUiState {
  panel: FacilitationPanelName | null
  commentsView: CommentsView
  /** The button that opened the panel gets focus back when it closes. */
  opener: HTMLElement | null
  openPanel: (panel: FacilitationPanelName, opener: HTMLElement | null, view?: CommentsView) => void
  closePanel: () => void
  setCommentsView: (view: CommentsView) => void
}

/** Which facilitation panel is open: shared by the top bar buttons and the panels, which tldraw mounts apart. */
export const useFacilitationUi = create<FacilitationUiState>()((set, get) => ({
  panel: null,
  commentsView: 'thread',
  opener: null,
  openPanel: (panel, opener, view) => set((state) => ({ panel, opener, commentsView: view ?? state.commentsView })),
  closePanel: () => {
    const opener = get().opener
    set({ panel: null, opener: null })
    requestAnimationFrame(() => {
      if (opener?.isConnected) opener.focus()
    })
  },
  setCommentsView: (commentsView) => set({ commentsView }),
}))
