// Server memory per loaded board (issue 12): Sammen's server as production runs it (built JavaScript, open mode,
// SQLite in a temporary directory) next to the stock y-websocket server (@y/websocket-server, in memory), each in its
// own process, runs interleaved (A B A B …, the first server alternating). Per run and server: a fresh process, its
// memory after full garbage collections while idle, then `--rooms` boards loaded with 2 clients each over real sockets
// — the first writes the 300-card journey (bench/journeyBoard.ts, the same document in every room) and shows
// presence, the second syncs the whole board and shows presence — and its memory again, half-way and at the end.
// Both processes measure themselves alike (bench/memoryProbe.ts). Prints one JSON document: idle RSS and heap, KiB per
// room from idle (RSS and heap: what the issue measured, warm-up included: compiled code and the young generation V8
// grows while loading) and over the second half of the rooms (the marginal cost of a board), and Sammen / stock
// ratios of the medians.
//
// `--board blank` loads a new blank board instead (document, page and schema): what a room costs apart from its
// document, the fixed overhead per room. `--before <checkout>` adds an older Sammen (another checkout of this
// repository, installed) to the same run, started the way that version's `pnpm start` started it (TypeScript through
// tsx before issue 12): before and after, interleaved with the others.
//
//   node --import tsx bench/memory.bench.ts   options: --runs 5 --rooms 200 [--board journey|blank] [--before <dir>] [--heap-snapshots <dir>] [--only sammen|stock]
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { median, round } from '@sammen/bench-stats'
import { createParticipantKey, encodeAwarenessMessage, encodeSyncStep1, encodeUpdateMessage, MessageType, socketProtocols, SyncMessageType } from '@sammen/protocol'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { BUILT_MAIN, bundle, SERVER_DIR } from '../scripts/build'
import { ensureServerBuilt, freePort } from '../test/helpers/serverProcess'
import { blankBoardUpdate, JOURNEY_SIZE, journeyUpdate } from './journeyBoard'
import type { MeasureRequest, MemoryReading } from './memoryProbe'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    rooms: { type: 'string', default: '200' },
    board: { type: 'string', default: 'journey' },
    'heap-snapshots': { type: 'string' },
    only: { type: 'string' },
    before: { type: 'string' },
  },
})
const runs = Number(values.runs)
const rooms = Number(values.rooms)
const CLIENTS_PER_ROOM = 2
const HALFWAY = Math.floor(rooms / 2)
const board = values.board === 'blank' ? 'blank' : 'journey'
/**
 * Records in the document: the journey's document, page, frame, steps, pain points, arrows and their two bindings each;
 * a blank board's document and page.
 */
const BOARD_RECORDS = board === 'blank' ? 2 : 3 + JOURNEY_SIZE.steps + JOURNEY_SIZE.painPoints + JOURNEY_SIZE.handoffs * 3
const SETTLE_MS = 1_500
const BENCH_BUILD_DIR = path.join(SERVER_DIR, 'node_modules/.cache/sammen-bench')

type Name = 'sammen' | 'stock' | 'before'

interface Server {
  name: Name
  process: ChildProcess
  /** ws://host:port/<prefix>: a board's socket is `${socketBase}/${boardId}`. */
  socketBase: string
  /** Subprotocols a client offers (Sammen: its participant key, as the web app does). */
  protocols: () => string[]
  dataDir: string | null
}

async function launch(name: Name, probe: string): Promise<Server> {
  const port = await freePort()
  const nodeArgs = ['--expose-gc', '--import', probe]
  if (name === 'sammen' || name === 'before') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-memory-'))
    const { DATABASE_URL: _db, REDIS_URL: _redis, SAMMEN_TOKEN_SECRET: _secret, ...inherited } = process.env
    const env = {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_DIST: path.join(dataDir, 'no-web-build'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_CONNECTIONS_PER_MINUTE: '1000000',
    }
    const beforeDir = path.resolve(values.before ?? '.', 'apps/server')
    const [cwd, args] = name === 'sammen' ? [SERVER_DIR, [...nodeArgs, BUILT_MAIN]] : [beforeDir, [...nodeArgs, '--import', 'tsx', 'src/main.ts']]
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'ignore', 'ipc'] })
    await ready(child, '"msg":"listening"')
    return {
      name,
      process: child,
      socketBase: `ws://127.0.0.1:${port}/sync`,
      protocols: () => socketProtocols({ participantKey: createParticipantKey() }),
      dataDir,
    }
  }
  const stockServer = path.join(path.dirname(createRequire(import.meta.url).resolve('@y/websocket-server/package.json')), 'src/server.js')
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1' }
  const child = spawn(process.execPath, [...nodeArgs, stockServer], { cwd: SERVER_DIR, env, stdio: ['ignore', 'pipe', 'ignore', 'ipc'] })
  await ready(child, 'running at')
  return { name, process: child, socketBase: `ws://127.0.0.1:${port}`, protocols: () => [], dataDir: null }
}

function ready(child: ChildProcess, marker: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(marker)) resolve()
    })
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)))
  })
}

function measure(server: Server, heapSnapshot?: string): Promise<MemoryReading> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${server.name}: no memory reading`)), 60_000)
    server.process.once('message', (reading: MemoryReading) => {
      clearTimeout(timer)
      resolve(reading)
    })
    const request: MeasureRequest = { type: 'measure', heapSnapshot }
    server.process.send(request)
  })
}

async function stop(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.process.once('exit', resolve))
  server.process.kill('SIGKILL')
  await exited
  if (server.dataDir) fs.rmSync(server.dataDir, { recursive: true, force: true })
}

/** A presence like the web app's: name, colour, agency, cursor (one per client, under its own Yjs client id). */
function presenceFrame(clientId: number, n: number): Uint8Array {
  const state = { user: { name: `Deltaker ${n}`, color: '#1f4e79', agencyId: 'nav' }, cursor: { x: n * 10, y: n * 5, type: 'default', rotation: 0 } }
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, clientId)
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarString(encoder, JSON.stringify(state))
  return encodeAwarenessMessage(encoding.toUint8Array(encoder))
}

function open(server: Server, boardId: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.socketBase}/${boardId}`, server.protocols())
    ws.binaryType = 'nodebuffer'
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
    ws.once('close', (code) => reject(new Error(`${boardId}: closed with ${code}`)))
  })
}

/**
 * One board: the first client writes the journey, the second syncs until it holds all of it (its document is dropped
 * once checked: only the server's memory counts). Both show presence; both sockets stay open.
 */
async function loadRoom(server: Server, boardId: string, journey: Uint8Array, room: number): Promise<WebSocket[]> {
  const writer = await open(server, boardId)
  writer.send(encodeSyncStep1(new Uint8Array([0])))
  writer.send(encodeUpdateMessage(journey))
  writer.send(presenceFrame(1_000_000 + room * 2, room * 2))
  const reader = await open(server, boardId)
  const doc = new Y.Doc()
  const synced = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${server.name} ${boardId}: the second client did not get the journey`)), 60_000)
    reader.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(data)
      if (decoding.readVarUint(decoder) !== MessageType.sync) return
      const syncType = decoding.readVarUint(decoder)
      if (syncType !== SyncMessageType.step2 && syncType !== SyncMessageType.update) return
      Y.applyUpdate(doc, decoding.readVarUint8Array(decoder))
      if (doc.getMap('records').size === BOARD_RECORDS) {
        clearTimeout(timer)
        resolve()
      }
    })
  })
  reader.send(encodeSyncStep1(new Uint8Array([0])))
  reader.send(presenceFrame(1_000_001 + room * 2, room * 2 + 1))
  await synced
  doc.destroy()
  return [writer, reader]
}

interface RunResult {
  idle: MemoryReading
  /** After the first half of the rooms: the second half's growth is the marginal cost of a board. */
  half: MemoryReading
  loaded: MemoryReading
  loadSeconds: number
}

async function run(name: Name, probe: string, journey: Uint8Array, index: number): Promise<RunResult> {
  const server = await launch(name, probe)
  const sockets: WebSocket[] = []
  const snapshots = values['heap-snapshots']
  const snapshotFile = (state: string) => (snapshots && index < 2 ? path.resolve(snapshots, `${name}-${board}-${state}.heapsnapshot`) : undefined)
  if (snapshots) fs.mkdirSync(snapshots, { recursive: true })
  const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  let loadMs = 0
  const load = async (from: number, to: number) => {
    const started = performance.now()
    // Ten boards at a time, as a workshop morning fills a server.
    for (let room = from; room < to; room += 10) {
      const batch = Array.from({ length: Math.min(10, to - room) }, (_, i) => loadRoom(server, `bench-memory-${index}-${room + i}`, journey, room + i))
      for (const pair of await Promise.all(batch)) sockets.push(...pair)
    }
    loadMs += performance.now() - started
    await settle()
  }
  try {
    await settle()
    const idle = await measure(server, snapshotFile('idle'))
    await load(0, HALFWAY)
    const half = await measure(server, snapshotFile(`${HALFWAY}-rooms`))
    await load(HALFWAY, rooms)
    const loaded = await measure(server, snapshotFile(`${rooms}-rooms`))
    if (process.env.SAMMEN_MEMORY_DEBUG) process.stderr.write(`${name} ${JSON.stringify({ idle, half, loaded })}\n`)
    return { idle, half, loaded, loadSeconds: loadMs / 1000 }
  } finally {
    for (const socket of sockets) socket.terminate()
    await stop(server)
  }
}

const KIB = 1024
const MIB = 1024 * 1024

type Key = 'rss' | 'heapUsed' | 'objects'
/** The JS heap without compiled code: the objects the process keeps (code grows as functions get hot, not per board). */
const objects = (reading: MemoryReading) =>
  reading.heapUsed - (reading.spaces.code_space?.used ?? 0) - (reading.spaces.code_large_object_space?.used ?? 0)
const figure = (reading: MemoryReading, key: Key) => (key === 'objects' ? objects(reading) : reading[key])
/** Per room from idle to all rooms loaded (what a server holding `rooms` boards pays for each, warm-up included). */
const perRoom = (r: RunResult, key: Key) => (figure(r.loaded, key) - figure(r.idle, key)) / rooms / KIB
/** Per room over the second half only: the cost of one more board once the process is warm. */
const marginal = (r: RunResult, key: Key) => (figure(r.loaded, key) - figure(r.half, key)) / (rooms - HALFWAY) / KIB

function summary(results: RunResult[]) {
  const med = (values: number[], digits = 1) => round(median(values), digits)
  return {
    idleRssMiB: med(results.map((r) => r.idle.rss / MIB)),
    idleHeapMiB: med(results.map((r) => r.idle.heapUsed / MIB)),
    loadedRssMiB: med(results.map((r) => r.loaded.rss / MIB)),
    loadedHeapMiB: med(results.map((r) => r.loaded.heapUsed / MIB)),
    perRoomRssKiB: med(results.map((r) => perRoom(r, 'rss'))),
    perRoomHeapKiB: med(results.map((r) => perRoom(r, 'heapUsed'))),
    marginalPerRoomRssKiB: med(results.map((r) => marginal(r, 'rss'))),
    marginalPerRoomHeapKiB: med(results.map((r) => marginal(r, 'heapUsed'))),
    marginalPerRoomObjectsKiB: med(results.map((r) => marginal(r, 'objects'))),
    /** The young generation V8 keeps after collecting (empty, but resident): grows with allocation, not with rooms. */
    loadedNewSpaceMiB: med(results.map((r) => (r.loaded.spaces.new_space?.physical ?? 0) / MIB)),
    loadSeconds: med(results.map((r) => r.loadSeconds), 2),
    runs: results.map((r) => ({
      idleRssMiB: round(r.idle.rss / MIB, 1),
      loadedRssMiB: round(r.loaded.rss / MIB, 1),
      perRoomRssKiB: round(perRoom(r, 'rss'), 1),
      perRoomHeapKiB: round(perRoom(r, 'heapUsed'), 1),
      marginalPerRoomRssKiB: round(marginal(r, 'rss'), 1),
      marginalPerRoomHeapKiB: round(marginal(r, 'heapUsed'), 1),
      marginalPerRoomObjectsKiB: round(marginal(r, 'objects'), 1),
    })),
  }
}

async function main() {
  await ensureServerBuilt()
  await bundle({ 'memory-probe': 'bench/memoryProbe.ts' }, BENCH_BUILD_DIR)
  const probe = path.join(BENCH_BUILD_DIR, 'memory-probe.js')
  const journey = board === 'blank' ? blankBoardUpdate() : journeyUpdate()
  const all: Name[] = values.before ? ['sammen', 'stock', 'before'] : ['sammen', 'stock']
  const names = all.filter((name) => values.only === undefined || values.only === name)
  const results: Record<Name, RunResult[]> = { sammen: [], stock: [], before: [] }
  for (let index = 0; index < runs; index++) {
    // Each server goes first in turn.
    const order = names.map((_, i) => names[(i + index) % names.length]!)
    for (const name of order) results[name].push(await run(name, probe, journey, index))
  }
  const sammen = results.sammen.length > 0 ? summary(results.sammen) : null
  const stock = results.stock.length > 0 ? summary(results.stock) : null
  const before = results.before.length > 0 ? summary(results.before) : null
  type Figure = 'perRoomRssKiB' | 'perRoomHeapKiB' | 'marginalPerRoomRssKiB' | 'marginalPerRoomHeapKiB' | 'marginalPerRoomObjectsKiB' | 'idleRssMiB' | 'loadedRssMiB'
  const ratio = (key: Figure, of = sammen) => (of && stock ? round(of[key] / stock[key], 2) : null)
  const ratios = (of: typeof sammen) => ({
    perRoomRss: ratio('perRoomRssKiB', of),
    perRoomHeap: ratio('perRoomHeapKiB', of),
    marginalPerRoomRss: ratio('marginalPerRoomRssKiB', of),
    marginalPerRoomHeap: ratio('marginalPerRoomHeapKiB', of),
    marginalPerRoomObjects: ratio('marginalPerRoomObjectsKiB', of),
    idleRss: ratio('idleRssMiB', of),
    loadedRss: ratio('loadedRssMiB', of),
  })
  process.stdout.write(
    JSON.stringify(
      {
        benchmark: 'server-memory',
        node: process.version,
        runs,
        rooms,
        clientsPerRoom: CLIENTS_PER_ROOM,
        board: board === 'blank' ? { kind: 'blank', records: BOARD_RECORDS, updateBytes: journey.length } : { kind: 'journey', ...JOURNEY_SIZE, records: BOARD_RECORDS, updateBytes: journey.length },
        sammen,
        stock,
        sammenToStock: ratios(sammen),
        ...(before ? { before, beforeToStock: ratios(before) } : {}),
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
