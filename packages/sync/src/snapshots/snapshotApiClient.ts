import { apiErrorSchema, snapshotMetaSchema } from '@sammen/protocol'
import { z } from 'zod'
import { base64ToBytes, bytesToBase64 } from './base64'
import type { SnapshotMeta } from './localSnapshots'

/**
 * Client for the server's snapshot API (apps/server/README.md, "Snapshot API"). States travel as standard
 * base64 of the v1 Yjs update. Only `fetch` is used, so it runs in browsers and Node alike.
 */
export interface SnapshotApiClient {
  /** The board's snapshots on the server, newest first, without states. */
  list(boardId: string): Promise<SnapshotMeta[]>
  /** One snapshot with its state; null when the server does not have it (404). */
  get(boardId: string, snapshotId: string): Promise<SnapshotWithState | null>
  /** Uploads a snapshot. Uploading the same snapshot again is harmless ('unchanged'). */
  put(boardId: string, snapshot: SnapshotUpload): Promise<PutSnapshotResult>
  /** Deletes a snapshot; false when the server did not have it (404). */
  delete(boardId: string, snapshotId: string): Promise<boolean>
}

export interface SnapshotWithState extends SnapshotMeta {
  state: Uint8Array
}

export type SnapshotUpload = Omit<SnapshotMeta, 'size'> & { state: Uint8Array }

export type PutSnapshotResult =
  /** 201: stored now. */
  | { status: 'created'; meta: SnapshotMeta }
  /** 200: the identical snapshot was already stored (e.g. an earlier upload whose answer was lost). */
  | { status: 'unchanged'; meta: SnapshotMeta }
  /** 409: the id is taken on this board by a snapshot with different content; nothing was changed. */
  | { status: 'conflict'; error: string }

/** A request failed: `status` is the HTTP status (0 when the server could not be reached). */
export class SnapshotApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'SnapshotApiError'
  }
}

const metaSchema = snapshotMetaSchema
const listSchema = z.object({ snapshots: z.array(metaSchema) })
const withStateSchema = metaSchema.extend({ state: z.string() })
const errorSchema = apiErrorSchema

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

export interface SnapshotApiClientOptions {
  /**
   * The invite token for a board on a secured server, sent as `Authorization: Bearer`; asked at every
   * request because a person may open another link meanwhile. Null sends no header (open mode).
   */
  getToken?: (boardId: string) => string | null
}

export function createSnapshotApiClient(
  baseUrl: string,
  fetchImpl: FetchLike = globalThis.fetch,
  options: SnapshotApiClientOptions = {},
): SnapshotApiClient {
  const root = baseUrl.replace(/\/+$/, '')
  const collection = (boardId: string) => `${root}/api/boards/${encodeURIComponent(boardId)}/snapshots`
  const item = (boardId: string, id: string) => `${collection(boardId)}/${encodeURIComponent(id)}`

  const request = async (what: string, url: string, boardId: string, init: RequestInit = {}): Promise<Response> => {
    const token = options.getToken?.(boardId) ?? null
    const headers: Record<string, string> = { ...(init.headers as Record<string, string> | undefined) }
    if (token) headers.authorization = `Bearer ${token}`
    try {
      return await fetchImpl(url, { ...init, headers })
    } catch (error) {
      throw new SnapshotApiError(`${what}: the server could not be reached`, 0, { cause: error })
    }
  }

  /** The server's `{error}` text, or the status line when the body is not one. */
  const failure = async (what: string, response: Response): Promise<SnapshotApiError> => {
    let detail = `${response.status} ${response.statusText}`.trim()
    try {
      const parsed = errorSchema.safeParse(await response.json())
      if (parsed.success) detail = parsed.data.error
    } catch {
      // Not JSON (a proxy's error page, say): the status line is all there is.
    }
    return new SnapshotApiError(`${what}: ${detail}`, response.status)
  }

  const parse = async <T>(what: string, response: Response, schema: z.ZodType<T>): Promise<T> => {
    let body: unknown
    try {
      body = await response.json()
    } catch (error) {
      throw new SnapshotApiError(`${what}: the server's answer is not JSON`, response.status, { cause: error })
    }
    const parsed = schema.safeParse(body)
    if (!parsed.success) throw new SnapshotApiError(`${what}: unexpected answer from the server`, response.status)
    return parsed.data
  }

  return {
    async list(boardId) {
      const what = 'Listing snapshots failed'
      const response = await request(what, collection(boardId), boardId, { headers: { accept: 'application/json' } })
      if (!response.ok) throw await failure(what, response)
      return (await parse(what, response, listSchema)).snapshots
    },

    async get(boardId, snapshotId) {
      const what = `Fetching snapshot ${snapshotId} failed`
      const response = await request(what, item(boardId, snapshotId), boardId, { headers: { accept: 'application/json' } })
      if (response.status === 404) return null
      if (!response.ok) throw await failure(what, response)
      const { state, ...meta } = await parse(what, response, withStateSchema)
      try {
        return { ...meta, state: base64ToBytes(state) }
      } catch (error) {
        throw new SnapshotApiError(`${what}: the state is not valid base64`, response.status, { cause: error })
      }
    },

    async put(boardId, snapshot) {
      const what = `Uploading snapshot ${snapshot.id} failed`
      const { state, ...meta } = snapshot
      const response = await request(what, collection(boardId), boardId, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ ...meta, state: bytesToBase64(state) }),
      })
      if (response.status === 409) return { status: 'conflict', error: (await failure(what, response)).message }
      if (response.status !== 200 && response.status !== 201) throw await failure(what, response)
      const stored = await parse(what, response, metaSchema)
      return { status: response.status === 201 ? 'created' : 'unchanged', meta: stored }
    },

    async delete(boardId, snapshotId) {
      const what = `Deleting snapshot ${snapshotId} failed`
      const response = await request(what, item(boardId, snapshotId), boardId, { method: 'DELETE' })
      if (response.status === 404) return false
      if (!response.ok) throw await failure(what, response)
      return true
    },
  }
}
