import { createShapeId, type TLShape, type TLShapeId } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getMetaMap, getRecordsMap, META_SCHEMA, readRecord } from '../docLayout'
import { createTestStore, documentSnapshot, makeGeoShape, richText } from '../testing/createTestStore'
import { createPeer, linkDirectly, syncFully } from '../testing/peers'
import { bindStoreToDoc } from './bindStoreToDoc'

const shapeId = (name: string) => createShapeId(name) as TLShapeId

function getShape(peer: { store: ReturnType<typeof createTestStore> }, name: string) {
  return peer.store.get(shapeId(name)) as TLShape | undefined
}

/** A shape record with only an id, type name and type: what a buggy or hostile peer could write. */
function writeBrokenShape(doc: Y.Doc, origin?: string) {
  doc.transact(() => {
    const entries = new Y.Array<{ k: string; v: unknown }>()
    entries.push([
      { k: 'id', v: 'shape:broken' },
      { k: 'typeName', v: 'shape' },
      { k: 'type', v: 'geo' },
    ])
    getRecordsMap(doc).set('shape:broken', entries)
  }, origin)
}

describe('bindStoreToDoc', () => {
  it('sends local changes to another peer and applies them there', () => {
    const a = createPeer('a', { seed: true })
    const b = createPeer('b')
    linkDirectly([a, b])
    syncFully(a.doc, b.doc)
    a.binding.flush()
    a.store.put([makeGeoShape('card', { x: 10, text: 'Søke barnehageplass' })])
    a.binding.flush()
    expect(getShape(b, 'card')?.x).toBe(10)
    expect(documentSnapshot(b.store)).toEqual(documentSnapshot(a.store))

    a.store.remove([shapeId('card')])
    a.binding.flush()
    expect(getShape(b, 'card')).toBeUndefined()
  })

  it('does not echo remote changes back into the document', () => {
    const a = createPeer('a', { seed: true })
    const b = createPeer('b')
    linkDirectly([a, b])
    a.binding.flush()
    syncFully(a.doc, b.doc)
    let writesByB = 0
    b.doc.on('update', (_update, origin) => {
      if (origin !== 'network') writesByB++
    })
    a.store.put([makeGeoShape('card', { x: 1 })])
    a.binding.flush()
    b.binding.flush()
    expect(getShape(b, 'card')).toBeDefined()
    expect(writesByB).toBe(0)
  })

  it('merges per field: one person drags a card while another types in it', () => {
    const a = createPeer('a', { seed: true })
    const b = createPeer('b')
    const unlink = linkDirectly([a, b])
    a.store.put([makeGeoShape('card', { x: 0, y: 0, text: 'Før' })])
    a.binding.flush()
    syncFully(a.doc, b.doc)
    unlink()
    // Concurrent: a drags, b types and resizes.
    a.store.update(shapeId('card'), (shape) => ({ ...shape, x: 250, y: 40 }))
    b.store.update(shapeId('card'), (shape) => ({ ...shape, props: { ...shape.props, richText: richText('Etter'), w: 300 } }) as TLShape)
    a.binding.flush()
    b.binding.flush()
    syncFully(a.doc, b.doc)
    for (const peer of [a, b]) {
      const card = getShape(peer, 'card') as TLShape & { props: { w: number; richText: unknown } }
      expect(card.x).toBe(250)
      expect(card.y).toBe(40)
      expect(card.props.w).toBe(300)
      expect(card.props.richText).toEqual(richText('Etter'))
    }
  })

  it('keeps unflushed local edits when a remote change to another field of the same record arrives', () => {
    const a = createPeer('a', { seed: true })
    const b = createPeer('b')
    linkDirectly([a, b])
    syncFully(a.doc, b.doc)
    a.store.put([makeGeoShape('card', { x: 0 })])
    a.binding.flush()
    a.store.update(shapeId('card'), (shape) => ({ ...shape, x: 99 })) // not flushed yet
    b.store.update(shapeId('card'), (shape) => ({ ...shape, y: 77 }))
    b.binding.flush()
    a.binding.flush()
    for (const peer of [a, b]) {
      expect(getShape(peer, 'card')?.x).toBe(99)
      expect(getShape(peer, 'card')?.y).toBe(77)
    }
  })

  it('loads an existing document into an empty store', () => {
    const a = createPeer('a', { seed: true })
    a.store.put([makeGeoShape('one', { index: 'a1' as IndexKey }), makeGeoShape('two', { x: 5, index: 'a2' as IndexKey })])
    a.binding.flush()
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(a.doc))
    const b = createPeer('b', { doc })
    expect(documentSnapshot(b.store)).toEqual(documentSnapshot(a.store))
  })

  it('skips records that fail validation instead of breaking the store', () => {
    const a = createPeer('a', { seed: true })
    a.binding.flush()
    writeBrokenShape(a.doc, 'network')
    expect(a.store.get('shape:broken' as TLShapeId)).toBeUndefined()
    expect(a.store.get(shapeId('missing'))).toBeUndefined()
    a.store.put([makeGeoShape('fine')])
    a.binding.flush()
    expect(getRecordsMap(a.doc).has(shapeId('fine'))).toBe(true)
  })

  it('loads the valid records of a document that also holds a broken one', () => {
    const a = createPeer('a', { seed: true })
    a.store.put([makeGeoShape('fine', { index: 'a1' as IndexKey })])
    a.binding.flush()
    writeBrokenShape(a.doc)
    const invalid: string[] = []
    const store = createTestStore()
    bindStoreToDoc({ store, doc: a.doc, onInvalidRecord: (id) => invalid.push(id) })
    expect(store.get(shapeId('fine'))).toBeDefined()
    expect(store.get('shape:broken' as TLShapeId)).toBeUndefined()
    expect(invalid).toEqual(['shape:broken'])
  })

  it('repairs fractional indexes that collided after concurrent inserts, the same way on every peer', () => {
    const a = createPeer('a', { seed: true })
    const b = createPeer('b')
    a.binding.flush()
    syncFully(a.doc, b.doc)
    a.store.put([makeGeoShape('from-a', { index: 'a5' as IndexKey })])
    b.store.put([makeGeoShape('from-b', { index: 'a5' as IndexKey })])
    a.binding.flush()
    b.binding.flush()
    syncFully(a.doc, b.doc)
    // Both peers reload the board: each repairs on load, and both arrive at the same indexes.
    const reloadedA = createPeer('a2', { doc: a.doc })
    const reloadedB = createPeer('b2', { doc: b.doc })
    syncFully(a.doc, b.doc)
    const indexOf = (peer: typeof reloadedA, name: string) => getShape(peer, name)?.index
    expect(indexOf(reloadedA, 'from-a')).not.toBe(indexOf(reloadedA, 'from-b'))
    expect(indexOf(reloadedA, 'from-a')).toBe(indexOf(reloadedB, 'from-a'))
    expect(indexOf(reloadedA, 'from-b')).toBe(indexOf(reloadedB, 'from-b'))
    const stored = readRecord(getRecordsMap(a.doc).get(shapeId('from-b'))!)
    expect(stored.index).toBe(indexOf(reloadedA, 'from-b'))
  })

  /** A doc holding one geo shape as written before geo version 10 ("AddRichText"), and that older schema. */
  function olderDocument() {
    const store = createTestStore()
    const current = store.schema.serialize()
    const olderSchema = { ...current, sequences: { ...current.sequences, 'com.tldraw.shape.geo': 9 } }
    const modern = makeGeoShape('old-card', { text: 'Skrevet før rik tekst' }) as TLShape & { props: Record<string, unknown> }
    // Geo props before version 10 held plain `text` instead of `richText`.
    const { richText: _dropped, ...oldProps } = modern.props
    const oldRecord = { ...modern, props: { ...oldProps, text: 'Skrevet før rik tekst' } }

    const doc = new Y.Doc()
    const writer = createPeer('writer', { seed: true, doc })
    writer.binding.flush()
    writer.binding.dispose()
    doc.transact(() => {
      const entries = new Y.Array<{ k: string; v: unknown }>()
      const flat: { k: string; v: unknown }[] = []
      for (const [k, v] of Object.entries(oldRecord)) {
        if (k === 'props' || k === 'meta') {
          flat.push({ k, v: {} })
          for (const [ik, iv] of Object.entries(v as object)) flat.push({ k: `${k}.${ik}`, v: iv })
        } else flat.push({ k, v })
      }
      entries.push(flat)
      getRecordsMap(doc).set(modern.id, entries)
      getMetaMap(doc).set(META_SCHEMA, olderSchema)
    })
    return { doc, current, olderSchema, id: modern.id }
  }

  it('migrates a document written with an older schema on load and records the new schema', () => {
    const { doc, current, id } = olderDocument()
    const reader = createPeer('reader', { doc })
    const loaded = getShape(reader, 'old-card') as TLShape & { props: Record<string, unknown> }
    expect(loaded.props.richText).toEqual(richText('Skrevet før rik tekst'))
    expect(loaded.props.text).toBeUndefined()
    expect(getMetaMap(doc).get(META_SCHEMA)).toEqual(current)
    expect(readRecord(getRecordsMap(doc).get(id)!).props).toEqual(loaded.props)
  })

  it('read-only: migrates an older document in the store only, and never writes to the document', () => {
    const { doc, olderSchema, id } = olderDocument()
    const before = Y.encodeStateAsUpdate(doc)
    let writes = 0
    doc.on('update', () => writes++)
    const store = createTestStore()
    const binding = bindStoreToDoc({ store, doc, readOnly: true })
    const loaded = store.get(id) as TLShape & { props: Record<string, unknown> }
    expect(loaded.props.richText).toEqual(richText('Skrevet før rik tekst'))

    // The viewer's own change (a tool that slipped through, a page tldraw added) stays in this tab.
    store.put([makeGeoShape('viewers-card', { text: 'Ikke min tavle' })])
    binding.flush()
    expect(writes).toBe(0)
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
    expect(getMetaMap(doc).get(META_SCHEMA)).toEqual(olderSchema)
    binding.dispose()
  })

  it('refuses to write to a document from a newer client and asks for a reload', () => {
    const doc = new Y.Doc()
    const writer = createPeer('writer', { seed: true, doc })
    writer.store.put([makeGeoShape('card')])
    writer.binding.flush()
    writer.binding.dispose()
    const current = writer.store.schema.serialize()
    getMetaMap(doc).set(META_SCHEMA, { ...current, sequences: { ...current.sequences, 'com.tldraw.shape.geo': 99 } })

    const store = createTestStore()
    const reasons: string[] = []
    const binding = bindStoreToDoc({ store, doc, onNeedsReload: (reason) => reasons.push(reason) })
    expect(binding.needsReload).toBe(true)
    expect(reasons).toHaveLength(1)
    const before = Y.encodeStateVector(doc)
    store.put([makeGeoShape('should-not-sync')])
    binding.flush()
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })

  it('asks for a reload when a newer client upgrades the document while this one is open', () => {
    const a = createPeer('a', { seed: true })
    a.binding.flush()
    const reasons: string[] = []
    const store = createTestStore()
    const binding = bindStoreToDoc({ store, doc: a.doc, onNeedsReload: (reason) => reasons.push(reason) })
    const current = store.schema.serialize()
    a.doc.transact(() => {
      getMetaMap(a.doc).set(META_SCHEMA, { ...current, sequences: { ...current.sequences, 'com.tldraw.shape.geo': 99 } })
    }, 'network')
    expect(binding.needsReload).toBe(true)
    expect(reasons).toHaveLength(1)
  })
})
