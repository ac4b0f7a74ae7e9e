import { namedAgencyIds, stringOr, type SammenShapeDefinition } from '../shapeDefinition'
import { stepCardMigrations, stepCardProps, STEP_CARD_TYPE } from './stepCardSchema'

export const stepCardShape: SammenShapeDefinition<typeof STEP_CARD_TYPE> = {
  type: STEP_CARD_TYPE,
  props: stepCardProps,
  migrations: stepCardMigrations,
  agencyIds: (props) => namedAgencyIds(props.agencyId),
  text: (props) => stringOr(props.text),
  diffPlace: () => ({ group: 'steps' }),
}
