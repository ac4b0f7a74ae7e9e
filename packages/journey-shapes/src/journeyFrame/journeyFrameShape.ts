import { stringOr, type SammenShapeDefinition } from '../shapeDefinition'
import { journeyFrameMigrations, journeyFrameProps, JOURNEY_FRAME_TYPE } from './journeyFrameSchema'

export const journeyFrameShape: SammenShapeDefinition<typeof JOURNEY_FRAME_TYPE> = {
  type: JOURNEY_FRAME_TYPE,
  props: journeyFrameProps,
  migrations: journeyFrameMigrations,
  agencyIds: null,
  // The frame's words: its phases' and lanes' names, in reading order.
  text: (props) => [...(props.phases ?? []), ...(props.lanes ?? [])].map((item) => stringOr(item.name)).join(' '),
  diffPlace: () => ({ group: 'other' }),
}
