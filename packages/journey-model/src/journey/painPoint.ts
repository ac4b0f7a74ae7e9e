import { z } from 'zod'
import { agencyIdSchema, painPointIdSchema, phaseIdSchema, stepIdSchema } from './ids'
import { noteTextSchema } from './text'

export const PAIN_POINT_CATEGORIES = [
  'kasteball',
  'samme-informasjon-flere-ganger',
  'venting',
  'uklar-informasjon',
  'mangler-digital-tjeneste',
  'annet',
] as const
export const painPointCategorySchema = z.enum(PAIN_POINT_CATEGORIES)
export type PainPointCategory = z.infer<typeof painPointCategorySchema>

/** 1 = irritating, 2 = costly for the person, 3 = the person may lose a right or give up. */
export const severitySchema = z.literal([1, 2, 3])
export type Severity = z.infer<typeof severitySchema>

/**
 * Something that goes wrong for the person. The owning agency is required: a pain point nobody owns is the
 * kasteball problem itself, and naming the owner is what makes it actionable across agencies.
 */
export const painPointSchema = z.object({
  id: painPointIdSchema,
  text: noteTextSchema,
  agencyId: agencyIdSchema,
  severity: severitySchema,
  category: painPointCategorySchema,
  /** The step where it happens; its phase then places the pain point in the matrix. */
  stepId: stepIdSchema.optional(),
  /** For pain points not tied to one step; must agree with the step's phase when both are given. */
  phaseId: phaseIdSchema.optional(),
})

export type PainPoint = z.infer<typeof painPointSchema>
