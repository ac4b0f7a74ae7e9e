import { agencyIdsOfShape, type ShapeLike } from '@sammen/journey-shapes'

/** The value of a card view's `data-agency-ids` attribute, which the agency filter's CSS matches word by word. */
export function agencyIdsAttribute(shape: ShapeLike): string {
  return (agencyIdsOfShape(shape) ?? []).join(' ')
}
