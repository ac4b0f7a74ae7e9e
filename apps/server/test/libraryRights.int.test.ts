// The library has the boards' rights (secured mode, SQLite): a viewer invite of board A sees only A in the library,
// in search and on agency pages; a workspace link sees every board and alone may rebuild; forged, expired, revoked
// and malformed tokens are skipped and counted; no valid token is a 401.
import { findJourneyTemplate, journeyFromTemplate, type Agency } from '@sammen/journey-model'
import { journeyBoardRecords } from '@sammen/journey-shapes/testing'
import { agencyOverviewSchema, libraryAnswerSchema, librarySearchAnswerSchema } from '@sammen/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueToken, secretKey, type Role } from '../src/auth/tokens'
import { connectClient, waitSynced, type SyncClient } from './helpers/clients'
import { eventually, post, writeBoard } from './helpers/libraryBoards'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'

const SECRET = 'library-rights-integration-secret-0123456789'
const key = secretKey(SECRET)
const suffix = Date.now().toString(36)
const A = `rett-a-${suffix}`
const B = `rett-b-${suffix}`
/** An agency only board B knows (not in the catalogue). */
const VEL: Agency = { id: 'byneset-vel' as Agency['id'], name: 'Byneset vel', shortName: 'Vel', level: 'frivillig', colour: '#2a5a3b' }

/** Library requests per minute from one address: the tests before the last use a few dozen. */
const RATE_LIMIT = 100

let server: ServerProcess
const clients: SyncClient[] = []
let workspace: string

const invite = (boardId: string | null, role: Role, options: { expiresInSeconds?: number; now?: Date; generation?: number; secret?: Uint8Array } = {}) =>
  issueToken(options.secret ?? key, { boardId, role, generation: options.generation ?? 0, expiresInSeconds: options.expiresInSeconds ?? 3600, now: options.now })

const library = (tokens: string[]) => post(server.url, '/api/library', { tokens })
const visibleBoards = async (tokens: string[]) => libraryAnswerSchema.parse((await library(tokens)).body).boards.map((board) => board.boardId).sort()

beforeAll(async () => {
  server = await startServerProcess({ env: { SAMMEN_TOKEN_SECRET: SECRET, RATE_LIMIT_LIBRARY_PER_MINUTE: String(RATE_LIMIT) } })
  workspace = await invite(null, 'facilitator')
  const write = async (boardId: string, records: ReturnType<typeof journeyBoardRecords>, title: string) => {
    const client = connectClient(server.syncUrl, boardId, { token: workspace })
    clients.push(client)
    await waitSynced(client)
    writeBoard(client, records, title)
  }
  const hus = journeyFromTemplate(findJourneyTemplate('bygge-hus')!)
  await write(A, journeyBoardRecords(journeyFromTemplate(findJourneyTemplate('miste-og-finne-jobb')!)), 'Tavle A')
  await write(B, journeyBoardRecords({ ...hus, agencies: [...hus.agencies, VEL] }), 'Tavle B')
  await eventually(async () => ((await visibleBoards([workspace])).length === 2 ? true : undefined), 'both boards indexed')
})
afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server?.dispose()
})

describe('library rights (secured mode)', () => {
  it('shows a viewer of board A only board A, and a workspace link every board', async () => {
    const viewerA = await invite(A, 'viewer')
    expect(await visibleBoards([viewerA])).toEqual([A])
    expect(await visibleBoards([await invite(B, 'editor')])).toEqual([B])
    expect(await visibleBoards([workspace])).toEqual([A, B].sort())
    expect(await visibleBoards([viewerA, await invite(B, 'panel')])).toEqual([A, B].sort())
  })

  it('searches only the boards the tokens open', async () => {
    const viewerA = await invite(A, 'viewer')
    // "inntekt" is on both boards (5 cards on A, 2 on B).
    const asViewer = librarySearchAnswerSchema.parse((await post(server.url, '/api/library/search', { tokens: [viewerA], query: 'inntekt' })).body)
    expect(asViewer.total).toBe(5)
    expect(new Set(asViewer.hits.map((hit) => hit.boardId))).toEqual(new Set([A]))
    const asWorkspace = librarySearchAnswerSchema.parse((await post(server.url, '/api/library/search', { tokens: [workspace], query: 'inntekt' })).body)
    expect(asWorkspace.total).toBe(7)
  })

  it('builds agency pages from the visible boards only, and hides an agency only other boards know', async () => {
    const viewerA = await invite(A, 'viewer')
    const bank = agencyOverviewSchema.parse((await post(server.url, '/api/agencies/bank', { tokens: [viewerA] })).body)
    expect(bank.boards.map((board) => board.boardId)).toEqual([A])
    expect(bank.handoffs.every((handoff) => handoff.boardId === A)).toBe(true)
    // Across the two life events only with both boards in view.
    expect(bank.onceOnly).toEqual([])
    const bankAll = agencyOverviewSchema.parse((await post(server.url, '/api/agencies/bank', { tokens: [workspace] })).body)
    expect(bankAll.onceOnly.map((item) => item.information)).toEqual(['inntekt'])

    const hidden = await post(server.url, '/api/agencies/byneset-vel', { tokens: [viewerA] })
    expect(hidden.status).toBe(404)
    expect(hidden.body).toMatchObject({ code: 'unknown-agency' })
    const vel = agencyOverviewSchema.parse((await post(server.url, '/api/agencies/byneset-vel', { tokens: [workspace] })).body)
    expect(vel.agency).toEqual({ id: 'byneset-vel', name: 'Byneset vel', shortName: 'Vel', colour: '#2a5a3b' })
    expect(vel.boards.map((board) => board.boardId)).toEqual([B])
  })

  it('skips and counts tokens that do not verify: forged, expired, revoked, malformed', async () => {
    const viewerA = await invite(A, 'viewer')
    const forged = await invite(B, 'facilitator', { secret: secretKey('x'.repeat(40)) })
    const forgedWorkspace = await invite(null, 'facilitator', { secret: secretKey('y'.repeat(40)) })
    const expired = await invite(B, 'viewer', { expiresInSeconds: 60, now: new Date(Date.now() - 3600_000) })
    const answer = await library([viewerA, forged, forgedWorkspace, expired, 'not-a-token', viewerA])
    expect(answer.status).toBe(200)
    const body = libraryAnswerSchema.parse(answer.body)
    expect(body.boards.map((board) => board.boardId)).toEqual([A])
    // Duplicates count once.
    expect(body.refusedTokens).toBe(4)

    const panelB = await invite(B, 'panel')
    expect(await visibleBoards([panelB])).toEqual([B])
    const revoked = await fetch(`${server.url}/api/boards/${B}/invites/revoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${workspace}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'panel' }),
    })
    expect(revoked.status).toBe(200)
    const afterRevoke = await library([panelB, viewerA])
    expect(libraryAnswerSchema.parse(afterRevoke.body)).toMatchObject({ refusedTokens: 1 })
    expect(libraryAnswerSchema.parse(afterRevoke.body).boards.map((board) => board.boardId)).toEqual([A])
  })

  it('answers 401 when no token opens a board, on every route', async () => {
    const forged = await invite(A, 'viewer', { secret: secretKey('z'.repeat(40)) })
    for (const [route, body] of [
      ['/api/library', { tokens: [] }],
      ['/api/library', {}],
      ['/api/library', { tokens: [forged, 'garbage'] }],
      ['/api/library/search', { tokens: [forged], query: 'inntekt' }],
      ['/api/agencies/bank', { tokens: [] }],
      ['/api/library/rebuild', { tokens: [forged] }],
    ] as const) {
      const answer = await post(server.url, route, body)
      expect(answer.status, route).toBe(401)
      expect(answer.body, route).toMatchObject({ code: 'no-access', error: expect.any(String) })
    }
  })

  it('rebuilds only for a workspace link', async () => {
    const refused = await post(server.url, '/api/library/rebuild', { tokens: [await invite(A, 'facilitator')] })
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ code: 'workspace-only' })
    const done = await post(server.url, '/api/library/rebuild', { tokens: [workspace] })
    expect(done).toMatchObject({ status: 200, body: { indexed: 2 } })
  })

  it('answers 429 past the rate limit and keeps serving everything else', async () => {
    const answers = await Promise.all(Array.from({ length: RATE_LIMIT + 10 }, () => post(server.url, '/api/library', { tokens: [] })))
    const limited = answers.filter((answer) => answer.status === 429)
    expect(limited.length).toBeGreaterThan(0)
    expect(limited[0]!.body).toMatchObject({ code: 'rate-limited' })
    expect(limited[0]!.headers.get('retry-after')).toBe('60')
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})
