import {
  frameCellAt,
  JOURNEY_FRAME_TYPE,
  journeyFrameGeometry,
  type JourneyFrameShape,
} from '@sammen/journey-shapes'
import type { Editor, TLShape, TLShapeId } from 'tldraw'
import { findCellBox, freeSpotInCell, type Box, type Size } from './cellPlacement'

/** A phase × lane cell of one journey frame. */
export interface FrameCellRef {
  frameId: TLShapeId
  phaseId: string
  laneId: string
}

export function isJourneyFrame(shape: TLShape | null | undefined): shape is JourneyFrameShape {
  return shape?.type === JOURNEY_FRAME_TYPE
}

/** A child's box in its parent's coordinates, ignoring rotation (cards are not rotated in a frame). */
export function localBox(editor: Editor, shape: TLShape): Box {
  const bounds = editor.getShapeGeometry(shape).bounds
  return { x: shape.x + bounds.x, y: shape.y + bounds.y, w: bounds.w, h: bounds.h }
}

/**
 * The cell a shape is in: the cell of its frame under the shape's centre, as `boardToJourney` reads it.
 * Null when the shape is not a child of a journey frame or its centre is on the header, the lane names or outside.
 */
export function cellOfShape(editor: Editor, shapeId: TLShapeId): FrameCellRef | null {
  const shape = editor.getShape(shapeId)
  if (!shape) return null
  const frame = editor.getShape(shape.parentId as TLShapeId)
  if (!isJourneyFrame(frame)) return null
  const box = localBox(editor, shape)
  const cell = frameCellAt(journeyFrameGeometry(frame.props), { x: box.x + box.w / 2, y: box.y + box.h / 2 })
  return cell ? { frameId: frame.id, phaseId: cell.column.phase.id, laneId: cell.row.lane.id } : null
}

/**
 * A frame-local top-left for a new card of `size` in a cell, after the cards already there (see `freeSpotInCell`).
 * Create the card with `parentId: frameId` and this x/y. Null when the frame, phase or lane does not exist.
 */
export function findFreeSpotInCell(
  editor: Editor,
  frameId: TLShapeId,
  phaseId: string,
  laneId: string,
  size: Size,
): { x: number; y: number } | null {
  const frame = editor.getShape(frameId)
  if (!isJourneyFrame(frame)) return null
  const cell = findCellBox(journeyFrameGeometry(frame.props), phaseId, laneId)
  if (!cell) return null
  const occupied = editor
    .getSortedChildIdsForParent(frameId)
    .filter((childId) => {
      const inCell = cellOfShape(editor, childId)
      return inCell?.phaseId === phaseId && inCell.laneId === laneId
    })
    .flatMap((childId) => {
      const child = editor.getShape(childId)
      return child && child.type !== 'arrow' ? [localBox(editor, child)] : []
    })
  return freeSpotInCell(cell, occupied, size)
}
