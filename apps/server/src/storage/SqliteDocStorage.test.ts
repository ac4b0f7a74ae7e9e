import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { BoardId } from '@sammen/journey-model'
import { runDocStorageSuite } from './docStorageSuite'
import { migrate, migrations } from './migrations'
import { SqliteDocStorage, SQLITE_FILE_NAME } from './SqliteDocStorage'
import Database from 'better-sqlite3'

const tempDirs: string[] = []
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-storage-'))
  tempDirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true })
})

runDocStorageSuite('sqlite', () => {
  const dir = tempDir()
  return {
    create: async () => new SqliteDocStorage(dir),
    reopen: async () => new SqliteDocStorage(dir),
  }
})

describe('SqliteDocStorage specifics', () => {
  it('uses WAL mode and the latest schema version', async () => {
    const dir = tempDir()
    const storage = new SqliteDocStorage(dir)
    await storage.appendUpdate('board-wal' as BoardId, new Uint8Array([0, 0]))
    await storage.close()
    const db = new Database(path.join(dir, SQLITE_FILE_NAME), { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version)
    db.close()
  })

  it('an appended update is committed before appendUpdate returns', () => {
    const dir = tempDir()
    const storage = new SqliteDocStorage(dir)
    storage.appendUpdateSync('board-sync' as BoardId, new Uint8Array([1, 2, 3]))
    // A second, independent connection sees the row while the first is still open: it is committed.
    const other = new SqliteDocStorage(dir)
    expect(other.loadBoardSync('board-sync' as BoardId)?.updates).toEqual([new Uint8Array([1, 2, 3])])
    void other.close()
    void storage.close()
  })

  it('refuses a database from a newer server', () => {
    const db = new Database(':memory:')
    db.pragma('user_version = 99')
    expect(() => migrate(db)).toThrow(/newer than this server supports/)
    db.close()
  })
})
