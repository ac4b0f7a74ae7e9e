import { namedAgencyIds, stringOr, type SammenShapeDefinition } from '../shapeDefinition'
import { benefitMigrations, benefitProps, BENEFIT_TYPE } from './benefitSchema'

export const benefitShape: SammenShapeDefinition<typeof BENEFIT_TYPE> = {
  type: BENEFIT_TYPE,
  props: benefitProps,
  migrations: benefitMigrations,
  agencyIds: (props) => namedAgencyIds(props.landsWith, props.contributorIds),
  text: (props) => stringOr(props.text),
  diffPlace: () => ({ group: 'other' }),
}
