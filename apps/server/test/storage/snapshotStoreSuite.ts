// The conformance suite of SnapshotStore (src/storage/SnapshotStore.ts): every server adapter runs it from its own
// test file, so the versions API behaves the same on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { harnessSession, sameBytes, type StoreHarness } from '@sammen/doc-log/testing'
import type { BoardId } from '@sammen/journey-model'
import type { SnapshotInput, SnapshotStore } from '../../src/storage/SnapshotStore'

const BOARD = 'suite-snap-board-1' as BoardId
const OTHER = 'suite-snap-board-2' as BoardId

export function docState(entries: Record<string, string>): Uint8Array {
  const doc = new Y.Doc()
  for (const [key, value] of Object.entries(entries)) doc.getMap('m').set(key, value)
  return Y.encodeStateAsUpdate(doc)
}

export function snapshotInput(overrides: Partial<SnapshotInput> = {}): SnapshotInput {
  return {
    id: 'snap-0001',
    name: 'Before the workshop',
    author: 'Kari',
    createdAt: 1_760_000_000_000,
    kind: 'named',
    state: docState({ title: 'Journey' }),
    ...overrides,
  }
}

export function runSnapshotStoreSuite(name: string, makeHarness: () => StoreHarness<SnapshotStore>): void {
  describe(`SnapshotStore: ${name}`, () => {
    const session = harnessSession(makeHarness)

    it('has none for a fresh board', async () => {
      const storage = await session.create()
      expect(await storage.listSnapshots(BOARD)).toEqual([])
      expect(await storage.getSnapshot(BOARD, 'snap-0001')).toBeNull()
      expect(await storage.deleteSnapshot(BOARD, 'snap-0001')).toBe(false)
    })

    it('stores a snapshot and gives it back with metadata, newest first, per board', async () => {
      const storage = await session.create()
      const older = snapshotInput({ id: 'snap-older', createdAt: 1000, kind: 'auto', author: '' })
      const newer = snapshotInput({ id: 'snap-newer', createdAt: 2000, name: 'After' })
      expect(await storage.putSnapshot(BOARD, older)).toBe('created')
      expect(await storage.putSnapshot(BOARD, newer)).toBe('created')
      expect(await storage.putSnapshot(OTHER, snapshotInput({ id: 'snap-other' }))).toBe('created')

      const listed = await storage.listSnapshots(BOARD)
      expect(listed).toEqual([
        { id: 'snap-newer', name: 'After', author: 'Kari', createdAt: 2000, kind: 'named', size: newer.state.byteLength },
        { id: 'snap-older', name: 'Before the workshop', author: '', createdAt: 1000, kind: 'auto', size: older.state.byteLength },
      ])
      const fetched = await storage.getSnapshot(BOARD, 'snap-older')
      expect(fetched).toMatchObject({ id: 'snap-older', kind: 'auto', createdAt: 1000, size: older.state.byteLength })
      expect(sameBytes(fetched?.state, older.state)).toBe(true)
      const doc = new Y.Doc()
      Y.applyUpdate(doc, fetched!.state)
      expect(doc.getMap('m').get('title')).toBe('Journey')
      // Ids are scoped to their board.
      expect(await storage.getSnapshot(OTHER, 'snap-older')).toBeNull()
      expect((await storage.listSnapshots(OTHER)).map((s) => s.id)).toEqual(['snap-other'])
    })

    it('orders snapshots taken at the same moment by id, descending', async () => {
      const storage = await session.create()
      for (const id of ['snap-bbbb', 'snap-cccc', 'snap-aaaa']) {
        await storage.putSnapshot(BOARD, snapshotInput({ id, createdAt: 5000 }))
      }
      expect((await storage.listSnapshots(BOARD)).map((s) => s.id)).toEqual(['snap-cccc', 'snap-bbbb', 'snap-aaaa'])
    })

    it('treats a repeated upload as a no-op and a different one under the same id as a conflict', async () => {
      const storage = await session.create()
      const original = snapshotInput()
      expect(await storage.putSnapshot(BOARD, original)).toBe('created')
      // A client retrying after a reconnect sends equal content in a new buffer.
      expect(await storage.putSnapshot(BOARD, { ...original, state: original.state.slice() })).toBe('unchanged')
      expect(await storage.putSnapshot(BOARD, { ...original, state: docState({ title: 'Other' }) })).toBe('conflict')
      expect(await storage.putSnapshot(BOARD, { ...original, name: 'Renamed' })).toBe('conflict')
      expect(await storage.putSnapshot(BOARD, { ...original, author: 'Ola' })).toBe('conflict')
      expect(await storage.putSnapshot(BOARD, { ...original, createdAt: original.createdAt + 1 })).toBe('conflict')
      expect(await storage.putSnapshot(BOARD, { ...original, kind: 'auto' })).toBe('conflict')
      expect(await storage.putSnapshot(OTHER, original)).toBe('created')

      const stored = await storage.getSnapshot(BOARD, original.id)
      expect(stored?.name).toBe(original.name)
      expect(sameBytes(stored?.state, original.state)).toBe(true)
      expect(await storage.listSnapshots(BOARD)).toHaveLength(1)
    })

    it('deletes a snapshot, after which its id is free again', async () => {
      const storage = await session.create()
      await storage.putSnapshot(BOARD, snapshotInput())
      await storage.putSnapshot(BOARD, snapshotInput({ id: 'snap-0002' }))
      expect(await storage.deleteSnapshot(BOARD, 'snap-0001')).toBe(true)
      expect(await storage.deleteSnapshot(BOARD, 'snap-0001')).toBe(false)
      expect(await storage.getSnapshot(BOARD, 'snap-0001')).toBeNull()
      expect((await storage.listSnapshots(BOARD)).map((s) => s.id)).toEqual(['snap-0002'])
      expect(await storage.putSnapshot(BOARD, snapshotInput({ name: 'Reused id' }))).toBe('created')
    })

    it('keeps snapshots byte for byte across a reopen', async () => {
      const storage = await session.create()
      const bytes = new Uint8Array(512 * 1024)
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 13 + 5) & 0xff
      // A view into a larger buffer: adapters must honour byteOffset/byteLength.
      const padded = new Uint8Array(bytes.length + 32)
      padded.set(bytes, 16)
      expect(await storage.putSnapshot(BOARD, snapshotInput({ state: padded.subarray(16, 16 + bytes.length) }))).toBe('created')

      const again = await session.reopen(storage)
      const stored = await again.getSnapshot(BOARD, 'snap-0001')
      expect(stored?.size).toBe(bytes.byteLength)
      expect(sameBytes(stored?.state, bytes)).toBe(true)
      expect(await again.putSnapshot(BOARD, snapshotInput({ state: bytes }))).toBe('unchanged')
    })
  })
}
