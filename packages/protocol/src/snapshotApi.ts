import { z } from 'zod'

/**
 * The versions ("snapshots") HTTP API, `/api/boards/<boardId>/snapshots`: the shapes both the server and the
 * browser's client agree on. Full description in PROTOCOL.md.
 */
export const SNAPSHOT_KINDS = ['named', 'auto'] as const
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number]

/** Same alphabet and length as board ids: safe in URLs and SQL keys, long enough for a nanoid. */
export const SNAPSHOT_ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/
export const SNAPSHOT_NAME_MAX = 120
export const SNAPSHOT_AUTHOR_MAX = 80

/** A stored snapshot without its state, as listed. */
export interface SnapshotMeta {
  id: string
  name: string
  /** Display name of whoever took it; may be empty. */
  author: string
  /** Milliseconds since the epoch, from the taking client's clock (it may have been taken offline). */
  createdAt: number
  kind: SnapshotKind
  /** Bytes of the state. */
  size: number
}

export const snapshotMetaSchema = z.object({
  id: z.string().regex(SNAPSHOT_ID_PATTERN),
  name: z.string().max(SNAPSHOT_NAME_MAX),
  author: z.string().max(SNAPSHOT_AUTHOR_MAX),
  createdAt: z.number(),
  kind: z.enum(SNAPSHOT_KINDS),
  size: z.number().int().nonnegative(),
})

/** Error answers of every Sammen HTTP API: `{ "error": "<what is wrong>", "code"?: "<machine-readable>" }`. */
export const apiErrorSchema = z.object({ error: z.string(), code: z.string().optional() })
export type ApiError = z.infer<typeof apiErrorSchema>

/** `code` of a 409 from the snapshot API when the board already holds as many versions as allowed. */
export const SNAPSHOT_QUOTA_CODE = 'quota'
