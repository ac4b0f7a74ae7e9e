export { bindStoreToDoc, type StoreBinding, type StoreBindingOptions } from './binding/bindStoreToDoc'
export { findIndexRepairs } from './binding/repairIndexes'
export { judgeDocSchema, readDocSchema, type SchemaVerdict } from './binding/schemaGate'
export * as docLayout from './docLayout'
export {
  addAnnotation,
  ANNOTATIONS_MAP,
  annotationsDocKey,
  annotationsRoomName,
  markAnnotationHandled,
  readAnnotations,
  reopenAnnotation,
  type AnnotationList,
} from './annotations/annotationsDoc'
export {
  openAnnotationsRoom,
  type AnnotationsRoom,
  type AnnotationsRoomStatus,
  type OpenAnnotationsRoomOptions,
} from './annotations/openAnnotationsRoom'
export { bindPresence, PRESENCE_FIELD, type PresenceBinding } from './presence/bindPresence'
export {
  presencePerson,
  type PresenceMeta,
  type PresencePerson,
  type PresenceUser,
  type PresenceUserInfo,
} from './presence/presencePerson'
export { openBoardRoom, type BoardRoom, type OpenBoardRoomOptions } from './room/openBoardRoom'
export { syncPendingBoards, type SyncPendingBoardsOptions } from './room/syncPendingBoards'
export type { BoardRoomStatus, ConnectionPhase } from './room/types'
export type { LocalBoardSummary } from './storage/localDatabase'
export { deleteLocalBoard, ensureLocalBoard, listLocalBoards, subscribeLocalBoards } from './storage/boardIndex'
export { DexieDocPersistence } from './storage/dexieDocPersistence'
export { createLocalDatabase, describeStorageError, LOCAL_SCHEMA_VERSIONS, SammenLocalDatabase } from './storage/localDatabase'
export { diffBoards, changedRecordFields, type BoardDiff, type DiffableRecord, type DiffGroup, type PainPointGroup, type ShapeDiffEntry } from './snapshots/diffBoards'
export {
  createSnapshotId,
  DEFAULT_KEEP_AUTO_SNAPSHOTS,
  deleteSnapshot,
  getSnapshot,
  listSnapshots,
  markSnapshotUploaded,
  pruneAutoSnapshots,
  putStoredSnapshot,
  SnapshotStorageError,
  takeSnapshot,
  type AutoSnapshotReason,
  type SnapshotKind,
  type SnapshotMeta,
  type StoredSnapshot,
  type TakeSnapshotOptions,
} from './snapshots/localSnapshots'
export { recordsOfSnapshot, restoreIntoStore, type RestoreResult } from './snapshots/restoreSnapshot'
export {
  createSnapshotApiClient,
  SnapshotApiError,
  type PutSnapshotResult,
  type SnapshotApiClient,
  type SnapshotApiClientOptions,
  type SnapshotUpload,
  type SnapshotWithState,
} from './snapshots/snapshotApiClient'
export { downloadSnapshots, uploadPendingSnapshots, type UploadReport } from './snapshots/syncSnapshots'
export {
  BOARD_FILE_EXTENSION,
  BOARD_FILE_FORMAT,
  BOARD_FILE_VERSION,
  BoardFileError,
  decodeBoardFile,
  DEFAULT_MAX_BOARD_FILE_BYTES,
  encodeBoardFile,
  type BoardFileContent,
  type BoardFileErrorCode,
  type BoardFileSnapshot,
} from './boardFile/boardFile'
export { copyBoardDocument, type CopyBoardOptions } from './boardFile/copyBoardDocument'
export * as facilitation from './facilitation/index'
