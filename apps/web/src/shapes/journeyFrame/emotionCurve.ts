import type { StepCardEmotion } from '@sammen/journey-shapes'

/*
 * The emotion curve of an 'emotion' lane: one point per step card, left to right, its height from the step's
 * emotion (+2 at the top, −2 at the bottom). A step nobody has rated breaks the line, so the curve never
 * pretends to know how that part of the journey felt.
 */

export interface RatedStep {
  /** Frame-local x of the card's centre. */
  x: number
  emotion: StepCardEmotion | null
}

export interface CurvePoint {
  x: number
  y: number
  emotion: StepCardEmotion
}

/** Space above +2 and below −2 inside the lane, so the markers are not cut by the row's border. */
export const CURVE_PADDING = 28

export function emotionY(emotion: number, row: { y: number; h: number }): number {
  const top = row.y + CURVE_PADDING
  const span = Math.max(0, row.h - 2 * CURVE_PADDING)
  return top + ((2 - emotion) / 4) * span
}

/** Steps in one column of different lanes often share an x; their markers are spread this far apart. */
export const MARKER_SPACING = 40

/** Runs of consecutive rated steps (in x order); each run is drawn as one polyline. */
export function emotionCurve(steps: readonly RatedStep[], row: { y: number; h: number }): CurvePoint[][] {
  const runs: CurvePoint[][] = []
  let current: CurvePoint[] = []
  let lastX = -Infinity
  for (const step of [...steps].sort((a, b) => a.x - b.x)) {
    // Spread steps that share an x, so the line moves forward instead of straight up and down.
    const x = Math.max(step.x, lastX + MARKER_SPACING)
    lastX = x
    if (step.emotion === null) {
      if (current.length > 0) runs.push(current)
      current = []
      continue
    }
    current.push({ x, y: emotionY(step.emotion, row), emotion: step.emotion })
  }
  if (current.length > 0) runs.push(current)
  return runs
}
