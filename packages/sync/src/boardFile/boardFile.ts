import * as Y from 'yjs'
import { z } from 'zod'
import { base64ToBytes, bytesToBase64 } from '../snapshots/base64'
import type { AutoSnapshotReason, SnapshotKind } from '../snapshots/localSnapshots'

/**
 * The `.sammen` board file: one board with its snapshots, for saving a copy, moving it to another machine
 * or sharing it without a server. Format (UTF-8 JSON, documented in the package README):
 *
 *   { "format": "sammen-board", "version": 1, "boardId", "title", "exportedAt",
 *     "state": base64 of Y.encodeStateAsUpdate(doc),
 *     "snapshots": [{ "id", "name", "author", "createdAt", "kind", "reason"?, "state" }] }
 *
 * Plain JSON, no compression: Yjs states are already compact, the file stays readable for support, and
 * CompressionStream is not available everywhere this package runs. `format` is written first so a truncated
 * file can still be told apart from a file that is not ours.
 */
export const BOARD_FILE_FORMAT = 'sammen-board'
export const BOARD_FILE_VERSION = 1
export const BOARD_FILE_EXTENSION = '.sammen'
export const DEFAULT_MAX_BOARD_FILE_BYTES = 50 * 1024 * 1024

export interface BoardFileSnapshot {
  id: string
  name: string
  author: string
  createdAt: number
  kind: SnapshotKind
  reason?: AutoSnapshotReason
  state: Uint8Array
}

export interface BoardFileContent {
  boardId: string
  title: string
  /** The whole board document, v1 Yjs encoding. */
  state: Uint8Array
  snapshots: BoardFileSnapshot[]
  /** Milliseconds since the epoch; set by encodeBoardFile when not given. */
  exportedAt?: number
}

export type BoardFileErrorCode = 'too-large' | 'not-sammen-file' | 'corrupt' | 'newer-version' | 'invalid-state'

/** Default messages in Norwegian (bokmål) for people; the web app may translate by `code` instead. */
const MESSAGES: Record<BoardFileErrorCode, string> = {
  'too-large': 'Filen er for stor til å åpnes som en Sammen-tavle.',
  'not-sammen-file': 'Dette er ikke en Sammen-fil.',
  corrupt: 'Filen er ødelagt eller ufullstendig, og kan ikke åpnes.',
  'newer-version': 'Filen er laget med en nyere versjon av Sammen. Oppdater Sammen for å åpne den.',
  'invalid-state': 'Innholdet i tavlen i filen er skadet og kan ikke leses.',
}

export class BoardFileError extends Error {
  constructor(
    readonly code: BoardFileErrorCode,
    /** What exactly is wrong, in English, for logs and support. */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[code], options)
    this.name = 'BoardFileError'
  }
}

const snapshotSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
  name: z.string().min(1).max(120),
  author: z.string().max(80),
  createdAt: z.number().int().nonnegative(),
  kind: z.enum(['named', 'auto']),
  reason: z.enum(['before-restore', 'after-reconnect', 'interval']).optional(),
  state: z.string(),
})

const fileSchema = z.object({
  format: z.literal(BOARD_FILE_FORMAT),
  version: z.literal(BOARD_FILE_VERSION),
  boardId: z.string().min(1).max(200),
  title: z.string().max(500),
  exportedAt: z.number().int().nonnegative(),
  state: z.string(),
  snapshots: z.array(snapshotSchema),
})

export function encodeBoardFile(content: BoardFileContent): Uint8Array {
  const file: z.infer<typeof fileSchema> = {
    format: BOARD_FILE_FORMAT,
    version: BOARD_FILE_VERSION,
    boardId: content.boardId,
    title: content.title,
    exportedAt: content.exportedAt ?? Date.now(),
    state: bytesToBase64(content.state),
    snapshots: content.snapshots.map((snapshot) => ({
      id: snapshot.id,
      name: snapshot.name,
      author: snapshot.author,
      createdAt: snapshot.createdAt,
      kind: snapshot.kind,
      ...(snapshot.reason ? { reason: snapshot.reason } : {}),
      state: bytesToBase64(snapshot.state),
    })),
  }
  return new TextEncoder().encode(JSON.stringify(file))
}

const SAMMEN_PREFIX = /^\s*\{\s*"format"\s*:\s*"sammen-board"/

/** Reads a `.sammen` file. Throws {@link BoardFileError} with a plain-language message when it cannot. */
export function decodeBoardFile(bytes: Uint8Array, options: { maxBytes?: number } = {}): BoardFileContent {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BOARD_FILE_BYTES
  if (bytes.byteLength > maxBytes) {
    throw new BoardFileError('too-large', `${bytes.byteLength} bytes, the limit is ${maxBytes}`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    // A cut in the middle of a multi-byte character is truncation; anything else binary is not ours.
    const looksOurs = SAMMEN_PREFIX.test(new TextDecoder().decode(bytes.subarray(0, 100)))
    throw new BoardFileError(looksOurs ? 'corrupt' : 'not-sammen-file', 'not UTF-8 text', { cause: error })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    if (SAMMEN_PREFIX.test(text)) throw new BoardFileError('corrupt', 'the JSON is truncated or damaged', { cause: error })
    throw new BoardFileError('not-sammen-file', 'not JSON', { cause: error })
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== BOARD_FILE_FORMAT) {
    throw new BoardFileError('not-sammen-file', 'no "format": "sammen-board"')
  }
  const version = (parsed as { version?: unknown }).version
  if (typeof version === 'number' && Number.isInteger(version) && version > BOARD_FILE_VERSION) {
    throw new BoardFileError('newer-version', `file version ${version}, this client reads up to ${BOARD_FILE_VERSION}`)
  }
  const checked = fileSchema.safeParse(parsed)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    throw new BoardFileError('corrupt', `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`)
  }
  const file = checked.data
  return {
    boardId: file.boardId,
    title: file.title,
    exportedAt: file.exportedAt,
    state: decodeState(file.state, 'state'),
    snapshots: file.snapshots.map((snapshot, i) => {
      const { reason, state, ...meta } = snapshot
      return { ...meta, ...(reason ? { reason } : {}), state: decodeState(state, `snapshots.${i}.state`) }
    }),
  }
}

/** Base64 → bytes, checked to be a Yjs update the way the server checks uploads (Y.decodeUpdate). */
function decodeState(text: string, where: string): Uint8Array {
  let bytes: Uint8Array
  try {
    bytes = base64ToBytes(text)
  } catch (error) {
    throw new BoardFileError('corrupt', `${where} is not valid base64`, { cause: error })
  }
  try {
    Y.decodeUpdate(bytes)
  } catch (error) {
    throw new BoardFileError('invalid-state', `${where} is not a valid Yjs update`, { cause: error })
  }
  return bytes
}
