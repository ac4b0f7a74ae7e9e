// The library index on PostgreSQL (LibraryStore.ts), over the adapter's pool. A write is one statement: the
// revision from a sequence, the upsert guarded so a row read at a later document sequence is never overwritten.
import type pg from 'pg'
import type { BoardId } from '@sammen/journey-model'
import type { DocKey } from '@sammen/protocol'
import type { DocumentHead, LibraryEntryInput, LibraryRow, LibraryRowVersion, LibraryStore } from './LibraryStore'

interface VersionRow {
  board_id: string
  revision: string
  doc_seq: string
  format: number
}

export class PostgresLibraryStore implements LibraryStore {
  constructor(private readonly pool: pg.Pool) {}

  async documentHeads(): Promise<DocumentHead[]> {
    // board_head holds every seq ever handed out; the times come from the log and the snapshot.
    const { rows } = await this.pool.query<{ board_id: string; head_seq: string; changed_at: string | null }>(`
      SELECT board_id, MAX(seq) AS head_seq, (EXTRACT(EPOCH FROM MAX(at)) * 1000)::bigint AS changed_at FROM (
        SELECT board_id, head_seq AS seq, NULL::timestamptz AS at FROM board_head
        UNION ALL
        SELECT board_id, MAX(seq), MAX(created_at) FROM board_update GROUP BY board_id
        UNION ALL
        SELECT board_id, upto_seq, updated_at FROM board_snapshot
      ) AS parts GROUP BY board_id`)
    return rows.map((row) => ({ docKey: row.board_id as DocKey, headSeq: Number(row.head_seq), changedAt: Number(row.changed_at ?? 0) }))
  }

  async putLibraryEntry(boardId: BoardId, input: LibraryEntryInput): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO library_board AS l (board_id, revision, doc_seq, format, entry)
       VALUES ($1, nextval('library_board_revision'), $2, $3, $4)
       ON CONFLICT (board_id) DO UPDATE SET revision = excluded.revision, doc_seq = excluded.doc_seq, format = excluded.format,
         indexed_at = now(), entry = excluded.entry
       WHERE l.doc_seq <= excluded.doc_seq`,
      [boardId, input.docSeq, input.format, input.entry],
    )
    return result.rowCount === 1
  }

  async libraryVersions(): Promise<LibraryRowVersion[]> {
    const { rows } = await this.pool.query<VersionRow>('SELECT board_id, revision, doc_seq, format FROM library_board')
    return rows.map(toVersion)
  }

  async libraryEntries(boardIds: readonly BoardId[]): Promise<LibraryRow[]> {
    if (boardIds.length === 0) return []
    const { rows } = await this.pool.query<VersionRow & { entry: string }>(
      'SELECT board_id, revision, doc_seq, format, entry FROM library_board WHERE board_id = ANY($1::text[])',
      [boardIds],
    )
    return rows.map((row) => ({ ...toVersion(row), entry: row.entry }))
  }

  async libraryStamp(): Promise<string> {
    const { rows } = await this.pool.query<{ rows: string; total: string }>('SELECT COUNT(*) AS rows, COALESCE(SUM(revision), 0) AS total FROM library_board')
    return `${rows[0]?.rows ?? 0}:${rows[0]?.total ?? 0}`
  }

  async deleteLibraryEntries(boardIds: readonly BoardId[]): Promise<void> {
    if (boardIds.length === 0) return
    await this.pool.query('DELETE FROM library_board WHERE board_id = ANY($1::text[])', [boardIds])
  }
}

function toVersion(row: VersionRow): LibraryRowVersion {
  return { boardId: row.board_id as BoardId, revision: Number(row.revision), docSeq: Number(row.doc_seq), format: row.format }
}
