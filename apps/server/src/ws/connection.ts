// One client socket attached to one room. Its job is to turn whatever arrives on the wire into validated
// messages for the room, one at a time and in order, and to make sure that nothing a client sends can hurt
// anyone but that client: every failure closes this socket only. A client that sends faster than the room
// can take its writes is paused (TCP backpressure) rather than buffered without bound. A board change that arrived
// whole is applied even when its client leaves before the room got to it (see onClose).
import {
  CloseCode,
  CloseReason,
  decodeClientFrame,
  decodeClientFrameInTurns,
  DEFAULT_FRAME_LIMITS,
  UpdateFormatError,
  type ClientMessage,
  type DocKey,
  type DocKind,
  type FrameLimits,
  type Role,
} from '@sammen/protocol'
import type { RawData, WebSocket } from 'ws'
import type { BoardId } from '@sammen/journey-model'
import type { OwnerId } from '../auth/owners'
import type { Logger } from '../log'
import type { ServerMetrics } from '../metrics'
import { MessageRate, TokenBucket } from '../rateLimit'
import type { Peer, Room, WriteResult } from '../room'
import type { RoomRegistry } from '../rooms'

export interface ConnectionOptions {
  role: Role
  kind: DocKind
  docKey: DocKey
  owner: OwnerId
  /** The invite (secured mode) or null (open mode). */
  credential: { workspace: boolean; generation: number; expiresAt: number } | null
  /** A peer that cannot keep up is dropped (it resyncs on reconnect) instead of growing memory. */
  maxBufferedBytes: number
  /** Bytes of frames waiting for the room before the socket is paused. */
  maxPendingBytes: number
  metrics?: ServerMetrics
  /** Frames per second before the connection is closed with 4429. Default: unlimited. */
  maxMessagesPerSecond?: number
  limits?: FrameLimits
}

// Frames above this size are read in one turn and checked and applied in the next ones.
const LARGE_FRAME_BYTES = 64 * 1024
// While a room loads, frames are held back; a client has no reason to send more than a handful.
const MAX_QUEUED_FRAMES = 1024
// Answering a state vector encodes the document; an honest client asks once per connection.
const STATE_VECTOR_BURST = 10
const STATE_VECTORS_PER_MINUTE = 12
// A citizen writes a few comments in a session; a script writes thousands.
const ANNOTATION_BURST = 60
const ANNOTATIONS_PER_MINUTE = 30

// ws closes the socket itself on these protocol violations; mirrored here only to count them.
const WS_ERROR_CLOSE_CODES: Record<string, number> = {
  WS_ERR_UNSUPPORTED_MESSAGE_LENGTH: 1009,
  WS_ERR_INVALID_UTF8: 1007,
}

let nextConnectionId = 1

export class Connection implements Peer {
  readonly id = nextConnectionId++
  readonly role: Role
  readonly kind: DocKind
  readonly docKey: DocKey
  readonly owner: OwnerId
  readonly credential: { workspace: boolean; generation: number; expiresAt: number } | null
  private room: Room | null = null
  private readonly inbox: Uint8Array[] = []
  private inboxBytes = 0
  private pumping = false
  private paused = false
  private closed = false
  /** The client has left, and board changes it sent before it left are still being applied (see onClose). */
  private draining = false
  private alive = true
  private childLog: Logger | null = null
  private readonly rate: MessageRate | null
  private readonly stateVectors = new TokenBucket(STATE_VECTOR_BURST, STATE_VECTORS_PER_MINUTE)
  /** Made when the first annotation arrives: only user-panel sockets of the annotations document ever need it. */
  private annotations: TokenBucket | null = null

  constructor(
    private readonly ws: WebSocket,
    readonly boardId: BoardId,
    private readonly registry: RoomRegistry,
    private readonly serverLog: Logger,
    private readonly options: ConnectionOptions,
  ) {
    this.role = options.role
    this.kind = options.kind
    this.docKey = options.docKey
    this.owner = options.owner
    this.credential = options.credential
    this.rate = options.maxMessagesPerSecond ? new MessageRate(options.maxMessagesPerSecond) : null
    ws.on('message', this.onMessage)
    ws.on('pong', () => {
      this.alive = true
    })
    // ws emits protocol violations (oversized frame, bad UTF-8, bad opcode) as 'error' and closes the
    // socket itself with the right code (1009, 1007, 1002); without a listener Node would crash.
    ws.on('error', (error: Error & { code?: string }) => {
      this.log.warn('websocket error', { error: error.message })
      const code = error.code?.startsWith('WS_ERR_') ? (WS_ERROR_CLOSE_CODES[error.code] ?? 1002) : null
      if (code !== null) this.options.metrics?.closedByServer(code)
    })
    ws.on('close', this.onClose)

    registry.acquire(this.docKey, this.kind).then(this.onRoomReady, (error: unknown) => {
      // No release here: the registry already dropped the failed entry.
      this.log.error('could not load board', { error })
      this.close(CloseCode.internalError, CloseReason.couldNotLoad)
    })
  }

  /** This connection's logger, made on first use: most connections never log, and a logger per socket adds up. */
  private get log(): Logger {
    this.childLog ??= this.serverLog.child({ boardId: this.boardId, doc: this.kind, conn: this.id, role: this.role })
    return this.childLog
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return
    if (this.ws.bufferedAmount > this.options.maxBufferedBytes) {
      this.log.warn('peer too slow, dropping it', { bufferedAmount: this.ws.bufferedAmount })
      this.close(CloseCode.tryAgainLater, CloseReason.tooSlow)
      return
    }
    this.options.metrics?.messageSent(frame.byteLength)
    this.ws.send(frame, { binary: true }, (error) => {
      if (error) this.log.debug('send failed', { error: error.message })
    })
  }

  close(code: number, reason: string): void {
    if (this.closed) return
    this.closed = true
    this.options.metrics?.closedByServer(code)
    this.detach()
    this.ws.close(code, reason)
  }

  /** Resolves once the socket is fully closed (used by shutdown to wait for close handshakes). */
  onceClosed(callback: () => void): void {
    if (this.ws.readyState === this.ws.CLOSED) callback()
    else this.ws.once('close', () => callback())
  }

  /** Called by the keepalive sweep: a peer that missed the previous ping is considered dead. */
  heartbeat(): void {
    if (this.closed) return
    if (!this.alive) {
      this.log.info('no pong, dropping connection')
      this.closed = true
      this.detach()
      this.ws.terminate()
      return
    }
    this.alive = false
    this.ws.ping()
  }

  private readonly onRoomReady = (room: Room): void => {
    if (this.closed && !this.draining) {
      // The socket went away while the board loaded; onClose could not release a room it never had.
      this.registry.release(this.docKey)
      return
    }
    this.room = room
    room.addPeer(this)
    void this.pump()
  }

  private readonly onMessage = (data: RawData, isBinary: boolean): void => {
    if (this.closed) return
    // Counted before anything else (including the queue) so a flood costs us as little as possible.
    if (this.rate && !this.rate.take()) {
      this.refuse(CloseCode.rateLimited, CloseReason.rateLimited, 'too many messages per second')
      return
    }
    if (!isBinary) {
      this.refuse(CloseCode.malformed, CloseReason.malformed, 'text frame; the protocol is binary')
      return
    }
    if (!this.room && this.inbox.length >= MAX_QUEUED_FRAMES) {
      this.refuse(CloseCode.policy, CloseReason.tooManyBeforeSync, 'too many frames while the board loads')
      return
    }
    const frame = toUint8Array(data)
    this.inbox.push(frame)
    this.inboxBytes += frame.byteLength
    if (this.inboxBytes > this.options.maxPendingBytes && !this.paused) {
      this.paused = true
      this.ws.pause()
    }
    void this.pump()
  }

  /** Handles queued frames one after the other; each write waits for the room. */
  private async pump(): Promise<void> {
    if (this.pumping || !this.room) return
    this.pumping = true
    try {
      while ((!this.closed || this.draining) && this.inbox.length > 0) {
        const frame = this.inbox.shift()!
        this.inboxBytes -= frame.byteLength
        await this.handle(frame)
        if (this.paused && !this.closed && this.inboxBytes <= this.options.maxPendingBytes / 2) {
          this.paused = false
          this.ws.resume()
        }
      }
    } finally {
      this.pumping = false
      if (this.draining) {
        this.draining = false
        this.detach()
      }
    }
  }

  private async handle(frame: Uint8Array): Promise<void> {
    const room = this.room
    if (!room) return
    let message: ClientMessage
    const limits = this.options.limits ?? DEFAULT_FRAME_LIMITS
    try {
      // A large frame is read in turns, so other rooms are served while it is.
      message = frame.byteLength > LARGE_FRAME_BYTES ? await decodeClientFrameInTurns(frame, limits, nextTurn) : decodeClientFrame(frame, limits)
    } catch (error) {
      if (error instanceof UpdateFormatError && error.problem !== 'malformed') {
        this.refuse(CloseCode.tooLarge, error.problem === 'too-deep' ? CloseReason.tooDeep : CloseReason.tooLarge, error.message)
      } else {
        this.refuse(CloseCode.malformed, CloseReason.malformed, error instanceof Error ? error.message : String(error))
      }
      return
    }
    this.options.metrics?.messageReceived(message.kind, frame.byteLength)
    if (frame.byteLength > LARGE_FRAME_BYTES) await nextTurn()
    // After the client left only its board changes still count: nobody is there for an answer or a presence.
    if (this.closed && !(this.draining && (message.kind === 'update' || message.kind === 'syncStep2'))) return
    try {
      switch (message.kind) {
        case 'syncStep1':
          if (!this.stateVectors.take()) return this.refuse(CloseCode.rateLimited, CloseReason.rateLimited, 'too many sync requests')
          return await room.answerStateVector(this, message.stateVector)
        case 'queryAwareness':
          if (!this.stateVectors.take()) return this.refuse(CloseCode.rateLimited, CloseReason.rateLimited, 'too many presence requests')
          room.answerAwarenessQuery(this)
          return
        case 'syncStep2':
        case 'update':
          return this.settle(await room.writeUpdate(this, message.update, message.parsed), 'document change refused')
        case 'awareness':
          return this.settle(await room.writeAwareness(this, message.entries), 'presence refused')
      }
    } catch (error) {
      // Checked and still refused by Yjs (or our own bug): the client's connection goes, nobody else's.
      this.refuse(CloseCode.malformed, CloseReason.malformed, error instanceof Error ? error.message : String(error))
    }
  }

  private settle(result: WriteResult, what: string): void {
    if (!result.ok) return this.refuse(result.code, result.reason, `${what}: ${result.detail}`)
    if (result.newAnnotations === 0) return
    this.annotations ??= new TokenBucket(ANNOTATION_BURST, ANNOTATIONS_PER_MINUTE)
    if (!this.annotations.take(result.newAnnotations)) {
      this.refuse(CloseCode.rateLimited, CloseReason.rateLimited, 'too many new annotations per minute')
    }
  }

  private refuse(code: number, reason: string, detail: string): void {
    if (this.closed) return
    this.log.warn('closing connection', { code, reason, detail })
    this.close(code, reason)
  }

  private readonly onClose = (code: number): void => {
    const wasClosed = this.closed
    this.closed = true
    this.log.debug('connection closed', { code, byServer: wasClosed })
    // A client that leaves right after a large change (a pasted journey, then the tab closed) has sent it whole; it
    // is the client's work and the others' next view of the board, so it is still checked, applied and stored
    // before the connection leaves its room. A socket the server closed (refused, too slow) gets nothing more.
    if (!wasClosed && (this.pumping || this.inbox.length > 0)) {
      this.draining = true
      void this.pump()
      return
    }
    this.detach()
  }

  // Idempotent: leaves the room and hands the reference back exactly once.
  private detached = false
  private detach(): void {
    if (this.detached) return
    this.detached = true
    this.inbox.length = 0
    this.inboxBytes = 0
    if (this.room) {
      this.room.removePeer(this)
      this.room = null
      this.registry.release(this.docKey)
    }
    // Without a room yet, onRoomReady (or the load failure path) releases when the load settles.
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
