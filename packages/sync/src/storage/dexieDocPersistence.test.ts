import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DexieDocPersistence } from './dexieDocPersistence'
import { createLocalDatabase } from './localDatabase'

let counter = 0
const freshDatabase = () => createLocalDatabase(`sammen-test-${Date.now()}-${counter++}`)

describe('DexieDocPersistence', () => {
  it('restores a document in a new session from IndexedDB', async () => {
    const db = freshDatabase()
    const doc = new Y.Doc()
    const persistence = new DexieDocPersistence(db, 'board-one', doc)
    await persistence.whenLoaded
    doc.getMap('records').set('a', 1)
    doc.getArray('list').push(['x', 'y'])
    await persistence.destroy()

    const reopened = new Y.Doc()
    const again = new DexieDocPersistence(db, 'board-one', reopened)
    await again.whenLoaded
    expect(reopened.getMap('records').get('a')).toBe(1)
    expect(reopened.getArray('list').toArray()).toEqual(['x', 'y'])
  })

  it('keeps a change made to the doc while the log was being read', async () => {
    const db = freshDatabase()
    const first = new Y.Doc()
    const seeding = new DexieDocPersistence(db, 'board-one', first)
    await seeding.whenLoaded
    first.getMap('m').set('stored', 1)
    await seeding.destroy()

    const doc = new Y.Doc()
    const persistence = new DexieDocPersistence(db, 'board-one', doc)
    // Before the stored state is in: not heard as an update (nothing listens yet), so it must be stored whole.
    doc.getMap('m').set('early', 2)
    await persistence.whenLoaded
    await persistence.destroy()

    const reopened = new Y.Doc()
    await new DexieDocPersistence(db, 'board-one', reopened).whenLoaded
    expect(reopened.getMap('m').toJSON()).toEqual({ stored: 1, early: 2 })
  })

  it('stores what changed while suspended as the whole state, when resume says, or at once on flush', async () => {
    const db = freshDatabase()
    const doc = new Y.Doc()
    const persistence = new DexieDocPersistence(db, 'board-one', doc)
    await persistence.whenLoaded
    const waiting: (() => void)[] = []
    // Nothing changed while suspended: nothing to store.
    persistence.suspend()
    persistence.resume((work) => waiting.push(work))
    expect(waiting).toHaveLength(0)

    persistence.suspend()
    // A first sync from the server, say, which this class does not hear as an update.
    const server = new Y.Doc()
    server.getMap('m').set('from-server', 1)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), 'provider')
    persistence.resume((work) => waiting.push(work))
    expect(waiting).toHaveLength(1)
    doc.getMap('m').set('after', 2)
    // flush does the waiting write at once; the later call finds nothing left to do.
    await persistence.flush()
    waiting[0]!()
    await persistence.destroy()

    const reopened = new Y.Doc()
    await new DexieDocPersistence(db, 'board-one', reopened).whenLoaded
    expect(reopened.getMap('m').toJSON()).toEqual({ 'from-server': 1, after: 2 })
  })

  it('keeps boards apart', async () => {
    const db = freshDatabase()
    const one = new Y.Doc()
    const p1 = new DexieDocPersistence(db, 'board-one', one)
    await p1.whenLoaded
    one.getMap('m').set('k', 'one')
    await p1.flush()
    const two = new Y.Doc()
    const p2 = new DexieDocPersistence(db, 'board-two', two)
    await p2.whenLoaded
    expect(two.getMap('m').get('k')).toBeUndefined()
  })

  it('compacts the update log into one entry with the same state', async () => {
    const db = freshDatabase()
    const doc = new Y.Doc()
    const persistence = new DexieDocPersistence(db, 'board-one', doc, { compactAfter: 20 })
    await persistence.whenLoaded
    for (let i = 0; i < 100; i++) {
      doc.getMap('m').set(`k${i % 7}`, i)
      await persistence.flush()
    }
    const rows = await db.updates.where('boardId').equals('board-one').count()
    expect(rows).toBeLessThanOrEqual(20)
    const reopened = new Y.Doc()
    await new DexieDocPersistence(db, 'board-one', reopened).whenLoaded
    expect(reopened.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON())
  })

  it('never drops what another tab wrote when it compacts', async () => {
    const db = freshDatabase()
    const tabA = new Y.Doc()
    const tabB = new Y.Doc()
    const a = new DexieDocPersistence(db, 'shared', tabA, { compactAfter: 3 })
    const b = new DexieDocPersistence(db, 'shared', tabB, { compactAfter: 1000 })
    await Promise.all([a.whenLoaded, b.whenLoaded])
    tabB.getMap('m').set('from-b', true)
    await b.flush()
    for (let i = 0; i < 10; i++) {
      tabA.getMap('m').set(`a${i}`, i)
      await a.flush()
    }
    const reopened = new Y.Doc()
    await new DexieDocPersistence(db, 'shared', reopened).whenLoaded
    expect(reopened.getMap('m').get('from-b')).toBe(true)
    expect(reopened.getMap('m').get('a9')).toBe(9)
  })

  it('reports a failed write and recovers the whole state with the next one', async () => {
    const db = freshDatabase()
    const doc = new Y.Doc()
    const errors: (string | null)[] = []
    const persistence = new DexieDocPersistence(db, 'board-one', doc, { onError: (message) => errors.push(message) })
    await persistence.whenLoaded
    const realAdd = db.updates.add.bind(db.updates)
    let failNext = true
    db.updates.add = ((...args: Parameters<typeof realAdd>) => {
      if (failNext) {
        failNext = false
        const error = new Error('The quota has been exceeded.')
        error.name = 'QuotaExceededError'
        return Promise.reject(error)
      }
      return realAdd(...args)
    }) as typeof db.updates.add
    doc.getMap('m').set('lost?', 'no')
    await persistence.flush()
    expect(errors).toEqual(['quota-exceeded'])
    doc.getMap('m').set('later', 1)
    await persistence.flush()
    expect(errors.at(-1)).toBeNull()
    const reopened = new Y.Doc()
    await new DexieDocPersistence(db, 'board-one', reopened).whenLoaded
    expect(reopened.getMap('m').toJSON()).toEqual({ 'lost?': 'no', later: 1 })
  })
})
