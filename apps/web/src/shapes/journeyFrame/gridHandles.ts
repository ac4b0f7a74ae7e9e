import { FRAME_HEADER_H, FRAME_LABEL_W, journeyFrameGeometry, type JourneyFrameProps } from '@sammen/journey-shapes'
import { resizeLane, resizePhase } from './gridEdits'
import { minimumSpan, type PlacedCard } from './relocateCards'

/*
 * The frame's own resize controls on the canvas: one handle on the right border of each column (in the header) and
 * one on the bottom border of each row (in the lane names). Dragging one changes that column's width or row's height
 * only; the frame's size follows. Pure, so the rules are tested without a canvas.
 */

export interface GridHandle {
  id: string
  x: number
  y: number
}

const PHASE_PREFIX = 'phase:'
const LANE_PREFIX = 'lane:'

export function gridHandles(props: JourneyFrameProps): GridHandle[] {
  const { columns, rows } = journeyFrameGeometry(props)
  return [
    ...columns.map((column) => ({ id: `${PHASE_PREFIX}${column.phase.id}`, x: column.x + column.w, y: FRAME_HEADER_H / 2 })),
    ...rows.map((row) => ({ id: `${LANE_PREFIX}${row.lane.id}`, x: FRAME_LABEL_W / 2, y: row.y + row.h })),
  ]
}

/** The props after a handle was dragged to a frame-local point: the column or row ends there (not below its cards). */
export function dragGridHandle(props: JourneyFrameProps, handleId: string, point: { x: number; y: number }, cards: readonly PlacedCard[]): JourneyFrameProps {
  const { columns, rows } = journeyFrameGeometry(props)
  if (handleId.startsWith(PHASE_PREFIX)) {
    const phaseId = handleId.slice(PHASE_PREFIX.length)
    const column = columns.find((candidate) => candidate.phase.id === phaseId)
    if (!column) return props
    return resizePhase(props, phaseId, Math.round(point.x - column.x) - column.w, minimumSpan(props, cards, { phaseId }))
  }
  if (handleId.startsWith(LANE_PREFIX)) {
    const laneId = handleId.slice(LANE_PREFIX.length)
    const row = rows.find((candidate) => candidate.lane.id === laneId)
    if (!row) return props
    return resizeLane(props, laneId, Math.round(point.y - row.y) - row.h, minimumSpan(props, cards, { laneId }))
  }
  return props
}
