// Fan-out benchmark: one writer, N-1 readers on one board, loopback only, bounded in time.
// Each update carries its send time (performance.now(); clients share this process's clock), so every
// reader can measure delivery latency. Prints one JSON document on stdout.
//
//   node --import tsx bench/fanout.bench.ts                 # server as a child process (default)
//   node --import tsx bench/fanout.bench.ts --in-process    # server inside this process
//   options: --clients 30,100  --rate 50  --seconds 5
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { percentile, round } from '@sammen/bench-stats'
import { silentLogger } from '../src/log'
import { startServer } from '../src/server'
import { connectClient, sleep, waitFor, type SyncClient } from '../test/helpers/clients'
import { startServerProcess } from '../test/helpers/serverProcess'

interface Tick {
  t: number
  i: number
}

const { values } = parseArgs({
  options: {
    'in-process': { type: 'boolean', default: false },
    clients: { type: 'string', default: '30,100' },
    rate: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '5' },
  },
})
const clientCounts = values.clients.split(',').map(Number)
const ratePerSecond = Number(values.rate)
const seconds = Number(values.seconds)
// Each provider registers a process 'exit' listener; 100 of them are expected here.
process.setMaxListeners(0)

async function startTarget(): Promise<{ syncUrl: string; mode: string; stop(): Promise<void> }> {
  if (values['in-process']) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-bench-'))
    const server = await startServer({ dataDir, logger: silentLogger })
    return {
      syncUrl: server.url.replace(/^http/, 'ws') + '/sync',
      mode: 'in-process',
      stop: async () => {
        await server.close()
        fs.rmSync(dataDir, { recursive: true, force: true })
      },
    }
  }
  const proc = await startServerProcess({ env: { LOG_LEVEL: 'warn' } })
  return { syncUrl: proc.syncUrl, mode: 'child-process', stop: () => proc.dispose() }
}

async function runScenario(syncUrl: string, clientCount: number) {
  const boardId = `bench-${clientCount}-${Date.now().toString(36)}`
  const clients: SyncClient[] = []
  const latencies: number[] = []
  let lastDelivery = 0

  try {
    for (let i = 0; i < clientCount; i++) clients.push(connectClient(syncUrl, boardId))
    await waitFor(() => clients.every((c) => c.provider.synced), `${clientCount} clients synced`, 30_000)

    const [writer, ...readers] = clients
    for (const reader of readers) {
      reader.doc.getArray<Tick>('ticks').observe((event) => {
        const now = performance.now()
        for (const delta of event.delta) {
          if (!Array.isArray(delta.insert)) continue
          for (const tick of delta.insert as Tick[]) latencies.push(now - tick.t)
        }
        lastDelivery = now
      })
    }

    const total = Math.round(ratePerSecond * seconds)
    const interval = 1000 / ratePerSecond
    const ticks = writer!.doc.getArray<Tick>('ticks')
    const started = performance.now()
    for (let i = 0; i < total; i++) {
      // Schedule against the start time so timer drift does not lower the real rate.
      const due = started + i * interval
      const wait = due - performance.now()
      if (wait > 0) await sleep(wait)
      ticks.push([{ t: performance.now(), i }])
    }
    const expected = total * readers.length
    await waitFor(() => latencies.length >= expected, 'all deliveries', 15_000).catch(() => {})
    const elapsedSeconds = (Math.max(lastDelivery, performance.now() - 1) - started) / 1000
    latencies.sort((a, b) => a - b)
    return {
      clients: clientCount,
      readers: readers.length,
      updatesSent: total,
      targetRatePerSecond: ratePerSecond,
      deliveriesExpected: expected,
      deliveries: latencies.length,
      deliveredPerSecond: Math.round(latencies.length / ((lastDelivery - started) / 1000 || elapsedSeconds)),
      latencyMs: {
        p50: round(percentile(latencies, 50)),
        p99: round(percentile(latencies, 99)),
        max: round(latencies.at(-1) ?? NaN),
      },
    }
  } finally {
    for (const c of clients) c.destroy()
    await sleep(200)
  }
}

async function main() {
  const target = await startTarget()
  const results = []
  try {
    for (const count of clientCounts) results.push(await runScenario(target.syncUrl, count))
  } finally {
    await target.stop()
  }
  process.stdout.write(
    JSON.stringify({ benchmark: 'fanout', server: target.mode, node: process.version, seconds, results }, null, 2) + '\n',
  )
  // Provider timers and lingering sockets must not keep a finished benchmark alive.
  process.exit(0)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
