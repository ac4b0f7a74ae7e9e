// The conformance suite of LibraryStore (src/storage/LibraryStore.ts): every server adapter runs it, so the board
// index behaves the same on SQLite and PostgreSQL: heads of the documents, entries guarded by the document
// sequence they were read at, revisions that only grow, and a change marker every instance agrees on.
import { describe, expect, it } from 'vitest'
import { harnessSession, type StoreHarness } from '@sammen/doc-log/testing'
import type { BoardId } from '@sammen/journey-model'
import { docKey } from '@sammen/protocol'
import type { LibraryStore } from '../../src/storage/LibraryStore'
import type { ServerDocumentLog } from '../../src/storage/ServerStorage'
import { docState } from './snapshotStoreSuite'

type Store = ServerDocumentLog & LibraryStore
const BOARD_A = 'suite-library-a' as BoardId
const BOARD_B = 'suite-library-b' as BoardId

export function runLibraryStoreSuite(name: string, makeHarness: () => StoreHarness<Store>): void {
  describe(`LibraryStore: ${name}`, () => {
    const session = harnessSession(makeHarness)

    it('lists every document’s head sequence and last change, also after compaction', async () => {
      const storage = await session.create()
      expect(await storage.documentHeads()).toEqual([])
      const before = Date.now()
      await storage.appendUpdate(BOARD_A, docState({ a: '1' }))
      const seq = await storage.appendUpdate(BOARD_A, docState({ a: '2' }))
      await storage.appendUpdate(docKey(BOARD_B, 'annotations'), docState({ b: '1' }))
      const heads = new Map((await storage.documentHeads()).map((head) => [head.docKey as string, head]))
      expect([...heads.keys()].sort()).toEqual([BOARD_A, `${BOARD_B}:annotations`])
      expect(heads.get(BOARD_A)!.headSeq).toBe(seq)
      expect(heads.get(BOARD_A)!.changedAt).toBeGreaterThanOrEqual(before - 1000)
      expect(heads.get(BOARD_A)!.changedAt).toBeLessThanOrEqual(Date.now() + 1000)

      await storage.compact(BOARD_A, docState({ a: '2' }), seq)
      const compacted = (await storage.documentHeads()).find((head) => head.docKey === BOARD_A)
      expect(compacted?.headSeq).toBe(seq)
      expect(compacted?.changedAt).toBeGreaterThanOrEqual(before - 1000)
    })

    it('stores entries with growing revisions and reads them back by board, across a reopen', async () => {
      const storage = await session.create()
      expect(await storage.putLibraryEntry(BOARD_A, { docSeq: 3, format: 1, entry: '{"a":1}' })).toBe(true)
      expect(await storage.putLibraryEntry(BOARD_B, { docSeq: 7, format: 1, entry: '{"b":1}' })).toBe(true)
      const first = await storage.libraryVersions()
      expect(first.map(({ boardId, docSeq, format }) => ({ boardId, docSeq, format })).sort((x, y) => x.boardId.localeCompare(y.boardId))).toEqual([
        { boardId: BOARD_A, docSeq: 3, format: 1 },
        { boardId: BOARD_B, docSeq: 7, format: 1 },
      ])
      const revisionOf = (versions: typeof first, boardId: BoardId) => versions.find((version) => version.boardId === boardId)!.revision
      expect(revisionOf(first, BOARD_B)).toBeGreaterThan(revisionOf(first, BOARD_A))

      expect(await storage.putLibraryEntry(BOARD_A, { docSeq: 4, format: 1, entry: '{"a":2}' })).toBe(true)
      const again = await session.reopen(storage)
      const second = await again.libraryVersions()
      expect(revisionOf(second, BOARD_A)).toBeGreaterThan(revisionOf(first, BOARD_B))
      const rows = await again.libraryEntries([BOARD_A, 'suite-library-none' as BoardId])
      expect(rows).toEqual([{ boardId: BOARD_A, revision: revisionOf(second, BOARD_A), docSeq: 4, format: 1, entry: '{"a":2}' }])
      expect(await again.libraryEntries([])).toEqual([])
    })

    it('never overwrites an entry read at a later document sequence; the same sequence may be rewritten', async () => {
      const storage = await session.create()
      await storage.putLibraryEntry(BOARD_A, { docSeq: 10, format: 1, entry: '"newer"' })
      expect(await storage.putLibraryEntry(BOARD_A, { docSeq: 9, format: 1, entry: '"older"' })).toBe(false)
      expect((await storage.libraryEntries([BOARD_A]))[0]?.entry).toBe('"newer"')
      expect(await storage.putLibraryEntry(BOARD_A, { docSeq: 10, format: 2, entry: '"reformatted"' })).toBe(true)
      expect((await storage.libraryEntries([BOARD_A]))[0]).toMatchObject({ format: 2, entry: '"reformatted"' })
    })

    it('changes its stamp with every write and delete, the same for every instance', async () => {
      const one = await session.create()
      const two = await session.another(one)
      const empty = await one.libraryStamp()
      expect(await one.libraryStamp()).toBe(empty)
      await one.putLibraryEntry(BOARD_A, { docSeq: 1, format: 1, entry: '1' })
      const afterA = await two.libraryStamp()
      expect(afterA).not.toBe(empty)
      expect(await one.libraryStamp()).toBe(afterA)
      await two.putLibraryEntry(BOARD_A, { docSeq: 1, format: 1, entry: '2' })
      const rewritten = await one.libraryStamp()
      expect(rewritten).not.toBe(afterA)
      // A delete and a new row leave the row count as it was; the stamp still moves.
      await one.deleteLibraryEntries([BOARD_A])
      await one.putLibraryEntry(BOARD_B, { docSeq: 1, format: 1, entry: '3' })
      expect(await two.libraryStamp()).not.toBe(rewritten)
      expect((await two.libraryVersions()).map((version) => version.boardId)).toEqual([BOARD_B])
      await two.deleteLibraryEntries([BOARD_A, BOARD_B])
      expect(await one.libraryVersions()).toEqual([])
    })

    it('hands out distinct revisions to writes from two instances at once', async () => {
      const one = await session.create()
      const two = await session.another(one)
      const boards = Array.from({ length: 10 }, (_, i) => `suite-library-${i}` as BoardId)
      await Promise.all(boards.map((boardId, i) => (i % 2 === 0 ? one : two).putLibraryEntry(boardId, { docSeq: i, format: 1, entry: String(i) })))
      const revisions = (await one.libraryVersions()).map((version) => version.revision)
      expect(revisions).toHaveLength(10)
      expect(new Set(revisions).size).toBe(10)
    })
  })
}
