import * as Y from 'yjs'
import { describeStorageError, type SammenLocalDatabase, type StoredUpdate } from './localDatabase'

export interface DexieDocPersistenceOptions {
  /** Fold the update log into one state entry once it holds more entries than this. */
  compactAfter?: number
  /** A write failed (message), or storage works again after a failure (null). */
  onError?: (message: string | null) => void
}

/**
 * Keeps one board's Y.Doc in IndexedDB as an append-only update log that is compacted lazily, so a change
 * costs one small write and a reload replays a handful of entries. Several tabs may write the same log:
 * compaction folds in every entry it finds (not only this tab's doc), so no tab's edits are dropped.
 */
export class DexieDocPersistence {
  readonly whenLoaded: Promise<void>
  private entryCount = 0
  private queue: Uint8Array[] = []
  private writing: Promise<void> | null = null
  private failed = false
  private destroyed = false
  private readonly compactAfter: number

  constructor(
    private readonly db: SammenLocalDatabase,
    private readonly boardId: string,
    private readonly doc: Y.Doc,
    private readonly options: DexieDocPersistenceOptions = {},
  ) {
    this.compactAfter = options.compactAfter ?? 200
    doc.on('update', this.onUpdate)
    this.whenLoaded = this.load()
  }

  private async load(): Promise<void> {
    try {
      const rows = await this.db.updates.where('boardId').equals(this.boardId).toArray()
      this.entryCount = rows.length
      Y.transact(this.doc, () => {
        for (const row of rows) applyStoredUpdate(this.doc, row, this)
      }, this)
    } catch (error) {
      this.reportError(error)
    }
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
            await this.db.updates.add({ boardId: this.boardId, update: Y.mergeUpdates(batch) } as never)
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
    await this.db.transaction('rw', this.db.updates, async () => {
      const rows = await this.db.updates.where('boardId').equals(this.boardId).toArray()
      Y.transact(this.doc, () => {
        for (const row of rows) applyStoredUpdate(this.doc, row, this)
      }, this)
      await this.db.updates.bulkDelete(rows.map((row) => row.seq))
      await this.db.updates.add({ boardId: this.boardId, update: Y.encodeStateAsUpdateV2(this.doc), format: 2 } as never)
    })
    this.entryCount = 1
    this.failed = false
    this.options.onError?.(null)
  }

  /** Resolves when every update seen so far is in IndexedDB. */
  async flush(): Promise<void> {
    while (this.writing || this.queue.length > 0) await this.drain()
  }

  async destroy(): Promise<void> {
    await this.flush()
    this.destroyed = true
    this.doc.off('update', this.onUpdate)
  }

  private reportError(error: unknown) {
    this.options.onError?.(describeStorageError(error))
  }
}

function applyStoredUpdate(doc: Y.Doc, row: StoredUpdate, origin: unknown) {
  if (row.format === 2) Y.applyUpdateV2(doc, row.update, origin)
  else Y.applyUpdate(doc, row.update, origin)
}
