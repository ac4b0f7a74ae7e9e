import { findCatalogueAgency } from '@sammen/journey-model'
import { namedAgencyIds, stringOr, type SammenShapeDefinition } from '../shapeDefinition'
import { actorMigrations, actorProps, ACTOR_TYPE } from './actorSchema'

export const actorShape: SammenShapeDefinition<typeof ACTOR_TYPE> = {
  type: ACTOR_TYPE,
  props: actorProps,
  migrations: actorMigrations,
  agencyIds: (props) => namedAgencyIds(props.agencyId),
  // An actor card shows the agency's name when it stands for one, else the name people typed.
  text: (props) => {
    const agencyId = stringOr(props.agencyId)
    return stringOr(props.name).trim() || (agencyId ? (findCatalogueAgency(agencyId)?.name ?? agencyId) : '')
  },
  diffPlace: () => ({ group: 'other' }),
}
