import { painPointSchema } from '@sammen/journey-model'
import type { JourneyReader } from '../board/journeyDraft'
import { STEP_CARD_TYPE, type StepCardShape } from '../stepCard/stepCardSchema'
import { PAIN_POINT_TYPE } from './painPointSchema'

/**
 * A pain point belongs to the step an arrow binds it to, else to the nearest step card above it in the same cell
 * (the layout puts pain points under their step, in its lane). An arrow to a step card that is not (yet) a step of
 * the journey still says which step is meant: no guessing by position. Its phase is its step's, else its column's;
 * outside a frame it has neither.
 */
export const readPainPoints: JourneyReader = (board, draft) => {
  const stepOfPainPoint = new Map(board.linkedPairs(PAIN_POINT_TYPE, STEP_CARD_TYPE).map(({ a, b }) => [a, b]))
  const phaseOfStep = new Map(draft.placedSteps.map(({ step }) => [step.id as string, step.phaseId]))
  for (const card of board.ofType(PAIN_POINT_TYPE)) {
    if (card.props.text.trim() === '') {
      draft.leave(card, 'no-text')
      continue
    }
    const cell = draft.cellOf(card)
    const linkedStepId = stepOfPainPoint.get(card.id)
    let stepId = linkedStepId && phaseOfStep.has(linkedStepId) ? linkedStepId : undefined
    if (!linkedStepId && cell) {
      const above = draft.placedSteps
        .filter(({ shape, cell: stepCell }) => {
          const step = shape as StepCardShape
          return (
            step.parentId === card.parentId &&
            stepCell.phaseId === cell.phaseId &&
            stepCell.laneId === cell.laneId &&
            step.y < card.y &&
            step.x < card.x + card.props.w &&
            card.x < step.x + step.props.w
          )
        })
        .sort((a, b) => b.shape.y - a.shape.y)[0]
      stepId = above?.step.id
    }
    const stepPhase = stepId ? phaseOfStep.get(stepId) : undefined
    const painPoint = draft.accept(
      painPointSchema,
      {
        id: card.id,
        text: card.props.text,
        agencyId: card.props.ownerAgencyId,
        severity: card.props.severity,
        category: card.props.category,
        stepId,
        phaseId: stepPhase ?? cell?.phaseId,
      },
      card,
    )
    if (painPoint) {
      draft.useAgency(painPoint.agencyId)
      draft.painPoints.push(painPoint)
    }
  }
}
