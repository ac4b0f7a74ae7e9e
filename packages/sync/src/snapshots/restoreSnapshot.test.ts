import { createShapeId, type TLRecord, type TLShape, type TLShapeId } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentSnapshot, makeGeoShape, richText } from '../testing/createTestStore'
import { createPeer, linkDirectly, syncFully, type TestPeer } from '../testing/peers'
import { recordsOfSnapshot, restoreIntoStore } from './restoreSnapshot'

const id = (name: string) => createShapeId(name) as TLShapeId
const shape = (peer: TestPeer, name: string) => peer.store.get(id(name)) as TLShape | undefined
const textOf = (peer: TestPeer, name: string) => JSON.stringify((shape(peer, name)?.props as { richText?: unknown })?.richText)

/** A and B online together, the board holding two cards; returns the snapshot taken at that point. */
function boardWithSnapshot() {
  const a = createPeer('a', { seed: true })
  const b = createPeer('b')
  linkDirectly([a, b])
  a.binding.flush()
  syncFully(a.doc, b.doc)
  a.store.put([makeGeoShape('one', { x: 10, text: 'Søke' }), makeGeoShape('two', { x: 20 })])
  a.binding.flush()
  const snapshot = Y.encodeStateAsUpdate(a.doc)
  const expected = documentSnapshot(a.store)
  return { a, b, snapshot, expected }
}

/** What tldraw's undo does for the restore: puts back the records from before and removes the rest. */
function undoRestore(peer: TestPeer, before: TLRecord[]) {
  const keep = new Set(before.map((record) => record.id))
  const extra = documentSnapshot(peer.store).filter((record) => !keep.has(record.id))
  peer.store.remove(extra.map((record) => record.id))
  peer.store.put(before)
  peer.binding.flush()
}

describe('recordsOfSnapshot', () => {
  it('reads the records of a state without touching a live doc', () => {
    const { snapshot, expected } = boardWithSnapshot()
    expect(recordsOfSnapshot(snapshot)).toEqual(JSON.parse(JSON.stringify(expected)))
  })

  it('refuses a state that is not a Yjs update', () => {
    expect(() => recordsOfSnapshot(new Uint8Array([255, 1, 2, 3]))).toThrow(/not a valid Yjs update/)
  })
})

describe('restoreIntoStore', () => {
  it('restores as a forward change that every peer converges to, and can be undone for everyone', () => {
    const { a, b, snapshot, expected } = boardWithSnapshot()
    a.store.put([{ ...shape(a, 'one')!, x: 99 }, makeGeoShape('three', { x: 30 })])
    a.store.remove([id('two')])
    a.binding.flush()
    const edited = documentSnapshot(a.store)
    expect(documentSnapshot(b.store)).toEqual(edited)

    const result = restoreIntoStore(a.store, snapshot)
    a.binding.flush()
    expect(result.removed).toEqual([id('three')])
    expect(result.put.sort()).toEqual([id('one'), id('two')].sort())
    expect(documentSnapshot(a.store)).toEqual(expected)
    expect(documentSnapshot(b.store)).toEqual(expected)

    // Nobody's binding reverts it: a further round of flushes changes nothing.
    b.binding.flush()
    syncFully(a.doc, b.doc)
    expect(documentSnapshot(b.store)).toEqual(expected)

    undoRestore(a, result.before)
    expect(documentSnapshot(a.store)).toEqual(edited)
    expect(documentSnapshot(b.store)).toEqual(edited)
  })

  it('merges with an offline peer: its edits to records the restore kept survive', () => {
    const { a, b, snapshot } = boardWithSnapshot()
    const c = createPeer('c')
    syncFully(a.doc, c.doc)
    expect(shape(c, 'one')?.x).toBe(10)

    // While C is offline: A moves card one and adds card three; C types in card one and adds card four.
    a.store.put([{ ...shape(a, 'one')!, x: 99 }, makeGeoShape('three')])
    a.binding.flush()
    const cardOne = shape(c, 'one')!
    c.store.put([{ ...cardOne, props: { ...cardOne.props, richText: richText('Skrevet offline') } } as TLShape])
    c.store.put([makeGeoShape('four', { x: 40 })])
    c.binding.flush()

    restoreIntoStore(a.store, snapshot)
    a.binding.flush()
    expect(shape(b, 'one')?.x).toBe(10)
    expect(shape(b, 'three')).toBeUndefined()

    syncFully(a.doc, c.doc)
    syncFully(b.doc, c.doc)
    for (const peer of [a, b, c]) {
      expect(shape(peer, 'one')?.x).toBe(10)
      expect(textOf(peer, 'one')).toBe(JSON.stringify(richText('Skrevet offline')))
      expect(shape(peer, 'four')?.x).toBe(40)
      expect(shape(peer, 'three')).toBeUndefined()
    }
    expect(documentSnapshot(b.store)).toEqual(documentSnapshot(a.store))
    expect(documentSnapshot(c.store)).toEqual(documentSnapshot(a.store))
  })

  it('changes nothing when the board already equals the snapshot', () => {
    const { a, snapshot } = boardWithSnapshot()
    let writes = 0
    a.doc.on('update', () => writes++)
    const result = restoreIntoStore(a.store, snapshot)
    a.binding.flush()
    expect(result).toMatchObject({ removed: [], put: [], invalid: [] })
    expect(writes).toBe(0)
  })

  it('refuses an empty snapshot instead of clearing the board', () => {
    const { a } = boardWithSnapshot()
    expect(() => restoreIntoStore(a.store, Y.encodeStateAsUpdate(new Y.Doc()))).toThrow(/no board content/)
    expect(shape(a, 'one')).toBeDefined()
  })
})
