import type { BoardId } from '@sammen/journey-model'
import { CloseCode, CloseReason } from '@sammen/protocol'
import { z } from 'zod'
import type { AccessRefusal } from './boardAccess'
import { decodeInviteToken, isExpired } from './inviteToken'

/**
 * Why the server refuses a token, in the banner's terms. What the token itself says (board, expiry)
 * comes first because it is certain; the server's English reason text decides between revoked and invalid.
 */
export function classifyRefusal(
  boardId: BoardId,
  token: string | null,
  answer: { status: number; error: string },
  now = Date.now(),
): AccessRefusal {
  if (!token) return 'missing'
  const claims = decodeInviteToken(token)
  if (!claims) return 'invalid'
  if ((claims.boardId !== null && claims.boardId !== boardId) || answer.status === 403) return 'other-board'
  if (isExpired(claims, now) || /expired/i.test(answer.error)) return 'expired'
  if (/revoked/i.test(answer.error)) return 'revoked'
  return 'invalid'
}

/**
 * What a close code the server sends says about access; null for codes that are not about access. 4401 ends a
 * connection whose invite was revoked or has run out while it was open; the token itself tells which.
 */
export function refusalForCloseCode(code: number, token: string | null = null, now = Date.now(), reason = ''): AccessRefusal | null {
  if (code === CloseCode.inviteRevoked) {
    const claims = token ? decodeInviteToken(token) : null
    return claims && isExpired(claims, now) ? 'expired' : 'revoked'
  }
  if (code === CloseCode.forbidden) {
    // A read-only role that wrote is the common case; any other refusal means this browser sent something the
    // server will never take (another participant's client id, a change outside the layout).
    return reason === '' || reason === CloseReason.readOnlyRole || reason === CloseReason.panelAddsOnly ? 'read-only' : 'forbidden'
  }
  if (code === CloseCode.tooLarge) return 'too-large'
  return null
}

const errorSchema = z.object({ error: z.string() })

/**
 * A refused websocket upgrade reaches the browser only as "closed, 1006", like a network failure. The
 * snapshot API checks the same token the same way and answers with a status and a reason, so ask it.
 * Null: the token is accepted (or the server cannot be reached, which is not a refusal).
 */
export async function probeRefusal(boardId: BoardId, token: string | null, fetchImpl: typeof fetch = fetch): Promise<AccessRefusal | null> {
  let response: Response
  try {
    response = await fetchImpl(`/api/boards/${encodeURIComponent(boardId)}/snapshots`, {
      method: 'GET',
      headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: 'no-store',
    })
  } catch {
    return null
  }
  if (response.status !== 401 && response.status !== 403) return null
  let error = ''
  try {
    const parsed = errorSchema.safeParse(await response.json())
    if (parsed.success) error = parsed.data.error
  } catch {
    // No JSON body: the status alone decides.
  }
  return classifyRefusal(boardId, token, { status: response.status, error })
}
