import type { AgencyId } from '../journey/ids'
import type { Handoff } from '../journey/handoff'
import type { Journey } from '../journey/journey'

/** A directed pair of agencies: the journey passes from `fromAgencyId` to `toAgencyId`. */
export interface AgencyPair {
  fromAgencyId: AgencyId
  toAgencyId: AgencyId
}

/** A handoff with the agencies that own its two steps. */
export interface HandoffBetweenAgencies extends AgencyPair {
  handoff: Handoff
}

/** Resolves each handoff's steps to their agencies; handoffs with a missing step are skipped. */
export function handoffsBetweenAgencies(journey: Journey): HandoffBetweenAgencies[] {
  const stepAgency = new Map<string, AgencyId>(journey.steps.map((step) => [step.id, step.agencyId]))
  const result: HandoffBetweenAgencies[] = []
  for (const handoff of journey.handoffs) {
    const fromAgencyId = stepAgency.get(handoff.fromStepId)
    const toAgencyId = stepAgency.get(handoff.toStepId)
    if (fromAgencyId !== undefined && toAgencyId !== undefined) result.push({ handoff, fromAgencyId, toAgencyId })
  }
  return result
}

export const agencyPairKey = (pair: AgencyPair): string => `${pair.fromAgencyId}→${pair.toAgencyId}`
