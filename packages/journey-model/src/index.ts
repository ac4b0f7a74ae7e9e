export { BOARD_ID_PATTERN, boardIdSchema, createBoardId, isBoardId, parseBoardId, type BoardId } from './boardId'

// Journey domain: ids, item schemas and the Journey aggregate
export {
  JOURNEY_ITEM_ID_PATTERN,
  actorIdSchema,
  actorRelationIdSchema,
  agencyIdSchema,
  benefitIdSchema,
  handoffIdSchema,
  laneIdSchema,
  lifeEventIdSchema,
  opportunityIdSchema,
  painPointIdSchema,
  phaseIdSchema,
  stepIdSchema,
  type ActorId,
  type ActorRelationId,
  type AgencyId,
  type BenefitId,
  type HandoffId,
  type LaneId,
  type LifeEventId,
  type OpportunityId,
  type PainPointId,
  type PhaseId,
  type StepId,
} from './journey/ids'
export { HEX_COLOUR_PATTERN, colourDifference, contrastRatio, hexColourSchema, readableTextColour, relativeLuminance } from './journey/colour'
export { freeTextSchema, noteTextSchema } from './journey/text'
export { isFirstPersonSituation, lifeEventSchema, situationSchema, type LifeEvent } from './journey/lifeEvent'
export { AGENCY_LEVELS, agencyLevelSchema, agencySchema, type Agency, type AgencyLevel } from './journey/agency'
export { phaseSchema, type Phase } from './journey/phase'
export { laneSchema, type Lane } from './journey/lane'
export { CHANNELS, channelSchema, emotionSchema, stepSchema, type Channel, type Emotion, type Step } from './journey/step'
export {
  PAIN_POINT_CATEGORIES,
  painPointCategorySchema,
  painPointSchema,
  severitySchema,
  type PainPoint,
  type PainPointCategory,
  type Severity,
} from './journey/painPoint'
export { opportunitySchema, type Opportunity } from './journey/opportunity'
export { CARRIERS, carrierSchema, handoffSchema, type Carrier, type Handoff } from './journey/handoff'
export { PERSON, beneficiarySchema, benefitSchema, type Beneficiary, type Benefit } from './journey/benefit'
export {
  LEVELS_OF_STAKE,
  actorRelationSchema,
  actorSchema,
  levelOfStakeSchema,
  type Actor,
  type ActorRelation,
  type LevelOfStake,
} from './journey/actor'
export { findJourneyProblems, type JourneyFields, type JourneyProblem } from './journey/journeyProblems'
export { journeyFieldsSchema, journeySchema, parseJourney, type Journey, type JourneyInput } from './journey/journey'

// User-panel annotations and personal-data checks
export {
  ANNOTATION_ID_PATTERN,
  ANNOTATION_TEXT_MAX,
  CITIZEN,
  FEELINGS,
  FEELING_NAMES,
  annotationAuthorSchema,
  annotationHandledSchema,
  annotationIdSchema,
  annotationSchema,
  annotationTextSchema,
  createAnnotationId,
  feelingSchema,
  type Annotation,
  type AnnotationAuthor,
  type AnnotationHandled,
  type AnnotationId,
  type AnnotationInput,
  type Feeling,
} from './annotations/annotation'
export { findPersonalData, isNationalIdentityNumber, type PersonalDataHit, type PersonalDataKind } from './privacy/personalData'

// Analysis
export {
  painPointsByAgencyAndPhase,
  type PainPointCell,
  type PainPointMatrix,
  type PainPointMatrixRow,
} from './analysis/painPointsByAgencyAndPhase'
export { handoffsBetweenAgencies, type AgencyPair, type HandoffBetweenAgencies } from './analysis/handoffAgencies'
export { kasteballHandoffs, type KasteballPair, type KasteballReport } from './analysis/kasteballHandoffs'
export { normaliseInformation, onceOnlyCandidates, type OnceOnlyCandidate } from './analysis/onceOnlyCandidates'
export { benefitMatrix, type BenefitCell, type BenefitMatrix, type BenefitMatrixRow } from './analysis/benefitMatrix'
export { buildJourneyReport, type CompactBenefitMatrix, type JourneyReport, type PainPointLine } from './analysis/journeyReport'

// Agency catalogue
export {
  catalogueAgencySchema,
  toJourneyAgency,
  type CatalogueAgency,
  type CatalogueAgencyInput,
} from './catalogue/catalogueAgency'
export { agencyCatalogue, findCatalogueAgency, isCatalogueAgencyId, type CatalogueAgencyId } from './catalogue/agencies'

// Life-event templates
export type {
  JourneyTemplate,
  TemplateHandoff,
  TemplateLane,
  TemplatePainPoint,
  TemplatePhase,
  TemplateStep,
} from './templates/journeyTemplate'
export { standardLanes } from './templates/standardLanes'
export { findJourneyTemplate, journeyTemplates } from './templates/templates'
export {
  journeyFromTemplate,
  type JourneyFromTemplateOptions,
  type TemplateIdFactory,
  type TemplateItemKind,
} from './templates/journeyFromTemplate'
export { faBarnTemplate } from './templates/faBarn'
export { alvorligSyktBarnTemplate } from './templates/alvorligSyktBarn'
export { misteOgFinneJobbTemplate } from './templates/misteOgFinneJobb'
export { nyINorgeTemplate } from './templates/nyINorge'
export { dodsfallOgArvTemplate } from './templates/dodsfallOgArv'
export { frivilligOrganisasjonTemplate } from './templates/frivilligOrganisasjon'
export { starteBedriftTemplate } from './templates/starteBedrift'
export { byggeHusTemplate } from './templates/byggeHus'

// Across journeys: the library's agency page and card search
export {
  AgencyNames,
  compareBoards,
  UNKNOWN_AGENCY_GREY,
  type AgencySummary,
  type BoardRef,
  type LibraryJourney,
  type LifeEventRef,
} from './acrossJourneys/libraryJourney'
export { agencyOverview, agencyOverviewOfBoards, type AgencyOverview } from './acrossJourneys/agencyOverview'
export {
  boardAgencyFacts,
  type AgencyActor,
  type AgencyBenefitContributed,
  type AgencyBenefitReceived,
  type AgencyHandoff,
  type AgencyItems,
  type AgencyPainPoint,
  type AgencyRelation,
  type BoardAgencyFacts,
  type CarriedItem,
} from './acrossJourneys/boardAgencyFacts'
export { onceOnlyAcrossJourneys, onceOnlyOfBoards, type OnceOnlyAcrossJourneys } from './acrossJourneys/onceOnlyAcrossJourneys'
export {
  DEFAULT_SEARCH_LIMIT,
  foldForSearch,
  searchCards,
  searchWords,
  type CardHit,
  type CardSearchResult,
  type SearchableBoard,
  type SearchableCard,
} from './acrossJourneys/searchCards'
