// What holds across the narrow stores of one ServerStorage: each keeps to its own data, and the lifecycle that
// /readyz and shutdown use. Every server adapter runs it next to the per-interface suites.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { harnessSession, sameBytes, type StoreHarness } from '@sammen/doc-log/testing'
import type { BoardId } from '@sammen/journey-model'
import type { ServerStorage } from '../../src/storage/ServerStorage'
import { docState, snapshotInput } from './snapshotStoreSuite'

const BOARD = 'suite-apart-board' as BoardId

export function runServerStorageSuite(name: string, makeHarness: () => StoreHarness<ServerStorage>): void {
  describe(`ServerStorage: ${name}`, () => {
    const session = harnessSession(makeHarness)

    it('keeps named snapshots out of the document log, and compaction leaves them alone', async () => {
      const storage = await session.create()
      const version = snapshotInput({ state: docState({ title: 'Version' }) })
      await storage.putSnapshot(BOARD, version)
      const seq = await storage.appendUpdate(BOARD, docState({ live: 'doc' }))

      const loaded = await storage.loadDocument(BOARD)
      expect(loaded?.state).toBeNull()
      expect(loaded?.updates).toHaveLength(1)
      const doc = new Y.Doc()
      Y.applyUpdate(doc, loaded!.updates[0]!)
      await storage.compact(BOARD, Y.encodeStateAsUpdate(doc), seq)

      const again = await session.reopen(storage)
      const kept = await again.getSnapshot(BOARD, version.id)
      expect(sameBytes(kept?.state, version.state)).toBe(true)
      expect((await again.listSnapshots(BOARD)).map((s) => s.id)).toEqual([version.id])
      expect(await again.listDocuments()).toEqual([BOARD])
    })

    it('answers a ping while open, and may be closed twice', async () => {
      const storage = await session.create()
      await storage.ping()
      await storage.close()
      await expect(storage.close()).resolves.toBeUndefined()
    })
  })
}
