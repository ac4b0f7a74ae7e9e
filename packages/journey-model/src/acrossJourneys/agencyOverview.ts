import { handoffsBetweenAgencies } from '../analysis/handoffAgencies'
import type { Carrier } from '../journey/handoff'
import type { LevelOfStake } from '../journey/actor'
import { PERSON } from '../journey/benefit'
import type { PainPointCategory, Severity } from '../journey/painPoint'
import {
  agenciesOfLibraryJourney,
  AgencyNames,
  boardRefOf,
  compareBoards,
  type AgencySummary,
  type BoardRef,
  type LibraryJourney,
} from './libraryJourney'
import { onceOnlyAcrossJourneys, type OnceOnlyAcrossJourneys } from './onceOnlyAcrossJourneys'

export interface AgencyPainPoint extends BoardRef {
  shapeId: string
  text: string
  severity: Severity
  category: PainPointCategory
  phaseName: string | null
}

export interface AgencyHandoff extends BoardRef {
  shapeId: string
  /** `from`: the journey passes from this agency to the other; `to`: from the other to this one. */
  direction: 'from' | 'to'
  otherAgencyId: string
  carriedBy: Carrier
  information: string[]
}

export interface AgencyBenefitContributed extends BoardRef {
  shapeId: string
  text: string
  /** An agency id or `personen`. */
  landsWith: string
}

export interface AgencyBenefitReceived extends BoardRef {
  shapeId: string
  text: string
  contributorIds: string[]
}

export interface AgencyActor extends BoardRef {
  shapeId: string
  interest: LevelOfStake
  influence: LevelOfStake
  informationNeeds: string
  followUp: string
}

export interface AgencyRelation extends BoardRef {
  shapeId: string
  fromName: string
  toName: string
  label: string
}

/** One agency across every journey given: the fields of protocol's `agencyOverviewSchema` but `refusedTokens`. */
export interface AgencyOverview {
  agency: AgencySummary
  boards: BoardRef[]
  painPoints: AgencyPainPoint[]
  handoffs: AgencyHandoff[]
  onceOnly: OnceOnlyAcrossJourneys[]
  benefitsContributed: AgencyBenefitContributed[]
  benefitsReceived: AgencyBenefitReceived[]
  actors: AgencyActor[]
  relations: AgencyRelation[]
  /** Every agency id the overview mentions, named (see `AgencyNames`). */
  agencyNames: Record<string, AgencySummary>
}

/**
 * What one agency's part is across the journeys: the pain points it owns (most severe first, then by board), the
 * handoffs from or to it and who carries them, the information the person carries to or from it in more than one
 * life event (once-only candidates across journeys), the benefits it contributes to and those that land with it, and
 * the actor-map cards that stand for it with their relations. Boards are read in `compareBoards` order, items on a
 * board in journey order. Null when the id is neither in the catalogue nor named on any of the boards.
 */
export function agencyOverview(journeys: readonly LibraryJourney[], agencyId: string): AgencyOverview | null {
  const sorted = [...journeys].sort(compareBoards)
  const names = new AgencyNames(sorted)
  if (!names.isKnown(agencyId)) return null
  const mentioned = new Set<string>([agencyId])
  const mention = (id: string) => {
    if (id !== PERSON) mentioned.add(id)
    return id
  }

  const boards: BoardRef[] = []
  const painPoints: AgencyPainPoint[] = []
  const handoffs: AgencyHandoff[] = []
  const benefitsContributed: AgencyBenefitContributed[] = []
  const benefitsReceived: AgencyBenefitReceived[] = []
  const actors: AgencyActor[] = []
  const relations: AgencyRelation[] = []

  for (const entry of sorted) {
    const { journey } = entry
    const board = boardRefOf(entry)
    if (agenciesOfLibraryJourney(entry).some((agency) => agency.id === agencyId)) boards.push(board)

    const phaseName = new Map(journey.phases.map((phase) => [phase.id as string, phase.name]))
    const phaseOfStep = new Map(journey.steps.map((step) => [step.id as string, step.phaseId as string]))
    for (const painPoint of journey.painPoints) {
      if (painPoint.agencyId !== agencyId) continue
      const phaseId = painPoint.phaseId ?? (painPoint.stepId ? phaseOfStep.get(painPoint.stepId) : undefined)
      painPoints.push({
        ...board,
        shapeId: painPoint.id,
        text: painPoint.text,
        severity: painPoint.severity,
        category: painPoint.category,
        phaseName: (phaseId && phaseName.get(phaseId)) ?? null,
      })
    }

    for (const { handoff, fromAgencyId, toAgencyId } of handoffsBetweenAgencies(journey)) {
      if (fromAgencyId !== agencyId && toAgencyId !== agencyId) continue
      const direction = fromAgencyId === agencyId ? 'from' : 'to'
      const otherAgencyId = mention(direction === 'from' ? toAgencyId : fromAgencyId)
      handoffs.push({ ...board, shapeId: handoff.id, direction, otherAgencyId, carriedBy: handoff.carriedBy, information: [...handoff.information] })
    }

    for (const benefit of journey.benefits) {
      if (benefit.contributors.some((id) => id === agencyId)) {
        benefitsContributed.push({ ...board, shapeId: benefit.id, text: benefit.text, landsWith: mention(benefit.landsWith) })
      }
      if (benefit.landsWith === agencyId) {
        benefitsReceived.push({ ...board, shapeId: benefit.id, text: benefit.text, contributorIds: benefit.contributors.map(mention) })
      }
    }

    const actorName = (actorId: string): string => {
      const actor = journey.actors.find((candidate) => candidate.id === actorId)
      if (!actor) return actorId
      if (actor.name !== undefined) return actor.name
      return actor.agencyId ? names.of(actor.agencyId).name : actorId
    }
    const ownActorIds = new Set<string>()
    for (const actor of journey.actors) {
      if (actor.agencyId !== agencyId) continue
      ownActorIds.add(actor.id)
      const { interest, influence, informationNeeds, followUp } = actor
      actors.push({ ...board, shapeId: actor.id, interest, influence, informationNeeds, followUp })
    }
    for (const relation of journey.relations) {
      if (!ownActorIds.has(relation.fromActorId) && !ownActorIds.has(relation.toActorId)) continue
      for (const actorId of [relation.fromActorId, relation.toActorId]) {
        const agency = journey.actors.find((actor) => actor.id === actorId)?.agencyId
        if (agency) mention(agency)
      }
      relations.push({ ...board, shapeId: relation.id, fromName: actorName(relation.fromActorId), toName: actorName(relation.toActorId), label: relation.label })
    }
  }

  // Stable: equal severities keep board order, then journey order.
  painPoints.sort((a, b) => b.severity - a.severity)
  const agencyNames: Record<string, AgencySummary> = {}
  for (const id of mentioned) agencyNames[id] = names.of(id)
  return {
    agency: names.of(agencyId),
    boards,
    painPoints,
    handoffs,
    onceOnly: onceOnlyAcrossJourneys(sorted, agencyId),
    benefitsContributed,
    benefitsReceived,
    actors,
    relations,
    agencyNames,
  }
}
