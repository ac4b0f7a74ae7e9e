import { opportunitySchema } from '@sammen/journey-model'
import type { JourneyReader } from '../board/journeyDraft'
import { PAIN_POINT_TYPE } from '../painPoint/painPointSchema'
import { OPPORTUNITY_TYPE } from './opportunitySchema'

/** An opportunity with text; arrows to pain points of the journey say which pain points it removes. */
export const readOpportunities: JourneyReader = (board, draft) => {
  const painPointIds = new Set(draft.painPoints.map((painPoint) => painPoint.id as string))
  const links = board.linkedPairs(OPPORTUNITY_TYPE, PAIN_POINT_TYPE)
  for (const card of board.ofType(OPPORTUNITY_TYPE)) {
    if (card.props.text.trim() === '') {
      draft.leave(card, 'no-text')
      continue
    }
    const linked = links.filter(({ a, b }) => a === card.id && painPointIds.has(b)).map(({ b }) => b)
    const opportunity = draft.accept(opportunitySchema, { id: card.id, text: card.props.text, painPointIds: [...new Set(linked)], agencyIds: card.props.agencyIds }, card)
    if (opportunity) {
      opportunity.agencyIds.forEach((id) => draft.useAgency(id))
      draft.opportunities.push(opportunity)
    }
  }
}
