import { create } from 'zustand'

/**
 * This person's view of the agencies on a board: which panels are open and which agencies the canvas shows at
 * full strength. Personal and not synced: one facilitator filtering to NAV must not dim everyone else's board.
 * Kept for the tab only, per board, so coming back to a board keeps its filter.
 */
interface AgencyPanelsState {
  legendOpen: boolean
  painPointsOpen: boolean
  filterByBoard: Readonly<Record<string, readonly string[]>>
  setLegendOpen: (open: boolean) => void
  setPainPointsOpen: (open: boolean) => void
  toggleAgency: (boardId: string, agencyId: string) => void
  clearFilter: (boardId: string) => void
}

export const useAgencyPanelsStore = create<AgencyPanelsState>()((set) => ({
  legendOpen: false,
  painPointsOpen: false,
  filterByBoard: {},
  setLegendOpen: (legendOpen) => set({ legendOpen }),
  setPainPointsOpen: (painPointsOpen) => set({ painPointsOpen }),
  toggleAgency: (boardId, agencyId) =>
    set((state) => {
      const current = state.filterByBoard[boardId] ?? []
      const next = current.includes(agencyId) ? current.filter((id) => id !== agencyId) : [...current, agencyId]
      return { filterByBoard: { ...state.filterByBoard, [boardId]: next } }
    }),
  clearFilter: (boardId) => set((state) => ({ filterByBoard: { ...state.filterByBoard, [boardId]: [] } })),
}))

const NONE: readonly string[] = []

/** The agencies chosen in the filter for a board, in the order they were chosen. */
export function useAgencyFilter(boardId: string): readonly string[] {
  return useAgencyPanelsStore((state) => state.filterByBoard[boardId] ?? NONE)
}
