// Workloads the server benchmarks share.
import { encodeUpdateMessage as encodeUpdate } from '@sammen/protocol'
import * as Y from 'yjs'

/**
 * Consecutive small Yjs updates from one writer, as a person moving and typing produces them in the binding's
 * layout: each rewrites fields of one of 50 cards (the field's old entry deleted, the new one appended).
 */
export function makeUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc()
  const records = doc.getMap<Y.Array<{ k: string; v: unknown }>>('records')
  doc.transact(() => {
    for (let card = 0; card < 50; card++) {
      const fields = new Y.Array<{ k: string; v: unknown }>()
      fields.push([{ k: 'type', v: 'step-card' }, { k: 'x', v: 0 }, { k: 'props.text', v: '' }])
      records.set(`shape:card-${card}`, fields)
    }
  })
  // The cards first (what the server must have before the edits build on them), then the edits.
  const updates: Uint8Array[] = [encodeUpdate(Y.encodeStateAsUpdate(doc))]
  doc.on('update', (update: Uint8Array) => updates.push(encodeUpdate(update)))
  for (let i = 0; i < count; i++) {
    const fields = records.get(`shape:card-${i % 50}`)!
    doc.transact(() => {
      const at = fields.toArray().findIndex((entry) => entry.k === 'x')
      fields.delete(at, 1)
      fields.push([{ k: 'x', v: i }])
    })
  }
  return updates
}
