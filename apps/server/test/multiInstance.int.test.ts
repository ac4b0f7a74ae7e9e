// Two real server processes sharing one PostgreSQL schema and one Redis: edits and awareness cross,
// and a kill -9 of one instance loses nothing that a client on the other instance had already seen.
// Needs PostgreSQL and Redis; see helpers/services.ts for how they are found and when a missing one
// fails instead of skipping.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { BoardId } from '@sammen/journey-model'
import { docFromStored } from '@sammen/doc-log/testing'
import { PostgresStorage } from '../src/storage/PostgresStorage'
import { fieldList, notes } from './helpers/layout'
import { connectClient, sleep, waitFor, waitSynced, type SyncClient } from './helpers/clients'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'
import { createTestSchema, postgresForTests, redisForTests } from './helpers/services'
import * as Y from 'yjs'
import { issueToken, secretKey } from '../src/auth/tokens'

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
    const storage = await PostgresStorage.open({ connectionString: databaseUrl, schema: schema.schema })
    try {
      return docFromStored(await storage.loadDocument(boardId as BoardId), storage)
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

  describe('multiple secured instances', () => {
    const SECRET = 'multi-instance-secret-0123456789abcdefghijklmn'
    let securedSchema: Awaited<ReturnType<typeof createTestSchema>>
    let left: ServerProcess
    let right: ServerProcess

    beforeAll(async () => {
      securedSchema = await createTestSchema(databaseUrl)
      const env = { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: securedSchema.schema, REDIS_URL: redisUrl, SAMMEN_TOKEN_SECRET: SECRET }
      ;[left, right] = await Promise.all([startServerProcess({ env }), startServerProcess({ env })])
    })

    afterAll(async () => {
      await Promise.all([left?.dispose(), right?.dispose()])
      await securedSchema?.drop()
    })

    it('a revocation on one instance ends the connections on the other at once, through Redis', async () => {
      const key = secretKey(SECRET)
      const boardId = freshBoardId()
      const panelToken = await issueToken(key, { boardId, role: 'panel', generation: 0, expiresInSeconds: 3600 })
      const facilitatorToken = await issueToken(key, { boardId, role: 'facilitator', generation: 0, expiresInSeconds: 3600 })
      const petra = connectClient(right.syncUrl, `${boardId}/annotations`, { token: panelToken })
      clients.push(petra)
      const closes: number[] = []
      petra.provider.on('connection-close', (event) => event && closes.push(event.code))
      await waitSynced(petra)
      const started = Date.now()
      const answer = await fetch(`${left.url}/api/boards/${boardId}/invites/revoke`, {
        method: 'POST',
        headers: { authorization: `Bearer ${facilitatorToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'panel' }),
      })
      expect(answer.status).toBe(200)
      await waitFor(() => closes.includes(4401), 'the panel member on the other instance is cut off', 5_000)
      // Well before the keepalive sweep (30 s) would have found it.
      expect(Date.now() - started).toBeLessThan(3_000)
    })

    it('a client id claimed on one instance is held there for the other instance too', async () => {
      const key = secretKey(SECRET)
      const boardId = freshBoardId()
      const editorToken = await issueToken(key, { boardId, role: 'editor', generation: 0, expiresInSeconds: 3600 })
      const kari = connectClient(left.syncUrl, boardId, { token: editorToken })
      clients.push(kari)
      await waitSynced(kari)
      notes(kari.doc).set('kari', 1)
      const watcher = connectClient(right.syncUrl, boardId, { token: editorToken })
      clients.push(watcher)
      await waitFor(() => notes(watcher.doc).get('kari') === 1, 'the edit crossed instances')
      // Someone else, on the other instance, writes Kari's next clocks under her client id: refused.
      const forged = new Y.Doc()
      Y.applyUpdate(forged, Y.encodeStateAsUpdate(kari.doc))
      forged.clientID = kari.doc.clientID
      const mallory = connectClient(right.syncUrl, boardId, { token: editorToken, doc: forged })
      clients.push(mallory)
      const closes: number[] = []
      mallory.provider.on('connection-close', (event) => event && closes.push(event.code))
      await waitSynced(mallory)
      notes(forged).set('forged', 1)
      await waitFor(() => closes.includes(4403), 'the forger is refused')
      notes(kari.doc).set('kari-next', 2)
      await waitFor(() => notes(watcher.doc).get('kari-next') === 2, "Kari's next edit still arrives")
      expect(notes(watcher.doc).has('forged')).toBe(false)
    })
  })
}
