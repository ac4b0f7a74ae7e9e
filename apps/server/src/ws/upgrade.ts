// The HTTP upgrade of a sync socket: path, rate limit, credentials, role, then a Connection. Every refusal is a
// real HTTP status with a one-line reason, never a socket that opens and closes.
import http from 'node:http'
import type { Duplex } from 'node:stream'
import type { BoardId } from '@sammen/journey-model'
import {
  CloseCode,
  CloseReason,
  DEFAULT_AWARENESS_LIMITS,
  docKey,
  parseSyncPath,
  readOfferedProtocols,
  SYNC_SUBPROTOCOL,
  type DocKind,
  type FrameLimits,
  type Role,
  type UpdateLimits,
} from '@sammen/protocol'
import type { WebSocket, WebSocketServer } from 'ws'
import type { AccessControl } from '../auth/access'
import { ephemeralOwner, ownerOfKey } from '../auth/owners'
import type { Sessions } from '../auth/sessions'
import type { Logger } from '../log'
import type { ServerMetrics } from '../metrics'
import type { WindowCounter } from '../rateLimit'
import type { RoomRegistry } from '../rooms'
import { requestPath } from '../httpPath'
import { Connection, type ConnectionOptions } from './connection'

export interface UpgradeOptions {
  wss: WebSocketServer
  access: AccessControl
  sessions: Sessions<Connection>
  rooms: RoomRegistry
  log: Logger
  metrics: ServerMetrics
  upgradesPerIp: WindowCounter
  maxMessageBytes: number
  maxMessagesPerSecond: number
  limits: UpdateLimits
  isClosing: () => boolean
}

export function createUpgradeHandler(options: UpgradeOptions) {
  const { access, sessions, log, metrics } = options
  // One object for every connection (they only read it).
  const frameLimits = { update: options.limits, awareness: DEFAULT_AWARENESS_LIMITS }
  return (req: http.IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', ignoreError) // a reset during the handshake is not worth a crash
    // Never log req.url or the protocol header: the offered subprotocols hold the token and the participant key.
    const refuse = (status: number, message: string, headers: Record<string, string> = {}) => {
      metrics.upgradeRefused(status)
      refuseUpgrade(socket, status, message, headers)
    }
    const pathname = requestPath(req)
    if (pathname === null) return refuse(400, 'invalid request target')
    if (options.isClosing()) return refuse(503, 'server is shutting down')
    const path = parseSyncPath(pathname)
    if (!path.ok) {
      return path.reason === 'not-sync'
        ? refuse(404, 'unknown path; sync lives at /sync/<boardId> and /sync/<boardId>/annotations')
        : refuse(400, 'invalid board id')
    }
    const { boardId, kind } = path
    // Before the token check, so guessing tokens is throttled too.
    if (!options.upgradesPerIp.take(req.socket.remoteAddress ?? 'unknown')) {
      log.warn('too many connections from one address', { remote: req.socket.remoteAddress })
      return refuse(429, 'too many connections; retry in a minute', { 'Retry-After': '60' })
    }
    // Only the subprotocol list carries credentials: a `?token=` in the URL is ignored (it would sit in proxy logs).
    const offered = readOfferedProtocols(req.headers['sec-websocket-protocol'])

    access.authorize(boardId, offered.token).then(
      (decision) => {
        if (!decision.ok) {
          log.info('upgrade refused', { boardId, status: decision.status, reason: decision.reason, remote: req.socket.remoteAddress })
          return refuse(decision.status, decision.reason)
        }
        if (socket.destroyed) return
        if (options.isClosing()) return refuse(503, 'server is shutting down')
        options.wss.handleUpgrade(req, socket, head, (ws) => {
          if (options.isClosing()) {
            ws.close(CloseCode.serviceRestart, CloseReason.serviceRestart)
            return
          }
          const claims = decision.claims
          if (claims && sessions.revokedMeanwhile(boardId, decision.workspace, claims.role, claims.generation)) {
            metrics.closedByServer(CloseCode.inviteRevoked)
            ws.close(CloseCode.inviteRevoked, CloseReason.inviteRevoked)
            return
          }
          attach(ws, options, frameLimits, {
            boardId,
            kind,
            role: decision.role,
            participantKey: offered.participantKey,
            credential: claims ? { workspace: decision.workspace, generation: claims.generation, expiresAt: claims.expiresAt * 1000 } : null,
            tokenId: claims?.tokenId,
            remote: req.socket.remoteAddress,
          })
        })
      },
      (error: unknown) => {
        // Storage could not tell the role generation; refusing is the safe side.
        log.error('could not check the invite', { boardId, error })
        refuse(503, 'could not check the invite; retry shortly')
      },
    )
  }
}

interface Admitted {
  boardId: BoardId
  kind: DocKind
  role: Role
  participantKey: string | null
  credential: ConnectionOptions['credential']
  tokenId: string | undefined
  remote: string | undefined
}

/**
 * The open socket becomes a Connection. Module-level on purpose: a closure made inside the upgrade handler (the
 * `close` listener below lives as long as the socket) would keep the handler's whole scope alive with it — the
 * request with its headers, the handshake's buffers — for every open connection.
 */
function attach(ws: WebSocket, options: UpgradeOptions, limits: FrameLimits, admitted: Admitted): void {
  const { sessions, metrics } = options
  const conn = new Connection(ws, admitted.boardId, options.rooms, options.log, {
    role: admitted.role,
    kind: admitted.kind,
    docKey: docKey(admitted.boardId, admitted.kind),
    owner: admitted.participantKey ? ownerOfKey(admitted.participantKey) : ephemeralOwner(),
    credential: admitted.credential,
    maxBufferedBytes: Math.max(options.maxMessageBytes * 4, 32 * 1024 * 1024),
    maxPendingBytes: options.maxMessageBytes * 2,
    metrics,
    maxMessagesPerSecond: options.maxMessagesPerSecond,
    limits,
  })
  sessions.add(conn)
  ws.on('close', () => sessions.delete(conn))
  options.log.debug('client connected', {
    boardId: admitted.boardId,
    conn: conn.id,
    role: admitted.role,
    tokenId: admitted.tokenId,
    keyed: admitted.participantKey !== null,
    remote: admitted.remote,
  })
}

function ignoreError(): void {}

/** The subprotocol to answer with: `sammen` when offered, none otherwise. Never the token or the key. */
export function selectSubprotocol(protocols: Set<string>): string | false {
  return protocols.has(SYNC_SUBPROTOCOL) ? SYNC_SUBPROTOCOL : false
}

function refuseUpgrade(socket: Duplex, status: number, message: string, headers: Record<string, string> = {}): void {
  if (socket.destroyed) return
  const body = `${message}\n`
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\n` +
      'Connection: close\r\n' +
      Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('') +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
      body,
  )
}
