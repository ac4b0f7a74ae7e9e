/**
 * Snapshot benchmarks (Node, no browser).
 * 1. The pure parts of saving, comparing and restoring a version on a 2,000-shape board (medians of 12 runs):
 *    Y.encodeStateAsUpdate (what takeSnapshot stores), recordsOfSnapshot, diffBoards, restoreIntoStore (plus the
 *    binding's flush, which writes the restore to the doc). takeSnapshot itself (encode + Dexie add) is also
 *    timed, but against fake-indexeddb in Node, so that figure says little about a browser's IndexedDB.
 * 2. The local footprint after 10,000 edits: edits go through the real binding to a doc persisted with
 *    DexieDocPersistence (fake-indexeddb in Node; the byte sizes are what the browser would store, the timings
 *    are not measured). Compared with a fresh snapshot: Y.encodeStateAsUpdateV2 of a new doc with the same state.
 * Run: `pnpm bench snapshots` or `node --import tsx packages/sync/bench/snapshots.bench.ts`.
 */
import 'fake-indexeddb/auto'
import './nodeFrames'
import { createShapeId, type TLShapeId } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { bindStoreToDoc } from '../src/binding/bindStoreToDoc'
import { diffBoards, type DiffableRecord } from '../src/snapshots/diffBoards'
import { takeSnapshot } from '../src/snapshots/localSnapshots'
import { recordsOfSnapshot, restoreIntoStore } from '../src/snapshots/restoreSnapshot'
import { DexieDocPersistence } from '../src/storage/dexieDocPersistence'
import { createLocalDatabase } from '../src/storage/localDatabase'
import { createTestStore, makeGeoShape, richText, seedDocumentRecords } from '../src/testing/createTestStore'
import { getIndicesAbove } from '@tldraw/utils'
import { boardWithShapes } from './boards'
import { median, nowMs, round } from '@sammen/bench-stats'

const RUNS = 12


/** A typical change between a version and now: 200 shapes moved, 50 retexted, 50 removed, 50 added. */
function changeBoard(board: ReturnType<typeof boardWithShapes>, count: number) {
  const id = (i: number) => createShapeId(`s${i}`) as TLShapeId
  for (let i = 0; i < 200; i++) board.store.update(id(i), (shape) => ({ ...shape, x: shape.x + 40 }))
  for (let i = 200; i < 250; i++) {
    board.store.update(id(i), (shape) => ({ ...shape, props: { ...(shape.props as object), richText: richText(`Nytt steg ${i}`) } }) as typeof shape)
  }
  board.store.remove(Array.from({ length: 50 }, (_, i) => id(count - 1 - i)))
  const indexes = getIndicesAbove(null, count + 50)
  board.store.put(Array.from({ length: 50 }, (_, i) => makeGeoShape(`new${i}`, { x: i, y: -100, index: indexes[count + i]!, text: `Ny ${i}` })))
  board.binding.flush()
}


function timed<T>(work: () => T): { ms: number; result: T } {
  const start = nowMs()
  const result = work()
  return { ms: nowMs() - start, result }
}

async function snapshotOperations(shapes: number) {
  const encode: number[] = []
  const records: number[] = []
  const diff: number[] = []
  const restore: number[] = []
  const takeWithFakeIndexedDb: number[] = []
  let snapshotBytes = 0
  let diffSummary = { added: 0, removed: 0, changed: 0 }
  const db = createLocalDatabase(`bench-snapshots-${Date.now()}`)
  for (let run = 0; run < RUNS; run++) {
    const board = boardWithShapes(shapes)
    const encoded = timed(() => Y.encodeStateAsUpdate(board.doc))
    encode.push(encoded.ms)
    snapshotBytes = encoded.result.byteLength
    const take = nowMs()
    await takeSnapshot(db, 'bench-board', board.doc, { name: `Run ${run}`, author: 'bench', kind: 'named' })
    takeWithFakeIndexedDb.push(nowMs() - take)

    changeBoard(board, shapes)
    const before = timed(() => recordsOfSnapshot(encoded.result))
    records.push(before.ms)
    const now = board.store.allRecords() as unknown as DiffableRecord[]
    const compared = timed(() => diffBoards(before.result as unknown as DiffableRecord[], now))
    diff.push(compared.ms)
    diffSummary = { added: compared.result.summary.added, removed: compared.result.summary.removed, changed: compared.result.summary.changed }

    restore.push(
      timed(() => {
        restoreIntoStore(board.store, encoded.result)
        board.binding.flush()
      }).ms,
    )
    board.binding.dispose()
  }
  const ms = (values: number[]) => round(median(values), 2)
  db.close()
  return {
    shapes,
    runs: RUNS,
    snapshotBytes,
    diff: diffSummary,
    medianMs: {
      encodeStateAsUpdate: ms(encode),
      recordsOfSnapshot: ms(records),
      diffBoards: ms(diff),
      restoreIntoStoreWithBindingFlush: ms(restore),
      takeSnapshotWithFakeIndexedDb: ms(takeWithFakeIndexedDb),
    },
  }
}

async function storedBytesOf(db: ReturnType<typeof createLocalDatabase>): Promise<number> {
  const rows = await db.updates.where('boardId').equals('bench-board').toArray()
  return rows.reduce((sum, row) => sum + row.update.byteLength, 0)
}

async function footprintAfterEdits(shapes: number, edits: number) {
  const db = createLocalDatabase(`bench-footprint-${Date.now()}`)
  const store = createTestStore()
  const doc = new Y.Doc()
  const persistence = new DexieDocPersistence(db, 'bench-board', doc)
  await persistence.whenLoaded
  const binding = bindStoreToDoc({ store, doc })
  seedDocumentRecords(store)
  const indexes = getIndicesAbove(null, shapes)
  store.put(Array.from({ length: shapes }, (_, i) => makeGeoShape(`s${i}`, { x: i * 10, y: i, index: indexes[i]!, text: `Steg ${i}` })))
  binding.flush()
  await persistence.flush()
  // The log grows between compactions (every 200 entries); the peak is what the quota must allow.
  let peakBytes = 0
  for (let i = 0; i < edits; i++) {
    const id = createShapeId(`s${(i * 7) % shapes}`) as TLShapeId
    // Mostly moves, every tenth edit a new text: what people do on a journey board.
    if (i % 10 === 9) {
      store.update(id, (shape) => ({ ...shape, props: { ...(shape.props as object), richText: richText(`Tekst ${i}`) } }) as typeof shape)
    } else {
      store.update(id, (shape) => ({ ...shape, x: shape.x + 1, y: (shape.y + 3) % 500 }))
    }
    binding.flush()
    // One IndexedDB write per edit, as when a person edits at human speed.
    await persistence.flush()
    if (i % 50 === 49) peakBytes = Math.max(peakBytes, await storedBytesOf(db))
  }
  const rows = await db.updates.where('boardId').equals('bench-board').toArray()
  const storedBytes = await storedBytesOf(db)

  const freshStore = createTestStore()
  const freshDoc = new Y.Doc()
  const freshBinding = bindStoreToDoc({ store: freshStore, doc: freshDoc })
  freshStore.put(store.allRecords().filter((record) => record.typeName !== 'instance_presence'))
  freshBinding.flush()
  const freshSnapshotBytes = Y.encodeStateAsUpdateV2(freshDoc).byteLength

  binding.dispose()
  freshBinding.dispose()
  await persistence.destroy()
  db.close()
  return {
    shapes,
    edits,
    storedEntries: rows.length,
    storedBytes,
    peakStoredBytes: peakBytes,
    freshSnapshotBytes,
    ratio: round(storedBytes / freshSnapshotBytes, 2),
    peakRatio: round(peakBytes / freshSnapshotBytes, 2),
    targetRatio: 3,
  }
}

export async function runSnapshotBenchmarks() {
  return {
    snapshotOperations: await snapshotOperations(2000),
    footprintAfter10000Edits: await footprintAfterEdits(200, 10_000),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runSnapshotBenchmarks(), null, 2))
}
