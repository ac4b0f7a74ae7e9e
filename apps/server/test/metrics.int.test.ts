// `GET /metrics` on the real server process, plus two lifecycle promises the metrics make visible:
// an idle board is unloaded when its last client leaves, and a graceful stop flushes every board
// (final compaction) before the process exits.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { BoardId } from '@sammen/journey-model'
import { docFromStored } from '@sammen/doc-log/testing'
import { SqliteStorage } from '../src/storage/SqliteStorage'
import { fieldList } from './helpers/layout'
import { connectClient, sleep, waitFor, waitSynced, type SyncClient } from './helpers/clients'
import { closed, openRaw, upgradeStatus } from './helpers/rawSocket'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'

let server: ServerProcess
const clients: SyncClient[] = []
let boardCounter = 0
const freshBoardId = () => `metrics-${Date.now().toString(36)}-${++boardCounter}`

async function client(boardId: string): Promise<SyncClient> {
  const c = connectClient(server.syncUrl, boardId)
  clients.push(c)
  await waitSynced(c)
  return c
}

/** Parses the text exposition into `name{labels}` → value (enough for assertions). */
async function scrape(): Promise<Map<string, number>> {
  const res = await fetch(`${server.url}/metrics`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
  const samples = new Map<string, number>()
  for (const line of (await res.text()).split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const space = line.lastIndexOf(' ')
    samples.set(line.slice(0, space), Number(line.slice(space + 1)))
  }
  return samples
}

const value = (samples: Map<string, number>, key: string) => samples.get(key) ?? 0

beforeAll(async () => {
  server = await startServerProcess()
})

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy()
})

afterAll(async () => {
  await server?.dispose()
})

describe('GET /metrics', () => {
  it('exposes the server gauges, counters and histograms plus the process defaults', async () => {
    const samples = await scrape()
    for (const key of ['sammen_connections_open', 'sammen_boards_open', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes']) {
      expect(samples.has(key), key).toBe(true)
    }
    // No Redis configured: no Redis counters.
    expect([...samples.keys()].some((key) => key.startsWith('sammen_redis_'))).toBe(false)
  })

  it('counts updates, message sizes and storage appends, and tracks open boards and connections', async () => {
    const before = await scrape()
    const boardId = freshBoardId()
    const a = await client(boardId)
    const b = await client(boardId)
    for (let i = 0; i < 5; i++) fieldList<number>(a.doc, 'n').push([i])
    await waitFor(() => fieldList(b.doc, 'n').length === 5, 'b sees the five updates')

    const during = await scrape()
    expect(value(during, 'sammen_messages_received_total{type="update"}') - value(before, 'sammen_messages_received_total{type="update"}')).toBeGreaterThanOrEqual(5)
    expect(value(during, 'sammen_connections_open')).toBe(2)
    expect(value(during, 'sammen_boards_open')).toBe(1)
    expect(value(during, 'sammen_message_size_bytes_count{direction="in"}')).toBeGreaterThan(value(before, 'sammen_message_size_bytes_count{direction="in"}'))
    expect(value(during, 'sammen_message_size_bytes_count{direction="out"}')).toBeGreaterThan(0)
    const appends = (s: Map<string, number>) => value(s, 'sammen_storage_duration_seconds_count{operation="append",result="ok"}')
    expect(appends(during) - appends(before)).toBeGreaterThanOrEqual(5)
    expect(value(during, 'sammen_storage_duration_seconds_count{operation="load",result="ok"}')).toBeGreaterThanOrEqual(1)

    // Idle boards are unloaded (after a final compaction) as soon as the last client leaves.
    a.destroy()
    b.destroy()
    let after = during
    for (let i = 0; i < 50 && value(after, 'sammen_boards_open') !== 0; i++) {
      await sleep(100)
      after = await scrape()
    }
    expect(value(after, 'sammen_boards_open')).toBe(0)
    expect(value(after, 'sammen_connections_open')).toBe(0)
    expect(value(after, 'sammen_storage_duration_seconds_count{operation="compact",result="ok"}')).toBeGreaterThanOrEqual(1)
  })

  it('counts refusals by close code and by upgrade status', async () => {
    const before = await scrape()
    expect(await upgradeStatus(`${server.syncUrl}/no`)).toBe(400)
    const ws = await openRaw(`${server.syncUrl}/${freshBoardId()}`)
    ws.send(new Uint8Array([7, 1, 2, 3]))
    expect((await closed(ws)).code).toBe(1007)

    const after = await scrape()
    expect(value(after, 'sammen_upgrades_refused_total{status="400"}') - value(before, 'sammen_upgrades_refused_total{status="400"}')).toBe(1)
    expect(value(after, 'sammen_connections_refused_total{code="1007"}') - value(before, 'sammen_connections_refused_total{code="1007"}')).toBe(1)
  })
})

describe('graceful shutdown', () => {
  it('tells clients 1012 and flushes every open board into one snapshot before exiting', async () => {
    const boardId = freshBoardId()
    const a = await client(boardId)
    a.provider.on('connection-close', () => {
      a.provider.shouldConnect = false // stay away, so storage alone is judged
    })
    for (let i = 0; i < 30; i++) fieldList<number>(a.doc, 'n').push([i])
    const b = await client(boardId)
    await waitFor(() => fieldList(b.doc, 'n').length === 30, 'b has everything')
    b.provider.on('connection-close', () => {
      b.provider.shouldConnect = false
    })

    const exit = await server.kill('SIGTERM')
    expect(exit.code).toBe(0)
    const storage = new SqliteStorage(server.dataDir)
    try {
      const stored = await storage.loadDocument(boardId as BoardId)
      // Below the 200-update threshold nothing compacted during the session; only the shutdown did.
      expect(stored?.updates).toEqual([])
      expect(stored?.state).not.toBeNull()
      expect(fieldList(docFromStored(stored, storage), 'n').toArray()).toEqual(Array.from({ length: 30 }, (_, i) => i))
    } finally {
      await storage.close()
    }
  })
})
