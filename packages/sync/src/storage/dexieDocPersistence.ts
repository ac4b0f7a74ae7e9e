import { applyDocumentState, encodeDocumentState, type StoredDocument } from '@sammen/doc-log'
import * as Y from 'yjs'
import { DexieDocumentLog } from './dexieDocumentLog'
import { describeStorageError, type SammenLocalDatabase } from './localDatabase'

export interface DexieDocPersistenceOptions {
  /** Fold the update log into one state entry once it holds more entries than this. */
  compactAfter?: number
  /** A write failed (message), or storage works again after a failure (null). */
  onError?: (message: string | null) => void
}

/**
 * Keeps one board's Y.Doc in IndexedDB as an append-only update log (`DexieDocumentLog`) that is compacted
 * lazily, so a change costs one small write and a reload replays a handful of entries. Several tabs may write the
 * same log: compaction folds in every entry it finds (not only this tab's doc), so no tab's edits are dropped.
 */
export class DexieDocPersistence {
  readonly whenLoaded: Promise<void>
  private readonly log: DexieDocumentLog
  private entryCount = 0
  private queue: Uint8Array[] = []
  private writing: Promise<void> | null = null
  private failed = false
  private destroyed = false
  /** Not listening to updates (loading, or a caller's `suspend`); whether anything changed the doc meanwhile. */
  private suspended: { changed: boolean } | null = null
  /** A whole-state write `resume` scheduled for later, which `flush` does at once. */
  private wholeStatePending = false
  private readonly compactAfter: number

  constructor(
    db: SammenLocalDatabase,
    private readonly boardId: string,
    private readonly doc: Y.Doc,
    private readonly options: DexieDocPersistenceOptions = {},
  ) {
    this.compactAfter = options.compactAfter ?? 200
    this.log = new DexieDocumentLog(db)
    // No 'update' listener while loading: with one, Yjs encodes every transaction as an update event, so applying
    // the stored state would encode the whole board once more only for this class to discard it (≈ 100 ms for
    // 2,000 shapes).
    this.suspend()
    this.whenLoaded = this.load()
  }

  private async load(): Promise<void> {
    try {
      const stored = await this.log.loadDocument(this.boardId)
      this.entryCount = stored ? (stored.state ? 1 : 0) + stored.updates.length : 0
      this.applyStored(stored)
    } catch (error) {
      this.reportError(error)
    } finally {
      this.resume()
    }
  }

  /**
   * Stops listening to the doc's updates until `resume`, only noting whether anything changes it. For a large change
   * this class would otherwise be the reason Yjs encodes it as an update event (a board's first sync from the
   * server: ≈ 150 ms for 2,000 shapes); `resume` stores the whole state instead, when it is told to.
   */
  suspend(): void {
    if (this.suspended || this.destroyed) return
    this.suspended = { changed: false }
    this.doc.off('update', this.onUpdate)
    this.doc.on('afterTransaction', this.onTransactionWhileSuspended)
  }

  /**
   * Listens to updates again. If the doc changed while suspended, its whole state is written, at once or when
   * `later` runs the write (after a first view is shown, say); `flush` does a write still waiting at once.
   */
  resume(later?: (work: () => void) => void): void {
    const suspended = this.suspended
    if (!suspended) return
    this.suspended = null
    this.doc.off('afterTransaction', this.onTransactionWhileSuspended)
    if (this.destroyed) return
    this.doc.on('update', this.onUpdate)
    if (!suspended.changed) return
    this.wholeStatePending = true
    if (later) later(() => void this.storeWholeState())
    else void this.storeWholeState()
  }

  private storeWholeState(): Promise<void> {
    if (!this.wholeStatePending || this.destroyed) return Promise.resolve()
    this.wholeStatePending = false
    // Updates heard since `resume` may be queued already; the whole state holds them as well, which does no harm.
    this.queue.push(Y.encodeStateAsUpdate(this.doc))
    return this.drain()
  }

  private readonly onTransactionWhileSuspended = (transaction: Y.Transaction) => {
    if (this.suspended && transaction.origin !== this) this.suspended.changed = true
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this || this.destroyed) return
    this.queue.push(update)
    void this.drain()
  }

  /** Writes queued updates one batch at a time, merging whatever piled up while the last write ran. */
  private drain(): Promise<void> {
    if (this.writing) return this.writing
    if (this.queue.length === 0) return Promise.resolve()
    this.writing = (async () => {
      while (this.queue.length > 0 && !this.destroyed) {
        const batch = this.queue
        this.queue = []
        try {
          if (this.failed || this.entryCount >= this.compactAfter) {
            // After a failed write the log lacks updates; the compacted state restores them all.
            await this.compact()
          } else {
            await this.log.appendUpdate(this.boardId, Y.mergeUpdates(batch))
            this.entryCount++
          }
        } catch (error) {
          this.failed = true
          this.reportError(error)
        }
      }
      this.writing = null
    })()
    return this.writing
  }

  /** Replaces the board's log with one entry holding the whole state (folding in other tabs' entries). */
  async compact(): Promise<void> {
    await this.log.exclusive(async () => {
      const stored = await this.log.loadDocument(this.boardId)
      this.applyStored(stored)
      // Even at the seq the stored state already covers: after a failed write this doc holds more than the log.
      await this.log.compact(this.boardId, encodeDocumentState(this.doc, this.log.stateEncoding), stored?.headSeq ?? 0)
    })
    this.entryCount = 1
    this.failed = false
    this.options.onError?.(null)
  }

  /** Resolves when every update seen so far is in IndexedDB (a whole-state write still waiting is done now). */
  async flush(): Promise<void> {
    await this.storeWholeState()
    while (this.writing || this.queue.length > 0) await this.drain()
  }

  async destroy(): Promise<void> {
    await this.whenLoaded
    this.resume()
    await this.flush()
    this.destroyed = true
    this.doc.off('update', this.onUpdate)
  }

  /** Applies what the log holds with this persistence as origin, so none of it is written back. */
  private applyStored(stored: StoredDocument | null) {
    if (!stored) return
    Y.transact(this.doc, () => {
      if (stored.state) applyDocumentState(this.doc, stored.state, this.log.stateEncoding, this)
      for (const update of stored.updates) Y.applyUpdate(this.doc, update, this)
    }, this)
  }

  private reportError(error: unknown) {
    this.options.onError?.(describeStorageError(error))
  }
}
