import { ARROW_DIFF_PLACE } from './handoff/handoffArrow'
import { sammenShapeOf } from './sammenShapes'
import type { DiffPlace } from './shapeDefinition'
import { richTextToPlain } from './board/richTextToPlain'

/** Just what is read of a shape, so callers need no full tldraw record (a store's, a snapshot's, a test's). */
export interface ShapeLike {
  readonly type: string
  readonly props: object
}

/**
 * The agencies a card names, or null for shapes that are not Sammen cards (arrows, text, frames of tldraw). A card
 * without an agency yet gives `[]`: it is a card, and a filter on agencies dims it.
 */
export function agencyIdsOfShape(shape: ShapeLike): string[] | null {
  const agencyIds = sammenShapeOf(shape.type)?.agencyIds
  return agencyIds ? agencyIds(shape.props as never) : null
}

/** The agency ids the board's cards name, in first-seen order, each once. */
export function agencyIdsOnBoard(shapes: Iterable<ShapeLike>): string[] {
  const ids = new Set<string>()
  for (const shape of shapes) for (const id of agencyIdsOfShape(shape) ?? []) ids.add(id)
  return [...ids]
}

/** The plain text of any shape: a Sammen card's own, else tldraw's rich text (notes, geo, text, arrow labels). */
export function textOfShape(shape: ShapeLike): string {
  const definition = sammenShapeOf(shape.type)
  if (definition) return definition.text(shape.props as never)
  return richTextToPlain((shape.props as { richText?: unknown }).richText)
}

/** Where a change to the shape is listed when versions are compared. */
export function diffPlaceOfShape(shape: ShapeLike): DiffPlace {
  const definition = sammenShapeOf(shape.type)
  if (definition) return definition.diffPlace(shape.props as never)
  return shape.type === 'arrow' ? ARROW_DIFF_PLACE : { group: 'other' }
}
