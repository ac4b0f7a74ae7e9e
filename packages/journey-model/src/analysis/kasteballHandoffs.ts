import type { HandoffId } from '../journey/ids'
import type { Journey } from '../journey/journey'
import type { AgencyPair } from './handoffAgencies'
import { agencyPairKey, handoffsBetweenAgencies } from './handoffAgencies'

export interface KasteballPair extends AgencyPair {
  count: number
  handoffIds: HandoffId[]
}

/** How often the person is made the messenger between agencies ("kasteball"), and between whom. */
export interface KasteballReport {
  /** Handoffs carried by the person. */
  count: number
  /** All handoffs, so the count can be read as a share. */
  handoffCount: number
  handoffIds: HandoffId[]
  /** Per directed agency pair, most frequent first; ties keep the order of first appearance. */
  byPair: KasteballPair[]
}

/** Handoffs the person must carry themselves, counted per journey and per (from agency, to agency) pair. */
export function kasteballHandoffs(journey: Journey): KasteballReport {
  const carriedByPerson = handoffsBetweenAgencies(journey).filter(({ handoff }) => handoff.carriedBy === 'personen')
  const pairs = new Map<string, KasteballPair>()
  for (const { handoff, fromAgencyId, toAgencyId } of carriedByPerson) {
    const key = agencyPairKey({ fromAgencyId, toAgencyId })
    const pair = pairs.get(key) ?? { fromAgencyId, toAgencyId, count: 0, handoffIds: [] }
    pair.count += 1
    pair.handoffIds.push(handoff.id)
    pairs.set(key, pair)
  }
  return {
    count: carriedByPerson.length,
    handoffCount: journey.handoffs.length,
    handoffIds: carriedByPerson.map(({ handoff }) => handoff.id),
    // Array.prototype.sort is stable, so ties stay in order of first appearance.
    byPair: [...pairs.values()].sort((a, b) => b.count - a.count),
  }
}
