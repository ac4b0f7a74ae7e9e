import type { Agency } from '@sammen/journey-model'
import { readBoardJourneyMeta, withBoardJourneyMeta } from '@sammen/journey-shapes'
import type { Editor } from 'tldraw'

function writeAgencies(editor: Editor, change: (agencies: Agency[]) => Agency[]): void {
  const document = editor.getDocumentSettings()
  const current = readBoardJourneyMeta(document.meta)
  const meta = withBoardJourneyMeta(document.meta, { ...current, agencies: change(current.agencies) })
  editor.store.put([{ ...document, meta: meta as typeof document.meta }])
}

/**
 * Adds an agency to the board's own list as one undoable step. Written with `store.put` inside `editor.run`
 * rather than `editor.updateDocumentSettings`, which tldraw keeps out of the undo history.
 */
export function addBoardAgency(editor: Editor, agency: Agency): void {
  editor.markHistoryStoppingPoint('add board agency')
  editor.run(() => writeAgencies(editor, (agencies) => (agencies.some((known) => known.id === agency.id) ? agencies : [...agencies, agency])))
}

/** Takes an agency off the board's list (callers only offer it for agencies no card names), as one undoable step. */
export function removeBoardAgency(editor: Editor, agencyId: string): void {
  editor.markHistoryStoppingPoint('remove board agency')
  editor.run(() => writeAgencies(editor, (agencies) => agencies.filter((agency) => agency.id !== agencyId)))
}
