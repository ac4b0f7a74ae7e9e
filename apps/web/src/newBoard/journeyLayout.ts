import type { Handoff, Journey, PainPoint, Step } from '@sammen/journey-model'
import { FRAME_HEADER_H, FRAME_LABEL_W, MIN_LANE_H, MIN_PHASE_W, type JourneyFrameLane, type JourneyFrameProps } from '@sammen/journey-shapes'
import { CELL_PADDING } from '../shapes/journeyFrame/cellPlacement'

/*
 * Where each part of a journey goes on a new board: a journey frame whose columns are the phases (time, left to
 * right) and whose rows are the lanes, each step card in its phase × lane cell with its pain points stacked under
 * it, plus an emotion lane when any step has an emotion. Card positions are frame-local (the cards are the frame's
 * children). Pure geometry in page units, so it is tested without a canvas; `layOutJourney` turns it into records.
 */

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface JourneyLayout {
  /** The person's situation, above the frame (page coordinates). */
  situation: Box & { text: string }
  /** The frame's top-left on the page and its phases and lanes. */
  frame: { x: number; y: number; props: JourneyFrameProps }
  /** Frame-local boxes. */
  steps: (Box & { step: Step })[]
  /** Frame-local boxes; pain points tied to a step are under it, others in their phase's first lane after the steps. */
  painPoints: (Box & { painPoint: PainPoint })[]
  handoffs: Handoff[]
  /** Everything, in page coordinates. */
  bounds: Box
}

export interface JourneyLayoutOptions {
  /** The name of the emotion lane (in the board's language). */
  emotionLaneName: string
}

export const CARD_W = 240
export const CARD_H = 148
/** Wide enough for a handoff arrow and its label between two steps side by side. */
const CARD_GAP = 140
/** Between a step and the first pain point under it: they belong together, but the step reads first. */
const PAIN_POINT_GAP = 16
const SITUATION_H = 72
const SECTION_GAP = 24
export const EMOTION_LANE_HEIGHT = 200
const EMOTION_LANE_ID = 'folelser'

export function planJourneyLayout(journey: Journey, { emotionLaneName }: JourneyLayoutOptions): JourneyLayout {
  const stepsInCell = (phaseId: string, laneId: string) => journey.steps.filter((step) => step.phaseId === phaseId && step.laneId === laneId)
  const painPointsUnder = (stepId: string) => journey.painPoints.filter((painPoint) => painPoint.stepId === stepId)
  const stepIds = new Set(journey.steps.map((step) => step.id as string))
  // Not tied to a step on this board: in their phase's column (the first phase if they name none).
  const loose = journey.painPoints.filter((painPoint) => painPoint.stepId === undefined || !stepIds.has(painPoint.stepId))
  const loosePhaseOf = (painPoint: PainPoint) => painPoint.phaseId ?? journey.phases[0]?.id
  const looseLaneId = journey.lanes[0]?.id

  // Column width: the most cards side by side in any of its cells. Loose pain points sit in the first lane, level
  // with the steps, so no step card is above them and they are never read as belonging to one.
  const acrossIn = (phaseId: string, laneId: string) =>
    stepsInCell(phaseId, laneId).length + (laneId === looseLaneId ? loose.filter((painPoint) => loosePhaseOf(painPoint) === phaseId).length : 0)
  const phases = journey.phases.map((phase) => {
    const widest = Math.max(1, ...journey.lanes.map((lane) => acrossIn(phase.id, lane.id)))
    return { id: phase.id as string, name: phase.name, w: Math.max(MIN_PHASE_W, 2 * CELL_PADDING + widest * CARD_W + (widest - 1) * CARD_GAP) }
  })
  // Row height: a step and the tallest stack of pain points under any step in the lane.
  const cardLanes: JourneyFrameLane[] = journey.lanes.map((lane) => {
    const deepest = Math.max(0, ...journey.steps.filter((step) => step.laneId === lane.id).map((step) => painPointsUnder(step.id).length))
    const h = Math.max(MIN_LANE_H, 2 * CELL_PADDING + CARD_H + deepest * (CARD_H + PAIN_POINT_GAP))
    return { id: lane.id as string, name: lane.name, h, kind: 'steps' }
  })
  const lanes = [...cardLanes]
  if (journey.steps.some((step) => step.emotion !== undefined)) {
    const taken = new Set(lanes.map((lane) => lane.id))
    let id = EMOTION_LANE_ID
    for (let n = 2; taken.has(id); n++) id = `${EMOTION_LANE_ID}-${n}`
    // Right under what the person does: how it felt reads next to what happened.
    lanes.splice(Math.min(1, lanes.length), 0, { id, name: emotionLaneName, h: EMOTION_LANE_HEIGHT, kind: 'emotion' })
  }

  const columnX = new Map<string, number>()
  let x = FRAME_LABEL_W
  for (const phase of phases) {
    columnX.set(phase.id, x)
    x += phase.w
  }
  const rowY = new Map<string, number>()
  let y = FRAME_HEADER_H
  for (const lane of lanes) {
    rowY.set(lane.id, y)
    y += lane.h
  }

  const steps: JourneyLayout['steps'] = []
  const painPoints: JourneyLayout['painPoints'] = []
  for (const phase of journey.phases) {
    for (const lane of journey.lanes) {
      const cellX = columnX.get(phase.id)! + CELL_PADDING
      const cellY = rowY.get(lane.id)! + CELL_PADDING
      const inCell = stepsInCell(phase.id, lane.id)
      inCell.forEach((step, position) => {
        const cardX = cellX + position * (CARD_W + CARD_GAP)
        steps.push({ step, x: cardX, y: cellY, w: CARD_W, h: CARD_H })
        painPointsUnder(step.id).forEach((painPoint, depth) => {
          painPoints.push({ painPoint, x: cardX, y: cellY + (depth + 1) * (CARD_H + PAIN_POINT_GAP), w: CARD_W, h: CARD_H })
        })
      })
      if (lane.id !== looseLaneId) continue
      loose
        .filter((painPoint) => loosePhaseOf(painPoint) === phase.id)
        .forEach((painPoint, position) => {
          painPoints.push({ painPoint, x: cellX + (inCell.length + position) * (CARD_W + CARD_GAP), y: cellY, w: CARD_W, h: CARD_H })
        })
    }
  }

  const frameY = SITUATION_H + SECTION_GAP
  return {
    situation: { text: journey.situation, x: 0, y: 0, w: x, h: SITUATION_H },
    frame: { x: 0, y: frameY, props: { phases, lanes } },
    steps,
    painPoints,
    handoffs: journey.handoffs.filter((handoff) => stepIds.has(handoff.fromStepId) && stepIds.has(handoff.toStepId)),
    bounds: { x: 0, y: 0, w: x, h: frameY + y },
  }
}
