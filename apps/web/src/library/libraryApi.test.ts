import { LIBRARY_MAX_TOKENS, type LibraryBoard } from '@sammen/protocol'
import { describe, expect, it } from 'vitest'
import { fetchAgencyOverview, fetchLibrary, searchLibrary } from './libraryApi'

const board: LibraryBoard = {
  boardId: 'tavle-1',
  title: 'Bygge hus',
  lifeEvent: { id: 'bygge-hus', name: 'Bygge hus' },
  situation: 'Jeg skal bygge hus',
  agencies: [{ id: 'kommunen', name: 'Kommunen', shortName: 'Kommunen', colour: '#1f4e79' }],
  counts: { steps: 3, painPoints: 1, handoffs: 2, kasteball: 1, opportunities: 0, benefits: 0 },
  stage: 'as-is',
  asIsBoardId: null,
  toBeBoardIds: [],
  editedAt: 1,
  indexedAt: 2,
}

/** A stand-in for the network that answers once and keeps what it was asked. */
function answering(status: number, body: unknown, contentType = 'application/json') {
  const seen: { url: string; init: RequestInit | undefined }[] = []
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    seen.push({ url, init })
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': contentType } })
  }) as typeof fetch
  return { fetchImpl, seen }
}

describe('library API client', () => {
  it('posts every token and accepts an answer the protocol describes', async () => {
    const { fetchImpl, seen } = answering(200, { boards: [board], refusedTokens: 1 })
    const result = await fetchLibrary(['workspace', 'invite-a'], fetchImpl)
    expect(result).toEqual({ ok: true, value: { boards: [board], refusedTokens: 1 } })
    expect(seen[0]?.url).toBe('/api/library')
    expect(seen[0]?.init?.method).toBe('POST')
    expect(JSON.parse(String(seen[0]?.init?.body))).toEqual({ tokens: ['workspace', 'invite-a'] })
  })

  it('sends no more tokens than the protocol allows', async () => {
    const { fetchImpl, seen } = answering(200, { boards: [], refusedTokens: 0 })
    await fetchLibrary(Array.from({ length: LIBRARY_MAX_TOKENS + 5 }, (_, index) => `t${index}`), fetchImpl)
    expect((JSON.parse(String(seen[0]?.init?.body)) as { tokens: string[] }).tokens).toHaveLength(LIBRARY_MAX_TOKENS)
  })

  it('refuses to show an answer that is not what the protocol describes', async () => {
    const broken = await fetchLibrary([], answering(200, { boards: [{ ...board, counts: { steps: -1 } }], refusedTokens: 0 }).fetchImpl)
    expect(broken).toEqual({ ok: false, problem: { kind: 'not-understood', status: 200 } })
    const html = await fetchLibrary([], answering(200, '<!doctype html><p>index</p>', 'text/html').fetchImpl)
    expect(html).toEqual({ ok: false, problem: { kind: 'not-understood', status: 200 } })
  })

  it('reads the refusal code, and keeps a code it does not know as none', async () => {
    const noAccess = await fetchLibrary([], answering(401, { error: 'no token opens a board', code: 'no-access' }).fetchImpl)
    expect(noAccess).toEqual({ ok: false, problem: { kind: 'refused', status: 401, code: 'no-access' } })
    const unknown = await fetchAgencyOverview('nav', [], answering(404, { error: 'x', code: 'something-new' }).fetchImpl)
    expect(unknown).toEqual({ ok: false, problem: { kind: 'refused', status: 404, code: null } })
    const unknownAgency = await fetchAgencyOverview('ukjent', [], answering(404, { error: 'unknown agency', code: 'unknown-agency' }).fetchImpl)
    expect(unknownAgency).toEqual({ ok: false, problem: { kind: 'refused', status: 404, code: 'unknown-agency' } })
  })

  it('calls a server that cannot be reached, or a gateway answering for it, unreachable', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    expect(await searchLibrary([], 'søknad', failing)).toEqual({ ok: false, problem: { kind: 'unreachable' } })
    expect(await fetchLibrary([], answering(502, '<html>Bad gateway</html>', 'text/html').fetchImpl)).toEqual({ ok: false, problem: { kind: 'unreachable' } })
  })

  it('puts the agency id into the path escaped, and the query into the body', async () => {
    const { fetchImpl, seen } = answering(200, { hits: [], total: 0, refusedTokens: 0 })
    await searchLibrary(['a'], 'byggesøknad', fetchImpl)
    expect(JSON.parse(String(seen[0]?.init?.body))).toEqual({ tokens: ['a'], query: 'byggesøknad' })
    const agency = answering(500, { error: 'x' })
    await fetchAgencyOverview('egen-vår/etat', [], agency.fetchImpl)
    expect(agency.seen[0]?.url).toBe('/api/agencies/egen-v%C3%A5r%2Fetat')
  })

  it('passes an abort on to the caller instead of calling it unreachable', async () => {
    const controller = new AbortController()
    const aborting = (async () => {
      controller.abort()
      throw new DOMException('aborted', 'AbortError')
    }) as typeof fetch
    await expect(fetchLibrary([], aborting, controller.signal)).rejects.toThrow('aborted')
  })
})
