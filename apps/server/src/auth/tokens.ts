// Signed invite tokens: a compact JWS (JWT) with HS256 and a server-wide secret. We use `jose` for
// it because it is maintained, implements the JWT/JWS standards exactly (including refusing `none`
// and algorithm confusion when the accepted algorithms are pinned) and is pure JavaScript on top of
// WebCrypto: no native code to build. Its HMAC check goes through WebCrypto `verify`, which compares
// signatures in constant time.
//
// Two kinds, told apart by their audience so one can never pass as the other:
// - a board invite (`sammen-board`): one board, one role;
// - a workspace link (`sammen-workspace`): a facilitator of every board on this server, who creates boards and
//   hands out their invites from the app. The setup command prints the first one.
import { randomUUID } from 'node:crypto'
import { BOARD_TOKEN_AUDIENCE, isRole, TOKEN_ISSUER, WORKSPACE_TOKEN_AUDIENCE, type Role } from '@sammen/protocol'
import { errors, jwtVerify, SignJWT } from 'jose'

export { isRole, ROLES, type Role } from '@sammen/protocol'

/** Shortest secret we accept: HS256 keys below the hash size (32 bytes) weaken the MAC. */
export const MIN_SECRET_BYTES = 32
/** Longest invite we issue: one year. Shorter is better; revocation covers the rest. */
export const MAX_INVITE_HOURS = 24 * 366

const ALGORITHM = 'HS256'
// Real tokens are ~300 characters; refusing huge ones up front keeps parsing cheap for garbage.
const MAX_TOKEN_LENGTH = 4096

export interface InviteClaims {
  /** The board, or null for a workspace link (every board). */
  boardId: string | null
  role: Role
  /** Role generation the token was issued for; a revocation bumps the board's (or workspace's), voiding older tokens. */
  generation: number
  /** Seconds since the epoch. */
  issuedAt: number
  /** Seconds since the epoch. */
  expiresAt: number
  /** Random token id (`jti`), useful to tell tokens apart in audits without printing them. */
  tokenId: string
}

export interface IssueOptions {
  /** The board, or null for a workspace link. */
  boardId: string | null
  role: Role
  generation: number
  expiresInSeconds: number
  /** For tests; default now. */
  now?: Date
}

export type VerifyResult =
  | { ok: true; claims: InviteClaims }
  | { ok: false; reason: 'missing' | 'expired' | 'invalid' | 'other-board' }

/** The configured secret as key bytes; throws when it is too short to be safe. */
export function secretKey(secret: string): Uint8Array {
  const key = new TextEncoder().encode(secret)
  if (key.byteLength < MIN_SECRET_BYTES) throw new Error(`the token secret must be at least ${MIN_SECRET_BYTES} bytes`)
  return key
}

export async function issueToken(key: Uint8Array, options: IssueOptions): Promise<string> {
  if (!isRole(options.role)) throw new Error(`unknown role ${String(options.role)}`)
  if (options.boardId === null && options.role !== 'facilitator') throw new Error('a workspace link is for facilitators')
  if (!Number.isInteger(options.generation) || options.generation < 0) throw new Error('generation must be a whole number ≥ 0')
  if (!(options.expiresInSeconds > 0)) throw new Error('expiresInSeconds must be positive')
  const iat = Math.floor((options.now ?? new Date()).getTime() / 1000)
  const claims = options.boardId === null ? { role: options.role, gen: options.generation } : { board: options.boardId, role: options.role, gen: options.generation }
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(options.boardId === null ? WORKSPACE_TOKEN_AUDIENCE : BOARD_TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + Math.round(options.expiresInSeconds))
    .setJti(randomUUID())
    .sign(key)
}

/**
 * Checks signature, algorithm, expiry, issuer/audience and the claim shapes, then that the token is for
 * `boardId` (a workspace link is for every board). Never throws: every failure becomes a reason the caller maps to
 * 401/403. The role generation is NOT checked here (it needs storage); see access.ts.
 */
export async function verifyToken(
  key: Uint8Array,
  token: string | null | undefined,
  boardId: string | null,
  now?: Date,
): Promise<VerifyResult> {
  if (!token) return { ok: false, reason: 'missing' }
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'invalid' }
  let payload
  try {
    ;({ payload } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM], // pinned: refuses `none` and any other algorithm
      issuer: TOKEN_ISSUER,
      audience: [BOARD_TOKEN_AUDIENCE, WORKSPACE_TOKEN_AUDIENCE],
      requiredClaims: ['exp', 'iat', 'jti'],
      currentDate: now,
    }))
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' }
  }
  const { aud, board, role, gen, iat, exp, jti } = payload
  const workspace = aud === WORKSPACE_TOKEN_AUDIENCE
  if (aud !== BOARD_TOKEN_AUDIENCE && !workspace) return { ok: false, reason: 'invalid' }
  if (!isRole(role) || !Number.isSafeInteger(gen) || (gen as number) < 0) return { ok: false, reason: 'invalid' }
  if (workspace ? board !== undefined || role !== 'facilitator' : typeof board !== 'string') return { ok: false, reason: 'invalid' }
  if (typeof iat !== 'number' || typeof exp !== 'number' || typeof jti !== 'string') return { ok: false, reason: 'invalid' }
  if (!workspace && board !== boardId) return { ok: false, reason: 'other-board' }
  return {
    ok: true,
    claims: { boardId: workspace ? null : (board as string), role, generation: gen as number, issuedAt: iat, expiresAt: exp, tokenId: jti },
  }
}
