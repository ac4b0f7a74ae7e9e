import type { HandoffId } from '../journey/ids'
import type { Journey } from '../journey/journey'
import type { AgencyPair } from './handoffAgencies'
import { agencyPairKey, handoffsBetweenAgencies } from './handoffAgencies'

/** One piece of information the person carries between agencies: a candidate for "kun én gang" (once-only). */
export interface OnceOnlyCandidate {
  /** As first written on the board, trimmed. */
  information: string
  /** How many handoffs the person carries it in. */
  count: number
  handoffIds: HandoffId[]
  /** Distinct directed agency pairs, in order of first appearance. */
  agencyPairs: AgencyPair[]
}

/** Information items are matched ignoring case and surrounding/repeated spaces, as workshop notes vary. */
export function normaliseInformation(information: string): string {
  return information.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb')
}

/**
 * Information the person carries from one agency to another, grouped by information item. The agency that
 * receives it could fetch it from the one that has it instead. Most carried first; ties keep first appearance.
 */
export function onceOnlyCandidates(journey: Journey): OnceOnlyCandidate[] {
  const byInformation = new Map<string, OnceOnlyCandidate & { pairKeys: Set<string> }>()
  for (const { handoff, fromAgencyId, toAgencyId } of handoffsBetweenAgencies(journey)) {
    if (handoff.carriedBy !== 'personen') continue
    const seenInThisHandoff = new Set<string>()
    for (const information of handoff.information) {
      const key = normaliseInformation(information)
      if (key === '' || seenInThisHandoff.has(key)) continue
      seenInThisHandoff.add(key)
      const candidate = byInformation.get(key) ?? { information: information.trim(), count: 0, handoffIds: [], agencyPairs: [], pairKeys: new Set() }
      candidate.count += 1
      candidate.handoffIds.push(handoff.id)
      const pairKey = agencyPairKey({ fromAgencyId, toAgencyId })
      if (!candidate.pairKeys.has(pairKey)) {
        candidate.pairKeys.add(pairKey)
        candidate.agencyPairs.push({ fromAgencyId, toAgencyId })
      }
      byInformation.set(key, candidate)
    }
  }
  return [...byInformation.values()]
    .map(({ pairKeys: _pairKeys, ...candidate }) => candidate)
    .sort((a, b) => b.count - a.count)
}
