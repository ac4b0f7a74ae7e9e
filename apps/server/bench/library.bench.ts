// The library over many boards, against the real server (child process, SQLite, open mode): 200 boards of about
// 300 cards each (bench/libraryBoards.ts), written through y-websocket clients like the web app writes them. Measures
// the median time of an agency page (`POST /api/agencies/nav`: NAV is on every board, the largest page), of a text
// search, and of the delay from an edit sent through a socket to the index answering with it. In this process it
// also times the parts (reading a board into an entry, the agency page and the search computed from memory) to say
// what dominates. Prints one JSON document on stdout.
//
//   node --import tsx bench/library.bench.ts        options: --boards 200  --runs 30  --edits 15
import os from 'node:os'
import { parseArgs } from 'node:util'
import { median, nowMs, percentile, round } from '@sammen/bench-stats'
import { agencyOverviewOfBoards, boardAgencyFacts, foldForSearch, searchCards } from '@sammen/journey-model'
import { indexBoard, sammenBoardSchema } from '@sammen/journey-shapes'
import { journeyBoardRecords } from '@sammen/journey-shapes/testing'
import { agencyOverviewSchema, libraryAnswerSchema, librarySearchAnswerSchema } from '@sammen/protocol'
import * as Y from 'yjs'
import { readBoardContent } from '../src/library/boardDocument'
import { checkEntry, serializeEntry } from '../src/library/storedEntry'
import { addPainPoint, flatten, type FieldEntry } from '../test/helpers/boardRecords'
import { connectClient, waitSynced, type SyncClient } from '../test/helpers/clients'
import { post } from '../test/helpers/libraryBoards'
import { startServerProcess } from '../test/helpers/serverProcess'
import { libraryBenchJourney } from './libraryBoards'

const { values } = parseArgs({
  options: {
    boards: { type: 'string', default: '200' },
    runs: { type: 'string', default: '30' },
    edits: { type: 'string', default: '15' },
  },
})
const BOARDS = Number(values.boards)
const RUNS = Number(values.runs)
const EDITS = Number(values.edits)
const WARM_UP = 5
const SEARCH = 'opplysningene flere'

function boardDoc(records: ReturnType<typeof journeyBoardRecords>, title: string, doc = new Y.Doc()): Y.Doc {
  doc.transact(() => {
    doc.getMap<unknown>('meta').set('schema', sammenBoardSchema.serialize())
    doc.getMap<unknown>('meta').set('title', title)
    const map = doc.getMap<Y.Array<FieldEntry>>('records')
    for (const record of records) {
      const fields = new Y.Array<FieldEntry>()
      fields.push(flatten(record as unknown as Record<string, unknown>))
      map.set(record.id, fields)
    }
  })
  return doc
}

/** In this process the code must be warm (JIT) as in a server that has run a while. */
const WARM_UP_IN_PROCESS = 20

async function timed<T>(runs: number, run: () => Promise<T>, warmUp = WARM_UP): Promise<{ ms: number[]; last: T }> {
  const ms: number[] = []
  let last: T | undefined
  for (let i = 0; i < warmUp + runs; i++) {
    const start = nowMs()
    last = await run()
    if (i >= warmUp) ms.push(nowMs() - start)
  }
  return { ms, last: last! }
}
const loadBefore = os.loadavg()
const stats = (ms: number[]) => ({ median: round(median(ms)), p95: round(percentile(ms, 95)) })

// The boards, built once; titles and life events vary by number.
const built = Array.from({ length: BOARDS }, (_, i) => {
  const journey = libraryBenchJourney(i)
  return { boardId: `bibliotek-${String(i).padStart(3, '0')}`, title: `Reise ${i + 1}: ${journey.lifeEvent.name}`, journey, records: journeyBoardRecords(journey) }
})
const cards = built[0]!.records.filter((record) => record.typeName === 'shape' && record.type !== 'arrow' && record.type !== 'journey-frame').length

// In this process: one board read into its entry (what the index does after a change), and the answers from memory.
const sampleDoc = boardDoc(built[0]!.records, built[0]!.title)
const readOne = await timed(RUNS, async () => {
  const content = readBoardContent(sampleDoc)
  const entry = indexBoard(content.records, { boardId: built[0]!.boardId, title: content.title, editedAt: 0, indexedAt: 0 })
  if (checkEntry(entry)) throw new Error('bench board does not make a valid entry')
  return serializeEntry(entry).length
}, WARM_UP_IN_PROCESS)
const entries = built.map(({ boardId, title, records }) => indexBoard(records, { boardId, title, editedAt: 0, indexedAt: 0 }))
// As the server's cache holds boards: each board's part in every agency page and its folded text, read once.
const facts = entries.map((entry) => boardAgencyFacts({ boardId: entry.board.boardId, boardTitle: entry.board.title, lifeEvent: entry.board.lifeEvent, journey: entry.journey, agencies: entry.board.agencies }))
const factsOfOne = await timed(RUNS, async () => boardAgencyFacts({ boardId: 'x', boardTitle: 'x', lifeEvent: null, journey: entries[0]!.journey }), WARM_UP_IN_PROCESS)
const searchable = entries.map((entry) => {
  const cards = entry.cards.map((card) => ({ ...card, searchText: foldForSearch(card.text) }))
  return { boardId: entry.board.boardId, boardTitle: entry.board.title, lifeEvent: entry.board.lifeEvent, cards, searchText: cards.map((card) => card.searchText).join('\n') }
})
const overviewInMemory = await timed(RUNS, async () => agencyOverviewOfBoards(facts, 'nav'), WARM_UP_IN_PROCESS)
const overviewJson = await timed(RUNS, async () => JSON.stringify(overviewInMemory.last).length, WARM_UP_IN_PROCESS)
const searchInMemory = await timed(RUNS, async () => searchCards(searchable, SEARCH, 200), WARM_UP_IN_PROCESS)

const server = await startServerProcess({ env: { LOG_LEVEL: 'warn', RATE_LIMIT_LIBRARY_PER_MINUTE: '1000000', RATE_LIMIT_CONNECTIONS_PER_MINUTE: '1000000' } })
const clients: SyncClient[] = []
try {
  const writeStarted = nowMs()
  const listed = async () => libraryAnswerSchema.parse((await post(server.url, '/api/library', { tokens: [] })).body).boards.length
  // Eight boards at a time (each one large update the server checks record by record), then wait for the index.
  for (let start = 0; start < built.length; start += 8) {
    for (const board of built.slice(start, start + 8)) {
      const client = connectClient(server.syncUrl, board.boardId)
      clients.push(client)
      await waitSynced(client)
      boardDoc(board.records, board.title, client.doc)
    }
    const written = Math.min(start + 8, built.length)
    while ((await listed()) < written) await new Promise((resolve) => setTimeout(resolve, 100))
    for (const done of clients.splice(0)) done.destroy()
  }
  const writeSeconds = (nowMs() - writeStarted) / 1000

  const agencyPage = await timed(RUNS, async () => {
    const answer = await post(server.url, '/api/agencies/nav', { tokens: [] })
    if (answer.status !== 200) throw new Error(`agency page answered ${answer.status}`)
    return answer.body
  })
  const overview = agencyOverviewSchema.parse(agencyPage.last)
  const search = await timed(RUNS, async () => {
    const answer = await post(server.url, '/api/library/search', { tokens: [], query: SEARCH })
    if (answer.status !== 200) throw new Error(`search answered ${answer.status}`)
    return answer.body
  })
  const found = librarySearchAnswerSchema.parse(search.last)
  const libraryList = await timed(RUNS, async () => (await post(server.url, '/api/library', { tokens: [] })).body)

  // Edit → index: a pain point with a word of its own, sent through a socket; the clock stops when search finds it.
  const delays: number[] = []
  for (let run = 0; run < EDITS; run++) {
    const board = built[(run * 13) % built.length]!
    const client = connectClient(server.syncUrl, board.boardId)
    await waitSynced(client)
    const word = `maalepunkt${run}x${Date.now().toString(36)}`
    const started = nowMs()
    addPainPoint(client.doc, `shape:maaling-${run}`, { x: 9000, text: `Målt endring ${word}`, ownerAgencyId: 'nav' })
    for (;;) {
      const answer = librarySearchAnswerSchema.parse((await post(server.url, '/api/library/search', { tokens: [], query: word })).body)
      if (answer.total > 0) break
      if (nowMs() - started > 10_000) throw new Error(`edit ${run} not in the index after 10 s`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    delays.push(nowMs() - started)
    client.destroy()
    await new Promise((resolve) => setTimeout(resolve, 1200))
  }

  console.log(
    JSON.stringify(
      {
        loadAverage: { before: loadBefore.map((value) => round(value, 1)), after: os.loadavg().map((value) => round(value, 1)) },
        boards: built.length,
        cardsPerBoard: cards,
        recordsPerBoard: built[0]!.records.length,
        writeAndIndexAllSeconds: round(writeSeconds, 1),
        server: {
          agencyPageMs: { ...stats(agencyPage.ms), target: 200, answerBytes: JSON.stringify(agencyPage.last).length, painPoints: overview.painPoints.length, handoffs: overview.handoffs.length, boards: overview.boards.length },
          searchMs: { ...stats(search.ms), target: 100, query: SEARCH, total: found.total, hits: found.hits.length },
          libraryListMs: stats(libraryList.ms),
          editToIndexMs: { ...stats(delays), target: 2000, runs: delays.length },
        },
        inProcess: {
          readBoardIntoEntryMs: { ...stats(readOne.ms), entryBytes: readOne.last },
          boardAgencyFactsPerBoardMs: stats(factsOfOne.ms),
          agencyOverviewMs: stats(overviewInMemory.ms),
          agencyOverviewJsonMs: stats(overviewJson.ms),
          searchCardsMs: stats(searchInMemory.ms),
        },
      },
      null,
      2,
    ),
  )
} finally {
  for (const client of clients) client.destroy()
  await server.dispose()
}
