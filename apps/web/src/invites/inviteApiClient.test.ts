import { parseBoardId } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { createInvite, InviteApiError, revokeInvites } from './inviteApiClient'

const board = parseBoardId('tavle-1')
const answer = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status })

describe('invite API client', () => {
  it('sends the facilitator token and reads the created link', async () => {
    let seen: RequestInit | undefined
    const fetchImpl = (async (_url: string, init?: RequestInit) => {
      seen = init
      return new Response(JSON.stringify({ token: 't', url: 'http://host/b/tavle-1#token=t', role: 'viewer', expiresAt: '2026-12-01T10:00:00.000Z' }), { status: 201 })
    }) as typeof fetch
    const invite = await createInvite(board, 'fac-token', 'viewer', 24, fetchImpl)
    expect(invite).toMatchObject({ url: 'http://host/b/tavle-1#token=t', role: 'viewer' })
    expect((seen?.headers as Record<string, string>).authorization).toBe('Bearer fac-token')
    expect(JSON.parse(String(seen?.body))).toEqual({ role: 'viewer', expiresInHours: 24 })
  })

  it('turns refusals into what the person can do about them', async () => {
    const kind = (status: number) =>
      revokeInvites(board, 't', 'editor', answer(status, { error: 'x' }) as typeof fetch).catch((error: InviteApiError) => error.kind)
    expect(await kind(401)).toBe('ownLinkInvalid')
    expect(await kind(403)).toBe('notFacilitator')
    expect(await kind(409)).toBe('openMode')
    expect(await kind(503)).toBe('busy')
    expect(await kind(500)).toBe('generic')
    const offline = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    await expect(revokeInvites(board, 't', 'editor', offline)).rejects.toMatchObject({ kind: 'offline', status: 0 })
  })

  it('reports how many people a revocation cut off', async () => {
    const result = await revokeInvites(board, 't', 'editor', answer(200, { role: 'editor', generation: 1, disconnected: 2 }) as typeof fetch)
    expect(result).toEqual({ role: 'editor', disconnected: 2 })
  })
})
