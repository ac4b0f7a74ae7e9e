// Keeps the stored index current: a board is re-read about 500 ms after its last change on this instance (a busy
// board at most about once a second), only that board, from the room's Y.Doc when it is loaded here, else from
// storage. At start-up and every few minutes it reconciles: boards it does not hold yet, whose document moved past
// what was read, or whose entry is of an older format are read again. A rebuild re-reads every board. A board that
// fails to read is logged and skipped; nothing here writes a board.
import { isBoardId, type BoardId } from '@sammen/journey-model'
import { indexValidBoard, validBoardRecords, type BoardIndexEntry, type ValidBoardRecords } from '@sammen/journey-shapes'
import { docKey } from '@sammen/protocol'
import type { Logger } from '../log'
import type { Room } from '../room'
import type { RoomRegistry } from '../rooms'
import type { LibraryStore } from '../storage/LibraryStore'
import type { ServerDocumentLog } from '../storage/ServerStorage'
import { docOfStored, readBoardContentInTurns, RECORDS_PER_TURN, type BoardContent } from './boardDocument'
import type { LibraryCache } from './libraryCache'
import { checkEntry, LIBRARY_ENTRY_FORMAT, serializeEntry } from './storedEntry'

export interface LibraryIndexerOptions {
  storage: ServerDocumentLog & LibraryStore
  log: Logger
  /** Quiet time after a board's last change before it is read. Default 500 ms. */
  debounceMs?: number
  /** Longest a change waits while the board keeps changing, and the shortest time between two reads. Default 1 s. */
  maxWaitMs?: number
  /** How often the index reconciles with the stored documents. Default 5 minutes; 0 = only at start. */
  reconcileMs?: number
}

interface Pending {
  firstAt: number
  timer: NodeJS.Timeout
}

/** When a board last changed, as far as the caller knows. */
export interface EditTime {
  /** Seen live: wins. */
  editedAt?: number
  /** The stored document's last change, used when the index holds nothing for the document as it is now. */
  changedAt?: number
}

export class LibraryIndexer {
  private rooms: RoomRegistry | null = null
  private cache: LibraryCache | null = null
  private readonly pending = new Map<BoardId, Pending>()
  private readonly lastReadAt = new Map<BoardId, number>()
  /** One read of a board at a time; the next waits for it. */
  private readonly running = new Map<BoardId, Promise<boolean>>()
  /** Boards that failed to read at a document sequence: not tried again until the document moves on. */
  private readonly failedAt = new Map<BoardId, number>()
  private rebuilding: Promise<number> | null = null
  private reconcileTimer: NodeJS.Timeout | null = null
  private closed = false
  private readonly debounceMs: number
  private readonly maxWaitMs: number

  constructor(private readonly options: LibraryIndexerOptions) {
    this.debounceMs = options.debounceMs ?? 500
    this.maxWaitMs = options.maxWaitMs ?? 1000
  }

  /** Reads from loaded rooms when it can; the cache keeps a board's edit time when its document did not move. */
  attach(rooms: RoomRegistry, cache: LibraryCache): void {
    this.rooms = rooms
    this.cache = cache
  }

  /** Reconciles now (in the background) and every `reconcileMs`. */
  start(): void {
    void this.reconcile()
    const every = this.options.reconcileMs ?? 5 * 60_000
    if (every > 0) {
      this.reconcileTimer = setInterval(() => void this.reconcile(), every)
      this.reconcileTimer.unref()
    }
  }

  /** A room's document changed on this instance (RoomOptions.onDocumentChanged). */
  readonly documentChanged = (room: Room): void => {
    if (room.kind === 'journey' && isBoardId(room.docKey)) this.boardChanged(room.docKey)
  }

  boardChanged(boardId: BoardId): void {
    if (this.closed) return
    const now = Date.now()
    const pending = this.pending.get(boardId)
    if (pending) clearTimeout(pending.timer)
    const firstAt = pending?.firstAt ?? now
    const due = Math.max((this.lastReadAt.get(boardId) ?? -Infinity) + this.maxWaitMs, Math.min(now + this.debounceMs, firstAt + this.maxWaitMs))
    const timer = setTimeout(() => {
      this.pending.delete(boardId)
      void this.index(boardId, { editedAt: now })
    }, Math.max(0, due - now))
    timer.unref()
    this.pending.set(boardId, { firstAt, timer })
  }

  /**
   * Reads one board and stores its entry. Its edit time is `editedAt` when given, else what the index already holds
   * for the same document sequence, else `changedAt`, else now. Resolves false when the board has no document or
   * failed to read.
   */
  index(boardId: BoardId, time: EditTime = {}): Promise<boolean> {
    const previous = this.running.get(boardId) ?? Promise.resolve(false)
    const run = previous.then(() => this.read(boardId, time))
    this.running.set(boardId, run)
    void run.finally(() => {
      if (this.running.get(boardId) === run) this.running.delete(boardId)
    })
    return run
  }

  private async read(boardId: BoardId, time: EditTime): Promise<boolean> {
    if (this.closed) return false
    this.lastReadAt.set(boardId, Date.now())
    let source: { content: BoardContent; docSeq: number } | null
    try {
      source = await this.content(boardId)
    } catch (error) {
      // Storage: the next change or reconcile tries again.
      this.options.log.error('library could not load a board', { boardId, error })
      return false
    }
    if (!source || this.failedAt.get(boardId) === source.docSeq) return false
    let entry: BoardIndexEntry
    try {
      entry = this.entryOf(boardId, source, await validInTurns(source.content), time)
    } catch (error) {
      // The same document would fail the same way: wait until it changes.
      this.failedAt.set(boardId, source.docSeq)
      this.options.log.error('library could not read a board; skipped', { boardId, error })
      return false
    }
    this.failedAt.delete(boardId)
    try {
      await this.options.storage.putLibraryEntry(boardId, { docSeq: source.docSeq, format: LIBRARY_ENTRY_FORMAT, entry: serializeEntry(entry) })
      return true
    } catch (error) {
      this.options.log.error('library could not store a board’s entry', { boardId, error })
      return false
    }
  }

  private entryOf(boardId: BoardId, { content, docSeq }: { content: BoardContent; docSeq: number }, valid: ValidBoardRecords, time: EditTime): BoardIndexEntry {
    const cached = this.cache?.peek(boardId)
    const editedAt = time.editedAt ?? (cached && cached.docSeq === docSeq ? cached.board.editedAt : (time.changedAt ?? Date.now()))
    const entry = indexValidBoard(valid, { boardId, title: content.title, editedAt, indexedAt: Date.now() })
    const problem = checkEntry(entry)
    if (problem) throw new Error(`the board reads into an entry the index cannot keep: ${problem}`)
    if (entry.skippedRecords > 0) this.options.log.warn('library left invalid records of a board out', { boardId, skipped: entry.skippedRecords })
    return entry
  }

  private async content(boardId: BoardId): Promise<{ content: BoardContent; docSeq: number } | null> {
    const room = await this.rooms?.loaded(docKey(boardId, 'journey'))
    if (room) {
      const docSeq = room.persistedSeq
      return { content: await readBoardContentInTurns(room.doc), docSeq }
    }
    const stored = await this.options.storage.loadDocument(boardId)
    if (!stored) return null
    // Applied in one piece, as opening a room applies it; a board that large is read in turns from there on.
    const { doc, unreadable } = docOfStored(stored, this.options.storage)
    try {
      if (unreadable > 0) this.options.log.warn('library skipped unreadable stored updates of a board', { boardId, unreadable })
      return { content: await readBoardContentInTurns(doc), docSeq: stored.headSeq }
    } finally {
      doc.destroy()
    }
  }

  /** Reads the boards the index lacks, whose document moved on since, or whose entry is of an older format. */
  async reconcile(): Promise<number> {
    try {
      const [heads, versions] = await Promise.all([this.options.storage.documentHeads(), this.options.storage.libraryVersions()])
      const stored = new Map<string, { docSeq: number; format: number }>(versions.map((version) => [version.boardId, version]))
      let indexed = 0
      for (const head of heads) {
        if (this.closed) break
        if (!isBoardId(head.docKey)) continue
        const row = stored.get(head.docKey)
        if (row && row.docSeq >= head.headSeq && row.format === LIBRARY_ENTRY_FORMAT) continue
        if (this.failedAt.get(head.docKey) === head.headSeq) continue
        if (await this.index(head.docKey, { changedAt: head.changedAt })) indexed++
        await new Promise((resolve) => setImmediate(resolve))
      }
      if (indexed > 0) this.options.log.info('library index reconciled', { indexed })
      return indexed
    } catch (error) {
      this.options.log.error('library reconcile failed', { error })
      return 0
    }
  }

  /** Reads every board again, and drops entries of boards that have no document. One rebuild at a time. */
  rebuild(): Promise<number> {
    this.rebuilding ??= this.rebuildAll().finally(() => {
      this.rebuilding = null
    })
    return this.rebuilding
  }

  private async rebuildAll(): Promise<number> {
    const [heads, versions] = await Promise.all([this.options.storage.documentHeads(), this.options.storage.libraryVersions()])
    const boards = new Set<string>()
    let indexed = 0
    for (const head of heads) {
      if (this.closed) break
      if (!isBoardId(head.docKey)) continue
      boards.add(head.docKey)
      this.failedAt.delete(head.docKey)
      if (await this.index(head.docKey, { changedAt: head.changedAt })) indexed++
      await new Promise((resolve) => setImmediate(resolve))
    }
    const orphans = versions.map((version) => version.boardId).filter((boardId) => !boards.has(boardId))
    await this.options.storage.deleteLibraryEntries(orphans)
    this.options.log.info('library index rebuilt', { indexed, dropped: orphans.length })
    return indexed
  }

  /** Stops the timers and waits for reads in flight, so storage can close after. */
  async close(): Promise<void> {
    this.closed = true
    if (this.reconcileTimer) clearInterval(this.reconcileTimer)
    for (const { timer } of this.pending.values()) clearTimeout(timer)
    this.pending.clear()
    await Promise.allSettled([...this.running.values(), this.rebuilding])
  }
}

/** The records the index keeps, checked `RECORDS_PER_TURN` at a time with a turn of the event loop between. */
async function validInTurns(content: BoardContent): Promise<ValidBoardRecords> {
  const valid: ValidBoardRecords = { records: [], skipped: 0 }
  for (let start = 0; start < content.records.length; start += RECORDS_PER_TURN) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve))
    const slice = validBoardRecords(content.records.slice(start, start + RECORDS_PER_TURN), content.title)
    valid.records.push(...slice.records)
    valid.skipped += slice.skipped
  }
  return valid
}
