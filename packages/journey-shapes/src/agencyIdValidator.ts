import { JOURNEY_ITEM_ID_PATTERN } from '@sammen/journey-model'
import { T } from '@tldraw/validate'

/**
 * A well-formed agency id, such as `kommunen` or `nav`.
 *
 * Why the id pattern and not "is in the catalogue": the catalogue grows between releases, and a board is read by
 * clients of different ages. If validation were tied to the catalogue, an older client would reject (and a server
 * would refuse) a card owned by an agency a newer release added. Renderers look the id up with
 * `findCatalogueAgency` and show unknown ids neutrally instead.
 */
export const agencyIdValidator: T.Validator<string> = T.string.check((value) => {
  if (!JOURNEY_ITEM_ID_PATTERN.test(value)) {
    throw new T.ValidationError(`Expected an agency id (letters, digits, "_", "-", "." or ":"), got "${value}"`)
  }
})

/** An agency id, or `''` for "no agency chosen yet" (step cards may be placed before anyone knows the owner). */
export const optionalAgencyIdValidator: T.Validator<string> = T.string.check((value) => {
  if (value !== '') agencyIdValidator.validate(value)
})

/** Card sides in page units: positive and finite, so a card can never collapse or blow up the bounds. */
export const cardSideValidator: T.Validator<number> = T.nonZeroFiniteNumber.check((value) => {
  if (value < 0) throw new T.ValidationError(`Expected a positive size, got ${value}`)
})
