import { z } from 'zod'
import { laneIdSchema } from './ids'
import { freeTextSchema, noteTextSchema } from './text'

/**
 * A swimlane, a row on the canvas, e.g. "Det personen gjør", "Digitale tjenester", "Etatene bak".
 * Order is the order of `Journey.lanes`.
 */
export const laneSchema = z.object({
  id: laneIdSchema,
  name: noteTextSchema,
  description: freeTextSchema.optional(),
})

export type Lane = z.infer<typeof laneSchema>
