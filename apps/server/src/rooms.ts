// Owns the set of open rooms: loads a document once no matter how many clients connect at the same
// moment, and unloads it (after a final compaction) when the last of them has gone.
import type { DocKey, DocKind } from '@sammen/protocol'
import type { Logger } from './log'
import { Room, type RoomOptions } from './room'
import type { RoomStorage } from './storage/ServerStorage'

interface Entry {
  room: Promise<Room>
  // Counted from acquire(), not from addPeer(), so a room cannot unload under a client whose load
  // promise has resolved but who has not been added yet.
  refs: number
}

export class RoomRegistry {
  private readonly open = new Map<DocKey, Entry>()
  private readonly unloading = new Map<DocKey, Promise<void>>()

  constructor(
    private readonly storage: RoomStorage,
    private readonly log: Logger,
    private readonly options: RoomOptions,
  ) {}

  get size(): number {
    return this.open.size
  }

  /** Every successful acquire must be paired with exactly one release. */
  acquire(docKey: DocKey, kind: DocKind): Promise<Room> {
    let entry = this.open.get(docKey)
    if (!entry) {
      const room = this.load(docKey, kind)
      entry = { room, refs: 0 }
      this.open.set(docKey, entry)
      const created = entry
      // A failed load must not poison the board forever; the next client retries.
      room.catch(() => {
        if (this.open.get(docKey) === created) this.open.delete(docKey)
      })
    }
    entry.refs++
    return entry.room
  }

  release(docKey: DocKey): void {
    const entry = this.open.get(docKey)
    if (!entry) return
    entry.refs--
    if (entry.refs > 0) return
    this.open.delete(docKey)
    const done = entry.room
      .then((room) => room.unload())
      .catch((error: unknown) => this.log.error('room unload failed', { docKey, error }))
      .finally(() => {
        if (this.unloading.get(docKey) === done) this.unloading.delete(docKey)
      })
    this.unloading.set(docKey, done)
  }

  /** Runs `task` with the document's room loaded (the HTTP APIs use this), releasing it afterwards. */
  async withRoom<T>(docKey: DocKey, kind: DocKind, task: (room: Room) => Promise<T>): Promise<T> {
    const room = await this.acquire(docKey, kind)
    try {
      return await task(room)
    } finally {
      this.release(docKey)
    }
  }

  /** The room if it is loaded on this instance right now (no load). */
  async loaded(docKey: DocKey): Promise<Room | null> {
    const entry = this.open.get(docKey)
    return entry ? entry.room.catch(() => null) : null
  }

  private async load(docKey: DocKey, kind: DocKind): Promise<Room> {
    // Let a previous instance finish its final compaction first, so two Y.Docs of one board never
    // write at the same time.
    await this.unloading.get(docKey)
    return Room.load(docKey, kind, this.storage, this.log, this.options)
  }

  /** For shutdown: unload every room regardless of remaining references, and wait for all of it. */
  async closeAll(): Promise<void> {
    const entries = [...this.open.entries()]
    this.open.clear()
    await Promise.all([
      ...entries.map(([docKey, entry]) =>
        entry.room.then((room) => room.unload()).catch((error: unknown) => this.log.error('room unload failed', { docKey, error })),
      ),
      ...this.unloading.values(),
    ])
  }
}
