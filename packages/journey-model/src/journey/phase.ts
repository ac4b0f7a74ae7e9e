import { z } from 'zod'
import { phaseIdSchema } from './ids'
import { freeTextSchema, noteTextSchema } from './text'

/**
 * A phase of the journey in the person's words ("Jeg venter barn"), a column on the canvas.
 * Order is the order of `Journey.phases`, so there is no order field to keep consistent.
 */
export const phaseSchema = z.object({
  id: phaseIdSchema,
  name: noteTextSchema,
  description: freeTextSchema.optional(),
})

export type Phase = z.infer<typeof phaseSchema>
