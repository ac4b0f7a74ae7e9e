import { namedAgencyIds, stringOr, type SammenShapeDefinition } from '../shapeDefinition'
import { painPointMigrations, painPointProps, PAIN_POINT_TYPE } from './painPointSchema'

export const painPointShape: SammenShapeDefinition<typeof PAIN_POINT_TYPE> = {
  type: PAIN_POINT_TYPE,
  props: painPointProps,
  migrations: painPointMigrations,
  agencyIds: (props) => namedAgencyIds(props.ownerAgencyId),
  text: (props) => stringOr(props.text),
  // Listed under its owner: who has to act on a change is the first thing people look for.
  diffPlace: (props) => ({ group: 'pain-points', agencyId: namedAgencyIds(props.ownerAgencyId)[0] ?? null }),
}
