import { journeySchema } from '@sammen/journey-model'
import type { BoardRoom } from '@sammen/sync'
import type { Editor } from 'tldraw'
import { layOutJourney } from '../newBoard/layOutJourney'
import { currentDictionary } from '../shapes/currentDictionary'

declare global {
  interface Window {
    /** The tldraw editor of the open board; only in development builds or with `?e2e` in the URL. */
    __sammenEditor?: Editor
    /** The open board's room (connect/disconnect, status); same conditions as `__sammenEditor`. */
    __sammenRoom?: BoardRoom
    /** Lays a journey out on the open board as the new board flow does (for the journey canvas benchmark). */
    __sammenLayOutJourney?: (journey: unknown) => void
  }
}

/**
 * End-to-end tests read shapes through the editor rather than by scraping the canvas.
 * Production builds expose it only when the URL asks for it (`?e2e`): it grants nothing the
 * page's own user could not already do in devtools, but it should not be a public API.
 */
export function shouldExposeForTests(): boolean {
  if (import.meta.env.MODE !== 'production') return true
  // Remembered for the tab, so in-app navigation (which drops the query) keeps the hooks.
  if (new URLSearchParams(location.search).has('e2e')) sessionStorage.setItem(E2E_FLAG, '1')
  return sessionStorage.getItem(E2E_FLAG) === '1'
}

const E2E_FLAG = 'sammen.e2e'

export function exposeForTests(editor: Editor, room: BoardRoom): () => void {
  if (!shouldExposeForTests()) return () => {}
  window.__sammenEditor = editor
  window.__sammenRoom = room
  window.__sammenLayOutJourney = (journey) => layOutJourney(editor, journeySchema.parse(journey), currentDictionary())
  return () => {
    delete window.__sammenLayOutJourney
    if (window.__sammenEditor === editor) delete window.__sammenEditor
    if (window.__sammenRoom === room) delete window.__sammenRoom
  }
}
