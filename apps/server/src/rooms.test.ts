import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { BoardId } from '@sammen/journey-model'
import { silentLogger } from './log'
import { DEFAULT_UPDATE_LIMITS, readUpdate } from '@sammen/protocol'
import type { OwnerId } from './auth/owners'
import type { Peer, Room } from './room'
import { RoomRegistry } from './rooms'
import { notes } from '../test/helpers/layout'
import type { DocKey } from '@sammen/protocol'
import type { RoomStorage } from './storage/ServerStorage'
import { SqliteStorage } from './storage/SqliteStorage'

const BOARD = 'rooms-test' as BoardId
const dirs: string[] = []

/** Real SQLite storage that counts how often each document-log method is called. */
function countingStorage(): { storage: RoomStorage & SqliteStorage; calls: Record<string, number> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-rooms-'))
  dirs.push(dir)
  const inner = new SqliteStorage(dir)
  const calls: Record<string, number> = { loadDocument: 0, appendUpdate: 0, compact: 0 }
  const storage = Object.assign(Object.create(inner) as SqliteStorage, {
    loadDocument: (key: DocKey) => (calls.loadDocument!++, inner.loadDocument(key)),
    appendUpdate: (key: DocKey, u: Uint8Array) => (calls.appendUpdate!++, inner.appendUpdate(key, u)),
    compact: (key: DocKey, state: Uint8Array, seq: number) => (calls.compact!++, inner.compact(key, state, seq)),
  })
  return { storage, calls }
}

const peer = (id: number): Peer & { frames: Uint8Array[] } => {
  const frames: Uint8Array[] = []
  return { id, frames, role: 'editor', owner: 'k:rooms-test' as OwnerId, credential: null, send: (frame) => frames.push(frame), close: () => {} }
}

function write(room: Room, from: Peer, key: string, value: string) {
  const doc = new Y.Doc()
  notes(doc).set(key, value)
  const update = Y.encodeStateAsUpdate(doc)
  return room.writeUpdate(from, update, readUpdate(update, DEFAULT_UPDATE_LIMITS))
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('RoomRegistry', () => {
  it('shares one load between concurrent first connects', async () => {
    const { storage, calls } = countingStorage()
    const rooms = new RoomRegistry(storage, silentLogger, { compactThreshold: 200, compactDelayMs: 10 })
    const loaded = await Promise.all(Array.from({ length: 5 }, () => rooms.acquire(BOARD, 'journey')))
    expect(new Set(loaded).size).toBe(1)
    expect(calls.loadDocument).toBe(1)
    await rooms.closeAll()
    await storage.close()
  })

  it('persists and broadcasts updates, then compacts and reloads when the last peer leaves', async () => {
    const { storage, calls } = countingStorage()
    const rooms = new RoomRegistry(storage, silentLogger, { compactThreshold: 200, compactDelayMs: 10 })
    const room = await rooms.acquire(BOARD, 'journey')
    const a = peer(1)
    const b = peer(2)
    room.addPeer(a)
    room.addPeer(b)
    b.frames.length = 0
    await write(room, a, 'k', 'v')
    expect(calls.appendUpdate).toBe(1)
    await room.flushed() // the broadcast waits for the append to commit
    expect(b.frames).toHaveLength(1) // broadcast to the other peer...
    expect(a.frames.filter((f) => f[0] === 0 && f[1] === 2)).toHaveLength(0) // ...not echoed to the sender

    room.removePeer(a)
    room.removePeer(b)
    rooms.release(BOARD)
    const again = await rooms.acquire(BOARD, 'journey') // waits for the unload to finish first
    expect(again).not.toBe(room)
    expect(calls.compact).toBe(1)
    expect(calls.loadDocument).toBe(2)
    expect(notes(again.doc).get('k')).toBe('v')
    await rooms.closeAll()
    await storage.close()
  })

  it('compacts once the threshold is crossed, without waiting for the room to unload', async () => {
    const { storage, calls } = countingStorage()
    const rooms = new RoomRegistry(storage, silentLogger, { compactThreshold: 5, compactDelayMs: 10 })
    const room = await rooms.acquire(BOARD, 'journey')
    const a = peer(1)
    room.addPeer(a)
    for (let i = 0; i < 8; i++) await write(room, a, `k${i}`, 'v')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(calls.compact).toBe(1)
    const stored = await storage.loadDocument(BOARD)
    expect(stored?.updates).toEqual([])
    await rooms.closeAll()
    await storage.close()
  })
})
