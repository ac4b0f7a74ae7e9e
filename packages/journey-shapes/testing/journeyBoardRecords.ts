// A journey laid out on a board, as tldraw records the browser's store would hold: for tests and benchmarks that
// need real boards without a browser (the server's library tests write them through a y-websocket client). Not the
// web app's layout, just one `boardToJourney` reads back whole: steps in their frame cells, pain points bound to
// their step by an arrow (or in a lane of their own when they only have a phase), handoff arrows between step cards
// with who carries them and their information as the label, opportunities bound to pain points, benefits, actors and
// their relations. Every record is checked with the board's record schema.
import type { Journey } from '@sammen/journey-model'
import {
  createBindingId,
  createShapeId,
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  toRichText,
  type TLRecord,
  type TLShapeId,
} from '@tldraw/tlschema'
import { withBoardJourneyMeta } from '../src/board/boardJourneyMeta'
import { validateBoardRecord } from '../src/boardSchema'
import { FRAME_HEADER_H, FRAME_LABEL_W } from '../src/journeyFrame/journeyFrameGeometry'

type IndexKey = Extract<TLRecord, { typeName: 'page' }>['index']

export interface JourneyBoardOptions {
  /** Extra `meta` of the document record (as-is/to-be links, …). */
  documentMeta?: Record<string, unknown>
}

const CARD_W = 240
const CARD_H = 148
const SLOT_W = 260
const LANE_H = 420
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const PAIN_LANE = 'uten-steg'

/** Fractional index keys in order ('b01', 'b02', …: a two-digit integer part), without @tldraw/utils. */
function indexKey(i: number): IndexKey {
  const n = i + 1
  if (n >= 62 * 62) throw new Error('journeyBoardRecords lays out at most 3,843 shapes')
  return `b${DIGITS[Math.floor(n / 62)]}${DIGITS[n % 62]}` as IndexKey
}

export function journeyBoardRecords(journey: Journey, options: JourneyBoardOptions = {}): TLRecord[] {
  const pageId = PageRecordType.createId('reise')
  const document = DocumentRecordType.create({
    id: TLDOCUMENT_ID,
    name: '',
    meta: { ...withBoardJourneyMeta({}, { lifeEvent: journey.lifeEvent, situation: journey.situation, agencies: journey.agencies }), ...options.documentMeta } as never,
  })
  const records: TLRecord[] = [document, PageRecordType.create({ id: pageId, name: 'Reise', index: 'a1' as IndexKey })]
  let next = 0
  const base = (id: TLShapeId, parentId: string, x: number, y: number, meta: Record<string, unknown> = {}) => ({
    id,
    typeName: 'shape' as const,
    parentId: parentId as TLShapeId,
    x,
    y,
    rotation: 0,
    index: indexKey(next++),
    isLocked: false,
    opacity: 1,
    meta,
  })
  const shapeId = (id: string) => createShapeId(id)

  // Frame: every journey lane is a steps lane; pain points with a phase but no step get a lane of their own below.
  const slots = new Map<string, number>()
  const slotOf = (phaseId: string, laneId: string) => {
    const key = `${phaseId}\u0000${laneId}`
    const slot = slots.get(key) ?? 0
    slots.set(key, slot + 1)
    return slot
  }
  const perCell = new Map<string, number>()
  for (const step of journey.steps) perCell.set(step.phaseId, Math.max(perCell.get(step.phaseId) ?? 0, journey.steps.filter((s) => s.phaseId === step.phaseId && s.laneId === step.laneId).length))
  const phases = journey.phases.map((phase) => ({ id: phase.id as string, name: phase.name, w: Math.max(600, 20 + (perCell.get(phase.id) ?? 1) * SLOT_W) }))
  const lanes = [...journey.lanes.map((lane) => ({ id: lane.id as string, name: lane.name, h: LANE_H, kind: 'steps' as const })), { id: PAIN_LANE, name: 'Uten steg', h: LANE_H, kind: 'steps' as const }]
  const frameId = shapeId('reise-ramme')
  records.push({ ...base(frameId, pageId, 0, 0), type: 'journey-frame', props: { phases, lanes } } as TLRecord)
  const phaseX = new Map<string, number>()
  phases.reduce((x, phase) => (phaseX.set(phase.id, x), x + phase.w), FRAME_LABEL_W)
  const laneY = new Map<string, number>(lanes.map((lane, i) => [lane.id, FRAME_HEADER_H + i * LANE_H]))
  const cellXY = (phaseId: string, laneId: string) => {
    const slot = slotOf(phaseId, laneId)
    return { x: phaseX.get(phaseId)! + 20 + slot * SLOT_W, y: laneY.get(laneId)! + 20 }
  }

  const position = new Map<string, { x: number; y: number }>()
  for (const step of journey.steps) {
    const { x, y } = cellXY(step.phaseId, step.laneId)
    position.set(step.id, { x, y })
    const props = { w: CARD_W, h: CARD_H, text: step.text, agencyId: step.agencyId, channel: step.channel, emotion: step.emotion ?? null, duration: step.duration ?? '' }
    records.push({ ...base(shapeId(step.id), frameId, x, y), type: 'step-card', props } as TLRecord)
  }

  const arrow = (id: string, fromId: string, toId: string, label: string, meta: Record<string, unknown> = {}) => {
    const arrowId = shapeId(id)
    const props = {
      kind: 'arc', labelColor: 'black', color: 'black', fill: 'none', dash: 'solid', size: 'm', arrowheadStart: 'none', arrowheadEnd: 'arrow',
      font: 'draw', start: { x: 0, y: 0 }, end: { x: 100, y: 0 }, bend: 0, richText: toRichText(label), labelPosition: 0.5, scale: 1, elbowMidPoint: 0.5,
    }
    records.push({ ...base(arrowId, pageId, 0, 0, meta), type: 'arrow', props } as TLRecord)
    for (const [terminal, target] of [['start', fromId], ['end', toId]] as const) {
      const bindingProps = { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' }
      records.push({ id: createBindingId(`${id}-${terminal}`), typeName: 'binding', type: 'arrow', fromId: arrowId, toId: shapeId(target), props: bindingProps, meta: {} } as TLRecord)
    }
  }

  let outside = 0
  const outsideXY = () => ({ x: (outside % 20) * SLOT_W, y: -400 - Math.floor(outside++ / 20) * 200 })
  for (const painPoint of journey.painPoints) {
    const props = { w: CARD_W, h: CARD_H, text: painPoint.text, ownerAgencyId: painPoint.agencyId, severity: painPoint.severity, category: painPoint.category }
    const stepAt = painPoint.stepId ? position.get(painPoint.stepId) : undefined
    if (painPoint.stepId && stepAt) {
      // Below its step in the same cell, and bound to it: the arrow says which step, whatever else is above.
      records.push({ ...base(shapeId(painPoint.id), frameId, stepAt.x, stepAt.y + CARD_H + 40), type: 'pain-point', props } as TLRecord)
      arrow(`${painPoint.id}-til-steg`, painPoint.id, painPoint.stepId, '')
    } else if (painPoint.phaseId) {
      const { x, y } = cellXY(painPoint.phaseId, PAIN_LANE)
      records.push({ ...base(shapeId(painPoint.id), frameId, x, y), type: 'pain-point', props } as TLRecord)
    } else {
      const { x, y } = outsideXY()
      records.push({ ...base(shapeId(painPoint.id), pageId, x, y), type: 'pain-point', props } as TLRecord)
    }
  }

  for (const handoff of journey.handoffs) arrow(handoff.id, handoff.fromStepId, handoff.toStepId, handoff.information.join(', '), { carriedBy: handoff.carriedBy })

  for (const opportunity of journey.opportunities) {
    const { x, y } = outsideXY()
    records.push({ ...base(shapeId(opportunity.id), pageId, x, y), type: 'opportunity', props: { w: CARD_W, h: CARD_H, text: opportunity.text, agencyIds: [...opportunity.agencyIds] } } as TLRecord)
    for (const painPointId of opportunity.painPointIds) arrow(`${opportunity.id}-til-${painPointId}`, opportunity.id, painPointId, '')
  }
  for (const benefit of journey.benefits) {
    const { x, y } = outsideXY()
    const props = { w: CARD_W, h: CARD_H, text: benefit.text, landsWith: benefit.landsWith, contributorIds: [...benefit.contributors] }
    records.push({ ...base(shapeId(benefit.id), pageId, x, y), type: 'benefit', props } as TLRecord)
  }
  for (const actor of journey.actors) {
    const { x, y } = outsideXY()
    const props = { w: 260, h: 160, agencyId: actor.agencyId ?? '', name: actor.name ?? '', interest: actor.interest, influence: actor.influence, informationNeeds: actor.informationNeeds, followUp: actor.followUp }
    records.push({ ...base(shapeId(actor.id), pageId, x, y), type: 'actor', props } as TLRecord)
  }
  for (const relation of journey.relations) arrow(relation.id, relation.fromActorId, relation.toActorId, relation.label)

  for (const record of records) if (record.typeName === 'shape' || record.typeName === 'binding') validateBoardRecord(record)
  return records
}
