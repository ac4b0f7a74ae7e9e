// Named snapshots ("shared history") through the HTTP API of the real server process: what a client
// does when it saves a version, uploads one taken offline after reconnecting, and what hostile or
// broken requests get. Snapshots must survive a graceful restart and a kill -9 like board updates do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { boardDoc, boardSchema } from './helpers/boardDoc'
import { fieldList, notes } from './helpers/layout'
import { connectClient, waitFor, waitSynced } from './helpers/clients'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'

// Small, so the "too big" case does not need megabytes; every other snapshot here is far below it.
const MAX_SNAPSHOT_BYTES = 64 * 1024

let server: ServerProcess
let boardCounter = 0
const freshBoardId = () => `snaps-${Date.now().toString(36)}-${++boardCounter}`

beforeAll(async () => {
  server = await startServerProcess({ env: { MAX_SNAPSHOT_BYTES: String(MAX_SNAPSHOT_BYTES) } })
})

afterAll(async () => {
  await server?.dispose()
})

function stateOf(entries: Record<string, string>): Uint8Array {
  const doc = boardDoc()
  for (const [key, value] of Object.entries(entries)) notes(doc).set(key, value)
  return Y.encodeStateAsUpdate(doc)
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
// Computed once: every new Y.Doc has a random client id, so two encodings of "the same" edit differ.
const DEFAULT_STATE = base64(stateOf({ title: 'Moving to Oslo' }))

function body(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'snap-a1b2c3',
    name: 'Before the workshop',
    author: 'Kari',
    createdAt: 1_763_900_000_000,
    kind: 'named',
    state: DEFAULT_STATE,
    ...overrides,
  }
}

const snapshotsUrl = (boardId: string) => `${server.url}/api/boards/${boardId}/snapshots`

async function post(boardId: string, payload: unknown, contentType = 'application/json'): Promise<Response> {
  return fetch(snapshotsUrl(boardId), {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  })
}

async function list(boardId: string): Promise<Array<Record<string, unknown>>> {
  const res = await fetch(snapshotsUrl(boardId))
  expect(res.status).toBe(200)
  return ((await res.json()) as { snapshots: Array<Record<string, unknown>> }).snapshots
}

describe('snapshot API', () => {
  it('stores a snapshot of a live board, lists it and gives the state back', async () => {
    const boardId = freshBoardId()
    const client = connectClient(server.syncUrl, boardId)
    try {
      await waitSynced(client)
      // The web app writes the record schema when it binds a board; the versions API only takes such boards.
      client.doc.getMap('meta').set('schema', boardSchema.serialize())
      notes(client.doc).set('title', 'Moving to Oslo')
      fieldList<string>(client.doc, 'steps').push(['Register address', 'Get a tax card'])
      const state = Y.encodeStateAsUpdate(client.doc)

      const res = await post(boardId, body({ state: base64(state) }))
      expect(res.status).toBe(201)
      expect(res.headers.get('location')).toBe(`/api/boards/${boardId}/snapshots/snap-a1b2c3`)
      const meta = { id: 'snap-a1b2c3', name: 'Before the workshop', author: 'Kari', createdAt: 1_763_900_000_000, kind: 'named', size: state.byteLength }
      expect(await res.json()).toEqual(meta)
      expect(await list(boardId)).toEqual([meta])

      const fetched = await fetch(`${snapshotsUrl(boardId)}/snap-a1b2c3`)
      expect(fetched.status).toBe(200)
      const full = (await fetched.json()) as Record<string, unknown>
      expect(full).toMatchObject(meta)
      const restored = new Y.Doc()
      Y.applyUpdate(restored, Buffer.from(full.state as string, 'base64'))
      expect(notes(restored).get('title')).toBe('Moving to Oslo')
      expect(fieldList(restored, 'steps').toArray()).toEqual(['Register address', 'Get a tax card'])
    } finally {
      client.destroy()
    }
  })

  it('lists newest first, metadata only, per board', async () => {
    const boardId = freshBoardId()
    expect(await list(boardId)).toEqual([])
    expect((await post(boardId, body({ id: 'snap-old', createdAt: 1000, kind: 'auto', author: undefined }))).status).toBe(201)
    expect((await post(boardId, body({ id: 'snap-new', createdAt: 3000 }))).status).toBe(201)
    expect((await post(boardId, body({ id: 'snap-mid', createdAt: 2000 }))).status).toBe(201)
    const listed = await list(boardId)
    expect(listed.map((s) => s.id)).toEqual(['snap-new', 'snap-mid', 'snap-old'])
    expect(listed[2]).toMatchObject({ kind: 'auto', author: '' })
    expect(listed.every((s) => !('state' in s))).toBe(true)
    expect(await list(freshBoardId())).toEqual([])
  })

  it('accepts the same upload again after a reconnect, once', async () => {
    const boardId = freshBoardId()
    // Taken offline; the first upload's response is "lost", so the client sends it again, possibly
    // twice at once (two tabs reconnecting).
    const payload = body({ id: 'offline-snap-1', kind: 'auto', state: base64(stateOf({ title: 'Offline edit' })) })
    expect((await post(boardId, payload)).status).toBe(201)
    const again = await post(boardId, payload)
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ id: 'offline-snap-1', kind: 'auto' })
    const racing = await Promise.all([post(boardId, body({ id: 'offline-snap-2' })), post(boardId, body({ id: 'offline-snap-2' }))])
    expect(racing.map((r) => r.status).sort()).toEqual([200, 201])
    expect((await list(boardId)).map((s) => s.id).sort()).toEqual(['offline-snap-1', 'offline-snap-2'])
  })

  it('refuses different content under an existing id with 409 and keeps the original', async () => {
    const boardId = freshBoardId()
    expect((await post(boardId, body())).status).toBe(201)
    const clash = await post(boardId, body({ state: base64(stateOf({ title: 'Something else' })) }))
    expect(clash.status).toBe(409)
    expect(((await clash.json()) as { error: string }).error).toMatch(/snap-a1b2c3.*different content/)
    expect((await post(boardId, body({ name: 'Renamed' }))).status).toBe(409)
    const kept = (await (await fetch(`${snapshotsUrl(boardId)}/snap-a1b2c3`)).json()) as Record<string, unknown>
    expect(kept.name).toBe('Before the workshop')
    expect(kept.state).toBe(body().state)
  })

  it('deletes a snapshot', async () => {
    const boardId = freshBoardId()
    await post(boardId, body())
    const del = await fetch(`${snapshotsUrl(boardId)}/snap-a1b2c3`, { method: 'DELETE' })
    expect(del.status).toBe(204)
    expect((await fetch(`${snapshotsUrl(boardId)}/snap-a1b2c3`, { method: 'DELETE' })).status).toBe(404)
    expect((await fetch(`${snapshotsUrl(boardId)}/snap-a1b2c3`)).status).toBe(404)
    expect(await list(boardId)).toEqual([])
  })
})

describe('bad snapshot requests', () => {
  const board = 'bad-requests-board'
  const tooBig = new Uint8Array(MAX_SNAPSHOT_BYTES + 1)

  it.each<[string, () => Promise<Response>, number, RegExp]>([
    ['bad board id', () => post('no!', body()), 400, /invalid board id/],
    ['short board id', () => fetch(snapshotsUrl('abc')), 400, /invalid board id/],
    ['bad snapshot id', () => fetch(`${snapshotsUrl(board)}/x`), 400, /invalid snapshot id/],
    ['missing name', () => post(board, body({ name: undefined })), 400, /name is required/],
    ['blank name', () => post(board, body({ name: '   ' })), 400, /name must not be empty/],
    ['long name', () => post(board, body({ name: 'n'.repeat(121) })), 400, /name must be at most 120/],
    ['long author', () => post(board, body({ author: 'a'.repeat(81) })), 400, /author must be at most 80/],
    ['bad id in body', () => post(board, body({ id: 'a b' })), 400, /id must be 6–64/],
    ['missing createdAt', () => post(board, body({ createdAt: 'yesterday' })), 400, /createdAt is required/],
    ['unknown kind', () => post(board, body({ kind: 'manual' })), 400, /kind .*"named" or "auto"/],
    ['missing state', () => post(board, body({ state: undefined })), 400, /state is required/],
    ['bad base64', () => post(board, body({ state: 'not base64!!' })), 400, /state is not valid base64/],
    ['garbage Yjs state', () => post(board, body({ state: base64(Buffer.from('this is not a yjs update')) })), 400, /not a valid Yjs update/],
    ['empty state', () => post(board, body({ state: '' })), 400, /not a valid Yjs update/],
    ['invalid JSON', () => post(board, '{"id": '), 400, /not valid JSON/],
    ['JSON that is not an object', () => post(board, '[1, 2]'), 400, /JSON object/],
    ['wrong content type', () => post(board, 'id=1', 'application/x-www-form-urlencoded'), 415, /application\/json/],
    ['state too big', () => post(board, body({ state: base64(tooBig) })), 413, /MAX_SNAPSHOT_BYTES/],
    ['body far too big', () => post(board, body({ state: base64(tooBig), name: 'x'.repeat(200_000) })), 413, /MAX_SNAPSHOT_BYTES/],
    ['unknown snapshot', () => fetch(`${snapshotsUrl(board)}/no-such-snapshot`), 404, /no snapshot/],
    ['unknown API path', () => fetch(`${server.url}/api/nothing`), 404, /unknown API path/],
    ['wrong method', () => fetch(snapshotsUrl(board), { method: 'PUT' }), 405, /GET or POST/],
  ])('%s', async (_, request, status, error) => {
    const res = await request()
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(((await res.json()) as { error: string }).error).toMatch(error)
  })

  it('stores nothing for refused requests, counts them and keeps serving', async () => {
    expect(await list(board)).toEqual([])
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const metrics = await (await fetch(`${server.url}/metrics`)).text()
    expect(metrics).toMatch(/sammen_api_refused_total\{route="snapshots",status="400"\} [1-9]/)
    expect(metrics).toMatch(/sammen_api_refused_total\{route="snapshots",status="413"\} 2/)
    expect(metrics).toMatch(/sammen_storage_duration_seconds_count\{operation="snapshot_put",result="ok"\} [1-9]/)
  })
})

describe('snapshots survive', () => {
  const state = stateOf({ title: 'Durable' })

  async function expectStored(boardId: string, id: string): Promise<void> {
    const res = await fetch(`${snapshotsUrl(boardId)}/${id}`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { state: string }).state).toBe(base64(state))
  }

  it('a graceful restart (SIGTERM, start again)', async () => {
    const boardId = freshBoardId()
    expect((await post(boardId, body({ id: 'before-restart', state: base64(state) }))).status).toBe(201)
    await server.restart()
    await expectStored(boardId, 'before-restart')
    expect((await list(boardId)).map((s) => s.id)).toEqual(['before-restart'])
    // After the restart the same upload is still recognised as a repeat.
    expect((await post(boardId, body({ id: 'before-restart', state: base64(state) }))).status).toBe(200)
  })

  it('kill -9 right after the 201', async () => {
    const boardId = freshBoardId()
    expect((await post(boardId, body({ id: 'before-crash', state: base64(state) }))).status).toBe(201)
    const exit = await server.kill('SIGKILL')
    expect(exit.signal).toBe('SIGKILL')
    await server.restart()
    await expectStored(boardId, 'before-crash')
    // The board's live document and its snapshots are independent: syncing still works.
    const client = connectClient(server.syncUrl, boardId)
    try {
      await waitSynced(client)
      await waitFor(() => client.provider.wsconnected, 'connected')
    } finally {
      client.destroy()
    }
  })
})
