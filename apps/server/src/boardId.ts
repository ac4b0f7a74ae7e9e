// A board id is the only thing that names a board, both in URLs (/b/<id>) and in storage keys.
// Kept deliberately tiny so it can move to packages/journey-model without dragging server code along.

declare const boardIdBrand: unique symbol

/** A string that has been checked against BOARD_ID_PATTERN. */
export type BoardId = string & { readonly [boardIdBrand]: true }

// Url-safe without escaping, long enough to be unguessable when random, short enough for a key column.
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/

export function isBoardId(value: unknown): value is BoardId {
  return typeof value === 'string' && BOARD_ID_PATTERN.test(value)
}

export function parseBoardId(value: unknown): BoardId {
  if (!isBoardId(value)) throw new Error(`invalid board id: ${JSON.stringify(value)}`)
  return value
}
