import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BoardId } from '@sammen/journey-model'
import { sammenBoardSchema } from '@sammen/journey-shapes'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../log'
import { SqliteStorage } from '../storage/SqliteStorage'
import type { LibraryEntryInput } from '../storage/LibraryStore'
import { LibraryIndexer } from './libraryIndexer'
import { LIBRARY_ENTRY_FORMAT } from './storedEntry'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

/** A SQLite store that records every entry the indexer writes. */
function store(): { storage: SqliteStorage; writes: Array<{ boardId: string; at: number; input: LibraryEntryInput }> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-library-indexer-'))
  dirs.push(dir)
  const storage = new SqliteStorage(dir)
  const writes: Array<{ boardId: string; at: number; input: LibraryEntryInput }> = []
  const put = storage.putLibraryEntry.bind(storage)
  storage.putLibraryEntry = async (boardId, input) => {
    writes.push({ boardId, at: Date.now(), input })
    return put(boardId, input)
  }
  return { storage, writes }
}

const docs = new Map<string, Y.Doc>()

/** Stores a board with this title; a board stored before is changed (one more update in its log). */
async function storeBoard(storage: SqliteStorage, boardId: string, title: string): Promise<number> {
  const known = docs.get(`${storage.file}/${boardId}`)
  const doc = known ?? new Y.Doc()
  docs.set(`${storage.file}/${boardId}`, doc)
  const updates: Uint8Array[] = []
  const record = (update: Uint8Array) => updates.push(update)
  doc.on('update', record)
  doc.transact(() => {
    if (!known) {
      doc.getMap('meta').set('schema', sammenBoardSchema.serialize())
      // The tldraw document record every board has, as its field log.
      const fields = new Y.Array<{ k: string; v: unknown }>()
      fields.push([
        { k: 'id', v: 'document:document' },
        { k: 'typeName', v: 'document' },
        { k: 'gridSize', v: 10 },
        { k: 'name', v: '' },
        { k: 'meta', v: {} },
      ])
      doc.getMap('records').set('document:document', fields)
    }
    doc.getMap('meta').set('title', title)
  })
  doc.off('update', record)
  return storage.appendUpdate(boardId as BoardId, updates[0]!)
}

const quiet = createLogger({ level: 'error' })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('LibraryIndexer', () => {
  it('reads a board once, a quiet time after its last change', async () => {
    const { storage, writes } = store()
    await storeBoard(storage, 'board-one', 'En')
    const indexer = new LibraryIndexer({ storage, log: quiet, debounceMs: 100, maxWaitMs: 400, reconcileMs: 0 })
    const changed = Date.now()
    indexer.boardChanged('board-one' as BoardId)
    await sleep(50)
    indexer.boardChanged('board-one' as BoardId)
    await sleep(400)
    expect(writes.map((write) => write.boardId)).toEqual(['board-one'])
    expect(writes[0]!.at - changed).toBeGreaterThanOrEqual(140)
    expect(JSON.parse(writes[0]!.input.entry).board).toMatchObject({ boardId: 'board-one', title: 'En' })
    await indexer.close()
    await storage.close()
  })

  it('reads a board that keeps changing at most once per maxWait, and still reads it while it changes', async () => {
    const { storage, writes } = store()
    await storeBoard(storage, 'board-busy', 'Travel')
    const indexer = new LibraryIndexer({ storage, log: quiet, debounceMs: 100, maxWaitMs: 300, reconcileMs: 0 })
    const started = Date.now()
    while (Date.now() - started < 1300) {
      indexer.boardChanged('board-busy' as BoardId)
      await sleep(30)
    }
    await sleep(500)
    // Changes every 30 ms for 1.3 s: read about every 300 ms while they go on (so at most 5 times), and once after;
    // a debounce alone would read only after the changes stopped.
    expect(writes.length).toBeGreaterThanOrEqual(2)
    expect(writes.length).toBeLessThanOrEqual(6)
    expect(writes[0]!.at).toBeLessThan(started + 1300)
    await indexer.close()
    await storage.close()
  })

  it('reconciles what it lacks, what moved on and what has an older format; rebuilds all and drops orphans', async () => {
    const { storage, writes } = store()
    await storeBoard(storage, 'board-aaa', 'A')
    await storeBoard(storage, 'board-bbb', 'B')
    await storeBoard(storage, 'board-ccc', 'C')
    await storage.appendUpdate('board-aaa:annotations' as BoardId, new Uint8Array([0, 0]))
    const indexer = new LibraryIndexer({ storage, log: quiet, reconcileMs: 0 })
    expect(await indexer.reconcile()).toBe(3)
    expect(await indexer.reconcile()).toBe(0)
    // B changed after it was read; C's entry is of an older format.
    await storeBoard(storage, 'board-bbb', 'B2')
    await storage.putLibraryEntry('board-ccc' as BoardId, { docSeq: 1, format: LIBRARY_ENTRY_FORMAT - 1, entry: '{}' })
    writes.length = 0
    expect(await indexer.reconcile()).toBe(2)
    expect(writes.map((write) => write.boardId).sort()).toEqual(['board-bbb', 'board-ccc'])
    expect(JSON.parse(writes.find((write) => write.boardId === 'board-bbb')!.input.entry).board.title).toBe('B2')

    await storage.putLibraryEntry('board-gone' as BoardId, { docSeq: 1, format: LIBRARY_ENTRY_FORMAT, entry: '{}' })
    expect(await indexer.rebuild()).toBe(3)
    expect((await storage.libraryVersions()).map((version) => version.boardId).sort()).toEqual(['board-aaa', 'board-bbb', 'board-ccc'])
    await indexer.close()
    await storage.close()
  })

  it('skips a board that fails to read until its document changes, and keeps going', async () => {
    const { storage, writes } = store()
    // A title longer than any the server takes (200 characters; stored before that rule, or by another tool) names
    // the journey of a board without a life event, and is longer than a journey's name may be: no valid entry.
    await storeBoard(storage, 'board-bad', 'x'.repeat(2000))
    await storeBoard(storage, 'board-good', 'God')
    const indexer = new LibraryIndexer({ storage, log: quiet, reconcileMs: 0 })
    expect(await indexer.reconcile()).toBe(1)
    expect(writes.map((write) => write.boardId)).toEqual(['board-good'])
    // Not tried again while its document stays the same.
    expect(await indexer.reconcile()).toBe(0)
    expect(await indexer.index('board-bad' as BoardId)).toBe(false)
    await storeBoard(storage, 'board-bad', 'Kortere tittel')
    expect(await indexer.reconcile()).toBe(1)
    expect(JSON.parse(writes.at(-1)!.input.entry).board).toMatchObject({ boardId: 'board-bad', title: 'Kortere tittel' })
    await indexer.close()
    await storage.close()
  })
})
