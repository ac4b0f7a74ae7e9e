// SQLite implementation of every server store (ServerStorage.ts). better-sqlite3 is synchronous, which is
// exactly what the append path wants: the row is committed before the server broadcasts the update, so an update
// any peer has seen is on disk even if the process is SIGKILLed right after.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { StoredDocument } from '@sammen/doc-log'
import type { BoardId } from '@sammen/journey-model'
import type { DocKey } from '@sammen/protocol'
import type { DocumentHead, LibraryEntryInput, LibraryRow, LibraryRowVersion } from './LibraryStore'
import { migrate } from './migrations'
import type { ServerStorage } from './ServerStorage'
import { metaFromRow, sameSnapshot, snapshotDigest } from './snapshotContent'
import { SqliteLibraryStore } from './sqliteLibrary'
import type { PutSnapshotResult, SnapshotInput, SnapshotMeta, StoredSnapshot } from './SnapshotStore'
import type { VoteTally } from './VoteStore'

export const SQLITE_FILE_NAME = 'sammen.sqlite'

interface SnapshotRow {
  state: Buffer
  upto_seq: number
}

interface UpdateRow {
  seq: number
  data: Buffer
}

interface NamedSnapshotRow {
  snapshot_id: string
  name: string
  author: string
  created_at: number
  kind: string
  size: number
  sha256: string
}

const SNAPSHOT_META_COLUMNS = 'snapshot_id, name, author, created_at, kind, size, sha256'

export class SqliteStorage implements ServerStorage {
  readonly stateEncoding = 'v1'
  readonly file: string
  private readonly db: Database.Database
  private readonly stmt
  private readonly library: SqliteLibraryStore

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true })
    this.file = path.join(dataDir, SQLITE_FILE_NAME)
    this.db = new Database(this.file)
    // WAL: readers never block the writer and each commit is one sequential append.
    this.db.pragma('journal_mode = WAL')
    // NORMAL in WAL mode survives a process crash (kill -9); only an OS crash / power loss can lose
    // the last commits. FULL would fsync on every keystroke-sized update.
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
    migrate(this.db)
    this.library = new SqliteLibraryStore(this.db)

    this.stmt = {
      snapshot: this.db.prepare<[string], SnapshotRow>('SELECT state, upto_seq FROM board_snapshot WHERE board_id = ?'),
      updates: this.db.prepare<[string, number], UpdateRow>(
        'SELECT seq, data FROM board_update WHERE board_id = ? AND seq > ? ORDER BY seq',
      ),
      nextSeq: this.db.prepare<[string, string], { next: number }>(`
        SELECT MAX(
          COALESCE((SELECT MAX(seq) FROM board_update WHERE board_id = ?), 0),
          COALESCE((SELECT upto_seq FROM board_snapshot WHERE board_id = ?), 0)
        ) + 1 AS next`),
      insertUpdate: this.db.prepare<[string, number, Buffer, number]>(
        'INSERT INTO board_update (board_id, seq, data, created_at) VALUES (?, ?, ?, ?)',
      ),
      snapshotSeq: this.db.prepare<[string], { upto_seq: number }>('SELECT upto_seq FROM board_snapshot WHERE board_id = ?'),
      upsertSnapshot: this.db.prepare<[string, Buffer, number, number]>(`
        INSERT INTO board_snapshot (board_id, state, upto_seq, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (board_id) DO UPDATE SET state = excluded.state, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at`),
      deleteUpdates: this.db.prepare<[string, number]>('DELETE FROM board_update WHERE board_id = ? AND seq <= ?'),
      listDocuments: this.db.prepare<[], { board_id: string }>(
        'SELECT board_id FROM board_snapshot UNION SELECT board_id FROM board_update ORDER BY board_id',
      ),
      // ON CONFLICT DO NOTHING + changes: one statement tells "inserted" from "id already taken".
      insertNamedSnapshot: this.db.prepare<[string, string, string, string, number, string, number, string, number, Buffer]>(`
        INSERT INTO board_named_snapshot
          (board_id, snapshot_id, name, author, created_at, kind, size, sha256, stored_at, state)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (board_id, snapshot_id) DO NOTHING`),
      namedSnapshotMeta: this.db.prepare<[string, string], NamedSnapshotRow>(
        `SELECT ${SNAPSHOT_META_COLUMNS} FROM board_named_snapshot WHERE board_id = ? AND snapshot_id = ?`,
      ),
      namedSnapshot: this.db.prepare<[string, string], NamedSnapshotRow & { state: Buffer }>(
        `SELECT ${SNAPSHOT_META_COLUMNS}, state FROM board_named_snapshot WHERE board_id = ? AND snapshot_id = ?`,
      ),
      listNamedSnapshots: this.db.prepare<[string], NamedSnapshotRow>(
        `SELECT ${SNAPSHOT_META_COLUMNS} FROM board_named_snapshot WHERE board_id = ? ORDER BY created_at DESC, snapshot_id DESC`,
      ),
      deleteNamedSnapshot: this.db.prepare<[string, string]>(
        'DELETE FROM board_named_snapshot WHERE board_id = ? AND snapshot_id = ?',
      ),
      roleGeneration: this.db.prepare<[string, string], { generation: number }>(
        'SELECT generation FROM board_role_generation WHERE board_id = ? AND role = ?',
      ),
      // One statement, so two concurrent revocations both count.
      bumpRoleGeneration: this.db.prepare<[string, string, number], { generation: number }>(`
        INSERT INTO board_role_generation (board_id, role, generation, updated_at) VALUES (?, ?, 1, ?)
        ON CONFLICT (board_id, role) DO UPDATE SET generation = generation + 1, updated_at = excluded.updated_at
        RETURNING generation`),
      clientOwners: this.db.prepare<[string], { client_id: number; owner: string }>(
        'SELECT client_id, owner FROM doc_client_owner WHERE doc_key = ?',
      ),
      claimClient: this.db.prepare<[string, number, string, number]>(
        'INSERT INTO doc_client_owner (doc_key, client_id, owner, claimed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      clientOwner: this.db.prepare<[string, number], { owner: string }>(
        'SELECT owner FROM doc_client_owner WHERE doc_key = ? AND client_id = ?',
      ),
      voterSlots: this.db.prepare<[string, string, string], { slot: number; card_id: string }>(
        'SELECT slot, card_id FROM board_vote WHERE board_id = ? AND round_id = ? AND voter = ? ORDER BY slot',
      ),
      insertVote: this.db.prepare<[string, string, string, number, string, number]>(
        'INSERT INTO board_vote (board_id, round_id, voter, slot, card_id, cast_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      deleteVote: this.db.prepare<[string, string, string, number]>(
        'DELETE FROM board_vote WHERE board_id = ? AND round_id = ? AND voter = ? AND slot = ?',
      ),
      tally: this.db.prepare<[string, string], { card_id: string; dots: number }>(
        'SELECT card_id, COUNT(*) AS dots FROM board_vote WHERE board_id = ? AND round_id = ? GROUP BY card_id ORDER BY dots DESC, card_id',
      ),
      voters: this.db.prepare<[string, string], { voters: number }>(
        'SELECT COUNT(DISTINCT voter) AS voters FROM board_vote WHERE board_id = ? AND round_id = ?',
      ),
      clearVotes: this.db.prepare<[string, string]>('DELETE FROM board_vote WHERE board_id = ? AND round_id <> ?'),
    }
  }

  async loadDocument(docKey: DocKey): Promise<StoredDocument | null> {
    return this.loadDocumentSync(docKey)
  }

  loadDocumentSync(docKey: DocKey): StoredDocument | null {
    // One read transaction so a concurrent compaction cannot make us see neither or both halves.
    return this.db.transaction(() => {
      const snapshot = this.stmt.snapshot.get(docKey)
      const fromSeq = snapshot?.upto_seq ?? 0
      const rows = this.stmt.updates.all(docKey, fromSeq)
      if (!snapshot && rows.length === 0) return null
      return {
        state: snapshot ? toBytes(snapshot.state) : null,
        updates: rows.map((row) => toBytes(row.data)),
        headSeq: rows.at(-1)?.seq ?? fromSeq,
      }
    })()
  }

  async appendUpdate(docKey: DocKey, update: Uint8Array): Promise<number> {
    return this.appendUpdateSync(docKey, update)
  }

  /** Commits before returning; this is what makes "received means durable" hold. */
  appendUpdateSync(docKey: DocKey, update: Uint8Array): number {
    return this.db.transaction(() => {
      const seq = this.stmt.nextSeq.get(docKey, docKey)?.next ?? 1
      this.stmt.insertUpdate.run(docKey, seq, toBuffer(update), Date.now())
      return seq
    }).immediate()
  }

  async compact(docKey: DocKey, state: Uint8Array, upToSeq: number): Promise<void> {
    this.db.transaction(() => {
      const current = this.stmt.snapshotSeq.get(docKey)?.upto_seq ?? 0
      if (upToSeq < current) return
      this.stmt.upsertSnapshot.run(docKey, toBuffer(state), upToSeq, Date.now())
      this.stmt.deleteUpdates.run(docKey, upToSeq)
    }).immediate()
  }

  async listDocuments(): Promise<DocKey[]> {
    return this.stmt.listDocuments.all().map((row) => row.board_id as DocKey)
  }

  async putSnapshot(boardId: BoardId, snapshot: SnapshotInput): Promise<PutSnapshotResult> {
    const digest = snapshotDigest(snapshot.state)
    // Immediate: the insert and the read-back of a taken id see the same database state.
    return this.db.transaction((): PutSnapshotResult => {
      const { changes } = this.stmt.insertNamedSnapshot.run(
        boardId,
        snapshot.id,
        snapshot.name,
        snapshot.author,
        snapshot.createdAt,
        snapshot.kind,
        snapshot.state.byteLength,
        digest,
        Date.now(),
        toBuffer(snapshot.state),
      )
      if (changes === 1) return 'created'
      const existing = this.stmt.namedSnapshotMeta.get(boardId, snapshot.id)
      return existing && sameSnapshot({ ...metaFromRow(existing), sha256: existing.sha256 }, snapshot, digest)
        ? 'unchanged'
        : 'conflict'
    }).immediate()
  }

  async listSnapshots(boardId: BoardId): Promise<SnapshotMeta[]> {
    return this.stmt.listNamedSnapshots.all(boardId).map(metaFromRow)
  }

  async getSnapshot(boardId: BoardId, snapshotId: string): Promise<StoredSnapshot | null> {
    const row = this.stmt.namedSnapshot.get(boardId, snapshotId)
    return row ? { ...metaFromRow(row), state: toBytes(row.state) } : null
  }

  async deleteSnapshot(boardId: BoardId, snapshotId: string): Promise<boolean> {
    return this.stmt.deleteNamedSnapshot.run(boardId, snapshotId).changes > 0
  }

  async roleGeneration(boardId: BoardId, role: string): Promise<number> {
    return this.stmt.roleGeneration.get(boardId, role)?.generation ?? 0
  }

  async bumpRoleGeneration(boardId: BoardId, role: string): Promise<number> {
    const row = this.stmt.bumpRoleGeneration.get(boardId, role, Date.now())
    if (!row) throw new Error('bumpRoleGeneration returned no row')
    return row.generation
  }

  async loadClientOwners(docKey: DocKey): Promise<Map<number, string>> {
    return new Map(this.stmt.clientOwners.all(docKey).map((row) => [row.client_id, row.owner]))
  }

  async claimClients(docKey: DocKey, owner: string, clientIds: readonly number[]): Promise<Map<number, string>> {
    return this.db.transaction(() => {
      const owners = new Map<number, string>()
      const now = Date.now()
      for (const clientId of clientIds) {
        this.stmt.claimClient.run(docKey, clientId, owner, now)
        owners.set(clientId, this.stmt.clientOwner.get(docKey, clientId)?.owner ?? owner)
      }
      return owners
    }).immediate()
  }

  async castVote(boardId: BoardId, roundId: string, voter: string, cardId: string, budget: number): Promise<boolean> {
    return this.db.transaction(() => {
      const used = new Set(this.stmt.voterSlots.all(boardId, roundId, voter).map((row) => row.slot))
      let slot = 0
      while (used.has(slot)) slot++
      if (slot >= budget) return false
      this.stmt.insertVote.run(boardId, roundId, voter, slot, cardId, Date.now())
      return true
    }).immediate()
  }

  async retractVote(boardId: BoardId, roundId: string, voter: string, cardId: string): Promise<boolean> {
    return this.db.transaction(() => {
      const mine = this.stmt.voterSlots.all(boardId, roundId, voter).filter((row) => row.card_id === cardId)
      const last = mine.at(-1)
      if (!last) return false
      this.stmt.deleteVote.run(boardId, roundId, voter, last.slot)
      return true
    }).immediate()
  }

  async votesOf(boardId: BoardId, roundId: string, voter: string): Promise<string[]> {
    return this.stmt.voterSlots.all(boardId, roundId, voter).map((row) => row.card_id)
  }

  async tallyVotes(boardId: BoardId, roundId: string): Promise<VoteTally> {
    return {
      tallies: this.stmt.tally.all(boardId, roundId).map((row) => ({ cardId: row.card_id, dots: row.dots })),
      voters: this.stmt.voters.get(boardId, roundId)?.voters ?? 0,
    }
  }

  async clearVotes(boardId: BoardId, keepRoundId: string | null): Promise<void> {
    this.stmt.clearVotes.run(boardId, keepRoundId ?? '')
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
    this.db.prepare('SELECT 1').get()
  }

  async close(): Promise<void> {
    if (!this.db.open) return
    // Fold the WAL back into the main file so a copied .sqlite file is complete on its own.
    this.db.pragma('wal_checkpoint(TRUNCATE)')
    this.db.close()
  }
}

// better-sqlite3 hands out Buffers that may share a pooled ArrayBuffer; copy into a tight Uint8Array so
// callers can keep or transfer it without surprises.
function toBytes(buf: Buffer): Uint8Array {
  return new Uint8Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength))
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
