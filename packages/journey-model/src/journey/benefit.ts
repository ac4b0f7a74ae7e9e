import { z } from 'zod'
import { agencyIdSchema, benefitIdSchema } from './ids'
import { noteTextSchema } from './text'

/** The person as the receiver of a benefit; no agency may use this id. */
export const PERSON = 'personen' as const

export const beneficiarySchema = z.union([z.literal(PERSON), agencyIdSchema])
export type Beneficiary = z.infer<typeof beneficiarySchema>

/**
 * A gain ("gevinst") and where it lands. Benefits often land with someone other than those who pay for the
 * change; recording contributors and receiver separately makes that visible (see `benefitMatrix`).
 */
export const benefitSchema = z.object({
  id: benefitIdSchema,
  text: noteTextSchema,
  landsWith: beneficiarySchema,
  contributors: z.array(agencyIdSchema).min(1, 'A benefit needs at least one contributing agency.'),
})

export type Benefit = z.infer<typeof benefitSchema>
