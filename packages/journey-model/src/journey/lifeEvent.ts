import { z } from 'zod'
import { lifeEventIdSchema } from './ids'
import { freeTextSchema, noteTextSchema } from './text'

/** A life event ("livshendelse") such as "Få barn": the situation, seen from the person, that a journey maps. */
export const lifeEventSchema = z.object({
  id: lifeEventIdSchema,
  name: noteTextSchema,
  description: freeTextSchema.optional(),
})

export type LifeEvent = z.infer<typeof lifeEventSchema>

/**
 * The person's situation in their own words ("Jeg skal bygge hus", not "Søke om byggetillatelse"): the guidance on
 * "sammenhengende tjenester" asks teams to start from the situation, not from an agency's service.
 */
export const situationSchema = noteTextSchema

const FIRST_PERSON_START = /^(jeg|vi|meg|oss|min|mitt|mine|vår|vårt|våre)\b/i

/** True when a situation is phrased in the first person ("Jeg …", "Vi …"), as the method asks. */
export function isFirstPersonSituation(situation: string): boolean {
  return FIRST_PERSON_START.test(situation.trim())
}
