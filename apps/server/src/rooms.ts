// Owns the set of open rooms: loads a board once no matter how many clients connect at the same
// moment, and unloads it (after a final compaction) when the last of them has gone.
import type { BoardId } from '@sammen/journey-model'
import type { Logger } from './log'
import { Room, type RoomOptions } from './room'
import type { DocStorage } from './storage/DocStorage'

interface Entry {
  room: Promise<Room>
  // Counted from acquire(), not from addPeer(), so a room cannot unload under a client whose load
  // promise has resolved but who has not been added yet.
  refs: number
}

export class RoomRegistry {
  private readonly open = new Map<BoardId, Entry>()
  private readonly unloading = new Map<BoardId, Promise<void>>()

  constructor(
    private readonly storage: DocStorage,
    private readonly log: Logger,
    private readonly options: RoomOptions,
  ) {}

  get size(): number {
    return this.open.size
  }

  /** Every successful acquire must be paired with exactly one release. */
  acquire(boardId: BoardId): Promise<Room> {
    let entry = this.open.get(boardId)
    if (!entry) {
      const room = this.load(boardId)
      entry = { room, refs: 0 }
      this.open.set(boardId, entry)
      const created = entry
      // A failed load must not poison the board forever; the next client retries.
      room.catch(() => {
        if (this.open.get(boardId) === created) this.open.delete(boardId)
      })
    }
    entry.refs++
    return entry.room
  }

  release(boardId: BoardId): void {
    const entry = this.open.get(boardId)
    if (!entry) return
    entry.refs--
    if (entry.refs > 0) return
    this.open.delete(boardId)
    const done = entry.room
      .then((room) => room.unload())
      .catch((error: unknown) => this.log.error('room unload failed', { boardId, error }))
      .finally(() => {
        if (this.unloading.get(boardId) === done) this.unloading.delete(boardId)
      })
    this.unloading.set(boardId, done)
  }

  private async load(boardId: BoardId): Promise<Room> {
    // Let a previous instance finish its final compaction first, so two Y.Docs of one board never
    // write at the same time.
    await this.unloading.get(boardId)
    return Room.load(boardId, this.storage, this.log, this.options)
  }

  /** For shutdown: unload every room regardless of remaining references, and wait for all of it. */
  async closeAll(): Promise<void> {
    const entries = [...this.open.entries()]
    this.open.clear()
    await Promise.all([
      ...entries.map(([boardId, entry]) =>
        entry.room.then((room) => room.unload()).catch((error: unknown) => this.log.error('room unload failed', { boardId, error })),
      ),
      ...this.unloading.values(),
    ])
  }
}
