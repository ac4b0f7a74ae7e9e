import { ROLES, WORKSPACE_TOKEN_AUDIENCE, isRole, type Role } from '@sammen/protocol'
import { decodeJwt } from 'jose'
import { z } from 'zod'

export const BOARD_ROLES = ROLES
export type BoardRole = Role

export function isBoardRole(value: unknown): value is BoardRole {
  return isRole(value)
}

const inviteClaimsSchema = z.object({
  board: z.string().min(1),
  role: z.enum(BOARD_ROLES),
  exp: z.number().optional(),
})
const workspaceClaimsSchema = z.object({
  aud: z.literal(WORKSPACE_TOKEN_AUDIENCE),
  role: z.literal('facilitator'),
  exp: z.number().optional(),
})

/** What the web app reads from an invite token. For the UI only: the server verifies the signature. */
export interface InviteClaims {
  /** The board the invite is for; null for a workspace link (a facilitator of every board). */
  boardId: string | null
  role: BoardRole
  /** Milliseconds since the epoch, or null when the token does not say. */
  expiresAt: number | null
}

/** The claims of a token, or null when it is not a JWT with the claims Sammen issues. Never verifies. */
export function decodeInviteToken(token: string): InviteClaims | null {
  let payload: unknown
  try {
    payload = decodeJwt(token)
  } catch {
    return null
  }
  const workspace = workspaceClaimsSchema.safeParse(payload)
  if (workspace.success) return { boardId: null, role: 'facilitator', expiresAt: workspace.data.exp === undefined ? null : workspace.data.exp * 1000 }
  const parsed = inviteClaimsSchema.safeParse(payload)
  if (!parsed.success) return null
  const { board, role, exp } = parsed.data
  return { boardId: board, role, expiresAt: exp === undefined ? null : exp * 1000 }
}

export function isExpired(claims: InviteClaims, now = Date.now()): boolean {
  return claims.expiresAt !== null && claims.expiresAt <= now
}

/** A JWS compact serialization: three base64url parts. Anything else in `#token=` is ignored. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

/**
 * Splits an invite link's fragment (`#token=…`, possibly with other `&key=value` parts) into the
 * token and the fragment to keep in the address bar.
 */
export function takeTokenFromHash(hash: string, name: 'token' | 'workspace' = 'token'): { token: string | null; restHash: string } {
  const text = hash.startsWith('#') ? hash.slice(1) : hash
  if (!text) return { token: null, restHash: '' }
  const params = new URLSearchParams(text)
  const candidate = params.get(name)
  if (candidate === null) return { token: null, restHash: hash }
  params.delete(name)
  const rest = params.toString()
  const token = TOKEN_SHAPE.test(candidate.trim()) ? candidate.trim() : null
  return { token, restHash: rest ? `#${rest}` : '' }
}
