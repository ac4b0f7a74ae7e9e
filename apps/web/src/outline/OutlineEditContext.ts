import type { Agency } from '@sammen/journey-model'
import { createContext, useContext } from 'react'
import type { TLStore } from 'tldraw'
import type { Dictionary } from '../i18n'
import type { RecordChange } from './outlineHistory'

/** The kinds of change the outline makes; their words are in `t.outlineView.changes` (undo says "Angre: endret etat"). */
export type OutlineChangeKind = keyof Dictionary['outlineView']['changes']

export interface OutlineEditing {
  store: TLStore
  canEdit: boolean
  /** The board's own agencies, offered first in every agency select. */
  boardAgencies: readonly Agency[]
  /**
   * Makes a change as this person's own (undoable here, synced to everyone). Returns false if nothing could be
   * saved (the card is gone, or the store refused it); the person has then been told.
   */
  apply: (kind: OutlineChangeKind, change: RecordChange | null, options?: { coalesceKey?: string; announce?: string }) => boolean
  /** Ends the current typing run, so the next change is its own undo step. */
  seal: () => void
  announce: (text: string, options?: { routine?: boolean }) => void
  /** Moves focus to an element by id once the outline has re-rendered (after adding or deleting an item). */
  focusLater: (elementId: string) => void
}

export const OutlineEditContext = createContext<OutlineEditing | null>(null)

export function useOutlineEditing(): OutlineEditing {
  const editing = useContext(OutlineEditContext)
  if (!editing) throw new Error('useOutlineEditing needs an OutlineEditContext provider')
  return editing
}

/** Ids of the elements focus goes to: headings of phases, lanes and steps. Shape ids are valid in HTML ids. */
export const outlineIds = {
  phase: (phaseId: string) => `outline-phase-${phaseId}`,
  lane: (phaseId: string, laneId: string) => `outline-lane-${phaseId}-${laneId}`,
  step: (shapeId: string) => `outline-step-${shapeId}`,
  painPoint: (shapeId: string) => `outline-pain-point-${shapeId}`,
}
