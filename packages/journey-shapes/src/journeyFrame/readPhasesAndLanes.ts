import { laneSchema, phaseSchema } from '@sammen/journey-model'
import type { JourneyReader } from '../board/journeyDraft'
import { frameCellAt, journeyFrameGeometry } from './journeyFrameGeometry'
import { JOURNEY_FRAME_TYPE } from './journeyFrameSchema'

/**
 * Journey frames give the phases (columns) and the lanes (rows of kind `steps`), frame after frame in reading order
 * (top to bottom, then left to right), so several frames read as one journey. A card's cell is the one under its
 * centre, in the coordinates of the frame that is its parent.
 */
export const readPhasesAndLanes: JourneyReader = (board, draft) => {
  const frames = board.ofType(JOURNEY_FRAME_TYPE).sort((a, b) => a.y - b.y || a.x - b.x)
  for (const frame of frames) {
    for (const phase of frame.props.phases) {
      const parsed = phaseSchema.safeParse({ id: phase.id, name: phase.name.trim() || '–' })
      if (parsed.success && !draft.frameIdOf.has(phase.id)) {
        draft.phases.push(parsed.data)
        draft.frameIdOf.set(phase.id, frame.id)
      }
    }
    for (const lane of frame.props.lanes) {
      if (lane.kind !== 'steps') continue
      const parsed = laneSchema.safeParse({ id: lane.id, name: lane.name.trim() || '–' })
      if (parsed.success && !draft.frameIdOf.has(lane.id)) {
        draft.lanes.push(parsed.data)
        draft.frameIdOf.set(lane.id, frame.id)
      }
    }
  }
  const geometryOf = new Map(frames.map((frame) => [frame.id as string, journeyFrameGeometry(frame.props)]))
  draft.locateCellsWith((shape) => {
    const geometry = geometryOf.get(shape.parentId as string)
    const cell = geometry ? frameCellAt(geometry, { x: shape.x + shape.props.w / 2, y: shape.y + shape.props.h / 2 }) : null
    return cell ? { phaseId: cell.column.phase.id, laneId: cell.row.lane.id, laneKind: cell.row.lane.kind } : null
  })
}
