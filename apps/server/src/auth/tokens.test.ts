import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { mayWriteDocument } from './rules'
import { issueToken, secretKey, verifyToken } from './tokens'

const key = secretKey('a-test-secret-that-is-long-enough-0123456789')
const otherKey = secretKey('another-secret-that-is-long-enough-987654321')
const BOARD = 'workshop-board-1'

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

async function token(role: 'facilitator' | 'editor' | 'panel' | 'viewer' = 'viewer', hours = 1, now?: Date) {
  return issueToken(key, { boardId: BOARD, role, generation: 2, expiresInSeconds: hours * 3600, now })
}

describe('invite tokens', () => {
  it('round-trips a valid token with all claims', async () => {
    const result = await verifyToken(key, await token('panel'), BOARD)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.claims).toMatchObject({ boardId: BOARD, role: 'panel', generation: 2 })
    expect(result.claims.expiresAt - result.claims.issuedAt).toBe(3600)
    expect(result.claims.tokenId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('gives every token its own id', async () => {
    const [a, b] = await Promise.all([verifyToken(key, await token(), BOARD), verifyToken(key, await token(), BOARD)])
    expect(a.ok && b.ok && a.claims.tokenId !== b.claims.tokenId).toBe(true)
  })

  it('refuses an expired token', async () => {
    const old = await token('editor', 1, new Date(Date.now() - 2 * 3600_000))
    expect(await verifyToken(key, old, BOARD)).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuses a token signed with another secret', async () => {
    const forged = await issueToken(otherKey, { boardId: BOARD, role: 'facilitator', generation: 0, expiresInSeconds: 60 })
    expect(await verifyToken(key, forged, BOARD)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await token('viewer')).split('.')
    const now = Math.floor(Date.now() / 1000)
    const payload = b64url({ board: BOARD, role: 'facilitator', gen: 2, iss: 'sammen', aud: 'sammen-board', iat: now, exp: now + 60, jti: 'x' })
    expect(await verifyToken(key, `${header}.${payload}.${signature}`, BOARD)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses a token for another board', async () => {
    expect(await verifyToken(key, await token(), 'another-board')).toEqual({ ok: false, reason: 'other-board' })
  })

  it('refuses alg "none" and other algorithms, even with the right secret', async () => {
    const now = Math.floor(Date.now() / 1000)
    const claims = { board: BOARD, role: 'editor', gen: 0, iss: 'sammen', aud: 'sammen-board', iat: now, exp: now + 60, jti: 'x' }
    const unsigned = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`
    expect(await verifyToken(key, unsigned, BOARD)).toEqual({ ok: false, reason: 'invalid' })
    const hs512 = await new SignJWT(claims).setProtectedHeader({ alg: 'HS512' }).sign(key)
    expect(await verifyToken(key, hs512, BOARD)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses a correctly signed token with wrong claim shapes', async () => {
    const now = Math.floor(Date.now() / 1000)
    const base = { board: BOARD, gen: 0, iss: 'sammen', aud: 'sammen-board', iat: now, exp: now + 60, jti: 'x' }
    for (const claims of [{ ...base, role: 'admin' }, { ...base, role: 'editor', gen: -1 }, { ...base, role: 'editor', aud: 'other' }]) {
      const signed = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key)
      expect(await verifyToken(key, signed, BOARD)).toEqual({ ok: false, reason: 'invalid' })
    }
    const noExpiry = await new SignJWT({ ...base, role: 'editor', exp: undefined }).setProtectedHeader({ alg: 'HS256' }).sign(key)
    expect(await verifyToken(key, noExpiry, BOARD)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses garbage and a missing token without throwing', async () => {
    for (const garbage of ['', 'abc', 'a.b.c', '....', 'x'.repeat(10_000), '\u0000.\u0001.\u0002']) {
      const result = await verifyToken(key, garbage, BOARD)
      expect(result.ok).toBe(false)
    }
    expect(await verifyToken(key, null, BOARD)).toEqual({ ok: false, reason: 'missing' })
  })

  it('refuses short secrets and knows who may edit', () => {
    expect(() => secretKey('short')).toThrow(/at least 32 bytes/)
    const roles = ['facilitator', 'editor', 'panel', 'viewer'] as const
    expect(roles.map((role) => mayWriteDocument('journey', role))).toEqual([true, true, false, false])
    expect(roles.map((role) => mayWriteDocument('annotations', role))).toEqual([true, true, true, false])
  })

  it('issues workspace links that open every board as a facilitator, and never pass as a board invite of another role', async () => {
    const link = await issueToken(key, { boardId: null, role: 'facilitator', generation: 0, expiresInSeconds: 60 })
    for (const board of [BOARD, 'another-board']) {
      const result = await verifyToken(key, link, board)
      expect(result.ok && result.claims).toMatchObject({ boardId: null, role: 'facilitator' })
    }
    await expect(issueToken(key, { boardId: null, role: 'editor', generation: 0, expiresInSeconds: 60 })).rejects.toThrow(/facilitators/)
    // A signed workspace-audience token that claims another role, or a board, is refused.
    const now = Math.floor(Date.now() / 1000)
    const base = { gen: 0, iss: 'sammen', aud: 'sammen-workspace', iat: now, exp: now + 60, jti: 'x' }
    for (const claims of [{ ...base, role: 'editor' }, { ...base, role: 'facilitator', board: BOARD }]) {
      const signed = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key)
      expect(await verifyToken(key, signed, BOARD)).toEqual({ ok: false, reason: 'invalid' })
    }
  })
})
