// Assembles the pieces into one listening server. Used by main.ts and, in-process, by tests and
// benchmarks; nothing here reads the environment.
import http from 'node:http'
import { CloseCode, CloseReason, DEFAULT_UPDATE_LIMITS } from '@sammen/protocol'
import { WebSocketServer } from 'ws'
import { AccessControl } from './auth/access'
import { Sessions } from './auth/sessions'
import { secretKey } from './auth/tokens'
import type { Fanout } from './fanout/Fanout'
import { isLoopbackHost } from './config'
import { createHttpHandler, type Readiness } from './http'
import { createInviteApi } from './inviteApi'
import { createLibraryApi } from './library/libraryApi'
import { LibraryCache } from './library/libraryCache'
import { LibraryIndexer } from './library/libraryIndexer'
import { createLogger, type Logger } from './log'
import { ServerMetrics } from './metrics'
import { WindowCounter } from './rateLimit'
import { RoomRegistry } from './rooms'
import { createSnapshotApi, DEFAULT_MAX_SNAPSHOT_BYTES, DEFAULT_MAX_SNAPSHOTS_PER_BOARD } from './snapshotApi'
import type { ServerStorage } from './storage/ServerStorage'
import { SqliteStorage } from './storage/SqliteStorage'
import { createVotesApi } from './votes/votesApi'
import { DEFAULT_WORKSHOP_IDLE_MS, IdleWorkshops } from './workshop/idleWorkshops'
import type { Connection } from './ws/connection'
import { createUpgradeHandler, selectSubprotocol } from './ws/upgrade'

export interface StartServerOptions {
  /** 0 picks a free port. Default 0. */
  port?: number
  /** Default 127.0.0.1 (main.ts passes 0.0.0.0 from config). */
  host?: string
  /** Where SqliteStorage keeps sammen.sqlite. Required unless `storage` is given. */
  dataDir?: string
  /** Bring your own storage (e.g. another adapter); the server closes it on close(). */
  storage?: ServerStorage
  /** Built web app; null or a missing directory serves a "run the build" placeholder. */
  webDist?: string | null
  /** Largest accepted WebSocket frame; bigger ones are closed with 1009. Default 8 MiB. */
  maxMessageBytes?: number
  /** Largest named snapshot state accepted by the snapshot API (413 above). Default 32 MiB. */
  maxSnapshotBytes?: number
  /** Most versions one board may hold (the snapshot API answers 409 `quota` above). Default 200. */
  maxSnapshotsPerBoard?: number
  /** Bytes of versions one board may hold. Default 256 MiB. */
  maxSnapshotBytesPerBoard?: number
  /** Structs per slice when a large update is applied (default 5,000). */
  sliceStructs?: number
  /** Structs one update may hold (default 50,000; more is closed with 4413). */
  maxStructsPerUpdate?: number
  /** Benchmarks only: false applies client updates unchecked (see RoomOptions.guardUpdates). Default true. */
  guardUpdates?: boolean
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
  /** Base URL of invite links (e.g. https://sammen.example.no); without it only a loopback Host gets links. */
  publicUrl?: string | null
  /** WebSocket upgrades per client IP per minute; more get HTTP 429. Default 600. */
  maxConnectionsPerMinute?: number
  /** Frames per second per connection; more close it with 4429. Default 500. */
  maxMessagesPerSecond?: number
  /**
   * How long a board's follow me, countdown and voting round outlive its last facilitator connection before the
   * server ends them (src/workshop/idleWorkshops.ts). Default 30 minutes.
   */
  workshopIdleMs?: number
  /** Library API requests per client IP per minute; more get 429. Default 600. */
  maxLibraryRequestsPerMinute?: number
  /**
   * The library index (src/library/): quiet time after a board's last change before it is read (default 500 ms),
   * and how often it reconciles with the stored documents (default 5 minutes; 0 = only at start).
   */
  libraryDebounceMs?: number
  libraryReconcileMs?: number
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

const SHUTDOWN_GRACE_MS = 1000
const READY_TIMEOUT_MS = 2000

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const log = options.logger ?? createLogger()
  const maxMessageBytes = options.maxMessageBytes ?? 8 * 1024 * 1024
  let storage: ServerStorage
  if (options.storage) storage = options.storage
  else if (options.dataDir) storage = new SqliteStorage(options.dataDir)
  else throw new Error('startServer needs either dataDir or storage')

  const access = new AccessControl(options.tokenSecret ? secretKey(options.tokenSecret) : null, storage)
  const sessions = new Sessions<Connection>(access, options.fanout ?? null, log)
  const upgradesPerIp = new WindowCounter(options.maxConnectionsPerMinute ?? 600, 60_000)
  // The sources are read at scrape time only, so they may name `rooms`, created right after.
  const metrics = new ServerMetrics({
    openConnections: () => sessions.connections.size,
    openBoards: (): number => rooms.size,
    fanoutStats: options.fanout ? () => options.fanout?.stats : undefined,
  })
  // Rooms and the APIs see the timed wrapper; readiness pings and close() go to the real storage directly.
  const timedStorage = metrics.instrumentStorage(storage)
  const idleWorkshops = new IdleWorkshops({ votes: timedStorage, log, idleMs: options.workshopIdleMs ?? DEFAULT_WORKSHOP_IDLE_MS })
  const libraryIndexer = new LibraryIndexer({
    storage: timedStorage,
    log,
    debounceMs: options.libraryDebounceMs,
    reconcileMs: options.libraryReconcileMs,
  })
  const libraryCache = new LibraryCache(timedStorage, log, (boardId) => void libraryIndexer.index(boardId))
  const rooms: RoomRegistry = new RoomRegistry(timedStorage, log, {
    onPeersChanged: idleWorkshops.peersChanged,
    onDocumentChanged: libraryIndexer.documentChanged,
    compactThreshold: options.compactThreshold ?? 200,
    compactDelayMs: 1000,
    fanout: options.fanout ?? null,
    sliceStructs: options.sliceStructs,
    guardUpdates: options.guardUpdates ?? true,
  })
  idleWorkshops.attach(rooms)
  libraryIndexer.attach(rooms, libraryCache)
  let closing: Promise<void> | null = null
  const isClosing = () => closing !== null

  const readiness = async (): Promise<Readiness> => {
    if (closing) return { ready: false, checks: { server: 'shutting down' } }
    const [storageCheck, redisCheck] = await Promise.all([
      check(withTimeout(storage.ping(), READY_TIMEOUT_MS)),
      options.fanout ? check(withTimeout(options.fanout.ping(), READY_TIMEOUT_MS)) : Promise.resolve('disabled'),
    ])
    return { ready: storageCheck === 'ok' && redisCheck !== 'error', checks: { storage: storageCheck, redis: redisCheck } }
  }
  const publicUrl = options.publicUrl ?? null
  const snapshotApi = createSnapshotApi({
    storage: timedStorage,
    log,
    maxSnapshotBytes: options.maxSnapshotBytes ?? DEFAULT_MAX_SNAPSHOT_BYTES,
    maxSnapshotsPerBoard: options.maxSnapshotsPerBoard ?? DEFAULT_MAX_SNAPSHOTS_PER_BOARD,
    maxSnapshotBytesPerBoard: options.maxSnapshotBytesPerBoard ?? 256 * 1024 * 1024,
    refused: (status) => metrics.apiRefused('snapshots', status),
    isClosing,
    access,
  })
  const inviteApi = createInviteApi({
    access,
    sessions,
    log,
    publicUrl,
    exposed: !isLoopbackHost(options.host ?? '127.0.0.1'),
    refused: (status) => metrics.apiRefused('invites', status),
    isClosing,
  })
  const votesApi = createVotesApi({
    access,
    rooms,
    storage: timedStorage,
    log,
    refused: (status) => metrics.apiRefused('votes', status),
    isClosing,
  })
  const libraryApi = createLibraryApi({
    access,
    cache: libraryCache,
    indexer: libraryIndexer,
    log,
    requestsPerIp: new WindowCounter(options.maxLibraryRequestsPerMinute ?? 600, 60_000),
    refused: (status) => metrics.apiRefused('library', status),
    isClosing,
  })
  const httpServer = http.createServer(
    createHttpHandler({
      webDist: options.webDist ?? null,
      log,
      readiness,
      metrics: () => metrics.render(),
      // Invites, votes, the library and /api/mode first: the snapshot API answers 404 for every other /api/ path.
      api: (req, res) => inviteApi(req, res) || votesApi(req, res) || libraryApi(req, res) || snapshotApi(req, res),
      hsts: publicUrl?.startsWith('https://') ?? false,
    }),
  )
  // noServer: we route upgrades ourselves so a bad path or id gets a real HTTP status, not a socket.
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes, perMessageDeflate: false, handleProtocols: selectSubprotocol })
  httpServer.on(
    'upgrade',
    createUpgradeHandler({
      wss,
      access,
      sessions,
      rooms,
      log,
      metrics,
      upgradesPerIp,
      maxMessageBytes,
      maxMessagesPerSecond: options.maxMessagesPerSecond ?? 500,
      limits: { ...DEFAULT_UPDATE_LIMITS, maxStructs: options.maxStructsPerUpdate ?? DEFAULT_UPDATE_LIMITS.maxStructs },
      isClosing,
    }),
  )

  const keepalive = setInterval(() => {
    for (const conn of sessions.connections) conn.heartbeat()
    // An invite that runs out or is revoked (on any instance) while its socket is open ends the connection.
    void sessions.sweep()
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
  // Boards stored while no server ran, or changed on an instance that stopped before indexing them, are read now.
  libraryIndexer.start()

  const address = httpServer.address()
  if (address === null || typeof address === 'string') throw new Error('server did not bind a TCP port')
  const shownHost = ['0.0.0.0', '::', ''].includes(address.address) ? 'localhost' : address.address
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`

  const shutdown = async (): Promise<void> => {
    clearInterval(keepalive)
    const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()))
    const open = [...sessions.connections]
    const socketsClosed = Promise.all(
      open.map((conn) => new Promise<void>((resolve) => conn.onceClosed(resolve))),
    )
    // 1012 tells y-websocket to reconnect; by then a restarted server (or a new one) answers.
    for (const conn of open) conn.close(CloseCode.serviceRestart, CloseReason.serviceRestart)
    await Promise.race([socketsClosed, delay(SHUTDOWN_GRACE_MS)])
    for (const client of wss.clients) client.terminate()
    idleWorkshops.close()
    await libraryIndexer.close()
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
