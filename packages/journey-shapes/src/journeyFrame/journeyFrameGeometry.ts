import type { JourneyFrameLane, JourneyFramePhase, JourneyFrameProps } from './journeyFrameSchema'

/** Width of the lane-name column at the frame's left edge. */
export const FRAME_LABEL_W = 200
/** Height of the phase-name row at the frame's top edge. */
export const FRAME_HEADER_H = 84

export interface FrameColumn {
  phase: JourneyFramePhase
  index: number
  /** Frame-local x of the column's left edge. */
  x: number
  w: number
}

export interface FrameRow {
  lane: JourneyFrameLane
  index: number
  /** Frame-local y of the row's top edge. */
  y: number
  h: number
}

export interface JourneyFrameGeometry {
  w: number
  h: number
  columns: FrameColumn[]
  rows: FrameRow[]
}

/** Where each column and row of a frame is, in the frame's own coordinates (its top-left corner is 0,0). */
export function journeyFrameGeometry({ phases, lanes }: JourneyFrameProps): JourneyFrameGeometry {
  let x = FRAME_LABEL_W
  const columns = phases.map((phase, index) => {
    const column = { phase, index, x, w: phase.w }
    x += phase.w
    return column
  })
  let y = FRAME_HEADER_H
  const rows = lanes.map((lane, index) => {
    const row = { lane, index, y, h: lane.h }
    y += lane.h
    return row
  })
  return { w: x, h: y, columns, rows }
}

export interface FrameCell {
  column: FrameColumn
  row: FrameRow
}

/**
 * The cell under a frame-local point, or null outside the grid (the header, the lane names, or beyond the edges).
 * Edges belong to the column or row that starts there.
 */
export function frameCellAt(geometry: JourneyFrameGeometry, point: { x: number; y: number }): FrameCell | null {
  const column = geometry.columns.find((candidate) => point.x >= candidate.x && point.x < candidate.x + candidate.w)
  const row = geometry.rows.find((candidate) => point.y >= candidate.y && point.y < candidate.y + candidate.h)
  return column && row ? { column, row } : null
}
