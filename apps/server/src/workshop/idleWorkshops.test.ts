// The server ends follow me, the countdown and the voting round once no facilitator has been connected for the idle
// time, and only then: not while one is connected here or, with several instances, through another instance.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BoardId } from '@sammen/journey-model'
import { FacilitationField, JourneyRoot, type Role } from '@sammen/protocol'
import { afterEach, describe, expect, it } from 'vitest'
import type { OwnerId } from '../auth/owners'
import type { Fanout, FanoutHandler, FanoutMessage } from '../fanout/Fanout'
import { createLogger } from '../log'
import type { Peer, Room } from '../room'
import { RoomRegistry } from '../rooms'
import { SqliteStorage } from '../storage/SqliteStorage'
import { IdleWorkshops } from './idleWorkshops'

const BOARD = 'idle-workshop' as BoardId
const IDLE_MS = 60
const log = createLogger({ level: 'error', write: () => {} })
const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** One bus shared by several "instances" (in place of Redis). */
class MemoryBus {
  private readonly members = new Map<string, FanoutHandler>()
  fanout(instanceId: string): Fanout {
    return {
      instanceId,
      join: async (_key, handler) => {
        this.members.set(instanceId, handler)
        return { publish: (kind, payload = new Uint8Array(0)) => this.publish(instanceId, { kind, payload }), leave: async () => void this.members.delete(instanceId) }
      },
      publishTo: async (_key, kind, payload) => this.publish(instanceId, { kind, payload }),
      ping: async () => {},
      close: async () => {},
    }
  }
  private publish(from: string, message: FanoutMessage): void {
    for (const [id, handler] of this.members) if (id !== from) handler(message)
  }
}

function storage(): SqliteStorage {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-idle-'))
  const store = new SqliteStorage(dir)
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }))
  cleanups.push(() => store.close())
  return store
}

/** One server instance: rooms and the idle watcher, as startServer wires them. */
function instance(store: SqliteStorage, fanout: Fanout | null = null) {
  const idle = new IdleWorkshops({ votes: store, log, idleMs: IDLE_MS, askOthersMs: 30 })
  const rooms = new RoomRegistry(store, log, { compactThreshold: 1000, compactDelayMs: 10, fanout, onPeersChanged: idle.peersChanged })
  idle.attach(rooms)
  cleanups.push(async () => {
    idle.close()
    await rooms.closeAll()
  })
  return rooms
}

let nextPeer = 1
const peer = (role: Role): Peer => ({ id: nextPeer++, role, owner: `k:${role}` as OwnerId, credential: null, send: () => {}, close: () => {} })

async function runWorkshop(room: Room): Promise<void> {
  await room.writeAsServer((doc) => {
    const map = doc.getMap<unknown>(JourneyRoot.facilitation)
    map.set(FacilitationField.follow, { leaderId: 'kari', leaderName: 'Kari', sessionId: 's1', startedAt: 1 })
    map.set(FacilitationField.timer, { durationMs: 300_000, remainingMs: 300_000, writtenAt: Date.now() })
    map.set(FacilitationField.voting, { id: 'round-1', budget: 3, phase: 'open', types: ['step-card'], startedAt: 1 })
  })
}

const workshopKeys = (room: Room) => [...room.doc.getMap(JourneyRoot.facilitation).keys()].sort()
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('workshop state without a facilitator', () => {
  it('ends after the idle time once the last facilitator left, for whoever stays', async () => {
    const rooms = instance(storage())
    const room = await rooms.acquire(BOARD, 'journey')
    const kari = peer('facilitator')
    const ola = peer('editor')
    room.addPeer(kari)
    room.addPeer(ola)
    await runWorkshop(room)
    room.removePeer(kari)
    await wait(IDLE_MS / 2)
    expect(workshopKeys(room)).toEqual(['follow', 'timer', 'voting'])
    await wait(IDLE_MS * 2)
    expect(workshopKeys(room)).toEqual([])
  })

  it('ends nothing while a facilitator comes back in time, and counts the time from when the last one left', async () => {
    const rooms = instance(storage())
    const room = await rooms.acquire(BOARD, 'journey')
    const kari = peer('facilitator')
    room.addPeer(kari)
    room.addPeer(peer('editor'))
    await runWorkshop(room)
    room.removePeer(kari)
    await wait(IDLE_MS / 2)
    const kariAgain = peer('facilitator')
    room.addPeer(kariAgain) // a reload
    await wait(IDLE_MS * 2)
    expect(workshopKeys(room)).toEqual(['follow', 'timer', 'voting'])
  })

  it('ends the state of a board everyone left, when nobody came back', async () => {
    const store = storage()
    const rooms = instance(store)
    const room = await rooms.acquire(BOARD, 'journey')
    const kari = peer('facilitator')
    room.addPeer(kari)
    await runWorkshop(room)
    room.removePeer(kari)
    rooms.release(BOARD) // the room unloads
    await wait(IDLE_MS * 3)
    const again = await rooms.acquire(BOARD, 'journey')
    expect(workshopKeys(again)).toEqual([])
  })

  it('keeps it while a facilitator is connected through another instance', async () => {
    const bus = new MemoryBus()
    const store = storage()
    const first = instance(store, bus.fanout('A'))
    const second = instance(store, bus.fanout('B'))
    const roomA = await first.acquire(BOARD, 'journey')
    const roomB = await second.acquire(BOARD, 'journey')
    const kari = peer('facilitator')
    roomA.addPeer(kari)
    await runWorkshop(roomA)
    await wait(20)
    roomB.addPeer(peer('editor')) // only an editor on B: B starts its clock, asks A when it runs out
    await wait(IDLE_MS * 3)
    expect(workshopKeys(roomB)).toEqual(['follow', 'timer', 'voting'])
    // Now the facilitator leaves A too: A's own clock ends it, and B gets the change.
    roomA.removePeer(kari)
    await wait(IDLE_MS * 3)
    expect(workshopKeys(roomA)).toEqual([])
  })
})
