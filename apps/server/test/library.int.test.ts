// The library across life events against the real server process (SQLite, open mode): boards written from two
// life-event templates through real y-websocket clients are indexed with the right counts, an edit reaches the
// index within 2 s, card search and the agency page answer from it, the index survives a restart and fills in what
// it lacks, and hostile requests get a clear 4xx while the server keeps running.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { findJourneyTemplate, journeyFromTemplate } from '@sammen/journey-model'
import { journeyBoardRecords } from '@sammen/journey-shapes/testing'
import {
  agencyOverviewSchema,
  apiErrorSchema,
  libraryAnswerSchema,
  libraryRebuildAnswerSchema,
  librarySearchAnswerSchema,
  type LibraryAnswer,
  type LibraryBoard,
} from '@sammen/protocol'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { addPainPoint } from './helpers/boardRecords'
import { connectClient, waitSynced, type SyncClient } from './helpers/clients'
import { eventually, post, writeBoard } from './helpers/libraryBoards'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'

let server: ServerProcess
const clients: SyncClient[] = []
const suffix = Date.now().toString(36)
const JOBB = `jobb-${suffix}`
const HUS = `hus-${suffix}`

const connect = async (boardId: string): Promise<SyncClient> => {
  const client = connectClient(server.syncUrl, boardId)
  clients.push(client)
  await waitSynced(client)
  return client
}

const library = async (): Promise<LibraryAnswer> => {
  const answer = await post(server.url, '/api/library', { tokens: [] })
  expect(answer.status).toBe(200)
  return libraryAnswerSchema.parse(answer.body)
}
const boardIn = async (boardId: string, ready: (board: LibraryBoard) => boolean = () => true) =>
  eventually(async () => (await library()).boards.find((board) => board.boardId === boardId && ready(board)), `${boardId} in the library`)

beforeAll(async () => {
  server = await startServerProcess()
  // Two life events that share an agency (the bank) and an information item the person carries to or from it
  // ("inntekt": NAV → bank when losing a job, bank → Husbanken when building a house).
  const jobb = await connect(JOBB)
  writeBoard(jobb, journeyBoardRecords(journeyFromTemplate(findJourneyTemplate('miste-og-finne-jobb')!)), 'Permittert i Bodø')
  const hus = await connect(HUS)
  writeBoard(hus, journeyBoardRecords(journeyFromTemplate(findJourneyTemplate('bygge-hus')!)), 'Enebolig på Byneset')
})
afterEach(() => {
  // Clients stay for the whole file: the edit test writes through the board's own client.
})
afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server?.dispose()
})

describe('library index and API (SQLite, open mode)', () => {
  it('lists every board with its life event, agencies and counts read from the journey', async () => {
    const jobb = await boardIn(JOBB)
    const hus = await boardIn(HUS)
    // Counted by hand from the templates: miste-og-finne-jobb has 11 steps, 5 pain points and 5 handoffs, all 5 carried
    // by the person; bygge-hus 11 steps, 5 pain points, 5 handoffs of which 4 the person carries.
    expect(jobb).toMatchObject({
      title: 'Permittert i Bodø',
      lifeEvent: { id: 'miste-og-finne-jobb', name: 'Miste og finne jobb' },
      counts: { steps: 11, painPoints: 5, handoffs: 5, kasteball: 5, opportunities: 0, benefits: 0 },
      stage: 'as-is',
      asIsBoardId: null,
      toBeBoardIds: [],
    })
    expect(jobb.agencies.map((agency) => agency.id)).toEqual(['arbeidsgiver', 'nav', 'nav-kontoret', 'skatteetaten', 'bank', 'lanekassen'])
    expect(hus).toMatchObject({ title: 'Enebolig på Byneset', lifeEvent: { id: 'bygge-hus' }, counts: { steps: 11, painPoints: 5, handoffs: 5, kasteball: 4 } })
    expect(hus.agencies.find((agency) => agency.id === 'bank')).toEqual({ id: 'bank', name: expect.any(String), shortName: expect.any(String), colour: expect.stringMatching(/^#/) })
    expect(jobb.editedAt).toBeLessThanOrEqual(jobb.indexedAt)
  })

  it('shows an edit in the index within 2 s', async () => {
    await boardIn(HUS)
    const hus = clients[1]!
    const started = Date.now()
    addPainPoint(hus.doc, 'shape:ny-smerte', { x: 5000, text: 'Ingen svarer på telefonen', ownerAgencyId: 'bank' })
    const after = await boardIn(HUS, (board) => board.counts.painPoints === 6)
    const delay = Date.now() - started
    expect(delay).toBeLessThan(2000)
    expect(after.editedAt).toBeGreaterThanOrEqual(started - 50)
  })

  it('finds cards by text across boards, every word, case and accents aside', async () => {
    await boardIn(HUS, (board) => board.counts.painPoints === 6)
    const answer = await post(server.url, '/api/library/search', { tokens: [], query: 'INNTEKT' })
    expect(answer.status).toBe(200)
    const result = librarySearchAnswerSchema.parse(answer.body)
    // By hand: "Endrer skattekortet fordi inntekten faller", "Må dokumentere inntektsfallet på nytt for banken" and three
    // handoff labels on the job board; the pain point about "inntekt og gjeld" and one label on the house board.
    expect(result.total).toBe(7)
    expect(result.hits.map((hit) => hit.text).sort()).toEqual(
      [
        'Banken og Husbanken vil ha den samme dokumentasjonen på inntekt og gjeld',
        'Endrer skattekortet fordi inntekten faller',
        'Må dokumentere inntektsfallet på nytt for banken',
        'forventet inntekt',
        'inntekt, gjeld, svar fra banken',
        'vedtak om dagpenger, inntekt',
        'vedtak om dagpenger, inntekt',
      ].sort(),
    )
    // Boards by title: "Enebolig på Byneset" before "Permittert i Bodø".
    expect(result.hits[0]).toMatchObject({ boardId: HUS, boardTitle: 'Enebolig på Byneset', lifeEvent: { id: 'bygge-hus' } })
    const painPoint = result.hits.find((hit) => hit.cardType === 'pain-point' && hit.boardId === JOBB)
    expect(painPoint).toMatchObject({ shapeId: expect.stringMatching(/^shape:/), agencyIds: ['bank'] })

    const two = librarySearchAnswerSchema.parse((await post(server.url, '/api/library/search', { tokens: [], query: 'telefonen svarer' })).body)
    expect(two.hits.map((hit) => [hit.boardId, hit.text])).toEqual([[HUS, 'Ingen svarer på telefonen']])
    expect(librarySearchAnswerSchema.parse((await post(server.url, '/api/library/search', { tokens: [], query: 'samme dokumentasjonen sommerfugl' })).body).total).toBe(0)
  })

  it('shows one agency across the boards: pain points, handoffs and once-only across life events', async () => {
    await boardIn(HUS, (board) => board.counts.painPoints === 6)
    const answer = await post(server.url, '/api/agencies/bank', { tokens: [] })
    expect(answer.status).toBe(200)
    const bank = agencyOverviewSchema.parse(answer.body)
    expect(bank.agency.id).toBe('bank')
    expect(bank.boards.map((board) => board.boardId)).toEqual([HUS, JOBB])
    // The new pain point (severity 2 by default) and the template's "Må dokumentere inntektsfallet …" (2), by board title.
    expect(bank.painPoints.map((painPoint) => [painPoint.boardId, painPoint.severity, painPoint.text])).toEqual([
      [HUS, 2, 'Ingen svarer på telefonen'],
      [JOBB, 2, 'Må dokumentere inntektsfallet på nytt for banken'],
    ])
    expect(bank.handoffs.map((handoff) => [handoff.boardId, handoff.direction, handoff.otherAgencyId, handoff.carriedBy, handoff.information])).toEqual([
      [HUS, 'from', 'husbanken', 'personen', ['inntekt', 'gjeld', 'svar fra banken']],
      [JOBB, 'to', 'nav', 'personen', ['vedtak om dagpenger', 'inntekt']],
    ])
    expect(bank.onceOnly).toEqual([
      {
        information: 'inntekt',
        lifeEvents: [
          { id: 'bygge-hus', name: 'Bygge hus' },
          { id: 'miste-og-finne-jobb', name: 'Miste og finne jobb' },
        ],
        boards: bank.boards,
        count: 2,
      },
    ])
    expect(Object.keys(bank.agencyNames).sort()).toEqual(['bank', 'husbanken', 'nav'])
    expect(bank.refusedTokens).toBe(0)
  })

  it('answers 404 for an agency nobody knows and 400 for what is no agency id', async () => {
    const unknown = await post(server.url, '/api/agencies/finnes-ikke', { tokens: [] })
    expect(unknown.status).toBe(404)
    expect(apiErrorSchema.parse(unknown.body).code).toBe('unknown-agency')
    // In the catalogue but on no board: an empty page, not a 404.
    const politiet = agencyOverviewSchema.parse((await post(server.url, '/api/agencies/politiet', { tokens: [] })).body)
    expect([politiet.agency.name, politiet.boards, politiet.painPoints]).toEqual(['Politiet', [], []])
    for (const bad of ['%20nav', '-nav', 'a'.repeat(101), '%E0%A4%A', 'nav%2Fx']) {
      const answer = await post(server.url, `/api/agencies/${bad}`, { tokens: [] })
      expect(answer.status, bad).toBe(400)
      expect(answer.body).toMatchObject({ code: 'bad-agency-id' })
    }
  })

  it('rebuilds the index on demand', async () => {
    const answer = await post(server.url, '/api/library/rebuild', {})
    expect(answer.status).toBe(200)
    expect(libraryRebuildAnswerSchema.parse(answer.body)).toEqual({ indexed: 2 })
    expect((await library()).boards.map((board) => board.boardId).sort()).toEqual([HUS, JOBB].sort())
  })

  it('refuses hostile requests with a clear 4xx and keeps serving', async () => {
    const raw = (body: string, headers: Record<string, string> = {}) => post(server.url, '/api/library', body, headers)
    const cases: Array<[string, Promise<{ status: number; body: unknown }>, number, string]> = [
      ['bad JSON', raw('{"tokens": ['), 400, 'bad-request'],
      ['not an object', raw('[1,2,3]'), 400, 'bad-request'],
      ['tokens not a list', post(server.url, '/api/library', { tokens: 'abc' }), 400, 'bad-request'],
      ['a token not a string', post(server.url, '/api/library', { tokens: [42] }), 400, 'bad-request'],
      ['1001 tokens', post(server.url, '/api/library', { tokens: Array.from({ length: 1001 }, (_, i) => `t${i}`) }), 400, 'bad-request'],
      ['a token too long', post(server.url, '/api/library', { tokens: ['x'.repeat(5000)] }), 400, 'bad-request'],
      ['query not a string', post(server.url, '/api/library/search', { tokens: [], query: 5 }), 400, 'bad-request'],
      ['empty query', post(server.url, '/api/library/search', { tokens: [], query: '   ' }), 400, 'bad-request'],
      ['query too long', post(server.url, '/api/library/search', { tokens: [], query: 'a'.repeat(201) }), 400, 'bad-request'],
      ['huge body', raw(JSON.stringify({ tokens: [], pad: 'x'.repeat(6 * 1024 * 1024) })), 413, 'body-too-large'],
      ['wrong content type', raw('{}', { 'Content-Type': 'text/plain' }), 415, 'unsupported-media-type'],
      ['unknown path', post(server.url, '/api/library/everything', {}), 404, 'not-found'],
    ]
    for (const [what, request, status, code] of cases) {
      const answer = await request
      expect(answer.status, what).toBe(status)
      expect(apiErrorSchema.parse(answer.body).code, what).toBe(code)
    }
    for (const [method, pathname] of [['GET', '/api/library'], ['PUT', '/api/library/search'], ['DELETE', '/api/agencies/nav']] as const) {
      const response = await fetch(`${server.url}${pathname}`, { method })
      expect(response.status, `${method} ${pathname}`).toBe(405)
      expect(response.headers.get('allow')).toBe('POST')
      expect(apiErrorSchema.parse(await response.json()).code).toBe('method-not-allowed')
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    expect((await library()).boards.length).toBe(2)
  })

  it('keeps the index across a restart, and fills in boards it lacks and rows it cannot read', async () => {
    await boardIn(HUS, (board) => board.counts.painPoints === 6)
    await server.kill('SIGTERM')
    // As after an upgrade from a server without the library, and a row damaged on disk.
    const db = new Database(path.join(server.dataDir, 'sammen.sqlite'))
    db.prepare('DELETE FROM library_board WHERE board_id = ?').run(JOBB)
    db.prepare('UPDATE library_board SET entry = ? WHERE board_id = ?').run('{"board": {"boardId": 7}}', HUS)
    db.close()
    expect(fs.existsSync(path.join(server.dataDir, 'sammen.sqlite'))).toBe(true)
    await server.restart()
    const jobb = await boardIn(JOBB)
    const hus = await boardIn(HUS)
    expect(jobb.counts).toMatchObject({ steps: 11, painPoints: 5, kasteball: 5 })
    expect(hus.counts).toMatchObject({ steps: 11, painPoints: 6, kasteball: 4 })
    expect(server.logs().some((line) => line.msg === 'library entry unreadable; reading the board again' && line.boardId === HUS)).toBe(true)
  })
})
