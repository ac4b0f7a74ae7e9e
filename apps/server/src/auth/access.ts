// Who may do what on a board. Without a secret the server is in "open" mode (everyone is an editor,
// as before roles existed); with one, every socket and invite request needs a signed invite token
// (tokens.ts) whose role generation is still the board's current one (storage).
import type { IncomingMessage } from 'node:http'
import type { BoardId } from '@sammen/journey-model'
import type { DocStorage } from '../storage/DocStorage'
import { issueToken, verifyToken, type InviteClaims, type Role } from './tokens'

export type AccessMode = 'open' | 'secured'

export type AccessDecision =
  | { ok: true; role: Role; claims: InviteClaims | null }
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
    private readonly storage: DocStorage,
  ) {
    this.mode = key ? 'secured' : 'open'
  }

  /**
   * Decides whether `token` (the `?token=` of a socket or a Bearer token) grants access to the board.
   * Rejects with the storage error if the generation cannot be read (the caller answers 503).
   */
  async authorize(boardId: BoardId, token: string | null): Promise<AccessDecision> {
    if (!this.key) return { ok: true, role: 'editor', claims: null }
    const result = await verifyToken(this.key, token, boardId)
    if (!result.ok) return { ok: false, ...REFUSALS[result.reason] }
    const current = await this.storage.roleGeneration(boardId, result.claims.role)
    // Only the current generation counts: a revocation bumps it, voiding every older token at once.
    if (result.claims.generation !== current) {
      return { ok: false, status: 401, reason: 'the invite was revoked; ask the facilitator for a new link' }
    }
    return { ok: true, role: result.claims.role, claims: result.claims }
  }

  /** A token for the role's current generation. Only in secured mode. */
  async issue(boardId: BoardId, role: Role, expiresInSeconds: number): Promise<string> {
    if (!this.key) throw new Error('no token secret configured (open mode)')
    const generation = await this.storage.roleGeneration(boardId, role)
    return issueToken(this.key, { boardId, role, generation, expiresInSeconds })
  }

  /** Voids every token of the role on the board; returns the new generation. */
  revoke(boardId: BoardId, role: Role): Promise<number> {
    return this.storage.bumpRoleGeneration(boardId, role)
  }
}

/** Where an invite link leads: the board page, with the token in the fragment (see README). */
export function inviteUrl(baseUrl: string, boardId: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/b/${encodeURIComponent(boardId)}#token=${token}`
}

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? ''
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  return match?.[1] ?? null
}

/** Roles that may change a board: its document, and its saved versions. */
export const WRITING_ROLES: readonly Role[] = ['facilitator', 'editor']
