import * as Y from 'yjs'
import { bindStoreToDoc, type StoreBinding } from '../binding/bindStoreToDoc'
import { createTestStore, seedDocumentRecords } from './createTestStore'
import type { TLStore } from '@tldraw/tlschema'

export interface TestPeer {
  name: string
  store: TLStore
  doc: Y.Doc
  binding: StoreBinding
}

export function createPeer(name: string, options: { seed?: boolean; doc?: Y.Doc } = {}): TestPeer {
  const store = createTestStore()
  const doc = options.doc ?? new Y.Doc()
  if (options.seed) seedDocumentRecords(store)
  const binding = bindStoreToDoc({ store, doc })
  return { name, store, doc, binding }
}

/** Sends every update between the peers' docs at once (a perfect network). Returns a disconnect function. */
export function linkDirectly(peers: TestPeer[]): () => void {
  const offs = peers.map((from) => {
    const handler = (update: Uint8Array, origin: unknown) => {
      if (origin === 'network') return
      for (const to of peers) if (to !== from) Y.applyUpdate(to.doc, update, 'network')
    }
    from.doc.on('update', handler)
    return () => from.doc.off('update', handler)
  })
  return () => offs.forEach((off) => off())
}

/** Exchanges full state both ways, as y-websocket's sync step 1/2 does on reconnect. */
export function syncFully(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'network')
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'network')
}
