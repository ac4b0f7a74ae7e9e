import { namedAgencyIds, stringOr, type SammenShapeDefinition } from '../shapeDefinition'
import { opportunityMigrations, opportunityProps, OPPORTUNITY_TYPE } from './opportunitySchema'

export const opportunityShape: SammenShapeDefinition<typeof OPPORTUNITY_TYPE> = {
  type: OPPORTUNITY_TYPE,
  props: opportunityProps,
  migrations: opportunityMigrations,
  agencyIds: (props) => namedAgencyIds(props.agencyIds),
  text: (props) => stringOr(props.text),
  diffPlace: () => ({ group: 'other' }),
}
