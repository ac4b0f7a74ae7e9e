// Assembles the pieces into one listening server. Used by main.ts and, in-process, by tests and
// benchmarks; nothing here reads the environment.
import http from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { isBoardId, type BoardId } from '@sammen/journey-model'
import { AccessControl } from './auth/access'
import { selectSubprotocol, socketToken } from './auth/socketToken'
import { secretKey, type Role } from './auth/tokens'
import { Connection } from './connection'
import type { Fanout } from './fanout/Fanout'
import { createHttpHandler, type Readiness } from './http'
import { createInviteApi } from './inviteApi'
import { createLogger, type Logger } from './log'
import { ServerMetrics } from './metrics'
import { CloseCode } from './protocol'
import { WindowCounter } from './rateLimit'
import { RoomRegistry } from './rooms'
import { createSnapshotApi, DEFAULT_MAX_SNAPSHOT_BYTES } from './snapshotApi'
import type { DocStorage } from './storage/DocStorage'
import { SqliteDocStorage } from './storage/SqliteDocStorage'

export interface StartServerOptions {
  /** 0 picks a free port. Default 0. */
  port?: number
  /** Default 127.0.0.1 (main.ts passes 0.0.0.0 from config). */
  host?: string
  /** Where SqliteDocStorage keeps sammen.sqlite. Required unless `storage` is given. */
  dataDir?: string
  /** Bring your own storage (e.g. another adapter); the server closes it on close(). */
  storage?: DocStorage
  /** Built web app; null or a missing directory serves a "run the build" placeholder. */
  webDist?: string | null
  /** Largest accepted WebSocket frame; bigger ones are closed with 1009. Default 8 MiB. */
  maxMessageBytes?: number
  /** Largest named snapshot state accepted by the snapshot API (413 above). Default 32 MiB. */
  maxSnapshotBytes?: number
  /** Keepalive ping period; a peer that misses one whole period is dropped. Default 30 s. */
  pingIntervalMs?: number
  /** Appended updates per board before the log is folded into a snapshot. Default 200. */
  compactThreshold?: number
  /** Fan-out to other instances (RedisFanout); the server closes it on close(). Default: none. */
  fanout?: Fanout | null
  logger?: Logger
  /**
   * HS256 secret for invite tokens (≥ 32 bytes). Set: "secured" mode, every socket needs a token and
   * its role applies. Unset: "open" mode, everyone is an editor.
   */
  tokenSecret?: string | null
  /** Base URL of invite links (e.g. https://sammen.example.no); default: from the request's Host. */
  publicUrl?: string | null
  /** WebSocket upgrades per client IP per minute; more get HTTP 429. Default 600. */
  maxConnectionsPerMinute?: number
  /** Frames per second per connection; more close it with 4429. Default 500. */
  maxMessagesPerSecond?: number
}

export interface RunningServer {
  port: number
  /** http://host:port, with 0.0.0.0 / :: shown as localhost. */
  url: string
  /** "open" (no token secret: everyone edits) or "secured" (signed invites and roles). */
  mode: 'open' | 'secured'
  /** Closes every client with 1012, flushes and closes storage, stops listening. Idempotent. */
  close(): Promise<void>
}

// `/sync/<boardId>` is the journey, `/sync/<boardId>/annotations` the user panel's annotations.
const SYNC_PATH = /^\/sync\/([^/]*)(\/annotations)?$/
const SHUTDOWN_GRACE_MS = 1000
const READY_TIMEOUT_MS = 2000

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const log = options.logger ?? createLogger()
  const maxMessageBytes = options.maxMessageBytes ?? 8 * 1024 * 1024
  let storage: DocStorage
  if (options.storage) storage = options.storage
  else if (options.dataDir) storage = new SqliteDocStorage(options.dataDir)
  else throw new Error('startServer needs either dataDir or storage')

  const connections = new Set<Connection>()
  const access = new AccessControl(options.tokenSecret ? secretKey(options.tokenSecret) : null, storage)
  const upgradesPerIp = new WindowCounter(options.maxConnectionsPerMinute ?? 600, 60_000)
  const maxMessagesPerSecond = options.maxMessagesPerSecond ?? 500
  // The sources are read at scrape time only, so they may name `rooms`, created right after.
  const metrics = new ServerMetrics({
    openConnections: () => connections.size,
    openBoards: (): number => rooms.size,
    fanoutStats: options.fanout ? () => options.fanout?.stats : undefined,
  })
  // Rooms and the snapshot API see the timed wrapper; readiness pings and close() go to the real
  // storage directly.
  const timedStorage = metrics.instrumentStorage(storage)
  const rooms: RoomRegistry = new RoomRegistry(timedStorage, log, {
    compactThreshold: options.compactThreshold ?? 200,
    compactDelayMs: 1000,
    fanout: options.fanout ?? null,
  })
  let closing: Promise<void> | null = null

  const readiness = async (): Promise<Readiness> => {
    if (closing) return { ready: false, checks: { server: 'shutting down' } }
    const [storageCheck, redisCheck] = await Promise.all([
      check(withTimeout(storage.ping(), READY_TIMEOUT_MS)),
      options.fanout ? check(withTimeout(options.fanout.ping(), READY_TIMEOUT_MS)) : Promise.resolve('disabled'),
    ])
    return { ready: storageCheck === 'ok' && redisCheck !== 'error', checks: { storage: storageCheck, redis: redisCheck } }
  }
  const snapshotApi = createSnapshotApi({
    storage: timedStorage,
    log,
    maxSnapshotBytes: options.maxSnapshotBytes ?? DEFAULT_MAX_SNAPSHOT_BYTES,
    refused: (status) => metrics.apiRefused('snapshots', status),
    isClosing: () => closing !== null,
    access,
  })
  // Latest generation revoked on this instance per board and role. A socket whose token was checked
  // just before a revocation may finish its handshake just after it; this catches that race.
  const revokedHere = new Map<string, number>()
  /** When each secured connection's invite expires (ms); open mode has none. */
  const inviteExpiries = new Map<Connection, number>()
  const disconnectRole = (boardId: BoardId, role: Role, generation: number): number => {
    revokedHere.set(`${boardId}\n${role}`, generation)
    let count = 0
    for (const conn of connections) {
      if (conn.boardId === boardId && conn.role === role) {
        conn.close(CloseCode.inviteRevoked, 'invite revoked')
        count++
      }
    }
    return count
  }
  const inviteApi = createInviteApi({
    access,
    log,
    publicUrl: options.publicUrl ?? null,
    disconnectRole,
    refused: (status) => metrics.apiRefused('invites', status),
    isClosing: () => closing !== null,
  })
  const httpServer = http.createServer(
    createHttpHandler(options.webDist ?? null, log, readiness, () => metrics.render(), (req, res) =>
      // Invites and /api/mode first: the snapshot API answers 404 for every other /api/ path.
      inviteApi(req, res) || snapshotApi(req, res),
    ),
  )
  // noServer: we route upgrades ourselves so a bad path or id gets a real HTTP status, not a socket.
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes, perMessageDeflate: false, handleProtocols: selectSubprotocol })

  httpServer.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => {}) // a reset during the handshake is not worth a crash
    // Never log req.url or the protocol header: an older client's query, or the offered subprotocols, hold the token.
    const refuse = (status: number, message: string, headers: Record<string, string> = {}) => {
      metrics.upgradeRefused(status)
      refuseUpgrade(socket, status, message, headers)
    }
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://localhost')
    } catch {
      return refuse(400, 'invalid request target')
    }
    const match = SYNC_PATH.exec(url.pathname)
    if (closing) return refuse(503, 'server is shutting down')
    if (!match) return refuse(404, 'unknown path; sync lives at /sync/<boardId> and /sync/<boardId>/annotations')
    const boardId = decodeURIComponentSafe(match[1] ?? '')
    if (!isBoardId(boardId)) return refuse(400, 'invalid board id')
    // Before the token check, so guessing tokens is throttled too.
    if (!upgradesPerIp.take(req.socket.remoteAddress ?? 'unknown')) {
      log.warn('too many connections from one address', { remote: req.socket.remoteAddress })
      return refuse(429, 'too many connections; retry in a minute', { 'Retry-After': '60' })
    }

    access.authorize(boardId, socketToken(req, url)).then(
      (decision) => {
        if (!decision.ok) {
          log.info('upgrade refused', { boardId, status: decision.status, reason: decision.reason, remote: req.socket.remoteAddress })
          return refuse(decision.status, decision.reason)
        }
        if (socket.destroyed) return
        if (closing) return refuse(503, 'server is shutting down')
        wss.handleUpgrade(req, socket, head, (ws) => {
          if (closing) {
            ws.close(CloseCode.serviceRestart, 'service restart')
            return
          }
          const claims = decision.claims
          if (claims && claims.generation < (revokedHere.get(`${boardId}\n${claims.role}`) ?? 0)) {
            metrics.closedByServer(CloseCode.inviteRevoked)
            ws.close(CloseCode.inviteRevoked, 'invite revoked')
            return
          }
          const conn = new Connection(ws, boardId, rooms, log, {
            maxBufferedBytes: Math.max(maxMessageBytes * 4, 32 * 1024 * 1024),
            metrics,
            role: decision.role,
            kind: match[2] ? 'annotations' : 'journey',
            maxMessagesPerSecond,
          })
          connections.add(conn)
          if (claims) inviteExpiries.set(conn, claims.expiresAt * 1000)
          ws.on('close', () => {
            connections.delete(conn)
            inviteExpiries.delete(conn)
          })
          log.debug('client connected', {
            boardId,
            conn: conn.id,
            role: decision.role,
            tokenId: decision.claims?.tokenId,
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
  })

  const keepalive = setInterval(() => {
    const now = Date.now()
    for (const conn of connections) {
      // An invite that runs out while its socket is open ends the connection too (within one ping period).
      const expiresAt = inviteExpiries.get(conn)
      if (expiresAt !== undefined && now >= expiresAt) conn.close(CloseCode.inviteRevoked, 'invite expired')
      else conn.heartbeat()
    }
  }, options.pingIntervalMs ?? 30_000)
  keepalive.unref()

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      httpServer.off('error', reject)
      resolve()
    })
  })
  httpServer.on('error', (error) => log.error('http server error', { error }))

  const address = httpServer.address()
  if (address === null || typeof address === 'string') throw new Error('server did not bind a TCP port')
  const shownHost = ['0.0.0.0', '::', ''].includes(address.address) ? 'localhost' : address.address
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`

  const shutdown = async (): Promise<void> => {
    clearInterval(keepalive)
    const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()))
    const open = [...connections]
    const socketsClosed = Promise.all(
      open.map((conn) => new Promise<void>((resolve) => conn.onceClosed(resolve))),
    )
    // 1012 tells y-websocket to reconnect; by then a restarted server (or a new one) answers.
    for (const conn of open) conn.close(CloseCode.serviceRestart, 'service restart')
    await Promise.race([socketsClosed, delay(SHUTDOWN_GRACE_MS)])
    for (const client of wss.clients) client.terminate()
    await rooms.closeAll()
    await storage.close()
    await options.fanout?.close()
    httpServer.closeAllConnections()
    await stopped
    log.debug('server closed')
  }

  return {
    port: address.port,
    url,
    mode: access.mode,
    close: () => (closing ??= shutdown()),
  }
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

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value // fails isBoardId anyway because of the '%'
  }
}

/** 'ok' or 'error'; the reason goes to the log only if someone needs it (readyz is polled often). */
async function check(probe: Promise<void>): Promise<'ok' | 'error'> {
  try {
    await probe
    return 'ok'
  } catch {
    return 'error'
  }
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  return Promise.race([promise, delay(ms).then(() => Promise.reject(new Error('timed out')))])
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}
