// Holds the PostgreSQL adapter to every storage conformance suite (the document log shared with the browser, and
// the server's snapshot, role, client-id, vote and library stores), each test on a schema of its own.
// Needs a database: see test/helpers/services.ts for how it is found and when a missing one fails.
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { docFromStored, runDocumentLogSuite, type StoreHarness } from '@sammen/doc-log/testing'
import type { BoardId } from '@sammen/journey-model'
import { createTestSchema, postgresForTests, withClient } from '../../test/helpers/services'
import { runClientOwnerStoreSuite } from '../../test/storage/clientOwnerStoreSuite'
import { runLibraryStoreSuite } from '../../test/storage/libraryStoreSuite'
import { runRoleGenerationSuite } from '../../test/storage/roleGenerationSuite'
import { runServerStorageSuite } from '../../test/storage/serverStorageSuite'
import { runSnapshotStoreSuite } from '../../test/storage/snapshotStoreSuite'
import { runVoteStoreSuite } from '../../test/storage/voteStoreSuite'
import { pgMigrations } from './pgMigrations'
import { PostgresStorage } from './PostgresStorage'

const service = await postgresForTests()
const schemas: Array<{ drop(): Promise<void> }> = []
afterAll(async () => {
  for (const schema of schemas.splice(0)) await schema.drop()
})

if (service.state === 'skip') {
  console.warn(`[PostgresStorage] skipped: ${service.reason}`)
  describe.skip(`PostgresStorage (skipped: ${service.reason})`, () => {
    it('needs PostgreSQL', () => {})
  })
} else if (service.state === 'missing') {
  describe('PostgresStorage', () => {
    it('needs a reachable PostgreSQL', () => {
      throw new Error(service.reason)
    })
  })
} else {
  const url = service.url
  const open = async (schema: string) => PostgresStorage.open({ connectionString: url, schema })
  const freshSchema = async () => {
    const created = await createTestSchema(url)
    schemas.push(created)
    return created.schema
  }

  // The schema is made on the first open, so a suite's cases that never open a store cost no round trip.
  const postgresHarness = (): StoreHarness<PostgresStorage> => {
    let schema: Promise<string> | null = null
    return {
      open: async () => open(await (schema ??= freshSchema())),
      close: (storage) => storage.close(),
    }
  }

  runDocumentLogSuite('postgres', postgresHarness)
  runSnapshotStoreSuite('postgres', postgresHarness)
  runRoleGenerationSuite('postgres', postgresHarness)
  runClientOwnerStoreSuite('postgres', postgresHarness)
  runVoteStoreSuite('postgres', postgresHarness)
  runLibraryStoreSuite('postgres', postgresHarness)
  runServerStorageSuite('postgres', postgresHarness)

  describe('PostgresStorage specifics', () => {
    it('records migrations, and two instances starting together apply them once', async () => {
      const schema = await freshSchema()
      const both = await Promise.all([open(schema), open(schema)])
      const versions = await withClient(url, (c) =>
        c.query<{ version: number }>(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`),
      )
      expect(versions.rows.map((r) => r.version)).toEqual(pgMigrations.map((m) => m.version))
      for (const storage of both) await storage.close()
    })

    it('refuses a schema from a newer server', async () => {
      const schema = await freshSchema()
      await (await open(schema)).close()
      await withClient(url, (c) => c.query(`INSERT INTO "${schema}".schema_migrations (version, description) VALUES (999, 'future')`))
      await expect(open(schema)).rejects.toThrow(/newer than this server supports/)
    })

    it('appends from two instances get distinct seqs, and compaction keeps updates the caller never saw', async () => {
      const schema = await freshSchema()
      const [a, b] = await Promise.all([open(schema), open(schema)])
      const board = 'pg-board-multi' as BoardId
      const docA = new Y.Doc()
      const docB = new Y.Doc()
      const fromA: Uint8Array[] = []
      const fromB: Uint8Array[] = []
      docA.on('update', (u: Uint8Array) => fromA.push(u))
      docB.on('update', (u: Uint8Array) => fromB.push(u))
      for (let i = 0; i < 20; i++) {
        docA.getArray<string>('a').push([`a${i}`])
        docB.getArray<string>('b').push([`b${i}`])
      }
      const seqs = await Promise.all([...fromA.map((u) => a.appendUpdate(board, u)), ...fromB.map((u) => b.appendUpdate(board, u))])
      expect(new Set(seqs).size).toBe(40)

      // Instance A compacts with only its own doc: B's rows must be folded in, not dropped.
      await a.compact(board, Y.encodeStateAsUpdate(docA), Math.max(...seqs))
      const stored = await b.loadDocument(board)
      expect(stored?.updates).toEqual([])
      const doc = docFromStored(stored, b)
      expect(doc.getArray('a').length).toBe(20)
      expect(doc.getArray('b').length).toBe(20)
      await a.close()
      await b.close()
    })

    it('an append is not blocked while a compaction of the same board holds its transaction', async () => {
      const schema = await freshSchema()
      const storage = await open(schema)
      const board = 'pg-board-lock' as BoardId
      const seq = await storage.appendUpdate(board, Y.encodeStateAsUpdate(new Y.Doc()))
      // Hold the compaction lock and the snapshot row from another connection, as a slow compaction would.
      await withClient(url, async (c) => {
        await c.query(`SET search_path = "${schema}"`)
        await c.query('BEGIN')
        await c.query("SELECT pg_advisory_xact_lock(hashtext('sammen.compact'), hashtext($1))", [board])
        await c.query('DELETE FROM board_update WHERE board_id = $1 AND seq <= $2', [board, seq])
        const next = await Promise.race([
          storage.appendUpdate(board, new Uint8Array([0, 0])),
          new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 2000)),
        ])
        expect(next).toBe(seq + 1)
        await c.query('ROLLBACK')
      })
      await storage.close()
    })
  })
}
