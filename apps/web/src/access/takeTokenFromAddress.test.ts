import { parseBoardId } from '@sammen/journey-model'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { testToken } from './tokens.fixture'
import { takeBoardToken } from './takeTokenFromAddress'
import { storedBoardToken } from './tokenStorage'

/** The few browser globals the module touches, in memory (unit tests run in Node). */
function stubBrowser(address: { pathname: string; search?: string; hash: string }) {
  const values = new Map<string, string>()
  const location = { pathname: address.pathname, search: address.search ?? '', hash: address.hash }
  const replaceState = vi.fn((_state: unknown, _title: string, url: string) => {
    const parsed = new URL(url, 'http://localhost')
    Object.assign(location, { pathname: parsed.pathname, search: parsed.search, hash: parsed.hash })
  })
  vi.stubGlobal('location', location)
  vi.stubGlobal('history', { state: { from: 'router' }, replaceState })
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  })
  return { location, replaceState }
}

describe('taking the token from an invite link', () => {
  beforeEach(() => vi.unstubAllGlobals())
  afterEach(() => vi.unstubAllGlobals())

  it('removes it from the address at once, keeps the rest, and remembers it for the board', async () => {
    const board = parseBoardId('tavle-take-1')
    const token = await testToken({ board, role: 'editor' })
    const { location, replaceState } = stubBrowser({ pathname: `/b/${board}`, search: '?e2e', hash: `#token=${token}` })
    expect(takeBoardToken(board)).toBe(token)
    expect(replaceState).toHaveBeenCalledOnce()
    expect(replaceState).toHaveBeenCalledWith({ from: 'router' }, '', `/b/${board}?e2e`)
    expect(location.hash).toBe('')
    expect(storedBoardToken(board)).toBe(token)
    // React's strict mode runs the effect again: the token is still there, the address is left alone.
    expect(takeBoardToken(board)).toBe(token)
    expect(replaceState).toHaveBeenCalledOnce()
  })

  it('uses the remembered token when the address has none, and touches nothing', async () => {
    const board = parseBoardId('tavle-take-2')
    const token = await testToken({ board, role: 'viewer' })
    const { replaceState } = stubBrowser({ pathname: `/b/${board}`, hash: '' })
    expect(takeBoardToken(board)).toBeNull()
    localStorage.setItem(`sammen.token.${board}`, token)
    expect(takeBoardToken(board)).toBe(token)
    expect(replaceState).not.toHaveBeenCalled()
  })

  it('uses a link for another board for this visit only, never replacing the board’s own token', async () => {
    const board = parseBoardId('tavle-take-3')
    const foreign = await testToken({ board: 'annen-tavle', role: 'facilitator' })
    const { replaceState } = stubBrowser({ pathname: `/b/${board}`, hash: `#token=${foreign}` })
    localStorage.setItem(`sammen.token.${board}`, 'own-token')
    expect(takeBoardToken(board)).toBe(foreign)
    expect(replaceState).toHaveBeenCalledOnce()
    expect(storedBoardToken(board)).toBe('own-token')
  })

  it('strips a malformed token from the address without using it', () => {
    const board = parseBoardId('tavle-take-4')
    const { location } = stubBrowser({ pathname: `/b/${board}`, hash: '#token=%3Cscript%3E' })
    expect(takeBoardToken(board)).toBeNull()
    expect(location.hash).toBe('')
  })
})
