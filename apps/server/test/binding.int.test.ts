// tldraw stores bound to Y.Docs (packages/sync) syncing through the real server process over real sockets:
// the chain store ⇄ Yjs ⇄ y-websocket ⇄ server ⇄ SQLite, without a browser.
import { bindStoreToDoc, type StoreBinding } from '@sammen/sync'
import { createTestStore, documentSnapshot, makeGeoShape, richText, seedDocumentRecords } from '@sammen/sync/testing'
import { createShapeId, type TLShape, type TLShapeId, type TLStore } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, waitFor, waitSynced, type SyncClient } from './helpers/clients'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'

let server: ServerProcess
const open: { client: SyncClient; binding: StoreBinding }[] = []
let counter = 0

interface Person {
  store: TLStore
  client: SyncClient
  binding: StoreBinding
}

async function join(boardId: string, seed = false): Promise<Person> {
  const client = connectClient(server.syncUrl, boardId)
  await waitSynced(client)
  const store = createTestStore()
  if (seed) seedDocumentRecords(store)
  const binding = bindStoreToDoc({ store, doc: client.doc })
  binding.flush()
  open.push({ client, binding })
  return { store, client, binding }
}

const card = createShapeId('card') as TLShapeId
const shapeIn = (person: Person) => person.store.get(card) as (TLShape & { props: { w: number; richText: unknown } }) | undefined

beforeAll(async () => {
  server = await startServerProcess()
})
afterEach(() => {
  for (const { client, binding } of open.splice(0)) {
    binding.dispose()
    client.destroy()
  }
})
afterAll(async () => {
  await server?.dispose()
})

describe('tldraw stores synced through the server', () => {
  it('two people see each other’s shapes, and a latecomer gets the whole board', async () => {
    const boardId = `binding-${++counter}-${Date.now().toString(36)}`
    const anna = await join(boardId, true)
    const bo = await join(boardId)
    anna.store.put([makeGeoShape('card', { x: 40, text: 'Søke om byggetillatelse' })])
    anna.binding.flush()
    await waitFor(() => shapeIn(bo)?.x === 40, 'bo sees anna’s card')
    const cleo = await join(boardId)
    await waitFor(() => documentSnapshot(cleo.store).length === documentSnapshot(anna.store).length, 'cleo has the board')
    expect(documentSnapshot(cleo.store)).toEqual(documentSnapshot(anna.store))
  })

  it('keeps both a drag and a text edit made at the same time by two people', async () => {
    const boardId = `binding-${++counter}-${Date.now().toString(36)}`
    const anna = await join(boardId, true)
    const bo = await join(boardId)
    anna.store.put([makeGeoShape('card', { x: 0, y: 0, text: 'Før' })])
    anna.binding.flush()
    await waitFor(() => shapeIn(bo) !== undefined, 'bo has the card')
    // Both edit before either hears of the other's change.
    anna.client.provider.disconnect()
    bo.client.provider.disconnect()
    anna.store.update(card, (s) => ({ ...s, x: 320, y: 80 }))
    bo.store.update(card, (s) => ({ ...s, props: { ...s.props, richText: richText('Etter'), w: 240 } }) as TLShape)
    anna.binding.flush()
    bo.binding.flush()
    anna.client.provider.connect()
    bo.client.provider.connect()
    await waitFor(() => shapeIn(anna)?.props.w === 240 && shapeIn(bo)?.x === 320, 'both changes reach both')
    for (const person of [anna, bo]) {
      expect(shapeIn(person)?.x).toBe(320)
      expect(shapeIn(person)?.props.richText).toEqual(richText('Etter'))
    }
  })

  it('edits made while the server is down converge when it returns, and the board survives the restart', async () => {
    const boardId = `binding-${++counter}-${Date.now().toString(36)}`
    const anna = await join(boardId, true)
    const bo = await join(boardId)
    anna.store.put([makeGeoShape('card', { x: 1, index: 'a2' as IndexKey })])
    anna.binding.flush()
    await waitFor(() => shapeIn(bo) !== undefined, 'bo has the card')

    await server.kill('SIGKILL')
    anna.store.update(card, (s) => ({ ...s, x: 500 }))
    bo.store.put([makeGeoShape('offline-card', { x: 7, index: 'a5' as IndexKey })])
    anna.binding.flush()
    bo.binding.flush()
    await server.restart()
    await waitFor(() => bo.store.get(card)?.typeName === 'shape' && shapeIn(bo)?.x === 500, 'bo sees anna’s offline drag')
    await waitFor(() => anna.store.has(createShapeId('offline-card')), 'anna sees bo’s offline card')
    expect(documentSnapshot(anna.store)).toEqual(documentSnapshot(bo.store))

    // A newcomer after everyone left gets it from the server's storage.
    for (const { client, binding } of open.splice(0)) {
      binding.dispose()
      client.destroy()
    }
    await server.restart()
    const cleo = await join(boardId)
    await waitFor(() => cleo.store.has(createShapeId('offline-card')), 'cleo loads the board from storage')
    expect(documentSnapshot(cleo.store)).toEqual(documentSnapshot(anna.store))
  })
})
