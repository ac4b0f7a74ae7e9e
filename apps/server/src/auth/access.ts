// Who a request or socket is. Without a secret the server is in "open" mode: no roles, everyone runs the
// workshop (only allowed on loopback unless asked for explicitly, see config.ts). With one, every socket and API
// request needs a signed token (tokens.ts) whose generation is still current in storage: a board invite, or a
// workspace link (facilitator of every board).
import type { IncomingMessage } from 'node:http'
import type { BoardId } from '@sammen/journey-model'
import type { RoleGenerationStore } from '../storage/RoleGenerationStore'
import { OPEN_MODE_ROLE } from './rules'
import { issueToken, verifyToken, type InviteClaims, type Role } from './tokens'

export type AccessMode = 'open' | 'secured'

/** Generations of workspace links live beside boards' under a key no board id can have (`:` is not allowed). */
export const WORKSPACE_KEY = ':workspace' as BoardId

export type AccessDecision =
  | { ok: true; role: Role; claims: InviteClaims | null; workspace: boolean }
  | { ok: false; status: 401 | 403; reason: string }

const REFUSALS = {
  missing: { status: 401, reason: 'an invite token is required on this server' },
  expired: { status: 401, reason: 'the invite has expired; ask the facilitator for a new link' },
  invalid: { status: 401, reason: 'the invite token is not valid' },
  'other-board': { status: 403, reason: 'the invite is for another board' },
} as const

export class AccessControl {
  readonly mode: AccessMode

  constructor(
    private readonly key: Uint8Array | null,
    private readonly storage: RoleGenerationStore,
  ) {
    this.mode = key ? 'secured' : 'open'
  }

  /**
   * Decides whether `token` (offered with a socket, or a Bearer token) grants access to the board. A workspace
   * link grants `facilitator` on every board. Rejects with the storage error if the generation cannot be read
   * (the caller answers 503).
   */
  async authorize(boardId: BoardId, token: string | null): Promise<AccessDecision> {
    if (!this.key) return { ok: true, role: OPEN_MODE_ROLE, claims: null, workspace: false }
    const result = await verifyToken(this.key, token, boardId)
    if (!result.ok) return { ok: false, ...REFUSALS[result.reason] }
    const workspace = result.claims.boardId === null
    const current = await this.storage.roleGeneration(workspace ? WORKSPACE_KEY : boardId, result.claims.role)
    // Only the current generation counts: a revocation bumps it, voiding every older token at once.
    if (result.claims.generation !== current) {
      return { ok: false, status: 401, reason: 'the invite was revoked; ask the facilitator for a new link' }
    }
    return { ok: true, role: result.claims.role, claims: result.claims, workspace }
  }

  /** A workspace link's holder (for creating boards); board invites are refused. */
  async authorizeWorkspace(token: string | null): Promise<AccessDecision> {
    if (!this.key) return { ok: true, role: OPEN_MODE_ROLE, claims: null, workspace: true }
    const result = await verifyToken(this.key, token, null)
    if (!result.ok) return { ok: false, ...REFUSALS[result.reason === 'other-board' ? 'invalid' : result.reason] }
    if (result.claims.boardId !== null) return { ok: false, status: 403, reason: 'a workspace link is needed; a board invite only opens its board' }
    if (result.claims.generation !== (await this.storage.roleGeneration(WORKSPACE_KEY, 'facilitator'))) {
      return { ok: false, status: 401, reason: 'the workspace link was revoked; ask for a new one' }
    }
    return { ok: true, role: 'facilitator', claims: result.claims, workspace: true }
  }

  /** A token for the role's current generation on the board (or, with `boardId` null, a workspace link). */
  async issue(boardId: BoardId | null, role: Role, expiresInSeconds: number): Promise<string> {
    if (!this.key) throw new Error('no token secret configured (open mode)')
    const generation = await this.storage.roleGeneration(boardId ?? WORKSPACE_KEY, role)
    return issueToken(this.key, { boardId, role, generation, expiresInSeconds })
  }

  /** Voids every token of the role on the board (or every workspace link); returns the new generation. */
  revoke(boardId: BoardId | null, role: Role): Promise<number> {
    return this.storage.bumpRoleGeneration(boardId ?? WORKSPACE_KEY, role)
  }

  /** The current generation, for re-checking open connections. */
  generation(boardId: BoardId | null, role: Role): Promise<number> {
    return this.storage.roleGeneration(boardId ?? WORKSPACE_KEY, role)
  }
}

/** Where an invite link leads: the board page, with the token in the fragment (see README). */
export function inviteUrl(baseUrl: string, boardId: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/b/${encodeURIComponent(boardId)}#token=${token}`
}

/** Where a workspace link leads: the start page, with the token in the fragment. */
export function workspaceUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/#workspace=${token}`
}

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? ''
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  return match?.[1] ?? null
}
