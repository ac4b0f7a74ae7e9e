import { frameCellAt, journeyFrameGeometry, type JourneyFrameProps } from '@sammen/journey-shapes'
import { CELL_PADDING, type Box } from './cellPlacement'
import { relocateCards, type PlacedCard } from './relocateCards'

/*
 * A card in a frame grew (its text got longer): the cards stacked under it in its cell move down, its lane grows
 * to hold them, and the lanes below move down with their cards (relocateCards). Pure and idempotent: applied to
 * a board that already made room it changes nothing, so running it again (redo, a second fitting pass, two peers
 * fitting the same old board) never pushes cards twice.
 */

/** The least space kept between a grown card and a card stacked under it (the template's pain point gap). */
export const STACK_GAP = 16

export interface RoomForCard {
  props: JourneyFrameProps
  moves: { id: string; x: number; y: number }[]
}

/** A card is in the cell its top-centre is in: a grown card's centre may already lie in the next lane, its top never. */
const topCentre = (box: Box) => ({ x: box.x + box.w / 2, y: box.y })
const acrossOverlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w

/** `grown.before` is the card's box before it grew; `cards` are the frame's cards with their current boxes. */
export function makeRoomForCard(props: JourneyFrameProps, cards: readonly PlacedCard[], grown: { id: string; before: Box; after: Box }): RoomForCard {
  const geometry = journeyFrameGeometry(props)
  const cell = frameCellAt(geometry, topCentre(grown.before))
  if (!cell) return { props, moves: [] }
  const others = cards.filter(({ id }) => id !== grown.id)
  const cellOf = (box: Box) => frameCellAt(geometry, topCentre(box))
  const inRow = others.filter(({ box }) => cellOf(box)?.row.lane.id === cell.row.lane.id)
  const inCell = inRow.filter(({ box }) => cellOf(box)?.column.phase.id === cell.column.phase.id)

  // Push down, in reading order, the cards that were under the grown one, and the cards under those in turn.
  const moved = new Map<string, Box>()
  const placed: Box[] = [grown.after]
  const below = inCell.filter(({ box }) => box.y >= grown.before.y + grown.before.h - 0.5).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)
  for (const { id, box } of below) {
    const required = placed.reduce((top, over) => (acrossOverlap(over, box) ? Math.max(top, over.y + over.h + STACK_GAP) : top), -Infinity)
    const settled = box.y < required ? { ...box, y: required } : box
    if (settled !== box) moved.set(id, settled)
    placed.push(settled)
  }
  const moves = [...moved].map(([id, box]) => ({ id, x: box.x, y: box.y }))

  const bottom = [grown.after, ...inRow.map(({ id, box }) => moved.get(id) ?? box)].reduce((max, box) => Math.max(max, box.y + box.h), 0)
  const laneH = Math.ceil(bottom + CELL_PADDING - cell.row.y)
  if (laneH <= cell.row.h) return { props, moves }

  const next: JourneyFrameProps = { ...props, lanes: props.lanes.map((lane) => (lane.id === cell.row.lane.id ? { ...lane, h: laneH } : lane)) }
  // Cards of the grown lane stay where they are (their cell's corner does not move); everything below follows its cell.
  const inRowIds = new Set(inRow.map(({ id }) => id))
  return { props: next, moves: [...moves, ...relocateCards(props, next, others.filter(({ id }) => !inRowIds.has(id)))] }
}

/**
 * The lanes that do not hold their cards: a card reaches below the lane its top is in, into the next one (a card
 * merely closer to the border than the padding, placed so by hand, is left alone). That happens when a growth was
 * lost: two people grew two lanes of one frame at once, or one renamed a lane while another's card grew (the
 * lanes are one field, the last write wins). `makeRoomForCard` from the top of each card of such a lane
 * (`topOf`), top to bottom, repairs it.
 */
export function lanesOutgrown(props: JourneyFrameProps, cards: readonly PlacedCard[]): Set<string> {
  const geometry = journeyFrameGeometry(props)
  const lanes = new Set<string>()
  for (const { box } of cards) {
    const row = frameCellAt(geometry, topCentre(box))?.row
    if (row && box.y + box.h > row.y + row.h + 0.5) lanes.add(row.lane.id)
  }
  return lanes
}

/** The lane a card is in (by its top-centre, as makeRoomForCard reads it), or null outside the grid. */
export function laneIdOf(props: JourneyFrameProps, box: Box): string | null {
  return frameCellAt(journeyFrameGeometry(props), topCentre(box))?.row.lane.id ?? null
}

/** The top edge of a card, as `makeRoomForCard`'s "before": its cell is the one its top is in. */
export function topOf(box: Box): Box {
  return { ...box, h: 0 }
}
