import {
  actorRelationSchema,
  actorSchema,
  agencySchema,
  benefitSchema,
  findCatalogueAgency,
  handoffSchema,
  laneSchema,
  opportunitySchema,
  painPointSchema,
  phaseSchema,
  stepSchema,
  toJourneyAgency,
  type Actor,
  type ActorRelation,
  type Agency,
  type Benefit,
  type Handoff,
  type Journey,
  type Lane,
  type Opportunity,
  type PainPoint,
  type Phase,
  type Step,
} from '@sammen/journey-model'
import type { TLRecord, TLShape } from '@tldraw/tlschema'
import type { z } from 'zod'
import { ACTOR_TYPE } from '../actor/actorSchema'
import { BENEFIT_TYPE } from '../benefit/benefitSchema'
import { frameCellAt, journeyFrameGeometry, type FrameCell } from '../journeyFrame/journeyFrameGeometry'
import { JOURNEY_FRAME_TYPE } from '../journeyFrame/journeyFrameSchema'
import { OPPORTUNITY_TYPE } from '../opportunity/opportunitySchema'
import { PAIN_POINT_TYPE } from '../painPoint/painPointSchema'
import { STEP_CARD_TYPE } from '../stepCard/stepCardSchema'
import { handoffInformationItems, readBoardJourneyMeta, readHandoffCarrier } from './boardJourneyMeta'
import { richTextToPlain } from './richTextToPlain'

/** Why a card on the board is not part of the journey that reports and the outline read. */
export type LeftOutReason =
  | 'not-in-frame'
  | 'in-emotion-lane'
  | 'no-text'
  | 'no-agency'
  | 'no-beneficiary'
  | 'no-contributor'
  | 'invalid'

export interface LeftOutCard {
  shapeId: string
  type: string
  reason: LeftOutReason
}

/** Where a journey item came from: the card (or arrow) on the canvas, for "zoom to" and for edits. */
export interface BoardJourney {
  journey: Journey
  /** Journey item id → tldraw shape id. Items made from cards use the shape id as their id, phases/lanes the frame's. */
  shapeIdOf: ReadonlyMap<string, string>
  /** Phase or lane id → the id of the frame shape that holds it. */
  frameIdOf: ReadonlyMap<string, string>
  leftOut: LeftOutCard[]
  /** Agency ids used on cards that are neither the board's own nor in the catalogue (shown in grey). */
  unknownAgencyIds: string[]
}

/** The grey of an agency id nobody knows (neither the board's nor the catalogue's), the same in the app and reports. */
export const UNKNOWN_AGENCY_COLOUR = '#5b6675'

type Shape = TLShape
type Binding = Extract<TLRecord, { typeName: 'binding' }>

/**
 * Reads the journey a board holds: journey frames give phases and lanes, the cards in their cells give steps and
 * pain points, arrows bound to two step cards give handoffs, and the other cards give opportunities, benefits,
 * actors and relations. Pure and framework-free, so the server, reports, the outline view and tests read a board
 * the same way. Every item is checked with journey-model's schema; cards that do not make a complete item are
 * listed in `leftOut` with the reason instead of failing the whole board.
 */
export function boardToJourney(records: Iterable<TLRecord>): BoardJourney {
  const shapes = new Map<string, Shape>()
  const bindings: Binding[] = []
  let documentMeta: unknown = {}
  let title = ''
  for (const record of records) {
    if (record.typeName === 'shape') shapes.set(record.id, record)
    else if (record.typeName === 'binding') bindings.push(record)
    else if (record.typeName === 'document') {
      documentMeta = record.meta
      title = record.name
    }
  }
  const meta = readBoardJourneyMeta(documentMeta)
  const leftOut: LeftOutCard[] = []
  const shapeIdOf = new Map<string, string>()
  const frameIdOf = new Map<string, string>()
  const leave = (shape: Shape, reason: LeftOutReason) => leftOut.push({ shapeId: shape.id, type: shape.type, reason })

  // Frames, in reading order (top to bottom, then left to right), so several frames read as one journey.
  const frames = [...shapes.values()]
    .flatMap((shape) => (shape.type === JOURNEY_FRAME_TYPE ? [shape as TLShape<typeof JOURNEY_FRAME_TYPE>] : []))
    .sort((a, b) => a.y - b.y || a.x - b.x)
  const phases: Phase[] = []
  const lanes: Lane[] = []
  const geometryOf = new Map<string, ReturnType<typeof journeyFrameGeometry>>(frames.map((frame) => [frame.id, journeyFrameGeometry(frame.props)]))
  for (const frame of frames) {
    for (const phase of frame.props.phases) {
      const parsed = phaseSchema.safeParse({ id: phase.id, name: phase.name.trim() || '–' })
      if (parsed.success && !frameIdOf.has(phase.id)) {
        phases.push(parsed.data)
        frameIdOf.set(phase.id, frame.id)
      }
    }
    for (const lane of frame.props.lanes) {
      if (lane.kind !== 'steps') continue
      const parsed = laneSchema.safeParse({ id: lane.id, name: lane.name.trim() || '–' })
      if (parsed.success && !frameIdOf.has(lane.id)) {
        lanes.push(parsed.data)
        frameIdOf.set(lane.id, frame.id)
      }
    }
  }

  /** The cell of a card whose parent is a frame, from the card's centre in the frame's coordinates. */
  const cellOf = (shape: Shape & { props: { w: number; h: number } }): FrameCell | null => {
    const geometry = geometryOf.get(shape.parentId as string)
    if (!geometry) return null
    return frameCellAt(geometry, { x: shape.x + shape.props.w / 2, y: shape.y + shape.props.h / 2 })
  }

  // Agencies: the board's own first, then catalogue agencies cards name, then unknown ids in grey.
  const agencies = new Map<string, Agency>(meta.agencies.map((agency) => [agency.id, agency]))
  const unknownAgencyIds: string[] = []
  const useAgency = (id: string) => {
    if (id === '' || agencies.has(id)) return
    const known = findCatalogueAgency(id)
    if (known) {
      agencies.set(id, toJourneyAgency(known))
      return
    }
    const placeholder = agencySchema.safeParse({ id, name: id, shortName: id.slice(0, 24), level: 'stat', colour: UNKNOWN_AGENCY_COLOUR })
    if (placeholder.success) {
      agencies.set(id, placeholder.data)
      unknownAgencyIds.push(id)
    }
  }

  const accept = <S extends z.ZodType>(schema: S, value: unknown, shape: Shape): z.infer<S> | null => {
    const parsed = schema.safeParse(value)
    if (parsed.success) {
      shapeIdOf.set((parsed.data as { id: string }).id, shape.id)
      return parsed.data
    }
    leave(shape, 'invalid')
    return null
  }

  // Steps, in journey order: phase, lane, then left to right within the cell.
  const placedSteps: { step: Step; shape: Shape; cell: FrameCell; x: number }[] = []
  const steps: Step[] = []
  for (const shape of shapes.values()) {
    if (shape.type !== STEP_CARD_TYPE) continue
    const card = shape as TLShape<typeof STEP_CARD_TYPE>
    const cell = cellOf(card)
    if (!cell) leave(card, 'not-in-frame')
    else if (cell.row.lane.kind !== 'steps') leave(card, 'in-emotion-lane')
    else if (card.props.text.trim() === '') leave(card, 'no-text')
    else if (card.props.agencyId === '') leave(card, 'no-agency')
    else {
      const step = accept(
        stepSchema,
        {
          id: card.id,
          text: card.props.text,
          channel: card.props.channel,
          agencyId: card.props.agencyId,
          phaseId: cell.column.phase.id,
          laneId: cell.row.lane.id,
          emotion: card.props.emotion ?? undefined,
          duration: card.props.duration.trim() === '' ? undefined : card.props.duration.trim(),
        },
        card,
      )
      if (step) {
        useAgency(step.agencyId)
        placedSteps.push({ step, shape: card, cell, x: card.x })
      }
    }
  }
  const phaseOrder = new Map(phases.map((phase, index) => [phase.id, index]))
  const laneOrder = new Map(lanes.map((lane, index) => [lane.id, index]))
  placedSteps.sort(
    (a, b) =>
      (phaseOrder.get(a.step.phaseId) ?? 0) - (phaseOrder.get(b.step.phaseId) ?? 0) ||
      (laneOrder.get(a.step.laneId) ?? 0) - (laneOrder.get(b.step.laneId) ?? 0) ||
      a.x - b.x,
  )
  for (const { step } of placedSteps) steps.push(step)
  const stepIds = new Set(steps.map((step) => step.id as string))

  // Arrows bound at both ends: arrow id → { start, end } shape ids.
  const arrowEnds = new Map<string, { start?: string; end?: string }>()
  for (const binding of bindings) {
    if (binding.type !== 'arrow') continue
    const terminal = (binding.props as { terminal?: unknown }).terminal
    if (terminal !== 'start' && terminal !== 'end') continue
    const ends = arrowEnds.get(binding.fromId) ?? {}
    ends[terminal] = binding.toId
    arrowEnds.set(binding.fromId, ends)
  }
  const typeOf = (id: string | undefined) => (id ? shapes.get(id)?.type : undefined)
  const linkedPairs = (typeA: string, typeB: string) => {
    const pairs: { arrow: Shape; a: string; b: string }[] = []
    for (const [arrowId, { start, end }] of arrowEnds) {
      const arrow = shapes.get(arrowId)
      if (!arrow || !start || !end) continue
      if (typeOf(start) === typeA && typeOf(end) === typeB) pairs.push({ arrow, a: start, b: end })
      else if (typeOf(start) === typeB && typeOf(end) === typeA) pairs.push({ arrow, a: end, b: start })
    }
    return pairs
  }
  const arrowText = (arrow: Shape) => richTextToPlain((arrow.props as { richText?: unknown }).richText)

  // Pain points: their phase from the cell; their step from an arrow to a step card, else the nearest step
  // card above them in the same cell (the layout puts pain points under their step, in its lane). An arrow to a
  // step card that is not (yet) a step of the journey still says which step is meant: no guessing by position.
  const stepOfPainPoint = new Map(linkedPairs(PAIN_POINT_TYPE, STEP_CARD_TYPE).map(({ a, b }) => [a, b]))
  const painPoints: PainPoint[] = []
  for (const shape of shapes.values()) {
    if (shape.type !== PAIN_POINT_TYPE) continue
    const card = shape as TLShape<typeof PAIN_POINT_TYPE>
    if (card.props.text.trim() === '') {
      leave(card, 'no-text')
      continue
    }
    const cell = cellOf(card)
    const linkedStepId = stepOfPainPoint.get(card.id)
    let stepId = linkedStepId && stepIds.has(linkedStepId) ? linkedStepId : undefined
    if (!linkedStepId && cell) {
      const above = placedSteps
        .filter(({ shape: step, cell: stepCell }) => {
          const stepCard = step as TLShape<typeof STEP_CARD_TYPE>
          return (
            step.parentId === card.parentId &&
            stepCell.column.phase.id === cell.column.phase.id &&
            stepCell.row.lane.id === cell.row.lane.id &&
            stepCard.y < card.y &&
            stepCard.x < card.x + card.props.w &&
            card.x < stepCard.x + stepCard.props.w
          )
        })
        .sort((a, b) => b.shape.y - a.shape.y)[0]
      stepId = above?.step.id
    }
    const stepPhase = stepId ? steps.find((step) => step.id === stepId)?.phaseId : undefined
    const painPoint = accept(
      painPointSchema,
      {
        id: card.id,
        text: card.props.text,
        agencyId: card.props.ownerAgencyId,
        severity: card.props.severity,
        category: card.props.category,
        stepId,
        phaseId: stepPhase ?? cell?.column.phase.id,
      },
      card,
    )
    if (painPoint) {
      useAgency(painPoint.agencyId)
      painPoints.push(painPoint)
    }
  }
  const painPointIds = new Set(painPoints.map((painPoint) => painPoint.id as string))

  const stepAgency = new Map(steps.map((step) => [step.id as string, step.agencyId as string]))
  const handoffs: Handoff[] = []
  for (const { arrow, a, b } of linkedPairs(STEP_CARD_TYPE, STEP_CARD_TYPE)) {
    if (!stepIds.has(a) || !stepIds.has(b) || a === b) continue
    // An arrow between two steps of one agency is the flow inside that agency, not a handoff between agencies.
    if (stepAgency.get(a) === stepAgency.get(b)) continue
    const information = handoffInformationItems(arrowText(arrow))
    const handoff = accept(handoffSchema, { id: arrow.id, fromStepId: a, toStepId: b, carriedBy: readHandoffCarrier(arrow.meta), information }, arrow)
    if (handoff) handoffs.push(handoff)
  }

  const opportunityLinks = linkedPairs(OPPORTUNITY_TYPE, PAIN_POINT_TYPE)
  const opportunities: Opportunity[] = []
  const benefits: Benefit[] = []
  const actors: Actor[] = []
  for (const shape of shapes.values()) {
    if (shape.type === OPPORTUNITY_TYPE) {
      const card = shape as TLShape<typeof OPPORTUNITY_TYPE>
      if (card.props.text.trim() === '') {
        leave(card, 'no-text')
        continue
      }
      const linked = opportunityLinks.filter(({ a, b }) => a === card.id && painPointIds.has(b)).map(({ b }) => b)
      const opportunity = accept(opportunitySchema, { id: card.id, text: card.props.text, painPointIds: [...new Set(linked)], agencyIds: card.props.agencyIds }, card)
      if (opportunity) {
        opportunity.agencyIds.forEach(useAgency)
        opportunities.push(opportunity)
      }
    } else if (shape.type === BENEFIT_TYPE) {
      const card = shape as TLShape<typeof BENEFIT_TYPE>
      if (card.props.text.trim() === '') leave(card, 'no-text')
      else if (card.props.landsWith === '') leave(card, 'no-beneficiary')
      else if (card.props.contributorIds.length === 0) leave(card, 'no-contributor')
      else {
        const benefit = accept(benefitSchema, { id: card.id, text: card.props.text, landsWith: card.props.landsWith, contributors: card.props.contributorIds }, card)
        if (benefit) {
          if (benefit.landsWith !== 'personen') useAgency(benefit.landsWith)
          benefit.contributors.forEach(useAgency)
          benefits.push(benefit)
        }
      }
    } else if (shape.type === ACTOR_TYPE) {
      const card = shape as TLShape<typeof ACTOR_TYPE>
      const { agencyId, name, interest, influence, informationNeeds, followUp } = card.props
      if (agencyId === '' && name.trim() === '') {
        leave(card, 'no-agency')
        continue
      }
      const actor = accept(
        actorSchema,
        { id: card.id, agencyId: agencyId || undefined, name: name.trim() || undefined, interest, influence, informationNeeds, followUp },
        card,
      )
      if (actor) {
        if (actor.agencyId) useAgency(actor.agencyId)
        actors.push(actor)
      }
    }
  }
  const actorIds = new Set(actors.map((actor) => actor.id as string))
  const relations: ActorRelation[] = []
  for (const { arrow, a, b } of linkedPairs(ACTOR_TYPE, ACTOR_TYPE)) {
    if (!actorIds.has(a) || !actorIds.has(b)) continue
    const relation = accept(actorRelationSchema, { id: arrow.id, fromActorId: a, toActorId: b, label: arrowText(arrow) || '–' }, arrow)
    if (relation) relations.push(relation)
  }

  const journey: Journey = {
    lifeEvent: meta.lifeEvent ?? { id: 'tavle' as Journey['lifeEvent']['id'], name: title.trim() || '–' },
    situation: meta.situation || title.trim() || '–',
    agencies: [...agencies.values()],
    phases,
    lanes,
    steps,
    painPoints,
    opportunities,
    handoffs,
    benefits,
    actors,
    relations,
  }
  return { journey, shapeIdOf, frameIdOf, leftOut, unknownAgencyIds }
}
