import type { SchemaPropsInfo } from '@tldraw/tlschema'
import { painPointMigrations, painPointProps, PAIN_POINT_TYPE } from './painPoint/painPointSchema'
import { stepCardMigrations, stepCardProps, STEP_CARD_TYPE } from './stepCard/stepCardSchema'
import { actorMigrations, actorProps, ACTOR_TYPE } from './actor/actorSchema'
import { benefitMigrations, benefitProps, BENEFIT_TYPE } from './benefit/benefitSchema'
import { journeyFrameMigrations, journeyFrameProps, JOURNEY_FRAME_TYPE } from './journeyFrame/journeyFrameSchema'
import { opportunityMigrations, opportunityProps, OPPORTUNITY_TYPE } from './opportunity/opportunitySchema'

export { agencyIdValidator, optionalAgencyIdValidator } from './agencyIdValidator'
export {
  EMOTIONS,
  STEP_CARD_DEFAULT_PROPS,
  STEP_CARD_TYPE,
  stepCardMigrations,
  stepCardVersions,
  stepCardProps,
  type StepCardEmotion,
  type StepCardProps,
  type StepCardShape,
} from './stepCard/stepCardSchema'
export {
  PAIN_POINT_DEFAULT_PROPS,
  PAIN_POINT_TYPE,
  SEVERITIES,
  painPointMigrations,
  painPointProps,
  type PainPointProps,
  type PainPointShape,
} from './painPoint/painPointSchema'

/**
 * Sammen's shapes as tldraw schema entries, for
 * `createTLSchema({ shapes: { ...defaultShapeSchemas, ...sammenShapeSchemas } })` (a server or a test) and, through
 * the web app's ShapeUtils, for the browser's store: both read the same validators and migrations.
 */
export const sammenShapeSchemas = {
  [STEP_CARD_TYPE]: { props: stepCardProps, migrations: stepCardMigrations },
  [PAIN_POINT_TYPE]: { props: painPointProps, migrations: painPointMigrations },
  [JOURNEY_FRAME_TYPE]: { props: journeyFrameProps, migrations: journeyFrameMigrations },
  [OPPORTUNITY_TYPE]: { props: opportunityProps, migrations: opportunityMigrations },
  [BENEFIT_TYPE]: { props: benefitProps, migrations: benefitMigrations },
  [ACTOR_TYPE]: { props: actorProps, migrations: actorMigrations },
} as const satisfies Record<string, SchemaPropsInfo>

export {
  JOURNEY_FRAME_TYPE,
  LANE_KINDS,
  MAX_LANES,
  MAX_PHASES,
  MIN_LANE_H,
  MIN_PHASE_W,
  journeyFrameMigrations,
  journeyFrameProps,
  type JourneyFrameLane,
  type JourneyFrameLaneKind,
  type JourneyFramePhase,
  type JourneyFrameProps,
  type JourneyFrameShape,
} from './journeyFrame/journeyFrameSchema'
export {
  FRAME_HEADER_H,
  FRAME_LABEL_W,
  frameCellAt,
  journeyFrameGeometry,
  type FrameCell,
  type FrameColumn,
  type FrameRow,
  type JourneyFrameGeometry,
} from './journeyFrame/journeyFrameGeometry'
export {
  OPPORTUNITY_DEFAULT_PROPS,
  OPPORTUNITY_TYPE,
  opportunityMigrations,
  opportunityProps,
  type OpportunityProps,
  type OpportunityShape,
} from './opportunity/opportunitySchema'
export { BENEFIT_DEFAULT_PROPS, BENEFIT_TYPE, benefitMigrations, benefitProps, type BenefitProps, type BenefitShape } from './benefit/benefitSchema'
export { ACTOR_DEFAULT_PROPS, ACTOR_TYPE, actorMigrations, actorProps, type ActorProps, type ActorShape } from './actor/actorSchema'
export {
  BOARD_AGENCY_META_PREFIX,
  BOARD_META_KEY,
  EMPTY_BOARD_JOURNEY_META,
  HANDOFF_META_KEY,
  handoffInformationItems,
  readBoardJourneyMeta,
  readHandoffCarrier,
  withBoardJourneyMeta,
  type BoardJourneyMeta,
} from './board/boardJourneyMeta'
export { richTextToPlain } from './board/richTextToPlain'
export { boardToJourney, UNKNOWN_AGENCY_COLOUR, type BoardJourney, type LeftOutCard, type LeftOutReason } from './board/boardToJourney'
