import { LEVELS_OF_STAKE, type LevelOfStake } from '@sammen/journey-model'
import { createShapePropsMigrationSequence, type RecordProps, type TLShape } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { cardSideValidator, optionalAgencyIdValidator } from '../agencyIdValidator'

export const ACTOR_TYPE = 'actor'

/**
 * An entry of the shared actor map ("felles aktørkart") with the stakeholder register's fields from the state's
 * project guidance. Relations between actors are labelled arrows bound to two actor cards.
 */
export interface ActorProps {
  w: number
  h: number
  /** The agency this actor is, or `''` for an actor named on its own (a ministry, a union, a user panel). */
  agencyId: string
  /** Shown instead of the agency's name when set; required when `agencyId` is `''` (checked where journeys are read). */
  name: string
  interest: LevelOfStake
  influence: LevelOfStake
  informationNeeds: string
  followUp: string
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [ACTOR_TYPE]: ActorProps
  }
}

export type ActorShape = TLShape<typeof ACTOR_TYPE>

const stake = T.literalEnum(...LEVELS_OF_STAKE)

export const actorProps: RecordProps<ActorShape> = {
  w: cardSideValidator,
  h: cardSideValidator,
  agencyId: optionalAgencyIdValidator,
  name: T.string,
  interest: stake,
  influence: stake,
  informationNeeds: T.string,
  followUp: T.string,
}

export const ACTOR_DEFAULT_PROPS: ActorProps = {
  w: 260,
  h: 160,
  agencyId: '',
  name: '',
  interest: 'middels',
  influence: 'middels',
  informationNeeds: '',
  followUp: '',
}

/** Version 0 is the props above; see stepCardSchema.ts for how to add a migration. */
export const actorMigrations = createShapePropsMigrationSequence({ sequence: [] })
