// PostgreSQL schema changes: an append-only, ordered list like the SQLite one, recorded row by row in
// `schema_migrations`. Several instances may start at once against one database, so the whole check-
// and-apply runs in one transaction holding a transaction-scoped advisory lock: the second instance
// waits, then finds everything applied.
import type { PoolClient } from 'pg'

export interface PgMigration {
  version: number
  description: string
  sql: string
}

export const pgMigrations: readonly PgMigration[] = [
  {
    version: 1,
    description: 'board snapshots, the append-only update log and per-board seq counters',
    sql: `
      -- One row per board; head_seq only ever grows, so a seq is never handed out twice, even after
      -- compaction emptied the log. Its row lock is what serializes appends to one board.
      CREATE TABLE board_head (
        board_id TEXT PRIMARY KEY,
        head_seq BIGINT NOT NULL
      );
      CREATE TABLE board_update (
        board_id   TEXT NOT NULL,
        seq        BIGINT NOT NULL,
        data       BYTEA NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (board_id, seq)
      );
      CREATE TABLE board_snapshot (
        board_id   TEXT PRIMARY KEY,
        state      BYTEA NOT NULL,
        -- highest board_update.seq folded into state
        upto_seq   BIGINT NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 2,
    description: 'named snapshots (shared history) uploaded by clients',
    sql: `
      CREATE TABLE board_named_snapshot (
        board_id    TEXT NOT NULL,
        snapshot_id TEXT NOT NULL,
        name        TEXT NOT NULL,
        author      TEXT NOT NULL,
        -- client clock, ms since the epoch
        created_at  BIGINT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('named', 'auto')),
        size        BIGINT NOT NULL,
        -- hex SHA-256 of state: tells an idempotent re-upload from a conflicting one
        sha256      TEXT NOT NULL,
        stored_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
        state       BYTEA NOT NULL,
        PRIMARY KEY (board_id, snapshot_id)
      );
      CREATE INDEX board_named_snapshot_newest ON board_named_snapshot (board_id, created_at DESC, snapshot_id DESC);
    `,
  },
  {
    version: 3,
    description: 'invite generations per board and role (revocation of invite links)',
    sql: `
      -- No row = generation 0, so existing boards need no backfill.
      CREATE TABLE board_role_generation (
        board_id   TEXT NOT NULL,
        role       TEXT NOT NULL,
        generation BIGINT NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (board_id, role)
      );
    `,
  },
  {
    version: 4,
    description: 'which participant holds which Yjs client id of a document',
    sql: `
      CREATE TABLE doc_client_owner (
        doc_key    TEXT NOT NULL,
        client_id  BIGINT NOT NULL,
        owner      TEXT NOT NULL,
        claimed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (doc_key, client_id)
      );
    `,
  },
  {
    version: 5,
    description: 'dots of the running voting round, hidden until the reveal',
    sql: `
      CREATE TABLE board_vote (
        board_id TEXT NOT NULL,
        round_id TEXT NOT NULL,
        voter    TEXT NOT NULL,
        slot     INTEGER NOT NULL,
        card_id  TEXT NOT NULL,
        cast_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (board_id, round_id, voter, slot)
      );
    `,
  },
  {
    version: 6,
    description: 'the library index: one entry per board, read from its journey document',
    sql: `
      -- Revisions come from a sequence: they only grow and are never reused, also across instances, which is
      -- what the cache's change marker (count and sum of revisions) relies on.
      CREATE SEQUENCE library_board_revision;
      CREATE TABLE library_board (
        board_id   TEXT PRIMARY KEY,
        revision   BIGINT NOT NULL,
        doc_seq    BIGINT NOT NULL,
        format     INTEGER NOT NULL,
        indexed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        entry      TEXT NOT NULL
      );
    `,
  },
]

// Arbitrary but fixed: every Sammen instance must contend for the same key. It is database-wide,
// which also serializes migrations of different schemas; they are rare and quick.
const MIGRATION_LOCK_KEY = 7_316_240_511

/** Applies pending migrations; returns the resulting version. Refuses a schema from a newer server. */
export async function migratePg(
  client: PoolClient,
  schema: string | null,
  list: readonly PgMigration[] = pgMigrations,
): Promise<number> {
  const latest = list.at(-1)?.version ?? 0
  await client.query('BEGIN')
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version     INTEGER PRIMARY KEY,
        description TEXT NOT NULL,
        applied_at  TIMESTAMPTZ NOT NULL DEFAULT now()
      )`)
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations')
    let current = rows[0]?.version ?? 0
    if (current > latest) {
      // Refuse rather than guess: an older server must not write into a schema it does not know.
      throw new Error(`database schema version ${current} is newer than this server supports (${latest})`)
    }
    for (const migration of list) {
      if (migration.version <= current) continue
      await client.query(migration.sql)
      await client.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [
        migration.version,
        migration.description,
      ])
      current = migration.version
    }
    await client.query('COMMIT')
    return current
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  }
}
