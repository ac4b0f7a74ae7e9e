import type { Agency, Channel, PainPointCategory, Severity } from '@sammen/journey-model'
import {
  boardToJourney,
  frameCellAt,
  journeyFrameGeometry,
  JOURNEY_FRAME_TYPE,
  PAIN_POINT_TYPE,
  readBoardJourneyMeta,
  STEP_CARD_TYPE,
  type JourneyFrameShape,
  type LeftOutReason,
  type PainPointShape,
  type StepCardEmotion,
  type StepCardShape,
} from '@sammen/journey-shapes'
import type { TLRecord, TLShape, TLShapeId } from 'tldraw'

/*
 * The outline is the journey as boardToJourney reads it, grouped for reading: phase → lane → steps → their pain
 * points. Pure, so the grouping is unit-tested; the view only renders it.
 */

export interface OutlinePainPoint {
  id: TLShapeId
  text: string
  ownerAgencyId: string
  severity: Severity
  category: PainPointCategory
}

/** Why a step card in a cell is not part of the journey yet: it is still shown in its cell, to be completed here. */
export type IncompleteStepReason = 'no-text' | 'no-agency'

export interface OutlineStep {
  id: TLShapeId
  text: string
  agencyId: string
  channel: Channel
  emotion: StepCardEmotion | null
  duration: string
  incomplete: IncompleteStepReason | null
  painPoints: OutlinePainPoint[]
}

export interface OutlineLane {
  id: string
  name: string
  steps: OutlineStep[]
}

export interface OutlinePhase {
  id: string
  name: string
  frameId: TLShapeId
  lanes: OutlineLane[]
  /** Pain points in this phase's column that no step card is above and no arrow links to a step. */
  painPointsWithoutStep: OutlinePainPoint[]
}

export interface OutlineLeftOutCard {
  shapeId: TLShapeId
  type: string
  reason: LeftOutReason
  text: string
}

export interface Outline {
  lifeEventName: string
  situation: string
  /** The board's own agencies (chosen for it or added by people), in the board's order: offered first. */
  boardAgencies: Agency[]
  phases: OutlinePhase[]
  /** Valid pain points that belong to no phase (e.g. placed outside every frame). */
  painPointsWithoutPhase: OutlinePainPoint[]
  /** Cards on the board that neither the journey nor the outline's cells hold, with the reason. */
  leftOut: OutlineLeftOutCard[]
}

export function readOutline(records: Iterable<TLRecord>): Outline {
  const all = [...records]
  const board = boardToJourney(all)
  const { journey } = board
  const shapes = new Map<string, TLShape>()
  let documentMeta: unknown = {}
  for (const record of all) {
    if (record.typeName === 'shape') shapes.set(record.id, record)
    else if (record.typeName === 'document') documentMeta = record.meta
  }
  // The situation as written (boardToJourney falls back to the title for reports; the field shows what is there).
  const meta = readBoardJourneyMeta(documentMeta)

  const painPointOf = (id: string): OutlinePainPoint | null => {
    const shape = shapes.get(id)
    if (shape?.type !== PAIN_POINT_TYPE) return null
    const { text, ownerAgencyId, severity, category } = (shape as PainPointShape).props
    return { id: shape.id, text, ownerAgencyId, severity, category }
  }
  const stepOf = (shape: StepCardShape, incomplete: IncompleteStepReason | null): OutlineStep => {
    const { text, agencyId, channel, emotion, duration } = shape.props
    return { id: shape.id, text, agencyId, channel, emotion, duration, incomplete, painPoints: [] }
  }

  const phases: OutlinePhase[] = journey.phases.map((phase) => {
    const frameId = board.frameIdOf.get(phase.id) as TLShapeId
    const frame = shapes.get(frameId) as JourneyFrameShape | undefined
    const lanes = (frame?.props.lanes ?? [])
      .filter((lane) => lane.kind === 'steps' && board.frameIdOf.get(lane.id) === frameId)
      .map((lane) => ({ id: lane.id, name: lane.name, steps: [] as OutlineStep[] }))
    const frameName = frame?.props.phases.find((candidate) => candidate.id === phase.id)?.name ?? phase.name
    return { id: phase.id, name: frameName, frameId, lanes, painPointsWithoutStep: [] }
  })
  const laneOf = (phaseId: string, laneId: string) =>
    phases.find((phase) => phase.id === phaseId)?.lanes.find((lane) => lane.id === laneId)

  // Steps in journey order, plus step cards that sit in a cell but are not complete yet, in their cell by x.
  const placed: { step: OutlineStep; lane: OutlineLane; x: number }[] = []
  const stepsById = new Map<string, OutlineStep>()
  for (const step of journey.steps) {
    const shape = shapes.get(step.id) as StepCardShape | undefined
    const lane = laneOf(step.phaseId, step.laneId)
    if (!shape || !lane) continue
    const outlineStep = stepOf(shape, null)
    stepsById.set(shape.id, outlineStep)
    placed.push({ step: outlineStep, lane, x: shape.x })
  }
  const shownInCell = new Set<string>()
  for (const card of board.leftOut) {
    if (card.type !== STEP_CARD_TYPE || (card.reason !== 'no-text' && card.reason !== 'no-agency')) continue
    const shape = shapes.get(card.shapeId) as StepCardShape | undefined
    const frame = shape && shapes.get(shape.parentId)
    if (!shape || frame?.type !== JOURNEY_FRAME_TYPE) continue
    const cell = frameCellAt(journeyFrameGeometry((frame as JourneyFrameShape).props), {
      x: shape.x + shape.props.w / 2,
      y: shape.y + shape.props.h / 2,
    })
    const lane = cell && laneOf(cell.column.phase.id, cell.row.lane.id)
    if (!lane) continue
    placed.push({ step: stepOf(shape, card.reason), lane, x: shape.x })
    shownInCell.add(card.shapeId)
  }
  placed.sort((a, b) => a.x - b.x)
  for (const { step, lane } of placed) lane.steps.push(step)

  const painPointsWithoutPhase: OutlinePainPoint[] = []
  for (const painPoint of journey.painPoints) {
    const item = painPointOf(painPoint.id)
    if (!item) continue
    const step = painPoint.stepId ? stepsById.get(painPoint.stepId) : undefined
    const phase = painPoint.phaseId ? phases.find((candidate) => candidate.id === painPoint.phaseId) : undefined
    if (step) step.painPoints.push(item)
    else if (phase) phase.painPointsWithoutStep.push(item)
    else painPointsWithoutPhase.push(item)
  }

  const leftOut = board.leftOut
    .filter((card) => !shownInCell.has(card.shapeId))
    .map((card) => ({ shapeId: card.shapeId as TLShapeId, type: card.type, reason: card.reason, text: cardText(shapes.get(card.shapeId)) }))

  return {
    lifeEventName: meta.lifeEvent?.name ?? '',
    situation: meta.situation,
    boardAgencies: meta.agencies,
    phases,
    painPointsWithoutPhase,
    leftOut,
  }
}

/** The readable text of a card of any Sammen type, for naming it in a list. */
function cardText(shape: TLShape | undefined): string {
  if (!shape) return ''
  const props = shape.props as Record<string, unknown>
  for (const key of ['text', 'name'] as const) {
    const value = props[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
  }
  return ''
}

/** Every step of the outline in reading order, for numbering ("Steg 3") and for finding one by id. */
export function outlineSteps(outline: Outline): OutlineStep[] {
  return outline.phases.flatMap((phase) => phase.lanes.flatMap((lane) => lane.steps))
}
