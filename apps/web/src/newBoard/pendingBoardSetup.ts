import type { Journey } from '@sammen/journey-model'
import type { BoardRoom } from '@sammen/sync'
import type { Editor } from 'tldraw'
import type { Dictionary } from '../i18n'
import { layOutJourney } from './layOutJourney'

/** What the new board flow asked for, waiting for its board to open. */
export interface BoardSetup {
  title: string
  journey: Journey
}

/*
 * Kept in memory, keyed by board id, and used once: only the tab that created the board lays it out. A person
 * who opens the link elsewhere (or this tab after a reload) never has a setup, so a board is never laid out twice
 * by two people; the empty-page check below also covers a board that somebody else has already filled.
 */
const pendingSetups = new Map<string, BoardSetup>()

export function requestBoardSetup(boardId: string, setup: BoardSetup): void {
  pendingSetups.set(boardId, setup)
}

/**
 * Called when the board's editor mounts, i.e. after `room.ready` (IndexedDB loaded and, for a board new to this
 * browser, the server's copy awaited). Lays out the journey only if the page is still empty at that point.
 */
export function applyPendingBoardSetup(editor: Editor, room: BoardRoom, t: Dictionary): void {
  const setup = pendingSetups.get(room.boardId)
  if (!setup) return
  pendingSetups.delete(room.boardId)
  // After the mount has settled: changes made during tldraw's onMount do not reach the undo stack, and the
  // viewport must be measured for zoom-to-fit.
  editor.timers.requestAnimationFrame(() => {
    if (editor.isDisposed || editor.getCurrentPageShapeIds().size > 0) return
    if (room.getTitle() === '') room.setTitle(setup.title)
    layOutJourney(editor, setup.journey, t)
  })
}
