import type { BoardId } from '@sammen/journey-model'

/**
 * Invite tokens per board in localStorage, so a reload or an offline visit keeps the role the
 * link gave. localStorage is user-editable: whatever is read back is only a candidate token that
 * the server verifies.
 */
const KEY_PREFIX = 'sammen.token.'

function keyFor(boardId: BoardId): string {
  return `${KEY_PREFIX}${boardId}`
}

export function storedBoardToken(boardId: BoardId, storage: Storage = localStorage): string | null {
  try {
    const value = storage.getItem(keyFor(boardId))
    return value && value.length < 4096 ? value : null
  } catch {
    return null
  }
}

export function rememberBoardToken(boardId: BoardId, token: string, storage: Storage = localStorage): void {
  try {
    storage.setItem(keyFor(boardId), token)
  } catch {
    // Private mode or a full quota: the token still works for this visit.
  }
}

export function forgetBoardToken(boardId: BoardId, storage: Storage = localStorage): void {
  try {
    storage.removeItem(keyFor(boardId))
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/**
 * Every board invite this browser keeps, for requests that span boards (the library and the agency pages ask the
 * server with all of them at once). Only candidates: the server verifies each and skips those that fail.
 */
export function storedBoardTokens(storage: Storage = localStorage): string[] {
  const tokens: string[] = []
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index)
      if (!key?.startsWith(KEY_PREFIX)) continue
      const value = storage.getItem(key)
      if (value && value.length < 4096) tokens.push(value)
    }
  } catch {
    // Storage that cannot be read holds no tokens for us.
  }
  return tokens
}
