// PostgreSQL implementation of every server store (ServerStorage.ts), for several server instances on one shared
// database.
// Driver: `pg` (node-postgres), the standard, actively maintained PostgreSQL client for Node; its Pool
// gives us connection reuse and per-connection settings (search_path) without extra dependencies.
//
// Same semantics as the SQLite adapter: an append-only update log plus a lazily written snapshot, seq
// strictly increasing per board and never reused. Concurrency is row-level only: an append locks its
// board's `board_head` row for one statement; a compaction takes a per-board advisory lock (so two
// compactions of one board run one after the other) and never touches `board_head`, so appends go on
// while a compaction runs.
import pg from 'pg'
import type { StoredDocument } from '@sammen/doc-log'
import type { BoardId } from '@sammen/journey-model'
import type { DocKey } from '@sammen/protocol'
import type { Logger } from '../log'
import type { DocumentHead, LibraryEntryInput, LibraryRow, LibraryRowVersion } from './LibraryStore'
import { mergeStatesInTurns } from './mergeStates'
import { migratePg } from './pgMigrations'
import { PostgresLibraryStore } from './postgresLibrary'
import type { ServerStorage } from './ServerStorage'
import { metaFromRow, sameSnapshot, snapshotDigest } from './snapshotContent'
import type { PutSnapshotResult, SnapshotInput, SnapshotMeta, StoredSnapshot } from './SnapshotStore'
import type { VoteTally } from './VoteStore'

interface NamedSnapshotRow {
  snapshot_id: string
  name: string
  author: string
  created_at: string
  kind: string
  size: string
  sha256: string
}

const SNAPSHOT_META_COLUMNS = 'snapshot_id, name, author, created_at, kind, size, sha256'

export interface PostgresStorageOptions {
  connectionString: string
  /** Schema for the tables (created if missing); null = the connection's default search_path. */
  schema?: string | null
  /** Pool size; each in-flight append or load holds one connection for one round trip. Default 10. */
  maxConnections?: number
  logger?: Logger
}

export class PostgresStorage implements ServerStorage {
  readonly stateEncoding = 'v1'
  private closed = false

  private readonly library: PostgresLibraryStore

  private constructor(private readonly pool: pg.Pool) {
    this.library = new PostgresLibraryStore(pool)
  }

  /** Connects and brings the schema up to date; rejects if the database does not answer. */
  static async open(options: PostgresStorageOptions): Promise<PostgresStorage> {
    const schema = options.schema ?? null
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: 5000,
      // Set per connection at start-up, so every query (and the migrations) sees the chosen schema.
      options: schema ? `-c search_path=${schema}` : undefined,
    })
    // An idle connection dying (database restart, network) is reported here; without a listener
    // Node would crash. The next query simply opens a new connection.
    pool.on('error', (error) => options.logger?.warn('postgres idle connection error', { error: error.message }))
    try {
      const client = await pool.connect()
      try {
        await migratePg(client, schema)
      } finally {
        client.release()
      }
    } catch (error) {
      await pool.end().catch(() => {})
      throw error
    }
    return new PostgresStorage(pool)
  }

  async loadDocument(docKey: DocKey): Promise<StoredDocument | null> {
    const client = await this.pool.connect()
    try {
      // One snapshot of the database for both reads, so a concurrent compaction cannot make us see
      // the old log but the new snapshot (or neither).
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
      const snap = await client.query<{ state: Buffer; upto_seq: string }>(
        'SELECT state, upto_seq FROM board_snapshot WHERE board_id = $1',
        [docKey],
      )
      const fromSeq = Number(snap.rows[0]?.upto_seq ?? 0)
      const log = await client.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM board_update WHERE board_id = $1 AND seq > $2 ORDER BY seq',
        [docKey, fromSeq],
      )
      await client.query('COMMIT')
      const snapshot = snap.rows[0]
      if (!snapshot && log.rows.length === 0) return null
      const last = log.rows.at(-1)
      return {
        state: snapshot ? toBytes(snapshot.state) : null,
        updates: log.rows.map((row) => toBytes(row.data)),
        headSeq: last ? Number(last.seq) : fromSeq,
      }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }
  }

  async appendUpdate(docKey: DocKey, update: Uint8Array): Promise<number> {
    // One statement = one implicit transaction: the counter bump and the row commit together, and the
    // board_head row lock makes a second appender to the same board wait until we committed. So when
    // seq N is visible, every seq < N is too (compaction relies on that).
    const { rows } = await this.pool.query<{ seq: string }>(
      `WITH next AS (
         INSERT INTO board_head AS h (board_id, head_seq) VALUES ($1, 1)
         ON CONFLICT (board_id) DO UPDATE SET head_seq = h.head_seq + 1
         RETURNING head_seq
       )
       INSERT INTO board_update (board_id, seq, data) SELECT $1, head_seq, $2 FROM next RETURNING seq`,
      [docKey, toBuffer(update)],
    )
    return Number(rows[0]!.seq)
  }

  async compact(docKey: DocKey, state: Uint8Array, upToSeq: number): Promise<void> {
    const client = await this.pool.connect()
    try {
      await client.query('BEGIN')
      // Per-board, transaction-scoped: serializes compactions of this board only; appends never take it.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('sammen.compact'), hashtext($1))", [docKey])
      const snap = await client.query<{ state: Buffer; upto_seq: string }>(
        'SELECT state, upto_seq FROM board_snapshot WHERE board_id = $1',
        [docKey],
      )
      const current = Number(snap.rows[0]?.upto_seq ?? 0)
      if (upToSeq < current) {
        // Stale: the stored snapshot already covers more. An equal call goes on, merging the caller's state in.
        await client.query('ROLLBACK')
        return
      }
      const log = await client.query<{ data: Buffer }>(
        'SELECT data FROM board_update WHERE board_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq',
        [docKey, current, upToSeq],
      )
      // With several instances, the caller's doc may lack an update another instance appended with a
      // lower seq (still on its way through Redis). Merging the old snapshot and exactly the rows we
      // delete into the caller's state makes the new snapshot cover them whatever the caller had.
      // In turns (a huge board's states are megabytes): the other rooms are served meanwhile.
      const merged = await mergeStatesInTurns([snap.rows[0]?.state, state, ...log.rows.map((row) => row.data)])
      await client.query(
        `INSERT INTO board_snapshot (board_id, state, upto_seq, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (board_id) DO UPDATE SET state = excluded.state, upto_seq = excluded.upto_seq, updated_at = now()`,
        [docKey, toBuffer(merged), upToSeq],
      )
      await client.query('DELETE FROM board_update WHERE board_id = $1 AND seq <= $2', [docKey, upToSeq])
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }
  }

  async listDocuments(): Promise<DocKey[]> {
    const { rows } = await this.pool.query<{ board_id: string }>(
      'SELECT board_id FROM board_head UNION SELECT board_id FROM board_snapshot ORDER BY board_id',
    )
    return rows.map((row) => row.board_id as DocKey)
  }

  async putSnapshot(boardId: BoardId, snapshot: SnapshotInput): Promise<PutSnapshotResult> {
    const digest = snapshotDigest(snapshot.state)
    // Insert-or-nothing, then read the taken id back. Between the two a concurrent delete can remove
    // the row, so that case simply tries the insert again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted = await this.pool.query(
        `INSERT INTO board_named_snapshot (board_id, snapshot_id, name, author, created_at, kind, size, sha256, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (board_id, snapshot_id) DO NOTHING`,
        [
          boardId,
          snapshot.id,
          snapshot.name,
          snapshot.author,
          snapshot.createdAt,
          snapshot.kind,
          snapshot.state.byteLength,
          digest,
          toBuffer(snapshot.state),
        ],
      )
      if (inserted.rowCount === 1) return 'created'
      const { rows } = await this.pool.query<NamedSnapshotRow>(
        `SELECT ${SNAPSHOT_META_COLUMNS} FROM board_named_snapshot WHERE board_id = $1 AND snapshot_id = $2`,
        [boardId, snapshot.id],
      )
      const existing = rows[0]
      if (existing) return sameSnapshot({ ...metaFromRow(existing), sha256: existing.sha256 }, snapshot, digest) ? 'unchanged' : 'conflict'
    }
    throw new Error(`snapshot ${snapshot.id} kept disappearing while being stored`)
  }

  async listSnapshots(boardId: BoardId): Promise<SnapshotMeta[]> {
    const { rows } = await this.pool.query<NamedSnapshotRow>(
      `SELECT ${SNAPSHOT_META_COLUMNS} FROM board_named_snapshot WHERE board_id = $1 ORDER BY created_at DESC, snapshot_id DESC`,
      [boardId],
    )
    return rows.map(metaFromRow)
  }

  async getSnapshot(boardId: BoardId, snapshotId: string): Promise<StoredSnapshot | null> {
    const { rows } = await this.pool.query<NamedSnapshotRow & { state: Buffer }>(
      `SELECT ${SNAPSHOT_META_COLUMNS}, state FROM board_named_snapshot WHERE board_id = $1 AND snapshot_id = $2`,
      [boardId, snapshotId],
    )
    const row = rows[0]
    return row ? { ...metaFromRow(row), state: toBytes(row.state) } : null
  }

  async deleteSnapshot(boardId: BoardId, snapshotId: string): Promise<boolean> {
    const result = await this.pool.query('DELETE FROM board_named_snapshot WHERE board_id = $1 AND snapshot_id = $2', [
      boardId,
      snapshotId,
    ])
    return (result.rowCount ?? 0) > 0
  }

  async roleGeneration(boardId: BoardId, role: string): Promise<number> {
    const { rows } = await this.pool.query<{ generation: string }>(
      'SELECT generation FROM board_role_generation WHERE board_id = $1 AND role = $2',
      [boardId, role],
    )
    return rows[0] ? Number(rows[0].generation) : 0
  }

  async bumpRoleGeneration(boardId: BoardId, role: string): Promise<number> {
    // One upsert: concurrent revocations on several instances serialize on the row and both count.
    const { rows } = await this.pool.query<{ generation: string }>(
      `INSERT INTO board_role_generation (board_id, role, generation) VALUES ($1, $2, 1)
       ON CONFLICT (board_id, role) DO UPDATE
         SET generation = board_role_generation.generation + 1, updated_at = now()
       RETURNING generation`,
      [boardId, role],
    )
    if (!rows[0]) throw new Error('bumpRoleGeneration returned no row')
    return Number(rows[0].generation)
  }

  async loadClientOwners(docKey: DocKey): Promise<Map<number, string>> {
    const { rows } = await this.pool.query<{ client_id: string; owner: string }>(
      'SELECT client_id, owner FROM doc_client_owner WHERE doc_key = $1',
      [docKey],
    )
    return new Map(rows.map((row) => [Number(row.client_id), row.owner]))
  }

  async claimClients(docKey: DocKey, owner: string, clientIds: readonly number[]): Promise<Map<number, string>> {
    // Insert what is free, then read back every requested id: whoever was first (here or on another instance) holds it.
    await this.pool.query(
      `INSERT INTO doc_client_owner (doc_key, client_id, owner)
       SELECT $1, id, $2 FROM unnest($3::bigint[]) AS id ON CONFLICT DO NOTHING`,
      [docKey, owner, clientIds],
    )
    const { rows } = await this.pool.query<{ client_id: string; owner: string }>(
      'SELECT client_id, owner FROM doc_client_owner WHERE doc_key = $1 AND client_id = ANY($2::bigint[])',
      [docKey, clientIds],
    )
    return new Map(rows.map((row) => [Number(row.client_id), row.owner]))
  }

  async castVote(boardId: BoardId, roundId: string, voter: string, cardId: string, budget: number): Promise<boolean> {
    // The lowest free slot below the budget; the primary key makes a concurrent cast of the same slot fail, and the
    // retry takes the next one, so the budget holds across tabs and instances.
    for (let attempt = 0; attempt < budget + 1; attempt++) {
      try {
        const { rowCount } = await this.pool.query(
          `INSERT INTO board_vote (board_id, round_id, voter, slot, card_id)
           SELECT $1, $2, $3, slot, $4 FROM generate_series(0, $5 - 1) AS slot
           WHERE slot NOT IN (SELECT slot FROM board_vote WHERE board_id = $1 AND round_id = $2 AND voter = $3)
           ORDER BY slot LIMIT 1`,
          [boardId, roundId, voter, cardId, budget],
        )
        return (rowCount ?? 0) > 0
      } catch (error) {
        if ((error as { code?: string }).code !== '23505') throw error // unique violation: someone took the slot
      }
    }
    return false
  }

  async retractVote(boardId: BoardId, roundId: string, voter: string, cardId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `DELETE FROM board_vote WHERE (board_id, round_id, voter, slot) IN (
         SELECT board_id, round_id, voter, slot FROM board_vote
         WHERE board_id = $1 AND round_id = $2 AND voter = $3 AND card_id = $4 ORDER BY slot DESC LIMIT 1)`,
      [boardId, roundId, voter, cardId],
    )
    return (rowCount ?? 0) > 0
  }

  async votesOf(boardId: BoardId, roundId: string, voter: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ card_id: string }>(
      'SELECT card_id FROM board_vote WHERE board_id = $1 AND round_id = $2 AND voter = $3 ORDER BY slot',
      [boardId, roundId, voter],
    )
    return rows.map((row) => row.card_id)
  }

  async tallyVotes(boardId: BoardId, roundId: string): Promise<VoteTally> {
    const [tallies, voters] = await Promise.all([
      this.pool.query<{ card_id: string; dots: string }>(
        `SELECT card_id, count(*) AS dots FROM board_vote WHERE board_id = $1 AND round_id = $2
         GROUP BY card_id ORDER BY count(*) DESC, card_id`,
        [boardId, roundId],
      ),
      this.pool.query<{ voters: string }>('SELECT count(DISTINCT voter) AS voters FROM board_vote WHERE board_id = $1 AND round_id = $2', [
        boardId,
        roundId,
      ]),
    ])
    return {
      tallies: tallies.rows.map((row) => ({ cardId: row.card_id, dots: Number(row.dots) })),
      voters: Number(voters.rows[0]?.voters ?? 0),
    }
  }

  async clearVotes(boardId: BoardId, keepRoundId: string | null): Promise<void> {
    await this.pool.query('DELETE FROM board_vote WHERE board_id = $1 AND round_id <> $2', [boardId, keepRoundId ?? ''])
  }

  documentHeads(): Promise<DocumentHead[]> {
    return this.library.documentHeads()
  }

  putLibraryEntry(boardId: BoardId, input: LibraryEntryInput): Promise<boolean> {
    return this.library.putLibraryEntry(boardId, input)
  }

  libraryVersions(): Promise<LibraryRowVersion[]> {
    return this.library.libraryVersions()
  }

  libraryEntries(boardIds: readonly BoardId[]): Promise<LibraryRow[]> {
    return this.library.libraryEntries(boardIds)
  }

  libraryStamp(): Promise<string> {
    return this.library.libraryStamp()
  }

  deleteLibraryEntries(boardIds: readonly BoardId[]): Promise<void> {
    return this.library.deleteLibraryEntries(boardIds)
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1')
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.pool.end()
  }
}

/** Applies updates to a scratch doc and re-encodes: merges them and garbage-collects deleted content. */
// pg hands out Buffers that may share a pooled ArrayBuffer; copy into a tight Uint8Array.
function toBytes(buf: Buffer): Uint8Array {
  return new Uint8Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength))
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
