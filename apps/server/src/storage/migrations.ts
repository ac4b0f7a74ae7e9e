// Schema changes are an append-only, ordered list; PRAGMA user_version records how far a database
// has come, so opening an old file upgrades it in place and a new file gets the whole list.
import type Database from 'better-sqlite3'

export interface Migration {
  version: number
  description: string
  up: (db: Database.Database) => void
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'board snapshots and the append-only update log',
    up: (db) => {
      db.exec(`
        CREATE TABLE board_snapshot (
          board_id   TEXT PRIMARY KEY,
          state      BLOB NOT NULL,
          -- highest board_update.seq folded into state; keeps seq monotonic after the log is emptied
          upto_seq   INTEGER NOT NULL,
          updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE board_update (
          board_id   TEXT NOT NULL,
          seq        INTEGER NOT NULL,
          data       BLOB NOT NULL,
          created_at INTEGER NOT NULL,
          PRIMARY KEY (board_id, seq)
        ) WITHOUT ROWID;
      `)
    },
  },
  {
    version: 2,
    description: 'named snapshots (shared history) uploaded by clients',
    up: (db) => {
      // A rowid table rather than WITHOUT ROWID: rows carry states of up to MAX_SNAPSHOT_BYTES, which
      // SQLite stores best in overflow pages of a rowid table. `state` is last so listing (which never
      // selects it) does not read the blob.
      db.exec(`
        CREATE TABLE board_named_snapshot (
          board_id    TEXT NOT NULL,
          snapshot_id TEXT NOT NULL,
          name        TEXT NOT NULL,
          author      TEXT NOT NULL,
          -- client clock, ms since the epoch
          created_at  INTEGER NOT NULL,
          kind        TEXT NOT NULL CHECK (kind IN ('named', 'auto')),
          size        INTEGER NOT NULL,
          -- hex SHA-256 of state: tells an idempotent re-upload from a conflicting one
          sha256      TEXT NOT NULL,
          stored_at   INTEGER NOT NULL,
          state       BLOB NOT NULL,
          UNIQUE (board_id, snapshot_id)
        );
        CREATE INDEX board_named_snapshot_newest ON board_named_snapshot (board_id, created_at DESC, snapshot_id DESC);
      `)
    },
  },
  {
    version: 3,
    description: 'invite generations per board and role (revocation of invite links)',
    up: (db) => {
      // No row = generation 0, so existing boards need no backfill.
      db.exec(`
        CREATE TABLE board_role_generation (
          board_id   TEXT NOT NULL,
          role       TEXT NOT NULL,
          generation INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          PRIMARY KEY (board_id, role)
        ) WITHOUT ROWID;
      `)
    },
  },
  {
    version: 4,
    description: 'which participant holds which Yjs client id of a document',
    up: (db) => {
      db.exec(`
        CREATE TABLE doc_client_owner (
          doc_key    TEXT NOT NULL,
          client_id  INTEGER NOT NULL,
          -- 'k:<hash of the participant key>', 'c:<uuid>' or 'server'; never the key itself
          owner      TEXT NOT NULL,
          claimed_at INTEGER NOT NULL,
          PRIMARY KEY (doc_key, client_id)
        ) WITHOUT ROWID;
      `)
    },
  },
  {
    version: 5,
    description: 'dots of the running voting round, hidden until the reveal',
    up: (db) => {
      db.exec(`
        CREATE TABLE board_vote (
          board_id TEXT NOT NULL,
          round_id TEXT NOT NULL,
          voter    TEXT NOT NULL,
          slot     INTEGER NOT NULL,
          card_id  TEXT NOT NULL,
          cast_at  INTEGER NOT NULL,
          PRIMARY KEY (board_id, round_id, voter, slot)
        ) WITHOUT ROWID;
      `)
    },
  },
  {
    version: 6,
    description: 'the library index: one entry per board, read from its journey document',
    up: (db) => {
      // A rowid table: entries are JSON of tens of kilobytes, which SQLite keeps best in overflow pages of a rowid
      // table, with `entry` last so listing versions never reads it. `library_revision` hands out revisions that
      // only grow (a deleted row's revision is never reused), which is what the cache's change marker relies on.
      db.exec(`
        CREATE TABLE library_board (
          board_id   TEXT NOT NULL UNIQUE,
          revision   INTEGER NOT NULL,
          doc_seq    INTEGER NOT NULL,
          format     INTEGER NOT NULL,
          indexed_at INTEGER NOT NULL,
          entry      TEXT NOT NULL
        );
        CREATE TABLE library_revision (
          id       INTEGER PRIMARY KEY CHECK (id = 1),
          revision INTEGER NOT NULL
        );
        INSERT INTO library_revision (id, revision) VALUES (1, 0);
      `)
    },
  },
]

export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number {
  let current = db.pragma('user_version', { simple: true }) as number
  const latest = list.at(-1)?.version ?? 0
  if (current > latest) {
    // Refuse rather than guess: an older server must not write into a schema it does not know.
    throw new Error(`database schema version ${current} is newer than this server supports (${latest})`)
  }
  for (const migration of list) {
    if (migration.version <= current) continue
    db.transaction(() => {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    })()
    current = migration.version
  }
  return current
}
