import { PERSON } from '@sammen/journey-model'
import { ACTOR_TYPE, BENEFIT_TYPE, OPPORTUNITY_TYPE, PAIN_POINT_TYPE, STEP_CARD_TYPE } from '@sammen/journey-shapes'

/** Just what is read of a shape, so tests and callers need no full tldraw record. */
export interface ShapeLike {
  type: string
  props: object
}

/**
 * The agencies a card belongs to, or null for shapes that are not agency cards (arrows, text, frames). A card
 * without an agency yet gives `[]`: it is a card, and a filter on agencies dims it.
 */
export function agencyIdsOfCard(shape: ShapeLike): string[] | null {
  const props = shape.props as Record<string, unknown>
  const ids = (...values: unknown[]) => [
    ...new Set(values.flat().filter((value): value is string => typeof value === 'string' && value !== '' && value !== PERSON)),
  ]
  switch (shape.type) {
    case STEP_CARD_TYPE:
      return ids(props.agencyId)
    case PAIN_POINT_TYPE:
      return ids(props.ownerAgencyId)
    case OPPORTUNITY_TYPE:
      return ids(props.agencyIds)
    case BENEFIT_TYPE:
      return ids(props.landsWith, props.contributorIds)
    case ACTOR_TYPE:
      return ids(props.agencyId)
    default:
      return null
  }
}

/** The value of a card view's `data-agency-ids` attribute, which the agency filter's CSS matches word by word. */
export function agencyIdsAttribute(shape: ShapeLike): string {
  return (agencyIdsOfCard(shape) ?? []).join(' ')
}
