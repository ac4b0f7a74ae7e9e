// Prometheus metrics for `GET /metrics`. prom-client is the de-facto Node client: it speaks the text
// exposition format every scraper understands and adds the standard process/GC/event-loop metrics, so
// we do not hand-roll either. Each server gets its own Registry (not prom-client's global one) because
// tests and benchmarks run several servers in one process.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { ServerStorage } from './storage/ServerStorage'

/** Small counters a Fanout keeps itself, so the fan-out code does not depend on prom-client. */
export interface FanoutStats {
  published: number
  publishFailed: number
  received: number
}

export interface MetricsSources {
  openConnections: () => number
  openBoards: () => number
  fanoutStats?: () => FanoutStats | undefined
}

const SIZE_BUCKETS = [32, 128, 512, 2048, 8192, 32_768, 131_072, 524_288, 2_097_152, 8_388_608]
// Seconds; SQLite appends take microseconds, PostgreSQL a round trip, compaction of a big board longer.
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

export class ServerMetrics {
  readonly registry = new Registry()
  private readonly messagesReceived: Counter<'type'>
  private readonly messageBytes: Histogram<'direction'>
  private readonly closes: Counter<'code'>
  private readonly upgradeRefusals: Counter<'status'>
  private readonly storageSeconds: Histogram<'operation' | 'result'>
  private readonly apiRefusals: Counter<'route' | 'status'>

  constructor(sources: MetricsSources) {
    const registers = [this.registry]
    collectDefaultMetrics({ register: this.registry })
    new Gauge({
      name: 'sammen_connections_open',
      help: 'WebSocket connections currently open',
      registers,
      collect() {
        this.set(sources.openConnections())
      },
    })
    new Gauge({
      name: 'sammen_boards_open',
      help: 'Boards loaded in memory (unloaded when their last client leaves)',
      registers,
      collect() {
        this.set(sources.openBoards())
      },
    })
    this.messagesReceived = new Counter({
      name: 'sammen_messages_received_total',
      help: 'Valid messages received from clients, by type (update, syncStep1, syncStep2, awareness, queryAwareness); rate() of type="update" is updates/s',
      labelNames: ['type'],
      registers,
    })
    this.messageBytes = new Histogram({
      name: 'sammen_message_size_bytes',
      help: 'WebSocket frame sizes, by direction (in = from clients, out = to clients)',
      labelNames: ['direction'],
      buckets: SIZE_BUCKETS,
      registers,
    })
    this.closes = new Counter({
      name: 'sammen_connections_refused_total',
      help: 'Connections the server closed, by WebSocket close code (1007 malformed, 1008 policy, 1009 too big, 1011 load failed, 1012 restart, 1013 too slow, 4401 invite revoked, 4403 read-only role, 4429 rate limited)',
      labelNames: ['code'],
      registers,
    })
    this.upgradeRefusals = new Counter({
      name: 'sammen_upgrades_refused_total',
      help: 'WebSocket upgrades answered with an HTTP error, by status (400 bad board id, 401 no/invalid/expired/revoked invite, 403 other board, 404 path, 429 rate limited, 503 shutting down)',
      labelNames: ['status'],
      registers,
    })
    this.storageSeconds = new Histogram({
      name: 'sammen_storage_duration_seconds',
      help: 'Storage latency by operation (append, load, compact, snapshot_put, snapshot_list, snapshot_get, snapshot_delete) and result (ok, error)',
      labelNames: ['operation', 'result'],
      buckets: LATENCY_BUCKETS,
      registers,
    })
    this.apiRefusals = new Counter({
      name: 'sammen_api_refused_total',
      help: 'HTTP API requests answered with an error status, by route (snapshots, invites) and status (400, 404, 405, 409, 413, 415, 500, 503)',
      labelNames: ['route', 'status'],
      registers,
    })
    const fanoutStats = sources.fanoutStats
    if (fanoutStats) {
      // The fan-out counts by itself; each scrape moves the Prometheus counters by what changed since.
      const mirror = (name: string, help: string, pick: (stats: FanoutStats) => number) => {
        let seen = 0
        new Counter({
          name,
          help,
          registers,
          collect() {
            const stats = fanoutStats()
            if (!stats) return
            const value = pick(stats)
            if (value > seen) this.inc(value - seen)
            seen = value
          },
        })
      }
      mirror('sammen_redis_published_total', 'Messages published to Redis', (s) => s.published)
      mirror('sammen_redis_publish_failures_total', 'Redis publishes that failed (covered by the resync after a reconnect)', (s) => s.publishFailed)
      mirror('sammen_redis_received_total', 'Messages received from other instances through Redis', (s) => s.received)
    }
  }

  messageReceived(type: string, bytes: number): void {
    this.messagesReceived.inc({ type })
    this.messageBytes.observe({ direction: 'in' }, bytes)
  }

  messageSent(bytes: number): void {
    this.messageBytes.observe({ direction: 'out' }, bytes)
  }

  closedByServer(code: number): void {
    this.closes.inc({ code: String(code) })
  }

  upgradeRefused(status: number): void {
    this.upgradeRefusals.inc({ status: String(status) })
  }

  apiRefused(route: string, status: number): void {
    this.apiRefusals.inc({ route, status: String(status) })
  }

  /** Wraps a storage so every call is timed; the wrapped one keeps its own behaviour and errors. */
  instrumentStorage(storage: ServerStorage): ServerStorage {
    const time = <T>(operation: string, run: () => Promise<T>): Promise<T> => {
      const stop = this.storageSeconds.startTimer({ operation })
      return run().then(
        (value) => {
          stop({ result: 'ok' })
          return value
        },
        (error: unknown) => {
          stop({ result: 'error' })
          throw error
        },
      )
    }
    return {
      stateEncoding: storage.stateEncoding,
      loadDocument: (docKey) => time('load', () => storage.loadDocument(docKey)),
      appendUpdate: (docKey, update) => time('append', () => storage.appendUpdate(docKey, update)),
      compact: (docKey, state, upToSeq) => time('compact', () => storage.compact(docKey, state, upToSeq)),
      listDocuments: () => storage.listDocuments(),
      putSnapshot: (boardId, snapshot) => time('snapshot_put', () => storage.putSnapshot(boardId, snapshot)),
      listSnapshots: (boardId) => time('snapshot_list', () => storage.listSnapshots(boardId)),
      getSnapshot: (boardId, id) => time('snapshot_get', () => storage.getSnapshot(boardId, id)),
      deleteSnapshot: (boardId, id) => time('snapshot_delete', () => storage.deleteSnapshot(boardId, id)),
      roleGeneration: (boardId, role) => time('role_generation', () => storage.roleGeneration(boardId, role)),
      bumpRoleGeneration: (boardId, role) => time('role_revoke', () => storage.bumpRoleGeneration(boardId, role)),
      loadClientOwners: (docKey) => time('owners_load', () => storage.loadClientOwners(docKey)),
      claimClients: (docKey, owner, ids) => time('owners_claim', () => storage.claimClients(docKey, owner, ids)),
      castVote: (boardId, roundId, voter, cardId, budget) => time('vote_cast', () => storage.castVote(boardId, roundId, voter, cardId, budget)),
      retractVote: (boardId, roundId, voter, cardId) => time('vote_retract', () => storage.retractVote(boardId, roundId, voter, cardId)),
      votesOf: (boardId, roundId, voter) => time('vote_read', () => storage.votesOf(boardId, roundId, voter)),
      tallyVotes: (boardId, roundId) => time('vote_tally', () => storage.tallyVotes(boardId, roundId)),
      clearVotes: (boardId, keepRoundId) => time('vote_clear', () => storage.clearVotes(boardId, keepRoundId)),
      documentHeads: () => time('library_heads', () => storage.documentHeads()),
      putLibraryEntry: (boardId, input) => time('library_put', () => storage.putLibraryEntry(boardId, input)),
      libraryVersions: () => time('library_versions', () => storage.libraryVersions()),
      libraryEntries: (boardIds) => time('library_entries', () => storage.libraryEntries(boardIds)),
      libraryStamp: () => time('library_stamp', () => storage.libraryStamp()),
      deleteLibraryEntries: (boardIds) => time('library_delete', () => storage.deleteLibraryEntries(boardIds)),
      ping: () => storage.ping(),
      close: () => storage.close(),
    }
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() }
  }
}
