import { describe, expect, it } from 'vitest'
import { decodeInviteToken, isExpired, takeTokenFromHash } from './inviteToken'
import { testToken } from './tokens.fixture'
import { rememberBoardToken, storedBoardToken, storedBoardTokens } from './tokenStorage'
import { parseBoardId } from '@sammen/journey-model'

describe('reading an invite link', () => {
  it('takes the token out of the fragment and keeps the rest', async () => {
    const token = await testToken({ board: 'tavle-1', role: 'editor' })
    expect(takeTokenFromHash(`#token=${token}`)).toEqual({ token, restHash: '' })
    expect(takeTokenFromHash(`#token=${token}&view=1`)).toEqual({ token, restHash: '#view=1' })
    expect(takeTokenFromHash('#section')).toEqual({ token: null, restHash: '#section' })
    expect(takeTokenFromHash('')).toEqual({ token: null, restHash: '' })
  })

  it('removes a malformed token from the address without using it', () => {
    expect(takeTokenFromHash('#token=<script>')).toEqual({ token: null, restHash: '' })
  })

  it('decodes board, role and expiry (for the UI only) and rejects what is not an invite', async () => {
    const token = await testToken({ board: 'tavle-1', role: 'panel', expiresInSeconds: 60 })
    const claims = decodeInviteToken(token)!
    expect(claims).toMatchObject({ boardId: 'tavle-1', role: 'panel' })
    expect(isExpired(claims)).toBe(false)
    expect(isExpired(claims, Date.now() + 61_000)).toBe(true)
    expect(decodeInviteToken(await testToken({ board: 'tavle-1', role: 'owner' }))).toBeNull()
    expect(decodeInviteToken('not.a.jwt')).toBeNull()
    expect(decodeInviteToken('')).toBeNull()
  })
})

describe('remembering tokens per board', () => {
  const memoryStorage = (): Storage => {
    const values = new Map<string, string>()
    return {
      get length() {
        return values.size
      },
      clear: () => values.clear(),
      getItem: (key) => values.get(key) ?? null,
      key: (index) => [...values.keys()][index] ?? null,
      removeItem: (key) => void values.delete(key),
      setItem: (key, value) => void values.set(key, value),
    }
  }

  it('keeps one token per board', () => {
    const storage = memoryStorage()
    const [a, b] = [parseBoardId('tavle-a1'), parseBoardId('tavle-b1')]
    rememberBoardToken(a, 'token-a', storage)
    expect(storedBoardToken(a, storage)).toBe('token-a')
    expect(storedBoardToken(b, storage)).toBeNull()
  })

  it('lists every board token it keeps, and nothing else stored beside them', () => {
    const storage = memoryStorage()
    rememberBoardToken(parseBoardId('tavle-a1'), 'token-a', storage)
    rememberBoardToken(parseBoardId('tavle-b1'), 'token-b', storage)
    storage.setItem('sammen.workspace', 'workspace-token')
    storage.setItem('sammen.token.tavle-c1', 'x'.repeat(5000))
    expect(storedBoardTokens(storage).sort()).toEqual(['token-a', 'token-b'])
    expect(storedBoardTokens(memoryStorage())).toEqual([])
  })
})
