import * as prng from 'lib0/prng'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeStateInTurns, STRUCTS_AT_ONCE } from './encodeStateInTurns'

/** A document several clients wrote: maps, field-log arrays, text, deletions (some collected), more than one turn. */
function busyDoc(seed: number, edits: number): Y.Doc {
  const random = prng.create(seed)
  const doc = new Y.Doc()
  const peers = Array.from({ length: 5 }, (_, i) => {
    const peer = new Y.Doc()
    peer.clientID = 1000 + i
    return peer
  })
  for (let n = 0; n < edits; n++) edit(peers[prng.uint32(random, 0, peers.length - 1)]!, random)
  for (const peer of peers) Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer))
  return doc
}

function edit(doc: Y.Doc, random: prng.PRNG): void {
  const records = doc.getMap<Y.Array<unknown>>('records')
  const keys = [...records.keys()]
  switch (prng.uint32(random, 0, 4)) {
    case 0:
    case 1: {
      const fields = new Y.Array<unknown>()
      fields.push(Array.from({ length: prng.uint32(random, 1, 20) }, (_, i) => ({ k: `f${i}`, v: prng.word(random, 1, 30) })))
      records.set(`shape:${prng.uint32(random, 0, 1e9)}`, fields)
      return
    }
    case 2: {
      const fields = keys.length > 0 ? records.get(keys[prng.uint32(random, 0, keys.length - 1)]!) : undefined
      if (fields && fields.length > 0) fields.delete(prng.uint32(random, 0, fields.length - 1), 1)
      if (fields) fields.push([{ k: 'x', v: prng.uint32(random, 0, 1000) }])
      return
    }
    case 3:
      if (keys.length > 0) records.delete(keys[prng.uint32(random, 0, keys.length - 1)]!)
      return
    default: {
      const text = doc.getText('notes')
      text.insert(prng.uint32(random, 0, text.length), prng.word(random, 1, 12))
      if (text.length > 20) text.delete(prng.uint32(random, 0, text.length - 5), 3)
    }
  }
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve))
const structCount = (doc: Y.Doc) => [...doc.store.clients.values()].reduce((sum, structs) => sum + structs.length, 0)

// Building documents of several thousand structs takes a while on a busy machine.
describe('encodeStateInTurns', { timeout: 60_000 }, () => {
  it('writes the bytes Yjs writes when nothing changes meanwhile, for the whole state and for a partial one', async () => {
    const doc = busyDoc(1, 4_500)
    expect(structCount(doc)).toBeGreaterThan(STRUCTS_AT_ONCE)
    let turns = 0
    const whole = await encodeStateInTurns(doc, new Uint8Array([0]), () => (turns++, turn()), undefined, 4 * 1024)
    expect(turns).toBeGreaterThan(10)
    expect(whole).toEqual(Y.encodeStateAsUpdate(doc))

    // A peer that has an older state of some clients: only what it lacks.
    const older = busyDoc(1, 2_000)
    const vector = Y.encodeStateVector(older)
    expect(await encodeStateInTurns(doc, vector, turn, undefined, 4 * 1024)).toEqual(Y.encodeStateAsUpdate(doc, vector))
  })

  it('encodes small states at once, as Yjs does', async () => {
    const doc = busyDoc(2, 50)
    let turns = 0
    expect(await encodeStateInTurns(doc, new Uint8Array([0]), () => (turns++, turn()))).toEqual(Y.encodeStateAsUpdate(doc))
    expect(turns).toBe(0)
  })

  it('holds at least the state it started from when the document changes between turns, and with what changed after it, all of it', async () => {
    for (const seed of [3, 4]) {
      const doc = busyDoc(seed, 4_500)
      const start = Y.encodeStateAsUpdate(doc)
      const random = prng.create(seed * 7)
      const later: Uint8Array[] = []
      doc.on('update', (update: Uint8Array) => later.push(update))
      // Between turns, other participants go on: new records, fields rewritten (items split and deleted), records
      // removed (their logs collected), text typed.
      const peers = [7, 8].map((client) => {
        const peer = new Y.Doc()
        peer.clientID = client
        Y.applyUpdate(peer, start)
        return peer
      })
      const state = await encodeStateInTurns(
        doc,
        new Uint8Array([0]),
        async () => {
          for (let n = 0; n < 5; n++) {
            const peer = peers[prng.uint32(random, 0, 1)]!
            const before = Y.encodeStateVector(peer)
            edit(peer, random)
            Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before))
          }
          await turn()
        },
        undefined,
        4 * 1024,
      )
      expect(later.length).toBeGreaterThan(0)

      const received = new Y.Doc()
      Y.applyUpdate(received, state!)
      expect(received.store.pendingStructs).toBeNull()
      const startDoc = new Y.Doc()
      Y.applyUpdate(startDoc, start)
      // Everything the document held at the start is in the state: applying the start adds nothing.
      const beforeStart = Y.encodeStateAsUpdate(received)
      Y.applyUpdate(received, start)
      expect(Y.encodeStateAsUpdate(received)).toEqual(beforeStart)
      // With the updates the room broadcast meanwhile, the peer has the document exactly.
      for (const update of later) Y.applyUpdate(received, update)
      expect(received.getMap('records').toJSON()).toEqual(doc.getMap('records').toJSON())
      expect(received.getText('notes').toString()).toBe(doc.getText('notes').toString())
      expect(Y.encodeStateVector(received)).toEqual(Y.encodeStateVector(doc))
      expect(Y.encodeStateAsUpdate(received)).toEqual(Y.encodeStateAsUpdate(doc))
    }
  })

  it('stops with null when asked to after a turn', async () => {
    const doc = busyDoc(6, 4_500)
    let turns = 0
    expect(await encodeStateInTurns(doc, new Uint8Array([0]), async () => void turns++, () => turns === 2, 4 * 1024)).toBeNull()
    expect(turns).toBe(2)
  })
})
