import type { BoardId } from '@sammen/journey-model'
import { z } from 'zod'
import { BOARD_ROLES, type BoardRole } from '../access/boardAccess'

/** What went wrong, in the terms the dialog explains (see i18n `access.invite.errors`). */
export type InviteErrorKind = 'offline' | 'notFacilitator' | 'ownLinkInvalid' | 'openMode' | 'busy' | 'generic'

export class InviteApiError extends Error {
  constructor(
    readonly kind: InviteErrorKind,
    readonly status: number,
    detail: string,
  ) {
    super(detail)
    this.name = 'InviteApiError'
  }
}

const createdSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  role: z.enum(BOARD_ROLES),
  expiresAt: z.iso.datetime(),
})
const revokedSchema = z.object({ role: z.enum(BOARD_ROLES), generation: z.number(), disconnected: z.number().int().min(0) })
const errorSchema = z.object({ error: z.string() })

export interface CreatedInvite {
  url: string
  role: BoardRole
  expiresAt: Date
}

export interface RevokedInvites {
  role: BoardRole
  /** How many open connections (not people: tabs, rooms) the server cut. */
  disconnected: number
}

/** Maps an HTTP status to what the person can do about it. */
export function inviteErrorKind(status: number): InviteErrorKind {
  if (status === 0) return 'offline'
  if (status === 401) return 'ownLinkInvalid'
  if (status === 403) return 'notFacilitator'
  if (status === 409) return 'openMode'
  if (status === 429 || status === 503) return 'busy'
  return 'generic'
}

async function post(url: string, token: string, body: unknown, fetchImpl: typeof fetch): Promise<unknown> {
  let response: Response
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
    })
  } catch {
    throw new InviteApiError('offline', 0, 'the server could not be reached')
  }
  let json: unknown = null
  try {
    json = await response.json()
  } catch {
    // Handled below: a failure keeps its status; a success without JSON is "generic".
  }
  if (!response.ok) {
    const detail = errorSchema.safeParse(json)
    throw new InviteApiError(inviteErrorKind(response.status), response.status, detail.success ? detail.data.error : response.statusText)
  }
  return json
}

const invitesPath = (boardId: BoardId) => `/api/boards/${encodeURIComponent(boardId)}/invites`

/** `POST /api/boards/<id>/invites` with the facilitator's token (apps/server README, "Invite API"). */
export async function createInvite(
  boardId: BoardId,
  facilitatorToken: string,
  role: BoardRole,
  expiresInHours: number,
  fetchImpl: typeof fetch = fetch,
): Promise<CreatedInvite> {
  const json = await post(invitesPath(boardId), facilitatorToken, { role, expiresInHours }, fetchImpl)
  const parsed = createdSchema.safeParse(json)
  if (!parsed.success) throw new InviteApiError('generic', 200, 'unexpected answer from the server')
  return { url: parsed.data.url, role: parsed.data.role, expiresAt: new Date(parsed.data.expiresAt) }
}

/** `POST /api/boards/<id>/invites/revoke`: every link of the role stops working, open connections are cut. */
export async function revokeInvites(
  boardId: BoardId,
  facilitatorToken: string,
  role: BoardRole,
  fetchImpl: typeof fetch = fetch,
): Promise<RevokedInvites> {
  const json = await post(`${invitesPath(boardId)}/revoke`, facilitatorToken, { role }, fetchImpl)
  const parsed = revokedSchema.safeParse(json)
  if (!parsed.success) throw new InviteApiError('generic', 200, 'unexpected answer from the server')
  return { role: parsed.data.role, disconnected: parsed.data.disconnected }
}
