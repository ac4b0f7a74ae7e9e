import { stepSchema } from '@sammen/journey-model'
import type { JourneyReader, PlacedStep } from '../board/journeyDraft'
import { STEP_CARD_TYPE } from './stepCardSchema'

/**
 * A step card is a step when it is a child of a frame, its centre lies in a `steps` lane, and it has text and an
 * agency. Steps are put in journey order: phase, lane, then left to right within the cell.
 */
export const readSteps: JourneyReader = (board, draft) => {
  const placed: (PlacedStep & { x: number })[] = []
  for (const card of board.ofType(STEP_CARD_TYPE)) {
    const cell = draft.cellOf(card)
    if (!cell) draft.leave(card, 'not-in-frame')
    else if (cell.laneKind !== 'steps') draft.leave(card, 'in-emotion-lane')
    else if (card.props.text.trim() === '') draft.leave(card, 'no-text')
    else if (card.props.agencyId === '') draft.leave(card, 'no-agency')
    else {
      const step = draft.accept(
        stepSchema,
        {
          id: card.id,
          text: card.props.text,
          channel: card.props.channel,
          agencyId: card.props.agencyId,
          phaseId: cell.phaseId,
          laneId: cell.laneId,
          emotion: card.props.emotion ?? undefined,
          duration: card.props.duration.trim() === '' ? undefined : card.props.duration.trim(),
        },
        card,
      )
      if (step) {
        draft.useAgency(step.agencyId)
        placed.push({ step, shape: card, cell, x: card.x })
      }
    }
  }
  const phaseOrder = new Map(draft.phases.map((phase, index) => [phase.id, index]))
  const laneOrder = new Map(draft.lanes.map((lane, index) => [lane.id, index]))
  placed.sort(
    (a, b) =>
      (phaseOrder.get(a.step.phaseId) ?? 0) - (phaseOrder.get(b.step.phaseId) ?? 0) ||
      (laneOrder.get(a.step.laneId) ?? 0) - (laneOrder.get(b.step.laneId) ?? 0) ||
      a.x - b.x,
  )
  for (const { step, shape, cell } of placed) draft.placedSteps.push({ step, shape, cell })
}
