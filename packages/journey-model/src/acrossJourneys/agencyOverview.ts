import { boardAgencyFacts, type AgencyActor, type AgencyBenefitContributed, type AgencyBenefitReceived, type AgencyHandoff, type AgencyPainPoint, type AgencyRelation, type BoardAgencyFacts } from './boardAgencyFacts'
import { AgencyNames, compareBoards, type AgencySummary, type BoardRef, type LibraryJourney } from './libraryJourney'
import { onceOnlyOfBoards, type OnceOnlyAcrossJourneys } from './onceOnlyAcrossJourneys'

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
  return agencyOverviewOfBoards(journeys.map(boardAgencyFacts), agencyId)
}

/** `agencyOverview` from boards read ahead with `boardAgencyFacts` (what a server keeps per board). */
export function agencyOverviewOfBoards(facts: readonly BoardAgencyFacts[], agencyId: string): AgencyOverview | null {
  const sorted = [...facts].sort((a, b) => compareBoards(a.board, b.board))
  const names = new AgencyNames(sorted.map((board) => board.agencies))
  if (!names.isKnown(agencyId)) return null
  const overview: AgencyOverview = {
    agency: names.of(agencyId),
    boards: [],
    painPoints: [],
    handoffs: [],
    onceOnly: onceOnlyOfBoards(sorted, agencyId),
    benefitsContributed: [],
    benefitsReceived: [],
    actors: [],
    relations: [],
    agencyNames: {},
  }
  const mentioned = new Set<string>([agencyId])
  for (const board of sorted) {
    if (board.named.has(agencyId)) overview.boards.push(board.board)
    const items = board.byAgency.get(agencyId)
    if (!items) continue
    overview.painPoints.push(...items.painPoints)
    overview.handoffs.push(...items.handoffs)
    overview.benefitsContributed.push(...items.benefitsContributed)
    overview.benefitsReceived.push(...items.benefitsReceived)
    overview.actors.push(...items.actors)
    overview.relations.push(...items.relations)
    for (const id of items.mentions) mentioned.add(id)
  }
  // Stable: equal severities keep board order, then journey order.
  overview.painPoints.sort((a, b) => b.severity - a.severity)
  for (const id of mentioned) overview.agencyNames[id] = names.of(id)
  return overview
}
