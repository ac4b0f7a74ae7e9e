import 'fake-indexeddb/auto'
import { parseBoardId, type AnnotationId } from '@sammen/journey-model'
import { afterEach, describe, expect, it } from 'vitest'
import { createLocalDatabase } from '../storage/localDatabase'
import { openAnnotationsRoom, type AnnotationsRoom } from './openAnnotationsRoom'

let counter = 0
const freshDatabase = () => createLocalDatabase(`sammen-annotations-${Date.now()}-${counter++}`)
const BOARD = parseBoardId('board-annotations')
const opened: AnnotationsRoom[] = []

function open(database: ReturnType<typeof freshDatabase>) {
  // connect: false: these tests are about the local side (the server side is in apps/server and e2e), so
  // the socket class is never instantiated; Node 20 has no global WebSocket for y-websocket to default to.
  const room = openAnnotationsRoom({
    boardId: BOARD,
    database,
    serverUrl: 'ws://127.0.0.1:9/sync',
    connect: false,
    WebSocketPolyfill: class {} as unknown as typeof WebSocket,
  })
  opened.push(room)
  return room
}

afterEach(async () => {
  for (const room of opened.splice(0)) await room.destroy()
})

const note = (id: string) => ({
  id,
  targetShapeId: 'shape:step-1',
  feeling: 4 as const,
  text: 'Fint at alt kom i ett brev',
  author: { name: 'Petra', affiliation: 'innbygger' },
  createdAt: Date.now(),
  handled: null,
})

describe('openAnnotationsRoom', () => {
  it('keeps annotations written offline across a reload, apart from the journey', async () => {
    const database = freshDatabase()
    const room = open(database)
    await room.ready
    room.add(note('note-offline1'))
    await room.flush()
    await room.destroy()

    const again = open(database)
    await again.ready
    expect(again.list().annotations.map((n) => n.id)).toEqual(['note-offline1'])
    expect(again.getStatus().phase).toBe('offline')
    const rows = await database.updates.toArray()
    expect(new Set(rows.map((row) => row.boardId))).toEqual(new Set(['board-annotations:annotations']))
  })

  it('notifies subscribers with a new list on every change and keeps it stable otherwise', async () => {
    const room = open(freshDatabase())
    await room.ready
    const seen: number[] = []
    const unsubscribe = room.subscribe((list) => seen.push(list.annotations.length))
    const before = room.list()
    expect(room.list()).toBe(before)
    room.add(note('note-first01'))
    room.markHandled('note-first01' as AnnotationId, 'Ola')
    expect(room.list().annotations[0]?.handled?.by).toBe('Ola')
    room.reopen('note-first01' as AnnotationId)
    expect(room.list().annotations[0]?.handled).toBeNull()
    unsubscribe()
    room.add(note('note-second1'))
    expect(seen).toEqual([1, 1, 1])
  })
})
