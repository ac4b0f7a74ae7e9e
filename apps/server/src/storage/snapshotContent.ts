// Shared by the adapters: deciding whether an upload under an existing snapshot id is a harmless retry
// (same content) or a conflict. The state is compared by SHA-256 so the check never has to read back
// a stored state of up to MAX_SNAPSHOT_BYTES.
import { createHash } from 'node:crypto'
import type { SnapshotInput, SnapshotKind, SnapshotMeta } from './SnapshotStore'

export function snapshotDigest(state: Uint8Array): string {
  return createHash('sha256').update(state).digest('hex')
}

/** The columns both adapters keep next to the state. */
export interface SnapshotIdentity {
  name: string
  author: string
  createdAt: number
  kind: SnapshotKind
  size: number
  sha256: string
}

export function sameSnapshot(stored: SnapshotIdentity, input: SnapshotInput, digest: string): boolean {
  return (
    stored.name === input.name &&
    stored.author === input.author &&
    stored.createdAt === input.createdAt &&
    stored.kind === input.kind &&
    stored.size === input.state.byteLength &&
    stored.sha256 === digest
  )
}

/** Row → metadata; both drivers return the same column names (see the migrations). */
export function metaFromRow(row: {
  snapshot_id: string
  name: string
  author: string
  created_at: number | string
  kind: string
  size: number | string
}): SnapshotMeta {
  return {
    id: row.snapshot_id,
    name: row.name,
    author: row.author,
    // PostgreSQL BIGINT arrives as a string; ms timestamps and sizes fit a double exactly.
    createdAt: Number(row.created_at),
    kind: row.kind === 'auto' ? 'auto' : 'named',
    size: Number(row.size),
  }
}
