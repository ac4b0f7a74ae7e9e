// HTTP API for a board's named snapshots ("shared history"): clients upload whole-document Yjs states
// with a name, list them and fetch one back to preview or restore. Snapshot ids are chosen by the
// client, so a snapshot taken offline can be uploaded (and re-uploaded after a dropped connection)
// without creating duplicates. Every request is validated before storage is touched; nothing a client
// sends can throw past this module.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { isBoardId, type BoardId } from '@sammen/journey-model'
import { SNAPSHOT_AUTHOR_MAX, SNAPSHOT_ID_PATTERN, SNAPSHOT_KINDS, SNAPSHOT_NAME_MAX, SNAPSHOT_QUOTA_CODE } from '@sammen/protocol'
import { bearer, type AccessControl } from './auth/access'
import { mayReadVersions, mayWriteVersions } from './auth/rules'
import { answerFailure, decodeSegment, HttpError, sendJson, type ApiHandler } from './api/httpJson'
import { requestPath } from './httpPath'
import type { Logger } from './log'
import type { SnapshotInput, SnapshotMeta, SnapshotStore } from './storage/SnapshotStore'
import { checkBoardState } from './versions/boardState'


export interface SnapshotApiOptions {
  storage: SnapshotStore
  log: Logger
  /** Largest accepted state (decoded bytes); the JSON body may be 4/3 of it plus metadata. */
  maxSnapshotBytes: number
  /** Most versions one board may hold. */
  maxSnapshotsPerBoard: number
  /** Bytes of versions one board may hold. */
  maxSnapshotBytesPerBoard: number
  /** Counts error answers (ServerMetrics.apiRefused). */
  refused?: (status: number) => void
  /** During shutdown storage is about to close: answer 503 instead of racing it. */
  isClosing?: () => boolean
  /** Invite checks (secured mode); without it every request is allowed, as in open mode. */
  access?: AccessControl
}

export const DEFAULT_MAX_SNAPSHOT_BYTES = 32 * 1024 * 1024
export const DEFAULT_MAX_SNAPSHOTS_PER_BOARD = 200

const API_PREFIX = '/api/'
const SNAPSHOTS_PATH = /^\/api\/boards\/([^/]*)\/snapshots(?:\/([^/]*))?\/?$/
// Same alphabet and length as board ids: safe in URLs and SQL keys, long enough for a UUID or nanoid.
const SNAPSHOT_ID = SNAPSHOT_ID_PATTERN
const SNAPSHOT_ID_RULE = 'must be 6–64 letters, digits, "_" or "-"'
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
// Metadata next to the base64 state; generous, the fields themselves are capped by the schema.
const METADATA_ALLOWANCE = 64 * 1024
// A client that keeps sending after the limit is read to the end (so it gets its 413 instead of a
// reset), but not forever.
const MAX_DRAIN_BYTES = 256 * 1024 * 1024

const createSnapshotBody = z.object(
  {
    id: z.string({ error: `id is required and ${SNAPSHOT_ID_RULE}` }).regex(SNAPSHOT_ID, `id ${SNAPSHOT_ID_RULE}`),
    name: z
      .string({ error: `name is required (1–${SNAPSHOT_NAME_MAX} characters)` })
      .max(SNAPSHOT_NAME_MAX, `name must be at most ${SNAPSHOT_NAME_MAX} characters`)
      .refine((name) => name.trim() !== '', 'name must not be empty or blank'),
    author: z
      .string({ error: `author must be a string (a display name, at most ${SNAPSHOT_AUTHOR_MAX} characters)` })
      .max(SNAPSHOT_AUTHOR_MAX, `author must be at most ${SNAPSHOT_AUTHOR_MAX} characters`)
      .default(''),
    createdAt: z
      .number({ error: 'createdAt is required (milliseconds since the epoch)' })
      .int('createdAt must be whole milliseconds since the epoch')
      .min(0, 'createdAt must not be negative')
      .max(8.64e15, 'createdAt is beyond the largest date'),
    kind: z.enum(SNAPSHOT_KINDS, { error: 'kind is required and must be "named" or "auto"' }),
    state: z.string({ error: 'state is required (the Yjs update, base64)' }),
  },
  { error: 'body must be a JSON object' },
)

export function createSnapshotApi(options: SnapshotApiOptions): ApiHandler {
  const { storage, log, maxSnapshotBytes } = options
  const maxBodyBytes = Math.ceil(maxSnapshotBytes / 3) * 4 + METADATA_ALLOWANCE

  const send = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => sendJson(res, status, body, headers, options.refused)

  const handle = async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    const match = SNAPSHOTS_PATH.exec(pathname)
    if (!match) throw new HttpError(404, 'unknown API path; see the server README for /api/boards/<boardId>/snapshots, /invites and /votes')
    const boardId = decodeSegment(match[1] ?? '')
    if (!isBoardId(boardId)) throw new HttpError(400, 'invalid board id: must be 6–64 letters, digits, "_" or "-"')
    const snapshotId = match[2] === undefined ? null : decodeSegment(match[2])
    if (snapshotId !== null && !SNAPSHOT_ID.test(snapshotId)) throw new HttpError(400, `invalid snapshot id: ${SNAPSHOT_ID_RULE}`)
    if (options.isClosing?.()) throw new HttpError(503, 'server is shutting down; retry shortly')
    // Same rights as the board itself: every valid invite may read its versions, only writers may change them.
    if (options.access) {
      const decision = await options.access.authorize(boardId, bearer(req))
      if (!decision.ok) throw new HttpError(decision.status, decision.reason)
      if (!mayReadVersions(decision.role)) throw new HttpError(403, 'this invite may not see versions')
      if (req.method !== 'GET' && req.method !== 'HEAD' && !mayWriteVersions(decision.role)) {
        throw new HttpError(403, 'this invite is read-only: only facilitators and editors may save or delete versions')
      }
    }

    if (snapshotId === null) {
      if (req.method === 'GET') return send(res, 200, { snapshots: await storage.listSnapshots(boardId) })
      if (req.method === 'POST') return create(req, res, boardId)
      return send(res, 405, { error: 'use GET or POST on a board\'s snapshots' }, { Allow: 'GET, POST' })
    }
    if (req.method === 'GET') {
      const snapshot = await storage.getSnapshot(boardId, snapshotId)
      if (!snapshot) throw new HttpError(404, 'no snapshot with this id on this board')
      const { state, ...meta } = snapshot
      return send(res, 200, { ...meta, state: Buffer.from(state.buffer, state.byteOffset, state.byteLength).toString('base64') })
    }
    if (req.method === 'DELETE') {
      if (!(await storage.deleteSnapshot(boardId, snapshotId))) throw new HttpError(404, 'no snapshot with this id on this board')
      return send(res, 204)
    }
    return send(res, 405, { error: 'use GET or DELETE on a snapshot' }, { Allow: 'GET, DELETE' })
  }

  const create = async (req: IncomingMessage, res: ServerResponse, boardId: BoardId): Promise<void> => {
    // Read the whole body first, even when the content type is wrong: answering mid-upload makes many
    // clients report a reset instead of our status.
    const body = await readBody(
      req,
      maxBodyBytes,
      () => new HttpError(413, `body too large: the state may be at most ${maxSnapshotBytes} bytes (MAX_SNAPSHOT_BYTES) before base64`),
    )
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    if (contentType !== 'application/json') throw new HttpError(415, 'send the snapshot as Content-Type: application/json')
    let json: unknown
    try {
      json = JSON.parse(body.toString('utf8'))
    } catch {
      throw new HttpError(400, 'body is not valid JSON')
    }
    const parsed = createSnapshotBody.safeParse(json)
    if (!parsed.success) throw new HttpError(400, parsed.error.issues[0]?.message ?? 'invalid snapshot')
    const { state: base64, ...meta } = parsed.data
    const state = decodeState(base64, maxSnapshotBytes)
    const verdict = checkBoardState(state)
    if (!verdict.ok) throw new HttpError(400, verdict.error)
    const input: SnapshotInput = { ...meta, state }
    // The quota counts what is stored; a retried upload of a stored version is no new version.
    const existing = await storage.listSnapshots(boardId)
    if (!existing.some((snapshot) => snapshot.id === meta.id)) {
      if (existing.length >= options.maxSnapshotsPerBoard) {
        throw new HttpError(409, `this board already holds ${existing.length} versions, the most allowed; delete old ones first`, SNAPSHOT_QUOTA_CODE)
      }
      const used = existing.reduce((sum, snapshot) => sum + snapshot.size, 0)
      if (used + state.byteLength > options.maxSnapshotBytesPerBoard) {
        throw new HttpError(409, `this board's versions would take more than ${options.maxSnapshotBytesPerBoard} bytes; delete old ones first`, SNAPSHOT_QUOTA_CODE)
      }
    }
    const result = await storage.putSnapshot(boardId, input)
    const stored: SnapshotMeta = { ...meta, size: state.byteLength }
    if (result === 'conflict') {
      throw new HttpError(409, `snapshot id "${meta.id}" is already used on this board by a snapshot with different content`)
    }
    const location = `/api/boards/${boardId}/snapshots/${meta.id}`
    send(res, result === 'created' ? 201 : 200, stored, { Location: location })
    if (result === 'created') log.info('snapshot stored', { boardId, snapshotId: meta.id, kind: meta.kind, size: state.byteLength })
  }

  return (req, res) => {
    const pathname = requestPath(req)
    if (pathname === null || !pathname.startsWith(API_PREFIX)) return false
    handle(req, res, pathname).catch((error: unknown) => answerFailure(res, error, log, 'snapshot request', options.refused, 'the snapshot may not have been stored, retry'))
    return true
  }
}

/** Strict base64 (a lenient decoder would turn typos into silently different bytes), then Yjs-checked. */
function decodeState(base64: string, maxBytes: number): Uint8Array {
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) throw new HttpError(400, 'state is not valid base64')
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  const size = (base64.length / 4) * 3 - padding
  if (size > maxBytes) throw new HttpError(413, `state is ${size} bytes; the limit is ${maxBytes} (MAX_SNAPSHOT_BYTES)`)
  const buf = Buffer.from(base64, 'base64')
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
}

/** Buffers the body up to `limit` bytes; beyond it, drains (bounded) and rejects with `tooBig`. */
function readBody(req: IncomingMessage, limit: number, tooBig: () => HttpError): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    req.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received <= limit) {
        chunks.push(chunk)
        return
      }
      chunks.length = 0
      if (received > limit + MAX_DRAIN_BYTES) {
        reject(tooBig())
        req.destroy()
      }
    })
    req.on('end', () => (received > limit ? reject(tooBig()) : resolve(Buffer.concat(chunks))))
    req.on('error', reject)
    // 'close' without 'end': the client went away; settling again is a no-op if 'end' came first.
    req.on('close', () => reject(new HttpError(400, 'request body was cut off')))
  })
}
