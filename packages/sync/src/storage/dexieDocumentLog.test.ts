// Holds the browser's update log to the same conformance suite as the server's SQLite and PostgreSQL logs, on
// fake-indexeddb; each case on a database of its own, reopened as a reload would.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { docFromStored, runDocumentLogSuite, type StoreHarness } from '@sammen/doc-log/testing'
import { DexieDocumentLog } from './dexieDocumentLog'
import { createLocalDatabase, type SammenLocalDatabase } from './localDatabase'

let counter = 0
const freshName = () => `sammen-log-test-${Date.now()}-${counter++}`

function dexieHarness(): StoreHarness<DexieDocumentLog> {
  const name = freshName()
  const databases = new Map<DexieDocumentLog, SammenLocalDatabase>()
  return {
    open: async () => {
      const db = createLocalDatabase(name)
      await db.open()
      const log = new DexieDocumentLog(db)
      databases.set(log, db)
      return log
    },
    close: async (log) => {
      databases.get(log)?.close()
      databases.delete(log)
    },
  }
}

runDocumentLogSuite('dexie', dexieHarness)

describe('DexieDocumentLog specifics', () => {
  it('reads a log compacted before states recorded their coverage', async () => {
    const db = createLocalDatabase(freshName())
    const doc = new Y.Doc()
    doc.getMap('m').set('old', 'state')
    // What DexieDocPersistence wrote before DexieDocumentLog: a v2 state with no upToSeq, then an update.
    const stateSeq = await db.updates.add({ boardId: 'legacy', update: Y.encodeStateAsUpdateV2(doc), format: 2 })
    const after = new Y.Doc()
    Y.applyUpdate(after, Y.encodeStateAsUpdate(doc))
    let update: Uint8Array | null = null
    after.on('update', (u: Uint8Array) => (update = u))
    after.getMap('m').set('new', 'update')
    const updateSeq = await db.updates.add({ boardId: 'legacy', update: update! })

    const log = new DexieDocumentLog(db)
    const stored = await log.loadDocument('legacy')
    expect(stored?.headSeq).toBe(updateSeq)
    expect(docFromStored(stored, log).getMap('m').toJSON()).toEqual({ old: 'state', new: 'update' })
    // Its own seq is its coverage: a compaction below it is stale.
    await log.compact('legacy', Y.encodeStateAsUpdateV2(new Y.Doc()), stateSeq - 1)
    expect(docFromStored(await log.loadDocument('legacy'), log).getMap('m').get('old')).toBe('state')
    db.close()
  })

  it('stores a view into a larger buffer without the rest of that buffer', async () => {
    const db = createLocalDatabase(freshName())
    const log = new DexieDocumentLog(db)
    const buffer = new Uint8Array(64 * 1024)
    buffer.set([1, 2, 3], 100)
    await log.appendUpdate('board', buffer.subarray(100, 103))
    const [row] = await db.updates.toArray()
    expect(row?.update.buffer.byteLength).toBe(3)
    db.close()
  })
})
