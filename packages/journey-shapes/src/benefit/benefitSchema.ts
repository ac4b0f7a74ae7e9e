import { PERSON } from '@sammen/journey-model'
import { createShapePropsMigrationSequence, type RecordProps, type TLShape } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { agencyIdValidator, cardSideValidator } from '../agencyIdValidator'

export const BENEFIT_TYPE = 'benefit'

/**
 * A gain ("gevinst") on the Gevinstkart page: what gets better, where it lands (an agency, or the person) and the
 * agencies that contribute. Benefits often land with someone other than those who pay; keeping both makes that
 * visible in the benefit matrix.
 */
export interface BenefitProps {
  w: number
  h: number
  text: string
  /** An agency id, journey-model's `PERSON` ('personen'), or `''` while nobody has said. */
  landsWith: string
  contributorIds: string[]
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [BENEFIT_TYPE]: BenefitProps
  }
}

export type BenefitShape = TLShape<typeof BENEFIT_TYPE>

const beneficiaryValidator: T.Validator<string> = T.string.check((value) => {
  if (value !== '' && value !== PERSON) agencyIdValidator.validate(value)
})

export const benefitProps: RecordProps<BenefitShape> = {
  w: cardSideValidator,
  h: cardSideValidator,
  text: T.string,
  landsWith: beneficiaryValidator,
  contributorIds: T.arrayOf(agencyIdValidator),
}

export const BENEFIT_DEFAULT_PROPS: BenefitProps = { w: 240, h: 148, text: '', landsWith: '', contributorIds: [] }

/** Version 0 is the props above; see stepCardSchema.ts for how to add a migration. */
export const benefitMigrations = createShapePropsMigrationSequence({ sequence: [] })
