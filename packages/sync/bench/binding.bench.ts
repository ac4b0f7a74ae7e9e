/**
 * Binding benchmarks (Node, no browser): remote update latency on a large store, remote throughput, bytes sent
 * while dragging, and document size after many edits (our per-field entry log against one Y.Map per record).
 * Run: `pnpm bench` (all) or `node --import tsx packages/sync/bench/binding.bench.ts`.
 */
import './nodeFrames'
import { createShapeId, InstancePresenceRecordType, type TLShape, type TLShapeId } from '@tldraw/tlschema'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { bindStoreToDoc } from '../src/binding/bindStoreToDoc'
import { YKeyValue } from 'y-utility/y-keyvalue'
import { flattenRecord, getRecordsMap, writeFields } from '../src/docLayout'
import { toWirePresence } from '../src/presence/presenceWire'
import { createTestStore, makeGeoShape, TEST_PAGE_ID } from '../src/testing/createTestStore'
import { boardWithShapes } from './boards'
import { median, nowMs, percentile, round } from '@sammen/bench-stats'


/** A peer with its own store bound to a copy of `source`, receiving updates from it. */
function follower(source: Y.Doc) {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source))
  const store = createTestStore()
  const binding = bindStoreToDoc({ store, doc })
  return { store, doc, binding }
}

function remoteUpdateLatency(shapes: number, samples: number) {
  const writer = boardWithShapes(shapes)
  const reader = follower(writer.doc)
  const times: number[] = []
  writer.doc.on('update', (update: Uint8Array) => {
    const start = nowMs()
    Y.applyUpdate(reader.doc, update, 'network')
    times.push(nowMs() - start)
  })
  for (let i = 0; i < samples; i++) {
    const id = createShapeId(`s${i % shapes}`) as TLShapeId
    writer.store.update(id, (shape) => ({ ...shape, x: shape.x + 1, y: shape.y + 1 }))
    writer.binding.flush()
  }
  return { shapes, samples, p50Ms: round(median(times), 3), p95Ms: round(percentile(times, 95), 3) }
}

function remoteThroughput(shapes: number, batch: number, rounds: number) {
  const writer = boardWithShapes(shapes)
  const reader = follower(writer.doc)
  const updates: Uint8Array[] = []
  writer.doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let r = 0; r < rounds; r++) {
    const ids = Array.from({ length: batch }, (_, i) => createShapeId(`s${(r * batch + i) % shapes}`) as TLShapeId)
    writer.store.update(ids[0]!, (s) => s)
    writer.store.put(ids.map((id) => ({ ...(writer.store.get(id) as TLShape), x: r })))
    writer.binding.flush()
  }
  const start = nowMs()
  for (const update of updates) Y.applyUpdate(reader.doc, update, 'network')
  const elapsed = nowMs() - start
  return { recordsChanged: batch * rounds, elapsedMs: round(elapsed), recordsPerSecond: Math.round((batch * rounds) / (elapsed / 1000)) }
}

/** One person drags a card for `seconds` with 60 pointer moves a second; others are present (33 ms throttle). */
async function dragBytesPerSecond(seconds: number) {
  const { store, doc } = boardWithShapes(50)
  const dragDoc = new Y.Doc()
  Y.applyUpdate(dragDoc, Y.encodeStateAsUpdate(doc))
  const dragStore = createTestStore()
  const binding = bindStoreToDoc({ store: dragStore, doc: dragDoc, getThrottleMs: () => 33 })
  void store
  let bytes = 0
  let messages = 0
  dragDoc.on('update', (update: Uint8Array) => {
    bytes += update.byteLength + 4 // + y-websocket message framing (type + sync type + length)
    messages++
  })
  const id = createShapeId('s1') as TLShapeId
  const moves = seconds * 60
  for (let i = 0; i < moves; i++) {
    dragStore.update(id, (shape) => ({ ...shape, x: 100 + i * 3, y: 200 + (i % 40) }))
    await new Promise((resolve) => setTimeout(resolve, 1000 / 60))
  }
  binding.flush()
  const presence = presenceBytesPerSecond(seconds, 33)
  return {
    seconds,
    documentMessages: messages,
    documentBytesPerSecond: Math.round(bytes / seconds),
    presenceMessages: presence.messages,
    presenceBytesPerSecond: presence.bytesPerSecond,
    totalBytesPerSecond: Math.round(bytes / seconds) + presence.bytesPerSecond,
  }
}

/** The cursor moving with the drag: awareness updates carrying a realistic presence record, throttled. */
function presenceBytesPerSecond(seconds: number, throttleMs: number) {
  const awareness = new Awareness(new Y.Doc())
  const messages = Math.floor((seconds * 1000) / throttleMs)
  let bytes = 0
  for (let i = 0; i < messages; i++) {
    const presence = InstancePresenceRecordType.create({
      id: InstancePresenceRecordType.createId(String(awareness.clientID)),
      currentPageId: TEST_PAGE_ID,
      userId: 'person-3f9a2c',
      userName: 'Kari Nordmann (NAV)',
      color: '#d9480f',
      screenBounds: { x: 0, y: 0, w: 1440, h: 900 },
      selectedShapeIds: [createShapeId('s1') as TLShapeId],
      cursor: { x: 100.123456789 + i * 3.3333333, y: 200.98765432 + (i % 40) * 1.7777777, type: 'default', rotation: 0 },
      camera: { x: -120.4142135, y: -40.7320508, z: 1 },
      lastActivityTimestamp: Date.now(),
    })
    awareness.setLocalStateField('presence', toWirePresence(presence))
    bytes += encodeAwarenessUpdate(awareness, [awareness.clientID]).byteLength + 2
  }
  awareness.destroy()
  return { messages, bytesPerSecond: Math.round(bytes / seconds) }
}

/**
 * 20,000 edits (a card moved: x and y) spread over 200 shapes, written through the real binding, and the
 * document's size against a fresh snapshot of the same state.
 */
function documentSizeAfterEdits(shapes: number, edits: number) {
  const { store, doc, binding } = boardWithShapes(shapes)
  for (let i = 0; i < edits; i++) {
    const id = createShapeId(`s${(i * 7) % shapes}`) as TLShapeId
    store.update(id, (shape) => ({ ...shape, x: i, y: i % 97 }))
    binding.flush()
  }
  const snapshotStore = createTestStore()
  snapshotStore.put(store.allRecords().filter((r) => r.typeName === 'shape' || r.typeName === 'page' || r.typeName === 'document'))
  const snapshotDoc = new Y.Doc()
  bindStoreToDoc({ store: snapshotStore, doc: snapshotDoc }).flush()
  return { shapes, edits, ...compareSizes(doc, snapshotDoc) }
}

const v1Size = (d: Y.Doc) => Y.encodeStateAsUpdate(d).byteLength
const v2Size = (d: Y.Doc) => Y.encodeStateAsUpdateV2(d).byteLength
function compareSizes(after: Y.Doc, fresh: Y.Doc) {
  return {
    v1: { afterEditsBytes: v1Size(after), freshSnapshotBytes: v1Size(fresh), ratio: round(v1Size(after) / v1Size(fresh)) },
    v2: { afterEditsBytes: v2Size(after), freshSnapshotBytes: v2Size(fresh), ratio: round(v2Size(after) / v2Size(fresh)) },
  }
}

/** A way to keep per-field records in a Y.Doc, for comparing layouts on the same edits. */
interface FieldLayout {
  name: string
  write(doc: Y.Doc, id: string, fields: Map<string, unknown>): void
}

const layouts: FieldLayout[] = [
  {
    name: 'field log per record (ours): Y.Map<id, Y.Array<{k, v}>>',
    write(doc, id, fields) {
      const records = getRecordsMap(doc)
      let entries = records.get(id)
      if (!entries) records.set(id, (entries = new Y.Array()))
      writeFields(entries, fields)
    },
  },
  {
    name: 'one Y.Map per record, a key per field',
    write(doc, id, fields) {
      const records = doc.getMap<Y.Map<unknown>>('records')
      let map = records.get(id)
      if (!map) records.set(id, (map = new Y.Map()))
      for (const [key, value] of fields) map.set(key, value)
    },
  },
  {
    name: "y-utility YKeyValue, one global array, key = id + field",
    write(doc, id, fields) {
      const kv = keyValueOf(doc)
      for (const [key, value] of fields) kv.set(`${id}\u001f${key}`, value)
    },
  },
]
const keyValues = new WeakMap<Y.Doc, YKeyValue<unknown>>()
function keyValueOf(doc: Y.Doc): YKeyValue<unknown> {
  let kv = keyValues.get(doc)
  if (!kv) keyValues.set(doc, (kv = new YKeyValue(doc.getArray('records'))))
  return kv
}

/** The same edits written straight into each layout (no tldraw): size ratios and write time per edit. */
function compareLayouts(shapes: number, edits: number) {
  const initial = Array.from({ length: shapes }, (_, i) => flattenRecord(makeGeoShape(`s${i}`, { x: i, text: `Steg ${i}` })))
  return layouts.map((layout) => {
    const doc = new Y.Doc()
    initial.forEach((fields, i) => doc.transact(() => layout.write(doc, `shape:s${i}`, fields)))
    const times: number[] = []
    const final = initial.map((fields) => new Map(fields))
    for (let i = 0; i < edits; i++) {
      const n = (i * 7) % shapes
      const change = new Map<string, unknown>([['x', i], ['y', i % 97]])
      const start = nowMs()
      doc.transact(() => layout.write(doc, `shape:s${n}`, change))
      times.push(nowMs() - start)
      for (const [k, v] of change) final[n]!.set(k, v)
    }
    const fresh = new Y.Doc()
    final.forEach((fields, i) => fresh.transact(() => layout.write(fresh, `shape:s${i}`, fields)))
    return { layout: layout.name, writeMs: { p50: round(median(times), 3), p95: round(percentile(times, 95), 3) }, ...compareSizes(doc, fresh) }
  })
}

export async function runBindingBenchmarks() {
  return {
    remoteUpdateOn4000Shapes: remoteUpdateLatency(4000, 300),
    remoteThroughput: remoteThroughput(2000, 200, 20),
    dragBytes: await dragBytesPerSecond(3),
    documentSize: documentSizeAfterEdits(200, 20_000),
    layouts: compareLayouts(200, 20_000),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runBindingBenchmarks(), null, 2))
}
