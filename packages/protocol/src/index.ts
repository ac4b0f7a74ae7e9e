export { CLOSE_CODES, CloseCode, CloseReason, PERMANENT_CLOSE_CODES, shouldReconnectAfter, type CloseCodeInfo, type CloseCodeName, type SammenCloseCode } from './closeCodes'
export {
  AnnotationsRoot,
  DOC_KINDS,
  DOC_ROOTS,
  docKey,
  FacilitationField,
  JourneyRoot,
  parseSyncPath,
  roomName,
  SYNC_PATH_PREFIX,
  type AnnotationsRootName,
  type DocKey,
  type DocKind,
  type JourneyRootName,
  type SyncPath,
} from './documents'
export {
  decodeClientFrame,
  decodeClientFrameInTurns,
  DEFAULT_FRAME_LIMITS,
  encodeAwarenessMessage,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdateMessage,
  isDocumentChange,
  MessageType,
  SyncMessageType,
  type ClientMessage,
  type ClientMessageKind,
  type FrameLimits,
} from './messages'
export { BOARD_TOKEN_AUDIENCE, isRole, ROLES, TOKEN_ISSUER, WORKSPACE_TOKEN_AUDIENCE, type Role } from './roles'
export {
  apiErrorSchema,
  SNAPSHOT_AUTHOR_MAX,
  SNAPSHOT_ID_PATTERN,
  SNAPSHOT_KINDS,
  SNAPSHOT_NAME_MAX,
  SNAPSHOT_QUOTA_CODE,
  snapshotMetaSchema,
  type ApiError,
  type SnapshotKind,
  type SnapshotMeta,
} from './snapshotApi'
export {
  createParticipantKey,
  isParticipantKey,
  KEY_SUBPROTOCOL_PREFIX,
  PARTICIPANT_KEY_HEADER,
  PARTICIPANT_KEY_PATTERN,
  readOfferedProtocols,
  socketProtocols,
  SYNC_SUBPROTOCOL,
  TOKEN_SUBPROTOCOL_PREFIX,
  type OfferedCredentials,
} from './subprotocols'
export { DEFAULT_UPDATE_LIMITS, UpdateFormatError, type UpdateFormatProblem, type UpdateLimits } from './updates/limits'
export { DEFAULT_AWARENESS_LIMITS, depthOf, readAwarenessUpdate, type AwarenessEntry, type AwarenessLimits } from './updates/readAwareness'
export {
  ContentRef,
  isEmptyUpdate,
  readUpdate,
  readUpdateInTurns,
  TypeRef,
  type ClientSection,
  type DeleteRange,
  type ItemContent,
  type ParentRef,
  type ParsedGap,
  type ParsedItem,
  type ParsedStruct,
  type ParsedUpdate,
  type StructId,
} from './updates/readUpdate'
export { sliceUpdate } from './updates/sliceUpdate'
export { readStateVector } from './updates/stateVector'
export {
  ballotViewSchema,
  castVoteBodySchema,
  DEFAULT_VOTABLE_TYPES,
  MAX_VOTE_BUDGET,
  retractVoteBodySchema,
  VoteRefusal,
  voteResultsSchema,
  votingRoundSchema,
  type BallotView,
  type CastVoteBody,
  type RetractVoteBody,
  type VoteRefusalCode,
  type VoteResults,
  type VotingRound,
} from './votesApi'
