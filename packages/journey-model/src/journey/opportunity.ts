import { z } from 'zod'
import { agencyIdSchema, opportunityIdSchema, painPointIdSchema, stepIdSchema } from './ids'
import { noteTextSchema } from './text'

/** An idea for improving the journey, the pain points it would remove and the agencies that must act together. */
export const opportunitySchema = z.object({
  id: opportunityIdSchema,
  text: noteTextSchema,
  painPointIds: z.array(painPointIdSchema).default([]),
  agencyIds: z.array(agencyIdSchema).default([]),
  stepId: stepIdSchema.optional(),
})

export type Opportunity = z.infer<typeof opportunitySchema>
