// Room fan-out logic against an in-memory bus standing in for Redis: what is published, what is
// applied, what is persisted, and the catch-up during a load. RedisFanout itself is exercised by
// test/multiInstance.int.test.ts.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { BoardId } from '@sammen/journey-model'
import { createLogger } from '../log'
import { DEFAULT_UPDATE_LIMITS, readAwarenessUpdate, readUpdate } from '@sammen/protocol'
import type { OwnerId } from '../auth/owners'
import { Room, type Peer } from '../room'
import { notes } from '../../test/helpers/layout'
import type { DocKey } from '@sammen/protocol'
import type { RoomStorage } from '../storage/ServerStorage'
import { SqliteStorage } from '../storage/SqliteStorage'
import { decodeFanoutMessage, encodeFanoutMessage, FanoutKind, type Fanout, type FanoutHandler, type FanoutMessage } from './Fanout'

const BOARD = 'fanout-board' as BoardId
const log = createLogger({ level: 'error', write: () => {} })
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function storage(): SqliteStorage {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-fanout-'))
  dirs.push(dir)
  return new SqliteStorage(dir)
}

/** One bus shared by several "instances"; records what each published. */
class MemoryBus {
  readonly published: Array<{ from: string } & FanoutMessage> = []
  private readonly members = new Map<string, FanoutHandler>()
  fanout(instanceId: string): Fanout {
    return {
      instanceId,
      join: async (_boardId, handler) => {
        this.members.set(instanceId, handler)
        return {
          publish: (kind, payload = new Uint8Array(0)) => this.publish(instanceId, { kind, payload }),
          leave: async () => void this.members.delete(instanceId),
        }
      },
      publishTo: async (_docKey, kind, payload) => this.publish(instanceId, { kind, payload }),
      ping: async () => {},
      close: async () => {},
    }
  }
  publish(from: string, message: FanoutMessage): void {
    this.published.push({ from, ...message })
    for (const [id, handler] of this.members) if (id !== from) handler(message)
  }
}

const peer = (id: number): Peer & { frames: Uint8Array[] } => {
  const frames: Uint8Array[] = []
  return { id, frames, role: 'editor', owner: 'k:fanout-test' as OwnerId, credential: null, send: (frame) => frames.push(frame), close: () => {} }
}
const options = (fanout: Fanout) => ({ compactThreshold: 1000, compactDelayMs: 10, fanout })
const comments = (room: Room) => notes(room.doc)

function edit(key: string): Uint8Array {
  const doc = new Y.Doc()
  notes(doc).set(key, key)
  return Y.encodeStateAsUpdate(doc)
}

const write = (room: Room, from: Peer, update: Uint8Array) => room.writeUpdate(from, update, readUpdate(update, DEFAULT_UPDATE_LIMITS))

describe('fan-out message format', () => {
  it('round-trips and rejects garbage', () => {
    const encoded = encodeFanoutMessage('inst-1', FanoutKind.update, new Uint8Array([1, 2, 3]))
    expect(decodeFanoutMessage(encoded)).toEqual({ instanceId: 'inst-1', kind: FanoutKind.update, payload: new Uint8Array([1, 2, 3]) })
    expect(decodeFanoutMessage(new Uint8Array([200]))).toBeNull()
    expect(decodeFanoutMessage(encodeFanoutMessage('x', 9 as FanoutKind, new Uint8Array()))).toBeNull()
  })
})

describe('Room with a fan-out', () => {
  it('publishes local updates after persisting them, and applies remote ones without persisting', async () => {
    const bus = new MemoryBus()
    const store = storage()
    const appends: number[] = []
    const counting: RoomStorage = Object.assign(Object.create(store) as RoomStorage, {
      appendUpdate: async (id: DocKey, u: Uint8Array) => {
        const seq = await store.appendUpdate(id, u)
        appends.push(seq)
        return seq
      },
    })
    const a = await Room.load(BOARD, 'journey', counting, log, options(bus.fanout('A')))
    const b = await Room.load(BOARD, 'journey', counting, log, options(bus.fanout('B')))
    const pa = peer(1)
    const pb = peer(2)
    a.addPeer(pa)
    b.addPeer(pb)
    pb.frames.length = 0

    expect(await write(a, pa, edit('from-a'))).toMatchObject({ ok: true })
    await a.flushed()
    expect(appends).toHaveLength(1) // persisted once, by A only
    expect(bus.published.filter((m) => m.kind === FanoutKind.update).map((m) => m.from)).toEqual(['A'])
    expect(comments(b).get('from-a')).toBe('from-a')
    expect(pb.frames.some((f) => f[0] === 0 && f[1] === 2)).toBe(true) // relayed to B's local peer
    await a.unload()
    await b.unload()
    await store.close()
  })

  it('keeps what is published while the board loads', async () => {
    const bus = new MemoryBus()
    const store = storage()
    let releaseLoad!: () => void
    const gate = new Promise<void>((resolve) => (releaseLoad = resolve))
    const slow: RoomStorage = Object.assign(Object.create(store) as RoomStorage, {
      loadDocument: async (id: DocKey) => {
        await gate
        return store.loadDocument(id)
      },
    })
    const loading = Room.load(BOARD, 'journey', slow, log, options(bus.fanout('B')))
    await new Promise((resolve) => setTimeout(resolve, 10))
    bus.publish('A', { kind: FanoutKind.update, payload: edit('during-load') })
    releaseLoad()
    const room = await loading
    expect(comments(room).get('during-load')).toBe('during-load')
    await room.unload()
    await store.close()
  })

  it('relays awareness both ways, answers queries, and a resync reloads storage', async () => {
    const bus = new MemoryBus()
    const store = storage()
    const a = await Room.load(BOARD, 'journey', store, log, options(bus.fanout('A')))
    const pa = peer(1)
    a.addPeer(pa)
    const client = new awarenessProtocol.Awareness(new Y.Doc())
    client.setLocalState({ user: 'Ada' })
    const presence = awarenessProtocol.encodeAwarenessUpdate(client, [client.clientID])
    expect(await a.writeAwareness(pa, readAwarenessUpdate(presence))).toMatchObject({ ok: true })

    // B opens later: its query makes A re-announce Ada.
    const b = await Room.load(BOARD, 'journey', store, log, options(bus.fanout('B')))
    expect(b.awareness.getStates().get(client.clientID)).toEqual({ user: 'Ada' })

    // A's client leaves: B drops the state too.
    a.removePeer(pa)
    expect(b.awareness.getStates().has(client.clientID)).toBe(false)

    // Something B missed is in storage: a resync brings it in.
    await store.appendUpdate(BOARD, edit('missed'))
    bus.publish('X', { kind: FanoutKind.resync, payload: new Uint8Array(0) })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(comments(b).get('missed')).toBe('missed')
    await a.unload()
    await b.unload()
    await store.close()
  })
})
