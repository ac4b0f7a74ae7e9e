// Workloads and measurements the server benchmarks share.
import { encodeUpdateMessage as encodeUpdate, MessageType, SyncMessageType } from '@sammen/protocol'
import type WebSocket from 'ws'
import * as Y from 'yjs'

/**
 * Updates per second one writer gets through the server: `updates` sent with at most `windowSize` not yet relayed,
 * counted as the reader receives them (each update is stored before it is relayed).
 */
export function relayThroughput(writer: WebSocket, reader: WebSocket, updates: readonly Uint8Array[], windowSize: number, label: string): Promise<number> {
  let received = 0
  let sent = 0
  const started = performance.now()
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label}: only ${received}/${updates.length} relayed`)), 120_000)
    const pump = () => {
      while (sent < updates.length && sent - received < windowSize) writer.send(updates[sent++]!)
    }
    reader.on('message', (data: Buffer) => {
      if (data[0] !== MessageType.sync || data[1] !== SyncMessageType.update) return
      if (++received === updates.length) {
        clearTimeout(timer)
        resolve(updates.length / ((performance.now() - started) / 1000))
      } else pump()
    })
    writer.on('close', (code) => reject(new Error(`${label}: writer closed with ${code}`)))
    pump()
  })
}

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
