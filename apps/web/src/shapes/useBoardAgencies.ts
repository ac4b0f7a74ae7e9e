import type { Agency } from '@sammen/journey-model'
import { useMemo } from 'react'
import { useMaybeEditor, useValue } from 'tldraw'
import { agencyDisplay, boardAgenciesOf, NO_BOARD_AGENCIES, type AgencyDisplay, type BoardAgencies } from './agencyDisplay'

/**
 * The open board's own agencies, live: a change to the board's list (someone adds an agency or changes its
 * colour) re-renders every card that uses it. Outside a board (the new-board page) there are none.
 */
export function useBoardAgencies(): BoardAgencies {
  const editor = useMaybeEditor()
  return useValue('board agencies', () => (editor ? boardAgenciesOf(editor) : NO_BOARD_AGENCIES), [editor])
}

/** The board's own agencies in the board's order, for pickers. */
export function useBoardAgencyList(): Agency[] {
  const agencies = useBoardAgencies()
  return useMemo(() => [...agencies.values()], [agencies])
}

/** `agencyDisplay` resolved against the open board. */
export function useAgencyDisplay(agencyId: string): AgencyDisplay | undefined {
  return agencyDisplay(agencyId, useBoardAgencies())
}
