// HTTP API for invite links (secured mode) and the server's access mode:
//   GET  /api/mode                              → {"mode":"open"|"secured","exposed":bool}
//   POST /api/boards/<id>/invites               → {"token","url","role","expiresAt"} (facilitator of the board or workspace)
//   POST /api/boards/<id>/invites/revoke        → {"role","generation","disconnected"} (facilitator)
// Tokens travel only in the Authorization header and in answers, never in logs. Links are made from the
// configured PUBLIC_URL; without one only a request to a loopback Host gets a link, so nobody can make the
// server hand out links to a host of their choosing.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { isBoardId, type BoardId } from '@sammen/journey-model'
import { bearer, inviteUrl, type AccessControl } from './auth/access'
import { mayManageInvites } from './auth/rules'
import type { Sessions } from './auth/sessions'
import { MAX_INVITE_HOURS, ROLES } from './auth/tokens'
import { requestPath } from './httpPath'
import type { Logger } from './log'
import { answerFailure, decodeSegment, HttpError, readJsonBody, sendJson, type ApiHandler } from './api/httpJson'

export interface InviteApiOptions {
  access: AccessControl
  log: Logger
  sessions: Sessions
  /** Base of invite links; null = only requests to a loopback Host get links (from that Host). */
  publicUrl: string | null
  /** Whether the server listens beyond loopback (reported by /api/mode so the app can warn in open mode). */
  exposed?: boolean
  refused?: (status: number) => void
  isClosing?: () => boolean
}

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i

/** The base of links for this request: PUBLIC_URL, or the Host when it is a loopback name; else null. */
export function linkBase(publicUrl: string | null, host: string | undefined): string | null {
  if (publicUrl) return publicUrl
  return host && LOOPBACK_HOST.test(host) ? `http://${host}` : null
}

const INVITES_PATH = /^\/api\/boards\/([^/]*)\/invites(\/revoke)?\/?$/
const MAX_BODY_BYTES = 16 * 1024

const createBody = z.object(
  {
    role: z.enum(ROLES, { error: `role is required: one of ${ROLES.join(', ')}` }),
    expiresInHours: z
      .number({ error: `expiresInHours is required (a number of hours, at most ${MAX_INVITE_HOURS})` })
      .positive('expiresInHours must be positive')
      .max(MAX_INVITE_HOURS, `expiresInHours must be at most ${MAX_INVITE_HOURS}`),
  },
  { error: 'body must be a JSON object' },
)
const revokeBody = z.object(
  { role: z.enum(ROLES, { error: `role is required: one of ${ROLES.join(', ')}` }) },
  { error: 'body must be a JSON object' },
)

export function createInviteApi(options: InviteApiOptions): ApiHandler {
  const { access, log } = options

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => sendJson(res, status, body, headers, options.refused)

  const handle = async (req: IncomingMessage, res: ServerResponse, boardId: BoardId, revoke: boolean) => {
    if (req.method !== 'POST') throw new HttpError(405, 'use POST', undefined, { Allow: 'POST' })
    if (access.mode === 'open') {
      throw new HttpError(409, 'this server runs in open mode (no SAMMEN_TOKEN_SECRET): everyone is an editor, there are no invites')
    }
    if (options.isClosing?.()) throw new HttpError(503, 'server is shutting down; retry shortly')
    const decision = await access.authorize(boardId, bearer(req))
    if (!decision.ok) throw new HttpError(decision.status, decision.reason, undefined, { 'WWW-Authenticate': 'Bearer' })
    if (!mayManageInvites(decision.role)) throw new HttpError(403, 'only a facilitator may manage invites')
    const json = await readJsonBody(req, MAX_BODY_BYTES)

    if (revoke) {
      const parsed = revokeBody.safeParse(json)
      if (!parsed.success) throw new HttpError(400, parsed.error.issues[0]?.message ?? 'invalid body')
      const { role } = parsed.data
      const { generation, disconnected } = await options.sessions.revoke(boardId, role)
      log.info('invites revoked', { boardId, role, generation, disconnected, by: decision.claims?.tokenId })
      return send(res, 200, { role, generation, disconnected })
    }
    const parsed = createBody.safeParse(json)
    if (!parsed.success) throw new HttpError(400, parsed.error.issues[0]?.message ?? 'invalid body')
    const { role, expiresInHours } = parsed.data
    const expiresInSeconds = Math.max(1, Math.round(expiresInHours * 3600))
    const base = linkBase(options.publicUrl, req.headers.host)
    if (!base) {
      throw new HttpError(
        400,
        'this server has no PUBLIC_URL and the request came to a Host it cannot trust; set PUBLIC_URL (e.g. https://sammen.example.no) to make invite links',
        'no-public-url',
      )
    }
    const token = await access.issue(boardId, role, expiresInSeconds)
    log.info('invite issued', { boardId, role, expiresInHours, by: decision.claims?.tokenId })
    send(res, 201, {
      token,
      url: inviteUrl(base, boardId, token),
      role,
      expiresAt: new Date(Date.now() + expiresInSeconds * 1000).toISOString(),
    })
  }

  return (req, res) => {
    const pathname = requestPath(req)
    if (pathname === null) return false
    if (pathname === '/api/mode') {
      if (req.method !== 'GET' && req.method !== 'HEAD') send(res, 405, { error: 'use GET' }, { Allow: 'GET, HEAD' })
      else send(res, 200, { mode: access.mode, exposed: options.exposed ?? false })
      return true
    }
    const match = INVITES_PATH.exec(pathname)
    if (!match) return false
    const boardId = decodeSegment(match[1] ?? '')
    const work = isBoardId(boardId)
      ? handle(req, res, boardId, match[2] !== undefined)
      : Promise.reject(new HttpError(400, 'invalid board id: must be 6–64 letters, digits, "_" or "-"'))
    work.catch((error: unknown) => answerFailure(res, error, log, 'invite request', options.refused))
    return true
  }
}
