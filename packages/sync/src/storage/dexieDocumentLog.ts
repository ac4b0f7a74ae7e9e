// The browser's DocumentLog (@sammen/doc-log) over the Dexie table `updates` (`++seq, boardId`), held to the same
// conformance suite as the server's SQLite and PostgreSQL logs. Every tab of the origin shares the table, so it
// is written as if by several server instances: seqs come from IndexedDB's key generator (one per table, never
// reused), and a compaction deletes only the entries its state covers.
import type { DocumentLog, StoredDocument } from '@sammen/doc-log'
import type { SammenLocalDatabase, StoredUpdate } from './localDatabase'

/** A compacted state's entry; every other entry is an update as appended. */
function isState(row: StoredUpdate): boolean {
  return row.format === 2
}

/**
 * The highest seq a state entry covers. States written before `upToSeq` existed were made in one transaction
 * that folded every entry of the document, and got a seq above all of them: their own seq is their coverage.
 */
function coverage(row: StoredUpdate): number {
  return row.upToSeq ?? row.seq
}

/**
 * IndexedDB clones a view together with its whole underlying buffer: a view into a larger buffer would store (and
 * count against the quota) every byte of it. Copy such a view; a view of a whole buffer goes as it is.
 */
function tight(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice()
}

export class DexieDocumentLog implements DocumentLog {
  // v2 packs a board's tombstones several times tighter than v1, and IndexedDB quota is the scarce thing here.
  readonly stateEncoding = 'v2'

  constructor(private readonly db: SammenLocalDatabase) {}

  async loadDocument(key: string): Promise<StoredDocument | null> {
    // The index on boardId keeps entries of one key in primary-key (seq) order.
    const rows = await this.db.updates.where('boardId').equals(key).toArray()
    if (rows.length === 0) return null
    // A compaction replaces the state entry in the transaction that writes the new one, so there is at most one.
    const state = rows.find(isState) ?? null
    const updates = rows.filter((row) => !isState(row))
    return {
      state: state?.update ?? null,
      updates: updates.map((row) => row.update),
      headSeq: Math.max(state ? coverage(state) : 0, updates.at(-1)?.seq ?? 0),
    }
  }

  async appendUpdate(key: string, update: Uint8Array): Promise<number> {
    return this.db.updates.add({ boardId: key, update: tight(update) })
  }

  async compact(key: string, state: Uint8Array, upToSeq: number): Promise<void> {
    await this.db.transaction('rw', this.db.updates, async () => {
      const rows = await this.db.updates.where('boardId').equals(key).toArray()
      const current = rows.find(isState)
      if (current && upToSeq < coverage(current)) return
      const folded = rows.filter((row) => isState(row) || row.seq <= upToSeq).map((row) => row.seq)
      await this.db.updates.bulkDelete(folded)
      await this.db.updates.add({ boardId: key, update: tight(state), format: 2, upToSeq })
    })
  }

  async listDocuments(): Promise<string[]> {
    return (await this.db.updates.orderBy('boardId').uniqueKeys()).map(String)
  }

  /**
   * Runs `work` in one read-write transaction over the log, which the log's own calls inside join: a load and a
   * compaction made from it then see no other tab's write in between. `DexieDocPersistence` needs that because
   * its state may hold more than the log (after a failed write), which a compaction by another tab at the same
   * seq would otherwise replace.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction('rw', this.db.updates, work)
  }
}
