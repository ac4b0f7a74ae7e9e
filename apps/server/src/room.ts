// One open board: its Y.Doc, its Awareness and the peers connected to it. The room is the only place
// where the document changes, so it is also where every change is persisted and fanned out.
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { DocKey } from './docKey'
import type { Logger } from './log'
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, type ClientMessage } from './protocol'
import { FanoutKind, type BoardChannel, type Fanout, type FanoutMessage } from './fanout/Fanout'
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
  /** Other server instances serving the same boards (Redis); absent for a single instance. */
  fanout?: Fanout | null
}

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

// Marks the transaction that replays storage, so those updates are not appended a second time.
const STORAGE_ORIGIN = Symbol('storage')
// Marks changes that came from another instance: broadcast to our peers, but neither persisted (the
// other instance did, storage is shared) nor published again (that would loop).
const REMOTE_ORIGIN = Symbol('remote')

export class Room {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  private readonly peers = new Map<Peer, Set<number>>() // peer -> awareness client ids it announced
  private headSeq = 0
  private pendingUpdates = 0
  private compactTimer: NodeJS.Timeout | null = null
  private compacting: Promise<void> | null = null
  private destroyed = false
  private channel: BoardChannel | null = null
  // Fan-out messages that arrive while the board loads; applied right after, so none is lost.
  private backlog: FanoutMessage[] | null = []
  // Broadcasts wait for their append (and all earlier ones), so peers see updates in order and only
  // once they are durable.
  private outbox: Promise<unknown> = Promise.resolve()

  private constructor(
    readonly docKey: DocKey,
    private readonly storage: DocStorage,
    private readonly log: Logger,
    private readonly options: RoomOptions,
  ) {
    // The server is a relay, not a participant: it must not show up as a user.
    this.awareness.setLocalState(null)
  }

  static async load(docKey: DocKey, storage: DocStorage, log: Logger, options: RoomOptions): Promise<Room> {
    const room = new Room(docKey, storage, log, options)
    // Subscribe BEFORE reading storage: an update published during the load is then either in what
    // we read or in the backlog (or both, which Yjs tolerates), never in neither.
    if (options.fanout) room.channel = await options.fanout.join(docKey, room.onRemote)
    let stored
    try {
      stored = await storage.loadBoard(docKey)
    } catch (error) {
      await room.channel?.leave()
      throw error
    }
    if (stored) {
      room.doc.transact(() => {
        for (const update of stored.updates) {
          try {
            Y.applyUpdate(room.doc, update)
          } catch (error) {
            // Keep serving what is readable rather than locking everyone out of the board.
            log.error('skipping unreadable stored update', { docKey, error })
          }
        }
      }, STORAGE_ORIGIN)
      room.headSeq = stored.headSeq
      room.pendingUpdates = stored.pendingUpdates
    }
    room.doc.on('update', room.onDocUpdate)
    room.awareness.on('update', room.onAwarenessUpdate)
    const backlog = room.backlog ?? []
    room.backlog = null
    for (const message of backlog) room.onRemote(message)
    // Clients on other instances only re-announce themselves every 15 s; ask for them now.
    room.channel?.publish(FanoutKind.queryAwareness)
    log.debug('room loaded', { docKey, storedUpdates: stored?.updates.length ?? 0 })
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

  /** Resolves once every update received so far is persisted and broadcast. */
  async flushed(): Promise<void> {
    let current
    do {
      current = this.outbox
      await current
    } while (current !== this.outbox)
  }

  private broadcast(frame: Uint8Array, except: unknown): void {
    for (const peer of this.peers.keys()) {
      if (peer !== except) peer.send(frame)
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORAGE_ORIGIN) return
    const frame = encodeUpdate(update)
    if (origin === REMOTE_ORIGIN) {
      this.broadcast(frame, null)
      return
    }
    // Persist before broadcasting or publishing: once any peer, here or on another instance, has
    // seen an update, it is in storage (SQLite commits synchronously, PostgreSQL in a round trip).
    const appended = this.storage.appendUpdate(this.docKey, update).then(
      (seq) => {
        this.headSeq = Math.max(this.headSeq, seq)
        this.pendingUpdates++
        this.maybeScheduleCompaction()
      },
      // Still broadcast: the update is in the doc, so the next compaction stores it; refusing to
      // relay would only split the collaborators.
      (error: unknown) => this.log.error('failed to persist update', { docKey: this.docKey, error }),
    )
    this.outbox = Promise.all([this.outbox, appended]).then(() => {
      if (this.destroyed) return
      this.broadcast(frame, origin)
      this.channel?.publish(FanoutKind.update, update)
    })
  }

  /** Messages from other instances (and a local resync request after a Redis reconnect). */
  private readonly onRemote = (message: FanoutMessage): void => {
    if (this.destroyed) return
    if (this.backlog) {
      this.backlog.push(message)
      return
    }
    try {
      switch (message.kind) {
        case FanoutKind.update:
          Y.applyUpdate(this.doc, message.payload, REMOTE_ORIGIN)
          return
        case FanoutKind.awareness:
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.payload, REMOTE_ORIGIN)
          return
        case FanoutKind.queryAwareness: {
          const own = new Set([...this.peers.values()].flatMap((ids) => [...ids]))
          const present = [...own].filter((id) => this.awareness.getStates().has(id))
          if (present.length > 0) {
            this.channel?.publish(FanoutKind.awareness, awarenessProtocol.encodeAwarenessUpdate(this.awareness, present))
          }
          return
        }
        case FanoutKind.resync:
          void this.reload()
          return
      }
    } catch (error) {
      this.log.warn('ignoring unusable fan-out message', { docKey: this.docKey, kind: message.kind, error })
    }
  }

  /** Re-applies storage after we may have missed fan-out messages; peers get only what is new. */
  private async reload(): Promise<void> {
    try {
      const stored = await this.storage.loadBoard(this.docKey)
      if (!stored || this.destroyed) return
      this.doc.transact(() => {
        for (const update of stored.updates) {
          try {
            Y.applyUpdate(this.doc, update)
          } catch {
            // Already reported when the board was loaded.
          }
        }
      }, REMOTE_ORIGIN)
      this.log.debug('room resynced from storage', { docKey: this.docKey })
    } catch (error) {
      this.log.error('resync from storage failed', { docKey: this.docKey, error })
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
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)
    this.broadcast(encodeAwareness(update), origin)
    // Local joins, changes, disconnects and timeouts go to the other instances; what came from them
    // does not go back.
    if (origin !== REMOTE_ORIGIN) this.channel?.publish(FanoutKind.awareness, update)
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
    this.compacting = this.storage.compact(this.docKey, state, upToSeq).then(
      () => {
        this.pendingUpdates -= folded
        this.log.debug('room compacted', {
          docKey: this.docKey,
          folded,
          upToSeq,
          bytes: state.byteLength,
          ms: Math.round(performance.now() - started),
        })
      },
      (error: unknown) => this.log.error('compaction failed', { docKey: this.docKey, error }),
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
    await this.flushed() // the last updates still go out to the other instances
    await this.channel?.leave()
    await this.compact()
    this.destroyed = true
    this.doc.off('update', this.onDocUpdate)
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
  }
}
