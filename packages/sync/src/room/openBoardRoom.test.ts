import 'fake-indexeddb/auto'
import { parseBoardId } from '@sammen/journey-model'
import { CameraRecordType, InstancePageStateRecordType, TLINSTANCE_ID, TLPOINTER_ID, type TLStore } from '@tldraw/tlschema'
import { afterEach, describe, expect, it } from 'vitest'
import { createLocalDatabase } from '../storage/localDatabase'
import { createTestStore, seedDocumentRecords, TEST_PAGE_ID } from '../testing/createTestStore'
import { openBoardRoom, type BoardRoom } from './openBoardRoom'

let counter = 0
const opened: BoardRoom[] = []

/** A room on a fresh database, never connected (these tests are about this browser's side). */
async function open(presence: boolean | undefined) {
  const store = createTestStore()
  const room = openBoardRoom({
    boardId: parseBoardId('board-presence'),
    store,
    database: createLocalDatabase(`sammen-room-${Date.now()}-${counter++}`),
    serverUrl: 'ws://127.0.0.1:9/sync',
    user: { id: 'kari', name: 'Kari', color: '#1f6fd1' },
    connect: false,
    WebSocketPolyfill: class {} as unknown as typeof WebSocket,
    ...(presence === undefined ? {} : { presence }),
  })
  opened.push(room)
  await room.ready
  // A page, and the session records (instance, page state, camera, pointer) an editor makes on mount: all a presence
  // needs. A store in the background may get them too (tldraw's integrity check makes them), so both tests have them.
  seedDocumentRecords(store)
  putSessionRecords(store)
  // Presence is published at most every 33 ms.
  await new Promise((resolve) => setTimeout(resolve, 80))
  return room
}

function putSessionRecords(store: TLStore): void {
  const { instance, pointer } = store.schema.types
  store.put([
    instance.create({ id: TLINSTANCE_ID, currentPageId: TEST_PAGE_ID }),
    InstancePageStateRecordType.create({ id: InstancePageStateRecordType.createId(TEST_PAGE_ID), pageId: TEST_PAGE_ID }),
    CameraRecordType.create({ id: CameraRecordType.createId(TEST_PAGE_ID) }),
    pointer.create({ id: TLPOINTER_ID }),
  ])
}

afterEach(async () => {
  for (const room of opened.splice(0)) await room.destroy()
})

describe('openBoardRoom presence', () => {
  it('publishes this person by default', async () => {
    const room = await open(undefined)
    expect(room.awareness.getLocalState()?.presence).toMatchObject({ userId: 'kari' })
  })

  it('publishes nobody for a board read in the background', async () => {
    const room = await open(false)
    expect(room.awareness.getLocalState()?.presence).toBeUndefined()
  })
})
