// Load benchmark: many real y-websocket clients on many boards, loopback only, bounded in count and time.
// Three phases, each against fresh server processes on a fresh PostgreSQL schema:
//   one       1 instance (PostgreSQL, no Redis)
//   two       2 instances (PostgreSQL + Redis), each board's clients spread over both, so every
//             update crosses Redis
//   failover  like two, and instance 1 is killed (SIGKILL) halfway; its clients reconnect round-robin
//             (like the nginx config, no stickiness) and must end up on instance 2. Then: does every
//             board converge, and does storage hold every update another client had seen ("acknowledged")?
// Every client writes `rate` small updates a second carrying its send time (all clients share this
// process's clock), so each other client of the board measures delivery latency. Prints JSON.
//
//   node --import tsx bench/load.bench.ts [--boards 100] [--per-board 4] [--rate 1] [--seconds 15] [--phases one,two,failover]
// Needs PostgreSQL and Redis: DATABASE_URL / REDIS_URL, default the local ones.
import { parseArgs } from 'node:util'
import { percentile, round } from '@sammen/bench-stats'
import { applyDocumentState } from '@sammen/doc-log'
import * as Y from 'yjs'
import type { BoardId } from '@sammen/journey-model'
import { PostgresStorage } from '../src/storage/PostgresStorage'
import { connectClient, sleep, waitFor, type SyncClient } from '../test/helpers/clients'
import { startServerProcess, type ServerProcess } from '../test/helpers/serverProcess'
import { createTestSchema, DEFAULT_TEST_DATABASE_URL, DEFAULT_TEST_REDIS_URL } from '../test/helpers/services'

interface Tick {
  c: number // writing client's index
  i: number // its sequence number
  t: number // performance.now() at send
}

const { values } = parseArgs({
  options: {
    boards: { type: 'string', default: '100' },
    'per-board': { type: 'string', default: '4' },
    rate: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '15' },
    phases: { type: 'string', default: 'one,two,failover' },
  },
})
const boards = Number(values.boards)
const perBoard = Number(values['per-board'])
const rate = Number(values.rate)
const seconds = Number(values.seconds)
const databaseUrl = process.env.DATABASE_URL?.trim() || DEFAULT_TEST_DATABASE_URL
const redisUrl = process.env.REDIS_URL?.trim() || DEFAULT_TEST_REDIS_URL
process.setMaxListeners(0) // every provider adds a process 'exit' listener

const mib = (bytes: number) => round(bytes / 2 ** 20, 1)

async function scrape(server: ServerProcess): Promise<Record<string, number>> {
  const text = await (await fetch(`${server.url}/metrics`)).text()
  const wanted = ['process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'sammen_connections_open', 'sammen_boards_open']
  const out: Record<string, number> = {}
  for (const line of text.split('\n')) {
    const [name, value] = line.split(' ')
    if (name && wanted.includes(name)) out[name] = Number(value)
  }
  return out
}

async function runPhase(phase: 'one' | 'two' | 'failover') {
  const schema = await createTestSchema(databaseUrl)
  const env: Record<string, string> = { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema.schema, LOG_LEVEL: 'warn' }
  // Every benchmark client connects from 127.0.0.1; the per-IP limit is meant for real clients.
  env.RATE_LIMIT_CONNECTIONS_PER_MINUTE = '1000000'
  if (phase !== 'one') env.REDIS_URL = redisUrl
  // One after the other: the first instance runs the migrations.
  const servers: ServerProcess[] = [await startServerProcess({ env })]
  if (phase !== 'one') servers.push(await startServerProcess({ env }))
  const alive = new Set(servers)
  const clients: SyncClient[] = []
  const latencies: number[] = []
  const written = new Map<string, Set<string>>() // boardId -> every tick key written
  const seenByOthers = new Set<string>() // boardId/key seen by a client other than its writer
  let sent = 0
  let roundRobin = 0
  const timers: NodeJS.Timeout[] = []
  const runId = Date.now().toString(36)
  const boardIds = Array.from({ length: boards }, (_, b) => `load-${phase}-${runId}-${b}`)

  try {
    const baseline = await Promise.all(servers.map(scrape))
    const connectStarted = performance.now()
    for (let index = 0; index < boards * perBoard; index++) {
      const boardId = boardIds[index % boards]!
      // The k-th client of a board goes to instance k mod n: every board has clients on every instance.
      const server = servers[Math.floor(index / boards) % servers.length]!
      const client = connectClient(server.syncUrl, boardId)
      // What a round-robin load balancer does: every new connection goes to the next instance; one that
      // is down refuses, and the provider's retry lands on the next.
      client.provider.on('connection-close', () => {
        if (servers.length > 1) client.provider.serverUrl = servers[roundRobin++ % servers.length]!.syncUrl
      })
      client.doc.getArray<Tick>('ticks').observe((event) => {
        const now = performance.now()
        for (const delta of event.delta) {
          if (!Array.isArray(delta.insert)) continue
          for (const tick of delta.insert as Tick[]) {
            if (tick.c === index) continue
            seenByOthers.add(`${boardId}/${tick.c}:${tick.i}`)
            // Each tick arrives once per client (Yjs never inserts it twice); in the failover phase
            // this includes ticks that waited for a reconnect.
            latencies.push(now - tick.t)
          }
        }
      })
      clients.push(client)
      written.set(boardId, written.get(boardId) ?? new Set())
    }
    await waitFor(() => clients.every((c) => c.provider.synced), 'all clients synced', 60_000)
    const connectSeconds = (performance.now() - connectStarted) / 1000

    const started = performance.now()
    clients.forEach((client, index) => {
      const boardId = boardIds[index % boards]!
      const ticks = client.doc.getArray<Tick>('ticks')
      let i = 0
      const write = () => {
        const tick = { c: index, i: i++, t: performance.now() }
        ticks.push([tick])
        written.get(boardId)!.add(`${index}:${tick.i}`)
        sent++
      }
      // Spread the first writes over one interval so the load is smooth, not in lock-step bursts.
      timers.push(
        setTimeout(() => {
          write()
          timers.push(setInterval(write, 1000 / rate))
        }, Math.random() * (1000 / rate)),
      )
    })

    await sleep((seconds * 1000) / 2)
    const loaded = await Promise.all(servers.map(scrape))
    let failover: Record<string, unknown> | undefined
    let ackedAtKill: string[] = []
    if (phase === 'failover') {
      ackedAtKill = [...seenByOthers]
      await servers[0]!.kill('SIGKILL')
      alive.delete(servers[0]!)
      const killedAt = performance.now()
      // Durable before anyone could see it: check storage now, before reconnecting clients re-send.
      const missingAtKill = await missingFromStorage(schema.schema, ackedAtKill)
      await waitFor(() => clients.every((c) => c.provider.wsconnected && c.provider.synced), 'clients moved to instance 2', 30_000)
      failover = {
        killedAfterSeconds: round(seconds / 2, 1),
        clientsOnKilledInstance: loaded[0]!.sammen_connections_open,
        allReconnectedAfterMs: Math.round(performance.now() - killedAt),
        acknowledgedAtKill: ackedAtKill.length,
        acknowledgedMissingFromStorageAtKill: missingAtKill.length,
      }
    }
    await sleep(Math.max(0, started + seconds * 1000 - performance.now()))
    for (const timer of timers) clearTimeout(timer)
    const elapsed = (performance.now() - started) / 1000
    // Let in-flight updates arrive; every client must end with every tick written to its board.
    const complete = () => clients.every((c, index) => c.doc.getArray('ticks').length === written.get(boardIds[index % boards]!)!.size)
    await waitFor(complete, 'every client has every update of its board', 30_000).catch(() => {})
    const converged = clients.filter(complete).length
    const held = (await Promise.all([...alive].map(scrape))).reduce((sum, m) => sum + (m.sammen_connections_open ?? 0), 0)

    if (failover) {
      const everything = [...written].flatMap(([boardId, keys]) => [...keys].map((key) => `${boardId}/${key}`))
      failover.written = everything.length
      failover.missingFromStorageAtEnd = (await missingFromStorage(schema.schema, everything)).length
      failover.clientsConverged = `${converged}/${clients.length}`
    }

    latencies.sort((a, b) => a - b)
    const memory = servers.map((server, s) => {
      const base = baseline[s]!
      const now = loaded[s]!
      return {
        instance: s + 1,
        boardsOpen: now.sammen_boards_open,
        connectionsOpen: now.sammen_connections_open,
        rssMiB: mib(now.process_resident_memory_bytes ?? NaN),
        rssPerBoardKiB: round(((now.process_resident_memory_bytes ?? NaN) - (base.process_resident_memory_bytes ?? NaN)) / 1024 / boards, 1),
        // Heap deltas swing with GC timing (we cannot force a GC in the server), so only the total.
        heapUsedMiB: mib(now.nodejs_heap_size_used_bytes ?? NaN),
      }
    })
    return {
      phase,
      instances: servers.length,
      boards,
      clients: clients.length,
      clientsHeldAtEnd: held,
      connectAndSyncSeconds: round(connectSeconds, 1),
      updatesSent: sent,
      updatesSentPerSecond: Math.round(sent / elapsed),
      deliveries: latencies.length,
      deliveriesExpected: sent * (perBoard - 1),
      deliveredPerSecond: Math.round(latencies.length / elapsed),
      latencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? NaN) },
      clientsConverged: converged,
      memory,
      ...(failover ? { failover } : {}),
    }
  } finally {
    for (const timer of timers) clearTimeout(timer)
    for (const client of clients) client.destroy()
    // Idle boards unload when their last client leaves; show it before stopping the servers.
    await sleep(1500)
    const after = await Promise.all([...alive].map(scrape)).catch(() => [])
    if (after.some((m) => (m.sammen_boards_open ?? 0) > 0)) process.stderr.write(`[${phase}] boards still open 1.5 s after every client left\n`)
    await Promise.all(servers.map((s) => s.dispose()))
    await schema.drop()
  }
}

/** Which of `keys` ("boardId/c:i") the stored boards lack, read straight from PostgreSQL. */
async function missingFromStorage(schema: string, keys: string[]): Promise<string[]> {
  const storage = await PostgresStorage.open({ connectionString: databaseUrl, schema })
  try {
    const byBoard = new Map<string, string[]>()
    for (const key of keys) {
      const [boardId, tick] = key.split('/') as [string, string]
      byBoard.set(boardId, [...(byBoard.get(boardId) ?? []), tick])
    }
    const missing: string[] = []
    for (const [boardId, ticks] of byBoard) {
      // Not docFromStored from @sammen/doc-log/testing: that module imports vitest.
      const doc = new Y.Doc()
      const loaded = await storage.loadDocument(boardId as BoardId)
      if (loaded?.state) applyDocumentState(doc, loaded.state, storage.stateEncoding)
      for (const update of loaded?.updates ?? []) Y.applyUpdate(doc, update)
      const stored = new Set(doc.getArray<Tick>('ticks').map((t) => `${t.c}:${t.i}`))
      for (const tick of ticks) if (!stored.has(tick)) missing.push(`${boardId}/${tick}`)
    }
    return missing
  } finally {
    await storage.close()
  }
}

async function main() {
  const results = []
  for (const phase of values.phases.split(',') as Array<'one' | 'two' | 'failover'>) results.push(await runPhase(phase))
  process.stdout.write(JSON.stringify({ benchmark: 'load', node: process.version, boards, perBoard, rate, seconds, results }, null, 2) + '\n')
  const failover = results.find((r) => r.failover)?.failover
  const lost = failover && (failover.acknowledgedMissingFromStorageAtKill !== 0 || failover.missingFromStorageAtEnd !== 0)
  // Provider timers and lingering sockets must not keep a finished benchmark alive.
  process.exit(lost ? 1 : 0)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
