// Cost of role enforcement: the same workload through the real server (child process, SQLite) in open mode
// (no secret: no token check, everyone an editor) and in secured mode (every socket carries an editor
// invite token: HS256 verification plus a role-generation read from storage on connect, and a role check on
// every document change). Runs alternate between the two servers so both see the same machine state; the
// figure to compare is the ratio within one run. Prints one JSON document on stdout.
//
// The machine may be shared: besides the medians per mode it prints the median of the per-run ratios (each
// run measures both modes back to back), which is less sensitive to load that comes and goes.
//
//   node --import tsx bench/roles.bench.ts        options: --runs 9  --updates 3000  --window 128  --connects 100
import { parseArgs } from 'node:util'
import WebSocket from 'ws'
import { issueToken, secretKey } from '../src/auth/tokens'
import { createParticipantKey, socketProtocols } from '@sammen/protocol'
import { startServerProcess, type ServerProcess } from '../test/helpers/serverProcess'
import { median, round } from '@sammen/bench-stats'
import { makeUpdates, relayThroughput } from './workloads'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    updates: { type: 'string', default: '3000' },
    window: { type: 'string', default: '128' },
    connects: { type: 'string', default: '100' },
  },
})
const runs = Number(values.runs)
const updateCount = Number(values.updates)
const windowSize = Number(values.window)
const connectCount = Number(values.connects)
const SECRET = 'bench-roles-secret-0123456789abcdef0123456789'
const key = secretKey(SECRET)

type Mode = 'open' | 'secured'
// Both servers get the same generous limits: rate limiting applies in both modes and is not what we measure.
const LIMITS = { RATE_LIMIT_MESSAGES_PER_SECOND: '1000000', RATE_LIMIT_CONNECTIONS_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' }

/** Where to connect and what to offer: the invite token (secured) and a participant key travel as subprotocols. */
async function socketUrl(server: ServerProcess, mode: Mode, boardId: string): Promise<{ url: string; protocols: string[] }> {
  const token = mode === 'open' ? null : await issueToken(key, { boardId, role: 'editor', generation: 0, expiresInSeconds: 3600 })
  return { url: `${server.syncUrl}/${boardId}`, protocols: socketProtocols({ token, participantKey: createParticipantKey() }) }
}

function open({ url, protocols }: { url: string; protocols: string[] }): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols)
    ws.binaryType = 'nodebuffer'
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)))
  })
}


/** One writer socket sends `updates` with at most `window` unrelayed; a second socket counts what the server relays. */
async function throughput(server: ServerProcess, mode: Mode, run: number, updates: Uint8Array[]): Promise<number> {
  const boardId = `bench-roles-${mode}-${run}-${Date.now().toString(36)}`
  const writer = await open(await socketUrl(server, mode, boardId))
  const reader = await open(await socketUrl(server, mode, boardId))
  try {
    return await relayThroughput(writer, reader, updates, windowSize, mode)
  } finally {
    writer.close()
    reader.close()
  }
}

/** Milliseconds from opening a socket to the server's first frame (its sync step 1): includes the token check. */
async function connectLatency(server: ServerProcess, mode: Mode, run: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < connectCount; i++) {
    const target = await socketUrl(server, mode, `bench-conn-${mode}-${run}-${i % 10}`) // token signed before the clock starts
    const started = performance.now()
    const ws = new WebSocket(target.url, target.protocols)
    await new Promise<void>((resolve, reject) => {
      ws.once('message', () => resolve())
      ws.once('error', reject)
    })
    times.push(performance.now() - started)
    ws.close()
  }
  return times
}


async function main() {
  const servers: Record<Mode, ServerProcess> = {
    open: await startServerProcess({ env: LIMITS }),
    secured: await startServerProcess({ env: { ...LIMITS, SAMMEN_TOKEN_SECRET: SECRET } }),
  }
  const updates = makeUpdates(updateCount)
  const rates: Record<Mode, number[]> = { open: [], secured: [] }
  const connects: Record<Mode, number[]> = { open: [], secured: [] }
  try {
    // Warm-up (JIT, SQLite page cache) on both, not recorded.
    for (const mode of ['open', 'secured'] as const) await throughput(servers[mode], mode, -1, updates.slice(0, 500))
    for (let run = 0; run < runs; run++) {
      // Alternate which mode goes first, so neither always runs on a warmer machine.
      const order: Mode[] = run % 2 === 0 ? ['open', 'secured'] : ['secured', 'open']
      for (const mode of order) {
        rates[mode].push(await throughput(servers[mode], mode, run, updates))
        connects[mode].push(median(await connectLatency(servers[mode], mode, run)))
      }
    }
  } finally {
    await Promise.all([servers.open.dispose(), servers.secured.dispose()])
  }
  const openRate = median(rates.open)
  const securedRate = median(rates.secured)
  process.stdout.write(
    JSON.stringify(
      {
        benchmark: 'roles',
        node: process.version,
        runs,
        updatesPerRun: updateCount,
        window: windowSize,
        updatesPerSecond: {
          open: { median: Math.round(openRate), runs: rates.open.map(Math.round) },
          secured: { median: Math.round(securedRate), runs: rates.secured.map(Math.round) },
          securedToOpen: round(securedRate / openRate, 3),
          medianOfRunRatios: round(median(rates.secured.map((rate, i) => rate / rates.open[i]!)), 3),
        },
        connectMs: {
          open: { median: round(median(connects.open), 2), runs: connects.open.map((n) => round(n, 2)) },
          secured: { median: round(median(connects.secured), 2), runs: connects.secured.map((n) => round(n, 2)) },
          medianOfRunRatios: round(median(connects.secured.map((ms, i) => ms / connects.open[i]!)), 3),
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
