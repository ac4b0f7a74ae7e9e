import { journeyFromTemplate, byggeHusTemplate } from '@sammen/journey-model'
import type { BoardIndexEntry } from '@sammen/journey-shapes'
import type { LibrarySearchHit } from '@sammen/protocol'
import { describe, expect, it } from 'vitest'
import { combineSearch } from './searchHits'

const journey = journeyFromTemplate(byggeHusTemplate)

function localEntry(boardId: string, cards: { shapeId: string; text: string }[]): BoardIndexEntry {
  return {
    board: {
      boardId,
      title: `Tavle ${boardId}`,
      lifeEvent: null,
      situation: '',
      agencies: [],
      counts: { steps: 0, painPoints: 0, handoffs: 0, kasteball: 0, opportunities: 0, benefits: 0 },
      stage: 'as-is',
      asIsBoardId: null,
      toBeBoardIds: [],
      editedAt: 0,
      indexedAt: 0,
    },
    journey,
    cards: cards.map((card) => ({ ...card, cardType: 'step-card', agencyIds: [] })),
    agencyNames: {},
    skippedRecords: 0,
  }
}

const serverHit = (boardId: string, shapeId: string, text: string): LibrarySearchHit => ({
  boardId,
  boardTitle: `Server ${boardId}`,
  lifeEvent: { id: 'bygge-hus', name: 'Bygge hus' },
  shapeId,
  cardType: 'pain-point',
  text,
  agencyIds: ['kommunen'],
})

describe('combineSearch', () => {
  const local = [
    localEntry('pa-server', [{ shapeId: 'shape:a', text: 'Byggesøknad sendt' }]),
    localEntry('bare-lokal', [
      { shapeId: 'shape:b', text: 'Søknad om lån' },
      { shapeId: 'shape:c', text: 'Ingenting her' },
    ]),
  ]

  it("groups the server's hits by board, then adds hits on boards only this browser holds", () => {
    const server = { hits: [serverHit('pa-server', 'shape:a', 'Byggesøknad sendt'), serverHit('annen', 'shape:x', 'Søknad avslått')], total: 2, refusedTokens: 0 }
    const outcome = combineSearch('søknad', server, new Set(['pa-server', 'annen']), local)
    expect(outcome.groups.map((group) => [group.boardId, group.source, group.hits.map((hit) => hit.shapeId)])).toEqual([
      ['pa-server', 'server', ['shape:a']],
      ['annen', 'server', ['shape:x']],
      ['bare-lokal', 'local', ['shape:b']],
    ])
    expect(outcome).toMatchObject({ shown: 3, total: 3 })
  })

  it('searches every board this browser holds when the server did not answer', () => {
    const outcome = combineSearch('sok', null, null, local)
    expect(outcome.groups.map((group) => [group.boardId, group.source])).toEqual([
      ['bare-lokal', 'local'],
      ['pa-server', 'local'],
    ])
    expect(outcome.total).toBe(2)
  })

  it('never searches a board here that the server has hits on, even without its list', () => {
    const server = { hits: [serverHit('pa-server', 'shape:a', 'Byggesøknad sendt')], total: 1, refusedTokens: 0 }
    expect(combineSearch('søknad', server, null, local).total).toBe(2)
  })

  it('counts what the server left out of its hits', () => {
    const server = { hits: [serverHit('annen', 'shape:x', 'Søknad')], total: 250, refusedTokens: 0 }
    expect(combineSearch('søknad', server, new Set(['annen', 'pa-server', 'bare-lokal']), local)).toMatchObject({ shown: 1, total: 250 })
  })
})
