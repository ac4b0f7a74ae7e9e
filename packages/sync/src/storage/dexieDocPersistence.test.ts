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
