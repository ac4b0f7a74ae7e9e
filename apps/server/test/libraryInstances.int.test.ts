// The library on PostgreSQL with two instances and Redis: the index is stored beside the documents and every
// instance answers from it. A board written through one instance is listed by the other, an edit through either
// reaches both within 2 s, and a rebuild on one is seen by the other. Needs PostgreSQL and Redis; see
// helpers/services.ts for how they are found and when a missing one fails instead of skipping.
import { findJourneyTemplate, journeyFromTemplate } from '@sammen/journey-model'
import { journeyBoardRecords } from '@sammen/journey-shapes/testing'
import { agencyOverviewSchema, libraryAnswerSchema, librarySearchAnswerSchema, type LibraryBoard } from '@sammen/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addPainPoint } from './helpers/boardRecords'
import { connectClient, waitSynced, type SyncClient } from './helpers/clients'
import { eventually, post, writeBoard } from './helpers/libraryBoards'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'
import { createTestSchema, postgresForTests, redisForTests } from './helpers/services'

const [pgService, redisService] = await Promise.all([postgresForTests(), redisForTests()])
const missing = [pgService, redisService].flatMap((s) => (s.state === 'missing' ? [s.reason] : []))
const skipped = [pgService, redisService].flatMap((s) => (s.state === 'skip' ? [s.reason] : []))

if (missing.length > 0) {
  describe('library on PostgreSQL with two instances', () => {
    it('needs reachable PostgreSQL and Redis', () => {
      throw new Error(missing.join('\n'))
    })
  })
} else if (skipped.length > 0 || pgService.state !== 'ready' || redisService.state !== 'ready') {
  console.warn(`[libraryInstances] skipped: ${skipped.join('; ')}`)
  describe.skip(`library on PostgreSQL with two instances (skipped: ${skipped.join('; ')})`, () => {
    it('needs PostgreSQL and Redis', () => {})
  })
} else {
  const databaseUrl = pgService.url
  const redisUrl = redisService.url
  let schema: Awaited<ReturnType<typeof createTestSchema>>
  let one: ServerProcess
  let two: ServerProcess
  const clients: SyncClient[] = []
  const suffix = Date.now().toString(36)
  const JOBB = `pg-jobb-${suffix}`
  const HUS = `pg-hus-${suffix}`

  const connect = async (server: ServerProcess, boardId: string): Promise<SyncClient> => {
    const client = connectClient(server.syncUrl, boardId)
    clients.push(client)
    await waitSynced(client)
    return client
  }
  const boardOn = (server: ServerProcess, boardId: string, ready: (board: LibraryBoard) => boolean = () => true) =>
    eventually(async () => {
      const answer = await post(server.url, '/api/library', { tokens: [] })
      return libraryAnswerSchema.parse(answer.body).boards.find((board) => board.boardId === boardId && ready(board))
    }, `${boardId} in the library`)

  beforeAll(async () => {
    schema = await createTestSchema(databaseUrl)
    const env = { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema.schema, REDIS_URL: redisUrl }
    ;[one, two] = await Promise.all([startServerProcess({ env }), startServerProcess({ env })])
    writeBoard(await connect(one, JOBB), journeyBoardRecords(journeyFromTemplate(findJourneyTemplate('miste-og-finne-jobb')!)), 'Permittert i Bodø')
    writeBoard(await connect(two, HUS), journeyBoardRecords(journeyFromTemplate(findJourneyTemplate('bygge-hus')!)), 'Enebolig på Byneset')
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await Promise.all([one?.dispose(), two?.dispose()])
    await schema?.drop()
  })

  describe('library on PostgreSQL with two instances', () => {
    it('lists a board written through one instance on the other, with its counts', async () => {
      expect((await boardOn(two, JOBB)).counts).toEqual({ steps: 11, painPoints: 5, handoffs: 5, kasteball: 5, opportunities: 0, benefits: 0 })
      expect((await boardOn(one, HUS)).counts).toEqual({ steps: 11, painPoints: 5, handoffs: 5, kasteball: 4, opportunities: 0, benefits: 0 })
    })

    it('shows an edit made through either instance on both within 2 s', async () => {
      await boardOn(one, HUS)
      // A second client of the house board on instance one: the board is loaded on both instances.
      const onOne = await connect(one, HUS)
      const started = Date.now()
      addPainPoint(onOne.doc, 'shape:pg-smerte-1', { x: 5000, text: 'Banken svarer ikke', ownerAgencyId: 'bank' })
      await Promise.all([boardOn(one, HUS, (board) => board.counts.painPoints === 6), boardOn(two, HUS, (board) => board.counts.painPoints === 6)])
      expect(Date.now() - started).toBeLessThan(2000)

      const onTwo = clients[1]!
      const again = Date.now()
      addPainPoint(onTwo.doc, 'shape:pg-smerte-2', { x: 5400, text: 'Husbanken svarer ikke', ownerAgencyId: 'husbanken' })
      await Promise.all([boardOn(one, HUS, (board) => board.counts.painPoints === 7), boardOn(two, HUS, (board) => board.counts.painPoints === 7)])
      expect(Date.now() - again).toBeLessThan(2000)
    })

    it('answers search and agency pages from the shared index on both instances', async () => {
      await boardOn(two, HUS, (board) => board.counts.painPoints === 7)
      for (const server of [one, two]) {
        const search = librarySearchAnswerSchema.parse((await post(server.url, '/api/library/search', { tokens: [], query: 'svarer ikke' })).body)
        expect(search.hits.map((hit) => hit.text).sort()).toEqual(['Banken svarer ikke', 'Husbanken svarer ikke'])
        const bank = agencyOverviewSchema.parse((await post(server.url, '/api/agencies/bank', { tokens: [] })).body)
        expect(bank.onceOnly.map((item) => [item.information, item.lifeEvents.map((lifeEvent) => lifeEvent.id), item.count])).toEqual([
          ['inntekt', ['bygge-hus', 'miste-og-finne-jobb'], 2],
        ])
        expect(bank.painPoints.map((painPoint) => painPoint.text)).toContain('Banken svarer ikke')
      }
    })

    it('rebuilds on one instance, and the other answers from the rebuilt rows', async () => {
      const rebuilt = await post(one.url, '/api/library/rebuild', {})
      expect(rebuilt).toMatchObject({ status: 200, body: { indexed: 2 } })
      const boards = libraryAnswerSchema.parse((await post(two.url, '/api/library', { tokens: [] })).body).boards
      expect(boards.map((board) => [board.boardId, board.counts.painPoints]).sort()).toEqual([[HUS, 7], [JOBB, 5]].sort())
    })
  })
}
