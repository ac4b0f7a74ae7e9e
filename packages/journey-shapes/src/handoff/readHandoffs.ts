import { handoffSchema } from '@sammen/journey-model'
import type { JourneyReader } from '../board/journeyDraft'
import { STEP_CARD_TYPE } from '../stepCard/stepCardSchema'
import { handoffInformationItems, readHandoffCarrier } from './handoffArrow'

/**
 * An arrow bound to two steps of different agencies is a handoff: who carries the information is in its meta,
 * the information items are its label split at `,` `;` or new lines.
 */
export const readHandoffs: JourneyReader = (board, draft) => {
  const agencyOfStep = new Map(draft.placedSteps.map(({ step }) => [step.id as string, step.agencyId as string]))
  for (const { arrow, a, b } of board.linkedPairs(STEP_CARD_TYPE, STEP_CARD_TYPE)) {
    if (!agencyOfStep.has(a) || !agencyOfStep.has(b) || a === b) continue
    // An arrow between two steps of one agency is the flow inside that agency, not a handoff between agencies.
    if (agencyOfStep.get(a) === agencyOfStep.get(b)) continue
    const information = handoffInformationItems(board.arrowText(arrow))
    const handoff = draft.accept(handoffSchema, { id: arrow.id, fromStepId: a, toStepId: b, carriedBy: readHandoffCarrier(arrow.meta), information }, arrow)
    if (handoff) draft.handoffs.push(handoff)
  }
}
