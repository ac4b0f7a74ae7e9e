import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLocalDatabase } from '../storage/localDatabase'
import { base64ToBytes, bytesToBase64 } from './base64'
import { getSnapshot, listSnapshots, putStoredSnapshot, takeSnapshot } from './localSnapshots'
import { createSnapshotApiClient, SnapshotApiError } from './snapshotApiClient'
import { downloadSnapshots, uploadPendingSnapshots } from './syncSnapshots'

let counter = 0
const freshDatabase = () => createLocalDatabase(`sammen-sync-snapshots-${Date.now()}-${counter++}`)

type Body = { id: string; name: string; author: string; createdAt: number; kind: string; state: string }

/** An in-memory stand-in for the server's snapshot API, enough for the client's paths. */
function fakeServer() {
  const boards = new Map<string, Map<string, Body>>()
  let online = true
  const json = (status: number, body?: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  const metaOf = ({ state, ...meta }: Body) => ({ ...meta, size: base64ToBytes(state).length })
  const fetchImpl = async (url: string, init?: RequestInit): Promise<Response> => {
    if (!online) throw new TypeError('fetch failed')
    const match = /\/api\/boards\/([^/]+)\/snapshots(?:\/([^/]+))?$/.exec(url)
    if (!match) return json(404, { error: 'not found' })
    const board = boards.get(match[1]!) ?? new Map<string, Body>()
    boards.set(match[1]!, board)
    const method = init?.method ?? 'GET'
    if (!match[2] && method === 'GET') return json(200, { snapshots: [...board.values()].map(metaOf).sort((a, b) => b.createdAt - a.createdAt) })
    if (!match[2] && method === 'POST') {
      const body = JSON.parse(String(init?.body)) as Body
      const existing = board.get(body.id)
      if (existing) return JSON.stringify(existing) === JSON.stringify(body) ? json(200, metaOf(body)) : json(409, { error: `snapshot id "${body.id}" is already used` })
      board.set(body.id, body)
      return json(201, metaOf(body))
    }
    const found = board.get(match[2]!)
    if (!found) return json(404, { error: 'unknown snapshot' })
    if (method === 'DELETE') {
      board.delete(found.id)
      return new Response(null, { status: 204 })
    }
    return json(200, { ...metaOf(found), state: found.state })
  }
  return { boards, fetchImpl, setOnline: (value: boolean) => (online = value) }
}

function docWith(title: string) {
  const doc = new Y.Doc()
  doc.getMap('meta').set('title', title)
  return doc
}

describe('base64', () => {
  it('round-trips every byte value and large arrays', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256)
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'))
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes)
    expect(() => base64ToBytes('not base64!')).toThrow()
  })
})

describe('snapshot API client', () => {
  it('reports the server error message and unreachable servers', async () => {
    const failing = createSnapshotApiClient('http://x/', async () =>
      new Response(JSON.stringify({ error: 'invalid board id' }), { status: 400 }),
    )
    await expect(failing.list('bad')).rejects.toMatchObject({ status: 400, message: 'Listing snapshots failed: invalid board id' })
    const offline = createSnapshotApiClient('http://x', async () => {
      throw new TypeError('fetch failed')
    })
    await expect(offline.list('b')).rejects.toBeInstanceOf(SnapshotApiError)
    await expect(offline.list('b')).rejects.toMatchObject({ status: 0 })
  })
})

describe('uploadPendingSnapshots / downloadSnapshots', () => {
  it('uploads pending snapshots once, reports conflicts and keeps failures pending', async () => {
    const server = fakeServer()
    const client = createSnapshotApiClient('http://server', server.fetchImpl)
    const db = freshDatabase()
    const one = await takeSnapshot(db, 'b', docWith('one'), { name: 'One', author: 'Kari', kind: 'named', now: 1 })
    const two = await takeSnapshot(db, 'b', docWith('two'), { name: 'Two', author: 'Ola', kind: 'auto', reason: 'before-restore', now: 2 })

    server.setOnline(false)
    const offline = await uploadPendingSnapshots(db, 'b', client)
    expect(offline.failed.map((f) => f.id)).toEqual([one.id, two.id])
    expect((await getSnapshot(db, 'b', one.id))?.uploadedAt).toBeNull()

    server.setOnline(true)
    const report = await uploadPendingSnapshots(db, 'b', client)
    expect(report).toEqual({ uploaded: [one.id, two.id], conflicts: [], failed: [] })
    expect((await getSnapshot(db, 'b', one.id))?.uploadedAt).toEqual(expect.any(Number))
    expect(await uploadPendingSnapshots(db, 'b', client)).toEqual({ uploaded: [], conflicts: [], failed: [] })

    // A lost answer: the same snapshot uploaded again is accepted (200) and marked uploaded.
    await putStoredSnapshot(db, { ...(await getSnapshot(db, 'b', one.id))!, uploadedAt: null })
    expect((await uploadPendingSnapshots(db, 'b', client)).uploaded).toEqual([one.id])

    // Same id, different content: reported, kept locally and still pending.
    await putStoredSnapshot(db, { ...(await getSnapshot(db, 'b', two.id))!, name: 'Renamed', uploadedAt: null })
    const conflict = await uploadPendingSnapshots(db, 'b', client)
    expect(conflict.conflicts).toEqual([{ id: two.id, error: expect.stringContaining('already used') }])
    expect((await getSnapshot(db, 'b', two.id))?.uploadedAt).toBeNull()
  })

  it('downloads the server snapshots missing locally with their exact state', async () => {
    const server = fakeServer()
    const client = createSnapshotApiClient('http://server', server.fetchImpl)
    const remoteDoc = docWith('from another browser')
    const state = Y.encodeStateAsUpdate(remoteDoc)
    await client.put('b', { id: 'remote-snapshot-1', name: 'Remote', author: 'Per', createdAt: 5, kind: 'named', state })

    const db = freshDatabase()
    const local = await takeSnapshot(db, 'b', docWith('local'), { name: 'Local', author: '', kind: 'named', now: 10 })
    await uploadPendingSnapshots(db, 'b', client)
    expect(await downloadSnapshots(db, 'b', client)).toEqual(['remote-snapshot-1'])
    expect(await downloadSnapshots(db, 'b', client)).toEqual([])

    const listed = await listSnapshots(db, 'b')
    expect(listed.map((s) => s.id)).toEqual([local.id, 'remote-snapshot-1'])
    const downloaded = await getSnapshot(db, 'b', 'remote-snapshot-1')
    expect(downloaded).toMatchObject({ name: 'Remote', author: 'Per', kind: 'named', size: state.length, boardId: 'b' })
    expect(downloaded?.uploadedAt).not.toBeNull()
    expect(downloaded?.state).toEqual(state)
  })

  it('drops shared versions someone deleted on the server, and keeps versions not uploaded yet', async () => {
    const server = fakeServer()
    const client = createSnapshotApiClient('http://server', server.fetchImpl)
    const db = freshDatabase()
    const shared = await takeSnapshot(db, 'b', docWith('shared'), { name: 'Delt', author: '', kind: 'named', now: 1 })
    await uploadPendingSnapshots(db, 'b', client)
    const pending = await takeSnapshot(db, 'b', docWith('pending'), { name: 'Ikke sendt', author: '', kind: 'named', now: 2 })
    // Someone else deletes the shared version.
    await client.delete('b', shared.id)
    await downloadSnapshots(db, 'b', client)
    expect((await listSnapshots(db, 'b')).map((s) => s.id)).toEqual([pending.id])
  })
})
