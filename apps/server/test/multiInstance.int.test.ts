// Two real server processes sharing one PostgreSQL schema and one Redis: edits and awareness cross,
// and a kill -9 of one instance loses nothing that a client on the other instance had already seen.
// Needs PostgreSQL and Redis; see helpers/services.ts for how they are found and when a missing one
// fails instead of skipping.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { BoardId } from '@sammen/journey-model'
import { docFrom } from '../src/storage/docStorageSuite'
import { PostgresDocStorage } from '../src/storage/PostgresDocStorage'
import { fieldList, notes } from './helpers/layout'
import { connectClient, sleep, waitFor, waitSynced, type SyncClient } from './helpers/clients'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'
import { createTestSchema, postgresForTests, redisForTests } from './helpers/services'

const [pgService, redisService] = await Promise.all([postgresForTests(), redisForTests()])
const missing = [pgService, redisService].flatMap((s) => (s.state === 'missing' ? [s.reason] : []))
const skipped = [pgService, redisService].flatMap((s) => (s.state === 'skip' ? [s.reason] : []))

if (missing.length > 0) {
  describe('multiple instances', () => {
    it('needs reachable PostgreSQL and Redis', () => {
      throw new Error(missing.join('\n'))
    })
  })
} else if (skipped.length > 0 || pgService.state !== 'ready' || redisService.state !== 'ready') {
  console.warn(`[multiInstance] skipped: ${skipped.join('; ')}`)
  describe.skip(`multiple instances (skipped: ${skipped.join('; ')})`, () => {
    it('needs PostgreSQL and Redis', () => {})
  })
} else {
  const databaseUrl = pgService.url
  const redisUrl = redisService.url
  let schema: Awaited<ReturnType<typeof createTestSchema>>
  let one: ServerProcess
  let two: ServerProcess
  const clients: SyncClient[] = []
  let boardCounter = 0

  const freshBoardId = () => `multi-${Date.now().toString(36)}-${++boardCounter}`
  const client = async (server: ServerProcess, boardId: string): Promise<SyncClient> => {
    const c = connectClient(server.syncUrl, boardId)
    clients.push(c)
    await waitSynced(c)
    return c
  }
  const storedDoc = async (boardId: string) => {
    const storage = await PostgresDocStorage.open({ connectionString: databaseUrl, schema: schema.schema })
    try {
      return docFrom(await storage.loadBoard(boardId as BoardId))
    } finally {
      await storage.close()
    }
  }
  const userName = (c: SyncClient, clientId: number) =>
    (c.provider.awareness.getStates().get(clientId) as { user?: { name?: string } } | undefined)?.user?.name

  beforeAll(async () => {
    schema = await createTestSchema(databaseUrl)
    const env = { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema.schema, REDIS_URL: redisUrl }
    // Started together on purpose: both run the migrations at once and must not trip over each other.
    ;[one, two] = await Promise.all([startServerProcess({ env }), startServerProcess({ env })])
  })

  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy()
  })

  afterAll(async () => {
    await Promise.all([one?.dispose(), two?.dispose()])
    await schema?.drop()
  })

  describe('multiple instances', () => {
    it('both instances are ready, with storage and Redis', async () => {
      for (const server of [one, two]) {
        const res = await fetch(`${server.url}/readyz`)
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({ ok: true, storage: 'ok', redis: 'ok' })
      }
    })

    it('edits and awareness cross between instances both ways', async () => {
      const boardId = freshBoardId()
      const a = await client(one, boardId)
      const b = await client(two, boardId)

      notes(a.doc).set('from', 'a')
      await waitFor(() => notes(b.doc).get('from') === 'a', 'b (on two) sees a’s edit (on one)')
      fieldList<string>(b.doc, 'list').push(['x', 'y'])
      await waitFor(() => fieldList(a.doc, 'list').length === 2, 'a sees b’s edit')

      a.provider.awareness.setLocalStateField('user', { name: 'Ada' })
      b.provider.awareness.setLocalStateField('user', { name: 'Bo' })
      await waitFor(() => userName(b, a.doc.clientID) === 'Ada', 'b sees Ada')
      await waitFor(() => userName(a, b.doc.clientID) === 'Bo', 'a sees Bo')

      // A client joining later on instance two also sees Ada, who is connected to instance one.
      const c = await client(two, boardId)
      await waitFor(() => userName(c, a.doc.clientID) === 'Ada', 'late joiner sees Ada')

      a.provider.disconnect()
      await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'Ada removed for b')
      await waitFor(() => !c.provider.awareness.getStates().has(a.doc.clientID), 'Ada removed for c')
    })

    it('counts Redis publishes on the sender and receipts on the other instance in /metrics', async () => {
      const redisCount = async (server: ServerProcess, name: string) => {
        const text = await (await fetch(`${server.url}/metrics`)).text()
        const line = text.split('\n').find((l) => l.startsWith(`${name} `))
        return Number(line?.split(' ')[1] ?? NaN)
      }
      const before = { published: await redisCount(one, 'sammen_redis_published_total'), received: await redisCount(two, 'sammen_redis_received_total') }
      const boardId = freshBoardId()
      const a = await client(one, boardId)
      const b = await client(two, boardId)
      notes(a.doc).set('counted', true)
      await waitFor(() => notes(b.doc).get('counted') === true, 'b sees the edit through Redis')
      expect(await redisCount(one, 'sammen_redis_published_total')).toBeGreaterThan(before.published)
      expect(await redisCount(two, 'sammen_redis_received_total')).toBeGreaterThan(before.received)
    })

    it('kill -9 of one instance mid-edit loses no acknowledged update', async () => {
      const boardId = freshBoardId()
      const a = await client(one, boardId)
      const b = await client(two, boardId)
      const written = fieldList<number>(a.doc, 'log')
      let n = 0
      const writer = setInterval(() => written.push([n++]), 5)
      try {
        await waitFor(() => fieldList(b.doc, 'log').length >= 50, 'b sees the stream of edits')
        await one.kill('SIGKILL')
        await sleep(100) // a keeps editing while disconnected
      } finally {
        clearInterval(writer)
      }
      await sleep(300) // whatever was in flight to b has arrived by now
      // "Acknowledged" = seen by the client on the other instance.
      const acked = fieldList<number>(b.doc, 'log').toArray()
      expect(acked.length).toBeGreaterThanOrEqual(50)

      // Durable before anyone could see it: all of it is already in PostgreSQL.
      const stored = new Set(fieldList<number>(await storedDoc(boardId), 'log').toArray())
      expect(acked.filter((x) => !stored.has(x))).toEqual([])

      // The orphaned client moves to the survivor and brings its unsent edits along.
      a.provider.serverUrl = two.syncUrl
      await waitFor(() => a.provider.wsconnected && a.provider.synced, 'a reconnected to two', 15_000)
      await waitFor(() => fieldList(b.doc, 'log').length === n, 'b has every edit a made', 15_000)
      const all = fieldList<number>(b.doc, 'log').toArray()

      // A restarted survivor serves a fresh client everything, from PostgreSQL alone.
      for (const c of clients.splice(0)) c.destroy()
      await two.restart()
      const fresh = await client(two, boardId)
      await waitFor(() => fieldList(fresh.doc, 'log').length === all.length, 'fresh client has the whole log')
      expect(fieldList(fresh.doc, 'log').toArray()).toEqual(all)
      expect(new Set(fieldList(fresh.doc, 'log').toArray())).toEqual(new Set(acked.concat(all)))
      expect(fieldList(await storedDoc(boardId), 'log').length).toBe(all.length)
    })
  })
}
