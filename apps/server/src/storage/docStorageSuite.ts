// A backend-independent test suite for DocStorage. Every adapter (SQLite today, PostgreSQL later)
// calls runDocStorageSuite from its own *.test.ts so they are held to the same behaviour.
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { BoardId } from '@sammen/journey-model'
import type { ServerStorage, StoredBoard } from './DocStorage'
import { runOwnerAndVoteCases } from './ownerAndVoteSuite'
import { runSnapshotCases } from './snapshotSuite'

export interface StorageFactory {
  /** A fresh, empty store. */
  create(): Promise<ServerStorage>
  /** Open the same underlying data again (after `close`), to prove persistence. */
  reopen(): Promise<ServerStorage>
}

const BOARD = 'suite-board-1' as BoardId
const OTHER = 'suite-board-2' as BoardId

/** Applies a loaded board to a fresh doc, the same way the server does. */
export function docFrom(stored: StoredBoard | null): Y.Doc {
  const doc = new Y.Doc()
  for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update)
  return doc
}

/** Records every update a doc emits so the test can append them like the server would. */
function recordingDoc(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  return { doc, updates }
}

export function runDocStorageSuite(name: string, makeStorage: () => StorageFactory): void {
  describe(`DocStorage: ${name}`, () => {
    let factory: StorageFactory
    const open: ServerStorage[] = []

    const create = async () => {
      factory = makeStorage()
      const storage = await factory.create()
      open.push(storage)
      return storage
    }
    const reopen = async () => {
      const storage = await factory.reopen()
      open.push(storage)
      return storage
    }

    afterEach(async () => {
      for (const storage of open.splice(0)) await storage.close()
    })

    it('returns null for a board that was never written', async () => {
      const storage = await create()
      expect(await storage.loadBoard(BOARD)).toBeNull()
      expect(await storage.listBoards()).toEqual([])
    })

    it('appends updates with increasing seqs and loads them back in order', async () => {
      const storage = await create()
      const { doc, updates } = recordingDoc()
      doc.getMap('m').set('a', 1)
      doc.getArray<string>('list').push(['x', 'y'])
      doc.getMap('m').set('b', 'two')

      const seqs: number[] = []
      for (const update of updates) seqs.push(await storage.appendUpdate(BOARD, update))
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
      expect(new Set(seqs).size).toBe(seqs.length)

      const stored = await storage.loadBoard(BOARD)
      expect(stored?.updates).toHaveLength(updates.length)
      expect(stored?.updates.map((u) => Array.from(u))).toEqual(updates.map((u) => Array.from(u)))
      expect(stored?.headSeq).toBe(seqs.at(-1))
      expect(stored?.pendingUpdates).toBe(updates.length)
      expect(docFrom(stored).getMap('m').toJSON()).toEqual({ a: 1, b: 'two' })
      expect(await storage.listBoards()).toEqual([BOARD])
    })

    it('keeps boards apart', async () => {
      const storage = await create()
      const a = recordingDoc()
      const b = recordingDoc()
      a.doc.getMap('m').set('who', 'a')
      b.doc.getMap('m').set('who', 'b')
      for (const u of a.updates) await storage.appendUpdate(BOARD, u)
      for (const u of b.updates) await storage.appendUpdate(OTHER, u)
      expect(docFrom(await storage.loadBoard(BOARD)).getMap('m').get('who')).toBe('a')
      expect(docFrom(await storage.loadBoard(OTHER)).getMap('m').get('who')).toBe('b')
      expect((await storage.listBoards()).sort()).toEqual([BOARD, OTHER].sort())
    })

    it('compaction folds the log into one snapshot and keeps the state identical', async () => {
      const storage = await create()
      const { doc, updates } = recordingDoc()
      const list = doc.getArray<number>('list')
      for (let i = 0; i < 50; i++) list.push([i])
      list.delete(10, 5)
      doc.getMap('meta').set('title', 'Journey')
      for (const u of updates) await storage.appendUpdate(BOARD, u)

      const before = await storage.loadBoard(BOARD)
      const merged = docFrom(before)
      await storage.compact(BOARD, Y.encodeStateAsUpdate(merged), before!.headSeq)

      const after = await storage.loadBoard(BOARD)
      expect(after?.updates).toHaveLength(1)
      expect(after?.pendingUpdates).toBe(0)
      expect(after?.headSeq).toBe(before?.headSeq)
      const restored = docFrom(after)
      expect(restored.getArray('list').toJSON()).toEqual(doc.getArray('list').toJSON())
      expect(restored.getMap('meta').toJSON()).toEqual({ title: 'Journey' })
      // Same state vector means no update was lost or invented, not just equal JSON.
      expect(Y.encodeStateVector(restored)).toEqual(Y.encodeStateVector(doc))
    })

    it('keeps appending after a compaction, with seqs that never go back', async () => {
      const storage = await create()
      const { doc, updates } = recordingDoc()
      doc.getMap('m').set('n', 1)
      const firstSeq = await storage.appendUpdate(BOARD, updates[0]!)
      await storage.compact(BOARD, Y.encodeStateAsUpdate(doc), firstSeq)

      doc.getMap('m').set('n', 2)
      const secondSeq = await storage.appendUpdate(BOARD, updates[1]!)
      expect(secondSeq).toBeGreaterThan(firstSeq)

      const stored = await storage.loadBoard(BOARD)
      expect(stored?.updates).toHaveLength(2)
      expect(stored?.pendingUpdates).toBe(1)
      expect(docFrom(stored).getMap('m').get('n')).toBe(2)
    })

    it('a compaction only deletes what its snapshot covers, and ignores stale calls', async () => {
      const storage = await create()
      const { doc, updates } = recordingDoc()
      doc.getMap('m').set('k', 'first')
      const seq1 = await storage.appendUpdate(BOARD, updates[0]!)
      const stateAtSeq1 = Y.encodeStateAsUpdate(doc)
      doc.getMap('m').set('k', 'second')
      const seq2 = await storage.appendUpdate(BOARD, updates[1]!)

      // Snapshot taken before seq2 arrived: seq2 must survive.
      await storage.compact(BOARD, stateAtSeq1, seq1)
      expect(docFrom(await storage.loadBoard(BOARD)).getMap('m').get('k')).toBe('second')

      await storage.compact(BOARD, Y.encodeStateAsUpdate(doc), seq2)
      // A late compaction carrying an older state must not overwrite the newer snapshot.
      await storage.compact(BOARD, stateAtSeq1, seq1)
      const stored = await storage.loadBoard(BOARD)
      expect(stored?.updates).toHaveLength(1)
      expect(docFrom(stored).getMap('m').get('k')).toBe('second')
    })

    it('reopening keeps snapshots, pending updates and seq numbering', async () => {
      const storage = await create()
      const { doc, updates } = recordingDoc()
      doc.getMap('m').set('a', 1)
      doc.getMap('m').set('b', 2)
      await storage.appendUpdate(BOARD, updates[0]!)
      const seq = await storage.appendUpdate(BOARD, updates[1]!)
      await storage.compact(BOARD, Y.encodeStateAsUpdate(doc), seq)
      doc.getMap('m').set('c', 3)
      await storage.appendUpdate(BOARD, updates[2]!)
      await storage.close()

      const again = await reopen()
      const stored = await again.loadBoard(BOARD)
      expect(stored?.pendingUpdates).toBe(1)
      expect(docFrom(stored).getMap('m').toJSON()).toEqual({ a: 1, b: 2, c: 3 })
      expect(await again.appendUpdate(BOARD, updates[2]!)).toBeGreaterThan(stored!.headSeq)
      expect(await again.listBoards()).toEqual([BOARD])
    })

    it('stores binary data byte for byte', async () => {
      const storage = await create()
      const bytes = new Uint8Array(256 * 1024)
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) & 0xff
      // A view into a larger buffer: adapters must honour byteOffset/byteLength.
      const padded = new Uint8Array(bytes.length + 16)
      padded.set(bytes, 8)
      await storage.appendUpdate(BOARD, padded.subarray(8, 8 + bytes.length))
      const stored = await storage.loadBoard(BOARD)
      const loaded = stored?.updates[0]
      expect(loaded?.byteLength).toBe(bytes.byteLength)
      // Buffer.equals instead of toEqual: element-wise diffing of 256 KiB is needlessly slow.
      expect(Buffer.from(loaded!).equals(Buffer.from(bytes))).toBe(true)
    })

    it('counts role generations per board and role, durably', async () => {
      const storage = await create()
      expect(await storage.roleGeneration(BOARD, 'viewer')).toBe(0)
      expect(await storage.bumpRoleGeneration(BOARD, 'viewer')).toBe(1)
      // Concurrent revocations must both count (no lost update).
      const both = await Promise.all([storage.bumpRoleGeneration(BOARD, 'viewer'), storage.bumpRoleGeneration(BOARD, 'viewer')])
      expect(both.sort()).toEqual([2, 3])
      expect(await storage.roleGeneration(BOARD, 'viewer')).toBe(3)
      expect(await storage.roleGeneration(BOARD, 'editor')).toBe(0)
      expect(await storage.roleGeneration(OTHER, 'viewer')).toBe(0)
      await storage.close()
      const again = await reopen()
      expect(await again.roleGeneration(BOARD, 'viewer')).toBe(3)
    })

    runSnapshotCases(create, async (previous) => {
      await previous.close()
      return reopen()
    })

    runOwnerAndVoteCases(create, async (previous) => {
      await previous.close()
      return reopen()
    })
  })
}
