import 'fake-indexeddb/auto'
import type { BoardId } from '@sammen/journey-model'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLocalDatabase, LOCAL_SCHEMA_VERSIONS } from '../storage/localDatabase'
import {
  createSnapshotId,
  deleteSnapshot,
  getSnapshot,
  listSnapshots,
  pruneAutoSnapshots,
  SnapshotStorageError,
  takeSnapshot,
} from './localSnapshots'

let counter = 0
const freshName = () => `sammen-snapshots-${Date.now()}-${counter++}`

function docWith(title: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap('meta').set('title', title)
  return doc
}

describe('local snapshots', () => {
  it('creates url-safe ids of 16 characters the server accepts', () => {
    const ids = new Set(Array.from({ length: 200 }, createSnapshotId))
    expect(ids.size).toBe(200)
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/)
  })

  it('takes, lists newest first, gets and deletes snapshots per board', async () => {
    const db = createLocalDatabase(freshName())
    const doc = docWith('Flytte til Oslo')
    const first = await takeSnapshot(db, 'board-a', doc, { name: 'Før workshop', author: 'Kari', kind: 'named', now: 1000 })
    doc.getMap('meta').set('title', 'Etter')
    const second = await takeSnapshot(db, 'board-a', doc, { name: 'Etter', author: 'Ola', kind: 'named', now: 2000 })
    await takeSnapshot(db, 'board-b', doc, { name: 'Other board', author: '', kind: 'named', now: 3000 })

    const listed = await listSnapshots(db, 'board-a')
    expect(listed.map((s) => s.id)).toEqual([second.id, first.id])
    expect(listed[1]).toMatchObject({ name: 'Før workshop', author: 'Kari', kind: 'named', uploadedAt: null })

    const stored = await getSnapshot(db, 'board-a', first.id)
    expect(stored?.size).toBe(stored?.state.byteLength)
    const restored = new Y.Doc()
    Y.applyUpdate(restored, stored!.state)
    expect(restored.getMap('meta').get('title')).toBe('Flytte til Oslo')

    await deleteSnapshot(db, 'board-a', first.id)
    expect(await getSnapshot(db, 'board-a', first.id)).toBeUndefined()
    expect((await listSnapshots(db, 'board-b')).length).toBe(1)
  })

  it('refuses an empty name', async () => {
    const db = createLocalDatabase(freshName())
    await expect(takeSnapshot(db, 'b', new Y.Doc(), { name: '  ', author: '', kind: 'named' })).rejects.toThrow(/name/)
  })

  it('prunes automatic snapshots to the bound and never touches named ones', async () => {
    const db = createLocalDatabase(freshName())
    const doc = docWith('x')
    const named = await takeSnapshot(db, 'b', doc, { name: 'Keep me', author: 'Kari', kind: 'named', now: 1 })
    for (let i = 0; i < 6; i++) {
      await takeSnapshot(db, 'b', doc, { name: `Auto ${i}`, author: '', kind: 'auto', reason: 'interval', now: 10 + i, keepAuto: 3 })
    }
    const listed = await listSnapshots(db, 'b')
    expect(listed.map((s) => s.name)).toEqual(['Auto 5', 'Auto 4', 'Auto 3', 'Keep me'])
    expect(listed[0]?.reason).toBe('interval')
    expect(await pruneAutoSnapshots(db, 'b', 0)).toHaveLength(3)
    expect((await listSnapshots(db, 'b')).map((s) => s.id)).toEqual([named.id])
  })

  it('keeps 20 automatic snapshots by default', async () => {
    const db = createLocalDatabase(freshName())
    const doc = docWith('x')
    for (let i = 0; i < 23; i++) {
      await takeSnapshot(db, 'b', doc, { name: `Auto ${i}`, author: '', kind: 'auto', reason: 'before-restore', now: i })
    }
    expect(await listSnapshots(db, 'b')).toHaveLength(20)
  })

  it('reports a full disk as a clear storage error', async () => {
    const db = createLocalDatabase(freshName())
    db.snapshots.add = (() => {
      const error = new Error('The quota has been exceeded.')
      error.name = 'QuotaExceededError'
      return Promise.reject(error)
    }) as unknown as typeof db.snapshots.add
    const attempt = takeSnapshot(db, 'b', docWith('x'), { name: 'n', author: '', kind: 'named' })
    await expect(attempt).rejects.toBeInstanceOf(SnapshotStorageError)
    await expect(attempt).rejects.toMatchObject({ reason: 'quota-exceeded', message: /no storage space/ })
  })

  it('opens a version 1 database with its data after the upgrade to version 2', async () => {
    const name = freshName()
    // What browsers that ran the first release hold: only version 1 of the schema.
    const old = new Dexie(name)
    old.version(1).stores(LOCAL_SCHEMA_VERSIONS[0]!.stores)
    await old.open()
    await old.table('updates').add({ boardId: 'old-board', update: new Uint8Array([1, 2, 3]) })
    await old.table('boards').put({ boardId: 'old-board', title: 'Gammel', lastEditedAt: 5 })
    old.close()

    const db = createLocalDatabase(name)
    await db.open()
    expect(db.verno).toBe(2)
    expect(await db.updates.where('boardId').equals('old-board').count()).toBe(1)
    expect((await db.boards.get('old-board' as BoardId))?.title).toBe('Gammel')
    await takeSnapshot(db, 'old-board', docWith('x'), { name: 'Ny', author: '', kind: 'named' })
    expect(await listSnapshots(db, 'old-board')).toHaveLength(1)
  })
})
