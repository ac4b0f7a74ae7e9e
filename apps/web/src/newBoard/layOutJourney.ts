import type { Journey } from '@sammen/journey-model'
import { withBoardJourneyMeta } from '@sammen/journey-shapes'
import type { Editor } from 'tldraw'
import { ensureJourneyPages } from '../journeyPages/ensureJourneyPages'
import type { Dictionary } from '../i18n'
import { seedActorMap } from '../shapes/actor/seedActorMap'
import { journeyBoardRecords } from './journeyBoardRecords'
import { planJourneyLayout } from './journeyLayout'

/**
 * Writes a journey onto the board's first page as ONE undoable step: the situation above a journey frame whose
 * columns and rows are the phases and lanes, the step cards and pain points in their cells (the frame's children,
 * so they move with it), handoff arrows bound to the step cards, the board's facts (life event, situation, chosen
 * agencies) in the document meta, and the actor map seeded with the chosen agencies. Everything is created in one
 * `editor.run`, so the store, the sync binding and the undo stack each see a single change.
 */
export function layOutJourney(editor: Editor, journey: Journey, t: Dictionary): void {
  // The pages are not the person's edit (kept out of the undo stack): name the first page "Reise", add the maps.
  ensureJourneyPages(editor, t)
  const layout = planJourneyLayout(journey, { emotionLaneName: t.journeyFrame.defaultLanes.feelings })
  const records = journeyBoardRecords(journey, layout)

  editor.markHistoryStoppingPoint('lay out journey')
  editor.run(() => {
    editor.createShapes(records.shapes)
    editor.createBindings(records.bindings)
    // `store.put`, not `updateDocumentSettings`: tldraw keeps the latter out of the undo history.
    const document = editor.getDocumentSettings()
    editor.store.put([{ ...document, meta: withBoardJourneyMeta(document.meta, records.meta) as typeof document.meta }])
    // The actor map starts with the chosen agencies, part of the same undo step.
    seedActorMap(editor, records.meta.agencies)
  })
  editor.zoomToFit()
}
