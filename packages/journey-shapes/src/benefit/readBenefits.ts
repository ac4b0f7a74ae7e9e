import { benefitSchema, PERSON } from '@sammen/journey-model'
import type { JourneyReader } from '../board/journeyDraft'
import { BENEFIT_TYPE } from './benefitSchema'

/** A benefit needs text, where it lands (an agency or the person) and at least one contributing agency. */
export const readBenefits: JourneyReader = (board, draft) => {
  for (const card of board.ofType(BENEFIT_TYPE)) {
    if (card.props.text.trim() === '') draft.leave(card, 'no-text')
    else if (card.props.landsWith === '') draft.leave(card, 'no-beneficiary')
    else if (card.props.contributorIds.length === 0) draft.leave(card, 'no-contributor')
    else {
      const benefit = draft.accept(benefitSchema, { id: card.id, text: card.props.text, landsWith: card.props.landsWith, contributors: card.props.contributorIds }, card)
      if (benefit) {
        if (benefit.landsWith !== PERSON) draft.useAgency(benefit.landsWith)
        benefit.contributors.forEach((id) => draft.useAgency(id))
        draft.benefits.push(benefit)
      }
    }
  }
}
