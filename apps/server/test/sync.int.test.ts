import { randomBytes } from 'node:crypto'
import { createParticipantKey, socketProtocols } from '@sammen/protocol'
import * as encoding from 'lib0/encoding'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addStepCard } from './helpers/boardRecords'
import { fieldList, notes } from './helpers/layout'
import { connectClient, sleep, waitFor, waitSynced, type SyncClient } from './helpers/clients'
import { closed, openRaw, upgradeStatus } from './helpers/rawSocket'
import { frame } from './helpers/updateBuilder'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'

const MAX_MESSAGE_BYTES = 256 * 1024

let server: ServerProcess
const clients: SyncClient[] = []
let boardCounter = 0

function freshBoardId(): string {
  return `board-${Date.now().toString(36)}-${++boardCounter}`
}

async function client(boardId: string): Promise<SyncClient> {
  const c = connectClient(server.syncUrl, boardId)
  clients.push(c)
  await waitSynced(c)
  return c
}

beforeAll(async () => {
  server = await startServerProcess({ env: { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) } })
})

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy()
})

afterAll(async () => {
  await server?.dispose()
})

/** Proves a board still syncs both ways between two clients. */
async function expectStillSyncing(a: SyncClient, b: SyncClient, tag: string): Promise<void> {
  notes(a.doc).set(tag, 'from-a')
  await waitFor(() => notes(b.doc).get(tag) === 'from-a', `b sees ${tag}`)
  notes(b.doc).set(`${tag}-back`, 'from-b')
  await waitFor(() => notes(a.doc).get(`${tag}-back`) === 'from-b', `a sees ${tag}-back`)
}

describe('sync between y-websocket clients', () => {
  it('converges Y.Map and Y.Array edits in both directions', async () => {
    const boardId = freshBoardId()
    const a = await client(boardId)
    const b = await client(boardId)

    a.doc.getMap('meta').set('title', 'Customer journey')
    fieldList<string>(a.doc, 'steps').push(['discover', 'sign up'])
    await waitFor(() => fieldList(b.doc, 'steps').length === 2, 'b receives a’s steps')

    fieldList<string>(b.doc, 'steps').insert(1, ['compare'])
    notes(b.doc).set('owner', 'b')
    await waitFor(() => fieldList(a.doc, 'steps').length === 3 && notes(a.doc).get('owner') === 'b', 'a receives b’s edits')

    // Concurrent edits on both sides still end in the same state.
    fieldList<string>(a.doc, 'steps').push(['pay'])
    fieldList<string>(b.doc, 'steps').unshift(['hear about us'])
    await waitFor(
      () => fieldList(a.doc, 'steps').length === 5 && fieldList(b.doc, 'steps').length === 5,
      'both have all five steps',
    )
    expect(fieldList(a.doc, 'steps').toArray()).toEqual(fieldList(b.doc, 'steps').toArray())
    expect(a.doc.getMap('meta').toJSON()).toEqual({ title: 'Customer journey' })
    expect(notes(a.doc).get('owner')).toBe('b')
    expect(b.doc.getMap('meta').toJSON()).toEqual(a.doc.getMap('meta').toJSON())
  })

  it('a late joiner receives the existing board', async () => {
    const boardId = freshBoardId()
    const a = await client(boardId)
    for (let i = 0; i < 20; i++) fieldList<number>(a.doc, 'n').push([i])
    const b = await client(boardId)
    await waitFor(() => fieldList(b.doc, 'n').length === 20, 'late joiner has all items')
  })

  it('relays awareness and removes it when a client disconnects', async () => {
    const boardId = freshBoardId()
    const a = await client(boardId)
    const b = await client(boardId)
    a.provider.awareness.setLocalStateField('user', { name: 'Ada', color: '#f80' })
    await waitFor(
      () => (b.provider.awareness.getStates().get(a.doc.clientID) as { user?: { name?: string } } | undefined)?.user?.name === 'Ada',
      'b sees Ada',
    )

    // A client that joins later asks for and gets the current awareness states too.
    const c = await client(boardId)
    await waitFor(() => c.provider.awareness.getStates().has(a.doc.clientID), 'c sees Ada')

    a.provider.disconnect()
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'Ada gone for b')
    await waitFor(() => !c.provider.awareness.getStates().has(a.doc.clientID), 'Ada gone for c')
  })

  it('keeps two boards apart', async () => {
    const one = freshBoardId()
    const two = freshBoardId()
    const a = await client(one)
    const b = await client(two)
    notes(a.doc).set('secret', 'only on board one')
    notes(b.doc).set('other', 'only on board two')
    const a2 = await client(one)
    await waitFor(() => notes(a2.doc).get('secret') === 'only on board one', 'second client of board one')
    await sleep(200)
    expect(notes(b.doc).toJSON()).toEqual({ other: 'only on board two' })
    expect(notes(a2.doc).toJSON()).toEqual({ secret: 'only on board one' })
  })
})

describe('durability', () => {
  it('a board survives a graceful restart, and clients are told 1012', async () => {
    const boardId = freshBoardId()
    const a = await client(boardId)
    const closeCodes: number[] = []
    a.provider.on('connection-close', (event) => {
      if (event) closeCodes.push(event.code)
      // Stay offline across the restart: a reconnecting client would re-upload its copy and hide
      // whether the server itself kept the board.
      a.provider.shouldConnect = false
    })
    // Enough updates to cross the compaction threshold too, so snapshot + log are both exercised.
    for (let i = 0; i < 250; i++) fieldList<number>(a.doc, 'list').push([i])
    a.doc.getMap('meta').set('title', 'kept')
    const observer = await client(boardId)
    await waitFor(() => fieldList(observer.doc, 'list').length === 250, 'observer has everything')
    observer.destroy()

    await server.restart()
    expect(server.logs().some((line) => line.msg === 'server stopped')).toBe(true)
    expect(closeCodes).toContain(1012)

    const fresh = await client(boardId)
    await waitFor(() => fieldList(fresh.doc, 'list').length === 250, 'fresh client sees the list after restart')
    expect(fresh.doc.getMap('meta').get('title')).toBe('kept')
    // The old provider comes back and keeps syncing.
    a.provider.connect()
    await waitSynced(a)
    await expectStillSyncing(a, fresh, 'after-restart')
  })

  it('an update survives kill -9 one second after the server received it', async () => {
    const boardId = freshBoardId()
    const writer = await client(boardId)
    const observer = await client(boardId)
    notes(writer.doc).set('durable', 'yes')
    // The observer seeing it proves the server received (and, by design, already stored) it.
    await waitFor(() => notes(observer.doc).get('durable') === 'yes', 'observer sees the write')
    await sleep(1000)
    const exit = await server.kill('SIGKILL')
    expect(exit.signal).toBe('SIGKILL')
    for (const c of clients.splice(0)) c.destroy() // so nobody re-uploads the update after restart

    await server.restart()
    const fresh = await client(boardId)
    expect(notes(fresh.doc).get('durable')).toBe('yes')
  })
})

describe('a client that leaves at once', () => {
  // The server's default frame limit: a pasted journey arrives as one update of a megabyte or more.
  let roomy: ServerProcess
  beforeAll(async () => {
    roomy = await startServerProcess()
  })
  afterAll(async () => {
    await roomy?.dispose()
  })

  it('has its large change kept: a change that arrived whole is applied after its sender left', async () => {
    const boardId = freshBoardId()
    // Read, checked and applied in turns by the server, long after the sender's socket is gone.
    const pasted = new Y.Doc()
    for (let i = 0; i < 1500; i++) addStepCard(pasted, `shape:pasted-${i}`, { x: i * 260, props: { text: `Steg ${i}: ${'søke om noe '.repeat(60)}` } })
    const update = Y.encodeStateAsUpdate(pasted)
    expect(update.byteLength).toBeGreaterThan(1024 * 1024)
    const leaver = await openRaw(`${roomy.syncUrl}/${boardId}`, socketProtocols({ participantKey: createParticipantKey() }))
    const gone = closed(leaver)
    leaver.send(frame('update', update))
    leaver.close(1000)
    expect((await gone).code).toBe(1000)

    const newcomer = connectClient(roomy.syncUrl, boardId)
    clients.push(newcomer)
    await waitSynced(newcomer)
    await waitFor(() => newcomer.doc.getMap('records').size === 1500, 'the newcomer gets every pasted card')
  })
})

describe('hostile input', () => {
  function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    encoding.writeVarUint(encoder, syncType)
    encoding.writeVarUint8Array(encoder, payload)
    return encoding.toUint8Array(encoder)
  }

  function validUpdateFrame(): Uint8Array {
    const doc = new Y.Doc()
    notes(doc).set('k', 'a value long enough to cut in half')
    return syncFrame(2, Y.encodeStateAsUpdate(doc))
  }

  // Deterministic "random" bytes: a failure must be reproducible.
  function pseudoRandomBytes(length: number, seed: number): Uint8Array {
    const out = new Uint8Array(length)
    let x = seed
    for (let i = 0; i < length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff
      out[i] = x >> 16
    }
    return out
  }

  const badFrames: Array<[string, () => Uint8Array | string]> = [
    ['random bytes', () => pseudoRandomBytes(257, 42)],
    ['a truncated sync update', () => validUpdateFrame().subarray(0, 12)],
    ['a sync update whose payload is garbage', () => syncFrame(2, pseudoRandomBytes(64, 7))],
    ['an unknown sync message type', () => syncFrame(9, new Uint8Array([0]))],
    ['an unknown message type', () => new Uint8Array([7, 1, 2, 3])],
    ['a broken awareness update', () => new Uint8Array([1, 5, 1, 1, 1, 3, 0x7b, 0x7b, 0x7b])],
    ['a text frame', () => 'hello, server'],
  ]

  for (const [name, makeFrame] of badFrames) {
    it(`closes a socket that sends ${name} with 1007 and keeps the board working`, async () => {
      const boardId = freshBoardId()
      const a = await client(boardId)
      const b = await client(boardId)
      notes(a.doc).set('before', 1)
      await waitFor(() => notes(b.doc).get('before') === 1, 'baseline sync')

      const raw = await openRaw(`${server.syncUrl}/${boardId}`)
      const closing = closed(raw)
      raw.send(makeFrame())
      const info = await closing
      expect(info).toEqual({ code: 1007, reason: 'malformed message' })

      await expectStillSyncing(a, b, 'after-bad-frame')
      expect(notes(b.doc).toJSON()).toEqual(notes(a.doc).toJSON())
      const health = await fetch(`${server.url}/healthz`)
      expect(health.status).toBe(200)
    })
  }

  it('closes a socket that sends an oversized frame with 1009 and keeps the board working', async () => {
    const boardId = freshBoardId()
    const a = await client(boardId)
    const b = await client(boardId)
    const raw = await openRaw(`${server.syncUrl}/${boardId}`)
    const closing = closed(raw)
    raw.send(new Uint8Array(MAX_MESSAGE_BYTES + 1024))
    expect((await closing).code).toBe(1009)
    await expectStillSyncing(a, b, 'after-oversized')
  })

  it('refuses bad board ids and unknown paths on upgrade', async () => {
    const base = `ws://127.0.0.1:${server.port}`
    expect(await upgradeStatus(`${base}/sync/abc`)).toBe(400) // too short
    expect(await upgradeStatus(`${base}/sync/has%20space`)).toBe(400)
    expect(await upgradeStatus(`${base}/sync/${'x'.repeat(65)}`)).toBe(400)
    expect(await upgradeStatus(`${base}/sync/`)).toBe(400)
    expect(await upgradeStatus(`${base}/sync/abcdefgh/extra`)).toBe(404)
    expect(await upgradeStatus(`${base}/elsewhere/abcdefgh`)).toBe(404)
  })

  it('survives a burst of garbage from many sockets at once', async () => {
    const boardId = freshBoardId()
    const a = await client(boardId)
    const b = await client(boardId)
    const sockets = await Promise.all(Array.from({ length: 20 }, () => openRaw(`${server.syncUrl}/${boardId}`)))
    const closings = sockets.map((ws) => closed(ws))
    sockets.forEach((ws, i) => ws.send(randomBytes(32 + i)))
    const infos = await Promise.all(closings)
    // randomBytes may, very rarely, form a valid message; everything else must be 1007.
    expect(infos.filter((info) => info.code === 1007).length).toBeGreaterThanOrEqual(19)
    for (const ws of sockets) ws.terminate()
    await expectStillSyncing(a, b, 'after-burst')
  })
})

describe('http', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })

  it('explains how to build the web app when it is missing', async () => {
    const res = await fetch(`${server.url}/`)
    expect(res.status).toBe(503)
    expect(await res.text()).toMatch(/build/)
  })
})
