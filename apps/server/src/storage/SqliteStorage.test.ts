// Holds the SQLite adapter to every storage conformance suite (the document log shared with the browser, and the
// server's snapshot, role, client-id, vote and library stores), each test on a directory of its own.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { runDocumentLogSuite, type StoreHarness } from '@sammen/doc-log/testing'
import type { BoardId } from '@sammen/journey-model'
import { runClientOwnerStoreSuite } from '../../test/storage/clientOwnerStoreSuite'
import { runLibraryStoreSuite } from '../../test/storage/libraryStoreSuite'
import { runRoleGenerationSuite } from '../../test/storage/roleGenerationSuite'
import { runServerStorageSuite } from '../../test/storage/serverStorageSuite'
import { runSnapshotStoreSuite } from '../../test/storage/snapshotStoreSuite'
import { runVoteStoreSuite } from '../../test/storage/voteStoreSuite'
import { migrate, migrations } from './migrations'
import { SQLITE_FILE_NAME, SqliteStorage } from './SqliteStorage'

const tempDirs: string[] = []
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-storage-'))
  tempDirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true })
})

function sqliteHarness(): StoreHarness<SqliteStorage> {
  const dir = tempDir()
  return {
    open: async () => new SqliteStorage(dir),
    close: (storage) => storage.close(),
  }
}

runDocumentLogSuite('sqlite', sqliteHarness)
runSnapshotStoreSuite('sqlite', sqliteHarness)
runRoleGenerationSuite('sqlite', sqliteHarness)
runClientOwnerStoreSuite('sqlite', sqliteHarness)
runVoteStoreSuite('sqlite', sqliteHarness)
runLibraryStoreSuite('sqlite', sqliteHarness)
runServerStorageSuite('sqlite', sqliteHarness)

describe('SqliteStorage specifics', () => {
  it('uses WAL mode and the latest schema version', async () => {
    const dir = tempDir()
    const storage = new SqliteStorage(dir)
    await storage.appendUpdate('board-wal' as BoardId, new Uint8Array([0, 0]))
    await storage.close()
    const db = new Database(path.join(dir, SQLITE_FILE_NAME), { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version)
    db.close()
  })

  it('an appended update is committed before appendUpdate returns', () => {
    const dir = tempDir()
    const storage = new SqliteStorage(dir)
    storage.appendUpdateSync('board-sync' as BoardId, new Uint8Array([1, 2, 3]))
    // A second, independent connection sees the row while the first is still open: it is committed.
    const other = new SqliteStorage(dir)
    expect(other.loadDocumentSync('board-sync' as BoardId)?.updates).toEqual([new Uint8Array([1, 2, 3])])
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
