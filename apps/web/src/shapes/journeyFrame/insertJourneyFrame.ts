import { journeyFrameGeometry, JOURNEY_FRAME_TYPE, type JourneyFrameShape } from '@sammen/journey-shapes'
import { Box, createShapeId, type Editor, type TLShapeId } from 'tldraw'
import type { Dictionary } from '../../i18n'
import { defaultFrameProps } from './defaultFrame'
import { isJourneyFrame } from './frameCells'

const FRAME_GAP = 160

/**
 * Puts an empty journey frame in the middle of what the person sees, selects it (so the frame panel opens) and
 * brings all of it into view. One undo removes it.
 */
export function insertJourneyFrame(editor: Editor, t: Dictionary): TLShapeId {
  const id = createShapeId()
  const props = defaultFrameProps(t)
  const { w, h } = journeyFrameGeometry(props)
  const centre = editor.getViewportPageBounds().center
  let position = { x: centre.x - w / 2, y: centre.y - h / 2 }
  // Never on top of another journey: below the lowest frame it would cover.
  const covered = editor
    .getCurrentPageShapes()
    .filter(isJourneyFrame)
    .flatMap((frame) => editor.getShapePageBounds(frame) ?? [])
    .filter((bounds) => bounds.collides(new Box(position.x, position.y, w, h)))
  if (covered.length > 0) {
    const lowest = covered.reduce((a, b) => (b.maxY > a.maxY ? b : a))
    position = { x: lowest.x, y: lowest.maxY + FRAME_GAP }
  }
  editor.markHistoryStoppingPoint('insert journey frame')
  editor.createShape<JourneyFrameShape>({ id, type: JOURNEY_FRAME_TYPE, ...position, props })
  editor.setCurrentTool('select')
  editor.select(id)
  const bounds = editor.getShapePageBounds(id)
  if (bounds && !editor.getViewportPageBounds().contains(bounds)) editor.zoomToSelection({ animation: { duration: 200 } })
  return id
}
