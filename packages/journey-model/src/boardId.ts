import { z } from 'zod'

declare const boardIdBrand: unique symbol

/** A board's id as it appears in URLs (`/b/<id>`) and in the sync room name. */
export type BoardId = string & { readonly [boardIdBrand]: true }

/** Letters, digits, `_` and `-`, 6–64 characters: safe in URLs, file names and SQL keys without escaping. */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/

export const boardIdSchema = z
  .string()
  .regex(BOARD_ID_PATTERN, 'A board id is 6–64 letters, digits, "_" or "-".')
  .transform((value) => value as BoardId)

export function isBoardId(value: unknown): value is BoardId {
  return typeof value === 'string' && BOARD_ID_PATTERN.test(value)
}

/** Parses a board id or throws an error that says what is wrong with it. */
export function parseBoardId(value: unknown): BoardId {
  const result = boardIdSchema.safeParse(value)
  if (!result.success) throw new Error(result.error.issues[0]?.message ?? 'Invalid board id')
  return result.data
}

const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A new random board id: 16 characters from an unambiguous alphabet (about 93 bits). */
export function createBoardId(): BoardId {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return id as BoardId
}
