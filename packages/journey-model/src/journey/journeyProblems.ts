import type { Actor, ActorRelation } from './actor'
import type { Agency } from './agency'
import type { Benefit } from './benefit'
import { PERSON } from './benefit'
import type { Handoff } from './handoff'
import type { Lane } from './lane'
import type { LifeEvent } from './lifeEvent'
import type { Opportunity } from './opportunity'
import type { PainPoint } from './painPoint'
import type { Phase } from './phase'
import type { Step } from './step'

/** A journey's fields as parsed item by item, before the cross-item checks below. */
export interface JourneyFields {
  lifeEvent: LifeEvent
  situation: string
  agencies: Agency[]
  phases: Phase[]
  lanes: Lane[]
  steps: Step[]
  painPoints: PainPoint[]
  opportunities: Opportunity[]
  handoffs: Handoff[]
  benefits: Benefit[]
  actors: Actor[]
  relations: ActorRelation[]
}

/** A broken reference or duplicate, with the path of the offending item so a UI can point at it. */
export interface JourneyProblem {
  path: (string | number)[]
  message: string
}

type Collection = Exclude<keyof JourneyFields, 'lifeEvent' | 'situation'>

/** How an item is named in messages: its id and, when it has one, the start of its text. */
function describe(kind: string, item: { id: string; text?: string; name?: string }): string {
  const words = item.text ?? item.name
  if (words === undefined) return `${kind} "${item.id}"`
  const short = words.length > 40 ? `${words.slice(0, 39)}…` : words
  return `${kind} "${item.id}" ("${short}")`
}

/**
 * Every cross-item rule of a journey: unique ids per collection, every referenced agency, phase, lane, step,
 * pain point and actor present, and handoffs between two different agencies. Pure, so it can also run on
 * a board's records outside zod.
 */
export function findJourneyProblems(journey: JourneyFields): JourneyProblem[] {
  const problems: JourneyProblem[] = []
  const report = (path: (string | number)[], message: string) => problems.push({ path, message })

  const collections: [Collection, string][] = [
    ['agencies', 'Agency'], ['phases', 'Phase'], ['lanes', 'Lane'], ['steps', 'Step'],
    ['painPoints', 'Pain point'], ['opportunities', 'Opportunity'], ['handoffs', 'Handoff'],
    ['benefits', 'Benefit'], ['actors', 'Actor'], ['relations', 'Actor relation'],
  ]
  for (const [collection, kind] of collections) {
    const seen = new Set<string>()
    journey[collection].forEach((item, index) => {
      if (seen.has(item.id)) report([collection, index, 'id'], `${describe(kind, item)} has the same id as an earlier ${kind.toLowerCase()}.`)
      seen.add(item.id)
    })
  }

  const agencyIds = new Set<string>(journey.agencies.map((agency) => agency.id))
  const phaseIds = new Set<string>(journey.phases.map((phase) => phase.id))
  const laneIds = new Set<string>(journey.lanes.map((lane) => lane.id))
  const stepsById = new Map<string, Step>(journey.steps.map((step) => [step.id, step]))
  const painPointIds = new Set<string>(journey.painPoints.map((painPoint) => painPoint.id))
  const actorIds = new Set<string>(journey.actors.map((actor) => actor.id))

  const missing = (what: string, id: string, list: string) => `refers to ${what} "${id}", which is not in the journey's ${list}.`

  journey.agencies.forEach((agency, index) => {
    if (agency.id === PERSON) report(['agencies', index, 'id'], `${describe('Agency', agency)} may not use the id "${PERSON}": it stands for the person in benefits.`)
  })

  journey.steps.forEach((step, index) => {
    const it = describe('Step', step)
    if (!agencyIds.has(step.agencyId)) report(['steps', index, 'agencyId'], `${it} ${missing('agency', step.agencyId, 'agencies')}`)
    if (!phaseIds.has(step.phaseId)) report(['steps', index, 'phaseId'], `${it} ${missing('phase', step.phaseId, 'phases')}`)
    if (!laneIds.has(step.laneId)) report(['steps', index, 'laneId'], `${it} ${missing('lane', step.laneId, 'lanes')}`)
  })

  journey.painPoints.forEach((painPoint, index) => {
    const it = describe('Pain point', painPoint)
    if (!agencyIds.has(painPoint.agencyId)) report(['painPoints', index, 'agencyId'], `${it} ${missing('agency', painPoint.agencyId, 'agencies')}`)
    if (painPoint.phaseId !== undefined && !phaseIds.has(painPoint.phaseId)) {
      report(['painPoints', index, 'phaseId'], `${it} ${missing('phase', painPoint.phaseId, 'phases')}`)
    }
    if (painPoint.stepId === undefined) return
    const step = stepsById.get(painPoint.stepId)
    if (step === undefined) report(['painPoints', index, 'stepId'], `${it} ${missing('step', painPoint.stepId, 'steps')}`)
    else if (painPoint.phaseId !== undefined && painPoint.phaseId !== step.phaseId) {
      report(['painPoints', index, 'phaseId'], `${it} is placed in phase "${painPoint.phaseId}", but its step "${step.id}" is in phase "${step.phaseId}".`)
    }
  })

  journey.opportunities.forEach((opportunity, index) => {
    const it = describe('Opportunity', opportunity)
    opportunity.painPointIds.forEach((id, i) => {
      if (!painPointIds.has(id)) report(['opportunities', index, 'painPointIds', i], `${it} ${missing('pain point', id, 'pain points')}`)
    })
    opportunity.agencyIds.forEach((id, i) => {
      if (!agencyIds.has(id)) report(['opportunities', index, 'agencyIds', i], `${it} ${missing('agency', id, 'agencies')}`)
    })
    if (opportunity.stepId !== undefined && !stepsById.has(opportunity.stepId)) {
      report(['opportunities', index, 'stepId'], `${it} ${missing('step', opportunity.stepId, 'steps')}`)
    }
  })

  journey.handoffs.forEach((handoff, index) => {
    const it = describe('Handoff', handoff)
    const from = stepsById.get(handoff.fromStepId)
    const to = stepsById.get(handoff.toStepId)
    if (from === undefined) report(['handoffs', index, 'fromStepId'], `${it} ${missing('step', handoff.fromStepId, 'steps')}`)
    if (to === undefined) report(['handoffs', index, 'toStepId'], `${it} ${missing('step', handoff.toStepId, 'steps')}`)
    if (from !== undefined && to !== undefined && from.agencyId === to.agencyId) {
      report(['handoffs', index, 'toStepId'], `${it} goes from step "${from.id}" to step "${to.id}", both owned by agency "${from.agencyId}": a handoff goes between two different agencies.`)
    }
  })

  journey.benefits.forEach((benefit, index) => {
    const it = describe('Benefit', benefit)
    if (benefit.landsWith !== PERSON && !agencyIds.has(benefit.landsWith)) {
      report(['benefits', index, 'landsWith'], `${it} ${missing('agency', benefit.landsWith, 'agencies')}`)
    }
    benefit.contributors.forEach((id, i) => {
      if (!agencyIds.has(id)) report(['benefits', index, 'contributors', i], `${it} ${missing('agency', id, 'agencies')}`)
    })
  })

  journey.actors.forEach((actor, index) => {
    if (actor.agencyId !== undefined && !agencyIds.has(actor.agencyId)) {
      report(['actors', index, 'agencyId'], `${describe('Actor', actor)} ${missing('agency', actor.agencyId, 'agencies')}`)
    }
  })

  journey.relations.forEach((relation, index) => {
    const it = `Actor relation "${relation.id}" ("${relation.label}")`
    if (!actorIds.has(relation.fromActorId)) report(['relations', index, 'fromActorId'], `${it} ${missing('actor', relation.fromActorId, 'actors')}`)
    if (!actorIds.has(relation.toActorId)) report(['relations', index, 'toActorId'], `${it} ${missing('actor', relation.toActorId, 'actors')}`)
    if (relation.fromActorId === relation.toActorId) report(['relations', index, 'toActorId'], `${it} goes from actor "${relation.fromActorId}" to itself.`)
  })

  return problems
}
