import { actorRelationSchema, actorSchema } from '@sammen/journey-model'
import type { JourneyReader } from '../board/journeyDraft'
import { ACTOR_TYPE } from './actorSchema'

/** An actor stands for an agency or has a name of its own. */
export const readActors: JourneyReader = (board, draft) => {
  for (const card of board.ofType(ACTOR_TYPE)) {
    const { agencyId, name, interest, influence, informationNeeds, followUp } = card.props
    if (agencyId === '' && name.trim() === '') {
      draft.leave(card, 'no-agency')
      continue
    }
    const actor = draft.accept(
      actorSchema,
      { id: card.id, agencyId: agencyId || undefined, name: name.trim() || undefined, interest, influence, informationNeeds, followUp },
      card,
    )
    if (actor) {
      if (actor.agencyId) draft.useAgency(actor.agencyId)
      draft.actors.push(actor)
    }
  }
}

/** Arrows between two actors are relations, labelled by their text. */
export const readRelations: JourneyReader = (board, draft) => {
  const actorIds = new Set(draft.actors.map((actor) => actor.id as string))
  for (const { arrow, a, b } of board.linkedPairs(ACTOR_TYPE, ACTOR_TYPE)) {
    if (!actorIds.has(a) || !actorIds.has(b)) continue
    const relation = draft.accept(actorRelationSchema, { id: arrow.id, fromActorId: a, toActorId: b, label: board.arrowText(arrow) || '–' }, arrow)
    if (relation) draft.relations.push(relation)
  }
}
