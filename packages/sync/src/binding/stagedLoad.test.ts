import { createShapeId, type TLRecord, type TLShape, type TLShapeId } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getRecordsMap } from '../docLayout'
import { createTestStore, documentSnapshot, makeGeoShape } from '../testing/createTestStore'
import { createPeer, syncFully } from '../testing/peers'
import { bindStoreToDoc, type StagedLoad } from './bindStoreToDoc'

const shapeId = (name: string) => createShapeId(name) as TLShapeId

/** A doc holding a page and `count` shapes, written by a seeded peer; shape i is at x = i × 100. */
function boardDoc(count: number, extra: TLRecord[] = []): Y.Doc {
  const writer = createPeer('writer', { seed: true })
  writer.store.put([...Array.from({ length: count }, (_, i) => makeGeoShape(`s${i}`, { x: i * 100 })), ...extra])
  writer.binding.flush()
  return writer.doc
}

/** A staged load whose first view is the shapes with x < 500 (and everything that is not a shape); batches run by hand. */
function stagedByHand(batchSize = 3) {
  const batches: (() => boolean)[] = []
  const staged: StagedLoad<TLRecord> = {
    firstView: (records) =>
      new Set(records.filter((record) => record.typeName !== 'shape' || (record as TLShape).x < 500).map((record) => record.id)),
    schedule: (putBatch) => batches.push(putBatch),
    batchSize,
  }
  /** Runs the scheduled batches one by one; returns how many ran. */
  const runAll = (afterEach: () => void = () => {}) => {
    let runs = 0
    const putBatch = batches[0]!
    while (putBatch()) {
      runs++
      afterEach()
    }
    afterEach()
    return runs + 1
  }
  return { staged, runAll }
}

const shapeCount = (store: ReturnType<typeof createTestStore>) => store.allRecords().filter((record) => record.typeName === 'shape').length

describe('a staged initial load', () => {
  it('puts the first view at once and the rest in batches, until the store holds the whole board', async () => {
    const doc = boardDoc(20)
    const store = createTestStore()
    const { staged, runAll } = stagedByHand(4)
    const binding = bindStoreToDoc({ store, doc, stagedLoad: staged })
    expect(shapeCount(store)).toBe(5)
    let loaded = false
    void binding.whenLoaded.then(() => (loaded = true))

    expect(runAll()).toBe(4)
    await Promise.resolve()
    expect(loaded).toBe(true)
    expect(shapeCount(store)).toBe(20)
    const reference = createTestStore()
    bindStoreToDoc({ store: reference, doc })
    expect(documentSnapshot(store)).toEqual(documentSnapshot(reference))
  })

  it('loads everything at once when the first view says null', () => {
    const doc = boardDoc(8)
    const store = createTestStore()
    const binding = bindStoreToDoc({ store, doc, stagedLoad: { firstView: () => null, schedule: () => expect.fail('nothing to schedule') } })
    expect(shapeCount(store)).toBe(8)
    return binding.whenLoaded
  })

  it('keeps what a peer changed or deleted while the rest was waiting, and a local delete not yet written', () => {
    const doc = boardDoc(12)
    const store = createTestStore()
    const { staged, runAll } = stagedByHand(2)
    const binding = bindStoreToDoc({ store, doc, stagedLoad: staged })

    // A peer moves shape 9 and deletes shape 10, both not loaded yet.
    const peer = createPeer('peer', { doc: new Y.Doc() })
    syncFully(doc, peer.doc)
    peer.store.update(shapeId('s9'), (shape) => ({ ...shape, y: 77 }))
    peer.store.remove([shapeId('s10')])
    peer.binding.flush()
    syncFully(peer.doc, doc)
    expect(store.get(shapeId('s9'))?.y).toBe(77)

    // This person deletes shape 9 (now loaded) and the write is still pending when its batch comes.
    store.remove([shapeId('s9')])
    runAll()
    expect(store.get(shapeId('s9'))).toBeUndefined()
    expect(store.get(shapeId('s10'))).toBeUndefined()
    expect(shapeCount(store)).toBe(10)
    binding.flush()
    expect(getRecordsMap(doc).has(shapeId('s9'))).toBe(false)
  })

  it('puts a parent before its children, whatever order the doc holds them in', () => {
    const frame = { ...makeGeoShape('frame', { x: 900 }) }
    const child = { ...makeGeoShape('child', { x: 950 }), parentId: frame.id } as TLRecord
    const grandchild = { ...makeGeoShape('grandchild', { x: 990 }), parentId: child.id } as TLRecord
    // Written children first, so the doc's own order is not parent-first.
    const doc = boardDoc(3, [grandchild, child, frame])
    const store = createTestStore()
    const { staged, runAll } = stagedByHand(1)
    bindStoreToDoc({ store, doc, stagedLoad: staged })
    runAll(() => {
      for (const record of store.allRecords()) {
        if (record.typeName !== 'shape') continue
        const parentId = (record as TLShape).parentId
        if (parentId.startsWith('shape:')) expect(store.has(parentId as TLShapeId)).toBe(true)
      }
    })
    expect(store.has(grandchild.id)).toBe(true)
  })

  it('stops putting batches once the binding is disposed', () => {
    const doc = boardDoc(12)
    const store = createTestStore()
    const { staged, runAll } = stagedByHand(2)
    const binding = bindStoreToDoc({ store, doc, stagedLoad: staged })
    binding.dispose()
    expect(runAll()).toBe(1)
    expect(shapeCount(store)).toBe(5)
    return binding.whenLoaded
  })
})
