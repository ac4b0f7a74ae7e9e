import type { PresenceUser } from '@sammen/sync'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './language'
import { createPerson, parseStoredPerson } from './person'

interface AppState {
  language: Language
  /** This browser's person: stable id, display name and cursor colour shown to others. */
  person: PresenceUser
  setLanguage: (language: Language) => void
  setPersonName: (name: string) => void
  /** The agency the person takes part for; null for a citizen / user panel member. */
  setPersonAgency: (agencyId: string | null) => void
}

export const MAX_NAME_LENGTH = 40

export const useAppStore = create<AppState>()(
  persist(
    (set) => ({
      language: DEFAULT_LANGUAGE,
      person: createPerson(),
      setLanguage: (language) => set({ language }),
      setPersonName: (name) =>
        set((state) => ({ person: { ...state.person, name: name.slice(0, MAX_NAME_LENGTH) } })),
      setPersonAgency: (agencyId) => set((state) => ({ person: { ...state.person, agencyId } })),
    }),
    {
      name: 'sammen.app',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ language: state.language, person: state.person }),
      // localStorage is user-editable: never trust a stored value's shape.
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as Partial<AppState>
        return {
          ...current,
          language: isLanguage(stored.language) ? stored.language : current.language,
          person: parseStoredPerson(stored.person) ?? current.person,
        }
      },
    },
  ),
)
