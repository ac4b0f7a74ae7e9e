// One open document: its Y.Doc, its Awareness and the peers connected to it. The room is the only place where
// the document changes, so it is also where every change is checked, persisted and fanned out. Client writes go
// through one queue per room: guard (auth/updateGuard.ts), claim of new client ids (auth/owners.ts), apply. A
// large update is applied in slices with a turn of the event loop between them, so other rooms keep being served.
import {
  CloseCode,
  CloseReason,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdateMessage,
  isEmptyUpdate,
  sliceUpdate,
  type AwarenessEntry,
  type DocKey,
  type DocKind,
  type ParsedUpdate,
  type Role,
} from '@sammen/protocol'
import { applyDocumentState, encodeDocumentState, type StoredDocument } from '@sammen/doc-log'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { ClientOwners, SERVER_OWNER, type OwnerId } from './auth/owners'
import { checkPresence, encodeAwarenessEntries } from './auth/presenceGuard'
import { mayRunWorkshop } from './auth/rules'
import { checkUpdateInTurns } from './auth/updateGuard'
import { encodeStateInTurns } from './encodeStateInTurns'
import { decodeRevocation, FanoutKind, type BoardChannel, type Fanout, type FanoutMessage } from './fanout/Fanout'
import type { Logger } from './log'
import type { RoomStorage } from './storage/ServerStorage'

/** What the room needs from a connection; keeps room logic testable without sockets. */
export interface Peer {
  readonly id: number
  readonly role: Role
  /** The participant the connection speaks for (participant key, or the connection itself). */
  readonly owner: OwnerId
  /** The invite a secured connection came with (a board invite or a workspace link); null in open mode. */
  readonly credential: { workspace: boolean; generation: number } | null
  send(frame: Uint8Array): void
  close(code: number, reason: string): void
}

export interface RoomOptions {
  /** Compact once this many appended updates are not folded into the snapshot. */
  compactThreshold: number
  /** Delay before a threshold-triggered compaction, so a burst of edits compacts once. */
  compactDelayMs: number
  /** Other server instances serving the same boards (Redis); absent for a single instance. */
  fanout?: Fanout | null
  /** Structs per slice when a large update is applied (default 2,000: a few milliseconds each). */
  sliceStructs?: number
  /**
   * Benchmarks only (bench/validation.bench.ts measures what the checks cost): false applies client updates unchecked,
   * as before the server was a trust boundary. Not reachable from the configuration.
   */
  guardUpdates?: boolean
  /** Called after a peer joined or left (workshop/idleWorkshops.ts ends workshop state nobody runs any more). */
  onPeersChanged?: (room: Room) => void
  /**
   * Called after every change made on this instance (a client's or the server's, not one replayed from storage or
   * relayed from another instance, which that instance reports): the library re-reads the board (src/library/).
   */
  onDocumentChanged?: (room: Room) => void
}

/** What happened to a client's write. Refused writes touched nothing. */
export type WriteResult =
  | { ok: true; newAnnotations: number }
  | { ok: false; code: number; reason: string; detail: string }

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
// The server's own writes (vote results): persisted, sent to every peer and published.
const SERVER_ORIGIN = Symbol('server')

const DEFAULT_SLICE_STRUCTS = 2_000
/**
 * Bytes per slice: the structs of new cards carry many field values each. 64 KiB of cards are a few milliseconds for
 * Yjs to apply (256 KiB took 20-40 ms, and the 7 MB maximal update's longest slice most of the stall other boards
 * saw; docs/benchmarks.md, "Issue 12: server").
 */
const SLICE_BYTES = 64 * 1024
/** An empty state vector: the whole state. */
const WHOLE_STATE = new Uint8Array([0])

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

export class Room {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly owners: ClientOwners
  private readonly peers = new Set<Peer>()
  /** Which peer last set each presence entry: only that peer's departure removes it. */
  private readonly presenceHolders = new Map<number, Peer>()
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
  // Client writes, one at a time: each is checked against the document as the previous one left it.
  private writes: Promise<unknown> = Promise.resolve()
  /** Counts every change to the document, to tell whether it moved while a write waited. */
  private version = 0
  /** Waiting for another instance to say it has a facilitator on this board (facilitatorElsewhere). */
  private readonly facilitatorWaiters = new Set<() => void>()

  private constructor(
    readonly docKey: DocKey,
    readonly kind: DocKind,
    private readonly storage: RoomStorage,
    private readonly log: Logger,
    private readonly options: RoomOptions,
  ) {
    this.owners = new ClientOwners(docKey, storage)
    // The server is a relay, not a participant: it must not show up as a user.
    this.awareness.setLocalState(null)
  }

  static async load(docKey: DocKey, kind: DocKind, storage: RoomStorage, log: Logger, options: RoomOptions): Promise<Room> {
    const room = new Room(docKey, kind, storage, log, options)
    // Subscribe BEFORE reading storage: an update published during the load is then either in what
    // we read or in the backlog (or both, which Yjs tolerates), never in neither.
    if (options.fanout) room.channel = await options.fanout.join(docKey, room.onRemote)
    let stored
    try {
      ;[stored] = await Promise.all([storage.loadDocument(docKey), room.owners.load()])
    } catch (error) {
      await room.channel?.leave()
      throw error
    }
    if (stored) {
      // Keep serving what is readable rather than locking everyone out of the board.
      room.applyStored(stored, STORAGE_ORIGIN, (error) => log.error('skipping unreadable stored update', { docKey, error }))
      room.headSeq = stored.headSeq
      room.pendingUpdates = stored.updates.length
    }
    room.pickServerClientId()
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

  /** The stored state, then the updates after it; an unreadable one is skipped (`onUnreadable`), the rest applied. */
  private applyStored(stored: StoredDocument, origin: symbol, onUnreadable: (error: unknown) => void): void {
    this.doc.transact(() => {
      const apply = (write: () => void) => {
        try {
          write()
        } catch (error) {
          onUnreadable(error)
        }
      }
      const { state } = stored
      if (state) apply(() => applyDocumentState(this.doc, state, this.storage.stateEncoding))
      for (const update of stored.updates) apply(() => Y.applyUpdate(this.doc, update))
    }, origin)
  }

  /** The server writes under a client id of its own that no participant holds or has written under. */
  private pickServerClientId(): void {
    while (this.owners.ownerOf(this.doc.clientID) !== undefined || Y.getState(this.doc.store, this.doc.clientID) > 0) {
      this.doc.clientID = Math.floor(Math.random() * 0xffffffff)
    }
    this.owners.reserve(this.doc.clientID, SERVER_OWNER)
  }

  /** The highest sequence number of this document's updates stored so far by or for this room. */
  get persistedSeq(): number {
    return this.headSeq
  }

  get peerCount(): number {
    return this.peers.size
  }

  /** Connections on this instance that may run the workshop (in open mode: everyone). */
  get facilitatorCount(): number {
    let count = 0
    for (const peer of this.peers) if (mayRunWorkshop(peer.role)) count++
    return count
  }

  /**
   * Whether another instance has a facilitator connected to this document: asked over the fan-out, answered by any
   * instance that has one within `waitMs`. False without a fan-out (a single instance knows all its connections).
   */
  facilitatorElsewhere(waitMs: number): Promise<boolean> {
    const channel = this.channel
    if (!channel || this.destroyed) return Promise.resolve(false)
    return new Promise((resolve) => {
      const done = (present: boolean) => {
        clearTimeout(timer)
        this.facilitatorWaiters.delete(onPresent)
        resolve(present)
      }
      const onPresent = () => done(true)
      const timer = setTimeout(() => done(false), waitMs)
      this.facilitatorWaiters.add(onPresent)
      channel.publish(FanoutKind.queryFacilitators)
    })
  }

  addPeer(peer: Peer): void {
    this.peers.add(peer)
    // Server speaks first with its state vector so the client sends what the server is missing.
    peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)))
    const states = this.awareness.getStates()
    if (states.size > 0) {
      peer.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])))
    }
    this.options.onPeersChanged?.(this)
  }

  removePeer(peer: Peer): void {
    if (!this.peers.delete(peer)) return
    // Only the presence this peer set last goes: the same participant may have taken it over from a new socket.
    const held = [...this.presenceHolders].filter(([, holder]) => holder === peer).map(([clientId]) => clientId)
    for (const clientId of held) this.presenceHolders.delete(clientId)
    if (held.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, held, null)
    this.options.onPeersChanged?.(this)
  }

  /**
   * Sync step 1: answers with what the peer is missing. A large answer (a newcomer on a huge board) is encoded in
   * turns, so the other rooms are served meanwhile; updates applied in between reach the peer as usual.
   */
  async answerStateVector(peer: Peer, stateVector: Uint8Array): Promise<void> {
    const update = await encodeStateInTurns(this.doc, stateVector, nextTurn, () => this.destroyed || !this.peers.has(peer))
    if (update) peer.send(encodeSyncStep2(update))
  }

  answerAwarenessQuery(peer: Peer): void {
    peer.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])))
  }

  /** A client's sync step 2 or update: checked, its new client ids claimed, then applied (in slices if large). */
  writeUpdate(peer: Peer, update: Uint8Array, parsed: ParsedUpdate): Promise<WriteResult> {
    // The empty step 2 every y-websocket client sends on connect needs no turn in the queue.
    if (isEmptyUpdate(parsed)) return Promise.resolve({ ok: true, newAnnotations: 0 })
    if (this.options.guardUpdates === false) {
      return this.enqueue(async () => {
        await this.apply(update, parsed, peer)
        return { ok: true, newAnnotations: 0 }
      })
    }
    return this.enqueue(async () => {
      const context = { kind: this.kind, role: peer.role, owner: peer.owner, owners: this.owners }
      const version = this.version
      let verdict = await checkUpdateInTurns(this.doc, parsed, context)
      if (verdict.ok && verdict.unclaimed.length > 0) {
        const taken = await this.owners.claim(verdict.unclaimed, peer.owner)
        if (taken.length > 0) {
          return { ok: false, code: CloseCode.forbidden, reason: CloseReason.notYourClient, detail: `client ids ${taken.join(', ')} are held by another participant` }
        }
      }
      if (this.destroyed) return { ok: false, code: CloseCode.serviceRestart, reason: CloseReason.serviceRestart, detail: 'room closed' }
      // The document may have moved on (another instance's update) while we checked or stored a claim.
      if (verdict.ok && this.version !== version) verdict = await checkUpdateInTurns(this.doc, parsed, context)
      if (!verdict.ok) return verdict
      if (!verdict.changes) return { ok: true, newAnnotations: 0 }
      await this.apply(update, parsed, peer)
      return { ok: true, newAnnotations: verdict.newAnnotations }
    })
  }

  private async apply(update: Uint8Array, parsed: ParsedUpdate, origin: unknown): Promise<void> {
    const slices = sliceUpdate(update, parsed, this.options.sliceStructs ?? DEFAULT_SLICE_STRUCTS, SLICE_BYTES)
    for (const [index, slice] of slices.entries()) {
      if (index > 0) await nextTurn()
      if (this.destroyed) return
      Y.applyUpdate(this.doc, slice, origin)
    }
    const { store } = this.doc
    if (store.pendingStructs || store.pendingDs) {
      // The guard let through something Yjs holds back: drop it rather than let it integrate later, out of context.
      this.log.error('update left pending content after the guard passed it; dropped', { docKey: this.docKey })
      store.pendingStructs = null
      store.pendingDs = null
    }
  }

  /** Presence: only under client ids the peer's participant holds (claimed on first sight); the rest is dropped. */
  async writeAwareness(peer: Peer, entries: readonly AwarenessEntry[]): Promise<WriteResult> {
    const shown = new Set([...this.presenceHolders].filter(([, holder]) => holder === peer).map(([clientId]) => clientId))
    const verdict = checkPresence(entries, peer.role, peer.owner, this.owners, shown)
    if (!verdict.ok) return verdict
    let own = verdict.own
    if (verdict.unclaimed.length > 0) {
      const taken = new Set(await this.owners.claim(verdict.unclaimed, peer.owner))
      own = own.filter((entry) => !taken.has(entry.clientId))
    }
    if (own.length === 0 || this.destroyed || !this.peers.has(peer)) return { ok: true, newAnnotations: 0 }
    for (const entry of own) {
      if (entry.state === null) {
        if (this.presenceHolders.get(entry.clientId) === peer) this.presenceHolders.delete(entry.clientId)
      } else {
        this.presenceHolders.set(entry.clientId, peer)
      }
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(own), peer)
    return { ok: true, newAnnotations: 0 }
  }

  /** A change the server itself makes (vote results), in the write queue like a client's. */
  writeAsServer(change: (doc: Y.Doc) => void): Promise<void> {
    return this.enqueue(async () => {
      await this.owners.claim([this.doc.clientID], SERVER_OWNER)
      if (!this.destroyed) this.doc.transact(() => change(this.doc), SERVER_ORIGIN)
    })
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.writes.then(task, task)
    this.writes = run.catch(() => undefined)
    return run
  }

  /** Resolves once every update received so far is persisted and broadcast. */
  async flushed(): Promise<void> {
    let current
    do {
      current = [this.writes, this.outbox]
      await Promise.all(current)
    } while (current[0] !== this.writes || current[1] !== this.outbox)
  }

  /** Closes the peers whose board invite of `role` is older than `generation` (a revocation, here or elsewhere). */
  closeRevoked(role: string, generation: number): number {
    let closed = 0
    for (const peer of this.peers) {
      const credential = peer.credential
      if (peer.role === role && credential && !credential.workspace && credential.generation < generation) {
        peer.close(CloseCode.inviteRevoked, CloseReason.inviteRevoked)
        closed++
      }
    }
    return closed
  }

  private broadcast(frame: Uint8Array, except: unknown): void {
    for (const peer of this.peers) {
      if (peer !== except) peer.send(frame)
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.version++
    if (origin === STORAGE_ORIGIN) return
    const frame = encodeUpdateMessage(update)
    if (origin === REMOTE_ORIGIN) {
      this.broadcast(frame, null)
      return
    }
    this.options.onDocumentChanged?.(this)
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
      this.broadcast(frame, origin === SERVER_ORIGIN ? null : origin)
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
          const present = [...this.presenceHolders.keys()].filter((id) => this.awareness.getStates().has(id))
          if (present.length > 0) {
            this.channel?.publish(FanoutKind.awareness, awarenessProtocol.encodeAwarenessUpdate(this.awareness, present))
          }
          return
        }
        case FanoutKind.resync:
          void this.reload()
          return
        case FanoutKind.revoke: {
          const revocation = decodeRevocation(message.payload)
          if (revocation) this.closeRevoked(revocation.role, revocation.generation)
          return
        }
        case FanoutKind.queryFacilitators:
          if (this.facilitatorCount > 0) this.channel?.publish(FanoutKind.facilitatorPresent)
          return
        case FanoutKind.facilitatorPresent:
          for (const waiter of [...this.facilitatorWaiters]) waiter()
          return
      }
    } catch (error) {
      this.log.warn('ignoring unusable fan-out message', { docKey: this.docKey, kind: message.kind, error })
    }
  }

  /** Re-applies storage after we may have missed fan-out messages; peers get only what is new. */
  private async reload(): Promise<void> {
    try {
      const stored = await this.storage.loadDocument(this.docKey)
      if (!stored || this.destroyed) return
      // Unreadable entries were reported when the board was loaded.
      this.applyStored(stored, REMOTE_ORIGIN, () => {})
      this.log.debug('room resynced from storage', { docKey: this.docKey })
    } catch (error) {
      this.log.error('resync from storage failed', { docKey: this.docKey, error })
    }
  }

  private readonly onAwarenessUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const changed = [...added, ...updated, ...removed]
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)
    this.broadcast(encodeAwarenessMessage(update), origin)
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
    this.compacting = this.compactNow()
    try {
      await this.compacting
    } finally {
      this.compacting = null
    }
  }

  private async compactNow(): Promise<void> {
    const folded = this.pendingUpdates
    const upToSeq = this.headSeq
    const started = performance.now()
    try {
      // The doc already contains every update with seq <= headSeq (apply happens before append). A huge board is
      // encoded in turns (it may take in more meanwhile, which the snapshot then also holds: harmless).
      const state =
        this.storage.stateEncoding === 'v1'
          ? await encodeStateInTurns(this.doc, WHOLE_STATE, nextTurn)
          : encodeDocumentState(this.doc, this.storage.stateEncoding)
      if (!state) return
      await this.storage.compact(this.docKey, state, upToSeq)
      this.pendingUpdates -= folded
      this.log.debug('room compacted', { docKey: this.docKey, folded, upToSeq, bytes: state.byteLength, ms: Math.round(performance.now() - started) })
    } catch (error) {
      this.log.error('compaction failed', { docKey: this.docKey, error })
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
