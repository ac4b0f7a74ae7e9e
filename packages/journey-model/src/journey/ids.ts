import { z } from 'zod'

/**
 * Ids of the items in a journey. They end up as keys in the canvas store and the sync document, so they stay
 * short and free of spaces and slashes; `.` and `:` are allowed so templates can build readable, namespaced
 * ids such as `fa-barn.steg.fodsel`.
 */
export const JOURNEY_ITEM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/

/** A branded id, so a StepId cannot be passed where a PhaseId is expected. */
function itemIdSchema<Brand extends string>(what: string) {
  return z
    .string()
    .regex(JOURNEY_ITEM_ID_PATTERN, `${what} is 1–100 letters, digits, "_", "-", "." or ":", starting with a letter or digit.`)
    .brand<Brand>()
}

export const lifeEventIdSchema = itemIdSchema<'LifeEventId'>('A life event id')
export const agencyIdSchema = itemIdSchema<'AgencyId'>('An agency id')
export const phaseIdSchema = itemIdSchema<'PhaseId'>('A phase id')
export const laneIdSchema = itemIdSchema<'LaneId'>('A lane id')
export const stepIdSchema = itemIdSchema<'StepId'>('A step id')
export const painPointIdSchema = itemIdSchema<'PainPointId'>('A pain point id')
export const opportunityIdSchema = itemIdSchema<'OpportunityId'>('An opportunity id')
export const handoffIdSchema = itemIdSchema<'HandoffId'>('A handoff id')
export const benefitIdSchema = itemIdSchema<'BenefitId'>('A benefit id')
export const actorIdSchema = itemIdSchema<'ActorId'>('An actor id')
export const actorRelationIdSchema = itemIdSchema<'ActorRelationId'>('An actor relation id')

export type LifeEventId = z.infer<typeof lifeEventIdSchema>
export type AgencyId = z.infer<typeof agencyIdSchema>
export type PhaseId = z.infer<typeof phaseIdSchema>
export type LaneId = z.infer<typeof laneIdSchema>
export type StepId = z.infer<typeof stepIdSchema>
export type PainPointId = z.infer<typeof painPointIdSchema>
export type OpportunityId = z.infer<typeof opportunityIdSchema>
export type HandoffId = z.infer<typeof handoffIdSchema>
export type BenefitId = z.infer<typeof benefitIdSchema>
export type ActorId = z.infer<typeof actorIdSchema>
export type ActorRelationId = z.infer<typeof actorRelationIdSchema>
