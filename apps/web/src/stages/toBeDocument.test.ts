import { readBoardStage, resolutionMeta, toBeLinkMeta, toBeStageMeta } from '@sammen/journey-shapes'
import { bindStoreToDoc } from '@sammen/sync'
import { TLDOCUMENT_ID, type TLDocument, type TLStore } from 'tldraw'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createOutlineTestStore, seedOutlineTestBoard } from '../outline/outlineBoard.fixture'
import { writeToBeDocument } from './toBeDocument'

const documentOf = (store: TLStore) => store.get(TLDOCUMENT_ID) as TLDocument
/** The records a board's document holds (not the session's camera, pointer and instance). */
const idsOf = (store: TLStore) =>
  store
    .allRecords()
    .filter((record) => store.scopedTypes.document.has(record.typeName))
    .map((record) => record.id)
    .sort()

/** A store bound to a fresh document, as a board's room holds it. */
function boundBoard(seed: (store: TLStore) => void, doc = new Y.Doc()) {
  const store = createOutlineTestStore()
  const binding = bindStoreToDoc({ store, doc })
  seed(store)
  binding.flush()
  return { store, doc, binding }
}

describe('writeToBeDocument', () => {
  it('copies every record with its id, marks the copy as the to-be board and leaves the as-is board’s own links behind', () => {
    const asIs = boundBoard((store) => {
      seedOutlineTestBoard(store)
      const document = documentOf(store)
      // This as-is board already has a to-be board; a stray stage entry and a resolution must not travel either.
      store.put([
        { ...document, meta: { ...document.meta, ...toBeLinkMeta('earlierToBe1', 1), ...resolutionMeta({ painPointId: 'shape:pp1', byShapeId: null, note: 'x' }) } as typeof document.meta },
      ])
    })
    asIs.doc.getMap('comments').set('c1', { id: 'c1', text: 'Dette er vondt' })

    const target = new Y.Doc()
    expect(writeToBeDocument(asIs.doc, target, { title: 'Bygge hus – ønsket', asIsBoardId: 'asIsBoard1' })).toBe(true)
    const toBe = boundBoard(() => undefined, target)

    expect(idsOf(toBe.store)).toEqual(idsOf(asIs.store))
    expect(toBe.store.get('shape:pp1' as never)).toEqual(asIs.store.get('shape:pp1' as never))
    expect(readBoardStage(documentOf(toBe.store).meta)).toEqual({ stage: 'to-be', asIsBoardId: 'asIsBoard1', toBeBoardIds: [], resolutions: [] })
    // The journey's own facts in the meta (situation, life event) come along.
    expect(documentOf(toBe.store).meta).toEqual({ ...toBeStageMeta('asIsBoard1'), sammen: documentOf(asIs.store).meta.sammen })
    expect(target.getMap('meta').get('title')).toBe('Bygge hus – ønsket')
    expect(target.share.has('comments')).toBe(false)
    // The as-is board is untouched.
    expect(readBoardStage(documentOf(asIs.store).meta).toBeBoardIds).toEqual(['earlierToBe1'])
  })

  it('writes nothing for a document without a document record', () => {
    const target = new Y.Doc()
    expect(writeToBeDocument(new Y.Doc(), target, { title: 'x', asIsBoardId: 'asIsBoard1' })).toBe(false)
    expect(target.share.size).toBe(0)
  })
})
