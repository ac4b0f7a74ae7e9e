import { handoffsBetweenAgencies } from '../analysis/handoffAgencies'
import { normaliseInformation } from '../analysis/onceOnlyCandidates'
import type { LevelOfStake } from '../journey/actor'
import { PERSON } from '../journey/benefit'
import type { Carrier } from '../journey/handoff'
import type { PainPointCategory, Severity } from '../journey/painPoint'
import { agenciesOfLibraryJourney, boardRefOf, type AgencySummary, type BoardRef, type LibraryJourney } from './libraryJourney'

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

/** An information item the person carries to or from the agency in one handoff (each item once per handoff). */
export interface CarriedItem {
  /** `normaliseInformation` of it: what groups items across boards. */
  key: string
  /** As written, trimmed. */
  information: string
}

/** Everything one board says about one agency, in journey order. */
export interface AgencyItems {
  painPoints: AgencyPainPoint[]
  handoffs: AgencyHandoff[]
  carried: CarriedItem[]
  benefitsContributed: AgencyBenefitContributed[]
  benefitsReceived: AgencyBenefitReceived[]
  actors: AgencyActor[]
  relations: AgencyRelation[]
  /** The other agency ids these items mention (handoff partners, contributors, beneficiaries, related actors). */
  mentions: string[]
}

/**
 * One board's part in every agency's overview, read once per version of the board so that an agency page across
 * many boards only gathers lists (see `agencyOverviewOfBoards`). Agencies the board names (its own and those on any
 * card) are in `named`; items are filed under every agency they concern.
 */
export interface BoardAgencyFacts {
  board: BoardRef
  /** The agencies the board names, board agencies first. */
  agencies: readonly AgencySummary[]
  named: ReadonlySet<string>
  byAgency: ReadonlyMap<string, AgencyItems>
}

export function boardAgencyFacts(entry: LibraryJourney): BoardAgencyFacts {
  const { journey } = entry
  const board = boardRefOf(entry)
  const agencies = agenciesOfLibraryJourney(entry)
  const byAgency = new Map<string, AgencyItems>()
  const itemsOf = (agencyId: string): AgencyItems => {
    let items = byAgency.get(agencyId)
    if (!items) {
      items = { painPoints: [], handoffs: [], carried: [], benefitsContributed: [], benefitsReceived: [], actors: [], relations: [], mentions: [] }
      byAgency.set(agencyId, items)
    }
    return items
  }
  const mention = (items: AgencyItems, id: string) => {
    if (id !== PERSON && !items.mentions.includes(id)) items.mentions.push(id)
    return id
  }

  const phaseName = new Map(journey.phases.map((phase) => [phase.id as string, phase.name]))
  const phaseOfStep = new Map(journey.steps.map((step) => [step.id as string, step.phaseId as string]))
  for (const painPoint of journey.painPoints) {
    const phaseId = painPoint.phaseId ?? (painPoint.stepId ? phaseOfStep.get(painPoint.stepId) : undefined)
    itemsOf(painPoint.agencyId).painPoints.push({
      ...board,
      shapeId: painPoint.id,
      text: painPoint.text,
      severity: painPoint.severity,
      category: painPoint.category,
      phaseName: (phaseId && phaseName.get(phaseId)) ?? null,
    })
  }

  for (const { handoff, fromAgencyId, toAgencyId } of handoffsBetweenAgencies(journey)) {
    // Each item once per handoff, as the once-only analysis of one journey counts them.
    const carried: CarriedItem[] = []
    if (handoff.carriedBy === 'personen') {
      const seen = new Set<string>()
      for (const information of handoff.information) {
        const key = normaliseInformation(information)
        if (key === '' || seen.has(key)) continue
        seen.add(key)
        carried.push({ key, information: information.trim() })
      }
    }
    for (const [agencyId, direction, otherAgencyId] of [
      [fromAgencyId, 'from', toAgencyId],
      [toAgencyId, 'to', fromAgencyId],
    ] as const) {
      const items = itemsOf(agencyId)
      items.handoffs.push({ ...board, shapeId: handoff.id, direction, otherAgencyId: mention(items, otherAgencyId), carriedBy: handoff.carriedBy, information: [...handoff.information] })
      items.carried.push(...carried)
    }
  }

  for (const benefit of journey.benefits) {
    for (const contributor of new Set<string>(benefit.contributors)) {
      const items = itemsOf(contributor)
      items.benefitsContributed.push({ ...board, shapeId: benefit.id, text: benefit.text, landsWith: mention(items, benefit.landsWith) })
    }
    if (benefit.landsWith !== PERSON) {
      const items = itemsOf(benefit.landsWith)
      items.benefitsReceived.push({ ...board, shapeId: benefit.id, text: benefit.text, contributorIds: benefit.contributors.map((id) => mention(items, id)) })
    }
  }

  const actorById = new Map(journey.actors.map((actor) => [actor.id as string, actor]))
  const agencyName = (id: string) => agencies.find((agency) => agency.id === id)?.name ?? id
  const actorName = (actorId: string): string => {
    const actor = actorById.get(actorId)
    if (!actor) return actorId
    return actor.name ?? (actor.agencyId ? agencyName(actor.agencyId) : actorId)
  }
  for (const actor of journey.actors) {
    if (!actor.agencyId) continue
    const { interest, influence, informationNeeds, followUp } = actor
    itemsOf(actor.agencyId).actors.push({ ...board, shapeId: actor.id, interest, influence, informationNeeds, followUp })
  }
  for (const relation of journey.relations) {
    const ends = [actorById.get(relation.fromActorId)?.agencyId, actorById.get(relation.toActorId)?.agencyId]
    const line = { ...board, shapeId: relation.id, fromName: actorName(relation.fromActorId), toName: actorName(relation.toActorId), label: relation.label }
    for (const agencyId of new Set(ends.filter((id): id is NonNullable<typeof id> => id !== undefined))) {
      const items = itemsOf(agencyId)
      for (const other of ends) if (other && other !== agencyId) mention(items, other)
      items.relations.push(line)
    }
  }

  return { board, agencies, named: new Set(agencies.map((agency) => agency.id)), byAgency }
}
