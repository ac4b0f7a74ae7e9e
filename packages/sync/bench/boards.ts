import { getIndicesAbove } from '@tldraw/utils'
import * as Y from 'yjs'
import { bindStoreToDoc } from '../src/binding/bindStoreToDoc'
import { createTestStore, makeGeoShape, seedDocumentRecords } from '../src/testing/createTestStore'

/** A board of `count` geo shapes bound to its own Y.Doc and flushed: the starting point of the benchmarks. */
export function boardWithShapes(count: number) {
  const store = createTestStore()
  seedDocumentRecords(store)
  const indexes = getIndicesAbove(null, count)
  store.put(Array.from({ length: count }, (_, i) => makeGeoShape(`s${i}`, { x: i * 10, y: i, index: indexes[i]!, text: `Steg ${i}` })))
  const doc = new Y.Doc()
  const binding = bindStoreToDoc({ store, doc })
  binding.flush()
  return { store, doc, binding }
}
