// The library index on SQLite (LibraryStore.ts), over the adapter's connection. Synchronous like the rest of the
// adapter; every write is one immediate transaction (bump the revision counter, upsert the row).
import type Database from 'better-sqlite3'
import type { BoardId } from '@sammen/journey-model'
import type { DocKey } from '@sammen/protocol'
import type { DocumentHead, LibraryEntryInput, LibraryRow, LibraryRowVersion, LibraryStore } from './LibraryStore'

interface VersionRow {
  board_id: string
  revision: number
  doc_seq: number
  format: number
}

export class SqliteLibraryStore implements LibraryStore {
  private readonly stmt

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      heads: db.prepare<[], { board_id: string; head_seq: number; changed_at: number }>(`
        SELECT board_id, MAX(seq) AS head_seq, MAX(at) AS changed_at FROM (
          SELECT board_id, seq, created_at AS at FROM board_update
          UNION ALL
          SELECT board_id, upto_seq AS seq, updated_at AS at FROM board_snapshot
        ) GROUP BY board_id`),
      nextRevision: db.prepare<[], { revision: number }>('UPDATE library_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision'),
      storedSeq: db.prepare<[string], { doc_seq: number }>('SELECT doc_seq FROM library_board WHERE board_id = ?'),
      upsert: db.prepare<[string, number, number, number, number, string]>(`
        INSERT INTO library_board (board_id, revision, doc_seq, format, indexed_at, entry) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (board_id) DO UPDATE SET revision = excluded.revision, doc_seq = excluded.doc_seq, format = excluded.format,
          indexed_at = excluded.indexed_at, entry = excluded.entry`),
      versions: db.prepare<[], VersionRow>('SELECT board_id, revision, doc_seq, format FROM library_board'),
      entry: db.prepare<[string], VersionRow & { entry: string }>('SELECT board_id, revision, doc_seq, format, entry FROM library_board WHERE board_id = ?'),
      stamp: db.prepare<[], { rows: number; total: number }>('SELECT COUNT(*) AS rows, COALESCE(SUM(revision), 0) AS total FROM library_board'),
      delete: db.prepare<[string]>('DELETE FROM library_board WHERE board_id = ?'),
    }
  }

  async documentHeads(): Promise<DocumentHead[]> {
    return this.stmt.heads.all().map((row) => ({ docKey: row.board_id as DocKey, headSeq: row.head_seq, changedAt: row.changed_at }))
  }

  async putLibraryEntry(boardId: BoardId, input: LibraryEntryInput): Promise<boolean> {
    return this.db.transaction(() => {
      const stored = this.stmt.storedSeq.get(boardId)
      if (stored && stored.doc_seq > input.docSeq) return false
      const revision = this.stmt.nextRevision.get()?.revision
      if (revision === undefined) throw new Error('library_revision has no row')
      this.stmt.upsert.run(boardId, revision, input.docSeq, input.format, Date.now(), input.entry)
      return true
    }).immediate()
  }

  async libraryVersions(): Promise<LibraryRowVersion[]> {
    return this.stmt.versions.all().map(toVersion)
  }

  async libraryEntries(boardIds: readonly BoardId[]): Promise<LibraryRow[]> {
    const rows: LibraryRow[] = []
    for (const boardId of boardIds) {
      const row = this.stmt.entry.get(boardId)
      if (row) rows.push({ ...toVersion(row), entry: row.entry })
    }
    return rows
  }

  async libraryStamp(): Promise<string> {
    const row = this.stmt.stamp.get()
    return `${row?.rows ?? 0}:${row?.total ?? 0}`
  }

  async deleteLibraryEntries(boardIds: readonly BoardId[]): Promise<void> {
    this.db.transaction(() => {
      for (const boardId of boardIds) this.stmt.delete.run(boardId)
    }).immediate()
  }
}

function toVersion(row: VersionRow): LibraryRowVersion {
  return { boardId: row.board_id as BoardId, revision: row.revision, docSeq: row.doc_seq, format: row.format }
}
