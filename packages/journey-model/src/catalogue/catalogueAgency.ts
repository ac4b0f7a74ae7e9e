import { z } from 'zod'
import type { Agency } from '../journey/agency'
import { agencySchema } from '../journey/agency'
import { agencyIdSchema } from '../journey/ids'

/**
 * An agency as the catalogue knows it. `partOf` records that it belongs to a larger agency (Folkeregisteret in
 * Skatteetaten, Tingretten in Domstolene) so a UI can offer either level; it is catalogue knowledge only and is
 * not copied into journeys, where the parent may not be on the board.
 */
export const catalogueAgencySchema = agencySchema.extend({
  partOf: agencyIdSchema.optional(),
})

export type CatalogueAgency = z.infer<typeof catalogueAgencySchema>
export type CatalogueAgencyInput = z.input<typeof catalogueAgencySchema>

/** The agency as it goes into a journey: everything but catalogue-only fields. */
export function toJourneyAgency({ partOf: _partOf, ...agency }: CatalogueAgency): Agency {
  return agency
}
