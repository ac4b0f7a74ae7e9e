// The snapshot HTTP client of @sammen/sync against the real server process: what the web app does when
// it uploads snapshots taken offline, lists them, fetches one to preview or restore, and deletes one.
// Only the HTTP client is used here (IndexedDB is a browser matter, covered by the package's unit tests).
import { createSnapshotApiClient, SnapshotApiError, type SnapshotApiClient, type SnapshotUpload } from '@sammen/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { boardDoc } from './helpers/boardDoc'
import { fieldList } from './helpers/layout'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'

let server: ServerProcess
let client: SnapshotApiClient
let boardCounter = 0
const freshBoardId = () => `snapclient-${Date.now().toString(36)}-${++boardCounter}`

beforeAll(async () => {
  server = await startServerProcess()
  client = createSnapshotApiClient(`${server.url}/`)
})

afterAll(async () => {
  await server?.dispose()
})

function boardState(title: string, steps: string[]): Uint8Array {
  const doc = boardDoc()
  doc.getMap('meta').set('title', title)
  fieldList<string>(doc, 'steps').push(steps)
  return Y.encodeStateAsUpdate(doc)
}

function upload(overrides: Partial<SnapshotUpload> = {}): SnapshotUpload {
  return {
    id: 'V1StGXR8_Z5jdHi6',
    name: 'Før workshopen',
    author: 'Kari Nordmann',
    createdAt: 1_763_900_000_000,
    kind: 'named',
    state: boardState('Flytte til Oslo', ['Melde flytting', 'Søke barnehageplass']),
    ...overrides,
  }
}

describe('snapshot API client against the server', () => {
  it('puts, re-puts idempotently, lists, gets the exact bytes back and deletes', async () => {
    const boardId = freshBoardId()
    const snapshot = upload()
    const { state, ...meta } = snapshot
    const expectedMeta = { ...meta, size: state.byteLength }

    expect(await client.put(boardId, snapshot)).toEqual({ status: 'created', meta: expectedMeta })
    // The answer was lost and the client tries again: accepted, nothing changes.
    expect(await client.put(boardId, snapshot)).toEqual({ status: 'unchanged', meta: expectedMeta })

    const auto = upload({ id: 'auto-before-restore-1', name: 'Før gjenoppretting', kind: 'auto', createdAt: 1_763_900_100_000 })
    expect((await client.put(boardId, auto)).status).toBe('created')
    expect((await client.list(boardId)).map((s) => s.id)).toEqual([auto.id, snapshot.id])
    expect(await client.list(freshBoardId())).toEqual([])

    const fetched = await client.get(boardId, snapshot.id)
    expect(fetched).toMatchObject(expectedMeta)
    expect(fetched?.state).toEqual(state)
    const restored = new Y.Doc()
    Y.applyUpdate(restored, fetched!.state)
    expect(fieldList(restored, 'steps').toArray()).toEqual(['Melde flytting', 'Søke barnehageplass'])

    expect(await client.delete(boardId, snapshot.id)).toBe(true)
    expect(await client.get(boardId, snapshot.id)).toBeNull()
    expect(await client.delete(boardId, snapshot.id)).toBe(false)
    expect((await client.list(boardId)).map((s) => s.id)).toEqual([auto.id])
  })

  it('reports a conflict when the id is taken by a different snapshot, changing nothing', async () => {
    const boardId = freshBoardId()
    const original = upload()
    await client.put(boardId, original)
    const result = await client.put(boardId, upload({ state: boardState('Noe annet', ['Annet steg']) }))
    expect(result).toEqual({ status: 'conflict', error: expect.stringContaining('different content') })
    expect((await client.get(boardId, original.id))?.state).toEqual(original.state)
  })

  it('round-trips a larger state byte for byte', async () => {
    const boardId = freshBoardId()
    const steps = Array.from({ length: 2_000 }, (_, i) => `Steg ${i} – æøå ${'x'.repeat(i % 50)}`)
    const snapshot = upload({ id: 'large-state-0001', state: boardState('Stor tavle', steps) })
    expect(snapshot.state.byteLength).toBeGreaterThan(50_000)
    expect((await client.put(boardId, snapshot)).status).toBe('created')
    expect((await client.get(boardId, snapshot.id))?.state).toEqual(snapshot.state)
  })

  it("surfaces the server's error message for a refused request", async () => {
    const boardId = freshBoardId()
    const refused = client.put(boardId, upload({ id: 'bad', name: '' }))
    await expect(refused).rejects.toBeInstanceOf(SnapshotApiError)
    await expect(refused).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/id|name/) })
    await expect(client.put(boardId, upload({ state: new Uint8Array([255, 255, 255]) }))).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('not a valid Yjs update'),
    })
  })
})
