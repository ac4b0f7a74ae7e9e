import { frameCellAt, journeyFrameGeometry, type JourneyFrameProps } from '@sammen/journey-shapes'
import { CELL_PADDING, cellBox, snapIntoCell, type Box } from './cellPlacement'

/*
 * When the grid changes (a column wider, a phase moved, a lane removed), every card keeps its cell: it moves by
 * as much as its cell's corner moved, so its place inside the cell stays the same. Pure, so reordering and
 * resizing are tested without a canvas.
 */

export interface PlacedCard {
  id: string
  box: Box
}

/** The frame-local top-left each card should have after the grid changes from `before` to `after`. */
export function relocateCards(before: JourneyFrameProps, after: JourneyFrameProps, cards: readonly PlacedCard[]): { id: string; x: number; y: number }[] {
  const from = journeyFrameGeometry(before)
  const to = journeyFrameGeometry(after)
  const moves: { id: string; x: number; y: number }[] = []
  for (const { id, box } of cards) {
    const cell = frameCellAt(from, { x: box.x + box.w / 2, y: box.y + box.h / 2 })
    if (!cell) continue
    const column = to.columns.find((candidate) => candidate.phase.id === cell.column.phase.id)
    const row = to.rows.find((candidate) => candidate.lane.id === cell.row.lane.id)
    if (!column || !row) continue
    const moved = { x: box.x + column.x - cell.column.x, y: box.y + row.y - cell.row.y }
    const settled = snapIntoCell(cellBox(column, row), moved, box)
    if (settled.x !== box.x || settled.y !== box.y) moves.push({ id, ...settled })
  }
  return moves
}

/** The cards whose centre is in a phase's column (or a lane's row). */
export function cardsInGridItem(props: JourneyFrameProps, cards: readonly PlacedCard[], item: { phaseId: string } | { laneId: string }): PlacedCard[] {
  const geometry = journeyFrameGeometry(props)
  return cards.filter(({ box }) => {
    const cell = frameCellAt(geometry, { x: box.x + box.w / 2, y: box.y + box.h / 2 })
    if (!cell) return false
    return 'phaseId' in item ? cell.column.phase.id === item.phaseId : cell.row.lane.id === item.laneId
  })
}

/** The narrowest a column (or lowest a row) can be and still hold its widest (tallest) card inside the padding. */
export function minimumSpan(props: JourneyFrameProps, cards: readonly PlacedCard[], item: { phaseId: string } | { laneId: string }): number {
  const inside = cardsInGridItem(props, cards, item)
  return inside.reduce((min, { box }) => Math.max(min, ('phaseId' in item ? box.w : box.h) + 2 * CELL_PADDING), 0)
}

/**
 * Frame-local spots for cards that leave the frame (their phase or lane is removed but the cards are kept): a
 * tidy column of rows right of the frame, from `startY` (below what already stands there), so nothing lands on
 * top of other cards.
 */
export function spotsBesideFrame(props: JourneyFrameProps, cards: readonly PlacedCard[], startY = 0, gap = 80): { id: string; x: number; y: number }[] {
  const { w } = journeyFrameGeometry(props)
  let y = startY
  return cards.map(({ id, box }) => {
    const spot = { id, x: w + gap, y }
    y += box.h + CELL_PADDING
    return spot
  })
}
