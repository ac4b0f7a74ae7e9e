// The board index of the library (src/library/): one row per board with what the index read from its journey
// document, kept beside the documents so every instance answers from the same index. Narrow on purpose: both
// adapters implement it and run `runLibraryStoreSuite` (test/storage/libraryStoreSuite.ts).
import type { BoardId } from '@sammen/journey-model'
import type { DocKey } from '@sammen/protocol'

/** Where a stored document stands: cheap to list for every document, to tell which changed since it was indexed. */
export interface DocumentHead {
  docKey: DocKey
  /** The highest sequence number stored for it (`StoredDocument.headSeq`). */
  headSeq: number
  /**
   * When it last changed (ms since the epoch): its newest update's time, or, once the log is compacted away, the
   * compaction's.
   */
  changedAt: number
}

/** What the index wrote about one board, without the entry itself. */
export interface LibraryRowVersion {
  boardId: BoardId
  /** Store-wide change counter: every write gets a higher one than any before (never reused). */
  revision: number
  /** The document's `headSeq` the entry was read at. */
  docSeq: number
  /** The entry's format (`LIBRARY_ENTRY_FORMAT`): a server reading entries differently re-reads older rows. */
  format: number
}

export interface LibraryRow extends LibraryRowVersion {
  /** The entry as JSON text; parsed and checked by the reader (src/library/storedEntry.ts). */
  entry: string
}

export interface LibraryEntryInput {
  docSeq: number
  format: number
  entry: string
}

export interface LibraryStore {
  /** Every stored document's head, in no particular order. */
  documentHeads(): Promise<DocumentHead[]>
  /**
   * Stores a board's entry with a new revision. Refused (false) when the stored row was read at a later document
   * sequence, so an instance that read an older state cannot overwrite a newer entry.
   */
  putLibraryEntry(boardId: BoardId, input: LibraryEntryInput): Promise<boolean>
  libraryVersions(): Promise<LibraryRowVersion[]>
  /** The rows of these boards (those that exist), entries included. */
  libraryEntries(boardIds: readonly BoardId[]): Promise<LibraryRow[]>
  /**
   * A marker that changes whenever any row is written or deleted (row count and the sum of revisions, which only
   * grows with a write since a new revision is above every earlier one): one cheap query tells a cache it is current.
   */
  libraryStamp(): Promise<string>
  deleteLibraryEntries(boardIds: readonly BoardId[]): Promise<void>
}
