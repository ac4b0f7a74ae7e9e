// What the trust boundary costs (issue 10): the same workloads through the real server process with the update
// guard (the product) and without it (bench/uncheckedServer.ts, reachable only from code), in one run, alternating
// which goes first. Prints one JSON document on stdout:
//   - updatesPerSecond: one writer's typing-like edits relayed to a reader, guarded vs unchecked (target ≤ 10 % slower),
//     and each server's CPU time per update (on a shared machine steadier than the rates)
//   - stall: while a maximal allowed update (18,000 new cards, 7.2 MB) is read, checked and applied on one board, two
//     clients on another board exchange edits every 10 ms; the p99 of their round trips, and the server's own
//     longest event-loop stall from /metrics (target ≤ 100 ms)
//
//   - compaction: once the maximal update's board is left, the server compacts it (the whole 7 MB state) and unloads
//     it; the server's longest stall meanwhile, from /metrics
// `--cpu-prof <dir>` writes a CPU profile of each server process there (open it in Chrome's DevTools, Performance);
// `--only throughput` or `--only stall` runs one of the measurements (a profile of one workload). `--before <checkout>`
// adds the guarded server of an older checkout of this repository (installed), started as that version's
// `pnpm start` started it (TypeScript through tsx before issue 12), to the same run: before and after, interleaved.
//
//   node --import tsx bench/validation.bench.ts   options: --runs 7 --updates 3000 --window 128 --stall-runs 5 [--cpu-prof <dir>] [--only throughput|stall] [--before <dir>]
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { parseArgs } from 'node:util'
import { createParticipantKey, encodeSyncStep1, MessageType, socketProtocols, SyncMessageType } from '@sammen/protocol'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { addStepCard, writeField } from '../test/helpers/boardRecords'
import { bundle, SERVER_DIR } from '../scripts/build'
import { freePort, startServerProcess, type ServerProcess } from '../test/helpers/serverProcess'
import { makeUpdates, relayThroughput } from './workloads'
import { median, percentile, round } from '@sammen/bench-stats'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    updates: { type: 'string', default: '3000' },
    window: { type: 'string', default: '128' },
    'stall-runs': { type: 'string', default: '5' },
    'cpu-prof': { type: 'string' },
    only: { type: 'string' },
    before: { type: 'string' },
  },
})
const runs = values.only === 'stall' ? 0 : Number(values.runs)
const windowSize = Number(values.window)
const stallRuns = values.only === 'throughput' ? 0 : Number(values['stall-runs'])
const profileDir = values['cpu-prof'] ? path.resolve(values['cpu-prof']) : null
/** Node options of both servers: a CPU profile each, written when the process exits. */
const profileArgs = (name: string) => (profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [])
const LIMITS = { RATE_LIMIT_MESSAGES_PER_SECOND: '1000000', RATE_LIMIT_CONNECTIONS_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' }
/** Where the unchecked server is built (inside apps/server, so Node finds the packages it leaves external). */
const BENCH_BUILD_DIR = path.join(SERVER_DIR, 'node_modules/.cache/sammen-bench')

type Mode = 'guarded' | 'unchecked' | 'before'
interface Target {
  syncUrl: string
  url: string
  /** The server process, whose CPU time a run is charged with. */
  pid: number
  dispose(): Promise<void>
}

/**
 * CPU time the process has used so far, in ms (Linux: utime + stime from /proc, in clock ticks of 10 ms). On a shared
 * machine a run's wall time depends on the neighbours; its CPU time much less.
 */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

async function guardedServer(): Promise<Target> {
  const server: ServerProcess = await startServerProcess({ env: LIMITS, nodeArgs: profileArgs('guarded') })
  return {
    syncUrl: server.syncUrl,
    url: server.url,
    pid: server.pid!,
    dispose: async () => {
      // A graceful stop writes the profile.
      if (profileDir) await server.kill('SIGTERM')
      await server.dispose()
    },
  }
}

/**
 * A server this benchmark spawned itself, once its output shows `ready` (its "listening" line): its URLs, and a
 * dispose that stops it (gracefully when profiling, so the profile is written) and then runs `cleanUp`.
 */
async function spawnedTarget(child: ChildProcessByStdio<null, Readable, null>, port: number, name: string, ready: string, cleanUp: () => void = () => {}): Promise<Target> {
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes(ready) && resolve())
    child.once('exit', (code) => reject(new Error(`${name} exited (${code})`)))
  })
  return {
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    dispose: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill(profileDir ? 'SIGTERM' : 'SIGKILL')
      await exited
      cleanUp()
    },
  }
}

/** The guarded server of an older checkout, run as its `pnpm start` ran it: `node --import tsx src/main.ts`. */
async function beforeServer(checkout: string): Promise<Target> {
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-before-'))
  const { DATABASE_URL: _db, REDIS_URL: _redis, SAMMEN_TOKEN_SECRET: _secret, ...inherited } = process.env
  const env = { ...inherited, ...LIMITS, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, WEB_DIST: path.join(dataDir, 'none') }
  const child = spawn(process.execPath, [...profileArgs('before'), '--import', 'tsx', 'src/main.ts'], {
    cwd: path.resolve(checkout, 'apps/server'),
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return spawnedTarget(child, port, 'the older server', '"msg":"listening"', () => fs.rmSync(dataDir, { recursive: true, force: true }))
}

/** The same server with the guard off, built the same way and in its own process like the guarded one. */
async function uncheckedServer(): Promise<Target> {
  await bundle({ 'unchecked-server': 'bench/uncheckedServer.ts' }, BENCH_BUILD_DIR)
  const port = await freePort()
  const child = spawn(process.execPath, [...profileArgs('unchecked'), path.join(BENCH_BUILD_DIR, 'unchecked-server.js'), String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return spawnedTarget(child, port, 'the unchecked server', 'listening')
}

function open(target: Target, boardId: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${target.syncUrl}/${boardId}`, socketProtocols({ participantKey: createParticipantKey() }))
    ws.binaryType = 'nodebuffer'
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
  })
}

/** Updates per second through the server, and the server's CPU time per update (µs). */
async function throughput(target: Target, label: string, updates: Uint8Array[]): Promise<{ rate: number; cpuMicros: number }> {
  const boardId = `bench-validation-${label}-${Date.now().toString(36)}`
  const writer = await open(target, boardId)
  const reader = await open(target, boardId)
  const cpuBefore = cpuMs(target.pid)
  try {
    const rate = await relayThroughput(writer, reader, updates, windowSize, label)
    return { rate, cpuMicros: ((cpuMs(target.pid) - cpuBefore) * 1000) / updates.length }
  } finally {
    writer.close()
    reader.close()
  }
}

/** A board state just under the 8 MiB frame limit (MAX_MESSAGE_BYTES): 18,000 valid step cards, 7.2 MB. */
function maximalUpdate(): Uint8Array {
  const doc = new Y.Doc()
  doc.transact(() => {
    for (let i = 0; i < 18_000; i++) addStepCard(doc, `shape:${i}`, { x: i })
  })
  const update = Y.encodeStateAsUpdate(doc)
  const framed = new Uint8Array(update.length + 8)
  // [0, 2, varUint8Array(update)]
  const header = [MessageType.sync, SyncMessageType.update, ...varUint(update.length)]
  framed.set(header)
  framed.set(update, header.length)
  return framed.subarray(0, header.length + update.length)
}

function varUint(n: number): number[] {
  const bytes: number[] = []
  while (n > 0x7f) {
    bytes.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  bytes.push(n)
  return bytes
}

async function maxLagMs(target: Target): Promise<number> {
  const text = await (await fetch(`${target.url}/metrics`)).text()
  return Number(/^nodejs_eventloop_lag_max_seconds ([\d.e+-]+)$/m.exec(text)?.[1] ?? NaN) * 1000
}

/** Round trips on one board while another board takes a maximal update; plus the server's longest stall. */
interface StallResult {
  roundTripsMs: number[]
  longestStallMs: number
  compactionStallMs: number
}

async function stall(target: Target, run: number, big: Uint8Array): Promise<StallResult> {
  const other = `bench-stall-other-${run}-${Date.now().toString(36)}`
  const a = await open(target, other)
  const b = await open(target, other)
  const sender = await open(target, `bench-stall-big-${run}-${Date.now().toString(36)}`)
  const pingDoc = new Y.Doc()
  const pings: Uint8Array[] = []
  pingDoc.on('update', (update: Uint8Array) => {
    pings.push(new Uint8Array([MessageType.sync, SyncMessageType.update, ...varUint(update.length), ...update]))
  })
  let waiting: (() => void) | null = null
  let refused: ((error: Error) => void) | null = null
  b.on('message', (data: Buffer) => data[0] === MessageType.sync && data[1] === SyncMessageType.update && waiting?.())
  // A ping the server refuses closes the socket: fail loudly instead of waiting for a relay that never comes.
  a.on('close', (code, reason) => refused?.(new Error(`ping socket closed: ${code} ${reason.toString()}`)))
  const roundTrip = (frame: Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      waiting = resolve
      refused = reject
      a.send(frame)
    })
  // The pings move a valid card (the server checks every value against the board's schema).
  addStepCard(pingDoc, 'shape:ping')
  await roundTrip(pings.shift()!)
  const applied = new Promise<void>((resolve) => sender.on('message', (data: Buffer) => data[0] === MessageType.sync && data[1] === SyncMessageType.step2 && resolve()))
  await maxLagMs(target)
  sender.send(big)
  sender.send(encodeSyncStep1(new Uint8Array([0])))
  let done = false
  void applied.then(() => (done = true))
  const roundTripsMs: number[] = []
  for (let n = 0; !done || roundTripsMs.length < 10; n++) {
    writeField(pingDoc, 'shape:ping', 'x', n)
    const frame = pings.shift()!
    const started = performance.now()
    await roundTrip(frame)
    roundTripsMs.push(performance.now() - started)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  const longestStallMs = await maxLagMs(target)
  // A board is compacted when its last client leaves: first the ping board, then the maximal one (its whole state).
  const { count } = await scrape(target)
  for (const ws of [a, b]) ws.close()
  await compactionsReach(target, count + 1)
  sender.close()
  const compactionStallMs = await compactionsReach(target, count + 2)
  return { roundTripsMs, longestStallMs, compactionStallMs }
}

/** Compactions stored so far (the storage timing histogram counts them) and the longest stall since the last scrape. */
async function scrape(target: Target): Promise<{ count: number; lagMs: number }> {
  const text = await (await fetch(`${target.url}/metrics`)).text()
  return {
    count: Number(/^sammen_storage_duration_seconds_count\{operation="compact",result="ok"\} (\d+)$/m.exec(text)?.[1] ?? 0),
    lagMs: Number(/^nodejs_eventloop_lag_max_seconds ([\d.e+-]+)$/m.exec(text)?.[1] ?? NaN) * 1000,
  }
}

/**
 * Waits for `count` compactions, asking /healthz every 10 ms meanwhile: the longest answer is how long the compaction
 * kept the server from everyone else (the event-loop metric alone misses a stall that ends just before a scrape).
 */
async function compactionsReach(target: Target, count: number): Promise<number> {
  let done = false
  let longest = 0
  const probing = (async () => {
    while (!done) {
      const started = performance.now()
      await fetch(`${target.url}/healthz`)
      longest = Math.max(longest, performance.now() - started)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  })()
  try {
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
      const scraped = await scrape(target)
      longest = Math.max(longest, scraped.lagMs)
      if (scraped.count >= count) {
        // The event-loop monitor records a stall on its next tick, which may come after our scrape got through.
        await new Promise((resolve) => setTimeout(resolve, 100))
        return Math.max(longest, (await scrape(target)).lagMs)
      }
    }
    throw new Error(`the server did not compact ${count} boards`)
  } finally {
    done = true
    await probing
  }
}

async function main() {
  const modes: Mode[] = values.before ? ['guarded', 'unchecked', 'before'] : ['guarded', 'unchecked']
  const targets: Partial<Record<Mode, Target>> = { guarded: await guardedServer(), unchecked: await uncheckedServer() }
  if (values.before) targets.before = await beforeServer(values.before)
  const target = (mode: Mode) => targets[mode]!
  const updates = makeUpdates(Number(values.updates))
  const rates: Record<Mode, number[]> = { guarded: [], unchecked: [], before: [] }
  const cpu: Record<Mode, number[]> = { guarded: [], unchecked: [], before: [] }
  const stalls: Record<Mode, StallResult[]> = { guarded: [], unchecked: [], before: [] }
  // Each server goes first in turn.
  const order = (run: number) => modes.map((_, i) => modes[(i + run) % modes.length]!)
  try {
    if (runs > 0) for (const mode of modes) await throughput(target(mode), `warm-${mode}`, updates.slice(0, 600))
    for (let run = 0; run < runs; run++) {
      for (const mode of order(run)) {
        const { rate, cpuMicros } = await throughput(target(mode), `${mode}-${run}`, updates)
        rates[mode].push(rate)
        cpu[mode].push(cpuMicros)
      }
    }
    const big = maximalUpdate()
    for (let run = 0; run < stallRuns; run++) {
      for (const mode of order(run)) stalls[mode].push(await stall(target(mode), run, big))
    }
  } finally {
    await Promise.all(Object.values(targets).map((server) => server.dispose()))
  }
  const summary = (mode: Mode) => {
    const trips = stalls[mode].flatMap((s) => s.roundTripsMs)
    return {
      roundTripMs: { p50: round(percentile(trips, 50)), p99: round(percentile(trips, 99)), max: round(Math.max(...trips)) },
      longestStallMs: { median: round(median(stalls[mode].map((s) => s.longestStallMs))), runs: stalls[mode].map((s) => round(s.longestStallMs)) },
      compactionStallMs: {
        median: round(median(stalls[mode].map((s) => s.compactionStallMs))),
        runs: stalls[mode].map((s) => round(s.compactionStallMs)),
      },
    }
  }
  const rate = (mode: Mode) => ({
    median: Math.round(median(rates[mode])),
    runs: rates[mode].map(Math.round),
    cpuMicrosPerUpdate: { median: round(median(cpu[mode]), 1), runs: cpu[mode].map((value) => round(value, 1)) },
  })
  const toUnchecked = (mode: Mode) => ({
    ofMedians: round(median(rates[mode]) / median(rates.unchecked), 3),
    medianOfRunRatios: round(median(rates[mode].map((value, i) => value / rates.unchecked[i]!)), 3),
    // Throughput as far as the server's own CPU decides it: unchecked CPU per update / this server's.
    ofCpuPerUpdate: round(median(cpu.unchecked) / median(cpu[mode]), 3),
  })
  process.stdout.write(
    JSON.stringify(
      {
        benchmark: 'validation',
        node: process.version,
        runs,
        updatesPerRun: updates.length,
        updatesPerSecond: {
          guarded: rate('guarded'),
          unchecked: rate('unchecked'),
          guardedToUnchecked: toUnchecked('guarded'),
          ...(values.before ? { before: rate('before'), beforeToUnchecked: toUnchecked('before') } : {}),
        },
        maximalUpdate: {
          cards: 18_000,
          bytes: maximalUpdate().length,
          guarded: summary('guarded'),
          unchecked: summary('unchecked'),
          ...(values.before ? { before: summary('before') } : {}),
        },
      },
      null,
      2,
    ) + '\n',
  )
  process.exit(0)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
