import { z } from 'zod'
import { handoffIdSchema, stepIdSchema } from './ids'

/** Who moves the information between agencies: the person (kasteball) or the agencies themselves. */
export const CARRIERS = ['personen', 'etatene'] as const
export const carrierSchema = z.enum(CARRIERS)
export type Carrier = z.infer<typeof carrierSchema>

/**
 * The journey passing from a step of one agency to a step of another. Information items are a list, not one
 * text, so that the same item ("inntekt", "fødselsnummer") can be found across handoffs (once-only analysis).
 */
export const handoffSchema = z.object({
  id: handoffIdSchema,
  fromStepId: stepIdSchema,
  toStepId: stepIdSchema,
  carriedBy: carrierSchema,
  information: z.array(z.string().trim().min(1).max(200)).default([]),
})

export type Handoff = z.infer<typeof handoffSchema>
