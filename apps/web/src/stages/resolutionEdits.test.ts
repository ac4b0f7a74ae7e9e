import { readBoardStage } from '@sammen/journey-shapes'
import { bindStoreToDoc } from '@sammen/sync'
import { TLDOCUMENT_ID, type TLStore } from 'tldraw'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createOutlineTestStore, seedOutlineTestBoard } from '../outline/outlineBoard.fixture'
import { forgetResolution, recordResolution } from './resolutionEdits'

const CARDS = new Set(['shape:s1', 'shape:o1'])
const resolutionsOf = (store: TLStore) => readBoardStage(store.get(TLDOCUMENT_ID)?.meta).resolutions

function board() {
  const store = createOutlineTestStore()
  seedOutlineTestBoard(store)
  return store
}

describe('recordResolution', () => {
  it('records which card resolves a pain point, with its note trimmed, one key per pain point', () => {
    const store = board()
    expect(recordResolution(store, { painPointId: 'shape:pp9', byShapeId: 'shape:o1', note: '  Samtykke i Altinn ' }, CARDS)).toBe(true)
    expect(recordResolution(store, { painPointId: 'shape:pp8', byShapeId: null, note: 'Vegvesenet svarer direkte' }, CARDS)).toBe(true)
    expect(resolutionsOf(store)).toEqual([
      { painPointId: 'shape:pp8', byShapeId: null, note: 'Vegvesenet svarer direkte' },
      { painPointId: 'shape:pp9', byShapeId: 'shape:o1', note: 'Samtykke i Altinn' },
    ])
    // The journey's own meta is untouched.
    expect(store.get(TLDOCUMENT_ID)?.meta.sammen).toMatchObject({ situation: 'Jeg skal bygge hus.' })
  })

  it('refuses a card the form did not offer, and a resolution that says nothing', () => {
    const store = board()
    expect(recordResolution(store, { painPointId: 'shape:pp9', byShapeId: 'shape:elsewhere', note: 'x' }, CARDS)).toBe(false)
    expect(recordResolution(store, { painPointId: 'shape:pp9', byShapeId: null, note: '   ' }, CARDS)).toBe(false)
    expect(recordResolution(store, { painPointId: '', byShapeId: 'shape:o1', note: '' }, CARDS)).toBe(false)
    expect(resolutionsOf(store)).toEqual([])
  })

  it('forgets a resolution for everyone: the key leaves the shared document', () => {
    const store = board()
    const doc = new Y.Doc()
    const binding = bindStoreToDoc({ store, doc })
    recordResolution(store, { painPointId: 'shape:pp9', byShapeId: 'shape:s1', note: '' }, CARDS)
    binding.flush()
    const peer = createOutlineTestStore()
    bindStoreToDoc({ store: peer, doc })
    expect(resolutionsOf(peer)).toEqual([{ painPointId: 'shape:pp9', byShapeId: 'shape:s1', note: '' }])
    forgetResolution(store, 'shape:pp9')
    binding.flush()
    expect(resolutionsOf(store)).toEqual([])
    expect(resolutionsOf(peer)).toEqual([])
  })
})
