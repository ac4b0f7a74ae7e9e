import type { FrameColumn, FrameRow, JourneyFrameGeometry } from '@sammen/journey-shapes'

/*
 * Pure geometry of the cards inside a journey frame's cells, in frame-local page units: where a cell's usable area
 * is, where a new card fits next to the ones already there, and where a released card snaps to. No editor here,
 * so every rule is unit-tested; `frameCells.ts` feeds it from the editor.
 */

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface Size {
  w: number
  h: number
}

/** Space between a cell's border and the cards in it; cards snap to it. */
export const CELL_PADDING = 24
/** Space between two cards in one cell. */
export const CARD_SPACING = 24

export function cellBox(column: Pick<FrameColumn, 'x' | 'w'>, row: Pick<FrameRow, 'y' | 'h'>): Box {
  return { x: column.x, y: row.y, w: column.w, h: row.h }
}

/** The cell box of a phase × lane in a frame, or null when the frame has no such phase or lane. */
export function findCellBox(geometry: JourneyFrameGeometry, phaseId: string, laneId: string): Box | null {
  const column = geometry.columns.find((candidate) => candidate.phase.id === phaseId)
  const row = geometry.rows.find((candidate) => candidate.lane.id === laneId)
  return column && row ? cellBox(column, row) : null
}

function overlaps(a: Box, b: Box, spacing: number): boolean {
  return a.x < b.x + b.w + spacing && b.x < a.x + a.w + spacing && a.y < b.y + b.h + spacing && b.y < a.y + a.h + spacing
}

/**
 * The top-left corner for a new card in a cell: reading order (left to right, then the next line down) after the
 * cards already there, never on top of one. Candidates are the cell's padded corner and the spots right of and
 * below each card, so cards line up with their neighbours. When the cell is full the card goes below the lowest
 * card (the cell's row may then need to grow; the card still belongs to the cell by its top part only if the
 * caller grows the row).
 */
export function freeSpotInCell(cell: Box, occupied: readonly Box[], size: Size): { x: number; y: number } {
  const left = cell.x + CELL_PADDING
  const top = cell.y + CELL_PADDING
  const right = cell.x + cell.w - CELL_PADDING
  const bottom = cell.y + cell.h - CELL_PADDING
  const candidates = [{ x: left, y: top }]
  for (const box of occupied) {
    candidates.push({ x: box.x + box.w + CARD_SPACING, y: box.y }, { x: left, y: box.y + box.h + CARD_SPACING })
  }
  candidates.sort((a, b) => a.y - b.y || a.x - b.x)
  const isFree = (spot: { x: number; y: number }) =>
    !occupied.some((box) => overlaps({ ...spot, ...size }, box, CARD_SPACING - 1))
  const fitsAcross = (spot: { x: number }) => spot.x === left || spot.x + size.w <= right
  const inside = candidates.find((spot) => fitsAcross(spot) && spot.y + size.h <= bottom && isFree(spot))
  if (inside) return inside
  const lowest = occupied.reduce((max, box) => Math.max(max, box.y + box.h + CARD_SPACING), top)
  return { x: left, y: lowest }
}

/**
 * Where a card released with its top-left at `position` settles in `cell`: inside the padding on every side it
 * can be (a card wider or taller than the cell keeps its top-left padding), so it never covers the header, the
 * lane names or a neighbouring cell's border.
 */
export function snapIntoCell(cell: Box, position: { x: number; y: number }, size: Size): { x: number; y: number } {
  const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)))
  return {
    x: clamp(position.x, cell.x + CELL_PADDING, cell.x + cell.w - CELL_PADDING - size.w),
    y: clamp(position.y, cell.y + CELL_PADDING, cell.y + cell.h - CELL_PADDING - size.h),
  }
}
