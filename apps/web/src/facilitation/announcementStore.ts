import { create } from 'zustand'

interface AnnouncerState {
  message: { text: string; key: number } | null
  announce: (text: string) => void
}

/**
 * One polite live region for all facilitation news (timer started, time up, voting started or revealed): a store
 * shared by every facilitation component (and the user panel's page), which all announce through the one region
 * `FacilitationAnnouncements` renders. Every message is said. Only these moments are announced: the ticking
 * countdown itself is a `role="timer"`, which screen readers do not read out on every change. (The outline's
 * `useThrottledAnnouncer` is different: local to its view, with routine messages held back.)
 */
export const useAnnouncementStore = create<AnnouncerState>()((set) => ({
  message: null,
  announce: (text) => set({ message: { text, key: Date.now() } }),
}))
