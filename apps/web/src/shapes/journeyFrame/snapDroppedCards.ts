import { frameCellAt, journeyFrameGeometry, JOURNEY_FRAME_TYPE, type JourneyFrameGeometry, type JourneyFrameShape } from '@sammen/journey-shapes'
import type { Editor, TLShape, TLShapePartial } from 'tldraw'
import { localBox } from './frameCells'
import { cellBox, snapIntoCell, type Box } from './cellPlacement'

/**
 * Shapes a journey frame takes in as children: cards, notes, text, pictures. Not other frames (a grid inside a grid
 * reads as nothing), and not arrows, which follow their bound cards and would be moved twice.
 */
const NOT_CHILDREN = new Set<string>([JOURNEY_FRAME_TYPE, 'frame', 'arrow', 'group'])

export function acceptsCard(type: string): boolean {
  return !NOT_CHILDREN.has(type)
}

/**
 * The cell a card released at `box` settles in: the cell under its centre; from the header or the lane names, the
 * nearest cell; from an emotion lane (which holds no cards), the nearest card lane.
 */
export function targetCell(geometry: JourneyFrameGeometry, box: Box): Box | null {
  const last = <T>(items: readonly T[]) => items[items.length - 1]
  const firstColumn = geometry.columns[0]
  const lastColumn = last(geometry.columns)
  const cardRows = geometry.rows.filter((row) => row.lane.kind === 'steps')
  if (!firstColumn || !lastColumn || cardRows.length === 0) return null
  const centre = { x: box.x + box.w / 2, y: box.y + box.h / 2 }
  const x = Math.min(Math.max(centre.x, firstColumn.x), lastColumn.x + lastColumn.w - 1)
  const column = frameCellAt(geometry, { x, y: geometry.rows[0]!.y })?.column ?? firstColumn
  const distance = (row: { y: number; h: number }) => (centre.y < row.y ? row.y - centre.y : centre.y >= row.y + row.h ? centre.y - (row.y + row.h - 1) : 0)
  const row = [...cardRows].sort((a, b) => distance(a) - distance(b))[0]!
  return cellBox(column, row)
}

/** After a drop on the frame: every card of the frame among the dropped shapes settles inside its cell's padding. */
export function snapDroppedCards(editor: Editor, frame: JourneyFrameShape, dropped: readonly TLShape[]): void {
  const geometry = journeyFrameGeometry(frame.props)
  const updates: TLShapePartial[] = []
  for (const { id } of dropped) {
    const card = editor.getShape(id)
    if (!card || card.parentId !== frame.id || !acceptsCard(card.type)) continue
    const box = localBox(editor, card)
    const cell = targetCell(geometry, box)
    if (!cell) continue
    const spot = snapIntoCell(cell, box, box)
    if (spot.x !== box.x || spot.y !== box.y) updates.push({ id: card.id, type: card.type, x: card.x + spot.x - box.x, y: card.y + spot.y - box.y })
  }
  if (updates.length > 0) editor.updateShapes(updates)
}
