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
  readBoardJourneyMeta,
  withBoardJourneyMeta,
  type BoardJourneyMeta,
} from './board/boardJourneyMeta'
export { richTextToPlain } from './board/richTextToPlain'
export {
  AS_IS_STAGE,
  BOARD_STAGE_META_KEY,
  BOARD_STAGES,
  readBoardStage,
  RESOLUTION_META_PREFIX,
  resolutionMeta,
  resolutionMetaKey,
  TO_BE_LINK_META_PREFIX,
  toBeLinkMeta,
  toBeStageMeta,
  type BoardStage,
  type BoardStageName,
  type PainPointResolution,
} from './board/boardStage'
export { HANDOFF_META_KEY, handoffInformationItems, readHandoffCarrier } from './handoff/handoffArrow'
export { boardToJourney } from './boardToJourney'
export { UNKNOWN_AGENCY_COLOUR, type BoardJourney, type LeftOutCard, type LeftOutReason } from './board/journeyDraft'
export { agencyIdsOfShape, agencyIdsOnBoard, diffPlaceOfShape, textOfShape, type ShapeLike } from './shapeFacts'
export { SAMMEN_SHAPES, isSammenShape, sammenShapeOf, sammenShapeSchemas, type SammenShapeType } from './sammenShapes'
export { namedAgencyIds, type DiffPlace, type SammenShapeDefinition } from './shapeDefinition'
export { stepCardShape } from './stepCard/stepCardShape'
export { painPointShape } from './painPoint/painPointShape'
export { journeyFrameShape } from './journeyFrame/journeyFrameShape'
export { opportunityShape } from './opportunity/opportunityShape'
export { benefitShape } from './benefit/benefitShape'
export { actorShape } from './actor/actorShape'
export { BOARD_DOCUMENT_RECORD_TYPES, recordFieldsValidator, sammenBoardSchema, validateBoardRecord, type RecordFieldsValidator } from './boardSchema'
export { indexBoard, indexValidBoard, validBoardRecords, type IndexBoardOptions, type ValidBoardRecords } from './library/indexBoard'
export type { BoardIndexEntry, IndexedCard, LibraryAgencySummary, LibraryBoardCounts, LibraryBoardSummary } from './library/libraryBoard'
