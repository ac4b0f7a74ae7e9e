import { create } from 'zustand'

interface AnnouncerState {
  message: { text: string; key: number } | null
  announce: (text: string) => void
}

/**
 * One polite live region for all facilitation news (timer started, time up, voting started or revealed). Only
 * these moments are announced: the ticking countdown itself is a `role="timer"`, which screen readers do not read
 * out on every change.
 */
export const useAnnouncer = create<AnnouncerState>()((set) => ({
  message: null,
  announce: (text) => set({ message: { text, key: Date.now() } }),
}))
