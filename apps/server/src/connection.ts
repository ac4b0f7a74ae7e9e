// One client socket attached to one room. Its job is to turn whatever arrives on the wire into
// validated messages for the room, and to make sure that nothing a client sends can hurt anyone but
// that client: every failure closes this socket only.
import type { RawData, WebSocket } from 'ws'
import type { BoardId } from '@sammen/journey-model'
import type { Role } from './auth/tokens'
import { canWrite, docKey, type DocKey, type DocKind } from './docKey'
import type { Logger } from './log'
import type { ServerMetrics } from './metrics'
import { CloseCode, decodeClientMessage, isEmptyUpdate, ProtocolError } from './protocol'
import { onlyAddsAnnotations } from './annotationGuard'
import { MessageRate } from './rateLimit'
import type { Peer, Room } from './room'
import type { RoomRegistry } from './rooms'

export interface ConnectionOptions {
  /** A peer that cannot keep up is dropped (it resyncs on reconnect) instead of growing memory. */
  maxBufferedBytes: number
  metrics?: ServerMetrics
  /** What the client's invite allows; `editor` in open mode. Default `editor`. */
  role?: Role
  /** Which of the board's documents this socket syncs. Default `journey`. */
  kind?: DocKind
  /** Frames per second before the connection is closed with 4429. Default: unlimited. */
  maxMessagesPerSecond?: number
}

// While a room loads, frames are held back; a client has no reason to send more than a handful.
const MAX_QUEUED_FRAMES = 1024

// ws closes the socket itself on these protocol violations; mirrored here only to count them.
const WS_ERROR_CLOSE_CODES: Record<string, number> = {
  WS_ERR_UNSUPPORTED_MESSAGE_LENGTH: 1009,
  WS_ERR_INVALID_UTF8: 1007,
}

let nextConnectionId = 1

export class Connection implements Peer {
  readonly id = nextConnectionId++
  private room: Room | null = null
  private queue: Uint8Array[] | null = []
  private closed = false
  private alive = true
  private readonly log: Logger
  readonly role: Role
  readonly kind: DocKind
  readonly docKey: DocKey
  private readonly writable: boolean
  private readonly rate: MessageRate | null

  constructor(
    private readonly ws: WebSocket,
    readonly boardId: BoardId,
    private readonly registry: RoomRegistry,
    log: Logger,
    private readonly options: ConnectionOptions,
  ) {
    this.role = options.role ?? 'editor'
    this.kind = options.kind ?? 'journey'
    this.docKey = docKey(boardId, this.kind)
    this.writable = canWrite(this.role, this.kind)
    this.rate = options.maxMessagesPerSecond ? new MessageRate(options.maxMessagesPerSecond) : null
    this.log = log.child({ boardId, doc: this.kind, conn: this.id, role: this.role })
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

    registry.acquire(this.docKey).then(this.onRoomReady, (error: unknown) => {
      // No release here: the registry already dropped the failed entry.
      this.log.error('could not load board', { error })
      this.close(CloseCode.internalError, 'could not load board')
    })
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return
    if (this.ws.bufferedAmount > this.options.maxBufferedBytes) {
      this.log.warn('peer too slow, dropping it', { bufferedAmount: this.ws.bufferedAmount })
      this.close(CloseCode.tryAgainLater, 'too slow')
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
    if (this.closed) {
      // The socket went away while the board loaded; onClose could not release a room it never had.
      this.registry.release(this.docKey)
      return
    }
    this.room = room
    room.addPeer(this)
    const queued = this.queue ?? []
    this.queue = null
    for (const frame of queued) {
      if (this.closed) break
      this.handle(frame)
    }
  }

  private readonly onMessage = (data: RawData, isBinary: boolean): void => {
    if (this.closed) return
    // Counted before anything else (including the load queue) so a flood costs us as little as possible.
    if (this.rate && !this.rate.take()) {
      this.log.warn('too many messages per second, closing connection')
      this.close(CloseCode.rateLimited, 'rate limited')
      return
    }
    if (!isBinary) {
      this.reject(new ProtocolError('text frame; the protocol is binary'))
      return
    }
    const frame = toUint8Array(data)
    if (this.queue) {
      if (this.queue.length >= MAX_QUEUED_FRAMES) {
        this.close(CloseCode.policy, 'too many messages before sync')
        return
      }
      this.queue.push(frame)
      return
    }
    this.handle(frame)
  }

  private handle(frame: Uint8Array): void {
    const room = this.room
    if (!room) return
    let message
    try {
      message = decodeClientMessage(frame)
    } catch (error) {
      this.reject(error)
      return
    }
    this.options.metrics?.messageReceived(message.kind, frame.byteLength)
    if ((message.kind === 'syncStep2' || message.kind === 'update') && !this.writable) {
      // Checked before the room sees the message: a refused change is never applied, relayed or
      // stored. The empty step 2 every y-websocket client sends on connect is harmless; skip it.
      if (isEmptyUpdate(message.update)) return
      this.log.warn('read-only role sent a document change, closing connection')
      this.close(CloseCode.readOnly, 'read-only role')
      return
    }
    if (
      (message.kind === 'syncStep2' || message.kind === 'update') &&
      this.kind === 'annotations' &&
      this.role === 'panel' &&
      !isEmptyUpdate(message.update) &&
      !onlyAddsAnnotations(room.doc, message.update)
    ) {
      this.log.warn('panel member changed an existing annotation, closing connection')
      this.close(CloseCode.readOnly, 'panel members may only add annotations')
      return
    }
    try {
      room.receive(this, message)
    } catch (error) {
      // Validation passed but Yjs still refused the content: treat it as the client's fault, too.
      this.reject(error)
    }
  }

  private reject(error: unknown): void {
    this.log.warn('malformed message, closing connection', {
      error: error instanceof Error ? error.message : String(error),
    })
    this.close(CloseCode.malformed, 'malformed message')
  }

  private readonly onClose = (code: number): void => {
    const wasClosed = this.closed
    this.closed = true
    this.detach()
    this.log.debug('connection closed', { code, byServer: wasClosed })
  }

  // Idempotent: leaves the room and hands the reference back exactly once.
  private detached = false
  private detach(): void {
    if (this.detached) return
    this.detached = true
    this.queue = null
    if (this.room) {
      this.room.removePeer(this)
      this.room = null
      this.registry.release(this.docKey)
    }
    // Without a room yet, onRoomReady (or the load failure path) releases when the load settles.
  }
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
