import {
  boardToJourney,
  JOURNEY_FRAME_TYPE,
  journeyFrameGeometry,
  PAIN_POINT_DEFAULT_PROPS,
  PAIN_POINT_TYPE,
  readBoardJourneyMeta,
  STEP_CARD_DEFAULT_PROPS,
  STEP_CARD_TYPE,
  withBoardJourneyMeta,
  type JourneyFrameShape,
  type PainPointProps,
  type StepCardProps,
} from '@sammen/journey-shapes'
import {
  createBindingId,
  createShapeId,
  getIndexAbove,
  TLDOCUMENT_ID,
  toRichText,
  type IndexKey,
  type TLRecord,
  type TLShape,
  type TLShapeId,
} from 'tldraw'
import { CARD_SPACING, CELL_PADDING, findCellBox, freeSpotInCell, type Box } from '../shapes/journeyFrame/cellPlacement'
import type { RecordChange, RecordId } from './outlineHistory'

/*
 * The outline's edits as store changes, built from the records alone (no Editor): each returns the records to put
 * and the ids to remove, for `OutlineHistory.apply`. The cards they make are what the canvas tools make, in the same
 * places the canvas would put them, so the board reads the same either way.
 */

/** What the edits read: a TLStore satisfies it. */
export interface RecordSource {
  get(id: RecordId): TLRecord | undefined
  allRecords(): TLRecord[]
}

type CardShape = TLShape & { props: { w: number; h: number } }

const shapeOf = (source: RecordSource, id: string): TLShape | undefined => {
  const record = source.get(id as RecordId)
  return record?.typeName === 'shape' ? record : undefined
}

const hasSize = (shape: TLShape): shape is CardShape => {
  const props = shape.props as { w?: unknown; h?: unknown }
  return typeof props.w === 'number' && typeof props.h === 'number'
}

const boxOf = (shape: CardShape): Box => ({ x: shape.x, y: shape.y, w: shape.props.w, h: shape.props.h })

function childrenOf(source: RecordSource, parentId: string): TLShape[] {
  return source.allRecords().flatMap((record) => (record.typeName === 'shape' && record.parentId === parentId ? [record] : []))
}

/** An index above every child of the parent, so a new card is drawn on top, as the canvas does. */
function topIndex(source: RecordSource, parentId: string): IndexKey {
  const indexes = childrenOf(source, parentId).map((shape) => shape.index).sort()
  return getIndexAbove(indexes.at(-1) ?? null)
}

function newShape(id: TLShapeId, parentId: string, index: IndexKey, at: { x: number; y: number }, type: string, props: object): TLShape {
  return { id, typeName: 'shape', type, parentId, index, x: at.x, y: at.y, rotation: 0, isLocked: false, opacity: 1, meta: {}, props } as unknown as TLShape
}

export function updateStepCard(source: RecordSource, id: TLShapeId, props: Partial<StepCardProps>): RecordChange {
  const shape = shapeOf(source, id)
  if (shape?.type !== STEP_CARD_TYPE) return {}
  return { put: [{ ...shape, props: { ...shape.props, ...props } } as TLShape] }
}

export function updatePainPoint(source: RecordSource, id: TLShapeId, props: Partial<PainPointProps>): RecordChange {
  const shape = shapeOf(source, id)
  if (shape?.type !== PAIN_POINT_TYPE) return {}
  return { put: [{ ...shape, props: { ...shape.props, ...props } } as TLShape] }
}

export function renamePhase(source: RecordSource, frameId: TLShapeId, phaseId: string, name: string): RecordChange {
  const frame = shapeOf(source, frameId) as JourneyFrameShape | undefined
  if (frame?.type !== JOURNEY_FRAME_TYPE) return {}
  const phases = frame.props.phases.map((phase) => (phase.id === phaseId ? { ...phase, name } : phase))
  return { put: [{ ...frame, props: { ...frame.props, phases } }] }
}

export function renameLane(source: RecordSource, frameId: TLShapeId, laneId: string, name: string): RecordChange {
  const frame = shapeOf(source, frameId) as JourneyFrameShape | undefined
  if (frame?.type !== JOURNEY_FRAME_TYPE) return {}
  const lanes = frame.props.lanes.map((lane) => (lane.id === laneId ? { ...lane, name } : lane))
  return { put: [{ ...frame, props: { ...frame.props, lanes } }] }
}

/** The person's situation, in the document record's meta (see `withBoardJourneyMeta`); other meta keys are kept. */
export function setSituation(source: RecordSource, situation: string): RecordChange {
  const document = source.get(TLDOCUMENT_ID)
  if (document?.typeName !== 'document') return {}
  const meta = readBoardJourneyMeta(document.meta)
  return { put: [{ ...document, meta: withBoardJourneyMeta(document.meta, { ...meta, situation }) as typeof document.meta }] }
}

/**
 * Grows a lane so that a card reaching down to `bottom` (frame-local) fits with the cell padding, and moves the
 * cards of the lanes below down by as much, so every card stays in its own cell.
 */
function growLaneToFit(source: RecordSource, frame: JourneyFrameShape, laneId: string, bottom: number, exceptIds: Set<string>): TLShape[] {
  const row = journeyFrameGeometry(frame.props).rows.find((candidate) => candidate.lane.id === laneId)
  if (!row) return []
  const grow = Math.ceil(bottom + CELL_PADDING - (row.y + row.h))
  if (grow <= 0) return []
  const lanes = frame.props.lanes.map((lane) => (lane.id === laneId ? { ...lane, h: lane.h + grow } : lane))
  const moved = childrenOf(source, frame.id)
    .filter((child) => !exceptIds.has(child.id) && hasSize(child) && child.y + child.props.h / 2 >= row.y + row.h)
    .map((child) => ({ ...child, y: child.y + grow }))
  return [{ ...frame, props: { ...frame.props, lanes } }, ...moved]
}

export interface NewStep {
  frameId: TLShapeId
  phaseId: string
  laneId: string
  text: string
  agencyId: string
  channel: StepCardProps['channel']
}

/** A new step card in a cell, after the cards already there (the frame's row grows when the cell is full). */
export function addStep(source: RecordSource, step: NewStep): { change: RecordChange; id: TLShapeId } | null {
  const frame = shapeOf(source, step.frameId) as JourneyFrameShape | undefined
  if (frame?.type !== JOURNEY_FRAME_TYPE) return null
  const geometry = journeyFrameGeometry(frame.props)
  const cell = findCellBox(geometry, step.phaseId, step.laneId)
  if (!cell) return null
  const size = { w: STEP_CARD_DEFAULT_PROPS.w, h: STEP_CARD_DEFAULT_PROPS.h }
  const inCell = (box: Box) => {
    const centre = { x: box.x + box.w / 2, y: box.y + box.h / 2 }
    return centre.x >= cell.x && centre.x < cell.x + cell.w && centre.y >= cell.y && centre.y < cell.y + cell.h
  }
  const occupied = childrenOf(source, frame.id).filter(hasSize).map(boxOf).filter(inCell)
  const spot = freeSpotInCell(cell, occupied, size)
  const id = createShapeId()
  const card = newShape(id, frame.id, topIndex(source, frame.id), spot, STEP_CARD_TYPE, {
    ...STEP_CARD_DEFAULT_PROPS,
    text: step.text,
    agencyId: step.agencyId,
    channel: step.channel,
  })
  return { change: { put: [...growLaneToFit(source, frame, step.laneId, spot.y + size.h, new Set()), card] }, id }
}

export interface NewPainPoint {
  text: string
  ownerAgencyId: string
  severity: PainPointProps['severity']
  category: PainPointProps['category']
}

/**
 * A new pain point under a step card (below the pain points already under it), where the board reads it as that
 * step's. If that spot is taken, or the board would read it as another step's, it goes to the free spot of the
 * step's cell and an arrow links it to the step (the link boardToJourney trusts first).
 */
export function addPainPoint(
  source: RecordSource,
  stepId: TLShapeId,
  painPoint: NewPainPoint,
  existingPainPointIds: readonly string[],
): { change: RecordChange; id: TLShapeId } | null {
  const step = shapeOf(source, stepId)
  if (step?.type !== STEP_CARD_TYPE || !hasSize(step)) return null
  const size = { w: PAIN_POINT_DEFAULT_PROPS.w, h: PAIN_POINT_DEFAULT_PROPS.h }
  const siblings = childrenOf(source, step.parentId).filter((shape): shape is CardShape => shape.id !== step.id && hasSize(shape))
  const stack = siblings.filter((shape) => existingPainPointIds.includes(shape.id) && shape.y > step.y)
  const y = stack.reduce((lowest, shape) => Math.max(lowest, shape.y + shape.props.h + CARD_SPACING), step.y + step.props.h + CARD_SPACING)
  const clear = (spot: { x: number; y: number }) =>
    !siblings.some((shape) => spot.x < shape.x + shape.props.w && shape.x < spot.x + size.w && spot.y < shape.y + shape.props.h && shape.y < spot.y + size.h)

  const frame = shapeOf(source, step.parentId) as JourneyFrameShape | undefined
  const isFramed = frame?.type === JOURNEY_FRAME_TYPE
  let spot = { x: step.x, y }
  if (!clear(spot) && isFramed) {
    const geometry = journeyFrameGeometry(frame.props)
    const centre = { x: step.x + step.props.w / 2, y: step.y + step.props.h / 2 }
    const column = geometry.columns.find((candidate) => centre.x >= candidate.x && centre.x < candidate.x + candidate.w)
    const row = geometry.rows.find((candidate) => centre.y >= candidate.y && centre.y < candidate.y + candidate.h)
    if (column && row) {
      const cell = { x: column.x, y: row.y, w: column.w, h: row.h }
      spot = freeSpotInCell(cell, siblings.map(boxOf), size)
    }
  }

  const id = createShapeId()
  const card = newShape(id, step.parentId, topIndex(source, step.parentId), spot, PAIN_POINT_TYPE, { ...PAIN_POINT_DEFAULT_PROPS, ...painPoint })
  const put: TLRecord[] = [card]
  if (isFramed) {
    const centre = step.y + step.props.h / 2
    const lane = journeyFrameGeometry(frame.props).rows.find((row) => centre >= row.y && centre < row.y + row.h)
    if (lane) put.unshift(...growLaneToFit(source, frame, lane.lane.id, spot.y + size.h, new Set([id])))
  }
  const after = new Map(source.allRecords().map((record) => [record.id as string, record]))
  for (const record of put) after.set(record.id, record)
  const readBack = boardToJourney(after.values()).journey.painPoints.find((candidate) => (candidate.id as string) === id)
  if ((readBack?.stepId as string | undefined) !== stepId) put.push(...linkArrow(source, card as CardShape, step))
  return { change: { put }, id }
}

/** An arrow from a pain point to its step, bound at both ends so it follows the cards. */
function linkArrow(source: RecordSource, painPoint: CardShape, step: CardShape): TLRecord[] {
  const id = createShapeId()
  const start = { x: painPoint.x + painPoint.props.w / 2, y: painPoint.y }
  const end = { x: step.x + step.props.w / 2, y: step.y + step.props.h }
  const arrow = newShape(id, step.parentId, getIndexAbove(topIndex(source, step.parentId)), start, 'arrow', {
    kind: 'arc',
    labelColor: 'black',
    color: 'red',
    fill: 'none',
    dash: 'dotted',
    size: 's',
    arrowheadStart: 'none',
    arrowheadEnd: 'arrow',
    font: 'sans',
    start: { x: 0, y: 0 },
    end: { x: end.x - start.x, y: end.y - start.y },
    bend: 0,
    richText: toRichText(''),
    labelPosition: 0.5,
    scale: 1,
    elbowMidPoint: 0.5,
  })
  const binding = (toId: TLShapeId, terminal: 'start' | 'end') =>
    ({
      id: createBindingId(),
      typeName: 'binding',
      type: 'arrow',
      fromId: id,
      toId,
      meta: {},
      props: { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' },
    }) as unknown as TLRecord
  return [arrow, binding(painPoint.id, 'start'), binding(step.id, 'end')]
}

export interface CardRemoval {
  change: RecordChange
  /** Pain points removed with a step (they belong to it in the outline). */
  painPoints: number
  /** Arrows removed because they were bound to a removed card (handoffs and links). */
  arrows: number
}

/**
 * Removes cards the way the canvas does, without an Editor to clean up after it: arrows bound to a removed card
 * are removed too (a handoff to a step that is gone means nothing), and so are their bindings.
 */
export function removeCards(source: RecordSource, cardIds: readonly TLShapeId[], painPointIds: readonly TLShapeId[] = []): CardRemoval {
  const cards = new Set<string>([...cardIds, ...painPointIds].filter((id) => shapeOf(source, id)))
  const bindings = source.allRecords().filter((record) => record.typeName === 'binding')
  const arrows = new Set<string>()
  for (const binding of bindings) {
    const { fromId, toId } = binding as unknown as { fromId: string; toId: string }
    if (cards.has(toId) && shapeOf(source, fromId)?.type === 'arrow') arrows.add(fromId)
  }
  const gone = new Set([...cards, ...arrows])
  const removedBindings = bindings
    .filter((binding) => {
      const { fromId, toId } = binding as unknown as { fromId: string; toId: string }
      return gone.has(fromId) || gone.has(toId)
    })
    .map((binding) => binding.id)
  return {
    change: { remove: [...removedBindings, ...arrows, ...cards] as RecordId[] },
    painPoints: painPointIds.filter((id) => cards.has(id)).length,
    arrows: arrows.size,
  }
}

/** A deletion the person is asked to confirm: what the dialog says, and the removal itself for when they do. */
export interface RemovalRequest {
  painPoints: number
  arrows: number
  /**
   * Worked out from the store when called, not when the dialog opened: an arrow a colleague drew to one of the
   * cards meanwhile goes with it instead of being left pointing at nothing. The cards are the ones the dialog named.
   */
  change: () => RecordChange
}

export function requestRemoval(source: RecordSource, cardIds: readonly TLShapeId[], painPointIds: readonly TLShapeId[] = []): RemovalRequest {
  const { painPoints, arrows } = removeCards(source, cardIds, painPointIds)
  return { painPoints, arrows, change: () => removeCards(source, cardIds, painPointIds).change }
}
