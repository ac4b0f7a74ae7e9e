import { z } from 'zod'
import { hexColourSchema } from './colour'
import { agencyIdSchema } from './ids'
import { freeTextSchema, noteTextSchema } from './text'

/** Administrative level; private and voluntary actors are included because journeys cross into them too. */
export const AGENCY_LEVELS = ['stat', 'fylkeskommune', 'kommune', 'privat', 'frivillig'] as const
export const agencyLevelSchema = z.enum(AGENCY_LEVELS)
export type AgencyLevel = z.infer<typeof agencyLevelSchema>

/** An agency or other actor that owns steps in the journey; its colour marks its notes on the canvas. */
export const agencySchema = z.object({
  id: agencyIdSchema,
  name: noteTextSchema,
  shortName: z.string().trim().min(1).max(24),
  level: agencyLevelSchema,
  colour: hexColourSchema,
  note: freeTextSchema.optional(),
})

export type Agency = z.infer<typeof agencySchema>
