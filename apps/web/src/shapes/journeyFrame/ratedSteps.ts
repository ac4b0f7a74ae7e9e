import { frameCellAt, journeyFrameGeometry, STEP_CARD_TYPE, type JourneyFrameShape, type StepCardShape } from '@sammen/journey-shapes'
import type { Editor } from 'tldraw'
import type { RatedStep } from './emotionCurve'

/** The frame's step cards that sit in one of its card lanes, as points for the emotion curve (x of the card's centre). */
export function ratedStepsOf(editor: Editor, shape: JourneyFrameShape): RatedStep[] {
  const geometry = journeyFrameGeometry(shape.props)
  // No emotion lane, no curve: skip the walk over every card on each drag frame.
  if (!geometry.rows.some((row) => row.lane.kind === 'emotion')) return []
  return editor.getSortedChildIdsForParent(shape.id).flatMap((id) => {
    const child = editor.getShape(id)
    if (child?.type !== STEP_CARD_TYPE) return []
    const card = child as StepCardShape
    const centre = { x: card.x + card.props.w / 2, y: card.y + card.props.h / 2 }
    const cell = frameCellAt(geometry, centre)
    return cell && cell.row.lane.kind === 'steps' ? [{ x: centre.x, emotion: card.props.emotion }] : []
  })
}
