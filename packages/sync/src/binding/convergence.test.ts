import { createShapeId, type TLShape, type TLShapeId } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getRecordsMap, readRecord } from '../docLayout'
import { documentSnapshot, makeGeoShape, richText } from '../testing/createTestStore'
import { createPeer, type TestPeer } from '../testing/peers'
import { createRandom, type Random } from '../testing/random'
import { SimulatedNetwork } from '../testing/simulatedNetwork'

/** Seeds that once failed stay here forever, so a regression on them shows at once. */
const PINNED_SEEDS: number[] = []
const RANDOM_SEEDS = Array.from({ length: 50 }, (_, i) => i + 1)
const OPERATIONS = 100
const SHAPE_POOL = Array.from({ length: 12 }, (_, i) => createShapeId(`s${i}`) as TLShapeId)

function createPeers(count: number): TestPeer[] {
  const first = createPeer('p0', { seed: true })
  first.binding.flush()
  const peers = [first]
  for (let i = 1; i < count; i++) {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(first.doc))
    peers.push(createPeer(`p${i}`, { doc }))
  }
  return peers
}

function randomEdit(peer: TestPeer, random: Random) {
  const id = random.pick(SHAPE_POOL)
  const shape = peer.store.get(id) as TLShape | undefined
  if (!shape) {
    const index = `a${random.int(9) + 1}` as IndexKey
    peer.store.put([
      makeGeoShape(id.slice('shape:'.length), { x: random.int(1000), y: random.int(1000), index, text: `kort ${random.int(100)}` }),
    ])
    return
  }
  switch (random.int(5)) {
    case 0:
      peer.store.update(id, (s) => ({ ...s, x: random.int(1000), y: random.int(1000) }))
      break
    case 1:
      peer.store.update(id, (s) => ({ ...s, props: { ...s.props, richText: richText(`tekst ${random.int(1000)}`) } }) as TLShape)
      break
    case 2:
      peer.store.update(id, (s) => ({ ...s, props: { ...s.props, w: 10 + random.int(500) } }) as TLShape)
      break
    case 3:
      peer.store.update(id, (s) => ({ ...s, rotation: random.next() }))
      break
    default:
      peer.store.remove([id])
  }
}

function runScenario(seed: number) {
  const random = createRandom(seed)
  const peers = createPeers(3)
  const network = new SimulatedNetwork(peers, random)
  for (let step = 0; step < OPERATIONS; step++) {
    const peer = random.pick(peers)
    const roll = random.next()
    if (roll < 0.45) randomEdit(peer, random)
    else if (roll < 0.65) peer.binding.flush()
    else if (roll < 0.9) for (let i = random.int(4); i >= 0; i--) network.deliverOne()
    else if (network.isConnected(peer)) network.disconnect(peer)
    else network.reconnect(peer)
  }
  for (const peer of peers) peer.binding.flush()
  network.settle()
  for (const peer of peers) peer.binding.flush()
  network.settle()
  return peers
}

function docSnapshot(doc: Y.Doc) {
  const records: Record<string, unknown>[] = []
  getRecordsMap(doc).forEach((entries) => records.push(readRecord(entries)))
  return records.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))
}

describe('randomized convergence: 3 peers, random edits, late and reordered delivery, disconnects', () => {
  for (const seed of [...PINNED_SEEDS, ...RANDOM_SEEDS]) {
    it(`converges for seed ${seed}`, () => {
      const peers = runScenario(seed)
      const [first, ...rest] = peers.map((peer) => documentSnapshot(peer.store))
      for (const other of rest) expect(other).toEqual(first)
      // The stores show exactly what the shared document holds.
      expect(documentSnapshot(peers[0]!.store)).toEqual(docSnapshot(peers[0]!.doc))
    })
  }
})
