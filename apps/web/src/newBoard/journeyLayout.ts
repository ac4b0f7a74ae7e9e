import type { Handoff, Journey, Lane, PainPoint, Phase, Step } from '@sammen/journey-model'

/*
 * Where each part of a journey goes on a new board: a grid of phase columns (time, left to right) and lane rows,
 * each step card in its phase × lane cell, its pain points stacked under it. Pure geometry in page units, so it
 * can be tested without a canvas; `layOutJourney` turns it into tldraw shapes.
 */

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface JourneyLayout {
  situation: Box & { text: string }
  phaseHeaders: (Box & { phase: Phase })[]
  /** One row per lane, spanning the whole width; `label` is the box at the left that names it. */
  lanes: { lane: Lane; row: Box; label: Box }[]
  /** Pain points not tied to a step sit in their phase's column in an extra row at the bottom. */
  looseRow: { row: Box; label: Box } | null
  steps: (Box & { step: Step })[]
  painPoints: (Box & { painPoint: PainPoint })[]
  handoffs: Handoff[]
  bounds: Box
}

export const CARD_W = 240
export const CARD_H = 148
/** Wide enough for a handoff arrow and its label between two steps side by side. */
const CARD_GAP = 140
/** Between a step and the first pain point under it: they belong together, but the step reads first. */
const PAIN_POINT_GAP = 16
const CELL_PADDING = 28
const LANE_LABEL_W = 200
const COLUMN_GAP = 12
const ROW_GAP = 12
const SITUATION_H = 72
const HEADER_H = 84
const SECTION_GAP = 24

export function planJourneyLayout(journey: Journey): JourneyLayout {
  const stepsInCell = (phaseId: string, laneId: string) =>
    journey.steps.filter((step) => step.phaseId === phaseId && step.laneId === laneId)
  const painPointsUnder = (stepId: string) => journey.painPoints.filter((painPoint) => painPoint.stepId === stepId)
  const loosePainPoints = journey.painPoints.filter((painPoint) => painPoint.stepId === undefined)
  const loosePhaseOf = (painPoint: PainPoint) => painPoint.phaseId ?? journey.phases[0]?.id

  // Column width: the most cards side by side in any of its cells (steps, or loose pain points).
  const columnWidths = journey.phases.map((phase) => {
    const widest = Math.max(
      1,
      ...journey.lanes.map((lane) => stepsInCell(phase.id, lane.id).length),
      loosePainPoints.filter((painPoint) => loosePhaseOf(painPoint) === phase.id).length,
    )
    return 2 * CELL_PADDING + widest * CARD_W + (widest - 1) * CARD_GAP
  })
  // Row height: a step and the tallest stack of pain points under any step in the lane.
  const rowHeights = journey.lanes.map((lane) => {
    const deepest = Math.max(
      0,
      ...journey.steps.filter((step) => step.laneId === lane.id).map((step) => painPointsUnder(step.id).length),
    )
    return 2 * CELL_PADDING + CARD_H + deepest * (CARD_H + PAIN_POINT_GAP)
  })

  const gridX = LANE_LABEL_W + COLUMN_GAP
  const columnX: number[] = []
  let x = gridX
  for (const width of columnWidths) {
    columnX.push(x)
    x += width + COLUMN_GAP
  }
  const gridRight = Math.max(x - COLUMN_GAP, gridX + CARD_W)
  const headerY = SITUATION_H + SECTION_GAP
  const phaseHeaders = journey.phases.map((phase, index) => ({
    phase,
    x: columnX[index]!,
    y: headerY,
    w: columnWidths[index]!,
    h: HEADER_H,
  }))

  let y = headerY + HEADER_H + ROW_GAP
  const lanes: JourneyLayout['lanes'] = []
  const steps: JourneyLayout['steps'] = []
  const painPoints: JourneyLayout['painPoints'] = []
  journey.lanes.forEach((lane, laneIndex) => {
    const height = rowHeights[laneIndex]!
    lanes.push({ lane, row: { x: 0, y, w: gridRight, h: height }, label: { x: 0, y, w: LANE_LABEL_W, h: height } })
    journey.phases.forEach((phase, phaseIndex) => {
      stepsInCell(phase.id, lane.id).forEach((step, position) => {
        const cardX = columnX[phaseIndex]! + CELL_PADDING + position * (CARD_W + CARD_GAP)
        const cardY = y + CELL_PADDING
        steps.push({ step, x: cardX, y: cardY, w: CARD_W, h: CARD_H })
        painPointsUnder(step.id).forEach((painPoint, depth) => {
          const painPointY = cardY + CARD_H + PAIN_POINT_GAP + depth * (CARD_H + PAIN_POINT_GAP)
          painPoints.push({ painPoint, x: cardX, y: painPointY, w: CARD_W, h: CARD_H })
        })
      })
    })
    y += height + ROW_GAP
  })

  let looseRow: JourneyLayout['looseRow'] = null
  if (loosePainPoints.length > 0) {
    const height = 2 * CELL_PADDING + CARD_H
    looseRow = { row: { x: 0, y, w: gridRight, h: height }, label: { x: 0, y, w: LANE_LABEL_W, h: height } }
    journey.phases.forEach((phase, phaseIndex) => {
      loosePainPoints
        .filter((painPoint) => loosePhaseOf(painPoint) === phase.id)
        .forEach((painPoint, position) => {
          const cardX = columnX[phaseIndex]! + CELL_PADDING + position * (CARD_W + CARD_GAP)
          painPoints.push({ painPoint, x: cardX, y: y + CELL_PADDING, w: CARD_W, h: CARD_H })
        })
    })
    y += height + ROW_GAP
  }

  return {
    situation: { text: journey.situation, x: 0, y: 0, w: gridRight, h: SITUATION_H },
    phaseHeaders,
    lanes,
    looseRow,
    steps,
    painPoints,
    handoffs: journey.handoffs,
    bounds: { x: 0, y: 0, w: gridRight, h: y - ROW_GAP },
  }
}
