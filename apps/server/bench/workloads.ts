// Workloads and measurements the server benchmarks share.
import { addStepCard, writeField } from '../test/helpers/boardRecords'
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
 * layout: each rewrites a field of one of 50 valid step cards (the field's old entry deleted, the new one
 * appended), so the server checks the deletion and the field against the card's schema.
 */
export function makeUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc()
  doc.transact(() => {
    for (let card = 0; card < 50; card++) addStepCard(doc, `shape:card-${card}`)
  })
  // The cards first (what the server must have before the edits build on them), then the edits.
  const updates: Uint8Array[] = [encodeUpdate(Y.encodeStateAsUpdate(doc))]
  doc.on('update', (update: Uint8Array) => updates.push(encodeUpdate(update)))
  for (let i = 0; i < count; i++) writeField(doc, `shape:card-${i % 50}`, 'x', i)
  return updates
}
