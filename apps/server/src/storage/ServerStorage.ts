// Everything the server keeps, as the narrow interfaces its modules depend on: rooms the document log and the
// client-id claims, the snapshot API the snapshot store, access control the role generations, voting the votes,
// the library its board index.
// One adapter class per backend (SqliteStorage, PostgresStorage) implements all of them; `startServer` takes
// the composite and hands each module only its part.
import type { DocumentLog } from '@sammen/doc-log'
import type { DocKey } from '@sammen/protocol'
import type { ClientOwnerStore } from './ClientOwnerStore'
import type { LibraryStore } from './LibraryStore'
import type { RoleGenerationStore } from './RoleGenerationStore'
import type { SnapshotStore } from './SnapshotStore'
import type { VoteStore } from './VoteStore'

/**
 * A board's documents (its journey and its annotations, by DocKey) as append-only update logs, compacted
 * lazily: the contract shared with the browser's IndexedDB log (packages/doc-log). Both server adapters keep
 * states in the v1 encoding.
 */
export type ServerDocumentLog = DocumentLog<DocKey>

/** What a room needs: its document's log and who holds which Yjs client id of it. */
export type RoomStorage = ServerDocumentLog & ClientOwnerStore

export interface StorageLifecycle {
  /** Resolves if the backend answers a trivial query; used by `/readyz`. */
  ping(): Promise<void>
  close(): Promise<void>
}

export type ServerStorage = ServerDocumentLog &
  SnapshotStore &
  RoleGenerationStore &
  ClientOwnerStore &
  VoteStore &
  LibraryStore &
  StorageLifecycle
