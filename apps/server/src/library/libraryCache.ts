// The index as this instance serves it: every board's entry, parsed once, kept in memory and refreshed from the
// shared store when it changed (one cheap stamp query per request; only rows with a new revision are read again).
// With several instances each keeps its own copy of the one stored index, so every instance answers the same.
import type { BoardId } from '@sammen/journey-model'
import type { Logger } from '../log'
import type { LibraryRowVersion, LibraryStore } from '../storage/LibraryStore'
import { parseStoredEntry, type IndexedBoard } from './storedEntry'

/** Rows read per query when many changed (a first load, a rebuild elsewhere): bounded memory per round trip. */
const ENTRIES_PER_QUERY = 50

export class LibraryCache {
  private readonly boards = new Map<BoardId, IndexedBoard>()
  /** Rows that did not parse, by the revision that failed: not parsed again until rewritten. */
  private readonly broken = new Map<BoardId, number>()
  private stamp: string | null = null
  private chain: Promise<void> = Promise.resolve()

  constructor(
    private readonly store: LibraryStore,
    private readonly log: Logger,
    /** Told about a row that does not parse, so the board is read again from its document. */
    private readonly onBroken: (boardId: BoardId) => void,
  ) {}

  /** Every indexed board, current with the store as of this call. */
  async current(): Promise<IndexedBoard[]> {
    // One refresh after another: a caller never returns before a refresh that started after its own call.
    const refresh = this.chain.then(() => this.refresh())
    this.chain = refresh.catch(() => undefined)
    await refresh
    return [...this.boards.values()]
  }

  /** What the cache holds for a board right now, without asking the store. */
  peek(boardId: BoardId): IndexedBoard | undefined {
    return this.boards.get(boardId)
  }

  private async refresh(): Promise<void> {
    const stamp = await this.store.libraryStamp()
    if (stamp === this.stamp) return
    const versions = await this.store.libraryVersions()
    const present = new Set<string>(versions.map((version) => version.boardId))
    for (const boardId of [...this.boards.keys()]) if (!present.has(boardId)) this.boards.delete(boardId)
    for (const boardId of [...this.broken.keys()]) if (!present.has(boardId)) this.broken.delete(boardId)
    const changed = versions.filter((version) => this.boards.get(version.boardId)?.revision !== version.revision && this.broken.get(version.boardId) !== version.revision)
    for (let start = 0; start < changed.length; start += ENTRIES_PER_QUERY) {
      const rows = await this.store.libraryEntries(changed.slice(start, start + ENTRIES_PER_QUERY).map((version) => version.boardId))
      for (const row of rows) this.take(row, row.entry)
    }
    this.stamp = stamp
  }

  private take(version: LibraryRowVersion, text: string): void {
    const parsed = parseStoredEntry(text, version.revision, version.docSeq, version.boardId)
    if (parsed.ok) {
      this.boards.set(version.boardId, parsed.board)
      this.broken.delete(version.boardId)
      return
    }
    this.log.warn('library entry unreadable; reading the board again', { boardId: version.boardId, error: parsed.error })
    this.boards.delete(version.boardId)
    this.broken.set(version.boardId, version.revision)
    this.onBroken(version.boardId)
  }
}
