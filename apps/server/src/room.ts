// One open board: its Y.Doc, its Awareness and the peers connected to it. The room is the only place
// where the document changes, so it is also where every change is persisted and fanned out.
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { BoardId } from '@sammen/journey-model'
import type { Logger } from './log'
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, type ClientMessage } from './protocol'
import type { DocStorage } from './storage/DocStorage'

/** What the room needs from a connection; keeps room logic testable without sockets. */
export interface Peer {
  readonly id: number
  send(frame: Uint8Array): void
}

export interface RoomOptions {
  /** Compact once this many appended updates are not folded into the snapshot. */
  compactThreshold: number
  /** Delay before a threshold-triggered compaction, so a burst of edits compacts once. */
  compactDelayMs: number
}

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

// Marks the transaction that replays storage, so those updates are not appended a second time.
const STORAGE_ORIGIN = Symbol('storage')

export class Room {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  private readonly peers = new Map<Peer, Set<number>>() // peer -> awareness client ids it announced
  private headSeq = 0
  private pendingUpdates = 0
  private compactTimer: NodeJS.Timeout | null = null
  private compacting: Promise<void> | null = null
  private destroyed = false

  private constructor(
    readonly boardId: BoardId,
    private readonly storage: DocStorage,
    private readonly log: Logger,
    private readonly options: RoomOptions,
  ) {
    // The server is a relay, not a participant: it must not show up as a user.
    this.awareness.setLocalState(null)
  }

  static async load(boardId: BoardId, storage: DocStorage, log: Logger, options: RoomOptions): Promise<Room> {
    const room = new Room(boardId, storage, log, options)
    const stored = await storage.loadBoard(boardId)
    if (stored) {
      room.doc.transact(() => {
        for (const update of stored.updates) {
          try {
            Y.applyUpdate(room.doc, update)
          } catch (error) {
            // Keep serving what is readable rather than locking everyone out of the board.
            log.error('skipping unreadable stored update', { boardId, error })
          }
        }
      }, STORAGE_ORIGIN)
      room.headSeq = stored.headSeq
      room.pendingUpdates = stored.pendingUpdates
    }
    room.doc.on('update', room.onDocUpdate)
    room.awareness.on('update', room.onAwarenessUpdate)
    log.debug('room loaded', { boardId, storedUpdates: stored?.updates.length ?? 0 })
    // A crash may have left a long log behind; fold it soon, not on the first user's keystroke.
    room.maybeScheduleCompaction()
    return room
  }

  get peerCount(): number {
    return this.peers.size
  }

  addPeer(peer: Peer): void {
    this.peers.set(peer, new Set())
    // Server speaks first with its state vector so the client sends what the server is missing.
    peer.send(encodeSyncStep1(this.doc))
    const states = this.awareness.getStates()
    if (states.size > 0) {
      peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])))
    }
  }

  removePeer(peer: Peer): void {
    const clientIds = this.peers.get(peer)
    if (!clientIds) return
    this.peers.delete(peer)
    // Others would otherwise see a ghost cursor until the 30 s awareness timeout.
    if (clientIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...clientIds], null)
  }

  /** Applies an already validated message. Throws only if Yjs itself rejects the content. */
  receive(peer: Peer, message: ClientMessage): void {
    switch (message.kind) {
      case 'syncStep1':
        peer.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)))
        return
      case 'syncStep2':
      case 'update':
        Y.applyUpdate(this.doc, message.update, peer)
        return
      case 'awareness':
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, peer)
        return
      case 'queryAwareness':
        peer.send(
          encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])),
        )
        return
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORAGE_ORIGIN) return
    // Persist before broadcasting: once any peer has seen an update, it is in storage.
    this.storage.appendUpdate(this.boardId, update).then(
      (seq) => {
        this.headSeq = Math.max(this.headSeq, seq)
        this.pendingUpdates++
        this.maybeScheduleCompaction()
      },
      (error: unknown) => this.log.error('failed to persist update', { boardId: this.boardId, error }),
    )
    const frame = encodeUpdate(update)
    for (const peer of this.peers.keys()) {
      if (peer !== origin) peer.send(frame)
    }
  }

  private readonly onAwarenessUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const changed = [...added, ...updated, ...removed]
    const owned = this.peers.get(origin as Peer)
    if (owned) {
      for (const id of added) owned.add(id)
      for (const id of updated) owned.add(id)
      for (const id of removed) owned.delete(id)
    }
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    for (const peer of this.peers.keys()) {
      if (peer !== origin) peer.send(frame)
    }
  }

  private maybeScheduleCompaction(): void {
    if (this.destroyed || this.compactTimer || this.pendingUpdates <= this.options.compactThreshold) return
    this.compactTimer = setTimeout(() => {
      this.compactTimer = null
      void this.compact()
    }, this.options.compactDelayMs)
    this.compactTimer.unref()
  }

  /** Folds everything persisted so far into one snapshot. Safe to call any time, never concurrent. */
  async compact(): Promise<void> {
    while (this.compacting) await this.compacting
    if (this.pendingUpdates === 0) return
    const folded = this.pendingUpdates
    const upToSeq = this.headSeq
    // The doc already contains every update with seq <= headSeq (apply happens before append).
    const state = Y.encodeStateAsUpdate(this.doc)
    const started = performance.now()
    this.compacting = this.storage.compact(this.boardId, state, upToSeq).then(
      () => {
        this.pendingUpdates -= folded
        this.log.debug('room compacted', {
          boardId: this.boardId,
          folded,
          upToSeq,
          bytes: state.byteLength,
          ms: Math.round(performance.now() - started),
        })
      },
      (error: unknown) => this.log.error('compaction failed', { boardId: this.boardId, error }),
    )
    try {
      await this.compacting
    } finally {
      this.compacting = null
    }
  }

  /** Final compaction, then release the Y.Doc and the awareness timer. */
  async unload(): Promise<void> {
    if (this.destroyed) return
    if (this.compactTimer) clearTimeout(this.compactTimer)
    this.compactTimer = null
    await this.compact()
    this.destroyed = true
    this.doc.off('update', this.onDocUpdate)
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
  }
}
