import { JOURNEY_FRAME_TYPE, type JourneyFrameShape } from '@sammen/journey-shapes'
import type { Editor, TLShape } from 'tldraw'
import type { Box } from './cellPlacement'

export function isJourneyFrame(shape: TLShape | null | undefined): shape is JourneyFrameShape {
  return shape?.type === JOURNEY_FRAME_TYPE
}

/** A child's box in its parent's coordinates, ignoring rotation (cards are not rotated in a frame). */
export function localBox(editor: Editor, shape: TLShape): Box {
  const bounds = editor.getShapeGeometry(shape).bounds
  return { x: shape.x + bounds.x, y: shape.y + bounds.y, w: bounds.w, h: bounds.h }
}
